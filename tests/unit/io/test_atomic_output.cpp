#include "cli_test_support.hpp"
#include "core/error.hpp"
#include "io/atomic_output.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace conflictmap;
using namespace conflictmap::io;

namespace {
fs::path fresh_dir(const char* name) {
    const fs::path p = fs::temp_directory_path() / name;
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}
using test::slurp;
std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}
} // namespace

TEST_CASE("a committed file appears whole, an abandoned one leaves nothing") {
    const auto dir = fresh_dir("cm-atomic-file");
    {
        AtomicFile f(dir / "a.txt", false);
        f.stream() << "hello";
        CHECK_FALSE(fs::exists(dir / "a.txt"));
        f.commit();
    }
    CHECK(slurp(dir / "a.txt") == "hello");
    {
        AtomicFile f(dir / "b.txt", false);
        f.stream() << "partial";
    }
    CHECK_FALSE(fs::exists(dir / "b.txt"));
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}

TEST_CASE("an existing output is refused without overwrite and kept intact") {
    const auto dir = fresh_dir("cm-atomic-exists");
    std::ofstream(dir / "a.txt") << "old";
    CHECK_THROWS_AS(AtomicFile(dir / "a.txt", false), OutputError);
    {
        AtomicFile f(dir / "a.txt", true);
        f.stream() << "new";
        // Abandoned: the old content survives.
    }
    CHECK(slurp(dir / "a.txt") == "old");
    {
        AtomicFile f(dir / "a.txt", true);
        f.stream() << "new";
        f.commit();
    }
    CHECK(slurp(dir / "a.txt") == "new");
    fs::remove_all(dir);
}

TEST_CASE("a missing parent folder is an output error naming the target") {
    try {
        AtomicFile f("/nonexistent-cm/x/out.gpkg", false);
        FAIL("expected an OutputError");
    } catch (const OutputError& e) {
        CHECK(std::string(e.what()).find("/nonexistent-cm/x/out.gpkg") != std::string::npos);
    }
}

TEST_CASE("a directory output swaps in whole and replaces the old one only with overwrite") {
    const auto dir = fresh_dir("cm-atomic-dir");
    {
        AtomicDirectory d(dir / "report", false);
        std::ofstream(d.temp_path() / "index.html") << "v1";
        d.commit();
    }
    CHECK(slurp(dir / "report" / "index.html") == "v1");
    CHECK_THROWS_AS(AtomicDirectory(dir / "report", false), OutputError);
    {
        AtomicDirectory d(dir / "report/", true);
        std::ofstream(d.temp_path() / "index.html") << "v2";
        d.commit();
    }
    CHECK(slurp(dir / "report" / "index.html") == "v2");
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}
