#include "geo/region_distance.hpp"

#include "core/error.hpp"
#include "geo/geos_bridge.hpp"
#include "geo/per_thread.hpp"

#include <cmath>
#include <geodesic.h>
#include <limits>
#include <proj.h>

namespace conflictmap::geo {

namespace {

constexpr const char* kMetricCrs =
    "+proj=lcc +lat_1=32.5 +lat_2=36.5 +lat_0=34.5 +lon_0=44 +ellps=WGS84 +units=m +no_defs "
    "+type=crs";
constexpr double kWindowWest = 30, kWindowEast = 58, kWindowSouth = 22, kWindowNorth = 45;

bool in_window(double lat, double lon) {
    return lon >= kWindowWest && lon <= kWindowEast && lat >= kWindowSouth && lat <= kWindowNorth;
}

/// WGS84 lon/lat -> the metric plane, through PROJ (one per thread).
class MetricProjection {
public:
    MetricProjection() : ctx_(proj_context_create()) {
        PJ* raw = proj_create_crs_to_crs(ctx_, "EPSG:4326", kMetricCrs, nullptr);
        if (raw == nullptr) {
            const std::string detail = proj_context_errno_string(ctx_, proj_context_errno(ctx_));
            proj_context_destroy(ctx_);
            throw LibraryError("PROJ", "cannot create the metric projection", detail);
        }
        pj_ = proj_normalize_for_visualization(ctx_, raw); // lon, lat order
        proj_destroy(raw);
        if (pj_ == nullptr) {
            proj_context_destroy(ctx_);
            throw LibraryError("PROJ", "cannot normalise the metric projection");
        }
    }
    ~MetricProjection() {
        proj_destroy(pj_);
        proj_context_destroy(ctx_);
    }
    MetricProjection(const MetricProjection&) = delete;
    MetricProjection& operator=(const MetricProjection&) = delete;

    Position forward(double lon, double lat) const {
        const PJ_COORD out = proj_trans(pj_, PJ_FWD, proj_coord(lon, lat, 0, 0));
        return {out.xy.x, out.xy.y};
    }

private:
    PJ_CONTEXT* ctx_;
    PJ* pj_ = nullptr;
};

template <class Parts>
Parts project_all(const MetricProjection& p, Parts parts) {
    for (auto& part : parts) {
        if constexpr (std::is_same_v<Parts, MultiPolygon>) {
            for (auto& ring : part.rings) {
                for (auto& pos : ring) {
                    pos = p.forward(pos[0], pos[1]);
                }
            }
        } else {
            for (auto& pos : part) {
                pos = p.forward(pos[0], pos[1]);
            }
        }
    }
    return parts;
}

struct DistanceState {
    MetricProjection projection;
    GeosContext ctx;
    GeomPtr region;          // lon/lat, for the inside test
    GeomPtr region_metric;   // projected, distance from outside
    GeomPtr boundary_metric; // projected inner boundary, distance from inside
    PreparedPtr region_prepared;
    PreparedPtr region_metric_prepared;
    PreparedPtr boundary_metric_prepared;
    double west, south, east, north; // the region's envelope, a cheap outside test

    DistanceState(const MultiPolygon& r, const MultiPolygon& r_metric,
                  const MultiLineString& b_metric)
        : region(to_geos(ctx, r)), region_metric(to_geos(ctx, r_metric)),
          boundary_metric(to_geos(ctx, b_metric)), region_prepared(prepare(ctx, region.get())),
          region_metric_prepared(prepare(ctx, region_metric.get())),
          boundary_metric_prepared(prepare(ctx, boundary_metric.get())) {
        if (GEOSGeom_getXMin_r(ctx.get(), region.get(), &west) == 0 ||
            GEOSGeom_getYMin_r(ctx.get(), region.get(), &south) == 0 ||
            GEOSGeom_getXMax_r(ctx.get(), region.get(), &east) == 0 ||
            GEOSGeom_getYMax_r(ctx.get(), region.get(), &north) == 0) {
            west = east = south = north = std::numeric_limits<double>::quiet_NaN();
        }
    }
};

} // namespace

struct SignedRegionDistance::Impl {
    MultiPolygon region;
    MultiPolygon region_metric;
    MultiLineString boundary_metric;
    std::vector<Position> far_vertices; // lon/lat of the boundary, for points off the window
    PerThread<DistanceState> states;

    Impl(MultiPolygon r, MultiLineString inner)
        : region(std::move(r)), states([this] {
              return std::make_unique<DistanceState>(region, region_metric, boundary_metric);
          }) {
        const MetricProjection projection;
        region_metric = project_all(projection, region);
        boundary_metric = project_all(projection, inner);
        for (const auto& polygon : region) {
            for (const auto& ring : polygon.rings) {
                far_vertices.insert(far_vertices.end(), ring.begin(), ring.end());
            }
        }
    }

    bool contains(DistanceState& s, double lat, double lon) const {
        if (!(lon >= s.west && lon <= s.east && lat >= s.south && lat <= s.north)) {
            return false;
        }
        auto point = make_point(s.ctx, lon, lat);
        return GEOSPreparedIntersects_r(s.ctx.get(), s.region_prepared.get(), point.get()) == 1;
    }

    double far_km(double lat, double lon) const {
        geod_geodesic wgs84{};
        geod_init(&wgs84, 6378137.0, 1 / 298.257223563);
        double best = std::numeric_limits<double>::infinity();
        for (const auto& v : far_vertices) {
            double metres = 0;
            geod_inverse(&wgs84, lat, lon, v[1], v[0], &metres, nullptr, nullptr);
            best = std::min(best, metres);
        }
        return best / 1000;
    }
};

SignedRegionDistance::SignedRegionDistance(MultiPolygon region, MultiLineString inner_boundary)
    : impl_(std::make_unique<Impl>(std::move(region), std::move(inner_boundary))) {}
SignedRegionDistance::SignedRegionDistance(SignedRegionDistance&&) noexcept = default;
SignedRegionDistance& SignedRegionDistance::operator=(SignedRegionDistance&&) noexcept = default;
SignedRegionDistance::~SignedRegionDistance() = default;

bool SignedRegionDistance::contains(double lat, double lon) const {
    if (!std::isfinite(lat) || !std::isfinite(lon) || impl_->region.empty()) {
        return false;
    }
    return impl_->contains(impl_->states.local(), lat, lon);
}

std::optional<double> SignedRegionDistance::km(double lat, double lon) const {
    if (!std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90 || std::abs(lon) > 180 ||
        impl_->region.empty()) {
        return std::nullopt;
    }
    DistanceState& s = impl_->states.local();
    const bool inside = impl_->contains(s, lat, lon);
    if (!in_window(lat, lon)) {
        return inside ? -impl_->far_km(lat, lon) : impl_->far_km(lat, lon);
    }
    const Position xy = s.projection.forward(lon, lat);
    auto point = make_point(s.ctx, xy[0], xy[1]);
    double metres = 0;
    const auto* target = inside ? s.boundary_metric_prepared.get() : s.region_metric_prepared.get();
    if (inside && GEOSisEmpty_r(s.ctx.get(), s.boundary_metric.get()) == 1) {
        return std::nullopt; // no inner boundary to measure to
    }
    if (GEOSPreparedDistance_r(s.ctx.get(), target, point.get(), &metres) != 1) {
        return std::nullopt;
    }
    return (inside ? -metres : metres) / 1000;
}

} // namespace conflictmap::geo
