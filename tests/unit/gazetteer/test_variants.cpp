// The quality bar of the resolver: the variant list of tests/data/gazetteer (real spellings of
// places in and around Iraq, many of them not listed in the gazetteer) run through
// `conflictmap geocode --format json`: the top match must lie within 12 km of the true place
// for at least 95% of the rows.
#include "cli/cli.hpp"
#include "fixture_gazetteer.hpp"
#include "gazetteer/gazetteer.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace conflictmap;

TEST_CASE("geocode puts the right place first for >= 95% of the variant list") {
    const auto rows = testing::read_table(std::filesystem::path(CONFLICTMAP_TEST_DATA) /
                                          "gazetteer" / "geocode_variants.tsv");
    REQUIRE(rows.size() > 100);
    std::string input;
    for (const auto& row : rows) {
        REQUIRE(row.size() >= 5);
        input += row[0] + "\n";
    }
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    cli::Streams io{in, out, err};
    REQUIRE(cli::run_cli({"geocode", "--format", "json", "--limit", "1"}, io) == 0);

    std::istringstream lines(out.str());
    std::string line;
    std::size_t i = 0;
    int good[2] = {0, 0}; // unlisted, listed
    int total[2] = {0, 0};
    while (std::getline(lines, line)) {
        REQUIRE(i < rows.size());
        const auto& row = rows[i++];
        const auto j = nlohmann::json::parse(line);
        CHECK(j.at("query") == row[0]);
        const int listed = row[4] == "yes" ? 1 : 0;
        ++total[listed];
        bool ok = false;
        if (!j.at("matches").empty()) {
            const auto& m = j.at("matches").at(0);
            const double d = gazetteer::geodesic_distance_km(m.at("lat").get<double>(),
                                                             m.at("lon").get<double>(),
                                                             std::stod(row[1]), std::stod(row[2]));
            ok = d <= 12.0;
            if (!ok) {
                MESSAGE("miss: '" << row[0] << "' -> " << m.at("name").get<std::string>() << " ("
                                  << static_cast<int>(d) << " km)");
            }
        } else {
            MESSAGE("miss: '" << row[0] << "' -> no match");
        }
        good[listed] += ok ? 1 : 0;
    }
    CHECK(i == rows.size());
    const int all_good = good[0] + good[1];
    const int all = total[0] + total[1];
    MESSAGE("within 12 km: " << all_good << "/" << all << " overall (" << 100.0 * all_good / all
                             << "%), listed " << good[1] << "/" << total[1] << ", unlisted "
                             << good[0] << "/" << total[0]);
    CHECK(all_good >= 0.95 * all);
}
