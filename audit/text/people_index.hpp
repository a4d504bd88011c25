#pragma once
// Internal to the people matcher: every name form of a roster, looked up by folded key. A plain
// roster keeps the keys; a hashed roster keeps only BLAKE2b(salt ‖ key) and hashes each key it
// is asked about, so the same lookups serve both and no roster name is ever in memory for a
// hashed one. Plain rosters also get one LiteralSet of every free-text form.
#include "audit/text/literal_set.hpp"
#include "audit/text/people_matcher.hpp"
#include <cstdint>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace audit {

struct FormEntry {
    std::uint32_t person = 0; // index into the roster's people
    NameForm form = NameForm::full;
};

struct PeopleMatcher::Index {
    explicit Index(const Roster& roster);

    // Every entry whose form's key is `key` (for a hashed roster: whose hash is the key's).
    std::span<const FormEntry> find(std::string_view key) const;
    const Person* person(std::uint32_t index) const { return people[index]; }

    std::vector<const Person*> people;
    std::vector<unsigned char> salt; // empty for a plain roster

    // Plain rosters only. One LiteralSet of every family name and given name as free text
    // folds them: the anchors. Around a family name the words before it are looked up (full
    // name, nickname, title, one-letter-less typo forms); a given name anchors a typo in the
    // family name after it. Anchors rather than every form as a literal: vectorscan compiles
    // 15 600 full and nickname literals of 3 000 names in about 3 s, the 3 000 anchors in 0.4 s.
    std::unique_ptr<LiteralSet> literals;
    std::vector<std::vector<std::uint32_t>> family_anchor; // by literal id: whose family it is
    std::vector<std::vector<std::uint32_t>> given_anchor;  // by literal id: whose given name
    std::vector<std::vector<std::string>> givens;          // by person: given names (squashed)
    std::vector<std::string> families;                     // by person: family name (squashed)

    // Plain rosters: whether a folded word could be a squashed form ("elliemason") at all, by
    // its length and first two letters, so that most words of a text need no hash lookup.
    bool may_be_squashed(std::string_view word) const {
        return word.size() >= m_squashed_min && word.size() <= m_squashed_max &&
               m_squashed_starts[two_letters(word)];
    }

private:
    static std::size_t two_letters(std::string_view word) {
        return static_cast<unsigned char>(word[0]) << 8 | static_cast<unsigned char>(word[1]);
    }
    void index_squashed_forms();

    std::size_t m_squashed_min = SIZE_MAX, m_squashed_max = 0;
    std::vector<bool> m_squashed_starts = std::vector<bool>(1 << 16);
    struct DigestHash {
        std::size_t operator()(const NameDigest& d) const;
    };
    // Looked up by string_view, without building a std::string per word of every text.
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::vector<FormEntry>, StringHash, std::equal_to<>> m_plain;
    std::unordered_map<NameDigest, std::vector<FormEntry>, DigestHash> m_hashed;
};

// Confidence of a match by the form it came through; `exact_length` is false when the written
// name had more words than the form (middle names ignored).
double form_confidence(NameForm form, bool exact_length);

} // namespace audit
