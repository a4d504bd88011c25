// The gumbo adapter: elements by tag and class token, text with whitespace collapsed and
// entities decoded, attributes, HTML soup, and the limits that keep hostile pages bounded.
#include "audit/parse/html.hpp"
#include <catch2/catch.hpp>
#include <string>

using namespace audit;

namespace {

HtmlDocument parse_ok(std::string html) {
    Result<HtmlDocument> doc = HtmlDocument::parse(std::move(html));
    REQUIRE(doc);
    return std::move(*doc);
}

std::string repeat(std::string_view piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

// The shape of a Meta "Download Your Information" page: <base>, inline CSS, records.
const char* k_meta_page =
    R"(<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />)"
    R"(<base href="../../" /><style type="text/css">._a6-g{background:white}._a72d{padding:12px})"
    R"(a:hover{text-decoration:underline}</style><title>Your friends</title></head>)"
    R"(<body class="_5vb_ _2yq _a7o5"><div class="_a706" role="main">)"
    R"(<div class="_a6-g"><div class="_2ph_ _a6-h _a6-i">Anna   Bell</div>)"
    R"(<div class="_3-94 _a6-o _2pie"><div class="_a72d">Feb 22, 2024 8:10:40pm</div></div></div>)"
    R"(<div class="_a6-g"><div class="_2ph_ _a6-h _a6-i">Tom &amp; Jerry&#039;s &#064;home</div>)"
    R"(<div class="_3-94 _a6-o"><a target="_blank" href="https://www.facebook.com/dyi/l/?l=AY&amp;s=518">)"
    R"(<div class="_a72d">Feb 13, 2024 1:04:27pm</div></a></div></div>)"
    R"(</div></body></html>)";

} // namespace

TEST_CASE("html: finds records by class token and reads their text", "[parse][html]") {
    const HtmlDocument doc = parse_ok(k_meta_page);
    CHECK(doc.title() == "Your friends");
    CHECK(doc.base_href() == "../../");
    const auto records = doc.find_all("div", "_a6-g");
    REQUIRE(records.size() == 2);
    CHECK(records[0].find_first("", "_a6-h").text() == "Anna Bell");
    CHECK(records[0].find_first("div", "_a72d").text() == "Feb 22, 2024 8:10:40pm");
    // Entities decoded by gumbo, whitespace runs collapsed.
    CHECK(records[1].find_first("", "_a6-h").text() == "Tom & Jerry's @home");
    // The date is wrapped in a link whose href keeps its decoded '&'.
    const HtmlElement link = records[1].find_first("a");
    REQUIRE(link);
    CHECK(link.attr("href") == "https://www.facebook.com/dyi/l/?l=AY&s=518");
    CHECK(link.attribute("target") == std::optional<std::string_view>("_blank"));
    CHECK_FALSE(link.attribute("rel"));
    CHECK(link.find_first("div").closest("div", "_a6-g") == records[1]);
    // The CSS in <head> is never text.
    CHECK(doc.root().text().find("background") == std::string::npos);
}

TEST_CASE("html: class tokens match whole words only", "[parse][html]") {
    const HtmlDocument doc =
        parse_ok(R"(<div id="x" class="  _2ph_	_a6-h
            _a6-i "></div><div class="_a6-hx"></div>)");
    const HtmlElement div = doc.find_first("div");
    CHECK(div.has_class("_a6-h"));
    CHECK(div.has_class("_2ph_"));
    CHECK(div.has_class("_a6-i"));
    CHECK_FALSE(div.has_class("_a6"));
    CHECK_FALSE(div.has_class(""));
    CHECK(doc.find_all("", "_a6-h").size() == 1);
    CHECK(doc.find_all("div").size() == 2);
}

TEST_CASE("html: text keeps lines at <br> and block edges when asked", "[parse][html]") {
    const HtmlDocument doc = parse_ok(
        "<div id=p>First&nbsp;&nbsp;line<br />second <b>bold</b>\n  line<div>third</div>"
        "<span>same</span> line</div>");
    const HtmlElement div = doc.find_first("div");
    CHECK(div.text() == "First line second bold line third same line");
    CHECK(div.text_lines() == "First line\nsecond bold line\nthird\nsame line");
    // Its own text nodes only: not <b>, the inner div or the span.
    CHECK(div.own_text() == "First line second line line");
}

TEST_CASE("html: own_text reads only the element's own text nodes", "[parse][html]") {
    const HtmlDocument doc = parse_ok(
        R"(<table><tr><td colspan="2" class="_2pin _a6_q">Username<div><div>jordan.ellis</div></div></td></tr></table>)");
    const HtmlElement cell = doc.find_first("td", "_a6_q");
    REQUIRE(cell);
    CHECK(cell.own_text() == "Username");
    CHECK(cell.find_first("div").text() == "jordan.ellis");
    CHECK(cell.children().size() == 1);
    CHECK(cell.parent().tag() == "tr");
}

TEST_CASE("html: HTML soup still gives a tree", "[parse][html]") {
    struct Case {
        std::string html;
        const char* tag;
        std::size_t count;
    };
    const Case cases[] = {
        {"<div class=_a6-g><p>unclosed<p>twice<div class=_a6-g>inner", "div", 2},
        {"<table><td>cell without tr or tbody</table>", "td", 1},
        {"</div></div><div>stray end tags</span>", "div", 1},
        {"<b><i>misnested</b></i>", "i", 1},
        {"<a href='x>y'>quoted > in value</a>", "a", 1},
        {"\xff\xfe<div>\x80invalid UTF-8</div>", "div", 1},
        {std::string("<div>nul\0byte</div>", 19), "div", 1},
        {"", "div", 0},
        {"plain text, no tags", "div", 0},
    };
    for (const Case& c : cases) {
        INFO(c.html);
        const HtmlDocument doc = parse_ok(c.html);
        CHECK(doc.root().tag() == "html");
        CHECK(doc.body());
        CHECK(doc.find_all(c.tag).size() == c.count);
    }
    CHECK(parse_ok("<a href='x>y'>quoted</a>").find_first("a").attr("href") == "x>y");
    CHECK(parse_ok("<p>unclosed<p>twice").body().text() == "unclosed twice");
}

TEST_CASE("html: deep nesting is refused, not overflowed", "[parse][html]") {
    // 100 000 nested divs would make gumbo slow (quadratic) and its recursive free overflow.
    const std::string deep = repeat("<div>", 100000) + "x";
    Result<HtmlDocument> refused = HtmlDocument::parse(deep);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("nested deeper than") != std::string::npos);

    // Just under the limit: parsed, and every walk (text, find_all, closest) is iterative.
    const std::size_t depth = k_max_html_depth - 8;
    const HtmlDocument doc = parse_ok(repeat("<div class=d>", depth) + "deep text" +
                                      repeat("</div>", depth));
    const auto divs = doc.find_all("div", "d");
    REQUIRE(divs.size() == depth);
    CHECK(doc.root().text() == "deep text");
    CHECK(divs.back().closest("body"));
}

TEST_CASE("html: the nesting estimate follows how a browser closes tags", "[parse][html]") {
    struct Case {
        std::string html;
        std::size_t depth;
    };
    const Case cases[] = {
        {"<div><div></div><div><span></span></div></div>", 3},
        {"<img src=a><br/><meta charset=utf-8><hr>", 0},
        {"<div/><div/>", 2}, // not self-closing in HTML
        {"<div><p>x</div></div></div>", 2},
        {"<div></x></y><div>", 2}, // stray end tags close nothing
        {"<!-- <div><div> --><div>", 1},
        {"<!--><div>", 1},          // an empty comment
        {"<style>div>p{}</style><script>if(a<b){}</script><div>", 1},
        {"<svg><style><div><div>", 4}, // in SVG, <style> holds elements
        {"<div a=x'><div><div>'>", 3}, // a quote inside an unquoted value opens nothing
        {"<div a=\"<div><div>\">", 1},
        {"<!DOCTYPE html><html><body>", 2},
    };
    for (const Case& c : cases) {
        INFO(c.html);
        CHECK(html_nesting_depth(c.html, 1000) == c.depth);
    }
    // It stops counting just past the limit.
    CHECK(html_nesting_depth(repeat("<div>", 5000), 100) == 101);
}

TEST_CASE("html: oversized pages are refused before parsing", "[parse][html]") {
    std::string big(k_max_html_bytes + 1, ' ');
    Result<HtmlDocument> refused = HtmlDocument::parse(std::move(big));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("larger than 256 MB") != std::string::npos);
}
