#include "events/event_json.hpp"

#include "text/json_string.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace conflictmap {

namespace {

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

namespace {

/// A property's name: a string literal and its size, known where it is written.
struct PropertyName {
    const char* text; ///< the literal (NUL-terminated)
    std::size_t size;
    template <std::size_t N>
    constexpr PropertyName(const char (&literal)[N]) noexcept // NOLINT: from literals only
        : text(literal), size(N - 1) {}
};

/// memcpy(to, from, n) for n < 64 by at most two overlapping moves of a fixed size each (4,
/// 8, 16 or 32 bytes; bytes one at a time below 4), so no call is made.
inline void copy_short(char* to, const char* from, std::size_t n) noexcept {
    if (n >= 32) {
        std::memcpy(to, from, 32);
        std::memcpy(to + n - 32, from + n - 32, 32);
    } else if (n >= 16) {
        std::memcpy(to, from, 16);
        std::memcpy(to + n - 16, from + n - 16, 16);
    } else if (n >= 8) {
        std::memcpy(to, from, 8);
        std::memcpy(to + n - 8, from + n - 8, 8);
    } else if (n >= 4) {
        std::memcpy(to, from, 4);
        std::memcpy(to + n - 4, from + n - 4, 4);
    } else {
        for (std::size_t k = 0; k < n; ++k) {
            to[k] = from[k];
        }
    }
}

/// Every property of an event's Feature, in output order, handed to props: one list for the
/// tree (event_to_feature) and for the text written straight (append_feature_json), so the two
/// cannot disagree. props has string(name, string), number(name, double), integer(name,
/// int64), boolean(name, bool), null(name) and strings(name, vector of strings).
template <class Properties>
void each_property(const EventRecord& e, Properties& props) {
    const auto string_or_null = [&](PropertyName name, const std::optional<std::string>& v) {
        v ? props.string(name, *v) : props.null(name);
    };
    const auto number_or_null = [&](PropertyName name, const std::optional<double>& v) {
        v ? props.number(name, *v) : props.null(name);
    };
    const auto id_or_null = [&](PropertyName name, std::int64_t id) {
        id == 0 ? props.null(name) : props.integer(name, id);
    };
    props.string("event_id", e.event_id);
    props.string("article_id", e.article_id);
    if (e.event_date) {
        props.string("event_date", e.event_date->iso());
        props.integer("time_precision", e.time_precision);
    } else {
        props.null("event_date");
        props.null("time_precision");
    }
    props.string("event_type", e.event_type);
    props.string("sub_event_type", e.sub_event_type);
    props.string("actor1", e.actor1);
    props.string("actor2", e.actor2);
    props.integer("fatalities", e.fatalities);
    props.integer("injuries", e.injuries);
    props.string("location", e.location);
    props.string("location_text", e.location_text);
    props.string("admin1", e.admin1);
    props.string("admin2", e.admin2);
    props.string("country_code", e.country_code);
    if (e.latitude && e.longitude) {
        props.number("latitude", round7(*e.latitude));
        props.number("longitude", round7(*e.longitude));
        props.integer("geo_precision", e.geo_precision);
    } else {
        props.null("latitude");
        props.null("longitude");
        props.null("geo_precision");
    }
    number_or_null("uncertainty_m", e.uncertainty_m);
    props.boolean("disputed", e.disputed);
    string_or_null("disputed_area", e.disputed_area);
    props.boolean("background", e.background);
    props.string("notes", e.notes);
    props.string("source", e.source);
    props.number("confidence", std::round(e.confidence * 1000.0) / 1000.0);
    // conflictmap's additions, after the contract.
    props.string("actor1_attribution", e.actor1_attribution);
    props.integer("inter1", e.inter1);
    props.integer("inter2", e.inter2);
    id_or_null("place_id", e.place_id);
    id_or_null("geonames_id", e.geonames_id);
    props.string("feature_code", e.feature_code);
    number_or_null("kri_distance_km", e.kri_distance_km);
    props.strings("article_ids", e.article_ids);
    string_or_null("reference_location", e.reference_location);
    number_or_null("reference_latitude", e.reference_latitude);
    number_or_null("reference_longitude", e.reference_longitude);
}

/// The properties as an ordered nlohmann::json object.
struct PropertyTree {
    ordered_json& object;
    void string(PropertyName name, const std::string& v) { object[name.text] = v; }
    void number(PropertyName name, double v) { object[name.text] = v; }
    void integer(PropertyName name, std::int64_t v) { object[name.text] = v; }
    void boolean(PropertyName name, bool v) { object[name.text] = v; }
    void null(PropertyName name) { object[name.text] = nullptr; }
    void strings(PropertyName name, const std::vector<std::string>& v) { object[name.text] = v; }
};

/// out += literal without its strlen: std::string's += of a const char* calls append, which
/// measures the literal at run time (about 20 times per event written).
template <std::size_t N>
void append_literal(std::string& out, const char (&literal)[N]) {
    out.append(literal, N - 1);
}

/// The properties as JSON text, written as nlohmann's dump() writes the tree. valid turns
/// false when a string is not valid UTF-8 (the caller then lets dump() throw as it does).
struct PropertyText {
    std::string& out;
    bool valid = true;
    bool first = true;

    void name(PropertyName n) {
        // (',"' name '":' put together on the stack and appended at once: appended in four
        // pieces, two of them calls, it cost 1.8M instructions per MiB. The name's size is
        // the literal's, and its bytes are copied by fixed-size moves (copy_short): a strlen
        // and a memcpy call per property cost another 1M.)
        std::array<char, 64> buffer;
        if (n.size + 4 > buffer.size()) {
            if (!first) {
                out += ',';
            }
            out += '"';
            out.append(n.text, n.size);
            append_literal(out, "\":");
        } else {
            std::size_t k = 0;
            if (!first) {
                buffer[k++] = ',';
            }
            buffer[k++] = '"';
            copy_short(buffer.data() + k, n.text, n.size);
            k += n.size;
            buffer[k++] = '"';
            buffer[k++] = ':';
            out.append(buffer.data(), k);
        }
        first = false;
    }
    void string(PropertyName n, std::string_view v) {
        name(n);
        valid = text::append_json_string(v, out) && valid;
    }
    void number(PropertyName n, double v) {
        name(n);
        text::append_json_number(v, out);
    }
    void integer(PropertyName n, std::int64_t v) {
        name(n);
        std::array<char, 24> digits{};
        const auto r = std::to_chars(digits.data(), digits.data() + digits.size(), v);
        out.append(digits.data(), r.ptr);
    }
    void boolean(PropertyName n, bool v) {
        name(n);
        if (v) {
            append_literal(out, "true");
        } else {
            append_literal(out, "false");
        }
    }
    void null(PropertyName n) {
        name(n);
        append_literal(out, "null");
    }
    void strings(PropertyName n, const std::vector<std::string>& v) {
        name(n);
        out += '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i != 0) {
                out += ',';
            }
            valid = text::append_json_string(v[i], out) && valid;
        }
        out += ']';
    }
};

} // namespace

ordered_json event_to_feature(const EventRecord& e) {
    // An ordered object is a vector of (const key, value) pairs: growing it copies every value
    // built so far (a const key cannot be moved), so it is sized once for all the properties.
    ordered_json props = ordered_json::object();
    props.get_ref<ordered_json::object_t&>().reserve(40);
    PropertyTree tree{props};
    each_property(e, tree);

    ordered_json feature;
    feature["type"] = "Feature";
    if (e.latitude && e.longitude) {
        feature["geometry"] = {{"type", "Point"},
                               {"coordinates", {round7(*e.longitude), round7(*e.latitude)}}};
    } else {
        feature["geometry"] = nullptr;
    }
    feature["properties"] = std::move(props);
    return feature;
}

void append_feature_json(const EventRecord& e, std::string& out) {
    const std::size_t start = out.size();
    // (Room for the feature at once, about 700 bytes and its notes: grown from nothing, the
    // string was copied into larger buffers six or seven times.)
    out.reserve(start + 1024 + e.notes.size());
    append_literal(out, "{\"type\":\"Feature\",\"geometry\":");
    if (e.latitude && e.longitude) {
        append_literal(out, "{\"type\":\"Point\",\"coordinates\":[");
        text::append_json_number(round7(*e.longitude), out);
        out += ',';
        text::append_json_number(round7(*e.latitude), out);
        append_literal(out, "]}");
    } else {
        append_literal(out, "null");
    }
    append_literal(out, ",\"properties\":{");
    PropertyText props{out};
    each_property(e, props);
    append_literal(out, "}}");
    if (!props.valid) {
        // A string that is not UTF-8: dump() throws its type_error, as before.
        out.resize(start);
        out += event_to_feature(e).dump();
    }
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
