// The conflictmap executable: hands argv and the process streams to the library's CLI.
#include "cli/cli.hpp"

#include <cstdlib>
#include <iostream>
#include <unistd.h>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    conflictmap::cli::Streams io{std::cin, std::cout, std::cerr, ::isatty(STDERR_FILENO) == 1};
    const char* env = std::getenv("CONFLICTMAP_GAZETTEER");
    const int rc = conflictmap::cli::run_cli(args, io, env != nullptr ? env : "");
    std::cout.flush();
    return std::cout.good() ? rc : 1;
}
