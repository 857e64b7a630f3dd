#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "gazetteer/geonames_reader.hpp"

#include <doctest/doctest.h>
#include <sstream>

using namespace conflictmap;
using namespace conflictmap::gazetteer;

namespace {

std::string row(const std::string& lat = "35.46806", const std::string& fclass = "P",
                const std::string& population = "1031000") {
    return "94787\tKirkuk\tKirkuk\tKerkuk,كركوك\t" + lat + "\t44.39222\t" + fclass +
           "\tPPLA\tIQ\t\t13\t94786\t\t\t" + population + "\t\t346\tAsia/Baghdad\t2023-02-08";
}

std::vector<GeonamesRow> read_all(const std::string& content, const RowPolicy& policy = {},
                                  ReadCounts* counts = nullptr) {
    std::vector<GeonamesRow> rows;
    const auto c = read_geonames_rows(content, "places.tsv", policy,
                                      [&](const GeonamesRow& r) { rows.push_back(r); });
    if (counts != nullptr) {
        *counts = c;
    }
    return rows;
}

Error read_error(const std::string& content) {
    try {
        read_all(content);
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error");
    return Error(ErrorKind::internal, "unreachable");
}

} // namespace

TEST_CASE("a GeoNames row is read field by field") {
    const std::string content = row() + "\n"; // rows point into it
    const auto rows = read_all(content);
    REQUIRE(rows.size() == 1);
    const auto& r = rows[0];
    CHECK(r.id == 94787);
    CHECK(r.name == "Kirkuk");
    CHECK(r.alternate_names == "Kerkuk,كركوك");
    CHECK(r.lat == doctest::Approx(35.46806));
    CHECK(r.lon == doctest::Approx(44.39222));
    CHECK(r.feature_class == 'P');
    CHECK(r.feature_code == "PPLA");
    CHECK(r.country_code == "IQ");
    CHECK(r.admin1_code == "13");
    CHECK(r.admin2_code == "94786");
    CHECK(r.population == 1031000);
}

TEST_CASE("blank lines, comments, a header line and CRLF endings are accepted") {
    const std::string content = "geonameid\tname\n# a comment\n\n" + row() + "\r\n" + row() + "\n";
    CHECK(read_all(content).size() == 2);
    CHECK(read_all(row()).size() == 1); // no final newline
}

TEST_CASE("malformed rows name file:line:column and the field") {
    SUBCASE("latitude out of range") {
        const Error e = read_error(row() + "\n" + row("95.5") + "\n");
        CHECK(e.kind() == ErrorKind::input);
        CHECK(e.context().file == "places.tsv");
        CHECK(e.context().line == 2);
        const auto column = row("95.5").find("95.5") + 1; // where the latitude field starts
        CHECK(e.context().column == column);
        CHECK(e.context().field == "latitude");
        CHECK(std::string(e.what()).find("places.tsv:2:" + std::to_string(column) +
                                         ": field 'latitude'") == 0);
    }
    SUBCASE("not a number") {
        const Error e = read_error(row("north"));
        CHECK(e.context().field == "latitude");
        CHECK(e.message().find("'north' is not a number") != std::string::npos);
    }
    SUBCASE("too few fields") {
        const Error e = read_error("94787\tKirkuk\tKirkuk\n");
        CHECK(e.context().line == 1);
        CHECK(e.message().find("expected 19 tab-separated fields") != std::string::npos);
        CHECK(e.message().find("found 3") != std::string::npos);
    }
    SUBCASE("too many fields") {
        const Error e = read_error(row() + "\textra\n");
        CHECK(e.message().find("found 20") != std::string::npos);
    }
    SUBCASE("bad feature class, negative population, bad id, empty name, bad country") {
        CHECK(read_error(row("35.4", "Q")).context().field == "feature class");
        CHECK(read_error(row("35.4", "P", "-5")).context().field == "population");
        std::string bad_id = row();
        bad_id.replace(0, 5, "9x787");
        CHECK(read_error(bad_id).context().field == "geonameid");
        std::string no_name = row();
        no_name.replace(6, 6, "");
        CHECK(read_error(no_name).context().field == "name");
        std::string country = row();
        country.replace(country.find("\tIQ\t"), 4, "\tIRQ\t");
        CHECK(read_error(country).context().field == "country code");
    }
    SUBCASE("invalid UTF-8 points at the bad byte") {
        std::string bad = row();
        bad.replace(6, 1, "\xFF");
        const Error e = read_error(bad);
        CHECK(e.context().column == 7);
        CHECK(e.message() == "invalid UTF-8");
    }
}

TEST_CASE("with skip_bad, malformed rows are skipped, counted and reported") {
    std::ostringstream err;
    Diagnostics diagnostics(err);
    ReadCounts counts;
    const auto rows = read_all(row() + "\n" + row("x") + "\n" + row() + "\nbroken\n",
                               {true, &diagnostics}, &counts);
    CHECK(rows.size() == 2);
    CHECK(counts.rows == 2);
    CHECK(counts.skipped == 2);
    CHECK(diagnostics.counts().at("malformed-gazetteer-row") == 2);
    const auto column = row("x").find("\tx\t") + 2;
    CHECK(err.str().find("places.tsv:2:" + std::to_string(column) + ": field 'latitude'") !=
          std::string::npos);
    CHECK(err.str().find("places.tsv:4:") != std::string::npos);
}

TEST_CASE("admin code tables and alternate names") {
    std::vector<AdminCodeRow> admins;
    read_admin_codes(
        "IQ.13\tKirkuk\tKirkuk\t94823\nIQ.13.94786\tKirkuk District\tKirkuk District\t\n",
        "admin.txt", {}, [&](const AdminCodeRow& r) { admins.push_back(r); });
    REQUIRE(admins.size() == 2);
    CHECK(admins[0].code == "IQ.13");
    CHECK(admins[0].geonames_id == 94823);
    CHECK(admins[1].name == "Kirkuk District");
    CHECK_THROWS_AS(
        read_admin_codes("IQ13\tKirkuk\tKirkuk\t1\n", "admin.txt", {}, [](const AdminCodeRow&) {}),
        InputError);

    std::vector<AlternateNameRow> alternates;
    read_alternate_names("1\t94787\ten\tKirkuk\t1\t\t\t\t\t\n2\t94787\ticao\tORKK\t\t\t\t\n"
                         "3\t94787\t\tAt-Ta'mim\t\t\t\t1\t\t\n",
                         "alt.txt", {},
                         [&](const AlternateNameRow& r) { alternates.push_back(r); });
    REQUIRE(alternates.size() == 3);
    CHECK(alternates[0].preferred);
    CHECK(alternates[1].language == "icao");
    CHECK(alternates[2].historic);
    CHECK_THROWS_AS(read_alternate_names("1\t94787\ten\tKirkuk\t2\t\t\t\n", "alt.txt", {},
                                         [](const AlternateNameRow&) {}),
                    InputError);
}
