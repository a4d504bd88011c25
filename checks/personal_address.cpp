// personal.address — a home address or postcode in your profile or in what you post.
#include "checks/shared/personal_contact.hpp"
#include "audit/text/normalise.hpp"
#include <array>

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"post", "Finally moved into 14 Orchard Close, Bath BA2 5QT!", true},
    {"comment", "we're at 3 Mill Lane, BA2 5QT if you want to drop round", true},
    {"profile.address", "14 Orchard Close, Bath", true},
    {"post", "Parcel for BA2 5QT went missing again", true},
    {"post", "Riverside Primary, BA1 2AB: fair on Saturday", false},
    {"post", "Ran 10k along the river in 52 minutes", false},
    {"message", "my address is 14 Orchard Close, BA2 5QT", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "For a post: open it from Manage posts or the Activity log (filter by the date shown) and "
     "Edit it to remove the address, or Delete it.\n"
     "For your profile: About > Contact and basic info and Places lived: remove the address or "
     "set it to Only me."},
    {Platform::instagram, "Edit the caption or delete the post; remove any location tag at your home."},
    {Platform::x, "Delete the post (X cannot edit old posts)."},
    {Platform::linkedin, "Edit the post or your profile's contact info to remove the address."},
    {Platform::tiktok, "Edit or delete the caption, and remove any location at your home."},
};

// Words that make a postcode nearby look like someone's address rather than a place name.
constexpr std::array<std::string_view, 24> k_address_words = {
    " road ", " street ", " st ", " close ", " avenue ", " lane ", " drive ", " way ",
    " crescent ", " place ", " court ", " gardens ", " terrace ", " grove ", " mews ", " row ",
    " moved ", " live ", " living ", " address ", " new house ", " our house ", " my house ",
    " flat ",
};

bool near_address_words(std::string_view text, const Found& found) {
    std::size_t from = found.begin > 120 ? found.begin - 120 : 0;
    std::string window = " " + fold_key(text.substr(from, found.end - from)) + " ";
    for (std::string_view w : k_address_words)
        if (window.find(w) != std::string::npos) return true;
    return false;
}

void run(CheckContext& ctx) {
    std::string school_postcode = normalise_postcode(ctx.profile().postcode);
    run_contact_check(
        ctx, ContactRule{FieldKind::address, "address",
                         [](std::string_view text) { return find_postcodes(text); },
                         // The school's own postcode is not your home; employer checks cover it.
                         [school_postcode](const Found& found) {
                             return school_postcode.empty() || found.value != school_postcode;
                         },
                         [](std::string_view text, const Found& found, DraftFinding& f) {
                             if (near_address_words(text, found)) {
                                 f.signals.push_back("street or moving words near the postcode");
                                 f.confidence = std::max(f.confidence, 0.85);
                             } else {
                                 f.signals.push_back("a postcode alone: may be a shop or a venue");
                                 f.confidence = std::min(f.confidence, 0.45);
                             }
                         }});
}

} // namespace

extern const CheckInfo personal_address = {
    "personal.address",
    "Your home address visible",
    "profile, posts, comments",
    "Finds a home address or UK postcode in your profile or in what you post, and weighs the "
    "words around it (street names, 'moved into'). Policies ask staff not to publish personal "
    "details such as their address, which lets pupils or parents find them at home.",
    k_examples,
    k_remedies,
    "Remove the address from the item or your profile.",
    run,
};

} // namespace audit
