// Numbers as the report prints them: fixed, locale-independent formats so that identical inputs
// give identical bytes on every machine (std::to_chars never consults the C or C++ locale).
#pragma once

#include <concepts>
#include <cstdint>
#include <string>

namespace conflictmap::report {

/// 1234567 -> "1,234,567" (comma thousands separator, whatever the locale).
std::string format_count(std::int64_t n);
/// The same for the report's unsigned tallies (which stay far below 2^63).
template <std::unsigned_integral T>
std::string format_count(T n) {
    return format_count(static_cast<std::int64_t>(n));
}

/// v with exactly `digits` decimals, rounded half away from zero: (2.345, 1) -> "2.3";
/// -0.0 prints as "0.0".
std::string format_fixed(double v, int digits);

/// A share in [0,1] as a percentage with one decimal: 0.41666 -> "41.7%".
std::string format_percent(double share);

/// part of whole as a percentage ("41.7%"), or an em dash when whole is 0.
std::string format_share(std::uint64_t part, std::uint64_t whole);

/// A coordinate for SVG path data and attributes: one decimal, without a trailing ".0"
/// ("12.5", "-3", "0"). A tenth of a pixel is below what a screen or printer shows.
std::string svg_number(double v);

/// Appends svg_number(v) to out (the hot path of the map writer: no temporary string).
void append_svg_number(std::string& out, double v);

} // namespace conflictmap::report
