#include "io/event_io.hpp"

#include "events/event_json.hpp"

#include <fstream>
#include <iomanip>
#include <sstream>

namespace conflictmap::io {

namespace {

constexpr char kRecordSeparator = '\x1e';

class GeoJsonSeqWriter final : public EventWriter {
public:
    GeoJsonSeqWriter(std::ostream& out, bool rs) : out_(out), rs_(rs) {}
    void write(const EventRecord& event) override {
        std::string bytes;
        append_feature_json(event, bytes);
        write_rendered(bytes);
    }
    void write_rendered(std::string_view event) override {
        if (rs_) {
            out_ << kRecordSeparator;
        }
        out_ << event << '\n';
    }
    void finish() override { out_.flush(); }

private:
    std::ostream& out_;
    bool rs_;
};

class FeatureCollectionWriter final : public EventWriter {
public:
    explicit FeatureCollectionWriter(std::ostream& out) : out_(out) {
        out_ << "{\"type\":\"FeatureCollection\",\"features\":[";
    }
    void write(const EventRecord& event) override {
        std::string bytes;
        append_feature_json(event, bytes);
        write_rendered(bytes);
    }
    void write_rendered(std::string_view event) override {
        out_ << (first_ ? "\n" : ",\n") << event;
        first_ = false;
    }
    void finish() override {
        out_ << (first_ ? "]}\n" : "\n]}\n");
        out_.flush();
    }

private:
    std::ostream& out_;
    bool first_ = true;
};

class CsvWriter final : public EventWriter {
public:
    explicit CsvWriter(std::ostream& out) : out_(out) {
        bool first = true;
        for (const auto& c : event_csv_columns()) {
            out_ << (first ? "" : ",") << c;
            first = false;
        }
        out_ << "\r\n";
    }
    void write(const EventRecord& event) override { write_rendered(event_csv_row(event)); }
    void write_rendered(std::string_view event) override { out_ << event << "\r\n"; }
    void finish() override { out_.flush(); }

private:
    std::ostream& out_;
};

std::string csv_quote(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) {
        return s;
    }
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
    return out;
}

std::string fixed(double v, int digits) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(digits) << v;
    return s.str();
}

std::string join(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) {
            out += sep;
        }
        out += p;
    }
    return out;
}

} // namespace

std::unique_ptr<EventWriter> make_event_writer(EventFormat format, std::ostream& out,
                                               bool rfc8142) {
    switch (format) {
    case EventFormat::json:
        return std::make_unique<FeatureCollectionWriter>(out);
    case EventFormat::csv:
        return std::make_unique<CsvWriter>(out);
    case EventFormat::geojsonseq:
        break;
    }
    return std::make_unique<GeoJsonSeqWriter>(out, rfc8142);
}

void render_event(EventFormat format, const EventRecord& event, std::string& out) {
    if (format == EventFormat::csv) {
        out += event_csv_row(event);
    } else {
        append_feature_json(event, out);
    }
}

const std::vector<std::string>& event_csv_columns() {
    static const std::vector<std::string> columns = {
        // ACLED's columns, in ACLED's order (those conflictmap fills).
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
        "actor1", "inter1", "actor2", "inter2", "admin1", "admin2", "location", "latitude",
        "longitude", "geo_precision", "source", "notes", "fatalities",
        // conflictmap's.
        "article_id", "injuries", "location_text", "country_code", "uncertainty_m", "disputed",
        "disputed_area", "kri_distance_km", "background", "confidence", "actor1_attribution",
        "place_id", "geonames_id", "article_ids"};
    return columns;
}

std::string event_csv_row(const EventRecord& e) {
    const bool located = e.latitude && e.longitude;
    std::vector<std::string> f = {
        e.event_id,
        e.event_date ? e.event_date->iso() : "",
        e.event_date ? std::to_string(e.event_date->year) : "",
        e.event_date ? std::to_string(e.time_precision) : "",
        e.event_type,
        e.sub_event_type,
        e.actor1,
        e.inter1 ? std::to_string(e.inter1) : "",
        e.actor2,
        e.inter2 ? std::to_string(e.inter2) : "",
        e.admin1,
        e.admin2,
        e.location,
        located ? fixed(*e.latitude, 6) : "",
        located ? fixed(*e.longitude, 6) : "",
        located ? std::to_string(e.geo_precision) : "",
        e.source,
        e.notes,
        std::to_string(e.fatalities),
        e.article_id,
        std::to_string(e.injuries),
        e.location_text,
        e.country_code,
        e.uncertainty_m ? fixed(*e.uncertainty_m, 0) : "",
        e.disputed ? "true" : "false",
        e.disputed_area.value_or(""),
        e.kri_distance_km ? fixed(*e.kri_distance_km, 1) : "",
        e.background ? "true" : "false",
        fixed(e.confidence, 3),
        e.actor1_attribution,
        e.place_id ? std::to_string(e.place_id) : "",
        e.geonames_id ? std::to_string(e.geonames_id) : "",
        join(e.article_ids, ";"),
    };
    std::string row;
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (i != 0) {
            row += ',';
        }
        row += csv_quote(f[i]);
    }
    return row;
}

EventReadStats read_events(std::istream& in, const std::string& name, Diagnostics& diag,
                           bool strict, const std::function<void(EventRecord&&)>& sink) {
    EventReadStats stats;
    auto handle = [&](const nlohmann::json& feature, std::uint64_t line) {
        try {
            sink(event_from_feature(feature, ErrorContext{name, line, 0, {}}));
            ++stats.read;
        } catch (const InputError& e) {
            if (strict) {
                throw;
            }
            ++stats.skipped;
            diag.skipped(e, "bad-event");
        }
    };
    // Peek at the first non-blank character: '{' of a FeatureCollection spanning lines, or a
    // sequence of one feature per line.
    std::string line;
    std::uint64_t line_no = 0;
    bool seen_record = false; // per-line mode once one line parsed on its own
    while (std::getline(in, line)) {
        ++line_no;
        std::size_t start = line.find_first_not_of(" \t\r\x1e");
        if (start == std::string::npos) {
            continue;
        }
        // Try the line as one JSON value; if it does not parse and looks like the start of a
        // multi-line document, read the rest as one FeatureCollection.
        nlohmann::json doc;
        try {
            doc = nlohmann::json::parse(line.begin() + static_cast<std::ptrdiff_t>(start),
                                        line.end());
        } catch (const nlohmann::json::parse_error& e) {
            if (!seen_record) {
                // Possibly a pretty-printed document: slurp and parse the whole stream.
                std::ostringstream rest;
                rest << line << '\n' << in.rdbuf();
                try {
                    doc = nlohmann::json::parse(rest.str());
                } catch (const nlohmann::json::parse_error& e2) {
                    const Error err = InputError(std::string("malformed JSON: ") + e2.what(),
                                                 ErrorContext{name, line_no, 0, {}});
                    if (strict) {
                        throw err;
                    }
                    ++stats.skipped;
                    diag.skipped(err, "bad-event");
                    return stats;
                }
                line_no = 1;
            } else {
                const Error err = InputError(std::string("malformed JSON: ") + e.what(),
                                             ErrorContext{name, line_no, 0, {}});
                if (strict) {
                    throw err;
                }
                ++stats.skipped;
                diag.skipped(err, "bad-event");
                continue;
            }
        }
        seen_record = true;
        if (doc.is_object() && doc.value("type", "") == "FeatureCollection") {
            auto fit = doc.find("features");
            if (fit == doc.end() || !fit->is_array()) {
                throw InputError("FeatureCollection without a features array",
                                 ErrorContext{name, line_no, 0, "features"});
            }
            for (const auto& feature : *fit) {
                handle(feature, line_no);
            }
        } else {
            handle(doc, line_no);
        }
    }
    return stats;
}

EventReadStats read_event_file(const std::filesystem::path& path, Diagnostics& diag, bool strict,
                               const std::function<void(EventRecord&&)>& sink) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError("cannot open event file", ErrorContext{path.string(), 0, 0, {}});
    }
    return read_events(in, path.string(), diag, strict, sink);
}

} // namespace conflictmap::io
