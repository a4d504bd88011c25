// Times and text as X writes them: tweets' "Fri Mar 06 12:56:28 +0000 2026", everything else's
// ISO-8601 "…Z", HTML-escaped tweet text with t.co links.
#include "audit/core/time.hpp"
#include "audit/importers/x_archive_internal.hpp"
#include <array>
#include <charconv>

namespace audit::x {

namespace {

constexpr Timestamp k_day = 86'400;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
Timestamp days_from_civil(Timestamp y, Timestamp m, Timestamp d) {
    y -= m <= 2 ? 1 : 0;
    const Timestamp era = (y >= 0 ? y : y - 399) / 400;
    const Timestamp yoe = y - era * 400;
    const Timestamp doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const Timestamp doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146'097 + doe - 719'468;
}

bool leap(Timestamp y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

Timestamp days_in_month(Timestamp y, Timestamp m) {
    static constexpr std::array<int, 12> k_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : k_days[static_cast<std::size_t>(m - 1)];
}

// Exactly `digits` ASCII digits.
std::optional<Timestamp> number(std::string_view s, std::size_t digits) {
    if (s.size() != digits) return std::nullopt;
    Timestamp value = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

struct Civil {
    Timestamp year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
};

std::optional<Timestamp> to_seconds(const Civil& c, Timestamp offset_seconds) {
    if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > days_in_month(c.year, c.month) ||
        c.hour > 23 || c.minute > 59 || c.second > 60)
        return std::nullopt;
    return days_from_civil(c.year, c.month, c.day) * k_day + c.hour * 3600 + c.minute * 60 +
           c.second - offset_seconds;
}

// "HH:MM:SS"
bool read_clock(std::string_view s, Civil& c) {
    if (s.size() != 8 || s[2] != ':' || s[5] != ':') return false;
    auto h = number(s.substr(0, 2), 2), m = number(s.substr(3, 2), 2), sec = number(s.substr(6), 2);
    if (!h || !m || !sec) return false;
    c.hour = *h;
    c.minute = *m;
    c.second = *sec;
    return true;
}

// "+0000", "-0530", "+01:00": seconds east of UTC.
std::optional<Timestamp> offset_of(std::string_view s) {
    if (s.size() < 5 || (s[0] != '+' && s[0] != '-')) return std::nullopt;
    const Timestamp sign = s[0] == '-' ? -1 : 1;
    s.remove_prefix(1);
    auto h = number(s.substr(0, 2), 2);
    s.remove_prefix(2);
    if (s.starts_with(':')) s.remove_prefix(1);
    auto m = number(s, 2);
    if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
    return sign * (*h * 3600 + *m * 60);
}

std::optional<Timestamp> month_of(std::string_view name) {
    static constexpr std::array<std::string_view, 12> k_months = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (std::size_t i = 0; i < k_months.size(); ++i)
        if (name == k_months[i]) return static_cast<Timestamp>(i + 1);
    return std::nullopt;
}

std::vector<std::string_view> split_spaces(std::string_view s) {
    std::vector<std::string_view> out;
    while (!s.empty()) {
        const auto start = s.find_first_not_of(' ');
        if (start == std::string_view::npos) break;
        s.remove_prefix(start);
        const auto end = s.find(' ');
        out.push_back(s.substr(0, end));
        if (end == std::string_view::npos) break;
        s.remove_prefix(end);
    }
    return out;
}

// Seconds, or milliseconds when the number is too large to be seconds (after the year 5138).
std::optional<Timestamp> epoch_digits(std::string_view s) {
    if (s.empty() || s.size() > 15) return std::nullopt;
    Timestamp value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error != std::errc{} || end != s.data() + s.size()) return std::nullopt;
    constexpr Timestamp k_max_seconds = 100'000'000'000;
    return value > k_max_seconds ? value / 1000 : value;
}

} // namespace

std::optional<Timestamp> parse_created_at(std::string_view text) {
    // weekday month day HH:MM:SS ±hhmm year; the weekday is redundant and not checked.
    const std::vector<std::string_view> parts = split_spaces(text);
    if (parts.size() != 6) return std::nullopt;
    Civil c;
    auto month = month_of(parts[1]);
    auto day = parts[2].size() == 1 ? number(parts[2], 1) : number(parts[2], 2);
    auto offset = offset_of(parts[4]);
    auto year = number(parts[5], 4);
    if (!month || !day || !offset || !year || !read_clock(parts[3], c)) return std::nullopt;
    c.year = *year;
    c.month = *month;
    c.day = *day;
    return to_seconds(c, *offset);
}

std::optional<Timestamp> parse_iso_time(std::string_view text) {
    if (auto epoch = epoch_digits(text)) return epoch;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    Civil c;
    auto y = number(text.substr(0, 4), 4), m = number(text.substr(5, 2), 2),
         d = number(text.substr(8, 2), 2);
    if (!y || !m || !d) return std::nullopt;
    c.year = *y;
    c.month = *m;
    c.day = *d;
    text.remove_prefix(10);
    if (text.empty()) return to_seconds(c, 0);
    if (text[0] != 'T' && text[0] != ' ') return std::nullopt;
    if (!read_clock(text.substr(1, 8), c)) return std::nullopt;
    text.remove_prefix(std::min<std::size_t>(9, text.size()));
    if (text.starts_with('.')) {
        text.remove_prefix(1);
        while (!text.empty() && text[0] >= '0' && text[0] <= '9')
            text.remove_prefix(1);
    }
    if (text.empty() || text == "Z") return to_seconds(c, 0);
    auto offset = offset_of(text);
    if (!offset) return std::nullopt;
    return to_seconds(c, *offset);
}

Timestamp iso_time(const JsonValue& v) {
    return parse_iso_time(v.raw_str()).value_or(0);
}

std::string time_label(Timestamp t) {
    return t == 0 ? "(no date)" : iso_utc(t);
}

std::string text_of(const JsonValue& v) {
    return std::string(v.raw_str());
}

std::string unescape_html(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, char>, 3> k_entities = {
        {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}}};
    std::string out;
    out.reserve(text.size());
    while (!text.empty()) {
        bool replaced = false;
        if (text[0] == '&') {
            for (const auto& [entity, c] : k_entities) {
                if (!text.starts_with(entity)) continue;
                out += c;
                text.remove_prefix(entity.size());
                replaced = true;
                break;
            }
        }
        if (replaced) continue;
        out += text[0];
        text.remove_prefix(1);
    }
    return out;
}

std::string expand_links(std::string text, const JsonValue& urls, const JsonValue& media) {
    auto replace_first = [&text](const std::string& from, const std::string& to) {
        if (from.empty()) return;
        const auto at = text.find(from);
        if (at != std::string::npos) text.replace(at, from.size(), to);
    };
    for (const JsonValue& url : urls.items()) {
        std::string target = text_of(url.get("expanded_url"));
        if (target.empty()) target = text_of(url.get("expanded"));
        if (!target.empty()) replace_first(text_of(url.get("url")), target);
    }
    for (const JsonValue& m : media.items())
        replace_first(text_of(m.get("url")), "");
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n'))
        text.pop_back();
    return text;
}

} // namespace audit::x
