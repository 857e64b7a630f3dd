#include "text/json_string.hpp"
#include "text/utf8.hpp"

#include <cmath>
#include <cstring>
#include <doctest/doctest.h>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

using namespace conflictmap::text;

namespace {

std::string written(std::string_view s) {
    std::string out = "x";
    REQUIRE(append_json_string(s, out));
    return out.substr(1);
}

std::string written(double v) {
    std::string out;
    append_json_number(v, out);
    return out;
}

/// A random string of code points from every class dump() treats apart: control characters,
/// the quote and backslash, printable ASCII, DEL, and 2-, 3- and 4-byte sequences.
std::string random_utf8(std::mt19937_64& rng) {
    std::string s;
    const std::size_t n = rng() % 40;
    for (std::size_t i = 0; i < n; ++i) {
        switch (rng() % 6) {
        case 0:
            s += static_cast<char>(rng() % 0x20);
            break;
        case 1:
            s += "\"\\/\x7F"[rng() % 4];
            break;
        case 2:
        case 3:
            s += static_cast<char>(0x20 + rng() % 0x5F);
            break;
        default: {
            const std::uint32_t ranges[][2] = {
                {0x80, 0x7FF}, {0x800, 0xD7FF}, {0xE000, 0xFFFF}, {0x10000, 0x10FFFF}};
            const auto& r = ranges[rng() % 4];
            const auto cp = static_cast<char32_t>(r[0] + rng() % (r[1] - r[0] + 1));
            append_utf8(s, cp);
        }
        }
    }
    return s;
}

} // namespace

TEST_CASE("strings are escaped as nlohmann::json's dump() escapes them") {
    CHECK(written("plain") == "\"plain\"");
    CHECK(written("a \"q\" \\ / \b\f\n\r\t \x01\x1F\x7F") ==
          "\"a \\\"q\\\" \\\\ / \\b\\f\\n\\r\\t \\u0001\\u001f\x7F\"");
    CHECK(written(std::string("nul \0 inside", 12)) == "\"nul \\u0000 inside\"");
    CHECK(written("Mexm\xC3\xBBr \xE2\x80\x99 \xF0\x9F\x98\x80") ==
          "\"Mexm\xC3\xBBr \xE2\x80\x99 \xF0\x9F\x98\x80\"");
    // Every byte alone, and random strings long enough for the 8-byte steps.
    for (int c = 0; c < 0x80; ++c) {
        const std::string s(1, static_cast<char>(c));
        CAPTURE(c);
        CHECK(written(s) == nlohmann::json(s).dump());
    }
    std::mt19937_64 rng(7);
    for (int i = 0; i < 3000; ++i) {
        const auto s = random_utf8(rng);
        CAPTURE(s);
        CHECK(written(s) == nlohmann::json(s).dump());
    }
}

TEST_CASE("a string that is not UTF-8 is refused, where dump() throws") {
    for (const std::string s : {"bad \xFF byte", "overlong \xC0\xAF", "surrogate \xED\xA0\x80",
                                "cut \xE2\x80", "past U+10FFFF \xF4\x90\x80\x80"}) {
        CAPTURE(s);
        std::string out = "kept";
        CHECK_FALSE(append_json_string(s, out));
        CHECK(out == "kept");
        CHECK_THROWS_AS(static_cast<void>(nlohmann::json(s).dump()), nlohmann::json::type_error);
    }
}

TEST_CASE("numbers are written as nlohmann::json's dump() writes them") {
    CHECK(written(44.0) == "44.0");
    CHECK(written(35.5125) == "35.5125");
    CHECK(written(-0.0) == "-0.0");
    CHECK(written(1e21) == "1e+21");
    CHECK(written(1.5e-7) == "1.5e-07");
    CHECK(written(std::numeric_limits<double>::quiet_NaN()) == "null");
    CHECK(written(std::numeric_limits<double>::infinity()) == "null");
    std::mt19937_64 rng(11);
    for (int i = 0; i < 20000; ++i) {
        double v = 0;
        if (i % 2 == 0) {
            const std::uint64_t bits = rng();
            std::memcpy(&v, &bits, sizeof v);
        } else {
            v = std::round(std::uniform_real_distribution<double>(-180, 180)(rng) * 1e7) / 1e7;
        }
        CAPTURE(v);
        CHECK(written(v) == nlohmann::json(v).dump());
    }
}
