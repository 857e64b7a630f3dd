#include "core/date.hpp"

#include <doctest/doctest.h>

using namespace conflictmap;

TEST_CASE("ISO dates and RFC 3339 timestamps parse to their calendar day") {
    CHECK(Date::parse("2019-12-27") == Date{2019, 12, 27});
    CHECK(Date::parse("2020-03-12T08:15:00Z") == Date{2020, 3, 12});
    CHECK(Date::parse("2020-02-29") == Date{2020, 2, 29});
}

TEST_CASE("impossible dates and years outside 1900-2100 are rejected") {
    CHECK_FALSE(Date::parse("2019-02-29"));
    CHECK_FALSE(Date::parse("2019-13-01"));
    CHECK_FALSE(Date::parse("1899-12-31"));
    CHECK_FALSE(Date::parse("2101-01-01"));
    CHECK_FALSE(Date::parse("2019/12/27"));
    CHECK_FALSE(Date::parse("2019-12-2"));
    CHECK_FALSE(Date::parse("2019-12-27x"));
}

TEST_CASE("day arithmetic crosses months and years") {
    CHECK(Date{2019, 12, 28}.plus_days(-1) == Date{2019, 12, 27});
    CHECK(Date{2020, 3, 1}.plus_days(-1) == Date{2020, 2, 29});
    CHECK(Date{2019, 12, 31}.plus_days(1) == Date{2020, 1, 1});
    CHECK(Date{1970, 1, 1}.days_since_epoch() == 0);
    CHECK(Date::from_days_since_epoch(18333) == Date{2020, 3, 12});
}

TEST_CASE("weekdays are ISO: Monday 0 .. Sunday 6") {
    CHECK(Date{2019, 12, 27}.weekday() == 4); // a Friday
    CHECK(Date{2020, 3, 8}.weekday() == 6);   // a Sunday
    CHECK(Date{2020, 3, 11}.weekday() == 2);  // a Wednesday
}

TEST_CASE("iso() pads to YYYY-MM-DD") {
    CHECK(Date{2020, 3, 8}.iso() == "2020-03-08");
}
