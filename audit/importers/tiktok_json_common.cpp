#include "audit/core/time.hpp"
#include "audit/importers/tiktok_json_internal.hpp"

namespace audit::tiktok {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The value of `count` digits at `pos`, or -1.
int digits_at(std::string_view text, std::size_t pos, std::size_t count) {
    if (pos + count > text.size()) return -1;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (!is_digit(text[i])) return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
    constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : k_days[m - 1];
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

bool is_absent_word(std::string_view text) {
    for (std::string_view word : {"N/A", "n/a", "None", "none", "NONE", "null"})
        if (text == word) return true;
    return false;
}

// Depth first, so that a list found under the second name of a level (2026's "Profile And
// Settings" beside "Your Activity") is not missed because the first name exists.
JsonValue walk_from(const JsonValue& at, const Step* step, const Step* end, std::string& path) {
    if (step == end) return at;
    for (std::string_view name : *step) {
        const JsonValue next = at.get(name);
        if (!next.exists()) continue;
        const std::size_t length = path.size();
        path += (path.empty() ? "" : "/") + std::string(name);
        if (JsonValue found = walk_from(next, step + 1, end, path); found.exists()) return found;
        path.resize(length);
    }
    return {};
}

} // namespace

JsonValue member(const JsonValue& object, Step names) {
    for (std::string_view name : names)
        if (JsonValue value = object.get(name); value.exists()) return value;
    return {};
}

JsonValue walk(const JsonValue& root, std::initializer_list<Step> steps, std::string& path) {
    return walk_from(root, steps.begin(), steps.end(), path);
}

std::vector<JsonValue> records(Context& ctx, const JsonValue& list, const std::string& path) {
    if (!list.exists() || list.is_null()) return {};
    if (!list.is_array()) {
        ctx.out.problems.push_back({ctx.file, path + " is not a list; it was left out"});
        return {};
    }
    std::vector<JsonValue> out;
    for (const JsonValue& item : list.items())
        if (item.is_object()) out.push_back(item);
    return out;
}

std::optional<std::string> present(const JsonValue& value) {
    if (value.is_number()) {
        if (auto n = value.i64()) return std::to_string(*n);
        return std::nullopt;
    }
    auto text = value.opt_str();
    if (!text) return std::nullopt;
    std::string_view trimmed = *text;
    while (!trimmed.empty() && trimmed.front() == ' ')
        trimmed.remove_prefix(1);
    while (!trimmed.empty() && trimmed.back() == ' ')
        trimmed.remove_suffix(1);
    if (trimmed.empty() || is_absent_word(trimmed)) return std::nullopt;
    return std::string(trimmed);
}

std::optional<std::string> field(const JsonValue& record, Step keys) {
    for (std::string_view key : keys)
        if (JsonValue value = record.get(key); value.exists()) return present(value);
    return std::nullopt;
}

std::string field_or_empty(const JsonValue& record, Step keys) {
    return field(record, keys).value_or(std::string());
}

std::optional<Timestamp> parse_time(std::string_view text) {
    // YYYY-MM-DD HH:MM:SS, exactly.
    if (text.size() != 19 || text[4] != '-' || text[7] != '-' || text[10] != ' ' ||
        text[13] != ':' || text[16] != ':')
        return std::nullopt;
    const int y = digits_at(text, 0, 4), mo = digits_at(text, 5, 2), d = digits_at(text, 8, 2);
    const int h = digits_at(text, 11, 2), mi = digits_at(text, 14, 2), s = digits_at(text, 17, 2);
    if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h < 0 || h > 23 ||
        mi < 0 || mi > 59 || s < 0 || s > 59)
        return std::nullopt;
    return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}

Timestamp record_time(Context& ctx, const JsonValue& record) {
    auto text = field(record, {"Date", "date"});
    if (!text) return 0;
    if (auto t = parse_time(*text)) {
        ++ctx.dated_items;
        return *t;
    }
    if (ctx.bad_dates++ == 0) ctx.first_bad_date = *text;
    return 0;
}

std::string time_label(Timestamp t) {
    return t == 0 ? "(no date)" : iso_utc(t);
}

SourceRef source(Context& ctx, std::string item, std::string url) {
    // Counted across the export's files, as TikTok's items are.
    return SourceRef{ctx.file, ctx.identities.unique({}, std::move(item)), std::move(url)};
}

} // namespace audit::tiktok
