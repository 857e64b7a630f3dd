#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "geo/area_layer_io.hpp"
#include "geo/disputed_build.hpp"
#include "geo/geos_bridge.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;
using namespace conflictmap;
using namespace conflictmap::geo;

namespace {

std::string fixture(const char* name) {
    return std::string(CONFLICTMAP_TEST_DATA) + "/disputed/" + name;
}

const AreaFeature* find(const AreaLayer& layer, std::string_view name) {
    for (const auto& f : layer.features) {
        if (f.text("name") == name) {
            return &f;
        }
    }
    return nullptr;
}

double km2(const AreaFeature& f) {
    return std::get<double>(*f.attribute("area_km2"));
}

/// IoU of the union of the built areas with the union of the source features that are listed
/// districts (the fixture's own "truth"), after repairing invalid source polygons.
double union_iou(const AreaLayer& built, const AreaLayer& source,
                 const std::vector<std::string>& pcodes) {
    GeosContext ctx;
    std::vector<GeomPtr> keep;
    std::vector<const GEOSGeometry*> a, b;
    for (const auto& f : built.features) {
        keep.push_back(to_geos(ctx, f.geometry));
        a.push_back(keep.back().get());
    }
    for (const auto& f : source.features) {
        if (std::count(pcodes.begin(), pcodes.end(), f.text("ADM2_PCODE")) != 0) {
            keep.push_back(make_valid_polygonal(ctx, to_geos(ctx, f.geometry).get()));
            b.push_back(keep.back().get());
        }
    }
    auto ua = union_of(ctx, a);
    auto ub = union_of(ctx, b);
    return intersection_over_union(ctx, ua.get(), ub.get());
}

const std::vector<std::string> kListedPcodes = {
    "IQG15Q07", "IQG15Q08", "IQG15Q09", "IQG15Q06", "IQG15Q01", "IQG15Q03", "IQG11Q04",
    "IQG13Q01", "IQG13Q03", "IQG13Q02", "IQG13Q04", "IQG16Q07", "IQG10Q06", "IQG10Q05"};

} // namespace

TEST_CASE("build from OCHA-like districts matches every listed district by P-code") {
    std::ostringstream err;
    Diagnostics diag(err);
    DisputedBuildOptions options;
    options.admin2 = fixture("adm2_pcodes.geojson");
    DisputedBuildReport report;
    const auto layers = build_disputed_from_boundaries(options, diag, report);
    CHECK(layers.areas.features.size() == 14);
    CHECK(report.matched.size() == 14);
    for (const auto& m : report.matched) {
        CHECK(m.matched_by == "pcode");
    }
    REQUIRE(report.unmatched.size() == 1);
    CHECK(report.unmatched[0].find("Mandali") != std::string::npos);
    CHECK(err.str().find("give --admin3") != std::string::npos);
    CHECK(report.repaired == 0);
    CHECK(report.kri_from_source);

    const auto* kirkuk = find(layers.areas, "Kirkuk");
    REQUIRE(kirkuk != nullptr);
    CHECK(kirkuk->text("pcode") == "IQG13Q04");
    CHECK(kirkuk->text("governorate") == "Kirkuk");
    CHECK(kirkuk->text("name_ar") == "كركوك");
    CHECK(kirkuk->text("level") == "district");
    CHECK(kirkuk->text("basis") == "UNAMI 2009 DIBs report");
    CHECK(kirkuk->text("method").rfind("from authoritative boundaries", 0) == 0);
    CHECK(kirkuk->text("extended_claim") == "false");
    // 0.2 x 0.2 degrees at 35.0-35.2 N: 404.6 km² (SpatiaLite's geodesic ST_Area agrees).
    CHECK(km2(*kirkuk) == doctest::Approx(404.6).epsilon(0.0005));

    const auto source = read_ogr_layer(options.admin2);
    CHECK(union_iou(layers.areas, source, kListedPcodes) >= 0.99);

    // The Region: the three KRI governorates' districts (6 squares) minus Makhmour, which is in
    // Erbil governorate but listed; its boundary line is the edge shared with the listed row.
    REQUIRE(layers.kri_region.features.size() == 1);
    const double kri_km2 = std::get<double>(*layers.kri_region.features[0].attribute("area_km2"));
    CHECK(kri_km2 == doctest::Approx(6 * 403.6).epsilon(0.001));
    REQUIRE(layers.kri_boundary.features.size() == 1);
    const auto& lines = std::get<MultiLineString>(layers.kri_boundary.features[0].geometry);
    REQUIRE_FALSE(lines.empty());
    for (const auto& line : lines) {
        for (const auto& p : line) {
            CHECK(p[1] == doctest::Approx(35.2));
        }
    }
    REQUIRE(layers.outline.features.size() == 1);
    CHECK(std::get<double>(*layers.outline.features[0].attribute("area_km2")) ==
          doctest::Approx(14 * 404.6).epsilon(0.001));
}

TEST_CASE("build from geoBoundaries-like names matches the spelling variants") {
    std::ostringstream err;
    Diagnostics diag(err);
    DisputedBuildOptions options;
    options.admin2 = fixture("adm2_names.geojson");
    DisputedBuildReport report;
    const auto layers = build_disputed_from_boundaries(options, diag, report);
    CHECK(layers.areas.features.size() == 13);
    for (const auto& m : report.matched) {
        CHECK(m.matched_by == "name");
    }
    std::map<std::string, std::string> source_name;
    for (const auto& m : report.matched) {
        source_name[m.area] = m.value;
    }
    CHECK(source_name["Tel Kaif"] == "Telkaif");
    CHECK(source_name["Akre"] == "Aqra");
    CHECK(source_name["Tuz Khurmatu"] == "Tuz Khurmatu");
    CHECK(source_name["Daquq"] == "Daqouq");
    // Kifri is missing from the file and Mandali needs --admin3: both reported.
    REQUIRE(report.unmatched.size() == 2);
    CHECK(report.unmatched[0].find("Kifri") != std::string::npos);
    CHECK(report.unmatched[1].find("Mandali") != std::string::npos);
    CHECK_FALSE(report.kri_from_source); // no governorate field: the embedded Region is used
    CHECK(layers.kri_region.features.size() == 1);
    CHECK(layers.kri_boundary.features.size() == 1);
    // "Mosul", "Hatra", "Badra" (a district) are not listed areas and must not match.
    CHECK(find(layers.areas, "Badra") == nullptr);
}

TEST_CASE("sub-districts and extended claims come from --admin3") {
    std::ostringstream err;
    Diagnostics diag(err);
    DisputedBuildOptions options;
    options.admin2 = fixture("adm2_pcodes.geojson");
    options.admin3 = fixture("adm3.geojson");
    DisputedBuildReport report;
    auto layers = build_disputed_from_boundaries(options, diag, report);
    CHECK(layers.areas.features.size() == 15);
    CHECK(report.unmatched.empty());
    const auto* mandali = find(layers.areas, "Mandali");
    REQUIRE(mandali != nullptr);
    CHECK(mandali->text("level") == "sub-district");
    CHECK(mandali->text("pcode") == "IQG10Q03N01");
    CHECK(km2(*mandali) == doctest::Approx(101.2).epsilon(0.001));
    CHECK(find(layers.areas, "Bashiqa") == nullptr); // claims are off by default

    options.extended_claims = true;
    DisputedBuildReport report2;
    layers = build_disputed_from_boundaries(options, diag, report2);
    CHECK(layers.areas.features.size() == 19);
    const auto* badra = find(layers.areas, "Badra");
    REQUIRE(badra != nullptr);
    CHECK(badra->text("extended_claim") == "true");
    CHECK(badra->text("level") == "sub-district");
    CHECK(badra->text("basis") == "2009 draft constitution of the Kurdistan Region");
    CHECK(km2(*badra) == doctest::Approx(101.5).epsilon(0.001)); // "Markaz Badra", not the district
    CHECK(find(layers.areas, "Jassan") != nullptr);
    CHECK(find(layers.areas, "Zummar") != nullptr);
    REQUIRE(layers.outline.features.size() == 2); // listed, and listed + claims
    CHECK(layers.outline.features[1].text("extended_claims") == "true");
}

TEST_CASE("an invalid bow-tie district is repaired, warned about and kept") {
    std::ostringstream err;
    Diagnostics diag(err);
    DisputedBuildOptions options;
    options.admin2 = fixture("adm2_bowtie.geojson");
    DisputedBuildReport report;
    const auto layers = build_disputed_from_boundaries(options, diag, report);
    CHECK(report.repaired == 1);
    CHECK(err.str().find("repaired an invalid polygon of Kirkuk") != std::string::npos);
    const auto* kirkuk = find(layers.areas, "Kirkuk");
    REQUIRE(kirkuk != nullptr);
    // The two triangles of the bow-tie: half the square.
    CHECK(km2(*kirkuk) == doctest::Approx(404.6 / 2).epsilon(0.002));
    CHECK(std::get<MultiPolygon>(kirkuk->geometry).size() == 2);
    const auto source = read_ogr_layer(options.admin2);
    CHECK(union_iou(layers.areas, source, kListedPcodes) >= 0.99);
}

TEST_CASE("a P-code naming another district defers to the name") {
    std::ostringstream err;
    Diagnostics diag(err);
    DisputedBuildOptions options;
    options.admin2 = fixture("adm2_swapped.geojson");
    DisputedBuildReport report;
    const auto layers = build_disputed_from_boundaries(options, diag, report);
    std::map<std::string, DisputedMatch> by_area;
    for (const auto& m : report.matched) {
        by_area[m.area] = m;
    }
    CHECK(by_area["Sinjar"].matched_by == "name");
    CHECK(by_area["Sinjar"].value == "Sinjar");
    CHECK(by_area["Tal Afar"].matched_by == "name");
    CHECK(by_area["Kirkuk"].matched_by == "pcode");
    CHECK(err.str().find("P-code IQG15Q07 is 'Telafar'") != std::string::npos);
    // Sinjar is the square at 40.0-40.2 E, as named, not the one its P-code points to.
    const auto* sinjar = find(layers.areas, "Sinjar");
    REQUIRE(sinjar != nullptr);
    for (const auto& pos : std::get<MultiPolygon>(sinjar->geometry)[0].rings[0]) {
        CHECK(pos[0] <= 40.2 + 1e-9);
    }
}

TEST_CASE("bad build input is reported") {
    std::ostringstream err;
    Diagnostics diag(err);
    DisputedBuildReport report;
    DisputedBuildOptions options;
    options.admin2 = fixture("no-such-file.gpkg");
    CHECK_THROWS_AS(build_disputed_from_boundaries(options, diag, report), InputError);
    options.admin2 = fixture("adm2_pcodes.geojson");
    options.id_field = "NOPE";
    CHECK_THROWS_AS(build_disputed_from_boundaries(options, diag, report), UsageError);
    options.id_field.clear();
    options.admin2_layer = "nope";
    CHECK_THROWS_AS(build_disputed_from_boundaries(options, diag, report), UsageError);
    // A source without P-code or name fields, and one without any of the areas.
    options.admin2_layer.clear();
    const fs::path dir = fs::temp_directory_path() / "cm-disputed-build-bad";
    fs::create_directories(dir);
    {
        std::ofstream(dir / "nofields.geojson")
            << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"foo":"Kirkuk"},)"
               R"("geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]})";
        std::ofstream(dir / "elsewhere.geojson")
            << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ADM2_EN":"Basrah"},)"
               R"("geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]})";
    }
    options.admin2 = (dir / "nofields.geojson").string();
    CHECK_THROWS_AS(build_disputed_from_boundaries(options, diag, report), InputError);
    options.admin2 = (dir / "elsewhere.geojson").string();
    CHECK_THROWS_AS(build_disputed_from_boundaries(options, diag, report), InputError);
}
