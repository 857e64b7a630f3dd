#include "geo/geodesy.hpp"

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

LatLon geodesic_midpoint(LatLon a, LatLon b) {
    double s12 = 0.0, azi1 = 0.0;
    geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &s12, &azi1, nullptr);
    return geodesic_offset(a, azi1, s12 / 2.0);
}

} // namespace conflictmap::geo
