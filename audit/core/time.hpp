#pragma once
// Timestamps as text, without the C library's time zone state (gmtime is neither thread-safe
// nor defined for every 64-bit value).
#include "audit/model/source_ref.hpp"
#include <string>

namespace audit {

// "2025-03-14T16:02:11Z": UTC, ISO-8601, seconds precision. Years outside 0000–9999 are written
// with as many digits as they need (and a '-' sign before year 0).
std::string iso_utc(Timestamp t);

// "2025-03-14": the UTC calendar date of `t`.
std::string iso_date_utc(Timestamp t);

} // namespace audit
