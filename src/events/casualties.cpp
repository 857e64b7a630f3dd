#include "events/casualties.hpp"

#include "events/date_expressions.hpp"
#include "events/phrase_table.hpp"
#include "events/token_classes.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace conflictmap::events {

// (unit_word and tens_word by the word's length, each word of that length compared inline:
// asked of most words near a casualty verb, and of a number word twice; a set's probe and a
// library compare of each word of the length had cost about 1.5M instructions per MiB.)
int unit_number(std::string_view w) {
    using text::equals_literal;
    switch (w.size()) {
    case 3:
        return equals_literal(w, "one")   ? 1
               : equals_literal(w, "two") ? 2
               : equals_literal(w, "six") ? 6
               : equals_literal(w, "ten") ? 10
                                          : -1;
    case 4:
        return equals_literal(w, "zero")   ? 0
               : equals_literal(w, "four") ? 4
               : equals_literal(w, "five") ? 5
               : equals_literal(w, "nine") ? 9
                                           : -1;
    case 5:
        return equals_literal(w, "three")   ? 3
               : equals_literal(w, "seven") ? 7
               : equals_literal(w, "eight") ? 8
                                            : -1;
    case 6:
        return equals_literal(w, "eleven") ? 11 : equals_literal(w, "twelve") ? 12 : -1;
    case 7:
        return equals_literal(w, "fifteen") ? 15 : equals_literal(w, "sixteen") ? 16 : -1;
    case 8:
        return equals_literal(w, "thirteen")   ? 13
               : equals_literal(w, "fourteen") ? 14
               : equals_literal(w, "eighteen") ? 18
               : equals_literal(w, "nineteen") ? 19
                                               : -1;
    case 9:
        return equals_literal(w, "seventeen") ? 17 : -1;
    default:
        return -1;
    }
}

namespace {

using text::Document;

int tens_number(std::string_view w) {
    using text::equals_literal;
    switch (w.size()) {
    case 5:
        return equals_literal(w, "forty")   ? 40
               : equals_literal(w, "fifty") ? 50
               : equals_literal(w, "sixty") ? 60
                                            : -1;
    case 6:
        return equals_literal(w, "twenty")   ? 20
               : equals_literal(w, "thirty") ? 30
               : equals_literal(w, "eighty") ? 80
               : equals_literal(w, "ninety") ? 90
                                             : -1;
    case 7:
        return equals_literal(w, "seventy") ? 70 : -1;
    default:
        return -1;
    }
}

constexpr text::WordOpeners kTensWordOpeners = text::opener_bits(
    {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"});
/// "twenty" .. "ninety" (lower case) as a number, else -1 (most words ruled out inline, as
/// unit_word's).
[[gnu::always_inline]] inline int tens_word(std::string_view w) {
    return text::may_open(kTensWordOpeners, w) ? tens_number(w) : -1;
}

/// Token k writes a number, in digits or in words ("14", "nine", "twenty").
bool number_at(const Document& d, std::size_t k) {
    return d.tokens()[k].is(text::kNumber) || unit_word(d.lower(k)) > 0 ||
           tens_word(d.lower(k)) > 0;
}

const WordSet kPersonNouns = {
    "people", "person", "persons", "civilian", "civilians", "soldier", "soldiers", "troops",
    "trooper", "troopers", "serviceman", "servicemen", "servicemembers", "servicewoman",
    "personnel", "member", "members", "fighter", "fighters", "militant", "militants", "insurgent",
    "insurgents", "policeman", "policemen", "officer", "officers", "guard", "guards", "marine",
    "marines", "contractor", "contractors", "worker", "workers", "child", "children", "woman",
    "women", "man", "men", "protester", "protesters", "protestor", "protestors", "demonstrator",
    "demonstrators", "student", "students", "farmer", "farmers", "shepherd", "shepherds",
    "villager", "villagers", "pilgrim", "pilgrims", "worshipper", "worshippers", "resident",
    "residents", "passenger", "passengers", "driver", "drivers", "journalist", "journalists",
    "medic", "medics", "doctor", "doctors", "commander", "commanders", "leader", "leaders",
    "official", "officials", "employee", "employees", "recruit", "recruits", "gunman", "gunmen",
    "attacker", "attackers", "bomber", "jihadist", "jihadists", "others", "boy", "girl", "boys",
    "girls", "sheikh", "cleric", "imam", "judge", "elder", "candidate", "fisherman", "fishermen",
    "herder", "herders",
    // (One set, where there had been two: one probe for a word in neither.)
    "americans", "iraqis", "kurds", "yazidis", "peshmerga", "agents", "cadets", "staff",
    "relatives", "brothers", "sons", "son", "daughter", "daughters", "wife", "husband", "family",
    "teenager", "teenagers", "infant", "baby", "babies", "elders", "commando", "commandos",
    "terrorists", "suspects", "activist", "activists", "wali", "emir", "extremist", "extremists",
    "tourists", "holidaymakers", "tourist", "mukhtar", "headman", "gatherers", "teacher",
    "teachers", "engineer", "engineers", "trader", "traders", "labourers", "labourer", "nurse",
    "nurses", "lawyer", "clerics", "mayor", "governor", "candidates", "voters", "refugees",
    "briton", "britons", "foreigner", "foreigners", "westerners", "displaced", "detainees",
    "prisoners", "inmates", "hostages", "shopkeeper", "shopkeepers", "merchant", "merchants",
    "researcher", "lecturer", "academic", "professor", "writer", "businessman", "businessmen",
    "reporter", "reporters", "photographer", "cameraman", "blogger", "poet", "brother", "sister",
    "sisters", "father", "mother", "uncle", "nephew", "nephews", "cousin", "cousins", "grandson",
    "sheikhs", "tribesman", "tribesmen", "bodyguard", "bodyguards", "chief", "owner", "owners",
    "vendor", "vendors", "pharmacist", "lawyers", "judges", "barber", "jeweller", "jeweler",
    "goldsmith", "hunters", "hunter", "smuggler", "smugglers", "servant", "servants", "guardsman",
    "policewoman", "conscript", "conscripts", "volunteer", "volunteers", "colonel", "lieutenant",
    "captain", "sergeant", "brigadier", "operative", "operatives", "collaborator", "informant",
    "informants", "militiaman", "militiamen", "paramilitary", "paramilitaries", "lady", "ladies",
    "youth", "youths", "youngster", "youngsters", "pensioner", "patient", "patients", "companion",
    "companions", "assistant", "assistants", "aide", "aides", "deputy", "escort", "escorts",
    "physician", "physicians", "surgeon", "surgeons", "dentist", "paramedic", "paramedics",
    "priest", "singer", "artist", "athlete", "footballer", "preacher", "changer", "dealer",
    "butcher", "baker", "tailor", "electrician", "mechanic", "guests", "guest", "bride", "groom",
    "picnickers", "trafficker", "traffickers", "kidnapper", "kidnappers", "assailant", "assailants",
    "bombers", "raiders", "looters", "rioters", "sniper", "snipers", "jailer", "warden", "shoppers",
    "bystander", "bystanders", "passer", "motorist", "motorists", "cyclist", "porters", "porter",
    "diplomat", "diplomats", "advisers", "adviser", "advisors", "advisor", "trainer", "trainers",
    "sailors", "sailor", "pilot", "pilots", "airmen", "airman", "mourners", "mourner", "fans",
    "spectators", "customers", "customer", "clients", "truckers", "agent", "peacekeeper",
    "peacekeepers", "organiser", "organisers", "organizer", "organizers", "director", "directors",
    "manager", "managers", "chairman", "councillor", "councillors", "councilor", "councilors",
    "lawmaker", "lawmakers", "politician", "politicians", "general", "generals", "travellers",
    "travelers", "traveller", "traveler", "citizen", "citizens", "nationals", "interpreter",
    "interpreters", "translator", "translators", "missionary", "missionaries", "expatriate",
    "expatriates", "returnee", "returnees", "evacuee", "evacuees", "refugee", "pupil", "pupils",
    "schoolboy", "schoolboys", "schoolgirl", "schoolgirls", "toddler", "toddlers", "grandfather",
    "grandmother", "granddaughter", "grandchildren", "niece", "aunt", "daughter-in-law",
    "son-in-law", "widow", "gatekeeper", "watchman", "watchmen", "laborer", "laborers", "peddler",
    "peddlers", "fishmonger", "cook", "cooks", "waiter", "waiters", "clerk", "clerks", "technician",
    "technicians", "deminer", "deminers", "rescuer", "rescuers", "firefighter", "firefighters",
    // ("killed its three occupants", "gunmen killed a novelist": who else news names dead;
    // not "analyst", "expert" or "spokesman", each cost a held-out corpus: the people who
    // speak of the dead more often than they are among them)
    "novelist", "coach", "coaches", "influencer", "influencers", "broadcaster", "presenter",
    "scholar", "scholars", "intellectual", "columnist", "actor", "actress", "comedian", "occupants",
    "occupant", "headmaster", "midwife", "veterinarian", "writers", "poets", "artists", "singers",
    "footballers", "athletes", "rider", "riders", "motorcyclist", "motorcyclists"};

/// Words that may stand inside a noun phrase of people between the number and the noun.
const WordSet kModifiers = {
    "other", "more", "further", "civilian", "security", "army", "police", "senior", "local",
    "foreign", "coalition", "private", "military", "federal", "government", "tribal", "unarmed",
    "innocent", "young", "elderly", "female", "male", "off", "duty", "special", "forces", "service",
    "armed", "us", "u", "s", "american", "iraqi", "kurdish", "turkish", "iranian", "syrian",
    "british", "french", "shia", "sunni", "yazidi", "christian", "border", "counter", "terrorism",
    "intelligence", "defence", "defense", "paramilitary", "militia", "pro", "government", "brigade",
    "popular", "mobilisation", "mobilization", "state", "teenage", "prominent", "pregnant",
    "little", "retired", "former", "newborn", "adult",
    // ("Fourteen interior ministry guards", "two oil company workers")
    "interior", "ministry", "health", "oil", "company", "electricity", "municipal", "provincial",
    "emergency", "riot", "elite", "traffic", "customs"};

bool is_modifier(const Document& d, std::size_t i) {
    const auto& t = d.tokens()[i];
    if (t.is(text::kCapitalized) || t.is(text::kAllUpper)) {
        // (In a line of capitals a verb of saying is no name: "A COMMANDER SAID SIX FIGHTERS
        // WERE KILLED" counts six, not "a commander".)
        if (t.is(text::kAllUpper)) {
            const auto w = d.lower(i);
            if ((w == "said" || w == "says" || w == "told" || w == "reported" || w == "added" ||
                 w == "stated") &&
                text::in_capitals_sentence(d, i)) {
                return false;
            }
        }
        return true;
    }
    return kModifiers.contains(d.word(i));
}

/// Things counted in news that are not people: "three weeks", "15 rockets", "30 km".
bool is_thing_noun(std::string_view w) {
    static const WordSet kThings = {
        "days",     "weeks",      "months",     "years",     "hours",     "minutes",  "km",
        "kms",      "kilometres", "kilometers", "miles",     "metres",    "meters",   "rockets",
        "shells",   "mortars",    "missiles",   "drones",    "bombs",     "cars",     "vehicles",
        "trucks",   "houses",     "homes",      "buildings", "villages",  "times",    "projectiles",
        "rounds",   "attacks",    "strikes",    "incidents", "tonnes",    "tons",     "dollars",
        "percent",  "per",        "dunams",     "acres",     "sheep",     "cattle",   "kg",
        "grenades", "explosives", "devices",    "shops",     "positions", "hideouts", "caves",
        "tunnels",  "sites",      "targets"};
    return kThings.contains(w);
}

bool is_aux(std::string_view w) {
    static const WordSet kAux = {"was", "were", "been", "being", "is",  "are",
                                 "be",  "got",  "get",  "have",  "has", "had"};
    return kAux.contains(w);
}

bool is_adverb(std::string_view w) {
    static const WordSet kAdv = {"reportedly", "also",      "later",     "all",         "both",
                                 "critically", "seriously", "badly",     "lightly",     "slightly",
                                 "fatally",    "mortally",  "allegedly", "subsequently"};
    return kAdv.contains(w);
}

bool is_stop_preposition(std::string_view w) {
    static const WordSet kStop = {
        "including", "among",  "in",      "at",     "on",   "near",   "during", "while",
        "as",        "when",   "after",   "with",   "from", "by",     "who",    "which",
        "that",      "inside", "outside", "before", "into", "across", "since",  "following",
        "amid",      "under",  "for",     "saw",    "was",  "were",   "them"};
    return kStop.contains(w);
}

bool is_clause_punct(std::string_view s_view) {
    const text::TokenText s(s_view.data(), s_view.size()); // (literal comparisons inline)
    return s == "." || s == ";" || s == ":" || s == "(" || s == ")" || s == "\u2014" ||
           s == "\u2013" || s == "-" || s == "!" || s == "?" || s == "\"" || s == "\u201c" ||
           s == "\u201d";
}

struct Conjunct {
    std::optional<Quantity> quantity;
    bool has_person = false;
    bool plural_person = false;
    bool named = false; ///< capitalised words only: a named person
    bool zero = false;  ///< "no one", "no Americans", "nobody"
    bool kin = false;   ///< "women", "children", "men": "five women and children" is five
    /// "46 members of the security forces": the count covers the groups that follow "of"
    bool members_of = false;
    /// "three people", "three service members": a group the parts after it may break down
    bool generic = false;
};

/// Splits tokens [b, e) of a noun phrase of people at "and" / "," and reads each part.
std::vector<Conjunct> read_conjuncts(const Document& d, std::size_t b, std::size_t e) {
    std::vector<Conjunct> parts;
    Conjunct cur;
    bool cur_empty = true;
    bool all_caps_words = true;
    auto flush = [&]() {
        if (!cur_empty) {
            cur.named = cur.named || (all_caps_words && !cur.has_person && !cur.quantity);
            parts.push_back(cur);
        }
        cur = Conjunct{};
        cur_empty = true;
        all_caps_words = true;
    };
    for (std::size_t i = b; i < e; ++i) {
        const auto w = d.lower(i);
        // "According to a doctor, at least 20 people were killed": the source is no victim.
        const bool source_before =
            i == b && b >= 2 && d.lower(b - 1) == "to" && d.lower(b - 2) == "according";
        if ((w == "according" && i + 1 < e && d.lower(i + 1) == "to") || source_before) {
            std::size_t k = source_before ? i : i + 2;
            while (k < e && d.surface(k) != ",") {
                ++k;
            }
            if (k < e) {
                parts.clear();
                cur = Conjunct{};
                cur_empty = true;
                i = k;
                continue;
            }
        }
        // Asides name people already counted: "three people, among them a woman,",
        // "the activist X, one of the leaders,", "four soldiers, including an officer,".
        if (i > b && d.surface(i - 1) == "," &&
            (w == "among" || w == "including" ||
             (w == "one" && i + 1 < e && d.lower(i + 1) == "of"))) {
            flush();
            while (i < e && d.surface(i) != ",") {
                ++i;
            }
            continue;
        }
        // "a senior commander, Said Hassan, and his nephew": the name is who he is.
        if (i > b && d.surface(i - 1) == "," && !parts.empty() && parts.back().has_person &&
            cur_empty && d.tokens()[i].is(text::kCapitalized)) {
            std::size_t j = i;
            while (j < e && j < i + 5 &&
                   (d.tokens()[j].is(text::kCapitalized) || d.surface(j) == "-")) {
                ++j;
            }
            if (j + 1 < e && d.surface(j) == "," && d.lower(j + 1) == "and") {
                i = j;
                continue;
            }
            // (and where the phrase ends with the name: "A doctor, Reham Yacoub, was killed")
            if ((j == e || (j + 1 == e && d.surface(j) == ",")) && !parts.back().plural_person &&
                (!parts.back().quantity || parts.back().quantity->value == 1)) {
                break;
            }
        }
        // Ages are no counts: "two boys, aged 9 and 12,", "a girl aged between 8 and 10", "a
        // boy, 14, was killed".
        if (w == "aged" || (w == "age" && i + 1 < e && d.tokens()[i + 1].is(text::kNumber))) {
            std::size_t k = i + 1;
            // (a count of more people after "and" is no age: "a girl aged eight and three other
            // children")
            const auto count_follows = [&](std::size_t a) {
                const std::size_t n = a + 1;
                if (n + 1 >= e || !number_at(d, n)) {
                    return false;
                }
                const auto after = d.lower(n + 1);
                return d.tokens()[n + 1].is(text::kWord) && after != "years" && after != "and" &&
                       after != "months" && after != "year";
            };
            while (k < e &&
                   ((number_at(d, k) || d.lower(k) == "and" || d.lower(k) == "between" ||
                     d.lower(k) == "to" || d.lower(k) == "from" || d.surface(k) == "-" ||
                     (d.surface(k) == "," && k + 1 < e && d.tokens()[k + 1].is(text::kNumber))) &&
                    !(d.lower(k) == "and" && count_follows(k)))) {
                ++k;
            }
            i = k - 1;
            continue;
        }
        if (d.tokens()[i].is(text::kNumber) && i > b && d.surface(i - 1) == "," && cur_empty &&
            !parts.empty() && (parts.back().has_person || parts.back().named) &&
            !parts.back().plural_person &&
            (i + 1 >= e || d.surface(i + 1) == "," || d.surface(i + 1) == ")") &&
            d.number_value(i) > 0 && d.number_value(i) < 100) {
            continue;
        }
        // "Spc. Daniel R. Okafor, 20, of Austin, Texas, and ...": where a named person is
        // from, town and state, is no one else.
        if ((w == "of" || w == "from") && i > b && d.surface(i - 1) == "," && cur_empty &&
            !parts.empty() && (parts.back().named || parts.back().has_person) && i + 1 < e &&
            d.tokens()[i + 1].is(text::kCapitalized)) {
            std::size_t k = i + 1;
            while (k < e && d.tokens()[k].is(text::kCapitalized)) {
                ++k;
            }
            if (k + 1 < e && d.surface(k) == "," && d.tokens()[k + 1].is(text::kCapitalized) &&
                (k + 2 >= e || d.surface(k + 2) == ",")) {
                k += 2; // (", Texas")
            }
            i = k - 1;
            continue;
        }
        if (w == "and" || w == "," || w == "or") {
            flush();
            continue;
        }
        // "Separately, two soldiers were killed": a sentence adverb, not a named person.
        if (i == b && (w == "separately" || w == "meanwhile" || w == "however" ||
                       w == "elsewhere" || w == "later" || w == "also" || w == "earlier" ||
                       w == "overnight" || w == "yesterday" || w == "today")) {
            continue;
        }
        const bool cur_empty_before = cur_empty;
        cur_empty = false;
        // (not "no fewer than ten", a count, read below)
        if ((w == "no" &&
             !(i + 1 < e && (d.lower(i + 1) == "fewer" || d.lower(i + 1) == "less"))) ||
            w == "nobody" || w == "none") {
            cur.zero = true;
            all_caps_words = false;
            continue;
        }
        // "an unknown number of fighters": no count told, none coded.
        if ((w == "unknown" || w == "undisclosed" || w == "unspecified") && i + 1 < e &&
            d.lower(i + 1) == "number") {
            cur.zero = true;
            all_caps_words = false;
            i += 1;
            continue;
        }
        // "Since 2018, 45 civilians", "In January 2025, two boys": a year is no count.
        if (d.tokens()[i].is(text::kNumber) && d.surface(i).size() == 4 && i > 0 &&
            d.number_value(i) >= 1900 && d.number_value(i) <= 2100 &&
            (d.lower(i - 1) == "since" || d.lower(i - 1) == "in" || d.lower(i - 1) == "of" ||
             d.lower(i - 1) == "during" || d.lower(i - 1) == "until" || d.lower(i - 1) == "from" ||
             text::month_from_word(d.lower(i - 1)) != 0)) {
            all_caps_words = false;
            continue;
        }
        // "(the soldier was) one of three service members killed": the group's dead.
        if (!cur.quantity && w == "one" && i + 2 < e && d.lower(i + 1) == "of" &&
            d.tokens()[i + 2].is(text::kWord) && parse_quantity(d, i + 2, e, true).has_value()) {
            continue;
        }
        if (!cur.quantity && w == "of" && i > b && d.lower(i - 1) == "one") {
            continue;
        }
        if (!cur.quantity) {
            if (auto q = parse_quantity(d, i, e, true)) {
                // "three weeks", "15 rockets", "30 km": a number of things, not of people.
                const std::size_t nx = q->end;
                // (nor a year before what it names: "the 2019 protests", "the 2014 offensive")
                const bool year = q->end == i + 1 && year_number(d, i) > 0 && nx < e &&
                                  !is_person_noun(d.word(nx));
                if ((nx < e && is_thing_noun(d.lower(nx))) || year) {
                    i = q->end - 1;
                    all_caps_words = false;
                    continue;
                }
                cur.quantity = q;
                all_caps_words = false;
                i = q->end - 1;
                continue;
            }
        }
        if (cur.quantity && (w == "members" || w == "personnel") && i + 1 < e &&
            d.lower(i + 1) == "of") {
            cur.members_of = true;
        }
        if (is_person_noun(d.word(i))) {
            cur.generic = cur.generic || w == "people" || w == "persons" || w == "members" ||
                          w == "personnel" || w == "servicemen" || w == "servicemembers" ||
                          w == "victims";
            cur.has_person = true;
            cur.plural_person = cur.plural_person || (w.size() > 2 && w.back() == 's') ||
                                w == "people" || w == "men" || w == "women" || w == "children" ||
                                w == "personnel" || w == "troops" || w == "peshmerga" ||
                                w == "police";
            cur.kin = w == "women" || w == "children" || w == "men" || w == "boys" ||
                      w == "girls" || w == "elderly";
            all_caps_words = false;
            continue;
        }
        // Names keep their lower-case particles: "Abu Ali al-Karbalai", "Osama bin Laden".
        // (also first: "al-Saadi")
        const bool particle = (w == "al" || w == "el" || w == "bin" || w == "ibn") && i + 1 < e &&
                              d.tokens()[i + 1].is(text::kCapitalized) &&
                              ((i > b && d.tokens()[i - 1].is(text::kCapitalized)) ||
                               (cur_empty_before && d.tokens()[i + 1].is(text::kHyphenBefore)));
        if (!(d.tokens()[i].is(text::kCapitalized) || d.tokens()[i].is(text::kAllUpper)) &&
            w != "." && w != "the" && !particle) {
            all_caps_words = false;
        }
        // A day or month is no one: "killed seven people between Thursday and Saturday" is
        // seven (not eight, "Saturday" a named eighth).
        // (not "May" or "Jan", names too)
        if (text::weekday_from_word(w) >= 0 || (w.size() >= 4 && text::month_from_word(w) != 0)) {
            all_caps_words = false;
        }
    }
    flush();
    return parts;
}

/// Total people in a noun phrase; nullopt when it names nobody countable.
std::optional<std::int64_t> count_people(const Document& d, std::size_t b, std::size_t e,
                                         bool& zero, bool& absurd) {
    // "killed all three", "all four drivers": the count after "all".
    // (and after an owner: "killed its three occupants", "lost their two sons")
    if (b + 1 < e &&
        (d.lower(b) == "all" || d.lower(b) == "its" || d.lower(b) == "their" ||
         d.lower(b) == "his" || d.lower(b) == "her") &&
        parse_quantity(d, b + 1, e, false)) {
        ++b;
    }
    // "hit a car carrying three PKK members near Sidakan, killing all of them": the people
    // counted before in the sentence, when "all of them" is all the phrase says.
    // (the phrase read ends before "them", a word that ends people's phrases)
    if (b + 2 <= e && b + 2 < d.tokens().size() && d.lower(b) == "all" && d.lower(b + 1) == "of" &&
        d.lower(b + 2) == "them" &&
        (b + 3 >= d.tokens().size() || !d.tokens()[b + 3].is(text::kWord))) {
        const std::size_t sb = d.sentences()[d.sentence_of(b)].token_begin;
        for (std::size_t k = b; k > sb; --k) {
            const std::size_t q = k - 1;
            if (const auto n = parse_quantity(d, q, b, false);
                n && !n->vague && n->end < b && n->value >= 2 && n->value <= 100 && [&] {
                    for (std::size_t j = n->end; j < b && j < n->end + 3; ++j) {
                        if (is_person_noun(d.word(j))) {
                            return true;
                        }
                    }
                    return false;
                }()) {
                return n->value;
            }
        }
    }
    // "a total of 35 people were killed": the count after "a total of".
    if (b + 3 < e && (d.lower(b) == "a" || d.lower(b) == "the") && d.lower(b + 1) == "total" &&
        d.lower(b + 2) == "of") {
        b += 3;
    }
    // "between six and eighteen civilians were killed": the range's lowest, not two counts.
    if (b > 0 && d.lower(b - 1) == "between") {
        if (const auto q = parse_quantity(d, b - 1, e, false); q && !q->vague && q->end > b + 1) {
            return q->value;
        }
    }
    // "a family of six", "a refugee family of five": the family's members, counted (not those
    // "from a family of six", some of it).
    const bool some_of = b > 0 && (d.lower(b - 1) == "from" || d.lower(b - 1) == "of");
    for (std::size_t k = b; !some_of && k + 2 < e && k < b + 4; ++k) {
        if (d.lower(k) == "family" && d.lower(k + 1) == "of") {
            if (const auto q = parse_quantity(d, k + 2, e, false);
                q && !q->vague && q->value >= 2 && q->value <= 30 &&
                (q->end >= e || !is_person_noun(d.word(q->end)))) {
                return q->value;
            }
        }
    }
    const auto parts = read_conjuncts(d, b, e);
    if (parts.empty()) {
        return std::nullopt;
    }
    bool any_person = false;
    for (const auto& p : parts) {
        any_person = any_person || p.has_person;
        zero = zero || p.zero;
    }
    // "three people, two men and a woman", "three coalition service members, two Americans and
    // one Briton": the parts after the first break its count down (when they add up to it, the
    // lowest reading: the same people, not six).
    // (Not a list of groups: "3 soldiers, 2 policemen and 1 civilian worker" are six.)
    if (parts.size() >= 3 && parts[0].quantity && parts[0].has_person && parts[0].generic &&
        !parts[0].quantity->vague) {
        std::int64_t rest = 0;
        bool all_counted = true;
        for (std::size_t k = 1; k < parts.size(); ++k) {
            all_counted = all_counted && parts[k].quantity && !parts[k].quantity->vague;
            rest += parts[k].quantity ? parts[k].quantity->value : 0;
        }
        if (all_counted && rest == parts[0].quantity->value &&
            parts[0].quantity->value <= kMaxCasualties) {
            return parts[0].quantity->value;
        }
    }
    // "Two soldiers, Ali Hassan and Omar Said, were killed": the names after a count are of
    // the people counted (as many names as the count, or fewer), set off by a comma (not
    // "two soldiers and Ali Hassan").
    const auto comma_first = [&] {
        for (std::size_t k = b; k < e; ++k) {
            if (d.surface(k) == "," || d.lower(k) == "and") {
                return d.surface(k) == ",";
            }
        }
        return false;
    };
    if (parts.size() >= 2 && parts[0].quantity && !parts[0].quantity->vague &&
        parts[0].plural_person && parts[0].quantity->value <= kMaxCasualties &&
        static_cast<std::int64_t>(parts.size() - 1) <= parts[0].quantity->value &&
        std::all_of(parts.begin() + 1, parts.end(),
                    [](const Conjunct& c) { return c.named && !c.quantity && !c.has_person; }) &&
        comma_first()) {
        return parts[0].quantity->value;
    }
    std::int64_t total = 0;
    bool counted = false;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        const auto& p = parts[k];
        if (p.zero) {
            counted = true;
            continue;
        }
        if (p.quantity) {
            // "two US and one British servicemen": the first part's noun is elided.
            bool noun_here_or_later = p.has_person;
            for (std::size_t j = k + 1; j < parts.size() && !noun_here_or_later; ++j) {
                noun_here_or_later = parts[j].has_person;
            }
            if (noun_here_or_later || !any_person) {
                if (p.quantity->value > kMaxCasualties) {
                    absurd = true;
                    continue;
                }
                total += p.quantity->value;
                counted = true;
            }
        } else if (p.has_person) {
            // "several American and Iraqi personnel": the number before covers this part.
            bool covered = false;
            for (std::size_t j = 0; j < k; ++j) {
                covered = covered || (parts[j].quantity && !parts[j].has_person) ||
                          (parts[j].quantity && parts[j].members_of);
            }
            // "five women and children", "12 men and boys": one group, counted once.
            covered = covered || (k == 1 && parts.size() == 2 && p.kin && parts[0].kin &&
                                  parts[0].quantity && parts[0].plural_person);
            if (!covered) {
                total += p.plural_person ? 2 : 1; // bare plural: at least two (lowest reading)
            }
            counted = true;
        } else if (p.named) {
            total += 1;
            counted = true;
        }
    }
    return counted ? std::optional<std::int64_t>(total) : std::nullopt;
}

/// Start of the noun phrase that ends just before position p (walking back).
/// With np_end: where the phrase itself ends, before any aside stepped over.
std::size_t np_start_before(const Document& d, std::size_t lo, std::size_t p,
                            std::size_t* np_end = nullptr) {
    // "three of them were killed", "two of whom were wounded": a count of people just told.
    if (p >= lo + 3 && d.lower(p - 2) == "of" &&
        (d.lower(p - 1) == "them" || d.lower(p - 1) == "whom" || d.lower(p - 1) == "those") &&
        parse_quantity(d, p - 3, p - 2, false).has_value()) {
        std::size_t s = p - 3;
        if (s >= lo + 2 && d.lower(s - 2) == "at" && d.lower(s - 1) == "least") {
            s -= 2;
        }
        if (np_end != nullptr) {
            *np_end = p;
        }
        return s;
    }
    // "Three people, among them a woman, were killed": step over the aside.
    if (p > lo + 3 && d.surface(p - 1) == ",") {
        for (std::size_t k = p - 2; k > lo && k + 10 > p; --k) {
            const auto w = d.lower(k);
            if ((w == "among" || w == "including") && d.surface(k - 1) == ",") {
                p = k - 1;
                break;
            }
            if (w == "them" && k > lo + 1 && d.lower(k - 1) == "among" && d.surface(k - 2) == ",") {
                p = k - 2;
                break;
            }
            // ("sixteen people, civilians among them, were killed": who is among them first)
            if (w == "them" && k > lo + 3 && d.lower(k - 1) == "among") {
                std::size_t c = k - 2;
                while (c > lo && c + 4 > k - 1 && d.surface(c) != "," &&
                       d.tokens()[c].is(text::kWord)) {
                    --c;
                }
                if (c > lo && d.surface(c) == "," && c + 2 < k) {
                    p = c;
                    break;
                }
            }
            // ("about 125 people, most of them security personnel, were hurt")
            if (w == "them" && k > lo + 2 && d.lower(k - 1) == "of" && d.surface(k - 3) == "," &&
                (d.lower(k - 2) == "most" || d.lower(k - 2) == "many" || d.lower(k - 2) == "some" ||
                 d.lower(k - 2) == "all" || d.lower(k - 2) == "half" ||
                 d.lower(k - 2) == "several" ||
                 parse_quantity(d, k - 2, k - 1, false).has_value())) {
                p = k - 3;
                break;
            }
        }
    }
    // "Spc. Daniel R. Okafor, 20, of Austin, Texas, died": step over where a named person is
    // from (a town and its state, capitalised, after ", of" or ", from").
    {
        std::size_t k = p;
        if (k > lo && d.surface(k - 1) == ",") {
            --k;
        }
        const std::size_t last = k;
        while (k > lo + 2 &&
               (d.tokens()[k - 1].is(text::kCapitalized) || d.surface(k - 1) == ",") &&
               last - k < 8) {
            --k;
        }
        if (k < last && k > lo + 2 && (d.lower(k - 1) == "of" || d.lower(k - 1) == "from") &&
            d.surface(k - 2) == "," && d.tokens()[k].is(text::kCapitalized)) {
            p = k - 1; // (at the comma before "of": the age and the name come before it)
            // ("Okafor, 20, of Austin": the age too)
            if (p > lo + 3 && d.tokens()[p - 2].is(text::kNumber) && d.surface(p - 3) == "," &&
                d.number_value(p - 2) > 0 && d.number_value(p - 2) < 100 &&
                d.tokens()[p - 4].is(text::kCapitalized)) {
                p -= 3;
            } else {
                p -= 1;
            }
        }
    }
    // "Hisham al-Hashimi, a researcher who advised the government, was killed": step over an
    // appositive ("Abu Khadija, described as the group's deputy and its governor abroad, was
    // killed", "X, believed to be its leader, was") ...
    // (A word quoted inside it is part of it: its "governor" of operations.)
    if (p > lo + 3 && d.surface(p - 1) == ",") {
        bool open_quote = false;
        for (std::size_t k = p - 2; k > lo && k + 32 > p; --k) {
            const auto s = d.surface(k);
            if (s == "\"" || s == "\u201c" || s == "\u201d") {
                open_quote = !open_quote;
                continue;
            }
            if (is_clause_punct(s) && s != "(" && s != ")") {
                break;
            }
            if (s == "," && !open_quote) {
                const auto w = d.lower(k + 1);
                const auto w2 = k + 2 < p ? d.lower(k + 2) : text::TokenText();
                // (and a relative clause: "The farmer, who had refused to pay the cell, was
                // shot dead", "The shepherd, who was 60, was")
                if (w == "a" || w == "an" || w == "the" || w == "one" || w == "himself" ||
                    w == "herself" || w == "who" || w == "whose" ||
                    ((w == "described" || w == "known" || w == "identified") && w2 == "as") ||
                    ((w == "believed" || w == "said" || w == "thought") && w2 == "to")) {
                    p = k;
                }
                break;
            }
        }
    }
    // ... and an aside between dashes: "Eight members of one family - the parents and six
    // children - were killed".
    if (p > lo + 3 && text::is_dash(d.surface(p - 1))) {
        for (std::size_t k = p - 2; k > lo && k + 16 > p; --k) {
            const auto s = d.surface(k);
            if (text::is_dash(s) && d.tokens()[k].is(text::kSpaceBefore)) {
                p = k;
                break;
            }
            if (is_clause_punct(s) && !text::is_dash(s)) {
                break;
            }
        }
    }
    // ... and ages: "two boys, aged 9 and 12, were killed", "two boys aged 9 and 12 were", "a
    // boy, 14, was".
    {
        std::size_t k = p;
        if (k > lo && d.surface(k - 1) == ",") {
            --k;
        }
        const std::size_t last = k;
        // (ages in words too: "two brothers aged nine and twelve")
        while (k > lo + 1 &&
               (number_at(d, k - 1) || d.lower(k - 1) == "and" || d.lower(k - 1) == "between" ||
                d.surface(k - 1) == "," || d.surface(k - 1) == "-" || d.lower(k - 1) == "to")) {
            --k;
        }
        if (k < last && k > lo + 1 && (d.lower(k - 1) == "aged" || d.lower(k - 1) == "age")) {
            p = k - 1;
            if (d.surface(p - 1) == ",") {
                --p;
            }
        } else if (p > lo + 4 && d.surface(p - 1) == "," && d.tokens()[p - 2].is(text::kNumber) &&
                   d.surface(p - 3) == "," && d.number_value(p - 2) > 0 &&
                   d.number_value(p - 2) < 100 && is_person_noun(d.word(p - 4))) {
            p -= 3;
        }
    }
    // ... and a spelling in brackets: "Ihab al-Wazni (إيهاب الوزني) was".
    if (p > lo + 2 && d.surface(p - 1) == ")") {
        for (std::size_t k = p - 2; k > lo && k + 10 > p; --k) {
            if (d.surface(k) == "(") {
                p = k;
                break;
            }
        }
    }
    // "two others from Nasiriyah were wounded": where the people come from is no count.
    // (also "four of its fighters from Kataib Sayyid al-Shuhada": a name with its particles)
    for (std::size_t k = p; k > lo + 1 && k + 6 > p; --k) {
        const auto x = d.lower(k - 1);
        if (!d.tokens()[k - 1].is(text::kCapitalized) && x != "al" && x != "el" && x != "bin") {
            break;
        }
        if (d.lower(k - 2) == "from") {
            p = k - 2;
            break;
        }
    }
    // "Four soldiers including an officer were killed": who is among them, with no commas,
    // is no count of its own.
    for (std::size_t k = p; k > lo + 1 && k + 6 > p; --k) {
        const auto x = d.lower(k - 1);
        // (a count of them before it: not "a family including four children", whose count
        // is the children's)
        if (x == "including" && k < p && is_person_noun(d.word(k - 2)) && k >= lo + 3 &&
            (d.tokens()[k - 3].is(text::kNumber) || unit_word(d.lower(k - 3)) > 1 ||
             tens_word(d.lower(k - 3)) > 0 ||
             (k >= lo + 4 && kModifiers.contains(d.word(k - 3)) &&
              (d.tokens()[k - 4].is(text::kNumber) || unit_word(d.lower(k - 4)) > 1)))) {
            p = k - 1;
            break;
        }
        if (!d.tokens()[k - 1].is(text::kWord) || x == "killed" || x == "wounded" ||
            x == "injured" || x == "dead") {
            break;
        }
    }
    // "then ten Peshmerga who came to help were killed": a relative clause after the
    // people says what they did, and is no count ("some 80 older women who had been judged of
    // no value as slaves were killed").
    for (std::size_t k = p; k > lo + 1 && k + 12 > p; --k) {
        const auto x = d.lower(k - 1);
        // (not "a patient who died": "who" the verb's own subject)
        if (x == "who" && k < p && is_person_noun(d.word(k - 2))) {
            p = k - 1;
            break;
        }
        if (!d.tokens()[k - 1].is(text::kWord) || x == "killed" || x == "wounded" ||
            x == "injured" || x == "dead") {
            break;
        }
    }
    // "a British girl from the medical team were killed", "two men in the car were wounded":
    // a short phrase after the people says who or where they were, and is no count.
    for (std::size_t k = p; k > lo + 1 && k + 6 > p; --k) {
        const auto x = d.lower(k - 1);
        const auto& t = d.tokens()[k - 1];
        // (and what they were doing: "a 10-year-old girl herding sheep was killed")
        // (and whom they worked for: "a local official of a political party was shot dead")
        if ((x == "from" || x == "with" || x == "in" || x == "at" || x == "inside" || x == "on" ||
             x == "of" || x == "herding" || x == "grazing" || x == "tending" || x == "harvesting" ||
             x == "collecting" || x == "gathering" || x == "picking" || x == "hunting" ||
             x == "fishing" || x == "playing" || x == "shopping" || x == "praying" ||
             x == "selling") &&
            is_person_noun(d.word(k - 2)) &&
            // (not "a family of five", its members counted)
            !(x == "of" && d.lower(k - 2) == "family" &&
              parse_quantity(d, k, p, false).has_value())) {
            p = k - 1;
            break;
        }
        // (a person's noun naming a place's kind is no person: "three residents of the
        // Makhmour refugee camp died", "pupils of the girls' school")
        const bool attribute =
            k < p && is_person_noun(d.word(k - 1)) && d.tokens()[k].is(text::kWord) &&
            !is_person_noun(d.word(k)) &&
            (d.lower(k) == "camp" || d.lower(k) == "camps" || d.lower(k) == "school" ||
             d.lower(k) == "shelter" || d.lower(k) == "settlement" || d.lower(k) == "quarter" ||
             d.lower(k) == "district" || d.lower(k) == "village");
        if (!(t.is(text::kWord) || t.is(text::kNumber)) ||
            (is_person_noun(d.word(k - 1)) && !attribute)) {
            break;
        }
    }
    if (np_end != nullptr) {
        *np_end = p;
    }
    std::size_t s = p;
    while (s > lo) {
        const std::size_t i = s - 1;
        const auto w = d.lower(i);
        const auto& t = d.tokens()[i];
        // "leaving three dead and seven injured": the dead are another count.
        // (also "resulting in one martyr and two wounded")
        if (w == "dead" || w == "killed" || w == "wounded" || w == "injured" || w == "martyr" ||
            w == "martyrs") {
            break;
        }
        // "on 2 February a soldier was killed": a date's day is no count of people, nor its
        // year or day after the month ("on 9 May 2021 Ihab al-Wazni was shot dead").
        // (nor a weekday: "killed on Saturday and two more later died" is two more)
        if ((t.is(text::kCapitalized) && text::month_from_word(w) != 0) ||
            (t.is(text::kCapitalized) && text::weekday_from_word(w) >= 0) ||
            (t.is(text::kNumber) && i > lo && d.tokens()[i - 1].is(text::kCapitalized) &&
             text::month_from_word(d.lower(i - 1)) != 0)) {
            break;
        }
        const bool ok =
            is_person_noun(d.word(i)) || (is_modifier(d, i) && !is_stop_preposition(w)) ||
            t.is(text::kNumber) || unit_word(w) >= 0 || tens_word(w) >= 0 || w == "and" ||
            w == "," || w == "a" || w == "an" || w == "no" || w == "one" || w == "nobody" ||
            w == "none" || w == "another" || w == "dozen" || w == "dozens" || w == "several" ||
            w == "hundreds" || w == "least" || w == "than" || w == "of" || w == "number" ||
            w == "about" || w == "around" || w == "some" || w == "nearly" || w == "over" ||
            w == "the" || w == "scores" || w == "thousands" || w == "few" || w == "couple" ||
            w == "hundred" || w == "thousand" ||
            // ("three members of the same family")
            (w == "same" && i > lo && d.lower(i - 1) == "the") ||
            // ("a boy aged 14 and two girls were killed": the age inside the phrase)
            (w == "aged" && i + 1 < p && number_at(d, i + 1)) ||
            ((w == "unknown" || w == "undisclosed" || w == "unspecified") && i + 1 < p &&
             d.lower(i + 1) == "number") ||
            // "a shepherd and his brother": kin after the first victim
            // ("a woman and her teenage son")
            ((w == "his" || w == "her" || w == "their" || w == "its" || w == "our") && i + 1 < p &&
             (is_person_noun(d.word(i + 1)) || unit_word(d.lower(i + 1)) >= 0 ||
              d.tokens()[i + 1].is(text::kNumber) ||
              (i + 2 < p && kModifiers.contains(d.word(i + 1)) &&
               is_person_noun(d.word(i + 2))))) ||
            // ("four Saraya al-Salam members", "two pro-Iran fighters": a word joined by a
            // hyphen to the next one of the phrase)
            (t.is(text::kWord) && i + 1 < p && d.tokens()[i + 1].is(text::kHyphenBefore)) ||
            // "200+ injured": the plus sign written onto a number
            (w == "+" && i > lo && d.tokens()[i - 1].is(text::kNumber) &&
             !t.is(text::kSpaceBefore)) ||
            // the full stop of an initial or title inside a name: "Capt. Moises A."
            (w == "." && i > lo && d.tokens()[i - 1].is(text::kCapitalized) &&
             d.lower(i - 1).size() <= 4);
        // "nine holidaymakers", "12 pilgrims": a counted noun the lists do not know.
        const bool counted_noun = !ok && t.is(text::kWord) && !t.is(text::kCapitalized) && i > lo &&
                                  !is_thing_noun(w) &&
                                  parse_quantity(d, i - 1, i, false).has_value();
        if (!ok && !counted_noun) {
            break;
        }
        // "at least": keep "at" only as part of "at least".
        s = i;
        if (w == "least" && i > lo && d.lower(i - 1) == "at") {
            s = i - 1;
        }
        if (w == "than" && i > lo && (d.lower(i - 1) == "more" || d.lower(i - 1) == "fewer")) {
            s = i - 1;
        }
    }
    // "In Kirkuk, a soldier was killed": the place before the comma is no person.
    auto locative = [](text::TokenText w) {
        return w == "in" || w == "at" || w == "near" || w == "outside" || w == "from" || w == "on";
    };
    // (so is "near the town of Sinjar, some 80 women were killed": the walk stops at the
    // place noun, its name no person)
    auto place_of = [&](std::size_t k) {
        if (k <= lo || d.lower(k) != "of") {
            return false;
        }
        const auto n = d.lower(k - 1);
        return n == "town" || n == "city" || n == "village" || n == "district" || n == "area" ||
               n == "province" || n == "governorate" || n == "region" || n == "outskirts" ||
               n == "suburb" || n == "neighbourhood" || n == "neighborhood" || n == "countryside";
    };
    if (s < p && ((s > lo && locative(d.lower(s - 1))) || locative(d.lower(s)) || place_of(s))) {
        for (std::size_t k = s; k < p; ++k) {
            if (d.surface(k) == ",") {
                s = k + 1;
                break;
            }
        }
    }
    // Never start with a conjunction or comma.
    while (s < p && (d.lower(s) == "and" || d.lower(s) == "," || d.lower(s) == "of")) {
        ++s;
    }
    return s;
}

/// End of the noun phrase starting at q (walking forward).
std::size_t np_end_after(const Document& d, std::size_t q, std::size_t hi) {
    std::size_t e = q;
    while (e < hi) {
        const auto w = d.lower(e);
        const auto s = d.surface(e);
        if (w == "at" && e + 1 < hi && d.lower(e + 1) == "least") {
            e += 2; // "killing at least 20 protesters"
            continue;
        }
        // "the martyrdom of two Peshmerga and the wounding of three others": another count.
        if (e > q && (w == "wounding" || w == "injuring" || w == "killing" || w == "martyrdom" ||
                      w == "injury" || w == "deaths")) {
            while (e > q && (d.lower(e - 1) == "the" || d.lower(e - 1) == "and")) {
                --e;
            }
            break;
        }
        // (the stops of an initialism: "a U.S. civilian contractor")
        if (s == "." && e > q && d.tokens()[e - 1].is(text::kCapitalized) &&
            d.lower(e - 1).size() == 1 && e + 1 < hi && d.tokens()[e + 1].is(text::kWord)) {
            ++e;
            continue;
        }
        if (is_clause_punct(s) || is_stop_preposition(w)) {
            break;
        }
        if (w == ",") {
            // ("a senior commander, Said Hassan, and his nephew": a name in apposition)
            if (e > q && e + 1 < hi && d.tokens()[e + 1].is(text::kCapitalized) &&
                is_person_noun(d.word(e - 1))) {
                std::size_t j = e + 1;
                while (j < hi && j < e + 6 &&
                       (d.tokens()[j].is(text::kCapitalized) || d.surface(j) == "-")) {
                    ++j;
                }
                if (j + 2 < hi && d.surface(j) == "," && d.lower(j + 1) == "and" &&
                    (d.lower(j + 2) == "his" || d.lower(j + 2) == "her" ||
                     d.lower(j + 2) == "their" || parse_quantity(d, j + 2, hi, true))) {
                    e = j + 1;
                    continue;
                }
            }
            // ("four civilians, two women and two children,": who the four were, counts that
            // add up to the one before, not more people)
            // (of a general word: not "three soldiers, two policemen and a civilian")
            static const WordSet kGeneral = {"people",  "civilians",   "persons", "victims",
                                             "members", "individuals", "bodies",  "residents"};
            if (const auto whole = parse_quantity(d, q, hi, true);
                whole && whole->end + 1 == e && kGeneral.contains(d.word(whole->end))) {
                long sum = 0;
                int parts = 0;
                std::size_t k = e + 1;
                while (k < hi && k < e + 16 && d.surface(k) != "," &&
                       !is_clause_punct(d.surface(k))) {
                    if (const auto part = parse_quantity(d, k, hi, true); part && !part->vague) {
                        sum += part->value;
                        ++parts;
                        k = std::max(part->end, k + 1);
                        continue;
                    }
                    ++k;
                }
                if (parts >= 2 && sum == whole->value) {
                    break;
                }
            }
            // A list goes on only with another count, "two soldiers, a policeman and ...", or
            // with kin, "a businessman, his infant daughter and two other civilians";
            // "..., officials said" is a new clause.
            const bool kin_next =
                e + 2 < hi &&
                (d.lower(e + 1) == "his" || d.lower(e + 1) == "her" || d.lower(e + 1) == "their") &&
                (is_person_noun(d.word(e + 2)) ||
                 (e + 3 < hi && kModifiers.contains(d.word(e + 2)) &&
                  is_person_noun(d.word(e + 3))));
            if (e + 1 >= hi || (!kin_next && !parse_quantity(d, e + 1, hi, true))) {
                break;
            }
            // ("..., a local official said": the speaker)
            bool speaker = false;
            for (std::size_t k = e + 2; k < hi && k < e + 6; ++k) {
                const auto v = d.lower(k);
                speaker = speaker || v == "said" || v == "says" || v == "told" || v == "reported" ||
                          v == "added" || v == "stated";
            }
            if (speaker) {
                break;
            }
            // ("Abu Ali, a senior aide of the group, and five others", "Ahmed Hassan, a
            // teacher, in Basra": who the named man is)
            if (e > q && d.tokens()[e - 1].is(text::kCapitalized) &&
                (d.lower(e + 1) == "a" || d.lower(e + 1) == "an")) {
                bool apposition = false;
                for (std::size_t k = e + 2; k < hi && k < e + 20; ++k) {
                    const auto v = d.lower(k);
                    if (v == "and") {
                        break;
                    }
                    if (v == ",") {
                        apposition = true;
                        break;
                    }
                    apposition = apposition || v == "of" || v == "to";
                }
                if (apposition) {
                    break;
                }
            }
        }
        if (w == "and") {
            // Coordination continues only into another noun phrase, not a new verb.
            if (e + 1 < hi) {
                const auto nx = d.lower(e + 1);
                const bool verbish =
                    nx.size() > 4 &&
                    (nx.substr(nx.size() - 3) == "ing" || nx.substr(nx.size() - 2) == "ed") &&
                    !is_person_noun(d.word(e + 1));
                if (verbish || is_stop_preposition(nx) || is_aux(nx)) {
                    break;
                }
            }
        }
        if (is_aux(w) && d.surface(e) != "IS") {
            break;
        }
        ++e;
    }
    return e;
}

bool starts_noun_phrase(const Document& d, std::size_t i, std::size_t hi) {
    if (i >= hi) {
        return false;
    }
    const auto w = d.lower(i);
    // ("a shop owner"; not "killed a day after the truce")
    if ((w == "a" || w == "an") && i + 1 < hi) {
        const auto nx = d.lower(i + 1);
        if (nx == "day" || nx == "week" || nx == "month" || nx == "year" || nx == "night" ||
            nx == "few" || nx == "while" || nx == "time" || nx == "decade") {
            return false;
        }
    }
    return parse_quantity(d, i, hi, true).has_value() || w == "the" || w == "a" || w == "an" ||
           is_person_noun(d.word(i)) || is_modifier(d, i) || w == "no" ||
           // ("killed all three", "all four drivers", "killed its three occupants")
           ((w == "all" || w == "its" || w == "their" || w == "his" || w == "her") &&
            parse_quantity(d, i + 1, hi, false).has_value());
}

/// People killed with the subject: "was killed along with his driver and three others",
/// "along with Abu Mahdi al-Muhandis, deputy head of the PMF, and eight others". q is the token
/// after "along with" / "together with" / "alongside".
std::optional<std::int64_t> companions(const Document& d, std::size_t q, std::size_t hi) {
    while (q < hi && d.lower(q) == "the") {
        ++q;
    }
    const std::size_t e = np_end_after(d, q, hi);
    if (e == q) {
        return std::nullopt;
    }
    bool zero = false, absurd = false;
    auto n = count_people(d, q, e, zero, absurd);
    if (!n || absurd) {
        return std::nullopt;
    }
    // An aside after the first name ("..., deputy head of the PMF, and eight others"): the
    // count after it belongs to the same list.
    if (e < hi && d.surface(e) == ",") {
        for (std::size_t k = e + 1; k < hi && k < e + 16; ++k) {
            if (is_clause_punct(d.surface(k))) {
                break;
            }
            if (d.surface(k) == ",") {
                if (k + 2 < hi && d.lower(k + 1) == "and" && parse_quantity(d, k + 2, hi, true)) {
                    const std::size_t e2 = np_end_after(d, k + 2, hi);
                    bool zero2 = false;
                    if (const auto more = count_people(d, k + 2, e2, zero2, absurd);
                        more && !absurd) {
                        *n += *more;
                    }
                }
                break;
            }
        }
    }
    return n;
}

/// Named people and others listed after a first victim: "killed Qasem Soleimani, Abu Mahdi
/// al-Muhandis and eight others" adds 1 + 8 to the first. e is the end of the first victim's
/// noun phrase; 0 when no such list follows.
std::int64_t listed_after(const Document& d, std::size_t e, std::size_t hi) {
    std::int64_t extra = 0;
    bool saw_and = false; // (a list ends "..., B and C"; ", Iran said" is no list)
    std::size_t k = e;
    while (k + 1 < hi && (d.surface(k) == "," || d.lower(k) == "and")) {
        std::size_t n = k + 1;
        saw_and = saw_and || d.lower(k) == "and";
        if (d.surface(k) == "," && d.lower(n) == "and") {
            ++n;
            saw_and = true;
        }
        // A name: capitalised words, joined articles and hyphens (and the title words among
        // them: "PMF deputy chief Abu Mahdi al-Muhandis"; or before them: "militia leader Abu
        // Mahdi al-Muhandis").
        static const WordSet kTitles = {"deputy",  "chief",  "commander", "leader",
                                        "head",    "senior", "official",  "spokesman",
                                        "founder", "top",    "general"};
        // "killing al-Saadi, a commander whom Washington blamed for attacks, and two other
        // men", "killed Soleimani, commander of the Quds Force, al-Muhandis and eight others":
        // who the one named is, up to the next comma.
        if (d.surface(k) == "," && n < hi &&
            (d.lower(n) == "a" || d.lower(n) == "an" ||
             (kTitles.contains(d.word(n)) && !d.tokens()[n].is(text::kCapitalized)))) {
            std::size_t j = n + 1;
            while (j < hi && j < n + 20 && d.surface(j) != "," && !is_clause_punct(d.surface(j))) {
                ++j;
            }
            if (j < hi && d.surface(j) == ",") {
                k = j;
                continue;
            }
            break;
        }
        for (std::size_t t = n; t < hi && t < n + 3 && !d.tokens()[t].is(text::kCapitalized) &&
                                (kTitles.contains(d.word(t)) || kModifiers.contains(d.word(t)));
             ++t) {
            if (t + 1 < hi && kTitles.contains(d.word(t)) &&
                d.tokens()[t + 1].is(text::kCapitalized) && d.tokens()[t + 1].is(text::kWord)) {
                n = t + 1;
                break;
            }
        }
        if (n < hi && d.tokens()[n].is(text::kCapitalized) && d.tokens()[n].is(text::kWord)) {
            while (n < hi && (d.tokens()[n].is(text::kCapitalized) || d.surface(n) == "-" ||
                              d.tokens()[n].is(text::kHyphenBefore) || d.lower(n) == "al" ||
                              d.lower(n) == "bin" ||
                              (kTitles.contains(d.word(n)) && n + 1 < hi &&
                               (d.tokens()[n + 1].is(text::kCapitalized) ||
                                kTitles.contains(d.word(n + 1)))))) {
                ++n;
            }
            ++extra;
            k = n;
            continue;
        }
        if (const auto q = parse_quantity(d, n, hi, false);
            q && !q->vague && q->end < hi &&
            (d.lower(q->end) == "others" || (d.lower(q->end) == "other" && q->end + 1 < hi &&
                                             is_person_noun(d.word(q->end + 1))))) {
            return extra + q->value;
        }
        // "... and one of his aides", "and two of his guards", "and his driver", "and his two
        // bodyguards": the named man's people.
        // (also within the list: "killing him, his infant daughter and two other people")
        if (n < hi) {
            std::size_t j = n;
            std::int64_t count = 1;
            if (const auto q = parse_quantity(d, j, hi, false);
                q && !q->vague && q->end + 1 < hi && d.lower(q->end) == "of") {
                count = q->value;
                j = q->end + 1;
            }
            const auto owner = j < hi ? d.lower(j) : text::TokenText();
            if (owner == "his" || owner == "her" || owner == "their") {
                ++j;
                if (j == n + 1) { // ("his two bodyguards")
                    if (const auto q = parse_quantity(d, j, hi, false); q && !q->vague) {
                        count = q->value;
                        j = q->end;
                    }
                }
                if (j + 1 < hi && !is_person_noun(d.word(j)) && is_person_noun(d.word(j + 1))) {
                    ++j; // ("his infant daughter")
                }
                if (j < hi && is_person_noun(d.word(j))) {
                    if (saw_and) {
                        return extra + count;
                    }
                    while (j + 1 < hi && is_person_noun(d.word(j + 1))) {
                        ++j; // ("his infant daughter")
                    }
                    extra += count;
                    k = j + 1;
                    continue;
                }
            }
        }
        break;
    }
    return saw_and ? extra : 0;
}

/// "killed the Deputy Chairman of the Popular Mobilization Commission, Abu Mahdi al-Muhandis,
/// Major General Qasem Soleimani and eight of their companions": a title from b to e, the name
/// of the same man after its comma, then the others listed (as listed_after); 0 otherwise.
std::int64_t listed_after_title(const Document& d, std::size_t b, std::size_t e, std::size_t hi) {
    if (d.lower(b) != "the" || b + 1 >= e || !d.tokens()[b + 1].is(text::kCapitalized) ||
        e + 1 >= hi || d.surface(e) != "," || !d.tokens()[e + 1].is(text::kCapitalized)) {
        return 0;
    }
    std::size_t n = e + 1;
    while (n < hi &&
           (d.tokens()[n].is(text::kCapitalized) || d.tokens()[n].is(text::kHyphenBefore) ||
            d.surface(n) == "-" || d.lower(n) == "al")) {
        ++n;
    }
    return listed_after(d, n, hi);
}

enum class Kind { killed, injured };

struct Found {
    std::optional<std::int64_t> n;
    bool zero = false;
    std::string head;         ///< a head noun, to tell distinct parties from a repeated mention
    std::size_t b = 0, e = 0; ///< the words counted
};

/// The side a head noun of the dead names (CasualtyCount::killed_side).
char side_of(std::string_view head) {
    static const WordSet kSecurity = {
        "soldier", "soldiers",  "policeman", "policemen", "police",     "officer",    "officers",
        "troops",  "guard",     "guards",    "peshmerga", "servicemen", "serviceman", "marines",
        "marine",  "commandos", "cadets",    "recruits",  "personnel"};
    static const WordSet kMilitant = {"militant",   "militants",  "insurgent", "insurgents",
                                      "gunman",     "gunmen",     "attacker",  "attackers",
                                      "jihadists",  "terrorists", "terrorist", "bombers",
                                      "assailants", "assailant",  "fighters",  "traffickers"};
    static const WordSet kCivilian = {"civilian",   "civilians",    "children",    "child",
                                      "women",      "woman",        "worshippers", "pilgrims",
                                      "shoppers",   "passers-by",   "farmers",     "students",
                                      "protesters", "demonstrators"};
    if (kSecurity.contains(head)) {
        return 's';
    }
    if (kMilitant.contains(head)) {
        return 'm';
    }
    if (kCivilian.contains(head)) {
        return 'c';
    }
    return 0;
}
} // namespace

bool dead_told_about(const Document& d, std::size_t begin, std::size_t i) {
    // (also "holding pictures of the slain activist": a death told as who someone was)
    const bool slain = d.lower(i) == "slain";
    if (i < begin + 1 || (d.lower(i) != "dead" && !slain) || d.lower(i - 1) != "the") {
        return false;
    }
    if (slain && (i + 1 >= d.tokens().size() || !is_person_noun(d.word(i + 1)))) {
        return false;
    }
    // "the dead were residents returning from the market", "the dead included two
    // children": who the dead already told were.
    if (i + 1 < d.tokens().size()) {
        const auto nx = d.lower(i + 1);
        // (but "the dead were a vendor and a child" counts them)
        if ((nx == "were" || nx == "are" || nx == "included" || nx == "include" ||
             nx == "includes") &&
            i + 2 < d.tokens().size() && d.lower(i + 2) != "a" && d.lower(i + 2) != "an" &&
            !parse_quantity(d, i + 2, std::min(d.tokens().size(), i + 4)).has_value()) {
            return true;
        }
    }
    if (i < begin + 2) {
        return false;
    }
    const auto v = d.lower(i - 2);
    return v == "of" || v == "for" || v == "mourned" || v == "mourning" || v == "mourn" ||
           v == "buried" || v == "burying" || v == "bury" || v == "honour" || v == "honor" ||
           v == "honoured" || v == "honored" || v == "remember" || v == "remembered" ||
           v == "commemorate" || v == "commemorated";
}

bool is_vehicle_word(std::string_view w) {
    static const WordSet kVehicles = {"car",       "cars",   "sedan",  "sedans",  "minibus",
                                      "minibuses", "bus",    "buses",  "van",     "vans",
                                      "truck",     "trucks", "pickup", "pickups", "vehicle",
                                      "vehicles",  "taxi",   "taxis",  "suv",     "suvs"};
    return kVehicles.contains(w);
}

std::optional<std::size_t> detail::remains_noun_found_verb(const Document& d, std::size_t i,
                                                           std::size_t begin, std::size_t end) {
    const auto w = d.lower(i);
    // "a body of water", "the governing body": only the dead of people ("body of a man",
    // "bodies of four shepherds", "two bodies", "the bodies").
    if ((w == "body" || w == "corpse") && i + 2 < end && d.lower(i + 1) == "of") {
        std::size_t k = i + 2;
        // (past what befell them: "the body of a kidnapped shepherd")
        // (and past who they were not known to be: "the body of an unidentified man")
        static const WordSet kBefell = {"kidnapped", "abducted", "missing",    "slain",
                                        "murdered",  "detained", "captured",   "unidentified",
                                        "unknown",   "unnamed",  "middle-aged"};
        while (k < end && (d.lower(k) == "a" || d.lower(k) == "an" || d.lower(k) == "the" ||
                           is_modifier(d, k) || kBefell.contains(d.word(k)))) {
            ++k;
        }
        if (k >= end || !is_person_noun(d.word(k))) {
            return std::nullopt;
        }
    }
    // Recovered from the rubble or wreckage: the dead of an attack or accident told elsewhere,
    // not a killing of their own; nor are "the bodies of the victims".
    // (Both are read in the whole sentence: its clauses tell one story.)
    const auto& sentence = d.sentences()[d.sentence_of(i)];
    for (std::size_t k = sentence.token_begin; k < sentence.token_end; ++k) {
        const auto x = d.lower(k);
        if (x == "rubble" || x == "debris" || x == "wreckage" || x == "ruins" || x == "collapsed" ||
            x == "drowned" || x == "victims" || x == "crash") {
            return std::nullopt;
        }
    }
    // Only the dead of violence: shot, bound, kidnapped or executed ("the bodies of migrants
    // found in the desert" may be the heat's).
    bool violence = false;
    // "... abducted a farmer near Mandali. His body was found two days later.": the victim
    // just told of, in the sentence before.
    std::size_t from = sentence.token_begin;
    if (i > 0 &&
        (d.lower(i - 1) == "his" || d.lower(i - 1) == "her" || d.lower(i - 1) == "their") &&
        sentence.token_begin > 0) {
        from = d.sentences()[d.sentence_of(sentence.token_begin - 1)].token_begin;
    }
    // ("Police found the bodies of two shepherds west of Ramadi. Both had been shot.": the
    // next sentence tells how they died.)
    std::size_t to = sentence.token_end;
    if (const std::size_t s = d.sentence_of(i);
        s + 1 < d.sentences().size() &&
        d.sentences()[s + 1].paragraph == d.sentences()[s].paragraph) {
        const auto& next = d.sentences()[s + 1];
        const auto first = d.lower(next.token_begin);
        if (first == "both" || first == "all" || first == "they" || first == "he" ||
            first == "she" || first == "the" || first == "each") {
            to = next.token_end;
        }
    }
    for (std::size_t k = from; k < to && !violence; ++k) {
        const auto x = d.lower(k);
        violence = x == "shot" || x == "gunshot" || x == "bullet" || x == "bullets" ||
                   x == "kidnapped" || x == "abducted" || x == "executed" || x == "tortured" ||
                   x == "bound" || x == "blindfolded" || x == "handcuffed" || x == "beheaded" ||
                   x == "killed" || x == "murdered" || x == "captives" || x == "hostages" ||
                   x == "stabbed" || x == "strangled" || x == "mutilated" || x == "abduction" ||
                   x == "kidnapping" || x == "militants" || x == "gunmen" ||
                   // ("with his hands tied")
                   (x == "tied" && k > from && d.lower(k - 1) == "hands");
    }
    if (!violence) {
        return std::nullopt;
    }
    auto discovery = [](text::TokenText x) {
        return x == "found" || x == "discovered" || x == "recovered" || x == "retrieved" ||
               x == "unearthed" || x == "exhumed" || x == "dumped";
    };
    const std::size_t lo = i > begin + 6 ? i - 6 : begin;
    const std::size_t hi = std::min(end, i + 28);
    for (std::size_t k = lo; k < hi; ++k) {
        if (k != i && (d.surface(k) == ";" || d.surface(k) == ".")) {
            if (k > i) {
                break;
            }
            continue;
        }
        if (discovery(d.lower(k))) {
            return k;
        }
    }
    return std::nullopt;
}

std::optional<std::int64_t> abbreviated_count(const Document& d, std::size_t begin,
                                              std::size_t at) {
    std::optional<std::int64_t> total;
    int depth = 0;
    bool people = false; // (the phrase counted names people: "service members")
    for (std::size_t j = at; j > begin && j + 12 > at; --j) {
        const std::size_t k = j - 1;
        const auto w = d.lower(k);
        if (w == ")") {
            ++depth;
            continue;
        }
        if (depth > 0) {
            depth -= w == "(" ? 1 : 0;
            continue;
        }
        if (w == "," || w == ";" || w == ":" || w == "." || w == "(" || w == "kia" || w == "wia") {
            break;
        }
        const auto q = parse_quantity(d, k, at, false);
        if (!q) {
            // (not past a preposition, an article or a verb to a count of something else:
            // "Three gunmen in a black KIA", "5 rockets hit Camp Taji and US contractor KIA")
            static const WordSet kStops = {"in",   "a",    "an",     "the",    "at",    "on",
                                           "near", "into", "with",   "by",     "from",  "to",
                                           "and",  "hit",  "struck", "opened", "fired", "of",
                                           "were", "was",  "killed", "after",  "as",    "when"};
            if (kStops.contains(d.word(k))) {
                break;
            }
            people = people || is_person_noun(w);
            continue;
        }
        if (total && !people) {
            break; // ("2 rockets hit the base and 1 soldier KIA")
        }
        total = total.value_or(0) + q->value;
        if (!(k > begin + 1 && (d.lower(k - 1) == "and" || d.lower(k - 1) == "&"))) {
            break;
        }
        people = false;
        at = k - 1;
        j = k;
    }
    return total;
}

bool is_person_noun(std::string_view w) {
    // (The set's filters reject most words before any hash is computed.)
    return kPersonNouns.contains(w);
}
bool is_person_noun(const text::HashedWord& w) {
    return kPersonNouns.contains(w);
}

std::optional<Quantity> parse_quantity(const Document& d, std::size_t i, std::size_t end,
                                       bool articles_count) {
    const std::size_t begin = i;
    // "between six and eighteen civilians": a range, its lowest (the "and" read below).
    bool between = false;
    // Qualifiers: "at least", "more than", "over", "nearly", "about", "some", "up to".
    for (int guard = 0; guard < 2 && i < end; ++guard) {
        const auto w = d.lower(i);
        if (w == "between" && i + 3 < end && !between) {
            between = true;
            ++i;
        } else if ((w == "at" || w == "up") && i + 1 < end &&
                   (d.lower(i + 1) == "least" || d.lower(i + 1) == "to")) {
            i += 2;
        } else if ((w == "more" || w == "fewer" || w == "less") && i + 1 < end &&
                   d.lower(i + 1) == "than") {
            i += 2;
        } else if ((w == "no" || w == "not") && i + 2 < end &&
                   (d.lower(i + 1) == "fewer" || d.lower(i + 1) == "less") &&
                   d.lower(i + 2) == "than") {
            i += 3; // ("no fewer than ten people": at least ten)
        } else if (w == "as" && i + 2 < end && d.lower(i + 1) == "many" && d.lower(i + 2) == "as") {
            i += 3;
        } else if (w == "over" || w == "nearly" || w == "almost" || w == "about" || w == "around" ||
                   w == "some" || w == "roughly" || w == "approximately" || w == "estimated" ||
                   w == "an" || w == "a") {
            // "a" / "an" start "a dozen", "an estimated 20", "a number of"; checked below.
            if ((w == "a" || w == "an") &&
                !(i + 1 < end && (d.lower(i + 1) == "dozen" || d.lower(i + 1) == "number" ||
                                  d.lower(i + 1) == "estimated" || d.lower(i + 1) == "few" ||
                                  d.lower(i + 1) == "couple" || d.lower(i + 1) == "handful"))) {
                break;
            }
            ++i;
        } else {
            break;
        }
    }
    if (i >= end) {
        return std::nullopt;
    }
    const auto w = d.lower(i);
    Quantity q;
    q.begin = begin;
    auto finish = [&](std::size_t e, std::int64_t v, bool vague) -> std::optional<Quantity> {
        // "dozens of", "hundreds of"
        if (e < end && d.lower(e) == "of" && vague) {
            ++e;
        }
        // Ranges "two to three", "10-15", "between six and eighteen": the lowest.
        if (e + 1 < end &&
            (d.lower(e) == "to" || d.lower(e) == "or" || (between && d.lower(e) == "and"))) {
            if (auto hi = parse_quantity(d, e + 1, end, false); hi && !hi->vague) {
                e = hi->end;
                v = std::min(v, hi->value);
            }
        }
        q.end = e;
        q.value = v;
        q.vague = vague;
        return q;
    };
    // "a 12-year-old boy", "a three-day siege": a number inside a compound adjective.
    if (d.tokens()[i].is(text::kNumber) && i + 1 < end &&
        d.tokens()[i + 1].is(text::kHyphenBefore) && d.tokens()[i + 1].is(text::kWord) &&
        !is_person_noun(d.word(i + 1))) {
        return std::nullopt;
    }
    // ... and in words: "a twelve-year-old boy", "a twenty-five-year-old man", "a two-day
    // siege".
    if (d.tokens()[i].is(text::kWord) && (unit_word(w) > 0 || tens_word(w) > 0)) {
        std::size_t e = i + 1;
        if (tens_word(w) > 0 && e < end && d.tokens()[e].is(text::kHyphenBefore) &&
            unit_word(d.lower(e)) > 0) {
            ++e;
        }
        if (e < end && d.tokens()[e].is(text::kHyphenBefore) && d.tokens()[e].is(text::kWord) &&
            !is_person_noun(d.word(e))) {
            return std::nullopt;
        }
    }
    // "F-16 jets", "MiG-29": a model's number joined to a capital letter.
    if (d.tokens()[i].is(text::kNumber) && d.tokens()[i].is(text::kHyphenBefore) && i > 0 &&
        d.tokens()[i - 1].is(text::kWord) &&
        (d.tokens()[i - 1].is(text::kAllUpper) || d.tokens()[i - 1].is(text::kCapitalized))) {
        return std::nullopt;
    }
    // "On December 31, mourners ...", "31 December": a day of a month, not a count.
    // (The capital tested first: most numbers stand beside no capitalised word.)
    if (d.tokens()[i].is(text::kNumber) &&
        ((i > 0 && d.tokens()[i - 1].is(text::kCapitalized) &&
          text::month_from_word(d.lower(i - 1)) != 0) ||
         (i + 1 < d.tokens().size() && d.tokens()[i + 1].is(text::kCapitalized) &&
          text::month_from_word(d.lower(i + 1)) != 0))) {
        return std::nullopt;
    }
    if (d.tokens()[i].is(text::kNumber)) {
        double v = d.number_value(i);
        if (v < 0 || v != static_cast<double>(static_cast<std::int64_t>(v))) {
            // "... and wounded 51.59\nOn December 31": a footnote's number glued to a count
            // that ends its sentence (people are not counted in fractions).
            v = d.value_before_footnote(i);
            if (v <= 0) {
                return std::nullopt;
            }
        }
        std::size_t e = i + 1;
        // "200+ injured", "20+ WIA": at least the number.
        if (e < end && d.surface(e) == "+" && !d.tokens()[e].is(text::kSpaceBefore)) {
            return finish(e + 1, static_cast<std::int64_t>(v), false);
        }
        // "10-15" tokenises as 10, 15 (hyphen-joined).
        if (e < end && d.tokens()[e].is(text::kNumber) && d.tokens()[e].is(text::kHyphenBefore)) {
            const double v2 = d.number_value(e);
            ++e;
            return finish(e, static_cast<std::int64_t>(std::min(v, v2 < 0 ? v : v2)), false);
        }
        return finish(e, static_cast<std::int64_t>(v), false);
    }
    if (const int t = tens_word(w); t > 0) {
        std::size_t e = i + 1;
        int v = t;
        if (e < end && d.tokens()[e].is(text::kHyphenBefore) && unit_word(d.lower(e)) > 0 &&
            unit_word(d.lower(e)) < 10) {
            v += unit_word(d.lower(e));
            ++e;
        }
        return finish(e, v, false);
    }
    if (const int u = unit_word(w); u >= 0) {
        std::size_t e = i + 1;
        std::int64_t v = u;
        if (e < end && (d.lower(e) == "hundred" || d.lower(e) == "thousand")) {
            v *= d.lower(e) == "hundred" ? 100 : 1000;
            ++e;
        } else if (e < end && d.lower(e) == "dozen" && u > 1) {
            v *= 12; // ("two dozen people")
            ++e;
        }
        return finish(e, v, false);
    }
    if (w == "dozen" && i > begin && d.lower(i - 1) == "a") {
        // ("half a dozen soldiers")
        return finish(i + 1, i >= 2 && d.lower(i - 2) == "half" ? 6 : 12, false);
    }
    if (w == "dozen" && i > 0 && d.lower(i - 1) == "half") {
        return finish(i + 1, 6, false);
    }
    if (w == "dozens") {
        return finish(i + 1, 12, true);
    }
    if (w == "scores") {
        return finish(i + 1, 20, true);
    }
    if (w == "hundreds") {
        return finish(i + 1, 100, true);
    }
    if (w == "thousands") {
        return finish(i + 1, 1000, true);
    }
    if (w == "several" || w == "multiple" || w == "many" || w == "numerous") {
        return finish(i + 1, 3, true);
    }
    if (w == "number" && i + 1 < end && d.lower(i + 1) == "of" && i > begin) {
        return finish(i + 2, 3, true);
    }
    if (w == "few" && i > begin) {
        return finish(i + 1, 3, true);
    }
    if (w == "couple" && i > begin) {
        std::size_t e = i + 1;
        if (e < end && d.lower(e) == "of") {
            ++e;
        }
        return finish(e, 2, false);
    }
    if (w == "handful" && i > begin) {
        std::size_t e = i + 1;
        if (e < end && d.lower(e) == "of") {
            ++e;
        }
        return finish(e, 3, true);
    }
    // "a policeman was killed and another wounded": one more person.
    if (articles_count && w == "another" &&
        (i + 1 >= end || !d.tokens()[i + 1].is(text::kWord) || is_person_noun(d.word(i + 1)) ||
         d.lower(i + 1) == "was" || d.lower(i + 1) == "wounded" || d.lower(i + 1) == "injured" ||
         d.lower(i + 1) == "killed" || d.lower(i + 1) == "died")) {
        q.end = i + 1;
        q.value = 1;
        return q;
    }
    // "killing two members and wounding a third": one more person (not "a third of the city").
    if (articles_count && w == "a" && i + 1 < end) {
        const auto nth = d.lower(i + 1);
        if ((nth == "second" || nth == "third" || nth == "fourth" || nth == "fifth" ||
             nth == "sixth") &&
            (i + 2 >= end || !d.tokens()[i + 2].is(text::kWord) || is_person_noun(d.word(i + 2)))) {
            q.end = i + 2;
            q.value = 1;
            return q;
        }
    }
    if (articles_count && (w == "a" || w == "an" || w == "one") && i + 1 < end) {
        // "a US civilian contractor": one person, if a person noun follows within the phrase.
        // (past the stops of an initialism: "a U.S. civilian contractor")
        for (std::size_t k = i + 1; k < end && k < i + 8; ++k) {
            if (is_person_noun(d.word(k))) {
                q.end = i + 1;
                q.value = 1;
                return q;
            }
            const bool initial_stop = d.surface(k) == "." &&
                                      d.tokens()[k - 1].is(text::kCapitalized) &&
                                      d.lower(k - 1).size() == 1;
            if (!is_modifier(d, k) && !initial_stop) {
                break;
            }
        }
    }
    return std::nullopt;
}

namespace {

/// The people killed with those of the phrase [q, e) that a verb's object names: "... along
/// with four of his bodyguards", "... together with his driver", "... alongside two others"
/// (past a comma when `comma`); 0 when none follow.
std::int64_t killed_with(const Document& d, std::size_t q, std::size_t e, std::size_t end,
                         bool comma) {
    std::size_t c = e;
    if (comma && c + 1 < end && d.surface(c) == ",") {
        ++c;
    }
    if (c > q && c < end && d.lower(c) == "with" &&
        (d.lower(c - 1) == "along" || d.lower(c - 1) == "together")) {
        c += 1; // (the phrase ends before "with")
    } else if (c + 1 < end && (d.lower(c) == "along" || d.lower(c) == "together") &&
               d.lower(c + 1) == "with") {
        c += 2;
    } else if (c < end && d.lower(c) == "alongside") {
        c += 1;
    } else {
        return 0;
    }
    return c < end ? companions(d, c, end).value_or(0) : 0;
}

/// A toll stated of the dead or the wounded named at token i (a word of kCasualtyWords):
/// "the number of dead rose to 35", "put the dead at 35 and the wounded at 60", "the dead
/// numbered 35", "those killed numbered 35". The count and whether it is of the wounded.
struct StatedToll {
    Quantity q;
    bool hurt = false;
    bool update = false; ///< the count as it grew or now stands ("rose to", "stood at")
};

std::optional<StatedToll> stated_toll(const Document& d, std::size_t begin, std::size_t end,
                                      std::size_t i) {
    const auto w = d.lower(i);
    const bool dead = w == "dead" || w == "killed" || w == "deaths" || w == "fatalities";
    const bool hurt = w == "wounded" || w == "injured";
    if ((!dead && !hurt) || i + 2 >= end || i < begin + 1) {
        return std::nullopt;
    }
    const auto before = d.lower(i - 1);
    // Who: "the number of (the) dead", "the number of people killed", "those killed", "the
    // dead" after a verb of estimating ("put the dead at"), or "the dead numbered".
    bool number_of = false;
    for (std::size_t k = i; k > begin + 1 && k + 4 > i; --k) {
        if (d.lower(k - 1) == "of" && d.lower(k - 2) == "number") {
            number_of = k == i ||
                        (k + 1 == i && (d.lower(k) == "the" || d.lower(k) == "people" ||
                                        d.lower(k) == "those" || d.lower(k) == "persons")) ||
                        (k + 2 == i && d.lower(k) == "the" && d.lower(k + 1) == "people");
            break;
        }
    }
    bool put_before = false;
    if (before == "the" && i >= begin + 2) {
        for (std::size_t k = i - 1; k > begin && k + 14 > i; --k) {
            const auto x = d.lower(k - 1);
            if (x == "put" || x == "puts" || x == "putting" || x == "placed" || x == "places" ||
                x == "placing") {
                put_before = true;
                break;
            }
            if (is_clause_punct(d.surface(k - 1))) {
                break;
            }
        }
    }
    const bool those = before == "those" && (w == "killed" || hurt);
    const bool the_dead = before == "the" && (w == "dead" || hurt);
    if (!number_of && !put_before && !those && !the_dead) {
        return std::nullopt;
    }
    std::size_t k = i + 1;
    // "put the dead at 35", "put the number of dead at 35"
    if ((put_before || number_of) && d.lower(k) == "at") {
        if (auto q = parse_quantity(d, k + 1, end, false); q && !q->vague) {
            return StatedToll{*q, hurt, false};
        }
        return std::nullopt;
    }
    if (put_before && !number_of && !the_dead) {
        return std::nullopt;
    }
    // (past the event they died in: "the number of people killed in this morning's double
    // suicide bombing in Baghdad has risen to 38")
    if (number_of && k < end &&
        (d.lower(k) == "in" || d.lower(k) == "from" || d.lower(k) == "during" ||
         d.lower(k) == "since")) {
        for (std::size_t j = k + 1;
             j < end && j < k + 14 && !is_clause_punct(d.surface(j)) && d.surface(j) != ","; ++j) {
            const auto x = d.lower(j);
            if (x == "has" || x == "had" || x == "rose" || x == "climbed" || x == "stood" ||
                x == "reached") {
                k = j;
                break;
            }
        }
    }
    // "... rose to 35", "... had risen to 35", "... stood at 35", "... numbered 35", "... was
    // 35", "... reached 35"
    const std::size_t verb_from = k;
    while (k < end && k < verb_from + 2 &&
           (d.lower(k) == "has" || d.lower(k) == "had" || d.lower(k) == "have" ||
            d.lower(k) == "now" || d.lower(k) == "later" || d.lower(k) == "then")) {
        ++k;
    }
    if (k + 1 >= end) {
        return std::nullopt;
    }
    const auto v = d.lower(k);
    const bool moved = v == "rose" || v == "risen" || v == "rises" || v == "climbed" ||
                       v == "climbs" || v == "jumped" || v == "increased" || v == "grew";
    const bool stood = v == "stood" || v == "stands" || v == "reached" || v == "reaches" ||
                       v == "numbered" || v == "number" || v == "numbers" || v == "totalled" ||
                       v == "totaled" || v == "totals" || v == "hit" ||
                       ((v == "was" || v == "is") && number_of);
    if (!moved && !stood) {
        return std::nullopt;
    }
    ++k;
    if (d.lower(k) == "to" || d.lower(k) == "at") {
        ++k;
    }
    if (auto q = parse_quantity(d, k, end, false); q && !q->vague) {
        // ("the dead numbered 35 soldiers and police": the count, whoever they were)
        return StatedToll{*q, hurt, moved || v == "stood" || v == "stands" || v == "reached"};
    }
    return std::nullopt;
}

/// Every word count_casualties's loop acts on. (A branch for a new word must add the word here.)
constexpr auto kCasualtyWords = std::to_array<std::string_view>(
    {"bodies",   "body",     "corpses",      "corpse",    "killed",      "slain",      "executed",
     "martyred", "murdered", "assassinated", "beheaded",  "wounded",     "injured",    "hurt",
     "killing",  "kills",    "kill",         "martyrdom", "death",       "deaths",     "wounding",
     "injuring", "wounds",   "injures",      "injure",    "injury",      "injuries",   "died",
     "dies",     "perished", "dead",         "down",      "toll",        "fatalities", "casualties",
     "lives",    "life",     "kia",          "wia",       "executes",    "beheads",    "losing",
     "lost",     "low",      "massacred",    "slew",      "slaughtered", "strangled",  "martyrs",
     "martyr",   "succumbed"});

const WordSet& casualty_words() {
    static const WordSet kSet(kCasualtyWords);
    return kSet;
}

} // namespace

const WordFilter& casualty_word_filter() {
    return casualty_words().filter();
}

bool dataset_low_at(const Document& d, std::size_t i, std::size_t begin, std::size_t end) {
    if (i + 1 >= end || d.lower(i) != "low" || !d.tokens()[i + 1].is(text::kNumber)) {
        return false;
    }
    for (std::size_t k = i; k > begin && k + 5 > i; --k) {
        if (d.lower(k - 1) == "best") {
            return true;
        }
    }
    for (std::size_t k = i + 2; k < end && k < i + 5; ++k) {
        if (d.lower(k) == "high") {
            return true;
        }
    }
    return false;
}

CasualtyCount count_casualties(const Document& d, std::size_t begin, std::size_t end) {
    CasualtyCount out;
    std::vector<Found> killed, injured;

    auto record = [&](Kind kind, std::size_t b, std::size_t e) {
        // "coming from funerals for the fighters killed in the strikes", "mourners of the men
        // killed": the dead of an event told before, mourned.
        // (Not "the funeral of two officers killed in an Israeli strike near Damascus": an
        // event told here; only one named as told before, "in the strikes".)
        const auto told_before = [&] {
            if (e + 2 >= end || d.lower(e + 1) != "in") {
                return false;
            }
            const auto x = d.lower(e + 2);
            return x == "the" || x == "those" || x == "these" || x == "that" || x == "last" ||
                   x == "earlier" || x == "previous";
        };
        for (std::size_t k = b >= begin + 2 ? b - 2 : begin; k + 1 < e && k < b + 4; ++k) {
            const auto m = d.lower(k);
            if ((m == "funeral" || m == "funerals" || m == "mourners" || m == "burial" ||
                 m == "burials") &&
                (d.lower(k + 1) == "for" || d.lower(k + 1) == "of") && told_before()) {
                return;
            }
        }
        bool zero = false;
        const auto n = count_people(d, b, e, zero, out.absurd);
        Found f;
        f.b = b;
        f.e = e;
        f.zero = zero && (!n || *n == 0);
        f.n = f.zero ? std::optional<std::int64_t>(0) : n;
        for (std::size_t i = b; i < e; ++i) {
            if (is_person_noun(d.word(i))) {
                f.head = d.lower(i);
            }
        }
        // ("three soldiers were killed ... and two more later died": more of them, a party
        // of its own)
        if (f.head.empty() && e >= b + 2 && d.lower(b + 1) == "more") {
            f.head = "more";
        }
        if (f.n || f.zero) {
            (kind == Kind::killed ? killed : injured).push_back(f);
        }
    };

    // (Only the words of kCasualtyWords: the others are passed over by the tokens' classes, and
    // a clause with none of them is not scanned.)
    static const WordSet& acted_on = casualty_words();
    const std::uint8_t* const classes = token_classes(d);
    for (std::size_t i = d.may_hold<kCasualtyWords>(begin, end) ? begin : end; i < end; ++i) {
        i = text::next_of_class(classes, i, end, kCasualtyWord);
        if (i >= end) {
            break;
        }
        if (!acted_on.contains_let_through(d.word(i))) { // (its filter let it through)
            continue;
        }
        const auto w = d.lower(i);
        // "resulting in one martyr and two wounded", "two soldiers fell as martyrs": the word
        // for the dead of the region's press (not "Martyrs Square", "the martyrs' families").
        if (w == "martyr" || w == "martyrs") {
            if (d.tokens()[i].is(text::kCapitalized) || d.tokens()[i].is(text::kPossessive)) {
                continue;
            }
            // (past a word or two of who they were: "2 PMF martyrs")
            std::size_t n = i;
            while (n > begin + 1 && n + 2 > i && is_modifier(d, n - 1) &&
                   !d.tokens()[n - 1].is(text::kNumber)) {
                --n;
            }
            if (n > begin &&
                (d.tokens()[n - 1].is(text::kNumber) || unit_word(d.lower(n - 1)) >= 1)) {
                record(Kind::killed, n - 1, i + 1);
            } else if (i >= begin + 3 && d.lower(i - 1) == "as" &&
                       (d.lower(i - 2) == "fell" || d.lower(i - 2) == "died")) {
                std::size_t np_end = i - 2;
                const std::size_t s = np_start_before(d, begin, i - 2, &np_end);
                if (s < np_end) {
                    record(Kind::killed, s, np_end);
                }
            }
            continue;
        }
        // An event dataset's estimates of the dead, "best 18, low 14, high 21", "best 4 / low
        // 3 / high 4": the low one, the lowest count the sources support (the last told: "now
        // best 4 / low 3" after "previously best 2 / low 2").
        if (w == "low") {
            if (const auto q = parse_quantity(d, i + 1, end, false);
                q && q->value <= kMaxCasualties && dataset_low_at(d, i, begin, end)) {
                out.dataset_low = q->value;
                i = q->end - 1;
                // ("now best 4 / low 3": the record's estimates revised)
                for (std::size_t k = i; k > begin && k + 7 > i; --k) {
                    out.toll_update = out.toll_update || d.lower(k - 1) == "now";
                }
            }
            continue;
        }
        // A count given after a colon: "Dead: 144", "dead reported to us from Sadr City so
        // far: 144", "Killed so far: 20, wounded: 45".
        {
            const bool dead_label =
                w == "dead" || w == "killed" || w == "deaths" || w == "fatalities";
            const bool hurt_label = w == "wounded" || w == "injured" || w == "injuries";
            bool counted = false;
            for (std::size_t k = i + 1; (dead_label || hurt_label) && k + 1 < end && k < i + 10;
                 ++k) {
                const auto x = d.surface(k);
                if (x == ":") {
                    if (const auto q = parse_quantity(d, k + 1, end, false);
                        q && !q->vague && d.tokens()[k + 1].is(text::kNumber) &&
                        q->value <= kMaxCasualties &&
                        (q->end >= end || !is_person_noun(d.word(q->end)))) {
                        (dead_label ? killed : injured).push_back({q->value, false, "label"});
                        counted = true;
                        i = q->end - 1;
                    }
                    break;
                }
                // (past a day written with a slash: "Wounded of 27/03 referred to Mosul: 61")
                if (d.tokens()[k].is(text::kNumber) && k + 2 < end && d.surface(k + 1) == "/" &&
                    d.tokens()[k + 2].is(text::kNumber)) {
                    k += 2;
                    continue;
                }
                if (is_clause_punct(x) || x == "," || d.tokens()[k].is(text::kNumber)) {
                    break;
                }
            }
            if (counted) {
                continue;
            }
        }
        // A count stated as the toll: "put the dead at 35 and the wounded at 60", "the number
        // of dead rose to 35", "the number of people killed stood at 35", "the dead numbered
        // 35", "those killed numbered 35".
        if (const auto stated = stated_toll(d, begin, end, i)) {
            if (stated->q.value <= kMaxCasualties) {
                (stated->hurt ? injured : killed)
                    .push_back({stated->q.value, false, stated->hurt ? "stated hurt" : "stated"});
                out.toll_update = out.toll_update || (stated->update && !stated->hurt);
                out.estimate = out.estimate || (!stated->update && !stated->hurt);
            } else {
                out.absurd = true;
            }
            i = stated->q.end - 1;
            continue;
        }
        // The dead found: "the bodies of eight men", "two bodies", "the body of a shepherd".
        if (remains_found_verb(d, i, begin, end)) {
            const bool plural = w == "bodies" || w == "corpses";
            if (i + 1 < end && d.lower(i + 1) == "of") {
                std::size_t q = i + 2;
                while (q < end && d.lower(q) == "the") {
                    ++q;
                }
                const std::size_t size_before = killed.size();
                if (const auto part = parse_quantity(d, q, end, false);
                    part && part->end < end && d.lower(part->end) == "of") {
                    killed.push_back({part->value, false, "bodies"}); // "two of them"
                    continue;
                }
                record(Kind::killed, q, np_end_after(d, q, end));
                if (killed.size() == size_before) {
                    killed.push_back({plural ? 2 : 1, false, "bodies"});
                }
            } else {
                // "four bodies", "four more bodies", "the decomposed bodies"
                std::optional<std::int64_t> n;
                for (std::size_t k = i; k > begin && k + 3 > i && !n; --k) {
                    if (!d.tokens()[k - 1].is(text::kWord) &&
                        !d.tokens()[k - 1].is(text::kNumber)) {
                        break;
                    }
                    if (const auto q = parse_quantity(d, k - 1, i, false)) {
                        n = q->value;
                    }
                }
                killed.push_back({n.value_or(plural ? 2 : 1), false, "bodies"});
            }
            continue;
        }
        // Alerts' abbreviations: "3 PMF KIA, 4 WIA", "8 KIA incl 5 ISF, 20+ WIA".
        // ("two KIA minibuses": cars)
        if ((w == "kia" || w == "wia") && d.tokens()[i].is(text::kAllUpper) &&
            !(i + 1 < end && is_vehicle_word(d.lower(i + 1)))) {
            if (const auto n = abbreviated_count(d, begin, i); n && *n <= kMaxCasualties) {
                (w == "kia" ? killed : injured).push_back({*n, false, "count"});
            }
            continue;
        }
        // ("stabbed to death a shepherd", "two women were beaten to death": the death told as
        // the verb's end)
        const auto by_hand = [](text::TokenText v) {
            return v == "stabbed" || v == "beaten" || v == "hacked" || v == "tortured" ||
                   v == "stoned" || v == "burned" || v == "clubbed" || v == "beat";
        };
        const bool to_death =
            w == "death" && i >= begin + 2 && d.lower(i - 1) == "to" && by_hand(d.lower(i - 2));
        // ("an assailant stabbed a refugee to death": the one killed between the verb and its
        // end)
        if (w == "death" && !to_death && i >= begin + 3 && d.lower(i - 1) == "to") {
            std::size_t v = i - 2;
            while (v > begin && v + 6 > i && !by_hand(d.lower(v)) &&
                   !is_clause_punct(d.surface(v)) && d.surface(v) != ",") {
                --v;
            }
            if (by_hand(d.lower(v)) && v + 2 < i - 1) {
                record(Kind::killed, v + 1, i - 1);
                continue;
            }
            if (by_hand(d.lower(v)) && v + 2 == i - 1 &&
                (d.lower(v + 1) == "him" || d.lower(v + 1) == "her")) {
                killed.push_back({1, false, "pronoun"}); // ("stabbed him to death")
                continue;
            }
        }
        const bool kill_verb = w == "killed" || w == "slain" || w == "executed" ||
                               w == "martyred" || w == "murdered" || w == "assassinated" ||
                               w == "slew" || w == "strangled" || w == "beheaded" ||
                               w == "massacred" || w == "slaughtered" || to_death;
        const bool injure_verb = w == "wounded" || w == "injured" || w == "hurt";
        // "the families of killed protesters", "care for wounded fighters": a participle that
        // describes people told about, no count of this event.
        if ((kill_verb || injure_verb) && i > begin && i + 1 < end &&
            (d.lower(i - 1) == "of" || d.lower(i - 1) == "for") && is_person_noun(d.lower(i + 1))) {
            continue;
        }
        if (w == "slain" && dead_told_about(d, begin, i)) {
            continue; // ("pictures of the slain activist")
        }
        // "a march demanding to know who killed the activists": a question asked, no count.
        if (kill_verb && i >= begin + 2 && d.lower(i - 1) == "who") {
            const auto q = d.lower(i - 2);
            if (q == "know" || q == "knowing" || q == "ask" || q == "asked" || q == "asking" ||
                q == "reveal" || q == "identify" || q == "out" || q == "wondering") {
                continue;
            }
        }
        // ("the death of 25 demonstrators and the injury of more than 200 others")
        const bool of_follows = i + 1 < end && d.lower(i + 1) == "of";
        // "the second anniversary of the killing of Soleimani and al-Muhandis": dead
        // remembered, not counted again.
        if (of_follows && i >= begin + 3 && d.lower(i - 1) == "the" && d.lower(i - 2) == "of" &&
            (d.lower(i - 3) == "anniversary" || d.lower(i - 3) == "anniversaries" ||
             d.lower(i - 3) == "commemoration")) {
            continue;
        }
        // ("IS executes 4 men": a headline's present, as "kills")
        // ("repelled the assault, losing two men": a side's own dead)
        bool lost_people = false;
        if ((w == "losing" || w == "lost") && i + 2 < end) {
            if (const auto q = parse_quantity(d, i + 1, end, false)) {
                lost_people = q->end < end && is_person_noun(d.word(q->end));
            }
        }
        const bool kill_ing = w == "killing" || w == "kills" || w == "kill" || w == "martyrdom" ||
                              w == "executes" || w == "beheads" || lost_people ||
                              ((w == "death" || w == "deaths") && of_follows);
        // (nor the dead of the attack an anniversary is of: "rallied for the fifth anniversary
        // of the US drone strike that killed Qassem Soleimani", "on the anniversary of the
        // massacre, in which IS executed 1,700 cadets")
        if (kill_verb || kill_ing) {
            bool remembered = false;
            for (std::size_t k = i; k > begin && k + 16 > i && !remembered; --k) {
                const auto x = d.lower(k - 1);
                if (x == ";" || x == "." || x == ":") {
                    break;
                }
                // (a comma closes the anniversary's phrase, "On the anniversary of the
                // liberation, a bomb killed two", unless a relative clause opens after it)
                if (x == "," && k < i) {
                    const auto nx = d.lower(k);
                    const bool relative =
                        nx == "which" || nx == "when" || nx == "whose" ||
                        ((nx == "in" || nx == "during") && k + 1 < i && d.lower(k + 1) == "which");
                    if (!relative) {
                        break;
                    }
                }
                remembered = (x == "anniversary" || x == "anniversaries" || x == "commemoration" ||
                              x == "commemorating") &&
                             k < i && d.lower(k) == "of";
            }
            if (remembered) {
                continue;
            }
        }
        // ("causing minor injuries to eight personnel")
        const bool to_count = i + 2 < end && d.lower(i + 1) == "to" &&
                              parse_quantity(d, i + 2, end, false).has_value();
        const bool injure_ing = w == "wounding" || w == "injuring" || w == "wounds" ||
                                w == "injures" || w == "injure" ||
                                ((w == "injury" || w == "injuries") && (of_follows || to_count));
        const Kind kind = (kill_verb || kill_ing || w == "died" || w == "dead" || w == "dies" ||
                           w == "perished" || w == "succumbed" || w == "death" || w == "deaths" ||
                           w == "fatalities" || w == "lives")
                              ? Kind::killed
                              : Kind::injured;

        // "the dead were a vendor and a child", "the dead included two policemen": who they
        // were, counted.
        // (So are "the wounded included two policemen and a child".)
        // (So are "those killed included ...", "those wounded were ...".)
        // (Also inverted at the clause's head: "Killed were two soldiers and a civilian.")
        if ((w == "killed" || w == "wounded" || w == "injured") && i == begin && i + 2 < end &&
            d.lower(i + 1) == "were") {
            record(w == "killed" ? Kind::killed : Kind::injured, i + 2,
                   np_end_after(d, i + 2, end));
            continue;
        }
        if ((w == "dead" || w == "wounded" || w == "injured" || w == "killed") && i > begin &&
            (d.lower(i - 1) == "the" || (d.lower(i - 1) == "those" && w != "dead")) &&
            i + 2 < end &&
            (d.lower(i + 1) == "were" || d.lower(i + 1) == "included" ||
             d.lower(i + 1) == "include")) {
            record(w == "dead" || w == "killed" ? Kind::killed : Kind::injured, i + 2,
                   np_end_after(d, i + 2, end));
            continue;
        }
        if (kill_verb || injure_verb || w == "died" || w == "dies" || w == "perished" ||
            w == "succumbed") {
            if (w == "wounds" && i > begin &&
                (d.lower(i - 1) == "of" || (i >= begin + 3 && d.lower(i - 3) == "succumbed"))) {
                continue; // "died of wounds", "succumbed to his wounds": not a separate injury
            }
            // Passive or intransitive: the people are before ("two soldiers were killed").
            // (An adverb alone makes no passive: "an airstrike reportedly killed 60 civilians".)
            std::size_t p = to_death ? i - 2 : i; // (the verb: "were stabbed to death")
            bool aux = false;
            // "two British soldiers were among those wounded": the people before "were among"
            if (p >= begin + 3 && d.lower(p - 1) == "those" && d.lower(p - 2) == "among") {
                p -= 2;
                aux = true;
            }
            // (not the group's name in capitals: "a landmine left by IS killed two")
            while (p > begin && (is_aux(d.lower(p - 1)) || is_adverb(d.lower(p - 1))) &&
                   d.surface(p - 1) != "IS") {
                // (a perfect is active: "the army said it had killed eleven militants")
                const auto a = d.lower(p - 1);
                aux = aux || (is_aux(a) && a != "have" && a != "has" && a != "had");
                --p;
            }
            // "eight fighters are reported killed", "were said to have been killed": the
            // report's verb stands between the people and the passive.
            auto hearsay = [](text::TokenText v) {
                return v == "reported" || v == "believed" || v == "confirmed" || v == "feared" ||
                       v == "presumed" || v == "thought" || v == "said" || v == "likely";
            };
            if (p > begin + 1 && hearsay(d.lower(p - 1)) && is_aux(d.lower(p - 2))) {
                p -= 2;
                aux = true;
            } else if (aux && p > begin + 2 && d.lower(p - 1) == "to" && hearsay(d.lower(p - 2)) &&
                       is_aux(d.lower(p - 3))) {
                p -= 3;
            }
            const bool passive =
                aux || w == "died" || w == "dies" || w == "perished" || w == "succumbed";
            // "a roadside bomb killed him and two of his guards": the man the text was about,
            // and his people listed after him.
            if (!passive && kill_verb && i + 3 < end &&
                (d.lower(i + 1) == "him" || d.lower(i + 1) == "her") && d.lower(i + 2) == "and") {
                if (const auto more = listed_after(d, i + 2, end); more > 0) {
                    (kind == Kind::killed ? killed : injured)
                        .push_back({1 + more, false, "pronoun"});
                    continue;
                }
            }
            // "condolences for the two soldiers who died in a roadside bomb attack": the people
            // the relative pronoun stands for died, when they are counted (not "relatives of
            // the patients who died in last week's fire", "the clan of a patient who died":
            // dead told about).
            // (A "died" needs the violence it died of: not "the 20 patients who died of the
            // virus". Asked only of a "who" after a person.)
            const auto violent_death = [&] {
                if (w != "died" && w != "dies" && w != "perished") {
                    return true;
                }
                static const WordSet kViolence = {
                    "attack",   "attacks",   "bomb",      "bombing", "bombings", "blast",
                    "blasts",   "explosion", "shelling",  "strike",  "strikes",  "clash",
                    "clashes",  "fighting",  "shooting",  "gunfire", "ambush",   "wounds",
                    "rocket",   "rockets",   "airstrike", "mortar",  "drone",    "violence",
                    "exploded", "gunmen",    "militants", "raid",    "battle",   "assault",
                    "missile",  "missiles",  "shell",     "shells",  "grenade",  "ied",
                    "suicide",  "sniper",    "crossfire", "shot",    "bullets"};
                for (std::size_t k = i + 1; k < end && k < i + 9; ++k) {
                    if (kViolence.contains(d.word(k))) {
                        return true;
                    }
                }
                return false;
            };
            const bool who_died = passive && p > begin + 1 && d.lower(p - 1) == "who" &&
                                  is_person_noun(d.word(p - 2)) && violent_death();
            std::size_t np_end = who_died ? p - 1 : p;
            std::size_t s = np_start_before(d, begin, who_died ? p - 1 : p, &np_end);
            // "Al-Hashimi was shot by gunmen ... on the evening of 6 July and died in hospital":
            // the one shot died, the subject of the passive the "and" joins (not the words
            // just before it, "gunmen" or a date).
            if ((w == "died" || w == "dies") && p > begin + 3 &&
                (d.lower(p - 1) == "and" || d.lower(p - 1) == "but")) {
                for (std::size_t k = p - 2; k > begin + 1 && k + 30 > p; --k) {
                    const auto v = d.lower(k);
                    if (is_clause_punct(d.surface(k))) {
                        break;
                    }
                    if ((v == "shot" || v == "wounded" || v == "injured" || v == "hurt" ||
                         v == "stabbed") &&
                        (d.lower(k - 1) == "was" || d.lower(k - 1) == "were")) {
                        std::size_t ne = k - 1;
                        const std::size_t s2 = np_start_before(d, begin, k - 1, &ne);
                        if (s2 < ne) {
                            s = s2;
                            np_end = ne;
                        }
                        break;
                    }
                }
            }
            // "...; she was killed and a companion was wounded": the one person the pronoun
            // stands for.
            // (not "until she died", "how he died": a death told, no killing counted here)
            // (said as it is: not "he was reported killed, but ... he survived")
            if (aux && kill_verb && !who_died && p + 1 == i && p > begin &&
                (d.lower(p - 1) == "he" || d.lower(p - 1) == "she") &&
                (p - 1 == begin || is_clause_punct(d.surface(p - 2)) || d.lower(p - 2) == "and")) {
                killed.push_back({1, false, "pronoun"});
                continue;
            }
            if (who_died) {
                bool counted = false;
                for (std::size_t k = s; k < np_end && !counted; ++k) {
                    counted = d.tokens()[k].is(text::kNumber) || unit_word(d.lower(k)) >= 2 ||
                              tens_word(d.lower(k)) >= 0;
                }
                if (!counted) {
                    np_end = p;
                    s = np_start_before(d, begin, p, &np_end);
                }
            }
            // ("Two fishermen were killed and a third later succumbed to his wounds": one
            // more, told by its ordinal)
            if (passive && p >= begin + 2 && p <= i &&
                (d.lower(p - 2) == "a" || d.lower(p - 2) == "an") &&
                (d.lower(p - 1) == "second" || d.lower(p - 1) == "third" ||
                 d.lower(p - 1) == "fourth" || d.lower(p - 1) == "fifth") &&
                p - 2 > begin && d.lower(p - 3) == "and") {
                (kind == Kind::killed ? killed : injured).push_back({1, false, "ordinal"});
                continue;
            }
            if (passive || (!starts_noun_phrase(d, i + 1, end) && s < p)) {
                if (s < np_end) {
                    auto& list = kind == Kind::killed ? killed : injured;
                    const std::size_t before = list.size();
                    record(kind, s, np_end);
                    // "... was killed along with his driver and three others"
                    std::size_t q = i + 1;
                    if (q + 2 < end && d.surface(q) == "," &&
                        (d.lower(q + 1) == "along" || d.lower(q + 1) == "together" ||
                         d.lower(q + 1) == "alongside")) {
                        ++q; // "were killed, along with 48 attackers"
                    }
                    if (q + 1 < end && (d.lower(q) == "along" || d.lower(q) == "together") &&
                        d.lower(q + 1) == "with") {
                        q += 2;
                    } else if (q < end && d.lower(q) == "alongside") {
                        q += 1;
                    } else {
                        q = end;
                    }
                    if (q < end && list.size() > before && list.back().n) {
                        if (const auto more = companions(d, q, end)) {
                            *list.back().n += *more;
                        }
                    }
                } else if (w == "died") {
                    out.deaths_mentioned = true;
                }
                continue;
            }
            // Active: "A rocket attack killed a US civilian contractor".
            if (kill_verb || injure_verb) {
                const std::size_t e = np_end_after(d, i + 1, end);
                auto& list = kind == Kind::killed ? killed : injured;
                const std::size_t before = list.size();
                record(kind, i + 1, e);
                // "killed Qasem Soleimani, Abu Mahdi al-Muhandis and eight others", "killed
                // al-Saadi, a commander, and two other men"
                if (list.size() > before && list.back().n && e > i + 1 &&
                    (d.tokens()[i + 1].is(text::kCapitalized) ||
                     ((d.lower(i + 1) == "al" || d.lower(i + 1) == "el") && i + 2 < end &&
                      d.tokens()[i + 2].is(text::kCapitalized)))) {
                    *list.back().n += listed_after(d, e, end);
                } else if (list.size() > before && list.back().n) {
                    *list.back().n += listed_after_title(d, i + 1, e, end);
                }
                // "killed a PMF commander along with four of his bodyguards", "killed Soleimani
                // and al-Muhandis, along with eight others": the people killed with them.
                if (list.size() > before && list.back().n) {
                    *list.back().n += killed_with(d, i + 1, e, end, true);
                }
            }
            continue;
        }
        if (kill_ing || injure_ing) {
            std::size_t q = i + 1;
            // "attacked a shepherd, killing him": one person. (Not "her" owning who follows:
            // "wounding her two brothers", "killing her son".)
            const bool her_owns =
                q + 1 < end && d.lower(q) == "her" &&
                (parse_quantity(d, q + 1, end, false).has_value() || is_person_noun(d.word(q + 1)));
            if (q < end && (d.lower(q) == "him" || (d.lower(q) == "her" && !her_owns))) {
                // ("killing him and his son": the kin named with him count too)
                std::int64_t n = 1;
                if (q + 2 < end && d.lower(q + 1) == "and" &&
                    (d.lower(q + 2) == "his" || d.lower(q + 2) == "her")) {
                    bool zero = false;
                    n += count_people(d, q + 2, np_end_after(d, q + 2, end), zero, out.absurd)
                             .value_or(0);
                } else {
                    n += listed_after(d, q + 1, end); // ("killing him and two of his guards")
                }
                (kind == Kind::killed ? killed : injured).push_back({n, false, "pronoun"});
                continue;
            }
            // "a drone struck a car carrying two PKK members, killing both": the two just
            // counted. (Not "killing both men", counted as a phrase below.)
            if (q < end && d.lower(q) == "both" &&
                (q + 1 >= end || !d.tokens()[q + 1].is(text::kWord))) {
                (kind == Kind::killed ? killed : injured).push_back({2, false, "pronoun"});
                continue;
            }
            // "the killing of the two Marines", "injuries to eight personnel"
            if (q < end && (d.lower(q) == "of" || (d.lower(q) == "to" && to_count))) {
                ++q;
            }
            while (q < end && d.lower(q) == "the") {
                ++q;
            }
            const std::size_t e = np_end_after(d, q, end);
            if (e > q) {
                auto& list = kind == Kind::killed ? killed : injured;
                const std::size_t before = list.size();
                record(kind, q, e);
                // "killing al-Saadi, ..., and two other men"
                const bool named = d.tokens()[q].is(text::kCapitalized) ||
                                   ((d.lower(q) == "al" || d.lower(q) == "el") && q + 1 < end &&
                                    d.tokens()[q + 1].is(text::kCapitalized));
                if (list.size() > before && list.back().n && named) {
                    *list.back().n += listed_after(d, e, end);
                } else if (list.size() > before && list.back().n) {
                    *list.back().n += listed_after_title(d, q, e, end);
                }
                // "killing a boy along with the fighter it was aimed at"
                if (list.size() > before && list.back().n) {
                    *list.back().n += killed_with(d, q, e, end, false);
                }
            } else if (i > begin && d.tokens()[i - 1].is(text::kPossessive) &&
                       d.tokens()[i - 1].is(text::kCapitalized)) {
                killed.push_back({1, false, "named"}); // "Soleimani's killing"
            }
            continue;
        }
        // "shot him dead", "gunned her down"
        if ((w == "dead" || w == "down") && i > begin + 1 &&
            (d.lower(i - 1) == "him" || d.lower(i - 1) == "her") &&
            (d.lower(i - 2) == "shot" || d.lower(i - 2) == "gunned")) {
            killed.push_back({1, false, "pronoun"});
            continue;
        }
        if ((w == "dead" && i > begin && d.lower(i - 1) == "shot") ||
            (w == "down" && i > begin && d.lower(i - 1) == "gunned")) {
            // "gunmen shot dead the activist", "gunned down two policemen"
            if (starts_noun_phrase(d, i + 1, end)) {
                std::size_t q = i + 1;
                while (q < end && d.lower(q) == "the") {
                    ++q;
                }
                record(Kind::killed, q, np_end_after(d, q, end));
                continue;
            }
            // passive: "a journalist was gunned down outside his home"
            if (w == "down") {
                std::size_t p = i - 1;
                while (p > begin && (is_aux(d.lower(p - 1)) || is_adverb(d.lower(p - 1)))) {
                    --p;
                }
                std::size_t np_end = p;
                const std::size_t s = p + 1 < i ? np_start_before(d, begin, p, &np_end) : p;
                if (s < np_end) {
                    record(Kind::killed, s, np_end);
                }
                continue;
            }
        }
        if (w == "dead" && dead_told_about(d, begin, i)) {
            continue;
        }
        if (w == "dead") {
            // "left three dead", "three people dead"; passive "the activist was shot dead"
            // (also "he was pronounced dead at a hospital", "declared dead")
            std::size_t p = i;
            // ("an activist was found dead in Amarah": the one found; not "found dead
            // bodies", "found dead fish", the word an adjective)
            const auto next = i + 1 < end ? d.lower(i + 1) : text::TokenText();
            const bool found_dead =
                i > begin + 1 && d.lower(i - 1) == "found" &&
                (i + 1 >= end || is_clause_punct(d.surface(i + 1)) || d.surface(i + 1) == "," ||
                 next == "in" || next == "at" || next == "on" || next == "near" ||
                 next == "inside" || next == "outside" || next == "after" || next == "with" ||
                 next == "the" || next == "a" || next == "early" || next == "late" ||
                 next == "hours" || next == "days" || next == "yesterday" || next == "today" ||
                 next == "nearby") &&
                // (not a death of no violence: "apparently of natural causes", "an apparent
                // suicide", "drowned")
                [&] {
                    // (in its sentence and the next)
                    const std::size_t si = d.sentence_of(i);
                    const std::size_t to =
                        d.sentences()[std::min(si + 1, d.sentences().size() - 1)].token_end;
                    for (std::size_t k = d.sentences()[si].token_begin; k < to; ++k) {
                        const auto x = d.lower(k);
                        if (x == "natural" || x == "suicide" || x == "drowned" || x == "illness" ||
                            x == "overdose" || x == "accident" || x == "heart") {
                            return false;
                        }
                    }
                    return true;
                }();
            if (i > begin && (d.lower(i - 1) == "shot" || d.lower(i - 1) == "pronounced" ||
                              d.lower(i - 1) == "declared" || found_dead)) {
                p = i - 1;
                // (also "three shepherds (were) found shot dead")
                while (p > begin &&
                       (is_aux(d.lower(p - 1)) || is_adverb(d.lower(p - 1)) ||
                        (d.lower(i - 1) == "shot" &&
                         (d.lower(p - 1) == "found" || d.lower(p - 1) == "discovered")))) {
                    --p;
                }
                // ("1 policeman shot dead by gunmen": a headline's passive, its agent after)
                const bool agent = i + 1 < end && d.lower(i + 1) == "by";
                // ("1 PROTESTER SHOT DEAD": a headline's count before it)
                // (also in words, past one word of trade: "four truffle hunters shot dead,
                // their vehicles burned")
                const auto count_at = [&](std::size_t k) {
                    return d.tokens()[k].is(text::kNumber) || unit_word(d.lower(k)) >= 2;
                };
                const bool counted =
                    p >= begin + 2 && is_person_noun(d.lower(p - 1)) &&
                    (count_at(p - 2) ||
                     (p >= begin + 3 && d.tokens()[p - 2].is(text::kWord) &&
                      !d.tokens()[p - 2].is(text::kCapitalized) && count_at(p - 3)));
                // ("Shepherd shot dead outside Jalawla": a headline's passive, its person first
                // and where it happened after)
                const auto after = i + 1 < end ? d.lower(i + 1) : text::TokenText();
                const bool headline =
                    p == begin + 1 && is_person_noun(d.lower(p - 1)) &&
                    (i + 1 >= end || after == "outside" || after == "near" || after == "in" ||
                     after == "at" || after == "on" || after == "inside" || after == ",");
                // ("- Reham Yacoub, a doctor and protest leader, shot dead in her car in Basra
                // on 19 August 2020;": a list's item or a headline naming the one person first,
                // past an apposition, and where it happened after)
                bool named_first = false;
                if (p + 1 == i && !agent && !counted && !headline &&
                    (after == "outside" || after == "near" || after == "in" || after == "at" ||
                     after == "inside")) {
                    std::size_t ne = p;
                    const std::size_t s0 = np_start_before(d, begin, p, &ne);
                    named_first =
                        s0 + 1 < ne && ne - s0 <= 4 &&
                        (s0 == begin || (s0 == begin + 1 && text::is_bullet(d.surface(begin)))) &&
                        d.tokens()[s0].is(text::kCapitalized) &&
                        d.tokens()[ne - 1].is(text::kCapitalized) &&
                        !is_person_noun(d.word(ne - 1)) && // (a name: not "Police")
                        // (a person's, told by the apposition after it: not a group's
                        // name, "Saraya al-Salam shot dead in Samarra clash")
                        ne < p && d.surface(ne) == ",";
                }
                if (p + 1 == i && !agent && !counted && !headline && !named_first) {
                    continue; // "shot dead" with no auxiliary before and no object after
                }
            }
            std::size_t np_end = p;
            std::size_t s = np_start_before(d, begin, p, &np_end);
            // ("Thirteen hostages held by the PKK were found dead": the people a participle's
            // agent is told after, not the agent)
            if (s >= begin + 3 && s < np_end && d.lower(s - 1) == "by") {
                const auto part = d.lower(s - 2);
                if (part == "held" || part == "taken" ||
                    (part.size() > 4 && part.substr(part.size() - 2) == "ed")) {
                    std::size_t e2 = s - 2;
                    const std::size_t s2 = np_start_before(d, begin, s - 2, &e2);
                    if (s2 < e2 && is_person_noun(d.word(e2 - 1))) {
                        s = s2;
                        np_end = e2;
                    }
                }
            }
            // ("the activist Ihab al-Wazni, who was shot dead outside his home": the one person
            // the relative clause hangs on, the word before its comma; not when the clause tells
            // a day of its own, "his brother, who was shot dead on Friday" or "in May 2021",
            // another event's dead)
            const auto person_at = [&](std::size_t k) {
                return is_person_noun(d.word(k)) || d.tokens()[k].is(text::kCapitalized) ||
                       std::any_of(d.surface(k).begin(), d.surface(k).end(),
                                   [](char c) { return c >= 'A' && c <= 'Z'; });
            };
            // (past an apposition: "Dr Reham Yacoub, a physician and advocate for women's
            // rights, who was shot dead": the name before the comma that opens "a ...")
            const bool who_comma =
                p >= 3 && p - 1 >= begin && d.lower(p - 1) == "who" && d.surface(p - 2) == ",";
            std::size_t hung = p >= 3 ? p - 3 : 0;
            if (who_comma && !person_at(hung)) {
                const std::size_t sb0 = d.sentences()[d.sentence_of(p - 1)].token_begin;
                for (std::size_t k = p - 3; k > sb0 + 1 && k + 14 > p; --k) {
                    if (d.surface(k) == ",") {
                        if ((d.lower(k + 1) == "a" || d.lower(k + 1) == "an") &&
                            d.tokens()[k - 1].is(text::kCapitalized)) {
                            hung = k - 1;
                        }
                        break;
                    }
                }
            }
            if (who_comma && d.lower(i - 1) == "shot" && d.lower(p) == "was" && person_at(hung)) {
                std::size_t clause_end = i + 1;
                while (clause_end < end && d.surface(clause_end) != "," &&
                       d.surface(clause_end) != ";" && d.surface(clause_end) != ".") {
                    ++clause_end;
                }
                // (dated inside while the sentence tells another day outside it)
                const auto dated_in = [&](std::size_t from, std::size_t to) {
                    for (std::size_t k = from; k < to; ++k) {
                        const auto x = d.lower(k);
                        if (year_number(d, k) > 0 || text::weekday_from_word(x) >= 0 ||
                            text::month_from_word(x) != 0 || x == "yesterday" || x == "during" ||
                            x == "ago") {
                            return true;
                        }
                    }
                    return false;
                };
                // (outside it: in the sentence up to a semicolon either side, not in the next
                // item of a motion's "...; notes that ... since October 2019")
                const auto& sent = d.sentences()[d.sentence_of(p)];
                std::size_t from = p - 1, to = clause_end;
                while (from > sent.token_begin && d.surface(from - 1) != ";") {
                    --from;
                }
                while (to < sent.token_end && d.surface(to) != ";") {
                    ++to;
                }
                const bool dated =
                    dated_in(p, clause_end) && (dated_in(from, p - 1) || dated_in(clause_end, to));
                if (!dated) {
                    // (the person it hangs on: after the last "of", "three relatives of the
                    // sheikh" is the sheikh)
                    const std::size_t sb = d.sentences()[d.sentence_of(p - 1)].token_begin;
                    std::size_t who_end = hung + 1;
                    std::size_t who_start = np_start_before(d, sb, hung + 1, &who_end);
                    for (std::size_t k = who_start; k < who_end; ++k) {
                        if (d.lower(k) == "of") {
                            who_start = k + 1;
                        }
                    }
                    if (who_start < who_end) {
                        record(Kind::killed, who_start, who_end);
                        continue;
                    }
                }
            }
            // ("17 men from Karma who had surrendered at a checkpoint were shot dead": the
            // people a relative clause with no commas hangs on)
            if (p > begin + 2 && i > begin && d.lower(i - 1) == "shot" &&
                (d.lower(p) == "were" || d.lower(p) == "was")) {
                std::size_t h = p;
                while (h > begin && h + 12 > p && d.lower(h - 1) != "who" &&
                       !is_clause_punct(d.surface(h - 1)) && d.surface(h - 1) != ",") {
                    --h;
                }
                if (h > begin + 1 && h + 12 > p && d.lower(h - 1) == "who" &&
                    d.surface(h - 2) != ",") {
                    std::size_t who_end = h - 1;
                    const std::size_t who_start = np_start_before(d, begin, h - 1, &who_end);
                    if (who_start < who_end) {
                        record(Kind::killed, who_start, who_end);
                        continue;
                    }
                }
            }
            if (s < np_end) {
                record(Kind::killed, s, np_end);
            }
            continue;
        }
        // ("the death toll rose to 18"; in a live blog's update: "Karrada toll rises to 83")
        // (and "the toll stood at 35", "police put the toll at 35": a toll told with its
        // article, by what it did or after a verb of estimating)
        const auto toll_verb = [](text::TokenText x) {
            return x == "rises" || x == "rose" || x == "climbs" || x == "climbed" || x == "stood" ||
                   x == "stands" || x == "reached" || x == "reaches" || x == "has" || x == "had" ||
                   x == "jumped" || x == "increased" || x == "now" || x == "reaching" ||
                   x == "rising" || x == "climbing" || x == "standing" || x == "is";
        };
        // ("two soldiers died of their wounds later, bringing the toll to three": the toll
        // raised to a new total)
        const bool brought =
            w == "toll" && i >= begin + 2 && i + 1 < end && d.lower(i + 1) == "to" &&
            (d.lower(i - 1) == "the" || d.lower(i - 1) == "death") && [&] {
                std::size_t k = i - 1;
                if (d.lower(k) == "death" && k > begin && d.lower(k - 1) == "the") {
                    --k;
                }
                if (k == begin) {
                    return false;
                }
                const auto x = d.lower(k - 1);
                return x == "bringing" || x == "raising" || x == "pushing" || x == "taking" ||
                       x == "brought" || x == "raised" || x == "pushed" || x == "took";
            }();
        if (brought) {
            out.toll_update = true;
        }
        // (and "the toll from Thursday's bombing in Kirkuk rose to nine": the toll of an
        // event named after "from")
        if (w == "toll" && i > begin &&
            (d.lower(i - 1) == "death" || brought ||
             (d.lower(i - 1) == "the" && i + 1 < end && d.lower(i + 1) == "from") ||
             (i + 1 < end && (d.lower(i + 1) == "rises" || d.lower(i + 1) == "rose" ||
                              d.lower(i + 1) == "climbs" || d.lower(i + 1) == "climbed")) ||
             ((d.lower(i - 1) == "the" || d.tokens()[i - 1].is(text::kCapitalized)) &&
              i + 1 < end && (toll_verb(d.lower(i + 1)) || d.lower(i + 1) == "at")))) {
            // (the event named after "from" may be long: "the death toll from Thursday's twin
            // suicide bombings in Baghdad's Tayaran Square has risen to 32")
            const std::size_t reach = i + 1 < end && d.lower(i + 1) == "from" ? 18 : 10;
            for (std::size_t k = i + 1;
                 k < end && k < i + reach && !is_clause_punct(d.surface(k)) && d.surface(k) != ",";
                 ++k) {
                // "the death toll from four days of unrest": a total over days, no one event's.
                if (auto q = parse_quantity(d, k, end);
                    q && q->end < end && is_thing_noun(d.lower(q->end))) {
                    if (d.lower(k - 1) == "from") {
                        break;
                    }
                    k = q->end;
                    continue;
                }
                if (auto q = parse_quantity(d, k, end)) {
                    for (std::size_t v = i + 1; v < k; ++v) {
                        const auto x = d.lower(v);
                        out.toll_update = out.toll_update || x == "rose" || x == "risen" ||
                                          x == "climbed" || x == "reached" || x == "rises" ||
                                          x == "jumped" || x == "stood" || x == "stands" ||
                                          x == "reaching" || x == "rising" || x == "climbing";
                    }
                    out.estimate = out.estimate || (d.lower(k - 1) == "at" && k == i + 2);
                    if (q->value <= kMaxCasualties) {
                        killed.push_back({q->value, false, "toll"});
                    } else {
                        out.absurd = true;
                    }
                    break;
                }
            }
            continue;
        }
        if (w == "deaths" || w == "fatalities" || w == "casualties" || w == "injuries" ||
            w == "death" || w == "injury") {
            // "caused no deaths", "no casualties", "three deaths", "with ... injuries"
            std::size_t k = i;
            while (k > begin && k > i - 4 && !is_person_noun(d.word(k - 1)) &&
                   d.lower(k - 1) != "no" && !parse_quantity(d, k - 1, i)) {
                --k;
            }
            if (k > begin && d.lower(k - 1) == "no") {
                if (w == "casualties") {
                    killed.push_back({0, true, "casualties"});
                    injured.push_back({0, true, "casualties"});
                } else {
                    (kind == Kind::killed ? killed : injured).push_back({0, true, std::string(w)});
                }
                continue;
            }
            if (w == "casualties") {
                continue; // "casualties" alone: 0 deaths (ACLED)
            }
            if (k > begin) {
                if (auto q = parse_quantity(d, k - 1, i); q && q->end <= i && !q->vague) {
                    (kind == Kind::killed ? killed : injured).push_back({q->value, false, "n"});
                    continue;
                }
            }
            // "left more than 100 US soldiers with mild traumatic brain injuries"
            if (w == "injuries" || w == "injury") {
                for (std::size_t b = i; b > begin && b + 10 > i; --b) {
                    if (d.lower(b - 1) == "with") {
                        std::size_t left = b - 1;
                        while (left > begin && left + 12 > b && d.lower(left - 1) != "left" &&
                               d.lower(left - 1) != "leaving") {
                            --left;
                        }
                        if (left > begin &&
                            (d.lower(left - 1) == "left" || d.lower(left - 1) == "leaving")) {
                            record(Kind::injured, left, b - 1);
                        }
                        break;
                    }
                }
            }
            if (kind == Kind::killed) {
                out.deaths_mentioned = true;
            }
            continue;
        }
        if (w == "lives" && i > begin && d.lower(i - 1) == "their" && i > begin + 1 &&
            d.lower(i - 2) == "lost") {
            const std::size_t s = np_start_before(d, begin, i - 2);
            if (s < i - 2) {
                record(Kind::killed, s, i - 2);
            }
        }
        // "The blast claimed the lives of four soldiers"
        if (w == "lives" && i > begin + 1 && d.lower(i - 1) == "the" &&
            (d.lower(i - 2) == "claimed" || d.lower(i - 2) == "claiming" ||
             d.lower(i - 2) == "took" || d.lower(i - 2) == "taking" || d.lower(i - 2) == "cost" ||
             d.lower(i - 2) == "costing") &&
            i + 2 < end && d.lower(i + 1) == "of") {
            record(Kind::killed, i + 2, np_end_after(d, i + 2, end));
            continue;
        }
        // "The feud has so far cost four lives", "claimed at least 12 lives": the count
        // before the lives.
        if (w == "lives" && i > begin + 1) {
            for (std::size_t v = i - 1; v > begin && v + 5 > i; --v) {
                const auto x = d.lower(v - 1);
                if (x == "claimed" || x == "claiming" || x == "took" || x == "taking" ||
                    x == "cost" || x == "costing" || x == "claim" || x == "claims" ||
                    x == "costs") {
                    // (what cost them an event's noun, a few words before: not a war's or a
                    // year's toll)
                    static const WordSet kEvents = {
                        "attack",   "bombing",   "blast",    "explosion", "clash",  "clashes",
                        "fighting", "dispute",   "feud",     "strike",    "ambush", "shooting",
                        "gunfight", "firefight", "shelling", "raid",      "fight"};
                    bool event_noun = false;
                    for (std::size_t j = v - 1; j > begin && j + 6 > v && !event_noun; --j) {
                        event_noun = kEvents.contains(d.word(j - 1));
                    }
                    if (const auto q = parse_quantity(d, v, i, false);
                        event_noun && q && !q->vague && q->end == i && q->value <= kMaxCasualties) {
                        killed.push_back({q->value, false, "lives", v, i});
                    }
                    break;
                }
            }
        }
        // "A soldier lost his life"
        if (w == "life" && i > begin + 1 && (d.lower(i - 1) == "his" || d.lower(i - 1) == "her") &&
            d.lower(i - 2) == "lost") {
            const std::size_t s = np_start_before(d, begin, i - 2);
            if (s < i - 2) {
                record(Kind::killed, s, i - 2);
            } else {
                killed.push_back({1, false, "life"});
            }
        }
    }

    // Several mentions in one clause: distinct parties add up, a repeated mention does not.
    auto combine = [](const std::vector<Found>& fs) -> std::optional<std::int64_t> {
        if (fs.empty()) {
            return std::nullopt;
        }
        std::int64_t total = 0, best = 0;
        std::vector<std::string> heads;
        bool distinct = true;
        // ("killing 27 policemen, and two attackers died": the verb "died" read the whole list
        // "27 policemen, and two attackers" as its subject, 29; words counted twice are one
        // mention, not two parties.)
        for (std::size_t x = 0; x < fs.size() && distinct; ++x) {
            for (std::size_t y = x + 1; y < fs.size() && distinct; ++y) {
                distinct = fs[x].e <= fs[y].b || fs[y].e <= fs[x].b;
            }
        }
        for (const auto& f : fs) {
            const auto v = f.n.value_or(0);
            best = std::max(best, v);
            total += v;
            if (!f.head.empty()) {
                if (std::find(heads.begin(), heads.end(), f.head) != heads.end()) {
                    distinct = false;
                }
                heads.push_back(f.head);
            }
        }
        // ("The dead included four children, and 35 people were killed in all": the people
        // counted are everyone, the children among them; so is a toll: "two soldiers died
        // later, bringing the toll to three".)
        for (const auto& f : fs) {
            if (f.head == "toll" && f.n.value_or(0) == best) {
                return best;
            }
            if ((f.head == "people" || f.head == "persons") && f.n.value_or(0) == best &&
                best * 2 >= total) {
                return best;
            }
        }
        return distinct && fs.size() > 1 && heads.size() == fs.size() ? total : best;
    };
    out.killed = out.dataset_low ? out.dataset_low : combine(killed);
    if (killed.size() == 1 ||
        (killed.size() > 1 && std::all_of(killed.begin(), killed.end(), [&](const Found& f) {
             return f.head == killed.front().head;
         }))) {
        out.killed_side = side_of(killed.front().head);
    }
    out.injured = combine(injured);
    if (out.killed && *out.killed > 0) {
        out.deaths_mentioned = true;
        // "the health ministry now says 125 people were killed": a revised toll.
        static constexpr text::ScanWords kNow{"now"};
        for (std::size_t i = d.may_hold<kNow>(begin, end) ? begin : end; i + 1 < end; ++i) {
            const auto nx = d.lower(i + 1);
            // (also "toll now 11 KIA", "now 83 dead")
            if (d.lower(i) == "now" &&
                (nx == "says" || nx == "said" || nx == "say" || nx == "puts" || nx == "put" ||
                 (i > begin && d.lower(i - 1) == "toll") ||
                 parse_quantity(d, i + 1, end, false).has_value())) {
                out.toll_update = true;
                break;
            }
        }
    }
    return out;
}

} // namespace conflictmap::events
