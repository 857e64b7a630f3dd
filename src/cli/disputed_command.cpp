// `conflictmap disputed`: inspect Iraq's disputed-territories layer, tag points with it, rebuild
// it from authoritative district boundaries, compare two layers, and (for maintainers) rebuild
// the embedded layer from our seats.
#include "cli/commands.hpp"
#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "geo/area_layer_io.hpp"
#include "geo/areas.hpp"
#include "geo/disputed_build.hpp"
#include "geo/geos_bridge.hpp"
#include "geo/seed_partition.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>

namespace conflictmap::cli {

namespace {

using nlohmann::ordered_json;

constexpr const char* kDescription =
    R"(Subcommands:
  info      list the areas: name, name_ar, name_ku, governorate, pcode, level,
            basis, method, area_km2, extended_claim (--format tsv|json)
  tag       LAT,LON ... (or one "LAT,LON" or "LAT LON" per line on stdin): is the
            point disputed, in which area, and its signed distance in km to the
            Kurdistan Region's boundary (negative inside) (--format json|tsv)
  build     --admin2 FILE [--admin3 FILE] -o OUTPUT: rebuild the layer from
            authoritative district (and sub-district) polygons, any OGR source
            (OCHA COD-AB irq_admbnda_adm2/adm3, geoBoundaries ADM2, ...). Areas are
            matched by P-code (ADM2_PCODE, ADM3_PCODE, admin2Pcode, ...; --id-field)
            or else by name in many spellings (ADM2_EN, ADM2_AR, shapeName, NAME_2,
            ...; --name-field), checked against the governorate when the source
            has one. Mandali and the extended claims are sub-districts: they need
            --admin3. OUTPUT .gpkg holds the layers disputed_territories,
            disputed_outline, kri_region and kri_boundary; .geojson the areas only.
            Unmatched areas are warned about (--strict: an error).
  compare   --against FILE: intersection over union of this layer (embedded, or
            --disputed FILE) with a layer written by 'disputed build', per area and
            for the union (--format tsv|json)
  partition (maintainers) --admin1 FILE --districts FILE --seeds FILE
            [--hints FILE] [--areas FILE] -o OUTPUT: the embedded layer from
            Natural Earth governorates, our seats and known district areas; see
            scripts/build-disputed

--disputed FILE (info, tag, compare) uses a layer written by 'disputed build'
instead of the embedded one; --extended-claims adds the wider claims of the 2009
draft KRG constitution (Bashiqa, Zummar, Badra, Jassan), which are off by default.
A point on a border between two areas belongs to the first one listed by 'info'.

Examples:
  conflictmap disputed info
  conflictmap disputed tag 35.4681,44.3922 36.1926,44.0106
  conflictmap disputed build --admin2 irq_admbnda_adm2_cso_20190603.shp \
      --admin3 irq_admbnda_adm3_cso_20190603.shp -o disputed.gpkg
  conflictmap disputed tag --disputed disputed.gpkg 35.7762,43.5797
  conflictmap disputed compare --against disputed.gpkg)";

enum class Format { tsv, json };

double round_to(double x, double unit) {
    return std::round(x / unit) * unit;
}

/// x with at most `decimals` decimals and no trailing zeros ("35.4681", "12.5", "0").
std::string format_number(double x, int decimals = 3) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') {
        s.pop_back();
    }
    if (!s.empty() && s.back() == '.') {
        s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

ordered_json attribute_json(const geo::AttributeValue& v) {
    return std::visit(
        [](const auto& x) -> ordered_json {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return nullptr;
            } else {
                return x;
            }
        },
        v);
}

std::string tsv_cell(std::string s) {
    for (auto& c : s) {
        if (c == '\t' || c == '\n' || c == '\r') {
            c = ' ';
        }
    }
    return s;
}

/// "35.4681,44.3922" or "35.4681 44.3922" -> (lat, lon); nullopt when malformed or out of range.
std::optional<std::pair<double, double>> parse_lat_lon(std::string_view s) {
    const auto sep = s.find_first_of(", \t");
    if (sep == std::string_view::npos) {
        return std::nullopt;
    }
    auto rest = s.substr(sep + 1);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t' || rest.front() == ',')) {
        rest.remove_prefix(1);
    }
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t' || rest.back() == '\r')) {
        rest.remove_suffix(1);
    }
    double lat = 0, lon = 0;
    const auto a = s.substr(0, sep);
    const auto ra = std::from_chars(a.data(), a.data() + a.size(), lat);
    const auto rb = std::from_chars(rest.data(), rest.data() + rest.size(), lon);
    if (ra.ec != std::errc() || ra.ptr != a.data() + a.size() || rb.ec != std::errc() ||
        rb.ptr != rest.data() + rest.size() || !std::isfinite(lat) || !std::isfinite(lon) ||
        std::abs(lat) > 90 || std::abs(lon) > 180) {
        return std::nullopt;
    }
    return std::make_pair(lat, lon);
}

class DisputedCommand final : public Command {
public:
    std::string usage() const override {
        return "info|tag|build|compare|partition [options] [LAT,LON...]";
    }
    std::string description() const override { return kDescription; }

    void add_options(po::options_description& options,
                     po::positional_options_description& positional) override {
        options.add_options() //
            ("disputed", po::value(&disputed_),
             "a layer written by 'disputed build' "
             "(info, tag, compare)") //
            ("extended-claims", po::bool_switch(&extended_),
             "include the extended claims (Bashiqa, Zummar, Badra, Jassan)")                   //
            ("format", po::value(&format_text_), "tsv or json (info, tag, compare)")           //
            ("admin2", po::value(&build_.admin2), "build: district polygons (any OGR source)") //
            ("admin2-layer", po::value(&build_.admin2_layer),
             "build: layer of --admin2 (default: one named like *adm2*, else the first)") //
            ("admin3", po::value(&build_.admin3),
             "build: sub-district polygons (Mandali, "
             "extended claims)")                                                            //
            ("admin3-layer", po::value(&build_.admin3_layer), "build: layer of --admin3")   //
            ("id-field", po::value(&build_.id_field), "build: the P-code field")            //
            ("name-field", po::value(&build_.name_field), "build: the name field")          //
            ("output,o", po::value(&output_), "build, partition: output .gpkg or .geojson") //
            ("overwrite", po::bool_switch(&overwrite_), "replace an existing output")       //
            ("strict", po::bool_switch(&strict_),
             "build: an unmatched area is an error; tag: a malformed point is an error")      //
            ("against", po::value(&against_), "compare: the other layer")                     //
            ("admin1", po::value(&admin1_), "partition: governorate polygons (GeoJSON)")      //
            ("districts", po::value(&districts_), "partition: district seats (GeoNames TSV)") //
            ("seeds", po::value(&seeds_), "partition: sub-district seats (TSV)")              //
            ("hints", po::value(&hints_), "partition: boundary hints (TSV)")                  //
            ("areas", po::value(&areas_), "partition: known district areas (TSV)")            //
            ("args", po::value(&args_), "subcommand and its arguments");
        positional.add("args", -1);
    }

    void configure(const po::variables_map& vm) override {
        if (args_.empty()) {
            throw UsageError("disputed: give a subcommand: info, tag, build, compare or partition");
        }
        sub_ = args_.front();
        args_.erase(args_.begin());
        const auto allowed = [&](std::initializer_list<const char*> names) {
            static const char* const kSpecific[] = {
                "disputed",     "extended-claims", "format",     "admin2", "admin2-layer", "admin3",
                "admin3-layer", "id-field",        "name-field", "output", "overwrite",    "strict",
                "against",      "admin1",          "districts",  "seeds",  "hints",        "areas"};
            for (const char* o : kSpecific) {
                const bool given = vm.count(o) != 0U && !vm[o].defaulted();
                if (given && std::find_if(names.begin(), names.end(), [o](const char* n) {
                                 return std::string(n) == o;
                             }) == names.end()) {
                    throw UsageError("disputed " + sub_ + ": --" + o + " does not apply");
                }
            }
        };
        const auto no_arguments = [&] {
            if (!args_.empty()) {
                throw UsageError("disputed " + sub_ + ": unexpected argument '" + args_.front() +
                                 "'");
            }
        };
        if (sub_ == "info") {
            allowed({"disputed", "extended-claims", "format"});
            no_arguments();
        } else if (sub_ == "tag") {
            allowed({"disputed", "extended-claims", "format", "strict"});
        } else if (sub_ == "build") {
            allowed({"admin2", "admin2-layer", "admin3", "admin3-layer", "id-field", "name-field",
                     "extended-claims", "output", "overwrite", "strict"});
            no_arguments();
            if (build_.admin2.empty() || output_.empty()) {
                throw UsageError("disputed build: --admin2 FILE and -o OUTPUT are required");
            }
            build_.extended_claims = extended_;
        } else if (sub_ == "compare") {
            allowed({"disputed", "extended-claims", "format", "against"});
            no_arguments();
            if (against_.empty()) {
                throw UsageError("disputed compare: --against FILE is required");
            }
        } else if (sub_ == "partition") {
            allowed({"admin1", "districts", "seeds", "hints", "areas", "output", "overwrite"});
            no_arguments();
            if (admin1_.empty() || districts_.empty() || seeds_.empty() || output_.empty()) {
                throw UsageError(
                    "disputed partition: --admin1, --districts, --seeds and -o are required");
            }
        } else {
            throw UsageError("disputed: unknown subcommand '" + sub_ +
                             "' (info, tag, build, compare, partition)");
        }
        if (format_text_.empty()) {
            format_ = sub_ == "tag" ? Format::json : Format::tsv;
        } else if (format_text_ == "tsv") {
            format_ = Format::tsv;
        } else if (format_text_ == "json") {
            format_ = Format::json;
        } else {
            throw UsageError("disputed: --format must be tsv or json");
        }
    }

    int run(Streams& io, const CommonOptions& common) override {
        Diagnostics diag(io.err, common.quiet, io.err_is_terminal);
        if (sub_ == "info") {
            return info(io);
        }
        if (sub_ == "tag") {
            return tag(io, diag);
        }
        if (sub_ == "build") {
            return build(diag);
        }
        if (sub_ == "compare") {
            return compare(io);
        }
        return partition(diag);
    }

private:
    geo::DisputedTerritories load() const {
        return disputed_.empty() ? geo::DisputedTerritories::embedded(extended_)
                                 : geo::DisputedTerritories::from_file(disputed_, extended_);
    }

    int info(Streams& io) const {
        const auto layer = load();
        const auto& names = geo::disputed_area_attributes();
        if (format_ == Format::json) {
            ordered_json areas = ordered_json::array();
            for (const auto& f : layer.areas().features) {
                ordered_json a = ordered_json::object();
                for (const auto n : names) {
                    const auto* v = f.attribute(n);
                    a[std::string(n)] = v != nullptr ? attribute_json(*v) : ordered_json(nullptr);
                }
                areas.push_back(std::move(a));
            }
            io.out << areas.dump(2) << '\n';
            return kExitOk;
        }
        for (std::size_t i = 0; i < names.size(); ++i) {
            io.out << (i == 0 ? "" : "\t") << names[i];
        }
        io.out << '\n';
        for (const auto& f : layer.areas().features) {
            for (std::size_t i = 0; i < names.size(); ++i) {
                io.out << (i == 0 ? "" : "\t") << tsv_cell(f.text(names[i]));
            }
            io.out << '\n';
        }
        return kExitOk;
    }

    void write_tag(Streams& io, double lat, double lon, const geo::DisputedTag& t) const {
        if (format_ == Format::json) {
            ordered_json j = {
                {"lat", lat},
                {"lon", lon},
                {"disputed", t.disputed},
                {"disputed_area", t.area ? ordered_json(*t.area) : nullptr},
                {"kri_distance_km",
                 t.kri_distance_km ? ordered_json(round_to(*t.kri_distance_km, 0.001)) : nullptr}};
            io.out << j.dump() << '\n';
            return;
        }
        io.out << format_number(lat, 6) << '\t' << format_number(lon, 6) << '\t'
               << (t.disputed ? "true" : "false") << '\t' << (t.area ? tsv_cell(*t.area) : "")
               << '\t' << (t.kri_distance_km ? format_number(*t.kri_distance_km) : "") << '\n';
    }

    int tag(Streams& io, Diagnostics& diag) const {
        const auto layer = load();
        if (format_ == Format::tsv) {
            io.out << "lat\tlon\tdisputed\tdisputed_area\tkri_distance_km\n";
        }
        std::uint64_t skipped = 0;
        const auto one = [&](const std::string& text, const ErrorContext& where) {
            const auto p = parse_lat_lon(text);
            if (!p) {
                InputError e("expected LAT,LON in degrees, got '" + text + "'", where);
                if (strict_) {
                    throw e;
                }
                diag.skipped(e, "malformed-point");
                ++skipped;
                return;
            }
            write_tag(io, p->first, p->second, layer.tag(p->first, p->second));
        };
        if (!args_.empty()) {
            for (std::size_t i = 0; i < args_.size(); ++i) {
                one(args_[i], ErrorContext{"argument " + std::to_string(i + 1), 0, 0, {}});
            }
        } else {
            std::string line;
            std::uint64_t n = 0;
            while (std::getline(io.in, line)) {
                ++n;
                if (line.find_first_not_of(" \t\r") == std::string::npos || line[0] == '#') {
                    continue;
                }
                one(line, ErrorContext{"stdin", n, 0, {}});
            }
        }
        if (skipped != 0) {
            diag.note("skipped " + std::to_string(skipped) + " malformed point(s)");
        }
        return kExitOk;
    }

    int build(Diagnostics& diag) const {
        geo::DisputedBuildReport report;
        const auto layers = geo::build_disputed_from_boundaries(build_, diag, report);
        if (strict_ && !report.unmatched.empty()) {
            throw InputError(std::to_string(report.unmatched.size()) +
                                 " area(s) not found (--strict): " + report.unmatched.front(),
                             ErrorContext{build_.admin2, 0, 0, {}});
        }
        geo::write_disputed_layers(output_, layers, overwrite_);
        std::size_t by_pcode = 0;
        for (const auto& m : report.matched) {
            by_pcode += m.matched_by == "pcode" ? 1 : 0;
        }
        diag.note("matched " + std::to_string(report.matched.size()) + " area(s) (" +
                  std::to_string(by_pcode) + " by P-code, " +
                  std::to_string(report.matched.size() - by_pcode) + " by name), " +
                  std::to_string(report.unmatched.size()) + " not found; " +
                  (report.kri_from_source ? "Kurdistan Region from the source's governorates"
                                          : "embedded Kurdistan Region boundary") +
                  "; wrote " + output_);
        return kExitOk;
    }

    int compare(Streams& io) const {
        const auto ours = load();
        const auto theirs = geo::DisputedTerritories::from_file(against_, extended_);
        geo::GeosContext ctx;
        struct Row {
            std::string name;
            std::optional<double> ours_km2, theirs_km2, iou;
        };
        std::vector<Row> rows;
        std::vector<geo::GeomPtr> keep;
        const auto area_of = [](const geo::AreaFeature& f) {
            return geo::geodesic_area_km2(std::get<geo::MultiPolygon>(f.geometry));
        };
        for (const auto& f : ours.areas().features) {
            Row r{f.text("name"), area_of(f), std::nullopt, std::nullopt};
            for (const auto& g : theirs.areas().features) {
                if (g.text("name") == r.name) {
                    auto a = geo::make_valid_polygonal(ctx, geo::to_geos(ctx, f.geometry).get());
                    auto b = geo::make_valid_polygonal(ctx, geo::to_geos(ctx, g.geometry).get());
                    r.theirs_km2 = area_of(g);
                    r.iou = geo::intersection_over_union(ctx, a.get(), b.get());
                }
            }
            rows.push_back(r);
        }
        const auto outline_geometry = [&ctx](const geo::AreaLayer& outline) {
            geo::MultiPolygon all;
            for (const auto& f : outline.features) {
                const auto& mp = std::get<geo::MultiPolygon>(f.geometry);
                all.insert(all.end(), mp.begin(), mp.end());
            }
            return geo::make_valid_polygonal(ctx, geo::to_geos(ctx, all).get());
        };
        auto a = outline_geometry(ours.outline());
        auto b = outline_geometry(theirs.outline());
        rows.push_back(Row{"(union)", geo::geodesic_area_km2(geo::polygons_from_geos(ctx, a.get())),
                           geo::geodesic_area_km2(geo::polygons_from_geos(ctx, b.get())),
                           geo::intersection_over_union(ctx, a.get(), b.get())});
        if (format_ == Format::json) {
            ordered_json out = ordered_json::array();
            for (const auto& r : rows) {
                const auto num = [](const std::optional<double>& x, double unit) {
                    return x ? ordered_json(round_to(*x, unit)) : ordered_json(nullptr);
                };
                out.push_back({{"name", r.name},
                               {"area_km2", num(r.ours_km2, 0.1)},
                               {"other_area_km2", num(r.theirs_km2, 0.1)},
                               {"iou", num(r.iou, 0.0001)}});
            }
            io.out << out.dump(2) << '\n';
            return kExitOk;
        }
        io.out << "name\tarea_km2\tother_area_km2\tiou\n";
        for (const auto& r : rows) {
            const auto cell = [](const std::optional<double>& x, double unit) {
                return x ? format_number(round_to(*x, unit)) : std::string();
            };
            io.out << r.name << '\t' << cell(r.ours_km2, 0.1) << '\t' << cell(r.theirs_km2, 0.1)
                   << '\t' << cell(r.iou, 0.0001) << '\n';
        }
        return kExitOk;
    }

    int partition(Diagnostics& diag) const {
        const auto text = [this] {
            std::ifstream in(admin1_, std::ios::binary);
            if (!in) {
                throw InputError("cannot open", ErrorContext{admin1_, 0, 0, {}});
            }
            return std::string(std::istreambuf_iterator<char>(in), {});
        }();
        const auto governorates = geo::parse_geojson_layer(text, "admin1", admin1_);
        auto seeds = geo::read_district_seats(districts_);
        for (auto& s : geo::read_subdistrict_seats(seeds_)) {
            seeds.push_back(std::move(s));
        }
        if (!hints_.empty()) {
            for (auto& s : geo::read_boundary_hints(hints_)) {
                seeds.push_back(std::move(s));
            }
        }
        const auto areas =
            areas_.empty() ? std::vector<geo::DistrictArea>{} : geo::read_district_areas(areas_);
        const auto layers = geo::build_disputed_from_seeds(governorates, seeds, diag, areas);
        geo::write_disputed_layers(output_, layers, overwrite_);
        double total = 0;
        for (const auto& f : layers.outline.features) {
            if (f.text("extended_claims") == "false") {
                total = std::get<double>(*f.attribute("area_km2"));
            }
        }
        diag.note("partitioned with " + std::to_string(seeds.size()) +
                  " seeds: " + std::to_string(layers.areas.features.size()) + " areas, " +
                  format_number(total) + " km2 on UNAMI's list; wrote " + output_);
        return kExitOk;
    }

    std::vector<std::string> args_;
    std::string sub_;
    std::string disputed_;
    bool extended_ = false;
    std::string format_text_;
    Format format_ = Format::tsv;
    geo::DisputedBuildOptions build_;
    std::string output_;
    bool overwrite_ = false;
    bool strict_ = false;
    std::string against_;
    std::string admin1_, districts_, seeds_, hints_, areas_;
};

} // namespace

std::unique_ptr<Command> make_disputed_command() {
    return std::make_unique<DisputedCommand>();
}

} // namespace conflictmap::cli
