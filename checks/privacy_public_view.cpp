// privacy.public-view — (--online only) what a logged-out visitor actually sees on each
// account's public profile page. The pipeline fetches the pages before the checks; this check
// only reads what was fetched (Facts::public_views) and never touches the network.
#include "checks/shared/check_util.hpp"
#include "audit/text/normalise.hpp"

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"public_view", "Year 4 teacher at Riverside Primary School", true},
    {"public_view", "Proud to work at #RiversidePrimary", true},
    {"tiktok:public_view", "Teacher at Riverside Primary, views my own", true},
    {"public_view", "Runner. Baker. Walks by the riverside.", false},
    {"public_view", "", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Check what a stranger sees: open your profile > … > View as.\n"
     "Open Settings & privacy > Settings > Audience and visibility > Profile details and set work, "
     "education, city and friends list to Friends or Only me.\n"
     "Your name and profile picture are always public: choose a photo that does not show the school."},
    {Platform::instagram,
     "Open Instagram > Profile > Menu (☰) > Account privacy and turn on Private account.\n"
     "Your name, photo and bio still show to everyone: remove the school from them in Profile > "
     "Edit profile."},
    {Platform::x,
     "Open X > More > Settings and privacy > Privacy and safety > Audience, media and tagging and "
     "turn on Protect your posts.\n"
     "Your name, bio, location and photo show to everyone even then: edit them in Profile > Edit "
     "profile."},
    {Platform::tiktok,
     "Open TikTok > Profile > Menu (☰) > Settings and privacy > Privacy and turn on Private "
     "account.\n"
     "Your name, photo and bio still show to everyone: edit them in Profile > Edit profile."},
    {Platform::linkedin,
     "Open LinkedIn > Me > View profile > Edit public profile & URL and turn off the sections a "
     "stranger should not see (or Your profile's public visibility altogether)."},
};

std::string in_quotes(std::string_view text) {
    std::string out(text.substr(0, 120));
    if (text.size() > 120) out += "…";
    return "\u201c" + out + "\u201d";
}

// "name “Jordan Ellis”, a profile photo, bio “…”, 120 Followers, 56 Posts"
std::string what_is_shown(const PublicProfile& view) {
    std::vector<std::string> parts;
    if (!view.name.empty()) parts.push_back("name " + in_quotes(view.name));
    if (!view.photo.empty()) parts.push_back("a profile photo");
    if (!view.bio.empty()) parts.push_back("bio " + in_quotes(view.bio));
    if (!view.followers.empty()) parts.push_back(view.followers);
    if (!view.posts.empty()) parts.push_back(view.posts);
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
}

void note_unseen(CheckContext& ctx, const PublicProfile& view) {
    std::string what = "public page";
    if (!view.url.empty()) what += " " + view.url;
    ctx.not_checkable(view.platform, what, view.detail.empty() ? std::string(to_string(view.state)) : view.detail);
}

void check_view(CheckContext& ctx, const PublicProfile& view) {
    if (view.state != PageState::visible && view.state != PageState::private_) {
        note_unseen(ctx, view);
        return;
    }
    DraftFinding f;
    f.platform = view.platform;
    f.location = Location{"", "public page " + (view.account.empty() ? view.url : view.account), "", view.url};
    const std::string shown = what_is_shown(view);
    f.confidence = 0;
    if (auto mentions = ctx.facts().school_matcher().find(view.text); !mentions.empty()) {
        f.signals.push_back("the public page names your school");
        add_mentions(f, mentions);
        f.weak = all_weak(mentions);
    }
    if (view.state == PageState::visible && !view.posts.empty()) {
        f.signals.push_back("posts are shown to anyone who opens the page");
        f.confidence = std::max(f.confidence, 0.9);
    }
    const bool recognisable = !view.name.empty() || !view.photo.empty() || !view.followers.empty();
    if (f.signals.empty()) {
        if (!recognisable) return;
        f.signals.push_back("a stranger can recognise you from the page");
        f.confidence = 0.4;
        f.weak = true;
    }
    if (view.state == PageState::private_)
        f.signals.push_back("the page says the account is private: only what is listed shows");
    f.evidence = "A logged-out visitor sees " + (shown.empty() ? std::string("the page") : shown);
    f.identity = "public view";
    ctx.report(std::move(f));
}

void run(CheckContext& ctx) {
    const auto& views = ctx.facts().public_views();
    if (!views) {
        ctx.not_checkable("what a stranger sees on your public profile pages",
                          "not checked: run the scan with --online to open them as a logged-out "
                          "visitor would (the only time staff-audit uses the network)");
        return;
    }
    for (const PublicProfile& view : *views) check_view(ctx, view);
}

} // namespace

extern const CheckInfo privacy_public_view = {
    "privacy.public-view",
    "What a stranger sees on your public profile",
    "live public page (--online)",
    "Only with --online: opens each account's public profile page (the username or profile "
    "address in the export) as a logged-out visitor would, and reports what a stranger can see "
    "there: your name, photo, bio, follower and post counts, your posts, and the school's name "
    "anywhere on the page. Policies ask staff to keep their personal profiles private; this shows "
    "what pupils and parents find when they look you up. Without --online no connection is made.",
    k_examples,
    k_remedies,
    "Open your profile while logged out (or in a private browser window) and remove or hide what "
    "identifies you or the school.",
    run,
};

} // namespace audit
