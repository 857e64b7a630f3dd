#include "events/event_json.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <emmintrin.h>

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

/// A feature's JSON text written through a pointer into out, whose room is made ahead: the
/// string is grown to the text's likely size once and cut to what was written at the end
/// (done), and each write makes sure of its room by one comparison (ensure). Appended piece by
/// piece to the std::string (a call to its append and one to memcpy for each of the ~45 names
/// and ~25 strings of a feature), the text cost about 10M instructions per MiB of articles.
class JsonBuffer {
public:
    JsonBuffer(std::string& out, std::size_t room) : out_(out), start_(out.size()) {
        out_.resize(start_ + room);
        p_ = out_.data() + start_;
        end_ = out_.data() + out_.size();
    }
    JsonBuffer(const JsonBuffer&) = delete;
    JsonBuffer& operator=(const JsonBuffer&) = delete;
    ~JsonBuffer() = default;

    /// Makes room for n more bytes at the write position.
    [[gnu::always_inline]] char* ensure(std::size_t n) {
        if (static_cast<std::size_t>(end_ - p_) < n) {
            grow(n);
        }
        return p_;
    }
    /// The write position, after bytes were written up to p (within the room ensured).
    void advance_to(char* p) noexcept { p_ = p; }
    /// Cuts the string to what was written.
    void done() { out_.resize(static_cast<std::size_t>(p_ - out_.data())); }
    /// Drops all that was written (and the room).
    void undo() { out_.resize(start_); }

private:
    /// (By the feature's own size so far, not the string's: out may already hold a batch of
    /// features, and doubling all of it zero-filled the whole batch again, about 1.1M
    /// instructions per MiB of articles. The string's capacity still grows by doubling.)
    [[gnu::noinline]] void grow(std::size_t n) {
        const auto at = static_cast<std::size_t>(p_ - out_.data());
        out_.resize(at + n + (at - start_));
        p_ = out_.data() + at;
        end_ = out_.data() + out_.size();
    }

    std::string& out_;
    std::size_t start_;
    char* p_ = nullptr;
    char* end_ = nullptr;
};

/// Bit k set when byte k of the 16 at v cannot stand in a JSON string as it is (a quote, a
/// backslash, a control character) or starts a UTF-8 sequence (from 0x80, negative as a signed
/// byte, so below 0x20 too).
[[gnu::always_inline]] inline unsigned json_special_bytes(__m128i v) noexcept {
    const __m128i special = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
        _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
    return static_cast<unsigned>(_mm_movemask_epi8(special));
}

/// Writes v quoted and escaped as text::append_json_string does (nlohmann's dump()): 16 bytes
/// at a time, copied as they are tested. False when v is not valid UTF-8.
bool write_json_string(JsonBuffer& buffer, std::string_view v) {
    const char* s = v.data();
    const char* const end = s + v.size();
    // (Room for the quotes, the bytes and a whole block written past the last one.)
    char* p = buffer.ensure(v.size() + 18);
    *p++ = '"';
    for (;;) {
        unsigned special = 0;
        while (end - s >= 16) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(p), block);
            special = json_special_bytes(block);
            if (special != 0) {
                break;
            }
            s += 16;
            p += 16;
        }
        if (special == 0) {
            // The last bytes, fewer than 16, as a block padded with zeros (which the mask of
            // the bytes read leaves out).
            const auto n = static_cast<std::size_t>(end - s);
            if (n == 0) {
                break;
            }
            alignas(16) char tail[16] = {};
            if (n >= 8) { // (two overlapping moves, as copy_short makes them)
                std::memcpy(tail, s, 8);
                std::memcpy(tail + n - 8, s + n - 8, 8);
            } else if (n >= 4) {
                std::memcpy(tail, s, 4);
                std::memcpy(tail + n - 4, s + n - 4, 4);
            } else {
                for (std::size_t k = 0; k < n; ++k) {
                    tail[k] = s[k];
                }
            }
            const __m128i block = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(p), block);
            special = json_special_bytes(block) & ((1U << n) - 1U);
            if (special == 0) {
                p += n;
                break;
            }
        }
        const auto k = static_cast<unsigned>(std::countr_zero(special));
        s += k;
        p += k;
        const auto c = static_cast<unsigned char>(*s);
        if (c >= 0x80) {
            std::size_t length = 0;
            if (text::decode_utf8(std::string_view(s, static_cast<std::size_t>(end - s)), length) ==
                    text::kReplacementChar &&
                length == 1) {
                return false;
            }
            std::memcpy(p, s, length); // (within the room: the sequence's bytes are v's)
            p += length;
            s += length;
            continue;
        }
        ++s;
        // (An escape takes up to six bytes where the byte took one.)
        buffer.advance_to(p);
        p = buffer.ensure(static_cast<std::size_t>(end - s) + 6 + 17);
        *p++ = '\\';
        switch (c) {
        case '"':
            *p++ = '"';
            break;
        case '\\':
            *p++ = '\\';
            break;
        case '\b':
            *p++ = 'b';
            break;
        case '\f':
            *p++ = 'f';
            break;
        case '\n':
            *p++ = 'n';
            break;
        case '\r':
            *p++ = 'r';
            break;
        case '\t':
            *p++ = 't';
            break;
        default: {
            constexpr char kHex[] = "0123456789abcdef";
            *p++ = 'u';
            *p++ = '0';
            *p++ = '0';
            *p++ = kHex[c >> 4U];
            *p++ = kHex[c & 15U];
        }
        }
    }
    *p++ = '"';
    buffer.advance_to(p);
    return true;
}

/// Writes a double as text::append_json_number does (nlohmann's dump()).
void write_json_number(JsonBuffer& buffer, double value) {
    constexpr std::size_t kRoom = 64;
    char* p = buffer.ensure(kRoom);
    if (!std::isfinite(value)) {
        std::memcpy(p, "null", 4);
        buffer.advance_to(p + 4);
        return;
    }
    buffer.advance_to(nlohmann::detail::to_chars(p, p + kRoom, value));
}

/// The properties as JSON text, written as nlohmann's dump() writes the tree. valid turns
/// false when a string is not valid UTF-8 (the caller then lets dump() throw as it does).
/// (Inline, each name's size is known where it is written: its bytes are a few moves.)
struct PropertyText {
    explicit PropertyText(JsonBuffer& buffer) : out(buffer) {}

    JsonBuffer& out;
    bool valid = true;
    bool first = true;
    /// The coordinates' text, written first in the geometry: the latitude and longitude
    /// properties are the same numbers, copied rather than formatted again.
    double lon = 0.0, lat = 0.0;
    std::string_view lon_text, lat_text;

    [[gnu::always_inline]] void name(PropertyName n) {
        char* p = out.ensure(n.size + 4);
        if (!first) {
            *p++ = ',';
        }
        *p++ = '"';
        std::memcpy(p, n.text, n.size);
        p += n.size;
        *p++ = '"';
        *p++ = ':';
        out.advance_to(p);
        first = false;
    }
    template <std::size_t N>
    [[gnu::always_inline]] void literal(const char (&text)[N]) {
        char* p = out.ensure(N - 1);
        std::memcpy(p, text, N - 1);
        out.advance_to(p + N - 1);
    }
    [[gnu::always_inline]] void string(PropertyName n, std::string_view v) {
        name(n);
        valid = write_json_string(out, v) && valid;
    }
    [[gnu::always_inline]] void number(PropertyName n, double v) {
        name(n);
        const auto bits = std::bit_cast<std::uint64_t>(v);
        const std::string_view same =
            bits == std::bit_cast<std::uint64_t>(lat) && !lat_text.empty()
                ? lat_text
                : (bits == std::bit_cast<std::uint64_t>(lon) && !lon_text.empty()
                       ? lon_text
                       : std::string_view());
        if (!same.empty()) {
            char* p = out.ensure(same.size());
            std::memcpy(p, same.data(), same.size());
            out.advance_to(p + same.size());
            return;
        }
        write_json_number(out, v);
    }
    [[gnu::always_inline]] void integer(PropertyName n, std::int64_t v) {
        name(n);
        char* p = out.ensure(24);
        out.advance_to(std::to_chars(p, p + 24, v).ptr);
    }
    [[gnu::always_inline]] void boolean(PropertyName n, bool v) {
        name(n);
        if (v) {
            literal("true");
        } else {
            literal("false");
        }
    }
    [[gnu::always_inline]] void null(PropertyName n) {
        name(n);
        literal("null");
    }
    void strings(PropertyName n, const std::vector<std::string>& v) {
        name(n);
        literal("[");
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i != 0) {
                literal(",");
            }
            valid = write_json_string(out, v[i]) && valid;
        }
        literal("]");
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
    // (Room for the feature at once, about 700 bytes and its notes and source: grown from
    // nothing, the string was copied into larger buffers six or seven times.)
    JsonBuffer buffer(out, 1024 + e.notes.size() + e.source.size());
    PropertyText props{buffer};
    props.literal("{\"type\":\"Feature\",\"geometry\":");
    if (e.latitude && e.longitude) {
        props.literal("{\"type\":\"Point\",\"coordinates\":[");
        // (Where the two numbers' text is, kept as offsets: the buffer may move.)
        const double lon = round7(*e.longitude), lat = round7(*e.latitude);
        char* const lon_at = buffer.ensure(0);
        write_json_number(buffer, lon);
        char* const comma = buffer.ensure(1);
        const auto lon_size = static_cast<std::size_t>(comma - lon_at);
        std::array<char, 64> lon_text, lat_text;
        std::memcpy(lon_text.data(), lon_at, lon_size);
        *comma = ',';
        buffer.advance_to(comma + 1);
        write_json_number(buffer, lat);
        char* const after = buffer.ensure(0);
        const auto lat_size = static_cast<std::size_t>(after - (comma + 1));
        std::memcpy(lat_text.data(), comma + 1, lat_size);
        props.literal("]}");
        props.lon = lon;
        props.lat = lat;
        props.lon_text = std::string_view(lon_text.data(), lon_size);
        props.lat_text = std::string_view(lat_text.data(), lat_size);
        props.literal(",\"properties\":{");
        each_property(e, props);
    } else {
        props.literal("null,\"properties\":{");
        each_property(e, props);
    }
    props.literal("}}");
    if (!props.valid) {
        // A string that is not UTF-8: dump() throws its type_error, as before.
        buffer.undo();
        out += event_to_feature(e).dump();
        return;
    }
    buffer.done();
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
