// The bridge between our plain geometry types (geo/areas.hpp) and GEOS's reentrant C API:
// a context handle that turns GEOS errors into LibraryError, owning handles for geometries and
// prepared geometries, conversions both ways, make-valid, and the geodesic area of polygons.
// One GeosContext per thread (GEOS handles are not thread-safe); geometries made in a context
// are used and destroyed in that context only.
#pragma once

#include "geo/areas.hpp"

#include <geos_c.h>
#include <memory>
#include <string>

namespace conflictmap::geo {

class GeosContext {
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    GEOSContextHandle_t get() const noexcept { return handle_; }
    /// The last error GEOS reported in this context ("" if none), cleared by the call.
    std::string take_error();
    /// Throw LibraryError("GEOS", what, last GEOS message).
    [[noreturn]] void fail(const std::string& what);

private:
    GEOSContextHandle_t handle_;
    std::string last_error_;
};

struct GeomDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSGeometry* g) const noexcept { GEOSGeom_destroy_r(context, g); }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

struct PreparedDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(const GEOSPreparedGeometry* p) const noexcept {
        GEOSPreparedGeom_destroy_r(context, p);
    }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

/// Take ownership of a geometry GEOS returned; throws LibraryError naming `what` on nullptr.
GeomPtr own(GeosContext& ctx, GEOSGeometry* g, const char* what);
/// Prepare a geometry (it must outlive the prepared one).
PreparedPtr prepare(GeosContext& ctx, const GEOSGeometry* g);

GeomPtr to_geos(GeosContext& ctx, const MultiPolygon& polygons);
GeomPtr to_geos(GeosContext& ctx, const MultiLineString& lines);
GeomPtr to_geos(GeosContext& ctx, const Geometry& geometry);
GeomPtr make_point(GeosContext& ctx, double x, double y);

/// The polygons of g (Polygon, MultiPolygon or the polygonal members of a collection), with
/// exterior rings counter-clockwise and holes clockwise (RFC 7946). Other types give {}.
MultiPolygon polygons_from_geos(GeosContext& ctx, const GEOSGeometry* g);
/// The lines of g (LineString, LinearRing, MultiLineString or members of a collection).
MultiLineString lines_from_geos(GeosContext& ctx, const GEOSGeometry* g);

/// g as a valid polygonal geometry: valid input is returned as a copy; invalid input is
/// repaired with GEOSMakeValid (the "structure" method: a bow-tie becomes its two triangles,
/// overlapping parts are merged) and only its polygonal parts are kept. *repaired is set to
/// whether a repair was needed. The result may be empty (a polygon of no area).
GeomPtr make_valid_polygonal(GeosContext& ctx, const GEOSGeometry* g, bool* repaired = nullptr);

/// Union of the geometries (GEOSUnaryUnion of a collection of clones).
GeomPtr union_of(GeosContext& ctx, const std::vector<const GEOSGeometry*>& parts);

/// Area on the WGS84 ellipsoid (PROJ's geodesic routines), in km². Positions are lon/lat.
double geodesic_area_km2(const MultiPolygon& polygons);

/// Area of intersection over area of union of two polygonal geometries (planar, in degrees²:
/// fine for comparing layers of the same region). Returns 1 when both are empty.
double intersection_over_union(GeosContext& ctx, const GEOSGeometry* a, const GEOSGeometry* b);

} // namespace conflictmap::geo
