#include "io/jsonl_fields.hpp"

#include "text/json_string.hpp"
#include "text/utf8.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <emmintrin.h>

namespace conflictmap::io {

namespace {

/// Bytes a JSON string holds as they are: printable ASCII but the quote and the backslash.
/// (Control characters must be escaped; bytes from 0x80 start UTF-8 sequences, checked apart.)
constexpr std::array<bool, 256> kPlainStringByte = [] {
    std::array<bool, 256> t{};
    for (int c = 0x20; c < 0x80; ++c) {
        t[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
    }
    return t;
}();

/// A single pass over one line. Every read says false on anything it does not take exactly as
/// nlohmann::json::parse would.
class LineScanner {
public:
    explicit LineScanner(std::string_view line)
        : p_(line.data()), end_(line.data() + line.size()) {}

    bool at_end() const noexcept { return p_ == end_; }

    /// JSON's whitespace: space, tab, line feed, carriage return.
    void skip_space() noexcept {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) {
            ++p_;
        }
    }

    bool take(char c) noexcept {
        if (p_ != end_ && *p_ == c) {
            ++p_;
            return true;
        }
        return false;
    }

    char peek() const noexcept { return p_ != end_ ? *p_ : '\0'; }

    /// A string, after its opening quote: unescaped into out (appended), or only checked when
    /// out is null.
    bool read_string(std::string* out) {
        // The bytes up to the next quote, backslash or control character are appended in one
        // run; a valid UTF-8 sequence is checked and stays in the run (appending each one on
        // its own cost more than the check: typographic quotes and apostrophes are frequent).
        const char* run = p_;
        const auto flush = [&] {
            if (out != nullptr && p_ != run) {
                out->append(run, static_cast<std::size_t>(p_ - run));
            }
        };
        for (;;) {
            // Sixteen bytes at a time (SSE2) while none is special or above ASCII, then byte by
            // byte up to it.
            while (end_ - p_ >= 16) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_));
                // (A signed compare: bytes >= 0x80 are negative, so below 0x20 as well.)
                const __m128i special =
                    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
                                 _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
                const auto mask = static_cast<unsigned>(_mm_movemask_epi8(special));
                if (mask != 0) {
                    p_ += std::countr_zero(mask);
                    break;
                }
                p_ += 16;
            }
            while (p_ != end_ && kPlainStringByte[static_cast<unsigned char>(*p_)]) {
                ++p_;
            }
            if (p_ == end_) {
                flush();
                return false; // no closing quote
            }
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                flush();
                ++p_;
                return true;
            }
            if (c == '\\') {
                flush();
                ++p_;
                if (!read_escape(out)) {
                    return false;
                }
                run = p_;
                continue;
            }
            if (c < 0x20) {
                flush();
                return false; // a control character must be escaped
            }
            // A UTF-8 sequence: well-formed (no overlong form, surrogate or code point past
            // U+10FFFF), as nlohmann's lexer requires.
            const std::string_view rest(p_, static_cast<std::size_t>(end_ - p_));
            std::size_t pos = 0;
            if (text::decode_utf8(rest, pos) == text::kReplacementChar && pos == 1) {
                flush();
                return false;
            }
            p_ += pos;
        }
    }

    /// Any JSON value but a string that holds a field, only checked: literals, numbers this
    /// scanner can vouch for, strings, arrays and objects (nested up to kMaxDepth).
    bool skip_value() {
        // The open containers, innermost last: '[' or '{'.
        std::array<char, kMaxDepth> open{};
        std::size_t depth = 0;
        for (;;) {
            skip_space();
            if (p_ == end_) {
                return false;
            }
            const char c = *p_;
            bool container_opened = false;
            if (c == '"') {
                ++p_;
                if (!read_string(nullptr)) {
                    return false;
                }
            } else if (c == '{' || c == '[') {
                if (depth == kMaxDepth) {
                    return false;
                }
                ++p_;
                skip_space();
                const char close = c == '{' ? '}' : ']';
                if (take(close)) {
                    // empty: a value like any other
                } else {
                    open[depth++] = c;
                    container_opened = true;
                }
            } else if (c == 't') {
                if (!take_literal("true")) {
                    return false;
                }
            } else if (c == 'f') {
                if (!take_literal("false")) {
                    return false;
                }
            } else if (c == 'n') {
                if (!take_literal("null")) {
                    return false;
                }
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                if (!skip_number()) {
                    return false;
                }
            } else {
                return false;
            }
            if (container_opened) {
                // The container's first member or element follows.
                if (open[depth - 1] == '{' && !skip_key()) {
                    return false;
                }
                continue;
            }
            // After a value: the next member or element, or the end of containers.
            for (;;) {
                if (depth == 0) {
                    return true;
                }
                skip_space();
                const char close = open[depth - 1] == '{' ? '}' : ']';
                if (take(close)) {
                    --depth;
                    continue;
                }
                if (!take(',')) {
                    return false;
                }
                if (open[depth - 1] == '{' && !skip_key()) {
                    return false;
                }
                break;
            }
        }
    }

private:
    static constexpr std::size_t kMaxDepth = 64;

    /// A member's key and its colon, inside an object being skipped.
    bool skip_key() {
        skip_space();
        if (!take('"') || !read_string(nullptr)) {
            return false;
        }
        skip_space();
        return take(':');
    }

    template <std::size_t N>
    bool take_literal(const char (&word)[N]) noexcept {
        constexpr std::size_t size = N - 1;
        if (static_cast<std::size_t>(end_ - p_) < size ||
            std::string_view(p_, size) != std::string_view(word, size)) {
            return false;
        }
        p_ += size;
        return true;
    }

    static bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

    /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, of at most 200 bytes with an exponent
    /// of at most two digits: such a number is finite as a double, so nlohmann takes it
    /// without its "number overflow" (which throws something other than a parse error).
    bool skip_number() noexcept {
        const char* start = p_;
        take('-');
        if (take('0')) {
            // no more digits before a fraction
        } else if (p_ != end_ && is_digit(*p_)) {
            while (p_ != end_ && is_digit(*p_)) {
                ++p_;
            }
        } else {
            return false;
        }
        if (take('.')) {
            if (p_ == end_ || !is_digit(*p_)) {
                return false;
            }
            while (p_ != end_ && is_digit(*p_)) {
                ++p_;
            }
        }
        if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
            ++p_;
            if (!take('+')) {
                take('-');
            }
            const char* digits = p_;
            while (p_ != end_ && is_digit(*p_)) {
                ++p_;
            }
            if (p_ == digits || p_ - digits > 2) {
                return false;
            }
        }
        return p_ - start <= 200;
    }

    /// Four hexadecimal digits of a \u escape.
    bool read_hex4(std::uint32_t& value) noexcept {
        if (end_ - p_ < 4) {
            return false;
        }
        value = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = *p_++;
            std::uint32_t digit = 0;
            if (c >= '0' && c <= '9') {
                digit = static_cast<std::uint32_t>(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                digit = static_cast<std::uint32_t>(c - 'a' + 10);
            } else if (c >= 'A' && c <= 'F') {
                digit = static_cast<std::uint32_t>(c - 'A' + 10);
            } else {
                return false;
            }
            value = (value << 4U) | digit;
        }
        return true;
    }

    /// An escape, after its backslash.
    bool read_escape(std::string* out) {
        if (p_ == end_) {
            return false;
        }
        char plain = 0;
        switch (*p_++) {
        case '"':
            plain = '"';
            break;
        case '\\':
            plain = '\\';
            break;
        case '/':
            plain = '/';
            break;
        case 'b':
            plain = '\b';
            break;
        case 'f':
            plain = '\f';
            break;
        case 'n':
            plain = '\n';
            break;
        case 'r':
            plain = '\r';
            break;
        case 't':
            plain = '\t';
            break;
        case 'u': {
            std::uint32_t cp = 0;
            if (!read_hex4(cp)) {
                return false;
            }
            if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return false; // a low surrogate alone
            }
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                std::uint32_t low = 0;
                if (!take('\\') || !take('u') || !read_hex4(low) || low < 0xDC00 || low > 0xDFFF) {
                    return false;
                }
                cp = 0x10000 + ((cp - 0xD800) << 10U) + (low - 0xDC00);
            }
            if (out != nullptr) {
                text::append_utf8(*out, cp); // (\u0000 is a NUL byte, as nlohmann gives it)
            }
            return true;
        }
        default:
            return false;
        }
        if (out != nullptr) {
            *out += plain;
        }
        return true;
    }

    const char* p_;
    const char* end_;
};

} // namespace

bool scan_article_fields(std::string_view line, ArticleLineFields& fields) {
    LineScanner s(line);
    // Which of the six fields were given (each at most once).
    unsigned seen = 0;
    std::string key;
    s.skip_space();
    if (!s.take('{')) {
        return false; // not an object (or a byte-order mark first: nlohmann skips it)
    }
    s.skip_space();
    if (s.take('}')) {
        return false; // no text
    }
    for (;;) {
        s.skip_space();
        key.clear();
        if (!s.take('"') || !s.read_string(&key)) {
            return false;
        }
        s.skip_space();
        if (!s.take(':')) {
            return false;
        }
        s.skip_space();
        std::string* field = nullptr;
        unsigned bit = 0;
        const std::string_view name(key); // (compared inline, not by std::string::compare)
        if (name == "text") {
            field = &fields.text;
            bit = 1U;
        } else if (name == "id") {
            field = &fields.id;
            bit = 2U;
        } else if (name == "title") {
            field = &fields.title;
            bit = 4U;
        } else if (name == "url") {
            field = &fields.url;
            bit = 8U;
        } else if (name == "source") {
            field = &fields.source;
            bit = 16U;
        } else if (name == "published") {
            field = &fields.published;
            bit = 32U;
        }
        if (field == nullptr) {
            if (!s.skip_value()) {
                return false;
            }
        } else {
            if ((seen & bit) != 0) {
                return false; // given twice (nlohmann keeps the last)
            }
            seen |= bit;
            field->clear();
            if (s.take('"')) {
                if (!s.read_string(field)) {
                    return false;
                }
            } else if (s.peek() == 'n' && bit != 1U) {
                if (!s.skip_value()) { // null: as if absent (a text must be a string)
                    return false;
                }
            } else {
                return false; // another type: the caller's parse says which field
            }
        }
        s.skip_space();
        if (s.take(',')) {
            continue;
        }
        if (!s.take('}')) {
            return false;
        }
        break;
    }
    s.skip_space();
    if (!s.at_end() || (seen & 1U) == 0) {
        return false;
    }
    // Fields the line did not give are empty.
    for (const auto& [bit, field] :
         {std::pair{2U, &fields.id}, std::pair{4U, &fields.title}, std::pair{8U, &fields.url},
          std::pair{16U, &fields.source}, std::pair{32U, &fields.published}}) {
        if ((seen & bit) == 0) {
            field->clear();
        }
    }
    return true;
}

} // namespace conflictmap::io
