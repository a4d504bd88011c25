#include "audit/pipeline/masker.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>

namespace audit {

namespace {

bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

} // namespace

std::string mask_words(std::string_view text) {
    std::string out;
    bool at_word_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == ' ' || c == '-' || c == '\'') {
            out += c;
            at_word_start = true;
        } else if (at_word_start) {
            out += c; // the initial, with its UTF-8 continuation bytes
            while (i + 1 < text.size() && is_utf8_continuation(text[i + 1])) out += text[++i];
            at_word_start = false;
        } else if (!is_utf8_continuation(c)) {
            out += '*';
        }
    }
    return out;
}

Masker::Masker() = default;
Masker::~Masker() = default;

Masker::Masker(const SchoolProfile& profile)
    : Masker(profile, {RosterKind::pupils, RosterKind::ex_pupils}) {}

Masker::Masker(const SchoolProfile& profile, const std::vector<RosterKind>& kinds) {
    for (RosterKind kind : kinds) {
        const Roster* roster = profile.roster(kind);
        if (!roster) continue;
        m_rosters.push_back(std::make_unique<Roster>(*roster));
        m_matchers.push_back(std::make_unique<PeopleMatcher>(*m_rosters.back()));
    }
    std::vector<const PeopleMatcher*> matchers;
    for (const auto& m : m_matchers) matchers.push_back(m.get());
    if (!matchers.empty()) m_prefilter = prefilter_for(matchers);
}

std::string Masker::mask(std::string_view text) const {
    if (m_matchers.empty() || text.empty()) return std::string(text);
    // Most evidence names no one: ruled out without folding it.
    if (m_prefilter && !m_prefilter->may_match(text)) return std::string(text);
    // Collect original ranges to mask, then rebuild the text once.
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    TextOptions options;
    options.for_masking = true;
    const FoldedText folded = fold(text);
    for (const auto& matcher : m_matchers)
        for (const NameHit& hit : matcher->find_in_text(text, folded, options)) ranges.emplace_back(hit.begin, hit.end);
    if (ranges.empty()) return std::string(text);
    std::sort(ranges.begin(), ranges.end());
    std::string out;
    std::size_t pos = 0;
    for (auto [begin, end] : ranges) {
        if (end <= pos) continue; // inside a name already masked
        begin = std::max(begin, pos); // overlapping names: mask their union
        out.append(text.substr(pos, begin - pos));
        out += mask_words(text.substr(begin, end - begin));
        pos = end;
    }
    out.append(text.substr(pos));
    return out;
}

} // namespace audit
