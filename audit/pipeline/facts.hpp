#pragma once
// Facts: expensive, per-item results shared by every check that needs them, computed once and
// memoised (what each text mentions, roster matchers). Checks never recompute them.
// Checks run on several threads at once: each memo is computed by the first thread that asks
// and read by every other.
//
// Each text is folded ONCE, and every matcher that reads folded text scans it then: the school's
// names, each roster, the community names (roster variants, classes, your own school name) and
// every bundled word list as one vectorscan database. Only what they
// find is kept (hits are rare; a folded copy of every text would double the text's memory).
// That pass runs over every text, on `threads` threads, when a check first asks for one.
#include "audit/media/media_facts.hpp"
#include "audit/model/export.hpp"
#include "audit/online/public_profile.hpp"
#include "audit/profile/school_profile.hpp"
#include "audit/text/ascii_prefilter.hpp"
#include "audit/text/community_names.hpp"
#include "audit/text/people_matcher.hpp"
#include "audit/text/school_matcher.hpp"
#include "audit/text/word_lists.hpp"
#include <map>
#include <memory>
#include <mutex>
#include <utility>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

// One piece of free text the account holder wrote or attached, from any item kind.
// It points into the Export, which outlives the facts: a ten-year export has a hundred thousand
// texts, and copying each one's source cost more than the checks that read them.
struct TextItem {
    const Export* source = nullptr;
    const SourceRef* ref = nullptr;
    std::string_view kind; // "post", "comment", "message", "caption", "place", "event", "album"
    std::string_view text;
    Timestamp time = 0;
    std::string_view media; // the media entry, for captions
};

class Facts {
public:
    Facts(const std::vector<Export>& exports, const SchoolProfile& profile, unsigned threads = 1);
    ~Facts();

    const std::vector<Export>& exports() const { return m_exports; }
    const SchoolProfile& profile() const { return m_profile; }

    // Every free-text item in every export (posts, comments, messages, captions, places, events).
    const std::vector<TextItem>& texts();
    const SchoolMatcher& school_matcher();
    // School mentions in texts()[index].
    const std::vector<Mention>& school_mentions(std::size_t index);
    // What list.find(texts()[index].text) gives, for a bundled term list (std::logic_error for any
    // other list).
    const std::vector<WordHit>& word_hits(std::size_t index, const WordList& list);
    // What people(kind)->find_in_text(texts()[index].text) gives (empty without that roster), for
    // the pupils' and ex-pupils' rosters (std::logic_error for the others, not searched in texts).
    const std::vector<NameHit>& name_hits(std::size_t index, RosterKind kind);
    // The rosters' names, class names and the account holders' own school names (every
    // export's owner), as free text writes them.
    const CommunityNames& community_names();
    // What community_names().find(fold(texts()[index].text)) gives.
    const std::vector<CommunityNameHit>& community_name_hits(std::size_t index);
    // Matcher for a roster, or nullptr when the profile has no such roster.
    const PeopleMatcher* people(RosterKind kind);
    // What logged-out visitors see on the accounts' public pages: fetched by the pipeline before
    // the checks when the scan runs --online; nullopt when it runs offline.
    const std::optional<std::vector<PublicProfile>>& public_views() const { return m_public_views; }
    void set_public_views(std::vector<PublicProfile> views) { m_public_views = std::move(views); }
    // What the image stage learnt about each media item, in the exports' order (empty when no
    // image check ran or there are no photos). Set by the pipeline before the checks.
    const std::vector<MediaFacts>& media_facts() const { return m_media_facts; }
    void set_media_facts(std::vector<MediaFacts> facts) { m_media_facts = std::move(facts); }

private:
    const std::vector<Export>& m_exports;
    const SchoolProfile& m_profile;
    std::once_flag m_texts_once;
    std::vector<TextItem> m_texts;
    std::once_flag m_school_once;
    std::unique_ptr<SchoolMatcher> m_school;
    // What one text's pass found.
    struct TextSlot {
        std::vector<Mention> mentions;
        std::vector<ListHits> words; // lists with a hit
        std::vector<std::pair<RosterKind, std::vector<NameHit>>> names; // rosters with a hit
        std::vector<CommunityNameHit> community;
    };
    unsigned m_threads;
    std::once_flag m_slots_once;
    std::unique_ptr<TextSlot[]> m_slots; // one per text
    const TextSlot& text_slot(std::size_t index);
    void find_in_texts();
    void find_in_text(std::size_t index);
    std::unique_ptr<AsciiPrefilter> make_prefilter();
    std::unique_ptr<AsciiPrefilter> m_prefilter; // nullptr: every text is folded
    std::once_flag m_community_once;
    std::unique_ptr<CommunityNames> m_community;
    std::once_flag m_people_once;
    std::map<RosterKind, std::unique_ptr<PeopleMatcher>> m_people; // every roster the profile has
    std::optional<std::vector<PublicProfile>> m_public_views;
    std::vector<MediaFacts> m_media_facts;
};

} // namespace audit
