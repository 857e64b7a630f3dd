// The extractor with the embedded gazetteer and disputed-territories layer, opened once for the
// unit tests that need the real places and polygons.
#pragma once

#include "core/diagnostics.hpp"
#include "events/extractor.hpp"
#include "events/gazetteer_lookup.hpp"
#include "geo/areas.hpp"

#include <sstream>

namespace conflictmap::events::testing {

inline const Extractor& embedded_extractor() {
    static std::ostringstream sink;
    static Diagnostics diag(sink);
    static const auto lookup = open_place_lookup({}, diag);
    static const auto disputed = geo::DisputedTerritories::embedded();
    static const Extractor extractor(*lookup, &disputed);
    return extractor;
}

} // namespace conflictmap::events::testing
