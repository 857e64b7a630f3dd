#include "cli/cli.hpp"
#include "cli_test_support.hpp"

#include <doctest/doctest.h>

using namespace conflictmap::cli;

namespace {
conflictmap::test::CliRun run(const std::vector<std::string>& args) {
    return conflictmap::test::run_in_process(args);
}
} // namespace

TEST_CASE("--version names conflictmap and the libraries it was built with") {
    const auto r = run({"--version"});
    CHECK(r.code == 0);
    CHECK(r.out.rfind("conflictmap ", 0) == 0);
    CHECK(r.out.find("GDAL ") != std::string::npos);
    CHECK(r.out.find("PROJ ") != std::string::npos);
    CHECK(r.out.find("GEOS ") != std::string::npos);
    CHECK(r.err.empty());
}

TEST_CASE("--help lists every command and the exit codes on stdout") {
    const auto r = run({"--help"});
    CHECK(r.code == 0);
    for (const auto& c : command_table()) {
        CHECK(r.out.find(std::string("  ") + c.name) != std::string::npos);
    }
    CHECK(r.out.find("Exit codes: 0 done, 1 data or runtime error, 2 usage error.") !=
          std::string::npos);
}

TEST_CASE("no arguments is a usage error with help on stderr") {
    const auto r = run({});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("Usage: conflictmap COMMAND") != std::string::npos);
}

TEST_CASE("an unknown command is a usage error with a suggestion") {
    const auto r = run({"geocod"});
    CHECK(r.code == 2);
    CHECK(r.err.find("unknown command 'geocod' (did you mean 'geocode'?)") != std::string::npos);
    CHECK(r.out.empty());
}

TEST_CASE("every command has its own --help naming its usage") {
    for (const auto& c : command_table()) {
        const auto r = run({c.name, "--help"});
        CHECK(r.code == 0);
        CHECK(r.out.find(std::string("Usage: conflictmap ") + c.name) != std::string::npos);
        CHECK(r.out.find("--quiet") != std::string::npos);
        CHECK(r.out.find("--gazetteer") != std::string::npos);
    }
}

TEST_CASE("an unknown option is a usage error naming the command") {
    const auto r = run({"extract", "--no-such-option"});
    CHECK(r.code == 2);
    CHECK(r.err.find("extract:") != std::string::npos);
}

TEST_CASE("extract map and report take the article options alike") {
    for (const std::string command : {"extract", "map", "report"}) {
        INFO(command);
        const auto help = run({command, "--help"});
        for (const char* option : {"--strict", "--date", "--disputed", "--extended-claims"}) {
            CHECK(help.out.find(option) != std::string::npos);
        }
        std::vector<std::string> args = {command, "-", "--date", "2020-02-30"};
        if (command != "extract") {
            args.insert(args.end(), {"-o", "never-written"});
        }
        const auto bad = run(args);
        CHECK(bad.code == 2);
        CHECK(bad.err.find(command + ": --date '2020-02-30' is not a date YYYY-MM-DD") !=
              std::string::npos);
    }
}
