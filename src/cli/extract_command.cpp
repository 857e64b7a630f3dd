// `conflictmap extract`: conflict events from articles, as GeoJSONSeq, GeoJSON or CSV.
#include "cli/commands.hpp"
#include "cli/source_options.hpp"
#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "events/pipeline.hpp"
#include "io/atomic_output.hpp"
#include "io/event_io.hpp"

#include <fstream>
#include <iostream>
#include <thread>

namespace conflictmap::cli {

namespace {

class ExtractCommand final : public Command {
public:
    std::string usage() const override { return "[options] INPUT..."; }
    std::string description() const override {
        return "INPUT: .txt files (the article id is the file name without extension), .jsonl\n"
               "files (one article per line: id, text, optional title, published, url, source),\n"
               "folders (read recursively in sorted order) and - for JSONL on stdin.\n"
               "Each event is a GeoJSON Feature (a Point, or null when unlocated) with the\n"
               "properties event_id, article_id, event_date, time_precision, event_type,\n"
               "sub_event_type, actor1, actor2, fatalities, injuries, location, location_text,\n"
               "admin1, admin2, country_code, latitude, longitude, geo_precision, uncertainty_m,\n"
               "disputed, disputed_area, background, notes, source, confidence, and more.\n"
               "A summary of articles read, skipped and events written goes to stderr.\n\n"
               "Examples:\n"
               "  conflictmap extract samples/ > events.geojsons\n"
               "  conflictmap extract articles.jsonl -o events.csv -f csv --date 2020-03-12\n"
               "  conflictmap extract report.txt --explain -o /dev/null\n";
    }
    void add_options(po::options_description& options,
                     po::positional_options_description& positional) override {
        options.add_options()("input", po::value<std::vector<std::string>>(&inputs_),
                              "articles: .txt, .jsonl, folders, - for stdin")(
            "output,o", po::value<std::string>(&output_),
            "write here instead of stdout (a .geojsons file gets RFC 8142 separators)")(
            "format,f", po::value<std::string>(&format_)->default_value("geojsonseq"),
            "geojsonseq, json (one FeatureCollection) or csv (ACLED columns first)")(
            "threads", po::value<unsigned>(&threads_)->default_value(1),
            "articles extracted in parallel (0 = one per core); the output is the same")(
            "explain", po::bool_switch(&explain_),
            "write every toponym candidate and event decision to stderr")(
            "no-merge", po::bool_switch(&no_merge_),
            "keep events reported by several articles apart")(
            "overwrite", po::bool_switch(&overwrite_), "replace an existing output file");
        sources_.add_to(options);
        positional.add("input", -1);
    }
    void configure(const po::variables_map&) override {
        if (inputs_.empty()) {
            throw UsageError("extract: no INPUT given (files, folders, or - for stdin)");
        }
        if (format_ == "geojsonseq" || format_ == "geojsons") {
            format_enum_ = io::EventFormat::geojsonseq;
        } else if (format_ == "json" || format_ == "geojson") {
            format_enum_ = io::EventFormat::json;
        } else if (format_ == "csv") {
            format_enum_ = io::EventFormat::csv;
        } else {
            throw UsageError("extract: unknown --format '" + format_ +
                             "' (geojsonseq, json or csv)");
        }
        sources_.configure("extract");
        if (threads_ == 0) {
            threads_ = std::max(1U, std::thread::hardware_concurrency());
        }
        if (threads_ > 256) {
            throw UsageError("extract: --threads must be at most 256");
        }
    }
    int run(Streams& io, const CommonOptions& common) override {
        Diagnostics diag(io.err, common.quiet, io.err_is_terminal);
        events::PipelineOptions options = sources_.pipeline(inputs_, common);
        options.threads = threads_;
        options.explain = explain_;
        options.merge_across_articles = !no_merge_;

        // Refuse an existing output before any work is done.
        std::unique_ptr<io::AtomicFile> file;
        if (!output_.empty() && output_ != "-") {
            file = std::make_unique<io::AtomicFile>(output_, overwrite_);
        }
        std::ostream& out = file ? static_cast<std::ostream&>(file->stream()) : io.out;
        const bool rs =
            file && output_.size() > 9 && output_.compare(output_.size() - 9, 9, ".geojsons") == 0;
        // Events are written once every input is read (a later report may fold into any of
        // them); meanwhile they wait in a temporary file, so memory stays flat. The writer is
        // made then too, so a run that fails writes nothing, not even a header.
        std::unique_ptr<io::EventWriter> writer;
        const auto writer_ready = [&]() -> io::EventWriter& {
            if (!writer) {
                writer = io::make_event_writer(format_enum_, out, rs);
            }
            return *writer;
        };
        // Events are rendered on the --threads threads and written here in order.
        const auto streamed = events::stream_events(
            options, io.in, diag,
            [format = format_enum_](const EventRecord& e, std::string& bytes) {
                io::render_event(format, e, bytes);
            },
            [&](std::string_view event) { writer_ready().write_rendered(event); });
        writer_ready().finish();
        if (file) {
            file->commit();
        } else if (!io.out) {
            throw OutputError("cannot write to stdout");
        }
        diag.note(events::describe(streamed.stats, streamed.events) + " written" +
                  (output_.empty() ? std::string() : " to " + output_));
        return kExitOk;
    }

private:
    std::vector<std::string> inputs_;
    std::string output_;
    std::string format_;
    SourceOptions sources_;
    unsigned threads_ = 1;
    bool explain_ = false;
    bool no_merge_ = false;
    bool overwrite_ = false;
    io::EventFormat format_enum_ = io::EventFormat::geojsonseq;
};

} // namespace

std::unique_ptr<Command> make_extract_command() {
    return std::make_unique<ExtractCommand>();
}

} // namespace conflictmap::cli
