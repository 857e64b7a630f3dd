#include "report/number_format.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace conflictmap::report {

std::string format_count(std::int64_t n) {
    const bool negative = n < 0;
    // Work on the magnitude as unsigned so INT64_MIN does not overflow.
    std::uint64_t magnitude =
        negative ? std::uint64_t{0} - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    std::string digits = std::to_string(magnitude);
    std::string out;
    out.reserve(digits.size() + digits.size() / 3 + 1);
    if (negative) {
        out += '-';
    }
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) {
            out += ',';
        }
        out += digits[i];
    }
    return out;
}

std::string format_fixed(double v, int digits) {
    if (!std::isfinite(v)) {
        return "0";
    }
    // Round half away from zero ourselves: to_chars rounds the binary value, which turns
    // 0.125 into "0.12" on some inputs and "0.13" on others depending on representation.
    const double scale = std::pow(10.0, digits);
    double rounded = std::round(v * scale) / scale;
    if (rounded == 0.0) {
        rounded = 0.0; // no "-0.0"
    }
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), rounded,
                                      std::chars_format::fixed, digits);
    return std::string(buffer.data(), result.ptr);
}

std::string format_percent(double share) {
    return format_fixed(share * 100.0, 1) + "%";
}

std::string format_share(std::uint64_t part, std::uint64_t whole) {
    return whole == 0 ? std::string("\u2014")
                      : format_percent(static_cast<double>(part) / static_cast<double>(whole));
}

void append_svg_number(std::string& out, double v) {
    // Tenths of a pixel as an integer: exact, fast and free of "-0".
    long long tenths = std::llround(v * 10.0);
    if (tenths < 0) {
        out += '-';
        tenths = -tenths;
    }
    std::array<char, 24> buffer{};
    const auto whole = std::to_chars(buffer.data(), buffer.data() + buffer.size(), tenths / 10);
    out.append(buffer.data(), whole.ptr);
    if (const long long fraction = tenths % 10; fraction != 0) {
        out += '.';
        out += static_cast<char>('0' + fraction);
    }
}

std::string svg_number(double v) {
    std::string out;
    append_svg_number(out, v);
    return out;
}

} // namespace conflictmap::report
