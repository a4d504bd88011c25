// usage.school-hours: the planted items of the example export, and table-driven hard cases
// (holidays, INSET days, weekends, the minutes around the bell, BST, zone-less exports).
#include "audit/pipeline/scan.hpp"
#include "checks/example_export.hpp"
#include "checks/example_school.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <set>

using namespace audit;
using test::example_school;

namespace {

Timestamp utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) {
    using namespace std::chrono;
    const sys_days day{year{y} / mo / d};
    return day.time_since_epoch().count() * 86400 + h * 3600 + mi * 60 + s;
}

const CheckInfo& school_hours() {
    const CheckInfo* check = find_check("usage.school-hours");
    REQUIRE(check);
    return *check;
}

Post post_at(Timestamp t, std::string text = "A post") {
    Post p;
    p.time = t;
    p.text = std::move(text);
    p.source = SourceRef{"posts.json", "post " + std::to_string(t), ""};
    return p;
}

std::set<std::string> items_of(const DraftFinding& f) {
    std::set<std::string> out;
    for (const Instance& i : f.instances)
        out.insert(i.location.item);
    return out;
}

// The item identities in examples/README.md's table between `begin` and `end` markers whose first
// column names `check`.
std::set<std::string> readme_items(std::string_view section, std::string_view check) {
    std::ifstream in(test::examples_dir() / "README.md");
    std::set<std::string> out;
    bool inside = false;
    for (std::string line; std::getline(in, line);) {
        if (line.find("<!-- " + std::string(section) + ":begin") != std::string::npos)
            inside = true;
        if (line.find("<!-- " + std::string(section) + ":end") != std::string::npos) inside = false;
        if (!inside || line.rfind("| `" + std::string(check) + "`", 0) != 0) continue;
        // | `check` | `file` | item | …
        std::size_t bar = 0;
        for (int column = 0; column < 2; ++column)
            bar = line.find('|', bar + 1);
        const std::size_t next = line.find('|', bar + 1);
        out.insert(std::string(line.substr(bar + 2, next - bar - 3)));
    }
    return out;
}

} // namespace

TEST_CASE("usage.school-hours: finds exactly the planted posts of the Facebook example",
          "[checks]") {
    const std::set<std::string> planted = readme_items("planted", "usage.school-hours");
    const std::set<std::string> decoys = readme_items("decoys", "usage.school-hours");
    REQUIRE(planted.size() == 9);
    REQUIRE(decoys.size() == 2);
    auto policy = load_pack(example_school().policy);
    REQUIRE(policy);
    ScanOptions options;
    options.inputs = {(test::examples_dir() / "exports" / "facebook-jordan").string()};
    options.only_checks = {"usage.school-hours"};
    options.show_names = true;
    options.generated_at = "2026-01-01T00:00:00Z";
    auto report = run_scan(options, example_school(), *policy);
    REQUIRE(report);
    REQUIRE(report->findings.size() == 1);
    const Finding& f = report->findings.front();
    CHECK(f.platform == Platform::facebook);
    CHECK(f.severity == Severity::high); // Woodstock: "will not access … during school hours"
    CHECK(f.evidence == "9 posts in school hours on term days over 9 years, most on Wednesdays "
                        "and most between 12:00 and 12:30");
    std::set<std::string> found;
    for (const Instance& i : f.instances) {
        found.insert(i.location.item);
        CHECK(i.location.file ==
              "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json");
    }
    CHECK(found == planted);
    for (const std::string& decoy : decoys)
        CHECK(found.count(decoy) == 0);
    // The README's own words for two of them: UK time, GMT in winter and BST in summer.
    CHECK(f.instances.front().evidence.rfind("Wed 15 Mar 2017 12:24 GMT post: Lunch break.", 0) ==
          0);
    CHECK(f.instances[2].evidence.rfind("Wed 12 Jun 2019 10:33 BST post: Combe Hill 10k", 0) == 0);
    auto has_signal = [&](std::string_view s) {
        return std::any_of(f.signals.begin(), f.signals.end(),
                           [&](const std::string& x) { return x.find(s) != std::string::npos; });
    };
    CHECK(has_signal("busiest weekday: Wednesday (6 of 9)"));
    CHECK(has_signal("busiest half-hour: 12:00\u201312:30 (3 of 9)"));
    CHECK(has_signal("first 2017-03-15, last 2025-12-10"));
    CHECK(has_signal("school day 08:40\u201315:20 Mon\u2013Fri, Europe/London"));
    CHECK(f.clauses.size() >= 1);
}

TEST_CASE("usage.school-hours: hard cases around terms, the bell and BST", "[checks]") {
    struct Case {
        const char* what;
        Timestamp utc;
        bool fires;
    };
    const std::vector<Case> cases = {
        {"term Thursday 10:00 GMT", utc(2025, 3, 6, 10), true},
        {"October half term 10:00", utc(2024, 10, 30, 10), false},
        {"February half term 10:00", utc(2026, 2, 18, 10), false},
        {"Easter holiday 10:00 BST", utc(2025, 4, 16, 9), false},
        {"summer holiday 10:00 BST", utc(2025, 8, 12, 9), false},
        {"Christmas holiday 10:00", utc(2025, 12, 23, 10), false},
        {"INSET day before autumn term 10:00 BST", utc(2025, 9, 2, 9), false},
        {"late-May half term 10:00 BST", utc(2025, 5, 28, 9), false},
        {"Saturday in term 10:00", utc(2025, 3, 8, 10), false},
        {"Sunday in term 10:00", utc(2025, 3, 9, 10), false},
        {"08:39 GMT", utc(2025, 3, 6, 8, 39), false},
        {"08:41 GMT", utc(2025, 3, 6, 8, 41), true},
        {"15:19 GMT", utc(2025, 3, 6, 15, 19), true},
        {"15:21 GMT", utc(2025, 3, 6, 15, 21), false},
        {"summer 07:50 UTC = 08:50 BST", utc(2025, 6, 11, 7, 50), true},
        {"winter 07:50 UTC = 07:50 GMT", utc(2025, 1, 15, 7, 50), false},
        {"summer 14:30 UTC = 15:30 BST", utc(2025, 6, 11, 14, 30), false},
        {"winter 15:15 UTC = 15:15 GMT", utc(2025, 1, 15, 15, 15), true},
        {"Monday after BST began, 07:45 UTC", utc(2025, 3, 31, 7, 45), true},
        {"Friday before BST began, 07:45 UTC", utc(2025, 3, 28, 7, 45), false},
        {"first Monday after BST ended, 07:45 UTC", utc(2024, 11, 4, 7, 45), false},
        {"unknown time", 0, false},
    };
    Export ex;
    std::set<std::string> expected;
    for (const Case& c : cases) {
        ex.posts.push_back(post_at(c.utc, c.what));
        if (c.fires) expected.insert(ex.posts.back().source.item);
    }
    auto found = test::run_on(school_hours(), {ex}, example_school());
    REQUIRE(found.size() == 1);
    const DraftFinding& f = found.front();
    CHECK(items_of(f) == expected);
    CHECK_FALSE(f.weak);
    for (const Instance& i : f.instances)
        INFO(i.evidence);
    // One at a time, too: each case alone fires exactly when expected.
    for (const Case& c : cases) {
        Export one;
        one.posts.push_back(post_at(c.utc, c.what));
        INFO(c.what);
        CHECK(test::run_on(school_hours(), {one}, example_school()).empty() == !c.fires);
    }
}

TEST_CASE("usage.school-hours: one pattern per platform, with its share and busiest times",
          "[checks]") {
    Export fb;
    // Four Tuesdays 10:00–10:30 across a term, one Thursday afternoon, two evenings.
    for (Timestamp t : {utc(2025, 1, 7, 10, 5), utc(2025, 1, 14, 10, 20), utc(2025, 1, 21, 10, 25),
                        utc(2025, 1, 28, 10, 29), utc(2025, 1, 30, 13), utc(2025, 1, 30, 19),
                        utc(2025, 1, 31, 20)})
        fb.posts.push_back(post_at(t));
    fb.comments.push_back(
        Comment{{"comments.json", "comment 1", ""}, utc(2025, 2, 4, 11), "Yes!", ""});
    Export x = fb;
    x.platform = Platform::x;
    x.comments.clear();
    x.posts.resize(1);
    auto found = test::run_on(school_hours(), {fb, x}, example_school());
    REQUIRE(found.size() == 2);
    const DraftFinding& f = found[0].platform == Platform::facebook ? found[0] : found[1];
    CHECK(f.evidence == "5 posts and 1 comment in school hours on term days over 4 weeks, most on "
                        "Tuesdays and most between 10:00 and 10:30");
    CHECK(f.instances.size() == 6);
    CHECK(f.location.item == "activity in school hours");
    CHECK(f.identity == "school hours");
    CHECK(std::count(f.signals.begin(), f.signals.end(), "5 of 7 posts in school hours (71.4%)") ==
          1);
    CHECK(std::count(f.signals.begin(), f.signals.end(), "busiest weekday: Tuesday (5 of 6)") == 1);
    const DraftFinding& one = found[0].platform == Platform::x ? found[0] : found[1];
    CHECK(one.weak); // a single post is worth a look, not a pattern
    CHECK(one.evidence == "1 post in school hours on a term day, Tue 07 Jan 2025 10:05 GMT");
    // Several exports of one platform are one pattern; the same item twice counts once.
    auto twice = test::run_on(school_hours(), {fb, fb}, example_school());
    REQUIRE(twice.size() == 1);
    CHECK(twice[0].instances.size() == 6);
}

TEST_CASE("usage.school-hours: messages count only when sent, and never quote them", "[checks]") {
    Export ex;
    Message mine;
    mine.source = {"inbox/kate/message_1.json", "message 1", ""};
    mine.time = utc(2025, 3, 5, 12, 15);
    mine.thread = "Kate Morgan";
    mine.text = "Private words about my day";
    mine.sent_by_owner = true;
    Message theirs = mine;
    theirs.source.item = "message 2";
    theirs.sent_by_owner = false;
    ex.messages = {mine, theirs};
    auto found = test::run_on(school_hours(), {ex}, example_school());
    REQUIRE(found.size() == 1);
    REQUIRE(found[0].instances.size() == 1);
    CHECK(found[0].instances[0].location.item == "message 1");
    CHECK(found[0].instances[0].evidence == "Wed 05 Mar 2025 12:15 GMT message in Kate Morgan");
    CHECK(found[0].evidence.rfind("1 message you sent in school hours", 0) == 0);
}

TEST_CASE("usage.school-hours: TikTok's zone-less times are read as local time", "[checks]") {
    // 07:50 written by TikTok is 07:50 in the UK: before school even in summer.
    Export tiktok;
    tiktok.platform = Platform::tiktok;
    tiktok.posts = {post_at(utc(2025, 6, 11, 7, 50)), post_at(utc(2025, 6, 11, 8, 50))};
    Export facebook = tiktok;
    facebook.platform = Platform::facebook;
    auto found = test::run_on(school_hours(), {tiktok, facebook}, example_school());
    REQUIRE(found.size() == 2);
    for (const DraftFinding& f : found) {
        INFO(to_string(f.platform));
        CHECK(f.instances.size() == (f.platform == Platform::tiktok ? 1u : 2u));
        const bool says_local = std::count(f.signals.begin(), f.signals.end(),
                                           "the export's times carry no zone: read as local time");
        CHECK(says_local == (f.platform == Platform::tiktok));
    }
}

TEST_CASE("usage.school-hours: without term dates it says so and is less sure", "[checks]") {
    SchoolProfile profile = example_school();
    profile.terms.clear();
    Export ex;
    for (int day : {28, 29, 30})
        ex.posts.push_back(post_at(utc(2024, 10, day, 10))); // half term
    auto with_terms = test::run_on(school_hours(), {ex}, example_school());
    CHECK(with_terms.empty());
    auto found = test::run_on(school_hours(), {ex}, profile);
    REQUIRE(found.size() == 1);
    CHECK(found[0].instances.size() == 3);
    CHECK(found[0].lower_severity == 1);
    CHECK(found[0].confidence < 0.9);
    CHECK(found[0].evidence.find("on school weekdays") != std::string::npos);
    CHECK(std::count(found[0].signals.begin(), found[0].signals.end(),
                     "term dates unknown (no terms in the profile): holidays counted as school "
                     "days") == 1);
}
