// conduct.school-community — any reference to colleagues, parents, pupils or school events in
// what you publish (PMG: "under no circumstances"). Low base weights: most findings are for
// review unless the reference is clear (a roster name, "my class", "parents' evening", the
// school named alongside).
#include "checks/shared/community_terms.hpp"
#include "checks/shared/text_findings.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>
#include <regex>
#include <map>
#include <memory>

namespace audit {

namespace {

constexpr double k_own_family = -0.25;
constexpr std::size_t k_family_window = 60;

// Words that make a school reference about the writer's own children, not their work.
const std::vector<std::string> k_family_words = {
    "my son",      "my daughter", "my boy",   "my girl",      "my kids",     "my children",
    "my little one", "our son",   "our daughter", "our kids", "our children", "our boy",
    "our girl",    "grandson",    "granddaughter", "nephew",  "niece",        "as a parent",
    "as a mum",    "as a dad",    "his school", "her school", "their school", "his class",
    "her class",   "his teacher", "her teacher", "their teacher"};

constexpr CheckExample k_examples[] = {
    {"post", "Parents' evening marathon. Send biscuits.", true},
    {"post", "RPS sports day tomorrow. Fingers crossed the rain holds off", true},
    {"post", "Mrs Clarke has been a star this week, thank you!", true},
    {"post", "Oak class PE days are Tuesday and Thursday this term, so kits in please!", true},
    {"comment", "Staff meeting ran until six again", true},
    {"post", "Noah starts Reception at North Riverside Primary on Wednesday. New shoes, new book bag", false},
    {"post", "My parents are visiting for the weekend", false},
    {"post", "Lovely riverside walk this morning, mist on the water and a kingfisher", false},
    {"post", "My daughter's sports day was rained off again", false},
    {"message", "Parents' evening is on Thursday, can you cover my lunch duty?", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open the item from Manage posts or the Activity log (filter by the date shown).\n"
     "Delete it, or Edit it so that it no longer refers to colleagues, parents, pupils or school "
     "events."},
    {Platform::instagram, "Open the post > … > Edit (or Delete), or swipe left on your comment > Delete."},
    {Platform::x, "Open the post > … > Delete. X cannot edit old posts."},
    {Platform::linkedin, "Open the post > … > Edit post or Delete post."},
    {Platform::tiktok, "Open the video > … > Privacy settings or Delete; press and hold a comment > Delete."},
};

// "Lily's sports day", "Noah's school trip", "The Year 6 at Lily's school": a name with 's
// right before the reference, or before a school word near it — most likely the writer's own
// family, not their work.
bool possessive_name_near(std::string_view text, std::size_t begin, std::size_t end) {
    static const std::regex k_possessive(
        R"(\b[A-Z][a-z]+(?:'|\xE2\x80\x99)s\s+(school|class|nursery|teacher|year|sports|assembly|trip|nativity|play|pe|classmates|first|new|big)?)");
    const std::size_t from = begin > k_family_window ? begin - k_family_window : 0;
    const std::size_t to = std::min(text.size(), end + k_family_window);
    const std::string window(text.substr(from, to - from));
    for (auto it = std::sregex_iterator(window.begin(), window.end(), k_possessive);
         it != std::sregex_iterator(); ++it) {
        const auto match_begin = from + static_cast<std::size_t>(it->position());
        const auto match_end = match_begin + static_cast<std::size_t>(it->length());
        if (begin <= match_begin && match_begin < end) continue; // the reference's own "Headteacher's"
        if ((*it)[1].matched || match_end == begin) return true;
    }
    return false;
}

void weigh_family(std::string_view text, ScoredTerm& t) {
    if (word_near(text, t.begin, t.end, k_family_words, k_family_window))
        t.add("family words nearby: perhaps about your own children's school", k_own_family);
    else if (possessive_name_near(text, t.begin, t.end))
        t.add("someone's own event ('…'s'): perhaps your family's", k_own_family);
}

void run(CheckContext& ctx) {
    Facts& facts = ctx.facts();
    std::map<const Export*, std::unique_ptr<CommunityTerms>> by_export;
    const auto& texts = facts.texts();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const TextItem& item = texts[i];
        if (!is_written_and_published(item.kind)) continue;
        auto& community = by_export[item.source];
        if (!community) community = std::make_unique<CommunityTerms>(facts, item.source->owner);
        ScoreRules rules;
        rules.text_signals = school_named(facts, i);
        std::vector<ScoredTerm> terms = community->find(facts, i, rules);
        for (ScoredTerm& t : terms)
            if (!community->from_roster(*t.entry)) weigh_family(item.text, t);
        terms = reportable(std::move(terms));
        if (!terms.empty()) ctx.report(finding_from_terms(item, terms));
    }
}

} // namespace

extern const CheckInfo conduct_school_community = {
    "conduct.school-community",
    "Posts about colleagues, parents, pupils or school events",
    "posts, comments, captions",
    "Finds any reference to your school community in what you publish: colleagues (by name from "
    "the staff roster, \"my TA\", SLT, the head), parents, pupils (\"my class\", \"my Year 6s\", "
    "a class name), and school events (parents' evening, sports day, INSET, Ofsted). Some "
    "policies say staff must not refer to them under any circumstances; most findings are for "
    "review, and references to your own children's school are discounted.",
    k_examples,
    k_remedies,
    "Delete the item, or edit it so that it no longer refers to colleagues, parents, pupils or "
    "school events.",
    run,
};

} // namespace audit
