#pragma once
// Internal to the school matcher: the searchable forms of a profile's terms, and the rules that
// read the original text around a match (capitals, place qualifiers before a name).
#include "audit/profile/school_profile.hpp"
#include "audit/text/school_matcher.hpp"
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace audit::detail {

struct Term {
    std::string original; // as the profile spells it ("Riverside Primary")
    std::string folded;   // what is searched for in folded text, without padding
    MentionKind kind = MentionKind::name;
    double confidence = 0;
    bool squashed = false;    // the spaces removed: hashtags, user names
    bool common_word = false; // an alias that is also an everyday word
    bool not_us = false;      // another school's name that contains ours
};

// Every searchable form of every profile term: folded, squashed, folded domain.
std::vector<Term> build_terms(const SchoolProfile& profile);

// "RPS": 2-5 capital letters, which only count in capitals or as a hashtag.
bool is_abbreviation(std::string_view alias);
// True when every letter of the original span is a capital (non-letters ignored).
bool written_in_capitals(std::string_view span);
// The capitalised word just before `begin` when it suggests another school ("North"), else
// nullopt. Sentence-initial words and common function words do not count.
std::optional<std::string> place_qualifier_before(std::string_view text, std::size_t begin);

} // namespace audit::detail
