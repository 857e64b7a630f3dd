// Splits an article into paragraphs, sentences and tokens, keeping byte offsets into the
// original text so every extracted field can point at the words it came from. Paragraphs are
// classified (title, caption, boilerplate, body) and datelines ("BAGHDAD, March 11 (Reuters) -")
// are recognised, because a dateline or caption place is where a reporter or photographer was,
// not where an event happened.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace conflictmap::text {

enum TokenFlag : std::uint16_t {
    kWord = 1U << 0,           ///< letters (any script), possibly with digits or apostrophes
    kNumber = 1U << 1,         ///< digits with optional , and . separators ("5,000", "1.5")
    kPunct = 1U << 2,          ///< anything else, one character per token
    kCapitalized = 1U << 3,    ///< first letter is an upper-case Latin letter
    kAllUpper = 1U << 4,       ///< every letter upper-case and at least two letters
    kHasDigit = 1U << 5,       ///< a word containing a digit ("K1")
    kArabicScript = 1U << 6,   ///< contains Arabic-script letters
    kHyphenBefore = 1U << 7,   ///< joined to the previous token by a hyphen ("al-|Asad")
    kPossessive = 1U << 8,     ///< followed by 's / ’s, which is not part of the token
    kSpaceBefore = 1U << 9,    ///< whitespace precedes the token
    kNewlineBefore = 1U << 10, ///< a line break precedes the token
    kAscii = 1U << 11,         ///< every byte of the token is ASCII
};

/// A word with its hash computed once, so the dictionaries an extractor consults on every
/// token (word sets, phrase tables) do not hash it again and again.
struct HashedWord {
    std::string_view text;
    std::size_t hash = 0;

    /// A word's bytes in blocks of 16 (the last one padded with zero bytes), each taken as two
    /// little-endian 64-bit halves and mixed into the hash seeded with the length (hash_block):
    /// a word the tokenizer writes (fewer than 16 bytes) is one block it has in a register. (It
    /// had been FNV-1a, a multiply for every byte one after another.) Inline for a word of one
    /// block, the others in a loop.
    [[gnu::always_inline]] static constexpr std::size_t hash_of(std::string_view s) noexcept {
        if (std::is_constant_evaluated() || s.size() > 16) {
            return hash_blocks(s);
        }
        std::uint64_t lo = 0, hi = 0;
        load_block(s.data(), s.size(), lo, hi);
        return static_cast<std::size_t>(hash_block(seed(s.size()), lo, hi));
    }
    /// hash_of, block by block.
    static constexpr std::size_t hash_blocks(std::string_view s) noexcept {
        std::uint64_t h = seed(s.size());
        std::size_t at = 0;
        do {
            const std::size_t n = std::min<std::size_t>(16, s.size() - at);
            std::uint64_t lo = 0, hi = 0;
            if (std::is_constant_evaluated()) {
                for (std::size_t k = 0; k < n; ++k) {
                    (k < 8 ? lo : hi) |= std::uint64_t{static_cast<unsigned char>(s[at + k])}
                                         << (8U * (k & 7U));
                }
            } else {
                load_block(s.data() + at, n, lo, hi);
            }
            h = hash_block(h, lo, hi);
            at += 16;
        } while (at < s.size());
        return static_cast<std::size_t>(h);
    }
    static constexpr std::uint64_t seed(std::size_t length) noexcept {
        return 0x9E3779B97F4A7C15ULL ^ std::uint64_t{length};
    }
    /// One block into the hash: each half through a multiply, each product's high bits folded
    /// down into its low ones (the dictionaries' filters test the hash's low bits). (The last
    /// fold leaves a word's 14th to 16th bytes out of the 10 low bits: words of 14 or 15 bytes
    /// one letter apart share them 75 to 140 times as often as chance. A fold of the top 12
    /// bits mixes every byte in, but then some common words shared the buckets of
    /// non_event_reason's word groups: +2M instructions per MiB, the tokenizer's gain undone.)
    static constexpr std::uint64_t hash_block(std::uint64_t h, std::uint64_t lo,
                                              std::uint64_t hi) noexcept {
        h = (h ^ lo) * 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31U;
        h = (h ^ hi) * 0x94D049BB133111EBULL;
        return h ^ (h >> 29U);
    }
    /// The n <= 16 bytes at p as two little-endian halves padded with zero bytes, by loads
    /// within the n bytes (the last ones overlapping).
    [[gnu::always_inline]] static void load_block(const char* p, std::size_t n, std::uint64_t& lo,
                                                  std::uint64_t& hi) noexcept {
        static_assert(std::endian::native == std::endian::little);
        const auto load64 = [](const char* q) {
            std::uint64_t v;
            __builtin_memcpy(&v, q, sizeof v);
            return v;
        };
        const auto load32 = [](const char* q) {
            std::uint32_t v;
            __builtin_memcpy(&v, q, sizeof v);
            return std::uint64_t{v};
        };
        if (n >= 8) {
            lo = load64(p);
            hi = n > 8 ? load64(p + n - 8) >> (8U * (16U - n)) : 0;
        } else if (n >= 4) {
            lo = load32(p) | (load32(p + n - 4) << (8U * (n - 4U)));
            hi = 0;
        } else if (n > 0) {
            const auto byte = [&](std::size_t k) {
                return std::uint64_t{static_cast<unsigned char>(p[k])} << (8U * k);
            };
            lo = byte(0) | byte(n / 2) | byte(n - 1);
            hi = 0;
        } else {
            lo = hi = 0;
        }
    }
    friend bool operator==(const HashedWord& a, std::string_view b) noexcept { return a.text == b; }
};

/// The words a rule's scan looks for, a constant list made at compile time:
/// `static constexpr text::ScanWords kWords{"daily", "nightly"};`, tested by
/// `doc.may_hold<kWords>(b, e)`, which skips the scan of a sentence that holds none of them. (A
/// constant std::array of std::string_view serves too: `doc.may_hold<kArray>(b, e)`.)
struct ScanWords {
    static constexpr std::size_t kCapacity = 64;
    std::array<std::string_view, kCapacity> words{};
    std::size_t count = 0;

    constexpr ScanWords(std::initializer_list<std::string_view> list) {
        for (const auto w : list) {
            if (count == kCapacity) {
                throw "ScanWords: more words than kCapacity"; // (a compile-time error)
            }
            words[count++] = w;
        }
    }
    constexpr const std::string_view* begin() const noexcept { return words.data(); }
    constexpr const std::string_view* end() const noexcept { return words.data() + count; }
};

/// Each sentence keeps one bit for each constant list of words the rules test it for (a
/// "group": ScanWords, or an array of words), set when one of its tokens' lower forms is one of
/// the group's words (the token's hash is a group word's: exact, but for two words of one
/// 64-bit hash). The groups are registered before main (WordGroup below), and the first
/// Document makes the table of their words' hashes (word_group_table): a token's groups are one
/// probe of it, a rule's test one bit of its sentence. (It had been two 1024-bit Bloom filters
/// per sentence, which a test of a dozen words read a dozen words of, 256 bytes a sentence.)
/// A group's bit is its words' hash, kGroupBits of them: two groups may share a bit, and then a
/// sentence holding the words of either is let through the tests of both (more scans, never a
/// skipped one).
inline constexpr std::size_t kGroupBits = 256;
using GroupBits = std::array<std::uint64_t, kGroupBits / 64>;

/// A group's bit: its words' hashes mixed (the words in order).
template <class Words>
constexpr unsigned group_bit(const Words& words) noexcept {
    std::uint64_t h = 0x243F6A8885A308D3ULL;
    for (const std::string_view w : words) {
        h = (h ^ HashedWord::hash_of(w)) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29U;
    }
    return static_cast<unsigned>(h >> 56U) % kGroupBits;
}

/// Adds the words to the group of bit `bit` (before main, by WordGroup; a registration after
/// the first Document has made its table is a programming error: the program ends).
bool register_word_group(unsigned bit, const std::string_view* words, std::size_t n);

/// The bits that two different lists of words were given, each as "bit: first word of one
/// list, first word of the other, ..." (empty when every list has a bit of its own). A shared
/// bit costs time, never an answer: a sentence with the words of either list is let through
/// the scans of both. (A list's bit is a hash of its words in order: reordering a new list's
/// words gives it another.)
std::vector<std::string> shared_word_group_bits();

/// The words' hashes by group (made by the first Document, after every group was registered).
struct WordGroupTable {
    std::vector<std::uint64_t> hashes;   ///< open addressing by a hash's low bits; 0: empty slot
    std::vector<std::uint32_t> masks_of; ///< the slot's index into masks (0: none)
    std::vector<GroupBits> masks;        ///< masks[0] is empty
    std::size_t slot_mask = 0;

    /// The groups of a token of this lower-form hash (masks[0] when none).
    [[gnu::always_inline]] const GroupBits& groups_of(std::uint64_t hash) const noexcept {
        for (std::size_t k = hash & slot_mask;; k = (k + 1) & slot_mask) {
            const std::uint64_t h = hashes[k];
            // (A hash of 0 meets an empty slot, whose mask is masks[0], empty.)
            if (h == hash || h == 0) {
                return masks[masks_of[k]];
            }
        }
    }
};
const WordGroupTable& word_group_table();

/// The registration of the group of words `Words` (a constant ScanWords or array of string
/// views): its bit, and its words added to the table before main (the initialisation of a
/// template's static member that Document::may_hold uses).
template <const auto& Words>
struct WordGroup {
    static constexpr unsigned bit = group_bit(Words);
    static inline const bool registered =
        register_word_group(bit, std::to_address(std::begin(Words)),
                            static_cast<std::size_t>(std::end(Words) - std::begin(Words)));
};
/// WordGroup<Words>::bit, with the group registered.
template <const auto& Words>
[[gnu::always_inline]] inline unsigned word_group_bit() noexcept {
    static_cast<void>(&WordGroup<Words>::registered); // (instantiated, so registered)
    return WordGroup<Words>::bit;
}
/// Whether bit `bit` is set in the groups.
[[gnu::always_inline]] inline bool has_group(const GroupBits& groups, unsigned bit) noexcept {
    return ((groups[bit >> 6U] >> (bit & 63U)) & 1U) != 0;
}
/// Whether groups (Document::groups_in(b, e)) may hold one of the words `Words`: as
/// Document::may_hold<Words>(b, e), for a rule that tests one range for several groups.
template <const auto& Words>
[[gnu::always_inline]] inline bool holds(const GroupBits& groups) noexcept {
    return has_group(groups, word_group_bit<Words>());
}

/// The first L bytes of a and b are equal: one or two (overlapping) loads of 1, 2, 4 or 8
/// bytes from each side, which a literal side turns into constants. GCC calls memcmp for a
/// __builtin_memcmp of some sizes (9 bytes and more, and wherever it optimises for size).
template <std::size_t L>
[[gnu::always_inline]] inline bool same_bytes(const char* a, const char* b) noexcept {
    const auto load = [](const char* p, auto word) {
        decltype(word) v;
        __builtin_memcpy(&v, p, sizeof v);
        return v;
    };
    if constexpr (L == 0) {
        return true;
    } else if constexpr (L == 1) {
        return a[0] == b[0];
    } else if constexpr (L <= 3) {
        return load(a, std::uint16_t{}) == load(b, std::uint16_t{}) &&
               load(a + L - 2, std::uint16_t{}) == load(b + L - 2, std::uint16_t{});
    } else if constexpr (L <= 7) {
        return load(a, std::uint32_t{}) == load(b, std::uint32_t{}) &&
               load(a + L - 4, std::uint32_t{}) == load(b + L - 4, std::uint32_t{});
    } else if constexpr (L <= 16) {
        return load(a, std::uint64_t{}) == load(b, std::uint64_t{}) &&
               load(a + L - 8, std::uint64_t{}) == load(b + L - 8, std::uint64_t{});
    } else {
        return load(a, std::uint64_t{}) == load(b, std::uint64_t{}) &&
               same_bytes<L - 8>(a + 8, b + 8);
    }
}

/// s == literal, inline: the size, then a fixed-size memcmp the compiler expands.
/// std::string_view::compare stays an out-of-line call inside large functions, and the rules
/// compare words and codes with literals millions of times per megabyte. Always inlined: in
/// the large rule functions GCC's inlining budget runs out and leaves a call per comparison
/// (argument set-up, call and return cost more than the size test that usually decides).
template <std::size_t N>
[[gnu::always_inline]] inline bool equals_literal(std::string_view s,
                                                  const char (&literal)[N]) noexcept {
    return s.size() == N - 1 && same_bytes<N - 1>(s.data(), literal);
}

/// a == b, inline: eight bytes at a time, then byte by byte. For the dictionaries' probes,
/// which compare a word with the stored one of the same hash (nearly always equal, and short):
/// std::string_view's operator== calls memcmp, whose call and set-up cost more than the words.
[[gnu::always_inline]] inline bool same_text(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) {
        return false;
    }
    std::size_t k = 0;
    for (; k + 8 <= a.size(); k += 8) {
        if (!same_bytes<8>(a.data() + k, b.data() + k)) {
            return false;
        }
    }
    for (; k < a.size(); ++k) {
        if (a[k] != b[k]) {
            return false;
        }
    }
    return true;
}

/// a == b for two words whose HashedWord::hash_of are equal (a dictionary's probe, after its
/// hash test): for words of up to eight bytes the hash alone decides, with the size. Such a
/// word is one zero-padded 64-bit block, and hash_block maps the blocks of one length (the
/// seed) one to one onto hashes (an xor with the seed, two multiplications by odd constants
/// and two xor-shifts, each invertible; the second half is zero): two such words of the same
/// size and hash are the same word. Longer words are compared byte by byte. (The byte loop had
/// cost about 4M instructions per MiB across the dictionaries' probes.)
[[gnu::always_inline]] inline bool same_hashed_text(std::string_view a,
                                                    std::string_view b) noexcept {
    return a.size() == b.size() && (a.size() <= 8 || same_text(a, b));
}

/// A token's text (Document::surface) or lower-case form (Document::lower): a string_view
/// whose comparison with a string literal ("w == \"since\"", "s != \",\"") is equals_literal.
struct TokenText : std::string_view {
    using std::string_view::string_view;
    template <std::size_t N>
    [[gnu::always_inline]] friend bool operator==(const TokenText& a,
                                                  const char (&literal)[N]) noexcept {
        return equals_literal(a, literal);
    }
};
/// The lower-case form's type, by its earlier name.
using LowerWord = TokenText;

/// A std::string_view whose comparisons with another view or a string literal are inline
/// (same_text, equals_literal): std::string_view's operator== calls compare() out of line, and
/// a memcmp for a country or feature code of two to five bytes. For the codes the toponym
/// resolver compares among a name's candidates.
struct CodeView : std::string_view {
    using std::string_view::string_view;
    constexpr CodeView() noexcept = default;
    constexpr CodeView(std::string_view s) noexcept : std::string_view(s) {}
    CodeView(const std::string& s) noexcept : std::string_view(s) {}
    [[gnu::always_inline]] friend bool operator==(const CodeView& a, const CodeView& b) noexcept {
        return same_text(a, b);
    }
    [[gnu::always_inline]] friend bool operator==(const CodeView& a, std::string_view b) noexcept {
        return same_text(a, b);
    }
    [[gnu::always_inline]] friend bool operator==(const CodeView& a,
                                                  const std::string& b) noexcept {
        return same_text(a, b);
    }
    template <std::size_t N>
    [[gnu::always_inline]] friend bool operator==(const CodeView& a,
                                                  const char (&literal)[N]) noexcept {
        return equals_literal(a, literal);
    }
};

/// A std::string whose comparison with a string literal ("t.sub_event_type == \"Attack\"") is
/// equals_literal, inline: std::string's operator== with a literal calls compare(const char*),
/// a strlen and a memcmp, out of line. For the strings the rules compare with literals in
/// their loops over an article's events (event types).
struct LiteralString : std::string {
    using std::string::string;
    using std::string::operator=;
    LiteralString() = default;
    LiteralString(const std::string& s) : std::string(s) {}
    LiteralString(std::string&& s) noexcept : std::string(std::move(s)) {}
    template <std::size_t N>
    [[gnu::always_inline]] friend bool operator==(const LiteralString& a,
                                                  const char (&literal)[N]) noexcept {
        return equals_literal(a, literal);
    }
};

struct Token {
    std::uint32_t begin = 0; ///< byte range in the text
    std::uint32_t end = 0;
    std::uint16_t flags = 0;
    std::uint32_t lower_begin = 0; ///< range of the lower-case ASCII-folded form in Document
    std::uint32_t lower_size = 0;
    /// Index of the sentence holding the token (Document::sentence_of; in the padding that
    /// would otherwise follow lower_size).
    std::uint32_t sentence = 0;
    std::size_t lower_hash = 0; ///< HashedWord::hash_of(lower form)

    bool is(TokenFlag f) const noexcept { return (flags & f) != 0; }
};

/// Up to eight classes of tokens for the rules' loops that pass over every token of a range to
/// the next one of some class (the words a dictionary may begin with, numbers, ...). A token's
/// classes are made once per document (Document::token_classes), one byte each, and a loop
/// tests eight tokens by one load (next_of_class), where each loop had tested its own filter
/// on every token, about ten instructions a token. A word's bit k is set when bit k is set in
/// both by_hash at its lower form's hash's low 12 bits and by_length at its size (63: 63 or
/// more): a filter's hash and length tests (events::WordFilter::add_to). A number also has the
/// bits set_flag_classes gives numbers, a token that is no word (a number too) those it gives
/// tokens that are no words.
struct TokenClassTable {
    std::array<std::uint8_t, 4096> by_hash{};
    std::array<std::uint8_t, 64> by_length{};
    /// By a token's kWord and kNumber flags (kWord is bit 0, kNumber bit 1).
    std::array<std::uint8_t, 4> by_flags{};

    void set_flag_classes(std::uint8_t number, std::uint8_t not_word) noexcept {
        static_assert(kWord == 1 && kNumber == 2);
        by_flags = {not_word, 0, static_cast<std::uint8_t>(number | not_word), number};
    }
    /// The classes of a token of these lower form's hash and size, and flags. (From the values,
    /// not the token: a loop that stores into memory would load the token's fields again.)
    [[gnu::always_inline]] std::uint8_t classes_of(std::size_t hash, std::uint32_t size,
                                                   std::uint16_t flags) const noexcept {
        return static_cast<std::uint8_t>(
            (by_hash[hash & 4095U] & by_length[size < 63 ? size : 63]) |
            by_flags[flags & (kWord | kNumber)]);
    }
};

/// The first of tokens [i, end) with one of `bits` in `classes` (Document::token_classes, end at
/// most the number of tokens), else end: eight tokens a step (the classes are followed by
/// eight zero bytes).
[[gnu::always_inline]] inline std::size_t next_of_class(const std::uint8_t* classes, std::size_t i,
                                                        std::size_t end,
                                                        std::uint8_t bits) noexcept {
    static_assert(std::endian::native == std::endian::little);
    const std::uint64_t mask = 0x0101010101010101ULL * bits;
    for (; i < end; i += 8) {
        std::uint64_t eight;
        __builtin_memcpy(&eight, classes + i, sizeof eight);
        if ((eight & mask) != 0) {
            const std::size_t k = i + static_cast<std::size_t>(std::countr_zero(eight & mask) / 8);
            return k < end ? k : end;
        }
    }
    return end;
}

enum class ParagraphKind : std::uint8_t {
    body,
    title,       ///< headline or standfirst: a short line without closing punctuation
    caption,     ///< photo caption ("DOVER, DE - MARCH 11: ... Getty Images")
    boilerplate, ///< "READ ALSO ...", "== FOR NEWSPAPERS ... ==", bylines, credits
};

struct Paragraph {
    std::uint32_t token_begin = 0;
    std::uint32_t token_end = 0;
    ParagraphKind kind = ParagraphKind::body;
    /// Tokens of a leading dateline ("BAGHDAD, March 11 (Reuters) -"), empty when none.
    std::uint32_t dateline_begin = 0;
    std::uint32_t dateline_end = 0;
    /// Tokens of the dateline's place words ("BAGHDAD", "DOVER , DE").
    std::uint32_t dateline_place_begin = 0;
    std::uint32_t dateline_place_end = 0;
};

struct Sentence {
    std::uint32_t token_begin = 0;
    std::uint32_t token_end = 0;
    std::uint32_t paragraph = 0;
    /// in_capitals_sentence's answer for the tokens numbered with this sentence, once asked
    /// (-1: not yet; the rules ask it of every all-capitals word, "US" and "PMF" again and
    /// again in one sentence). (A Document is read by one thread.)
    mutable std::int8_t capitals = -1;
    /// The word groups of the tokens whose sentence_of is this sentence (Document::may_hold).
    GroupBits groups{};
};

class Document {
public:
    /// Segments text (valid UTF-8). The Document keeps a copy of the text.
    explicit Document(std::string text);
    /// The same, with the tokens' classes by `classes` made while numbering the sentences
    /// (token_classes(classes) then finds them made).
    Document(std::string text, const TokenClassTable& classes);
    /// (Hands its buffers to the thread's next Document.)
    ~Document();
    Document(const Document&) = default;
    Document(Document&&) noexcept = default;
    Document& operator=(const Document&) = default;
    Document& operator=(Document&&) noexcept = default;

    const std::string& text() const noexcept { return text_; }
    const std::vector<Token>& tokens() const noexcept { return tokens_; }
    const std::vector<Paragraph>& paragraphs() const noexcept { return paragraphs_; }
    const std::vector<Sentence>& sentences() const noexcept { return sentences_; }

    // The accessors the rules call on every token are always inlined (a call each costs more
    // than the access; GCC leaves calls in the largest rule functions).
    /// The token's original bytes.
    [[gnu::always_inline]] TokenText surface(std::size_t i) const noexcept {
        // No substr: its range check (never failing here) kept these out of line.
        const Token& t = tokens_[i];
        return {text_.data() + t.begin, t.end - t.begin};
    }
    /// Lower-case form: ASCII letters lowered, Latin diacritics and typographic apostrophes
    /// folded ("Mexmûr" -> "mexmur", "Iraq’s" -> "iraq"); other scripts unchanged.
    [[gnu::always_inline]] LowerWord lower(std::size_t i) const noexcept {
        const Token& t = tokens_[i];
        return {lower_.data() + t.lower_begin, t.lower_size};
    }
    /// The lower-case form with its hash, for dictionary lookups.
    [[gnu::always_inline]] HashedWord word(std::size_t i) const noexcept {
        return {lower(i), tokens_[i].lower_hash};
    }
    /// Original text of tokens [b, e).
    std::string_view span_text(std::size_t b, std::size_t e) const noexcept;
    /// Sentence index holding token i (the last sentence starting at or before it; 0 when
    /// none does). Read from the token: the rules ask it in their loops, and a binary search
    /// each time cost about 3% of extraction.
    [[gnu::always_inline]] std::size_t sentence_of(std::size_t token) const noexcept {
        return token < tokens_.size() ? tokens_[token].sentence : sentence_after_end(token);
    }
    /// Whether tokens [b, e) may hold one of the words `Words` (a constant ScanWords or array
    /// of words: false, certainly none of them; the test is of the word groups of the sentences
    /// holding [b, e)): a rule whose scan of [b, e) looks for some words skips the scan when
    /// this is false.
    template <const auto& Words>
    [[gnu::always_inline]] bool may_hold(std::size_t b, std::size_t e) const noexcept {
        return may_hold_group(b, e, word_group_bit<Words>());
    }
    /// The groups of the sentences holding tokens [b, e) (none for an empty range, all when
    /// there are no sentences): text::holds<Words>(groups_in(b, e)) is may_hold<Words>(b, e),
    /// for a rule that tests one range for several groups (each test then one bit, where
    /// may_hold finds the range's sentences again).
    [[gnu::always_inline]] GroupBits groups_in(std::size_t b, std::size_t e) const noexcept {
        if (e > tokens_.size()) {
            e = tokens_.size();
        }
        GroupBits groups{};
        if (b >= e) {
            return groups;
        }
        if (sentences_.empty()) {
            groups.fill(~std::uint64_t{0});
            return groups;
        }
        const std::size_t last = tokens_[e - 1].sentence;
        for (std::size_t s = tokens_[b].sentence; s <= last; ++s) {
            for (std::size_t w = 0; w < groups.size(); ++w) {
                groups[w] |= sentences_[s].groups[w];
            }
        }
        return groups;
    }
    /// Whether sentence s may hold one of the words `Words` (its own tokens', see may_hold).
    template <const auto& Words>
    [[gnu::always_inline]] bool sentence_may_hold(std::size_t s) const noexcept {
        return has_group(sentences_[s].groups, word_group_bit<Words>());
    }
    /// For a scan that acts only on some words: the first token at or after i in a sentence
    /// whose words may hold one of them (tokens().size() when none), and in span_end the end of
    /// the tokens numbered with that sentence (sentence_of), before which the scan need not ask
    /// again. The scan passes over the other sentences at once.
    template <const auto& Words>
    [[gnu::always_inline]] std::size_t next_that_may_hold(std::size_t i,
                                                          std::size_t& span_end) const noexcept {
        const unsigned bit = word_group_bit<Words>();
        const std::size_t n = tokens_.size();
        if (sentences_.empty()) {
            span_end = n; // (no sentences: every token may)
            return i;
        }
        for (std::size_t s = i < n ? tokens_[i].sentence : sentences_.size(); s < sentences_.size();
             ++s) {
            const std::size_t end = s + 1 < sentences_.size() ? sentences_[s + 1].token_begin : n;
            if (has_group(sentences_[s].groups, bit)) {
                span_end = end;
                return i;
            }
            i = end;
        }
        span_end = n;
        return n;
    }

    /// Each token's classes by `table`, followed by eight zero bytes (for next_of_class). Made
    /// on the first call with a table other than the last one (or by the constructor).
    [[gnu::always_inline]] const std::uint8_t* token_classes(const TokenClassTable& table) const {
        if (classes_table_ != &table) {
            make_token_classes(table);
        }
        return classes_.data();
    }

    const Paragraph& paragraph_of_sentence(std::size_t s) const noexcept {
        return paragraphs_[sentences_[s].paragraph];
    }
    /// Numeric value of a kNumber token ("5,000" -> 5000); negative when it does not parse.
    double number_value(std::size_t i) const noexcept;
    /// A number token that ends its sentence with a footnote's number glued to it by the full
    /// stop ("wounded 51.59" / "On December 31", "on November 17.20 On December 9"): the
    /// value before the stop, else negative.
    double value_before_footnote(std::size_t i) const noexcept;
    /// Whether the text writes day-and-month dates with a slash month first: some "08/31" or
    /// "08/31/2014" in it can only be read month first, and none ("31/08") only day first.
    /// Found on the first call.
    bool slash_dates_month_first() const noexcept;

private:
    void tokenize();
    void split_paragraphs();
    void classify_paragraph(Paragraph& p, bool lead) const;
    /// `lead`: one of the report's first two paragraphs, where a name-case dateline
    /// ("Duhok, Kurdistan Region - ...") is told.
    void find_dateline(Paragraph& p, bool lead) const;
    /// marks: the paragraph's punctuation tokens, in order.
    void split_sentences(std::uint32_t paragraph, std::span<const std::uint32_t> marks);
    /// (The two public constructors: classes null when the caller makes no token classes.)
    Document(std::string text, const TokenClassTable* classes);
    /// (With the tokens' classes by `classes`, when not null.)
    void number_sentences(const TokenClassTable* classes) noexcept;
    void make_token_classes(const TokenClassTable& table) const;
    std::size_t sentence_after_end(std::size_t token) const noexcept;
    /// may_hold of a group's bit. (Inline: the bit is a constant, and a test of a sentence one
    /// instruction.)
    [[gnu::always_inline]] bool may_hold_group(std::size_t b, std::size_t e,
                                               unsigned bit) const noexcept {
        if (e > tokens_.size()) {
            e = tokens_.size();
        }
        if (b >= e) {
            return false;
        }
        if (sentences_.empty()) {
            return true;
        }
        const std::size_t first = tokens_[b].sentence;
        const std::size_t last = tokens_[e - 1].sentence;
        if (first == last) {
            return has_group(sentences_[first].groups, bit);
        }
        for (std::size_t s = first; s <= last; ++s) {
            if (has_group(sentences_[s].groups, bit)) {
                return true;
            }
        }
        return false;
    }
    bool is_abbreviation(std::size_t token) const noexcept;

    std::string text_;
    std::string lower_;
    std::vector<Token> tokens_;
    std::vector<Paragraph> paragraphs_;
    std::vector<Sentence> sentences_;
    /// token_classes: by classes_table_ (null: none made yet). (A Document is read by one
    /// thread.)
    mutable std::vector<std::uint8_t> classes_;
    mutable const TokenClassTable* classes_table_ = nullptr;
    mutable std::int8_t slash_month_first_ = -1; ///< slash_dates_month_first's answer, once asked
};

/// For each length up to 15 bytes, bit (c & 31) for each first byte c of a word of that length
/// in `words`: a word whose length and first byte have no bit is none of them. (A test of the
/// first two bytes, in a table of 2 KB, cost more than it saved.)
using WordOpeners = std::array<std::uint32_t, 16>;
consteval WordOpeners opener_bits(std::initializer_list<std::string_view> words) {
    WordOpeners t{};
    for (const auto w : words) {
        t[w.size()] |= std::uint32_t{1} << (static_cast<unsigned char>(w[0]) & 31U);
    }
    return t;
}
/// Whether a word of this length and first byte may be one of the words of `openers`.
[[gnu::always_inline]] inline bool may_open(const WordOpeners& openers,
                                            std::string_view w) noexcept {
    return w.size() < openers.size() && !w.empty() &&
           ((openers[w.size()] >> (static_cast<unsigned char>(w[0]) & 31U)) & 1U) != 0;
}

namespace detail {
/// month_from_word and weekday_from_word for a word their filters let through.
int month_number(std::string_view lower) noexcept;
int weekday_number(std::string_view lower) noexcept;
inline constexpr WordOpeners kMonthOpeners = opener_bits(
    {"jan",   "feb",    "mar",     "apr",     "may",      "jun",      "jul",      "aug",
     "sep",   "oct",    "nov",     "dec",     "june",     "july",     "sept",     "march",
     "april", "august", "january", "october", "february", "november", "december", "september"});
inline constexpr WordOpeners kWeekdayOpeners =
    opener_bits({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
} // namespace detail

/// Month number (1-12) of an English month name or abbreviation in lower case ("march",
/// "mar", "sept"), 0 when it is not one. (Inline, most words ruled out by their length and
/// first byte: the rules ask it of many tokens, and the call had cost more than the answer.)
[[gnu::always_inline]] inline int month_from_word(std::string_view lower) noexcept {
    return may_open(detail::kMonthOpeners, lower) ? detail::month_number(lower) : 0;
}
/// ISO weekday (0 = Monday .. 6 = Sunday) of a weekday name in lower case, -1 when not one.
[[gnu::always_inline]] inline int weekday_from_word(std::string_view lower) noexcept {
    return may_open(detail::kWeekdayOpeners, lower) ? detail::weekday_number(lower) : -1;
}
/// A list bullet opening a line: a bullet sign, an asterisk, a hyphen or an en dash. (A hyphen
/// is one only as a token of its own, which the caller checks: a hyphen also joins words.)
bool is_bullet(std::string_view surface) noexcept;
/// A dash token: a hyphen, en dash, em dash or figure dash (a hyphen that joins words is no
/// token of its own, which the caller checks where it matters).
bool is_dash(std::string_view surface) noexcept;
/// Token i is all capitals in a sentence written all in capitals (alerts: "URGENT | 2 IEDS HIT
/// PMF CONVOY NR ISHAQI"), where capitals say nothing about names.
bool in_capitals_sentence(const Document& doc, std::size_t i) noexcept;

/// A case file's field named by its event, in lower case: "abduction" of "Abduction: Tuesday 19
/// October 2004, in western Baghdad" (no dateline's label, and one clause with what it names).
bool is_event_field_word(std::string_view lower);

} // namespace conflictmap::text
