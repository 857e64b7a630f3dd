// Benchmark of `conflictmap map` against ogr2ogr: N synthetic events (default 1,000,000) as
// GeoJSONSeq in a temporary folder, then, in the same run,
//   conflictmap map events.geojsons -o a.gpkg --layers events
//   ogr2ogr -f GPKG b.gpkg events.geojsons
// wall-clock times and their ratio (target: conflictmap <= 1.5 x ogr2ogr). In-process phase
// timings (reading the event file, writing the GeoPackage) show where the time goes.
//
// Usage: bench_map [--events N] [--conflictmap PATH] [--keep]
//   PATH defaults to ../src/conflictmap beside this program's folder (the build tree).
#include "core/diagnostics.hpp"
#include "events/event_record.hpp"
#include "io/event_io.hpp"
#include "io/map_layers.hpp"
#include "io/map_output.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <gdal_priv.h>
#include <iostream>
#include <ogrsf_frmts.h>
#include <random>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace conflictmap;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

/// CPU seconds (user + system) of the finished children so far.
double children_cpu() {
    rusage usage{};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    const auto s = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return s(usage.ru_utime) + s(usage.ru_stime);
}

struct Timing {
    double wall;
    double cpu;
};

/// Wall-clock and CPU time of a command: on a shared machine the CPU time is the steadier
/// figure, the wall time is what a user waits.
Timing time_command(const std::string& command) {
    const double cpu_before = children_cpu();
    const auto start = std::chrono::steady_clock::now();
    const int rc = std::system(command.c_str());
    const Timing t{seconds_since(start), children_cpu() - cpu_before};
    if (rc != 0) {
        std::cerr << "bench_map: command failed (" << rc << "): " << command << '\n';
        std::exit(1);
    }
    return t;
}

/// Events shaped like extract's output: ACLED types, places across Iraq, a few unlocated
/// events and a few relative locations.
void generate(const fs::path& file, std::uint64_t n) {
    std::mt19937_64 rng(20200312);
    std::uniform_real_distribution<double> lat(29.1, 37.4), lon(38.8, 48.6), unit(0.0, 1.0);
    const auto& types = acled_event_types();
    const char* actors[] = {"Islamic State (Iraq)",
                            "Military Forces of Iraq",
                            "Unidentified Armed Group (Iraq)",
                            "Popular Mobilization Forces",
                            "Military Forces of Turkey",
                            "Protesters (Iraq)"};
    const char* places[] = {"Kirkuk",     "Baghdad", "Erbil",        "Makhmour",
                            "Camp Taji",  "Sinjar",  "Tuz Khurmatu", "Ain al-Asad Air Base",
                            "طوز خورماتو"};
    std::ofstream out(file, std::ios::binary);
    auto writer = io::make_event_writer(io::EventFormat::geojsonseq, out, true);
    for (std::uint64_t i = 0; i < n; ++i) {
        EventRecord e;
        e.article_id = "a" + std::to_string(i / 3);
        e.event_id = e.article_id + "-" + std::to_string(i % 3);
        e.article_ids = {e.article_id};
        e.event_date = Date{2019 + static_cast<int>(i % 3), 1 + static_cast<int>(i % 12),
                            1 + static_cast<int>(i % 28)};
        e.time_precision = 1 + static_cast<int>(i % 3);
        const auto& t = types[i % types.size()];
        e.event_type = t.event_type;
        e.sub_event_type = t.sub_event_type;
        e.actor1 = actors[i % 6];
        e.actor2 = actors[(i + 1) % 6];
        e.inter1 = 1 + static_cast<int>(i % 8);
        e.inter2 = 1 + static_cast<int>((i + 3) % 8);
        e.fatalities = static_cast<std::int64_t>(i % 7);
        e.injuries = static_cast<std::int64_t>(i % 5);
        e.location = places[i % 9];
        e.location_text = e.location;
        e.admin1 = "Kirkuk";
        e.admin2 = "Kirkuk District";
        e.country_code = "IQ";
        if (i % 100 != 99) {
            e.latitude = lat(rng);
            e.longitude = lon(rng);
            e.geo_precision = 1 + static_cast<int>(i % 3);
            e.uncertainty_m = 1000.0 * static_cast<double>(1 + i % 10);
        }
        e.disputed = i % 4 == 0;
        if (e.disputed) {
            e.disputed_area = "Kirkuk";
        }
        e.kri_distance_km = unit(rng) * 100.0 - 20.0;
        e.notes = "Militants attacked a checkpoint near the town at dawn, killing " +
                  std::to_string(e.fatalities) + " and wounding " + std::to_string(e.injuries) +
                  ", according to a local security official.";
        e.source = "Bench Wire";
        e.confidence = 0.5 + 0.5 * unit(rng);
        e.actor1_attribution = "stated";
        e.place_id = 1000000000 + static_cast<std::int64_t>(i % 9);
        e.geonames_id = 94787;
        e.feature_code = "PPLA";
        if (i % 100 == 42 && e.latitude) {
            e.reference_location = "Kirkuk";
            e.reference_latitude = 35.4681;
            e.reference_longitude = 44.3922;
        }
        writer->write(e);
    }
    writer->finish();
}

} // namespace

int main(int argc, char** argv) {
    std::uint64_t n = 1'000'000;
    fs::path binary =
        fs::canonical("/proc/self/exe").parent_path().parent_path() / "src" / "conflictmap";
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--events" && i + 1 < argc) {
            n = std::stoull(argv[++i]);
        } else if (a == "--conflictmap" && i + 1 < argc) {
            binary = argv[++i];
        } else if (a == "--keep") {
            keep = true;
        } else {
            std::cerr << "usage: bench_map [--events N] [--conflictmap PATH] [--keep]\n";
            return 2;
        }
    }
    if (!fs::exists(binary)) {
        std::cerr << "bench_map: " << binary << " not found (build it, or --conflictmap PATH)\n";
        return 1;
    }
    const fs::path dir = fs::temp_directory_path() / ("bench_map-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path events = dir / "events.geojsons";

    auto start = std::chrono::steady_clock::now();
    generate(events, n);
    std::printf("generated %llu events (%.0f MB GeoJSONSeq) in %.1f s\n",
                static_cast<unsigned long long>(n),
                static_cast<double>(fs::file_size(events)) / 1e6, seconds_since(start));

    // In-process phases: where the time of `map` goes.
    {
        std::ostringstream sink;
        Diagnostics diag(sink, true);
        std::vector<EventRecord> loaded;
        start = std::chrono::steady_clock::now();
        std::clock_t cpu = std::clock();
        io::read_event_file(events, diag, false,
                            [&](EventRecord&& e) { loaded.push_back(std::move(e)); });
        const double read = seconds_since(start);
        const double read_cpu = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
        io::MapSources sources;
        sources.events = loaded;
        start = std::chrono::steady_clock::now();
        cpu = std::clock();
        io::MapOutputOptions options;
        options.output = dir / "phase.gpkg";
        const io::MapOutput output(options, {"events"});
        output.write(io::build_map_layers(sources, {"events"}), diag);
        const double write = seconds_since(start);
        const double write_cpu = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
        const double per = 1e6 / static_cast<double>(n);
        std::printf("phases: read+parse %.1f s wall, %.1f s CPU (%.1f us/event CPU); "
                    "write GPKG %.1f s wall, %.1f s CPU (%.1f us/event CPU)\n",
                    read, read_cpu, read_cpu * per, write, write_cpu, write_cpu * per);
    }

    const Timing ours =
        time_command(quote(binary.string()) + " map " + quote(events.string()) + " -o " +
                     quote((dir / "a.gpkg").string()) + " --layers events -q");
    const Timing theirs = time_command("ogr2ogr -f GPKG " + quote((dir / "b.gpkg").string()) + " " +
                                       quote(events.string()) + " 2>/dev/null");
    std::printf("conflictmap map --layers events: %.1f s wall, %.1f s CPU\n", ours.wall, ours.cpu);
    std::printf("ogr2ogr -f GPKG:                  %.1f s wall, %.1f s CPU\n", theirs.wall,
                theirs.cpu);
    std::printf("ratio conflictmap / ogr2ogr: %.2f wall, %.2f CPU (target <= 1.5)\n",
                ours.wall / theirs.wall, ours.cpu / theirs.cpu);
    double load[3] = {0, 0, 0};
    if (::getloadavg(load, 3) == 3) {
        std::printf("load average at the end: %.2f %.2f %.2f (%u cores)\n", load[0], load[1],
                    load[2], std::thread::hardware_concurrency());
    }
    for (const char* name : {"a.gpkg", "b.gpkg"}) {
        GDALDatasetUniquePtr ds(GDALDataset::Open((dir / name).string().c_str(), GDAL_OF_VECTOR));
        OGRLayer* layer = ds ? ds->GetLayer(0) : nullptr;
        std::printf("%s: %lld features\n", name,
                    layer != nullptr ? static_cast<long long>(layer->GetFeatureCount()) : -1LL);
    }
    std::printf("sizes: a.gpkg %.0f MB, b.gpkg %.0f MB\n",
                static_cast<double>(fs::file_size(dir / "a.gpkg")) / 1e6,
                static_cast<double>(fs::file_size(dir / "b.gpkg")) / 1e6);
    if (!keep) {
        fs::remove_all(dir);
    } else {
        std::printf("kept %s\n", dir.c_str());
    }
    return 0;
}
