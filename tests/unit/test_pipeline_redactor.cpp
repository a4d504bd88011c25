// Trainer mode: every roster's names, other capitalised names, contacts, postcodes, links and
// digits are masked in everything the report shows.
#include "audit/pipeline/redactor.hpp"
#include "checks/example_school.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>

using namespace audit;
using test::example_school;

TEST_CASE("redactor: masks names from every roster, contacts and numbers", "[pipeline]") {
    Redactor r(example_school());
    const std::string out = r.evidence(
        "Ellie Mason and her mum Rachel Mason met Mr Tom Whitfield at 14 Orchard Close, BA2 5QT; "
        "call 07700 900123 or mail jordan.ellis@example.com, see https://facebook.com/jordan");
    for (std::string_view gone : {"Ellie", "Rachel", "Mason", "Whitfield", "Orchard", "14", "BA2",
                                  "07700", "jordan", "facebook.com"})
        CHECK(out.find(gone) == std::string::npos);
    CHECK(out.find("[e-mail]") != std::string::npos);
    CHECK(out.find("[link]") != std::string::npos);
    CHECK(out.find("and her mum") != std::string::npos); // still reads as a sentence
}

TEST_CASE("redactor: labels keep dates and menu words", "[pipeline]") {
    Redactor r(example_school());
    CHECK(r.label("post 2025-03-14T16:02:11Z") == "post 2025-03-14T16:02:11Z");
    CHECK(r.label("Open Facebook > Settings") == "Open Facebook > Settings");
    CHECK(r.label("friend Grace Holt").find("Grace") == std::string::npos);
    CHECK(r.item("post 2025-03-14T16:02:11Z") == "post 2025-03-14T16:02:11Z");
    CHECK(r.item("profile name: Jordan Morgan") == "profile name: J***** M*****");
}

TEST_CASE("redactor: a redacted report hides sources, items and links", "[pipeline]") {
    Report report;
    SourceSummary s;
    s.path = "/home/jordan/facebook-jordan.zip";
    report.sources.push_back(s);
    Finding f;
    f.location = Location{"connections/friends.json", "friend Ellie Mason", "",
                          "https://facebook.com/ellie"};
    f.evidence = "Ellie Mason";
    f.signals = {"name 'Ellie Mason' on the pupils roster"};
    f.instances.push_back(Instance{f.location, "Ellie Mason"});
    report.findings.push_back(f);
    report.names_masked = false;
    redact_report(report, Redactor(example_school()));
    CHECK(report.redacted);
    CHECK(report.names_masked);
    CHECK(report.sources[0].path == "export 1 (Facebook)");
    const Finding& g = report.findings[0];
    CHECK(g.location.url.empty());
    for (const std::string* text :
         {&g.location.item, &g.evidence, &g.signals[0], &g.instances[0].evidence})
        CHECK(text->find("Ellie") == std::string::npos);
}
