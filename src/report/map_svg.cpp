#include "report/map_svg.hpp"

#include "geo/geodesy.hpp"
#include "report/event_style.hpp"
#include "report/hex_grid.hpp"
#include "report/label_placement.hpp"
#include "report/map_projection.hpp"
#include "report/markup_text.hpp"
#include "report/number_format.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <variant>

namespace conflictmap::report {

namespace {

/// Events farther than this from the median event are left off the map (and counted), so one
/// event abroad (a repatriation in Delaware) does not shrink Iraq to a dot.
constexpr double kFocusRadiusKm = 1500.0;
/// The map shows at least this much ground (metres) across, so a single event has context.
constexpr double kMinSpanMetres = 250'000.0;
constexpr double kMarginShare = 0.08;
constexpr double kMinAspect = 0.62; ///< frame height / width
constexpr double kMaxAspect = 1.15;
constexpr double kHexRadius = 9.0; ///< pixels, centre to corner
/// Hexagons holding at most this many events show the events themselves.
constexpr std::uint64_t kSparseHexMax = 2;
/// Tooltips (<title>) on symbols only up to this many symbols: they cost ~100 bytes each.
constexpr std::size_t kMaxTooltips = 2000;
/// Polygon vertices closer than this (pixels) to the previous kept one are dropped.
constexpr double kSimplifyPixels = 0.6;
constexpr const char* kFontFamily =
    "'Noto Sans','DejaVu Sans','Segoe UI',Roboto,Arial,Helvetica,sans-serif";

struct LonLatBox {
    double west, south, east, north;
};
/// Iraq with a little of its neighbours: the map when no event is located.
constexpr LonLatBox kIraq{38.6, 28.9, 48.8, 37.5};

struct HexClass {
    std::uint64_t min_events;
    const char* fill;
    const char* label;
};
// A neutral grey ramp: hexagons hold every event type, so they must not borrow a type's colour.
constexpr HexClass kHexClasses[] = {{3, "#D5D6DC", "3\u20139"},
                                    {10, "#A9ABB4", "10\u201349"},
                                    {50, "#7B7E89", "50\u2013249"},
                                    {250, "#4E505A", "250\u2013999"},
                                    {1000, "#25262B", "1,000+"}};

using Point = std::array<double, 2>;
using ScreenRing = std::vector<Point>;

/// The lower median, so the result is one of the values and does not depend on averaging.
double lower_median(std::vector<double> v) {
    const auto mid = v.begin() + static_cast<std::ptrdiff_t>((v.size() - 1) / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

/// "44°E", "35.5°N".
std::string degrees_label(double value, bool longitude) {
    std::string number = format_fixed(std::fabs(value), 2);
    while (number.back() == '0') {
        number.pop_back();
    }
    if (number.back() == '.') {
        number.pop_back();
    }
    const char* hemisphere = longitude ? (value < 0 ? "W" : "E") : (value < 0 ? "S" : "N");
    return number + "\u00B0" + hemisphere;
}

/// 1, 2 or 5 times a power of ten, the largest not above limit.
double nice_floor(double limit) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(limit)));
    for (const double m : {5.0, 2.0, 1.0}) {
        if (m * magnitude <= limit) {
            return m * magnitude;
        }
    }
    return magnitude;
}

/// Splits text into lines no wider than max_width (estimated) at spaces.
std::vector<std::string> wrap_words(const std::string& text, double font_size, double max_width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find(' ', pos);
        if (end == std::string::npos) {
            end = text.size();
        }
        const std::string word = text.substr(pos, end - pos);
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (!line.empty() && estimated_text_width(candidate, font_size) > max_width) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
        pos = end + 1;
    }
    if (!line.empty()) {
        lines.push_back(line);
    }
    return lines;
}

bool point_in_ring(const ScreenRing& ring, double x, double y) {
    bool inside = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const auto& a = ring[i];
        const auto& b = ring[j];
        if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
            inside = !inside;
        }
    }
    return inside;
}

double distance_to_ring(const ScreenRing& ring, double x, double y) {
    double best = std::numeric_limits<double>::max();
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const auto& a = ring[j];
        const auto& b = ring[i];
        const double dx = b[0] - a[0];
        const double dy = b[1] - a[1];
        const double len2 = dx * dx + dy * dy;
        double t = len2 > 0 ? ((x - a[0]) * dx + (y - a[1]) * dy) / len2 : 0.0;
        t = std::clamp(t, 0.0, 1.0);
        const double px = a[0] + t * dx - x;
        const double py = a[1] + t * dy - y;
        best = std::min(best, px * px + py * py);
    }
    return std::sqrt(best);
}

double ring_area(const ScreenRing& ring) {
    double a = 0.0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
    }
    return std::fabs(a) / 2.0;
}

/// A point well inside the ring for its label: of a 16 x 16 grid over the ring's bounding box,
/// the inside point farthest from the outline (a cheap pole of inaccessibility).
std::optional<Point> label_point(const ScreenRing& ring, double* clearance) {
    double x0 = std::numeric_limits<double>::max(), y0 = x0, x1 = -x0, y1 = -x0;
    for (const auto& p : ring) {
        x0 = std::min(x0, p[0]);
        y0 = std::min(y0, p[1]);
        x1 = std::max(x1, p[0]);
        y1 = std::max(y1, p[1]);
    }
    std::optional<Point> best;
    double best_d = 0.0;
    constexpr int kSteps = 16;
    for (int i = 0; i < kSteps; ++i) {
        for (int j = 0; j < kSteps; ++j) {
            const double x = x0 + (x1 - x0) * (i + 0.5) / kSteps;
            const double y = y0 + (y1 - y0) * (j + 0.5) / kSteps;
            if (!point_in_ring(ring, x, y)) {
                continue;
            }
            const double d = distance_to_ring(ring, x, y);
            if (d > best_d) {
                best_d = d;
                best = Point{x, y};
            }
        }
    }
    *clearance = best_d;
    return best;
}

std::string attr(const char* name, double value) {
    return std::string(" ") + name + "=\"" + svg_number(value) + "\"";
}

/// A located event on the map, in screen pixels.
struct MappedEvent {
    const EventRecord* event;
    std::size_t order; ///< report order
    double x;
    double y;
};

class MapRenderer {
public:
    MapRenderer(const std::vector<EventRecord>& events, const ReportFigures& figures,
                const MapLayers& layers, const MapOptions& options)
        : events_(events), figures_(figures), layers_(layers), options_(options),
          width_(options.width) {}

    MapResult render();

private:
    void choose_focus();
    void fit_frame();
    Point to_screen(double x, double y) const {
        return {(x - min_x_) / metres_per_pixel_, (max_y_ - y) / metres_per_pixel_};
    }
    std::vector<ScreenRing> screen_rings(const geo::Polygon& polygon);
    std::string area_paths(const geo::AreaLayer& layer, const char* style,
                           std::vector<std::pair<std::string, ScreenRing>>* largest_rings);
    std::string graticule();
    std::string scale_bar();
    std::string north_arrow();
    std::string events_layer();
    std::string place_labels();
    std::string governorate_labels();
    void build_legend();
    std::string svg_legend(double top, double* height) const;
    std::string symbol_title(const EventRecord& e) const;

    const std::vector<EventRecord>& events_;
    const ReportFigures& figures_;
    const MapLayers& layers_;
    const MapOptions& options_;
    MapResult result_;

    double width_;
    double height_ = 0.0; ///< of the map frame
    double min_x_ = 0.0;
    double max_y_ = 0.0;
    double metres_per_pixel_ = 1.0;
    double centre_lat_ = 0.0;
    double centre_lon_ = 0.0;
    std::unique_ptr<MapProjection> projection_;
    std::vector<std::size_t> focus_;          ///< indices of located events on the map
    std::vector<std::string> outside_places_; ///< names of events left off the map
    std::vector<MappedEvent> mapped_;         ///< focus events in screen pixels
    std::unique_ptr<LabelPlacer> placer_;
    std::vector<std::pair<std::string, ScreenRing>> governorate_rings_;
    std::uint64_t hex_max_count_ = 0;
    std::int64_t max_symbol_fatalities_ = 0;
};

void MapRenderer::choose_focus() {
    std::vector<std::size_t> located;
    std::vector<double> lats, lons;
    for (std::size_t i = 0; i < events_.size(); ++i) {
        const auto& e = events_[i];
        if (e.latitude && e.longitude) {
            located.push_back(i);
            lats.push_back(*e.latitude);
            lons.push_back(*e.longitude);
        }
    }
    if (located.empty()) {
        return;
    }
    const double median_lat = lower_median(lats);
    const double median_lon = lower_median(lons);
    std::set<std::string> outside;
    for (const std::size_t i : located) {
        const auto& e = events_[i];
        if (geo::approx_distance_km({median_lat, median_lon}, {*e.latitude, *e.longitude}) <=
            kFocusRadiusKm) {
            focus_.push_back(i);
        } else {
            ++result_.events_outside;
            outside.insert(e.location.empty() ? "an unnamed place" : e.location);
        }
    }
    outside_places_.assign(outside.begin(), outside.end());
}

void MapRenderer::fit_frame() {
    LonLatBox box = kIraq;
    if (!focus_.empty()) {
        box = {180.0, 90.0, -180.0, -90.0};
        for (const std::size_t i : focus_) {
            box.west = std::min(box.west, *events_[i].longitude);
            box.east = std::max(box.east, *events_[i].longitude);
            box.south = std::min(box.south, *events_[i].latitude);
            box.north = std::max(box.north, *events_[i].latitude);
        }
    }
    centre_lat_ = std::round((box.south + box.north) / 2.0 * 1e4) / 1e4;
    centre_lon_ = std::round((box.west + box.east) / 2.0 * 1e4) / 1e4;
    projection_ = std::make_unique<MapProjection>(centre_lat_, centre_lon_);

    // Projected bounds of what must be visible: the events, or the outline of Iraq's box.
    std::vector<double> xs, ys;
    if (focus_.empty()) {
        constexpr int kSteps = 16;
        for (int k = 0; k <= kSteps; ++k) {
            const double t = static_cast<double>(k) / kSteps;
            const double lon = box.west + (box.east - box.west) * t;
            const double lat = box.south + (box.north - box.south) * t;
            for (const auto& [x, y] : {Point{lon, box.south}, Point{lon, box.north},
                                       Point{box.west, lat}, Point{box.east, lat}}) {
                xs.push_back(x);
                ys.push_back(y);
            }
        }
    } else {
        for (const std::size_t i : focus_) {
            xs.push_back(*events_[i].longitude);
            ys.push_back(*events_[i].latitude);
        }
    }
    projection_->forward(xs, ys);
    double x0 = std::numeric_limits<double>::max(), y0 = x0, x1 = -x0, y1 = -x0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (std::isnan(xs[i])) {
            continue;
        }
        x0 = std::min(x0, xs[i]);
        x1 = std::max(x1, xs[i]);
        y0 = std::min(y0, ys[i]);
        y1 = std::max(y1, ys[i]);
    }
    if (x0 > x1) { // nothing projectable
        x0 = y0 = -kMinSpanMetres / 2;
        x1 = y1 = kMinSpanMetres / 2;
    }
    double span_x = std::max(x1 - x0, kMinSpanMetres);
    double span_y = std::max(y1 - y0, kMinSpanMetres);
    if (!focus_.empty()) {
        span_x *= 1.0 + 2.0 * kMarginShare;
        span_y *= 1.0 + 2.0 * kMarginShare;
    }
    // The frame keeps a readable shape: widen the narrow side rather than distort.
    const double aspect = std::clamp(span_y / span_x, kMinAspect, kMaxAspect);
    if (span_y / span_x < aspect) {
        span_y = span_x * aspect;
    } else {
        span_x = span_y / aspect;
    }
    const double cx = (x0 + x1) / 2.0;
    const double cy = (y0 + y1) / 2.0;
    metres_per_pixel_ = span_x / width_;
    height_ = std::round(width_ * aspect);
    min_x_ = cx - span_x / 2.0;
    max_y_ = cy + height_ * metres_per_pixel_ / 2.0;

    // Geographic extent of the frame, from its outline (for summary.json).
    double w = 180, s = 90, e = -180, n = -90;
    constexpr int kSteps = 20;
    for (int k = 0; k <= kSteps; ++k) {
        const double t = static_cast<double>(k) / kSteps;
        for (const auto& [px, py] : {Point{t * width_, 0}, Point{t * width_, height_},
                                     Point{0, t * height_}, Point{width_, t * height_}}) {
            const auto ll = projection_->inverse(min_x_ + px * metres_per_pixel_,
                                                 max_y_ - py * metres_per_pixel_);
            if (!std::isnan(ll[0])) {
                w = std::min(w, ll[0]);
                e = std::max(e, ll[0]);
                s = std::min(s, ll[1]);
                n = std::max(n, ll[1]);
            }
        }
    }
    result_.extent_lonlat = {std::round(w * 1e4) / 1e4, std::round(s * 1e4) / 1e4,
                             std::round(e * 1e4) / 1e4, std::round(n * 1e4) / 1e4};
    result_.centre_lat = centre_lat_;
    result_.centre_lon = centre_lon_;
    result_.metres_per_pixel = metres_per_pixel_;
}

std::vector<ScreenRing> MapRenderer::screen_rings(const geo::Polygon& polygon) {
    std::vector<ScreenRing> rings;
    for (const auto& ring : polygon.rings) {
        std::vector<double> xs, ys;
        xs.reserve(ring.size());
        ys.reserve(ring.size());
        for (const auto& p : ring) {
            xs.push_back(p[0]);
            ys.push_back(p[1]);
        }
        projection_->forward(xs, ys);
        ScreenRing screen;
        for (std::size_t i = 0; i < xs.size(); ++i) {
            if (std::isnan(xs[i])) {
                continue;
            }
            const Point p = to_screen(xs[i], ys[i]);
            if (!screen.empty() && std::fabs(p[0] - screen.back()[0]) < kSimplifyPixels &&
                std::fabs(p[1] - screen.back()[1]) < kSimplifyPixels) {
                continue;
            }
            screen.push_back(p);
        }
        if (screen.size() >= 3) {
            rings.push_back(std::move(screen));
        }
    }
    return rings;
}

std::string MapRenderer::area_paths(const geo::AreaLayer& layer, const char* style,
                                    std::vector<std::pair<std::string, ScreenRing>>* largest) {
    std::string out;
    const double margin = 20.0;
    for (const auto& feature : layer.features) {
        const auto* polygons = std::get_if<geo::MultiPolygon>(&feature.geometry);
        if (polygons == nullptr) {
            continue;
        }
        std::string d;
        ScreenRing biggest;
        double biggest_area = 0.0;
        for (const auto& polygon : *polygons) {
            auto rings = screen_rings(polygon);
            if (rings.empty()) {
                continue;
            }
            // Skip polygons wholly outside the frame; the clip path trims the rest.
            double x0 = std::numeric_limits<double>::max(), y0 = x0, x1 = -x0, y1 = -x0;
            for (const auto& p : rings.front()) {
                x0 = std::min(x0, p[0]);
                y0 = std::min(y0, p[1]);
                x1 = std::max(x1, p[0]);
                y1 = std::max(y1, p[1]);
            }
            if (x1 < -margin || y1 < -margin || x0 > width_ + margin || y0 > height_ + margin) {
                continue;
            }
            for (const auto& ring : rings) {
                for (std::size_t i = 0; i < ring.size(); ++i) {
                    d += i == 0 ? 'M' : (i == 1 ? 'L' : ' ');
                    append_svg_number(d, ring[i][0]);
                    d += ',';
                    append_svg_number(d, ring[i][1]);
                }
                d += 'Z';
            }
            const double area = ring_area(rings.front());
            if (area > biggest_area) {
                biggest_area = area;
                biggest = rings.front();
            }
        }
        if (d.empty()) {
            continue;
        }
        out += "<path d=\"" + d + "\"";
        const std::string name = feature.text("name");
        out += ">";
        if (!name.empty()) {
            out += "<title>" + xml_escape(name) + "</title>";
        }
        out += "</path>";
        if (largest != nullptr && !name.empty()) {
            largest->emplace_back(name, std::move(biggest));
        }
    }
    if (out.empty()) {
        return out;
    }
    return std::string("<g ") + style + ">" + out + "</g>";
}

std::string MapRenderer::graticule() {
    // Geographic range of the frame (inverse-projected outline).
    const auto& ext = result_.extent_lonlat;
    const double lon_span = ext[2] - ext[0];
    const double lat_span = ext[3] - ext[1];
    double step = 10.0;
    for (const double s : {0.25, 0.5, 1.0, 2.0, 5.0, 10.0}) {
        if (std::max(lon_span, lat_span) / s <= 7.0) {
            step = s;
            break;
        }
    }
    std::string lines;
    std::string labels;
    const auto draw = [&](bool meridian, double value) {
        std::vector<double> xs, ys;
        constexpr int kSamples = 48;
        const double from = meridian ? ext[1] - lat_span * 0.1 : ext[0] - lon_span * 0.1;
        const double to = meridian ? ext[3] + lat_span * 0.1 : ext[2] + lon_span * 0.1;
        for (int k = 0; k <= kSamples; ++k) {
            const double t = from + (to - from) * k / kSamples;
            xs.push_back(meridian ? value : t);
            ys.push_back(meridian ? t : value);
        }
        projection_->forward(xs, ys);
        std::string d;
        std::optional<Point> previous;
        std::optional<double> crossing; // where the line meets the bottom (left) edge
        std::size_t vertices = 0;
        for (std::size_t i = 0; i < xs.size(); ++i) {
            if (std::isnan(xs[i])) {
                continue;
            }
            const Point p = to_screen(xs[i], ys[i]);
            d += vertices == 0 ? 'M' : (vertices == 1 ? 'L' : ' ');
            ++vertices;
            append_svg_number(d, p[0]);
            d += ',';
            append_svg_number(d, p[1]);
            if (previous && !crossing) {
                const double a = meridian ? (*previous)[1] - height_ : (*previous)[0];
                const double b = meridian ? p[1] - height_ : p[0];
                if ((a <= 0) != (b <= 0)) {
                    const double t = a / (a - b);
                    crossing = meridian ? (*previous)[0] + t * (p[0] - (*previous)[0])
                                        : (*previous)[1] + t * (p[1] - (*previous)[1]);
                }
            }
            previous = p;
        }
        if (d.empty()) {
            return;
        }
        lines += "<path d=\"" + d + "\"/>";
        if (!crossing) {
            return;
        }
        const std::string text = degrees_label(value, meridian);
        const double w = estimated_text_width(text, 10.5);
        Box box;
        double tx = 0, ty = 0;
        const char* anchor = "middle";
        if (meridian) {
            tx = *crossing;
            ty = height_ - 5;
            box = {tx - w / 2, height_ - 16, tx + w / 2, height_};
        } else {
            tx = 4;
            ty = *crossing - 3;
            anchor = "start";
            box = {0, *crossing - 14, w + 6, *crossing};
        }
        if (box.x0 < 0 || box.x1 > width_ - 2 || box.y0 < 2 || box.y1 > height_) {
            return;
        }
        placer_->reserve(box);
        labels += "<text" + attr("x", tx) + attr("y", ty) + " text-anchor=\"" + anchor + "\">" +
                  xml_escape(text) + "</text>";
    };
    for (double lon = std::ceil(ext[0] / step) * step; lon <= ext[2]; lon += step) {
        draw(true, lon);
    }
    for (double lat = std::ceil(ext[1] / step) * step; lat <= ext[3]; lat += step) {
        draw(false, lat);
    }
    std::string out = "<g fill=\"none\" stroke=\"#8C9AA6\" stroke-width=\"0.6\" "
                      "stroke-opacity=\"0.55\">" +
                      lines + "</g>";
    if (!labels.empty()) {
        // A white halo as a copy under the text (paint-order is not universal in SVG viewers).
        out += "<g font-size=\"10.5\"><g fill=\"#FFFFFF\" stroke=\"#FFFFFF\" stroke-width=\"3\" "
               "stroke-linejoin=\"round\">" +
               labels + "</g><g fill=\"#5E6A73\">" + labels + "</g></g>";
    }
    return out;
}

std::string MapRenderer::scale_bar() {
    // Length of the bar: a round distance near a fifth of the frame, measured along the
    // geodesic from the centre (where LAEA's scale is exact) and projected back.
    const double frame_km = width_ * metres_per_pixel_ / 1000.0;
    const double km = nice_floor(frame_km * 0.2);
    const auto east = geodesic_destination(centre_lat_, centre_lon_, 90.0, km * 1000.0);
    const auto a = projection_->forward(centre_lon_, centre_lat_);
    const auto b = projection_->forward(east[1], east[0]);
    const double length = std::hypot(b[0] - a[0], b[1] - a[1]) / metres_per_pixel_;
    result_.scale_bar_km = km;
    result_.scale_bar_px = length;

    const double x = 16.0;
    const double y = height_ - 30.0;
    const std::string half = svg_number(km / 2.0);
    const std::string full = svg_number(km);
    const double label_w = estimated_text_width(full + " km", 10.5);
    const Box box{x - 8, y - 16, x + length + label_w / 2 + 8, y + 12};
    placer_->reserve(box);
    std::string out = "<g>";
    out += "<rect" + attr("x", box.x0) + attr("y", box.y0) + attr("width", box.x1 - box.x0) +
           attr("height", box.y1 - box.y0) + " rx=\"3\" fill=\"#FFFFFF\" fill-opacity=\"0.85\"/>";
    out += "<rect" + attr("x", x) + attr("y", y) + attr("width", length / 2) +
           " height=\"5\" fill=\"#333333\"/>";
    out += "<rect" + attr("x", x + length / 2) + attr("y", y) + attr("width", length / 2) +
           " height=\"5\" fill=\"#FFFFFF\" stroke=\"#333333\" stroke-width=\"0.8\"/>";
    out += "<rect" + attr("x", x) + attr("y", y) + attr("width", length) +
           " height=\"5\" fill=\"none\" stroke=\"#333333\" stroke-width=\"0.8\"/>";
    out += "<g font-size=\"10.5\" fill=\"#333333\" text-anchor=\"middle\">";
    out += "<text" + attr("x", x) + attr("y", y - 4) + ">0</text>";
    out += "<text" + attr("x", x + length / 2) + attr("y", y - 4) + ">" + half + "</text>";
    out += "<text" + attr("x", x + length) + attr("y", y - 4) + ">" + full + " km</text>";
    out += "</g></g>";
    return out;
}

std::string MapRenderer::north_arrow() {
    // True north where the arrow stands (meridians converge away from the centre).
    const double ax = width_ - 30.0;
    const double ay = 40.0;
    const auto ll =
        projection_->inverse(min_x_ + ax * metres_per_pixel_, max_y_ - ay * metres_per_pixel_);
    double angle = 0.0;
    if (!std::isnan(ll[0])) {
        const auto p0 = projection_->forward(ll[0], ll[1]);
        const auto p1 = projection_->forward(ll[0], std::min(ll[1] + 0.1, 89.9));
        angle = std::atan2(p1[0] - p0[0], p1[1] - p0[1]) * 180.0 / 3.14159265358979323846;
    }
    placer_->reserve({ax - 18, ay - 30, ax + 18, ay + 18});
    std::string out = "<g transform=\"translate(" + svg_number(ax) + "," + svg_number(ay) +
                      ") rotate(" + format_fixed(angle, 1) + ")\">";
    out += "<circle r=\"15\" fill=\"#FFFFFF\" fill-opacity=\"0.85\" stroke=\"#999999\" "
           "stroke-width=\"0.6\"/>";
    out += "<path d=\"M0,-11L5,6L0,2Z\" fill=\"#333333\"/>";
    out += "<path d=\"M0,-11L-5,6L0,2Z\" fill=\"#FFFFFF\" stroke=\"#333333\" "
           "stroke-width=\"0.8\"/>";
    out += "<text y=\"-18\" font-size=\"11\" font-weight=\"700\" text-anchor=\"middle\" "
           "fill=\"#333333\">N</text>";
    out += "</g>";
    return out;
}

std::string MapRenderer::symbol_title(const EventRecord& e) const {
    std::string t = e.event_date ? e.event_date->iso() : std::string("undated");
    t += " \u2014 " + e.event_type;
    if (!e.sub_event_type.empty()) {
        t += " (" + e.sub_event_type + ")";
    }
    if (!e.location.empty()) {
        t += ", " + e.location;
    }
    t +=
        ": " + std::to_string(e.fatalities) + " killed, " + std::to_string(e.injuries) + " injured";
    return "<title>" + xml_escape(t) + "</title>";
}

std::string MapRenderer::events_layer() {
    // Screen positions of the focus events.
    std::vector<double> xs, ys;
    for (const std::size_t i : focus_) {
        xs.push_back(*events_[i].longitude);
        ys.push_back(*events_[i].latitude);
    }
    projection_->forward(xs, ys);
    for (std::size_t k = 0; k < focus_.size(); ++k) {
        if (std::isnan(xs[k])) {
            ++result_.events_outside;
            continue;
        }
        const Point p = to_screen(xs[k], ys[k]);
        mapped_.push_back({&events_[focus_[k]], focus_[k], p[0], p[1]});
    }
    result_.events_drawn = mapped_.size();

    std::vector<const MappedEvent*> as_symbols;
    std::string hexagons;
    if (mapped_.size() > options_.aggregate_above) {
        result_.aggregated = true;
        const HexGrid grid(kHexRadius);
        result_.hexagon_km =
            std::round(grid.width_across_flats() * metres_per_pixel_ / 100.0) / 10.0;
        std::map<HexCell, std::vector<const MappedEvent*>> cells;
        for (const auto& m : mapped_) {
            cells[grid.cell_of(m.x, m.y)].push_back(&m);
        }
        std::vector<std::string> by_class(std::size(kHexClasses));
        for (const auto& [cell, members] : cells) {
            if (members.size() <= kSparseHexMax) {
                as_symbols.insert(as_symbols.end(), members.begin(), members.end());
                continue;
            }
            std::size_t c = 0;
            while (c + 1 < std::size(kHexClasses) &&
                   members.size() >= kHexClasses[c + 1].min_events) {
                ++c;
            }
            std::int64_t fatalities = 0;
            for (const auto* m : members) {
                fatalities += m->event->fatalities;
            }
            hex_max_count_ = std::max<std::uint64_t>(hex_max_count_, members.size());
            std::string& out = by_class[c];
            out += "<path d=\"";
            grid.append_path(out, cell, 0.4);
            out += "\"><title>" + format_count(static_cast<std::int64_t>(members.size())) +
                   " events, " + format_count(fatalities) + " killed</title></path>";
            ++result_.hexagons;
            const auto centre = grid.centre(cell);
            placer_->add_obstacle({centre[0] - kHexRadius, centre[1] - kHexRadius,
                                   centre[0] + kHexRadius, centre[1] + kHexRadius});
        }
        for (std::size_t c = 0; c < by_class.size(); ++c) {
            if (!by_class[c].empty()) {
                hexagons += std::string("<g fill=\"") + kHexClasses[c].fill +
                            "\" stroke=\"#FFFFFF\" stroke-width=\"0.6\">" + by_class[c] + "</g>";
            }
        }
    } else {
        for (const auto& m : mapped_) {
            as_symbols.push_back(&m);
        }
    }

    // Large symbols first so small ones stay visible on top; then type, then report order.
    const auto type_order = event_type_order(events_);
    const auto rank = [&](const EventRecord& e) {
        return std::find(type_order.begin(), type_order.end(), e.event_type) - type_order.begin();
    };
    std::sort(as_symbols.begin(), as_symbols.end(),
              [&](const MappedEvent* a, const MappedEvent* b) {
                  const double ra = symbol_radius(a->event->fatalities);
                  const double rb = symbol_radius(b->event->fatalities);
                  if (ra != rb) {
                      return ra > rb;
                  }
                  const auto ta = rank(*a->event);
                  const auto tb = rank(*b->event);
                  return ta != tb ? ta < tb : a->order < b->order;
              });
    const bool tooltips = as_symbols.size() <= kMaxTooltips;
    std::string symbols;
    const EventStyle* run = nullptr;
    for (const auto* m : as_symbols) {
        const EventStyle& style = event_style(m->event->event_type);
        if (&style != run) {
            if (run != nullptr) {
                symbols += "</g>";
            }
            symbols += std::string("<g fill=\"") + style.colour + "\">";
            run = &style;
        }
        const double r = symbol_radius(m->event->fatalities);
        max_symbol_fatalities_ = std::max(max_symbol_fatalities_, m->event->fatalities);
        append_symbol(symbols, style.shape, m->x, m->y, r, {},
                      tooltips ? symbol_title(*m->event) : std::string());
        placer_->add_obstacle({m->x - r, m->y - r, m->x + r, m->y + r});
    }
    if (run != nullptr) {
        symbols += "</g>";
    }
    result_.symbols = as_symbols.size();
    return hexagons + "<g stroke=\"#FFFFFF\" stroke-width=\"0.9\" fill-opacity=\"0.92\">" +
           symbols + "</g>";
}

std::string MapRenderer::place_labels() {
    std::string halo;
    std::string text;
    std::size_t placed = 0;
    for (const auto& place : figures_.places) {
        if (placed == options_.max_place_labels) {
            break;
        }
        if (!place.latitude || !place.longitude) {
            continue;
        }
        const auto xy = projection_->forward(*place.longitude, *place.latitude);
        if (std::isnan(xy[0])) {
            continue;
        }
        const Point p = to_screen(xy[0], xy[1]);
        if (p[0] < 0 || p[1] < 0 || p[0] > width_ || p[1] > height_) {
            continue;
        }
        const double font = placed < 3 ? 14.5 : 13.0;
        const double w = estimated_text_width(place.location, font) * 1.05;
        const auto label =
            placer_->place_around(p[0], p[1], symbol_radius(place.fatalities), w, font * 1.25);
        if (!label) {
            continue;
        }
        ++placed;
        const std::string open = "<text" + attr("x", label->x) + attr("y", label->y) +
                                 " text-anchor=\"" + label->anchor + "\"" +
                                 (placed <= 3 ? " font-size=\"14.5\" font-weight=\"700\"" : "") +
                                 ">";
        halo += open + xml_escape(place.location) + "</text>";
        text += open + xml_escape(place.location) + "</text>";
    }
    result_.labels = placed;
    if (placed == 0) {
        return {};
    }
    // The halo is a separate copy under the text (not paint-order), for every SVG renderer.
    return "<g font-size=\"13\" font-weight=\"600\"><g fill=\"#FFFFFF\" stroke=\"#FFFFFF\" "
           "stroke-width=\"3.2\" stroke-linejoin=\"round\" stroke-opacity=\"0.9\">" +
           halo + "</g><g fill=\"#1F2328\">" + text + "</g></g>";
}

std::string MapRenderer::governorate_labels() {
    std::string out;
    for (const auto& [name, ring] : governorate_rings_) {
        double clearance = 0.0;
        const auto p = label_point(ring, &clearance);
        if (!p) {
            continue;
        }
        const double w = estimated_text_width(name, 11.5);
        // Only where the name fits comfortably inside the area.
        if (clearance < 9.0 || w > 2.6 * clearance + 40.0) {
            continue;
        }
        const auto label = placer_->place_centred((*p)[0], (*p)[1], w, 14.0, true);
        if (!label) {
            continue;
        }
        out += "<text" + attr("x", label->x) + attr("y", label->y) + ">" + xml_escape(name) +
               "</text>";
    }
    if (out.empty()) {
        return out;
    }
    return "<g font-size=\"11.5\" font-style=\"italic\" fill=\"#8A8477\" text-anchor=\"middle\" "
           "letter-spacing=\"0.4\">" +
           out + "</g>";
}

void MapRenderer::build_legend() {
    auto& groups = result_.legend;
    const std::string stroke = " stroke=\"#FFFFFF\" stroke-width=\"0.9\"";
    MapLegendGroup types{"Event type", {}};
    for (const auto& t : figures_.event_types) {
        if (t.total.events == 0) {
            continue;
        }
        const EventStyle& style = event_style(t.total.name);
        MapLegendItem item{t.total.name, 16, 16, {}};
        append_symbol(item.icon, style.shape, 8, 8, 5.6,
                      std::string("fill=\"") + style.colour + "\"" + stroke);
        types.items.push_back(std::move(item));
    }
    if (!types.items.empty()) {
        groups.push_back(std::move(types));
    }
    if (result_.symbols != 0) {
        MapLegendGroup sizes{"Fatalities per event", {}};
        std::vector<std::int64_t> values{0};
        for (const std::int64_t v : {1, 5, 20, 60}) {
            if (v <= std::max<std::int64_t>(max_symbol_fatalities_, 1)) {
                values.push_back(v);
            }
        }
        for (const std::int64_t v : values) {
            const double r = symbol_radius(v);
            MapLegendItem item{v == 60 ? "60+" : std::to_string(v), 2 * r + 2, 2 * r + 2, {}};
            item.icon = "<circle" + attr("cx", r + 1) + attr("cy", r + 1) + attr("r", r) +
                        " fill=\"#FFFFFF\" stroke=\"#57606A\" stroke-width=\"1\"/>";
            sizes.items.push_back(std::move(item));
        }
        groups.push_back(std::move(sizes));
    }
    if (result_.aggregated && result_.hexagons != 0) {
        MapLegendGroup hexes{
            "Events per hexagon (" + format_fixed(result_.hexagon_km, 1) + " km across)", {}};
        for (const auto& c : kHexClasses) {
            if (c.min_events > hex_max_count_) {
                break;
            }
            MapLegendItem item{c.label, 16, 18, {}};
            item.icon = std::string("<path fill=\"") + c.fill +
                        "\" stroke=\"#8C8C8C\" stroke-width=\"0.5\" transform=\"translate(8,9)\" "
                        "d=\"";
            HexGrid(8.5).append_path(item.icon, HexCell{0, 0});
            item.icon += "\"/>";
            hexes.items.push_back(std::move(item));
        }
        groups.push_back(std::move(hexes));
    }
    const bool has_disputed = layers_.disputed != nullptr && !layers_.disputed->features.empty();
    const bool has_admin1 = layers_.admin1 != nullptr && !layers_.admin1->features.empty();
    if (has_disputed || has_admin1) {
        MapLegendGroup areas{"Areas", {}};
        if (has_disputed) {
            areas.items.push_back(
                {"Disputed territories (Art. 140)", 24, 14,
                 "<rect x=\"0.5\" y=\"0.5\" width=\"23\" height=\"13\" fill=\"url(#" +
                     options_.id_prefix + "-hatch)\" stroke=\"#9C6B2E\" stroke-width=\"1\"/>"});
        }
        if (has_admin1) {
            areas.items.push_back({"Governorate boundary", 24, 14,
                                   "<rect x=\"0.5\" y=\"0.5\" width=\"23\" height=\"13\" "
                                   "fill=\"#FBFAF6\" stroke=\"#8E8878\" stroke-width=\"1\"/>"});
        }
        groups.push_back(std::move(areas));
    }

    auto& notes = result_.notes;
    notes.push_back("Lambert azimuthal equal-area projection centred on " +
                    degrees_label(centre_lat_, false) + " " + degrees_label(centre_lon_, true) +
                    "; the scale bar is true at the centre. Symbol area grows with fatalities.");
    if (mapped_.empty()) {
        notes.emplace_back("No located events to map: the frame shows Iraq.");
    }
    if (result_.aggregated) {
        notes.push_back("With more than " +
                        format_count(static_cast<std::int64_t>(options_.aggregate_above)) +
                        " events on the map, places where " + std::to_string(kSparseHexMax + 1) +
                        " or more events fall in one hexagon are drawn as that hexagon.");
    }
    const std::uint64_t unlocated = figures_.events - figures_.located;
    if (unlocated != 0) {
        notes.push_back(format_count(static_cast<std::int64_t>(unlocated)) +
                        (unlocated == 1 ? " event has no coordinates and is"
                                        : " events have no coordinates and are") +
                        " not mapped.");
    }
    if (result_.events_outside != 0) {
        std::string names;
        for (std::size_t i = 0; i < outside_places_.size() && i < 3; ++i) {
            names += (i == 0 ? "" : ", ") + outside_places_[i];
        }
        if (outside_places_.size() > 3) {
            names += ", ...";
        }
        notes.push_back(format_count(static_cast<std::int64_t>(result_.events_outside)) +
                        (result_.events_outside == 1 ? " event lies" : " events lie") +
                        " far outside this map (" + names + ").");
    }
}

std::string MapRenderer::svg_legend(double top, double* height) const {
    std::string out;
    const double left = 4.0;
    double y = top;
    if (!options_.title.empty()) {
        y += 18;
        out += "<text" + attr("x", left) + attr("y", y) +
               " font-size=\"17\" font-weight=\"700\" fill=\"#1F2328\">" +
               xml_escape(options_.title) + "</text>";
    }
    if (!options_.subtitle.empty()) {
        y += 18;
        out += "<text" + attr("x", left) + attr("y", y) + " font-size=\"12.5\" fill=\"#57606A\">" +
               xml_escape(options_.subtitle) + "</text>";
    }
    y += 8;
    // One row per group (wrapping when full): heading, then icon + label items.
    for (const auto& group : result_.legend) {
        double row_height = 22;
        for (const auto& item : group.items) {
            row_height = std::max(row_height, item.height + 6);
        }
        double cy = y + row_height / 2;
        double x = left;
        out += "<text" + attr("x", x) + attr("y", cy + 4.5) +
               " font-size=\"12\" font-weight=\"700\" fill=\"#57606A\">" +
               xml_escape(group.heading) + "</text>";
        x += estimated_text_width(group.heading, 12) + 10;
        for (const auto& item : group.items) {
            const double w = item.width + 6 + estimated_text_width(item.label, 12.5) + 16;
            if (x + w > width_ && x > left + 120) {
                y += row_height;
                cy = y + row_height / 2;
                x = left + 120;
            }
            out += "<svg" + attr("x", x) + attr("y", cy - item.height / 2) +
                   attr("width", item.width) + attr("height", item.height) + " viewBox=\"0 0 " +
                   svg_number(item.width) + " " + svg_number(item.height) +
                   "\" overflow=\"visible\">" + item.icon + "</svg>";
            out += "<text" + attr("x", x + item.width + 6) + attr("y", cy + 4.5) +
                   " font-size=\"12.5\" fill=\"#1F2328\">" + xml_escape(item.label) + "</text>";
            x += w;
        }
        y += row_height;
    }
    for (const auto& note : result_.notes) {
        for (const auto& line : wrap_words(note, 11, width_ - 2 * left)) {
            y += 15;
            out += "<text" + attr("x", left) + attr("y", y) +
                   " font-size=\"11\" fill=\"#57606A\">" + xml_escape(line) + "</text>";
        }
    }
    *height = y + 10 - top;
    return out;
}

MapResult MapRenderer::render() {
    choose_focus();
    fit_frame();
    placer_ = std::make_unique<LabelPlacer>(Box{0, 0, width_, height_});
    const std::string& id = options_.id_prefix;

    // Order matters for what is reserved first: furniture, graticule labels, then events.
    const std::string scale = scale_bar();
    const std::string north = north_arrow();
    const std::string grid = graticule();
    std::string admin1;
    if (layers_.admin1 != nullptr) {
        admin1 = area_paths(*layers_.admin1,
                            "fill=\"#FBFAF6\" stroke=\"#8E8878\" stroke-width=\"0.8\" "
                            "stroke-linejoin=\"round\"",
                            &governorate_rings_);
    }
    std::string disputed;
    if (layers_.disputed != nullptr) {
        disputed = area_paths(*layers_.disputed,
                              ("fill=\"url(#" + id +
                               "-hatch)\" stroke=\"#9C6B2E\" stroke-width=\"1.1\" "
                               "stroke-linejoin=\"round\"")
                                  .c_str(),
                              nullptr);
    }
    const std::string event_symbols = events_layer();
    const std::string labels = place_labels();
    const std::string area_names = governorate_labels();
    build_legend();

    // The drawing inside the frame, shared by both documents.
    std::string frame;
    frame.reserve(event_symbols.size() + admin1.size() + disputed.size() + 8192);
    frame += "<title id=\"" + id + "-title\">" +
             xml_escape(options_.title.empty() ? std::string("Map of events") : options_.title) +
             "</title>";
    frame += "<defs><clipPath id=\"" + id + "-frame\"><rect width=\"" + svg_number(width_) +
             "\" height=\"" + svg_number(height_) + "\"/></clipPath>";
    frame += "<pattern id=\"" + id +
             "-hatch\" patternUnits=\"userSpaceOnUse\" width=\"7\" height=\"7\" "
             "patternTransform=\"rotate(45)\"><rect width=\"7\" height=\"7\" fill=\"#F3E6CF\" "
             "fill-opacity=\"0.55\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"7\" "
             "stroke=\"#B8874A\" stroke-width=\"1.8\"/></pattern></defs>";
    frame += "<g clip-path=\"url(#" + id + "-frame)\">";
    frame += "<rect width=\"" + svg_number(width_) + "\" height=\"" + svg_number(height_) +
             "\" fill=\"" + (admin1.empty() ? "#F7F6F2" : "#E6E4DE") + "\"/>";
    frame += admin1 + disputed + grid + area_names + event_symbols + labels;
    frame += "</g>";
    frame += "<rect width=\"" + svg_number(width_) + "\" height=\"" + svg_number(height_) +
             "\" fill=\"none\" stroke=\"#4A4F55\" stroke-width=\"1\"/>";
    frame += scale + north;

    const auto open_svg = [&](double height) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" width=\"" +
               svg_number(width_) + "\" height=\"" + svg_number(height) + "\" viewBox=\"0 0 " +
               svg_number(width_) + " " + svg_number(height) + "\" role=\"img\" " +
               "aria-labelledby=\"" + id + "-title\" font-family=\"" + kFontFamily + "\">";
    };
    double legend_height = 0.0;
    const std::string key = svg_legend(height_ + 6, &legend_height);
    const double total_height = std::ceil(height_ + 6 + legend_height);
    result_.svg = open_svg(total_height) + "<rect width=\"" + svg_number(width_) + "\" height=\"" +
                  svg_number(total_height) + "\" fill=\"#FFFFFF\"/>" + frame + key + "</svg>";
    result_.frame_svg = open_svg(height_) + frame + "</svg>";
    return std::move(result_);
}

} // namespace

MapResult render_map_svg(const std::vector<EventRecord>& events, const ReportFigures& figures,
                         const MapLayers& layers, const MapOptions& options) {
    return MapRenderer(events, figures, layers, options).render();
}

} // namespace conflictmap::report
