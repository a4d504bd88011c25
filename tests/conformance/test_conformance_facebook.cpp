// Every real Facebook sample in ../shared/samples/facebook imports without a problem, with the
// item counts its files really hold (counted by reading them; see samples/facebook/SOURCES.md).
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

const Importer& facebook() { return importer("facebook_json"); }

const fs::path k_samples = "samples/facebook";

bool samples_present() { return present(k_samples); }

struct Imported {
    double confidence = 0;
    Export out;
};

Imported import_era(const std::string& era, const std::string& prefix = {}) {
    const ExportView view = view_of(test::shared_dir() / k_samples / era, prefix);
    Imported result;
    result.confidence = facebook().detect(view);
    facebook().import_export(view, result.out);
    return result;
}

template <class T, class Key>
std::map<Key, std::size_t> count_by(const std::vector<T>& items, Key (*key)(const T&)) {
    std::map<Key, std::size_t> counts;
    for (const T& item : items)
        ++counts[key(item)];
    return counts;
}

FieldKind field_kind(const ProfileField& f) {
    return f.kind;
}
Relation relation_of(const Connection& c) {
    return c.relation;
}
PostKind post_kind(const Post& p) {
    return p.kind;
}
GroupKind group_kind(const Group& g) {
    return g.kind;
}

// Every item identity is unique within its file.
void check_identities_unique(const Export& out) {
    std::vector<std::string> ids;
    auto add = [&](const SourceRef& s) { ids.push_back(s.file + "\n" + s.item); };
    for (const auto& x : out.profile)
        add(x.source);
    for (const auto& x : out.posts)
        add(x.source);
    for (const auto& x : out.comments)
        add(x.source);
    for (const auto& x : out.connections)
        add(x.source);
    for (const auto& x : out.groups)
        add(x.source);
    for (const auto& x : out.settings)
        add(x.source);
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
}

} // namespace

TEST_CASE("conformance: facebook 2022_json sample imports with exact counts", "[conformance]") {
    if (!samples_present()) return;
    const Imported imported = import_era("2022_json");
    const Export& out = imported.out;
    CHECK(imported.confidence >= 0.9);
    INFO(problems_of(out));
    CHECK(out.problems.empty());
    CHECK(out.files_read == 14);
    CHECK(out.owner == "Jane Q Example");

    // profile_information.json: 3 names (full, previous, nickname), username + profile_uri +
    // Skype, 2 e-mails, 1 phone, birthday, current city + hometown + place lived, address,
    // 3 employers + 2 titles, 1 school, about_me, partner + 2 family members.
    CHECK(out.profile.size() == 24);
    const std::map<FieldKind, std::size_t> fields = {
        {FieldKind::name, 3},    {FieldKind::username, 3}, {FieldKind::email, 2},
        {FieldKind::phone, 1},   {FieldKind::birthday, 1}, {FieldKind::city, 3},
        {FieldKind::address, 1}, {FieldKind::work, 5},     {FieldKind::education, 1},
        {FieldKind::bio, 1},     {FieldKind::other, 3}};
    CHECK(count_by(out.profile, field_kind) == fields);

    // your_posts_1.json holds 6 posts; album/0.json is one album of 2 photos.
    CHECK(count_by(out.posts, post_kind) ==
          std::map<PostKind, std::size_t>{{PostKind::post, 6}, {PostKind::album, 1}});
    // 3 photos + 1 video in posts, 2 album photos; no media files in the sample.
    CHECK(out.media.size() == 6);
    CHECK(std::all_of(out.media.begin(), out.media.end(),
                      [](const Media& m) { return m.entry.empty(); }));
    CHECK(std::count_if(out.media.begin(), out.media.end(),
                        [](const Media& m) { return m.kind == MediaKind::video; }) == 1);

    CHECK(out.comments.size() == 2); // comments.json 1, your_comments_in_groups.json 1
    CHECK(count_by(out.groups, group_kind) ==
          std::map<GroupKind, std::size_t>{{GroupKind::group, 2}, {GroupKind::page, 2}});
    CHECK(count_by(out.connections, relation_of) ==
          std::map<Relation, std::size_t>{{Relation::friend_, 3},
                                          {Relation::request_received, 1},
                                          {Relation::request_sent, 2},
                                          {Relation::removed, 2},
                                          {Relation::following, 2},
                                          {Relation::follower, 2}});
    CHECK(out.settings.size() == 5); // privacy checkup topics
    CHECK(out.messages.empty());
    CHECK(out.searches.empty());
    CHECK(out.logins.empty());
    check_identities_unique(out);
}

TEST_CASE("conformance: facebook 2022_json values survive import", "[conformance]") {
    if (!samples_present()) return;
    const Export out = import_era("2022_json").out;
    auto post_at = [&](Timestamp t) -> const Post& {
        auto it = std::find_if(out.posts.begin(), out.posts.end(),
                               [t](const Post& p) { return p.time == t; });
        REQUIRE(it != out.posts.end());
        return *it;
    };
    CHECK(post_at(1457935566).text == "Friend One");
    CHECK(post_at(1457935566).events ==
          std::vector<std::string>{"MAGIC MEN\u00ae LIVE! - CLEVELAND, OH - THURSDAY, APRIL 21st"});
    CHECK(post_at(1457935566).source.item == "post 2016-03-14T06:06:06Z");
    const Post& dinner = post_at(1640475654);
    REQUIRE(dinner.places.size() == 1);
    CHECK(dinner.places[0].name == "Denny's");
    REQUIRE(dinner.places[0].point);
    CHECK(dinner.places[0].point->lat == Approx(38.792498517017));
    REQUIRE(dinner.media.size() == 1);
    const Media& photo = out.media[dinner.media[0]];
    REQUIRE(photo.gps);
    CHECK(photo.gps->lat == Approx(38.792581));
    CHECK(photo.gps->lon == Approx(-90.566324));
    CHECK(photo.camera_make == "OnePlus");
    CHECK(photo.camera_model == "LE2115");
    CHECK(photo.upload_ip == "2001:db8::1");
    CHECK(photo.taken == 1640475595);
    CHECK(photo.caption == "Enjoying Christmas dinner!");
    CHECK(post_at(1383214471).tags == std::vector<std::string>{"Tagged Person"});

    const bool zoe =
        std::any_of(out.connections.begin(), out.connections.end(), [](const Connection& c) {
            return c.display_name == "Zo\u00eb Friend" && c.source.item == "friend Zo\u00eb Friend";
        });
    CHECK(zoe);
    const bool group_comment =
        std::any_of(out.comments.begin(), out.comments.end(), [](const Comment& c) {
            return c.context == "\u264f SCORPIOS UNITED MOVEMENT (S.U.M) \U0001F982";
        });
    CHECK(group_comment);
}

TEST_CASE("conformance: facebook 2026_json sample imports with exact counts", "[conformance]") {
    if (!samples_present()) return;
    const Imported imported = import_era("2026_json");
    const Export& out = imported.out;
    CHECK(imported.confidence >= 0.9);
    INFO(problems_of(out));
    CHECK(out.problems.empty());
    CHECK(out.files_read == 10);
    CHECK(out.owner.empty());
    CHECK(out.profile.empty());
    CHECK(out.posts.empty());
    // suggested: 1 in suggested_friends.json + 2 in people_you_may_know.json.
    CHECK(count_by(out.connections, relation_of) ==
          std::map<Relation, std::size_t>{{Relation::friend_, 3},
                                          {Relation::request_received, 2},
                                          {Relation::request_sent, 2},
                                          {Relation::removed, 2},
                                          {Relation::following, 3},
                                          {Relation::follower, 3},
                                          {Relation::suggested, 3}});
    // your_post_audiences.json: 4 custom lists.
    CHECK(count_by(out.groups, group_kind) ==
          std::map<GroupKind, std::size_t>{{GroupKind::list, 4}});
    // messaging_settings.json: 26 labels, 16 of them with a value.
    CHECK(out.settings.size() == 16);
    check_identities_unique(out);

    const bool an =
        std::any_of(out.connections.begin(), out.connections.end(), [](const Connection& c) {
            return c.relation == Relation::friend_ && c.display_name == "Nguy\u1ec5n V\u0103n An";
        });
    CHECK(an);
    const bool list = std::any_of(out.groups.begin(), out.groups.end(), [](const Group& g) {
        return g.name == "\u0110\u1ed1i th\u1ee7";
    });
    CHECK(list);
    const bool setting =
        std::any_of(out.settings.begin(), out.settings.end(), [](const Setting& s) {
            return s.label == "G\u1eedi tin nh\u1eafn b\u1eb1ng ph\u00edm Enter" &&
                   s.value == "\u0110\u00fang";
        });
    CHECK(setting);
}

TEST_CASE("conformance: facebook samples import the same inside a wrapper folder",
          "[conformance]") {
    if (!samples_present()) return;
    for (const std::string era : {"2022_json", "2026_json"}) {
        INFO(era);
        const Imported plain = import_era(era);
        const Imported wrapped = import_era(era, "facebook-jane/");
        CHECK(wrapped.out.problems.empty());
        CHECK(wrapped.confidence == plain.confidence);
        CHECK(wrapped.out.item_count() == plain.out.item_count());
        CHECK(wrapped.out.files_read == plain.out.files_read);
    }
}

TEST_CASE("conformance: Instagram samples are not detected as Facebook", "[conformance]") {
    const fs::path instagram = test::shared_dir() / "samples/instagram";
    if (!fs::exists(instagram)) {
        WARN("skipped: " << instagram << " is absent");
        return;
    }
    for (const auto& era : fs::directory_iterator(instagram)) {
        if (!era.is_directory()) continue;
        INFO(era.path().filename().string());
        std::vector<std::unique_ptr<Archive>> parts;
        parts.push_back(memory_archive("instagram", files_of(era.path())));
        CHECK(facebook().detect(ExportView(std::move(parts))) < 0.3);
    }
}

TEST_CASE("conformance: facebook samples read through the folder archive match memory",
          "[conformance]") {
    if (!samples_present()) return;
    for (const std::string era : {"2022_json", "2026_json"}) {
        INFO(era);
        auto folder = open_archive((test::shared_dir() / k_samples / era).string());
        REQUIRE(folder);
        std::vector<std::unique_ptr<Archive>> parts;
        parts.push_back(std::move(*folder));
        ExportView view(std::move(parts));
        Export out;
        facebook().import_export(view, out);
        const Imported memory = import_era(era);
        CHECK(out.problems.empty());
        CHECK(out.files_read == memory.out.files_read);
        CHECK(out.item_count() == memory.out.item_count());
        CHECK(facebook().detect(view) == memory.confidence);
    }
}
