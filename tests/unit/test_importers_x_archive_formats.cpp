// The X archive importer on 2019-style archives (no manifest, tweet.js, bare tweet objects), its
// time parsing (created_at with offsets, ISO-8601) and detection.
#include "audit/importers/x_archive_internal.hpp"
#include "x_archive_fixture.hpp"

using namespace audit;
using namespace audit::x_fixture;

TEST_CASE("x_archive: reads the 2019 layout by base name, bare tweets", "[importers]") {
    const Export out = import_files({
        {"data/account.js", R"(window.YTD.account.part0 = [ {
  "account" : {
    "phoneNumber" : "+447700900461",
    "email" : "jordan@example.com",
    "username" : "jordanruns",
    "accountId" : "12497",
    "createdAt" : "2012-11-15T13:18:50.000Z",
    "accountDisplayName" : "Jordan Ellis"
  }
} ])"},
        {"data/tweet.js", R"(window.YTD.tweet.part0 = [ {
  "id_str" : "1100000000000000001",
  "created_at" : "Sun Mar 03 09:15:00 +0000 2019",
  "full_text" : "Bare tweet object &lt;3",
  "entities" : { "hashtags" : [ ], "urls" : [ ] }
}, {
  "tweet" : { "id_str" : "1100000000000000002", "created_at" : "Mon Mar 04 09:15:00 +0000 2019", "full_text" : "Wrapped" }
} ])"},
        {"data/tweet-part1.js",
         ytd("tweet", 1,
             R"([ { "id_str" : "1100000000000000003", "created_at" : "Tue Mar 05 09:15:00 +0000 2019", "full_text" : "Part one" } ])")},
        {"data/follower.js", R"(window.YTD.follower.part0 = [ {
  "follower" : {
    "accountId" : "73747798"
  }
} ])"},
        // Not a tweet part: another data type sharing the stem.
        {"data/tweet-headers.js",
         ytd("tweet_headers", 0, R"([ { "tweet" : { "tweet_id" : "1" } } ])")},
    });
    INFO(problems_of(out));
    CHECK(out.problems.empty());
    CHECK(out.files_read == 4);
    CHECK(has_field(out, FieldKind::phone, "+447700900461"));
    REQUIRE(out.posts.size() == 3);
    CHECK(out.posts[0].text == "Bare tweet object <3");
    CHECK(out.posts[0].source.url == "https://x.com/jordanruns/status/1100000000000000001");
    CHECK(out.posts[0].source.file == "data/tweet.js");
    CHECK(out.posts[1].text == "Wrapped");
    CHECK(out.posts[2].source.file == "data/tweet-part1.js");
    REQUIRE(out.connections.size() == 1);
    CHECK(out.connections[0].account_id == "73747798");
    CHECK(out.connections[0].source.url == "https://twitter.com/intent/user?user_id=73747798");
}

TEST_CASE("x_archive: without the account, status links use x.com/i", "[importers]") {
    const Export out = import_files(
        {{"data/tweets.js",
          ytd("tweets", 0,
              R"([ { "tweet" : { "id_str" : "42", "created_at" : "Sun Mar 03 09:15:00 +0000 2019", "full_text" : "x" } } ])")}});
    REQUIRE(out.posts.size() == 1);
    CHECK(out.posts[0].source.url == "https://x.com/i/status/42");
}

TEST_CASE("x_archive: parses created_at with its offsets", "[importers]") {
    struct Case {
        std::string_view text;
        std::optional<Timestamp> expected;
    };
    const Case cases[] = {
        {"Fri Mar 06 12:56:28 +0000 2026", 1772801788},
        {"Sat Oct 11 17:05:52 +0000 2025", 1760202352},
        {"Fri Mar 06 13:56:28 +0100 2026", 1772801788},
        {"Fri Mar 06 07:26:28 -0530 2026", 1772801788},
        {"Thu Feb 29 23:59:59 +0000 2024", 1709251199}, // leap day
        {"Thu Jan 01 00:00:00 +0000 1970", 0},
        {"Wed Jun 7 08:00:00 +0000 2006", 1149667200}, // one-digit day
        {"Fri Feb 30 12:00:00 +0000 2026", std::nullopt},
        {"Fri Mar 06 24:00:00 +0000 2026", std::nullopt},
        {"Fri Mar 06 12:56:28 +000 2026", std::nullopt},
        {"Fri Foo 06 12:56:28 +0000 2026", std::nullopt},
        {"2026-03-06T12:56:28Z", std::nullopt},
        {"", std::nullopt},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        CHECK(x::parse_created_at(c.text) == c.expected);
    }
}

TEST_CASE("x_archive: parses ISO times and epoch strings", "[importers]") {
    struct Case {
        std::string_view text;
        std::optional<Timestamp> expected;
    };
    const Case cases[] = {
        {"2025-09-06T13:02:20.496Z", 1757163740},
        {"2025-09-06T13:02:20Z", 1757163740},
        {"2025-09-06T14:02:20+01:00", 1757163740},
        {"2025-09-06T13:02:20", 1757163740},
        {"2025-09-06", 1757116800},
        {"1757163740", 1757163740},
        {"1757163740496", 1757163740},
        {"2025-13-06T13:02:20Z", std::nullopt},
        {"2025-09-06T13:02", std::nullopt},
        {"06/09/2025", std::nullopt},
        {"", std::nullopt},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        CHECK(x::parse_iso_time(c.text) == c.expected);
    }
}

TEST_CASE("x_archive: detection", "[importers]") {
    auto detect = [](Files files) { return x_importer().detect(view_of(std::move(files))); };
    CHECK(detect(archive_2026()) >= 0.9);
    // 2019: no manifest, data/*.js with the YTD prefix.
    CHECK(detect({{"data/account.js", ytd("account", 0, "[ ]")},
                  {"data/tweet.js", ytd("tweet", 0, "[ ]")}}) >= 0.9);
    // Not X: a Facebook or Instagram JSON export, a website's data/*.js, nothing.
    CHECK(detect({{"personal_information/profile_information/profile_information.json",
                   R"({"profile_v2": {}})"}}) == 0.0);
    CHECK(detect({{"your_instagram_activity/content/posts_1.json", "[]"}}) == 0.0);
    CHECK(detect({{"site/data/config.js", "var config = {};"}}) == 0.0);
    CHECK(detect({{"data/tweets.json", "[]"}}) == 0.0);
    CHECK(detect({}) == 0.0);
    // And no other importer claims an X archive.
    for (const Importer& other : all_importers())
        if (other.id != "x_archive") CHECK(other.detect(view_of(archive_2026())) < 0.3);
    const Importer* best = detect_importer(view_of(archive_2026()));
    REQUIRE(best);
    CHECK(best->id == "x_archive");
}
