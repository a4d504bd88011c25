// The Instagram JSON importer on small exports built in memory, in the 2022 flat, 2024+ nested
// and 2026 layouts: every field kind, username fallbacks, captions, localised labels, problems,
// coverage notes and detection (both ways against Facebook).
#include "audit/archive/archive.hpp"
#include "audit/archive/export_view.hpp"
#include "audit/importers/importer.hpp"
#include "support/test_support.hpp"
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

using namespace audit;

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

const Importer& importer(std::string_view id) {
    for (const Importer& i : all_importers())
        if (i.id == id) return i;
    FAIL(std::string(id) << " is not registered");
    throw 0;
}

ExportView view_of(Files files) {
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(memory_archive("instagram.zip", std::move(files)));
    return ExportView(std::move(parts));
}

Export import_files(Files files) {
    const ExportView view = view_of(std::move(files));
    Export out;
    importer("instagram_json").import_export(view, out);
    return out;
}

// A string_map_data entry, Meta style.
std::string entry(std::string_view label, std::string_view value, long timestamp = 0) {
    return "\"" + std::string(label) + "\": {\"href\": \"\", \"value\": \"" + std::string(value) +
           "\", \"timestamp\": " + std::to_string(timestamp) + "}";
}

std::string profile_with(const std::vector<std::string>& entries) {
    std::string map;
    for (const std::string& e : entries)
        map += (map.empty() ? "" : ", ") + e;
    return R"({"profile_user": [{"title": "User Information", "media_map_data": {}, "string_map_data": {)" +
           map + "}}]}";
}

// The 2024+ nested layout with every kind of item, mojibake included ("Zoë", "café", "🇨🇴").
const std::string k_profile_2024 = R"({"profile_user": [{"title": "User Information",
  "media_map_data": {"Profile Photo": {"uri": "media/profile/202205/pp.jpg", "creation_timestamp": 1652733924, "title": ""}},
  "string_map_data": {
    "Email address": {"href": "", "value": "jane@example.com", "timestamp": 0},
    "Phone Number": {"href": "", "value": "+447700900123", "timestamp": 0},
    "Phone Confirmed": {"href": "", "value": "True", "timestamp": 0},
    "Phone Confirmation Method": {"href": "", "value": "Unknown", "timestamp": 0},
    "Username": {"href": "", "value": "missellis.rps", "timestamp": 0},
    "Name": {"href": "", "value": "Zo\u00c3\u00ab Ellis", "timestamp": 0},
    "Bio": {"href": "", "value": "Miss Ellis @ RPS \u00e2\u0080\u0099", "timestamp": 0},
    "Website": {"href": "", "value": "https://jane.example.org", "timestamp": 0},
    "Gender": {"href": "", "value": "female", "timestamp": 0},
    "Date of birth": {"href": "", "value": "1986-05-17", "timestamp": 0},
    "Private Account": {"href": "", "value": "False", "timestamp": 0}}}]})";

// A single-media post (caption in media[0].title, with GPS in its own exif element), a carousel
// (top-level title) and a video post.
const char* k_posts_2024 = R"([
 {"media": [{"uri": "media/posts/202405/single.jpg", "creation_timestamp": 1715566876,
   "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 51.3812, "longitude": -2.3588},
     {"lens_make": "Apple", "lens_model": "iPhone 15 back camera 6.86mm f/1.78", "date_time_original": "2024:05:02 22:47:28",
      "source_type": "camera"}]}}, "title": "Caf\u00c3\u00a9 day #RiversidePrimary"}]},
 {"media": [{"uri": "media/posts/202403/a.jpg", "creation_timestamp": 1710165470, "title": ""},
            {"uri": "media/posts/202403/b.jpg", "creation_timestamp": 1710165470, "title": ""}],
  "title": "Un Taxi \u00f0\u009f\u0087\u00a8\u00f0\u009f\u0087\u00b4", "creation_timestamp": 1710165471},
 {"media": [{"uri": "media/posts/202401/clip.mp4", "creation_timestamp": 1704100000, "title": "Clip",
   "media_metadata": {"video_metadata": {"exif_data": [{"lens_model": "EF24-70mm f/2.8L II USM"}]}}}]}])";

Files export_2024() {
    const std::string f = "connections/followers_and_following/";
    const std::string a = "your_instagram_activity/";
    return {
        {"personal_information/personal_information/personal_information.json", k_profile_2024},
        {"personal_information/personal_information/account_information.json",
         R"({"profile_account_insights": [{"string_map_data": {"Contact Syncing": {"value": "True"}, "Last Login": {"timestamp": 1719631358}}}]})"},
        {"personal_information/information_about_you/account_based_in.json",
         R"({"inferred_data_primary_location": [{"string_map_data": {"City Name": {"value": "Bath, Somerset"}}}]})"},
        {f + "followers_1.json",
         R"([{"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/ellie.m_2016", "value": "ellie.m_2016", "timestamp": 1720152884}]},
             {"title": "", "string_list_data": [{"href": "https://www.instagram.com/follower_two", "value": "follower_two", "timestamp": 1719871290}]}])"},
        {f + "following.json",
         R"({"relationships_following": [{"title": "", "string_list_data": [{"href": "https://www.instagram.com/followed_one", "value": "followed_one", "timestamp": 1720213210}]}]})"},
        {f + "close_friends.json",
         R"({"relationships_close_friends": [{"title": "", "string_list_data": [{"href": "https://www.instagram.com/kate.m", "value": "kate.m", "timestamp": 1700000000}]}]})"},
        {f + "pending_follow_requests.json",
         R"({"relationships_follow_requests_sent": [{"title": "", "string_list_data": [{"href": "https://www.instagram.com/requested_account", "value": "requested_account", "timestamp": 1709691517}]}]})"},
        {f + "recent_follow_requests.json",
         R"({"relationships_permanent_follow_requests": [{"title": "", "string_list_data": [{"href": "https://www.instagram.com/requester", "value": "requester", "timestamp": 1718935965}]}]})"},
        {f + "blocked_profiles.json",
         R"({"relationships_blocked_users": [{"title": "blocked_one", "string_list_data": [{"href": "https://www.instagram.com/_u/blocked_one", "timestamp": 1714239838}]}]})"},
        {a + "content/posts_1.json", k_posts_2024},
        {a + "content/stories.json",
         R"({"ig_stories": [{"uri": "media/stories/202404/s.jpg", "creation_timestamp": 1713394237, "title": "Sunny"}]})"},
        {a + "content/reels.json",
         R"({"ig_reels_media": [{"media": [{"uri": "media/reels/202402/r.mp4", "creation_timestamp": 1707000000, "title": "Reel caption"}]}]})"},
        {a + "content/archived_posts.json",
         R"({"ig_archived_post_media": [{"media": [{"uri": "media/posts/202001/old.jpg", "creation_timestamp": 1580000000, "title": "Old one"}]}]})"},
        {a + "content/profile_photos.json",
         R"({"ig_profile_picture": [{"uri": "media/profile/202205/pp.jpg", "creation_timestamp": 1652733924, "title": ""}]})"},
        {a + "comments/post_comments_1.json",
         R"([{"media_list_data": [{"uri": ""}], "string_map_data": {"Comment": {"value": "Well done Year 4!"}, "Media Owner": {"value": "riverside.pta"}, "Time": {"timestamp": 1713572580}}}])"},
        {a + "threads/personal_information.json",
         R"({"text_post_app_text_post_app_profile": [{"string_map_data": {"Bio": {"value": "Teacher, runner"}, "Private Account": {"value": "True"}, "Links": {"value": ""}, "Onboarding Time": {"value": "", "timestamp": 1717617454}}}]})"},
        {"preferences/media_settings/comments_allowed_from.json",
         R"({"settings_allow_comments_from": [{"string_map_data": {"Comments Allowed From": {"value": "Everyone"}}}]})"},
        {"security_and_login_information/login_and_account_creation/account_privacy_changes.json",
         R"({"account_history_account_privacy_history": [{"title": "Switched to Public", "string_map_data": {"Time": {"timestamp": 1650219244}}}]})"},
        {"media/posts/202405/single.jpg", "jpeg bytes"},
    };
}

const ProfileField* field(const Export& out, FieldKind kind) {
    for (const ProfileField& f : out.profile)
        if (f.kind == kind) return &f;
    return nullptr;
}

const Setting* setting(const Export& out, std::string_view name) {
    for (const Setting& s : out.settings)
        if (s.name == name) return &s;
    return nullptr;
}

const Connection* connection(const Export& out, Relation relation, std::string_view username) {
    for (const Connection& c : out.connections)
        if (c.relation == relation && c.username == username) return &c;
    return nullptr;
}

const Post* post_with(const Export& out, std::string_view item) {
    for (const Post& p : out.posts)
        if (p.source.item == item) return &p;
    return nullptr;
}

const Media* media(const Export& out, std::string_view uri) {
    for (const Media& m : out.media)
        if (m.uri == uri) return &m;
    return nullptr;
}

} // namespace

TEST_CASE("instagram_json: reads the 2024 layout's profile and settings", "[importers]") {
    const Export out = import_files(export_2024());
    INFO((out.problems.empty() ? "" : out.problems[0].file + ": " + out.problems[0].message));
    CHECK(out.problems.empty());
    CHECK(out.platform == Platform::instagram);
    CHECK(out.format == Format::json);
    CHECK(out.files_read == 18);
    CHECK(out.owner == "Zo\u00eb Ellis");
    const std::string file = "personal_information/personal_information/personal_information.json";
    struct Expected {
        FieldKind kind;
        std::string label, value;
    };
    const std::vector<Expected> expected = {
        {FieldKind::email, "Email address", "jane@example.com"},
        {FieldKind::phone, "Phone Number", "+447700900123"},
        {FieldKind::username, "Username", "missellis.rps"},
        {FieldKind::name, "Name", "Zo\u00eb Ellis"},
        {FieldKind::bio, "Bio", "Miss Ellis @ RPS \u2019"},
        {FieldKind::website, "Website", "https://jane.example.org"},
        {FieldKind::other, "Gender", "female"},
        {FieldKind::birthday, "Date of birth", "1986-05-17"},
    };
    for (const Expected& e : expected) {
        INFO(e.label);
        const ProfileField* f = field(out, e.kind);
        REQUIRE(f);
        CHECK(f->label == e.label);
        CHECK(f->value == e.value);
        CHECK(f->source.file == file);
        CHECK(f->source.item == "profile " + std::string(to_string(e.kind)) + ": " + e.value);
    }
    // Confirmation flags are not profile text; the Threads bio and the inferred city are.
    CHECK(out.profile.size() == expected.size() + 2);
    const ProfileField* threads_bio = nullptr;
    for (const ProfileField& f : out.profile)
        if (f.source.file == "your_instagram_activity/threads/personal_information.json")
            threads_bio = &f;
    REQUIRE(threads_bio);
    CHECK(threads_bio->kind == FieldKind::bio);
    CHECK(threads_bio->value == "Teacher, runner");
    CHECK(field(out, FieldKind::city)->value == "Bath, Somerset");

    struct ExpectedSetting {
        std::string name, label, value;
        Timestamp time;
    };
    const std::vector<ExpectedSetting> settings = {
        {"private_account", "Private Account", "false", 0},
        {"threads_private_account", "Private Account", "true", 0},
        {"contact_syncing", "Contact Syncing", "true", 0},
        {"comments_allowed_from", "Comments Allowed From", "Everyone", 0},
        {"privacy_change", "account privacy", "Switched to Public", 1650219244},
    };
    CHECK(out.settings.size() == settings.size());
    for (const ExpectedSetting& e : settings) {
        INFO(e.name);
        const Setting* s = setting(out, e.name);
        REQUIRE(s);
        CHECK(s->label == e.label);
        CHECK(s->value == e.value);
        CHECK(s->time == e.time);
    }
    CHECK(setting(out, "privacy_change")->source.item == "privacy change 2022-04-17T18:14:04Z");
    CHECK(setting(out, "private_account")->source.item == "setting private_account");
}

TEST_CASE("instagram_json: posts, stories, reels and archived posts with their captions",
          "[importers]") {
    const Export out = import_files(export_2024());
    REQUIRE(out.problems.empty());
    REQUIRE(out.posts.size() == 6);
    const std::string posts = "your_instagram_activity/content/posts_1.json";

    const Post* single = post_with(out, "post 2024-05-13T02:21:16Z");
    REQUIRE(single);
    CHECK(single->source.file == posts);
    CHECK(single->text == "Caf\u00e9 day #RiversidePrimary");
    CHECK(single->kind == PostKind::post);
    REQUIRE(single->media.size() == 1);

    // The carousel's time and caption are its own, not its media's.
    const Post* carousel = post_with(out, "post 2024-03-11T13:57:51Z");
    REQUIRE(carousel);
    CHECK(carousel->text == "Un Taxi \U0001F1E8\U0001F1F4");
    REQUIRE(carousel->media.size() == 2);
    CHECK(out.media[carousel->media[1]].caption == carousel->text);

    const Post* video = post_with(out, "post 2024-01-01T09:06:40Z");
    REQUIRE(video);
    CHECK(video->text == "Clip");
    CHECK(out.media[video->media.at(0)].kind == MediaKind::video);

    const Post* story = post_with(out, "story 2024-04-17T22:50:37Z");
    REQUIRE(story);
    CHECK(story->kind == PostKind::story);
    CHECK(story->text == "Sunny");
    CHECK(story->media.size() == 1);
    const Post* reel = post_with(out, "reel 2024-02-03T22:40:00Z");
    REQUIRE(reel);
    CHECK(reel->kind == PostKind::reel);
    CHECK(out.media[reel->media.at(0)].kind == MediaKind::video);
    const Post* archived = post_with(out, "archived post 2020-01-26T00:53:20Z");
    REQUIRE(archived);
    CHECK(archived->text == "Old one");
    CHECK(archived->audience == "only me (archived)");
    CHECK(single->audience.empty());
}

TEST_CASE("instagram_json: media carry EXIF GPS, time taken and camera; uris resolve",
          "[importers]") {
    const Export out = import_files(export_2024());
    REQUIRE(out.problems.empty());
    // 3 in posts + 1 story + 1 reel + 1 archived + the profile photo (listed twice, kept once).
    CHECK(out.media.size() == 8);
    const Media* single = media(out, "media/posts/202405/single.jpg");
    REQUIRE(single);
    CHECK(single->entry == "media/posts/202405/single.jpg");
    REQUIRE(single->gps);
    CHECK(single->gps->lat == Approx(51.3812));
    CHECK(single->gps->lon == Approx(-2.3588));
    CHECK(single->taken == 1714690048); // 2024-05-02 22:47:28, read as UTC
    CHECK(single->camera_make == "Apple");
    CHECK(single->camera_model == "iPhone 15");
    CHECK(single->caption == "Caf\u00e9 day #RiversidePrimary");
    CHECK(single->album.empty());
    CHECK(single->created == 1715566876);
    CHECK(single->source.item == "post 2024-05-13T02:21:16Z");
    // A lens without a make is not a camera.
    const Media* clip = media(out, "media/posts/202401/clip.mp4");
    REQUIRE(clip);
    CHECK(clip->camera_make.empty());
    CHECK(clip->camera_model.empty());
    CHECK(clip->entry.empty());
    // The profile photo keeps its first source, the profile.
    const Media* photo = media(out, "media/profile/202205/pp.jpg");
    REQUIRE(photo);
    CHECK(photo->source.file == "personal_information/personal_information/personal_information.json");
    CHECK(photo->source.item == "profile photo 2022-05-16T20:45:24Z");
}

TEST_CASE("instagram_json: comments and people lists with relations, urls and identities",
          "[importers]") {
    const Export out = import_files(export_2024());
    REQUIRE(out.problems.empty());
    REQUIRE(out.comments.size() == 1);
    CHECK(out.comments[0].text == "Well done Year 4!");
    CHECK(out.comments[0].context == "riverside.pta");
    CHECK(out.comments[0].time == 1713572580);
    CHECK(out.comments[0].source.item == "comment 2024-04-20T00:23:00Z");

    CHECK(out.connections.size() == 7);
    struct Expected {
        Relation relation;
        std::string username, item, url;
        Timestamp since;
    };
    const std::vector<Expected> expected = {
        {Relation::follower, "ellie.m_2016", "follower ellie.m_2016",
         "https://www.instagram.com/ellie.m_2016", 1720152884},
        {Relation::follower, "follower_two", "follower follower_two",
         "https://www.instagram.com/follower_two", 1719871290},
        {Relation::following, "followed_one", "following followed_one",
         "https://www.instagram.com/followed_one", 1720213210},
        {Relation::close_friend, "kate.m", "close friend kate.m", "https://www.instagram.com/kate.m",
         1700000000},
        {Relation::request_sent, "requested_account", "follow request sent requested_account",
         "https://www.instagram.com/requested_account", 1709691517},
        {Relation::request_received, "requester", "follow request received requester",
         "https://www.instagram.com/requester", 1718935965},
        {Relation::blocked, "blocked_one", "blocked blocked_one",
         "https://www.instagram.com/_u/blocked_one", 1714239838},
    };
    for (const Expected& e : expected) {
        INFO(e.item);
        const Connection* c = connection(out, e.relation, e.username);
        REQUIRE(c);
        CHECK(c->source.item == e.item);
        CHECK(c->source.url == e.url);
        CHECK(c->since == e.since);
        CHECK(c->display_name.empty());
    }
}

TEST_CASE("instagram_json: reads the 2022 flat layout inside a wrapper folder", "[importers]") {
    const std::string root = "janeexample_20220630/";
    const Export out = import_files({
        {root + "account_information/personal_information.json",
         profile_with({entry("Username", "janeexample"), entry("Email", "jane@example.com"),
                       entry("Private account", "True")})},
        {root + "followers_and_following/followers.json",
         R"({"relationships_followers": [{"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/follower_one", "value": "follower_one", "timestamp": 1610331900}]}]})"},
        {root + "followers_and_following/following.json",
         R"({"relationships_following": []})"},
        {root + "content/posts_1.json",
         R"([{"media": [{"uri": "media/posts/202208/x.jpg", "creation_timestamp": 1659675207, "title": "Etching"}]}])"},
        {root + "comments/post_comments.json",
         R"({"comments_media_comments": [{"string_map_data": {"Comment": {"value": "Lovely"}, "Media Owner": {"value": "someone"}, "Time": {"timestamp": 1600000000}}}]})"},
        {root + "login_and_account_creation/account_privacy_changes.json",
         R"({"account_history_account_privacy_history": [{"title": "Switched to Private", "string_map_data": {"Time": {"timestamp": 1650219244}}}]})"},
        {"__MACOSX/" + root + "content/._posts_1.json", "resource fork, not JSON"},
    });
    INFO((out.problems.empty() ? "" : out.problems[0].file + ": " + out.problems[0].message));
    CHECK(out.problems.empty());
    CHECK(out.files_read == 6);
    CHECK(out.owner == "janeexample");
    CHECK(field(out, FieldKind::email)->value == "jane@example.com");
    CHECK(setting(out, "private_account")->value == "true");
    CHECK(connection(out, Relation::follower, "follower_one"));
    REQUIRE(out.posts.size() == 1);
    CHECK(out.posts[0].text == "Etching");
    CHECK(out.posts[0].source.file == root + "content/posts_1.json");
    REQUIRE(out.comments.size() == 1);
    CHECK(out.comments[0].text == "Lovely");
    CHECK(setting(out, "privacy_change")->value == "Switched to Private");
}

TEST_CASE("instagram_json: the example export imports with its planted items", "[importers]") {
    const std::filesystem::path folder = test::examples_dir() / "exports" / "instagram-jordan";
    auto archive = open_archive(folder.string());
    REQUIRE(archive);
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(std::move(*archive));
    const ExportView view(std::move(parts));
    CHECK(importer("instagram_json").detect(view) >= 0.9);
    CHECK(importer("facebook_json").detect(view) < 0.3);
    Export out;
    importer("instagram_json").import_export(view, out);
    CHECK(out.problems.empty());
    CHECK(out.files_read == 16);
    CHECK(out.owner == "Jordan Ellis");
    // The record counts of examples/README.md.
    std::size_t posts = 0, stories = 0;
    for (const Post& p : out.posts)
        (p.kind == PostKind::story ? stories : posts) += 1;
    CHECK(posts == 62);
    CHECK(stories == 14);
    CHECK(out.comments.size() == 24);
    CHECK(out.connections.size() == 58 + 44 + 5 + 2 + 3 + 2);
    const ProfileField* bio = field(out, FieldKind::bio);
    REQUIRE(bio);
    CHECK(bio->value == "Miss Ellis @ RPS \U0001F34E Year 4 | Bath | running, baking & far too many books");
    CHECK(setting(out, "private_account")->value == "false");
    CHECK(setting(out, "threads_private_account")->value == "true");
    CHECK(connection(out, Relation::follower, "ellie.m_2016"));
    CHECK(connection(out, Relation::follower, "rachel.mason.bath"));
    const Post* planted = post_with(out, "post 2024-11-21T19:12:41Z");
    REQUIRE(planted);
    CHECK_THAT(planted->text, Catch::Contains("#RiversidePrimary"));
    CHECK(planted->media.size() == 3);
    const bool no_gps = std::none_of(out.media.begin(), out.media.end(),
                                     [](const Media& m) { return m.gps.has_value(); });
    CHECK(no_gps);
}
