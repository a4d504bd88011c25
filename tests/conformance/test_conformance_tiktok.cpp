// Every TikTok sample in ../shared/samples/tiktok (see its SOURCES.md) imports without a problem,
// with the counts its file really holds; and the TikTok importer claims none of the other
// platforms' samples.
#include "audit/archive/archive.hpp"
#include "audit/archive/export_view.hpp"
#include "audit/core/time.hpp"
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

const Importer& tiktok_importer() { return importer("tiktok_json"); }

const fs::path k_samples = "samples/tiktok";

struct Imported {
    double confidence = 0;
    std::string chosen;
    Export out;
};

Imported import_era(const std::string& era) {
    const ExportView view = view_of(test::shared_dir() / k_samples / era);
    Imported result;
    result.confidence = tiktok_importer().detect(view);
    if (const Importer* chosen = detect_importer(view)) result.chosen = chosen->id;
    tiktok_importer().import_export(view, result.out);
    return result;
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

std::string skipped_why(const Export& out, std::string_view what) {
    for (const Skipped& s : out.skipped)
        if (s.what == what) return s.why;
    return {};
}

} // namespace

TEST_CASE("conformance: tiktok 2024 minimal test account imports with exact counts",
          "[conformance][tiktok]") {
    if (!present(k_samples / "2024_minimal_test_account")) return;
    const Imported imported = import_era("2024_minimal_test_account");
    const Export& out = imported.out;
    CHECK(imported.confidence >= 0.9);
    CHECK(imported.chosen == "tiktok_json");
    INFO(problems_of(out));
    CHECK(out.problems.empty());
    CHECK(out.files_read == 1);
    CHECK(out.owner == "user");
    // userName, emailAddress and the redacted birthDate; "" bio and "None" phone are absent.
    CHECK(out.profile.size() == 3);
    CHECK(field(out, "ProfileMap.birthDate")->value == "17-Dec-20xx");
    CHECK_FALSE(field(out, "ProfileMap.telephoneNumber"));
    // 18 SettingsMap entries: 12 strings with a value, 3 "" or "N/A", 3 nested groups.
    CHECK(out.settings.size() == 12);
    CHECK(setting(out, "private_account")->value == "false");
    CHECK(setting(out, "allow_others_to_find_me")->value == "false");
    CHECK(setting(out, "who_can_message")->value == "friends");
    // Every list but the searches is null.
    CHECK(out.posts.empty());
    CHECK(out.comments.empty());
    CHECK(out.connections.empty());
    CHECK(out.messages.empty());
    CHECK(out.logins.empty());
    REQUIRE(out.searches.size() == 4);
    CHECK(out.searches[0].query == "minigames");
    CHECK(out.searches[0].source.item == "search 2024-12-15T19:02:48Z");
    CHECK(skipped_why(out, "likes and favourites").starts_with("1 liked"));
}

TEST_CASE("conformance: tiktok 2025 excerpt imports with exact counts", "[conformance][tiktok]") {
    if (!present(k_samples / "2025_excerpt")) return;
    const Imported imported = import_era("2025_excerpt");
    const Export& out = imported.out;
    CHECK(imported.confidence >= 0.9);
    CHECK(imported.chosen == "tiktok_json");
    INFO(problems_of(out));
    CHECK(out.problems.empty());
    CHECK(out.owner == "Jane Example");
    // userName, displayName, birthDate, emailAddress, PlatformInfo.Facebook.
    CHECK(out.profile.size() == 5);
    CHECK(field(out, "ProfileMap.birthDate")->value == "2000-01-01");
    CHECK(field(out, "ProfileMap.userName")->value == "jane_example");
    CHECK(out.settings.size() == 15);
    CHECK(setting(out, "private_account")->value == "false");
    CHECK(setting(out, "who_can_message")->value == "everyone");

    REQUIRE(out.posts.size() == 2);
    CHECK(out.posts[0].source.item == "video 2025-01-26T15:50:46Z");
    CHECK(out.posts[0].source.url == "https://example.invalid/video_0.mp4");
    CHECK(out.posts[0].audience == "public");
    CHECK(out.posts[0].text.empty()); // Title and AlternateText are "N/A"
    CHECK(out.posts[1].audience == "only_me");
    REQUIRE(out.comments.size() == 2);
    CHECK(out.comments[1].text ==
          "ya su taksicileri y\u0131ld\u0131rma art\u0131kkkk b\u0131ktılar senden");
    std::map<Relation, std::size_t> relations;
    for (const Connection& c : out.connections)
        ++relations[c.relation];
    CHECK(relations ==
          std::map<Relation, std::size_t>{{Relation::follower, 2}, {Relation::following, 2}});
    CHECK(std::any_of(out.connections.begin(), out.connections.end(),
                      [](const Connection& c) { return c.source.item == "follower fan_1"; }));
    REQUIRE(out.logins.size() == 1);
    CHECK(out.logins[0].ip == "192.0.2.1");
    CHECK(iso_utc(out.logins[0].time) == "2024-09-04T09:45:18Z");
    CHECK(out.searches.empty());
    CHECK(out.messages.empty());
    CHECK_FALSE(skipped_why(out, "times").empty());
}

TEST_CASE("conformance: tiktok 2026 likes-and-favourites subset imports with exact counts",
          "[conformance][tiktok]") {
    if (!present(k_samples / "2026_subset_likes_and_favorites")) return;
    const Imported imported = import_era("2026_subset_likes_and_favorites");
    const Export& out = imported.out;
    CHECK(imported.confidence >= 0.9);
    CHECK(imported.chosen == "tiktok_json");
    INFO(problems_of(out));
    CHECK(out.problems.empty());
    CHECK(out.item_count() == 0);
    // 2 favourite videos and 2 likes, counted for the coverage; no profile in a partial download.
    CHECK(skipped_why(out, "likes and favourites").starts_with("4 liked"));
    CHECK_FALSE(skipped_why(out, "profile").empty());
}

TEST_CASE("conformance: tiktok_json claims no other platform's sample", "[conformance][tiktok]") {
    for (const char* platform : {"facebook", "instagram", "x_twitter", "linkedin"}) {
        const fs::path root = fs::path("samples") / platform;
        if (!present(root)) continue;
        for (const auto& era : fs::directory_iterator(test::shared_dir() / root)) {
            if (!era.is_directory()) continue;
            INFO(era.path());
            CHECK(tiktok_importer().detect(view_of(era.path())) < 0.3);
        }
    }
}
