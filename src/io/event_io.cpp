#include "io/event_io.hpp"

#include "events/event_json.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <fstream>
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

/// Appends one CSV field, RFC 4180 quoted when it holds a comma, quote or line break.
void append_csv_field(std::string_view s, std::string& out) {
    // (A byte test, not find_first_of: that asks memchr of the four bytes for every byte.)
    if (std::none_of(s.begin(), s.end(),
                     [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; })) {
        out += s;
        return;
    }
    out += '"';
    for (const char c : s) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
}

/// v with `digits` decimals, as an ostream writes it with std::fixed (printf's "%.*f").
void append_fixed(double v, int digits, std::string& out) {
    std::array<char, 512> buffer{}; // (room for any double's integer digits)
    const int n = std::snprintf(buffer.data(), buffer.size(), "%.*f", digits, v);
    out.append(buffer.data(), static_cast<std::size_t>(std::clamp(n, 0, 511)));
}

void append_integer(std::int64_t v, std::string& out) {
    std::array<char, 24> digits{};
    const auto r = std::to_chars(digits.data(), digits.data() + digits.size(), v);
    out.append(digits.data(), r.ptr);
}

/// An event's CSV row (no line end), appended field by field (no field strings made).
void append_csv_row(const EventRecord& e, std::string& out) {
    const bool located = e.latitude && e.longitude;
    bool first = true;
    // Each field in column order (event_csv_columns); `write` appends one field's bytes.
    const auto field = [&](auto&& write) {
        if (!first) {
            out += ',';
        }
        first = false;
        write();
    };
    const auto text = [&](std::string_view s) { field([&] { append_csv_field(s, out); }); };
    const auto integer = [&](std::int64_t v) { field([&] { append_integer(v, out); }); };
    const auto integer_or_empty = [&](bool given, std::int64_t v) {
        field([&] {
            if (given) {
                append_integer(v, out);
            }
        });
    };
    const auto fixed_or_empty = [&](bool given, double v, int digits) {
        field([&] {
            if (given) {
                append_fixed(v, digits, out);
            }
        });
    };
    text(e.event_id);
    text(e.event_date ? e.event_date->iso() : std::string());
    integer_or_empty(e.event_date.has_value(), e.event_date ? e.event_date->year : 0);
    integer_or_empty(e.event_date.has_value(), e.time_precision);
    text(e.event_type);
    text(e.sub_event_type);
    text(e.actor1);
    integer_or_empty(e.inter1 != 0, e.inter1);
    text(e.actor2);
    integer_or_empty(e.inter2 != 0, e.inter2);
    text(e.admin1);
    text(e.admin2);
    text(e.location);
    fixed_or_empty(located, located ? *e.latitude : 0.0, 6);
    fixed_or_empty(located, located ? *e.longitude : 0.0, 6);
    integer_or_empty(located, e.geo_precision);
    text(e.source);
    text(e.notes);
    integer(e.fatalities);
    text(e.article_id);
    integer(e.injuries);
    text(e.location_text);
    text(e.country_code);
    fixed_or_empty(e.uncertainty_m.has_value(), e.uncertainty_m.value_or(0.0), 0);
    text(e.disputed ? "true" : "false");
    text(e.disputed_area ? std::string_view(*e.disputed_area) : std::string_view());
    fixed_or_empty(e.kri_distance_km.has_value(), e.kri_distance_km.value_or(0.0), 1);
    text(e.background ? "true" : "false");
    fixed_or_empty(true, e.confidence, 3);
    text(e.actor1_attribution);
    integer_or_empty(e.place_id != 0, e.place_id);
    integer_or_empty(e.geonames_id != 0, e.geonames_id);
    std::string ids;
    for (const auto& id : e.article_ids) {
        if (!ids.empty()) {
            ids += ';';
        }
        ids += id;
    }
    text(ids);
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
        append_csv_row(event, out);
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
    std::string row;
    append_csv_row(e, row);
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
    auto skip_malformed = [&](const nlohmann::json::exception& e, std::uint64_t line) {
        const Error err =
            InputError(std::string("malformed JSON: ") + e.what(), ErrorContext{name, line, 0, {}});
        if (strict) {
            throw err;
        }
        ++stats.skipped;
        diag.skipped(err, "bad-event");
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
                } catch (const nlohmann::json::exception& e2) {
                    skip_malformed(e2, line_no);
                    return stats;
                }
                line_no = 1;
            } else {
                skip_malformed(e, line_no);
                continue;
            }
        } catch (const nlohmann::json::exception& e) {
            // A complete value the parser still refuses, such as a number beyond a double
            // ("1e400"): that line is a bad record, the others go on.
            skip_malformed(e, line_no);
            continue;
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
