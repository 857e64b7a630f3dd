// Shared by the unit tests that drive the whole CLI in-process or read the files it wrote.
#pragma once

#include "cli/cli.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace conflictmap::test {

struct CliRun {
    int code = 0;
    std::string out; ///< stdout
    std::string err; ///< stderr
};

/// `conflictmap ARGS...` with `input` on stdin, through cli::run_cli.
inline CliRun run_in_process(const std::vector<std::string>& args, const std::string& input = {}) {
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    cli::Streams io{in, out, err, false};
    CliRun r;
    r.code = cli::run_cli(args, io);
    r.out = out.str();
    r.err = err.str();
    return r;
}

/// A whole file's bytes ("" when it cannot be read).
inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace conflictmap::test
