#pragma once
// Masks pupils' names in everything a report shows (initial + asterisks: "E**** M****"), so a
// report left on a laptop does not become a list of children's names. Built from the pupil and
// ex-pupil rosters, plain or hashed: every span the people matcher finds is masked (full names,
// nickname forms, typos whatever their case, a family name alone among school words), so case
// and accents do not let a name through, and a hashed roster masks without knowing the names.
#include "audit/profile/school_profile.hpp"
#include "audit/text/people_matcher.hpp"
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

class Masker {
public:
    Masker(); // masks nothing
    explicit Masker(const SchoolProfile& profile);
    // Every roster (parents and colleagues too), for --redact.
    Masker(const SchoolProfile& profile, const std::vector<RosterKind>& kinds);
    ~Masker();
    Masker(const Masker&) = delete;
    Masker& operator=(const Masker&) = delete;
    std::string mask(std::string_view text) const;
    bool empty() const { return m_matchers.empty(); }

private:
    // Copies of the rosters the matchers point into: a Masker may outlive its profile.
    std::vector<std::unique_ptr<Roster>> m_rosters;
    std::vector<std::unique_ptr<PeopleMatcher>> m_matchers;
    std::unique_ptr<AsciiPrefilter> m_prefilter; // nullptr: every text is folded
};

// "Ellie Mason" → "E**** M****": each word keeps its first letter.
std::string mask_words(std::string_view text);

} // namespace audit
