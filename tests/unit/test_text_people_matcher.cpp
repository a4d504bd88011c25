#include "audit/text/people_matcher.hpp"
#include "audit/text/name_forms.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using audit::PeopleMatcher;
using audit::Person;
using audit::Roster;

namespace {

Roster pupils() {
    Roster r;
    r.file = "pupils.csv";
    for (const char* name : {"Ellie Mason", "Tom Smith-Jones", "Ellie-May Brown", "Madonna",
                             "Okonkwo, Chidi", "Zoë Ångström", "Al Li"}) {
        Person p;
        p.name = name;
        r.people.push_back(p);
    }
    return r;
}

} // namespace

TEST_CASE("people_matcher: display names", "[text]") {
    struct Case {
        std::string display;
        std::string person; // "" when nobody should match
        double min_confidence;
        double max_confidence;
    };
    const std::vector<Case> cases = {
        {"Ellie Mason", "Ellie Mason", 0.9, 0.9},
        {"ELLIE  MASON \xF0\x9F\x8C\xB8", "Ellie Mason", 0.9, 0.9},
        {"Ellie Rose Mason", "Ellie Mason", 0.8, 0.89}, // middle name ignored
        {"E. Mason", "Ellie Mason", 0.5, 0.5},          // initial + family: weak
        {"Ellie M", "Ellie Mason", 0.4, 0.5},           // given + family initial: weak
        {"Tom Smith-Jones", "Tom Smith-Jones", 0.9, 0.9},
        {"Tom Smith Jones", "Tom Smith-Jones", 0.85, 0.9},
        {"Ellie-May Brown", "Ellie-May Brown", 0.9, 0.9},
        {"Ellie May Brown", "Ellie-May Brown", 0.85, 0.9},
        {"Ellie Brown", "Ellie-May Brown", 0.85, 0.9},
        {"Chidi Okonkwo", "Okonkwo, Chidi", 0.9, 0.9}, // roster written family-first
        {"Zoe Angstrom", "Zoë Ångström", 0.9, 0.9},    // diacritics folded
        {"Ellie", "", 0, 0},                           // a first name alone never matches
        {"Madonna", "", 0, 0},
        {"Ellie Smith", "", 0, 0},
        {"Tom Jones", "", 0, 0},
        {"Mason Ellie", "", 0, 0},
        {"", "", 0, 0},
    };
    const auto roster = pupils();
    const PeopleMatcher matcher(roster);
    for (const auto& c : cases) {
        INFO("display name: " << c.display);
        const auto match = matcher.match_name(c.display);
        if (c.person.empty()) {
            CHECK_FALSE(match.has_value());
            continue;
        }
        REQUIRE(match.has_value());
        REQUIRE(match->person != nullptr);
        CHECK(match->person->name == c.person);
        CHECK(match->confidence >= c.min_confidence);
        CHECK(match->confidence <= c.max_confidence);
        CHECK_FALSE(match->signals.empty());
    }
}

TEST_CASE("people_matcher: usernames", "[text]") {
    struct Case {
        std::string username;
        std::string person;
        double confidence;
    };
    const std::vector<Case> cases = {
        {"elliemason", "Ellie Mason", 0.75},
        {"ellie_mason09", "Ellie Mason", 0.75},
        {"Ellie.Mason", "Ellie Mason", 0.75},
        {"xx_elliemason_xx", "Ellie Mason", 0.75},
        {"masonellie", "Ellie Mason", 0.75},
        {"ellie.m_2014", "Ellie Mason", 0.45},
        {"elliem2014", "Ellie Mason", 0.45},
        {"tomsmithjones", "Tom Smith-Jones", 0.75},
        {"zoe.angstrom", "Zoë Ångström", 0.75},
        {"alli", "Al Li", 0.75}, // short names only as the whole user name
        {"ballistic", "", 0},    // ... never inside another word
        {"elliem", "", 0},       // initial form needs digits
        {"ellie2014", "", 0},    // a first name alone
        {"mason", "", 0},
        {"__2014__", "", 0},
        {"", "", 0},
    };
    const auto roster = pupils();
    const PeopleMatcher matcher(roster);
    for (const auto& c : cases) {
        INFO("username: " << c.username);
        const auto match = matcher.match_username(c.username);
        if (c.person.empty()) {
            CHECK_FALSE(match.has_value());
            continue;
        }
        REQUIRE(match.has_value());
        CHECK(match->person->name == c.person);
        CHECK(match->confidence == Approx(c.confidence));
        CHECK_FALSE(match->signals.empty());
    }
}

TEST_CASE("people_matcher: an empty roster matches nobody", "[text]") {
    const Roster empty;
    const PeopleMatcher matcher(empty);
    CHECK_FALSE(matcher.match_name("Ellie Mason").has_value());
    CHECK_FALSE(matcher.match_username("elliemason").has_value());
}

// ---------------------------------------------------------------------------------------------
// Nicknames, typos, titles, free text, and hashed rosters.

namespace {

using audit::NameForm;
using audit::NameHit;
using audit::RosterKind;

// Each person's year_group is a unique label, so a plain and a hashed roster (whose people are
// shuffled and nameless) can be compared.
Roster roster_of(RosterKind kind, std::vector<std::string> names) {
    Roster r;
    r.kind = kind;
    r.file = "roster.csv";
    for (std::size_t i = 0; i < names.size(); ++i) {
        Person p;
        p.name = names[i];
        p.year_group = "P" + std::to_string(i);
        r.people.push_back(p);
    }
    return r;
}

Roster class_roster() {
    return roster_of(RosterKind::pupils,
                     {"Ellie Mason", "Grace Holt", "Summer Reid", "Poppy Sinclair", "Jacob Wren",
                      "Eleanor Hart", "Zoë Ångström", "Theo Gallagher", "Ivy Collins",
                      "William Pike", "Alexander Doyle"});
}

Roster staff_roster() {
    return roster_of(RosterKind::colleagues, {"Mrs Amanda Clarke", "Mr Tom Whitfield"});
}

Roster hashed(const Roster& plain, bool full_names_only = false) {
    const auto salt = audit::new_roster_salt();
    const auto text = audit::write_hashed_roster(plain.kind, audit::forms_for_hashing(plain, full_names_only), salt);
    auto roster = audit::parse_hashed_roster(text, "roster.hashed", plain.kind);
    REQUIRE(roster);
    return *roster;
}

std::string label(const audit::Person* p) { return p ? p->year_group : ""; }

// "P0 full 'Ellie Mason'" for each hit, so a table row reads as what was found.
std::vector<std::string> describe(const std::vector<NameHit>& hits, std::string_view text) {
    std::vector<std::string> out;
    for (const NameHit& h : hits)
        out.push_back(label(h.person) + " " + std::string(audit::to_string(h.form)) + " '" +
                      std::string(text.substr(h.begin, h.end - h.begin)) + "'");
    return out;
}

struct TextCase {
    std::string text;
    std::vector<std::string> hits; // describe() of what must be found, in order
    bool plain_only = false;       // typos a hashed roster cannot see in free text
};

} // namespace

TEST_CASE("people_matcher: names in free text, hard cases", "[text]") {
    const std::vector<TextCase> cases = {
        {"Well done to Ellie Mason for the best Roman shield in Year 4!", {"P0 full 'Ellie Mason'"}},
        {"well done ELLIE MASON!", {"P0 full 'ELLIE MASON'"}},
        {"Ellie went home early", {}},                                   // first name alone
        {"She accepted defeat with good grace", {}},                     // ordinary words
        {"Said grace before Christmas dinner", {}},
        {"Summer reading challenge: Lily's on book six already", {}},
        {"Bought my poppy from the lovely man outside the shop", {}},
        {"A wren is nesting in the ivy by the back door!", {}},
        {"Daisy chains and Ivy everywhere, Collins dictionary open", {}}, // no school words
        {"Wren was brilliant in Year 4 today", {"P4 family 'Wren'"}},    // family + school words
        {"wren was brilliant in Year 4 today", {}},                      // not written as a name
        {"Wren was brilliant today", {}},                                // no school words
        {"Nell Hart came top in the spelling test", {"P5 nickname 'Nell Hart'"}},
        {"Ellie Hart and Eleanor Hart", {"P5 nickname 'Ellie Hart'", "P5 full 'Eleanor Hart'"}},
        {"Will Pike and Alex Doyle", {"P9 nickname 'Will Pike'", "P10 nickname 'Alex Doyle'"}},
        {"Sasha Doyle scored", {"P10 nickname 'Sasha Doyle'"}},
        {"Elie Mason did well", {"P0 typo_given 'Elie Mason'"}},
        {"Ellie Mason's shield", {"P0 full 'Ellie Mason'"}},
        {"Ellie Masn did well", {"P0 typo_family 'Ellie Masn'"}},
        {"elie mason did well", {}},                                     // typo in lower case
        {"Ellei Mason did well", {"P0 typo_given 'Ellei Mason'"}, true}, // swap: plain only
        {"Zoe Angstrom and ZOË ÅNGSTRÖM", {"P6 full 'Zoe Angstrom'", "P6 full 'ZOË ÅNGSTRÖM'"}},
        {"#EllieMason #proud", {"P0 squashed 'EllieMason'"}},
        {"Theo Gallagher, Thoe Gallagher", {"P7 full 'Theo Gallagher'"}}, // 4 letters: no typos
        {"The Gallagher brothers", {}},
        {"Grace Holt's mum said hi", {"P1 full 'Grace Holt'"}},
        {"Will Grace came round", {}},
    };
    const Roster plain = class_roster();
    const Roster hashed_roster = hashed(plain);
    const PeopleMatcher plain_matcher(plain);
    const PeopleMatcher hashed_matcher(hashed_roster);
    CHECK(hashed_matcher.hashed());
    for (const TextCase& c : cases) {
        INFO("text: " << c.text);
        CHECK(describe(plain_matcher.find_in_text(c.text), c.text) == c.hits);
        if (!c.plain_only) CHECK(describe(hashed_matcher.find_in_text(c.text), c.text) == c.hits);
    }
}

TEST_CASE("people_matcher: a family name alone is weak and says why", "[text]") {
    const Roster plain = class_roster();
    const PeopleMatcher matcher(plain);
    const auto hits = matcher.find_in_text("Wren was brilliant in my class today");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].weak);
    CHECK(hits[0].confidence < 0.6);
    CHECK(hits[0].signals.size() >= 2); // the form, and the school words
}

TEST_CASE("people_matcher: typos in lower case are still masked", "[text]") {
    const Roster plain = class_roster();
    const PeopleMatcher matcher(plain);
    audit::TextOptions masking;
    masking.for_masking = true;
    CHECK(matcher.find_in_text("elie mason did well").empty());
    CHECK(matcher.find_in_text("elie mason did well", masking).size() == 1);
}

TEST_CASE("people_matcher: colleagues by title and family name", "[text]") {
    const Roster staff = staff_roster();
    for (const Roster& roster : {staff, hashed(staff)}) {
        const PeopleMatcher matcher(roster);
        INFO("hashed: " << roster.hashed());
        const std::string rant = "Mrs Clarke hasn't got a clue what goes on in a classroom";
        CHECK(describe(matcher.find_in_text(rant), rant) ==
              std::vector<std::string>{"P0 title_family 'Mrs Clarke'"});
        CHECK(describe(matcher.find_in_text("Ms Clarke said"), "Ms Clarke said") ==
              std::vector<std::string>{"P0 title_family 'Ms Clarke'"});
        CHECK(matcher.find_in_text("Mr Clarke said").empty()); // she is Mrs Clarke
        CHECK(matcher.find_in_text("Clarke said no").empty());
        CHECK(label(matcher.match_name("amanda clarke") ? matcher.match_name("amanda clarke")->person : nullptr) == "P0");
        CHECK(label(matcher.match_name("Mrs Amanda Clarke")->person) == "P0");
        CHECK(matcher.match_name("Mr Whitfield")->confidence == Approx(0.5));
        CHECK_FALSE(matcher.match_name("Amanda").has_value());
    }
}

TEST_CASE("people_matcher: display names with nicknames and typos, plain and hashed", "[text]") {
    struct Case {
        std::string display;
        std::string person; // label, "" for nobody
        NameForm form;
        double confidence;
    };
    const std::vector<Case> cases = {
        {"Ellie Mason", "P0", NameForm::full, 0.9},
        {"Elie Mason", "P0", NameForm::typo_given, 0.55},      // a letter left out
        {"Elliee Mason", "P0", NameForm::typo_given, 0.55},    // a letter added
        {"Ellie Masen", "P0", NameForm::typo_family, 0.55},    // the wrong letter
        {"Ellie Maosn", "P0", NameForm::typo_family, 0.55},    // two letters swapped
        {"Elie Masen", "", NameForm::full, 0},                 // a typo in both words
        {"Nell Hart", "P5", NameForm::nickname, 0.75},
        {"Nellie Rose Hart", "P5", NameForm::nickname, 0.7},   // middle name ignored
        {"Bill Pike", "P9", NameForm::nickname, 0.75},
        {"Thoe Gallagher", "", NameForm::full, 0},             // four letters: no typos
        {"Will Grace", "", NameForm::full, 0},
        {"Ellie Foster", "", NameForm::full, 0},
        {"Grace", "", NameForm::full, 0},
        {"Zoe Angstrom", "P6", NameForm::full, 0.9},
        {"E. Mason", "P0", NameForm::initial_family, 0.5},
        {"Ellie M", "P0", NameForm::given_initial, 0.45},
    };
    const Roster plain = class_roster();
    const Roster hashed_roster = hashed(plain);
    for (const Roster* roster : {&plain, &hashed_roster}) {
        const PeopleMatcher matcher(*roster);
        for (const Case& c : cases) {
            INFO((roster->hashed() ? "hashed: " : "plain: ") << c.display);
            const auto match = matcher.match_name(c.display);
            if (c.person.empty()) {
                CHECK_FALSE(match.has_value());
                continue;
            }
            REQUIRE(match.has_value());
            CHECK(label(match->person) == c.person);
            CHECK(match->form == c.form);
            CHECK(match->confidence == Approx(c.confidence));
            CHECK_FALSE(match->signals.empty());
        }
        CHECK(label(matcher.match_username("ellie.m_2014")->person) == "P0");
        CHECK(label(matcher.match_username("xx_elliemason_xx")->person) == "P0");
        CHECK_FALSE(matcher.match_username("mason").has_value());
    }
}

TEST_CASE("people_matcher: the one typo a hashed roster accepts and a plain one does not", "[text]") {
    // "Asonx": 'm' left out and 'x' added elsewhere, distance 2. With hashes only the
    // one-letter-less forms can be compared, and both are "ason" (docs/hashed-rosters.md).
    const Roster plain = class_roster();
    CHECK_FALSE(PeopleMatcher(plain).match_name("Ellie Asonx").has_value());
    const Roster hashed_roster = hashed(plain);
    const auto match = PeopleMatcher(hashed_roster).match_name("Ellie Asonx");
    REQUIRE(match.has_value());
    CHECK(match->form == NameForm::typo_family);
    // In free text a hashed roster finds a letter left out only.
    CHECK(PeopleMatcher(hashed_roster).find_in_text("Ellie Masen came").empty());
    CHECK(PeopleMatcher(plain).find_in_text("Ellie Masen came").size() == 1);
}

TEST_CASE("people_matcher: a full-names-only hashed roster has no partial forms", "[text]") {
    const Roster strict = hashed(class_roster(), true);
    const PeopleMatcher matcher(strict);
    CHECK(matcher.match_name("Ellie Mason").has_value());
    CHECK_FALSE(matcher.match_name("E. Mason").has_value());
    CHECK_FALSE(matcher.match_username("ellie.m_2014").has_value());
    CHECK(matcher.find_in_text("Wren was brilliant in Year 4 today").empty());
}

TEST_CASE("people_matcher: thousands of names over a long text in one pass", "[text]") {
    // 3 000 different names: 10 given names by 300 family names made of English place-name parts.
    const std::vector<std::string> given = {"Amelia", "Oliver", "Isla", "George", "Ava",
                                            "Noah", "Freya", "Arthur", "Lily", "Leo"};
    const std::vector<std::string> heads = {"Ash", "Brad", "Carl", "Dun", "Ever", "Fair", "Grim",
                                            "Hart", "Ing", "Kings", "Lang", "Mar", "North", "Ox",
                                            "Pen", "Rad", "Stan", "Thorn", "Wal", "York"};
    const std::vector<std::string> tails = {"ford", "ley", "ton", "wood", "field", "well", "by", "ham",
                                            "worth", "more", "stead", "combe", "bury", "dale", "hurst"};
    std::vector<std::string> names;
    for (const auto& g : given)
        for (const auto& h : heads)
            for (const auto& t : tails) names.push_back(g + " " + h + t);
    const Roster big = roster_of(RosterKind::pupils, names);
    REQUIRE(big.people.size() == 3000);
    const PeopleMatcher matcher(big);
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "An ordinary post about the garden and the weather. ";
    text += big.people[1234].name + " was mentioned, and Nowhere Fairford was not.";
    const auto hits = matcher.find_in_text(text);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].person == &big.people[1234]);
}
