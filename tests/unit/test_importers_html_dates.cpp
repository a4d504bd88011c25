// English dates of Meta's HTML exports → UTC timestamps; other languages are refused, not
// guessed.
#include "audit/core/time.hpp"
#include "audit/importers/html_dates.hpp"
#include <catch2/catch.hpp>

using namespace audit;

namespace {

std::string iso(std::string_view text) {
    const auto t = html_timestamp(text);
    return t ? iso_utc(*t) : "(none)";
}

} // namespace

TEST_CASE("html_dates: reads every English format Meta writes", "[importers][html_dates]") {
    struct Case {
        const char* text;
        const char* utc;
    };
    const Case cases[] = {
        {"Feb 13, 2024 1:04:27pm", "2024-02-13T13:04:27Z"},     // Facebook 2024 lists
        {"Feb 22, 2024 8:10:40pm", "2024-02-22T20:10:40Z"},
        {"May 02, 2011 8:12:17 am", "2011-05-02T08:12:17Z"},    // space before am
        {"Dec 28, 2020 7:20 am", "2020-12-28T07:20:00Z"},       // Instagram, no seconds
        {"Jan 01, 2025 12:05 am", "2025-01-01T00:05:00Z"},      // midnight hour
        {"Jan 01, 2025 12:05 pm", "2025-01-01T12:05:00Z"},      // noon hour
        {"Feb 13, 2024, 1:04 PM", "2024-02-13T13:04:00Z"},      // comma after the year
        {"Feb 13, 2024, 1:04\xe2\x80\xafPM", "2024-02-13T13:04:00Z"}, // narrow no-break space
        {"13 Feb 2024, 13:04", "2024-02-13T13:04:00Z"},         // day first, 24 hours
        {"13 February 2024 13:04:05", "2024-02-13T13:04:05Z"},
        {"February 13, 2024 at 1:04 PM", "2024-02-13T13:04:00Z"},
        {"Sept. 3, 2023 9:15 a.m.", "2023-09-03T09:15:00Z"},
        {"  feb 29, 2024   11:59:59PM ", "2024-02-29T23:59:59Z"}, // leap day, odd case
        {"May 1, 2001", "2001-05-01T00:00:00Z"},                 // a date without a time
        {"2024-02-13", "2024-02-13T00:00:00Z"},                  // Instagram date of birth
        {"2025-04-21T09:14Z", "2025-04-21T09:14:00Z"},           // <time datetime=…>
    };
    for (const Case& c : cases) {
        INFO(c.text);
        CHECK(iso(c.text) == c.utc);
    }
}

TEST_CASE("html_dates: a named zone is applied", "[importers][html_dates]") {
    struct Case {
        const char* text;
        const char* utc;
    };
    const Case cases[] = {
        {"Monday, May 1, 2023 at 4:47 PM UTC+06:00", "2023-05-01T10:47:00Z"},
        {"Sunday, February 25, 2024 at 6:55 PM UTC+06:00", "2024-02-25T12:55:00Z"},
        {"Feb 25, 2024 6:55 PM UTC-05:30", "2024-02-26T00:25:00Z"},
        {"Feb 25, 2024 6:55 PM GMT+1", "2024-02-25T17:55:00Z"},
        {"Feb 25, 2024 6:55 PM UTC", "2024-02-25T18:55:00Z"},
        {"2024-02-25T18:55+01:00", "2024-02-25T17:55:00Z"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        CHECK(iso(c.text) == c.utc);
    }
    const auto zoned = parse_html_date("Monday, May 1, 2023 at 4:47 PM UTC+06:00");
    REQUIRE(zoned);
    CHECK(zoned->utc_offset_minutes == 360);
    const auto zoneless = parse_html_date("Feb 13, 2024 1:04:27pm");
    REQUIRE(zoneless);
    CHECK_FALSE(zoneless->utc_offset_minutes);
}

TEST_CASE("html_dates: other languages and broken dates do not parse", "[importers][html_dates]") {
    const char* refused[] = {
        "2 月 22, 2022 1:22:03 下午",          // Chinese export (VoidPharah41/fb_old)
        "已在 2 月 22, 2022 1:22:03 下午更新", // "Updated …" in Chinese
        "13 févr. 2024 13:04",                 // French
        "13. Februar 2024 um 13:04",           // German
        "Feb 30, 2024 1:04pm",                 // no such day
        "Feb 29, 2023 1:04pm",                 // not a leap year
        "Feb 13, 2024 13:04pm",                // 13 pm
        "Feb 13, 2024 0:04am",
        "Feb 13, 2024 1:4pm",                  // minutes need two digits
        "Feb 13, 2024 1:04:27pm and more",     // trailing words
        "Feb 13, 2024 1:04 PM UTC+99:00",      // no such offset
        "Updated Feb 13, 2024 1:04:27pm",      // a label before the date
        "Feb, 2024",
        "13:04",
        "",
    };
    for (const char* text : refused) {
        INFO(text);
        CHECK_FALSE(parse_html_date(text));
        CHECK_FALSE(html_timestamp(text));
    }
}

TEST_CASE("html_dates: birthdays keep a hidden year hidden", "[importers][html_dates]") {
    const auto full = parse_html_date("May 1, 2001");
    REQUIRE(full);
    CHECK(birthday_text(*full) == "2001-05-01");
    const auto no_year = parse_html_date("February 29");
    REQUIRE(no_year);
    CHECK(no_year->year == 0);
    CHECK(birthday_text(*no_year) == "02-29");
    CHECK_FALSE(to_timestamp(*no_year));
    CHECK(birthday_text(*parse_html_date("1986-02-27")) == "1986-02-27");
}
