// employer.content — the school named, abbreviated, hashtagged or linked in what you post.
#include "checks/shared/check_util.hpp"
#include "audit/text/normalise.hpp"
#include <map>

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"post", "So proud of my Year 4 class at Riverside Primary today!", true},
    {"post", "What a day #RiversidePrimary #sportsday", true},
    {"comment", "See you at RPS tomorrow", true},
    {"post", "Newsletter is out: https://www.riverside.sch.uk/news", true},
    {"caption", "Rivérside Primary School summer fair", true},
    {"place", "Riverside Primary School", true},
    {"post", "Lovely walk along the riverside this morning", false},
    {"post", "Congratulations to North Riverside Primary on their new hall", false},
    {"post", "The corpse flower at the botanic garden finally bloomed", false},
    {"post", "Bought a new RPSL bike light", false},
    {"message", "I work at Riverside Primary", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open Facebook > your profile > Manage posts (or Settings & privacy > Activity log), filter "
     "by the date shown and find the item.\n"
     "Delete it, or Edit post to remove the school's name, hashtag or link.\n"
     "For a check-in, remove the location from the post."},
    {Platform::instagram, "Open the post on Instagram > … > Edit.\nRemove the school's name, hashtag or location tag, or Delete the post."},
    {Platform::x, "Open the post on X (link above) > … > Delete. X cannot edit old posts."},
    {Platform::linkedin, "Open the post on LinkedIn (link above) > … > Edit post or Delete post."},
    {Platform::tiktok, "Open the video on TikTok > … > Privacy settings or Delete."},
};

// One finding per item: a post whose text and link both name the school is one thing to fix.
void run(CheckContext& ctx) {
    Facts& facts = ctx.facts();
    const auto& texts = facts.texts();
    std::map<std::pair<const Export*, std::string>, DraftFinding> by_item;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const TextItem& item = texts[i];
        // Private messages are not published content; other checks read them.
        if (!is_published(item.kind)) continue;
        const auto& mentions = facts.school_mentions(i);
        if (mentions.empty()) continue;
        auto [it, added] = by_item.try_emplace({item.source, item.ref->item});
        DraftFinding& f = it->second;
        if (added) {
            f.platform = item.source->platform;
            f.location = location_of(item);
            f.evidence = excerpt(item.text, mentions.front().begin, mentions.front().end);
            f.confidence = 0;
            f.weak = true;
        }
        f.signals.push_back("in a " + std::string(item.kind));
        add_mentions(f, mentions);
        f.weak = f.weak && all_weak(mentions);
        f.identity += std::string(item.kind) + ":" + std::string(item.text) + "\n";
    }
    for (auto& [key, finding] : by_item) ctx.report(std::move(finding));
}

} // namespace

extern const CheckInfo employer_content = {
    "employer.content",
    "Your school named in what you post",
    "posts, comments, captions, places",
    "Finds your school named, abbreviated, hashtagged or linked (its web domain) in posts, "
    "comments, photo captions, album titles, check-ins and places. Policies ask staff not to post "
    "anything that could identify the school, because it ties your personal account to it.",
    k_examples,
    k_remedies,
    "Delete the item, or edit it to remove the school's name, hashtag, link or location.",
    run,
};

} // namespace audit
