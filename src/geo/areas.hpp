// Polygon and line layers the program ships or reads: Iraq's governorates (admin-1), the
// disputed territories, their dissolved outline and the Kurdistan Region boundary. Plain value
// types (lon/lat degrees, WGS84) so the map writers and the SVG renderer need no GEOS.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace conflictmap::geo {

using Position = std::array<double, 2>; ///< {lon, lat}
using Ring = std::vector<Position>;     ///< closed: first == last
/// rings[0] is the exterior (counter-clockwise), the rest are holes (clockwise), as RFC 7946.
struct Polygon {
    std::vector<Ring> rings;
};
using MultiPolygon = std::vector<Polygon>;
using LineString = std::vector<Position>;
using MultiLineString = std::vector<LineString>;
using Geometry = std::variant<MultiPolygon, MultiLineString>;

using AttributeValue = std::variant<std::monostate, std::string, std::int64_t, double, bool>;

struct AreaFeature {
    /// Attributes in schema order (the same names, in the same order, on every feature).
    std::vector<std::pair<std::string, AttributeValue>> attributes;
    Geometry geometry;

    const AttributeValue* attribute(std::string_view name) const;
    /// The attribute as text ("" when missing or null).
    std::string text(std::string_view name) const;
};

struct AreaLayer {
    std::string name; ///< layer name: "admin1", "disputed_territories", ...
    std::vector<AreaFeature> features;
};

/// Iraq's 18 governorates from the embedded Natural Earth admin-1 layer (parsed once, on first
/// use; thread-safe), in admin1_code order, with the attributes: name (English: "Kirkuk",
/// "Nineveh", "Erbil", "Duhok", "Sulaymaniyah", ...), name_ar, name_ku and name_ckb (Kurdish,
/// Latin and Arabic script; "" where Kurdish names are not in use), admin1_code (GeoNames,
/// "13"), iso_3166_2 ("IQ-KI"), fips ("IZ13"), natural_earth_name ("At-Ta'mim"), kri (bool: in
/// the Kurdistan Region) and alt_names ('|'-separated). Halabja is inside Sulaymaniyah and
/// Baghdad is only the city, as in Natural Earth (gazetteer/README.md).
const AreaLayer& iraq_admin1();

/// Which feature of a polygon layer contains a point: GEOS prepared geometries behind an
/// STRtree, built once and queried many times. Queries are thread-safe: each calling thread
/// gets its own GEOS context, prepared geometries and tree, built on its first query.
///
/// Rules: polygons are closed sets, so a point on a feature's boundary is inside it; a point on
/// a boundary shared by two features belongs to the one with the lower index (so counts add up
/// to the number of points). Invalid polygons (self-intersections, bow-ties) are repaired once
/// with GEOSMakeValid (structure method: a bow-tie becomes its two triangles) and the repaired
/// geometry is used; features that are not polygons never match.
class PointInPolygonIndex {
public:
    explicit PointInPolygonIndex(const AreaLayer& layer);
    PointInPolygonIndex(PointInPolygonIndex&&) noexcept;
    PointInPolygonIndex& operator=(PointInPolygonIndex&&) noexcept;
    ~PointInPolygonIndex();

    /// Index of the feature containing (lon, lat), or -1 when none does (or a coordinate is
    /// not finite).
    long find(double lon, double lat) const;

    /// Number of features (the layer's).
    std::size_t size() const noexcept;
    /// How many features had invalid polygons that were repaired.
    std::size_t repaired_count() const noexcept;
    /// The (repaired) polygons of feature i; empty for features that are not polygons.
    const MultiPolygon& polygon(std::size_t i) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// The result of tagging one point.
struct DisputedTag {
    bool disputed = false;
    std::optional<std::string> area; ///< the area's name ("Kirkuk", "Mandali") when disputed
    /// Signed distance in km (metric, not degrees) to the Kurdistan Region: negative inside,
    /// measured to the Region's boundary with the rest of Iraq; positive outside, measured to
    /// the Region. None when a coordinate is not finite or out of range.
    std::optional<double> kri_distance_km;
};

/// Iraq's disputed territories: one feature per UNAMI-listed area (and the extended claims
/// when asked for), with tagging of points. Loaded from the embedded layer or from a file
/// written by `conflictmap disputed build`.
///
/// Rules: a point on the border between two areas belongs to the one listed first (UNAMI's
/// order, then the claims), so a listed district wins over a claim that overlaps it; a point on
/// the outline's edge is disputed. Invalid polygons in a file are repaired (GEOSMakeValid). The
/// Kurdistan Region is Duhok, Erbil and Sulaymaniyah governorates (Halabja included) minus the
/// listed areas, so a disputed point is never inside it (Makhmour is in Erbil governorate but
/// disputed). Tagging is thread-safe: GEOS and PROJ handles are kept per calling thread.
class DisputedTerritories {
public:
    /// The embedded layer; extended_claims adds the wider Kurdish claims (Bashiqa, Zummar, ...).
    static DisputedTerritories embedded(bool extended_claims = false);
    /// A layer written by `conflictmap disputed build` (any OGR source): the areas from its
    /// layer "disputed_territories" (or its only layer), which must have a "name" attribute;
    /// the Kurdistan Region from its "kri_region" and "kri_boundary" layers when present, else
    /// the embedded ones. The outline is computed. Throws InputError.
    static DisputedTerritories from_file(const std::string& path, bool extended_claims = false);

    DisputedTerritories(DisputedTerritories&&) noexcept;
    DisputedTerritories& operator=(DisputedTerritories&&) noexcept;
    ~DisputedTerritories();

    /// Layer "disputed_territories": the areas with their attributes.
    const AreaLayer& areas() const;
    /// Layer "disputed_outline": the dissolved union of the areas (one feature).
    const AreaLayer& outline() const;
    /// Layer "kri_boundary": the Kurdistan Region's boundary with the rest of Iraq (lines).
    const AreaLayer& kri_boundary() const;
    /// Layer "kri_region": the Kurdistan Region as a polygon (see the rules above).
    const AreaLayer& kri_region() const;

    /// Tag a WGS84 point (thread-safe; about 1 us).
    DisputedTag tag(double lat, double lon) const;

private:
    /// tag's work, without the memo of the points this thread has tagged.
    DisputedTag measure(double lat, double lon) const;
    struct Impl;
    explicit DisputedTerritories(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace conflictmap::geo
