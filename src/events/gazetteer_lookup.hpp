// The extractor's view of the gazetteer (events/place_lookup.hpp) over gazetteer::Gazetteer:
// the embedded gazetteer plus --gazetteer sources.
#pragma once

#include "core/diagnostics.hpp"
#include "events/place_lookup.hpp"

#include <memory>
#include <string>
#include <vector>

namespace conflictmap::events {

/// Loads the embedded gazetteer and the extra sources. Throws the gazetteer's errors.
std::unique_ptr<PlaceLookup> open_place_lookup(const std::vector<std::string>& sources,
                                               Diagnostics& diag);

} // namespace conflictmap::events
