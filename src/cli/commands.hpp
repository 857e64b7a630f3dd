// Factories of the subcommands, one per file (geocode_command.cpp, ...).
#pragma once

#include "cli/command.hpp"

#include <memory>

namespace conflictmap::cli {

std::unique_ptr<Command> make_geocode_command();
std::unique_ptr<Command> make_extract_command();
std::unique_ptr<Command> make_map_command();
std::unique_ptr<Command> make_report_command();
std::unique_ptr<Command> make_gazetteer_command();
std::unique_ptr<Command> make_disputed_command();

} // namespace conflictmap::cli
