// Distances and offsets on the WGS84 ellipsoid (PROJ's geodesic.h), for relative locations
// ("30 km south of Kirkuk") and proximity tests. Latitude first, degrees and metres.
#pragma once

namespace conflictmap::geo {

struct LatLon {
    double lat = 0.0;
    double lon = 0.0;
};

/// The point reached from `from` going `distance_m` metres on initial bearing `azimuth_deg`
/// (0 = north, 90 = east).
LatLon geodesic_offset(LatLon from, double azimuth_deg, double distance_m);

/// Geodesic distance in metres.
double geodesic_distance_m(LatLon a, LatLon b);

/// A distance in metres to compare with threshold_m ("within 150 km"): the geodesic when it is
/// within 2% of the threshold, otherwise the great circle, which is then on the same side of
/// the threshold (it is within 0.6% of the geodesic) at a tenth of the cost. Only its
/// comparison with threshold_m means anything.
double distance_to_test_m(LatLon a, LatLon b, double threshold_m);

/// Great-circle distance in km on the sphere of mean radius (haversine): within 0.6% of the
/// geodesic.
double great_circle_km(LatLon a, LatLon b) noexcept;

/// The geodesic midpoint of a and b.
LatLon geodesic_midpoint(LatLon a, LatLon b);

/// A fast distance in km for thresholds ("within 150 km"): the equirectangular approximation
/// on a sphere of mean radius, within 1% of the geodesic up to ~1000 km away from the poles.
double approx_distance_km(LatLon a, LatLon b) noexcept;

} // namespace conflictmap::geo
