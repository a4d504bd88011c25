#include "reports/sample_report.hpp"
#include <catch2/catch.hpp>

using namespace audit;

namespace {

std::string html_of(const Report& report) {
    return test::render(test::writer_for("html"), report);
}

std::size_t count(const std::string& text, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos;
         at = text.find(needle, at + needle.size()))
        ++n;
    return n;
}

struct Attribute {
    std::string name;
    std::string value;
    std::string tag; // the whole start tag it sits in
};

std::string lower(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// Every src= and href= attribute (any case, quoted or not) with the start tag around it.
std::vector<Attribute> url_attributes(const std::string& html) {
    const std::string folded = lower(html);
    std::vector<Attribute> found;
    for (std::size_t open = folded.find('<'); open != std::string::npos;
         open = folded.find('<', open + 1)) {
        const std::size_t close = folded.find('>', open);
        if (close == std::string::npos) break;
        const std::string tag = html.substr(open, close - open + 1);
        const std::string folded_tag = folded.substr(open, close - open + 1);
        for (std::string name : {"href", "src"}) {
            for (std::size_t at = folded_tag.find(name); at != std::string::npos;
                 at = folded_tag.find(name, at + 1)) {
                std::size_t v = at + name.size();
                while (v < folded_tag.size() && folded_tag[v] == ' ')
                    ++v;
                if (v >= folded_tag.size() || folded_tag[v] != '=') continue;
                ++v;
                while (v < folded_tag.size() && folded_tag[v] == ' ')
                    ++v;
                const char quote = tag[v] == '"' || tag[v] == '\'' ? tag[v] : ' ';
                if (quote != ' ') ++v;
                const std::size_t end =
                    tag.find_first_of(quote == ' ' ? " >" : std::string(1, quote), v);
                found.push_back({name, tag.substr(v, end - v), tag});
            }
        }
    }
    return found;
}

} // namespace

TEST_CASE("html_writer: is registered as html with a .html extension", "[reports]") {
    CHECK(test::writer_for("html").extension == ".html");
}

TEST_CASE("html_writer: head has charset, viewport and the content security policy", "[reports]") {
    const std::string html = html_of(test::sample_report());
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">") !=
          std::string::npos);
    CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    "style-src 'sha256-") != std::string::npos);
    CHECK(html.find("unsafe-inline") == std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.size() > 0);
    CHECK(html.substr(html.size() - 8) == "</html>\n");
}

TEST_CASE("html_writer: loads nothing from outside the file", "[reports]") {
    const std::string html = html_of(test::sample_report());
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("<script src") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<iframe") == std::string::npos);
    CHECK(count(html, "<script") == 1);
    CHECK(count(html, "<script>") == 1);
}

TEST_CASE("html_writer: only https finding links leave the page, with rel noreferrer",
          "[reports]") {
    const std::string html = html_of(test::sample_report());
    const auto attributes = url_attributes(html);
    REQUIRE_FALSE(attributes.empty());
    std::vector<std::string> outside;
    for (const Attribute& a : attributes) {
        CHECK(a.name == "href");
        const std::string& v = a.value;
        if (v.rfind("#", 0) == 0) continue;
        // A photo in the unpacked export beside the report: relative, without a scheme.
        if (a.tag.find("class=\"media\"") != std::string::npos) {
            CHECK(v.find(':') == std::string::npos);
            CHECK(v.rfind("/", 0) != 0);
            CHECK(v.find("..") == std::string::npos);
            continue;
        }
        outside.push_back(v);
        CHECK(v.rfind("https://", 0) == 0);
        CHECK(v.find("http://") == std::string::npos);
        CHECK(a.tag.find("rel=\"noreferrer noopener\"") != std::string::npos);
    }
    // The post's link (with & escaped in the attribute) and the first instance's link; the
    // http:// instance and the javascript: location stay text.
    CHECK(outside ==
          std::vector<std::string>{"https://www.facebook.com/jordan/posts/123?a=1&amp;b=2",
                                   "https://www.facebook.com/jordan/posts/1"});
    CHECK(html.find("href=\"javascript:") == std::string::npos);
    CHECK(html.find("href=\"http://insecure") == std::string::npos);
}

TEST_CASE("html_writer: export text is escaped everywhere", "[reports]") {
    Report report = test::sample_report();
    report.school = "Riverside \"<Primary>\" & 'Co'";
    report.findings[0].location.item = "post \"><img src=x onerror=alert(1)>";
    const std::string html = html_of(report);
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("<b>again</b>") == std::string::npos);
    CHECK(html.find("&lt;b&gt;again&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("post &quot;&gt;&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(html.find("Riverside &quot;&lt;Primary&gt;&quot; &amp; &#39;Co&#39;") !=
          std::string::npos);
}

TEST_CASE("html_writer: h1 summary, h2 per platform, h3 per finding", "[reports]") {
    const std::string html = html_of(test::sample_report());
    CHECK(html.find("<h1>3 things to fix, 1 to review</h1>") != std::string::npos);
    CHECK(count(html, "<h1>") == 1);
    CHECK(html.find("<h2 id=\"platform-facebook\">Facebook</h2>") != std::string::npos);
    CHECK(html.find("<h2 id=\"platform-instagram\">Instagram</h2>") != std::string::npos);
    CHECK(html.find("platform-x") == std::string::npos);
    CHECK(count(html, "<article class=\"finding") == 4);
    CHECK(count(html, "<h3><span class=\"badge") == 4);
    // Facebook's findings come before Instagram's, each in report order.
    CHECK(html.find("id=\"f-00000000000000a1\"") < html.find("id=\"f-00000000000000c3\""));
    CHECK(html.find("id=\"f-00000000000000c3\"") < html.find("id=\"platform-instagram\""));
}

TEST_CASE("html_writer: severity is written as text, not only colour", "[reports]") {
    const std::string html = html_of(test::sample_report());
    CHECK(html.find("<h3><span class=\"badge sev-high\">High</span>School named in a post</h3>") !=
          std::string::npos);
    CHECK(html.find("<span class=\"badge sev-review\">Review</span>Public account") !=
          std::string::npos);
}

TEST_CASE("html_writer: has the same content as the Markdown report", "[reports]") {
    const std::string html = html_of(test::sample_report());
    CHECK(html.find("Your school&#39;s policy has no clause for this; a similar policy, "
                    "bath-wells-mat-2016 4.3.1, says:") != std::string::npos);
    CHECK(html.find("\u2014 woodstock-ce-primary-2024, section \u201CStaff Use of Personal Social "
                    "Media\u201D") != std::string::npos);
    CHECK(html.find("very likely (0.92)") != std::string::npos);
    CHECK(html.find("likely (0.70)") != std::string::npos);
    CHECK(html.find("possible (0.40)") != std::string::npos);
    CHECK(html.find("<li>Delete the post or edit out the school&#39;s name</li>") !=
          std::string::npos);
    CHECK(html.find("<summary>Covers 3 items</summary>") != std::string::npos);
    CHECK(html.find("still there since the last audit") != std::string::npos);
    CHECK(html.find("<a href=\"#f-00000000000000a1\">School named in a post</a>") !=
          std::string::npos);
    CHECK(html.find("not valid JSON at byte 12") != std::string::npos);
    CHECK(html.find("Facebook messages: not in this export") != std::string::npos);
    CHECK(html.find("5 searches") != std::string::npos);
}

TEST_CASE("html_writer: writing twice gives identical bytes", "[reports]") {
    const Report report = test::sample_report();
    CHECK(html_of(report) == html_of(report));
}

TEST_CASE("html_writer: --thumbnails pictures are data: images the policy allows, and only then",
          "[reports]") {
    Report report = test::sample_report();
    Finding* photo = nullptr;
    for (Finding& f : report.findings)
        if (!f.location.media.empty() && !photo) photo = &f;
    REQUIRE(photo);
    photo->thumbnail = "data:image/jpeg;base64,/9j/4AAQ";
    report.thumbnails = "blurred";
    const std::string html = html_of(report);
    CHECK(html.find("; img-src data:; ") != std::string::npos);
    CHECK(count(html, "<img class=\"thumb\" src=\"data:image/jpeg;base64,/9j/4AAQ\" alt=\"Blurred small "
                      "picture of " + photo->location.media + "\" width=\"160\">") == 1);
    CHECK(count(html, "<img") == 1);
    report.thumbnails.clear();
    photo->thumbnail.clear();
    CHECK(html_of(report).find("img-src") == std::string::npos);
}
