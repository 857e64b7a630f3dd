// The extractor's rules on short reports written for these tests, against a small gazetteer.
#include "events/extractor.hpp"
#include "fake_place_lookup.hpp"

#include <doctest/doctest.h>
#include <sstream>

using namespace conflictmap;
using namespace conflictmap::events;

namespace {
const testing::FakePlaceLookup& gazetteer() {
    static const auto g = testing::FakePlaceLookup::iraq();
    return g;
}

std::vector<EventRecord> extract(const std::string& text, Date published,
                                 std::string* explain = nullptr) {
    io::Article a;
    a.id = "t";
    a.text = text;
    a.published = published;
    Extractor x(gazetteer(), nullptr);
    std::ostringstream log;
    auto r = x.extract(a, explain != nullptr ? &log : nullptr);
    if (explain != nullptr) {
        *explain = log.str();
    }
    return r.events;
}

const EventRecord* at(const std::vector<EventRecord>& events, const std::string& location) {
    for (const auto& e : events) {
        if (e.location == location) {
            return &e;
        }
    }
    return nullptr;
}
} // namespace

TEST_CASE("a named base beats the city it is near, across two sentences of one event") {
    const auto events = extract(
        "Rockets slammed into a military base in Kirkuk late on Friday, killing an American "
        "contractor and wounding four soldiers, officials said.\n\n"
        "Several rockets fell inside the K1 military base north-west of the city.",
        Date{2019, 12, 28});
    REQUIRE(events.size() == 1);
    const auto& e = events[0];
    CHECK(e.location == "K-1 Air Base");
    CHECK(e.geo_precision == 1);
    CHECK(e.event_type == "Explosions/Remote violence");
    CHECK(e.sub_event_type == "Shelling/artillery/missile attack");
    CHECK(e.event_date == Date{2019, 12, 27});
    CHECK(e.time_precision == 1);
    CHECK(e.fatalities == 1);
    CHECK(e.injuries == 4);
    CHECK_FALSE(e.background);
}

TEST_CASE("governments, comparisons and datelines are not event places") {
    std::string why;
    const auto events = extract(
        "BAGHDAD, May 4 (Wire) - A roadside bomb hit an army patrol near Hit, Anbar, on Monday, "
        "killing two soldiers.\n\n"
        "Washington accuses Tehran of arming the militias, while Tehran alleges the US wants a "
        "war. The group once held an area the size of Britain.",
        Date{2021, 5, 4}, &why);
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Hit");
    CHECK(events[0].geo_precision == 2);
    CHECK(events[0].sub_event_type == "Remote explosive/landmine/IED");
    CHECK(events[0].fatalities == 2);
    CHECK(events[0].event_date == Date{2021, 5, 3});
    CHECK(why.find("toponym 'Washington'") != std::string::npos);
    CHECK(why.find("role=government") != std::string::npos);
    CHECK(why.find("role=comparison") != std::string::npos);
    CHECK(why.find("role=dateline") != std::string::npos);
}

TEST_CASE("threats and hypotheticals make no events, a background event keeps its own date") {
    const auto events = extract(
        "Militants may exploit the chaos to mount attacks on the capital. If rocket attacks "
        "continue, the mission could be suspended. The minister threatened a decisive response.\n\n"
        "Earlier this month, two attacks on Iraqi bases near Baghdad airport wounded five "
        "soldiers.",
        Date{2019, 12, 28});
    REQUIRE(events.size() == 1);
    const auto& e = events[0];
    CHECK(e.location == "Baghdad International Airport");
    CHECK(e.geo_precision == 2);
    CHECK(e.injuries == 5);
    CHECK(e.background);
    CHECK(e.event_date == Date{2019, 12, 15});
    CHECK(e.time_precision == 3);
}

TEST_CASE("a relative location is computed and keeps its reference") {
    const auto events = extract(
        "A bomb exploded under an army vehicle about 30 km south of Kirkuk on Thursday, killing "
        "two soldiers.",
        Date{2022, 9, 16});
    REQUIRE(events.size() == 1);
    const auto& e = events[0];
    CHECK(e.geo_precision == 2);
    CHECK(e.latitude.value() == doctest::Approx(35.1976).epsilon(1e-3));
    CHECK(e.longitude.value() == doctest::Approx(44.3922).epsilon(1e-4));
    CHECK(e.reference_location == std::optional<std::string>("Kirkuk"));
    CHECK(e.location_text == "about 30 km south of Kirkuk");
    CHECK(e.uncertainty_m.value() >= 6000);
}

TEST_CASE("a caption's photo place is not the event place, the event is placed at country level") {
    const auto events = extract(
        "DOVER, DE - MARCH 11: Airmen carry a case at Dover Air Force Base on March 11, 2020 in "
        "Dover, Delaware. Two Marines were killed Sunday during a raid on a militant hideout in "
        "Iraq. Photo by Staff/Getty Images",
        Date{2020, 3, 12});
    REQUIRE(events.size() == 1);
    const auto& e = events[0];
    CHECK(e.location == "Iraq");
    CHECK(e.geo_precision == 3);
    CHECK(e.fatalities == 2);
    CHECK(e.event_type == "Battles");
    CHECK(e.event_date == Date{2020, 3, 8});
}

TEST_CASE("one event told three times is one record, with the most specific facts") {
    const auto events = extract(
        "Two US Marines were killed in a joint operation against ISIS in northern Iraq.\n\n"
        "Officials gave no more details.\n\n"
        "The killing of the two Marines in Sunday's operation in Makhmour showed the threat.",
        Date{2020, 3, 12});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Makhmour");
    CHECK(events[0].event_date == Date{2020, 3, 8});
    CHECK(events[0].fatalities == 2);
    CHECK(events[0].sub_event_type == "Armed clash");
}

TEST_CASE("a missile attack with no deaths and a rocket attack with three are two events") {
    const auto events = extract(
        "The rocket attack on Wednesday killed two US and one British servicemen.\n\n"
        "Iran responded with missile attacks on Ain Al Asad air base in Anbar that caused no "
        "deaths but left more than 100 soldiers with brain injuries.",
        Date{2020, 3, 12});
    REQUIRE(events.size() == 2);
    CHECK(events[0].fatalities == 3);
    CHECK(events[0].event_date == Date{2020, 3, 11});
    const auto* asad = at(events, "Ain al-Asad Air Base");
    REQUIRE(asad != nullptr);
    CHECK(asad->fatalities == 0);
    CHECK(asad->injuries == 100);
    CHECK(asad->geo_precision == 1);
    CHECK(asad->actor1 == "Military Forces of Iran");
}

TEST_CASE("the verb hit and sentence-initial common words are no places") {
    const auto events =
        extract("Rockets hit the outskirts of Erbil on Monday. Hit was quiet.", Date{2021, 2, 16});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Erbil");
    CHECK(events[0].geo_precision == 2);
}

TEST_CASE("K1 counts only in a military sense") {
    std::string why;
    extract("The K1 form was filed with the tax office in Kirkuk.", Date{2021, 1, 1}, &why);
    CHECK(why.find("toponym 'K1'") == std::string::npos);
}

TEST_CASE("protests with and without intervention") {
    const auto events = extract(
        "Thousands of demonstrators gathered in Baghdad on Friday. Security forces fired tear gas "
        "at the protest.\n\nIn Basra, a protest on Friday passed off peacefully.",
        Date{2019, 10, 26});
    REQUIRE(events.size() == 2);
    CHECK(events[0].event_type == "Protests");
    CHECK(events[0].sub_event_type == "Protest with intervention");
    CHECK(events[0].actor1 == "Protesters (Iraq)");
    CHECK(events[1].sub_event_type == "Peaceful protest");
    CHECK(events[1].location == "Basra");
}

TEST_CASE("absurd numbers are not stored") {
    const auto events = extract("A statement claimed 100000000000 soldiers were killed in clashes "
                                "in Sinjar on Monday.",
                                Date{2021, 1, 5});
    REQUIRE(events.size() == 1);
    CHECK(events[0].fatalities == 0);
}

TEST_CASE("an apposition or aside that says where a place lies does not replace it") {
    auto events = extract("A drone struck Tower 22, a small US base in north-eastern Jordan, on "
                          "Sunday, killing three soldiers.",
                          Date{2024, 1, 29});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Tower 22");
    CHECK(events[0].geo_precision == 1);
    CHECK(events[0].fatalities == 3);

    events = extract("Two fighters were killed on Wednesday when mortar shells fell on a "
                     "headquarters on the outskirts of Mandali, near the Iranian border east of "
                     "Baqubah, a local official said.",
                     Date{2021, 3, 24});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Mandali");
    CHECK(events[0].geo_precision == 2);
    CHECK(events[0].fatalities == 2);
}

TEST_CASE("lower-case designators belong to the name they follow") {
    const auto events =
        extract("Rockets were fired at US troops at the al-Omar oil field in eastern Syria on "
                "Monday. No one was hurt.",
                Date{2021, 6, 29});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Al-Omar Oil Field");
    CHECK(events[0].geo_precision == 1);
}

TEST_CASE("'between X and Y' is their midpoint whichever name scores higher") {
    const auto events = extract(
        "Earlier this month, a soldier was killed in clashes with an Islamic State cell in the "
        "villages between Mandali and Balad Ruz.",
        Date{2021, 3, 24});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location_text == "between Mandali and Balad Ruz");
    CHECK(events[0].geo_precision == 2);
    REQUIRE(events[0].longitude.has_value());
    CHECK(*events[0].longitude == doctest::Approx(45.32).epsilon(0.01));
}

TEST_CASE("funerals and hospitals are not where people were hit") {
    const auto events =
        extract("Mourners carried the coffin of a man killed in Wednesday's artillery strike on "
                "a resort in Duhok province during his funeral in Baghdad.",
                Date{2022, 7, 21});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location != "Baghdad");
    CHECK(events[0].admin1 == "Duhok Governorate");
}

TEST_CASE("states named in lists, as objects or by their institutions are not event places") {
    const auto events = extract(
        "A rocket attack killed a contractor at the K1 base near Kirkuk on Friday. Washington, "
        "London and the United Nations condemned the attack, and the US State Department urged "
        "Baghdad to find those responsible. Tehran has blamed the attack on Washington.",
        Date{2019, 12, 28});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "K-1 Air Base");
}

TEST_CASE("a party named after a place is no place") {
    const auto events = extract("A hand grenade was thrown at the office of the Taqaddum party in "
                                "Baghdad on Thursday night, wounding two guards.",
                                Date{2022, 1, 15});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Baghdad");
    CHECK(events[0].sub_event_type == "Grenade");
    CHECK(events[0].injuries == 2);
}

TEST_CASE("a sequel takes the date of the event told before it") {
    const auto events =
        extract("The escalation came on 21 November, when a ballistic missile hit Ain al-Asad, "
                "wounding eight people. Hours later, American aircraft struck two sites near Jurf "
                "al-Sakhar, killing eight fighters.",
                Date{2023, 12, 1});
    const auto* strike = at(events, "Jurf al-Sakhar");
    REQUIRE(strike != nullptr);
    CHECK(strike->event_date == Date{2023, 11, 21});
    CHECK(strike->fatalities == 8);
}

TEST_CASE("an area-wide summary of events told place by place is not an event") {
    const auto events =
        extract("Iranian missiles and drones struck the camps of Kurdish opposition parties in the "
                "Kurdistan Region on Wednesday, killing 13 people, officials said.\n\n"
                "In Koya, missiles hit the compound of an opposition party, killing 10 people.\n\n"
                "Drones also hit a camp in Zirgwez, killing three.",
                Date{2022, 9, 29});
    CHECK(at(events, "Kurdistan Region") == nullptr);
    const auto* koya = at(events, "Koya");
    const auto* zirgwez = at(events, "Zirgwez");
    REQUIRE(koya != nullptr);
    REQUIRE(zirgwez != nullptr);
    CHECK(koya->fatalities == 10);
    CHECK(zirgwez->fatalities == 3);
}

TEST_CASE("a lead event that names no place happened in the dateline's town") {
    auto events = extract("ERBIL - Several hundred teachers demonstrated in front of the regional "
                          "parliament on Monday to demand months of unpaid salaries.\n\n"
                          "Separately, a roadside bomb wounded two soldiers near Makhmour.",
                          Date{2023, 2, 7});
    REQUIRE(events.size() == 2);
    CHECK(events[0].event_type == "Protests");
    CHECK(events[0].sub_event_type == "Peaceful protest");
    CHECK(events[0].location == "Erbil");
    CHECK(events[0].geo_precision == 2);
    CHECK(events[1].location == "Makhmour");
    // A dateline abroad places nothing.
    events = extract("WASHINGTON - A rocket attack killed a contractor on Friday, officials said.",
                     Date{2019, 12, 28});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location.empty());
}

TEST_CASE("burning tyres is a protest, not arson") {
    const auto events =
        extract("On Saturday, young men in Basra closed several streets with burning tyres and "
                "gathered in front of the provincial council building.",
                Date{2020, 8, 16});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Protests");
    CHECK(events[0].location == "Basra");
}

TEST_CASE("live fire on protesters is excessive force, whatever else the clause says") {
    const auto events =
        extract("Security forces opened fire on protesters on a bridge in Basra on Thursday, "
                "killing at least 25 people and wounding more than 200, medics said.",
                Date{2019, 11, 29});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Protests");
    CHECK(events[0].sub_event_type == "Excessive force against protesters");
    CHECK(events[0].fatalities == 25);
    CHECK(events[0].injuries == 200);
}

TEST_CASE("a bare year dates only the words next to it") {
    auto events = extract("A court in Basra sentenced four men to death for a 2017 bombing in "
                          "the city that killed 12 people.",
                          Date{2020, 5, 20});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_date == Date{2017, 7, 1});
    CHECK(events[0].time_precision == 3);
    CHECK(events[0].background);
    // "cut in 2014" dates the cut, not the protest of the paragraph's day.
    events = extract("Thursday - Hundreds of students demonstrated in Basra to demand grants that "
                     "were cut in 2014.",
                     Date{2023, 6, 24});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_date == Date{2023, 6, 22});
}

TEST_CASE("idioms, forecasts, totals and trials are not events of the day") {
    // "in protest at" is a reason, not a demonstration.
    CHECK(extract("Lawmakers from Basra walked out of the session on Monday in protest at the "
                  "allocation for their province.",
                  Date{2022, 3, 1})
              .empty());
    // A forecast.
    CHECK(extract("Analysts expect clashes between the rival factions to spread to Basra by the "
                  "autumn.",
                  Date{2022, 8, 1})
              .empty());
    // A total over years, also when it only counts the dead.
    CHECK(extract("Since 2018, 45 civilians have been killed by leftover mines in Anbar, the "
                  "agency said.",
                  Date{2023, 5, 2})
              .empty());
    // A trial tells of a past crime, not of one on the day of the hearing.
    const auto events =
        extract("A court in Baghdad on Saturday sentenced a man to death for the killing of a "
                "researcher who was shot dead outside his home in Basra.",
                Date{2024, 2, 10});
    REQUIRE(events.size() == 1);
    CHECK(events[0].background);
    CHECK_FALSE(events[0].event_date.has_value());
}

TEST_CASE("a cue in an idiom leaves the clause's other cues their event") {
    const auto events =
        extract("Thousands of supporters of a militia broke into the compound of the US embassy in "
                "Baghdad on Tuesday, setting fires and hurling stones, in protest at American air "
                "strikes.",
                Date{2019, 12, 31});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Riots");
    CHECK(events[0].location == "Baghdad");
}

TEST_CASE("the X-Y road is placed between X and Y") {
    const auto events = extract("A drone struck a vehicle on the Sinjar-Makhmour road on "
                                "Sunday afternoon, killing two men.",
                                Date{2021, 7, 5});
    REQUIRE(events.size() == 1);
    CHECK(events[0].geo_precision == 2);
    CHECK(events[0].location_text == "Sinjar-Makhmour road");
    REQUIRE(events[0].latitude.has_value());
    CHECK(*events[0].latitude == doctest::Approx(36.07).epsilon(0.01));
}

TEST_CASE("a governorate in brackets after an unknown name places at the governorate's level") {
    const auto events = extract("On 9 February 2022, militants attacked a checkpoint in Albu "
                                "Hayazi village (Kirkuk), killing 1 PMF member.",
                                Date{2022, 2, 10});
    REQUIRE(events.size() == 1);
    CHECK(events[0].geo_precision == 3);
    CHECK(events[0].fatalities == 1);
}

TEST_CASE("a list of towns is a list, and 'where' hangs on the last of them") {
    const auto events = extract(
        "Smaller demonstrations took place peacefully in Basra, Kirkuk and Erbil, where the "
        "activist Salim Haddad was shot dead earlier this month.",
        Date{2021, 5, 26});
    REQUIRE(events.size() == 4);
    CHECK(at(events, "Basra") != nullptr);
    CHECK(at(events, "Kirkuk") != nullptr);
    int in_erbil = 0;
    for (const auto& e : events) {
        if (e.location == "Erbil") {
            ++in_erbil;
            if (e.event_type == "Violence against civilians") {
                CHECK(e.sub_event_type == "Attack");
                CHECK(e.fatalities == 1);
                CHECK(e.background);
            }
        }
    }
    CHECK(in_erbil == 2);
}

TEST_CASE("IS militants attacking is an event, not a present-tense statement") {
    const auto events = extract("On 3 May 2023, IS militants attacked a shepherd near Makhmour, "
                                "killing him.",
                                Date{2023, 5, 5});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Violence against civilians");
    CHECK(events[0].fatalities == 1);
    CHECK(events[0].event_date == Date{2023, 5, 3});
}

TEST_CASE("supporters storming a building is a riot") {
    const auto events = extract("On 29 August 2022, supporters of the cleric stormed the "
                                "governorate building in Basra. No casualties were reported.",
                                Date{2022, 8, 30});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Riots");
    CHECK(events[0].location == "Basra");
}

TEST_CASE("a world-gazetteer place far from the article's country needs its country named") {
    // (The made-up gazetteer's ids are below the embedded range, like a GeoNames dump's.)
    auto events = extract("Rockets hit Baghdad International Airport on Friday. Separately, a "
                          "drone struck a car near Uman, killing two.",
                          Date{2020, 1, 4});
    CHECK(at(events, "Uman") == nullptr);
    events = extract("Rockets hit Baghdad International Airport on Friday. Separately, a "
                     "drone struck a car near Uman in Ukraine, killing two.",
                     Date{2020, 1, 4});
    CHECK(at(events, "Uman") != nullptr);
}

TEST_CASE("non-violent attacks, protest tents and a province after 'area of'") {
    // A heart attack is no attack.
    auto events = extract("At least ten rockets hit Ain al-Asad air base on Wednesday morning. A "
                          "contractor died of a heart attack while sheltering.",
                          Date{2021, 3, 3});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Ain al-Asad Air Base");
    // "set fire to protest tents" is no purpose clause.
    events = extract("Masked men set fire to protest tents in Basra overnight, and one protester "
                     "was shot dead, medics said.",
                     Date{2020, 2, 1});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Basra");
    CHECK(events[0].fatalities == 1);
    // "the X area of Anbar": the province, not a comparison.
    events = extract("A militant was killed during a security operation in the Wadi Houran area "
                     "of Anbar on Monday.",
                     Date{2022, 4, 12});
    REQUIRE(events.size() == 1);
    CHECK(events[0].geo_precision == 3);
    CHECK(events[0].admin1 == "Anbar");
}

TEST_CASE("a roundup's paragraph labels place their paragraphs' events") {
    const auto events = extract(
        "ANBAR - A roadside bomb wounded two soldiers near Hit on Monday morning.\n\n"
        "ERBIL - Several hundred teachers demonstrated in front of the regional parliament on "
        "Monday to demand unpaid salaries.\n\n"
        "KIRKUK - Gunmen opened fire on a police checkpoint on Sunday night, killing one "
        "policeman.",
        Date{2023, 2, 7});
    REQUIRE(events.size() == 3);
    CHECK(events[0].location == "Hit"); // a place in the text beats the label
    CHECK(events[1].event_type == "Protests");
    CHECK(events[1].location == "Erbil");
    CHECK(events[1].geo_precision == 1);
    CHECK(events[2].location == "Kirkuk");
    CHECK(events[2].fatalities == 1);
}

TEST_CASE("a drone launched at a target is an air/drone strike, a drone programme is not") {
    auto events = extract("On Monday, militants launched a drone at Erbil International Airport. "
                          "No casualties were reported.",
                          Date{2023, 11, 25});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Air/drone strike");
    CHECK(events[0].location == "Erbil International Airport");
    events = extract("Iran launched a drone programme in Tehran in 2015.", Date{2023, 11, 25});
    CHECK(events.empty());
}

TEST_CASE("a leader's supporters do not make his name a place") {
    std::string why;
    const auto events = extract("On 29 August 2022, Sadr supporters stormed the governorate "
                                "building in Basra. No casualties were reported.",
                                Date{2022, 8, 30}, &why);
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Riots");
    CHECK(events[0].location == "Basra");
    // (The bare name is a person's unless a locative word puts something in it: no toponym.)
    CHECK(why.find("toponym 'Sadr'") == std::string::npos);
    CHECK(why.find("place Basra") != std::string::npos);
}

TEST_CASE("a total over a period is no event, whether the period comes first or last") {
    auto events = extract("Activists say that more than 500 protesters have been killed across "
                          "Iraq since the start of the movement.",
                          Date{2020, 8, 15});
    CHECK(events.empty());
    events = extract("Since 2018, 45 civilians have been killed by leftover mines in Anbar.",
                     Date{2020, 8, 15});
    CHECK(events.empty());
    // A dated killing with "since" elsewhere in the sentence is still one.
    events = extract("Two policemen were killed in Kirkuk on Friday, the deadliest attack since "
                     "March.",
                     Date{2020, 8, 15});
    REQUIRE(events.size() == 1);
    CHECK(events[0].fatalities == 2);
}

TEST_CASE("a controlled detonation is no attack, and the road to a city is not the city") {
    auto events = extract("The explosions heard by residents of Hit on Tuesday were part of a "
                          "controlled detonation of old ordnance, the army said.",
                          Date{2020, 1, 22});
    CHECK(events.empty());
    events = extract("A bomb exploded outside a restaurant near the road to Baghdad on Friday, "
                     "wounding four people.",
                     Date{2018, 11, 10});
    REQUIRE(events.size() == 1);
    CHECK(events[0].injuries == 4);
    CHECK(events[0].location != "Baghdad");
}

TEST_CASE("an event told as separate is not merged into the one before") {
    auto events = extract("Two militants were killed in a clash with police in Kirkuk on Monday, "
                          "the ministry said. It also said a soldier was killed in a separate "
                          "clash at the K1 military base on Monday.",
                          Date{2024, 3, 12});
    REQUIRE(events.size() == 2);
    CHECK(events[0].location == "Kirkuk");
    CHECK(events[0].fatalities == 2);
    CHECK(events[1].location == "K-1 Air Base");
    CHECK(events[1].fatalities == 1);
    // Without the word, the second sentence goes on with the same clash.
    events = extract("Two militants were killed in a clash with police in Kirkuk on Monday. The "
                     "attackers also wounded a policeman.",
                     Date{2024, 3, 12});
    REQUIRE(events.size() == 1);
}

TEST_CASE("'the base' and 'the camp' point back to the site named just before") {
    auto events = extract("Contractors were evacuated from Ain al-Asad air base on Sunday after a "
                          "drone struck the base, wounding two soldiers.",
                          Date{2024, 6, 10});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Ain al-Asad Air Base");
    CHECK(events[0].injuries == 2);
    // A part of the site ("the base's fence") is no pointer of its own.
    events = extract("Air defences at Ain al-Asad air base shot down a drone on Sunday. Debris "
                     "hit the base's outer fence.",
                     Date{2024, 6, 10});
    CHECK(events.size() == 1);
}

TEST_CASE("a list of places with their own qualifiers is still a list") {
    const auto events = extract("US aircraft struck targets near Ramadi in Anbar and near Sinjar "
                                "in Iraq on Friday, officials said.",
                                Date{2024, 2, 5});
    REQUIRE(events.size() == 2);
    CHECK(at(events, "Ramadi") != nullptr);
    CHECK(at(events, "Sinjar") != nullptr);
}

TEST_CASE("'the X area, south-west of Kirkuk' places the event in X") {
    const auto events = extract("An IED exploded targeting a patrol in the Wadi al-Shay area, "
                                "south-west of Kirkuk, on Friday, wounding a policeman.",
                                Date{2024, 2, 5});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Wadi al-Shay");
    CHECK(events[0].injuries == 1);
}

TEST_CASE("gunmen killing villagers with no weapon named is an attack on civilians") {
    const auto events = extract("Gunmen killed a farmer and his two sons near Baquba on Thursday.",
                                Date{2024, 2, 5});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Violence against civilians");
    CHECK(events[0].sub_event_type == "Attack");
    CHECK(events[0].fatalities == 3);
    CHECK(events[0].actor2.find("Civilians") != std::string::npos);
    CHECK(events[0].actor2.find("Unidentified") == std::string::npos);
}

TEST_CASE("captives found dead: the killing on the day they are found, the abduction apart") {
    const auto events = extract(
        "The bodies of six men who had been kidnapped by gunmen last week were found on Tuesday "
        "in an orchard near Basra, police said.",
        Date{2021, 5, 7});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Violence against civilians");
    CHECK(events[0].sub_event_type == "Attack");
    CHECK(events[0].fatalities == 6);
    CHECK(events[0].event_date == Date{2021, 5, 4});

    const auto two = extract(
        "Gunmen kidnapped three shepherds near Sinjar on Monday, and the bodies of two of them "
        "were found on Wednesday outside the town, officials said.",
        Date{2021, 5, 7});
    REQUIRE(two.size() == 2);
    CHECK(two[0].sub_event_type == "Abduction/forced disappearance");
    CHECK(two[0].event_date == Date{2021, 5, 3});
    CHECK(two[0].fatalities == 0);
    CHECK(two[1].sub_event_type == "Attack");
    CHECK(two[1].event_date == Date{2021, 5, 5});
    CHECK(two[1].fatalities == 2);
}

TEST_CASE("force used on a rally in the next sentence is the same protest, met with force") {
    const auto events = extract(
        "Hundreds of graduates rallied outside the provincial council in Basra on Tuesday to "
        "demand jobs, blocking the main road.\n\n"
        "Police used water cannon and batons to disperse the crowd, and at least 14 "
        "demonstrators were hurt, a health official said.\n\n"
        "In Baghdad, dozens of residents of the Karrada district protested against power cuts on "
        "the same day without incident.",
        Date{2022, 3, 14});
    REQUIRE(events.size() == 2);
    CHECK(events[0].location == "Basra");
    CHECK(events[0].sub_event_type == "Protest with intervention");
    CHECK(events[0].injuries == 14);
    CHECK(events[0].event_date == Date{2022, 3, 8});
    CHECK(events[1].location == "Baghdad");
    CHECK(events[1].sub_event_type == "Peaceful protest");
    CHECK(events[1].injuries == 0);
}

TEST_CASE("allies in an aside are neither side: the subject acts, its object is the target") {
    const auto events = extract(
        "Iraqi troops, backed by coalition aircraft, killed nine Islamic State fighters in an "
        "operation near Sinjar on Monday, the army said.",
        Date{2022, 3, 14});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Battles");
    CHECK(events[0].actor1 == "Military Forces of Iraq");
    CHECK(events[0].actor2 == "Islamic State (Iraq)");
    CHECK(events[0].fatalities == 9);
}

TEST_CASE("near the town of X is near X") {
    const auto events = extract("A drone struck a car near the town of Sinjar on Tuesday evening, "
                                "killing three fighters, a source said.",
                                Date{2022, 6, 16});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Sinjar");
    CHECK(events[0].geo_precision == 2);
    CHECK(events[0].location_text == "near the town of Sinjar");
}

TEST_CASE("'on the same day' dates an event by the one just told") {
    const auto events =
        extract("A drone struck a car near Sinjar on Tuesday evening, killing three fighters.\n\n"
                "On the same day, artillery shelled the outskirts of Mandali, wounding a farmer.",
                Date{2022, 6, 16});
    REQUIRE(events.size() == 2);
    CHECK(events[0].event_date == Date{2022, 6, 14});
    CHECK(events[1].location == "Mandali");
    CHECK(events[1].event_date == Date{2022, 6, 14});
    CHECK(events[1].time_precision == 1);
}

TEST_CASE("a crowd that protests and riots in one place on one day is one riot") {
    const auto events = extract(
        "Protesters in Basra set fire to the headquarters of a political party on Friday.\n\n"
        "In Baghdad, hundreds rallied in a square, and in Ramadi protesters blocked roads.\n\n"
        "Police in Basra fired tear gas to disperse the crowd outside the burning building.",
        Date{2022, 6, 17});
    REQUIRE(events.size() == 3);
    CHECK(events[0].location == "Basra");
    CHECK(events[0].event_type == "Riots");
    CHECK(events[0].actor2 == "Police Forces of Iraq");
    CHECK(events[1].location == "Baghdad");
    CHECK(events[2].location == "Ramadi");
}

TEST_CASE("the motive's dead are its own, and 'X in northern Country, where' is X") {
    const auto events = extract(
        "Mourners marched after funerals for fighters killed near Sinjar in northern Iraq, where "
        "jets struck their bases on Sunday in retaliation for a rocket attack that killed a "
        "contractor on Friday.",
        Date{2019, 12, 31});
    const EventRecord* strike = nullptr;
    const EventRecord* rockets = nullptr;
    for (const auto& e : events) {
        if (e.sub_event_type == "Air/drone strike") {
            strike = &e;
        } else if (e.sub_event_type == "Shelling/artillery/missile attack") {
            rockets = &e;
        }
    }
    REQUIRE(strike != nullptr);
    REQUIRE(rockets != nullptr);
    CHECK(strike->location == "Sinjar");
    CHECK(strike->event_date == Date{2019, 12, 29});
    CHECK(rockets->fatalities == 1);
    CHECK(rockets->event_date == Date{2019, 12, 27});
}

TEST_CASE("the strikes a crowd protests at are their own event, with their own dead") {
    const auto events = extract(
        "Thousands of supporters of a militia broke into the compound of the US embassy in "
        "Baghdad on Tuesday, setting fires and hurling stones, in protest at American air strikes "
        "that killed 25 of the group's fighters at the weekend.",
        Date{2019, 12, 31});
    REQUIRE(events.size() == 2);
    CHECK(events[0].event_type == "Riots");
    CHECK(events[0].fatalities == 0);
    CHECK(events[0].event_date == Date{2019, 12, 31});
    CHECK(events[1].sub_event_type == "Air/drone strike");
    CHECK(events[1].fatalities == 25);
}

TEST_CASE("a lone victim told first and the whole toll of 'the attack' later are one event") {
    const auto events = extract(
        "Mourners carry the coffin of a man killed in Wednesday's artillery strike on a resort "
        "near Sinjar.\n\n"
        "Nine tourists were killed and 23 wounded in the attack, which the government blamed on "
        "the militants.",
        Date{2022, 7, 21});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Sinjar");
    CHECK(events[0].fatalities == 9);
    CHECK(events[0].injuries == 23);
}

TEST_CASE("a reaction to the attack is no event and its places are the speakers'") {
    const auto events = extract(
        "Two people were wounded when a bomb went off near a market in Ramadi on Saturday.\n\n"
        "The governor condemned the attack, and officials in Baghdad called for an inquiry.",
        Date{2022, 6, 16});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Ramadi");
    CHECK(events[0].injuries == 2);
}

TEST_CASE("'from' far from a launch verb is no launch site") {
    const auto events = extract("Security forces shot dead at least 25 people on Thursday as they "
                                "cleared protesters from bridges in the southern city of Basra.",
                                Date{2019, 11, 28});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Basra");
    const auto launched =
        extract("Two rockets fired from Ramadi struck a base on Friday.", Date{2019, 11, 28});
    for (const auto& e : launched) {
        CHECK(e.location != "Ramadi");
    }
}

TEST_CASE("a site inside a town, told right after an event in that town, is in that town") {
    const auto events = extract(
        "Gunmen shot dead an activist inside his office in Basra on Friday evening.\n\n"
        "On Saturday, his colleagues closed several streets with burning tyres and gathered in "
        "front of the provincial council building.\n\n"
        "In Qalat Sukkar, protesters set fire to the entrance of the city hall.",
        Date{2020, 8, 16});
    REQUIRE(events.size() == 3);
    CHECK(events[0].location == "Basra");
    CHECK(events[1].event_type == "Protests");
    CHECK(events[1].location == "Basra");
    CHECK(events[1].event_date == Date{2020, 8, 15});
    // A town the gazetteer does not know is still another town.
    CHECK(events[2].location.empty());
}

TEST_CASE("a town site with no event in the town before is in the dateline's town") {
    const auto events =
        extract("BASRA, Iraq - Militants opened fire on a checkpoint near Ramadi on Friday night, "
                "killing a policeman.\n\n"
                "Officials blamed the Islamic State group.\n\n"
                "On Monday, police used water cannon to disperse several hundred students who had "
                "gathered in front of the provincial government building to protest.",
                Date{2020, 11, 24});
    REQUIRE(events.size() == 2);
    CHECK(events[1].event_type == "Protests");
    CHECK(events[1].location == "Basra");
    CHECK(events[1].geo_precision == 1);
}

TEST_CASE("a killing of civilians with no weapon named keeps no weapon from the article") {
    const auto events = extract(
        "A roadside bomb wounded two soldiers near Ramadi on Monday.\n\n"
        "Another roadside bomb struck a patrol near Basra on Tuesday, wounding an officer.\n\n"
        "On Wednesday, gunmen killed a shepherd in the desert near Sinjar.",
        Date{2021, 10, 18});
    REQUIRE(events.size() == 3);
    CHECK(events[2].location == "Sinjar");
    CHECK(events[2].event_type == "Violence against civilians");
    CHECK(events[2].sub_event_type == "Attack");
}

TEST_CASE("in a weekly roundup the report's own weekday is last week's") {
    const auto events =
        extract("Weekly security roundup\n\n"
                "The past week saw several incidents.\n\n"
                "Monday: Two soldiers were wounded by a roadside bomb near Ramadi.\n"
                "Wednesday: Gunmen killed a shepherd near Sinjar.",
                Date{2021, 10, 18}); // a Monday
    REQUIRE(events.size() == 2);
    CHECK(events[0].event_date == Date{2021, 10, 11});
    CHECK(events[1].event_date == Date{2021, 10, 13});
    // Outside a roundup, "Monday" in Monday's paper is today.
    const auto today = extract(
        "Two soldiers were wounded by a roadside bomb near Ramadi on Monday.", Date{2021, 10, 18});
    REQUIRE(today.size() == 1);
    CHECK(today[0].event_date == Date{2021, 10, 18});
}

TEST_CASE("an explosion heard and the drone shot down there are one event") {
    const auto events = extract(
        "#BREAKING: Explosion heard near #Erbil airport, local sources say.\n\n"
        "UPDATE: Security officials say a drone was shot down near the airport perimeter. No "
        "casualties.",
        Date{2022, 3, 2});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Disrupted weapons use");
    CHECK(events[0].location == "Erbil International Airport");
}

TEST_CASE("a rumour said to be false is no event, a fronted year dates its clause") {
    const auto rumour = extract("Claims circulating on social media that a car bomb exploded in "
                                "Baghdad on Wednesday are false, the security media cell said.",
                                Date{2021, 6, 10});
    CHECK(rumour.empty());
    const auto fronted = extract("Voters in Basra will choose among 140 candidates on Sunday.\n\n"
                                 "In the 2018 election, a rocket struck near a polling station "
                                 "in Ramadi without causing casualties.",
                                 Date{2021, 10, 8});
    REQUIRE(fronted.size() == 1);
    CHECK(fronted[0].background);
    REQUIRE(fronted[0].event_date.has_value());
    CHECK(fronted[0].event_date->year == 2018);
}

TEST_CASE("'N years since X' dates X, not the caption's date after it") {
    const auto events = extract("Women light candles during a ceremony marking five years since "
                                "the militants overran Sinjar, Aug. 3, 2019.",
                                Date{2019, 8, 4});
    REQUIRE(events.size() == 1);
    REQUIRE(events[0].event_date.has_value());
    CHECK(events[0].event_date->year == 2014);
    CHECK(events[0].background);
}

TEST_CASE("an unknown village in a report datelined from its town, and a year before 'when'") {
    const auto events = extract(
        "SINJAR, Iraq - The road still passes houses flattened in 2015, when Kurdish forces "
        "backed by air strikes drove the militants out of the town.\n\n"
        "Residents say they fear a new war, and officials in Baghdad have promised help.\n\n"
        "On Tuesday, a drone struck a vehicle near the village of Khanasor, killing two "
        "fighters, local officials said.",
        Date{2023, 5, 18});
    REQUIRE(events.size() == 2);
    REQUIRE(events[0].event_date.has_value());
    CHECK(events[0].event_date->year == 2015);
    CHECK(events[0].background);
    CHECK(events[1].location == "Sinjar");
    CHECK(events[1].geo_precision == 2);
    CHECK(events[1].event_date == Date{2023, 5, 16});
}

TEST_CASE("an intention told after the event does not cancel it, and 'against X' is the target") {
    const auto events = extract(
        "Turkish forces neutralised 5 PKK militants who were preparing an attack near Sinjar, the "
        "ministry said on Sunday.",
        Date{2022, 6, 20});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Sinjar");
    CHECK(events[0].actor1 == "Military Forces of Turkey");
    const auto launched = extract("Turkey launched an offensive on Monday against PKK targets near "
                                  "Sinjar with air strikes, the minister said.",
                                  Date{2022, 4, 19});
    REQUIRE(launched.size() == 1);
    CHECK(launched[0].actor1 == "Military Forces of Turkey");
    CHECK(launched[0].actor2 == "PKK: Kurdistan Workers' Party");
    const auto threat =
        extract("Ankara warned it would launch air strikes near Sinjar.", Date{2022, 4, 19});
    CHECK(threat.empty());
}

TEST_CASE("houses burned in a nearby village on another day are their own event, near the first") {
    const auto events = extract("Gunmen killed three farmers near Baqubah on Thursday evening, "
                                "officials said.\n\n"
                                "Earlier this month, militants burned two houses in a nearby "
                                "village.",
                                Date{2020, 5, 22});
    REQUIRE(events.size() == 2);
    CHECK(events[1].sub_event_type == "Looting/property destruction");
    CHECK(events[1].location == "Baqubah");
    CHECK(events[1].geo_precision == 2);
    CHECK(events[1].background);
    CHECK(events[1].time_precision == 3);
}

TEST_CASE("'the next morning' is the day after the event just told") {
    const auto events = extract(
        "Gunmen attacked a checkpoint near Baqubah on Tuesday evening, killing two policemen.\n\n"
        "The next morning, angry residents set fire to houses in a nearby village.",
        Date{2021, 10, 28});
    REQUIRE(events.size() == 2);
    CHECK(events[0].event_date == Date{2021, 10, 26});
    CHECK(events[1].sub_event_type == "Looting/property destruction");
    CHECK(events[1].event_date == Date{2021, 10, 27});
    CHECK(events[1].location == "Baqubah");
}

TEST_CASE("a monthly roundup's dated incidents are its news, not background") {
    const auto events = extract("Monthly security roundup: April 2022\n\n"
                                "3 April - A roadside bomb wounded two soldiers near Ramadi.\n"
                                "28 April - Rockets fell near Baghdad without casualties.",
                                Date{2022, 5, 9});
    REQUIRE(events.size() == 2);
    CHECK(events[0].event_date == Date{2022, 4, 3});
    CHECK_FALSE(events[0].background);
    CHECK_FALSE(events[1].background);
}

TEST_CASE("a rising death toll and a claim for 'the bombing' are the same suicide attack") {
    const auto events = extract(
        "A suicide bomber blew himself up at a crowded market in Baghdad on Thursday, killing at "
        "least five people and wounding 20, police said.\n\n"
        "By evening, the death toll had risen to 18, medical sources said, with more than 40 "
        "wounded.\n\n"
        "Islamic State claimed responsibility for the bombing in a statement.",
        Date{2021, 7, 20});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Suicide bomb");
    CHECK(events[0].fatalities == 18);
    CHECK(events[0].injuries == 40);
    CHECK(events[0].actor1 == "Islamic State (Iraq)");
    CHECK(events[0].actor1_attribution == "claim");
}

TEST_CASE("where bombers were flown from is no event place") {
    const auto events = extract(
        "Central Command forces conducted airstrikes in Iraq on Friday against militia groups. "
        "Forces struck more than 85 targets, with numerous aircraft to include long-range "
        "bombers flown from the United States.",
        Date{2024, 2, 3});
    for (const auto& e : events) {
        CHECK(e.country_code != "US");
    }
}

TEST_CASE("'by suspected Islamic State militants' names the suspected attacker") {
    const auto events = extract("A policeman was killed and another wounded in an attack by "
                                "suspected Islamic State militants on a checkpoint west of Ramadi "
                                "late on Saturday, police said.",
                                Date{2020, 3, 15});
    REQUIRE(events.size() == 1);
    CHECK(events[0].actor1 == "Islamic State (Iraq)");
    CHECK(events[0].actor1_attribution == "suspicion");
    CHECK(events[0].fatalities == 1);
    CHECK(events[0].injuries == 1);
}

TEST_CASE("a headline's present tense 'Gunmen kill five shepherds' makes the gunmen the doers") {
    io::Article a;
    a.id = "t";
    a.title = "Gunmen kill five shepherds near Sinjar";
    a.text = "Gunmen kill five shepherds near Sinjar\n\nSINJAR, Iraq (Wire) - Gunmen killed five "
             "shepherds and stole their sheep in a desert area near Sinjar on Monday, a local "
             "official said.";
    a.published = Date{2019, 5, 20};
    const auto events = Extractor(gazetteer(), nullptr).extract(a).events;
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Violence against civilians");
    CHECK(events[0].actor2 == "Civilians (Iraq)");
    CHECK(events[0].fatalities == 5);
}

TEST_CASE("who tells of no casualties is not the victim") {
    const auto events = extract("A rocket was fired into Baghdad on Sunday night but caused no "
                                "casualties, the Iraqi military said.",
                                Date{2019, 5, 20});
    REQUIRE(events.size() == 1);
    CHECK(events[0].actor2.empty());
    CHECK(events[0].fatalities == 0);
}

TEST_CASE("a toll counted 'since the start of the protests' is no protest of its own") {
    const auto events =
        extract("Rioters burned a party office in Basra on Friday. The rights commission said "
                "the death toll since the start of the protests on 1 October had passed 150.",
                Date{2019, 10, 26});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Violent demonstration");
    CHECK_FALSE(events[0].background);
    REQUIRE(events[0].event_date);
    CHECK(*events[0].event_date == Date{2019, 10, 25});
}

TEST_CASE("tear gas that kills protesters is excessive force, a demand for justice is no event") {
    auto events = extract("Police fired tear gas canisters at protesters in Baghdad on Friday, "
                          "killing two and wounding 20, medics said.",
                          Date{2019, 10, 26});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Excessive force against protesters");
    CHECK(events[0].fatalities == 2);

    events = extract("Police fired tear gas at protesters in Baghdad on Tuesday, wounding 12, as "
                     "thousands rallied to demand accountability for the killing of activists.",
                     Date{2021, 5, 26});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Protest with intervention");
    CHECK(events[0].fatalities == 0);
    CHECK(events[0].injuries == 12);
}

TEST_CASE("a headline-style 'X claims attack' line refers back to the attack told") {
    const auto events = extract("#BREAKING: Rockets hit a military base near Ramadi on Sunday.\n"
                                "UPDATE: Kataib Hezbollah claims attack.",
                                Date{2024, 1, 21});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Shelling/artillery/missile attack");
    CHECK(events[0].actor1 == "Kataib Hezbollah");
    CHECK(events[0].actor1_attribution == "claim");
}

TEST_CASE("a suicide belt seized in a raid is no suicide bombing") {
    const auto events = extract("Police raided a hideout near Ramadi on Sunday. A suicide belt "
                                "and two rifles were seized.",
                                Date{2021, 3, 15});
    for (const auto& e : events) {
        CHECK(e.sub_event_type != "Suicide bomb");
        CHECK(e.event_type != "Explosions/Remote violence");
    }
}

TEST_CASE("', and the same month' starts another event dated like the one before") {
    const auto events = extract("A drone hit a base near Baghdad in April, wounding a soldier, "
                                "and the same month a rocket barrage struck a base near Ramadi.",
                                Date{2021, 6, 28});
    REQUIRE(events.size() == 2);
    CHECK(events[1].location == "Ramadi");
    CHECK(events[1].sub_event_type == "Shelling/artillery/missile attack");
    REQUIRE(events[1].event_date);
    CHECK(events[1].event_date->month == 4);
    CHECK(events[1].time_precision == 3);
    CHECK(events[1].background);
}

TEST_CASE("'on the same base' places an earlier attack where the event just told was") {
    const auto events =
        extract("Two rockets fell inside a base near Ramadi on Tuesday without causing "
                "casualties, police said.\n\nLast Wednesday, a barrage of rockets on the same "
                "base killed three soldiers, prompting air strikes on militia depots.",
                Date{2020, 3, 17});
    REQUIRE(events.size() >= 2);
    CHECK(events[1].location == "Ramadi");
    CHECK(events[1].location_text == "the same base");
    CHECK(events[1].fatalities == 3);
    for (std::size_t i = 2; i < events.size(); ++i) {
        CHECK(events[i].location_text != "the same base"); // not the strikes it prompted
    }
}

TEST_CASE("gunmen killing a tribal sheikh or a cleric attack civilians") {
    for (const char* victim : {"a tribal sheikh", "a Sunni cleric", "two fishermen"}) {
        CAPTURE(victim);
        const auto events = extract(std::string("Unidentified gunmen shot and killed ") + victim +
                                        " near Baghdad on Tuesday, police said.",
                                    Date{2022, 2, 10});
        REQUIRE(events.size() == 1);
        CHECK(events[0].event_type == "Violence against civilians");
        CHECK(events[0].actor2 == "Civilians (Iraq)");
    }
}

TEST_CASE("'the attack drew condemnation from Washington' is a reaction, not an event there") {
    const auto events =
        extract("A rocket fell on a house in Baghdad on Monday, killing five women and children "
                "from one family, the military said. The attack drew condemnation from "
                "Washington and the United Nations.",
                Date{2020, 9, 29});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Baghdad");
    CHECK(events[0].fatalities == 5); // "five women and children" is one group of five
}

TEST_CASE("hospitals 'in Duhok and Basra' are where the wounded went, both of them") {
    const auto events = extract("Four soldiers were killed in an ambush near Sinjar on Friday. "
                                "The wounded were taken to hospitals in Duhok and Basra.",
                                Date{2022, 3, 14});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Sinjar");
    CHECK(events[0].fatalities == 4);
}

TEST_CASE("in a roundup by province, an event in an unknown village takes the section's province") {
    const auto events =
        extract("Monthly security overview: March 2019\n\n"
                "Anbar: On 3 March, gunmen killed a farmer near Ramadi. On 19 March, unknown "
                "gunmen abducted two men from Albu Tiban.\n\n"
                "Duhok: On 9 March, a landmine wounded a shepherd near Sinjar.",
                Date{2019, 4, 15});
    REQUIRE(events.size() == 3);
    CHECK(events[1].sub_event_type == "Abduction/forced disappearance");
    CHECK(events[1].location == "Anbar");
    CHECK(events[1].geo_precision == 3);
    for (const auto& e : events) {
        CHECK_FALSE(e.background); // a monthly roundup reports its month's incidents
    }
}

TEST_CASE("the anchor of 'the worst since ...' is an event only when the text places it") {
    auto events = extract("Gunmen opened fire on protesters in Baghdad on Friday, killing 20. "
                          "The attack was one of the deadliest since protests began in October. "
                          "The fighting in Sinjar on Sunday was the worst since 2017.",
                          Date{2019, 12, 7});
    for (const auto& e : events) {
        CAPTURE(e.location);
        REQUIRE(e.event_date);
        CHECK(e.event_date->year == 2019); // nothing dated by "since 2017"
        CHECK(e.event_date->month == 12);  // nor by "since protests began in October"
    }
    events = extract("Rockets hit a base near Sinjar on Friday, killing two soldiers. It was the "
                     "deadliest attack on the troops since a rocket attack on a base near Ramadi "
                     "on Dec. 27 that killed a contractor.",
                     Date{2020, 1, 5});
    REQUIRE(events.size() == 2);
    CHECK(events[1].location == "Ramadi");
    CHECK(events[1].event_date == Date{2019, 12, 27});
    CHECK(events[1].fatalities == 1);
}

TEST_CASE("'the attack came hours after gunmen killed two farmers near X' is a second event") {
    const auto events = extract("Militants attacked an army post near Sinjar late on Sunday, "
                                "killing three soldiers. The attack came hours after gunmen "
                                "killed two farmers near Ramadi, officials said.",
                                Date{2021, 9, 6});
    REQUIRE(events.size() == 2);
    CHECK(events[0].location == "Sinjar");
    CHECK(events[0].fatalities == 3);
    CHECK(events[1].location == "Ramadi");
    CHECK(events[1].fatalities == 2);
    CHECK(events[1].event_type == "Violence against civilians");
    CHECK(events[1].event_date == Date{2021, 9, 5}); // hours apart: the same day
}

TEST_CASE("'Islamic State (ISIS) militants' are Islamic State, past the bracketed gloss") {
    const auto events = extract("Islamic State (ISIS) militants attacked army positions near "
                                "Sinjar on Sunday, killing three soldiers.",
                                Date{2021, 9, 6});
    REQUIRE(events.size() == 1);
    CHECK(events[0].actor1 == "Islamic State (Iraq)");
}

TEST_CASE("'X on Saturday and Y on Sunday' is one event per place, each with its own day") {
    const auto events = extract("Rockets hit a base near Ramadi on Saturday and Sinjar on "
                                "Sunday, causing no casualties.",
                                Date{2021, 5, 10});
    std::optional<Date> ramadi, sinjar;
    for (const auto& e : events) {
        if (e.location == "Ramadi") {
            ramadi = e.event_date;
        }
        if (e.location == "Sinjar") {
            sinjar = e.event_date;
        }
    }
    CHECK(ramadi == Date{2021, 5, 8});
    CHECK(sinjar == Date{2021, 5, 9});
}

TEST_CASE("'US forces struck targets' is an air strike, 'neither attack' refers back") {
    const auto events = extract("US forces struck 85 targets near Ramadi on Friday, killing 16 "
                                "people. Rockets hit Baghdad on Saturday; neither attack was "
                                "claimed.",
                                Date{2024, 2, 4});
    REQUIRE(events.size() == 2);
    CHECK(events[0].sub_event_type == "Air/drone strike");
    CHECK(events[0].actor1 == "Military Forces of the United States");
    CHECK(events[1].location == "Baghdad");
}

TEST_CASE("a gas heater that exploded by accident is no conflict event") {
    const auto events = extract("A fire broke out in a tent at a camp near Sinjar on Thursday "
                                "after a gas heater exploded, killing a child.",
                                Date{2019, 3, 22});
    CHECK(events.empty());
}

TEST_CASE("what a video is said to show is no event") {
    const auto events = extract("Claims that jets bombed Baghdad on Friday are false, officials "
                                "said. A separate video said to show clashes in Basra was filmed "
                                "years ago.",
                                Date{2023, 3, 26});
    for (const auto& e : events) {
        CHECK(e.location != "Basra");
    }
}

TEST_CASE("'The ambush, on the evening of Oct. 14,' dates the ambush told before") {
    const auto events = extract("Militants ambushed a police patrol near Sinjar, killing four "
                                "policemen. The ambush, on the evening of Oct. 14, was the third "
                                "this month.",
                                Date{2021, 10, 22});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_date == Date{2021, 10, 14});
    CHECK(events[0].fatalities == 4);
}

TEST_CASE("'launched an operation ..., arresting six suspects' is an arrest, and a verb is no "
          "definite reference") {
    const auto events = extract("On Tuesday, the army launched an operation near Ramadi, "
                                "arresting six suspects.",
                                Date{2021, 10, 22});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Arrests");
    CHECK(events[0].location == "Ramadi");
}

TEST_CASE("'airlifted into the area' takes the place just named, 'search the area' does not") {
    auto events = extract("Turkey launched an operation against the PKK near Sinjar overnight. "
                          "Drones struck shelters and caves, and commandos were airlifted into "
                          "the area.",
                          Date{2022, 4, 20});
    REQUIRE(events.size() == 1);
    CHECK(events[0].location == "Sinjar");
    // (The launch itself is told "near Sinjar", which the strikes merge with.)
    CHECK(events[0].location_text == "near Sinjar");
    CHECK(events[0].sub_event_type == "Air/drone strike");

    events = extract("Two mortar shells fell on a market near Ramadi on Sunday. The shells were "
                     "fired from an orchard, and a force was sent to search the area.",
                     Date{2021, 3, 24});
    CHECK(events.size() == 1);
}

TEST_CASE("a district retaken 'after troops captured' a town in it, and the fighting there for "
          "days, are one capture") {
    const auto events = extract("Iraqi forces have retaken the whole of Sinjar district from "
                                "Islamic State, the prime minister announced on Thursday, after "
                                "troops captured the town of Sinjar. The army fought house to "
                                "house in Sinjar for five days.",
                                Date{2017, 9, 1});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Government regains territory");
    CHECK(events[0].location == "Sinjar");
}

TEST_CASE("an unexploded mortar round is coded as a landmine, 'most incidents involved IEDs in X "
          "and Y' as no event") {
    auto events = extract("On 11 July, an unexploded mortar round detonated near Sinjar, killing "
                          "a shepherd.",
                          Date{2019, 7, 15});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Remote explosive/landmine/IED");

    events = extract("The mission recorded 13 civilian deaths in February. Most incidents "
                     "involved IEDs in Ramadi, Baghdad and Basra.",
                     Date{2020, 3, 20});
    CHECK(events.empty());
}

TEST_CASE("people arrested 'suspected of planting a bomb' are an arrest, not a bombing") {
    const auto events = extract("On Saturday, police in Basra arrested four people suspected of "
                                "planting a bomb outside a bank.",
                                Date{2023, 5, 15});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Arrests");
}

TEST_CASE("'Protest in Basra, police use tear gas' is a protest met with force, protesters first") {
    const auto events = extract("23 Nov: Protest in Basra over water pollution; police use tear "
                                "gas.",
                                Date{2018, 11, 26});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Protest with intervention");
    CHECK(events[0].actor1 == "Protesters (Iraq)");
    CHECK(events[0].actor2 == "Police Forces of Iraq");
}

TEST_CASE("'the death of 25 demonstrators ..., after security forces opened fire on them' is "
          "excessive force") {
    const auto events = extract("Medical sources announced on Thursday the death of 25 "
                                "demonstrators and the injury of more than 200 others in Basra, "
                                "after security forces opened fire on them at a bridge.",
                                Date{2019, 11, 29});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Excessive force against protesters");
    CHECK(events[0].fatalities == 25);
    CHECK(events[0].injuries == 200);
    CHECK(events[0].location == "Basra");
    CHECK(events[0].actor1 == "Protesters (Iraq)");
}

TEST_CASE("troops 'supported by coalition airstrikes' who killed militants fought a battle") {
    const auto events = extract("Iraqi Security Forces, supported by Coalition airstrikes, "
                                "conducted clearance operations near Sinjar on Monday, killing 11 "
                                "ISIS fighters.",
                                Date{2019, 6, 14});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Armed clash");
    CHECK(events[0].fatalities == 11);
}

TEST_CASE("security forces that killed protesters used excessive force, kidnappers at a protest "
          "camp abducted") {
    auto events =
        extract("Security forces killed two protesters in Basra on Saturday.", Date{2018, 7, 16});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Excessive force against protesters");
    CHECK(events[0].actor1 == "Protesters (Iraq)");

    events = extract("Two journalists were kidnapped by unknown gunmen in Basra on Tuesday evening "
                     "as they left a protest camp, colleagues said.",
                     Date{2020, 3, 11});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Abduction/forced disappearance");
}

TEST_CASE("', and demonstrators in X set fire to ...' is another group's event") {
    const auto events = extract("Protesters in Ramadi stormed the airport on Friday, halting "
                                "flights, and demonstrators in Basra set fire to the headquarters "
                                "of several parties on Sunday.",
                                Date{2018, 7, 16});
    REQUIRE(events.size() == 2);
    CHECK(events[0].location == "Ramadi");
    CHECK(events[1].location == "Basra");
    CHECK(events[1].event_date == Date{2018, 7, 15});
}

TEST_CASE("members of a tribe attacking a rival family's house is mob violence") {
    const auto events = extract("Members of a tribe attacked the house of a rival family in "
                                "Basra on Saturday, injuring five people, in a dispute over land.",
                                Date{2022, 10, 2});
    REQUIRE_FALSE(events.empty());
    CHECK(events[0].event_type == "Riots");
    CHECK(events[0].sub_event_type == "Mob violence");
}

TEST_CASE(
    "'hit a hangar there' is the place just told of, 'there were no casualties' is not a place") {
    const auto events = extract("Rockets fell near Ramadi on Monday; there were no casualties. In "
                                "July, a drone packed with explosives hit a hangar there.",
                                Date{2022, 6, 10});
    REQUIRE(events.size() == 2);
    CHECK(events[1].location == "Ramadi");
    CHECK(events[1].location_text == "there");
}

TEST_CASE("police tear gas after a riot joins the riot, 'had broken into' is storming") {
    auto events = extract("Thousands of protesters stormed the parliament in Baghdad on "
                          "Saturday. Police used tear gas and water cannon, injuring 125 people.",
                          Date{2022, 8, 1});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Riots");
    CHECK(events[0].injuries == 125);

    events = extract("Protesters had broken into the governorate building in Basra on Wednesday.",
                     Date{2022, 8, 1});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Violent demonstration");
}

TEST_CASE("a riot's first actor is the crowd, never the police who met it") {
    const auto events = extract("Police fired tear gas after rioters set fire to a party office "
                                "in Basra on Friday.",
                                Date{2022, 8, 1});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Riots");
    CHECK(events[0].actor1.rfind("Police", 0) != 0);
}

TEST_CASE("'Protesters angry at air strikes that killed civilians stormed a base' is the riot, and "
          "'a day earlier' counts back") {
    auto events = extract("Protesters angry at Turkish air strikes that killed civilians stormed "
                          "a military base near Sinjar on Saturday and set fire to vehicles. One "
                          "protester was killed and 10 wounded when soldiers opened fire.",
                          Date{2019, 1, 27});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Riots");
    CHECK(events[0].fatalities == 1);
    CHECK(events[0].injuries == 10);

    events = extract("Artillery shelled the outskirts of Sinjar on Sunday. A day earlier, drones "
                     "struck a headquarters near Ramadi, killing one person.",
                     Date{2022, 12, 5});
    REQUIRE(events.size() == 2);
    CHECK(events[1].event_date == Date{2022, 12, 3});
}

TEST_CASE("the toponym mentions are listed unless skipped, and the events are the same") {
    io::Article a;
    a.id = "m";
    a.text = "Rockets hit a military base in Kirkuk on Friday, officials in Baghdad said.";
    a.published = Date{2019, 12, 28};
    const Extractor x(gazetteer(), nullptr);
    const auto kept = x.extract(a);
    const auto skipped = x.extract(a, nullptr, MentionList::skip);
    CHECK(skipped.mentions.empty());
    REQUIRE(kept.mentions.size() >= 2);
    bool kirkuk_event = false;
    for (const auto& m : kept.mentions) {
        kirkuk_event = kirkuk_event || (m.text == "Kirkuk" && m.role == "event");
    }
    CHECK(kirkuk_event);
    REQUIRE(kept.events.size() == skipped.events.size());
    for (std::size_t i = 0; i < kept.events.size(); ++i) {
        CHECK(kept.events[i].event_id == skipped.events[i].event_id);
        CHECK(kept.events[i].location == skipped.events[i].location);
        CHECK(kept.events[i].event_date == skipped.events[i].event_date);
    }
}

TEST_CASE("a statement condemning 'the rocket attack on X on Sunday' tells that attack") {
    const auto events = extract("The embassy condemns the rocket attack on Baghdad airport on "
                                "Sunday evening. No personnel were injured.",
                                Date{2020, 2, 10});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sub_event_type == "Shelling/artillery/missile attack");
    CHECK(events[0].event_date == Date{2020, 2, 9});
}

TEST_CASE("a lone named person shot dead by gunmen is a targeted killing of a civilian") {
    const auto events = extract("Hisham al-Hashimi was shot dead outside his home in Baghdad on "
                                "Monday evening by gunmen on a motorcycle.",
                                Date{2020, 7, 8});
    REQUIRE(events.size() == 1);
    CHECK(events[0].event_type == "Violence against civilians");
    CHECK(events[0].sub_event_type == "Attack");
    CHECK(events[0].fatalities == 1);
}

TEST_CASE("a country's name written out is the country, not a town abroad that bears it too") {
    // (GeoNames lists Arak in Iran also as "Iraq", an old name; an article about Iran had put
    // "northern Iraq" there)
    auto g = testing::FakePlaceLookup::iraq();
    g.add(900, "Arak,Iraq", 34.0949, 49.6981, "PPLA", "IR", "34", 500000, 0.95);
    io::Article a;
    a.id = "t";
    a.text = "Iran strikes Kurdish opposition groups in northern Iraq, killing 13";
    a.published = Date{2022, 9, 29};
    Extractor x(g, nullptr);
    const auto events = x.extract(a).events;
    REQUIRE(events.size() == 1);
    CHECK(events[0].country_code == "IQ");
    CHECK(events[0].location != "Arak");
}
