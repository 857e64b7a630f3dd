#include "io/layer_writer.hpp"

#include "core/error.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <ogr_geometry.h>

namespace conflictmap::io {

namespace {

/// Drivers known to drop or refuse features without geometry (GDAL 3.6's FlatGeobuf writer
/// drops them silently; GPX, MVT and DXF refuse them).
bool keeps_null_geometry(const std::string& driver) {
    return driver != "FlatGeobuf" && driver != "GPX" && driver != "MVT" && driver != "DXF";
}

std::string preferred_extension(const gdal::VectorDriver& driver) {
    const std::string name = driver.name();
    if (name == "GeoJSON") {
        return "geojson";
    }
    if (name == "GeoJSONSeq") {
        return "geojsons";
    }
    if (name == "ESRI Shapefile") {
        return "shp";
    }
    if (name == "MapInfo File") {
        return "tab";
    }
    const auto ext = driver.extensions();
    return ext.empty() ? std::string() : ext.front();
}

bool option_is(const std::vector<std::string>& options, const char* name, const char* value) {
    const gdal::OptionList list(options);
    const char* v = list.get(name);
    return v != nullptr && CPLTestBool(v) == CPLTestBool(value);
}

OGRwkbGeometryType ogr_geometry_type(GeometryType type) {
    switch (type) {
    case GeometryType::point:
        return wkbPoint;
    case GeometryType::line_string:
        return wkbLineString;
    case GeometryType::multi_polygon:
        return wkbMultiPolygon;
    case GeometryType::multi_line_string:
        return wkbMultiLineString;
    }
    return wkbUnknown;
}

/// The OGR field type that stores a FieldType in this driver (what it lacks becomes text or a
/// real: values stay exact, only the declared type changes).
struct OgrField {
    OGRFieldType type;
    OGRFieldSubType subtype = OFSTNone;
};

OgrField ogr_field(FieldType type, const gdal::VectorDriver& driver, const FormatRules& rules) {
    // Drivers that publish no type list take anything.
    const bool listed = driver.metadata(GDAL_DMD_CREATIONFIELDDATATYPES) != nullptr;
    const auto has = [&](OGRFieldType t) { return !listed || driver.supports_field_type(t); };
    switch (type) {
    case FieldType::string:
        return {OFTString};
    case FieldType::integer:
        return {OFTInteger};
    case FieldType::integer64:
        if (has(OFTInteger64)) {
            return {OFTInteger64};
        }
        return {has(OFTReal) ? OFTReal : OFTString};
    case FieldType::real:
        return {OFTReal};
    case FieldType::boolean:
        return {OFTInteger, driver.supports_field_subtype(OFSTBoolean) ? OFSTBoolean : OFSTNone};
    case FieldType::date:
        return {has(OFTDate) && !rules.dates_as_text ? OFTDate : OFTString};
    }
    return {OFTString};
}

std::string format_real(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", v);
    return buffer;
}

/// The GDAL side of a FeatureSink: one OGRFeature (and one OGRPoint) reused for every feature.
class GdalFeatureSink final : public FeatureSink {
public:
    GdalFeatureSink(OGRLayer& layer, std::vector<int> field_index,
                    std::vector<OGRFieldType> field_type, const LayerTarget& target,
                    LayerWriteStats& stats, const std::function<void(std::uint64_t)>& progress)
        : layer_(layer), index_(std::move(field_index)), type_(std::move(field_type)),
          target_(target), stats_(stats), progress_(progress),
          feature_(OGRFeature::CreateFeature(layer.GetLayerDefn())) {}

    void set_string(std::size_t field, std::string_view value) override {
        const std::size_t limit = target_.rules.max_string_bytes;
        if (limit != 0 && value.size() > limit) {
            value = text::truncate_utf8(value, limit);
            ++stats_.truncated_strings;
        }
        buffer_.assign(value);
        feature_->SetField(index_[field], buffer_.c_str());
    }
    void set_integer(std::size_t field, std::int64_t value) override {
        switch (type_[field]) {
        case OFTInteger:
            feature_->SetField(index_[field], static_cast<int>(std::clamp<std::int64_t>(
                                                  value, std::numeric_limits<int>::min(),
                                                  std::numeric_limits<int>::max())));
            break;
        case OFTInteger64:
            feature_->SetField(index_[field], static_cast<GIntBig>(value));
            break;
        case OFTReal:
            feature_->SetField(index_[field], static_cast<double>(value));
            break;
        default:
            buffer_ = std::to_string(value);
            feature_->SetField(index_[field], buffer_.c_str());
        }
    }
    void set_real(std::size_t field, double value) override {
        if (type_[field] == OFTReal) {
            feature_->SetField(index_[field], value);
        } else {
            buffer_ = format_real(value);
            feature_->SetField(index_[field], buffer_.c_str());
        }
    }
    void set_boolean(std::size_t field, bool value) override {
        if (type_[field] == OFTString) {
            feature_->SetField(index_[field], value ? "true" : "false");
        } else {
            feature_->SetField(index_[field], value ? 1 : 0);
        }
    }
    void set_date(std::size_t field, const Date& value) override {
        if (type_[field] == OFTDate || type_[field] == OFTDateTime) {
            feature_->SetField(index_[field], value.year, value.month, value.day);
        } else {
            buffer_ = value.iso();
            feature_->SetField(index_[field], buffer_.c_str());
        }
    }
    void set_null(std::size_t field) override { feature_->SetFieldNull(index_[field]); }

    void set_point(double lon, double lat) override {
        double x = lon, y = lat;
        if (!transform(1, &x, &y)) {
            return;
        }
        // Keep the point in the feature between features: no allocation per feature.
        if (point_ == nullptr) {
            point_ = new OGRPoint(x, y);
            feature_->SetGeometryDirectly(point_);
        } else {
            point_->setX(x);
            point_->setY(y);
        }
        has_geometry_ = true;
    }
    void set_line_string(std::span<const geo::Position> line) override {
        auto geometry = std::make_unique<OGRLineString>();
        add_points(*geometry, line);
        set_geometry(std::move(geometry));
    }
    void set_multi_polygon(const geo::MultiPolygon& polygons) override {
        auto geometry = std::make_unique<OGRMultiPolygon>();
        for (const auto& polygon : polygons) {
            auto p = std::make_unique<OGRPolygon>();
            for (const auto& ring : polygon.rings) {
                auto r = std::make_unique<OGRLinearRing>();
                add_points(*r, ring);
                p->addRingDirectly(r.release());
            }
            geometry->addGeometryDirectly(p.release());
        }
        set_geometry(std::move(geometry));
    }
    void set_multi_line_string(const geo::MultiLineString& lines) override {
        auto geometry = std::make_unique<OGRMultiLineString>();
        for (const auto& line : lines) {
            auto l = std::make_unique<OGRLineString>();
            add_points(*l, line);
            geometry->addGeometryDirectly(l.release());
        }
        set_geometry(std::move(geometry));
    }

    void add() override {
        const bool failed = out_of_crs_;
        const bool has_geometry = has_geometry_;
        out_of_crs_ = false;
        has_geometry_ = false;
        if (failed) {
            ++stats_.skipped_out_of_crs;
            return;
        }
        if (!has_geometry) {
            if (feature_->GetGeometryRef() != nullptr) {
                feature_->SetGeometryDirectly(nullptr);
                point_ = nullptr;
            }
            if (!target_.rules.null_geometry) {
                ++stats_.skipped_no_geometry;
                return;
            }
            ++stats_.without_geometry;
        }
        feature_->SetFID(OGRNullFID);
        const OGRErr err = layer_.CreateFeature(feature_.get());
        if (err != OGRERR_NONE || target_.errors.has_failure()) {
            target_.errors.check(false, "cannot write feature " +
                                            std::to_string(stats_.written + 1) + " of layer '" +
                                            stats_.name + "'");
        }
        ++stats_.written;
        if (progress_ && (stats_.written & 0xFFFF) == 0) {
            progress_(stats_.written);
        }
    }

private:
    bool transform(int n, double* x, double* y) {
        if (target_.transform == nullptr) {
            return true;
        }
        if (target_.transform->Transform(n, x, y) == 0) {
            out_of_crs_ = true;
            return false;
        }
        return true;
    }
    void add_points(OGRSimpleCurve& curve, std::span<const geo::Position> points) {
        curve.setNumPoints(static_cast<int>(points.size()), FALSE);
        for (std::size_t i = 0; i < points.size(); ++i) {
            curve.setPoint(static_cast<int>(i), points[i][0], points[i][1]);
        }
    }
    void set_geometry(std::unique_ptr<OGRGeometry> geometry) {
        if (target_.transform != nullptr && geometry->transform(target_.transform) != OGRERR_NONE) {
            out_of_crs_ = true;
            target_.errors.clear();
            return;
        }
        feature_->SetGeometryDirectly(geometry.release());
        point_ = nullptr;
        has_geometry_ = true;
    }

    OGRLayer& layer_;
    std::vector<int> index_;
    std::vector<OGRFieldType> type_;
    const LayerTarget& target_;
    LayerWriteStats& stats_;
    const std::function<void(std::uint64_t)>& progress_;
    OGRFeatureUniquePtr feature_;
    OGRPoint* point_ = nullptr; ///< owned by feature_ while set
    std::string buffer_;
    bool has_geometry_ = false;
    bool out_of_crs_ = false;
};

} // namespace

FormatRules format_rules(const gdal::VectorDriver& driver,
                         const std::vector<std::string>& user_layer_options) {
    FormatRules rules;
    rules.driver = driver.name();
    rules.one_dataset = driver.multiple_layers();
    rules.layer_extension = rules.one_dataset ? std::string() : preferred_extension(driver);
    rules.null_geometry = keeps_null_geometry(rules.driver);
    std::vector<std::string> common;
    const std::string& d = rules.driver;
    if (d == "GeoJSON") {
        // RFC 7946: WGS84, no crs member, counter-clockwise exteriors; 6 decimals (~0.1 m).
        common = {"RFC7946=YES", "COORDINATE_PRECISION=6"};
        rules.wgs84_only = !option_is(user_layer_options, "RFC7946", "NO");
    } else if (d == "GeoJSONSeq") {
        common = {"RS=YES", "COORDINATE_PRECISION=6"};
        rules.wgs84_only = true;
    } else if (d == "KML" || d == "LIBKML" || d == "GPX") {
        rules.wgs84_only = true;
    } else if (d == "ESRI Shapefile") {
        // UTF-8 (.cpg) keeps Arabic; RESIZE shrinks the 254-byte text fields to what is used.
        common = {"ENCODING=UTF-8", "RESIZE=YES",
                  std::string("DBF_DATE_LAST_UPDATE=") + kPinnedDbfDate};
        rules.short_field_names = true;
        rules.max_string_bytes = 254;
    }
    rules.point_layer_options = common;
    rules.other_layer_options = common;
    if (d == "CSV") {
        // GDAL 3.6 quotes integers under its default IF_AMBIGUOUS quoting, and writes dates
        // as YYYY/MM/DD: plain numbers and ISO dates are what spreadsheets and pandas expect.
        rules.dates_as_text = true;
        for (auto* options : {&rules.point_layer_options, &rules.other_layer_options}) {
            options->push_back("STRING_QUOTING=IF_NEEDED");
        }
        rules.point_layer_options.push_back("GEOMETRY=AS_XY");
        rules.other_layer_options.push_back("GEOMETRY=AS_WKT");
    }
    return rules;
}

LayerWriteStats write_layer(const MapLayer& layer, const LayerTarget& target,
                            const std::function<void(std::uint64_t)>& progress) {
    LayerWriteStats stats;
    stats.name = layer.schema.name;
    gdal::OptionList options(layer.schema.geometry == GeometryType::point
                                 ? target.rules.point_layer_options
                                 : target.rules.other_layer_options);
    for (const auto& o : target.user_layer_options) {
        const auto eq = o.find('=');
        options.set(o.substr(0, eq), eq == std::string::npos ? "" : o.substr(eq + 1));
    }
    OGRLayer& ogr = target.dataset.create_layer(layer.schema.name, &target.srs,
                                                ogr_geometry_type(layer.schema.geometry), options);

    std::vector<int> index;
    std::vector<OGRFieldType> types;
    for (const auto& field : layer.schema.fields) {
        const OgrField f = ogr_field(field.type, target.driver, target.rules);
        const std::string& name = target.rules.short_field_names ? field.short_name : field.name;
        OGRFieldDefn defn(name.c_str(), f.type);
        defn.SetSubType(f.subtype);
        if (f.type == OFTString && target.rules.max_string_bytes != 0) {
            defn.SetWidth(static_cast<int>(target.rules.max_string_bytes));
        }
        const int position = ogr.GetLayerDefn()->GetFieldCount();
        target.errors.check(ogr.CreateField(&defn) == OGRERR_NONE &&
                                ogr.GetLayerDefn()->GetFieldCount() == position + 1,
                            "cannot create field '" + name + "' in layer '" + layer.schema.name +
                                "'");
        index.push_back(position);
        types.push_back(ogr.GetLayerDefn()->GetFieldDefn(position)->GetType());
    }

    target.dataset.start_transaction();
    GdalFeatureSink sink(ogr, std::move(index), std::move(types), target, stats, progress);
    layer.write(sink);
    target.dataset.commit_transaction();
    return stats;
}

} // namespace conflictmap::io
