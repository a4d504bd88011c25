// Year-on-year comparison: new, persisting, reappeared and fixed, read from a previous JSON report
// written by this tool's own JSON writer.
#include "audit/pipeline/comparison.hpp"
#include "reports/format_util.hpp"
#include "reports/writer.hpp"
#include <catch2/catch.hpp>
#include <sstream>

using namespace audit;

namespace {

Finding finding(std::string id, std::string check = "employer.content") {
    Finding f;
    f.id = std::move(id);
    f.check = std::move(check);
    f.title = "Your school named in what you post";
    f.severity = Severity::high;
    f.platform = Platform::instagram;
    f.location.item = "post 2025-03-14T16:02:11Z";
    f.evidence = "so proud of R******** P******";
    return f;
}

std::string json_of(const Report& report) {
    std::ostringstream out;
    find_writer("json")->write(report, out, TerminalStyle{});
    return out.str();
}

} // namespace

TEST_CASE("comparison: marks new, persisting and fixed against last year's report", "[pipeline]") {
    Report last;
    last.generated_at = "2025-11-20T10:00:00Z";
    last.findings = {finding("f-aaaa"), finding("f-bbbb"), finding("f-cccc")};
    auto previous = parse_previous_report(json_of(last), "last.json");
    REQUIRE(previous);
    CHECK(previous->generated_at == "2025-11-20T10:00:00Z");

    Report now;
    now.findings = {finding("f-aaaa"), finding("f-dddd")};
    compare_with_previous(now, *previous);
    CHECK(now.findings[0].status == "persisting");
    CHECK(now.findings[1].status == "new");
    REQUIRE(now.previous);
    REQUIRE(now.previous->fixed.size() == 2);
    CHECK(now.previous->fixed[0].id == "f-bbbb");
    CHECK(now.previous->fixed[0].evidence == "so proud of R******** P******");
    CHECK(now.previous->fixed[0].platform == Platform::instagram);
    CHECK(comparison_summary(now) == "2 fixed since 2025-11-20, 1 new, 1 still there");
}

TEST_CASE("comparison: a finding fixed last time and back now has reappeared", "[pipeline]") {
    Report two_years_ago;
    two_years_ago.generated_at = "2024-11-20T10:00:00Z";
    two_years_ago.findings = {finding("f-aaaa")};
    Report last;
    last.generated_at = "2025-11-20T10:00:00Z";
    compare_with_previous(last, *parse_previous_report(json_of(two_years_ago), "old.json"));
    REQUIRE(last.previous->fixed.size() == 1);

    Report now;
    now.findings = {finding("f-aaaa")};
    compare_with_previous(now, *parse_previous_report(json_of(last), "last.json"));
    CHECK(now.findings[0].status == "reappeared");
    CHECK(now.previous->fixed.empty());
    CHECK(comparison_summary(now) == "0 fixed since 2025-11-20, 0 new, 1 came back");
}

TEST_CASE("comparison: accepted findings keep their status", "[pipeline]") {
    Report last;
    last.findings = {finding("f-aaaa")};
    Report now;
    now.findings = {finding("f-aaaa")};
    now.findings[0].status = "accepted";
    compare_with_previous(now, *parse_previous_report(json_of(last), "last.json"));
    CHECK(now.findings[0].status == "accepted");
}

TEST_CASE("comparison: what is not a JSON report is refused naming the file", "[pipeline]") {
    for (std::string_view text :
         {"not json", "[]", "{\"schema_version\": 2, \"findings\": []}", "{\"schema_version\": 1}",
          "{\"schema_version\": 1, \"findings\": [{\"check\": \"x\"}]}"}) {
        auto r = parse_previous_report(text, "last.json");
        REQUIRE_FALSE(r);
        CHECK(r.error().message.find("last.json") == 0);
    }
}
