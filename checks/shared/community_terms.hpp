#pragma once
// References to the school community in free text, scored: the school_community_terms.txt list
// ("my class", "SLT", "parents' evening") plus what the school profile adds at run time: the
// rosters' names (colleagues as "Mrs Clarke" or "Amanda Clarke", parents and pupils by full
// name), class names ("Oak class") and the account holder's own school name ("Mrs Ellis"), as
// Facts found them (audit/text/community_names.hpp).
// Used by conduct.school-community (the references themselves), conduct.derogatory (who a
// remark is about) and work.disclaimer (which posts are about work).
#include "audit/pipeline/facts.hpp"
#include "audit/text/community_names.hpp"
#include "audit/text/scored_terms.hpp"
#include <string>
#include <string_view>
#include <vector>

namespace audit {

class CommunityTerms {
public:
    // `owner` is the account holder's name when the export gives it ("Jordan Ellis").
    explicit CommunityTerms(Facts& facts, std::string_view owner = {});
    ~CommunityTerms();
    CommunityTerms(const CommunityTerms&) = delete;
    CommunityTerms& operator=(const CommunityTerms&) = delete;

    // Every reference in facts.texts()[index], scored with `rules` (school words nearby, the
    // school named, missing context), in text order.
    std::vector<ScoredTerm> find(Facts& facts, std::size_t index, const ScoreRules& rules = {}) const;
    // Whether a term found by find() came from the profile's rosters or class names.
    bool from_roster(const WordEntry& entry) const;
    // A text-wide signal when facts.texts()[index] clearly refers to the school community (a
    // roster name, or a reference at least `at_least` sure), for checks that need school
    // context; empty otherwise.
    std::vector<ContextSignal> as_context(Facts& facts, std::size_t index, double at_least = 0.35) const;

private:
    const WordList& m_terms; // school_community_terms.txt
    const CommunityNames& m_names;
    std::string m_owner_key; // fold_key(owner)
};

// Who or what a reference is about: "pupils", "parents", "colleagues", "leadership", "school",
// "event", or "" for none.
std::string_view group_of(const WordEntry& entry);
// Whether a remark can be about it: `target` or `vague_target`.
bool is_target(const WordEntry& entry);

} // namespace audit
