#include "geo/area_layer_io.hpp"

#include "core/embedded.hpp"
#include "core/error.hpp"
#include "io/atomic_output.hpp"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <mutex>
#include <nlohmann/json.hpp>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace fs = std::filesystem;

namespace conflictmap::geo {

namespace {

using ordered_json = nlohmann::ordered_json;

// ---- GeoJSON text -----------------------------------------------------------------------

Position json_position(const ordered_json& p) {
    if (!p.is_array() || p.size() < 2 || !p[0].is_number() || !p[1].is_number()) {
        throw std::invalid_argument("a position must be [lon, lat]");
    }
    return {p[0].get<double>(), p[1].get<double>()};
}

std::vector<Position> json_positions(const ordered_json& a) {
    std::vector<Position> out;
    for (const auto& p : a) {
        out.push_back(json_position(p));
    }
    return out;
}

Polygon json_polygon(const ordered_json& rings) {
    Polygon polygon;
    for (const auto& r : rings) {
        polygon.rings.push_back(json_positions(r));
    }
    return polygon;
}

Geometry json_geometry(const ordered_json& g) {
    const std::string type = g.at("type").get<std::string>();
    const auto& c = g.at("coordinates");
    if (type == "Polygon") {
        return MultiPolygon{json_polygon(c)};
    }
    if (type == "MultiPolygon") {
        MultiPolygon mp;
        for (const auto& p : c) {
            mp.push_back(json_polygon(p));
        }
        return mp;
    }
    if (type == "LineString") {
        return MultiLineString{json_positions(c)};
    }
    if (type == "MultiLineString") {
        MultiLineString ml;
        for (const auto& l : c) {
            ml.push_back(json_positions(l));
        }
        return ml;
    }
    throw std::invalid_argument("unsupported geometry type '" + type + "'");
}

AttributeValue json_value(const ordered_json& v) {
    if (v.is_string()) {
        return v.get<std::string>();
    }
    if (v.is_boolean()) {
        return v.get<bool>();
    }
    if (v.is_number_integer()) {
        return v.get<std::int64_t>();
    }
    if (v.is_number()) {
        return v.get<double>();
    }
    if (v.is_null()) {
        return std::monostate{};
    }
    return v.dump(); // arrays and objects kept as their JSON text
}

// ---- GDAL ---------------------------------------------------------------------------------

void ensure_gdal_registered() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

/// GDAL's own messages are turned into our errors, not printed, while one of these lives.
class QuietGdalErrors {
public:
    QuietGdalErrors() {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
};

std::string gdal_message() {
    const char* m = CPLGetLastErrorMsg();
    return m != nullptr ? m : "";
}

std::vector<Position> ogr_points(const OGRSimpleCurve& curve) {
    std::vector<Position> out(static_cast<std::size_t>(curve.getNumPoints()));
    for (int i = 0; i < curve.getNumPoints(); ++i) {
        out[static_cast<std::size_t>(i)] = {curve.getX(i), curve.getY(i)};
    }
    return out;
}

void collect_ogr(const OGRGeometry& g, MultiPolygon& polygons, MultiLineString& lines) {
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPolygon: {
        const auto& p = *g.toPolygon();
        if (p.IsEmpty()) {
            return;
        }
        Polygon out;
        out.rings.push_back(ogr_points(*p.getExteriorRing()));
        for (int i = 0; i < p.getNumInteriorRings(); ++i) {
            out.rings.push_back(ogr_points(*p.getInteriorRing(i)));
        }
        polygons.push_back(std::move(out));
        return;
    }
    case wkbLineString:
        lines.push_back(ogr_points(*g.toLineString()));
        return;
    case wkbMultiPolygon:
    case wkbMultiLineString:
    case wkbGeometryCollection:
        for (const auto* member : *g.toGeometryCollection()) {
            collect_ogr(*member, polygons, lines);
        }
        return;
    case wkbCurvePolygon:
    case wkbMultiSurface:
    case wkbCompoundCurve:
    case wkbCircularString:
    case wkbMultiCurve: {
        std::unique_ptr<OGRGeometry> linear(g.getLinearGeometry());
        if (linear) {
            collect_ogr(*linear, polygons, lines);
        }
        return;
    }
    default:
        return;
    }
}

AttributeValue ogr_value(const OGRFeature& f, int i) {
    if (!f.IsFieldSetAndNotNull(i)) {
        return std::monostate{};
    }
    const OGRFieldDefn* def = f.GetFieldDefnRef(i);
    switch (def->GetType()) {
    case OFTInteger:
        if (def->GetSubType() == OFSTBoolean) {
            return f.GetFieldAsInteger(i) != 0;
        }
        return static_cast<std::int64_t>(f.GetFieldAsInteger(i));
    case OFTInteger64:
        return static_cast<std::int64_t>(f.GetFieldAsInteger64(i));
    case OFTReal:
        return f.GetFieldAsDouble(i);
    default:
        return std::string(f.GetFieldAsString(i));
    }
}

OGRSpatialReference wgs84() {
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

struct FieldPlan {
    std::string name;
    OGRFieldType type = OFTString;
    OGRFieldSubType subtype = OFSTNone;
};

std::vector<FieldPlan> plan_fields(const AreaLayer& layer) {
    std::vector<FieldPlan> plan;
    if (layer.features.empty()) {
        return plan;
    }
    for (const auto& [name, value] : layer.features.front().attributes) {
        plan.push_back({name});
    }
    // A field's type is that of its first non-null value.
    for (std::size_t i = 0; i < plan.size(); ++i) {
        for (const auto& f : layer.features) {
            const auto* v = f.attribute(plan[i].name);
            if (v == nullptr || std::holds_alternative<std::monostate>(*v)) {
                continue;
            }
            if (std::holds_alternative<bool>(*v)) {
                plan[i].type = OFTInteger;
                plan[i].subtype = OFSTBoolean;
            } else if (std::holds_alternative<std::int64_t>(*v)) {
                plan[i].type = OFTInteger64;
            } else if (std::holds_alternative<double>(*v)) {
                plan[i].type = OFTReal;
            }
            break;
        }
    }
    return plan;
}

std::unique_ptr<OGRGeometry> ogr_geometry(const Geometry& geometry) {
    if (const auto* mp = std::get_if<MultiPolygon>(&geometry)) {
        auto out = std::make_unique<OGRMultiPolygon>();
        for (const auto& polygon : *mp) {
            OGRPolygon p;
            for (const auto& ring : polygon.rings) {
                OGRLinearRing r;
                for (const auto& pos : ring) {
                    r.addPoint(pos[0], pos[1]);
                }
                p.addRing(&r);
            }
            out->addGeometry(&p);
        }
        return out;
    }
    auto out = std::make_unique<OGRMultiLineString>();
    for (const auto& line : std::get<MultiLineString>(geometry)) {
        OGRLineString l;
        for (const auto& pos : line) {
            l.addPoint(pos[0], pos[1]);
        }
        out->addGeometry(&l);
    }
    return out;
}

void write_layer(GDALDataset& ds, const AreaLayer& layer, bool geojson, const fs::path& target) {
    const ErrorContext where{target.string(), 0, 0, {}};
    bool lines = !layer.features.empty() &&
                 std::holds_alternative<MultiLineString>(layer.features.front().geometry);
    OGRSpatialReference srs = wgs84();
    CPLStringList options;
    if (geojson) {
        options.SetNameValue("RFC7946", "YES");
        options.SetNameValue("COORDINATE_PRECISION", "6");
    }
    OGRLayer* out = ds.CreateLayer(layer.name.c_str(), &srs,
                                   lines ? wkbMultiLineString : wkbMultiPolygon, options.List());
    if (out == nullptr) {
        throw LibraryError("GDAL", "cannot create layer '" + layer.name + "'", gdal_message(),
                           where);
    }
    const auto plan = plan_fields(layer);
    for (const auto& field : plan) {
        OGRFieldDefn def(field.name.c_str(), field.type);
        def.SetSubType(field.subtype);
        if (out->CreateField(&def) != OGRERR_NONE) {
            throw LibraryError("GDAL", "cannot create field '" + field.name + "'", gdal_message(),
                               where);
        }
    }
    const bool transaction = ds.StartTransaction() == OGRERR_NONE;
    for (const auto& feature : layer.features) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(out->GetLayerDefn()));
        for (std::size_t i = 0; i < plan.size(); ++i) {
            const int idx = static_cast<int>(i);
            const auto* v = feature.attribute(plan[i].name);
            if (v == nullptr || std::holds_alternative<std::monostate>(*v)) {
                f->SetFieldNull(idx);
            } else if (const auto* s = std::get_if<std::string>(v)) {
                f->SetField(idx, s->c_str());
            } else if (const auto* b = std::get_if<bool>(v)) {
                f->SetField(idx, *b ? 1 : 0);
            } else if (const auto* n = std::get_if<std::int64_t>(v)) {
                f->SetField(idx, static_cast<GIntBig>(*n));
            } else {
                f->SetField(idx, std::get<double>(*v));
            }
        }
        f->SetGeometryDirectly(ogr_geometry(feature.geometry).release());
        if (out->CreateFeature(f.get()) != OGRERR_NONE) {
            throw LibraryError("GDAL", "cannot write a feature of '" + layer.name + "'",
                               gdal_message(), where);
        }
    }
    if (transaction && ds.CommitTransaction() != OGRERR_NONE) {
        throw LibraryError("GDAL", "cannot commit layer '" + layer.name + "'", gdal_message(),
                           where);
    }
}

std::string lower_extension(const fs::path& p) {
    std::string e = p.extension().string();
    for (auto& c : e) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return e;
}

} // namespace

AreaLayer parse_geojson_layer(std::string_view text, std::string layer_name,
                              const std::string& source) {
    AreaLayer layer{std::move(layer_name), {}};
    std::size_t index = 0;
    try {
        const auto doc = ordered_json::parse(text);
        for (const auto& f : doc.at("features")) {
            AreaFeature feature;
            if (f.contains("properties") && f["properties"].is_object()) {
                for (const auto& [k, v] : f["properties"].items()) {
                    feature.attributes.emplace_back(k, json_value(v));
                }
            }
            if (!f.contains("geometry") || f["geometry"].is_null()) {
                throw std::invalid_argument("feature without geometry");
            }
            feature.geometry = json_geometry(f["geometry"]);
            layer.features.push_back(std::move(feature));
            ++index;
        }
    } catch (const std::exception& e) {
        throw InputError(std::string("bad GeoJSON (feature ") + std::to_string(index) +
                             "): " + e.what(),
                         ErrorContext{source, 0, 0, {}});
    }
    return layer;
}

AreaLayer embedded_geojson_layer(std::string_view resource, std::string layer_name) {
    const auto text = embedded_resource(resource);
    if (!text) {
        throw Error(ErrorKind::internal,
                    "embedded file '" + std::string(resource) + "' is missing from this build");
    }
    return parse_geojson_layer(*text, std::move(layer_name), std::string(resource));
}

std::vector<std::string> ogr_layer_names(const std::string& path) {
    ensure_gdal_registered();
    QuietGdalErrors quiet;
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr));
    if (!ds) {
        throw InputError("cannot open as a vector data source" +
                             (gdal_message().empty() ? "" : ": " + gdal_message()),
                         ErrorContext{path, 0, 0, {}});
    }
    std::vector<std::string> names;
    for (auto* layer : ds->GetLayers()) {
        names.emplace_back(layer->GetName());
    }
    return names;
}

AreaLayer read_ogr_layer(const std::string& path, const std::string& layer_name,
                         std::size_t* skipped) {
    ensure_gdal_registered();
    QuietGdalErrors quiet;
    const ErrorContext where{path, 0, 0, {}};
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr));
    if (!ds) {
        throw InputError("cannot open as a vector data source" +
                             (gdal_message().empty() ? "" : ": " + gdal_message()),
                         where);
    }
    OGRLayer* in = layer_name.empty() ? (ds->GetLayerCount() > 0 ? ds->GetLayer(0) : nullptr)
                                      : ds->GetLayerByName(layer_name.c_str());
    if (in == nullptr) {
        throw InputError(layer_name.empty() ? "no layer in the data source"
                                            : "no layer named '" + layer_name + "'",
                         where);
    }
    std::unique_ptr<OGRCoordinateTransformation> to_wgs84;
    if (const OGRSpatialReference* src = in->GetSpatialRef()) {
        OGRSpatialReference source = *src;
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference target = wgs84();
        if (!source.IsSame(&target)) {
            to_wgs84.reset(OGRCreateCoordinateTransformation(&source, &target));
            if (!to_wgs84) {
                throw LibraryError("GDAL", "cannot transform the layer's CRS to WGS84",
                                   gdal_message(), where);
            }
        }
    }
    AreaLayer layer{in->GetName(), {}};
    std::size_t skip_count = 0;
    in->ResetReading();
    for (auto& f : *in) {
        OGRGeometry* g = f->GetGeometryRef();
        if (g == nullptr || g->IsEmpty()) {
            ++skip_count;
            continue;
        }
        if (to_wgs84 && g->transform(to_wgs84.get()) != OGRERR_NONE) {
            throw LibraryError("GDAL", "cannot transform a geometry to WGS84", gdal_message(),
                               where);
        }
        MultiPolygon polygons;
        MultiLineString lines;
        collect_ogr(*g, polygons, lines);
        AreaFeature feature;
        if (!polygons.empty()) {
            feature.geometry = std::move(polygons);
        } else if (!lines.empty()) {
            feature.geometry = std::move(lines);
        } else {
            ++skip_count;
            continue;
        }
        for (int i = 0; i < f->GetFieldCount(); ++i) {
            feature.attributes.emplace_back(f->GetFieldDefnRef(i)->GetNameRef(), ogr_value(*f, i));
        }
        layer.features.push_back(std::move(feature));
    }
    if (skipped != nullptr) {
        *skipped = skip_count;
    }
    return layer;
}

void write_area_layers(const fs::path& path, const std::vector<const AreaLayer*>& layers,
                       bool overwrite) {
    const std::string ext = lower_extension(path);
    const bool geojson = ext == ".geojson" || ext == ".json";
    if (!geojson && ext != ".gpkg") {
        throw UsageError("output '" + path.string() +
                         "': use a .gpkg (all layers) or .geojson (the areas only) file name");
    }
    io::check_output_target(path, overwrite);
    ensure_gdal_registered();
    QuietGdalErrors quiet;
    // GDAL picks the format from the name, so the temporary file keeps the extension.
    fs::path temp = io::temporary_sibling(path);
    temp += ext;
    const ErrorContext where{path.string(), 0, 0, {}};
    try {
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(geojson ? "GeoJSON" : "GPKG");
        if (driver == nullptr) {
            throw LibraryError("GDAL", "the GeoJSON/GPKG driver is not available", {}, where);
        }
        // No creation timestamps: the same input gives the same bytes.
        CPLConfigOptionSetter date("OGR_CURRENT_DATE", "2000-01-01T00:00:00.000Z", true);
        {
            GDALDatasetUniquePtr ds(driver->Create(temp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
            if (!ds) {
                throw OutputError("cannot create the output" +
                                      (gdal_message().empty() ? "" : ": " + gdal_message()),
                                  where);
            }
            for (const auto* layer : layers) {
                write_layer(*ds, *layer, geojson, path);
                if (geojson) {
                    break; // one layer per GeoJSON file
                }
            }
            ds->FlushCache();
        }
        // Closing the dataset writes the rest; GDAL reports failures through its error state.
        if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) {
            throw OutputError("cannot write the output: " + gdal_message(), where);
        }
        std::error_code ec;
        fs::rename(temp, path, ec);
        if (ec) {
            throw OutputError("cannot move the output into place: " + ec.message(), where);
        }
    } catch (...) {
        std::error_code ec;
        fs::remove(temp, ec);
        throw;
    }
}

} // namespace conflictmap::geo
