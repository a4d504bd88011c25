#pragma once
// The forms of a roster name the matcher looks for: the full name, its nickname forms, its
// one-typo forms, the family name alone, title + family name, initials and squashed user-name
// forms (NameForm). One function makes them for both kinds of roster: the plain matcher indexes
// them, `staff-audit roster hash` hashes them, so a plain and a hashed roster find the same
// names.
#include "audit/profile/school_profile.hpp"
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct NameKey {
    std::string key;     // folded lookup key: "elliemay brown", "mrs clarke", "elliemason"
    NameForm form = NameForm::full;
    std::string literal; // the folded words as free text shows them ("ellie may brown"); empty
                         // for forms never looked for in free text (initials, "elliem")
};

// Every form of one roster entry ("Ellie Mason", "Mason, Ellie", "Mrs Amanda Clarke"), each key
// once (the strongest form wins). A name of one word has no forms: it could be anyone's.
std::vector<NameKey> name_forms(std::string_view roster_name, RosterKind kind);

// The words a plain roster's name is found by in free text (people_index.hpp): the family name
// and the given names, each as free text folds it ("smith jones") and squashed ("smithjones").
struct NameAnchors {
    std::string family_text, family;
    std::vector<std::pair<std::string, std::string>> givens; // (text, squashed)
};
// Nothing for a name of one word.
std::optional<NameAnchors> name_anchors(std::string_view roster_name);

// A plain roster made ready for write_hashed_roster (hashed_roster.hpp): every person's forms,
// and what stays in clear. `full_names_only` leaves out the partial forms (is_partial_form).
// People whose name has no forms (one word) are left out.
std::vector<PersonForms> forms_for_hashing(const Roster& plain, bool full_names_only = false);

// Whitespace-separated words, each folded and squashed ("Ellie-May" → "elliemay"); words that
// fold to nothing (emoji, punctuation) are dropped.
std::vector<std::string> squashed_words(std::string_view text);
// "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "dame" (folded).
bool is_title(std::string_view folded_word);
// The other forms of a folded given name (audit/text/data/nicknames.txt, one step), never the
// name itself; empty when it has none.
const std::vector<std::string>& nicknames_of(std::string_view folded_given);
// `word` with one code point left out, each distinct variant once; none when `word` is shorter
// than k_typo_min_length code points (similarity.hpp).
std::vector<std::string> one_deletion_variants(std::string_view word);
std::size_t code_point_count(std::string_view utf8);

} // namespace audit
