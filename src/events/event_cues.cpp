#include "events/event_cues.hpp"

#include "events/actors.hpp"
#include "events/casualties.hpp"
#include "events/date_expressions.hpp"
#include "events/phrase_table.hpp"
#include "events/token_classes.hpp"

#include <algorithm>
#include <array>

namespace conflictmap::events {

namespace {

/// A count written as a word ("eight", "a dozen"): its value, else 0.
int count_word(text::TokenText w) {
    static const std::pair<std::string_view, int> kWords[] = {
        {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},     {"six", 6},
        {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},     {"eleven", 11},
        {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},
        {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},  {"thirty", 30},
        {"forty", 40},     {"fifty", 50},    {"dozen", 12},    {"dozens", 24},  {"hundred", 100},
        {"hundreds", 200}};
    // (most words are none of them: one hashed look-up first)
    static const WordSet kAny = [] {
        std::vector<std::string_view> words;
        for (const auto& [word, value] : kWords) {
            words.push_back(word);
        }
        return WordSet(words);
    }();
    if (!kAny.contains(w)) {
        return 0;
    }
    for (const auto& [word, value] : kWords) {
        if (w == word) {
            return value;
        }
    }
    return 0;
}

using text::Document;

struct CueEntry {
    Cue cue;
    bool plural;
    bool weak; ///< "struck", "landed", "hit": an event only with a weapon or casualties
};

const PhraseTable<CueEntry>& cue_table() {
    static const PhraseTable<CueEntry> table = [] {
        PhraseTable<CueEntry> t;
        auto add = [&t](Cue c, std::initializer_list<const char*> singular,
                        std::initializer_list<const char*> plural = {}) {
            for (const char* p : singular) {
                t.add(p, {c, false, false});
            }
            for (const char* p : plural) {
                t.add(p, {c, true, false});
            }
        };
        add(Cue::rocket,
            {"rocket", "katyusha", "rocket attack", "rocket strike", "rocket fire",
             "rocket barrage"},
            {"rockets", "katyushas", "rocket attacks", "rocket strikes"});
        add(Cue::mortar, {"mortar", "mortar shell", "mortar round", "mortar attack", "mortar fire"},
            {"mortars", "mortar shells", "mortar rounds", "mortar attacks"});
        add(Cue::artillery, {"artillery", "howitzer", "artillery fire", "artillery strike"},
            {"howitzers", "artillery strikes"});
        add(Cue::missile,
            {"missile", "ballistic missile", "cruise missile", "missile attack", "missile strike"},
            {"missiles", "ballistic missiles", "cruise missiles", "missile attacks",
             "missile strikes"});
        add(Cue::shelling,
            {"shelling", "shelled", "shell", "projectile", "bombardment", "barrage",
             // (rockets or mortars, in a military's words: "an indirect fire attack", "came
             // under indirect fire")
             "indirect fire attack", "under indirect fire", "indirect fire hit",
             "indirect fire struck", "indirect fire targeted"},
            {"shells", "projectiles", "barrages", "indirect fire attacks"});
        add(Cue::air_strike,
            {"airstrike", "air strike", "air raid", "air attack", "aerial bombardment",
             "aerial attack", "airstruck", "air supported operation", "air backed operation",
             // (a military's release, the strike singular: "U.S. forces conducted a strike in
             // Jurf al-Sakhar")
             "conducted a strike", "carried out a strike", "conducted a precision strike",
             "carried out a precision strike", "precision strike", "conducted a unilateral strike",
             "self defence strike", "self defense strike",
             // (dropped from helicopters: "a barrel bomb hit a market in Darayya")
             "barrel bomb", "barrel bombing", "explosive barrel"},
            // A military's "precision strikes", "self-defence strikes": from the air.
            {"airstrikes", "air strikes", "air raids", "air attacks", "precision strikes",
             "self defence strikes", "self defense strikes", "retaliatory strikes",
             "conducted strikes", "carried out strikes",
             // ("B-1 bombers dropped more than 125 precision munitions on command centres")
             "precision munitions", "precision guided munitions", "dropped munitions",
             "barrel bombs", "barrel bombings", "explosive barrels"});
        add(Cue::drone_strike, {"drone strike", "drone attack", "uav strike", "drone bombing"},
            {"drone strikes", "drone attacks", "uav strikes"});
        add(Cue::drone,
            {"drone", "uav", "unmanned aerial vehicle", "kamikaze drone", "unmanned aerial system",
             "uas", "one way attack uas", "one way attack drone", "suicide drone",
             "loitering munition", "mq 9", "mq 9 reaper", "mq 1", "reaper drone", "quadcopter",
             "quadcopter drone", "quad copter", "multicopter"},
            {"drones", "uavs", "mq 9s", "reaper drones", "quadcopters", "multicopters"});
        add(Cue::warplane,
            {"warplane", "fighter jet", "war plane", "fighter plane", "helicopter gunship",
             "gunship", "aircraft", "f 16", "f16", "helicopter", "jet", "f 15", "f 15e", "f 35",
             "a 10", "b 1", "b 1b", "b 52", "su 24", "su 25", "bomber", "ac 130", "ac 130j",
             "ac 130u",
             // (a force's air arm: "Army aviation struck IS hideouts")
             "army aviation", "military aviation", "combat aviation"},
            {"warplanes", "fighter jets", "jets", "war planes", "fighter planes", "helicopters",
             "f 16s", "f 15s", "f 15es", "f 35s", "a 10s", "b 1s", "b 1bs", "b 52s", "bombers",
             "ac 130s"});
        add(Cue::suicide,
            {"suicide bomber",
             "suicide bombing",
             "suicide attack",
             "suicide car bomb",
             "suicide vest",
             "suicide belt",
             "blew himself up",
             "blew herself up",
             "explosive vest",
             "suicide attacker",
             "svbied",
             "pbied",
             "suicide car bomber",
             "suicide truck bomber",
             "car bomber",
             "suicide bomb",
             "suicide truck bomb",
             "suicide truck bombing",
             "suicide car bombing",
             "detonated by its driver",
             "detonated by the driver",
             "detonated by his driver"},
            {"suicide bombers", "suicide bombings", "suicide attacks", "svbieds",
             "suicide car bombers", "car bombers", "suicide car bombs", "suicide truck bombs",
             "suicide bombs", "suicide truck bombings", "suicide car bombings",
             "blew themselves up", "detonated by their drivers", "detonated by the drivers"});
        add(Cue::ied,
            {"ied", "improvised explosive device", "roadside bomb", "sticky bomb",
             "explosive device", "magnetic bomb", "explosive charge", "roadside explosive",
             "buried explosive", "buried bomb", "planted explosive", "planted bomb",
             "pressure plate device", "pressure plate bomb", "pressure plate ied",
             // (a house or a door made to blow up: "a device rigged inside a house")
             "booby trap", "device rigged",
             // (the grid's pylons felled, by whatever charge: "two towers brought down near
             // Hawija", "a charge damaged a tower")
             "towers brought down", "tower brought down", "tower was brought down",
             "towers were brought down", "pylons brought down", "pylon brought down",
             "a charge damaged", "charges damaged", "a charge destroyed", "charges destroyed",
             "a charge toppled", "charges toppled"},
            {"ieds", "improvised explosive devices", "roadside bombs", "sticky bombs",
             "pressure plate devices", "explosive devices", "buried explosives", "buried bombs",
             "booby traps", "devices rigged"});
        add(Cue::car_bomb,
            {"car bomb", "vbied", "car bombing", "booby trapped car", "booby trapped vehicle",
             "truck bomb", "vehicle borne"},
            {"car bombs", "car bombings"});
        add(Cue::bomb,
            {"bomb", "bombing", "bombed", "explosives", "dropped an explosive",
             "dropping an explosive"},
            {"bombs", "bombings"});
        // Old ordnance that goes off is coded as a landmine, whatever it was made to be.
        add(Cue::landmine,
            {"landmine", "land mine", "mine blast", "mine explosion", "unexploded mortar",
             "unexploded shell", "unexploded rocket", "unexploded round", "unexploded ordnance",
             "explosive remnant", "old grenade", "old mortar round", "old shell",
             "old artillery shell", "old rocket", "leftover shell", "leftover mine",
             "mine exploded", "mine went off", "mine detonated", "stepped on a mine", "hit a mine",
             "struck a mine", "drove over a mine", "anti tank mine", "anti personnel mine",
             // (the mine the subject of its harm: "A mine wounded two shepherds")
             "a mine wounded", "a mine killed", "a mine injured", "the mine wounded",
             "the mine killed", "the mine injured"},
            {"landmines", "land mines", "explosive remnants", "mines exploded", "anti tank mines",
             "anti personnel mines"});
        add(Cue::grenade, {"grenade", "hand grenade", "rocket propelled grenade", "rpg"},
            {"grenades", "hand grenades", "rpgs", "rocket propelled grenades"});
        add(Cue::chemical,
            {"chemical weapon", "chemical attack", "chlorine gas", "mustard gas", "sarin",
             // ("a shell that tested positive for a sulfur mustard agent")
             "mustard agent", "sulfur mustard", "sulphur mustard", "chlorine shells",
             "chemical munition", "chemical shell", "blister agent", "nerve agent"},
            {"chemical weapons", "chemical attacks", "chemical munitions", "chemical shells"});
        add(Cue::explosion,
            {"explosion", "blast", "exploded", "explodes", "detonated", "detonation", "went off",
             "blew up", "blows up", "blown up"},
            {"explosions", "blasts"});
        add(Cue::clash,
            {"clash", "clashes", "clashed", "clashing", "fighting", "fought", "firefight",
             "gun battle", "gunfight", "gun fight", "shoot out", "armed confrontation",
             "traded fire", "trading fire", "traded gunfire", "exchanged gunfire",
             "exchange of gunfire", "trade fire", "armed confrontations", "gunbattle",
             "exchange of fire", "exchanged fire", "battle", "skirmish", "skirmishes", "shootout",
             // (a radio log's call of a unit under fire)
             "contact contact", "troops in contact", "heavy fighting", "armed dispute",
             "armed disputes", "armed quarrel",
             // (Told in the plural of one fight, as "clashes" is: "street battles killed 12".)
             "battles", "firefights", "gun battles"});
        add(Cue::ambush, {"ambush", "ambushed"}, {"ambushes"});
        add(Cue::raid, {"raid", "raided", "night raid", "incursion"}, {"raids", "incursions"});
        add(Cue::operation,
            {"operation", "offensive", "joint operation", "military operation",
             "security operation", "counter terrorism operation", "sweep", "combing operation",
             "search operation", "mission"},
            {"operations", "offensives", "joint operations", "military operations"});
        add(Cue::attack, {"attack", "attacked", "attacking", "assailed"}, {"attacks"});
        // An infiltration is a clash when someone died in it ("were martyred when terrorists
        // tried to infiltrate a base"), else an intention at most.
        for (const char* weak : {"infiltrate", "infiltrated", "infiltration"}) {
            t.add(weak, {Cue::clash, false, true});
        }
        // An advance into a town is a clash when someone died in it ("troops advance inside the
        // Old City; dozens of militants killed"), else a move.
        for (const char* weak :
             {"advance into", "advance inside", "advance towards", "advance toward",
              "advanced into", "advances into", "advancing into", "advanced inside",
              "advances inside", "advancing inside", "advanced towards", "advances towards",
              "advancing towards", "advanced toward", "advances toward", "advancing toward"}) {
            t.add(weak, {Cue::clash, false, true});
        }
        // A feud is a clash when someone died in it ("three men died in a feud between two
        // clans"), else a quarrel that goes on.
        for (const char* weak :
             {"feud", "tribal feud", "clan feud", "tribal dispute", "tribal conflict"}) {
            t.add(weak, {Cue::clash, false, true});
        }
        for (const char* weak : {"struck", "strike", "targeted", "hit", "hits", "landed", "fell",
                                 "slammed", "pounded", "crashed", "strikes", "exploded near",
                                 "fallen", "falling", "landing", "impacted", "slammed into"}) {
            t.add(weak, {Cue::attack, std::string_view(weak).back() == 's', true});
        }
        add(Cue::assault,
            {"assault", "assaulted", "stormed", "storming",
             // (a beating: "two unknown men beat the photojournalist outside his
             // home", "a reporter was beaten by guards")
             "beat up", "beaten up", "was beaten", "were beaten", "beaten by", "badly beaten",
             "severely beaten", "beat him", "beat her", "beat them", "beat a journalist",
             "beat the journalist", "beat a reporter", "beat the reporter", "beat a photographer",
             "beat the photographer", "beat the photojournalist", "beat a photojournalist",
             "beat a cameraman", "beat the cameraman", "beat protesters", "beat demonstrators",
             "beat the protesters", "beat the demonstrators", "beat journalists", "beat reporters"},
            {"assaults"});
        add(Cue::shooting,
            {"shooting", "shot dead", "shot and killed", "opened fire", "gunfire", "sniper fire",
             "sniper", "fired on", "fired upon", "fired at", "gunned down", "shot", "gunshot",
             "fire from snipers", "fire from gunmen", "machine guns", "machine gun fire",
             "machine-gun fire", "small arms fire", "light weapons", "with bullets",
             "hail of bullets", "riddled with bullets", "with gunfire", "firing on", "firing at",
             "returned fire", "returning fire",
             // (simple English: "Police fired their guns.")
             "fired their guns", "fired their weapons", "fired their rifles", "fired guns",
             // (military logs: "SAF against IA checkpoint", "harassed with SAF"; "CONTACT
             // CONTACT, small arms, both escort vehicles hit")
             "saf", "small arms"},
            {"shootings", "gunshots"});
        add(Cue::assassination,
            {"assassination", "assassinated", "assassination attempt", "assassinate"},
            {"assassinations"});
        add(Cue::execution,
            {"executed", "execution", "beheaded", "summarily executed",
             // (headlines tell the present: "IS executes 4 men in Mosul")
             "executes", "beheads",
             // (captives killed as a group: "driven to the palaces and shot there in groups")
             "shot there in groups", "shot in groups",
             // (killed by hand or in numbers: "stabbed to death a shepherd", "massacred 80 men")
             "massacred", "slaughtered", "stabbed to death", "hacked to death", "beaten to death",
             "burned alive", "burnt alive",
             // (a knife attack, its victim named between: "stabbed a refugee to death")
             "stabbed a", "stabbed an", "stabbed the", "stabbed him to death",
             "stabbed her to death", "stabbed two", "stabbed three",
             // (the victim first: "A woman activist was stabbed in Mosul by an attacker")
             "was stabbed", "were stabbed", "knife attack", "stabbing attack"},
            {"executions", "knife attacks", "stabbing attacks"});
        add(Cue::abduction,
            {"kidnapped", "kidnapping", "kidnap", "abducted", "abduction", "abduct",
             // ("stopped her car ... and drove off with her")
             "drove off with her", "drove off with him", "drove away with her",
             "drove away with him", "bundled him into", "bundled her into", "taken hostage",
             "held hostage", "forcibly disappeared", "snatched", "bundled into a car",
             // ("five days after snatching him", "taken away by men in uniform")
             "snatching him", "snatching her", "snatching them", "taken away by", "taken by gunmen",
             "taken by armed men", "taken by men in"},
            {"kidnappings", "abductions"});
        add(Cue::sexual_violence, {"raped", "rape", "sexual violence", "sexual assault"});
        add(Cue::protest,
            {"protest", "protested", "protesting", "demonstration", "rally",
             "demonstrated peacefully", "demonstrated against", "demonstrated outside",
             "demonstrated in front", "demonstrated on", "demonstrated near", "demonstrated in",
             "demonstrated at", "demonstrated over", "demonstrated for", "demonstrated to",
             "burning tyres", "burning tires", "burned tyres", "burnt tyres", "burned tires",
             "rallied", "sit in", "took to the streets", "protesters gathered",
             "demonstrators gathered", "protesters marched", "demonstrators marched",
             "crowds gathered", "protesters blocked", "demonstrators blocked",
             "protesters also blocked", "demonstrators also blocked", "protesters kept blocking",
             "demonstrators kept blocking", "protesters blocking", "demonstrators blocking",
             "protesters continued to block", "demonstrators continued to block",
             // (a crowd closing a road or a port: "a crowd closed the entrance to the port")
             "crowd blocked", "crowds blocked", "crowd closed", "crowds closed",
             "protesters closed", "demonstrators closed", "residents blocked", "graduates blocked",
             "villagers blocked", "farmers blocked", "students blocked", "families blocked",
             "workers closed", "employees blocked", "contractors blocked", "protesters assembled",
             "demonstrators assembled",
             // (headlines and live updates tell the present: "Protesters block roads in Kut")
             "protesters block", "demonstrators block", "protesters gather", "demonstrators gather",
             "protesters march", "demonstrators march", "take to the streets", "crowds gather",
             "crowd gathers", "gather peacefully", "gathers peacefully", "rally peacefully",
             "march peacefully",
             // (only with a demand said: see non_event_reason)
             "gathered in front of", "gathered outside", "assembled in front of",
             "gathered peacefully", "rallied peacefully", "marched peacefully",
             "protested in front of", "protested outside", "takes to the streets", "marched",
             "protesters rallied", "strike action", "went on strike", "go on strike",
             // (a square filled: "Crowds filled Tahrir Square again today")
             "crowds filled", "protesters filled", "demonstrators filled", "crowds packed",
             "protesters packed", "staged a strike", "workers blocked", "vigil",
             // (the noun, told with its way: not the month, "a March attack")
             "protest march", "a march through", "a march went", "the march through", "a march to",
             "a march from", "peaceful march", "silent march", "held a march", "staged a march",
             "held a rally", "staged a rally", "peaceful rally",
             // (only with a demand said: "hundreds gathered in Khanasor to condemn the strikes
             // and demand protection")
             "gathered in",
             // (pictures' captions in the present: "Demonstrators chant slogans against the
             // government in Tahrir Square")
             "protesters chant", "demonstrators chant", "protesters chanted",
             "demonstrators chanted", "chant slogans", "chanted slogans"},
            {"protests", "demonstrations", "rallies", "sit ins", "protest marches"});
        add(Cue::riot, {"riot", "rioting", "rioters", "mob", "violent demonstration"},
            {"riots", "mobs"});
        add(Cue::storming,
            {"try to storm", "tried to storm", "attempted to storm",
             // (headlines in the present: "PROTESTERS STORM AND TORCH CONSULATE")
             "protesters storm", "demonstrators storm", "rioters storm", "crowds storm",
             "crowd storms", "storm and torch", "tries to storm", "trying to storm", "broke into",
             "stormed into", "forced their way into", "broken into", "break into", "breaking into",
             // (a wall or gate breached: not "breached the ceasefire")
             "breached the outer wall", "breached the wall", "breached the gate",
             "breached the perimeter", "breached the walls", "breached the main gate",
             // (a seat of power entered by a crowd: "entered government buildings in the
             // International Zone", "swarmed into parliament")
             "entered government buildings", "entered the parliament", "entered parliament",
             "entered the parliament building", "occupied the parliament", "occupied parliament",
             "swarmed into",
             // (a palace or the government's zone: "his supporters entered the Republican
             // Palace", "entered the Green Zone")
             "entered the republican palace", "entered the presidential palace",
             "entered the government palace", "entered the green zone",
             "entered the international zone", "entered the council building",
             "entered the provincial council building", "entered the governorate building",
             // (crowds that flooded in: "poured into the Green Zone ..., occupying the
             // parliament hall", "tore down concrete barriers on the bridge")
             "poured into the green zone", "poured into the international zone",
             "poured into parliament", "poured into the parliament", "occupying the parliament",
             "occupying parliament", "tore down concrete barriers", "tore down the barriers",
             "tore down blast walls", "tore down the blast walls"});
        add(Cue::arson,
            {"set fire", "set fires", "setting fire", "setting fires", "set on fire", "set ablaze",
             "torched", "burned down", "set alight", "burnt down", "burned", "burnt",
             // (fire thrown by hand: a crowd's weapon, no bomb)
             "petrol bomb", "molotov cocktail", "firebomb", "fire bomb", "firebombed",
             // (told as a noun: "the burning of the Iranian consulate by protesters")
             "burning of the", "torching of the"},
            {"petrol bombs", "molotov cocktails", "molotovs", "firebombs", "fire bombs"});
        // (Shots fired into the air meet a crowd as tear gas does: "fired into the air to
        // disperse farmers who tried to stop a bulldozer".)
        add(Cue::tear_gas,
            {"tear gas", "teargas", "rubber bullets", "water cannon", "stun grenades",
             "tear gas grenades", "teargas grenades", "tear gas canisters", "gas grenades",
             "sound bombs", "batons", "pepper spray", "fired into the air", "fired in the air",
             "fired warning shots", "warning shots"});
        add(Cue::live_fire, {"live fire", "live ammunition", "live rounds", "fired into the crowd",
                             "opened fire on protesters", "opened fire on demonstrators"});
        add(Cue::dispersal, {"dispersed", "disperse", "broke up"});
        add(Cue::arrest,
            {"arrested", "arrest", "arresting", "detained", "detain", "detaining",
             "taken into custody", "apprehended", "rounded up"},
            {"arrests", "detentions"});
        add(Cue::seizure,
            {"weapons cache", "arms cache", "ammunition cache", "explosives cache",
             "weapons caches", "arms caches", "seized weapons", "seized explosives",
             "weapons depot was found", "seized a cache", "found a cache", "were seized",
             "was seized", "were confiscated", "was confiscated",
             // (a launcher found before it fired: "found a rocket launcher with
             // five rockets ready to fire")
             "found a rocket launcher", "found rocket launchers", "found a launcher",
             "discovered a rocket launcher", "seized a rocket launcher", "found a launch pad"});
        add(Cue::intercept,
            {"intercepted", "shot down",
             // (a drone "brought down": not the grid's towers, an IED's, above)
             "drone was brought down", "drones were brought down", "brought down a drone",
             "brought down two drones", "brought down the drone", "downed", "air defences",
             "air defenses", "c ram", "base defense systems", "base defence systems", "counter uas",
             "engaged and destroyed", "shooting down", "shoot down", "air defence system",
             "air defense system", "thwarted", "foiled", "intercept", "air defence", "air defense",
             "interception"},
            {"interceptions"});
        add(Cue::defuse, {"defused", "dismantled", "bomb disposal", "defuse", "disarmed",
                          "neutralised", "neutralized",
                          // (a device found and set off on purpose by the finders; not old
                          // ordnance cleared in "a controlled detonation")
                          "detonated it safely", "safely detonated", "detonated them safely"});
        // A ceasefire called for is no agreement; one agreed, signed or in force is.
        add(Cue::agreement,
            {"agreed a ceasefire", "agreed to a ceasefire", "agreed on a ceasefire",
             "reached a ceasefire", "signed a ceasefire", "brokered a ceasefire",
             "ceasefire agreement", "truce agreement", "ceasefire took effect",
             "ceasefire came into effect", "truce took effect", "peace deal", "signed an agreement",
             "signed a deal", "agreed a truce", "reached a truce"});
        add(Cue::looting, {"looted", "looting", "ransacked", "demolished", "destroyed homes",
                           "sabotaged", "vandalised", "vandalized",
                           // (heritage and houses destroyed: "bulldozed the gates", "smashed
                           // statues", "began levelling Nimrud", "razed the village")
                           "bulldozed", "razed", "desecrated", "dynamited", "smashed statues",
                           "smashed the statues", "smashed artefacts", "smashed artifacts",
                           "smashing statues", "smashing the statues", "smashing artefacts",
                           "smashing artifacts", "began levelling", "began leveling",
                           "started levelling", "started leveling", "levelled the", "leveled the",
                           // (a cemetery's or a church's crosses: "smashed the crosses and
                           // gravestones of the cemetery")
                           "smashed the crosses", "smashed crosses", "smashed the gravestones",
                           "smashed gravestones", "smashed the tombstones", "smashed tombstones",
                           "smashed the tombs", "smashed the graves", "smashed the icons"});
        add(Cue::takeover,
            {"seized control", "took control", "overran", "swept into", "captured the town",
             "took full control", "seized full control", "took complete control",
             // (a taking announced: "the army declared full control of Rawa")
             "declared full control", "announced full control", "declared complete control",
             "announced complete control", "seized complete control", "took total control",
             "captured the village", "captured the city", "fell to", "overrun",
             // (feeds and headlines tell the present: "CTS takes control of K1")
             "takes control", "takes full control", "seizes control", "taken over by",
             // (a place taken over, see takes_over_place: "federal forces took over Kirkuk")
             "took over", "take over", "takes over", "take control", "take full control",
             "seize control",
             // a flag raised over a town, its centre reached: taken (by whom settles the type)
             "raised the flag", "raised the iraqi flag", "raised the kurdish flag",
             "raised the kurdistan flag", "hoisted the flag", "hoisted the iraqi flag",
             "hoisted the kurdish flag",
             // (passive, in feeds and captions: "Kirkuk governorate building: Iraqi flag raised")
             "flag raised", "flag was raised", "flag hoisted", "flag was hoisted",
             // (the seat of a town's government: "entered the centre of Fallujah and took the
             // government compound")
             "took the government compound", "seized the government compound",
             "captured the government compound", "took the government complex",
             "seized the government complex", "captured the government complex",
             "took the government building", "seized the government building",
             "captured the government building",
             // (a town cleared of its defenders)
             "cleared the town", "cleared most of the town", "cleared the city",
             "cleared most of the city", "cleared the village", "cleared most of the village",
             // (a town's last holdout: "cleared the last Islamic State pocket of Fallujah")
             "cleared the last", "cleared the remaining",
             // (the town's size or kind between: "seized the small town of Sulaiman Bek")
             "seized the town", "seized the small town", "seized the city", "seized the village",
             "captured the small town", "seized the border town", "captured the border town",
             "seized the oil town", "captured the oil town"});
        add(Cue::recapture,
            {"recaptured", "retook", "liberated", "regained control", "retaken",
             "regained full control", "regained complete control", "regain full control",
             "regained total control", "regain control", "regains control", "recaptures", "retakes",
             "liberation", "recapture", "retaking", "recapturing",
             // (a besieged town relieved: "the army broke the siege and entered the town")
             "broke the siege", "broken the siege", "broke the blockade"});
        add(Cue::withdrawal,
            {"handed over control", "handover of", "withdrew from the town",
             "withdrew from the city", "withdrew from the village", "withdrew from the area",
             "pulled out of the town", "withdrawn from the city", "withdrawn from the town",
             "pulled out of the city",
             // (without a place: "entered Sinjar after the Peshmerga withdrew overnight")
             "withdrew overnight", "withdrew without a fight", "withdrew without fighting",
             "withdrew without resistance", "pulled out overnight", "left in the night",
             "left overnight", "left during the night", "handed over the town",
             "handed over the city", "withdrew from the district", "pulled out of the district",
             "withdrawn from the district"});
        // Attacks that are no violence.
        add(Cue::ignore,
            {"heart attack", "panic attack", "asthma attack", "cyber attack", "cyberattack",
             "cyber attacks", "cyberattacks", "hunger strike", "hunger strikes", "oil strike",
             // (a relative's grief: "his mother said, fighting back tears")
             "fighting back tears", "fought back tears", "fight back tears", "fights back tears",
             "fighting back her tears", "fighting back his tears", "fighting tears"});
        add(Cue::ignore,
            {"controlled detonation", "controlled explosion", "controlled explosions",
             // (people of an air-defence unit: "two Iraqi air-defence personnel" wounded)
             "air defence personnel", "air defense personnel", "air defence troops",
             "air defense troops", "air defence soldiers", "air defense soldiers",
             "protest movement", "protest movements", "protest leaders", "protest organisers",
             "protest organizers", "attack helicopter", "attack helicopters", "strike force",
             "bomb squad", "bomb disposal", "rocket launcher", "rocket launchers",
             "missile launcher", "missile defence", "missile defense", "security operations",
             "operations command", "joint operations command", "protest vote", "hunger strike",
             "general strike", "shell company", "attacks on civilians", "killing spree",
             "protest figures", "protest figure", "protest activist", "protest activists",
             "protest leader", "protest slogans",
             // (the police who came to a crowd, not the crowd rioting)
             "riot police", "riot policemen", "riot control", "anti riot", "riot gear",
             "riot squad", "riot squads", "riot shields",
             // (no attack: a scare, a hoax, a wedding's or a match's shots in the air)
             "bomb scare", "bomb scares", "bomb threat", "bomb threats", "false alarm",
             "celebratory gunfire", "celebratory fire", "celebratory shooting",
             "celebratory shots"});
        // Aircraft that carry people and goods, not weapons ("carried off a transport
        // aircraft" after a missile attack is no air strike).
        // Equipment sent or deployed, not used: "sent two more air-defence batteries".
        add(Cue::ignore, {"air defence batteries", "air defense batteries", "air defence battery",
                          "air defense battery", "patriot batteries", "patriot battery"});
        add(Cue::ignore, {"transport aircraft", "transport plane", "cargo plane", "cargo aircraft",
                          "aircraft carrier", "passenger plane", "passenger jet",
                          "medical evacuation flight", "transport planes", "cargo planes"});
        add(Cue::kill,
            {"killed", "killing", "kills", "kill", "dead", "died", "death", "slain", "deadly",
             "lost their lives", "lost his life", "lost her life", "claimed the lives", "fatal",
             "fatality", "lethal", "martyrdom", "martyred",
             // ("Gunmen murdered a teacher in Basra", "slew", "strangled")
             "murdered", "slew", "strangled",
             // (a toll told with its article: "the toll stood at 35", "police put the toll at
             // 35")
             "the toll stood", "the toll stands", "the toll rose", "the toll rises",
             "the toll climbed", "the toll reached", "the toll has risen", "the toll had risen",
             "the toll has climbed", "the toll had climbed", "the toll at", "the toll reaching",
             "the toll rising", "the toll climbing", "the toll standing",
             // (after a place's or an event's name: "the Koya toll rose to 13", "UPDATE:
             // Koya toll now 13")
             "toll rose", "toll rises", "toll climbed", "toll climbs", "toll now", "toll is now",
             "toll has risen", "toll had risen", "toll has climbed", "toll reached"},
            {"deaths", "fatalities"});
        add(Cue::injure,
            {"wounded", "injured", "hurt", "wounding", "injuring", "injury", "casualties"},
            {"injuries", "wounds"});
        return t;
    }();
    // Case rules are checked in find_cues.
    return table;
}

bool has(const CueSet& s, Cue c) {
    return s.test(static_cast<std::size_t>(c));
}

/// Violence a crowd or a speaker can name as a grievance.
/// (Not arson: "compensation for burned houses" may be the crowd's own burning; masking it
/// cost one event on held-out text.)
bool is_violence_cue(Cue c) {
    return c <= Cue::sexual_violence || c == Cue::arrest;
}

/// "3 PMF KIA", "8 KIA incl 5 ISF": an alert's count of dead or wounded at token i (a count
/// before it, from begin on; "two KIA minibuses" are cars).
bool abbreviation_cue(const Document& doc, std::size_t begin, std::size_t i, std::size_t end) {
    return !(i + 1 < end && is_vehicle_word(doc.lower(i + 1))) &&
           abbreviated_count(doc, begin, i).has_value();
}

/// Whether token j (before end) tells a day: a weekday, a month named in capitals,
/// "yesterday", "overnight", "today", "tonight", "the previous day/night", "this afternoon",
/// "last night".
bool day_told_at(const Document& doc, std::size_t j, std::size_t end) {
    const auto x = doc.lower(j);
    const auto nx = j + 1 < end ? doc.lower(j + 1) : text::TokenText();
    return text::weekday_from_word(x) >= 0 ||
           (text::month_from_word(x) > 0 && doc.tokens()[j].is(text::kCapitalized)) ||
           x == "yesterday" || x == "overnight" || x == "today" || x == "tonight" ||
           (x == "previous" && (nx == "day" || nx == "night")) ||
           ((x == "this" || x == "last") &&
            (nx == "morning" || nx == "afternoon" || nx == "evening" || nx == "night"));
}

/// "12 people were arrested overnight for rioting", "detained on charges of attacking police",
/// "arrested four suspects over the bombing of a liquor store", "detained three men in
/// connection with the assassination of an activist", "arrested four men suspected of planting
/// the bomb that killed two people": the grounds of an arrest, not an event told.
void drop_charges(const Document& doc, std::vector<CueMatch>& out) {
    const auto arrest = std::find_if(out.begin(), out.end(),
                                     [](const CueMatch& c) { return c.cue == Cue::arrest; });
    if (arrest == out.end()) {
        return;
    }
    const std::size_t after = arrest->end;
    const std::size_t n = doc.tokens().size();
    std::erase_if(out, [&](const CueMatch& c) {
        if (c.cue == Cue::arrest || c.begin < after || c.begin > after + 12 || c.begin == 0) {
            return false;
        }
        // (an attack told with a day of its own, the arrest having another, is told:
        // "raids on Monday ... arrested six members of the cell responsible for the bombing of
        // the church in Damascus on Sunday evening"; not "arrested four suspects over the
        // bombing of a liquor store on Tuesday", the arrest's one day)
        bool own_day = false;
        for (std::size_t j = c.end;
             j < n && j < c.end + 12 && !own_day && doc.surface(j) != "." && doc.surface(j) != ";";
             ++j) {
            own_day = day_told_at(doc, j, n);
        }
        const std::size_t sb = doc.sentences()[doc.sentence_of(c.begin)].token_begin;
        for (std::size_t j = sb; own_day && j < c.begin; ++j) {
            if (day_told_at(doc, j, n)) {
                return false;
            }
        }
        // Back from the cue over the words of its phrase ("the bomb that", "their role in
        // the") to what ties it to the arrest.
        for (std::size_t k = c.begin; k > after && k + 7 > c.begin; --k) {
            const auto w = doc.lower(k - 1);
            // ("arrested two suspects in the killing of an activist", "arrested the gunmen
            // who killed an activist")
            if (w == "for" || w == "over" || w == "behind" || w == "suspected" || w == "accused" ||
                w == "responsible" ||
                ((w == "who" || (w == "in" && k < c.begin && doc.lower(k) == "the")) &&
                 (is_violence_cue(c.cue) || c.cue == Cue::kill)) ||
                (w == "with" && k >= 2 && doc.lower(k - 2) == "connection") ||
                (w == "of" && k >= 2 &&
                 (doc.lower(k - 2) == "charges" || doc.lower(k - 2) == "suspicion"))) {
                return true;
            }
            if (!doc.tokens()[k - 1].is(text::kWord) || w == "and" || w == "after" || w == "when" ||
                w == "as" || w == "while" || w == "during" || w == "before") {
                return false;
            }
        }
        return false;
    });
}

/// "Ihab al-Wazni, a leading protest organiser, was shot dead": a protest naming what a person
/// does is no protest told; nor "protest killings", the killings named by the protests.
void drop_protest_roles(const Document& doc, std::size_t end, std::vector<CueMatch>& out) {
    static const WordSet kRoles = {"organiser",   "organisers",   "organizer", "organizers",
                                   "leader",      "leaders",      "activist",  "activists",
                                   "coordinator", "coordinators", "figure",    "figures",
                                   "killings",    "deaths",       "victims",   "crackdown"};
    std::erase_if(out, [&](const CueMatch& c) {
        return c.cue == Cue::protest && c.end < end && kRoles.contains(doc.word(c.end));
    });
}

/// "Sadr has alternately backed and opposed the protests", "voiced support for the
/// demonstrations", "criticised the protests": protests someone takes a stance on are named,
/// not told.
void drop_protest_stances(const Document& doc, std::size_t begin, std::vector<CueMatch>& out) {
    static const WordSet kStances = {
        "backed",    "backing",   "supported",  "supporting", "opposed",  "opposing",
        "endorsed",  "condemned", "criticised", "criticized", "welcomed", "praised",
        "denounced", "disowned",  "support",    "opposition", "sympathy", "solidarity"};
    for (auto& c : out) {
        if (c.cue != Cue::protest) {
            continue;
        }
        for (std::size_t k = c.begin, steps = 0; k > begin && steps < 4; --k, ++steps) {
            const auto w = doc.lower(k - 1);
            if (kStances.contains(doc.word(k - 1)) ||
                ((w == "for" || w == "to" || w == "with") && k >= begin + 2 &&
                 kStances.contains(doc.word(k - 2)))) {
                c.cue = Cue::ignore;
                break;
            }
            if (w != "the" && w != "anti-government" && w != "ongoing" && w != "recent" &&
                w != "popular" && w != "mass" && w != "street") {
                break;
            }
        }
    }
}

/// A government's protest: "summoned the charge d'affaires to hand him a formal protest", "a
/// protest note", "The ministry said it had already protested on 24 January against the
/// strikes": diplomacy, no crowd.
bool government_protest(const Document& doc, std::size_t clause_begin, const CueMatch& trigger) {
    if (trigger.cue != Cue::protest || trigger.end != trigger.begin + 1) {
        return false;
    }
    const auto w = doc.lower(trigger.begin);
    const std::size_t n = doc.tokens().size();
    const auto before = [&](std::size_t k) {
        return trigger.begin >= clause_begin + k ? doc.lower(trigger.begin - k) : text::TokenText();
    };
    const auto after = trigger.end < n ? doc.lower(trigger.end) : text::TokenText();
    if (w == "protest") {
        static const WordSet kDiplomatic = {"formal", "official", "diplomatic", "written",
                                            "lodged", "lodge",    "lodges"};
        static const WordSet kHanding = {"lodged", "lodge", "lodges", "delivered", "deliver",
                                         "handed", "hand",  "sent",   "conveyed"};
        return (trigger.begin > clause_begin &&
                kDiplomatic.contains(doc.word(trigger.begin - 1))) ||
               ((before(1) == "a" || before(1) == "its") && kHanding.contains(before(2))) ||
               after == "note" || after == "notes" || after == "memorandum" || after == "letter";
    }
    if (w == "protested") {
        // (the state body is the subject itself, with only reporting words between: "The
        // ministry said it had already protested", "The Foreign Ministry protested"; not
        // "the ministry's employees protested", "protesters outside the Ministry of
        // Electricity protested", "government employees protested")
        static const WordSet kStates = {"ministry", "government", "minister",
                                        "embassy",  "cabinet",    "presidency"};
        static const WordSet kBetween = {"said", "says",     "it",   "had",       "has",
                                         "have", "already",  "also", "formally",  "officially",
                                         "then", "strongly", "that", "repeatedly"};
        const std::size_t sb = doc.sentences()[doc.sentence_of(trigger.begin)].token_begin;
        std::size_t k = trigger.begin;
        while (k > sb && k + 8 > trigger.begin && kBetween.contains(doc.word(k - 1))) {
            --k;
        }
        return k > sb && kStates.contains(doc.word(k - 1)) &&
               (k - 1 == sb || doc.lower(k - 2) == "the" || doc.lower(k - 2) == "foreign" ||
                doc.tokens()[k - 2].is(text::kCapitalized));
    }
    return false;
}

/// "protested against the Turkish air strikes", "demanding an end to the bombardment", "a
/// sit-in over the arrest of two activists", "compensation for the shelling": the violence
/// named as what people want stopped or repaid is no event of this clause (the protest is).
/// "an end to", "a halt to" and "compensation for" mark it anywhere;
/// "against", "over", "condemning" and "denouncing" only after a protest cue.
/// (groups: Document::groups_in(begin, end), taken once by find_cues.)
void drop_grievances(const Document& doc, std::size_t begin, std::size_t end,
                     const text::GroupBits& groups, std::vector<CueMatch>& out) {
    const auto protest_at = std::find_if(out.begin(), out.end(),
                                         [](const CueMatch& c) { return c.cue == Cue::protest; });
    std::size_t protest_begin = protest_at == out.end() ? end : protest_at->begin;
    // ("TEHRAN SUMMONS IRAQI AMBASSADOR OVER CONSULATE ATTACK": a government's protest.)
    static constexpr auto kDiplomaticProtestWords = std::to_array<std::string_view>(
        {"summoned", "summons", "summon", "recalled", "recalls", "expelled", "expels", "condemned",
         "condemns", "denounced", "denounces", "sanctions", "sanctioned", "sanctioning"});
    static const WordSet kDiplomaticProtest(kDiplomaticProtestWords);
    const std::size_t scan_end = doc.may_hold<kDiplomaticProtestWords>(begin, end) ? end : begin;
    std::size_t diplomatic_at =
        protest_at != out.end() && government_protest(doc, begin, *protest_at) ? protest_begin
                                                                               : end;
    for (std::size_t k = begin; k < scan_end && diplomatic_at == end; ++k) {
        if (kDiplomaticProtest.contains(doc.word(k))) {
            diplomatic_at = k;
            protest_begin = std::min(protest_begin, k);
            break;
        }
    }
    // With no protest, only "end to", "halt to", "stop to" and "for justice" ... mark a
    // grievance: a clause without their first words is not scanned. (A word added to the
    // tests below must be added here.)
    static constexpr text::ScanWords kGrievanceOpeners{"end",          "halt",    "stop",
                                                       "compensation", "justice", "accountability"};
    if (protest_begin >= end && !text::holds<kGrievanceOpeners>(groups)) {
        return;
    }
    for (auto& c : out) {
        if (!is_violence_cue(c.cue) && c.cue != Cue::kill) {
            continue;
        }
        // The grievance is a short noun phrase: "the Turkish air strikes", "the arrest of".
        for (std::size_t k = c.begin; k > begin && k + 5 > c.begin; --k) {
            const auto w = doc.lower(k - 1);
            const auto before = k >= begin + 2 ? doc.lower(k - 2) : std::string_view{};
            const bool end_to =
                (w == "to" && (before == "end" || before == "halt" || before == "stop")) ||
                (w == "for" &&
                 (before == "compensation" || before == "justice" || before == "accountability"));
            const bool against =
                (w == "against" || w == "over" || w == "condemning" || w == "denouncing" ||
                 w == "condemn" || w == "denounce" || w == "protest" || w == "decry") &&
                protest_begin < k - 1;
            // (A government's protest over strikes it tells with their day, "summoned the
            // charge d'affaires ... over the American air strikes carried out late on Friday
            // against positions in al-Qaim": the strikes are told.)
            bool dated = false;
            for (std::size_t j = c.end; against && diplomatic_at < c.begin && j < end && !dated;
                 ++j) {
                dated = day_told_at(doc, j, end);
            }
            if ((end_to || against) && !dated) {
                c.cue = Cue::ignore;
                break;
            }
            if (!doc.tokens()[k - 1].is(text::kWord) || w == "was" || w == "were" || w == "is" ||
                w == "are" || w == "by" || w == "when" || w == "after" || w == "as" ||
                w == "while" || w == "which" || w == "that" || w == "who" || w == "and") {
                break;
            }
        }
    }
}

/// "busy with the battle of Mosul", "the battle for Fallujah": a campaign by its name, not a
/// fight told.
void drop_named_battles(const Document& doc, std::size_t end, std::vector<CueMatch>& out) {
    for (auto& c : out) {
        if (c.cue != Cue::clash || c.end + 1 >= end || doc.lower(c.end - 1) != "battle" ||
            (doc.lower(c.end) != "of" && doc.lower(c.end) != "for") ||
            !doc.tokens()[c.end + 1].is(text::kCapitalized)) {
            continue;
        }
        c.cue = Cue::ignore;
    }
}

/// "thousands of mourners carried the commander's coffin through Tahrir Square, chanting \"No
/// to America\" and demanding that parliament expel the foreign troops": a funeral whose crowd
/// chants against someone is a protest (at the chanting).
void add_chanting_mourners(const Document& doc, std::size_t begin, std::size_t end,
                           std::vector<CueMatch>& out) {
    static constexpr text::ScanWords kChant{"chanting", "chanted"};
    static constexpr text::ScanWords kMourners{"mourners", "coffin", "coffins", "funeral"};
    // (not where the clause tells violence of its own: "mourners chanting \"Death to America\"
    // buried the fighters killed in Monday's strike")
    if (!doc.may_hold<kChant>(begin, end) || !doc.may_hold<kMourners>(begin, end) ||
        std::any_of(out.begin(), out.end(), [](const CueMatch& c) {
            return c.cue == Cue::protest || is_violence_cue(c.cue) || c.cue == Cue::kill;
        })) {
        return;
    }
    bool mourners = false;
    for (std::size_t i = begin; i < end; ++i) {
        const auto w = doc.lower(i);
        mourners = mourners || w == "mourners" || w == "coffin" || w == "coffins" || w == "funeral";
        if (!mourners || (w != "chanting" && w != "chanted")) {
            continue;
        }
        // (chants against someone: "slogans", "against", "death to", "no to", "down with"; not
        // a funeral's prayers, "chanted \"God is great\"")
        for (std::size_t k = i + 1; k < end && k < i + 5; ++k) {
            const auto x = doc.lower(k);
            const auto nx = k + 1 < end ? doc.lower(k + 1) : text::TokenText();
            if (x == "slogans" || x == "against" || ((x == "death" || x == "no") && nx == "to") ||
                (x == "down" && nx == "with")) {
                out.push_back({i, i + 1, Cue::protest, false, false});
                return;
            }
        }
    }
}

/// "federal troops rolled into Kirkuk almost without a shot", "entered Dibis without
/// fighting": a place taken unopposed is handed over (the shot not fired is no shooting).
/// (groups: Document::groups_in(begin, end), taken once by find_cues.)
void add_unopposed_entries(const Document& doc, std::size_t begin, std::size_t end,
                           const text::GroupBits& groups, std::vector<CueMatch>& out) {
    // (also "with little fighting", "with barely a shot")
    static constexpr text::ScanWords kWithout{"little", "without", "barely", "hardly"};
    if (!text::holds<kWithout>(groups)) {
        return;
    }
    static const WordSet kEntering = {"entered", "rolled", "marched"};
    static const WordSet kFight = {"fight", "fighting", "shot", "shots", "bloodshed", "resistance"};
    for (std::size_t i = begin; i + 1 < end; ++i) {
        const bool with_little = doc.lower(i) == "with" &&
                                 (doc.lower(i + 1) == "little" || doc.lower(i + 1) == "barely" ||
                                  doc.lower(i + 1) == "hardly" || doc.lower(i + 1) == "minimal");
        if (doc.lower(i) != "without" && !with_little) {
            continue;
        }
        std::size_t k = i + (with_little ? 2 : 1);
        while (k < end && k < i + 3 &&
               (doc.lower(k) == "a" || doc.lower(k) == "any" || doc.lower(k) == "single" ||
                doc.lower(k) == "firing" || doc.lower(k) == "much" || doc.lower(k) == "serious")) {
            ++k;
        }
        if (k >= end || !kFight.contains(doc.lower(k))) {
            continue;
        }
        std::size_t verb = end;
        for (std::size_t j = i; j > begin && j + 12 > i; --j) {
            // ("took Kirkuk from the Peshmerga with little fighting": a named place taken)
            if (kEntering.contains(doc.lower(j - 1)) ||
                (doc.lower(j - 1) == "took" &&
                 (doc.lower(j) == "over" || (doc.tokens()[j].is(text::kCapitalized) &&
                                             !doc.tokens()[j].is(text::kAllUpper))))) {
                verb = j - 1;
                break;
            }
            if (doc.surface(j - 1) == ";" || doc.lower(j - 1) == "but") {
                break;
            }
        }
        if (verb == end) {
            continue;
        }
        // (armed men entering: not "Sadr supporters entered the Green Zone without resistance")
        static const WordSet kCrowds = {"supporters", "protesters", "protestors", "demonstrators",
                                        "crowds",     "crowd",      "followers",  "mourners",
                                        "pilgrims",   "students",   "residents",  "families"};
        bool crowd = false;
        for (std::size_t j = verb; j > begin && j + 8 > verb && !crowd; --j) {
            crowd = kCrowds.contains(doc.word(j - 1));
        }
        if (crowd) {
            continue;
        }
        // (and the taking the bare verb told: "took Kirkuk" is this hand-over)
        std::erase_if(out, [&](const CueMatch& c) {
            return (c.begin >= i && c.begin <= k) || (c.begin == verb && c.cue == Cue::takeover);
        });
        out.push_back({verb, verb + 1, Cue::withdrawal, false, false});
        return;
    }
}

/// "Overnight the Peshmerga also left Sinjar ..., and this morning Iraqi army units moved in":
/// a place left by one force and entered by another, told in one sentence, changed hands (the
/// leaving carries the hand-over; "left" alone is no cue: "left three dead").
void add_places_left_and_entered(const Document& doc, std::size_t begin, std::size_t end,
                                 const text::GroupBits& groups, std::vector<CueMatch>& out) {
    static constexpr text::ScanWords kLeft{"left"};
    static constexpr text::ScanWords kMoved{"moved", "took", "rolled"};
    if (!text::holds<kLeft>(groups) || !text::holds<kMoved>(groups)) {
        return;
    }
    for (std::size_t i = begin; i + 1 < end; ++i) {
        if (doc.lower(i) != "left" || !doc.tokens()[i + 1].is(text::kCapitalized) ||
            doc.tokens()[i + 1].is(text::kAllUpper)) {
            continue;
        }
        for (std::size_t j = i + 2; j + 1 < end && j < i + 30; ++j) {
            const auto w = doc.lower(j);
            const auto nx = doc.lower(j + 1);
            if (doc.surface(j) == ";" || doc.surface(j) == ".") {
                break;
            }
            if ((w == "moved" && (nx == "in" || nx == "into")) || (w == "took" && nx == "over") ||
                (w == "rolled" && nx == "in")) {
                out.push_back({i, i + 1, Cue::withdrawal, false, false});
                return;
            }
        }
    }
}

/// The "after" that opens the clause of the word at `at`, at most `reach` tokens before it
/// and with no punctuation between ("... on Monday after Peshmerga units pulled out"), else
/// `at`.
std::size_t after_opening(const Document& doc, std::size_t begin, std::size_t at,
                          std::size_t reach) {
    for (std::size_t k = at; k > begin && k + reach > at; --k) {
        if (doc.lower(k - 1) == "after") {
            return k - 1;
        }
        const auto p = doc.surface(k - 1);
        if (p == "," || p == ";" || p == "." || p == ":") {
            break;
        }
    }
    return at;
}

/// "Iraqi forces moved into the K1 base on Monday after Peshmerga units pulled out": a place
/// entered or taken over right after its holders "pulled out" or "withdrew" (with no more told
/// of where) changed hands; the entering verb carries the hand-over.
void add_entries_after_pullouts(const Document& doc, std::size_t begin, std::size_t end,
                                const text::GroupBits& groups, std::vector<CueMatch>& out) {
    static constexpr text::ScanWords kPulled{"pulled", "withdrew"};
    if (!text::holds<kPulled>(groups)) {
        return;
    }
    for (std::size_t i = begin + 2; i < end; ++i) {
        const auto w = doc.lower(i);
        const bool pulled =
            (w == "pulled" && i + 1 < end && doc.lower(i + 1) == "out") || w == "withdrew";
        if (!pulled) {
            continue;
        }
        // "after" opens the pull-out's clause
        const std::size_t after = after_opening(doc, begin, i, 8);
        if (after == i) {
            continue;
        }
        // the entering verb before it, with its place: "moved into the K1 base", "took over
        // security in Sinjar's old market", "entered the city"
        for (std::size_t j = after; j > begin && j + 14 > after; --j) {
            const auto v = doc.lower(j - 1);
            const auto nx = j < end ? doc.lower(j) : text::TokenText();
            const bool enters = ((v == "moved" || v == "rolled" || v == "deployed") &&
                                 (nx == "into" || nx == "in")) ||
                                (v == "took" && nx == "over") || v == "entered";
            if (!enters) {
                if (doc.surface(j - 1) == ";" || doc.surface(j - 1) == ".") {
                    break;
                }
                continue;
            }
            const bool told = std::any_of(out.begin(), out.end(), [&](const CueMatch& c) {
                return c.begin < after && c.end > j - 1 &&
                       (c.cue == Cue::withdrawal || c.cue == Cue::takeover ||
                        c.cue == Cue::recapture);
            });
            if (!told) {
                out.push_back({j - 1, j, Cue::withdrawal, false, false});
            }
            return;
        }
    }
}

/// "Federal forces entered Sinjar on Tuesday after the Peshmerga withdrew overnight": the
/// withdrawal told after "after" hands over the place entered before it, so the entering verb
/// carries the hand-over (the withdrawal's own clause names no place).
void move_withdrawals_to_entries(const Document& doc, std::size_t begin, std::size_t end,
                                 std::vector<CueMatch>& out) {
    for (auto& c : out) {
        if (c.cue != Cue::withdrawal || c.begin <= begin) {
            continue;
        }
        // "after" opens the withdrawal's clause, at most ten tokens before the verb ("after
        // Kurdistan Democratic Party (KDP) Peshmerga withdrew overnight")
        const std::size_t after = after_opening(doc, begin, c.begin, 11);
        if (after == c.begin) {
            continue;
        }
        // the entering verb with its place: "entered Sinjar", "rolled into Kirkuk"
        for (std::size_t j = after; j > begin && j + 10 > after; --j) {
            const auto w = doc.lower(j - 1);
            std::size_t place = j;
            if ((w == "rolled" || w == "moved" || w == "marched" || w == "deployed") && j < end &&
                doc.lower(j) == "into") {
                ++place;
            } else if (w != "entered") {
                if (doc.surface(j - 1) == ";" || doc.surface(j - 1) == ",") {
                    break;
                }
                continue;
            }
            if (place < end && doc.tokens()[place].is(text::kCapitalized)) {
                c.begin = j - 1;
                c.end = j;
            }
            break;
        }
    }
}

/// "PUK Peshmerga handed Khanaqin to federal police", "handed over Sinjar to the army", "the
/// coalition handed its base at al-Qaim over to Iraqi forces": a named place or a base handed
/// to another force changes hands without a fight.
void add_places_handed(const Document& doc, std::size_t begin, std::size_t end,
                       const text::GroupBits& groups, std::vector<CueMatch>& out) {
    static constexpr text::ScanWords kHanded{"handed", "hands", "hand"};
    if (!text::holds<kHanded>(groups)) {
        return;
    }
    static const WordSet kSites = {"base",    "airfield", "airbase",  "camp",
                                   "town",    "city",     "village",  "district",
                                   "airport", "compound", "garrison", "outpost"};
    for (std::size_t i = begin; i + 3 < end; ++i) {
        const auto w = doc.lower(i);
        if (w != "handed" && w != "hands") {
            continue;
        }
        // the thing handed, up to "to" ("over to"): a name or a site
        bool named = false, site = false;
        std::size_t k = i + 1;
        for (; k < end && k < i + 10; ++k) {
            const auto x = doc.lower(k);
            const auto sf = doc.surface(k);
            if (x == "to" || sf == "," || sf == ";" || sf == "." || sf == ":" || sf == "(") {
                break;
            }
            named = named || (doc.tokens()[k].is(text::kCapitalized) &&
                              !doc.tokens()[k].is(text::kAllUpper) && x != "over");
            // (one site: not "handed over several bases to Iraqi forces this year")
            site = site || (kSites.contains(doc.word(k)) && !x.ends_with("s"));
        }
        if (k >= end || doc.lower(k) != "to" || (!named && !site) || k == i + 1) {
            continue;
        }
        if (std::none_of(out.begin(), out.end(), [&](const CueMatch& c) {
                return c.cue == Cue::withdrawal || c.cue == Cue::takeover;
            })) {
            out.push_back({i, i + 1, Cue::withdrawal, false, false});
        }
        return;
    }
}

/// "federal forces took over Kirkuk city", "took over the town": a place taken over; not
/// "took over as prime minister", "took over the investigation", "took over security".
void drop_offices_taken_over(const Document& doc, std::size_t end, std::vector<CueMatch>& out) {
    static constexpr auto kPlaceNounWords =
        std::to_array<std::string_view>({"town", "city", "village", "villages", "towns", "base",
                                         "bases", "district", "airport", "camp"});
    static const WordSet kPlaceNouns(kPlaceNounWords);
    for (auto& c : out) {
        if (c.cue != Cue::takeover || c.end != c.begin + 2 || doc.lower(c.begin + 1) != "over") {
            continue;
        }
        bool place = false;
        if (c.end < end && doc.tokens()[c.end].is(text::kCapitalized)) {
            place = true;
        }
        // (a name, or a place word with its name: "the K1 base", "the town of Hit"; not "the
        // city" alone, which points back too loosely)
        for (std::size_t k = c.end; !place && k < end && k < c.end + 5; ++k) {
            const auto w = doc.lower(k);
            if (doc.tokens()[k].is(text::kCapitalized) && k > c.end) {
                place = true;
            } else if (!kPlaceNouns.contains(doc.word(k)) && w != "the" && w != "a" && w != "an" &&
                       w != "several" && w != "all" && w != "most" && w != "of" && w != "nearby" &&
                       w != "surrounding") {
                break;
            }
        }
        if (!place) {
            c.cue = Cue::ignore;
        }
    }
}

/// "an assault on the national economy", "an attack on Iraq's sovereignty": words of
/// statements, not violence.
void drop_figurative_attacks(const Document& doc, std::size_t end, std::vector<CueMatch>& out) {
    static const WordSet kAbstract = {
        "sovereignty",  "economy",      "democracy", "freedom",      "freedoms",  "dignity",
        "constitution", "rights",       "unity",     "independence", "stability", "values",
        "principles",   "institutions", "will",      "honour",       "honor",     "reputation",
        "dialogue",     "peace",        "judiciary", "press",        "identity",  "livelihoods"};
    // "a debut feature shot in Mosul's Old City", "scenes were shot in Erbil": filmed.
    static const WordSet kFilm = {"film",  "films",   "feature",     "movie",   "movies",
                                  "scene", "scenes",  "documentary", "footage", "series",
                                  "video", "episode", "photographs", "drama"};
    for (auto& c : out) {
        if (c.cue != Cue::shooting || doc.lower(c.begin) != "shot" || c.end != c.begin + 1 ||
            c.begin == 0) {
            continue;
        }
        // (the film right before: "a feature shot in", "scenes were shot in"; not "medics
        // arriving at the scene were shot", "a drama teacher was shot")
        std::size_t k = c.begin - 1;
        const auto aux = doc.lower(k);
        if ((aux == "was" || aux == "were") && k > 0) {
            --k;
        }
        const auto noun = doc.lower(k);
        const bool plural = noun.ends_with("s");
        if (kFilm.contains(doc.word(k)) && !(aux == "were" && !plural) &&
            !(aux == "was" && plural && noun != "series")) {
            c.cue = Cue::ignore;
        }
        // "a stone head with its face shot away": damage to a thing, not a shooting.
        if (c.begin + 1 < end && doc.lower(c.begin + 1) == "away") {
            c.cue = Cue::ignore;
        }
        // "a shot in the arm for the province": a boost.
        if ((aux == "a" || aux == "big" || aux == "real" || aux == "welcome") &&
            c.begin + 3 < end && doc.lower(c.begin + 1) == "in" &&
            doc.lower(c.begin + 2) == "the" && doc.lower(c.begin + 3) == "arm") {
            c.cue = Cue::ignore;
        }
    }
    for (auto& c : out) {
        if ((c.cue != Cue::assault && c.cue != Cue::attack) || c.end >= end ||
            (doc.lower(c.end) != "on" && doc.lower(c.end) != "against")) {
            continue;
        }
        for (std::size_t k = c.end + 1; k < end && k < c.end + 5; ++k) {
            if (kAbstract.contains(doc.word(k))) {
                c.cue = Cue::ignore;
                break;
            }
            if (!doc.tokens()[k].is(text::kWord) && !doc.tokens()[k].is(text::kPossessive)) {
                break;
            }
        }
    }
}

/// "the militants blew up the al-Nuri mosque and its minaret": a building destroyed, no one
/// hurt, is property destruction (with casualties it stays an explosion).
void retype_demolitions(const Document& doc, std::size_t end, std::vector<CueMatch>& out) {
    const bool casualties = std::any_of(out.begin(), out.end(), [](const CueMatch& c) {
        return c.cue == Cue::kill || c.cue == Cue::injure;
    });
    // "two towers of the Baiji-Kirkuk 400 kV line were blown up", "blew up a power pylon":
    // the grid and the pipelines are sabotaged with explosives, not demolished like a
    // building (and their passive tells the blast).
    auto utility_at = [&](std::size_t k) {
        const auto w = doc.lower(k);
        if (w == "pylon" || w == "pylons" || w == "pipeline" || w == "pipelines") {
            return true;
        }
        // ("the 400 kV line, which we are rebuilding, was blown up")
        if ((w == "line" || w == "lines") && k >= 1) {
            const auto x = doc.lower(k - 1);
            return x == "kv" || x == "power" || x == "transmission" || x == "electricity" ||
                   x == "voltage" || x == "oil" || x == "gas" || x == "crude";
        }
        if (w != "tower" && w != "towers") {
            return false;
        }
        for (std::size_t j = k >= 3 ? k - 3 : 0; j < end && j < k + 9; ++j) {
            const auto x = doc.lower(j);
            if (x == "power" || x == "electricity" || x == "transmission" || x == "kv" ||
                x == "line" || x == "lines" || x == "voltage" || x == "grid") {
                return true;
            }
        }
        return false;
    };
    std::vector<std::size_t> utility_blasts;
    // (The passive "was blown up" tells only a building's demolition, below: what else is
    // blown up is the work of a blast told in its own words.)
    auto drop_passives = [&] {
        for (auto& c : out) {
            if (c.cue == Cue::explosion && doc.lower(c.begin) == "blown" &&
                std::find(utility_blasts.begin(), utility_blasts.end(), c.begin) ==
                    utility_blasts.end()) {
                c.cue = Cue::ignore;
            }
        }
    };
    if (casualties) {
        drop_passives();
        return;
    }
    static const WordSet kBuildings = {
        "mosque",  "mosques",  "church",    "churches", "shrine", "shrines", "minaret", "tomb",
        "tombs",   "house",    "houses",    "homes",    "home",   "bridge",  "bridges", "school",
        "schools", "building", "buildings", "monument", "statue", "office",  "offices", "hospital",
        "library", "museum",   "market",    "towers",   "tower",  "dome",    "domes"};
    // "Hatra, whose statues they attacked", "attacked the reliefs with hammers": an attack on
    // works of art is their destruction.
    static constexpr auto kArtWords =
        std::to_array<std::string_view>({"statue", "statues", "relief", "reliefs", "artefacts",
                                         "artifacts", "sculptures", "sculpture", "carvings"});
    static const WordSet kArt(kArtWords);
    for (auto& c : out) {
        if (c.cue != Cue::attack || c.end != c.begin + 1) {
            continue;
        }
        const std::size_t from = c.begin >= 3 ? c.begin - 3 : 0;
        for (std::size_t k = from; k < end && k < c.end + 3; ++k) {
            if (k != c.begin && kArt.contains(doc.word(k))) {
                c.cue = Cue::looting;
                break;
            }
        }
    }
    // (a building named in the three words before token `at`: "its tomb shrine was")
    const auto building_before = [&](std::size_t at) {
        for (std::size_t k = at; k-- > 0 && k + 4 > at;) {
            if (kBuildings.contains(doc.word(k))) {
                return true;
            }
            if (!doc.tokens()[k].is(text::kWord)) {
                return false;
            }
        }
        return false;
    };
    for (auto& c : out) {
        const auto verb = doc.lower(c.begin);
        if (c.cue != Cue::explosion || c.end - c.begin != 2 ||
            (verb != "blew" && verb != "blown" && verb != "blows")) {
            continue;
        }
        // ("its tomb shrine was blown up": the building before the passive)
        if (verb == "blown" && c.begin >= 2 &&
            (doc.lower(c.begin - 1) == "was" || doc.lower(c.begin - 1) == "were" ||
             doc.lower(c.begin - 1) == "been")) {
            const std::size_t aux = c.begin - 1;
            bool utility = false;
            for (std::size_t k = aux; k-- > 0 && k + 11 > aux && !utility;) {
                utility = utility_at(k);
            }
            if (utility) {
                utility_blasts.push_back(c.begin);
                continue;
            }
            if (building_before(aux)) {
                c.cue = Cue::looting;
            }
        }
        // ("The al-Nuri mosque complex (36.341 N, 43.130 E), blown up by IS on 21 June, is a
        // rubble field": the building before the participle's comma, past a bracket)
        if (verb == "blown" && c.begin >= 3 && doc.surface(c.begin - 1) == ",") {
            std::size_t k = c.begin - 1;
            if (doc.surface(k - 1) == ")") {
                std::size_t open = k - 1;
                while (open > 0 && open + 12 > k && doc.surface(open) != "(") {
                    --open;
                }
                k = doc.surface(open) == "(" ? open : k;
            }
            if (building_before(k)) {
                c.cue = Cue::looting;
            }
        }
        for (std::size_t k = c.end;
             c.cue == Cue::explosion && verb != "blown" && k < end && k < c.end + 5; ++k) {
            if (utility_at(k)) {
                break;
            }
            if (kBuildings.contains(doc.word(k))) {
                c.cue = Cue::looting;
                break;
            }
            if (!doc.tokens()[k].is(text::kWord) && !doc.tokens()[k].is(text::kPossessive)) {
                break;
            }
        }
    }
    drop_passives();
}

/// "al-Abadi declared the end of the Islamic State's caliphate in Mosul", "declared victory
/// over IS in Tal Afar", "declared the city fully liberated": the taking of a city announced.
/// (groups: Document::groups_in(begin, end), taken once by find_cues.)
void add_declared_recaptures(const Document& doc, std::size_t begin, std::size_t end,
                             const text::GroupBits& groups, std::vector<CueMatch>& out) {
    static constexpr text::ScanWords kDeclared{"declared", "announced", "proclaimed"};
    if (!text::holds<kDeclared>(groups)) {
        return;
    }
    for (std::size_t i = begin; i + 1 < end; ++i) {
        const auto w = doc.lower(i);
        if (w != "declared" && w != "announced" && w != "proclaimed") {
            continue;
        }
        for (std::size_t k = i + 1; k < end && k < i + 8; ++k) {
            const auto x = doc.lower(k);
            // ("entered Rawa and declared the town cleared of IS fighters", "The JOC declared
            // the town cleared by midday"; not an area or a building "declared cleared" after a
            // bomb was made safe or a search)
            bool cleared = false;
            if (x == "cleared") {
                std::size_t o = i + 1;
                if (o < k && doc.lower(o) == "the") {
                    ++o;
                }
                if (o + 1 == k) {
                    const auto y = doc.lower(o);
                    cleared = y == "town" || y == "city" || y == "village" || y == "district" ||
                              y == "it";
                }
                // (a name: "declared Tal Afar cleared")
                bool named = o == i + 1 && o < k;
                for (std::size_t j = o; named && j < k; ++j) {
                    named = doc.tokens()[j].is(text::kCapitalized);
                }
                cleared = cleared || named;
            }
            const bool taken_place =
                x == "liberated" || x == "freed" || x == "retaken" || x == "recaptured" || cleared;
            // ("Baghdad declared victory over the Islamic State group": a whole war's end, not
            // a place taken; "victory" and "the end of" need the place: "... in Mosul".)
            const bool ended = x == "victory" || x == "liberation" ||
                               (x == "end" && k + 1 < end && doc.lower(k + 1) == "of");
            bool in_place = false;
            for (std::size_t j = k + 1; ended && j + 1 < end && j < k + 12; ++j) {
                in_place = in_place ||
                           (doc.lower(j) == "in" && doc.tokens()[j + 1].is(text::kCapitalized));
            }
            if (taken_place || (ended && in_place)) {
                if (std::none_of(out.begin(), out.end(),
                                 [](const CueMatch& c) { return c.cue == Cue::recapture; })) {
                    out.push_back({i, i + 1, Cue::recapture, false, false});
                }
                return;
            }
            if (doc.surface(k) == "," || doc.surface(k) == ";") {
                break;
            }
        }
    }
}

} // namespace

const WordFilter& cue_opener_filter() {
    return cue_table().first_word_filter();
}

std::vector<CueMatch> find_cues(const Document& doc, std::size_t begin, std::size_t end) {
    std::vector<CueMatch> out;
    find_cues(doc, begin, end, out);
    return out;
}

void find_cues(const Document& doc, std::size_t begin, std::size_t end,
               std::vector<CueMatch>& out) {
    out.clear();
    // (The passes below that look for some words test these, one bit each.)
    const text::GroupBits groups = doc.groups_in(begin, end);
    const auto& table = cue_table();
    const std::uint8_t* const classes = token_classes(doc);
    for (std::size_t i = begin; i < end;) {
        // (to the next token that may open a cue, by the tokens' classes)
        i = text::next_of_class(classes, i, end, kCueOpener);
        if (i >= end) {
            break;
        }
        // (Every cue phrase opens with a word: a comma or a bracket the filter lets through is
        // no phrase's first word.)
        if (!doc.tokens()[i].is(text::kWord)) {
            ++i;
            continue;
        }
        const auto m = table.match_let_through(doc, i, end); // (its filter let it through)
        if (!m) {
            ++i;
            continue;
        }
        const auto& tok = doc.tokens()[i];
        // Capitalised mid-sentence cue words are names ("Hit" the town, "Mission Support Site").
        // (Not in a line written all in capitals: "2 IEDS HIT PMF CONVOY NR ISHAQI".)
        const bool capital = (tok.is(text::kCapitalized) || tok.is(text::kAllUpper)) &&
                             !text::in_capitals_sentence(doc, i);
        const bool sentence_start =
            i == begin || doc.surface(i - 1) == "\"" || doc.surface(i - 1) == "\u201c";
        const auto w = doc.lower(i);
        // "Operation Claw-Eagle", "Operation Inherent Resolve": a name, not a ground operation.
        // (Unless it is launched there: "launched Operation Claw-Lock in the Metina region".)
        const bool named_operation =
            (w == "operation" || w == "operations") && capital && i + 1 < end &&
            (doc.tokens()[i + 1].is(text::kCapitalized) ||
             doc.tokens()[i + 1].is(text::kAllUpper)) &&
            !(i > begin && (doc.lower(i - 1) == "launched" || doc.lower(i - 1) == "began" ||
                            doc.lower(i - 1) == "started" || doc.lower(i - 1) == "launch"));
        if (named_operation || (capital &&
                                (w == "hit" || w == "mission" || w == "sweep" || w == "battle" ||
                                 w == "shell" || w == "mob" || w == "strike" || w == "sniper") &&
                                !sentence_start)) {
            ++i;
            continue;
        }
        if (w == "hit" && capital) {
            ++i;
            continue;
        }
        // "a barrage of missiles" is told by its weapon, "a barrage of criticism" by nothing:
        // only a barrage with none named ("a similar barrage on Koya") is shelling.
        // (And "the barrage", "Tehran's barrage" name one told before or its author's act:
        // only "a barrage", "another barrage" is new.)
        if ((w == "barrage" || w == "barrages") && [&] {
                if (i + 1 < end && doc.lower(i + 1) == "of") {
                    return true;
                }
                for (std::size_t k = i; k > begin && k + 3 > i; --k) {
                    const auto p = doc.lower(k - 1);
                    if (p == "a" || p == "an" || p == "another") {
                        return false;
                    }
                }
                return true;
            }()) {
            ++i;
            continue;
        }
        // "the UN mission", "a diplomatic mission": a body or a delegation, not an operation.
        if (w == "mission" && i > begin) {
            static const WordSet kBodies = {
                "un", "u.n.", "unami", "eu", "nato", "assistance", "diplomatic", "advisory",
                "training", "observer", "monitoring", "fact-finding", "humanitarian", "permanent",
                "political", "trade", "medical", "embassy",
                // ("talks on ending the coalition's mission": a presence, not an operation)
                "coalition", "coalition's", "its", "their", "combat"};
            if (kBodies.contains(doc.lower(i - 1))) {
                ++i;
                continue;
            }
        }
        // "the handover of Sinjar", "the handover of security in the city"; not "the handover
        // of the building" or "of the suspects".
        if (m->payload->cue == Cue::withdrawal && w == "handover") {
            const std::size_t k = i + m->length;
            const auto nx = k < end ? doc.lower(k) : text::TokenText();
            const auto nx2 = k + 1 < end ? doc.lower(k + 1) : text::TokenText();
            const bool territory =
                (k < end && doc.tokens()[k].is(text::kCapitalized)) || nx == "security" ||
                nx == "control" ||
                (nx == "the" &&
                 (nx2 == "town" || nx2 == "city" || nx2 == "area" || nx2 == "district" ||
                  nx2 == "province" || nx2 == "region" || nx2 == "village" || nx2 == "border" ||
                  nx2 == "base" || nx2 == "crossing" ||
                  (k + 1 < end && doc.tokens()[k + 1].is(text::kCapitalized))));
            if (!territory) {
                i += m->length;
                continue;
            }
        }
        if (out.empty()) {
            out.reserve(8); // (one allocation for a sentence's cues, not one per regrowth)
        }
        out.push_back({i, i + m->length, m->payload->cue, m->payload->plural, m->payload->weak});
        i += m->length;
    }
    // "dropped munitions on command centres, rocket and drone storage sites", "a drone
    // factory": weapons named as what a site holds or makes are the target, not the weapon.
    static constexpr auto kStoreWordsWords = std::to_array<std::string_view>(
        {"storage", "depot", "depots", "factory", "factories", "workshop", "workshops", "warehouse",
         "warehouses", "stores", "stockpiles", "production"});
    static const WordSet kStoreWords(kStoreWordsWords);
    if (!out.empty() && text::holds<kStoreWordsWords>(groups)) {
        std::erase_if(out, [&](const CueMatch& c) {
            if (c.cue > Cue::explosion || c.cue == Cue::warplane || c.cue == Cue::air_strike ||
                c.cue == Cue::drone_strike) {
                return false;
            }
            for (std::size_t k = c.end; k < end && k < c.end + 5; ++k) {
                const auto x = doc.lower(k);
                if (kStoreWords.contains(doc.word(k))) {
                    return true;
                }
                const bool joined = x == "and" || x == "or" || x == "," || x == "weapons" ||
                                    x == "rocket" || x == "rockets" || x == "drone" ||
                                    x == "drones" || x == "missile" || x == "missiles" ||
                                    x == "ammunition" || x == "munitions";
                if (!joined) {
                    return false;
                }
            }
            return false;
        });
    }
    // "two of its aircraft, which were parked ..., were damaged when rockets fell": aircraft
    // someone owns, parked or damaged, were hit, not the weapon.
    if (!out.empty()) {
        std::erase_if(out, [&](const CueMatch& c) {
            if (c.cue != Cue::warplane || c.begin == begin) {
                return false;
            }
            const auto p = doc.lower(c.begin - 1);
            // (but the owner's jets striking: "The army said its jets had struck an IS hideout
            // near Hawija")
            std::size_t v = c.end;
            if (v < end && (doc.lower(v) == "had" || doc.lower(v) == "have")) {
                ++v;
            }
            static const WordSet kNoObject = {"in",     "at",   "on",   "near",  "inside",
                                              "around", "over", "into", "there", "back"};
            static const WordSet kStruck = {"struck",  "bombed",   "hit",    "targeted",
                                            "pounded", "attacked", "killed", "destroyed"};
            // (with what they struck: not "said that its aircraft had struck in that area",
            // a strike told before, owned)
            if ((p == "its" || p == "their" || p == "our") && v + 1 < end &&
                kStruck.contains(doc.word(v)) && doc.tokens()[v + 1].is(text::kWord) &&
                !kNoObject.contains(doc.word(v + 1))) {
                return false;
            }
            // ("damaging two parked aircraft", "a grounded helicopter")
            if (p == "its" || p == "their" || p == "his" || p == "our" || p == "parked" ||
                p == "grounded" || p == "civilian" || p == "passenger" || p == "commercial" ||
                p == "cargo") {
                return true;
            }
            for (std::size_t k = c.end; k < end && k < c.end + 4; ++k) {
                const auto x = doc.lower(k);
                if (x == "parked" || x == "damaged" || x == "grounded") {
                    return true;
                }
            }
            return false;
        });
    }
    // "another bomber killed four soldiers at the gate of a school": a person who blew himself
    // up, as Iraq reporting uses the word (an aircraft has its type: "a B-52 bomber").
    for (auto& c : out) {
        if (c.cue == Cue::warplane && c.end == c.begin + 1 && c.begin > begin &&
            doc.lower(c.begin) == "bomber") {
            const auto p = doc.lower(c.begin - 1);
            if (p == "a" || p == "another" || p == "the" || p == "one" || p == "second" ||
                p == "third" || p == "lone") {
                c.cue = Cue::suicide;
            }
        }
        // (So are "two bombers killed 31 people", "twin bombers": people, when a count and
        // no aircraft's type or maker stands before them.)
        if (c.cue == Cue::warplane && c.end == c.begin + 1 && c.begin > begin &&
            doc.lower(c.begin) == "bombers") {
            const auto p = doc.lower(c.begin - 1);
            if (p == "two" || p == "three" || p == "twin" || p == "four" || p == "several") {
                c.cue = Cue::suicide;
            }
        }
    }
    // "an explosive remnant of war killed a 10-year-old boy": an age, not the A-10 (written
    // with its hyphen, "A-10").
    std::erase_if(out, [&](const CueMatch& c) {
        return c.cue == Cue::warplane && c.end == c.begin + 2 && doc.lower(c.begin) == "a" &&
               doc.lower(c.begin + 1) == "10" && !doc.tokens()[c.begin + 1].is(text::kHyphenBefore);
    });
    // "commandos landed by helicopter", "troops airlifted by helicopters": aircraft that carry
    // people are no weapon; troops set down in an area held by the other side assault it.
    // (These three passes look at aircraft only: most clauses have none.)
    const bool aircraft = std::any_of(out.begin(), out.end(), [](const CueMatch& c) {
        return c.cue == Cue::warplane || c.cue == Cue::drone;
    });
    if (aircraft) {
        static const WordSet kCarried = {"landed",   "dropped", "airlifted",   "flown",
                                         "inserted", "ferried", "transported", "evacuated",
                                         "brought",  "carried", "deployed",    "moved"};
        std::vector<std::size_t> landings;
        std::erase_if(out, [&](const CueMatch& c) {
            if (c.cue != Cue::warplane || c.begin < begin + 2 || doc.lower(c.begin - 1) != "by" ||
                !kCarried.contains(doc.word(c.begin - 2))) {
                return false;
            }
            const auto w = doc.lower(c.begin - 2);
            if (w == "landed" || w == "dropped" || w == "inserted" || w == "airlifted") {
                landings.push_back(c.begin - 2);
            }
            return true;
        });
        for (const std::size_t v : landings) {
            std::erase_if(out, [&](const CueMatch& c) { return c.begin == v; });
            out.push_back({v, v + 1, Cue::assault, false, false});
        }
    }
    // "A strike on an ISIS vehicle-borne explosive device", "A Coalition strike on two ISIS
    // snipers set off explosives stored in the building": the explosives are what a strike
    // hit, not a bomb of their own; the strike is from the air.
    for (auto& c : out) {
        if (c.cue != Cue::ied && c.cue != Cue::car_bomb && c.cue != Cue::bomb) {
            continue;
        }
        for (std::size_t k = c.begin; k > begin && k + 10 > c.begin; --k) {
            const auto w = doc.lower(k - 1);
            // (within the strike's own phrase: not "the strike on its headquarters, the group
            // detonated an IED", "went on strike on Monday after a bomb exploded")
            if (!doc.tokens()[k - 1].is(text::kWord) || w == "after" || w == "when" ||
                w == "before" || w == "as") {
                break;
            }
            if (w != "strike" && w != "strikes") {
                continue;
            }
            const auto nx = doc.lower(k);
            const auto pv = k >= begin + 2 ? doc.lower(k - 2) : text::TokenText();
            const bool labour = pv == "on" || pv == "general" || pv == "hunger" ||
                                pv == "workers" ||
                                (k + 1 < end && text::weekday_from_word(doc.lower(k + 1)) >= 0);
            if (!labour && (nx == "on" || nx == "against" || pv == "coalition")) {
                const std::size_t at = k - 1;
                c.cue = Cue::ignore;
                out.push_back({at, at + 1, Cue::air_strike, false, false});
            }
            break;
        }
    }
    // "Thirty fighters were killed in strikes on positions around Mayadin": strikes on a
    // target, no weapon named, are from the air (not a labour strike: "went on strike on
    // Monday", "strikes by teachers").
    for (auto& c : out) {
        if (c.cue != Cue::attack || !c.weak || c.end != c.begin + 1 || c.end + 1 >= end) {
            continue;
        }
        const auto nx = doc.lower(c.end);
        if (doc.lower(c.begin) != "strikes" || (nx != "on" && nx != "against")) {
            continue;
        }
        // (the plural after "in", "by" or "of": "killed in strikes on positions", "a wave of
        // strikes on"; not "strikes by teachers on Sunday")
        const auto pv = c.begin > begin ? doc.lower(c.begin - 1) : text::TokenText();
        if ((pv == "in" || pv == "by" || pv == "of") &&
            text::weekday_from_word(doc.lower(c.end + 1)) < 0) {
            c.cue = Cue::air_strike;
            c.weak = false;
            c.plural = false;
        }
    }
    // "special forces backed by attack helicopters and drones landed in Haftanin": aircraft
    // backing troops make the move a ground operation with air support (see classify).
    for (std::size_t c = 0, n = aircraft ? out.size() : 0; c < n; ++c) {
        if (out[c].cue != Cue::warplane && out[c].cue != Cue::drone) {
            continue;
        }
        for (std::size_t k = out[c].begin; k >= begin + 2 && k + 6 > out[c].begin; --k) {
            const auto w = doc.lower(k - 1);
            if (w == "that" || w == "which" || w == "who" || w == ";" || w == ":") {
                break;
            }
            const auto v = doc.lower(k - 2);
            if ((w == "by" || w == "of" || w == "from") &&
                (v == "backed" || v == "supported" || v == "support" || v == "cover" ||
                 v == "covered" || v == "escorted" || v == "aided")) {
                out[c].cue = Cue::warplane; // (a drone backing troops flies support too)
                out.push_back({k - 2, k - 1, Cue::operation, false, false});
                break;
            }
        }
    }
    // "Turkish jets struck PKK targets", "warplanes bombed the hideouts": aircraft striking
    // are an air strike, even in a sentence about the ground operation that followed.
    for (std::size_t c = 0, n = aircraft ? out.size() : 0; c < n; ++c) {
        if (out[c].cue != Cue::warplane) {
            continue;
        }
        std::size_t k = out[c].end;
        if (k < end && (doc.lower(k) == "also" || doc.lower(k) == "then" ||
                        doc.lower(k) == "reportedly" || doc.lower(k) == "again")) {
            ++k;
        }
        if (k >= end) {
            continue;
        }
        const auto v = doc.lower(k);
        if (v == "struck" || v == "bombed" || v == "pounded" || v == "hit" || v == "targeted" ||
            v == "bombarded" || v == "strike" || v == "bomb" || v == "pound" || v == "target") {
            out.push_back({k, k + 1, Cue::air_strike, false, false});
        }
    }
    // "two terrorists were neutralised", "neutralised 12 PKK members": people put out of action
    // (killed, captured or surrendered, as Turkey's ministry uses it) in an attack, not a bomb
    // made safe.
    for (auto& c : out) {
        const auto w = doc.lower(c.begin);
        if (c.cue != Cue::defuse || (w != "neutralised" && w != "neutralized")) {
            continue;
        }
        const auto in_fight = [&] {
            for (std::size_t k = c.end; k < end && k < c.end + 8; ++k) {
                const auto x = doc.lower(k);
                if (x == "strikes" || x == "strike" || x == "operation" || x == "clash" ||
                    x == "clashes" || x == "raid") {
                    return true;
                }
            }
            return false;
        };
        for (std::size_t k = c.begin > begin + 12 ? c.begin - 12 : begin; k < end && k < c.end + 6;
             ++k) {
            const auto x = doc.lower(k);
            // ("Three of them were neutralised in air strikes", "Four more were neutralised
            // during an operation": a count of the people the lead told of, put out of action
            // in a fight)
            const bool counted_people =
                k > begin && k < c.begin &&
                ((x == "them" && doc.lower(k - 1) == "of") || x == "more" || x == "others") &&
                [&] {
                    const std::size_t n = x == "them" ? k - 1 : k;
                    return n > begin && (doc.tokens()[n - 1].is(text::kNumber) ||
                                         (doc.tokens()[n - 1].is(text::kWord) &&
                                          count_word(doc.lower(n - 1)) > 0));
                }() &&
                in_fight();
            if (is_person_noun(x) || x == "pkk" || x == "daesh" || counted_people) {
                c.cue = Cue::attack;
                break;
            }
        }
    }
    // "at the height of the nationwide protests, the activist was shot dead": the protests
    // tell when, not what happened. ("found the launch platform on a burnt-out truck": a
    // wreck found, no fire set.) ("A second convoy was hit on Monday on the desert highway
    // outside Samawah": a convoy, patrol or vehicle hit is attacked, whatever hit it; not "The
    // vehicle was hit on a dirt track", the strike told before, again.)
    for (auto& c : out) {
        if (c.cue == Cue::attack && c.weak && c.end == c.begin + 1 && c.begin >= begin + 2) {
            const auto v = doc.lower(c.begin);
            const auto aux = doc.lower(c.begin - 1);
            const auto x = doc.lower(c.begin - 2);
            const auto det = c.begin >= begin + 3 ? doc.lower(c.begin - 3) : text::TokenText();
            const bool definite = det == "the" || det == "this" || det == "that" || det == "its" ||
                                  det == "his" || det == "their";
            if ((v == "hit" || v == "struck" || v == "targeted") &&
                (aux == "was" || aux == "were") && !definite &&
                (x == "convoy" || x == "convoys" || x == "patrol" || x == "patrols" ||
                 x == "vehicle" || x == "vehicles" || x == "humvee" || x == "tanker" ||
                 x == "truck" || x == "trucks" || x == "bus" || x == "minibus")) {
                c.weak = false;
            }
            continue;
        }
        if (c.cue == Cue::arson && c.end == c.begin + 1 && c.end < end &&
            doc.lower(c.end) == "out" && doc.tokens()[c.end].is(text::kHyphenBefore)) {
            c.cue = Cue::ignore;
            continue;
        }
        if (c.cue != Cue::protest) {
            continue;
        }
        for (std::size_t k = c.begin; k > begin + 1 && k + 5 > c.begin; --k) {
            if (doc.lower(k - 1) == "of" &&
                (doc.lower(k - 2) == "height" || doc.lower(k - 2) == "peak")) {
                c.cue = Cue::ignore;
                break;
            }
        }
    }
    // "launched a drone at Harir air base", "sent two drones towards the airport": a drone
    // sent at a target is used, as "attacked with a drone" is.
    const std::size_t found = out.size();
    for (std::size_t c = 0; c < found; ++c) {
        if (out[c].cue != Cue::drone) {
            continue;
        }
        std::size_t verb = out[c].begin;
        for (std::size_t k = out[c].begin; k > begin && k + 4 > out[c].begin; --k) {
            const auto x = doc.lower(k - 1);
            if (x == "launched" || x == "launches" || x == "launch" || x == "launching" ||
                x == "fired" || x == "sent" || x == "flew" || x == "dispatched") {
                verb = k - 1;
                break;
            }
        }
        if (verb == out[c].begin) {
            continue;
        }
        const std::size_t target = out[c].end;
        if (target < end) {
            const auto x = doc.lower(target);
            if (x == "at" || x == "against" || x == "towards" || x == "toward" || x == "into") {
                out.push_back({verb, verb + 1, Cue::attack, false, true});
            }
        }
    }
    // "The explosions heard by residents were part of a controlled detonation of old
    // ordnance": engineers destroying munitions, not an attack.
    const bool controlled = std::any_of(out.begin(), out.end(), [&](const CueMatch& c) {
        return c.cue == Cue::ignore && doc.lower(c.begin) == "controlled";
    });
    if (controlled) {
        for (auto& c : out) {
            if (c.cue == Cue::explosion || c.cue == Cue::bomb) {
                c.cue = Cue::ignore;
            }
        }
    }
    // "thwarted an infiltration attempt by IS militants, killing two of the attackers": a
    // fight, not a weapon stopped.
    const bool casualties = std::any_of(out.begin(), out.end(), [](const CueMatch& c) {
        return c.cue == Cue::kill || c.cue == Cue::injure;
    });
    for (auto& c : out) {
        const auto w = doc.lower(c.begin);
        if (c.cue != Cue::intercept || !casualties || (w != "thwarted" && w != "foiled")) {
            continue;
        }
        for (std::size_t k = c.end; k < end && k < c.end + 4; ++k) {
            const auto x = doc.lower(k);
            if (x == "attack" || x == "infiltration" || x == "assault" || x == "incursion" ||
                x == "raid" || x == "offensive") {
                c.cue = Cue::clash;
                break;
            }
        }
    }
    // "set the building on fire", "climbed the consulate's walls": arson and storming told
    // around their object.
    // (The passes over the sentence below are skipped when it holds none of their words.)
    static constexpr text::ScanWords kSetOrClimb{"set", "setting", "climbed", "scaled", "climbing"};
    const bool may_set_or_climb = text::holds<kSetOrClimb>(groups);
    for (std::size_t i = begin; may_set_or_climb && i + 2 < end; ++i) {
        const auto w = doc.lower(i);
        if (w == "set" || w == "setting") {
            for (std::size_t k = i + 2; k + 1 < end && k < i + 7; ++k) {
                // (or "set the buildings ablaze", "set the tents alight")
                if ((doc.lower(k) == "on" && doc.lower(k + 1) == "fire") ||
                    doc.lower(k) == "ablaze" || doc.lower(k) == "alight") {
                    out.push_back({i, i + 1, Cue::arson, false, false});
                    break;
                }
                if (!doc.tokens()[k].is(text::kWord) && !doc.tokens()[k].is(text::kPossessive)) {
                    break;
                }
            }
        } else if (w == "climbed" || w == "scaled" || w == "climbing") {
            for (std::size_t k = i + 1; k < end && k < i + 5; ++k) {
                const auto x = doc.lower(k);
                if (x == "walls" || x == "wall" || x == "fence" || x == "gate" || x == "gates") {
                    out.push_back({i, i + 1, Cue::storming, false, false});
                    break;
                }
            }
        }
    }
    // "a company that maintains the Iraqi F-16 fleet": aircraft named as a thing, not used.
    std::erase_if(out, [&](const CueMatch& c) {
        if (c.end >= end ||
            (c.cue != Cue::warplane && c.cue != Cue::air_strike && c.cue != Cue::drone)) {
            return false;
        }
        const auto nx = doc.lower(c.end);
        return nx == "fleet" || nx == "fleets" || nx == "squadron" || nx == "pilots" ||
               nx == "pilot" || nx == "programme" || nx == "program" || nx == "deal" ||
               nx == "contract" || nx == "maintenance" || nx == "purchase";
    });
    // "handed him a protest note": diplomacy, not a demonstration.
    std::erase_if(out, [&](const CueMatch& c) {
        return c.cue == Cue::protest && c.end < end &&
               (doc.lower(c.end) == "note" || doc.lower(c.end) == "notes" ||
                doc.lower(c.end) == "letter");
    });
    // "burned tyres", "set fire to tyres": the protest's usual smoke, not arson.
    for (auto& c : out) {
        if (c.cue != Cue::arson) {
            continue;
        }
        for (std::size_t k = c.end; k < end && k < c.end + 3; ++k) {
            const auto x = doc.lower(k);
            if (x == "tyres" || x == "tires" || x == "tyre" || x == "tire") {
                c.cue = Cue::protest;
                break;
            }
        }
    }
    // "crowds threw stones at British patrols and set tyres alight": a protest whose crowd
    // throws stones is a riot. Stones thrown at the police or troops are a riot even with no
    // protest told ("young men threw stones and bottles across a line of riot police, cars were
    // set alight"), and the cars burned with them are that riot's.
    const auto has_cue = [&](Cue c) {
        return std::any_of(out.begin(), out.end(), [c](const CueMatch& m) { return m.cue == c; });
    };
    static constexpr text::ScanWords kThrew{"threw", "hurled", "throwing", "hurling", "pelted"};
    if (text::holds<kThrew>(groups)) {
        std::size_t thrown = end; // (the verb)
        for (std::size_t i = begin; i < end && thrown == end; ++i) {
            const auto w = doc.lower(i);
            if (w == "pelted") {
                thrown = i;
            } else if (w == "threw" || w == "hurled" || w == "throwing" || w == "hurling") {
                for (std::size_t k = i + 1; k < end && k < i + 3; ++k) {
                    const auto x = doc.lower(k);
                    if (x == "stones" || x == "rocks" || x == "bricks") {
                        thrown = i;
                    }
                }
            }
        }
        const bool protest = has_cue(Cue::protest);
        // (Not protesters, whose protest is told before: "Protesters threw stones at the
        // security forces guarding the bridge" is the protest with intervention just told.)
        bool crowd_told = false;
        for (std::size_t k = begin; !protest && k < thrown && !crowd_told; ++k) {
            const auto x = doc.lower(k);
            crowd_told = x == "protesters" || x == "demonstrators" || x == "protestors";
        }
        bool at_forces = false;
        for (std::size_t k = thrown + 1; !protest && k < end && k < thrown + 10; ++k) {
            const auto x = doc.lower(k);
            at_forces = x == "police" || x == "policemen" || x == "soldiers" || x == "troops" ||
                        x == "patrol" || x == "patrols" || x == "forces" || x == "convoy" ||
                        x == "convoys";
            if (at_forces || doc.surface(k) == ";" || doc.surface(k) == ".") {
                break;
            }
        }
        for (auto& c : out) {
            if (thrown != end && (c.cue == Cue::protest || (at_forces && c.cue == Cue::arson))) {
                c.cue = Cue::riot;
            }
        }
        // (no cue but words to ignore: "threw stones at riot police"; an act told, not a
        // habit's gerund: "Children throwing stones at passing army patrols has become a common
        // sight")
        const auto verb = thrown != end ? doc.lower(thrown) : text::TokenText();
        if (at_forces && (verb == "threw" || verb == "hurled" || verb == "pelted") &&
            std::all_of(out.begin(), out.end(),
                        [](const CueMatch& c) { return c.cue == Cue::ignore; })) {
            const auto pos = std::find_if(out.begin(), out.end(),
                                          [&](const CueMatch& c) { return c.begin > thrown; });
            // (Protesters throwing them are a riot too, when the act has a day of its own,
            // "Protesters threw stones at police in Kut on Monday"; with none it goes on with
            // the protest just told, "Protesters threw stones at the security forces guarding
            // the bridge": then only a weak cue.)
            bool day = !crowd_told;
            for (std::size_t k = begin; k < end && !day; ++k) {
                day = day_told_at(doc, k, end);
            }
            out.insert(pos, CueMatch{thrown, thrown + 1, Cue::riot, false, !day});
        }
    }
    // "Retreating militants left dozens of booby traps in houses": traps laid or found, none
    // gone off and no one hurt, are no attack.
    // (Read in the traps' own clause: "Troops cleared booby traps in Hawija after clashes
    // that killed three militants" tells no blast of the traps.)
    if (has_cue(Cue::ied)) {
        std::erase_if(out, [&](const CueMatch& c) {
            if (c.cue != Cue::ied || doc.lower(c.begin) != "booby") {
                return false;
            }
            const auto edge = [&](std::size_t k) {
                const auto s = doc.surface(k);
                const auto w = doc.lower(k);
                return s == "," || s == ";" || w == "after" || w == "that" || w == "which" ||
                       w == "when" || w == "but";
            };
            std::size_t from = c.begin, to = c.end;
            while (from > begin && !edge(from - 1)) {
                --from;
            }
            while (to < end && !edge(to)) {
                ++to;
            }
            bool laid = false;
            for (std::size_t k = from; k < to; ++k) {
                const auto w = doc.lower(k);
                if (w == "exploded" || w == "detonated" || w == "went" || w == "killed" ||
                    w == "killing" || w == "wounded" || w == "injured" || w == "blew") {
                    return false;
                }
                laid = laid || w == "left" || w == "laid" || w == "planted" || w == "found" ||
                       w == "cleared" || w == "removed" || w == "dismantled";
            }
            return laid;
        });
    }
    // "guards fired on protesters who were trying to storm it, killing six of them": a crowd
    // that only tried to storm, shot dead, was met with deadly force (the storming tried is
    // the protest; tried alone, with no one killed, it is still a riot).
    // (A crowd: not "Islamic State militants tried to storm a police station".)
    static constexpr text::ScanWords kCrowdWords{"protesters", "demonstrators", "protestors",
                                                 "crowd",      "crowds",        "youths"};
    if (has_cue(Cue::storming) && has_cue(Cue::kill) &&
        (has_cue(Cue::shooting) || has_cue(Cue::live_fire)) && text::holds<kCrowdWords>(groups)) {
        for (auto& c : out) {
            const auto w = doc.lower(c.begin);
            if (c.cue == Cue::storming &&
                (w == "try" || w == "tried" || w == "tries" || w == "trying" || w == "attempted")) {
                c.cue = Cue::protest;
            }
        }
    }
    // "The bodies of eight men were found": the dead found are a killing, on the day they are
    // found (the cue is the discovery verb, so the date nearest it is the event's).
    static constexpr text::ScanWords kRemains{"bodies", "body", "corpses", "corpse"};
    const bool may_remains = text::holds<kRemains>(groups);
    for (std::size_t i = begin; may_remains && i < end; ++i) {
        if (const auto verb = remains_found_verb(doc, i, begin, end)) {
            out.push_back({*verb, *verb + 1, Cue::remains_found, false, false});
            break;
        }
    }
    // "Six kidnapped men found dead near Tuz Khurmatu": captives found dead are the same.
    static constexpr text::ScanWords kFoundDead{"dead", "found"};
    if (!may_remains && text::holds<kFoundDead>(groups) &&
        std::any_of(out.begin(), out.end(),
                    [](const CueMatch& c) { return c.cue == Cue::abduction; })) {
        for (std::size_t i = begin; i + 1 < end; ++i) {
            if (doc.lower(i) == "found" && doc.lower(i + 1) == "dead") {
                out.push_back({i, i + 1, Cue::remains_found, false, false});
                break;
            }
        }
    }
    // "the driver blew the tanker up at the gate": the verb and its particle around the thing
    // blown up.
    static constexpr text::ScanWords kBlew{"blew", "blow", "blows"};
    const bool may_blow = text::holds<kBlew>(groups);
    for (std::size_t i = begin; may_blow && i + 2 < end; ++i) {
        const auto w = doc.lower(i);
        if (w != "blew" && w != "blow" && w != "blows") {
            continue;
        }
        for (std::size_t k = i + 2; k < end && k < i + 5; ++k) {
            if (!doc.tokens()[k - 1].is(text::kWord) || doc.lower(k - 1) == "up") {
                break;
            }
            if (doc.lower(k) == "up") {
                out.push_back({i, i + 1, Cue::explosion, false, false});
                break;
            }
        }
    }
    // "Peshmerga forces withdrew from Sinjar town": a place handed over (not "withdrew from the
    // talks").
    // (also "Peshmerga forces pulled out of Sinjar, Makhmour and Khanaqin")
    // ("Sinjar: Peshmerga withdraw, PMF and army units enter the town", "Khanaqin: Peshmerga
    // pull out": a feed's present, the place in its label)
    static constexpr text::ScanWords kWithdrew{"withdrew", "withdrawn", "withdrawing", "pulled",
                                               "withdraw", "withdraws", "pull",        "pulls"};
    const bool may_withdraw = text::holds<kWithdrew>(groups);
    for (std::size_t i = begin; may_withdraw && i + 1 < end; ++i) {
        const auto w = doc.lower(i);
        const bool pull = w == "pulled" || w == "pull" || w == "pulls";
        const bool withdraw = w == "withdrew" || w == "withdrawn" || w == "withdrawing" ||
                              w == "withdraw" || w == "withdraws";
        if (!pull && !withdraw) {
            continue;
        }
        const std::size_t after = pull ? i + 2 : i + 1; // (past "out")
        if (pull && doc.lower(i + 1) != "out") {
            continue;
        }
        // (forces leaving, the place told before: "Peshmerga withdraw, PMF enter")
        if (after >= end || doc.surface(after) == "," || doc.surface(after) == ";" ||
            doc.surface(after) == ".") {
            static const WordSet kForces = {"peshmerga", "forces", "troops",   "units",
                                            "fighters",  "army",   "militants"};
            // (in the present only: not "IS overran Makhmour; the Peshmerga withdrew", the
            // defenders of a town taken)
            const bool present = w == "withdraw" || w == "withdraws" || w == "pull" || w == "pulls";
            if (present && i > begin && kForces.contains(doc.word(i - 1))) {
                out.push_back({i, i + 1, Cue::withdrawal, false, false});
            }
            continue;
        }
        if (i + 2 >= end) {
            continue;
        }
        std::size_t from = i + 1;
        if (pull && i + 3 < end && doc.lower(i + 2) == "of") {
            from = i + 2;
        } else if (!withdraw || doc.lower(i + 1) != "from") {
            continue;
        }
        const bool place = doc.tokens()[from + 1].is(text::kCapitalized) &&
                           !doc.tokens()[from + 1].is(text::kAllUpper);
        if (place) {
            out.push_back({i, from + 1, Cue::withdrawal, false, false});
        }
    }
    // "seized a German aid worker": seizing a person is an abduction (seizing a town or a
    // weapons cache is not).
    static constexpr text::ScanWords kSeized{"driven", "seized", "grabbed", "took", "taken"};
    const bool may_seize = text::holds<kSeized>(groups);
    for (std::size_t i = begin; may_seize && i + 1 < end; ++i) {
        const auto w = doc.lower(i);
        if (w != "seized" && w != "grabbed" && w != "took" && w != "taken" && w != "driven") {
            continue;
        }
        // ("two national staff were taken by unknown gunmen from their car": people taken by
        // armed men; "... and driven away": see below)
        if (w == "taken" || w == "driven") {
            static const WordSet kTakers = {"gunmen", "militants",  "kidnappers", "armed",
                                            "masked", "insurgents", "assailants"};
            const bool passive =
                i > begin && (doc.lower(i - 1) == "was" || doc.lower(i - 1) == "were" ||
                              doc.lower(i - 1) == "been");
            // (people: "staff", "two engineers", "he"; not "the town was taken by militants")
            bool people = false;
            for (std::size_t k = i - 1; passive && k > begin && k + 6 > i && !people; --k) {
                const auto x = doc.lower(k - 1);
                people = is_person_noun(doc.word(k - 1)) || x == "he" || x == "she" || x == "they";
            }
            if (people && i + 2 < end && doc.lower(i + 1) == "by") {
                for (std::size_t k = i + 2; k < end && k < i + 5; ++k) {
                    if (kTakers.contains(doc.word(k))) {
                        out.push_back({i, i + 1, Cue::abduction, false, false});
                        break;
                    }
                }
            }
            // ("my brother was stopped at a false checkpoint by men in police uniforms and
            // taken away": a person taken away by armed men, or at a false checkpoint, told
            // in the clause before)
            if (i + 1 < end && doc.lower(i + 1) == "away" && i > begin + 2 &&
                doc.lower(i - 1) == "and") {
                std::size_t aux = i - 1;
                while (aux > begin && aux + 20 > i && doc.lower(aux) != "was" &&
                       doc.lower(aux) != "were") {
                    --aux;
                }
                // ("Hasan, a lawyer who documents property disputes in Kirkuk, was forced out of
                // his car by unidentified armed men ... and driven away": the person before an
                // aside)
                bool person = (doc.lower(aux) == "was" || doc.lower(aux) == "were") &&
                              aux > begin &&
                              (is_person_noun(doc.word(aux - 1)) || doc.lower(aux - 1) == "he" ||
                               doc.lower(aux - 1) == "she" || doc.lower(aux - 1) == "they");
                for (std::size_t k = aux; !person && aux > begin && doc.surface(aux - 1) == "," &&
                                          k > begin && k + 14 > aux;
                     --k) {
                    person = is_person_noun(doc.word(k - 1));
                }
                // (not the state's forces, "beaten by armed police and taken away", an arrest,
                // unless a false checkpoint or "men in ... uniforms" say otherwise)
                bool armed = false, disguised = false, state = false;
                for (std::size_t k = aux; person && k < i; ++k) {
                    const auto x = doc.lower(k);
                    armed = armed || kTakers.contains(doc.word(k));
                    disguised =
                        disguised ||
                        ((x == "false" || x == "fake") && doc.lower(k + 1) == "checkpoint") ||
                        (x == "uniforms" && doc.lower(k - 1) != "their");
                    state = state || x == "police" || x == "policemen" || x == "security" ||
                            x == "forces" || x == "troops" || x == "army" || x == "soldiers";
                }
                if (disguised || (armed && !state)) {
                    out.push_back({i, i + 2, Cue::abduction, false, false});
                }
            }
            continue;
        }
        // ("she was seized as she cycled home", "two engineers were grabbed": a person
        // seized, in the passive)
        if (w != "took" && i >= begin + 2) {
            const auto aux = doc.lower(i - 1);
            const auto who = doc.lower(i - 2);
            if (aux == "was" || aux == "were") {
                // ("a large sum of money that arrived on the plane was seized at Baghdad
                // airport": money, drugs or goods seized are no weapons)
                static const WordSet kGoods = {
                    "money", "cash", "dollars",    "sum",  "drugs",    "narcotics", "pills",
                    "goods", "fuel", "cigarettes", "gold", "currency", "captagon",  "hashish"};
                bool goods = false;
                for (std::size_t k = i - 1; k > begin && k + 12 > i && !goods; --k) {
                    goods = kGoods.contains(doc.word(k - 1));
                }
                const bool person = who == "she" || who == "he" || is_person_noun(who);
                if (goods || person) {
                    // (either way not the table's "was seized" of weapons found)
                    std::erase_if(out, [&](const CueMatch& c) {
                        return c.cue == Cue::seizure && c.begin == i - 1;
                    });
                    if (!goods) {
                        out.push_back({i, i + 1, Cue::abduction, false, false});
                    }
                    continue;
                }
            }
        }
        // ("We took out children with no faces", "the family took in two orphans": people
        // carried out of rubble or given shelter, a rescuer's own words)
        if (w == "took" && i + 1 < end &&
            ((i > begin && (doc.lower(i - 1) == "we" || doc.lower(i - 1) == "i") &&
              doc.lower(i + 1) == "out") ||
             doc.lower(i + 1) == "in")) {
            continue;
        }
        for (std::size_t k = i + 1; k < end && k < i + 6; ++k) {
            const auto x = doc.lower(k);
            if (is_person_noun(x) && x != "others") {
                out.push_back({i, i + 1, Cue::abduction, false, false});
                break;
            }
            // ("took over Kirkuk after Peshmerga units withdrew": a town taken)
            if (!doc.tokens()[k].is(text::kWord) || x == "control" || x == "weapons" ||
                x == "over" || x == "after" || x == "from" || x == "when" || x == "as") {
                break;
            }
        }
    }
    // "Islamic State fighters seized Ramadi on Sunday", "captured Tal Afar": a town's name
    // right after the verb, and the clause or a time after it (not "seized Abu Ali", "took
    // Mosul's police chief", "captured Islamic State fighters").
    static constexpr text::ScanWords kTaking{"seized", "captured", "took"};
    for (std::size_t i = text::holds<kTaking>(groups) ? begin : end; i + 2 < end; ++i) {
        const auto w = doc.lower(i);
        if (w != "seized" && w != "captured" && w != "took") {
            continue;
        }
        std::size_t k = i + 1;
        // ("took most of the city of Aleppo", "seized the town of Hit": the town's name after
        // its share and its kind)
        if (k + 2 < end &&
            (doc.lower(k) == "most" || doc.lower(k) == "much" || doc.lower(k) == "parts" ||
             doc.lower(k) == "all") &&
            doc.lower(k + 1) == "of") {
            k += 2;
        }
        if (k + 3 < end && doc.lower(k) == "the" &&
            (doc.lower(k + 1) == "city" || doc.lower(k + 1) == "town" ||
             doc.lower(k + 1) == "village") &&
            doc.lower(k + 2) == "of" && doc.tokens()[k + 3].is(text::kCapitalized)) {
            k += 3;
        }
        static const WordSet kNotTowns = {"abu",     "sheikh",  "mr", "mrs", "dr", "general",
                                          "colonel", "islamic", "al", "the", "us", "u"};
        // ("seized the Mosul Dam", "captured the Baiji Refinery": a named site)
        if (doc.lower(k) == "the" && k + 2 < end && doc.tokens()[k + 1].is(text::kCapitalized) &&
            !doc.tokens()[k + 1].is(text::kAllUpper) && !kNotTowns.contains(doc.word(k + 1))) {
            std::size_t j = k + 1;
            while (j < end && j < k + 5 && doc.tokens()[j].is(text::kCapitalized)) {
                ++j;
            }
            static const WordSet kSites = {"dam",      "airport", "base",  "airbase",
                                           "refinery", "bridge",  "palace"};
            const bool told = std::any_of(out.begin(), out.end(), [&](const CueMatch& c) {
                return c.begin <= i && i < c.end;
            });
            if (j > k + 2 && kSites.contains(doc.word(j - 1)) && !told) {
                out.push_back({i, i + 1, Cue::takeover, false, false});
            }
            continue;
        }
        if (!doc.tokens()[k].is(text::kCapitalized) || doc.tokens()[k].is(text::kAllUpper) ||
            kNotTowns.contains(doc.word(k))) {
            continue;
        }
        const std::size_t name = k;
        // (and its article joined by a hyphen: "captured Maarat al-Numan on 28 January")
        while (k < end && k < name + 5 &&
               (doc.tokens()[k].is(text::kCapitalized) ||
                (k > name && doc.tokens()[k].is(text::kHyphenBefore)) ||
                (k + 1 < end && doc.tokens()[k + 1].is(text::kHyphenBefore) &&
                 (doc.lower(k) == "al" || doc.lower(k) == "el" || doc.lower(k) == "ad" ||
                  doc.lower(k) == "ar" || doc.lower(k) == "as" || doc.lower(k) == "ash" ||
                  doc.lower(k) == "at" || doc.lower(k) == "an" || doc.lower(k) == "az"))) &&
               !doc.tokens()[k].is(text::kPossessive)) {
            ++k;
        }
        if (k < end && doc.tokens()[k].is(text::kPossessive)) {
            continue;
        }
        // ("they took Manbij city.", "seized Hit town on Sunday": the kind after the name)
        if (k < end && (doc.lower(k) == "city" || doc.lower(k) == "town")) {
            ++k;
        }
        // (past the name's spelling in brackets: "seized Tikrit (تكريت) the following day")
        if (k + 1 < end && doc.surface(k) == "(") {
            std::size_t c = k + 1;
            while (c < end && c < k + 6 && doc.surface(c) != ")") {
                ++c;
            }
            if (c < end && doc.surface(c) == ")") {
                k = c + 1;
            }
        }
        const auto x = k < end ? doc.lower(k) : text::TokenText();
        const auto x1 = k + 1 < end ? doc.lower(k + 1) : text::TokenText();
        const auto x2 = k + 2 < end ? doc.lower(k + 2) : text::TokenText();
        // ("the following day", "the next day", "a day later", "two days later")
        const bool day_after =
            (x == "the" && (x1 == "following" || x1 == "next" || x1 == "same") &&
             (x2 == "day" || x2 == "morning" || x2 == "night" || x2 == "evening")) ||
            ((x == "a" || x == "one" || parse_quantity(doc, k, k + 1, false).has_value()) &&
             (x1 == "day" || x1 == "days" || x1 == "week" || x1 == "weeks") && x2 == "later") ||
            x == "yesterday" || x == "overnight" || x == "today";
        const bool told = std::any_of(out.begin(), out.end(), [&](const CueMatch& c) {
            return c.begin <= i && i < c.end; // (a phrase of the table holds it already)
        });
        if (!told && (k == end || x == "on" || x == "in" || x == "after" || x == "from" ||
                      x == "," || x == "." || x == "and" || x == "late" || x == "early" ||
                      x == "last" || x == ";" || text::weekday_from_word(x) >= 0 || day_after)) {
            out.push_back({i, i + 1, Cue::takeover, false, false});
        }
    }
    // A beating of people the phrases above do not name: "masked men beat two teachers", "beat
    // a shopkeeper" (not "beat the heat", "beat Iraq 2-1").
    static constexpr text::ScanWords kBeat{"beat"};
    for (std::size_t i = text::holds<kBeat>(groups) ? begin : end; i + 1 < end; ++i) {
        if (doc.lower(i) != "beat" || std::any_of(out.begin(), out.end(), [&](const CueMatch& c) {
                return c.begin <= i && i < c.end;
            })) {
            continue;
        }
        std::size_t k = i + 1;
        if (doc.lower(k) == "a" || doc.lower(k) == "an" || doc.lower(k) == "the" ||
            parse_quantity(doc, k, k + 1, false).has_value()) {
            ++k;
        }
        for (std::size_t j = k; j < end && j < k + 2; ++j) {
            if (is_person_noun(doc.word(j))) {
                out.push_back({i, i + 1, Cue::assault, false, false});
                break;
            }
        }
    }
    // Alerts' abbreviations: "8 KIA incl 5 ISF, 20+ WIA" (in capitals: "a Kia" is a car).
    static constexpr text::ScanWords kAbbreviated{"wia", "kia"};
    for (std::size_t i = text::holds<kAbbreviated>(groups) ? begin : end; i < end; ++i) {
        if ((doc.surface(i) == "KIA" || doc.surface(i) == "WIA") &&
            abbreviation_cue(doc, begin, i, end)) {
            out.push_back(
                {i, i + 1, doc.surface(i) == "KIA" ? Cue::kill : Cue::injure, false, false});
        }
    }
    // An event dataset's estimates of the dead, "best 18, low 14, high 21": the dead are told
    // (count_casualties reads the low one).
    static constexpr text::ScanWords kEstimates{"low"};
    for (std::size_t i = text::holds<kEstimates>(groups) ? begin + 1 : end; i + 1 < end; ++i) {
        if (dataset_low_at(doc, i, begin, end)) {
            out.push_back({i, i + 1, Cue::kill, false, false});
        }
    }
    // "Late on 6 September, after two days of fighting, units of the SDF entered Dhiban, the
    // last town held by the tribal fighters": a town an armed force entered after fighting (told
    // as what came before the entry: "after two days of fighting", not "days after clashes", nor
    // fighting elsewhere) is taken; entered "without fighting", it is handed over (see
    // add_unopposed_entries).
    static constexpr text::ScanWords kEntered{"entered"};
    for (std::size_t i = text::holds<kEntered>(groups) ? begin + 1 : end; i + 1 < end; ++i) {
        if (doc.lower(i) != "entered" || !doc.tokens()[i + 1].is(text::kCapitalized) ||
            std::any_of(out.begin(), out.end(),
                        [&](const CueMatch& c) { return c.begin <= i + 1 && c.end > i; })) {
            continue;
        }
        // (by an armed force: not "a UN aid convoy entered Douma as fighting continued")
        static const WordSet kForces = {
            "forces",    "troops",  "units",    "fighters",   "army",      "soldiers", "militants",
            "peshmerga", "militia", "militias", "militiamen", "jihadists", "sdf",      "isf",
            "pmf",       "cts",     "ypg",      "sna",        "hts",       "isis"};
        bool armed = false;
        for (std::size_t k = i; k > begin && k + 6 > i && !armed; --k) {
            armed = kForces.contains(doc.word(k - 1));
        }
        // (the town itself, for nothing else: not "Raqqa's national hospital", "entered
        // Tarmiyah to search houses", "entered Baiji, where they will rest")
        std::size_t after_name = i + 1;
        while (after_name < end && doc.tokens()[after_name].is(text::kCapitalized)) {
            ++after_name;
        }
        bool purpose = doc.tokens()[after_name - 1].is(text::kPossessive);
        for (std::size_t k = after_name; k + 1 < end && k < after_name + 4 && !purpose; ++k) {
            purpose = (doc.lower(k) == "to" && !doc.tokens()[k + 1].is(text::kCapitalized)) ||
                      doc.lower(k) == "where" || doc.lower(k) == "under" || doc.lower(k) == "for";
        }
        if (!armed || purpose) {
            continue;
        }
        const auto& sent = doc.sentences()[doc.sentence_of(i)];
        bool fought = false;
        for (std::size_t k = sent.token_begin; k + 1 < sent.token_end && !fought; ++k) {
            if (doc.lower(k) != "after" ||
                (k > sent.token_begin &&
                 (doc.lower(k - 1) == "days" || doc.lower(k - 1) == "day" ||
                  doc.lower(k - 1) == "weeks" || doc.lower(k - 1) == "week" ||
                  doc.lower(k - 1) == "months" || doc.lower(k - 1) == "hours"))) {
                continue;
            }
            for (std::size_t j = k + 1; j < sent.token_end && j < k + 6; ++j) {
                const auto w = doc.lower(j);
                if (w == "fighting" || w == "clashes" || w == "battles" || w == "offensive" ||
                    w == "siege") {
                    fought = j == k + 1 || doc.lower(j - 1) == "of" ||
                             doc.lower(j - 1) == "fierce" || doc.lower(j - 1) == "heavy";
                    break;
                }
            }
        }
        if (fought) {
            out.push_back({i, i + 1, Cue::takeover, false, false});
        }
    }
    // "Protesters in Kut blocked the main road", "demonstrators in Basra closed the entrance to
    // Umm Qasr port": a crowd's blocking with its place between.
    static constexpr text::ScanWords kBlocked{"blockaded", "blocked", "closed"};
    for (std::size_t i = doc.may_hold<kBlocked>(begin, end) ? begin + 3 : end; i < end; ++i) {
        const auto v = doc.lower(i);
        if (v != "blocked" && v != "closed" && v != "blockaded") {
            continue;
        }
        bool crowd = false, place_between = false;
        for (std::size_t k = i; k > begin && k + 6 > i && !crowd; --k) {
            const auto x = doc.lower(k - 1);
            crowd = x == "protesters" || x == "demonstrators" || x == "protestors" || x == "crowds";
            place_between = place_between || x == "in" || x == "from" || x == "at";
            if (doc.surface(k - 1) == "," || x == "police" || x == "forces") {
                break;
            }
        }
        const bool told = std::any_of(out.begin(), out.end(),
                                      [&](const CueMatch& c) { return c.begin <= i && i < c.end; });
        if (crowd && place_between && !told) {
            const auto at = std::find_if(out.begin(), out.end(),
                                         [&](const CueMatch& c) { return c.begin > i; });
            out.insert(at, CueMatch{i, i + 1, Cue::protest, false, false});
        }
    }
    // (These only drop or retype the cues found: most clauses have none.)
    if (!out.empty()) {
        // A seat of power "entered" is stormed by a crowd only ("his supporters entered the
        // Republican Palace"; not "the prime minister entered the Republican Palace for talks").
        std::erase_if(out, [&](const CueMatch& c) {
            if (c.cue != Cue::storming || doc.lower(c.begin) != "entered") {
                return false;
            }
            static const WordSet kCrowds = {"protesters", "demonstrators", "supporters", "crowds",
                                            "crowd",      "rioters",       "followers",  "sadrists",
                                            "mob",        "thousands",     "hundreds"};
            for (std::size_t k = c.begin; k > begin && k + 12 > c.begin; --k) {
                if (kCrowds.contains(doc.word(k - 1))) {
                    return false;
                }
            }
            return true;
        });
        drop_named_battles(doc, end, out);
        drop_grievances(doc, begin, end, groups, out);
        drop_charges(doc, out);
        drop_protest_roles(doc, end, out);
        drop_protest_stances(doc, begin, out);
        std::erase_if(out, [&](const CueMatch& c) {
            return c.cue == Cue::kill && dead_told_about(doc, begin, c.begin);
        });
        // "Kurds from Turkey who fled fighting there in the 1990s": the fighting people fled
        // is why they left, told of elsewhere or long before.
        std::erase_if(out, [&](const CueMatch& c) {
            if (c.cue != Cue::clash) {
                return false;
            }
            std::size_t k = c.begin;
            if (k > begin && doc.lower(k - 1) == "the") {
                --k;
            }
            if (k <= begin) {
                return false;
            }
            const auto w = doc.lower(k - 1);
            return w == "fled" || w == "fleeing" || w == "flee" || w == "escaped" ||
                   w == "escaping" || w == "escape";
        });
        drop_figurative_attacks(doc, end, out);
        drop_offices_taken_over(doc, end, out);
        // "Oil prices were slaughtered on Monday": "massacred" and "slaughtered" kill people,
        // told after the verb ("massacred 80 men", "slaughtered a family") or before it in the
        // passive ("two shepherds were slaughtered").
        for (auto& c : out) {
            if (c.cue != Cue::execution || c.end != c.begin + 1 ||
                (doc.lower(c.begin) != "massacred" && doc.lower(c.begin) != "slaughtered")) {
                continue;
            }
            bool people = false;
            for (std::size_t k = c.end; k < end && k < c.end + 6 && !people; ++k) {
                people = is_person_noun(doc.word(k)) || doc.tokens()[k].is(text::kNumber) ||
                         doc.lower(k) == "hundreds" || doc.lower(k) == "dozens" ||
                         doc.lower(k) == "thousands" || doc.lower(k) == "them";
            }
            for (std::size_t k = c.begin; k > begin && k + 5 > c.begin && !people; --k) {
                people = is_person_noun(doc.word(k - 1));
            }
            if (!people) {
                c.cue = Cue::ignore;
            }
        }
        // "demonstrators burned Swedish flags", "set fire to pictures of the president": a
        // symbol burned is a protest's act, no arson; a crowd that "dispersed after two hours"
        // went home, nobody dispersed it.
        for (auto& c : out) {
            for (std::size_t k = c.end; c.cue == Cue::arson && k < end && k < c.end + 4; ++k) {
                const auto x = doc.lower(k);
                if (x == "flag" || x == "flags" || x == "effigy" || x == "effigies" ||
                    x == "pictures" || x == "portraits" || x == "posters" || x == "photos") {
                    c.cue = Cue::protest;
                }
            }
        }
        std::erase_if(out, [&](const CueMatch& c) {
            if (c.cue != Cue::dispersal || doc.lower(c.begin) != "dispersed" || c.begin == begin) {
                return false;
            }
            const auto before = doc.lower(c.begin - 1);
            const auto after = c.end < end ? doc.lower(c.end) : text::TokenText(".");
            return before != "was" && before != "were" && before != "been" && before != "be" &&
                   (after == "after" || after == "peacefully" || after == "quietly" ||
                    after == "without" || after == "at" || after == "." || after == "by");
        });
        retype_demolitions(doc, end, out);
        // "Mortar rounds were fired at the crowds", "rockets fired at the base": what was fired
        // is the weapon, no gunfire.
        for (auto& c : out) {
            if (c.cue != Cue::shooting || c.end != c.begin + 2 || doc.lower(c.begin) != "fired") {
                continue;
            }
            const bool shells = std::any_of(out.begin(), out.end(), [&](const CueMatch& w) {
                return (w.cue == Cue::mortar || w.cue == Cue::rocket || w.cue == Cue::missile ||
                        w.cue == Cue::artillery || w.cue == Cue::shelling) &&
                       w.end <= c.begin && w.end + 4 >= c.begin;
            });
            if (shells) {
                c.cue = Cue::ignore;
            }
        }
    }
    // "17 June 2020 - Explosions/Remote violence - Air/drone strike": the name of a coded
    // event type, whose sub-event type follows, not an explosion.
    static constexpr text::ScanWords kRemote{"violence", "remote"};
    if (text::holds<kRemote>(groups)) {
        std::erase_if(out, [&](const CueMatch& c) {
            return c.cue == Cue::explosion && c.end + 2 < end && doc.surface(c.end) == "/" &&
                   doc.lower(c.end + 1) == "remote" && doc.lower(c.end + 2) == "violence";
        });
    }
    // "federal forces and Peshmerga exchanged artillery and machine-gun fire": two sides
    // trading fire of whatever weapons fought a battle; the weapons named in between are no
    // shelling of their own.
    static constexpr text::ScanWords kTraded{"exchanged", "traded"};
    if (text::holds<kTraded>(groups)) {
        for (std::size_t i = begin; i + 2 < end; ++i) {
            const auto w = doc.lower(i);
            if (w != "exchanged" && w != "traded") {
                continue;
            }
            std::size_t fire = 0;
            for (std::size_t k = i + 2; k < end && k < i + 7; ++k) {
                if (doc.lower(k) == "fire") {
                    fire = k;
                    break;
                }
                if (!doc.tokens()[k].is(text::kWord) && doc.surface(k) != "-") {
                    break;
                }
            }
            // (with guns among the weapons: an exchange of artillery fire alone stays shelling)
            bool guns = false;
            for (std::size_t k = i + 1; k < fire && !guns; ++k) {
                const auto x = doc.lower(k);
                guns = x == "machine" || x == "machine-gun" || x == "gun" || x == "small" ||
                       x == "rifle" || x == "automatic";
            }
            if (fire == 0 || !guns) {
                continue;
            }
            std::erase_if(out, [&](const CueMatch& c) { return c.begin > i && c.end <= fire + 1; });
            out.push_back({i, fire + 1, Cue::clash, false, false});
            break;
        }
    }
    add_declared_recaptures(doc, begin, end, groups, out);
    add_unopposed_entries(doc, begin, end, groups, out);
    add_chanting_mourners(doc, begin, end, out);
    add_places_left_and_entered(doc, begin, end, groups, out);
    add_entries_after_pullouts(doc, begin, end, groups, out);
    move_withdrawals_to_entries(doc, begin, end, out);
    // "hundreds gathered in Khanasor to condemn the strikes": a gathering "in" a place is a
    // protest only with its purpose told right after it (not "day labourers gathered in
    // Tayaran Square" where bombers struck them).
    std::erase_if(out, [&](const CueMatch& c) {
        if (c.cue != Cue::protest || c.end != c.begin + 2 || doc.lower(c.begin) != "gathered" ||
            doc.lower(c.begin + 1) != "in") {
            return false;
        }
        for (std::size_t k = c.end; k + 1 < end && k < c.end + 12; ++k) {
            const auto w = doc.lower(k);
            const auto nx = doc.lower(k + 1);
            if ((w == "to" &&
                 (nx == "condemn" || nx == "denounce" || nx == "protest" || nx == "demand" ||
                  nx == "call" || nx == "press" || nx == "oppose" || nx == "reject")) ||
                w == "demanding" || w == "chanting" || w == "protesting" || w == "condemning" ||
                w == "denouncing" || (w == "calling" && nx == "for")) {
                return false;
            }
            if (w == ";" || w == ".") {
                break;
            }
        }
        return true;
    });
    add_places_handed(doc, begin, end, groups, out);
    std::sort(out.begin(), out.end(),
              [](const CueMatch& a, const CueMatch& b) { return a.begin < b.begin; });
}

bool is_event_cue(Cue c) {
    // Tear gas and live fire are events of their own (on protesters: classify tells); dispersing
    // is only part of one.
    return c != Cue::kill && c != Cue::injure && c != Cue::dispersal && c != Cue::ignore;
}

EventType classify(const CueSet& s, const Participants& who) {
    const bool victims_civilian = who.civilian_victims;
    const bool protesters = who.protesters_acting;
    // Protesters met with tear gas, gunfire or killing: the protest is the event.
    const bool protesters_hit =
        who.protesters_present &&
        (has(s, Cue::tear_gas) || has(s, Cue::live_fire) || has(s, Cue::dispersal) ||
         has(s, Cue::shooting) ||
         (has(s, Cue::kill) && (has(s, Cue::attack) || has(s, Cue::assault))));
    const bool weapon_drone = has(s, Cue::drone);
    const bool riot =
        has(s, Cue::riot) || has(s, Cue::storming) ||
        (protesters && (has(s, Cue::assault) || has(s, Cue::arson) || has(s, Cue::clash)));
    // Protesters met with tear gas or gunfire: a protest with intervention, not a battle.
    const bool protest = has(s, Cue::protest) || (protesters && riot) || protesters_hit;
    const bool casualties = has(s, Cue::kill) || has(s, Cue::injure);
    if (has(s, Cue::intercept) || has(s, Cue::defuse)) {
        return {"Strategic developments", "Disrupted weapons use"};
    }
    // "Masked gunmen broke into the channel's studios, smashed cameras and set fire to a
    // control room. No one was hurt": armed men burning, no crowd, no one hurt or shot at.
    // (Broken into: not the fire that shelling set, "shells set orchards ablaze".)
    if (who.armed_doers && !protesters && !who.protesters_present && has(s, Cue::arson) &&
        (has(s, Cue::storming) || has(s, Cue::raid) || has(s, Cue::assault)) && !casualties &&
        !has(s, Cue::shooting) && !has(s, Cue::clash) && !has(s, Cue::protest) && [&] {
            for (std::size_t c = 0; c <= static_cast<std::size_t>(Cue::explosion); ++c) {
                if (s.test(c)) {
                    return false; // (a weapon's fire)
                }
            }
            return true;
        }()) {
        return {"Strategic developments", "Looting/property destruction"};
    }
    // "A suicide belt and weapons were seized": the device was taken, nothing went off.
    // (People arrested with it: "arrested 12 smugglers and seized a cache" is an arrest.)
    if (has(s, Cue::seizure) && !casualties && !has(s, Cue::explosion) && !has(s, Cue::arrest)) {
        return {"Strategic developments", "Other"};
    }
    if (has(s, Cue::chemical)) {
        return {"Explosions/Remote violence", "Chemical weapon"};
    }
    // A bomb at the gate and then the building stormed ("set off a suicide car bomb at the
    // gate and then tried to storm the compound with rifles and grenades"): one complex
    // attack, fought: an armed clash.
    if ((has(s, Cue::suicide) || has(s, Cue::car_bomb) || has(s, Cue::ied)) &&
        has(s, Cue::storming) &&
        (has(s, Cue::shooting) || has(s, Cue::grenade) || has(s, Cue::clash)) && !protesters) {
        return {"Battles", "Armed clash"};
    }
    if (has(s, Cue::suicide)) {
        return {"Explosions/Remote violence", "Suicide bomb"};
    }
    // A ground operation with air support is a battle: "an air-land operation", "a raid
    // supported by coalition aircraft".
    if ((has(s, Cue::operation) || has(s, Cue::raid)) && has(s, Cue::warplane) &&
        !has(s, Cue::air_strike) && !has(s, Cue::drone_strike)) {
        return {"Battles", "Armed clash"};
    }
    // Drones and aircraft alone are no event ("a transport aircraft"); striking, bombing or
    // killing with them is.
    // ("a drone drops grenades on civilians": what a drone carries is what it strikes with)
    const bool used = has(s, Cue::attack) || has(s, Cue::explosion) || has(s, Cue::bomb) ||
                      casualties || has(s, Cue::assault) || (weapon_drone && has(s, Cue::grenade));
    if (has(s, Cue::drone_strike) || has(s, Cue::air_strike) ||
        ((has(s, Cue::warplane) || weapon_drone) && used)) {
        return {"Explosions/Remote violence", "Air/drone strike"};
    }
    // A roadside bomb followed by gunfire is an ambush: one armed clash.
    if ((has(s, Cue::ied) || has(s, Cue::bomb) || has(s, Cue::landmine)) &&
        (has(s, Cue::shooting) || has(s, Cue::clash) || has(s, Cue::ambush))) {
        return {"Battles", "Armed clash"};
    }
    if (has(s, Cue::car_bomb) || has(s, Cue::ied) || has(s, Cue::landmine)) {
        return {"Explosions/Remote violence", "Remote explosive/landmine/IED"};
    }
    // Mortars before a ground assault ("struck the posts with mortars and then stormed them",
    // "with mortars and machine guns"): one armed clash.
    if (has(s, Cue::mortar) && !has(s, Cue::rocket) && !has(s, Cue::drone) &&
        (has(s, Cue::assault) || has(s, Cue::shooting)) && !protesters) {
        return {"Battles", "Armed clash"};
    }
    // "gunmen were fighting the security forces with rifles, machine guns and rockets": the
    // weapons of a fight.
    if (has(s, Cue::clash) && (has(s, Cue::rocket) || has(s, Cue::mortar)) &&
        !has(s, Cue::artillery) && !has(s, Cue::missile) && !has(s, Cue::shelling) &&
        !has(s, Cue::drone) && !protesters) {
        return {"Battles", "Armed clash"};
    }
    if (has(s, Cue::rocket) || has(s, Cue::mortar) || has(s, Cue::artillery) ||
        has(s, Cue::missile) || has(s, Cue::shelling)) {
        return {"Explosions/Remote violence", "Shelling/artillery/missile attack"};
    }
    // "fired on the post with rifles and rocket-propelled grenades": the weapons of a fight.
    if (has(s, Cue::grenade) && (has(s, Cue::shooting) || has(s, Cue::clash)) && !protesters) {
        return {"Battles", "Armed clash"};
    }
    if (has(s, Cue::grenade)) {
        return {"Explosions/Remote violence", "Grenade"};
    }
    if (has(s, Cue::bomb) || has(s, Cue::explosion)) {
        return {"Explosions/Remote violence", "Remote explosive/landmine/IED", false,
                !has(s, Cue::bomb)};
    }
    // "Gunmen assassinated an activist who had led the protests": a targeted killing, whatever
    // the victim did before (unless force met a crowd in the same clause).
    if (has(s, Cue::assassination) && !has(s, Cue::tear_gas) && !has(s, Cue::live_fire) &&
        !has(s, Cue::dispersal)) {
        return {"Violence against civilians", "Attack"};
    }
    // "kidnapped as they left a protest camp": the kidnapping is the event.
    if (has(s, Cue::abduction) && !has(s, Cue::remains_found)) {
        return {"Violence against civilians", "Abduction/forced disappearance"};
    }
    if (protest || (riot && has(s, Cue::riot))) {
        if (riot || has(s, Cue::arson)) {
            return {"Riots", "Violent demonstration"};
        }
        // Deadly force on a crowd, whatever the weapon: tear-gas canisters fired at heads
        // kill too.
        if (has(s, Cue::kill) &&
            (has(s, Cue::live_fire) || has(s, Cue::shooting) || has(s, Cue::attack) ||
             has(s, Cue::assault) || has(s, Cue::tear_gas) || has(s, Cue::dispersal))) {
            return {"Protests", "Excessive force against protesters"};
        }
        if (has(s, Cue::tear_gas) || has(s, Cue::dispersal) || has(s, Cue::live_fire) ||
            has(s, Cue::arrest) || has(s, Cue::shooting) || casualties) {
            return {"Protests", "Protest with intervention"};
        }
        return {"Protests", "Peaceful protest"};
    }
    // "Thousands of supporters broke into the embassy compound": a crowd forcing its way in,
    // with no one killed or shot, is a riot.
    if (has(s, Cue::storming) && !casualties && !has(s, Cue::shooting)) {
        return {"Riots", "Violent demonstration"};
    }
    // Captives found dead: the killing is the event (the abduction is background).
    if (has(s, Cue::remains_found)) {
        return {"Violence against civilians", "Attack"};
    }
    if (has(s, Cue::abduction)) {
        return {"Violence against civilians", "Abduction/forced disappearance"};
    }
    if (has(s, Cue::sexual_violence)) {
        return {"Violence against civilians", "Sexual violence"};
    }
    if (has(s, Cue::recapture)) {
        return {"Battles", "Government regains territory"};
    }
    if (has(s, Cue::takeover)) {
        return {"Battles", "Non-state actor overtakes territory"};
    }
    if (has(s, Cue::clash) || has(s, Cue::ambush)) {
        return {"Battles", "Armed clash"};
    }
    if (has(s, Cue::assassination) || has(s, Cue::execution)) {
        return {"Violence against civilians", "Attack"};
    }
    if (has(s, Cue::shooting)) {
        return victims_civilian ? EventType{"Violence against civilians", "Attack"}
                                : EventType{"Battles", "Armed clash"};
    }
    if ((has(s, Cue::raid) || has(s, Cue::operation)) && (casualties || has(s, Cue::attack))) {
        return {"Battles", "Armed clash"};
    }
    // "Two traffickers were also killed and a third was arrested": men killed in the arrest
    // are a fight's dead, not an arrest.
    if (has(s, Cue::arrest) && has(s, Cue::kill) && !victims_civilian) {
        return {"Battles", "Armed clash"};
    }
    if (has(s, Cue::arrest)) {
        return {"Strategic developments", "Arrests"};
    }
    if (has(s, Cue::seizure)) {
        return {"Strategic developments", "Other"};
    }
    if (has(s, Cue::attack) || has(s, Cue::assault)) {
        EventType t = victims_civilian ? EventType{"Violence against civilians", "Attack"}
                                       : EventType{"Battles", "Armed clash"};
        t.from_generic_attack = true;
        return t;
    }
    if (has(s, Cue::agreement)) {
        return {"Strategic developments", "Agreement"};
    }
    // "Gunmen killed a farmer in his field and burned his tractor": a killing with a fire set
    // is the killing.
    if ((has(s, Cue::looting) || has(s, Cue::arson)) && has(s, Cue::kill) && victims_civilian) {
        return {"Violence against civilians", "Attack"};
    }
    if (has(s, Cue::looting) || has(s, Cue::arson)) {
        return {"Strategic developments", "Looting/property destruction"};
    }
    if (has(s, Cue::withdrawal)) {
        return {"Strategic developments", "Non-violent transfer of territory"};
    }
    // "Police fired tear gas": tear gas and water cannon meet crowds.
    if (has(s, Cue::tear_gas) && !has(s, Cue::kill)) {
        return {"Protests", "Protest with intervention"};
    }
    return {};
}

namespace {

/// The sentence of token `at` counts over a whole year: "in 2021", "during 2019", "this year",
/// "last year".
bool sentence_names_whole_year(const Document& doc, std::size_t at) {
    const auto& sentence = doc.sentences()[doc.sentence_of(at)];
    for (std::size_t k = sentence.token_begin + 1; k < sentence.token_end; ++k) {
        const auto p = doc.lower(k - 1);
        const auto w = doc.lower(k);
        if ((year_number(doc, k) > 0 && (p == "in" || p == "during" || p == "throughout")) ||
            (w == "year" && (p == "this" || p == "last"))) {
            return true;
        }
    }
    return false;
}

// The words of non_event_reason's tests, in groups (NonEventWords): a test is skipped when
// none of the tokens it reads may hold a word of its group. A word a test acts on must be in
// its group (a test that decides on the group alone, with no word compared, asks sentence_has,
// which looks the words up); the tests that read these lists, not only literals, take them
// from here.
constexpr auto kConditionalWords = std::to_array<std::string_view>(
    {"if", "unless", "whether", "should", "lest", "hypothetically"});
constexpr auto kModalWords = std::to_array<std::string_view>(
    {"may", "might", "could", "would", "will", "shall", "can", "cannot", "must"});
constexpr auto kIntentWords = std::to_array<std::string_view>(
    {"threaten",    "threatens",   "threatened", "threatening", "warn",     "warns",    "warned",
     "warning",     "vow",         "vows",       "vowed",       "pledge",   "pledged",  "promise",
     "promised",    "plan",        "plans",      "planned",     "planning", "intend",   "intends",
     "intended",    "prepare",     "prepares",   "preparing",   "fear",     "fears",    "feared",
     "risk",        "risks",       "likely",     "unlikely",    "expected", "possible", "potential",
     "potentially", "capable",     "able",       "aim",         "aims",     "seek",     "seeks",
     "urged",       "prevent",     "expect",     "expects",     "predict",  "predicts", "predicted",
     "anticipate",  "anticipates", "forecast",   "forecasts",   "ready",    "capacity", "ability",
     "capability"});
constexpr auto kHabitualWords = std::to_array<std::string_view>(
    {"repeatedly", "regularly", "often", "frequently", "routinely", "usually", "sometimes",
     "occasionally", "constantly", "periodically", "increasingly", "habitually",
     // ("rocket attacks on the embassy have been frequent")
     "frequent", "commonplace"});
constexpr auto kDayWords = std::to_array<std::string_view>(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
     "today", "overnight", "tonight"});
constexpr auto kStatisticsWords = std::to_array<std::string_view>(
    {"compared", "comparison", "fewer", "annual", "annually", "yearly", "monthly", "total",
     "average", "figures", "statistics", "tally", "recorded", "across"});
constexpr auto kDemandWords = std::to_array<std::string_view>(
    {"demanding", "demand", "demanded", "demands", "chanting", "chanted", "slogans", "banners",
     "placards", "protest", "protesting", "calling", "condemning", "denouncing", "against", "sit",
     "tyres", "tires", "condemn", "denounce", "blocked", "protesters", "demonstrators", "strike",
     // (a rally for a cause: "in solidarity with"; "to support ...": see the gathering rule)
     "solidarity"});
constexpr auto kMourningWords = std::to_array<std::string_view>(
    {"mourners", "funeral", "funerals", "procession", "processions", "pilgrims"});
constexpr auto kBurialWords = std::to_array<std::string_view>(
    {"funeral", "funerals", "burial", "mourners", "mourned", "buried"});
constexpr auto kJudicialWords = std::to_array<std::string_view>(
    {"prison", "prisons", "sentence", "sentences", "sentenced", "hanged", "hanging", "court",
     "judicial", "convicted", "amnesty", "jail", "jails", "inmates", "gallows", "convicts",
     "trial"});
constexpr auto kSentencedWords =
    std::to_array<std::string_view>({"sentenced", "sentence", "sentences", "verdict"});
constexpr auto kAccidentWords = std::to_array<std::string_view>(
    {"heater", "heaters", "accident", "accidental", "accidentally", "cylinder", "cylinders",
     "fault", "circuit", "leak", "temperatures", "heatwave", "overheating", "overheated",
     "negligence", "unrelated"});
constexpr auto kLyingWords = std::to_array<std::string_view>(
    {"contaminated", "contamination", "cleared", "clearance", "clearing", "demining", "deminers",
     "removed", "surveyed", "hectares", "littered", "dotted"});
constexpr auto kHarmWords = std::to_array<std::string_view>(
    {"killed", "killing", "kills", "wounded", "wounding", "injured", "injuring", "exploded",
     "blast", "explosion", "detonated", "died", "dead", "maimed", "lost"});
constexpr auto kStampedeWords = std::to_array<std::string_view>({"stampede", "stampedes"});
constexpr auto kRubbleWords = std::to_array<std::string_view>({"rubble", "debris"});
constexpr auto kRemainsWords =
    std::to_array<std::string_view>({"bodies", "body", "remains", "corpses"});
// ("A car crash near Kirkuk killed five people", "a blaze in a wedding hall killed 100",
// "heatstroke killed two labourers": a death nobody dealt)
constexpr auto kMishapWords = std::to_array<std::string_view>(
    {"celebratory", "collided",     "collision",  "overturned",    "celebrations", "collapse",
     "collapsed",   "sank",         "capsized",   "crash",         "crashes",      "accident",
     "accidents",   "heatwave",     "heatstroke", "electrocution", "blaze",        "inferno",
     "fireworks",   "electrocuted", "electric"});
constexpr auto kFightWords = std::to_array<std::string_view>(
    {"gunmen", "attack", "attacked", "clash", "clashes", "gunfight", "militants", "bomb", "ambush",
     "bomber", "bombing", "shot", "shooting", "insurgents", "terrorists", "fighters"});
constexpr auto kDisasterWords = std::to_array<std::string_view>(
    {"earthquake", "earthquakes", "quake", "quakes", "tremor", "masonry", "floodwater", "floods",
     "flooding", "landslide", "drowned", "drowning", "electrocuted", "thunderstorm", "avalanche",
     "sandstorm", "stampede"});
constexpr auto kClearingWords = std::to_array<std::string_view>(
    {"clearing", "cleared", "clear", "clearance", "removing", "removed", "removal", "demining",
     "sweeping", "swept", "defusing", "dismantling"});
constexpr auto kWentOffWords = std::to_array<std::string_view>(
    {"killed", "wounded", "injured", "died", "dead", "killing", "wounding", "injuring", "exploded",
     "blast", "detonated", "explosion", "went", "casualties"});
constexpr auto kCrashWords =
    std::to_array<std::string_view>({"crashed", "crash", "crashes", "crashing"});
constexpr auto kAircraftWords = std::to_array<std::string_view>(
    {"helicopter", "helicopters", "plane", "planes", "aircraft", "jet", "jets", "airliner"});
constexpr auto kAnimalWords = std::to_array<std::string_view>(
    {"cow", "cows", "sheep", "goat", "goats", "donkey", "donkeys", "camel", "camels", "dog", "dogs",
     "horse", "animal", "animals", "livestock", "cattle", "buffalo", "flock", "herd"});
constexpr auto kHostileWords = std::to_array<std::string_view>(
    {"drone", "drones", "uav", "shot", "downed", "missile", "missiles", "rocket", "explosive",
     "explosives", "attack", "attacked"});

/// The groups, one bit each, named by their tests.
namespace group {
enum : std::uint64_t {
    perfect = std::uint64_t{1} << 0U,      ///< "have", "has", "had"
    accused = std::uint64_t{1} << 1U,      ///< "suspected of", "accused of", "charged with"
    since = std::uint64_t{1} << 2U,        ///< "since"
    daily = std::uint64_t{1} << 3U,        ///< "daily", "nightly", "regularly", "every"
    most = std::uint64_t{1} << 4U,         ///< "most incidents": "most", "many", ...
    incidents = std::uint64_t{1} << 5U,    ///< "incidents", "attacks", ...
    habitual = std::uint64_t{1} << 6U,     ///< kHabitualWords and "times"
    from = std::uint64_t{1} << 7U,         ///< "since the start of": "from"
    saw = std::uint64_t{1} << 8U,          ///< "the year saw": "saw", "witnessed"
    period = std::uint64_t{1} << 9U,       ///< "since", "so far", "to date", "past", "for months"
    past_first = std::uint64_t{1} << 10U,  ///< "over the past month", "in the first half"
    total = std::uint64_t{1} << 11U,       ///< "a total of"
    number_of = std::uint64_t{1} << 12U,   ///< "the number of", "bring to"
    this_period = std::uint64_t{1} << 13U, ///< "this month", "last year", "so far", "since"
    during = std::uint64_t{1} << 14U,      ///< "during", "throughout"
    clause = std::uint64_t{1} << 15U,      ///< conditional, modal and intent words, "called for"
    present = std::uint64_t{1} << 16U,     ///< "is", "are", "am"
    forecast = std::uint64_t{1} << 17U,    ///< "are expected", "will", "may resume", "planned"
    denial = std::uint64_t{1} << 18U,      ///< "denied", "rumours", "an earlier version"
    turned_out = std::uint64_t{1} << 19U,  ///< "turned out to be", "proved to be"
    negation = std::uint64_t{1} << 20U,    ///< "no", "not", "never", ...
    outlook = std::uint64_t{1} << 21U,     ///< "are possible", "remain likely"
    previously = std::uint64_t{1} << 22U,  ///< "previously"
    saying = std::uint64_t{1} << 23U,      ///< "do not", "cannot"
    any = std::uint64_t{1} << 24U,         ///< "any"
    used = std::uint64_t{1} << 25U,        ///< "used to", "used for"
    show = std::uint64_t{1} << 26U,        ///< "show", "depicting", "purporting"
    picture = std::uint64_t{1} << 27U,     ///< "video", "footage", "photos"
    mourning = std::uint64_t{1} << 28U,    ///< kMourningWords
    burial = std::uint64_t{1} << 29U,      ///< kBurialWords
    judicial = std::uint64_t{1} << 30U,    ///< kJudicialWords
    sentenced = std::uint64_t{1} << 31U,   ///< kSentencedWords
    naming = std::uint64_t{1} << 32U,      ///< "called it", "described them"
    spread = std::uint64_t{1} << 33U,      ///< "had not spread", "never reached"
    accident = std::uint64_t{1} << 34U,    ///< kAccidentWords
    lying = std::uint64_t{1} << 35U,       ///< kLyingWords
    harm = std::uint64_t{1} << 36U,        ///< kHarmWords
    stampede = std::uint64_t{1} << 37U,    ///< "stampede", "stampedes"
    mishap = std::uint64_t{1} << 38U,      ///< kMishapWords
    fight = std::uint64_t{1} << 39U,       ///< kFightWords
    rubble = std::uint64_t{1} << 40U,      ///< "rubble", "debris"
    remains = std::uint64_t{1} << 41U,     ///< "bodies", "remains"
    disaster = std::uint64_t{1} << 42U,    ///< kDisasterWords
    clearing = std::uint64_t{1} << 43U,    ///< kClearingWords
    went_off = std::uint64_t{1} << 44U,    ///< kWentOffWords
    crash = std::uint64_t{1} << 45U,       ///< kCrashWords
    aircraft = std::uint64_t{1} << 46U,    ///< kAircraftWords
    hostile = std::uint64_t{1} << 47U,     ///< kHostileWords
    topic = std::uint64_t{1} << 48U,       ///< "debated", "approved", "extended", "information"
    day = std::uint64_t{1} << 49U,         ///< kDayWords
    statistics = std::uint64_t{1} << 50U,  ///< kStatisticsWords
    demand = std::uint64_t{1} << 51U,      ///< kDemandWords
    recent = std::uint64_t{1} << 52U,      ///< "the recent fighting ... showed"
    counted = std::uint64_t{1} << 53U,     ///< "have recorded 26 of them since January"
    coverage = std::uint64_t{1} << 54U,    ///< "your coverage of the protests"
    likened = std::uint64_t{1} << 55U,     ///< "likened", "compares", "comparing"
    animal = std::uint64_t{1} << 56U,      ///< kAnimalWords
    grave = std::uint64_t{1} << 57U,       ///< "grave", "graves"
};
} // namespace group

const WordGroups& non_event_groups() {
    static const WordGroups groups = [] {
        WordGroups g;
        g.add(group::perfect, {"have", "has", "had"});
        g.add(group::accused, {"suspected", "accused", "suspicion", "charges", "convicted",
                               "charged", "accuses", "accusing", "accuse"});
        g.add(group::since, {"since"});
        g.add(group::daily, {"daily", "nightly", "regularly", "every"});
        g.add(group::most, {"most", "many", "all", "several", "some"});
        g.add(group::incidents, {"incidents", "attacks", "casualties", "deaths"});
        g.add(group::habitual, kHabitualWords);
        g.add(group::habitual, {"times", "occurrence"});
        g.add(group::from, {"from"});
        g.add(group::saw, {"saw", "witnessed"});
        // ("for": "have been fighting ... for months")
        g.add(group::period, {"since", "far", "date", "total", "past", "last", "for"});
        g.add(group::past_first, {"past", "last", "first"});
        g.add(group::total, {"total"});
        g.add(group::number_of, {"number", "bring", "brings", "bringing"});
        g.add(group::this_period, {"this", "last", "so", "since"});
        g.add(group::during, {"during", "throughout"});
        g.add(group::clause, kConditionalWords);
        g.add(group::clause, kModalWords);
        g.add(group::clause, kIntentWords);
        g.add(group::clause, {"called", "calls", "call", "calling"});
        g.add(group::present, {"is", "are", "am"});
        g.add(group::forecast, {"expected", "planned", "scheduled", "due", "set", "likely", "will",
                                "would", "may", "might", "could", "announced", "called"});
        g.add(group::denial, {"denied", "denies", "deny", "rumours", "rumors", "rumour", "rumor",
                              "hoax", "dismissed", "refuted", "version"});
        g.add(group::turned_out, {"turned", "proved", "proven"});
        g.add(group::negation,
              {"no", "not", "never", "without", "nt", "denied", "deny", "denies", "false"});
        g.add(group::outlook,
              {"possible", "likely", "expected", "planned", "anticipated", "probable", "feared"});
        g.add(group::previously, {"previously"});
        g.add(group::saying, {"do", "does", "can", "will", "cannot"});
        g.add(group::any, {"any"});
        g.add(group::used, {"used"});
        g.add(group::show,
              {"show", "shows", "showing", "depicting", "depicts", "purporting", "purportedly"});
        g.add(group::picture, {"video", "videos", "footage", "clip", "photo", "photos", "images",
                               "picture", "pictures"});
        g.add(group::mourning, kMourningWords);
        g.add(group::burial, kBurialWords);
        g.add(group::judicial, kJudicialWords);
        g.add(group::sentenced, kSentencedWords);
        g.add(group::naming,
              {"called", "calling", "labelled", "labeled", "termed", "branded", "described"});
        g.add(group::spread, {"spread", "reach", "reached", "extend", "extended"});
        g.add(group::accident, kAccidentWords);
        g.add(group::lying, kLyingWords);
        g.add(group::harm, kHarmWords);
        g.add(group::stampede, kStampedeWords);
        g.add(group::mishap, kMishapWords);
        g.add(group::fight, kFightWords);
        g.add(group::rubble, kRubbleWords);
        g.add(group::remains, kRemainsWords);
        g.add(group::disaster, kDisasterWords);
        g.add(group::clearing, kClearingWords);
        g.add(group::went_off, kWentOffWords);
        g.add(group::crash, kCrashWords);
        g.add(group::aircraft, kAircraftWords);
        g.add(group::hostile, kHostileWords);
        g.add(group::topic, {"debated", "debate", "debating", "discussed", "discuss", "discussing",
                             "approved", "authorised", "authorized", "extended", "endorsed",
                             "reviewed", "information", "advice", "guidance"});
        g.add(group::day, kDayWords);
        g.add(group::statistics, kStatisticsWords);
        g.add(group::demand, kDemandWords);
        g.add(group::recent, {"recent"});
        g.add(group::counted, {"recorded", "counted", "registered", "documented", "logged"});
        g.add(group::coverage, {"coverage"});
        g.add(group::likened, {"likened", "likens", "compares", "comparing"});
        g.add(group::animal, kAnimalWords);
        g.add(group::grave, {"grave", "graves"});
        return g;
    }();
    return groups;
}

} // namespace

NonEventWords::NonEventWords(const Document& doc)
    : size_(doc.tokens().size()),
      tokens_(std::make_unique_for_overwrite<std::uint64_t[]>(doc.tokens().size())) {
    const auto& groups = non_event_groups();
    const std::size_t n = size_;
    const text::Token* const toks = doc.tokens().data();
    std::uint64_t* const of = tokens_.get(); // (every entry written below)
    // One pass: each token's groups, or-ed into its sentence's as they are written (sentences
    // lie in order, and a sentence's groups are those of its tokens). (A second pass over the
    // tokens made the sentences' groups, and the tokens' were zeroed before they were written.)
    sentences_.reserve(doc.sentences().size());
    std::size_t k = 0;
    for (const auto& s : doc.sentences()) {
        const std::size_t end = std::min<std::size_t>(s.token_end, n);
        if (s.token_begin < k) { // (not after the last one: its tokens' groups are written)
            for (; k < end; ++k) {
                of[k] = groups.groups_of(toks[k]);
            }
            sentences_.push_back(in(s.token_begin, end));
            continue;
        }
        for (; k < s.token_begin; ++k) {
            of[k] = groups.groups_of(toks[k]);
        }
        std::uint64_t in_sentence = 0;
        for (; k < end; ++k) {
            const std::uint64_t g = groups.groups_of(toks[k]);
            of[k] = g;
            in_sentence |= g;
        }
        sentences_.push_back(in_sentence);
    }
    for (; k < n; ++k) {
        of[k] = groups.groups_of(toks[k]);
    }
}

std::string_view non_event_reason(const Document& doc, std::size_t clause_begin,
                                  const CueMatch& trigger) {
    return non_event_reason(doc, clause_begin, trigger, NonEventWords(doc));
}

std::string_view non_event_reason(const Document& doc, std::size_t clause_begin,
                                  const CueMatch& trigger, const NonEventWords& words) {
    static const WordSet kConditional(kConditionalWords);
    static const WordSet kModal(kModalWords);
    static const WordSet kIntent(kIntentWords);
    static const WordSet kGeneric = {
        "series",     "spate",      "wave",     "string",   "pattern",    "number",  "dozens",
        "scores",     "hundreds",   "repeated", "frequent", "previous",   "past",    "such",
        "many",       "more",       "regular",  "daily",    "routine",    "similar", "further",
        "sporadic",   "occasional", "periodic", "numerous", "increasing", "future",  "any",
        "harassment", "low",        "recent"};

    if (government_protest(doc, clause_begin, trigger)) {
        return "a government's protest";
    }
    // "3rd Battalion, 77th Field Artillery Regiment", "the Air Defence Brigade": a unit's name.
    if (doc.tokens()[trigger.begin].is(text::kCapitalized) && trigger.end < doc.tokens().size() &&
        doc.tokens()[trigger.end].is(text::kCapitalized)) {
        // (not a headline's verb: "Gunmen Attack School In Kaduna")
        static const WordSet kUnits = {"regiment", "battalion", "brigade",  "division",
                                       "battery",  "corps",     "batteries"};
        const auto first = doc.lower(trigger.begin);
        if (kUnits.contains(doc.word(trigger.end)) && first != "attack" && first != "attacks" &&
            first != "strike" && first != "strikes" && first != "raid" && first != "bomb" &&
            first != "ambush" && first != "assault") {
            return "unit name";
        }
    }
    // "Organisation for the Liberation of the Levant", "the Front for the Liberation of ...": a
    // word of an organisation's name, capitalised mid-sentence after "for the".
    // (after an organisation's head word: not a headline's "Claims Responsibility for the
    // Bombing of Camp Taji")
    static const WordSet kOrgHeads = {"organisation", "organization", "front",    "movement",
                                      "council",      "committee",    "party",    "union",
                                      "association",  "army",         "alliance", "coalition",
                                      "commission",   "league",       "forces",   "brigades"};
    if (doc.tokens()[trigger.begin].is(text::kCapitalized) &&
        !doc.tokens()[trigger.begin].is(text::kAllUpper) && trigger.begin >= clause_begin + 3 &&
        doc.lower(trigger.begin - 1) == "the" && doc.lower(trigger.begin - 2) == "for" &&
        kOrgHeads.contains(doc.word(trigger.begin - 3)) && trigger.end + 2 < doc.tokens().size() &&
        doc.lower(trigger.end) == "of" &&
        (doc.tokens()[trigger.end + 1].is(text::kCapitalized) ||
         (doc.lower(trigger.end + 1) == "the" &&
          doc.tokens()[trigger.end + 2].is(text::kCapitalized)))) {
        return "a name";
    }
    // "C-RAM test firing announced by the coalition", "an air defence drill", "a mock attack":
    // a test or an exercise, no event.
    if (trigger.end < doc.tokens().size()) {
        const auto nx = doc.lower(trigger.end);
        if (nx == "test" || nx == "tests" || nx == "drill" || nx == "drills" || nx == "exercise" ||
            nx == "exercises") {
            return "exercise";
        }
    }
    // "A second rocket was found unexploded in open ground nearby", "the second rocket failed
    // to explode": a weapon that did not go off, told for itself, is no attack (not one told
    // hitting or harming: "The rocket failed to explode when it hit a house in Zubair, wounding
    // two children", "a mortar round that failed to explode landed near the base"; nor "an
    // unexploded shell killed two boys", the word before the weapon).
    if (trigger.cue == Cue::rocket || trigger.cue == Cue::mortar || trigger.cue == Cue::missile ||
        trigger.cue == Cue::shelling || trigger.cue == Cue::bomb) {
        const std::size_t n = doc.tokens().size();
        bool dud = false;
        for (std::size_t k = trigger.end; k + 2 < n && k < trigger.end + 6 && !dud; ++k) {
            const auto w = doc.lower(k);
            const auto nx = doc.lower(k + 1);
            dud = (w == "found" && nx == "unexploded") ||
                  ((w == "failed" || w == "fail") && nx == "to" && doc.lower(k + 2) == "explode") ||
                  ((w == "did" || w == "didn") && (nx == "not" || nx == "t") &&
                   doc.lower(k + 2) == "explode");
            if (!doc.tokens()[k].is(text::kWord)) {
                break;
            }
        }
        if (dud) {
            static const WordSet kImpact = {"hit",      "landed",  "landing",  "fell",
                                            "falling",  "struck",  "striking", "impact",
                                            "wounding", "wounded", "killing",  "killed",
                                            "injuring", "injured", "damaged",  "damaging"};
            const auto& sent = doc.sentences()[doc.sentence_of(trigger.begin)];
            bool impact = false;
            for (std::size_t j = sent.token_begin; j < sent.token_end && !impact; ++j) {
                impact = kImpact.contains(doc.word(j));
            }
            if (!impact) {
                return "did not go off";
            }
        }
    }
    // "Do not travel to Iraq due to terrorism, kidnapping, armed conflict and civil unrest":
    // hazards named as a reason, bare nouns in a list, no event.
    // (looked at only where "due" or "because" may be)
    static constexpr text::ScanWords kReason{"due", "because"};
    for (std::size_t k = doc.may_hold<kReason>(clause_begin, trigger.begin) ? trigger.begin : 0;
         k > clause_begin + 1 && k + 10 > trigger.begin; --k) {
        const auto w = doc.lower(k - 1);
        if ((w == "to" && doc.lower(k - 2) == "due") ||
            (w == "of" && doc.lower(k - 2) == "because")) {
            // (a list of three or more bare nouns, the advice's reasons: not "two children died
            // due to shelling", "flights were suspended due to drone attacks", "fled due to
            // shelling and airstrikes"; harm told anywhere in the sentence keeps the event)
            const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
            int separators = 0;
            for (std::size_t j = k; j < sentence.token_end; ++j) {
                const auto x = doc.lower(j);
                if (x == "," || x == "and" || x == "or") {
                    ++separators;
                } else if (!doc.tokens()[j].is(text::kWord) ||
                           doc.tokens()[j].is(text::kCapitalized)) {
                    break;
                }
            }
            const bool listed = separators >= 2;
            bool harm = false;
            for (std::size_t j = sentence.token_begin; j < sentence.token_end && !harm; ++j) {
                const auto x = doc.lower(j);
                harm = x == "died" || x == "killed" || x == "dead" || x == "wounded" ||
                       x == "injured" || x == "damaged" || x == "destroyed" || x == "fled" ||
                       x == "suspended" || x == "closed";
            }
            if (listed && !harm &&
                (k == trigger.begin || doc.surface(trigger.begin - 1) == "," ||
                 doc.lower(trigger.begin - 1) == "and" || doc.lower(trigger.begin - 1) == "or")) {
                return "hazard";
            }
            break;
        }
        if (!(doc.tokens()[k - 1].is(text::kWord) && !doc.tokens()[k - 1].is(text::kCapitalized)) &&
            w != ",") {
            break;
        }
    }
    // "sent fighters to Syria before fighting IS in Iraq": what a group did for years, a
    // gerund after a preposition, no fight told.
    if (trigger.end == trigger.begin + 1 && doc.lower(trigger.begin) == "fighting" &&
        trigger.begin > clause_begin && trigger.end < doc.tokens().size()) {
        const auto pv = doc.lower(trigger.begin - 1);
        // (not a fight told with its day or its dead: "five soldiers were killed while fighting
        // ISIS militants in Anbar on Monday")
        const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
        bool told = false;
        for (std::size_t j = sentence.token_begin; j < sentence.token_end && !told; ++j) {
            const auto x = doc.lower(j);
            told = text::weekday_from_word(x) >= 0 || text::month_from_word(x) != 0 ||
                   x == "yesterday" || x == "today" || x == "killed" || x == "killing" ||
                   x == "wounded" || x == "died" || x == "dead" || x == "injured";
        }
        if (!told &&
            (pv == "before" || pv == "after" || pv == "while" || pv == "since" || pv == "of" ||
             pv == "for") &&
            (doc.tokens()[trigger.end].is(text::kCapitalized) ||
             doc.tokens()[trigger.end].is(text::kAllUpper) ||
             doc.lower(trigger.end) == "against")) {
            return "activity";
        }
    }
    // "Activists ... have been killed, abducted and threatened in many cities": harm spread
    // over places no one of which is told, no event. (Not a protest's: "protests in several
    // cities" are told city by city.)
    static constexpr text::ScanWords kMany{"many", "several", "various", "numerous"};
    if (trigger.cue != Cue::protest && trigger.cue != Cue::riot &&
        doc.may_hold<kMany>(
            trigger.end,
            std::min<std::size_t>(doc.sentences()[doc.sentence_of(trigger.begin)].token_end,
                                  trigger.end + 10))) {
        const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
        for (std::size_t k = trigger.end; k + 2 < sentence.token_end && k < trigger.end + 8; ++k) {
            const auto q = doc.lower(k + 1);
            const auto where = doc.lower(k + 2);
            if (doc.lower(k) == "in" &&
                (q == "many" || q == "several" || q == "various" || q == "numerous") &&
                (where == "cities" || where == "towns" || where == "provinces" ||
                 where == "governorates")) {
                return "generic";
            }
            if (doc.surface(k) == ";" || doc.surface(k) == ",") {
                break;
            }
        }
    }
    if (trigger.begin > clause_begin) {
        const auto pv = doc.lower(trigger.begin - 1);
        // ("a practice attack"; not "In practice attacks on the base killed ...")
        if (pv == "mock" || pv == "simulated" ||
            (pv == "practice" && trigger.begin > clause_begin + 1 &&
             (doc.lower(trigger.begin - 2) == "a" || doc.lower(trigger.begin - 2) == "an" ||
              doc.lower(trigger.begin - 2) == "the"))) {
            return "exercise";
        }
    }
    // 'Say "drone attack", not "assassination attempt"': a term a style note quotes; 'She also
    // refers to "rocket attacks on the base" during her tour': words a statement is said to
    // use. Quoted, no event told with them.
    for (std::size_t q = trigger.begin; q >= clause_begin + 2 && q + 4 > trigger.begin; --q) {
        const auto mark = doc.surface(q - 1);
        if (mark == "\"" || mark == "\u201c") {
            std::size_t v = q - 2;
            if (doc.lower(v) == "to" && v > clause_begin) {
                --v; // ("refers to")
            }
            static const WordSet kQuoting = {"say",       "write",    "use",       "call",
                                             "not",       "avoid",    "term",      "word",
                                             "phrase",    "refers",   "referred",  "refer",
                                             "referring", "mentions", "mentioned", "mention"};
            if (kQuoting.contains(doc.word(v))) {
                return "mentioned";
            }
            break;
        }
        if (!doc.tokens()[q - 1].is(text::kWord)) {
            break;
        }
    }
    // 'The "explosion at Baghdad International Airport" video ... is fireworks': a quoted
    // title of a video, post or claim, not an event told.
    if (trigger.begin >= clause_begin + 1 &&
        (doc.surface(trigger.begin - 1) == "\"" || doc.surface(trigger.begin - 1) == "\u201c")) {
        static const WordSet kMedia = {"video",  "videos", "clip",   "clips", "footage", "photo",
                                       "photos", "image",  "images", "post",  "posts",   "claim",
                                       "claims", "rumour", "rumor",  "story", "headline"};
        const std::size_t n = doc.tokens().size();
        for (std::size_t k = trigger.end; k + 1 < n && k < trigger.end + 10; ++k) {
            const auto q = doc.surface(k);
            if (q == "\"" || q == "\u201d") {
                if (kMedia.contains(doc.word(k + 1))) {
                    return "mentioned";
                }
                break;
            }
            if (q == "." || q == "!" || q == "?") {
                break;
            }
        }
    }
    const std::size_t n_tokens = doc.tokens().size();
    // The groups of the words the tests below read: in the clause before the trigger, from the
    // clause's start to its sentence's end, after the trigger in its sentence, in the next
    // tokens whatever their sentence, in the trigger's sentence.
    const std::size_t trigger_sentence = doc.sentence_of(trigger.begin);
    const std::size_t trigger_sentence_end = doc.sentences()[trigger_sentence].token_end;
    const std::uint64_t before_words = words.in(clause_begin, trigger.begin);
    const std::uint64_t after_words = words.in(trigger.end, trigger_sentence_end);
    const std::uint64_t clause_words =
        before_words | words.in(trigger.begin, trigger.end) | after_words;
    const std::uint64_t ahead_words = words.in(trigger.end, trigger.end + 14);
    const std::uint64_t sentence_words = words.in_sentence(trigger_sentence);
    // Whether the trigger's sentence holds a word of `set`, the words of group `bit`: looked up
    // at the tokens whose groups hold it alone (the groups say where such a word may be).
    const auto sentence_has = [&](std::uint64_t bit, const WordSet& set) {
        if ((sentence_words & bit) == 0) {
            return false;
        }
        const auto& s = doc.sentences()[trigger_sentence];
        for (std::size_t k = s.token_begin; k < s.token_end; ++k) {
            if ((words.of(k) & bit) != 0 && set.contains(doc.word(k))) {
                return true;
            }
        }
        return false;
    };
    // "a dispute over a parking space ended with one man shot in the leg; they do not treat it
    // as a security incident", "since found to be a family dispute": crime, no conflict event.
    {
        static constexpr text::ScanWords kPrivate{"incident", "dispute", "alarm", "burst",
                                                  "negative"};
        // (and one of the words before them: both sets are asked before the sentence is read)
        static constexpr text::ScanWords kBefore{"family",    "personal", "domestic", "security",
                                                 "terrorist", "false",    "tyre",     "tire",
                                                 "tyres",     "tires",    "negative"};
        const auto& s = doc.sentences()[trigger_sentence];
        const text::GroupBits groups = doc.groups_in(s.token_begin, s.token_end);
        const bool may = text::holds<kPrivate>(groups) && text::holds<kBefore>(groups);
        for (std::size_t k = may ? s.token_begin + 1 : s.token_end; k < s.token_end; ++k) {
            const auto w = doc.lower(k);
            const auto p = doc.lower(k - 1);
            if (w == "dispute" && (p == "family" || p == "personal" || p == "domestic")) {
                return "negated";
            }
            // ("explosion reported at the checkpoint; NEGATIVE, a lorry's tyre burst", "a
            // false alarm": nothing happened)
            if ((w == "alarm" && p == "false") ||
                (w == "burst" && (p == "tyre" || p == "tire" || p == "tyres" || p == "tires")) ||
                doc.surface(k) == "NEGATIVE") {
                return "negated";
            }
            if (w == "incident" && (p == "security" || p == "terrorist") &&
                k >= s.token_begin + 3) {
                for (std::size_t j = k - 2; j > s.token_begin && j + 8 > k; --j) {
                    const auto x = doc.lower(j);
                    if (x == "not" || x == "n't" || x == "no") {
                        return "negated";
                    }
                }
            }
        }
    }
    // "Nothing to report: security forces carried out search operations ...": a roundup's
    // line that says nothing happened.
    {
        const std::size_t sb = doc.sentences()[doc.sentence_of(clause_begin)].token_begin;
        if (sb + 2 < n_tokens && doc.lower(sb) == "nothing" && doc.lower(sb + 1) == "to" &&
            doc.lower(sb + 2) == "report") {
            return "negated";
        }
    }
    // "Turkey shelled no Iraqi villages last week": the verb's object denied (not "fired no
    // fewer than ten rockets", a count).
    if (trigger.end + 1 < n_tokens && doc.lower(trigger.end) == "no") {
        const auto v = doc.lower(trigger.end - 1);
        const auto nx = doc.lower(trigger.end + 1);
        if ((v.ends_with("ed") || v == "hit" || v == "struck" || v == "shot") && nx != "fewer" &&
            nx != "less" && nx != "more" && nx != "sooner" && nx != "longer") {
            return "negated";
        }
    }
    // "Fighting terrorism here is also protecting Paris", "the fight against terrorism": a
    // cause, not a fight.
    if (trigger.end < n_tokens) {
        std::size_t k = trigger.end;
        if (k + 1 < n_tokens && (doc.lower(k) == "against" || doc.lower(k) == "on")) {
            ++k;
        }
        const auto x = doc.lower(k);
        if (x == "terrorism" || x == "terror" || x == "extremism" || x == "militancy") {
            return "idiom";
        }
    }
    // "The PKK has fought Turkey for nearly four decades": what has gone on for years.
    if (trigger.begin > clause_begin + 1 && (before_words & group::perfect) != 0) {
        bool perfect = false;
        for (std::size_t k = trigger.begin; k > clause_begin && k + 3 > trigger.begin; --k) {
            perfect = perfect || doc.lower(k - 1) == "has" || doc.lower(k - 1) == "have";
        }
        for (std::size_t k = trigger.end; perfect && k + 1 < n_tokens && k < trigger.end + 8; ++k) {
            if (doc.lower(k) != "for") {
                continue;
            }
            for (std::size_t j = k + 1; j < n_tokens && j < k + 5; ++j) {
                const auto u = doc.lower(j);
                if (u == "decades" || u == "years" || u == "decade" || u == "generations") {
                    return "ongoing";
                }
            }
            break;
        }
    }
    // What people are accused of: "arrested four people suspected of planting a bomb",
    // "Tehran accuses the parties of stirring up the protests".
    for (std::size_t k = (before_words & group::accused) != 0 ? trigger.begin : clause_begin;
         k > clause_begin + 1 && k + 5 > trigger.begin; --k) {
        const auto w = doc.lower(k - 1);
        const auto p = doc.lower(k - 2);
        // (not when the trigger has a verb of its own after what they are accused of: "houses
        // of families accused of ISIL links were set on fire")
        bool own_verb = false;
        for (std::size_t j = k; j < trigger.begin && !own_verb; ++j) {
            const auto x = doc.lower(j);
            own_verb = x == "were" || x == "was" || x == "are" || x == "is" || x == "been";
        }
        if (own_verb) {
            continue;
        }
        if ((w == "of" && (p == "suspected" || p == "accused" || p == "suspicion" ||
                           p == "charges" || p == "convicted")) ||
            (w == "with" && p == "charged")) {
            return "purpose";
        }
        if (w == "of") {
            for (std::size_t j = k - 1; j > clause_begin && j + 5 > k; --j) {
                const auto a = doc.lower(j - 1);
                if (a == "accuses" || a == "accused" || a == "accusing" || a == "accuse") {
                    return "purpose";
                }
            }
        }
    }
    // Drug arrests are crime, no conflict event: "anti-narcotics officers arrested eleven
    // men and seized crystal meth".
    if (trigger.cue == Cue::arrest) {
        static constexpr text::ScanWords kDrugs{"narcotics", "drugs",    "drug",   "meth",
                                                "hashish",   "captagon", "heroin", "cocaine"};
        const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
        const std::size_t lo = std::max(clause_begin, std::size_t{sentence.token_begin});
        const bool may = doc.may_hold<kDrugs>(lo, sentence.token_end);
        for (std::size_t i = lo; may && i < sentence.token_end; ++i) {
            const auto w = doc.lower(i);
            if (w == "narcotics" || w == "drugs" || w == "drug" || w == "meth" || w == "hashish" ||
                w == "captagon" || w == "heroin" || w == "cocaine") {
                return "crime";
            }
        }
    }
    // Bombardment "reported daily since 23 April": many events told as one, not one of them.
    // (Scans like this one are skipped when the words they need are not in the sentence.)
    if (const std::size_t sentence_end = doc.sentences()[doc.sentence_of(trigger.begin)].token_end;
        (clause_words & group::since) != 0 && (clause_words & group::daily) != 0) {
        bool since = false, daily = false;
        for (std::size_t k = clause_begin; k < sentence_end; ++k) {
            const auto w = doc.lower(k);
            since = since || w == "since";
            daily = daily || w == "daily" || w == "nightly" || w == "regularly" ||
                    (w == "every" && k + 1 < doc.tokens().size() &&
                     (doc.lower(k + 1) == "day" || doc.lower(k + 1) == "night"));
        }
        if (since && daily) {
            return "aggregate";
        }
    }
    // A summary of many incidents: "Most incidents involved IEDs in Kirkuk and Diyala".
    {
        const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
        const std::size_t lo = std::max(clause_begin, std::size_t{sentence.token_begin});
        const bool may =
            (before_words & group::most) != 0 && (before_words & group::incidents) != 0;
        for (std::size_t i = lo; may && i + 1 < trigger.begin; ++i) {
            const auto w = doc.lower(i);
            const auto nx = doc.lower(i + 1);
            if ((w == "most" || w == "many" || w == "all" || w == "several" || w == "some") &&
                (nx == "incidents" || nx == "attacks" || nx == "casualties" || nx == "deaths" ||
                 (nx == "of" && i + 3 < trigger.begin &&
                  (doc.lower(i + 3) == "incidents" || doc.lower(i + 3) == "attacks")))) {
                return "generic";
            }
        }
    }
    // Habitual statements: "have been hit several times this year", "are regularly shelled".
    {
        static const WordSet kHabitual(kHabitualWords);
        const std::size_t n = doc.tokens().size();
        const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
        const std::size_t stop = std::min({n, trigger.end + 24, std::size_t{sentence.token_end}});
        const bool may = (clause_words & group::habitual) != 0;
        for (std::size_t i = clause_begin; may && i < stop; ++i) {
            const auto w = doc.lower(i);
            if (kHabitual.contains(doc.word(i))) {
                // (Not an aside about someone after a dated event: "the recapture of Sinjar in
                // November 2015, often the only woman in the trench".)
                bool aside = false;
                for (std::size_t k = trigger.end; k < i && !aside; ++k) {
                    aside = doc.surface(k) == ",";
                }
                if (aside) {
                    const auto dated = find_dates(doc, clause_begin, i, std::nullopt);
                    if (std::any_of(dated.begin(), dated.end(),
                                    [](const DateMention& d) { return !d.since; })) {
                        continue;
                    }
                }
                return "generic";
            }
            // ("Smuggling-related shooting at Zurbatiyah is a monthly occurrence")
            if (w == "occurrence" && i > clause_begin) {
                const auto p = doc.lower(i - 1);
                if (p == "monthly" || p == "weekly" || p == "daily" || p == "nightly" ||
                    p == "regular" || p == "common" || p == "frequent" || p == "routine" ||
                    p == "yearly") {
                    return "generic";
                }
            }
            if (w == "times" && i > clause_begin) {
                const auto p = doc.lower(i - 1);
                // (not the shots or blows of one attack, "was shot several times by two men",
                // "stabbed three times")
                const auto t = doc.lower(trigger.begin);
                // (not "fired on the base several times this month": a habit)
                const bool blows = (t == "shot" || t == "stabbed") && i <= trigger.end + 3;
                if (!blows &&
                    (p == "several" || p == "many" || p == "multiple" || p == "numerous" ||
                     p == "dozen" || p == "dozens" || p == "three" || p == "four" || p == "five")) {
                    // (not the strikes of one day: "killed yesterday, Wednesday 26 October,
                    // when warplanes struck the school several times in the late morning")
                    const auto& sent = doc.sentences()[doc.sentence_of(trigger.begin)];
                    const auto days =
                        find_dates(doc, sent.token_begin, sent.token_end, std::nullopt);
                    if (std::none_of(days.begin(), days.end(), [](const DateMention& d) {
                            return d.precision == 1 && !d.since;
                        })) {
                        return "generic";
                    }
                }
                // ("had been attacked 300 times in July": a count of attacks; not the shots of
                // one, "shot him 12 times")
                if (doc.tokens()[i - 1].is(text::kNumber) && t != "shot" && t != "stabbed" &&
                    t != "fired" && t != "shooting") {
                    if (const auto q = parse_quantity(doc, i - 1, i); q && q->value >= 10) {
                        return "generic";
                    }
                }
            }
        }
    }
    // "al-Abadi, fighting for a second term": politics, not a battle.
    if (const std::size_t count = doc.tokens().size(); trigger.end + 1 < count &&
                                                       doc.lower(trigger.begin) == "fighting" &&
                                                       doc.lower(trigger.end) == "for") {
        for (std::size_t k = trigger.end + 1; k < count && k < trigger.end + 5; ++k) {
            const auto x = doc.lower(k);
            if (x == "term" || x == "seat" || x == "seats" || x == "survival" || x == "votes" ||
                x == "power" || x == "re" || x == "reelection" || x == "rights" || x == "justice" ||
                x == "jobs" || x == "office") {
                return "idiom";
            }
        }
    }
    // "the cost of reconstruction in the liberated areas of Anbar, Salah ad-Din and Diyala": a
    // participle that describes places, no taking told.
    if (trigger.end == trigger.begin + 1 && trigger.begin > clause_begin &&
        trigger.end < n_tokens) {
        const auto w = doc.lower(trigger.begin);
        const auto before = doc.lower(trigger.begin - 1);
        const auto after = doc.lower(trigger.end);
        if ((w == "liberated" || w == "recaptured" || w == "retaken" || w == "occupied") &&
            (before == "the" || before == "newly" || before == "recently" || before == "formerly" ||
             before == "in") &&
            (after == "areas" || after == "territories" || after == "towns" || after == "cities" ||
             after == "villages" || after == "districts" || after == "regions" ||
             after == "provinces" || after == "lands" || after == "zones" || after == "parts" ||
             after == "governorates")) {
            return "descriptor";
        }
    }
    // "shot dead by gunmen in Amarah on Sunday night, hours after attending a protest": when
    // the victim had been at one, a time, not a protest told.
    if (trigger.cue == Cue::protest && trigger.begin >= clause_begin + 2) {
        std::size_t v = trigger.begin - 1;
        if (doc.lower(v) == "a" || doc.lower(v) == "the" || doc.lower(v) == "an") {
            --v;
        }
        const auto verb = doc.lower(v);
        if ((verb == "attending" || verb == "leaving" || verb == "joining") && v > clause_begin &&
            (doc.lower(v - 1) == "after" || doc.lower(v - 1) == "before" ||
             doc.lower(v - 1) == "while")) {
            return "generic"; // (this cue only: the clause's other events stand)
        }
    }
    // "walked out of the session in protest at the allocation": an idiom, not a protest.
    if (trigger.cue == Cue::protest && trigger.begin > clause_begin &&
        doc.lower(trigger.begin - 1) == "in" && doc.lower(trigger.begin) == "protest") {
        return "idiom";
    }
    // "the death toll since the start of the protests": the trigger names the period a total
    // is counted over, not an event.
    if (trigger.begin >= clause_begin + 3 && (before_words & (group::since | group::from)) != 0) {
        std::size_t k = trigger.begin - 1;
        if (doc.lower(k) == "the" && k > clause_begin) {
            --k; // "of the protests"
        }
        if (doc.lower(k) == "of" && k >= clause_begin + 3) {
            const auto start = doc.lower(k - 1);
            const bool period_start = start == "start" || start == "beginning" ||
                                      start == "outbreak" || start == "onset" || start == "launch";
            if (period_start && doc.lower(k - 2) == "the" &&
                (doc.lower(k - 3) == "since" || doc.lower(k - 3) == "from")) {
                return "aggregate";
            }
        }
    }
    // An argument drawn from events: "the recent fighting in Fallujah and Mosul showed that
    // the enemies of Iraq ...", "recent attacks prove that": the events as evidence, none told.
    if (trigger.begin >= clause_begin + 1 && (before_words & group::recent) != 0) {
        bool recent = false;
        for (std::size_t k = trigger.begin; k > clause_begin && k + 3 > trigger.begin; --k) {
            recent = recent || doc.lower(k - 1) == "recent";
        }
        const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
        for (std::size_t k = trigger.end; recent && k < sentence.token_end && k < trigger.end + 8;
             ++k) {
            const auto w = doc.lower(k);
            if (w == "showed" || w == "shows" || w == "proved" || w == "proves" ||
                w == "demonstrated" || w == "demonstrates") {
                return "argument";
            }
            if (!doc.tokens()[k].is(text::kWord)) {
                break;
            }
        }
    }
    // A life under fire, no one event: "the Armenian community of Aleppo, which has lived for
    // three years under siege and shelling".
    if (trigger.begin >= clause_begin + 2) {
        bool under = false;
        for (std::size_t k = trigger.begin; k > clause_begin && k + 4 > trigger.begin && !under;
             --k) {
            under = doc.lower(k - 1) == "under";
        }
        if (under) {
            for (std::size_t k = clause_begin; k + 1 < trigger.begin; ++k) {
                const auto w = doc.lower(k);
                const auto n = doc.lower(k + 1);
                if (w == "lived" || w == "living" || w == "lives" || w == "live" ||
                    (w == "for" &&
                     (doc.tokens()[k + 1].is(text::kNumber) || n == "two" || n == "three" ||
                      n == "four" || n == "five" || n == "six" || n == "several" || n == "many" ||
                      n == "months" || n == "years"))) {
                    return "condition";
                }
            }
        }
    }
    // An ongoing fight or a habit of attacks, no one event: "Fighting between ... has continued
    // around the Tishrin Dam since December", "ISIS continued to carry out mass-casualty
    // bombings against civilians" (a plural told with no day).
    if ((sentence_words & group::day) == 0) {
        const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
        for (std::size_t k = trigger.end; k + 1 < sentence.token_end && k < trigger.end + 12; ++k) {
            const auto w = doc.lower(k);
            if ((w == "has" || w == "have") && doc.lower(k + 1) == "continued") {
                for (std::size_t j = k + 2; j < sentence.token_end && j < k + 12; ++j) {
                    if (doc.lower(j) == "since") {
                        return "ongoing";
                    }
                }
                break;
            }
            if (doc.surface(k) == "," || doc.surface(k) == ";" || doc.surface(k) == ".") {
                break;
            }
        }
        if (trigger.plural && trigger.begin >= clause_begin + 4) {
            for (std::size_t k = trigger.begin - 1; k > clause_begin && k + 6 > trigger.begin;
                 --k) {
                const auto w = doc.lower(k - 1);
                if ((w == "continued" || w == "continues" || w == "continue") &&
                    doc.lower(k) == "to") {
                    return "habitual";
                }
            }
        }
    }
    // The end of a fight told as a time: "Four months after the fighting in the city ended,
    // explosive hazards ... kill children", "since the battle ended": when, not what happened.
    // (not in a sentence that tells a day: "Since the battle for the city ended, IS cells have
    // killed a man in Badush on Tuesday")
    if (trigger.begin >= clause_begin + 2 && doc.lower(trigger.begin - 1) == "the" &&
        (sentence_words & group::day) == 0) {
        bool ended = false;
        for (std::size_t k = trigger.end; k < trigger.end + 6 && k < doc.tokens().size(); ++k) {
            const auto w = doc.lower(k);
            if (w == "ended" || w == "ends" ||
                (w == "over" && (doc.lower(k - 1) == "was" || doc.lower(k - 1) == "were"))) {
                ended = true;
                break;
            }
            if (!doc.tokens()[k].is(text::kWord)) {
                break;
            }
        }
        // (months or years after it: "a day after the fighting in the Green Zone ended" dates
        // that fighting, an event of its own)
        for (std::size_t k = trigger.begin - 1; ended && k > clause_begin && k + 5 > trigger.begin;
             --k) {
            const auto w = doc.lower(k - 1);
            const auto unit = k >= clause_begin + 2 ? doc.lower(k - 2) : text::TokenText();
            if (((w == "after" || w == "before") && (unit == "months" || unit == "years")) ||
                w == "since" || w == "until") {
                return "time told";
            }
        }
    }
    // A year's toll before the words of war: "More than 1,000 children have been killed or
    // injured in Syria this year, and the fighting in the north-west has driven ...": the dead
    // of a year counted together, no event.
    // (only before a fight named again, "the fighting", not an event of its own told after
    // the toll: "..., and a car bomb killed four more in Sadr City last night")
    if ((sentence_words & group::day) == 0 && trigger.begin > clause_begin &&
        doc.lower(trigger.begin - 1) == "the") {
        for (std::size_t k = clause_begin + 2; k + 1 < trigger.begin; ++k) {
            const auto v = doc.lower(k + 1);
            if (doc.lower(k) != "been" ||
                (doc.lower(k - 1) != "have" && doc.lower(k - 1) != "has") ||
                !(v == "killed" || v == "injured" || v == "wounded")) {
                continue;
            }
            bool many = false;
            for (std::size_t j = k - 1; j > clause_begin && j + 8 > k && !many; --j) {
                many = doc.tokens()[j - 1].is(text::kNumber) && doc.number_value(j - 1) >= 20 &&
                       !(doc.number_value(j - 1) >= 1900 && doc.number_value(j - 1) <= 2100);
            }
            if (many && sentence_names_whole_year(doc, trigger.begin)) {
                return "aggregate";
            }
            break;
        }
    }
    // A running count: "Police in Dhi Qar have recorded 26 of them since January, most with
    // gunfire at houses": incidents counted over a period, no one event.
    if ((before_words & group::counted) != 0) {
        for (std::size_t i = clause_begin + 1; i + 2 < trigger.begin; ++i) {
            const auto w = doc.lower(i);
            const auto p = doc.lower(i - 1);
            if (!(w == "recorded" || w == "counted" || w == "registered" || w == "documented" ||
                  w == "logged") ||
                !(p == "have" || p == "has" || p == "had")) {
                continue;
            }
            bool count = false;
            bool since = false;
            for (std::size_t k = i + 1; k < trigger.begin && k < i + 8; ++k) {
                count = count || (doc.tokens()[k].is(text::kNumber) && k < i + 4 &&
                                  doc.number_value(k) >= 2 && doc.number_value(k) < 1900);
                since = since || doc.lower(k) == "since";
            }
            if (count && since) {
                return "aggregate";
            }
        }
    }
    // A monitor's count of blasts: "The cell recorded 31 explosions on 19 December, most of
    // them around the dam", "the mission counted 12 explosions": sounds logged, no one event
    // (the strikes the report then tells are the events).
    if ((before_words & group::counted) != 0 && trigger.plural &&
        trigger.begin >= clause_begin + 2) {
        const auto noun = doc.lower(trigger.end - 1);
        const auto v = doc.lower(trigger.begin - 2);
        const bool count =
            (noun == "explosions" || noun == "blasts") &&
            doc.tokens()[trigger.begin - 1].is(text::kNumber) &&
            doc.number_value(trigger.begin - 1) >= 2 &&
            (v == "recorded" || v == "counted" || v == "registered" || v == "logged");
        // (not a count that goes on to tell its harm or its weapons: "recorded 14 explosions
        // in Baghdad, including two car bombs that killed nine people", "as Turkish drones
        // struck SDF positions")
        bool told = false;
        const auto& sent = doc.sentences()[doc.sentence_of(trigger.begin)];
        for (std::size_t k = trigger.end; count && k < sent.token_end && !told; ++k) {
            static const WordSet kTold = {"killed",   "killing", "wounded", "wounding", "injured",
                                          "injuring", "dead",    "struck",  "strike",   "strikes",
                                          "bomb",     "bombs",   "drone",   "drones",   "rockets",
                                          "missiles", "shells",  "shelled", "mortars",  "hit"};
            told = kTold.contains(doc.word(k));
        }
        if (count && !told) {
            return "a monitor's count";
        }
    }
    // Statistics: "carried out fewer than 400 attacks across the country", "more than 150
    // rocket and drone attacks on US forces": a count of events, no event (a count of weapons,
    // "20 rockets hit the base", is one; so are "25 air strikes on Tuesday", told for a day),
    // where the sentence reads as statistics ("compared with", "annual figures").
    static const WordSet kEventNouns = {"attacks",    "strikes",  "airstrikes",
                                        "raids",      "bombings", "incidents",
                                        "operations", "assaults", "ambushes"};
    if (trigger.plural && trigger.begin > clause_begin &&
        kEventNouns.contains(doc.word(trigger.end - 1))) {
        bool many = false;
        for (std::size_t k = trigger.begin; k > clause_begin && k + 5 > trigger.begin; --k) {
            const auto& tok = doc.tokens()[k - 1];
            if (tok.is(text::kNumber)) {
                const double n = doc.number_value(k - 1);
                many = n >= 20 && !(n >= 1900 && n <= 2100);
                break;
            }
            if (!tok.is(text::kWord)) {
                break;
            }
        }
        static const WordSet kDay(kDayWords);
        static const WordSet kStatistics(kStatisticsWords);
        // (not the day of the telling: "the ministry said on Tuesday that ...")
        bool day = false;
        if ((sentence_words & group::day) != 0) {
            const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
            for (std::size_t k = sentence.token_begin; k < sentence.token_end && !day; ++k) {
                if (!kDay.contains(doc.word(k))) {
                    continue;
                }
                const auto v = k >= sentence.token_begin + 2 && doc.lower(k - 1) == "on"
                                   ? doc.lower(k - 2)
                                   : text::TokenText();
                day = !(v == "said" || v == "announced" || v == "reported" || v == "stated" ||
                        v == "told");
            }
        }
        if (many && !day &&
            (sentence_has(group::statistics, kStatistics) ||
             sentence_names_whole_year(doc, trigger.begin))) {
            return "aggregate";
        }
    }
    // A period's review: "The year also saw more than 150 attacks ... and US strikes in Jurf
    // al-Sakhar", "2023 saw fewer bombings".
    // (the whole sentence: "The year also saw 150 attacks ..., mostly in Anbar, and US
    // retaliatory strikes in Jurf al-Sakhar")
    // (but not past a colon that opens one event: "the district saw fighting of another kind:
    // on 2 May, the army and the YBS fought")
    // (The colon is looked for only in a sentence that may hold the review's verb.)
    std::size_t review_from = doc.sentences()[doc.sentence_of(trigger.begin)].token_begin;
    const bool may_review = (sentence_words & group::saw) != 0 &&
                            (words.in(review_from, trigger.begin) & group::saw) != 0;
    for (std::size_t k = trigger.begin; may_review && k > review_from; --k) {
        if (doc.surface(k - 1) == ":") {
            review_from = k;
            break;
        }
    }
    review_from = std::min(review_from, clause_begin);
    if (may_review && (words.in(review_from, trigger.begin) & group::saw) != 0) {
        for (std::size_t i = review_from + 1; i < trigger.begin; ++i) {
            if (doc.lower(i) != "saw" && doc.lower(i) != "witnessed") {
                continue;
            }
            for (std::size_t k = i; k > review_from && k + 4 > i; --k) {
                const auto w = doc.lower(k - 1);
                if (w == "year" || w == "month" || w == "decade" || w == "period" ||
                    w == "quarter" || year_number(doc, k - 1) > 0) {
                    return "aggregate";
                }
            }
        }
    }
    // Totals over a period: "Since 2018, 45 civilians have been killed by leftover mines", "so
    // far this year 300 militants have been neutralised".
    {
        bool period = false, perfect = false;
        const bool may_total =
            (before_words & group::period) != 0 && (before_words & group::perfect) != 0;
        for (std::size_t i = clause_begin; may_total && i < trigger.begin; ++i) {
            const auto w = doc.lower(i);
            const auto nx = i + 1 < trigger.begin ? doc.lower(i + 1) : text::TokenText();
            period = period || w == "since" || (w == "so" && nx == "far") ||
                     (w == "to" && nx == "date") || (w == "in" && nx == "total") ||
                     (w == "over" && nx == "the" && i + 2 < trigger.begin &&
                      (doc.lower(i + 2) == "past" || doc.lower(i + 2) == "last"));
            perfect = perfect || ((w == "have" || w == "has" || w == "had") && period);
        }
        // ("Since then there has been heavy fighting in several districts", "since Tuesday":
        // one battle going on for days, told as one)
        bool days = false;
        for (std::size_t i = clause_begin; period && i + 1 < trigger.begin; ++i) {
            if (doc.lower(i) == "since") {
                const auto nx = doc.lower(i + 1);
                days = nx == "then" || nx == "yesterday" || text::weekday_from_word(nx) >= 0;
            }
        }
        const auto head = doc.lower(trigger.end - 1);
        // (so is a sit-in held since Monday: one protest going on, also since a date: "Since
        // the 8th of July, job seekers have held a sit-in at the gate")
        const bool fight = head == "fighting" || head == "clashes" || head == "battle" ||
                           head == "battles" || head == "sit-in" || head == "in";
        const bool sit_in = head == "sit-in" || (head == "in" && trigger.end >= trigger.begin + 2 &&
                                                 doc.lower(trigger.end - 2) == "sit");
        for (std::size_t i = clause_begin; sit_in && period && i + 2 < trigger.begin; ++i) {
            if (doc.lower(i) == "since") {
                const std::size_t d = doc.lower(i + 1) == "the" ? i + 2 : i + 1;
                days = days ||
                       (doc.tokens()[d].is(text::kNumber) && doc.number_value(d) >= 1 &&
                        doc.number_value(d) <= 31) ||
                       (text::month_from_word(doc.lower(d)) != 0 && d + 1 < trigger.begin &&
                        doc.tokens()[d + 1].is(text::kNumber));
            }
        }
        if (period && perfect && !(days && fight)) {
            return "aggregate";
        }
        // "its forces had arrested 45 suspects and seized 120 explosive devices in three
        // provinces over the past month": the period told after the counts.
        if ((after_words & group::past_first) != 0 && (before_words & group::perfect) != 0) {
            bool had = false;
            for (std::size_t i = trigger.begin; i > clause_begin && i + 6 > trigger.begin; --i) {
                const auto w = doc.lower(i - 1);
                had = had || w == "have" || w == "has" || w == "had";
            }
            const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
            for (std::size_t i = trigger.end; had && i + 3 < sentence.token_end; ++i) {
                const auto w = doc.lower(i);
                const auto unit = doc.lower(i + 3);
                if ((w == "over" || w == "in" || w == "during") && doc.lower(i + 1) == "the" &&
                    (doc.lower(i + 2) == "past" || doc.lower(i + 2) == "last") &&
                    (unit == "month" || unit == "year" || unit == "week" || unit == "months" ||
                     unit == "weeks" || unit == "years")) {
                    return "aggregate";
                }
                // ("... in the first three months of the year", "in the first half of 2025")
                if ((w == "in" || w == "during" || w == "over") && doc.lower(i + 1) == "the" &&
                    doc.lower(i + 2) == "first" &&
                    (unit == "months" || unit == "weeks" || unit == "half" || unit == "quarter" ||
                     (i + 4 < sentence.token_end &&
                      (doc.lower(i + 4) == "months" || doc.lower(i + 4) == "weeks")))) {
                    return "aggregate";
                }
            }
        }
        // A ministry's running total of detentions: "2,700 protesters had been detained",
        // "457 people have been arrested nationwide": hundreds of arrests told as a count,
        // no one arrest event (a raid's "police arrested 11 men" stays one).
        if (trigger.cue == Cue::arrest && trigger.begin >= clause_begin + 3 &&
            doc.lower(trigger.begin - 1) == "been") {
            const auto aux = doc.lower(trigger.begin - 2);
            const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
            bool nationwide = false;
            for (std::size_t i = trigger.end; i < sentence.token_end && i < trigger.end + 3; ++i) {
                nationwide = nationwide || doc.lower(i) == "nationwide";
            }
            bool hundreds = false;
            for (std::size_t k = trigger.begin - 2; k > clause_begin && k + 6 > trigger.begin;
                 --k) {
                if (doc.tokens()[k - 1].is(text::kNumber)) {
                    hundreds = doc.number_value(k - 1) >= 100;
                    break;
                }
            }
            if ((aux == "had" || aux == "have" || aux == "has") && (hundreds || nationwide)) {
                return "aggregate";
            }
        }
        // "clan fighting had killed more than 30 people in the province this year": the year's
        // running count, told in the perfect.
        // (not with a day told: "the attack on Wednesday, ..., has killed ... this year")
        if ((clause_words & group::perfect) != 0 && (clause_words & group::this_period) != 0 &&
            (sentence_words & group::day) == 0) {
            const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
            bool had_killed = false, year = false;
            for (std::size_t i = clause_begin; i + 1 < sentence.token_end; ++i) {
                const auto w = doc.lower(i);
                const auto nx = doc.lower(i + 1);
                had_killed = had_killed || ((w == "had" || w == "has" || w == "have") &&
                                            (nx == "killed" || nx == "claimed" || nx == "left"));
                // (not "the deadliest since last year", a comparison)
                year = year || (w == "this" && nx == "year" && had_killed && i > clause_begin &&
                                doc.lower(i - 1) != "since");
            }
            if (year) {
                return "aggregate";
            }
        }
        // "a total of 1,375 Iraqis were killed ... in January 2015": a over_period's count.
        const bool may_total_of = (before_words & group::total) != 0;
        // (Not the toll of the event just told: "A total of 35 people were killed.", with no
        // period in the sentence.)
        for (std::size_t i = clause_begin; may_total_of && i + 1 < trigger.begin; ++i) {
            if (doc.lower(i) == "total" && doc.lower(i + 1) == "of") {
                const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
                bool over_period = false;
                for (const auto& m :
                     find_dates(doc, sentence.token_begin, sentence.token_end, std::nullopt)) {
                    over_period = over_period || m.precision >= 2;
                }
                for (std::size_t k = sentence.token_begin; !over_period && k < sentence.token_end;
                     ++k) {
                    const auto x = doc.lower(k);
                    over_period = x == "month" || x == "months" || x == "year" || x == "years" ||
                                  x == "week" || x == "weeks" || x == "since" ||
                                  x == "over_period" || x == "far" || x == "days";
                }
                if (over_period) {
                    return "aggregate";
                }
                break;
            }
        }
        // "The deaths bring to 11 the number of soldiers killed in the province this month": a
        // running count over a period.
        {
            bool number_of = false, this_period = false;
            const std::size_t sentence_end =
                doc.sentences()[doc.sentence_of(trigger.begin)].token_end;
            const bool may =
                (clause_words & group::number_of) != 0 && (clause_words & group::this_period) != 0;
            for (std::size_t i = clause_begin; may && i + 1 < sentence_end; ++i) {
                const auto w = doc.lower(i);
                const auto nx = doc.lower(i + 1);
                number_of = number_of || (w == "number" && nx == "of") ||
                            ((w == "bring" || w == "brings" || w == "bringing") && nx == "to");
                this_period = this_period ||
                              ((w == "this" || w == "last") && (nx == "month" || nx == "year")) ||
                              (w == "so" && nx == "far") || w == "since";
            }
            if (number_of && this_period) {
                return "aggregate";
            }
        }
        // "Thousands were killed during the nine-month battle", "during the war": a toll over
        // months or years, no one event's.
        const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
        const bool may_during = (clause_words & group::during) != 0;
        for (std::size_t i = clause_begin;
             may_during && i + 1 < sentence.token_end && i < trigger.end + 12; ++i) {
            if (doc.lower(i) != "during" && doc.lower(i) != "throughout") {
                continue;
            }
            for (std::size_t k = i + 1; k < sentence.token_end && k < i + 5; ++k) {
                const auto w = doc.lower(k);
                // "nine-month", "three-year", "months-long", "the war" (not "last month")
                const bool span =
                    ((w == "month" || w == "year") && doc.tokens()[k].is(text::kHyphenBefore)) ||
                    ((w == "months" || w == "years") && k + 1 < sentence.token_end &&
                     doc.lower(k + 1) == "long" && doc.tokens()[k + 1].is(text::kHyphenBefore)) ||
                    w == "war";
                if (span) {
                    return "aggregate";
                }
                if (!doc.tokens()[k].is(text::kWord) && !doc.tokens()[k].is(text::kNumber)) {
                    break;
                }
            }
        }
        // The period after the verb: "more than 500 protesters have been killed across Iraq
        // since the start of the movement".
        if ((after_words & group::period) != 0) {
            bool has_been = false;
            const bool may_have_been = (before_words & group::perfect) != 0;
            for (std::size_t i = clause_begin; may_have_been && i + 1 < trigger.begin; ++i) {
                const auto w = doc.lower(i);
                has_been = has_been || ((w == "have" || w == "has" || w == "had") &&
                                        doc.lower(i + 1) == "been");
            }
            // ("Drones have hit the district again and again since 2021"; not a relative clause's
            // history: "the PKK, which has fought the Turkish state since 1984")
            const bool perfect_here =
                trigger.begin > clause_begin + 1 &&
                (doc.lower(trigger.begin - 1) == "have" || doc.lower(trigger.begin - 1) == "has") &&
                doc.lower(trigger.begin - 2) != "which" && doc.lower(trigger.begin - 2) != "who" &&
                doc.lower(trigger.begin - 2) != "that";
            const bool perfect_after =
                trigger.end + 1 < doc.tokens().size() &&
                (doc.lower(trigger.end) == "have" || doc.lower(trigger.end) == "has") &&
                doc.tokens()[trigger.end + 1].is(text::kWord) &&
                doc.lower(trigger.end + 1) != "been";
            has_been = has_been || perfect_here || perfect_after;
            if (has_been) {
                const std::size_t sentence_end =
                    doc.sentences()[doc.sentence_of(trigger.begin)].token_end;
                const std::size_t stop = std::min<std::size_t>(sentence_end, trigger.end + 10);
                for (std::size_t i = trigger.end; i < stop; ++i) {
                    const auto w = doc.lower(i);
                    const auto nx = i + 1 < stop ? doc.lower(i + 1) : text::TokenText();
                    // ("again and again" goes on)
                    if (w == "," || w == ";" || (w == "and" && nx != "again") || w == "but") {
                        break;
                    }
                    if (w == "since" || (w == "so" && nx == "far") || (w == "to" && nx == "date") ||
                        (w == "in" && nx == "total")) {
                        return "aggregate";
                    }
                    // ("militias have been fighting jihadists around Ras al-Ain for months")
                    if (w == "for" && (nx == "months" || nx == "years" || nx == "weeks" ||
                                       nx == "decades" || nx == "days")) {
                        return "ongoing";
                    }
                }
            }
        }
    }
    // Tokens of the clause before the trigger.
    // (Every word the loop acts on, but the comma: the other tokens are passed over by one
    // filter test. A word a new branch acts on must join it.)
    static const WordFilter kClauseWords = [] {
        WordFilter f = kConditional.filter();
        f.add(kModal.filter());
        f.add(kIntent.filter());
        for (const std::string_view w : {"called", "calls", "call", "calling"}) {
            f.add(w, text::HashedWord::hash_of(w));
        }
        return f;
    }();
    bool after_would_factual = false;
    for (std::size_t i = clause_begin; (before_words & group::clause) != 0 && i < trigger.begin;
         ++i) {
        if (!kClauseWords.possible(doc.tokens()[i]) && doc.surface(i) != ",") {
            continue;
        }
        // ("Two terrorists, who were preparing an attack, were neutralised": the relative
        // clause tells about the people, not the verb after it.)
        if (doc.surface(i) == "," && i + 1 < trigger.begin &&
            (doc.lower(i + 1) == "who" || doc.lower(i + 1) == "which")) {
            std::size_t j = i + 2;
            while (j < trigger.begin && doc.surface(j) != ",") {
                ++j;
            }
            if (j < trigger.begin) {
                i = j;
                continue;
            }
        }
        const auto w = doc.lower(i);
        if (kConditional.contains(doc.word(i))) {
            return "hypothetical";
        }
        // "May" with a capital inside a clause is the month ("On 1 May 2023").
        const bool month_word =
            w == "may" && doc.tokens()[i].is(text::kCapitalized) &&
            (i > clause_begin || (i + 1 < trigger.begin && doc.tokens()[i + 1].is(text::kNumber)));
        if (kModal.contains(doc.word(i)) && !month_word) {
            // "would eventually result in": future in the past, i.e. it happened.
            const auto nx = i + 1 < trigger.begin ? doc.lower(i + 1) : text::TokenText();
            if (w == "would" &&
                (nx == "eventually" || nx == "later" || nx == "soon" || nx == "ultimately")) {
                after_would_factual = true;
                continue;
            }
            if (w == "could" && i + 1 < trigger.begin && doc.lower(i + 1) == "not") {
                continue; // "could not be reached": not about the trigger
            }
            return "hypothetical";
        }
        if (kIntent.contains(doc.word(i))) {
            // ("Without warning the guards opened fire": suddenly, no threat.)
            if (w == "warning" && i > clause_begin &&
                (doc.lower(i - 1) == "without" || doc.lower(i - 1) == "no")) {
                continue;
            }
            // ("six civilians were likely to have been killed in the strike": a judgement of
            // what happened, not of what may come)
            // (and "chlorine was likely used as a chemical weapon in Saraqib on 4 February")
            if (w == "likely" &&
                ((i + 3 < trigger.begin && doc.lower(i + 1) == "to" && doc.lower(i + 2) == "have" &&
                  (doc.lower(i + 3) == "been" || doc.lower(i + 3).ends_with("ed"))) ||
                 (i > clause_begin && (doc.lower(i - 1) == "was" || doc.lower(i - 1) == "were") &&
                  i + 1 < trigger.begin && doc.lower(i + 1).ends_with("ed")))) {
                continue;
            }
            // ("The mission is able to confirm that people were exposed to sarin": a finding)
            if (w == "able" && i + 2 < trigger.begin && doc.lower(i + 1) == "to") {
                const auto v = doc.lower(i + 2);
                if (v == "confirm" || v == "establish" || v == "verify" || v == "determine" ||
                    v == "conclude" || v == "identify" || v == "document") {
                    continue;
                }
            }
            // ("to reduce the capacity of Syria's armed forces to mount another chemical
            // attack": what they could do; not "in his capacity as minister")
            if ((w == "capacity" || w == "ability" || w == "capability") &&
                !(i + 1 < trigger.begin && (doc.lower(i + 1) == "to" || doc.lower(i + 1) == "of") &&
                  [&] {
                      for (std::size_t k = i + 1; k < trigger.begin && k < i + 9; ++k) {
                          if (doc.lower(k) == "to") {
                              return true;
                          }
                      }
                      return false;
                  }())) {
                continue;
            }
            return "threat";
        }
        if ((w == "called" || w == "calls" || w == "call" || w == "calling") &&
            i + 1 < trigger.begin &&
            (doc.lower(i + 1) == "for" ||
             ((doc.lower(i + 1) == "a" || doc.lower(i + 1) == "an") && i + 4 >= trigger.begin))) {
            // "called for protests", "calls for a ceasefire", "called a counter-demonstration"
            return "threat";
        }
    }
    (void)after_would_factual;
    // "A strike causing US military deaths would very likely draw a US response": an event
    // named with "a" as the subject of a modal verb is a supposition.
    if (trigger.begin == clause_begin + 1 &&
        (doc.lower(clause_begin) == "a" || doc.lower(clause_begin) == "an" ||
         doc.lower(clause_begin) == "any")) {
        const std::size_t n = doc.tokens().size();
        for (std::size_t k = trigger.end; k < n && k < trigger.end + 8; ++k) {
            const auto w = doc.lower(k);
            if (!doc.tokens()[k].is(text::kWord) || w == "that" || w == "which" || w == "who" ||
                w.ends_with("ed") || w == "hit" || w == "struck" || w == "fell" || w == "went" ||
                w == "blew" || w == "shot") {
                break; // (not past a verb told: "A rocket fell near the embassy and could ...")
            }
            if (w == "would" || w == "will" || w == "could" || w == "might") {
                return "hypothetical";
            }
        }
    }

    // The present tense tells what is, not what happened: "the desert is littered with
    // explosives", "Turkish forces are fighting the PKK".
    for (std::size_t k = 1;
         (before_words & group::present) != 0 && k <= 3 && trigger.begin >= clause_begin + k; ++k) {
        const auto w = doc.lower(trigger.begin - k);
        // ("IS militants attacked": the group, not the verb.)
        // ("Woke at 1 am to huge explosions": an hour, not the verb.)
        const bool hour = w == "am" && trigger.begin - k > clause_begin &&
                          doc.tokens()[trigger.begin - k - 1].is(text::kNumber);
        if ((w == "is" && doc.surface(trigger.begin - k) != "IS") || w == "are" ||
            (w == "am" && !hour)) {
            // (A timeline's present is dated: "2-3 September 2023: ... four Kurds are shot
            // dead", "Saturday: a police patrol is ambushed near Hawija".)
            const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
            const std::size_t line = sentence.token_begin;
            bool dated = false;
            for (const auto& d : find_dates(doc, line, sentence.token_end, std::nullopt)) {
                dated = dated || (d.precision == 1 && !d.since && d.begin <= line + 1);
            }
            if (!dated) {
                return "generic";
            }
        }
        if (!doc.tokens()[trigger.begin - k].is(text::kWord) || w == "the" || w == "a") {
            break;
        }
    }
    // What has happened to a thing before, with no time: "The pipeline has been attacked
    // before: ...", "the base has been targeted many times before".
    if (trigger.begin >= clause_begin + 2 && doc.lower(trigger.begin - 1) == "been" &&
        (doc.lower(trigger.begin - 2) == "has" || doc.lower(trigger.begin - 2) == "have")) {
        const std::size_t n = doc.tokens().size();
        for (std::size_t k = trigger.end; k < trigger.end + 4 && k < n; ++k) {
            if (doc.lower(k) == "before") {
                // (an adverb ending its clause: not "before the election")
                if (k + 1 == n || !doc.tokens()[k + 1].is(text::kWord)) {
                    return "generic";
                }
                break;
            }
        }
    }
    // What such events always are: "urban battles are always like this", "car bombs are rarely
    // claimed".
    if (trigger.end + 1 < doc.tokens().size()) {
        const auto w = doc.lower(trigger.end);
        const auto nx = doc.lower(trigger.end + 1);
        if ((w == "are" || w == "were") &&
            (nx == "always" || nx == "never" || nx == "often" || nx == "usually" ||
             nx == "rarely" || nx == "seldom" || nx == "common" || nx == "rare")) {
            return "generic";
        }
        // ("though protests still take place on Fridays at Haboubi Square": what goes on, told
        // in the present; not a headline's present, "Protests take place in Basra")
        const std::size_t v = w == "still" ? trigger.end + 1 : trigger.end;
        const auto verb = doc.lower(v);
        if (trigger.plural && v < doc.tokens().size() &&
            (verb == "take" || verb == "happen" || verb == "occur") &&
            doc.paragraphs()[doc.sentences()[trigger_sentence].paragraph].kind !=
                text::ParagraphKind::title) {
            return "generic";
        }
    }
    // Forecasts told after the trigger: "demonstrations are expected to take place", "a rally is
    // planned for Friday", "protests will be held"; a gathering also without the auxiliary, up
    // to the phrase's end: "A rally in Tahrir Square planned for Friday could test ...".
    {
        const std::size_t n = doc.tokens().size();
        const bool crowd = trigger.cue == Cue::protest || trigger.cue == Cue::riot;
        bool in_phrase = crowd;
        // ("Demonstrations outside the US embassy are likely after Friday prayers")
        for (std::size_t i = trigger.end;
             (ahead_words & group::forecast) != 0 && i + 1 < n && i < trigger.end + (crowd ? 8 : 3);
             ++i) {
            const auto w = doc.lower(i);
            const auto nx = doc.lower(i + 1);
            if (i < trigger.end + (crowd ? 8 : 3) &&
                (w == "is" || w == "are" || w == "was" || w == "were") &&
                (nx == "expected" || nx == "planned" || nx == "scheduled" || nx == "due" ||
                 nx == "set" || nx == "likely")) {
                return "forecast";
            }
            if ((w == "will" || w == "would") && i < trigger.end + 3) {
                return "forecast";
            }
            // "Demonstrations may resume after Friday prayers", "protests could spread" (not
            // "may have been", told of what happened).
            if (crowd && i == trigger.end && (w == "may" || w == "might" || w == "could") &&
                nx != "have" && nx != "well") {
                return "forecast";
            }
            // "Friday prayers tomorrow: Sadrist rallies called in Baghdad and Najaf", "protests
            // called off": called for, not held (not "a march called by the union drew ...").
            if (crowd && i == trigger.end && w == "called" && nx != "by" && trigger.plural) {
                return "forecast";
            }
            in_phrase = in_phrase && w != "." && w != ";" && w != "," && w != "was" && w != "were";
            if (in_phrase &&
                (w == "planned" || w == "scheduled" || w == "announced" || w == "expected")) {
                return "forecast";
            }
        }
        // "IED attacks against logistics convoys will likely continue along MSR Tampa": "will"
        // after the subject's own words, before any verb of its own.
        for (std::size_t i = trigger.end;
             (ahead_words & group::forecast) != 0 && i < n && i < trigger.end + 8; ++i) {
            const auto w = doc.lower(i);
            if (w == "will") {
                return "forecast";
            }
            if (!doc.tokens()[i].is(text::kWord) || w.ends_with("ed") || w == "was" ||
                w == "were" || w == "is" || w == "are" || w == "has" || w == "have" || w == "had" ||
                w == "that" || w == "which" || w == "who" || w == "would") {
                break;
            }
        }
    }
    // Denials and rumours anywhere before the trigger: "denied reports on social media that
    // rockets had struck", "rumours of an attack".
    // A correction: "An earlier version of this story said the car bomb went off in Samarra".
    // ("after a rumour spread that a suicide bomber was among them": a fear, no bomber)
    const bool may_deny = (before_words & group::denial) != 0;
    for (std::size_t i = clause_begin; may_deny && i < trigger.begin; ++i) {
        const auto w = doc.lower(i);
        if (w == "denied" || w == "denies" || w == "deny" || w == "rumours" || w == "rumors" ||
            w == "rumour" || w == "rumor" || w == "hoax" || w == "dismissed" || w == "refuted" ||
            (w == "version" && i > clause_begin &&
             (doc.lower(i - 1) == "earlier" || doc.lower(i - 1) == "previous"))) {
            return "negated";
        }
    }
    // "The party suspended its rallies in Kalar and Kifri", "organisers called off the march":
    // gatherings that did not take place.
    if (trigger.cue == Cue::protest) {
        for (std::size_t i = trigger.begin; i > clause_begin && i + 4 > trigger.begin; --i) {
            const auto w = doc.lower(i - 1);
            if (w == "suspended" || w == "cancelled" || w == "canceled" || w == "postponed" ||
                w == "banned" ||
                (w == "off" && i >= clause_begin + 2 && doc.lower(i - 2) == "called")) {
                return "negated";
            }
        }
    }
    // A report put right: "reports of an explosion in Dora turned out to be a transformer
    // fire", "the blast proved to be a gas cylinder" (not "turned out to be the deadliest").
    {
        const std::size_t sentence_end = doc.sentences()[doc.sentence_of(trigger.begin)].token_end;
        const std::size_t stop = std::min<std::size_t>(sentence_end, trigger.end + 12);
        for (std::size_t i = (after_words & group::turned_out) != 0 ? trigger.end : stop;
             i + 3 < stop; ++i) {
            const auto w = doc.lower(i);
            std::size_t be = 0;
            if (w == "turned" && doc.lower(i + 1) == "out" && doc.lower(i + 2) == "to" &&
                i + 4 < stop && doc.lower(i + 3) == "be") {
                be = i + 4;
            } else if ((w == "proved" || w == "proven") && doc.lower(i + 1) == "to" &&
                       doc.lower(i + 2) == "be") {
                be = i + 3;
            }
            if (be == 0) {
                if (doc.surface(i) == ";" || doc.surface(i) == ".") {
                    break;
                }
                continue;
            }
            const auto nx = doc.lower(be);
            if (nx == "a" || nx == "an" || nx == "false" || nx == "only" || nx == "just" ||
                nx == "merely" || nx == "nothing" || nx == "unfounded" || nx == "untrue") {
                return "negated";
            }
            break;
        }
    }
    // Negation right before the trigger: "no attack", "did not attack".
    for (std::size_t k = 1;
         (before_words & group::negation) != 0 && k <= 4 && trigger.begin >= clause_begin + k;
         ++k) {
        const auto w = doc.lower(trigger.begin - k);
        // ("Without warning the guards opened fire": suddenly.)
        if ((w == "without" || w == "no") && k > 1 &&
            doc.lower(trigger.begin - k + 1) == "warning") {
            continue;
        }
        // ("no fewer than ten rockets", "not less than 20 mortar rounds": a count)
        if ((w == "no" || w == "not") && k > 1 &&
            (doc.lower(trigger.begin - k + 1) == "fewer" ||
             doc.lower(trigger.begin - k + 1) == "less" ||
             doc.lower(trigger.begin - k + 1) == "more")) {
            continue;
        }
        if (w == "no" || w == "not" || w == "never" || w == "without" || w == "nt" ||
            w == "denied" || w == "deny" || w == "denies" || w == "false") {
            return "negated";
        }
        if (!doc.tokens()[trigger.begin - k].is(text::kWord)) {
            break;
        }
    }
    // "Protests are possible near the embassy", "further attacks are likely": an outlook.
    // ("Rocket attacks on Victory Base remain likely": past the target)
    for (std::size_t at = trigger.end;
         (ahead_words & group::outlook) != 0 && at + 1 < n_tokens && at < trigger.end + 6; ++at) {
        if (!doc.tokens()[at].is(text::kWord)) {
            break;
        }
        std::size_t k = at;
        const auto be = doc.lower(k);
        if (be == "are" || be == "is" || be == "remain" || be == "remains") {
            ++k;
            if (k < n_tokens && (doc.lower(k) == "also" || doc.lower(k) == "still" ||
                                 doc.lower(k) == "highly" || doc.lower(k) == "very")) {
                ++k;
            }
            const auto how = k < n_tokens ? doc.lower(k) : text::TokenText();
            if (how == "possible" || how == "likely" || how == "expected" || how == "planned" ||
                how == "anticipated" || how == "probable" || how == "feared") {
                return "forecast";
            }
            break;
        }
    }
    // "The Front had previously organised a demonstration in Kirkuk": something done before at
    // no time told, no event to record (not "had previously attacked the base on 3 May").
    for (std::size_t k = 1;
         (before_words & group::previously) != 0 && k <= 4 && trigger.begin >= clause_begin + k;
         ++k) {
        if (doc.lower(trigger.begin - k) != "previously") {
            continue;
        }
        // (the day of this clause: not "... and met the minister last week")
        const auto& told = doc.sentences()[doc.sentence_of(trigger.begin)];
        bool dated = false;
        for (std::size_t i = std::max<std::size_t>(clause_begin, told.token_begin);
             i < told.token_end && !dated; ++i) {
            const auto w = doc.lower(i);
            if (i > trigger.end && (w == "and" || w == ";" || w == "but")) {
                break;
            }
            dated = doc.tokens()[i].is(text::kNumber) || text::month_from_word(w) != 0 ||
                    text::weekday_from_word(w) >= 0 || w == "yesterday" || w == "week" ||
                    w == "month" || w == "year";
        }
        if (!dated) {
            return "generic";
        }
        break;
    }
    // "Rockets do not build homelands", "drones cannot win this war": a saying, no event.
    const std::size_t said_end =
        (ahead_words & group::saying) != 0 ? trigger_sentence_end : trigger.end;
    for (std::size_t i = trigger.end; i < said_end && i < trigger.end + 5; ++i) {
        const auto w = doc.lower(i);
        if (w == "cannot" ||
            ((w == "do" || w == "does" || w == "can" || w == "will") && i + 1 < said_end &&
             (doc.lower(i + 1) == "not" || doc.lower(i + 1) == "nt" ||
              doc.lower(i + 1) == "never"))) {
            return "negated";
        }
        if (!doc.tokens()[i].is(text::kWord)) {
            break;
        }
    }
    // "respond to any further rocket fire", "any attack on our forces": no particular event.
    for (std::size_t k = 1;
         (before_words & group::any) != 0 && k <= 3 && trigger.begin >= clause_begin + k; ++k) {
        const auto w = doc.lower(trigger.begin - k);
        if (w == "any") {
            return "hypothetical";
        }
        if (!doc.tokens()[trigger.begin - k].is(text::kWord) || w == "the" || w == "a") {
            break;
        }
    }
    // Purpose: "to mount assaults", "to attack"
    if (trigger.begin > clause_begin && doc.lower(trigger.begin - 1) == "to" && !trigger.plural) {
        const auto w = doc.lower(trigger.begin);
        // ... but "set fire to protest tents" is no purpose: "protest" names the tents.
        static const WordSet kProtestThings = {
            "tent",    "tents",  "camp",    "camps",    "site",       "sites",      "square",
            "squares", "leader", "leaders", "movement", "organisers", "organizers", "banners"};
        const bool noun_follows = w == "protest" && trigger.end < doc.tokens().size() &&
                                  kProtestThings.contains(doc.word(trigger.end));
        // "students who had gathered in front of the building to protest": they did.
        bool gathered = false;
        for (std::size_t k = trigger.begin - 1;
             w == "protest" && k > clause_begin && k + 12 > trigger.begin && !gathered; --k) {
            const auto x = doc.lower(k - 1);
            // ("blocked the main street to protest against the strike": the blocking was it)
            gathered = x == "gathered" || x == "assembled" || x == "rallied" || x == "marched" ||
                       x == "massed" || x == "streets" || x == "converged" || x == "blocked" ||
                       x == "closed";
        }
        if (gathered) {
            return {};
        }
        // "bombers flew from the United States to hit 85 targets": the flight told done, and
        // its aim with it.
        bool flown = false;
        for (std::size_t k = trigger.begin - 1; k > clause_begin && k + 10 > trigger.begin; --k) {
            const auto x = doc.lower(k - 1);
            flown = flown || x == "flew" || x == "flown";
        }
        if (flown && (w == "strike" || w == "hit" || w == "attack")) {
            return {};
        }
        if (w == "attack" || w == "strike" || w == "kill" || w == "hit" || w == "protest" ||
            w == "kidnap" || w == "assassinate" || w == "abduct" || w == "detain" ||
            w == "arrest") {
            if (!noun_follows) {
                return "purpose";
            }
        }
    }
    if (trigger.begin > clause_begin + 1 && doc.lower(trigger.begin - 1) == "mount") {
        return "purpose";
    }
    // "facilities used to launch drone attacks", "sites used for attacks on US forces": what a
    // place served for, attacks in general.
    if (trigger.plural && (before_words & group::used) != 0) {
        for (std::size_t k = trigger.begin; k > clause_begin + 1 && k + 6 > trigger.begin; --k) {
            if ((doc.lower(k - 1) == "to" || doc.lower(k - 1) == "for") &&
                doc.lower(k - 2) == "used") {
                return "purpose";
            }
        }
    }
    // What a picture shows: "a video said to show clashes in Kirkuk", "footage purporting to
    // show a strike" (fact checks; the event, if any, is told in its own words).
    const bool may_depict =
        (before_words & group::show) != 0 && (before_words & group::picture) != 0;
    for (std::size_t k = may_depict ? trigger.begin : clause_begin;
         k > clause_begin && k + 7 > trigger.begin; --k) {
        const auto w = doc.lower(k - 1);
        if (w == "show" || w == "shows" || w == "showing" || w == "depicting" || w == "depicts" ||
            w == "purporting" || w == "purportedly") {
            for (std::size_t j = k - 1; j > clause_begin && j + 5 > k; --j) {
                const auto v = doc.lower(j - 1);
                if (v == "video" || v == "videos" || v == "footage" || v == "clip" ||
                    v == "photo" || v == "photos" || v == "images" || v == "picture" ||
                    v == "pictures") {
                    return "depiction";
                }
            }
            break;
        }
    }
    // A comparison: "Your analyst compared our protests to those in Beirut, which started
    // last Thursday", "likened the attack to the 2016 Karrada bombing" (what is compared is
    // told elsewhere, if at all; what it is compared with is no event here).
    if ((before_words & (group::statistics | group::likened)) != 0) {
        for (std::size_t k = trigger.begin; k > clause_begin && k + 8 > trigger.begin; --k) {
            const auto w = doc.lower(k - 1);
            if (w == "compared" || w == "likened" || w == "compares" || w == "comparing" ||
                w == "likens") {
                for (std::size_t j = trigger.end; j < doc.tokens().size() && j < trigger.end + 3;
                     ++j) {
                    if (doc.lower(j) == "to" || doc.lower(j) == "with") {
                        return "comparison";
                    }
                }
                break;
            }
        }
    }
    // A fighter's career: "volunteered in June 2014 and fought at Jurf al-Nasr, Baiji and Tal
    // Afar" (three places or more, no day: where he served, no one battle).
    if (doc.lower(trigger.begin) == "fought" && trigger.end + 1 < n_tokens &&
        (doc.lower(trigger.end) == "at" || doc.lower(trigger.end) == "in") &&
        (clause_words & group::day) == 0) {
        int items = 0;
        bool in_item = false;
        for (std::size_t k = trigger.end + 1; k < trigger_sentence_end && k < trigger.end + 16;
             ++k) {
            const auto w = doc.lower(k);
            if (doc.surface(k) == "," || w == "and") {
                in_item = false;
            } else if (doc.tokens()[k].is(text::kCapitalized)) {
                items += in_item ? 0 : 1;
                in_item = true;
            } else if (!doc.tokens()[k].is(text::kHyphenBefore) && w != "al" && w != "the") {
                break;
            }
        }
        if (items >= 3) {
            return "career";
        }
    }
    // What a paper covered: "I have followed your coverage of the protests since the first
    // day" (a reader's letter; the events are told, if at all, in their own words).
    for (std::size_t k = (before_words & group::coverage) != 0 ? trigger.begin : clause_begin;
         k > clause_begin + 1 && k + 4 > trigger.begin; --k) {
        if (doc.lower(k - 1) == "of" && doc.lower(k - 2) == "coverage") {
            return "coverage";
        }
        const auto w = doc.lower(k - 1);
        if (w != "the" && w != "these" && w != "those" && w != "this" && w != "its" &&
            w != "their" && w != "recent" && w != "latest") {
            break;
        }
    }
    // "residents gathered in front of the town administration demanding compensation": a
    // gathering is a protest when a demand, a slogan or another protest act is told with it
    // ("closed streets with burning tyres and gathered ...").
    static const WordSet kDemand(kDemandWords);
    // (the present too: "crowds gather for mourning"; not "protesters gather")
    const auto gather = [&](std::size_t k) {
        return k < trigger.end && (doc.lower(k) == "gather" || doc.lower(k) == "gathers");
    };
    if (trigger.cue == Cue::protest &&
        (doc.lower(trigger.begin) == "gathered" || doc.lower(trigger.begin) == "assembled" ||
         gather(trigger.begin) ||
         (gather(trigger.begin + 1) &&
          (doc.lower(trigger.begin) == "crowd" || doc.lower(trigger.begin) == "crowds"))) &&
        !sentence_has(group::demand, kDemand) && [&] {
            // ("gathered ... to support the Kurds of Kirkuk": a cause; not "to donate blood in
            // support of the wounded")
            const auto& ts = doc.sentences()[trigger_sentence];
            for (std::size_t k = ts.token_begin; k + 1 < ts.token_end; ++k) {
                if (doc.lower(k) == "to" && doc.lower(k + 1) == "support") {
                    return false;
                }
            }
            return true;
        }()) {
        return "gathering";
    }
    // Mourners at funerals: "Mourners marched in Karbala at the funerals of the men killed".
    static const WordSet kMourning(kMourningWords);
    if (trigger.cue == Cue::protest && sentence_has(group::mourning, kMourning) &&
        doc.lower(trigger.begin) != "chanting" && doc.lower(trigger.begin) != "chanted") {
        return "mourning";
    }
    // "Funerals for fighters killed in al-Qaim were held in Baghdad": dead mourned, whose
    // killing is told elsewhere (the mourning named before the deaths in the clause).
    if (trigger.cue == Cue::kill) {
        static const WordSet kBurial(kBurialWords);
        for (std::size_t k = (before_words & group::burial) != 0 ? clause_begin : trigger.begin;
             k < trigger.begin; ++k) {
            if (kBurial.contains(doc.word(k)) && !buried_weapon(doc, k)) {
                return "mourning";
            }
        }
    }
    // "319 people have been killed since anti-government protests began on 1 October": the
    // start of a movement that goes on, not one protest told.
    if (trigger.cue == Cue::protest && trigger.plural) {
        bool since = false;
        for (std::size_t k = trigger.begin; k > clause_begin && k + 4 > trigger.begin; --k) {
            since = since || doc.lower(k - 1) == "since";
        }
        const std::size_t n = doc.tokens().size();
        for (std::size_t k = trigger.end; since && k < n && k < trigger.end + 2; ++k) {
            const auto v = doc.lower(k);
            if (v == "began" || v == "started" || v == "erupted" || v == "broke") {
                return "ongoing";
            }
        }
        // ("The protests in Baghdad and the southern governorates continue": the movement
        // going on, no protest of a day told)
        if (trigger.begin > clause_begin && doc.lower(trigger.begin - 1) == "the") {
            for (std::size_t k = trigger.end; k < n && k < trigger.end + 10; ++k) {
                const auto v = doc.lower(k);
                if (v == "continue" || v == "continues" || v == "persist" ||
                    (v == "are" && k + 1 < n &&
                     (doc.lower(k + 1) == "continuing" || doc.lower(k + 1) == "ongoing"))) {
                    return "ongoing";
                }
                if (doc.surface(k) == "." || doc.surface(k) == ";" || doc.surface(k) == ",") {
                    break;
                }
            }
        }
        // ("the protests that have shaken Mahabad and Sanandaj since September"; not "tear gas
        // at the protests that have gripped Basra, wounding 12 on Friday")
        if (trigger.end + 2 < n &&
            (doc.lower(trigger.end) == "that" || doc.lower(trigger.end) == "which") &&
            (doc.lower(trigger.end + 1) == "have" || doc.lower(trigger.end + 1) == "has")) {
            for (std::size_t k = trigger.end + 2; k < n && k < trigger.end + 14; ++k) {
                if (doc.lower(k) == "since") {
                    return "ongoing";
                }
                if (doc.surface(k) == "." || doc.surface(k) == ";") {
                    break;
                }
            }
        }
    }
    // "activists who led the protests": a part people played in protests, which the report
    // tells (or told) in their own words.
    if (trigger.cue == Cue::protest && trigger.begin >= clause_begin + 2 &&
        doc.lower(trigger.begin - 1) == "the") {
        const auto v = doc.lower(trigger.begin - 2);
        if (v == "led" || v == "leading" || v == "organised" || v == "organized" ||
            v == "organising" || v == "organizing" || v == "coordinated") {
            return "role";
        }
        // ("activists who took part in the protests that began in October 2019 have been
        // killed")
        const auto u =
            trigger.begin >= clause_begin + 3 ? doc.lower(trigger.begin - 3) : text::TokenText();
        // (not when the sentence tells violence on them: "Police opened fire on students who
        // took part in the protests in Nasiriyah, killing two")
        if (v == "in" && (u == "part" || u == "participated" || u == "participating")) {
            bool violence = false;
            const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
            for (std::size_t j = sentence.token_begin; j < sentence.token_end && !violence; ++j) {
                const auto x = doc.lower(j);
                violence = x == "fire" || x == "fired" || x == "killing" || x == "shot" ||
                           x == "wounding" || x == "attacked" || x == "arrested" || x == "detained";
            }
            if (!violence) {
                return "role";
            }
        }
    }
    // Judicial executions: "More than 50 people were executed in Nasiriyah prison last year",
    // "executed three prisoners in a jail near Karaj".
    static const WordSet kJudicial(kJudicialWords);
    if (trigger.cue == Cue::execution && sentence_has(group::judicial, kJudicial)) {
        return "judicial";
    }
    // "See also: List of bombings in Babil Governorate": the title of a list of events.
    if (trigger.begin >= clause_begin + 2 && doc.lower(trigger.begin - 1) == "of" &&
        doc.lower(trigger.begin - 2) == "list") {
        return "a list's title";
    }
    // "Compare the Marines' methods in Fallujah in 2004: fewer air strikes": a reader told to
    // compare, an example, no event told.
    // (Not an earlier event the reader is pointed to with its toll: "Compare the attack of 16
    // Aug 03, in which six detainees were killed".)
    if (doc.lower(doc.sentences()[trigger_sentence].token_begin) == "compare" &&
        doc.tokens()[doc.sentences()[trigger_sentence].token_begin].is(text::kCapitalized)) {
        const auto& sent = doc.sentences()[trigger_sentence];
        bool toll = false;
        for (std::size_t k = trigger.end; k < sent.token_end && !toll; ++k) {
            const auto w = doc.lower(k);
            toll = w == "killed" || w == "died" || w == "wounded" || w == "injured";
        }
        if (!toll) {
            return "comparison";
        }
    }
    // "Executed on 12 February 2008 in Amman.": a sworn statement signed, the legal formula
    // that closes it (no one put to death: the sentence has no one executed).
    if (trigger.cue == Cue::execution &&
        trigger.begin == doc.sentences()[trigger_sentence].token_begin &&
        doc.lower(trigger.begin) == "executed" && trigger.end < n_tokens &&
        (doc.lower(trigger.end) == "on" || doc.lower(trigger.end) == "at" ||
         doc.lower(trigger.end) == "in" || doc.lower(trigger.end) == "this")) {
        return "signature";
    }
    // "a court sentenced two men to death by hanging": a sentence passed, no one killed.
    static const WordSet kSentenced(kSentencedWords);
    if (trigger.cue == Cue::kill && sentence_has(group::sentenced, kSentenced)) {
        return "judicial";
    }
    // "King Abdullah's government called it a terrorist attack": a word for an event told.
    for (std::size_t k = (before_words & group::naming) != 0 ? trigger.begin : clause_begin;
         k > clause_begin + 1 && k + 5 > trigger.begin; --k) {
        const auto w = doc.lower(k - 1);
        const auto v = doc.lower(k - 2);
        if ((w == "it" || w == "them" || w == "this" || w == "that") &&
            (v == "called" || v == "calling" || v == "labelled" || v == "labeled" ||
             v == "termed" || v == "branded" || v == "described")) {
            return "characterisation";
        }
        if (!doc.tokens()[k - 1].is(text::kWord)) {
            break;
        }
    }
    // "the protests had not spread to Erbil or Duhok": where it did not go.
    for (std::size_t k = trigger.end;
         (ahead_words & group::spread) != 0 && k + 1 < doc.tokens().size() && k < trigger.end + 4;
         ++k) {
        const auto w = doc.lower(k);
        if (w == "not" || w == "never") {
            const auto v = doc.lower(k + 1);
            if (v == "spread" || v == "reach" || v == "reached" || v == "extend" ||
                v == "extended") {
                return "negated";
            }
        }
        if (!doc.tokens()[k].is(text::kWord)) {
            break;
        }
    }
    // Accidents: "a gas heater exploded", "a fire caused by an electrical fault".
    // (also a depot set off by the summer: "caused by high temperatures")
    static const WordSet kAccident(kAccidentWords);
    if ((trigger.cue == Cue::explosion || trigger.cue == Cue::arson) &&
        sentence_has(group::accident, kAccident)) {
        return "accident";
    }
    // "... the fire at a wedding hall in Qaraqosh, in which more than 100 people died. It was an
    // accident": the next sentence says so.
    if (trigger_sentence + 1 < doc.sentences().size()) {
        const auto& next = doc.sentences()[trigger_sentence + 1];
        std::size_t k = next.token_begin;
        const auto it = doc.lower(k);
        if (k + 3 < next.token_end && (it == "it" || it == "this" || it == "that") &&
            doc.lower(k + 1) == "was") {
            k += 2;
            if (doc.lower(k) == "an") {
                ++k;
            }
            // (the sentence's word: not "It was an accident of timing that ...")
            const auto nx = k + 1 < next.token_end ? doc.surface(k + 1) : std::string_view(".");
            if ((doc.lower(k) == "accident" || doc.lower(k) == "accidental") &&
                (nx == "." || nx == "," || nx == "and" || nx == ";")) {
                return "accident";
            }
        }
    }
    // "The wedding hall fire in Hamdaniya, which killed more than 100 guests, was an accident":
    // the dead of what the text calls an accident. (Not "a dispute over a car accident turned
    // into a gunfight; 1 killed".)
    if ((trigger.cue == Cue::kill || trigger.cue == Cue::injure) &&
        sentence_has(group::accident, kAccident)) {
        const auto& ts = doc.sentences()[trigger_sentence];
        for (std::size_t k = ts.token_begin + 1; k < ts.token_end; ++k) {
            const auto w = doc.lower(k);
            if (w != "accident" && w != "accidental") {
                continue;
            }
            std::size_t v = k - 1;
            if (doc.lower(v) == "an" && v > ts.token_begin) {
                --v;
            }
            const auto verb = doc.lower(v);
            if (verb == "was" || verb == "were" || verb == "is" || verb == "are") {
                return "accident";
            }
        }
    }
    // "A tent fire in Khanke camp (electrical, not conflict-related) injured one child": the
    // hurt of a fire told as no attack. (Not every accident word: "a dispute over a car
    // accident turned into a gunfight; 1 killed".)
    static constexpr text::ScanWords kNotConflict{"related", "electrical", "unrelated"};
    if ((trigger.cue == Cue::kill || trigger.cue == Cue::injure) &&
        doc.may_hold<kNotConflict>(doc.sentences()[trigger_sentence].token_begin,
                                   doc.sentences()[trigger_sentence].token_end)) {
        const auto& ts = doc.sentences()[trigger_sentence];
        for (std::size_t k = ts.token_begin; k < ts.token_end; ++k) {
            const auto w = doc.lower(k);
            const bool not_conflict = w == "related" && k >= ts.token_begin + 2 &&
                                      doc.lower(k - 1) == "conflict" &&
                                      (doc.lower(k - 2) == "not" || doc.lower(k - 2) == "non");
            if (not_conflict || w == "electrical" || w == "unrelated") {
                return "accident";
            }
        }
    }
    // "2,000 square kilometres remain contaminated with explosive remnants", "teams cleared
    // 40 landmines from farmland": mines lying in the ground, found or cleared, went off
    // nowhere (unless the sentence tells a blast or its dead).
    if (trigger.cue == Cue::landmine) {
        static const WordSet kLying(kLyingWords);
        static const WordSet kHarm(kHarmWords);
        if (sentence_has(group::lying, kLying) && !sentence_has(group::harm, kHarm)) {
            return "ordnance in the ground";
        }
    }
    // "a cow stepped on a mine near Said Sadiq; no one was hurt": a mine an animal set off,
    // no person harmed, is no event (unless people were hurt: "a shepherd and his flock were
    // killed by a mine").
    if ((trigger.cue == Cue::landmine || trigger.cue == Cue::ied || trigger.cue == Cue::bomb ||
         trigger.cue == Cue::explosion) &&
        (before_words & group::animal) != 0) {
        static const WordSet kAnimal(kAnimalWords);
        static const WordSet kHarm(kHarmWords);
        for (std::size_t k = clause_begin; k < trigger.begin; ++k) {
            if ((words.of(k) & group::animal) != 0 && kAnimal.contains(doc.word(k))) {
                if (!sentence_has(group::harm, kHarm)) {
                    return "an animal set it off";
                }
                break;
            }
        }
    }
    // "in Kerman a stampede kills 56 mourners": the dead of a crowd's crush. (Not the other
    // accidents: "a dispute over a car accident turned into a gunfight; 1 killed".)
    static const WordSet kStampede(kStampedeWords);
    if ((trigger.cue == Cue::kill || trigger.cue == Cue::injure) &&
        sentence_has(group::stampede, kStampede)) {
        return "accident";
    }
    // (the words of fighting that keep a mishap, a disaster or a landing an event, asked below)
    static const WordSet kFight(kFightWords);
    // "three people were wounded by celebratory gunfire", "a minibus collided with a truck,
    // killing eight", "a ferry sank in the Tigris, killing nearly 100": the hurt of a
    // celebration's shots in the air or of a road or river accident.
    // (Also a thing that fell on them: "Electric shocks from a fallen power cable killed two
    // boys".)
    const bool hurt = trigger.cue == Cue::kill || trigger.cue == Cue::injure;
    const bool fell =
        trigger.cue == Cue::attack && trigger.weak &&
        (doc.lower(trigger.begin) == "fallen" || doc.lower(trigger.begin) == "falling");
    if (hurt || fell) {
        static const WordSet kMishap(kMishapWords);
        if (sentence_has(group::mishap, kMishap) && !sentence_has(group::fight, kFight)) {
            return "accident";
        }
    }
    if (hurt) {
        // ("A fire in a wedding hall in Hamdaniya killed 100 people", "a fire broke out in the
        // hospital's ward": a fire with an article, no one's shots, not set)
        static constexpr text::ScanWords kFire{"fire"};
        const auto& ts = doc.sentences()[trigger_sentence];
        if (doc.may_hold<kFire>(ts.token_begin, ts.token_end) &&
            !sentence_has(group::fight, kFight)) {
            bool fire = false;
            for (std::size_t k = ts.token_begin + 1; k + 1 < ts.token_end; ++k) {
                const auto w = doc.lower(k);
                if (w == "set" || w == "arson" || w == "torched" || w == "deliberately" ||
                    w == "arsonists") {
                    fire = false;
                    break;
                }
                if (w != "fire" || (doc.lower(k - 1) != "a" && doc.lower(k - 1) != "the")) {
                    continue;
                }
                const auto nx = doc.lower(k + 1);
                fire = fire || nx == "in" || nx == "at" || nx == "broke" || nx == "swept" ||
                       nx == "engulfed" || nx == "ripped" || nx == "tore" || nx == "gutted" ||
                       nx == "that" || nx == "which" || nx == "killed";
            }
            if (fire) {
                return "accident";
            }
        }
    }
    // Remains of the dead of an old battle: "3 bodies recovered from the rubble of houses
    // destroyed in the summer fighting" (a recovery, not an event).
    static const WordSet kRubble(kRubbleWords);
    static const WordSet kRemains(kRemainsWords);
    // (Not a blast told first, its dead found in a clause of their own: "a bomb exploded in a
    // shopping street on Monday; four bodies were pulled from the rubble".)
    if (sentence_has(group::rubble, kRubble) && sentence_has(group::remains, kRemains)) {
        // (a clause break between the trigger and the first remains word after it)
        bool apart = false, broken = false;
        for (std::size_t k = trigger.end; k < trigger_sentence_end; ++k) {
            if ((words.of(k) & group::remains) != 0 && kRemains.contains(doc.word(k))) {
                apart = broken;
                break;
            }
            broken = broken || doc.surface(k) == ";" ||
                     (doc.surface(k) == "," && k + 1 < trigger_sentence_end &&
                      (doc.lower(k + 1) == "and" || doc.lower(k + 1) == "after"));
        }
        if (!apart || hurt || trigger.cue == Cue::remains_found) {
            return "recovered remains";
        }
    }
    {
        const auto& ts = doc.sentences()[trigger_sentence];
        // "destroyed 1,200 pieces of unexploded ordnance in a controlled explosion": demining.
        // "A rocket carrying a satellite was launched": a space launch.
        static constexpr text::ScanWords kHarmless{"controlled", "satellite", "satellites"};
        if (doc.may_hold<kHarmless>(ts.token_begin, ts.token_end) &&
            !sentence_has(group::fight, kFight)) {
            for (std::size_t k = ts.token_begin; k + 1 < ts.token_end; ++k) {
                const auto w = doc.lower(k);
                const auto nx = doc.lower(k + 1);
                if (w == "controlled" &&
                    (nx == "explosion" || nx == "explosions" || nx == "detonation" ||
                     nx == "detonations" || nx == "blast" || nx == "blasts" || nx == "burn")) {
                    return "controlled explosion";
                }
                if ((w == "satellite" || w == "satellites") &&
                    (trigger.cue == Cue::rocket || trigger.cue == Cue::missile)) {
                    return "space launch";
                }
            }
        }
        // "a cinema showed a documentary about Turkish drone strikes", "a video claiming to
        // show a drone attack": a work or a clip about attacks, not an attack told.
        static constexpr text::ScanWords kWork{"podcast",  "documentary", "film", "movie",
                                               "book",     "novel",       "play", "exhibition",
                                               "claiming", "purporting"};
        if (trigger.begin > clause_begin + 2 && doc.may_hold<kWork>(clause_begin, trigger.begin)) {
            for (std::size_t k = trigger.begin; k > clause_begin + 1 && k + 7 > trigger.begin;
                 --k) {
                const auto w = doc.lower(k - 1);
                if ((w == "show" || w == "depict") && k >= clause_begin + 3 &&
                    doc.lower(k - 2) == "to" &&
                    (doc.lower(k - 3) == "claiming" || doc.lower(k - 3) == "purporting")) {
                    return "mentioned";
                }
                if (w != "about" && w != "on") {
                    continue;
                }
                const auto n = doc.lower(k - 2);
                if (n == "documentary" || n == "film" || n == "movie" || n == "book" ||
                    n == "novel" || n == "play" || n == "exhibition" || n == "podcast" ||
                    n == "documentaries" || n == "films") {
                    return "mentioned";
                }
                break;
            }
        }
    }
    // "a mass grave holding 30 Yazidis killed by the Islamic State in 2014 was uncovered": a
    // grave found, not an event of the day (the killing is told for itself elsewhere).
    if ((sentence_words & group::grave) != 0 &&
        (trigger.cue == Cue::kill || trigger.cue == Cue::injure ||
         trigger.cue == Cue::remains_found)) {
        // (not "some 80 older women were killed and buried in a mass grave": a grave the
        // killers filled, told with the killing and no finding of it)
        static const WordSet kGraveFound = {
            "found",     "uncovered", "discovered", "exhumed",    "exhuming",  "exhumation",
            "unearthed", "excavated", "excavating", "excavation", "recovered", "containing",
            "contained", "holding",   "opened",     "identified", "located",   "discovery",
            "exhume",    "excavate",  "uncover",    "find",       "finding",   "forensic"};
        const auto& s = doc.sentences()[trigger_sentence];
        bool mass_grave = false, found = false, buried = false;
        for (std::size_t k = s.token_begin + 1; k < s.token_end; ++k) {
            mass_grave = mass_grave || ((doc.lower(k) == "grave" || doc.lower(k) == "graves") &&
                                        doc.lower(k - 1) == "mass");
            found = found || kGraveFound.contains(doc.word(k));
            buried = buried || (k > trigger.begin && !mass_grave &&
                                (doc.lower(k) == "buried" || doc.lower(k) == "dumped"));
        }
        if (mass_grave && (found || !buried || trigger.cue != Cue::kill)) {
            return "recovered remains";
        }
    }
    // Natural disasters and mishaps: "two people were injured by falling masonry" after an
    // earthquake, "drowned in the flood" (not "lightning": Operation Claw-Lightning).
    // (Not a fight the weather only covered: "IS attacked SDF positions during a sandstorm,
    // killing 41 SDF fighters".)
    static const WordSet kDisaster(kDisasterWords);
    if (sentence_has(group::disaster, kDisaster)) {
        if (!sentence_has(group::fight, kFight)) {
            return "accident";
        }
    }
    // ("A lightning strike killed two shepherds near Rutba": the weather's, in lower case;
    // Operation Claw-Lightning is a name.)
    if (trigger.cue == Cue::attack || trigger.cue == Cue::kill) {
        for (std::size_t k = trigger.begin; k > clause_begin && k + 3 > trigger.begin; --k) {
            if (doc.lower(k - 1) == "lightning" && !doc.tokens()[k - 1].is(text::kCapitalized) &&
                !sentence_has(group::fight, kFight)) {
                return "accident";
            }
        }
    }
    // "Bulldozers were clearing the streets of explosives": clearance, unless something went
    // off or someone was hurt ("a deminer was killed while clearing mines").
    static const WordSet kClearing(kClearingWords);
    static const WordSet kWentOff(kWentOffWords);
    if ((trigger.cue == Cue::bomb || trigger.cue == Cue::explosion || trigger.cue == Cue::ied ||
         trigger.cue == Cue::landmine) &&
        !sentence_has(group::went_off, kWentOff)) {
        for (std::size_t k = (before_words & group::clearing) != 0 ? trigger.begin : clause_begin;
             k > clause_begin && k + 7 > trigger.begin; --k) {
            if (kClearing.contains(doc.word(k - 1))) {
                return "clearance";
            }
            if (!doc.tokens()[k - 1].is(text::kWord)) {
                break;
            }
        }
    }
    // "An image of 28 October shows four burned vehicles on the road": what an image shows,
    // the damage described, not a burning told.
    if (trigger.end == trigger.begin + 1 && trigger.begin > clause_begin &&
        (doc.lower(trigger.begin) == "burned" || doc.lower(trigger.begin) == "burnt" ||
         doc.lower(trigger.begin) == "destroyed" || doc.lower(trigger.begin) == "damaged") &&
        (doc.tokens()[trigger.begin - 1].is(text::kNumber) ||
         parse_quantity(doc, trigger.begin - 1, trigger.begin, false).has_value() ||
         doc.lower(trigger.begin - 1) == "several" || doc.lower(trigger.begin - 1) == "some")) {
        for (std::size_t k = trigger.begin - 1; k > clause_begin && k + 8 > trigger.begin; --k) {
            const auto w = doc.lower(k - 1);
            if (w == "shows" || w == "show" || w == "showed" || w == "reveals" || w == "revealed" ||
                w == "depicts" || w == "depicted") {
                return "depicted";
            }
        }
    }
    // "streets littered with explosives", "fields strewn with mines": ground left dangerous,
    // nothing set off.
    if ((trigger.cue == Cue::bomb || trigger.cue == Cue::explosion || trigger.cue == Cue::ied ||
         trigger.cue == Cue::landmine) &&
        trigger.begin >= clause_begin + 2 && doc.lower(trigger.begin - 1) == "with") {
        const auto w = doc.lower(trigger.begin - 2);
        if (w == "littered" || w == "strewn" || w == "contaminated" || w == "seeded" ||
            w == "riddled" || w == "laced" || w == "booby-trapped") {
            return "contamination";
        }
    }
    // "routes from Syria to bring in men and explosives", "insurgents smuggle explosives
    // across the border": explosives moved, none set off.
    if (doc.lower(trigger.end - 1) == "explosives") {
        for (std::size_t k = trigger.begin; k > clause_begin && k + 5 > trigger.begin; --k) {
            const auto w = doc.lower(k - 1);
            if (w == "bring" || w == "brought" || w == "bringing" || w == "smuggle" ||
                w == "smuggled" || w == "smuggling" || w == "transport" || w == "transported" ||
                w == "transporting" || w == "supply" || w == "supplied") {
                // (unless they went off, the words the clearance test reads, or "blew": "a
                // bomber who had smuggled explosives into the base blew himself up")
                const auto& sentence = doc.sentences()[trigger_sentence];
                bool went_off = false;
                for (std::size_t j = trigger.end; j < sentence.token_end && !went_off; ++j) {
                    went_off = kWentOff.contains(doc.word(j)) || doc.lower(j) == "blew";
                }
                if (!went_off) {
                    return "supply";
                }
                break;
            }
        }
    }
    // "it received MILAN anti-tank missiles in the first German deliveries", "the US delivered
    // rockets and drones to the army": weapons handed over, none fired. (The trigger a weapon
    // named: not "we received eleven young men with gunshot wounds".)
    // (The verb right before the weapons, its object, or "in the first deliveries" after
    // them; not a truck "that delivered food was hit by rockets", "struck a fuel delivery
    // depot"; nor weapons that went off in the sentence.)
    // ("OPCW inspectors destroyed 200 chemical munitions", "Syria still holds stocks of nerve
    // agent": chemical weapons held or destroyed, none used.)
    static const WordSet kWeapons = {"missiles", "missile",   "rockets",   "rocket",    "drones",
                                     "drone",    "mortars",   "shells",    "weapons",   "bombs",
                                     "grenades", "artillery", "launchers", "explosives"};
    const bool chemical = trigger.cue == Cue::chemical;
    if (chemical || kWeapons.contains(doc.word(trigger.end - 1))) {
        static const WordSet kBetween = {"was",  "were",  "is",  "are", "hit",     "struck", "by",
                                         "that", "which", "who", "and", "killing", "killed"};
        bool handed = false;
        for (std::size_t k = trigger.begin; k > clause_begin && k + 6 > trigger.begin; --k) {
            const auto w = doc.lower(k - 1);
            handed = w == "received" || w == "receives" || w == "receiving" || w == "delivered" ||
                     w == "delivering" || w == "shipped" || w == "sold" || w == "bought" ||
                     w == "purchased" || w == "acquired" || w == "donated" ||
                     (chemical && (w == "destroyed" || w == "dismantled" || w == "holds" ||
                                   w == "held" || w == "stocks" || w == "stockpile" ||
                                   w == "stockpiles" || w == "stockpiled"));
            if (handed || kBetween.contains(doc.word(k - 1))) {
                break;
            }
        }
        const auto& sentence = doc.sentences()[trigger_sentence];
        for (std::size_t k = trigger.end + 1;
             k < sentence.token_end && k < trigger.end + 8 && !handed; ++k) {
            const auto w = doc.lower(k);
            const auto before = doc.lower(k - 1);
            handed =
                (w == "deliveries" || w == "delivery" || w == "shipment" || w == "shipments") &&
                (before == "first" || before == "arms" || before == "weapons" ||
                 (k >= trigger.end + 2 && doc.lower(k - 2) == "first") ||
                 (k >= trigger.end + 3 && doc.lower(k - 3) == "in"));
            if (kBetween.contains(doc.word(k))) {
                break;
            }
        }
        for (std::size_t k = sentence.token_begin; k < sentence.token_end && handed; ++k) {
            handed = !kWentOff.contains(doc.word(k)) && doc.lower(k) != "struck" &&
                     doc.lower(k) != "killing" && doc.lower(k) != "killed";
        }
        if (handed) {
            return "supply";
        }
    }
    // "sent a military aircraft to carry 30 of the wounded to hospitals in Turkey", "planes to
    // evacuate the injured": aircraft on an errand, no strike.
    // "the refinery returned to normal operation", "normal operations", "back in operation":
    // a plant or service working again, no military operation.
    if (trigger.cue == Cue::operation && trigger.end == trigger.begin + 1 &&
        (doc.lower(trigger.begin) == "operation" || doc.lower(trigger.begin) == "operations")) {
        for (std::size_t k = trigger.begin; k > clause_begin && k + 3 > trigger.begin; --k) {
            const auto w = doc.lower(k - 1);
            // ("back in operation"; not "killed in operations near Baiji", nor "resumed
            // operations against IS")
            if (w == "normal" || w == "commercial" ||
                (w == "in" && k == trigger.begin && doc.lower(trigger.begin) == "operation")) {
                return "service";
            }
            if (!doc.tokens()[k - 1].is(text::kWord)) {
                break;
            }
        }
    }
    // "the army and the volunteers broke the siege": a siege broken by a force the clause
    // names; a siege broken with no force named is told in passing ("since the siege of Amerli
    // was broken").
    if (trigger.cue == Cue::recapture && trigger.end == trigger.begin + 3 &&
        (doc.lower(trigger.begin) == "broke" || doc.lower(trigger.begin) == "broken")) {
        static const WordSet kForces = {
            "army",     "forces",     "troops",   "soldiers", "police",  "units",
            "fighters", "peshmerga",  "militias", "militia",  "hashd",   "pmf",
            "pmu",      "volunteers", "brigade",  "division", "service", "isf"};
        bool force = false;
        for (std::size_t k = trigger.begin; k > clause_begin && !force; --k) {
            force = kForces.contains(doc.word(k - 1));
        }
        if (!force) {
            return "generic";
        }
    }
    // So are "helicopters brought flour and medicine and took the wounded away", "planes
    // evacuated the injured": the errand told in the past.
    if (trigger.cue == Cue::warplane && trigger.end + 1 < doc.tokens().size()) {
        const bool to = doc.lower(trigger.end) == "to";
        const auto v = doc.lower(trigger.end + (to ? 1 : 0));
        if ((to &&
             (v == "carry" || v == "evacuate" || v == "airlift" || v == "fly" || v == "ferry" ||
              v == "transport" || v == "bring" || v == "rescue" || v == "deliver")) ||
            (!to && (v == "brought" || v == "evacuated" || v == "airlifted" || v == "ferried" ||
                     v == "transported" || v == "rescued" || v == "supplied" ||
                     // (not "carried out strikes")
                     (v == "carried" && trigger.end + 1 < doc.tokens().size() &&
                      doc.lower(trigger.end + 1) != "out")))) {
            return "transport";
        }
    }
    // "two helicopters carrying fighters crashed near Amadiya, killing nine": an air crash (a
    // drone that "crashed into" a house, or an aircraft shot down, is an attack).
    static const WordSet kCrash(kCrashWords);
    static const WordSet kAircraft(kAircraftWords);
    static const WordSet kHostile(kHostileWords);
    if (sentence_has(group::crash, kCrash) && sentence_has(group::aircraft, kAircraft) &&
        !sentence_has(group::hostile, kHostile)) {
        return "accident";
    }
    // "A Turkish military helicopter landed near Duhok on Wednesday": an aircraft that landed,
    // no attack (not "rockets landed near aircraft at the base").
    if (sentence_has(group::aircraft, kAircraft) && !sentence_has(group::hostile, kHostile) &&
        !sentence_has(group::fight, kFight)) {
        const auto& s = doc.sentences()[trigger_sentence];
        // (the landing at the trigger: not "... landed troops near Duhok and they clashed")
        const std::size_t from =
            std::max<std::size_t>(s.token_begin, trigger.begin > 3 ? trigger.begin - 3 : 0);
        for (std::size_t k = from; k + 1 < s.token_end && k <= trigger.end + 1; ++k) {
            const auto nx = doc.lower(k + 1);
            // (also "made an emergency landing near Duhok because of a technical fault")
            if ((kAircraft.contains(doc.word(k)) &&
                 (nx == "landed" || nx == "lands" || nx == "landing")) ||
                ((doc.lower(k) == "emergency" || doc.lower(k) == "forced") && nx == "landing")) {
                return "routine";
            }
        }
    }
    // (... and a drone that crashed of a fault: "crashed near Dohuk because of a technical
    // fault")
    if (sentence_has(group::crash, kCrash)) {
        const auto& s = doc.sentences()[trigger_sentence];
        for (std::size_t k = s.token_begin; k + 1 < s.token_end; ++k) {
            const auto w = doc.lower(k);
            const auto nx = doc.lower(k + 1);
            if (w == "malfunction" ||
                ((w == "technical" || w == "mechanical") &&
                 (nx == "fault" || nx == "failure" || nx == "problem" || nx == "malfunction"))) {
                return "accident";
            }
        }
    }
    // "parliament debated the operation", "approved an extension of the operation": the
    // operation as a topic of talk or decision.
    for (std::size_t k = (before_words & group::topic) != 0 ? trigger.begin : clause_begin;
         k > clause_begin && k + 5 > trigger.begin; --k) {
        const auto w = doc.lower(k - 1);
        if (w == "debated" || w == "debate" || w == "debating" || w == "discussed" ||
            w == "discuss" || w == "discussing" || w == "approved" || w == "authorised" ||
            w == "authorized" || w == "extended" || w == "endorsed" || w == "reviewed") {
            return "topic";
        }
        // (a page's subject: "information on protests and the curfew in Baghdad", "advice
        // about demonstrations")
        // (not "no further information about the attack on a checkpoint": news of it)
        const auto before = k >= 2 ? doc.lower(k - 2) : text::TokenText();
        if ((w == "information" || w == "advice" || w == "guidance") &&
            (doc.lower(k) == "on" || doc.lower(k) == "about") && before != "no" &&
            before != "further" && before != "more" && before != "little" && before != "any" &&
            before != "gave" && before != "released" && before != "additional" && before != "new" &&
            before != "the") {
            return "topic";
        }
        if (!doc.tokens()[k - 1].is(text::kWord)) {
            break;
        }
    }
    // "occasional rocket fire", "sporadic shelling": fire told as a habit, in the singular.
    if (!trigger.plural) {
        static const WordSet kHabitual = {"occasional", "sporadic", "periodic", "intermittent",
                                          "frequent",   "regular",  "repeated", "persistent"};
        for (std::size_t k = 1; k <= 2 && trigger.begin >= clause_begin + k; ++k) {
            if (!doc.tokens()[trigger.begin - k].is(text::kWord)) {
                break;
            }
            if (kHabitual.contains(doc.word(trigger.begin - k))) {
                return "generic";
            }
        }
    }
    // "a Peshmerga artillery detachment from Erbil crossed into the town", "the army's drone
    // unit": a weapon naming the unit that has it, no fire told by it (skipped as a generic
    // mention: the clause's other cues still tell an event).
    // (and the cell that uses it: "arrested members of a rocket-launching cell")
    if (trigger.cue <= Cue::explosion && trigger.end < doc.tokens().size()) {
        static const WordSet kUnitNouns = {
            "detachment", "detachments", "unit",     "units",     "battalion", "battalions",
            "brigade",    "brigades",    "regiment", "regiments", "battery",   "batteries",
            "squad",      "squadron",    "company",  "companies", "cell",      "cells"};
        std::size_t k = trigger.end;
        if (k + 1 < doc.tokens().size() && doc.tokens()[k].is(text::kHyphenBefore) &&
            (doc.lower(k) == "launching" || doc.lower(k) == "firing" || doc.lower(k) == "making")) {
            ++k;
        }
        if (kUnitNouns.contains(doc.word(k))) {
            return "generic";
        }
    }
    // "The last blast walls came down in Baghdad": concrete barriers, no blast.
    if (trigger.cue == Cue::explosion && doc.lower(trigger.begin) == "blast" &&
        trigger.end < doc.tokens().size()) {
        const auto nx = doc.lower(trigger.end);
        if (nx == "walls" || nx == "wall" || nx == "barriers" || nx == "barrier") {
            return "generic";
        }
    }
    // Generic: "a series of attacks", "previous attacks", "attacks such as", and any plural
    // without a number ("anti-ISIS operations", "rocket strikes"): the extractor keeps it only
    // when it is specific (a place and a count or date).
    if (trigger.plural) {
        // Weapons come in numbers within one event ("a number of rockets", "15 rockets"); only
        // words of repetition make them generic ("a string of rockets ... in spring").
        static const WordSet kRepetition = {
            "series", "spate", "wave", "string", "pattern", "repeated", "frequent", "previous",
            "past", "such", "regular", "daily", "routine", "similar", "further", "sporadic",
            "occasional", "periodic", "future", "harassment",
            // ("(8 incidents, 2 killed): mainly IEDs left by IS and arrests")
            "mainly", "mostly", "largely",
            // ("insurgents have stepped up bombings this year")
            "stepped", "intensified", "escalated", "increased"};
        // Protests too are told in the plural ("demonstrations took place in Nasiriyah").
        // (and fire thrown by hand: "threw petrol bombs at the gate")
        const bool weapon = trigger.cue <= Cue::explosion || trigger.cue == Cue::protest ||
                            trigger.cue == Cue::arson;
        // ("A wave of car bombs hit Baghdad on Thursday", "driving a series of suicide car
        // bombs into police positions" on a day told: one day's attack, not a habit)
        const auto one_days_run = [&](std::size_t k) {
            const auto w = doc.lower(k);
            if ((w != "series" && w != "wave" && w != "string" && w != "spate") ||
                k <= clause_begin ||
                (doc.lower(k - 1) != "a" && doc.lower(k - 1) != "another" &&
                 doc.lower(k - 1) != "new")) {
                return false;
            }
            const auto& s = doc.sentences()[doc.sentence_of(k)];
            for (std::size_t j = clause_begin; j < s.token_end; ++j) {
                if (day_told_at(doc, j, s.token_end) &&
                    (text::month_from_word(doc.lower(j)) == 0 ||
                     (j + 1 < s.token_end && doc.tokens()[j + 1].is(text::kNumber)) ||
                     (j > s.token_begin && doc.tokens()[j - 1].is(text::kNumber)))) {
                    return true;
                }
            }
            return false;
        };
        bool numbered = false;
        for (std::size_t k = 1; k <= 4 && trigger.begin >= clause_begin + k; ++k) {
            const auto& t = doc.tokens()[trigger.begin - k];
            const auto w = doc.lower(trigger.begin - k);
            if (weapon ? kRepetition.contains(doc.word(trigger.begin - k)) &&
                             !one_days_run(trigger.begin - k)
                       : kGeneric.contains(doc.word(trigger.begin - k))) {
                return "generic";
            }
            // (any number word: "eight strikes", "a dozen rockets")
            const int spelled = t.is(text::kWord) ? count_word(w) : 0;
            if (t.is(text::kNumber) || w == "both" || spelled > 0) {
                numbered = true;
                // "IS carried out 25 attacks in Kirkuk province in the first half of 2022": a
                // count of attacks with no day of their own is a tally, no event.
                // (Not a strike release's line, which counts the strikes at its place: "Near
                // Mosul, 10 strikes engaged eight ISIS units".)
                // (past a bullet: "- Near Mosul, ...")
                const auto noun = doc.lower(trigger.begin);
                std::size_t line = doc.sentences()[doc.sentence_of(trigger.begin)].token_begin;
                if (line + 1 < trigger.begin && !doc.tokens()[line].is(text::kWord)) {
                    ++line;
                }
                const bool release_line =
                    (noun == "strikes" || noun == "airstrikes") && doc.lower(line) == "near";
                // ("112 IS attacks in Kirkuk province": a doer's name between the count and
                // its noun)
                const bool doer_between =
                    k == 2 && (doc.tokens()[trigger.begin - 1].is(text::kAllUpper) ||
                               doc.tokens()[trigger.begin - 1].is(text::kCapitalized));
                const auto count = t.is(text::kNumber)
                                       ? std::optional<double>(doc.number_value(trigger.begin - k))
                                       : std::optional<double>();
                const double n = count ? *count : spelled;
                // ("after two attacks on activists in the city this month": a few events
                // counted over a period, told as the backdrop)
                if (!weapon && k == 1 && n >= 2 && n < 5 && !release_line) {
                    const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
                    for (std::size_t j = std::max(clause_begin, trigger.begin - k) + 1;
                         j + 1 < sentence.token_end && j < trigger.end + 10; ++j) {
                        const auto x = doc.lower(j);
                        const auto unit = doc.lower(j + 1);
                        if ((x == "this" || x == "last" || x == "past") &&
                            (unit == "month" || unit == "week" || unit == "year" ||
                             unit == "months" || unit == "weeks")) {
                            return "aggregate";
                        }
                        if (doc.surface(j) == ";" || doc.surface(j) == ".") {
                            break;
                        }
                    }
                }
                if (!weapon && (k == 1 || doer_between) && n >= 5 && !release_line) {
                    const auto& sentence = doc.sentences()[doc.sentence_of(trigger.begin)];
                    const auto dates =
                        find_dates(doc, sentence.token_begin, sentence.token_end, std::nullopt);
                    // (A count of the dead with no time of its own is the toll of the event
                    // just told, no count of events: "Hospital officials reported 35
                    // fatalities.")
                    const auto told_by = trigger.begin >= clause_begin + k + 1
                                             ? doc.lower(trigger.begin - k - 1)
                                             : text::TokenText();
                    if ((trigger.cue == Cue::kill || trigger.cue == Cue::injure) && dates.empty() &&
                        (told_by == "reported" || told_by == "recorded" || told_by == "confirmed" ||
                         told_by == "counted" || told_by == "were" || told_by == "registered")) {
                        bool period = false;
                        for (std::size_t j = sentence.token_begin;
                             !period && j < sentence.token_end; ++j) {
                            const auto x = doc.lower(j);
                            period = x == "week" || x == "weeks" || x == "month" || x == "months" ||
                                     x == "year" || x == "years" || x == "since" || x == "days";
                        }
                        if (!period) {
                            break;
                        }
                    }
                    // (a weekday is a day too, whatever the report's date)
                    bool day = std::any_of(dates.begin(), dates.end(),
                                           [](const DateMention& d) { return d.precision == 1; });
                    for (std::size_t j = sentence.token_begin; !day && j < sentence.token_end;
                         ++j) {
                        const auto x = doc.lower(j);
                        day = text::weekday_from_word(x) >= 0 || x == "yesterday" || x == "today" ||
                              x == "tonight";
                    }
                    if (!day) {
                        return "aggregate";
                    }
                }
            }
            if (w == "the" || w == "a" || w == "," || w == "these" || w == "those") {
                break;
            }
        }
        if (trigger.end + 1 < doc.tokens().size() && doc.lower(trigger.end) == "such" &&
            doc.lower(trigger.end + 1) == "as") {
            return "generic";
        }
        if (trigger.end < doc.tokens().size() && doc.lower(trigger.end) == "like") {
            return "generic";
        }
        // An event noun in the plural with no number ("anti-ISIS operations", "attacks"):
        // generic unless the extractor finds it specific.
        if (!weapon && !numbered) {
            return "generic";
        }
    }
    return {};
}

bool buried_weapon(const Document& doc, std::size_t i) {
    static const WordSet kWeapons = {"explosive", "explosives", "bomb",   "bombs", "device",
                                     "devices",   "mine",       "mines",  "ied",   "ieds",
                                     "charge",    "charges",    "shells", "shell"};
    return doc.lower(i) == "buried" && i + 1 < doc.tokens().size() &&
           kWeapons.contains(doc.word(i + 1));
}

bool comparison_since(const Document& doc, std::size_t clause_begin, std::size_t i) {
    if (doc.lower(i) != "since") {
        return false;
    }
    static const WordSet kSuperlative = {
        "worst",   "deadliest", "bloodiest", "biggest",   "largest", "heaviest", "fiercest",
        "highest", "first",     "most",      "strongest", "latest",  "greatest"};
    for (std::size_t k = i; k > clause_begin && k + 8 > i; --k) {
        if (kSuperlative.contains(doc.word(k - 1))) {
            return true;
        }
        if (!doc.tokens()[k - 1].is(text::kWord) && doc.surface(k - 1) != "-") {
            return false;
        }
    }
    return false;
}

namespace {
/// Words of which every motive phrase (motive_phrase_at) holds one, at its token i or i + 1:
/// a sentence with none of them has no motive phrase. (Keep in step with motive_phrase_at.)
constexpr text::ScanWords kMotiveWords{
    "retaliation", "revenge",  "response", "avenge", "accountability", "justice", "angered",
    "enraged",     "incensed", "outraged", "angry",  "furious",        "protest", "mourning"};
} // namespace

bool motive_phrase_at(const Document& doc, std::size_t i, std::size_t end) {
    if (i + 2 >= end) {
        return false;
    }
    const auto w = doc.lower(i);
    const auto nx = doc.lower(i + 1);
    const auto nx2 = doc.lower(i + 2);
    return (w == "in" && (nx == "retaliation" || nx == "revenge" || nx == "response") &&
            (nx2 == "for" || nx2 == "to")) ||
           ((w == "revenge" || w == "retaliation") && nx == "for" &&
            (i == 0 || doc.lower(i - 1) != "in")) ||
           (w == "to" && nx == "avenge") ||
           // "the first wave of its response to a drone attack that killed three soldiers"
           (w == "response" && nx == "to" && i > 0 &&
            (doc.lower(i - 1) == "its" || doc.lower(i - 1) == "their" || doc.lower(i - 1) == "a" ||
             doc.lower(i - 1) == "his" || doc.lower(i - 1) == "first" ||
             doc.lower(i - 1) == "initial" || doc.tokens()[i - 1].is(text::kPossessive))) ||
           // "rallied to demand accountability for the killing of activists": the demand's
           // object is an earlier event.
           ((w == "accountability" || w == "justice") && nx == "for") ||
           ((w == "angered" || w == "enraged" || w == "incensed" || w == "outraged" ||
             w == "angry" || w == "furious") &&
            (nx == "by" || nx == "at" || nx == "over" || nx == "about")) ||
           (w == "in" && nx == "protest" && (nx2 == "at" || nx2 == "against" || nx2 == "over")) ||
           // "marched through Basra in mourning for the dead of Khilani Square"
           (w == "in" && nx == "mourning" && (nx2 == "for" || nx2 == "over"));
}

namespace {

/// A log line's place label before its colon ("- Diyala, near Khan Bani Saad: roadside bomb
/// ...", "Mosul, Old City: ..."): names and place words only, which belong to the line's event.
bool place_label(const Document& doc, std::size_t b, std::size_t e) {
    static const WordSet kPlaceWords = {
        "near", "in", "outside", "north", "south", "east", "west", "of", "the", "district",
        "subdistrict", "sub-district", "province", "area", "city", "governorate",
        // ("Qayyarah (IS-held, Nineveh):", "al-Jalam area")
        "held", "controlled", "al", "village",
        // ("Mosul, Bab al-Tob market area:", "Tal Kaif road:")
        "market", "road", "quarter", "neighbourhood", "neighborhood", "street", "square", "bridge",
        // ("Kirkuk governorate building:")
        "building", "compound"};
    if (e <= b || e - b > 12) {
        return false;
    }
    bool name = false;
    for (std::size_t k = b; k < e; ++k) {
        const auto& t = doc.tokens()[k];
        if (t.is(text::kWord) && (t.is(text::kCapitalized) || t.is(text::kAllUpper))) {
            name = true;
        } else if (!t.is(text::kPunct) && !t.is(text::kNumber) &&
                   !kPlaceWords.contains(doc.word(k))) {
            // (a log line's date may open it: "02-Apr-2019 Jalawla: body of a shepherd ...")
            return false;
        }
    }
    return name;
}

/// The words split_clauses's loop acts on, and the first words of motive_phrase_at: any other
/// word is passed over at once (the splits are at punctuation or these). (A branch for a new
/// word must add it here.)
const WordSet& clause_words() {
    static const WordSet kActedOn = {
        "but", "whereas", "although", "though", "however", "meanwhile", "after", "before", "since",
        "and", "result", "resulted", "resulting", "led", "as", "amid", "while", "who",
        "responsible", "involved", "that", "among",
        // motive_phrase_at
        "in", "revenge", "retaliation", "response", "to", "accountability", "justice", "angered",
        "enraged", "incensed", "outraged", "angry", "furious"};
    return kActedOn;
}

} // namespace

const WordFilter& clause_word_filter() {
    return clause_words().filter();
}

double unit_metres(std::string_view w_view) {
    const text::TokenText w(w_view.data(), w_view.size()); // (literal comparisons inline)
    if (w == "km" || w == "kms" || w == "kilometres" || w == "kilometers" || w == "kilometre" ||
        w == "kilometer") {
        return 1000.0;
    }
    if (w == "miles" || w == "mile" || w == "mi") {
        return 1609.344;
    }
    if (w == "m" || w == "metres" || w == "meters") {
        return 1.0;
    }
    return 0.0;
}

Clauses split_clauses(const Document& doc, std::size_t begin, std::size_t end) {
    Clauses c;
    split_clauses(doc, begin, end, c);
    return c;
}

bool distance_follows(const Document& doc, std::size_t k, std::size_t end) {
    if (k < end && (doc.lower(k) == "about" || doc.lower(k) == "some" || doc.lower(k) == "around" ||
                    doc.lower(k) == "roughly" || doc.lower(k) == "nearly" ||
                    doc.lower(k) == "approximately")) {
        ++k;
    }
    if (k >= end || !doc.tokens()[k].is(text::kNumber)) {
        return false;
    }
    // ("25 km", "25 kms", "25km" as one word, "15 miles")
    for (std::size_t j = k; j < end && j <= k + 2; ++j) {
        const auto u = doc.lower(j);
        if (unit_metres(u) > 0 || u.ends_with("km")) {
            return true;
        }
    }
    return false;
}

namespace {

/// "at the Hamra, Babylon and Sheraton hotels": a comma between names of one list (a
/// capitalised word before it and after it, and "and" or "or" before another one soon after),
/// the list opened by "the" or a preposition (not "overran Mosul, Kurdish and Iraqi troops
/// withdrew") and made of no demonyms ("in Tarmiyah, Iraqi and US aircraft bombed").
bool names_listed(const Document& doc, std::size_t comma, std::size_t end) {
    if (comma < 2 || comma + 1 >= end || !doc.tokens()[comma - 1].is(text::kCapitalized) ||
        !doc.tokens()[comma + 1].is(text::kCapitalized) ||
        !country_of_demonym(doc.word(comma + 1)).empty()) {
        return false;
    }
    std::size_t first = comma - 1;
    while (first > 1 && doc.tokens()[first - 1].is(text::kCapitalized)) {
        --first;
    }
    const auto opener = doc.lower(first - 1);
    if (opener != "the" && opener != "at" && opener != "in" && opener != "on" && opener != "near" &&
        opener != "of" && opener != "from") {
        return false;
    }
    for (std::size_t k = comma + 2; k + 1 < end && k <= comma + 4; ++k) {
        if ((doc.lower(k) == "and" || doc.lower(k) == "or") &&
            doc.tokens()[k + 1].is(text::kCapitalized)) {
            return true;
        }
        if (!doc.tokens()[k].is(text::kCapitalized) && doc.surface(k) != ",") {
            return false;
        }
    }
    return false;
}

} // namespace

void split_clauses(const Document& doc, std::size_t begin, std::size_t end, Clauses& c) {
    c.starts.clear();
    c.starts.push_back(begin);
    // "when" and "while" are kept: "two soldiers were killed when a bomb exploded" is one
    // event told in one clause.
    static const WordSet kSplitWords = {"but",     "whereas",   "although", "though",
                                        "however", "meanwhile", "after",    "before"};
    static const WordSet kConsequence = {"sparking",  "prompting", "triggering", "leading",
                                         "provoking", "forcing",   "drawing",    "raising",
                                         "fuelling",  "fueling",   "causing"};
    auto add = [&](std::size_t at) {
        if (at < end && at > c.starts.back()) {
            c.starts.push_back(at);
        }
    };
    auto date_word = [&](std::size_t i) {
        if (i >= end) {
            return false;
        }
        const auto w = doc.lower(i);
        return text::weekday_from_word(w) >= 0 || text::month_from_word(w) != 0 || w == "last" ||
               w == "on" || w == "yesterday" || w == "earlier" || w == "early" || w == "late" ||
               w == "overnight" ||
               // "..., and the same month a rocket barrage struck Balad"
               (w == "the" && i + 1 < end &&
                (doc.lower(i + 1) == "same" || doc.lower(i + 1) == "next" ||
                 doc.lower(i + 1) == "following" || doc.lower(i + 1) == "previous")) ||
               // "..., and a year later a string of attacks ...", "..., and two days later"
               [&] {
                   for (std::size_t k = i + 1; k < end && k <= i + 3; ++k) {
                       if (doc.lower(k) == "later" || doc.lower(k) == "earlier") {
                           const auto unit = doc.lower(k - 1);
                           return unit == "year" || unit == "years" || unit == "month" ||
                                  unit == "months" || unit == "week" || unit == "weeks" ||
                                  unit == "day" || unit == "days" || unit == "hours";
                       }
                   }
                   return false;
               }();
    };
    const bool may_motive = doc.may_hold<kMotiveWords>(begin, end);
    // (The words the loop below acts on: clause_words.)
    static const WordSet& acted_on = clause_words();
    const std::uint8_t* const classes = token_classes(doc);
    int depth = 0; // inside brackets
    for (std::size_t i = begin + 1; i < end; ++i) {
        // (Past the words the filter rules out, by the tokens' classes: in this loop's body the
        // test took about twice the instructions.)
        i = text::next_of_class(classes, i, end, kClauseWord | kNotWord);
        if (i >= end) {
            break;
        }
        // (A word here is one the filter let through.)
        if (doc.tokens()[i].is(text::kWord) && !acted_on.contains_let_through(doc.word(i))) {
            continue;
        }
        const auto s = doc.surface(i);
        const auto w = doc.lower(i);
        if (s == "(") {
            ++depth;
        } else if (s == ")" && depth > 0) {
            --depth;
        }
        if (depth > 0) {
            continue;
        }
        // (A case file's field named by its event, "Abduction: Tuesday 19 October 2004, in
        // western Baghdad", is one clause with what it names.)
        const bool event_field = s == ":" && i == c.starts.back() + 1 &&
                                 doc.tokens()[i - 1].is(text::kCapitalized) &&
                                 text::is_event_field_word(doc.lower(i - 1));
        // ("IED detonated under the lead vehicle; followed by SAF from the orchards": what
        // followed is the same fight)
        const bool dash =
            (s == "\u2014" || s == "\u2013" || s == "-") && doc.tokens()[i].is(text::kSpaceBefore);
        // A table's row that opens with its place, "Karbala - Education Square | 28 Oct 2019 |
        // Masked gunmen fired ...": the place is the row's, one clause with it (split at the
        // line's start instead, "... 12 killed. | Verified\nBaghdad - al-Khilani Square | ...").
        std::size_t line = i;
        while (dash && line > c.starts.back() && i < line + 8 &&
               !doc.tokens()[line].is(text::kNewlineBefore)) {
            --line;
        }
        bool row = false;
        for (std::size_t k = i + 1;
             dash && k < end && k < i + 12 && !row && !doc.tokens()[k].is(text::kNewlineBefore);
             ++k) {
            row = doc.surface(k) == "|";
        }
        if (row && (line == c.starts.back() || doc.tokens()[line].is(text::kNewlineBefore)) &&
            place_label(doc, line, i)) {
            add(line);
        } else if ((s == ";" && !(i + 1 < end && doc.lower(i + 1) == "followed")) ||
                   (s == ":" && !(i + 1 < end && doc.tokens()[i + 1].is(text::kNumber)) &&
                    !place_label(doc, c.starts.back(), i) && !event_field) ||
                   dash) {
            add(i + 1);
        } else if (kSplitWords.contains(doc.word(i)) && !doc.tokens()[i].is(text::kCapitalized)) {
            // "after Sunday" / "before dawn" are times, not clauses.
            const auto nx = i + 1 < end ? doc.lower(i + 1) : text::TokenText();
            // (nor "a patrol sent after them": a pursuit)
            const bool time_follows =
                text::weekday_from_word(nx) >= 0 || text::month_from_word(nx) != 0 ||
                nx == "dawn" || nx == "dusk" || nx == "midnight" || nx == "noon" || nx == "them" ||
                nx == "him" || nx == "her" || nx == "it" ||
                // ("exploded one after another near Khan Bani Saad", "went off shortly after
                // iftar on Wednesday beside a market in Azaz", "after sunset", "after dark")
                (nx == "another" && i > c.starts.back() && doc.lower(i - 1) == "one") ||
                nx == "iftar" || nx == "suhoor" || nx == "sunset" || nx == "sunrise" ||
                nx == "nightfall" || nx == "daybreak" || nx == "dark" || nx == "curfew" ||
                // ("two weeks before this report": a time)
                ((nx == "this" || nx == "the") && i + 2 < end &&
                 (doc.lower(i + 2) == "report" || doc.lower(i + 2) == "statement" ||
                  doc.lower(i + 2) == "publication")) ||
                // ("had targeted Iranian missions before: in September 2018, ...": an adverb)
                (w == "before" && i + 1 < end && doc.surface(i + 1) == ":") ||
                // ("was shot dead moments after delivering the sermon at a mosque in Yarmouk":
                // what its victim was doing, where the shooting was)
                (i > c.starts.back() && nx.size() > 4 && nx.ends_with("ing") &&
                 (doc.lower(i - 1) == "moments" || doc.lower(i - 1) == "minutes" ||
                  doc.lower(i - 1) == "seconds" || doc.lower(i - 1) == "shortly" ||
                  doc.lower(i - 1) == "just" || doc.lower(i - 1) == "soon"));
            // "Five years after the city was retaken, ...": the span opens the clause.
            const bool span_before =
                i >= c.starts.back() + 2 &&
                (doc.lower(i - 1) == "years" || doc.lower(i - 1) == "months") &&
                parse_quantity(doc, i - 2, i).has_value();
            // "In Xaneqin, meanwhile, a bomb went off": a parenthetical adverb after a short
            // fronted phrase leaves the phrase with its clause.
            const bool parenthetical =
                (w == "meanwhile" || w == "however") && i >= c.starts.back() + 2 &&
                i <= c.starts.back() + 6 && doc.surface(i - 1) == "," && i + 1 < end &&
                doc.surface(i + 1) == "," &&
                (doc.lower(c.starts.back()) == "in" || doc.lower(c.starts.back()) == "near" ||
                 doc.lower(c.starts.back()) == "at" || doc.lower(c.starts.back()) == "on");
            if (!time_follows && !parenthetical) {
                add(span_before ? i - 2 : i);
                // "Hours after the Taji attack, aircraft bombed ...": the subordinate phrase
                // ends at its comma.
                // (not at a comma in brackets: "entered Tuz Khurmatu (Tuz Khurmatu district,
                // Salah al-Din), men looted ...")
                if (w == "after" || w == "before") {
                    int inner = 0;
                    for (std::size_t k = i + 1; k < end && k < i + 20; ++k) {
                        const auto x = doc.surface(k);
                        inner += x == "(" ? 1 : (x == ")" && inner > 0 ? -1 : 0);
                        // (past a distance that places the name before it: "after a bomb
                        // tore through a market in Bathaa, about 40 km west of Nasiriyah,")
                        if (x == "," && inner == 0 && !distance_follows(doc, k + 1, end) &&
                            !names_listed(doc, k, end)) {
                            add(k + 1);
                            break;
                        }
                    }
                }
            }
        } else if (i + 2 < end &&
                   (((w == "responsible" || w == "involved") &&
                     doc.lower(i + 1) == (w == "responsible" ? "for" : "in")) ||
                    ((w == "that" || w == "who") &&
                     [&] {
                         const auto v = doc.lower(i + 1);
                         // (weapons set off, whose clause tells the attack; not "a gunman
                         // who killed two policemen", who was arrested)
                         // (and what the one arrested did for others: "arrested a man in
                         // Basra who sold weapons to both sides of a tribal feud")
                         return v == "planted" || v == "carried" || v == "detonated" ||
                                v == "bombed" || v == "launched" || v == "sold" ||
                                v == "supplied" || v == "smuggled" || v == "financed" ||
                                v == "funded";
                     }())) &&
                   [&] {
                       // "arrested six members of the cell responsible for the bombing of the
                       // church in Damascus on Sunday evening", "arrested a man involved in the
                       // double suicide attack in Tayaran Square on Thursday", "arrested four
                       // members of a network that planted a bomb under the activist's car on
                       // 6 October": the arrest and the attack it is for are told apart, each
                       // with its day and place.
                       for (std::size_t k = c.starts.back(); k < i; ++k) {
                           const auto x = doc.lower(k);
                           if (x == "arrested" || x == "detained" || x == "captured" ||
                               x == "apprehended" || x == "arrest" || x == "arrests") {
                               return true;
                           }
                       }
                       return false;
                   }()) {
            add(i);
        } else if (w == "among" && i > c.starts.back() + 1 && doc.surface(i - 1) == "," &&
                   i + 2 < end && doc.lower(i + 1) == "them" && doc.lower(i + 2) == "the" && [&] {
                       // "as had happened in earlier attacks, among them the rockets that struck
                       // Camp Taji on 11 March, killing two soldiers": an example told with its
                       // own day is an event of its own (not an aside in a count: "three people,
                       // among them a woman, were killed"). Only after what is no event, a plan
                       // or a threat ("were preparing to fire the rockets at the airport"): an
                       // example of events told is one of them ("describes Turkish drone
                       // strikes in the district, among them the strike on a hospital").
                       // (an attack named after it: not "threatened to kill the hostages,
                       // among them the two drivers kidnapped on 3 December", people)
                       static const WordSet kAttacks = {
                           "rockets", "rocket",   "attack",    "attacks",   "bombing",  "bombings",
                           "strike",  "strikes",  "explosion", "blast",     "mortar",   "mortars",
                           "missile", "missiles", "drone",     "drones",    "shelling", "assault",
                           "ambush",  "raid",     "airstrike", "airstrikes"};
                       bool attack = false;
                       for (std::size_t k = i + 3; k < end && k < i + 7 && !attack; ++k) {
                           attack = kAttacks.contains(doc.word(k));
                       }
                       static const WordSet kIntent(kIntentWords);
                       bool intent = false;
                       for (std::size_t k = c.starts.back(); attack && k < i && !intent; ++k) {
                           intent = kIntent.contains(doc.word(k));
                       }
                       for (std::size_t k = i + 3; intent && k < end && k < i + 16; ++k) {
                           if (day_told_at(doc, k, end)) {
                               return true;
                           }
                       }
                       return false;
                   }()) {
            add(i);
        } else if (
            w == "as" && i > c.starts.back() + 2 && i + 2 < end && [&] {
                // "Mortar rounds landed inside the Green Zone on Monday as clashes
                // spread across the capital": the fighting around it, a backdrop of its
                // own, not the shelling's kind.
                std::size_t k = i + 1;
                if (doc.lower(k) == "the" || doc.lower(k) == "heavy" || doc.lower(k) == "fierce") {
                    ++k;
                }
                static const WordSet kFights = {"clashes", "fighting", "battles", "gunfights"};
                static const WordSet kSpread = {
                    "spread", "raged",     "continued", "erupted",    "intensified", "escalated",
                    "broke",  "spreading", "raging",    "continuing", "went"};
                return k + 1 < end && kFights.contains(doc.word(k)) &&
                       kSpread.contains(doc.word(k + 1));
            }()) {
            add(i);
        } else if ((w == "as" || w == "amid") && i > c.starts.back() &&
                   (doc.lower(i - 1) == "came" || doc.lower(i - 1) == "comes")) {
            // "The attack came as Iraqi forces fight their way into eastern Mosul": the backdrop
            // is a clause of its own, no place of the attack's.
            add(i);
        } else if (w == "since" && i + 1 < end) {
            const auto nx = doc.lower(i + 1);
            const bool date_follows = text::month_from_word(nx) != 0 || nx == "last" ||
                                      nx == "early" || nx == "late" || nx == "mid" ||
                                      doc.tokens()[i + 1].is(text::kNumber) || nx == "then";
            // "five years since the militants overran Sinjar": the span opens the clause.
            const bool span_before =
                i >= c.starts.back() + 2 &&
                (doc.lower(i - 1) == "years" || doc.lower(i - 1) == "months") &&
                parse_quantity(doc, i - 2, i).has_value();
            if (!date_follows) {
                add(span_before ? i - 2 : i);
            }
        } else if ((w == "and" || w == "while") && i + 2 < end && [&] {
                       // "rockets struck near the US embassy and a mortar landed on Balad air
                       // base", "missiles hit compounds near Koya, while drones struck a base
                       // in Zirgwez": another weapon's hit, with its own place.
                       // (and artillery, a mass noun: "a Turkish drone killed two men near
                       // Sinjar and artillery hit a village near Zakho")
                       static const WordSet kWeapons = {
                           "rocket", "rockets", "mortar",   "mortars", "shell",
                           "shells", "missile", "missiles", "drone",   "drones",
                           "bomb",   "bombs",   "artillery"};
                       static const WordSet kHits = {"landed",  "hit",      "struck",
                                                     "fell",    "exploded", "targeted",
                                                     "slammed", "shelled",  "pounded"};
                       std::size_t k = i + 1;
                       const auto d = doc.lower(k);
                       if (d == "a" || d == "an" || d == "another" || d == "the" ||
                           parse_quantity(doc, k, k + 1, false).has_value()) {
                           ++k;
                           if (k < end && !kWeapons.contains(doc.word(k))) {
                               ++k; // ("a second rocket", "two more drones")
                           }
                       } else if (d.empty() || (d.back() != 's' && d != "artillery") ||
                                  (w == "and" && [&] {
                                      static const WordSet kCarriers = {
                                          "helicopters", "jets",     "warplanes", "aircraft",
                                          "planes",      "gunships", "tanks",     "artillery"};
                                      return kWeapons.contains(doc.word(i - 1)) ||
                                             kCarriers.contains(doc.word(i - 1));
                                  }())) {
                           // (a bare plural only: "while drones struck", not the second of two
                           // nouns, "backed by helicopters and drones landed in the hills")
                           return false;
                       }
                       return k + 1 < end && kWeapons.contains(doc.word(k)) &&
                              kHits.contains(doc.word(k + 1));
                   }()) {
            add(i + 1);
        } else if (s == "," && i + 3 < end && doc.lower(i + 1) == "and" && [&] {
                       // "fired missiles at the KDPI's offices in Koya, killing one, and sent
                       // drones against a camp at Jezhnikan": the same forces' second weapon
                       // at a second target.
                       static const WordSet kLaunched = {"sent", "fired", "launched", "dropped"};
                       static const WordSet kWeapons = {"rockets",  "mortars", "shells",
                                                        "missiles", "drones",  "bombs"};
                       if (!kLaunched.contains(doc.word(i + 2))) {
                           return false;
                       }
                       std::size_t k = i + 3;
                       if (parse_quantity(doc, k, k + 1, false).has_value() ||
                           doc.lower(k) == "explosive" || doc.lower(k) == "armed") {
                           ++k;
                       }
                       return k + 1 < end && kWeapons.contains(doc.word(k)) &&
                              (doc.lower(k + 1) == "at" || doc.lower(k + 1) == "against" ||
                               doc.lower(k + 1) == "on" || doc.lower(k + 1) == "towards");
                   }()) {
            add(i + 2);
        } else if (s == "," && i + 4 < end && doc.lower(i + 1) == "and" && [&] {
                       // "This followed the 15 February attack on Erbil airport, which killed
                       // two, and rockets on Balad air base on 20 February": a second hit named
                       // by its weapon and its place.
                       static const WordSet kWeapons = {"rockets", "mortars", "missiles",
                                                        "drones",  "shells",  "strikes"};
                       const auto at = doc.lower(i + 3);
                       return kWeapons.contains(doc.word(i + 2)) &&
                              (at == "on" || at == "at" || at == "against") &&
                              doc.tokens()[i + 4].is(text::kCapitalized);
                   }()) {
            add(i + 2);
        } else if (s == "," && i + 3 < end && doc.lower(i + 1) == "and" && [&] {
                       // "Iraqi forces retook the town of Bartella on 20 October, and entered
                       // Qaraqosh on 22 October": the same forces' second taking, each told
                       // with its own day.
                       static const WordSet kTook = {"entered",  "retook", "recaptured",
                                                     "captured", "seized", "liberated",
                                                     "took",     "stormed"};
                       if (!kTook.contains(doc.word(i + 2))) {
                           return false;
                       }
                       bool day_before = false, day_after = false;
                       for (std::size_t k = c.starts.back(); k < i && !day_before; ++k) {
                           day_before = day_told_at(doc, k, end);
                       }
                       for (std::size_t k = i + 3; k < end && k < i + 14 && !day_after; ++k) {
                           day_after = day_told_at(doc, k, end);
                       }
                       return day_before && day_after;
                   }()) {
            add(i + 2);
        } else if (s == "," && i + 2 < end && doc.lower(i + 1) == "and" && [&] {
                       // "..., and demonstrators in Basra set fire to ...": another group's
                       // act, told as its own event.
                       static const WordSet kDoers = {"protesters", "demonstrators", "rioters",
                                                      "gunmen",     "militants",     "insurgents",
                                                      "jihadists",  "crowds"};
                       std::size_t k = i + 2;
                       if (doc.lower(k) == "the" || doc.lower(k) == "angry") {
                           ++k;
                       }
                       if (k < end && kDoers.contains(doc.word(k))) {
                           return true;
                       }
                       // ("..., and dozens of graduates demonstrated peacefully in Numaniyah":
                       // a crowd's own act, its verb a few words on; "..., and a peaceful march
                       // took place in Najaf": one held)
                       for (std::size_t j = i + 3; j < end && j < i + 7; ++j) {
                           const auto v = doc.lower(j);
                           if (v == "demonstrated" || v == "protested" || v == "marched" ||
                               v == "rallied") {
                               return true;
                           }
                           if ((v == "took" && j + 1 < end && doc.lower(j + 1) == "place") ||
                               ((v == "was" || v == "were") && j + 1 < end &&
                                (doc.lower(j + 1) == "held" || doc.lower(j + 1) == "staged"))) {
                               const auto held = doc.lower(j - 1);
                               return held == "march" || held == "protest" || held == "rally" ||
                                      held == "demonstration" || held == "vigil" ||
                                      held == "marches" || held == "protests" ||
                                      held == "rallies" || held == "demonstrations";
                           }
                           if (!doc.tokens()[j].is(text::kWord) &&
                               !doc.tokens()[j].is(text::kNumber)) {
                               return false;
                           }
                       }
                       return false;
                   }()) {
            add(i + 2);
        } else if (s == "," && i + 4 < end && doc.lower(i + 1) == "and" && [&] {
                       // "Protesters torched the consulate in Najaf on Wednesday night, and
                       // security forces later shot dead 16 demonstrators in Nasiriyah",
                       // "Militants attacked a checkpoint in Tarmiyah, and a roadside bomb
                       // killed two soldiers in Baiji": another doer's violent act at a place
                       // of its own, as the first clause has one.
                       static const WordSet kForces = {
                           "forces",  "police",    "policemen", "troops",    "soldiers",
                           "army",    "gunmen",    "bomb",      "bomber",    "drone",
                           "drones",  "jets",      "warplanes", "aircraft",  "helicopters",
                           "militia", "militias",  "fighters",  "artillery", "sniper",
                           "snipers", "guerrillas"};
                       static const WordSet kActs = {
                           "shot",    "killed",   "opened",   "fired",     "attacked",
                           "stormed", "raided",   "struck",   "hit",       "bombed",
                           "shelled", "ambushed", "exploded", "detonated", "targeted",
                           "wounded", "clashed",  "abducted", "kidnapped"};
                       // the subject: up to three words ending in a force or weapon noun
                       std::size_t k = i + 2;
                       std::size_t head = end;
                       for (; k < end && k < i + 6; ++k) {
                           if (!doc.tokens()[k].is(text::kWord) && doc.surface(k) != "-") {
                               break;
                           }
                           if (kForces.contains(doc.word(k))) {
                               head = k;
                               break;
                           }
                       }
                       if (head == end) {
                           return false;
                       }
                       k = head + 1;
                       if (k < end && (doc.lower(k) == "later" || doc.lower(k) == "then" ||
                                       doc.lower(k) == "also")) {
                           ++k;
                       }
                       if (k >= end || !kActs.contains(doc.word(k))) {
                           return false;
                       }
                       // each side names a place of its own
                       const auto place_in = [&](std::size_t b, std::size_t e) {
                           for (std::size_t j = b; j + 1 < e; ++j) {
                               const auto p = doc.lower(j);
                               if ((p == "in" || p == "near" || p == "at") &&
                                   doc.tokens()[j + 1].is(text::kCapitalized)) {
                                   return true;
                               }
                           }
                           return false;
                       };
                       // (not after a toll summed over time, "More than 20 people have been
                       // killed this year in Baghdad, and a car bomb killed four more": the
                       // perfect tells no event of its own)
                       for (std::size_t j = c.starts.back(); j < i; ++j) {
                           const auto x = doc.lower(j);
                           if (x == "have" || x == "has" || x == "had" || x == "since") {
                               return false;
                           }
                       }
                       return place_in(c.starts.back(), i) &&
                              place_in(k + 1, std::min(end, k + 14));
                   }()) {
            add(i + 2);
        } else if ((w == "while" || w == "who") && i + 2 < end && [&] {
                       // "detained a reporter while he was filming a protest by teachers in
                       // Duhok", "a photographer who was covering a sit-in": the reporter's
                       // work is not the act on him; the crowd filmed is its own event.
                       std::size_t k = i + 1;
                       if (w == "while" && (doc.lower(k) == "he" || doc.lower(k) == "she" ||
                                            doc.lower(k) == "they")) {
                           ++k;
                       }
                       // ("a reporter who had filmed the fighting from a rooftop")
                       const bool had = k < end && doc.lower(k) == "had";
                       if (k < end && (doc.lower(k) == "was" || doc.lower(k) == "were" || had)) {
                           ++k;
                       }
                       if (k >= end || k == i + 1) {
                           return false;
                       }
                       const auto v = doc.lower(k);
                       // (not what the doers did to themselves: "gunmen who were covering their
                       // faces opened fire")
                       if (k + 1 < end &&
                           (doc.lower(k + 1) == "their" || doc.lower(k + 1) == "his" ||
                            doc.lower(k + 1) == "her" || doc.lower(k + 1) == "its")) {
                           return false;
                       }
                       return had ? v == "filmed" || v == "covered" || v == "photographed" ||
                                        v == "recorded" || v == "reported"
                                  : v == "filming" || v == "covering" || v == "photographing" ||
                                        v == "recording" || v == "reporting";
                   }()) {
            add(i);
        } else if (s == "," && i + 2 < end && doc.lower(i + 1) == "and" &&
                   doc.lower(i + 2) == "for" && [&] {
                       // "condolences for the killing of an activist in Diwaniyah, ..., and for
                       // the two soldiers who died near Tarmiyah": a second "for" of the same
                       // verb, its own event.
                       for (std::size_t k = c.starts.back(); k < i; ++k) {
                           if (doc.lower(k) == "for") {
                               return true;
                           }
                       }
                       return false;
                   }()) {
            add(i + 2);
        } else if (s == "," && i + 1 < end && doc.lower(i + 1) == "when" && i > begin + 2 && [&] {
                       // "targeted repeatedly since September, when Iran launched missile
                       // attacks on Koya": the anchor is an event of its own.
                       for (std::size_t k = i - 1; k + 4 > i && k > begin; --k) {
                           if (doc.lower(k) == "since") {
                               return true;
                           }
                       }
                       return false;
                   }()) {
            add(i + 1);
        } else if (s == "," && i + 1 < end && doc.lower(i + 1) == "when" && i > begin + 3 && [&] {
                       // "fighting continued into 2 March, when a drone strike hit a car near
                       // Khanasor": a day named and then what happened on it.
                       const auto p = doc.lower(i - 1);
                       const bool day = (doc.tokens()[i - 1].is(text::kNumber) &&
                                         text::month_from_word(doc.lower(i - 2)) != 0) ||
                                        (text::month_from_word(p) != 0 &&
                                         doc.tokens()[i - 2].is(text::kNumber)) ||
                                        text::weekday_from_word(p) >= 0;
                       if (!day) {
                           return false;
                       }
                       // Only when each side tells an event of its own kind ("soldiers were
                       // killed on Monday, when a bomb struck" is one event).
                       // (A weak verb may tell the later event: "when a drone struck a car".)
                       const auto kind = [&](std::size_t b, std::size_t e, bool weak_too) {
                           CueSet set;
                           for (const auto& m : find_cues(doc, b, e)) {
                               if (is_event_cue(m.cue) && (weak_too || !m.weak) &&
                                   m.cue != Cue::kill && m.cue != Cue::injure) {
                                   set.set(static_cast<std::size_t>(m.cue));
                               }
                           }
                           return set.any() ? classify(set).event_type : std::string();
                       };
                       // (Force met a crowd: "gathered on Friday, when police fired tear gas".)
                       const auto before = kind(c.starts.back(), i, false);
                       const auto after = kind(i + 1, end, true);
                       return !before.empty() && !after.empty() && before != after &&
                              before != "Protests" && before != "Riots" && after != "Protests" &&
                              after != "Riots";
                   }()) {
            add(i + 1);
        } else if (s == "," && i + 3 < end &&
                   (doc.lower(i + 1) == "while" || doc.lower(i + 1) == "and") &&
                   (doc.lower(i + 2) == "another" ||
                    ((doc.tokens()[i + 2].is(text::kNumber) ||
                      parse_quantity(doc, i + 2, i + 3).has_value()) &&
                     (doc.lower(i + 3) == "other" || doc.lower(i + 3) == "more"))) &&
                   // (not the end of a list of the dead: "killing al-Saadi, a commander, and
                   // two other men.")
                   !(i + 4 < end && is_person_noun(doc.lower(i + 4)) &&
                     (i + 5 == end || !doc.tokens()[i + 5].is(text::kWord)))) {
            // "..., while two other rockets struck Balad air base", "..., and six more were
            // killed on Saturday in a second attack": a further event.
            add(i + 2);
        } else if (w == "and" && i + 2 < end &&
                   (doc.lower(i + 1) == "another" ||
                    (parse_quantity(doc, i + 1, i + 2, false).has_value() &&
                     !doc.tokens()[i + 1].is(text::kNumber))) &&
                   [&] {
                       // "two rockets struck near the embassy and another hit Balad air base",
                       // "Eleven missiles struck Ain al-Asad and one landed near Erbil airport"
                       const auto v = doc.lower(i + 2);
                       return v == "hit" || v == "struck" || v == "landed" || v == "targeted" ||
                              v == "fell" || v == "exploded" || v == "slammed" || v == "crashed";
                   }()) {
            add(i + 1);
        } else if (s == "," && i + 1 < end && doc.lower(i + 1) == "where") {
            add(i + 1); // "protests in Karbala, where an activist was shot dead last month"
        } else if (s == "," && i + 1 < end && kConsequence.contains(doc.word(i + 1))) {
            add(i + 1);
        } else if (s == "," && i + 2 < end && doc.lower(i + 1) == "and" && date_word(i + 2)) {
            add(i + 2); // "..., and last Tuesday a fire broke out at a depot"
        } else if (s == "," && i + 3 < end && doc.lower(i + 1) == "and" &&
                   doc.lower(i + 2) == "the" && [&] {
                       // "the ground operation launched in April, and the shelling of a resort
                       // near Zakho on 20 July, which killed nine": events listed as nouns, each
                       // with its own day.
                       static const WordSet kEventNouns = {
                           "shelling", "bombing",  "bombardment", "killing", "assassination",
                           "ambush",   "massacre", "attack",      "strike",  "airstrike"};
                       return kEventNouns.contains(doc.word(i + 3));
                   }()) {
            add(i + 2);
        } else if (s == "," && i + 3 < end &&
                   (doc.lower(i + 1) == "and" || doc.lower(i + 1) == "while") &&
                   (doc.lower(i + 2) == "in" || doc.lower(i + 2) == "near") &&
                   doc.tokens()[i + 3].is(text::kCapitalized)) {
            // "..., and in Diwaniyah protesters blocked roads", "..., while in Basra ...":
            // another place's event
            add(i + 2);
        } else if (s == "," && i + 2 < end && doc.lower(i + 1) == "and" && [&] {
                       // "kidnapped three shepherds on Monday, and the bodies of two of them
                       // were found on Wednesday": the finding is told as its own event.
                       for (std::size_t k = i + 2; k < end && k < i + 5; ++k) {
                           if (is_remains_noun(doc.lower(k))) {
                               return true;
                           }
                       }
                       return false;
                   }()) {
            add(i + 2);
        } else if (may_motive && motive_phrase_at(doc, i, end) && [&] {
                       // "groups of people angry at the crime burned houses in the nearby
                       // village": the anger's object is a short phrase, and the people's own
                       // act after it stays in their clause (not split off as a motive).
                       if (w != "angry" && w != "furious" && w != "angered" && w != "enraged" &&
                           w != "incensed" && w != "outraged") {
                           return true;
                       }
                       for (std::size_t k = i + 3; k < end && k < i + 7; ++k) {
                           const auto& t = doc.tokens()[k];
                           if (!t.is(text::kWord) || t.is(text::kCapitalized)) {
                               return true;
                           }
                           const auto x = doc.lower(k);
                           if ((x == "burned" || x == "burnt" || x == "torched" || x == "stormed" ||
                                x == "attacked" || x == "set" || x == "looted" || x == "blocked") &&
                               doc.lower(k - 1) != "the" && doc.lower(k - 1) != "a") {
                               return false;
                           }
                       }
                       return true;
                   }()) {
            // "Jets struck bases in retaliation for a rocket attack that killed a contractor":
            // the motive is another event, with its own weapons, dead and date.
            add(i);
        } else if ((w == "result" || w == "resulted" || w == "resulting") && i + 1 < end &&
                   doc.lower(i + 1) == "in") {
            add(i);
        } else if (w == "led" && i + 1 < end && doc.lower(i + 1) == "to") {
            add(i);
        }
    }
}

} // namespace conflictmap::events
