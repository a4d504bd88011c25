#pragma once
// Word lists bundled with the tool (audit/text/data/*.txt, embedded at build time): each line a
// term, a base weight and optional tags (the format is documented at the top of every file).
// Each list is parsed once and compiled into one LiteralSet, so finding every term of a list in
// a text is one vectorscan pass over the folded text, whole words only: "Scunthorpe" never
// contains a match.
#include "audit/text/literal_set.hpp"
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct WordEntry {
    std::string term;   // as written in the file
    double weight = 0;  // base confidence; negative for `unrelated` entries
    std::vector<std::string> tags;
    std::size_t line = 0; // in the data file, for messages

    bool has(std::string_view tag) const;
    // The value of a "key=value" tag ("near=ofsted,inspection" → "ofsted,inspection"), or "".
    std::string_view value_of(std::string_view key) const;
    // The values of a "key=a,b_c" tag, each folded ("b_c" → "b c"); empty when absent.
    std::vector<std::string> values_of(std::string_view key) const;
    // The first tag that is none of the rule tags (needs_context, near=, unrelated, …): the
    // category a finding shows ("safeguarding"), or "".
    std::string_view category() const;
    bool unrelated() const { return has("unrelated"); }
};

// A term found in a text: the entry and the original byte range of the match.
struct WordHit {
    const WordEntry* entry = nullptr;
    std::size_t begin = 0;
    std::size_t end = 0;
};

class WordList {
public:
    // Parses `data` (the file's bytes); `name` names it in problems. Bad lines are skipped and
    // recorded in problems(), never fatal.
    WordList(std::string name, std::string_view data);
    ~WordList();
    WordList(const WordList&) = delete;
    WordList& operator=(const WordList&) = delete;

    const std::string& name() const { return m_name; }
    const std::vector<WordEntry>& entries() const { return m_entries; }
    // "confidential_terms.txt line 12: no weight", one per skipped line.
    const std::vector<std::string>& problems() const { return m_problems; }

    // Every whole-word occurrence of every entry, ordered by position (longest first at one
    // position). A match inside a longer match of another non-`unrelated` entry is dropped
    // ("don't tell anyone" wins over "tell anyone"); `unrelated` matches are kept so that
    // scorers can see which match they overlap.
    std::vector<WordHit> find(std::string_view text) const;
    // The same over text already folded (fold(text)), when several lists read one text.
    std::vector<WordHit> find(const FoldedText& folded) const;
    // The same from raw hits of this list's literals (ids as in literals()), found by another
    // set that holds them (find_in_every_list's).
    std::vector<WordHit> hits_from(const FoldedText& folded, const std::vector<LiteralSet::Hit>& raw) const;
    // The folded literals this list matches; several per entry ("don't" and "dont").
    const std::vector<std::string>& literals() const { return m_literals; }

private:
    std::string m_name;
    std::vector<WordEntry> m_entries;
    std::vector<std::string> m_literals;
    std::vector<std::size_t> m_literal_entry; // literal index → entry index
    std::vector<std::string> m_problems;
    std::unique_ptr<LiteralSet> m_set;
};

// A bundled list by file name ("confidential_terms.txt"), parsed on first use; thread-safe.
// Throws std::out_of_range for a name that is not bundled (a programming error).
const WordList& word_list(std::string_view file_name);
// The names of every bundled data file.
std::vector<std::string_view> bundled_word_lists();

// One bundled list's hits in a text.
struct ListHits {
    const WordList* list = nullptr;
    std::vector<WordHit> hits; // as list->find(text) gives them
};
// Every bundled term list's hits in one folded text from ONE vectorscan pass (a database of
// every list's literals), instead of one pass per list: what Facts keeps for each text. Only
// lists with a hit are returned, each exactly as its own find() would give them.
std::vector<ListHits> find_in_every_list(const FoldedText& folded);
// Whether find_in_every_list reads `list` (every bundled term list does; a list made from other
// data does not).
bool in_every_list(const WordList& list);
// The literals find_in_every_list looks for, as one set.
const LiteralSet& every_list_literals();

} // namespace audit
