// Everything one report shows, computed once and rendered by each writer (HTML, Markdown,
// summary.json), so the files cannot disagree.
#pragma once

#include "events/pipeline.hpp"
#include "report/map_svg.hpp"
#include "report/report_figures.hpp"

#include <string>
#include <vector>

namespace conflictmap::report {

struct ReportContent {
    std::string title;
    DateWindow window;
    events::PipelineStats stats; ///< what loading the inputs read and skipped
    EventSelection selection;    ///< the report's events, in report order
    ReportFigures figures;
    MapResult map;
    std::string timeline_svg;
    std::size_t max_table_rows = 500; ///< events listed in index.html and report.md
};

/// One headline figure of the summary ("Fatalities", "21", "in 23 events").
struct KeyFigure {
    std::string label;
    std::string value;
    std::string detail; ///< may be empty
};

/// The summary's headline figures, in display order (plain text; writers escape).
std::vector<KeyFigure> key_figures(const ReportContent& content);

/// Sentences on what the report leaves out or cannot show (plain text; writers escape).
std::vector<std::string> coverage_notes(const ReportContent& content);

/// "Showing the first 500 of 1,234 events ..." when the events table is capped, else "".
std::string table_cap_note(const ReportContent& content);

/// "2024-01-03 to 2024-02-26", a single date, or "no dated events".
std::string date_range_text(const ReportFigures& figures);

/// "Events of 2024-03-01 to 2024-03-31" style description of --from/--to ("" without them).
std::string window_text(const DateWindow& window);

} // namespace conflictmap::report
