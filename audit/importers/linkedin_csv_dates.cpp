// LinkedIn's date formats, one per file or so (EXPORT-FORMATS.md §5). Each is matched whole by
// a small scanner; anything else is nullopt so that the importer reports it instead of guessing
// (a "4/6/26" read the wrong way round is a wrong date that looks right).
#include "audit/importers/linkedin_csv_internal.hpp"
#include <array>
#include <cstdio>

namespace audit::linkedin {

namespace {

struct Civil {
    int year = 0;
    int month = 0;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

constexpr std::array<std::string_view, 12> k_months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                       "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 12> k_month_names = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> k_weekdays = {"mon", "tue", "wed", "thu",
                                                        "fri", "sat", "sun"};

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Reads one date string left to right; every step either consumes what it expects or fails.
class Scanner {
public:
    explicit Scanner(std::string_view text) : m_text(text) {}

    bool done() const { return m_pos == m_text.size(); }

    // min..max digits as a number.
    std::optional<int> number(std::size_t min_digits, std::size_t max_digits) {
        std::size_t end = m_pos;
        while (end < m_text.size() && end - m_pos < max_digits && is_digit(m_text[end]))
            ++end;
        if (end - m_pos < min_digits || (end < m_text.size() && is_digit(m_text[end])))
            return std::nullopt;
        int value = 0;
        for (; m_pos < end; ++m_pos)
            value = value * 10 + (m_text[m_pos] - '0');
        return value;
    }

    // One of `chars`.
    bool one_of(std::string_view chars) {
        if (done() || chars.find(m_text[m_pos]) == std::string_view::npos) return false;
        ++m_pos;
        return true;
    }

    bool spaces() {
        const std::size_t start = m_pos;
        while (!done() && m_text[m_pos] == ' ')
            ++m_pos;
        return m_pos > start;
    }

    // A run of letters, lower-cased.
    std::string word() {
        std::string out;
        while (!done() && is_letter(m_text[m_pos]))
            out += lower(m_text[m_pos++]);
        return out;
    }

    // "Apr" or "April" → 4.
    std::optional<int> month() {
        const std::string w = word();
        for (std::size_t i = 0; i < k_months.size(); ++i)
            if (w == k_months[i] || w == k_month_names[i]) return static_cast<int>(i) + 1;
        return std::nullopt;
    }

    bool weekday() {
        const std::string w = word();
        for (std::string_view day : k_weekdays)
            if (w == day) return true;
        return false;
    }

    bool keyword(std::string_view lower_word) { return word() == lower_word; }

    // "h:mm" or "hh:mm:ss" into `c`.
    bool clock(Civil& c, bool seconds_required) {
        auto h = number(1, 2);
        if (!h || !one_of(":")) return false;
        auto m = number(2, 2);
        if (!m) return false;
        c.hour = *h;
        c.minute = *m;
        if (!one_of(":")) return !seconds_required;
        auto s = number(2, 2);
        if (!s) return false;
        c.second = *s;
        return true;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
    constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : k_days[m - 1];
}

bool valid(const Civil& c) {
    return c.year >= 1900 && c.year <= 9999 && c.month >= 1 && c.month <= 12 && c.day >= 1 &&
           c.day <= days_in_month(c.year, c.month) && c.hour >= 0 && c.hour <= 23 &&
           c.minute >= 0 && c.minute <= 59 && c.second >= 0 && c.second <= 59;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::optional<Timestamp> to_timestamp(const std::optional<Civil>& c) {
    if (!c || !valid(*c)) return std::nullopt;
    return days_from_civil(c->year, c->month, c->day) * 86400 + c->hour * 3600 + c->minute * 60 +
           c->second;
}

// "2026-04-02 22:25:49", "2026/04/02 22:25:49 UTC", "2026-04-02T22:25:49Z", "2026-04-02".
std::optional<Civil> iso(std::string_view text) {
    Scanner s(text);
    Civil c;
    auto y = s.number(4, 4);
    if (!y || !s.one_of("-/")) return std::nullopt;
    auto m = s.number(1, 2);
    if (!m || !s.one_of("-/")) return std::nullopt;
    auto d = s.number(1, 2);
    if (!d) return std::nullopt;
    c.year = *y;
    c.month = *m;
    c.day = *d;
    if (s.done()) return c;
    if (!s.one_of(" T") || !s.clock(c, false)) return std::nullopt;
    if (s.one_of("Z")) return s.done() ? std::optional<Civil>(c) : std::nullopt;
    if (s.spaces() && !s.keyword("utc")) return std::nullopt;
    return s.done() ? std::optional<Civil>(c) : std::nullopt;
}

// "4/6/26, 2:12 PM" (month first, as LinkedIn writes it in every locale seen), "4/6/2026".
std::optional<Civil> us_numeric(std::string_view text) {
    Scanner s(text);
    Civil c;
    auto m = s.number(1, 2);
    if (!m || !s.one_of("/")) return std::nullopt;
    auto d = s.number(1, 2);
    if (!d || !s.one_of("/")) return std::nullopt;
    auto y = s.number(2, 4);
    if (!y || (*y >= 100 && *y < 1000)) return std::nullopt;
    // LinkedIn began in 2003: a two-digit year is this century's.
    c.year = *y < 100 ? 2000 + *y : *y;
    c.month = *m;
    c.day = *d;
    if (s.done()) return c;
    s.one_of(",");
    if (!s.spaces() || !s.clock(c, false)) return std::nullopt;
    s.spaces();
    const std::string half = s.word();
    if (!s.done() || c.hour < 1 || c.hour > 12) return std::nullopt;
    if (half == "am")
        c.hour = c.hour == 12 ? 0 : c.hour;
    else if (half == "pm")
        c.hour = c.hour == 12 ? 12 : c.hour + 12;
    else
        return std::nullopt;
    return c;
}

// "06 Apr 2026".
std::optional<Civil> day_month_year(std::string_view text) {
    Scanner s(text);
    auto d = s.number(1, 2);
    if (!d || !s.spaces()) return std::nullopt;
    auto m = s.month();
    if (!m || !s.spaces()) return std::nullopt;
    auto y = s.number(4, 4);
    if (!y || !s.done()) return std::nullopt;
    return Civil{*y, *m, *d};
}

// "Apr 6 2026", "Apr 6, 2026".
std::optional<Civil> month_day_year(std::string_view text) {
    Scanner s(text);
    auto m = s.month();
    if (!m || !s.spaces()) return std::nullopt;
    auto d = s.number(1, 2);
    if (!d) return std::nullopt;
    s.one_of(",");
    if (!s.spaces()) return std::nullopt;
    auto y = s.number(4, 4);
    if (!y || !s.done()) return std::nullopt;
    return Civil{*y, *m, *d};
}

// "May 2016", or "2015".
std::optional<Civil> month_year(std::string_view text) {
    Scanner s(text);
    if (text.empty() || !is_digit(text.front())) {
        auto m = s.month();
        if (!m || !s.spaces()) return std::nullopt;
        auto y = s.number(4, 4);
        if (!y || !s.done()) return std::nullopt;
        return Civil{*y, *m, 1};
    }
    auto y = s.number(4, 4);
    if (!y || !s.done()) return std::nullopt;
    return Civil{*y, 1, 1};
}

// "Sat Sep 05 08:12:14 UTC 2026" (Java's Date.toString, in Company Follows.csv).
std::optional<Civil> java_date(std::string_view text) {
    Scanner s(text);
    Civil c;
    if (!s.weekday() || !s.spaces()) return std::nullopt;
    auto m = s.month();
    if (!m || !s.spaces()) return std::nullopt;
    auto d = s.number(1, 2);
    if (!d || !s.spaces() || !s.clock(c, true) || !s.spaces() || !s.keyword("utc") || !s.spaces())
        return std::nullopt;
    auto y = s.number(4, 4);
    if (!y || !s.done()) return std::nullopt;
    c.year = *y;
    c.month = *m;
    c.day = *d;
    return c;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

// "Jun 20" (the year hidden).
std::optional<Civil> month_day(std::string_view text) {
    Scanner s(text);
    auto m = s.month();
    if (!m || !s.spaces()) return std::nullopt;
    auto d = s.number(1, 2);
    if (!d || !s.done()) return std::nullopt;
    return Civil{2000, *m, *d}; // a leap year, so that "Feb 29" is valid
}

} // namespace

std::optional<Timestamp> parse_date(std::string_view text) {
    text = trimmed(text);
    if (text.empty()) return std::nullopt;
    using Format = std::optional<Civil> (*)(std::string_view);
    for (Format format : {iso, us_numeric, day_month_year, month_day_year, month_year, java_date})
        if (auto t = to_timestamp(format(text))) return t;
    return std::nullopt;
}

std::optional<std::string> parse_birthday(std::string_view text) {
    text = trimmed(text);
    char buf[48];
    if (auto c = month_day(text); c && valid(*c)) {
        std::snprintf(buf, sizeof buf, "%02d-%02d", c->month, c->day);
        return std::string(buf);
    }
    for (auto format : {month_day_year, day_month_year, iso}) {
        auto c = format(text);
        if (!c || !valid(*c) || c->hour || c->minute || c->second) continue;
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c->year, c->month, c->day);
        return std::string(buf);
    }
    return std::nullopt;
}

} // namespace audit::linkedin
