#include "io/map_layers.hpp"

#include "core/error.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <geodesic.h>
#include <memory>
#include <set>
#include <sstream>

namespace conflictmap::io {

namespace {

/// One field of a fixed layer: its names, its type and how a row fills it. The table keeps
/// schema and values together, so they cannot drift apart.
template <class Row>
struct Column {
    const char* name;
    const char* short_name;
    FieldType type;
    void (*write)(const Row& row, FeatureSink& sink, std::size_t field);
};

template <class Row>
LayerSchema schema_of(const std::string& name, GeometryType geometry,
                      const std::vector<Column<Row>>& columns) {
    LayerSchema schema{name, geometry, {}};
    for (const auto& c : columns) {
        schema.fields.push_back({c.name, c.short_name, c.type});
    }
    return schema;
}

template <class Row>
void write_fields(const std::vector<Column<Row>>& columns, const Row& row, FeatureSink& sink) {
    for (std::size_t i = 0; i < columns.size(); ++i) {
        columns[i].write(row, sink, i);
    }
}

void set_opt(FeatureSink& s, std::size_t i, const std::optional<double>& v) {
    v ? s.set_real(i, *v) : s.set_null(i);
}
void set_opt(FeatureSink& s, std::size_t i, const std::optional<std::string>& v) {
    v ? s.set_string(i, *v) : s.set_null(i);
}
void set_opt(FeatureSink& s, std::size_t i, const std::optional<Date>& v) {
    v ? s.set_date(i, *v) : s.set_null(i);
}
/// Ids of 0 mean "none" in the records; the layers say null.
void set_id(FeatureSink& s, std::size_t i, std::int64_t id) {
    id != 0 ? s.set_integer(i, id) : s.set_null(i);
}

bool located(const EventRecord& e) {
    return e.latitude.has_value() && e.longitude.has_value();
}

std::string join(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const auto& p : parts) {
        out += (out.empty() ? "" : sep) + p;
    }
    return out;
}

// --- events ----------------------------------------------------------------------------------

const std::vector<Column<EventRecord>>& event_columns() {
    using E = EventRecord;
    using S = FeatureSink;
    using T = FieldType;
    static const std::vector<Column<E>> columns = {
        // The contract properties of `extract`, in its order (event_property_names()).
        {"event_id", "event_id", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.event_id); }},
        {"article_id", "article_id", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.article_id); }},
        {"event_date", "event_date", T::date,
         [](const E& e, S& s, std::size_t i) { set_opt(s, i, e.event_date); }},
        {"time_precision", "time_prec", T::integer,
         [](const E& e, S& s, std::size_t i) {
             e.event_date ? s.set_integer(i, e.time_precision) : s.set_null(i);
         }},
        {"event_type", "event_type", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.event_type); }},
        {"sub_event_type", "sub_type", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.sub_event_type); }},
        {"actor1", "actor1", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.actor1); }},
        {"actor2", "actor2", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.actor2); }},
        {"fatalities", "fatalities", T::integer,
         [](const E& e, S& s, std::size_t i) { s.set_integer(i, e.fatalities); }},
        {"injuries", "injuries", T::integer,
         [](const E& e, S& s, std::size_t i) { s.set_integer(i, e.injuries); }},
        {"location", "location", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.location); }},
        {"location_text", "loc_text", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.location_text); }},
        {"admin1", "admin1", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.admin1); }},
        {"admin2", "admin2", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.admin2); }},
        {"country_code", "country", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.country_code); }},
        {"latitude", "latitude", T::real,
         [](const E& e, S& s, std::size_t i) {
             located(e) ? s.set_real(i, *e.latitude) : s.set_null(i);
         }},
        {"longitude", "longitude", T::real,
         [](const E& e, S& s, std::size_t i) {
             located(e) ? s.set_real(i, *e.longitude) : s.set_null(i);
         }},
        {"geo_precision", "geo_prec", T::integer,
         [](const E& e, S& s, std::size_t i) {
             located(e) ? s.set_integer(i, e.geo_precision) : s.set_null(i);
         }},
        {"uncertainty_m", "uncert_m", T::real,
         [](const E& e, S& s, std::size_t i) { set_opt(s, i, e.uncertainty_m); }},
        {"disputed", "disputed", T::boolean,
         [](const E& e, S& s, std::size_t i) { s.set_boolean(i, e.disputed); }},
        {"disputed_area", "disp_area", T::string,
         [](const E& e, S& s, std::size_t i) { set_opt(s, i, e.disputed_area); }},
        {"background", "background", T::boolean,
         [](const E& e, S& s, std::size_t i) { s.set_boolean(i, e.background); }},
        {"notes", "notes", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.notes); }},
        {"source", "source", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.source); }},
        {"confidence", "confidence", T::real,
         [](const E& e, S& s, std::size_t i) {
             s.set_real(i, std::round(e.confidence * 1000.0) / 1000.0);
         }},
        // conflictmap's additions, in the order event_to_feature writes them.
        {"actor1_attribution", "actor1_att", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.actor1_attribution); }},
        {"inter1", "inter1", T::integer,
         [](const E& e, S& s, std::size_t i) { s.set_integer(i, e.inter1); }},
        {"inter2", "inter2", T::integer,
         [](const E& e, S& s, std::size_t i) { s.set_integer(i, e.inter2); }},
        {"place_id", "place_id", T::integer64,
         [](const E& e, S& s, std::size_t i) { set_id(s, i, e.place_id); }},
        {"geonames_id", "geonameid", T::integer64,
         [](const E& e, S& s, std::size_t i) { set_id(s, i, e.geonames_id); }},
        {"feature_code", "feat_code", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, e.feature_code); }},
        {"kri_distance_km", "kri_dist", T::real,
         [](const E& e, S& s, std::size_t i) { set_opt(s, i, e.kri_distance_km); }},
        {"article_ids", "articles", T::string,
         [](const E& e, S& s, std::size_t i) { s.set_string(i, join(e.article_ids, ";")); }},
        {"reference_location", "ref_loc", T::string,
         [](const E& e, S& s, std::size_t i) { set_opt(s, i, e.reference_location); }},
        {"reference_latitude", "ref_lat", T::real,
         [](const E& e, S& s, std::size_t i) { set_opt(s, i, e.reference_latitude); }},
        {"reference_longitude", "ref_lon", T::real,
         [](const E& e, S& s, std::size_t i) { set_opt(s, i, e.reference_longitude); }},
    };
    return columns;
}

MapLayer events_layer(std::span<const EventRecord> events) {
    MapLayer layer;
    layer.schema = events_schema();
    layer.feature_count = events.size();
    layer.write = [events](FeatureSink& sink) {
        const auto& columns = event_columns();
        for (const EventRecord& e : events) {
            write_fields(columns, e, sink);
            if (located(e)) {
                sink.set_point(*e.longitude, *e.latitude);
            }
            sink.add();
        }
    };
    return layer;
}

// --- mentions --------------------------------------------------------------------------------

const std::vector<Column<events::Mention>>& mention_columns() {
    using M = events::Mention;
    using S = FeatureSink;
    using T = FieldType;
    static const std::vector<Column<M>> columns = {
        {"article_id", "article_id", T::string,
         [](const M& m, S& s, std::size_t i) { s.set_string(i, m.article_id); }},
        {"span_begin", "span_begin", T::integer64,
         [](const M& m, S& s, std::size_t i) {
             s.set_integer(i, static_cast<std::int64_t>(m.begin));
         }},
        {"span_end", "span_end", T::integer64,
         [](const M& m, S& s, std::size_t i) {
             s.set_integer(i, static_cast<std::int64_t>(m.end));
         }},
        {"text", "text", T::string,
         [](const M& m, S& s, std::size_t i) { s.set_string(i, m.text); }},
        {"sentence", "sentence", T::string,
         [](const M& m, S& s, std::size_t i) { s.set_string(i, m.sentence); }},
        {"place_name", "place_name", T::string,
         [](const M& m, S& s, std::size_t i) { s.set_string(i, m.place.name); }},
        {"place_id", "place_id", T::integer64,
         [](const M& m, S& s, std::size_t i) { set_id(s, i, m.place.id); }},
        {"geonames_id", "geonameid", T::integer64,
         [](const M& m, S& s, std::size_t i) { set_id(s, i, m.place.geonames_id); }},
        {"feature_code", "feat_code", T::string,
         [](const M& m, S& s, std::size_t i) { s.set_string(i, m.place.feature_code); }},
        {"country_code", "country", T::string,
         [](const M& m, S& s, std::size_t i) { s.set_string(i, m.place.country_code); }},
        {"admin1", "admin1", T::string,
         [](const M& m, S& s, std::size_t i) { s.set_string(i, m.place.admin1); }},
        {"score", "score", T::real,
         [](const M& m, S& s, std::size_t i) { s.set_real(i, m.score); }},
        {"role", "role", T::string,
         [](const M& m, S& s, std::size_t i) { s.set_string(i, m.role); }},
    };
    return columns;
}

MapLayer mentions_layer(std::span<const events::Mention> mentions) {
    MapLayer layer;
    layer.schema = mentions_schema();
    layer.feature_count = mentions.size();
    layer.write = [mentions](FeatureSink& sink) {
        const auto& columns = mention_columns();
        for (const auto& m : mentions) {
            write_fields(columns, m, sink);
            sink.set_point(m.place.lon, m.place.lat);
            sink.add();
        }
    };
    return layer;
}

// --- places ----------------------------------------------------------------------------------

const std::vector<Column<events::PlaceSummary>>& place_columns() {
    using P = events::PlaceSummary;
    using S = FeatureSink;
    using T = FieldType;
    static const std::vector<Column<P>> columns = {
        {"location", "location", T::string,
         [](const P& p, S& s, std::size_t i) { s.set_string(i, p.location); }},
        {"place_id", "place_id", T::integer64,
         [](const P& p, S& s, std::size_t i) { set_id(s, i, p.place_id); }},
        {"geonames_id", "geonameid", T::integer64,
         [](const P& p, S& s, std::size_t i) { set_id(s, i, p.geonames_id); }},
        {"feature_code", "feat_code", T::string,
         [](const P& p, S& s, std::size_t i) { s.set_string(i, p.feature_code); }},
        {"admin1", "admin1", T::string,
         [](const P& p, S& s, std::size_t i) { s.set_string(i, p.admin1); }},
        {"admin2", "admin2", T::string,
         [](const P& p, S& s, std::size_t i) { s.set_string(i, p.admin2); }},
        {"country_code", "country", T::string,
         [](const P& p, S& s, std::size_t i) { s.set_string(i, p.country_code); }},
        {"latitude", "latitude", T::real,
         [](const P& p, S& s, std::size_t i) { s.set_real(i, p.latitude); }},
        {"longitude", "longitude", T::real,
         [](const P& p, S& s, std::size_t i) { s.set_real(i, p.longitude); }},
        {"events", "events", T::integer64,
         [](const P& p, S& s, std::size_t i) {
             s.set_integer(i, static_cast<std::int64_t>(p.tally.events));
         }},
        {"fatalities", "fatalities", T::integer64,
         [](const P& p, S& s, std::size_t i) { s.set_integer(i, p.tally.fatalities); }},
        {"injuries", "injuries", T::integer64,
         [](const P& p, S& s, std::size_t i) { s.set_integer(i, p.tally.injuries); }},
        {"first_date", "first_date", T::date,
         [](const P& p, S& s, std::size_t i) { set_opt(s, i, p.tally.first_date); }},
        {"last_date", "last_date", T::date,
         [](const P& p, S& s, std::size_t i) { set_opt(s, i, p.tally.last_date); }},
    };
    return columns;
}

MapLayer places_layer(std::span<const EventRecord> events) {
    auto places = std::make_shared<events::PlaceSummaries>(events::summarize_places(events));
    MapLayer layer;
    layer.schema = places_schema();
    layer.feature_count = places->places.size();
    layer.write = [places](FeatureSink& sink) {
        const auto& columns = place_columns();
        for (const auto& p : places->places) {
            write_fields(columns, p, sink);
            sink.set_point(p.longitude, p.latitude);
            sink.add();
        }
    };
    return layer;
}

// --- relations -------------------------------------------------------------------------------

/// A relative-location event and its reference place ("30 km south of Kirkuk").
struct Relation {
    const EventRecord* event;
    double distance_km;
    double azimuth_deg; ///< from the reference place to the event, clockwise from north
};

bool has_reference(const EventRecord& e) {
    return located(e) && e.reference_latitude.has_value() && e.reference_longitude.has_value();
}

const std::vector<Column<Relation>>& relation_columns() {
    using R = Relation;
    using S = FeatureSink;
    using T = FieldType;
    static const std::vector<Column<R>> columns = {
        {"event_id", "event_id", T::string,
         [](const R& r, S& s, std::size_t i) { s.set_string(i, r.event->event_id); }},
        {"event_date", "event_date", T::date,
         [](const R& r, S& s, std::size_t i) { set_opt(s, i, r.event->event_date); }},
        {"event_type", "event_type", T::string,
         [](const R& r, S& s, std::size_t i) { s.set_string(i, r.event->event_type); }},
        {"sub_event_type", "sub_type", T::string,
         [](const R& r, S& s, std::size_t i) { s.set_string(i, r.event->sub_event_type); }},
        {"location", "location", T::string,
         [](const R& r, S& s, std::size_t i) { s.set_string(i, r.event->location); }},
        {"reference_location", "ref_loc", T::string,
         [](const R& r, S& s, std::size_t i) { set_opt(s, i, r.event->reference_location); }},
        {"distance_km", "dist_km", T::real,
         [](const R& r, S& s, std::size_t i) { s.set_real(i, r.distance_km); }},
        {"azimuth_deg", "azimuth", T::real,
         [](const R& r, S& s, std::size_t i) { s.set_real(i, r.azimuth_deg); }},
    };
    return columns;
}

MapLayer relations_layer(std::span<const EventRecord> events) {
    auto relations = std::make_shared<std::vector<Relation>>();
    geod_geodesic wgs84;
    geod_init(&wgs84, 6378137.0, 1.0 / 298.257223563);
    for (const EventRecord& e : events) {
        if (!has_reference(e)) {
            continue;
        }
        double s12 = 0.0, azi1 = 0.0, azi2 = 0.0;
        geod_inverse(&wgs84, *e.reference_latitude, *e.reference_longitude, *e.latitude,
                     *e.longitude, &s12, &azi1, &azi2);
        double azimuth = std::fmod(azi1 + 360.0, 360.0);
        relations->push_back({&e, std::round(s12 / 100.0) / 10.0, std::round(azimuth * 10) / 10});
    }
    MapLayer layer;
    layer.schema = relations_schema();
    layer.feature_count = relations->size();
    layer.write = [relations](FeatureSink& sink) {
        const auto& columns = relation_columns();
        for (const auto& r : *relations) {
            write_fields(columns, r, sink);
            const geo::Position line[] = {
                {*r.event->longitude, *r.event->latitude},
                {*r.event->reference_longitude, *r.event->reference_latitude}};
            sink.set_line_string(line);
            sink.add();
        }
    };
    return layer;
}

// --- area layers -----------------------------------------------------------------------------

const std::vector<Column<events::EventTally>>& tally_columns() {
    using A = events::EventTally;
    using S = FeatureSink;
    using T = FieldType;
    static const std::vector<Column<A>> columns = {
        {"events", "events", T::integer64,
         [](const A& a, S& s, std::size_t i) {
             s.set_integer(i, static_cast<std::int64_t>(a.events));
         }},
        {"fatalities", "fatalities", T::integer64,
         [](const A& a, S& s, std::size_t i) { s.set_integer(i, a.fatalities); }},
        {"injuries", "injuries", T::integer64,
         [](const A& a, S& s, std::size_t i) { s.set_integer(i, a.injuries); }},
        {"first_date", "first_date", T::date,
         [](const A& a, S& s, std::size_t i) { set_opt(s, i, a.first_date); }},
        {"last_date", "last_date", T::date,
         [](const A& a, S& s, std::size_t i) { set_opt(s, i, a.last_date); }},
    };
    return columns;
}

bool is_tally_name(std::string_view name) {
    const auto& t = tally_columns();
    return std::any_of(t.begin(), t.end(), [&](const auto& c) { return name == c.name; });
}

std::optional<FieldType> type_of(const geo::AttributeValue& v) {
    if (std::holds_alternative<std::string>(v)) {
        return FieldType::string;
    }
    if (std::holds_alternative<std::int64_t>(v)) {
        return FieldType::integer64;
    }
    if (std::holds_alternative<double>(v)) {
        return FieldType::real;
    }
    if (std::holds_alternative<bool>(v)) {
        return FieldType::boolean;
    }
    return std::nullopt;
}

/// The area's own attributes that go into the layer (those not named like a count field),
/// in the order of the first feature.
std::vector<std::string> area_attribute_names(const geo::AreaLayer* areas) {
    std::vector<std::string> names;
    if (areas == nullptr || areas->features.empty()) {
        return names;
    }
    for (const auto& [name, value] : areas->features.front().attributes) {
        if (!is_tally_name(name)) {
            names.push_back(name);
        }
    }
    return names;
}

std::string attribute_text(const geo::AttributeValue& v) {
    if (const auto* x = std::get_if<std::int64_t>(&v)) {
        return std::to_string(*x);
    }
    if (const auto* x = std::get_if<double>(&v)) {
        std::ostringstream s;
        s.precision(17);
        s << *x;
        return s.str();
    }
    if (const auto* x = std::get_if<bool>(&v)) {
        return *x ? "true" : "false";
    }
    if (const auto* x = std::get_if<std::string>(&v)) {
        return *x;
    }
    return {};
}

void set_attribute(FeatureSink& sink, std::size_t i, FieldType type, const geo::AttributeValue* v) {
    if (v == nullptr || std::holds_alternative<std::monostate>(*v)) {
        sink.set_null(i);
        return;
    }
    switch (type) {
    case FieldType::integer64:
        if (const auto* x = std::get_if<std::int64_t>(v)) {
            sink.set_integer(i, *x);
            return;
        }
        break;
    case FieldType::real:
        if (const auto* x = std::get_if<double>(v)) {
            sink.set_real(i, *x);
            return;
        }
        if (const auto* x = std::get_if<std::int64_t>(v)) {
            sink.set_real(i, static_cast<double>(*x));
            return;
        }
        break;
    case FieldType::boolean:
        if (const auto* x = std::get_if<bool>(v)) {
            sink.set_boolean(i, *x);
            return;
        }
        break;
    default:
        break;
    }
    // Strings, and values whose type differs from the field's: as text.
    if (const auto* x = std::get_if<std::string>(v)) {
        sink.set_string(i, *x);
    } else if (type == FieldType::string) {
        sink.set_string(i, attribute_text(*v));
    } else {
        sink.set_null(i);
    }
}

MapLayer area_layer(const std::string& name, const geo::AreaLayer* areas,
                    std::span<const EventRecord> events, const AreaLocatorFactory& locator) {
    MapLayer layer;
    layer.schema = area_schema(name, areas);
    if (areas == nullptr || areas->features.empty()) {
        layer.write = [](FeatureSink&) {};
        return layer;
    }
    auto tallies = std::make_shared<events::AreaTallies>(
        locator ? events::tally_events_by_area(events, areas->features.size(), locator(*areas))
                : events::tally_events_by_area(events, *areas));
    auto attributes = std::make_shared<std::vector<std::string>>(area_attribute_names(areas));
    layer.feature_count = areas->features.size();
    layer.write = [areas, tallies, attributes, schema = layer.schema](FeatureSink& sink) {
        const auto& counts = tally_columns();
        for (std::size_t f = 0; f < areas->features.size(); ++f) {
            const geo::AreaFeature& feature = areas->features[f];
            for (std::size_t i = 0; i < attributes->size(); ++i) {
                set_attribute(sink, i, schema.fields[i].type, feature.attribute((*attributes)[i]));
            }
            for (std::size_t c = 0; c < counts.size(); ++c) {
                counts[c].write(tallies->areas[f], sink, attributes->size() + c);
            }
            if (const auto* mp = std::get_if<geo::MultiPolygon>(&feature.geometry)) {
                sink.set_multi_polygon(*mp);
            } else if (const auto* ml = std::get_if<geo::MultiLineString>(&feature.geometry)) {
                sink.set_multi_line_string(*ml);
            }
            sink.add();
        }
    };
    return layer;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

const char* to_string(FieldType type) noexcept {
    switch (type) {
    case FieldType::string:
        return "string";
    case FieldType::integer:
        return "integer";
    case FieldType::integer64:
        return "integer64";
    case FieldType::real:
        return "real";
    case FieldType::boolean:
        return "boolean";
    case FieldType::date:
        return "date";
    }
    return "?";
}

const char* to_string(GeometryType type) noexcept {
    switch (type) {
    case GeometryType::point:
        return "Point";
    case GeometryType::line_string:
        return "LineString";
    case GeometryType::multi_polygon:
        return "MultiPolygon";
    case GeometryType::multi_line_string:
        return "MultiLineString";
    }
    return "?";
}

const std::vector<std::string>& map_layer_names() {
    static const std::vector<std::string> names = {
        "events",           "mentions", "places", "admin1", "disputed_territories",
        "disputed_outline", "relations"};
    return names;
}

std::vector<std::string> parse_layer_selection(const std::string& list) {
    const auto& valid = map_layer_names();
    std::set<std::string> wanted;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        std::string name = list.substr(start, comma - start);
        start = comma + 1;
        const auto b = name.find_first_not_of(" \t");
        const auto e = name.find_last_not_of(" \t");
        name = b == std::string::npos ? std::string() : name.substr(b, e - b + 1);
        if (name.empty()) {
            throw UsageError("--layers '" + list + "': empty layer name");
        }
        if (std::find(valid.begin(), valid.end(), name) == valid.end()) {
            std::string all;
            for (const auto& v : valid) {
                all += (all.empty() ? "" : ", ") + v;
            }
            throw UsageError("--layers: unknown layer '" + name + "'; valid layers: " + all);
        }
        wanted.insert(name);
    }
    std::vector<std::string> out;
    for (const auto& v : valid) {
        if (wanted.count(v) != 0U) {
            out.push_back(v);
        }
    }
    return out;
}

LayerSchema events_schema() {
    return schema_of("events", GeometryType::point, event_columns());
}
LayerSchema mentions_schema() {
    return schema_of("mentions", GeometryType::point, mention_columns());
}
LayerSchema places_schema() {
    return schema_of("places", GeometryType::point, place_columns());
}
LayerSchema relations_schema() {
    return schema_of("relations", GeometryType::line_string, relation_columns());
}

LayerSchema area_schema(const std::string& name, const geo::AreaLayer* areas) {
    LayerSchema schema{name, GeometryType::multi_polygon, {}};
    if (areas != nullptr && !areas->features.empty() &&
        std::holds_alternative<geo::MultiLineString>(areas->features.front().geometry)) {
        schema.geometry = GeometryType::multi_line_string;
    }
    for (const auto& attr : area_attribute_names(areas)) {
        // The type of the first non-null value; text when every value is null.
        FieldType type = FieldType::string;
        for (const auto& f : areas->features) {
            if (const auto* v = f.attribute(attr)) {
                if (auto t = type_of(*v)) {
                    type = *t;
                    break;
                }
            }
        }
        schema.fields.push_back({attr, "", type});
    }
    for (const auto& c : tally_columns()) {
        schema.fields.push_back({c.name, c.short_name, c.type});
    }
    assign_short_names(schema.fields);
    return schema;
}

void assign_short_names(std::vector<FieldDef>& fields) {
    std::set<std::string> taken;
    for (const auto& f : fields) {
        if (!f.short_name.empty()) {
            taken.insert(lower(f.short_name));
        }
    }
    for (auto& f : fields) {
        if (!f.short_name.empty()) {
            continue;
        }
        auto cut = [&](std::size_t n) { return std::string(text::truncate_utf8(f.name, n)); };
        std::string candidate = cut(10);
        for (int n = 2; taken.count(lower(candidate)) != 0U; ++n) {
            const std::string suffix = std::to_string(n);
            candidate = cut(10 - suffix.size()) + suffix;
        }
        taken.insert(lower(candidate));
        f.short_name = candidate;
    }
}

std::vector<MapLayer> build_map_layers(const MapSources& sources,
                                       const std::vector<std::string>& names) {
    std::vector<MapLayer> layers;
    for (const auto& name : names) {
        if (name == "events") {
            layers.push_back(events_layer(sources.events));
        } else if (name == "mentions") {
            layers.push_back(mentions_layer(sources.mentions));
        } else if (name == "places") {
            layers.push_back(places_layer(sources.events));
        } else if (name == "admin1") {
            layers.push_back(area_layer(name, sources.admin1, sources.events, sources.locator));
        } else if (name == "disputed_territories") {
            layers.push_back(
                area_layer(name, sources.disputed_territories, sources.events, sources.locator));
        } else if (name == "disputed_outline") {
            layers.push_back(
                area_layer(name, sources.disputed_outline, sources.events, sources.locator));
        } else if (name == "relations") {
            layers.push_back(relations_layer(sources.events));
        } else {
            throw Error(ErrorKind::internal, "unknown map layer '" + name + "'");
        }
    }
    return layers;
}

} // namespace conflictmap::io
