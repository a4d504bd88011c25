// Hashed roster files: the format `staff-audit roster hash` writes and load_roster reads.
#include "audit/profile/school_profile.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <algorithm>

using namespace audit;
using audit::test::TempDir;

namespace {

std::vector<PersonForms> two_people() {
    return {
        {{{"ellie mason", NameForm::full}, {"nell mason", NameForm::nickname}, {"mason", NameForm::family}},
         "Year 4", 2016, "Oak"},
        {{{"tyler bennett", NameForm::full}, {"tyler bennet", NameForm::typo_family}}, "", 0, ""},
    };
}

const std::vector<unsigned char> k_salt(k_roster_salt_bytes, 7);

std::string load_error(const std::string& text, RosterKind kind = RosterKind::pupils) {
    TempDir dir;
    test::write_file(dir / "r.roster", text);
    auto roster = load_roster(dir / "r.roster", kind);
    REQUIRE_FALSE(roster);
    const std::string prefix = (dir / "r.roster").string();
    REQUIRE(roster.error().message.rfind(prefix, 0) == 0);
    return roster.error().message.substr(prefix.size());
}

// A valid file with one key's line replaced ("people": the whole list, to the end).
std::string with_line(const std::string& key, const std::string& line) {
    std::string text = write_hashed_roster(RosterKind::pupils, two_people(), k_salt);
    const auto at = text.find("\n" + key + " = ");
    REQUIRE(at != std::string::npos);
    const auto end = key == "people" ? text.size() : text.find('\n', at + 1);
    return text.replace(at + 1, end - at - 1, line);
}

} // namespace

TEST_CASE("hashed_roster: BLAKE2b-256 of salt and form, salted per file", "[profile]") {
    const auto a = hash_name_form(k_salt, "ellie mason");
    CHECK(a == hash_name_form(k_salt, "ellie mason"));
    CHECK(a != hash_name_form(k_salt, "ellie masons"));
    const auto other_salt = new_roster_salt();
    CHECK(other_salt.size() == k_roster_salt_bytes);
    CHECK(other_salt != new_roster_salt());
    CHECK(a != hash_name_form(other_salt, "ellie mason"));
    // The documented construction, checked against an independent spelling of it: the salt is
    // simply prepended, so moving bytes between salt and form does not change the hash.
    std::vector<unsigned char> longer = k_salt;
    longer.push_back('e');
    CHECK(hash_name_form(longer, "llie mason") == a);
}

TEST_CASE("hashed_roster: written and read back through load_roster", "[profile]") {
    TempDir dir;
    const std::string text = write_hashed_roster(RosterKind::pupils, two_people(), k_salt);
    CHECK(is_hashed_roster(text));
    CHECK(text.rfind(std::string(k_hashed_roster_header) + "\n", 0) == 0);
    for (const char* name : {"ellie", "mason", "nell", "tyler", "bennett"}) {
        INFO(name);
        CHECK(text.find(name) == std::string::npos);
    }
    test::write_file(dir / "pupils.roster", text);
    auto roster = load_roster(dir / "pupils.roster", RosterKind::pupils);
    REQUIRE(roster);
    CHECK(roster->hashed());
    CHECK(roster->salt == k_salt);
    REQUIRE(roster->people.size() == 2);
    auto ellie = std::find_if(roster->people.begin(), roster->people.end(),
                              [](const Person& p) { return p.year_group == "Year 4"; });
    REQUIRE(ellie != roster->people.end());
    CHECK(ellie->name.empty());
    CHECK(ellie->birth_year == 2016);
    CHECK(ellie->class_name == "Oak");
    REQUIRE(ellie->hashed_names.size() == 3);
    auto has = [&](std::string_view form_text, NameForm form) {
        return std::any_of(ellie->hashed_names.begin(), ellie->hashed_names.end(), [&](const HashedName& h) {
            return h.form == form && h.digest == hash_name_form(k_salt, form_text);
        });
    };
    CHECK(has("ellie mason", NameForm::full));
    CHECK(has("nell mason", NameForm::nickname));
    CHECK(has("mason", NameForm::family));
    CHECK_FALSE(has("nell mason", NameForm::full));
}

TEST_CASE("hashed_roster: a CSV is still read as a CSV", "[profile]") {
    CHECK_FALSE(is_hashed_roster("name,year_group\nEllie Mason,Year 4\n"));
    CHECK_FALSE(is_hashed_roster("staff_audit_hashed_roster = 12\n"));
    CHECK(is_hashed_roster("\xEF\xBB\xBFstaff_audit_hashed_roster = 1\r\n"));
}

TEST_CASE("hashed_roster: bad files are errors that name the file and the problem", "[profile]") {
    struct Case {
        std::string text;
        std::string error; // what follows the file name
        RosterKind kind = RosterKind::pupils;
    };
    const std::string good = write_hashed_roster(RosterKind::pupils, two_people(), k_salt);
    const std::vector<Case> cases = {
        {good, " was hashed as a pupils roster but is listed under parents; hash the CSV again with --kind parents",
         RosterKind::parents},
        {with_line("salt", "salt = \"abc\""), ": salt is not 32 hex digits"},
        {with_line("kind", "kind = \"teachers\""), ": kind 'teachers' is not pupils, ex_pupils, parents or colleagues"},
        {with_line("hash", "hash = \"md5\""), ": hash must be \"blake2b-256(salt || form)\""},
        {with_line("people", "people = [ { year_group = \"Year 4\", full = [\"xyz\"] } ]"),
         ": person 1: full holds a value that is not a 64-digit hex hash"},
        {with_line("people", "people = [ { year_group = \"Year 4\", name = \"Ellie Mason\" } ]"),
         ": person 1: unknown key 'name'"},
        {with_line("people", "people = [ { year_group = \"Year 4\" } ]"), ": person 1 has no hashed names"},
        {with_line("people", "people = []"), " has no people in it"},
        {std::string(k_hashed_roster_header) + "\nkind = [\n", ": line 2: "},
    };
    for (const Case& c : cases) {
        INFO(c.text.substr(0, 400));
        const std::string error = load_error(c.text, c.kind);
        CHECK(error.rfind(c.error, 0) == 0);
    }
}
