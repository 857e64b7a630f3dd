// Cross-article merging: the indexed merger against a plain comparison with every kept event
// (the rule as issue 4 states it), in memory and through the temporary file; and the streaming
// extract against the in-memory pipeline.
#include "cli_test_support.hpp"
#include "core/diagnostics.hpp"
#include "events/merge.hpp"
#include "events/pipeline.hpp"
#include "geo/geodesy.hpp"
#include "io/event_io.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <random>
#include <sstream>

using namespace conflictmap;
using namespace conflictmap::events;

namespace {

/// The rule written the obvious way: each event of an article is compared with every event
/// kept before that article, in order, and folds into the first that matches.
std::vector<EventRecord> merge_by_scanning(const std::vector<std::vector<EventRecord>>& articles) {
    std::vector<EventRecord> kept;
    for (const auto& events : articles) {
        const std::size_t earlier = kept.size();
        for (const auto& e : events) {
            bool folded = false;
            if (e.event_date && e.latitude && e.longitude && e.geo_precision <= 2) {
                for (std::size_t i = 0; i < earlier && !folded; ++i) {
                    auto& o = kept[i];
                    if (o.event_type == e.event_type && o.event_date && o.latitude &&
                        o.geo_precision <= 2 && o.article_id != e.article_id &&
                        std::labs(o.event_date->days_since_epoch() -
                                  e.event_date->days_since_epoch()) <= 1 &&
                        geo::geodesic_distance_m({*o.latitude, *o.longitude},
                                                 {*e.latitude, *e.longitude}) <= 10000.0) {
                        fold_event(o, e);
                        folded = true;
                    }
                }
            }
            if (!folded) {
                kept.push_back(e);
            }
        }
    }
    return kept;
}

/// Every field the merge reads or writes, and the id, as one comparable line.
std::string describe(const EventRecord& e) {
    std::ostringstream s;
    s.precision(17);
    s << e.event_id << '|' << e.article_id << '|' << (e.event_date ? e.event_date->iso() : "-")
      << '|' << e.time_precision << '|' << e.event_type << '|' << e.fatalities << '|' << e.injuries
      << '|' << e.location << '|' << e.location_text << '|' << (e.latitude ? *e.latitude : -999.0)
      << '|' << (e.longitude ? *e.longitude : -999.0) << '|' << e.geo_precision << '|' << e.source
      << '|' << e.confidence << '|';
    for (const auto& id : e.article_ids) {
        s << id << ',';
    }
    return s.str();
}

std::vector<std::string> describe_all(const std::vector<EventRecord>& events) {
    std::vector<std::string> out;
    for (const auto& e : events) {
        out.push_back(describe(e));
    }
    return out;
}

/// Random articles of 0-4 events around one point: three types, dates within four days,
/// points within ~30 km, every precision, some undated or unlocated events, article ids that
/// sometimes repeat (two articles with one id never merge with each other).
std::vector<std::vector<EventRecord>> random_articles(std::mt19937& rng, double lat, double lon,
                                                      int count) {
    const char* types[] = {"Battles", "Explosions/Remote violence", "Protests"};
    const char* sources[] = {"", "Wire", "Daily", "Wire; Daily", "Radio"};
    std::uniform_real_distribution<double> offset(-0.15, 0.15);
    std::uniform_int_distribution<int> pick(0, 99);
    std::vector<std::vector<EventRecord>> articles;
    for (int a = 0; a < count; ++a) {
        const std::string id = "a" + std::to_string(pick(rng) < 10 ? a / 2 : a);
        std::vector<EventRecord> events(static_cast<std::size_t>(pick(rng) % 5));
        for (std::size_t i = 0; i < events.size(); ++i) {
            EventRecord& e = events[i];
            e.event_id = id + "-" + std::to_string(i + 1);
            e.article_id = id;
            e.article_ids = {id};
            e.event_type = types[pick(rng) % 3];
            if (pick(rng) >= 5) {
                e.event_date = Date{2020, 3, 10}.plus_days(pick(rng) % 4);
                e.time_precision = 1 + pick(rng) % 3;
            }
            if (pick(rng) >= 5) {
                e.latitude = lat + offset(rng);
                e.longitude = lon + offset(rng);
                if (*e.longitude > 180.0) {
                    *e.longitude -= 360.0;
                }
                e.geo_precision = 1 + pick(rng) % 3;
                e.location = "place " + std::to_string(pick(rng));
                e.location_text = "words " + std::to_string(pick(rng));
            }
            e.fatalities = pick(rng) % 4;
            e.injuries = pick(rng) % 6;
            e.source = sources[pick(rng) % 5];
            e.confidence = pick(rng) / 100.0;
        }
        articles.push_back(std::move(events));
    }
    return articles;
}

std::vector<EventRecord> merge_spilling(const std::vector<std::vector<EventRecord>>& articles,
                                        std::size_t& merged) {
    SpillingMerger merger;
    merged = 0;
    for (auto events : articles) {
        merged += merger.add(std::move(events));
    }
    std::vector<EventRecord> out;
    merger.finish([&](const EventRecord& e) { out.push_back(e); });
    return out;
}

} // namespace

TEST_CASE("the indexed merger folds the same events as comparing with every kept event") {
    std::mt19937 rng(20240311);
    // Iraq, and the places where longitude and latitude coordinates wrap or squeeze.
    const std::pair<double, double> centres[] = {{33.3, 44.4}, {35.5, 44.0},     {0.0, 179.95},
                                                 {89.9, 10.0}, {-89.95, -120.0}, {-33.9, 18.4}};
    std::size_t total_merged = 0, moved = 0;
    for (int round = 0; round < 120; ++round) {
        const auto [lat, lon] = centres[round % 6];
        const auto articles = random_articles(rng, lat, lon, 20 + round % 60);
        const auto expected = merge_by_scanning(articles);

        CrossArticleMerger merger;
        std::size_t merged = 0;
        for (auto events : articles) {
            merged += merger.add(std::move(events));
        }
        std::size_t events = 0;
        for (const auto& a : articles) {
            events += a.size();
        }
        REQUIRE(merger.events().size() == expected.size());
        CHECK(merged == events - expected.size());
        CHECK(describe_all(merger.events()) == describe_all(expected));

        std::size_t spilled_merged = 0;
        const auto spilled = merge_spilling(articles, spilled_merged);
        CHECK(spilled_merged == merged);
        CHECK(describe_all(spilled) == describe_all(expected));

        total_merged += merged;
        // Count merges that moved a kept event's date or place, so the test shows it covers
        // the index following them.
        for (const auto& e : expected) {
            const auto first = std::find_if(articles.begin(), articles.end(), [&](const auto& a) {
                return std::any_of(a.begin(), a.end(),
                                   [&](const EventRecord& r) { return r.event_id == e.event_id; });
            });
            for (const auto& r : *first) {
                if (r.event_id == e.event_id &&
                    (r.event_date != e.event_date || r.latitude != e.latitude)) {
                    ++moved;
                }
            }
        }
    }
    CHECK(total_merged > 500);
    CHECK(moved > 100);
}

TEST_CASE("events rendered on several threads at the end come out as rendered one at a time") {
    std::mt19937 rng(4);
    const auto articles = random_articles(rng, 33.3, 44.4, 3000);
    // A rendering that shows every field a merge changes, and the order.
    const auto render = [](const EventRecord& e, std::string& out) { out += describe(e); };
    std::size_t merged = 0;
    std::string expected;
    for (const auto& e : merge_spilling(articles, merged)) {
        expected += describe(e) + "\n";
    }
    REQUIRE(merged > 1000);
    for (const unsigned threads : {1U, 2U, 3U}) {
        for (const bool ahead : {false, true}) {
            CAPTURE(threads);
            CAPTURE(ahead);
            SpillingMerger merger;
            for (auto events : articles) {
                // As extract does: the events no merge can change are rendered by the
                // extracting threads, the others once every article is read.
                std::vector<std::string> rendered(ahead ? events.size() : 0);
                for (std::size_t i = 0; i < rendered.size(); ++i) {
                    if (!can_merge(events[i])) {
                        render(events[i], rendered[i]);
                    }
                }
                merger.add(std::move(events), std::move(rendered));
            }
            std::string got;
            const auto n = merger.finish(
                render,
                [&](std::string_view bytes) {
                    got += bytes;
                    got += "\n";
                },
                threads);
            CHECK(n ==
                  static_cast<std::uint64_t>(std::count(expected.begin(), expected.end(), '\n')));
            CHECK(got == expected);
        }
    }
}

TEST_CASE("an article's events never merge with each other or with its own earlier events") {
    EventRecord e;
    e.article_id = "a1";
    e.article_ids = {"a1"};
    e.event_type = "Battles";
    e.event_date = Date{2020, 3, 11};
    e.time_precision = 1;
    e.latitude = 36.0;
    e.longitude = 43.0;
    e.geo_precision = 1;
    CrossArticleMerger merger;
    CHECK(merger.add({e, e}) == 0);
    CHECK(merger.add({e}) == 0); // same article id read again
    auto other = e;
    other.article_id = "a2";
    other.article_ids = {"a2"};
    other.source = "Wire";
    other.fatalities = 3;
    CHECK(merger.add({other}) == 1);
    REQUIRE(merger.events().size() == 3);
    CHECK(merger.events()[0].article_ids == std::vector<std::string>{"a1", "a2"});
    CHECK(merger.events()[0].fatalities == 3);
    CHECK(merger.events()[0].source == "Wire");
}

TEST_CASE("a merge that moves an event's date or place is followed by the index") {
    EventRecord first;
    first.article_id = "a1";
    first.article_ids = {"a1"};
    first.event_type = "Battles";
    first.event_date = Date{2020, 3, 11};
    first.time_precision = 2;
    first.latitude = 36.0;
    first.longitude = 43.0;
    first.geo_precision = 2;
    // a2, 9 km away and a day later, is more precise in both: the event moves to it.
    EventRecord second = first;
    second.article_id = "a2";
    second.article_ids = {"a2"};
    second.event_date = Date{2020, 3, 12};
    second.time_precision = 1;
    second.latitude = 36.08;
    second.geo_precision = 1;
    // a3 is two days after a1's date and 17 km from a1's point, but within a day and 10 km of
    // where a2 moved the event.
    EventRecord third = second;
    third.article_id = "a3";
    third.article_ids = {"a3"};
    third.event_date = Date{2020, 3, 13};
    third.latitude = 36.155;
    CrossArticleMerger merger;
    merger.add({first});
    CHECK(merger.add({second}) == 1);
    CHECK(merger.add({third}) == 1);
    REQUIRE(merger.events().size() == 1);
    CHECK(merger.events()[0].article_ids == std::vector<std::string>{"a1", "a2", "a3"});
    CHECK(merger.events()[0].event_date == Date{2020, 3, 12});
    CHECK(*merger.events()[0].latitude == doctest::Approx(36.08));
}

TEST_CASE("extract's streaming output is the in-memory pipeline's, written the same way") {
    const std::string articles = std::string(CONFLICTMAP_TEST_DATA) + "/eval/articles.jsonl";
    const std::string samples = std::string(CONFLICTMAP_SOURCE_DIR) + "/samples/articles.jsonl";
    PipelineOptions options;
    options.inputs = {articles, samples, articles}; // the second copy is skipped as duplicates
    options.default_date = Date{2020, 3, 12};
    for (const auto format : {io::EventFormat::geojsonseq, io::EventFormat::csv}) {
        std::ostringstream expected;
        {
            std::ostringstream err;
            Diagnostics diag(err, true);
            std::istringstream in;
            const auto loaded = load_events(options, in, diag);
            CHECK(loaded.stats.events_merged > 0);
            auto writer = io::make_event_writer(format, expected);
            for (const auto& e : loaded.events) {
                writer->write(e);
            }
            writer->finish();
        }
        const auto run = test::run_in_process(
            {"extract", "-q", "--date", "2020-03-12", "-f",
             format == io::EventFormat::csv ? "csv" : "geojsonseq", articles, samples, articles});
        CHECK(run.code == 0);
        CHECK(run.out.size() > 10000);
        CHECK(run.out == expected.str());
    }
}
