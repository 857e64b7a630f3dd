// The geocode and gazetteer commands driven in-process (what the .cases files cannot do).
#include "cli/cli.hpp"
#include "cli_test_support.hpp"
#include "fixture_gazetteer.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

namespace fs = std::filesystem;
using namespace conflictmap;

namespace {

using Run = test::CliRun;

Run run(const std::vector<std::string>& args, const std::string& input = {}) {
    return test::run_in_process(args, input);
}

std::vector<nlohmann::json> lines(const std::string& text) {
    std::vector<nlohmann::json> out;
    std::istringstream s(text);
    std::string line;
    while (std::getline(s, line)) {
        out.push_back(nlohmann::json::parse(line));
    }
    return out;
}

} // namespace

TEST_CASE("a 10 MB query line neither crashes nor hangs, and the rest still gets answers") {
    const std::string huge(10 * 1024 * 1024, 'x');
    const Run r = run({"geocode", "--limit", "1"},
                      "Kirkuk\n" + huge + "\nMosul\n" + std::string(10 * 1024 * 1024, ',') + "\n");
    CHECK(r.code == 0);
    const auto out = lines(r.out);
    REQUIRE(out.size() == 4);
    CHECK(out[0]["matches"][0]["name"] == "Kirkuk");
    CHECK(out[1]["query"].get<std::string>().size() == 1024);
    CHECK(out[2]["matches"][0]["name"] == "Mosul");
    CHECK(out[3]["matches"].empty());
    CHECK(r.err.find("<stdin>:2: query of 10485760 bytes cut to 1024") != std::string::npos);
}

TEST_CASE("answers come in input order, one line per query") {
    const auto rows = testing::read_table(testing::resolver_data() / "normalisation_variants.tsv");
    std::string input;
    for (const auto& row : rows) {
        input += row[1] + "\n";
    }
    const Run r = run({"geocode", "-q"}, input);
    CHECK(r.code == 0);
    const auto out = lines(r.out);
    REQUIRE(out.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CHECK(out[i]["query"] == rows[i][1]);
    }
}

TEST_CASE("an index written by 'gazetteer build' serves 'geocode --gazetteer'") {
    const fs::path dir = fs::temp_directory_path() / "cm-command-tests";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string index = (dir / "fixture.cmidx").string();
    const Run build = run({"gazetteer", "build", (testing::resolver_data() / "places.tsv").string(),
                           (testing::resolver_data() / "extra.tsv").string(), "-o", index});
    CHECK(build.code == 0);
    CHECK(build.err.find("43 places") != std::string::npos);
    const Run info = run({"gazetteer", "info", index});
    CHECK(info.code == 0);
    CHECK(info.out.find("places: 43\n") != std::string::npos);
    CHECK(info.out.find("\nIQ\t34\n") != std::string::npos);
    CHECK(info.out.find("\nS\t7\n") != std::string::npos);
    const Run geocode =
        run({"geocode", "--gazetteer", index, "--limit", "1", "Test Town", "Dover, UK"});
    CHECK(geocode.code == 0);
    const auto out = lines(geocode.out);
    REQUIRE(out.size() == 2);
    CHECK(out[0]["matches"][0]["id"] == "2000000500");
    CHECK(out[1]["matches"][0]["id"] == "2651048");
    // The same build again refuses to overwrite; --overwrite replaces atomically.
    CHECK(
        run({"gazetteer", "build", (testing::resolver_data() / "extra.tsv").string(), "-o", index})
            .code == 1);
    CHECK(run({"gazetteer", "build", "--overwrite", "-q",
               (testing::resolver_data() / "extra.tsv").string(), "-o", index})
              .code == 0);
    CHECK(run({"gazetteer", "info", index}).out.find("places: 1\n") != std::string::npos);
}
