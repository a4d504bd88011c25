#include "reports/format_util.hpp"
#include "reports/sample_report.hpp"
#include <catch2/catch.hpp>

using namespace audit;

namespace {

std::string text_of(const Report& report, bool colour = false, int width = 100) {
    return test::render(test::writer_for("text"), report, TerminalStyle{colour, width});
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end = text.find('\n'); end != std::string::npos;
         start = end + 1, end = text.find('\n', start))
        lines.push_back(text.substr(start, end - start));
    return lines;
}

bool has(const std::string& text, std::string_view needle) {
    return text.find(needle) != std::string::npos;
}

Report many_findings(std::size_t n) {
    Report report = test::sample_report();
    const Finding review = report.findings.back();
    const Finding high = report.findings.front();
    report.findings.clear();
    for (std::size_t i = 0; i < n; ++i)
        report.findings.push_back(review);
    report.findings.push_back(high); // out of order on purpose: most severe must still come first
    return report;
}

} // namespace

TEST_CASE("text_writer: is registered as text with a .txt extension", "[reports]") {
    CHECK(test::writer_for("text").extension == ".txt");
}

TEST_CASE("text_writer: one line per source, counts, then findings", "[reports]") {
    const std::string text = text_of(test::sample_report());
    const auto lines = lines_of(text);
    REQUIRE(lines.size() == 10);
    CHECK(lines[0] == "staff-audit 0.1.0 \u00B7 Riverside Primary School \u00B7 policy "
                      "woodstock-ce-primary-2024");
    CHECK(lines[1] == "Exports read:");
    CHECK(lines[2] == "  Facebook  facebook-jordan.zip: 1234 items, 210 media files, 1 problem");
    CHECK(lines[3] == "  Instagram instagram-jordan: 300 items, 20 media files, no problems");
    CHECK(lines[4] == "3 things to fix, 1 to review \u2014 1 high, 1 medium, 1 low");
    CHECK(lines[5] == "Findings:");
    CHECK(lines[6].rfind("  HIGH   employer.content  Facebook post 2025-03-14T16:02:11Z: 'so proud",
                         0) == 0);
    CHECK(lines[7].rfind("  MEDIUM contact.pupil-message  Instagram conversation with S** "
                         "2025-05-02: 'see you in class",
                         0) == 0);
    CHECK(lines[8].rfind("  LOW    usage.school-hours", 0) == 0);
    CHECK(lines[9] == "  REVIEW privacy.public-account  Instagram account privacy: Public account");
    CHECK_FALSE(has(text, "Full report"));
}

TEST_CASE("text_writer: no escape bytes without colour, even from hostile text", "[reports]") {
    Report report = test::sample_report();
    report.findings[0].evidence = "title change \x1b]0;pwned\x07 and \x1b[2J clear";
    report.sources[0].path = "export\x1b[31m.zip";
    const std::string text = text_of(report, false, 200);
    CHECK_FALSE(has(text, "\x1b"));
    CHECK_FALSE(has(text, "\x07"));
    CHECK(has(text, "title change ]0;pwned and [2J clear"));
}

TEST_CASE("text_writer: colour on uses ANSI only around tags and headings", "[reports]") {
    Report report = test::sample_report();
    report.findings[0].evidence = "evil \x1b[2J";
    const std::string text = text_of(report, true);
    CHECK(has(text, "\x1b[1;31mHIGH  \x1b[0m"));
    CHECK(has(text, "\x1b[1mExports read:\x1b[0m"));
    CHECK_FALSE(has(text, "\x1b[2J"));
}

TEST_CASE("text_writer: every line fits the width", "[reports]") {
    for (int width : {40, 60, 100}) {
        const std::string text = text_of(test::sample_report(), false, width);
        for (const std::string& line : lines_of(text)) {
            INFO(line);
            CHECK(display_width(line) <= static_cast<std::size_t>(width));
        }
        CHECK(has(text, "\u2026"));
    }
    const std::string tiny = text_of(test::sample_report(), false, 0);
    for (const std::string& line : lines_of(tiny))
        CHECK(display_width(line) <= 20);
}

TEST_CASE("text_writer: at most ten findings, most severe first", "[reports]") {
    const std::string text = text_of(many_findings(14));
    const auto lines = lines_of(text);
    std::size_t finding_lines = 0;
    for (const std::string& line : lines)
        if (line.rfind("  HIGH ", 0) == 0 || line.rfind("  REVIEW ", 0) == 0) ++finding_lines;
    CHECK(finding_lines == 10);
    CHECK(has(text, "Most urgent findings:\n  HIGH   employer.content"));
    CHECK(lines.back() == "  \u2026and 5 more in the full report.");
}

TEST_CASE("text_writer: an empty report says so", "[reports]") {
    Report empty;
    empty.tool_version = "0.1.0";
    const std::string text = text_of(empty);
    CHECK(has(text, "Exports read:\n  none\n"));
    CHECK(has(text, "Nothing to fix, nothing to review \u2014 0 high, 0 medium, 0 low"));
    CHECK(has(text, "Nothing in these exports matches what the policy warns about."));
}

TEST_CASE("text_writer: writing twice gives identical bytes", "[reports]") {
    const Report report = test::sample_report();
    CHECK(text_of(report, true) == text_of(report, true));
    CHECK(text_of(report, false) == text_of(report, false));
}
