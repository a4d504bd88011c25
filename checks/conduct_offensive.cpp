// conduct.offensive — obscene or discriminatory language and references to illegal activity in
// what you publish (offensive_terms.txt). Abuse someone else SENT you is evidence, not your
// conduct: it is reported for review with steps to keep records and report it, never to delete.
#include "checks/shared/text_findings.hpp"
#include "audit/text/normalise.hpp"

namespace audit {

namespace {

// Abuse aimed at the reader: "you", "your", "you're", "ur", "u" near the word.
const std::vector<std::string> k_second_person = {"you", "your", "youre", "yours", "ur", "u", "ya"};
constexpr std::size_t k_second_person_window = 60;

constexpr CheckExample k_examples[] = {
    {"post", "To the absolute wanker who nicked my bike from outside the leisure centre: I hope you get a puncture every day.", true},
    {"comment", "Bloody Ofsted and their shit new framework", true},
    {"post", "Drove home pissed again last night, don't tell anyone", true},
    {"message.received", "You're a useless fucking cunt and everyone at that school knows it", true},
    {"post", "Scunthorpe away on Saturday, then cocktails in Penistone", false},
    {"post", "Spotted dick and custard for pudding, proper school dinner", false},
    {"post", "Killing it in Year 6 this term, so proud of them all", false},
    {"post", "Our Maine Coon has learnt to open the fridge", false},
    {"post", "Bloody freezing on the touchline this morning", false},
    {"message.received", "That film was fucking brilliant, thanks for the tip", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "If you wrote it: open it from Manage posts or the Activity log (filter by the date shown) "
     "and Delete it.\n"
     "If someone sent it to you: follow the steps above first. Then in Messenger open the chat > "
     "the name > Report, and Block if you wish."},
    {Platform::instagram,
     "If you wrote it: open the post > … > Delete, or swipe left on your comment > Delete.\n"
     "If someone sent it to you: keep it and screenshot it first; then press and hold the message "
     "> Report, and Restrict or Block the account."},
    {Platform::x,
     "If you wrote it: open the post > … > Delete.\n"
     "If someone sent it to you: keep it and screenshot it first; then open the conversation > ⓘ "
     "> Report, and Block."},
    {Platform::linkedin,
     "If you wrote it: open the post > … > Delete post, or the comment > … > Delete.\n"
     "If someone sent it to you: keep it and screenshot it first; then … > Report."},
    {Platform::tiktok,
     "If you wrote it: open the video > … > Delete, or press and hold the comment > Delete.\n"
     "If someone sent it to you: keep it and screenshot it first; then press and hold the "
     "message > Report, and Block."},
};

std::vector<std::string> received_steps(const std::string& sender) {
    const std::string who = sender.empty() ? "someone else" : sender;
    return {
        "This was sent to you by " + who + ": it is evidence, not something you did. Do not "
        "delete it yet.",
        "Keep records: take screenshots showing the sender, the date and the message, and note "
        "when it happened.",
        "Report it: to the platform, and to your headteacher or line manager if it concerns your "
        "work or comes from a pupil or parent (SSM 2.8.3; WCE \"Cyberbullying\"; PMG "
        "\"Cyber-bullying\"). Do not reply.",
    };
}

void check_published(CheckContext& ctx, const WordList& list) {
    Facts& facts = ctx.facts();
    const auto& texts = facts.texts();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const TextItem& item = texts[i];
        if (!is_written_and_published(item.kind)) continue;
        const std::vector<WordHit>& hits = facts.word_hits(i, list);
        if (hits.empty()) continue;
        ScoreRules rules;
        rules.text_signals = school_named(facts, i);
        std::vector<ScoredTerm> terms = reportable(score_terms(item.text, hits, rules));
        if (!terms.empty()) ctx.report(finding_from_terms(item, terms));
    }
}

// Slurs and threats always count as abuse; obscenity only when aimed at the reader.
bool is_abuse(const ScoredTerm& t, std::string_view text) {
    const WordEntry& e = *t.entry;
    if (e.has("discriminatory") || e.has("threat")) return true;
    return e.has("obscene") &&
           word_near(text, t.begin, t.end, k_second_person, k_second_person_window);
}

void check_received(CheckContext& ctx, const WordList& list) {
    for (const Export& ex : ctx.exports()) {
        for (const Message& m : ex.messages) {
            if (m.sent_by_owner || m.text.empty()) continue;
            ScoreRules rules;
            rules.school_context = false; // abuse is abuse wherever it is aimed
            std::vector<ScoredTerm> terms = reportable(score_terms(m.text, list, rules));
            std::erase_if(terms, [&](const ScoredTerm& t) { return !is_abuse(t, m.text); });
            if (terms.empty()) continue;
            DraftFinding f = finding_from_terms(ex.platform, m.source, "message", m.text, terms);
            f.signals.insert(f.signals.begin() + 1,
                             "sent to you by " + (m.sender.empty() ? std::string("someone else") : m.sender) +
                                 ": abuse received is evidence");
            f.weak = true; // not the account holder's conduct: for review, never "high"
            f.steps = received_steps(m.sender);
            f.identity = "received:" + f.identity;
            ctx.report(std::move(f));
        }
    }
}

void run(CheckContext& ctx) {
    const WordList& list = word_list("offensive_terms.txt");
    check_published(ctx, list);
    check_received(ctx, list);
}

} // namespace

extern const CheckInfo conduct_offensive = {
    "conduct.offensive",
    "Obscene, discriminatory or offensive language",
    "posts, comments, captions, messages you received",
    "Finds obscene or discriminatory language (including slurs about race, religion, sexuality, "
    "gender identity or disability), threats, and references to illegal activity such as "
    "drink-driving or drugs in what you publish. Whole words only, with innocent senses "
    "discounted (Scunthorpe, cocktail, spotted dick, Maine Coon); mild British swearing alone is "
    "not reported. Abuse sent TO you is listed for review as evidence to keep and report, not "
    "delete. Policies forbid posting offensive material or anything that brings the profession "
    "into disrepute.",
    k_examples,
    k_remedies,
    "If you wrote it, delete it. If someone sent it to you, keep records and screenshots first, "
    "then report it to the platform and to your school.",
    run,
};

} // namespace audit
