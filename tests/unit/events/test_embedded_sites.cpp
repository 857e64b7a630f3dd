// Events at sites of the embedded gazetteer that news names (a training base, a gas field, a
// displacement camp, a border crossing, a prison, a town whose name opens with "Said"): each is
// placed at the site, and "said" before a given name stays a verb.
#include "embedded_extractor.hpp"
#include "gazetteer/gazetteer.hpp"

#include <doctest/doctest.h>

using namespace conflictmap;
using namespace conflictmap::events;

namespace {
using testing::extract_embedded;
using testing::km_from;
} // namespace

TEST_CASE("events at a training base, a gas field, a camp, a crossing and a prison") {
    const auto events = extract_embedded(
        "Two rockets fell inside Camp Besmaya, the army's training range south-east of Baghdad, "
        "on Monday night without causing casualties.\n\n"
        "On Tuesday a drone struck a storage tank at the Khor Mor gas field in Chamchamal "
        "district, killing three workers.\n\n"
        "Security forces raided the Jeddah 5 camp south of Mosul on Wednesday and arrested four "
        "suspects.\n\n"
        "A roadside bomb wounded two border guards near the Trebil crossing on Thursday.\n\n"
        "On Friday gunmen attacked a convoy near Badush prison, killing two guards.",
        Date{2022, 6, 25});
    REQUIRE(events.size() == 5);
    CHECK(events[0].location == "Camp Besmaya");
    CHECK(events[0].admin1 == "Baghdad");
    CHECK(km_from(events[0], 33.15, 44.68) < 1.0);
    CHECK(events[1].location == "Khor Mor Gas Field");
    CHECK(events[1].admin1 == "Sulaymaniyah");
    CHECK(km_from(events[1], 35.25, 44.73) < 1.0);
    CHECK(events[1].fatalities == 3);
    CHECK(events[2].location == "Jeddah Camps");
    CHECK(km_from(events[2], 35.75, 43.22) < 1.0);
    CHECK(events[3].location == "Trebil Border Crossing");
    CHECK(events[3].admin1 == "Anbar");
    CHECK(km_from(events[3], 33.0, 38.91) < 1.0);
    CHECK(events[4].location == "Badush Prison");
    CHECK(km_from(events[4], 36.41528, 42.97139) < 1.0);
}

TEST_CASE("Said Sadiq is the town, 'said Sadiq' a verb and a person") {
    const auto town = extract_embedded(
        "Gunmen killed two policemen in Said Sadiq, east of Sulaymaniyah, on Monday.",
        Date{2022, 5, 3});
    REQUIRE(town.size() == 1);
    CHECK(town[0].location == "Said Sadiq");
    CHECK(town[0].geo_precision == 1);
    CHECK(km_from(town[0], 35.35278, 45.86682) < 1.0);
    // Other spellings of the town.
    for (const char* spelling : {"Sayid Sadiq", "Said Sadik", "Sayid Sadik"}) {
        INFO(spelling);
        const auto e = extract_embedded(std::string("A roadside bomb wounded three soldiers in ") +
                                            spelling + " on Monday.",
                                        Date{2022, 5, 3});
        REQUIRE(e.size() == 1);
        CHECK(e[0].location == "Said Sadiq");
    }
    // The verb: "police said Sadiq ..." names a person, whatever follows; the event is in
    // Kirkuk or nowhere, never at the town.
    const auto verb = extract_embedded(
        "Gunmen opened fire on a car in Kirkuk on Monday, police said. Police said Sadiq Hamid, "
        "the driver, was killed.\n\n"
        "A bomb killed a shepherd on Tuesday, his brother said Sadiq told him.",
        Date{2022, 5, 3});
    REQUIRE_FALSE(verb.empty());
    for (const auto& e : verb) {
        CHECK(e.location != "Said Sadiq");
        if (e.latitude) {
            CHECK(km_from(e, 35.35278, 45.86682) > 50.0);
        }
    }
    CHECK(verb[0].location == "Kirkuk");
}

TEST_CASE("an event in the Zap region is placed in Iraq's Duhok") {
    const auto events = extract_embedded("Turkish warplanes struck PKK positions in the Zap region "
                                         "on Sunday, the Turkish defence ministry said.",
                                         Date{2022, 5, 2});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Zap");
    CHECK(events[0].country_code == "IQ");
    CHECK(events[0].admin1 == "Duhok");
    CHECK(km_from(events[0], 37.14, 43.77) < 1.0);
}

TEST_CASE("the field, refinery or consulate named again is the site named before") {
    const auto field = extract_embedded(
        "Rockets struck the Khor Mor gas field on Friday, wounding two workers. The field was "
        "last attacked on 4 May, when a drone dropped an explosive charge on a pipe rack.",
        Date{2022, 6, 26});
    REQUIRE(field.size() == 2);
    CHECK(field[1].event_date == Date{2022, 5, 4});
    CHECK(field[1].location == "Khor Mor Gas Field");
    CHECK(field[1].background);
    const auto refinery = extract_embedded(
        "Three rockets hit the Kawergosk refinery on Saturday. The refinery had also been "
        "targeted on 6 April, when three rockets fell near the loading bays.",
        Date{2022, 6, 26});
    REQUIRE(refinery.size() == 2);
    CHECK(refinery[1].event_date == Date{2022, 4, 6});
    CHECK(refinery[1].location == "Kawergosk Refinery");
    const auto consulate = extract_embedded("Rockets landed near the US consulate in Erbil on "
                                            "Tuesday. The consulate was also targeted in March "
                                            "2022 by Iranian missiles.",
                                            Date{2023, 10, 26});
    REQUIRE(consulate.size() == 2);
    CHECK(consulate[1].location == "US Consulate General Erbil");
    CHECK(consulate[1].background);
    // ("the field" is no town: a report about a town does not lend it)
    const auto town = extract_embedded("Rockets struck Chamchamal on Friday. The field was last "
                                       "attacked on 4 May, when a drone dropped a charge.",
                                       Date{2022, 6, 26});
    REQUIRE(town.size() == 2);
    CHECK(town[1].location != "Chamchamal");
}

TEST_CASE("the attacks a tally of attacks on a site goes on to tell hit that site") {
    const auto events = extract_embedded(
        "Rockets struck the Khor Mor gas field on Friday. This was the second attack on the "
        "plant in four days. On Wednesday a single rocket landed in open ground near the camp.",
        Date{2022, 6, 26});
    REQUIRE(events.size() == 2);
    CHECK(events[1].event_date == Date{2022, 6, 22});
    CHECK(events[1].location == "Khor Mor Gas Field");
}

TEST_CASE("a launch site 'towards the boundary of' a province is still where they came from") {
    const auto events = extract_embedded(
        "Three rockets struck the Khor Mor gas field on Saturday. Officials said the rockets had "
        "been launched from open country south of the field, towards the boundary of Kirkuk "
        "province.",
        Date{2022, 6, 27});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Khor Mor Gas Field");
}

TEST_CASE("the district a listed town lies in is where it is, not a second place") {
    for (const char* text :
         {"Turkish warplanes bombed suspected PKK positions near Sidakan, in the Soran district "
          "of Erbil province, on Saturday, the ministry said.",
          "Officials reported the strikes on Sunday.\n\nSeparately, Turkish warplanes bombed "
          "suspected PKK positions near Sidakan, in the Soran\ndistrict of Erbil province, on "
          "Saturday, the ministry said."}) {
        const auto events = extract_embedded(text, Date{2021, 6, 6});
        REQUIRE(events.size() == 1);
        CHECK(events[0].location == "Sidakan");
    }
    // (Two towns listed are two places.)
    const auto two = extract_embedded(
        "Turkish warplanes bombed suspected PKK positions near Sidakan and in Soran on Saturday.",
        Date{2021, 6, 6});
    CHECK(two.size() == 2);
}

TEST_CASE("a town entered and attacked is where the fighting was, not a government acting") {
    const auto events = extract_embedded(
        "Early on 21 October 2016, several dozen Islamic State fighters entered Kirkuk city and "
        "attacked police stations and the governorate building. At least 46 people were killed.",
        Date{2016, 10, 23});
    REQUIRE_FALSE(events.empty());
    CHECK(events[0].location == "Kirkuk");
    CHECK(events[0].event_date == Date{2016, 10, 21});
    CHECK(events[0].fatalities == 46);
}

TEST_CASE("the targets listed after a colon are the sites, not the towns they lie near") {
    const auto events = extract_embedded(
        "Unidentified drones struck radar systems at two Iraqi military bases before dawn on "
        "Tuesday: at Camp Taji, north of Baghdad, and at the Imam Ali air base near Nasiriyah in "
        "Dhi Qar province.",
        Date{2025, 6, 25});
    REQUIRE(events.size() == 2);
    CHECK(events[0].location == "Camp Taji");
    CHECK(events[1].location == "Imam Ali Air Base");
}
