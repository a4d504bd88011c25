// Every real Instagram sample in ../shared/samples/instagram imports without a problem, with the
// item counts its files really hold (counted by reading them; see samples/instagram/SOURCES.md),
// and is detected as Instagram, never as Facebook (and the Facebook samples never as Instagram).
#include "audit/archive/archive.hpp"
#include "audit/archive/export_view.hpp"
#include "audit/importers/importer.hpp"
#include "conformance/conformance_support.hpp"
#include "support/test_support.hpp"
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

using namespace audit;
using namespace audit::conformance;
namespace fs = std::filesystem;

namespace {

const fs::path k_samples = "samples/instagram";

bool samples_present() { return present(k_samples); }

struct Imported {
    double confidence = 0;
    double facebook_confidence = 0;
    Export out;
};

Imported import_era(const std::string& era, const std::string& prefix = {}) {
    const ExportView view = view_of(test::shared_dir() / k_samples / era, prefix);
    Imported result;
    result.confidence = importer("instagram_json").detect(view);
    result.facebook_confidence = importer("facebook_json").detect(view);
    importer("instagram_json").import_export(view, result.out);
    return result;
}

std::map<FieldKind, std::size_t> field_counts(const Export& out) {
    std::map<FieldKind, std::size_t> counts;
    for (const ProfileField& f : out.profile)
        ++counts[f.kind];
    return counts;
}

std::map<Relation, std::size_t> relation_counts(const Export& out) {
    std::map<Relation, std::size_t> counts;
    for (const Connection& c : out.connections)
        ++counts[c.relation];
    return counts;
}

std::map<std::string, std::size_t> setting_counts(const Export& out) {
    std::map<std::string, std::size_t> counts;
    for (const Setting& s : out.settings)
        ++counts[s.name];
    return counts;
}

std::map<PostKind, std::size_t> post_counts(const Export& out) {
    std::map<PostKind, std::size_t> counts;
    for (const Post& p : out.posts)
        ++counts[p.kind];
    return counts;
}

// Every item identity is unique within its file, and every connection links to a profile.
void check_identities(const Export& out) {
    std::vector<std::string> ids;
    auto add = [&](const SourceRef& s) { ids.push_back(s.file + "\n" + s.item); };
    for (const auto& x : out.profile) add(x.source);
    for (const auto& x : out.posts) add(x.source);
    for (const auto& x : out.comments) add(x.source);
    for (const auto& x : out.connections) add(x.source);
    for (const auto& x : out.settings) add(x.source);
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
    for (const Connection& c : out.connections) {
        INFO(c.source.item);
        CHECK_FALSE(c.username.empty());
        CHECK_FALSE(c.source.url.empty());
    }
}

void check_common(const Imported& imported, std::size_t files) {
    const Export& out = imported.out;
    CHECK(imported.confidence >= 0.9);
    CHECK(imported.facebook_confidence < 0.3);
    INFO(problems_of(out));
    CHECK(out.problems.empty());
    CHECK(out.files_read == files);
    CHECK(out.platform == Platform::instagram);
    check_identities(out);
}

} // namespace

TEST_CASE("conformance: instagram 2022_json sample imports with exact counts", "[conformance]") {
    if (!samples_present()) return;
    const Imported imported = import_era("2022_json");
    const Export& out = imported.out;
    check_common(imported, 4);
    CHECK(out.owner == "John Doe");
    // personal_information.json: Email, Phone Number, Username, Name, Bio, Gender, Date of birth
    // (the two phone confirmation flags are not profile text).
    CHECK(field_counts(out) == std::map<FieldKind, std::size_t>{{FieldKind::email, 1},
                                                                {FieldKind::phone, 1},
                                                                {FieldKind::username, 1},
                                                                {FieldKind::name, 1},
                                                                {FieldKind::bio, 1},
                                                                {FieldKind::other, 1},
                                                                {FieldKind::birthday, 1}});
    CHECK(setting_counts(out) ==
          std::map<std::string, std::size_t>{{"private_account", 1}, {"privacy_change", 1}});
    // posts_1.json: 1 single-media post; plus the profile photo.
    CHECK(post_counts(out) == std::map<PostKind, std::size_t>{{PostKind::post, 1}});
    CHECK(out.media.size() == 2);
    CHECK(relation_counts(out) == std::map<Relation, std::size_t>{{Relation::follower, 2}});
    CHECK(out.comments.empty());
}

TEST_CASE("conformance: instagram 2022_json values survive import", "[conformance]") {
    if (!samples_present()) return;
    const Export out = import_era("2022_json").out;
    const auto bio = std::find_if(out.profile.begin(), out.profile.end(),
                                  [](const ProfileField& f) { return f.kind == FieldKind::bio; });
    REQUIRE(bio != out.profile.end());
    CHECK(bio->value == "Popping up in the East Bay\nVintage furniture and local art\nIf it\u2019s "
                        "posted it\u2019s available\u2026 probably");
    const auto priv = std::find_if(out.settings.begin(), out.settings.end(),
                                   [](const Setting& s) { return s.name == "private_account"; });
    REQUIRE(priv != out.settings.end());
    CHECK(priv->value == "false");
    REQUIRE(out.posts.size() == 1);
    const Post& post = out.posts[0];
    CHECK(post.text.starts_with("5:00PM\n~\naquatint etching"));
    CHECK(post.source.item == "post 2022-08-05T04:53:27Z");
    REQUIRE(post.media.size() == 1);
    const Media& photo = out.media[post.media[0]];
    REQUIRE(photo.gps);
    CHECK(photo.gps->lat == Approx(37.915833333333));
    CHECK(photo.gps->lon == Approx(-122.31166666667));
    CHECK(photo.camera_make == "Apple");
    CHECK(photo.camera_model == "iPhone 12 Pro");
    CHECK(photo.taken == 1632998134); // 2021:09:30 10:35:34, the camera's clock, read as UTC
    const auto change = std::find_if(out.settings.begin(), out.settings.end(),
                                     [](const Setting& s) { return s.name == "privacy_change"; });
    REQUIRE(change != out.settings.end());
    CHECK(change->value == "Switched to Private");
    CHECK(change->time == 1650219244);
}

TEST_CASE("conformance: instagram 2024_json sample imports with exact counts", "[conformance]") {
    if (!samples_present()) return;
    const Imported imported = import_era("2024_json");
    const Export& out = imported.out;
    check_common(imported, 12);
    CHECK(out.owner == "Jane Example");
    // personal_information.json: Phone Number, Username, Name, Bio, Gender, Date of birth;
    // account_based_in.json: City Name. The Threads profile's Bio and Links are empty.
    CHECK(field_counts(out) == std::map<FieldKind, std::size_t>{{FieldKind::phone, 1},
                                                                {FieldKind::username, 1},
                                                                {FieldKind::name, 1},
                                                                {FieldKind::bio, 1},
                                                                {FieldKind::other, 1},
                                                                {FieldKind::birthday, 1},
                                                                {FieldKind::city, 1}});
    CHECK(setting_counts(out) == std::map<std::string, std::size_t>{{"private_account", 1},
                                                                    {"threads_private_account", 1},
                                                                    {"contact_syncing", 1},
                                                                    {"comments_allowed_from", 1}});
    // posts_1.json: a single-media post and a 2-media carousel; stories.json: 1 story.
    CHECK(post_counts(out) ==
          std::map<PostKind, std::size_t>{{PostKind::post, 2}, {PostKind::story, 1}});
    CHECK(out.media.size() == 5); // 1 + 2 + 1 story + the profile photo
    CHECK(out.comments.size() == 1);
    CHECK(relation_counts(out) == std::map<Relation, std::size_t>{{Relation::follower, 3},
                                                                  {Relation::following, 3},
                                                                  {Relation::request_sent, 1},
                                                                  {Relation::request_received, 2}});
}

TEST_CASE("conformance: instagram 2024_json values survive import", "[conformance]") {
    if (!samples_present()) return;
    const Export out = import_era("2024_json").out;
    std::vector<std::string> texts;
    for (const Post& p : out.posts)
        texts.push_back(p.text);
    std::sort(texts.begin(), texts.end());
    CHECK(texts == std::vector<std::string>{"", "Great sem", "Un Taxi \U0001F1E8\U0001F1F4"});
    for (const Setting& s : out.settings) {
        INFO(s.name);
        if (s.name == "private_account") CHECK(s.value == "false");
        if (s.name == "threads_private_account") CHECK(s.value == "true");
        if (s.name == "comments_allowed_from") CHECK(s.value == "Everyone");
    }
    REQUIRE(out.comments.size() == 1);
    CHECK(out.comments[0].text == "DO IT FOR THA CULTURE");
    CHECK(out.comments[0].context == "media_owner_account");
    CHECK(out.comments[0].source.item == "comment 2024-04-20T00:23:00Z");
    const bool follower = std::any_of(out.connections.begin(), out.connections.end(), [](const Connection& c) {
        return c.relation == Relation::follower && c.username == "follower_one" &&
               c.source.item == "follower follower_one" &&
               c.source.url == "https://www.instagram.com/follower_one" && c.since == 1720152884;
    });
    CHECK(follower);
    const bool no_gps = std::none_of(out.media.begin(), out.media.end(),
                                     [](const Media& m) { return m.gps.has_value(); });
    CHECK(no_gps);
    const bool gps_note = std::any_of(out.skipped.begin(), out.skipped.end(),
                                      [](const Skipped& s) { return s.what == "photo locations"; });
    CHECK(gps_note);
}

TEST_CASE("conformance: instagram 2024-12_json and 2026_json follow lists", "[conformance]") {
    if (!samples_present()) return;
    const Imported late_2024 = import_era("2024-12_json");
    check_common(late_2024, 1);
    CHECK(relation_counts(late_2024.out) == std::map<Relation, std::size_t>{{Relation::blocked, 2}});
    CHECK(late_2024.out.connections[0].username == "blocked_one");
    CHECK(late_2024.out.connections[0].source.url == "https://www.instagram.com/_u/blocked_one");

    const Imported y2026 = import_era("2026_json");
    const Export& out = y2026.out;
    check_common(y2026, 5);
    CHECK(out.owner.empty());
    CHECK(out.profile.empty());
    CHECK(out.posts.empty());
    CHECK(out.media.size() == 1); // profile_photos.json
    CHECK(setting_counts(out) == std::map<std::string, std::size_t>{{"comments_allowed_from", 1}});
    CHECK(relation_counts(out) == std::map<Relation, std::size_t>{{Relation::follower, 2},
                                                                  {Relation::following, 2},
                                                                  {Relation::blocked, 1}});
    const auto followed = std::find_if(out.connections.begin(), out.connections.end(),
                                       [](const Connection& c) { return c.relation == Relation::following; });
    REQUIRE(followed != out.connections.end());
    CHECK(followed->username == "followed_one");
    const auto blocked = std::find_if(out.connections.begin(), out.connections.end(),
                                      [](const Connection& c) { return c.relation == Relation::blocked; });
    REQUIRE(blocked != out.connections.end());
    CHECK(blocked->username == "blocked_account");
    CHECK(blocked->display_name == "Blocked Account Name");
    CHECK(blocked->since == 1751439108);
}

TEST_CASE("conformance: instagram samples import the same inside a wrapper folder",
          "[conformance]") {
    if (!samples_present()) return;
    for (const std::string era : {"2022_json", "2024_json", "2024-12_json", "2026_json"}) {
        INFO(era);
        const Imported plain = import_era(era);
        const Imported wrapped = import_era(era, "jane_example_20240710/");
        CHECK(wrapped.out.problems.empty());
        CHECK(wrapped.confidence == plain.confidence);
        CHECK(wrapped.out.item_count() == plain.out.item_count());
        CHECK(wrapped.out.files_read == plain.out.files_read);
    }
}

TEST_CASE("conformance: Facebook samples are not detected as Instagram", "[conformance]") {
    const fs::path facebook = test::shared_dir() / "samples/facebook";
    if (!fs::exists(facebook)) {
        WARN("skipped: " << facebook << " is absent");
        return;
    }
    for (const auto& era : fs::directory_iterator(facebook)) {
        if (!era.is_directory()) continue;
        INFO(era.path().filename().string());
        CHECK(importer("instagram_json").detect(view_of(era.path())) < 0.3);
    }
}
