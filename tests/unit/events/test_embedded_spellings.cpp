// Spellings of the variant sweep (session 35) as the extractor meets them in a report: the
// extractor takes no loose match, so a form not in the gazetteer left the event unplaced
// (Ras al-Ain, Shaddadeh, Daqouq) or put it in a bigger place named inside it (Ameriyat
// al-Fallujah -> Fallujah).
#include "embedded_extractor.hpp"
#include "gazetteer/gazetteer.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace conflictmap;
using namespace conflictmap::events;

namespace {
using testing::extract_embedded;
using testing::km_from;
} // namespace

TEST_CASE("an event told with a spelling of the variant sweep is placed at its town") {
    struct Case {
        const char* spelling;
        const char* location;
        double lat;
        double lon;
    };
    for (const Case& c : {
             Case{"Ameriyat al-Fallujah", "Amiriyat al-Fallujah", 33.179, 43.855},
             Case{"Ain Kawa", "Ankawa", 36.2306, 43.99442},
             Case{"Daqouq", "Daquq", 35.13923, 44.44907},
             Case{"Guwair", "Gwer", 36.048, 43.49},
             Case{"Missan", "Maysan", 31.83561, 47.14483}, // at its seat, Amarah,
             Case{"Refaei", "Rifai", 31.72079, 46.10778},
             Case{"Ras al-Ain", "Ras al-Ayn", 36.85034, 40.07055},
             Case{"Shaddadeh", "Shaddadi", 36.05756, 40.73478},
             Case{"Salman Pak", "Salman Pak", 33.1, 44.58},
         }) {
        INFO(c.spelling);
        const auto events = extract_embedded(std::string("A roadside bomb exploded in ") +
                                                 c.spelling + " on Monday, killing two soldiers.",
                                             Date{2021, 3, 10});
        REQUIRE(events.size() == 1);
        CHECK(events[0].location == c.location);
        CHECK(km_from(events[0], c.lat, c.lon) < 2.0);
    }
}

TEST_CASE("'The Iraqi presidency' is an adjective, not a spelling of a place") {
    const auto events = extract_embedded(
        "A drone struck an airstrip at Arbat on Monday, killing three men. The Iraqi presidency "
        "called the attack a violation of Iraq's sovereignty.",
        Date{2023, 9, 19});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Arbat");
}
