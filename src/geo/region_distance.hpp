// Signed distance in kilometres from a point to a region's boundary: negative inside, positive
// outside. Built for the Kurdistan Region, where "how far from the line" means the line between
// the Region and the rest of Iraq, not its borders with Turkey or Iran: from inside, distances
// are measured to that inner boundary; from outside, to the region itself.
//
// Distances are metric, not degrees: points within the window around Iraq (lon 30..58,
// lat 22..45) are projected with PROJ into a Lambert conformal conic (standard parallels 32.5
// and 36.5 N, central meridian 44 E, WGS84), where a branch-and-bound search over the
// boundary's segments finds the nearest one (GEOS prepared geometries answer the inside test);
// the scale error is under 0.1% between 31 and 38 N and about 0.5% at
// Iraq's southern tip. Points outside the window get the geodesic distance (PROJ geodesic.h)
// to the nearest boundary vertex. Thread-safe: PROJ and GEOS handles are kept per thread.
#pragma once

#include "geo/areas.hpp"

#include <memory>
#include <optional>

namespace conflictmap::geo {

class SignedRegionDistance {
public:
    /// region: valid polygons; inner_boundary: the part of its boundary distances from inside
    /// are measured to (pass the whole boundary to measure to every edge).
    SignedRegionDistance(MultiPolygon region, MultiLineString inner_boundary);
    SignedRegionDistance(SignedRegionDistance&&) noexcept;
    SignedRegionDistance& operator=(SignedRegionDistance&&) noexcept;
    ~SignedRegionDistance();

    /// Negative inside, positive outside, 0 on the boundary; nullopt when a coordinate is not
    /// finite or out of range, or the region is empty.
    std::optional<double> km(double lat, double lon) const;

    /// True when (lat, lon) is in the region (boundary included).
    bool contains(double lat, double lon) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace conflictmap::geo
