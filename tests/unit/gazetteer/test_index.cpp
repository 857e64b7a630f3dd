#include "core/error.hpp"
#include "fixture_gazetteer.hpp"
#include "gazetteer/gazetteer.hpp"
#include "gazetteer/index_builder.hpp"
#include "gazetteer/index_format.hpp"
#include "gazetteer/index_image.hpp"
#include "text/segmenter.hpp"
#include "text/toponym_key.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

namespace fs = std::filesystem;
using namespace conflictmap;
using namespace conflictmap::gazetteer;
using conflictmap::testing::fixture_gazetteer;

namespace {

ImageBuffer build_fixture() {
    IndexBuilder builder;
    builder.add_file(testing::resolver_data() / "places.tsv");
    return builder.build();
}

std::string image_bytes(const ImageBuffer& image) {
    return {reinterpret_cast<const char*>(image.data()), image.size() * sizeof(image[0])};
}

fs::path write_file(const std::string& name, const std::string& bytes) {
    const fs::path dir = fs::temp_directory_path() / "cm-index-tests";
    fs::create_directories(dir);
    const fs::path p = dir / name;
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p;
}

std::string open_error(const fs::path& p) {
    try {
        IndexImage::open_file(p);
    } catch (const InputError& e) {
        return e.what();
    }
    return "(opened)";
}

std::vector<std::int64_t> ids(const Gazetteer& g, const std::vector<NameHit>& hits) {
    std::vector<std::int64_t> out;
    for (const auto& h : hits) {
        out.push_back(g.facts(h.place).id);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("the in-memory index and the same index read from a .cmidx file answer alike") {
    const std::string bytes = image_bytes(build_fixture());
    CHECK(bytes == image_bytes(build_fixture())); // builds are reproducible
    const fs::path file = write_file("fixture.cmidx", bytes);
    const Gazetteer from_file = Gazetteer::from_images({IndexImage::open_file(file)});
    const Gazetteer& in_memory = fixture_gazetteer();
    CHECK(from_file.place_count() == in_memory.place_count());
    for (const auto& row :
         testing::read_table(testing::resolver_data() / "normalisation_variants.tsv")) {
        INFO(row[1]);
        const auto a = from_file.geocode(row[1]);
        const auto b = in_memory.geocode(row[1]);
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            CHECK(from_file.facts(a[i].place).id == in_memory.facts(b[i].place).id);
            CHECK(a[i].score == b[i].score);
        }
    }
    from_file.source(0).verify();
}

TEST_CASE("exact-key lookups for a text scanner") {
    const auto& g = fixture_gazetteer();
    std::vector<NameHit> hits;
    SUBCASE("a name, its kinds and its continuation") {
        const KeyLookup r = g.lookup_key("kirkuk", hits);
        CHECK(r.found);
        CHECK(r.has_longer); // "kirkuk air base", "kirkuk district"
        CHECK(ids(g, hits) == std::vector<std::int64_t>{94787, 2000000001, 2000000005, 2000000015});
        for (const auto& h : hits) {
            if (g.facts(h.place).id == 94787) {
                CHECK(h.kind == NameKind::preferred);
            }
            if (g.facts(h.place).id == 2000000015) {
                CHECK(h.kind == NameKind::designator_dropped);
            }
        }
    }
    SUBCASE("n-grams are token keys joined by spaces") {
        CHECK(g.lookup_key("ain", hits).has_longer);
        CHECK_FALSE(g.lookup_key("ain", hits).found);
        CHECK(g.lookup_key("ain al", hits).has_longer);
        const KeyLookup r = g.lookup_key("ain al asad", hits);
        CHECK(r.found);
        CHECK(r.has_longer);
        CHECK(ids(g, hits) == std::vector<std::int64_t>{2000000011});
        CHECK(g.lookup_key("ain al asad air base", hits).found);
        CHECK_FALSE(g.lookup_key("ain al asad air base", hits).has_longer);
        CHECK(g.has_longer("k"));
        CHECK_FALSE(g.has_longer("mosul"));
        CHECK(g.lookup_key("k1", hits).found);
        CHECK(g.lookup_key(text::toponym_key("قاعدة عين الأسد الجوية"), hits).found);
        CHECK(g.max_name_tokens() >= 5);
    }
    SUBCASE("a miss allocates nothing") {
        hits.reserve(8);
        const auto* data = hits.data();
        const KeyLookup r = g.lookup_key("no such place", hits);
        CHECK_FALSE(r.found);
        CHECK_FALSE(r.has_longer);
        CHECK(hits.empty());
        CHECK(hits.data() == data);
        CHECK_FALSE(g.lookup_key("", hits).found);
    }
    SUBCASE("loose keys: the second tier") {
        const KeyLookup r = g.lookup_loose_key(text::loose_key("makhmour"), hits);
        CHECK(r.found);
        CHECK(ids(g, hits) == std::vector<std::int64_t>{93818});
    }
}

TEST_CASE("places by id, GeoNames id, country and admin codes, with admin names") {
    const auto& g = fixture_gazetteer();
    const auto kirkuk = g.find_id(94787);
    REQUIRE(kirkuk);
    const Place p = g.place(*kirkuk);
    CHECK(p.name == "Kirkuk");
    CHECK(p.geonames_id == 94787);
    CHECK(p.feature_code == "PPLA");
    CHECK(p.admin1 == "Kirkuk");
    CHECK(p.admin2 == "Kirkuk District");
    CHECK(p.population == 1031000);
    const PlaceFacts f = g.facts(*kirkuk);
    CHECK(f.importance == doctest::Approx(0.85));
    CHECK_FALSE(f.curated);
    CHECK(g.facts(*g.find_id(2000000010)).curated);
    CHECK(g.facts(*g.find_id(2000000010)).geonames_id == 0);
    CHECK(g.place(*g.find_id(95788)).admin2 == "Hīt District");
    CHECK(g.find_geonames_id(94787) == kirkuk);
    CHECK_FALSE(g.find_id(12345));
    REQUIRE(g.country("iq"));
    CHECK(g.facts(*g.country("IQ")).name == "Iraq");
    CHECK_FALSE(g.country("ZZ"));
    CHECK(g.facts(*g.admin_area("IQ", "13")).id == 2000000001);
    CHECK(g.facts(*g.admin_area("IQ", "13", "94786")).id == 2000000005);
    CHECK_FALSE(g.admin_area("IQ", "99"));
}

TEST_CASE("reverse lookups: nearest places and the admin areas around a point") {
    const auto& g = fixture_gazetteer();
    const auto near = g.nearest(35.5125, 44.2842, 3);
    REQUIRE(near.size() == 3);
    CHECK(g.facts(near[0].place).id == 2000000010); // K-1 itself
    CHECK(near[0].distance_km < 0.01);
    CHECK(near[1].distance_km >= near[0].distance_km);
    CHECK(near[2].distance_km >= near[1].distance_km);
    CHECK(g.nearest(0.0, -160.0, 5).empty()); // the Pacific: nothing within 100 km
    CHECK(g.nearest(95.0, 0.0, 5).empty());
    // With a filter: the accepted places of the unfiltered answer, in its order, whether all
    // places in reach are among the k nearest (filtered before measuring) or not (after).
    const auto not_k1 = [&](gazetteer::PlaceRef r) { return g.facts(r).id != 2000000010; };
    for (const std::size_t k : {2, 3, 1000}) {
        const auto all = g.nearest(35.5125, 44.2842, k, 300.0);
        std::vector<gazetteer::PlaceRef> expected;
        for (const auto& n : all) {
            if (not_k1(n.place)) {
                expected.push_back(n.place);
            }
        }
        std::vector<gazetteer::PlaceRef> got;
        for (const auto& n : g.nearest(35.5125, 44.2842, k, 300.0, not_k1)) {
            got.push_back(n.place);
        }
        CHECK(got == expected);
        CHECK(got.size() + 1 == all.size()); // K-1, the nearest, is the one refused
    }
    const auto areas = g.admin_areas_at(35.47, 44.40);
    REQUIRE(areas.size() == 2);
    CHECK(areas[0].level == 1);
    CHECK(areas[0].name == "Kirkuk");
    CHECK(areas[0].code == "13");
    CHECK(areas[0].method == "polygon"); // Iraq's governorate polygons are compiled in
    REQUIRE(areas[0].place);
    CHECK(g.facts(*areas[0].place).id == 2000000001);
    CHECK(areas[1].level == 2);
    CHECK(areas[1].name == "Kirkuk District");
    CHECK(g.admin_areas_at(0.0, -160.0).empty());
}

TEST_CASE("truncated and foreign .cmidx files are rejected with a clear message") {
    const std::string bytes = image_bytes(build_fixture());
    const fs::path good = write_file("good.cmidx", bytes);
    CHECK_NOTHROW(IndexImage::open_file(good));
    for (std::size_t cut :
         {std::size_t{0}, std::size_t{7}, std::size_t{63}, std::size_t{64}, std::size_t{100},
          bytes.size() / 2, bytes.size() - 8, bytes.size() - 1}) {
        INFO("cut at " << cut);
        const fs::path p = write_file("cut.cmidx", bytes.substr(0, cut));
        const std::string e = open_error(p);
        CHECK(e.find(p.string()) == 0);
        CHECK(
            (e.find("truncated") != std::string::npos || e.find("too small") != std::string::npos));
    }
    CHECK(open_error(write_file("text.cmidx", std::string(200, 'x'))).find("wrong magic") !=
          std::string::npos);
    CHECK(open_error(write_file("png.cmidx", "\x89PNG\r\n\x1a\n" + std::string(100, '\0')))
              .find("wrong magic") != std::string::npos);
    CHECK(
        open_error(write_file("long.cmidx", bytes + std::string(8, '\0'))).find("trailing data") !=
        std::string::npos);
    CHECK(open_error(fs::temp_directory_path() / "cm-index-tests" / "absent.cmidx")
              .find("cannot open") != std::string::npos);

    auto patched = [&](std::size_t offset, const void* value, std::size_t n) {
        std::string b = bytes;
        std::memcpy(b.data() + offset, value, n);
        return open_error(write_file("patched.cmidx", b));
    };
    const std::uint32_t version = 99;
    CHECK(patched(offsetof(format::Header, version), &version, 4).find("format version 99") !=
          std::string::npos);
    const std::uint32_t endian = 0x04030201;
    CHECK(patched(offsetof(format::Header, endian_mark), &endian, 4).find("byte order") !=
          std::string::npos);
    // The first section (strings) pointing past the end, or with a wrong record size.
    const std::size_t first_section = sizeof(format::Header);
    const std::uint64_t far = bytes.size() + 8;
    CHECK(patched(first_section + offsetof(format::Section, offset), &far, 8)
              .find("invalid offset") != std::string::npos);
    const std::uint64_t huge = std::uint64_t{1} << 60;
    CHECK(patched(first_section + offsetof(format::Section, count), &huge, 8)
              .find("extends past the end") != std::string::npos);
    const std::uint32_t record_size = 3;
    CHECK(patched(first_section + offsetof(format::Section, record_size), &record_size, 4)
              .find("records of 3 bytes") != std::string::npos);
    const std::uint32_t id = 77;
    CHECK(patched(first_section + offsetof(format::Section, id), &id, 4)
              .find("unknown section id 77") != std::string::npos);
}

TEST_CASE("a damaged index never makes a query read out of bounds") {
    // Random bytes overwritten after the section table: opening may fail; if it succeeds,
    // queries must not crash (the sanitizer build checks the reads) and verify() may object.
    const std::string bytes = image_bytes(build_fixture());
    std::mt19937 rng(7);
    const std::size_t body =
        sizeof(format::Header) + format::kSectionCount * sizeof(format::Section);
    int opened = 0;
    for (int round = 0; round < 60; ++round) {
        std::string b = bytes;
        for (int k = 0; k < 64; ++k) {
            b[body + rng() % (b.size() - body)] = static_cast<char>(rng());
        }
        ImageBuffer buffer(b.size() / 8);
        std::memcpy(buffer.data(), b.data(), b.size());
        try {
            const Gazetteer g =
                Gazetteer::from_images({IndexImage::from_buffer(buffer, "damaged")});
            ++opened;
            std::vector<NameHit> hits;
            for (const char* q :
                 {"Kirkuk", "K1", "Ain al Asad", "Dover DE", "Kirkut", "Hit, Anbar"}) {
                for (const auto& m : g.geocode(q)) {
                    (void)g.place(m.place);
                }
                g.lookup_key(text::toponym_key(q), hits);
                g.lookup_loose_key(text::loose_key(text::toponym_key(q)), hits);
            }
            (void)g.nearest(35.5, 44.3, 5);
            (void)g.admin_areas_at(35.5, 44.3);
            (void)g.country("IQ");
            (void)g.admin_area("IQ", "13");
            try {
                g.source(0).verify();
            } catch (const InputError&) {
            }
        } catch (const InputError&) {
        }
    }
    CHECK(opened > 0);
}

TEST_CASE("key_status answers as lookup_key does, on every n-gram of real articles") {
    // The scanner asks key_status for nearly every token; it must agree with lookup_key
    // (found, has_longer) on names, prefixes and misses, with one index and with two.
    GazetteerOptions two_sources;
    two_sources.sources = {(testing::resolver_data() / "places.tsv").string()};
    const Gazetteer embedded_and_fixture = Gazetteer::open(two_sources);
    std::ifstream in(fs::path(CONFLICTMAP_SOURCE_DIR) / "samples" / "articles.jsonl");
    REQUIRE(in);
    const std::string corpus((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
    const text::Document doc(corpus);
    std::vector<std::string> token_keys;
    for (std::size_t i = 0; i < doc.tokens().size(); ++i) {
        std::string k;
        text::append_token_key(doc.surface(i), k);
        token_keys.push_back(k);
    }
    std::vector<NameHit> hits;
    std::size_t found = 0, longer = 0, keys = 0;
    for (const Gazetteer* g : {&fixture_gazetteer(), &embedded_and_fixture}) {
        for (std::size_t i = 0; i < token_keys.size(); ++i) {
            std::string key;
            for (std::size_t j = i; j < token_keys.size() && j < i + 6; ++j) {
                key += (j == i ? "" : " ") + token_keys[j];
                const KeyLookup expected = g->lookup_key(key, hits);
                const KeyLookup status = g->key_status(key);
                CHECK(status.found == expected.found);
                CHECK(status.has_longer == expected.has_longer);
                found += expected.found ? 1 : 0;
                longer += expected.has_longer ? 1 : 0;
                ++keys;
            }
        }
    }
    CHECK(keys > 10000);
    CHECK(found > 100); // the comparison covered names and prefixes, not only misses
    CHECK(longer > 100);
    CHECK_FALSE(embedded_and_fixture.key_status("").found);
}

TEST_CASE("key_hash is the index format's hash: fixed values, and any length as defined") {
    // Compiled indexes store these hashes: the function may get faster, never different.
    CHECK(format::key_hash("") == 0xe9e0033e3badaf36ULL);
    CHECK(format::key_hash("al") == 0x784568655174f14fULL);
    CHECK(format::key_hash("kirkuk") == 0x222fc4911a62537fULL);
    CHECK(format::key_hash("baghdad") == 0xa03d7e974b0d61a3ULL);
    CHECK(format::key_hash("ain al asad") == 0xe88eb2e43b3c250fULL);
    CHECK(format::key_hash("tal afar") == 0xdaf40b31768bbbbfULL);
    // The definition: 8-byte little-endian words, the last one zero-padded, then a finaliser.
    auto reference = [](std::string_view key) {
        constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
        std::uint64_t h = 0x243F6A8885A308D3ULL ^ (key.size() * kMul);
        for (std::size_t i = 0; i < key.size(); i += 8) {
            std::uint64_t w = 0;
            for (std::size_t b = 0; b < 8 && i + b < key.size(); ++b) {
                w |= std::uint64_t{static_cast<unsigned char>(key[i + b])} << (8 * b);
            }
            h = (h ^ w) * kMul;
            h ^= h >> 29U;
        }
        h ^= h >> 30U;
        h *= 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 27U;
        h *= 0x94D049BB133111EBULL;
        h ^= h >> 31U;
        return h;
    };
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> byte(0, 255);
    for (std::size_t n = 0; n <= 40; ++n) {
        std::string key;
        for (std::size_t k = 0; k < n; ++k) {
            key += static_cast<char>(byte(rng));
        }
        CHECK(format::key_hash(key) == reference(key));
    }
}
