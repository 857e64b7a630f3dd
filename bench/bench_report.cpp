// Benchmark of `conflictmap report`: 100,000 synthetic events (clustered around Iraqi towns,
// two years, every ACLED type) -> the five report files. Prints the time of each phase and the
// sizes of the files. Targets (issue 7): under 10 s in all and map.svg under 5 MB.
//
// Usage: bench_report [EVENTS [KEEP_DIR]]   (default 100000; KEEP_DIR: also write the report
// there, to look at it)
#include "core/diagnostics.hpp"
#include "geo/areas.hpp"
#include "io/event_io.hpp"
#include "report/report_builder.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace conflictmap;
namespace fs = std::filesystem;

namespace {

struct Town {
    const char* name;
    const char* admin1;
    double lat;
    double lon;
    double weight; ///< share of the events, relative
    bool disputed;
};

// Real coordinates (GeoNames); the weights are invented.
const Town kTowns[] = {
    {"Baghdad", "Baghdad", 33.3406, 44.4009, 20, false},
    {"Kirkuk", "Kirkuk", 35.4681, 44.3922, 10, true},
    {"Mosul", "Ninewa", 36.3350, 43.1189, 10, false},
    {"Tikrit", "Salah al-Din", 34.6071, 43.6782, 5, false},
    {"Ramadi", "Anbar", 33.4258, 43.2994, 6, false},
    {"Fallujah", "Anbar", 33.3500, 43.7833, 5, false},
    {"Baqubah", "Diyala", 33.7466, 44.6437, 5, false},
    {"Tuz Khurmatu", "Salah al-Din", 34.8856, 44.6326, 4, true},
    {"Makhmour", "Erbil", 35.7762, 43.5797, 3, true},
    {"Sinjar", "Ninewa", 36.3209, 41.8764, 3, true},
    {"Erbil", "Erbil", 36.1926, 44.0106, 4, false},
    {"Sulaymaniyah", "Sulaymaniyah", 35.5613, 45.4373, 2, false},
    {"Basra", "Basra", 30.5085, 47.7804, 6, false},
    {"Nasiriyah", "Dhi Qar", 31.0439, 46.2575, 4, false},
    {"Karbala", "Karbala", 32.6160, 44.0249, 2, false},
    {"Najaf", "Najaf", 32.0259, 44.3462, 2, false},
    {"Diwaniyah", "Qadisiyah", 31.9929, 44.9255, 2, false},
    {"Khanaqin", "Diyala", 34.3469, 45.3885, 2, true},
    {"Hawija", "Kirkuk", 35.3269, 43.7619, 3, true},
    {"Ain al-Asad Air Base", "Anbar", 33.7812, 42.4369, 2, false},
};

const char* const kActors[] = {
    "Islamic State (Iraq)", "Military Forces of Iraq (2022-)",  "Unidentified Armed Group (Iraq)",
    "Civilians (Iraq)",     "Popular Mobilization Forces",      "Police Forces of Iraq (2022-)",
    "Protesters (Iraq)",    "Military Forces of Turkey (2016-)"};

class Random {
public:
    double uniform() {
        state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state_ >> 11) / 9007199254740992.0;
    }
    double normal() { // Box-Muller
        const double u = std::max(uniform(), 1e-12);
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * uniform());
    }

private:
    std::uint64_t state_ = 0x5eed;
};

std::vector<EventRecord> synthetic_events(std::size_t n) {
    Random rng;
    double total_weight = 0;
    for (const auto& t : kTowns) {
        total_weight += t.weight;
    }
    const auto& types = acled_event_types();
    std::vector<EventRecord> events;
    events.reserve(n);
    const Date start{2023, 1, 1};
    for (std::size_t i = 0; i < n; ++i) {
        double pick = rng.uniform() * total_weight;
        const Town* town = &kTowns[0];
        for (const auto& t : kTowns) {
            if ((pick -= t.weight) <= 0) {
                town = &t;
                break;
            }
        }
        const auto& type = types[static_cast<std::size_t>(rng.uniform() * types.size())];
        EventRecord e;
        e.event_id = "bench-" + std::to_string(i);
        e.article_id = "article-" + std::to_string(i / 3);
        e.article_ids = {e.article_id};
        if (i % 97 != 0) {
            e.event_date = start.plus_days(static_cast<long>(rng.uniform() * 730));
            e.time_precision = 1;
        }
        e.event_type = type.event_type;
        e.sub_event_type = type.sub_event_type;
        e.actor1 = kActors[static_cast<std::size_t>(rng.uniform() * 8)];
        e.actor2 = kActors[static_cast<std::size_t>(rng.uniform() * 8)];
        const double u = rng.uniform();
        e.fatalities = u < 0.6 ? 0 : static_cast<std::int64_t>(std::pow(u, 8) * 40);
        e.injuries = static_cast<std::int64_t>(rng.uniform() * 4);
        e.location = town->name;
        e.admin1 = town->admin1;
        e.country_code = "IQ";
        if (i % 211 != 0) {
            e.latitude = town->lat + rng.normal() * 0.12;
            e.longitude = town->lon + rng.normal() * 0.12;
            e.geo_precision = 1 + static_cast<int>(rng.uniform() * 2);
        }
        e.disputed = town->disputed && e.latitude.has_value();
        if (e.disputed) {
            e.disputed_area = town->name;
        }
        e.notes = "Synthetic event " + std::to_string(i) + " near " + town->name +
                  ", for the benchmark only.";
        e.source = "bench";
        e.confidence = 0.7;
        events.push_back(std::move(e));
    }
    return events;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::string megabytes(std::size_t bytes) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f MB", static_cast<double>(bytes) / 1e6);
    return buffer;
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t n = argc > 1 ? std::stoul(argv[1]) : 100'000;
    const auto events = synthetic_events(n);
    const fs::path dir =
        fs::temp_directory_path() / ("cm-bench-report-" + std::to_string(::getpid()));
    fs::create_directories(dir);

    // What the CLI reads: a GeoJSONSeq file of the events.
    const fs::path input = dir / "events.geojsons";
    {
        std::ofstream out(input, std::ios::binary);
        auto writer = io::make_event_writer(io::EventFormat::geojsonseq, out);
        for (const auto& e : events) {
            writer->write(e);
        }
        writer->finish();
    }

    const auto t_start = std::chrono::steady_clock::now();
    auto t0 = t_start;
    std::ostringstream diag_text;
    Diagnostics diag(diag_text, true);
    std::vector<EventRecord> loaded;
    loaded.reserve(n);
    io::read_event_file(input, diag, false,
                        [&](EventRecord&& e) { loaded.push_back(std::move(e)); });
    const double t_load = seconds_since(t0);

    t0 = std::chrono::steady_clock::now();
    const auto disputed = geo::DisputedTerritories::embedded();
    report::MapLayers layers{&geo::iraq_admin1(), &disputed.areas()};
    report::ReportOptions options;
    options.title = "Benchmark report";
    events::PipelineStats stats;
    stats.event_files = 1;
    stats.events_read = loaded.size();
    const auto content = report::build_report_content(std::move(loaded), stats, layers, options);
    const double t_build = seconds_since(t0);

    t0 = std::chrono::steady_clock::now();
    const auto files = report::render_report_files(content);
    const double t_render = seconds_since(t0);

    t0 = std::chrono::steady_clock::now();
    report::write_report_directory(files, dir / "report", true);
    const double t_write = seconds_since(t0);
    const double total = seconds_since(t_start);

    std::cout << "bench_report: " << n << " synthetic events (" << content.figures.located
              << " located, " << content.figures.undated << " undated)\n"
              << "  load events.geojsons   " << t_load << " s\n"
              << "  select, tally, draw    " << t_build << " s\n"
              << "  render the five files  " << t_render << " s\n"
              << "  write the folder       " << t_write << " s\n"
              << "  total                  " << total << " s   (target < 10 s)\n"
              << "  map.svg                " << megabytes(files.map_svg.size())
              << "   (target < 5 MB; " << content.map.symbols << " symbols, "
              << content.map.hexagons << " hexagons of " << content.map.hexagon_km << " km)\n"
              << "  index.html             " << megabytes(files.index_html.size()) << " ("
              << content.max_table_rows << " event rows)\n"
              << "  report.md              " << megabytes(files.report_md.size()) << '\n'
              << "  events.csv             " << megabytes(files.events_csv.size()) << '\n'
              << "  summary.json           " << megabytes(files.summary_json.size()) << '\n';
    if (argc > 2) {
        report::write_report_directory(files, argv[2], true);
    }

    // Worst case for the map's size: the same events spread evenly over Iraq's box, so no
    // place is dense and every hexagon holds few events.
    auto spread = synthetic_events(n);
    Random rng;
    for (auto& e : spread) {
        if (e.latitude) {
            e.latitude = 29.5 + rng.uniform() * 7.5;
            e.longitude = 39.0 + rng.uniform() * 9.5;
        }
    }
    t0 = std::chrono::steady_clock::now();
    const auto spread_content =
        report::build_report_content(std::move(spread), stats, layers, options);
    const auto spread_files = report::render_report_files(spread_content);
    std::cout << "  evenly spread events   " << seconds_since(t0)
              << " s to build and render; map.svg " << megabytes(spread_files.map_svg.size())
              << " (" << spread_content.map.symbols << " symbols, " << spread_content.map.hexagons
              << " hexagons)\n";
    fs::remove_all(dir);
    return 0;
}
