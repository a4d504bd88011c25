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

Masker::Masker(const SchoolProfile& profile) {
    for (RosterKind kind : {RosterKind::pupils, RosterKind::ex_pupils}) {
        const Roster* roster = profile.roster(kind);
        if (!roster) continue;
        for (const Person& p : roster->people) {
            std::string key = fold_key(p.name);
            if (key.find(' ') != std::string::npos) m_names.push_back(" " + key + " ");
        }
    }
    std::sort(m_names.begin(), m_names.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    m_names.erase(std::unique(m_names.begin(), m_names.end()), m_names.end());
}

std::string Masker::mask(std::string_view text) const {
    if (m_names.empty() || text.empty()) return std::string(text);
    FoldedText folded = fold(text);
    // Collect original ranges to mask, then rebuild the text once.
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    for (const std::string& name : m_names) {
        for (std::size_t at = folded.text.find(name); at != std::string::npos;
             at = folded.text.find(name, at + 1)) {
            ranges.push_back(folded.original_range(at + 1, at + name.size() - 1));
        }
    }
    if (ranges.empty()) return std::string(text);
    std::sort(ranges.begin(), ranges.end());
    std::string out;
    std::size_t pos = 0;
    for (auto [begin, end] : ranges) {
        if (begin < pos) continue; // overlaps a longer name already masked
        out.append(text.substr(pos, begin - pos));
        out += mask_words(text.substr(begin, end - begin));
        pos = end;
    }
    out.append(text.substr(pos));
    return out;
}

} // namespace audit
