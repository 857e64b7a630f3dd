// The layers of `conflictmap map`, independent of any file format: each has a name, one
// geometry type, a field schema (full names, plus the 10-character names a Shapefile's DBF
// needs) and a producer that hands its features, in a stable order, to a FeatureSink.
// io/layer_writer.hpp turns a sink into a GDAL layer; tests use a recording sink.
#pragma once

#include "core/date.hpp"
#include "events/aggregate.hpp"
#include "events/event_record.hpp"
#include "events/pipeline.hpp"
#include "geo/areas.hpp"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::io {

enum class FieldType { string, integer, integer64, real, boolean, date };
enum class GeometryType { point, line_string, multi_polygon, multi_line_string };

const char* to_string(FieldType type) noexcept;
const char* to_string(GeometryType type) noexcept;

struct FieldDef {
    std::string name;       ///< the name in GeoPackage, GeoJSON, CSV, KML, FlatGeobuf, ...
    std::string short_name; ///< at most 10 bytes, unique in its layer ignoring case (Shapefile)
    FieldType type;
};

struct LayerSchema {
    std::string name;
    GeometryType geometry;
    std::vector<FieldDef> fields;
};

/// Receives the features of one layer. For each feature the producer sets every field of the
/// schema, in any order (set_null when there is no value), at most one geometry of the
/// layer's type (none = a feature without geometry), then calls add().
class FeatureSink {
public:
    virtual ~FeatureSink() = default;
    virtual void set_string(std::size_t field, std::string_view value) = 0;
    virtual void set_integer(std::size_t field, std::int64_t value) = 0;
    virtual void set_real(std::size_t field, double value) = 0;
    virtual void set_boolean(std::size_t field, bool value) = 0;
    virtual void set_date(std::size_t field, const Date& value) = 0;
    virtual void set_null(std::size_t field) = 0;
    /// Geometries in WGS84 longitude, latitude.
    virtual void set_point(double lon, double lat) = 0;
    virtual void set_line_string(std::span<const geo::Position> line) = 0;
    virtual void set_multi_polygon(const geo::MultiPolygon& polygons) = 0;
    virtual void set_multi_line_string(const geo::MultiLineString& lines) = 0;
    virtual void add() = 0;
};

struct MapLayer {
    LayerSchema schema;
    std::uint64_t feature_count = 0; ///< how many features write() hands over
    std::function<void(FeatureSink&)> write;
};

/// Every layer name, in output order: events, mentions, places, admin1, disputed_territories,
/// disputed_outline, relations.
const std::vector<std::string>& map_layer_names();

/// "events,places" -> the names in map_layer_names() order, duplicates folded. Throws
/// UsageError naming the valid layers for an unknown or empty name.
std::vector<std::string> parse_layer_selection(const std::string& list);

/// Builds a locator for an area layer; the default uses geo::PointInPolygonIndex.
using AreaLocatorFactory = std::function<events::AreaLocator(const geo::AreaLayer&)>;

/// What the layers are made of. Everything must outlive the MapLayers built from it.
struct MapSources {
    std::span<const EventRecord> events;
    std::span<const events::Mention> mentions;
    const geo::AreaLayer* admin1 = nullptr; ///< nullptr: an empty layer
    const geo::AreaLayer* disputed_territories = nullptr;
    const geo::AreaLayer* disputed_outline = nullptr;
    AreaLocatorFactory locator; ///< empty: geo::PointInPolygonIndex
};

/// The selected layers (names from parse_layer_selection), aggregates computed now.
std::vector<MapLayer> build_map_layers(const MapSources& sources,
                                       const std::vector<std::string>& names);

/// Fixed schemas (the README documents them); area layers take their attributes from the
/// AreaLayer, followed by the counts (events, fatalities, injuries, first_date, last_date).
LayerSchema events_schema();
LayerSchema mentions_schema();
LayerSchema places_schema();
LayerSchema relations_schema();
LayerSchema area_schema(const std::string& name, const geo::AreaLayer* areas);

/// Gives fields without a short name one: the name cut to 10 bytes, made unique in the layer
/// (ignoring case) with a numeric suffix ("population" -> "populatio2").
void assign_short_names(std::vector<FieldDef>& fields);

} // namespace conflictmap::io
