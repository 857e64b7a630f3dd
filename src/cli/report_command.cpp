// `conflictmap report`: events (from articles or event files) -> a report folder holding
// index.html, report.md, map.svg, events.csv and summary.json, written atomically.
#include "cli/commands.hpp"
#include "cli/source_options.hpp"
#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "events/pipeline.hpp"
#include "geo/areas.hpp"
#include "io/atomic_output.hpp"
#include "report/report_builder.hpp"

#include <optional>

namespace conflictmap::cli {

namespace {

std::optional<Date> window_date(const po::variables_map& vm, const char* name) {
    if (vm.count(name) == 0U) {
        return std::nullopt;
    }
    return parse_date_option("report", name, vm[name].as<std::string>());
}

class ReportCommand final : public Command {
public:
    std::string usage() const override {
        return "INPUT... -o DIR [--title TEXT] [--from DATE] [--to DATE] [--overwrite]";
    }

    std::string description() const override {
        return "Writes, in DIR: index.html (one self-contained page: summary, map, timeline,\n"
               "tables; no network needed, prints cleanly), report.md (the same for Markdown,\n"
               "with map.svg as its image), map.svg, events.csv (every event, ACLED column\n"
               "order) and summary.json (the figures, for scripts). Identical inputs give\n"
               "identical files. DIR is replaced as a whole, and only with --overwrite.\n\n"
               "INPUT: event files written by 'conflictmap extract' (.geojsons, .geojson,\n"
               ".json) or articles (.txt, .jsonl, folders, - for JSONL on stdin).\n\n"
               "--from/--to keep events dated within the window (inclusive); with either set,\n"
               "undated events are left out and counted in the summary. References to earlier\n"
               "events (background) are never counted. Above 1,500 located events the map\n"
               "draws places where 3 or more events share a hexagon as that hexagon; the\n"
               "events table of the page lists the first 500 events, events.csv all of them.\n\n"
               "Example:\n"
               "  conflictmap report events.geojsons -o report --title \"Iraq, January 2024\" \\\n"
               "      --from 2024-01-01 --to 2024-01-31";
    }

    void add_options(po::options_description& options,
                     po::positional_options_description& positional) override {
        options.add_options()("input", po::value<std::vector<std::string>>(&inputs_),
                              "event files or articles (files, folders, - for stdin)")(
            "output,o", po::value<std::string>(&output_)->required(),
            "report folder to write (must not exist unless --overwrite)")(
            "title", po::value<std::string>(&title_),
            "report title (default \"Conflict events report\")")(
            "from", po::value<std::string>(), "first event date to include, YYYY-MM-DD")(
            "to", po::value<std::string>(), "last event date to include, YYYY-MM-DD")(
            "overwrite", po::bool_switch(&overwrite_), "replace DIR if it exists");
        sources_.add_to(options);
        positional.add("input", -1);
    }

    void configure(const po::variables_map& vm) override {
        if (inputs_.empty()) {
            throw UsageError("report: no INPUT given (event files, articles or - for stdin)");
        }
        window_.from = window_date(vm, "from");
        window_.to = window_date(vm, "to");
        if (window_.from && window_.to && *window_.to < *window_.from) {
            throw UsageError("report: --to " + window_.to->iso() + " is before --from " +
                             window_.from->iso());
        }
        sources_.configure("report");
        // "out/" names the folder "out".
        while (output_.size() > 1 && output_.back() == '/') {
            output_.pop_back();
        }
    }

    int run(Streams& io, const CommonOptions& common) override {
        Diagnostics diag(io.err, common.quiet, io.err_is_terminal);
        // Refuse an existing folder before the (possibly long) work, not after it.
        io::check_output_target(output_, overwrite_);

        auto loaded = events::load_events(sources_.pipeline(inputs_, common), io.in, diag);
        const std::size_t loaded_count = loaded.events.size();

        const auto disputed = sources_.disputed_territories();
        report::MapLayers layers;
        layers.admin1 = &geo::iraq_admin1();
        layers.disputed = &disputed.areas();

        report::ReportOptions options;
        options.title = title_;
        options.window = window_;
        const auto content =
            report::build_report_content(std::move(loaded.events), loaded.stats, layers, options);
        report::write_report_directory(report::render_report_files(content), output_, overwrite_);
        diag.note(events::describe(loaded.stats, loaded_count) + "; wrote a report of " +
                  std::to_string(content.figures.events) +
                  (content.figures.events == 1 ? " event to " : " events to ") + output_);
        return kExitOk;
    }

private:
    std::vector<std::string> inputs_;
    std::string output_;
    std::string title_;
    bool overwrite_ = false;
    report::DateWindow window_;
    SourceOptions sources_;
};

} // namespace

std::unique_ptr<Command> make_report_command() {
    return std::make_unique<ReportCommand>();
}

} // namespace conflictmap::cli
