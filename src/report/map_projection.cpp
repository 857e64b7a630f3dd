#include "report/map_projection.hpp"

#include "core/error.hpp"
#include "report/number_format.hpp"

#include <cmath>
#include <geodesic.h>
#include <limits>
#include <proj.h>

namespace conflictmap::report {

namespace {

constexpr double kWgs84A = 6378137.0;
constexpr double kWgs84F = 1.0 / 298.257223563;

const geod_geodesic& wgs84() {
    static const geod_geodesic g = [] {
        geod_geodesic init{};
        geod_init(&init, kWgs84A, kWgs84F);
        return init;
    }();
    return g;
}

} // namespace

MapProjection::MapProjection(double centre_lat, double centre_lon)
    : centre_lat_(centre_lat), centre_lon_(centre_lon) {
    // One context per projection object: the report renders on one thread, and a context of
    // its own keeps PROJ's error state from leaking between callers.
    context_ = proj_context_create();
    const std::string target = "+proj=laea +lat_0=" + format_fixed(centre_lat, 6) +
                               " +lon_0=" + format_fixed(centre_lon, 6) +
                               " +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs";
    PJ* raw = proj_create_crs_to_crs(context_, "EPSG:4326", target.c_str(), nullptr);
    if (raw == nullptr) {
        const std::string detail =
            proj_context_errno_string(context_, proj_context_errno(context_));
        proj_context_destroy(context_);
        throw LibraryError("PROJ", "cannot create the map projection " + target, detail);
    }
    // EPSG:4326 is latitude first by definition; the map works in longitude, latitude.
    transform_ = proj_normalize_for_visualization(context_, raw);
    proj_destroy(raw);
    if (transform_ == nullptr) {
        const std::string detail =
            proj_context_errno_string(context_, proj_context_errno(context_));
        proj_context_destroy(context_);
        throw LibraryError("PROJ", "cannot normalise the map projection axis order", detail);
    }
}

MapProjection::~MapProjection() {
    proj_destroy(transform_);
    proj_context_destroy(context_);
}

void MapProjection::forward(std::vector<double>& xs, std::vector<double>& ys) const {
    if (xs.empty()) {
        return;
    }
    proj_trans_generic(transform_, PJ_FWD, xs.data(), sizeof(double), xs.size(), ys.data(),
                       sizeof(double), ys.size(), nullptr, 0, 0, nullptr, 0, 0);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (!std::isfinite(xs[i]) || !std::isfinite(ys[i]) || std::fabs(xs[i]) > 1e15) {
            xs[i] = ys[i] = std::numeric_limits<double>::quiet_NaN();
        }
    }
}

std::array<double, 2> MapProjection::forward(double lon, double lat) const {
    std::vector<double> x{lon};
    std::vector<double> y{lat};
    forward(x, y);
    return {x[0], y[0]};
}

std::array<double, 2> MapProjection::inverse(double x, double y) const {
    PJ_COORD c = proj_coord(x, y, 0, 0);
    c = proj_trans(transform_, PJ_INV, c);
    if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y) || std::fabs(c.xy.x) > 1e15) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan};
    }
    return {c.xy.x, c.xy.y};
}

std::array<double, 2> geodesic_destination(double lat, double lon, double azimuth_deg,
                                           double distance_m) {
    double lat2 = 0.0;
    double lon2 = 0.0;
    geod_direct(&wgs84(), lat, lon, azimuth_deg, distance_m, &lat2, &lon2, nullptr);
    return {lat2, lon2};
}

double geodesic_distance_m(double lat1, double lon1, double lat2, double lon2) {
    double s12 = 0.0;
    geod_inverse(&wgs84(), lat1, lon1, lat2, lon2, &s12, nullptr, nullptr);
    return s12;
}

} // namespace conflictmap::report
