#include "core/error.hpp"
#include "events/event_json.hpp"
#include "io/map_layers.hpp"
#include "map_test_support.hpp"

#include <algorithm>
#include <cctype>
#include <set>

using namespace conflictmap;
using namespace conflictmap::io;
using conflictmap::test::RecordedValue;
using conflictmap::test::RecordingSink;

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

void check_short_names(const LayerSchema& schema) {
    std::set<std::string> seen;
    for (const auto& f : schema.fields) {
        INFO(schema.name << "." << f.name << " -> " << f.short_name);
        CHECK(!f.short_name.empty());
        CHECK(f.short_name.size() <= 10);
        CHECK(seen.insert(lower(f.short_name)).second);
    }
}

/// The recorded value has the kind the schema declares (or is null).
bool matches(FieldType type, const RecordedValue& v) {
    if (std::holds_alternative<std::monostate>(v)) {
        return true;
    }
    switch (type) {
    case FieldType::string:
        return std::holds_alternative<std::string>(v);
    case FieldType::integer:
    case FieldType::integer64:
        return std::holds_alternative<std::int64_t>(v);
    case FieldType::real:
        return std::holds_alternative<double>(v);
    case FieldType::boolean:
        return std::holds_alternative<bool>(v);
    case FieldType::date:
        return std::holds_alternative<Date>(v);
    }
    return false;
}

/// Every feature sets every field exactly once, with the declared type.
void check_complete(const LayerSchema& schema, const RecordingSink& sink) {
    for (std::size_t i = 0; i < sink.features.size(); ++i) {
        for (std::size_t f = 0; f < schema.fields.size(); ++f) {
            INFO(schema.name << " feature " << i << " field " << schema.fields[f].name);
            CHECK(sink.features[i].times_set[f] == 1);
            CHECK(matches(schema.fields[f].type, sink.features[i].values[f]));
        }
    }
}

MapLayer only(const MapSources& sources, const std::string& name) {
    auto layers = build_map_layers(sources, {name});
    REQUIRE(layers.size() == 1);
    return std::move(layers.front());
}

} // namespace

TEST_CASE("layer selection: canonical order, duplicates folded, unknown names refused") {
    CHECK(parse_layer_selection("places,events,places") ==
          std::vector<std::string>{"events", "places"});
    CHECK(parse_layer_selection(" admin1 , relations") ==
          std::vector<std::string>{"admin1", "relations"});
    CHECK(map_layer_names().size() == 7);
    try {
        parse_layer_selection("events,countries");
        FAIL("expected a usage error");
    } catch (const UsageError& e) {
        const std::string what = e.what();
        CHECK(what.find("'countries'") != std::string::npos);
        CHECK(what.find("disputed_outline") != std::string::npos);
    }
    CHECK_THROWS_AS(parse_layer_selection(""), UsageError);
    CHECK_THROWS_AS(parse_layer_selection("events,"), UsageError);
}

TEST_CASE("the events layer carries every property of extract, in its order") {
    const auto schema = events_schema();
    const auto& contract = event_property_names();
    REQUIRE(schema.fields.size() >= contract.size());
    for (std::size_t i = 0; i < contract.size(); ++i) {
        CHECK(schema.fields[i].name == contract[i]);
    }
    // ... and every other property event_to_feature writes.
    const auto feature = event_to_feature(EventRecord{});
    std::set<std::string> names;
    for (const auto& f : schema.fields) {
        names.insert(f.name);
    }
    for (const auto& [key, value] : feature["properties"].items()) {
        CHECK_MESSAGE(names.count(key) == 1, "events layer lacks " << key);
    }
    CHECK(schema.geometry == GeometryType::point);
}

TEST_CASE("every fixed layer has a DBF-safe short name per field") {
    for (const auto& schema :
         {events_schema(), mentions_schema(), places_schema(), relations_schema()}) {
        check_short_names(schema);
    }
    const auto areas = test::fixture_areas();
    check_short_names(area_schema("admin1", &areas));
    check_short_names(area_schema("admin1", nullptr));
}

TEST_CASE("short names are cut to 10 bytes and made unique ignoring case") {
    std::vector<FieldDef> fields = {{"population_total", "", FieldType::integer64},
                                    {"Population_2020", "", FieldType::integer64},
                                    {"name", "", FieldType::string},
                                    {"events", "events", FieldType::integer64},
                                    {"EVENTS", "", FieldType::string},
                                    {"محافظة_الاسم", "", FieldType::string}};
    assign_short_names(fields);
    CHECK(fields[0].short_name == "population");
    CHECK(fields[1].short_name == "Populatio2");
    CHECK(fields[2].short_name == "name");
    CHECK(fields[3].short_name == "events");
    CHECK(fields[4].short_name == "EVENTS2");
    CHECK(fields[5].short_name == "محافظ"); // 10 bytes, whole characters
}

TEST_CASE("events layer: one feature per event, unlocated ones without geometry") {
    const auto events = test::fixture_events();
    REQUIRE(events.size() == 12);
    MapSources sources;
    sources.events = events;
    const auto layer = only(sources, "events");
    CHECK(layer.feature_count == 12);
    RecordingSink sink(layer.schema);
    layer.write(sink);
    REQUIRE(sink.features.size() == 12);
    check_complete(layer.schema, sink);
    std::size_t points = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto& f = sink.features[i];
        if (events[i].latitude) {
            ++points;
            CHECK(f.geometry == "Point");
            CHECK(f.positions[0][0] == doctest::Approx(*events[i].longitude));
            CHECK(f.positions[0][1] == doctest::Approx(*events[i].latitude));
        } else {
            CHECK(f.geometry.empty());
            CHECK(std::holds_alternative<std::monostate>(sink.value(i, "latitude")));
        }
    }
    CHECK(points == 11);
    CHECK(std::get<std::string>(sink.value(6, "location")) == "طوز خورماتو");
    CHECK(std::get<Date>(sink.value(0, "event_date")).iso() == "2020-03-11");
    CHECK(std::get<std::int64_t>(sink.value(2, "fatalities")) == 10);
    CHECK(std::get<bool>(sink.value(4, "disputed")) == true);
    CHECK(std::holds_alternative<std::monostate>(sink.value(0, "geonames_id")));
}

TEST_CASE("places layer: distinct places with counts and first/last dates") {
    const auto events = test::fixture_events();
    MapSources sources;
    sources.events = events;
    const auto layer = only(sources, "places");
    RecordingSink sink(layer.schema);
    layer.write(sink);
    check_complete(layer.schema, sink);
    CHECK(sink.features.size() == 10); // 11 located events, two at Camp Taji
    CHECK(layer.feature_count == 10);
    CHECK(std::get<std::string>(sink.value(0, "location")) == "Camp Taji");
    CHECK(std::get<std::int64_t>(sink.value(0, "events")) == 2);
    CHECK(std::get<std::int64_t>(sink.value(0, "fatalities")) == 3);
    CHECK(std::get<std::int64_t>(sink.value(0, "injuries")) == 17);
    CHECK(std::get<Date>(sink.value(0, "first_date")).iso() == "2020-03-11");
    CHECK(std::get<Date>(sink.value(0, "last_date")).iso() == "2020-03-14");
}

TEST_CASE("relations layer: a line from the event to its reference place, geodesic figures") {
    const auto events = test::fixture_events();
    MapSources sources;
    sources.events = events;
    const auto layer = only(sources, "relations");
    RecordingSink sink(layer.schema);
    layer.write(sink);
    check_complete(layer.schema, sink);
    REQUIRE(sink.features.size() == 1);
    const auto& f = sink.features[0];
    CHECK(f.geometry == "LineString");
    REQUIRE(f.positions.size() == 2);
    CHECK(f.positions[0][1] == doctest::Approx(35.197636)); // the event, 30 km south
    CHECK(f.positions[1][1] == doctest::Approx(35.4681));   // Kirkuk
    CHECK(std::get<std::string>(sink.value(0, "event_id")) == "kirkuk-south-1");
    CHECK(std::get<double>(sink.value(0, "distance_km")) == doctest::Approx(30.0).epsilon(0.01));
    CHECK(std::get<double>(sink.value(0, "azimuth_deg")) == doctest::Approx(180.0));
}

TEST_CASE("mentions layer: one point per resolved toponym") {
    events::Mention m;
    m.article_id = "kirkuk-ied";
    m.begin = 71;
    m.end = 77;
    m.text = "Kirkuk";
    m.sentence = "A roadside bomb exploded about 30 km south of Kirkuk.";
    m.place.id = 1000094787;
    m.place.geonames_id = 94787;
    m.place.name = "Kirkuk";
    m.place.lat = 35.4681;
    m.place.lon = 44.3922;
    m.score = 0.92;
    m.role = "reference";
    const std::vector<events::Mention> mentions = {m};
    MapSources sources;
    sources.mentions = mentions;
    const auto layer = only(sources, "mentions");
    RecordingSink sink(layer.schema);
    layer.write(sink);
    check_complete(layer.schema, sink);
    REQUIRE(sink.features.size() == 1);
    CHECK(sink.features[0].positions[0][0] == doctest::Approx(44.3922));
    CHECK(std::get<std::int64_t>(sink.value(0, "span_begin")) == 71);
    CHECK(std::get<std::int64_t>(sink.value(0, "span_end")) == 77);
    CHECK(std::get<std::string>(sink.value(0, "role")) == "reference");
    CHECK(std::get<double>(sink.value(0, "score")) == doctest::Approx(0.92));
}

TEST_CASE("admin1 layer: the area's attributes, then counts by point in polygon") {
    const auto events = test::fixture_events();
    const auto areas = test::fixture_areas();
    MapSources sources;
    sources.events = events;
    sources.admin1 = &areas;
    sources.locator = test::ray_casting_locator;
    const auto layer = only(sources, "admin1");
    std::vector<std::string> names;
    for (const auto& f : layer.schema.fields) {
        names.push_back(f.name);
    }
    CHECK(names == std::vector<std::string>{"name", "admin1_code", "population_2020", "coastal",
                                            "events", "fatalities", "injuries", "first_date",
                                            "last_date"});
    CHECK(layer.schema.fields[2].type == FieldType::integer64);
    CHECK(layer.schema.fields[3].type == FieldType::boolean);
    CHECK(layer.schema.geometry == GeometryType::multi_polygon);
    RecordingSink sink(layer.schema);
    layer.write(sink);
    check_complete(layer.schema, sink);
    REQUIRE(sink.features.size() == 2);
    CHECK(std::get<std::string>(sink.value(0, "name")) == "Kirkuk");
    CHECK(std::get<std::int64_t>(sink.value(0, "events")) == 2);
    CHECK(std::get<std::int64_t>(sink.value(0, "fatalities")) == 3);
    CHECK(std::get<std::int64_t>(sink.value(1, "events")) == 4);
    CHECK(std::get<std::int64_t>(sink.value(1, "fatalities")) == 13);
    CHECK(std::get<std::int64_t>(sink.value(1, "injuries")) == 37);
    CHECK(std::get<Date>(sink.value(1, "first_date")).iso() == "2019-10-25");
    CHECK(std::holds_alternative<std::monostate>(sink.value(1, "population_2020")));
    CHECK(sink.features[0].geometry == "MultiPolygon");
}

TEST_CASE("area layers without polygons are empty but keep the count fields") {
    MapSources sources;
    const auto layers =
        build_map_layers(sources, {"admin1", "disputed_territories", "disputed_outline"});
    REQUIRE(layers.size() == 3);
    for (const auto& layer : layers) {
        CHECK(layer.feature_count == 0);
        CHECK(layer.schema.fields.size() == 5);
        RecordingSink sink(layer.schema);
        layer.write(sink);
        CHECK(sink.features.empty());
    }
}
