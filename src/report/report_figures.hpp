// The figures of a report: which events it covers (date window, report order) and what they
// add up to (by type, governorate, disputed territory, actor, place and time). A small
// aggregation for the report's tables and summary.json; `map`'s aggregation unit (places,
// admin-1 counts) answers some of the same questions and the two can be merged later.
#pragma once

#include "core/date.hpp"
#include "events/event_record.hpp"
#include "geo/areas.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace conflictmap::report {

/// --from/--to: inclusive bounds on event_date. When either bound is set, undated events are left
/// out (nothing shows they fall inside) and counted; without bounds every event is kept.
/// time_precision is not widened: an event dated mid-month (precision 3) is filtered by that date.
struct DateWindow {
    std::optional<Date> from;
    std::optional<Date> to;
    bool bounded() const noexcept { return from.has_value() || to.has_value(); }
};

struct SelectionCounts {
    std::uint64_t input = 0;               ///< events loaded
    std::uint64_t background_excluded = 0; ///< references to earlier events (background = true)
    std::uint64_t outside_window = 0;      ///< dated before --from or after --to
    std::uint64_t undated_excluded = 0;    ///< undated, left out because a window is set
};

struct EventSelection {
    std::vector<EventRecord> events; ///< in report order
    SelectionCounts counts;
};

/// Keeps the events a report covers, in report order: dated events by date, then undated ones;
/// ties by event_id, then input order. Background references are left out: they repeat events
/// reported elsewhere and would be counted twice.
EventSelection select_events(std::vector<EventRecord> events, const DateWindow& window);

/// Events, fatalities and injuries of one group (a type, a governorate, a disputed area ...).
struct Tally {
    std::string name; ///< "" when not known (a governorate of an unlocated event)
    std::uint64_t events = 0;
    std::int64_t fatalities = 0;
    std::int64_t injuries = 0;
    std::uint64_t disputed_events = 0;
};

struct EventTypeTally {
    Tally total;
    std::vector<Tally> sub_event_types; ///< by events (desc), then name
};

struct ActorTally {
    std::string actor;
    std::uint64_t events = 0; ///< events naming the actor as actor1 or actor2 (once each)
    std::uint64_t as_actor1 = 0;
    std::uint64_t as_actor2 = 0;
    std::int64_t fatalities = 0; ///< fatalities of those events
};

struct PlaceTally {
    std::string location;
    std::string admin1;
    std::optional<double> latitude; ///< of the first event at the place, in report order
    std::optional<double> longitude;
    std::uint64_t events = 0;
    std::int64_t fatalities = 0;
    std::int64_t injuries = 0;
    bool disputed = false; ///< any of its events is in the disputed territories
};

enum class TimelineUnit { day, week, month };
const char* timeline_unit_name(TimelineUnit unit); ///< "day", "week", "month"

struct TimelineBin {
    Date start;                                ///< first day of the day, ISO week or month
    std::vector<std::uint64_t> events_by_type; ///< parallel to Timeline::types
    std::uint64_t events = 0;
};

/// Dated events per day (spans up to 62 days), ISO week (up to two years) or month; every bin
/// between the first and last date is present, empty ones included.
struct Timeline {
    TimelineUnit unit = TimelineUnit::day;
    std::vector<std::string> types; ///< event types with at least one dated event, type order
    std::vector<TimelineBin> bins;
};

struct ReportFigures {
    std::uint64_t events = 0;
    std::uint64_t located = 0; ///< with coordinates
    std::uint64_t undated = 0;
    std::int64_t fatalities = 0;
    std::int64_t injuries = 0;
    std::optional<Date> first_date;
    std::optional<Date> last_date;
    std::uint64_t articles = 0; ///< distinct articles reporting the events
    std::uint64_t disputed_events = 0;
    std::int64_t disputed_fatalities = 0;
    std::int64_t disputed_injuries = 0;
    /// Located disputed events / located events (only a located event can be tagged); empty when
    /// none is located.
    std::optional<double> disputed_share;
    std::vector<Tally> disputed_areas;       ///< by events (desc), then name
    std::vector<EventTypeTally> event_types; ///< ACLED's six in ACLED order, then others by name
    std::vector<Tally> governorates;         ///< by events (desc), then name; "" (unknown) last
    std::vector<ActorTally> actors;          ///< by events (desc), then name
    std::vector<PlaceTally> places;          ///< by events (desc), fatalities (desc), then name
    Timeline timeline;
};

/// Names the governorate of an event: its admin1, or for a located event without one, the
/// feature of the admin-1 layer containing it ("name" attribute).
class GovernorateLookup {
public:
    /// layer may be empty (then only admin1 is used); it must outlive the lookup.
    explicit GovernorateLookup(const geo::AreaLayer& layer);
    GovernorateLookup(GovernorateLookup&&) noexcept;
    ~GovernorateLookup();

    std::string name_of(const EventRecord& event) const;

private:
    const geo::AreaLayer& layer_;
    std::unique_ptr<geo::PointInPolygonIndex> index_;
};

/// The event types in report order: ACLED's six, then any other found in events, by name.
std::vector<std::string> event_type_order(const std::vector<EventRecord>& events);

ReportFigures tally_events(const std::vector<EventRecord>& events,
                           const GovernorateLookup& governorates);

} // namespace conflictmap::report
