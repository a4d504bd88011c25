#pragma once
// String similarity for typo-tolerant name matching, over Unicode code points of folded text
// (fold_key), so "Zoë" and "Zoe" are already equal before these run.
//
// A written word is taken for a mistyped roster word by is_typo_of(): at most one insertion,
// deletion, substitution or swap of neighbours (restricted Damerau–Levenshtein <= 1), and only
// for roster words of k_typo_min_length letters or more. The rule was chosen by measuring
// (tests/unit/test_text_similarity.cpp regenerates the figures and fails if they drift;
// SA_PRINT_MEASUREMENT=1 prints the table):
//
//   167 common UK given names and 213 surnames; every one of 5+ letters gets one generated typo
//   of each kind (a letter left out, a neighbouring key added, the wrong neighbouring key, two
//   letters swapped): 1 172 typo pairs, and as many with two typos. Unrelated pairs: every
//   5+-letter name against every other real name (4+ letters) of its list: 54 327 pairs.
//
//   rule                      one typo   two typos   unrelated names accepted
//   Jaro–Winkler >= 0.80       100 %       95.0 %      0.59 %  (319)
//   Jaro–Winkler >= 0.84       99.7 %      86.3 %      0.34 %  (187)
//   Jaro–Winkler >= 0.88       97.5 %      61.5 %      0.17 %  (92)
//   Jaro–Winkler >= 0.90       92.1 %      44.9 %      0.11 %  (59)
//   Jaro–Winkler >= 0.94       72.7 %      16.3 %      0.044 % (24)
//   distance <= 1              100 %       17.1 %      0.070 % (38)   <- chosen
//   distance <= 2              100 %       100 %       0.56 %  (302)
//
// Distance <= 1 keeps every single typo and accepts 1 unrelated name in 1 400; no Jaro–Winkler
// threshold does as well on both counts (at 0.88 it already misses 2.5 % of typos and accepts
// 2.4 times as many strangers). The unrelated names it still accepts are near-homonyms a person
// would also look at twice (Ellie/Elsie, Sophia/Sophie, Clarke/Clark, Davies/Davis). Two typos
// in one word are left alone: allowing them accepts 8 times as many strangers. Four-letter
// names (Evie, Theo) get no typo tolerance: one edit in four letters turns too many names into
// others (Mark/Mary, Luca/Luna). A typo match also needs the other word of the name exact, and
// is reported at a lower confidence with a signal saying so. jaro_winkler() breaks ties when a
// word is one typo away from several roster names.
#include <cstddef>
#include <string_view>

namespace audit {

inline constexpr std::size_t k_typo_min_length = 5;
inline constexpr std::size_t k_typo_max_distance = 1;

// Jaro–Winkler similarity in [0, 1] (prefix scale 0.1, at most 4 prefix characters); 1 for
// equal strings, 0 when either is empty. Inputs longer than 64 code points compare as 0.
double jaro_winkler(std::string_view a, std::string_view b);
// Restricted Damerau–Levenshtein (optimal string alignment) distance: insertions, deletions,
// substitutions and swaps of two neighbouring characters, counted in code points. Inputs longer
// than 64 code points give their length difference plus 64 (never computed).
std::size_t osa_distance(std::string_view a, std::string_view b);
// `word` is `roster_word` with one typo: not equal, roster word long enough, distance <= 1.
bool is_typo_of(std::string_view word, std::string_view roster_word);

} // namespace audit
