// EventRecord <-> GeoJSON Feature. The property order is the output contract of `extract`
// (issue 4) followed by conflictmap's extra properties; readers accept any order and ignore
// unknown properties, so event files written by newer versions still load.
#pragma once

#include "core/error.hpp"
#include "events/event_record.hpp"

#include <nlohmann/json.hpp>

namespace conflictmap {

using ordered_json = nlohmann::ordered_json;

/// Contract property names in output order.
const std::vector<std::string>& event_property_names();

/// A GeoJSON Feature: Point geometry [lon, lat] (null when unlocated) and every property.
ordered_json event_to_feature(const EventRecord& event);

/// Appends event_to_feature(event).dump() to out, written straight from the record (no tree):
/// how `extract` writes its events.
void append_feature_json(const EventRecord& event, std::string& out);

/// Reads a Feature written by event_to_feature (or by hand). Throws InputError naming the field
/// when a property has the wrong type or value; `where` supplies file and line.
EventRecord event_from_feature(const nlohmann::json& feature, const ErrorContext& where = {});

} // namespace conflictmap
