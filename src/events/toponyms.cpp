#include "events/toponyms.hpp"

#include "events/actors.hpp"
#include "events/casualties.hpp"
#include "events/phrase_table.hpp"
#include "events/token_classes.hpp"
#include "geo/geodesy.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>
#include <type_traits>

namespace conflictmap::events {

namespace {

using text::Document;
using text::kAllUpper;
using text::kArabicScript;
using text::kCapitalized;
using text::kHasDigit;
using text::kHyphenBefore;
using text::kNumber;
using text::kWord;

// (The word-set predicates asked of nearly every token, is_article, is_person_title,
// is_given_name and is_locative, are always inlined: their filters reject most words in fewer
// instructions than the call took.)
[[gnu::always_inline]] inline const WordSet& articles() {
    static const WordSet kArticles = {"al",  "el", "ad", "adh", "an", "ar", "as",  "ash", "at",
                                      "ath", "az", "ed", "en",  "er", "es", "esh", "et",  "ez"};
    return kArticles;
}
[[gnu::always_inline]] inline bool is_article(std::string_view w) {
    return articles().contains(w);
}
/// (By a token's hashed word: not hashed again.)
[[gnu::always_inline]] inline bool is_article(const text::HashedWord& w) {
    return articles().contains(w);
}

/// Designators written after a name, with what they say about the place.
struct Designator {
    std::string_view words;
    PlaceHint hint;
};
constexpr std::array<Designator, 52> kDesignators = {{
    {"refugee camp", PlaceHint::camp},
    {"camp for displaced", PlaceHint::camp},
    {"displacement camp", PlaceHint::camp},
    {"idp camp", PlaceHint::camp},
    {"military air base", PlaceHint::military},
    {"air base", PlaceHint::military},
    {"airbase", PlaceHint::military},
    {"air field", PlaceHint::military},
    {"airfield", PlaceHint::military},
    {"military base", PlaceHint::military},
    {"base", PlaceHint::military},
    {"military camp", PlaceHint::military},
    {"camp", PlaceHint::military},
    {"garrison", PlaceHint::military},
    {"international airport", PlaceHint::airport},
    {"airport", PlaceHint::airport},
    {"province", PlaceHint::admin1},
    {"governorate", PlaceHint::admin1},
    {"region", PlaceHint::region},
    {"district", PlaceHint::admin2},
    {"subdistrict", PlaceHint::admin2},
    {"sub district", PlaceHint::admin2},
    {"city", PlaceHint::populated},
    {"town", PlaceHint::populated},
    {"village", PlaceHint::populated},
    {"neighbourhood", PlaceHint::populated},
    {"neighborhood", PlaceHint::populated},
    // ("the Tamim quarter" of Ramadi: a part of a town, not the governorate once so named)
    {"quarter", PlaceHint::populated},
    {"quarters", PlaceHint::populated},
    {"square", PlaceHint::landmark},
    {"mosque", PlaceHint::landmark},
    {"shrine", PlaceHint::landmark},
    {"church", PlaceHint::landmark},
    {"bridge", PlaceHint::landmark},
    {"dam", PlaceHint::landmark},
    {"mountains", PlaceHint::natural},
    {"mountain", PlaceHint::natural},
    {"oil field", PlaceHint::landmark},
    {"oilfield", PlaceHint::landmark},
    {"gas field", PlaceHint::landmark},
    {"gasfield", PlaceHint::landmark},
    {"refinery", PlaceHint::landmark},
    // A prison is named by its town's name and the word ("Badush prison"): the word lets the
    // full name match, but asks for no kind of place, so "Kirkuk prison" without a prison row
    // stays the city rather than the city's airport.
    {"prison", PlaceHint::none},
    {"jail", PlaceHint::none},
    {"detention facility", PlaceHint::none},
    {"detention centre", PlaceHint::none},
    {"detention center", PlaceHint::none},
    {"border crossing", PlaceHint::landmark},
    {"crossing", PlaceHint::landmark},
    {"desert", PlaceHint::natural},
    {"plains", PlaceHint::natural},
    {"river", PlaceHint::natural},
}};

/// A name key without a leading article: "al hashimi" and "hashimi" name one family.
std::string_view without_article(std::string_view key) {
    // "al ", "el ", "al-", "el-" (by bytes: four starts_with were four memcmp calls)
    if (key.size() >= 3 && (key[0] == 'a' || key[0] == 'e') && key[1] == 'l' &&
        (key[2] == ' ' || key[2] == '-')) {
        return key.substr(3);
    }
    return key;
}

/// A designator phrase starting at token i: its length in tokens and hint. (Always inlined:
/// the scanner asks it of most lower-case words near a capitalised one, and the table's
/// filter rejects nearly all of them in fewer instructions than a call.)
[[gnu::always_inline]] inline std::pair<std::size_t, PlaceHint>
designator_at(const Document& d, std::size_t i, std::size_t end) {
    static const PhraseTable<PlaceHint> kTable = [] {
        PhraseTable<PlaceHint> t;
        for (const auto& des : kDesignators) {
            t.add(des.words, des.hint);
        }
        return t;
    }();
    if (i >= end) {
        return {0, PlaceHint::none};
    }
    if (const auto m = kTable.match(d, i, end)) {
        return {m->length, *m->payload};
    }
    return {0, PlaceHint::none};
}

/// Words that make a capitalised run a person's name when they open it.
[[gnu::always_inline]] inline const WordSet& person_titles() {
    static const WordSet kTitles = {
        "mr",       "mrs",        "ms",        "dr",         "gen",         "general",
        "lt",       "lieutenant", "col",       "colonel",    "capt",        "captain",
        "sgt",      "sergeant",   "maj",       "major",      "brig",        "brigadier",
        "adm",      "admiral",    "cpl",       "corporal",   "pvt",         "president",
        "minister", "premier",    "sheikh",    "sheik",      "imam",        "ayatollah",
        "mullah",   "sayyid",     "commander", "spokesman",  "spokeswoman", "mayor",
        "senator",  "sen",        "secretary", "ambassador", "king",        "prince",
        "pope",     "gunnery",    "cleric",    "emir"};
    return kTitles;
}
/// (By a token's hashed word or by a string: the scanner asks of every capitalised token, whose
/// hash the tokenizer made.)
[[gnu::always_inline]] inline bool is_person_title(const text::HashedWord& w) {
    return person_titles().contains(w);
}
[[gnu::always_inline]] inline bool is_person_title(std::string_view w) {
    return person_titles().contains(w);
}

[[gnu::always_inline]] inline const WordSet& given_names() {
    static const WordSet kNames = {
        "mohammed", "muhammad", "mohammad", "mohamed", "ali",     "hassan",   "hussein",
        "husayn",   "ahmed",    "ahmad",    "mahmoud", "qassem",  "qasem",    "qassim",
        "haider",   "haidar",   "mustafa",  "mustafa", "nouri",   "nuri",     "adel",
        "abdul",    "abdel",    "abd",      "barham",  "masoud",  "massoud",  "nechirvan",
        "masrour",  "muqtada",  "hadi",     "faleh",   "falih",   "yehia",    "yahya",
        "omar",     "umar",     "khalid",   "khaled",  "ibrahim", "ismail",   "jaafar",
        "jafar",    "karim",    "kareem",   "salah",   "saleh",   "salih",    "saad",
        "sami",     "tariq",    "tareq",    "walid",   "yasser",  "yousef",   "youssef",
        "yusuf",    "ammar",    "anwar",    "ayad",    "ayman",   "bakr",     "fuad",
        "hamid",    "hamed",    "hani",     "jamal",   "jalal",   "kamal",    "latif",
        "majid",    "nabil",    "nasser",   "qais",    "rashid",  "riyad",    "sabah",
        "samir",    "shakir",   "zaid",     "ziad",    "mike",    "donald",   "joe",
        "john",     "alex",     "diego",    "moises",  "antony",  "lloyd",    "mark",
        "james",    "david",    "robert",   "michael", "william", "jennifer", "sarah",
        "hisham",   "ihab",     "safaa",    "fadhil",  "fadel",   "muhannad", "mahdi",
        "abbas",    "akram",    "amer",     "aziz",    "basim",   "bassem",   "emad",
        "imad",     "falah",    "farhad",   "ghazi",   "hazem",   "hussam",   "jabbar",
        "jawad",    "kadhim",   "kazem",    "laith",   "mazin",   "muhsin",   "mohsen",
        "munir",    "naji",     "osama",    "usama",   "qasim",   "raad",     "sadiq",
        "sajjad",   "shirwan",  "kosrat",   "hoshyar", "rebwar",  "saman",    "sherzad",
        "nawzad",   "lahur",    "bafel",    "qubad",   "hemin",   "hiwa",     "karwan",
        "fatima",   "maryam",   "nadia",    "huda",    "rasha",   "amal",     "reem",
        "zahra",    "hana",     "moqtada",  "moktada"};
    return kNames;
}
[[gnu::always_inline]] inline bool is_given_name(const text::HashedWord& w) {
    return given_names().contains(w);
}

/// Lower-case role words written before a person's name: "security analyst Hisham al-Hashimi",
/// "the protest leader Ihab al-Wazni".
const WordSet& roles_before_names() {
    static const WordSet kRoles = {
        "analyst",      "activist",    "journalist", "reporter",   "leader", "commander",
        "spokesman",    "spokeswoman", "lawmaker",   "politician", "cleric", "researcher",
        "blogger",      "writer",      "novelist",   "lawyer",     "judge",  "candidate",
        "photographer", "director",    "official",   "poet",       "singer", "businessman"};
    return kRoles;
}
bool is_role_before_name(std::string_view w) {
    return roles_before_names().contains(w);
}

/// An institution that is a place people gather at: "University", "College".
bool is_campus(std::string_view w) {
    return w == "university" || w == "college";
}

/// Capitalised heads of organisation names: "Basra Oil Company", "Sinjar Resistance Units".
bool is_org_head(std::string_view w) {
    static const WordSet kHeads = {
        "company", "corporation", "corp", "oil", "gas", "bank", "university", "college", "airways",
        "airlines", "media", "news", "times", "post", "agency", "council", "brigade", "brigades",
        "division", "regiment", "battalion", "party", "front", "movement", "alliance", "units",
        "forces", "force", "guard", "guards", "committee", "association", "ministry", "authority",
        "government", "command", "operations", "club", "foundation", "institute", "group",
        "organization", "organisation", "network", "channel", "tv", "radio", "team", "mobilisation",
        "mobilization", "resistance", "federation", "department", "office", "presidency",
        "parliament", "assembly", "army", "navy", "police", "directorate", "service", "services",
        "union", "league", "society", "congress",
        // (newspapers and news sites: "The Mosul Morning puts the toll at 23", "the Basra
        // Courier says")
        "daily", "morning", "courier", "herald", "tribune", "gazette", "observer", "journal",
        "chronicle", "monitor", "telegraph", "eye"};
    return kHeads.contains(w);
}

/// Verbs of military action whose subject, a capital or a country, is a state acting from
/// elsewhere: "Iran fired missiles at", "Baghdad retook the city", "Washington had absorbed".
bool is_state_action_verb(std::string_view w) {
    static const WordSet kVerbs = {
        "retook",       "recaptured", "regained",  "retaken",   "launched",    "struck",
        "strikes",      "attacked",   "attacks",   "bombed",    "bombs",       "shelled",
        "shells",       "fired",      "fires",     "targeted",  "targets",     "hit",
        "absorbed",     "deployed",   "deploys",   "withdrew",  "withdraws",   "invaded",
        "invades",      "occupied",   "retaliate", "escalated", "intercepted", "killed",
        "assassinated", "completed"};
    return kVerbs.contains(w);
}

/// Verbs whose object, a capital or a country, is a government: "urged Baghdad to", "blamed
/// Tehran", "called on Ankara".
bool is_government_object_verb(std::string_view w) {
    static const WordSet kVerbs = {"urged",      "urges",   "accused",  "accuses",    "blamed",
                                   "blames",     "warned",  "warns",    "condemned",  "condemns",
                                   "sanctioned", "pressed", "presses",  "criticised", "criticized",
                                   "summoned",   "asked",   "asks",     "lobbied",    "pressured",
                                   "pressuring", "urging",  "accusing", "blaming",    "warning",
                                   "condemning", "told",    "thanked",  "praised",    "blame",
                                   "accuse",     "urge",    "warn",     "condemn"};
    return kVerbs.contains(w);
}

/// Verbs of speech and attitude that make a capital or country a government.
bool is_government_verb(std::string_view w) {
    // (also what a state does of its own: "Tehran closed its land border crossings during the
    // fighting", "Tehran stated that ...")
    static const WordSet kVerbs = {
        "accuses",   "accused",    "accuse",     "alleges",    "alleged",    "allege",
        "blamed",    "blames",     "blame",      "denied",     "denies",     "deny",
        "says",      "said",       "claims",     "claimed",    "warned",     "warns",
        "condemned", "condemns",   "rejected",   "rejects",    "demanded",   "demands",
        "insisted",  "insists",    "urged",      "urges",      "threatened", "threatens",
        "responded", "responds",   "announced",  "announces",  "vowed",      "vows",
        "called",    "calls",      "believes",   "believed",   "wants",      "wanted",
        "sought",    "seeks",      "considers",  "considered", "supports",   "supported",
        "backed",    "backs",      "sanctioned", "imposed",    "imposes",    "reimposed",
        "feels",     "felt",       "agreed",     "agrees",     "refused",    "refuses",
        "decided",   "decides",    "requested",  "asked",      "ordered",    "orders",
        "sent",      "sends",      "hopes",      "hoped",      "fears",      "feared",
        "views",     "sees",       "pledged",    "pledges",    "insists",    "argued",
        "argues",    "maintains",  "protests",   "complained", "complains",  "objected",
        "objects",   "maintained", "retaliated", "retaliates", "summoned",   "protested",
        "welcomed",  "formed",     "forms",      "appointed",  "appoints",   "recalled",
        "expelled",  "recognised", "recognized", "recognises", "recognizes", "closed",
        "closes",    "reopened",   "suspended",  "halted",     "advised",    "stated",
        "states"};
    return kVerbs.contains(w);
}

bool is_government_noun(std::string_view w) {
    static const WordSet kNouns = {
        "government",  "leaders",        "leader",       "leadership", "officials",
        "ambassador",  "embassy",        "foreign",      "president",  "prime",
        "allies",      "ally",           "proxies",      "economy",    "nuclear",
        "sanctions",   "position",       "policy",       "regime",     "military",
        "defence",     "defense",        "ministry",     "interior",   "security",
        "parliament",  "administration", "influence",    "interests",  "relations",
        "presidency",  "counter",        "agency",       "cabinet",    "forces",
        "army",        "revolutionary",  "intelligence", "spokesman",  "premier",
        "authorities", "council"};
    return kNouns.contains(w);
}

/// A word of an actor's name that is no place word in it: in "Kataib Hezbollah" both, in
/// "Islamic State of Iraq" all but "of".
bool is_actor_word(const Document& d, std::size_t i) {
    const auto& t = d.tokens()[i];
    return t.is(kWord) && (t.is(kCapitalized) || t.is(kAllUpper)) && d.lower(i) != "of";
}

/// Adjectives of nationality and people: they set the focus but are no places.
bool is_demonym(std::string_view w) {
    static const WordSet kDemonyms = {
        "iraqi",    "iraqis",    "kurdish",   "kurd",     "kurds",     "arab",    "arabs",
        "arabic",   "turkish",   "turkmen",   "iranian",  "iranians",  "syrian",  "syrians",
        "american", "americans", "british",   "israeli",  "jordanian", "kuwaiti", "saudi",
        "lebanese", "russian",   "french",    "german",   "yazidi",    "yazidis", "shia",
        "shiite",   "sunni",     "christian", "assyrian", "chaldean",  "shabak",  "persian",
        "european", "western",   "gulf",      "emirati",  "qatari"};
    return kDemonyms.contains(w) || !country_of_demonym(w).empty();
}

/// Nouns of institutions a place name can qualify: "Kirkuk police", "Duhok health directorate".
bool is_institution_noun(std::string_view w) {
    static const WordSet kNouns = {
        "police",         "health",    "directorate", "council",      "governor",
        "authorities",    "officials", "official",    "court",        "municipality",
        "administration", "mayor",     "operations",  "command",      "university",
        "office",         "ministry",  "government",  "parliament",   "province's",
        "intelligence",   "security",  "spokesman",   "spokesperson", "chief",
        "commander",      "branch",    "headquarters"};
    return kNouns.contains(w);
}

/// The words that place a name after them (is_locative).
const WordSet kLocativeWords = {"in",     "at",         "near", "from",    "to",      "outside",
                                "inside", "of",         "into", "towards", "toward",  "around",
                                "across", "throughout", "on",   "between", "through", "within",
                                "past",   "beyond",     "west", "east",    "north",   "south"};
[[gnu::always_inline]] inline bool is_locative(std::string_view w) {
    return kLocativeWords.contains(w);
}
/// (For a token's word, doc.word(i): its hash is the token's, not computed again. The callers
/// in the roles' and resolver's loops had hashed each word they asked of.)
[[gnu::always_inline]] inline bool is_locative(const text::HashedWord& w) {
    return kLocativeWords.contains(w);
}

double hint_match(PlaceHint hint, const CandidatePlace& p) {
    const std::string_view fc = p.feature_code;
    switch (hint) {
    case PlaceHint::none:
        return 0.5;
    case PlaceHint::military:
        return (fc == "AIRB" || fc == "MILB" || fc == "INSM" || fc == "AIRF" || fc == "CMPRF")
                   ? 1.0
                   : (fc == "AIRP" ? 0.6 : 0.0);
    case PlaceHint::airport:
        return (fc == "AIRP" || fc == "AIRF") ? 1.0 : (fc == "AIRB" ? 0.7 : 0.0);
    case PlaceHint::admin1:
        return fc == "ADM1" ? 1.0 : (p.feature_class == 'A' || fc == "RGN" ? 0.5 : 0.0);
    case PlaceHint::region:
        // Turkish statements name mountain areas as regions: "the Gara region", "Metina".
        return fc == "ADM1" || fc == "RGN" || p.feature_class == 'T'
                   ? 1.0
                   : (p.feature_class == 'A' || p.feature_class == 'L' ? 0.5 : 0.0);
    case PlaceHint::admin2:
        // (the seat of a district or sub-district next: "the Riyadh sub-district" of Kirkuk is
        // Al-Riyadh, not Saudi Arabia's capital)
        return fc == "ADM2" || fc == "ADM3"
                   ? 1.0
                   : (p.feature_class == 'A'
                          ? 0.5
                          : (fc == "PPLA2" || fc == "PPLA3" || fc == "PPLA4" ? 0.45 : 0.2));
    case PlaceHint::populated:
        return p.feature_class == 'P' ? 1.0 : 0.2;
    case PlaceHint::landmark:
        return p.feature_class != 'P' && p.feature_class != 'A' ? 1.0 : 0.2;
    case PlaceHint::camp:
        // (the camp itself when known; else the town it is named after, near it)
        return fc.substr(0, 3) == "CMP" ? 1.0 : (p.feature_class == 'P' ? 0.7 : 0.2);
    case PlaceHint::natural:
        // "the Makhmour mountains": a mountain or valley, else the town they are named after
        // (near it), never a camp or a base.
        return p.feature_class == 'T' || p.feature_class == 'H' || p.feature_class == 'V' ||
                       p.feature_class == 'L'
                   ? 1.0
                   : (p.feature_class == 'P' || p.feature_class == 'A' ? 0.4 : 0.0);
    }
    return 0.5;
}

bool neighbour_of(std::string_view focus, std::string_view cc) {
    // (equals_literal: asked for every candidate of every name.)
    using text::equals_literal;
    if (equals_literal(focus, "IQ")) {
        return equals_literal(cc, "SY") || equals_literal(cc, "IR") || equals_literal(cc, "TR") ||
               equals_literal(cc, "KW") || equals_literal(cc, "JO") || equals_literal(cc, "SA");
    }
    return false;
}

/// Distances here only meet thresholds (same town, nearby, same region): the fast kind.
/// (Places and candidates alike.)
template <class A, class B>
double distance_km(const A& a, const B& b) {
    return geo::approx_distance_km({a.lat, a.lon}, {b.lat, b.lon});
}

/// Bounds of distance_km(a, b) without its cosine: the latitudes' difference alone from below,
/// the longitude difference taken at the equator (the cosine at most 1) from above. (Each a
/// little loose, for rounding.)
struct DistanceBounds {
    double lower = 0.0, upper = 0.0;
};
template <class A, class B>
DistanceBounds distance_bounds_km(const A& a, const B& b) {
    constexpr double kKmPerDegree = 6371.0088 * 3.14159265358979323846 / 180.0;
    double dlon = b.lon - a.lon; // (wrapped as distance_km wraps it)
    if (dlon > 180.0) {
        dlon -= 360.0;
    } else if (dlon < -180.0) {
        dlon += 360.0;
    }
    const double dlat = b.lat - a.lat;
    return {std::abs(dlat) * kKmPerDegree * 0.999,
            kKmPerDegree * std::sqrt(dlon * dlon + dlat * dlat) * 1.001};
}

/// distance_km(a, b) < limit, without the distance when its bounds decide it (most places
/// compared are near each other, or far).
template <class A, class B>
bool within_km(const A& a, const B& b, double limit) {
    const auto bounds = distance_bounds_km(a, b);
    if (bounds.lower >= limit) {
        return false;
    }
    return bounds.upper < limit || distance_km(a, b) < limit;
}

/// The bands of the distance to the nearest anchor that the resolver's coherence score tells
/// apart: under 150 km, under 500 km, farther, and no anchor (or no distance) at all.
enum class AnchorBand { near, region, far, none };

/// The band of distance_km(a, b) when it is below `current` (the nearest band found so
/// before), else `current`: the latitudes' difference alone tells most anchors too far to
/// matter, the bounds most of the rest, and the distance is measured only when they straddle a
/// limit that matters. (Each anchor's band had been found in full: the bounds' longitude term
/// and a square root for every anchor, and the distance wherever the bounds straddled either
/// limit.) A distance that is not a number leaves `current`, as the minimum of the distances
/// left it.
template <class A, class B>
AnchorBand nearer_band(const A& a, const B& b, AnchorBand current) {
    constexpr double kKmPerDegree = 6371.0088 * 3.14159265358979323846 / 180.0;
    const double dlat = b.lat - a.lat;
    const double lower = std::abs(dlat) * kKmPerDegree * 0.999; // (distance_bounds_km's)
    if (lower >= 500) {
        return std::min(current, AnchorBand::far);
    }
    if (current <= AnchorBand::region && lower >= 150) {
        return current;
    }
    double dlon = b.lon - a.lon; // (wrapped as distance_km wraps it)
    if (dlon > 180.0) {
        dlon -= 360.0;
    } else if (dlon < -180.0) {
        dlon += 360.0;
    }
    const double upper = kKmPerDegree * std::sqrt(dlon * dlon + dlat * dlat) * 1.001;
    if (upper < 150) {
        return AnchorBand::near;
    }
    if (lower >= 150 && upper < 500) {
        return std::min(current, AnchorBand::region);
    }
    const double d = distance_km(a, b);
    const AnchorBand band = d < 150   ? AnchorBand::near
                            : d < 500 ? AnchorBand::region
                            : d < 1e8 ? AnchorBand::far
                                      : AnchorBand::none;
    return std::min(current, band);
}

/// Whether p lies in the area a qualifier names (or within 60 km of its point).
template <class A>
bool inside_area(const A& area, const CandidatePlace& p) {
    return (is_country(area) && p.country_code == area.country_code) ||
           (is_admin1(area) && p.country_code == area.country_code && !p.admin1_code.empty() &&
            p.admin1_code == area.admin1_code) ||
           (is_admin2(area) && p.admin2_code == area.admin2_code && !p.admin2_code.empty()) ||
           within_km(area, p, 60);
}

} // namespace

const WordFilter& person_word_filter() {
    static const WordFilter filter = [] {
        WordFilter f;
        f.add(person_titles().filter());
        f.add(given_names().filter());
        f.add(roles_before_names().filter());
        for (const std::string_view w : {"abu", "umm", "ibn", "bin"}) {
            f.add(w, text::HashedWord::hash_of(w));
        }
        return f;
    }();
    return filter;
}

const char* role_name(ToponymRole role) {
    switch (role) {
    case ToponymRole::place:
        return "place";
    case ToponymRole::qualifier:
        return "qualifier";
    case ToponymRole::dateline:
        return "dateline";
    case ToponymRole::caption:
        return "caption";
    case ToponymRole::government:
        return "government";
    case ToponymRole::comparison:
        return "comparison";
    case ToponymRole::name_part:
        return "name_part";
    case ToponymRole::modifier:
        return "modifier";
    }
    return "place";
}

bool is_road_word(std::string_view lower) {
    static const WordSet kRoads = {"road",     "highway", "hwy",      "route",
                                   "motorway", "railway", "pipeline", "expressway"};
    return kRoads.contains(lower);
}

namespace {

/// ToponymFinder::scan's token keys into key_of (n = the tokens' count entries), and the tokens
/// the case test counts as written as a name (capitalised, all capitals, with a digit or in
/// Arabic script) into marking, in order (their count returned; marking has room for n); every
/// token's flags or-ed into all_flags. Most tokens are plain ASCII words, whose key is their
/// lower-case form (when ascii_lower, as the lookup says): a view of it, no copy; the others'
/// keys are built into a buffer of the thread's (viewed by the keys until the next document).
/// (A function of its own, one for each answer of ascii_key_is_lower_form: inside scan, its
/// loop's pointers and counts lived on the stack, loaded and stored for every token.)
template <bool ascii_lower>
[[gnu::noinline]] std::size_t fill_token_keys(const Document& doc, const PlaceLookup& lookup,
                                              std::string_view* key_of, std::size_t* marking,
                                              std::uint16_t& all_flags_out) {
    struct Built {
        std::size_t token, offset, size;
    };
    thread_local std::string built;           // the built keys (not changed after they are made)
    thread_local std::vector<Built> built_at; // (only the tokens whose key is built)
    built.clear();
    built_at.clear();
    const std::size_t n = doc.tokens().size();
    // (The lower forms' buffer is where token 0's lower form begins, at 0.)
    const text::Token* const tok = doc.tokens().data();
    const char* const lower_forms = n != 0 ? doc.lower(0).data() - tok[0].lower_begin : nullptr;
    std::size_t marked_count = 0;
    std::uint16_t all_flags = 0;
    // (The other words and numbers are listed, their keys made after the loop: with the calls
    // that make them in it, its pointers and counts were kept on the stack.)
    thread_local std::vector<std::size_t> others_buffer;
    if (others_buffer.size() < n) {
        others_buffer.resize(n);
    }
    std::size_t* const others = others_buffer.data();
    std::size_t other_count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const text::Token& t = tok[i];
        const std::uint16_t flags = t.flags;
        marking[marked_count] = i; // (kept when marked: marked_count <= i)
        marked_count +=
            (flags & (kCapitalized | kAllUpper | kHasDigit | kArabicScript)) != 0 ? 1 : 0;
        all_flags |= flags;
        // (Most tokens first: an ASCII word, whose key is its lower form.)
        if (ascii_lower && (flags & (kWord | text::kAscii)) == (kWord | text::kAscii)) {
            key_of[i] = std::string_view(lower_forms + t.lower_begin, t.lower_size);
            continue;
        }
        key_of[i] = {};          // (no key, unless one is given below)
        others[other_count] = i; // (kept when a word or number)
        other_count += (flags & (kWord | kNumber)) != 0 ? 1 : 0;
    }
    for (std::size_t k = 0; k < other_count; ++k) {
        const std::size_t i = others[k];
        const std::uint16_t flags = tok[i].flags;
        if (ascii_lower && (flags & text::kAscii) != 0 &&
            ((flags & kWord) != 0 || doc.lower(i).find_first_of(",.") == std::string_view::npos)) {
            key_of[i] = doc.lower(i); // (a number's separators are no part of its key)
            continue;
        }
        const std::size_t from = built.size();
        lookup.append_token_key(doc.surface(i), built);
        built_at.push_back({i, from, built.size() - from});
    }
    for (const auto& b : built_at) {
        if (b.size != 0) {
            key_of[b.token] = std::string_view(built).substr(b.offset, b.size);
        }
    }
    all_flags_out = all_flags;
    return marked_count;
}

} // namespace

std::vector<Toponym> ToponymFinder::find(const Document& doc, DocumentFocus& focus,
                                         const std::vector<ActorMention>* actors) const {
    std::vector<Toponym> toponyms;
    // (About one name in 20 tokens: each regrowth moved every Toponym. At most 64 reserved, for
    // a huge article's sake.)
    toponyms.reserve(std::min<std::size_t>(doc.tokens().size() / 16 + 1, 64));
    if (actors != nullptr) {
        scan(doc, *actors, toponyms);
    } else {
        scan(doc, find_actors(doc, 0, doc.tokens().size()), toponyms);
    }
    assign_roles(doc, toponyms);
    resolve(doc, toponyms, focus);
    mark_captions(doc, toponyms);
    return toponyms;
}

void ToponymFinder::scan(const Document& doc, const std::vector<ActorMention>& actors,
                         std::vector<Toponym>& out) const {
    const auto& toks = doc.tokens();
    const std::size_t n = toks.size();
    // Token keys, computed once (fill_token_keys): the gazetteer's key is token-compositional.
    // (The per-token buffers are the thread's, reused from article to article: allocating
    // and freeing them for each article cost more than filling them.)
    thread_local std::vector<std::string_view> keys;
    keys.resize(n); // (every entry is written below)
    // The tokens the case test below counts as written as a name (capitalised, all capitals,
    // with a digit or in Arabic script), in order: a name is looked up only from a start
    // within reach before one of them, and the passes for persons' names and outlets look at
    // the capitalised and all-capitals ones among them alone (walking every token cost more
    // than those passes' work). (Written by index into a buffer at least n long: a push per
    // token cost more.)
    thread_local std::vector<std::size_t> marked_buffer;
    if (marked_buffer.size() < n) {
        marked_buffer.resize(n);
    }
    std::uint16_t all_flags = 0; // (every token's, or-ed: whether the text holds Arabic script)
    const std::size_t marked_count =
        lookup_.ascii_key_is_lower_form()
            ? fill_token_keys<true>(doc, lookup_, keys.data(), marked_buffer.data(), all_flags)
            : fill_token_keys<false>(doc, lookup_, keys.data(), marked_buffer.data(), all_flags);
    const std::span<const std::size_t> marked(marked_buffer.data(), marked_count);
    const auto capital = [&](std::size_t i) {
        return toks[i].is(kCapitalized) || toks[i].is(kAllUpper);
    };
    // Tokens inside persons' names are not place names ("Abu Mahdi al-Muhandis").
    thread_local std::vector<char> in_person; // (bytes: read for every token, unlike packed bits)
    in_person.assign(n, 0);
    thread_local std::vector<std::string_view> surnames; // (sorted and unique before use)
    surnames.clear();
    const std::uint8_t* const classes = token_classes(doc);
    for (const std::size_t i : marked) {
        if (!capital(i)) {
            continue; // (names open with a capital)
        }
        // (Only a title, a given name, "Abu", "Umm", "Ibn" or "Bin", or a role word before it,
        // opens a person's name below: without their class on this token or the one before,
        // none is asked of the word.)
        if (((classes[i] | (i > 0 ? classes[i - 1] : 0)) & kPersonWord) == 0) {
            continue;
        }
        const auto w = doc.lower(i);
        const bool given = is_given_name(doc.word(i)),
                   title = is_person_title(doc.word(i)); // (asked once)
        // '"We want jobs," said Ali, a 23-year-old graduate': a first name alone after a verb
        // of saying is a person. Not when the capitalised word before it makes a place's
        // full name with it ("in Said Sadiq", the town): the verb is written lower case, and
        // a lower-case "said Sadiq" never matches a place (names open with a capital).
        const auto names_place_with_previous = [&] {
            if (!toks[i - 1].is(kCapitalized) || keys[i - 1].empty() || keys[i].empty()) {
                return false;
            }
            std::string two(keys[i - 1]);
            two += ' ';
            two += keys[i];
            return (lookup_.key_status(two) & PlaceLookup::kName) != 0;
        };
        if (given && i > 0 &&
            (doc.lower(i - 1) == "said" || doc.lower(i - 1) == "says" ||
             doc.lower(i - 1) == "named" || doc.lower(i - 1) == "called") &&
            !names_place_with_previous()) {
            in_person[i] = 1;
            // ('said Hussein Ali, 27': the family name after it, up to the comma)
            std::size_t j = i + 1;
            while (j < n && j < i + 3 && toks[j].is(kCapitalized) && !toks[j].is(kAllUpper)) {
                ++j;
            }
            if (j > i + 1 && j < n && doc.surface(j) == ",") {
                for (std::size_t k = i + 1; k < j; ++k) {
                    in_person[k] = 1;
                }
            }
            continue;
        }
        // (In a line of capitals case tells nothing: "A PESHMERGA COMMANDER SAID SIX OF HIS
        // FIGHTERS WERE KILLED ... NEAR TAZA KHURMATU" holds no name after "COMMANDER" or
        // "SAID" running to the comma. There a name is a given name or title and at most two
        // words after it that are no common words.)
        const bool capitals = toks[i].is(kAllUpper) && text::in_capitals_sentence(doc, i);
        const bool after_role = !capitals && i > 0 && !toks[i - 1].is(kCapitalized) &&
                                is_role_before_name(doc.lower(i - 1)) && i + 1 < n &&
                                (toks[i + 1].is(kCapitalized) || toks[i + 1].is(kHyphenBefore) ||
                                 is_article(doc.word(i + 1)));
        const bool opener =
            title || given || w == "abu" || w == "umm" || w == "ibn" || w == "bin" || after_role;
        if (!opener) {
            continue;
        }
        // "Abu Kamal", "Abu Ghraib", "Umm Qasr" are places; "Abu Mahdi al-Muhandis" is not.
        // (Also three words: "Salah al-Din" the province.)
        if (!title && i + 1 < n && !keys[i + 1].empty()) {
            std::string two(keys[i]);
            two += ' ';
            two += keys[i + 1];
            const unsigned status = lookup_.key_status(two);
            if ((status & PlaceLookup::kName) != 0) {
                continue;
            }
            if ((status & PlaceLookup::kPrefix) != 0 && i + 2 < n && !keys[i + 2].empty() &&
                (lookup_.key_status(two + " " + std::string(keys[i + 2])) & PlaceLookup::kName) !=
                    0) {
                continue;
            }
        }
        std::size_t j = i + 1;
        if (title && j < n && doc.surface(j) == ".") {
            ++j; // "Gen. Qassem" (a title's; not "in Khan Bani Saad. He had ...")
        }
        // The run: capitalised words, initials with full stops, and joined articles.
        std::size_t e = j;
        // (A name ends with its paragraph: "... in Khan Bani Saad" and then "A policeman ..."
        // in the next is no "Saad A.")
        const std::size_t par_end =
            doc.paragraphs()[doc.sentences()[doc.sentence_of(i)].paragraph].token_end;
        while (e < par_end) {
            const auto& t = toks[e];
            if (capitals && (e >= j + 2 || is_common_word(doc.word(e)) ||
                             parse_quantity(doc, e, std::min(e + 1, par_end), false))) {
                break;
            }
            const bool cap = t.is(kWord) && (t.is(kCapitalized) || t.is(kAllUpper));
            const bool art = t.is(kWord) && is_article(doc.word(e)) && e + 1 < n &&
                             toks[e + 1].is(kHyphenBefore);
            const bool stop = doc.surface(e) == "." && e > j && doc.lower(e - 1).size() == 1;
            if (!(cap || art || stop || (t.is(kHyphenBefore) && t.is(kWord)))) {
                break;
            }
            ++e;
        }
        // A title alone before a place ("General Kirkuk hospital") is rare; a given name or
        // "Abu" needs a following capitalised word to open a name.
        // ("Imam Ali air base", "the Imam Hussein Shrine": a site named after a person.)
        const bool site_name = e > j && (designator_at(doc, e - 1, n).first != 0 ||
                                         designator_at(doc, e, n).first != 0);
        if (e > j && !site_name) {
            for (std::size_t k = title ? j : i; k < e; ++k) {
                in_person[k] = 1;
            }
            if (!keys[e - 1].empty() && e - 1 > i) {
                surnames.push_back(without_article(keys[e - 1]));
            }
        }
    }
    // "security analyst Hisham al-Hashimi ... gunmen fired at Hashimi": a person named in full
    // is later named by the surname alone.
    if (!surnames.empty()) {
        std::sort(surnames.begin(), surnames.end());
        surnames.erase(std::unique(surnames.begin(), surnames.end()), surnames.end());
        // (The surnames' lengths and first bytes, one bit each: most capitalised words have a
        // length or first letter no surname has, and are passed over without the search.)
        std::uint64_t lengths = 0, firsts = 0;
        for (const auto s : surnames) {
            lengths |= std::uint64_t{1} << std::min<std::size_t>(s.size(), 63);
            firsts |= std::uint64_t{1} << (s.empty() ? 0U : static_cast<unsigned char>(s[0]) & 63U);
        }
        const auto may_be_surname = [&](std::string_view w) {
            return ((lengths >> std::min<std::size_t>(w.size(), 63)) & 1U) != 0 &&
                   ((firsts >> (w.empty() ? 0U : static_cast<unsigned char>(w[0]) & 63U)) & 1U) !=
                       0;
        };
        for (const std::size_t i : marked) {
            if (in_person[i] || !toks[i].is(kCapitalized) || keys[i].empty()) {
                continue;
            }
            const auto w = without_article(keys[i]);
            if (!may_be_surname(w)) {
                continue;
            }
            // (Not a place named after the person: "Sadr City", "Sadr Street".)
            const bool named_site =
                i + 1 < n && toks[i + 1].is(kCapitalized) &&
                (doc.lower(i + 1) == "city" || doc.lower(i + 1) == "street" ||
                 doc.lower(i + 1) == "square" || doc.lower(i + 1) == "hospital" ||
                 doc.lower(i + 1) == "district" || doc.lower(i + 1) == "camp" ||
                 doc.lower(i + 1) == "bridge");
            if (!named_site && std::binary_search(surnames.begin(), surnames.end(), w)) {
                in_person[i] = 1;
            }
        }
    }

    // Nor are news outlets ("told Al Jazeera", "Kurdistan24 reported").
    {
        static const PhraseTable<bool> kOutlets = [] {
            PhraseTable<bool> t;
            for (const char* o :
                 {"al jazeera", "al arabiya", "al hadath", "al mayadeen", "al sumaria", "alsumaria",
                  "al iraqiya", "rudaw", "kurdistan24", "kurdistan 24", "shafaq", "shafaq news",
                  "reuters", "afp", "bbc", "cnn", "asharq al awsat", "al monitor",
                  "middle east eye", "xinhua", "anadolu", "tasnim", "irna", "sabereen", "nrt",
                  "baghdad today", "the new arab", "al ahad", "al forat", "dijlah", "al rasheed",
                  // (Syria's and Iraq's agencies: "SANA reported" is not Sanaa in Yemen)
                  "sana", "ina", "anha", "hawar", "enab baladi", "north press"}) {
                t.add(o, true);
            }
            return t;
        }();
        std::size_t next = 0; // (past the last outlet's words)
        for (const std::size_t i : marked) {
            if (i < next || !capital(i)) {
                continue;
            }
            if (const auto m = kOutlets.match(doc, i, n)) {
                for (std::size_t k = i; k < i + m->length; ++k) {
                    in_person[k] = 1;
                }
                next = i + m->length;
            }
        }
    }
    // Nor are the words of actors' names ("Kataib Hezbollah", "Sinjar Resistance Units").
    // (A title alone, "Imam", is left to the person rule above: "the Imam Hussein Shrine".)
    for (const auto& a : actors) {
        if (a.end - a.begin == 1 && is_person_title(doc.lower(a.begin))) {
            continue;
        }
        if (a.end - a.begin >= 2 || !toks[a.begin].is(kCapitalized) || a.inter != 8) {
            for (std::size_t k = a.begin; k < a.end; ++k) {
                in_person[k] = static_cast<char>(in_person[k] != 0 || is_actor_word(doc, k));
            }
        }
    }

    const bool arabic_text = (all_flags & kArabicScript) != 0;
    const std::size_t max_tokens = std::max<std::size_t>(1, lookup_.max_name_tokens());
    // The case test below keeps a name only when one of its words is capitalised, all
    // capitals, holds a digit or is in Arabic script (a marked token, in `marked`), so a name
    // starts at most max_tokens - 1 tokens before the first marked token at or after its
    // start, with no token between them that has no key or is in a person's name (a break).
    // Only such starts are looked up, in order: for each marked token, from the one after the
    // last marked token or break before it (most lower-case words of running text are none).
    const auto breaks = [&](std::size_t k) { return keys[k].empty() || in_person[k] != 0; };
    // Nor can a name open with a lower-case word that the case test counts as content (not
    // an article, number or designator: "in" of "in Baghdad"), unless the name holds Arabic
    // script (kept whatever its case). (Always inlined, as ends_names_before below: GCC had
    // left one of its two uses a call whenever the file's other functions grew.)
    const auto lower_content = [&](std::size_t i, std::size_t par_end)
        __attribute__((always_inline)) {
        const auto& t = toks[i];
        return t.is(kWord) && !t.is(kCapitalized) && !t.is(kAllUpper) && !t.is(kHasDigit) &&
               !t.is(kArabicScript) && !is_article(doc.word(i)) &&
               designator_at(doc, i, par_end).first == 0;
    };
    // Nor does a name reach over such a word x to the marked token after it: the case test
    // refuses a lower-case content word inside a name, save a linking word ("in", "of": x is
    // never a name's first or last word here, the name going on to a marked token past it), a
    // mission's noun, and a designator's later words ("displaced" of "camp for displaced").
    // So the starts before x give no name, and the walk back to the first start stops at x.
    // (It had walked max_tokens - 1 words back from every marked token, and asked
    // lower_content of each.)
    static const WordSet kInsideNames = [] {
        std::vector<std::string_view> words = {"in", "of", "embassy", "consulate"};
        for (const auto& des : kDesignators) {
            for (std::size_t sp = des.words.find(' '); sp != std::string_view::npos;) {
                const std::size_t next = des.words.find(' ', sp + 1);
                words.push_back(des.words.substr(sp + 1, next == std::string_view::npos
                                                             ? std::string_view::npos
                                                             : next - sp - 1));
                sp = next;
            }
        }
        return WordSet(words);
    }();
    const auto ends_names_before = [&](std::size_t x, std::size_t par_end)
        __attribute__((always_inline)) {
        return !arabic_text && lower_content(x, par_end) && !kInsideNames.contains(doc.word(x));
    };
    std::string key;
    std::vector<std::size_t> name_ends;
    std::size_t next_marked = 0; // (into marked)
    for (std::size_t p = 0; p < doc.paragraphs().size(); ++p) {
        const auto& par = doc.paragraphs()[p];
        while (next_marked < marked.size() && marked[next_marked] < par.token_begin) {
            ++next_marked;
        }
        if (par.kind == text::ParagraphKind::boilerplate) {
            continue;
        }
        std::size_t from = par.token_begin; // (no start before it: past the last name found)
        for (; next_marked < marked.size() && marked[next_marked] < par.token_end; ++next_marked) {
            const std::size_t m = marked[next_marked];
            if (m < from || breaks(m)) {
                continue;
            }
            std::size_t lo = m;
            while (lo > from && lo + max_tokens > m + 1 && !breaks(lo - 1) &&
                   !(next_marked > 0 && marked[next_marked - 1] == lo - 1) &&
                   !ends_names_before(lo - 1, par.token_end)) {
                --lo;
            }
            for (std::size_t i = lo; i <= m; ++i) {
                if (!arabic_text && lower_content(i, par.token_end)) {
                    continue;
                }
                // (A key that is the word's lower form has the tokenizer's hash of it.)
                const std::uint64_t hash = keys[i].data() == doc.lower(i).data()
                                               ? toks[i].lower_hash
                                               : text::HashedWord::hash_of(keys[i]);
                unsigned status = lookup_.key_status_hashed(keys[i], hash);
                // Initials with full stops are one word, as the index has them: "U.S. Embassy
                // in Baghdad" is "us embassy in baghdad".
                std::size_t after = i + 1;
                if (keys[i].size() == 1 && i + 3 < par.token_end && doc.surface(i + 1) == "." &&
                    keys[i + 2].size() == 1 && doc.surface(i + 3) == "." &&
                    (toks[i].flags & (kCapitalized | kAllUpper)) != 0 &&
                    (toks[i + 2].flags & (kCapitalized | kAllUpper)) != 0) {
                    std::string joined(keys[i]);
                    joined += keys[i + 2];
                    const unsigned st =
                        lookup_.key_status_hashed(joined, text::HashedWord::hash_of(joined));
                    if (st != PlaceLookup::kNone) {
                        key.assign(joined);
                        after = i + 4;
                        status = st;
                    }
                }
                if (status == PlaceLookup::kNone) {
                    continue; // most tokens: no copy of the key needed
                }
                // (Copied only to look up longer names: the name's key is built again below.)
                if ((status & PlaceLookup::kPrefix) != 0 && after == i + 1) {
                    key = keys[i];
                }
                // Every length that is a name, longest last.
                name_ends.clear();
                // (initials alone stay no name, as before: "U.S. and Iraqi personnel")
                if ((status & PlaceLookup::kName) != 0 && after == i + 1) {
                    name_ends.push_back(after);
                }
                for (std::size_t j = after;
                     j < par.token_end && j - i < max_tokens + (after - i - 1) &&
                     (status & PlaceLookup::kPrefix) != 0;
                     ++j) {
                    if (keys[j].empty() || in_person[j]) {
                        break;
                    }
                    key += ' ';
                    key += keys[j];
                    status = lookup_.key_status_hashed(key, text::HashedWord::hash_of(key));
                    if ((status & PlaceLookup::kName) != 0) {
                        name_ends.push_back(j + 1);
                    }
                }
                // Case: Latin names are capitalised (designator words and articles may not be).
                // The longest name written so wins: "the Victory base complex" is "Victory base"
                // when the gazetteer also knows "Victory Base Complex".
                const auto cased = [&](std::size_t end) {
                    bool content_capital = false, content_lower = false;
                    for (std::size_t k = i; k < end; ++k) {
                        const auto& t = toks[k];
                        const auto w = doc.lower(k);
                        if (t.is(kArabicScript)) {
                            return true;
                        }
                        // (and the full stops of initials: "U.S.")
                        if (is_article(w) || t.is(kNumber) || w == ".") {
                            continue;
                        }
                        // "the US embassy in Baghdad": a mission's common nouns and the linking
                        // words inside a name may be lower case too.
                        if (w == "embassy" || w == "consulate" ||
                            (k > i && k + 1 < end && (w == "in" || w == "of"))) {
                            continue;
                        }
                        // A designator in the name ("oil field", "air base") may be lower case.
                        if (const auto des = designator_at(doc, k, end); des.first != 0) {
                            k += des.first - 1;
                            continue;
                        }
                        if (t.is(kCapitalized) || t.is(kAllUpper) || t.is(kHasDigit)) {
                            content_capital = true;
                        } else {
                            content_lower = true;
                        }
                    }
                    return content_capital && !content_lower;
                };
                std::size_t best_end = i;
                for (auto e = name_ends.rbegin(); e != name_ends.rend(); ++e) {
                    if (cased(*e)) {
                        best_end = *e;
                        break;
                    }
                }
                if (best_end == i) {
                    continue;
                }
                // "al-Mosul al-Jadida": a name the index holds without its article ("Mosul
                // al-Jadida") and longer than the one with it ("al-Mosul") is found from the
                // word after the article.
                if (i < m && is_article(doc.word(i)) && toks[i + 1].is(kHyphenBefore)) {
                    std::string bare(keys[i + 1]);
                    unsigned st = lookup_.key_status(bare);
                    bool longer = false;
                    for (std::size_t j = i + 2;
                         !longer && j < par.token_end && j - i <= max_tokens &&
                         (st & PlaceLookup::kPrefix) != 0;
                         ++j) {
                        if (keys[j].empty() || in_person[j]) {
                            break;
                        }
                        bare += ' ';
                        bare += keys[j];
                        st = lookup_.key_status(bare);
                        longer = (st & PlaceLookup::kName) != 0 && j + 1 > best_end && cased(j + 1);
                    }
                    if (longer) {
                        continue;
                    }
                }
                Toponym t;
                t.begin = i;
                t.end = best_end;
                t.designator_end = best_end;
                t.sentence = doc.sentence_of(i);
                const auto des = designator_at(doc, best_end, par.token_end);
                if (des.first != 0) {
                    t.hint = des.second;
                    t.designator_end = best_end + des.first;
                    // "in a Diyala town", "an Anbar village", "the Kirkuk village of Bashir":
                    // a town of the province, unnamed or named after "of". (Not "a Baghdad
                    // neighbourhood", the city's.)
                    const std::size_t of = best_end + 1;
                    if (des.first == 1 &&
                        (doc.lower(best_end) == "town" || doc.lower(best_end) == "village" ||
                         doc.lower(best_end) == "city") &&
                        ((i >= 1 && (doc.lower(i - 1) == "a" || doc.lower(i - 1) == "an")) ||
                         (of + 1 < par.token_end && doc.lower(of) == "of" &&
                          toks[of + 1].is(kCapitalized)))) {
                        t.hint = PlaceHint::admin1;
                    }
                } else if (i >= 1 && (doc.lower(i - 1) == "camp" || doc.lower(i - 1) == "base")) {
                    t.hint = PlaceHint::military;
                } else if (i >= 3 && doc.lower(i - 1) == "of" &&
                           (doc.lower(i - 2) == "city" || doc.lower(i - 2) == "town" ||
                            doc.lower(i - 2) == "village")) {
                    t.hint = PlaceHint::populated;
                } else if (i >= 3 && doc.lower(i - 1) == "of" &&
                           (doc.lower(i - 2) == "province" || doc.lower(i - 2) == "governorate")) {
                    t.hint = PlaceHint::admin1;
                } else if (i >= 3 && doc.lower(i - 1) == "of" &&
                           (doc.lower(i - 2) == "airport" || doc.lower(i - 2) == "airbase" ||
                            (doc.lower(i - 2) == "base" && doc.lower(i - 3) == "air"))) {
                    t.hint =
                        doc.lower(i - 2) == "airport" ? PlaceHint::airport : PlaceHint::military;
                } else if (i >= 3 && doc.lower(i - 3) == "airport" && doc.lower(i - 1) == "of" &&
                           (doc.lower(i - 2) == "perimeter" || doc.lower(i - 2) == "compound" ||
                            doc.lower(i - 2) == "grounds" || doc.lower(i - 2) == "gate" ||
                            doc.lower(i - 2) == "gates" || doc.lower(i - 2) == "terminal" ||
                            doc.lower(i - 2) == "runway" || doc.lower(i - 2) == "fence")) {
                    t.hint = PlaceHint::airport; // ("near the airport perimeter of Erbil")
                } else if (i >= 3 && doc.lower(i - 1) == "in" && doc.lower(i - 2) == "airport" &&
                           doc.lower(i - 3) == "the") {
                    t.hint = PlaceHint::airport; // ("landed near the airport in Erbil")
                }
                key.clear();
                if (after == i + 4) {
                    key += keys[i]; // (initials, joined: "U.S.")
                    key += keys[i + 2];
                }
                for (std::size_t k = after == i + 4 ? after : i; k < best_end; ++k) {
                    if (!key.empty()) {
                        key += ' ';
                    }
                    key += keys[k];
                }
                lookup_.candidates(key, t.candidates);
                // A state's postal code is a place only after a town and a comma ("DOVER, DE"):
                // in military shorthand "IA" is the Iraqi Army and "AK" a rifle, not Iowa or
                // Alaska.
                // ("PKM, AK-47", "(PKM, AK)": a rifle's letters; "DOVER, DE - MARCH 11", "in
                // Dover, DE, on Friday": a state's, at the end of a dateline or a phrase)
                const auto state_end = [&] {
                    if (i + 1 >= n || toks[i + 1].is(text::kNewlineBefore)) {
                        return true;
                    }
                    const auto x = doc.surface(i + 1);
                    return !toks[i + 1].is(text::kHyphenBefore) &&
                           (x == "-" || x == "\u2013" || x == "\u2014" || x == "," || x == ":" ||
                            x == "." || x == ";");
                };
                if (best_end == i + 1 && toks[i].is(kAllUpper) && doc.surface(i).size() == 2 &&
                    !(i > 0 && doc.surface(i - 1) == "," && state_end())) {
                    std::erase_if(t.candidates,
                                  [](const ToponymCandidate& c) { return is_admin1(c.place); });
                }
                if (t.hint != PlaceHint::none && t.hint != PlaceHint::camp) {
                    // "Baghdad airport", "Anbar province", "the airport of Erbil": ask the resolver
                    // with the designator, and keep the name's own candidates as well.
                    std::vector<ToponymCandidate> with;
                    std::string query(doc.span_text(i, t.designator_end));
                    if (t.designator_end == best_end && t.hint == PlaceHint::airport) {
                        query += " airport";
                    } else if (t.designator_end == best_end && t.hint == PlaceHint::military &&
                               doc.lower(i - 1) == "of") {
                        query += " air base";
                    }
                    lookup_.geocode(query, with);
                    for (auto& c : with) {
                        // (Only what the whole phrase names: a loose match of "Gara region" is
                        // Yuksekova or the Kurdistan Region, not the Gara mountains.)
                        if (c.weak_name && !t.candidates.empty() &&
                            hint_match(t.hint, c.place) <= 0.0) {
                            continue;
                        }
                        // (Nor a loose match when the name itself is known exactly: "the
                        // Al-Udhaim district" is Adhaim's, not al-Adhamiya's.)
                        if (c.weak_name &&
                            std::any_of(t.candidates.begin(), t.candidates.end(),
                                        [](const ToponymCandidate& x) { return !x.weak_name; })) {
                            continue;
                        }
                        // (nor a near spelling of a name of two or three letters: "the US base"
                        // is not the airport coded ISU)
                        if (c.weak_name && key.size() <= 3) {
                            continue;
                        }
                        const bool dup = std::any_of(
                            t.candidates.begin(), t.candidates.end(),
                            [&](const ToponymCandidate& x) { return x.place.id == c.place.id; });
                        if (!dup) {
                            c.prior *= 0.95;
                            t.candidates.push_back(std::move(c));
                        }
                    }
                }
                if (t.hint == PlaceHint::camp) {
                    // "the Mexmur refugee camp", "Debaga IDP camp": the camp known as "Mexmur
                    // camp" (exactly so named, nothing looser).
                    std::vector<ToponymCandidate> with;
                    std::string query(doc.span_text(i, best_end));
                    query += " camp";
                    lookup_.geocode(query, with);
                    for (auto& c : with) {
                        const bool dup = std::any_of(
                            t.candidates.begin(), t.candidates.end(),
                            [&](const ToponymCandidate& x) { return x.place.id == c.place.id; });
                        if (!c.weak_name && !dup && c.place.feature_code.starts_with("CMP")) {
                            t.candidates.push_back(std::move(c));
                        }
                    }
                }
                if (!t.candidates.empty()) {
                    out.push_back(std::move(t));
                    i = best_end - 1;
                    from = best_end;
                }
            }
        }
    }
    scan_hashtags(doc, out);
    scan_loose(doc, keys, in_person, arabic_text ? nullptr : &marked, out);
}

void ToponymFinder::scan_hashtags(const Document& doc, std::vector<Toponym>& out) const {
    // "#AinAlAsad", "#SadrCity": a hashtag writes a name's words together, each capitalised.
    const auto& toks = doc.tokens();
    if (doc.text().find('#') == std::string::npos) {
        return; // (most articles: no "#" at all, found by one memchr)
    }
    std::string key;
    for (std::size_t i = 1; i < toks.size(); ++i) {
        if (doc.surface(i - 1) != "#" || !toks[i].is(kWord) || toks[i].is(kAllUpper)) {
            continue;
        }
        const auto s = doc.surface(i);
        std::vector<std::string_view> parts;
        std::size_t from = 0;
        for (std::size_t k = 1; k < s.size(); ++k) {
            if (s[k] >= 'A' && s[k] <= 'Z' && s[k - 1] >= 'a' && s[k - 1] <= 'z') {
                parts.push_back(s.substr(from, k - from));
                from = k;
            }
        }
        parts.push_back(s.substr(from));
        if (parts.size() < 2) {
            continue; // "#Erbil" is found as the word it is
        }
        key.clear();
        for (const auto part : parts) {
            if (!key.empty()) {
                key += ' ';
            }
            lookup_.append_token_key(part, key);
        }
        Toponym t;
        lookup_.candidates(key, t.candidates);
        if (t.candidates.empty()) {
            continue;
        }
        t.begin = i;
        t.end = i + 1;
        t.designator_end = i + 1;
        t.sentence = doc.sentence_of(i);
        t.why = "hashtag";
        out.push_back(std::move(t));
    }
    std::sort(out.begin(), out.end(),
              [](const Toponym& a, const Toponym& b) { return a.begin < b.begin; });
}

void ToponymFinder::scan_loose(const Document& doc, const std::vector<std::string_view>& keys,
                               const std::vector<char>& in_person,
                               const std::span<const std::size_t>* openers,
                               std::vector<Toponym>& out) const {
    // Spelling variants the exact keys miss ("Ain Al Assad", "Mexmur"): capitalised runs that
    // no exact match covers are looked up by their loose keys, longest n-gram first.
    const auto& toks = doc.tokens();
    const std::size_t n = toks.size();
    thread_local std::vector<char> covered; // (the thread's, reused from article to article)
    covered.assign(n, 0);
    for (const auto& t : out) {
        for (std::size_t k = t.begin; k < t.designator_end && k < n; ++k) {
            covered[k] = 1;
        }
    }
    const std::size_t max_tokens = std::max<std::size_t>(1, lookup_.max_name_tokens());
    std::vector<Toponym> found;
    std::string key;
    std::size_t next_opener = 0; // (into openers: the first not before i)
    for (std::size_t p = 0; p < doc.paragraphs().size(); ++p) {
        const auto& par = doc.paragraphs()[p];
        if (par.kind == text::ParagraphKind::boilerplate) {
            continue;
        }
        // "Nahr al-Imam (نهر الإمام)": Arabic in brackets spells the name before it. Its
        // exact match counts; a loose one is a guess the English name already failed
        // ('حوران' is not Hiran, 'الرشاد' not Ruwaished).
        auto in_gloss = [&](std::size_t k) {
            std::size_t b = k;
            while (b > par.token_begin && toks[b - 1].is(kArabicScript)) {
                --b;
            }
            return b > par.token_begin && doc.surface(b - 1) == "(";
        };
        auto part_of_run = [&](std::size_t k, bool first) {
            if (k >= par.token_end || covered[k] || in_person[k] || keys[k].empty()) {
                return false;
            }
            const auto& t = toks[k];
            if (t.is(kArabicScript)) {
                return !in_gloss(k);
            }
            // (In a line of capitals every word is one: only exact names count there.)
            if (t.is(kAllUpper) && text::in_capitals_sentence(doc, k)) {
                return false;
            }
            if (t.is(kCapitalized) || t.is(kAllUpper)) {
                // ("On Aug. 22" is no spelling of Ankawa: a preposition capitalised at a
                // sentence's start opens no name, and a month or weekday is part of none.)
                const auto w = doc.lower(k);
                // (nor the surname of the man the news named so often: "the killing of
                // Soleimani" is no spelling of Sulaimani)
                if (w == "soleimani" || w == "soleimani's") {
                    return false;
                }
                const bool preposition =
                    is_locative(w) && w != "west" && w != "east" && w != "north" && w != "south";
                return !(first && preposition) && text::month_from_word(w) == 0 &&
                       text::weekday_from_word(w) < 0;
            }
            // Articles and designators may be lower case inside a name.
            return !first && (is_article(doc.word(k)) || t.is(kHyphenBefore));
        };
        // (The lambdas are made once per paragraph: made in the loop, their captures were
        // stored again for every token.)
        std::size_t i = par.token_begin;
        while (i < par.token_end) {
            // (A run opens only with a capitalised, all-capitals or Arabic-script word: the
            // loop goes from one opener to the next when the list is given, and the flags are
            // tested first, in line, for the many tokens that are none of them.)
            if (openers != nullptr) {
                while (next_opener < openers->size() && (*openers)[next_opener] < i) {
                    ++next_opener;
                }
                if (next_opener == openers->size() || (*openers)[next_opener] >= par.token_end) {
                    break;
                }
                i = (*openers)[next_opener];
            }
            if ((toks[i].flags & (kCapitalized | kAllUpper | kArabicScript)) == 0 ||
                !part_of_run(i, true)) {
                ++i;
                continue;
            }
            std::size_t e = i + 1;
            while (e < par.token_end && e - i < max_tokens && part_of_run(e, false)) {
                ++e;
            }
            // Longest n-gram from each start.
            std::size_t s = i;
            while (s < e) {
                bool matched = false;
                for (std::size_t len = e - s; len >= 1 && !matched; --len) {
                    // A single word is a spelling variant only where a place is expected
                    // ("in Mexmur") or where it is written like a transliteration ("Ta'mim",
                    // "Mexmûr", Arabic script); "Marines" is not "Moroni".
                    bool single_unlikely = false;
                    if (len == 1) {
                        const auto w = doc.lower(s);
                        const auto surface = doc.surface(s);
                        const bool marked = toks[s].is(kArabicScript) ||
                                            surface.size() != w.size() ||
                                            surface.find('\'') != std::string_view::npos;
                        const bool locative = s > par.token_begin && is_locative(doc.lower(s - 1));
                        // (The tests without a lookup first: most words are neither.)
                        // (nor an acronym: "a current diagnosis of PTSD" is not Bethesda)
                        single_unlikely = !(marked || locative) || w.size() < 4 ||
                                          (toks[s].is(kAllUpper) && w.size() <= 5) ||
                                          toks[s].is(text::kPossessive) ||
                                          is_common_word(doc.word(s)) || is_article(w) ||
                                          is_demonym(w) || is_person_noun(doc.word(s));
                    }
                    const bool single_common = single_unlikely;
                    if (single_common || toks[s].is(kHasDigit) || toks[s].is(kNumber)) {
                        continue;
                    }
                    // A spelling variant must be the whole name: "Albu" in "Albu Hayazi" is
                    // not Aleppo. Only a designator may follow inside the run.
                    if (s + len < e &&
                        (toks[s + len].is(kCapitalized) || toks[s + len].is(kAllUpper)) &&
                        designator_at(doc, s + len, par.token_end).first == 0) {
                        continue;
                    }
                    if (s > i && (toks[s - 1].is(kCapitalized) || toks[s - 1].is(kAllUpper)) &&
                        !toks[s - 1].is(kArabicScript)) {
                        continue;
                    }
                    // Nor a land form's word alone: "Jabal" of "Jabal al-Tharda" is no
                    // spelling of Jableh.
                    // (Nor a holy day's or feast's name: "the day of Ashura" is no spelling of
                    // Ashar or Israel.)
                    static const WordSet kLandForms = {
                        "jabal",   "jebel",  "jabel",    "wadi",    "tal",    "tell",    "khirbet",
                        "khirbat", "nahr",   "jisr",     "qasr",    "ashura", "ashoura", "asura",
                        "arbaeen", "arbain", "muharram", "ramadan", "nowruz", "newroz",  "eid",
                        "ghadir",  "mawlid", "shaaban",  "safar"};
                    if (len == 1 &&
                        (kLandForms.contains(doc.word(s)) || kLandForms.contains(keys[s]))) {
                        continue;
                    }
                    key.clear();
                    for (std::size_t k = s; k < s + len; ++k) {
                        if (!key.empty()) {
                            key += ' ';
                        }
                        key += keys[k];
                    }
                    Toponym t;
                    lookup_.loose_candidates(key, t.candidates);
                    // "a tourist resort in the village of Barakh": a village the gazetteer
                    // lacks, no spelling of a city, a capital or a province (Baghdad).
                    if (s >= par.token_begin + 2 && doc.lower(s - 1) == "of" &&
                        (doc.lower(s - 2) == "village" || doc.lower(s - 2) == "hamlet")) {
                        std::erase_if(t.candidates, [](const ToponymCandidate& c) {
                            const std::string_view f = c.place.feature_code;
                            return f == "PPLC" || f == "PPLA";
                        });
                    }
                    if (t.candidates.empty()) {
                        continue;
                    }
                    for (auto& c : t.candidates) {
                        c.prior *= 0.9; // a spelling variant: less sure than an exact name
                        c.weak_name = true;
                    }
                    t.begin = s;
                    t.end = s + len;
                    t.designator_end = t.end;
                    t.sentence = doc.sentence_of(s);
                    t.why = "spelling variant";
                    const auto des = designator_at(doc, t.end, par.token_end);
                    if (des.first != 0) {
                        t.hint = des.second;
                        t.designator_end = t.end + des.first;
                    }
                    found.push_back(std::move(t));
                    s += len;
                    matched = true;
                }
                if (!matched) {
                    ++s;
                }
            }
            i = e;
        }
    }
    // In text order. The exact names come in order and the variants too, nearly always with
    // every start apart: then the one order is a merge (a sort moved every toponym, strings
    // and candidates, even when nothing was out of place); with a start shared, sorted as ever.
    const auto starts_apart = [](const std::vector<Toponym>& v) {
        return std::adjacent_find(v.begin(), v.end(), [](const Toponym& a, const Toponym& b) {
                   return a.begin >= b.begin;
               }) == v.end();
    };
    const auto by_begin = [](const Toponym& a, const Toponym& b) { return a.begin < b.begin; };
    const bool apart = starts_apart(out) && starts_apart(found) &&
                       std::all_of(found.begin(), found.end(), [&](const Toponym& f) {
                           return !std::binary_search(out.begin(), out.end(), f, by_begin);
                       });
    const auto middle = static_cast<std::ptrdiff_t>(out.size());
    out.insert(out.end(), std::make_move_iterator(found.begin()),
               std::make_move_iterator(found.end()));
    if (apart) {
        std::inplace_merge(out.begin(), out.begin() + middle, out.end(), by_begin);
    } else {
        std::sort(out.begin(), out.end(), by_begin);
    }
}

void ToponymFinder::assign_roles(const Document& doc, std::vector<Toponym>& toponyms) const {
    const auto& toks = doc.tokens();
    const std::size_t n = toks.size();
    // The end of the latest place where speakers sit ("Politicians in Erbil"), for the places
    // listed with it.
    std::size_t speakers_end = SIZE_MAX - 1;
    for (auto& t : toponyms) {
        const auto& sent = doc.sentences()[t.sentence];
        const auto& par = doc.paragraphs()[sent.paragraph];
        const bool sentence_start =
            t.begin == sent.token_begin || (t.begin == par.dateline_end && par.dateline_end != 0);
        const auto prev = t.begin > sent.token_begin ? doc.lower(t.begin - 1) : text::TokenText();
        const auto prev2 =
            t.begin > sent.token_begin + 1 ? doc.lower(t.begin - 2) : text::TokenText();
        // (the same words with their tokens' hashes, for the word sets asked of them)
        const auto prev_word =
            t.begin > sent.token_begin ? doc.word(t.begin - 1) : text::HashedWord{};
        const auto prev2_word =
            t.begin > sent.token_begin + 1 ? doc.word(t.begin - 2) : text::HashedWord{};
        const std::size_t after = t.designator_end;
        const auto next = after < n ? doc.lower(after) : text::TokenText();

        // Datelines.
        if (par.dateline_end != 0 && t.begin >= par.dateline_place_begin &&
            t.end <= par.dateline_place_end) {
            t.role = par.kind == text::ParagraphKind::caption ? ToponymRole::caption
                                                              : ToponymRole::dateline;
            t.why = "dateline";
            continue;
        }
        // "killed the so-called wali of Kirkuk in an operation in the Hamrin basin": a militant
        // title's place, when another place follows in the sentence after a preposition of
        // place, is no event place. (Not a governor's or a mayor's: with cities500 that lost a
        // held-out event, eval8 test 78.9% -> 77.9% found, one more trap hit.)
        if (prev == "of" && (prev2 == "wali" || prev2 == "emir" || prev2 == "amir")) {
            const bool other = std::any_of(toponyms.begin(), toponyms.end(), [&](const auto& u) {
                return u.sentence == t.sentence && u.begin > t.end && !u.candidates.empty() &&
                       u.begin > sent.token_begin && is_locative(doc.word(u.begin - 1));
            });
            if (other) {
                t.role = ToponymRole::modifier;
                t.why = "a title's place";
                continue;
            }
        }
        // A chat line's label, "[14:31] Rania (Amman): wires say 8 dead": the sender and where
        // the sender is, not a place told.
        if (t.begin > 0 && (doc.surface(t.begin - 1) == "]" || doc.surface(t.begin - 1) == "(")) {
            std::size_t ls = t.begin;
            while (ls > 0 && !toks[ls].is(text::kNewlineBefore) && t.begin < ls + 8) {
                --ls;
            }
            std::size_t rb = ls;
            while (rb < t.begin && doc.surface(rb) != "]") {
                ++rb;
            }
            std::size_t colon = after;
            while (colon < n && colon < after + 4 && doc.surface(colon) != ":") {
                ++colon;
            }
            if (doc.surface(ls) == "[" && rb < t.begin && rb <= ls + 4 && colon < n &&
                doc.surface(colon) == ":" && t.begin <= rb + 3) {
                t.role = ToponymRole::name_part;
                t.why = "a chat line's sender";
                continue;
            }
        }
        // Codes ("K1", "K-1", "ORBI") count only in a military or airport sense.
        // A word with a number ("Tower 22", "Camp Speicher 2") is a name, not a code.
        bool code_like = false, word = false;
        for (std::size_t k = t.begin; k < t.end; ++k) {
            code_like = code_like || toks[k].is(kHasDigit) || toks[k].is(kNumber);
            word = word || (toks[k].is(kWord) && !toks[k].is(kHasDigit) && !toks[k].is(kAllUpper) &&
                            doc.lower(k).size() >= 4);
        }
        code_like = code_like && !word;
        if (code_like && t.hint != PlaceHint::military && t.hint != PlaceHint::airport) {
            bool military_context = false;
            // (the base named in an apposition after it: "inside K1, the Iraqi army base
            // northwest of Kirkuk")
            for (std::size_t k = t.begin >= 3 ? t.begin - 3 : 0; k < std::min(n, t.end + 6); ++k) {
                const auto w = doc.lower(k);
                // (or struck as one: "a rocket attack on K-1 near Kirkuk", "mortar shells hit
                // an open area inside K1")
                military_context =
                    military_context ||
                    ((w == "base" || w == "airbase" || w == "airfield" || w == "camp" ||
                      w == "military") &&
                     (k < t.end + 3 || doc.surface(t.end) == ",")) ||
                    (k < t.begin &&
                     (w == "attack" || w == "attacks" || w == "rocket" || w == "rockets" ||
                      w == "struck" || w == "targeted" || w == "shelled" || w == "missiles" ||
                      w == "hit" || w == "inside" || w == "drone" || w == "drones"));
            }
            if (!military_context) {
                t.candidates.clear();
                t.why = "code outside a military sense";
                continue;
            }
        }
        // A user name of a forum or a chat, written with an underscore: "ibn_Dujail wrote",
        // "Post by Basra_Boy" name people, not places.
        if ((t.begin > 0 && !toks[t.begin].is(text::kSpaceBefore) &&
             doc.surface(t.begin - 1) == "_") ||
            (t.end < n && !toks[t.end].is(text::kSpaceBefore) && doc.surface(t.end) == "_")) {
            t.candidates.clear();
            t.why = "a user name";
            continue;
        }
        // Common words: "Police said", sentence-initial "Hit".
        if (t.end - t.begin == 1 && !toks[t.begin].is(kArabicScript)) {
            const auto w = doc.lower(t.begin);
            const bool common = is_common_word(doc.word(t.begin)) ||
                                text::month_from_word(w) != 0 || text::weekday_from_word(w) >= 0;
            const bool title = par.kind == text::ParagraphKind::title;
            if (common) {
                // ("1) Kanaan: a roadside bomb ...", "- Bashir: ...": a list item's label.)
                const bool item_label = after < n && doc.surface(after) == ":" &&
                                        t.begin > sent.token_begin &&
                                        (prev == ")" || text::is_bullet(doc.surface(t.begin - 1)) ||
                                         toks[t.begin - 1].is(kNumber));
                // (In a line of capitals every word is capitalised, and "BASE AND" is no camp
                // or base named "And": only a locative word before it supports one there.)
                const bool capitals =
                    toks[t.begin].is(kAllUpper) && text::in_capitals_sentence(doc, t.begin);
                // ("2 Nov | Hit | gunmen | 1 killed": a table's cell of its own)
                const bool cell = prev == "|" && after < n && doc.surface(after) == "|";
                const bool supported =
                    (!sentence_start && !title && is_locative(prev_word)) || (cell && !capitals) ||
                    (!capitals && (t.hint != PlaceHint::none || item_label ||
                                   (after < n && doc.surface(after) == "," && after + 1 < n &&
                                    toks[after + 1].is(kCapitalized))));
                if (!supported || text::month_from_word(w) != 0 ||
                    text::weekday_from_word(w) >= 0) {
                    t.candidates.clear();
                    t.why = "common word";
                    continue;
                }
            }
        }
        // A date that names a place only with its designator: "on 14 July" is no "14th of July
        // Bridge", "July 14" neither.
        if (t.end - t.begin == 2 && t.designator_end == t.end &&
            ((toks[t.begin].is(kNumber) && text::month_from_word(doc.lower(t.begin + 1)) != 0) ||
             (text::month_from_word(doc.lower(t.begin)) != 0 && toks[t.begin + 1].is(kNumber)))) {
            t.candidates.clear();
            t.why = "a date";
            continue;
        }
        // "KRG", "the Kurdistan Regional Government": a government by name.
        if (doc.lower(t.end - 1) == "krg" || doc.lower(t.end - 1) == "government") {
            t.role = ToponymRole::government;
            t.why = "names a government";
            continue;
        }
        // Organisation names: "Basra Oil Company", "Sinjar Resistance Units", "Operation X".
        // Also "US State Department", "Kirkuk Health Directorate" and "the Taqaddum party".
        bool org = false;
        for (std::size_t k = after; k < sent.token_end && k < after + 3 &&
                                    (toks[k].is(kCapitalized) || toks[k].is(kAllUpper));
             ++k) {
            org = org || is_org_head(doc.lower(k));
        }
        // "the Kurdistan Democratic Party of Iran", "the Central Bank of Iraq".
        // (Not a state's: "the Government of Iraq", "the Army of Iraq".)
        if (prev == "of" && t.begin >= sent.token_begin + 2 && toks[t.begin - 2].is(kCapitalized)) {
            const auto head = doc.lower(t.begin - 2);
            org = org || (is_org_head(head) && head != "government" && head != "forces" &&
                          head != "force" && head != "army");
        }
        if (after < sent.token_end && toks[after].is(kWord) && !toks[after].is(kCapitalized) &&
            (next == "party" || next == "bloc" || next == "movement" || next == "alliance" ||
             next == "coalition" || next == "tribe" || next == "clan" || next == "list")) {
            org = true;
        }
        // "the Bani Tamim tribe", "the Albu Nimr clan": a tribe's name, whichever of its words
        // a place shares.
        for (std::size_t k = after; !org && k < sent.token_end && k < after + 3; ++k) {
            if (!toks[k].is(kCapitalized)) {
                const auto w = doc.lower(k);
                org = k > after && (w == "tribe" || w == "clan" || w == "tribes" || w == "clans");
                break;
            }
        }
        // (Not a campus the text is at: "gathered in front of the University of Sulaimani",
        // "a sit-in outside Basra University": its town.)
        if (org) {
            const bool campus_of = prev == "of" && t.begin >= sent.token_begin + 4 &&
                                   is_campus(doc.lower(t.begin - 2)) &&
                                   doc.lower(t.begin - 3) == "the" &&
                                   is_locative(doc.word(t.begin - 4));
            const bool campus_named =
                after < sent.token_end && is_campus(doc.lower(after)) &&
                t.begin >= sent.token_begin + 2 &&
                (is_locative(prev_word) || (prev == "the" && is_locative(doc.word(t.begin - 2))));
            org = !campus_of && !campus_named;
        }
        if (org) {
            t.role = ToponymRole::name_part;
            t.why = "part of an organisation's name";
            continue;
        }
        // "Sadr supporters", "Barzani loyalists": people follow a leader, not a town.
        if (after < sent.token_end && !toks[after].is(kCapitalized) && !is_locative(prev_word) &&
            (next == "supporters" || next == "followers" || next == "loyalists" ||
             next == "partisans")) {
            t.role = ToponymRole::name_part;
            t.why = "a leader's name";
            continue;
        }
        // "the Hay al-Amil neighbourhood", "Hai al-Jihad": the Arabic word for a quarter
        // before its name, not the town of Al-Hay.
        if (t.end == t.begin + 1 &&
            (doc.lower(t.begin) == "hay" || doc.lower(t.begin) == "hai" ||
             doc.lower(t.begin) == "hayy") &&
            after + 1 < sent.token_end && (next == "al" || next == "el") &&
            toks[after + 1].is(text::kHyphenBefore)) {
            t.role = ToponymRole::name_part;
            t.why = "a quarter's name";
            continue;
        }
        // "civilians fleeing through Bab Sinjar", "Bab al-Sharqi": a city gate (and the quarter
        // around it) named after the town its road led to, not that town.
        if (prev == "bab" && t.begin > 0 && toks[t.begin - 1].is(kCapitalized)) {
            t.role = ToponymRole::name_part;
            t.why = "a city gate's name";
            continue;
        }
        // "a roadside bomb on Route Michigan", "MSR Tampa": a military route's code name,
        // not the US state or city.
        if ((prev == "route" || prev == "msr" || prev == "asr") && t.begin > 0 &&
            (toks[t.begin - 1].is(kCapitalized) || toks[t.begin - 1].is(kAllUpper)) &&
            std::none_of(t.candidates.begin(), t.candidates.end(),
                         [](const ToponymCandidate& c) { return c.place.country_code == "IQ"; })) {
            t.role = ToponymRole::name_part;
            t.why = "a military route's name";
            continue;
        }
        // ("MSR Tampa": the route's designator, not Montserrat's code)
        if (t.end == t.begin + 1 && (doc.lower(t.begin) == "msr" || doc.lower(t.begin) == "asr") &&
            after < sent.token_end && (toks[after].is(kCapitalized) || toks[after].is(kAllUpper))) {
            t.role = ToponymRole::name_part;
            t.why = "a military route's designator";
            continue;
        }
        // A slogan's target: "chanting \"No to America\"", "Death to Israel", "Down with
        // Iran": no place of an event.
        if (((prev == "to" && (prev2 == "no" || prev2 == "death" || prev2 == "yes")) ||
             (prev == "with" && prev2 == "down")) &&
            t.begin >= sent.token_begin + 2 && toks[t.begin - 2].is(kCapitalized)) {
            t.role = ToponymRole::name_part;
            t.why = "a slogan's words";
            continue;
        }
        // "between the Palestine and Sheraton hotels", "the Babylon Hotel": a hotel named after a
        // country or a province, not that country or province (a town's, "an Erbil hotel", is
        // in the town).
        if ((next == "hotel" || next == "hotels" ||
             (next == "and" && after + 2 < sent.token_end && toks[after + 1].is(kCapitalized) &&
              (doc.lower(after + 2) == "hotels"))) &&
            !t.candidates.empty() &&
            (is_country(t.candidates.front().place) || is_admin1(t.candidates.front().place))) {
            t.role = ToponymRole::name_part;
            t.why = "a hotel's name";
            continue;
        }
        if (prev == "operation" && t.begin > 0 && toks[t.begin - 1].is(kCapitalized)) {
            t.role = ToponymRole::name_part;
            t.why = "an operation's name";
            continue;
        }
        // "on the fourth day of the Mosul offensive": a campaign named after its goal.
        if (prev == "the" && after < sent.token_end &&
            (next == "offensive" || next == "campaign" || next == "offensives")) {
            t.role = ToponymRole::name_part;
            t.why = "a campaign's name";
            continue;
        }
        // Part of a longer capitalised name: "North Oil Company" has no place; "Horizon Client
        // Access"; but a capitalised designator ("Kirkuk Governorate") is fine.
        const bool next_in_sentence = after < sent.token_end;
        if (t.begin > sent.token_begin && !sentence_start && toks[t.begin - 1].is(kCapitalized) &&
            !toks[t.begin - 1].is(kAllUpper) && !toks[t.begin - 1].is(text::kPossessive) &&
            next_in_sentence && !is_article(prev) && country_of_demonym(prev).empty() &&
            !is_locative(prev_word) && !is_person_title(prev) &&
            designator_at(doc, t.begin - 1, t.begin).first == 0 && prev != "the" &&
            prev != "northern" && prev != "southern" && prev != "eastern" && prev != "western" &&
            prev != "central" && prev != "greater" && prev != "upper" && prev != "lower" &&
            prev != "old" && prev != "new") {
            bool head = after < n && toks[after].is(kCapitalized) && is_org_head(next);
            if (head ||
                (after < n && toks[after].is(kCapitalized) &&
                 designator_at(doc, after, after + 1).first == 0 && doc.surface(after) != ",")) {
                t.role = ToponymRole::name_part;
                t.why = "inside a longer name";
                continue;
            }
        }
        // Comparisons: "the size of Britain", "larger than Belgium", "the same watermark as
        // the group's releases from Raqqa".
        bool same_as = false;
        static constexpr text::ScanWords kSame{"same"};
        for (std::size_t k = doc.sentence_may_hold<kSame>(t.sentence) ? t.begin : sent.token_begin;
             k > sent.token_begin && k + 8 > t.begin && !same_as; --k) {
            if (doc.lower(k - 1) != "as") {
                continue;
            }
            for (std::size_t j = k - 1; j > sent.token_begin && j + 6 > k - 1; --j) {
                if (doc.lower(j - 1) == "same") {
                    // (not a time: "on the same day as the bombing in Tikrit")
                    static const WordSet kTimes = {"day",  "night",   "week",    "month", "year",
                                                   "time", "morning", "evening", "date"};
                    same_as = !kTimes.contains(doc.word(j));
                    break;
                }
            }
            break;
        }
        // ("Unlike Cairo's Tahrir Square in 2011 or the squares of Beirut, ...": a contrast
        // opening the sentence, up to its comma)
        bool unlike = false;
        static constexpr text::ScanWords kUnlike{"unlike"};
        for (std::size_t k = doc.sentence_may_hold<kUnlike>(t.sentence) ? t.begin
                                                                        : sent.token_begin;
             k > sent.token_begin && k + 16 > t.begin; --k) {
            if (doc.surface(k - 1) == "," || doc.surface(k - 1) == ";") {
                break;
            }
            if (doc.lower(k - 1) == "unlike") {
                unlike = true;
                break;
            }
        }
        if ((prev == "of" && prev2 == "size") || prev == "than" ||
            (prev == "as" && prev2 == "large") || same_as || unlike) {
            t.role = ToponymRole::comparison;
            t.why = "comparison";
            continue;
        }
        // Any place naming an institution: "the Duhok health directorate", "Kirkuk police",
        // "Basra governor", "the Erbil court".
        // (Unless the institution's building is where people were: "gathered in front of the
        // Zaxo town administration", "a sit-in outside the Basra governorate building".)
        const bool at_building =
            prev == "the" && t.begin >= sent.token_begin + 2 &&
            (prev2 == "outside" || prev2 == "at" || prev2 == "near" || prev2 == "around" ||
             (prev2 == "of" && t.begin >= sent.token_begin + 3 &&
              doc.lower(t.begin - 3) == "front"));
        // (nor when the institution's building is named after it: "stormed the Zakho police
        // station", "set fire to the Nasiriyah police headquarters")
        static const WordSet kBuildings = {"station",  "stations", "headquarters",
                                           "building", "compound", "office",
                                           "offices",  "post",     "checkpoint"};
        const bool building_named = after + 1 < sent.token_end && is_institution_noun(next) &&
                                    kBuildings.contains(doc.word(after + 1));
        if (after < sent.token_end && is_institution_noun(next) && !at_building &&
            !building_named) {
            t.role = ToponymRole::modifier;
            t.why = "names an institution";
            continue;
        }
        // Countries used as adjectives: "Iran-backed", "US personnel", "Iraq war".
        bool country_like = false, capital_like = false;
        for (const auto& c : t.candidates) {
            country_like = country_like || is_country(c.place);
            capital_like = capital_like || text::equals_literal(c.place.feature_code, "PPLC") ||
                           text::equals_literal(c.place.feature_code, "PPLA");
        }
        // (A spelling variant's candidates come in no order that says which reading is meant:
        // "The Iraqi presidency" reads loosely as Iraq, and as Ulan Bator or Q-West, whichever
        // the index happens to rank first.)
        if (country_like && !t.candidates.empty() &&
            (is_country(t.candidates.front().place) || t.why == "spelling variant")) {
            // "(2 US, 1 UK)": the nationality of people counted.
            if (t.begin > sent.token_begin && toks[t.begin - 1].is(text::kNumber) &&
                (after >= n || doc.surface(after) == "," || doc.surface(after) == ")" ||
                 doc.lower(after) == "and")) {
                t.role = ToponymRole::modifier;
                t.why = "the nationality of people counted";
                continue;
            }
            const bool hyphen_compound = after < n && toks[after].is(kHyphenBefore);
            const bool noun_follows =
                after < n && toks[after].is(kWord) && !toks[after].is(kCapitalized) &&
                !is_locative(next) && next != "and" && next != "or" && !is_government_verb(next) &&
                next != "has" && next != "have" && next != "is" && next != "was" && next != "had";
            // (also after a preposition, before what a country owns or sends: "attacks on US
            // interests", "near US troops")
            static const WordSet kOwned = {
                "interests", "troops",     "forces",    "personnel",     "diplomats", "soldiers",
                "bases",     "targets",    "citizens",  "officials",     "convoys",   "contractors",
                "companies", "facilities", "nationals", "advisers",      "advisors",  "military",
                "positions", "embassy",    "consulate", "installations", "assets",    "patrols",
                "convoy",    "base",       "outposts"};
            // ("in northeastern Syria injured two": a part of the country after a preposition,
            // and a verb after it, is the place)
            static const WordSet kParts = {
                "northern",     "southern",     "eastern",      "western",      "central",
                "northeastern", "northwestern", "southeastern", "southwestern", "north",
                "south",        "east",         "west"};
            static const WordSet kVerbs = {"killed", "injured", "wounded", "struck",
                                           "hit",    "left",    "killing", "wounding"};
            const bool part_of_country = t.begin >= sent.token_begin + 2 &&
                                         kParts.contains(doc.word(t.begin - 1)) &&
                                         is_locative(prev2_word);
            if (hyphen_compound ||
                (noun_follows && !(part_of_country && kVerbs.contains(doc.word(after))) &&
                 (!is_locative(prev_word) || kOwned.contains(doc.word(after))))) {
                t.role = ToponymRole::modifier;
                t.why = "used as an adjective";
                continue;
            }
        }
        // "on the Samarra-Tikrit highway near Ishaqi", "on the Kirkuk-Erbil road in the north of
        // Kirkuk city": the ends of a road name it; the place on the road is told after it.
        // (Without one, "the Sinjar-Makhmour road" is placed between its ends.)
        {
            std::size_t k = t.designator_end;
            const bool first_end = k + 1 < n && toks[k].is(kHyphenBefore);
            if (first_end) {
                // (the other end: the capitalised word joined by the hyphen)
                while (k < n && toks[k].is(kHyphenBefore)) {
                    ++k;
                }
            }
            const bool second_end = t.begin > 0 && toks[t.begin].is(kHyphenBefore);
            const auto after_road = k + 1 < n ? doc.lower(k + 1) : text::TokenText();
            // (a name must follow: "... highway in the early hours" tells a time; asked only of
            // a road's end)
            const auto named_after = [&] {
                for (std::size_t j = k + 2; j < n && j < k + 7 && j < sent.token_end; ++j) {
                    if ((toks[j].is(kCapitalized) || toks[j].is(kAllUpper)) &&
                        text::weekday_from_word(doc.lower(j)) < 0 &&
                        text::month_from_word(doc.lower(j)) == 0) {
                        return true;
                    }
                    if (!toks[j].is(kWord) && doc.surface(j) != "#") {
                        return false;
                    }
                }
                return false;
            };
            if ((first_end || second_end) && k < n && is_road_word(doc.lower(k)) && named_after() &&
                (after_road == "near" || after_road == "nr" || after_road == "outside" ||
                 after_road == "in" ||
                 (after_road == "close" && k + 2 < n && doc.lower(k + 2) == "to"))) {
                t.role = ToponymRole::modifier;
                t.why = "an end of a road named after it";
                continue;
            }
        }
        // "grenades made in Serbia and in Iran": where a weapon came from.
        if (prev == "in" || prev == "and" || prev == ",") {
            static constexpr auto kMadeWords =
                std::to_array<std::string_view>({"manufactured", "made", "produced"});
            static const WordSet kMade(kMadeWords);
            bool made = false;
            for (std::size_t k = t.begin > sent.token_begin &&
                                         doc.may_hold<kMadeWords>(sent.token_begin, t.begin)
                                     ? t.begin
                                     : sent.token_begin;
                 k > sent.token_begin + 1 && k + 10 > t.begin; --k) {
                const auto w = doc.lower(k - 1);
                if (w == "in" && kMade.contains(doc.lower(k - 2))) {
                    made = true;
                    break;
                }
                if (w != "in" && w != "and" && w != "," && w != "the" &&
                    !toks[k - 1].is(kCapitalized)) {
                    break;
                }
            }
            if (made) {
                t.role = ToponymRole::modifier;
                t.why = "where a thing was made";
                continue;
            }
        }
        // "The Turkish Ministry of Defence (Ankara) said": the seat of the body that spoke,
        // in brackets after its name.
        if (prev == "(" && t.begin >= sent.token_begin + 2 && t.end + 1 < n &&
            doc.surface(t.end) == ")" && toks[t.begin - 2].is(kCapitalized) &&
            is_government_verb(doc.lower(t.end + 1))) {
            t.role = ToponymRole::government;
            t.why = "where someone spoke of it";
            continue;
        }
        // "the consulate of the Islamic Republic of Iran in Karbala": the state whose mission
        // it is.
        if (prev == "of" || (prev == "the" && prev2 == "of")) {
            const std::size_t at = t.begin - (prev == "of" ? 2 : 3); // (the owner's word)
            const auto owner = at >= sent.token_begin ? doc.lower(at) : text::TokenText();
            // (also "the Consulate General of Iran")
            if (owner == "consulate" || owner == "embassy" || owner == "consulates" ||
                owner == "embassies" ||
                (owner == "general" && at > sent.token_begin && doc.lower(at - 1) == "consulate")) {
                t.role = ToponymRole::modifier;
                t.why = "the state whose mission it is";
                continue;
            }
        }
        // "killed four PKK fighters in the Zap area on Monday, according to Ankara": a
        // capital or country as the source is its government speaking.
        if (prev == "to" && prev2 == "according" && t.end - t.begin <= 2 &&
            (t.end >= sent.token_end || !toks[t.end].is(kWord))) {
            bool seat = false;
            for (const auto& c : t.candidates) {
                seat = seat || c.place.feature_code == "PPLC" || is_country(c.place);
            }
            if (seat) {
                t.role = ToponymRole::government;
                t.why = "the government as a source";
                continue;
            }
        }
        // "when Sadr, speaking from Najaf, told his followers to withdraw": where the speaker
        // was.
        if (prev == "from" && (prev2 == "speaking" || prev2 == "broadcasting" ||
                               prev2 == "writing" || prev2 == "tweeting")) {
            t.role = ToponymRole::government;
            t.why = "where someone spoke of it";
            continue;
        }
        // "a statement read on state television in Tehran", "told reporters in Erbil", "at a
        // news conference in Baghdad": where someone spoke of the event, not where it was.
        // (The setting right before "in": "a television station in Mosul" was a target.)
        if (prev == "in" && t.begin >= sent.token_begin + 2) {
            static const WordSet kSpeechSettings = {
                "television", "tv",        "broadcast",  "conference", "briefing",
                "speech",     "interview", "sermon",     "televised",  "address",
                "podcast",    "radio",     "broadcaster"};
            const auto w = doc.lower(t.begin - 2);
            // ("The Security Council said in Erbil that the strike was ...": where it was said)
            const bool said_in = (w == "said" || w == "announced" || w == "stated" ||
                                  w == "declared" || w == "told") &&
                                 t.end < n &&
                                 (doc.lower(t.end) == "that" || doc.lower(t.end) == "on");
            const bool spoken = kSpeechSettings.contains(doc.word(t.begin - 2)) ||
                                w == "speaking" || said_in ||
                                (w == "reporters" && t.begin >= sent.token_begin + 3 &&
                                 doc.lower(t.begin - 3) == "told");
            // ("the cleric Moqtada al-Sadr, in Najaf, called on the government to resign": set
            // off by commas between a speaker and a speech verb)
            const bool aside =
                t.begin >= sent.token_begin + 3 && doc.surface(t.begin - 2) == "," &&
                t.end + 1 < n && doc.surface(t.end) == "," && toks[t.begin - 3].is(kCapitalized) &&
                (is_government_verb(doc.lower(t.end + 1)) || doc.lower(t.end + 1) == "told" ||
                 doc.lower(t.end + 1) == "wrote" || doc.lower(t.end + 1) == "tweeted" ||
                 doc.lower(t.end + 1) == "posted");
            // ("Iran's foreign ministry in Tehran condemned the attack": the seat of the body
            // that spoke)
            static const WordSet kBodies = {
                "ministry", "government", "parliament", "presidency", "embassy", "officials",
                "authorities", "spokesman", "spokesperson", "office", "cabinet",
                // ("The Anbar Operations Command in Ramadi said it had arrested two suspects")
                "command", "directorate", "headquarters", "cell", "council", "police"};
            // ("police in Basra say three men were killed ... in the Zubair district": the
            // police's town only when the sentence names another place after it; "officials in
            // Daquq say an airstrike hit a mosque there" speak of their own)
            const bool local =
                doc.lower(t.begin - 2) == "police" || (t.end < n && doc.lower(t.end) == "say");
            const std::size_t ti = static_cast<std::size_t>(&t - toponyms.data());
            const bool place_after =
                ti + 1 < toponyms.size() && toponyms[ti + 1].sentence == t.sentence;
            const bool seat =
                kBodies.contains(doc.word(t.begin - 2)) && t.end < n &&
                (is_government_verb(doc.lower(t.end)) || doc.lower(t.end) == "denounced" ||
                 doc.lower(t.end) == "deplored" || doc.lower(t.end) == "say") &&
                (!local || place_after);
            // ("according to villagers in Kani Masi, who said the explosions could be heard":
            // where the sources were)
            bool according = false;
            for (std::size_t k = t.begin - 1; k > sent.token_begin + 1 && k + 5 > t.begin; --k) {
                if (doc.lower(k - 1) == "to" && doc.lower(k - 2) == "according") {
                    according = k + 1 < t.begin; // (someone between: not "according to Erbil")
                    break;
                }
                if (!toks[k - 1].is(kWord)) {
                    break;
                }
            }
            if (spoken || aside || seat || according) {
                t.role = ToponymRole::government;
                t.why = "where someone spoke of it";
                continue;
            }
        }
        // "Politicians in Erbil and Baghdad, and the PUK in Sulaymaniyah, sent statements of
        // support": where those who spoke of it sit.
        // (and the places listed with the first: "in Erbil and Baghdad")
        if ((prev == "and" || prev == ",") && speakers_end + 1 == t.begin) {
            t.role = ToponymRole::government;
            t.why = "where those who spoke of it sit";
            speakers_end = t.designator_end;
            continue;
        }
        if (prev == "in" && t.begin >= sent.token_begin + 2) {
            static const WordSet kSpeakers = {"politicians", "lawmakers", "deputies",  "mps",
                                              "leaders",     "parties",   "diplomats", "clerics",
                                              "puk",         "kdp"};
            const bool group = kSpeakers.contains(doc.word(t.begin - 2));
            // (a statement, not "sent reinforcements")
            bool spoke = false;
            for (std::size_t k = after; group && k + 1 < sent.token_end && k < after + 10; ++k) {
                const auto v = doc.lower(k);
                const auto nx = doc.lower(k + 1);
                spoke = spoke || v == "welcomed" || v == "condemned" || v == "praised" ||
                        v == "voiced" ||
                        ((v == "sent" || v == "issued" || v == "expressed") &&
                         (nx == "statements" || nx == "statement" || nx == "messages" ||
                          nx == "message" || nx == "condolences" || nx == "a" || nx == "their" ||
                          nx == "support"));
            }
            if (group && spoke) {
                t.role = ToponymRole::government;
                t.why = "where those who spoke of it sit";
                speakers_end = t.designator_end;
                continue;
            }
        }
        // Metonymy: a capital or country as a government: "Washington accuses", "Tehran has
        // alleged", "Iran's leaders", "between Washington and Tehran".
        bool area_like = false;
        for (const auto& c : t.candidates) {
            area_like = area_like || text::equals_literal(c.place.feature_code, "RGN") ||
                        is_admin1(c.place);
        }
        // "the Kurdistan Region's presidency", "Iran's Revolutionary Guards": an institution.
        if ((country_like || capital_like || area_like) && toks[t.end - 1].is(text::kPossessive) &&
            after < n &&
            (is_government_noun(next) || is_institution_noun(next) ||
             (toks[after].is(kCapitalized) && [&] {
                 for (std::size_t k = after; k < n && k < after + 4 && toks[k].is(kCapitalized);
                      ++k) {
                     if (is_org_head(doc.lower(k))) {
                         return true;
                     }
                 }
                 return false;
             }()))) {
            t.role = ToponymRole::government;
            t.why = "its institution";
            continue;
        }
        if (country_like || capital_like) {
            // "The Turkish defence ministry in Ankara said it had neutralised four militants":
            // where the speaker sits.
            if (prev == "in" && t.begin >= sent.token_begin + 2) {
                const auto who = doc.lower(t.begin - 2);
                const bool speaker_noun = who == "ministry" || who == "government" ||
                                          who == "parliament" || who == "presidency" ||
                                          who == "officials" || who == "authorities" ||
                                          who == "spokesman" || who == "spokesperson";
                bool speaks = false;
                for (std::size_t k = after; k < n && k < after + 3; ++k) {
                    const auto v = doc.lower(k);
                    speaks = speaks || v == "said" || v == "says" || v == "announced" ||
                             v == "stated" || v == "claimed" || v == "told" || v == "denied" ||
                             v == "reported" || v == "confirmed";
                }
                if (speaker_noun && speaks) {
                    t.role = ToponymRole::government;
                    t.why = "where the speaker sits";
                    continue;
                }
            }
            // "Washington, London and the United Nations condemned": a list of states that
            // speak or act.
            {
                std::size_t k = after;
                bool listed = false;
                while (k < n && k < after + 12 &&
                       (doc.surface(k) == "," || doc.lower(k) == "and" || doc.lower(k) == "the" ||
                        toks[k].is(kCapitalized) || toks[k].is(kAllUpper))) {
                    listed = listed || doc.surface(k) == "," || doc.lower(k) == "and";
                    ++k;
                }
                while (k < n && (doc.lower(k) == "have" || doc.lower(k) == "has" ||
                                 doc.lower(k) == "had" || doc.lower(k) == "all" ||
                                 doc.lower(k) == "both" || doc.lower(k) == "also")) {
                    ++k;
                }
                // (Not a place that is a verb's object or named as a town: "fighters entered
                // Kirkuk city and attacked police stations".)
                const auto last = doc.lower(t.end - 1);
                const bool town_named = last == "city" || last == "town" || last == "village" ||
                                        last == "province" || last == "district" ||
                                        last == "governorate";
                const bool object = t.begin > sent.token_begin && prev.size() > 3 &&
                                    prev.ends_with("ed") && toks[t.begin - 1].is(kWord) &&
                                    !toks[t.begin - 1].is(kCapitalized);
                // (nor a place with its part: "in northern Iraq, the Turkish Defence Ministry
                // said")
                const bool part_in =
                    (prev == "northern" || prev == "southern" || prev == "eastern" ||
                     prev == "western" || prev == "central" || prev == "north" || prev == "south" ||
                     prev == "northeastern" || prev == "northwestern" || prev == "southeastern" ||
                     prev == "southwestern") &&
                    is_locative(prev2_word);
                if (listed && k < n && k > after && !is_locative(prev_word) && !part_in &&
                    !town_named && !object &&
                    (is_government_verb(doc.lower(k)) || is_state_action_verb(doc.lower(k)))) {
                    t.role = ToponymRole::government;
                    t.why = "one of states that speak or act";
                    continue;
                }
            }
            // "the position of Damascus that the casualties resulted from an air strike", "the
            // version of Ankara", "Baghdad's account": a government's view.
            // (the view told after the name, "... of Damascus that", not "the army position
            // of Tikrit on Monday", a post)
            if (prev == "of" && t.begin >= sent.token_begin + 3 &&
                doc.lower(t.begin - 3) == "the" && after < n &&
                (doc.lower(after) == "that" || doc.surface(after) == "," ||
                 doc.surface(after) == ";" || doc.surface(after) == ".")) {
                const auto view = doc.lower(t.begin - 2);
                if (view == "position" || view == "version" || view == "account" ||
                    view == "stance" || view == "view" || view == "claims" || view == "denial") {
                    t.role = ToponymRole::government;
                    t.why = "a government's view";
                    continue;
                }
            }
            // "urged Baghdad to", "blamed on Turkey", "called on Tehran".
            bool blamed_on = false;
            if (prev == "on" || prev == "upon") {
                // "blamed on Turkey", "blamed the attack on Washington", "called on Tehran".
                for (std::size_t k = t.begin - 1; k > sent.token_begin && k + 6 > t.begin; --k) {
                    const auto w = doc.lower(k - 1);
                    const bool call = w == "called" || w == "calls" || w == "calling";
                    if (w == "blamed" || w == "blames" || w == "blaming" || w == "blame" ||
                        w == "pinned" || (call && k + 1 == t.begin)) {
                        blamed_on = true;
                        break;
                    }
                    if (w == "," || w == "." || (is_locative(w) && w != "on")) {
                        break;
                    }
                }
            }
            if (is_government_object_verb(prev) || blamed_on) {
                t.role = ToponymRole::government;
                t.why = "object of a verb addressed to a government";
                continue;
            }
            std::size_t k = after;
            // ("Japan, the favourites, attacked": past an apposition set off by commas)
            if (k + 2 < n && doc.surface(k) == "," &&
                (doc.lower(k + 1) == "the" || doc.lower(k + 1) == "a" ||
                 doc.lower(k + 1) == "an")) {
                for (std::size_t j = k + 2; j < n && j < k + 7; ++j) {
                    if (doc.surface(j) == ",") {
                        k = j + 1;
                        break;
                    }
                    if (!doc.tokens()[j].is(kWord)) {
                        break;
                    }
                }
            }
            const std::size_t verb_from = k;
            while (k < n && k < verb_from + 3 &&
                   (doc.lower(k) == "has" || doc.lower(k) == "have" || doc.lower(k) == "had" ||
                    doc.lower(k) == "also" || doc.lower(k) == "long" ||
                    doc.lower(k) == "reportedly" || doc.lower(k) == "officially" ||
                    doc.lower(k) == "repeatedly" || doc.lower(k) == "again" ||
                    doc.lower(k) == "previously")) {
                ++k;
            }
            // ("saying Ankara was violating Iraqi sovereignty": a state doing something, in the
            // progressive)
            if (k + 1 < n && (doc.lower(k) == "was" || doc.lower(k) == "is" ||
                              doc.lower(k) == "were" || doc.lower(k) == "are")) {
                static const WordSet kDoing = {
                    "violating",  "supporting", "arming",      "funding",     "backing",
                    "pressuring", "seeking",    "trying",      "threatening", "negotiating",
                    "planning",   "preparing",  "interfering", "undermining", "pushing"};
                if (kDoing.contains(doc.word(k + 1))) {
                    ++k;
                }
            }
            // ("and that Baghdad had not been warned in advance": a state told, in the passive)
            static const WordSet kTold = {"warned", "informed", "notified", "consulted",
                                          "told",   "briefed",  "alerted"};
            if (k + 2 < n && (doc.lower(k) == "was" || doc.lower(k) == "were" ||
                              doc.lower(k) == "been" || doc.lower(k) == "not")) {
                std::size_t v = k;
                while (v < n && v < k + 3 &&
                       (doc.lower(v) == "was" || doc.lower(v) == "were" || doc.lower(v) == "been" ||
                        doc.lower(v) == "not" || doc.lower(v) == "never")) {
                    ++v;
                }
                if (v < n && v > k && kTold.contains(doc.word(v))) {
                    k = v;
                }
            }
            const bool verb =
                k < n && (is_government_verb(doc.lower(k)) || is_state_action_verb(doc.lower(k)) ||
                          kTold.contains(doc.word(k)) ||
                          (k > after && doc.lower(k).ends_with("ing") &&
                           (doc.lower(k - 1) == "was" || doc.lower(k - 1) == "is" ||
                            doc.lower(k - 1) == "were" || doc.lower(k - 1) == "are")));
            // ("Ankara's new offensive against the PKK", "Tehran's retaliation": the state's
            // own acts, past an adjective)
            const bool possessive_gov = [&] {
                if (!toks[t.end - 1].is(text::kPossessive) || after >= n) {
                    return false;
                }
                if (is_government_noun(next)) {
                    return true;
                }
                static const WordSet kAdjectives = {"new",    "latest",  "ongoing", "military",
                                                    "ground", "air",     "cross",   "renewed",
                                                    "recent", "planned", "expanded"};
                static const WordSet kActs = {"offensive",   "operation", "campaign",
                                              "retaliation", "response",  "war",
                                              "strikes",     "incursion", "invasion"};
                std::size_t j = after;
                while (j < n && j < after + 3 && kAdjectives.contains(doc.word(j))) {
                    ++j;
                }
                return j < n && kActs.contains(doc.word(j));
            }();
            // "talks between Baghdad and Erbil" are governments; "on the road between Kirkuk
            // and Tikrit" is a place.
            const std::size_t between_at = prev == "between"
                                               ? t.begin - 1
                                               : ((prev == "and" && prev2 != "in" && t.begin >= 3 &&
                                                   doc.lower(t.begin - 3) == "between")
                                                      ? t.begin - 3
                                                      : 0);
            bool between = false;
            for (std::size_t b = between_at; b > 0 && b + 4 > between_at && between_at > 0; --b) {
                const auto w = doc.lower(b - 1);
                between = w == "relations" || w == "talks" || w == "dispute" || w == "disputes" ||
                          w == "agreement" || w == "tensions" || w == "tension" || w == "deal" ||
                          w == "negotiations" || w == "ties" || w == "cooperation" || w == "rift" ||
                          w == "row" || w == "meeting" || w == "dialogue" || w == "coordination" ||
                          w == "differences";
                if (between) {
                    break;
                }
            }
            // ("a strike on a headquarters in eastern Baghdad killed two": a place)
            const bool part_word = prev.ends_with("ern") || prev == "central" ||
                                   prev == "downtown" || prev == "greater";
            const bool locative = is_locative(prev_word) || (part_word && is_locative(prev2_word));
            if ((verb && !locative) || possessive_gov || between) {
                t.role = ToponymRole::government;
                t.why = verb ? "subject of a speech or attitude verb" : "government";
                continue;
            }
        }
    }
    toponyms.erase(std::remove_if(toponyms.begin(), toponyms.end(),
                                  [](const Toponym& t) { return t.candidates.empty(); }),
                   toponyms.end());

    // Qualifiers: "Hit, Anbar", "Dover, DE", "Kirkuk, Iraq", "Qayyarah in Nineveh province".
    for (std::size_t a = 0; a + 1 < toponyms.size(); ++a) {
        auto& x = toponyms[a];
        auto& y = toponyms[a + 1];
        if (x.sentence != y.sentence) {
            continue;
        }
        std::size_t gap_begin = x.designator_end;
        // "the Wadi al-Shay area (Kirkuk)": a plain area word after the name is part of it.
        bool area_word = false;
        if (gap_begin + 1 < y.begin &&
            (doc.lower(gap_begin) == "area" || doc.lower(gap_begin) == "areas" ||
             doc.lower(gap_begin) == "valley")) {
            ++gap_begin;
            area_word = true;
        } else if (gap_begin + 2 == y.begin && doc.surface(gap_begin + 1) == "(" &&
                   (doc.lower(gap_begin) == "port" || doc.lower(gap_begin) == "airport" ||
                    doc.lower(gap_begin) == "base" || doc.lower(gap_begin) == "camp" ||
                    doc.lower(gap_begin) == "refinery" || doc.lower(gap_begin) == "dam")) {
            ++gap_begin; // ("the road to Umm Qasr port (Basra)": the site's word, then the area)
        }
        const bool comma = y.begin == gap_begin + 1 && doc.surface(gap_begin) == ",";
        const bool in_word = y.begin == gap_begin + 1 && doc.lower(gap_begin) == "in";
        const bool in_the = y.begin == gap_begin + 2 && doc.lower(gap_begin) == "in" &&
                            doc.lower(gap_begin + 1) == "the";
        // "Kani Masi (Duhok)", "Wadi al-Shay, south-west of Kirkuk (Kirkuk)": ACLED style.
        const bool bracket = y.begin == gap_begin + 1 && doc.surface(gap_begin) == "(";
        // "the Dibis district of Kirkuk", "the Zubair district of Basra province".
        const auto x_last = doc.lower(x.designator_end - 1);
        const bool of_word =
            y.begin == gap_begin + 1 && doc.lower(gap_begin) == "of" &&
            (x_last == "district" || x_last == "subdistrict" || x_last == "neighbourhood" ||
             x_last == "neighborhood" || x_last == "region"); // ("the Gara region of Duhok")
        // "the Haftanin area of Zakho": the area lies in the district named after "of".
        const bool area_of = area_word && y.begin == gap_begin + 1 && doc.lower(gap_begin) == "of";
        if (!(comma || in_word || in_the || bracket || of_word || area_of)) {
            continue;
        }
        // "the Metina, Zap and Avashin-Basyan regions": a list goes on after y, so y is one of
        // its items, not x's area.
        // (Not a country closing an address: "in Baghdad city, Baghdad, Iraq", "in Tuz
        // Khurmatu, Salah ad Din, Iraq": the town, its province and its country; nor a
        // province after a district: "near Al-Fatha, Baiji district, Salah al-Din.")
        const bool district_y = std::any_of(y.candidates.begin(), y.candidates.end(),
                                            [](const auto& c) { return is_admin2(c.place); });
        if (comma && a + 2 < toponyms.size() && y.designator_end + 1 == toponyms[a + 2].begin &&
            (doc.lower(y.designator_end) == "and" || doc.surface(y.designator_end) == ",") &&
            !(doc.surface(y.designator_end) == "," &&
              std::all_of(toponyms[a + 2].candidates.begin(), toponyms[a + 2].candidates.end(),
                          [&](const auto& c) {
                              return is_country(c.place) || (district_y && is_admin1(c.place));
                          }) &&
              !toponyms[a + 2].candidates.empty() &&
              (toponyms[a + 2].end >= doc.tokens().size() ||
               !doc.tokens()[toponyms[a + 2].end].is(text::kWord)))) {
            continue;
        }
        // ("near Al-Mutaibija village (Al-Dujail, Salah al-Din)": a bracket giving the
        // district by its seat's name, then the province, as event data's notes do.)
        const bool district_in_bracket =
            bracket && a + 2 < toponyms.size() && y.designator_end + 1 == toponyms[a + 2].begin &&
            doc.surface(y.designator_end) == "," && toponyms[a + 2].sentence == y.sentence &&
            toponyms[a + 2].end < doc.tokens().size() && doc.surface(toponyms[a + 2].end) == ")" &&
            std::any_of(toponyms[a + 2].candidates.begin(), toponyms[a + 2].candidates.end(),
                        [](const auto& c) { return is_admin1(c.place); });
        // ("the town of Tabqa in Raqqa province": a town's province named by its seat's name
        // and the word, the town in it)
        const bool province_word =
            y.designator_end > y.end &&
            (doc.lower(y.designator_end - 1) == "province" ||
             doc.lower(y.designator_end - 1) == "governorate") &&
            std::any_of(y.candidates.begin(), y.candidates.end(), [&](const auto& c) {
                return !c.place.admin1_code.empty() &&
                       std::any_of(x.candidates.begin(), x.candidates.end(), [&](const auto& xc) {
                           return xc.place.id != c.place.id &&
                                  xc.place.country_code == c.place.country_code &&
                                  xc.place.admin1_code == c.place.admin1_code;
                       });
            });
        const bool y_is_area =
            district_in_bracket || province_word ||
            std::any_of(y.candidates.begin(), y.candidates.end(), [](const auto& c) {
                return is_country(c.place) || is_admin1(c.place) || is_admin2(c.place) ||
                       c.place.feature_code == "RGN";
            });
        // "Hit, Anbar" qualifies; "Nasiriyah, Diwaniyah and Karbala" is a list.
        const bool holds =
            province_word ||
            std::any_of(y.candidates.begin(), y.candidates.end(), [&](const auto& c) {
                return std::any_of(x.candidates.begin(), x.candidates.end(),
                                   [&](const auto& xc) { return inside_area(c.place, xc.place); });
            });
        // "the Conoco gas field in Deir ez-Zor", "the air base in Balad": a site in the town
        // it lies by (within 40 km of it).
        const bool site_in_town =
            in_word &&
            std::all_of(x.candidates.begin(), x.candidates.end(),
                        [](const auto& xc) {
                            return is_facility(xc.place) || xc.place.feature_code == "OILF" ||
                                   xc.place.feature_code == "GASF";
                        }) &&
            !x.candidates.empty() &&
            std::any_of(y.candidates.begin(), y.candidates.end(), [&](const auto& c) {
                return is_populated(c.place) &&
                       std::any_of(x.candidates.begin(), x.candidates.end(), [&](const auto& xc) {
                           return std::abs(xc.place.lat - c.place.lat) < 0.36 &&
                                  std::abs(xc.place.lon - c.place.lon) < 0.45;
                       });
            });
        if ((y_is_area || site_in_town) && y.role == ToponymRole::place &&
            (holds || in_word || in_the || area_of)) {
            x.qualifier = static_cast<int>(a + 1);
            if (comma || bracket || of_word || area_of) {
                y.role = ToponymRole::qualifier;
            }
        }
    }
    // "Baghdad's Sadr City district", "Anbar's Hit": the place after a town's or an area's
    // possessive lies in it; the town yields to it.
    for (std::size_t a = 0; a + 1 < toponyms.size(); ++a) {
        const auto& y = toponyms[a];
        auto& x = toponyms[a + 1];
        if (x.qualifier >= 0 || x.begin != y.designator_end || y.end != y.designator_end ||
            y.sentence != x.sentence || y.role != ToponymRole::place ||
            !doc.tokens()[y.end - 1].is(text::kPossessive)) {
            continue;
        }
        const bool lies_in =
            std::any_of(y.candidates.begin(), y.candidates.end(), [&](const auto& c) {
                return std::any_of(x.candidates.begin(), x.candidates.end(), [&](const auto& xc) {
                    return xc.place.id != c.place.id &&
                           (is_country(c.place) || is_admin1(c.place) || is_admin2(c.place)
                                ? inside_area(c.place, xc.place)
                                : is_populated(c.place) && within_km(c.place, xc.place, 25));
                });
            });
        if (lies_in) {
            x.qualifier = static_cast<int>(a);
        }
    }
    // "the Ain al-Asad base (قاعدة عين الأسد) in Anbar": past a bracketed gloss of the same
    // place, "in" + an area holding it qualifies the name.
    for (std::size_t a = 0; a + 2 < toponyms.size(); ++a) {
        auto& x = toponyms[a];
        const auto& gloss = toponyms[a + 1];
        auto& y = toponyms[a + 2];
        if (x.qualifier >= 0 || gloss.begin != x.designator_end + 1 ||
            doc.surface(x.designator_end) != "(" || gloss.end + 2 != y.begin ||
            doc.surface(gloss.end) != ")" || doc.lower(gloss.end + 1) != "in" ||
            y.sentence != x.sentence || y.role != ToponymRole::place) {
            continue;
        }
        const auto has = [](const Toponym& t, auto pred) {
            return std::any_of(t.candidates.begin(), t.candidates.end(), pred);
        };
        const bool same = has(gloss, [&](const auto& g) {
            return has(x, [&](const auto& xc) { return xc.place.id == g.place.id; });
        });
        const bool holds = has(y, [&](const auto& c) {
            return (is_admin1(c.place) || is_admin2(c.place)) &&
                   has(x, [&](const auto& xc) { return inside_area(c.place, xc.place); });
        });
        if (same && holds) {
            x.qualifier = static_cast<int>(a + 2);
            if (toponyms[a + 1].qualifier < 0) {
                toponyms[a + 1].qualifier = static_cast<int>(a + 2); // (the gloss too)
            }
        }
    }
}

void ToponymFinder::resolve(const Document& doc, std::vector<Toponym>& toponyms,
                            DocumentFocus& focus) const {
    // 1. Country focus: datelines, unambiguous names, demonyms.
    // (The few countries' evidence in a small vector, as the anchors, the countries named and
    // the places built below: node-based maps and sets made an allocation per entry.)
    // (This function's lists are the thread's, reused from article to article: made for each
    // article, their allocations cost about as much as their work.)
    thread_local std::vector<std::pair<std::string, double>> evidence;
    evidence.clear();
    evidence.reserve(8);
    const auto add_evidence = [&](std::string_view country, double w) {
        auto it = std::find_if(evidence.begin(), evidence.end(),
                               [&](const auto& e) { return e.first == country; });
        if (it == evidence.end()) {
            it = evidence.emplace(evidence.end(), std::string(country), 0.0);
        }
        it->second += w;
    };
    for (const auto& t : toponyms) {
        // (nor does a name that is part of another's: "MSR Tampa", "Operation Euphrates Shield")
        if (t.candidates.empty() || t.role == ToponymRole::name_part) {
            continue;
        }
        const auto& top = t.candidates.front();
        // A spelling variant of a place outside the region the gazetteer covers in depth
        // (Iraq and its neighbours) follows the focus, it does not set it: "the village of
        // Lheiban" is not Havana.
        if (top.weak_name && top.place.country_code != "IQ" &&
            !neighbour_of("IQ", top.place.country_code)) {
            continue;
        }
        // (A name whose readings all lie in one country is clear about the country:
        // "Sulaimani" the city, the province or the airport.)
        const bool clear =
            t.candidates.size() == 1 || top.prior >= t.candidates[1].prior + 0.25 ||
            std::all_of(t.candidates.begin(), t.candidates.end(), [&](const auto& c) {
                return c.place.country_code == top.place.country_code;
            });
        double w = t.role == ToponymRole::dateline ? 2.0 : (clear ? 1.0 : 0.3);
        // A government named by its capital or country ("media blame Turkey") acts; the
        // report is not about its soil.
        if (t.role == ToponymRole::government) {
            w = std::min(w, 0.5);
        }
        if (t.role == ToponymRole::caption) {
            w = 0.2;
        }
        if (!top.place.country_code.empty()) {
            add_evidence(top.place.country_code, w);
        }
    }
    {
        static const WordSet kDemonyms = {"iraqi",   "iraqis",  "kurdish", "peshmerga", "syrian",
                                          "iranian", "turkish", "kuwaiti", "jordanian"};
        static const std::array<std::pair<std::string_view, std::string_view>, 9> kCodes = {{
            {"iraqi", "IQ"},
            {"iraqis", "IQ"},
            {"kurdish", "IQ"},
            {"peshmerga", "IQ"},
            {"syrian", "SY"},
            {"iranian", "IR"},
            {"turkish", "TR"},
            {"kuwaiti", "KW"},
            {"jordanian", "JO"},
        }};
        // (Sentence by sentence, passing over a sentence whose words cannot hold one: its words
        // are those of the tokens numbered with it, from its start, the first's from the text's
        // start, up to the next one's start; see Document::number_sentences.)
        static constexpr text::ScanWords kDemonymBits{"iraqi",     "iraqis",  "kurdish",
                                                      "peshmerga", "syrian",  "iranian",
                                                      "turkish",   "kuwaiti", "jordanian"};
        const std::size_t n = doc.tokens().size(); // (not re-read at every token)
        const text::Token* const tok = doc.tokens().data();
        const auto& sentences = doc.sentences();
        for (std::size_t s = 0; s < std::max<std::size_t>(sentences.size(), 1); ++s) {
            if (!sentences.empty() && !doc.sentence_may_hold<kDemonymBits>(s)) {
                continue;
            }
            const std::size_t from = s == 0 ? 0 : sentences[s].token_begin;
            const std::size_t to = s + 1 < sentences.size()
                                       ? std::min<std::size_t>(sentences[s + 1].token_begin, n)
                                       : n;
            for (std::size_t i = from; i < to; ++i) {
                // (Most tokens: rejected by the set's filter on the token's size and hash.)
                if (!kDemonyms.filter().possible(tok[i]) || !kDemonyms.contains(doc.word(i))) {
                    continue;
                }
                for (const auto& [word, code] : kCodes) {
                    if (word == doc.lower(i)) {
                        add_evidence(code, 0.5);
                    }
                }
            }
        }
    }
    focus.weights.assign(evidence.begin(), evidence.end()); // (ordered below, keys unique)
    std::sort(focus.weights.begin(), focus.weights.end(), [](const auto& a, const auto& b) {
        return a.second > b.second || (a.second == b.second && a.first < b.first);
    });
    focus.country = focus.weights.empty() ? std::string() : focus.weights.front().first;

    // 2. Anchors: names that are clear on their own.
    // (Each place once: a long article names the same few places again and again.)
    thread_local std::vector<const CandidatePlace*> anchors;
    thread_local std::vector<std::int64_t> anchor_ids; // (sorted)
    anchors.clear();
    anchor_ids.clear();
    anchors.reserve(toponyms.size()); // (at most one each: no regrowth)
    anchor_ids.reserve(toponyms.size());
    const auto new_anchor = [&](std::int64_t id) {
        const auto at = std::lower_bound(anchor_ids.begin(), anchor_ids.end(), id);
        if (at != anchor_ids.end() && *at == id) {
            return false;
        }
        anchor_ids.insert(at, id);
        return true;
    };
    // (Each anchor keeps the toponym it came from: a place supports the others' readings, not
    // its own. "Sinjar town" anchors the town, so a bare "Sinjar" elsewhere is the town, not the
    // district of the same point that the town's presence used to favour alone.)
    thread_local std::vector<std::size_t> anchor_from;
    anchor_from.clear();
    anchor_from.reserve(toponyms.size());
    for (std::size_t i = 0; i < toponyms.size(); ++i) {
        const auto& t = toponyms[i];
        if (!t.candidates.empty() && t.role != ToponymRole::caption &&
            (t.candidates.size() == 1 ||
             t.candidates.front().prior >= t.candidates[1].prior + 0.3) &&
            new_anchor(t.candidates.front().place.id)) {
            anchors.push_back(&t.candidates.front().place);
            anchor_from.push_back(i);
        }
    }
    // (The anchors a candidate's distance is measured to, countries left out once here rather
    // than tested in the loop over anchors for every candidate.)
    thread_local std::vector<const CandidatePlace*> place_anchors;
    thread_local std::vector<std::size_t> place_anchor_from; // (the toponym each came from)
    place_anchors.clear();
    place_anchor_from.clear();
    place_anchors.reserve(anchors.size());
    place_anchor_from.reserve(anchors.size());
    for (std::size_t k = 0; k < anchors.size(); ++k) {
        if (!is_country(*anchors[k])) {
            place_anchors.push_back(anchors[k]);
            place_anchor_from.push_back(anchor_from[k]);
        }
    }

    // Countries each sentence names.
    thread_local std::vector<std::pair<std::size_t, std::string_view>>
        named_countries; // (sorted, unique)
    named_countries.clear();
    named_countries.reserve(toponyms.size()); // (usually enough)
    for (const auto& o : toponyms) {
        for (const auto& c : o.candidates) {
            if (is_country(c.place)) {
                named_countries.emplace_back(o.sentence, c.place.country_code);
            }
        }
    }
    std::sort(named_countries.begin(), named_countries.end());
    named_countries.erase(std::unique(named_countries.begin(), named_countries.end()),
                          named_countries.end());
    auto country_named = [&](std::size_t sentence, std::string_view cc) {
        return std::binary_search(named_countries.begin(), named_countries.end(),
                                  std::pair<std::size_t, std::string_view>(sentence, cc));
    };
    // 3. Score every candidate in context. Qualifiers first, so what they qualify can use them.
    thread_local std::vector<std::pair<std::uint64_t, std::shared_ptr<const Place>>>
        chosen_places; // by handle (emptied at the end)
    chosen_places.clear();
    chosen_places.reserve(toponyms.size()); // (at most one each)
    auto score_one = [&](Toponym& t) {
        const Place* qualifier = nullptr;
        if (t.qualifier >= 0) {
            qualifier = toponyms[static_cast<std::size_t>(t.qualifier)].place();
        }
        // "the village of Kuna Masi, in the Sharbazher district of Sulaimani province": the
        // area said right after a spelling variant holds it too (not Kani Masi in Duhok).
        const CandidatePlace* area_after = nullptr;
        if (std::any_of(t.candidates.begin(), t.candidates.end(),
                        [](const auto& c) { return c.weak_name; })) {
            const auto self = static_cast<std::size_t>(&t - toponyms.data());
            for (std::size_t u = self + 1; u < toponyms.size() && toponyms[u].begin < t.end + 8 &&
                                           toponyms[u].sentence == t.sentence;
                 ++u) {
                const auto& o = toponyms[u];
                if (o.candidates.empty() || o.candidates.front().weak_name) {
                    continue;
                }
                const auto& op = o.candidates.front().place;
                const std::size_t in =
                    o.begin >= 1 && doc.lower(o.begin - 1) == "the" && o.begin >= 2 ? o.begin - 2
                                                                                    : o.begin - 1;
                if ((is_admin1(op) || is_admin2(op)) && o.begin >= 1 && doc.lower(in) == "in") {
                    area_after = &op;
                    break;
                }
            }
        }
        // "#Nasiriyah: security forces opened fire on protesters blocking Al-Zaytoun bridge &
        // Al-Nasr bridge": a town named exactly before a spelling variant in its sentence; a
        // site far from it is not what the variant names (not Nisour Square in Baghdad).
        const CandidatePlace* town_before = nullptr;
        if (area_after == nullptr && !t.candidates.empty() && t.candidates.front().weak_name) {
            const auto self = static_cast<std::size_t>(&t - toponyms.data());
            for (std::size_t u = self; u > 0 && toponyms[u - 1].sentence == t.sentence; --u) {
                const auto& o = toponyms[u - 1];
                if (!o.candidates.empty() && !o.candidates.front().weak_name &&
                    o.candidates.front().place.feature_class == 'P' &&
                    o.candidates.front().place.country_code == focus.country) {
                    town_before = &o.candidates.front().place;
                    break;
                }
            }
        }
        double best = -1.0;
        int best_i = -1;
        // (One word with no locative word before it: see the far-town test below.)
        const bool far_town = !focus.country.empty() && t.end - t.begin == 1 &&
                              (t.begin == doc.sentences()[t.sentence].token_begin ||
                               !is_locative(doc.word(t.begin - 1)));
        // An exact town's name in the focus country beats a spelling variant of another town:
        // "Bashir village south of Kirkuk" is not Basra.
        const bool exact_in_focus =
            !focus.country.empty() &&
            std::any_of(t.candidates.begin(), t.candidates.end(), [&](const auto& c) {
                return !c.weak_name && c.place.country_code == focus.country &&
                       is_populated(c.place);
            });
        // A national capital named exactly ("Riyadh") beats a place whose name only reduces to
        // it (Al-Riyadh in Kirkuk), unless a place of the sentence lies near that one: "on the
        // Kirkuk-Hawija road near Riyadh".
        // (a capital abroad: Baghdad's own weak readings are other matters)
        // (Asked only of a name with a reduced reading: most have none.)
        // (Not a name said to be a district or sub-district: "the Riyadh sub-district" is
        // Kirkuk's.)
        const bool exact_capital =
            !focus.country.empty() && t.hint != PlaceHint::admin2 &&
            std::any_of(t.candidates.begin(), t.candidates.end(),
                        [](const auto& c) { return c.weak_name; }) &&
            std::any_of(t.candidates.begin(), t.candidates.end(), [&](const auto& c) {
                return !c.weak_name && c.place.feature_code == "PPLC" &&
                       c.place.country_code != focus.country;
            });
        const auto near_in_sentence = [&](const CandidatePlace& p) {
            for (const auto& o : toponyms) {
                if (o.sentence != t.sentence || &o == &t || o.candidates.empty() ||
                    o.candidates.front().weak_name) {
                    continue;
                }
                for (const auto& oc : o.candidates) {
                    if (!is_country(oc.place) && !is_admin1(oc.place) &&
                        distance_km(oc.place, p) < 60.0) {
                        return true;
                    }
                }
            }
            return false;
        };
        const bool weak_near =
            exact_capital &&
            std::any_of(t.candidates.begin(), t.candidates.end(), [&](const auto& c) {
                return c.weak_name && c.place.country_code == focus.country &&
                       near_in_sentence(c.place);
            });
        // A country's name written out is the country: "in northern Iraq" is not Arak in Iran,
        // which the world gazetteer also lists as "Iraq" (an old name), whatever the focus.
        const bool exact_country =
            std::any_of(t.candidates.begin(), t.candidates.end(),
                        [](const auto& c) { return !c.weak_name && is_country(c.place); });
        for (std::size_t c = 0; c < t.candidates.size(); ++c) {
            const auto& cand = t.candidates[c];
            const auto& p = cand.place;
            if (cand.weak_name && exact_in_focus && is_populated(p)) {
                continue;
            }
            if (exact_country && !is_country(p)) {
                continue;
            }
            if (exact_capital &&
                (cand.weak_name
                     ? !near_in_sentence(p)
                     : p.feature_code == "PPLC" && p.country_code != focus.country && weak_near)) {
                continue;
            }
            // "the Jumhuriya district of Basra" is no bridge: a name said to be a district or
            // town is not a site that bears it.
            if ((t.hint == PlaceHint::admin2 || t.hint == PlaceHint::populated) &&
                p.feature_class == 'S') {
                continue;
            }
            // A spelling variant is trusted only near the article's focus: "Samawa" is not
            // Samoa, "Ba'aj" not Vienna.
            // With no focus at all, nothing vouches for one ("the village of Lheiban" is not
            // Havana).
            // Nor, across a border, without that country named in its sentence: "Rashad,
            // Kirkuk" is not Ruwaished in Jordan.
            if (cand.weak_name &&
                (focus.country.empty() || (p.country_code != focus.country &&
                                           (!neighbour_of(focus.country, p.country_code) ||
                                            !country_named(t.sentence, p.country_code))))) {
                continue;
            }
            // A world-gazetteer place far from the focus needs its country named in the same
            // sentence: an Iraq report's "Human rights" is not Uman (Ukraine), "Air Force" not
            // Force (Italy). Curated places (the embedded gazetteer) are trusted, by their own
            // names only: "The" is a GeoNames name of Teresina, not one of the embedded row's.
            if ((!p.curated() || cand.borrowed_name) && !focus.country.empty() && !is_country(p) &&
                p.country_code != focus.country && !neighbour_of(focus.country, p.country_code) &&
                !country_named(t.sentence, p.country_code)) {
                continue;
            }
            // A curated city far abroad (from the article's country and from Iraq; not a
            // capital) written as one word needs a locative word before it, or its country in
            // the sentence: "Gilbert Santos, a contractor" and "Madison Lincoln reported" are
            // people, "in Munich" and "from Turin" places.
            if (p.curated() && far_town && !country_named(t.sentence, p.country_code) &&
                p.feature_code != "PPLC" && p.feature_class == 'P' &&
                p.country_code != focus.country && !neighbour_of(focus.country, p.country_code) &&
                p.country_code != "IQ" && !neighbour_of("IQ", p.country_code)) {
                continue;
            }
            // ... and inside the area that qualifies it: "Al-Rashad sub-district (Kirkuk)" is
            // not Ruwaished in Jordan.
            if (cand.weak_name && qualifier != nullptr && !inside_area(*qualifier, p)) {
                continue;
            }
            if (cand.weak_name && area_after != nullptr && !inside_area(*area_after, p)) {
                continue;
            }
            if (cand.weak_name && town_before != nullptr && p.feature_class == 'S' &&
                distance_km(*town_before, p) > 100.0) {
                continue;
            }
            double focus_score = 0.5;
            if (!focus.country.empty()) {
                focus_score = p.country_code == focus.country
                                  ? 1.0
                                  : (neighbour_of(focus.country, p.country_code) ? 0.6 : 0.1);
            }
            double coherence = 0.5;
            if (!anchors.empty() && !is_country(p)) {
                // (Nearer than 150 km is all the score asks: the first such anchor ends it.)
                // (Only the band of the nearest counts: nearer_band.)
                AnchorBand nearest = AnchorBand::none;
                const auto self = static_cast<std::size_t>(&t - toponyms.data());
                for (std::size_t k = 0; k < place_anchors.size() && nearest != AnchorBand::near;
                     ++k) {
                    const CandidatePlace* a = place_anchors[k];
                    if (place_anchor_from[k] != self) {
                        nearest = nearer_band(*a, p, nearest);
                    }
                }
                coherence = nearest == AnchorBand::near
                                ? 1.0
                                : (nearest == AnchorBand::region
                                       ? 0.6
                                       : (nearest == AnchorBand::far ? 0.2 : 0.5));
            }
            double s = 0.45 * cand.prior + 0.25 * focus_score + 0.15 * hint_match(t.hint, p) +
                       0.15 * coherence;
            // A bare name means the town rather than the district or province named after it
            // ("protest in Sulaymaniyah", "clashes near Makhmour").
            if (t.hint == PlaceHint::none && (is_admin2(p) || is_admin1(p))) {
                // (Only a town of that bare name: "Diyala:" heading a roundup is not Jisr
                // Diyala, which the name matched without its designator.)
                std::size_t written_words = 0;
                for (std::size_t k = t.begin; k < t.end; ++k) {
                    written_words += doc.tokens()[k].is(text::kWord) ? 1 : 0;
                }
                for (const auto& other : t.candidates) {
                    const auto other_words =
                        static_cast<std::size_t>(
                            std::count(other.place.name.begin(), other.place.name.end(), ' ')) +
                        1;
                    if (is_populated(other.place) && other_words <= written_words &&
                        within_km(other.place, p, is_admin1(p) ? 150 : 60)) {
                        s -= 0.1;
                        break;
                    }
                }
            }
            // "went into Hurriya": the quarter of that exact name before the camp whose name
            // it is without its designator ("Camp Hurriya"), when the text writes none.
            if (t.hint == PlaceHint::none && cand.weak_name &&
                std::any_of(t.candidates.begin(), t.candidates.end(),
                            [](const ToponymCandidate& o) {
                                return !o.weak_name && is_populated(o.place);
                            })) {
                s -= 0.05;
            }
            if (qualifier != nullptr) {
                s += inside_area(*qualifier, p) ? 0.3 : -0.3;
            }
            if (s > best) {
                best = s;
                best_i = static_cast<int>(c);
            }
        }
        t.chosen = best_i;
        t.score = std::clamp(best, 0.0, 1.0);
        if (best_i >= 0) {
            const auto& chosen = t.candidates[static_cast<std::size_t>(best_i)].place;
            auto at = std::lower_bound(
                chosen_places.begin(), chosen_places.end(), chosen.handle,
                [](const auto& entry, std::uint64_t handle) { return entry.first < handle; });
            if (at == chosen_places.end() || at->first != chosen.handle) {
                at = chosen_places.emplace(at, chosen.handle, nullptr);
            }
            auto& built = at->second;
            if (built == nullptr) {
                built = lookup_.shared_place(chosen);
            }
            t.chosen_place = built;
        }
    };
    // (A place that qualifies another with "in" keeps its role but is scored first too:
    // "the Al-Jaafariya neighbourhood in Basra".)
    thread_local std::vector<char> qualifies;
    qualifies.assign(toponyms.size(), 0);
    for (const auto& t : toponyms) {
        if (t.qualifier >= 0) {
            qualifies[static_cast<std::size_t>(t.qualifier)] = 1;
        }
    }
    for (std::size_t i = 0; i < toponyms.size(); ++i) {
        if (toponyms[i].role == ToponymRole::qualifier || qualifies[i]) {
            score_one(toponyms[i]);
        }
    }
    for (std::size_t i = 0; i < toponyms.size(); ++i) {
        if (toponyms[i].role != ToponymRole::qualifier && !qualifies[i]) {
            score_one(toponyms[i]);
        }
    }
    // Put the chosen candidate first so explain output and callers see it first.
    for (auto& t : toponyms) {
        if (t.chosen > 0) {
            std::swap(t.candidates[0], t.candidates[static_cast<std::size_t>(t.chosen)]);
            t.chosen = 0;
        }
    }
    chosen_places.clear(); // (the places are the toponyms' now)
}

void ToponymFinder::mark_captions(const Document& doc, std::vector<Toponym>& toponyms) const {
    // In a caption, places near the caption's dateline are where the photo was taken. (The
    // toponyms are in text order: those of the caption's paragraph are found by its range.)
    const auto by_begin = [](const Toponym& x, std::size_t at) { return x.begin < at; };
    for (auto& t : toponyms) {
        const auto& par = doc.paragraphs()[doc.sentences()[t.sentence].paragraph];
        if (par.kind != text::ParagraphKind::caption || t.place() == nullptr) {
            continue;
        }
        const auto lo =
            std::lower_bound(toponyms.begin(), toponyms.end(), par.token_begin, by_begin);
        const auto hi = std::lower_bound(lo, toponyms.end(), par.token_end, by_begin);
        for (const auto& d : std::span<const Toponym>(toponyms.data() + (lo - toponyms.begin()),
                                                      static_cast<std::size_t>(hi - lo))) {
            if (d.role == ToponymRole::caption && d.place() != nullptr &&
                doc.paragraphs()[doc.sentences()[d.sentence].paragraph].token_begin ==
                    par.token_begin &&
                (&d == &t || within_km(*d.place(), *t.place(), 50.0))) {
                t.role = ToponymRole::caption;
                t.why = "where the photo was taken";
                break;
            }
        }
    }
}

void ToponymFinder::explain(const Document& doc, const std::vector<Toponym>& toponyms,
                            std::ostream& out) {
    for (const auto& t : toponyms) {
        out << "toponym '" << doc.span_text(t.begin, t.end) << "' [" << t.begin << "," << t.end
            << ") role=" << role_name(t.role);
        if (!t.why.empty()) {
            out << " (" << t.why << ")";
        }
        out << '\n';
        for (std::size_t c = 0; c < t.candidates.size() && c < 5; ++c) {
            const auto& p = t.candidates[c].place;
            out << "  " << (static_cast<int>(c) == t.chosen ? "* " : "  ") << p.name << " ("
                << p.feature_code << ", " << p.country_code << ", " << p.lat << "," << p.lon
                << ") prior=" << t.candidates[c].prior;
            if (static_cast<int>(c) == t.chosen) {
                out << " score=" << t.score;
            }
            out << '\n';
        }
    }
}

} // namespace conflictmap::events
