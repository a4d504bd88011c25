// The generic check test: every check's own positive and negative examples, run against the
// example school (examples/school.toml and its rosters).
#include "checks/example_export.hpp"
#include "checks/example_school.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <set>

using namespace audit;
using test::example_school;

namespace {

// Every id in REQUIREMENTS.md; a check's id must be one of them.
const std::set<std::string_view> k_requirement_ids = {
    "employer.profile", "employer.content", "profession.profile", "work.disclaimer",
    "image.logo", "image.school-text", "image.pupils", "image.location", "image.personal-device",
    "confidential.pupil-name", "confidential.matter", "conduct.derogatory", "conduct.offensive",
    "conduct.school-community", "credentials.shared", "personal.phone", "personal.address",
    "personal.email", "personal.identity", "contact.pupil", "contact.pupil-request",
    "contact.parent", "contact.pupil-message", "contact.school-group", "contact.search",
    "usage.school-hours", "usage.school-network", "privacy.public-account",
    "privacy.discoverability", "privacy.security", "privacy.public-view"};

} // namespace

TEST_CASE("checks: every check's own examples behave as documented", "[checks]") {
    for (const CheckInfo& check : all_checks()) {
        for (const CheckExample& example : check.examples) {
            DYNAMIC_SECTION(check.id << " on " << example.where << ": " << example.text) {
                std::vector<Export> exports{test::export_from_example(example)};
                auto found = test::run_on(check, exports, example_school());
                INFO("findings: " << found.size());
                for (const auto& f : found) INFO("evidence: " << f.evidence);
                CHECK(!found.empty() == example.fires);
            }
        }
    }
}

TEST_CASE("checks: every check describes itself fully", "[checks]") {
    std::set<std::string_view> ids;
    for (const CheckInfo& check : all_checks()) {
        INFO(check.id);
        CHECK(k_requirement_ids.count(check.id) == 1);
        CHECK(ids.insert(check.id).second);
        CHECK(!check.title.empty());
        CHECK(!check.reads.empty());
        CHECK(check.about.size() > 80);
        CHECK(!check.general_remedy.empty());
        bool positive = false, negative = false;
        for (const CheckExample& e : check.examples) (e.fires ? positive : negative) = true;
        CHECK(positive);
        CHECK(negative);
        bool facebook_steps = false;
        for (const Remedy& r : check.remedies) facebook_steps |= r.platform == Platform::facebook;
        CHECK(facebook_steps);
    }
}

TEST_CASE("checks: every check cites at least one clause under every bundled policy", "[checks]") {
    for (const PolicyPack& pack : bundled_packs())
        for (const CheckInfo& check : all_checks()) {
            INFO(pack.name << " " << check.id);
            CHECK(!cite(pack, check.id).clauses.empty());
        }
}
