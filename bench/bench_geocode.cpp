// bench_geocode: the resolver's figures for the README. With the embedded gazetteer plus
// GeoNames cities500 compiled to a .cmidx:
//   - build time and peak memory of `conflictmap gazetteer build`
//   - time to first answer of `conflictmap geocode` as a fresh process, with the index file
//     in the page cache and evicted from it (posix_fadvise), next to `conflictmap --version`
//     (what loading the program and its libraries costs by itself)
//   - exact and fuzzy queries per second on one core, for the scanner's key lookup and for
//     the full geocode() engine
//   - peak memory of a `conflictmap geocode` process answering 100,000 queries
//   - scanning article text for names (scan_names), when a folder of articles is given
//   - GNU `grep -F -x -f` over the name list with the same exact queries: the floor of exact
//     lookup, and our ratio to it
//
// Usage: bench_geocode CITIES500.txt CONFLICTMAP_BINARY [WORK_DIR [TEXT_DIR]]
// TEXT_DIR: .txt articles to scan with scan_names (scripts/bench passes samples/text).
// (scripts/bench passes both; cities500.txt comes from scripts/fetch-geonames).
#include "gazetteer/gazetteer.hpp"
#include "gazetteer/geonames_reader.hpp"
#include "gazetteer/mapped_file.hpp"
#include "gazetteer/name_scanner.hpp"
#include "text/toponym_key.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <random>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace conflictmap;
using Clock = std::chrono::steady_clock;

extern char** environ;

namespace {

double seconds_since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

struct ProcessResult {
    int status = -1;
    double seconds = 0.0;
};

/// Runs argv with stdin/stdout redirected (empty path = inherit / discard).
ProcessResult run(const std::vector<std::string>& argv, const std::string& stdin_path = {},
                  const std::string& stdout_path = "/dev/null") {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (!stdin_path.empty()) {
        posix_spawn_file_actions_addopen(&actions, 0, stdin_path.c_str(), O_RDONLY, 0);
    }
    posix_spawn_file_actions_addopen(&actions, 1, stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    std::vector<char*> args;
    for (const auto& a : argv) {
        args.push_back(const_cast<char*>(a.c_str()));
    }
    args.push_back(nullptr);
    ProcessResult r;
    const auto t0 = Clock::now();
    pid_t pid = 0;
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return r;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    r.seconds = seconds_since(t0);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return r;
}

/// Peak memory of a command in KiB, measured by GNU time in a process of its own: a child's
/// ru_maxrss also counts the memory of the process that spawned it (Linux carries the old
/// image's high-water mark across exec), and this benchmark is large. -1 without GNU time.
long peak_kib(const std::vector<std::string>& argv, const fs::path& work,
              const std::string& stdin_path = {}) {
    if (!fs::exists("/usr/bin/time")) {
        return -1;
    }
    const fs::path report = work / "time.txt";
    std::vector<std::string> wrapped = {"/usr/bin/time", "-f", "%M", "-o", report.string()};
    wrapped.insert(wrapped.end(), argv.begin(), argv.end());
    if (run(wrapped, stdin_path).status != 0) {
        return -1;
    }
    std::ifstream in(report);
    long kib = -1;
    in >> kib;
    return kib;
}

/// Drops a file's pages from the page cache (only that file: other work on the machine keeps
/// its cache).
void evict(const fs::path& p) {
    const int fd = ::open(p.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

/// Queries per second of fn over n queries: the best of three runs (the machine is shared, so
/// the best run is the one least disturbed).
template <class Fn>
double best_rate(std::size_t n, Fn fn) {
    double best = 0.0;
    for (int run = 0; run < 3; ++run) {
        const auto t0 = Clock::now();
        fn();
        best = std::max(best, static_cast<double>(n) / seconds_since(t0));
    }
    return best;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

std::string fixed(double v, int digits) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(digits) << v;
    return s.str();
}

/// A misspelling: one consonant replaced, dropped or doubled into another.
std::string misspell(const std::string& name, std::mt19937& rng) {
    std::vector<std::size_t> consonants;
    for (std::size_t i = 1; i < name.size(); ++i) {
        const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
        if (c >= 'a' && c <= 'z' && std::string_view("aeiouy").find(c) == std::string_view::npos) {
            consonants.push_back(i);
        }
    }
    if (consonants.empty()) {
        return name;
    }
    std::string out = name;
    const std::size_t at = consonants[rng() % consonants.size()];
    static const std::string kLetters = "bdfklmnrstz";
    switch (rng() % 3) {
    case 0:
        out[at] = kLetters[rng() % kLetters.size()];
        break;
    case 1:
        out.erase(at, 1);
        break;
    default:
        out.insert(at, 1, kLetters[rng() % kLetters.size()]);
        break;
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: bench_geocode CITIES500.txt CONFLICTMAP_BINARY [WORK_DIR]\n";
        return 2;
    }
    const fs::path cities = argv[1];
    const std::string conflictmap_bin = fs::absolute(argv[2]).string();
    const fs::path work =
        argc > 3 ? fs::path(argv[3]) : fs::temp_directory_path() / "bench_geocode";
    fs::create_directories(work);
    const fs::path index = work / "cities500.cmidx";
    std::cout << "bench_geocode: " << cities.string() << "\n";
    {
        std::ifstream load("/proc/loadavg");
        std::string l;
        std::getline(load, l);
        std::cout << "machine: " << std::thread::hardware_concurrency() << " cores, load average "
                  << l.substr(0, l.find(' ', l.find(' ', l.find(' ') + 1) + 1)) << "\n\n";
    }

    // 1. Compile.
    const ProcessResult build = run({conflictmap_bin, "gazetteer", "build", "-q", cities.string(),
                                     "-o", index.string(), "--overwrite"});
    if (build.status != 0) {
        std::cerr << "gazetteer build failed\n";
        return 1;
    }
    std::cout << "| figure | value |\n|---|---|\n";
    const long build_kib = peak_kib({conflictmap_bin, "gazetteer", "build", "-q", cities.string(),
                                     "-o", (work / "again.cmidx").string(), "--overwrite"},
                                    work);
    std::cout << "| compile cities500 (" << fs::file_size(cities) / (1024 * 1024)
              << " MiB) to .cmidx | " << fixed(build.seconds, 2) << " s, peak " << build_kib / 1024
              << " MiB, index " << fs::file_size(index) / (1024 * 1024) << " MiB |\n";

    // 2. Cold start: a fresh process answering one query.
    std::vector<double> version_runs;
    std::vector<double> warm_runs;
    std::vector<double> evicted_runs;
    const std::vector<std::string> one_query = {conflictmap_bin, "geocode", "--gazetteer",
                                                index.string(), "Ain Al Assad"};
    run(one_query);
    for (int i = 0; i < 15; ++i) {
        version_runs.push_back(run({conflictmap_bin, "--version"}).seconds);
        warm_runs.push_back(run(one_query).seconds);
        evict(index);
        evicted_runs.push_back(run(one_query).seconds);
    }
    std::cout << "| first answer, fresh process, index in page cache (median of 15) | "
              << fixed(1000 * median(warm_runs), 1) << " ms |\n"
              << "| first answer, fresh process, index evicted from page cache | "
              << fixed(1000 * median(evicted_runs), 1) << " ms |\n"
              << "| of which loading the program and its libraries (`--version`) | "
              << fixed(1000 * median(version_runs), 1) << " ms |\n";

    // 3. In-process open and first query.
    gazetteer::GazetteerOptions options;
    options.sources = {index.string()};
    evict(index);
    auto t0 = Clock::now();
    const gazetteer::Gazetteer g = gazetteer::Gazetteer::open(options);
    const double open_s = seconds_since(t0);
    t0 = Clock::now();
    const auto first = g.geocode("Ain Al Assad");
    const double first_s = seconds_since(t0);
    std::cout << "| in process: open embedded + .cmidx, then first geocode (index evicted) | "
              << fixed(1000 * open_s, 2) << " ms + " << fixed(1000 * first_s, 2) << " ms |\n";
    if (first.empty()) {
        std::cerr << "no answer for the first query\n";
        return 1;
    }

    // 4. Query sets: names of cities500 (preferred, ASCII and alternate, all scripts).
    std::vector<std::string> names;
    {
        const gazetteer::MappedFile file(cities);
        gazetteer::read_geonames_rows(
            file.bytes(), cities.string(), {true, nullptr}, [&](const gazetteer::GeonamesRow& r) {
                names.emplace_back(r.name);
                if (r.ascii_name != r.name) {
                    names.emplace_back(r.ascii_name);
                }
                std::string_view rest = r.alternate_names;
                while (!rest.empty()) {
                    const auto c = rest.find(',');
                    if (!rest.substr(0, c).empty()) {
                        names.emplace_back(rest.substr(0, c));
                    }
                    rest = c == std::string_view::npos ? std::string_view() : rest.substr(c + 1);
                }
            });
    }
    std::mt19937 rng(20240601);
    std::vector<std::string> exact_queries;
    for (int i = 0; i < 100000; ++i) {
        exact_queries.push_back(names[rng() % names.size()]);
    }
    std::vector<std::string> exact_keys;
    for (const auto& q : exact_queries) {
        exact_keys.push_back(text::toponym_key(q));
    }
    std::vector<std::string> fuzzy_queries;
    std::vector<std::vector<gazetteer::PlaceRef>> fuzzy_truth; // places named by the original
    {
        std::vector<gazetteer::NameHit> hits;
        while (fuzzy_queries.size() < 20000) {
            const std::string& n = names[rng() % names.size()];
            if (n.size() < 5 || static_cast<unsigned char>(n[0]) >= 0x80) {
                continue; // misspell Latin names
            }
            std::string m = misspell(n, rng);
            if (!g.lookup_key(text::toponym_key(m), hits).found) {
                fuzzy_queries.push_back(std::move(m));
                g.lookup_key(text::toponym_key(n), hits);
                fuzzy_truth.emplace_back();
                for (const auto& h : hits) {
                    fuzzy_truth.back().push_back(h.place);
                }
            }
        }
    }

    // 5. Throughput, one thread.
    std::vector<gazetteer::NameHit> hits;
    std::size_t found = 0;
    const double lookup_qps = best_rate(exact_keys.size(), [&] {
        found = 0;
        for (const auto& k : exact_keys) {
            found += g.lookup_key(k, hits).found ? 1 : 0;
        }
    });
    std::string key;
    const double normalise_lookup_qps = best_rate(exact_queries.size(), [&] {
        for (const auto& q : exact_queries) {
            key.clear();
            text::append_toponym_key(q, key);
            g.lookup_key(key, hits);
        }
    });
    struct Rate {
        double exact = 0.0;
        double fuzzy = 0.0;
        std::size_t answered = 0;
        std::size_t fuzzy_answered = 0;
        std::size_t fuzzy_found = 0; ///< the misspelt place among the matches
    };
    std::vector<std::pair<std::size_t, Rate>> rates;
    for (const std::size_t limit : {std::size_t{1}, std::size_t{5}}) {
        gazetteer::GeocodeOptions geocode_options;
        geocode_options.limit = limit;
        Rate r;
        r.exact = best_rate(exact_queries.size(), [&] {
            r.answered = 0;
            for (const auto& q : exact_queries) {
                r.answered += g.geocode(q, geocode_options).empty() ? 0 : 1;
            }
        });
        std::vector<std::vector<gazetteer::GeocodeMatch>> answers(fuzzy_queries.size());
        r.fuzzy = best_rate(fuzzy_queries.size(), [&] {
            for (std::size_t i = 0; i < fuzzy_queries.size(); ++i) {
                answers[i] = g.geocode(fuzzy_queries[i], geocode_options);
            }
        });
        for (std::size_t i = 0; i < answers.size(); ++i) {
            r.fuzzy_answered += answers[i].empty() ? 0 : 1;
            const auto& truth = fuzzy_truth[i];
            r.fuzzy_found += std::any_of(answers[i].begin(), answers[i].end(), [&](const auto& m) {
                return std::find(truth.begin(), truth.end(), m.place) != truth.end();
            });
        }
        rates.emplace_back(limit, r);
    }
    std::cout << "| scanner `lookup_key` on normalised keys, 1 core (best of 3 runs) | "
              << fixed(lookup_qps / 1e6, 2) << " M/s (" << found << " hits) |\n"
              << "| `toponym_key` + `lookup_key` on raw names, 1 core | "
              << fixed(normalise_lookup_qps / 1e6, 2) << " M/s |\n";
    for (const auto& [limit, r] : rates) {
        std::cout << "| `geocode()` exact names (100,000 cities500 names), limit " << limit
                  << ", 1 core | " << fixed(r.exact / 1000, 0) << " k/s (" << r.answered
                  << " answered) |\n"
                  << "| `geocode()` misspelt names (20,000, one consonant edit), limit " << limit
                  << ", 1 core | " << fixed(r.fuzzy / 1000, 1) << " k/s ("
                  << fixed(100.0 * static_cast<double>(r.fuzzy_answered) /
                               static_cast<double>(fuzzy_queries.size()),
                           0)
                  << "% answered, the misspelt place among them for "
                  << fixed(100.0 * static_cast<double>(r.fuzzy_found) /
                               static_cast<double>(fuzzy_queries.size()),
                           0)
                  << "%) |\n";
    }
    const double exact_qps = rates.front().second.exact;
    if (argc > 4) {
        std::string corpus;
        for (const auto& entry : fs::directory_iterator(argv[4])) {
            if (entry.path().extension() == ".txt") {
                std::ifstream in(entry.path());
                std::stringstream ss;
                ss << in.rdbuf();
                corpus += ss.str() + "\n";
            }
        }
        if (!corpus.empty()) {
            std::string text_value;
            while (text_value.size() < 2 * 1024 * 1024) {
                text_value += corpus;
            }
            std::vector<text::TokenSpan> tokens;
            text::split_toponym_tokens(text_value, tokens);
            std::size_t mentions = 0;
            const double rate = best_rate(
                tokens.size(), [&] { mentions = gazetteer::scan_names(g, text_value).size(); });
            std::cout << "| `scan_names` over the sample articles (" << text_value.size() / 1024
                      << " KiB, " << mentions << " mentions), 1 core | " << fixed(rate / 1e6, 2)
                      << " M tokens/s |\n";
        }
    }
    rusage self{};
    getrusage(RUSAGE_SELF, &self);

    // 6. Peak memory of a geocode process answering the 100,000 exact queries.
    const fs::path queries_file = work / "queries.txt";
    {
        std::ofstream out(queries_file);
        for (const auto& q : exact_queries) {
            out << q << '\n';
        }
    }
    const std::vector<std::string> batch_command = {
        conflictmap_bin, "geocode", "-q", "--gazetteer", index.string(), "--format", "tsv"};
    const ProcessResult batch = run(batch_command, queries_file.string());
    const long batch_kib = peak_kib(batch_command, work, queries_file.string());
    std::cout << "| `conflictmap geocode` process, 100,000 queries from stdin, limit 5 | "
              << fixed(batch.seconds, 2) << " s, peak " << batch_kib / 1024 << " MiB |\n"
              << "| this benchmark process (index mapped, query sets in memory) | peak "
              << self.ru_maxrss / 1024 << " MiB |\n";

    // 7. The floor: GNU grep -F -x -f with the same queries over the name list.
    const fs::path names_file = work / "names.txt";
    {
        std::ofstream out(names_file);
        for (const auto& n : names) {
            out << n << '\n';
        }
    }
    setenv("LC_ALL", "C", 1);
    std::vector<double> grep_runs;
    for (int i = 0; i < 3; ++i) {
        grep_runs.push_back(
            run({"grep", "-F", "-x", "-c", "-f", queries_file.string(), names_file.string()})
                .seconds);
    }
    const double grep_qps = static_cast<double>(exact_queries.size()) / median(grep_runs);
    std::cout << "| GNU `grep -F -x -f` (LC_ALL=C), same 100,000 queries over " << names.size()
              << " names | " << fixed(grep_qps / 1000, 0) << " k/s (" << fixed(median(grep_runs), 2)
              << " s) |\n"
              << "| ratio: `geocode()` exact (limit 1) / grep | " << fixed(exact_qps / grep_qps, 2)
              << "x |\n"
              << "| ratio: `toponym_key` + `lookup_key` / grep | "
              << fixed(normalise_lookup_qps / grep_qps, 1) << "x |\n";
    return 0;
}
