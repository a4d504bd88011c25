#include "audit/core/time.hpp"
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>

using audit::iso_date_utc;
using audit::iso_utc;

TEST_CASE("iso_utc: formats Unix seconds as UTC ISO-8601", "[core]") {
    CHECK(iso_utc(0) == "1970-01-01T00:00:00Z");
    CHECK(iso_utc(1741968131) == "2025-03-14T16:02:11Z");
    CHECK(iso_utc(1507819545) == "2017-10-12T14:45:45Z");
    CHECK(iso_utc(951782400) == "2000-02-29T00:00:00Z");  // leap day of a 400-year leap year
    CHECK(iso_utc(4107542399) == "2100-02-28T23:59:59Z"); // 2100 is not a leap year
    CHECK(iso_utc(-1) == "1969-12-31T23:59:59Z");
    CHECK(iso_date_utc(1741968131) == "2025-03-14");
}

TEST_CASE("iso_utc: extreme values do not crash", "[core]") {
    CHECK_FALSE(iso_utc(std::numeric_limits<std::int64_t>::max()).empty());
    CHECK_FALSE(iso_utc(std::numeric_limits<std::int64_t>::min()).empty());
    CHECK(iso_utc(253402300799) == "9999-12-31T23:59:59Z");
}
