// contact.pupil — a current pupil, or an ex-pupil under 18, among friends and followers.
#include "checks/shared/roster_contact.hpp"

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"friend", "Ellie Mason", true},
    {"follower", "ELLIE MASON", true},
    {"following", "Ellie Mason", true},
    {"friend", "Ellie Watts", false},
    {"friend", "Ellie", false},
    {"friend", "Will Grace", false},
    {"request_received", "Ellie Mason", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Tell the designated safeguarding lead first, so the school knows and can advise.\n"
     "Then open Facebook > your profile > Friends, find the person, and choose … > Unfriend.\n"
     "If they are family, declare it to the school instead and mark this finding accepted with "
     "that reason (staff-audit accept)."},
    {Platform::instagram, "Tell the designated safeguarding lead. Then Profile > Followers, find the account > Remove; set your account to Private."},
    {Platform::x, "Tell the designated safeguarding lead. Then remove the follower (their profile > … > Remove this follower) and protect your posts."},
    {Platform::linkedin, "Tell the designated safeguarding lead. Then My Network > Connections > … > Remove connection."},
    {Platform::tiktok, "Tell the designated safeguarding lead. Then Profile > Followers > … > Remove this follower; set your account to Private."},
};

void run(CheckContext& ctx) {
    run_roster_contact(ctx, RosterRule{RosterKind::pupils, "pupil", false});
    run_roster_contact(ctx, RosterRule{RosterKind::ex_pupils, "ex-pupil", true});
}

} // namespace

extern const CheckInfo contact_pupil = {
    "contact.pupil",
    "A pupil among your friends or followers",
    "friends, followers, following",
    "Finds current pupils, and ex-pupils still under 18, among your friends, followers and the "
    "accounts you follow, by matching the school's pupil roster (plain or hashed). Every policy "
    "forbids staff from being friends with pupils on personal accounts.",
    k_examples,
    k_remedies,
    "Tell the designated safeguarding lead, then remove the connection.",
    run,
};

} // namespace audit
