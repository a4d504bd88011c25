#pragma once
// When the school is in session, from the profile: the school day (start, end, days) and term
// dates in the school's own time zone. Shared by the checks that ask "was this in school hours?"
// (usage.school-hours, and any image or activity check that wants the same answer).
#include "audit/profile/school_profile.hpp"
#include "audit/text/local_time.hpp"
#include <optional>
#include <string>

namespace audit {

// One moment as the school sees it.
struct SchoolMoment {
    LocalTime local;
    bool in_hours = false;
    std::string why; // "Thu 06 Mar 2025 10:52 GMT: a school day in term (2025-02-24 to 2025-04-11)"
};

// How an export wrote a timestamp.
enum class TimeBasis {
    utc,        // seconds since the epoch, UTC (Meta, X, LinkedIn)
    local_wall, // the account's wall-clock time stored as if it were UTC (zone-less dates)
};

class SchoolCalendar {
public:
    explicit SchoolCalendar(const SchoolProfile& profile);

    // Without term dates every school weekday counts, holidays included: weaker evidence.
    bool terms_known() const { return !m_terms.empty(); }
    // False when ICU does not know the profile's zone: times are then read as UTC.
    bool zone_known() const { return m_zone_known; }
    const std::string& zone_name() const { return m_zone_name; }
    // "08:40–15:20 Mon–Fri, Europe/London"
    std::string describe() const;

    // nullopt for an unknown time (0) or one outside years 1–9999.
    std::optional<SchoolMoment> at(Timestamp t, TimeBasis basis = TimeBasis::utc) const;
    bool in_school_hours(Timestamp t, TimeBasis basis = TimeBasis::utc) const;

private:
    const DateRange* term_of(const std::string& date) const;
    std::string explain(const LocalTime& local, bool& in_hours) const;
    // What explain() decides, without the words: called for every item of an export.
    bool in_hours(const LocalTime& local) const;

    LocalClock m_clock;
    LocalClock m_wall_clock; // no shift, no zone name
    bool m_zone_known = false;
    std::string m_zone_name;
    int m_start = 0;                // seconds since local midnight, inclusive
    int m_end = 0;                  // inclusive, like the example generator's rule
    unsigned m_days = 0;            // bit d set: weekday d (0 = Monday) is a school day
    std::vector<DateRange> m_terms; // sorted by start
};

// "Thu 06 Mar 2025 10:52 GMT": how the report writes a local time.
std::string describe_local(const LocalTime& local);

} // namespace audit
