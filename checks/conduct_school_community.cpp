// conduct.school-community — any reference to colleagues, parents, pupils or school events in
// what you publish (PMG: "under no circumstances"). Low base weights: most findings are for
// review unless the reference is clear (a roster name, "my class", "parents' evening", the
// school named alongside).
#include "checks/shared/community_terms.hpp"
#include "checks/shared/text_findings.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>
#include <optional>
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

// Words that, right after "Lily's", make it about a child's own day.
const std::vector<std::string_view> k_possessed = {
    "school", "class", "nursery", "teacher", "year", "sports", "assembly", "trip", "nativity",
    "play", "pe", "classmates", "first", "new", "big"};

bool is_ascii_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// A possessive name in `window`: a capitalised word ("Lily") starting a word, then 's (straight
// or curly apostrophe) and white space. Where the name starts, where the white space ends, and
// whether one of k_possessed begins there.
struct Possessive {
    std::size_t begin = 0, end = 0;
    bool possessed = false;
};

std::optional<Possessive> possessive_at(std::string_view window, std::size_t apostrophe, std::size_t quote_size) {
    std::size_t name = apostrophe;
    while (name > 0 && window[name - 1] >= 'a' && window[name - 1] <= 'z') --name;
    if (name == apostrophe || name == 0 || window[name - 1] < 'A' || window[name - 1] > 'Z') return std::nullopt;
    --name;
    if (name > 0 && is_ascii_word_char(window[name - 1])) return std::nullopt;
    std::size_t after = apostrophe + quote_size;
    if (after >= window.size() || window[after] != 's') return std::nullopt;
    const std::size_t space = ++after;
    while (after < window.size() && is_ascii_space(window[after])) ++after;
    if (after == space) return std::nullopt;
    const std::string_view rest = window.substr(after);
    const bool possessed = std::any_of(k_possessed.begin(), k_possessed.end(),
                                       [&](std::string_view w) { return rest.starts_with(w); });
    return Possessive{name, after, possessed};
}

// "Lily's sports day", "Noah's school trip", "The Year 6 at Lily's school": a name with 's
// right before the reference, or before a school word near it — most likely the writer's own
// family, not their work. (A hand-written scan: std::regex cost a tenth of the check.)
bool possessive_name_near(std::string_view text, std::size_t begin, std::size_t end) {
    const std::size_t from = begin > k_family_window ? begin - k_family_window : 0;
    const std::size_t to = std::min(text.size(), end + k_family_window);
    const std::string_view window = text.substr(from, to - from);
    for (std::size_t at = 0; at < window.size(); ++at) {
        const std::size_t quote = window[at] == '\'' ? 1 : window.substr(at).starts_with("\u2019") ? 3 : 0;
        if (quote == 0) continue;
        const auto p = possessive_at(window, at, quote);
        if (!p) continue;
        if (begin <= from + p->begin && from + p->begin < end) continue; // the reference's own "Headteacher's"
        if (p->possessed || from + p->end == begin) return true;
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
