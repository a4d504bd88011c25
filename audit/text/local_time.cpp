#include "audit/text/local_time.hpp"
#include "audit/core/time.hpp"
#include "audit/profile/profile_values.hpp"
#include <array>
#include <cstdio>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

namespace audit {

namespace {

// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years a civil date is written with.
constexpr Timestamp k_earliest = -62135596800;
constexpr Timestamp k_latest = 253402300799;
constexpr Timestamp k_day = 86400;
// 1970-01-01 was a Thursday.
constexpr Weekday k_epoch_weekday = 3;

constexpr std::array<std::string_view, 7> k_weekday_names = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// British English names, so that London reads "GMT"/"BST" whatever the user's locale.
std::string abbreviation(const icu::TimeZone& zone, bool daylight) {
    icu::UnicodeString name;
    zone.getDisplayName(daylight ? 1 : 0, icu::TimeZone::SHORT, icu::Locale("en", "GB"), name);
    return to_utf8(name);
}

} // namespace

struct LocalClock::Zone {
    std::unique_ptr<icu::TimeZone> zone;
    std::string standard;
    std::string daylight;
};

std::string LocalTime::hhmm() const {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", seconds / 3600 % 100, seconds / 60 % 60);
    return buf;
}

LocalClock::LocalClock(std::unique_ptr<Zone> zone, std::string name)
    : m_zone(std::move(zone)), m_name(std::move(name)) {}
LocalClock::LocalClock(LocalClock&&) noexcept = default;
LocalClock& LocalClock::operator=(LocalClock&&) noexcept = default;
LocalClock::~LocalClock() = default;

std::optional<LocalClock> LocalClock::in_zone(std::string_view iana_name) {
    const auto id = icu::UnicodeString::fromUTF8(
        icu::StringPiece(iana_name.data(), static_cast<std::int32_t>(iana_name.size())));
    std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(id));
    icu::UnicodeString resolved;
    // ICU answers an unknown name with a GMT zone called "Etc/Unknown" rather than failing.
    if (!zone || zone->getID(resolved) == icu::UnicodeString(UCAL_UNKNOWN_ZONE_ID))
        return std::nullopt;
    auto z = std::make_unique<Zone>();
    z->standard = abbreviation(*zone, false);
    z->daylight = abbreviation(*zone, true);
    z->zone = std::move(zone);
    return LocalClock(std::move(z), std::string(iana_name));
}

LocalClock LocalClock::utc(bool with_abbreviation) {
    if (with_abbreviation) {
        if (auto clock = in_zone("UTC")) return std::move(*clock);
    }
    return LocalClock(nullptr, with_abbreviation ? "UTC" : "");
}

std::optional<LocalTime> LocalClock::clock_time(Timestamp t) const {
    if (t < k_earliest || t > k_latest) return std::nullopt;
    LocalTime out;
    if (m_zone) {
        std::int32_t raw = 0, dst = 0;
        UErrorCode status = U_ZERO_ERROR;
        m_zone->zone->getOffset(static_cast<UDate>(t) * 1000.0, false, raw, dst, status);
        if (U_FAILURE(status)) return std::nullopt;
        out.offset_minutes = (raw + dst) / 60000;
        out.daylight = dst != 0;
    }
    const Timestamp local = t + Timestamp{out.offset_minutes} * 60;
    const std::int64_t days = floor_div(local, k_day);
    out.seconds = static_cast<int>(local - days * k_day);
    out.weekday = static_cast<Weekday>(((days + k_epoch_weekday) % 7 + 7) % 7);
    return out;
}

std::optional<LocalTime> LocalClock::at(Timestamp t) const {
    auto out = clock_time(t);
    if (!out) return std::nullopt;
    out->date = iso_date_utc(t + Timestamp{out->offset_minutes} * 60);
    if (m_zone) out->zone_abbreviation = out->daylight ? m_zone->daylight : m_zone->standard;
    return out;
}

std::string_view weekday_name(Weekday day) {
    return day >= 0 && day < 7 ? k_weekday_names[static_cast<std::size_t>(day)] : "";
}

std::string_view weekday_short(Weekday day) {
    return weekday_name(day).substr(0, 3);
}

std::optional<Weekday> parse_weekday(std::string_view text) {
    auto canonical = profile::parse_day_name(text);
    if (!canonical) return std::nullopt;
    for (Weekday d = 0; d < 7; ++d)
        if (weekday_short(d) == *canonical) return d;
    return std::nullopt;
}

} // namespace audit
