#include "checks/shared/community_terms.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>
#include <array>

namespace audit {

namespace {

constexpr std::array<std::string_view, 6> k_groups = {"pupils",     "parents", "colleagues",
                                                      "leadership", "school",  "event"};

} // namespace

std::string_view group_of(const WordEntry& entry) {
    for (std::string_view g : k_groups)
        if (entry.has(g)) return g;
    return {};
}

bool is_target(const WordEntry& entry) { return entry.has("target") || entry.has("vague_target"); }

CommunityTerms::CommunityTerms(Facts& facts, std::string_view owner)
    : m_terms(word_list("school_community_terms.txt")), m_names(facts.community_names()),
      m_owner_key(fold_key(owner)) {}

CommunityTerms::~CommunityTerms() = default;

bool CommunityTerms::from_roster(const WordEntry& entry) const {
    const std::vector<WordEntry>& names = m_names.entries();
    return !names.empty() && &entry >= names.data() && &entry < names.data() + names.size();
}

std::vector<ContextSignal> CommunityTerms::as_context(Facts& facts, std::size_t index, double at_least) const {
    constexpr double k_community_context = 0.1;
    const std::string_view text = facts.texts()[index].text;
    for (const ScoredTerm& t : find(facts, index))
        if (!t.other_sense && (from_roster(*t.entry) || t.confidence() >= at_least))
            return {{"about the school community: " + t.describe(text), k_community_context}};
    return {};
}

std::vector<ScoredTerm> CommunityTerms::find(Facts& facts, std::size_t index, const ScoreRules& rules) const {
    const std::string_view text = facts.texts()[index].text;
    std::vector<ScoredTerm> out = score_terms(text, facts.word_hits(index, m_terms), rules);
    for (const CommunityNameHit& h : facts.community_name_hits(index)) {
        if (!m_names.for_owner(h.entry, m_owner_key)) continue;
        const WordEntry& entry = m_names.entries()[h.entry];
        ScoredTerm t{&entry, h.begin, h.end, entry.weight, {}};
        if (rules.school_context) t.signals = school_context(text, h.begin, h.end, rules.window);
        for (const ContextSignal& s : rules.text_signals) t.signals.push_back(s);
        out.push_back(std::move(t));
    }
    // A roster name inside a longer one ("mrs clarke" and "mrs amanda clarke" never overlap, but
    // "amanda clarke" lies inside "mrs amanda clarke"): keep the longest.
    std::sort(out.begin(), out.end(), [](const ScoredTerm& a, const ScoredTerm& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<ScoredTerm> kept;
    for (ScoredTerm& t : out) {
        const bool inside = std::any_of(kept.begin(), kept.end(), [&](const ScoredTerm& k) {
            return k.begin <= t.begin && t.end <= k.end;
        });
        if (!inside) kept.push_back(std::move(t));
    }
    return kept;
}

} // namespace audit
