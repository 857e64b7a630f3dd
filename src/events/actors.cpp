#include "events/actors.hpp"

#include "events/phrase_table.hpp"
#include "events/token_classes.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>

namespace conflictmap::events {

namespace {

using text::Document;

struct ActorEntry {
    const char* name;
    int inter;
    bool needs_country;
    bool civilian;
    bool armed;
    bool exact_case; ///< match only the surface in capitals ("IS", "KH", "CTS")
};

struct Demonym {
    std::string_view word;
    std::string_view country;
};

constexpr std::array<Demonym, 44> kDemonyms = {{
    {"us", "United States"},
    {"american", "United States"},
    {"americans", "United States"},
    {"iraqi", "Iraq"},
    {"iraqis", "Iraq"},
    {"iranian", "Iran"},
    {"iran", "Iran"},
    {"turkish", "Turkey"},
    {"turkey", "Turkey"},
    {"british", "United Kingdom"},
    {"uk", "United Kingdom"},
    {"israeli", "Israel"},
    {"israel", "Israel"},
    {"syrian", "Syria"},
    {"french", "France"},
    {"german", "Germany"},
    {"russian", "Russia"},
    {"saudi", "Saudi Arabia"},
    {"jordanian", "Jordan"},
    {"kuwaiti", "Kuwait"},
    {"canadian", "Canada"},
    {"australian", "Australia"},
    {"danish", "Denmark"},
    {"italian", "Italy"},
    {"spanish", "Spain"},
    {"dutch", "Netherlands"},
    {"norwegian", "Norway"},
    {"polish", "Poland"},
    {"lebanese", "Lebanon"},
    {"egyptian", "Egypt"},
    {"pakistani", "Pakistan"},
    {"indian", "India"},
    {"filipino", "Philippines"},
    {"nepali", "Nepal"},
    {"chinese", "China"},
    {"korean", "South Korea"},
    {"japanese", "Japan"},
    {"swedish", "Sweden"},
    {"finnish", "Finland"},
    {"belgian", "Belgium"},
    {"czech", "Czech Republic"},
    {"romanian", "Romania"},
    {"hungarian", "Hungary"},
    {"emirati", "United Arab Emirates"},
}};

const PhraseTable<ActorEntry>& actor_table() {
    static const PhraseTable<ActorEntry> table = [] {
        PhraseTable<ActorEntry> t;
        auto add = [&t](ActorEntry e, std::initializer_list<const char*> phrases) {
            for (const char* p : phrases) {
                t.add(p, e);
            }
        };
        add({"Islamic State", 2, true, false, true, false},
            {"islamic state", "isis", "isil", "daesh", "islamic state of iraq and syria",
             "islamic state of iraq and the levant", "islamic state group", "jihadists", "jihadis",
             "da esh"});
        add({"Islamic State", 2, true, false, true, true}, {"is"});
        add({"Kataib Hezbollah", 3, false, false, true, false},
            {"kataib hezbollah", "kataeb hezbollah", "kataib hizballah", "kataib hizbullah",
             "hezbollah brigades", "kataib hezbollah militia"});
        add({"Kataib Hezbollah", 3, false, false, true, true}, {"kh"});
        add({"Asaib Ahl al-Haq", 3, false, false, true, false},
            {"asaib ahl al haq", "asaib ahl al hak", "league of the righteous"});
        add({"Harakat al-Nujaba", 3, false, false, true, false},
            {"harakat al nujaba", "harakat hezbollah al nujaba", "nujaba", "al nujaba"});
        add({"Kataib Sayyid al-Shuhada", 3, false, false, true, false},
            {"kataib sayyid al shuhada", "kataib sayyed al shuhada"});
        add({"Badr Organization", 3, false, false, true, false},
            {"badr organization", "badr organisation", "badr brigade", "badr brigades",
             "badr corps", "badr militia"});
        add({"Badr Organization", 3, false, false, true, false}, {"badr"});
        add({"Saraya al-Salam", 3, false, false, true, false},
            {"saraya al salam", "peace brigades", "saraya al salaam"});
        add({"Saraya Awliya al-Dam", 3, false, false, true, false},
            {"saraya awliya al dam", "saraya awliya al damm"});
        add({"Islamic Resistance in Iraq", 3, false, false, true, false},
            {"islamic resistance in iraq"});
        add({"Popular Mobilization Forces", 3, false, false, true, false},
            {"popular mobilization forces", "popular mobilisation forces",
             "popular mobilization units", "popular mobilisation units", "hashd al shaabi",
             "al hashd al shaabi", "hashd", "al hashd", "popular mobilization committee", "pmf",
             "pmu", "popular mobilisation", "popular mobilization"});
        add({"Iran-backed militias", 3, true, false, true, false}, {"iran backed militias",
                                                                    "iran backed militia",
                                                                    "iran aligned militias",
                                                                    "iran aligned militia",
                                                                    "pro iran militias",
                                                                    "pro iranian militias",
                                                                    "iranian proxies",
                                                                    "iranian backed militias",
                                                                    "iran backed groups",
                                                                    "iran backed shia militias",
                                                                    "shia militias",
                                                                    "shiite militias",
                                                                    "iran backed factions",
                                                                    "iran backed armed groups",
                                                                    "iran backed iraqi militias",
                                                                    "iran aligned factions",
                                                                    "iran aligned groups",
                                                                    "tehran backed militias",
                                                                    "tehran backed militia",
                                                                    "tehran backed groups",
                                                                    "tehran backed factions",
                                                                    "tehran aligned militias",
                                                                    "tehran aligned factions"});
        add({"Military Forces of Iran", 8, false, false, true, false},
            {"islamic revolutionary guard corps", "revolutionary guard", "revolutionary guards",
             "irgc", "quds force", "iranian forces", "iranian military", "iranian army",
             "iranian revolutionary guard"});
        add({"Military Forces of the United States", 8, false, false, true, false},
            {"us forces", "us troops", "american troops", "us military", "us marines", "marines",
             "us soldiers", "american soldiers", "us army", "pentagon", "us special forces",
             "centcom", "us central command", "american forces", "us service members",
             "us servicemen", "us personnel", "american personnel", "us navy", "us air force",
             "department of defense",
             // (the name written out: "United States forces struck more than 85 targets")
             "united states forces", "united states military", "united states troops",
             "united states navy", "united states air force", "united states army"});
        add({"Global Coalition Against Daesh", 8, false, false, true, false},
            {"coalition", "us led coalition", "international coalition", "anti isis coalition",
             "anti is coalition", "global coalition", "operation inherent resolve", "cjtf oir",
             "coalition forces", "coalition troops", "us led anti isis coalition",
             "coalition personnel", "inherent resolve"});
        add({"NATO Mission Iraq", 8, false, false, true, false}, {"nato mission iraq", "nato"});
        add({"Military Forces of Iraq", 1, false, false, true, false},
            {"iraqi security forces", "iraqi forces", "iraqi army", "iraqi troops",
             "iraqi soldiers", "iraqi military", "counter terrorism service",
             "counter terrorism forces", "iraqi special forces", "special forces",
             "security forces", "army", "soldiers", "soldier", "troops", "rapid response division",
             "emergency response division", "border guards", "iraqi commandos",
             "joint operations command", "security media cell", "iraqi air force",
             "iraqi warplanes", "iraqi jets", "army patrol", "army vehicle", "federal forces",
             "iraqi government forces",
             // (a state's forces by another name: "Iraqi counter-terrorism units", "Syrian
             // government forces", "regime troops", the demonym before naming the state)
             "counter terrorism units", "counter terrorism troops", "army units",
             "government forces", "government troops", "pro government forces"});
        // (Syria's: "regime forces" are Assad's)
        add({"Military Forces of Syria", 1, false, false, true, false},
            {"regime forces", "regime troops", "syrian regime forces", "assad forces",
             "syrian arab army", "pro regime forces", "pro assad forces"});
        add({"Military Forces of Iraq", 1, false, false, true, true}, {"isf", "cts", "ia"});
        add({"Police Forces of Iraq", 1, false, false, true, false},
            {"police", "policemen", "iraqi police", "federal police", "police officers",
             "traffic police", "police patrol", "police station", "policeman", "police officer",
             "policewoman"});
        add({"Peshmerga (Kurdistan Region)", 1, false, false, true, false},
            {"peshmerga", "kurdish forces", "kurdish fighters", "zeravani", "asayish",
             "kurdish security forces", "peshmerga forces", "peshmerga fighters",
             "peshmerga soldier", "peshmerga soldiers"});
        add({"PKK: Kurdistan Workers' Party", 2, false, false, true, false},
            {"pkk", "kurdistan workers party", "kurdistan workers", "hpg",
             "people s defence forces"});
        add({"YBS: Sinjar Resistance Units", 3, false, false, true, false},
            {"sinjar resistance units", "ybs", "ybş", "yazidi militia", "yazidi fighters"});
        // Iranian Kurdish parties based in the Kurdistan Region, struck by Iran.
        add({"KDPI: Democratic Party of Iranian Kurdistan", 2, false, false, true, false},
            {"kdpi", "democratic party of iranian kurdistan", "pdki", "hdka"});
        add({"Komala: Komala Party of Iranian Kurdistan", 2, false, false, true, false},
            {"komala", "komala party", "komala party of iranian kurdistan"});
        add({"PAK: Kurdistan Freedom Party", 2, false, false, true, false},
            {"kurdistan freedom party"});
        // The acronym only in capitals: "Pak" is the second word of Salman Pak, the town
        // south-east of Baghdad, whose name the acronym otherwise cut to "Salman" (Muthanna).
        add({"PAK: Kurdistan Freedom Party", 2, false, false, true, true}, {"pak"});
        add({"PJAK: Party of Free Life of Kurdistan", 2, false, false, true, false},
            {"pjak", "party of free life of kurdistan"});
        // Syria's armed opposition and the forces of its north-east: non-state groups, not an
        // army of a state ("the Syrian National Army took Manbij" is no "army" of Iraq).
        add({"SDF: Syrian Democratic Forces", 2, false, false, true, false},
            {"syrian democratic forces", "ypg", "people s protection units", "kurdish led forces",
             "kurdish led syrian democratic forces"});
        add({"SDF: Syrian Democratic Forces", 2, false, false, true, true}, {"sdf"});
        add({"SNA: Syrian National Army", 2, false, false, true, false},
            {"syrian national army", "free syrian army", "turkish backed factions",
             "turkey backed factions", "turkish backed syrian factions",
             "turkish backed fighters"});
        add({"SNA: Syrian National Army", 2, false, false, true, true}, {"sna", "fsa"});
        add({"HTS: Hayat Tahrir al-Sham", 2, false, false, true, false},
            {"hayat tahrir al sham", "tahrir al sham", "nusra front", "al nusra front",
             "jabhat al nusra", "jabhat fateh al sham"});
        add({"HTS: Hayat Tahrir al-Sham", 2, false, false, true, true}, {"hts"});
        add({"Military Forces of Turkey", 8, false, false, true, false},
            {"turkish forces", "turkish army", "turkish military", "turkish troops", "turkish jets",
             "turkish drone", "turkish drones", "turkish warplanes", "turkish artillery",
             "turkish armed forces", "turkish soldiers", "turkish air force", "turkish aircraft"});
        add({"Military Forces of Israel", 8, false, false, true, false},
            {"israeli jets", "israeli drone", "israeli warplanes", "israeli military",
             "israeli forces", "israeli aircraft"});
        add({"Protesters", 6, true, false, false, false},
            {"protesters", "protestors", "demonstrators", "protester", "demonstrator", "crowds",
             "crowd", "activists", "sit in participants", "students", "supporters", "sadrists",
             "followers"});
        add({"Rioters", 5, true, false, false, false},
            {"rioters", "mob", "angry crowd", "tribesmen", "members of a tribe", "tribe members",
             "clan members", "members of a clan",
             // (kin taking revenge: "relatives of the victims set fire to houses")
             "relatives of the victims", "relatives of the dead", "relatives of the slain"});
        add({"Civilians", 7, true, true, false, false},
            {"civilians", "civilian", "residents", "villagers", "farmers", "shepherds", "children",
             "shepherd", "farmer", "villager", "resident", "child", "boy", "girl", "mukhtar",
             "tourists", "holidaymakers", "students", "teachers", "merchant", "shopkeeper", "women",
             "pilgrims", "worshippers", "journalist", "journalists", "aid worker", "aid workers",
             "activist", "contractor", "contractors", "civilian contractor", "driver", "drivers",
             "family", "doctor", "doctors", "passengers", "truck drivers", "civil society",
             "teacher", "engineer", "engineers", "worker", "workers", "researcher", "academic",
             "writer", "novelist", "poet", "blogger", "lawyer", "businessman", "shop owner",
             "professor", "photographer", "photojournalist", "photographers", "reporters",
             "cameraman", "reporter", "analyst", "nurse", "pharmacist", "student", "woman", "man",
             "tribal sheikh", "tribal leader", "tribal elder", "tribal chief", "cleric", "imam",
             "judge", "candidate", "fisherman", "fishermen", "herder", "herders", "taxi driver",
             "activists", "organiser", "organizer", "physician", "surgeon", "dentist", "paramedic",
             "owner", "shop owners", "traders", "trader", "singer", "artist", "athlete",
             "footballer", "preacher", "priest", "lawyers", "physicians", "money changer",
             "exchange dealer", "jeweller", "butcher", "baker", "tailor", "electrician", "mechanic",
             "guests", "wedding guests", "picnickers", "father", "mother", "son", "sons",
             "daughter", "daughters", "wife", "husband", "infant", "baby", "babies", "toddler",
             "grandmother", "grandfather", "boys", "girls", "mothers", "watchman", "watchmen",
             "families", "citizen", "citizens", "interpreter", "translator", "missionary",
             "party official", "party officials", "party member", "party members", "politician",
             "lawmaker", "local official", "local politician", "official of a political party",
             "member of a political party", "hunters", "hunter", "truffle hunters",
             "truffle hunter", "truffle gatherers", "truffle gatherer", "truffle pickers",
             "gatherers", "headman", "village headman", "village chief", "mukhtars",
             // (people back from or fleeing war,
             // pupils, clearance and rescue crews)
             "returnee", "returnees", "evacuees", "pupils", "pupil", "schoolchildren", "deminers",
             "deminer", "rescuers", "firefighters", "clerk", "cook", "waiter", "technician",
             "technicians",
             // (captives killed: "hostages held by the PKK were found dead")
             "hostages", "captives", "abductees",
             // (crowds at rites and markets, tradesmen: "gunmen shot at mourners in Baqubah",
             // "at a barber in Mosul")
             "mourners", "mourner", "shoppers", "passers-by", "passersby", "bystanders",
             "customers", "worshipers", "worshipper", "pilgrim", "barber", "barbers", "vendor",
             "vendors", "street vendor", "labourer", "labourers", "laborer", "laborers"});
        // (Unarmed officials attacked are civilians too; not "the mayor's office", a building.)
        add({"Civilians", 7, true, true, false, false},
            {"local official", "council member", "election official", "member of parliament",
             "members of parliament", "parliamentarian", "parliamentarians",
             "head of the provincial council", "provincial council member", "council chairman"});
        add({"Unidentified Armed Group", 3, true, false, true, false},
            {"gunmen", "unidentified gunmen", "unknown gunmen", "armed men", "armed man", "gunman",
             "militants", "assailants", "attackers", "unknown assailants", "assailant",
             "unknown assailant", "insurgents", "unidentified attackers", "masked gunmen",
             "armed group", "unidentified armed group", "militant cells", "cells"});
        return t;
    }();
    return table;
}

} // namespace

namespace {

/// The demonym index: a set probe (mostly rejected by length) before the map.
class DemonymIndex {
public:
    static const DemonymIndex& get() {
        static const DemonymIndex index;
        return index;
    }
    /// Word: a std::string_view, or a HashedWord whose hash is reused.
    template <class Word>
    std::string_view country(const Word& w) const {
        if (!words_.contains(w)) {
            return {};
        }
        const auto it = country_.find(w);
        return it == country_.end() ? std::string_view() : it->second;
    }
    /// Lets through every demonym (and some other words).
    const WordFilter& filter() const noexcept { return words_.filter(); }

private:
    DemonymIndex() : words_(all_words()) {
        for (const auto& d : kDemonyms) {
            country_.emplace(d.word, d.country);
        }
    }
    static std::vector<std::string_view> all_words() {
        std::vector<std::string_view> words;
        for (const auto& d : kDemonyms) {
            words.push_back(d.word);
        }
        return words;
    }

    WordSet words_;
    std::unordered_map<std::string_view, std::string_view, TransparentHash, std::equal_to<>>
        country_;
};

/// ACLED's inter code of a country's forces: state forces (1) for Iraq's and for Syria's, which
/// act in their own countries ("the Syrian army retook Palmyra": the government regaining a
/// town), external forces (8) for the others.
int forces_inter(std::string_view country) {
    return country == "Iraq" || country == "Syria" ? 1 : 8;
}

/// As country_of_demonym, with the token's hash already computed (find_actors asks for every
/// token).
std::string_view country_of_demonym_word(const text::HashedWord& w) {
    return DemonymIndex::get().country(w);
}

/// The country of the demonym that ends right before token i (not before begin), and where it
/// starts: "Turkish", "US", and "U.S." / "U.K." written with stops.
std::pair<std::string_view, std::size_t> demonym_before(const Document& doc, std::size_t i,
                                                        std::size_t begin) {
    if (i >= begin + 4 && doc.surface(i - 1) == "." && doc.surface(i - 3) == "." &&
        doc.lower(i - 4) == "u" && (doc.lower(i - 2) == "s" || doc.lower(i - 2) == "k")) {
        return {doc.lower(i - 2) == "s" ? "United States" : "United Kingdom", i - 4};
    }
    if (i > begin) {
        return {DemonymIndex::get().country(doc.lower(i - 1)), i - 1};
    }
    return {{}, i};
}

} // namespace

std::string_view country_of_demonym(std::string_view w) {
    return DemonymIndex::get().country(w);
}

std::string_view country_of_demonym(const text::HashedWord& w) {
    return DemonymIndex::get().country(w);
}

const WordFilter& actor_opener_filter() {
    // Every branch of find_actors's loop needs its token to open an actor phrase, be a demonym
    // or be the "u" of "U.S.": one filter of all three passes over most tokens (it rejects only
    // words none of them takes).
    static const WordFilter kOpeners = [] {
        WordFilter f = actor_table().first_word_filter();
        f.add(DemonymIndex::get().filter());
        f.add("u", text::HashedWord::hash_of("u"));
        f.add("united", text::HashedWord::hash_of("united")); // ("The United States struck")
        return f;
    }();
    return kOpeners;
}

std::vector<ActorMention> find_actors(const Document& doc, std::size_t begin, std::size_t end) {
    std::vector<ActorMention> out;
    out.reserve((end - begin) / 16 + 1); // (about one mention in 20 tokens: few regrowths)
    const auto& table = actor_table();
    // (Only the tokens actor_opener_filter lets through: by the tokens' classes.)
    const std::uint8_t* const classes = token_classes(doc);
    for (std::size_t i = begin; i < end;) {
        i = text::next_of_class(classes, i, end, kActorOpener);
        if (i >= end) {
            break;
        }
        // Longest dictionary phrase, allowing a leading demonym ("German aid worker").
        const auto m = table.match(doc, i, end);
        if (m && (!m->payload->exact_case || doc.surface(i) == std::string_view("IS") ||
                  (doc.tokens()[i].is(text::kAllUpper) && m->length == 1))) {
            // "IS" must be in capitals and not the verb "is".
            if (m->payload->exact_case && doc.surface(i) != "IS" && doc.lower(i) == "is") {
                ++i;
                continue;
            }
            // "Qayyarah (IS-held, Nineveh)", "PKK-controlled areas": who holds a place, not who
            // acted there.
            if (const std::size_t after = i + m->length;
                after < end && doc.tokens()[after].is(text::kHyphenBefore) &&
                (doc.lower(after) == "held" || doc.lower(after) == "controlled" ||
                 doc.lower(after) == "occupied" || doc.lower(after) == "run")) {
                i = after;
                continue;
            }
            ActorMention a;
            a.begin = i;
            a.end = i + m->length;
            a.name = m->payload->name;
            a.inter = m->payload->inter;
            a.needs_country = m->payload->needs_country;
            a.civilian = m->payload->civilian;
            a.armed = m->payload->armed;
            // A demonym before a civilian or generic actor names its country: "US civilian
            // contractor" -> Civilians (United States).
            if (a.needs_country && i > begin) {
                std::size_t k = i;
                while (k > begin && (doc.lower(k - 1) == "civilian" || doc.lower(k - 1) == "aid" ||
                                     doc.lower(k - 1) == "foreign")) {
                    --k;
                }
                if (k > begin) {
                    if (const auto [c, at] = demonym_before(doc, k, begin); !c.empty()) {
                        a.name += " (" + std::string(c) + ")";
                        a.needs_country = false;
                        a.begin = at;
                    }
                }
            }
            // A demonym before generic forces: "Turkish soldiers", "British servicemen".
            if (a.name == "Military Forces of Iraq" && i > begin) {
                const auto [c, at] = demonym_before(doc, i, begin);
                if (!c.empty() && c != "Iraq") {
                    a.name = c == "United States" ? "Military Forces of the United States"
                                                  : "Military Forces of " + std::string(c);
                    a.inter = forces_inter(c);
                    a.begin = at;
                }
            }
            // "a former army officer", "a retired police colonel": no longer armed, a civilian.
            if ((a.inter == 1 || a.inter == 2) && a.begin > begin &&
                (doc.lower(a.begin - 1) == "former" || doc.lower(a.begin - 1) == "retired" ||
                 doc.lower(a.begin - 1) == "ex")) {
                a.name = "Civilians";
                a.inter = 7;
                a.civilian = true;
                a.armed = false;
                a.needs_country = true;
                --a.begin;
            }
            // "IS militants", "PKK fighters", "Kataib Hezbollah members": the group's own
            // people, one mention (not a second, unidentified group).
            if (!a.civilian && a.name != "Unidentified Armed Group") {
                // (past a bracketed gloss: "Islamic State (ISIS) militants", "(داعش)")
                if (a.end + 2 < end && doc.surface(a.end) == "(") {
                    std::size_t close = a.end + 1;
                    while (close < end && close < a.end + 5 && doc.surface(close) != ")") {
                        ++close;
                    }
                    if (close + 1 < end && doc.surface(close) == ")") {
                        const auto nx = doc.lower(close + 1);
                        if (nx == "militants" || nx == "fighters" || nx == "gunmen" ||
                            nx == "members" || nx == "insurgents" || nx == "jihadists") {
                            a.end = close + 1;
                        }
                    }
                }
                while (a.end < end) {
                    const auto nx = doc.lower(a.end);
                    if (nx != "militants" && nx != "fighters" && nx != "gunmen" &&
                        nx != "members" && nx != "insurgents" && nx != "jihadists" &&
                        nx != "elements" && nx != "cells" && nx != "militant" && nx != "fighter" &&
                        nx != "member" && nx != "operatives") {
                        break;
                    }
                    ++a.end;
                }
            }
            out.push_back(std::move(a));
            i = a.end > i + m->length ? a.end : i + m->length;
            continue;
        }
        // A country acting with force: "Iran responded with missiles", "Turkey struck".
        // (also in two words: "The United States struck 85 targets")
        const bool united_states = i + 2 < end && doc.lower(i) == "united" &&
                                   doc.lower(i + 1) == "states" &&
                                   doc.tokens()[i + 1].is(text::kCapitalized);
        const auto c = united_states ? std::string_view("United States")
                                     : country_of_demonym_word(doc.word(i));
        if (!c.empty() && doc.tokens()[i].is(text::kCapitalized) && i + 1 < end) {
            static const WordSet kForceVerbs = {"responded", "retaliated", "fired",   "launched",
                                                "attacked",  "struck",     "bombed",  "shelled",
                                                "shot",      "targeted",   "hit",     "carried",
                                                "conducted", "pounded",    "strikes", "attacks"};
            std::size_t k = united_states ? i + 2 : i + 1;
            if (k < end && (doc.lower(k) == "has" || doc.lower(k) == "had" ||
                            doc.lower(k) == "also" || doc.lower(k) == "then")) {
                ++k;
            }
            // ("The US struck", written in capitals; not the pronoun: "attacked us")
            const bool us = doc.lower(i) == "us" && doc.tokens()[i].is(text::kAllUpper);
            if (k < end && kForceVerbs.contains(doc.word(k)) && (doc.lower(i) != "us" || us) &&
                doc.lower(i) != "american") {
                ActorMention a;
                a.begin = i;
                a.end = united_states ? i + 2 : i + 1;
                a.name = c == "United States" ? std::string("Military Forces of the United States")
                                              : "Military Forces of " + std::string(c);
                a.inter = forces_inter(c);
                a.armed = true;
                out.push_back(std::move(a));
                i = united_states ? i + 2 : i + 1;
                continue;
            }
        }
        // Demonym + force noun not in the dictionary: "British servicemen", "French jets";
        // also "U.S. troops" written with stops (four tokens before the noun).
        std::size_t noun = i + 1;
        std::string_view country = c;
        if (c.empty() && i + 4 < end && doc.lower(i) == "u" && doc.surface(i + 1) == "." &&
            doc.surface(i + 3) == "." && doc.tokens()[i].is(text::kCapitalized) &&
            (doc.lower(i + 2) == "s" || doc.lower(i + 2) == "k")) {
            country = doc.lower(i + 2) == "s" ? "United States" : "United Kingdom";
            noun = i + 4;
        }
        // (an aircraft's model between or as the noun: "Iraqi F-16 aircraft", "Iraqi F-16s
        // struck")
        bool model = false;
        if (!country.empty() && noun + 1 < end &&
            (doc.tokens()[noun].is(text::kAllUpper) || doc.tokens()[noun].is(text::kCapitalized)) &&
            doc.surface(noun).size() <= 3 && doc.tokens()[noun + 1].is(text::kHyphenBefore) &&
            (doc.tokens()[noun + 1].is(text::kNumber) ||
             doc.tokens()[noun + 1].is(text::kHasDigit))) {
            noun += 2; // (tokens "F", "16", and "s" of a plural)
            if (noun < end && doc.lower(noun) == "s" &&
                !doc.tokens()[noun].is(text::kSpaceBefore)) {
                ++noun;
            }
            model = true;
        }
        // ("US fighter jets", "Turkish attack helicopters", "American special forces")
        if (!country.empty() && noun + 1 < end) {
            static const WordSet kKind = {"fighter", "war",     "attack", "combat",
                                          "armed",   "special", "ground", "unmanned"};
            if (kKind.contains(doc.word(noun))) {
                ++noun;
            }
        }
        if (!country.empty() && noun <= end) {
            const auto nx = noun < end ? doc.lower(noun) : text::TokenText();
            static const WordSet kForce = {
                "servicemen",  "service",    "troops",   "soldiers",   "forces",    "jets",
                "warplanes",   "drone",      "drones",   "military",   "army",      "aircraft",
                "medic",       "personnel",  "soldier",  "serviceman", "marine",    "marines",
                "trooper",     "sailor",     "airman",   "officer",    "artillery", "warplane",
                "helicopters", "helicopter", "gunboats", "tanks",      "shelling",  "airstrikes",
                "airstrike",   "strikes",    "strike",   "missiles",   "missile",   "rockets",
                "navy",        "air",        "bombers",  "bomber",     "gunships",  "gunship",
                "commandos",   "howitzers"};
            if (model || kForce.contains(nx)) {
                ActorMention a;
                a.begin = i;
                a.end = model && !kForce.contains(nx) ? noun : noun + 1;
                a.name = country == "United States" ? "Military Forces of the United States"
                                                    : "Military Forces of " + std::string(country);
                a.inter = forces_inter(country);
                a.armed = true;
                i = a.end; // (past the model alone when a verb follows it: "F-16s struck")
                out.push_back(std::move(a));
                continue;
            }
        }
        ++i;
    }
    return out;
}

std::string attribution_of(const Document& doc, std::size_t sb, std::size_t se, std::size_t b,
                           std::size_t e) {
    // Who is blamed comes after the verb ("Washington blamed KH", "blamed on KH", "accused KH
    // of"); who claims comes before it or after "by" ("IS claimed", "claimed by IS");
    // suspicion words may stand on either side ("suspected IS cell", "KH is suspected").
    static const WordSet kBlame = {"blamed",  "blames", "blame", "accused",
                                   "accuses", "accuse", "finger"};
    static const WordSet kSuspect = {"suspected", "suspect", "likely",    "believed", "probably",
                                     "possibly",  "thought", "suspicion", "presumed", "apparently"};
    auto has = [&](const WordSet& words, std::size_t i) { return words.contains(doc.word(i)); };
    // (The three scans below act only on these words: they are skipped when the sentences of
    // the words they scan cannot hold them. A word added to kBlame or kSuspect, or acted on
    // below, must be added here.)
    static constexpr text::ScanWords kSuspectOrBlame{
        "suspected", "suspect",   "likely",   "believed",   "probably", "possibly",
        "thought",   "suspicion", "presumed", "apparently", "blamed",   "blames",
        "blame",     "accused",   "accuses",  "accuse",     "finger",   "held"};
    const std::size_t before_lo = b > sb + 6 ? b - 6 : sb;
    const bool may_suspect_or_blame = doc.may_hold<kSuspectOrBlame>(before_lo, b) ||
                                      doc.may_hold<kSuspectOrBlame>(e, std::min(se, e + 6));
    const std::size_t after_hi = may_suspect_or_blame ? std::min(se, e + 6) : e;
    for (std::size_t i = before_lo; may_suspect_or_blame && i < b; ++i) {
        if (has(kSuspect, i)) {
            return "suspicion";
        }
    }
    for (std::size_t i = e; i < after_hi; ++i) {
        if (has(kSuspect, i) && (doc.lower(i) == "suspected" || doc.lower(i) == "believed")) {
            return "suspicion"; // "KH is suspected", "IS is believed to"
        }
    }
    for (std::size_t i = before_lo; may_suspect_or_blame && i < b; ++i) {
        if (has(kBlame, i)) {
            return "blame";
        }
        if (doc.lower(i) == "held" && e < se && doc.lower(e) == "responsible") {
            return "blame";
        }
    }
    static constexpr text::ScanWords kClaims{"admitted", "claims", "claiming", "claimed"};
    const std::size_t claim_hi = std::min(se, e + 3);
    for (std::size_t i = e < claim_hi && doc.may_hold<kClaims>(e, claim_hi) ? e : claim_hi;
         i < claim_hi; ++i) {
        const auto w = doc.lower(i);
        if (w == "claimed" || w == "claims" || w == "claiming" || w == "admitted") {
            return "claim";
        }
    }
    if (b >= sb + 2 && doc.lower(b - 1) == "by" &&
        (doc.lower(b - 2) == "claimed" || doc.lower(b - 2) == "blamed")) {
        return doc.lower(b - 2) == "claimed" ? "claim" : "blame";
    }
    return "stated";
}

} // namespace conflictmap::events
