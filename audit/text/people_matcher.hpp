#pragma once
// Matches people from a roster against names in connection lists and usernames. Display names
// match on folded full names; usernames ("ellie.m_2014", "elliemason") match on name parts.
// A single first name alone never matches.
#include "audit/profile/school_profile.hpp"
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct PersonMatch {
    const Person* person = nullptr;
    double confidence = 0;
    std::vector<std::string> signals; // "display name equals roster name", …
};

class PeopleMatcher {
public:
    explicit PeopleMatcher(const Roster& roster);
    std::optional<PersonMatch> match_name(std::string_view display_name) const;
    std::optional<PersonMatch> match_username(std::string_view username) const;

private:
    struct Key {
        std::vector<std::string> given; // folded given names (first, and its forms)
        std::string family;             // folded family name
        const Person* person;
    };
    std::vector<Key> m_keys;
};

} // namespace audit
