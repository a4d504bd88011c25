#include "audit/text/people_matcher.hpp"

#include "audit/text/normalise.hpp"

#include <algorithm>

namespace audit {
namespace {

constexpr double k_full_name_confidence = 0.9;
constexpr double k_middle_names_ignored_confidence = 0.85;
constexpr double k_initial_and_family_confidence = 0.5;
constexpr double k_given_and_family_initial_confidence = 0.45;
constexpr double k_username_full_confidence = 0.75;
constexpr double k_username_initial_confidence = 0.45;
// A squashed given+family shorter than this ("alli") turns up inside too many other words to be
// trusted anywhere but as the whole user name.
constexpr std::size_t k_min_contained_length = 7;

std::string without_spaces(std::string_view s) {
    std::string out;
    std::copy_if(s.begin(), s.end(), std::back_inserter(out), [](char c) { return c != ' '; });
    return out;
}

// Whitespace-separated words, each folded and squashed ("Ellie-May" → "elliemay"); words that
// fold to nothing (emoji, punctuation) are dropped.
std::vector<std::string> folded_words(std::string_view name) {
    std::vector<std::string> words;
    std::size_t pos = 0;
    while (pos < name.size()) {
        const auto start = name.find_first_not_of(" \t\r\n", pos);
        if (start == std::string_view::npos) {
            break;
        }
        auto end = name.find_first_of(" \t\r\n", start);
        end = end == std::string_view::npos ? name.size() : end;
        auto word = without_spaces(fold_key(name.substr(start, end - start)));
        if (!word.empty()) {
            words.push_back(std::move(word));
        }
        pos = end;
    }
    return words;
}

// "Mason, Ellie" is the same person as "Ellie Mason".
std::string given_name_first(std::string_view name) {
    const auto comma = name.find(',');
    if (comma == std::string_view::npos) {
        return std::string(name);
    }
    return std::string(name.substr(comma + 1)) + " " + std::string(name.substr(0, comma));
}

bool is_one_of(const std::vector<std::string>& forms, std::string_view word) {
    return std::find(forms.begin(), forms.end(), word) != forms.end();
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (auto i = from; i < to; ++i) {
        out += words[i];
    }
    return out;
}

struct Candidate {
    double confidence = 0;
    std::string signal;
};

void keep_best(std::optional<PersonMatch>& best, const Person* person, const Candidate& c) {
    if (c.confidence > 0 && (!best || c.confidence > best->confidence)) {
        best = PersonMatch{person, c.confidence, {c.signal}};
    }
}

} // namespace

PeopleMatcher::PeopleMatcher(const Roster& roster) {
    for (const auto& person : roster.people) {
        const auto words = folded_words(given_name_first(person.name));
        if (words.size() < 2) {
            continue; // a single name can never be told apart from anyone else's
        }
        Key key{{words.front()}, words.back(), &person};
        // "Ellie-May" also goes by "Ellie".
        const auto ordered = given_name_first(person.name);
        const auto start = ordered.find_first_not_of(" \t");
        const auto hyphenated = fold_key(
            std::string_view(ordered).substr(start, ordered.find_first_of(" \t", start) - start));
        const auto space = hyphenated.find(' ');
        if (space != std::string::npos) {
            key.given.push_back(hyphenated.substr(0, space));
        }
        m_keys.push_back(std::move(key));
    }
}

namespace {

// Display-name words against one roster key: the given name may be written as one or two words
// ("Ellie May"), the family name as one or two ("Smith Jones"); middle names are ignored.
Candidate compare_display(const std::vector<std::string>& words,
                          const std::vector<std::string>& given, const std::string& family) {
    const auto n = words.size();
    Candidate best;
    for (std::size_t g = 1; g <= std::min<std::size_t>(2, n - 1); ++g) {
        if (!is_one_of(given, joined(words, 0, g))) {
            continue;
        }
        for (std::size_t f = 1; g + f <= n && f <= 2; ++f) {
            if (joined(words, n - f, n) != family) {
                continue;
            }
            if (g + f == n) {
                return {k_full_name_confidence, "display name matches roster name"};
            }
            best = {k_middle_names_ignored_confidence,
                    "display name matches roster name, middle names ignored"};
        }
    }
    if (best.confidence > 0) {
        return best;
    }
    const auto& first = words.front();
    const auto& last = words.back();
    if (n == 2 && first.size() == 1 && first[0] == given.front()[0] && last == family) {
        return {k_initial_and_family_confidence,
                "initial and family name match a roster name (weak)"};
    }
    if (n == 2 && last.size() == 1 && last[0] == family[0] && is_one_of(given, first)) {
        return {k_given_and_family_initial_confidence,
                "given name and family initial match a roster name (weak)"};
    }
    return {};
}

} // namespace

std::optional<PersonMatch> PeopleMatcher::match_name(std::string_view display_name) const {
    const auto words = folded_words(display_name);
    if (words.size() < 2) {
        return std::nullopt; // a first name alone never identifies anyone
    }
    std::optional<PersonMatch> best;
    for (const auto& key : m_keys) {
        keep_best(best, key.person, compare_display(words, key.given, key.family));
    }
    return best;
}

std::optional<PersonMatch> PeopleMatcher::match_username(std::string_view username) const {
    // "ellie.m_2014" → letters "elliem", with digits; "Ellie_Mason09" → "elliemason".
    const auto folded = fold_key(username);
    std::string letters;
    bool has_digits = false;
    for (const char c : folded) {
        if (c >= '0' && c <= '9') {
            has_digits = true;
        } else if (c != ' ') {
            letters.push_back(c);
        }
    }
    if (letters.empty()) {
        return std::nullopt;
    }
    std::optional<PersonMatch> best;
    for (const auto& key : m_keys) {
        for (const auto& given : key.given) {
            const auto full = given + key.family;
            const auto reversed = key.family + given;
            const bool whole = letters == full || letters == reversed;
            const bool contained = full.size() >= k_min_contained_length &&
                                   (letters.find(full) != std::string::npos ||
                                    letters.find(reversed) != std::string::npos);
            if (whole || contained) {
                keep_best(best, key.person,
                          {k_username_full_confidence,
                           "user name contains a roster name's given and family names"});
            } else if (has_digits && letters == given + key.family.substr(0, 1)) {
                keep_best(best, key.person,
                          {k_username_initial_confidence,
                           "user name is a roster given name, family initial and digits (weak)"});
            }
        }
    }
    return best;
}

} // namespace audit
