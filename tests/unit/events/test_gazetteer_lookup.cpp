// The extractor's view of the embedded gazetteer: candidates carry the facts the rules read as
// views, and the full place is built from a candidate's handle; the two must agree.
#include "core/diagnostics.hpp"
#include "events/gazetteer_lookup.hpp"
#include "text/segmenter.hpp"

#include <doctest/doctest.h>
#include <sstream>

using namespace conflictmap;
using namespace conflictmap::events;

namespace {
void check_same(const CandidatePlace& c, const Place& p) {
    CHECK(c.id == p.id);
    CHECK(c.name == p.name);
    CHECK(c.lat == p.lat);
    CHECK(c.lon == p.lon);
    CHECK(c.feature_class == p.feature_class);
    CHECK(c.feature_code == p.feature_code);
    CHECK(c.country_code == p.country_code);
    CHECK(c.admin1_code == p.admin1_code);
    CHECK(c.admin2_code == p.admin2_code);
    CHECK(c.population == p.population);
    CHECK(c.curated() == p.curated());
}
} // namespace

TEST_CASE("gazetteer candidates agree with the places built from them") {
    std::ostringstream sink;
    Diagnostics diag(sink);
    const auto lookup = open_place_lookup({}, diag);
    std::vector<ToponymCandidate> cands;
    std::string key;
    lookup->append_token_key("Kirkuk", key);
    lookup->candidates(key, cands);
    REQUIRE(cands.size() >= 2); // the city and the governorate
    bool city = false;
    for (const auto& c : cands) {
        const Place p = lookup->place(c.place);
        check_same(c.place, p);
        city = city || (p.feature_code == "PPLA" && p.country_code == "IQ" && !p.admin1.empty());
    }
    CHECK(city);

    cands.clear();
    lookup->geocode("Baghdad airport", cands);
    REQUIRE(!cands.empty());
    CHECK(cands.front().place.feature_code == "AIRP");
    for (const auto& c : cands) {
        check_same(c.place, lookup->place(c.place));
    }
}

TEST_CASE("the gazetteer's key of a plain ASCII token is the token's lower-case form") {
    // The toponym scanner takes Document::lower as the key of such tokens when the lookup says
    // so: both must fold case, keep digits and drop apostrophes alike.
    std::ostringstream sink;
    Diagnostics diag(sink);
    const auto lookup = open_place_lookup({}, diag);
    REQUIRE(lookup->ascii_key_is_lower_form());
    const text::Document doc("KIRKUK: Ta'mim, K1 and al-Qa'im's 2020 ABU Ghraib sAdR O`Neil");
    std::size_t checked = 0;
    for (std::size_t i = 0; i < doc.tokens().size(); ++i) {
        const auto& t = doc.tokens()[i];
        if (!t.is(text::kWord) && !t.is(text::kNumber)) {
            continue;
        }
        std::string key;
        lookup->append_token_key(doc.surface(i), key);
        CHECK(key == std::string_view(doc.lower(i)));
        ++checked;
    }
    CHECK(checked == 11);
}

TEST_CASE("a lookup's remembered answers are its own, and the same as fresh ones") {
    // Answers are remembered per thread for one lookup at a time: asking two lookups in turn
    // on one thread must give each its own answers, and a repeated question the same list,
    // appended after what the caller's vector holds.
    std::ostringstream sink;
    Diagnostics diag(sink);
    const auto embedded = open_place_lookup({}, diag);
    const auto extended =
        open_place_lookup({std::string(CONFLICTMAP_TEST_DATA) + "/resolver/extra.tsv"}, diag);
    const auto ids = [](const std::vector<ToponymCandidate>& cands, std::size_t from) {
        std::vector<std::pair<std::int64_t, double>> out;
        for (std::size_t i = from; i < cands.size(); ++i) {
            out.emplace_back(cands[i].place.id, cands[i].prior);
        }
        return out;
    };
    for (int round = 0; round < 3; ++round) {
        std::vector<ToponymCandidate> a, b;
        embedded->candidates("testville", a);
        extended->candidates("testville", b);
        CHECK(a.empty());
        REQUIRE(b.size() == 1);
        CHECK(b.front().place.id == 2000000500);
        CHECK(b.front().place.name == "Testville");

        CHECK(embedded->key_status("testville") == PlaceLookup::kNone);
        CHECK((extended->key_status("testville") & PlaceLookup::kName) != 0);
        CHECK((embedded->key_status("kirkuk") & PlaceLookup::kName) != 0);
        // (given the key's hash, as the scanner asks: the same answers)
        for (const std::string_view key : {"kirkuk", "testville", "ain", "ain al asad", "xq"}) {
            const auto hash = text::HashedWord::hash_of(key);
            CHECK(embedded->key_status_hashed(key, hash) == embedded->key_status(key));
            CHECK(extended->key_status_hashed(key, hash) == extended->key_status(key));
        }
        CHECK(
            (embedded->key_status_hashed("ain al asad", text::HashedWord::hash_of("ain al asad")) &
             PlaceLookup::kName) != 0);

        std::vector<ToponymCandidate> kirkuk(1); // answers are appended
        embedded->candidates("kirkuk", kirkuk);
        std::vector<ToponymCandidate> again;
        embedded->candidates("kirkuk", again);
        REQUIRE(kirkuk.size() >= 3);
        CHECK(ids(kirkuk, 1) == ids(again, 0));

        std::vector<ToponymCandidate> loose, loose_again;
        embedded->loose_candidates("kerkouk", loose);
        extended->loose_candidates("kerkouk", loose_again); // the other lookup in between
        loose_again.clear();
        embedded->loose_candidates("kerkouk", loose_again);
        REQUIRE(!loose.empty());
        CHECK(ids(loose, 0) == ids(loose_again, 0));

        std::vector<ToponymCandidate> airport, airport_again;
        embedded->geocode("Baghdad airport", airport);
        extended->geocode("Testville", airport_again); // the other lookup in between
        CHECK(ids(airport_again, 0).front().first == 2000000500);
        airport_again.clear();
        embedded->geocode("Baghdad airport", airport_again);
        REQUIRE(!airport.empty());
        CHECK(ids(airport, 0) == ids(airport_again, 0));
    }
}

TEST_CASE("a shared place is the candidate's place, the same object again, per lookup") {
    std::ostringstream sink;
    Diagnostics diag(sink);
    const auto lookup = open_place_lookup({}, diag);
    std::vector<ToponymCandidate> cands;
    std::string key;
    lookup->append_token_key("Kirkuk", key);
    lookup->candidates(key, cands);
    REQUIRE(cands.size() >= 2);
    for (const auto& c : cands) {
        const auto shared = lookup->shared_place(c.place);
        REQUIRE(shared != nullptr);
        check_same(c.place, *shared);
        CHECK(shared->admin1 == lookup->place(c.place).admin1);
        CHECK(lookup->shared_place(c.place) == shared); // remembered
    }
    // Another lookup (another owner of the memo) builds its own.
    const auto other = open_place_lookup({}, diag);
    const auto mine = lookup->shared_place(cands.front().place);
    const auto theirs = other->shared_place(cands.front().place);
    CHECK(theirs != mine);
    check_same(cands.front().place, *theirs);
}

TEST_CASE("remembered key statuses stay right when many keys share the memo's sets") {
    // The memo keeps two keys per set: a key pushed out is asked again, never answered with
    // another key's status.
    std::ostringstream sink;
    Diagnostics diag(sink);
    const auto lookup = open_place_lookup({}, diag);
    std::vector<std::string> keys = {"kirkuk", "baghdad", "mosul", "ain", "ain al asad", "al"};
    for (int k = 0; k < 30000; ++k) {
        keys.push_back("k" + std::to_string(k)); // (more keys than the memo holds)
    }
    std::vector<unsigned> first;
    for (const auto& key : keys) {
        first.push_back(lookup->key_status(key));
    }
    CHECK((first[0] & PlaceLookup::kName) != 0);
    CHECK((first[4] & PlaceLookup::kName) != 0);
    CHECK((first[5] & PlaceLookup::kPrefix) != 0);
    CHECK(first[6] == PlaceLookup::kNone);
    const auto fresh = open_place_lookup({}, diag); // (its own memo entries)
    for (std::size_t i = keys.size(); i-- > 0;) {
        CHECK(lookup->key_status(keys[i]) == first[i]);
        CHECK(fresh->key_status_hashed(keys[i], text::HashedWord::hash_of(keys[i])) == first[i]);
    }
}

TEST_CASE("a remembered country is the country's place, for each lookup and code") {
    std::ostringstream sink;
    Diagnostics diag(sink);
    const auto embedded = open_place_lookup({}, diag);
    const auto extended =
        open_place_lookup({std::string(CONFLICTMAP_TEST_DATA) + "/resolver/extra.tsv"}, diag);
    for (int round = 0; round < 3; ++round) {
        for (const std::string_view code : {"IQ", "iq", "SY", "TR", "IR", "XX", "", "IRQ"}) {
            const auto a = embedded->country(code);
            const auto b = extended->country(code); // (the other lookup in between)
            const auto again = embedded->country(code);
            REQUIRE(a.has_value() == again.has_value());
            REQUIRE(a.has_value() == b.has_value());
            if (a) {
                CHECK(a->id == again->id);
                CHECK(a->name == again->name);
                CHECK(a->feature_code == again->feature_code);
                CHECK(a->id == b->id);
            }
        }
        const auto iq = embedded->country("IQ");
        REQUIRE(iq.has_value());
        CHECK(iq->country_code == "IQ");
        CHECK(iq->name == "Iraq");
        CHECK(embedded->country("iq")->id == iq->id); // (codes in either case)
        CHECK(embedded->country("SY")->country_code == "SY");
        CHECK_FALSE(embedded->country("XX").has_value());
        CHECK_FALSE(embedded->country("").has_value());
    }
}
