// The Instagram JSON importer on the shapes that drift between exports (table-driven): usernames
// in value, title or href; single-media and carousel captions; re-cased and localised labels;
// broken files; coverage notes; and detection against Facebook in both directions.
#include "audit/archive/archive.hpp"
#include "audit/archive/export_view.hpp"
#include "audit/importers/importer.hpp"
#include <algorithm>
#include <catch2/catch.hpp>

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

double detect(std::string_view id, Files files) {
    return importer(id).detect(view_of(std::move(files)));
}

bool has_skipped(const Export& out, std::string_view what) {
    return std::any_of(out.skipped.begin(), out.skipped.end(),
                       [what](const Skipped& s) { return s.what == what; });
}

const std::string k_following = "connections/followers_and_following/following.json";
const std::string k_posts = "your_instagram_activity/content/posts_1.json";
const std::string k_personal =
    "personal_information/personal_information/personal_information.json";

} // namespace

TEST_CASE("instagram_json: usernames from value, else title, else the href", "[importers]") {
    struct Case {
        std::string record, username, url;
    };
    const std::vector<Case> cases = {
        {R"({"title": "", "string_list_data": [{"href": "https://www.instagram.com/a_one", "value": "a_one", "timestamp": 1}]})",
         "a_one", "https://www.instagram.com/a_one"},
        // 2026 following.json: the username in "title", the href through /_u/.
        {R"({"title": "b_two", "string_list_data": [{"href": "https://www.instagram.com/_u/b_two", "timestamp": 1}]})",
         "b_two", "https://www.instagram.com/_u/b_two"},
        {R"({"title": "", "string_list_data": [{"href": "https://www.instagram.com/_u/c.three/", "timestamp": 1}]})",
         "c.three", "https://www.instagram.com/_u/c.three/"},
        {R"({"string_list_data": [{"href": "https://www.instagram.com/d_four?igsh=abc", "timestamp": 1}]})",
         "d_four", "https://www.instagram.com/d_four?igsh=abc"},
        // No href at all: the link is made from the username.
        {R"({"title": "", "string_list_data": [{"value": "e_five", "timestamp": 1}]})", "e_five",
         "https://www.instagram.com/e_five"},
        {R"({"title": "f_six"})", "f_six", "https://www.instagram.com/f_six"},
        // Mojibake is repaired in usernames too.
        {R"({"title": "", "string_list_data": [{"value": "zo\u00c3\u00ab_g", "timestamp": 1}]})",
         "zo\u00eb_g", "https://www.instagram.com/zo\u00eb_g"},
    };
    for (const Case& c : cases) {
        INFO(c.record);
        const Export out =
            import_files({{k_following, R"({"relationships_following": [)" + c.record + "]}"}});
        REQUIRE(out.problems.empty());
        REQUIRE(out.connections.size() == 1);
        CHECK(out.connections[0].username == c.username);
        CHECK(out.connections[0].source.url == c.url);
        CHECK(out.connections[0].source.item == "following " + c.username);
    }
    // Records with no username anywhere are left out; the list goes on.
    const Export out = import_files(
        {{k_following,
          R"({"relationships_following": [{"title": "", "string_list_data": [{"href": "https://www.instagram.com/", "timestamp": 1}]}, 7, {"title": "h_eight"}]})"}});
    CHECK(out.problems.empty());
    REQUIRE(out.connections.size() == 1);
    CHECK(out.connections[0].username == "h_eight");
}

TEST_CASE("instagram_json: the 2026 blocked_profiles label_values object", "[importers]") {
    const Export out = import_files(
        {{"connections/followers_and_following/blocked_profiles.json",
          R"({"timestamp": 1751439108, "media": [], "label_values": [
              {"label": "URL", "value": "https://www.instagram.com/blocked_account"},
              {"label": "Name", "value": "Blocked Person"},
              {"label": "Username", "value": "blocked_account"}], "fbid": "17841459137562888"})"}});
    REQUIRE(out.problems.empty());
    REQUIRE(out.connections.size() == 1);
    const Connection& c = out.connections[0];
    CHECK(c.relation == Relation::blocked);
    CHECK(c.username == "blocked_account");
    CHECK(c.display_name == "Blocked Person");
    CHECK(c.since == 1751439108);
    CHECK(c.source.url == "https://www.instagram.com/blocked_account");
    CHECK(c.source.item == "blocked blocked_account");
}

TEST_CASE("instagram_json: captions of single-media posts and carousels", "[importers]") {
    struct Case {
        std::string post, text, item;
        std::vector<std::string> media_captions;
    };
    const std::vector<Case> cases = {
        {R"({"media": [{"uri": "m/1.jpg", "creation_timestamp": 1700000000, "title": "Only caption"}]})",
         "Only caption", "post 2023-11-14T22:13:20Z", {"Only caption"}},
        {R"({"media": [{"uri": "m/1.jpg", "creation_timestamp": 1700000000, "title": ""}, {"uri": "m/2.jpg", "creation_timestamp": 1700000000, "title": ""}],
             "title": "Carousel caption", "creation_timestamp": 1700000100})",
         "Carousel caption", "post 2023-11-14T22:15:00Z", {"Carousel caption", "Carousel caption"}},
        // A carousel item with its own text keeps it; the post's text is the carousel's.
        {R"({"media": [{"uri": "m/1.jpg", "creation_timestamp": 1700000000, "title": "First"}, {"uri": "m/2.jpg", "creation_timestamp": 1700000000, "title": ""}],
             "title": "Top", "creation_timestamp": 1700000100})",
         "Top", "post 2023-11-14T22:15:00Z", {"First", "Top"}},
        {R"({"media": [{"uri": "m/1.jpg", "creation_timestamp": 1700000000, "title": ""}]})", "",
         "post 2023-11-14T22:13:20Z", {""}},
        {R"({"media": [{"uri": "m/1.jpg", "title": "No time"}]})", "No time", "post (no date)",
         {"No time"}},
    };
    for (const Case& c : cases) {
        INFO(c.post);
        const Export out = import_files({{k_posts, "[" + c.post + "]"}});
        REQUIRE(out.problems.empty());
        REQUIRE(out.posts.size() == 1);
        CHECK(out.posts[0].text == c.text);
        CHECK(out.posts[0].source.item == c.item);
        std::vector<std::string> captions;
        for (std::size_t index : out.posts[0].media)
            captions.push_back(out.media[index].caption);
        CHECK(captions == c.media_captions);
    }
}

TEST_CASE("instagram_json: re-cased and localised labels", "[importers]") {
    struct Case {
        std::string label, value;
        std::string setting;  // expected private_account value, or empty
        FieldKind kind;       // else the field kind
    };
    const std::vector<Case> cases = {
        {"Private Account", "False", "false", FieldKind::other},
        {"Private account", "True", "true", FieldKind::other},
        {"PRIVATE ACCOUNT", "true", "true", FieldKind::other},
        {"Privates Konto", "False", "false", FieldKind::other},
        {"Email", "a@example.com", "", FieldKind::email},
        {"Email address", "a@example.com", "", FieldKind::email},
        {"E-Mail-Adresse", "a@example.com", "", FieldKind::email},
        {"Phone number", "+447700900123", "", FieldKind::phone},
        {"Date Of Birth", "1990-01-02", "", FieldKind::birthday},
        {"Benutzername", "jane.d", "", FieldKind::username},
        {"website", "https://example.org", "", FieldKind::website},
        // An unknown label keeps its text, so that nothing on the profile goes unchecked.
        {"Unbekannt", "Lehrerin in Bath", "", FieldKind::other},
    };
    for (const Case& c : cases) {
        INFO(c.label);
        const Export out = import_files(
            {{k_personal, R"({"profile_user": [{"string_map_data": {")" + c.label +
                              R"(": {"href": "", "value": ")" + c.value +
                              R"(", "timestamp": 0}}}]})"}});
        REQUIRE(out.problems.empty());
        if (!c.setting.empty()) {
            REQUIRE(out.settings.size() == 1);
            CHECK(out.settings[0].name == "private_account");
            CHECK(out.settings[0].label == c.label);
            CHECK(out.settings[0].value == c.setting);
            CHECK(out.profile.empty());
        } else {
            REQUIRE(out.profile.size() == 1);
            CHECK(out.profile[0].kind == c.kind);
            CHECK(out.profile[0].label == c.label);
            CHECK(out.profile[0].value == c.value);
            CHECK(out.settings.empty());
        }
    }
}

TEST_CASE("instagram_json: privacy history and comment times under localised keys",
          "[importers]") {
    const Export out = import_files({
        {"security_and_login_information/login_and_profile_creation/profile_privacy_changes.json",
         R"({"account_history_account_privacy_history": [
             {"title": "Zu privat gewechselt", "string_map_data": {"Zeit": {"timestamp": 1650219244}}},
             {"title": "Switched to Public", "string_list_data": [{"timestamp": 1660000000}]},
             {"title": "Switched to Private", "string_map_data": {"Time": {"timestamp": 1670000000}}}]})"},
        {"preferences/settings/comments_allowed_from.json",
         R"({"settings_allow_comments_from": [{"string_map_data": {"Comments allowed from": {"value": "People you follow"}}}]})"},
        {"your_instagram_activity/comments/reels_comments.json",
         R"({"comments_reels_comments": [{"string_map_data": {"Kommentar": {"value": "Toll!"}, "Medieninhaber": {"value": "owner_x"}, "Zeit": {"timestamp": 1680000000}}}]})"},
    });
    REQUIRE(out.problems.empty());
    REQUIRE(out.settings.size() == 4);
    std::vector<Timestamp> times;
    for (const Setting& s : out.settings)
        if (s.name == "privacy_change") times.push_back(s.time);
    CHECK(times == std::vector<Timestamp>{1650219244, 1660000000, 1670000000});
    const Setting& allowed = out.settings.back();
    CHECK(allowed.name == "comments_allowed_from");
    CHECK(allowed.label == "Comments allowed from");
    CHECK(allowed.value == "People you follow");
    REQUIRE(out.comments.size() == 1);
    CHECK(out.comments[0].text == "Toll!");
    CHECK(out.comments[0].context == "owner_x");
    CHECK(out.comments[0].source.item == "reel comment 2023-03-28T10:40:00Z");
}

TEST_CASE("instagram_json: a broken file is a problem and the rest imports", "[importers]") {
    const Export out = import_files({
        {k_posts, R"([{"media": [{"uri": "m/1.jpg", "creation_timestamp": 1700000000, "title": "ok"}]}])"},
        {"connections/followers_and_following/followers_1.json", R"([{"title": "", "string_list_data": [)"},
        {k_following, R"({"something_else": []})"},
        {k_personal, R"(["not a profile"])"},
        {"your_instagram_activity/content/stories.json", R"({"ig_stories": 5})"},
    });
    REQUIRE(out.problems.size() == 4);
    std::vector<std::string> files;
    for (const Problem& p : out.problems) {
        files.push_back(p.file);
        if (p.file.ends_with("followers_1.json"))
            CHECK_THAT(p.message, Catch::Contains("not valid JSON"));
        else
            CHECK_THAT(p.message, Catch::Contains("unexpected shape"));
    }
    std::sort(files.begin(), files.end());
    CHECK(files == std::vector<std::string>{"connections/followers_and_following/followers_1.json",
                                            k_following, k_personal,
                                            "your_instagram_activity/content/stories.json"});
    CHECK(out.posts.size() == 1);
    CHECK(out.files_read == 5);
}

TEST_CASE("instagram_json: identities do not depend on position and repeat with a suffix",
          "[importers]") {
    const std::string a = R"({"media": [{"uri": "m/a.jpg", "creation_timestamp": 1700000000, "title": "A"}]})";
    const std::string b = R"({"media": [{"uri": "m/b.jpg", "creation_timestamp": 1700000500, "title": "B"}]})";
    const Export forward = import_files({{k_posts, "[" + a + "," + b + "]"}});
    const Export backward = import_files({{k_posts, "[" + b + "," + a + "]"}});
    auto item_of = [](const Export& out, std::string_view text) {
        for (const Post& p : out.posts)
            if (p.text == text) return p.source.item;
        return std::string();
    };
    CHECK(item_of(forward, "A") == item_of(backward, "A"));
    CHECK(item_of(forward, "B") == item_of(backward, "B"));
    const Export same_second = import_files({{k_posts, "[" + a + "," + a + "]"}});
    REQUIRE(same_second.posts.size() == 2);
    CHECK(same_second.posts[0].source.item == "post 2023-11-14T22:13:20Z");
    CHECK(same_second.posts[1].source.item == "post 2023-11-14T22:13:20Z (2)");
}

TEST_CASE("instagram_json: coverage notes say what the export cannot show", "[importers]") {
    const std::string post =
        R"([{"media": [{"uri": "m/1.jpg", "creation_timestamp": 1700000000, "title": "x",
             "media_metadata": {"photo_metadata": {"exif_data": [{"date_time_original": "2023:11:14 21:00:00"}]}}}]}])";
    // Posts but no follow lists: a limited date range or only some information.
    const Export limited = import_files({{k_posts, post}});
    CHECK(has_skipped(limited, "followers and following"));
    CHECK(has_skipped(limited, "photo locations"));
    CHECK(has_skipped(limited, "photo times"));
    CHECK(has_skipped(limited, "post audience"));
    CHECK(limited.media.at(0).taken == 1699995600);

    const Export empty_followers = import_files(
        {{k_posts, post},
         {"connections/followers_and_following/followers_1.json", "[]"},
         {k_following, R"({"relationships_following": [{"title": "x_y"}]})"}});
    CHECK(has_skipped(empty_followers, "followers"));
    CHECK_FALSE(has_skipped(empty_followers, "followers and following"));
    CHECK(has_skipped(empty_followers, "names of followers and accounts followed"));

    const Export people_only = import_files({{k_following, R"({"relationships_following": []})"}});
    CHECK(people_only.skipped.empty());
}

TEST_CASE("instagram_json: detects Instagram and never claims Facebook", "[importers]") {
    const Files instagram_2024 = {
        {k_personal, R"({"profile_user": [{"string_map_data": {}}]})"},
        {"connections/followers_and_following/followers_1.json", "[]"},
    };
    CHECK(detect("instagram_json", instagram_2024) >= 0.9);
    CHECK(detect("facebook_json", instagram_2024) < 0.3);
    // Each confirming file on its own.
    CHECK(detect("instagram_json",
                 {{"connections/followers_and_following/followers_1.json",
                   R"([{"title": "", "string_list_data": [{"value": "a", "timestamp": 1}]}])"}}) >= 0.9);
    CHECK(detect("instagram_json",
                 {{k_posts, R"([{"media": [{"uri": "media/posts/1.jpg", "title": ""}]}])"}}) >= 0.9);
    CHECK(detect("instagram_json",
                 {{"jane_20220630/followers_and_following/followers.json",
                   R"({"relationships_followers": []})"}}) >= 0.9);
    // Names without the shapes: some confidence, not certainty.
    const double names_only = detect("instagram_json", {{k_posts, R"({"x": 1})"}});
    CHECK(names_only >= 0.3);
    CHECK(names_only < 0.9);
    // A name other exports use too ("following.json") is not enough without the shape.
    CHECK(detect("instagram_json", {{"following.json", R"({"following_v2": []})"}}) < 0.3);

    // Facebook exports, 2022 and 2024+ layouts: never Instagram's.
    const std::string profile_v2 = R"({"profile_v2": {"name": {"full_name": "Jane"}}})";
    const Files facebook_2022 = {
        {"facebook-jane/profile_information/profile_information.json", profile_v2},
        {"facebook-jane/friends_and_followers/followers.json", R"({"followers_v2": []})"},
        {"facebook-jane/friends_and_followers/following.json", R"({"following_v2": []})"},
    };
    CHECK(detect("instagram_json", facebook_2022) < 0.3);
    CHECK(detect("facebook_json", facebook_2022) >= 0.9);
    const Files facebook_2024 = {
        {"personal_information/profile_information/profile_information.json", profile_v2},
        {"your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", "[]"},
        {"connections/followers/who_you've_followed.json", R"({"following_v3": []})"},
    };
    CHECK(detect("instagram_json", facebook_2024) < 0.3);
    CHECK(detect("instagram_json", {{"notes.txt", "hello"}}) == 0.0);
    CHECK(detect("instagram_json", {}) == 0.0);
}
