#include "audit/text/contacts.hpp"

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>
#include <utf8proc.h>

#include <algorithm>
#include <exception>
#include <optional>
#include <string>
#include <vector>

namespace audit {
namespace {

namespace pn = i18n::phonenumbers;

constexpr double k_valid_phone_confidence = 0.9;
// The right length and prefix for a UK number, but outside the ranges libphonenumber knows as
// allocated (new ranges, or Ofcom's drama ranges such as 07700 900xxx).
constexpr double k_phone_shaped_confidence = 0.7;
constexpr int k_min_phone_digits = 10;
// Bounds libphonenumber's work on text full of digit runs.
constexpr int k_max_phone_tries = 2000;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_alnum(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// libphonenumber finds nothing in text with invalid UTF-8; replacing each bad byte with a space
// keeps every byte offset as it was.
std::string with_invalid_bytes_blanked(std::string_view text) {
    std::string out(text);
    std::size_t pos = 0;
    while (pos < out.size()) {
        utf8proc_int32_t cp = -1;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(out.data() + pos),
                                        static_cast<utf8proc_ssize_t>(out.size() - pos), &cp);
        if (n <= 0) {
            out[pos] = ' ';
            ++pos;
        } else {
            pos += static_cast<std::size_t>(n);
        }
    }
    return out;
}

int count_digits(std::string_view s) {
    return static_cast<int>(std::count_if(s.begin(), s.end(), is_digit));
}

// Digit groups split by '-', '.' or '/' that read as a date or a range of years: "14.03.2024",
// "2024-03-14", "2019-2024".
bool looks_like_date(std::string_view raw) {
    std::vector<std::size_t> groups;
    std::size_t run = 0;
    for (const char c : raw) {
        if (is_digit(c)) {
            ++run;
        } else if (c == '-' || c == '.' || c == '/') {
            groups.push_back(run);
            run = 0;
        } else {
            return false;
        }
    }
    groups.push_back(run);
    if (groups.size() == 2) {
        return groups[0] == 4 && groups[1] == 4;
    }
    if (groups.size() != 3) {
        return false;
    }
    const bool day_first = groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 2 || groups[2] == 4);
    const bool year_first = groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2;
    return day_first || year_first;
}

// What stands before the number says whether it is one: an id, a hashtag or a price is not.
bool preceded_by_non_phone_marker(std::string_view text, std::size_t begin) {
    if (begin == 0) {
        return false;
    }
    const char before = text[begin - 1];
    if (before == '#' || before == '$' || before == '/' || is_alnum(before)) {
        return true;
    }
    if (before == ':' && begin >= 2 && is_digit(text[begin - 2])) {
        return true; // the tail of a time, "10:30 …"
    }
    const auto prefix = text.substr(0, begin);
    return prefix.ends_with("£") || prefix.ends_with("€");
}

bool followed_by_number_part(std::string_view text, std::size_t end) {
    return end < text.size() && (is_alnum(text[end]) || text[end] == '/' || text[end] == ':');
}

// National-format UK numbers start with the trunk prefix 0; a bare digit run that does not
// ("1234567890") is an id or an order number.
bool has_dialling_prefix(std::string_view raw) {
    const auto first = raw.find_first_not_of("( ");
    return first != std::string_view::npos && (raw[first] == '+' || raw[first] == '0');
}

// Not in libphonenumber's allocated ranges, but a UK geographic (01, 02, 03) or mobile (071-079)
// number of the right length.
bool uk_shaped(const pn::PhoneNumberUtil& util, const pn::PhoneNumber& number) {
    if (number.country_code() != 44) {
        return false;
    }
    std::string national;
    util.GetNationalSignificantNumber(number, &national);
    if (national.size() != 10) {
        return false;
    }
    return national[0] == '1' || national[0] == '2' || national[0] == '3' ||
           (national[0] == '7' && national[1] != '0');
}

bool is_phone_separator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+';
}

// Ranges of `text` holding a run of digits and phone punctuation with enough digits for a
// phone number, widened by a little context (the matcher looks at what surrounds a number).
std::vector<std::pair<std::size_t, std::size_t>> phone_windows(std::string_view text) {
    constexpr std::size_t k_context = 8;
    constexpr std::size_t k_max_separators = 3; // "0) " between groups, no more
    std::vector<std::pair<std::size_t, std::size_t>> windows;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (!is_digit(text[pos]) && text[pos] != '+' && text[pos] != '(') {
            ++pos;
            continue;
        }
        const auto start = pos;
        auto last_digit = pos;
        int digits = 0;
        std::size_t separators = 0;
        for (; pos < text.size(); ++pos) {
            if (is_digit(text[pos])) {
                ++digits;
                last_digit = pos;
                separators = 0;
            } else if (!is_phone_separator(text[pos]) || ++separators > k_max_separators) {
                break;
            }
        }
        if (digits >= k_min_phone_digits) {
            const auto from = start > k_context ? start - k_context : 0;
            const auto to = std::min(text.size(), last_digit + 1 + k_context);
            if (!windows.empty() && windows.back().second >= from) {
                windows.back().second = to;
            } else {
                windows.emplace_back(from, to);
            }
        }
        pos = std::max(pos, start + 1);
    }
    return windows;
}

std::optional<Found> judge_phone(const pn::PhoneNumberUtil& util, const pn::PhoneNumberMatch& match,
                                 std::string_view text, std::string_view region) {
    const auto& raw = match.raw_string();
    const auto begin = static_cast<std::size_t>(std::max(match.start(), 0));
    const auto end = begin + raw.size();
    if (end > text.size() || count_digits(raw) < k_min_phone_digits || looks_like_date(raw) ||
        preceded_by_non_phone_marker(text, begin) || followed_by_number_part(text, end)) {
        return std::nullopt;
    }
    if (region == "GB" && !has_dialling_prefix(raw)) {
        return std::nullopt;
    }
    double confidence = 0;
    if (util.IsValidNumber(match.number())) {
        confidence = k_valid_phone_confidence;
    } else if (uk_shaped(util, match.number())) {
        confidence = k_phone_shaped_confidence;
    } else {
        return std::nullopt;
    }
    std::string e164;
    util.Format(match.number(), pn::PhoneNumberUtil::E164, &e164);
    return Found{begin, end, e164, confidence};
}

} // namespace

std::vector<Found> find_phones(std::string_view text, const char* region) {
    std::vector<Found> found;
    const std::string region_code = region != nullptr ? region : "GB";
    try {
        const auto& util = *pn::PhoneNumberUtil::GetInstance();
        // libphonenumber costs ~0.1-0.3 ms per call: it only sees the few places where a
        // number could be, with a little context either side.
        for (const auto& [from, to] : phone_windows(text)) {
            const auto window = with_invalid_bytes_blanked(text.substr(from, to - from));
            // POSSIBLE, not VALID: the numbers people post include ranges libphonenumber does
            // not list; judge_phone applies the validity and shape rules itself.
            pn::PhoneNumberMatcher matcher(util, window, region_code,
                                           pn::PhoneNumberMatcher::POSSIBLE, k_max_phone_tries);
            pn::PhoneNumberMatch match;
            while (matcher.HasNext() && matcher.Next(&match)) {
                if (auto phone = judge_phone(util, match, window, region_code)) {
                    phone->begin += from;
                    phone->end += from;
                    found.push_back(std::move(*phone));
                }
            }
        }
    } catch (const std::exception&) {
        // The library failing on odd text loses its numbers, not the scan.
    }
    return found;
}

namespace {

constexpr double k_email_confidence = 0.9;
constexpr std::size_t k_max_local_part = 64;
constexpr std::size_t k_max_domain = 253;

bool is_local_char(char c) {
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_domain_char(char c) {
    return is_alnum(c) || c == '-' || c == '.';
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    return out;
}

// The domain after '@' up to where it stops being a host name: at least two labels, a final
// label of two or more letters, no empty labels, no label starting or ending with '-'.
std::size_t domain_end(std::string_view text, std::size_t start) {
    auto end = start;
    while (end < text.size() && is_domain_char(text[end])) {
        if (end - start >= k_max_domain) {
            return start; // longer than any host name
        }
        ++end;
    }
    while (end > start && (text[end - 1] == '.' || text[end - 1] == '-')) {
        --end; // sentence punctuation after the address
    }
    const auto domain = text.substr(start, end - start);
    const auto last_dot = domain.rfind('.');
    if (last_dot == std::string_view::npos || domain.find("..") != std::string_view::npos ||
        domain.front() == '.' || domain.front() == '-' ||
        domain.find(".-") != std::string_view::npos ||
        domain.find("-.") != std::string_view::npos) {
        return start;
    }
    const auto tld = domain.substr(last_dot + 1);
    const bool tld_ok = tld.size() >= 2 && std::all_of(tld.begin(), tld.end(), [](char c) {
                            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                        });
    return tld_ok ? end : start;
}

std::size_t local_start(std::string_view text, std::size_t at) {
    auto start = at;
    while (start > 0 && at - start < k_max_local_part && is_local_char(text[start - 1])) {
        --start;
    }
    if (start > 0 && is_local_char(text[start - 1])) {
        return at; // longer than any real local part: not an address
    }
    while (start < at && text[start] == '.') {
        ++start;
    }
    return start;
}

// "https://x.com/@user" and "user:pass@host" are parts of URLs, not addresses.
bool inside_url(std::string_view text, std::size_t start) {
    if (start == 0) {
        return false;
    }
    const char before = text[start - 1];
    if (before == '/') {
        return true;
    }
    return before == ':' && !text.substr(0, start).ends_with("mailto:");
}

} // namespace

std::vector<Found> find_emails(std::string_view text) {
    std::vector<Found> found;
    for (auto at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        const auto start = local_start(text, at);
        const auto end = domain_end(text, at + 1);
        if (start == at || end == at + 1 || inside_url(text, start) || text[at - 1] == '.' ||
            (end < text.size() && text[end] == '@')) {
            continue;
        }
        found.push_back(
            {start, end, ascii_lower(text.substr(start, end - start)), k_email_confidence});
    }
    return found;
}

} // namespace audit
