#pragma once
// Shared by the roster checks (contact.pupil, contact.parent, contact.pupil-request,
// contact.pupil-message, contact.search, confidential.pupil-name): people from the school's
// rosters, plain or hashed, among connections, message participants, searches and text.
#include "checks/shared/check_util.hpp"

namespace audit {

struct RosterRule {
    RosterKind roster;
    std::string_view who; // "pupil", "parent of a pupil"
    bool only_under_18 = false; // ex-pupils count only while under 18
};

// The pupil rules every pupil check applies: current pupils, and ex-pupils while under 18.
inline constexpr RosterRule k_pupil_rules[] = {
    {RosterKind::pupils, "pupil", false},
    {RosterKind::ex_pupils, "ex-pupil", true},
};

// Runs the rule over every connection whose relation `wanted` accepts (friend, follower,
// following, close friend for contact.pupil), matching display names and usernames against the
// roster; `ctx` gets one finding per person found.
void run_roster_contact(CheckContext& ctx, const RosterRule& rule,
                        bool (*wanted)(Relation) = nullptr);
bool is_standing_relation(Relation r);

// The best match of a display name or a user name.
std::optional<PersonMatch> match_person(const PeopleMatcher& people, std::string_view display_name,
                                        std::string_view username = {});
// Whether `p` counts under `rule` in `year` (an ex-pupil only while under 18); adds the
// signal that says so, and marks the finding weak when the roster has no birth year.
bool counts(const RosterRule& rule, const Person& p, int year, DraftFinding& f);
// "pupil on the school's roster (Year 4)": never a name, so hashed rosters read the same.
std::string roster_detail(const Person& p, std::string_view who);
// The match's confidence and signals into the finding; weak below 0.6 (a typo, initials).
void add_match(DraftFinding& f, const PersonMatch& match, const RosterRule& rule);

} // namespace audit
