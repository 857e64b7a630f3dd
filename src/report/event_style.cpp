#include "report/event_style.hpp"

#include "report/number_format.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace conflictmap::report {

namespace {

// Okabe & Ito (2008) colour-blind-safe palette. The two most frequent types in Iraq reporting,
// Battles and Explosions, get the most distinct pair (vermillion and blue).
constexpr std::array<std::pair<std::string_view, EventStyle>, 6> kStyles = {{
    {"Battles", {"battles", "#D55E00", SymbolShape::circle}},
    {"Explosions/Remote violence", {"explosions", "#0072B2", SymbolShape::triangle}},
    {"Violence against civilians", {"civilians", "#CC79A7", SymbolShape::diamond}},
    {"Protests", {"protests", "#009E73", SymbolShape::square}},
    {"Riots", {"riots", "#E69F00", SymbolShape::triangle_down}},
    {"Strategic developments", {"strategic", "#56B4E9", SymbolShape::cross}},
}};
constexpr EventStyle kOther{"other", "#8C8C8C", SymbolShape::circle};

void point(std::string& out, char command, double x, double y) {
    out += command;
    append_svg_number(out, x);
    out += ',';
    append_svg_number(out, y);
}

} // namespace

const EventStyle& event_style(std::string_view event_type) {
    for (const auto& [name, style] : kStyles) {
        if (name == event_type) {
            return style;
        }
    }
    return kOther;
}

double symbol_radius(std::int64_t fatalities) {
    const double f = static_cast<double>(std::max<std::int64_t>(fatalities, 0));
    return std::min(4.5 + 2.0 * std::sqrt(f), kMaxSymbolRadius);
}

void append_symbol(std::string& out, SymbolShape shape, double x, double y, double r,
                   std::string_view attributes, std::string_view inner_xml) {
    if (shape == SymbolShape::circle) {
        out += "<circle cx=\"";
        append_svg_number(out, x);
        out += "\" cy=\"";
        append_svg_number(out, y);
        out += "\" r=\"";
        append_svg_number(out, r);
        out += '"';
    } else {
        // Every shape has the area of the circle of radius r, so sizes compare across types.
        out += "<path d=\"";
        switch (shape) {
        case SymbolShape::triangle:
        case SymbolShape::triangle_down: {
            const double s = shape == SymbolShape::triangle ? 1.0 : -1.0;
            point(out, 'M', x, y - s * 1.555 * r);
            point(out, 'L', x + 1.347 * r, y + s * 0.777 * r);
            point(out, 'L', x - 1.347 * r, y + s * 0.777 * r);
            break;
        }
        case SymbolShape::diamond:
            point(out, 'M', x, y - 1.253 * r);
            point(out, 'L', x + 1.253 * r, y);
            point(out, 'L', x, y + 1.253 * r);
            point(out, 'L', x - 1.253 * r, y);
            break;
        case SymbolShape::square:
            point(out, 'M', x - 0.886 * r, y - 0.886 * r);
            point(out, 'L', x + 0.886 * r, y - 0.886 * r);
            point(out, 'L', x + 0.886 * r, y + 0.886 * r);
            point(out, 'L', x - 0.886 * r, y + 0.886 * r);
            break;
        case SymbolShape::cross: {
            const double e = 1.25 * r;
            const double w = 0.375 * r; // half the arm width
            point(out, 'M', x - w, y - e);
            point(out, 'L', x + w, y - e);
            point(out, 'L', x + w, y - w);
            point(out, 'L', x + e, y - w);
            point(out, 'L', x + e, y + w);
            point(out, 'L', x + w, y + w);
            point(out, 'L', x + w, y + e);
            point(out, 'L', x - w, y + e);
            point(out, 'L', x - w, y + w);
            point(out, 'L', x - e, y + w);
            point(out, 'L', x - e, y - w);
            point(out, 'L', x - w, y - w);
            break;
        }
        case SymbolShape::circle:
            break;
        }
        out += "Z\"";
    }
    if (!attributes.empty()) {
        out += ' ';
        out += attributes;
    }
    if (inner_xml.empty()) {
        out += "/>";
    } else {
        out += '>';
        out += inner_xml;
        out += shape == SymbolShape::circle ? "</circle>" : "</path>";
    }
}

std::string symbol_icon_svg(std::string_view event_type, double size_px) {
    const EventStyle& style = event_style(event_type);
    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"icon\" width=\"" +
                      svg_number(size_px) + "\" height=\"" + svg_number(size_px) +
                      "\" viewBox=\"0 0 20 20\" aria-hidden=\"true\">";
    append_symbol(out, style.shape, 10, 10, 6.2,
                  std::string("fill=\"") + style.colour +
                      "\" stroke=\"#ffffff\" stroke-width=\"1\"");
    out += "</svg>";
    return out;
}

} // namespace conflictmap::report
