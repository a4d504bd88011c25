#include "audit/text/people_matcher.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using audit::PeopleMatcher;
using audit::Person;
using audit::Roster;

namespace {

Roster pupils() {
    Roster r;
    r.file = "pupils.csv";
    for (const char* name : {"Ellie Mason", "Tom Smith-Jones", "Ellie-May Brown", "Madonna",
                             "Okonkwo, Chidi", "Zoë Ångström", "Al Li"}) {
        Person p;
        p.name = name;
        r.people.push_back(p);
    }
    return r;
}

} // namespace

TEST_CASE("people_matcher: display names", "[text]") {
    struct Case {
        std::string display;
        std::string person; // "" when nobody should match
        double min_confidence;
        double max_confidence;
    };
    const std::vector<Case> cases = {
        {"Ellie Mason", "Ellie Mason", 0.9, 0.9},
        {"ELLIE  MASON \xF0\x9F\x8C\xB8", "Ellie Mason", 0.9, 0.9},
        {"Ellie Rose Mason", "Ellie Mason", 0.8, 0.89}, // middle name ignored
        {"E. Mason", "Ellie Mason", 0.5, 0.5},          // initial + family: weak
        {"Ellie M", "Ellie Mason", 0.4, 0.5},           // given + family initial: weak
        {"Tom Smith-Jones", "Tom Smith-Jones", 0.9, 0.9},
        {"Tom Smith Jones", "Tom Smith-Jones", 0.85, 0.9},
        {"Ellie-May Brown", "Ellie-May Brown", 0.9, 0.9},
        {"Ellie May Brown", "Ellie-May Brown", 0.85, 0.9},
        {"Ellie Brown", "Ellie-May Brown", 0.85, 0.9},
        {"Chidi Okonkwo", "Okonkwo, Chidi", 0.9, 0.9}, // roster written family-first
        {"Zoe Angstrom", "Zoë Ångström", 0.9, 0.9},    // diacritics folded
        {"Ellie", "", 0, 0},                           // a first name alone never matches
        {"Madonna", "", 0, 0},
        {"Ellie Smith", "", 0, 0},
        {"Tom Jones", "", 0, 0},
        {"Mason Ellie", "", 0, 0},
        {"", "", 0, 0},
    };
    const auto roster = pupils();
    const PeopleMatcher matcher(roster);
    for (const auto& c : cases) {
        INFO("display name: " << c.display);
        const auto match = matcher.match_name(c.display);
        if (c.person.empty()) {
            CHECK_FALSE(match.has_value());
            continue;
        }
        REQUIRE(match.has_value());
        REQUIRE(match->person != nullptr);
        CHECK(match->person->name == c.person);
        CHECK(match->confidence >= c.min_confidence);
        CHECK(match->confidence <= c.max_confidence);
        CHECK_FALSE(match->signals.empty());
    }
}

TEST_CASE("people_matcher: usernames", "[text]") {
    struct Case {
        std::string username;
        std::string person;
        double confidence;
    };
    const std::vector<Case> cases = {
        {"elliemason", "Ellie Mason", 0.75},
        {"ellie_mason09", "Ellie Mason", 0.75},
        {"Ellie.Mason", "Ellie Mason", 0.75},
        {"xx_elliemason_xx", "Ellie Mason", 0.75},
        {"masonellie", "Ellie Mason", 0.75},
        {"ellie.m_2014", "Ellie Mason", 0.45},
        {"elliem2014", "Ellie Mason", 0.45},
        {"tomsmithjones", "Tom Smith-Jones", 0.75},
        {"zoe.angstrom", "Zoë Ångström", 0.75},
        {"alli", "Al Li", 0.75}, // short names only as the whole user name
        {"ballistic", "", 0},    // ... never inside another word
        {"elliem", "", 0},       // initial form needs digits
        {"ellie2014", "", 0},    // a first name alone
        {"mason", "", 0},
        {"__2014__", "", 0},
        {"", "", 0},
    };
    const auto roster = pupils();
    const PeopleMatcher matcher(roster);
    for (const auto& c : cases) {
        INFO("username: " << c.username);
        const auto match = matcher.match_username(c.username);
        if (c.person.empty()) {
            CHECK_FALSE(match.has_value());
            continue;
        }
        REQUIRE(match.has_value());
        CHECK(match->person->name == c.person);
        CHECK(match->confidence == Approx(c.confidence));
        CHECK_FALSE(match->signals.empty());
    }
}

TEST_CASE("people_matcher: an empty roster matches nobody", "[text]") {
    const Roster empty;
    const PeopleMatcher matcher(empty);
    CHECK_FALSE(matcher.match_name("Ellie Mason").has_value());
    CHECK_FALSE(matcher.match_username("elliemason").has_value());
}
