#include "geo/seed_partition.hpp"

#include "core/error.hpp"
#include "geo/disputed_catalog.hpp"
#include "geo/geos_bridge.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <numbers>

namespace conflictmap::geo {

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto tab = line.find('\t', start);
        out.push_back(
            line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) {
            return out;
        }
        start = tab + 1;
    }
}

double parse_double(const std::string& s, const ErrorContext& where) {
    double v = 0;
    const auto* end = s.data() + s.size();
    const auto [p, ec] = std::from_chars(s.data(), end, v);
    if (ec != std::errc() || p != end || !std::isfinite(v)) {
        throw InputError("not a number: '" + s + "'", where);
    }
    return v;
}

std::int64_t parse_id(const std::string& s, const ErrorContext& where) {
    std::int64_t v = 0;
    const auto* end = s.data() + s.size();
    const auto [p, ec] = std::from_chars(s.data(), end, v);
    if (ec != std::errc() || p != end || v <= 0) {
        throw InputError("not a district id: '" + s + "'", where);
    }
    return v;
}

/// Calls row(fields, where) for each data line of a TSV with the expected header (when given).
template <class Row>
void read_tsv(const std::string& path, const std::vector<std::string>& header, Row row) {
    std::ifstream in(path);
    if (!in) {
        throw InputError("cannot open", ErrorContext{path, 0, 0, {}});
    }
    std::string line;
    std::uint64_t n = 0;
    bool header_seen = header.empty();
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.empty() || line[0] == '#') {
            continue;
        }
        const ErrorContext where{path, n, 0, {}};
        auto fields = split_tabs(line);
        if (!header_seen) {
            if (fields != header) {
                throw InputError(
                    "expected the header line '" +
                        [&header] {
                            std::string h;
                            for (const auto& x : header) {
                                h += (h.empty() ? "" : "\\t") + x;
                            }
                            return h;
                        }() +
                        "'",
                    where);
            }
            header_seen = true;
            continue;
        }
        row(fields, where);
    }
}

/// Positions in a plane with x = lon * cos(lat0): Euclidean distances there are proportional to
/// ground distances within a governorate (to a fraction of a percent).
struct ScaledPlane {
    double k;
    explicit ScaledPlane(double lat0) : k(std::cos(lat0 * std::numbers::pi / 180)) {}
    MultiPolygon to_lonlat(MultiPolygon mp) const {
        for (auto& p : mp) {
            for (auto& r : p.rings) {
                for (auto& pos : r) {
                    pos[0] /= k;
                }
            }
        }
        return mp;
    }
};

/// A site of a power diagram: a position in the scaled plane and its weight's index.
struct PowerSite {
    double x;
    double y;
    std::size_t group;
};

using PlanePoint = std::array<double, 2>;

/// The part of a convex polygon where a x + b y <= c (one step of Sutherland-Hodgman).
std::vector<PlanePoint> clip_half_plane(const std::vector<PlanePoint>& polygon, double a, double b,
                                        double c) {
    std::vector<PlanePoint> out;
    const std::size_t n = polygon.size();
    for (std::size_t i = 0; i < n; ++i) {
        const auto& p = polygon[i];
        const auto& q = polygon[(i + 1) % n];
        const double fp = (a * p[0]) + (b * p[1]) - c;
        const double fq = (a * q[0]) + (b * q[1]) - c;
        if (fp <= 0) {
            out.push_back(p);
        }
        if ((fp < 0 && fq > 0) || (fp > 0 && fq < 0)) {
            const double t = fp / (fp - fq);
            out.push_back({p[0] + (t * (q[0] - p[0])), p[1] + (t * (q[1] - p[1]))});
        }
    }
    return out;
}

/// The power cell of every site within the frame (xmin, ymin, xmax, ymax), counter-clockwise
/// and open (first != last); empty where a site has no cell. Site i owns the points x where
/// |x - p_i|^2 - w_i <= |x - p_j|^2 - w_j for every j, that is
/// 2 (p_j - p_i) . x <= |p_j|^2 - |p_i|^2 - w_j + w_i. Vertices are rounded to 1e-9 so that
/// neighbouring cells, computed apart, share them exactly.
std::vector<std::vector<PlanePoint>> power_cells(const std::vector<PowerSite>& sites,
                                                 const std::vector<double>& weights,
                                                 const std::array<double, 4>& frame) {
    std::vector<std::vector<PlanePoint>> cells;
    cells.reserve(sites.size());
    for (const auto& si : sites) {
        std::vector<PlanePoint> cell{
            {frame[0], frame[1]}, {frame[2], frame[1]}, {frame[2], frame[3]}, {frame[0], frame[3]}};
        const auto weight = [&weights](const PowerSite& s) { return weights[s.group]; };
        const double wi = weight(si);
        for (const auto& sj : sites) {
            if (&sj == &si || cell.empty()) {
                continue;
            }
            const double a = 2 * (sj.x - si.x);
            const double b = 2 * (sj.y - si.y);
            const double c =
                ((sj.x * sj.x) + (sj.y * sj.y)) - ((si.x * si.x) + (si.y * si.y)) - weight(sj) + wi;
            cell = clip_half_plane(cell, a, b, c);
        }
        for (auto& p : cell) {
            p = {std::round(p[0] * 1e9) / 1e9, std::round(p[1] * 1e9) / 1e9};
        }
        // Rounding may leave repeated vertices; drop them.
        cell.erase(std::unique(cell.begin(), cell.end()), cell.end());
        while (cell.size() > 1 && cell.front() == cell.back()) {
            cell.pop_back();
        }
        cells.push_back(std::move(cell));
    }
    return cells;
}

struct CellKey {
    std::string admin1;
    std::int64_t district;
    std::string subdistrict;
    auto operator<=>(const CellKey&) const = default;
};

struct KeyedPiece {
    CellKey key;
    GeomPtr geometry;
};

/// The strips either side of a boundary hint's line within which the line decides: pieces of
/// the right district left of the line go to the left district, and the other way round.
struct HintBand {
    CellKey left;
    CellKey right;
    GeomPtr left_strip;
    GeomPtr right_strip;
};

/// How far either side of its line a hint overrides the cells (the seeds near a river are
/// rarely further apart than twice this).
constexpr double kHintReachKm = 20;

/// The bands of the hints among a governorate's seeds. read_boundary_hints writes each line as
/// consecutive (left, right) pairs, in order along the line, all with the line's origin; the
/// midpoints of the pairs give the line back.
std::vector<HintBand> hint_bands(GeosContext& ctx, const std::vector<const Seed*>& seeds,
                                 const std::string& admin1, const ScaledPlane& plane) {
    const double k = plane.k;
    std::vector<HintBand> bands;
    std::size_t i = 0;
    while (i + 1 < seeds.size()) {
        if (seeds[i]->across == 0) {
            ++i;
            continue;
        }
        const Seed& first = *seeds[i];
        const std::size_t first_index = i;
        std::vector<std::array<double, 2>> line; // in the scaled plane
        while (i + 1 < seeds.size() && seeds[i]->across != 0 && seeds[i]->origin == first.origin &&
               seeds[i + 1]->origin == first.origin && seeds[i]->district == first.district &&
               seeds[i]->subdistrict == first.subdistrict) {
            const Seed& l = *seeds[i];
            const Seed& r = *seeds[i + 1];
            line.push_back({(l.lon + r.lon) / 2 * k, (l.lat + r.lat) / 2});
            i += 2;
        }
        if (line.empty()) {
            ++i; // a lone hint seed: nothing to draw
            continue;
        }
        if (line.size() < 2) {
            continue;
        }
        const Seed& right_seed = *seeds[i - 1];
        // Which side of the line is nearer: the Voronoi cells of the line's own seed pairs
        // (unweighted), within a band of kHintReachKm either side (flat at the line's ends).
        std::vector<PowerSite> pair_sites;
        double x0 = line[0][0], x1 = x0, y0 = line[0][1], y1 = y0;
        for (std::size_t j = first_index; j < i; ++j) {
            const Seed& p = *seeds[j];
            pair_sites.push_back(PowerSite{p.lon * k, p.lat, (j - first_index) % 2});
            x0 = std::min(x0, p.lon * k);
            x1 = std::max(x1, p.lon * k);
            y0 = std::min(y0, p.lat);
            y1 = std::max(y1, p.lat);
        }
        const double reach = kHintReachKm / 111.0; // plane units are about a degree of latitude
        const auto cells =
            power_cells(pair_sites, {0.0, 0.0},
                        {x0 - 2 * reach, y0 - 2 * reach, x1 + 2 * reach, y1 + 2 * reach});
        MultiPolygon sides[2];
        for (std::size_t j = 0; j < cells.size(); ++j) {
            if (cells[j].size() < 3) {
                continue;
            }
            Ring ring(cells[j].begin(), cells[j].end());
            ring.push_back(ring.front());
            sides[pair_sites[j].group].push_back(Polygon{{ring}});
        }
        // The band: each segment's rectangle and a disc at each inner vertex (GEOS's flat-capped
        // buffer of the whole line drops wedges behind its start where the line bends back).
        std::vector<GeomPtr> band_parts;
        std::vector<const GEOSGeometry*> band_raw;
        for (std::size_t j = 0; j + 1 < line.size(); ++j) {
            auto* seq = GEOSCoordSeq_create_r(ctx.get(), 2, 2);
            GEOSCoordSeq_setXY_r(ctx.get(), seq, 0, line[j][0], line[j][1]);
            GEOSCoordSeq_setXY_r(ctx.get(), seq, 1, line[j + 1][0], line[j + 1][1]);
            auto segment =
                own(ctx, GEOSGeom_createLineString_r(ctx.get(), seq), "cannot build a hint line");
            band_parts.push_back(
                own(ctx,
                    GEOSBufferWithStyle_r(ctx.get(), segment.get(), reach, 8, GEOSBUF_CAP_FLAT,
                                          GEOSBUF_JOIN_ROUND, 5.0),
                    "cannot buffer a hint line"));
            band_raw.push_back(band_parts.back().get());
            if (j > 0) {
                auto vertex = make_point(ctx, line[j][0], line[j][1]);
                band_parts.push_back(
                    own(ctx, GEOSBuffer_r(ctx.get(), vertex.get(), reach, 8), "cannot buffer"));
                band_raw.push_back(band_parts.back().get());
            }
        }
        auto band = union_of(ctx, band_raw);
        // Flat ends: nothing behind the first point or beyond the last, seen along the line.
        const auto keep_ahead = [&](const std::array<double, 2>& from,
                                    const std::array<double, 2>& toward) {
            const double dx = toward[0] - from[0], dy = toward[1] - from[1];
            const double len = std::hypot(dx, dy);
            const double big = 10 * reach;
            const double ux = dx / len * big, uy = dy / len * big; // along
            const double nx = -uy, ny = ux;                        // across
            const Ring ring{{from[0] + nx, from[1] + ny},
                            {from[0] - nx, from[1] - ny},
                            {from[0] - nx + ux, from[1] - ny + uy},
                            {from[0] + nx + ux, from[1] + ny + uy},
                            {from[0] + nx, from[1] + ny}};
            auto half =
                make_valid_polygonal(ctx, to_geos(ctx, MultiPolygon{Polygon{{ring}}}).get());
            band = own(ctx, GEOSIntersection_r(ctx.get(), band.get(), half.get()),
                       "cannot cut a hint band");
        };
        keep_ahead(line.front(), line[1]);
        keep_ahead(line.back(), line[line.size() - 2]);
        const auto strip = [&](const MultiPolygon& cells_of_side) {
            std::vector<GeomPtr> parts;
            std::vector<const GEOSGeometry*> raw;
            for (const auto& poly : cells_of_side) {
                parts.push_back(to_geos(ctx, MultiPolygon{poly}));
                raw.push_back(parts.back().get());
            }
            auto side = union_of(ctx, raw);
            auto clipped = own(ctx, GEOSIntersection_r(ctx.get(), side.get(), band.get()),
                               "cannot cut a hint band");
            return to_geos(ctx, plane.to_lonlat(polygons_from_geos(ctx, clipped.get())));
        };
        auto left_strip = strip(sides[0]);
        auto right_strip = strip(sides[1]);
        bands.push_back(HintBand{CellKey{admin1, first.district, first.subdistrict},
                                 CellKey{admin1, right_seed.district, right_seed.subdistrict},
                                 std::move(left_strip), std::move(right_strip)});
    }
    return bands;
}

/// Move what lies on the wrong side of a hint's line to the district of that side.
void apply_hint_bands(GeosContext& ctx, const std::vector<HintBand>& bands,
                      std::vector<KeyedPiece>& pieces) {
    for (const auto& band : bands) {
        std::vector<KeyedPiece> moved;
        for (auto& piece : pieces) {
            const bool is_left = piece.key == band.left;
            if (!is_left && piece.key != band.right) {
                continue;
            }
            const GEOSGeometry* wrong_side =
                is_left ? band.right_strip.get() : band.left_strip.get();
            auto across = own(ctx, GEOSIntersection_r(ctx.get(), piece.geometry.get(), wrong_side),
                              "cannot apply a boundary hint");
            if (GEOSisEmpty_r(ctx.get(), across.get()) == 1) {
                continue;
            }
            piece.geometry = own(ctx, GEOSDifference_r(ctx.get(), piece.geometry.get(), wrong_side),
                                 "cannot apply a boundary hint");
            moved.push_back(KeyedPiece{is_left ? band.right : band.left, std::move(across)});
        }
        for (auto& m : moved) {
            pieces.push_back(std::move(m));
        }
    }
}

} // namespace

std::vector<Seed> read_district_seats(const std::string& path) {
    std::vector<Seed> seeds;
    read_tsv(path, {}, [&](const std::vector<std::string>& f, const ErrorContext& where) {
        if (f.size() < 12) {
            throw InputError("expected the 19 GeoNames columns, got " + std::to_string(f.size()),
                             where);
        }
        Seed s;
        s.name = f[1];
        s.lat = parse_double(f[4], where);
        s.lon = parse_double(f[5], where);
        s.admin1 = f[10];
        s.district = parse_id(f[11], where);
        s.origin = where.file + ":" + std::to_string(where.line);
        seeds.push_back(std::move(s));
    });
    return seeds;
}

std::vector<Seed> read_subdistrict_seats(const std::string& path) {
    std::vector<Seed> seeds;
    read_tsv(path, {"admin1", "district", "subdistrict", "name", "lat", "lon", "source"},
             [&](const std::vector<std::string>& f, const ErrorContext& where) {
                 if (f.size() != 7) {
                     throw InputError("expected 7 columns, got " + std::to_string(f.size()), where);
                 }
                 Seed s;
                 s.admin1 = f[0];
                 s.district = parse_id(f[1], where);
                 s.subdistrict = f[2];
                 s.name = f[3];
                 s.lat = parse_double(f[4], where);
                 s.lon = parse_double(f[5], where);
                 s.origin = where.file + ":" + std::to_string(where.line);
                 seeds.push_back(std::move(s));
             });
    return seeds;
}

std::vector<DistrictArea> read_district_areas(const std::string& path) {
    std::vector<DistrictArea> areas;
    read_tsv(path, {"admin1", "district", "name", "area_km2", "role", "source"},
             [&](const std::vector<std::string>& f, const ErrorContext& where) {
                 if (f.size() != 6) {
                     throw InputError("expected 6 columns, got " + std::to_string(f.size()), where);
                 }
                 DistrictArea a;
                 a.admin1 = f[0];
                 a.district = parse_id(f[1], where);
                 a.name = f[2];
                 a.area_km2 = parse_double(f[3], where);
                 if (a.area_km2 <= 0) {
                     throw InputError("the area must be positive", where);
                 }
                 if (f[4] != "fit" && f[4] != "check") {
                     throw InputError("role must be 'fit' or 'check', got '" + f[4] + "'", where);
                 }
                 a.fit = f[4] == "fit";
                 a.source = f[5];
                 a.origin = where.file + ":" + std::to_string(where.line);
                 areas.push_back(std::move(a));
             });
    return areas;
}

std::vector<Seed> read_boundary_hints(const std::string& path, double spacing_km,
                                      double offset_km) {
    std::vector<Seed> seeds;
    GeosContext ctx;
    read_tsv(path,
             {"name", "admin1", "left_district", "left_subdistrict", "right_district",
              "right_subdistrict", "wkt", "source"},
             [&](const std::vector<std::string>& f, const ErrorContext& where) {
                 if (f.size() != 8) {
                     throw InputError("expected 8 columns, got " + std::to_string(f.size()), where);
                 }
                 auto* reader = GEOSWKTReader_create_r(ctx.get());
                 GEOSGeometry* raw = GEOSWKTReader_read_r(ctx.get(), reader, f[6].c_str());
                 GEOSWKTReader_destroy_r(ctx.get(), reader);
                 if (raw == nullptr) {
                     throw InputError("bad WKT: " + ctx.take_error(), where);
                 }
                 GeomPtr line(raw, GeomDeleter{ctx.get()});
                 const MultiLineString lines = lines_from_geos(ctx, line.get());
                 if (lines.size() != 1 || lines[0].size() < 2) {
                     throw InputError("expected a LINESTRING of at least 2 positions", where);
                 }
                 const std::int64_t left = parse_id(f[2], where);
                 const std::int64_t right = parse_id(f[4], where);
                 const auto& pts = lines[0];
                 // A local plane in km around the line's first position.
                 const double lat0 = pts[0][1];
                 const double kx = 111.32 * std::cos(lat0 * std::numbers::pi / 180);
                 const double ky = 110.57;
                 for (std::size_t i = 1; i < pts.size(); ++i) {
                     const double x0 = pts[i - 1][0] * kx, y0 = pts[i - 1][1] * ky;
                     const double dx = pts[i][0] * kx - x0, dy = pts[i][1] * ky - y0;
                     const double len = std::hypot(dx, dy);
                     if (len == 0) {
                         continue;
                     }
                     const double nx = -dy / len, ny = dx / len; // to the left of travel
                     const int steps = std::max(1, static_cast<int>(std::ceil(len / spacing_km)));
                     for (int k = 0; k <= steps; ++k) {
                         if (k == steps && i + 1 < pts.size()) {
                             continue; // the next segment starts here
                         }
                         const double t = static_cast<double>(k) / steps;
                         const double x = x0 + (t * dx), y = y0 + (t * dy);
                         for (int side = 0; side < 2; ++side) {
                             const double sgn = side == 0 ? 1.0 : -1.0;
                             Seed s;
                             s.admin1 = f[1];
                             s.district = side == 0 ? left : right;
                             s.subdistrict = side == 0 ? f[3] : f[5];
                             s.lon = (x + (sgn * nx * offset_km)) / kx;
                             s.lat = (y + (sgn * ny * offset_km)) / ky;
                             s.name = f[0] + (side == 0 ? " (left)" : " (right)");
                             s.origin = where.file + ":" + std::to_string(where.line);
                             s.across = side == 0 ? right : left;
                             seeds.push_back(std::move(s));
                         }
                     }
                 }
             });
    return seeds;
}

std::vector<PartitionCell> partition_by_seeds(const AreaLayer& governorates,
                                              const std::vector<Seed>& seeds,
                                              const std::set<std::string>& admin1_codes,
                                              Diagnostics& diag,
                                              const std::vector<DistrictArea>& areas) {
    GeosContext ctx;
    std::vector<PartitionCell> cells;
    for (const auto& gov : governorates.features) {
        const std::string code = gov.text("admin1_code");
        if (admin1_codes.count(code) == 0) {
            continue;
        }
        const auto* shape = std::get_if<MultiPolygon>(&gov.geometry);
        if (shape == nullptr) {
            continue;
        }
        auto gov_geom = make_valid_polygonal(ctx, to_geos(ctx, *shape).get());
        auto gov_prepared = prepare(ctx, gov_geom.get());
        double ymin = 0, ymax = 0, xmin = 0, xmax = 0;
        GEOSGeom_getYMin_r(ctx.get(), gov_geom.get(), &ymin);
        GEOSGeom_getYMax_r(ctx.get(), gov_geom.get(), &ymax);
        GEOSGeom_getXMin_r(ctx.get(), gov_geom.get(), &xmin);
        GEOSGeom_getXMax_r(ctx.get(), gov_geom.get(), &xmax);
        const ScaledPlane plane((ymin + ymax) / 2);

        // The governorate's seeds, without exact duplicates.
        std::vector<const Seed*> mine;
        std::map<std::pair<double, double>, const Seed*> at;
        for (const auto& s : seeds) {
            if (s.admin1 != code) {
                continue;
            }
            auto [it, fresh] = at.emplace(std::make_pair(s.lon, s.lat), &s);
            if (!fresh) {
                if (it->second->district != s.district ||
                    it->second->subdistrict != s.subdistrict) {
                    throw InputError(
                        "two seeds at one position with different districts: " + it->second->name +
                            " (" + it->second->origin + ") and " + s.name,
                        ErrorContext{s.origin, 0, 0, {}});
                }
                continue;
            }
            auto pt = make_point(ctx, s.lon, s.lat);
            // A hint's seeds only draw its line, which may run along the governorate's edge.
            if (s.across == 0 &&
                GEOSPreparedIntersects_r(ctx.get(), gov_prepared.get(), pt.get()) != 1) {
                diag.warn("seed '" + s.name + "' (" + s.origin + ") lies outside governorate " +
                              gov.text("name") + " in Natural Earth; its cell is clipped",
                          {}, "seed-outside-governorate");
            }
            mine.push_back(&s);
        }
        if (mine.empty()) {
            throw InputError("no seeds for governorate " + gov.text("name") + " (" + code + ")");
        }

        // Sites in the scaled plane (the seeds that are not a hint's), weights per district.
        std::vector<PowerSite> sites;
        std::vector<const Seed*> site_seed;
        std::map<std::int64_t, std::size_t> group_of;
        std::vector<std::int64_t> group_district;
        for (const auto* s : mine) {
            if (s->across != 0) {
                continue;
            }
            auto [it, fresh] = group_of.emplace(s->district, group_district.size());
            if (fresh) {
                group_district.push_back(s->district);
            }
            sites.push_back(PowerSite{s->lon * plane.k, s->lat, it->second});
            site_seed.push_back(s);
        }
        if (sites.empty()) {
            throw InputError("no seeds but hints for governorate " + gov.text("name") + " (" +
                             code + ")");
        }
        std::vector<double> weights(group_district.size(), 0.0);
        // The diagram must cover the governorate: a frame well beyond its envelope.
        const std::array<double, 4> frame{(xmin - 1) * plane.k, ymin - 1, (xmax + 1) * plane.k,
                                          ymax + 1};
        const auto bands = hint_bands(ctx, mine, code, plane);

        // Each site's cell, clipped to the governorate, then corrected along the hints.
        const auto clipped_cells = [&] {
            std::vector<KeyedPiece> out;
            const auto rings = power_cells(sites, weights, frame);
            for (std::size_t i = 0; i < rings.size(); ++i) {
                const auto& ring = rings[i];
                if (ring.size() < 3) {
                    continue;
                }
                Ring lonlat;
                for (const auto& p : ring) {
                    lonlat.push_back({p[0] / plane.k, p[1]});
                }
                lonlat.push_back(lonlat.front());
                out.push_back(KeyedPiece{
                    CellKey{code, site_seed[i]->district, site_seed[i]->subdistrict},
                    own(ctx,
                        GEOSIntersection_r(ctx.get(),
                                           to_geos(ctx, MultiPolygon{Polygon{{lonlat}}}).get(),
                                           gov_geom.get()),
                        "cannot clip a cell to its governorate")});
            }
            apply_hint_bands(ctx, bands, out);
            return out;
        };

        // Fit the weights of the districts with a target area.
        std::map<std::size_t, double> target; // group -> km²
        for (const auto& a : areas) {
            if (!a.fit || a.admin1 != code) {
                continue;
            }
            const auto g = group_of.find(a.district);
            if (g == group_of.end()) {
                diag.warn("area target for " + a.name + " (" + a.origin +
                              ") has no seed in governorate " + gov.text("name"),
                          {}, "area-target-without-seed");
                continue;
            }
            target[g->second] = a.area_km2;
        }
        if (!target.empty()) {
            constexpr double kKmPerUnit = 111.0; // the plane's unit is about a degree of latitude
            constexpr int kMaxRounds = 200;
            int round = 0;
            double worst = 0;
            for (; round < kMaxRounds; ++round) {
                std::vector<double> area(weights.size(), 0.0);
                for (const auto& piece : clipped_cells()) {
                    const auto g = group_of.find(piece.key.district);
                    if (g != group_of.end()) {
                        area[g->second] +=
                            geodesic_area_km2(polygons_from_geos(ctx, piece.geometry.get()));
                    }
                }
                worst = 0;
                for (const auto& [g, t] : target) {
                    worst = std::max(worst, std::abs(area[g] - t) / t);
                }
                if (worst < 0.005) {
                    break;
                }
                // Moving a border by d between seeds L apart takes a weight change of 2 L d; with
                // L about twice the district's equivalent radius r, growing r to the target's
                // takes 4 r (r_target - r). Half a step at a time: neighbours move together.
                for (const auto& [g, t] : target) {
                    const double r = std::sqrt(std::max(area[g], 1.0) / std::numbers::pi);
                    const double r_target = std::sqrt(t / std::numbers::pi);
                    weights[g] += 0.5 * 4 * r * (r_target - r) / (kKmPerUnit * kKmPerUnit);
                }
            }
            diag.note(gov.text("name") + ": fitted " + std::to_string(target.size()) +
                      " district area(s) in " + std::to_string(round) +
                      " round(s), largest difference " +
                      std::to_string(static_cast<int>(std::lround(worst * 1000))) + "\u2030");
        }

        std::map<CellKey, std::vector<GeomPtr>> pieces;
        for (auto& piece : clipped_cells()) {
            pieces[piece.key].push_back(std::move(piece.geometry));
        }
        for (auto& [key, parts_of_key] : pieces) {
            std::vector<const GEOSGeometry*> raw;
            for (const auto& p : parts_of_key) {
                raw.push_back(p.get());
            }
            auto dissolved = union_of(ctx, raw);
            auto polygons = polygons_from_geos(ctx, dissolved.get());
            if (!polygons.empty()) {
                cells.push_back(
                    PartitionCell{key.admin1, key.district, key.subdistrict, std::move(polygons)});
            }
        }
    }
    return cells;
}

DisputedLayers build_disputed_from_seeds(const AreaLayer& governorates,
                                         const std::vector<Seed>& seeds, Diagnostics& diag,
                                         const std::vector<DistrictArea>& areas) {
    const auto& catalog = disputed_area_catalog();
    std::set<std::string> codes;
    for (const auto& spec : catalog) {
        codes.emplace(spec.admin1_code);
    }
    const auto cells = partition_by_seeds(governorates, seeds, codes, diag, areas);

    DisputedLayers layers;
    GeosContext ctx;
    for (const auto& spec : catalog) {
        std::vector<GeomPtr> parts;
        std::vector<const GEOSGeometry*> raw;
        for (const auto& c : cells) {
            if (c.admin1 == spec.admin1_code && c.district == spec.district_id &&
                (!spec.subdistrict || c.subdistrict == spec.subdistrict_key)) {
                parts.push_back(to_geos(ctx, c.geometry));
                raw.push_back(parts.back().get());
            }
        }
        if (raw.empty()) {
            throw InputError("no seed for " + std::string(spec.name) + " (district " +
                             std::to_string(spec.district_id) +
                             (spec.subdistrict
                                  ? ", sub-district '" + std::string(spec.subdistrict_key) + "'"
                                  : std::string()) +
                             ")");
        }
        auto u = union_of(ctx, raw);
        layers.areas.features.push_back(
            make_area_feature(spec, polygons_from_geos(ctx, u.get()), kMethodVoronoi));
    }

    std::vector<MultiPolygon> kri, others;
    for (const auto& gov : governorates.features) {
        const auto* mp = std::get_if<MultiPolygon>(&gov.geometry);
        if (mp == nullptr) {
            continue;
        }
        const auto* v = gov.attribute("kri");
        const bool is_kri = v != nullptr && std::holds_alternative<bool>(*v) && std::get<bool>(*v);
        (is_kri ? kri : others).push_back(*mp);
    }
    complete_disputed_layers(layers, kri, others);
    return layers;
}

} // namespace conflictmap::geo
