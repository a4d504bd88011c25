#pragma once
// A quick test before the folding pass, so that most texts are never folded: whether a text
// could hold any literal of some LiteralSets. Nine texts in ten mention nothing the matchers
// look for, and folding a text costs more than searching it.
//
// Exact for text that folds as ASCII does (folds_as_ascii: ASCII, emoji, curly quotes, dashes):
// folding it only lowercases letters and makes every other run of characters one space, so a
// literal is in fold(text) exactly when its words are runs of ASCII letters and digits of the
// text, in order, with no letter or digit between them. One caseless vectorscan pass looks for
// the longest word of every literal; where one is found as a whole run, the literal's other
// words are compared around it. Any other text (accented letters, other scripts) is always
// passed on to the matchers.
#include "audit/text/literal_set.hpp"
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

class AsciiPrefilter {
public:
    // `sets`: literal sets matched as whole words of folded text. `word_edges`: folded words
    // that also count at the start or end of a longer word (a family name squashed into
    // "#EllieMason" or "masonellie").
    AsciiPrefilter(const std::vector<const LiteralSet*>& sets, const std::vector<std::string>& word_edges);
    ~AsciiPrefilter();
    AsciiPrefilter(const AsciiPrefilter&) = delete;
    AsciiPrefilter& operator=(const AsciiPrefilter&) = delete;

    // False only when nothing of the sets or the word edges can be in fold(text): `text` folds
    // as ASCII does and holds none of them.
    bool may_match(std::string_view text) const;
    // Distinct words searched for (for the benchmark notes).
    std::size_t anchor_count() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace audit
