// `conflictmap report` driven in-process through run_cli: options, exit codes, the folder.
#include "cli/cli.hpp"
#include "cli_test_support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace conflictmap::cli;

namespace {

const std::string kData = CONFLICTMAP_TEST_DATA "/report/";

using conflictmap::test::slurp;

conflictmap::test::CliRun run(const std::vector<std::string>& args) {
    return conflictmap::test::run_in_process(args);
}

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("cm-report-cli-" + std::to_string(::getpid()) +
                                                 "-" + std::to_string(counter++));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
    static inline int counter = 0;
};

std::vector<std::string> report_args(const fs::path& out) {
    return {"report",
            kData + "events_north.geojsons",
            kData + "events_south.geojsons",
            "-o",
            out.string(),
            "--title",
            "CLI report"};
}

} // namespace

TEST_CASE("report writes the five files, nothing on stdout, a note on stderr") {
    TempDir tmp;
    const auto r = run(report_args(tmp.path / "out"));
    CHECK(r.code == 0);
    CHECK(r.out.empty());
    CHECK(r.err.find("wrote a report of 24 events to") != std::string::npos);
    for (const char* f : {"index.html", "report.md", "map.svg", "events.csv", "summary.json"}) {
        CHECK(fs::exists(tmp.path / "out" / f));
    }
    const auto s = nlohmann::json::parse(slurp(tmp.path / "out" / "summary.json"));
    CHECK(s["title"] == "CLI report");
    CHECK(s["events"] == 24);
    CHECK(s["input"]["event_files"] == 2);
    // Nothing left beside it (the temporary folder was renamed).
    CHECK(std::distance(fs::directory_iterator(tmp.path), fs::directory_iterator()) == 1);
}

TEST_CASE("two runs give byte-identical folders") {
    TempDir tmp;
    REQUIRE(run(report_args(tmp.path / "a")).code == 0);
    REQUIRE(run(report_args(tmp.path / "b")).code == 0);
    for (const char* f : {"index.html", "report.md", "map.svg", "events.csv", "summary.json"}) {
        CHECK_MESSAGE(slurp(tmp.path / "a" / f) == slurp(tmp.path / "b" / f), f);
    }
}

TEST_CASE("an existing folder is refused without --overwrite and replaced with it") {
    TempDir tmp;
    const fs::path out = tmp.path / "out";
    fs::create_directories(out);
    std::ofstream(out / "keep.txt") << "mine";
    const auto refused = run(report_args(out));
    CHECK(refused.code == 1);
    CHECK(refused.err.find("output exists; use --overwrite") != std::string::npos);
    CHECK(fs::exists(out / "keep.txt"));
    CHECK_FALSE(fs::exists(out / "index.html"));

    auto args = report_args(out);
    args.push_back("--overwrite");
    CHECK(run(args).code == 0);
    CHECK(fs::exists(out / "index.html"));
    CHECK_FALSE(fs::exists(out / "keep.txt"));
}

TEST_CASE("--from/--to and -q") {
    TempDir tmp;
    auto args = report_args(tmp.path / "out/");
    args.insert(args.end(), {"--from", "2024-01-01", "--to", "2024-01-31", "-q"});
    const auto r = run(args);
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    const auto s = nlohmann::json::parse(slurp(tmp.path / "out" / "summary.json"));
    CHECK(s["events"] == 13);
    CHECK(s["excluded"]["outside_window"] == 10);
    CHECK(s["excluded"]["undated"] == 1);
}

TEST_CASE("usage errors exit 2, data errors exit 1") {
    TempDir tmp;
    const auto out = (tmp.path / "out").string();
    CHECK(run({"report", kData + "events_north.geojsons"}).code == 2); // no -o
    CHECK(run({"report", "-o", out}).code == 2);                       // no input
    const auto bad_date =
        run({"report", kData + "events_north.geojsons", "-o", out, "--from", "2024-02-30"});
    CHECK(bad_date.code == 2);
    CHECK(bad_date.err.find("--from '2024-02-30' is not a date YYYY-MM-DD") != std::string::npos);
    const auto reversed = run({"report", kData + "events_north.geojsons", "-o", out, "--from",
                               "2024-02-01", "--to", "2024-01-01"});
    CHECK(reversed.code == 2);
    CHECK(reversed.err.find("is before --from") != std::string::npos);
    const auto missing = run({"report", kData + "no_such_file.geojsons", "-o", out});
    CHECK(missing.code == 1);
    CHECK_FALSE(fs::exists(out));
    const auto no_parent = run(
        {"report", kData + "events_north.geojsons", "-o", (tmp.path / "missing" / "out").string()});
    CHECK(no_parent.code == 1);
    CHECK(no_parent.err.find("does not exist") != std::string::npos);
}
