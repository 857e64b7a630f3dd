#include "gazetteer/gazetteer.hpp"

#include "core/embedded.hpp"
#include "core/error.hpp"
#include "gazetteer/embedded_index.hpp"
#include "gazetteer/index_builder.hpp"
#include "geo/areas.hpp"
#include "geo/geodesy.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <geodesic.h>
#include <unordered_set>

namespace conflictmap::gazetteer {

namespace fmt = format;

namespace {

NameKind to_kind(std::uint8_t k) noexcept {
    return k <= static_cast<std::uint8_t>(NameKind::designator_dropped) ? static_cast<NameKind>(k)
                                                                        : NameKind::alternate;
}

bool starts_with_magic(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[8] = {};
    in.read(magic, sizeof magic);
    return in.gcount() == 8 && std::memcmp(magic, fmt::kMagic, 8) == 0;
}

void sort_unique_hits(std::vector<NameHit>& hits) {
    std::sort(hits.begin(), hits.end(), [](const NameHit& a, const NameHit& b) {
        if (a.place.source != b.place.source) {
            return a.place.source < b.place.source;
        }
        if (a.place.index != b.place.index) {
            return a.place.index < b.place.index;
        }
        if (a.kind != b.kind) {
            return a.kind < b.kind;
        }
        return !a.borrowed && b.borrowed; // (a place's own name before a borrowed one)
    });
    hits.erase(std::unique(hits.begin(), hits.end(),
                           [](const NameHit& a, const NameHit& b) { return a.place == b.place; }),
               hits.end());
}

} // namespace

std::string_view match_tier_name(MatchTier tier) noexcept {
    switch (tier) {
    case MatchTier::exact:
        return "exact";
    case MatchTier::loose:
        return "loose";
    case MatchTier::fuzzy:
        return "fuzzy";
    }
    return "exact";
}

double geodesic_distance_km(double lat1, double lon1, double lat2, double lon2) noexcept {
    static const geod_geodesic wgs84 = [] {
        geod_geodesic g{};
        geod_init(&g, 6378137.0, 1.0 / 298.257223563);
        return g;
    }();
    double meters = 0.0;
    geod_inverse(&wgs84, lat1, lon1, lat2, lon2, &meters, nullptr, nullptr);
    return meters / 1000.0;
}

struct Gazetteer::Impl {
    std::vector<IndexImage> images;
    /// Per source, the GeoNames ids of the sources before it: a place of source s whose id is
    /// not here is its own record; only the rest need a search. Built from the earlier images'
    /// id tables (the embedded one is small), never by walking a large index at start-up.
    std::vector<std::unordered_set<std::int64_t>> ids_before;
    /// Per source, a bit per id hash (kIdFilterBits) of the same ids: a clear bit answers "not
    /// there" from a few cache lines, before the set is asked.
    std::vector<std::vector<std::uint64_t>> id_filter;
    static constexpr std::uint64_t kIdFilterBits = std::uint64_t{1} << 17U;

    static std::uint64_t id_bit(std::int64_t id) noexcept {
        return (static_cast<std::uint64_t>(id) * 0x9E3779B97F4A7C15ULL) >> 47U; // 17 bits
    }

    bool maybe_before(std::uint32_t source, std::int64_t id) const noexcept {
        const std::uint64_t bit = id_bit(id);
        return ((id_filter[source][bit >> 6U] >> (bit & 63U)) & 1U) != 0;
    }

    void index_ids() {
        ids_before.assign(images.size(), {});
        id_filter.assign(images.size(), std::vector<std::uint64_t>(kIdFilterBits / 64, 0));
        for (std::size_t s = 1; s < images.size(); ++s) {
            ids_before[s] = ids_before[s - 1];
            id_filter[s] = id_filter[s - 1];
            for (const auto& r : images[s - 1].geonames_ids()) {
                ids_before[s].insert(r.geonames_id);
                const std::uint64_t bit = id_bit(r.geonames_id);
                id_filter[s][bit >> 6U] |= std::uint64_t{1} << (bit & 63U);
            }
        }
    }
};

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

IndexImage Gazetteer::embedded_image() {
    return IndexImage::from_bytes(embedded_index_bytes(), "embedded gazetteer");
}

Gazetteer Gazetteer::from_images(std::vector<IndexImage> images) {
    auto impl = std::make_unique<Impl>();
    impl->images = std::move(images);
    impl->index_ids();
    return Gazetteer(std::move(impl));
}

Gazetteer Gazetteer::open(const GazetteerOptions& options) {
    std::vector<IndexImage> images;
    if (options.embedded) {
        images.push_back(embedded_image());
    }
    std::unique_ptr<IndexBuilder> builder;
    std::size_t text_position = 0;
    std::vector<std::string> text_labels;
    for (const auto& source : options.sources) {
        if (starts_with_magic(source) || std::filesystem::path(source).extension() == ".cmidx") {
            images.push_back(IndexImage::open_file(source));
            continue;
        }
        if (!builder) {
            builder =
                std::make_unique<IndexBuilder>(BuildOptions{options.skip_bad, options.diagnostics});
            // Admin names for dumps without admin files beside them.
            for (const char* name :
                 {"gazetteer/admin1CodesASCII.txt", "gazetteer/admin2Codes.txt"}) {
                if (const auto table = embedded_resource(name)) {
                    builder->add_admin_codes(*table, name, true);
                }
            }
            text_position = images.size();
        }
        builder->add_file(source);
        text_labels.push_back(source);
    }
    if (builder) {
        std::string label;
        for (const auto& l : text_labels) {
            label += (label.empty() ? "" : ", ") + l;
        }
        auto image = IndexImage::from_buffer(builder->build(), label);
        images.insert(images.begin() + static_cast<std::ptrdiff_t>(text_position),
                      std::move(image));
    }
    return from_images(std::move(images));
}

std::size_t Gazetteer::source_count() const noexcept {
    return impl_->images.size();
}

const IndexImage& Gazetteer::source(std::size_t i) const {
    return impl_->images.at(i);
}

std::uint64_t Gazetteer::place_count() const noexcept {
    std::uint64_t n = 0;
    for (const auto& image : impl_->images) {
        n += image.place_count();
    }
    return n;
}

PlaceRef Gazetteer::canonical(PlaceRef ref) const noexcept {
    if (ref.source == 0 || ref.source >= impl_->images.size()) {
        return ref;
    }
    const auto& image = impl_->images[ref.source];
    if (ref.index >= image.place_count()) {
        return ref;
    }
    const std::int64_t gid = image.place(ref.index).geonames_id;
    if (gid == 0 || !impl_->maybe_before(ref.source, gid) ||
        impl_->ids_before[ref.source].count(gid) == 0) {
        return ref;
    }
    for (std::uint32_t s = 0; s < ref.source; ++s) {
        if (const auto i = impl_->images[s].find_geonames_id(gid)) {
            return {s, *i};
        }
    }
    return ref;
}

KeyLookup Gazetteer::lookup_key(std::string_view key, std::vector<NameHit>& out) const {
    return lookup_in_tier(key, out, false);
}

KeyLookup Gazetteer::key_status(std::string_view key) const noexcept {
    KeyLookup result;
    if (key.empty()) {
        return result;
    }
    const std::uint64_t hash = fmt::key_hash(key);
    for (const auto& image : impl_->images) {
        const fmt::KeyEntry* e = image.find_exact(key, hash);
        if (e == nullptr) {
            continue;
        }
        result.has_longer = result.has_longer || (e->flags & fmt::kKeyHasLonger) != 0;
        if (!result.found) {
            // As lookup_in_tier: a posting counts when its place is in the image.
            for (const auto& posting : image.exact_postings(*e)) {
                if (posting.place < image.place_count()) {
                    result.found = true;
                    break;
                }
            }
        }
    }
    return result;
}

bool Gazetteer::has_longer(std::string_view key) const noexcept {
    const std::uint64_t hash = fmt::key_hash(key);
    for (const auto& image : impl_->images) {
        const fmt::KeyEntry* e = image.find_exact(key, hash);
        if (e != nullptr && (e->flags & fmt::kKeyHasLonger) != 0) {
            return true;
        }
    }
    return false;
}

KeyLookup Gazetteer::lookup_loose_key(std::string_view loose_key, std::vector<NameHit>& out) const {
    return lookup_in_tier(loose_key, out, true);
}

KeyLookup Gazetteer::lookup_in_tier(std::string_view key, std::vector<NameHit>& out,
                                    bool loose) const {
    out.clear();
    KeyLookup result;
    if (key.empty()) {
        return result;
    }
    const std::uint64_t hash = fmt::key_hash(key);
    std::size_t contributors = 0;
    for (std::uint32_t s = 0; s < impl_->images.size(); ++s) {
        const auto& image = impl_->images[s];
        const fmt::KeyEntry* e = loose ? image.find_loose(key, hash) : image.find_exact(key, hash);
        if (e == nullptr) {
            continue;
        }
        if (!loose) {
            result.has_longer = result.has_longer || (e->flags & fmt::kKeyHasLonger) != 0;
        }
        std::size_t added = 0;
        auto add = [&](const auto& postings) {
            for (const auto& p : postings) {
                if (p.place < image.place_count()) {
                    const PlaceRef ref = canonical({s, p.place});
                    out.push_back({ref, to_kind(p.kind), ref.source != s});
                    ++added;
                }
            }
        };
        if (loose) {
            add(image.loose_postings(*e));
        } else {
            add(image.exact_postings(*e));
        }
        contributors += added != 0 ? 1 : 0;
    }
    if (contributors > 1) {
        sort_unique_hits(out);
    }
    result.found = !out.empty();
    return result;
}

std::size_t Gazetteer::max_name_tokens() const noexcept {
    std::size_t n = 0;
    for (const auto& image : impl_->images) {
        n = std::max<std::size_t>(n, image.max_name_tokens());
    }
    return n;
}

PlaceFacts Gazetteer::facts(PlaceRef ref) const noexcept {
    const auto& image = impl_->images[ref.source];
    const auto& r = image.place(ref.index);
    PlaceFacts f;
    f.id = r.id;
    f.geonames_id = r.geonames_id;
    f.name = image.string_at(r.name);
    f.lat = r.lat;
    f.lon = r.lon;
    f.feature_class = r.feature_class;
    f.feature_code = image.string_at(r.feature_code);
    f.country_code = r.country[0] == 0 ? std::string_view() : std::string_view(r.country, 2);
    f.admin1_code = image.string_at(r.admin1_code);
    f.admin2_code = image.string_at(r.admin2_code);
    f.population = r.population;
    // A damaged index must not feed NaN into sorting (an invalid ordering is undefined).
    const double importance = static_cast<double>(r.importance);
    f.importance = importance >= 0.0 && importance <= 1.0 ? importance : 0.0;
    f.curated = (r.flags & fmt::kPlaceCurated) != 0;
    return f;
}

void Gazetteer::prefetch(PlaceRef ref, bool strings) const noexcept {
    if (ref.source >= impl_->images.size() ||
        ref.index >= impl_->images[ref.source].place_count()) {
        return;
    }
    const auto& image = impl_->images[ref.source];
    const auto& r = image.place(ref.index);
    if (!strings) {
        __builtin_prefetch(&r);
        return;
    }
    __builtin_prefetch(image.string_at(r.name).data()); // reads the record: prefetch it first
}

Place Gazetteer::place(PlaceRef ref) const {
    const auto& image = impl_->images[ref.source];
    const auto& r = image.place(ref.index);
    const PlaceFacts f = facts(ref);
    Place p;
    p.id = f.id;
    p.geonames_id = f.geonames_id;
    p.name = std::string(f.name);
    p.lat = f.lat;
    p.lon = f.lon;
    p.feature_class = f.feature_class;
    p.feature_code = std::string(f.feature_code);
    p.country_code = std::string(f.country_code);
    p.admin1_code = std::string(f.admin1_code);
    p.admin2_code = std::string(f.admin2_code);
    p.admin1 = std::string(image.string_at(r.admin1_name));
    p.admin2 = std::string(image.string_at(r.admin2_name));
    p.population = f.population;
    return p;
}

std::optional<PlaceRef> Gazetteer::find_id(std::int64_t id) const noexcept {
    for (std::uint32_t s = 0; s < impl_->images.size(); ++s) {
        if (const auto i = impl_->images[s].find_id(id)) {
            return canonical({s, *i});
        }
    }
    return std::nullopt;
}

std::optional<PlaceRef> Gazetteer::find_geonames_id(std::int64_t geonames_id) const noexcept {
    for (std::uint32_t s = 0; s < impl_->images.size(); ++s) {
        if (const auto i = impl_->images[s].find_geonames_id(geonames_id)) {
            return PlaceRef{s, *i};
        }
    }
    return std::nullopt;
}

std::optional<PlaceRef> Gazetteer::country(std::string_view code) const noexcept {
    if (code.size() != 2) {
        return std::nullopt;
    }
    const char upper[2] = {static_cast<char>(std::toupper(static_cast<unsigned char>(code[0]))),
                           static_cast<char>(std::toupper(static_cast<unsigned char>(code[1])))};
    for (std::uint32_t s = 0; s < impl_->images.size(); ++s) {
        if (const auto i = impl_->images[s].find_country(std::string_view(upper, 2))) {
            return PlaceRef{s, *i};
        }
    }
    return std::nullopt;
}

std::optional<PlaceRef> Gazetteer::admin_area(std::string_view country, std::string_view admin1,
                                              std::string_view admin2) const noexcept {
    for (std::uint32_t s = 0; s < impl_->images.size(); ++s) {
        if (const auto i = impl_->images[s].find_admin(country, admin1, admin2)) {
            return PlaceRef{s, *i};
        }
    }
    return std::nullopt;
}

std::vector<NearbyPlace> Gazetteer::nearest(double lat, double lon, std::size_t k,
                                            double max_km) const {
    return nearest(lat, lon, k, max_km, {});
}

std::vector<NearbyPlace> Gazetteer::nearest(double lat, double lon, std::size_t k, double max_km,
                                            const std::function<bool(PlaceRef)>& keep) const {
    std::vector<NearbyPlace> found;
    if (k == 0 || !std::isfinite(lat) || !std::isfinite(lon) || lat < -90 || lat > 90 ||
        lon < -180 || lon > 180) {
        return found;
    }
    const std::uint32_t center = fmt::grid_cell(lat, lon);
    const long row0 = static_cast<long>(center / fmt::kGridColumns);
    const long col0 = static_cast<long>(center % fmt::kGridColumns);
    constexpr double kKmPerDegree = 111.32;
    const long max_ring = static_cast<long>(fmt::kGridColumns / 2);
    for (long ring = 0; ring <= max_ring; ++ring) {
        // Cells at Chebyshev distance `ring` from the centre cell.
        for (long dr = -ring; dr <= ring; ++dr) {
            const long row = row0 + dr;
            if (row < 0 || row >= static_cast<long>(fmt::kGridRows)) {
                continue;
            }
            const bool edge_row = dr == -ring || dr == ring;
            for (long dc = -ring; dc <= ring; dc += edge_row ? 1 : 2 * std::max(ring, 1L)) {
                const long cols = static_cast<long>(fmt::kGridColumns);
                const long col = ((col0 + dc) % cols + cols) % cols;
                const auto cell = static_cast<std::uint32_t>(row * cols + col);
                for (std::uint32_t s = 0; s < impl_->images.size(); ++s) {
                    const auto& image = impl_->images[s];
                    for (const auto& rec : image.cell(cell)) {
                        if (rec.place >= image.place_count()) {
                            continue;
                        }
                        const auto& r = image.place(rec.place);
                        const double d = geo::great_circle_km({lat, lon}, {r.lat, r.lon});
                        if (d <= max_km) {
                            found.push_back({canonical({s, rec.place}), d});
                        }
                    }
                }
                if (ring == 0) {
                    break;
                }
            }
        }
        // Anything in a further ring is at least `ring` cells away along one axis.
        const double lat_reach = std::min(89.9, std::abs(lat) + (ring + 1) * fmt::kGridDegrees);
        const double bound = ring * fmt::kGridDegrees * kKmPerDegree *
                             std::max(0.001, std::cos(lat_reach * 3.14159265358979323846 / 180.0));
        if (bound > max_km) {
            break;
        }
        if (found.size() >= k) {
            std::vector<double> d;
            d.reserve(found.size());
            for (const auto& f : found) {
                d.push_back(f.distance_km);
            }
            std::nth_element(d.begin(), d.begin() + static_cast<std::ptrdiff_t>(k - 1), d.end());
            if (d[k - 1] <= bound) {
                break;
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const NearbyPlace& a, const NearbyPlace& b) {
        if (a.place.source != b.place.source) {
            return a.place.source < b.place.source;
        }
        return a.place.index < b.place.index;
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const auto& a, const auto& b) { return a.place == b.place; }),
                found.end());
    const auto refused = [&](const NearbyPlace& f) { return !keep(f.place); };
    // With every place in reach among the k nearest, the refused ones need no distance.
    const bool kept_before_measuring = keep && found.size() <= k;
    if (kept_before_measuring) {
        found.erase(std::remove_if(found.begin(), found.end(), refused), found.end());
    }
    for (auto& f : found) {
        const auto& r = impl_->images[f.place.source].place(f.place.index);
        f.distance_km = geodesic_distance_km(lat, lon, r.lat, r.lon);
    }
    std::sort(found.begin(), found.end(), [&](const NearbyPlace& a, const NearbyPlace& b) {
        if (a.distance_km != b.distance_km) {
            return a.distance_km < b.distance_km;
        }
        return facts(a.place).id < facts(b.place).id;
    });
    if (found.size() > k) {
        found.resize(k);
    }
    if (keep && !kept_before_measuring) {
        found.erase(std::remove_if(found.begin(), found.end(), refused), found.end());
    }
    return found;
}

std::vector<AdminArea> Gazetteer::admin_areas_at(double lat, double lon) const {
    std::vector<AdminArea> areas;
    const geo::AreaLayer& layer = geo::iraq_admin1();
    if (!layer.features.empty()) {
        static const geo::PointInPolygonIndex index(layer);
        const long f = index.find(lon, lat);
        if (f >= 0) {
            const auto& feature = layer.features[static_cast<std::size_t>(f)];
            AdminArea a;
            a.level = 1;
            a.name = feature.text("name");
            a.code = feature.text("admin1_code");
            a.country_code = "IQ";
            a.place = admin_area("IQ", a.code);
            a.method = "polygon";
            areas.push_back(std::move(a));
        }
    }
    for (const auto& near : nearest(lat, lon, 32, 50.0)) {
        const Place p = place(near.place);
        if (p.feature_class != 'P' || p.country_code.empty() || p.admin1_code.empty()) {
            continue;
        }
        if (areas.empty()) {
            AdminArea a;
            a.level = 1;
            a.name = p.admin1;
            a.code = p.admin1_code;
            a.country_code = p.country_code;
            a.place = admin_area(p.country_code, p.admin1_code);
            a.method = "nearest_place";
            areas.push_back(std::move(a));
        }
        const AdminArea& level1 = areas.front();
        if (!p.admin2_code.empty() && level1.code == p.admin1_code &&
            level1.country_code == p.country_code) {
            AdminArea a;
            a.level = 2;
            a.name = p.admin2;
            a.code = p.admin2_code;
            a.country_code = p.country_code;
            a.place = admin_area(p.country_code, p.admin1_code, p.admin2_code);
            a.method = "nearest_place";
            areas.push_back(std::move(a));
        }
        break;
    }
    return areas;
}

} // namespace conflictmap::gazetteer
