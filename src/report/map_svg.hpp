// The report's map, drawn as one standalone SVG document: governorate outlines, the disputed
// territories hatched, events as symbols by type sized by fatalities, labels for the main
// places, graticule, north arrow, scale bar and legend. Fitted to the events with a margin
// (Iraq when there are none). Dense maps aggregate: above MapOptions::aggregate_above located
// events, places where 3 or more events share a hexagon are drawn as that hexagon, shaded by
// count, which bounds the file size whatever the number of events.
#pragma once

#include "events/event_record.hpp"
#include "geo/areas.hpp"
#include "report/report_figures.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace conflictmap::report {

struct MapLayers {
    const geo::AreaLayer* admin1 = nullptr;   ///< governorates (attribute "name" labels them)
    const geo::AreaLayer* disputed = nullptr; ///< disputed territories, drawn hatched
};

struct MapOptions {
    std::string title;    ///< caption, first line
    std::string subtitle; ///< caption, second line (dates, counts)
    double width = 1000.0;
    /// With more located events than this, dense places are aggregated into hexagons.
    std::size_t aggregate_above = 1500;
    std::size_t max_place_labels = 12;
    std::string id_prefix = "cm-map"; ///< prefix of element ids (unique within a page)
};

/// One entry of the map's legend: a small SVG drawing (elements in a viewBox of 0 0 width
/// height) and its label. The same entries are drawn in map.svg and, as HTML, under the map in
/// index.html, where text stays legible at any screen width.
struct MapLegendItem {
    std::string label;
    double width = 16;
    double height = 16;
    std::string icon;
};

struct MapLegendGroup {
    std::string heading;
    std::vector<MapLegendItem> items;
};

struct MapResult {
    std::string svg; ///< the standalone map: frame, caption and legend (no XML declaration)
    /// The frame alone (no caption, legend or notes), for pages that show those as HTML. Its
    /// ids (pattern, clip path) are the same as svg's: put only one of the two in a document.
    std::string frame_svg;
    std::vector<MapLegendGroup> legend;
    std::vector<std::string> notes;   ///< plain-text notes under the legend
    std::uint64_t events_drawn = 0;   ///< located events on the map
    std::uint64_t events_outside = 0; ///< located events too far from the others to be shown
    std::uint64_t symbols = 0;        ///< events drawn as individual symbols
    std::uint64_t hexagons = 0;       ///< hexagons drawn (aggregated events)
    bool aggregated = false;
    double hexagon_km = 0.0;               ///< hexagon width across flats, when aggregated
    std::uint64_t labels = 0;              ///< place labels placed
    std::array<double, 4> extent_lonlat{}; ///< west, south, east, north of the map frame
    double centre_lat = 0.0;
    double centre_lon = 0.0;
    double scale_bar_km = 0.0;
    double scale_bar_px = 0.0;     ///< drawn length of the scale bar
    double metres_per_pixel = 0.0; ///< at the centre of the frame
};

/// events: the report's events (report order); figures: their tally (places for labels).
MapResult render_map_svg(const std::vector<EventRecord>& events, const ReportFigures& figures,
                         const MapLayers& layers, const MapOptions& options);

} // namespace conflictmap::report
