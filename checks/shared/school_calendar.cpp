#include "checks/shared/school_calendar.hpp"
#include "audit/profile/profile_values.hpp"
#include <algorithm>
#include <array>

namespace audit {

namespace {

constexpr std::array<std::string_view, 12> k_months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr unsigned k_weekdays_mon_fri = 0b0011111;

LocalClock clock_for(const std::string& zone) {
    if (auto clock = LocalClock::in_zone(zone)) return std::move(*clock);
    return LocalClock::utc();
}

// "08:40" → seconds since midnight; `fallback` (a SchoolDay default) when unreadable.
int seconds_of(const std::string& hhmm, const std::string& fallback) {
    auto canonical = profile::parse_clock_time(hhmm);
    if (!canonical) canonical = fallback;
    return std::stoi(canonical->substr(0, 2)) * 3600 + std::stoi(canonical->substr(3, 2)) * 60;
}

unsigned day_bits(const std::vector<std::string>& days) {
    unsigned bits = 0;
    for (const std::string& name : days)
        if (auto d = parse_weekday(name)) bits |= 1u << *d;
    return bits ? bits : k_weekdays_mon_fri;
}

std::vector<DateRange> valid_terms(const std::vector<DateRange>& terms) {
    std::vector<DateRange> out;
    for (const DateRange& t : terms)
        if (profile::parse_iso_date(t.start) && profile::parse_iso_date(t.end) && t.start <= t.end)
            out.push_back(t);
    std::sort(out.begin(), out.end(),
              [](const DateRange& a, const DateRange& b) { return a.start < b.start; });
    return out;
}

std::string clock_text(int seconds) {
    LocalTime t;
    t.seconds = seconds;
    return t.hhmm();
}

// "Mon–Fri", "Mon, Wed, Fri".
std::string describe_days(unsigned bits) {
    std::vector<Weekday> days;
    for (Weekday d = 0; d < 7; ++d)
        if (bits & (1u << d)) days.push_back(d);
    const bool contiguous =
        days.size() > 2 && days.back() - days.front() + 1 == static_cast<int>(days.size());
    if (contiguous)
        return std::string(weekday_short(days.front())) + "\u2013" +
               std::string(weekday_short(days.back()));
    std::string out;
    for (Weekday d : days)
        out += (out.empty() ? "" : ", ") + std::string(weekday_short(d));
    return out;
}

} // namespace

std::string describe_local(const LocalTime& local) {
    // local.date is "YYYY-MM-DD" (or longer years); read it from the end.
    const std::string& date = local.date;
    std::string out(weekday_short(local.weekday));
    if (date.size() >= 10) {
        const int month = std::stoi(date.substr(date.size() - 5, 2));
        out += " " + date.substr(date.size() - 2) + " " +
               std::string(k_months[static_cast<std::size_t>(std::clamp(month, 1, 12) - 1)]) + " " +
               date.substr(0, date.size() - 6);
    }
    out += " " + local.hhmm();
    if (!local.zone_abbreviation.empty()) out += " " + local.zone_abbreviation;
    return out;
}

SchoolCalendar::SchoolCalendar(const SchoolProfile& profile)
    : m_clock(clock_for(profile.timezone)), m_wall_clock(LocalClock::utc(false)),
      m_zone_known(LocalClock::in_zone(profile.timezone).has_value()),
      m_zone_name(profile.timezone),
      m_start(seconds_of(profile.school_day.start, SchoolDay{}.start)),
      m_end(seconds_of(profile.school_day.end, SchoolDay{}.end)),
      m_days(day_bits(profile.school_day.days)), m_terms(valid_terms(profile.terms)) {
    if (m_end < m_start) std::swap(m_start, m_end);
}

std::string SchoolCalendar::describe() const {
    return clock_text(m_start) + "\u2013" + clock_text(m_end) + " " + describe_days(m_days) + ", " +
           (m_zone_known ? m_zone_name : "UTC (time zone " + m_zone_name + " unknown)");
}

const DateRange* SchoolCalendar::term_of(const std::string& date) const {
    for (const DateRange& t : m_terms) {
        if (t.start > date) break; // sorted by start: no later range can hold the date
        if (date <= t.end) return &t;
    }
    return nullptr;
}

std::string SchoolCalendar::explain(const LocalTime& local, bool& in_hours) const {
    in_hours = false;
    if (!(m_days & (1u << local.weekday)))
        return std::string(weekday_name(local.weekday)) + " is not a school day";
    const DateRange* term = term_of(local.date);
    if (terms_known() && !term) return local.date + " is outside the term dates (a holiday)";
    if (local.seconds < m_start) return "before the school day starts at " + clock_text(m_start);
    if (local.seconds > m_end) return "after the school day ends at " + clock_text(m_end);
    in_hours = true;
    std::string day = term ? "a school day in term (" + term->start + " to " + term->end + ")"
                           : "a school weekday (term dates unknown)";
    return day + ", between " + clock_text(m_start) + " and " + clock_text(m_end);
}

std::optional<SchoolMoment> SchoolCalendar::at(Timestamp t, TimeBasis basis) const {
    if (t == 0) return std::nullopt; // the exports' "unknown"
    auto local = (basis == TimeBasis::utc ? m_clock : m_wall_clock).at(t);
    if (!local) return std::nullopt;
    SchoolMoment moment;
    moment.local = std::move(*local);
    moment.why = describe_local(moment.local) + ": " + explain(moment.local, moment.in_hours);
    return moment;
}

bool SchoolCalendar::in_hours(const LocalTime& local) const {
    if (!(m_days & (1u << local.weekday))) return false;
    if (terms_known() && !term_of(local.date)) return false;
    return m_start <= local.seconds && local.seconds <= m_end;
}

bool SchoolCalendar::in_school_hours(Timestamp t, TimeBasis basis) const {
    if (t == 0) return false;
    const LocalClock& clock = basis == TimeBasis::utc ? m_clock : m_wall_clock;
    // Most items fall outside the school day: the weekday and the time of day settle those
    // without writing out the date, which only the term dates need.
    const auto time = clock.clock_time(t);
    if (!time || !(m_days & (1u << time->weekday))) return false;
    if (time->seconds < m_start || time->seconds > m_end) return false;
    const auto local = clock.at(t);
    return local && in_hours(*local);
}

} // namespace audit
