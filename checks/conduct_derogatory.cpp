// conduct.derogatory — critical, insulting or defamatory remarks ABOUT the school, its trust or
// council, colleagues, pupils or parents. A harsh phrase (derogatory_patterns.txt) counts only
// with a target nearby: the school named, a colleague from the staff roster, or a school
// community word ("SLT", "the head", "my class", "the parents").
#include "checks/shared/community_terms.hpp"
#include "checks/shared/text_findings.hpp"
#include <algorithm>
#include <optional>

namespace audit {

namespace {

constexpr std::size_t k_target_window = 120;
constexpr double k_clear_target = 0.1;
constexpr double k_vague_target = -0.1;
constexpr double k_names_its_target = 0.1;
constexpr double k_clear_target_confidence = 0.3;
// "SLT aren't useless" says the opposite of the remark.
constexpr double k_negated_remark = -0.45;

constexpr CheckExample k_examples[] = {
    {"post", "Mrs Clarke hasn't got a clue what actually goes on in a classroom and SLT are living on another planet.", true},
    {"post", "My class are feral today. Send wine.", true},
    {"comment", "Riverside Primary is a complete joke these days", true},
    {"post", "Nightmare parents at pickup again, honestly", true},
    {"post", "The head is useless and everyone knows it", true},
    {"post", "She's a legend, best head we've ever had", false},
    {"post", "Feral cats have moved into the shed again", false},
    {"post", "This umbrella is useless in the wind", false},
    {"post", "Killing it in Year 6 this term, so proud of them", false},
    {"post", "SLT aren't useless, they just have too much on", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open the post from Manage posts or the Activity log (filter by the date shown), or find "
     "the comment in the Activity log > Comments.\nDelete it: criticism of the school or people "
     "in it belongs in a conversation with your line manager or union, not online."},
    {Platform::instagram, "Open the post > … > Delete, or swipe left on your comment > Delete."},
    {Platform::x, "Open the post > … > Delete. X cannot edit old posts."},
    {Platform::linkedin, "Open the post > … > Delete post, or the comment > … > Delete."},
    {Platform::tiktok, "Open the video > … > Delete, or press and hold the comment > Delete."},
};

struct Target {
    std::string signal;
    double weight = 0;
};

// A mild word ("awful", "the worst") is about a target only in the same sentence: "an allegation
// against a colleague. Awful week" is about the week.
constexpr double k_mild_remark = 0.45;

bool same_sentence(std::string_view text, std::size_t a_end, std::size_t b_begin, std::size_t b_end,
                   std::size_t a_begin) {
    const std::size_t from = std::min(a_end, b_end);
    const std::size_t to = std::max(a_begin, b_begin);
    return from >= to || text.substr(from, to - from).find_first_of(".!?\n") == std::string_view::npos;
}

bool is_clear(const ScoredTerm& c) {
    return c.entry->has("target") && c.confidence() >= k_clear_target_confidence;
}

// The best target near [begin, end): a school mention, or a community reference that can be the
// subject of a remark. A vague one ("the kids") counts only when the text is clearly about
// school otherwise: a parent's "the kids were feral at soft play" is about no one at school.
std::optional<Target> target_near(std::string_view text, const ScoredTerm& remark,
                                  const std::vector<Mention>& mentions,
                                  const std::vector<ScoredTerm>& community) {
    auto near = [&](std::size_t b, std::size_t e) {
        if (remark.base < k_mild_remark && !same_sentence(text, remark.end, b, e, remark.begin)) return false;
        return b < remark.end + k_target_window && remark.begin < e + k_target_window;
    };
    bool school_named = false;
    for (const Mention& m : mentions) {
        if (m.confidence < 0.5) continue;
        school_named = true;
        if (near(m.begin, m.end))
            return Target{"about your school, trust or council: '" + m.matched + "'", k_clear_target};
    }
    const bool about_school = school_named || remark.has_context() ||
                              std::any_of(community.begin(), community.end(), [](const ScoredTerm& c) {
                                  return c.confidence() >= k_clear_target_confidence + 0.05;
                              });
    std::optional<Target> best;
    for (const ScoredTerm& c : community) {
        if (!is_target(*c.entry) || c.other_sense || !near(c.begin, c.end)) continue;
        const bool clear = is_clear(c);
        if (!clear && !about_school) continue;
        Target t{std::string(clear ? "about " : "perhaps about ") + std::string(group_of(*c.entry)) +
                     ": " + c.describe(text),
                 clear ? k_clear_target : k_vague_target};
        if (!best || t.weight > best->weight) best = std::move(t);
    }
    return best;
}

void run(CheckContext& ctx) {
    Facts& facts = ctx.facts();
    const WordList& list = word_list("derogatory_patterns.txt");
    const CommunityTerms community(facts);
    const auto& texts = facts.texts();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const TextItem& item = texts[i];
        if (!is_written_and_published(item.kind)) continue;
        ScoreRules rules;
        rules.negation = k_negated_remark;
        std::vector<ScoredTerm> remarks = score_terms(item.text, facts.word_hits(i, list), rules);
        if (remarks.empty()) continue;
        const auto& mentions = facts.school_mentions(i);
        const std::vector<ScoredTerm> people = community.find(facts, i);
        std::vector<ScoredTerm> about;
        for (ScoredTerm& r : remarks) {
            if (const std::string_view self = r.entry->value_of("about"); !self.empty()) {
                r.add("names who it is about: " + std::string(self), k_names_its_target);
            } else if (auto target = target_near(item.text, r, mentions, people)) {
                r.add(target->signal, target->weight);
            } else {
                continue; // a harsh word about no one the policies protect
            }
            about.push_back(std::move(r));
        }
        std::vector<ScoredTerm> terms = reportable(std::move(about));
        if (!terms.empty()) ctx.report(finding_from_terms(item, terms));
    }
}

} // namespace

extern const CheckInfo conduct_derogatory = {
    "conduct.derogatory",
    "Derogatory remarks about the school or its people",
    "posts, comments, captions",
    "Finds critical, insulting or defamatory remarks about your school, its trust or council, "
    "colleagues, pupils or parents: \"hasn't got a clue\", \"useless\", \"incompetent\", \"my "
    "class are feral\", \"nightmare parents\". A harsh word counts only when it is about someone "
    "the policies protect (the school named, a colleague on the staff roster, SLT, the head, your "
    "class, the parents); the finding says who. Policies forbid posting anything that damages "
    "the school's reputation or attacks members of its community.",
    k_examples,
    k_remedies,
    "Delete the post or comment. Raise concerns about work through your line manager, union or "
    "the school's grievance procedure instead.",
    run,
};

} // namespace audit
