#include "geo/areas.hpp"
#include "geo/geos_bridge.hpp"
#include "geo/per_thread.hpp"

#include <algorithm>
#include <cmath>

namespace conflictmap::geo {

namespace {

/// One thread's GEOS objects: the polygons, their prepared forms and an STRtree over them.
struct IndexState {
    GeosContext ctx;
    std::vector<GeomPtr> geometries;
    std::vector<PreparedPtr> prepared;
    std::vector<std::size_t> ids; // STRtree items point into this vector
    GEOSSTRtree* tree = nullptr;
    std::vector<std::size_t> candidates; // reused between queries

    explicit IndexState(const std::vector<MultiPolygon>& polygons) {
        tree = GEOSSTRtree_create_r(ctx.get(), 10);
        if (tree == nullptr) {
            ctx.fail("cannot create an STRtree");
        }
        ids.resize(polygons.size());
        geometries.reserve(polygons.size());
        prepared.reserve(polygons.size());
        for (std::size_t i = 0; i < polygons.size(); ++i) {
            ids[i] = i;
            geometries.push_back(to_geos(ctx, polygons[i]));
            prepared.push_back(prepare(ctx, geometries[i].get()));
            if (!polygons[i].empty()) {
                GEOSSTRtree_insert_r(ctx.get(), tree, geometries[i].get(), &ids[i]);
            }
        }
    }
    ~IndexState() {
        prepared.clear(); // before the geometries they refer to
        GEOSSTRtree_destroy_r(ctx.get(), tree);
    }
    IndexState(const IndexState&) = delete;
    IndexState& operator=(const IndexState&) = delete;
};

void collect_candidate(void* item, void* user) {
    static_cast<std::vector<std::size_t>*>(user)->push_back(*static_cast<std::size_t*>(item));
}

} // namespace

struct PointInPolygonIndex::Impl {
    std::vector<MultiPolygon> polygons; // valid, one per feature (empty for non-polygons)
    std::size_t repaired = 0;
    PerThread<IndexState> states;

    explicit Impl(const AreaLayer& layer)
        : states([this] { return std::make_unique<IndexState>(polygons); }) {
        GeosContext ctx;
        polygons.reserve(layer.features.size());
        for (const auto& feature : layer.features) {
            const auto* mp = std::get_if<MultiPolygon>(&feature.geometry);
            if (mp == nullptr) {
                polygons.emplace_back();
                continue;
            }
            bool fixed = false;
            auto valid = make_valid_polygonal(ctx, to_geos(ctx, *mp).get(), &fixed);
            repaired += fixed ? 1 : 0;
            polygons.push_back(polygons_from_geos(ctx, valid.get()));
        }
    }
};

PointInPolygonIndex::PointInPolygonIndex(const AreaLayer& layer)
    : impl_(std::make_unique<Impl>(layer)) {}
PointInPolygonIndex::PointInPolygonIndex(PointInPolygonIndex&&) noexcept = default;
PointInPolygonIndex& PointInPolygonIndex::operator=(PointInPolygonIndex&&) noexcept = default;
PointInPolygonIndex::~PointInPolygonIndex() = default;

std::size_t PointInPolygonIndex::size() const noexcept {
    return impl_->polygons.size();
}

std::size_t PointInPolygonIndex::repaired_count() const noexcept {
    return impl_->repaired;
}

const MultiPolygon& PointInPolygonIndex::polygon(std::size_t i) const {
    return impl_->polygons.at(i);
}

long PointInPolygonIndex::find(double lon, double lat) const {
    if (!std::isfinite(lon) || !std::isfinite(lat)) {
        return -1;
    }
    IndexState& s = impl_->states.local();
    auto point = make_point(s.ctx, lon, lat);
    s.candidates.clear();
    GEOSSTRtree_query_r(s.ctx.get(), s.tree, point.get(), collect_candidate, &s.candidates);
    // Lowest index first: a point on a shared boundary belongs to the earlier feature.
    std::sort(s.candidates.begin(), s.candidates.end());
    for (const std::size_t i : s.candidates) {
        if (GEOSPreparedIntersects_r(s.ctx.get(), s.prepared[i].get(), point.get()) == 1) {
            return static_cast<long>(i);
        }
    }
    return -1;
}

} // namespace conflictmap::geo
