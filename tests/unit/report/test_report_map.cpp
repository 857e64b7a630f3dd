#include "fixture_layers.hpp"
#include "markup_checker.hpp"
#include "report/hex_grid.hpp"
#include "report/label_placement.hpp"
#include "report/map_projection.hpp"
#include "report/map_svg.hpp"

#include <cmath>
#include <doctest/doctest.h>

using namespace conflictmap;
using namespace conflictmap::report;

namespace {

const std::string kData = CONFLICTMAP_TEST_DATA "/report/";

EventRecord located(const std::string& id, double lat, double lon, std::int64_t fatalities = 0,
                    const std::string& type = "Battles") {
    EventRecord e;
    e.event_id = id;
    e.article_id = id;
    e.event_date = Date{2024, 1, 3};
    e.time_precision = 1;
    e.event_type = type;
    e.location = id;
    e.latitude = lat;
    e.longitude = lon;
    e.geo_precision = 1;
    e.fatalities = fatalities;
    return e;
}

MapResult draw(const std::vector<EventRecord>& events, const MapLayers& layers = {},
               std::size_t aggregate_above = 1500) {
    static const geo::AreaLayer none{"admin1", {}};
    const GovernorateLookup lookup(none);
    const auto figures = tally_events(events, lookup);
    MapOptions options;
    options.title = "Test map";
    options.aggregate_above = aggregate_above;
    return render_map_svg(events, figures, layers, options);
}

bool inside(const MapResult& m, double lat, double lon) {
    const auto& e = m.extent_lonlat;
    return lon > e[0] && lon < e[2] && lat > e[1] && lat < e[3];
}

} // namespace

TEST_CASE("hexagon cells: every point belongs to the nearest centre") {
    const HexGrid grid(9.0);
    for (long q = -5; q <= 5; ++q) {
        for (long r = -5; r <= 5; ++r) {
            const auto c = grid.centre({q, r});
            CHECK(grid.cell_of(c[0], c[1]) == HexCell{q, r});
        }
    }
    // Points on a fine lattice: the chosen centre is never farther than another nearby one.
    for (double x = -40; x <= 40; x += 1.7) {
        for (double y = -40; y <= 40; y += 1.3) {
            const auto cell = grid.cell_of(x, y);
            const auto c = grid.centre(cell);
            const double d = std::hypot(c[0] - x, c[1] - y);
            CHECK(d <= grid.radius() + 1e-9);
            for (long dq = -1; dq <= 1; ++dq) {
                for (long dr = -1; dr <= 1; ++dr) {
                    const auto o = grid.centre({cell.q + dq, cell.r + dr});
                    CHECK(d <= std::hypot(o[0] - x, o[1] - y) + 1e-9);
                }
            }
        }
    }
    CHECK(grid.width_across_flats() == doctest::Approx(9.0 * std::sqrt(3.0)));
}

TEST_CASE("labels never overlap each other, reserved boxes or the frame edge") {
    LabelPlacer placer({0, 0, 200, 100});
    placer.reserve({0, 80, 200, 100});
    std::vector<Box> boxes;
    for (int i = 0; i < 30; ++i) {
        const auto label = placer.place_around(20.0 + 5 * i, 50, 4, 40, 12);
        if (label) {
            boxes.push_back(label->box);
        }
    }
    CHECK(boxes.size() >= 4);
    CHECK(boxes.size() < 30); // some had to be dropped
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        CHECK(boxes[i].inside({0, 0, 200, 100}));
        CHECK_FALSE(boxes[i].overlaps({0, 80, 200, 100}));
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            CHECK_FALSE(boxes[i].overlaps(boxes[j]));
        }
    }
    // The first choice is right of the point, clear of its symbol.
    LabelPlacer fresh({0, 0, 200, 100});
    const auto first = fresh.place_around(50, 50, 5, 40, 12);
    REQUIRE(first);
    CHECK(first->box.x0 > 55);
    CHECK(std::string(first->anchor) == "start");
    // Area names sit centred, or nowhere when they would cover a symbol.
    fresh.add_obstacle({140, 40, 150, 50});
    CHECK_FALSE(fresh.place_centred(145, 45, 30, 12, true));
    CHECK(fresh.place_centred(145, 45, 30, 12, false));
    CHECK_FALSE(fresh.place_centred(145, 45, 30, 12, false)); // taken now
}

TEST_CASE("LAEA keeps true distances at its centre, geodesic offsets are exact") {
    const MapProjection p(35.0, 44.0);
    const auto origin = p.forward(44.0, 35.0);
    CHECK(std::fabs(origin[0]) < 1e-6);
    CHECK(std::fabs(origin[1]) < 1e-6);
    const auto east = geodesic_destination(35.0, 44.0, 90.0, 100'000.0);
    const auto q = p.forward(east[1], east[0]);
    CHECK(std::hypot(q[0], q[1]) == doctest::Approx(100'000.0).epsilon(0.001));
    CHECK(geodesic_distance_m(35.0, 44.0, east[0], east[1]) == doctest::Approx(100'000.0));
    // Kirkuk to Baghdad, about 237 km.
    CHECK(geodesic_distance_m(35.4681, 44.3922, 33.3152, 44.3661) / 1000.0 ==
          doctest::Approx(238.6).epsilon(0.01));
    const auto back = p.inverse(q[0], q[1]);
    CHECK(back[0] == doctest::Approx(east[1]));
    CHECK(back[1] == doctest::Approx(east[0]));
}

TEST_CASE("the map fits the events with a margin and is well-formed SVG") {
    const auto m = draw({located("Kirkuk", 35.4681, 44.3922, 3), located("Basra", 30.5085, 47.7804),
                         located("Sinjar", 36.3209, 41.8764, 0, "Protests")});
    CHECK_FALSE(test::check_well_formed_xml(m.svg));
    CHECK_FALSE(test::check_well_formed_xml(m.frame_svg));
    CHECK(inside(m, 35.4681, 44.3922));
    CHECK(inside(m, 30.5085, 47.7804));
    CHECK(inside(m, 36.3209, 41.8764));
    CHECK(m.extent_lonlat[2] - m.extent_lonlat[0] < 9.0); // fitted, not the world
    CHECK(m.events_drawn == 3);
    CHECK(m.symbols == 3);
    CHECK_FALSE(m.aggregated);
    CHECK(m.labels == 3);
    CHECK(m.svg.find(">Kirkuk</text>") != std::string::npos);
    // A symbol per type: a circle for Battles, a square path for Protests.
    CHECK(m.svg.find("fill=\"#D55E00\"") != std::string::npos);
    CHECK(m.svg.find("fill=\"#009E73\"") != std::string::npos);
    // The standalone map carries its legend and caption; the frame does not.
    CHECK(m.svg.find("Fatalities per event") != std::string::npos);
    CHECK(m.frame_svg.find("Fatalities per event") == std::string::npos);
    REQUIRE_FALSE(m.legend.empty());
    CHECK(m.legend[0].heading == "Event type");
    CHECK(m.legend[0].items.size() == 2);
}

TEST_CASE("the scale bar measures true kilometres at the map's centre") {
    const auto m = draw({located("Kirkuk", 35.4681, 44.3922), located("Basra", 30.5085, 47.7804)});
    CHECK(m.scale_bar_km > 0);
    const double frame_km = 1000.0 * m.metres_per_pixel / 1000.0;
    CHECK(m.scale_bar_km <= frame_km * 0.2);
    CHECK(m.scale_bar_px * m.metres_per_pixel ==
          doctest::Approx(m.scale_bar_km * 1000.0).epsilon(0.002));
    // Independent check: the frame's width in degrees of longitude at the centre matches the
    // metres per pixel (one degree of longitude at latitude phi is about 111.32 cos(phi) km).
    const double lon_span = m.extent_lonlat[2] - m.extent_lonlat[0];
    const double km_per_degree = 111.32 * std::cos(m.centre_lat * 3.14159265358979 / 180.0);
    CHECK(lon_span * km_per_degree == doctest::Approx(frame_km).epsilon(0.05));
}

TEST_CASE("no located events: a valid map of Iraq") {
    const auto m = draw({});
    CHECK_FALSE(test::check_well_formed_xml(m.svg));
    CHECK(inside(m, 33.3152, 44.3661)); // Baghdad
    CHECK(inside(m, 30.5085, 47.7804)); // Basra
    CHECK(inside(m, 37.15, 42.68));     // Zakho
    CHECK(m.events_drawn == 0);
    CHECK(m.svg.find("No located events to map") != std::string::npos);
}

TEST_CASE("one event far away does not shrink Iraq to a dot") {
    auto events = std::vector<EventRecord>{located("Kirkuk", 35.4681, 44.3922),
                                           located("Baghdad", 33.3152, 44.3661),
                                           located("Erbil", 36.1926, 44.0106)};
    events.push_back(located("Dover Air Force Base", 39.1295, -75.4657));
    const auto m = draw(events);
    CHECK(m.events_outside == 1);
    CHECK(m.events_drawn == 3);
    CHECK(inside(m, 35.4681, 44.3922));
    CHECK_FALSE(inside(m, 39.1295, -75.4657));
    CHECK(m.svg.find("far outside this map (Dover Air Force Base)") != std::string::npos);
}

TEST_CASE("fixture layers: governorates outlined, disputed areas hatched") {
    const auto admin1 = test::read_fixture_layer(kData + "admin1_fixture.geojson", "admin1");
    const auto disputed =
        test::read_fixture_layer(kData + "disputed_fixture.geojson", "disputed_territories");
    REQUIRE(admin1.features.size() == 18);
    const auto m = draw({located("Kirkuk", 35.4681, 44.3922), located("Basra", 30.5085, 47.7804)},
                        {&admin1, &disputed});
    CHECK_FALSE(test::check_well_formed_xml(m.svg));
    CHECK(m.svg.find("<pattern id=\"cm-map-hatch\"") != std::string::npos);
    CHECK(m.svg.find("fill=\"url(#cm-map-hatch)\"") != std::string::npos);
    CHECK(m.svg.find("<title>Baghdad</title>") != std::string::npos);
    CHECK(m.svg.find("Disputed territories (Art. 140)") != std::string::npos);
}

TEST_CASE("dense maps aggregate into hexagons and stay small") {
    // 20,000 events: a dense cloud around Baghdad and a sparse scatter.
    std::vector<EventRecord> events;
    std::uint32_t state = 12345;
    const auto next = [&]() {
        state = state * 1664525U + 1013904223U;
        return static_cast<double>(state >> 8) / 16777216.0;
    };
    for (int i = 0; i < 20000; ++i) {
        const bool dense = i % 10 != 0;
        const double lat = dense ? 33.3 + (next() - 0.5) * 0.6 : 30.0 + next() * 7.0;
        const double lon = dense ? 44.4 + (next() - 0.5) * 0.6 : 39.5 + next() * 8.5;
        events.push_back(located("e" + std::to_string(i), lat, lon, i % 7));
    }
    const auto m = draw(events);
    CHECK(m.aggregated);
    CHECK(m.hexagons > 0);
    CHECK(m.events_drawn == 20000);
    CHECK(m.symbols < 8000);
    CHECK(m.hexagon_km > 0);
    CHECK(m.svg.size() < 2'000'000);
    CHECK_FALSE(test::check_well_formed_xml(m.svg));
    CHECK(m.svg.find("Events per hexagon") != std::string::npos);
    // Below the threshold nothing is aggregated.
    const auto few = draw(std::vector<EventRecord>(events.begin(), events.begin() + 500));
    CHECK_FALSE(few.aggregated);
    CHECK(few.symbols == 500);
}

TEST_CASE("odd inputs still give a well-formed, sensible map") {
    // Every event at one point: the frame keeps its minimum extent around it.
    std::vector<EventRecord> same;
    for (int i = 0; i < 40; ++i) {
        same.push_back(located("k" + std::to_string(i), 35.4681, 44.3922, i));
        same.back().location = "Kirkuk";
    }
    const auto one = draw(same);
    CHECK_FALSE(test::check_well_formed_xml(one.svg));
    CHECK(inside(one, 35.4681, 44.3922));
    CHECK(one.metres_per_pixel * 1000.0 >= 250'000.0 * 0.999);
    CHECK(one.labels == 1); // one place, one label
    // Across the antimeridian and near a pole: nothing breaks, nothing is NaN.
    const auto far = draw({located("a", 89.5, 179.9), located("b", 89.5, -179.9),
                           located("c", -60.0, 10.0, 0, "Something else")});
    CHECK_FALSE(test::check_well_formed_xml(far.svg));
    CHECK(far.svg.find("nan") == std::string::npos);
    CHECK(far.svg.find("inf") == std::string::npos);
    CHECK(far.events_drawn + far.events_outside == 3);
}
