// The extractor with the embedded gazetteer and disputed-territories layer, opened once for the
// unit tests that need the real places and polygons.
#pragma once

#include "core/diagnostics.hpp"
#include "events/extractor.hpp"
#include "events/gazetteer_lookup.hpp"
#include "gazetteer/gazetteer.hpp"
#include "geo/areas.hpp"

#include <doctest/doctest.h>
#include <sstream>
#include <string>
#include <vector>

namespace conflictmap::events::testing {

inline const Extractor& embedded_extractor() {
    static std::ostringstream sink;
    static Diagnostics diag(sink);
    static const auto lookup = open_place_lookup({}, diag);
    static const auto disputed = geo::DisputedTerritories::embedded();
    static const Extractor extractor(*lookup, &disputed);
    return extractor;
}

/// The events of one report dated `published`, extracted with the embedded extractor.
inline std::vector<EventRecord> extract_embedded(const std::string& text, Date published) {
    io::Article a;
    a.id = "t";
    a.text = text;
    a.published = published;
    return embedded_extractor().extract(a).events;
}

/// The events of one report with a title given apart from its text (a JSONL `title`).
inline std::vector<EventRecord> extract_embedded(const std::string& title, const std::string& text,
                                                 Date published) {
    io::Article a;
    a.id = "t";
    a.title = title;
    a.text = text;
    a.published = published;
    return embedded_extractor().extract(a).events;
}

/// How far an event's point lies from (lat, lon), in km; the event must be located.
inline double km_from(const EventRecord& e, double lat, double lon) {
    REQUIRE(e.latitude.has_value());
    REQUIRE(e.longitude.has_value());
    return gazetteer::geodesic_distance_km(*e.latitude, *e.longitude, lat, lon);
}

} // namespace conflictmap::events::testing
