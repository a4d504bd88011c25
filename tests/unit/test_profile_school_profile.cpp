#include "audit/profile/school_profile.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <string>

using audit::load_profile;
using audit::parse_profile;
using audit::RosterKind;
using audit::test::TempDir;
using audit::test::write_file;

namespace {

const char* const k_full_profile = R"(
[school]
name     = "Riverside Primary School"
aliases  = ["Riverside Primary", "RPS"]
trust    = "Vale Learning Trust"
others   = ["Somerset Council"]
not_us   = ["North Riverside Primary"]
domains  = ["Riverside.sch.uk", "@valetrust.org.uk"]
postcode = "ba1 2ab"
location = { lat = 51.3811, lon = -2.3590, radius_m = 250 }
logos    = ["logo.png", "art/crest.jpg"]
timezone = "Europe/London"
school_day = { start = "8:40", end = "15:20", days = ["Mon", "tuesday", "Wed", "Thu", "Fri"] }
terms    = [ { start = "2025-09-03", end = "2025-10-24" }, { start = 2025-11-03, end = 2025-12-19 } ]
networks = ["195.10.20.0/24", "2001:db8::/32", "10.1.2.3"]
devices  = ["RPS-"]

[policy]
cite = "bath-wells-mat-2016"

[people]
pupils     = "pupils.csv"
ex_pupils  = "rosters/leavers.csv"
parents    = "parents.csv"
colleagues = "staff.csv"

[me]
home = { lat = 51.39, lon = -2.37, radius_m = 150 }
)";

// A folder holding the files the full profile names.
void write_profile_files(const TempDir& dir) {
    write_file(dir / "school.toml", k_full_profile);
    write_file(dir / "logo.png", "png");
    std::filesystem::create_directories(dir / "art");
    write_file(dir / "art/crest.jpg", "jpg");
    write_file(dir / "pupils.csv", "name,year_group,birth_year,class\nAva Stone,Year 4,2016,Oak\n");
    std::filesystem::create_directories(dir / "rosters");
    write_file(dir / "rosters/leavers.csv", "Sam Leaver,Year 6,2012\n");
    write_file(dir / "parents.csv", "Pat Stone\n");
    write_file(dir / "staff.csv", "Name\nJo Teacher\n");
}

// A minimal valid profile plus one more line in [school].
std::string school_with(const std::string& line) {
    return "[school]\nname = \"Riverside Primary School\"\n" + line + "\n";
}

std::string error_of(const std::string& toml) {
    auto profile = parse_profile(toml, "school.toml", std::filesystem::temp_directory_path());
    REQUIRE_FALSE(profile);
    return profile.error().message;
}

} // namespace

TEST_CASE("school_profile: reads a full profile with every key", "[profile]") {
    TempDir dir;
    write_profile_files(dir);
    auto profile = load_profile(dir / "school.toml");
    REQUIRE(profile);
    CHECK(profile->name == "Riverside Primary School");
    CHECK(profile->aliases == std::vector<std::string>{"Riverside Primary", "RPS"});
    CHECK(profile->trust == "Vale Learning Trust");
    CHECK(profile->others == std::vector<std::string>{"Somerset Council"});
    CHECK(profile->not_us == std::vector<std::string>{"North Riverside Primary"});
    CHECK(profile->domains == std::vector<std::string>{"riverside.sch.uk", "valetrust.org.uk"});
    CHECK(profile->postcode == "BA1 2AB");
    REQUIRE(profile->location);
    CHECK(profile->location->centre.lat == Approx(51.3811));
    CHECK(profile->location->centre.lon == Approx(-2.3590));
    CHECK(profile->location->radius_m == Approx(250));
    REQUIRE(profile->logos.size() == 2);
    CHECK(profile->logos[0] == dir.path() / "logo.png");
    CHECK(profile->logos[1] == dir.path() / "art/crest.jpg");
    CHECK(profile->timezone == "Europe/London");
    CHECK(profile->school_day.start == "08:40");
    CHECK(profile->school_day.end == "15:20");
    CHECK(profile->school_day.days == std::vector<std::string>{"Mon", "Tue", "Wed", "Thu", "Fri"});
    REQUIRE(profile->terms.size() == 2);
    CHECK(profile->terms[0].start == "2025-09-03");
    CHECK(profile->terms[1].start == "2025-11-03"); // a bare TOML date works too
    CHECK(profile->terms[1].end == "2025-12-19");
    CHECK(profile->networks ==
          std::vector<std::string>{"195.10.20.0/24", "2001:db8::/32", "10.1.2.3/32"});
    CHECK(profile->devices == std::vector<std::string>{"RPS-"});
    CHECK(profile->policy == "bath-wells-mat-2016");
    REQUIRE(profile->home);
    CHECK(profile->home->radius_m == Approx(150));
    CHECK(profile->file == dir.path() / "school.toml");

    REQUIRE(profile->rosters.size() == 4);
    const auto* pupils = profile->roster(RosterKind::pupils);
    REQUIRE(pupils);
    REQUIRE(pupils->people.size() == 1);
    CHECK(pupils->people[0].name == "Ava Stone");
    CHECK(pupils->people[0].class_name == "Oak");
    const auto* leavers = profile->roster(RosterKind::ex_pupils);
    REQUIRE(leavers);
    CHECK(leavers->people[0].birth_year == 2012);
    CHECK(leavers->file == (dir.path() / "rosters/leavers.csv").string());
    CHECK(profile->roster(RosterKind::parents)->people[0].name == "Pat Stone");
    CHECK(profile->roster(RosterKind::colleagues)->people[0].name == "Jo Teacher");
}

TEST_CASE("school_profile: a minimal profile takes the documented defaults", "[profile]") {
    auto profile =
        parse_profile("[school]\nname = \"Riverside Primary School\"\n", "school.toml", ".");
    REQUIRE(profile);
    CHECK(profile->timezone == "Europe/London");
    CHECK(profile->policy == "woodstock-ce-primary-2024");
    CHECK(profile->school_day.start == "08:30");
    CHECK(profile->school_day.days.size() == 5);
    CHECK_FALSE(profile->location);
    CHECK(profile->rosters.empty());
    CHECK(profile->roster(RosterKind::pupils) == nullptr);
    CHECK(profile->file.empty());
}

TEST_CASE("school_profile: a missing or empty name is reported", "[profile]") {
    CHECK(error_of("[school]\naliases = [\"RPS\"]\n") == "school.toml: school.name is missing");
    CHECK(error_of("[school]\nname = \"  \"\n") == "school.toml: school.name is empty");
    CHECK(error_of("[policy]\ncite = \"x\"\n").find("school.toml: [school] is missing") !=
          std::string::npos);
}

TEST_CASE("school_profile: unknown sections and keys are errors that list the known ones",
          "[profile]") {
    auto message = error_of("[school]\nname = \"R\"\n[peopel]\npupils = \"p.csv\"\n");
    CHECK(message.find("school.toml: unknown section [peopel] (did you mean people?)") !=
          std::string::npos);
    CHECK(message.find("[school], [policy], [people], [me]") != std::string::npos);

    message = error_of("[school]\nname = \"R\"\nadress = \"1 High St\"\n");
    CHECK(message.find("school.toml: school.adress is not a known key") != std::string::npos);
    CHECK(message.find("name, aliases, trust") != std::string::npos);

    message = error_of(school_with("location = { lat = 51, lon = -2, radius = 5 }"));
    CHECK(message.find("school.location.radius is not a known key (did you mean radius_m?)") !=
          std::string::npos);
    CHECK(message.find("school.location.radius_m is missing") != std::string::npos);
}

TEST_CASE("school_profile: location values are range-checked", "[profile]") {
    CHECK(error_of(school_with("location = { lat = 51, lon = -2, radius_m = 0 }")) ==
          "school.toml: school.location.radius_m must be a positive number");
    CHECK(error_of(school_with("location = { lat = 51, lon = -2, radius_m = \"5\" }")) ==
          "school.toml: school.location.radius_m must be a number");
    CHECK(error_of(school_with("location = { lat = 91.5, lon = -2, radius_m = 5 }")) ==
          "school.toml: school.location.lat must be a latitude between -90 and 90");
    CHECK(error_of(school_with("location = { lat = 51, lon = -181, radius_m = 5 }")) ==
          "school.toml: school.location.lon must be a longitude between -180 and 180");
    CHECK(error_of("[school]\nname = \"R\"\n[me]\nhome = { lat = 51, lon = 2, radius_m = -3 }\n") ==
          "school.toml: me.home.radius_m must be a positive number");
    CHECK(error_of(school_with("location = \"BA1 2AB\"")).find("school.location must be a table") !=
          std::string::npos);
}

TEST_CASE("school_profile: school day times must be HH:MM and in order", "[profile]") {
    CHECK(error_of(school_with("school_day = { start = \"8.40\", end = \"15:20\" }")) ==
          "school.toml: school.school_day.start '8.40' is not HH:MM");
    CHECK(error_of(school_with("school_day = { start = \"08:40\", end = \"25:00\" }")) ==
          "school.toml: school.school_day.end '25:00' is not HH:MM");
    CHECK(error_of(school_with("school_day = { start = \"15:00\", end = \"09:00\" }")) ==
          "school.toml: school.school_day ends (09:00) before it starts (15:00)");
    CHECK(error_of(school_with("school_day = { days = [\"Mon\", \"Fryday\"] }")) ==
          "school.toml: school.school_day.days 'Fryday' is not a day (Mon, Tue, Wed, Thu, Fri, "
          "Sat, Sun)");
}

TEST_CASE("school_profile: terms must be real dates that end after they start", "[profile]") {
    CHECK(error_of(school_with("terms = [ { start = \"2025-10-24\", end = \"2025-09-03\" } ]")) ==
          "school.toml: school.terms[0] ends (2025-09-03) before it starts (2025-10-24)");
    CHECK(error_of(school_with("terms = [ { start = \"2025-02-30\", end = \"2025-03-03\" } ]")) ==
          "school.toml: school.terms[0].start '2025-02-30' is not a date written YYYY-MM-DD");
    CHECK(error_of(school_with("terms = [ { start = \"2025-09-03\" } ]")) ==
          "school.toml: school.terms[0].end is missing");
}

TEST_CASE("school_profile: networks, domains and postcodes are checked", "[profile]") {
    CHECK(error_of(school_with("networks = [\"195.10.20.0/33\"]")) ==
          "school.toml: school.networks '195.10.20.0/33' is not an IP network (write it like "
          "195.10.20.0/24)");
    CHECK(error_of(school_with("networks = [\"195.10.20/24\"]"))
              .find("'195.10.20/24' is not an IP network") != std::string::npos);
    CHECK(error_of(school_with("domains = [\"https://riverside.sch.uk/\"]"))
              .find("school.domains 'https://riverside.sch.uk/' is not a domain name") !=
          std::string::npos);
    CHECK(error_of(school_with("postcode = \"BA12\"")) ==
          "school.toml: school.postcode 'BA12' is not a UK postcode (like BA1 2AB)");
}

TEST_CASE("school_profile: the time zone must be in the IANA database", "[profile]") {
    CHECK(error_of(school_with("timezone = \"Europe/Lundon\"")) ==
          "school.toml: school.timezone 'Europe/Lundon' is not a time zone name (like "
          "Europe/London)");
    CHECK(
        error_of(school_with("timezone = \"../../etc/passwd\"")).find("is not a time zone name") !=
        std::string::npos);
    auto utc = parse_profile(school_with("timezone = \"UTC\""), "school.toml", ".");
    REQUIRE(utc);
    CHECK(utc->timezone == "UTC");
}

TEST_CASE("school_profile: wrong value types name the key", "[profile]") {
    CHECK(error_of(school_with("aliases = [\"RPS\", 3]")) ==
          "school.toml: school.aliases[1] must be text in quotes");
    CHECK(error_of(school_with("aliases = [\"RPS\", \"\"]")) ==
          "school.toml: school.aliases[1] is empty");
    CHECK(error_of(school_with("trust = 4")).find("school.trust must be text") !=
          std::string::npos);
    CHECK(error_of("school = \"Riverside\"\n").find("school must be a table") != std::string::npos);
}

TEST_CASE("school_profile: every problem is reported at once", "[profile]") {
    auto message = error_of("[school]\npostcode = \"nope\"\ntimezone = \"Mars/Base\"\n");
    CHECK(message.find("school.name is missing") != std::string::npos);
    CHECK(message.find("school.postcode 'nope'") != std::string::npos);
    CHECK(message.find("school.timezone 'Mars/Base'") != std::string::npos);
}

TEST_CASE("school_profile: TOML syntax errors give the line", "[profile]") {
    auto message = error_of("[school]\nname = \"Riverside\nx = 1\n");
    CHECK(message.rfind("school.toml: line 2", 0) == 0);
}

TEST_CASE("school_profile: paths resolve against the profile's folder", "[profile]") {
    TempDir dir;
    std::filesystem::create_directories(dir / "conf/people");
    write_file(dir / "conf/people/pupils.csv", "Ava Stone\n");
    write_file(dir / "conf/crest.png", "png");
    write_file(dir / "conf/school.toml", "[school]\nname = \"R\"\nlogos = [\"crest.png\"]\n"
                                         "[policy]\ncite = \"packs/ours.toml\"\n"
                                         "[people]\npupils = \"people/pupils.csv\"\n");
    auto profile = load_profile(dir / "conf/school.toml");
    REQUIRE(profile);
    CHECK(profile->logos.at(0) == dir.path() / "conf/crest.png");
    CHECK(profile->policy == (dir.path() / "conf/packs/ours.toml").string());
    CHECK(profile->roster(RosterKind::pupils)->people.at(0).name == "Ava Stone");
}

TEST_CASE("school_profile: a missing roster or logo file is an error naming it", "[profile]") {
    TempDir dir;
    write_file(dir / "school.toml", "[school]\nname = \"R\"\nlogos = [\"crest.png\"]\n"
                                    "[people]\nparents = \"parents.csv\"\n");
    auto profile = load_profile(dir / "school.toml");
    REQUIRE_FALSE(profile);
    const auto& message = profile.error().message;
    CHECK(message.find("school.logos file 'crest.png' not found") != std::string::npos);
    CHECK(message.find("people.parents: cannot read " + (dir.path() / "parents.csv").string()) !=
          std::string::npos);
}

TEST_CASE("school_profile: a bad roster row is reported through the profile", "[profile]") {
    TempDir dir;
    write_file(dir / "pupils.csv", "Ava Stone,Year 4\n,Year 5\n");
    write_file(dir / "school.toml", "[school]\nname = \"R\"\n[people]\npupils = \"pupils.csv\"\n");
    auto profile = load_profile(dir / "school.toml");
    REQUIRE_FALSE(profile);
    CHECK(profile.error().message ==
          (dir.path() / "school.toml").string() +
              ": people.pupils: " + (dir.path() / "pupils.csv").string() + ": line 2 has no name");
}

TEST_CASE("school_profile: a missing profile file is an error naming it", "[profile]") {
    auto profile = load_profile("/nonexistent/school.toml");
    REQUIRE_FALSE(profile);
    CHECK(profile.error().message.find("/nonexistent/school.toml") != std::string::npos);
}
