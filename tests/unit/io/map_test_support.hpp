// Helpers shared by the map tests: the fixture events, fixture governorate-like polygons (the
// real ones land with the disputed-territories issue), a ray-casting locator for them, and a
// FeatureSink that records what a layer producer hands over.
#pragma once

#include "core/diagnostics.hpp"
#include "events/aggregate.hpp"
#include "io/event_io.hpp"
#include "io/map_layers.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <sstream>
#include <variant>

namespace conflictmap::test {

inline std::vector<EventRecord> fixture_events(const char* name = "events.geojsons") {
    std::ostringstream err;
    Diagnostics diag(err);
    std::vector<EventRecord> out;
    io::read_event_file(std::string(CONFLICTMAP_TEST_DATA) + "/map/" + name, diag, true,
                        [&](EventRecord&& e) { out.push_back(std::move(e)); });
    return out;
}

inline geo::AreaFeature box(const std::string& name, const std::string& code, double west,
                            double south, double east, double north, geo::AttributeValue population,
                            bool clockwise = false) {
    geo::Ring ring = {{west, south}, {east, south}, {east, north}, {west, north}, {west, south}};
    if (clockwise) {
        std::reverse(ring.begin(), ring.end());
    }
    geo::AreaFeature f;
    f.attributes = {{"name", name},
                    {"admin1_code", code},
                    {"population_2020", std::move(population)},
                    {"coastal", false}};
    f.geometry = geo::MultiPolygon{geo::Polygon{{ring}}};
    return f;
}

/// Two boxes around fixture events: "Kirkuk" holds K-1 and the IED south of Kirkuk,
/// "Baghdad" holds both Camp Taji events, the airport strike and the Tahrir protest.
inline geo::AreaLayer fixture_areas(bool clockwise = false) {
    geo::AreaLayer layer{"admin1", {}};
    layer.features.push_back(
        box("Kirkuk", "13", 44.0, 35.0, 45.0, 36.0, std::int64_t{1600000}, clockwise));
    layer.features.push_back(box("Baghdad", "07", 44.0, 33.0, 45.0, 34.5, {}, clockwise));
    return layer;
}

inline bool in_ring(const geo::Ring& ring, double x, double y) {
    bool inside = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const auto& a = ring[i];
        const auto& b = ring[j];
        if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
            inside = !inside;
        }
    }
    return inside;
}

/// Even-odd ray casting over a polygon layer (test stand-in for geo::PointInPolygonIndex).
inline events::AreaLocator ray_casting_locator(const geo::AreaLayer& layer) {
    return [&layer](double lon, double lat) -> long {
        for (std::size_t i = 0; i < layer.features.size(); ++i) {
            const auto* mp = std::get_if<geo::MultiPolygon>(&layer.features[i].geometry);
            if (mp == nullptr) {
                continue;
            }
            for (const auto& polygon : *mp) {
                bool inside = !polygon.rings.empty() && in_ring(polygon.rings[0], lon, lat);
                for (std::size_t h = 1; inside && h < polygon.rings.size(); ++h) {
                    inside = !in_ring(polygon.rings[h], lon, lat);
                }
                if (inside) {
                    return static_cast<long>(i);
                }
            }
        }
        return -1;
    };
}

using RecordedValue = std::variant<std::monostate, std::string, std::int64_t, double, bool, Date>;

struct RecordedFeature {
    std::vector<RecordedValue> values;
    std::vector<int> times_set;
    std::string geometry; ///< "" (none), "Point", "LineString", "MultiPolygon", ...
    std::vector<geo::Position> positions;
};

class RecordingSink final : public io::FeatureSink {
public:
    explicit RecordingSink(const io::LayerSchema& schema) : schema_(schema) { start(); }

    void set_string(std::size_t f, std::string_view v) override { set(f, std::string(v)); }
    void set_integer(std::size_t f, std::int64_t v) override { set(f, v); }
    void set_real(std::size_t f, double v) override { set(f, v); }
    void set_boolean(std::size_t f, bool v) override { set(f, v); }
    void set_date(std::size_t f, const Date& v) override { set(f, v); }
    void set_null(std::size_t f) override { set(f, std::monostate{}); }
    void set_point(double lon, double lat) override {
        current_.geometry = "Point";
        current_.positions = {{lon, lat}};
    }
    void set_line_string(std::span<const geo::Position> line) override {
        current_.geometry = "LineString";
        current_.positions.assign(line.begin(), line.end());
    }
    void set_multi_polygon(const geo::MultiPolygon& p) override {
        current_.geometry = "MultiPolygon";
        for (const auto& poly : p) {
            for (const auto& ring : poly.rings) {
                current_.positions.insert(current_.positions.end(), ring.begin(), ring.end());
            }
        }
    }
    void set_multi_line_string(const geo::MultiLineString&) override {
        current_.geometry = "MultiLineString";
    }
    void add() override {
        features.push_back(current_);
        start();
    }

    /// The value of a field by name in feature i.
    const RecordedValue& value(std::size_t i, const std::string& field) const {
        for (std::size_t f = 0; f < schema_.fields.size(); ++f) {
            if (schema_.fields[f].name == field) {
                return features.at(i).values[f];
            }
        }
        FAIL("no field " << field);
        static const RecordedValue none;
        return none;
    }

    std::vector<RecordedFeature> features;

private:
    void start() {
        current_ = {};
        current_.values.resize(schema_.fields.size());
        current_.times_set.assign(schema_.fields.size(), 0);
    }
    void set(std::size_t f, RecordedValue v) {
        REQUIRE(f < schema_.fields.size());
        current_.values[f] = std::move(v);
        ++current_.times_set[f];
    }
    const io::LayerSchema& schema_;
    RecordedFeature current_;
};

} // namespace conflictmap::test
