#include "checks/shared/roster_contact.hpp"

namespace audit {

namespace {

constexpr double k_weak_match = 0.6;
// Born this many years before the year in question: certainly 18 or over by its end.
constexpr int k_adult_age = 19;

} // namespace

std::optional<PersonMatch> match_person(const PeopleMatcher& people, std::string_view display_name,
                                        std::string_view username) {
    std::optional<PersonMatch> best;
    if (!display_name.empty()) best = people.match_name(display_name);
    if (!username.empty()) {
        auto by_username = people.match_username(username);
        if (by_username && (!best || by_username->confidence > best->confidence)) best = by_username;
    }
    return best;
}

// An ex-pupil counts while under 18; without a birth year we cannot tell, so say so.
bool counts(const RosterRule& rule, const Person& p, int year, DraftFinding& f) {
    if (!rule.only_under_18) return true;
    if (p.birth_year == 0) {
        f.signals.push_back("no birth year in the roster: may be an adult now");
        f.weak = true;
        return true;
    }
    if (year - p.birth_year >= k_adult_age) return false;
    f.signals.push_back("born " + std::to_string(p.birth_year) + ": under 18");
    return true;
}

std::string roster_detail(const Person& p, std::string_view who) {
    std::string out = std::string(who) + " on the school's roster";
    if (!p.year_group.empty()) out += " (" + p.year_group + ")";
    return out;
}

void add_match(DraftFinding& f, const PersonMatch& match, const RosterRule& rule) {
    f.confidence = match.confidence;
    for (const std::string& s : match.signals) f.signals.push_back(s);
    f.signals.push_back(roster_detail(*match.person, rule.who));
    f.weak = f.weak || match.confidence < k_weak_match;
}

bool is_standing_relation(Relation r) {
    return r == Relation::friend_ || r == Relation::follower || r == Relation::following ||
           r == Relation::close_friend;
}

void run_roster_contact(CheckContext& ctx, const RosterRule& rule, bool (*wanted)(Relation)) {
    const PeopleMatcher* people = ctx.facts().people(rule.roster);
    if (!people) return;
    if (!wanted) wanted = is_standing_relation;
    for (const Export& ex : ctx.exports()) {
        for (const Connection& c : ex.connections) {
            if (!wanted(c.relation)) continue;
            auto match = match_person(*people, c.display_name, c.username);
            if (!match) continue;
            DraftFinding f;
            f.platform = ex.platform;
            f.location = location_of(c.source);
            f.evidence = std::string(describe(c.relation)) + ": " +
                         (c.display_name.empty() ? c.username : c.display_name);
            add_match(f, *match, rule);
            // A standing connection counts by today's age; a request by the age when it was made.
            const bool standing = is_standing_relation(c.relation);
            if (!counts(rule, *match->person, year_of(standing ? 0 : c.since), f)) continue;
            f.identity = std::string(to_string(c.relation)) + ":" + c.display_name + ":" + c.username;
            ctx.report(std::move(f));
        }
    }
}

} // namespace audit
