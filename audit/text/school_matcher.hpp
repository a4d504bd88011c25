#pragma once
// Finds the school, its trust and other employer names in free text, in one pass over the text
// (vectorscan), on folded text so that case, diacritics, hashtags (#RiversidePrimary),
// underscores and split words do not hide a mention. Rejects the obvious false positives: an
// abbreviation inside another word, a lower-case common word that happens to equal a short
// alias, and another school whose name contains ours (profile `not_us`, or a place qualifier
// before the match such as "North Riverside Primary").
#include "audit/profile/school_profile.hpp"
#include "audit/text/literal_set.hpp"
#include "audit/text/normalise.hpp"
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

enum class MentionKind { name, alias, abbreviation, hashtag, domain, trust, other_employer };
std::string_view to_string(MentionKind k);

struct Mention {
    MentionKind kind = MentionKind::name;
    std::size_t begin = 0; // byte range in the original text
    std::size_t end = 0;
    std::string matched; // the profile's term that matched ("Riverside Primary")
    double confidence = 0; // 0..1
    std::vector<std::string> signals; // why it counts ("school alias 'RPS' in text", …)
};

class SchoolMatcher {
public:
    explicit SchoolMatcher(const SchoolProfile& profile);
    ~SchoolMatcher();
    SchoolMatcher(const SchoolMatcher&) = delete;
    SchoolMatcher& operator=(const SchoolMatcher&) = delete;

    // Mentions in `text`, ordered by position, overlapping mentions merged (longest wins).
    std::vector<Mention> find(std::string_view text) const;
    // The same over `folded` = fold(text), when other matchers read the same folded text.
    std::vector<Mention> find(std::string_view text, const FoldedText& folded) const;
    bool empty() const;
    // The folded terms it looks for (for AsciiPrefilter).
    const LiteralSet& literal_set() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace audit
