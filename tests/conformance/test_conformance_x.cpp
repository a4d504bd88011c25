// Every real X sample in ../shared/samples/x_twitter imports without a problem, with the item
// counts its files really hold (counted by reading them; see samples/x_twitter/SOURCES.md).
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

const Importer& x_importer() { return importer("x_archive"); }

const fs::path k_samples = "samples/x_twitter";

bool samples_present() { return present(k_samples); }

struct Imported {
    double confidence = 0;
    Export out;
};

Imported import_era(const std::string& era, const std::string& prefix = {}) {
    const ExportView view = view_of(test::shared_dir() / k_samples / era, prefix);
    Imported result;
    result.confidence = x_importer().detect(view);
    x_importer().import_export(view, result.out);
    return result;
}

std::map<FieldKind, std::size_t> fields_by_kind(const Export& out) {
    std::map<FieldKind, std::size_t> counts;
    for (const ProfileField& f : out.profile)
        ++counts[f.kind];
    return counts;
}

std::map<Relation, std::size_t> connections_by_relation(const Export& out) {
    std::map<Relation, std::size_t> counts;
    for (const Connection& c : out.connections)
        ++counts[c.relation];
    return counts;
}

std::vector<std::string> skipped_whats(const Export& out) {
    std::vector<std::string> whats;
    for (const Skipped& s : out.skipped)
        whats.push_back(s.what);
    std::sort(whats.begin(), whats.end());
    return whats;
}

// Every item identity is unique within its file.
void check_identities_unique(const Export& out) {
    std::vector<std::string> ids;
    auto add = [&](const SourceRef& s) { ids.push_back(s.file + "\n" + s.item); };
    for (const auto& x : out.profile)
        add(x.source);
    for (const auto& x : out.posts)
        add(x.source);
    for (const auto& x : out.connections)
        add(x.source);
    for (const auto& x : out.settings)
        add(x.source);
    for (const auto& x : out.messages)
        add(x.source);
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
}

const std::string k_protected_note = "whether the account is protected";
const std::string k_followers_note = "followers' and followed accounts' names";

} // namespace

TEST_CASE("conformance: x 2026_archive sample imports with exact counts", "[conformance]") {
    if (!samples_present()) return;
    const Imported imported = import_era("2026_archive");
    const Export& out = imported.out;
    CHECK(imported.confidence >= 0.9);
    INFO(problems_of(out));
    CHECK(out.problems.empty());
    CHECK(out.platform == Platform::x);
    // manifest, account, profile, phone-number, ageinfo, screen-name-change, protected-history,
    // account-timezone, tweets, follower, following, block (not contact, expanded-profile,
    // verified).
    CHECK(out.files_read == 12);
    CHECK(out.owner == "Milan Hauth");
    // account: name, username, e-mail; profile: bio, website, location; ageinfo: birth date;
    // screen-name-change: the old handle. phone-number.js is an empty list.
    CHECK(fields_by_kind(out) == std::map<FieldKind, std::size_t>{{FieldKind::name, 1},
                                                                  {FieldKind::username, 2},
                                                                  {FieldKind::email, 1},
                                                                  {FieldKind::bio, 1},
                                                                  {FieldKind::website, 1},
                                                                  {FieldKind::city, 1},
                                                                  {FieldKind::birthday, 1}});
    CHECK(out.posts.size() == 2);
    CHECK(out.media.size() == 1); // one photo; the sample holds no tweets_media files
    CHECK(out.media[0].entry.empty());
    CHECK(connections_by_relation(out) == std::map<Relation, std::size_t>{{Relation::follower, 3},
                                                                          {Relation::following, 3},
                                                                          {Relation::blocked, 1}});
    // account created; protected-history.js is empty; account-timezone.js has no timeZone.
    CHECK(out.settings.size() == 1);
    CHECK(out.messages.empty());
    CHECK(out.logins.empty());
    // The manifest lists ip-audit.js (66) and direct-messages.js (10), which were not copied.
    CHECK(skipped_whats(out) == std::vector<std::string>{"data/direct-messages.js",
                                                         "data/ip-audit.js", k_followers_note,
                                                         k_protected_note});
    check_identities_unique(out);
}

TEST_CASE("conformance: x 2026_archive values survive import", "[conformance]") {
    if (!samples_present()) return;
    const Export out = import_era("2026_archive").out;
    const Post& reply = out.posts[0];
    CHECK(reply.time == 1772801788);
    CHECK(reply.source.item == "tweet 2026-03-06T12:56:28Z");
    CHECK(reply.source.url == "https://x.com/milahu104/status/2029903943413772741");
    CHECK(reply.text == "@SamaHoole Doctor: Try to eat some vegetables.\n\nSama Hoole:");
    CHECK(reply.title == "Reply to @SamaHoole");
    CHECK(reply.tags == std::vector<std::string>{"Sama Hoole"});
    REQUIRE(reply.media.size() == 1);
    CHECK(out.media[reply.media[0]].uri == "https://pbs.twimg.com/media/HCuq2zDboAAKHUC.jpg");
    const Post& plain = out.posts[1];
    CHECK(plain.source.item == "tweet 2025-10-11T17:05:52Z");
    CHECK(plain.text.starts_with("\"This request looks like it might be automated."));
    CHECK(plain.text.find("can\u2019t complete") != std::string::npos); // raw UTF-8 kept
    CHECK(plain.text.ends_with("#hatetwitter"));
    const bool old_handle =
        std::any_of(out.profile.begin(), out.profile.end(), [](const ProfileField& f) {
            return f.kind == FieldKind::username && f.value == "HauthMilan34580" && !f.current;
        });
    CHECK(old_handle);
    const bool bio = std::any_of(out.profile.begin(), out.profile.end(), [](const ProfileField& f) {
        return f.kind == FieldKind::bio && f.value.starts_with("shadowbanned \u2192 https://t.co/");
    });
    CHECK(bio);
    CHECK(out.connections[0].account_id == "1000000000000000001");
    CHECK(out.connections[0].source.url ==
          "https://twitter.com/intent/user?user_id=1000000000000000001");
}

TEST_CASE("conformance: x 2019 archive sample imports with exact counts", "[conformance]") {
    if (!samples_present()) return;
    const Imported imported = import_era("2019_archive_twitter_to_sqlite");
    const Export& out = imported.out;
    CHECK(imported.confidence >= 0.9);
    INFO(problems_of(out));
    CHECK(out.problems.empty());
    CHECK(out.files_read == 2);
    CHECK(out.owner == "Simon Willison");
    // account.js of 2019 still carried the phone number.
    CHECK(fields_by_kind(out) == std::map<FieldKind, std::size_t>{{FieldKind::name, 1},
                                                                  {FieldKind::username, 1},
                                                                  {FieldKind::email, 1},
                                                                  {FieldKind::phone, 1}});
    CHECK(connections_by_relation(out) == std::map<Relation, std::size_t>{{Relation::follower, 2}});
    CHECK(out.connections[1].account_id == "386025404");
    CHECK(out.settings.size() == 1);
    CHECK(out.posts.empty());
    CHECK(skipped_whats(out) == std::vector<std::string>{k_followers_note, k_protected_note});
    check_identities_unique(out);
}

TEST_CASE("conformance: x 2023 protected history sample imports with exact counts",
          "[conformance]") {
    if (!samples_present()) return;
    const Imported imported = import_era("2023_protected_history");
    const Export& out = imported.out;
    CHECK(imported.confidence >= 0.9);
    INFO(problems_of(out));
    CHECK(out.problems.empty());
    CHECK(out.files_read == 1);
    REQUIRE(out.settings.size() == 2);
    CHECK(out.settings[0].name == "protected_history");
    CHECK(out.settings[0].value == "Protect");
    CHECK(out.settings[0].source.item == "protected history 2023-05-22T18:21:30Z");
    CHECK(out.settings[1].value == "Unprotect");
    CHECK(out.settings[1].time == 1684860679); // 2023-05-23T16:51:19Z
    check_identities_unique(out);
}

TEST_CASE("conformance: x samples import the same inside a wrapper folder and from disk",
          "[conformance]") {
    if (!samples_present()) return;
    for (const auto& era : fs::directory_iterator(test::shared_dir() / k_samples)) {
        if (!era.is_directory()) continue;
        const std::string name = era.path().filename().string();
        INFO(name);
        const Imported plain = import_era(name);
        const Imported wrapped = import_era(name, "twitter-2026-03-06-abc/");
        CHECK(wrapped.out.problems.empty());
        CHECK(wrapped.confidence == plain.confidence);
        CHECK(wrapped.out.item_count() == plain.out.item_count());
        CHECK(wrapped.out.files_read == plain.out.files_read);

        auto folder = open_archive(era.path().string());
        REQUIRE(folder);
        std::vector<std::unique_ptr<Archive>> parts;
        parts.push_back(std::move(*folder));
        ExportView view(std::move(parts));
        Export out;
        x_importer().import_export(view, out);
        CHECK(out.problems.empty());
        CHECK(out.item_count() == plain.out.item_count());
        CHECK(x_importer().detect(view) == plain.confidence);
    }
}

TEST_CASE("conformance: other platforms' samples are not detected as X", "[conformance]") {
    for (const std::string platform : {"facebook", "instagram", "tiktok", "linkedin"}) {
        const fs::path folder = test::shared_dir() / "samples" / platform;
        if (!fs::exists(folder)) {
            WARN("skipped: " << folder << " is absent");
            continue;
        }
        for (const auto& era : fs::directory_iterator(folder)) {
            if (!era.is_directory()) continue;
            INFO(era.path().string());
            std::vector<std::unique_ptr<Archive>> parts;
            parts.push_back(memory_archive(platform, files_of(era.path())));
            CHECK(x_importer().detect(ExportView(std::move(parts))) < 0.3);
        }
    }
}
