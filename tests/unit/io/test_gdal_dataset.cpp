#include "core/error.hpp"
#include "io/gdal_dataset.hpp"

#include <algorithm>
#include <cmath>
#include <cpl_conv.h>
#include <doctest/doctest.h>

using namespace conflictmap;
using namespace conflictmap::io;

TEST_CASE("GDAL's messages are captured, and failures become LibraryError with GDAL's text") {
    gdal::register_drivers();
    gdal::ErrorCapture errors;
    CPLError(CE_Warning, CPLE_AppDefined, "a warning for the test");
    CHECK_FALSE(errors.has_failure());
    CPLError(CE_Failure, CPLE_AppDefined, "the driver refused");
    CHECK(errors.has_failure());
    const auto warnings = errors.take_warnings();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].text == "a warning for the test");
    try {
        errors.check(true, "cannot write", "out.gpkg");
        FAIL("expected a LibraryError");
    } catch (const LibraryError& e) {
        CHECK(std::string(e.what()) == "out.gpkg: cannot write (GDAL: the driver refused)");
    }
    CHECK_FALSE(errors.has_failure()); // check() consumed it
    CHECK_NOTHROW(errors.check(true, "fine"));
    CHECK_THROWS_AS(errors.check(false, "no message"), LibraryError);
}

TEST_CASE("a flood of warnings is counted, not kept") {
    gdal::ErrorCapture errors;
    for (int i = 0; i < 1000; ++i) {
        CPLError(CE_Warning, CPLE_AppDefined, "value %d truncated", i);
    }
    const auto warnings = errors.take_warnings();
    REQUIRE(warnings.size() == gdal::ErrorCapture::kMaxWarnings + 1);
    CHECK(warnings.front().text == "value 0 truncated");
    CHECK(warnings.back().text == "... and 900 more warnings");
    CHECK(errors.take_warnings().empty());
}

TEST_CASE("nested captures: the innermost receives, the outer is restored") {
    gdal::ErrorCapture outer;
    {
        gdal::ErrorCapture inner;
        CPLError(CE_Failure, CPLE_AppDefined, "inner");
        CHECK(inner.has_failure());
    }
    CHECK_FALSE(outer.has_failure());
    CPLError(CE_Failure, CPLE_AppDefined, "outer");
    CHECK(outer.failures() == "outer");
    outer.clear();
}

TEST_CASE("thread-local configuration is set for a scope and restored") {
    CPLSetThreadLocalConfigOption("CONFLICTMAP_TEST_OPTION", "before");
    {
        gdal::ScopedConfig config;
        config.set("CONFLICTMAP_TEST_OPTION", "during");
        config.set("CONFLICTMAP_TEST_OPTION", "later wins");
        config.set("CONFLICTMAP_TEST_FRESH", "x");
        CHECK(std::string(CPLGetConfigOption("CONFLICTMAP_TEST_OPTION", "")) == "later wins");
    }
    CHECK(std::string(CPLGetConfigOption("CONFLICTMAP_TEST_OPTION", "")) == "before");
    CHECK(CPLGetConfigOption("CONFLICTMAP_TEST_FRESH", nullptr) == nullptr);
    CPLSetThreadLocalConfigOption("CONFLICTMAP_TEST_OPTION", nullptr);
}

TEST_CASE("option lists replace by name, ignoring case") {
    gdal::OptionList options({"RFC7946=YES", "COORDINATE_PRECISION=6"});
    options.set("coordinate_precision", "7");
    REQUIRE(options.items().size() == 2);
    CHECK(std::string(options.get("COORDINATE_PRECISION")) == "7");
    CHECK(options.get("MISSING") == nullptr);
    char** raw = options.get();
    CHECK(std::string(raw[0]) == "RFC7946=YES");
    CHECK(raw[2] == nullptr);
    CHECK(gdal::split_option("A=b=c", "-lco") == std::pair<std::string, std::string>{"A", "b=c"});
    CHECK_THROWS_AS(gdal::split_option("=x", "-lco"), UsageError);
    CHECK_THROWS_AS(gdal::split_option("NOVALUE", "-dsco"), UsageError);
}

TEST_CASE("creation options are checked against the driver's list") {
    const auto gpkg = gdal::VectorDriver::find("GPKG");
    const char* layer_list = gpkg.metadata(GDAL_DS_LAYER_CREATIONOPTIONLIST);
    CHECK(
        gdal::check_creation_options(layer_list, {"SPATIAL_INDEX=NO", "fid=id"}, "layer").empty());
    auto problems = gdal::check_creation_options(layer_list, {"FROBNICATE=1"}, "layer creation");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "unknown layer creation option FROBNICATE");
    problems = gdal::check_creation_options(layer_list, {"SPATIAL_INDEX=maybe"}, "layer");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("expected YES or NO") != std::string::npos);
    problems = gdal::check_creation_options(gpkg.metadata(GDAL_DMD_CREATIONOPTIONLIST),
                                            {"VERSION=9"}, "dataset creation");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("one of AUTO, 1.0") != std::string::npos);
    const auto geojson = gdal::VectorDriver::find("geojson"); // names ignore case
    CHECK(std::string(geojson.name()) == "GeoJSON");
    CHECK(gdal::check_creation_options(geojson.metadata(GDAL_DS_LAYER_CREATIONOPTIONLIST),
                                       {"COORDINATE_PRECISION=x"}, "layer")
              .size() == 1);
    CHECK(gdal::check_creation_options(nullptr, {"ANY=1"}, "layer").empty());
}

TEST_CASE("vector drivers: found by name with capabilities, others refused with a hint") {
    const auto gpkg = gdal::VectorDriver::find("GPKG");
    CHECK(gpkg.multiple_layers());
    CHECK(gpkg.supports_field_type(OFTDate));
    CHECK(gpkg.supports_field_subtype(OFSTBoolean));
    const auto shp = gdal::VectorDriver::find("ESRI Shapefile");
    CHECK_FALSE(shp.multiple_layers());
    CHECK_FALSE(shp.supports_field_subtype(OFSTBoolean));
    CHECK(shp.extensions().front() == "shp");
    const auto names = gdal::VectorDriver::writable_names();
    CHECK(std::find(names.begin(), names.end(), "FlatGeobuf") != names.end());
    try {
        gdal::VectorDriver::find("GeoJSONN");
        FAIL("expected a usage error");
    } catch (const UsageError& e) {
        const std::string what = e.what();
        CHECK(what.find("unknown output format 'GeoJSONN'") != std::string::npos);
        CHECK(what.find("did you mean 'GeoJSON'") != std::string::npos);
    }
    CHECK_THROWS_AS(gdal::VectorDriver::find("GTiff"), UsageError); // raster only
}

TEST_CASE("CRS: any PROJ input, traditional axis order, unknown ones refused") {
    const auto wgs84 = gdal::wgs84();
    CHECK(gdal::describe(wgs84) == "EPSG:4326");
    const auto mercator = gdal::spatial_reference("EPSG:3857");
    CHECK(gdal::describe(mercator) == "EPSG:3857");
    // Longitude first in and out, whatever the CRS's official axis order.
    const auto ct = gdal::transformation(wgs84, mercator);
    REQUIRE(ct);
    double x = 44.2842, y = 35.5125; // K-1 Air Base
    REQUIRE(ct->Transform(1, &x, &y));
    const double r = 6378137.0, pi = std::acos(-1.0);
    CHECK(x == doctest::Approx(r * 44.2842 * pi / 180).epsilon(1e-9));
    CHECK(y == doctest::Approx(r * std::log(std::tan(pi / 4 + 35.5125 * pi / 360))).epsilon(1e-9));
    CHECK_FALSE(gdal::transformation(wgs84, gdal::spatial_reference("EPSG:4326")));
    const auto laea = gdal::spatial_reference("+proj=laea +lat_0=33 +lon_0=44 +datum=WGS84");
    CHECK(gdal::describe(laea, "as given") == "as given"); // no code, no name
    CHECK_THROWS_AS(gdal::spatial_reference("EPSG:999999"), LibraryError);
    CHECK_THROWS_AS(gdal::spatial_reference("not a crs"), LibraryError);
}
