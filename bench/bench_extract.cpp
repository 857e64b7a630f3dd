// Extraction throughput: MB/s of article text per core with the embedded gazetteer (and with a
// compiled cities500 index when one is given), the speed-up of --threads 2 with the output
// checked identical to one thread, peak memory against the number of articles, and the speed
// on one long article (it must not fall with the length).
//
// Usage: bench_extract [--mb N] [--gazetteer FILE.cmidx] [ARTICLES.jsonl...]
// Default articles: tests/data/eval/articles.jsonl and samples/articles.jsonl (run from the
// source tree). The corpus is those reports repeated, with fresh ids, to N MB (default 40).
#include "core/diagnostics.hpp"
#include "events/extractor.hpp"
#include "events/gazetteer_lookup.hpp"
#include "events/pipeline.hpp"
#include "geo/areas.hpp"
#include "io/event_io.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <sys/resource.h>
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

struct Run {
    double seconds = 0;
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
    const auto t = Clock::now();
    const auto loaded = events::load_events(o, in, diag);
    Run r;
    r.seconds = seconds_since(t);
    r.events = loaded.events.size();
    std::ostringstream out;
    auto w = io::make_event_writer(io::EventFormat::geojsonseq, out);
    for (const auto& e : loaded.events) {
        w->write(e);
    }
    w->finish();
    r.output = out.str();
    return r;
}

} // namespace

int main(int argc, char** argv) {
    std::size_t mb = 40;
    std::vector<std::string> gazetteer;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--mb" && i + 1 < argc) {
            mb = std::stoul(argv[++i]);
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
        {
            std::ostringstream err;
            Diagnostics diag(err, true);
            const auto lookup = events::open_place_lookup(gaz, diag);
            const auto disputed = geo::DisputedTerritories::embedded();
            const events::Extractor x(*lookup, &disputed);
            std::size_t n = 0, events = 0;
            const auto t = Clock::now();
            while (n * base_bytes / base.size() < bytes) {
                for (const auto& a : base) {
                    events += x.extract(a).events.size();
                    ++n;
                }
            }
            const double s = seconds_since(t);
            std::cout << name << ": extractor, 1 thread:   " << mbps(s) << " MB/s ("
                      << static_cast<double>(n) / s << " articles/s, " << events << " events)\n";
        }
        const auto one = run_pipeline(corpus, 1, gaz);
        const auto two = run_pipeline(corpus, 2, gaz);
        std::cout << name << ": pipeline, 1 thread:    " << mbps(one.seconds) << " MB/s ("
                  << one.seconds << " s, " << one.events << " events)\n"
                  << name << ": pipeline, 2 threads:   " << mbps(two.seconds) << " MB/s ("
                  << two.seconds << " s), speed-up " << one.seconds / two.seconds << "x, output "
                  << (one.output == two.output ? "identical" : "DIFFERENT") << "\n";
    }
    std::cout << "peak memory: " << peak_rss_mb() << " MB (events are kept for merging across "
              << "articles; article text is streamed)\n";
    // One long article (all the reports end to end, repeated): the time per MB must not grow
    // with the article's length.
    {
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
            const auto events = x.extract(a).events.size();
            const double s = seconds_since(t);
            std::cout << "one article of " << a.text.size() / (1 << 20)
                      << " MB: " << static_cast<double>(a.text.size()) / (1 << 20) / s << " MB/s ("
                      << events << " events)\n";
        }
    }
    fs::remove(corpus);
    return 0;
}
