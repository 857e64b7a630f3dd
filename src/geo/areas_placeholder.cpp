// Placeholder until the disputed-territories issue lands: empty layers, nothing disputed.
// Replaced by the real implementation (embedded Natural Earth admin-1 and disputed polygons).
#include "geo/areas.hpp"

namespace conflictmap::geo {

const AttributeValue* AreaFeature::attribute(std::string_view name) const {
    for (const auto& [k, v] : attributes) {
        if (k == name) {
            return &v;
        }
    }
    return nullptr;
}

std::string AreaFeature::text(std::string_view name) const {
    const auto* v = attribute(name);
    if (v == nullptr) {
        return {};
    }
    if (const auto* s = std::get_if<std::string>(v)) {
        return *s;
    }
    if (const auto* i = std::get_if<std::int64_t>(v)) {
        return std::to_string(*i);
    }
    if (const auto* d = std::get_if<double>(v)) {
        return std::to_string(*d);
    }
    if (const auto* b = std::get_if<bool>(v)) {
        return *b ? "true" : "false";
    }
    return {};
}

const AreaLayer& iraq_admin1() {
    static const AreaLayer layer{"admin1", {}};
    return layer;
}

struct PointInPolygonIndex::Impl {};
PointInPolygonIndex::PointInPolygonIndex(const AreaLayer&) : impl_(std::make_unique<Impl>()) {}
PointInPolygonIndex::PointInPolygonIndex(PointInPolygonIndex&&) noexcept = default;
PointInPolygonIndex& PointInPolygonIndex::operator=(PointInPolygonIndex&&) noexcept = default;
PointInPolygonIndex::~PointInPolygonIndex() = default;
long PointInPolygonIndex::find(double, double) const {
    return -1;
}

struct DisputedTerritories::Impl {
    AreaLayer areas{"disputed_territories", {}};
    AreaLayer outline{"disputed_outline", {}};
    AreaLayer kri{"kri_boundary", {}};
};

DisputedTerritories::DisputedTerritories(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DisputedTerritories::DisputedTerritories(DisputedTerritories&&) noexcept = default;
DisputedTerritories& DisputedTerritories::operator=(DisputedTerritories&&) noexcept = default;
DisputedTerritories::~DisputedTerritories() = default;

DisputedTerritories DisputedTerritories::embedded(bool) {
    return DisputedTerritories(std::make_unique<Impl>());
}
DisputedTerritories DisputedTerritories::from_file(const std::string&, bool) {
    return DisputedTerritories(std::make_unique<Impl>());
}
const AreaLayer& DisputedTerritories::areas() const {
    return impl_->areas;
}
const AreaLayer& DisputedTerritories::outline() const {
    return impl_->outline;
}
const AreaLayer& DisputedTerritories::kri_boundary() const {
    return impl_->kri;
}
DisputedTag DisputedTerritories::tag(double, double) const {
    return {};
}

} // namespace conflictmap::geo
