#include "audit/parse/js_wrapper.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

using namespace audit;

TEST_CASE("js_wrapper: strips X's assignment in its 2019 and 2026 layouts", "[parse]") {
    struct Case {
        std::string text;
        std::string global;
        std::size_t records;
    };
    const Case cases[] = {
        // 2026: "[" then a newline; 2019: "[ {" on the first line.
        {"window.YTD.tweets.part0 = [\n  {\n    \"tweet\" : { }\n  }\n]", "YTD.tweets.part0", 1},
        {"window.YTD.follower.part0 = [ {\n  \"follower\" : {\n    \"accountId\" : \"1\"\n  }\n}, "
         "{\n  \"follower\" : { }\n} ]",
         "YTD.follower.part0", 2},
        {"window.YTD.tweets.part12 = [ ]", "YTD.tweets.part12", 0},
        // A byte order mark, CRLF and a trailing semicolon, as re-saved by an editor.
        {"\xEF\xBB\xBFwindow.YTD.block.part0 = [ ];\r\n", "YTD.block.part0", 0},
        {"  window.YTD.like.part1=[{\"like\":{}}]", "YTD.like.part1", 1},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        auto split = split_js_assignment(c.text, "data/x.js");
        REQUIRE(split);
        CHECK(split->global == c.global);
        JsonParser parser;
        auto root = parse_js_wrapped(parser, c.text, "data/x.js");
        REQUIRE(root);
        CHECK(root->is_array());
        CHECK(root->size() == c.records);
    }
}

TEST_CASE("js_wrapper: reads the manifest's __THAR_CONFIG object", "[parse]") {
    JsonParser parser;
    auto root = parse_js_wrapped(
        parser,
        "window.__THAR_CONFIG = {\n  \"userInfo\" : {\n    \"userName\" : \"jordan\"\n  },\n"
        "  \"dataTypes\" : { \"tweets\" : { \"files\" : [ { \"fileName\" : \"data/tweets.js\" } ] "
        "} "
        "}\n}",
        "data/manifest.js");
    REQUIRE(root);
    CHECK(root->find("userInfo.userName").str() == "jordan");
    CHECK(root->find("dataTypes.tweets.files.0.fileName").str() == "data/tweets.js");
    auto split = split_js_assignment("window.__THAR_CONFIG = {}", "data/manifest.js");
    REQUIRE(split);
    CHECK(split->global == "__THAR_CONFIG");
}

TEST_CASE("js_wrapper: a string holding '=' is not mistaken for the assignment", "[parse]") {
    // Only the first '=' splits; the value may hold more of them.
    JsonParser parser;
    auto root = parse_js_wrapped(
        parser, "window.YTD.tweets.part0 = [{\"tweet\":{\"full_text\":\"2 + 2 = 4\"}}]", "t.js");
    REQUIRE(root);
    CHECK(root->find("0.tweet.full_text").str() == "2 + 2 = 4");
}

TEST_CASE("js_wrapper: broken files give errors that name the file", "[parse]") {
    struct Case {
        std::string text;
        std::string expected; // part of the message
    };
    const Case cases[] = {
        {"[ { \"tweet\" : { } } ]", "no '='"},
        {"", "no '='"},
        {"{\"a\": \"b=c\"}", "expected \"window.YTD.<type>.partN = \""},
        {"window.YTD.tweets.part0 == [ ]", "not valid JSON"},
        {"window.YTD.tweets.part0 = [ {\"tweet\" : ", "not valid JSON"},
        {"window.YTD.tweets.part0 =", "not valid JSON"},
        {"window..YTD = [ ]", "expected \"window.YTD"},
        {"<html>x=1</html>", "expected \"window.YTD"},
        {"\x01\x02garbage = [ ]", "expected \"window.YTD"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        JsonParser parser;
        auto root = parse_js_wrapped(parser, c.text, "data/tweets-part2.js");
        REQUIRE_FALSE(root);
        CHECK_THAT(root.error().message, Catch::Contains("data/tweets-part2.js"));
        CHECK_THAT(root.error().message, Catch::Contains(c.expected));
    }
}

TEST_CASE("js_wrapper: the detection prefix test", "[parse]") {
    CHECK(has_x_archive_prefix("window.YTD.account.part0 = [ ]"));
    CHECK(has_x_archive_prefix("\xEF\xBB\xBF\n window.__THAR_CONFIG = {}"));
    CHECK_FALSE(has_x_archive_prefix("window.other = 1"));
    CHECK_FALSE(has_x_archive_prefix("{\"profile_v2\": {}}"));
    CHECK_FALSE(has_x_archive_prefix(""));
}

TEST_CASE("js_wrapper: every real X sample file parses", "[parse]") {
    const std::filesystem::path samples = audit::test::shared_dir() / "samples/x_twitter";
    if (!std::filesystem::exists(samples)) {
        WARN("skipped: " << samples << " is absent");
        return;
    }
    std::size_t files = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(samples)) {
        if (!e.is_regular_file() || e.path().extension() != ".js") continue;
        INFO(e.path().string());
        const std::string bytes = audit::test::read_file(e.path());
        CHECK(has_x_archive_prefix(bytes));
        JsonParser parser;
        auto root = parse_js_wrapped(parser, bytes, e.path().string());
        REQUIRE(root);
        CHECK((root->is_array() || e.path().filename() == "manifest.js"));
        ++files;
    }
    CHECK(files == 18);
}
