// The Facebook HTML importer: one export's content rendered both as Meta's JSON and as Meta's
// HTML gives the same model (identities, texts, names, media, places), so checks read both
// formats alike; then detection, bodies as real pages shape them, and problems.
#include "audit/core/time.hpp"
#include "meta_export_fixture.hpp"
#include <algorithm>
#include <sstream>

using namespace audit;
using namespace audit::test::meta;

namespace {

// --- one export's content, rendered twice -------------------------------------------------

const std::string k_posts = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json";
const std::string k_photo = "your_facebook_activity/posts/media/Mobileuploads_k2J9/401_n_1022.jpg";

struct PostSpec {
    Timestamp time;
    std::string title;
    std::string typed; // as the JSON holds it (with a mention)
    std::string shown; // as the HTML page shows it
    bool photo = false;
    bool place = false;
    std::string link;
    bool updated = false;
};

const std::vector<PostSpec>& posts() {
    static const std::vector<PostSpec> specs = {
        {1725525000, "Jordan Ellis updated her status.",
         "First day back with Year 4 & the new class \xe2\x80\x94 can't wait!",
         "First day back with Year 4 & the new class \xe2\x80\x94 can't wait!", false, false, "",
         false},
        {1726750800, "Jordan Ellis added a new photo.", "Sports day", "Sports day", true, false, "",
         false},
        {1727100000, "Jordan Ellis was at Royal Victoria Park.", "Picnic <3", "Picnic <3", false,
         true, "", false},
        {1728000000, "Jordan Ellis shared a link.", "", "", false, false,
         "https://www.riverside.sch.uk/news?id=7&page=2", false},
        {1729000000, "", "Well done @[100000338541426:2048:Zo\xc3\xab Carter] \xf0\x9f\x8e\x89",
         "Well done Zo\xc3\xab Carter \xf0\x9f\x8e\x89", false, false, "", true},
    };
    return specs;
}

struct Person {
    std::string name;
    Timestamp since;
};

struct PeopleFile {
    std::string path; // .json; the page has the same path in .html
    std::string key;
    std::vector<Person> people;
};

const std::vector<PeopleFile>& people() {
    static const std::vector<PeopleFile> files = {
        {"connections/friends/your_friends.json", "friends_v2",
         {{"Anna Bell", 1772759918}, {"Zo\xc3\xab Carter", 1772926883}, {"Anna Bell", 1700000000}}},
        {"connections/friends/received_friend_requests.json", "received_requests_v2",
         {{"Sam Pupil", 1772732145}}},
        {"connections/friends/sent_friend_requests.json", "sent_requests_v2",
         {{"Parent Person", 1771298221}}},
        {"connections/followers/who_you've_followed.json", "following_v3",
         {{"Bath Rugby", 1770351845}}},
        {"connections/followers/people_who_followed_you.json", "followers_v3",
         {{"Follower One", 0}}},
    };
    return files;
}

std::string json_posts() {
    std::string out = "[";
    for (const PostSpec& p : posts()) {
        if (out.size() > 1) out += ",\n";
        out += "{\"timestamp\": " + std::to_string(p.time);
        if (!p.title.empty()) out += ", \"title\": " + json_string(p.title);
        out += ", \"data\": [";
        if (!p.typed.empty()) out += "{\"post\": " + json_string(p.typed) + "}";
        if (p.updated) out += std::string(p.typed.empty() ? "" : ", ") + "{\"update_timestamp\": 1729003600}";
        out += "], \"attachments\": [";
        if (p.photo)
            out += R"({"data": [{"media": {"uri": ")" + k_photo +
                   R"(", "title": "Mobile uploads", "description": "Sports day"}}]})";
        if (p.place)
            out += R"({"data": [{"place": {"name": "Royal Victoria Park", "coordinate": {"latitude": 51.3875, "longitude": -2.3725}, "address": "Marlborough Ln, Bath BA1 2NQ", "url": "https://www.facebook.com/royalvictoriapark"}}]})";
        if (!p.link.empty())
            out += R"({"data": [{"external_context": {"url": )" + json_string(p.link) + "}}]}";
        out += "]}";
    }
    return out + "]";
}

// The body of a post as the real pages nest it (VoidPharah41/fb_old): a `_2pin` per part.
std::string html_post(const PostSpec& p) {
    std::string parts;
    if (p.photo)
        parts += R"(<div class="_2pin"><div><div><div><div class="_a7nf"><div class="_a7ng"><div>)"
                 R"(<a target="_blank" href=")" + k_photo + R"("><img src=")" + k_photo +
                 R"(" class="_a6_o _3-96" /></a><div>Mobile uploads</div><div class="_3-95">Sports day</div>)"
                 "</div></div></div></div></div></div></div>";
    if (p.place)
        // The place twice, the second time linking to its page, as check-ins show it.
        parts += R"(<div class="_2pin"><div><div><div><div><div>Place: Royal Victoria Park (51.3875, -2.3725)</div>)"
                 R"(<div>Address: Marlborough Ln, Bath BA1 2NQ</div></div></div></div><div><div><div><div>)"
                 R"(<div>Place: <a target="_blank" href="https://www.facebook.com/royalvictoriapark">Royal Victoria Park</a> (51.3875, -2.3725)</div>)"
                 R"(<div>Address: Marlborough Ln, Bath BA1 2NQ</div></div></div></div></div></div></div>)";
    if (!p.link.empty())
        parts += R"(<div class="_2pin"><div><a target="_blank" href=")" + html_escape(p.link) +
                 "\">" + html_escape(p.link) + "</a></div><div></div></div>";
    if (!p.shown.empty())
        parts += R"(<div class="_2pin"><div>)" + html_escape(p.shown) + "</div><div></div></div>";
    if (p.updated)
        parts += R"(<div class="_2pin"><div>Updated )" + facebook_date(1729003600) +
                 "</div><div></div><div></div></div>";
    return R"(<div class="_a6-g">)" + title_block(p.title) + R"(<div class="_2ph_ _a6-p"><div>)" +
           parts + "</div></div>" + date_block(p.time) + "</div>";
}

std::string json_people(const PeopleFile& f) {
    std::string out = "{\"" + f.key + "\": [";
    for (const Person& p : f.people) {
        if (out.back() == '}') out += ", ";
        out += "{\"name\": " + json_string(p.name);
        if (p.since != 0) out += ", \"timestamp\": " + std::to_string(p.since);
        out += "}";
    }
    return out + "]}";
}

std::string html_people(const PeopleFile& f) {
    std::string records;
    for (const Person& p : f.people)
        records += R"(<div class="_a6-g">)" + title_block(p.name) +
                   (p.since == 0 ? std::string()
                                 : R"(<div class="_3-94 _a6-o _2pie"><div class="_a72d">)" +
                                       facebook_date(p.since) + "</div></div>") +
                   "</div>";
    return page("People", records);
}

const char* k_json_profile = R"({"profile_v2": {"name": {"full_name": "Jordan Ellis"},
  "emails": {"emails": ["jordan.ellis@example.com"], "previous_emails": ["j.ellis@oldmail.example"]},
  "birthday": {"year": 1990, "month": 3, "day": 14},
  "current_city": {"name": "Bath, United Kingdom", "timestamp": 0}, "hometown": {"name": "Bristol"},
  "phone_numbers": [{"phone_type": "Mobile", "phone_number": "+447700900123", "verified": true}],
  "work_experiences": [{"employer": "Riverside Primary School", "title": "Year 4 Teacher"}],
  "education_experiences": [{"name": "Bath Spa University", "school_type": "College"}],
  "family_members": [{"name": "Pat Morgan", "relation": "Mother", "timestamp": 1455568632}],
  "gender": {"gender_option": "FEMALE"}}})";

// The 2024 page (jdecpn-shru-error1/25.02.2024): a th/td table, lists as <ul>, notes in brackets.
const char* k_html_profile_rows =
    R"(<div class="pam uiBoxWhite noborder"><table class="_a6_n">)"
    R"(<tr><th>Name</th><td>Jordan Ellis<br /></td></tr>)"
    R"(<tr><th>Registration date</th><td>Monday, May 1, 2023 at 4:47 PM UTC+06:00</td></tr>)"
    R"(<tr><th>Emails</th><td><ul><li>jordan.ellis&#064;example.com</li><li>j.ellis&#064;oldmail.example (Previous email)</li></ul></td></tr>)"
    R"(<tr><th>Birthday</th><td>March 14, 1990</td></tr>)"
    R"(<tr><th>Gender</th><td>Female</td></tr>)"
    R"(<tr><th>Current city</th><td>Bath, United Kingdom</td></tr>)"
    R"(<tr><th>Hometown</th><td>Bristol</td></tr>)"
    R"(<tr><th>Phone numbers</th><td><ul><li>+447700900123 (Mobile)</li></ul></td></tr>)"
    R"(<tr><th>Work</th><td><ul><li>Riverside Primary School</li><li>Year 4 Teacher</li></ul></td></tr>)"
    R"(<tr><th>Education</th><td><ul><li>Bath Spa University</li></ul></td></tr>)"
    R"(<tr><th>Family members</th><td><ul><li>Pat Morgan (Mother)</li></ul></td></tr>)"
    R"(</table></div>)";

const char* k_json_comments = R"({"comments_v2": [{"timestamp": 1507819545,
  "title": "Jordan Ellis commented on Anna Bell's post.",
  "data": [{"comment": {"timestamp": 1507819545, "comment": "See you at parents' evening", "author": "Jordan Ellis"}}]}]})";
const char* k_json_groups = R"({"groups_joined_v2": [{"timestamp": 1510460448,
  "data": [{"name": "Riverside PTA"}], "title": "You became a member of Riverside PTA."}]})";
const char* k_json_thread = R"({"participants": [{"name": "Anna Bell"}, {"name": "Jordan Ellis"}],
  "messages": [{"sender_name": "Anna Bell", "timestamp_ms": 1735812060000, "content": "Hello!"},
               {"sender_name": "Jordan Ellis", "timestamp_ms": 1735812000000, "content": "Hi Anna, see https://example.org/x"}],
  "title": "Anna Bell"})";

std::string html_comments() {
    return page("Comments",
                R"(<div class="_a6-g">)" + title_block("Jordan Ellis commented on Anna Bell's post.") +
                    R"(<div class="_2ph_ _a6-p"><div><div class="_2pin"><div>See you at parents&#039; evening</div></div></div></div>)" +
                    date_block(1507819545) + "</div>");
}

std::string html_groups() {
    return page("Your group membership activity",
                R"(<div class="_a6-g">)" + title_block("You became a member of Riverside PTA.") +
                    R"(<div class="_2ph_ _a6-p"><div><div class="_2pin"><div>Riverside PTA</div></div></div></div>)" +
                    date_block(1510460448) + "</div>");
}

std::string html_message(std::string_view sender, std::string_view text, Timestamp t) {
    return R"(<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _2pim _a6-h _a6-i">)" +
           html_escape(sender) + R"(</div><div class="_3-95 _a6-p"><div><div></div><div>)" +
           html_escape(text) + R"(</div><div></div><div></div></div></div><div class="_3-94 _a6-o">)" +
           facebook_date(t) + "</div></div>";
}

// An album holding the post's photo and one of its own (VoidPharah41/fb_old:…/album/2.html: the
// name in the header, a record per photo with its date and a metadata table).
const std::string k_album = "your_facebook_activity/posts/album/0.json";
const std::string k_album_photo = "your_facebook_activity/posts/media/Mobileuploads_k2J9/402_n_1023.jpg";
const std::string k_json_album =
    R"({"name": "Mobile uploads", "description": "Odds and ends", "last_modified_timestamp": 1726837200,
  "photos": [{"uri": ")" + k_photo + R"(", "creation_timestamp": 1726750800, "title": "Mobile uploads", "description": "Sports day"},
             {"uri": ")" + k_album_photo + R"(", "creation_timestamp": 1726837200, "title": "Mobile uploads", "description": "Class assembly",
              "media_metadata": {"photo_metadata": {"exif_data": [{"upload_ip": "195.10.20.7", "taken_timestamp": 1726830000}]}}}]})";

std::string html_album_photo(const std::string& uri, std::string_view caption, Timestamp created,
                             std::string_view rows) {
    return R"(<div class="_a6-g">)" + title_block(caption) + R"(<div class="_2ph_ _a6-p"><a target="_blank" href=")" +
           uri + R"("><img src=")" + uri + R"(" class="_a6_o _3-96" /></a>)" + std::string(rows) +
           "</div>" + date_block(created) + "</div>";
}

std::string html_album() {
    const std::string rows =
        R"(<table style="table-layout: fixed;"><tr><td colspan="2" class="_2pin _a6_q"><div class="_a6-q">Taken</div><div><div class="_a6-q">)" +
        facebook_date(1726830000) +
        R"(</div></div></td></tr><tr><td colspan="2" class="_2pin _a6_q"><div class="_a6-q">Upload IP address</div><div><div class="_a6-q">195.10.20.7</div></div></td></tr></table>)";
    std::string out = page("Mobile uploads",
                           html_album_photo(k_photo, "Sports day", 1726750800, "") +
                               html_album_photo(k_album_photo, "Class assembly", 1726837200, rows));
    // The album's name and description sit in the page's header block.
    const std::string header = R"(<div class="_a70e">Mobile uploads</div>)";
    out.replace(out.find(header), header.size(),
                header + R"(<div class="_a70f">Odds and ends</div>)");
    return out;
}

const std::string k_search = "logged_information/search/your_search_history.json";
const char* k_json_search = R"({"searches_v2": [{"timestamp": 1735812000, "data": [{"text": "\"anna bell\""}],
  "title": "You searched Facebook"}]})";

std::string html_search() {
    return page("Search history",
                R"(<div class="_a6-g">)" + title_block("You searched Facebook") +
                    R"(<div class="_2ph_ _a6-p"><div><div class="_2pin"><div>&quot;anna bell&quot;</div></div></div></div>)" +
                    date_block(1735812000) + "</div>");
}

const std::string k_thread = "your_facebook_activity/messages/inbox/annabell_123/message_1.json";

Files json_export() {
    Files files = {
        {"personal_information/profile_information/profile_information.json", k_json_profile},
        {k_posts, json_posts()},
        {k_photo, "jpeg bytes"},
        {"your_facebook_activity/comments_and_reactions/comments.json", k_json_comments},
        {"your_facebook_activity/groups/your_group_membership_activity.json", k_json_groups},
        {k_thread, k_json_thread},
        {k_album, k_json_album},
        {k_album_photo, "jpeg bytes"},
        {k_search, k_json_search},
    };
    for (const PeopleFile& f : people()) files.emplace_back(f.path, json_people(f));
    return files;
}

Files html_export() {
    std::string post_records;
    for (const PostSpec& p : posts()) post_records += html_post(p);
    Files files = {
        {html_file("personal_information/profile_information/profile_information.json"),
         page("Profile information", k_html_profile_rows)},
        {html_file(k_posts), page("Your posts", post_records)},
        {k_photo, "jpeg bytes"},
        {html_file("your_facebook_activity/comments_and_reactions/comments.json"), html_comments()},
        {html_file("your_facebook_activity/groups/your_group_membership_activity.json"),
         html_groups()},
        {html_file(k_thread),
         page("Anna Bell", html_message("Anna Bell", "Hello!", 1735812060) +
                               html_message("Jordan Ellis", "Hi Anna, see https://example.org/x",
                                            1735812000))},
        {html_file(k_album), html_album()},
        {k_album_photo, "jpeg bytes"},
        {html_file(k_search), html_search()},
    };
    for (const PeopleFile& f : people()) files.emplace_back(html_file(f.path), html_people(f));
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

std::string describe_place(const Place& p) {
    std::ostringstream s;
    s << p.name << "|" << p.address << "|" << p.url;
    if (p.point) s << "|" << p.point->lat << "," << p.point->lon;
    return s.str();
}

// Everything checks read. Photos in posts carry no creation_timestamp above: posts' pages do not
// show it (album pages do, and the album's photos are compared with it).
void check_same_model(const Export& json, const Export& html) {
    CHECK(html.owner == json.owner);
    auto profile = [](std::ostream& s, const ProfileField& f) {
        s << to_string(f.kind) << "|" << f.value << "|" << f.current << "|" << f.source.item
          << "|" << file_of(f.source);
    };
    CHECK(describe_all(html.profile, profile) == describe_all(json.profile, profile));
    auto media = [&](std::ostream& s, std::size_t index, const Export& e) {
        const Media& m = e.media[index];
        s << "[" << m.uri << "|" << m.entry << "|" << m.album << "|" << m.caption << "|"
          << m.source.item << "|" << m.created << "|" << m.taken << "|" << m.upload_ip << "]";
    };
    auto post = [&](const Export& e) {
        return [&](std::ostream& s, const Post& p) {
            s << static_cast<int>(p.kind) << "|" << p.source.item << "|" << file_of(p.source) << "|"
              << p.time << "|" << p.title << "|" << p.text << "|";
            for (const std::string& link : p.links) s << link << ";";
            for (const Place& place : p.places) s << describe_place(place) << ";";
            for (std::size_t index : p.media) media(s, index, e);
        };
    };
    CHECK(describe_all(html.posts, post(html)) == describe_all(json.posts, post(json)));
    auto connection = [](std::ostream& s, const Connection& c) {
        s << to_string(c.relation) << "|" << c.source.item << "|" << file_of(c.source) << "|"
          << c.display_name << "|" << c.since;
    };
    CHECK(describe_all(html.connections, connection) == describe_all(json.connections, connection));
    auto comment = [](std::ostream& s, const Comment& c) {
        s << c.source.item << "|" << c.time << "|" << c.text << "|" << c.context;
    };
    CHECK(describe_all(html.comments, comment) == describe_all(json.comments, comment));
    auto group = [](std::ostream& s, const Group& g) {
        s << static_cast<int>(g.kind) << "|" << g.source.item << "|" << g.name << "|" << g.time;
    };
    CHECK(describe_all(html.groups, group) == describe_all(json.groups, group));
    auto message = [](std::ostream& s, const Message& m) {
        s << m.source.item << "|" << m.time << "|" << m.thread << "|" << m.sender << "|" << m.text
          << "|" << m.sent_by_owner;
    };
    CHECK(describe_all(html.messages, message) == describe_all(json.messages, message));
    auto search = [](std::ostream& s, const Search& x) {
        s << x.source.item << "|" << x.time << "|" << x.query;
    };
    CHECK(describe_all(html.searches, search) == describe_all(json.searches, search));
    CHECK(html.media.size() == json.media.size());
}

} // namespace

TEST_CASE("facebook_html: gives the model facebook_json gives for the same content",
          "[importers][facebook_html]") {
    const Export json = import_zip("facebook_json", "facebook-json.zip", json_export());
    const Export html = import_zip("facebook_html", "facebook-html.zip", html_export());
    std::string problems;
    for (const Export* e : {&json, &html})
        for (const Problem& p : e->problems) problems += p.file + ": " + p.message + "\n";
    INFO(problems);
    REQUIRE(json.problems.empty());
    REQUIRE(html.problems.empty());
    CHECK(html.platform == Platform::facebook);
    CHECK(html.format == Format::html);
    CHECK(html.files_read == json.files_read);
    // Non-empty on both sides, so that equality below means something.
    REQUIRE(json.posts.size() == 6); // 5 posts and an album
    REQUIRE(json.media.size() == 2);
    REQUIRE(json.searches.size() == 1);
    REQUIRE(json.connections.size() == 7);
    REQUIRE(json.profile.size() == 11);
    check_same_model(json, html);
}

TEST_CASE("facebook_html: reads the parts of a post as the pages lay them out",
          "[importers][facebook_html]") {
    const Export out = import_memory("facebook_html", html_export());
    REQUIRE(out.posts.size() == 6);
    const Post& status = out.posts[0];
    CHECK(status.source.item == "post 2024-09-05T08:30:00Z");
    CHECK(status.text == "First day back with Year 4 & the new class \xe2\x80\x94 can't wait!");
    const Post& photo = out.posts[1];
    REQUIRE(photo.media.size() == 1);
    const Media& m = out.media[photo.media[0]];
    CHECK(m.uri == k_photo);
    CHECK(m.entry == k_photo);
    CHECK(m.album == "Mobile uploads");
    CHECK(m.caption == "Sports day");
    CHECK(photo.text == "Sports day"); // the caption is not read as typed text a second time
    const Post& check_in = out.posts[2];
    REQUIRE(check_in.places.size() == 1); // shown twice, one place
    CHECK(check_in.places[0].name == "Royal Victoria Park");
    CHECK(check_in.places[0].address == "Marlborough Ln, Bath BA1 2NQ");
    CHECK(check_in.places[0].url == "https://www.facebook.com/royalvictoriapark");
    REQUIRE(check_in.places[0].point);
    CHECK(check_in.places[0].point->lat == Approx(51.3875));
    CHECK(check_in.text == "Picnic <3");
    CHECK(out.posts[3].links == std::vector<std::string>{"https://www.riverside.sch.uk/news?id=7&page=2"});
    CHECK(out.posts[3].text.empty());
    // "Updated …" is when the post was edited, not part of it.
    CHECK(out.posts[4].text == "Well done Zo\xc3\xab Carter \xf0\x9f\x8e\x89");
    CHECK(out.posts[4].title.empty());
    const Post& album = out.posts[5];
    CHECK(album.kind == PostKind::album);
    CHECK(album.source.item == "album Mobile uploads");
    CHECK(album.text == "Odds and ends");
    REQUIRE(album.media.size() == 2);
    CHECK(out.media[album.media[0]].source.item == "post 2024-09-19T13:00:00Z"); // first shown there
    const Media& own = out.media[album.media[1]];
    CHECK(own.caption == "Class assembly");
    CHECK(own.upload_ip == "195.10.20.7");
    CHECK(own.taken == 1726830000);
    const auto mother = std::find_if(out.profile.begin(), out.profile.end(),
                                     [](const ProfileField& f) { return f.value == "Pat Morgan"; });
    REQUIRE(mother != out.profile.end());
    CHECK(mother->label == "family_members.Mother");
    const auto note = std::find_if(out.skipped.begin(), out.skipped.end(),
                                   [](const Skipped& s) { return s.what == "exact times"; });
    REQUIRE(note != out.skipped.end());
    CHECK(note->why.find("read as UTC") != std::string::npos);
}

TEST_CASE("facebook_html: detection claims HTML exports only", "[importers][facebook_html]") {
    const ExportView html = memory_view(html_export());
    const ExportView json = memory_view(json_export());
    CHECK(importer("facebook_html").detect(html) >= 0.9);
    CHECK(importer("facebook_html").detect(json) == 0.0);
    CHECK(importer("facebook_json").detect(html) == 0.0);
    const Importer* chosen = detect_importer(html);
    REQUIRE(chosen);
    CHECK(chosen->id == "facebook_html");
    CHECK(detect_importer(json)->id == "facebook_json");
    // Pages of the right names without Meta's markup are not confirmed.
    const ExportView plain = memory_view({{"connections/friends/your_friends.html", "<p>hello</p>"}});
    CHECK(importer("facebook_html").detect(plain) < 0.6);
    // An Instagram HTML export is not Facebook's.
    const ExportView instagram = memory_view(
        {{"connections/followers_and_following/followers_1.html", page("Followers", "")},
         {"your_instagram_activity/content/posts_1.html", page("Posts", "")},
         {"connections/followers_and_following/following.html", page("Following", "")}});
    CHECK(importer("facebook_html").detect(instagram) < 0.3);
}
