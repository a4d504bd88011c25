#include "audit/text/normalise.hpp"

#include <catch2/catch.hpp>

#include <string>

using audit::excerpt;
using audit::fold;
using audit::fold_key;
using audit::valid_utf8;

namespace {

// The original text behind the first occurrence of `needle` in the folded text.
std::string original_of(const std::string& text, const std::string& needle) {
    const auto folded = fold(text);
    const auto at = folded.text.find(needle);
    REQUIRE(at != std::string::npos);
    const auto [begin, end] = folded.original_range(at, at + needle.size());
    return text.substr(begin, end - begin);
}

} // namespace

TEST_CASE("fold: case, diacritics, compatibility forms and separators", "[text]") {
    struct Case {
        const char* input;
        const char* folded;
    };
    const Case cases[] = {
        {"Riverside Primary", " riverside primary "},
        {"Rivérside  Primary!!", " riverside primary "},
        {"#Riverside_Primary", " riverside primary "},
        {"riverside.sch.uk", " riverside sch uk "},
        {"  --  ", " "},
        {"", " "},
        {"Stra\xC3\x9F"
         "e",
         " strasse "},                                     // ß case-folds to ss
        {"\xEF\xAC\x81sh", " fish "},                      // the ligature ﬁ
        {"\xEF\xBC\xB2\xEF\xBC\xB0\xEF\xBC\xB3", " rps "}, // full-width ＲＰＳ
        {"Cafe\xCC\x81 au lait", " cafe au lait "},        // combining acute accent
        {"River\xC2\xAD"
         "side",
         " riverside "}, // soft hyphen is ignorable
        {"\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90",
         " \xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 "},
        {"\xED\x95\x99\xEA\xB5\x90", " \xED\x95\x99\xEA\xB5\x90 "}, // Hangul stays composed
        {"abc\xFF"
         "def",
         " abc def "},                                     // an invalid byte separates
        {"Year 6 \xF0\x9F\x8E\x89 trip", " year 6 trip "}, // emoji are separators
    };
    for (const auto& c : cases) {
        INFO("input: " << c.input);
        const auto folded = fold(c.input);
        CHECK(folded.text == c.folded);
        CHECK(folded.origin.size() == folded.text.size());
        CHECK(folded.original_size == std::string(c.input).size());
    }
}

TEST_CASE("fold: offsets lead back to the original bytes", "[text]") {
    CHECK(original_of("Caf\xC3\xA9 \xE2\x80\x94 Riv\xC3\xA9rside Primary!", "riverside primary") ==
          "Riv\xC3\xA9rside Primary");
    CHECK(original_of("Go #Riverside_Primary", "riverside primary") == "Riverside_Primary");
    CHECK(original_of("e\xCC\x81t\xC3\xA9", "ete") == "e\xCC\x81t\xC3\xA9");
    CHECK(original_of("Stra\xC3\x9F"
                      "e 1",
                      "strasse") == "Stra\xC3\x9F"
                                    "e");
    // A folded range that ends inside an expansion still covers the whole original character.
    CHECK(original_of("\xEF\xAC\x81sh", "f") == "\xEF\xAC\x81");
    CHECK(original_of("x \xEF\xBC\xB2\xEF\xBC\xB0\xEF\xBC\xB3 y", "rps") ==
          "\xEF\xBC\xB2\xEF\xBC\xB0\xEF\xBC\xB3");

    const std::string text = "a, b";
    const auto folded = fold(text);
    REQUIRE(folded.text == " a b ");
    // The separator between words maps to the whole run of punctuation it replaced.
    const auto [begin, end] = folded.original_range(2, 3);
    CHECK(text.substr(begin, end - begin) == ", ");
    // Out-of-range requests are clamped, never read past the map.
    const auto [b2, e2] = folded.original_range(100, 200);
    CHECK(b2 <= e2);
    CHECK(e2 <= text.size());
}

TEST_CASE("fold_key: folded text without padding", "[text]") {
    CHECK(fold_key("  Hello, World! ") == "hello world");
    CHECK(fold_key("Vale Learning Trust") == "vale learning trust");
    CHECK(fold_key("!!!") == "");
    CHECK(fold_key("") == "");
}

TEST_CASE("valid_utf8: replaces invalid sequences and keeps valid text", "[text]") {
    const std::string replacement = "\xEF\xBF\xBD";
    CHECK(valid_utf8("Rivérside ✓") == "Rivérside ✓");
    CHECK(valid_utf8("a\xC3(") == "a" + replacement + "(");
    CHECK(valid_utf8("\xC0\xAF") == replacement + replacement);                   // overlong '/'
    CHECK(valid_utf8("\xED\xA0\x80") == replacement + replacement + replacement); // surrogate
    CHECK(valid_utf8("end\xE2\x82") == "end" + replacement + replacement);        // truncated
    CHECK(valid_utf8(std::string("nul\0ok", 6)) == std::string("nul\0ok", 6));
}

TEST_CASE("excerpt: cuts at UTF-8 boundaries and whitespace, marking cuts", "[text]") {
    const std::string text =
        "Lovely morning with the whole class on the école trip before we visit "
        "Riverside Primary School for the summer fair and the tombola afterwards with everyone";
    const auto begin = text.find("Riverside");
    const auto end = begin + std::string("Riverside Primary School").size();

    const auto short_cut = excerpt(text, begin, end, 20);
    CHECK(short_cut.find("Riverside Primary School") != std::string::npos);
    CHECK(short_cut.rfind("…", 0) == 0);
    CHECK(short_cut.ends_with("…"));
    CHECK(valid_utf8(short_cut) == short_cut);
    // Cut at whitespace: no partial word after the opening or before the closing ellipsis.
    const auto body =
        short_cut.substr(std::string("…").size(), short_cut.size() - 2 * std::string("…").size());
    CHECK(text.find(" " + body + " ") != std::string::npos);

    CHECK(excerpt(text, 0, text.size(), 10) == text); // nothing to cut
    CHECK(excerpt("short text", 0, 5) == "short text");

    // Every radius around a multi-byte character yields valid UTF-8.
    const std::string accents = "ééééééééééééééé RPS ééééééééééééééé";
    const auto at = accents.find("RPS");
    for (std::size_t radius = 0; radius < 20; ++radius) {
        const auto e = excerpt(accents, at, at + 3, radius);
        INFO("radius " << radius << ": " << e);
        CHECK(valid_utf8(e) == e);
        CHECK(e.find("RPS") != std::string::npos);
    }
    // A range that starts or ends inside a character is widened to whole characters.
    const auto inside = excerpt("xé y", 2, 3, 0);
    CHECK(valid_utf8(inside) == inside);
    CHECK(inside.find("é") != std::string::npos);
    // Line breaks become single spaces; out-of-range input is clamped.
    CHECK(excerpt("one\n\ntwo", 0, 3) == "one two");
    CHECK(excerpt("abc", 10, 20).size() <= 3);
}
