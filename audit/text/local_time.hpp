#pragma once
// Civil (wall-clock) time in an IANA time zone, from ICU's own zone data: exact across daylight
// saving changes (GMT/BST), and independent of the process's TZ variable and of localtime(),
// which share global state between threads.
#include "audit/model/source_ref.hpp"
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace audit {

// 0 = Monday … 6 = Sunday (ISO order).
using Weekday = int;

struct LocalTime {
    std::string date;              // "2025-03-30", the civil date in the zone
    Weekday weekday = 0;           // of that date
    int seconds = 0;               // since local midnight, 0..86399
    int offset_minutes = 0;        // UTC offset in force (60 during BST)
    bool daylight = false;         // daylight saving time in force
    std::string zone_abbreviation; // "GMT", "BST"; empty for a clock with no zone

    int minutes() const { return seconds / 60; } // since local midnight
    std::string hhmm() const;                    // "08:50"
};

// A clock in one zone. Each LocalClock owns its zone object, and `at` only calls ICU's const
// methods, so clocks never touch process-wide state; one clock may serve several threads.
class LocalClock {
public:
    // nullopt when ICU does not know the zone name.
    static std::optional<LocalClock> in_zone(std::string_view iana_name);
    // UTC itself. Also the clock for timestamps that are already local wall-clock time written
    // as if UTC (exports whose dates carry no zone): offset 0, no abbreviation.
    static LocalClock utc(bool with_abbreviation = true);

    LocalClock(LocalClock&&) noexcept;
    LocalClock& operator=(LocalClock&&) noexcept;
    ~LocalClock();

    // The civil time of `t` (seconds since the epoch, UTC); nullopt outside years 1–9999.
    std::optional<LocalTime> at(Timestamp t) const;
    // Like at(), without the two strings (date and zone abbreviation stay empty): enough for
    // the weekday and the time of day, for callers that test a hundred thousand timestamps.
    std::optional<LocalTime> clock_time(Timestamp t) const;
    const std::string& zone_name() const { return m_name; }

private:
    struct Zone;
    LocalClock(std::unique_ptr<Zone> zone, std::string name);
    std::unique_ptr<Zone> m_zone; // null: UTC without ICU
    std::string m_name;
};

std::string_view weekday_name(Weekday day);  // "Monday"
std::string_view weekday_short(Weekday day); // "Mon"
// "Mon" / "Monday" (any case) → 0; nullopt for anything else.
std::optional<Weekday> parse_weekday(std::string_view text);

} // namespace audit
