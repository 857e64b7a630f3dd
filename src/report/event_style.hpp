// How each event type looks in the report: one colour from the Okabe-Ito palette (distinct for
// the common forms of colour blindness) and one shape, so types stay apart in print and in
// greyscale. Symbols grow with fatalities, by area, up to a cap.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace conflictmap::report {

enum class SymbolShape { circle, triangle, diamond, square, triangle_down, cross };

struct EventStyle {
    const char* key;    ///< CSS/SVG-safe name: "battles", "explosions", ..., "other"
    const char* colour; ///< "#RRGGBB"
    SymbolShape shape;
};

/// The style of an ACLED event type; types outside ACLED's six share the grey "other" style.
const EventStyle& event_style(std::string_view event_type);

/// Radius in pixels of an event symbol: 4.5 px for none, growing as the square root of the
/// fatalities (so area follows them), capped at kMaxSymbolRadius (about 60 fatalities).
double symbol_radius(std::int64_t fatalities);
inline constexpr double kMaxSymbolRadius = 20.0;

/// Appends an SVG element (<circle> or <path>) drawing shape centred on (x, y); r is the radius
/// of the circle of the same area. attributes (e.g. fill="#..."), if any, go inside the tag;
/// inner_xml (e.g. an escaped <title> tooltip), if any, becomes the element's content.
void append_symbol(std::string& out, SymbolShape shape, double x, double y, double r,
                   std::string_view attributes = {}, std::string_view inner_xml = {});

/// A small standalone inline <svg> of the type's symbol, for tables and legends in HTML.
std::string symbol_icon_svg(std::string_view event_type, double size_px = 14.0);

} // namespace conflictmap::report
