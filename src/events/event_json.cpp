#include "events/event_json.hpp"

#include <cmath>

namespace conflictmap {

namespace {

ordered_json optional_number(const std::optional<double>& v) {
    return v ? ordered_json(*v) : ordered_json(nullptr);
}

ordered_json optional_string(const std::optional<std::string>& v) {
    return v ? ordered_json(*v) : ordered_json(nullptr);
}

/// Coordinates rounded to 1e-7 degrees (~1 cm): more digits are noise and defeat diffing.
double round7(double v) {
    return std::round(v * 1e7) / 1e7;
}

class FieldReader {
public:
    FieldReader(const nlohmann::json& props, const ErrorContext& where)
        : props_(props), where_(where) {}

    const nlohmann::json* find(const char* name) const {
        auto it = props_.find(name);
        if (it == props_.end() || it->is_null()) {
            return nullptr;
        }
        return &*it;
    }
    [[noreturn]] void fail(const char* name, const std::string& what) const {
        ErrorContext c = where_;
        c.field = name;
        throw InputError(what, c);
    }
    std::string str(const char* name) const {
        const auto* v = find(name);
        if (v == nullptr) {
            return {};
        }
        if (!v->is_string()) {
            fail(name, "expected a string");
        }
        return v->get<std::string>();
    }
    std::optional<std::string> opt_str(const char* name) const {
        if (find(name) == nullptr) {
            return std::nullopt;
        }
        return str(name);
    }
    std::optional<double> opt_num(const char* name) const {
        const auto* v = find(name);
        if (v == nullptr) {
            return std::nullopt;
        }
        if (!v->is_number()) {
            fail(name, "expected a number");
        }
        const double d = v->get<double>();
        if (!std::isfinite(d)) {
            fail(name, "expected a finite number");
        }
        return d;
    }
    std::int64_t integer(const char* name, std::int64_t lo, std::int64_t hi) const {
        const auto* v = find(name);
        if (v == nullptr) {
            return 0;
        }
        if (!v->is_number_integer()) {
            fail(name, "expected an integer");
        }
        const auto i = v->get<std::int64_t>();
        if (i < lo || i > hi) {
            fail(name, "value " + std::to_string(i) + " outside " + std::to_string(lo) + ".." +
                           std::to_string(hi));
        }
        return i;
    }
    bool boolean(const char* name) const {
        const auto* v = find(name);
        if (v == nullptr) {
            return false;
        }
        if (!v->is_boolean()) {
            fail(name, "expected true or false");
        }
        return v->get<bool>();
    }

private:
    const nlohmann::json& props_;
    const ErrorContext& where_;
};

} // namespace

const std::vector<std::string>& event_property_names() {
    static const std::vector<std::string> names = {
        "event_id",       "article_id",    "event_date",    "time_precision", "event_type",
        "sub_event_type", "actor1",        "actor2",        "fatalities",     "injuries",
        "location",       "location_text", "admin1",        "admin2",         "country_code",
        "latitude",       "longitude",     "geo_precision", "uncertainty_m",  "disputed",
        "disputed_area",  "background",    "notes",         "source",         "confidence"};
    return names;
}

ordered_json event_to_feature(const EventRecord& e) {
    // An ordered object is a vector of (const key, value) pairs: growing it copies every value
    // built so far (a const key cannot be moved), so it is sized once for all the properties.
    ordered_json props = ordered_json::object();
    props.get_ref<ordered_json::object_t&>().reserve(40);
    props["event_id"] = e.event_id;
    props["article_id"] = e.article_id;
    props["event_date"] = e.event_date ? ordered_json(e.event_date->iso()) : ordered_json(nullptr);
    props["time_precision"] = e.event_date ? ordered_json(e.time_precision) : ordered_json(nullptr);
    props["event_type"] = e.event_type;
    props["sub_event_type"] = e.sub_event_type;
    props["actor1"] = e.actor1;
    props["actor2"] = e.actor2;
    props["fatalities"] = e.fatalities;
    props["injuries"] = e.injuries;
    props["location"] = e.location;
    props["location_text"] = e.location_text;
    props["admin1"] = e.admin1;
    props["admin2"] = e.admin2;
    props["country_code"] = e.country_code;
    const bool located = e.latitude && e.longitude;
    props["latitude"] = located ? ordered_json(round7(*e.latitude)) : ordered_json(nullptr);
    props["longitude"] = located ? ordered_json(round7(*e.longitude)) : ordered_json(nullptr);
    props["geo_precision"] = located ? ordered_json(e.geo_precision) : ordered_json(nullptr);
    props["uncertainty_m"] = optional_number(e.uncertainty_m);
    props["disputed"] = e.disputed;
    props["disputed_area"] = optional_string(e.disputed_area);
    props["background"] = e.background;
    props["notes"] = e.notes;
    props["source"] = e.source;
    props["confidence"] = std::round(e.confidence * 1000.0) / 1000.0;
    // conflictmap's additions, after the contract.
    props["actor1_attribution"] = e.actor1_attribution;
    props["inter1"] = e.inter1;
    props["inter2"] = e.inter2;
    props["place_id"] = e.place_id == 0 ? ordered_json(nullptr) : ordered_json(e.place_id);
    props["geonames_id"] = e.geonames_id == 0 ? ordered_json(nullptr) : ordered_json(e.geonames_id);
    props["feature_code"] = e.feature_code;
    props["kri_distance_km"] = optional_number(e.kri_distance_km);
    props["article_ids"] = e.article_ids;
    props["reference_location"] = optional_string(e.reference_location);
    props["reference_latitude"] = optional_number(e.reference_latitude);
    props["reference_longitude"] = optional_number(e.reference_longitude);

    ordered_json feature;
    feature["type"] = "Feature";
    if (located) {
        feature["geometry"] = {{"type", "Point"},
                               {"coordinates", {round7(*e.longitude), round7(*e.latitude)}}};
    } else {
        feature["geometry"] = nullptr;
    }
    feature["properties"] = std::move(props);
    return feature;
}

EventRecord event_from_feature(const nlohmann::json& feature, const ErrorContext& where) {
    if (!feature.is_object() || feature.value("type", "") != "Feature") {
        throw InputError("expected a GeoJSON Feature object", where);
    }
    static const nlohmann::json empty = nlohmann::json::object();
    auto pit = feature.find("properties");
    const nlohmann::json& props = (pit == feature.end() || pit->is_null()) ? empty : *pit;
    if (!props.is_object()) {
        ErrorContext c = where;
        c.field = "properties";
        throw InputError("expected an object", c);
    }
    FieldReader r(props, where);
    EventRecord e;
    e.event_id = r.str("event_id");
    e.article_id = r.str("article_id");
    if (auto d = r.opt_str("event_date")) {
        e.event_date = Date::parse(*d);
        if (!e.event_date) {
            r.fail("event_date", "'" + *d + "' is not a date YYYY-MM-DD between 1900 and 2100");
        }
        e.time_precision = static_cast<int>(r.integer("time_precision", 1, 3));
        if (e.time_precision == 0) {
            e.time_precision = 1;
        }
    }
    e.event_type = r.str("event_type");
    e.sub_event_type = r.str("sub_event_type");
    e.actor1 = r.str("actor1");
    e.actor2 = r.str("actor2");
    e.actor1_attribution = r.str("actor1_attribution");
    e.inter1 = static_cast<int>(r.integer("inter1", 0, 8));
    e.inter2 = static_cast<int>(r.integer("inter2", 0, 8));
    e.fatalities = r.integer("fatalities", 0, 10'000'000);
    e.injuries = r.integer("injuries", 0, 10'000'000);
    e.location = r.str("location");
    e.location_text = r.str("location_text");
    e.admin1 = r.str("admin1");
    e.admin2 = r.str("admin2");
    e.country_code = r.str("country_code");

    // The geometry is authoritative for the position; latitude/longitude are its copy.
    auto git = feature.find("geometry");
    if (git != feature.end() && !git->is_null()) {
        const auto& g = *git;
        ErrorContext c = where;
        c.field = "geometry";
        if (!g.is_object() || g.value("type", "") != "Point") {
            throw InputError("expected a Point geometry or null", c);
        }
        auto cit = g.find("coordinates");
        if (cit == g.end() || !cit->is_array() || cit->size() < 2 || !(*cit)[0].is_number() ||
            !(*cit)[1].is_number()) {
            throw InputError("expected coordinates [lon, lat]", c);
        }
        const double lon = (*cit)[0].get<double>();
        const double lat = (*cit)[1].get<double>();
        if (!std::isfinite(lon) || !std::isfinite(lat) || lon < -180.0 || lon > 180.0 ||
            lat < -90.0 || lat > 90.0) {
            throw InputError("coordinates outside [-180,180] x [-90,90]", c);
        }
        e.longitude = lon;
        e.latitude = lat;
    } else {
        e.latitude = r.opt_num("latitude");
        e.longitude = r.opt_num("longitude");
        if (e.latitude.has_value() != e.longitude.has_value()) {
            r.fail("latitude", "latitude and longitude must both be set or both be null");
        }
    }
    if (e.latitude) {
        e.geo_precision = static_cast<int>(r.integer("geo_precision", 0, 3));
    }
    e.uncertainty_m = r.opt_num("uncertainty_m");
    e.place_id = r.integer("place_id", 0, INT64_MAX);
    e.geonames_id = r.integer("geonames_id", 0, INT64_MAX);
    e.feature_code = r.str("feature_code");
    e.disputed = r.boolean("disputed");
    e.disputed_area = r.opt_str("disputed_area");
    e.kri_distance_km = r.opt_num("kri_distance_km");
    e.background = r.boolean("background");
    e.notes = r.str("notes");
    e.source = r.str("source");
    if (const auto* ids = r.find("article_ids")) {
        if (!ids->is_array()) {
            r.fail("article_ids", "expected an array of strings");
        }
        for (const auto& id : *ids) {
            if (!id.is_string()) {
                r.fail("article_ids", "expected an array of strings");
            }
            e.article_ids.push_back(id.get<std::string>());
        }
    }
    if (e.article_ids.empty() && !e.article_id.empty()) {
        e.article_ids.push_back(e.article_id);
    }
    e.confidence = r.opt_num("confidence").value_or(0.0);
    e.reference_location = r.opt_str("reference_location");
    e.reference_latitude = r.opt_num("reference_latitude");
    e.reference_longitude = r.opt_num("reference_longitude");
    return e;
}

} // namespace conflictmap
