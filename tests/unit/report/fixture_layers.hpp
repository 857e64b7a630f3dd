// Test helper: reads a small GeoJSON FeatureCollection of Polygons/MultiPolygons into a
// geo::AreaLayer, so report tests draw real-looking outlines that do not change when the
// embedded admin-1 and disputed layers are rebuilt. String properties only; no validation
// beyond what the fixtures need.
#pragma once

#include "geo/areas.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace conflictmap::test {

inline geo::Ring fixture_ring(const nlohmann::json& coordinates) {
    geo::Ring ring;
    for (const auto& p : coordinates) {
        ring.push_back({p.at(0).get<double>(), p.at(1).get<double>()});
    }
    return ring;
}

inline geo::Polygon fixture_polygon(const nlohmann::json& rings) {
    geo::Polygon polygon;
    for (const auto& r : rings) {
        polygon.rings.push_back(fixture_ring(r));
    }
    return polygon;
}

inline geo::AreaLayer read_fixture_layer(const std::string& path, const std::string& name) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot open fixture " + path);
    }
    const auto doc = nlohmann::json::parse(in);
    geo::AreaLayer layer{name, {}};
    for (const auto& f : doc.at("features")) {
        geo::AreaFeature feature;
        for (const auto& [key, value] : f.at("properties").items()) {
            if (value.is_string()) {
                feature.attributes.emplace_back(key, value.get<std::string>());
            }
        }
        const auto& g = f.at("geometry");
        geo::MultiPolygon polygons;
        if (g.at("type") == "Polygon") {
            polygons.push_back(fixture_polygon(g.at("coordinates")));
        } else if (g.at("type") == "MultiPolygon") {
            for (const auto& p : g.at("coordinates")) {
                polygons.push_back(fixture_polygon(p));
            }
        }
        feature.geometry = std::move(polygons);
        layer.features.push_back(std::move(feature));
    }
    return layer;
}

} // namespace conflictmap::test
