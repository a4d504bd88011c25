#include "audit/pipeline/finding_builder.hpp"
#include "audit/pipeline/masker.hpp"
#include "audit/pipeline/scan.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <regex>
#include <set>

using namespace audit;

namespace {

SchoolProfile school() {
    auto p = load_profile(test::examples_dir() / "school.toml");
    REQUIRE(p);
    return *p;
}

const char* k_friends = R"({
  "friends_v2": [
    {
      "name": "Ellie Mason",
      "timestamp": 1700000000
    },
    {
      "name": "Alex Stranger",
      "timestamp": 1700000001
    }
  ]
})";

const char* k_profile = R"({
  "profile_v2": {
    "name": {
      "full_name": "Jordan Ellis"
    },
    "work_experiences": [
      {
        "employer": "Riverside Primary School",
        "title": "Year 4 Teacher",
        "start_timestamp": 1500000000,
        "timestamp": 1500000000
      }
    ]
  }
})";

Result<Report> scan(const std::vector<std::string>& inputs, bool show_names = false) {
    SchoolProfile profile = school();
    auto policy = load_pack(profile.policy);
    REQUIRE(policy);
    ScanOptions options;
    options.inputs = inputs;
    options.show_names = show_names;
    options.generated_at = "2026-01-01T00:00:00Z";
    return run_scan(options, profile, *policy);
}

const Finding* find(const Report& r, std::string_view check) {
    for (const Finding& f : r.findings)
        if (f.check == check) return &f;
    return nullptr;
}

} // namespace

TEST_CASE("masker: pupils' names become initials and asterisks, whatever the case", "[pipeline]") {
    Masker masker(school());
    CHECK(masker.mask("friend: Ellie Mason") == "friend: E**** M****");
    CHECK(masker.mask("well done ELLIE MASON!") == "well done E**** M****!");
    CHECK(masker.mask("Ellie went home") == "Ellie went home");
    // Texts the masker's prefilter reads byte by byte, and those it leaves to the matchers.
    CHECK(masker.mask("well done ellie mason \u2014 Ellie\u2019s \U0001F642") ==
          "well done e**** m**** \u2014 Ellie\u2019s \U0001F642");
    CHECK(masker.mask("#EllieMason") == "#E*********");
    CHECK(masker.mask("well done elie mason") == "well done e*** m****"); // a typo, lower case
    CHECK(masker.mask("caf\u00E9 with Ellie Mason") == "caf\u00E9 with E**** M****");
    CHECK(masker.mask("Oak class went to the masonry museum") == "Oak class went to the masonry museum");
    CHECK(mask_words("Zoë Brown") == "Z** B****");
}

TEST_CASE("finding_id: stable for the same item and evidence, different otherwise", "[pipeline]") {
    auto a = finding_id(Platform::facebook, "post 2025-01-01T00:00:00Z", "employer.content", "x");
    CHECK(a == finding_id(Platform::facebook, "post 2025-01-01T00:00:00Z", "employer.content", "x"));
    CHECK(a != finding_id(Platform::facebook, "post 2025-01-01T00:00:01Z", "employer.content", "x"));
    CHECK(a != finding_id(Platform::instagram, "post 2025-01-01T00:00:00Z", "employer.content", "x"));
    CHECK(std::regex_match(a, std::regex("f-[0-9a-f]{16}")));
}

TEST_CASE("scan: two zip parts of one export are audited as one", "[pipeline]") {
    test::TempDir dir;
    test::write_zip(dir / "part1.zip", {{"personal_information/profile_information/profile_information.json", k_profile}});
    test::write_zip(dir / "part2.zip", {{"connections/friends/your_friends.json", k_friends}});
    auto report = scan({(dir / "part1.zip").string(), (dir / "part2.zip").string()});
    REQUIRE(report);
    REQUIRE(report->sources.size() == 1);
    CHECK(report->sources[0].path.find("part1.zip") != std::string::npos);
    CHECK(report->sources[0].path.find("part2.zip") != std::string::npos);
    CHECK(find(*report, "employer.profile"));
    CHECK(find(*report, "contact.pupil"));
}

TEST_CASE("scan: findings carry clauses, severity, remediation and masked evidence", "[pipeline]") {
    test::TempDir dir;
    test::write_zip(dir / "fb.zip", {{"connections/friends/your_friends.json", k_friends},
                                     {"personal_information/profile_information/profile_information.json", k_profile}});
    auto report = scan({(dir / "fb.zip").string()});
    REQUIRE(report);
    const Finding* pupil = find(*report, "contact.pupil");
    REQUIRE(pupil);
    CHECK(pupil->evidence.find("Ellie Mason") == std::string::npos);
    CHECK(pupil->evidence.find("E**** M****") != std::string::npos);
    CHECK(pupil->location.item.find("Mason") == std::string::npos);
    CHECK(!pupil->clauses.empty());
    CHECK(pupil->severity == Severity::high);
    CHECK(!pupil->remediation.empty());
    CHECK(pupil->remediation.front().find("safeguarding") != std::string::npos);

    auto shown = scan({(dir / "fb.zip").string()}, true);
    REQUIRE(shown);
    const Finding* named = find(*shown, "contact.pupil");
    REQUIRE(named);
    CHECK(named->evidence.find("Ellie Mason") != std::string::npos);
    CHECK(named->id == pupil->id); // masking never changes a finding's identity
}

TEST_CASE("scan: findings are sorted most urgent first and ids are unique", "[pipeline]") {
    auto report = scan({(test::examples_dir() / "exports" / "facebook-jordan").string()});
    REQUIRE(report);
    REQUIRE(report->findings.size() > 5);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < report->findings.size(); ++i) {
        CHECK(ids.insert(report->findings[i].id).second);
        if (i) CHECK(report->findings[i - 1].severity <= report->findings[i].severity);
    }
}

TEST_CASE("scan: --checks and --skip select checks; unknown ids are refused", "[pipeline]") {
    SchoolProfile profile = school();
    auto policy = load_pack(profile.policy);
    REQUIRE(policy);
    ScanOptions options;
    options.inputs = {(test::examples_dir() / "exports" / "facebook-jordan").string()};
    options.only_checks = {"contact.pupil"};
    auto only = run_scan(options, profile, *policy);
    REQUIRE(only);
    for (const Finding& f : only->findings) CHECK(f.check == "contact.pupil");
    options.only_checks = {"no.such"};
    auto bad = run_scan(options, profile, *policy);
    REQUIRE(!bad);
    CHECK(bad.error().message.find("no.such") != std::string::npos);
}

TEST_CASE("scan: a folder that is no known export is refused with its name", "[pipeline]") {
    test::TempDir dir;
    test::write_file(dir / "notes.txt", "hello");
    auto report = scan({dir.path().string()});
    REQUIRE(!report);
    CHECK(report.error().message.find(dir.path().string()) != std::string::npos);
}
