#include "core/error.hpp"
#include "events/event_json.hpp"

#include <doctest/doctest.h>

using namespace conflictmap;

namespace {
EventRecord sample_event() {
    EventRecord e;
    e.event_id = "k1-1";
    e.article_id = "k1";
    e.event_date = Date{2019, 12, 27};
    e.time_precision = 1;
    e.event_type = "Explosions/Remote violence";
    e.sub_event_type = "Shelling/artillery/missile attack";
    e.actor1 = "Unidentified Armed Group (Iraq)";
    e.actor2 = "Military Forces of the United States";
    e.fatalities = 1;
    e.injuries = 4;
    e.location = "K-1 Air Base";
    e.location_text = "K1 military base";
    e.admin1 = "Kirkuk";
    e.country_code = "IQ";
    e.latitude = 35.5125;
    e.longitude = 44.2842;
    e.geo_precision = 1;
    e.uncertainty_m = 1500;
    e.disputed = true;
    e.disputed_area = "Kirkuk";
    e.notes = "Rockets fell inside the base.";
    e.source = "Example Wire";
    e.article_ids = {"k1"};
    e.confidence = 0.9;
    return e;
}
} // namespace

TEST_CASE("a feature has a lon,lat Point and the contract properties in order") {
    const auto f = event_to_feature(sample_event());
    CHECK(f["type"] == "Feature");
    CHECK(f["geometry"]["coordinates"][0].get<double>() == doctest::Approx(44.2842));
    CHECK(f["geometry"]["coordinates"][1].get<double>() == doctest::Approx(35.5125));
    std::vector<std::string> keys;
    for (const auto& [k, v] : f["properties"].items()) {
        keys.push_back(k);
    }
    const auto& contract = event_property_names();
    REQUIRE(keys.size() >= contract.size());
    CHECK(std::vector<std::string>(keys.begin(),
                                   keys.begin() + static_cast<long>(contract.size())) == contract);
    CHECK(f["properties"]["event_date"] == "2019-12-27");
    CHECK(f["properties"]["disputed_area"] == "Kirkuk");
}

TEST_CASE("features round-trip through event_from_feature") {
    const auto e = sample_event();
    const auto back = event_from_feature(nlohmann::json::parse(event_to_feature(e).dump()));
    CHECK(back.event_id == e.event_id);
    CHECK(back.event_date == e.event_date);
    CHECK(back.time_precision == 1);
    CHECK(back.latitude.value() == doctest::Approx(35.5125));
    CHECK(back.longitude.value() == doctest::Approx(44.2842));
    CHECK(back.fatalities == 1);
    CHECK(back.injuries == 4);
    CHECK(back.disputed);
    CHECK(back.disputed_area == std::optional<std::string>("Kirkuk"));
    CHECK(back.uncertainty_m.value() == doctest::Approx(1500));
    CHECK(back.notes == e.notes);
}

TEST_CASE("an unlocated event has a null geometry and null coordinates") {
    auto e = sample_event();
    e.latitude.reset();
    e.longitude.reset();
    const auto f = event_to_feature(e);
    CHECK(f["geometry"].is_null());
    CHECK(f["properties"]["latitude"].is_null());
    CHECK(f["properties"]["geo_precision"].is_null());
    CHECK_FALSE(event_from_feature(nlohmann::json::parse(f.dump())).latitude);
}

TEST_CASE("bad property values are input errors naming the field") {
    auto f = nlohmann::json::parse(event_to_feature(sample_event()).dump());
    f["properties"]["fatalities"] = "one";
    try {
        event_from_feature(f, ErrorContext{"ev.geojsons", 3, 0, {}});
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) == "ev.geojsons:3: field 'fatalities': expected an integer");
    }
    f["properties"]["fatalities"] = 1;
    f["properties"]["event_date"] = "2019-02-30";
    CHECK_THROWS_AS(event_from_feature(f), InputError);
    f["properties"]["event_date"] = "2019-12-27";
    f["geometry"]["coordinates"] = {200.0, 10.0};
    CHECK_THROWS_AS(event_from_feature(f), InputError);
}

TEST_CASE("append_feature_json writes what event_to_feature's dump() writes") {
    std::vector<EventRecord> events;
    events.push_back(sample_event());
    events.push_back(EventRecord{}); // no date, unlocated, ids 0, no optionals
    auto e = sample_event();
    e.notes = "\"Quoted\" \\ line\nbreak\ttab \x01 Mexm\xC3\xBBr \xE2\x80\x99";
    e.latitude = -0.0;
    e.longitude = 44.0;
    e.uncertainty_m = 12.345678901;
    e.kri_distance_km = -3.25;
    e.place_id = 17;
    e.geonames_id = 98182;
    e.inter1 = 3;
    e.inter2 = 8;
    e.fatalities = -1;
    e.confidence = 0.12345;
    e.article_ids = {"a", "b\"c", ""};
    e.reference_location = "Kirkuk";
    e.reference_latitude = 35.4681;
    e.reference_longitude = 44.3922;
    e.event_date.reset();
    events.push_back(e);
    e.latitude = 35.12345678;
    e.longitude.reset(); // half a position: unlocated
    events.push_back(e);
    for (const auto& ev : events) {
        std::string out = "before";
        append_feature_json(ev, out);
        CHECK(out == "before" + event_to_feature(ev).dump());
    }
    // Strings of every length around the 16-byte blocks the writer copies, with a byte to
    // escape or a UTF-8 sequence at each position, and a long one full of escapes.
    for (const std::string special : {"\"", "\\", "\n", "\x1f", "\xC3\xBB", "\xE2\x80\x99"}) {
        for (std::size_t n = 0; n <= 40; ++n) {
            for (std::size_t at = 0; at <= n; ++at) {
                auto ev = sample_event();
                ev.notes = std::string(at, 'a') + special + std::string(n - at, 'b');
                ev.location = std::string(n, 'x');
                std::string out = "x";
                append_feature_json(ev, out);
                CHECK(out == "x" + event_to_feature(ev).dump());
            }
        }
    }
    e.notes = std::string(3000, '\n');
    e.source = std::string(2000, '\x01') + "end";
    std::string long_out;
    append_feature_json(e, long_out);
    CHECK(long_out == event_to_feature(e).dump());
    // Not UTF-8: dump()'s error, as before.
    e.notes = "bad \xFF";
    std::string out;
    CHECK_THROWS_AS(append_feature_json(e, out), nlohmann::json::type_error);
}
