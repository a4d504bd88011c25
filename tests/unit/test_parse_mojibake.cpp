#include "audit/parse/mojibake.hpp"
#include <catch2/catch.hpp>
#include <string>

using audit::is_valid_utf8;
using audit::repair_mojibake;

// The literals below spell Meta's "\u00XX" escapes as C++ universal character names, so each
// one is the string a JSON parser hands back before repair.

TEST_CASE("repair_mojibake: repairs Latin-1-read UTF-8 from real Meta exports", "[parse]") {
    CHECK(repair_mojibake("Zo\u00c3\u00ab Friend") == "Zo\u00eb Friend");
    CHECK(repair_mojibake("MAGIC MEN\u00c2\u00ae LIVE!") == "MAGIC MEN\u00ae LIVE!");
    CHECK(repair_mojibake("Nguy\u00e1\u00bb\u0085n V\u00c4\u0083n An") ==
          "Nguy\u1ec5n V\u0103n An");
    CHECK(repair_mojibake("Tr\u00e1\u00ba\u00a7n Th\u00e1\u00bb\u008b B\u00c3\u00acnh") ==
          "Tr\u1ea7n Th\u1ecb B\u00ecnh");
    CHECK(repair_mojibake("L\u00c3\u00aa V\u00c4\u0083n C\u00c6\u00b0\u00e1\u00bb\u009dng") ==
          "L\u00ea V\u0103n C\u01b0\u1eddng");
    CHECK(repair_mojibake("\u00c4\u0090\u00e1\u00bb\u0091i th\u00e1\u00bb\u00a7") ==
          "\u0110\u1ed1i th\u1ee7");
}

TEST_CASE("repair_mojibake: repairs four-byte emoji", "[parse]") {
    CHECK(repair_mojibake("Un Taxi \u00f0\u009f\u0087\u00a8\u00f0\u009f\u0087\u00b4") ==
          "Un Taxi \U0001F1E8\U0001F1F4");
    CHECK(repair_mojibake("\u00e2\u0099\u008f SCORPIOS \u00f0\u009f\u00a6\u0082") ==
          "\u264f SCORPIOS \U0001F982");
}

TEST_CASE("repair_mojibake: keeps strings that are not mojibake", "[parse]") {
    // U+00E9 alone is a real Latin-1 letter: as a byte (0xE9) it is not valid UTF-8.
    CHECK(repair_mojibake("caf\u00e9") == "caf\u00e9");
    CHECK(repair_mojibake("na\u00efve \u00bd price") == "na\u00efve \u00bd price");
    // Already repaired text holds code points above U+00FF.
    CHECK(repair_mojibake("Nguy\u1ec5n") == "Nguy\u1ec5n");
    CHECK(repair_mojibake("Zo\u00eb \u2014 ok") == "Zo\u00eb \u2014 ok");
    CHECK(repair_mojibake("plain ascii") == "plain ascii");
    CHECK(repair_mojibake("") == "");
    // Invalid UTF-8 input is returned as it is, byte for byte.
    const std::string broken = "abc\xff\xfe";
    CHECK(repair_mojibake(broken) == broken);
    // Mixed: one real Latin-1 letter next to mojibake cannot be re-encoded as valid UTF-8.
    CHECK(repair_mojibake("\u00e9 Zo\u00c3\u00ab") == "\u00e9 Zo\u00c3\u00ab");
}

TEST_CASE("is_valid_utf8: rejects overlongs, surrogates and truncation", "[parse]") {
    CHECK(is_valid_utf8("Zo\u00eb \U0001F1E8"));
    CHECK(is_valid_utf8(""));
    CHECK_FALSE(is_valid_utf8("\xc0\xaf"));         // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));     // UTF-16 surrogate
    CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80")); // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xe2\x82"));         // truncated
    CHECK_FALSE(is_valid_utf8("\x80"));             // lone continuation byte
}
