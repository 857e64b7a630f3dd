// Text placed into the report's markup: HTML/SVG (one XML-safe escape serves both, so the page
// stays well-formed as XHTML) and Markdown table cells. Every string that comes from an input
// (notes, actors, places, the title) passes through one of these before it is written.
#pragma once

#include <string>
#include <string_view>

namespace conflictmap::report {

/// Escape for XML/HTML text and attribute values: & < > " ' become entities; characters XML 1.0
/// forbids (C0 controls other than tab, newline and carriage return, U+FFFE, U+FFFF) and invalid
/// UTF-8 become U+FFFD. Arabic and other scripts pass through unchanged.
std::string xml_escape(std::string_view text);

/// Appends xml_escape(text) to out.
void append_xml_escaped(std::string& out, std::string_view text);

/// Escape for one Markdown table cell or inline text: characters with Markdown or HTML meaning
/// (\ ` * _ [ ] < > | # and &) are neutralised, line breaks become spaces, and invalid or
/// forbidden characters are replaced as in xml_escape.
std::string markdown_escape(std::string_view text);

/// Number of Unicode code points (for estimating the width of a label).
std::size_t code_point_count(std::string_view text);

} // namespace conflictmap::report
