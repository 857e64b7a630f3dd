#include "geo/region_distance.hpp"

#include "core/error.hpp"
#include "geo/geodesy.hpp"
#include "geo/geos_bridge.hpp"
#include "geo/per_thread.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <geodesic.h>
#include <limits>
#include <map>
#include <mutex>
#include <proj.h>
#include <utility>

namespace conflictmap::geo {

namespace {

/// The metric plane: a Lambert conformal conic (lat_1 32.5, lat_2 36.5, lat_0 34.5, lon_0 44,
/// WGS84 ellipsoid, metres), reached from lon/lat degrees. This is the operation
/// proj_create_crs_to_crs("EPSG:4326", "+proj=lcc ... +type=crs") normalised for
/// visualisation resolves to, written out: creating it from the CRS pair queried PROJ's
/// database (about 50 million instructions, every thread, every run); the pipeline needs
/// none and computes the same coordinates.
constexpr const char* kMetricOperation =
    "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step +proj=lcc +lat_0=34.5 "
    "+lon_0=44 +lat_1=32.5 +lat_2=36.5 +x_0=0 +y_0=0 +ellps=WGS84";
constexpr double kWindowWest = 30, kWindowEast = 58, kWindowSouth = 22, kWindowNorth = 45;

bool in_window(double lat, double lon) {
    return lon >= kWindowWest && lon <= kWindowEast && lat >= kWindowSouth && lat <= kWindowNorth;
}

/// WGS84 lon/lat -> the metric plane, through PROJ (one per thread).
class MetricProjection {
public:
    MetricProjection() : ctx_(proj_context_create()) {
        pj_ = proj_create(ctx_, kMetricOperation); // lon, lat in; x, y out
        if (pj_ == nullptr) {
            const std::string detail = proj_context_errno_string(ctx_, proj_context_errno(ctx_));
            proj_context_destroy(ctx_);
            throw LibraryError("PROJ", "cannot create the metric projection", detail);
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

/// Nearest-segment search over a fixed set of segments in the metric plane. GEOS's prepared
/// distance builds a tree for every query point (~3 us a query on the Kurdistan Region); this
/// branch-and-bound over runs of consecutive segments takes a fraction of that, needs no
/// per-thread state and gives the same exact Euclidean distance.
class SegmentIndex {
public:
    explicit SegmentIndex(const MultiLineString& lines) {
        for (const auto& line : lines) {
            for (std::size_t i = 1; i < line.size(); ++i) {
                const double vx = line[i][0] - line[i - 1][0], vy = line[i][1] - line[i - 1][1];
                const double len2 = (vx * vx) + (vy * vy);
                segments_.push_back(
                    {line[i - 1][0], line[i - 1][1], vx, vy, len2 > 0 ? 1 / len2 : 0.0});
            }
            // Runs never span two lines, so their boxes stay tight.
            while (chunked_ < segments_.size()) {
                const std::size_t end = std::min(chunked_ + kRun, segments_.size());
                Chunk c{segments_[chunked_].x0,
                        segments_[chunked_].y0,
                        segments_[chunked_].x0,
                        segments_[chunked_].y0,
                        chunked_,
                        end};
                for (std::size_t k = chunked_; k < end; ++k) {
                    const auto& sg = segments_[k];
                    c.xmin = std::min({c.xmin, sg.x0, sg.x0 + sg.vx});
                    c.ymin = std::min({c.ymin, sg.y0, sg.y0 + sg.vy});
                    c.xmax = std::max({c.xmax, sg.x0, sg.x0 + sg.vx});
                    c.ymax = std::max({c.ymax, sg.y0, sg.y0 + sg.vy});
                }
                chunks_.push_back(c);
                chunked_ = end;
            }
        }
    }

    bool empty() const noexcept { return segments_.empty(); }

    /// Euclidean distance from (x, y) to the nearest segment (infinity when there is none).
    double distance(double x, double y) const {
        // Start from the run whose box is nearest, then visit only runs that could beat it.
        std::size_t first = 0;
        double first_bound = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < chunks_.size(); ++i) {
            const double b = box_distance2(chunks_[i], x, y);
            if (b < first_bound) {
                first_bound = b;
                first = i;
            }
        }
        double best = std::numeric_limits<double>::infinity();
        if (chunks_.empty()) {
            return best;
        }
        best = run_distance2(chunks_[first], x, y, best);
        for (std::size_t i = 0; i < chunks_.size(); ++i) {
            if (i != first && box_distance2(chunks_[i], x, y) < best) {
                best = run_distance2(chunks_[i], x, y, best);
            }
        }
        return std::sqrt(best);
    }

private:
    static constexpr std::size_t kRun = 16;
    struct Segment {
        double x0, y0, vx, vy, inv_len2; // start, direction, 1 / |direction|² (0: a point)
    };
    struct Chunk {
        double xmin, ymin, xmax, ymax;
        std::size_t begin, end;
    };

    static double box_distance2(const Chunk& c, double x, double y) {
        const double dx = std::max({c.xmin - x, 0.0, x - c.xmax});
        const double dy = std::max({c.ymin - y, 0.0, y - c.ymax});
        return (dx * dx) + (dy * dy);
    }

    double run_distance2(const Chunk& c, double x, double y, double best) const {
        for (std::size_t k = c.begin; k < c.end; ++k) {
            const auto& s = segments_[k];
            const double wx = x - s.x0, wy = y - s.y0;
            const double t = std::clamp(((wx * s.vx) + (wy * s.vy)) * s.inv_len2, 0.0, 1.0);
            const double dx = wx - (t * s.vx), dy = wy - (t * s.vy);
            best = std::min(best, (dx * dx) + (dy * dy));
        }
        return best;
    }

    std::vector<Segment> segments_;
    std::vector<Chunk> chunks_;
    std::size_t chunked_ = 0;
};

MultiLineString rings_of(const MultiPolygon& polygons) {
    MultiLineString out;
    for (const auto& p : polygons) {
        for (const auto& r : p.rings) {
            out.push_back(r);
        }
    }
    return out;
}

/// One thread's PROJ transformation and GEOS objects for the inside test.
struct DistanceState {
    MetricProjection projection;
    GeosContext ctx;
    GeomPtr region; // lon/lat
    PreparedPtr region_prepared;
    double west, south, east, north; // the region's envelope, a cheap outside test

    explicit DistanceState(const MultiPolygon& r)
        : region(to_geos(ctx, r)), region_prepared(prepare(ctx, region.get())) {
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
    SegmentIndex region_edges;          // metric plane: distance from outside
    SegmentIndex inner_boundary;        // metric plane: distance from inside
    std::vector<Position> far_vertices; // lon/lat of the boundary, for points off the window
    PerThread<DistanceState> states;
    // far_km measures hundreds of vertices geodesically (~0.5 M instructions a point), and the
    // far places a corpus names (capitals abroad) are few and repeat: each is measured once.
    // Keyed by the coordinates' bits, so a remembered answer is the one a new call would give.
    mutable std::mutex far_mutex;
    mutable std::map<std::pair<std::uint64_t, std::uint64_t>, double> far_memo;
    static constexpr std::size_t kFarMemoLimit = 1 << 16; // then forgotten: memory stays flat

    Impl(MultiPolygon r, const MultiLineString& inner)
        : Impl(std::move(r), inner, MetricProjection()) {}
    // One projection for both: each costs a PROJ context and look-ups in PROJ's database, a
    // good part of what a run does before its first article.
    Impl(MultiPolygon r, const MultiLineString& inner, const MetricProjection& projection)
        : region(std::move(r)), region_edges(project_all(projection, rings_of(region))),
          inner_boundary(project_all(projection, inner)),
          states([this] { return std::make_unique<DistanceState>(region); }) {
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
        const std::pair key{std::bit_cast<std::uint64_t>(lat), std::bit_cast<std::uint64_t>(lon)};
        {
            const std::lock_guard lock(far_mutex);
            if (const auto it = far_memo.find(key); it != far_memo.end()) {
                return it->second;
            }
        }
        const double km = measure_far_km(lat, lon);
        const std::lock_guard lock(far_mutex);
        if (far_memo.size() >= kFarMemoLimit) {
            far_memo.clear();
        }
        far_memo.emplace(key, km);
        return km;
    }

    double measure_far_km(double lat, double lon) const {
        // Far away, the nearest vertex is found with the fast approximation first; only the
        // vertices that could still be nearest are measured geodesically.
        double approx_best = std::numeric_limits<double>::infinity();
        for (const auto& v : far_vertices) {
            approx_best = std::min(approx_best, approx_distance_km({lat, lon}, {v[1], v[0]}));
        }
        geod_geodesic wgs84{};
        geod_init(&wgs84, 6378137.0, 1 / 298.257223563);
        double best = std::numeric_limits<double>::infinity();
        for (const auto& v : far_vertices) {
            if (approx_distance_km({lat, lon}, {v[1], v[0]}) > approx_best * 1.05 + 5.0) {
                continue;
            }
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
    const auto& edges = inside ? impl_->inner_boundary : impl_->region_edges;
    if (edges.empty()) {
        return std::nullopt; // nothing to measure to
    }
    const Position xy = s.projection.forward(lon, lat);
    const double metres = edges.distance(xy[0], xy[1]);
    return (inside ? -metres : metres) / 1000;
}

} // namespace conflictmap::geo
