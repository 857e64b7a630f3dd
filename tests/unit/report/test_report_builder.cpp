// The whole report built from the fixtures (tests/data/report), its five files parsed and its
// figures checked against values worked out by hand from the fixture events.
#include "core/diagnostics.hpp"
#include "fixture_layers.hpp"
#include "io/event_io.hpp"
#include "markup_checker.hpp"
#include "report/report_builder.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

using namespace conflictmap;
using namespace conflictmap::report;
using nlohmann::json;

namespace {

const std::string kData = CONFLICTMAP_TEST_DATA "/report/";

std::vector<EventRecord> fixture_events() {
    std::ostringstream err;
    Diagnostics diag(err);
    std::vector<EventRecord> events;
    for (const char* f : {"events_north.geojsons", "events_south.geojsons"}) {
        io::read_event_file(kData + f, diag, true,
                            [&](EventRecord&& e) { events.push_back(std::move(e)); });
    }
    return events;
}

struct Fixture {
    geo::AreaLayer admin1 = test::read_fixture_layer(kData + "admin1_fixture.geojson", "admin1");
    geo::AreaLayer disputed =
        test::read_fixture_layer(kData + "disputed_fixture.geojson", "disputed_territories");
    MapLayers layers() const { return {&admin1, &disputed}; }
};

ReportFiles build(const ReportOptions& options,
                  std::vector<EventRecord> events = fixture_events()) {
    static const Fixture fixture;
    events::PipelineStats stats;
    stats.event_files = 2;
    stats.events_read = events.size();
    return render_report_files(
        build_report_content(std::move(events), stats, fixture.layers(), options));
}

/// index.html without its DOCTYPE line must be one well-formed <html> element.
void check_html(const std::string& html) {
    CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
    std::string root;
    const auto problem = test::check_well_formed_xml(html, &root);
    CHECK_MESSAGE(!problem, problem.value_or(""));
    CHECK(root == "html");
    CHECK(html.find("<meta charset=\"utf-8\"/>") != std::string::npos);
    CHECK(html.find("name=\"viewport\"") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("@media (max-width:") != std::string::npos);
    // Self-contained: no script, no stylesheet link, no external resource; the only URL is
    // the SVG namespace.
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find(" src=") == std::string::npos);
    CHECK(html.find("url(http") == std::string::npos);
    std::size_t pos = 0;
    while ((pos = html.find("http", pos)) != std::string::npos) {
        CHECK(html.compare(pos, 26, "http://www.w3.org/2000/svg") == 0);
        ++pos;
    }
}

std::vector<std::vector<std::string>> check_csv(const std::string& csv, std::size_t events) {
    const auto rows = test::parse_csv(csv);
    REQUIRE(rows.size() == events + 1);
    CHECK(rows[0] == io::event_csv_columns());
    for (const auto& row : rows) {
        CHECK(row.size() == io::event_csv_columns().size());
    }
    return rows;
}

} // namespace

TEST_CASE("report of the fixtures: summary.json figures match the events") {
    ReportOptions options;
    options.title = "Fixture report";
    const auto files = build(options);
    const json s = json::parse(files.summary_json);
    CHECK(s["schema"] == "conflictmap-report-summary/1");
    CHECK(s["title"] == "Fixture report");
    CHECK(s["events"] == 24); // 25 in the files, one a background reference
    CHECK(s["events_located"] == 23);
    CHECK(s["events_undated"] == 1);
    CHECK(s["fatalities"] == 22);
    CHECK(s["injuries"] == 38);
    CHECK(s["date_range"]["first"] == "2024-01-03");
    CHECK(s["date_range"]["last"] == "2024-02-26");
    CHECK(s["articles"]["reporting_events"] == 12);
    CHECK(s["excluded"]["background"] == 1);
    CHECK(s["excluded"]["outside_window"] == 0);
    CHECK(s["input"]["events_read"] == 25);

    CHECK(s["disputed"]["events"] == 11);
    CHECK(s["disputed"]["share_of_located"] == 0.4783); // 11 of 23
    CHECK(s["disputed"]["fatalities"] == 14);
    CHECK(s["disputed"]["by_area"][0]["area"] == "Kirkuk");
    CHECK(s["disputed"]["by_area"][0]["events"] == 3);

    const auto& types = s["by_event_type"];
    CHECK(types.size() == 6);
    CHECK(types["Battles"]["events"] == 4);
    CHECK(types["Battles"]["fatalities"] == 11);
    CHECK(types["Battles"]["injuries"] == 11);
    CHECK(types["Explosions/Remote violence"]["events"] == 10);
    CHECK(types["Explosions/Remote violence"]["fatalities"] == 8);
    CHECK(types["Explosions/Remote violence"]["disputed_events"] == 6);
    CHECK(types["Explosions/Remote violence"]["sub_event_types"]["Air/drone strike"] == 3);
    CHECK(types["Violence against civilians"]["events"] == 3);
    CHECK(types["Protests"]["injuries"] == 6);
    CHECK(types["Riots"]["events"] == 1);
    CHECK(types["Riots"]["injuries"] == 14);
    CHECK(types["Strategic developments"]["events"] == 4);

    const auto& gov = s["by_governorate"];
    REQUIRE(gov.size() == 11);
    CHECK(gov[0] == json::parse(R"({"admin1":"Kirkuk","events":5,"fatalities":4,"injuries":11,
                                    "disputed_events":5})"));
    CHECK(gov[1]["admin1"] == "Baghdad");
    CHECK(gov[1]["events"] == 4);
    CHECK(gov[10]["admin1"].is_null()); // the unlocated event
    CHECK(gov[10]["events"] == 1);

    CHECK(s["by_actor"][0]["actor"] == "Islamic State (Iraq)");
    CHECK(s["by_actor"][0]["events"] == 8);
    CHECK(s["by_actor"][0]["as_actor1"] == 4);
    CHECK(s["by_actor"][1]["actor"] == "Unidentified Armed Group (Iraq)");
    CHECK(s["by_actor"][1]["events"] == 7);

    CHECK(s["top_places"][0]["location"] == "Makhmour");
    CHECK(s["top_places"][0]["events"] == 2);
    CHECK(s["top_places"][0]["fatalities"] == 6);
    CHECK(s["top_places"][0]["disputed"] == true);
    CHECK(s["top_places"][0]["latitude"] == 35.7762);
    CHECK(s["top_places"][2]["location"] == "Ain al-Asad Air Base");

    CHECK(s["timeline"]["unit"] == "day");
    CHECK(s["timeline"]["bins"].size() == 55);
    CHECK(s["timeline"]["bins"][0] == json::parse(R"({"start":"2024-01-03","events":2,
                          "by_event_type":{"Explosions/Remote violence":1,
                                           "Strategic developments":1}})"));
    CHECK(s["map"]["events_drawn"] == 23);
    CHECK(s["map"]["aggregated"] == false);
    CHECK(s["events_table"]["rows"] == 24);
    CHECK(s["events_table"]["capped"] == false);
}

TEST_CASE("report of the fixtures: every file parses") {
    const auto files = build({});
    check_html(files.index_html);
    CHECK(files.map_svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg", 0) == 0);
    std::string root;
    CHECK_FALSE(test::check_well_formed_xml(files.map_svg, &root));
    CHECK(root == "svg");
    const auto rows = check_csv(files.events_csv, 24);
    CHECK(rows[1][0] == "r01-1");                                 // report order: by date, then id
    CHECK(rows[24][0] == "r07-2");                                // undated last
    CHECK(rows[1][17].find("K-1 air base") != std::string::npos); // notes
    CHECK_NOTHROW(json::parse(files.summary_json));
    // Markdown: the map as an image, tables with as many cells in every row as in the header.
    CHECK(files.report_md.find("![Map of the events](map.svg)") != std::string::npos);
    CHECK(files.report_md.find("## Events by type") != std::string::npos);
    std::istringstream md(files.report_md);
    std::string line;
    std::size_t header_cells = 0;
    std::size_t table_rows = 0;
    while (std::getline(md, line)) {
        if (line.empty() || line[0] != '|') {
            header_cells = 0;
            continue;
        }
        std::size_t cells = 0;
        for (std::size_t i = 0; i < line.size(); ++i) {
            cells += (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ? 1 : 0;
        }
        if (header_cells == 0) {
            header_cells = cells;
        }
        CHECK(cells == header_cells);
        ++table_rows;
    }
    CHECK(table_rows > 60);
}

TEST_CASE("text from the inputs is escaped, Arabic kept and marked for direction") {
    const auto files = build({});
    const std::string& html = files.index_html;
    CHECK(html.find("attackers &lt;on a motorbike&gt;") != std::string::npos);
    CHECK(html.find("damage was &quot;minimal&quot; &amp; no one") != std::string::npos);
    CHECK(html.find("<on a motorbike>") == std::string::npos);
    const std::string arabic = "\xD8\xB7\xD9\x88\xD8\xB2\xD8\xAE\xD9\x88\xD8\xB1\xD9\x85\xD8\xA7"
                               "\xD8\xAA\xD9\x88"; // طوزخورماتو
    const auto at = html.find(arabic);
    REQUIRE(at != std::string::npos);
    CHECK(html.rfind("<td dir=\"auto\" class=\"evidence\">", at) != std::string::npos);
    CHECK(files.report_md.find("attackers &lt;on a motorbike&gt;") != std::string::npos);
    CHECK(files.report_md.find(arabic) != std::string::npos);
    // The CSV keeps the text as it is, quoted where RFC 4180 needs it.
    CHECK(files.events_csv.find("\"Air-defence systems at Ain al-Asad fired on \"\"several\"\"") !=
          std::string::npos);
}

TEST_CASE("identical inputs give identical bytes") {
    ReportOptions options;
    options.title = "Same";
    const auto a = build(options);
    const auto b = build(options);
    CHECK(a.index_html == b.index_html);
    CHECK(a.report_md == b.report_md);
    CHECK(a.map_svg == b.map_svg);
    CHECK(a.events_csv == b.events_csv);
    CHECK(a.summary_json == b.summary_json);
    // Input order does not matter either: the report sorts.
    auto reversed = fixture_events();
    std::reverse(reversed.begin(), reversed.end());
    const auto c = build(options, reversed);
    CHECK(a.index_html == c.index_html);
    CHECK(a.summary_json == c.summary_json);
    CHECK(a.events_csv == c.events_csv);
}

TEST_CASE("--from/--to keep the window, inclusive, and say what was left out") {
    ReportOptions options;
    options.window = {Date{2024, 2, 1}, Date{2024, 2, 29}};
    const auto files = build(options);
    const json s = json::parse(files.summary_json);
    CHECK(s["window"]["from"] == "2024-02-01");
    CHECK(s["window"]["to"] == "2024-02-29");
    CHECK(s["events"] == 10);
    CHECK(s["fatalities"] == 6);
    CHECK(s["injuries"] == 15);
    CHECK(s["excluded"]["outside_window"] == 13);
    CHECK(s["excluded"]["undated"] == 1);
    CHECK(s["date_range"]["first"] == "2024-02-02");
    check_csv(files.events_csv, 10);
    CHECK(files.index_html.find("events dated 2024-02-01 to 2024-02-29") != std::string::npos);
    CHECK(files.index_html.find("1 undated event was left out") != std::string::npos);

    options.window = {Date{2024, 1, 7}, Date{2024, 1, 7}};
    const json one = json::parse(build(options).summary_json);
    CHECK(one["events"] == 1);
    CHECK(one["date_range"]["first"] == one["date_range"]["last"]);
}

TEST_CASE("zero events: a valid report that says so") {
    ReportOptions options;
    options.window = {Date{2030, 1, 1}, std::nullopt};
    const auto files = build(options);
    check_html(files.index_html);
    CHECK(files.index_html.find("No events to report.") != std::string::npos);
    CHECK_FALSE(test::check_well_formed_xml(files.map_svg));
    check_csv(files.events_csv, 0);
    const json s = json::parse(files.summary_json);
    CHECK(s["events"] == 0);
    CHECK(s["date_range"]["first"].is_null());
    CHECK(s["disputed"]["share_of_located"].is_null());
    CHECK(s["timeline"]["bins"].empty());
    CHECK(s["excluded"]["outside_window"] == 23);
    CHECK(files.report_md.find("**No events to report.**") != std::string::npos);

    const auto nothing = build({}, {});
    check_html(nothing.index_html);
    CHECK(nothing.index_html.find("The inputs hold no events.") != std::string::npos);
}

TEST_CASE("the events table is capped, events.csv is not") {
    ReportOptions options;
    options.max_table_rows = 5;
    const auto files = build(options);
    CHECK(files.index_html.find("Showing the first 5 of 24 events") != std::string::npos);
    check_csv(files.events_csv, 24);
    const json s = json::parse(files.summary_json);
    CHECK(s["events_table"]["rows"] == 5);
    CHECK(s["events_table"]["capped"] == true);
    std::size_t rows = 0;
    const std::string& html = files.index_html;
    const auto table = html.find("<section id=\"events\">");
    for (auto p = html.find("<tr>", table); p != std::string::npos; p = html.find("<tr>", p + 1)) {
        ++rows;
    }
    CHECK(rows == 6); // header + 5
}

TEST_CASE("the report folder is written whole and only replaced with overwrite") {
    const auto dir =
        std::filesystem::temp_directory_path() / ("cm-report-unit-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    const auto files = build({});
    write_report_directory(files, dir, false);
    for (const char* name : {"index.html", "report.md", "map.svg", "events.csv", "summary.json"}) {
        CHECK(std::filesystem::exists(dir / name));
    }
    CHECK(std::distance(std::filesystem::directory_iterator(dir),
                        std::filesystem::directory_iterator()) == 5);
    CHECK_THROWS_AS(write_report_directory(files, dir, false), OutputError);
    std::ofstream(dir / "stale.txt") << "old";
    write_report_directory(files, dir, true);
    CHECK_FALSE(std::filesystem::exists(dir / "stale.txt"));
    std::ifstream in(dir / "summary.json", std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    CHECK(bytes.str() == files.summary_json);
    std::filesystem::remove_all(dir);
}
