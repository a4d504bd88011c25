// Hashed rosters give the same findings as the plain CSVs they were made from: the example
// Facebook export scanned with the example school, once with its CSV rosters and once with
// some or all of them hashed (as `staff-audit roster hash` writes them).
#include "audit/pipeline/scan.hpp"
#include "audit/text/name_forms.hpp"
#include "audit/text/normalise.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <algorithm>
#include <set>
#include <tuple>

using namespace audit;

namespace {

struct RosterFile {
    RosterKind kind;
    const char* key; // in [people]
    const char* csv;
};

constexpr RosterFile k_rosters[] = {
    {RosterKind::pupils, "pupils", "pupils.csv"},
    {RosterKind::ex_pupils, "ex_pupils", "ex_pupils.csv"},
    {RosterKind::parents, "parents", "parents.csv"},
    {RosterKind::colleagues, "colleagues", "staff.csv"},
};

// The example profile with the [people] paths pointing at `paths` (key → absolute path).
std::string profile_text(const std::vector<std::pair<std::string, std::string>>& paths) {
    std::string text = test::read_file(test::examples_dir() / "school.toml");
    for (const auto& [key, path] : paths) {
        const std::string original = "rosters/" + std::string(key == "colleagues" ? "staff" : key) + ".csv";
        const auto at = text.find("\"" + original + "\"");
        REQUIRE(at != std::string::npos);
        text.replace(at, original.size() + 2, "\"" + path + "\"");
    }
    return text;
}

// Writes the hashed form of each roster in `hashed` into `dir`; returns the profile's paths.
std::vector<std::pair<std::string, std::string>> hash_rosters(const test::TempDir& dir,
                                                              const std::set<RosterKind>& hashed) {
    std::vector<std::pair<std::string, std::string>> paths;
    for (const RosterFile& r : k_rosters) {
        const auto csv = test::examples_dir() / "rosters" / r.csv;
        if (!hashed.count(r.kind)) {
            paths.emplace_back(r.key, csv.string());
            continue;
        }
        auto plain = load_roster(csv, r.kind);
        REQUIRE(plain);
        const auto out = dir / (std::string(r.key) + ".roster");
        test::write_file(out, write_hashed_roster(r.kind, forms_for_hashing(*plain), new_roster_salt()));
        paths.emplace_back(r.key, out.string());
    }
    return paths;
}

Report scan_with(const std::string& profile_toml, const test::TempDir& dir) {
    auto profile = parse_profile(profile_toml, "school.toml", test::examples_dir());
    if (!profile) FAIL(profile.error().message);
    auto policy = load_pack(profile->policy);
    REQUIRE(policy);
    ScanOptions options;
    options.inputs = {(test::examples_dir() / "exports" / "facebook-jordan").string()};
    options.generated_at = "2026-11-22T10:00:00Z";
    auto report = run_scan(options, *profile, *policy);
    REQUIRE(report);
    (void)dir;
    return *report;
}

using Key = std::tuple<std::string, std::string, std::string, std::string, Severity>;

// Checks that read roster names directly (Person::name) instead of through the people matcher,
// so they cannot see a hashed roster's people yet: conduct.school-community builds its word
// list from roster names (checks/community_terms.cpp), and work.disclaimer counts the posts it
// finds. Everything else must be identical.
const std::set<std::string> k_not_hashed_yet = {"conduct.school-community", "work.disclaimer"};

// What must not change: id, check, item, the (masked) evidence and the severity.
std::vector<Key> keys(const Report& r) {
    std::vector<Key> out;
    for (const Finding& f : r.findings)
        if (!k_not_hashed_yet.count(f.check))
            out.emplace_back(f.id, f.check, f.location.item, f.evidence, f.severity);
    std::sort(out.begin(), out.end());
    return out;
}

std::string kinds_label(const std::set<RosterKind>& kinds) {
    std::string out;
    for (RosterKind k : kinds) out += std::string(to_string(k)) + " ";
    return out.empty() ? "none" : out;
}

} // namespace

TEST_CASE("hashed rosters: the example export gives the same findings as with plain rosters", "[pipeline]") {
    test::TempDir dir;
    const Report plain = scan_with(profile_text(hash_rosters(dir, {})), dir);
    const auto expected = keys(plain);
    // The roster checks must have found something, or the comparison proves nothing.
    std::set<std::string> checks;
    for (const Finding& f : plain.findings) checks.insert(f.check);
    for (const char* id : {"contact.pupil", "contact.parent", "contact.pupil-request", "contact.pupil-message",
                           "contact.search", "confidential.pupil-name"})
        CHECK(checks.count(id) == 1);

    const std::vector<std::set<RosterKind>> table = {
        {RosterKind::pupils},
        {RosterKind::ex_pupils},
        {RosterKind::parents, RosterKind::colleagues},
        {RosterKind::pupils, RosterKind::ex_pupils, RosterKind::parents, RosterKind::colleagues},
    };
    for (const auto& hashed : table) {
        INFO("hashed rosters: " << kinds_label(hashed));
        test::TempDir run_dir;
        const Report report = scan_with(profile_text(hash_rosters(run_dir, hashed)), run_dir);
        const auto got = keys(report);
        CHECK(got.size() == expected.size());
        std::vector<Key> missing, extra;
        std::set_difference(expected.begin(), expected.end(), got.begin(), got.end(), std::back_inserter(missing));
        std::set_difference(got.begin(), got.end(), expected.begin(), expected.end(), std::back_inserter(extra));
        std::string differences;
        for (const Key& k : missing) differences += "missing: " + std::get<1>(k) + " " + std::get<2>(k) + " " + std::get<3>(k) + "\n";
        for (const Key& k : extra) differences += "extra: " + std::get<1>(k) + " " + std::get<2>(k) + " " + std::get<3>(k) + "\n";
        INFO(differences);
        CHECK(missing.empty());
        CHECK(extra.empty());
    }
}

TEST_CASE("hashed rosters: no roster name is in the hashed files", "[pipeline]") {
    test::TempDir dir;
    const auto paths = hash_rosters(dir, {RosterKind::pupils, RosterKind::ex_pupils, RosterKind::parents,
                                          RosterKind::colleagues});
    std::size_t words_checked = 0;
    for (const RosterFile& r : k_rosters) {
        auto plain = load_roster(test::examples_dir() / "rosters" / r.csv, r.kind);
        REQUIRE(plain);
        const std::string hashed = fold_key(test::read_file(dir / (std::string(r.key) + ".roster")));
        // Class names ("Willow", "Oak") and year groups are kept in clear on purpose.
        std::set<std::string> in_clear;
        for (const Person& p : plain->people)
            for (const std::string* value : {&p.class_name, &p.year_group})
                for (const std::string& word : squashed_words(*value)) in_clear.insert(word);
        for (const Person& p : plain->people) {
            INFO(r.csv << ": " << p.name);
            CHECK(hashed.find(fold_key(p.name)) == std::string::npos);
            for (const std::string& word : squashed_words(p.name)) {
                if (word.size() < 3 || is_title(word) || in_clear.count(word)) continue;
                INFO("word: " << word);
                CHECK(hashed.find(word) == std::string::npos);
                ++words_checked;
            }
        }
    }
    CHECK(words_checked > 100);
}

TEST_CASE("hashed rosters: reports mask pupils' names found through a hashed roster", "[pipeline]") {
    test::TempDir dir;
    const Report report = scan_with(profile_text(hash_rosters(dir, {RosterKind::pupils})), dir);
    bool saw_pupil_name = false;
    for (const Finding& f : report.findings) {
        INFO(f.check << ": " << f.evidence);
        CHECK(f.evidence.find("Ellie Mason") == std::string::npos);
        CHECK(f.evidence.find("Tyler Bennett") == std::string::npos);
        if (f.check == "confidential.pupil-name") {
            saw_pupil_name = true;
            CHECK(f.evidence.find("E**** M****") != std::string::npos);
        }
    }
    CHECK(saw_pupil_name);
}
