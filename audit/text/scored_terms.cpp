#include "audit/text/scored_terms.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>
#include <array>

namespace audit {

namespace {

constexpr std::array<std::string_view, 14> k_more_negations = {
    "aren", "arent", "weren", "werent", "doesn", "doesnt", "didn", "didnt",
    "hardly", "wouldn", "wouldnt", "isnt", "cannot", "without"};
constexpr int k_max_other_terms = 2;

std::string quoted(std::string_view text, std::size_t begin, std::size_t end) {
    return "'" + std::string(text.substr(begin, end - begin)) + "'";
}

bool overlaps(const WordHit& a, const WordHit& b) { return a.begin < b.end && b.begin < a.end; }

// The rules a term carries itself: the context it needs.
void apply_needs(ScoredTerm& t, std::string_view text, const ScoreRules& rules) {
    const WordEntry& e = *t.entry;
    if (e.has("needs_context") && !t.has_context())
        t.add("no school words nearby: this word has other everyday senses", rules.missing_context);
    const std::vector<std::string> near = e.values_of("near");
    if (!near.empty() && !word_near(text, t.begin, t.end, near, rules.window))
        t.add("none of '" + std::string(e.value_of("near")) + "' nearby", rules.missing_context);
}

} // namespace

bool ScoredTerm::has_context() const {
    return std::any_of(signals.begin(), signals.end(), [](const ContextSignal& s) {
        return s.weight > 0;
    });
}

std::string ScoredTerm::describe(std::string_view text) const {
    std::string out = quoted(text, begin, end);
    if (const std::string_view category = entry->category(); !category.empty())
        out += " (" + std::string(category) + ")";
    return out;
}

bool negated(std::string_view text, std::size_t begin) {
    if (negated_before(text, begin)) return true;
    const std::size_t from = begin > 40 ? begin - 40 : 0;
    const std::string before = " " + fold_key(text.substr(from, begin - from)) + " ";
    std::size_t cut = before.size();
    for (int words = 0; words < 5 && cut > 0 && cut != std::string::npos; ++words)
        cut = before.rfind(' ', cut - 1);
    const std::string tail = before.substr(cut == std::string::npos ? 0 : cut);
    return std::any_of(k_more_negations.begin(), k_more_negations.end(), [&](std::string_view n) {
        return tail.find(" " + std::string(n) + " ") != std::string::npos;
    });
}

bool word_near(std::string_view text, std::size_t begin, std::size_t end,
               const std::vector<std::string>& folded_words, std::size_t window) {
    const std::size_t from = begin > window ? begin - window : 0;
    const std::size_t to = std::min(text.size(), end + window);
    const std::string folded = " " + fold_key(text.substr(from, to - from)) + " ";
    return std::any_of(folded_words.begin(), folded_words.end(), [&](const std::string& w) {
        return folded.find(" " + w + " ") != std::string::npos;
    });
}

std::vector<ScoredTerm> score_terms(std::string_view text, const WordList& list,
                                    const ScoreRules& rules) {
    return score_terms(text, list.find(text), rules);
}

std::vector<ScoredTerm> score_terms(std::string_view text, const std::vector<WordHit>& hits,
                                    const ScoreRules& rules) {
    if (hits.empty()) return {};
    std::vector<const WordHit*> terms;
    for (const WordHit& h : hits)
        if (!h.entry->unrelated()) terms.push_back(&h);
    std::vector<ScoredTerm> out;
    for (const WordHit* hit : terms) {
        ScoredTerm t{hit->entry, hit->begin, hit->end, hit->entry->weight, {}};
        if (rules.school_context)
            for (ContextSignal& s : school_context(text, hit->begin, hit->end, rules.window))
                t.signals.push_back(std::move(s));
        for (const ContextSignal& s : rules.text_signals) t.signals.push_back(s);
        // Another term that stands on its own is context for this one ("LADO" for "allegation").
        int others = 0;
        for (const WordHit* other : terms) {
            if (other->entry == hit->entry || overlaps(*other, *hit) || others == k_max_other_terms)
                continue;
            if (other->entry->has("needs_context") || !other->entry->value_of("near").empty())
                continue;
            t.add("also " + quoted(text, other->begin, other->end) + " in this text", rules.other_term);
            ++others;
        }
        apply_needs(t, text, rules);
        if (negated(text, hit->begin)) t.add("negated: a 'not' or 'never' just before it", rules.negation);
        for (const WordHit& h : hits)
            if (h.entry->unrelated() && overlaps(h, *hit)) {
                t.add("another sense: " + quoted(text, h.begin, h.end), h.entry->weight);
                t.other_sense = true;
            }
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace audit
