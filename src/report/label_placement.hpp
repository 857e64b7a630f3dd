// Greedy placement of map labels without overlaps: each label tries candidate positions around
// its anchor in a fixed order (right, left, above, below, then the diagonals) and takes the
// first that stays inside the frame, clear of reserved boxes and of labels already placed, and
// covers the fewest map symbols. Labels that fit nowhere are dropped. Deterministic: the result
// depends only on the order of the calls.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace conflictmap::report {

struct Box {
    double x0 = 0;
    double y0 = 0;
    double x1 = 0;
    double y1 = 0;
    bool overlaps(const Box& o) const noexcept {
        return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }
    bool inside(const Box& o) const noexcept {
        return x0 >= o.x0 && y0 >= o.y0 && x1 <= o.x1 && y1 <= o.y1;
    }
};

/// Estimated width in pixels of text in a sans-serif font (0.6 em per character): a generous
/// estimate, since the renderer's font is not known.
double estimated_text_width(std::string_view text, double font_size);

struct PlacedLabel {
    double x = 0; ///< text anchor point (baseline)
    double y = 0;
    const char* anchor = "start"; ///< SVG text-anchor
    Box box;
};

class LabelPlacer {
public:
    explicit LabelPlacer(Box frame) : frame_(frame) {}

    /// A box no label may cover (scale bar, north arrow, legend).
    void reserve(const Box& box) { reserved_.push_back(box); }
    /// A box labels should avoid when they can (an event symbol).
    void add_obstacle(const Box& box) { obstacles_.push_back(box); }

    /// Label of width w and height h around an anchor point whose symbol has radius gap.
    std::optional<PlacedLabel> place_around(double x, double y, double gap, double w, double h);
    /// Label centred on (x, y) or nowhere (area names); with avoid_obstacles, also nowhere when
    /// it would cover a symbol.
    std::optional<PlacedLabel> place_centred(double x, double y, double w, double h,
                                             bool avoid_obstacles = false);

private:
    bool free(const Box& b) const;
    std::size_t obstacles_hit(const Box& b) const;

    Box frame_;
    std::vector<Box> reserved_;
    std::vector<Box> placed_;
    std::vector<Box> obstacles_;
};

} // namespace conflictmap::report
