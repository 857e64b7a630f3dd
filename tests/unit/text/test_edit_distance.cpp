#include "text/edit_distance.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <random>
#include <string>
#include <vector>

using namespace conflictmap::text;

TEST_CASE("edit distance counts code points, transpositions as one edit") {
    CHECK(edit_distance("kirkuk", "kirkuk", 3) == 0);
    CHECK(edit_distance("kirkuk", "kirkut", 3) == 1);
    CHECK(edit_distance("kirkuk", "krikuk", 3) == 1); // transposition
    CHECK(edit_distance("kirkuk", "kirk", 3) == 2);
    CHECK(edit_distance("kirkuk", "mosul", 2) == 3); // capped at max + 1
    CHECK(edit_distance("كركوك", "كركك", 3) == 1);   // one Arabic letter, not two bytes
    CHECK(edit_distance("", "abc", 5) == 3);
}

TEST_CASE("similarities are in [0, 1] and vowel swaps are cheap in transliterations") {
    CHECK(spelling_similarity("", "") == 1.0);
    CHECK(spelling_similarity("abc", "abc") == 1.0);
    CHECK(spelling_similarity("abcd", "abce") == doctest::Approx(0.75));
    CHECK(spelling_similarity("abc", "xyz") == 0.0);
    CHECK(transliteration_similarity("tikrit", "tekret") == doctest::Approx(1.0 - 0.5 / 6));
    CHECK(transliteration_similarity("sadiya", "saudiya") == doctest::Approx(1.0 - 1.0 / 7));
    CHECK(transliteration_similarity("abc", "xyz") == 0.0);
    CHECK(transliteration_similarity("", "") == 1.0);
    CHECK(transliteration_similarity("huwaija", "hawija") >
          transliteration_similarity("huwaija", "heijo"));
}

TEST_CASE("a floor only cuts similarities that fall below it") {
    const char* words[] = {"kirkuk",  "karkuk", "kerkuk",     "krk",     "tikrit",
                           "samarra", "samara", "sadiya",     "saudiya", "heijo",
                           "huwaija", "hawija", "abcdefghij", ""};
    for (const char* a : words) {
        for (const char* b : words) {
            for (const double floor : {0.5, 0.6, 0.8}) {
                const double full = transliteration_similarity(a, b);
                const double cut = transliteration_similarity(a, b, floor);
                INFO(a << " / " << b << " floor " << floor);
                if (full >= floor) {
                    CHECK(cut == doctest::Approx(full));
                } else {
                    CHECK(cut < floor);
                }
            }
        }
    }
}

namespace {

/// The textbook full table (restricted Damerau-Levenshtein, a vowel for a vowel costs 0.25),
/// on ASCII: what transliteration_similarity must equal, whatever shortcuts it takes.
double reference_similarity(const std::string& a, const std::string& b) {
    const auto vowel = [](char c) {
        return std::string_view("aeiouyw").find(c) != std::string_view::npos;
    };
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    if (n == 0 && m == 0) {
        return 1.0;
    }
    std::vector<std::vector<double>> d(n + 1, std::vector<double>(m + 1, 0.0));
    for (std::size_t i = 0; i <= n; ++i) {
        d[i][0] = static_cast<double>(i);
    }
    for (std::size_t j = 0; j <= m; ++j) {
        d[0][j] = static_cast<double>(j);
    }
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            double cost = 1.0;
            if (a[i - 1] == b[j - 1]) {
                cost = 0.0;
            } else if (vowel(a[i - 1]) && vowel(b[j - 1])) {
                cost = 0.25;
            }
            d[i][j] = std::min({d[i - 1][j] + 1.0, d[i][j - 1] + 1.0, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1.0);
            }
        }
    }
    return std::max(0.0, 1.0 - d[n][m] / static_cast<double>(std::max(n, m)));
}

} // namespace

TEST_CASE("transliteration similarity equals the full table on random spellings") {
    std::mt19937 rng(20261121);
    const std::string letters = "abkaeiouywsh";
    std::size_t compared = 0;
    for (int k = 0; k < 20000; ++k) {
        auto word = [&] {
            std::string w(rng() % 10, ' ');
            for (char& c : w) {
                c = letters[rng() % letters.size()];
            }
            return w;
        };
        // Shared heads and tails are the common case (same skeleton, other vowels).
        const std::string head = word().substr(0, 3);
        const std::string tail = word().substr(0, 3);
        const std::string a = head + word() + tail;
        const std::string b = head + word() + tail;
        INFO(a << " / " << b);
        const double expected = reference_similarity(a, b);
        REQUIRE(transliteration_similarity(a, b) == doctest::Approx(expected));
        const double cut = transliteration_similarity(a, b, 0.5);
        if (expected >= 0.5) {
            REQUIRE(cut == doctest::Approx(expected));
        } else {
            REQUIRE(cut < 0.5);
        }
        ++compared;
    }
    CHECK(compared == 20000);
}
