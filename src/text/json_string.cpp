#include "text/json_string.hpp"

#include "text/utf8.hpp"

#include <array>
#include <cmath>
#include <nlohmann/json.hpp>

namespace conflictmap::text {

bool append_json_string(std::string_view s, std::string& out) {
    const std::size_t start = out.size();
    out += '"';
    const char* p = s.data();
    const char* const end = p + s.size();
    for (;;) {
        const char* run = p;
        while (end - p >= 8 && !holds_json_special_byte(p)) {
            p += 8;
        }
        while (p != end) {
            const auto c = static_cast<unsigned char>(*p);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) {
                break;
            }
            ++p;
        }
        out.append(run, static_cast<std::size_t>(p - run));
        if (p == end) {
            break;
        }
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x80) {
            std::size_t length = 0;
            if (decode_utf8(std::string_view(p, static_cast<std::size_t>(end - p)), length) ==
                    kReplacementChar &&
                length == 1) {
                out.resize(start);
                return false;
            }
            out.append(p, length);
            p += length;
            continue;
        }
        ++p;
        out += '\\';
        switch (c) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '\b':
            out += 'b';
            break;
        case '\f':
            out += 'f';
            break;
        case '\n':
            out += 'n';
            break;
        case '\r':
            out += 'r';
            break;
        case '\t':
            out += 't';
            break;
        default: {
            constexpr char kHex[] = "0123456789abcdef";
            out += "u00";
            out += kHex[c >> 4U];
            out += kHex[c & 15U];
        }
        }
    }
    out += '"';
    return true;
}

void append_json_number(double value, std::string& out) {
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    // nlohmann's own formatting (Grisu2 and its layout of the digits), so the digits are the
    // ones dump() writes, also where another shortest-digits algorithm could pick others.
    std::array<char, 64> buffer{};
    char* const end =
        nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out.append(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
}

} // namespace conflictmap::text
