#pragma once
// Shared by contact.pupil and contact.parent: people from a roster among the account's
// friends, followers and the accounts it follows.
#include "checks/check_util.hpp"

namespace audit {

struct RosterRule {
    RosterKind roster;
    std::string_view who; // "pupil", "parent of a pupil"
    bool only_under_18 = false; // ex-pupils count only while under 18
};

// Runs the rule over every connection that is a standing relationship (friend, follower,
// following, close friend), matching display names and usernames against the roster.
void run_roster_contact(CheckContext& ctx, const RosterRule& rule);
bool is_standing_relation(Relation r);

} // namespace audit
