// How the embedded disputed-territories layer is made without anyone's district boundaries:
// each governorate (Natural Earth) is split into the cells of our district and sub-district
// seats, corrected along boundary lines we know (a river that is a district border); cells are
// clipped to the governorate and dissolved per (district, sub-district).
// Cells are those of a power diagram (a Voronoi diagram whose sites carry weights): every
// district has weight 0, and so plain Voronoi cells, except the districts whose area we know,
// whose weights are fitted until their area matches. `conflictmap disputed partition` runs it;
// scripts/build-disputed documents it.
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
    /// For a seed of a boundary hint: the district on the other side of the line (0 otherwise).
    std::int64_t across = 0;
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
/// line becomes seed pairs every spacing_km, offset_km either side, left then right, in order
/// along the line; each seed's `across` names the district of the other side, which is how
/// partition_by_seeds knows them.
std::vector<Seed> read_boundary_hints(const std::string& path, double spacing_km = 1.0,
                                      double offset_km = 0.3);

/// A district's known area (scripts/geo/district_areas.tsv). Rows whose role is "fit" are
/// targets of the partition; "check" rows are figures we only compare with.
struct DistrictArea {
    std::string admin1;      ///< GeoNames admin1 code ("15")
    std::int64_t district{}; ///< GeoNames id of the district
    std::string name;
    double area_km2{};
    bool fit = false; ///< role "fit": the partition is fitted to it
    std::string source;
    std::string origin; ///< "file:line"
};

/// Known district areas: a TSV with the header
///   admin1 district name area_km2 role source
/// where role is "fit" or "check" ('#' lines are comments). Throws InputError on malformed rows.
std::vector<DistrictArea> read_district_areas(const std::string& path);

struct PartitionCell {
    std::string admin1;
    std::int64_t district{};
    std::string subdistrict;
    MultiPolygon geometry;
};

/// The partition of each governorate of `governorates` (attribute admin1_code) whose code is in
/// admin1_codes. Cells are computed in a plane whose x is scaled by cos(latitude) of the
/// governorate's centre, so, without weights, cell borders lie halfway between seeds on the
/// ground. Seeds outside their governorate are warned about and still used (their cells are
/// clipped).
///
/// Area targets (the `fit` rows of `areas`): every seed of a district carries the district's
/// weight w, a point x belongs to the seed p minimising |x - p|^2 - w (a power diagram, whose
/// borders are straight lines: the border of two seeds moves by (w1 - w2) / (2 |p1 - p2|)
/// towards the lighter one). Districts without a target keep w = 0; the weights of the others
/// are fitted, all at once, until each such district's area (clipped to its governorate) is
/// within 0.5% of its target, or for at most 200 rounds; a note says how close it came. Without
/// targets the result is the plain Voronoi partition.
///
/// Boundary hints (seeds with `across` set, as read_boundary_hints makes them) are not sites:
/// their pairs give the line back, and within 20 km of it (flat at its ends) whatever the cells
/// gave the right-hand district on the line's left side goes to the left-hand district, and the
/// other way round; sides are decided by the nearer side of the line (the unweighted Voronoi
/// cells of the pairs). Other districts are untouched, and the weights cannot pull the border
/// off the line. The fit counts areas after this correction.
std::vector<PartitionCell> partition_by_seeds(const AreaLayer& governorates,
                                              const std::vector<Seed>& seeds,
                                              const std::set<std::string>& admin1_codes,
                                              Diagnostics& diag,
                                              const std::vector<DistrictArea>& areas = {});

/// The embedded data set from the governorates, their seeds and the known district areas
/// (targets as in partition_by_seeds): one area per catalogue entry, the outlines and the
/// Kurdistan Region (governorates with kri = true). Throws InputError when a catalogue area has
/// no seed.
DisputedLayers build_disputed_from_seeds(const AreaLayer& governorates,
                                         const std::vector<Seed>& seeds, Diagnostics& diag,
                                         const std::vector<DistrictArea>& areas = {});

/// The `method` of the embedded areas (a power diagram is a weighted Voronoi diagram; with no
/// targets it is the plain one).
inline constexpr std::string_view kMethodVoronoi =
    "voronoi of seats within Natural Earth governorate";

} // namespace conflictmap::geo
