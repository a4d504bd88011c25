#include "reports/sample_report.hpp"
#include <catch2/catch.hpp>

using namespace audit;

namespace {

std::string md_of(const Report& report) {
    return test::render(test::writer_for("md"), report);
}

bool has(const std::string& text, std::string_view needle) {
    return text.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("markdown_writer: is registered as md with a .md extension", "[reports]") {
    CHECK(test::writer_for("md").extension == ".md");
}

TEST_CASE("markdown_writer: title, summary line and fix-first list", "[reports]") {
    const std::string md = md_of(test::sample_report());
    CHECK(md.rfind("# Social media audit: Riverside Primary School\n\n**3 things to fix, 1 to "
                   "review.** High: 1 \u00B7 Medium: 1 \u00B7 Low: 1 \u00B7 Review: 1\n",
                   0) == 0);
    CHECK(has(md, "## Fix these first\n\n1. **High:** [School named in a post](#f-00000000000000a1)"
                  " \u2014 Facebook, post 2025-03-14T16:02:11Z\n"
                  "2. **Medium:** [Messages with a pupil](#f-00000000000000b2)"));
    CHECK(has(md, "3. **Low:** [Posting during the school day](#f-00000000000000c3)"));
    // Review findings are not in the fix-first list.
    CHECK_FALSE(has(md, "4. **Review:**"));
    CHECK(has(md, "Names of pupils and other people are masked."));
    CHECK(has(md, "Made by staff-audit 0.1.0 on 2026-11-22T10:00:00Z. Policy cited: Woodstock CE "
                  "Primary School \u2014 Social Media Policy (woodstock-ce-primary-2024)."));
}

TEST_CASE("markdown_writer: findings grouped by platform in report order", "[reports]") {
    const std::string md = md_of(test::sample_report());
    const auto facebook = md.find("\n## Facebook\n");
    const auto instagram = md.find("\n## Instagram\n");
    REQUIRE(facebook != std::string::npos);
    REQUIRE(instagram != std::string::npos);
    CHECK(facebook < md.find("### High: School named in a post"));
    CHECK(md.find("### High: School named in a post") < md.find("### Low: Posting during"));
    CHECK(md.find("### Low: Posting during") < instagram);
    CHECK(instagram < md.find("### Medium: Messages with a pupil"));
    CHECK(md.find("### Medium: Messages with a pupil") < md.find("### Review: Public account"));
    CHECK(has(md, "<a id=\"f-00000000000000a1\"></a>"));
}

TEST_CASE("markdown_writer: evidence and export text are escaped", "[reports]") {
    const std::string md = md_of(test::sample_report());
    CHECK_FALSE(has(md, "<script>"));
    CHECK_FALSE(has(md, "<b>"));
    CHECK(has(
        md,
        "**What was found:**\n\n> \u201Cso proud of my Year 4 class at R\\*\\*\\*\\*\\* Primary "
        "\\<script\\>alert('x')\\</script\\> \\| \\*bold\\* \\_em\\_ \\& co\u201D"));
    CHECK(has(md, "| coffee break \\<b\\>again\\</b\\> |"));
    CHECK(has(md, "- File: your\\_facebook\\_activity/posts/your\\_posts\\_1.json"));
}

TEST_CASE("markdown_writer: where, why, how sure and steps", "[reports]") {
    const std::string md = md_of(test::sample_report());
    CHECK(
        has(md, "- Link: [Open on Facebook](<https://www.facebook.com/jordan/posts/123?a=1&b=2>)"));
    CHECK(has(md, "- Media: media/photo\\_7.jpg"));
    CHECK(has(md, "> \u201CStaff members will not post any information which could identify a "
                  "pupil, class, or the school\u201D\n>\n> \u2014 woodstock-ce-primary-2024, "
                  "section \u201CStaff Use of Personal Social Media\u201D"));
    CHECK(has(md, "Your school's policy has no clause for this; a similar policy, "
                  "bath-wells-mat-2016 4.3.1, says:\n\n> \u201CStaff must not use personal social "
                  "media to communicate with pupils\u201D"));
    CHECK(has(md, "**How sure:** very likely (0.92). Signals: school alias 'Riverside Primary' in "
                  "text; posted in school hours."));
    CHECK(has(md, "**How sure:** likely (0.70)."));
    CHECK(has(md, "**How sure:** likely (0.61)."));
    CHECK(has(md, "**How sure:** possible (0.40)."));
    CHECK(has(md, "**Status:** still there since the last audit"));
    CHECK(has(md, "**How to fix it:**\n\n1. Open Facebook \\> Profile \\> Manage posts\n"
                  "2. Delete the post or edit out the school's name\n"));
}

TEST_CASE("markdown_writer: only https links become links", "[reports]") {
    const std::string md = md_of(test::sample_report());
    CHECK(has(md,
              "| post 2025-03-03T10:15:00Z ([open](<https://www.facebook.com/jordan/posts/1>)) |"));
    CHECK_FALSE(has(md, "(<http://"));
    CHECK_FALSE(has(md, "(<javascript:"));
    CHECK(has(md, "- Address: javascript:alert(1)"));
    CHECK(has(md, "**Covers 3 items:**"));
    CHECK(has(md, "**What was found:** Public account\n"));
}

TEST_CASE("markdown_writer: coverage lists sources, problems, scanned and skipped", "[reports]") {
    const std::string md = md_of(test::sample_report());
    CHECK(has(md,
              "## What was checked\n\n| Export | Platform | Format | Items | Media | Problems |"));
    CHECK(has(md, "| facebook-jordan.zip | Facebook | json | 1234 | 210 | 1 |"));
    CHECK(has(md, "| instagram-jordan | Instagram | html | 300 | 20 | 0 |"));
    CHECK(has(md, "- your\\_facebook\\_activity/posts/broken.json: not valid JSON at byte 12"));
    CHECK(has(md, "Scanned: 120 posts, 40 comments, 12 messages, 230 media, 300 connections, "
                  "5 searches."));
    CHECK(has(md, "### Not checked\n\n- Facebook messages: not in this export\n"));
}

TEST_CASE("markdown_writer: an empty report says there is nothing to fix", "[reports]") {
    Report empty;
    empty.tool_version = "0.1.0";
    const std::string md = md_of(empty);
    CHECK(has(md, "**Nothing to fix, nothing to review.**"));
    CHECK_FALSE(has(md, "## Fix these first"));
    CHECK(has(md, "Nothing in these exports matches what the policy warns about."));
}

TEST_CASE("markdown_writer: writing twice gives identical bytes", "[reports]") {
    const Report report = test::sample_report();
    CHECK(md_of(report) == md_of(report));
}
