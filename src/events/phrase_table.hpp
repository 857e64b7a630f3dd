// Longest-match lookup of word sequences ("roadside bomb", "improvised explosive device") in a
// segmented document, the building block of the extractor's dictionaries (event cues, actors,
// date words). Phrases are lower-case words separated by spaces; they match tokens by
// Document::lower(), so "explosive-laden" matches "explosive laden".
#pragma once

#include "text/segmenter.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace conflictmap::events {

/// Hashes like HashedWord, and takes a HashedWord's hash as it is.
struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
        return text::HashedWord::hash_of(s);
    }
    std::size_t operator()(const text::HashedWord& w) const noexcept { return w.hash; }
};

/// Where a word of this hash is first looked for in a dictionary's open-addressing table of
/// mask + 1 slots: by the hash's high bits. The filters before the probes test its low 12 bits,
/// so a word one of them lets through by mistake shares those bits with a word of the table,
/// and probed from them it started in that word's run of used slots and walked it all (about
/// three slots a probe of the cue table); from the high bits it starts anywhere.
[[gnu::always_inline]] constexpr std::size_t first_slot(std::size_t hash,
                                                        std::size_t mask) noexcept {
    return static_cast<std::size_t>(std::uint64_t{hash} >> 32U) & mask;
}

/// What a dictionary's words can be, for rejecting most other words in a few inline
/// instructions before a probe: the lengths present, the (first byte, last byte, length) shapes,
/// and a one-hash Bloom filter of 4096 bits on the hash's low 12 bits (1024 bits let more words
/// through the large tables, the cue and actor phrases' first words). (The low bits: the word
/// hash ends by folding its high bits into them. FNV-1a, the hash before, left its top bits
/// nearly constant for short words, so a filter on them let every short word through.)
class WordFilter {
public:
    void add(std::string_view word, std::size_t hash) noexcept {
        lengths_ |= std::uint64_t{1} << length_bit(word.size());
        if (!word.empty()) {
            const std::size_t b = shape_bit(word);
            shapes_[b >> 6U] |= std::uint64_t{1} << (b & 63U);
        }
        hash_bits_[bit_of(hash) >> 6U] |= std::uint64_t{1} << (bit_of(hash) & 63U);
    }
    /// Lets through every word either filter lets through (one test in place of two in a
    /// token loop that asks several tables).
    void add(const WordFilter& other) noexcept {
        lengths_ |= other.lengths_;
        for (std::size_t k = 0; k < shapes_.size(); ++k) {
            shapes_[k] |= other.shapes_[k];
        }
        for (std::size_t k = 0; k < hash_bits_.size(); ++k) {
            hash_bits_[k] |= other.hash_bits_[k];
        }
    }
    /// length_possible and hash_possible: false only for a hashed word the filter rejects.
    [[gnu::always_inline]] bool possible(const text::HashedWord& w) const noexcept {
        return hash_possible(w.hash) && length_possible(w.text.size()); // (as for a Token)
    }
    /// possible(doc.word(i)) from the token alone (its lower form's size and hash: a loop over
    /// tokens need not make the word's view to rule most of them out).
    /// (The hash first: a large table's words have most lengths, and the hash's bit rejects
    /// most other words of any table.)
    [[gnu::always_inline]] bool possible(const text::Token& t) const noexcept {
        return hash_possible(t.lower_hash) && length_possible(t.lower_size);
    }
    [[gnu::always_inline]] bool length_possible(std::size_t length) const noexcept {
        return ((lengths_ >> length_bit(length)) & 1U) != 0;
    }
    /// (For a non-empty word not hashed yet: its first and last bytes and length, before the
    /// hash is computed. Separate tests of the length and first byte let most words of a large
    /// set through, and hashing them cost more than the probe.)
    [[gnu::always_inline]] bool shape_possible(std::string_view word) const noexcept {
        const std::size_t b = shape_bit(word);
        return ((shapes_[b >> 6U] >> (b & 63U)) & 1U) != 0;
    }
    [[gnu::always_inline]] bool hash_possible(std::size_t hash) const noexcept {
        return ((hash_bits_[bit_of(hash) >> 6U] >> (bit_of(hash) & 63U)) & 1U) != 0;
    }
    /// Gives `bits` in `table` to the tokens possible() lets through (possible(t) is then
    /// whether table.classes_of(t) holds them, for a word).
    void add_to(text::TokenClassTable& table, std::uint8_t bits) const noexcept {
        for (std::size_t b = 0; b < table.by_hash.size(); ++b) {
            if (hash_possible(b)) {
                table.by_hash[b] |= bits;
            }
        }
        for (std::size_t n = 0; n < table.by_length.size(); ++n) {
            if (length_possible(n)) {
                table.by_length[n] |= bits;
            }
        }
    }

private:
    [[gnu::always_inline]] static std::size_t length_bit(std::size_t n) noexcept {
        return n < 63 ? n : 63;
    }
    /// A non-empty word's first and last bytes (five low bits each: a letter's place in the
    /// alphabet) mixed with its length, in 10 bits.
    [[gnu::always_inline]] static std::size_t shape_bit(std::string_view word) noexcept {
        const std::size_t first = static_cast<unsigned char>(word.front()) & 31U;
        const std::size_t last = static_cast<unsigned char>(word.back()) & 31U;
        return ((first << 5U) | last) ^ ((word.size() * 37U) & 1023U);
    }
    [[gnu::always_inline]] static std::size_t bit_of(std::size_t hash) noexcept {
        return hash & 4095U;
    }
    std::uint64_t lengths_ = 0;                 ///< bit n: a word of n bytes (63: 63 or more)
    std::array<std::uint64_t, 16> shapes_{};    ///< bit shape_bit(w): a word w
    std::array<std::uint64_t, 64> hash_bits_{}; ///< bit (hash's low 12 bits): a word's hash
};

/// A set of lower-case words with constant-time lookup by string_view, for the dictionaries
/// consulted on every token (person nouns, demonyms, titles). The words must outlive the set
/// (string literals). A flat open-addressing table (power-of-two size, at most half full) behind
/// a WordFilter: most tokens are not in a given set, and most of those are rejected by their
/// length alone.
class WordSet {
public:
    WordSet(std::initializer_list<std::string_view> words)
        : WordSet(std::vector<std::string_view>(words)) {}
    /// (From a constant list of words, which may also be a scan's group: Document::may_hold.)
    explicit WordSet(std::span<const std::string_view> words)
        : WordSet(std::vector<std::string_view>(words.begin(), words.end())) {}
    explicit WordSet(const std::vector<std::string_view>& words) {
        std::size_t capacity = 8;
        while (capacity < words.size() * 2) {
            capacity <<= 1;
        }
        slots_.resize(capacity);
        mask_ = capacity - 1;
        for (const auto w : words) {
            insert(w);
        }
    }
    [[gnu::always_inline]] bool contains(std::string_view w) const {
        if (!filter_.length_possible(w.size()) || (!w.empty() && !filter_.shape_possible(w))) {
            return false;
        }
        const std::size_t h = text::HashedWord::hash_of(w);
        return filter_.hash_possible(h) && find(w, h);
    }
    [[gnu::always_inline]] bool contains(const text::HashedWord& w) const {
        return filter_.possible(w) && find(w.text, w.hash);
    }
    /// contains(w) for a word filter() lets through (a loop that has just tested its token
    /// so): the same answer, without testing it again.
    [[gnu::always_inline]] bool contains_let_through(const text::HashedWord& w) const {
        return find(w.text, w.hash);
    }
    /// Lets through every word of the set (and some others): contains() is false for the rest.
    const WordFilter& filter() const noexcept { return filter_; }

private:
    struct Slot {
        std::string_view word;
        std::size_t hash = 0;
        bool used = false;
    };
    void insert(std::string_view w) {
        const std::size_t h = text::HashedWord::hash_of(w);
        if (find(w, h)) {
            return;
        }
        std::size_t i = first_slot(h, mask_);
        while (slots_[i].used) {
            i = (i + 1) & mask_;
        }
        slots_[i] = {w, h, true};
        filter_.add(w, h);
    }
    bool find(std::string_view w, std::size_t h) const {
        for (std::size_t i = first_slot(h, mask_);; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (!s.used) {
                return false;
            }
            if (s.hash == h && text::same_hashed_text(s.word, w)) {
                return true;
            }
        }
    }
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    WordFilter filter_;
};

/// Words with the groups they are in (up to 64, one bit each), for a rule made of many tests
/// that each look for a few words: a token's groups are looked up once, a range's groups are
/// the `or` of its tokens', and a test is skipped, by one `and`, when its group is not among
/// the groups of the tokens it reads. A token's groups are those of the words whose hashes
/// share its hash's low 12 bits: the groups of its own word, and now and then another's (a
/// table of a few hundred words fills about one bucket in twelve), so a skipped test is always
/// one that could not have applied; one table load per token, with no comparison.
class WordGroups {
public:
    WordGroups() : buckets_(kBuckets, 0) {}
    void add(std::uint64_t group, std::initializer_list<std::string_view> words) {
        add(group, std::span<const std::string_view>(words.begin(), words.size()));
    }
    void add(std::uint64_t group, std::span<const std::string_view> words) {
        for (const auto w : words) {
            buckets_[text::HashedWord::hash_of(w) & (kBuckets - 1)] |= group;
        }
    }
    /// The groups token t's lower form may be in (0: none).
    [[gnu::always_inline]] std::uint64_t groups_of(const text::Token& t) const noexcept {
        return buckets_[t.lower_hash & (kBuckets - 1)];
    }

private:
    static constexpr std::size_t kBuckets = 4096;
    std::vector<std::uint64_t> buckets_;
};

template <class Payload>
class PhraseTable {
public:
    struct Match {
        std::size_t length = 0; ///< tokens matched
        const Payload* payload = nullptr;
    };

    void add(std::string_view phrase, Payload payload) {
        std::vector<std::string> words;
        std::size_t pos = 0;
        while (pos < phrase.size()) {
            const auto sp = phrase.find(' ', pos);
            const auto w =
                phrase.substr(pos, sp == std::string_view::npos ? phrase.npos : sp - pos);
            if (!w.empty()) {
                words.emplace_back(w);
            }
            pos = sp == std::string_view::npos ? phrase.size() : sp + 1;
        }
        if (words.empty()) {
            return;
        }
        Slot& slot = slot_for_first_word(words.front());
        auto& bucket = slot.entries;
        Entry entry{
            std::vector<std::string>(words.begin() + 1, words.end()), {}, std::move(payload)};
        for (const auto& w : entry.rest) {
            entry.rest_hashes.push_back(text::HashedWord::hash_of(w));
        }
        entry.words = entry.rest.size() + 1;
        entry.second_hash = entry.rest_hashes.empty() ? 0 : entry.rest_hashes.front();
        if (entry.rest.empty()) {
            slot.opens_one_word_phrase = true;
        } else {
            slot.second_words |= std::uint64_t{1} << (entry.second_hash & 63U);
        }
        // Longest first, phrases of one length in the order they were added: the first entry
        // that matches is the longest match (and of equal ones the first added).
        const auto at = std::find_if(bucket.begin(), bucket.end(), [&](const Entry& e) {
            return e.rest.size() < entry.rest.size();
        });
        bucket.insert(at, std::move(entry));
        max_words_ = std::max(max_words_, words.size());
    }

    /// Longest phrase starting at token i and ending before token `end`. (Inline: asked of
    /// every token, and most are no phrase's first word, which the filter tells at once.)
    [[gnu::always_inline]] std::optional<Match> match(const text::Document& doc, std::size_t i,
                                                      std::size_t end) const {
        // (The token's size and hash first, without making its word: most tokens stop here.)
        if (!first_words_.possible(doc.tokens()[i])) {
            return std::nullopt;
        }
        return match_from(doc, i, end, doc.word(i));
    }

    /// match(doc, i, end) for a token first_word_filter() lets through (a loop that has just
    /// tested it so): the same answer, without testing it again.
    [[gnu::always_inline]] std::optional<Match>
    match_let_through(const text::Document& doc, std::size_t i, std::size_t end) const {
        return match_from(doc, i, end, doc.word(i));
    }

    /// Lets through every phrase's first word (and some others): match() is empty for the rest.
    const WordFilter& first_word_filter() const noexcept { return first_words_; }

    bool contains_word(std::string_view lower) const {
        return find({lower, text::HashedWord::hash_of(lower)}) != nullptr;
    }
    std::size_t max_words() const noexcept { return max_words_; }

private:
    std::optional<Match> match_from(const text::Document& doc, std::size_t i, std::size_t end,
                                    const text::HashedWord& first) const {
        const Slot* slot = find(first);
        if (slot == nullptr) {
            return std::nullopt;
        }
        // (The next token's hash, read once: the entries of a word that opens many phrases
        // are told apart by their second words' hashes, kept in the entries themselves.)
        const std::size_t next_hash = i + 1 < end ? doc.tokens()[i + 1].lower_hash : 0;
        // (A word that opens only longer phrases, "the" and "a" of the cues, is most often
        // followed by a word none of them goes on with: one bit of its hash tells so, before
        // the entries are walked.)
        if (!slot->opens_one_word_phrase && ((slot->second_words >> (next_hash & 63U)) & 1U) == 0) {
            return std::nullopt;
        }
        for (const auto& entry : slot->entries) {
            const std::size_t n = entry.words;
            if (i + n > end || (n > 1 && entry.second_hash != next_hash)) {
                continue;
            }
            bool ok = true;
            for (std::size_t k = 0; k < entry.rest.size() && ok; ++k) {
                // (The token's hash first: most words differ, and then no bytes are compared.)
                const auto w = doc.word(i + 1 + k);
                ok =
                    w.hash == entry.rest_hashes[k] && text::same_hashed_text(w.text, entry.rest[k]);
            }
            if (ok) {
                return Match{n, &entry.payload};
            }
        }
        return std::nullopt;
    }

    struct Entry {
        std::vector<std::string> rest;        ///< the words after the first
        std::vector<std::size_t> rest_hashes; ///< HashedWord::hash_of each of them
        Payload payload;
        std::size_t words = 0;       ///< rest.size() + 1
        std::size_t second_hash = 0; ///< rest_hashes[0], 0 when there is none
    };
    /// Phrases by first word in a flat open-addressing table (power-of-two size, at most half
    /// full) keeping each word's hash: match() runs for every token, and a node-based map
    /// re-hashed the stored words while walking a bucket.
    struct Slot {
        std::string word;
        std::size_t hash = 0;
        std::vector<Entry> entries;
        std::uint64_t second_words = 0; ///< bit (hash & 63) of each entry's second word
        bool opens_one_word_phrase = false;
        bool used = false;
    };

    const Slot* find(const text::HashedWord& w) const {
        if (slots_.empty()) {
            return nullptr;
        }
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = first_slot(w.hash, mask);; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (!s.used) {
                return nullptr;
            }
            if (s.hash == w.hash && text::same_hashed_text(s.word, w.text)) {
                return &s;
            }
        }
    }

    Slot& slot_for_first_word(const std::string& word) {
        const std::size_t hash = text::HashedWord::hash_of(word);
        if ((used_ + 1) * 2 > slots_.size()) {
            std::vector<Slot> old = std::move(slots_);
            slots_ = std::vector<Slot>(old.empty() ? 16 : old.size() * 2);
            for (auto& s : old) {
                if (s.used) {
                    slot_for(s.word, s.hash) = std::move(s);
                }
            }
        }
        Slot& s = slot_for(word, hash);
        if (!s.used) {
            s.word = word;
            s.hash = hash;
            s.used = true;
            ++used_;
            first_words_.add(word, hash);
        }
        return s;
    }

    /// The slot holding word, else the free slot where it goes.
    Slot& slot_for(std::string_view word, std::size_t hash) {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = first_slot(hash, mask);; i = (i + 1) & mask) {
            Slot& s = slots_[i];
            if (!s.used || (s.hash == hash && s.word == word)) {
                return s;
            }
        }
    }

    std::vector<Slot> slots_;
    std::size_t used_ = 0;
    std::size_t max_words_ = 0;
    WordFilter first_words_; ///< the phrases' first words
};

} // namespace conflictmap::events
