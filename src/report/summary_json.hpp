// summary.json: the report's figures for scripts. Keys (stable; documented in the README):
//   schema                 "conflictmap-report-summary/1"
//   title                  the report title
//   window                 {from, to}: --from/--to as YYYY-MM-DD or null
//   events, events_located, events_undated, fatalities, injuries
//   date_range             {first, last}: YYYY-MM-DD or null
//   articles               {read: articles read from text inputs, reporting_events: distinct
//                          article ids of the events}
//   excluded               {background, outside_window, undated}: events loaded but not reported
//   input                  {event_files, events_read, events_skipped, articles_skipped}
//   disputed               {events, share_of_located (0-1, 4 decimals, null when nothing is
//                          located), fatalities, injuries, by_area: [{area, events, fatalities,
//                          injuries}]}
//   by_event_type          {TYPE: {events, fatalities, injuries, disputed_events,
//                          sub_event_types: {SUB: events}}}; ACLED's six types always present
//   by_governorate         [{admin1 (null = not known), events, fatalities, injuries,
//                          disputed_events}] busiest first
//   by_actor, actors_total [{actor, events, as_actor1, as_actor2, fatalities}] top 50
//   top_places             [{location, admin1, latitude, longitude, events, fatalities,
//                          injuries, disputed}] top 20
//   timeline               {unit: day|week|month, bins: [{start, events, by_event_type}]}
//   map                    {events_drawn, events_outside, symbols, hexagons, aggregated,
//                          hexagon_km, extent: [west, south, east, north], centre: [lon, lat],
//                          scale_bar_km}
//   events_table           {rows, capped}: events listed in index.html/report.md
#pragma once

#include "report/report_content.hpp"

#include <string>

namespace conflictmap::report {

inline constexpr std::size_t kSummaryTopActors = 50;
inline constexpr std::size_t kSummaryTopPlaces = 20;

/// The document, pretty-printed with two-space indentation and a final newline.
std::string render_summary_json(const ReportContent& content);

} // namespace conflictmap::report
