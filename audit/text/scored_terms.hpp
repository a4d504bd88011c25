#pragma once
// The generic scored detector behind the word-list checks: every term of a list found in a
// text, each with a confidence built from signals anyone can read: the term's base weight,
// school words nearby (school_context), a negation before it, an unrelated sense overlapping
// it, a missing context the term needs, other terms in the same text, and whatever a check adds.
#include "audit/text/school_context.hpp"
#include "audit/text/word_lists.hpp"
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct ScoredTerm {
    const WordEntry* entry = nullptr;
    std::size_t begin = 0; // byte range of the match in the text
    std::size_t end = 0;
    double base = 0;
    std::vector<ContextSignal> signals; // what raised or lowered it, in order
    bool other_sense = false;           // an `unrelated` entry overlaps it ("my parents")

    // Base plus every signal, clamped to 0.05..0.99.
    double confidence() const { return with_context(base, signals); }
    void add(std::string signal, double weight) { signals.push_back({std::move(signal), weight}); }
    // Whether any school context or a text-wide signal raised it.
    bool has_context() const;
    // "'safeguarding referral' (safeguarding)": the words as written, and the term's category.
    std::string describe(std::string_view text) const;
};

struct ScoreRules {
    bool school_context = true;      // school words nearby raise it
    double negation = -0.3;          // "not", "never", "isn't", "aren't" … among the words before
    double missing_context = -0.45;  // a needs_context or near= term without its context
    double other_term = 0.05;        // each other term of the list in the same text (at most 2)
    std::size_t window = 160;        // bytes either side read for context
    // Signals true of the whole text ("your school is named in this text"); a positive one is
    // context enough for needs_context terms.
    std::vector<ContextSignal> text_signals;
};

// Every non-`unrelated` term of `list` in `text`, scored, in text order.
std::vector<ScoredTerm> score_terms(std::string_view text, const WordList& list,
                                    const ScoreRules& rules = {});
// The same from the list's hits in `text`, already found (Facts::word_hits).
std::vector<ScoredTerm> score_terms(std::string_view text, const std::vector<WordHit>& hits,
                                    const ScoreRules& rules = {});
// A negation among the four words before `begin`: school_context's own list, plus contractions
// it does not know ("aren't", "weren't", "doesn't", "didn't", "hardly").
bool negated(std::string_view text, std::size_t begin);
// Whether one of `folded_words` (fold_key form) is within `window` bytes of [begin, end).
bool word_near(std::string_view text, std::size_t begin, std::size_t end,
               const std::vector<std::string>& folded_words, std::size_t window = 160);

} // namespace audit
