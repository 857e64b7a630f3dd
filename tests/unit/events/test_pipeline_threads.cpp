// `extract --threads N` gives what one thread gives, byte for byte, on stdout and on stderr:
// records are decoded and extracted on worker threads but their warnings, skips, errors,
// --explain logs and events are taken in input order.
#include "cli_test_support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace conflictmap;

namespace {

/// The sample reports as JSONL, with bad records among them: a malformed line in the middle,
/// invalid UTF-8, a bad date, a missing id, a repeated article, an id clash, a non-object.
struct BadCorpus {
    fs::path dir;
    fs::path jsonl;
    BadCorpus() {
        dir = fs::temp_directory_path() /
              ("cm-threads-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::remove_all(dir);
        fs::create_directories(dir);
        std::ifstream in(std::string(CONFLICTMAP_SOURCE_DIR) + "/samples/articles.jsonl");
        std::vector<std::string> lines;
        for (std::string line; std::getline(in, line);) {
            lines.push_back(line);
        }
        REQUIRE(lines.size() >= 12);
        std::ostringstream out;
        std::string first_line;
        for (int round = 0; round < 3; ++round) {
            for (std::size_t i = 0; i < lines.size(); ++i) {
                std::string line = lines[i];
                // fresh ids each round: {"id": "01_taji_rockets", ...} -> "r1-01_taji_rockets"
                const auto at = line.find("\"id\": \"");
                REQUIRE(at != std::string::npos);
                line.insert(at + 7, "r" + std::to_string(round) + "-");
                out << line << "\n";
                if (first_line.empty()) {
                    first_line = line;
                }
                if (round == 1 && i == 5) {
                    out << "{\"id\": \"broken\", \"text\": \"Rockets hit\n"; // malformed
                    out << "{\"id\": \"utf\", \"text\": \"Bad \xc3\x28 byte near Kirkuk.\", "
                           "\"published\": \"later\"}\n";
                    out << "{\"text\": \"A roadside bomb killed two soldiers in Tikrit.\"}\n";
                    out << first_line << "\n"; // a repeat of an earlier article
                    out << "[\"not\", \"an\", \"object\"]\n";
                }
            }
            if (round == 0) {
                out << "{\"id\": \"r0-01_taji_rockets\", \"text\": \"Other text.\"}\n"; // clash
            }
        }
        jsonl = dir / "reports.jsonl";
        std::ofstream(jsonl, std::ios::binary) << out.str();
        std::ofstream(dir / "z_latin1.txt", std::ios::binary)
            << "Gunmen killed a shop owner in Mosul caf\xe9 district on Friday.";
    }
    ~BadCorpus() { fs::remove_all(dir); }
};

test::CliRun extract(std::vector<std::string> args, unsigned threads) {
    args.insert(args.begin(), "extract");
    args.push_back("--threads");
    args.push_back(std::to_string(threads));
    return test::run_in_process(args);
}

void check_same(const test::CliRun& one, const test::CliRun& many) {
    CHECK(many.code == one.code);
    CHECK(many.out == one.out);
    CHECK(many.err == one.err);
}

} // namespace

TEST_CASE("a malformed line in the middle of a JSONL file: the same warnings and events on 2 "
          "threads as on 1") {
    BadCorpus c;
    const std::vector<std::string> args = {"--date", "2020-03-12", c.dir.string()};
    const auto one = extract(args, 1);
    REQUIRE(one.code == 0);
    // The warnings users rely on, once each and in input order.
    const std::string file = c.jsonl.string();
    const auto malformed = one.err.find(file + ":20:");
    const auto utf8 = one.err.find(file + ":21: 1 invalid UTF-8 byte sequence(s) replaced");
    const auto date = one.err.find(file + ":21: field 'published': 'later' is not a date");
    const auto id = one.err.find(file + ":22: field 'id': missing; using 'reports-22'");
    const auto object = one.err.find(file + ":24: expected a JSON object");
    const auto clash = one.err.find(file + ":13: field 'id': article id 'r0-01_taji_rockets' "
                                           "was already used by another article (skipped)");
    REQUIRE(malformed != std::string::npos);
    REQUIRE(utf8 != std::string::npos);
    REQUIRE(date != std::string::npos);
    REQUIRE(id != std::string::npos);
    REQUIRE(object != std::string::npos);
    REQUIRE(clash != std::string::npos);
    CHECK(clash < malformed);
    CHECK(malformed < utf8);
    CHECK(utf8 < date);
    CHECK(date < id);
    CHECK(id < object);
    CHECK(one.err.find("latin1.txt: 1 invalid UTF-8 byte sequence(s) replaced") > object);
    CHECK(one.err.find("39 articles read (3 skipped, 1 duplicates skipped)") != std::string::npos);
    // Reports of the third round fold into the first round's events; Mosul's report is last.
    CHECK(one.out.find("\"r0-01_taji_rockets\",\"r1-01_taji_rockets\",\"r2-01_taji_rockets\"") !=
          std::string::npos);
    CHECK(one.out.rfind("\"article_id\":\"z_latin1\"") > one.out.rfind("\"article_id\":\"r"));
    for (const unsigned threads : {2U, 3U}) {
        CAPTURE(threads);
        check_same(one, extract(args, threads));
    }
}

TEST_CASE("--explain logs and the reader's warnings interleave on N threads as on 1") {
    BadCorpus c;
    const std::vector<std::string> args = {"--date", "2020-03-12", "--explain",
                                           "-f",     "csv",        c.jsonl.string()};
    const auto one = extract(args, 1);
    REQUIRE(one.code == 0);
    REQUIRE(one.err.size() > 10000);
    check_same(one, extract(args, 2));
}

TEST_CASE("--strict: the first bad record in input order fails the run, on N threads as on 1") {
    BadCorpus c;
    const std::vector<std::string> args = {"--date", "2020-03-12", "--strict", "--explain",
                                           c.jsonl.string()};
    const auto one = extract(args, 1);
    CHECK(one.code == 1);
    CHECK(one.out.empty());
    // The clash on line 13 comes first; what was explained before it is on stderr.
    CHECK(one.err.find(c.jsonl.string() + ":13: field 'id': article id") != std::string::npos);
    CHECK(one.err.find(c.jsonl.string() + ":20:") == std::string::npos);
    for (const unsigned threads : {2U, 3U}) {
        CAPTURE(threads);
        check_same(one, extract(args, threads));
    }
}

TEST_CASE("a folder of .txt files and a .jsonl of the same articles: duplicates skipped alike") {
    const std::vector<std::string> args = {"--date", "2020-03-12",
                                           std::string(CONFLICTMAP_SOURCE_DIR) + "/samples"};
    const auto one = extract(args, 1);
    REQUIRE(one.code == 0);
    CHECK(one.err.find("12 duplicates skipped") != std::string::npos);
    for (const auto format : {"geojsonseq", "json", "csv"}) {
        CAPTURE(format);
        auto with_format = args;
        with_format.insert(with_format.begin(), {"-f", format});
        const auto first = extract(with_format, 1);
        check_same(first, extract(with_format, 2));
    }
}
