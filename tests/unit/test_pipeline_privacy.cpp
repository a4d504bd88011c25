// The privacy checks beyond their own examples: one pattern finding per export for public
// posts, the honest "not checkable" notes in the report's coverage, the public view read from
// Facts, and the first remediation step that leads to the item.
#include "audit/pipeline/finding_builder.hpp"
#include "audit/pipeline/open_item.hpp"
#include "audit/pipeline/scan.hpp"
#include "checks/example_school.hpp"
#include "support/test_support.hpp"
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>

using namespace audit;
using test::example_school;

namespace {

struct Outcome {
    std::vector<DraftFinding> findings;
    std::vector<Skipped> notes;
};

Outcome run(std::string_view check_id, const std::vector<Export>& exports,
            std::optional<std::vector<PublicProfile>> views = std::nullopt) {
    const CheckInfo* check = find_check(check_id);
    REQUIRE(check);
    Facts facts(exports, example_school());
    if (views) facts.set_public_views(std::move(*views));
    Outcome out;
    CheckContext ctx(facts, out.findings);
    check->run(ctx);
    out.notes = ctx.not_checkable_notes();
    return out;
}

Export export_of(Platform platform) {
    Export ex;
    ex.platform = platform;
    ex.path = std::string(to_string(platform)) + ".zip";
    return ex;
}

void add_post(Export& ex, std::string item, std::string audience, std::string text = "A post") {
    Post p;
    p.source = SourceRef{"posts.json", std::move(item), ""};
    p.audience = std::move(audience);
    p.text = std::move(text);
    ex.posts.push_back(std::move(p));
}

void add_setting(Export& ex, std::string name, std::string value, Timestamp time = 0) {
    Setting s;
    s.source = SourceRef{"settings.json", "setting " + name, ""};
    s.label = s.name = std::move(name);
    s.value = std::move(value);
    s.time = time;
    ex.settings.push_back(std::move(s));
}

bool has_note(const std::vector<Skipped>& notes, std::string_view what, std::string_view why_part) {
    return std::any_of(notes.begin(), notes.end(), [&](const Skipped& s) {
        return s.what == what && s.why.find(why_part) != std::string::npos;
    });
}

} // namespace

TEST_CASE("pipeline_privacy: public posts are one pattern finding per export, listing each", "[pipeline][privacy]") {
    Export tiktok = export_of(Platform::tiktok);
    add_post(tiktok, "video 2025-01-02T10:00:00Z", "Everyone", "Sports day fun");
    add_post(tiktok, "video 2025-01-03T10:00:00Z", "Only You");
    add_post(tiktok, "video 2025-01-04T10:00:00Z", "Everyone");
    add_setting(tiktok, "private_account", "true");
    Export linkedin = export_of(Platform::linkedin);
    add_post(linkedin, "share 2025-02-01T09:00:00Z", "PUBLIC");
    add_post(linkedin, "share 2025-02-02T09:00:00Z", "MEMBER_NETWORK");
    add_post(linkedin, "share 2025-02-03T09:00:00Z", "");

    const Outcome out = run("privacy.public-account", {tiktok, linkedin});
    REQUIRE(out.findings.size() == 2);
    const DraftFinding& t = out.findings[0];
    CHECK(t.platform == Platform::tiktok);
    CHECK(t.evidence == "2 posts on TikTok visible to everyone");
    REQUIRE(t.instances.size() == 2);
    CHECK(t.instances[0].location.item == "video 2025-01-02T10:00:00Z");
    CHECK(t.instances[0].evidence == "audience: Everyone — Sports day fun");
    CHECK(t.location.file == "posts.json");
    CHECK(t.lower_severity == 0);
    const DraftFinding& l = out.findings[1];
    CHECK(l.platform == Platform::linkedin);
    CHECK(l.evidence == "1 post on LinkedIn visible to everyone");
    CHECK(l.lower_severity == 1); // a professional network: public posts are usual there
    // The identity does not depend on which posts: the finding keeps its id as posts change.
    CHECK(t.identity == "public posts");
    // LinkedIn says nothing about the profile's own visibility, and says so.
    CHECK(has_note(out.notes, "LinkedIn export", "does not say who can see your profile"));
}

TEST_CASE("pipeline_privacy: exports that do not say give a note, not a finding", "[pipeline][privacy]") {
    struct Case {
        Platform platform;
        const char* what;
        const char* why;
    };
    const Case cases[] = {
        {Platform::facebook, "Facebook export", "no audience per post and no profile visibility settings"},
        {Platform::instagram, "Instagram export", "does not say who can see your account"},
        {Platform::tiktok, "TikTok export", "does not say who can see your account"},
        {Platform::x, "X protected posts", "not determinable — the export only keeps six months of history"},
        {Platform::linkedin, "LinkedIn export", "does not say who can see your profile"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const Outcome out = run("privacy.public-account", {export_of(c.platform)});
        CHECK(out.findings.empty());
        CHECK(has_note(out.notes, c.what, c.why));
    }
    // Two exports of one platform: the note is kept once.
    const Outcome twice = run("privacy.public-account", {export_of(Platform::facebook), export_of(Platform::facebook)});
    CHECK(twice.notes.size() == 1);
}

TEST_CASE("pipeline_privacy: the latest recorded change decides", "[pipeline][privacy]") {
    Export x_public = export_of(Platform::x);
    add_setting(x_public, "protected_history", "Protect", 1700000000);
    add_setting(x_public, "protected_history", "Unprotect", 1710000000);
    Export x_protected = export_of(Platform::x);
    add_setting(x_protected, "protected_history", "Unprotect", 1710000000);
    add_setting(x_protected, "protected_history", "Protect", 1700000000); // listed last, but older
    add_setting(x_protected, "protected_history", "Protect", 1720000000);
    Export instagram = export_of(Platform::instagram);
    add_setting(instagram, "privacy_change", "Switched to Public", 1700000000);
    add_setting(instagram, "private_account", "true"); // the current flag outranks the history

    const Outcome pub = run("privacy.public-account", {x_public});
    REQUIRE(pub.findings.size() == 1);
    CHECK(pub.findings[0].evidence == "X account is public");
    CHECK(pub.findings[0].signals[0].find("Unprotect on 2024-03-09") != std::string::npos);
    CHECK(pub.notes.empty());
    CHECK(run("privacy.public-account", {x_protected}).findings.empty());
    CHECK(run("privacy.public-account", {instagram}).findings.empty());
}

TEST_CASE("pipeline_privacy: discoverability and security read settings and log-ins", "[pipeline][privacy]") {
    Export tiktok = export_of(Platform::tiktok);
    add_setting(tiktok, "suggest_to_contacts", "enabled", 1);
    add_setting(tiktok, "suggest_to_contacts", "disabled", 2); // turned off since
    add_setting(tiktok, "who_can_message", "Everyone");
    add_setting(tiktok, "two_factor", "false");
    const Outcome found = run("privacy.discoverability", {tiktok});
    REQUIRE(found.findings.size() == 1);
    CHECK(found.findings[0].evidence == "who_can_message: Everyone");
    CHECK(found.notes.empty());

    Export facebook = export_of(Platform::facebook);
    facebook.owner = "Jordan Ellis";
    for (int i = 0; i < 7; ++i) {
        Login l;
        l.source = SourceRef{"logins.json", "login " + std::to_string(i), ""};
        l.time = 1700000000 + i;
        l.device = i == 0 ? "Jordan's iPad" : i == 1 ? "Sam's iPhone" : "Device " + std::to_string(i);
        facebook.logins.push_back(l);
    }
    const Outcome security = run("privacy.security", {tiktok, facebook});
    std::vector<std::string> evidence;
    for (const DraftFinding& f : security.findings) evidence.push_back(f.evidence);
    CHECK(evidence == std::vector<std::string>{"two-factor authentication is off (two_factor: false)",
                                               "log-in on a device named \"Sam's iPhone\"",
                                               "log-ins from 7 devices and 0 network addresses"});
    CHECK_FALSE(security.findings[0].weak);
    CHECK(security.findings[1].weak);
    CHECK(security.findings[2].weak);
    CHECK(security.findings[2].instances.size() == 7);
    CHECK(has_note(security.notes, "Facebook two-factor authentication", "does not say whether it is on"));
    CHECK(has_note(security.notes, "TikTok log-ins and sessions", "lists none"));
}

TEST_CASE("pipeline_privacy: the public view is read from what the pipeline fetched", "[pipeline][privacy]") {
    PublicProfile school_page;
    school_page.platform = Platform::instagram;
    school_page.account = "missellis.rps";
    school_page.url = "https://www.instagram.com/missellis.rps/";
    school_page.state = PageState::visible;
    school_page.name = "Jordan Ellis";
    school_page.bio = "Year 4 teacher at Riverside Primary School";
    school_page.text = school_page.name + "\n" + school_page.bio;
    school_page.posts = "78 Posts";
    PublicProfile private_page;
    private_page.platform = Platform::tiktok;
    private_page.account = "jordan.bakes";
    private_page.url = "https://www.tiktok.com/@jordan.bakes";
    private_page.state = PageState::private_;
    private_page.name = "Jordan";
    private_page.text = "Jordan\nThis account is private";
    PublicProfile missing;
    missing.platform = Platform::x;
    missing.url = "https://x.com/gone";
    missing.state = PageState::not_found;
    missing.detail = "no public page at this address (HTTP 404)";

    const Outcome out = run("privacy.public-view", {}, std::vector<PublicProfile>{school_page, private_page, missing});
    REQUIRE(out.findings.size() == 2);
    const DraftFinding& named = out.findings[0];
    CHECK_FALSE(named.weak);
    CHECK(named.location.url == school_page.url);
    CHECK(named.evidence.find("Riverside Primary School") != std::string::npos);
    CHECK(named.evidence.find("78 Posts") != std::string::npos);
    CHECK(out.findings[1].weak); // only a name behind a private account: worth a look
    CHECK(has_note(out.notes, "X public page https://x.com/gone", "HTTP 404"));

    const Outcome offline = run("privacy.public-view", {});
    CHECK(offline.findings.empty());
    REQUIRE(offline.notes.size() == 1);
    CHECK(offline.notes[0].why.find("--online") != std::string::npos);
}

TEST_CASE("pipeline_privacy: the first step leads to the item: its link, or its date", "[pipeline][privacy]") {
    CHECK(open_item_step(Platform::facebook, Location{"f", "post 2025-03-14T16:02:11Z", "", ""}) ==
          "Open Facebook > Settings & privacy > Activity log, filter by 2025-03-14");
    CHECK(open_item_step(Platform::x, Location{"f", "tweet 2025-03-14T16:02:11Z", "", "https://x.com/j/status/1"}) ==
          "Open it directly: https://x.com/j/status/1");
    CHECK(open_item_step(Platform::linkedin, Location{"f", "share 2025-03-14T16:02:11Z", "", ""}) ==
          "Open LinkedIn > Me > Posts & Activity, scrolled to 2025-03-14");
    CHECK(open_item_step(Platform::facebook, Location{"f", "profile work: RPS", "", ""}).empty());
    CHECK(open_item_step(Platform::facebook, Location{"f", "friend Jo Bloggs", "", ""}).empty());
    CHECK(open_item_step(Platform::instagram, Location{"f", "privacy change 2024-01-01T00:00:00Z", "", ""}).empty());
    CHECK(date_in_item("comment 2020-12-27T15:12:09Z") == "2020-12-27");

    // Through the builder: first, before the check's own steps.
    auto policy = load_pack(example_school().policy);
    REQUIRE(policy);
    Masker masker(example_school());
    FindingBuilder builder(*policy, masker, false);
    DraftFinding draft;
    draft.location = Location{"posts.json", "post 2024-07-02T19:15:40Z", "", ""};
    draft.evidence = "RPS sports day tomorrow";
    const Finding f = builder.build(*find_check("employer.content"), draft);
    REQUIRE(f.remediation.size() > 1);
    CHECK(f.remediation[0] == "Open Facebook > Settings & privacy > Activity log, filter by 2024-07-02");
}

TEST_CASE("pipeline_privacy: a scan lists the notes under coverage, named by check", "[pipeline][privacy]") {
    auto policy = load_pack(example_school().policy);
    REQUIRE(policy);
    ScanOptions options;
    options.inputs = {(test::examples_dir() / "exports" / "facebook-jordan").string()};
    options.generated_at = "2026-01-01T00:00:00Z";
    auto report = run_scan(options, example_school(), *policy);
    REQUIRE(report);
    CHECK(has_note(report->coverage.skipped, "privacy.public-account: Facebook export",
                   "no audience per post and no profile visibility settings"));
    CHECK(has_note(report->coverage.skipped, "privacy.public-view: what a stranger sees on your public profile pages",
                   "--online"));
    for (const Finding& f : report->findings) CHECK(f.check.rfind("privacy.", 0) != 0);

    // --online refuses a stand-in site that is not this computer, before any request.
    ::setenv("STAFF_AUDIT_ONLINE_BASE", "http://example.com", 1);
    options.online = true;
    auto refused = run_scan(options, example_school(), *policy);
    ::unsetenv("STAFF_AUDIT_ONLINE_BASE");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("STAFF_AUDIT_ONLINE_BASE=http://example.com refused") != std::string::npos);
}
