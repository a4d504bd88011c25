// The Instagram HTML importer: one account's content rendered both as Instagram's JSON and as
// its HTML pages gives the same model as instagram_json (identities, usernames, captions, media,
// the private flag), then page shapes, detection and problems.
#include "meta_export_fixture.hpp"
#include <algorithm>
#include <sstream>

using namespace audit;
using namespace audit::test::meta;

namespace {

// Instagram's pages write dates to the minute: every time below is on a minute, so that the
// JSON's seconds and the page's text agree.
constexpr Timestamp k_post_single = 1725525000; // 2024-09-05T08:30:00Z
constexpr Timestamp k_post_carousel = 1726750800;
constexpr Timestamp k_follower_since = 1720152840;
constexpr Timestamp k_following_since = 1770351840;
constexpr Timestamp k_comment_time = 1729999980;
constexpr Timestamp k_private_switch = 1650000000;

const std::string k_bio = "Year 4 teacher \xf0\x9f\x8d\x8e Bath"; // 🍎
const std::string k_carousel_caption = "Trip to Bath \xf0\x9f\x87\xac\xf0\x9f\x87\xa7 & back";
const std::string k_single = "media/posts/202409/17878691337431447.jpg";
const std::string k_carousel_photo = "media/posts/202409/18064541627217797.jpg";
const std::string k_carousel_video = "media/posts/202409/18119831092556369.mp4";

struct ProfileEntry {
    std::string label;
    std::string value;
};

const std::vector<ProfileEntry>& profile_entries() {
    static const std::vector<ProfileEntry> entries = {
        {"Email address", "jordan.ellis@example.com"},
        {"Phone Number", "+447700900123"},
        {"Phone Confirmed", "True"},
        {"Username", "missellis.rps"},
        {"Name", "Jordan Ellis"},
        {"Bio", k_bio},
        {"Gender", "Female"},
        {"Date of birth", "1990-03-14"},
        {"Private Account", "False"},
        {"Website", "https://riverside.example/blog"},
    };
    return entries;
}

std::string json_profile() {
    std::string map;
    for (const ProfileEntry& e : profile_entries())
        map += (map.empty() ? "" : ", ") + json_string(e.label) + R"(: {"href": "", "value": )" +
               json_string(e.value) + R"(, "timestamp": 0})";
    return R"({"profile_user": [{"title": "User Information", "media_map_data": {}, "string_map_data": {)" +
           map + "}}]}";
}

std::string row(std::string_view label, std::string_view value) {
    return R"(<tr><td colspan="2" class="_2pin _a6_q">)" + html_escape(label) + "<div><div>" +
           html_escape(value) + "</div></div></td></tr>";
}

std::string table(const std::string& rows) {
    return R"(<table style="table-layout: fixed;">)" + rows + "</table>";
}

std::string record(const std::string& inner) {
    return R"(<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">)" + inner + "</div>";
}

std::string html_profile() {
    std::string rows;
    for (const ProfileEntry& e : profile_entries()) rows += row(e.label, e.value);
    return page("Personal information", record(R"(<div class="_a6-p">)" + table(rows) + "</div>"));
}

const std::string k_json_posts =
    R"([{"media": [{"uri": ")" + k_single + R"(", "creation_timestamp": )" +
    std::to_string(k_post_single) + R"(, "title": "Sports day!",
      "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 51.3811, "longitude": -2.359}]}}}]},
    {"title": )" + json_string(k_carousel_caption) + R"(, "creation_timestamp": )" +
    std::to_string(k_post_carousel) + R"(, "media": [
      {"uri": ")" + k_carousel_photo + R"(", "creation_timestamp": )" + std::to_string(k_post_carousel) +
    R"(, "title": ""},
      {"uri": ")" + k_carousel_video + R"(", "creation_timestamp": )" + std::to_string(k_post_carousel) +
    R"(, "title": ""}]}])";

std::string media_link(const std::string& uri) {
    return R"(<div><a target="_blank" href=")" + uri + R"("><img src=")" + uri +
           R"(" class="_a6_o _3-96" /></a></div>)";
}

std::string html_posts() {
    const std::string gps = table(R"(<tr><td colspan="2" class="_2pin _a6_q"><div class="_a6-q">Latitude</div><div><div class="_a6-q">51.3811</div></div></td></tr>)"
                                  R"(<tr><td colspan="2" class="_2pin _a6_q"><div class="_a6-q">Longitude</div><div><div class="_a6-q">-2.359</div></div></td></tr>)");
    return page("Posts",
                record(R"(<h2 class="_3-95 _2pim _a6-h _a6-i">Sports day!</h2><div class="_3-95 _a6-p">)" +
                       media_link(k_single) + gps + R"(</div><div class="_3-94 _a6-o">)" +
                       instagram_date(k_post_single) + "</div>") +
                    record(R"(<h2 class="_3-95 _2pim _a6-h _a6-i">)" + html_escape(k_carousel_caption) +
                           R"(</h2><div class="_3-95 _a6-p">)" + media_link(k_carousel_photo) +
                           media_link(k_carousel_video) + R"(</div><div class="_3-94 _a6-o">)" +
                           instagram_date(k_post_carousel) + "</div>"));
}

const std::string k_json_followers =
    R"([{"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/anna.bell", "value": "anna.bell", "timestamp": )" +
    std::to_string(k_follower_since) + "}]}]";
const std::string k_json_following =
    R"({"relationships_following": [{"title": "bath_rugby", "string_list_data": [{"href": "https://www.instagram.com/_u/bath_rugby", "timestamp": )" +
    std::to_string(k_following_since) + "}]}]}";

// 2023: the username is the link's text; 2024+: a title, and the link shows the URL.
std::string html_followers() {
    return page("Followers",
                record(R"(<div class="_a6-p"><div><div><a target="_blank" href="https://www.instagram.com/anna.bell">anna.bell</a></div><div>)" +
                       instagram_date(k_follower_since) + "</div></div></div>"));
}

std::string html_following() {
    return page("Following",
                record(R"(<h2 class="_3-95 _2pim _a6-h _a6-i">bath_rugby</h2><div class="_a6-p"><div><div><a target="_blank" href="https://www.instagram.com/_u/bath_rugby">https://www.instagram.com/_u/bath_rugby</a></div><div>)" +
                       instagram_date(k_following_since) + "</div></div></div>"));
}

const std::string k_json_comments =
    R"([{"media_list_data": [], "string_map_data": {"Comment": {"value": "Lovely work, Year 4 \u00e2\u009d\u00a4"}, "Media Owner": {"value": "riverside.pta"}, "Time": {"timestamp": )" +
    std::to_string(k_comment_time) + "}}}]";

std::string html_comments() {
    return page("Comments",
                record(R"(<div class="_a6-p">)" +
                       table(row("Comment", "Lovely work, Year 4 \xe2\x9d\xa4") +
                             row("Media Owner", "riverside.pta") +
                             R"(<tr><td class="_2pin _a6_q">Time</td><td class="_2pin _2piu _a6_r">)" +
                             instagram_date(k_comment_time) + "</td></tr>") +
                       "</div>"));
}

const std::string k_json_privacy =
    R"({"account_history_account_privacy_history": [{"title": "Switched to Private", "media_map_data": {}, "string_map_data": {"Time": {"href": "", "value": "", "timestamp": )" +
    std::to_string(k_private_switch) + "}}}]}";

std::string html_privacy() {
    return page("Account privacy changes",
                record(R"(<h2 class="_3-95 _2pim _a6-h _a6-i">Switched to Private</h2><div class="_a6-p">)" +
                       table(R"(<tr><td class="_2pin _a6_q">Time</td><td class="_2pin _2piu _a6_r">)" +
                             instagram_date(k_private_switch) + "</td></tr>") +
                       "</div>"));
}

const std::string k_profile_path = "personal_information/personal_information/personal_information.json";
const std::string k_posts_path = "your_instagram_activity/content/posts_1.json";
const std::string k_followers_path = "connections/followers_and_following/followers_1.json";
const std::string k_following_path = "connections/followers_and_following/following.json";
const std::string k_comments_path = "your_instagram_activity/comments/post_comments_1.json";
const std::string k_privacy_path =
    "security_and_login_information/login_and_account_creation/account_privacy_changes.json";

Files media_files() {
    return {{k_single, "jpeg"}, {k_carousel_photo, "jpeg"}, {k_carousel_video, "mp4"}};
}

Files json_export() {
    Files files = {{k_profile_path, json_profile()},   {k_posts_path, k_json_posts},
                   {k_followers_path, k_json_followers}, {k_following_path, k_json_following},
                   {k_comments_path, k_json_comments}, {k_privacy_path, k_json_privacy}};
    for (auto& f : media_files()) files.push_back(f);
    return files;
}

Files html_export() {
    Files files = {{html_file(k_profile_path), html_profile()},
                   {html_file(k_posts_path), html_posts()},
                   {html_file(k_followers_path), html_followers()},
                   {html_file(k_following_path), html_following()},
                   {html_file(k_comments_path), html_comments()},
                   {html_file(k_privacy_path), html_privacy()}};
    for (auto& f : media_files()) files.push_back(f);
    return files;
}

// --- comparing models ---------------------------------------------------------------------

std::string file_of(const SourceRef& s) {
    return s.file.ends_with(".json") ? html_file(s.file) : s.file;
}

template <class T, class F>
std::vector<std::string> describe_all(const std::vector<T>& items, F describe_one) {
    std::vector<std::string> out;
    for (const T& item : items) {
        std::ostringstream line;
        describe_one(line, item);
        out.push_back(line.str());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Everything checks read, except Media::created: the pages do not show when a photo was made.
void check_same_model(const Export& json, const Export& html) {
    CHECK(html.owner == json.owner);
    auto profile = [](std::ostream& s, const ProfileField& f) {
        s << to_string(f.kind) << "|" << f.label << "|" << f.value << "|" << f.current << "|"
          << f.source.item << "|" << file_of(f.source);
    };
    CHECK(describe_all(html.profile, profile) == describe_all(json.profile, profile));
    auto setting = [](std::ostream& s, const Setting& x) {
        s << x.name << "|" << x.label << "|" << x.value << "|" << x.time << "|" << x.source.item;
    };
    CHECK(describe_all(html.settings, setting) == describe_all(json.settings, setting));
    auto post = [](const Export& e) {
        return [&e](std::ostream& s, const Post& p) {
            s << static_cast<int>(p.kind) << "|" << p.source.item << "|" << file_of(p.source) << "|"
              << p.time << "|" << p.text << "|" << p.audience << "|";
            for (std::size_t index : p.media) {
                const Media& m = e.media[index];
                s << "[" << static_cast<int>(m.kind) << "|" << m.uri << "|" << m.entry << "|"
                  << m.album << "|" << m.caption << "|" << m.source.item;
                if (m.gps) s << "|" << m.gps->lat << "," << m.gps->lon;
                s << "]";
            }
        };
    };
    CHECK(describe_all(html.posts, post(html)) == describe_all(json.posts, post(json)));
    auto connection = [](std::ostream& s, const Connection& c) {
        s << to_string(c.relation) << "|" << c.source.item << "|" << c.source.url << "|"
          << c.username << "|" << c.display_name << "|" << c.since;
    };
    CHECK(describe_all(html.connections, connection) == describe_all(json.connections, connection));
    auto comment = [](std::ostream& s, const Comment& c) {
        s << c.source.item << "|" << c.time << "|" << c.text << "|" << c.context;
    };
    CHECK(describe_all(html.comments, comment) == describe_all(json.comments, comment));
    CHECK(html.media.size() == json.media.size());
    // The same coverage notes, and one more: times read as UTC.
    for (const Skipped& note : json.skipped) {
        INFO(note.what);
        CHECK(std::any_of(html.skipped.begin(), html.skipped.end(),
                          [&](const Skipped& s) { return s.what == note.what && s.why == note.why; }));
    }
}

std::string deep_page() {
    std::string out;
    for (int i = 0; i < 100000; ++i) out += "<div class=\"_a6-g\">";
    return out;
}

bool has_problem(const Export& out, std::string_view file, std::string_view words) {
    return std::any_of(out.problems.begin(), out.problems.end(), [&](const Problem& p) {
        return p.file == file && p.message.find(words) != std::string::npos;
    });
}

} // namespace

TEST_CASE("instagram_html: gives the model instagram_json gives for the same content",
          "[importers][instagram_html]") {
    const Export json = import_zip("instagram_json", "instagram-json.zip", json_export());
    const Export html = import_zip("instagram_html", "instagram-html.zip", html_export());
    REQUIRE(json.problems.empty());
    REQUIRE(html.problems.empty());
    CHECK(html.platform == Platform::instagram);
    CHECK(html.format == Format::html);
    CHECK(html.files_read == json.files_read);
    REQUIRE(json.posts.size() == 2);
    REQUIRE(json.connections.size() == 2);
    REQUIRE(json.comments.size() == 1);
    REQUIRE(json.settings.size() == 2);
    REQUIRE(json.profile.size() >= 7);
    check_same_model(json, html);
}

TEST_CASE("instagram_html: posts, media and follow lists as the pages lay them out",
          "[importers][instagram_html]") {
    const Export out = import_memory("instagram_html", html_export());
    CHECK(out.owner == "Jordan Ellis");
    REQUIRE(out.posts.size() == 2);
    CHECK(out.posts[0].source.item == "post 2024-09-05T08:30:00Z");
    CHECK(out.posts[0].text == "Sports day!");
    REQUIRE(out.posts[0].media.size() == 1);
    const Media& single = out.media[out.posts[0].media[0]];
    CHECK(single.caption == "Sports day!");
    CHECK(single.album.empty());
    REQUIRE(single.gps);
    CHECK(single.gps->lat == Approx(51.3811));
    CHECK(out.posts[1].text == k_carousel_caption);
    REQUIRE(out.posts[1].media.size() == 2);
    CHECK(out.media[out.posts[1].media[1]].kind == MediaKind::video);
    CHECK_FALSE(out.media[out.posts[1].media[1]].gps); // a lone media gets the rows, not a carousel
    const auto following = std::find_if(out.connections.begin(), out.connections.end(),
                                        [](const Connection& c) { return c.relation == Relation::following; });
    REQUIRE(following != out.connections.end());
    CHECK(following->username == "bath_rugby");
    CHECK(following->source.url == "https://www.instagram.com/_u/bath_rugby");
    CHECK(following->since == k_following_since);
    const auto flag = std::find_if(out.settings.begin(), out.settings.end(),
                                   [](const Setting& s) { return s.name == "private_account"; });
    REQUIRE(flag != out.settings.end());
    CHECK(flag->value == "false");
}

TEST_CASE("instagram_html: the Threads profile and the profile photo", "[importers][instagram_html]") {
    const Export out = import_memory(
        "instagram_html",
        {{"personal_information/personal_information/personal_information.html",
          page("Personal information",
               record(R"(<div class="_a6-p">)" +
                      table(R"(<tr><td colspan="2" class="_2pin _a6_q">Profile Photo<div><div><a target="_blank" href="media/profile/202205/pp.jpg"><img src="media/profile/202205/pp.jpg" class="_a6_o _3-96" /></a></div></div></td></tr>)" +
                            row("Username", "missellis.rps")) +
                      "</div>"))},
         {"media/profile/202205/pp.jpg", "jpeg"},
         {"your_instagram_activity/threads/personal_information.html",
          page("Threads", record(R"(<div class="_a6-p">)" +
                                 table(row("Bio", "Threads bio") + row("Private Account", "True")) +
                                 "</div>"))}});
    CHECK(out.owner == "missellis.rps");
    REQUIRE(out.media.size() == 1);
    CHECK(out.media[0].entry == "media/profile/202205/pp.jpg");
    CHECK(out.media[0].source.item == "profile photo (no date)");
    const auto threads_bio = std::find_if(out.profile.begin(), out.profile.end(),
                                          [](const ProfileField& f) { return f.value == "Threads bio"; });
    REQUIRE(threads_bio != out.profile.end());
    CHECK(threads_bio->source.item == "threads profile bio: Threads bio");
    const auto flag = std::find_if(out.settings.begin(), out.settings.end(),
                                   [](const Setting& s) { return s.name == "threads_private_account"; });
    REQUIRE(flag != out.settings.end());
    CHECK(flag->value == "true");
}

TEST_CASE("instagram_html: detection against Instagram JSON and Facebook",
          "[importers][instagram_html]") {
    const ExportView html = memory_view(html_export());
    const ExportView json = memory_view(json_export());
    CHECK(importer("instagram_html").detect(html) >= 0.9);
    CHECK(importer("instagram_html").detect(json) == 0.0);
    CHECK(importer("instagram_json").detect(html) < importer("instagram_html").detect(html));
    REQUIRE(detect_importer(html));
    CHECK(detect_importer(html)->id == "instagram_html");
    CHECK(detect_importer(json)->id == "instagram_json");
    // A Facebook HTML export is not Instagram's, though both have posts and followers pages.
    const ExportView facebook = memory_view(
        {{"personal_information/profile_information/profile_information.html", page("Profile", "")},
         {"connections/friends/your_friends.html", page("Friends", "")},
         {"connections/followers/people_who_followed_you.html", page("Followers", "")}});
    CHECK(importer("instagram_html").detect(facebook) < 0.3);
    REQUIRE(detect_importer(facebook));
    CHECK(detect_importer(facebook)->id == "facebook_html");
}

TEST_CASE("instagram_html: unreadable dates and broken pages are problems",
          "[importers][instagram_html]") {
    const std::string followers = "connections/followers_and_following/followers_1.html";
    const std::string comments = "your_instagram_activity/comments/post_comments_1.html";
    const Export out = import_memory(
        "instagram_html",
        {{followers,
          page("Followers",
               record(R"(<div class="_a6-p"><div><div><a href="https://www.instagram.com/anna.bell">anna.bell</a></div><div>5 juil. 2024 04:14</div></div></div>)"))},
         {comments, deep_page()},
         {"your_instagram_activity/content/posts_1.html",
          std::string(300, '<') + std::string(2000, '\0') + "<div class=_a6-g>"}});
    CHECK(has_problem(out, followers, "dates in an unsupported language: \"5 juil. 2024 04:14\""));
    REQUIRE(out.connections.size() == 1);
    CHECK(out.connections[0].username == "anna.bell");
    CHECK(out.connections[0].since == 0);
    CHECK(has_problem(out, comments, "nested deeper than"));
    CHECK(out.comments.empty());
    // Soup and NUL bytes still parse: a record with nothing in it gives nothing, and no crash.
    CHECK(out.posts.empty());
}
