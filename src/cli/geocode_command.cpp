// `conflictmap geocode`: resolve place names (arguments, or one per line on stdin) against the
// gazetteer, or list what lies at a point (--reverse). Output in input order; the JSON form is
// a contract scripts depend on (see the issue and README).
#include "cli/commands.hpp"
#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "gazetteer/gazetteer.hpp"
#include "text/utf8.hpp"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>

namespace conflictmap::cli {

namespace {

using nlohmann::ordered_json;
namespace gz = gazetteer;

constexpr std::size_t kMaxQueryBytes = 1024;

double round_to(double v, double scale) {
    return std::round(v * scale) / scale;
}

ordered_json place_json(const Place& p) {
    ordered_json j;
    j["id"] = std::to_string(p.id);
    j["name"] = p.name;
    j["lat"] = p.lat;
    j["lon"] = p.lon;
    j["feature_class"] = p.feature_class == '\0' ? std::string() : std::string(1, p.feature_class);
    j["feature_code"] = p.feature_code;
    j["country_code"] = p.country_code;
    j["admin1"] = p.admin1;
    j["admin2"] = p.admin2;
    j["population"] = p.population;
    j["geonames_id"] = p.geonames_id != 0 ? ordered_json(p.geonames_id) : ordered_json(nullptr);
    return j;
}

std::string tsv_cell(std::string s) {
    for (char& c : s) {
        if (c == '\t' || c == '\n' || c == '\r') {
            c = ' ';
        }
    }
    return s;
}

std::string number_text(double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

enum class Format { json, tsv, geojson };

/// One row of output: a place with how it was found.
struct Row {
    Place place;
    double score = 0.0;                ///< geocode
    std::string match;                 ///< geocode: exact / loose / fuzzy
    std::optional<double> distance_km; ///< reverse
};

class Output {
public:
    Output(std::ostream& out, Format format) : out_(out), format_(format) {
        if (format_ == Format::tsv) {
            out_ << "query\trank\tscore\tid\tname\tlat\tlon\tfeature_class\tfeature_code\t"
                    "country_code\tadmin1\tadmin2\tpopulation\tgeonames_id\tmatch\tdistance_km\n";
        }
    }

    void record(const std::string& query, const std::vector<Row>& rows,
                const ordered_json* admin = nullptr) {
        switch (format_) {
        case Format::json: {
            ordered_json j;
            j["query"] = query;
            if (admin != nullptr) {
                j["admin"] = *admin;
            }
            j["matches"] = ordered_json::array();
            for (const auto& r : rows) {
                ordered_json m = place_json(r.place);
                if (r.distance_km) {
                    m["distance_km"] = round_to(*r.distance_km, 1000.0);
                } else {
                    m["score"] = round_to(r.score, 1000.0);
                    m["match"] = r.match;
                }
                j["matches"].push_back(std::move(m));
            }
            out_ << j.dump(-1, ' ', false, ordered_json::error_handler_t::replace) << '\n';
            break;
        }
        case Format::tsv: {
            if (rows.empty()) {
                out_ << tsv_cell(query) << "\t0" << std::string(14, '\t') << '\n';
            }
            std::size_t rank = 0;
            for (const auto& r : rows) {
                const Place& p = r.place;
                out_ << tsv_cell(query) << '\t' << ++rank << '\t'
                     << (r.distance_km ? std::string() : number_text(round_to(r.score, 1000.0)))
                     << '\t' << p.id << '\t' << tsv_cell(p.name) << '\t' << number_text(p.lat)
                     << '\t' << number_text(p.lon) << '\t'
                     << (p.feature_class == '\0' ? std::string() : std::string(1, p.feature_class))
                     << '\t' << p.feature_code << '\t' << p.country_code << '\t'
                     << tsv_cell(p.admin1) << '\t' << tsv_cell(p.admin2) << '\t' << p.population
                     << '\t' << (p.geonames_id != 0 ? std::to_string(p.geonames_id) : "") << '\t'
                     << r.match << '\t'
                     << (r.distance_km ? number_text(round_to(*r.distance_km, 1000.0)) : "")
                     << '\n';
            }
            break;
        }
        case Format::geojson: {
            std::size_t rank = 0;
            for (const auto& r : rows) {
                ordered_json properties;
                properties["query"] = query;
                properties["rank"] = ++rank;
                const ordered_json place = place_json(r.place);
                for (auto it = place.begin(); it != place.end(); ++it) {
                    if (it.key() != "lat" && it.key() != "lon") {
                        properties[it.key()] = it.value();
                    }
                }
                if (r.distance_km) {
                    properties["distance_km"] = round_to(*r.distance_km, 1000.0);
                } else {
                    properties["score"] = round_to(r.score, 1000.0);
                    properties["match"] = r.match;
                }
                ordered_json feature;
                feature["type"] = "Feature";
                feature["geometry"] = {{"type", "Point"},
                                       {"coordinates", {r.place.lon, r.place.lat}}};
                feature["properties"] = std::move(properties);
                features_.push_back(std::move(feature));
            }
            break;
        }
        }
    }

    void finish() {
        if (format_ == Format::geojson) {
            ordered_json collection;
            collection["type"] = "FeatureCollection";
            collection["features"] = std::move(features_);
            out_ << collection.dump(-1, ' ', false, ordered_json::error_handler_t::replace) << '\n';
        }
    }

private:
    std::ostream& out_;
    Format format_;
    ordered_json features_ = ordered_json::array();
};

class GeocodeCommand final : public Command {
public:
    std::string usage() const override {
        return "[--format json|tsv|geojson] [--limit N] [--country CC] [--gazetteer P] "
               "[--reverse LAT,LON] [QUERY...]";
    }
    std::string description() const override {
        return "Queries come from the arguments (each one a place name) or, when there are none,\n"
               "one per line on stdin; results are printed in input order. A name may carry\n"
               "designators (\"Baghdad airport\", \"Ain al-Asad air base\", \"Anbar province\")\n"
               "and qualifiers (\"Hit, Anbar\", \"Dover, DE\"). An unknown name gives no matches\n"
               "and exit 0.\n\n"
               "Formats: json (one object per query per line: {\"query\", \"matches\": [...]}),\n"
               "tsv (a header, then one row per match), geojson (one FeatureCollection).\n"
               "score in [0, 1]: >= 0.5 the name matched (exactly or as a transliteration);\n"
               "the rest of the score says how well the place fits (importance, type asked for,\n"
               "qualifiers, --country); < 0.5 a spelling guess.\n\n"
               "--reverse LAT,LON lists the admin areas containing the point and the places\n"
               "nearest to it (within 100 km).\n\n"
               "Examples:\n"
               "  conflictmap geocode Kirkuk \"Ain al-Asad air base\" \"Hit, Anbar\"\n"
               "  conflictmap geocode --format tsv --country IQ < names.txt\n"
               "  conflictmap geocode --reverse 35.5125,44.2842\n";
    }
    void add_options(po::options_description& options,
                     po::positional_options_description& positional) override {
        options.add_options()("format,f", po::value<std::string>(&format_)->default_value("json"),
                              "json, tsv or geojson")(
            "limit,n", po::value<long>(&limit_)->default_value(5), "matches per query (1-1000)")(
            "country", po::value<std::vector<std::string>>(&countries_),
            "prefer places in this country (ISO 3166-1 alpha-2; repeatable)")(
            "reverse", po::value<std::string>(&reverse_), "places and admin areas at LAT,LON")(
            "no-fuzzy", po::bool_switch(&no_fuzzy_),
            "no spelling-distance guesses")("query", po::value<std::vector<std::string>>(&queries_),
                                            "place names (default: one per line on stdin)");
        positional.add("query", -1);
    }
    void configure(const po::variables_map&) override {
        if (format_ == "json") {
            format_value_ = Format::json;
        } else if (format_ == "tsv") {
            format_value_ = Format::tsv;
        } else if (format_ == "geojson") {
            format_value_ = Format::geojson;
        } else {
            throw UsageError("geocode: --format must be json, tsv or geojson, not '" + format_ +
                             "'");
        }
        if (limit_ < 1 || limit_ > 1000) {
            throw UsageError("geocode: --limit must be between 1 and 1000");
        }
        for (auto& c : countries_) {
            if (c.size() != 2 || !std::isalpha(static_cast<unsigned char>(c[0])) ||
                !std::isalpha(static_cast<unsigned char>(c[1]))) {
                throw UsageError("geocode: --country takes a two-letter ISO code, not '" + c + "'");
            }
            for (auto& ch : c) {
                ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            }
        }
        if (!reverse_.empty()) {
            if (!queries_.empty()) {
                throw UsageError("geocode: give either --reverse or place names, not both");
            }
            const auto comma = reverse_.find(',');
            auto parse = [&](std::string_view s, double limit, double& out) {
                while (!s.empty() && s.front() == ' ') {
                    s.remove_prefix(1);
                }
                const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
                return r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(out) &&
                       out >= -limit && out <= limit;
            };
            if (comma == std::string::npos ||
                !parse(std::string_view(reverse_).substr(0, comma), 90.0, lat_) ||
                !parse(std::string_view(reverse_).substr(comma + 1), 180.0, lon_)) {
                throw UsageError("geocode: --reverse takes LAT,LON in degrees (e.g. 35.5,44.3), "
                                 "not '" +
                                 reverse_ + "'");
            }
        }
    }

    int run(Streams& io, const CommonOptions& common) override {
        Diagnostics diagnostics(io.err, common.quiet, io.err_is_terminal);
        gz::GazetteerOptions load;
        load.sources = common.gazetteers;
        load.diagnostics = &diagnostics;
        const gz::Gazetteer gazetteer = gz::Gazetteer::open(load);
        Output output(io.out, format_value_);

        if (!reverse_.empty()) {
            run_reverse(gazetteer, output);
            output.finish();
            return kExitOk;
        }
        gz::GeocodeOptions options;
        options.limit = static_cast<std::size_t>(limit_);
        options.countries = countries_;
        options.fuzzy = !no_fuzzy_;
        std::uint64_t n = 0;
        auto answer = [&](const std::string& raw, const ErrorContext& where) {
            std::string_view q = raw;
            if (q.size() > kMaxQueryBytes) {
                diagnostics.warn("query of " + std::to_string(q.size()) + " bytes cut to " +
                                     std::to_string(kMaxQueryBytes),
                                 where, "long-query");
                q = text::truncate_utf8(q, kMaxQueryBytes);
            }
            std::size_t replaced = 0;
            const std::string query = text::sanitize_utf8(q, &replaced);
            if (replaced > 0) {
                diagnostics.warn("invalid UTF-8 replaced (" + std::to_string(replaced) +
                                     " byte sequences)",
                                 where, "invalid-utf8");
            }
            std::vector<Row> rows;
            for (const auto& m : gazetteer.geocode(query, options)) {
                rows.push_back({gazetteer.place(m.place), m.score,
                                std::string(gz::match_tier_name(m.tier)), std::nullopt});
            }
            output.record(query, rows);
        };
        if (!queries_.empty()) {
            for (const auto& q : queries_) {
                answer(q, ErrorContext{"argument", ++n, 0, {}});
            }
        } else {
            std::string line;
            while (std::getline(io.in, line)) {
                if (!line.empty() && line.back() == '\r') {
                    line.pop_back();
                }
                answer(line, ErrorContext{"<stdin>", ++n, 0, {}});
            }
        }
        output.finish();
        return kExitOk;
    }

private:
    void run_reverse(const gz::Gazetteer& gazetteer, Output& output) const {
        ordered_json admin = ordered_json::array();
        for (const auto& a : gazetteer.admin_areas_at(lat_, lon_)) {
            ordered_json j;
            j["level"] = a.level;
            j["name"] = a.name;
            j["code"] = a.code;
            j["country_code"] = a.country_code;
            j["id"] = a.place ? ordered_json(std::to_string(gazetteer.facts(*a.place).id))
                              : ordered_json(nullptr);
            j["method"] = a.method;
            admin.push_back(std::move(j));
        }
        std::vector<Row> rows;
        for (const auto& near :
             gazetteer.nearest(lat_, lon_, static_cast<std::size_t>(limit_), 100.0)) {
            rows.push_back({gazetteer.place(near.place), 0.0, {}, near.distance_km});
        }
        output.record(reverse_, rows, &admin);
    }

    std::string format_;
    Format format_value_ = Format::json;
    long limit_ = 5;
    std::vector<std::string> countries_;
    std::string reverse_;
    double lat_ = 0.0;
    double lon_ = 0.0;
    bool no_fuzzy_ = false;
    std::vector<std::string> queries_;
};

} // namespace

std::unique_ptr<Command> make_geocode_command() {
    return std::make_unique<GeocodeCommand>();
}

} // namespace conflictmap::cli
