#include "io/event_io.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace conflictmap;
using namespace conflictmap::io;

namespace {
EventRecord event(const std::string& id, double lat, double lon) {
    EventRecord e;
    e.event_id = id;
    e.article_id = "a";
    e.event_type = "Battles";
    e.sub_event_type = "Armed clash";
    e.latitude = lat;
    e.longitude = lon;
    e.geo_precision = 1;
    e.notes = "Clashes, \"heavy\", at dawn";
    return e;
}

std::vector<EventRecord> read_back(const std::string& text, Diagnostics& diag,
                                   EventReadStats* stats = nullptr) {
    std::istringstream in(text);
    std::vector<EventRecord> out;
    const auto s = read_events(in, "events.geojsons", diag, false,
                               [&](EventRecord&& e) { out.push_back(std::move(e)); });
    if (stats != nullptr) {
        *stats = s;
    }
    return out;
}
} // namespace

TEST_CASE("GeoJSONSeq with and without RFC 8142 separators reads back") {
    for (bool rs : {false, true}) {
        std::ostringstream out;
        auto w = make_event_writer(EventFormat::geojsonseq, out, rs);
        w->write(event("e1", 35.5, 44.3));
        w->write(event("e2", 33.3, 44.4));
        w->finish();
        CHECK((out.str().front() == '\x1e') == rs);
        std::ostringstream err;
        Diagnostics diag(err);
        const auto back = read_back(out.str(), diag);
        REQUIRE(back.size() == 2);
        CHECK(back[1].event_id == "e2");
        CHECK(back[1].latitude.value() == doctest::Approx(33.3));
    }
}

TEST_CASE("a FeatureCollection, empty or not, reads back") {
    std::ostringstream out;
    auto w = make_event_writer(EventFormat::json, out);
    w->finish();
    CHECK(nlohmann::json::parse(out.str())["features"].empty());
    std::ostringstream out2;
    auto w2 = make_event_writer(EventFormat::json, out2);
    w2->write(event("e1", 35.5, 44.3));
    w2->write(event("e2", 33.3, 44.4));
    w2->finish();
    std::ostringstream err;
    Diagnostics diag(err);
    CHECK(read_back(out2.str(), diag).size() == 2);
}

TEST_CASE("a broken line is skipped and counted, the others survive") {
    std::ostringstream out;
    auto w = make_event_writer(EventFormat::geojsonseq, out);
    w->write(event("e1", 35.5, 44.3));
    w->finish();
    const std::string text = out.str() + "{\"type\":\"Feature\",\n" + out.str();
    std::ostringstream err;
    Diagnostics diag(err);
    EventReadStats stats;
    const auto back = read_back(text, diag, &stats);
    CHECK(back.size() == 2);
    CHECK(stats.skipped == 1);
    CHECK(err.str().find("events.geojsons:2:") != std::string::npos);
}

TEST_CASE("a number too large for a double skips its feature line, the others survive") {
    std::ostringstream out;
    auto w = make_event_writer(EventFormat::geojsonseq, out);
    w->write(event("e1", 35.5, 44.3));
    w->finish();
    const std::string bad = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                            "\"coordinates\":[44,36]},\"properties\":{\"fatalities\":1e400}}\n";
    struct Case {
        std::string text;
        std::size_t kept;
        std::string where;
    };
    for (const Case& c :
         {Case{bad + out.str(), 1, ":1:"}, Case{out.str() + bad + out.str(), 2, ":2:"}}) {
        std::ostringstream err;
        Diagnostics diag(err);
        EventReadStats stats;
        CHECK(read_back(c.text, diag, &stats).size() == c.kept);
        CHECK(stats.skipped == 1);
        CHECK(err.str().find("events.geojsons" + c.where +
                             " malformed JSON: [json.exception.out_of_range.406] number "
                             "overflow parsing '1e400'") != std::string::npos);
    }
}

TEST_CASE("a FeatureCollection with a number too large for a double is one clear error") {
    const std::string text = "{\"type\": \"FeatureCollection\",\n \"features\": [\n"
                             "  {\"type\":\"Feature\",\"geometry\":null,"
                             "\"properties\":{\"fatalities\":1e400}}\n]}\n";
    std::ostringstream err;
    Diagnostics diag(err);
    EventReadStats stats;
    CHECK(read_back(text, diag, &stats).empty());
    CHECK(stats.skipped == 1);
    CHECK(err.str().find("events.geojsons:1: malformed JSON:") != std::string::npos);
    std::istringstream in(text);
    CHECK_THROWS_AS(read_events(in, "events.geojsons", diag, true, [](EventRecord&&) {}), Error);
}

TEST_CASE("CSV puts ACLED's columns first and quotes per RFC 4180") {
    const auto& cols = event_csv_columns();
    CHECK(cols.front() == "event_id_cnty");
    CHECK(cols[1] == "event_date");
    const auto row = event_csv_row(event("e1", 35.5, 44.3));
    CHECK(row.find("\"Clashes, \"\"heavy\"\", at dawn\"") != std::string::npos);
    CHECK(row.find("35.500000,44.300000,1") != std::string::npos);
}

TEST_CASE("a CSV row holds every column, empty where the event has no value") {
    auto e = event("e2", 35.5, 44.3);
    e.event_date = Date{2020, 3, 8};
    e.time_precision = 2;
    e.actor1 = "Islamic State (Iraq)";
    e.inter1 = 2;
    e.fatalities = 2;
    e.uncertainty_m = 1499.5;
    e.kri_distance_km = -3.25;
    e.confidence = 0.8125;
    e.place_id = 12;
    e.notes = "line\nbreak";
    e.article_ids = {"", "b", "c"};
    CHECK(event_csv_row(e) ==
          "e2,2020-03-08,2020,2,Battles,Armed clash,Islamic State (Iraq),2,,,,,,35.500000,"
          "44.300000,1,,\"line\nbreak\",2,a,0,,,1500,false,,-3.2,false,0.812,,12,,b;c");
    // Unlocated, undated, no optional value.
    EventRecord bare;
    CHECK(event_csv_row(bare) == ",,,,,,,,,,,,,,,,,,0,,0,,,,false,,,false,0.000,,,,");
    const auto row = event_csv_row(bare);
    CHECK(static_cast<std::size_t>(std::count(row.begin(), row.end(), ',')) + 1 ==
          event_csv_columns().size());
}
