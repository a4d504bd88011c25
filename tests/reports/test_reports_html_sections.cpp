// The HTML report's sections for an annual check (accepted, fixed since, comparison, redaction,
// photos, timeline, coverage, presenter controls) and its small helpers.
#include "reports/html_parts.hpp"
#include "reports/sample_report.hpp"
#include <catch2/catch.hpp>

using namespace audit;

namespace {

std::string html_of(const Report& report) {
    return test::render(test::writer_for("html"), report);
}

bool has(const std::string& text, std::string_view needle) {
    return text.find(needle) != std::string::npos;
}

// The text of the first <tag>…</tag> element.
std::string element_text(const std::string& html, const std::string& tag) {
    const std::string open = "<" + tag + ">";
    const std::size_t start = html.find(open);
    if (start == std::string::npos) return {};
    const std::size_t from = start + open.size();
    return html.substr(from, html.find("</" + tag + ">", from) - from);
}

// The part of the page between two markers, for checking what a section holds.
std::string between(const std::string& html, std::string_view from, std::string_view to) {
    const std::size_t start = html.find(from);
    if (start == std::string::npos) return {};
    return html.substr(start, html.find(to, start) - start);
}

} // namespace

TEST_CASE("html csp_hash: base64 SHA-256 in CSP source syntax", "[reports]") {
    CHECK(html::csp_hash("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    CHECK(html::csp_hash("abc") == "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
}

TEST_CASE("html_writer: the CSP allows exactly its own style and script, and no fetch",
          "[reports]") {
    const std::string html = html_of(test::sample_report_with_history());
    const std::string policy = between(html, "content=\"default-src", "\">");
    CHECK(policy.rfind("content=\"default-src 'none'; ", 0) == 0);
    CHECK(has(policy, "style-src " + html::csp_hash(element_text(html, "style")) + ";"));
    CHECK(has(policy, "script-src " + html::csp_hash(element_text(html, "script")) + ";"));
    CHECK(has(policy, "base-uri 'none'"));
    CHECK(has(policy, "form-action 'none'"));
    for (std::string_view loose :
         {"unsafe-inline", "unsafe-eval", "http", "*", "img-src", "connect-src", "font-src"})
        CHECK_FALSE(has(policy, loose));
    // Inline style attributes would need 'unsafe-inline': there are none.
    CHECK_FALSE(has(html, " style=\""));
}

TEST_CASE("html_writer: accepted findings have their own section and are not counted",
          "[reports]") {
    const std::string html = html_of(test::sample_report_with_history());
    CHECK(has(html, "<h1>4 things to fix, 1 to review, 1 accepted</h1>"));
    const std::string accepted = between(html, "<h2 id=\"accepted\">", "</section>");
    CHECK(has(accepted, "<strong>School named as employer</strong> \u2014 LinkedIn, profile "
                        "headline. Accepted because \u201Cthe head agreed LinkedIn may name the "
                        "school\u201D, until 2027-11-22."));
    CHECK_FALSE(has(html, "platform-linkedin"));
    CHECK_FALSE(has(between(html, "<h2 id=\"fix-first\">", "</section>"), "employer"));
    CHECK_FALSE(has(html, "<option value=\"employer.profile\">"));
    CHECK(has(html, "<a href=\"#accepted\">Accepted for now</a>"));
}

TEST_CASE("html_writer: leads with the comparison and lists what was fixed", "[reports]") {
    const std::string html = html_of(test::sample_report_with_history());
    CHECK(has(html, "<p class=\"lead\">1 fixed since 2025-11-20, 4 new, 1 still there</p>"));
    CHECK(has(html, "<h2 id=\"fixed\">Fixed since 2025-11-20</h2>"));
    CHECK(
        has(html, "<li><strong>Following a pupil</strong> \u2014 Instagram, following s***</li>"));
    const std::string plain = html_of(test::sample_report());
    CHECK_FALSE(has(plain, "class=\"lead\""));
    CHECK_FALSE(has(plain, "id=\"fixed\""));
    CHECK_FALSE(has(plain, "id=\"accepted\""));
}

TEST_CASE("html_writer: a redacted report says so in a banner", "[reports]") {
    CHECK(has(html_of(test::sample_report_with_history()), "<p class=\"banner\" role=\"note\">"
                                                           "Redacted for training"));
    CHECK_FALSE(has(html_of(test::sample_report()), "class=\"banner\""));
}

TEST_CASE("html_writer: a photo is linked where it lies in the export, never embedded",
          "[reports]") {
    const std::string html = html_of(test::sample_report_with_history());
    CHECK(has(html, "<dt>Photo</dt><dd><a class=\"media\" href=\"facebook-jordan/"
                    "your_facebook_activity/posts/media/sports%20day.jpg\">"));
    CHECK(has(html, "The report holds no copy of it."));
    CHECK_FALSE(has(html, "<img"));
    CHECK_FALSE(has(html, "data:image"));
}

TEST_CASE("html media_href: relative, encoded, and never outside the export", "[reports]") {
    CHECK(html::media_href("x-jordan", "data/tweets_media/1-a b.jpg") ==
          "x-jordan/data/tweets_media/1-a%20b.jpg");
    CHECK(html::media_href("", "media/\u00E9t\u00E9.jpg") == "media/%C3%A9t%C3%A9.jpg");
    CHECK(html::media_href("folder", "a\"><script>.jpg") == "folder/a%22%3E%3Cscript%3E.jpg");
    for (std::string_view bad : {"", "/etc/passwd", "../../secret.jpg", "media/../../x.jpg",
                                 "javascript:alert(1)", "C:\\photos\\a.jpg", "a\nb.jpg"})
        CHECK_FALSE(html::media_href("folder", bad));
    // A hostile folder name is left out rather than trusted.
    CHECK(html::media_href("../up", "media/a.jpg") == "media/a.jpg");
}

TEST_CASE("html export_folder: the export's base name without .zip", "[reports]") {
    Report r = test::sample_report();
    r.sources[0].path = "/home/jo/Downloads/facebook-jordan.zip";
    r.sources[1].path = "exports/instagram-jordan/";
    CHECK(html::export_folder(r, Platform::facebook) == "facebook-jordan");
    CHECK(html::export_folder(r, Platform::instagram) == "instagram-jordan");
    CHECK(html::export_folder(r, Platform::tiktok).empty());
}

TEST_CASE("html date_in: the first YYYY-MM-DD in an item identity", "[reports]") {
    CHECK(html::date_in("post 2025-03-14T16:02:11Z") == "2025-03-14");
    CHECK(html::date_in("conversation with S** 2025-05-02") == "2025-05-02");
    CHECK(html::date_in("account privacy").empty());
    CHECK(html::date_in("post 2025-3-14").empty());
}

TEST_CASE("html_writer: the timeline counts items by year and platform, with text alternatives",
          "[reports]") {
    const std::string html = html_of(test::sample_report_with_history());
    const std::string svg = between(html, "<svg", "</svg>");
    REQUIRE_FALSE(svg.empty());
    CHECK(has(svg, "role=\"img\" aria-labelledby=\"tl-title tl-desc\""));
    // Facebook: the 2019 photo, the 2025 post and the 3 posts of the pattern finding.
    CHECK(has(svg, "<desc id=\"tl-desc\">Flagged items by year. Facebook: 2019 1, 2025 4. "
                   "Instagram: 2025 1.</desc>"));
    CHECK(has(svg, ">Facebook</text>"));
    CHECK(has(svg, ">2019</text>"));
    CHECK(has(svg, ">2022</text>")); // the years between are on the axis too
    CHECK(has(html, "1 flagged item has no date"));
    const std::string table =
        between(html, "<summary>The timeline as a table</summary>", "</table>");
    CHECK(has(table,
              "<tr><th scope=\"row\">Facebook</th><td class=\"num\">1</td>"
              "<td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td>"
              "<td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">4</td></tr>"));
}

TEST_CASE("html_writer: no timeline when nothing has a date", "[reports]") {
    Report r = test::sample_report();
    for (Finding& f : r.findings) {
        f.location.item = "setting";
        f.instances.clear();
    }
    CHECK_FALSE(has(html_of(r), "<svg"));
}

TEST_CASE("html_writer: every card carries its filter keys and a labelled done tick", "[reports]") {
    const std::string html = html_of(test::sample_report_with_history());
    CHECK(has(html, "id=\"f-00000000000000a1\" tabindex=\"-1\" data-platform=\"facebook\" "
                    "data-severity=\"high\" data-check=\"employer.content\">"));
    CHECK(has(html, "<input type=\"checkbox\" id=\"done-f-00000000000000a1\" "
                    "data-finding=\"f-00000000000000a1\"><label for=\"done-f-00000000000000a1\">"));
    CHECK(has(html, "<option value=\"instagram\">Instagram</option>"));
    CHECK(has(html, "<option value=\"review\">Review</option>"));
    CHECK(has(html, "<option value=\"image.pupil-face\">Photo that may show pupils</option>"));
    CHECK(has(html, "<form class=\"filters\" id=\"filters\" hidden>"));
    CHECK(has(html,
              "<p class=\"filter-status\" id=\"filter-status\" role=\"status\">5 findings.</p>"));
    CHECK(has(html, "local storage"));
}

TEST_CASE("html_writer: a hostile check id cannot leave its attribute", "[reports]") {
    Report r = test::sample_report();
    r.findings[0].check = "x\" onmouseover=\"alert(1)";
    const std::string html = html_of(r);
    CHECK_FALSE(has(html, "\" onmouseover=\""));
    CHECK(has(html, "data-check=\"x&quot; onmouseover=&quot;alert(1)\""));
}

TEST_CASE("html_writer: presenter controls and pager are present and start hidden", "[reports]") {
    const std::string html = html_of(test::sample_report());
    CHECK(has(html, "id=\"tools\" role=\"group\" aria-label=\"Presenter view\" hidden>"));
    CHECK(has(html, "<button type=\"button\" id=\"large-type\" aria-pressed=\"false\">"));
    CHECK(has(html, "<button type=\"button\" id=\"one-at-a-time\" aria-pressed=\"false\">"));
    CHECK(has(html, "<div class=\"pager\" id=\"pager\" hidden>"));
    CHECK(has(html, "<a class=\"skip\" href=\"#findings\">"));
}

TEST_CASE("html_writer: coverage lists exports, kinds, what was not checked and timings",
          "[reports]") {
    const std::string html = html_of(test::sample_report_with_history());
    const std::string coverage = between(html, "<h2 id=\"coverage\">", "</section>");
    CHECK(has(coverage, "<caption>Exports read</caption>"));
    CHECK(has(coverage, "<tr><th scope=\"row\">searches</th><td class=\"num\">5</td></tr>"));
    CHECK(has(coverage, "<h3>Not checked, and why</h3>"));
    CHECK(has(coverage, "<li>Facebook messages: not in this export</li>"));
    CHECK(has(coverage, "<tr><td>checks</td><td class=\"num\">1.25 s</td>"
                        "<td class=\"num\">2.50 s</td></tr>"));
    CHECK(has(coverage, "Peak memory: 80 MB."));
    CHECK_FALSE(has(html_of(test::sample_report()), "How long the scan took"));
}

TEST_CASE("html_writer: with history, writing twice gives identical bytes", "[reports]") {
    const Report report = test::sample_report_with_history();
    CHECK(html_of(report) == html_of(report));
}

TEST_CASE("html_writer: an https address in a step is a link, anything else stays text",
          "[reports]") {
    Report r = test::sample_report();
    r.findings[0].remediation = {"Open it directly: https://www.facebook.com/jordan/posts/9 now",
                                 "Or http://insecure.example/x", "Or https://bad\"x"};
    const std::string html = html_of(r);
    CHECK(has(html, "<li>Open it directly: <a class=\"ext\" "
                    "href=\"https://www.facebook.com/jordan/posts/9\" rel=\"noreferrer noopener\" "
                    "target=\"_blank\">https://www.facebook.com/jordan/posts/9</a> now</li>"));
    CHECK(has(html, "<li>Or http://insecure.example/x</li>"));
    CHECK(has(html, "<li>Or https://bad&quot;x</li>"));
}
