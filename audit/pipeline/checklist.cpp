#include "audit/pipeline/checklist.hpp"
#include "audit/profile/profile_values.hpp"
#include <limits>
#include <sstream>
#include <toml++/toml.h>

namespace audit {

namespace {

constexpr std::size_t k_max_answers_bytes = 64 * 1024;
using P = Platform;

constexpr ChecklistRoute k_future_posts[] = {
    {P::facebook, "Menu > Settings & privacy > Settings > Audience and visibility > Posts > Who "
                  "can see your future posts?"},
    {P::instagram, "Profile > Menu (☰) > Account privacy > Private account (off: anyone can see "
                   "your posts)"},
    {P::x, "More > Settings and privacy > Privacy and safety > Audience and tagging > Protect your "
           "posts (off: anyone can see them)"},
    {P::tiktok, "Profile > Menu (☰) > Settings and privacy > Privacy > Private account (off: "
                "anyone can see your videos)"},
    {P::linkedin, "Me > Settings & Privacy > Visibility > Edit your public profile > Posts & "
                  "activity"},
};
constexpr ChecklistRoute k_find_by_phone[] = {
    {P::facebook, "Menu > Settings & privacy > Settings > Audience and visibility > How people "
                  "find and contact you > Who can look you up using the phone number you "
                  "provided?"},
    {P::x, "More > Settings and privacy > Privacy and safety > Discoverability and contacts > Let "
           "people who have your phone number find you"},
    {P::tiktok, "Profile > Menu (☰) > Settings and privacy > Privacy > Suggest your account to "
                "others > Contacts"},
    {P::linkedin, "Me > Settings & Privacy > Visibility > Profile discovery using phone number"},
};
constexpr ChecklistRoute k_find_by_email[] = {
    {P::facebook, "Menu > Settings & privacy > Settings > Audience and visibility > How people "
                  "find and contact you > Who can look you up using the email address you "
                  "provided?"},
    {P::x, "More > Settings and privacy > Privacy and safety > Discoverability and contacts > Let "
           "people who have your email address find you"},
    {P::linkedin, "Me > Settings & Privacy > Visibility > Profile discovery using email address"},
};
constexpr ChecklistRoute k_tag_review[] = {
    {P::facebook, "Menu > Settings & privacy > Settings > Audience and visibility > Profile and "
                  "tagging > Review posts you're tagged in before the post appears on your "
                  "profile?"},
    {P::instagram, "Profile > Menu (☰) > Tags and mentions > Manually approve tags"},
};
constexpr ChecklistRoute k_friend_list[] = {
    {P::facebook, "Menu > Settings & privacy > Settings > Audience and visibility > How people "
                  "find and contact you > Who can see your friends list?"},
    {P::tiktok, "Profile > Menu (☰) > Settings and privacy > Privacy > Following list"},
    {P::linkedin, "Me > Settings & Privacy > Visibility > Connections (Allow your connections to "
                  "see your connections list)"},
};
constexpr ChecklistRoute k_location[] = {
    {P::facebook, "Menu > Settings & privacy > Settings > Permissions > Location"},
    {P::instagram, "your phone's Settings > Instagram > Location"},
    {P::x, "More > Settings and privacy > Privacy and safety > Location information > Add "
           "location information to your posts"},
    {P::tiktok, "Profile > Menu (☰) > Settings and privacy > Privacy > Location services"},
};
constexpr ChecklistRoute k_two_factor[] = {
    {P::facebook, "Menu > Settings & privacy > Settings > Accounts Center > Password and security "
                  "> Two-factor authentication"},
    {P::instagram, "Profile > Menu (☰) > Accounts Center > Password and security > Two-factor "
                   "authentication"},
    {P::x, "More > Settings and privacy > Security and account access > Security > Two-factor "
           "authentication"},
    {P::tiktok, "Profile > Menu (☰) > Settings and privacy > Security & permissions > 2-step "
                "verification"},
    {P::linkedin, "Me > Settings & Privacy > Sign in & security > Two-step verification"},
};

constexpr ChecklistQuestion k_questions[] = {
    {"future_posts_public", "Can anyone (the public) see the posts you make from now on?",
     "future_posts_audience", "Everyone", "Friends", k_future_posts},
    {"find_by_phone", "Can people who have your phone number find your account?", "find_by_phone",
     "on", "off", k_find_by_phone},
    {"find_by_email", "Can people who have your e-mail address find your account?", "find_by_email",
     "on", "off", k_find_by_email},
    {"tag_review", "Do you review posts you are tagged in before they appear on your profile?",
     "tag_review", "on", "off", k_tag_review},
    {"friend_list_public", "Can everyone see your friends (or connections) list?",
     "friend_list_visibility", "Everyone", "Friends", k_friend_list},
    {"location_sharing", "Is location sharing on (your location added to posts or shared)?",
     "location_sharing", "on", "off", k_location},
    {"two_factor", "Is two-factor authentication (a code as well as your password) on?",
     "two_factor", "on", "off", k_two_factor},
};

const ChecklistQuestion* find_question(std::string_view key) {
    for (const ChecklistQuestion& q : k_questions)
        if (q.key == key) return &q;
    return nullptr;
}

} // namespace

std::span<const ChecklistQuestion> checklist_questions() {
    return k_questions;
}

std::optional<std::string_view> route_for(const ChecklistQuestion& q, Platform platform) {
    for (const ChecklistRoute& r : q.routes)
        if (r.platform == platform) return r.menu;
    return std::nullopt;
}

Result<std::optional<bool>> parse_answer(std::string_view text) {
    const std::string a = profile::ascii_lower(profile::trim(text));
    if (a == "y" || a == "yes") return std::optional<bool>(true);
    if (a == "n" || a == "no") return std::optional<bool>(false);
    if (a.empty() || a == "?" || a == "skip" || a == "don't know" || a == "dont know")
        return std::optional<bool>();
    return fail("'" + std::string(text) +
                "' is not an answer: type y (yes), n (no) or ? (don't know)");
}

Result<ChecklistAnswers> parse_checklist(std::string_view toml_text, const std::string& origin) {
    toml::table root;
    try {
        root = toml::parse(toml_text, origin);
    } catch (const toml::parse_error& e) {
        return fail(origin + ":" + std::to_string(e.source().begin.line) +
                    ": not valid TOML: " + std::string(e.description()));
    }
    ChecklistAnswers out;
    out.answered = root["answered"].value_or(std::string());
    for (const auto& [name, node] : root) {
        if (name.str() == "answered") continue;
        auto platform = parse_platform(name.str());
        const toml::table* t = node.as_table();
        if (!platform || !t)
            return fail(origin + ": [" + std::string(name.str()) +
                        "] is not a platform (facebook, instagram, x, linkedin, tiktok)");
        for (const auto& [key, value] : *t) {
            const ChecklistQuestion* q = find_question(key.str());
            const std::string where =
                origin + ": " + std::string(name.str()) + "." + std::string(key.str());
            if (!q || !route_for(*q, *platform))
                return fail(where + " is not a checklist question for this platform");
            auto flag = value.value<bool>();
            if (!flag) return fail(where + " must be true or false");
            out.answers[*platform][std::string(key.str())] = *flag;
        }
    }
    return out;
}

Result<ChecklistAnswers> load_checklist(const std::filesystem::path& file) {
    auto text = profile::read_small_file(file, k_max_answers_bytes);
    if (!text) return tl::unexpected(text.error());
    return parse_checklist(*text, file.string());
}

std::string checklist_toml(const ChecklistAnswers& answers) {
    std::ostringstream out;
    out << "# staff-audit checklist answers (staff-audit checklist); true means yes.\n"
           "# Give them to a scan with --checklist FILE; see docs/checklist.md.\n";
    if (!answers.answered.empty()) out << "answered = \"" << answers.answered << "\"\n";
    for (const auto& [platform, keys] : answers.answers) {
        if (keys.empty()) continue;
        out << "\n[" << to_string(platform) << "]\n";
        for (const ChecklistQuestion& q : k_questions) // the questions' order, not the map's
            if (auto it = keys.find(std::string(q.key)); it != keys.end())
                out << "# " << q.question << "\n"
                    << q.key << " = " << (it->second ? "true" : "false") << "\n";
    }
    return out.str();
}

std::vector<std::pair<Platform, Setting>> checklist_settings(const ChecklistAnswers& answers,
                                                             const std::string& origin) {
    std::vector<std::pair<Platform, Setting>> out;
    for (const auto& [platform, keys] : answers.answers)
        for (const auto& [key, yes] : keys) {
            const ChecklistQuestion* q = find_question(key);
            if (!q) continue;
            Setting s;
            s.source = SourceRef{origin, "checklist answer " + key, ""};
            s.name = std::string(q->setting);
            s.label =
                std::string(q->question) + " (your checklist answer: " + (yes ? "yes" : "no") + ")";
            s.value = std::string(yes ? q->yes_value : q->no_value);
            // Newer than anything an export states: the answer is how the setting is now.
            s.time = std::numeric_limits<Timestamp>::max();
            out.emplace_back(platform, std::move(s));
        }
    return out;
}

} // namespace audit
