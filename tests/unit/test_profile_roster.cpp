#include "audit/profile/school_profile.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>

using audit::load_roster;
using audit::RosterKind;
using audit::test::TempDir;
using audit::test::write_file;

namespace {

audit::Result<audit::Roster> roster_from(const TempDir& dir, const std::string& csv,
                                         RosterKind kind = RosterKind::pupils) {
    write_file(dir / "roster.csv", csv);
    return load_roster(dir / "roster.csv", kind);
}

std::string roster_error(const std::string& csv) {
    TempDir dir;
    auto roster = roster_from(dir, csv);
    REQUIRE_FALSE(roster);
    // Messages name the file; tests compare what follows it.
    auto prefix = (dir / "roster.csv").string();
    REQUIRE(roster.error().message.rfind(prefix, 0) == 0);
    return roster.error().message.substr(prefix.size());
}

} // namespace

TEST_CASE("roster: reads positional columns without a header", "[profile]") {
    TempDir dir;
    auto roster = roster_from(dir, "Ava Stone,Year 4,2016,Oak\nBen Hill\n\nCara Day,Year 3\n",
                              RosterKind::ex_pupils);
    REQUIRE(roster);
    CHECK(roster->kind == RosterKind::ex_pupils);
    CHECK(roster->file == (dir / "roster.csv").string());
    REQUIRE(roster->people.size() == 3); // the blank line is skipped
    CHECK(roster->people[0].name == "Ava Stone");
    CHECK(roster->people[0].year_group == "Year 4");
    CHECK(roster->people[0].birth_year == 2016);
    CHECK(roster->people[0].class_name == "Oak");
    CHECK(roster->people[1].year_group.empty());
    CHECK(roster->people[1].birth_year == 0);
    CHECK(roster->people[2].year_group == "Year 3");
}

TEST_CASE("roster: a header row is detected and may order the columns", "[profile]") {
    TempDir dir;
    auto roster =
        roster_from(dir, "\xEF\xBB\xBFName,Class,Birth Year\r\n\"Stone, Ava\",Oak,2016\r\n");
    REQUIRE(roster);
    REQUIRE(roster->people.size() == 1);
    CHECK(roster->people[0].name == "Stone, Ava");
    CHECK(roster->people[0].class_name == "Oak");
    CHECK(roster->people[0].birth_year == 2016);
    CHECK(roster->people[0].year_group.empty());
}

TEST_CASE("roster: a row without a name is an error naming the line", "[profile]") {
    CHECK(roster_error("name,year_group\nAva Stone,4\n  ,5\n") == ": line 3 has no name");
    CHECK(roster_error("\n\nAva,4\n,5\n") == ": line 4 has no name");
}

TEST_CASE("roster: birth years are validated", "[profile]") {
    CHECK(roster_error("Ava,Year 4,20x6\n") == ": line 1: birth_year '20x6' is not a year");
    CHECK(roster_error("Ava,Year 4,1850\n")
              .find(": line 1: birth_year 1850 is not a plausible "
                    "year of birth") == 0);
    CHECK(roster_error("Ava,Year 4,2999\n").find("not a plausible year of birth") !=
          std::string::npos);
}

TEST_CASE("roster: unknown header columns and extra columns are errors", "[profile]") {
    CHECK(roster_error("name,notes\nAva,x\n") ==
          ": line 1: unknown column 'notes'; the known columns are name, year_group, "
          "birth_year, class");
    CHECK(roster_error("name,class,class\nAva,Oak,Ash\n") ==
          ": line 1: column 'class' appears twice");
    CHECK(roster_error("Smith, Ava,Year 4,2016,Oak\n") ==
          ": line 1 has 5 columns; expected at most 4 (name, year_group, birth_year, class)");
    CHECK(roster_error("name\nAva,Oak\n") == ": line 2 has 2 columns; expected at most 1 (name)");
}

TEST_CASE("roster: empty files, missing files and broken quoting are errors", "[profile]") {
    CHECK(roster_error("name,year_group\n\n") == " has no names in it");
    CHECK(roster_error("\"Ava,Year 4\n").find(": line 1: a quoted field is never closed") == 0);
    auto missing = load_roster("/nonexistent/pupils.csv", RosterKind::pupils);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message == "cannot read /nonexistent/pupils.csv: no such file");
}

TEST_CASE("roster: kinds have stable names", "[profile]") {
    CHECK(audit::to_string(RosterKind::pupils) == "pupils");
    CHECK(audit::to_string(RosterKind::ex_pupils) == "ex_pupils");
    CHECK(audit::to_string(RosterKind::parents) == "parents");
    CHECK(audit::to_string(RosterKind::colleagues) == "colleagues");
}
