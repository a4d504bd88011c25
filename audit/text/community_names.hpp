#pragma once
// What the school profile adds to the school-community words at run time: the rosters' names
// (colleagues as "Mrs Clarke" or "Amanda Clarke", parents and pupils by full name), class names
// ("Oak class") and each account holder's own school name ("Mrs Ellis"), as one LiteralSet.
// Facts scans every text for them in its single pass over the folded text, so the checks that
// weigh school-community references (checks/shared/community_terms.hpp) never fold a text again.
// A hashed roster has no names to list: its people are not among these.
#include "audit/profile/school_profile.hpp"
#include "audit/text/literal_set.hpp"
#include "audit/text/normalise.hpp"
#include "audit/text/word_lists.hpp"
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace audit {

// A community name in a text: the entry and the original byte range it covers.
struct CommunityNameHit {
    std::size_t entry = 0; // index into CommunityNames::entries()
    std::size_t begin = 0;
    std::size_t end = 0;
};

class CommunityNames {
public:
    // `owners`: the account holders' names as the exports give them ("Jordan Ellis").
    CommunityNames(const SchoolProfile& profile, const std::vector<std::string>& owners);
    ~CommunityNames();
    CommunityNames(const CommunityNames&) = delete;
    CommunityNames& operator=(const CommunityNames&) = delete;

    // One entry per variant; the term is the folded literal, tagged with who it is.
    const std::vector<WordEntry>& entries() const { return m_entries; }
    // Whether entries()[index] counts for the account holder whose folded name is `owner_key`
    // (fold_key(owner); empty for checks that do not know whose account it is): roster and class
    // names count for everyone, an account holder's own school name only for them.
    bool for_owner(std::size_t index, std::string_view owner_key) const;
    // Every occurrence in `text` (folded as `folded`), at most `max_hits`, in scan order.
    std::vector<CommunityNameHit> find(const FoldedText& folded, std::size_t max_hits = 200) const;
    bool empty() const { return m_entries.empty(); }
    // The literals, by entry (for AsciiPrefilter).
    const LiteralSet& literal_set() const { return *m_set; }

private:
    // Only while constructing: literal → entry, so that each literal is one entry.
    using ByLiteral = std::unordered_map<std::string, std::size_t>;
    void add(ByLiteral& seen, std::string literal, double weight, std::vector<std::string> tags,
             std::string owner = {});

    std::vector<WordEntry> m_entries;
    std::vector<std::vector<std::string>> m_owners; // by entry: folded owners it is for; empty: all
    std::unique_ptr<LiteralSet> m_set;
};

} // namespace audit
