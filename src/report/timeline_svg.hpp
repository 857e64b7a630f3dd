// The report's timeline: events per day, ISO week or month (Timeline::unit) as an SVG bar chart
// stacked by event type, in the map's colours, with a y axis of round numbers.
#pragma once

#include "report/report_figures.hpp"

#include <string>

namespace conflictmap::report {

struct TimelineOptions {
    double width = 1000.0;
    double height = 240.0;
    std::string id_prefix = "cm-timeline";
};

/// "<svg ...>...</svg>"; a chart saying "No dated events" when the timeline has no bins.
std::string render_timeline_svg(const Timeline& timeline, const TimelineOptions& options = {});

/// "3 Jan 2024" (English month abbreviations, whatever the locale).
std::string short_date(const Date& date);
/// "Jan", ..., "Dec".
const char* month_abbreviation(int month);

} // namespace conflictmap::report
