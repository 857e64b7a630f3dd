#include "geo/geos_bridge.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cmath>
#include <geodesic.h>

namespace conflictmap::geo {

namespace {

void on_geos_message(const char* message, void* user) {
    *static_cast<std::string*>(user) = message != nullptr ? message : "";
}

GEOSCoordSequence* coordinate_sequence(GeosContext& ctx, const std::vector<Position>& points) {
    // Position is {lon, lat}: the interleaved x,y buffer GEOS copies from.
    auto* seq = GEOSCoordSeq_copyFromBuffer_r(ctx.get(), points.data()->data(),
                                              static_cast<unsigned>(points.size()), 0, 0);
    if (seq == nullptr) {
        ctx.fail("cannot create a coordinate sequence");
    }
    return seq;
}

std::vector<Position> positions(GeosContext& ctx, const GEOSGeometry* g) {
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx.get(), g);
    unsigned n = 0;
    if (seq == nullptr || GEOSCoordSeq_getSize_r(ctx.get(), seq, &n) == 0) {
        ctx.fail("cannot read a coordinate sequence");
    }
    std::vector<Position> out(n);
    if (n != 0 && GEOSCoordSeq_copyToBuffer_r(ctx.get(), seq, out.data()->data(), 0, 0) == 0) {
        ctx.fail("cannot read a coordinate sequence");
    }
    return out;
}

/// Signed planar area of a closed ring (positive when counter-clockwise).
double signed_area(const Ring& ring) {
    double sum = 0;
    for (std::size_t i = 1; i < ring.size(); ++i) {
        sum += (ring[i - 1][0] * ring[i][1]) - (ring[i][0] * ring[i - 1][1]);
    }
    return sum / 2;
}

void orient(Ring& ring, bool counter_clockwise) {
    if ((signed_area(ring) > 0) != counter_clockwise) {
        std::reverse(ring.begin(), ring.end());
    }
}

void collect_polygons(GeosContext& ctx, const GEOSGeometry* g, MultiPolygon& out) {
    const int type = GEOSGeomTypeId_r(ctx.get(), g);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(ctx.get(), g) == 1) {
            return;
        }
        Polygon polygon;
        Ring exterior = positions(ctx, GEOSGetExteriorRing_r(ctx.get(), g));
        orient(exterior, true);
        polygon.rings.push_back(std::move(exterior));
        const int holes = GEOSGetNumInteriorRings_r(ctx.get(), g);
        for (int i = 0; i < holes; ++i) {
            Ring hole = positions(ctx, GEOSGetInteriorRingN_r(ctx.get(), g, i));
            orient(hole, false);
            polygon.rings.push_back(std::move(hole));
        }
        out.push_back(std::move(polygon));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(ctx.get(), g);
        for (int i = 0; i < n; ++i) {
            collect_polygons(ctx, GEOSGetGeometryN_r(ctx.get(), g, i), out);
        }
    }
}

void collect_lines(GeosContext& ctx, const GEOSGeometry* g, MultiLineString& out) {
    const int type = GEOSGeomTypeId_r(ctx.get(), g);
    if (type == GEOS_LINESTRING || type == GEOS_LINEARRING) {
        if (GEOSisEmpty_r(ctx.get(), g) != 1) {
            out.push_back(positions(ctx, g));
        }
    } else if (type == GEOS_MULTILINESTRING || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(ctx.get(), g);
        for (int i = 0; i < n; ++i) {
            collect_lines(ctx, GEOSGetGeometryN_r(ctx.get(), g, i), out);
        }
    }
}

GeomPtr make_collection(GeosContext& ctx, int type, std::vector<GEOSGeometry*>& parts) {
    auto* g = GEOSGeom_createCollection_r(ctx.get(), type, parts.data(),
                                          static_cast<unsigned>(parts.size()));
    if (g == nullptr) {
        for (auto* p : parts) {
            GEOSGeom_destroy_r(ctx.get(), p);
        }
        ctx.fail("cannot create a collection");
    }
    return GeomPtr(g, GeomDeleter{ctx.get()});
}

} // namespace

GeosContext::GeosContext() : handle_(GEOS_init_r()) {
    GEOSContext_setErrorMessageHandler_r(handle_, on_geos_message, &last_error_);
}

GeosContext::~GeosContext() {
    GEOS_finish_r(handle_);
}

std::string GeosContext::take_error() {
    std::string e;
    e.swap(last_error_);
    return e;
}

void GeosContext::fail(const std::string& what) {
    throw LibraryError("GEOS", what, take_error());
}

GeomPtr own(GeosContext& ctx, GEOSGeometry* g, const char* what) {
    if (g == nullptr) {
        ctx.fail(what);
    }
    return GeomPtr(g, GeomDeleter{ctx.get()});
}

PreparedPtr prepare(GeosContext& ctx, const GEOSGeometry* g) {
    const auto* p = GEOSPrepare_r(ctx.get(), g);
    if (p == nullptr) {
        ctx.fail("cannot prepare a geometry");
    }
    return PreparedPtr(p, PreparedDeleter{ctx.get()});
}

GeomPtr to_geos(GeosContext& ctx, const MultiPolygon& polygons) {
    std::vector<GeomPtr> parts;
    parts.reserve(polygons.size());
    for (const auto& polygon : polygons) {
        if (polygon.rings.empty() || polygon.rings[0].size() < 4) {
            continue; // a ring needs at least 4 positions (a closed triangle)
        }
        std::vector<GeomPtr> rings;
        for (const auto& ring : polygon.rings) {
            if (ring.size() >= 4) {
                rings.push_back(
                    own(ctx, GEOSGeom_createLinearRing_r(ctx.get(), coordinate_sequence(ctx, ring)),
                        "cannot create a ring (is it closed?)"));
            }
        }
        std::vector<GEOSGeometry*> holes;
        for (std::size_t i = 1; i < rings.size(); ++i) {
            holes.push_back(rings[i].get());
        }
        auto* p = GEOSGeom_createPolygon_r(ctx.get(), rings[0].get(), holes.data(),
                                           static_cast<unsigned>(holes.size()));
        if (p == nullptr) {
            ctx.fail("cannot create a polygon");
        }
        for (auto& r : rings) {
            (void)r.release(); // the polygon owns its rings now
        }
        parts.push_back(GeomPtr(p, GeomDeleter{ctx.get()}));
    }
    std::vector<GEOSGeometry*> raw;
    for (auto& p : parts) {
        raw.push_back(p.release());
    }
    return make_collection(ctx, GEOS_MULTIPOLYGON, raw);
}

GeomPtr to_geos(GeosContext& ctx, const MultiLineString& lines) {
    std::vector<GeomPtr> parts;
    for (const auto& line : lines) {
        if (line.size() >= 2) {
            parts.push_back(
                own(ctx, GEOSGeom_createLineString_r(ctx.get(), coordinate_sequence(ctx, line)),
                    "cannot create a line"));
        }
    }
    std::vector<GEOSGeometry*> raw;
    for (auto& p : parts) {
        raw.push_back(p.release());
    }
    return make_collection(ctx, GEOS_MULTILINESTRING, raw);
}

GeomPtr to_geos(GeosContext& ctx, const Geometry& geometry) {
    return std::visit([&ctx](const auto& g) { return to_geos(ctx, g); }, geometry);
}

GeomPtr make_point(GeosContext& ctx, double x, double y) {
    return own(ctx, GEOSGeom_createPointFromXY_r(ctx.get(), x, y), "cannot create a point");
}

MultiPolygon polygons_from_geos(GeosContext& ctx, const GEOSGeometry* g) {
    MultiPolygon out;
    collect_polygons(ctx, g, out);
    return out;
}

MultiLineString lines_from_geos(GeosContext& ctx, const GEOSGeometry* g) {
    MultiLineString out;
    collect_lines(ctx, g, out);
    return out;
}

GeomPtr make_valid_polygonal(GeosContext& ctx, const GEOSGeometry* g, bool* repaired) {
    const char valid = GEOSisValid_r(ctx.get(), g);
    if (valid == 2) {
        ctx.fail("cannot check a polygon's validity");
    }
    if (repaired != nullptr) {
        *repaired = valid == 0;
    }
    GeomPtr fixed;
    if (valid == 1) {
        fixed = own(ctx, GEOSGeom_clone_r(ctx.get(), g), "cannot copy a geometry");
    } else {
        auto* params = GEOSMakeValidParams_create_r(ctx.get());
        GEOSMakeValidParams_setMethod_r(ctx.get(), params, GEOS_MAKE_VALID_STRUCTURE);
        GEOSMakeValidParams_setKeepCollapsed_r(ctx.get(), params, 0);
        auto* made = GEOSMakeValidWithParams_r(ctx.get(), g, params);
        GEOSMakeValidParams_destroy_r(ctx.get(), params);
        fixed = own(ctx, made, "cannot repair an invalid polygon");
    }
    // Keep only the polygonal parts (make-valid may return lines or points of collapsed rings).
    MultiPolygon polygons = polygons_from_geos(ctx, fixed.get());
    return to_geos(ctx, polygons);
}

GeomPtr union_of(GeosContext& ctx, const std::vector<const GEOSGeometry*>& parts) {
    std::vector<GEOSGeometry*> clones;
    clones.reserve(parts.size());
    for (const auto* p : parts) {
        auto* c = GEOSGeom_clone_r(ctx.get(), p);
        if (c == nullptr) {
            for (auto* x : clones) {
                GEOSGeom_destroy_r(ctx.get(), x);
            }
            ctx.fail("cannot copy a geometry");
        }
        clones.push_back(c);
    }
    auto collection = make_collection(ctx, GEOS_GEOMETRYCOLLECTION, clones);
    return own(ctx, GEOSUnaryUnion_r(ctx.get(), collection.get()), "cannot union polygons");
}

double geodesic_area_km2(const MultiPolygon& polygons) {
    geod_geodesic wgs84{};
    geod_init(&wgs84, 6378137.0, 1 / 298.257223563);
    double total = 0;
    for (const auto& polygon : polygons) {
        for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
            const Ring& ring = polygon.rings[r];
            geod_polygon p{};
            geod_polygon_init(&p, 0);
            // The closing position repeats the first: leave it out.
            for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                geod_polygon_addpoint(&wgs84, &p, ring[i][1], ring[i][0]);
            }
            double area = 0;
            geod_polygon_compute(&wgs84, &p, 0, 1, &area, nullptr);
            // Counter-clockwise rings give positive areas: the exterior adds, holes subtract.
            total += r == 0 ? std::abs(area) : -std::abs(area);
        }
    }
    return total / 1e6;
}

double intersection_over_union(GeosContext& ctx, const GEOSGeometry* a, const GEOSGeometry* b) {
    auto inter = own(ctx, GEOSIntersection_r(ctx.get(), a, b), "cannot intersect polygons");
    auto uni = own(ctx, GEOSUnion_r(ctx.get(), a, b), "cannot union polygons");
    const double u = geodesic_area_km2(polygons_from_geos(ctx, uni.get()));
    if (u <= 0) {
        return 1.0;
    }
    return geodesic_area_km2(polygons_from_geos(ctx, inter.get())) / u;
}

} // namespace conflictmap::geo
