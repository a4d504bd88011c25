#include "checks/roster_contact.hpp"

namespace audit {

namespace {

std::optional<PersonMatch> match_connection(const PeopleMatcher& people, const Connection& c) {
    std::optional<PersonMatch> best;
    if (!c.display_name.empty()) best = people.match_name(c.display_name);
    if (!c.username.empty()) {
        auto by_username = people.match_username(c.username);
        if (by_username && (!best || by_username->confidence > best->confidence)) best = by_username;
    }
    return best;
}

// An ex-pupil counts while under 18; without a birth year we cannot tell, so say so.
bool under_18(const Person& p, DraftFinding& f) {
    if (p.birth_year == 0) {
        f.signals.push_back("no birth year in the roster: may be an adult now");
        f.weak = true;
        return true;
    }
    int age = year_of(0) - p.birth_year;
    if (age >= 19) return false;
    f.signals.push_back("born " + std::to_string(p.birth_year) + ": under 18");
    return true;
}

std::string roster_detail(const Person& p, std::string_view who) {
    std::string out = std::string(who) + " on the school's roster";
    if (!p.year_group.empty()) out += " (" + p.year_group + ")";
    return out;
}

} // namespace

bool is_standing_relation(Relation r) {
    return r == Relation::friend_ || r == Relation::follower || r == Relation::following ||
           r == Relation::close_friend;
}

void run_roster_contact(CheckContext& ctx, const RosterRule& rule) {
    const PeopleMatcher* people = ctx.facts().people(rule.roster);
    if (!people) return;
    for (const Export& ex : ctx.exports()) {
        for (const Connection& c : ex.connections) {
            if (!is_standing_relation(c.relation)) continue;
            auto match = match_connection(*people, c);
            if (!match) continue;
            DraftFinding f;
            f.platform = ex.platform;
            f.location = location_of(c.source);
            f.evidence = std::string(describe(c.relation)) + ": " +
                         (c.display_name.empty() ? c.username : c.display_name);
            f.confidence = match->confidence;
            f.signals = match->signals;
            f.signals.push_back(roster_detail(*match->person, rule.who));
            if (rule.only_under_18 && !under_18(*match->person, f)) continue;
            f.weak = f.weak || match->confidence < 0.6;
            f.identity = std::string(to_string(c.relation)) + ":" + c.display_name + ":" + c.username;
            ctx.report(std::move(f));
        }
    }
}

} // namespace audit
