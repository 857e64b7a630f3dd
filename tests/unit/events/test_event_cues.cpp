#include "events/actors.hpp"
#include "events/event_cues.hpp"

#include <doctest/doctest.h>

using namespace conflictmap;
using namespace conflictmap::events;

namespace {
struct Clause {
    text::Document doc;
    std::vector<CueMatch> cues;
    explicit Clause(const std::string& s) : doc(s), cues(find_cues(doc, 0, doc.tokens().size())) {}
    EventType type(bool civilian = false, bool protesters = false) const {
        CueSet set;
        for (const auto& c : cues) {
            set.set(static_cast<std::size_t>(c.cue));
        }
        Participants who;
        who.civilian_victims = civilian;
        who.protesters_acting = protesters;
        who.protesters_present = protesters;
        return classify(set, who);
    }
    std::string reason() const {
        for (const auto& c : cues) {
            if (is_event_cue(c.cue)) {
                return std::string(non_event_reason(doc, 0, c));
            }
        }
        return "no cue";
    }
};
std::string sub(const std::string& s, bool civilian = false, bool protesters = false) {
    return Clause(s).type(civilian, protesters).sub_event_type;
}
} // namespace

TEST_CASE("weapons decide the sub-event type, the most specific first") {
    CHECK(sub("A rocket attack killed a contractor") == "Shelling/artillery/missile attack");
    CHECK(sub("Three mortar shells landed on a market") == "Shelling/artillery/missile attack");
    CHECK(sub("A US drone strike destroyed a car") == "Air/drone strike");
    CHECK(sub("A Turkish drone struck a clinic") == "Air/drone strike");
    CHECK(sub("A roadside bomb exploded as a convoy passed") == "Remote explosive/landmine/IED");
    CHECK(sub("A suicide bomber blew himself up at a checkpoint") == "Suicide bomb");
    CHECK(sub("Air defences shot down an explosive-laden drone") == "Disrupted weapons use");
    CHECK(sub("Militants threw a hand grenade at the house") == "Grenade");
    CHECK(sub("Clashes broke out between the army and militants") == "Armed clash");
    CHECK(sub("two Marines were killed during a raid on a hideout") == "Armed clash");
    CHECK(sub("Gunmen kidnapped an aid worker") == "Abduction/forced disappearance");
    CHECK(sub("Protesters gathered in the square") == "Peaceful protest");
    CHECK(sub("Police fired tear gas at the demonstration") == "Protest with intervention");
    CHECK(sub("Protesters stormed and torched the consulate", false, true) ==
          "Violent demonstration");
    CHECK(sub("Police arrested three suspects") == "Arrests");
    CHECK(sub("Gunmen attacked a wedding", true) == "Attack");
    CHECK(Clause("Gunmen attacked a checkpoint").type().from_generic_attack);
    CHECK(Clause("Two people were killed").type().event_type.empty());
}

TEST_CASE("the town Hit is not the verb hit") {
    CHECK(Clause("Rockets hit the base").cues.size() == 2);
    CHECK(Clause("Militants entered Hit at dawn").cues.empty());
}

TEST_CASE("threats, hypotheticals, negations and generic statements are not events") {
    CHECK(Clause("Isis may exploit the instability to mount assaults").reason() == "hypothetical");
    CHECK(Clause("If attacks such as the one on Wednesday increase").reason() == "hypothetical");
    CHECK(Clause("He threatened a decisive response to any attack").reason() == "threat");
    CHECK(Clause("The ministry denied that an attack took place").reason() == "negated");
    CHECK(Clause("no rocket attack was reported").reason() == "negated");
    CHECK(Clause("bases have witnessed a series of low-level attacks").reason() == "generic");
    CHECK(Clause("previous attacks were less deadly").reason() == "generic");
    CHECK(Clause("that would eventually result in a drone strike").reason().empty());
    CHECK(Clause("A rocket attack killed a contractor").reason().empty());
    CHECK(Clause("two attacks on bases wounded five soldiers").reason().empty());
}

TEST_CASE("clauses split at contrast, sequence and consequence, not at times") {
    const text::Document d("The last fatality was in late December, when a contractor was killed "
                           "at a base, sparking a spiral that would result in a drone strike.");
    const auto c = split_clauses(d, 0, d.tokens().size());
    REQUIRE(c.starts.size() == 3);
    CHECK(d.lower(c.starts[1]) == "sparking");
    CHECK(d.lower(c.starts[2]) == "result");
    const text::Document d2("Fighting resumed after dawn and ended before Sunday.");
    CHECK(split_clauses(d2, 0, d2.tokens().size()).starts.size() == 1);
    const text::Document d3("Hours after the Taji attack, aircraft bombed positions near the "
                            "border, and last Tuesday a depot exploded.");
    const auto c3 = split_clauses(d3, 0, d3.tokens().size());
    REQUIRE(c3.starts.size() == 4);
    CHECK(d3.lower(c3.starts[1]) == "after");
    CHECK(d3.lower(c3.starts[2]) == "aircraft");
    CHECK(d3.lower(c3.starts[3]) == "last");
}

TEST_CASE("actors are named the ACLED way with their inter codes") {
    const text::Document d("Islamic State militants attacked Peshmerga positions; a US civilian "
                           "contractor and Turkish soldiers were hurt, IS said.");
    const auto actors = find_actors(d, 0, d.tokens().size());
    std::vector<std::string> names;
    for (const auto& a : actors) {
        names.push_back(a.name);
    }
    // ("Islamic State militants" is one mention: the group's own fighters.)
    CHECK(names == std::vector<std::string>{"Islamic State", "Peshmerga (Kurdistan Region)",
                                            "Civilians (United States)",
                                            "Military Forces of Turkey", "Islamic State"});
    CHECK(actors.front().inter == 2);
    CHECK(actors[2].inter == 7);
    const text::Document verb("The base is large.");
    CHECK(find_actors(verb, 0, verb.tokens().size()).empty());
}

TEST_CASE("attributions: claims, blame and suspicion") {
    const text::Document d("The attack was most likely carried out by Kataib Hezbollah.");
    CHECK(attribution_of(d, 0, d.tokens().size(), 9, 11) == "suspicion");
    const text::Document b("Washington blamed Kataib Hezbollah for the strike.");
    CHECK(attribution_of(b, 0, b.tokens().size(), 2, 4) == "blame");
    const text::Document c("Saraya Awliya al-Dam claimed the attack.");
    CHECK(attribution_of(c, 0, c.tokens().size(), 0, 4) == "claim");
}

TEST_CASE("aircraft that carry people are no air strike") {
    CHECK(sub("Soldiers wounded in the missile attack were carried off a transport aircraft") ==
          "Shelling/artillery/missile attack");
    CHECK(sub("Two soldiers were wounded when a cargo plane was hit by rockets") ==
          "Shelling/artillery/missile attack");
    CHECK(sub("Jets fired missiles at the convoy, killing four") == "Air/drone strike");
}

TEST_CASE("an assassination is an attack even when the victim is a protest figure") {
    CHECK(sub("Gunmen assassinated an activist, the latest in a string of killings of protest "
              "figures") == "Attack");
    CHECK(sub("Gunmen assassinated an activist who had led the protests in the city") == "Attack");
    CHECK(sub("Security forces fired tear gas at protesters demanding justice for the "
              "assassinated activist",
              false, true) == "Protest with intervention");
}

TEST_CASE("'any' attack and being ready to strike name no particular event") {
    CHECK(Clause("The US will respond to any further rocket fire on its bases").reason() ==
          "hypothetical");
    CHECK(Clause("He condemned any attack on diplomatic missions").reason() == "hypothetical");
    CHECK(Clause("The army said it was ready to strike the hideouts").reason() == "threat");
    CHECK(Clause("Rocket fire hit the base on Tuesday").reason().empty());
}

TEST_CASE("an anniversary span opens its clause: 'Five years after the city was retaken'") {
    const text::Document d("Residents said that five years after the city was retaken, homes "
                           "are still in ruins.");
    const auto c = split_clauses(d, 0, d.tokens().size());
    REQUIRE(c.starts.size() == 3);
    CHECK(d.lower(c.starts[1]) == "five");
    CHECK(d.lower(c.starts[2]) == "homes");
}

TEST_CASE("a toll over a months-long battle or a war is an aggregate, not an event") {
    CHECK(Clause("Thousands of civilians were killed during the nine-month battle").reason() ==
          "aggregate");
    CHECK(Clause("Hundreds of fighters died in clashes throughout the years-long siege").reason() ==
          "aggregate");
    CHECK(Clause("Many villages were shelled during the war").reason() == "aggregate");
    CHECK(Clause("Two soldiers were killed in clashes during a raid last month").reason().empty());
}

TEST_CASE("a group's fighters are one mention of the group") {
    const text::Document d("IS militants attacked a checkpoint where PKK fighters had camped.");
    const auto actors = find_actors(d, 0, d.tokens().size());
    REQUIRE(actors.size() == 2);
    CHECK(actors[0].name == "Islamic State");
    CHECK(d.lower(actors[0].end - 1) == "militants");
    CHECK(actors[1].name == "PKK: Kurdistan Workers' Party");
    CHECK(d.lower(actors[1].end - 1) == "fighters");
    const text::Document plain("Militants attacked a checkpoint.");
    const auto generic = find_actors(plain, 0, plain.tokens().size());
    REQUIRE(generic.size() == 1);
    CHECK(generic[0].name == "Unidentified Armed Group");
}

TEST_CASE("a country's weapons name its forces") {
    const text::Document d("Iranian artillery shelled villages near the Iranian border.");
    const auto actors = find_actors(d, 0, d.tokens().size());
    REQUIRE(actors.size() == 1);
    CHECK(actors[0].name == "Military Forces of Iran");
    CHECK(actors[0].inter == 8);
}

TEST_CASE("workers who go on strike are protesting, a drone strike is not a strike") {
    CHECK(sub("Hundreds of oil workers went on strike at the field") == "Peaceful protest");
    CHECK(Clause("The union said it may go on strike next week").reason() == "hypothetical");
    CHECK(Clause("Turkish drone strikes hit the village").cues.front().cue != Cue::protest);
}

TEST_CASE("an attack thwarted with casualties is a fight, a drone shot down is not") {
    CHECK(sub("Fighters thwarted an infiltration attempt by militants, killing two of them") ==
          "Armed clash");
    CHECK(sub("Air defences foiled a drone attack on the airport") == "Disrupted weapons use");
    CHECK(sub("Air defences shot down a drone, whose debris killed a boy") ==
          "Disrupted weapons use");
}

TEST_CASE("a running count over a period is an aggregate, one event's toll is not") {
    CHECK(Clause("The attack brings to 11 the number of soldiers killed in the province this "
                 "month")
              .reason() == "aggregate");
    CHECK(Clause("The number of people killed in the attack rose to 15").reason().empty());
}

TEST_CASE("', and in X' starts another place's clause") {
    const text::Document d("In Basra, hundreds rallied outside the council, and in Diwaniyah "
                           "protesters blocked roads.");
    const auto c = split_clauses(d, 0, d.tokens().size());
    REQUIRE(c.starts.size() == 2);
    CHECK(d.lower(c.starts[1]) == "in");
    CHECK(d.surface(c.starts[1] + 1) == "Diwaniyah");
}

TEST_CASE("a pluperfect total over a period is an aggregate too") {
    CHECK(Clause("Since the start of the year, more than 300 militants had been killed in "
                 "clashes")
              .reason() == "aggregate");
    CHECK(Clause("Militants had attacked the post on Sunday").reason().empty());
}

TEST_CASE("a motive ('in retaliation for', 'revenge for') is another event's clause") {
    const text::Document d("Jets struck bases on Sunday in retaliation for a rocket attack that "
                           "killed a contractor.");
    const auto c = split_clauses(d, 0, d.tokens().size());
    REQUIRE(c.starts.size() == 2);
    CHECK(d.lower(c.starts[1]) == "in");
    CHECK(d.lower(c.starts[1] + 1) == "retaliation");
    const text::Document r("Iran fired missiles, calling it revenge for the killing of a general.");
    const auto cr = split_clauses(r, 0, r.tokens().size());
    REQUIRE(cr.starts.size() == 2);
    CHECK(r.lower(cr.starts[1]) == "revenge");
}

TEST_CASE("Badr and Saraya al-Salam are militias, not places") {
    const text::Document d("Brigades linked to Badr clashed with Saraya al-Salam fighters.");
    const auto actors = find_actors(d, 0, d.tokens().size());
    REQUIRE(actors.size() == 2);
    CHECK(actors[0].name == "Badr Organization");
    CHECK(actors[0].inter == 3);
    CHECK(actors[1].name == "Saraya al-Salam");
}

TEST_CASE("people who gathered to protest did protest, a gunfight is a clash") {
    CHECK(Clause("Police used water cannon to disperse students who had gathered outside the "
                 "building to protest against the rules")
              .reason()
              .empty());
    {
        // (The infiltration is a weak cue, an event only with dead or wounded; the attack is
        // its purpose.)
        const Clause c("Militants infiltrated the village to attack the post");
        REQUIRE(c.cues.size() == 2);
        CHECK(c.cues[0].weak);
        CHECK(non_event_reason(c.doc, 0, c.cues[1]) == "purpose");
    }
    CHECK(sub("A land dispute between two clans turned into a gunfight") == "Armed clash");
}

TEST_CASE("military release words for drones and their defences") {
    CHECK(sub("Coalition forces were targeted by a one-way attack unmanned aerial system") ==
          "Air/drone strike");
    CHECK(sub("The UAS was engaged and destroyed by base defense systems") ==
          "Disrupted weapons use");
}

TEST_CASE("an air-supported operation is coded as the air strikes") {
    CHECK(sub("Four militants were neutralised in an air-supported operation in the region") ==
          "Air/drone strike");
    CHECK(sub("Troops launched a ground operation in the valley, killing four militants") ==
          "Armed clash");
}

TEST_CASE("what angered a crowd is a motive clause of its own") {
    const text::Document d("Protesters stormed the embassy in Baghdad, angered by a planned "
                           "burning of a book in Stockholm.");
    const auto c = split_clauses(d, 0, d.tokens().size());
    REQUIRE(c.starts.size() == 2);
    CHECK(d.lower(c.starts[1]) == "angered");
}

TEST_CASE("a military's precision or self-defence strikes are air strikes") {
    CHECK(sub("US forces conducted self-defense strikes on two facilities") == "Air/drone strike");
    CHECK(sub("The precision strikes hit a weapons depot") == "Air/drone strike");
}

TEST_CASE("withdrawing from a named place hands it over, withdrawing from talks does not") {
    CHECK(sub("Peshmerga forces withdrew from Sinjar town on Tuesday") ==
          "Non-violent transfer of territory");
    CHECK(Clause("The party withdrew from the talks on Tuesday").cues.empty());
}

TEST_CASE("Iranian Kurdish parties and the YBS in Kurdish spelling are actors") {
    const text::Document d("Drones struck a Komala base, a KDPI compound and PJAK fighters; the "
                           "YBŞ said.");
    std::vector<std::string> names;
    for (const auto& a : find_actors(d, 0, d.tokens().size())) {
        names.push_back(a.name);
    }
    CHECK(names == std::vector<std::string>{"Komala: Komala Party of Iranian Kurdistan",
                                            "KDPI: Democratic Party of Iranian Kurdistan",
                                            "PJAK: Party of Free Life of Kurdistan",
                                            "YBS: Sinjar Resistance Units"});
}

TEST_CASE("fighters who swept into a town took it") {
    CHECK(sub("Islamic State fighters swept into the town in June 2014") ==
          "Non-state actor overtakes territory");
}

TEST_CASE("gunmen who stormed into a house took no territory") {
    CHECK(sub("Gunmen stormed into a house and killed a family of four") !=
          "Non-state actor overtakes territory");
}

TEST_CASE("executions in a jail are judicial, an armed group's executions are events") {
    CHECK(Clause("The authorities executed four Kurdish prisoners in a jail near Urmia").reason() ==
          "judicial");
    CHECK(Clause("Eleven inmates were executed at dawn").reason() == "judicial");
    CHECK(Clause("IS militants executed four prisoners in a village square").reason().empty());
}

TEST_CASE("a state's forces are named through a word of their kind") {
    const text::Document d("US fighter jets and Turkish attack helicopters struck the hills.");
    const auto actors = find_actors(d, 0, d.tokens().size());
    REQUIRE(actors.size() == 2);
    CHECK(actors[0].name == "Military Forces of the United States");
    CHECK(actors[1].name == "Military Forces of Turkey");
    CHECK(actors[1].inter == 8);
}

TEST_CASE("mines lying in the ground are no event, a mine that went off is") {
    CHECK(Clause("Some 1,200 square kilometres remain contaminated with explosive remnants")
              .reason() == "ordnance in the ground");
    CHECK(Clause("Deminers cleared 40 landmines from farmland near the village").reason() ==
          "ordnance in the ground");
    CHECK(Clause("A landmine killed a shepherd in a field deminers had not yet cleared")
              .reason()
              .empty());
}

TEST_CASE("old ordnance that goes off is coded as a landmine, whatever it was made to be") {
    CHECK(sub("An old grenade a boy had picked up exploded") == "Remote explosive/landmine/IED");
    CHECK(sub("An old artillery shell exploded in a field") == "Remote explosive/landmine/IED");
    CHECK(sub("Militants threw a grenade at the house") == "Grenade");
}

TEST_CASE("a suicide car bomber is a suicide bomb, no bomber aircraft") {
    CHECK(sub("A suicide car bomber hit an army checkpoint") == "Suicide bomb");
    CHECK(sub("Two suicide car bombers struck the base") == "Suicide bomb");
    CHECK(sub("US bombers struck the depot") == "Air/drone strike");
}

TEST_CASE("a mine that goes off or is stepped on is a landmine, and 'mine' alone is no cue") {
    CHECK(sub("A mine exploded under a tractor") == "Remote explosive/landmine/IED");
    CHECK(sub("A shepherd stepped on a mine") == "Remote explosive/landmine/IED");
    CHECK(sub("Their car hit an anti-tank mine") == "Remote explosive/landmine/IED");
    CHECK(sub("The land is mine, the farmer said") != "Remote explosive/landmine/IED");
}

TEST_CASE("attacks said to be frequent are a habit, no event") {
    const text::Document d("Rocket attacks on the embassy have been frequent since 2019.");
    const auto cues = find_cues(d, 0, d.tokens().size());
    bool any = false;
    for (const auto& c : cues) {
        if (is_event_cue(c.cue)) {
            any = true;
            CHECK(non_event_reason(d, 0, c) == "generic");
        }
    }
    CHECK(any);
}
