// The LinkedIn sample in ../shared/samples/linkedin (real headers and preamble, placeholder rows
// with the real quirks; see its SOURCES.md) imports without a problem, with the counts its files
// really hold; and the LinkedIn importer claims none of the other platforms' samples.
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

const Importer& linkedin_importer() { return importer("linkedin_csv"); }

const fs::path k_sample = "samples/linkedin/2026_complete_export_redacted";

const ProfileField* field(const Export& out, std::string_view label, std::string_view value) {
    for (const ProfileField& f : out.profile)
        if (f.label == label && f.value == value) return &f;
    return nullptr;
}

} // namespace

TEST_CASE("conformance: linkedin 2026 complete export imports with exact counts",
          "[conformance][linkedin]") {
    if (!present(k_sample)) return;
    const ExportView view = view_of(test::shared_dir() / k_sample);
    CHECK(linkedin_importer().detect(view) >= 0.9);
    const Importer* chosen = detect_importer(view);
    REQUIRE(chosen);
    CHECK(chosen->id == "linkedin_csv");
    Export out;
    linkedin_importer().import_export(view, out);
    INFO(problems_of(out));
    CHECK(out.problems.empty());
    CHECK(out.files_read == 12);
    CHECK(out.owner == "Jane Example");

    // Profile.csv 9 (name, birthday, headline, summary, industry, zip, geo location, twitter,
    // website), Positions.csv 5 (2 companies, 2 titles, 1 description), Education.csv 1 (the
    // other row has no school name), Email Addresses.csv 2, PhoneNumbers.csv 1 (two blank rows),
    // Whatsapp Phone Numbers.csv 1.
    std::map<FieldKind, std::size_t> kinds;
    for (const ProfileField& f : out.profile)
        ++kinds[f.kind];
    CHECK(kinds == std::map<FieldKind, std::size_t>{{FieldKind::name, 1},
                                                    {FieldKind::birthday, 1},
                                                    {FieldKind::work, 7},
                                                    {FieldKind::bio, 1},
                                                    {FieldKind::address, 1},
                                                    {FieldKind::city, 1},
                                                    {FieldKind::username, 1},
                                                    {FieldKind::website, 1},
                                                    {FieldKind::education, 1},
                                                    {FieldKind::email, 2},
                                                    {FieldKind::phone, 2}});
    // Connections.csv 5 rows, one empty apart from its date; Invitations.csv 2; Member_Follows 3.
    std::map<Relation, std::size_t> relations;
    for (const Connection& c : out.connections)
        ++relations[c.relation];
    CHECK(relations == std::map<Relation, std::size_t>{{Relation::friend_, 4},
                                                       {Relation::request_sent, 1},
                                                       {Relation::request_received, 1},
                                                       {Relation::following, 2},
                                                       {Relation::removed, 1}});
    CHECK(out.posts.size() == 2);
    CHECK(out.comments.size() == 2);
    CHECK(out.messages.size() == 1); // the invitation's "Let's connect!"
    CHECK(out.logins.size() == 1);   // Registration.csv
    CHECK(out.searches.empty());
    CHECK(out.settings.empty());
    CHECK(out.media.empty());
}

TEST_CASE("conformance: linkedin sample values survive its quirks", "[conformance][linkedin]") {
    if (!present(k_sample)) return;
    const ExportView view = view_of(test::shared_dir() / k_sample);
    Export out;
    linkedin_importer().import_export(view, out);

    CHECK(field(out, "Profile.Birth Date", "06-20"));
    CHECK(field(out, "Profile.Twitter Handles", "jane_example"));
    CHECK(field(out, "Profile.Websites", "https://example.com/"));
    REQUIRE(field(out, "Positions.Company Name", "Example Academy"));
    CHECK(field(out, "Positions.Company Name", "Example Academy")->current);
    CHECK_FALSE(
        field(out, "Positions.Company Name", "Example Primary School, Springfield")->current);
    CHECK(field(out, "PhoneNumbers", "+1 555-555-0123"));

    const auto ben =
        std::find_if(out.connections.begin(), out.connections.end(), [](const Connection& c) {
            return c.source.item == "connection Ben Sample, PhD";
        });
    REQUIRE(ben != out.connections.end());
    CHECK(ben->company == "Example School District, Inc.");
    CHECK(ben->position == "Head of Year, Science");
    CHECK(ben->username == "ben-sample-1a2b3c4d");
    CHECK(iso_utc(ben->since) == "2026-04-03T00:00:00Z");

    REQUIRE(out.posts.size() == 2);
    CHECK(out.posts[0].text == "So proud of our Year 9 science fair winners today.\n\nThank you to "
                               "every parent who came along.\n\nMore photos on the school page.");
    CHECK(out.posts[0].source.item == "share 2026-04-02T22:25:49Z");
    CHECK(out.posts[0].audience == "member_network");
    REQUIRE(out.comments.size() == 2);
    CHECK(
        out.comments[1].text ==
        "I heard someone recently describe this as a \"pitch slap\" and I think it's so accurate.");
    const auto sent =
        std::find_if(out.connections.begin(), out.connections.end(),
                     [](const Connection& c) { return c.relation == Relation::request_sent; });
    REQUIRE(sent != out.connections.end());
    CHECK(iso_utc(sent->since) == "2026-04-06T14:12:00Z");
    CHECK(iso_utc(out.logins[0].time) == "2009-03-24T01:38:00Z");
}

TEST_CASE("conformance: linkedin_csv claims no other platform's sample",
          "[conformance][linkedin]") {
    for (const char* platform : {"facebook", "instagram", "x_twitter", "tiktok"}) {
        const fs::path root = fs::path("samples") / platform;
        if (!present(root)) continue;
        for (const auto& era : fs::directory_iterator(test::shared_dir() / root)) {
            if (!era.is_directory()) continue;
            INFO(era.path());
            CHECK(linkedin_importer().detect(view_of(era.path())) < 0.3);
        }
    }
}
