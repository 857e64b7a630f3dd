// Sites of the embedded gazetteer that Iraq conflict news names as event places (bases, gas
// fields, camps for displaced people, border crossings, prisons): each name finds its row at
// the row's point, and the zones of Turkey's operations along the border lie inside Iraq.
#include "gazetteer/gazetteer.hpp"
#include "geo/areas.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace conflictmap;
using namespace conflictmap::gazetteer;

namespace {

const Gazetteer& embedded() {
    static const Gazetteer g = Gazetteer::open();
    return g;
}

/// The admin1 code of the Natural Earth governorate holding a point ("" outside Iraq).
std::string governorate_at(double lat, double lon) {
    static const geo::PointInPolygonIndex index(geo::iraq_admin1());
    const long i = index.find(lon, lat);
    return i < 0 ? std::string()
                 : geo::iraq_admin1().features[static_cast<std::size_t>(i)].text("admin1_code");
}

} // namespace

TEST_CASE("the sites news names as event places resolve to their rows") {
    const Gazetteer& g = embedded();
    struct Site {
        const char* query;
        const char* name;
        const char* feature_code;
        double lat;
        double lon;
    };
    for (const Site& s : {
             Site{"Camp Besmaya", "Camp Besmaya", "MILB", 33.15, 44.68},
             Site{"Besmaya Range Complex", "Camp Besmaya", "MILB", 33.15, 44.68},
             Site{"Khor Mor gas field", "Khor Mor Gas Field", "GASF", 35.25, 44.73},
             Site{"Kormor", "Khor Mor Gas Field", "GASF", 35.25, 44.73},
             Site{"Bai Hassan oil field", "Bai Hassan Oil Field", "OILF", 35.62, 44.08},
             Site{"Jeddah 5 camp", "Jeddah Camps", "CMPRF", 35.75, 43.22},
             Site{"Hasansham U3", "Hasansham Camp", "CMPRF", 36.29, 43.57},
             Site{"Trebil border crossing", "Trebil Border Crossing", "PSTB", 33.0, 38.91},
             Site{"Bashmakh", "Bashmakh Border Crossing", "PSTB", 35.61, 45.99},
             Site{"Badush prison", "Badush Prison", "PRN", 36.41528, 42.97139},
             Site{"BDSC", "Baghdad Diplomatic Support Center", "MILB", 33.27, 44.25},
             Site{"Victoria base", "Camp Victory", "MILB", 33.28, 44.255},
             Site{"Camp Ashraf", "Camp Ashraf", "CMP", 33.97, 44.53},
             Site{"Camp New Iraq", "Camp Ashraf", "CMP", 33.97, 44.53},
         }) {
        INFO(s.query);
        const auto m = g.geocode(s.query);
        REQUIRE_FALSE(m.empty());
        const auto f = g.facts(m[0].place);
        CHECK(f.name == s.name);
        CHECK(f.feature_code == s.feature_code);
        CHECK(geodesic_distance_km(f.lat, f.lon, s.lat, s.lon) < 0.5);
    }
}

TEST_CASE("a site's bare name does not take a town's or a bigger place's") {
    const Gazetteer& g = embedded();
    // The Jeddah displacement camps south of Qayyarah: the bare name is the Saudi city.
    const auto jeddah = g.geocode("Jeddah");
    REQUIRE_FALSE(jeddah.empty());
    CHECK(g.facts(jeddah[0].place).country_code == "SA");
    // Debaga camp beside Debaga: the bare name is the town (a sub-district seat).
    const auto debaga = g.geocode("Debaga");
    REQUIRE_FALSE(debaga.empty());
    CHECK(g.facts(debaga[0].place).feature_class == 'P');
    // The Fishkhabour crossing is the village's row (no crossing row to take its name).
    const auto fish = g.geocode("Faysh Khabur");
    REQUIRE_FALSE(fish.empty());
    CHECK(g.facts(fish[0].place).feature_code == "PPL");
}

TEST_CASE("the zones of Turkey's operations in Duhok and Erbil lie inside Iraq") {
    const Gazetteer& g = embedded();
    // The Zap point once lay about 8 km inside Turkey (37.28, 43.82).
    struct Zone {
        const char* name;
        const char* admin1;
    };
    for (const Zone& z :
         {Zone{"Zap", "08"}, Zone{"Haftanin", "08"}, Zone{"Metina", "08"},
          Zone{"Avashin-Basyan", "11"}, Zone{"Hakurk", "11"}, Zone{"Khwakurk", "11"}}) {
        INFO(z.name);
        const auto m = g.geocode(z.name);
        REQUIRE_FALSE(m.empty());
        const auto f = g.facts(m[0].place);
        CHECK(f.feature_code == "RGN");
        CHECK(f.admin1_code == z.admin1);
        CHECK(governorate_at(f.lat, f.lon) == z.admin1);
    }
    const auto zap = g.facts(g.geocode("Zap region")[0].place);
    CHECK(geodesic_distance_km(zap.lat, zap.lon, 37.28, 43.82) > 10.0);
}

TEST_CASE("a big city abroad is itself, never a spelling variant of an Iraqi place") {
    const Gazetteer& g = embedded();
    struct City {
        const char* query;
        const char* country;
        double lat;
        double lon;
    };
    // Before world_cities.tsv these were Tayaran Square, Mishahda, Al-Midaina, Monaco, Camp
    // Taji, London and Sanandaj.
    for (const City& c : {
             City{"Turin", "IT", 45.07, 7.687},
             City{"Mashhad", "IR", 36.297, 59.606},
             City{"Medina", "SA", 24.468, 39.614},
             City{"Munich", "DE", 48.137, 11.575},
             City{"Chicago", "US", 41.850, -87.650},
             City{"Lyon", "FR", 45.748, 4.847},
             City{"San Diego", "US", 32.715, -117.157},
             City{"Istanbul", "TR", 41.014, 28.950},
         }) {
        INFO(c.query);
        const auto m = g.geocode(c.query);
        REQUIRE_FALSE(m.empty());
        const auto f = g.facts(m[0].place);
        CHECK(f.country_code == c.country);
        CHECK(geodesic_distance_km(f.lat, f.lon, c.lat, c.lon) < 10.0);
    }
    // A city abroad never takes an Iraqi place's name or alternate: Samarra's "Samara", Akre's
    // "Agra", and the Iraqi Yathrib and Iskandariya (GeoNames alternates of Medina and
    // Alexandria) stay in Iraq.
    for (const char* q : {"Samara", "Agra", "Yathrib", "Iskandariya"}) {
        INFO(q);
        const auto m = g.geocode(q);
        REQUIRE_FALSE(m.empty());
        CHECK(g.facts(m[0].place).country_code == "IQ");
    }
    // Nor one of its other languages' old forms that is an Iraqi word: "Kakai" (the Kaka'i)
    // is no Korean city.
    for (const auto& m : g.geocode("Kakai")) {
        CHECK(g.facts(m.place).country_code != "KP");
    }
}
