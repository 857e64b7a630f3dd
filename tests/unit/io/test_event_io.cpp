#include "io/event_io.hpp"

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

TEST_CASE("CSV puts ACLED's columns first and quotes per RFC 4180") {
    const auto& cols = event_csv_columns();
    CHECK(cols.front() == "event_id_cnty");
    CHECK(cols[1] == "event_date");
    const auto row = event_csv_row(event("e1", 35.5, 44.3));
    CHECK(row.find("\"Clashes, \"\"heavy\"\", at dawn\"") != std::string::npos);
    CHECK(row.find("35.500000,44.300000,1") != std::string::npos);
}
