// index.html: the report as one self-contained page. Inline CSS, inline SVG (map and
// timeline), no script, no network, no web fonts: it opens from a file: URL and survives being
// emailed. Written as well-formed XHTML-style markup (every element closed, every text escaped)
// so it parses as XML too; readable on a phone (viewport, fluid SVG, scrolling tables) and in
// print (@media print).
#pragma once

#include "report/report_content.hpp"

#include <string>

namespace conflictmap::report {

std::string render_html(const ReportContent& content);

} // namespace conflictmap::report
