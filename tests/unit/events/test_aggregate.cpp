#include "events/aggregate.hpp"
#include "geo/areas.hpp"

#include <doctest/doctest.h>

using namespace conflictmap;
using namespace conflictmap::events;

namespace {

EventRecord at(const std::string& id, const std::string& location, double lat, double lon,
               std::int64_t fatalities, const char* date) {
    EventRecord e;
    e.event_id = id;
    e.location = location;
    e.latitude = lat;
    e.longitude = lon;
    e.fatalities = fatalities;
    e.injuries = 1;
    e.event_date = Date::parse(date);
    e.time_precision = 1;
    e.admin1 = "Kirkuk";
    return e;
}

EventRecord unlocated(const std::string& id) {
    EventRecord e;
    e.event_id = id;
    e.fatalities = 7;
    return e;
}

/// Two boxes side by side sharing the edge lon = 44: west [43,44] x [35,36], east [44,45] x
/// [35,36]; the locator follows PointInPolygonIndex's rule (lower index wins on the edge).
long box_locator(double lon, double lat) {
    if (lat < 35.0 || lat > 36.0) {
        return -1;
    }
    if (lon >= 43.0 && lon <= 44.0) {
        return 0;
    }
    if (lon > 44.0 && lon <= 45.0) {
        return 1;
    }
    return -1;
}

} // namespace

TEST_CASE("places group events by location and point, tallies and dates add up") {
    const std::vector<EventRecord> events = {
        at("k1", "Kirkuk", 35.4681, 44.3922, 2, "2020-05-07"),
        at("t1", "Camp Taji", 33.5294, 44.2775, 3, "2020-03-11"),
        unlocated("u1"),
        // Same place: noise below 1e-6 degrees does not split it.
        at("k2", "Kirkuk", 35.46810004, 44.39219996, 1, "2020-01-02"),
        // Same name, other point: another place (a relative location, say).
        at("k3", "Kirkuk", 35.1976, 44.3922, 0, "2020-06-01"),
    };
    auto summary = summarize_places(events);
    REQUIRE(summary.places.size() == 3);
    CHECK(summary.unlocated_events == 1);
    const auto& kirkuk = summary.places[0];
    CHECK(kirkuk.location == "Kirkuk");
    CHECK(kirkuk.tally.events == 2);
    CHECK(kirkuk.tally.fatalities == 3);
    CHECK(kirkuk.tally.injuries == 2);
    CHECK(kirkuk.tally.first_date->iso() == "2020-01-02");
    CHECK(kirkuk.tally.last_date->iso() == "2020-05-07");
    CHECK(kirkuk.event_indices == std::vector<std::size_t>{0, 3});
    CHECK(kirkuk.latitude == doctest::Approx(35.4681));
    CHECK(summary.places[1].location == "Camp Taji");
    CHECK(summary.places[2].event_indices == std::vector<std::size_t>{4});
}

TEST_CASE("places take the first non-empty id and admin names of their events") {
    auto a = at("a", "Makhmour", 35.7762, 43.5797, 0, "2020-04-02");
    a.admin1.clear();
    auto b = a;
    b.place_id = 1000099608;
    b.geonames_id = 99608;
    b.admin1 = "Erbil";
    b.feature_code = "PPLA2";
    const std::vector<EventRecord> events = {a, b};
    const auto summary = summarize_places(events);
    REQUIRE(summary.places.size() == 1);
    CHECK(summary.places[0].place_id == 1000099608);
    CHECK(summary.places[0].geonames_id == 99608);
    CHECK(summary.places[0].admin1 == "Erbil");
    CHECK(summary.places[0].feature_code == "PPLA2");
}

TEST_CASE("area tallies: every located event in one area or outside, boundary to the lower") {
    std::vector<EventRecord> events = {
        at("w", "West", 35.5, 43.5, 1, "2020-01-01"), at("e", "East", 35.5, 44.5, 2, "2020-02-01"),
        at("edge", "Edge", 35.5, 44.0, 4, "2020-03-01"),
        at("out", "Out", 33.3, 44.4, 8, "2020-04-01"), unlocated("u")};
    const auto t = tally_events_by_area(events, 2, box_locator);
    REQUIRE(t.areas.size() == 2);
    CHECK(t.areas[0].events == 2); // west + the point on the shared edge
    CHECK(t.areas[0].fatalities == 5);
    CHECK(t.areas[1].events == 1);
    CHECK(t.areas[1].fatalities == 2);
    CHECK(t.outside == 1);
    CHECK(t.unlocated == 1);
    CHECK(t.areas[0].events + t.areas[1].events + t.outside + t.unlocated == events.size());
    CHECK(t.areas[0].first_date->iso() == "2020-01-01");
    CHECK(t.areas[0].last_date->iso() == "2020-03-01");
}

TEST_CASE("a locator answering an index past the layer counts as outside") {
    const std::vector<EventRecord> events = {at("x", "X", 35.5, 43.5, 1, "2020-01-01")};
    const auto t = tally_events_by_area(events, 1, [](double, double) { return 5L; });
    CHECK(t.areas[0].events == 0);
    CHECK(t.outside == 1);
}

TEST_CASE("an empty area layer: every located event is outside") {
    const std::vector<EventRecord> events = {at("x", "X", 35.5, 43.5, 1, "2020-01-01"),
                                             unlocated("u")};
    const geo::AreaLayer empty{"admin1", {}};
    const auto t = tally_events_by_area(events, empty);
    CHECK(t.areas.empty());
    CHECK(t.outside == 1);
    CHECK(t.unlocated == 1);
}

TEST_CASE("area tallies through geo::PointInPolygonIndex") {
    geo::AreaLayer boxes{"admin1", {}};
    for (double west : {43.0, 44.0}) {
        geo::AreaFeature f;
        f.attributes = {{"name", std::string(west == 43.0 ? "West" : "East")}};
        f.geometry = geo::MultiPolygon{geo::Polygon{
            {{{west, 35.0}, {west + 1, 35.0}, {west + 1, 36.0}, {west, 36.0}, {west, 35.0}}}}};
        boxes.features.push_back(f);
    }
    const std::vector<EventRecord> events = {at("w", "West", 35.5, 43.5, 1, "2020-01-01"),
                                             at("e", "East", 35.5, 44.5, 2, "2020-02-01"),
                                             at("edge", "Edge", 35.5, 44.0, 4, "2020-03-01")};
    const auto t = tally_events_by_area(events, boxes);
    CHECK(t.areas[0].events == 2);
    CHECK(t.areas[1].events == 1);
    CHECK(t.outside == 0);
}

TEST_CASE("admin1 names group events, sorted, the unnamed under \"\"") {
    std::vector<EventRecord> events = {at("a", "A", 35, 44, 1, "2020-01-01"),
                                       at("b", "B", 33, 44, 2, "2020-01-02"), unlocated("u")};
    events[1].admin1 = "Baghdad";
    const auto by_name = tally_events_by_admin1_name(events);
    REQUIRE(by_name.size() == 3);
    CHECK(by_name[0].first.empty());
    CHECK(by_name[0].second.fatalities == 7);
    CHECK(by_name[1].first == "Baghdad");
    CHECK(by_name[2].first == "Kirkuk");
    CHECK(by_name[2].second.events == 1);
}
