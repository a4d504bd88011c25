// The profile's community names as free text writes them: every roster variant once, class
// names, and each account holder's own school name only for them.
#include "audit/text/community_names.hpp"
#include <catch2/catch.hpp>
#include <algorithm>
#include <string>

using namespace audit;

namespace {

Roster roster_of(RosterKind kind, std::vector<Person> people) {
    Roster r;
    r.kind = kind;
    r.people = std::move(people);
    return r;
}

SchoolProfile profile() {
    SchoolProfile p;
    p.rosters.push_back(roster_of(RosterKind::colleagues, {{"Mrs Amanda Clarke"}, {"Jordan Ellis"}}));
    p.rosters.push_back(roster_of(RosterKind::pupils, {{"Ellie Mason", "Year 4", 2016, "Oak"}}));
    return p;
}

// The terms found in `text`, as entries' literals, for the account holder `owner`.
std::vector<std::string> found(const CommunityNames& names, const std::string& text, std::string_view owner) {
    std::vector<std::string> out;
    for (const CommunityNameHit& h : names.find(fold(text)))
        if (names.for_owner(h.entry, fold_key(owner))) out.push_back(names.entries()[h.entry].term);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("community names: roster variants, classes and the own school name, each once", "[text]") {
    const CommunityNames names(profile(), {"Jordan Ellis", "Sam Patel"});
    const auto terms = [&] {
        std::vector<std::string> t;
        for (const WordEntry& e : names.entries()) t.push_back(e.term);
        return t;
    }();
    for (const char* expected : {"amanda clarke", "mrs amanda clarke", "mrs clarke", "jordan ellis",
                                 "mr ellis", "ellie mason", "oak class", "class oak", "mr patel"})
        CHECK(std::count(terms.begin(), terms.end(), expected) == 1);
    // "Mrs Ellis" is a colleague's variant first: it counts for everyone, not only for Jordan.
    CHECK(found(names, "Mrs Ellis and Mr Patel said hi", "Jordan Ellis") == std::vector<std::string>{"mrs ellis"});
    CHECK(found(names, "Mrs Ellis and Mr Patel said hi", "Sam Patel") ==
          std::vector<std::string>{"mr patel", "mrs ellis"});
    CHECK(found(names, "Mr Patel said hi", "") == std::vector<std::string>{}); // whose account is unknown
    const auto hits = names.find(fold("Well done Oak Class!"));
    REQUIRE(hits.size() == 1);
    CHECK(names.entries()[hits[0].entry].has("pupils"));
    CHECK(hits[0].begin == 10);
    CHECK(hits[0].end == 19);
}

TEST_CASE("community names: an empty profile has none and finds nothing", "[text]") {
    const CommunityNames names(SchoolProfile{}, {});
    CHECK(names.empty());
    CHECK(names.find(fold("Mrs Clarke's class")).empty());
}
