#include "geo/areas.hpp"
#include "geo/geos_bridge.hpp"

#include <doctest/doctest.h>
#include <map>

using namespace conflictmap::geo;

TEST_CASE("iraq_admin1 has the 18 governorates with names and codes") {
    const AreaLayer& layer = iraq_admin1();
    REQUIRE(layer.features.size() == 18);
    const std::map<std::string, std::pair<std::string, std::string>> expected = {
        {"01", {"Anbar", "IQ-AN"}},        {"02", {"Basra", "IQ-BA"}},
        {"03", {"Muthanna", "IQ-MU"}},     {"04", {"Qadisiyah", "IQ-QA"}},
        {"05", {"Sulaymaniyah", "IQ-SU"}}, {"06", {"Babil", "IQ-BB"}},
        {"07", {"Baghdad", "IQ-BG"}},      {"08", {"Duhok", "IQ-DA"}},
        {"09", {"Dhi Qar", "IQ-DQ"}},      {"10", {"Diyala", "IQ-DI"}},
        {"11", {"Erbil", "IQ-AR"}},        {"12", {"Karbala", "IQ-KA"}},
        {"13", {"Kirkuk", "IQ-KI"}},       {"14", {"Maysan", "IQ-MA"}},
        {"15", {"Nineveh", "IQ-NI"}},      {"16", {"Wasit", "IQ-WA"}},
        {"17", {"Najaf", "IQ-NA"}},        {"18", {"Salah al-Din", "IQ-SD"}},
    };
    std::map<std::string, std::string> kri;
    for (const auto& f : layer.features) {
        const std::string code = f.text("admin1_code");
        INFO("admin1_code " << code);
        REQUIRE(expected.count(code) == 1);
        CHECK(f.text("name") == expected.at(code).first);
        CHECK(f.text("iso_3166_2") == expected.at(code).second);
        CHECK(f.text("fips") == "IZ" + code);
        CHECK_FALSE(f.text("name_ar").empty());
        CHECK_FALSE(f.text("natural_earth_name").empty());
        CHECK(std::holds_alternative<MultiPolygon>(f.geometry));
        kri[f.text("name")] = f.text("kri");
    }
    CHECK(kri["Duhok"] == "true");
    CHECK(kri["Erbil"] == "true");
    CHECK(kri["Sulaymaniyah"] == "true");
    CHECK(kri["Kirkuk"] == "false");
    CHECK(kri["Nineveh"] == "false");
    // Natural Earth's own names are kept for traceability.
    for (const auto& f : layer.features) {
        if (f.text("admin1_code") == "13") {
            CHECK(f.text("natural_earth_name") == "At-Ta'mim");
            CHECK(f.text("name_ku") == "Kerkûk");
            CHECK(f.text("name_ar") == "كركوك");
        }
    }
}

TEST_CASE("iraq_admin1 polygons are valid, counter-clockwise and tile Iraq") {
    const AreaLayer& layer = iraq_admin1();
    GeosContext ctx;
    double total = 0;
    for (const auto& f : layer.features) {
        const auto& mp = std::get<MultiPolygon>(f.geometry);
        auto g = to_geos(ctx, mp);
        CHECK(GEOSisValid_r(ctx.get(), g.get()) == 1);
        for (const auto& p : mp) {
            double twice_area = 0;
            const Ring& r = p.rings[0];
            for (std::size_t i = 1; i < r.size(); ++i) {
                twice_area += (r[i - 1][0] * r[i][1]) - (r[i][0] * r[i - 1][1]);
            }
            CHECK(twice_area > 0); // RFC 7946: exterior rings counter-clockwise
        }
        total += geodesic_area_km2(mp);
    }
    // Natural Earth's Iraq: 437,300 km² (the official figure is about 435,000).
    CHECK(total == doctest::Approx(437307).epsilon(0.001));
}

TEST_CASE("places fall in the right governorate") {
    const PointInPolygonIndex index(iraq_admin1());
    const auto governorate = [&](double lat, double lon) {
        const long i = index.find(lon, lat);
        return i < 0 ? std::string("none")
                     : iraq_admin1().features[static_cast<std::size_t>(i)].text("name");
    };
    CHECK(governorate(35.4681, 44.3922) == "Kirkuk");
    CHECK(governorate(36.1926, 44.0106) == "Erbil");
    CHECK(governorate(36.335, 43.11889) == "Nineveh"); // Mosul
    CHECK(governorate(33.3406, 44.4009) == "Baghdad");
    CHECK(governorate(30.5085, 47.7804) == "Basra");
    CHECK(governorate(33.7812, 42.4369) == "Anbar"); // Ain al-Asad
    CHECK(governorate(35.56496, 45.4329) == "Sulaymaniyah");
    CHECK(governorate(35.1778, 45.9861) == "Sulaymaniyah"); // Halabja: inside Natural Earth's
    CHECK(governorate(36.8671, 42.9885) == "Duhok");
    CHECK(governorate(34.6158, 43.6786) == "Salah al-Din"); // Tikrit
    CHECK(governorate(39.1582, -75.5244) == "none");        // Dover, Delaware
}
