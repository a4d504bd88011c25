#include "audit/text/local_time.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <limits>
#include <string>
#include <thread>
#include <vector>

using namespace audit;

namespace {

// Seconds since the epoch of a UTC civil time, computed without any time zone machinery.
Timestamp utc(int y, unsigned mo, unsigned d, int h = 0, int mi = 0, int s = 0) {
    using namespace std::chrono;
    const sys_days day{year{y} / month{mo} / ::std::chrono::day{d}};
    return day.time_since_epoch().count() * 86400 + h * 3600 + mi * 60 + s;
}

std::string hhmmss(const LocalTime& t) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", t.seconds / 3600, t.seconds / 60 % 60,
                  t.seconds % 60);
    return buf;
}

const LocalClock& london() {
    static const LocalClock clock = [] {
        auto c = LocalClock::in_zone("Europe/London");
        if (!c) throw std::runtime_error("ICU does not know Europe/London");
        return std::move(*c);
    }();
    return clock;
}

} // namespace

TEST_CASE("local_time: Europe/London across the 2025 BST changes", "[text]") {
    struct Case {
        Timestamp utc;
        std::string date;
        std::string time;
        Weekday weekday;
        int offset;
        std::string abbreviation;
    };
    // BST began 2025-03-30 01:00 UTC (clocks 01:00 → 02:00) and ended 2025-10-26 01:00 UTC
    // (clocks 02:00 → 01:00): both Sundays.
    const std::vector<Case> cases = {
        {utc(2025, 3, 30, 0, 59, 59), "2025-03-30", "00:59:59", 6, 0, "GMT"},
        {utc(2025, 3, 30, 1, 0, 0), "2025-03-30", "02:00:00", 6, 60, "BST"},
        {utc(2025, 3, 30, 1, 30, 0), "2025-03-30", "02:30:00", 6, 60, "BST"},
        {utc(2025, 10, 26, 0, 0, 0), "2025-10-26", "01:00:00", 6, 60, "BST"},
        {utc(2025, 10, 26, 0, 59, 59), "2025-10-26", "01:59:59", 6, 60, "BST"},
        {utc(2025, 10, 26, 1, 0, 0), "2025-10-26", "01:00:00", 6, 0, "GMT"},
        {utc(2025, 10, 26, 1, 30, 0), "2025-10-26", "01:30:00", 6, 0, "GMT"},
        // A summer morning at 07:50 UTC is 08:50 in school; the winter one is still 07:50.
        {utc(2025, 6, 11, 7, 50, 0), "2025-06-11", "08:50:00", 2, 60, "BST"},
        {utc(2025, 1, 15, 7, 50, 0), "2025-01-15", "07:50:00", 2, 0, "GMT"},
        // Late evening UTC in summer is already tomorrow in London.
        {utc(2025, 7, 1, 23, 30, 0), "2025-07-02", "00:30:00", 2, 60, "BST"},
        // 2024: BST from 31 March to 27 October.
        {utc(2024, 3, 31, 0, 59, 0), "2024-03-31", "00:59:00", 6, 0, "GMT"},
        {utc(2024, 10, 27, 0, 59, 0), "2024-10-27", "01:59:00", 6, 60, "BST"},
    };
    for (const Case& c : cases) {
        INFO("utc " << c.utc << " expected " << c.date << " " << c.time);
        auto local = london().at(c.utc);
        REQUIRE(local);
        CHECK(local->date == c.date);
        CHECK(hhmmss(*local) == c.time);
        CHECK(local->weekday == c.weekday);
        CHECK(local->offset_minutes == c.offset);
        CHECK(local->daylight == (c.offset == 60));
        CHECK(local->zone_abbreviation == c.abbreviation);
        CHECK(local->minutes() == local->seconds / 60);
    }
}

TEST_CASE("local_time: leap days and the date line", "[text]") {
    auto tokyo = LocalClock::in_zone("Asia/Tokyo");
    auto utc_clock = LocalClock::in_zone("UTC");
    REQUIRE(tokyo);
    REQUIRE(utc_clock);
    struct Case {
        const LocalClock* clock;
        Timestamp utc;
        std::string date;
        std::string time;
        Weekday weekday;
    };
    const std::vector<Case> cases = {
        {&london(), utc(2024, 2, 29, 10, 0, 0), "2024-02-29", "10:00:00", 3},
        {&london(), utc(2024, 2, 29, 23, 59, 59), "2024-02-29", "23:59:59", 3},
        {&*tokyo, utc(2024, 2, 28, 23, 30, 0), "2024-02-29", "08:30:00", 3},
        {&*tokyo, utc(2024, 2, 29, 23, 30, 0), "2024-03-01", "08:30:00", 4},
        {&*utc_clock, utc(2000, 2, 29, 12, 0, 0), "2000-02-29", "12:00:00", 1},
        {&*utc_clock, utc(2100, 3, 1, 0, 0, 0), "2100-03-01", "00:00:00", 0}, // 2100 is not leap
        {&*utc_clock, -1, "1969-12-31", "23:59:59", 2},
        {&*utc_clock, 0, "1970-01-01", "00:00:00", 3},
    };
    for (const Case& c : cases) {
        INFO(c.clock->zone_name() << " utc " << c.utc);
        auto local = c.clock->at(c.utc);
        REQUIRE(local);
        CHECK(local->date == c.date);
        CHECK(hhmmss(*local) == c.time);
        CHECK(local->weekday == c.weekday);
    }
}

TEST_CASE("local_time: Europe/London differs from UTC exactly in summer", "[text]") {
    auto utc_clock = LocalClock::utc();
    for (int month = 1; month <= 12; ++month) {
        const Timestamp noon = utc(2023, static_cast<unsigned>(month), 15, 12);
        auto in_london = london().at(noon);
        auto in_utc = utc_clock.at(noon);
        REQUIRE(in_london);
        REQUIRE(in_utc);
        INFO("2023 month " << month);
        const bool summer = month >= 4 && month <= 10;
        CHECK(in_london->seconds - in_utc->seconds == (summer ? 3600 : 0));
        CHECK(in_utc->offset_minutes == 0);
    }
    // 1968–1971 the UK kept GMT+1 all winter (British Standard Time): ICU's data knows.
    auto epoch = london().at(0);
    REQUIRE(epoch);
    CHECK(epoch->offset_minutes == 60);
    CHECK(epoch->hhmm() == "01:00");
}

TEST_CASE("local_time: clock_time agrees with at() on the time of day, without the strings",
          "[text]") {
    // Either side of the March and October 2025 changes, and a late evening that is the next
    // day in London.
    for (Timestamp t : {utc(2025, 3, 30, 0, 59), utc(2025, 3, 30, 1, 0), utc(2025, 10, 26, 0, 59),
                        utc(2025, 10, 26, 1, 0), utc(2025, 6, 30, 23, 30)}) {
        auto full = london().at(t);
        auto quick = london().clock_time(t);
        REQUIRE(full);
        REQUIRE(quick);
        INFO(full->date << " " << hhmmss(*full));
        CHECK(quick->weekday == full->weekday);
        CHECK(quick->seconds == full->seconds);
        CHECK(quick->offset_minutes == full->offset_minutes);
        CHECK(quick->daylight == full->daylight);
        CHECK(quick->date.empty());
        CHECK(quick->zone_abbreviation.empty());
    }
    CHECK_FALSE(london().clock_time(std::numeric_limits<Timestamp>::max()));
}

TEST_CASE("local_time: a clock with no zone does not shift and names no zone", "[text]") {
    auto naive = LocalClock::utc(false);
    auto local = naive.at(utc(2025, 6, 11, 7, 50));
    REQUIRE(local);
    CHECK(local->hhmm() == "07:50");
    CHECK(local->offset_minutes == 0);
    CHECK(local->zone_abbreviation.empty());
}

TEST_CASE("local_time: unknown zones and impossible times are refused", "[text]") {
    for (std::string_view name : {"Europe/Atlantis", "", "London", "Europe/London/extra", "GMT+99"})
        CHECK_FALSE(LocalClock::in_zone(name).has_value());
    for (Timestamp t :
         {std::numeric_limits<Timestamp>::max(), std::numeric_limits<Timestamp>::min(),
          utc(10000, 1, 1), utc(0, 12, 31, 23, 59, 59)})
        CHECK_FALSE(london().at(t).has_value());
    CHECK(london().at(utc(9999, 12, 31, 12))->date == "9999-12-31");
    CHECK(london().at(utc(1, 1, 1, 12))->date == "0001-01-01");
}

TEST_CASE("local_time: weekday names parse and print", "[text]") {
    CHECK(weekday_name(0) == "Monday");
    CHECK(weekday_short(6) == "Sun");
    CHECK(weekday_name(7).empty());
    CHECK(weekday_name(-1).empty());
    CHECK(parse_weekday("tuesday") == 1);
    CHECK(parse_weekday("Sat") == 5);
    CHECK_FALSE(parse_weekday("Funday"));
}

TEST_CASE("local_time: one clock gives the same answers from several threads", "[text]") {
    std::vector<Timestamp> times;
    for (int i = 0; i < 2000; ++i)
        times.push_back(utc(2015, 1, 1) + Timestamp{i} * 43201);
    std::vector<std::string> expected;
    for (Timestamp t : times)
        expected.push_back(london().at(t)->date + london().at(t)->hhmm());
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (std::size_t k = 0; k < mismatches.size(); ++k)
        threads.emplace_back([&, k] {
            for (std::size_t i = 0; i < times.size(); ++i) {
                auto local = london().at(times[i]);
                if (!local || local->date + local->hhmm() != expected[i]) ++mismatches[k];
            }
        });
    for (auto& t : threads)
        t.join();
    for (int m : mismatches)
        CHECK(m == 0);
}
