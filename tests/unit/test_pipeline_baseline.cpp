// Accepted findings: the baseline file's round trip, matching by stable id, expiry, and the
// one-year default.
#include "audit/pipeline/baseline.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>

using namespace audit;

namespace {

Finding finding(std::string id) {
    Finding f;
    f.id = std::move(id);
    f.check = "employer.profile";
    return f;
}

BaselineEntry entry(std::string id, std::string until) {
    BaselineEntry e;
    e.id = std::move(id);
    e.reason = "The school asked me to list it \"as staff\"\nsee HR";
    e.until = std::move(until);
    e.accepted = "2026-12-06";
    e.check = "employer.profile";
    e.platform = "linkedin";
    e.item = "profile field Employer";
    e.evidence = "Teacher at Riverside Primary";
    return e;
}

} // namespace

TEST_CASE("baseline: written TOML reads back the same entries", "[pipeline]") {
    Baseline b;
    add_entry(b, entry("f-0123456789abcdef", "2027-12-06"));
    add_entry(b, entry("f-fedcba9876543210", "2027-01-31"));
    auto back = parse_baseline(baseline_toml(b), "b.toml");
    REQUIRE(back);
    REQUIRE(back->entries.size() == 2);
    CHECK(back->entries[0].reason == b.entries[0].reason); // quotes and a line break survive
    CHECK(back->entries[0].evidence == "Teacher at Riverside Primary");
    CHECK(back->entries[1].until == "2027-01-31");
}

TEST_CASE("baseline: accepting an id again replaces its entry", "[pipeline]") {
    Baseline b;
    add_entry(b, entry("f-0123456789abcdef", "2027-12-06"));
    add_entry(b, entry("f-0123456789abcdef", "2028-01-01"));
    REQUIRE(b.entries.size() == 1);
    CHECK(b.entries[0].until == "2028-01-01");
}

TEST_CASE("baseline: bad files are refused naming the entry", "[pipeline]") {
    auto bad_toml = parse_baseline("[[accepted]\nid = 1", "b.toml");
    REQUIRE_FALSE(bad_toml);
    CHECK(bad_toml.error().message.find("b.toml:1") == 0);
    auto bad_id = parse_baseline("[[accepted]]\nid = \"42\"\nuntil = \"2027-01-01\"\n", "b.toml");
    REQUIRE_FALSE(bad_id);
    CHECK(bad_id.error().message.find("accepted entry 1") != std::string::npos);
    auto bad_date =
        parse_baseline("[[accepted]]\nid = \"f-00aa\"\nuntil = \"2027-02-30\"\n", "b.toml");
    REQUIRE_FALSE(bad_date);
    CHECK(bad_date.error().message.find("'until'") != std::string::npos);
    CHECK(parse_baseline("", "empty.toml")->entries.empty());
}

TEST_CASE("baseline: a matching unexpired entry marks the finding accepted", "[pipeline]") {
    Report report;
    report.findings = {finding("f-0123456789abcdef"), finding("f-1111111111111111"),
                       finding("f-2222222222222222")};
    Baseline b;
    add_entry(b, entry("f-0123456789abcdef", "2026-12-06")); // last day: still accepted
    add_entry(b, entry("f-1111111111111111", "2026-12-05")); // expired yesterday
    apply_baseline(report, b, "2026-12-06");
    CHECK(report.findings[0].status == "accepted");
    CHECK(report.findings[0].accepted_until == "2026-12-06");
    CHECK(report.findings[0].accepted_reason.find("HR") != std::string::npos);
    CHECK(report.findings[1].status == "reappeared");
    CHECK(report.findings[1].accepted_reason.empty());
    CHECK(report.findings[2].status == "new");
}

TEST_CASE("baseline: the default expiry is one year on", "[pipeline]") {
    CHECK(one_year_after("2026-12-06") == "2027-12-06");
    CHECK(one_year_after("2028-02-29") == "2029-02-28");
}
