#include "cli/commands.hpp"

namespace conflictmap::cli {

const std::vector<CommandInfo>& command_table() {
    static const std::vector<CommandInfo> table = {
        {"geocode", "Resolve place names against the gazetteer", make_geocode_command},
        {"extract", "Find conflict events in news text (ACLED-style records)",
         make_extract_command},
        {"map", "Write GIS layers (GeoPackage, GeoJSON, Shapefile, ...) of events and places",
         make_map_command},
        {"report", "Build a self-contained report (HTML with map, Markdown, CSV, JSON)",
         make_report_command},
        {"gazetteer", "Compile and inspect gazetteers (GeoNames dumps, conflictmap TSV)",
         make_gazetteer_command},
        {"disputed", "Iraq's disputed territories: inspect or rebuild the polygon layer",
         make_disputed_command},
    };
    return table;
}

} // namespace conflictmap::cli
