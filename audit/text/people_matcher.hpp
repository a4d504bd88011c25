#pragma once
// Matches people from a roster: in connection lists and message participants (display names),
// in user names ("ellie.m_2014", "elliemason"), and in free text (posts, captions, messages,
// searches, group names). Names are folded first, so case, accents and Unicode forms do not
// matter; every match says how sure it is and why.
//
// What matches (name_forms.hpp makes the forms, for plain and hashed rosters alike):
// - the full name, middle names optional; "Mason, Ellie" rosters too;
// - a common short form of the given name with the family name ("Nell Mason" for Eleanor);
// - one typo in one word of a name whose other word is exact ("Elie Mason"): lower confidence;
//   the rule and its measurement are in similarity.hpp;
// - in free text only: the family name alone when school words are near and it is written with
//   a capital (weak), and title + family name ("Mrs Clarke");
// - in connection lists only: initials ("E. Mason", "Ellie M"), weak.
// A single first name alone never matches.
//
// A hashed roster (docs/hashed-rosters.md) holds no names: the matcher hashes the candidate
// forms of the text (1–4 folded words, split into given and family parts) and looks the hashes
// up. Plain rosters are matched in ONE vectorscan pass over the folded text (LiteralSet).
#include "audit/profile/school_profile.hpp"
#include "audit/text/ascii_prefilter.hpp"
#include "audit/text/literal_set.hpp"
#include "audit/text/normalise.hpp"
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct PersonMatch {
    const Person* person = nullptr;
    double confidence = 0;
    std::vector<std::string> signals; // "display name matches roster name", …
    NameForm form = NameForm::full;
};

// A roster person named in free text.
struct NameHit {
    const Person* person = nullptr;
    std::size_t begin = 0; // byte range in the original text
    std::size_t end = 0;
    double confidence = 0;
    std::vector<std::string> signals;
    NameForm form = NameForm::full;
    bool weak = false; // weak signals only (a family name alone): review
};

struct TextOptions {
    // For masking reports: typo forms count whatever their case, so a mistyped name written in
    // lower case is still masked.
    bool for_masking = false;
};

class PeopleMatcher {
public:
    explicit PeopleMatcher(const Roster& roster);
    ~PeopleMatcher();
    PeopleMatcher(const PeopleMatcher&) = delete;
    PeopleMatcher& operator=(const PeopleMatcher&) = delete;

    std::optional<PersonMatch> match_name(std::string_view display_name) const;
    std::optional<PersonMatch> match_username(std::string_view username) const;
    // Every roster person named in `text`, ordered by position; where hits overlap, the longer
    // one wins (a family name inside a full name is not a second hit).
    std::vector<NameHit> find_in_text(std::string_view text, TextOptions options = {}) const;
    // The same over `folded` = fold(text), when other matchers read the same folded text.
    std::vector<NameHit> find_in_text(std::string_view text, const FoldedText& folded,
                                      TextOptions options = {}) const;

    // What every free-text match starts from: the family and given names found as words
    // (anchor_literals), or a word beginning or ending with a family name, squashed
    // ("#EllieMason", "masonellie": squashed_families). nullptr and empty for a hashed roster,
    // whose names are not known.
    const LiteralSet* anchor_literals() const;
    std::vector<std::string> squashed_families() const;

    RosterKind kind() const { return m_kind; }
    bool hashed() const { return m_hashed; }

    struct Index; // internal: people_index.hpp

private:
    RosterKind m_kind;
    bool m_hashed;
    std::unique_ptr<Index> m_index;
};

// An AsciiPrefilter for what `matchers` find in free text, and for the literals of `more`;
// nullptr when a roster is hashed (its names are not known, so no text can be ruled out).
std::unique_ptr<AsciiPrefilter> prefilter_for(const std::vector<const PeopleMatcher*>& matchers,
                                              std::vector<const LiteralSet*> more = {});

} // namespace audit
