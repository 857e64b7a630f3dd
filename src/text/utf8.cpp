#include "text/utf8.hpp"

namespace conflictmap::text {

namespace {
unsigned char byte_at(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]);
}
bool is_continuation(std::string_view s, std::size_t i) {
    return i < s.size() && (byte_at(s, i) & 0xC0U) == 0x80U;
}
} // namespace

char32_t decode_utf8(std::string_view s, std::size_t& pos) noexcept {
    const unsigned char b0 = byte_at(s, pos);
    if (b0 < 0x80U) {
        ++pos;
        return b0;
    }
    std::size_t len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((b0 & 0xE0U) == 0xC0U) {
        len = 2;
        cp = b0 & 0x1FU;
        min = 0x80;
    } else if ((b0 & 0xF0U) == 0xE0U) {
        len = 3;
        cp = b0 & 0x0FU;
        min = 0x800;
    } else if ((b0 & 0xF8U) == 0xF0U) {
        len = 4;
        cp = b0 & 0x07U;
        min = 0x10000;
    } else {
        ++pos;
        return kReplacementChar;
    }
    for (std::size_t k = 1; k < len; ++k) {
        if (!is_continuation(s, pos + k)) {
            ++pos;
            return kReplacementChar;
        }
        cp = (cp << 6) | (byte_at(s, pos + k) & 0x3FU);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++pos;
        return kReplacementChar;
    }
    pos += len;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        cp = kReplacementChar;
    }
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_valid_utf8(std::string_view s) noexcept {
    std::size_t pos = 0;
    while (pos < s.size()) {
        if (byte_at(s, pos) < 0x80U) {
            ++pos;
            continue;
        }
        const std::size_t start = pos;
        if (decode_utf8(s, pos) == kReplacementChar && pos == start + 1) {
            return false;
        }
    }
    return true;
}

std::string sanitize_utf8(std::string_view s, std::size_t* replaced) {
    std::size_t count = 0;
    std::string out;
    out.reserve(s.size());
    std::size_t pos = 0;
    while (pos < s.size()) {
        const unsigned char b = byte_at(s, pos);
        if (b < 0x80U) {
            if (b == 0) {
                append_utf8(out, kReplacementChar);
                ++count;
            } else {
                out += static_cast<char>(b);
            }
            ++pos;
            continue;
        }
        const std::size_t start = pos;
        const char32_t cp = decode_utf8(s, pos);
        if (cp == kReplacementChar && pos == start + 1) {
            ++count;
            append_utf8(out, kReplacementChar);
        } else {
            out.append(s.substr(start, pos - start));
        }
    }
    if (replaced != nullptr) {
        *replaced = count;
    }
    return out;
}

std::string_view truncate_utf8(std::string_view s, std::size_t max_bytes) noexcept {
    if (s.size() <= max_bytes) {
        return s;
    }
    std::size_t cut = max_bytes;
    while (cut > 0 && (byte_at(s, cut) & 0xC0U) == 0x80U) {
        --cut;
    }
    return s.substr(0, cut);
}

} // namespace conflictmap::text
