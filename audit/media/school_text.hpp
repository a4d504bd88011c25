#pragma once
// The school's name or aliases in text read by OCR. OCR mangles letters ("Brackenfo1d
// Acaderny"), so besides the exact matcher (folded text, hashtags, domains, other schools that
// contain our name) a name also counts when a run of read words is close enough to it: at
// least k_ocr_min_similarity of its letters right (1 - edit distance / length, spaces
// ignored), with the name's own distinctive word close too. The threshold is measured in
// tests/unit/test_media_school_text.cpp (SA_PRINT_MEASUREMENT=1 prints the table): 5 school
// names, 40 reads each with 1, 2 and 3 OCR-style errors, against 20 similar names of other
// schools (100 pairs):
//
//   threshold   1 error   2 errors   3 errors   other schools accepted
//   0.75        93.5 %    65 %       49 %       1
//   0.80        93.5 %    65 %       48.5 %     1
//   0.85        93.5 %    64.5 %     42.5 %     0   <- chosen
//   0.90        92 %      48 %       23.5 %     0
//
// The distinctive word's own limit (1 edit in 6 letters) does most of the work below 0.85.
#include "audit/profile/school_profile.hpp"
#include "audit/text/school_matcher.hpp"
#include <string>
#include <string_view>
#include <vector>

namespace audit {

inline constexpr double k_ocr_min_similarity = 0.85;

struct OcrSighting {
    std::string matched; // the profile's term ("Brackenfold Academy")
    std::string read;    // what OCR read ("Brackenfo1d Acaderny")
    double similarity = 0; // 1 for an exact (folded) match
    double confidence = 0; // 0..1
};

// 1 - (restricted Damerau-Levenshtein distance / length of the longer), over folded text
// with spaces removed; 0 when either is empty.
double ocr_similarity(std::string_view read, std::string_view term);

class OcrSchoolMatcher {
public:
    // `min_similarity` other than the default is for measuring the threshold.
    explicit OcrSchoolMatcher(const SchoolProfile& profile, double min_similarity = k_ocr_min_similarity);
    // Sightings of the school in OCR text, best first; another school's name is none.
    std::vector<OcrSighting> find(std::string_view ocr_text) const;

private:
    struct Term {
        std::string original;
        std::vector<std::string> words; // folded
        std::string distinctive;        // its longest word that is no generic school word
    };
    SchoolMatcher m_exact;
    double m_min_similarity = k_ocr_min_similarity;
    std::vector<Term> m_terms;
    std::vector<std::vector<std::string>> m_not_us; // folded words of other schools' names
};

} // namespace audit
