#include "audit/text/school_terms.hpp"

#include "audit/text/normalise.hpp"

#include <algorithm>
#include <array>

namespace audit::detail {
namespace {

constexpr double k_name_confidence = 0.95;
constexpr double k_alias_confidence = 0.9;
constexpr double k_single_word_alias_confidence = 0.8;
constexpr double k_abbreviation_confidence = 0.7;
constexpr double k_domain_confidence = 0.95;
constexpr double k_trust_confidence = 0.8;
constexpr double k_other_confidence = 0.6;
constexpr double k_common_word_confidence = 0.4;
constexpr std::size_t k_short_word = 6;

// Words that are also school names or parts of them: as a one-word alias they prove little.
constexpr std::array k_common_words = {
    "abbey",   "academy", "ash",      "bay",     "beacon",  "beech",   "birch",     "bridge",
    "brook",   "castle",  "cedar",    "cedars",  "central", "church",  "city",      "college",
    "court",   "cross",   "east",     "elm",     "elms",    "field",   "fields",    "forest",
    "grange",  "green",   "grove",    "hall",    "harbour", "heath",   "high",      "hill",
    "hills",   "holly",   "hope",     "infant",  "infants", "ivy",     "junior",    "kings",
    "lane",    "manor",   "meadow",   "meadows", "mill",    "north",   "oak",       "oaks",
    "orchard", "park",    "phoenix",  "primary", "queens",  "rainbow", "riverside", "rose",
    "school",  "south",   "star",     "stars",   "station", "summit",  "sunshine",  "trinity",
    "unity",   "valley",  "victoria", "west",    "willow",  "willows", "wood",      "woods"};

// Capitalised words before a name that usually make it a different school.
constexpr std::array k_place_qualifiers = {
    "north",  "south", "east",   "west",    "upper",   "lower", "old",    "new",    "great",
    "little", "st",    "saint",  "king",    "kings",   "queen", "queens", "high",   "nether",
    "far",    "mid",   "middle", "central", "greater", "royal", "bishop", "bishops"};

// Capitalised words that commonly stand before a school's name without naming another school.
constexpr std::array k_function_words = {
    "a",         "about",    "after",    "all",      "an",       "and",
    "at",        "before",   "but",      "by",       "congrats", "congratulations",
    "dear",      "everyone", "for",      "from",     "go",       "goodbye",
    "happy",     "he",       "hello",    "her",      "hi",       "his",
    "i",         "in",       "into",     "it",       "its",      "join",
    "joined",    "joining",  "leaving",  "love",     "loved",    "loving",
    "me",        "miss",     "mr",       "mrs",      "ms",       "my",
    "near",      "of",       "on",       "or",       "our",      "outside",
    "proud",     "she",      "so",       "team",     "thank",    "thanks",
    "that",      "the",      "their",    "these",    "they",     "this",
    "those",     "to",       "today",    "tomorrow", "tonight",  "us",
    "visit",     "visited",  "visiting", "we",       "welcome",  "with",
    "yesterday", "you",      "your",     "monday",   "tuesday",  "wednesday",
    "thursday",  "friday",   "saturday", "sunday",   "january",  "february",
    "march",     "april",    "may",      "june",     "july",     "august",
    "september", "october",  "november", "december"};

template <std::size_t N>
bool contains(const std::array<const char*, N>& words, std::string_view word) {
    return std::any_of(words.begin(), words.end(),
                       [&](const char* w) { return word == std::string_view(w); });
}

bool has_uppercase(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string without_spaces(std::string_view s) {
    std::string out;
    std::copy_if(s.begin(), s.end(), std::back_inserter(out), [](char c) { return c != ' '; });
    return out;
}

double base_confidence(MentionKind kind) {
    switch (kind) {
    case MentionKind::name: return k_name_confidence;
    case MentionKind::alias: return k_alias_confidence;
    case MentionKind::abbreviation: return k_abbreviation_confidence;
    case MentionKind::domain: return k_domain_confidence;
    case MentionKind::trust: return k_trust_confidence;
    case MentionKind::other_employer: return k_other_confidence;
    case MentionKind::hashtag: break;
    }
    return k_other_confidence;
}

class TermList {
public:
    void add(const std::string& original, MentionKind kind, bool not_us = false) {
        auto folded = fold_key(original);
        if (folded.size() < 2) {
            return; // one letter would match everywhere
        }
        Term term{original, folded, kind, base_confidence(kind), false, false, not_us};
        const bool one_word = folded.find(' ') == std::string::npos;
        if (kind == MentionKind::alias && one_word) {
            if (is_abbreviation(original)) {
                term.kind = MentionKind::abbreviation;
                term.confidence = k_abbreviation_confidence;
            } else if (contains(k_common_words, folded) ||
                       (!has_uppercase(original) && folded.size() <= k_short_word)) {
                term.common_word = true;
                term.confidence = k_common_word_confidence;
            } else {
                term.confidence = k_single_word_alias_confidence;
            }
        }
        if (!one_word && kind != MentionKind::domain) {
            auto squashed = term;
            squashed.folded = without_spaces(folded);
            squashed.squashed = true;
            m_terms.push_back(std::move(squashed));
        }
        m_terms.push_back(std::move(term));
    }

    std::vector<Term> take() { return std::move(m_terms); }

private:
    std::vector<Term> m_terms;
};

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    return out;
}

bool is_all_capitals(std::string_view word) {
    return word.size() > 1 &&
           std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The word ending at `end` (letters and apostrophes), as [begin, end).
std::size_t word_start(std::string_view text, std::size_t end) {
    auto pos = end;
    while (pos > 0 && (is_ascii_letter(text[pos - 1]) || text[pos - 1] == '\'')) {
        --pos;
    }
    return pos;
}

bool sentence_initial(std::string_view text, std::size_t word_begin) {
    auto pos = word_begin;
    while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) {
        --pos;
    }
    if (pos == 0) {
        return true;
    }
    constexpr std::string_view k_openers = ".!?\n\r:;\"'()[]#@|*-";
    return k_openers.find(text[pos - 1]) != std::string_view::npos ||
           static_cast<unsigned char>(text[pos - 1]) >= 0x80; // “, —, emoji: treat as a break
}

} // namespace

std::vector<Term> build_terms(const SchoolProfile& profile) {
    TermList list;
    list.add(profile.name, MentionKind::name);
    for (const auto& alias : profile.aliases) {
        list.add(alias, MentionKind::alias);
    }
    list.add(profile.trust, MentionKind::trust);
    for (const auto& other : profile.others) {
        list.add(other, MentionKind::other_employer);
    }
    for (const auto& domain : profile.domains) {
        list.add(domain, MentionKind::domain);
    }
    for (const auto& other_school : profile.not_us) {
        list.add(other_school, MentionKind::name, true);
    }
    return list.take();
}

bool is_abbreviation(std::string_view alias) {
    return alias.size() >= 2 && alias.size() <= 5 &&
           std::all_of(alias.begin(), alias.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool written_in_capitals(std::string_view span) {
    return std::none_of(span.begin(), span.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::optional<std::string> place_qualifier_before(std::string_view text, std::size_t begin) {
    begin = std::min(begin, text.size());
    auto pos = begin;
    while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t' || text[pos - 1] == '-')) {
        --pos;
    }
    if (pos == begin) {
        return std::nullopt; // no separator: punctuation or the start of the text
    }
    const bool period = pos > 0 && text[pos - 1] == '.'; // "St." — or the end of a sentence
    const auto word_end = period ? pos - 1 : pos;
    const auto word_begin = word_start(text, word_end);
    if (word_begin == word_end || !(text[word_begin] >= 'A' && text[word_begin] <= 'Z')) {
        return std::nullopt;
    }
    const auto word = text.substr(word_begin, word_end - word_begin);
    auto key = ascii_lower(word);
    if (key.size() > 2 && key.ends_with("'s")) {
        key.resize(key.size() - 2);
    }
    if (contains(k_place_qualifiers, key)) {
        return std::string(word);
    }
    if (period || is_all_capitals(word) || contains(k_function_words, key) ||
        sentence_initial(text, word_begin)) {
        return std::nullopt;
    }
    return std::string(word);
}

} // namespace audit::detail
