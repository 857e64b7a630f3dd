// `conflictmap map` as a GIS user checks it: every output opened again with GDAL; feature
// counts, attributes, coordinates and CRS compared with the fixture; GeoJSON's RFC 7946
// shape; byte-identical reruns; refusal to overwrite; nothing half-written after an error.
#include "cli/cli.hpp"
#include "cli_test_support.hpp"
#include "io/map_output.hpp"
#include "map_test_support.hpp"
#include "text/utf8.hpp"

#include <cmath>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <gdal_priv.h>
#include <iostream>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace conflictmap;

namespace {

const std::string kEvents = std::string(CONFLICTMAP_TEST_DATA) + "/map/events.geojsons";
const std::string kBroken = std::string(CONFLICTMAP_TEST_DATA) + "/map/events_broken.geojsons";

fs::path fresh_dir(const std::string& name) {
    const fs::path p =
        fs::temp_directory_path() / ("cm-map-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}

using test::slurp;

test::CliRun map(std::vector<std::string> args) {
    args.insert(args.begin(), "map");
    return test::run_in_process(args);
}

GDALDatasetUniquePtr open_vector(const fs::path& path,
                                 const std::vector<std::string>& open_options = {}) {
    std::vector<const char*> oo;
    for (const auto& o : open_options) {
        oo.push_back(o.c_str());
    }
    oo.push_back(nullptr);
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(path.string().c_str(), GDAL_OF_VECTOR, nullptr, oo.data(), nullptr));
    REQUIRE_MESSAGE(ds != nullptr, "GDAL cannot open " << path);
    return ds;
}

/// Every file under a folder (or the file itself) with its bytes, for identity checks.
std::map<std::string, std::string> contents(const fs::path& p) {
    std::map<std::string, std::string> out;
    if (fs::is_regular_file(p)) {
        out[p.filename().string()] = slurp(p);
        return out;
    }
    for (const auto& e : fs::recursive_directory_iterator(p)) {
        if (e.is_regular_file()) {
            out[fs::relative(e.path(), p).string()] = slurp(e.path());
        }
    }
    return out;
}

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

struct FormatCase {
    const char* driver;
    const char* output; ///< relative to the test folder
    const char* events; ///< the events layer's file, relative to the test folder
    std::vector<std::string> open_options;
    std::uint64_t expected_events; ///< FlatGeobuf cannot keep the unlocated one
};

const std::vector<FormatCase>& format_cases() {
    static const std::vector<FormatCase> cases = {
        {"GPKG", "out.gpkg", "out.gpkg", {}, 12},
        {"GeoJSON", "geojson", "geojson/events.geojson", {}, 12},
        {"GeoJSONSeq", "geojsons", "geojsons/events.geojsons", {}, 12},
        {"ESRI Shapefile", "shp", "shp/events.shp", {}, 12},
        {"CSV",
         "csv",
         "csv/events.csv",
         {"X_POSSIBLE_NAMES=X", "Y_POSSIBLE_NAMES=Y", "AUTODETECT_TYPE=YES"},
         12},
        {"KML", "out.kml", "out.kml", {}, 12},
        {"FlatGeobuf", "fgb", "fgb/events.fgb", {}, 11},
    };
    return cases;
}

OGRLayer* events_layer(GDALDataset& ds) {
    OGRLayer* layer = ds.GetLayerByName("events");
    if (layer == nullptr && ds.GetLayerCount() == 1) {
        layer = ds.GetLayer(0);
    }
    REQUIRE(layer != nullptr);
    return layer;
}

/// Signed area of a ring (positive = counter-clockwise).
double signed_area(const nlohmann::json& ring) {
    double a = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        a += ring[i][0].get<double>() * ring[i + 1][1].get<double>() -
             ring[i + 1][0].get<double>() * ring[i][1].get<double>();
    }
    return a / 2;
}

} // namespace

TEST_CASE("events round-trip through every format: counts, attributes, coordinates") {
    const auto dir = fresh_dir("formats");
    const auto fixture = test::fixture_events();
    std::map<std::string, const EventRecord*> by_id;
    for (const auto& e : fixture) {
        by_id[e.event_id] = &e;
    }
    for (const auto& c : format_cases()) {
        CAPTURE(c.driver);
        const auto run = map({kEvents, "-f", c.driver, "-o", (dir / c.output).string(), "--layers",
                              "events,places,relations"});
        REQUIRE_MESSAGE(run.code == 0, run.err);
        CHECK(run.out.empty()); // stdout carries data only; the map goes to files
        CHECK(run.err.find("ERROR") == std::string::npos);
        auto ds = open_vector(dir / c.events, c.open_options);
        OGRLayer* layer = events_layer(*ds);
        CHECK(static_cast<std::uint64_t>(layer->GetFeatureCount()) == c.expected_events);
        const int id_field = layer->GetLayerDefn()->GetFieldIndex("event_id");
        REQUIRE(id_field >= 0);
        std::size_t seen = 0;
        for (auto& feature : *layer) {
            const std::string id = feature->GetFieldAsString(id_field);
            REQUIRE(by_id.count(id) == 1);
            const EventRecord& e = *by_id[id];
            ++seen;
            const OGRGeometry* g = feature->GetGeometryRef();
            if (!e.latitude) {
                CHECK((g == nullptr || g->IsEmpty()));
                continue;
            }
            REQUIRE(g != nullptr);
            const auto* p = g->toPoint();
            CHECK(std::fabs(p->getX() - *e.longitude) <= 1e-6);
            CHECK(std::fabs(p->getY() - *e.latitude) <= 1e-6);
            const int f = layer->GetLayerDefn()->GetFieldIndex("fatalities");
            if (f >= 0) {
                CHECK(feature->GetFieldAsInteger64(f) == e.fatalities);
            }
            const int loc = layer->GetLayerDefn()->GetFieldIndex("location");
            if (loc >= 0) {
                CHECK(std::string(feature->GetFieldAsString(loc)) == e.location);
            }
        }
        CHECK(seen == c.expected_events);
    }
    fs::remove_all(dir);
}

TEST_CASE("every format holds the same places and relations") {
    const auto dir = fresh_dir("counts");
    for (const auto& c : format_cases()) {
        CAPTURE(c.driver);
        const auto run = map({kEvents, "-f", c.driver, "-o", (dir / c.output).string(), "--layers",
                              "places,relations"});
        REQUIRE_MESSAGE(run.code == 0, run.err);
        const fs::path out = dir / c.output;
        const bool folder = fs::is_directory(out);
        const std::string ext = fs::path(c.events).extension().string();
        for (const auto& [name, count] :
             std::vector<std::pair<std::string, GIntBig>>{{"places", 10}, {"relations", 1}}) {
            auto ds = open_vector(folder ? out / (name + ext) : out, c.open_options);
            OGRLayer* layer = ds->GetLayerByName(name.c_str());
            if (layer == nullptr && folder) {
                layer = ds->GetLayer(0);
            }
            REQUIRE(layer != nullptr);
            CHECK_MESSAGE(layer->GetFeatureCount() == count, name);
        }
    }
    fs::remove_all(dir);
}

TEST_CASE("Shapefile: UTF-8 .cpg, 10-character names, Arabic kept, long text cut whole") {
    const auto dir = fresh_dir("shapefile");
    const auto run = map({kEvents, "-f", "ESRI Shapefile", "-o", (dir / "shp").string()});
    REQUIRE_MESSAGE(run.code == 0, run.err);
    CHECK(slurp(dir / "shp" / "events.cpg") == "UTF-8");
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
        CHECK(fs::exists(dir / "shp" / (std::string("relations") + ext)));
    }
    auto ds = open_vector(dir / "shp" / "events.shp");
    OGRLayer* layer = ds->GetLayer(0);
    CHECK(layer->GetFeatureCount() == 12); // the unlocated event is a null shape, not dropped
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        CHECK(std::string(defn->GetFieldDefn(i)->GetNameRef()).size() <= 10);
    }
    CHECK(defn->GetFieldIndex("sub_type") >= 0);
    CHECK(defn->GetFieldIndex("geonameid") >= 0);
    const auto fixture = test::fixture_events();
    const EventRecord& tuz = fixture[6];
    REQUIRE(tuz.notes.size() > 254);
    layer->SetAttributeFilter("event_id = 'tuz-1'");
    OGRFeatureUniquePtr f(layer->GetNextFeature());
    REQUIRE(f);
    CHECK(std::string(f->GetFieldAsString("location")) == "طوز خورماتو");
    CHECK(std::string(f->GetFieldAsString("admin1")) == "صلاح الدين");
    const std::string notes = f->GetFieldAsString("notes");
    CHECK(notes.size() <= 254);
    CHECK(notes.size() >= 252);
    CHECK(text::is_valid_utf8(notes));
    CHECK(tuz.notes.compare(0, notes.size(), notes) == 0);
    CHECK(run.err.find("1 text value cut to 254 bytes") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("the CRS is the one asked for, with the right coordinates") {
    const auto dir = fresh_dir("crs");
    SUBCASE("GeoPackage in EPSG:3857") {
        const auto run = map({kEvents, "-o", (dir / "m.gpkg").string(), "--t_srs", "EPSG:3857",
                              "--layers", "events"});
        REQUIRE_MESSAGE(run.code == 0, run.err);
        CHECK(run.err.find("GPKG, EPSG:3857") != std::string::npos);
        auto ds = open_vector(dir / "m.gpkg");
        OGRLayer* layer = ds->GetLayerByName("events");
        const OGRSpatialReference* srs = layer->GetSpatialRef();
        REQUIRE(srs != nullptr);
        CHECK(std::string(srs->GetAuthorityCode(nullptr)) == "3857");
        layer->SetAttributeFilter("event_id = 'k1-1'");
        OGRFeatureUniquePtr f(layer->GetNextFeature());
        REQUIRE(f);
        const auto* p = f->GetGeometryRef()->toPoint();
        // Spherical Mercator by its formula: x = R lon, y = R ln tan(pi/4 + lat/2).
        const double r = 6378137.0, pi = std::acos(-1.0);
        CHECK(p->getX() == doctest::Approx(r * 44.2842 * pi / 180).epsilon(1e-9));
        CHECK(p->getY() ==
              doctest::Approx(r * std::log(std::tan(pi / 4 + 35.5125 * pi / 360))).epsilon(1e-9));
    }
    SUBCASE("Shapefile in UTM 38N (GDAL-style -t_srs), with a .prj saying so") {
        const auto run = map({kEvents, "-f", "ESRI Shapefile", "-o", (dir / "utm").string(),
                              "-t_srs", "EPSG:32638", "--layers", "events,relations"});
        REQUIRE_MESSAGE(run.code == 0, run.err);
        const std::string prj = slurp(dir / "utm" / "events.prj");
        CHECK(prj.find("UTM_Zone_38N") != std::string::npos);
        auto ds = open_vector(dir / "utm" / "events.shp");
        OGRSpatialReference utm;
        utm.importFromEPSG(32638);
        CHECK(ds->GetLayer(0)->GetSpatialRef()->IsSame(&utm));
        OGRLayer* layer = ds->GetLayer(0);
        layer->SetAttributeFilter("event_id = 'k1-1'");
        OGRFeatureUniquePtr f(layer->GetNextFeature());
        const auto* p = f->GetGeometryRef()->toPoint();
        // West of the central meridian (45 E), about 3930 km north of the equator.
        CHECK(p->getX() == doctest::Approx(435400).epsilon(0.005));
        CHECK(p->getY() == doctest::Approx(3930000).epsilon(0.005));
    }
    SUBCASE("unknown CRS: usage error, nothing written") {
        const auto run = map({kEvents, "-o", (dir / "x.gpkg").string(), "--t_srs", "EPSG:999999"});
        CHECK(run.code == 2);
        CHECK(run.err.find("unknown CRS 'EPSG:999999'") != std::string::npos);
        CHECK(entries(dir) == 0);
    }
    SUBCASE("GeoJSON is RFC 7946: another CRS is refused before writing") {
        const auto run =
            map({kEvents, "-f", "GeoJSON", "-o", (dir / "gj").string(), "--t_srs", "EPSG:3857"});
        CHECK(run.code == 2);
        CHECK(run.err.find("always written in WGS84") != std::string::npos);
        CHECK(entries(dir) == 0);
    }
    fs::remove_all(dir);
}

TEST_CASE("GeoJSON: RFC 7946, no crs member, 6 decimals, counter-clockwise exteriors") {
    const auto dir = fresh_dir("rfc7946");
    const auto run =
        map({kEvents, "-f", "GeoJSON", "-o", (dir / "web").string(), "--layers", "events"});
    REQUIRE_MESSAGE(run.code == 0, run.err);
    const auto events = nlohmann::json::parse(slurp(dir / "web" / "events.geojson"));
    CHECK_FALSE(events.contains("crs"));
    CHECK(events["features"].size() == 12);
    CHECK(events["features"][11]["geometry"].is_null()); // the unlocated event
    for (const auto& f : events["features"]) {
        if (f["geometry"].is_null()) {
            continue;
        }
        for (const auto& c : f["geometry"]["coordinates"]) {
            const double v = c.get<double>();
            CHECK(std::fabs(v * 1e6 - std::round(v * 1e6)) < 1e-3);
        }
    }

    // Polygons given clockwise (against the AreaLayer contract) still come out CCW.
    const auto fixture = test::fixture_events();
    const auto areas = test::fixture_areas(/*clockwise=*/true);
    io::MapSources sources;
    sources.events = fixture;
    sources.admin1 = &areas;
    sources.locator = test::ray_casting_locator;
    io::MapOutputOptions options;
    options.output = dir / "areas";
    options.format = "GeoJSON";
    const io::MapOutput output(options, {"admin1"});
    std::ostringstream err;
    Diagnostics diag(err);
    const auto summary = output.write(io::build_map_layers(sources, {"admin1"}), diag);
    REQUIRE(summary.layers.size() == 1);
    CHECK(summary.layers[0].file == "admin1.geojson");
    const auto admin1 = nlohmann::json::parse(slurp(dir / "areas" / "admin1.geojson"));
    CHECK_FALSE(admin1.contains("crs"));
    REQUIRE(admin1["features"].size() == 2);
    for (const auto& f : admin1["features"]) {
        // GDAL's RFC 7946 writer turns a one-part MultiPolygon into a Polygon.
        const auto& g = f["geometry"];
        const auto& exterior =
            g["type"] == "MultiPolygon" ? g["coordinates"][0][0] : g["coordinates"][0];
        CHECK(signed_area(exterior) > 0);
    }
    CHECK(admin1["features"][1]["properties"]["events"] == 4);
    CHECK(admin1["features"][1]["properties"]["fatalities"] == 13);
    CHECK(admin1["features"][0]["properties"]["first_date"] == "2019-12-27");
    fs::remove_all(dir);
}

TEST_CASE("GeoJSONSeq has RFC 8142 separators, CSV has X,Y or WKT columns and ISO dates") {
    const auto dir = fresh_dir("text-formats");
    REQUIRE(map({kEvents, "-f", "GeoJSONSeq", "-o", (dir / "seq").string(), "--layers", "events"})
                .code == 0);
    const std::string seq = slurp(dir / "seq" / "events.geojsons");
    CHECK(seq.front() == '\x1e');
    CHECK(std::count(seq.begin(), seq.end(), '\x1e') == 12);
    REQUIRE(
        map({kEvents, "-f", "CSV", "-o", (dir / "csv").string(), "--layers", "events,relations"})
            .code == 0);
    const std::string csv = slurp(dir / "csv" / "events.csv");
    CHECK(csv.rfind("X,Y,event_id,", 0) == 0);
    CHECK(csv.find(",2020-03-11,1,") != std::string::npos); // plain ISO date and integer
    CHECK(slurp(dir / "csv" / "relations.csv").rfind("WKT,event_id,", 0) == 0);
    CHECK(slurp(dir / "csv" / "relations.csv").find("\"LINESTRING (44.3922 35.197636,") !=
          std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("FlatGeobuf cannot store features without geometry: skipped and counted") {
    const auto dir = fresh_dir("fgb");
    const auto run =
        map({kEvents, "-f", "FlatGeobuf", "-o", (dir / "fgb").string(), "--layers", "events"});
    REQUIRE(run.code == 0);
    CHECK(run.err.find("events: 1 event without a location not written (FlatGeobuf") !=
          std::string::npos);
    CHECK(run.err.find("events 11") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("one layer into one file when OUTPUT has the format's extension") {
    const auto dir = fresh_dir("single");
    auto run = map(
        {kEvents, "-f", "GeoJSON", "-o", (dir / "events.geojson").string(), "--layers", "events"});
    REQUIRE_MESSAGE(run.code == 0, run.err);
    CHECK(nlohmann::json::parse(slurp(dir / "events.geojson"))["features"].size() == 12);
    run = map({kEvents, "-f", "GeoJSON", "-o", (dir / "all.geojson").string()});
    CHECK(run.code == 2);
    CHECK(run.err.find("one layer per file") != std::string::npos);
    run = map(
        {kEvents, "-f", "ESRI Shapefile", "-o", (dir / "e.shp").string(), "--layers", "events"});
    CHECK(run.code == 2);
    // Without -f the extension decides; no extension means GeoPackage.
    CHECK(io::guess_format("x/events.geojson") == "GeoJSON");
    CHECK(io::guess_format("x/out.KML") == "KML");
    CHECK(io::guess_format("x/out") == "GPKG");
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}

TEST_CASE("identical input, identical files: GeoPackage, GeoJSON, Shapefile") {
    const auto dir = fresh_dir("determinism");
    for (const auto& [driver, name] : std::vector<std::pair<std::string, std::string>>{
             {"GPKG", "a.gpkg"}, {"GeoJSON", "gj"}, {"ESRI Shapefile", "shp"}}) {
        CAPTURE(driver);
        const auto first = dir / "1";
        const auto second = dir / "2";
        fs::create_directories(first);
        fs::create_directories(second);
        REQUIRE(map({kEvents, "-f", driver, "-o", (first / name).string()}).code == 0);
        ::sleep(1); // a second later: any clock in the files would show
        REQUIRE(map({kEvents, "-f", driver, "-o", (second / name).string()}).code == 0);
        const auto a = contents(first / name);
        const auto b = contents(second / name);
        CHECK(a.size() == b.size());
        CHECK(a == b);
        fs::remove_all(first);
        fs::remove_all(second);
    }
    // The pinned dates themselves.
    REQUIRE(map({kEvents, "-o", (dir / "p.gpkg").string(), "--layers", "events"}).code == 0);
    {
        auto ds = open_vector(dir / "p.gpkg");
        OGRLayer* sql = ds->ExecuteSQL("SELECT last_change FROM gpkg_contents", nullptr, nullptr);
        OGRFeatureUniquePtr f(sql->GetNextFeature());
        CHECK(std::string(f->GetFieldAsString(0)).rfind("2000", 0) == 0);
        ds->ReleaseResultSet(sql);
    }
    REQUIRE(map({kEvents, "-f", "ESRI Shapefile", "-o", (dir / "s").string(), "--layers", "events"})
                .code == 0);
    const std::string dbf = slurp(dir / "s" / "events.dbf");
    CHECK(static_cast<int>(dbf[1]) == 100); // 2000 - 1900
    CHECK(static_cast<int>(dbf[2]) == 1);
    CHECK(static_cast<int>(dbf[3]) == 1);
    fs::remove_all(dir);
}

TEST_CASE("an existing OUTPUT is refused without --overwrite and kept intact") {
    const auto dir = fresh_dir("overwrite");
    const auto out = (dir / "out.gpkg").string();
    REQUIRE(map({kEvents, "-o", out, "--layers", "events"}).code == 0);
    const auto before = slurp(out);
    auto run = map({kEvents, "-o", out, "--layers", "places"});
    CHECK(run.code == 1);
    CHECK(run.err.find("output exists; use --overwrite") != std::string::npos);
    CHECK(slurp(out) == before);
    run = map({kEvents, "-o", out, "--layers", "places", "--overwrite"});
    CHECK(run.code == 0);
    auto ds = open_vector(out);
    CHECK(ds->GetLayerByName("places") != nullptr);
    CHECK(ds->GetLayerByName("events") == nullptr);
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}

TEST_CASE("after an error nothing is half-written and the previous OUTPUT survives") {
    const auto dir = fresh_dir("atomic");
    SUBCASE("a creation option the driver does not know: usage error before writing") {
        const auto out = (dir / "out.gpkg").string();
        REQUIRE(map({kEvents, "-o", out, "--layers", "events"}).code == 0);
        const auto before = slurp(out);
        const auto run = map({kEvents, "-o", out, "--overwrite", "-lco", "FROBNICATE=YES"});
        CHECK(run.code == 2);
        CHECK(run.err.find("unknown layer creation option FROBNICATE") != std::string::npos);
        CHECK(slurp(out) == before);
        CHECK(entries(dir) == 1);
        const auto bad_value =
            map({kEvents, "-o", (dir / "new.gpkg").string(), "-dsco", "VERSION=9"});
        CHECK(bad_value.code == 2);
        CHECK(entries(dir) == 1);
    }
    SUBCASE("the driver fails half-way: exit 1, the previous folder untouched") {
        const auto out = dir / "shp";
        REQUIRE(map({kEvents, "-f", "ESRI Shapefile", "-o", out.string()}).code == 0);
        const auto before = contents(out);
        // Valid option, impossible data: points into a polygon shapefile.
        const auto run = map({kEvents, "-f", "ESRI Shapefile", "-o", out.string(), "--overwrite",
                              "-lco", "SHPT=POLYGON"});
        CHECK(run.code == 1);
        CHECK(run.err.find("GDAL: Attempt to write non-polygon") != std::string::npos);
        CHECK(contents(out) == before);
        CHECK(entries(dir) == 1); // no temporary folder left behind
    }
    SUBCASE("a broken event line: skipped and counted, or fatal with --strict") {
        auto run = map({kBroken, "-o", (dir / "b.gpkg").string(), "--layers", "events"});
        CHECK(run.code == 0);
        CHECK(run.err.find("events_broken.geojsons:3: malformed JSON") != std::string::npos);
        CHECK(run.err.find("4 events from 1 event file (1 skipped)") != std::string::npos);
        CHECK(open_vector(dir / "b.gpkg")->GetLayerByName("events")->GetFeatureCount() == 4);
        run = map({kBroken, "-o", (dir / "strict.gpkg").string(), "--strict"});
        CHECK(run.code == 1);
        CHECK_FALSE(fs::exists(dir / "strict.gpkg"));
        CHECK(entries(dir) == 1);
    }
    fs::remove_all(dir);
}

TEST_CASE("the summary names the output, the layers and their counts") {
    const auto dir = fresh_dir("summary");
    const auto run = map({kEvents, "-o", (dir / "s.gpkg").string()});
    REQUIRE(run.code == 0);
    CHECK(run.err.find("12 events from 1 event file, 12 events") != std::string::npos);
    CHECK(run.err.find("(GPKG, EPSG:4326): events 12, mentions 0, places 10, admin1") !=
          std::string::npos);
    CHECK(run.err.find("relations 1") != std::string::npos);
    CHECK(run.err.find("events: 1 event without a location written with no geometry") !=
          std::string::npos);
    auto ds = open_vector(dir / "s.gpkg");
    CHECK(ds->GetLayerCount() == 7);
    const auto quiet = map({kEvents, "-o", (dir / "q.gpkg").string(), "-q"});
    CHECK(quiet.code == 0);
    CHECK(quiet.err.empty());
    fs::remove_all(dir);
}

TEST_CASE("QGIS counts the same points in the admin1 polygons (when qgis_process exists)") {
    if (std::system("command -v qgis_process >/dev/null 2>&1") != 0) {
        std::cout << "SKIPPED: qgis_process is not installed (Debian package qgis); "
                     "native:countpointsinpolygon comparison not run\n";
        return;
    }
    const auto dir = fresh_dir("qgis");
    const auto fixture = test::fixture_events();
    const auto areas = test::fixture_areas();
    io::MapSources sources;
    sources.events = fixture;
    sources.admin1 = &areas;
    io::MapOutputOptions options;
    options.output = dir / "map.gpkg";
    const io::MapOutput output(options, {"events", "admin1"});
    std::ostringstream err;
    Diagnostics diag(err);
    output.write(io::build_map_layers(sources, {"events", "admin1"}), diag);
    const std::string gpkg = options.output.string();
    // Headless (no display), and past Debian bookworm's wrapper, which passes the binary an
    // option it refuses (--noversioncheck, from /etc/default/qgis).
    const std::string program =
        fs::exists("/usr/bin/qgis_process.bin") ? "/usr/bin/qgis_process.bin" : "qgis_process";
    const std::string command =
        "QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR='" + dir.string() + "' " + program +
        " run native:countpointsinpolygon --POLYGONS='" + gpkg + "|layername=admin1' --POINTS='" +
        gpkg + "|layername=events' --FIELD=NUMPOINTS " + "--OUTPUT='" +
        (dir / "counts.gpkg").string() + "' >'" + (dir / "qgis.log").string() + "' 2>&1";
    const int status = std::system(command.c_str());
    REQUIRE_MESSAGE(status == 0, command << "\n" << slurp(dir / "qgis.log"));
    auto counted = open_vector(dir / "counts.gpkg");
    auto ours = open_vector(options.output);
    OGRLayer* theirs = counted->GetLayer(0);
    OGRLayer* mine = ours->GetLayerByName("admin1");
    REQUIRE(theirs->GetFeatureCount() == mine->GetFeatureCount());
    std::map<std::string, GIntBig> qgis;
    for (auto& f : *theirs) {
        qgis[f->GetFieldAsString("name")] = f->GetFieldAsInteger64("NUMPOINTS");
    }
    for (auto& f : *mine) {
        CHECK(qgis[f->GetFieldAsString("name")] == f->GetFieldAsInteger64("events"));
    }
    fs::remove_all(dir);
}
