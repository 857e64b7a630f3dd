// Browser test of the report page: builds a report from the fixtures, renders index.html in
// headless Chromium at desktop and phone widths, decodes the screenshots with GDAL's PNG driver
// and checks they show a drawn page: enough ink, many colours, and the map's own colours (event
// symbols, the disputed-territory hatching, governorate fill). Exits 77 (ctest SKIP) when
// Chromium is not installed. The screenshots stay in the build folder for a human to look at.
//
// Usage: report_browser_test SOURCE_DIR WORK_DIR
#include "../unit/report/fixture_layers.hpp"
#include "core/diagnostics.hpp"
#include "io/event_io.hpp"
#include "report/report_builder.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <gdal_priv.h>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace conflictmap;

namespace {

constexpr int kSkip = 77;

std::string find_on_path(const std::vector<std::string>& names) {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path != nullptr ? path : "/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        for (const auto& n : names) {
            const fs::path candidate = fs::path(dir) / n;
            if (!dir.empty() && ::access(candidate.c_str(), X_OK) == 0) {
                return candidate.string();
            }
        }
    }
    return {};
}

std::string quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::array<unsigned char, 3>> pixels;
    const std::array<unsigned char, 3>& at(int x, int y) const {
        return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                      static_cast<std::size_t>(x)];
    }
};

Image read_png(const fs::path& png) {
    GDALDatasetUniquePtr ds(GDALDataset::Open(png.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!ds || ds->GetRasterCount() < 3) {
        throw std::runtime_error("cannot decode " + png.string() + " as an RGB PNG");
    }
    Image img;
    img.width = ds->GetRasterXSize();
    img.height = ds->GetRasterYSize();
    const auto n = static_cast<std::size_t>(img.width) * static_cast<std::size_t>(img.height);
    img.pixels.resize(n);
    std::vector<unsigned char> band(n);
    for (int b = 0; b < 3; ++b) {
        if (ds->GetRasterBand(b + 1)->RasterIO(GF_Read, 0, 0, img.width, img.height, band.data(),
                                               img.width, img.height, GDT_Byte, 0, 0) != CE_None) {
            throw std::runtime_error("cannot read band of " + png.string());
        }
        for (std::size_t i = 0; i < n; ++i) {
            img.pixels[i][static_cast<std::size_t>(b)] = band[i];
        }
    }
    return img;
}

bool near(const std::array<unsigned char, 3>& p, int r, int g, int b, int tolerance) {
    return std::abs(p[0] - r) <= tolerance && std::abs(p[1] - g) <= tolerance &&
           std::abs(p[2] - b) <= tolerance;
}

struct Checks {
    int failures = 0;
    void expect(bool ok, const std::string& what) {
        std::cout << (ok ? "ok   " : "FAIL ") << what << '\n';
        failures += ok ? 0 : 1;
    }
};

bool screenshot(const std::string& chromium, const fs::path& html, const fs::path& png, int width,
                int height, const fs::path& log) {
    char profile_template[] = "/tmp/cm-chromium-XXXXXX";
    const char* profile = ::mkdtemp(profile_template);
    if (profile == nullptr) {
        return false;
    }
    fs::remove(png);
    const std::string cmd =
        "timeout 180 " + quote(chromium) +
        " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
        " --disable-background-networking --disable-component-update --disable-sync"
        " --hide-scrollbars --user-data-dir=" +
        quote(profile) + " --window-size=" + std::to_string(width) + "," + std::to_string(height) +
        " --screenshot=" + quote(png.string()) + " " +
        quote("file://" + fs::absolute(html).string()) + " > " + quote(log.string()) + " 2>&1";
    const int status = std::system(cmd.c_str());
    std::error_code ec;
    fs::remove_all(profile, ec);
    return status == 0 && fs::exists(png);
}

/// Checks common to every screenshot: a page was drawn, not a blank or error page.
void check_drawn(Checks& checks, const Image& img, const std::string& name, int width, int height) {
    checks.expect(img.width == width && img.height == height,
                  name + ": screenshot is " + std::to_string(width) + "x" + std::to_string(height));
    std::size_t ink = 0;
    std::set<int> colours;
    for (const auto& p : img.pixels) {
        if (p[0] < 235 || p[1] < 235 || p[2] < 235) {
            ++ink;
        }
        colours.insert((p[0] >> 3) << 10 | (p[1] >> 3) << 5 | (p[2] >> 3));
    }
    const double share = static_cast<double>(ink) / static_cast<double>(img.pixels.size());
    checks.expect(share > 0.04, name + ": non-white share " + std::to_string(share) + " > 0.04");
    checks.expect(colours.size() >= 40,
                  name + ": " + std::to_string(colours.size()) + " distinct colours >= 40");
}

std::size_t count_colour(const Image& img, int r, int g, int b, int tolerance) {
    std::size_t n = 0;
    for (const auto& p : img.pixels) {
        n += near(p, r, g, b, tolerance) ? 1U : 0U;
    }
    return n;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: report_browser_test SOURCE_DIR WORK_DIR\n";
        return 2;
    }
    const fs::path source = argv[1];
    const fs::path work = argv[2];
    const std::string chromium = find_on_path({"chromium", "chromium-browser", "google-chrome"});
    if (chromium.empty()) {
        std::cout << "SKIP: chromium is not installed; 'scripts/setup --with-browser' installs "
                     "it (Debian package chromium)\n";
        return kSkip;
    }
    GDALAllRegister();
    const fs::path data = source / "tests" / "data" / "report";
    fs::create_directories(work);

    // The report of the fixtures, with fixture outlines for governorates and disputed areas.
    std::ostringstream diag_text;
    Diagnostics diag(diag_text, true);
    std::vector<EventRecord> events;
    for (const char* f : {"events_north.geojsons", "events_south.geojsons"}) {
        io::read_event_file(data / f, diag, true,
                            [&](EventRecord&& e) { events.push_back(std::move(e)); });
    }
    const auto admin1 =
        test::read_fixture_layer((data / "admin1_fixture.geojson").string(), "admin1");
    const auto disputed = test::read_fixture_layer((data / "disputed_fixture.geojson").string(),
                                                   "disputed_territories");
    report::MapLayers layers{&admin1, &disputed};

    const auto write = [&](const std::vector<EventRecord>& evs, const report::DateWindow& window,
                           const fs::path& dir) {
        report::ReportOptions options;
        options.title = "Iraq: conflict events, January\u2013February 2024 (test fixtures)";
        options.window = window;
        const auto content = report::build_report_content(evs, {}, layers, options);
        report::write_report_directory(report::render_report_files(content), dir, true);
    };
    write(events, {}, work / "report");
    write(events, {Date{2030, 1, 1}, std::nullopt}, work / "report-empty");

    Checks checks;
    struct Shot {
        const char* name;
        fs::path html;
        int width;
        int height;
        bool full;
    };
    const Shot shots[] = {
        {"desktop", work / "report" / "index.html", 1200, 2000, true},
        {"phone", work / "report" / "index.html", 400, 1800, true},
        {"empty", work / "report-empty" / "index.html", 1200, 2000, false},
    };
    for (const auto& shot : shots) {
        const fs::path png = work / (std::string("screenshot-") + shot.name + ".png");
        const bool ok = screenshot(chromium, shot.html, png, shot.width, shot.height,
                                   work / (std::string("chromium-") + shot.name + ".log"));
        checks.expect(ok, std::string(shot.name) + ": chromium wrote " + png.string());
        if (!ok) {
            continue;
        }
        const Image img = read_png(png);
        check_drawn(checks, img, shot.name, shot.width, shot.height);
        if (!shot.full) {
            continue;
        }
        // The map's own colours: event symbols (Battles vermillion, Explosions blue),
        // the hatching of the disputed territories and the governorate fill.
        const std::size_t battles = count_colour(img, 0xD5, 0x5E, 0x00, 30);
        const std::size_t explosions = count_colour(img, 0x00, 0x72, 0xB2, 30);
        const std::size_t hatch = count_colour(img, 0xB8, 0x87, 0x4A, 30);
        checks.expect(battles > 30, std::string(shot.name) + ": " + std::to_string(battles) +
                                        " vermillion (Battles) pixels > 30");
        checks.expect(explosions > 30, std::string(shot.name) + ": " + std::to_string(explosions) +
                                           " blue (Explosions) pixels > 30");
        checks.expect(hatch > 100, std::string(shot.name) + ": " + std::to_string(hatch) +
                                       " hatching pixels > 100");
    }
    std::cout << "screenshots in " << work.string() << '\n';
    return checks.failures == 0 ? 0 : 1;
}
