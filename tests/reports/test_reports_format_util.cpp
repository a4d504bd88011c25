#include "reports/format_util.hpp"
#include "reports/sample_report.hpp"
#include <catch2/catch.hpp>

using namespace audit;

TEST_CASE("format_util: confidence words follow the thresholds", "[reports]") {
    CHECK(confidence_words(0.85) == "very likely");
    CHECK(confidence_words(0.849) == "very likely"); // rounds to 0.85, as printed
    CHECK(confidence_words(0.84) == "likely");
    CHECK(confidence_words(0.6) == "likely");
    CHECK(confidence_words(0.59) == "possible");
    CHECK(confidence_words(std::nan("")) == "possible");
    CHECK(confidence_text(0.923) == "0.92");
    CHECK(confidence_text(2.0) == "1.00");
}

TEST_CASE("format_util: summary line counts things to fix and to review", "[reports]") {
    Report report = test::sample_report();
    CHECK(summary_line(report) == "3 things to fix, 1 to review");
    report.findings.erase(report.findings.begin() + 1, report.findings.end());
    CHECK(summary_line(report) == "1 thing to fix, nothing to review");
    report.findings.clear();
    CHECK(summary_line(report) == "Nothing to fix, nothing to review");
}

TEST_CASE("format_util: clean_text repairs UTF-8 and removes controls and bidi tricks",
          "[reports]") {
    CHECK(clean_text("a\x1b[31mb") == "a [31mb");
    CHECK(clean_text("line one\r\nline two\t end ") == "line one line two end");
    CHECK(clean_text("bad \xC3\x28 and \xF0\x9F") == "bad \uFFFD( and \uFFFD\uFFFD");
    CHECK(clean_text("overlong \xC0\xAF slash") == "overlong \uFFFD\uFFFD slash");
    CHECK(clean_text("surrogate \xED\xA0\x80!") == "surrogate \uFFFD\uFFFD\uFFFD!");
    CHECK(clean_text("abc\u202Egpj.exe") == "abcgpj.exe");
    CHECK(clean_text("C1 \xC2\x9B control") == "C1 control");
    CHECK(clean_text("caf\u00E9 \U0001F600") == "caf\u00E9 \U0001F600");
}

TEST_CASE("format_util: escape_html escapes the five special characters", "[reports]") {
    CHECK(escape_html("<a href=\"x\">Tom & Jerry's</a>") ==
          "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
}

TEST_CASE("format_util: escape_markdown defuses inline and block syntax", "[reports]") {
    CHECK(escape_markdown("*a* _b_ `c` [d](e) <f> | ~g~ & \\") ==
          "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\| \\~g\\~ \\& \\\\");
    CHECK(escape_markdown("# not a heading") == "\\# not a heading");
    CHECK(escape_markdown("- not a list") == "\\- not a list");
    CHECK(escape_markdown("12. not a list") == "12\\. not a list");
    CHECK(escape_markdown("3) not a list") == "3\\) not a list");
    CHECK(escape_markdown("year 4. fine") == "year 4. fine");
    CHECK(escape_markdown("0.1.0") == "0.1.0");
    CHECK(escape_markdown("7.") == "7\\.");
}

TEST_CASE("format_util: only plain https URLs are safe links", "[reports]") {
    CHECK(is_safe_link("https://x.com/jordan/status/123"));
    CHECK_FALSE(is_safe_link("http://x.com/jordan"));
    CHECK_FALSE(is_safe_link("javascript:alert(1)"));
    CHECK_FALSE(is_safe_link("HTTPS://x.com"));
    CHECK_FALSE(is_safe_link("https://"));
    CHECK_FALSE(is_safe_link("https://x.com/\"onmouseover=\"alert(1)"));
    CHECK_FALSE(is_safe_link("https://x.com/a b"));
    CHECK_FALSE(is_safe_link("https://x.com/<script>"));
    CHECK_FALSE(is_safe_link("https://x.com/\xC3\xA9"));
}

TEST_CASE("format_util: truncate_to_width counts code points and marks the cut", "[reports]") {
    CHECK(truncate_to_width("short", 10) == "short");
    CHECK(truncate_to_width("exactly10!", 10) == "exactly10!");
    CHECK(truncate_to_width("a little too long", 10) == "a little \u2026");
    CHECK(truncate_to_width("\u00E9\u00E9\u00E9\u00E9", 3) == "\u00E9\u00E9\u2026");
    CHECK(display_width("\u00E9\u00E9\u2026") == 3);
    CHECK(truncate_to_width("abc", 0).empty());
}

TEST_CASE("format_util: clause citations use the pack name and the ref", "[reports]") {
    CHECK(clause_citation({"bath-wells-mat-2016", "4.3.10", "", Strength::must}) ==
          "bath-wells-mat-2016 4.3.10");
    CHECK(clause_citation({"woodstock-ce-primary-2024", "Cyberbullying", "", Strength::should}) ==
          "woodstock-ce-primary-2024, section \u201CCyberbullying\u201D");
    CHECK(borrowed_intro({"bath-wells-mat-2016", "4.3.10", "", Strength::must}) ==
          "Your school's policy has no clause for this; a similar policy, bath-wells-mat-2016 "
          "4.3.10, says:");
}

TEST_CASE("format_util: scanned counts put the contract's kinds first", "[reports]") {
    Coverage coverage;
    coverage.scanned = {{"searches", 2}, {"posts", 7}, {"logins", 1}};
    const auto counts = scanned_counts(coverage);
    REQUIRE(counts.size() == 7);
    CHECK(counts[0] == std::pair<std::string, std::size_t>{"posts", 7});
    CHECK(counts[4] == std::pair<std::string, std::size_t>{"connections", 0});
    CHECK(counts[5].first == "logins");
    CHECK(counts[6].first == "searches");
}

TEST_CASE("format_util: anchor ids keep only safe characters", "[reports]") {
    CHECK(anchor_id("f-3b9c_01") == "f-3b9c_01");
    CHECK(anchor_id("f-\"><x") == "f-x");
    CHECK(anchor_id("\"'") == "finding");
}
