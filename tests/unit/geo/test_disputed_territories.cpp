#include "core/error.hpp"
#include "geo/area_layer_io.hpp"
#include "geo/areas.hpp"
#include "geo/disputed_layers.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

namespace fs = std::filesystem;
using namespace conflictmap;
using namespace conflictmap::geo;

namespace {

const DisputedTerritories& listed() {
    static const DisputedTerritories layer = DisputedTerritories::embedded();
    return layer;
}
const DisputedTerritories& with_claims() {
    static const DisputedTerritories layer = DisputedTerritories::embedded(true);
    return layer;
}

std::string area_at(const DisputedTerritories& layer, double lat, double lon) {
    const auto t = layer.tag(lat, lon);
    return t.disputed ? t.area.value_or("?") : std::string("-");
}

fs::path fresh_dir(const char* name) {
    const fs::path p = fs::temp_directory_path() / name;
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}

} // namespace

TEST_CASE("the embedded layer lists UNAMI's 15 areas, extended claims add 4") {
    const auto& areas = listed().areas();
    REQUIRE(areas.features.size() == 15);
    CHECK(areas.name == "disputed_territories");
    CHECK(areas.features.front().text("name") == "Sinjar");
    CHECK(areas.features.back().text("name") == "Mandali");
    for (const auto& f : areas.features) {
        INFO(f.text("name"));
        CHECK(f.text("extended_claim") == "false");
        CHECK(f.text("basis") == "UNAMI 2009 DIBs report");
        CHECK(f.text("method") == "voronoi of seats within Natural Earth governorate");
        CHECK_FALSE(f.text("pcode").empty());
        CHECK_FALSE(f.text("name_ar").empty());
        CHECK_FALSE(f.text("name_ku").empty());
        const auto* area = f.attribute("area_km2");
        REQUIRE(area != nullptr);
        CHECK(std::get<double>(*area) > 300);
        CHECK(std::get<double>(*area) < 10000);
        CHECK(std::holds_alternative<MultiPolygon>(f.geometry));
    }
    CHECK(areas.features[14].text("pcode") == "IQG10Q03N01");
    CHECK(areas.features[14].text("level") == "sub-district");
    CHECK(with_claims().areas().features.size() == 19);
    CHECK(with_claims().areas().features[15].text("name") == "Bashiqa");
    CHECK(with_claims().areas().features[15].text("extended_claim") == "true");
}

TEST_CASE("the outline and the Kurdistan Region boundary are there") {
    REQUIRE(listed().outline().features.size() == 1);
    const double outline_km2 =
        std::get<double>(*listed().outline().features[0].attribute("area_km2"));
    double sum = 0;
    for (const auto& f : listed().areas().features) {
        sum += std::get<double>(*f.attribute("area_km2"));
    }
    CHECK(outline_km2 == doctest::Approx(sum).epsilon(0.001)); // the areas do not overlap
    CHECK(outline_km2 > 35000);
    CHECK(outline_km2 < 45000);
    const double with_claims_km2 =
        std::get<double>(*with_claims().outline().features[0].attribute("area_km2"));
    CHECK(with_claims_km2 > outline_km2);
    REQUIRE(listed().kri_boundary().features.size() == 1);
    CHECK(std::holds_alternative<MultiLineString>(listed().kri_boundary().features[0].geometry));
    CHECK(listed().kri_boundary().name == "kri_boundary");
    // The Region: Duhok + Erbil + Sulaymaniyah (Natural Earth, 38,231 km²) minus Makhmour.
    REQUIRE(listed().kri_region().features.size() == 1);
    CHECK(listed().kri_region().name == "kri_region");
    const double kri_km2 =
        std::get<double>(*listed().kri_region().features[0].attribute("area_km2"));
    double makhmour_km2 = 0;
    for (const auto& f : listed().areas().features) {
        if (f.text("name") == "Makhmour") {
            makhmour_km2 = std::get<double>(*f.attribute("area_km2"));
        }
    }
    CHECK(kri_km2 + makhmour_km2 == doctest::Approx(38231).epsilon(0.001));
}

TEST_CASE("known places are tagged right") {
    const auto& d = listed();
    CHECK(area_at(d, 35.4681, 44.3922) == "Kirkuk");      // Kirkuk city
    CHECK(area_at(d, 35.5125, 44.2842) == "Kirkuk");      // K-1 air base
    CHECK(area_at(d, 35.4695, 44.3491) == "Kirkuk");      // Kirkuk airport
    CHECK(area_at(d, 35.7762, 43.5797) == "Makhmour");    // Makhmour town
    CHECK(area_at(d, 36.3209, 41.87656) == "Sinjar");     // Sinjar town
    CHECK(area_at(d, 36.37913, 42.44806) == "Tal Afar");  // Tal Afar
    CHECK(area_at(d, 36.49118, 43.12114) == "Tel Kaif");  // Tel Kaif
    CHECK(area_at(d, 36.27093, 43.37758) == "Hamdaniya"); // Qaraqosh
    CHECK(area_at(d, 36.69595, 43.35202) == "Sheikhan");  // Ain Sifni
    CHECK(area_at(d, 36.76038, 43.89428) == "Akre");      // Akre
    CHECK(area_at(d, 35.32592, 43.77267) == "Hawija");    // Hawija
    CHECK(area_at(d, 35.67482, 44.07067) == "Dibis");     // Dibis
    CHECK(area_at(d, 35.13923, 44.44907) == "Daquq");     // Daquq
    CHECK(area_at(d, 34.88808, 44.63256) == "Tuz Khurmatu");
    CHECK(area_at(d, 34.68963, 44.96057) == "Kifri");
    CHECK(area_at(d, 34.3482, 45.39065) == "Khanaqin");
    CHECK(area_at(d, 33.7481, 45.55503) == "Mandali");

    CHECK(area_at(d, 36.335, 43.11889) == "-");   // Mosul city
    CHECK(area_at(d, 35.79933, 43.29447) == "-"); // Qayyarah (Mosul district)
    CHECK(area_at(d, 36.16, 43.26) == "-");       // Hammam al-Alil, west of the Tigris
    CHECK(area_at(d, 33.7812, 42.4369) == "-");   // Ain al-Asad
    CHECK(area_at(d, 33.69631, 45.07782) == "-"); // Baladruz, outside Mandali
    CHECK(area_at(d, 34.61581, 43.67861) == "-"); // Tikrit
    CHECK(area_at(d, 36.4540, 43.3500) == "-");   // Bashiqa: only an extended claim
}

TEST_CASE("the signed distance to the Kurdistan Region") {
    const auto& d = listed();
    const auto erbil = d.tag(36.1926, 44.0106);
    CHECK_FALSE(erbil.disputed);
    REQUIRE(erbil.kri_distance_km);
    CHECK(*erbil.kri_distance_km < 0);
    CHECK(*erbil.kri_distance_km > -60);
    const auto baghdad = d.tag(33.3406, 44.4009);
    CHECK_FALSE(baghdad.disputed);
    REQUIRE(baghdad.kri_distance_km);
    CHECK(*baghdad.kri_distance_km > 100);
    CHECK(*baghdad.kri_distance_km < 250);
    const auto kirkuk = d.tag(35.4681, 44.3922);
    REQUIRE(kirkuk.kri_distance_km);
    CHECK(*kirkuk.kri_distance_km > 5);
    CHECK(*kirkuk.kri_distance_km < 60);
    const auto duhok = d.tag(36.8671, 42.9885);
    REQUIRE(duhok.kri_distance_km);
    CHECK(*duhok.kri_distance_km < 0);
    const auto basra = d.tag(30.5085, 47.7804);
    REQUIRE(basra.kri_distance_km);
    CHECK(*basra.kri_distance_km > 500);
    // Makhmour is disputed, so outside the Region even though it is in Erbil governorate.
    const auto makhmour = d.tag(35.7762, 43.5797);
    REQUIRE(makhmour.kri_distance_km);
    CHECK(*makhmour.kri_distance_km > 0);
    // Far away: the geodesic fallback (Dover, Delaware is ~9,400 km from Iraq).
    const auto dover = d.tag(39.1582, -75.5244);
    CHECK_FALSE(dover.disputed);
    REQUIRE(dover.kri_distance_km);
    CHECK(*dover.kri_distance_km == doctest::Approx(9440).epsilon(0.01));
    // Not a coordinate.
    const auto bad = d.tag(std::nan(""), 44.0);
    CHECK_FALSE(bad.disputed);
    CHECK_FALSE(bad.kri_distance_km);
}

TEST_CASE("the metric plane's distances are those of the CRS-to-CRS operation it spells out") {
    // Values written by the release that created the projection from "EPSG:4326" and the LCC
    // CRS through PROJ's database; the written-out pipeline must give them to the last bit.
    const auto& d = listed();
    CHECK(d.tag(33.5294, 44.2775).kri_distance_km == 139.3253642462636);   // Camp Taji
    CHECK(d.tag(35.5125, 44.2842).kri_distance_km == 33.94418218961885);   // K-1 Air Base
    CHECK(d.tag(34.45226, 40.91854).kri_distance_km == 300.7224591627116); // Abu Kamal
}

TEST_CASE("extended claims are tagged only when asked for") {
    CHECK(area_at(with_claims(), 36.4540, 43.3500) == "Bashiqa");
    CHECK(area_at(with_claims(), 33.11508, 45.93344) == "Badra");
    CHECK(area_at(listed(), 33.11508, 45.93344) == "-");
    // A listed district still wins where a claim overlaps it (Zummar lies in Tal Afar).
    CHECK(area_at(with_claims(), 36.64, 42.73) == "Tal Afar");
    CHECK(area_at(with_claims(), 35.4681, 44.3922) == "Kirkuk");
}

TEST_CASE("tagging from two threads gives the same answers") {
    const auto& d = listed();
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> lat(33, 37.2), lon(41, 46.3);
    std::vector<std::pair<double, double>> points(3000);
    for (auto& p : points) {
        p = {lat(rng), lon(rng)};
    }
    std::vector<DisputedTag> expected;
    for (const auto& p : points) {
        expected.push_back(d.tag(p.first, p.second));
    }
    std::vector<std::size_t> mismatches(2, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 2; ++t) {
        threads.emplace_back([&, t] {
            for (std::size_t i = 0; i < points.size(); ++i) {
                const auto r = d.tag(points[i].first, points[i].second);
                if (r.disputed != expected[i].disputed || r.area != expected[i].area ||
                    r.kri_distance_km != expected[i].kri_distance_km) {
                    ++mismatches[t];
                }
            }
        });
    }
    for (auto& th : threads) {
        th.join();
    }
    CHECK(mismatches[0] == 0);
    CHECK(mismatches[1] == 0);
}

TEST_CASE("from_file reads what the layers writer wrote (GeoPackage and GeoJSON)") {
    const auto dir = fresh_dir("cm-disputed-roundtrip");
    DisputedLayers layers;
    layers.areas = with_claims().areas();
    layers.outline = with_claims().outline();
    layers.kri_region = listed().kri_region();
    layers.kri_boundary = listed().kri_boundary();
    write_disputed_layers(dir / "d.gpkg", layers, false);
    write_disputed_layers(dir / "d.geojson", layers, false);
    CHECK_THROWS_AS(write_disputed_layers(dir / "d.gpkg", layers, false), OutputError);

    for (const char* name : {"d.gpkg", "d.geojson"}) {
        INFO(name);
        const auto back = DisputedTerritories::from_file((dir / name).string());
        REQUIRE(back.areas().features.size() == 15);
        const auto back_claims = DisputedTerritories::from_file((dir / name).string(), true);
        CHECK(back_claims.areas().features.size() == 19);
        CHECK(back.areas().features[6].text("name") == "Makhmour");
        CHECK(back.areas().features[6].text("pcode") == "IQG11Q04");
        CHECK(back.areas().features[6].text("extended_claim") == "false");
        CHECK(back.areas().features[6].text("name_ku") == "Mexmûr");
        std::mt19937_64 rng(11);
        std::uniform_real_distribution<double> lat(33, 37.2), lon(41, 46.3);
        std::size_t differ = 0;
        for (int i = 0; i < 3000; ++i) {
            const double la = lat(rng), lo = lon(rng);
            const auto a = listed().tag(la, lo);
            const auto b = back.tag(la, lo);
            differ += (a.area != b.area || std::abs(a.kri_distance_km.value_or(0) -
                                                    b.kri_distance_km.value_or(0)) > 0.01)
                          ? 1
                          : 0;
        }
        CHECK(differ == 0);
        CHECK(area_at(back_claims, 36.4540, 43.3500) == "Bashiqa");
    }
}

TEST_CASE("from_file refuses what is not a disputed-territories layer") {
    const auto dir = fresh_dir("cm-disputed-bad");
    CHECK_THROWS_AS(DisputedTerritories::from_file((dir / "missing.gpkg").string()), InputError);
    {
        std::ofstream(dir / "noname.geojson")
            << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"x":1},)"
               R"("geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]})";
    }
    CHECK_THROWS_AS(DisputedTerritories::from_file((dir / "noname.geojson").string()), InputError);
    {
        std::ofstream(dir / "lines.geojson")
            << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a"},)"
               R"("geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}]})";
    }
    CHECK_THROWS_AS(DisputedTerritories::from_file((dir / "lines.geojson").string()), InputError);
    { std::ofstream(dir / "garbage.geojson") << "not json at all"; }
    CHECK_THROWS_AS(DisputedTerritories::from_file((dir / "garbage.geojson").string()), InputError);
}
