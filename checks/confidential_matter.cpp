// confidential.matter — safeguarding, SEN, exclusions, Ofsted outcomes, staffing and
// disciplinary matters, and "don't tell anyone", in anything written: posts, comments, captions
// and messages. Words from audit/text/data/confidential_terms.txt, weighed by context.
#include "checks/shared/community_terms.hpp"
#include "checks/shared/text_findings.hpp"
#include <map>
#include <memory>

namespace audit {

namespace {

constexpr double k_private_message = -0.1;

constexpr CheckExample k_examples[] = {
    {"post", "Safeguarding referral first thing, then an EHCP meeting that went badly. Large glass of wine required", true},
    {"comment", "Don't tell anyone but we've heard Ofsted are coming next week", true},
    {"post", "Two of my class were permanently excluded this term and nobody will tell us why", true},
    {"message", "LADO is involved now, the allegation against him came in on Friday", true},
    {"post", "Another disciplinary hearing for a colleague at school tomorrow. Grim.", true},
    {"post", "Don't tell anyone but I ate the last of the Christmas chocolate", false},
    {"post", "My GP referral finally came through after six weeks", false},
    {"post", "Got a referral code for the new gym if anyone wants 20% off", false},
    {"post", "Suspended ceiling in the kitchen is finally fixed", false},
    {"post", "Completed my safeguarding training update today, certificate done", false},
    {"comment", "There's nothing between us and the sea but a field of sheep", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open the item (Manage posts, the Activity log filtered by the date shown, or Messenger).\n"
     "Delete it. Editing is not enough: earlier versions stay in the edit history.\n"
     "If it concerns a child's safety, tell your designated safeguarding lead; do not discuss "
     "it further online."},
    {Platform::instagram,
     "Open the post > … > Delete (or delete the comment or caption). In a chat, press and hold "
     "your message > Unsend.\nIf it concerns a child's safety, tell your designated safeguarding lead."},
    {Platform::x,
     "Open the post > … > Delete. Direct messages: … > Delete for you (the other person keeps "
     "their copy: ask them to delete it too).\nIf it concerns a child's safety, tell your "
     "designated safeguarding lead."},
    {Platform::linkedin,
     "Open the post > … > Delete post, or the comment > … > Delete. Messages: … > Delete.\nIf it "
     "concerns a child's safety, tell your designated safeguarding lead."},
    {Platform::tiktok,
     "Open the video > … > Delete, or press and hold the comment > Delete.\nIf it concerns a "
     "child's safety, tell your designated safeguarding lead."},
};

void run(CheckContext& ctx) {
    Facts& facts = ctx.facts();
    const WordList& list = word_list("confidential_terms.txt");
    std::map<const Export*, std::unique_ptr<CommunityTerms>> by_export;
    const auto& texts = facts.texts();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const TextItem& item = texts[i];
        if (!is_written_and_published(item.kind) && item.kind != "message") continue;
        const std::vector<WordHit>& hits = facts.word_hits(i, list);
        if (hits.empty()) continue;
        auto& community = by_export[item.source];
        if (!community) community = std::make_unique<CommunityTerms>(facts, item.source->owner);
        ScoreRules rules;
        rules.text_signals = school_named(facts, i);
        for (ContextSignal& s : community->as_context(facts, i)) rules.text_signals.push_back(std::move(s));
        if (item.kind == "message")
            rules.text_signals.push_back({"in a private message, not published", k_private_message});
        std::vector<ScoredTerm> terms = reportable(score_terms(item.text, hits, rules));
        if (terms.empty()) continue;
        ctx.report(finding_from_terms(item, terms));
    }
}

} // namespace

extern const CheckInfo confidential_matter = {
    "confidential.matter",
    "Confidential or safeguarding matters",
    "posts, comments, captions, messages",
    "Finds confidential school matters in what you write: safeguarding and child protection "
    "(referrals, the DSL, LADO), special educational needs and EHCPs, exclusions, Ofsted "
    "outcomes before they are published, staffing, disciplinary and capability matters, and "
    "words like \"confidential\" or \"don't tell anyone\" next to school business. Everyday "
    "senses (\"GP referral\", \"suspended ceiling\") are discounted, and each finding lists the "
    "school words around it that made it count. Policies say such matters must never be shared "
    "outside the school's own channels.",
    k_examples,
    k_remedies,
    "Delete the item (and ask anyone you sent it to to delete their copy). If it concerns a "
    "child's safety, tell your designated safeguarding lead.",
    run,
};

} // namespace audit
