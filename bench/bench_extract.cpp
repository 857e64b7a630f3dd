// Extraction throughput: MB/s of article text per core with the embedded gazetteer (and with a
// compiled cities500 index when one is given), the speed-up of --threads 2 with the output
// checked identical to one thread, the peak memory of `conflictmap extract` at 10, 20 and 40 MB
// of text (it must stay flat), the speed of merging N distinct events across articles (it must
// stay flat in N), and the speed on one long article (it must not fall with the length).
//
// Usage: bench_extract [--mb N] [--runs N] [--pipeline-only | --speed-only]
//                      [--gazetteer FILE.cmidx] [--conflictmap PROGRAM] [ARTICLES.jsonl...]
// PROGRAM: the conflictmap executable whose memory is measured (default: src/conflictmap of the
// build tree this benchmark is in). --runs N times the pipeline on 1 and 2 threads N times, in
// turn, and prints the median and range of the speed-up (the machine is shared, one run says
// little); --pipeline-only skips the memory, merge, long-article and extractor-alone figures,
// --speed-only the memory, merge and long-article ones (to compare builds side by side).
// Default articles: tests/data/eval/articles.jsonl and samples/articles.jsonl (run from the
// source tree). The corpus is those reports repeated, with fresh ids, to N MB (default 40).
#include "core/diagnostics.hpp"
#include "events/extractor.hpp"
#include "events/gazetteer_lookup.hpp"
#include "events/merge.hpp"
#include "events/pipeline.hpp"
#include "geo/areas.hpp"
#include "io/event_io.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace conflictmap;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

long peak_rss_mb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

/// Peak resident memory, MB, of `conflictmap extract -q ARGS` (the program itself, run as a
/// child process with its output to /dev/null), from the kernel's account of the child. -1
/// when the run fails.
long extract_peak_mb(const fs::path& program, const std::vector<std::string>& args) {
    std::vector<std::string> all = {program.string(), "extract", "-q"};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    std::cout.flush();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage u{};
    if (pid < 0 || wait4(pid, &status, 0, &u) != pid || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0) {
        return -1;
    }
    return u.ru_maxrss / 1024;
}

std::vector<io::Article> load(const std::vector<std::string>& files) {
    std::vector<io::Article> out;
    for (const auto& f : files) {
        std::ifstream in(f);
        if (!in) {
            std::cerr << "bench_extract: cannot read " << f << " (run from the source tree)\n";
            std::exit(1);
        }
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty()) {
                continue;
            }
            const auto j = nlohmann::json::parse(line);
            io::Article a;
            a.id = j.value("id", "");
            a.text = j.value("text", "");
            a.published = Date::parse(j.value("published", ""));
            out.push_back(std::move(a));
        }
    }
    return out;
}

/// Writes the corpus as JSONL for the pipeline runs; returns its size in bytes of text.
std::size_t write_corpus(const std::vector<io::Article>& base, std::size_t target_bytes,
                         const fs::path& path, std::size_t& articles) {
    std::ofstream out(path);
    std::size_t bytes = 0;
    articles = 0;
    for (std::size_t round = 0; bytes < target_bytes; ++round) {
        for (const auto& a : base) {
            nlohmann::json j;
            j["id"] = a.id + "-" + std::to_string(round);
            j["text"] = a.text;
            if (a.published) {
                j["published"] = a.published->iso();
            }
            out << j.dump() << '\n';
            bytes += a.text.size();
            ++articles;
        }
    }
    return bytes;
}

/// CPU seconds used so far by this process, and by the whole machine (busy time of every CPU
/// from /proc/stat, the hypervisor's steal included): the difference over a run is what other
/// programs took meanwhile, which a speed-up measured on a shared machine must be read with.
struct CpuClock {
    double own = 0;
    double machine = 0;
};

CpuClock cpu_now() {
    CpuClock c;
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    c.own = static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
            static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    std::ifstream stat("/proc/stat");
    std::string cpu;
    unsigned long long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0,
                       steal = 0;
    stat >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal;
    c.machine = static_cast<double>(user + nice + system + irq + softirq + steal) /
                static_cast<double>(sysconf(_SC_CLK_TCK));
    return c;
}

struct Run {
    double seconds = 0;
    double own_cpu = 0;    ///< CPU seconds this process used
    double others_cpu = 0; ///< CPU seconds other programs used during the run
    std::size_t events = 0;
    std::string output;
};

Run run_pipeline(const fs::path& corpus, unsigned threads, const std::vector<std::string>& gaz) {
    std::ostringstream err;
    Diagnostics diag(err, true);
    events::PipelineOptions o;
    o.inputs = {corpus.string()};
    o.threads = threads;
    o.gazetteers = gaz;
    std::istringstream in;
    std::ostringstream out;
    auto w = io::make_event_writer(io::EventFormat::geojsonseq, out);
    const auto t = Clock::now();
    const auto cpu = cpu_now();
    const auto streamed = events::stream_events(
        o, in, diag,
        [](const EventRecord& e, std::string& bytes) {
            io::render_event(io::EventFormat::geojsonseq, e, bytes);
        },
        [&](std::string_view bytes) { w->write_rendered(bytes); });
    w->finish();
    Run r;
    r.seconds = seconds_since(t);
    const auto cpu_end = cpu_now();
    r.own_cpu = cpu_end.own - cpu.own;
    r.others_cpu = std::max(0.0, (cpu_end.machine - cpu.machine) - r.own_cpu);
    r.events = streamed.events;
    r.output = out.str();
    return r;
}

/// n synthetic events, three to an article, that are nearly all distinct: points anywhere in
/// Iraq, dates over ten years, six event types.
std::vector<std::vector<EventRecord>> distinct_events(std::size_t n) {
    std::mt19937_64 rng(n);
    std::uniform_real_distribution<double> lat(29.5, 37.0), lon(39.0, 48.5);
    std::uniform_int_distribution<int> day(0, 3652), type(0, 5), precision(1, 2);
    const auto& types = acled_event_types();
    std::vector<std::vector<EventRecord>> articles;
    for (std::size_t i = 0; i < n; ++i) {
        if (i % 3 == 0) {
            articles.emplace_back();
        }
        EventRecord e;
        e.article_id = "a" + std::to_string(i / 3);
        e.event_id = e.article_id + "-" + std::to_string(i % 3 + 1);
        e.article_ids = {e.article_id};
        e.event_type = types[static_cast<std::size_t>(type(rng)) % types.size()].event_type;
        e.event_date = Date{2014, 1, 1}.plus_days(day(rng));
        e.time_precision = precision(rng);
        e.latitude = lat(rng);
        e.longitude = lon(rng);
        e.geo_precision = precision(rng);
        e.location = "Somewhere";
        e.notes = "A sentence of the usual length that says what happened, where and to whom, "
                  "as the evidence for the event.";
        e.source = "Wire";
        articles.back().push_back(std::move(e));
    }
    return articles;
}

} // namespace

int main(int argc, char** argv) {
    std::size_t mb = 40;
    std::vector<std::string> gazetteer;
    std::vector<std::string> files;
    std::size_t runs = 1;
    bool pipeline_only = false;
    bool speed_only = false;
    fs::path program =
        fs::read_symlink("/proc/self/exe").parent_path().parent_path() / "src" / "conflictmap";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help" || a == "-h") {
            std::cout
                << "usage: bench_extract [--mb N] [--runs N] [--pipeline-only | --speed-only] "
                   "[--gazetteer FILE.cmidx] [--conflictmap PROGRAM] [ARTICLES.jsonl...]\n";
            return 0;
        }
        if (a == "--mb" && i + 1 < argc) {
            mb = std::stoul(argv[++i]);
        } else if (a == "--runs" && i + 1 < argc) {
            runs = std::max<std::size_t>(1, std::stoul(argv[++i]));
        } else if (a == "--pipeline-only") {
            pipeline_only = true;
        } else if (a == "--speed-only") {
            speed_only = true;
        } else if (a == "--conflictmap" && i + 1 < argc) {
            program = argv[++i];
        } else if (a == "--gazetteer" && i + 1 < argc) {
            gazetteer.push_back(argv[++i]);
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) {
        files = {"tests/data/eval/articles.jsonl", "samples/articles.jsonl"};
    }
    const auto base = load(files);
    std::size_t base_bytes = 0;
    for (const auto& a : base) {
        base_bytes += a.text.size();
    }
    const fs::path corpus = fs::temp_directory_path() / "conflictmap-bench-extract.jsonl";
    std::size_t articles = 0;
    // Memory first, while this process is small (a child's account starts with its parent's
    // pages until it runs the program).
    if (pipeline_only || speed_only) {
        // no memory figures
    } else if (fs::exists(program)) {
        const fs::path tiny = fs::temp_directory_path() / "conflictmap-bench-tiny.jsonl";
        write_corpus({base.front()}, 1, tiny, articles);
        std::cout << "peak memory of conflictmap extract (this process: " << peak_rss_mb()
                  << " MB): one article " << extract_peak_mb(program, {tiny.string()}) << " MB";
        fs::remove(tiny);
        for (const std::size_t size : {10, 20, 40}) {
            const std::size_t text = write_corpus(base, size << 20, corpus, articles);
            std::cout << ", " << (text >> 20) << " MB (" << articles << " articles) "
                      << extract_peak_mb(program, {corpus.string()}) << " MB";
        }
        std::cout << ", 40 MB with --threads 2 "
                  << extract_peak_mb(program, {corpus.string(), "--threads", "2"}) << " MB\n";
    } else {
        std::cout << "peak memory: no " << program << " (give --conflictmap PROGRAM)\n";
    }
    // Merging across articles: N distinct events, indexed (in memory, as map and report do)
    // and through the temporary file (as extract does).
    for (const std::size_t n : {10000, 100000, 1000000}) {
        if (pipeline_only || speed_only) {
            break;
        }
        auto articles_of_events = distinct_events(n);
        auto copy = articles_of_events;
        events::CrossArticleMerger in_memory;
        std::size_t merged = 0;
        auto t = Clock::now();
        for (auto& a : articles_of_events) {
            merged += in_memory.add(std::move(a));
        }
        const double memory_s = seconds_since(t);
        events::SpillingMerger spilling;
        std::size_t written = 0;
        t = Clock::now();
        for (auto& a : copy) {
            spilling.add(std::move(a));
        }
        spilling.finish([&](const EventRecord&) { ++written; });
        const double spill_s = seconds_since(t);
        std::cout << "merge " << n << " distinct events (" << merged
                  << " merged): " << static_cast<double>(n) / memory_s << " events/s in memory, "
                  << static_cast<double>(n) / spill_s << " events/s through the temporary file ("
                  << written << " written)\n";
    }

    const std::size_t bytes = write_corpus(base, mb << 20, corpus, articles);
    std::cout << "corpus: " << articles << " articles, " << (bytes >> 20) << " MB of text ("
              << base.size() << " distinct reports of " << base_bytes / base.size()
              << " bytes on average)\n";

    auto mbps = [&](double s) { return static_cast<double>(bytes) / (1 << 20) / s; };
    std::vector<std::vector<std::string>> setups = {{}};
    if (!gazetteer.empty()) {
        setups.push_back(gazetteer);
    }
    for (const auto& gaz : setups) {
        const std::string name = gaz.empty() ? "embedded gazetteer" : "embedded + " + gaz.front();
        // Extraction alone, in process (no JSON reading), one core.
        if (!pipeline_only) {
            std::ostringstream err;
            Diagnostics diag(err, true);
            const auto lookup = events::open_place_lookup(gaz, diag);
            const auto disputed = geo::DisputedTerritories::embedded();
            const events::Extractor x(*lookup, &disputed);
            std::size_t n = 0, events = 0;
            const auto t = Clock::now();
            const auto cpu = cpu_now();
            while (n * base_bytes / base.size() < bytes) {
                for (const auto& a : base) {
                    // As `conflictmap extract` runs it (no mentions: only the map uses them).
                    events += x.extract(a, nullptr, events::MentionList::skip).events.size();
                    ++n;
                }
            }
            const double s = seconds_since(t);
            const auto cpu_end = cpu_now();
            const double own = cpu_end.own - cpu.own;
            std::cout << name << ": extractor, 1 thread:   " << mbps(s) << " MB/s ("
                      << static_cast<double>(n) / s << " articles/s, " << events << " events; "
                      << mbps(own) << " MB/s of CPU time; other programs "
                      << std::max(0.0, (cpu_end.machine - cpu.machine) - own) << " s CPU)\n";
        }
        std::vector<double> speedups, quiet;
        for (std::size_t run = 0; run < runs; ++run) {
            const auto one = run_pipeline(corpus, 1, gaz);
            const auto two = run_pipeline(corpus, 2, gaz);
            speedups.push_back(one.seconds / two.seconds);
            // Quiet: other programs took under 2% of a CPU during both runs.
            if (one.others_cpu < 0.02 * one.seconds && two.others_cpu < 0.02 * two.seconds) {
                quiet.push_back(speedups.back());
            }
            std::cout << name << ": pipeline, 1 thread:    " << mbps(one.seconds) << " MB/s ("
                      << one.seconds << " s, " << one.own_cpu << " s CPU, " << one.events
                      << " events; other programs " << one.others_cpu << " s CPU)\n"
                      << name << ": pipeline, 2 threads:   " << mbps(two.seconds) << " MB/s ("
                      << two.seconds << " s, " << two.own_cpu << " s CPU; other programs "
                      << two.others_cpu << " s CPU), speed-up " << speedups.back() << "x, output "
                      << (one.output == two.output ? "identical" : "DIFFERENT") << "\n";
        }
        const auto summary = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            const std::size_t n = v.size();
            const double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            std::ostringstream s;
            s << "median " << median << "x, range " << v.front() << "-" << v.back() << "x";
            return s.str();
        };
        if (runs > 1) {
            std::cout << name << ": speed-up of 2 threads over " << runs
                      << " runs: " << summary(speedups) << "; over the " << quiet.size()
                      << " quiet runs (other programs under 2% of a CPU): "
                      << (quiet.empty() ? std::string("none") : summary(quiet)) << "\n";
        }
    }
    // One long article (all the reports end to end, repeated): the time per MB must not grow
    // with the article's length.
    if (!pipeline_only && !speed_only) {
        std::ostringstream err;
        Diagnostics diag(err, true);
        const auto lookup = events::open_place_lookup({}, diag);
        const auto disputed = geo::DisputedTerritories::embedded();
        const events::Extractor x(*lookup, &disputed);
        for (const std::size_t long_mb : {1, 4}) {
            io::Article a;
            a.id = "long";
            a.published = base.front().published;
            while (a.text.size() < (long_mb << 20)) {
                for (const auto& b : base) {
                    a.text += b.text;
                    a.text += "\n\n";
                }
            }
            const auto t = Clock::now();
            const auto events = x.extract(a, nullptr, events::MentionList::skip).events.size();
            const double s = seconds_since(t);
            std::cout << "one article of " << a.text.size() / (1 << 20)
                      << " MB: " << static_cast<double>(a.text.size()) / (1 << 20) / s << " MB/s ("
                      << events << " events)\n";
        }
    }
    fs::remove(corpus);
    return 0;
}
