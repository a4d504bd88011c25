// privacy.public-account — the account, or its posts, visible to anyone (Instagram not private,
// X not protected, TikTok public, public TikTok videos and LinkedIn shares).
#include "checks/shared/check_util.hpp"
#include "checks/shared/privacy_util.hpp"
#include "audit/core/time.hpp"
#include "audit/text/normalise.hpp"
#include <set>

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"setting.private_account", "false", true},
    {"setting.private_account", "False", true},
    {"setting.threads_private_account", "false", true},
    {"tiktok:setting.private_account", "false", true},
    {"setting.privacy_change", "Switched to Public", true},
    {"x:setting.protected_history", "Unprotect", true},
    {"tiktok:audience.post", "Everyone", true},
    {"linkedin:audience.post", "PUBLIC", true},
    {"setting.private_account", "true", false},
    {"tiktok:setting.private_account", "true", false},
    {"setting.privacy_change", "Switched to Private", false},
    {"x:setting.protected_history", "Protect", false},
    {"tiktok:audience.post", "Only You", false},
    {"linkedin:audience.post", "MEMBER_NETWORK", false},
    {"linkedin:audience.post", "CONNECTIONS", false},
    {"post", "A lovely walk along the canal today", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open Facebook > Settings & privacy > Settings > Audience and visibility > Posts > Who can see "
     "your future posts? and choose Friends.\n"
     "On the same page use Limit who can see past posts, so that older public posts become Friends "
     "only.\n"
     "Open Settings > Audience and visibility > Profile details and set each detail to Friends or "
     "Only me."},
    {Platform::instagram,
     "Open Instagram > Profile > Menu (☰) > Account privacy and turn on Private account.\n"
     "For Threads: open Threads > Profile > Menu > Privacy and turn on Private profile.\n"
     "Then check Profile > Followers and remove anyone you do not know."},
    {Platform::x,
     "Open X > More > Settings and privacy > Privacy and safety > Audience, media and tagging and "
     "turn on Protect your posts.\n"
     "Then check your followers (Profile > Followers) and remove anyone you do not know."},
    {Platform::tiktok,
     "Open TikTok > Profile > Menu (☰) > Settings and privacy > Privacy and turn on Private "
     "account.\n"
     "For videos already posted: open each listed video > … > Privacy settings > Who can watch this "
     "video and choose Followers or Only you."},
    {Platform::linkedin,
     "For each listed post: open it > … > Edit post and change the audience from Anyone to "
     "Connections only.\n"
     "Before posting, choose Connections only in the audience selector.\n"
     "Open LinkedIn > Me > Settings & Privacy > Visibility > Edit your public profile and limit what "
     "shows to people who are not signed in."},
};

struct Verdict {
    bool decided = false; // the export says who can see the account
    bool is_public = false;
    const Setting* setting = nullptr;
    std::string signal;
};

Verdict from_flag(const Export& ex, std::string_view name) {
    const Setting* s = latest_setting(ex, name);
    if (!s) return {};
    auto is_private = setting_flag(s->value);
    if (!is_private) return {};
    return {true, !*is_private, s,
            "the export's setting '" + (s->label.empty() ? s->name : s->label) + "' is " + s->value};
}

// Instagram's history of "Switched to Private" / "Switched to Public": the last one holds now.
Verdict from_history(const Export& ex) {
    const Setting* s = latest_setting(ex, "privacy_change");
    if (!s) return {};
    const std::string folded = fold_key(s->value);
    const bool to_public = folded.find("public") != std::string::npos;
    if (!to_public && folded.find("private") == std::string::npos) return {};
    std::string when = s->time ? " on " + iso_utc(s->time).substr(0, 10) : "";
    return {true, to_public, s, "the last privacy change in the export: " + s->value + when};
}

// X keeps only six months of "Protect your posts" changes: none says nothing about now.
Verdict from_protected_history(const Export& ex) {
    const Setting* s = latest_setting(ex, "protected_history");
    if (!s) return {};
    const std::string folded = fold_key(s->value);
    if (folded != "protect" && folded != "unprotect") return {};
    std::string when = s->time ? " on " + iso_utc(s->time).substr(0, 10) : "";
    return {true, folded == "unprotect", s,
            "the last change of 'Protect your posts' in the export: " + s->value + when};
}

void report_public(CheckContext& ctx, const Export& ex, const Verdict& v, std::string_view what) {
    DraftFinding f;
    f.platform = ex.platform;
    f.location = location_of(v.setting->source);
    f.evidence = std::string(display_name(ex.platform)) + " " + std::string(what) + " is public";
    f.signals.push_back(v.signal);
    f.signals.push_back("anyone, pupils and parents included, can see what it shows");
    f.confidence = 0.95;
    f.identity = std::string(what) + " public";
    ctx.report(std::move(f));
}

void check_account(CheckContext& ctx, const Export& ex) {
    switch (ex.platform) {
    case Platform::instagram:
    case Platform::tiktok: {
        Verdict v = from_flag(ex, "private_account");
        if (!v.decided && ex.platform == Platform::instagram) v = from_history(ex);
        if (v.decided && v.is_public) report_public(ctx, ex, v, "account");
        if (!v.decided)
            ctx.not_checkable(ex.platform, "export", "does not say who can see your account");
        if (Verdict threads = from_flag(ex, "threads_private_account"); threads.decided && threads.is_public)
            report_public(ctx, ex, threads, "Threads profile");
        return;
    }
    case Platform::x: {
        const Verdict v = from_protected_history(ex);
        if (v.decided && v.is_public) report_public(ctx, ex, v, "account");
        if (!v.decided)
            ctx.not_checkable(ex.platform, "protected posts",
                              "not determinable — the export only keeps six months of history of "
                              "the 'Protect your posts' setting, and it records no change");
        return;
    }
    case Platform::linkedin:
        ctx.not_checkable(ex.platform, "export",
                          "does not say who can see your profile (it gives only each post's "
                          "visibility)");
        return;
    case Platform::facebook:
        ctx.not_checkable(ex.platform, "export",
                          "does not say who can see your account (Facebook exports carry no audience "
                          "per post and no profile visibility settings)");
        return;
    }
}

std::string describe_post(const Post& post) {
    std::string text = post.text.empty() ? post.title : post.text;
    if (text.size() > 80) {
        std::size_t cut = 80;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        text = text.substr(0, cut) + "…";
    }
    return "audience: " + post.audience + (text.empty() ? "" : " — " + text);
}

// One pattern finding per export: every post the export marks as visible to anyone.
void check_posts(CheckContext& ctx, const Export& ex) {
    DraftFinding f;
    std::set<std::string> files;
    for (const Post& post : ex.posts) {
        if (!is_public_audience(post.audience)) continue;
        f.instances.push_back(Instance{location_of(post.source), describe_post(post)});
        files.insert(post.source.file);
    }
    if (f.instances.empty()) return;
    const std::size_t n = f.instances.size();
    f.platform = ex.platform;
    f.location = Location{files.size() == 1 ? *files.begin() : "", "posts visible to everyone", "", ""};
    f.evidence = std::to_string(n) + (n == 1 ? " post" : " posts") + " on " +
                 std::string(display_name(ex.platform)) + " visible to everyone";
    f.signals.push_back("the export gives each post's audience");
    f.confidence = 0.9;
    if (ex.platform == Platform::linkedin) {
        f.signals.push_back("LinkedIn is a professional network: public posts are common there");
        f.lower_severity = 1;
    }
    f.identity = "public posts";
    ctx.report(std::move(f));
}

void run(CheckContext& ctx) {
    for (const Export& ex : ctx.exports()) {
        check_account(ctx, ex);
        check_posts(ctx, ex);
    }
}

} // namespace

extern const CheckInfo privacy_public_account = {
    "privacy.public-account",
    "Your account or posts visible to anyone",
    "settings, post audiences",
    "Finds an account anyone can see: Instagram or TikTok not set to private, a public Threads "
    "profile, X posts not protected (the export keeps only six months of that setting's history), "
    "and posts whose audience is everyone (TikTok videos, LinkedIn shares). Policies ask staff to "
    "keep privacy settings as high as possible, so that pupils and parents cannot browse their "
    "personal lives. Where an export does not say who can see the account, the report says so.",
    k_examples,
    k_remedies,
    "Open the platform's privacy settings and make the account private (or visible to friends "
    "only); then limit the audience of older posts.",
    run,
};

} // namespace audit
