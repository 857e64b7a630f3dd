// How the embedded disputed-territories layer is made without anyone's district boundaries:
// each governorate (Natural Earth) is split into the Voronoi cells of our district and
// sub-district seats, plus seed pairs either side of boundary lines we know (a river that is a
// district border); cells are clipped to the governorate and dissolved per (district,
// sub-district). `conflictmap disputed partition` runs it; scripts/build-disputed documents it.
#pragma once

#include "core/diagnostics.hpp"
#include "geo/areas.hpp"
#include "geo/disputed_layers.hpp"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace conflictmap::geo {

/// A point known to lie in a (district, sub-district) of a governorate.
struct Seed {
    std::string admin1;      ///< GeoNames admin1 code ("15")
    std::int64_t district{}; ///< GeoNames id of the district (the admin2 code)
    std::string subdistrict; ///< sub-district key; "" = the district's centre sub-district
    double lat{};
    double lon{};
    std::string name;   ///< for messages
    std::string origin; ///< "file:line"
};

/// District seats from a GeoNames-layout TSV (gazetteer/iraq_districts.tsv): latitude,
/// longitude, admin1 and admin2 columns. Throws InputError on malformed rows.
std::vector<Seed> read_district_seats(const std::string& path);

/// Sub-district seats: a TSV with the header
///   admin1 district subdistrict name lat lon source
/// ('#' lines are comments). Throws InputError on malformed rows.
std::vector<Seed> read_subdistrict_seats(const std::string& path);

/// Known boundary lines: a TSV with the header
///   name admin1 left_district left_subdistrict right_district right_subdistrict wkt source
/// where wkt is a LINESTRING (lon lat, ...) and left/right are seen along its direction. Each
/// line becomes seed pairs every spacing_km, offset_km either side, so the partition follows it.
std::vector<Seed> read_boundary_hints(const std::string& path, double spacing_km = 1.0,
                                      double offset_km = 0.3);

struct PartitionCell {
    std::string admin1;
    std::int64_t district{};
    std::string subdistrict;
    MultiPolygon geometry;
};

/// The partition of each governorate of `governorates` (attribute admin1_code) whose code is in
/// admin1_codes. Voronoi cells are computed in a plane whose x is scaled by cos(latitude) of the
/// governorate's centre, so cell borders lie halfway between seeds on the ground. Seeds outside
/// their governorate are warned about and still used (their cells are clipped).
std::vector<PartitionCell> partition_by_seeds(const AreaLayer& governorates,
                                              const std::vector<Seed>& seeds,
                                              const std::set<std::string>& admin1_codes,
                                              Diagnostics& diag);

/// The embedded data set from the governorates and their seeds: one area per catalogue entry,
/// the outlines and the Kurdistan Region (governorates with kri = true). Throws InputError
/// when a catalogue area has no seed.
DisputedLayers build_disputed_from_seeds(const AreaLayer& governorates,
                                         const std::vector<Seed>& seeds, Diagnostics& diag);

inline constexpr std::string_view kMethodVoronoi =
    "voronoi of seats within Natural Earth governorate";

} // namespace conflictmap::geo
