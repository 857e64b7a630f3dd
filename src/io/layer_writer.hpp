// Writes one MapLayer into a GDAL dataset under a format's rules: how the layer's field types
// map onto what the driver stores, the Shapefile's 10-character names and 254-byte strings cut
// on UTF-8 boundaries, features without geometry kept or skipped (and counted) as the format
// allows, coordinates transformed to the target CRS, one OGRFeature reused for every feature,
// all inside one transaction where the driver has them.
#pragma once

#include "io/gdal_dataset.hpp"
#include "io/map_layers.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace conflictmap::io {

/// The date written where a format insists on one (GeoPackage's last_change through
/// OGR_CURRENT_DATE, the DBF header's last update): fixed, so identical input gives identical
/// files.
inline constexpr const char* kPinnedTimestamp = "2000-01-01T00:00:00.000Z";
inline constexpr const char* kPinnedDbfDate = "2000-01-01";

/// How a format stores the map's layers, decided from its GDAL driver and the user's -lco.
/// The README lists these rules per format.
struct FormatRules {
    std::string driver;                       ///< GDAL short name
    bool one_dataset = true;                  ///< every layer in one dataset (GPKG, KML, ...)
    std::string layer_extension;              ///< per-layer files: "geojson", "shp", ... ("" none)
    bool wgs84_only = false;                  ///< the driver writes WGS84 whatever the layer's CRS
    bool null_geometry = true;                ///< can store a feature without geometry
    bool short_field_names = false;           ///< DBF: at most 10 bytes (FieldDef::short_name)
    std::size_t max_string_bytes = 0;         ///< longer strings are cut (0: no limit)
    bool dates_as_text = false;               ///< dates as "YYYY-MM-DD" text fields (CSV)
    std::vector<std::string> dataset_options; ///< defaults; the user's -dsco win
    /// Layer creation defaults for point layers and for the others; the user's -lco win.
    std::vector<std::string> point_layer_options;
    std::vector<std::string> other_layer_options;
};

/// The rules of a driver; user_layer_options matter where they change a rule (RFC7946=NO
/// lifts GeoJSON's WGS84-only rule).
FormatRules format_rules(const gdal::VectorDriver& driver,
                         const std::vector<std::string>& user_layer_options);

struct LayerWriteStats {
    std::string name;
    std::string file;                   ///< the file it went to, relative to OUTPUT ("" = OUTPUT)
    std::uint64_t written = 0;          ///< features written
    std::uint64_t without_geometry = 0; ///< of those, written with a null geometry
    std::uint64_t skipped_no_geometry = 0; ///< not written: the format needs a geometry
    std::uint64_t skipped_out_of_crs = 0;  ///< not written: no coordinates in the target CRS
    std::uint64_t truncated_strings = 0;   ///< values cut to max_string_bytes
};

struct LayerTarget {
    gdal::Dataset& dataset;
    const FormatRules& rules;
    const gdal::VectorDriver& driver;
    const OGRSpatialReference& srs;         ///< the layer's CRS
    OGRCoordinateTransformation* transform; ///< WGS84 -> srs, nullptr when the same
    std::vector<std::string> user_layer_options;
    gdal::ErrorCapture& errors;
};

/// Creates the layer and writes every feature of `layer`. progress(done) is called now and
/// then. Throws LibraryError with GDAL's message when the driver refuses something.
LayerWriteStats write_layer(const MapLayer& layer, const LayerTarget& target,
                            const std::function<void(std::uint64_t)>& progress = {});

} // namespace conflictmap::io
