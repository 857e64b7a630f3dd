#include "fixture_gazetteer.hpp"
#include "gazetteer/gazetteer.hpp"

#include <doctest/doctest.h>
#include <map>
#include <thread>

using namespace conflictmap;
using namespace conflictmap::gazetteer;
using conflictmap::testing::fixture_gazetteer;
using conflictmap::testing::top_id;

TEST_CASE("normalisation rules, one fixture row at a time (tests/data/resolver)") {
    const auto& g = fixture_gazetteer();
    const auto rows = testing::read_table(testing::resolver_data() / "normalisation_variants.tsv");
    REQUIRE(rows.size() > 80);
    std::map<std::string, std::pair<int, int>> by_rule; // rule -> (passed, total)
    for (const auto& row : rows) {
        REQUIRE(row.size() == 3);
        const std::string& rule = row[0];
        const std::string& query = row[1];
        const std::int64_t expected = row[2] == "-" ? -1 : std::stoll(row[2]);
        const std::int64_t got = top_id(g, query);
        auto& [passed, total] = by_rule[rule];
        ++total;
        passed += got == expected ? 1 : 0;
        INFO("rule " << rule << ": '" << query << "'");
        CHECK(got == expected);
    }
    for (const auto& [rule, counts] : by_rule) {
        MESSAGE(rule << ": " << counts.first << "/" << counts.second);
    }
}

TEST_CASE("the seed places resolve first in the fixture gazetteer") {
    const auto& g = fixture_gazetteer();
    CHECK(top_id(g, "Kirkuk") == 94787);
    CHECK(top_id(g, "K1") == 2000000010);
    CHECK(top_id(g, "Ain Al Assad") == 2000000011);
    CHECK(top_id(g, "Makhmour") == 93818);
    CHECK(top_id(g, "Baghdad airport") == 2000000012);
    CHECK(top_id(g, "Anbar") == 2000000002);
    CHECK(top_id(g, "Dover DE") == 4142290);
}

TEST_CASE("scores mean what gazetteer.hpp says") {
    const auto& g = fixture_gazetteer();
    SUBCASE("a clean match of an important place scores near 1") {
        const auto m = g.geocode("Kirkuk");
        REQUIRE_FALSE(m.empty());
        CHECK(m[0].tier == MatchTier::exact);
        CHECK(m[0].kind == NameKind::preferred);
        CHECK(m[0].score > 0.95);
        CHECK(m[0].score <= 1.0);
        // The governorate of the same name follows the city, then the district.
        REQUIRE(m.size() >= 3);
        CHECK(g.facts(m[1].place).feature_code == "ADM1");
    }
    SUBCASE("scores are sorted, clean ones >= 0.5 and fuzzy ones < 0.5, fuzzy after clean") {
        for (const char* q : {"Kirkuk", "Kirkut", "Dover", "Samarna", "Baghdad airport"}) {
            GeocodeOptions options;
            options.limit = 20;
            const auto m = g.geocode(q, options);
            bool seen_fuzzy = false;
            for (std::size_t i = 0; i < m.size(); ++i) {
                CHECK(m[i].score >= 0.0);
                CHECK(m[i].score <= 1.0);
                if (i > 0) {
                    CHECK(m[i].score <= m[i - 1].score);
                }
                if (m[i].tier == MatchTier::fuzzy) {
                    seen_fuzzy = true;
                    CHECK(m[i].score < 0.5);
                } else {
                    CHECK_FALSE(seen_fuzzy);
                    CHECK(m[i].score >= 0.5);
                }
            }
        }
    }
    SUBCASE("a misspelling is a fuzzy match, below 0.5") {
        const auto m = g.geocode("Kirkut");
        REQUIRE_FALSE(m.empty());
        CHECK(m[0].tier == MatchTier::fuzzy);
        CHECK(m[0].score < 0.5);
        CHECK(m[0].score > 0.3);
    }
    SUBCASE("fuzzy can be switched off") {
        GeocodeOptions options;
        options.fuzzy = false;
        CHECK(g.geocode("Kirkut", options).empty());
    }
    SUBCASE("a designator asking for another type demotes a place") {
        const auto m = g.geocode("Baghdad airport");
        REQUIRE(m.size() >= 2);
        CHECK(g.facts(m[0].place).feature_code == "AIRP");
        CHECK(m[0].score > 0.9);
        for (std::size_t i = 1; i < m.size(); ++i) {
            CHECK(m[i].score < m[0].score - 0.1);
        }
    }
}

TEST_CASE("qualifiers and the country bias") {
    const auto& g = fixture_gazetteer();
    CHECK(top_id(g, "Dover") == 4142290); // PPLA over a PPL of similar size
    CHECK(top_id(g, "Dover, GB") == 2651048);
    CHECK(top_id(g, "Dover, United Kingdom") == 2651048);
    GeocodeOptions gb;
    gb.countries = {"GB"};
    CHECK(top_id(g, "Dover", gb) == 2651048);
    // A qualifier no place satisfies halves every score but keeps the order.
    const auto m = g.geocode("Kirkuk, Germany");
    REQUIRE_FALSE(m.empty());
    CHECK(g.facts(m[0].place).id == 94787);
    CHECK(m[0].score < 0.8);
}

TEST_CASE("limits, empty and hostile queries") {
    const auto& g = fixture_gazetteer();
    GeocodeOptions one;
    one.limit = 1;
    CHECK(g.geocode("Kirkuk", one).size() == 1);
    GeocodeOptions none;
    none.limit = 0;
    CHECK(g.geocode("Kirkuk", none).empty());
    CHECK(g.geocode("").empty());
    CHECK(g.geocode("   ,  , ").empty());
    CHECK(g.geocode("---").empty());
    CHECK(top_id(g, "Kirkuk\xFF") == 94787);
    // A 10 MB line: only the first 1024 bytes are read; no crash, no hang.
    const std::string huge = "Kirkuk " + std::string(10 * 1024 * 1024, 'x');
    CHECK_NOTHROW(g.geocode(huge));
    const std::string commas(10 * 1024 * 1024, ',');
    CHECK(g.geocode(commas).empty());
    std::string words;
    for (int i = 0; i < 200000; ++i) {
        words += "al ";
    }
    CHECK_NOTHROW(g.geocode(words));
}

TEST_CASE("geocode gives the same answers from many threads at once") {
    const auto& g = fixture_gazetteer();
    const auto rows = testing::read_table(testing::resolver_data() / "normalisation_variants.tsv");
    std::vector<std::int64_t> expected;
    for (const auto& row : rows) {
        expected.push_back(top_id(g, row[1]));
    }
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 5; ++round) {
                for (std::size_t i = 0; i < rows.size(); ++i) {
                    if (top_id(g, rows[i][1]) != expected[i]) {
                        ++mismatches[static_cast<std::size_t>(t)];
                    }
                }
            }
        });
    }
    for (auto& th : threads) {
        th.join();
    }
    for (int m : mismatches) {
        CHECK(m == 0);
    }
}
