#include "report/label_placement.hpp"

#include "report/markup_text.hpp"

#include <limits>

namespace conflictmap::report {

double estimated_text_width(std::string_view text, double font_size) {
    return 0.6 * font_size * static_cast<double>(code_point_count(text));
}

bool LabelPlacer::free(const Box& b) const {
    if (!b.inside(frame_)) {
        return false;
    }
    for (const auto& r : reserved_) {
        if (r.overlaps(b)) {
            return false;
        }
    }
    for (const auto& p : placed_) {
        if (p.overlaps(b)) {
            return false;
        }
    }
    return true;
}

std::size_t LabelPlacer::obstacles_hit(const Box& b) const {
    std::size_t n = 0;
    for (const auto& o : obstacles_) {
        n += o.overlaps(b) ? 1U : 0U;
    }
    return n;
}

std::optional<PlacedLabel> LabelPlacer::place_around(double x, double y, double gap, double w,
                                                     double h) {
    const double g = gap + 2.0;
    const double d = g * 0.75; // diagonal offsets
    // Candidate boxes, preferred first; the text baseline sits 0.28 h above the box bottom.
    struct Candidate {
        Box box;
        const char* anchor;
    };
    const Candidate candidates[] = {
        {{x + g, y - h / 2, x + g + w, y + h / 2}, "start"},
        {{x - g - w, y - h / 2, x - g, y + h / 2}, "end"},
        {{x - w / 2, y - g - h, x + w / 2, y - g}, "middle"},
        {{x - w / 2, y + g, x + w / 2, y + g + h}, "middle"},
        {{x + d, y - d - h, x + d + w, y - d}, "start"},
        {{x + d, y + d, x + d + w, y + d + h}, "start"},
        {{x - d - w, y - d - h, x - d, y - d}, "end"},
        {{x - d - w, y + d, x - d, y + d + h}, "end"},
    };
    const Candidate* best = nullptr;
    std::size_t best_hits = std::numeric_limits<std::size_t>::max();
    for (const auto& c : candidates) {
        if (!free(c.box)) {
            continue;
        }
        const std::size_t hits = obstacles_hit(c.box);
        if (hits < best_hits) {
            best = &c;
            best_hits = hits;
            if (hits == 0) {
                break;
            }
        }
    }
    if (best == nullptr) {
        return std::nullopt;
    }
    placed_.push_back(best->box);
    PlacedLabel label;
    label.box = best->box;
    label.anchor = best->anchor;
    label.y = best->box.y1 - 0.28 * h;
    const std::string_view anchor = best->anchor;
    label.x = anchor == "start" ? best->box.x0 : anchor == "end" ? best->box.x1 : x;
    return label;
}

std::optional<PlacedLabel> LabelPlacer::place_centred(double x, double y, double w, double h,
                                                      bool avoid_obstacles) {
    const Box box{x - w / 2, y - h / 2, x + w / 2, y + h / 2};
    if (!free(box) || (avoid_obstacles && obstacles_hit(box) != 0)) {
        return std::nullopt;
    }
    placed_.push_back(box);
    return PlacedLabel{x, box.y1 - 0.28 * h, "middle", box};
}

} // namespace conflictmap::report
