// Profile/"Profile Info"/ProfileMap (≤2023 "Profile Information", 2026 also under "Profile And
// Settings") and App Settings/Settings/SettingsMap, with the settings' names normalised across
// platforms and their platform labels kept.
#include "audit/importers/tiktok_json_internal.hpp"
#include <array>
#include <cstdio>

namespace audit::tiktok {

namespace {

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

// "Who Can Send Me Message" → "who_can_send_me_message".
std::string snake_case(std::string_view label) {
    std::string out;
    for (char c : label) {
        const bool word_char =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (word_char)
            out += lower(c);
        else if (!out.empty() && out.back() != '_')
            out += '_';
    }
    while (!out.empty() && out.back() == '_')
        out.pop_back();
    return out;
}

struct ProfileWriter {
    Context& ctx;

    void add(FieldKind kind, std::string label, std::optional<std::string> value) {
        if (!value) return;
        std::string item = "profile " + std::string(to_string(kind)) + ": " + *value;
        ctx.out.profile.push_back(ProfileField{kind, std::move(label), std::move(*value),
                                               source(ctx, std::move(item)), true});
    }
};

// "04-Jul-2002" → "2002-07-04"; anything else (the test account's "17-Dec-20xx") as written.
std::string birthday_of(const std::string& text) {
    constexpr std::array<std::string_view, 12> k_months = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    int day = 0, year = 0;
    char month[4] = {};
    char tail = 0;
    if (std::sscanf(text.c_str(), "%2d-%3[A-Za-z]-%4d%c", &day, month, &year, &tail) != 3 ||
        text.size() != 11)
        return text;
    for (std::size_t i = 0; i < k_months.size(); ++i) {
        if (!iequals(month, k_months[i])) continue;
        char buf[48];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, static_cast<int>(i) + 1, day);
        return buf;
    }
    return text;
}

void add_profile_map(Context& ctx, const JsonValue& map) {
    ProfileWriter w{ctx};
    auto username = field(map, {"userName", "Username", "UserName"});
    auto display = field(map, {"displayName", "Display Name", "DisplayName"});
    if (username) ctx.owner_username = *username;
    if (ctx.out.owner.empty()) ctx.out.owner = display.value_or(username.value_or(""));
    w.add(FieldKind::username, "ProfileMap.userName", username);
    w.add(FieldKind::name, "ProfileMap.displayName", display);
    w.add(FieldKind::bio, "ProfileMap.bioDescription",
          field(map, {"bioDescription", "Bio Description"}));
    if (auto birth = field(map, {"birthDate", "Birth Date"}))
        w.add(FieldKind::birthday, "ProfileMap.birthDate", birthday_of(*birth));
    w.add(FieldKind::email, "ProfileMap.emailAddress",
          field(map, {"emailAddress", "Email Address"}));
    w.add(FieldKind::phone, "ProfileMap.telephoneNumber",
          field(map, {"telephoneNumber", "Telephone Number"}));
    for (std::string_view key : {"instagramLink", "youtubeLink", "lemon8Link"})
        w.add(FieldKind::website, "ProfileMap." + std::string(key), field(map, {key}));
    // Accounts on other platforms linked to this one, by their display name there.
    for (const JsonValue& platform : map.get("PlatformInfo").items()) {
        auto name = field(platform, {"Name"});
        w.add(FieldKind::name, "ProfileMap.PlatformInfo." + field_or_empty(platform, {"Platform"}),
              name);
    }
}

struct SettingName {
    std::string_view label;
    std::string_view name;
};

// TikTok's labels → the model's names (activity.hpp); others are snake-cased.
constexpr SettingName k_setting_names[] = {
    {"Private Account", "private_account"},
    {"Allow Others to Find Me", "allow_others_to_find_me"},
    {"Who Can Send Me Message", "who_can_message"},
    {"Who Can Post Comments", "who_can_comment"},
    {"Who Can Duet With Me", "who_can_duet"},
    {"Who Can Stitch with your videos", "who_can_stitch"},
    {"Who Can View Videos I Liked", "who_can_view_liked_videos"},
    {"Allow DownLoad", "allow_download"},
    {"Allow Reuse of Content", "allow_reuse_of_content"},
    {"Suggest your account to contacts", "suggest_to_contacts"},
    {"Suggest your account to Facebook friends", "suggest_to_facebook_friends"},
    {"Suggest your account to people who open or send links to you", "suggest_to_link_openers"},
    {"Filter Comments", "filter_comments"},
    {"Personalized Ads", "personalized_ads"},
};

std::string setting_name(std::string_view label) {
    for (const SettingName& s : k_setting_names)
        if (iequals(label, s.label)) return std::string(s.name);
    return snake_case(label);
}

} // namespace

// Switches as "true"/"false", as the Instagram importer writes private_account.
std::string setting_value(std::string_view value) {
    for (std::string_view yes : {"Enabled", "On", "Yes", "True"})
        if (iequals(value, yes)) return "true";
    for (std::string_view no : {"Disabled", "Off", "No", "False"})
        if (iequals(value, no)) return "false";
    for (std::string_view me : {"Myself", "Only Me", "Only You", "Only me"})
        if (iequals(value, me)) return "only_me";
    if (iequals(value, "No One") || iequals(value, "Nobody")) return "no_one";
    return snake_case(value);
}

void import_profile(Context& ctx, const JsonValue& root) {
    std::string path;
    const JsonValue map = walk(root,
                               {{"Profile", "Profile And Settings"},
                                {"Profile Info", "Profile Information"},
                                {"ProfileMap"}},
                               path);
    if (map.is_object())
        add_profile_map(ctx, map);
    else if (map.exists())
        ctx.out.problems.push_back(
            {ctx.file, path + " is not an object; the profile was left out"});
    else
        ctx.out.skipped.push_back({"profile", "this TikTok export has no profile section (a "
                                              "partial download): the profile was not checked"});

    path.clear();
    const JsonValue settings =
        walk(root, {{"App Settings", "Profile And Settings"}, {"Settings"}, {"SettingsMap"}}, path);
    for (const JsonMember& m : settings.members()) {
        // Nested groups (push notifications, content preferences) are not privacy settings.
        auto value = present(m.value);
        if (!value || !m.value.is_string()) continue;
        Setting s;
        s.name = setting_name(m.key);
        s.label = m.key;
        s.value = setting_value(*value);
        s.source = source(ctx, "setting " + m.key);
        ctx.out.settings.push_back(std::move(s));
    }
}

} // namespace audit::tiktok
