// Benchmark: tag random points with the embedded disputed-territories layer (area lookup and
// signed distance to the Kurdistan Region), one thread and two. Prints figures; asserts nothing.
// Usage: bench_disputed [POINTS]   (default 1000000)
#include "geo/areas.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using conflictmap::geo::DisputedTerritories;

struct Box {
    const char* name;
    double west, south, east, north;
};

struct Counts {
    std::size_t disputed = 0;
    std::size_t inside_kri = 0;
    double checksum = 0;
};

std::vector<std::pair<double, double>> random_points(const Box& box, std::size_t n) {
    std::mt19937_64 rng(20240601);
    std::uniform_real_distribution<double> lat(box.south, box.north);
    std::uniform_real_distribution<double> lon(box.west, box.east);
    std::vector<std::pair<double, double>> points(n);
    for (auto& p : points) {
        p = {lat(rng), lon(rng)};
    }
    return points;
}

Counts tag_range(const DisputedTerritories& layer,
                 const std::vector<std::pair<double, double>>& points, std::size_t begin,
                 std::size_t end) {
    Counts c;
    for (std::size_t i = begin; i < end; ++i) {
        const auto t = layer.tag(points[i].first, points[i].second);
        c.disputed += t.disputed ? 1 : 0;
        if (t.kri_distance_km) {
            c.inside_kri += *t.kri_distance_km < 0 ? 1 : 0;
            c.checksum += *t.kri_distance_km;
        }
    }
    return c;
}

void run(const DisputedTerritories& layer, const Box& box, std::size_t n, unsigned threads) {
    const auto points = random_points(box, n);
    // Warm up: each thread builds its GEOS and PROJ state on first use.
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back([&] { (void)layer.tag(35.0, 44.0); });
    }
    for (auto& th : pool) {
        th.join();
    }
    pool.clear();

    std::vector<Counts> counts(threads);
    const auto start = Clock::now();
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            counts[t] = tag_range(layer, points, n * t / threads, n * (t + 1) / threads);
        });
    }
    for (auto& th : pool) {
        th.join();
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    Counts total;
    for (const auto& c : counts) {
        total.disputed += c.disputed;
        total.inside_kri += c.inside_kri;
        total.checksum += c.checksum;
    }
    std::printf("%-28s %u thread%s %9zu points %8.3f s %12.0f points/s  disputed %5.1f%%  "
                "in KRI %5.1f%%\n",
                box.name, threads, threads == 1 ? " " : "s", n, seconds,
                static_cast<double>(n) / seconds,
                100.0 * static_cast<double>(total.disputed) / static_cast<double>(n),
                100.0 * static_cast<double>(total.inside_kri) / static_cast<double>(n));
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
    const auto load_start = Clock::now();
    const auto layer = DisputedTerritories::embedded();
    std::printf("load embedded layer: %.3f s (%zu areas)\n",
                std::chrono::duration<double>(Clock::now() - load_start).count(),
                layer.areas().features.size());
    const Box iraq{"Iraq bounding box", 38.79, 29.06, 48.57, 37.38};
    const Box band{"disputed band", 41.2, 33.1, 46.2, 37.0};
    for (const auto& box : {iraq, band}) {
        run(layer, box, n, 1);
        run(layer, box, n, 2);
    }
    return 0;
}
