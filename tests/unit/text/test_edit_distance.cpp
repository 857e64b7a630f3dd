#include "text/edit_distance.hpp"

#include <doctest/doctest.h>

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
