// `conflictmap map`: events (from articles or event files) as GIS layers in any OGR vector
// format. Options are parsed here; the layers come from io/map_layers, the output from
// io/map_output. The output is checked before any input is read.
#include "cli/commands.hpp"
#include "cli/source_options.hpp"
#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "events/pipeline.hpp"
#include "geo/areas.hpp"
#include "io/map_layers.hpp"
#include "io/map_output.hpp"

#include <optional>

namespace conflictmap::cli {

namespace {

/// --config KEY VALUE: exactly two words per occurrence, as GDAL's own tools take it.
class KeyValueOption final : public po::typed_value<std::vector<std::string>> {
public:
    explicit KeyValueOption(std::vector<std::string>* store)
        : po::typed_value<std::vector<std::string>>(store) {
        composing();
    }
    unsigned min_tokens() const override { return 2; }
    unsigned max_tokens() const override { return 2; }
};

std::string plural(std::uint64_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

class MapCommand final : public Command {
public:
    std::string usage() const override {
        return "INPUT... -o OUTPUT [-f FORMAT] [--layers L1,L2,...] [--t_srs SRS] "
               "[-lco NAME=VALUE]... [-dsco NAME=VALUE]... [--config KEY VALUE]... "
               "[--overwrite] [--strict]";
    }

    std::string description() const override {
        return "INPUT: articles as for 'extract' (.txt, .jsonl, folders, - for stdin) or event\n"
               "files written by 'extract' (.geojsons, .geojson, .json).\n"
               "\n"
               "Layers (--layers, default all): events (points), mentions (points of each\n"
               "resolved place name), places (one point per place: events, fatalities, first\n"
               "and last date), admin1 (governorate polygons with event counts),\n"
               "disputed_territories and disputed_outline (polygons with event counts),\n"
               "relations (lines from a relative-location event to its reference place).\n"
               "\n"
               "Formats (-f, any OGR vector driver): GPKG (default; all layers in one file),\n"
               "KML, SQLite: one file. GeoJSON (RFC 7946, 6 decimals), GeoJSONSeq,\n"
               "'ESRI Shapefile' (UTF-8, 10-character field names), CSV (points as X,Y\n"
               "columns, other geometries as a WKT column), FlatGeobuf: OUTPUT is a folder\n"
               "with LAYER.EXT per layer, or one file when one layer is selected and OUTPUT\n"
               "ends with the format's extension (not for Shapefile).\n"
               "Events without a location are written with no geometry, except where the\n"
               "format cannot store that (FlatGeobuf, GPX): there they are skipped and counted.\n"
               "\n"
               "OUTPUT is written atomically and identically for identical input; an existing\n"
               "OUTPUT is replaced only with --overwrite. GeoJSON, GeoJSONSeq and KML are\n"
               "always WGS84, so --t_srs is refused for them.\n"
               "\n"
               "Examples:\n"
               "  conflictmap map events.geojsons -o events.gpkg\n"
               "  conflictmap map events.geojsons -f 'ESRI Shapefile' -o shp/ --t_srs EPSG:32638\n"
               "  conflictmap map events.geojsons -f GeoJSON -o web/ --layers events,admin1\n";
    }

    std::vector<std::string> normalize_arguments(std::vector<std::string> args) const override {
        for (auto& a : args) {
            if (a == "--") {
                break;
            }
            if (a == "-lco" || a == "-dsco" || a == "-t_srs" || a == "-overwrite") {
                a.insert(0, "-");
            }
        }
        return args;
    }

    void add_options(po::options_description& options,
                     po::positional_options_description& positional) override {
        // clang-format off
        options.add_options()
            ("output,o", po::value<std::string>(&output_), "output file or folder (required)")
            ("format,f", po::value<std::string>(&format_),
             "GDAL vector format: GPKG (default), GeoJSON, GeoJSONSeq, 'ESRI Shapefile', KML, "
             "CSV, FlatGeobuf, ...")
            ("layers", po::value<std::string>(&layers_text_),
             "comma-separated layers (default: all)")
            ("t_srs", po::value<std::string>(&t_srs_),
             "target CRS: EPSG:3857, EPSG:32638, WKT, PROJ string (default EPSG:4326)")
            ("lco", po::value<std::vector<std::string>>(&lco_)->composing(),
             "layer creation option NAME=VALUE (repeatable; also -lco)")
            ("dsco", po::value<std::vector<std::string>>(&dsco_)->composing(),
             "dataset creation option NAME=VALUE (repeatable; also -dsco)")
            ("config", new KeyValueOption(&config_), "GDAL configuration option KEY VALUE "
             "(repeatable)")
            ("overwrite", po::bool_switch(&overwrite_), "replace an existing OUTPUT")
            ("input", po::value<std::vector<std::string>>(&inputs_), "inputs");
        // clang-format on
        sources_.add_to(options);
        positional.add("input", -1);
    }

    void configure(const po::variables_map&) override {
        if (inputs_.empty()) {
            throw UsageError("map: no INPUT given");
        }
        if (output_.empty()) {
            throw UsageError("map: -o OUTPUT is required");
        }
        layers_ =
            layers_text_.empty() ? io::map_layer_names() : io::parse_layer_selection(layers_text_);
        sources_.configure("map");
        output_options_.output = output_;
        output_options_.format = format_;
        output_options_.target_crs = t_srs_;
        output_options_.layer_options = lco_;
        output_options_.dataset_options = dsco_;
        for (std::size_t i = 0; i + 1 < config_.size(); i += 2) {
            output_options_.config.emplace_back(config_[i], config_[i + 1]);
        }
        output_options_.overwrite = overwrite_;
    }

    int run(Streams& io, const CommonOptions& common) override {
        Diagnostics diag(io.err, common.quiet, io.err_is_terminal);
        // Everything about the output is checked before the (possibly long) reading.
        const io::MapOutput output(output_options_, layers_);

        events::PipelineOptions pipeline = sources_.pipeline(inputs_, common);
        pipeline.keep_mentions = wants("mentions");
        const auto loaded = events::load_events(pipeline, io.in, diag);
        diag.note(events::describe(loaded.stats, loaded.events.size()));

        std::optional<geo::DisputedTerritories> disputed;
        if (wants("disputed_territories") || wants("disputed_outline")) {
            disputed = sources_.disputed_territories();
        }
        io::MapSources sources;
        sources.events = loaded.events;
        sources.mentions = loaded.mentions;
        sources.admin1 = &geo::iraq_admin1();
        if (disputed) {
            sources.disputed_territories = &disputed->areas();
            sources.disputed_outline = &disputed->outline();
        }
        const auto layers = io::build_map_layers(sources, layers_);
        const auto summary = output.write(layers, diag);
        report(summary, layers, diag);
        return kExitOk;
    }

private:
    bool wants(const std::string& layer) const {
        return std::find(layers_.begin(), layers_.end(), layer) != layers_.end();
    }

    void report(const io::MapOutputSummary& summary, const std::vector<io::MapLayer>& layers,
                Diagnostics& diag) const {
        std::string counts;
        for (const auto& l : summary.layers) {
            counts += (counts.empty() ? "" : ", ") + l.name + " " + std::to_string(l.written);
        }
        diag.note("wrote " + output_ + " (" + summary.driver + ", " + summary.crs + "): " + counts);
        for (std::size_t i = 0; i < summary.layers.size(); ++i) {
            const auto& l = summary.layers[i];
            const bool is_events = l.name == "events";
            if (l.without_geometry != 0) {
                diag.note(l.name + ": " +
                          plural(l.without_geometry, is_events ? "event" : "feature") +
                          " without a location written with no geometry");
            }
            if (l.skipped_no_geometry != 0) {
                diag.warn(l.name + ": " +
                              plural(l.skipped_no_geometry, is_events ? "event" : "feature") +
                              " without a location not written (" + summary.driver +
                              " cannot store features without geometry)",
                          {}, "not-written");
            }
            if (l.skipped_out_of_crs != 0) {
                diag.warn(l.name + ": " + plural(l.skipped_out_of_crs, "feature") +
                              " outside the area of " + summary.crs + " not written",
                          {}, "not-written");
            }
            if (l.truncated_strings != 0) {
                diag.warn(l.name + ": " + plural(l.truncated_strings, "text value") +
                              " cut to 254 bytes (" + summary.driver + " limit)",
                          {}, "truncated");
            }
            const bool area = l.name == "admin1" || l.name.rfind("disputed_", 0) == 0;
            if (area && i < layers.size() && layers[i].feature_count == 0) {
                diag.note(l.name + ": no polygons available in this build; the layer is empty");
            }
        }
    }

    std::vector<std::string> inputs_;
    std::string output_;
    std::string format_;
    std::string layers_text_;
    std::string t_srs_;
    std::vector<std::string> lco_;
    std::vector<std::string> dsco_;
    std::vector<std::string> config_;
    bool overwrite_ = false;
    SourceOptions sources_;

    std::vector<std::string> layers_;
    io::MapOutputOptions output_options_;
};

} // namespace

std::unique_ptr<Command> make_map_command() {
    return std::make_unique<MapCommand>();
}

} // namespace conflictmap::cli
