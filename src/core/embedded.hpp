// Data files compiled into the binary (the embedded gazetteer, polygons, dictionaries).
// Names are paths relative to the source tree, e.g. "gazetteer/places_iraq.tsv".
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace conflictmap {

/// The bytes of an embedded file, or nullopt when no file of that name was compiled in.
/// The view is valid for the life of the program and is followed by a NUL byte.
std::optional<std::string_view> embedded_resource(std::string_view name);

/// Names of all embedded files, sorted.
std::vector<std::string_view> embedded_resource_names();

} // namespace conflictmap
