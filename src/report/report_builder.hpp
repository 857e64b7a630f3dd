// `conflictmap report` as a library call: events in, the five report files out, written into a
// folder atomically (io::AtomicDirectory). Identical inputs give identical bytes: no
// timestamps or versions, stable orders everywhere, locale-independent numbers.
#pragma once

#include "events/pipeline.hpp"
#include "report/report_content.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace conflictmap::report {

struct ReportOptions {
    std::string title; ///< "" = "Conflict events report"
    DateWindow window;
    std::size_t max_table_rows = 500;   ///< events listed in index.html and report.md
    std::size_t aggregate_above = 1500; ///< see MapOptions::aggregate_above
};

inline constexpr const char* kDefaultReportTitle = "Conflict events report";

/// Selects, tallies and draws. layers may hold empty layers (then the map has no outlines).
ReportContent build_report_content(std::vector<EventRecord> events,
                                   const events::PipelineStats& stats, const MapLayers& layers,
                                   const ReportOptions& options);

/// The files of a report, by name, in writing order.
struct ReportFiles {
    std::string index_html;
    std::string report_md;
    std::string map_svg; ///< with its XML declaration
    std::string events_csv;
    std::string summary_json;
};

ReportFiles render_report_files(const ReportContent& content);

/// Writes the files into dir through a temporary sibling folder renamed into place. Throws
/// OutputError when dir exists and overwrite is false, or when writing fails.
void write_report_directory(const ReportFiles& files, const std::filesystem::path& dir,
                            bool overwrite);

} // namespace conflictmap::report
