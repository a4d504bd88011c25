// The Facebook JSON importer on a small 2020–2022-layout export built in memory (wrapper
// folder as in real zips). The 2024+ layout, problems and detection: *_facebook_json_2024.cpp.
#include "audit/archive/archive.hpp"
#include "audit/archive/export_view.hpp"
#include "audit/importers/importer.hpp"
#include <algorithm>
#include <catch2/catch.hpp>

using namespace audit;

namespace {

const Importer& facebook() {
    for (const Importer& importer : all_importers())
        if (importer.id == "facebook_json") return importer;
    FAIL("facebook_json is not registered");
    throw 0;
}

Export import_files(std::vector<std::pair<std::string, std::string>> files) {
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(memory_archive("facebook-jane.zip", std::move(files)));
    ExportView view(std::move(parts));
    Export out;
    facebook().import_export(view, out);
    return out;
}

const std::string k_root = "facebook-janeexample/";

const char* k_profile = R"({"profile_v2": {
  "name": {"full_name": "Jane Q Example", "first_name": "Jane"},
  "emails": {"emails": ["jane@example.com"], "previous_emails": ["jane@riverside.sch.uk"],
             "pending_emails": [], "ad_account_emails": []},
  "birthday": {"year": 1985, "month": 3, "day": 7},
  "previous_names": [{"name": "Jane Smith", "timestamp": 1365172948}],
  "other_names": [{"name": "Miss E", "timestamp": 1493948441, "type": "nickname"}],
  "current_city": {"name": "Bath, Somerset", "timestamp": 0},
  "hometown": {"name": "Zo\u00c3\u00abtown", "timestamp": 0},
  "places_lived": [{"place": "Bristol", "start_timestamp": 536486400, "timestamp": 1383260928}],
  "address": {"street": "1 High St", "city": "Bath", "region": "Somerset", "country": "United Kingdom"},
  "phone_numbers": [{"phone_type": "Mobile", "phone_number": "+447700900123", "verified": true}],
  "work_experiences": [
    {"employer": "Riverside Primary School", "title": "Year 4 Teacher", "start_timestamp": 1522857600},
    {"employer": "Vale Learning Trust", "start_timestamp": 1464753600, "end_timestamp": 1475251200},
    {"employer": "Caf\u00c3\u00a9 Rouge", "title": "", "description": "", "end_timestamp": 0}],
  "education_experiences": [{"name": "Bath Spa University", "school_type": "College", "graduated": true,
                             "end_timestamp": 1136102400}],
  "about_me": "Teacher. Views my own.", "favorite_quotes": "Carpe diem",
  "websites": [{"address": "https://jane.example.org"}],
  "screen_names": [{"service_name": "Skype", "names": [{"name": "jane.skype", "timestamp": 1}]}],
  "username": "jane.example", "profile_uri": "https://www.facebook.com/jane.example",
  "family_members": [{"name": "Sam Example", "relation": "Son", "timestamp": 1}]}})";

// Two posts share a second; one has mentions, tags, a place, a link, an event and a photo with
// exif_data; one uses the pre-2019 EXIF shape; one has a video.
const char* k_posts = R"([
 {"timestamp": 1741968131, "title": "Jane Q Example added a new photo.",
  "data": [{"post": "Great day with @[100000000000001:2048:Anna Bell] at school"}, {"update_timestamp": 1741968131}],
  "tags": [{"name": "Anna Bell"}, "Tom Tag"],
  "attachments": [
   {"data": [{"media": {"uri": "posts/media/Timelinephotos_abc/111.jpg", "creation_timestamp": 1741968100,
      "title": "Timeline photos", "description": "Sports day @[100000000000002:2048:Zo\u00c3\u00ab Pupil]",
      "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 51.3811, "longitude": -2.359,
         "taken_timestamp": 1741968000, "camera_make": "Apple", "camera_model": "iPhone 13",
         "upload_ip": "195.10.20.7"}]}}}}]},
   {"data": [{"place": {"name": "Riverside Primary School", "address": "School Lane, Bath",
      "url": "https://www.facebook.com/riverside", "coordinate": {"latitude": 51.38, "longitude": -2.36}}}]},
   {"data": [{"external_context": {"url": "https://riverside.sch.uk/news", "name": "News"}}]},
   {"data": [{"event": {"name": "MAGIC MEN\u00c2\u00ae LIVE!", "start_timestamp": 1461279600}}]}]},
 {"timestamp": 1741968131, "data": [{"post": "Second post in the same second"}]},
 {"timestamp": 1245354126, "data": [{"post": "Old camera"}],
  "attachments": [{"data": [{"media": {"uri": "posts/media/Mobileuploads_x/222.jpg", "creation_timestamp": 1245354126,
      "media_metadata": {"photo_metadata": {"latitude": 38.79, "longitude": -90.56, "taken_timestamp": 1245354000}}}}]}]},
 {"timestamp": 1292992947, "data": [{"post": "A video"}],
  "attachments": [{"data": [{"media": {"uri": "posts/media/videos/333.mp4", "creation_timestamp": 1292992947,
      "thumbnail": {"uri": "https://cdn.example/thumb.jpg"},
      "media_metadata": {"video_metadata": {"exif_data": [{"upload_ip": "192.0.2.11", "upload_timestamp": 0}]}}}}]}]}
])";

const char* k_album = R"({"name": "Sports Day 2025", "description": "Well done everyone",
  "last_modified_timestamp": 1741970000,
  "photos": [{"uri": "posts/media/Timelinephotos_abc/111.jpg", "creation_timestamp": 1741968100,
              "title": "Sports Day 2025", "description": "Sports day"},
             {"uri": "posts/media/SportsDay_def/444.jpg", "creation_timestamp": 1741968200,
              "title": "Sports Day 2025", "description": "Relay race"}],
  "cover_photo": {"uri": "posts/media/SportsDay_def/444.jpg"}})";

const char* k_uncategorized = R"({"other_photos_v2": [
  {"uri": "posts/media/Timelinephotos_abc/111.jpg", "creation_timestamp": 1741968100},
  {"uri": "posts/media/Uncategorized_ghi/555.jpg", "creation_timestamp": 1685620800, "description": "Class trip"}]})";

const char* k_videos =
    R"({"videos_v2": [{"uri": "posts/media/videos/333.mp4", "creation_timestamp": 1292992947,
  "description": "Say something about this video..."}]})";

std::vector<std::pair<std::string, std::string>> export_2022() {
    return {
        {k_root + "profile_information/profile_information.json", k_profile},
        {k_root + "posts/your_posts_1.json", k_posts},
        {k_root + "posts/album/0.json", k_album},
        {k_root + "posts/your_uncategorized_photos.json", k_uncategorized},
        {k_root + "posts/your_videos.json", k_videos},
        {k_root + "posts/media/Timelinephotos_abc/111.jpg", "jpeg bytes"},
        {k_root + "posts/media/SportsDay_def/444.jpg", "jpeg bytes"},
        {k_root + "posts/media/videos/333.mp4", "mp4 bytes"},
        {"__MACOSX/" + k_root + "posts/._your_posts_1.json", "resource fork, not JSON"},
    };
}

const ProfileField* field(const Export& out, std::string_view label, std::string_view value) {
    for (const ProfileField& f : out.profile)
        if (f.label == label && f.value == value) return &f;
    return nullptr;
}

const Media* media(const Export& out, std::string_view uri) {
    for (const Media& m : out.media)
        if (m.uri == uri) return &m;
    return nullptr;
}

} // namespace

TEST_CASE("facebook_json: imports every profile field kind", "[importers]") {
    const Export out = import_files(export_2022());
    CHECK(out.problems.empty());
    CHECK(out.platform == Platform::facebook);
    CHECK(out.format == Format::json);
    CHECK(out.owner == "Jane Q Example");
    const std::string file = k_root + "profile_information/profile_information.json";
    struct Expected {
        FieldKind kind;
        std::string label, value;
        bool current;
    };
    const std::vector<Expected> expected = {
        {FieldKind::name, "name.full_name", "Jane Q Example", true},
        {FieldKind::name, "previous_names", "Jane Smith", false},
        {FieldKind::name, "other_names", "Miss E", true},
        {FieldKind::username, "username", "jane.example", true},
        {FieldKind::username, "profile_uri", "https://www.facebook.com/jane.example", true},
        {FieldKind::username, "screen_names.Skype", "jane.skype", true},
        {FieldKind::email, "emails.emails", "jane@example.com", true},
        {FieldKind::email, "emails.previous_emails", "jane@riverside.sch.uk", false},
        {FieldKind::phone, "phone_numbers", "+447700900123", true},
        {FieldKind::birthday, "birthday", "1985-03-07", true},
        {FieldKind::city, "current_city", "Bath, Somerset", true},
        {FieldKind::city, "hometown", "Zo\u00ebtown", true},
        {FieldKind::city, "places_lived", "Bristol", false},
        {FieldKind::address, "address", "1 High St, Bath, Somerset, United Kingdom", true},
        {FieldKind::work, "work_experiences.employer", "Riverside Primary School", true},
        {FieldKind::work, "work_experiences.title", "Year 4 Teacher", true},
        {FieldKind::work, "work_experiences.employer", "Vale Learning Trust", false},
        {FieldKind::work, "work_experiences.employer", "Caf\u00e9 Rouge", true},
        {FieldKind::education, "education_experiences.College", "Bath Spa University", false},
        {FieldKind::bio, "about_me", "Teacher. Views my own.", true},
        {FieldKind::bio, "favorite_quotes", "Carpe diem", true},
        {FieldKind::website, "websites", "https://jane.example.org", true},
        {FieldKind::other, "family_members.Son", "Sam Example", true},
    };
    CHECK(out.profile.size() == expected.size());
    for (const Expected& e : expected) {
        INFO(e.label << " = " << e.value);
        const ProfileField* f = field(out, e.label, e.value);
        REQUIRE(f);
        CHECK(f->kind == e.kind);
        CHECK(f->current == e.current);
        CHECK(f->source.file == file);
    }
    CHECK(field(out, "work_experiences.employer", "Riverside Primary School")->source.item ==
          "profile work: Riverside Primary School");
    CHECK(field(out, "emails.emails", "jane@example.com")->source.item ==
          "profile email: jane@example.com");
}

TEST_CASE("facebook_json: birthday without a year is MM-DD", "[importers]") {
    const Export out = import_files(
        {{"profile_information/profile_information.json",
          R"({"profile_v2": {"name": {"full_name": "A"}, "birthday": {"month": 12, "day": 1}}})"}});
    REQUIRE(field(out, "birthday", "12-01"));
}

TEST_CASE("facebook_json: posts carry text, tags, places, links, events and identities",
          "[importers]") {
    const Export out = import_files(export_2022());
    REQUIRE(out.problems.empty());
    // 4 posts + 1 album.
    REQUIRE(out.posts.size() == 5);
    const Post& first = out.posts[0];
    CHECK(first.kind == PostKind::post);
    CHECK(first.source.file == k_root + "posts/your_posts_1.json");
    CHECK(first.source.item == "post 2025-03-14T16:02:11Z");
    CHECK(out.posts[1].source.item == "post 2025-03-14T16:02:11Z (2)");
    CHECK(first.time == 1741968131);
    CHECK(first.text == "Great day with Anna Bell at school");
    CHECK(first.title == "Jane Q Example added a new photo.");
    CHECK(first.audience.empty());
    CHECK(first.tags == std::vector<std::string>{"Anna Bell", "Tom Tag"});
    CHECK(first.links == std::vector<std::string>{"https://riverside.sch.uk/news"});
    CHECK(first.events == std::vector<std::string>{"MAGIC MEN\u00ae LIVE!"});
    REQUIRE(first.places.size() == 1);
    CHECK(first.places[0].name == "Riverside Primary School");
    CHECK(first.places[0].address == "School Lane, Bath");
    CHECK(first.places[0].url == "https://www.facebook.com/riverside");
    REQUIRE(first.places[0].point);
    CHECK(first.places[0].point->lat == Approx(51.38));
    CHECK(first.places[0].point->lon == Approx(-2.36));
    REQUIRE(first.media.size() == 1);
    CHECK(out.media[first.media[0]].uri == "posts/media/Timelinephotos_abc/111.jpg");

    const Post& album = out.posts[4];
    CHECK(album.kind == PostKind::album);
    CHECK(album.title == "Sports Day 2025");
    CHECK(album.text == "Well done everyone");
    CHECK(album.source.item == "album Sports Day 2025");
    CHECK(album.media.size() == 2);
    const bool audience_note =
        std::any_of(out.skipped.begin(), out.skipped.end(), [](const Skipped& s) {
            return s.why == "Facebook exports do not say who can see each post";
        });
    CHECK(audience_note);
}

TEST_CASE("facebook_json: media deduplicated by uri, with EXIF from both shapes", "[importers]") {
    const Export out = import_files(export_2022());
    REQUIRE(out.problems.empty());
    // 111 (post, album, uncategorized), 222, 333 (post, videos), 444 (album), 555 (uncategorized).
    REQUIRE(out.media.size() == 5);
    const Media* photo = media(out, "posts/media/Timelinephotos_abc/111.jpg");
    REQUIRE(photo);
    CHECK(photo->kind == MediaKind::photo);
    CHECK(photo->source.item == "post 2025-03-14T16:02:11Z");
    CHECK(photo->source.file == k_root + "posts/your_posts_1.json");
    CHECK(photo->entry == k_root + "posts/media/Timelinephotos_abc/111.jpg");
    CHECK(photo->caption == "Sports day Zo\u00eb Pupil");
    CHECK(photo->album == "Timeline photos");
    CHECK(photo->created == 1741968100);
    CHECK(photo->taken == 1741968000);
    REQUIRE(photo->gps);
    CHECK(photo->gps->lat == Approx(51.3811));
    CHECK(photo->gps->lon == Approx(-2.359));
    CHECK(photo->camera_make == "Apple");
    CHECK(photo->camera_model == "iPhone 13");
    CHECK(photo->upload_ip == "195.10.20.7");

    const Media* old = media(out, "posts/media/Mobileuploads_x/222.jpg");
    REQUIRE(old);
    REQUIRE(old->gps);
    CHECK(old->gps->lat == Approx(38.79));
    CHECK(old->taken == 1245354000);
    CHECK(old->entry.empty()); // not in the export

    const Media* video = media(out, "posts/media/videos/333.mp4");
    REQUIRE(video);
    CHECK(video->kind == MediaKind::video);
    CHECK(video->upload_ip == "192.0.2.11");
    CHECK(video->source.item == "post 2010-12-22T04:42:27Z");
    CHECK(video->caption == "Say something about this video...");

    const Media* album_only = media(out, "posts/media/SportsDay_def/444.jpg");
    REQUIRE(album_only);
    CHECK(album_only->source.item == "album Sports Day 2025");
    CHECK(album_only->album == "Sports Day 2025");
    CHECK(album_only->caption == "Relay race");

    const Media* loose = media(out, "posts/media/Uncategorized_ghi/555.jpg");
    REQUIRE(loose);
    CHECK(loose->source.item == "photo 2023-06-01T12:00:00Z");
    CHECK(loose->source.file == k_root + "posts/your_uncategorized_photos.json");
    CHECK(loose->caption == "Class trip");
}

TEST_CASE("facebook_json: identities do not depend on position in the file", "[importers]") {
    const char* reversed = R"([
      {"timestamp": 1292992947, "data": [{"post": "A video"}]},
      {"timestamp": 1741968131, "data": [{"post": "Great day"}]}])";
    const char* ordered = R"([
      {"timestamp": 1741968131, "data": [{"post": "Great day"}]},
      {"timestamp": 1292992947, "data": [{"post": "A video"}]}])";
    const Export a = import_files({{"posts/your_posts_1.json", reversed}});
    const Export b = import_files({{"posts/your_posts_1.json", ordered}});
    REQUIRE(a.posts.size() == 2);
    REQUIRE(b.posts.size() == 2);
    CHECK(a.posts[1].source.item == b.posts[0].source.item);
    CHECK(a.posts[0].source.item == b.posts[1].source.item);
    CHECK(a.posts[0].source.item == "post 2010-12-22T04:42:27Z");
}

TEST_CASE("facebook_json: numbered files are read, look-alike names are not", "[importers]") {
    const Export out = import_files({
        {"posts/your_posts_1.json", R"([{"timestamp": 1, "data": [{"post": "one"}]}])"},
        {"posts/your_posts_2.json", R"([{"timestamp": 2, "data": [{"post": "two"}]}])"},
        {"posts/your_posts_draft.json", R"([{"timestamp": 3, "data": [{"post": "draft"}]}])"},
        {"posts/your_posts_1.html", "<html></html>"},
    });
    CHECK(out.problems.empty());
    CHECK(out.files_read == 2);
    REQUIRE(out.posts.size() == 2);
    CHECK(out.posts[0].text == "one");
    CHECK(out.posts[1].text == "two");
}

TEST_CASE("facebook_json: a file present in two parts is imported once", "[importers]") {
    const std::string friends =
        R"({"friends_v2": [{"name": "Anna Bell", "timestamp": 1650227705}]})";
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(memory_archive("part1.zip", {{"friends_and_followers/friends.json", friends}}));
    parts.push_back(memory_archive("part2.zip", {{"friends_and_followers/friends.json", friends}}));
    ExportView view(std::move(parts));
    Export out;
    facebook().import_export(view, out);
    CHECK(out.connections.size() == 1);
    CHECK(out.files_read == 1);
}

TEST_CASE("facebook_json: wrong-typed members are skipped without a crash", "[importers]") {
    const Export out = import_files({
        {"profile_information/profile_information.json",
         R"({"profile_v2": {"name": "not an object", "work_experiences": "oops",
             "emails": {"emails": [1, null, {"x": 1}, "ok@example.com"]}, "birthday": {"month": 13, "day": 1},
             "phone_numbers": {"phone_number": "+1"}}})"},
        {"posts/your_posts_1.json",
         R"([1, "text", null, {"timestamp": "1741968131", "data": "oops", "attachments": [{"data": [{"media": "x"},
             {"media": {"uri": 5}}, {"place": []}]}], "tags": {"name": "x"}}])"},
        {"photos_and_videos/album/1.json",
         R"({"name": "Old album", "photos": [{"uri": "a/1.jpg"}]})"},
        {"photos/7.json", R"({"name": "Not an album", "photos": [{"uri": "b/2.jpg"}]})"},
    });
    CHECK(out.problems.empty());
    REQUIRE(out.profile.size() == 1);
    CHECK(out.profile[0].value == "ok@example.com");
    CHECK(out.owner.empty());
    REQUIRE(out.posts.size() == 2);
    CHECK(out.posts[0].source.item == "post 2025-03-14T16:02:11Z");
    CHECK(out.posts[0].media.empty());
    CHECK(out.posts[0].places.empty());
    CHECK(out.posts[1].kind == PostKind::album);
    REQUIRE(out.media.size() == 1);
    CHECK(out.media[0].uri == "a/1.jpg");
}
