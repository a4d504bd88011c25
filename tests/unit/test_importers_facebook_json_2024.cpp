// The Facebook JSON importer on the 2024+ layout (connections/, your_facebook_activity/),
// people lists and activity in both layouts, problems, and detection.
#include "audit/archive/archive.hpp"
#include "audit/archive/export_view.hpp"
#include "audit/importers/importer.hpp"
#include <algorithm>
#include <catch2/catch.hpp>

using namespace audit;

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

const Importer& facebook() {
    for (const Importer& importer : all_importers())
        if (importer.id == "facebook_json") return importer;
    FAIL("facebook_json is not registered");
    throw 0;
}

ExportView view_of(Files files) {
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(memory_archive("facebook.zip", std::move(files)));
    return ExportView(std::move(parts));
}

Export import_files(Files files) {
    const ExportView view = view_of(std::move(files));
    Export out;
    facebook().import_export(view, out);
    return out;
}

double detect(Files files) {
    return facebook().detect(view_of(std::move(files)));
}

const char* k_profile = R"({"profile_v2": {"name": {"full_name": "Jane Q Example"},
  "work_experiences": [{"employer": "Riverside Primary School", "title": "Teacher"}]}})";

// 2023 exports wrote uris under your_activity_across_facebook/ while the files sat elsewhere.
const char* k_posts_1 = R"([
 {"timestamp": 1725525000, "data": [{"post": "First day back!"}],
  "attachments": [{"data": [{"media": {"uri": "your_activity_across_facebook/posts/media/Photos_1/777.jpg",
     "creation_timestamp": 1725525000, "title": "Mobile uploads", "description": "First day back!"}}]}]}])";
const char* k_posts_2 = R"([{"timestamp": 1732130100, "data": [{"post": "Quiz night"}]}])";

Files export_2024() {
    const std::string a = "your_facebook_activity/";
    return {
        {"personal_information/profile_information/profile_information.json", k_profile},
        {a + "posts/your_posts__check_ins__photos_and_videos_1.json", k_posts_1},
        {a + "posts/your_posts__check_ins__photos_and_videos_2.json", k_posts_2},
        {a + "posts/media/Photos_1/777.jpg", "jpeg bytes"},
        {"connections/friends/your_friends.json",
         R"({"friends_v2": [{"name": "Nguy\u00e1\u00bb\u0085n V\u00c4\u0083n An", "timestamp": 1772926883},
                            {"name": "Anna Bell", "timestamp": 1772759918}]})"},
        {"connections/friends/received_friend_requests.json",
         R"({"received_requests_v2": [{"name": "Pupil Person", "timestamp": 1772732145}]})"},
        {"connections/friends/sent_friend_requests.json",
         R"({"sent_requests_v2": [{"name": "Parent Person", "timestamp": 1771298221}]})"},
        {"connections/friends/rejected_friend_requests.json",
         R"({"rejected_requests_v2": [{"name": "Rejected Person", "timestamp": 1771298000}]})"},
        {"connections/friends/removed_friends.json",
         R"({"deleted_friends_v2": [{"name": "Removed Person", "timestamp": 1772447369}]})"},
        {"connections/followers/who_you've_followed.json",
         R"({"following_v3": [{"name": "Handmade King", "timestamp": 1770351845}]})"},
        {"connections/followers/people_who_followed_you.json",
         R"({"followers_v3": [{"name": "Follower One"}, {"name": "Anna Bell"}]})"},
        {"connections/friends/suggested_friends.json",
         R"([{"media": [], "label_values": [{"label": "Creation time", "timestamp_value": 1765273047},
             {"label": "Name", "value": "L\u00c3\u00aa V\u00c4\u0083n C\u00c6\u00b0\u00e1\u00bb\u009dng"}],
             "fbid": "1"}])"},
        {"connections/friends/people_you_may_know.json",
         R"({"media": [], "label_values": [{"label": "Friend suggestions",
             "vec": [{"value": "Suggested One"}, {"value": "Suggested Two"}]}], "fbid": "2"})"},
        {a + "groups/group_posts_and_comments.json",
         R"({"group_posts_v2": [{"timestamp": 1732130100, "title": "Jane posted in Riverside PTA.",
             "data": [{"post": "Cake sale on Friday"}]}]})"},
        {a + "groups/your_comments_in_groups.json",
         R"({"group_comments_v2": [{"timestamp": 1511064326, "title": "Jane commented.",
             "data": [{"comment": {"timestamp": 1511064326, "comment": "See you there",
             "author": "Jane Q Example", "group": "Riverside PTA"}}]}]})"},
        {a + "groups/your_group_membership_activity.json",
         R"({"groups_joined_v2": [{"timestamp": 1510460448, "data": [{"name": "Riverside PTA"}],
             "title": "You became a member of Riverside PTA."}]})"},
        {a + "comments_and_reactions/comments.json",
         R"({"comments_v2": [{"timestamp": 1507819545, "title": "Jane commented on Anna's post.",
             "data": [{"comment": {"timestamp": 1507819545, "comment": "Me too @[1:2048:Anna Bell]",
             "author": "Jane Q Example"}}]}]})"},
        {a + "pages/pages_you've_liked.json",
         R"({"page_likes_v2": [{"name": "Riverside Primary", "timestamp": 1638225312,
             "url": "https://www.facebook.com/riverside"}]})"},
        {a + "pages/pages_and_profiles_you_follow.json",
         R"({"pages_followed_v2": [{"timestamp": 1622591245, "data": [{"name": "Vale Trust"}],
             "title": "Vale Trust"}]})"},
        {a + "events/your_event_responses.json",
         R"({"event_responses_v2": {"events_joined": [{"name": "Summer Fair", "start_timestamp": 1720000000}],
             "events_declined": [{"name": "Not going", "start_timestamp": 1}]}})"},
        {a + "messages/inbox/annabell_123/message_1.json",
         R"({"participants": [{"name": "Anna Bell"}, {"name": "Jane Q Example"}],
             "messages": [{"sender_name": "Jane Q Example", "timestamp_ms": 1735812000123, "content": "Hi Anna"},
                          {"sender_name": "Anna Bell", "timestamp_ms": 1735812000999, "content": "Hello!"}],
             "title": "Anna Bell", "thread_path": "inbox/annabell_123"})"},
        {"logged_information/search/your_search_history.json",
         R"({"searches_v2": [{"timestamp": 1735812000, "data": [{"text": "\"anna bell\""}],
             "title": "You searched Facebook"}]})"},
        {"security_and_login_information/account_activity.json",
         R"({"account_activity_v2": [{"action": "Login", "timestamp": 1735812000, "ip_address": "195.10.20.7",
             "user_agent": "RPS-LAPTOP Firefox", "city": "Bath", "region": "Somerset", "country": "GB"}]})"},
    };
}

const Connection* connection(const Export& out, Relation r, std::string_view name) {
    for (const Connection& c : out.connections)
        if (c.relation == r && c.display_name == name) return &c;
    return nullptr;
}

} // namespace

TEST_CASE("facebook_json: 2024+ layout imports posts across numbered files and resolves media",
          "[importers]") {
    const Export out = import_files(export_2024());
    CHECK(out.problems.empty());
    CHECK(out.owner == "Jane Q Example");
    CHECK(out.files_read == 22);
    // 2 posts + 1 group post.
    REQUIRE(out.posts.size() == 3);
    CHECK(out.posts[0].source.item == "post 2024-09-05T08:30:00Z");
    CHECK(out.posts[1].text == "Quiz night");
    CHECK(out.posts[1].source.file ==
          "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_2.json");
    CHECK(out.posts[2].kind == PostKind::group_post);
    CHECK(out.posts[2].source.item == "group post 2024-11-20T19:15:00Z");
    REQUIRE(out.media.size() == 1);
    CHECK(out.media[0].entry == "your_facebook_activity/posts/media/Photos_1/777.jpg");
    CHECK(out.media[0].source.item == "post 2024-09-05T08:30:00Z");
}

TEST_CASE("facebook_json: people lists in the 2024+ layout", "[importers]") {
    const Export out = import_files(export_2024());
    REQUIRE(out.problems.empty());
    CHECK(out.connections.size() == 12);
    const Connection* friend_ = connection(out, Relation::friend_, "Nguy\u1ec5n V\u0103n An");
    REQUIRE(friend_);
    CHECK(friend_->since == 1772926883);
    CHECK(friend_->source.file == "connections/friends/your_friends.json");
    CHECK(friend_->source.item == "friend Nguy\u1ec5n V\u0103n An");
    CHECK(connection(out, Relation::request_received, "Pupil Person")->source.item ==
          "friend request received Pupil Person");
    CHECK(connection(out, Relation::request_sent, "Parent Person"));
    CHECK(connection(out, Relation::rejected, "Rejected Person"));
    CHECK(connection(out, Relation::removed, "Removed Person"));
    CHECK(connection(out, Relation::following, "Handmade King")->since == 1770351845);
    const Connection* follower = connection(out, Relation::follower, "Anna Bell");
    REQUIRE(follower);
    CHECK(follower->since == 0);
    CHECK(follower->source.item == "follower Anna Bell");
    const Connection* suggested =
        connection(out, Relation::suggested, "L\u00ea V\u0103n C\u01b0\u1eddng");
    REQUIRE(suggested);
    CHECK(suggested->since == 1765273047);
    CHECK(connection(out, Relation::suggested, "Suggested Two"));
    const bool note = std::any_of(out.skipped.begin(), out.skipped.end(), [](const Skipped& s) {
        return s.why == "followers have no dates";
    });
    CHECK(note);
}

TEST_CASE("facebook_json: people lists in the 2020-2022 layout, with contact info", "[importers]") {
    const Export out = import_files({
        {"facebook-jane/friends_and_followers/friends.json",
         R"({"friends_v2": [{"name": "Zo\u00c3\u00ab Friend", "timestamp": 1649807433,
             "contact_info": "zoe@example.com"}, {"name": "Same Name", "timestamp": 1}, {"name": "Same Name", "timestamp": 2}]})"},
        {"facebook-jane/friends_and_followers/friend_requests_received.json",
         R"({"received_requests_v2": [{"name": "Person Received", "timestamp": 1650517791}]})"},
        {"facebook-jane/friends_and_followers/who_you_follow.json",
         R"({"following_v2": [{"name": "Person Following", "timestamp": 1628065047}]})"},
        {"facebook-jane/friends_and_followers/people_who_follow_you.json",
         R"({"followers_v2": [{"name": "Follower One"}]})"},
    });
    REQUIRE(out.problems.empty());
    CHECK(out.connections.size() == 6);
    const Connection* zoe = connection(out, Relation::friend_, "Zo\u00eb Friend");
    REQUIRE(zoe);
    CHECK(zoe->contact == "zoe@example.com");
    CHECK(out.connections[1].source.item == "friend Same Name");
    CHECK(out.connections[2].source.item == "friend Same Name (2)");
    CHECK(connection(out, Relation::following, "Person Following"));
    CHECK(connection(out, Relation::follower, "Follower One"));
}

TEST_CASE("facebook_json: comments, groups, pages, events, messages, searches, logins",
          "[importers]") {
    const Export out = import_files(export_2024());
    REQUIRE(out.problems.empty());
    REQUIRE(out.comments.size() == 2);
    const auto comment =
        std::find_if(out.comments.begin(), out.comments.end(),
                     [](const Comment& c) { return c.text == "Me too Anna Bell"; });
    REQUIRE(comment != out.comments.end());
    CHECK(comment->source.item == "comment 2017-10-12T14:45:45Z");
    CHECK(comment->context == "Jane commented on Anna's post.");
    const auto in_group = std::find_if(out.comments.begin(), out.comments.end(),
                                       [](const Comment& c) { return c.text == "See you there"; });
    REQUIRE(in_group != out.comments.end());
    CHECK(in_group->context == "Riverside PTA");

    REQUIRE(out.groups.size() == 4);
    std::vector<std::string> items;
    for (const Group& g : out.groups)
        items.push_back(g.source.item);
    std::sort(items.begin(), items.end());
    CHECK(items == std::vector<std::string>{"event Summer Fair", "group Riverside PTA",
                                            "page followed Vale Trust",
                                            "page liked Riverside Primary"});
    const auto page = std::find_if(out.groups.begin(), out.groups.end(),
                                   [](const Group& g) { return g.kind == GroupKind::page; });
    REQUIRE(page != out.groups.end());

    REQUIRE(out.messages.size() == 2);
    CHECK(out.messages[0].source.item == "message 2025-01-02T10:00:00Z in Anna Bell");
    CHECK(out.messages[1].source.item == "message 2025-01-02T10:00:00Z in Anna Bell (2)");
    CHECK(out.messages[0].sent_by_owner);
    CHECK_FALSE(out.messages[1].sent_by_owner);
    CHECK(out.messages[0].text == "Hi Anna");
    CHECK(out.messages[0].time == 1735812000);
    CHECK(out.messages[0].participants == std::vector<std::string>{"Anna Bell", "Jane Q Example"});

    REQUIRE(out.searches.size() == 1);
    CHECK(out.searches[0].query == "anna bell");
    CHECK(out.searches[0].source.item == "search 2025-01-02T10:00:00Z");

    REQUIRE(out.logins.size() == 1);
    CHECK(out.logins[0].ip == "195.10.20.7");
    CHECK(out.logins[0].device == "RPS-LAPTOP Firefox");
    CHECK(out.logins[0].location == "Bath, Somerset, GB");
}

TEST_CASE("facebook_json: a broken file is a problem and the rest imports", "[importers]") {
    Files files = export_2024();
    files.emplace_back("connections/friends/your_friends_2.json", R"({"friends_v2": [ {"name": )");
    files.emplace_back("your_facebook_activity/posts/your_videos.json", R"({"something_else": 1})");
    const Export out = import_files(files);
    REQUIRE(out.problems.size() == 2);
    std::vector<std::string> problem_files;
    for (const Problem& p : out.problems)
        problem_files.push_back(p.file);
    std::sort(problem_files.begin(), problem_files.end());
    CHECK(problem_files ==
          std::vector<std::string>{"connections/friends/your_friends_2.json",
                                   "your_facebook_activity/posts/your_videos.json"});
    for (const Problem& p : out.problems) {
        if (p.file.ends_with("your_friends_2.json")) {
            CHECK_THAT(p.message, Catch::Contains("not valid JSON"));
        } else {
            CHECK_THAT(p.message, Catch::Contains("unexpected shape"));
        }
    }
    CHECK(out.files_read == 24);
    CHECK(out.connections.size() == 12);
    CHECK(out.posts.size() == 3);
    CHECK(out.messages.size() == 2);
}

TEST_CASE("facebook_json: detects both layouts and not Instagram or HTML exports", "[importers]") {
    Files files_2022 = {
        {"facebook-jane/profile_information/profile_information.json", k_profile},
        {"facebook-jane/friends_and_followers/friends.json", R"({"friends_v2": []})"},
    };
    CHECK(detect(files_2022) >= 0.9);
    CHECK(detect(export_2024()) >= 0.9);
    CHECK(detect({{"connections/friends/your_friends.json", R"({"friends_v2": []})"}}) >= 0.9);
    // Only names, nothing to confirm: some confidence.
    const double unconfirmed = detect(
        {{"connections/followers/who_you've_followed.json", "{}"},
         {"your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", "[]"}});
    CHECK(unconfirmed >= 0.3);
    CHECK(unconfirmed < 0.9);
    // A file with the right name and the wrong contents is not enough.
    CHECK(detect({{"profile_information/profile_information.json", R"({"something": {}})"}}) < 0.5);
    CHECK(detect({
              {"personal_information/personal_information/personal_information.json",
               R"({"profile_user": [{"string_map_data": {}}]})"},
              {"connections/followers_and_following/followers_1.json", "[]"},
              {"connections/followers_and_following/following.json",
               R"({"relationships_following": []})"},
              {"your_instagram_activity/content/posts_1.json", "[]"},
              {"your_instagram_activity/messages/inbox/x_1/message_1.json", R"({"messages": []})"},
          }) < 0.3);
    CHECK(detect({{"your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html",
                   "<html></html>"},
                  {"connections/friends/your_friends.html", "<html></html>"}}) == 0.0);
    CHECK(detect({{"notes.txt", "hello"}}) == 0.0);
    CHECK(detect({}) == 0.0);
}
