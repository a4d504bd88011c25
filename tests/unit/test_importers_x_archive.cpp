// The X archive importer on a small 2026-style archive built in memory (x_archive_fixture.hpp):
// manifest-driven part files, tweets, media, people, settings, messages, broken parts; and the
// example archive. 2019 layout, time parsing and detection: test_importers_x_archive_formats.cpp.
#include "support/test_support.hpp"
#include "x_archive_fixture.hpp"

using namespace audit;
using namespace audit::x_fixture;

TEST_CASE("x_archive: reads the 2026 layout through the manifest", "[importers]") {
    const Export out = import_files(archive_2026());
    INFO(problems_of(out));
    CHECK(out.problems.empty());
    CHECK(out.platform == Platform::x);
    CHECK(out.format == Format::js);
    CHECK(out.owner == "Jordan Ellis");
    // The manifest and the 13 data files it lists that are present (2 of them tweet parts);
    // ip-audit.js is listed but absent.
    CHECK(out.files_read == 14);

    CHECK(has_field(out, FieldKind::email, "jordan.ellis.runs@example.com"));
    CHECK(has_field(out, FieldKind::username, "jordanruns"));
    CHECK(has_field(out, FieldKind::name, "Jordan Ellis"));
    CHECK(has_field(out, FieldKind::bio, "Year 4 teacher @RiversidePri"));
    CHECK(has_field(out, FieldKind::website, "https://t.co/xyz"));
    CHECK(has_field(out, FieldKind::city, "Bath, UK"));
    CHECK(has_field(out, FieldKind::phone, "+447700900461"));
    CHECK(has_field(out, FieldKind::birthday, "1986-05-17"));
    CHECK(has_field(out, FieldKind::username, "MrsEllisY4", false));
    CHECK(out.profile.size() == 9);

    // Both parts, in part order.
    REQUIRE(out.posts.size() == 6);
    CHECK(out.posts.front().source.file == k_root + "data/tweets.js");
    CHECK(out.posts.back().source.file == k_root + "data/tweets-part1.js");

    // The listed-but-missing ip-audit.js is a coverage note, not a problem; count "0" is silent.
    CHECK(skipped_mentions(out, "data/ip-audit.js"));
    CHECK_FALSE(skipped_mentions(out, "data/like.js"));
    CHECK(out.logins.empty());
}

TEST_CASE("x_archive: tweets keep their text, links, mentions, media, places and status URL",
          "[importers]") {
    const Export out = import_files(archive_2026());
    const Post& proud = post_with(out, "Proud of my Year 4s");
    // t.co expanded, the media link dropped, &amp; unescaped.
    CHECK(
        proud.text ==
        "Proud of my Year 4s at #RiversidePrimary today & every day https://riverside.sch.uk/news");
    CHECK(proud.links == std::vector<std::string>{"https://riverside.sch.uk/news"});
    CHECK(proud.time == 1773504131); // 2026-03-14T16:02:11Z
    CHECK(proud.source.item == "tweet 2026-03-14T16:02:11Z");
    CHECK(proud.source.url == "https://x.com/jordanruns/status/1850000000000000001");
    CHECK(proud.title.empty());

    // extended_entities wins over entities; files resolved by tweet id + media file name, the
    // video by its best MP4 variant.
    REQUIRE(proud.media.size() == 2);
    const Media& photo = out.media[proud.media[0]];
    CHECK(photo.kind == MediaKind::photo);
    CHECK(photo.uri == "https://pbs.twimg.com/media/GxYz1.jpg");
    CHECK(photo.entry == k_root + "data/tweets_media/1850000000000000001-GxYz1.jpg");
    CHECK(photo.source.item == proud.source.item);
    CHECK(photo.created == proud.time);
    const Media& video = out.media[proud.media[1]];
    CHECK(video.kind == MediaKind::video);
    CHECK(video.entry == k_root + "data/tweets_media/1850000000000000001-High.mp4");
    CHECK(out.media.size() == 2);

    // Two tweets in one second get distinct identities.
    CHECK(post_with(out, "Same second").source.item == "tweet 2026-03-14T16:02:11Z (2)");

    const Post& retweet = post_with(out, "RT @ValeRunners");
    CHECK(retweet.title == "Retweet of @ValeRunners");
    CHECK(retweet.tags == std::vector<std::string>{"Vale Runners"});
    CHECK(retweet.source.item == "tweet 2026-06-01T08:30:00Z"); // +0100 → UTC

    const Post& reply = post_with(out, "@kate_m");
    CHECK(reply.title == "Reply to @kate_m");
    CHECK(reply.tags == std::vector<std::string>{"@kate_m"});
    REQUIRE(reply.places.size() == 1);
    CHECK(reply.places[0].name == "Bath, England");
    CHECK(reply.places[0].address == "United Kingdom");
    REQUIRE(reply.places[0].point);
    CHECK(reply.places[0].point->lat == Approx(51.3702));
    CHECK(reply.places[0].point->lon == Approx(-2.3925));

    // A negative offset moves the time forward, across the year.
    CHECK(post_with(out, "New year").source.item == "tweet 2026-01-01T01:00:00Z");
    const Post& undated = post_with(out, "Undated");
    CHECK(undated.time == 0);
    CHECK(undated.source.item == "tweet (no date)");
}

TEST_CASE("x_archive: followers are ids only, with a coverage note", "[importers]") {
    const Export out = import_files(archive_2026());
    CHECK(count_relation(out, Relation::follower) == 2);
    CHECK(count_relation(out, Relation::following) == 1);
    CHECK(count_relation(out, Relation::blocked) == 1);
    for (const Connection& c : out.connections) {
        CHECK(c.display_name.empty());
        CHECK(c.username.empty());
        CHECK_FALSE(c.account_id.empty());
    }
    const Connection& first = out.connections.front();
    CHECK(first.account_id == "1001");
    CHECK(first.source.item == "follower 1001");
    CHECK(first.source.url == "https://twitter.com/intent/user?user_id=1001");
    // following.js without userLink: X's link form is rebuilt.
    auto following =
        std::find_if(out.connections.begin(), out.connections.end(),
                     [](const Connection& c) { return c.relation == Relation::following; });
    CHECK(following->source.url == "https://twitter.com/intent/user?user_id=2001");
    CHECK(skipped_mentions(out, "numeric account id only"));
}

TEST_CASE("x_archive: protected history, settings and the six-month note", "[importers]") {
    const Export out = import_files(archive_2026());
    std::vector<std::pair<std::string, Timestamp>> history;
    for (const Setting& s : out.settings)
        if (s.name == "protected_history") history.emplace_back(s.value, s.time);
    CHECK(history == std::vector<std::pair<std::string, Timestamp>>{{"Protect", 1781121662},
                                                                    {"Unprotect", 1788289964}});
    CHECK(skipped_mentions(out, "last six months"));
    auto setting = [&](std::string_view name) -> const Setting& {
        auto it = std::find_if(out.settings.begin(), out.settings.end(),
                               [name](const Setting& s) { return s.name == name; });
        REQUIRE(it != out.settings.end());
        return *it;
    };
    CHECK(setting("timezone").value == "London");
    CHECK(setting("account_created").time == 1393791069); // 2014-03-02T20:11:09Z

    // An archive with no protected-history.js still says the history is partial.
    const Export bare = import_files({{"data/account.js", ytd("account", 0, "[ ]")}});
    CHECK(skipped_mentions(bare, "last six months"));
}

TEST_CASE("x_archive: direct messages by sender id", "[importers]") {
    const Export out = import_files(archive_2026());
    REQUIRE(out.messages.size() == 2);
    const Message& in = out.messages[0];
    CHECK(in.thread == "2847561930-900");
    CHECK(in.sender == "900");
    CHECK_FALSE(in.sent_by_owner);
    CHECK(in.text == "See https://example.com/a");
    CHECK(in.time == 1768933867);
    CHECK(in.source.item == "message 2026-01-20T18:31:07Z in 2847561930-900");
    CHECK(in.participants == std::vector<std::string>{"900", "2847561930"});
    CHECK(out.messages[1].sent_by_owner);
}

TEST_CASE("x_archive: a broken part is a problem naming it; the other parts are read",
          "[importers]") {
    struct Case {
        std::string bytes;
        std::string expected;
    };
    const Case cases[] = {
        {"window.YTD.tweets.part1 = [ { \"tweet\" : { ", "not valid JSON"},
        {"[ { \"tweet\" : { } } ]", "no '='"},
        {"window.YTD.tweets.part1 = { \"tweet\" : { } }", "expected a list of records"},
        {"", "no '='"},
    };
    for (const Case& c : cases) {
        INFO(c.bytes);
        Files files = archive_2026();
        for (auto& [name, bytes] : files)
            if (name == k_root + "data/tweets-part1.js") bytes = c.bytes;
        const Export out = import_files(files);
        REQUIRE(out.problems.size() == 1);
        CHECK(out.problems[0].file == k_root + "data/tweets-part1.js");
        CHECK_THAT(out.problems[0].message, Catch::Contains(c.expected));
        CHECK(out.posts.size() == 4); // part 0
        CHECK(out.connections.size() == 4);
    }
    // A broken manifest: a problem, then the files are found by name.
    Files files = archive_2026();
    for (auto& [name, bytes] : files)
        if (name == k_root + "data/manifest.js") bytes = "window.__THAR_CONFIG = {";
    const Export out = import_files(files);
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].file == k_root + "data/manifest.js");
    CHECK(out.posts.size() == 6);
    CHECK(out.owner == "Jordan Ellis");
}

TEST_CASE("x_archive: the example archive imports with the README's counts", "[importers]") {
    const auto folder = test::examples_dir() / "exports" / "x-jordan";
    auto archive = open_archive(folder.string());
    REQUIRE(archive);
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(std::move(*archive));
    ExportView view(std::move(parts));
    CHECK(x_importer().detect(view) >= 0.9);
    Export out;
    x_importer().import_export(view, out);
    INFO(problems_of(out));
    CHECK(out.problems.empty());
    CHECK(out.files_read == 13); // the manifest and 12 data files
    CHECK(out.owner == "Jordan Ellis");
    CHECK(out.posts.size() == 109);
    CHECK(count_relation(out, Relation::follower) == 45);
    CHECK(count_relation(out, Relation::following) == 80);
    CHECK(count_relation(out, Relation::blocked) == 2);
    CHECK(out.logins.size() == 12);
    CHECK(has_field(out, FieldKind::bio,
                    "Year 4 teacher @RiversidePri \U0001F34E Mum of two, parkrun addict, sourdough "
                    "botherer. Bath."));
    CHECK(has_field(out, FieldKind::username, "JordanEllis86", false));
    // Photos are referenced, never shipped.
    CHECK_FALSE(out.media.empty());
    CHECK(std::all_of(out.media.begin(), out.media.end(),
                      [](const Media& m) { return m.entry.empty(); }));
    const Post& proud = post_with(out, "Proud of my Year 4s at #RiversidePrimary today");
    CHECK(proud.source.item == "tweet 2025-11-20T16:45:08Z");
    CHECK(proud.source.url.starts_with("https://x.com/jordanruns_bath/status/"));
    CHECK(post_with(out, "Giving away a toddler bed").text.find("07700 900 461") !=
          std::string::npos);
    // X's "&amp;" reads as "&".
    CHECK(std::any_of(out.posts.begin(), out.posts.end(), [](const Post& p) {
        return p.text.find("Fish & chips") != std::string::npos;
    }));
    const bool unprotected =
        std::any_of(out.settings.begin(), out.settings.end(), [](const Setting& s) {
            return s.name == "protected_history" && s.value == "Unprotect" &&
                   s.source.item == "protected history 2026-09-01T19:12:44Z";
        });
    CHECK(unprotected);
}
