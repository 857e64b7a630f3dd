#include "fixture_gazetteer.hpp"
#include "gazetteer/gazetteer.hpp"
#include "gazetteer/index_builder.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace conflictmap;
using namespace conflictmap::gazetteer;

namespace {

/// A second source: Kirkuk again (curated id, same GeoNames id) with a name only it knows, and
/// a place of its own.
fs::path extra_source() {
    const fs::path dir = fs::temp_directory_path() / "cm-gazetteer-tests";
    fs::create_directories(dir);
    const fs::path p = dir / "extra.tsv";
    std::ofstream out(p);
    out << "1000094787\tKirkuk City\tKirkuk City\tKirkukistan\t35.47\t44.39\tP\tPPLA\tIQ\t\t13\t"
           "94786\t\t\t1031000\t\t\t\t\n"
           "2000000500\tTestville\tTestville\t\t35.0\t44.0\tP\tPPL\tIQ\t\t13\t\t\t\t10\t\t\t\t\n";
    return p;
}

double distance_to(const Gazetteer& g, const GeocodeMatch& m, double lat, double lon) {
    const auto f = g.facts(m.place);
    return geodesic_distance_km(f.lat, f.lon, lat, lon);
}

} // namespace

TEST_CASE("several sources: the first one's record of a place wins, names of all count") {
    IndexBuilder a;
    a.add_file(testing::resolver_data() / "places.tsv");
    IndexBuilder b;
    b.add_file(extra_source());
    const Gazetteer g = Gazetteer::from_images(
        {IndexImage::from_buffer(a.build(), "a"), IndexImage::from_buffer(b.build(), "b")});
    CHECK(g.source_count() == 2);
    const auto m = g.geocode("Kirkukistan");
    REQUIRE_FALSE(m.empty());
    CHECK(g.facts(m[0].place).id == 94787); // the first source's record
    CHECK(m[0].place.source == 0);
    std::vector<NameHit> hits;
    g.lookup_key("kirkuk", hits);
    std::size_t kirkuk_cities = 0;
    for (const auto& h : hits) {
        kirkuk_cities += g.facts(h.place).geonames_id == 94787 ? 1 : 0;
    }
    CHECK(kirkuk_cities == 1); // merged, not listed twice
    // The first source's own name is the place's; a name only the second source gives it is
    // borrowed (the extractor trusts a curated place by its own names only).
    for (const auto& h : hits) {
        if (g.facts(h.place).geonames_id == 94787) {
            CHECK_FALSE(h.borrowed);
        }
    }
    g.lookup_key("kirkukistan", hits);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].place.source == 0);
    CHECK(hits[0].borrowed);
    CHECK(g.find_id(1000094787) == g.find_id(94787));
    CHECK(g.facts(*g.find_id(2000000500)).name == "Testville");
}

TEST_CASE("Gazetteer::open mixes .cmidx files and text sources") {
    IndexBuilder a;
    a.add_file(testing::resolver_data() / "places.tsv");
    const auto image = a.build();
    const fs::path cmidx = fs::temp_directory_path() / "cm-gazetteer-tests" / "fixture.cmidx";
    fs::create_directories(cmidx.parent_path());
    {
        std::ofstream out(cmidx, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(image.data()),
                  static_cast<std::streamsize>(image.size() * 8));
    }
    GazetteerOptions options;
    options.embedded = false;
    options.sources = {cmidx.string(), extra_source().string()};
    const Gazetteer g = Gazetteer::open(options);
    CHECK(g.source_count() == 2);
    CHECK(testing::top_id(g, "Testville") == 2000000500);
    CHECK(testing::top_id(g, "Kirkukistan") == 94787);
    options.sources = {(testing::resolver_data() / "malformed" / "places.tsv").string()};
    CHECK_THROWS_AS(Gazetteer::open(options), InputError);
    options.skip_bad = true;
    const Gazetteer skipped = Gazetteer::open(options);
    CHECK(skipped.place_count() == 5);
}

TEST_CASE("the embedded gazetteer resolves the seed places to their expected points") {
    const Gazetteer g = Gazetteer::open();
    REQUIRE(g.place_count() > 500);
    REQUIRE(g.country("IQ"));
    struct Seed {
        const char* query;
        double lat;
        double lon;
        double km;
    };
    // Points from seeds/expected.md and DOMAIN.md.
    for (const Seed& s :
         {Seed{"Kirkuk", 35.4681, 44.3922, 2.0}, Seed{"K1", 35.5125, 44.2842, 2.0},
          Seed{"Ain Al Assad", 33.7812, 42.4369, 2.0}, Seed{"Makhmour", 35.7762, 43.5797, 2.0},
          Seed{"Baghdad airport", 33.262, 44.234, 2.0}, Seed{"Dover DE", 39.1582, -75.5244, 2.0}}) {
        INFO(s.query);
        const auto m = g.geocode(s.query);
        REQUIRE_FALSE(m.empty());
        CHECK(distance_to(g, m[0], s.lat, s.lon) < s.km);
        CHECK(m[0].score >= 0.9);
    }
    const auto anbar = g.geocode("Anbar");
    REQUIRE_FALSE(anbar.empty());
    CHECK(g.facts(anbar[0].place).feature_code == "ADM1");
    CHECK(g.facts(anbar[0].place).country_code == "IQ");
    // K1 in its military sense: the air base, not Kirkuk.
    CHECK(g.facts(g.geocode("K1")[0].place).feature_class == 'S');
}
