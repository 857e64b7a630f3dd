#include "geo/disputed_layers.hpp"

#include "geo/area_layer_io.hpp"
#include "geo/geos_bridge.hpp"

#include <cmath>

namespace conflictmap::geo {

namespace {

double round_to_tenth(double x) {
    return std::round(x * 10) / 10;
}

GeomPtr union_of_polygons(GeosContext& ctx, const std::vector<const MultiPolygon*>& parts) {
    std::vector<GeomPtr> owned;
    std::vector<const GEOSGeometry*> raw;
    for (const auto* p : parts) {
        owned.push_back(make_valid_polygonal(ctx, to_geos(ctx, *p).get()));
        raw.push_back(owned.back().get());
    }
    return union_of(ctx, raw);
}

} // namespace

const std::vector<std::string_view>& disputed_area_attributes() {
    static const std::vector<std::string_view> names = {
        "name",  "name_ar", "name_ku", "governorate", "pcode",
        "level", "basis",   "method",  "area_km2",    "extended_claim"};
    return names;
}

AreaFeature make_area_feature(const DisputedAreaSpec& spec, MultiPolygon geometry,
                              std::string_view method) {
    const double area = round_to_tenth(geodesic_area_km2(geometry));
    AreaFeature f;
    const auto str = [](std::string_view s) -> AttributeValue {
        return s.empty() ? AttributeValue{} : AttributeValue{std::string(s)};
    };
    f.attributes = {
        {"name", std::string(spec.name)},
        {"name_ar", str(spec.name_ar)},
        {"name_ku", str(spec.name_ku)},
        {"governorate", std::string(spec.governorate)},
        {"pcode", str(spec.pcode)},
        {"level", std::string(spec.subdistrict ? "sub-district" : "district")},
        {"basis", std::string(spec.extended_claim ? kBasisKrgDraft : kBasisUnami)},
        {"method", std::string(method)},
        {"area_km2", area},
        {"extended_claim", spec.extended_claim},
    };
    f.geometry = std::move(geometry);
    return f;
}

AreaLayer dissolve_outline(const AreaLayer& areas, bool extended_claims) {
    GeosContext ctx;
    std::vector<const MultiPolygon*> parts;
    for (const auto& f : areas.features) {
        if (const auto* mp = std::get_if<MultiPolygon>(&f.geometry)) {
            parts.push_back(mp);
        }
    }
    AreaLayer out{std::string(kDisputedOutlineLayer), {}};
    if (parts.empty()) {
        return out;
    }
    auto u = union_of_polygons(ctx, parts);
    MultiPolygon geometry = polygons_from_geos(ctx, u.get());
    AreaFeature f;
    f.attributes = {{"extended_claims", extended_claims},
                    {"area_km2", round_to_tenth(geodesic_area_km2(geometry))}};
    f.geometry = std::move(geometry);
    out.features.push_back(std::move(f));
    return out;
}

void complete_disputed_layers(DisputedLayers& layers, const std::vector<MultiPolygon>& kri_parts,
                              const std::vector<MultiPolygon>& other_parts) {
    AreaLayer listed{layers.areas.name, {}};
    bool any_extended = false;
    for (const auto& f : layers.areas.features) {
        const auto* v = f.attribute("extended_claim");
        const bool extended =
            v != nullptr && std::holds_alternative<bool>(*v) && std::get<bool>(*v);
        any_extended = any_extended || extended;
        if (!extended) {
            listed.features.push_back(f);
        }
    }
    layers.outline = dissolve_outline(listed, false);
    if (any_extended) {
        auto with_claims = dissolve_outline(layers.areas, true);
        for (auto& f : with_claims.features) {
            layers.outline.features.push_back(std::move(f));
        }
    }

    layers.kri_region = AreaLayer{std::string(kKriRegionLayer), {}};
    layers.kri_boundary = AreaLayer{std::string(kKriBoundaryLayer), {}};
    if (kri_parts.empty()) {
        return;
    }
    GeosContext ctx;
    std::vector<const MultiPolygon*> kri_ptrs, rest_ptrs;
    for (const auto& p : kri_parts) {
        kri_ptrs.push_back(&p);
    }
    for (const auto& p : other_parts) {
        rest_ptrs.push_back(&p);
    }
    std::vector<const MultiPolygon*> listed_ptrs;
    for (const auto& f : listed.features) {
        listed_ptrs.push_back(&std::get<MultiPolygon>(f.geometry));
        rest_ptrs.push_back(listed_ptrs.back());
    }
    auto kri = union_of_polygons(ctx, kri_ptrs);
    if (!listed_ptrs.empty()) {
        auto listed_union = union_of_polygons(ctx, listed_ptrs);
        kri = own(ctx, GEOSDifference_r(ctx.get(), kri.get(), listed_union.get()),
                  "cannot subtract the disputed areas from the Kurdistan Region");
        kri = make_valid_polygonal(ctx, kri.get());
    }
    MultiPolygon region = polygons_from_geos(ctx, kri.get());
    // Slivers left where the listed areas and the governorates do not quite coincide are noise.
    std::erase_if(region, [](const Polygon& p) { return geodesic_area_km2({p}) < 1.0; });
    kri = to_geos(ctx, region);

    AreaFeature region_feature;
    region_feature.attributes = {{"name", std::string("Kurdistan Region")},
                                 {"area_km2", round_to_tenth(geodesic_area_km2(region))}};
    region_feature.geometry = region;
    layers.kri_region.features.push_back(std::move(region_feature));

    if (rest_ptrs.empty()) {
        return;
    }
    auto rest = union_of_polygons(ctx, rest_ptrs);
    auto near_rest =
        own(ctx, GEOSBuffer_r(ctx.get(), rest.get(), 1e-5, 8), "cannot buffer the rest of Iraq");
    auto boundary = own(ctx, GEOSBoundary_r(ctx.get(), kri.get()), "cannot take a boundary");
    auto shared = own(ctx, GEOSIntersection_r(ctx.get(), boundary.get(), near_rest.get()),
                      "cannot intersect the Region's boundary with the rest of Iraq");
    auto merged = own(ctx, GEOSLineMerge_r(ctx.get(), shared.get()), "cannot merge lines");
    AreaFeature line;
    line.attributes = {{"name", std::string("Kurdistan Region boundary")}};
    line.geometry = lines_from_geos(ctx, merged.get());
    layers.kri_boundary.features.push_back(std::move(line));
}

void write_disputed_layers(const std::filesystem::path& path, const DisputedLayers& layers,
                           bool overwrite) {
    write_area_layers(path,
                      {&layers.areas, &layers.outline, &layers.kri_region, &layers.kri_boundary},
                      overwrite);
}

} // namespace conflictmap::geo
