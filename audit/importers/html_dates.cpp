#include "audit/importers/html_dates.hpp"
#include <array>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace audit {

namespace {

using Tokens = std::vector<std::string>;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!is_digit(c)) return false;
    return true;
}

// Lower-cased words split at spaces (also no-break ones, as in ICU's "1:04 PM") and commas.
Tokens tokenize(std::string_view text) {
    Tokens tokens;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) tokens.push_back(std::move(current));
        current.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',') {
            flush();
        } else if (text.substr(i, 2) == "\xc2\xa0") {
            flush();
            ++i;
        } else if (text.substr(i, 3) == "\xe2\x80\xaf" || text.substr(i, 3) == "\xe2\x80\x89") {
            flush();
            i += 2;
        } else {
            current.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        }
    }
    flush();
    return tokens;
}

std::optional<unsigned> number(std::string_view s, std::size_t max_digits) {
    if (!all_digits(s) || s.size() > max_digits) return std::nullopt;
    unsigned value = 0;
    for (char c : s) value = value * 10 + static_cast<unsigned>(c - '0');
    return value;
}

std::optional<unsigned> month_of(std::string_view word) {
    if (word.ends_with('.')) word.remove_suffix(1);
    static constexpr std::array<std::string_view, 12> k_full = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    for (unsigned m = 0; m < k_full.size(); ++m) {
        if (word == k_full[m] || (word.size() == 3 && k_full[m].starts_with(word)))
            return m + 1;
    }
    if (word == "sept") return 9;
    return std::nullopt;
}

bool is_weekday(std::string_view word) {
    if (word.ends_with('.')) word.remove_suffix(1);
    static constexpr std::string_view k_days[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon",    "tue",     "tues",      "wed",      "thu",    "thur",     "thurs",
        "fri",    "sat",     "sun"};
    for (std::string_view day : k_days)
        if (word == day) return true;
    return false;
}

int days_in_month(int year, unsigned month) {
    static constexpr std::array<int, 12> k_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && (leap || year == 0) ? 29 : k_days[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// "+06:00", "+6", "-0530", "+05:30" → minutes east of UTC.
std::optional<int> offset_of(std::string_view s) {
    if (s.empty() || (s[0] != '+' && s[0] != '-')) return std::nullopt;
    const int sign = s[0] == '-' ? -1 : 1;
    s.remove_prefix(1);
    std::string_view hours = s, minutes;
    if (const auto colon = s.find(':'); colon != std::string_view::npos) {
        hours = s.substr(0, colon);
        minutes = s.substr(colon + 1);
    } else if (s.size() == 4) {
        hours = s.substr(0, 2);
        minutes = s.substr(2);
    }
    const auto h = number(hours, 2);
    const auto m = minutes.empty() ? std::optional<unsigned>(0) : number(minutes, 2);
    if (!h || !m || *h > 14 || *m > 59) return std::nullopt;
    return sign * static_cast<int>(*h * 60 + *m);
}

// Reads tokens front to back; every step either consumes what it knows or leaves the cursor.
class Reader {
public:
    explicit Reader(Tokens tokens) : m_tokens(std::move(tokens)) {}

    bool done() const { return m_at >= m_tokens.size(); }
    const std::string& peek() const { return m_tokens[m_at]; }
    void skip() { ++m_at; }
    bool skip_if(std::string_view word) {
        if (done() || peek() != word) return false;
        ++m_at;
        return true;
    }

private:
    Tokens m_tokens;
    std::size_t m_at = 0;
};

bool set_time(HtmlDate& date, std::string_view clock, std::string_view meridiem) {
    // "13:04", "1:04:27" with "am"/"pm"/"a.m."/"p.m." or none.
    std::vector<std::string_view> parts;
    while (true) {
        const auto colon = clock.find(':');
        parts.push_back(clock.substr(0, colon));
        if (colon == std::string_view::npos) break;
        clock.remove_prefix(colon + 1);
    }
    if (parts.size() < 2 || parts.size() > 3) return false;
    const auto hour = number(parts[0], 2), minute = number(parts[1], 2),
               second = parts.size() == 3 ? number(parts[2], 2) : std::optional<unsigned>(0);
    if (!hour || !minute || !second || parts[1].size() != 2 || *minute > 59 || *second > 60)
        return false;
    unsigned h = *hour;
    if (meridiem.empty()) {
        if (h > 23) return false;
    } else {
        if (h < 1 || h > 12) return false;
        const bool pm = meridiem == "pm" || meridiem == "p.m.";
        h = (h % 12) + (pm ? 12 : 0);
    }
    date.has_time = true;
    date.hour = h;
    date.minute = *minute;
    date.second = *second;
    return true;
}

bool is_meridiem(std::string_view word) {
    return word == "am" || word == "pm" || word == "a.m." || word == "p.m.";
}

// "1:04:27pm", "1:04", then an optional separate "pm".
bool read_time(Reader& r, HtmlDate& date) {
    if (r.done() || r.peek().find(':') == std::string::npos) return true; // no time: fine
    std::string_view clock = r.peek();
    std::string_view meridiem;
    for (std::string_view suffix : {"a.m.", "p.m.", "am", "pm"}) {
        if (clock.ends_with(suffix)) {
            meridiem = suffix;
            clock.remove_suffix(suffix.size());
            break;
        }
    }
    const std::string clock_text(clock), meridiem_text(meridiem);
    r.skip();
    std::string separate;
    if (meridiem_text.empty() && !r.done() && is_meridiem(r.peek())) {
        separate = r.peek();
        r.skip();
    }
    return set_time(date, clock_text, meridiem_text.empty() ? separate : meridiem_text);
}

// "UTC", "UTC+06:00", "GMT-5", "UTC +01:00", "Z".
bool read_zone(Reader& r, HtmlDate& date) {
    if (r.done()) return true;
    std::string_view word = r.peek();
    if (word == "z") {
        r.skip();
        date.utc_offset_minutes = 0;
        return true;
    }
    if (!word.starts_with("utc") && !word.starts_with("gmt")) return false;
    r.skip();
    std::string_view rest = word.substr(3);
    std::string separate;
    if (rest.empty() && !r.done() && (r.peek().starts_with('+') || r.peek().starts_with('-'))) {
        separate = r.peek();
        r.skip();
        rest = separate;
    }
    if (rest.empty()) {
        date.utc_offset_minutes = 0;
        return true;
    }
    date.utc_offset_minutes = offset_of(rest);
    return date.utc_offset_minutes.has_value();
}

bool valid_day(const HtmlDate& date) {
    return date.month >= 1 && date.month <= 12 && date.day >= 1 &&
           static_cast<int>(date.day) <= days_in_month(date.year, date.month);
}

std::optional<int> year_of(std::string_view word) {
    const auto year = number(word, 4);
    if (!year || word.size() != 4 || *year < 1000) return std::nullopt;
    return static_cast<int>(*year);
}

// "2024-02-13", "2024-02-13t13:04:00z", "2024-02-13t13:04+01:00" (lower-cased).
std::optional<HtmlDate> parse_iso(std::string_view word) {
    if (word.size() < 10 || word[4] != '-' || word[7] != '-') return std::nullopt;
    HtmlDate date;
    const auto year = year_of(word.substr(0, 4));
    const auto month = number(word.substr(5, 2), 2), day = number(word.substr(8, 2), 2);
    if (!year || !month || !day) return std::nullopt;
    date.year = *year;
    date.month = *month;
    date.day = *day;
    std::string_view rest = word.substr(10);
    if (rest.empty()) return date;
    if (rest[0] != 't') return std::nullopt;
    rest.remove_prefix(1);
    std::string_view clock = rest;
    if (rest.ends_with('z')) {
        clock.remove_suffix(1);
        date.utc_offset_minutes = 0;
    } else if (const auto sign = rest.find_first_of("+-"); sign != std::string_view::npos) {
        clock = rest.substr(0, sign);
        date.utc_offset_minutes = offset_of(rest.substr(sign));
        if (!date.utc_offset_minutes) return std::nullopt;
    }
    if (!set_time(date, clock, {})) return std::nullopt;
    return date;
}

// "Feb 13 2024", "13 Feb 2024", "February 13" (commas already gone).
bool read_day_month_year(Reader& r, HtmlDate& date) {
    if (r.done()) return false;
    if (auto month = month_of(r.peek())) {
        r.skip();
        if (r.done()) return false;
        const auto day = number(r.peek(), 2);
        if (!day) return false;
        r.skip();
        date.month = *month;
        date.day = *day;
    } else if (auto day = number(r.peek(), 2)) {
        r.skip();
        if (r.done()) return false;
        const auto named = month_of(r.peek());
        if (!named) return false;
        r.skip();
        date.month = *named;
        date.day = *day;
    } else {
        return false;
    }
    if (!r.done())
        if (auto year = year_of(r.peek())) {
            r.skip();
            date.year = *year;
        }
    return true;
}

} // namespace

std::optional<HtmlDate> parse_html_date(std::string_view text) {
    Tokens tokens = tokenize(text);
    if (tokens.size() == 1)
        if (auto iso = parse_iso(tokens.front()); iso && valid_day(*iso)) return iso;
    Reader r(std::move(tokens));
    if (!r.done() && is_weekday(r.peek())) r.skip();
    HtmlDate date;
    if (!read_day_month_year(r, date) || !valid_day(date)) return std::nullopt;
    r.skip_if("at");
    if (!read_time(r, date) || !read_zone(r, date) || !r.done()) return std::nullopt;
    return date;
}

std::optional<Timestamp> to_timestamp(const HtmlDate& date) {
    if (date.year == 0) return std::nullopt;
    const Timestamp local = days_from_civil(date.year, date.month, date.day) * 86400 +
                            date.hour * 3600 + date.minute * 60 + date.second;
    return local - 60 * static_cast<Timestamp>(date.utc_offset_minutes.value_or(0));
}

std::optional<Timestamp> html_timestamp(std::string_view text) {
    const auto date = parse_html_date(text);
    return date ? to_timestamp(*date) : std::nullopt;
}

std::string birthday_text(const HtmlDate& date) {
    char buf[32];
    if (date.year > 0)
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", date.year, date.month, date.day);
    else
        std::snprintf(buf, sizeof buf, "%02u-%02u", date.month, date.day);
    return buf;
}

} // namespace audit
