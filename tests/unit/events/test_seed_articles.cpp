// The two seed articles in ../shared/seeds (third-party text: read at test time, never copied
// into the project) must give the events of ../shared/seeds/expected.md. Skipped, with a
// message, where shared/ is not beside the source tree.
#include "embedded_extractor.hpp"
#include "geo/geodesy.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace conflictmap;
using namespace conflictmap::events;

namespace {
const fs::path kSeeds = fs::path(CONFLICTMAP_SOURCE_DIR) / ".." / "shared" / "seeds";

std::optional<std::vector<EventRecord>> seed_events(const std::string& name, Date published) {
    const fs::path p = kSeeds / (name + ".txt");
    if (!fs::exists(p)) {
        return std::nullopt;
    }
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    io::Article a;
    a.id = name;
    a.text = ss.str();
    a.published = published;
    return testing::embedded_extractor().extract(a).events;
}

double km(const EventRecord& e, double lat, double lon) {
    if (!e.latitude) {
        return 1e9;
    }
    return geo::geodesic_distance_m({*e.latitude, *e.longitude}, {lat, lon}) / 1000.0;
}

const EventRecord* near(const std::vector<EventRecord>& events, double lat, double lon,
                        double max_km) {
    for (const auto& e : events) {
        if (km(e, lat, lon) <= max_km) {
            return &e;
        }
    }
    return nullptr;
}

void check_no_event_near(const std::vector<EventRecord>& events, const char* what, double lat,
                         double lon) {
    INFO("no event may be placed at ", what);
    CHECK(near(events, lat, lon, 30.0) == nullptr);
}
} // namespace

TEST_CASE("seed 000: the rocket attack on K-1, not Kirkuk city, and the background attacks") {
    const auto events = seed_events("000_b461493a8d6bccdb", Date{2019, 12, 28});
    if (!events) {
        MESSAGE("SKIPPED: ../shared/seeds is not beside the source tree");
        return;
    }
    const auto* k1 = near(*events, 35.5125, 44.2842, 2.0);
    REQUIRE(k1 != nullptr);
    CHECK(k1->location == "K-1 Air Base");
    CHECK(k1->geo_precision == 1);
    CHECK(k1->event_date == Date{2019, 12, 27});
    CHECK(k1->time_precision == 1);
    CHECK(k1->event_type == "Explosions/Remote violence");
    CHECK(k1->sub_event_type == "Shelling/artillery/missile attack");
    CHECK(k1->fatalities == 1);
    CHECK(k1->disputed);
    CHECK_FALSE(k1->background);

    const auto* biap = near(*events, 33.262, 44.234, 15.0);
    REQUIRE(biap != nullptr);
    CHECK(biap->geo_precision == 2);
    CHECK(biap->event_type == "Explosions/Remote violence");
    CHECK(biap->fatalities == 0);
    CHECK(biap->background);
    CHECK(biap->event_date.value().month == 12);
    CHECK(biap->time_precision == 3);
    CHECK_FALSE(biap->disputed);

    check_no_event_near(*events, "Washington", 38.8951, -77.0364);
    check_no_event_near(*events, "Tehran", 35.6944, 51.4215);
    check_no_event_near(*events, "Britain", 54.31, -1.91);
    check_no_event_near(*events, "Syria", 34.86, 38.55);
}

TEST_CASE("seed 002: Makhmour, Ain al-Asad, the Baghdad airport strike, the Wednesday attack") {
    const auto events = seed_events("002_1eaea317e24b9560", Date{2020, 3, 12});
    if (!events) {
        MESSAGE("SKIPPED: ../shared/seeds is not beside the source tree");
        return;
    }
    const auto* makhmour = near(*events, 35.7762, 43.5797, 12.0);
    REQUIRE(makhmour != nullptr);
    CHECK(makhmour->event_date == Date{2020, 3, 8});
    CHECK(makhmour->event_type == "Battles");
    CHECK(makhmour->sub_event_type == "Armed clash");
    CHECK(makhmour->fatalities == 2);
    CHECK(makhmour->disputed);

    const auto* asad = near(*events, 33.7812, 42.4369, 3.0);
    REQUIRE(asad != nullptr);
    CHECK(asad->sub_event_type == "Shelling/artillery/missile attack");
    CHECK(asad->fatalities == 0);
    CHECK(asad->injuries == 100);
    CHECK_FALSE(asad->event_date.has_value());
    CHECK_FALSE(asad->disputed);

    const auto* biap = near(*events, 33.262, 44.234, 3.0);
    REQUIRE(biap != nullptr);
    CHECK(biap->sub_event_type == "Air/drone strike");
    CHECK(biap->fatalities >= 1);

    bool kirkuk_background = false, wednesday = false;
    for (const auto& e : *events) {
        if (km(e, 35.4681, 44.3922) < 30 && e.geo_precision == 2 && e.fatalities == 1 &&
            e.event_date && e.event_date->year == 2019 && e.event_date->month == 12 &&
            e.time_precision == 3 && e.disputed && e.background) {
            kirkuk_background = true;
        }
        if (e.event_date == Date{2020, 3, 11} && e.fatalities == 3 &&
            e.event_type == "Explosions/Remote violence" &&
            (!e.latitude || (e.geo_precision == 3 && e.country_code == "IQ"))) {
            wednesday = true;
        }
    }
    CHECK(kirkuk_background);
    CHECK(wednesday);

    check_no_event_near(*events, "Dover", 39.1582, -75.5244);
    check_no_event_near(*events, "Washington", 38.8951, -77.0364);
    check_no_event_near(*events, "Tehran", 35.6944, 51.4215);
}
