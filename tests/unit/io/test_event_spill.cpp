// The temporary event file keeps every field of every record exactly, nulls apart from empty
// values, and reads back in order as often as asked.
#include "core/error.hpp"
#include "io/event_spill.hpp"

#include <bit>
#include <cmath>
#include <doctest/doctest.h>
#include <limits>

using namespace conflictmap;

namespace {

/// A record with every field set to something other than its default.
EventRecord full_record() {
    EventRecord e;
    e.event_id = "ev7-2";
    e.article_id = "ev7";
    e.event_date = Date{2020, 3, 11};
    e.time_precision = 2;
    e.event_type = "Explosions/Remote violence";
    e.sub_event_type = "Shelling/artillery/missile attack";
    e.actor1 = "Kataib Hezbollah";
    e.actor2 = "Military Forces of the United States (2017-2021)";
    e.actor1_attribution = "suspicion";
    e.inter1 = 3;
    e.inter2 = 8;
    e.fatalities = 3;
    e.injuries = -12; // the file keeps what it is given
    e.location = "Camp Taji";
    e.location_text = "Camp Taji, north of the capital";
    e.admin1 = "Baghdad";
    e.admin2 = "Tarmia";
    e.country_code = "IQ";
    e.latitude = 33.52938471029384;
    e.longitude = 44.25660000000001;
    e.geo_precision = 1;
    e.uncertainty_m = 1500.5;
    e.place_id = 123456789012LL;
    e.geonames_id = 98765;
    e.feature_code = "MILB";
    e.disputed = true;
    e.disputed_area = "Tuz Khurmatu";
    e.kri_distance_km = -0.0;
    e.background = true;
    e.notes = "Rockets struck the base \"late\" on Wednesday;\nnew line, tab\t and \xD8\xA8.";
    e.source = "Wire; Daily";
    e.article_ids = {"ev7", "", "ev9"};
    e.confidence = 0.1 + 0.2;
    e.reference_location = "";
    e.reference_latitude = std::numeric_limits<double>::denorm_min();
    e.reference_longitude = -1e300;
    return e;
}

std::uint64_t bits(const std::optional<double>& d) {
    return std::bit_cast<std::uint64_t>(d.value());
}

void check_same(const EventRecord& a, const EventRecord& b) {
    CHECK(a.event_id == b.event_id);
    CHECK(a.article_id == b.article_id);
    CHECK(a.event_date == b.event_date);
    CHECK(a.time_precision == b.time_precision);
    CHECK(a.event_type == b.event_type);
    CHECK(a.sub_event_type == b.sub_event_type);
    CHECK(a.actor1 == b.actor1);
    CHECK(a.actor2 == b.actor2);
    CHECK(a.actor1_attribution == b.actor1_attribution);
    CHECK(a.inter1 == b.inter1);
    CHECK(a.inter2 == b.inter2);
    CHECK(a.fatalities == b.fatalities);
    CHECK(a.injuries == b.injuries);
    CHECK(a.location == b.location);
    CHECK(a.location_text == b.location_text);
    CHECK(a.admin1 == b.admin1);
    CHECK(a.admin2 == b.admin2);
    CHECK(a.country_code == b.country_code);
    for (const auto& [x, y] : {std::pair{a.latitude, b.latitude},
                               {a.longitude, b.longitude},
                               {a.uncertainty_m, b.uncertainty_m},
                               {a.kri_distance_km, b.kri_distance_km},
                               {a.reference_latitude, b.reference_latitude},
                               {a.reference_longitude, b.reference_longitude}}) {
        REQUIRE(x.has_value() == y.has_value());
        if (x) {
            CHECK(bits(x) == bits(y)); // bit for bit: -0.0 stays -0.0
        }
    }
    CHECK(a.geo_precision == b.geo_precision);
    CHECK(a.place_id == b.place_id);
    CHECK(a.geonames_id == b.geonames_id);
    CHECK(a.feature_code == b.feature_code);
    CHECK(a.disputed == b.disputed);
    CHECK(a.disputed_area == b.disputed_area);
    CHECK(a.background == b.background);
    CHECK(a.notes == b.notes);
    CHECK(a.source == b.source);
    CHECK(a.article_ids == b.article_ids);
    CHECK(std::bit_cast<std::uint64_t>(a.confidence) == std::bit_cast<std::uint64_t>(b.confidence));
    CHECK(a.reference_location == b.reference_location);
}

} // namespace

TEST_CASE("the temporary event file keeps every field exactly") {
    const EventRecord full = full_record();
    const EventRecord empty; // every optional null, every string empty
    EventRecord nan = full;
    nan.latitude = std::numeric_limits<double>::quiet_NaN();
    nan.disputed_area.reset();
    nan.reference_location.reset();
    nan.article_ids.clear();

    io::EventSpill spill;
    for (int i = 0; i < 1000; ++i) {
        spill.append(i % 3 == 0 ? full : i % 3 == 1 ? empty : nan);
    }
    CHECK(spill.size() == 1000);
    for (int pass = 0; pass < 2; ++pass) { // read back twice: the second read starts over
        auto reader = spill.read();
        EventRecord back;
        for (int i = 0; i < 1000; ++i) {
            if (i % 7 == 5) {
                REQUIRE(reader.skip());
                continue;
            }
            REQUIRE(reader.next(back));
            check_same(back, i % 3 == 0 ? full : i % 3 == 1 ? empty : nan);
        }
        CHECK_FALSE(reader.next(back));
    }
    auto reader = spill.read();
    EventRecord back;
    REQUIRE(reader.next(back));
    REQUIRE(back.reference_location.has_value());
    REQUIRE(reader.next(back));
    CHECK_FALSE(back.reference_location.has_value());
    CHECK_FALSE(back.event_date.has_value());
}

TEST_CASE("a damaged record is an error, not a wrong event") {
    std::string bytes;
    io::encode_event(full_record(), bytes);
    CHECK_THROWS_AS(io::decode_event(std::string_view(bytes).substr(0, bytes.size() - 3)), Error);
    CHECK_THROWS_AS(io::decode_event(bytes + "x"), Error);
    check_same(io::decode_event(bytes), full_record());
}

TEST_CASE("a record is read back by its offset, in memory or in the file, between appends") {
    io::EventSpill spill;
    std::vector<std::uint64_t> offsets;
    EventRecord e = full_record();
    // Enough records that the first ones are in the file and the last ones still in memory.
    for (int i = 0; i < 5000; ++i) {
        e.event_id = "ev-" + std::to_string(i);
        e.notes.assign(static_cast<std::size_t>(i % 700), 'x');
        offsets.push_back(spill.append(e));
        if (i % 997 == 0) { // read back while appending
            EventRecord back;
            spill.read_at(offsets[static_cast<std::size_t>(i / 2)], back);
            CHECK(back.event_id == "ev-" + std::to_string(i / 2));
        }
    }
    EventRecord back;
    for (const int i : {0, 1, 2500, 4998, 4999}) {
        spill.read_at(offsets[static_cast<std::size_t>(i)], back);
        e.event_id = "ev-" + std::to_string(i);
        e.notes.assign(static_cast<std::size_t>(i % 700), 'x');
        check_same(back, e);
    }
    // Reading in order as bytes, for decoding elsewhere, gives the same records.
    auto reader = spill.read();
    std::string bytes;
    bool rendered = true;
    for (int i = 0; i < 5000; ++i) {
        REQUIRE(reader.next_bytes(bytes, rendered));
        CHECK_FALSE(rendered);
        if (i % 1000 == 999) {
            CHECK(io::decode_event(bytes).event_id == "ev-" + std::to_string(i));
        }
    }
    CHECK_FALSE(reader.next_bytes(bytes, rendered));
    spill.read_at(offsets[42], back); // still readable after a full read
    CHECK(back.event_id == "ev-42");
}

TEST_CASE("an event appended rendered comes back as its bytes, in its place") {
    io::EventSpill spill;
    const EventRecord full = full_record();
    spill.append(full);
    spill.append_rendered("{\"type\":\"Feature\"}");
    const auto third = spill.append(full);
    std::string bytes;
    bool rendered = false;
    auto reader = spill.read();
    REQUIRE(reader.next_bytes(bytes, rendered));
    CHECK_FALSE(rendered);
    check_same(io::decode_event(bytes), full);
    REQUIRE(reader.next_bytes(bytes, rendered));
    CHECK(rendered);
    CHECK(bytes == "{\"type\":\"Feature\"}");
    REQUIRE(reader.next_bytes(bytes, rendered));
    CHECK_FALSE(rendered);
    CHECK_FALSE(reader.next_bytes(bytes, rendered));
    EventRecord back;
    spill.read_at(third, back);
    check_same(back, full);
    auto records = spill.read();
    REQUIRE(records.next(back));
    CHECK_THROWS_AS(records.next(back), Error); // a rendered event is no record
}
