#include "checks/shared/school_calendar.hpp"
#include "checks/example_school.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <chrono>

using namespace audit;
using test::example_school;

namespace {

Timestamp utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) {
    using namespace std::chrono;
    const sys_days day{year{y} / mo / d};
    return day.time_since_epoch().count() * 86400 + h * 3600 + mi * 60 + s;
}

struct Case {
    const char* what;
    Timestamp utc;
    bool in_hours;
    const char* why; // a part of the explanation
};

void check_cases(const SchoolCalendar& calendar, const std::vector<Case>& cases,
                 TimeBasis basis = TimeBasis::utc) {
    for (const Case& c : cases) {
        auto moment = calendar.at(c.utc, basis);
        REQUIRE(moment);
        INFO(c.what << ": " << moment->why);
        CHECK(moment->in_hours == c.in_hours);
        CHECK(calendar.in_school_hours(c.utc, basis) == c.in_hours);
        CHECK(moment->why.find(c.why) != std::string::npos);
    }
}

} // namespace

TEST_CASE("school_calendar: the example school's day, terms and holidays", "[pipeline]") {
    const SchoolCalendar calendar(example_school());
    CHECK(calendar.terms_known());
    CHECK(calendar.zone_known());
    CHECK(calendar.describe() == "08:40\u201315:20 Mon\u2013Fri, Europe/London");
    check_cases(
        calendar,
        {
            {"a term Thursday mid-morning", utc(2025, 3, 6, 10, 52, 40), true,
             "Thu 06 Mar 2025 10:52 GMT: a school day in term (2025-02-24 to 2025-04-11)"},
            {"October half term at 10:00", utc(2024, 10, 30, 10), false, "outside the term dates"},
            {"February half term at 10:00", utc(2025, 2, 19, 10), false, "outside the term dates"},
            {"summer holiday at 10:00 BST", utc(2023, 8, 22, 9), false, "outside the term dates"},
            {"Christmas Eve at 10:00", utc(2025, 12, 24, 10), false, "outside the term dates"},
            {"INSET day before term at 10:00 BST", utc(2025, 9, 2, 9), false,
             "outside the term dates"},
            {"first day of term at 08:40 BST", utc(2025, 9, 3, 7, 40), true,
             "2025-09-03 to 2025-10-24"},
            {"last day of term at 15:20:00", utc(2025, 12, 19, 15, 20, 0), true,
             "between 08:40 and 15:20"},
            {"last day of term at 15:20:01", utc(2025, 12, 19, 15, 20, 1), false,
             "after the school day"},
            {"Saturday in term", utc(2025, 3, 8, 10), false, "Saturday is not a school day"},
            {"Sunday in term", utc(2025, 3, 9, 10), false, "Sunday is not a school day"},
            {"08:39", utc(2025, 3, 6, 8, 39), false, "before the school day starts at 08:40"},
            {"08:41", utc(2025, 3, 6, 8, 41), true, "a school day in term"},
            {"15:19", utc(2025, 3, 6, 15, 19), true, "a school day in term"},
            {"15:21", utc(2025, 3, 6, 15, 21), false, "after the school day ends at 15:20"},
            {"leap day 2024", utc(2024, 2, 29, 10), true, "Thu 29 Feb 2024 10:00 GMT"},
        });
}

TEST_CASE("school_calendar: BST moves UTC times into and out of the school day", "[pipeline]") {
    const SchoolCalendar calendar(example_school());
    check_cases(
        calendar,
        {
            // 07:50 UTC is 08:50 BST in summer (in school) and 07:50 GMT in winter (not).
            {"summer 07:50 UTC", utc(2025, 6, 11, 7, 50), true, "Wed 11 Jun 2025 08:50 BST"},
            {"winter 07:50 UTC", utc(2025, 1, 15, 7, 50), false,
             "07:50 GMT: before the school day"},
            // BST began Sunday 2025-03-30: the Friday before is GMT, the Monday after BST.
            {"Friday before BST, 07:45 UTC", utc(2025, 3, 28, 7, 45), false, "07:45 GMT"},
            {"Monday after BST began, 07:45 UTC", utc(2025, 3, 31, 7, 45), true, "08:45 BST"},
            {"Monday after BST began, 14:30 UTC", utc(2025, 3, 31, 14, 30), false, "15:30 BST"},
            // BST ended Sunday 2024-10-27 in half term; back at school on 4 November in GMT.
            {"Friday before half term, 07:45 UTC", utc(2024, 10, 25, 7, 45), true, "08:45 BST"},
            {"first Monday after, 07:45 UTC", utc(2024, 11, 4, 7, 45), false, "07:45 GMT"},
            {"first Monday after, 15:19 UTC", utc(2024, 11, 4, 15, 19), true, "15:19 GMT"},
            // Late evening UTC in summer is the next day in London (a Saturday here).
            {"Friday 23:30 UTC in June", utc(2025, 6, 13, 23, 30), false, "Saturday is not"},
        });
}

TEST_CASE("school_calendar: zone-less export times are not shifted again", "[pipeline]") {
    const SchoolCalendar calendar(example_school());
    // TikTok writes wall-clock time; its importer stores "2025-06-11 07:50" as if UTC.
    check_cases(calendar,
                {
                    {"wall clock 07:50", utc(2025, 6, 11, 7, 50), false, "Wed 11 Jun 2025 07:50:"},
                    {"wall clock 08:50", utc(2025, 6, 11, 8, 50), true, "Wed 11 Jun 2025 08:50:"},
                    {"wall clock 15:21", utc(2025, 1, 15, 15, 21), false, "after the school day"},
                },
                TimeBasis::local_wall);
}

TEST_CASE("school_calendar: without term dates every school weekday counts", "[pipeline]") {
    SchoolProfile profile;
    profile.school_day = SchoolDay{"08:40", "15:20", {"Mon", "Tue", "Wed", "Thu"}};
    const SchoolCalendar calendar(profile);
    CHECK_FALSE(calendar.terms_known());
    CHECK(calendar.describe() == "08:40\u201315:20 Mon\u2013Thu, Europe/London");
    check_cases(
        calendar,
        {
            {"a half-term Wednesday", utc(2024, 10, 30, 10), true, "term dates unknown"},
            {"a Friday (not a school day here)", utc(2024, 11, 1, 10), false, "Friday is not"},
        });
}

TEST_CASE("school_calendar: odd profiles and times", "[pipeline]") {
    SchoolProfile profile;
    profile.timezone = "Mars/Olympus_Mons";
    profile.school_day = SchoolDay{"nonsense", "15:30", {"Funday"}};
    profile.terms = {
        {"2025-09-03", "2025-10-24"}, {"2025-13-01", "2025-14-01"}, {"2025-12-01", "2025-11-01"}};
    const SchoolCalendar calendar(profile);
    CHECK_FALSE(calendar.zone_known());
    CHECK(calendar.terms_known());
    // Unreadable start: the default 08:30; no valid day: Mon–Fri; unknown zone: UTC.
    CHECK(calendar.describe() ==
          "08:30\u201315:30 Mon\u2013Fri, UTC (time zone Mars/Olympus_Mons unknown)");
    CHECK(calendar.in_school_hours(utc(2025, 9, 10, 8, 30)));
    CHECK_FALSE(calendar.in_school_hours(utc(2025, 9, 10, 8, 29)));
    CHECK_FALSE(calendar.in_school_hours(utc(2025, 11, 12, 10))); // the backwards range is ignored
    CHECK_FALSE(calendar.at(0));
    CHECK_FALSE(calendar.at(std::numeric_limits<Timestamp>::max()));
    CHECK_FALSE(calendar.in_school_hours(0));
}

TEST_CASE("school_calendar: local times are written for people", "[pipeline]") {
    LocalTime t;
    t.date = "2025-03-06";
    t.weekday = 3;
    t.seconds = 10 * 3600 + 52 * 60 + 40;
    t.zone_abbreviation = "GMT";
    CHECK(describe_local(t) == "Thu 06 Mar 2025 10:52 GMT");
    t.zone_abbreviation.clear();
    t.date = "2026-12-31";
    CHECK(describe_local(t) == "Thu 31 Dec 2026 10:52");
}
