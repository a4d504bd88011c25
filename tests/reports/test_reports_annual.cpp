// The annual check in every writer: the comparison sentence leads (Markdown, text, JSON),
// accepted findings get their own section and leave the problem counts, fixed findings are
// listed, and trainer mode is said.
#include "reports/format_util.hpp"
#include "reports/sample_report.hpp"
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace audit;

namespace {

bool has(const std::string& text, std::string_view needle) {
    return text.find(needle) != std::string::npos;
}

// The sample report a year on: the high finding accepted, the medium one persisting, one fixed.
Report annual_report() {
    Report r = test::sample_report();
    r.findings[0].status = "accepted";
    r.findings[0].accepted_reason = "Agreed with the head";
    r.findings[0].accepted_until = "2027-11-22";
    r.findings[1].status = "persisting";
    Finding gone = r.findings[2];
    gone.id = "f-00000000000000ff";
    gone.evidence = "an old post";
    r.previous = Comparison{"2025-11-20T09:00:00Z", {gone}};
    return r;
}

} // namespace

TEST_CASE("annual reports: accepted findings leave the counts and the fix-first list",
          "[reports]") {
    const Report r = annual_report();
    CHECK(accepted_count(r) == 1);
    CHECK(to_fix_count(r) == 2);
    CHECK(summary_line(r) == "2 things to fix, 1 to review, 1 accepted");
    CHECK(comparison_summary(r).rfind("1 fixed since 2025-11-20, ", 0) == 0);
}

TEST_CASE("annual reports: Markdown leads with the comparison and lists accepted and fixed",
          "[reports]") {
    const Report r = annual_report();
    const std::string md = test::render(test::writer_for("md"), r);
    CHECK(md.rfind("# Social media audit: Riverside Primary School\n\n**" + comparison_summary(r) +
                       ".**\n\n**2 things to fix",
                   0) == 0);
    const auto accepted = md.find("\n## Accepted\n");
    REQUIRE(accepted != std::string::npos);
    CHECK(has(md.substr(accepted), "Accepted until 2027-11-22: Agreed with the head"));
    CHECK(has(md, "## Fixed since 2025-11-20\n"));
    CHECK(has(md, "an old post"));
    // The accepted finding is not among the problems: its anchor appears only in its own section.
    CHECK(md.find("f-00000000000000a1") > accepted);
}

TEST_CASE("annual reports: the terminal summary leads with the comparison", "[reports]") {
    const Report r = annual_report();
    const std::string text = test::render(test::writer_for("text"), r);
    const auto second_line = text.substr(text.find('\n') + 1);
    CHECK(second_line.rfind(comparison_summary(r) + "\n", 0) == 0);
    CHECK(has(text, "1 accepted finding (your baseline) not listed as problems."));
    CHECK_FALSE(has(text, "employer.content"));
}

TEST_CASE("annual reports: JSON adds comparison, accepted fields and redacted", "[reports]") {
    Report r = annual_report();
    r.redacted = true;
    auto j = nlohmann::json::parse(test::render(test::writer_for("json"), r));
    CHECK(j["schema_version"] == 1);
    CHECK(j["comparison"]["previous_generated_at"] == "2025-11-20T09:00:00Z");
    CHECK(j["comparison"]["summary"] == comparison_summary(r));
    CHECK(j["comparison"]["fixed"][0]["id"] == "f-00000000000000ff");
    CHECK(j["findings"][0]["status"] == "accepted");
    CHECK(j["findings"][0]["accepted_until"] == "2027-11-22");
    CHECK_FALSE(j["findings"][1].contains("accepted_reason"));
    CHECK(j["redacted"] == true);
    CHECK_FALSE(nlohmann::json::parse(test::render(test::writer_for("json"), test::sample_report()))
                    .contains("comparison"));
}
