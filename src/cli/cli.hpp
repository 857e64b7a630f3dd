// The conflictmap command line as a function: tests call it with string streams, main() with
// the process's streams. Returns the exit code (0 done, 1 data or runtime error, 2 usage).
#pragma once

#include "cli/command.hpp"

#include <string>
#include <vector>

namespace conflictmap::cli {

/// args excludes the program name. env_gazetteer: value of CONFLICTMAP_GAZETTEER (may be empty).
int run_cli(const std::vector<std::string>& args, Streams& io,
            const std::string& env_gazetteer = {});

} // namespace conflictmap::cli
