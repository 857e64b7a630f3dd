// DisputedTerritories: the embedded layer or a file written by `conflictmap disputed build`,
// tagging points with the area they fall in and their signed distance to the Kurdistan Region.
#include "core/error.hpp"
#include "geo/area_layer_io.hpp"
#include "geo/areas.hpp"
#include "geo/disputed_layers.hpp"
#include "geo/geos_bridge.hpp"
#include "geo/per_thread.hpp"
#include "geo/region_distance.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

namespace conflictmap::geo {

namespace {

bool truthy(const AttributeValue* v) {
    if (v == nullptr) {
        return false;
    }
    if (const auto* b = std::get_if<bool>(v)) {
        return *b;
    }
    if (const auto* i = std::get_if<std::int64_t>(v)) {
        return *i != 0;
    }
    if (const auto* s = std::get_if<std::string>(v)) {
        return *s == "true" || *s == "1" || *s == "yes" || *s == "TRUE" || *s == "True";
    }
    return false;
}

MultiPolygon all_polygons(const AreaLayer& layer) {
    MultiPolygon out;
    for (const auto& f : layer.features) {
        if (const auto* mp = std::get_if<MultiPolygon>(&f.geometry)) {
            out.insert(out.end(), mp->begin(), mp->end());
        }
    }
    return out;
}

MultiLineString all_lines(const AreaLayer& layer) {
    MultiLineString out;
    for (const auto& f : layer.features) {
        if (const auto* ml = std::get_if<MultiLineString>(&f.geometry)) {
            out.insert(out.end(), ml->begin(), ml->end());
        }
    }
    return out;
}

struct EmbeddedLayers {
    AreaLayer areas, outline, kri_region, kri_boundary;
};

const EmbeddedLayers& embedded_layers() {
    static const EmbeddedLayers layers{
        embedded_geojson_layer("gazetteer/disputed_territories.geojson",
                               std::string(kDisputedAreasLayer)),
        embedded_geojson_layer("gazetteer/disputed_outline.geojson",
                               std::string(kDisputedOutlineLayer)),
        embedded_geojson_layer("gazetteer/kri_region.geojson", std::string(kKriRegionLayer)),
        embedded_geojson_layer("gazetteer/kri_boundary.geojson", std::string(kKriBoundaryLayer)),
    };
    return layers;
}

AreaLayer select_areas(const AreaLayer& layer, bool extended_claims) {
    AreaLayer out{std::string(kDisputedAreasLayer), {}};
    for (const auto& f : layer.features) {
        if (extended_claims || !truthy(f.attribute("extended_claim"))) {
            out.features.push_back(f);
        }
    }
    return out;
}

} // namespace

/// Tags this thread has computed, by the point's exact bits (direct-mapped): an extraction's
/// events fall again and again on the same gazetteer points, and a tag costs a polygon test
/// and a projected distance (about 5,000 instructions; a hit, a copy of the tag). (4096 slots,
/// about 360 KB a thread: with 256 the few hundred points of a corpus evicted one another.)
struct TagMemo {
    struct Entry {
        std::uint64_t lat = 0;
        std::uint64_t lon = 0;
        bool used = false;
        DisputedTag tag;
    };
    std::array<Entry, 4096> entries;

    static std::size_t slot(std::uint64_t lat, std::uint64_t lon) noexcept {
        const std::uint64_t h = (lat ^ (lon * 0x9E3779B97F4A7C15ULL)) * 0xBF58476D1CE4E5B9ULL;
        return static_cast<std::size_t>(h >> 52);
    }
};

struct DisputedTerritories::Impl {
    AreaLayer areas;
    AreaLayer outline;
    AreaLayer kri;
    AreaLayer kri_region;
    PointInPolygonIndex index;
    SignedRegionDistance kri_distance;
    PerThread<TagMemo> memo{[] { return std::make_unique<TagMemo>(); }};

    Impl(AreaLayer a, AreaLayer o, AreaLayer region, AreaLayer kri_line)
        : areas(std::move(a)), outline(std::move(o)), kri(std::move(kri_line)),
          kri_region(std::move(region)), index(areas),
          kri_distance(all_polygons(kri_region), all_lines(kri)) {
        kri.name = kKriBoundaryLayer;
        kri_region.name = kKriRegionLayer;
    }
};

DisputedTerritories::DisputedTerritories(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DisputedTerritories::DisputedTerritories(DisputedTerritories&&) noexcept = default;
DisputedTerritories& DisputedTerritories::operator=(DisputedTerritories&&) noexcept = default;
DisputedTerritories::~DisputedTerritories() = default;

DisputedTerritories DisputedTerritories::embedded(bool extended_claims) {
    const auto& e = embedded_layers();
    // The shipped outline has one feature per scope: UNAMI's list, and with extended claims.
    AreaLayer outline{std::string(kDisputedOutlineLayer), {}};
    for (const auto& f : e.outline.features) {
        if (truthy(f.attribute("extended_claims")) == extended_claims) {
            outline.features.push_back(f);
        }
    }
    return DisputedTerritories(std::make_unique<Impl>(
        select_areas(e.areas, extended_claims), std::move(outline), e.kri_region, e.kri_boundary));
}

DisputedTerritories DisputedTerritories::from_file(const std::string& path, bool extended_claims) {
    const auto names = ogr_layer_names(path);
    const auto has = [&names](std::string_view n) {
        return std::find(names.begin(), names.end(), n) != names.end();
    };
    const std::string areas_name =
        has(kDisputedAreasLayer) ? std::string(kDisputedAreasLayer) : std::string();
    AreaLayer all = read_ogr_layer(path, areas_name);
    std::size_t polygons = 0;
    for (std::size_t i = 0; i < all.features.size(); ++i) {
        const auto& f = all.features[i];
        if (std::holds_alternative<MultiPolygon>(f.geometry)) {
            ++polygons;
        }
        if (f.text("name").empty()) {
            throw InputError("disputed area " + std::to_string(i + 1) +
                                 " has no 'name' attribute (is this a layer written by "
                                 "'conflictmap disputed build'?)",
                             ErrorContext{path, 0, 0, "name"});
        }
    }
    if (polygons == 0) {
        throw InputError("no polygons in the disputed territories layer",
                         ErrorContext{path, 0, 0, {}});
    }
    AreaLayer areas = select_areas(all, extended_claims);
    AreaLayer outline = dissolve_outline(areas, extended_claims);
    if (has(kKriRegionLayer) && has(kKriBoundaryLayer)) {
        return DisputedTerritories(
            std::make_unique<Impl>(std::move(areas), std::move(outline),
                                   read_ogr_layer(path, std::string(kKriRegionLayer)),
                                   read_ogr_layer(path, std::string(kKriBoundaryLayer))));
    }
    const auto& e = embedded_layers();
    return DisputedTerritories(
        std::make_unique<Impl>(std::move(areas), std::move(outline), e.kri_region, e.kri_boundary));
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
const AreaLayer& DisputedTerritories::kri_region() const {
    return impl_->kri_region;
}

DisputedTag DisputedTerritories::tag(double lat, double lon) const {
    const auto lat_bits = std::bit_cast<std::uint64_t>(lat);
    const auto lon_bits = std::bit_cast<std::uint64_t>(lon);
    auto& entry = impl_->memo.local().entries[TagMemo::slot(lat_bits, lon_bits)];
    if (entry.used && entry.lat == lat_bits && entry.lon == lon_bits) {
        return entry.tag;
    }
    entry.tag = measure(lat, lon);
    entry.lat = lat_bits;
    entry.lon = lon_bits;
    entry.used = true;
    return entry.tag;
}

DisputedTag DisputedTerritories::measure(double lat, double lon) const {
    DisputedTag tag;
    const long i = impl_->index.find(lon, lat);
    if (i >= 0) {
        tag.disputed = true;
        tag.area = impl_->areas.features[static_cast<std::size_t>(i)].text("name");
    }
    tag.kri_distance_km = impl_->kri_distance.km(lat, lon);
    return tag;
}

} // namespace conflictmap::geo
