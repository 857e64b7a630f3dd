// A grid of pointy-top hexagons in map pixels, for aggregating dense events on the report map.
// Cells are addressed by axial coordinates (q, r); a point belongs to the hexagon whose centre
// is nearest (cube rounding), so every point falls in exactly one cell.
#pragma once

#include <array>
#include <compare>
#include <string>

namespace conflictmap::report {

struct HexCell {
    long q = 0;
    long r = 0;
    auto operator<=>(const HexCell&) const = default;
};

class HexGrid {
public:
    /// radius: centre-to-corner distance in pixels (> 0).
    explicit HexGrid(double radius) : radius_(radius) {}

    double radius() const noexcept { return radius_; }
    /// Distance between opposite sides (the hexagon's width across flats).
    double width_across_flats() const noexcept;
    HexCell cell_of(double x, double y) const noexcept;
    std::array<double, 2> centre(HexCell cell) const noexcept;
    /// SVG path data of the hexagon of cell, shrunk by inset pixels ("M..Z").
    void append_path(std::string& out, HexCell cell, double inset = 0.0) const;

private:
    double radius_;
};

} // namespace conflictmap::report
