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

TEST_CASE("city quarters are event places, a designated-only quarter with its designator") {
    // Quarters added for recall (gaz17): a bare name (Jolan, Nabi Yunus, Rahimawa), a
    // designated form only (Hay al-Shuhada: shuhada is 'martyrs'), and Wadi Hajar, whose name
    // without "Wadi" is a given name: "Hajar Ahmed said" is a person.
    const auto events = extract_embedded(
        "Mortar rounds hit the Jolan district of Fallujah on Sunday, killing a child.\n\n"
        "A drone strike hit a house in Nabi Yunus in east Mosul on Monday, killing three "
        "civilians.\n\n"
        "Islamic State fighters attacked an army post in the al-Shuhada neighbourhood of "
        "Fallujah on Tuesday, killing four soldiers.\n\n"
        "An IED killed a policeman in Rahimawa, northern Kirkuk, on Wednesday.",
        Date{2017, 3, 20});
    REQUIRE(events.size() == 4);
    CHECK(events[0].location == "Jolan");
    CHECK(km_from(events[0], 33.358, 43.772) < 1.0);
    CHECK(events[1].location == "Nabi Yunus");
    CHECK(events[1].admin1 == "Ninawa");
    CHECK(events[2].location == "Hay al-Shuhada");
    CHECK(events[3].location == "Rahimawa");
    CHECK(events[3].admin1 == "Kirkuk");
    const auto person = extract_embedded(
        "Hajar Ahmed, a teacher in Mosul, said shelling had killed two of her neighbours on "
        "Saturday.",
        Date{2017, 3, 20});
    for (const auto& e : person) {
        CHECK(e.location != "Wadi Hajar");
    }
    const auto quarter = extract_embedded(
        "Shelling killed two civilians in Wadi Hajar, in southern Mosul, on Thursday.",
        Date{2017, 3, 20});
    REQUIRE(quarter.size() == 1);
    CHECK(quarter[0].location == "Wadi Hajar");
}

TEST_CASE("towns of western and southern Syria are event places") {
    // Before they were in the gazetteer, "Tal Rifaat, north of Aleppo" was placed at Aleppo and
    // "Douma" or "Daraa" had no place at all (or a look-alike abroad).
    const auto events = extract_embedded(
        "On 1 December, factions of the Syrian National Army took control of Tal Rifaat, north "
        "of Aleppo.\n\n"
        "On 2 December, an air strike hit a market in Douma, killing four civilians.\n\n"
        "On 3 December, gunmen killed two policemen in Daraa.\n\n"
        "On 4 December, a drone struck a car near Maarat al-Numan.",
        Date{2024, 12, 5});
    REQUIRE(events.size() == 4);
    CHECK(events[0].location == "Tal Rifaat");
    CHECK(events[0].country_code == "SY");
    CHECK(km_from(events[0], 36.472, 37.095) < 1.0);
    CHECK(events[1].location == "Douma");
    CHECK(km_from(events[1], 33.572, 36.403) < 1.0);
    CHECK(events[2].location == "Daraa");
    CHECK(km_from(events[2], 32.619, 36.102) < 1.0);
    CHECK(events[3].location == "Maarat al-Numan");
}

TEST_CASE("a Syrian town's alternates that are other words stay words") {
    // ("Duma" is Russia's parliament, not Douma)
    for (const auto& e : extract_embedded(
             "The Russian Duma condemned the strike that killed three soldiers near Palmyra on "
             "Monday.",
             Date{2024, 12, 5})) {
        CHECK(e.location != "Douma");
    }
}

TEST_CASE("a bearing of three compass words is a sixteenth of the compass") {
    // 150 km south-south-east of Samawah (157.5 degrees), not 15 km on an unread bearing.
    const auto sse = extract_embedded("On Wednesday gunmen abducted hunters from their camp about "
                                      "150 km south-south-east of Samawah.",
                                      Date{2015, 12, 18});
    REQUIRE(sse.size() == 1);
    CHECK(km_from(sse[0], 30.081, 45.890) < 2.0);
    const auto nnw = extract_embedded(
        "On Wednesday gunmen attacked a checkpoint 30 km north-north-west of Baghdad.",
        Date{2015, 12, 18});
    REQUIRE(nnw.size() == 1);
    CHECK(km_from(nnw[0], 33.591, 44.285) < 2.0);
    const auto ene = extract_embedded(
        "On Wednesday gunmen attacked a checkpoint 30 km east-north-east of Baghdad.",
        Date{2015, 12, 18});
    REQUIRE(ene.size() == 1);
    CHECK(km_from(ene[0], 33.444, 44.700) < 2.0);
}
