// The Facebook HTML importer on pages shaped like the real ones in other ways: bodies (Chinese
// check-ins with full-width punctuation, stickers, line breaks, videos), and what goes wrong:
// pages too deep to parse, records without dates, dates and labels in other languages.
#include "meta_export_fixture.hpp"
#include <algorithm>

using namespace audit;
using namespace audit::test::meta;

namespace {

bool has_problem(const Export& out, std::string_view file, std::string_view words) {
    return std::any_of(out.problems.begin(), out.problems.end(), [&](const Problem& p) {
        return p.file == file && p.message.find(words) != std::string::npos;
    });
}

} // namespace

TEST_CASE("facebook_html: bodies in other shapes", "[importers][facebook_html]") {
    struct Case {
        const char* name;
        std::string body; // inside <div class="_2ph_ _a6-p">
        std::string text;
        std::size_t places;
        std::size_t media;
    };
    const Case cases[] = {
        {"a Chinese check-in, full-width punctuation",
         R"(<div><div class="_2pin"><div><div><div><div><div><div class="_a703">2014年7月31日</div><div><div><div>地標：台中市 （24.2076，120.7096）</div><div>地址：臺中市</div></div></div></div></div></div></div></div></div>)",
         "", 1, 0},
        {"a sticker: media without album or caption",
         R"(<div><div class="_2pin"><div><div><div><div class="_a7nf"><div class="_a7ng"><div><a target="_blank" href="your_facebook_activity/posts/media/stickers_used/3154_n.webp"><img src="your_facebook_activity/posts/media/stickers_used/3154_n.webp" class="_a6_o _3-96" /></a><div></div></div></div></div></div></div></div></div></div>)",
         "", 0, 1},
        {"lines kept, inline markup read through",
         R"(<div><div class="_2pin"><div>Line one<br />line <b>two</b></div></div></div>)",
         "Line one\nline two", 0, 0},
        {"a video", R"(<div><a href="../../your_facebook_activity/posts/media/v/1.mp4"><video src="x"></video></a><div>Match day</div></div>)",
         "", 0, 1},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const std::string record = R"(<div class="_a6-g"><div class="_2ph_ _a6-p">)" + c.body +
                                   "</div>" + date_block(1725525000) + "</div>";
        const Export out = import_memory(
            "facebook_html",
            {{"your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html",
              page("Your posts", record)}});
        REQUIRE(out.posts.size() == 1);
        CHECK(out.posts[0].text == c.text);
        CHECK(out.posts[0].places.size() == c.places);
        CHECK(out.posts[0].media.size() == c.media);
    }
    const Export video = import_memory(
        "facebook_html",
        {{"your_posts_1.html",
          page("Posts", R"(<div class="_a6-g"><div class="_a6-p"><div><a href="../../your_facebook_activity/posts/media/v/1.mp4"><video></video></a></div></div>)" +
                            date_block(1725525000) + "</div>")}});
    REQUIRE(video.media.size() == 1);
    CHECK(video.media[0].uri == "your_facebook_activity/posts/media/v/1.mp4");
    CHECK(video.media[0].kind == MediaKind::video);
}

TEST_CASE("facebook_html: broken pages and unreadable dates are problems, the rest imported",
          "[importers][facebook_html]") {
    std::string deep;
    for (int i = 0; i < 5000; ++i) deep += "<div>";
    const std::string friends = "connections/friends/your_friends.html";
    const std::string requests = "connections/friends/received_friend_requests.html";
    const std::string posts_page =
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html";
    const Export out = import_memory(
        "facebook_html",
        {
            {"connections/friends/sent_friend_requests.html", deep},
            {friends,
             page("Your friends",
                  R"(<div class="_a6-g">)" + title_block("No Date Person") + "</div>" +
                      R"(<div class="_a6-g">)" + title_block("Dated Person") +
                      R"(<div class="_3-94 _a6-o"><div class="_a72d">Feb 22, 2024 8:10:40pm</div></div></div>)")},
            {requests,
             page("Requests",
                  R"(<div class="_a6-g">)" + title_block("吳柏翰") +
                      R"(<div class="_3-94 _a6-o"><div class="_a72d">2 月 22, 2022 1:22:03 下午</div></div></div>)" +
                      R"(<div class="_a6-g">)" + title_block("陳金海") +
                      R"(<div class="_3-94 _a6-o"><div class="_a72d">7 月 19, 2020 1:11:51 上午</div></div></div>)")},
            {posts_page, page("Your posts", R"(<div class="_a6-g"><div class="_a6-p"><div class="_2pin"><div>Still read</div></div></div>)" +
                                                date_block(1725525000) + "</div>")},
        });
    CHECK(has_problem(out, "connections/friends/sent_friend_requests.html", "nested deeper than"));
    CHECK(has_problem(out, friends, "1 records without a date"));
    CHECK(has_problem(out, requests, "dates in an unsupported language: \"2 月 22, 2022 1:22:03 下午\""));
    // Once per file, with the count.
    CHECK(std::count_if(out.problems.begin(), out.problems.end(),
                        [&](const Problem& p) { return p.file == requests; }) == 1);
    CHECK(has_problem(out, requests, "(2 records imported without a date)"));
    // Everything readable is still there, undated where the date could not be read.
    CHECK(out.connections.size() == 4);
    CHECK(std::count_if(out.connections.begin(), out.connections.end(),
                        [](const Connection& c) { return c.since == 0; }) == 3);
    REQUIRE(out.posts.size() == 1);
    CHECK(out.posts[0].text == "Still read");
}

TEST_CASE("facebook_html: profile labels in another language are reported, not guessed",
          "[importers][facebook_html]") {
    const std::string file = "personal_information/profile_information/profile_information.html";
    const Export out = import_memory(
        "facebook_html",
        {{file, page("個人檔案", R"(<table class="_a6_n"><tr><th>姓名</th><td>吳柏翰</td></tr></table>)")}});
    CHECK(out.profile.empty());
    CHECK(has_problem(out, file, "profile labels in an unsupported language"));
}
