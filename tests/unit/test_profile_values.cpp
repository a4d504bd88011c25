#include "audit/profile/profile_values.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>

using namespace audit::profile;

TEST_CASE("profile_values: clock times", "[profile]") {
    CHECK(parse_clock_time("8:40") == "08:40");
    CHECK(parse_clock_time("15:05") == "15:05");
    CHECK(parse_clock_time("00:00") == "00:00");
    CHECK_FALSE(parse_clock_time("8.40"));
    CHECK_FALSE(parse_clock_time("24:00"));
    CHECK_FALSE(parse_clock_time("12:60"));
    CHECK_FALSE(parse_clock_time("12:5"));
    CHECK_FALSE(parse_clock_time("123:00"));
    CHECK_FALSE(parse_clock_time(""));
}

TEST_CASE("profile_values: ISO dates are real calendar dates", "[profile]") {
    CHECK(parse_iso_date("2024-02-29") == "2024-02-29");
    CHECK_FALSE(parse_iso_date("2025-02-29"));
    CHECK_FALSE(parse_iso_date("2025-13-01"));
    CHECK_FALSE(parse_iso_date("2025-9-3"));
    CHECK_FALSE(parse_iso_date("03/09/2025"));
}

TEST_CASE("profile_values: day names", "[profile]") {
    CHECK(parse_day_name("mon") == "Mon");
    CHECK(parse_day_name("Thursday") == "Thu");
    CHECK(parse_day_name(" SUN ") == "Sun");
    CHECK_FALSE(parse_day_name("Mo"));
    CHECK_FALSE(parse_day_name("Fryday"));
}

TEST_CASE("profile_values: IP networks", "[profile]") {
    CHECK(parse_network("195.10.20.0/24") == "195.10.20.0/24");
    CHECK(parse_network("10.0.0.1") == "10.0.0.1/32");
    CHECK(parse_network("2001:db8::/48") == "2001:db8::/48");
    CHECK(parse_network("::1") == "::1/128");
    CHECK_FALSE(parse_network("195.10.20.0/33"));
    CHECK_FALSE(parse_network("195.10.20/24"));
    CHECK_FALSE(parse_network("256.1.1.1/24"));
    CHECK_FALSE(parse_network("195.10.20.0/"));
    CHECK_FALSE(parse_network("195.10.20.0/-1"));
    CHECK_FALSE(parse_network("school-wifi"));
}

TEST_CASE("profile_values: domains", "[profile]") {
    CHECK(parse_domain("Riverside.SCH.uk") == "riverside.sch.uk");
    CHECK(parse_domain("@riverside.sch.uk") == "riverside.sch.uk");
    CHECK_FALSE(parse_domain("riverside"));
    CHECK_FALSE(parse_domain("https://riverside.sch.uk"));
    CHECK_FALSE(parse_domain("river side.sch.uk"));
    CHECK_FALSE(parse_domain("riverside..sch.uk"));
    CHECK_FALSE(parse_domain("-bad.sch.uk"));
}

TEST_CASE("profile_values: UK postcodes", "[profile]") {
    CHECK(parse_uk_postcode("BA1 2AB") == "BA1 2AB");
    CHECK(parse_uk_postcode("ba12ab") == "BA1 2AB");
    CHECK(parse_uk_postcode("SW1A 1AA") == "SW1A 1AA");
    CHECK(parse_uk_postcode("W1A 0AX") == "W1A 0AX");
    CHECK(parse_uk_postcode("M1 1AE") == "M1 1AE");
    CHECK(parse_uk_postcode("EC1A1BB") == "EC1A 1BB");
    CHECK_FALSE(parse_uk_postcode("BA12"));
    CHECK_FALSE(parse_uk_postcode("12A 2AB"));
    CHECK_FALSE(parse_uk_postcode("BA1 22B"));
    CHECK_FALSE(parse_uk_postcode("BAA1 2AB"));
}

TEST_CASE("profile_values: time zones come from the IANA database", "[profile]") {
    CHECK(is_known_timezone("UTC"));
    CHECK_FALSE(is_known_timezone(""));
    CHECK_FALSE(is_known_timezone("/etc/passwd"));
    CHECK_FALSE(is_known_timezone("../zoneinfo/Europe/London"));
    if (!std::filesystem::is_directory("/usr/share/zoneinfo")) {
        WARN("no /usr/share/zoneinfo here; skipping the database lookups");
        return;
    }
    CHECK(is_known_timezone("Europe/London"));
    CHECK(is_known_timezone("America/New_York"));
    CHECK_FALSE(is_known_timezone("Europe/Lundon"));
    CHECK_FALSE(is_known_timezone("Europe")); // a folder, not a zone
}

TEST_CASE("profile_values: without a zone database, well-formed names pass", "[profile]") {
    CHECK(is_known_timezone("Europe/London", "/nonexistent/zoneinfo"));
    CHECK_FALSE(is_known_timezone("London", "/nonexistent/zoneinfo"));
    CHECK(is_known_timezone("UTC", "/nonexistent/zoneinfo"));
}

TEST_CASE("profile_values: likely typos find the intended word", "[profile]") {
    std::vector<std::string> known = {"school", "policy", "people", "me"};
    CHECK(closest_match("peopel", known) == "people");
    CHECK(closest_match("School", known) == "school");
    CHECK(closest_match("completely-different", known).empty());
}

TEST_CASE("profile_values: small files are read, large ones refused", "[profile]") {
    audit::test::TempDir dir;
    audit::test::write_file(dir / "a.txt", "hello");
    CHECK(read_small_file(dir / "a.txt", 10).value() == "hello");
    auto too_big = read_small_file(dir / "a.txt", 3);
    REQUIRE_FALSE(too_big);
    CHECK(too_big.error().message.find("too large") != std::string::npos);
    CHECK_FALSE(read_small_file(dir.path(), 10));
}
