#include "geo/region_distance.hpp"

#include <cmath>
#include <doctest/doctest.h>
#include <geodesic.h>

using namespace conflictmap::geo;

namespace {

/// Geodesic distance in km on WGS84 (PROJ's geodesic routines), the reference.
double geodesic_km(double lat1, double lon1, double lat2, double lon2) {
    geod_geodesic g{};
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    double s = 0;
    geod_inverse(&g, lat1, lon1, lat2, lon2, &s, nullptr, nullptr);
    return s / 1000;
}

/// The square 44..45 E, 35..36 N with a vertex every 0.05 degrees, and its south edge as the
/// "inner" boundary (the one it shares with the rest of the country).
SignedRegionDistance square_region() {
    Ring ring;
    const auto edge = [&ring](double x0, double y0, double x1, double y1) {
        for (int i = 0; i < 20; ++i) {
            ring.push_back({x0 + ((x1 - x0) * i / 20), y0 + ((y1 - y0) * i / 20)});
        }
    };
    edge(44, 35, 45, 35);
    edge(45, 35, 45, 36);
    edge(45, 36, 44, 36);
    edge(44, 36, 44, 35);
    ring.push_back(ring.front());
    LineString south(ring.begin(), ring.begin() + 21);
    return SignedRegionDistance(MultiPolygon{Polygon{{ring}}}, MultiLineString{south});
}

} // namespace

TEST_CASE("inside: negative, measured to the inner boundary only") {
    const auto d = square_region();
    const auto mid = d.km(35.5, 44.5);
    REQUIRE(mid);
    CHECK(*mid == doctest::Approx(-geodesic_km(35.5, 44.5, 35.0, 44.5)).epsilon(0.002));
    // Near the north edge, which is not the inner boundary: still ~105 km to the south edge.
    const auto north = d.km(35.95, 44.5);
    REQUIRE(north);
    CHECK(*north == doctest::Approx(-geodesic_km(35.95, 44.5, 35.0, 44.5)).epsilon(0.002));
    CHECK(d.contains(35.5, 44.5));
    CHECK_FALSE(d.contains(34.5, 44.5));
}

TEST_CASE("outside: positive distance to the region, in km not degrees") {
    const auto d = square_region();
    const auto south = d.km(34.5, 44.5);
    REQUIRE(south);
    CHECK(*south == doctest::Approx(geodesic_km(34.5, 44.5, 35.0, 44.5)).epsilon(0.002));
    const auto east = d.km(35.5, 45.5); // 0.5 degrees of longitude at 35.5 N: ~45 km, not 55
    REQUIRE(east);
    CHECK(*east == doctest::Approx(geodesic_km(35.5, 45.5, 35.5, 45.0)).epsilon(0.002));
    // Far south in Iraq (Basra's latitude): the projection's scale error stays under 0.5%.
    const auto basra = d.km(30.5, 44.5);
    REQUIRE(basra);
    CHECK(*basra == doctest::Approx(geodesic_km(30.5, 44.5, 35.0, 44.5)).epsilon(0.005));
    // Outside the projection's window: geodesic distance to the nearest vertex.
    const auto far = d.km(10.0, 44.5);
    REQUIRE(far);
    CHECK(*far == doctest::Approx(geodesic_km(10.0, 44.5, 35.0, 44.5)).epsilon(1e-6));
}

TEST_CASE("on the boundary the distance is zero, bad input gives none") {
    const auto d = square_region();
    const auto on = d.km(35.0, 44.5);
    REQUIRE(on);
    CHECK(std::abs(*on) < 0.05);
    CHECK_FALSE(d.km(std::nan(""), 44.0));
    CHECK_FALSE(d.km(95.0, 44.0));
    const SignedRegionDistance empty(MultiPolygon{}, MultiLineString{});
    CHECK_FALSE(empty.km(35.0, 44.0));
    CHECK_FALSE(empty.contains(35.0, 44.0));
}

TEST_CASE("far points: a remembered distance is the one a fresh measurement gives") {
    // Far points (off the Iraq window) are remembered per coordinate: asking again, in any
    // order and after other points, must answer exactly as a region that never saw them.
    const auto d = square_region();
    const double points[][2] = {{38.9, -77.0}, {51.5, -0.1}, {35.7, 51.4}, {-33.9, 151.2},
                                {38.9, -77.0}, {0.0, 0.0},   {-0.0, 0.0},  {35.7, 51.4}};
    for (int round = 0; round < 2; ++round) {
        for (const auto& p : points) {
            const auto fresh = square_region().km(p[0], p[1]);
            const auto again = d.km(p[0], p[1]);
            REQUIRE(fresh);
            REQUIRE(again);
            CHECK(*again == *fresh);
        }
    }
    // And a far point is still measured to the nearest vertex, not a remembered neighbour.
    CHECK(*d.km(38.9, -77.0) != *d.km(51.5, -0.1));
}
