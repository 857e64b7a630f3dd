#include "geo/areas.hpp"

#include <algorithm>
#include <cmath>
#include <doctest/doctest.h>
#include <limits>
#include <thread>

using namespace conflictmap::geo;

namespace {

Ring box(double x0, double y0, double x1, double y1) {
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}

AreaFeature polygon_feature(std::string name, std::vector<Ring> rings) {
    AreaFeature f;
    f.attributes = {{"name", std::move(name)}};
    f.geometry = MultiPolygon{Polygon{std::move(rings)}};
    return f;
}

/// Two unit squares side by side (sharing x = 1), the left one with a hole.
AreaLayer two_squares() {
    AreaLayer layer{"test", {}};
    Ring hole = box(0.25, 0.25, 0.75, 0.75);
    std::reverse(hole.begin(), hole.end());
    layer.features.push_back(polygon_feature("left", {box(0, 0, 1, 1), hole}));
    layer.features.push_back(polygon_feature("right", {box(1, 0, 2, 1)}));
    return layer;
}

} // namespace

TEST_CASE("points inside, outside and in a hole") {
    const PointInPolygonIndex index(two_squares());
    CHECK(index.size() == 2);
    CHECK(index.repaired_count() == 0);
    CHECK(index.find(0.1, 0.1) == 0);
    CHECK(index.find(1.5, 0.5) == 1);
    CHECK(index.find(0.5, 0.5) == -1); // in the hole
    CHECK(index.find(3, 3) == -1);
    CHECK(index.find(-0.1, 0.5) == -1);
}

TEST_CASE("boundary rule: closed polygons, the lower index wins on a shared edge") {
    const PointInPolygonIndex index(two_squares());
    CHECK(index.find(1.0, 0.5) == 0);  // the shared edge
    CHECK(index.find(1.0, 1.0) == 0);  // a shared corner
    CHECK(index.find(2.0, 0.5) == 1);  // the right square's outer edge
    CHECK(index.find(0.0, 0.0) == 0);  // a corner
    CHECK(index.find(0.25, 0.5) == 0); // the hole's edge belongs to the polygon

    // Reversing the order moves the shared edge to the other feature.
    AreaLayer reversed = two_squares();
    std::swap(reversed.features[0], reversed.features[1]);
    const PointInPolygonIndex index2(reversed);
    CHECK(index2.find(1.0, 0.5) == 0); // now "right", which is first
    CHECK(reversed.features[0].text("name") == "right");
}

TEST_CASE("every point of a grid is counted exactly once across a partition") {
    AreaLayer layer{"grid", {}};
    for (int i = 0; i < 4; ++i) {
        layer.features.push_back(polygon_feature(std::to_string(i), {box(i, 0, i + 1, 1)}));
    }
    const PointInPolygonIndex index(layer);
    std::size_t counted = 0;
    for (int k = 0; k <= 40; ++k) { // includes the points on the shared edges x = 1, 2, 3
        counted += index.find(k * 0.1, 0.5) >= 0 ? 1 : 0;
    }
    CHECK(counted == 41);
}

TEST_CASE("an invalid bow-tie polygon is repaired into its two triangles") {
    AreaLayer layer{"bowtie", {}};
    layer.features.push_back(polygon_feature("bowtie", {{{0, 0}, {2, 2}, {2, 0}, {0, 2}, {0, 0}}}));
    const PointInPolygonIndex index(layer);
    CHECK(index.repaired_count() == 1);
    CHECK(index.polygon(0).size() == 2); // two triangles
    CHECK(index.find(0.2, 1.0) == 0);    // left triangle
    CHECK(index.find(1.8, 1.0) == 0);    // right triangle
    CHECK(index.find(1.0, 0.2) == -1);   // the bottom wedge is outside both
    CHECK(index.find(1.0, 1.8) == -1);
}

TEST_CASE("lines never match, bad coordinates find nothing") {
    AreaLayer layer{"mixed", {}};
    AreaFeature line;
    line.geometry = MultiLineString{{{0, 0}, {1, 1}}};
    layer.features.push_back(line);
    layer.features.push_back(polygon_feature("square", {box(0, 0, 1, 1)}));
    const PointInPolygonIndex index(layer);
    CHECK(index.find(0.5, 0.5) == 1);
    CHECK(index.find(std::numeric_limits<double>::quiet_NaN(), 0.5) == -1);
    CHECK(index.find(0.5, std::numeric_limits<double>::infinity()) == -1);
    const PointInPolygonIndex empty(AreaLayer{"empty", {}});
    CHECK(empty.find(0, 0) == -1);
}

TEST_CASE("queries from two threads agree with one thread") {
    const PointInPolygonIndex index(two_squares());
    std::vector<long> a(2000), b(2000), expected(2000);
    const auto point = [](std::size_t i) {
        return std::pair{(i % 200) * 0.0105, (i / 200) * 0.105};
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        expected[i] = index.find(point(i).first, point(i).second);
    }
    std::thread t1([&] {
        for (std::size_t i = 0; i < a.size(); ++i) {
            a[i] = index.find(point(i).first, point(i).second);
        }
    });
    std::thread t2([&] {
        for (std::size_t i = 0; i < b.size(); ++i) {
            b[i] = index.find(point(i).first, point(i).second);
        }
    });
    t1.join();
    t2.join();
    CHECK(a == expected);
    CHECK(b == expected);
}

TEST_CASE("a moved index keeps working") {
    PointInPolygonIndex index(two_squares());
    CHECK(index.find(1.5, 0.5) == 1);
    PointInPolygonIndex moved(std::move(index));
    CHECK(moved.find(1.5, 0.5) == 1);
    CHECK(moved.find(0.1, 0.1) == 0);
}
