// Aggregation of events by place and by area, shared by `map` (places and admin1 layers) and
// `report` (per-place and per-governorate tables). Pure functions over EventRecords: no GDAL,
// no I/O. Every event passed in counts, background references included; filter the span first
// to count otherwise. Results are in a stable order (see each function).
#pragma once

#include "core/date.hpp"
#include "events/event_record.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace conflictmap::geo {
struct AreaLayer;
}

namespace conflictmap::events {

/// Running totals of a group of events.
struct EventTally {
    std::uint64_t events = 0;
    std::int64_t fatalities = 0;
    std::int64_t injuries = 0;
    std::optional<Date> first_date; ///< earliest event_date (undated events do not move it)
    std::optional<Date> last_date;

    void add(const EventRecord& event);
};

/// One distinct place: events that share the location name and the point (to 1e-6 degrees).
struct PlaceSummary {
    std::string location;  ///< EventRecord::location (gazetteer name)
    double latitude = 0.0; ///< WGS84, the events' point
    double longitude = 0.0;
    std::int64_t place_id = 0;    ///< first non-zero of its events (0 when none has one)
    std::int64_t geonames_id = 0; ///< first non-zero of its events
    std::string feature_code;     ///< first non-empty of its events
    std::string admin1;
    std::string admin2;
    std::string country_code;
    EventTally tally;
    std::vector<std::size_t> event_indices; ///< positions in the input span, ascending
};

struct PlaceSummaries {
    std::vector<PlaceSummary> places;   ///< in order of each place's first event in the input
    std::uint64_t unlocated_events = 0; ///< events without coordinates (in no place)
};

/// Groups located events into places.
PlaceSummaries summarize_places(std::span<const EventRecord> events);

/// Which feature of an area layer holds a point (lon, lat in WGS84 degrees): its index, or -1.
/// geo::PointInPolygonIndex::find has this shape.
using AreaLocator = std::function<long(double lon, double lat)>;

struct AreaTallies {
    std::vector<EventTally> areas; ///< one per area feature, in the layer's order
    std::uint64_t outside = 0;     ///< located events in no area
    std::uint64_t unlocated = 0;   ///< events without coordinates
};

/// Point-in-polygon counts: each located event is added to the area `locate` returns.
/// area_count is the number of features; an index outside [0, area_count) counts as outside.
AreaTallies tally_events_by_area(std::span<const EventRecord> events, std::size_t area_count,
                                 const AreaLocator& locate);

/// Same over a polygon layer (geo::iraq_admin1(), the disputed territories, ...), located with
/// geo::PointInPolygonIndex: a point on a shared boundary counts for the lower feature index.
AreaTallies tally_events_by_area(std::span<const EventRecord> events, const geo::AreaLayer& areas);

/// Events grouped by their admin1 text (EventRecord::admin1; "" for none), sorted by name: the
/// governorate table when no polygons are at hand.
std::vector<std::pair<std::string, EventTally>>
tally_events_by_admin1_name(std::span<const EventRecord> events);

} // namespace conflictmap::events
