// confidential.pupil-name — a pupil's name (school roster, plain or hashed) in what you post,
// caption or send.
#include "checks/shared/roster_contact.hpp"
#include "audit/text/normalise.hpp"

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"post", "Well done to Ellie Mason for the best Roman shield in Year 4! ⭐", true},
    {"caption", "ELLIE MASON with her shield", true},
    {"comment", "Fred Lund scored twice at football club today!", true}, // Freddie Lund
    {"post", "Elie Mason was star of the week", true},                   // a typo
    {"message", "Can you remind Tyler Bennett's dad about the trip money?", true},
    {"post", "Wren was brilliant in my class today", true},              // review: surname only
    {"post", "Bought my poppy from the lovely man outside the corner shop. Lest we forget.", false},
    {"post", "A wren is nesting in the ivy by the back door! Tiny and very loud", false},
    {"post", "Summer reading challenge: Lily's on book six already", false},
    {"post", "Said grace before Christmas dinner for Grandad, like he always did", false},
    {"post", "Ellie went to the park with her friends", false},
    {"post@2026-03-01T12:00:00Z", "Bethany Rhodes ran the Bath half!", false}, // an adult now
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open the item on Facebook (Activity log, filtered by the date shown) and choose … > Edit "
     "post to remove the pupil's name, or Delete.\n"
     "For a photo, also remove any tag of the pupil (… > Remove tag).\n"
     "For a message, delete it on your side and do not name pupils in messages again."},
    {Platform::instagram, "Open the post > … > Edit to remove the pupil's name from the caption, or Delete the post."},
    {Platform::x, "Open the post on X (link above) > … > Delete. X cannot edit old posts."},
    {Platform::linkedin, "Open the post on LinkedIn > … > Edit post to remove the name, or Delete post."},
    {Platform::tiktok, "Open the video on TikTok > … > Edit the caption, or Delete."},
};

// "in a post" for content everyone can see; messages are private and one step less severe.
void describe_place(DraftFinding& f, const TextItem& item) {
    f.signals.push_back("in a " + std::string(item.kind));
    if (!is_published(item.kind)) {
        f.lower_severity = 1;
        f.signals.push_back("a private message, not published: one step less severe");
    }
}

void report_item(CheckContext& ctx, const TextItem& item, const RosterRule& rule,
                 const std::vector<NameHit>& hits) {
    DraftFinding f;
    f.platform = item.source->platform;
    f.location = location_of(item);
    f.confidence = 0;
    f.weak = true;
    for (const NameHit& hit : hits) {
        DraftFinding per_hit; // the age rule's signal belongs to the finding once
        if (!counts(rule, *hit.person, year_of(item.time), per_hit)) continue;
        if (f.evidence.empty()) f.evidence = excerpt(item.text, hit.begin, hit.end);
        f.confidence = std::max(f.confidence, hit.confidence);
        f.weak = f.weak && (hit.weak || hit.confidence < 0.6 || per_hit.weak);
        for (const std::string& s : hit.signals) f.signals.push_back(s);
        f.signals.push_back(roster_detail(*hit.person, rule.who));
        for (const std::string& s : per_hit.signals) f.signals.push_back(s);
        // The written name, not the roster's: a hashed roster gives the same identity.
        f.identity += std::string(item.kind) + ":" + std::string(item.text.substr(hit.begin, hit.end - hit.begin)) + "\n";
    }
    if (f.evidence.empty()) return;
    describe_place(f, item);
    ctx.report(std::move(f));
}

void run(CheckContext& ctx) {
    Facts& facts = ctx.facts();
    const auto& texts = facts.texts();
    for (const RosterRule& rule : k_pupil_rules) {
        if (!facts.people(rule.roster)) continue;
        for (std::size_t i = 0; i < texts.size(); ++i)
            if (const auto& hits = facts.name_hits(i, rule.roster); !hits.empty())
                report_item(ctx, texts[i], rule, hits);
    }
}

} // namespace

extern const CheckInfo confidential_pupil_name = {
    "confidential.pupil-name",
    "A pupil's name in what you post or send",
    "posts, comments, captions, places, your messages",
    "Finds pupils' names from the school's roster (plain or hashed) in posts, comments, photo "
    "captions, albums, check-ins and the messages you sent: full names, common short forms "
    "(Ellie for Eleanor), one-letter typos, and a family name alone when school words are near "
    "(weak). A first name alone never counts. Policies forbid information that could identify "
    "a pupil, and never a pupil's full name alongside a photo. The report masks the name.",
    k_examples,
    k_remedies,
    "Edit the item to remove the pupil's name, or delete it.",
    run,
};

} // namespace audit
