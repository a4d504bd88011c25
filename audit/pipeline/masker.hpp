#pragma once
// Masks pupils' names in everything a report shows (initial + asterisks: "E**** M****"), so a
// report left on a laptop does not become a list of children's names. Built from the pupil and
// ex-pupil rosters; matching is on folded text, so case and accents do not let a name through.
#include "audit/profile/school_profile.hpp"
#include <string>
#include <string_view>
#include <vector>

namespace audit {

class Masker {
public:
    Masker() = default;
    explicit Masker(const SchoolProfile& profile);
    std::string mask(std::string_view text) const;
    bool empty() const { return m_names.empty(); }

private:
    std::vector<std::string> m_names; // folded full names, longest first
};

// "Ellie Mason" → "E**** M****": each word keeps its first letter.
std::string mask_words(std::string_view text);

} // namespace audit
