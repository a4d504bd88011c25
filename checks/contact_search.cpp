// contact.search — searches for pupils, parents or colleagues in the account's search history.
#include "checks/shared/roster_contact.hpp"

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"search", "Ellie Mason", true},
    {"search", "rachel mason", true},      // a parent
    {"search", "amanda clarke", true},     // a colleague (roster: "Mrs Amanda Clarke")
    {"search", "Mrs Clarke", true},        // a colleague by title (weak)
    {"search", "elie mason", true},        // a typo: review
    {"search", "ellie mason riverside", true},
    {"search", "ellie foster", false},     // shares only the first name with a pupil
    {"search", "yoga classes near me", false},
    {"search", "mason jars", false},
    {"search", "grace", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Facebook > Settings & privacy > Activity log > Logged actions and other activity > Search "
     "history: remove the search (or Clear searches).\n"
     "Do not look up pupils, parents or colleagues on your personal account; if you need to "
     "check something, ask the designated safeguarding lead."},
    {Platform::instagram, "Your activity > Recent searches > remove the search (or Clear all)."},
    {Platform::x, "Search > Recent > remove the search (or Clear all)."},
    {Platform::linkedin, "Settings > Data privacy > Search history > Clear all history."},
    {Platform::tiktok, "Search > Recent searches > remove it (or Clear all)."},
};

const RosterRule k_rules[] = {
    k_pupil_rules[0],
    k_pupil_rules[1],
    {RosterKind::parents, "parent of a pupil", false},
    {RosterKind::colleagues, "colleague", false},
};

// A query is a name ("rachel mason"), a name with more words ("ellie mason riverside"), or a
// name written in a longer phrase: the display-name match (typos allowed) first, then the
// strongest name found in the query as text.
std::optional<PersonMatch> match_query(const PeopleMatcher& people, const std::string& query) {
    if (auto match = people.match_name(query)) return match;
    std::optional<PersonMatch> best;
    for (const NameHit& hit : people.find_in_text(query))
        if (!hit.weak && (!best || hit.confidence > best->confidence))
            best = PersonMatch{hit.person, hit.confidence, hit.signals, hit.form};
    return best;
}

void run(CheckContext& ctx) {
    for (const Export& ex : ctx.exports()) {
        for (const Search& s : ex.searches) {
            for (const RosterRule& rule : k_rules) {
                const PeopleMatcher* people = ctx.facts().people(rule.roster);
                if (!people) continue;
                auto match = match_query(*people, s.query);
                if (!match) continue;
                DraftFinding f;
                f.platform = ex.platform;
                f.location = location_of(s.source);
                f.evidence = "search: " + s.query;
                add_match(f, *match, rule);
                if (!counts(rule, *match->person, year_of(s.time), f)) continue;
                f.identity = "search:" + s.query;
                ctx.report(std::move(f));
                break; // one finding per search: pupils first, then parents, then colleagues
            }
        }
    }
}

} // namespace

extern const CheckInfo contact_search = {
    "contact.search",
    "A search for a pupil, parent or colleague",
    "search history",
    "Finds searches in your account's search history for pupils (and ex-pupils under 18), "
    "parents and colleagues, by matching the school's rosters (plain or hashed; nicknames and "
    "one-letter typos at lower confidence). Policies forbid using online resources to seek "
    "information on pupils, parents or colleagues.",
    k_examples,
    k_remedies,
    "Remove the search from your search history, and do not look up pupils, parents or "
    "colleagues on your personal account.",
    run,
};

} // namespace audit
