// Reading and writing polygon and line layers (AreaLayer): GeoJSON text for the files compiled
// into the binary, any OGR source for users' files, GeoPackage or GeoJSON for outputs.
#pragma once

#include "geo/areas.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::geo {

/// A GeoJSON FeatureCollection as a layer. Polygon and MultiPolygon become MultiPolygon,
/// LineString and MultiLineString become MultiLineString; other geometries and null
/// geometries throw InputError naming `source`. Properties keep their document order; strings,
/// integers, reals, booleans and null map to AttributeValue.
AreaLayer parse_geojson_layer(std::string_view text, std::string layer_name,
                              const std::string& source);

/// The embedded file `resource` (e.g. "gazetteer/iraq_admin1.geojson") parsed as above.
/// Throws Error(internal) when the binary was built without it.
AreaLayer embedded_geojson_layer(std::string_view resource, std::string layer_name);

/// Names of the vector layers of an OGR source. Throws InputError when it cannot be opened.
std::vector<std::string> ogr_layer_names(const std::string& path);

/// One layer of an OGR source (layer_name empty: the first layer), as WGS84 lon/lat.
/// Polygons (and curves, linearised) become MultiPolygon, lines MultiLineString; features of
/// other types or without geometry are skipped and counted in *skipped (when given).
AreaLayer read_ogr_layer(const std::string& path, const std::string& layer_name = {},
                         std::size_t* skipped = nullptr);

/// Write layers atomically (refusing an existing file unless overwrite): ".gpkg" holds every
/// layer as a table; ".geojson"/".json" holds the first layer only (RFC 7946, 6 decimals).
/// Booleans are written as OGR booleans, strings as UTF-8; no timestamps (reproducible).
/// Throws UsageError for other extensions, OutputError/LibraryError on failure.
void write_area_layers(const std::filesystem::path& path,
                       const std::vector<const AreaLayer*>& layers, bool overwrite);

} // namespace conflictmap::geo
