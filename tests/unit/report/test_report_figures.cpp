#include "report/report_figures.hpp"

#include <doctest/doctest.h>

using namespace conflictmap;
using namespace conflictmap::report;

namespace {

EventRecord make_event(const std::string& id, std::optional<Date> date, const std::string& type,
                       std::int64_t fatalities, const std::string& admin1 = "Kirkuk") {
    EventRecord e;
    e.event_id = id;
    e.article_id = id.substr(0, id.find('-'));
    e.event_date = date;
    e.time_precision = date ? 1 : 0;
    e.event_type = type;
    e.sub_event_type = type == "Battles" ? "Armed clash" : "Air/drone strike";
    e.fatalities = fatalities;
    e.admin1 = admin1;
    e.location = admin1 + " city";
    e.latitude = 35.0;
    e.longitude = 44.0;
    return e;
}

const Date kJan3{2024, 1, 3};
const Date kJan9{2024, 1, 9};
const Date kFeb2{2024, 2, 2};
const geo::AreaLayer kNoAreas{"admin1", {}};

} // namespace

TEST_CASE("select_events orders by date, undated last, then event_id") {
    std::vector<EventRecord> in = {
        make_event("b-1", kJan9, "Battles", 1), make_event("c-1", std::nullopt, "Battles", 0),
        make_event("a-2", kJan3, "Battles", 0), make_event("a-1", kJan9, "Battles", 0)};
    const auto s = select_events(in, {});
    REQUIRE(s.events.size() == 4);
    CHECK(s.events[0].event_id == "a-2");
    CHECK(s.events[1].event_id == "a-1");
    CHECK(s.events[2].event_id == "b-1");
    CHECK(s.events[3].event_id == "c-1");
    CHECK(s.counts.input == 4);
}

TEST_CASE("the date window is inclusive, undated events leave only when a window is set") {
    std::vector<EventRecord> in = {
        make_event("a-1", kJan3, "Battles", 1), make_event("a-2", kJan9, "Battles", 2),
        make_event("a-3", kFeb2, "Battles", 3), make_event("a-4", std::nullopt, "Battles", 4)};
    const auto all = select_events(in, {});
    CHECK(all.events.size() == 4);
    CHECK(all.counts.undated_excluded == 0);

    const auto jan = select_events(in, {kJan3, kJan9});
    REQUIRE(jan.events.size() == 2);
    CHECK(jan.events[1].event_id == "a-2");
    CHECK(jan.counts.outside_window == 1);
    CHECK(jan.counts.undated_excluded == 1);

    const auto from = select_events(in, {kJan9, std::nullopt});
    CHECK(from.events.size() == 2);
    CHECK(from.counts.outside_window == 1);
    const auto to = select_events(in, {std::nullopt, Date{2024, 1, 8}});
    CHECK(to.events.size() == 1);
    CHECK(to.counts.outside_window == 2);
}

TEST_CASE("background references are never counted") {
    std::vector<EventRecord> in = {make_event("a-1", kJan3, "Battles", 1),
                                   make_event("a-2", kJan3, "Battles", 5)};
    in[1].background = true;
    const auto s = select_events(in, {});
    CHECK(s.events.size() == 1);
    CHECK(s.counts.background_excluded == 1);
}

TEST_CASE("tally: totals, types in ACLED order, governorates, disputed share") {
    std::vector<EventRecord> events = {
        make_event("a-1", kJan3, "Explosions/Remote violence", 2, "Kirkuk"),
        make_event("a-2", kJan9, "Battles", 3, "Kirkuk"),
        make_event("b-1", kJan9, "Battles", 1, "Baghdad"),
        make_event("b-2", kFeb2, "Made-up type", 0, "")};
    events[0].disputed = true;
    events[0].disputed_area = "Kirkuk";
    events[0].injuries = 4;
    events[3].latitude.reset();
    events[3].longitude.reset();
    const GovernorateLookup lookup(kNoAreas);
    const auto f = tally_events(events, lookup);
    CHECK(f.events == 4);
    CHECK(f.located == 3);
    CHECK(f.fatalities == 6);
    CHECK(f.injuries == 4);
    CHECK(f.articles == 2);
    CHECK(f.first_date == kJan3);
    CHECK(f.last_date == kFeb2);
    REQUIRE(f.disputed_share.has_value());
    CHECK(*f.disputed_share == doctest::Approx(1.0 / 3.0));
    REQUIRE(f.disputed_areas.size() == 1);
    CHECK(f.disputed_areas[0].name == "Kirkuk");
    // ACLED's six first, always, then unknown types by name.
    REQUIRE(f.event_types.size() == 7);
    CHECK(f.event_types[0].total.name == "Battles");
    CHECK(f.event_types[0].total.events == 2);
    CHECK(f.event_types[0].total.fatalities == 4);
    CHECK(f.event_types[1].total.name == "Explosions/Remote violence");
    CHECK(f.event_types[4].total.name == "Riots");
    CHECK(f.event_types[4].total.events == 0);
    CHECK(f.event_types[6].total.name == "Made-up type");
    // Busiest first; the unknown governorate last.
    REQUIRE(f.governorates.size() == 3);
    CHECK(f.governorates[0].name == "Kirkuk");
    CHECK(f.governorates[0].events == 2);
    CHECK(f.governorates[1].name == "Baghdad");
    CHECK(f.governorates[2].name.empty());
}

TEST_CASE("no located event: the disputed share is unknown, not zero") {
    auto e = make_event("a-1", kJan3, "Battles", 0);
    e.latitude.reset();
    e.longitude.reset();
    const GovernorateLookup lookup(kNoAreas);
    CHECK_FALSE(tally_events({e}, lookup).disputed_share.has_value());
    CHECK_FALSE(tally_events({}, lookup).disputed_share.has_value());
}

TEST_CASE("actors: once per event, counted on each side") {
    auto a = make_event("a-1", kJan3, "Battles", 2);
    a.actor1 = "Islamic State (Iraq)";
    a.actor2 = "Peshmerga";
    auto b = make_event("a-2", kJan3, "Battles", 1);
    b.actor1 = "Peshmerga";
    b.actor2 = "Peshmerga"; // intra-group clash
    const GovernorateLookup lookup(kNoAreas);
    const auto f = tally_events({a, b}, lookup);
    REQUIRE(f.actors.size() == 2);
    CHECK(f.actors[0].actor == "Peshmerga");
    CHECK(f.actors[0].events == 2);
    CHECK(f.actors[0].as_actor1 == 1);
    CHECK(f.actors[0].as_actor2 == 2);
    CHECK(f.actors[0].fatalities == 3);
    CHECK(f.actors[1].events == 1);
}

TEST_CASE("places group by location and governorate, busiest first") {
    auto a = make_event("a-1", kJan3, "Battles", 0, "Kirkuk");
    auto b = make_event("a-2", kJan3, "Battles", 4, "Kirkuk");
    auto c = make_event("a-3", kJan3, "Battles", 1, "Erbil");
    c.location = "Makhmour";
    c.disputed = true;
    const GovernorateLookup lookup(kNoAreas);
    const auto f = tally_events({a, b, c}, lookup);
    REQUIRE(f.places.size() == 2);
    CHECK(f.places[0].location == "Kirkuk city");
    CHECK(f.places[0].events == 2);
    CHECK(f.places[0].fatalities == 4);
    CHECK_FALSE(f.places[0].disputed);
    CHECK(f.places[1].disputed);
}

TEST_CASE("timeline: days up to 62 days, ISO weeks up to two years, months beyond") {
    const GovernorateLookup lookup(kNoAreas);
    {
        const auto f = tally_events(
            {make_event("a-1", kJan3, "Battles", 0), make_event("a-2", kJan9, "Battles", 0),
             make_event("a-3", kJan9, "Riots", 0), make_event("a-4", std::nullopt, "Protests", 0)},
            lookup);
        CHECK(f.timeline.unit == TimelineUnit::day);
        REQUIRE(f.timeline.bins.size() == 7); // 3..9 January, empty days included
        CHECK(f.timeline.bins[0].start == kJan3);
        CHECK(f.timeline.bins[6].events == 2);
        // Only dated types are columns, in type order.
        REQUIRE(f.timeline.types.size() == 2);
        CHECK(f.timeline.types[0] == "Battles");
        CHECK(f.timeline.types[1] == "Riots");
        CHECK(f.timeline.bins[6].events_by_type[1] == 1);
    }
    {
        const auto f = tally_events({make_event("a-1", Date{2024, 1, 3}, "Battles", 0),
                                     make_event("a-2", Date{2024, 4, 10}, "Battles", 0)},
                                    lookup);
        CHECK(f.timeline.unit == TimelineUnit::week);
        CHECK(f.timeline.bins.front().start == Date{2024, 1, 1}); // the Monday
        CHECK(f.timeline.bins.back().start == Date{2024, 4, 8});
        CHECK(f.timeline.bins.size() == 15);
    }
    {
        const auto f = tally_events({make_event("a-1", Date{2021, 11, 30}, "Battles", 0),
                                     make_event("a-2", Date{2024, 2, 1}, "Battles", 0)},
                                    lookup);
        CHECK(f.timeline.unit == TimelineUnit::month);
        CHECK(f.timeline.bins.front().start == Date{2021, 11, 1});
        CHECK(f.timeline.bins.size() == 28);
    }
    CHECK(tally_events({}, lookup).timeline.bins.empty());
}

TEST_CASE("the governorate lookup prefers the event's admin1") {
    geo::AreaLayer layer{"admin1", {}};
    geo::AreaFeature f;
    f.attributes.emplace_back("name", std::string("Kirkuk"));
    f.geometry =
        geo::MultiPolygon{geo::Polygon{{{{44, 35}, {45, 35}, {45, 36}, {44, 36}, {44, 35}}}}};
    layer.features.push_back(f);
    const GovernorateLookup lookup(layer);
    auto e = make_event("a-1", kJan3, "Battles", 0, "Erbil");
    CHECK(lookup.name_of(e) == "Erbil");
}
