// privacy.discoverability — findable by phone or e-mail, suggested to contacts, found by
// anyone, location shared, tags unreviewed, friend list public, indexed by search engines.
#include "checks/shared/check_util.hpp"
#include "checks/shared/privacy_util.hpp"

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"setting.find_by_phone", "true", true},
    {"setting.find_by_email", "Enabled", true},
    {"tiktok:setting.allow_others_to_find_me", "Enabled", true},
    {"tiktok:setting.suggest_to_contacts", "enabled", true},
    {"tiktok:setting.suggest_to_facebook_friends", "enabled", true},
    {"tiktok:setting.who_can_message", "Everyone", true},
    {"setting.location_sharing", "on", true},
    {"setting.contact_syncing", "true", true},
    {"setting.tag_review", "false", true},
    {"setting.future_posts_audience", "Everyone", true},
    {"setting.future_posts_audience", "Friends", false},
    {"facebook:setting.search_engine_indexing", "yes", true},
    {"setting.find_by_phone", "false", false},
    {"tiktok:setting.allow_others_to_find_me", "Disabled", false},
    {"tiktok:setting.suggest_to_contacts", "disabled", false},
    {"tiktok:setting.who_can_message", "Friends", false},
    {"setting.tag_review", "true", false},
    {"setting.comments_allowed_from", "People you follow", false},
    {"post", "Find me on the park run results page", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open Facebook > Settings & privacy > Settings > Audience and visibility > How people find and "
     "contact you.\n"
     "Set Who can look you up using the email address and the phone number you provided to Only "
     "me, and turn off Do you want search engines outside of Facebook to link to your profile?\n"
     "Set Who can see your friends list to Only me."},
    {Platform::instagram,
     "Open Instagram > Profile > Edit profile and turn off Show account suggestions on profiles.\n"
     "Open Menu (☰) > Accounts Center > Your information and permissions > Upload contacts and "
     "turn contact uploading off.\n"
     "Open Menu > Messages and story replies > Message controls and limit who can message you; "
     "Menu > Tags and mentions: Manually approve tags."},
    {Platform::x,
     "Open X > More > Settings and privacy > Privacy and safety > Discoverability and contacts and "
     "turn off Let people who have your email address find you and Let people who have your phone "
     "number find you.\n"
     "In Privacy and safety > Direct messages, allow messages from nobody you do not follow."},
    {Platform::tiktok,
     "Open TikTok > Profile > Menu (☰) > Settings and privacy > Privacy > Suggest your account to "
     "others and turn every option off (contacts, Facebook friends, mutual connections, people who "
     "open or send links to you).\n"
     "In the same Privacy menu set Direct messages to No one or Friends, and Comments to Friends.\n"
     "Turn off Privacy > Location services."},
    {Platform::linkedin,
     "Open LinkedIn > Me > Settings & Privacy > Visibility > Profile discovery using email address "
     "(and using phone number) and choose Nobody or 1st-degree connections.\n"
     "In Visibility > Edit your public profile, turn off Your profile's public visibility if search "
     "engines should not show you."},
};

enum class Risky { when_on, when_off, when_everyone };

// A setting (by its normalised name, or a name prefix ending in '_') that makes you findable.
struct Rule {
    std::string_view name;
    Risky risky;
    std::string_view meaning;
    bool weak; // a nudge rather than exposure: review
};

constexpr Rule k_rules[] = {
    {"find_by_phone", Risky::when_on, "people who have your phone number can find your account", false},
    {"find_by_email", Risky::when_on, "people who have your e-mail address can find your account", false},
    {"allow_others_to_find_me", Risky::when_on, "your account is suggested to people who may know you", false},
    {"suggest_", Risky::when_on, "your account is suggested to others (parents and pupils among them)", false},
    {"location_sharing", Risky::when_on, "your location is shared", false},
    {"search_engine_indexing", Risky::when_on, "search engines link to your profile", false},
    {"friend_list_visibility", Risky::when_everyone, "anyone can see your friends list", false},
    {"future_posts_audience", Risky::when_everyone, "anyone can see the posts you make from now on", false},
    {"who_can_message", Risky::when_everyone, "anyone, pupils included, can send you messages", false},
    {"tag_review", Risky::when_off, "posts you are tagged in appear without your review", false},
    {"contact_syncing", Risky::when_on,
     "your phone's contacts are uploaded, so the platform can suggest you to them", true},
    {"who_can_comment", Risky::when_everyone, "anyone can comment on your posts", true},
    {"comments_allowed_from", Risky::when_everyone, "anyone can comment on your posts", true},
};

const Rule* rule_for(std::string_view name) {
    for (const Rule& r : k_rules) {
        if (r.name == name) return &r;
        if (r.name.ends_with('_') && name.starts_with(r.name)) return &r;
    }
    return nullptr;
}

bool is_risky(const Rule& rule, std::string_view value) {
    switch (rule.risky) {
    case Risky::when_on: return setting_flag(value) == true || is_everyone(value);
    case Risky::when_off: return setting_flag(value) == false;
    case Risky::when_everyone: return is_everyone(value);
    }
    return false;
}

void report(CheckContext& ctx, const Export& ex, const Setting& s, const Rule& rule) {
    DraftFinding f;
    f.platform = ex.platform;
    f.location = location_of(s.source);
    f.evidence = (s.label.empty() ? s.name : s.label) + ": " + s.value;
    f.signals.push_back(std::string(rule.meaning));
    f.signals.push_back(setting_origin(s));
    f.confidence = rule.weak ? 0.5 : 0.9;
    f.weak = rule.weak;
    f.identity = s.name;
    ctx.report(std::move(f));
}

void run(CheckContext& ctx) {
    for (const Export& ex : ctx.exports()) {
        bool stated = false;
        for (const Setting& s : ex.settings) {
            const Rule* rule = rule_for(s.name);
            if (!rule) continue;
            // Only the latest value of a setting stated several times counts.
            if (latest_setting(ex, s.name) != &s) continue;
            stated = true;
            if (is_risky(*rule, s.value)) report(ctx, ex, s, *rule);
        }
        if (!stated)
            ctx.not_checkable(ex.platform, "export",
                              "does not say who can find you (by phone or e-mail, through "
                              "suggestions, by location): check these in the app's privacy "
                              "settings");
    }
}

} // namespace

extern const CheckInfo privacy_discoverability = {
    "privacy.discoverability",
    "Others can find you easily",
    "settings",
    "Finds settings that let people find or reach you without knowing your account: look-up by "
    "phone number or e-mail address, your account suggested to your phone's contacts or to "
    "people who may know you, location sharing, tags that appear without review, a public friends "
    "list, search-engine indexing, messages from anyone. Parents and pupils often have your phone "
    "number or e-mail address, so these settings lead them straight to your personal account. "
    "Where an export states none of these settings, the report says so.",
    k_examples,
    k_remedies,
    "Open the platform's privacy settings and turn off finding you by phone number or e-mail "
    "address, account suggestions and location sharing.",
    run,
};

} // namespace audit
