// personal.phone — phone numbers in your profile or in what you post.
#include "checks/shared/personal_contact.hpp"

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"post", "Text me on 07700 900461 if you need a lift", true},
    {"comment", "ring me: +44 7700 900461", true},
    {"post", "Landline is (01225) 466 123 now", true},
    {"profile.phone", "+447700900461", true},
    {"post", "Booked for 2024 03 14 0930 at the dentist", false},
    {"post", "Marathon training: 14/03/2024, 10:30-11:45, 21.1 km", false},
    {"message", "my number is 07700 900461", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "For a post: open it from Manage posts or the Activity log (filter by the date shown) and "
     "Edit or Delete it.\n"
     "For your profile: Settings & privacy > Settings > Accounts Center > Personal details > "
     "Contact info, and on your profile About > Contact and basic info set the number to Only me."},
    {Platform::instagram, "Edit or delete the post or caption. Settings > Accounts Center > Personal details keeps your number private; remove it from your bio."},
    {Platform::x, "Delete the post (X cannot edit old posts). Settings > Privacy and safety > Discoverability: turn off 'Let people who have your phone number find you'."},
    {Platform::linkedin, "Edit the post or profile section. Me > Settings & Privacy > Visibility > Profile viewing options and Edit your contact info: hide your phone."},
    {Platform::tiktok, "Edit or delete the video caption or comment; remove the number from your bio."},
};

void run(CheckContext& ctx) {
    run_contact_check(ctx, ContactRule{FieldKind::phone, "phone number",
                                       [](std::string_view text) { return find_phones(text); },
                                       nullptr, nullptr});
}

} // namespace

extern const CheckInfo personal_phone = {
    "personal.phone",
    "Your phone number visible",
    "profile, posts, comments",
    "Finds phone numbers (UK and international, any common format) in your profile and in what "
    "you post. Policies ask staff never to share personal contact details where pupils or "
    "parents could find them.",
    k_examples,
    k_remedies,
    "Delete or edit the item to remove the number, and set your profile's phone to Only me.",
    run,
};

} // namespace audit
