#include "events/casualties.hpp"
#include "events/toponyms.hpp"

#include <doctest/doctest.h>

using namespace conflictmap;
using namespace conflictmap::events;

namespace {
CasualtyCount count(const std::string& s) {
    const text::Document d(s);
    return count_casualties(d, 0, d.tokens().size());
}
std::int64_t killed(const std::string& s) {
    return count(s).killed.value_or(-1);
}
std::int64_t injured(const std::string& s) {
    return count(s).injured.value_or(-1);
}
std::int64_t quantity(const std::string& s) {
    const text::Document d(s);
    const auto q = parse_quantity(d, 0, d.tokens().size());
    return q ? q->value : -1;
}
} // namespace

TEST_CASE("numbers in digits and words, with ACLED's conventions for vague words") {
    CHECK(quantity("5,000") == 5000);
    CHECK(quantity("twenty-five") == 25);
    CHECK(quantity("three") == 3);
    CHECK(quantity("a dozen") == 12);
    CHECK(quantity("dozens of") == 12);
    CHECK(quantity("hundreds of") == 100);
    CHECK(quantity("several") == 3);
    CHECK(quantity("a number of") == 3);
    CHECK(quantity("at least 20") == 20);
    CHECK(quantity("more than 100") == 100);
    CHECK(quantity("two to three") == 2);
    CHECK(quantity("10-15") == 10);
    CHECK(quantity("two hundred") == 200);
    CHECK(quantity("the") == -1);
}

TEST_CASE("active and passive killing, summed across parties") {
    CHECK(killed("A rocket attack killed a US civilian contractor on an Iraqi base") == 1);
    CHECK(killed("the attack, which killed two US and one British servicemen, was") == 3);
    CHECK(killed("Two American soldiers and a British medic were killed and about a dozen other "
                 "personnel were wounded") == 3);
    CHECK(injured("Two American soldiers and a British medic were killed and about a dozen other "
                  "personnel were wounded") == 12);
    CHECK(killed("two US Marines were killed in a joint operation") == 2);
    CHECK(killed("four Peshmerga fighters and two civilians were killed") == 6);
    CHECK(killed("killing three people, including a senior commander of the group") == 3);
    CHECK(killed("killing two soldiers and injuring three others") == 2);
    CHECK(injured("killing two soldiers and injuring three others") == 3);
    CHECK(killed("A US soldier has died of wounds he suffered") == 1);
    CHECK(injured("A US soldier has died of wounds he suffered") == -1);
    CHECK(killed("the killing of the two Marines in Sunday's operation") == 2);
    CHECK(killed("the killing of Iranian Revolutionary Guard commander Gen Qassem Soleimani") == 1);
    CHECK(killed("Pongo and Capt. Moises A. Navas was killed Sunday") == 2);
    CHECK(killed("The blast left at least 12 people dead") == 12);
    CHECK(killed("the death toll rose to 31") == 31);
    CHECK(killed("Rockets kill three coalition soldiers") == 3);
}

TEST_CASE("explicit zeros and non-counts") {
    CHECK(killed("missile attacks that caused no deaths but left more than 100 US soldiers with "
                 "mild traumatic brain injuries") == 0);
    CHECK(injured("missile attacks that caused no deaths but left more than 100 US soldiers with "
                  "mild traumatic brain injuries") == 100);
    CHECK(injured("but no Americans were hurt") == 0);
    CHECK(killed("There were no casualties or damage.") == 0);
    CHECK(injured("There were no casualties or damage.") == 0);
    CHECK(killed("no one was killed") == 0);
    CHECK_FALSE(count("The attack caused casualties among the guards").killed.has_value());
    CHECK_FALSE(count("Rockets landed near the airport.").killed.has_value());
    CHECK(injured("two attacks which wounded five Iraqi soldiers, two of them critically") == 5);
    CHECK(injured("several American and Iraqi service personnel were wounded") == 3);
}

TEST_CASE("absurd numbers are not stored") {
    const auto c = count("The statement claimed 100000000000 soldiers were killed.");
    CHECK(c.absurd);
    CHECK(c.killed.value_or(0) == 0);
}

TEST_CASE("asides, compound adjectives and unlisted nouns") {
    CHECK(killed("Three people, among them a woman, were killed on Saturday") == 3);
    CHECK(killed("a drone strike killed a 12-year-old boy and wounded three other people") == 1);
    CHECK(killed("the nine holidaymakers killed in yesterday's strike") == 9);
    CHECK(killed("Unidentified gunmen shot dead the civil activist Tahsin Osama on Friday") == 1);
    CHECK(killed("The activist Ihab al-Wazni, one of the leaders, was killed at dawn") == 1);
    CHECK(killed("four soldiers, including an officer, were killed") == 4);
}

TEST_CASE("a named victim with an apposition or a spelling in brackets is one dead") {
    CHECK(killed("Salim Haddad, a lecturer who wrote on the militias, was killed by gunmen.") == 1);
    CHECK(killed("The activist Karim Nouri (كريم نوري), one of the organisers of the sit-in in "
                 "Kut, was killed at dawn.") == 1);
    CHECK(killed("Nawaf Jabbar (نواف جبار) was killed near his home.") == 1);
    // The apposition is skipped, not counted: two named men are two.
    CHECK(killed("Ali Hassan and his brother, both traders, were killed.") == 2);
}

TEST_CASE("a passive 'shot dead' counts its subject") {
    CHECK(killed("A shepherd was shot dead near the village.") == 1);
    CHECK(killed("Two policemen were shot dead at a checkpoint.") == 2);
    CHECK(killed("Gunmen shot dead a shopkeeper.") == 1);
}

TEST_CASE("a place opening the sentence is no person") {
    CHECK(killed("In Kirkuk, a soldier was killed.") == 1);
    CHECK(killed("Near Hawija, three shepherds were killed.") == 3);
    CHECK(killed("Two soldiers, a policeman and a civilian were killed.") == 4);
}

TEST_CASE("'martyred' counts the dead, a toll over days belongs to no one event") {
    CHECK(killed("One Peshmerga was martyred and two others were wounded.") == 1);
    CHECK(injured("One Peshmerga was martyred and two others were wounded.") == 2);
    CHECK(killed("Protesters set fire to party offices as the death toll from four days of "
                 "unrest rose to 93.") == -1);
    CHECK(killed("The death toll from Thursday's bombing rose to 35.") == 35);
}

TEST_CASE("'killing him' is one dead, 'IS' in capitals is the group, not a verb") {
    CHECK(killed("Militants attacked a shepherd near the village, killing him.") == 1);
    CHECK(killed("Two IS members were killed in the raid.") == 2);
}

TEST_CASE("a victim and his kin are counted together") {
    CHECK(killed("A shepherd and his brother were killed by a landmine on Monday.") == 2);
    CHECK(killed("A farmer and his two sons were killed by a landmine on Monday.") == 3);
    CHECK(killed("Gunmen killed a tribal sheikh and his son on Thursday.") == 2);
}

TEST_CASE("people killed along with the subject are added to it") {
    CHECK(killed("A commander was killed along with his driver and three others on Friday.") == 5);
    CHECK(killed("The militia leader was killed along with Abu Ali al-Karbalai, a senior aide of "
                 "the group, and five others on Sunday.") == 7);
    CHECK(killed("A policeman was killed together with two colleagues at the checkpoint.") == 3);
    CHECK(killed("A soldier was killed alongside a civilian in the blast.") == 2);
    // Things killed with are no people; the subject alone counts.
    CHECK(killed("A shepherd was killed along with his flock of 40 sheep.") == 1);
    CHECK(killed("Two soldiers were killed in the attack.") == 2);
}

TEST_CASE("the dead found after violence are counted, other bodies are not") {
    CHECK(killed("The bodies of eight men who had been kidnapped by militants were found on "
                 "Wednesday.") == 8);
    CHECK(killed("Police found two bodies with gunshot wounds in an orchard.") == 2);
    CHECK(killed("Farmers discovered the body of a shepherd who had been shot in the head.") == 1);
    CHECK(killed("Gunmen dumped the bodies near the river.") == 2); // bare plural: at least two
    // No sign of violence, no discovery, or the dead of an event told elsewhere: no count.
    CHECK(killed("The bodies of four shepherds were found in the desert.") == -1);
    CHECK(killed("The bodies of the victims were handed to their families.") == -1);
    CHECK(killed("Rescuers recovered the bodies of three militants from the rubble.") == -1);
    CHECK(killed("Police found the bodies of two of the kidnapped men.") == 2);
    CHECK(killed("The governing body of the militias met after the clashes.") == -1);
}

TEST_CASE("the dead and the injured of one phrase are two counts") {
    CHECK(killed("Clashes broke out, leaving three dead and seven injured.") == 3);
    CHECK(injured("Clashes broke out, leaving three dead and seven injured.") == 7);
    CHECK(injured("The blast left two killed and five wounded.") == 5);
}

TEST_CASE("the trades and ranks of victims are people") {
    CHECK(killed("Gunmen shot and killed a shop owner in the market.") == 1);
    CHECK(killed("Two fishermen and a vendor were killed by the blast.") == 3);
    CHECK(killed("A police colonel was killed in the ambush.") == 1);
    CHECK(killed("A general strike closed the markets.") == -1);
}

TEST_CASE("'lost his life' and 'shot him dead' count one dead") {
    CHECK(killed("A soldier lost his life and two others were injured.") == 1);
    CHECK(injured("A soldier lost his life and two others were injured.") == 2);
    CHECK(killed("Gunmen stormed the house and shot him dead.") == 1);
    CHECK(killed("Two policemen lost their lives in the blast.") == 2);
}

TEST_CASE("where the victims come from is no part of their count") {
    CHECK(injured("A soldier from Basra was killed and two others from Nasiriyah were wounded.") ==
          2);
    CHECK(killed("A soldier from Basra was killed and two others from Nasiriyah were wounded.") ==
          1);
    CHECK(killed("Three pilgrims from Sadr City were killed in the blast.") == 3);
}

TEST_CASE("'the martyrdom of two' counts the dead, 'the wounding of three others' the hurt") {
    const auto c = count("The ministry announced the martyrdom of two Peshmerga and the wounding "
                         "of three others.");
    CHECK(c.killed == std::optional<std::int64_t>(2));
    CHECK(c.injured == std::optional<std::int64_t>(3));
}

TEST_CASE("'and another wounded' is one more hurt") {
    CHECK(killed("A policeman was killed and another wounded in the attack.") == 1);
    CHECK(injured("A policeman was killed and another wounded in the attack.") == 1);
    CHECK(injured("Another attack wounded two soldiers.") == 2);
}

TEST_CASE("'claimed the lives of four soldiers' counts four dead") {
    CHECK(killed("The blast claimed the lives of four soldiers.") == 4);
    CHECK(killed("The attack killed four people, including two children.") == 4);
}

TEST_CASE("'Separately, two soldiers were killed' counts two, not a person named Separately") {
    const text::Document d("Separately, two soldiers were killed when their vehicle hit a bomb.");
    const auto c = count_casualties(d, 0, d.tokens().size());
    REQUIRE(c.killed);
    CHECK(*c.killed == 2);
}

TEST_CASE("'killing three policemen, a local official said' counts three") {
    const text::Document d("A bomb exploded on Monday, killing three policemen, a local official "
                           "said.");
    const auto c = count_casualties(d, 0, d.tokens().size());
    REQUIRE(c.killed);
    CHECK(*c.killed == 3);
}

TEST_CASE("'killed a commander and a companion' counts two") {
    CHECK(killed("A drone strike killed a YBS commander and a companion.") == 2);
    CHECK(killed("A bomb killed a driver and his assistant.") == 2);
}

TEST_CASE("named victims listed with 'and N others' are all counted, a speaker after a comma is "
          "not") {
    CHECK(
        killed("A drone strike killed Qasem Soleimani, Abu Mahdi al-Muhandis and eight others.") ==
        10);
    CHECK(killed("Gunmen killed Ahmed Saleh, Ali Hussein and Omar Jasim near Hit.") == 3);
    CHECK(killed("US forces killed Soleimani, Iran said.") == 1);
}

TEST_CASE("a person after 'shot dead a' and a name in apposition are counted once each") {
    CHECK(killed("Gunmen shot dead a shop owner in Zubair.") == 1);
    CHECK(killed("A drone hit a car, killing a senior commander, Said Hassan, and his nephew.") ==
          2);
    CHECK(killed("Gunmen killed two soldiers, a policeman and a civilian.") == 4);
}

TEST_CASE("'46 members of the forces and civilians' is 46, and ', along with' adds the others") {
    CHECK(killed("At least 46 members of the security forces and civilians were killed.") == 46);
    CHECK(killed("At least 46 soldiers were killed, along with 48 attackers.") == 94);
    CHECK(killed("Two soldiers and three civilians were killed.") == 5);
}

TEST_CASE("a named victim described in an aside, then 'and two other men', is three") {
    CHECK(killed("A drone struck a car, killing al-Saadi, a commander whom Washington blamed for "
                 "attacks on its forces, and two other men.") == 3);
    CHECK(killed("Gunmen shot dead Ahmed Hassan, a teacher, in Basra.") == 1);
    CHECK(killed("The blast killed al-Saadi.") == 1);
}

TEST_CASE("'four of its fighters from Kataib Sayyid al-Shuhada' is four") {
    CHECK(killed("The PMF said four of its fighters from Kataib Sayyid al-Shuhada were killed in "
                 "the strike.") == 4);
    CHECK(killed("Two of its members were killed.") == 2);
}

TEST_CASE("'killed a day after' is no victim, and 'killed al-Saadi, a commander, and two other "
          "men' is three") {
    CHECK(killed("Three soldiers killed a day after truce in Tarmiya bombing.") == 3);
    CHECK(killed("The strike killed al-Saadi, a commander, and two other men.") == 3);
}

TEST_CASE("is_person_noun and is_common_word answer the same for a token's hashed word") {
    // (The scanner and the casualty rules ask with the token's word, whose hash is reused.)
    const text::Document doc("Police said two soldiers, a contractor and civilians were hit near "
                             "Hit; Marines and the Peshmerga fighters of Mosul said nothing.");
    std::size_t persons = 0, common = 0;
    for (std::size_t i = 0; i < doc.tokens().size(); ++i) {
        CHECK(is_person_noun(doc.word(i)) == is_person_noun(std::string_view(doc.lower(i))));
        CHECK(is_common_word(doc.word(i)) == is_common_word(std::string_view(doc.lower(i))));
        persons += is_person_noun(doc.word(i)) ? 1 : 0;
        common += is_common_word(doc.word(i)) ? 1 : 0;
    }
    CHECK(persons >= 4); // soldiers, contractor, civilians, marines
    CHECK(common >= 2);  // police, hit
}

TEST_CASE("an adverb before the verb makes no passive: 'reportedly killed 60 civilians' is 60") {
    CHECK(killed("An airstrike in western Mosul reportedly killed more than 100 civilians.") ==
          100);
    CHECK(killed("The strike reportedly killed 60 people.") == 60);
    CHECK(killed("Two soldiers were reportedly killed.") == 2);
    CHECK(killed("Three soldiers later died.") == 3);
}

TEST_CASE("'200+ injured' is at least 200") {
    CHECK(injured("Medics: at least 25 killed, 200+ injured.") == 200);
    CHECK(killed("Medics: at least 25 killed, 200+ injured.") == 25);
    CHECK(injured("25 killed and 200+ wounded") == 200);
}

TEST_CASE(
    "kin listed with a first victim are counted: 'a businessman, his daughter and two others'") {
    CHECK(killed("Missiles struck the house, killing a prominent businessman, his infant daughter "
                 "and two other civilians.") == 4);
    CHECK(killed("A woman and her teenage son were killed.") == 2);
    CHECK(killed("A farmer and his son were killed.") == 2);
    CHECK(killed("The strike killed a commander, officials said.") == 1);
}

TEST_CASE("an age in words is no count: 'a twelve-year-old boy' is one") {
    CHECK(killed("A drone struck the car, killing a twelve-year-old boy.") == 1);
    CHECK(killed("A twenty-five-year-old man was killed.") == 1);
    CHECK(killed("Twenty-five people were killed.") == 25);
}

TEST_CASE("companions of an active killing's victim are counted") {
    CHECK(killed("The drone struck the car, killing a boy along with the fighter it was aimed "
                 "at.") == 2);
    CHECK(killed("The drone struck a car, killing a commander along with his driver and two "
                 "guards.") == 4);
}

TEST_CASE("people reported killed and injuries to a count") {
    CHECK(killed("At least eight fighters are reported killed.") == 8);
    CHECK(killed("Two guards were said to have been killed.") == 2);
    CHECK(injured("The missile caused minor injuries to eight personnel.") == 8);
}

TEST_CASE("the dead told about are no count") {
    const text::Document doc("Families protested, holding pictures of the dead.");
    CHECK(dead_told_about(doc, 0, 7));
    CHECK(!dead_told_about(doc, 0, 6));
    CHECK(killed("Families protested, holding pictures of the dead.") <= 0);
    CHECK(killed("The blast left three dead.") == 3);
}

TEST_CASE("a count broken down in an aside is counted once, a list of groups in full") {
    CHECK(killed("Three people, two men and a woman, were killed.") == 3);
    CHECK(killed("Rockets killed three coalition service members, two Americans and one Briton.") ==
          3);
    CHECK(killed("Gunmen killed three members of one family, a father and two sons.") == 3);
    CHECK(killed("The army says 3 soldiers, 2 policemen and 1 civilian worker were killed.") == 6);
    CHECK(killed("The soldier was one of three service members killed in the attack.") == 3);
    CHECK(killed("Two Americans and a British girl from the medical team were killed.") == 3);
    CHECK(killed("Three soldiers from the 9th division were killed.") == 3);
    CHECK(killed("Rockets killed two Americans and a Briton.") == 3);
}

TEST_CASE("an aside naming who is among the counted comes after the count") {
    CHECK(killed("A spokesman said sixteen people, civilians among them, were killed.") == 16);
    CHECK(killed("Nine guards, two officers among them, were killed on Friday.") == 9);
}

TEST_CASE("a person shot dead in a relative clause is one dead") {
    CHECK(killed("The activist Ihab al-Wazni, who was shot dead outside his home, led the "
                 "protests.") == 1);
    // (one who died on a day of their own is another event's dead; a year is no count)
    CHECK(killed("Three relatives of the sheikh, who was shot dead on Saturday, were wounded.") !=
          3);
    CHECK(injured("The brothers of the activist, who was shot dead during the 2019 protests, "
                  "were wounded.") != 2019);
}

TEST_CASE("a named person shot dead is counted past an apposition") {
    CHECK(killed("The House is appalled by the murder of Dr Reham Yacoub, a physician and "
                 "advocate for women's rights, who was shot dead by gunmen in Basra.") == 1);
}

TEST_CASE(
    "a pronoun killed after a semicolon is one dead and a title's name is not counted twice") {
    CHECK(killed("gunmen opened fire on the car of Dr Reham; she was killed and a companion was "
                 "wounded") == 1);
    // (a pronoun who was not hurt is no dead)
    CHECK(killed("gunmen shot at the house of the judge; she was not hurt") != 1);
    CHECK(killed("a US strike killed the Deputy Chairman of the Popular Mobilization "
                 "Commission, Abu Mahdi al-Muhandis, Major General Qasem Soleimani and eight of "
                 "their companions") == 10);
    CHECK(killed("a strike killed the Deputy Chairman of the commission, Abu Mahdi al-Muhandis, "
                 "and eight others") == 9);
    CHECK(killed("a bomb killed the Governor of Nineveh, Ahmed Ali, in Mosul") == 1);
}

TEST_CASE("a range between two counts is its lowest and a likely past toll is counted") {
    CHECK(quantity("between six and eighteen civilians") == 6);
    CHECK(killed("Between six and eighteen civilians were killed in the strike") == 6);
    CHECK(killed("a strike killed between six and eighteen civilians") == 6);
    CHECK(killed("between six and eighteen civilians were likely to have been killed") == 6);
    // (two sides between which a clash was are counted as they were)
    CHECK(killed("clashes between two soldiers and three militants killed five people") == 5);
}

TEST_CASE("a list item or headline naming one person shot dead counts that person") {
    CHECK(killed("- Reham Yacoub, a doctor and protest leader, shot dead in her car in Basra on "
                 "19 August 2020;") == 1);
    // (no apposition: a group's name as likely as a person's, "Saraya al-Salam shot dead in
    // Samarra"; nor no one named first)
    CHECK(killed("Saraya al-Salam shot dead in Samarra") == -1);
    CHECK(killed("shot dead in Basra") == -1);
    CHECK(killed("Gunmen shot dead two policemen in Basra") == 2);
}

TEST_CASE("'was shot ... and died' counts the one shot, not the words before 'and'") {
    CHECK(killed("Al-Hashimi was shot by gunmen outside his home in the Zayouna district of "
                 "Baghdad on the evening of 6 July 2020 and died in hospital") == 1);
    CHECK(killed("two soldiers were wounded by a roadside bomb in Tarmiyah on Monday and died in "
                 "hospital") == 2);
}

TEST_CASE("a name set off after one person or after a count is no one else") {
    CHECK(killed("A doctor, Reham Yacoub, was killed in Basra") == 1);
    CHECK(killed("The activist, Reham Yacoub, was shot dead in Basra") == 1);
    CHECK(killed("Two soldiers, Ali Hassan and Omar Said, were killed in Basra") == 2);
    CHECK(killed("Three people, Ali, Omar and Hassan, were killed in Basra") == 3);
    // (joined by "and": another person)
    CHECK(killed("Two soldiers and Ali Hassan were killed in Basra") == 3);
    CHECK(killed("A journalist, Ahmed Abdel Samad, and his cameraman were killed in Basra") == 2);
}

TEST_CASE("'including' with no commas names some of the people counted") {
    CHECK(killed("Four soldiers including an officer were killed in an ambush") == 4);
    CHECK(killed("Six people including two children were killed in an air strike") == 6);
}

TEST_CASE("people found dead are counted, but not dead things found") {
    CHECK(killed("An activist was found dead in Amarah on Monday") == 1);
    CHECK(killed("Two kidnapped shepherds were found dead near Mandali on Monday") == 2);
    CHECK(killed("Troops found dead fish in the river near Mandali") == -1);
}

TEST_CASE("'members of the same family' and an inverted 'Killed were' are counted") {
    CHECK(killed("Three members of the same family were killed in Tarmiyah") == 3);
    CHECK(killed("Killed were two soldiers and a civilian") == 3);
    CHECK(injured("Wounded were four policemen") == 4);
}

TEST_CASE("returnees and deminers are people, and ages in words are no count") {
    CHECK(killed("A returnee and his adult son were killed by gunmen near Jalawla") == 2);
    CHECK(killed("Two brothers aged nine and twelve were killed by a landmine in Raqqa") == 2);
    CHECK(killed("A landmine killed two brothers aged nine and twelve in Raqqa") == 2);
    CHECK(killed("two deminers were killed by a device rigged inside a house") == 2);
}

TEST_CASE("review guards: a family of six, a family including children, ages before a count") {
    CHECK(killed("An air strike hit a house, killing a refugee family of six") == 6);
    CHECK(killed("A family of five was killed in Raqqa") == 5);
    CHECK(killed("A family including four children was killed") == 4);
    CHECK(killed("A shell killed a girl aged eight and three other children") == 4);
    CHECK(killed("A boy aged 14 and two girls were killed") == 3);
    // (a group's name before 'shot dead', no apposition: no one counted)
    CHECK(killed("Federal Police shot dead at Kirkuk checkpoint") == -1);
}

TEST_CASE("second review guard: people from a family of six are not six") {
    CHECK(killed("A father from a family of six was killed in an airstrike") == 1);
}

TEST_CASE("counts after a general count that add up to it say who the dead were") {
    CHECK(killed("An air strike killed four civilians, two women and two children, in Kafr Nabl "
                 "on Saturday.") == 4);
    // (a list of kinds is summed)
    CHECK(killed("The strike killed three soldiers, two policemen and a civilian worker.") == 6);
}

TEST_CASE("the name after a place noun before the comma is no victim") {
    CHECK(killed("Near the town of Sinjar, some 80 women were killed.") == 80);
    CHECK(killed("In the village of Kocho, two children were killed.") == 2);
    // (a long relative clause after the people is still no count)
    CHECK(killed("Some 80 older women who had been judged of no value as slaves were killed.") ==
          80);
}

TEST_CASE("a count after an owner's word is counted") {
    CHECK(killed("A drone strike on a car killed its three occupants.") == 3);
    CHECK(killed("Gunmen killed a farmer and his two sons.") == 3);
}

TEST_CASE("the toll from a named event is its count") {
    CHECK(killed("The toll from Thursday's bombing of a Shiite mosque in Kirkuk rose to nine on "
                 "Saturday.") == 9);
}

TEST_CASE("half a dozen is six, the held are counted, not their captors") {
    CHECK(killed("Half a dozen soldiers were killed in the attack.") == 6);
    CHECK(killed("A dozen soldiers were killed in the attack.") == 12);
    CHECK(killed("Thirteen hostages held by the PKK were found dead in a cave.") == 13);
    CHECK(killed("Three men kidnapped by gunmen were found dead near Baiji.") == 3);
}

TEST_CASE("martyrs counted are the dead, and the perished too") {
    CHECK(killed("The attack on the post resulted in one martyr and two wounded.") == 1);
    CHECK(injured("The attack on the post resulted in one martyr and two wounded.") == 2);
    CHECK(killed("Two soldiers fell as martyrs in the attack.") == 2);
    CHECK(killed("The bombing left three martyrs.") == 3);
    CHECK(killed("Two soldiers perished in the attack.") == 2);
    CHECK(injured("Two soldiers perished in the attack.") == -1); // (none told)
    // (a place or the families of the dead: no count at all; -1 is none told)
    CHECK(killed("Families of the martyrs gathered in Martyrs Square.") == -1);
}

TEST_CASE("no fewer than ten is ten, no one is none") {
    CHECK(killed("No fewer than ten people were killed in the bombing.") == 10);
    CHECK(killed("The bombing killed no fewer than ten people.") == 10);
    CHECK(killed("The bombing killed not less than ten people.") == 10);
    CHECK(killed("No one was killed in the bombing.") == 0);
}

TEST_CASE("one more told by its ordinal, and the one who succumbed, are counted") {
    CHECK(killed("Two fishermen were killed outright and a third later succumbed to his "
                 "wounds.") == 3);
    CHECK(injured("Two fishermen were killed outright and a third later succumbed to his "
                  "wounds.") == -1);
    CHECK(killed("Two fishermen were killed and a third died later in hospital.") == 3);
    CHECK(injured("Two fishermen were killed and a third was wounded.") == 1);
    CHECK(killed("A soldier succumbed to his wounds on Wednesday.") == 1);
}
TEST_CASE("a day or month after the dead is no named person") {
    CHECK(killed("Clashes south of Kirkuk killed seven people between Thursday and Saturday.") ==
          7);
    CHECK(killed("the fighting killed four soldiers between June and August") == 4);
    // (a name after the count still is one)
    CHECK(killed("a strike killed Ahmed Saleh and Ali Hassan") == 2);
}
TEST_CASE("lives cost, all of them, two more later, residents of a refugee camp") {
    CHECK(killed("The tribal dispute has so far cost four lives, police said.") == 4);
    CHECK(killed("The bombing claimed at least 12 lives.") == 12);
    CHECK(killed("A Turkish drone hit a car carrying three PKK members near Sidakan on Monday, "
                 "killing all of them.") == 3);
    CHECK(killed("Three soldiers were killed in the ambush on Saturday and two more later died of "
                 "their wounds.") == 5);
    CHECK(killed("Three residents of the Makhmour refugee camp died in a Turkish air raid on "
                 "Saturday evening.") == 3);
    // (the lives of people counted after them stand; "all of them" with no count before is none)
    CHECK(killed("The blast claimed the lives of four soldiers.") == 4);
    CHECK(killed("Gunmen opened fire on the guards, killing all of them.") == -1);
}
TEST_CASE("the dead counted past an institution's words, an aside or a relative clause") {
    CHECK(killed("Fourteen interior ministry guards were killed on Wednesday.") == 14);
    CHECK(killed("Two oil company workers were killed in the blast.") == 2);
    CHECK(killed("A drone strike on a motorcycle killed both riders.") == 2);
    CHECK(killed("The farmer, who had refused to join the cell, was shot dead.") == 1);
    // (an age in the clause is no count)
    CHECK(killed("The shepherd, who was 60, was shot dead in his field.") == 1);
    CHECK(killed("Eight members of one family - the parents and six children - were killed when "
                 "a shell hit their house.") == 8);
    CHECK(killed("Ambush in al-Tarmiya on Wednesday night: 2 PMF martyrs and 3 wounded.") == 2);
}
TEST_CASE("two dozen are twenty-four") {
    CHECK(killed("A bomb exploded in a market, killing two dozen people.") == 24);
    CHECK(killed("A bomb killed three dozen people.") == 36);
    CHECK(killed("A bomb killed a dozen people.") == 12);
    CHECK(killed("A bomb killed half a dozen people.") == 6);
}

TEST_CASE("the dead of the attack an anniversary is of are not the rally's") {
    CHECK(killed("Supporters rallied near Baghdad airport on Friday for the fifth anniversary of "
                 "the US drone strike that killed Qassem Soleimani and Abu Mahdi al-Muhandis.") <=
          0);
    CHECK(killed("On the anniversary of the Speicher massacre, in which IS executed about 1,700 "
                 "cadets, relatives marched to the base on Thursday.") <= 0);
    // (a killing told apart from the anniversary still counts)
    CHECK(killed("On the anniversary of the massacre; gunmen killed two marchers.") == 2);
}
