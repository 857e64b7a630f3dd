// The report map's projection: Lambert azimuthal equal-area centred on the map (PROJ), so that
// hexagon bins cover equal ground areas and the scale is true at the centre in every direction;
// plus geodesic offsets (PROJ's geodesic.h) to draw a scale bar that is correct there.
#pragma once

#include <array>
#include <vector>

struct pj_ctx;
struct PJconsts;

namespace conflictmap::report {

class MapProjection {
public:
    /// Throws LibraryError("PROJ", ...) when PROJ cannot build the transformation.
    MapProjection(double centre_lat, double centre_lon);
    ~MapProjection();
    MapProjection(const MapProjection&) = delete;
    MapProjection& operator=(const MapProjection&) = delete;

    double centre_lat() const noexcept { return centre_lat_; }
    double centre_lon() const noexcept { return centre_lon_; }

    /// Projects WGS84 degrees to metres, in place: xs holds longitudes, ys latitudes on entry.
    /// Points PROJ cannot project (the far side of the globe) become NaN.
    void forward(std::vector<double>& xs, std::vector<double>& ys) const;
    /// One point: {x, y} in metres (NaN when it cannot be projected).
    std::array<double, 2> forward(double lon, double lat) const;
    /// Metres back to WGS84 degrees: {lon, lat} (NaN outside the projection's domain).
    std::array<double, 2> inverse(double x, double y) const;

private:
    double centre_lat_;
    double centre_lon_;
    pj_ctx* context_ = nullptr;
    PJconsts* transform_ = nullptr;
};

/// The point reached from (lat, lon) after distance_m metres along azimuth_deg (clockwise from
/// north) on the WGS84 ellipsoid: {lat, lon}.
std::array<double, 2> geodesic_destination(double lat, double lon, double azimuth_deg,
                                           double distance_m);

/// Geodesic distance in metres between two WGS84 points.
double geodesic_distance_m(double lat1, double lon1, double lat2, double lon2);

} // namespace conflictmap::report
