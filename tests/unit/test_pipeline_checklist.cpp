// The privacy checklist: questions with a menu route per platform, answers saved and read back
// as TOML, and answers becoming settings that privacy.discoverability and privacy.security judge.
#include "audit/pipeline/checklist.hpp"
#include "audit/pipeline/scan.hpp"
#include "support/test_support.hpp"
#include <algorithm>
#include <catch2/catch.hpp>

using namespace audit;

TEST_CASE("checklist: every question has a route on some platform, two-factor on all",
          "[pipeline]") {
    std::size_t questions = 0;
    for (const ChecklistQuestion& q : checklist_questions()) {
        ++questions;
        CHECK_FALSE(q.routes.empty());
        for (const ChecklistRoute& r : q.routes)
            CHECK(r.menu.find('>') != std::string_view::npos);
    }
    CHECK(questions == 7);
    const auto& two_factor =
        *std::find_if(checklist_questions().begin(), checklist_questions().end(),
                      [](const ChecklistQuestion& q) { return q.key == "two_factor"; });
    for (Platform p : {Platform::facebook, Platform::instagram, Platform::x, Platform::linkedin,
                       Platform::tiktok})
        CHECK(route_for(two_factor, p));
}

TEST_CASE("checklist: answers are y, n or don't know", "[pipeline]") {
    CHECK(*parse_answer(" Yes ") == std::optional<bool>(true));
    CHECK(*parse_answer("n") == std::optional<bool>(false));
    CHECK_FALSE(parse_answer("?")->has_value());
    CHECK_FALSE(parse_answer("")->has_value());
    CHECK_FALSE(parse_answer("maybe"));
}

TEST_CASE("checklist: answers round-trip through TOML and bad files are refused", "[pipeline]") {
    ChecklistAnswers a;
    a.answered = "2026-12-06";
    a.answers[Platform::facebook] = {{"two_factor", false}, {"find_by_phone", true}};
    a.answers[Platform::x]["find_by_email"] = false;
    auto back = parse_checklist(checklist_toml(a), "answers.toml");
    REQUIRE(back);
    CHECK(back->answered == "2026-12-06");
    CHECK(back->answers == a.answers);
    CHECK_FALSE(parse_checklist("[myspace]\ntwo_factor = true\n", "a.toml"));
    CHECK_FALSE(parse_checklist("[x]\ntag_review = true\n", "a.toml")); // no such route on X
    auto not_bool = parse_checklist("[facebook]\ntwo_factor = \"yes\"\n", "a.toml");
    REQUIRE_FALSE(not_bool);
    CHECK(not_bool.error().message == "a.toml: facebook.two_factor must be true or false");
}

TEST_CASE("checklist: answers feed privacy.discoverability and privacy.security", "[pipeline]") {
    ChecklistAnswers a;
    a.answers[Platform::facebook] = {{"two_factor", false},
                                     {"find_by_phone", true},
                                     {"future_posts_public", true},
                                     {"tag_review", true}};
    ScanOptions options;
    options.inputs = {(test::examples_dir() / "exports" / "facebook-jordan").string()};
    options.only_checks = {"privacy.discoverability", "privacy.security"};
    options.generated_at = "2026-12-06T10:00:00Z";
    options.extra_settings = checklist_settings(a, "answers.toml");
    auto pack = load_pack("woodstock-ce-primary-2024");
    REQUIRE(pack);
    auto report = run_scan(options, SchoolProfile{}, *pack);
    REQUIRE(report);
    auto from_checklist = [&](std::string_view check, std::string_view evidence) {
        return std::any_of(report->findings.begin(), report->findings.end(), [&](const Finding& f) {
            return f.check == check && f.location.file == "answers.toml" &&
                   f.evidence.find(evidence) != std::string::npos &&
                   std::find(f.signals.begin(), f.signals.end(),
                             "your answer in the privacy checklist (answers.toml)") !=
                       f.signals.end();
        });
    };
    CHECK(from_checklist("privacy.security", "two-factor authentication is off"));
    CHECK(from_checklist("privacy.discoverability", "phone number"));
    CHECK(from_checklist("privacy.discoverability", "from now on"));
    CHECK_FALSE(from_checklist("privacy.discoverability", "tagged")); // tag review on: fine
}
