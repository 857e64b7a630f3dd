#include "io/map_output.hpp"

#include "core/error.hpp"
#include "io/atomic_output.hpp"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace fs = std::filesystem;

namespace conflictmap::io {

namespace {

std::string lower_extension(const fs::path& p) {
    std::string ext = p.extension().string();
    if (!ext.empty() && ext[0] == '.') {
        ext.erase(0, 1);
    }
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

fs::path without_trailing_slash(fs::path p) {
    while (!p.empty() && p.filename().empty() && p.has_parent_path() && p != p.root_path()) {
        p = p.parent_path();
    }
    return p;
}

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
    std::string out;
    for (const auto& p : parts) {
        out += (out.empty() ? "" : sep) + p;
    }
    return out;
}

/// GDAL configuration for a write: the pinned dates, then the user's --config (which win).
void configure(gdal::ScopedConfig& config, const MapOutputOptions& options) {
    config.set("OGR_CURRENT_DATE", kPinnedTimestamp);
    config.set("DBF_DATE_LAST_UPDATE", kPinnedDbfDate);
    for (const auto& [key, value] : options.config) {
        config.set(key, value);
    }
}

/// A dataset written under its real name inside a hidden folder beside the target, then moved
/// into place: drivers that look at the extension (GPKG, FlatGeobuf, CSV) see the real one,
/// and an abandoned write leaves nothing behind.
class AtomicDatasetPath {
public:
    AtomicDatasetPath(fs::path target, bool overwrite)
        : target_(std::move(target)), overwrite_(overwrite) {
        check_output_target(target_, overwrite_);
        scratch_ = temporary_sibling(target_);
        std::error_code ec;
        if (!fs::create_directory(scratch_, ec) || ec) {
            throw OutputError("cannot create a folder beside it: " + ec.message(),
                              ErrorContext{target_.string(), 0, 0, {}});
        }
    }
    ~AtomicDatasetPath() {
        std::error_code ec;
        fs::remove_all(scratch_, ec);
    }
    AtomicDatasetPath(const AtomicDatasetPath&) = delete;
    AtomicDatasetPath& operator=(const AtomicDatasetPath&) = delete;

    fs::path temp_path() const { return scratch_ / target_.filename(); }

    void commit() {
        std::error_code ec;
        const fs::path written = temp_path();
        if (fs::exists(target_, ec)) {
            if (!overwrite_) {
                throw OutputError("output appeared while writing; use --overwrite",
                                  ErrorContext{target_.string(), 0, 0, {}});
            }
            if (fs::is_directory(target_, ec) || fs::is_directory(written, ec)) {
                // rename() cannot replace a folder: move the old one aside first.
                const fs::path old = temporary_sibling(target_);
                fs::rename(target_, old, ec);
                if (ec) {
                    throw OutputError("cannot move the previous output aside: " + ec.message(),
                                      ErrorContext{target_.string(), 0, 0, {}});
                }
                fs::rename(written, target_, ec);
                if (ec) {
                    std::error_code ignored;
                    fs::rename(old, target_, ignored);
                    throw OutputError("cannot move the finished output into place: " + ec.message(),
                                      ErrorContext{target_.string(), 0, 0, {}});
                }
                fs::remove_all(old, ec);
                return;
            }
        }
        fs::rename(written, target_, ec); // atomic over an existing file
        if (ec) {
            throw OutputError("cannot move the finished output into place: " + ec.message(),
                              ErrorContext{target_.string(), 0, 0, {}});
        }
    }

private:
    fs::path target_;
    fs::path scratch_;
    bool overwrite_;
};

void report_warnings(gdal::ErrorCapture& errors, MapOutputSummary& summary, Diagnostics& diag) {
    for (const auto& w : errors.take_warnings()) {
        summary.gdal_warnings.push_back(w.text);
        diag.warn("GDAL: " + w.text, {}, "gdal");
    }
}

} // namespace

std::string guess_format(const fs::path& output) {
    const std::string ext = lower_extension(without_trailing_slash(output));
    static const std::vector<std::pair<std::string, std::string>> known = {
        {"gpkg", "GPKG"},
        {"kml", "KML"},
        {"kmz", "LIBKML"},
        {"sqlite", "SQLite"},
        {"geojson", "GeoJSON"},
        {"json", "GeoJSON"},
        {"geojsons", "GeoJSONSeq"},
        {"geojsonl", "GeoJSONSeq"},
        {"shp", "ESRI Shapefile"},
        {"csv", "CSV"},
        {"fgb", "FlatGeobuf"},
        {"gml", "GML"},
        {"gdb", "OpenFileGDB"},
        {"xlsx", "XLSX"},
        {"ods", "ODS"}};
    for (const auto& [e, driver] : known) {
        if (ext == e) {
            return driver;
        }
    }
    return "GPKG";
}

MapOutput::MapOutput(MapOutputOptions options, const std::vector<std::string>& layer_names)
    : options_(std::move(options)),
      driver_(gdal::VectorDriver::find(options_.format.empty() ? guess_format(options_.output)
                                                               : options_.format)) {
    gdal::ErrorCapture errors;
    gdal::ScopedConfig config;
    configure(config, options_);
    const std::string given = options_.output.string();
    if (options_.format.empty() && !given.empty() && given.back() == '/') {
        throw UsageError("-o " + given +
                         " names a folder: give -f FORMAT (GeoJSON, 'ESRI Shapefile', CSV, "
                         "FlatGeobuf, ...)");
    }
    options_.output = without_trailing_slash(options_.output);
    if (options_.output.empty()) {
        throw UsageError("-o OUTPUT is empty");
    }
    rules_ = format_rules(driver_, options_.layer_options);

    // Creation options: each NAME=VALUE well formed and known to the driver.
    for (const auto& o : options_.layer_options) {
        (void)gdal::split_option(o, "-lco");
    }
    for (const auto& o : options_.dataset_options) {
        (void)gdal::split_option(o, "-dsco");
    }
    auto problems = gdal::check_creation_options(driver_.metadata(GDAL_DS_LAYER_CREATIONOPTIONLIST),
                                                 options_.layer_options, "layer creation");
    const auto ds_problems =
        gdal::check_creation_options(driver_.metadata(GDAL_DMD_CREATIONOPTIONLIST),
                                     options_.dataset_options, "dataset creation");
    problems.insert(problems.end(), ds_problems.begin(), ds_problems.end());
    if (!problems.empty()) {
        throw UsageError(join(problems, "; ") + " (" + driver_.name() +
                         "; see 'ogrinfo --format \"" + driver_.name() + "\"')");
    }

    // The CRS.
    target_crs_text_ = options_.target_crs;
    if (target_crs_text_.empty()) {
        crs_name_ = "EPSG:4326";
    } else {
        OGRSpatialReference target;
        try {
            target = gdal::spatial_reference(target_crs_text_);
        } catch (const LibraryError& e) {
            throw UsageError("--t_srs: " + e.message());
        }
        crs_name_ = gdal::describe(target, target_crs_text_);
        const auto wgs84 = gdal::wgs84();
        if (rules_.wgs84_only && target.IsSame(&wgs84) == 0) {
            std::string message = "--t_srs " + target_crs_text_ + ": " + driver_.name() +
                                  " is always written in WGS84 (EPSG:4326)";
            if (rules_.driver == "GeoJSON") {
                message += "; RFC 7946 requires it (-lco RFC7946=NO writes the 2008 dialect, "
                           "which can carry another CRS)";
            }
            throw UsageError(message);
        }
        (void)gdal::transformation(wgs84, target); // PROJ must know a way
    }

    // The layout.
    if (rules_.one_dataset) {
        layout_ = OutputLayout::dataset;
    } else {
        const auto extensions = driver_.extensions();
        const std::string ext = lower_extension(options_.output);
        const bool names_a_file = !ext.empty() && std::find(extensions.begin(), extensions.end(),
                                                            ext) != extensions.end();
        if (!names_a_file) {
            layout_ = OutputLayout::folder;
        } else if (rules_.driver == "ESRI Shapefile") {
            throw UsageError("-o " + options_.output.string() +
                             ": Shapefile output is a folder with LAYER.shp (and .shx, .dbf, "
                             ".prj, .cpg) per layer; name a folder, e.g. -o " +
                             options_.output.stem().string());
        } else if (layer_names.size() != 1) {
            throw UsageError("-o " + options_.output.string() + ": " + driver_.name() +
                             " holds one layer per file; name a folder to get one file per "
                             "layer, or select one layer with --layers");
        } else {
            layout_ = OutputLayout::single_layer;
        }
    }
    if (layout_ == OutputLayout::folder) {
        std::error_code ec;
        if (fs::exists(options_.output, ec) && !fs::is_directory(options_.output, ec)) {
            throw OutputError(std::string("output is a file, but ") + driver_.name() +
                                  " output is a folder (one file per layer)",
                              ErrorContext{options_.output.string(), 0, 0, {}});
        }
    } else {
        // Never replace a folder by a file (a folder-shaped dataset such as .gdb may replace
        // its own kind).
        std::error_code ec;
        if (fs::is_directory(options_.output, ec) && lower_extension(options_.output) != "gdb") {
            throw OutputError("output is a folder, expected a file",
                              ErrorContext{options_.output.string(), 0, 0, {}});
        }
    }
    check_output_target(options_.output, options_.overwrite);
}

std::string MapOutput::layer_file(const std::string& layer) const {
    if (layout_ != OutputLayout::folder) {
        return {};
    }
    return rules_.layer_extension.empty() ? layer : layer + "." + rules_.layer_extension;
}

MapOutputSummary MapOutput::write(const std::vector<MapLayer>& layers, Diagnostics& diag) const {
    MapOutputSummary summary;
    summary.driver = driver_.name();
    summary.crs = crs_name_;
    summary.layout = layout_;

    gdal::ErrorCapture errors;
    gdal::ScopedConfig config;
    configure(config, options_);
    const OGRSpatialReference wgs84 = gdal::wgs84();
    const OGRSpatialReference srs =
        target_crs_text_.empty() ? wgs84 : gdal::spatial_reference(target_crs_text_);
    const gdal::CoordinateTransformationPtr transform = gdal::transformation(wgs84, srs);
    gdal::OptionList dataset_options(rules_.dataset_options);
    for (const auto& o : options_.dataset_options) {
        const auto [name, value] = gdal::split_option(o, "-dsco");
        dataset_options.set(name, value);
    }

    const auto write_one = [&](gdal::Dataset& dataset, const MapLayer& layer) {
        const LayerTarget target{
            dataset, rules_, driver_, srs, transform.get(), options_.layer_options, errors};
        const std::string what = "writing " + layer.schema.name;
        auto stats = write_layer(layer, target, [&](std::uint64_t done) {
            diag.progress(done, layer.feature_count, what);
        });
        diag.end_progress();
        stats.file = layer_file(layer.schema.name);
        summary.layers.push_back(std::move(stats));
    };

    if (layout_ == OutputLayout::folder) {
        AtomicDirectory folder(options_.output, options_.overwrite);
        for (const auto& layer : layers) {
            gdal::Dataset dataset(driver_, folder.temp_path() / layer_file(layer.schema.name),
                                  dataset_options, errors);
            write_one(dataset, layer);
            dataset.close();
        }
        report_warnings(errors, summary, diag);
        folder.commit();
    } else {
        AtomicDatasetPath file(options_.output, options_.overwrite);
        gdal::Dataset dataset(driver_, file.temp_path(), dataset_options, errors);
        for (const auto& layer : layers) {
            write_one(dataset, layer);
        }
        dataset.close();
        report_warnings(errors, summary, diag);
        file.commit();
    }
    return summary;
}

} // namespace conflictmap::io
