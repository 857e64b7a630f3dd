// The feature class/code tests (events/toponyms.hpp) on places and candidates: the extractor's
// precision, specificity and country rules depend on them.
#include "events/place_lookup.hpp"
#include "events/toponyms.hpp"
#include "gazetteer/place.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace conflictmap;

namespace {

Place place_of(char feature_class, const std::string& code) {
    Place p;
    p.feature_class = feature_class;
    p.feature_code = code;
    return p;
}

events::CandidatePlace candidate_of(char feature_class, std::string_view code) {
    events::CandidatePlace c;
    c.feature_class = feature_class;
    c.feature_code = code;
    return c;
}

} // namespace

TEST_CASE("feature tests tell countries, areas, towns and sites by class and code") {
    struct Case {
        char feature_class;
        const char* code;
        bool country, admin1, admin2, populated, facility;
    };
    const Case cases[] = {
        {'A', "PCLI", true, false, false, false, false},
        {'A', "PCLD", true, false, false, false, false},
        {'A', "PCL", true, false, false, false, false},
        {'A', "TERR", true, false, false, false, false},
        {'A', "PC", false, false, false, false, false},
        {'A', "", false, false, false, false, false},
        {'A', "ADM1", false, true, false, false, false},
        {'A', "ADM1H", false, false, false, false, false},
        {'A', "ADM2", false, false, true, false, false},
        {'A', "ADM3", false, false, true, false, false},
        {'A', "ADM4", false, false, false, false, false},
        {'P', "PPLA", false, false, false, true, false},
        {'P', "PPL", false, false, false, true, false},
        {'S', "AIRB", false, false, false, false, true},
        {'L', "ZN", false, false, false, false, true},
        {'L', "ZNB", false, false, false, false, true},
        {'L', "ZNF", false, false, false, false, false},
        {'L', "RGN", false, false, false, false, false},
    };
    for (const auto& c : cases) {
        CAPTURE(c.code);
        const Place p = place_of(c.feature_class, c.code);
        const events::CandidatePlace k = candidate_of(c.feature_class, c.code);
        CHECK(events::is_country(p) == c.country);
        CHECK(events::is_admin1(p) == c.admin1);
        CHECK(events::is_admin2(p) == c.admin2);
        CHECK(events::is_populated(p) == c.populated);
        CHECK(events::is_facility(p) == c.facility);
        CHECK(events::is_country(k) == c.country);
        CHECK(events::is_admin1(k) == c.admin1);
        CHECK(events::is_admin2(k) == c.admin2);
        CHECK(events::is_populated(k) == c.populated);
        CHECK(events::is_facility(k) == c.facility);
    }
}
