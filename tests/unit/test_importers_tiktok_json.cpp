// The TikTok JSON importer on small files built in memory: the three eras' top-level sections,
// null lists and "N/A"/"None" values, dates without a zone, broken shapes, and detection both
// ways (EXPORT-FORMATS.md §4).
#include "audit/archive/archive.hpp"
#include "audit/archive/export_view.hpp"
#include "audit/core/time.hpp"
#include "audit/importers/importer.hpp"
#include "audit/importers/tiktok_json_internal.hpp"
#include <algorithm>
#include <catch2/catch.hpp>

using namespace audit;

namespace {

const Importer& tiktok_importer() {
    for (const Importer& importer : all_importers())
        if (importer.id == "tiktok_json") return importer;
    FAIL("tiktok_json is not registered");
    throw 0;
}

ExportView view_of(std::vector<std::pair<std::string, std::string>> files) {
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(memory_archive("tiktok.zip", std::move(files)));
    return ExportView(std::move(parts));
}

Export import_file(const std::string& json, const std::string& name = "user_data_tiktok.json") {
    const ExportView view = view_of({{name, json}});
    Export out;
    tiktok_importer().import_export(view, out);
    return out;
}

const ProfileField* field(const Export& out, std::string_view label) {
    for (const ProfileField& f : out.profile)
        if (f.label == label) return &f;
    return nullptr;
}

const Setting* setting(const Export& out, std::string_view name) {
    for (const Setting& s : out.settings)
        if (s.name == name) return &s;
    return nullptr;
}

const Connection* person(const Export& out, std::string_view item) {
    for (const Connection& c : out.connections)
        if (c.source.item == item) return &c;
    return nullptr;
}

bool has_skipped(const Export& out, std::string_view what) {
    return std::any_of(out.skipped.begin(), out.skipped.end(),
                       [what](const Skipped& s) { return s.what == what; });
}

// The 2024–2025 layout, with every section the importer reads.
const char* k_2025 = R"({
  "Profile": {"Profile Info": {"App": 1, "ProfileMap": {
    "PlatformInfo": [{"Name": "Jordan Ellis", "Platform": "Facebook"}],
    "bioDescription": "Runner, baker, reader #RiversidePrimary", "birthDate": "17-May-1986",
    "displayName": "Jordan E", "emailAddress": "jordan@example.com", "instagramLink": "",
    "likesReceived": "387", "telephoneNumber": "None", "userName": "jordanruns", "youtubeLink": "N/A"}}},
  "App Settings": {"Settings": {"App": 1, "SettingsMap": {
    "Allow Others to Find Me": "Enabled", "Private Account": "Disabled",
    "Who Can Send Me Message": "Friends", "Who Can Post Comments": "Everyone",
    "Who Can View Videos I Liked": "Myself", "Suggest your account to contacts": "enabled",
    "Web Language": "N/A", "App Language": "", "Push Notification": {"New Fans": "Default"},
    "Content Preferences": {"Video Languages Preferences": null}}},
    "Block List": {"App": 1, "BlockList": [{"Date": "2025-02-01 10:00:00", "UserName": "troll_99"}]}},
  "Post": {"Posts": {"VideoList": [
    {"Date": "2025-01-26 15:50:46", "Link": "https://www.tiktokv.com/share/video/1/", "Likes": "58",
     "WhoCanView": "Everyone", "Location": "Bath", "Title": "Sports day! #RiversidePrimary",
     "AlternateText": "N/A", "AddYoursText": "N/A", "Sound": "original sound"},
    {"Date": "2024-02-14 19:45:10", "Link": "https://www.tiktokv.com/share/video/2/", "WhoCanView": "Only You",
     "Location": "", "Title": "N/A", "AlternateText": "A cake shaped like a tortoise"}]},
    "Recently Deleted Posts": {"PostList": null}},
  "Comment": {"Comments": {"App": 1, "CommentsList": [
    {"date": "2025-10-20 18:56:08", "comment": "So proud of you all", "photo": "N/A", "url": "https://www.tiktokv.com/share/video/9/"},
    {"date": "2025-05-16 19:52:34", "comment": "", "photo": "N/A", "url": ""}]}},
  "Direct Message": {"Direct Messages": {"ChatHistory": {
    "Chat History with ellie.m2016:": [
      {"Date": "2025-11-02 17:00:00", "From": "ellie.m2016", "Content": "hi miss"},
      {"Date": "2025-11-02 17:05:00", "From": "jordanruns", "Content": "Hello! See you Monday."}],
    "Chat History with nobody:": null}}},
  "Your Activity": {
    "Follower": {"App": 1, "IsFastLane": false, "FansList": [
      {"Date": "2025-10-01 09:31:12", "UserName": "ellie.m2016"}, {"Date": "N/A", "UserName": "fan_2"}]},
    "Following": {"App": 1, "IsFastLane": false, "Following": [{"Date": "2025-11-14 19:13:26", "UserName": "bakes_uk"}]},
    "Searches": {"SearchList": [{"Date": "2025-09-09 20:14:37", "SearchTerm": "ellie mason"}]},
    "Login History": {"LoginHistoryList": [{"Date": "2024-09-04 09:45:18", "IP": "198.51.100.23",
      "DeviceModel": "iPhone12,1", "DeviceSystem": "iOS 17.5.1", "NetworkType": "Wifi", "Carrier": ""}]},
    "Like List": {"App": 1, "ItemFavoriteList": [{"date": "2024-12-15 19:03:14", "link": "https://x/1"}]},
    "Most Recent Location Data": {"LocationData": {"Date": "N/A", "GpsData": "N/A", "LastRegion": "N/A"}}}
}
)";

} // namespace

TEST_CASE("tiktok_json: reads the 2024-2025 layout", "[importers][tiktok]") {
    const Export out = import_file(k_2025);
    CHECK(out.problems.empty());
    CHECK(out.platform == Platform::tiktok);
    CHECK(out.format == Format::json);
    CHECK(out.owner == "Jordan E");
    CHECK(out.files_read == 1);

    CHECK(field(out, "ProfileMap.userName")->value == "jordanruns");
    CHECK(field(out, "ProfileMap.userName")->kind == FieldKind::username);
    CHECK(field(out, "ProfileMap.userName")->source.item == "profile username: jordanruns");
    CHECK(field(out, "ProfileMap.displayName")->kind == FieldKind::name);
    CHECK(field(out, "ProfileMap.bioDescription")->value ==
          "Runner, baker, reader #RiversidePrimary");
    CHECK(field(out, "ProfileMap.birthDate")->value == "1986-05-17");
    CHECK(field(out, "ProfileMap.emailAddress")->kind == FieldKind::email);
    CHECK(field(out, "ProfileMap.PlatformInfo.Facebook")->value == "Jordan Ellis");
    // "None", "N/A" and "" are absent.
    CHECK_FALSE(field(out, "ProfileMap.telephoneNumber"));
    CHECK_FALSE(field(out, "ProfileMap.youtubeLink"));
    CHECK_FALSE(field(out, "ProfileMap.instagramLink"));
    CHECK(out.profile.size() == 6);

    REQUIRE(out.posts.size() == 2);
    const Post& video = out.posts[0];
    CHECK(video.source.item == "video 2025-01-26T15:50:46Z");
    CHECK(video.source.url == "https://www.tiktokv.com/share/video/1/");
    CHECK(video.text == "Sports day! #RiversidePrimary");
    CHECK(video.audience == "public");
    REQUIRE(video.places.size() == 1);
    CHECK(video.places[0].name == "Bath");
    CHECK(out.posts[1].text == "A cake shaped like a tortoise");
    CHECK(out.posts[1].audience == "only_me");
    CHECK(out.posts[1].places.empty());

    REQUIRE(out.comments.size() == 1); // the empty one is not a comment
    CHECK(out.comments[0].text == "So proud of you all");
    CHECK(out.comments[0].source.item == "comment 2025-10-20T18:56:08Z");
    CHECK(out.comments[0].source.url == "https://www.tiktokv.com/share/video/9/");
}

TEST_CASE("tiktok_json: settings keep TikTok's label under a normalised name",
          "[importers][tiktok]") {
    const Export out = import_file(k_2025);
    struct Expected {
        std::string name, label, value;
    };
    const std::vector<Expected> expected = {
        {"private_account", "Private Account", "false"},
        {"allow_others_to_find_me", "Allow Others to Find Me", "true"},
        {"who_can_message", "Who Can Send Me Message", "friends"},
        {"who_can_comment", "Who Can Post Comments", "everyone"},
        {"who_can_view_liked_videos", "Who Can View Videos I Liked", "only_me"},
        {"suggest_to_contacts", "Suggest your account to contacts", "true"},
    };
    // "N/A", "" and the nested groups are not settings.
    CHECK(out.settings.size() == expected.size());
    for (const Expected& e : expected) {
        INFO(e.name);
        const Setting* s = setting(out, e.name);
        REQUIRE(s);
        CHECK(s->label == e.label);
        CHECK(s->value == e.value);
        CHECK(s->source.item == "setting " + e.label);
        CHECK(s->source.file == "user_data_tiktok.json");
    }
}

TEST_CASE("tiktok_json: people, messages, searches and log-ins", "[importers][tiktok]") {
    const Export out = import_file(k_2025);
    const Connection* ellie = person(out, "follower ellie.m2016");
    REQUIRE(ellie);
    CHECK(ellie->relation == Relation::follower);
    CHECK(ellie->username == "ellie.m2016");
    CHECK(ellie->display_name.empty());
    CHECK(iso_utc(ellie->since) == "2025-10-01T09:31:12Z");
    REQUIRE(person(out, "follower fan_2"));
    CHECK(person(out, "follower fan_2")->since == 0); // "N/A" is no date, and no problem
    REQUIRE(person(out, "following bakes_uk"));
    CHECK(person(out, "following bakes_uk")->relation == Relation::following);
    REQUIRE(person(out, "blocked troll_99"));
    CHECK(person(out, "blocked troll_99")->relation == Relation::blocked);
    CHECK(out.connections.size() == 4);

    REQUIRE(out.messages.size() == 2);
    CHECK(out.messages[0].thread == "ellie.m2016");
    CHECK(out.messages[0].sender == "ellie.m2016");
    CHECK_FALSE(out.messages[0].sent_by_owner);
    CHECK(out.messages[1].sent_by_owner);
    CHECK(out.messages[0].participants == std::vector<std::string>{"jordanruns", "ellie.m2016"});
    CHECK(out.messages[0].source.item == "message 2025-11-02T17:00:00Z in ellie.m2016");

    REQUIRE(out.searches.size() == 1);
    CHECK(out.searches[0].query == "ellie mason");
    REQUIRE(out.logins.size() == 1);
    CHECK(out.logins[0].ip == "198.51.100.23");
    CHECK(out.logins[0].device == "iPhone12,1 (iOS 17.5.1)");
    CHECK(has_skipped(out, "times"));
    CHECK(has_skipped(out, "video content"));
    CHECK(has_skipped(out, "likes and favourites"));
}

TEST_CASE("tiktok_json: reads the 2023-and-earlier layout in user_data.json",
          "[importers][tiktok]") {
    const Export out = import_file(R"({
      "Activity": {
        "Follower List": {"FansList": [{"Date": "2022-03-01 10:00:00", "UserName": "fan_a"}]},
        "Following List": {"Following": [{"Date": "2022-03-02 10:00:00", "UserName": "star_b"}]},
        "Search History": {"SearchList": [{"Date": "2022-03-03 10:00:00", "SearchTerm": "bread"}]},
        "Login History": {"LoginHistoryList": [{"Date": "2022-03-04 10:00:00", "IP": "192.0.2.7", "DeviceModel": "Pixel 6"}]},
        "Like List": {"ItemFavoriteList": null}},
      "Profile": {"Profile Information": {"ProfileMap": {"userName": "old_user", "displayName": "Old", "telephoneNumber": "N/A"}}},
      "Video": {"Videos": {"VideoList": [{"Date": "2022-01-01 12:00:00", "Link": "https://v/1", "WhoCanView": "Friends", "Title": "hello"}]}},
      "Comment": {"Comments": {"CommentsList": [{"Date": "2022-02-02 12:00:00", "Comment": "nice"}]}},
      "Direct Messages": {"Chat History": {"ChatHistory": {"Chat History with pal:": [{"Date": "2022-02-03 12:00:00", "From": "pal", "Content": "yo"}]}}},
      "App Settings": {"Settings": {"SettingsMap": {"Private Account": "Enabled"}}}
    })",
                                   "TikTok_Data/user_data.json");
    CHECK(out.problems.empty());
    CHECK(out.owner == "Old");
    CHECK(person(out, "follower fan_a"));
    CHECK(person(out, "following star_b"));
    REQUIRE(out.posts.size() == 1);
    CHECK(out.posts[0].audience == "friends");
    CHECK(out.posts[0].source.item == "video 2022-01-01T12:00:00Z");
    CHECK(out.posts[0].source.file == "TikTok_Data/user_data.json");
    REQUIRE(out.comments.size() == 1);
    CHECK(out.comments[0].text == "nice");
    REQUIRE(out.messages.size() == 1);
    CHECK(out.messages[0].thread == "pal");
    CHECK(out.searches.size() == 1);
    CHECK(out.logins.size() == 1);
    REQUIRE(setting(out, "private_account"));
    CHECK(setting(out, "private_account")->value == "true");
}

TEST_CASE("tiktok_json: reads the 2026 Likes and Favorites and Profile And Settings sections",
          "[importers][tiktok]") {
    const Export out = import_file(R"({
      "Likes and Favorites": {
        "Favorite Videos": {"FavoriteVideoList": [{"Date": "2026-04-18 21:21:16", "Link": "https://x/1"},
                                                  {"Date": "2026-04-04 11:37:23", "Link": "https://x/2"}]},
        "Like List": {"ItemFavoriteList": [{"date": "2026-04-25 23:35:34", "link": "https://x/3"}]},
        "Favorite Sounds": {"FavoriteSoundList": null}},
      "Your Activity": {"Searches": {"SearchList": null}},
      "Profile And Settings": {"Follower": {"FansList": [{"Date": "2026-01-01 00:00:00", "UserName": "new_fan"}]}}
    })");
    CHECK(out.problems.empty());
    // The follower list is found under the second section name although "Your Activity" exists.
    CHECK(person(out, "follower new_fan"));
    const auto likes = std::find_if(out.skipped.begin(), out.skipped.end(), [](const Skipped& s) {
        return s.what == "likes and favourites";
    });
    REQUIRE(likes != out.skipped.end());
    CHECK(likes->why.starts_with("3 liked or favourite videos"));
    CHECK(has_skipped(out, "profile"));
}

TEST_CASE("tiktok_json: null lists and N/A values are absent, not errors", "[importers][tiktok]") {
    const Export out = import_file(R"({
      "Profile": {"Profile Info": {"ProfileMap": {"userName": "u", "bioDescription": "N/A", "birthDate": "17-Dec-20xx",
        "emailAddress": "None", "telephoneNumber": null, "displayName": "  "}}},
      "Post": {"Posts": {"VideoList": null}}, "Comment": {"Comments": {"CommentsList": null}},
      "Direct Message": {"Direct Messages": {"ChatHistory": {}}},
      "Your Activity": {"Follower": {"FansList": null}, "Following": {"Following": null},
                        "Login History": {"LoginHistoryList": null}},
      "App Settings": {"Block List": {"BlockList": null}, "Settings": {"SettingsMap": {}}}
    })");
    CHECK(out.problems.empty());
    CHECK(out.posts.empty());
    CHECK(out.comments.empty());
    CHECK(out.connections.empty());
    CHECK(out.messages.empty());
    CHECK(out.settings.empty());
    // The test account's redacted birth date is kept as written: still identity material.
    REQUIRE(field(out, "ProfileMap.birthDate"));
    CHECK(field(out, "ProfileMap.birthDate")->value == "17-Dec-20xx");
    CHECK(out.profile.size() == 2);
    CHECK(out.owner == "u");
    CHECK_FALSE(has_skipped(out, "times"));
}

TEST_CASE("tiktok_json: dates are YYYY-MM-DD HH:MM:SS read as UTC; others are problems",
          "[importers][tiktok]") {
    auto t = tiktok::parse_time("2025-01-26 15:50:46");
    REQUIRE(t);
    CHECK(iso_utc(*t) == "2025-01-26T15:50:46Z");
    CHECK(iso_utc(*tiktok::parse_time("2024-02-29 00:00:00")) == "2024-02-29T00:00:00Z");
    for (std::string_view bad :
         {"", "N/A", "2025-01-26", "2025-01-26T15:50:46", "2025-02-29 10:00:00",
          "2025-13-01 10:00:00", "2025-01-26 24:00:00", "26-01-2025 15:50:46",
          "2025-01-26 15:50:46 UTC", "1741968131"}) {
        INFO("'" << bad << "'");
        CHECK_FALSE(tiktok::parse_time(bad));
    }
    const Export out = import_file(R"({"Your Activity": {"Searches": {"SearchList": [
        {"Date": "yesterday", "SearchTerm": "a"}, {"Date": "2025-99-99 00:00:00", "SearchTerm": "b"},
        {"Date": "2025-01-01 00:00:00", "SearchTerm": "c"}]}}})");
    REQUIRE(out.searches.size() == 3);
    CHECK(out.searches[0].time == 0);
    CHECK(out.searches[0].source.item == "search (no date)");
    CHECK(out.searches[1].source.item == "search (no date) (2)");
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].file == "user_data_tiktok.json");
    CHECK(out.problems[0].message.find("2 dates") != std::string::npos);
    CHECK(out.problems[0].message.find("'yesterday'") != std::string::npos);
}

TEST_CASE("tiktok_json: wrong shapes are problems naming the section", "[importers][tiktok]") {
    const Export odd = import_file(R"({"Post": {"Posts": {"VideoList": "none yet"}},
        "Your Activity": {"Follower": {"FansList": [{"Date": "2025-01-01 00:00:00", "UserName": "ok_fan"}, 7]}}})");
    REQUIRE(odd.problems.size() == 1);
    CHECK(odd.problems[0].message.find("Post/Posts/VideoList") != std::string::npos);
    CHECK(person(odd, "follower ok_fan")); // the rest is imported; a non-object item is skipped

    const Export broken = import_file("{\"Profile\": {");
    REQUIRE(broken.problems.size() == 1);
    CHECK(broken.problems[0].file == "user_data_tiktok.json");

    const Export array = import_file("[1, 2]");
    REQUIRE(array.problems.size() == 1);
    CHECK(array.problems[0].message.find("unexpected shape") != std::string::npos);
}

TEST_CASE("tiktok_json: detection is sure of TikTok files and claims no other export",
          "[importers][tiktok]") {
    for (const std::string name : {"user_data_tiktok.json", "TikTok Data/user_data.json"}) {
        INFO(name);
        const ExportView view = view_of({{name, k_2025}});
        CHECK(tiktok_importer().detect(view) >= 0.9);
        const Importer* chosen = detect_importer(view);
        REQUIRE(chosen);
        CHECK(chosen->id == "tiktok_json");
    }
    const std::vector<std::vector<std::pair<std::string, std::string>>> others = {
        {{"user_data.json", R"({"users": [], "settings": {}})"}}, // another app's file
        {{"Connections.csv",
          "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"}},
        {{"personal_information/profile_information/profile_information.json",
          R"({"profile_v2": {}})"}},
        {{"your_instagram_activity/likes/liked_posts.json", R"({"likes_media_likes": []})"}},
        {{"data/tweets.js", "window.YTD.tweets.part0 = []"}},
        {{"user_data.txt", "Profile:\nUsername: someone\n"}},
    };
    for (const auto& files : others) {
        INFO(files.front().first);
        CHECK(tiktok_importer().detect(view_of(files)) < 0.3);
    }
}
