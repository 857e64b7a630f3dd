#include "events/phrase_table.hpp"
#include "text/segmenter.hpp"

#include <algorithm>
#include <cstddef>
#include <doctest/doctest.h>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace conflictmap;
using events::PhraseTable;

namespace {

std::vector<std::string> split_words(const std::string& phrase) {
    std::vector<std::string> out;
    std::istringstream in(phrase);
    for (std::string w; in >> w;) {
        out.push_back(w);
    }
    return out;
}

/// The specification match() must meet, by brute force: the longest phrase whose words are
/// the tokens from i on (before end); among equally long ones, the first added.
std::optional<std::pair<std::size_t, int>>
reference_match(const std::vector<std::pair<std::string, int>>& phrases, const text::Document& doc,
                std::size_t i, std::size_t end) {
    std::optional<std::pair<std::size_t, int>> best;
    for (const auto& [phrase, id] : phrases) {
        const auto words = split_words(phrase);
        if (words.empty() || i + words.size() > end || (best && best->first >= words.size())) {
            continue;
        }
        bool ok = true;
        for (std::size_t k = 0; k < words.size() && ok; ++k) {
            ok = doc.lower(i + k) == words[k];
        }
        if (ok) {
            best = std::pair{words.size(), id};
        }
    }
    return best;
}

} // namespace

TEST_CASE("PhraseTable: longest phrase, first added among equals, as a brute-force search") {
    // Many phrases over a small vocabulary (shared first words, prefixes of one another,
    // duplicates), enough to make the table grow several times.
    const std::vector<std::string> vocabulary = {
        "roadside", "bomb", "car", "attack", "drone", "strike", "improvised", "explosive",
        "device",   "ied",  "the", "of",     "air",   "raid",   "rocket",     "fire"};
    std::mt19937 rng(7);
    std::vector<std::pair<std::string, int>> phrases;
    PhraseTable<int> table;
    for (int id = 0; id < 400; ++id) {
        const std::size_t n = 1 + rng() % 4;
        std::string phrase;
        for (std::size_t k = 0; k < n; ++k) {
            phrase += (k == 0 ? "" : " ") + vocabulary[rng() % vocabulary.size()];
        }
        phrases.emplace_back(phrase, id);
        table.add(phrase, id);
    }
    CHECK(table.max_words() == 4);
    // A text of the same words (with capitals, which match by their lower case) plus others.
    std::string text;
    for (int k = 0; k < 3000; ++k) {
        std::string w = rng() % 10 == 0 ? "Baghdad" : vocabulary[rng() % vocabulary.size()];
        if (rng() % 7 == 0) {
            w[0] = static_cast<char>(w[0] - 'a' + 'A');
        }
        text += w + ' ';
    }
    const text::Document doc(text);
    const std::size_t n = doc.tokens().size();
    std::size_t matched = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t end = std::min(n, i + 1 + (i % 5)); // ends that cut phrases too
        const auto expected = reference_match(phrases, doc, i, end);
        const auto got = table.match(doc, i, end);
        REQUIRE(got.has_value() == expected.has_value());
        if (got) {
            CHECK(got->length == expected->first);
            CHECK(*got->payload == expected->second);
            ++matched;
        }
    }
    CHECK(matched > 1000);
    for (const auto& w : vocabulary) {
        const bool first = std::any_of(phrases.begin(), phrases.end(), [&](const auto& p) {
            return split_words(p.first).front() == w;
        });
        CHECK(table.contains_word(w) == first);
    }
    CHECK_FALSE(table.contains_word("baghdad"));
    CHECK_FALSE(PhraseTable<int>().contains_word("bomb"));
    CHECK_FALSE(PhraseTable<int>().match(doc, 0, n));
}

TEST_CASE("WordSet holds exactly its words, asked by string or by a token's hashed word") {
    // Its length and hash filters may only reject words it does not hold.
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> letter('a', 'z'), length(1, 12);
    auto random_word = [&] {
        std::string w(static_cast<std::size_t>(length(rng)), 'a');
        for (auto& c : w) {
            c = static_cast<char>(letter(rng));
        }
        return w;
    };
    std::vector<std::string> held, others;
    for (int k = 0; k < 300; ++k) {
        held.push_back(random_word());
    }
    std::vector<std::string_view> views(held.begin(), held.end());
    const events::WordSet set(views);
    for (const auto& w : held) {
        CHECK(set.contains(std::string_view(w)));
    }
    std::size_t checked = 0;
    for (int k = 0; k < 3000; ++k) {
        const auto w = random_word();
        const bool in = std::find(held.begin(), held.end(), w) != held.end();
        CHECK(set.contains(std::string_view(w)) == in);
        const text::Document doc(w);
        REQUIRE(doc.tokens().size() == 1);
        CHECK(set.contains(doc.word(0)) == in);
        checked += in ? 0 : 1;
    }
    CHECK(checked > 2500);
    CHECK_FALSE(events::WordSet{"tent", "camp"}.contains(std::string_view("tents")));
}

TEST_CASE("a union of word filters lets through every word of each, and rejects others") {
    // find_actors skips a token its filter of the actor table, the demonyms and "u" rejects.
    const events::WordSet demonyms{"turkish", "iranian", "us"};
    events::PhraseTable<int> table;
    table.add("popular mobilization forces", 1);
    table.add("police", 2);
    events::WordFilter both = table.first_word_filter();
    both.add(demonyms.filter());
    both.add("u", text::HashedWord::hash_of("u"));
    const text::Document doc("Turkish police and Iranian popular forces near US u bases");
    const std::vector<std::string_view> kept = {"turkish", "police", "iranian",
                                                "popular", "us",     "u"};
    std::size_t rejected = 0;
    for (std::size_t i = 0; i < doc.tokens().size(); ++i) {
        const bool held = std::find(kept.begin(), kept.end(), doc.lower(i)) != kept.end();
        if (held) {
            CHECK(both.possible(doc.word(i)));
        }
        rejected += both.possible(doc.word(i)) ? 0 : 1;
        CHECK(both.possible(doc.tokens()[i]) == both.possible(doc.word(i))); // (by the token)
    }
    CHECK(rejected >= 3); // ("and", "forces", "near", "bases": most are rejected)
    // The filter as a token class (the loops' test): a word is of the class exactly when the
    // filter lets it through, and next_of_class finds the first such token from i on.
    text::TokenClassTable classes;
    both.add_to(classes, 4);
    const std::uint8_t* const of = doc.token_classes(classes);
    const auto* toks = doc.tokens().data();
    const std::size_t n = doc.tokens().size();
    REQUIRE(n > 8); // (next_of_class reads eight tokens a step)
    for (std::size_t i = 0; i <= n; ++i) {
        if (i < n) {
            CHECK(((of[i] & 4) != 0) == both.possible(toks[i]));
            CHECK((of[i] & ~4) == 0);
        }
        std::size_t expected = i;
        while (expected < n && !both.possible(toks[expected])) {
            ++expected;
        }
        CHECK(text::next_of_class(of, i, n, 4) == expected);
        CHECK(text::next_of_class(of, i, n, 8) == n);
    }
    CHECK(text::next_of_class(of, 2, 2, 4) == 2);
    CHECK(text::next_of_class(of, 0, 3, 4) == 0);
    CHECK(text::next_of_class(of, 2, 3, 4) == 3); // ("and": none before the range's end)
    CHECK_FALSE(table.first_word_filter().possible(doc.word(0)));
}

TEST_CASE("word filters tell short words apart") {
    // FNV-1a, the word hash before, had its top bits nearly the same for all short words: a
    // filter on them let every 2-letter word through a table holding one. The filters and
    // sentence bits use the low bits.
    const events::WordSet is{"is", "al"};
    const text::Document doc("in of to at on as it by an or if so no we he a i u s x");
    std::size_t passed = 0;
    for (std::size_t i = 0; i < doc.tokens().size(); ++i) {
        passed += is.filter().possible(doc.tokens()[i]) ? 1 : 0;
        CHECK_FALSE(is.contains(doc.word(i)));
    }
    CHECK(passed <= 2); // (of 20 short words)
}
