#include "text/toponym_key.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>

namespace conflictmap::text {

namespace {

#include "text/char_fold_table.inc"

enum : std::uint16_t { kKeep = 0, kDelete = 1, kSeparate = 2 };

std::uint16_t fold_action(char32_t cp) noexcept {
    if (cp > 0xFFFF) {
        return kKeep; // astral planes: historic scripts, CJK extensions, emoji; kept as letters
    }
    return kFoldPages[kFoldStage1[cp >> 8U]][cp & 0xFFU];
}

/// ASCII is most of what we see: its actions without the table.
constexpr std::array<std::uint8_t, 128> make_ascii_actions() {
    std::array<std::uint8_t, 128> a{};
    for (auto& v : a) {
        v = kSeparate;
    }
    for (int c = '0'; c <= '9'; ++c) {
        a[static_cast<std::size_t>(c)] = kKeep;
    }
    for (int c = 'a'; c <= 'z'; ++c) {
        a[static_cast<std::size_t>(c)] = kKeep;
    }
    for (int c = 'A'; c <= 'Z'; ++c) {
        a[static_cast<std::size_t>(c)] = 3; // lower-cased below
    }
    a['\''] = kDelete;
    a['`'] = kDelete;
    return a;
}
constexpr auto kAsciiActions = make_ascii_actions();

bool is_separator_at(std::string_view s, std::size_t& pos) noexcept {
    const auto b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80U) {
        ++pos;
        return kAsciiActions[b] == kSeparate;
    }
    const std::size_t start = pos;
    const char32_t cp = decode_utf8(s, pos);
    if (cp == kReplacementChar && pos == start + 1) {
        return true; // invalid byte
    }
    return fold_action(cp) == kSeparate;
}

void append_folded(char32_t cp, std::string& out) {
    const std::uint16_t action = fold_action(cp);
    if (action == kKeep) {
        append_utf8(out, cp);
    } else if (action >= 3) {
        const unsigned char* entry = &kFoldPool[action - 3];
        out.append(reinterpret_cast<const char*>(entry + 1), entry[0]);
    }
}

// ---- loose key ---------------------------------------------------------------------------

bool is_latin_vowel(char c) noexcept {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/// Symbol of the leading vowel in a loose key.
constexpr char kLeadingVowel = 'a';

/// What a fold keeps: the loose key drops vowels (but a leading one), the phonetic form keeps
/// them as written so spelling similarity can still tell Sa'diya from Saudiya.
enum class FoldMode { loose, phonetic };

/// Folds one Latin token of an exact key into consonant classes, appending to out.
/// first: this token starts the loose key (its leading vowel is kept as 'a').
void fold_latin_token(std::string_view t, bool first, FoldMode mode, std::string& out) {
    const std::size_t token_start = out.size();
    // A final -ah/-eh loses its h: Basrah = Basra, Fallujah = Falluja.
    if (t.size() > 2 && t.back() == 'h' && (t[t.size() - 2] == 'a' || t[t.size() - 2] == 'e')) {
        t.remove_suffix(1);
    }
    bool at_start = true; // no symbol emitted for this token yet
    std::size_t i = 0;
    while (i < t.size()) {
        const auto b = static_cast<unsigned char>(t[i]);
        if (b >= 0x80U) { // a letter the exact key kept (other scripts inside a Latin token)
            std::size_t pos = i;
            decode_utf8(t, pos);
            out.append(t.substr(i, pos - i));
            i = pos;
            at_start = false;
            continue;
        }
        const char c = t[i];
        const char next = i + 1 < t.size() ? t[i + 1] : '\0';
        char sym = 0;
        std::size_t len = 1;
        if (next == 'h' && (c == 'k' || c == 'g' || c == 's' || c == 'c' || c == 't' || c == 'd' ||
                            c == 'p' || c == 'z')) {
            len = 2;
            switch (c) {
            case 'k':
                sym = 'x';
                break;
            case 'g':
                sym = 'k';
                break;
            case 's':
                sym = 's';
                break;
            case 'c': // ch, ç and Kurdish c all meet j (see the header)
                sym = 'j';
                break;
            case 't':
            case 'd':
                sym = 'z';
                break;
            case 'p':
                sym = 'f';
                break;
            default:
                sym = 'j';
                break; // zh
            }
        } else if (c == 'd' && next == 'j') {
            len = 2;
            sym = 'j';
        } else if (is_latin_vowel(c)) {
            sym = mode == FoldMode::loose ? 'V' : c;
        } else if (c == 'y' || c == 'w' || c == 'v') {
            const bool consonant = mode == FoldMode::phonetic || (at_start && is_latin_vowel(next));
            sym = consonant ? (c == 'y' ? 'y' : 'w') : 'V';
        } else {
            switch (c) {
            case 'q':
            case 'g':
                sym = 'k';
                break;
            case 'c': // Kurdish and Turkish Latin: c is j (Pêncwên = Penjwen, Cizîr = Jazira)
                sym = 'j';
                break;
            case 'p':
                sym = 'b';
                break;
            default:
                sym = c;
                break;
            }
        }
        i += len;
        if (sym == 'V') {
            if (first && out.size() == token_start) {
                out += kLeadingVowel;
            }
        } else {
            out += sym;
        }
        at_start = false;
    }
}

bool is_arabic_vowel_letter(char32_t cp) noexcept {
    return cp == 0x0627 || cp == 0x0648 || cp == 0x064A || cp == 0x0649 || cp == 0x06D5 ||
           cp == 0x06CE || cp == 0x06C6 || cp == 0x06C7 || cp == 0x06C8 || cp == 0x06CB;
}

char32_t fold_arabic_loose(char32_t cp) noexcept {
    switch (cp) {
    case 0x0695:
        return 0x0631; // ڕ -> ر
    case 0x06B5:
        return 0x0644; // ڵ -> ل
    case 0x06A4:
        return 0x0641; // ڤ -> ف
    case 0x067E:
        return 0x0628; // پ -> ب
    case 0x0686:
        return 0x062C; // چ -> ج
    case 0x06AF:
        return 0x0643; // گ -> ك
    case 0x0698:
        return 0x0632; // ژ -> ز
    default:
        return cp;
    }
}

/// Folds one Arabic-script token of an exact key, appending to out.
void fold_arabic_token(std::string_view t, FoldMode mode, std::string& out) {
    std::array<char32_t, 64> cps{};
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < t.size() && n < cps.size();) {
        cps[n++] = fold_arabic_loose(decode_utf8(t, pos));
    }
    std::size_t begin = 0;
    // The glued article, with the conjunctions and prepositions that fuse with it.
    auto starts = [&](std::initializer_list<char32_t> p) {
        if (n < p.size() + 2) {
            return false;
        }
        std::size_t k = 0;
        for (char32_t c : p) {
            if (cps[k++] != c) {
                return false;
            }
        }
        return true;
    };
    if (starts({0x0648, 0x0627, 0x0644}) || starts({0x0628, 0x0627, 0x0644}) ||
        starts({0x0641, 0x0627, 0x0644}) || starts({0x0643, 0x0627, 0x0644})) {
        begin = 3;
    } else if (starts({0x0644, 0x0644}) || starts({0x0627, 0x0644})) {
        begin = 2;
    }
    std::size_t end = n;
    if (end > begin + 2 && cps[end - 1] == 0x0647) { // final ه (ta marbuta or -eh)
        --end;
    }
    for (std::size_t k = begin; k < end; ++k) {
        const char32_t cp = cps[k];
        if (is_arabic_vowel_letter(cp) && mode == FoldMode::loose) {
            if (k == begin) {
                append_utf8(out, 0x0627); // a leading vowel letter or its seat: one symbol
            }
            continue;
        }
        append_utf8(out, cp);
    }
}

bool is_arabic_letter(char32_t cp) noexcept {
    return (cp >= 0x0620 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F);
}

/// Collapses runs of the same code point into one (doubled consonants, merged tokens).
void collapse_doubles(std::string& s, std::size_t from) {
    // In place: the write position never passes the read position.
    std::size_t write = from;
    std::size_t prev_begin = std::string::npos; // of the last code point written
    std::size_t prev_len = 0;
    std::size_t pos = from;
    while (pos < s.size()) {
        const std::size_t start = pos;
        if (static_cast<unsigned char>(s[pos]) < 0x80U) { // ASCII: one byte, one code point
            ++pos;
            if (prev_len == 1 && s[prev_begin] == s[start]) {
                continue;
            }
            s[write] = s[start];
            prev_begin = write;
            prev_len = 1;
            ++write;
            continue;
        }
        decode_utf8(s, pos);
        const std::size_t len = pos - start;
        if (prev_begin != std::string::npos && len == prev_len &&
            s.compare(start, len, s, prev_begin, prev_len) == 0) {
            continue;
        }
        if (write != start) {
            s.replace(write, len, s, start, len);
        }
        prev_begin = write;
        prev_len = len;
        write += len;
    }
    s.resize(write);
}

} // namespace

void split_toponym_tokens(std::string_view text, std::vector<TokenSpan>& out) {
    std::size_t pos = 0;
    std::size_t token_begin = 0;
    bool in_token = false;
    while (pos < text.size()) {
        const std::size_t start = pos;
        if (is_separator_at(text, pos)) {
            if (in_token) {
                out.push_back({token_begin, start});
                in_token = false;
            }
        } else if (!in_token) {
            token_begin = start;
            in_token = true;
        }
    }
    if (in_token) {
        out.push_back({token_begin, text.size()});
    }
}

void append_token_key(std::string_view token, std::string& out) {
    std::size_t pos = 0;
    while (pos < token.size()) {
        const auto b = static_cast<unsigned char>(token[pos]);
        if (b < 0x80U) {
            const std::uint8_t action = kAsciiActions[b];
            if (action == kKeep) {
                out += static_cast<char>(b);
            } else if (action == 3) {
                out += static_cast<char>(b - 'A' + 'a');
            }
            ++pos;
            continue;
        }
        const std::size_t start = pos;
        const char32_t cp = decode_utf8(token, pos);
        if (cp == kReplacementChar && pos == start + 1) {
            continue;
        }
        append_folded(cp, out);
    }
}

std::string token_key(std::string_view token) {
    std::string out;
    append_token_key(token, out);
    return out;
}

void append_toponym_key(std::string_view text, std::string& out) {
    const std::size_t base = out.size();
    std::size_t pos = 0;
    std::size_t token_begin = 0;
    bool in_token = false;
    auto flush = [&](std::size_t end) {
        const std::size_t before = out.size();
        if (before > base) {
            out += ' ';
        }
        append_token_key(text.substr(token_begin, end - token_begin), out);
        if (out.size() == before + 1 && before > base) {
            out.pop_back(); // the token's key was empty: no separator either
        }
    };
    while (pos < text.size()) {
        const std::size_t start = pos;
        if (is_separator_at(text, pos)) {
            if (in_token) {
                flush(start);
                in_token = false;
            }
        } else if (!in_token) {
            token_begin = start;
            in_token = true;
        }
    }
    if (in_token) {
        flush(text.size());
    }
}

std::string toponym_key(std::string_view text) {
    std::string out;
    append_toponym_key(text, out);
    return out;
}

std::string_view strip_possessive(std::string_view token) noexcept {
    if (token.size() > 2 && token.back() == 's') {
        if (token[token.size() - 2] == '\'') {
            return token.substr(0, token.size() - 2);
        }
        constexpr std::string_view kRightQuote = "\xE2\x80\x99"; // ’
        if (token.size() > 4 && token.substr(token.size() - 4, 3) == kRightQuote) {
            return token.substr(0, token.size() - 4);
        }
    }
    return token;
}

bool is_article_token(std::string_view t) noexcept {
    static constexpr std::array<std::string_view, 18> kArticles = {
        "al",  "el", "ad", "adh", "an", "ar", "as",  "ash", "at",
        "ath", "az", "ed", "en",  "er", "es", "esh", "et",  "ez"};
    if (t.size() < 2 || t.size() > 3 || (t[0] != 'a' && t[0] != 'e')) {
        return false;
    }
    for (auto a : kArticles) {
        if (a == t) {
            return true;
        }
    }
    return false;
}

std::size_t key_token_count(std::string_view key) noexcept {
    if (key.empty()) {
        return 0;
    }
    std::size_t n = 1;
    for (char c : key) {
        n += c == ' ' ? 1 : 0;
    }
    return n;
}

namespace {

/// The end of the key token that starts at b (keys are short: a loop beats memchr).
std::size_t token_end(std::string_view key, std::size_t b) noexcept {
    while (b < key.size() && key[b] != ' ') {
        ++b;
    }
    return b;
}

/// The loose key or the phonetic form of an exact key (see the header).
void append_folded_key(std::string_view exact_key, FoldMode mode, std::string& out) {
    const std::size_t base = out.size();
    // Article tokens are dropped unless nothing else would remain.
    bool has_other = false;
    for (std::size_t b = 0; b <= exact_key.size();) {
        const std::size_t e = token_end(exact_key, b);
        if (e > b && !is_article_token(exact_key.substr(b, e - b))) {
            has_other = true;
            break;
        }
        b = e + 1;
    }
    for (std::size_t b = 0; b <= exact_key.size();) {
        const std::size_t e = token_end(exact_key, b);
        const std::string_view t = exact_key.substr(b, e - b);
        b = e + 1;
        if (t.empty() || (has_other && is_article_token(t))) {
            continue;
        }
        std::size_t pos = 0;
        const char32_t first_cp = decode_utf8(t, pos);
        if (first_cp < 0x80) {
            fold_latin_token(t, out.size() == base, mode, out);
        } else if (is_arabic_letter(first_cp)) {
            fold_arabic_token(t, mode, out);
        } else {
            out += t;
        }
    }
    collapse_doubles(out, base);
}

} // namespace

void append_loose_key(std::string_view exact_key, std::string& out) {
    append_folded_key(exact_key, FoldMode::loose, out);
}

std::string loose_key(std::string_view exact_key) {
    std::string out;
    append_loose_key(exact_key, out);
    return out;
}

std::string phonetic_key(std::string_view exact_key) {
    std::string out;
    append_phonetic_key(exact_key, out);
    return out;
}

void append_phonetic_key(std::string_view exact_key, std::string& out) {
    append_folded_key(exact_key, FoldMode::phonetic, out);
}

} // namespace conflictmap::text
