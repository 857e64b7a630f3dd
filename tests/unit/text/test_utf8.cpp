#include "text/utf8.hpp"

#include <doctest/doctest.h>

using namespace conflictmap::text;

TEST_CASE("valid UTF-8 in several scripts passes unchanged") {
    const std::string s =
        "Kirkuk \xD9\x83\xD8\xB1\xD9\x83\xD9\x88\xD9\x83 Mexm\xC3\xBBr \xF0\x9F\x9A\x80";
    CHECK(is_valid_utf8(s));
    std::size_t n = 99;
    CHECK(sanitize_utf8(s, &n) == s);
    CHECK(n == 0);
}

TEST_CASE("invalid bytes become U+FFFD, one per bad byte") {
    std::size_t n = 0;
    CHECK(sanitize_utf8("a\xFF"
                        "b",
                        &n) == "a\xEF\xBF\xBD"
                               "b");
    CHECK(n == 1);
    CHECK(sanitize_utf8("\xC0\xAF", &n) == "\xEF\xBF\xBD\xEF\xBF\xBD"); // overlong '/'
    CHECK(n == 2);
    CHECK(sanitize_utf8("\xED\xA0\x80", &n).size() == 9); // a surrogate: 3 replacements
    CHECK(sanitize_utf8(std::string("x\0y", 3), &n) == "x\xEF\xBF\xBDy");
    CHECK_FALSE(is_valid_utf8("\xE2\x82"));
}

TEST_CASE("decode and encode round-trip code points") {
    for (char32_t cp : {U'A', U'\u00FB', U'\u0643', U'\u20AC', U'\U0001F680'}) {
        std::string s;
        append_utf8(s, cp);
        std::size_t pos = 0;
        CHECK(decode_utf8(s, pos) == cp);
        CHECK(pos == s.size());
    }
}

TEST_CASE("truncation never splits a character") {
    const std::string s = "ab\xD9\x83"; // "ab" + Arabic kaf (2 bytes)
    CHECK(truncate_utf8(s, 3) == "ab");
    CHECK(truncate_utf8(s, 4) == s);
    CHECK(truncate_utf8(s, 10) == s);
}
