// Keys under which place names are indexed and looked up: one exact key that forgives case,
// diacritics, Arabic letter variants, ʿayn/hamza signs and punctuation, and one loose key that
// also forgives the spelling variants of transliteration (vowels, doubled letters, q/k/g,
// kh/x, sh/ş, dh/th/z, Arabic articles, final -ah). See DOMAIN.md "Names as they are written".
//
// The exact key is token-compositional, so a scanner can normalise each token of an article once
// and look up n-grams by joining:
//
//     toponym_key(s) == join({token_key(t) : t in split_toponym_tokens(s), token_key(t) != ""}, "
//     ")
//
// Tokens are separated by whitespace, hyphens, dashes and every other punctuation or symbol
// character, except the apostrophe family (' ’ ‘ ` ´ ʿ ʾ ʼ), Arabic tatweel and hamza (ء),
// which are deleted inside a token ("Ta'mim" -> "tamim"). So a key never holds two spaces in a
// row, never starts or ends with one, and its tokens are exactly the non-empty token keys.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::text {

/// A token of a name or of running text: the bytes [begin, end) of the source string.
struct TokenSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// Appends to out the tokens of text (see the header comment for what separates tokens).
/// Invalid UTF-8 bytes are separators. The spans keep deletable characters, so
/// text.substr(begin, end - begin) is what the reader sees.
void split_toponym_tokens(std::string_view text, std::vector<TokenSpan>& out);

/// Appends the key of one token to out: lower case, no diacritics, Arabic letters normalised
/// (alef forms -> ا, ة -> ه, ى -> ي, ک -> ك, ی -> ي; harakat, tatweel and hamza dropped), digits
/// of any script as ASCII digits. The token must not contain separators (as returned by
/// split_toponym_tokens); any that slip in are dropped. Appends nothing for an empty key.
void append_token_key(std::string_view token, std::string& out);

/// The key of one token (see append_token_key).
std::string token_key(std::string_view token);

/// The exact key of a name or span of text: non-empty token keys joined by single spaces.
std::string toponym_key(std::string_view text);
/// As toponym_key, appending to out (which is not cleared).
void append_toponym_key(std::string_view text, std::string& out);

/// The token "'s" or "’s" removed from the end of a token ("Kirkuk's" -> "Kirkuk"), for
/// scanners; names themselves keep it. Returns token unchanged when it has no possessive.
std::string_view strip_possessive(std::string_view token) noexcept;

/// True for an Arabic article written as its own token in an exact key: al, el, ad, adh, an,
/// ar, as, ash, at, ath, az, ed, en, er, es, esh, et, ez.
bool is_article_token(std::string_view key_token) noexcept;

/// Number of tokens in an exact key (0 for the empty key).
std::size_t key_token_count(std::string_view key) noexcept;

/// The loose key of an exact key, the second matching tier. Article tokens are dropped (unless
/// nothing else remains) and the tokens are joined without spaces, so "Tal Afar", "Tall 'Afar"
/// and "Telafar" meet. Latin letters fold to consonant classes: kh/x -> x, q/k/g/gh -> k,
/// sh/ş/s -> s, th/dh/z -> z, j/dj/zh/ch/ç/c -> j (c is j in Kurdish and Turkish Latin:
/// Pêncwên = Penjwen; ç, written c once diacritics go, is ch: Çemçemal = Chamchamal),
/// p -> b, v -> w, ph -> f; vowels are dropped except a leading one (kept as 'a'); y and w are
/// vowels unless they start a token before a vowel; a final -ah/-eh loses its h. Arabic
/// script drops the glued article (ال, وال, بال, لل, ...), a final ه and the vowel letters
/// ا و ي after the first letter, and folds the Kurdish and Persian letters (ە ێ ۆ ڕ ڵ پ چ گ ژ
/// ڤ). Doubled symbols collapse to one.
/// Examples: "makhmour", "mexmur" -> "mxmr"; "al anbar", "anbar" -> "anbr".
std::string loose_key(std::string_view exact_key);
/// As loose_key, appending to out (which is not cleared).
void append_loose_key(std::string_view exact_key, std::string& out);

/// The phonetic form of an exact key: what spelling similarity compares once two names have met
/// under the same loose key. Like the loose key (articles dropped, tokens joined, consonant
/// classes, final -ah -> -a, doubled letters collapsed) but every vowel is kept as written, and
/// y and w stay letters: "al-saadiyah" -> "sadiya", "shingal" -> "singal".
std::string phonetic_key(std::string_view exact_key);
/// As phonetic_key, appending to out (which is not cleared).
void append_phonetic_key(std::string_view exact_key, std::string& out);

} // namespace conflictmap::text
