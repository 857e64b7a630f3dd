// report.md: the report's content for Markdown pipelines (GitHub-flavoured tables), with the
// map embedded as the image map.svg beside it and the timeline as a table.
#pragma once

#include "report/report_content.hpp"

#include <string>

namespace conflictmap::report {

std::string render_markdown(const ReportContent& content);

} // namespace conflictmap::report
