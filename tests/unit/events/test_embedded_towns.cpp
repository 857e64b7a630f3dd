// Sub-district seats and towns of the embedded gazetteer as event places: an event in one of
// them is placed at the town itself, not at a place whose name merely looks alike, and the
// homonyms stay where news means them (Riyadh is Saudi Arabia's capital; a given name that is
// also a village is a person unless the text puts something in it).
#include "embedded_extractor.hpp"
#include "gazetteer/gazetteer.hpp"

#include <doctest/doctest.h>

using namespace conflictmap;
using namespace conflictmap::events;

namespace {
using testing::extract_embedded;
using testing::km_from;
} // namespace

TEST_CASE("an event in a sub-district seat is placed at the seat, not at a look-alike") {
    // Before the seat was in the gazetteer, "Sulaiman Bek" matched Salman Pak as a spelling
    // variant, some 190 km to the south.
    const auto events = extract_embedded(
        "Militants stormed a police checkpoint in Sulaiman Bek on Monday night and killed three "
        "policemen.\n\n"
        "On Tuesday, a roadside bomb wounded two soldiers on a road near Mutaibija, the "
        "security media cell said.\n\n"
        "Peshmerga fighters repelled an attack on their positions in Xanesor on Wednesday.",
        Date{2021, 6, 4});
    REQUIRE(events.size() == 3);
    CHECK(events[0].location == "Sulaiman Bek");
    CHECK(events[0].admin1 == "Salah ad Din");
    CHECK(km_from(events[0], 34.794, 44.667) < 1.0);
    CHECK(events[0].fatalities == 3);
    CHECK(events[0].disputed); // Tuz Khurmatu district
    CHECK(events[1].location == "Mutaibijah");
    CHECK(km_from(events[1], 34.345, 44.467) < 1.0);
    CHECK(events[2].location == "Khanasor"); // Kurdish spelling of the Sinjar town
    CHECK(events[2].admin1 == "Ninawa");
    CHECK(km_from(events[2], 36.472, 41.616) < 1.0);
}

TEST_CASE("homonyms: Riyadh stays Saudi Arabia's capital, a given name is no village") {
    const auto events = extract_embedded(
        "Iraqi Kurdish forces clashed with militants near Bashir village south of Kirkuk on "
        "Thursday, killing one militant, the Peshmerga ministry said.\n\n"
        "Saudi air defences intercepted a drone over Riyadh on Friday, the Saudi-led coalition "
        "said.\n\n"
        "Two soldiers were killed in an ambush on Saturday, Bashir said.",
        Date{2021, 6, 14});
    REQUIRE(events.size() >= 2);
    CHECK(events[0].location == "Bashir");
    CHECK(events[0].admin1 == "Kirkuk");
    CHECK(km_from(events[0], 35.246, 44.279) < 1.0);
    CHECK(events[1].location == "Riyadh");
    CHECK(events[1].country_code == "SA");
    // The speaker is a person: the ambush has no place in the text.
    for (std::size_t i = 2; i < events.size(); ++i) {
        CHECK(events[i].location != "Bashir");
        CHECK_FALSE(events[i].latitude.has_value());
    }
}

TEST_CASE("a name known exactly is not traded for a loose match of it with its designator") {
    const auto events = extract_embedded("A PMF fighter was killed in an ISIS attack on a post in "
                                         "the Al-Udhaim district on Saturday.",
                                         Date{2023, 2, 4});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Adhaim");
    CHECK(events[0].admin1 == "Diyala");
}
