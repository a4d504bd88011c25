#include "audit/policy/policy.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <sstream>

using audit::bundled_packs;
using audit::cite;
using audit::Clause;
using audit::load_pack;
using audit::parse_pack;
using audit::PolicyPack;
using audit::Strength;

namespace {

namespace fs = std::filesystem;

// Every check id in REQUIREMENTS.md, and the pseudo-checks of its remediation rules.
const std::vector<std::string> k_check_ids = {
    "employer.profile",
    "employer.content",
    "profession.profile",
    "work.disclaimer",
    "image.logo",
    "image.school-text",
    "image.pupils",
    "image.location",
    "image.personal-device",
    "confidential.pupil-name",
    "confidential.matter",
    "conduct.derogatory",
    "conduct.offensive",
    "conduct.school-community",
    "credentials.shared",
    "personal.phone",
    "personal.address",
    "personal.email",
    "personal.identity",
    "contact.pupil",
    "contact.pupil-request",
    "contact.parent",
    "contact.pupil-message",
    "contact.school-group",
    "contact.search",
    "usage.school-hours",
    "usage.school-network",
    "privacy.public-account",
    "privacy.discoverability",
    "privacy.security",
    "privacy.public-view",
};
const std::vector<std::string> k_remedy_ids = {"remedy.keep-evidence", "remedy.report-dsl",
                                               "remedy.declare-family"};

const std::vector<std::string> k_pack_names = {
    "abbotswood-junior-2019", "bath-wells-mat-2016", "pass-move-grin-education-2023",
    "sandford-st-martins-primary-2023", "woodstock-ce-primary-2024"};

const PolicyPack& pack_named(const std::string& name) {
    for (const auto& pack : bundled_packs())
        if (pack.name == name) return pack;
    FAIL("no bundled pack " << name);
    throw std::logic_error("unreachable");
}

// The clause of `pack` for `check` whose ref is `ref` and whose text contains `words`.
const Clause* find_clause(const PolicyPack& pack, const std::string& check, const std::string& ref,
                          const std::string& words = "") {
    auto it = pack.clauses.find(check);
    if (it == pack.clauses.end()) return nullptr;
    for (const auto& clause : it->second)
        if (clause.ref == ref && clause.text.find(words) != std::string::npos) return &clause;
    return nullptr;
}

std::string collapse_spaces(const std::string& text) {
    std::istringstream words(text);
    std::string word, out;
    while (words >> word)
        out += (out.empty() ? "" : " ") + word;
    return out;
}

// The policy text as a reader sees it: list markers ("- ", ">") dropped, whitespace collapsed.
std::string policy_words(const std::string& text) {
    std::istringstream lines(text);
    std::string line, joined;
    while (std::getline(lines, line)) {
        line = collapse_spaces(line);
        while (line.rfind("- ", 0) == 0 || line.rfind(">", 0) == 0 || line == "-")
            line = collapse_spaces(line.substr(1));
        joined += line + " ";
    }
    return collapse_spaces(joined);
}

// True when every part of `quote` between " … " marks appears, in order, in `policy`.
bool quoted_verbatim(const std::string& policy, const std::string& quote, std::string& missing) {
    const std::string ellipsis = "\xE2\x80\xA6";
    std::size_t from = 0, at = 0;
    std::string text = collapse_spaces(quote);
    while (true) {
        std::size_t end = text.find(ellipsis, from);
        std::string part =
            collapse_spaces(text.substr(from, end == std::string::npos ? end : end - from));
        auto found = policy.find(part, at);
        if (part.empty() || found == std::string::npos) {
            missing = part;
            return false;
        }
        at = found + part.size();
        if (end == std::string::npos) return true;
        from = end + ellipsis.size();
    }
}

fs::path policies_dir() {
    return audit::test::shared_dir() / "policies";
}

// One row of a check table in REQUIREMENTS.md: "| `id` | … | SSM 2.3.7, 2.3.9; WCE (…); … |".
struct RequirementsRow {
    std::string check;
    std::vector<std::pair<std::string, std::vector<std::string>>> policies; // short name, refs
};

std::string trimmed(const std::string& text) {
    auto first = text.find_first_not_of(" \t");
    auto last = text.find_last_not_of(" \t");
    return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

// The clause numbers at the start of `text` ("2.3.7, 2.3.9 (…)" → 2.3.7, 2.3.9).
std::vector<std::string> leading_refs(const std::string& text) {
    std::vector<std::string> refs;
    std::size_t i = 0;
    while (true) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ','))
            ++i;
        std::size_t start = i;
        while (i < text.size() &&
               (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.'))
            ++i;
        std::string ref = text.substr(start, i - start);
        while (!ref.empty() && ref.back() == '.')
            ref.pop_back();
        if (ref.empty()) return refs;
        refs.push_back(ref);
    }
}

std::optional<RequirementsRow> requirements_row(const std::string& line) {
    if (line.rfind("| `", 0) != 0) return std::nullopt;
    RequirementsRow row;
    row.check = line.substr(3, line.find('`', 3) - 3);
    std::vector<std::string> cells;
    std::stringstream split(line);
    std::string cell;
    while (std::getline(split, cell, '|'))
        if (!trimmed(cell).empty()) cells.push_back(trimmed(cell));
    std::stringstream items(cells.back());
    std::string item;
    while (std::getline(items, item, ';')) {
        item = trimmed(item);
        std::string short_name = item.substr(0, 3);
        if (short_name == "SSM" || short_name == "WCE" || short_name == "AJS" ||
            short_name == "PMG" || short_name == "BWM")
            row.policies.emplace_back(short_name, leading_refs(item.substr(3)));
    }
    return row;
}

} // namespace

TEST_CASE("policy_packs: every bundled pack parses", "[policy]") {
    const auto& packs = bundled_packs();
    REQUIRE(packs.size() == k_pack_names.size());
    std::set<std::string> shorts;
    for (std::size_t i = 0; i < packs.size(); ++i) {
        CHECK(packs[i].name == k_pack_names[i]);
        CHECK_FALSE(packs[i].title.empty());
        CHECK(packs[i].short_name.size() == 3);
        shorts.insert(packs[i].short_name);
        for (const auto& [check, clauses] : packs[i].clauses)
            for (const auto& clause : clauses) {
                CHECK(clause.policy == packs[i].name);
                CHECK_FALSE(clause.ref.empty());
                CHECK_FALSE(clause.text.empty());
            }
    }
    CHECK(shorts == std::set<std::string>{"AJS", "BWM", "PMG", "SSM", "WCE"});
}

TEST_CASE("policy_packs: packs only name known check ids", "[policy]") {
    std::set<std::string> known(k_check_ids.begin(), k_check_ids.end());
    known.insert(k_remedy_ids.begin(), k_remedy_ids.end());
    for (const auto& pack : bundled_packs())
        for (const auto& [check, clauses] : pack.clauses) {
            INFO(pack.name << ": " << check);
            CHECK(known.count(check) == 1);
        }
}

TEST_CASE("policy_packs: every check has a clause and every pack cites something", "[policy]") {
    auto ids = k_check_ids;
    ids.insert(ids.end(), k_remedy_ids.begin(), k_remedy_ids.end());
    for (const auto& check : ids) {
        INFO(check);
        bool somewhere = false;
        for (const auto& pack : bundled_packs())
            somewhere |= pack.clauses.count(check) > 0;
        CHECK(somewhere);
        for (const auto& pack : bundled_packs()) {
            auto citation = cite(pack, check);
            INFO(pack.name);
            CHECK_FALSE(citation.clauses.empty());
            CHECK(citation.borrowed == (pack.clauses.count(check) == 0));
        }
    }
}

TEST_CASE("policy_packs: every clause is quoted word for word from its policy", "[policy]") {
    if (!fs::is_directory(policies_dir())) {
        WARN("no " << policies_dir() << "; skipping the verbatim check of clause texts");
        return;
    }
    for (const auto& pack : bundled_packs()) {
        std::string policy =
            policy_words(audit::test::read_file(policies_dir() / (pack.name + ".txt")));
        REQUIRE_FALSE(policy.empty());
        for (const auto& [check, clauses] : pack.clauses)
            for (const auto& clause : clauses) {
                std::string missing;
                bool verbatim = quoted_verbatim(policy, clause.text, missing);
                INFO(pack.name << " " << clause.ref << " (" << check
                               << ")\nnot found: " << missing);
                CHECK(verbatim);
            }
    }
}

TEST_CASE("policy_packs: each pack has the clauses REQUIREMENTS.md lists", "[policy]") {
    fs::path requirements = audit::test::shared_dir() / "REQUIREMENTS.md";
    if (!fs::exists(requirements)) {
        WARN("no " << requirements << "; skipping the comparison with REQUIREMENTS.md");
        return;
    }
    std::map<std::string, std::string> by_short;
    for (const auto& pack : bundled_packs())
        by_short[pack.short_name] = pack.name;
    std::istringstream lines(audit::test::read_file(requirements));
    std::set<std::string> listed;
    std::string line;
    while (std::getline(lines, line)) {
        auto row = requirements_row(line);
        if (!row) continue;
        listed.insert(row->check);
        for (const auto& [short_name, refs] : row->policies) {
            INFO(row->check << ": " << short_name);
            REQUIRE(by_short.count(short_name) == 1);
            const PolicyPack& pack = pack_named(by_short[short_name]);
            auto own = pack.clauses.find(row->check);
            REQUIRE(own != pack.clauses.end());
            for (const auto& ref : refs) {
                bool found = false;
                for (const auto& clause : own->second)
                    found |= clause.ref == ref || clause.ref.rfind(ref + ". ", 0) == 0;
                INFO("ref " << ref);
                CHECK(found);
            }
        }
    }
    CHECK(listed == std::set<std::string>(k_check_ids.begin(), k_check_ids.end()));
}

TEST_CASE("policy_packs: strengths follow the clauses' own words", "[policy]") {
    const auto& bwm = pack_named("bath-wells-mat-2016");
    const auto& wce = pack_named("woodstock-ce-primary-2024");
    const auto& ssm = pack_named("sandford-st-martins-primary-2023");
    const auto& pmg = pack_named("pass-move-grin-education-2023");
    const auto& ajs = pack_named("abbotswood-junior-2019");

    const Clause* requests = find_clause(bwm, "contact.pupil-request", "4.3.3");
    REQUIRE(requests);
    CHECK(requests->strength == Strength::must);
    CHECK(requests->text.rfind("Any pupil-initiated communication", 0) == 0);
    REQUIRE(find_clause(bwm, "remedy.report-dsl", "4.3.3"));
    CHECK(find_clause(bwm, "contact.pupil", "4.3.2")->strength == Strength::advised);
    CHECK(find_clause(bwm, "privacy.security", "4.4")->strength == Strength::advised);

    const Clause* parents = find_clause(wce, "contact.parent", "Staff Use of Personal Social Media",
                                        "strongly advised");
    REQUIRE(parents);
    CHECK(parents->strength == Strength::advised);
    CHECK(find_clause(wce, "usage.school-hours", "Staff Use of Personal Social Media")->strength ==
          Strength::must);

    CHECK(find_clause(ssm, "profession.profile", "2.3.10")->strength == Strength::should);
    CHECK(find_clause(ssm, "conduct.derogatory", "2.3.9")->strength == Strength::must);
    CHECK(find_clause(ssm, "privacy.public-account", "2.4.6")->strength == Strength::advised);
    CHECK(find_clause(pmg, "image.logo", "Code of Conduct: Social Networking")->strength ==
          Strength::should);
    CHECK(find_clause(ajs, "contact.school-group", "1. Personal use of social media")->strength ==
          Strength::advised);
}

TEST_CASE("policy_packs: cite borrows from the nearest other policy in a fixed order", "[policy]") {
    const auto& ajs = pack_named("abbotswood-junior-2019");
    const auto& bwm = pack_named("bath-wells-mat-2016");
    const auto& wce = pack_named("woodstock-ce-primary-2024");

    auto own = cite(bwm, "employer.profile");
    CHECK_FALSE(own.borrowed);
    REQUIRE(own.clauses.size() == 1);
    CHECK(own.clauses[0].ref == "4.3.10");

    auto disclaimer = cite(ajs, "work.disclaimer");
    CHECK(disclaimer.borrowed);
    CHECK(disclaimer.clauses.at(0).policy == "bath-wells-mat-2016");
    CHECK(disclaimer.clauses.at(0).ref == "4.3.6");

    // REQUIREMENTS.md lists SSM first for employer.profile.
    auto employer = cite(ajs, "employer.profile");
    CHECK(employer.borrowed);
    CHECK(employer.clauses.at(0).policy == "sandford-st-martins-primary-2023");
    CHECK(employer.clauses.at(0).ref == "2.3.10");

    // PMG before BWM for the logo; never the chosen pack itself.
    CHECK(cite(wce, "image.logo").clauses.at(0).policy == "pass-move-grin-education-2023");
    CHECK(cite(bwm, "image.location").clauses.at(0).policy == "sandford-st-martins-primary-2023");

    auto unknown = cite(wce, "no.such-check");
    CHECK(unknown.clauses.empty());
}

TEST_CASE("policy_packs: load_pack finds bundled names and pack files", "[policy]") {
    auto bundled = load_pack("woodstock-ce-primary-2024");
    REQUIRE(bundled);
    CHECK(bundled->short_name == "WCE");

    audit::test::TempDir dir;
    audit::test::write_file(dir / "ours.toml",
                            "name = \"ours\"\n[[clause]]\nref = \"3.1\"\n"
                            "strength = \"should\"\nchecks = [\"contact.pupil\"]\n"
                            "text = \"\"\"Staff should not\n   befriend pupils.\"\"\"\n");
    auto ours = load_pack((dir / "ours.toml").string());
    REQUIRE(ours);
    CHECK(ours->short_name == "ours");
    CHECK(ours->title == "ours");
    REQUIRE(ours->clauses.at("contact.pupil").size() == 1);
    CHECK(ours->clauses.at("contact.pupil")[0].text == "Staff should not befriend pupils.");
    CHECK(ours->clauses.at("contact.pupil")[0].policy == "ours");
    // A custom pack borrows from the bundled ones like any other.
    CHECK(cite(*ours, "contact.search").clauses.at(0).policy == "bath-wells-mat-2016");

    auto unknown = load_pack("woodstock-2024");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.find("unknown policy 'woodstock-2024'") != std::string::npos);
    CHECK(unknown.error().message.find("woodstock-ce-primary-2024") != std::string::npos);
    CHECK(unknown.error().message.find("bath-wells-mat-2016") != std::string::npos);

    auto missing = load_pack((dir / "missing.toml").string());
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.find("missing.toml") != std::string::npos);
}

TEST_CASE("policy_packs: invalid packs are errors naming the file and clause", "[policy]") {
    auto error_of = [](const std::string& toml) {
        auto pack = parse_pack(toml, "ours.toml");
        REQUIRE_FALSE(pack);
        return pack.error().message;
    };
    const std::string head = "name = \"ours\"\n[[clause]]\n";
    const std::string checks = "checks = [\"contact.pupil\"]\n";
    CHECK(
        error_of(head + "ref = \"4.1\"\nstrength = \"mandatory\"\n" + checks + "text = \"x\"\n") ==
        "ours.toml: clause 4.1: strength 'mandatory' is not one of must, should, advised");
    CHECK(error_of(head + "strength = \"must\"\n" + checks + "text = \"x\"\n") ==
          "ours.toml: clause #1 has no ref");
    CHECK(error_of(head + "ref = \"4.1\"\nstrength = \"must\"\n" + checks) ==
          "ours.toml: clause 4.1 has no text");
    CHECK(error_of(head + "ref = \"4.1\"\n" + checks + "text = \"x\"\n") ==
          "ours.toml: clause 4.1 has no strength");
    CHECK(error_of(head + "ref = \"4.1\"\nstrength = \"must\"\ntext = \"x\"\n")
              .find("ours.toml: clause 4.1: checks must be a list") == 0);
    CHECK(error_of(head + "ref = \"4.1\"\nstrength = \"must\"\nchecks = [\"Contact Pupil\"]\n"
                          "text = \"x\"\n") ==
          "ours.toml: clause 4.1: 'Contact Pupil' is not a check id (like employer.profile)");
    CHECK(error_of(head + "ref = \"4.1\"\nstrenght = \"must\"\n" + checks + "text = \"x\"\n")
              .find("unknown key 'strenght'") != std::string::npos);
    CHECK(error_of("title = \"t\"\n[[clause]]\n") == "ours.toml: name is missing");
    CHECK(error_of("name = \"ours\"\n") == "ours.toml: no [[clause]] entries");
    CHECK(error_of("name = \"ours\"\nclause = [1, 2]\n") == "ours.toml: clause #1 is not a table");
    CHECK(error_of("name = \"ours\nx").rfind("ours.toml: line 1", 0) == 0);
}
