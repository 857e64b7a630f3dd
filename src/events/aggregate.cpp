#include "events/aggregate.hpp"

#include "geo/areas.hpp"

#include <cmath>
#include <map>
#include <unordered_map>

namespace conflictmap::events {

namespace {

/// Coordinates as integers of 1e-6 degrees, so equal points compare equal whatever the noise
/// below the sixth decimal.
std::int64_t micro_degrees(double v) {
    return static_cast<std::int64_t>(std::llround(v * 1e6));
}

struct PlaceKey {
    std::string location;
    std::int64_t lat;
    std::int64_t lon;
    bool operator==(const PlaceKey&) const = default;
};

struct PlaceKeyHash {
    std::size_t operator()(const PlaceKey& k) const noexcept {
        std::size_t h = std::hash<std::string>{}(k.location);
        h ^= std::hash<std::int64_t>{}(k.lat) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        h ^= std::hash<std::int64_t>{}(k.lon) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        return h;
    }
};

bool located(const EventRecord& e) {
    return e.latitude.has_value() && e.longitude.has_value();
}

} // namespace

void EventTally::add(const EventRecord& event) {
    ++events;
    fatalities += event.fatalities;
    injuries += event.injuries;
    if (event.event_date) {
        if (!first_date || *event.event_date < *first_date) {
            first_date = event.event_date;
        }
        if (!last_date || *event.event_date > *last_date) {
            last_date = event.event_date;
        }
    }
}

PlaceSummaries summarize_places(std::span<const EventRecord> events) {
    PlaceSummaries out;
    std::unordered_map<PlaceKey, std::size_t, PlaceKeyHash> index;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const EventRecord& e = events[i];
        if (!located(e)) {
            ++out.unlocated_events;
            continue;
        }
        PlaceKey key{e.location, micro_degrees(*e.latitude), micro_degrees(*e.longitude)};
        auto [it, inserted] = index.try_emplace(std::move(key), out.places.size());
        if (inserted) {
            PlaceSummary p;
            p.location = e.location;
            p.latitude = *e.latitude;
            p.longitude = *e.longitude;
            p.admin1 = e.admin1;
            p.admin2 = e.admin2;
            p.country_code = e.country_code;
            out.places.push_back(std::move(p));
        }
        PlaceSummary& p = out.places[it->second];
        if (p.place_id == 0) {
            p.place_id = e.place_id;
        }
        if (p.geonames_id == 0) {
            p.geonames_id = e.geonames_id;
        }
        if (p.feature_code.empty()) {
            p.feature_code = e.feature_code;
        }
        if (p.admin1.empty()) {
            p.admin1 = e.admin1;
        }
        if (p.admin2.empty()) {
            p.admin2 = e.admin2;
        }
        if (p.country_code.empty()) {
            p.country_code = e.country_code;
        }
        p.tally.add(e);
        p.event_indices.push_back(i);
    }
    return out;
}

AreaTallies tally_events_by_area(std::span<const EventRecord> events, std::size_t area_count,
                                 const AreaLocator& locate) {
    AreaTallies out;
    out.areas.resize(area_count);
    for (const EventRecord& e : events) {
        if (!located(e)) {
            ++out.unlocated;
            continue;
        }
        const long i = area_count == 0 ? -1 : locate(*e.longitude, *e.latitude);
        if (i < 0 || static_cast<std::size_t>(i) >= area_count) {
            ++out.outside;
            continue;
        }
        out.areas[static_cast<std::size_t>(i)].add(e);
    }
    return out;
}

AreaTallies tally_events_by_area(std::span<const EventRecord> events, const geo::AreaLayer& areas) {
    if (areas.features.empty()) {
        return tally_events_by_area(events, 0, {});
    }
    const geo::PointInPolygonIndex index(areas);
    return tally_events_by_area(events, areas.features.size(),
                                [&](double lon, double lat) { return index.find(lon, lat); });
}

std::vector<std::pair<std::string, EventTally>>
tally_events_by_admin1_name(std::span<const EventRecord> events) {
    std::map<std::string, EventTally> by_name;
    for (const EventRecord& e : events) {
        by_name[e.admin1].add(e);
    }
    return {by_name.begin(), by_name.end()};
}

} // namespace conflictmap::events
