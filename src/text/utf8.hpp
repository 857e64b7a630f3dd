// UTF-8 decoding, encoding and repair. Everything downstream assumes valid UTF-8, so text from
// files and stdin passes through sanitize_utf8() once, at the edge.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace conflictmap::text {

inline constexpr char32_t kReplacementChar = 0xFFFD;

/// Decode the code point starting at s[pos] and advance pos past it. Invalid or truncated
/// sequences (overlong forms, surrogates, > U+10FFFF) yield kReplacementChar and advance one byte.
char32_t decode_utf8(std::string_view s, std::size_t& pos) noexcept;

/// Append the UTF-8 encoding of cp (invalid code points become U+FFFD).
void append_utf8(std::string& out, char32_t cp);

/// True when s is entirely valid UTF-8.
bool is_valid_utf8(std::string_view s) noexcept;

/// s with every invalid byte sequence replaced by U+FFFD; *replaced (if given) receives the
/// number of replacements. NUL bytes are replaced too (they end C strings in GDAL).
std::string sanitize_utf8(std::string_view s, std::size_t* replaced = nullptr);

/// Largest prefix of s of at most max_bytes bytes that does not split a UTF-8 sequence.
std::string_view truncate_utf8(std::string_view s, std::size_t max_bytes) noexcept;

} // namespace conflictmap::text
