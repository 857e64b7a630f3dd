// The four layers of a disputed-territories data set and how they are assembled, shared by the
// two ways of building one: from our seats (the embedded layer, seed_partition.hpp) and from
// authoritative boundaries (`conflictmap disputed build`, disputed_build.hpp).
//   disputed_territories  one polygon feature per area (schema: disputed_area_attributes())
//   disputed_outline      the dissolved union; attribute extended_claims says which scope
//   kri_region            the Kurdistan Region (its governorates minus UNAMI's listed areas)
//   kri_boundary          the part of the Region's boundary it shares with the rest of Iraq
#pragma once

#include "geo/areas.hpp"
#include "geo/disputed_catalog.hpp"

#include <filesystem>
#include <string_view>
#include <vector>

namespace conflictmap::geo {

inline constexpr std::string_view kDisputedAreasLayer = "disputed_territories";
inline constexpr std::string_view kDisputedOutlineLayer = "disputed_outline";
inline constexpr std::string_view kKriRegionLayer = "kri_region";
inline constexpr std::string_view kKriBoundaryLayer = "kri_boundary";

inline constexpr std::string_view kBasisUnami = "UNAMI 2009 DIBs report";
inline constexpr std::string_view kBasisKrgDraft =
    "2009 draft constitution of the Kurdistan Region";

/// Names of the attributes of an area feature, in schema order: name, name_ar, name_ku,
/// governorate, pcode, level, basis, method, area_km2, extended_claim.
const std::vector<std::string_view>& disputed_area_attributes();

/// An area feature: spec's names and codes, level "district"/"sub-district", the basis (UNAMI's
/// report or the KRG draft), the given method, and area_km2 (geodesic, 0.1 km²).
AreaFeature make_area_feature(const DisputedAreaSpec& spec, MultiPolygon geometry,
                              std::string_view method);

/// The dissolved union of the areas as one feature (attributes extended_claims, area_km2).
AreaLayer dissolve_outline(const AreaLayer& areas, bool extended_claims);

struct DisputedLayers {
    AreaLayer areas{std::string(kDisputedAreasLayer), {}};
    AreaLayer outline{std::string(kDisputedOutlineLayer), {}};
    AreaLayer kri_region{std::string(kKriRegionLayer), {}};
    AreaLayer kri_boundary{std::string(kKriBoundaryLayer), {}};
};

/// Fill outline (both scopes: UNAMI's list alone, then with the extended claims when there are
/// any), kri_region and kri_boundary from layers.areas and the polygons of the Region
/// (kri_parts: its governorates or districts) and of the rest of Iraq (other_parts). The Region
/// is kri_parts minus the listed (not extended) areas, so Makhmour, formally in Erbil
/// governorate, is disputed and outside it; its boundary line is the part of its boundary within
/// 1 m of the rest of Iraq (international borders are left out).
void complete_disputed_layers(DisputedLayers& layers, const std::vector<MultiPolygon>& kri_parts,
                              const std::vector<MultiPolygon>& other_parts);

/// Write the four layers (.gpkg), or the areas alone (.geojson), atomically.
void write_disputed_layers(const std::filesystem::path& path, const DisputedLayers& layers,
                           bool overwrite);

} // namespace conflictmap::geo
