#include "core/error.hpp"

#include <doctest/doctest.h>

using namespace conflictmap;

TEST_CASE("errors carry their location in what()") {
    const InputError e("expected a string", ErrorContext{"a.jsonl", 7, 12, "title"});
    CHECK(std::string(e.what()) == "a.jsonl:7:12: field 'title': expected a string");
    CHECK(e.message() == "expected a string");
    CHECK(e.context().line == 7);
    CHECK(e.kind() == ErrorKind::input);
}

TEST_CASE("a location prints only the parts that are known") {
    CHECK(format_location({}) == "");
    CHECK(format_location({"x.tsv", 0, 0, {}}) == "x.tsv: ");
    CHECK(format_location({"x.tsv", 3, 0, {}}) == "x.tsv:3: ");
    CHECK(format_location({{}, 0, 0, "lat"}) == "field 'lat': ");
}

TEST_CASE("library errors keep the library's own message") {
    const LibraryError e("GDAL", "cannot create layer 'events'", "driver refused option FOO");
    CHECK(std::string(e.what()) ==
          "cannot create layer 'events' (GDAL: driver refused option FOO)");
    CHECK(e.kind() == ErrorKind::library);
}

TEST_CASE("exit codes follow STYLE.md: 2 for usage, 1 for everything else") {
    CHECK(exit_code(ErrorKind::usage) == 2);
    CHECK(exit_code(ErrorKind::input) == 1);
    CHECK(exit_code(ErrorKind::output) == 1);
    CHECK(exit_code(ErrorKind::library) == 1);
    CHECK(exit_code(ErrorKind::internal) == 1);
}
