// The output of `conflictmap map`: which GDAL format, which CRS, one dataset or one file per
// layer, written atomically (a temporary name beside OUTPUT, renamed on success; nothing left
// behind on failure; an existing OUTPUT replaced only with overwrite) and reproducibly (GDAL's
// dates pinned, no timestamps), with GDAL's messages turned into our errors and warnings.
//
// Everything the user can get wrong (format, CRS, creation options, the OUTPUT name) is
// checked by the constructor, before any input is read or anything is written.
#pragma once

#include "core/diagnostics.hpp"
#include "io/gdal_dataset.hpp"
#include "io/layer_writer.hpp"
#include "io/map_layers.hpp"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace conflictmap::io {

struct MapOutputOptions {
    std::filesystem::path output;
    std::string format;     ///< GDAL short name; "" = guessed from OUTPUT's extension, else GPKG
    std::string target_crs; ///< --t_srs; "" = EPSG:4326
    std::vector<std::string> layer_options;                  ///< -lco NAME=VALUE
    std::vector<std::string> dataset_options;                ///< -dsco NAME=VALUE
    std::vector<std::pair<std::string, std::string>> config; ///< --config KEY VALUE
    bool overwrite = false;
};

/// Where the layers go.
enum class OutputLayout {
    dataset,      ///< OUTPUT is one dataset holding every layer (GPKG, KML, ...)
    folder,       ///< OUTPUT is a folder with LAYER.EXT per layer (GeoJSON, Shapefile, ...)
    single_layer, ///< OUTPUT is one file of a one-layer format, one layer selected
};

struct MapOutputSummary {
    std::string driver;
    std::string crs; ///< "EPSG:4326", "EPSG:3857", ...
    OutputLayout layout = OutputLayout::dataset;
    std::vector<LayerWriteStats> layers;
    std::vector<std::string> gdal_warnings; ///< GDAL's warnings while writing (also on diag)
};

class MapOutput {
public:
    /// Throws UsageError (unknown format or CRS, options the driver rejects, a layer set the
    /// layout cannot hold, a CRS the format cannot store) or OutputError (OUTPUT exists
    /// without overwrite, its folder is missing).
    MapOutput(MapOutputOptions options, const std::vector<std::string>& layer_names);

    /// Writes the layers; on any error nothing is left at OUTPUT (a previous OUTPUT is kept).
    MapOutputSummary write(const std::vector<MapLayer>& layers, Diagnostics& diag) const;

    const FormatRules& rules() const noexcept { return rules_; }
    OutputLayout layout() const noexcept { return layout_; }
    const std::string& crs_name() const noexcept { return crs_name_; }

    /// The file a layer goes to, relative to OUTPUT's folder ("events.geojson"), or "" when
    /// it goes into OUTPUT itself.
    std::string layer_file(const std::string& layer) const;

private:
    MapOutputOptions options_;
    gdal::VectorDriver driver_;
    FormatRules rules_;
    OutputLayout layout_ = OutputLayout::dataset;
    std::string target_crs_text_; ///< as given, parsed again when writing
    std::string crs_name_;
};

/// GDAL driver for an output name when -f is not given: by extension (gpkg, kml, geojson,
/// shp, csv, fgb, ...), GPKG for a name without a known extension.
std::string guess_format(const std::filesystem::path& output);

} // namespace conflictmap::io
