// personal.email — personal e-mail addresses in your profile or in what you post.
#include "checks/shared/personal_contact.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"post", "Send the photos to jordan.ellis77@example.com please", true},
    {"profile.email", "jordan.ellis77@example.com", true},
    {"comment", "email me at JORDAN.ELLIS77@EXAMPLE.COM", true},
    {"post", "Follow @jordan_runs on the club page", false},
    {"post", "Questions to office@riverside.sch.uk", false},
    {"message", "my email is jordan.ellis77@example.com", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "For a post: open it from Manage posts or the Activity log (filter by the date shown) and "
     "Edit or Delete it.\n"
     "For your profile: About > Contact and basic info, set each e-mail's audience to Only me."},
    {Platform::instagram, "Edit or delete the caption; remove the address from your bio and contact options (Edit profile > Contact options)."},
    {Platform::x, "Delete the post. Settings > Privacy and safety > Discoverability: turn off 'Let people who have your email address find you'."},
    {Platform::linkedin, "Me > Settings & Privacy > Visibility > Who can see or download your email address: Only visible to me."},
    {Platform::tiktok, "Edit or delete the caption or comment; remove the address from your bio."},
};

// A school address in a post is the school's, not a personal one: employer.content covers it.
bool on_school_domain(const std::string& address, const SchoolProfile& profile) {
    auto at = address.rfind('@');
    std::string domain = at == std::string::npos ? "" : address.substr(at + 1);
    return std::any_of(profile.domains.begin(), profile.domains.end(), [&](const std::string& d) {
        std::string ours = fold_key(d);
        std::string theirs = fold_key(domain);
        return theirs == ours ||
               (theirs.size() > ours.size() && theirs.ends_with(" " + ours));
    });
}

void run(CheckContext& ctx) {
    const SchoolProfile& profile = ctx.profile();
    run_contact_check(
        ctx, ContactRule{FieldKind::email, "e-mail address",
                         [](std::string_view text) { return find_emails(text); },
                         [&profile](const Found& found) {
                             return !on_school_domain(found.value, profile);
                         },
                         nullptr});
}

} // namespace

extern const CheckInfo personal_email = {
    "personal.email",
    "Your personal e-mail address visible",
    "profile, posts, comments",
    "Finds personal e-mail addresses in your profile and in what you post (addresses on the "
    "school's own domain are left to employer.content). Policies ask staff not to give pupils or "
    "parents personal contact details, and not to use personal e-mail for school business.",
    k_examples,
    k_remedies,
    "Remove the address from the item or your profile, or limit who can see it to Only me.",
    run,
};

} // namespace audit
