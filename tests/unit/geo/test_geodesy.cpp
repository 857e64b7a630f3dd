#include "geo/geodesy.hpp"

#include <cmath>
#include <doctest/doctest.h>
#include <initializer_list>

using namespace conflictmap::geo;

TEST_CASE("30 km due south of Kirkuk lands 30 km away on the same meridian") {
    const LatLon kirkuk{35.4681, 44.3922};
    const auto p = geodesic_offset(kirkuk, 180.0, 30000.0);
    CHECK(p.lon == doctest::Approx(44.3922).epsilon(1e-6));
    CHECK(p.lat == doctest::Approx(35.1976).epsilon(1e-4)); // ~0.2705 degrees of latitude
    CHECK(geodesic_distance_m(kirkuk, p) == doctest::Approx(30000.0).epsilon(1e-9));
}

TEST_CASE("distance between known places matches the ellipsoid") {
    // Baghdad International Airport to K-1 Air Base: about 256 km.
    const double d = geodesic_distance_m({33.2620, 44.2338}, {35.5125, 44.2842});
    CHECK(d == doctest::Approx(249700.0).epsilon(0.01));
}

TEST_CASE("the midpoint is equidistant") {
    const LatLon a{33.3128, 44.3615}, b{36.1926, 44.0106};
    const auto m = geodesic_midpoint(a, b);
    CHECK(geodesic_distance_m(a, m) == doctest::Approx(geodesic_distance_m(m, b)).epsilon(1e-9));
}

TEST_CASE("the fast distance stays within 1% of the geodesic for threshold checks") {
    const LatLon kirkuk{35.4681, 44.3922};
    for (const LatLon p : {LatLon{35.5125, 44.2842}, LatLon{33.3406, 44.4009},
                           LatLon{36.1926, 44.0106}, LatLon{30.5085, 47.7804}}) {
        const double exact = geodesic_distance_m(kirkuk, p) / 1000.0;
        CHECK(approx_distance_km(kirkuk, p) == doctest::Approx(exact).epsilon(0.01));
    }
    CHECK(approx_distance_km({0, 179.9}, {0, -179.9}) == doctest::Approx(22.2).epsilon(0.01));
}

TEST_CASE("a distance to test answers a threshold test as the geodesic does") {
    // Points from 0 to 700 km from Kirkuk in several directions, and at the equator and near a
    // pole (where the sphere is farthest from the ellipsoid), against thresholds on both sides.
    for (const LatLon from : {LatLon{35.4681, 44.3922}, LatLon{0.0, 10.0}, LatLon{80.0, -30.0}}) {
        for (double azimuth = 0.0; azimuth < 360.0; azimuth += 45.0) {
            for (double m = 0.0; m <= 700000.0; m += 2500.0) {
                const LatLon p = geodesic_offset(from, azimuth, m);
                const double exact = geodesic_distance_m(from, p);
                for (const double threshold : {10000.0, 30000.0, 150000.0, 250000.0}) {
                    const double d = distance_to_test_m(from, p, threshold);
                    CHECK((d <= threshold) == (exact <= threshold));
                    CHECK((d < threshold) == (exact < threshold));
                }
            }
        }
    }
    // Beyond a pole there is no geodesic distance, nor a distance to test.
    CHECK(std::isnan(geodesic_distance_m({90.01, 10.0}, {89.99, 10.0})));
    CHECK(std::isnan(distance_to_test_m({90.01, 10.0}, {89.99, 10.0}, 10000.0)));
    // Near the threshold it is the geodesic itself.
    const LatLon kirkuk{35.4681, 44.3922};
    const LatLon p = geodesic_offset(kirkuk, 180.0, 30000.0);
    CHECK(distance_to_test_m(kirkuk, p, 30000.0) == geodesic_distance_m(kirkuk, p));
    // Far from it, the great circle (within 0.6% of the geodesic).
    const LatLon q = geodesic_offset(kirkuk, 0.0, 300000.0);
    CHECK(distance_to_test_m(kirkuk, q, 30000.0) == 1000.0 * great_circle_km(kirkuk, q));
    CHECK(great_circle_km(kirkuk, q) == doctest::Approx(300.0).epsilon(0.006));
}
