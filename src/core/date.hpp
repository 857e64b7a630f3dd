// Calendar dates (proleptic Gregorian, no time zone): parsing, formatting and day arithmetic
// for event dates and article reference dates.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace conflictmap {

struct Date {
    int year = 1970;
    int month = 1; ///< 1-12
    int day = 1;   ///< 1-31

    /// Days since 1970-01-01 (negative before).
    long days_since_epoch() const noexcept;
    static Date from_days_since_epoch(long days) noexcept;
    /// 0 = Monday ... 6 = Sunday (ISO 8601).
    int weekday() const noexcept;
    Date plus_days(long n) const noexcept { return from_days_since_epoch(days_since_epoch() + n); }
    /// "YYYY-MM-DD".
    std::string iso() const;

    /// Parses "YYYY-MM-DD" or an RFC 3339 timestamp ("2020-03-12T08:00:00Z": the date part).
    /// Rejects impossible dates (2019-02-30) and years outside 1900-2100.
    static std::optional<Date> parse(std::string_view s) noexcept;
    static bool valid(int year, int month, int day) noexcept;
    static int days_in_month(int year, int month) noexcept;

    auto operator<=>(const Date&) const = default;
};

} // namespace conflictmap
