#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "geo/areas.hpp"
#include "geo/geos_bridge.hpp"
#include "geo/seed_partition.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace conflictmap;
using namespace conflictmap::geo;

namespace {

/// One square "governorate" 44..45 E, 35..36 N with admin1 code 99.
AreaLayer one_governorate() {
    AreaFeature f;
    f.attributes = {{"name", std::string("Square")}, {"admin1_code", std::string("99")}};
    f.geometry = MultiPolygon{Polygon{{{{44, 35}, {45, 35}, {45, 36}, {44, 36}, {44, 35}}}}};
    return AreaLayer{"admin1", {f}};
}

Seed seed(std::int64_t district, double lat, double lon, std::string sub = {}) {
    return Seed{"99", district, std::move(sub), lat, lon, "s" + std::to_string(district), "test"};
}

double area_of(const std::vector<PartitionCell>& cells, std::int64_t district) {
    for (const auto& c : cells) {
        if (c.district == district) {
            return geodesic_area_km2(c.geometry);
        }
    }
    return -1;
}

const PartitionCell* cell_of(const std::vector<PartitionCell>& cells, std::int64_t district,
                             const std::string& sub = {}) {
    for (const auto& c : cells) {
        if (c.district == district && c.subdistrict == sub) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("two seeds split a governorate halfway between them, on the ground") {
    std::ostringstream err;
    Diagnostics diag(err);
    // East-west pair: the border is the meridian halfway (44.5), whatever the latitude scale.
    const auto cells = partition_by_seeds(
        one_governorate(), {seed(1, 35.5, 44.25), seed(2, 35.5, 44.75)}, {"99"}, diag);
    REQUIRE(cells.size() == 2);
    CHECK(area_of(cells, 1) == doctest::Approx(area_of(cells, 2)).epsilon(0.01));
    for (const auto& pos : cell_of(cells, 1)->geometry[0].rings[0]) {
        CHECK(pos[0] <= 44.5 + 1e-9);
    }
    // Cells are clipped to the governorate: together they cover it exactly.
    CHECK(area_of(cells, 1) + area_of(cells, 2) ==
          doctest::Approx(
              geodesic_area_km2(std::get<MultiPolygon>(one_governorate().features[0].geometry))));
    CHECK(err.str().empty());
}

TEST_CASE("seeds of one district are dissolved; sub-districts stay apart") {
    std::ostringstream err;
    Diagnostics diag(err);
    const auto cells = partition_by_seeds(one_governorate(),
                                          {seed(1, 35.25, 44.25), seed(1, 35.75, 44.25),
                                           seed(2, 35.5, 44.75, "North"), seed(2, 35.2, 44.75)},
                                          {"99"}, diag);
    CHECK(cells.size() == 3);
    REQUIRE(cell_of(cells, 1) != nullptr);
    CHECK(cell_of(cells, 1)->geometry.size() == 1); // one polygon, not two cells
    CHECK(cell_of(cells, 2, "North") != nullptr);
    CHECK(cell_of(cells, 2, "") != nullptr);
}

TEST_CASE("a seed outside its governorate is warned about; clashing duplicates are errors") {
    std::ostringstream err;
    Diagnostics diag(err);
    const auto cells = partition_by_seeds(
        one_governorate(), {seed(1, 35.5, 44.25), seed(2, 35.5, 45.2)}, {"99"}, diag);
    CHECK(cells.size() == 2);
    CHECK(err.str().find("lies outside governorate Square") != std::string::npos);
    CHECK_THROWS_AS(partition_by_seeds(one_governorate(),
                                       {seed(1, 35.5, 44.25), seed(2, 35.5, 44.25)}, {"99"}, diag),
                    InputError);
    CHECK_THROWS_AS(partition_by_seeds(one_governorate(), {}, {"99"}, diag), InputError);
}

TEST_CASE("a boundary hint makes the partition follow a line") {
    const fs::path dir = fs::temp_directory_path() / "cm-seed-hints";
    fs::create_directories(dir);
    {
        std::ofstream out(dir / "hints.tsv");
        out << "# a straight north-south line at 44.3 E\n"
               "name\tadmin1\tleft_district\tleft_subdistrict\tright_district\tright_"
               "subdistrict\twkt\tsource\n"
               "line\t99\t2\t\t1\t\tLINESTRING(44.3 36.0, 44.3 35.0)\ttest\n";
    }
    const auto hints = read_boundary_hints((dir / "hints.tsv").string());
    CHECK(hints.size() > 200); // ~111 km at 1 km spacing, two seeds per step
    std::vector<Seed> seeds = hints;
    seeds.push_back(seed(1, 35.5, 44.1));
    seeds.push_back(seed(2, 35.5, 44.9));
    std::ostringstream err;
    Diagnostics diag(err);
    const auto cells = partition_by_seeds(one_governorate(), seeds, {"99"}, diag);
    // Going south along the line, the left is east: district 2 east of 44.3, 1 west of it.
    const double west = area_of(cells, 1), total = west + area_of(cells, 2);
    CHECK(west / total == doctest::Approx(0.3).epsilon(0.02));
}

TEST_CASE("seed files: the committed ones parse; malformed rows are errors with a line") {
    const std::string src = CONFLICTMAP_SOURCE_DIR;
    const auto districts = read_district_seats(src + "/gazetteer/iraq_districts.tsv");
    CHECK(districts.size() > 100);
    const auto subs = read_subdistrict_seats(src + "/scripts/geo/subdistrict_seats.tsv");
    CHECK(subs.size() > 20);
    const auto hints = read_boundary_hints(src + "/scripts/geo/boundary_hints.tsv");
    CHECK_FALSE(hints.empty());

    const fs::path dir = fs::temp_directory_path() / "cm-seed-bad";
    fs::create_directories(dir);
    {
        std::ofstream(dir / "bad.tsv") << "admin1\tdistrict\tsubdistrict\tname\tlat\tlon\tsource\n"
                                          "15\t90392\t\tX\tnorth\t42.0\ttest\n";
        std::ofstream(dir / "noheader.tsv") << "15\t90392\t\tX\t36.0\t42.0\ttest\n";
    }
    try {
        read_subdistrict_seats((dir / "bad.tsv").string());
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.context().line == 2);
        CHECK(std::string(e.what()).find("not a number") != std::string::npos);
    }
    CHECK_THROWS_AS(read_subdistrict_seats((dir / "noheader.tsv").string()), InputError);
    CHECK_THROWS_AS(read_district_seats((dir / "missing.tsv").string()), InputError);
}

TEST_CASE("the embedded layer can be rebuilt from the committed seeds") {
    const std::string src = CONFLICTMAP_SOURCE_DIR;
    auto seeds = read_district_seats(src + "/gazetteer/iraq_districts.tsv");
    for (auto& s : read_subdistrict_seats(src + "/scripts/geo/subdistrict_seats.tsv")) {
        seeds.push_back(std::move(s));
    }
    for (auto& s : read_boundary_hints(src + "/scripts/geo/boundary_hints.tsv")) {
        seeds.push_back(std::move(s));
    }
    std::ostringstream err;
    Diagnostics diag(err);
    const auto layers = build_disputed_from_seeds(iraq_admin1(), seeds, diag);
    CHECK(layers.areas.features.size() == 19);
    const auto embedded = DisputedTerritories::embedded(true);
    REQUIRE(embedded.areas().features.size() == 19);
    for (std::size_t i = 0; i < 19; ++i) {
        INFO(layers.areas.features[i].text("name"));
        CHECK(layers.areas.features[i].text("name") == embedded.areas().features[i].text("name"));
        // Same areas to 0.1 km² (the embedded GeoJSON keeps 6 decimals).
        CHECK(std::get<double>(*layers.areas.features[i].attribute("area_km2")) ==
              doctest::Approx(std::get<double>(*embedded.areas().features[i].attribute("area_km2")))
                  .epsilon(0.0005));
    }
}
