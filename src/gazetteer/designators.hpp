// Designator words of place names ("air base", "camp", "governorate", "district", "مطار", ...):
// they both match (a name is indexed with and without them) and tell the feature type a query
// asks for ("Baghdad airport" wants an airport, not the city).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace conflictmap::gazetteer {

/// A kind of place a designator asks for. `any` means no type is implied.
enum class PlaceType : unsigned char {
    any,
    airport,
    air_base,
    military_base,
    camp,
    admin1,
    admin2,
    admin3,
    region,
    populated,
    mountain,
    river,
    lake,
    dam,
    bridge,
    square,
    oil_field,
    border_crossing,
};

/// Name of a type for messages and output ("air_base").
std::string_view place_type_name(PlaceType type) noexcept;

/// True when a place of GeoNames feature class/code is of the type (always for `any`).
bool place_type_accepts(PlaceType type, char feature_class, std::string_view feature_code) noexcept;

/// Designators found at the two ends of a name's tokens.
struct DesignatorSplit {
    std::size_t prefix_tokens = 0; ///< tokens of leading designators ("camp", "city of")
    std::size_t suffix_tokens = 0; ///< tokens of trailing designators ("international airport")
    PlaceType type = PlaceType::any;

    bool found() const noexcept { return prefix_tokens + suffix_tokens > 0; }
};

/// Finds designator phrases at the start and end of tokens (exact-key tokens, see
/// text/toponym_key.hpp). At least one token always remains between them; when both ends name
/// a type, the more specific one wins (a suffix "air base" over a prefix "base").
DesignatorSplit find_designators(const std::vector<std::string_view>& tokens);

} // namespace conflictmap::gazetteer
