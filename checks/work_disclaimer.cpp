// work.disclaimer — the account writes about work (names the school, or talks about the school
// community in several posts) and nowhere says the views are the writer's own. One finding per
// export; its instances are the work posts.
#include "checks/shared/community_terms.hpp"
#include "checks/shared/text_findings.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>
#include <optional>

namespace audit {

namespace {

constexpr double k_about_work = 0.45; // a school-community reference this sure makes a work post
constexpr std::size_t k_sure_with = 3; // work posts before the finding is more than `review`

struct WorkItem {
    Location location;
    std::string evidence;
    bool names_school = false;
};

bool has_disclaimer(std::string_view text) {
    return !word_list("disclaimer_phrases.txt").find(text).empty();
}

bool profile_has_disclaimer(const Export& ex) {
    return std::any_of(ex.profile.begin(), ex.profile.end(),
                       [](const ProfileField& f) { return has_disclaimer(f.value); });
}

bool profile_names_school(Facts& facts, const Export& ex) {
    return std::any_of(ex.profile.begin(), ex.profile.end(), [&](const ProfileField& f) {
        if (f.kind != FieldKind::work && f.kind != FieldKind::bio) return false;
        const auto mentions = facts.school_matcher().find(f.value);
        return std::any_of(mentions.begin(), mentions.end(), [](const Mention& m) { return m.confidence >= 0.5; });
    });
}

// Whether texts()[index] is about work: the school named, or a clear school-community reference.
std::optional<WorkItem> work_item(Facts& facts, const CommunityTerms& community, std::size_t index) {
    const TextItem& item = facts.texts()[index];
    for (const Mention& m : facts.school_mentions(index))
        if (m.confidence >= 0.5)
            return WorkItem{location_of(item), excerpt(item.text, m.begin, m.end), true};
    for (const ScoredTerm& t : community.find(facts, index))
        if (t.confidence() >= k_about_work)
            return WorkItem{location_of(item), excerpt(item.text, t.begin, t.end), false};
    return std::nullopt;
}

void check_export(CheckContext& ctx, const Export& ex) {
    Facts& facts = ctx.facts();
    if (profile_has_disclaimer(ex)) return;
    const CommunityTerms community(facts, ex.owner);
    const WordList& disclaimers = word_list("disclaimer_phrases.txt");
    std::vector<WorkItem> work;
    const auto& texts = facts.texts();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const TextItem& item = texts[i];
        if (item.source != &ex || !is_kind(item.kind, {"post", "comment", "caption", "album"})) continue;
        if (!facts.word_hits(i, disclaimers).empty()) return; // said once, it covers the account
        if (auto w = work_item(facts, community, i)) work.push_back(std::move(*w));
    }
    const auto naming = static_cast<std::size_t>(
        std::count_if(work.begin(), work.end(), [](const WorkItem& w) { return w.names_school; }));
    const bool profile_school = profile_names_school(facts, ex);
    const bool writes_about_work = naming >= 1 || work.size() >= 2 || (profile_school && !work.empty());
    if (!writes_about_work) return;

    DraftFinding f;
    f.platform = ex.platform;
    f.location = work.front().location;
    f.evidence = std::to_string(work.size()) + (work.size() == 1 ? " post" : " posts") +
                 " about work, and no \"views are my own\" in your profile or posts";
    f.signals.push_back(std::to_string(naming) + " of them name the school");
    if (work.size() > naming)
        f.signals.push_back(std::to_string(work.size() - naming) + " talk about colleagues, pupils, parents or school events");
    if (profile_school) f.signals.push_back("your profile names the school");
    f.signals.push_back("no disclaimer (\"views my own\", \"personal account\") in the profile or any post");
    f.confidence = std::min(0.95, 0.45 + 0.1 * static_cast<double>(naming) +
                                      0.05 * static_cast<double>(work.size() - naming) +
                                      (profile_school ? 0.1 : 0.0));
    f.weak = work.size() < k_sure_with;
    f.identity = "work.disclaimer";
    for (WorkItem& w : work) f.instances.push_back(Instance{std::move(w.location), std::move(w.evidence)});
    f.steps.push_back("Add a line such as \"Views my own\" to your profile's bio, or stop posting about work.");
    ctx.report(std::move(f));
}

constexpr CheckExample k_examples[] = {
    {"post", "So proud of my Year 4 class at Riverside Primary today!", true},
    {"post", "RPS sports day tomorrow. Fingers crossed the rain holds off", true},
    {"post", "Proud of my Year 4 class at Riverside Primary today! (Views my own.)", false},
    {"profile.bio", "Teacher at Riverside Primary. All views my own.", false},
    {"post", "Parkrun PB this morning, 24:51!", false},
    {"message", "See you at Riverside Primary tomorrow", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Your profile > Edit profile > Bio: add \"Views my own\" (or \"Personal account; views my "
     "own\").\nBetter still, stop posting about work: the posts listed are the ones to review."},
    {Platform::instagram, "Profile > Edit profile > Bio: add \"Views my own\"."},
    {Platform::x, "Profile > Edit profile > Bio: add \"Views my own\"."},
    {Platform::linkedin, "Me > View profile > edit the About section: add \"Views expressed are my own\"."},
    {Platform::tiktok, "Profile > Edit profile > Bio: add \"Views my own\"."},
};

void run(CheckContext& ctx) {
    for (const Export& ex : ctx.exports()) check_export(ctx, ex);
}

} // namespace

extern const CheckInfo work_disclaimer = {
    "work.disclaimer",
    "Writing about work without saying the views are your own",
    "profile, posts, comments, captions",
    "Finds an account that writes about work (posts that name the school, or several that talk "
    "about colleagues, pupils, parents or school events) without saying anywhere, in the profile "
    "or a post, that the views are the writer's own (\"views my own\", \"personal account\"). "
    "One finding per account, listing the work posts. Some policies ask staff who comment on "
    "work matters to make clear they speak for themselves, not the school.",
    k_examples,
    k_remedies,
    "Add \"Views my own\" to the profile's bio, or stop posting about work.",
    run,
};

} // namespace audit
