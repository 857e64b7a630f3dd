#include "geo/area_layer_io.hpp"
#include "geo/areas.hpp"

#include <cstdio>

namespace conflictmap::geo {

const AttributeValue* AreaFeature::attribute(std::string_view name) const {
    for (const auto& [k, v] : attributes) {
        if (k == name) {
            return &v;
        }
    }
    return nullptr;
}

std::string AreaFeature::text(std::string_view name) const {
    const auto* v = attribute(name);
    if (v == nullptr) {
        return {};
    }
    if (const auto* s = std::get_if<std::string>(v)) {
        return *s;
    }
    if (const auto* i = std::get_if<std::int64_t>(v)) {
        return std::to_string(*i);
    }
    if (const auto* d = std::get_if<double>(v)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.10g", *d);
        return buf;
    }
    if (const auto* b = std::get_if<bool>(v)) {
        return *b ? "true" : "false";
    }
    return {};
}

const AreaLayer& iraq_admin1() {
    // Parsed once, on first use; C++ makes the initialisation of a local static thread-safe.
    static const AreaLayer layer =
        embedded_geojson_layer("gazetteer/iraq_admin1.geojson", "admin1");
    return layer;
}

} // namespace conflictmap::geo
