#include "audit/core/time.hpp"
#include <cstdint>
#include <cstdio>

namespace audit {

namespace {

struct CivilDate {
    std::int64_t year;
    unsigned month; // 1..12
    unsigned day;   // 1..31
};

// Howard Hinnant's days_from_civil inverse: exact for every day count an int64 can hold after
// dividing seconds by 86400.
CivilDate civil_from_days(std::int64_t days) {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<std::uint64_t>(days - era * 146097);                // [0, 146096]
    const std::uint64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // [0, 399]
    const std::uint64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               // [0, 365]
    const std::uint64_t mp = (5 * doy + 2) / 153;                                    // [0, 11]
    const auto day = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
    const auto month = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
    const std::int64_t year = static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
    return {year, month, day};
}

struct Split {
    CivilDate date;
    unsigned seconds_of_day;
};

Split split(Timestamp t) {
    std::int64_t days = t / 86400;
    std::int64_t rest = t % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    return {civil_from_days(days), static_cast<unsigned>(rest)};
}

std::string format_date(const CivilDate& d) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(d.year), d.month,
                  d.day);
    return buf;
}

} // namespace

std::string iso_utc(Timestamp t) {
    const Split s = split(t);
    char time[16];
    std::snprintf(time, sizeof time, "T%02u:%02u:%02uZ", s.seconds_of_day / 3600,
                  s.seconds_of_day / 60 % 60, s.seconds_of_day % 60);
    return format_date(s.date) + time;
}

std::string iso_date_utc(Timestamp t) {
    return format_date(split(t).date);
}

} // namespace audit
