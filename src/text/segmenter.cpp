#include "text/segmenter.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <emmintrin.h>
#include <span>
#include <string_view>
#include <unordered_set>

namespace conflictmap::text {

namespace {

bool is_ascii_alpha(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_digit(char32_t c) {
    return c >= '0' && c <= '9';
}
bool is_arabic_letter(char32_t c) {
    if (c == 0x060C || c == 0x061B || c == 0x061F || (c >= 0x066A && c <= 0x066D) || c == 0x06D4) {
        return false; // Arabic comma, semicolon, question mark, percent/stars, full stop
    }
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
           (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
           (c >= 0xFE70 && c <= 0xFEFF);
}
bool is_arabic_digit(char32_t c) {
    return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}
/// is_letter beyond ASCII (kept out of line: the tokenizer's loop sees mostly ASCII).
bool is_non_ascii_letter(char32_t c) {
    if (c == 0xD7 || c == 0xF7) {
        return false;
    }
    if (is_arabic_letter(c) && !is_arabic_digit(c)) {
        return true;
    }
    return (c >= 0xC0 && c <= 0x2AF) || (c >= 0x370 && c <= 0x3FF) || (c >= 0x400 && c <= 0x52F) ||
           (c >= 0x531 && c <= 0x58F) || (c >= 0x5D0 && c <= 0x5EA) ||
           (c >= 0x1E00 && c <= 0x1FFF) || (c >= 0x3040 && c <= 0x9FFF) ||
           (c >= 0xAC00 && c <= 0xD7AF) || c == 0x200C || c == 0x200D;
}
/// Letters of the scripts place names come in; punctuation blocks are excluded.
inline bool is_letter(char32_t c) {
    return c < 0x80 ? is_ascii_alpha(c) : is_non_ascii_letter(c);
}
/// decode_utf8 with the ASCII case inline: most of an English article is ASCII.
inline char32_t next_char(std::string_view s, std::size_t& pos) noexcept {
    const auto b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80U) {
        ++pos;
        return b;
    }
    return decode_utf8(s, pos);
}
/// ASCII letters and digits by class, for the tokenizer's run of plain ASCII inside a word
/// (most of an English article): 0 for everything else, bytes >= 0x80 included.
enum : std::uint8_t { kAsciiDigit = 1, kAsciiLower = 2, kAsciiUpper = 4 };
/// Per byte: its class in the high 8 bits and its lower-case form in the low 8 (0 for
/// everything else), so the tokenizer's ASCII run takes both with one load per byte.
constexpr std::array<std::uint16_t, 256> make_ascii_word_bytes() {
    std::array<std::uint16_t, 256> a{};
    const auto set = [&](int c, std::uint8_t word_class, int lower) {
        a[static_cast<std::size_t>(c)] = static_cast<std::uint16_t>((word_class << 8U) | lower);
    };
    for (int c = '0'; c <= '9'; ++c) {
        set(c, kAsciiDigit, c);
    }
    for (int c = 'a'; c <= 'z'; ++c) {
        set(c, kAsciiLower, c);
    }
    for (int c = 'A'; c <= 'Z'; ++c) {
        set(c, kAsciiUpper, c - 'A' + 'a');
    }
    return a;
}
constexpr auto kAsciiWordBytes = make_ascii_word_bytes();
std::uint16_t ascii_word_byte(char c) noexcept {
    return kAsciiWordBytes[static_cast<unsigned char>(c)];
}
std::uint8_t ascii_word_class(char c) noexcept {
    return static_cast<std::uint8_t>(ascii_word_byte(c) >> 8U);
}

/// Writes the lower-case forms into a buffer sized to the text beforehand, without a capacity
/// check per character: a lower form is never longer than its token (every character gives its
/// own bytes, one folded letter, or nothing).
struct LowerWriter {
    char* data;
    std::size_t size = 0;
    void put(char c) noexcept { data[size++] = c; }
    /// HashedWord::hash_of the bytes written from `from` on (a token's lower form).
    std::size_t hash_from(std::size_t from) const noexcept {
        return HashedWord::hash_of(std::string_view(data + from, size - from));
    }
    void put(std::string_view bytes) noexcept {
        for (const char c : bytes) {
            put(c);
        }
    }
    /// Puts the run of ASCII letters and digits at text + q in lower case and moves q past it;
    /// returns the classes seen (kAsciiDigit | kAsciiLower | kAsciiUpper). (No bounds test per
    /// byte: the text is a std::string, whose terminating NUL is of class 0 and ends the run.)
    std::uint8_t put_ascii_run(const char* text, std::size_t& q) noexcept {
        std::uint16_t seen = 0; // (the classes, in the high byte)
        char* to = data + size;
        // (A pointer walks the text, not text[q] through a reference: GCC kept both the index
        // and a copy of the last byte in the loop, 15 instructions a byte.)
        const char* from = text + q;
        for (;;) {
            const std::uint16_t k = ascii_word_byte(*from);
            if (k == 0) {
                break;
            }
            seen |= k;
            const auto lower = static_cast<char>(k & 0xFFU);
            *to++ = lower;
            ++from;
        }
        q = static_cast<std::size_t>(from - text);
        size = static_cast<std::size_t>(to - data);
        return static_cast<std::uint8_t>(seen >> 8U);
    }
};

/// Marks used inside transliterated words: apostrophes, ʿayn and hamza letters.
bool is_word_apostrophe(char32_t c) {
    return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BB || c == 0x02BF ||
           c == 0x02BE || c == 0x0060 || c == 0x00B4;
}
bool is_hyphen(char32_t c) {
    return c == '-' || c == 0x2010 || c == 0x2011;
}
bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || c == 0x2009 ||
           c == 0x200A || c == 0x202F || c == 0x3000 || c == 0x200B || c == 0xFEFF ||
           (c >= 0x2000 && c <= 0x2008);
}
/// Upper-case letters of U+0100..U+017F as a 128-bit mask (the case pairs change parity).
bool is_upper_extended_a(char32_t c) {
    constexpr std::uint64_t kLow = 0xaa55555555555555ULL, kHigh = 0x2b555555555554aaULL;
    const unsigned k = static_cast<unsigned>(c - 0x100);
    return k < 64 ? ((kLow >> k) & 1U) != 0 : ((kHigh >> (k - 64)) & 1U) != 0;
}
bool is_upper_latin(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= 0x100 && c <= 0x17F && is_upper_extended_a(c));
}
bool is_lower_latin(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
           (c >= 0x100 && c <= 0x17F && !is_upper_extended_a(c));
}

/// ASCII fold of Latin-1 Supplement and Latin Extended-A letters (lower case), '\0' = drop.
char fold_latin(char32_t c) {
    static constexpr char k00C0[] =
        "aaaaaaaceeeeiiiidnooooo\0ouuuuytsaaaaaaaceeeeiiiidnooooo\0ouuuuyty";
    static constexpr char k0100[] =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnn"
        "nnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    static_assert(sizeof(k00C0) == 65 && sizeof(k0100) == 129);
    if (c >= 0xC0 && c <= 0xFF) {
        return k00C0[c - 0xC0];
    }
    if (c >= 0x100 && c <= 0x17F) {
        return k0100[c - 0x100];
    }
    switch (c) {
    case 0x1E24:
    case 0x1E25:
    case 0x1E96:
        return 'h';
    case 0x1E6C:
    case 0x1E6D:
    case 0x1E6E:
    case 0x1E6F:
        return 't';
    case 0x1E62:
    case 0x1E63:
        return 's';
    case 0x1E0C:
    case 0x1E0D:
    case 0x1E0E:
    case 0x1E0F:
        return 'd';
    case 0x1E92:
    case 0x1E93:
    case 0x1E94:
    case 0x1E95:
        return 'z';
    case 0x01E7:
    case 0x01E6:
        return 'g';
    case 0x0259:
    case 0x018F:
        return 'e';
    default:
        return 0;
    }
}

struct Abbreviations {
    /// A word of at most 7 bytes as one number, its length in the low byte and its bytes above:
    /// the list is compared as numbers (a search of the views made a library compare for each
    /// word of the same length, asked at every full stop).
    static constexpr std::uint64_t packed(std::string_view w) noexcept {
        std::uint64_t k = w.size();
        for (std::size_t i = 0; i < w.size(); ++i) {
            k |= std::uint64_t{static_cast<unsigned char>(w[i])} << (8U * (i + 1));
        }
        return k;
    }
    static bool contains(std::string_view w) {
        static constexpr std::array<std::string_view, 55> kWords = {
            "mr",   "mrs", "ms",   "dr",   "gen",  "lt",   "col",    "capt", "sgt", "maj",  "brig",
            "adm",  "cpl", "pvt",  "st",   "jr",   "sr",   "no",     "vs",   "rep", "sen",  "gov",
            "prof", "inc", "corp", "ltd",  "co",   "jan",  "feb",    "mar",  "apr", "jun",  "jul",
            "aug",  "sep", "sept", "oct",  "nov",  "dec",  "approx", "est",  "fig", "mt",   "ft",
            "rev",  "hon", "pres", "gens", "sgts", "cmdr", "lieut",  "spc",  "pfc", "ssgt", "cmdt"};
        static constexpr auto kPacked = [] {
            std::array<std::uint64_t, kWords.size()> a{};
            for (std::size_t i = 0; i < kWords.size(); ++i) {
                a[i] = packed(kWords[i]);
            }
            return a;
        }();
        static_assert(std::all_of(kWords.begin(), kWords.end(),
                                  [](std::string_view x) { return !x.empty() && x.size() <= 7; }));
        // (The packed words in an open-addressed table of 128 slots, 0 for an empty one: asked
        // at every full stop before a capitalised word, the search of the 52 cost about 100
        // instructions.)
        constexpr std::size_t kSlots = 128;
        static constexpr auto slot_of = [](std::uint64_t k) {
            return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15ULL) >> 57U);
        };
        static constexpr auto kTable = [] {
            std::array<std::uint64_t, kSlots> t{};
            for (const std::uint64_t k : kPacked) {
                std::size_t at = slot_of(k);
                while (t[at] != 0) {
                    at = (at + 1) & (kSlots - 1);
                }
                t[at] = k;
            }
            return t;
        }();
        static constexpr auto in_table = [](std::uint64_t k) {
            for (std::size_t at = slot_of(k);; at = (at + 1) & (kSlots - 1)) {
                if (kTable[at] == k) {
                    return true;
                }
                if (kTable[at] == 0) {
                    return false;
                }
            }
        };
        static_assert(std::all_of(kPacked.begin(), kPacked.end(), in_table) &&
                      !in_table(packed("a")) && !in_table(packed("gener")));
        return !w.empty() && w.size() <= 7 && in_table(packed(w));
    }
};

bool starts_like_sentence(const Document& d, std::size_t i) {
    const auto s = d.surface(i);
    if (s.empty()) {
        return false;
    }
    const Token& t = d.tokens()[i];
    if (t.is(kCapitalized) || t.is(kNumber) || t.is(kArabicScript)) {
        return true;
    }
    // A list's bullet inside a line opens its item: "... on Saturday evening. • A drone
    // attack on Harir base was foiled on Sunday."
    if ((s == "\u2022" || s == "\u25aa" || s == "\u2023" || s == "\u25e6") &&
        i + 1 < d.tokens().size() && d.tokens()[i + 1].is(kCapitalized)) {
        return true;
    }
    // Opening quotes and brackets.
    return s == "\"" || s == "\u201c" || s == "\u2018" || s == "'" || s == "(" || s == "[";
}

bool is_sentence_final(std::string_view s_view) {
    const TokenText s(s_view.data(), s_view.size()); // (literal comparisons inline)
    return s == "." || s == "!" || s == "?" || s == "\u2026" || s == "\u061f" || s == "\u06d4";
}
bool is_closing_quote(std::string_view s_view) {
    const TokenText s(s_view.data(), s_view.size()); // (literal comparisons inline)
    return s == "\"" || s == "\u201d" || s == "\u2019" || s == "'" || s == ")";
}
} // namespace

bool is_dash(std::string_view s_view) noexcept {
    const TokenText s(s_view.data(), s_view.size()); // (literal comparisons inline)
    return s == "-" || s == "\u2013" || s == "\u2014" || s == "\u2012";
}

bool is_bullet(std::string_view s_view) noexcept {
    const TokenText s(s_view.data(), s_view.size()); // (literal comparisons inline)
    return s == "\u2022" || s == "\u00b7" || s == "\u25aa" || s == "\u2023" || s == "\u25e6" ||
           s == "*" || s == "\u2013" || s == "-";
}

bool is_event_field_word(std::string_view lower) {
    static const std::unordered_set<std::string_view> kEventFields = {
        "abduction", "kidnapping", "attack", "killing",       "shooting",
        "bombing",   "explosion",  "ambush", "assassination", "arrest"};
    return kEventFields.contains(lower);
}

bool in_capitals_sentence(const Document& doc, std::size_t i) noexcept {
    const auto& toks = doc.tokens();
    if (!toks[i].is(kAllUpper)) {
        return false;
    }
    // Four or more words of two or more bytes, eight in ten of them in capitals, among the
    // tokens numbered with i's sentence (see Document::number_sentences).
    const auto& sentences = doc.sentences();
    const std::size_t s = doc.sentence_of(i);
    if (s >= sentences.size()) {
        return false; // (no sentences: numbered with none)
    }
    if (sentences[s].capitals >= 0) {
        return sentences[s].capitals != 0; // (counted before)
    }
    const std::size_t begin = s == 0 ? 0 : sentences[s].token_begin;
    const std::size_t end = std::min<std::size_t>(
        s + 1 < sentences.size() ? sentences[s + 1].token_begin : toks.size(), toks.size());
    std::size_t word_count = 0, upper = 0;
    for (std::size_t k = begin; k < end; ++k) {
        const Token& t = toks[k];
        const std::size_t word = (t.flags & kWord) != 0 && t.end - t.begin > 1 ? 1 : 0;
        word_count += word;
        upper += word & ((t.flags & kAllUpper) != 0 ? 1U : 0U);
    }
    const bool capitals = word_count >= 4 && upper * 10 >= word_count * 8;
    sentences[s].capitals = capitals ? 1 : 0;
    return capitals;
}

int detail::month_number(std::string_view w) noexcept {
    // By length, each word compared inline (string_view's == calls memcmp): the rules ask
    // this of most tokens.
    switch (w.size()) {
    case 3: {
        static constexpr char kShort[] = "janfebmaraprmayjunjulaugsepoctnovdec";
        for (std::size_t i = 0; i < 12; ++i) {
            if (same_bytes<3>(w.data(), kShort + 3 * i)) {
                return static_cast<int>(i) + 1;
            }
        }
        return 0;
    }
    case 4:
        return equals_literal(w, "june")   ? 6
               : equals_literal(w, "july") ? 7
               : equals_literal(w, "sept") ? 9
                                           : 0;
    case 5:
        return equals_literal(w, "march") ? 3 : equals_literal(w, "april") ? 4 : 0;
    case 6:
        return equals_literal(w, "august") ? 8 : 0;
    case 7:
        return equals_literal(w, "january") ? 1 : equals_literal(w, "october") ? 10 : 0;
    case 8:
        return equals_literal(w, "february")   ? 2
               : equals_literal(w, "november") ? 11
               : equals_literal(w, "december") ? 12
                                               : 0;
    case 9:
        return equals_literal(w, "september") ? 9 : 0;
    default:
        return 0;
    }
}

int detail::weekday_number(std::string_view w) noexcept {
    switch (w.size()) {
    case 6:
        return equals_literal(w, "monday")   ? 0
               : equals_literal(w, "friday") ? 4
               : equals_literal(w, "sunday") ? 6
                                             : -1;
    case 7:
        return equals_literal(w, "tuesday") ? 1 : -1;
    case 8:
        return equals_literal(w, "thursday") ? 3 : equals_literal(w, "saturday") ? 5 : -1;
    case 9:
        return equals_literal(w, "wednesday") ? 2 : -1;
    default:
        return -1;
    }
}

namespace {

/// The buffers of the thread's last Document, kept for its next one: an extractor segments one
/// article after another, and allocating the token, lower-form, paragraph and sentence buffers
/// for each (the token buffer is reserved at eight bytes per byte of text) and freeing them
/// cost more than filling them. Buffers of a very long text are let go.
struct SpareBuffers {
    std::string lower;
    std::vector<Token> tokens;
    std::vector<Paragraph> paragraphs;
    std::vector<Sentence> sentences;
    std::vector<std::uint8_t> classes;
};
thread_local SpareBuffers spare_buffers;
constexpr std::size_t kMaxSpareBytes = std::size_t{8} << 20U;

template <typename Buffer>
void take_spare(Buffer& spare, Buffer& into) noexcept {
    into.swap(spare);
    into.clear();
}
template <typename Buffer>
void give_spare(Buffer& from, Buffer& spare) noexcept {
    if (from.capacity() > spare.capacity() &&
        from.capacity() * sizeof(typename Buffer::value_type) <= kMaxSpareBytes) {
        from.swap(spare);
    }
}

} // namespace

namespace {

/// The groups' words as registered, until the first Document makes the table.
struct WordGroupRegistry {
    std::vector<std::pair<std::uint64_t, unsigned>> words; ///< (hash, bit)
    /// Each list registered: its bit, its words' hashes (sorted, each once) mixed, and its
    /// first word (for shared_word_group_bits).
    struct List {
        unsigned bit = 0;
        std::uint64_t words = 0;
        std::string_view first;
    };
    std::vector<List> lists;
    bool made = false; ///< the table is made: no group may be registered any more
};
WordGroupRegistry& word_group_registry() {
    static WordGroupRegistry registry;
    return registry;
}

WordGroupTable make_word_group_table() {
    WordGroupRegistry& registry = word_group_registry();
    registry.made = true;
    auto words = registry.words;
    std::sort(words.begin(), words.end());
    WordGroupTable t;
    // (At most a quarter of the slots used: a token whose word is in no group, most tokens,
    // mostly meets an empty slot at once.)
    std::size_t slots = 64;
    while (slots < 4 * words.size()) {
        slots *= 2;
    }
    t.hashes.assign(slots, 0);
    t.masks_of.assign(slots, 0);
    t.slot_mask = slots - 1;
    t.masks.emplace_back(); // (masks[0]: no group)
    GroupBits always{};     // (the groups of a word whose hash is 0, an empty slot's mark)
    for (std::size_t i = 0; i < words.size();) {
        const std::uint64_t hash = words[i].first;
        GroupBits m{};
        for (; i < words.size() && words[i].first == hash; ++i) {
            m[words[i].second >> 6U] |= std::uint64_t{1} << (words[i].second & 63U);
        }
        if (hash == 0) {
            always = m;
            continue;
        }
        std::size_t k = hash & t.slot_mask;
        while (t.hashes[k] != 0) {
            k = (k + 1) & t.slot_mask;
        }
        t.hashes[k] = hash;
        t.masks_of[k] = static_cast<std::uint32_t>(t.masks.size());
        t.masks.push_back(m);
    }
    // (A token of hash 0 meets an empty slot, whose mask is masks[0]: the groups of a word of
    // hash 0, if any.)
    t.masks[0] = always;
    return t;
}

} // namespace

bool register_word_group(unsigned bit, const std::string_view* words, std::size_t n) {
    WordGroupRegistry& registry = word_group_registry();
    if (registry.made) {
        // (Groups are registered before main, by the initialisation of WordGroup's member: one
        // registered after a Document was made would be missing from its sentences' groups.)
        std::fputs("conflictmap: a word group was registered after the first Document\n", stderr);
        std::abort();
    }
    std::vector<std::uint64_t> hashes;
    for (std::size_t i = 0; i < n; ++i) {
        registry.words.emplace_back(HashedWord::hash_of(words[i]), bit % kGroupBits);
        hashes.push_back(HashedWord::hash_of(words[i]));
    }
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    std::uint64_t mixed = 0;
    for (const std::uint64_t h : hashes) {
        mixed = (mixed ^ h) * 0x9E3779B97F4A7C15ULL;
    }
    registry.lists.push_back(
        {static_cast<unsigned>(bit % kGroupBits), mixed, n > 0 ? words[0] : std::string_view()});
    return true;
}

std::vector<std::string> shared_word_group_bits() {
    auto lists = word_group_registry().lists;
    std::sort(lists.begin(), lists.end(), [](const auto& a, const auto& b) {
        return a.bit != b.bit ? a.bit < b.bit : a.words < b.words;
    });
    std::vector<std::string> shared;
    for (std::size_t i = 0; i < lists.size();) {
        std::string line = std::to_string(lists[i].bit) + ": " + std::string(lists[i].first);
        bool two = false;
        std::size_t j = i + 1;
        for (; j < lists.size() && lists[j].bit == lists[i].bit; ++j) {
            if (lists[j].words != lists[j - 1].words) { // (one list registered twice is one)
                line += ", " + std::string(lists[j].first);
                two = true;
            }
        }
        if (two) {
            shared.push_back(std::move(line));
        }
        i = j;
    }
    return shared;
}

const WordGroupTable& word_group_table() {
    static const WordGroupTable table = make_word_group_table();
    return table;
}

Document::Document(std::string text) : Document(std::move(text), nullptr) {}

Document::Document(std::string text, const TokenClassTable& classes)
    : Document(std::move(text), &classes) {}

Document::Document(std::string text, const TokenClassTable* classes) : text_(std::move(text)) {
    take_spare(spare_buffers.lower, lower_);
    take_spare(spare_buffers.tokens, tokens_);
    take_spare(spare_buffers.paragraphs, paragraphs_);
    take_spare(spare_buffers.sentences, sentences_);
    take_spare(spare_buffers.classes, classes_);
    tokenize();
    split_paragraphs();
    number_sentences(classes);
}

Document::~Document() {
    give_spare(lower_, spare_buffers.lower);
    give_spare(tokens_, spare_buffers.tokens);
    give_spare(paragraphs_, spare_buffers.paragraphs);
    give_spare(sentences_, spare_buffers.sentences);
    give_spare(classes_, spare_buffers.classes);
}

void Document::make_token_classes(const TokenClassTable& table) const {
    const std::size_t n = tokens_.size();
    classes_.resize(n + 8); // (every entry written: the classes, then the eight zero bytes)
    std::uint8_t* const out = classes_.data();
    const Token* const toks = tokens_.data();
    for (std::size_t i = 0; i < n; ++i) {
        out[i] = table.classes_of(toks[i].lower_hash, toks[i].lower_size, toks[i].flags);
    }
    std::fill(out + n, out + n + 8, std::uint8_t{0});
    classes_table_ = &table;
}

std::string_view Document::span_text(std::size_t b, std::size_t e) const noexcept {
    if (b >= e || e > tokens_.size()) {
        return {};
    }
    return std::string_view(text_).substr(tokens_[b].begin, tokens_[e - 1].end - tokens_[b].begin);
}

void Document::number_sentences(const TokenClassTable* classes) noexcept {
    // Each token gets the last sentence that starts at or before it (tokens before the first
    // sentence get 0), as a search of the sentences' starts would answer; each sentence's
    // words are those of the tokens numbered with it. (Whether a sentence is a line of
    // capitals is counted when asked, by in_capitals_sentence, for the few all-capitals
    // words it is asked of: counting it here for every sentence took a second pass over the
    // tokens, a third of this one's instructions.) With a class table, each token's classes
    // are made in the same pass (token_classes).
    if (classes != nullptr && (sentences_.empty() || tokens_.empty())) {
        make_token_classes(*classes); // (no sentence numbers every token)
        classes = nullptr;
    }
    std::uint8_t* class_of = nullptr;
    if (classes != nullptr) {
        classes_.resize(tokens_.size() + 8); // (every entry written below)
        class_of = classes_.data();
        std::fill(class_of + tokens_.size(), class_of + tokens_.size() + 8, std::uint8_t{0});
        classes_table_ = classes;
    }
    const WordGroupTable& groups = word_group_table();
    // (A token's groups are or-ed into the sentence's in registers, stored once a sentence.)
    const std::uint64_t* const hashes = groups.hashes.data();
    const std::uint32_t* const masks_of = groups.masks_of.data();
    const GroupBits* const masks = groups.masks.data();
    const std::size_t slot_mask = groups.slot_mask;
    Token* const toks = tokens_.data();
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
        const std::size_t begin = s == 0 ? 0 : sentences_[s].token_begin;
        const std::size_t end =
            s + 1 < sentences_.size() ? sentences_[s + 1].token_begin : tokens_.size();
        const std::size_t stop = std::min(end, tokens_.size()); // (one bound, computed once)
        GroupBits in{};
        const auto add_groups = [&](std::uint64_t hash) {
            // (word_group_table().groups_of, with the table's fields in registers)
            for (std::size_t k = hash & slot_mask;; k = (k + 1) & slot_mask) {
                const std::uint64_t h = hashes[k];
                if (h == hash) {
                    const GroupBits& m = masks[masks_of[k]];
                    for (std::size_t w = 0; w < in.size(); ++w) {
                        in[w] |= m[w];
                    }
                    return;
                }
                if (h == 0) {
                    return;
                }
            }
        };
        if (class_of != nullptr) {
            for (std::size_t i = begin; i < stop; ++i) {
                Token& t = toks[i];
                const std::size_t hash = t.lower_hash; // (read once, before the stores)
                const std::uint32_t size = t.lower_size;
                const std::uint16_t flags = t.flags;
                t.sentence = static_cast<std::uint32_t>(s);
                add_groups(hash);
                class_of[i] = classes->classes_of(hash, size, flags);
            }
        } else {
            for (std::size_t i = begin; i < stop; ++i) {
                Token& t = toks[i];
                t.sentence = static_cast<std::uint32_t>(s);
                add_groups(t.lower_hash);
            }
        }
        sentences_[s].groups = in;
    }
}

std::size_t Document::sentence_after_end(std::size_t token) const noexcept {
    // (Past the last token: a search of the sentences' starts, as for any token.)
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), token,
                               [](std::size_t t, const Sentence& s) { return t < s.token_begin; });
    return it == sentences_.begin() ? 0 : static_cast<std::size_t>(it - sentences_.begin()) - 1;
}

double Document::value_before_footnote(std::size_t i) const noexcept {
    if (i >= tokens_.size() || !tokens_[i].is(kNumber)) {
        return -1.0;
    }
    const auto s = surface(i);
    const auto dot = s.find('.');
    if (dot == std::string_view::npos || dot == 0 || s.size() - dot - 1 > 3 ||
        s.find_first_of(".,", dot + 1) != std::string_view::npos ||
        s.find(',') != std::string_view::npos) {
        return -1.0;
    }
    const bool ends = i + 1 == tokens_.size() || tokens_[i + 1].is(kNewlineBefore) ||
                      (tokens_[i + 1].is(kSpaceBefore) && tokens_[i + 1].is(kCapitalized));
    if (!ends) {
        return -1.0;
    }
    double v = 0;
    for (std::size_t k = 0; k < dot; ++k) {
        if (s[k] < '0' || s[k] > '9') {
            return -1.0;
        }
        v = v * 10 + (s[k] - '0');
    }
    return v;
}

double Document::number_value(std::size_t i) const noexcept {
    // (The digits are copied to a buffer on the stack, or to a string for a number longer
    // than it: a std::string grown a character at a time cost more than the parse.)
    const auto s = surface(i);
    // Most numbers are a few plain digits ("3", "11", "2020"): their value is exact in an
    // integer, as from_chars would give it.
    if (!s.empty() && s.size() <= 9) {
        std::uint32_t v = 0;
        bool plain = true;
        for (const char c : s) {
            plain = plain && c >= '0' && c <= '9';
            v = v * 10 + static_cast<std::uint32_t>(static_cast<unsigned char>(c) - '0');
        }
        if (plain) {
            return static_cast<double>(v);
        }
    }
    std::array<char, 64> buffer;
    std::string long_digits;
    char* const digits = s.size() <= buffer.size()
                             ? buffer.data()
                             : (long_digits.resize(s.size()), long_digits.data());
    char* end = digits;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            *end++ = c;
        } else if (c == '.') {
            *end++ = '.';
        } else if (c != ',') {
            return -1.0;
        }
    }
    double v = -1.0;
    std::from_chars(digits, end, v);
    return v;
}

namespace {
/// The bytes from p on are a word broken over two lines by a hyphen ("en-\ngineers", "build-\n
/// ing" in text taken from PDFs and hard-wrapped pages): a hyphen, a line break (with spaces
/// around it) and a lower-case ASCII letter. Returns where the word goes on, else 0.
std::size_t soft_hyphen_end(std::string_view s, std::size_t p) noexcept {
    if (p + 2 >= s.size() || s[p] != '-' || (s[p + 1] != '\n' && s[p + 1] != '\r')) {
        return 0;
    }
    std::size_t q = p + 1;
    int newlines = 0;
    while (q < s.size() && (s[q] == '\n' || s[q] == '\r' || s[q] == ' ' || s[q] == '\t')) {
        newlines += s[q] == '\n' ? 1 : 0;
        ++q;
    }
    return newlines == 1 && q < s.size() && s[q] >= 'a' && s[q] <= 'z' ? q : 0;
}

/// HashedWord::hash_of of each ASCII byte as a word of its own (a punctuation mark's token).
constexpr std::array<std::size_t, 128> kPunctuationHashes = [] {
    std::array<std::size_t, 128> t{};
    for (std::size_t c = 0; c < t.size(); ++c) {
        const char byte[1] = {static_cast<char>(c)};
        t[c] = HashedWord::hash_of(std::string_view(byte, 1));
    }
    return t;
}();

/// Sixteen bytes of ones, then sixteen zero bytes: the 16 bytes from 16 - n keep a block's
/// first n bytes.
constexpr std::array<char, 32> kFirstBytes = [] {
    std::array<char, 32> t{};
    for (std::size_t k = 0; k < t.size() / 2; ++k) {
        t[k] = static_cast<char>(0xFF);
    }
    return t;
}();

/// Per byte after a run of ASCII letters and digits: 0 when it ends the word (a space,
/// punctuation, the text's end), 1 when the word goes on or needs the general loop (a byte
/// above ASCII, an apostrophe or backquote), 2 for a hyphen, which may break the word over two
/// lines (soft_hyphen_end).
constexpr std::array<std::uint8_t, 256> kWordMayGoOn = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0x80; c < 0x100; ++c) {
        t[static_cast<std::size_t>(c)] = 1;
    }
    t['\''] = 1;
    t['`'] = 1;
    t['-'] = 2;
    return t;
}();

/// What the tokenizer knows of the bytes before its position.
struct TokenizerState {
    bool space_before = true;
    bool newline_before = true;
    bool hyphen_pending = false;
};

/// The tokens split_paragraphs walks, listed by the tokenizer as it makes them (the thread's
/// lists, reused from document to document): the tokens after a line break (from the second
/// token on) and the punctuation tokens, in order. (split_paragraphs had found them by a pass of
/// its own over every token's flags.)
struct TokenMarks {
    std::vector<std::uint32_t> line_starts;
    std::vector<std::uint32_t> marks;

    /// Lists the token of this index and flags, where it belongs. (Inline: a word after no line
    /// break, most tokens, costs one test.)
    [[gnu::always_inline]] void note(std::size_t index, std::uint16_t flags) {
        if ((flags & (kNewlineBefore | kPunct)) != 0) {
            note_rare(index, flags);
        }
    }
    void note_rare(std::size_t index, std::uint16_t flags) {
        if ((flags & kNewlineBefore) != 0 && index != 0) {
            line_starts.push_back(static_cast<std::uint32_t>(index));
        }
        if ((flags & kPunct) != 0) {
            marks.push_back(static_cast<std::uint32_t>(index));
        }
    }
};
thread_local TokenMarks token_marks;

/// The tokens of plain ASCII text from pos on, as Document::tokenize's general loop makes them:
/// spaces, words of ASCII letters and digits shorter than 16 bytes that open with a letter and
/// end at ASCII punctuation or a space, numbers of ASCII digits (with inner , or .) of up to
/// 16 bytes, hyphens joining two words, and single ASCII punctuation marks. Stops, returning
/// its position, at anything else (a byte >= 0x80, a word going on with an apostrophe, a longer
/// word or number) and within 16 bytes of the text's end, where the general loop goes on. A
/// function of its own, kept out of tokenize: in that large function the state lived in memory,
/// read and written for every token; here it stays in registers. Each word's classes and lower form
/// come from one block of 16 bytes by SSE2 compares (x86-64's baseline).
[[gnu::noinline, gnu::flatten]] std::size_t
plain_ascii_tokens(std::string_view s, std::size_t pos, LowerWriter& out,
                   std::vector<Token>& tokens, TokenizerState& state, TokenMarks& marks) {
    if (s.size() < 16) {
        return pos;
    }
    const char* const text = s.data();
    const std::size_t last_block = s.size() - 16; // (the last position a block is read from)
    // (The spacing flags of the next token kept as they will be written, updated by the
    // spaces and tokens read: made from three flags for each token, they cost about 7
    // instructions a token.)
    auto spacing = static_cast<std::uint16_t>(
        (state.space_before ? kSpaceBefore : 0) | (state.newline_before ? kNewlineBefore : 0) |
        (state.hyphen_pending && !state.space_before ? kHyphenBefore : 0));
    bool hyphen_pending = state.hyphen_pending; // (until a space or token is read)
    std::size_t lower_size = out.size;
    char* const lower = out.data;
    // (' ', '\n', '\t', '\r' by one test of a bit mask)
    constexpr std::uint64_t kAsciiSpaces = (std::uint64_t{1} << ' ') | (std::uint64_t{1} << '\n') |
                                           (std::uint64_t{1} << '\t') | (std::uint64_t{1} << '\r');
    while (pos <= last_block) {
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b <= ' ' && ((kAsciiSpaces >> b) & 1U) != 0) {
            spacing = static_cast<std::uint16_t>((spacing & kNewlineBefore) | kSpaceBefore |
                                                 (b == '\n' ? kNewlineBefore : 0));
            hyphen_pending = false;
            ++pos;
            continue;
        }
        if (b >= 0x80U) {
            break;
        }
        const std::uint8_t first_class = ascii_word_class(static_cast<char>(b));
        Token t;
        t.begin = static_cast<std::uint32_t>(pos);
        t.lower_begin = static_cast<std::uint32_t>(lower_size);
        if ((first_class & (kAsciiLower | kAsciiUpper)) != 0) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + pos));
            // (x - first + 128) as a signed byte is below -128 + count exactly for x in
            // [first, first + count): bytes >= 0x80 and those below first land at or above it.
            const auto in_range = [&](char first, char count) {
                const __m128i shifted =
                    _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(128 - first)));
                return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + count)));
            };
            const __m128i upper_bytes = in_range('A', 26);
            const auto upper = static_cast<unsigned>(_mm_movemask_epi8(upper_bytes));
            const auto lower_case = static_cast<unsigned>(_mm_movemask_epi8(in_range('a', 26)));
            const auto digit = static_cast<unsigned>(_mm_movemask_epi8(in_range('0', 10)));
            const unsigned stop = ~(upper | lower_case | digit) & 0xFFFFU;
            if (stop == 0) {
                break; // (a word of 16 bytes or more)
            }
            const auto length = static_cast<unsigned>(std::countr_zero(stop));
            const std::size_t q = pos + length;
            const char after = text[q];
            // (One table load tells the usual end, a space or punctuation, from the bytes a
            // word may go on with: a byte above ASCII, an apostrophe, a hyphen.)
            if (const std::uint8_t goes_on = kWordMayGoOn[static_cast<unsigned char>(after)];
                goes_on != 0 && (goes_on == 1 || soft_hyphen_end(s, q) != 0)) {
                break;
            }
            // (Written whole: the lower form is never longer than the text, so the 16 bytes
            // fit; the bytes past the word are written over by the next token's.)
            const __m128i lowered =
                _mm_add_epi8(v, _mm_and_si128(upper_bytes, _mm_set1_epi8(0x20)));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(lower + lower_size), lowered);
            // (Its hash: the word is one block, its bytes from the register with the bytes past
            // it set to zero by a mask loaded from kFirstBytes.)
            const __m128i word = _mm_and_si128(
                lowered, _mm_loadu_si128(reinterpret_cast<const __m128i*>(
                             kFirstBytes.data() + (kFirstBytes.size() / 2 - length))));
            const std::uint64_t h = HashedWord::hash_block(
                HashedWord::seed(length), static_cast<std::uint64_t>(_mm_cvtsi128_si64(word)),
                static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(word, word))));
            const unsigned in_word = (1U << length) - 1U;
            const unsigned digits = digit & in_word;
            auto flags = static_cast<std::uint16_t>(spacing | kWord | kAscii);
            flags |= (upper & 1U) != 0 ? kCapitalized : 0;
            flags |= digits != 0 ? kHasDigit : 0;
            if ((upper & in_word) != 0 && (lower_case & in_word) == 0 &&
                length - static_cast<unsigned>(std::popcount(digits)) >= 2) {
                flags |= kAllUpper;
            }
            t.end = static_cast<std::uint32_t>(q);
            t.flags = flags;
            t.lower_size = length;
            t.lower_hash = static_cast<std::size_t>(h);
            marks.note(tokens.size(), flags);
            tokens.push_back(t);
            lower_size += length;
            hyphen_pending = false;
            // (the usual space after a word, taken here)
            spacing = after == ' ' ? kSpaceBefore : 0;
            pos = q + (after == ' ' ? 1 : 0);
            continue;
        }
        if (first_class == kAsciiDigit) {
            // A number: ASCII digits with inner , or . separators, as the general loop reads
            // one; left to it when a byte above ASCII follows (an Arabic digit would go on) or
            // it is longer than a block. (Numbers were the most frequent of the tokens this
            // loop left to the general one, about six an article.)
            const char* p = text + pos;
            for (;;) {
                if (ascii_word_class(*p) == kAsciiDigit) {
                    ++p;
                } else if ((*p == ',' || *p == '.') && ascii_word_class(p[1]) == kAsciiDigit) {
                    p += 2;
                } else {
                    break;
                }
            }
            const auto length = static_cast<std::size_t>(p - (text + pos));
            if (static_cast<unsigned char>(*p) >= 0x80U || length > 16) {
                break;
            }
            // (Its lower form is its bytes: the block written whole, as a word's.)
            _mm_storeu_si128(reinterpret_cast<__m128i*>(lower + lower_size),
                             _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + pos)));
            t.end = static_cast<std::uint32_t>(pos + length);
            t.flags = static_cast<std::uint16_t>(spacing | kNumber | kAscii);
            t.lower_size = static_cast<std::uint32_t>(length);
            t.lower_hash = HashedWord::hash_of(std::string_view(lower + lower_size, length));
            marks.note(tokens.size(), t.flags);
            tokens.push_back(t);
            lower_size += length;
            hyphen_pending = false;
            spacing = *p == ' ' ? kSpaceBefore : 0;
            pos += length + (*p == ' ' ? 1 : 0);
            continue;
        }
        if (b == '-') {
            // A hyphen between two words joins them ("al-Asad": the second token is
            // kHyphenBefore), as the general loop reads it; left to it when a byte above ASCII
            // follows (a letter may).
            const auto after = static_cast<unsigned char>(text[pos + 1]);
            if (after >= 0x80U) {
                break;
            }
            if ((spacing & kSpaceBefore) == 0 && ascii_word_class(static_cast<char>(after)) != 0 &&
                !tokens.empty() && tokens.back().end == pos) {
                hyphen_pending = true;
                spacing = kHyphenBefore; // (no space before it, so no line break either)
                ++pos;
                continue;
            }
            // (else a punctuation mark, below)
        }
        // One ASCII punctuation mark.
        t.end = static_cast<std::uint32_t>(pos + 1);
        t.flags = static_cast<std::uint16_t>(spacing | kPunct | kAscii);
        t.lower_size = 1;
        lower[lower_size++] = static_cast<char>(b);
        t.lower_hash = kPunctuationHashes[b];
        marks.note_rare(tokens.size(), t.flags);
        tokens.push_back(t);
        hyphen_pending = false;
        spacing = 0;
        ++pos;
    }
    state.space_before = (spacing & kSpaceBefore) != 0;
    state.newline_before = (spacing & kNewlineBefore) != 0;
    state.hyphen_pending = hyphen_pending;
    out.size = lower_size;
    return pos;
}
} // namespace

// (Flattened: every helper the loop calls is inlined into it, vector::push_back and the
// UTF-8 decoding included, which GCC left as calls in a function this large.)
[[gnu::flatten]] void Document::tokenize() {
    const std::string_view s(text_);
    lower_.assign(s.size(), '\0');
    LowerWriter out{lower_.data()};
    tokens_.reserve(s.size() / 5);
    TokenMarks& marks = token_marks;
    marks.line_starts.clear();
    marks.marks.clear();
    std::size_t pos = 0;
    bool space_before = true;
    bool newline_before = true;
    bool hyphen_pending = false;
    while (pos < s.size()) {
        {
            // (Most of the text: taken by plain_ascii_tokens, up to what it leaves to the
            // loop below, one token at a time.)
            TokenizerState state{space_before, newline_before, hyphen_pending};
            pos = plain_ascii_tokens(s, pos, out, tokens_, state, marks);
            space_before = state.space_before;
            newline_before = state.newline_before;
            hyphen_pending = state.hyphen_pending;
            if (pos >= s.size()) {
                break;
            }
        }
        // (' ', '\n', '\t', '\r' by one test of a bit mask: this runs for every space and
        // every token.)
        constexpr std::uint64_t kAsciiSpaces =
            (std::uint64_t{1} << ' ') | (std::uint64_t{1} << '\n') | (std::uint64_t{1} << '\t') |
            (std::uint64_t{1} << '\r');
        if (const auto b = static_cast<unsigned char>(s[pos]);
            b <= ' ' && ((kAsciiSpaces >> b) & 1U) != 0) {
            space_before = true; // (the ASCII spaces of is_space, without decoding)
            newline_before = newline_before || b == '\n';
            hyphen_pending = false;
            ++pos;
            continue;
        }
        std::size_t next = pos;
        const char32_t c = next_char(s, next);
        if (c >= 0x80 && is_space(c)) { // (the ASCII ones are taken above)
            space_before = true;
            newline_before = newline_before || c == '\n';
            hyphen_pending = false;
            pos = next;
            continue;
        }
        Token t;
        t.begin = static_cast<std::uint32_t>(pos);
        t.lower_begin = static_cast<std::uint32_t>(out.size);
        std::uint16_t flags = 0;
        if (space_before) {
            flags |= kSpaceBefore;
        }
        if (newline_before) {
            flags |= kNewlineBefore;
        }
        if (hyphen_pending && !space_before) {
            flags |= kHyphenBefore;
        }
        hyphen_pending = false;

        // (An ASCII character's kind by the class table, without the Unicode range tests.)
        const std::uint8_t ascii_class = c < 0x80 ? ascii_word_class(static_cast<char>(c)) : 0;
        if ((ascii_class & (kAsciiLower | kAsciiUpper)) != 0) {
            // Most tokens: an ASCII word of letters and digits that ends at ASCII punctuation,
            // a space or the text's end. Taken in one pass, with the flags, lower form and hash
            // the general loop below gives it; a word going on with an apostrophe or a
            // non-ASCII letter is left to that loop (what was written here is written again).
            const char* const text = text_.c_str();
            std::size_t q = pos;
            const LowerWriter before = out;
            const std::uint8_t classes = out.put_ascii_run(text, q);
            if (const char b = text[q]; static_cast<unsigned char>(b) < 0x80U && b != '\'' &&
                                        b != '`' && (b != '-' || soft_hyphen_end(s, q) == 0)) {
                const auto digits = (classes & kAsciiDigit) == 0
                                        ? 0
                                        : std::count_if(text + pos, text + q, [](char d) {
                                              return ascii_word_class(d) == kAsciiDigit;
                                          });
                const auto letters = static_cast<std::ptrdiff_t>(q - pos) - digits;
                flags |= kWord | kAscii;
                if (ascii_class == kAsciiUpper) {
                    flags |= kCapitalized;
                }
                if ((classes & kAsciiDigit) != 0) {
                    flags |= kHasDigit;
                }
                if ((classes & kAsciiUpper) != 0 && (classes & kAsciiLower) == 0 && letters >= 2) {
                    flags |= kAllUpper;
                }
                t.end = static_cast<std::uint32_t>(q);
                t.flags = flags;
                t.lower_size = static_cast<std::uint32_t>(out.size - t.lower_begin);
                t.lower_hash = out.hash_from(t.lower_begin);
                marks.note(tokens_.size(), t.flags);
                tokens_.push_back(t);
                pos = q;
                space_before = false;
                newline_before = false;
                if (b == ' ') { // (the usual space after a word, taken as the loop's top would)
                    space_before = true;
                    ++pos;
                }
                continue;
            }
            out = before; // (the loop below writes the word again)
        }
        if (ascii_class == kAsciiDigit || (c >= 0x80 && is_arabic_digit(c))) {
            // A number: digits with inner , or . separators.
            std::size_t p = pos;
            std::size_t end = pos;
            while (p < s.size()) {
                std::size_t q = p;
                const char32_t d = next_char(s, q);
                if (is_ascii_digit(d) || is_arabic_digit(d)) {
                    out.put(is_ascii_digit(d)
                                ? static_cast<char>(d)
                                : static_cast<char>('0' + (d >= 0x06F0 ? d - 0x06F0 : d - 0x0660)));
                    p = q;
                    end = q;
                    continue;
                }
                if ((d == ',' || d == '.') && q < s.size() &&
                    is_ascii_digit(static_cast<unsigned char>(s[q]))) {
                    out.put(static_cast<char>(d));
                    p = q;
                    continue;
                }
                break;
            }
            t.end = static_cast<std::uint32_t>(end);
            flags |= kNumber;
            if (std::all_of(s.begin() + static_cast<std::ptrdiff_t>(pos),
                            s.begin() + static_cast<std::ptrdiff_t>(end),
                            [](char b) { return static_cast<unsigned char>(b) < 0x80U; })) {
                flags |= kAscii;
            }
        } else if (ascii_class != 0 || (c >= 0x80 && is_non_ascii_letter(c))) {
            // A word: letters, digits, inner apostrophes.
            std::size_t p = pos;
            std::size_t end = pos;
            bool any_upper = false, any_lower = false, first = true, digit = false, arabic = false,
                 ascii = true;
            int letters = 0;
            while (p < s.size()) {
                if (const std::uint8_t first_class = ascii_word_class(s[p]); first_class != 0) {
                    // A run of ASCII letters and digits, taken whole: the same flags and lower
                    // form as one character at a time, without the per-character decoding.
                    std::size_t q = p;
                    const std::uint8_t classes = out.put_ascii_run(text_.c_str(), q);
                    const auto digits =
                        (classes & kAsciiDigit) == 0
                            ? 0
                            : std::count_if(s.begin() + static_cast<std::ptrdiff_t>(p),
                                            s.begin() + static_cast<std::ptrdiff_t>(q), [](char b) {
                                                return ascii_word_class(b) == kAsciiDigit;
                                            });
                    if (first && first_class == kAsciiUpper) {
                        flags |= kCapitalized;
                    }
                    digit = digit || (classes & kAsciiDigit) != 0;
                    any_upper = any_upper || (classes & kAsciiUpper) != 0;
                    any_lower = any_lower || (classes & kAsciiLower) != 0;
                    letters += static_cast<int>(q - p) - static_cast<int>(digits);
                    first = false;
                    p = q;
                    end = q;
                    continue;
                }
                if (static_cast<unsigned char>(s[p]) < 0x80U && s[p] != '\'' && s[p] != '`') {
                    // ("en-\ngineers": one word, its lower form without the break)
                    if (const std::size_t on = soft_hyphen_end(s, p);
                        on != 0 && !any_upper && any_lower) {
                        p = on;
                        continue;
                    }
                    break; // ASCII, not a letter or digit (taken above) nor an apostrophe
                }
                std::size_t q = p;
                const char32_t d = next_char(s, q);
                if (is_letter(d) || is_ascii_digit(d)) {
                    ascii = ascii && d < 0x80;
                    if (is_ascii_digit(d)) {
                        digit = true;
                        out.put(static_cast<char>(d));
                    } else if (d < 0x80) {
                        const bool up = d >= 'A' && d <= 'Z';
                        any_upper = any_upper || up;
                        any_lower = any_lower || !up;
                        if (first && up) {
                            flags |= kCapitalized;
                        }
                        out.put(static_cast<char>(up ? d - 'A' + 'a' : d));
                        ++letters;
                    } else {
                        if (is_arabic_letter(d)) {
                            arabic = true;
                            out.put(s.substr(p, q - p)); // (a decoded letter: its own bytes)
                        } else if (const char f = fold_latin(d); f != 0) {
                            const bool up = is_upper_latin(d);
                            any_upper = any_upper || up;
                            any_lower = any_lower || is_lower_latin(d);
                            if (first && up) {
                                flags |= kCapitalized;
                            }
                            out.put(f);
                        } else if (d != 0x200C && d != 0x200D) {
                            out.put(s.substr(p, q - p));
                        }
                        ++letters;
                    }
                    first = false;
                    p = q;
                    end = q;
                    continue;
                }
                if (is_word_apostrophe(d) && q < s.size()) {
                    // Possessive 's / ’s at the end of a word: not part of the token.
                    std::size_t r = q;
                    const char32_t e = next_char(s, r);
                    std::size_t r2 = r;
                    const char32_t after = r < s.size() ? next_char(s, r2) : U' ';
                    if ((e == 's' || e == 'S') && !is_letter(after) && !is_ascii_digit(after)) {
                        flags |= kPossessive;
                        end = p;
                        p = r;
                        break;
                    }
                    if (is_letter(e)) {
                        ascii = ascii && d < 0x80;
                        p = q; // inner apostrophe: kept in the surface, dropped in lower()
                        continue;
                    }
                }
                break;
            }
            t.end = static_cast<std::uint32_t>(end);
            if (digit) {
                flags |= kHasDigit;
            }
            if (arabic) {
                flags |= kArabicScript;
            }
            if (ascii && c < 0x80) {
                flags |= kAscii;
            }
            if (any_upper && !any_lower && letters >= 2) {
                flags |= kAllUpper;
            }
            flags |= kWord;
            pos = (flags & kPossessive) != 0 ? p : end;
            t.flags = flags;
            t.lower_size = static_cast<std::uint32_t>(out.size - t.lower_begin);
            t.lower_hash = out.hash_from(t.lower_begin);
            marks.note(tokens_.size(), t.flags);
            tokens_.push_back(t);
            space_before = false;
            newline_before = false;
            continue;
        } else {
            // One punctuation character. A hyphen between two word characters joins them.
            if (is_hyphen(c) && !space_before && next < s.size()) {
                std::size_t q = next;
                const char32_t d = next_char(s, q);
                if ((is_letter(d) || is_ascii_digit(d)) && !tokens_.empty() &&
                    tokens_.back().end == pos) {
                    hyphen_pending = true;
                    pos = next;
                    continue;
                }
            }
            t.end = static_cast<std::uint32_t>(next);
            flags |= kPunct;
            if (c < 0x80) {
                flags |= kAscii;
                out.put(static_cast<char>(c));
            } else {
                out.put(s.substr(pos, next - pos));
            }
        }
        t.flags = flags;
        t.lower_size = static_cast<std::uint32_t>(out.size - t.lower_begin);
        t.lower_hash = out.hash_from(t.lower_begin);
        marks.note(tokens_.size(), t.flags);
        tokens_.push_back(t);
        pos = t.end;
        space_before = false;
        newline_before = false;
    }
    lower_.resize(out.size);
}

// (Flattened as tokenize is: its per-token tests call small helpers.)
[[gnu::flatten]] void Document::split_paragraphs() {
    // A paragraph ends at a blank line, or at a line break after a short line with no closing
    // punctuation (headlines, standfirsts, captions' credit lines).
    const std::string_view s(text_);
    // (Room for the usual counts at once: regrowing these was most of the allocations here.)
    paragraphs_.reserve(tokens_.size() / 32 + 4);
    sentences_.reserve(tokens_.size() / 16 + 4);
    std::uint32_t start = 0;
    std::uint32_t line_start = 0;
    // (Read once: the loops' push_back may write memory, so the vector's were loaded again.)
    const Token* const toks = tokens_.data();
    // Text wrapped at a fixed width (wire copy, e-mail, PDF extracts): most of its lines that
    // go on into another end near the same width. Such a line ending without punctuation
    // breaks off a sentence ("... near Kani" / "Masi, the director added"), not a headline.
    // The width is the longest line going on into another; the text is wrapped when at least
    // three such lines come within a fifth of it and it is a usual page width.
    // The tokens after a line break (from the second token on) and the punctuation tokens, in
    // order, listed by the tokenizer: the passes below walk these lists, not every token.
    const std::vector<std::uint32_t>& line_starts = token_marks.line_starts;
    const std::vector<std::uint32_t>& marks = token_marks.marks;
    std::uint32_t wrap_width = 0;
    {
        // (Two passes over the line breaks, the first for the width, the second to count the
        // lines near it: no list of lengths is kept.)
        auto each_going_on = [&](auto&& visit) {
            std::uint32_t line_begin = 0;
            for (const std::uint32_t i : line_starts) {
                const std::string_view gap =
                    s.substr(toks[i - 1].end, toks[i].begin - toks[i - 1].end);
                if (std::count(gap.begin(), gap.end(), '\n') == 1) {
                    visit(toks[i - 1].end - toks[line_begin].begin);
                }
                line_begin = i;
            }
        };
        std::uint32_t longest = 0;
        each_going_on([&](std::uint32_t length) { longest = std::max(longest, length); });
        if (longest >= 50 && longest <= 130) {
            int near_width = 0;
            each_going_on([&](std::uint32_t length) { near_width += length * 5 >= longest * 4; });
            if (near_width >= 3) {
                wrap_width = longest;
            }
        }
    }
    // Rows of a table written with bars ("Basra | 7 Nov | Umm Qasr | ... | 3 killed"): each
    // line of cells is a paragraph of its own, whatever its width. (The bars of the lines are
    // counted in one walk over the punctuation marks.)
    // (Most texts hold no bar: their marks are not walked.)
    const bool any_bar = s.find('|') != std::string_view::npos;
    std::size_t mark_at = 0;
    const auto bars_before = [&](std::uint32_t e) {
        int n = 0;
        if (!any_bar) {
            return n;
        }
        for (; mark_at < marks.size() && marks[mark_at] < e; ++mark_at) {
            n += s[toks[marks[mark_at]].begin] == '|' ? 1 : 0;
        }
        return n;
    };
    int line_bars = 0; // (the bars of the line before the break)
    int next_bars = line_starts.empty() ? 0 : bars_before(line_starts.front());
    // (From the second token, which is the first a line break can end a paragraph before.)
    for (std::size_t li = 0; li < line_starts.size(); ++li) {
        const std::uint32_t i = line_starts[li];
        const std::uint32_t this_line = line_start;
        line_start = i;
        line_bars = next_bars;
        next_bars =
            bars_before(li + 1 < line_starts.size() ? line_starts[li + 1]
                                                    : static_cast<std::uint32_t>(tokens_.size()));
        // (Lines of one table have as many cells; a record wrapped over lines has not: "line 2
        // | date_start ... | near al-Baaj (Baaj" / "district, Ninawa) | where_prec 2 | ...".)
        const bool table_rows = line_bars >= 2 && next_bars == line_bars;
        const std::string_view gap =
            s.substr(tokens_[i - 1].end, tokens_[i].begin - tokens_[i - 1].end);
        const bool blank = std::count(gap.begin(), gap.end(), '\n') >= 2;
        const auto last = surface(i - 1);
        // (A bracket closes a line only after a full stop: "... WIA (SECURITY SOURCE)" then
        // "URGENT | ..." are two alerts, not one sentence.)
        const bool closed = is_sentence_final(last) || last == ":" ||
                            (is_closing_quote(last) &&
                             (last != ")" || (i >= 2 && is_sentence_final(surface(i - 2)))));
        const bool short_line = tokens_[i - 1].end - tokens_[this_line].begin < 160;
        // A line that goes on in lower case is a hard-wrapped sentence, not a new paragraph.
        // So is a line that breaks off after a comma or a word no heading ends in ("... 17 at
        // the" / "Ain al-Asad air base ...", "... militia leader Abu" is not, "... at" is).
        const auto ends_open = [&] {
            if (last == ",") {
                return true;
            }
            const auto w = lower(i - 1);
            // (and "... leaving Baghdad International Airport at about" / "2145 GMT on ...")
            return w == "the" || w == "a" || w == "an" || w == "at" || w == "of" || w == "in" ||
                   w == "on" || w == "to" || w == "and" || w == "or" || w == "by" || w == "with" ||
                   w == "from" || w == "for" || w == "near" || w == "into" || w == "about" ||
                   w == "around" || w == "approximately" ||
                   // (an adjective before its place: "... opened fire on protesters in central"
                   // / "Baghdad late on Friday")
                   w == "central" || w == "northern" || w == "southern" || w == "eastern" ||
                   w == "western" || w == "northeastern" || w == "northwestern" ||
                   w == "southeastern" || w == "southwestern";
        };
        // (A wrapped line that ends near the width; not the text's first line, a headline.)
        // (nor a line of capitals before another: "URGENT | ... SEIZED" / "UNCONFIRMED | ...")
        // (Also one that opens with a bracket's aside: "... Iraqi Security Forces" / "(ISF) and
        // Popular Mobilization Forces took ..."; not a list's "(a)", "(2)", "(iv)".)
        const auto aside = [&] {
            if (surface(i) != "(" || i + 2 >= tokens_.size() || !tokens_[i + 1].is(kWord)) {
                return false;
            }
            const auto inner = lower(i + 1);
            return surface(i + 2) != ")" ||
                   (inner.size() > 1 && inner != "ii" && inner != "iii" && inner != "iv" &&
                    inner != "vi" && inner != "vii" && inner != "viii" && inner != "ix");
        };
        const bool wrapped = wrap_width != 0 && this_line != 0 &&
                             (tokens_[i].is(kWord) || aside()) && !tokens_[i].is(kAllUpper) &&
                             !tokens_[i - 1].is(kAllUpper) && !is_bullet(surface(i)) &&
                             (tokens_[i - 1].end - tokens_[this_line].begin) * 5 >= wrap_width * 4;
        // (A count breaks off after its modifier or verb: "... In March more than" / "100
        // people were killed", "... killing at least" / "12 people".)
        const auto count_open = [&] {
            const auto w = lower(i - 1);
            return w == "than" || w == "least" || w == "about" || w == "nearly" || w == "almost" ||
                   w == "around" || w == "approximately" || w == "killing" || w == "wounding" ||
                   w == "injuring";
        };
        const bool lower_start = tokens_[i].is(kWord) && !tokens_[i].is(kCapitalized) &&
                                 !tokens_[i].is(kAllUpper) && !tokens_[i].is(kArabicScript);
        const bool continues =
            wrapped ||
            // (or a comma and who they were after the count: "... killing at least" / "10, among
            // them a journalist"; not a row's number, "... in less than" / "12, Hawija: ...")
            (tokens_[i].is(kNumber) && !tokens_[i - 1].is(kAllUpper) && i + 1 < tokens_.size() &&
             ((tokens_[i + 1].is(kWord) && !tokens_[i + 1].is(kCapitalized)) ||
              (surface(i + 1) == "," && i + 2 < tokens_.size() &&
               (lower(i + 2) == "among" || lower(i + 2) == "including" || lower(i + 2) == "most" ||
                lower(i + 2) == "mostly" || lower(i + 2) == "all"))) &&
             !tokens_[i + 1].is(kNewlineBefore) && count_open()) ||
            lower_start ||
            // (also before a number: "... has risen to" / "38, the ministry says")
            ((tokens_[i].is(kWord) || tokens_[i].is(kNumber)) && !is_bullet(surface(i)) &&
             ends_open()) ||
            // (a date broken over the lines: "... wounded on 24 September" / "2017, when a
            // roadside bomb ...", "... on 24" / "September 2017")
            // (a year, not a clock time after a live blog's day: "1 May" / "18:40 ...")
            (tokens_[i].is(kNumber) && surface(i).size() == 4 && tokens_[i - 1].is(kCapitalized) &&
             month_from_word(lower(i - 1)) != 0 && !tokens_[i - 1].is(kNewlineBefore) &&
             i + 1 < tokens_.size() && !tokens_[i + 1].is(kNewlineBefore) &&
             surface(i + 1) != ":" && surface(i + 1) != "." && surface(i + 1) != ")") ||
            (tokens_[i - 1].is(kNumber) && tokens_[i].is(kCapitalized) &&
             month_from_word(lower(i)) != 0 && i >= 2 && lower(i - 2) == "on" &&
             !tokens_[i - 1].is(kNewlineBefore)) ||
            // ("... in Baghdad on Monday" / "25 January, which killed ..."; not a log's next
            // line, "Rockets struck Camp Taji on Monday" / "3 May: gunmen killed ...")
            (tokens_[i].is(kNumber) && tokens_[i - 1].is(kCapitalized) &&
             weekday_from_word(lower(i - 1)) >= 0 && i >= 2 && lower(i - 2) == "on" &&
             i + 2 < tokens_.size() && month_from_word(lower(i + 1)) != 0 &&
             !tokens_[i + 1].is(kNewlineBefore) &&
             (surface(i + 2) == "," || (tokens_[i + 2].is(kNumber) && surface(i + 2).size() == 4 &&
                                        i + 3 < tokens_.size() && surface(i + 3) == ",")));
        const bool starts_symbol = tokens_[i].is(kPunct) && surface(i) != "\"" &&
                                   surface(i) != "\u201c" && surface(i) != "(";
        // A bulleted line is an item of its own ("• On 11 April, shelling ..."), even after a
        // line that ends a sentence.
        const auto first = surface(i);
        const bool bullet = is_bullet(first) && (first != "-" || tokens_[i].is(kPunct));
        // (A line going on in lower case is also the same row's: "... | Tal Afar town" / "and
        // surrounding villages (Tal Afar district, Ninawa) | where_prec 2 | ...".)
        if (blank || bullet || (table_rows && !lower_start && !ends_open()) ||
            (!closed && !continues && (short_line || starts_symbol))) {
            paragraphs_.push_back({start, i});
            start = i;
        }
    }
    if (start < tokens_.size()) {
        paragraphs_.push_back({start, static_cast<std::uint32_t>(tokens_.size())});
    }
    // (the line from token b: "Associated Press - 1 day ago", "Reuters - 10 hours ago")
    const auto item_age_follows = [&](std::size_t b) {
        std::size_t e = b + 1;
        while (e < tokens_.size() && e < b + 12 && !tokens_[e].is(kNewlineBefore)) {
            ++e;
        }
        if (e >= b + 12 || e < b + 5 || lower(e - 1) != "ago" || !tokens_[e - 3].is(kNumber)) {
            return false;
        }
        const auto unit = lower(e - 2);
        return (unit == "hours" || unit == "hour" || unit == "days" || unit == "day" ||
                unit == "minutes" || unit == "mins") &&
               (surface(e - 4) == "-" || surface(e - 4) == "|" || surface(e - 4) == "\u00b7");
    };
    std::size_t next_mark = 0; // (into marks: the paragraphs come in order)
    for (std::uint32_t p = 0; p < paragraphs_.size(); ++p) {
        find_dateline(paragraphs_[p], p < 2);
        classify_paragraph(paragraphs_[p], p < 3);
        if (p < 3 && paragraphs_[p].kind == ParagraphKind::body) {
            // A short first lines without closing punctuation is a headline or standfirst.
            const auto& par = paragraphs_[p];
            const auto last = surface(par.token_end - 1);
            const std::size_t words = par.token_end - par.token_begin;
            if (!is_sentence_final(last) && !is_closing_quote(last) && words <= 30 &&
                par.dateline_end == 0) {
                paragraphs_[p].kind = ParagraphKind::title;
            }
        }
        // A news-alert digest's item: "Rockets target US embassy in Baghdad, child killed" over
        // "Associated Press - 1 day ago" is the item's headline (the paragraph after the first
        // three is a line of its own, a source's line with its age after it); "Google Alert -
        // Baghdad rocket" heading a digest is the alert's query.
        if (paragraphs_[p].kind == ParagraphKind::body ||
            paragraphs_[p].kind == ParagraphKind::title) {
            const auto& par = paragraphs_[p];
            if (par.token_end - par.token_begin >= 3 && lower(par.token_begin + 1) == "alert" &&
                lower(par.token_begin) == "google") {
                paragraphs_[p].kind = ParagraphKind::boilerplate;
            } else if (p >= 3 && par.token_end - par.token_begin <= 30 &&
                       !is_sentence_final(surface(par.token_end - 1)) &&
                       item_age_follows(par.token_end)) {
                paragraphs_[p].kind = ParagraphKind::title;
            }
        }
        const std::size_t first_mark = next_mark;
        while (next_mark < marks.size() && marks[next_mark] < paragraphs_[p].token_end) {
            ++next_mark;
        }
        split_sentences(
            p, std::span<const std::uint32_t>(marks.data() + first_mark, next_mark - first_mark));
    }
}

void Document::find_dateline(Paragraph& p, bool lead) const {
    // PLACE [, REGION] [, DATE] [(AGENCY)] DASH|COLON, with PLACE in capitals:
    // "BAGHDAD, March 11 (Reuters) -", "ERBIL, Iraq --", "DOVER, DE - MARCH 11:", "KIRKUK -".
    std::uint32_t i = p.token_begin;
    // (past a list's bullets: "** BAGHDAD - Thousands of students ...", "* NASIRIYAH - ...")
    while (i + 1 < p.token_end && i < p.token_begin + 3 && tokens_[i].is(kPunct) &&
           surface(i) != "-" && surface(i) != "\u2013" && is_bullet(surface(i))) {
        ++i;
    }
    const std::uint32_t end = std::min<std::uint32_t>(p.token_end, i + 16);
    // (After a bullet only a wire's dateline, its place in capitals and a dash: a list's
    // "• Hawija: ..." is an item, perhaps of an outlook.)
    const bool bulleted = i > p.token_begin;
    // (The dateline's tokens end at `end_at`, its place's are [from, to).)
    const auto mark = [](Paragraph& par, std::uint32_t end_at, std::uint32_t from,
                         std::uint32_t to) {
        par.dateline_begin = par.token_begin;
        par.dateline_end = end_at;
        par.dateline_place_begin = from;
        par.dateline_place_end = to;
    };
    std::uint32_t place_end = i;
    while (place_end < end && tokens_[place_end].is(kWord) &&
           (tokens_[place_end].is(kAllUpper) ||
            (place_end > i && tokens_[place_end].is(kHyphenBefore)))) {
        ++place_end;
    }
    if (place_end == i) {
        if (bulleted) {
            return;
        }
        // A section label in a roundup: "Diyala: On 3 March, gunmen ...", "Kirkuk: ...".
        // Name-case words right before a colon, not a day or month ("Monday: ..." dates the
        // line instead).
        std::uint32_t k = i;
        while (k < end && k < i + 3 && tokens_[k].is(kWord) && tokens_[k].is(kCapitalized) &&
               month_from_word(lower(k)) == 0 && weekday_from_word(lower(k)) < 0) {
            ++k;
        }
        // A digest's label may end in a full stop ("Basra. On Tuesday (4 September) ..."):
        // then its last word is a name, not a title's abbreviation ("Gen. Ali", "Brig.").
        const bool label_stop = k > i && surface(k) == "." && lower(k - 1).size() >= 4 &&
                                !tokens_[k - 1].is(kAllUpper) && lower(k - 1) != "brig" &&
                                lower(k - 1) != "capt" && lower(k - 1) != "sgt" &&
                                lower(k - 1) != "lieut";
        // (not a case file's field named by its event: "Abduction: Tuesday 19 October")
        const bool event_field = k == i + 1 && is_event_field_word(lower(i));
        // (the text may open with a quote: "Green Zone. \"International Zone\" is the
        // official name")
        const std::uint32_t text_at = label_stop && k + 2 < p.token_end &&
                                              (surface(k + 1) == "\"" || surface(k + 1) == "\u201c")
                                          ? k + 2
                                          : k + 1;
        if (k > i && text_at < p.token_end && (surface(k) == ":" || label_stop) &&
            tokens_[text_at].is(kCapitalized) && !event_field) {
            mark(p, k + 1, i, k);
            return;
        }
        // A style note's entry: "Nasiriyah (not Nassiriya). On Thursday 28 November ...": the
        // name, a bracket on its spelling, a full stop.
        if (k == i + 1 && k + 4 < end && surface(k) == "(" && lower(i).size() >= 4) {
            std::uint32_t close = k + 1;
            while (close < end && close < k + 6 && surface(close) != ")") {
                ++close;
            }
            if (close + 2 < p.token_end && surface(close) == ")" && surface(close + 1) == "." &&
                tokens_[close + 2].is(kCapitalized)) {
                mark(p, close + 2, i, k);
                return;
            }
        }
        // A dateline in name case at the top of a report: "Duhok, Kurdistan Region - A
        // Turkish air strike ...", "Sulaimani - Security forces ..." (a spaced dash, then a
        // capitalised word).
        std::uint32_t place = k;
        if (lead && k > i && k + 1 < end && surface(k) == ",") {
            std::uint32_t r = k + 1;
            while (r < end && r < k + 4 && tokens_[r].is(kWord) && tokens_[r].is(kCapitalized)) {
                ++r;
            }
            k = r > k + 1 ? r : k;
        }
        if (lead && place > i && k + 1 < p.token_end && is_dash(surface(k)) &&
            tokens_[k].is(kSpaceBefore) && tokens_[k + 1].is(kSpaceBefore) &&
            tokens_[k + 1].is(kCapitalized)) {
            mark(p, k + 1, i, place);
        }
        return;
    }
    if (place_end - i > 5) {
        return;
    }
    // A memo's or a wire's label is no place: "SUBJECT: DIYALA: ...", "REF: ...", "URGENT: ...".
    if (place_end == i + 1) {
        static const std::unordered_set<std::string_view> kLabels = {
            "subject", "subj",     "ref",     "tags",     "from", "to",
            "cc",      "re",       "summary", "comment",  "note", "update",
            "urgent",  "breaking", "flash",   "headline", "title"};
        if (kLabels.contains(lower(i))) {
            return;
        }
    }
    std::uint32_t j = place_end;
    std::uint32_t region_end = place_end;
    bool saw_date = false;
    while (j < end) {
        const auto w = surface(j);
        const auto lw = lower(j);
        if (w == "," || w == ".") {
            ++j;
            continue;
        }
        if (is_dash(w) || (w == ":" && !bulleted)) {
            // "--" is two dash tokens.
            while (j < end && (is_dash(surface(j)) || surface(j) == ":")) {
                ++j;
            }
            if (j >= p.token_end) {
                return;
            }
            mark(p, j, i, saw_date ? region_end : std::max(region_end, place_end));
            return;
        }
        if (w == "(") {
            // "(Reuters)", "(AP)", "(AFP)": an agency tag.
            std::uint32_t k = j + 1;
            while (k < end && surface(k) != ")") {
                ++k;
            }
            if (k >= end || k - j > 4) {
                return;
            }
            j = k + 1;
            continue;
        }
        if (tokens_[j].is(kWord) && month_from_word(lw) != 0) {
            saw_date = true;
            ++j;
            continue;
        }
        if (tokens_[j].is(kNumber) && (saw_date || j + 1 < end)) {
            ++j;
            continue;
        }
        if (tokens_[j].is(kWord) && (tokens_[j].is(kCapitalized) || tokens_[j].is(kAllUpper)) &&
            !saw_date) {
            ++j;
            region_end = j;
            continue;
        }
        return;
    }
}

void Document::classify_paragraph(Paragraph& p, bool lead) const {
    const std::string_view body = span_text(p.token_begin, p.token_end);
    const std::size_t n = p.token_end - p.token_begin;
    auto starts_with = [&](std::string_view prefix) {
        if (body.size() < prefix.size()) {
            return false;
        }
        for (std::size_t k = 0; k < prefix.size(); ++k) {
            // (ASCII lower case in line: the prefixes are ASCII, and std::tolower was a call
            // per byte)
            const char c =
                body[k] >= 'A' && body[k] <= 'Z' ? static_cast<char>(body[k] + 32) : body[k];
            if (c != prefix[k]) {
                return false;
            }
        }
        return true;
    };
    bool any_lower = false, any_number = false;
    std::size_t words = 0;
    for (std::uint32_t i = p.token_begin; i < p.token_end && !any_lower; ++i) {
        any_lower = tokens_[i].is(kWord) && !tokens_[i].is(kAllUpper) &&
                    !tokens_[i].is(kHasDigit) && !tokens_[i].is(kArabicScript) &&
                    (tokens_[i].end - tokens_[i].begin > 1);
        words += tokens_[i].is(kWord) ? 1 : 0;
        any_number = any_number || tokens_[i].is(kNumber);
    }
    // (A line of capitals is a label or a banner, unless it is long enough to tell something:
    // alerts are written all in capitals, "URGENT | 2 IEDS HIT PMF CONVOY NR ISHAQI. 3 KIA",
    // "3 SOLDIERS KILLED NEAR LAYLAN": a count in a line of four words or more tells too)
    const bool all_capitals = !any_lower; // (a teleprinter's paragraph, or a banner)
    if (!any_lower && (words >= 8 || (words >= 4 && any_number))) {
        any_lower = true;
    }
    // (... and so is a teleprinter's headline of four words or more that counts in words or
    // names what happened: "BOMB KILLS FIVE IN TUZ KHURMATU", "MORTARS FALL ON SAMARRA AND
    // BALAD"; not "SECURITY SITUATION REPORT FOR NINEVEH")
    // (A short line of capitals among an article's first three is its heading, whose names
    // are read as places though it tells no event: "FACT SHEET: CAMP ECHO, DIWANIYAH",
    // "REPORT ON DIWANIYAH AND BASRA"; not a short line that names what happened, "BAGHDAD
    // BLASTS", which stays a banner.)
    bool telling = false;
    if (!any_lower && (words >= 4 || lead)) {
        static const std::unordered_set<std::string_view> kTelling = {
            "kills",    "killed",    "kill",      "dead",       "wounded", "wounds",  "injured",
            "injures",  "hurt",      "bomb",      "bombs",      "bombing", "bomber",  "blast",
            "blasts",   "explosion", "rocket",    "rockets",    "mortar",  "mortars", "missile",
            "missiles", "shells",    "shelling",  "strike",     "strikes", "drone",   "attack",
            "attacks",  "attacked",  "clashes",   "clash",      "gunmen",  "shoot",   "shot",
            "shoots",   "ambush",    "kidnapped", "abducted",   "kidnap",  "seize",   "seized",
            "seizes",   "protest",   "protests",  "protesters", "storm",   "stormed", "storms",
            "one",      "two",       "three",     "four",       "five",    "six",     "seven",
            "eight",    "nine",      "ten",       "dozen",      "dozens",  "scores",  "hundreds"};
        for (std::uint32_t i = p.token_begin; i < p.token_end && !telling; ++i) {
            telling = tokens_[i].is(kWord) && kTelling.contains(lower(i));
        }
        any_lower = telling && words >= 4;
    }
    const bool heading = lead && !any_lower && !telling && words <= 12;
    // (A wire's slug line, "IRAQ-KURDS/KIRKUK 2 (ADDS CLASHES)", names the story and what the
    // take adds: no event of its own.)
    const bool slug = all_capitals && n <= 12 &&
                      (body.find("(ADDS ") != std::string_view::npos ||
                       body.find("(UPDATES") != std::string_view::npos ||
                       body.find("(RECASTS") != std::string_view::npos ||
                       body.find("(CORRECTS") != std::string_view::npos ||
                       body.find("(REFILING") != std::string_view::npos);
    if (slug || starts_with("read also") || starts_with("read more") || starts_with("related:") ||
        starts_with("also read") || starts_with("advertisement") || starts_with("subscribe") ||
        starts_with("==") || starts_with("powered by") || starts_with("via ") ||
        starts_with("photo:") || starts_with("share this") || starts_with("follow us") ||
        // (a wire story's notes on what an update changed: "(Adds details of drones shot
        // down near airport, paragraph 5)", "(Recasts with ...)", "(Updates toll)")
        starts_with("(adds ") || starts_with("(recasts") || starts_with("(updates ") ||
        starts_with("(corrects ") || starts_with("(changes ") || starts_with("(writes through") ||
        starts_with("(additional reporting") || starts_with("(reporting by") ||
        (!any_lower && !heading) || (starts_with("by ") && n <= 8)) {
        p.kind = ParagraphKind::boilerplate;
        return;
    }
    // (Every credit holds "Getty", "Photo" or '/': three searches rule most paragraphs out
    // before the seven, one of which stopped at every 'v'.)
    const bool may_credit = body.find("Getty") != std::string_view::npos ||
                            body.find("Photo") != std::string_view::npos ||
                            body.find('/') != std::string_view::npos;
    const bool credit = may_credit && (body.find("Getty Images") != std::string_view::npos ||
                                       body.find("Photo by") != std::string_view::npos ||
                                       body.find("Photograph:") != std::string_view::npos ||
                                       body.find("/AFP") != std::string_view::npos ||
                                       body.find("via Getty") != std::string_view::npos ||
                                       body.find("/Reuters") != std::string_view::npos ||
                                       body.find("(Photo") != std::string_view::npos);
    // A caption's dateline has its date in capitals: "DOVER, DE - MARCH 11:".
    bool upper_month_dateline = false;
    for (std::uint32_t i = p.dateline_begin; i < p.dateline_end; ++i) {
        if (tokens_[i].is(kAllUpper) && month_from_word(lower(i)) != 0) {
            upper_month_dateline = true;
        }
    }
    // (A caption's dateline is in capitals before a caption in name case; a teleprinter's
    // item is in capitals throughout: "KIRKUK, OCT 16 (LWR) - IRAQI FORCES TOOK ...".)
    if (credit || (upper_month_dateline && !all_capitals)) {
        p.kind = ParagraphKind::caption;
        return;
    }
    if (n <= 4 && !is_sentence_final(surface(p.token_end - 1)) && !lead) {
        p.kind = ParagraphKind::boilerplate;
    }
}

bool Document::slash_dates_month_first() const noexcept {
    if (slash_month_first_ >= 0) {
        return slash_month_first_ != 0;
    }
    bool month_first = false, day_first = false;
    const std::size_t n = tokens_.size();
    for (std::size_t i = 0; i + 2 < n && !day_first; ++i) {
        // ("08/31", "08/31/2014": numbers of one or two digits parted by a slash, no space)
        if (!tokens_[i].is(kNumber) || surface(i + 1) != "/" || !tokens_[i + 2].is(kNumber) ||
            tokens_[i + 1].is(kSpaceBefore) || surface(i).size() > 2 || surface(i + 2).size() > 2 ||
            (i > 0 && surface(i - 1) == "/")) {
            continue;
        }
        const double a = number_value(i), b = number_value(i + 2);
        month_first = month_first || (a >= 1 && a <= 12 && b > 12 && b <= 31);
        day_first = a > 12 && a <= 31 && b >= 1 && b <= 12;
    }
    slash_month_first_ = month_first && !day_first ? 1 : 0;
    return slash_month_first_ != 0;
}

bool Document::is_abbreviation(std::size_t i) const noexcept {
    const Token& t = tokens_[i];
    if (!t.is(kWord)) {
        return false;
    }
    const auto w = lower(i);
    if (w.size() == 1 && t.is(kCapitalized)) {
        return true; // an initial: "Moises A. Navas", "U.S."
    }
    return Abbreviations::contains(w);
}

void Document::split_sentences(std::uint32_t paragraph, std::span<const std::uint32_t> marks) {
    const Paragraph& p = paragraphs_[paragraph];
    std::uint32_t start = p.token_begin;
    const std::uint32_t par_end = p.token_end; // (read once: push_back may write memory)
    std::uint32_t from = p.token_begin;        // (no mark before it is looked at)
    // (Sentence-final marks are punctuation tokens: only those are looked at, most tokens
    // being words.)
    for (const std::uint32_t i : marks) {
        if (i < from) {
            continue;
        }
        const auto w = surface(i);
        if (!is_sentence_final(w)) {
            continue;
        }
        std::uint32_t end = i + 1;
        while (end < par_end &&
               (is_closing_quote(surface(end)) || is_sentence_final(surface(end)))) {
            // (A straight quote after a space and before a word opens the next sentence:
            // 'near their homes. "We heard helicopters', not 'homes."'.)
            if ((surface(end) == "\"" || surface(end) == "'") && tokens_[end].is(kSpaceBefore) &&
                end + 1 < par_end && !tokens_[end + 1].is(kSpaceBefore)) {
                break;
            }
            ++end;
        }
        if (end >= par_end) {
            break;
        }
        // "... attributed most of them to Kata'ib Hizballah.57 On December 27, ...": a
        // footnote's number glued to the mark ends the sentence with it.
        if (w == "." && end + 1 < par_end && !tokens_[end].is(kSpaceBefore) &&
            tokens_[end].is(kNumber) && surface(end).size() <= 3 && i > p.token_begin &&
            tokens_[i - 1].is(kWord) && !tokens_[i - 1].is(kNumber) &&
            tokens_[end + 1].is(kSpaceBefore) &&
            (starts_like_sentence(*this, end + 1) || tokens_[end + 1].is(kNewlineBefore))) {
            ++end;
        }
        const bool spaced = tokens_[end].is(kSpaceBefore);
        // (A line break after the mark ends the sentence whatever opens the next line: "Curfew
        // announced.\n🩸 #Nasiriyah: ...", "• on 3 March ...".)
        if (!spaced || !(starts_like_sentence(*this, end) || tokens_[end].is(kNewlineBefore))) {
            continue;
        }
        // "Gen. Qassem", "Capt. Moises A. Navas": abbreviations and initials do not end a
        // sentence (a sentence ending in "U.S." is the price).
        if (w == "." && i > p.token_begin && is_abbreviation(i - 1)) {
            continue;
        }
        // (Built in place: a copy of a sentence had cost more than the rest of it, when it held
        // 256 bytes of word bits.)
        sentences_.emplace_back(start, end, paragraph);
        start = end;
        from = end;
    }
    if (start < par_end) {
        sentences_.emplace_back(start, par_end, paragraph);
    }
}

} // namespace conflictmap::text
