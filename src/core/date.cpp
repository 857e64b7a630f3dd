#include "core/date.hpp"

#include <cstdio>

namespace conflictmap {

namespace {
// Howard Hinnant's days_from_civil / civil_from_days algorithms (public domain descriptions).
long days_from_civil(long y, unsigned m, unsigned d) noexcept {
    y -= m <= 2 ? 1 : 0;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

int parse_digits(std::string_view s, std::size_t pos, std::size_t n) noexcept {
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9') {
            return -1;
        }
        v = v * 10 + (s[i] - '0');
    }
    return v;
}
} // namespace

long Date::days_since_epoch() const noexcept {
    return days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

Date Date::from_days_since_epoch(long z) noexcept {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int Date::weekday() const noexcept {
    const long z = days_since_epoch();
    // 1970-01-01 was a Thursday (ISO index 3).
    return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

std::string Date::iso() const {
    // (Digits written in place for a year of four digits and a month and day of two, every
    // date a report gives: snprintf took about 2,500 instructions a call. Anything else, as
    // snprintf writes it.)
    if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
        const auto digit = [](int v) { return static_cast<char>('0' + v); };
        const char text[10] = {digit(year / 1000),
                               digit(year / 100 % 10),
                               digit(year / 10 % 10),
                               digit(year % 10),
                               '-',
                               digit(month / 10),
                               digit(month % 10),
                               '-',
                               digit(day / 10),
                               digit(day % 10)};
        return std::string(text, sizeof text);
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

int Date::days_in_month(int y, int m) noexcept {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) {
        return 0;
    }
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

bool Date::valid(int y, int m, int d) noexcept {
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

std::optional<Date> Date::parse(std::string_view s) noexcept {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') {
        return std::nullopt;
    }
    if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ') {
        return std::nullopt;
    }
    const int y = parse_digits(s, 0, 4);
    const int m = parse_digits(s, 5, 2);
    const int d = parse_digits(s, 8, 2);
    if (y < 0 || m < 0 || d < 0 || !valid(y, m, d)) {
        return std::nullopt;
    }
    return Date{y, m, d};
}

} // namespace conflictmap
