#include "report/hex_grid.hpp"

#include "report/number_format.hpp"

#include <cmath>

namespace conflictmap::report {

namespace {
const double kSqrt3 = std::sqrt(3.0);
}

double HexGrid::width_across_flats() const noexcept {
    return kSqrt3 * radius_;
}

HexCell HexGrid::cell_of(double x, double y) const noexcept {
    // Fractional axial coordinates, then cube rounding: round all three cube coordinates and
    // fix the one with the largest rounding error so that they sum to zero.
    const double fq = (kSqrt3 / 3.0 * x - y / 3.0) / radius_;
    const double fr = (2.0 / 3.0 * y) / radius_;
    const double fs = -fq - fr;
    double q = std::round(fq);
    double r = std::round(fr);
    const double s = std::round(fs);
    const double dq = std::fabs(q - fq);
    const double dr = std::fabs(r - fr);
    const double ds = std::fabs(s - fs);
    if (dq > dr && dq > ds) {
        q = -r - s;
    } else if (dr > ds) {
        r = -q - s;
    }
    return {static_cast<long>(q), static_cast<long>(r)};
}

std::array<double, 2> HexGrid::centre(HexCell cell) const noexcept {
    const auto q = static_cast<double>(cell.q);
    const auto r = static_cast<double>(cell.r);
    return {radius_ * (kSqrt3 * q + kSqrt3 / 2.0 * r), radius_ * 1.5 * r};
}

void HexGrid::append_path(std::string& out, HexCell cell, double inset) const {
    const auto [cx, cy] = centre(cell);
    const double rr = radius_ - inset;
    // Pointy top: corners at 30 + 60k degrees.
    static const double kCos[6] = {0.8660254037844387,  0.0, -0.8660254037844387,
                                   -0.8660254037844387, 0.0, 0.8660254037844387};
    static const double kSin[6] = {0.5, 1.0, 0.5, -0.5, -1.0, -0.5};
    for (int k = 0; k < 6; ++k) {
        out += k == 0 ? 'M' : 'L';
        append_svg_number(out, cx + rr * kCos[k]);
        out += ',';
        append_svg_number(out, cy + rr * kSin[k]);
    }
    out += 'Z';
}

} // namespace conflictmap::report
