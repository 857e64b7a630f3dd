// JSON strings and numbers written as nlohmann::json's dump() writes them, and the byte test the
// JSONL scanner shares: for the hot paths (writing every event, reading every article line)
// where building nlohmann's tree of each record cost more than the work on it. The output is
// byte for byte nlohmann's (tests/unit/text/test_json_string.cpp compares them).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace conflictmap::text {

/// Whether any of the 8 bytes at p is one a JSON string cannot hold as it is: a quote, a
/// backslash, a control character, or a byte from 0x80 (which starts a UTF-8 sequence to be
/// checked). Tested on the 8 at once: (x - 0x01..) & ~x & 0x80.. has a byte's high bit set
/// when that byte of x is 0, and with 0x20.. in place of 0x01.. when it is below 0x20.
[[gnu::always_inline]] inline bool holds_json_special_byte(const char* p) noexcept {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    std::uint64_t v = 0;
    __builtin_memcpy(&v, p, sizeof v);
    const auto zero_byte = [](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
    return (zero_byte(v ^ (kOnes * '"')) | zero_byte(v ^ (kOnes * '\\')) |
            ((v - kOnes * 0x20) & ~v & kHigh) | (v & kHigh)) != 0;
}

/// Appends s as a quoted JSON string escaped as nlohmann::json's dump() escapes it (\", \\,
/// \b \f \n \r \t, other control characters as \u00xx, everything else as it is). False, with
/// out unchanged, when s is not valid UTF-8 (dump() throws then).
bool append_json_string(std::string_view s, std::string& out);

/// Appends a double as nlohmann::json's dump() writes it (shortest round-trip digits, "1.0"
/// for a whole number, null when not finite).
void append_json_number(double value, std::string& out);

} // namespace conflictmap::text
