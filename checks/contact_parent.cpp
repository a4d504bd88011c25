// contact.parent — parents of pupils among friends and followers (advisory).
#include "checks/shared/roster_contact.hpp"

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"friend", "Rachel Mason", true},
    {"follower", "rachel mason", true},
    {"friend", "Rachel Green", false},
    {"suggested", "Rachel Mason", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Consider whether this friendship could draw you into school matters; policies strongly "
     "advise against it.\n"
     "To keep the friend but share less: Friends > … > Edit friend list > Restricted.\n"
     "To end it: Friends > … > Unfriend. Never discuss school business here."},
    {Platform::instagram, "Consider removing the follower (Profile > Followers > Remove) or adding them to Restricted."},
    {Platform::x, "Consider removing the follower and protecting your posts."},
    {Platform::linkedin, "A professional connection may be fine; never discuss pupils or school business with them here."},
    {Platform::tiktok, "Consider removing the follower (Profile > Followers > Remove)."},
};

void run(CheckContext& ctx) {
    run_roster_contact(ctx, RosterRule{RosterKind::parents, "parent", false});
}

} // namespace

extern const CheckInfo contact_parent = {
    "contact.parent",
    "A pupil's parent among your friends or followers",
    "friends, followers, following",
    "Finds parents of pupils (from the school's parent roster) among your friends, followers and "
    "the accounts you follow. Policies strongly advise staff not to be friends with parents on "
    "personal accounts, and never to discuss school matters with them there.",
    k_examples,
    k_remedies,
    "Consider ending or restricting the connection; never discuss school business there.",
    run,
};

} // namespace audit
