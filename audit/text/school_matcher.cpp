#include "audit/text/school_matcher.hpp"

#include "audit/text/normalise.hpp"
#include "audit/text/school_terms.hpp"

#include "audit/text/literal_set.hpp"

#include <algorithm>
#include <limits>
#include <map>

namespace audit {

std::string_view to_string(MentionKind k) {
    switch (k) {
    case MentionKind::name: return "name";
    case MentionKind::alias: return "alias";
    case MentionKind::abbreviation: return "abbreviation";
    case MentionKind::hashtag: return "hashtag";
    case MentionKind::domain: return "domain";
    case MentionKind::trust: return "trust";
    case MentionKind::other_employer: return "other_employer";
    }
    return "unknown";
}

namespace {

using detail::Term;

constexpr double k_weak_confidence = 0.4;
constexpr double k_hashtag_confidence = 0.85;
constexpr double k_squashed_penalty = 0.05;
// Hostile text full of matches must not grow the hit list without bound.
constexpr std::size_t k_max_hits = 10000;

using Hit = LiteralSet::Hit;

bool overlaps(const Hit& a, const Hit& b) {
    return a.fbegin < b.fend && b.fbegin < a.fend;
}

// `kept` holds disjoint folded ranges keyed by their start.
template <class Value>
bool overlaps_any(const std::map<std::size_t, std::pair<std::size_t, Value>>& kept,
                  const Hit& hit) {
    auto next = kept.lower_bound(hit.fbegin);
    if (next != kept.end() && next->first < hit.fend) {
        return true;
    }
    if (next == kept.begin()) {
        return false;
    }
    const auto previous = std::prev(next);
    return previous->second.first > hit.fbegin;
}

std::string quoted_span(std::string_view text, std::size_t begin, std::size_t end) {
    return valid_utf8(text.substr(begin, end - begin));
}

} // namespace

struct SchoolMatcher::Impl {
    std::vector<Term> terms;
    std::unique_ptr<LiteralSet> literals;

    void compile() {
        std::vector<std::string> folded;
        folded.reserve(terms.size());
        for (const Term& t : terms) folded.push_back(t.folded);
        literals = std::make_unique<LiteralSet>(folded);
    }

    std::vector<Hit> scan(const FoldedText& folded) const {
        return literals->scan(folded, k_max_hits);
    }

    std::optional<Mention> judge(const Hit& hit, const FoldedText& folded,
                                 std::string_view text) const;
};

namespace {

// Turns a hashtag, handle or squashed name into its mention kind, confidence and signal.
void describe_squashed(Mention& m, const Term& term, std::string_view text) {
    const auto span = quoted_span(text, m.begin, m.end);
    const char before = m.begin > 0 ? text[m.begin - 1] : '\0';
    if (before == '#') {
        m.kind = MentionKind::hashtag;
        m.confidence = std::min(term.confidence, k_hashtag_confidence);
        m.signals.push_back("hashtag #" + span);
    } else if (before == '@') {
        m.confidence = term.confidence - k_squashed_penalty;
        m.signals.push_back("account name @" + span + " contains '" + term.original + "'");
    } else {
        m.confidence = term.confidence - k_squashed_penalty;
        m.signals.push_back("'" + span + "' is '" + term.original + "' written as one word");
    }
}

std::string plain_signal(const Term& term, std::string_view text, std::size_t begin,
                         std::size_t end) {
    switch (term.kind) {
    case MentionKind::name: return "school name '" + term.original + "' in text";
    case MentionKind::alias: return "school alias '" + term.original + "' in text";
    case MentionKind::abbreviation:
        return "school abbreviation '" + quoted_span(text, begin, end) + "' in text";
    case MentionKind::trust: return "trust name '" + term.original + "' in text";
    case MentionKind::other_employer: return "employer name '" + term.original + "' in text";
    case MentionKind::domain:
        if (begin > 0 && text[begin - 1] == '@') {
            return "e-mail address on the school web domain " + term.original;
        }
        return "school web domain " + term.original;
    case MentionKind::hashtag: break;
    }
    return "'" + term.original + "' in text";
}

} // namespace

std::optional<Mention> SchoolMatcher::Impl::judge(const Hit& hit, const FoldedText& folded,
                                                  std::string_view text) const {
    const auto& term = terms[hit.id];
    const auto [begin, end] = folded.original_range(hit.fbegin, hit.fend);
    const auto span = text.substr(begin, end - begin);
    const bool hashtag = begin > 0 && text[begin - 1] == '#';

    if (term.kind == MentionKind::abbreviation && !hashtag && !detail::written_in_capitals(span)) {
        return std::nullopt; // "rps" in ordinary lower-case prose
    }
    if (term.kind == MentionKind::domain && span.find('.') == std::string_view::npos) {
        return std::nullopt; // the words of a domain, but not written as one
    }

    Mention m;
    m.kind = term.kind;
    m.begin = begin;
    m.end = end;
    m.matched = term.original;
    m.confidence = term.confidence;
    if (term.squashed) {
        describe_squashed(m, term, text);
    } else if (hashtag) {
        m.kind = MentionKind::hashtag;
        m.confidence = term.kind == MentionKind::abbreviation || term.common_word
                           ? term.confidence
                           : std::min(term.confidence, k_hashtag_confidence);
        m.signals.push_back("hashtag #" + quoted_span(text, begin, end) + " ('" + term.original +
                            "')");
    } else {
        m.signals.push_back(plain_signal(term, text, begin, end));
    }
    if (term.common_word) {
        m.signals.push_back("'" + term.original + "' is also an everyday word");
    }
    if (!hashtag && term.kind != MentionKind::domain) {
        if (auto qualifier = detail::place_qualifier_before(text, begin)) {
            m.confidence = std::min(m.confidence, k_weak_confidence);
            m.signals.push_back("preceded by '" + *qualifier + "' — may be another school");
        }
    }
    return m;
}

SchoolMatcher::SchoolMatcher(const SchoolProfile& profile) : m_impl(std::make_unique<Impl>()) {
    m_impl->terms = detail::build_terms(profile);
    m_impl->compile();
}

SchoolMatcher::~SchoolMatcher() = default;

const LiteralSet& SchoolMatcher::literal_set() const { return *m_impl->literals; }

bool SchoolMatcher::empty() const {
    return m_impl->literals->empty();
}

std::vector<Mention> SchoolMatcher::find(std::string_view text) const {
    if (empty() || text.empty()) {
        return {};
    }
    return find(text, fold(text));
}

std::vector<Mention> SchoolMatcher::find(std::string_view text, const FoldedText& folded) const {
    if (empty() || text.empty()) {
        return {};
    }
    auto hits = m_impl->scan(folded);

    std::vector<Hit> others;
    std::vector<Hit> ours;
    for (const auto& hit : hits) {
        (m_impl->terms[hit.id].not_us ? others : ours).push_back(hit);
    }
    // Another school whose name contains ours ("North Riverside Primary") hides every mention
    // of ours that it overlaps, unless ours is the longer name.
    std::erase_if(ours, [&](const Hit& hit) {
        return std::any_of(others.begin(), others.end(), [&](const Hit& other) {
            const bool ours_longer = hit.fbegin <= other.fbegin && other.fend <= hit.fend &&
                                     hit.fend - hit.fbegin > other.fend - other.fbegin;
            return overlaps(hit, other) && !ours_longer;
        });
    });
    // Longest first (then the most confident), so the first of an overlapping group wins.
    const auto& terms = m_impl->terms;
    std::sort(ours.begin(), ours.end(), [&](const Hit& a, const Hit& b) {
        const auto la = a.fend - a.fbegin;
        const auto lb = b.fend - b.fbegin;
        if (la != lb) {
            return la > lb;
        }
        if (terms[a.id].confidence != terms[b.id].confidence) {
            return terms[a.id].confidence > terms[b.id].confidence;
        }
        return a.fbegin < b.fbegin;
    });

    std::map<std::size_t, std::pair<std::size_t, Mention>> kept; // fbegin -> (fend, mention)
    for (const auto& hit : ours) {
        if (overlaps_any(kept, hit)) {
            continue;
        }
        if (auto mention = m_impl->judge(hit, folded, text)) {
            kept.emplace(hit.fbegin, std::make_pair(hit.fend, std::move(*mention)));
        }
    }
    std::vector<Mention> mentions;
    mentions.reserve(kept.size());
    for (auto& [fbegin, entry] : kept) {
        mentions.push_back(std::move(entry.second));
    }
    return mentions;
}

} // namespace audit
