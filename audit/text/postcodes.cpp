// UK postcodes (find_postcodes, normalise_postcode from contacts.hpp), by the Royal Mail
// grammar: outward A9, A99, AA9, AA99, A9A or AA9A; inward 9AA; letters restricted by position.
#include "audit/text/contacts.hpp"
#include <algorithm>

#include <array>
#include <optional>

namespace audit {
namespace {

constexpr double k_clear_postcode_confidence = 0.9; // capitals and the usual space
constexpr double k_loose_postcode_confidence = 0.7; // lower case or run together

constexpr std::array<std::string_view, 6> k_outward_shapes = {"AA9A", "A9A", "AA99",
                                                              "AA9",  "A99", "A9"};
constexpr std::string_view k_not_first = "QVX";
constexpr std::string_view k_not_second = "IJZ";
constexpr std::string_view k_third_in_a9a = "ABCDEFGHJKPSTUW";
constexpr std::string_view k_fourth_in_aa9a = "ABEHMNPRVWXY";
constexpr std::string_view k_not_inward = "CIKMOV";

char upper(char c) {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool is_alnum(char c) {
    return is_digit(c) || is_letter(c);
}
// A plain loop: these sets are a few letters, and this runs at every letter of every text.
bool in(std::string_view set, char c) {
    const char u = upper(c);
    for (const char s : set)
        if (s == u) return true;
    return false;
}

bool letter_allowed(std::string_view shape, std::size_t i, char c) {
    if (i == 0) {
        return !in(k_not_first, c);
    }
    if (i == 1) {
        return !in(k_not_second, c);
    }
    if (shape == "A9A") {
        return in(k_third_in_a9a, c);
    }
    return in(k_fourth_in_aa9a, c); // AA9A
}

bool matches_outward(std::string_view text, std::size_t pos, std::string_view shape) {
    if (text.size() - pos < shape.size()) {
        return false;
    }
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const char c = text[pos + i];
        const bool ok = shape[i] == '9' ? is_digit(c) : is_letter(c) && letter_allowed(shape, i, c);
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool matches_inward(std::string_view text, std::size_t pos) {
    return text.size() - pos >= 3 && is_digit(text[pos]) && is_letter(text[pos + 1]) &&
           !in(k_not_inward, text[pos + 1]) && is_letter(text[pos + 2]) &&
           !in(k_not_inward, text[pos + 2]);
}

struct Parsed {
    std::size_t end = 0;
    std::string value; // "BA1 2AB"
    bool spaced = false;
};

std::string upper_copy(std::string_view s) {
    std::string out(s);
    for (auto& c : out) {
        c = upper(c);
    }
    return out;
}

// A postcode starting at `pos` and ending on a word boundary, or nullopt.
std::optional<Parsed> parse_at(std::string_view text, std::size_t pos) {
    for (const auto shape : k_outward_shapes) {
        if (!matches_outward(text, pos, shape)) {
            continue;
        }
        for (const bool spaced : {true, false}) {
            auto inward = pos + shape.size();
            if (spaced && (inward >= text.size() || text[inward] != ' ')) {
                continue;
            }
            inward += spaced ? 1 : 0;
            const auto end = inward + 3;
            if (inward > text.size() || !matches_inward(text, inward) ||
                (end < text.size() && is_alnum(text[end]))) {
                continue;
            }
            return Parsed{end,
                          upper_copy(text.substr(pos, shape.size())) + " " +
                              upper_copy(text.substr(inward, 3)),
                          spaced};
        }
    }
    if (text.size() - pos >= 6) {
        const auto girobank = upper_copy(text.substr(pos, 7));
        for (const std::string_view form : {"GIR 0AA", "GIR0AA"}) {
            if (girobank.starts_with(form) &&
                (pos + form.size() == text.size() || !is_alnum(text[pos + form.size()]))) {
                return Parsed{pos + form.size(), "GIR 0AA", form.size() == 7};
            }
        }
    }
    return std::nullopt;
}

bool all_capitals(std::string_view s) {
    for (const char c : s) {
        if (c >= 'a' && c <= 'z') {
            return false;
        }
    }
    return true;
}

} // namespace

std::vector<Found> find_postcodes(std::string_view text) {
    // Every postcode has a digit in both halves: most texts have none, and one quick pass over
    // the bytes spares them the word-by-word parse.
    if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return {};
    std::vector<Found> found;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const bool word_start = is_letter(text[pos]) && (pos == 0 || !is_alnum(text[pos - 1]));
        if (!word_start) {
            ++pos;
            continue;
        }
        if (auto parsed = parse_at(text, pos)) {
            const auto raw = text.substr(pos, parsed->end - pos);
            const bool clear = parsed->spaced && all_capitals(raw);
            found.push_back({pos, parsed->end, parsed->value,
                             clear ? k_clear_postcode_confidence : k_loose_postcode_confidence});
            pos = parsed->end;
            continue;
        }
        while (pos < text.size() && is_alnum(text[pos])) {
            ++pos; // skip the rest of this word
        }
    }
    return found;
}

std::string normalise_postcode(std::string_view text) {
    std::string squashed;
    for (const char c : text) {
        if (c != ' ' && c != '\t') {
            squashed.push_back(c);
        }
    }
    if (squashed.size() < 5 || squashed.size() > 7) {
        return {};
    }
    const auto parsed = parse_at(squashed, 0);
    return parsed && parsed->end == squashed.size() ? parsed->value : std::string{};
}

} // namespace audit
