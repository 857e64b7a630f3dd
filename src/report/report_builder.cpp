#include "report/report_builder.hpp"

#include "core/error.hpp"
#include "io/atomic_output.hpp"
#include "io/event_io.hpp"
#include "report/html_report.hpp"
#include "report/markdown_report.hpp"
#include "report/number_format.hpp"
#include "report/summary_json.hpp"
#include "report/timeline_svg.hpp"

#include <fstream>
#include <sstream>

namespace conflictmap::report {

namespace {

std::string map_subtitle(const ReportFigures& f) {
    if (f.events == 0) {
        return "No events";
    }
    std::string s =
        format_count(static_cast<std::int64_t>(f.events)) + (f.events == 1 ? " event" : " events");
    if (f.first_date) {
        s += ", " + date_range_text(f);
    }
    s += " \u00B7 " + format_count(f.fatalities) + " killed, " + format_count(f.injuries) +
         " injured";
    return s;
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        throw OutputError("cannot write the report file", ErrorContext{path.string(), 0, 0, {}});
    }
}

} // namespace

ReportContent build_report_content(std::vector<EventRecord> events,
                                   const events::PipelineStats& stats, const MapLayers& layers,
                                   const ReportOptions& options) {
    ReportContent c;
    c.title = options.title.empty() ? std::string(kDefaultReportTitle) : options.title;
    c.window = options.window;
    c.stats = stats;
    c.max_table_rows = options.max_table_rows;
    c.selection = select_events(std::move(events), options.window);
    static const geo::AreaLayer kNoLayer{"admin1", {}};
    const GovernorateLookup governorates(layers.admin1 != nullptr ? *layers.admin1 : kNoLayer);
    c.figures = tally_events(c.selection.events, governorates);

    MapOptions map_options;
    map_options.title = c.title;
    map_options.subtitle = map_subtitle(c.figures);
    map_options.aggregate_above = options.aggregate_above;
    c.map = render_map_svg(c.selection.events, c.figures, layers, map_options);
    c.timeline_svg = render_timeline_svg(c.figures.timeline);
    return c;
}

ReportFiles render_report_files(const ReportContent& content) {
    ReportFiles files;
    files.index_html = render_html(content);
    files.report_md = render_markdown(content);
    files.map_svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + content.map.svg + "\n";
    std::ostringstream csv;
    auto writer = io::make_event_writer(io::EventFormat::csv, csv);
    for (const auto& e : content.selection.events) {
        writer->write(e);
    }
    writer->finish();
    files.events_csv = csv.str();
    files.summary_json = render_summary_json(content);
    return files;
}

void write_report_directory(const ReportFiles& files, const std::filesystem::path& dir,
                            bool overwrite) {
    io::AtomicDirectory folder(dir, overwrite);
    const auto& tmp = folder.temp_path();
    write_file(tmp / "index.html", files.index_html);
    write_file(tmp / "report.md", files.report_md);
    write_file(tmp / "map.svg", files.map_svg);
    write_file(tmp / "events.csv", files.events_csv);
    write_file(tmp / "summary.json", files.summary_json);
    folder.commit();
}

} // namespace conflictmap::report
