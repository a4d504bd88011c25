#pragma once
// Dates as Meta's HTML exports write them in English: "Feb 13, 2024 1:04:27pm",
// "May 02, 2011 8:12:17 am", "Feb 13, 2024, 1:04 PM", "13 Feb 2024, 13:04",
// "February 13, 2024 at 1:04 PM", "Monday, May 1, 2023 at 4:47 PM UTC+06:00", "2024-02-13".
// Meta writes them in the account's time zone without naming it (except where a "UTC+hh:mm"
// follows), so they are read as UTC unless the text says otherwise. Other languages ("2 月 22,
// 2022 1:22:03 下午") are not guessed at: they do not parse.
#include "audit/model/source_ref.hpp"
#include <optional>
#include <string>
#include <string_view>

namespace audit {

struct HtmlDate {
    int year = 0; // 0 when the text has none ("May 1" for a birthday with a hidden year)
    unsigned month = 0;
    unsigned day = 0;
    bool has_time = false;
    unsigned hour = 0;
    unsigned minute = 0;
    unsigned second = 0;
    std::optional<int> utc_offset_minutes; // when the text names its zone
};

// The parts of an English date, or nullopt when the text is anything else (another language,
// an impossible date like "Feb 30, 2024", trailing words).
std::optional<HtmlDate> parse_html_date(std::string_view text);

// Seconds since the epoch: in the zone the date names, else as UTC; midnight when it has no
// time. nullopt without a year.
std::optional<Timestamp> to_timestamp(const HtmlDate& date);
// parse_html_date, then to_timestamp.
std::optional<Timestamp> html_timestamp(std::string_view text);

// "2001-05-01", or "05-01" without a year: the birthday as the JSON importers write it.
std::string birthday_text(const HtmlDate& date);

} // namespace audit
