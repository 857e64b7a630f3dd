#include "geo/geodesy.hpp"

#include <algorithm>
#include <cmath>
#include <geodesic.h>

namespace conflictmap::geo {

namespace {
// geod_geodesic is immutable after geod_init, so one shared instance is thread-safe.
const geod_geodesic& wgs84() {
    static const geod_geodesic g = [] {
        geod_geodesic init{};
        geod_init(&init, 6378137.0, 1.0 / 298.257223563);
        return init;
    }();
    return g;
}
} // namespace

LatLon geodesic_offset(LatLon from, double azimuth_deg, double distance_m) {
    LatLon to;
    geod_direct(&wgs84(), from.lat, from.lon, azimuth_deg, distance_m, &to.lat, &to.lon, nullptr);
    return to;
}

double geodesic_distance_m(LatLon a, LatLon b) {
    double s12 = 0.0;
    geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &s12, nullptr, nullptr);
    return s12;
}

double distance_to_test_m(LatLon a, LatLon b, double threshold_m) {
    // (The sphere of mean radius is off the ellipsoid by at most 0.6%: its radii of curvature
    // are 6335-6400 km.)
    // (A latitude beyond the poles has no geodesic distance, NaN: it is the geodesic's to say.)
    const bool on_earth = std::abs(a.lat) <= 90.0 && std::abs(b.lat) <= 90.0;
    const double estimate_m = 1000.0 * great_circle_km(a, b);
    if (on_earth && (estimate_m < 0.98 * threshold_m || estimate_m > 1.02 * threshold_m)) {
        return estimate_m;
    }
    return geodesic_distance_m(a, b);
}

double great_circle_km(LatLon a, LatLon b) noexcept {
    constexpr double kRad = 3.14159265358979323846 / 180.0;
    const double dlat = (b.lat - a.lat) * kRad;
    const double dlon = (b.lon - a.lon) * kRad;
    const double h =
        std::sin(dlat / 2) * std::sin(dlat / 2) +
        std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2.0 * 6371.0088 * std::asin(std::min(1.0, std::sqrt(h)));
}

double approx_distance_km(LatLon a, LatLon b) noexcept {
    constexpr double kDegToRad = 3.14159265358979323846 / 180.0;
    constexpr double kEarthRadiusKm = 6371.0088;
    double dlon = b.lon - a.lon;
    if (dlon > 180.0) {
        dlon -= 360.0;
    } else if (dlon < -180.0) {
        dlon += 360.0;
    }
    const double x = dlon * kDegToRad * std::cos((a.lat + b.lat) / 2.0 * kDegToRad);
    const double y = (b.lat - a.lat) * kDegToRad;
    return kEarthRadiusKm * std::sqrt(x * x + y * y);
}

LatLon geodesic_midpoint(LatLon a, LatLon b) {
    double s12 = 0.0, azi1 = 0.0;
    geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &s12, &azi1, nullptr);
    return geodesic_offset(a, azi1, s12 / 2.0);
}

} // namespace conflictmap::geo
