// AsciiPrefilter rules a text out only when no literal can be in its folded form; folds_as_ascii
// says which texts that can be decided for byte by byte.
#include "audit/text/ascii_prefilter.hpp"
#include "audit/text/literal_set.hpp"
#include "audit/text/normalise.hpp"
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

using namespace audit;

namespace {

// What folding gives when every non-ASCII character is read as a space: the claim
// folds_as_ascii makes about a text.
std::string folded_as_if_ascii(std::string_view text) {
    std::string out = " ";
    for (char c : text) {
        const auto b = static_cast<unsigned char>(c);
        const bool word = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
        if (word) out += static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
        else if (out.back() != ' ') out += ' ';
    }
    if (out.back() != ' ') out += ' ';
    return out;
}

// Random texts from ASCII words, separators and non-ASCII characters of every kind that
// matters: separators (emoji, quotes, dashes, no-break space), vanishing marks and joiners,
// letters and compatibility forms.
std::vector<std::string> random_texts(std::size_t count) {
    const std::vector<std::string> pieces = {
        "ellie", "Mason", "MASON", "oak", "class", "parents", "evening", "ks2", "year", "4",
        " ", "  ", "-", "'", ",", "#", "\n", "\u2019", "\u2014", "\u2026", "\u00A0",
        "\U0001F642", "\u2764\uFE0F", "\u200D", "\u0301", "\uFE0F", "\u00E9", "\u00DF",
        "\u2122", "\uFF25", "\u0130", "\u03A3",
    };
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1), length(1, 12);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < count; ++i) {
        std::string text;
        for (std::size_t n = length(rng); n > 0; --n) text += pieces[piece(rng)];
        out.push_back(std::move(text));
    }
    return out;
}

} // namespace

TEST_CASE("folds_as_ascii: emoji and punctuation yes; letters, marks and joiners inside words no", "[text]") {
    CHECK(folds_as_ascii("Proud of Oak class today, 4-0!"));
    CHECK(folds_as_ascii("Mrs Clarke\u2019s class \U0001F642 \u2014 parents\u2019 evening\u2026"));
    CHECK(folds_as_ascii("Ellie\u00A0Mason \u2764\uFE0F"));  // the selector follows a separator
    CHECK(folds_as_ascii("Mason\u200D then"));                // a joiner before a space
    CHECK(folds_as_ascii(""));
    CHECK_FALSE(folds_as_ascii("caf\u00E9"));                 // a letter
    CHECK_FALSE(folds_as_ascii("Elli\u0301e"));               // a mark inside a word
    CHECK_FALSE(folds_as_ascii("Ma\u200Dson"));               // a joiner inside a word
    CHECK_FALSE(folds_as_ascii("\u2122"));                    // folds to "tm"
    CHECK_FALSE(folds_as_ascii("\uFF25llie"));                // full-width E
}

TEST_CASE("folds_as_ascii: when it says yes, fold gives the ASCII words exactly", "[text]") {
    std::size_t yes = 0, no = 0;
    for (const std::string& text : random_texts(5000)) {
        if (!folds_as_ascii(text)) {
            ++no;
            continue;
        }
        ++yes;
        INFO(text);
        CHECK(fold(text).text == folded_as_if_ascii(text));
    }
    // Both kinds were drawn plenty of times.
    CHECK(yes >= 500);
    CHECK(no >= 500);
}

TEST_CASE("ascii prefilter: whole words, their neighbours, and family names squashed at a word's edge", "[text]") {
    const LiteralSet terms({"parents evening", "ks2", "oak class", "not fit to"});
    const LiteralSet names({"mason", "ellie"});
    const AsciiPrefilter filter({&terms, &names}, {"mason"});
    struct Case {
        const char* text;
        bool may_match;
    };
    const Case cases[] = {
        {"Parents' Evening tonight", true},
        {"see you at parents\u2019\u00A0evening \U0001F642", true},
        {"KS2 SATs", true},
        {"He is NOT -- fit; to be honest", true},
        {"Oak\nclass", true},
        {"#EllieMason", true},
        {"masonellie", true},
        {"Ellie was here", true},
        {"caf\u00E9 society", true}, // not decidable byte by byte
        {"parentsevening", false},
        {"parents, then the evening", false},
        {"ks23 and oakclass", false},
        {"not fit", false},
        {"the xmasony jar", false}, // "mason" at neither edge of the word
        {"nothing of note here", false},
        {"", false},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        CHECK(filter.may_match(c.text) == c.may_match);
    }
    CHECK(filter.anchor_count() == 6); // parents, ks2, class, not, mason, ellie
}

TEST_CASE("ascii prefilter: a text it rules out has no literal in its folded form", "[text]") {
    const LiteralSet terms({"parents evening", "oak class", "year 4", "ks2"});
    const LiteralSet names({"ellie", "mason"});
    const AsciiPrefilter filter({&terms, &names}, {"mason"});
    std::size_t ruled_out = 0, passed = 0;
    for (const std::string& text : random_texts(5000)) {
        const FoldedText folded = fold(text);
        const bool found = !terms.scan(folded).empty() || !names.scan(folded).empty();
        INFO(text);
        if (!filter.may_match(text)) {
            ++ruled_out;
            CHECK_FALSE(found);
        } else {
            ++passed;
        }
    }
    CHECK(ruled_out >= 500);
    CHECK(passed >= 500);
}
