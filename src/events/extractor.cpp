#include "events/extractor.hpp"

#include "events/actors.hpp"
#include "events/casualties.hpp"
#include "events/date_expressions.hpp"
#include "events/event_cues.hpp"
#include "events/phrase_table.hpp"
#include "events/token_classes.hpp"
#include "events/toponyms.hpp"
#include "geo/areas.hpp"
#include "geo/geodesy.hpp"
#include "text/segmenter.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <emmintrin.h>
#include <map>
#include <numbers>
#include <numeric>
#include <set>
#include <span>

namespace conflictmap::events {

namespace {

using text::Document;

// ---------------------------------------------------------------------------------------------
// Places of events

/// A gazetteer place a choice refers to, not a copy of it: choices are copied from clause to
/// draft and from draft to draft, and a Place holds seven strings. The place is a toponym's
/// chosen place or one the article pass keeps (both outlive the pass's drafts); a choice with
/// no place refers to an empty one, so reading it gives what an empty Place gave.
class PlaceRef {
public:
    PlaceRef() = default;
    explicit PlaceRef(const Place* place) noexcept : place_(place) {}
    operator const Place&() const noexcept { return *place_; }
    const Place* operator->() const noexcept { return place_; }

private:
    static const Place kNone;
    const Place* place_ = &kNone;
};
const Place PlaceRef::kNone{};

/// Where an event happened, as chosen from its clause.
struct PlaceChoice {
    int toponym = -1; ///< index into the article's toponyms; -1 for country-by-demonym
    PlaceRef place;   ///< the gazetteer place (or the country)
    double lat = 0.0; ///< the event point (a relative location moves it)
    double lon = 0.0;
    int precision = 0; ///< ACLED geo_precision
    double uncertainty_m = 0.0;
    int rank = 0;     ///< specificity: higher is more specific
    std::string text; ///< the words in the article
    bool relative = false;
    bool located() const { return precision != 0; }
};

/// Oil and gas fields are named like sites and coded like them.
bool is_field_site(const Place& p) {
    return p.feature_code == "OILF" || p.feature_code == "GASF";
}

int specificity(const Place& p) {
    if (is_facility(p) || is_field_site(p)) {
        return 6;
    }
    if (p.feature_code == "PPLX") {
        return 5;
    }
    if (is_populated(p)) {
        return 4;
    }
    if (is_admin2(p)) {
        return 3;
    }
    // (A named region lies inside a province: "the Metîna mountain area in Duhok province".)
    if (p.feature_code == "RGN") {
        return 3;
    }
    if (is_admin1(p)) {
        return 2;
    }
    if (is_country(p)) {
        return 1;
    }
    return 3; // mountains, rivers, lakes, deserts
}

/// Whether a place said to lie somewhere ("X, a town south-west of Kirkuk") can be there: within
/// 150 km of the point the words give. A namesake abroad cannot.
/// (An area reference is checked by its country: "Tower 22, a small US base in north-eastern
/// Jordan", "Hit, a town in western Anbar province".)
bool plausibly_near(const Place& described, const PlaceChoice& where) {
    const Place& ref = where.place;
    if (is_country(ref) || is_admin1(ref) || ref.feature_code == "RGN") {
        return described.country_code == ref.country_code;
    }
    return geo::distance_to_test_m({described.lat, described.lon}, {where.lat, where.lon},
                                   150000.0) <= 150000.0;
}

double radius_m(const Place& p) {
    if (is_facility(p)) {
        return 1500;
    }
    if (p.feature_code == "PPLX") {
        return 1500;
    }
    if (is_populated(p)) {
        return p.population > 1'000'000 ? 10000
               : p.population > 100'000 ? 5000
               : p.population > 10'000  ? 2500
                                        : 1500;
    }
    if (is_admin2(p)) {
        return 25000;
    }
    if (is_admin1(p) || p.feature_code == "RGN") {
        return 75000;
    }
    if (is_country(p)) {
        return 300000;
    }
    return 25000;
}

int base_precision(const Place& p) {
    if (is_facility(p) || is_field_site(p) || is_populated(p)) {
        return 1;
    }
    if (is_admin2(p)) {
        return 2;
    }
    return 3;
}

/// The event place a name gives by itself: its point, level and reach. (The choice refers to
/// p: a toponym's place.)
PlaceChoice choice_of(const Place& p, int toponym) {
    PlaceChoice pc;
    pc.toponym = toponym;
    pc.place = PlaceRef(&p);
    pc.lat = p.lat;
    pc.lon = p.lon;
    pc.precision = base_precision(p);
    pc.uncertainty_m = radius_m(p);
    pc.rank = specificity(p);
    return pc;
}

double direction_degrees(const Document& d, std::size_t i, std::size_t end, std::size_t& used) {
    const auto w = d.lower(i);
    static const std::map<std::string_view, double> kBase = {
        {"north", 0.0},          {"south", 180.0},        {"east", 90.0},
        {"west", 270.0},         {"northeast", 45.0},     {"northwest", 315.0},
        {"southeast", 135.0},    {"southwest", 225.0},    {"northeastern", 45.0},
        {"northwestern", 315.0}, {"southeastern", 135.0}, {"southwestern", 225.0}};
    const auto it = kBase.find(w);
    if (it == kBase.end()) {
        // "30km NW of Tikrit", "15 km N of Baiji": compass abbreviations, written in capitals
        // (a single letter only right before "of").
        static const std::map<std::string_view, double> kShort = {
            {"nw", 315.0},  {"ne", 45.0},  {"sw", 225.0},  {"se", 135.0},
            {"nnw", 337.5}, {"nne", 22.5}, {"ssw", 202.5}, {"sse", 157.5},
            {"n", 0.0},     {"s", 180.0},  {"e", 90.0},    {"w", 270.0}};
        const auto abbr = kShort.find(w);
        const bool single = w.size() == 1;
        // (A capital letter alone is no word in capitals: "40 km E of Rutba".)
        if (abbr != kShort.end() &&
            (single ? d.tokens()[i].is(text::kCapitalized) && i + 1 < d.tokens().size() &&
                          d.lower(i + 1) == "of"
                    : d.tokens()[i].is(text::kAllUpper))) {
            used = 1;
            return abbr->second;
        }
        used = 0;
        return -1;
    }
    used = 1;
    double deg = it->second;
    // "north-east", "north east"
    if ((w == "north" || w == "south") && i + 1 < end &&
        (d.lower(i + 1) == "east" || d.lower(i + 1) == "west")) {
        const bool east = d.lower(i + 1) == "east";
        deg = w == "north" ? (east ? 45.0 : 315.0) : (east ? 135.0 : 225.0);
        used = 2;
    }
    // "south-south-east", "east-north-east": the point between the first word and the two
    // after it.
    if (i + 2 < end && used == 1) {
        const auto it2 = kBase.find(d.lower(i + 1));
        const auto w3 = d.lower(i + 2);
        const bool cardinal = w == "north" || w == "south" || w == "east" || w == "west";
        if (cardinal && it2 != kBase.end() && (w3 == "east" || w3 == "west")) {
            used = 0;
            const double quarter = direction_degrees(d, i + 1, end, used);
            if (used == 2 && (d.lower(i + 1) == w || w3 == w)) {
                // (halfway, across north: "north-north-west" is 337.5, not 157.5)
                double a = deg, b = quarter;
                if (std::abs(a - b) > 180.0) {
                    (a < b ? a : b) += 360.0;
                }
                deg = std::fmod((a + b) / 2.0, 360.0);
                used = 3;
                return deg;
            }
            used = 1;
        }
    }
    return deg;
}

/// Token i is a time of day on the 24-hour clock written as four digits: "1440", "0540".
bool clock_time(const Document& d, std::size_t i) {
    const auto w = d.surface(i);
    if (w.size() != 4 || !d.tokens()[i].is(text::kNumber) ||
        !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return false;
    }
    return (w[0] - '0') * 10 + (w[1] - '0') < 24 && w[2] < '6';
}

/// The name at `begin` is a place another is measured from: "170 km north of Basra", "north
/// of Baghdad", "15 km NW of Kirkuk".
bool measured_from(const Document& d, std::size_t begin) {
    if (begin < 2 || d.lower(begin - 1) != "of") {
        return false;
    }
    std::size_t used = 0;
    return direction_degrees(d, begin - 2, begin - 1, used) >= 0 ||
           (begin >= 3 && direction_degrees(d, begin - 3, begin - 1, used) >= 0 && used == 2);
}

/// "Hours later", "then", "that night", "shortly afterwards": the sentence goes on from the
/// event told before it, on the same day.
bool is_sequel(const Document& d, const text::Sentence& s) {
    for (std::size_t k = s.token_begin; k < s.token_end; ++k) {
        const auto w = d.lower(k);
        const auto prev = k > s.token_begin ? d.lower(k - 1) : text::TokenText();
        const auto next = k + 1 < s.token_end ? d.lower(k + 1) : text::TokenText();
        if (w == "then" && prev != "since" && prev != "until" && prev != "by" && prev != "back" &&
            prev != "till" && prev != "from") {
            return true;
        }
        if (w == "later" && (prev == "hours" || prev == "hour" || prev == "minutes" ||
                             prev == "moments" || k == s.token_begin || next == "that")) {
            return true;
        }
        if (w == "earlier" && (prev == "hours" || prev == "hour" || prev == "minutes")) {
            return true; // "Hours earlier, a bomb had wounded a soldier": the same day
        }
        if (w == "afterwards" || w == "shortly" || w == "subsequently" ||
            ((w == "that" || w == "same") &&
             (next == "night" || next == "evening" || next == "morning" || next == "afternoon" ||
              next == "day"))) {
            return true;
        }
    }
    return false;
}

/// Words that start a new clause or event rather than continue a description of a place.
/// (Always inlined: asked in token scans, and the set's filter is cheaper than the call.)
[[gnu::always_inline]] inline const WordSet& clause_word_set() {
    static const WordSet kWords = {
        "and",     "or",       "but",    "when",  "where",   "while",    "which", "who",
        "that",    "after",    "before", "as",    "killing", "wounding", "said",  "told",
        "leaving", "injuring", "then",   "since", "because", "although"};
    return kWords;
}
[[gnu::always_inline]] inline bool is_clause_word(std::string_view w) {
    return clause_word_set().contains(w);
}
/// (The same, for a token's word with its hash: no hash computed.)
[[gnu::always_inline]] inline bool is_clause_word(const text::HashedWord& w) {
    return clause_word_set().contains(w);
}

/// The relative phrase ending right before token `at` ("30 km south of", "near", "the outskirts
/// of"): adjusts the choice. Returns the first token of the phrase.
std::size_t apply_relative(const Document& d, std::size_t lo, std::size_t at, PlaceChoice& pc) {
    if (at <= lo) {
        return at;
    }
    std::size_t k = at;
    if (k > lo + 1 && d.surface(k - 1) == "#") {
        --k; // "NR #ISHAQI", "near #Tikrit": a hashtag's mark
    }
    // "north of the capital Baghdad", "south of the provincial capital Amarah": the town's
    // title is said between.
    if (k >= lo + 3 && d.lower(k - 1) == "capital") {
        if (d.lower(k - 2) == "the" && d.lower(k - 3) == "of") {
            k -= 2;
        } else if (k >= lo + 4 && d.lower(k - 2) == "provincial" && d.lower(k - 3) == "the" &&
                   d.lower(k - 4) == "of") {
            k -= 3;
        }
    }
    // "near the town of X", "outside the village of X": the kind of place is said between.
    if (k >= lo + 4 && d.lower(k - 1) == "of" && d.lower(k - 3) == "the") {
        const auto kind = d.lower(k - 2);
        const auto before = d.lower(k - 4);
        if ((kind == "town" || kind == "city" || kind == "village" || kind == "villages" ||
             kind == "district" || kind == "area") &&
            (before == "near" || before == "outside" || before == "around")) {
            k -= 3;
        }
    }
    // "near the US embassy", "outside the Green Zone": a site's article.
    if (k >= lo + 2 && d.lower(k - 1) == "the" &&
        (d.lower(k - 2) == "near" || d.lower(k - 2) == "outside" || d.lower(k - 2) == "around")) {
        k -= 1;
    }
    const auto w1 = d.lower(k - 1);
    // "near X", "close to X", "outside X", "around X", "the vicinity of X", "outskirts of X"
    // "in the east of Tuz Khurmatu", "in northern Kirkuk": a part of the place, not beyond it.
    // (A part of a town is a small part of a region: geo_precision 2, as "in eastern Baghdad",
    // "west Mosul".)
    if (w1 == "of" && k >= lo + 4 && d.lower(k - 3) == "the" && d.lower(k - 4) == "in") {
        std::size_t used = 0;
        if (direction_degrees(d, k - 2, k - 1, used) >= 0) {
            if (is_populated(pc.place)) {
                pc.precision = std::max(pc.precision, 2);
            }
            return k - 4;
        }
    }
    // "in central Kut" is the city itself (its centre is the city's point), "in eastern Kut" a
    // part.
    if (is_populated(pc.place) && k >= lo + 1 && (w1 == "central" || w1 == "downtown")) {
        return k - 1;
    }
    if (is_populated(pc.place) && k >= lo + 1 &&
        (w1 == "eastern" || w1 == "western" || w1 == "northern" || w1 == "southern" ||
         w1 == "east" || w1 == "west" || w1 == "north" || w1 == "south")) {
        pc.precision = std::max(pc.precision, 2);
        return k - 1;
    }
    if (w1 == "near" || w1 == "outside" || w1 == "around" || w1 == "nearby" ||
        (w1 == "nr" && d.tokens()[k - 1].is(text::kAllUpper)) || // alerts: "HWY NR #ISHAQI"

        (w1 == "to" && k >= lo + 2 && d.lower(k - 2) == "close") ||
        (w1 == "of" && k >= lo + 2 &&
         (d.lower(k - 2) == "outskirts" || d.lower(k - 2) == "vicinity" ||
          d.lower(k - 2) == "countryside" || d.lower(k - 2) == "suburbs" ||
          d.lower(k - 2) == "environs"))) {
        pc.precision = std::max(pc.precision, 2);
        pc.uncertainty_m += 5000;
        const bool of = w1 == "of";
        const bool close = w1 == "to";
        std::size_t b = k - 1 - (of || close ? 1 : 0);
        if (b > lo && d.lower(b - 1) == "the") {
            --b;
        }
        return b;
    }
    // "[N unit [(M unit)]] DIRECTION of X"
    if (w1 == "of" && k >= lo + 2) {
        std::size_t used = 0;
        std::size_t dir_at = k - 2;
        double az = -1;
        if (k >= lo + 4) {
            dir_at = k - 4; // "south-south-east of"
            az = direction_degrees(d, dir_at, k - 1, used);
            if (used != 3) {
                az = -1;
            }
        }
        if (az < 0 && k >= lo + 3) {
            dir_at = k - 3; // "south-west of", "north east of"
            az = direction_degrees(d, dir_at, k - 1, used);
            if (used != 2) {
                az = -1;
            }
        }
        if (az < 0) {
            dir_at = k - 2;
            az = direction_degrees(d, dir_at, k - 1, used);
        }
        if (az < 0) {
            return at;
        }
        std::size_t b = dir_at;
        // Skip "(9 miles)" between the distance and the direction.
        std::size_t u = b;
        if (u > lo && d.surface(u - 1) == ")") {
            while (u > lo && d.surface(u - 1) != "(") {
                --u;
            }
            if (u > lo) {
                --u;
            }
        }
        double metres = 0.0;
        // ("about sixty kilometres north-east of Rutba": the distance in words)
        std::size_t spelled = u;
        if (u >= lo + 2 && unit_metres(d.lower(u - 1)) > 0 &&
            !d.tokens()[u - 2].is(text::kNumber)) {
            for (std::size_t s = u - 1; s > lo && s + 4 > u - 1; --s) {
                if (const auto q = parse_quantity(d, s - 1, u - 1, true);
                    q && q->end == u - 1 && !q->vague) {
                    spelled = s - 1;
                    metres = static_cast<double>(q->value) * unit_metres(d.lower(u - 1));
                }
            }
        }
        if (spelled < u) {
            b = spelled;
            if (b > lo && (d.lower(b - 1) == "about" || d.lower(b - 1) == "some" ||
                           d.lower(b - 1) == "around" || d.lower(b - 1) == "roughly" ||
                           d.lower(b - 1) == "approximately" || d.lower(b - 1) == "nearly")) {
                --b;
            }
        } else if (u >= lo + 2 && unit_metres(d.lower(u - 1)) > 0 &&
                   d.tokens()[u - 2].is(text::kNumber)) {
            metres = d.number_value(u - 2) * unit_metres(d.lower(u - 1));
            b = u - 2;
            if (b > lo && (d.lower(b - 1) == "about" || d.lower(b - 1) == "some" ||
                           d.lower(b - 1) == "around" || d.lower(b - 1) == "roughly" ||
                           d.lower(b - 1) == "approximately" || d.lower(b - 1) == "nearly")) {
                --b;
            }
        } else if (b > lo && (d.lower(b - 1) == "just" || d.lower(b - 1) == "the")) {
            --b;
        }
        if (metres > 0 && metres < 500000) {
            const auto p = geo::geodesic_offset({pc.lat, pc.lon}, az, metres);
            pc.lat = p.lat;
            pc.lon = p.lon;
            pc.uncertainty_m = std::max(2000.0, 0.2 * metres) + radius_m(pc.place) / 2;
        } else {
            // A direction without a distance: somewhere on that side, typically 10-30 km out.
            const auto p = geo::geodesic_offset({pc.lat, pc.lon}, az, 15000);
            pc.lat = p.lat;
            pc.lon = p.lon;
            pc.uncertainty_m = 15000 + radius_m(pc.place) / 2;
        }
        pc.precision = 2;
        pc.relative = true;
        return b;
    }
    return at;
}

/// "two soldiers were hurt in the blast": the subject of a passive casualty verb, also when an
/// aside stands between them ("The activist X, one of the leaders, was killed by gunmen").
bool is_passive_victim(const Document& d, const ActorMention& a, std::size_t ce) {
    std::size_t k = a.end;
    // "A senior Kataib Hezbollah commander was among three people killed"
    {
        std::size_t j = k;
        while (j < ce && j < a.end + 3 && is_person_noun(d.word(j))) {
            ++j;
        }
        if (j + 1 < ce && (d.lower(j) == "was" || d.lower(j) == "were") &&
            d.lower(j + 1) == "among") {
            for (std::size_t v = j + 2; v < ce && v < j + 8; ++v) {
                const auto w = d.lower(v);
                if (w == "killed" || w == "wounded" || w == "injured" || w == "dead") {
                    return true;
                }
            }
        }
    }
    bool after_aside = false;
    bool far = false; // (the auxiliary found past a long aside or relative clause)
    // "the activist Ihab al-Wazni (إيهاب الوزني) was shot dead": the person's name.
    {
        std::size_t j = k;
        while (j < ce && j < a.end + 8 &&
               (d.tokens()[j].is(text::kCapitalized) || d.tokens()[j].is(text::kArabicScript) ||
                d.surface(j) == "(" || d.surface(j) == ")" ||
                (d.tokens()[j].is(text::kWord) && j + 1 < ce &&
                 d.tokens()[j + 1].is(text::kHyphenBefore)))) {
            ++j;
        }
        if (j > k && j < ce && (d.lower(j) == "was" || d.lower(j) == "were")) {
            k = j;
        }
    }
    if (k < ce && d.surface(k) != "," && d.lower(k) != "were" && d.lower(k) != "was") {
        // Skip the rest of the person's name and an aside in commas.
        // (an aside in commas, or a relative clause: "a physician who had led marches was")
        // (The commas are looked for in the same walk.)
        bool aside = d.lower(k) == "who";
        // (With no "was" or "were" ahead, the walk ends at the clause's end when that is near:
        // then nothing changes, and it is not walked.)
        static constexpr text::ScanWords kWasWere{"was", "were"};
        std::size_t j = ce <= a.end + 32 && !d.may_hold<kWasWere>(k, ce) ? ce : k;
        while (j < ce && j < a.end + 32 && d.lower(j) != "was" && d.lower(j) != "were") {
            aside = aside || d.surface(j) == ",";
            ++j;
        }
        if (aside && j < ce) {
            k = j;
            far = j > a.end + 6;
        }
    } else if (k < ce && d.surface(k) == ",") {
        std::size_t j = k + 1;
        while (j < ce && j < k + 14 && d.surface(j) != ",") {
            ++j;
        }
        if (j + 1 < ce && d.surface(j) == ",") {
            k = j + 1;
            after_aside = true;
        }
    }
    // "4 ISIS members killed in an airstrike" (a headline's passive without its auxiliary):
    // the people the name qualifies, then a casualty verb with no object after it.
    bool headline = false;
    if (k == a.end && k + 1 < ce) {
        const std::size_t noun = is_person_noun(d.word(k)) ? 1 : 0;
        const auto verb = k + noun < ce ? d.lower(k + noun) : text::TokenText();
        const auto after = k + noun + 1 < ce ? d.lower(k + noun + 1) : text::TokenText();
        // ("policeman shot dead by gunmen"; not "gunmen shot dead a lawyer")
        const bool shot_dead = verb == "shot" && after == "dead";
        const auto past =
            shot_dead && k + noun + 2 < ce ? d.lower(k + noun + 2) : text::TokenText();
        headline =
            ((verb == "killed" || verb == "wounded" || verb == "injured") ||
             (shot_dead && (past == "by" || past == "in" || past == "near" || past == "on" ||
                            past == "." || past == "outside" || past == "at" || past == "inside" ||
                            // (the unarmed, a phrase's end: "four truffle hunters shot dead, their
                            // vehicles burned")
                            (!a.armed && (past == "," || past == ";" || past == "|"))))) &&
            (after == "in" || after == "by" || after == "on" || after == "near" || shot_dead ||
             after == "at" || after == "during" || after == "when" || after == "," ||
             after == "." || after == "as" || after == "after");
        // (not a count after the verb: "militants killed at least 11", "as many as 20")
        const auto then = k + noun + 2 < ce ? d.lower(k + noun + 2) : text::TokenText();
        // ("gunmen shot dead at least 25 people": the count after "shot dead at")
        const auto then_next = k + noun + 3 < ce ? d.lower(k + noun + 3) : text::TokenText();
        headline = headline && then != "least" && then != "many" && then != "much" &&
                   !(shot_dead && then == "at" && (then_next == "least" || then_next == "most"));
        k += headline ? noun : 0;
    }
    const std::size_t verb_from = k;
    // (a perfect alone is active: "the army had killed eleven militants")
    bool perfect_only = true;
    while (
        k < ce && k < verb_from + 4 &&
        (d.lower(k) == "were" || d.lower(k) == "was" || d.lower(k) == "had" ||
         d.lower(k) == "have" || d.lower(k) == "been" || d.lower(k) == "also" ||
         d.lower(k) == "reportedly" ||
         // ("three shepherds (were) found shot dead", "found beheaded")
         ((d.lower(k) == "found" || d.lower(k) == "discovered") && k + 1 < ce &&
          (d.lower(k + 1) == "shot" || d.lower(k + 1) == "killed" || d.lower(k + 1) == "murdered" ||
           d.lower(k + 1) == "executed" || d.lower(k + 1) == "beheaded" ||
           d.lower(k + 1) == "stabbed" || d.lower(k + 1) == "strangled")))) {
        perfect_only = perfect_only && (d.lower(k) == "had" || d.lower(k) == "have" ||
                                        d.lower(k) == "also" || d.lower(k) == "reportedly");
        ++k;
    }
    if ((k == a.end && !headline) || k >= ce || (k > verb_from && perfect_only && !headline)) {
        return false;
    }
    // "Iraqi forces, backed by coalition aircraft, killed nine militants": after an aside, a
    // verb with no auxiliary is active.
    if (after_aside && k == verb_from) {
        return false;
    }
    const auto w = d.lower(k);
    return w == "killed" || w == "wounded" || w == "injured" || w == "hurt" || w == "kidnapped" ||
           w == "abducted" || w == "arrested" || w == "detained" || w == "shot" ||
           w == "assassinated" || w == "murdered" || w == "executed" || w == "gunned" ||
           w == "stabbed" || w == "beaten" || w == "tortured" || w == "neutralised" ||
           w == "neutralized" ||
           // ("a displaced family was attacked by armed men near Duhok"; not past a long
           // aside: "The militants first seized two men, and when relatives went out to search
           // for them, they were ambushed")
           (!far && (w == "attacked" || w == "targeted" || w == "ambushed" || w == "assaulted" ||
                     w == "beheaded" || w == "strangled")) ||
           // ("a car carrying four activists was fired upon")
           (w == "fired" && k + 1 < ce &&
            (d.lower(k + 1) == "upon" || d.lower(k + 1) == "on" || d.lower(k + 1) == "at"));
}

/// The actor is the object of an active verb of violence: "killed nine Islamic State fighters",
/// "arrested two PKK members", "ambushed an army patrol" (the target, whatever comes after).
bool is_active_object(const Document& d, const ActorMention& a, std::size_t cb) {
    for (std::size_t k = a.begin; k > cb && k + 5 > a.begin; --k) {
        const auto w = d.lower(k - 1);
        if (w == "killed" || w == "killing" || w == "wounded" || w == "wounding" ||
            w == "injured" || w == "captured" || w == "arrested" || w == "detained" ||
            w == "abducted" || w == "kidnapped" || w == "ambushed" || w == "targeted" ||
            w == "targeting" || w == "attacked" || w == "attacking" || w == "neutralised" ||
            w == "neutralized" || w == "against" || w == "murdered" || w == "slew" ||
            w == "strangled" || w == "assassinated" ||
            // (strikes on a group: "eight strikes engaged three ISIS tactical units")
            w == "engaged" || w == "struck" || w == "bombed" || w == "pounded" ||
            w == "destroyed" || w == "shelled") {
            // Passive: "were killed" has its victims before, not after.
            return !(k >= cb + 2 && (d.lower(k - 2) == "was" || d.lower(k - 2) == "were" ||
                                     d.lower(k - 2) == "been" || d.lower(k - 2) == "being"));
        }
        // (any count: "killed eleven IS fighters", "killed 11")
        const bool filler = parse_quantity(d, k - 1, k).has_value() || w == "a" || w == "an" ||
                            w == "the" || w == "several" || w == "dozens" || w == "of" ||
                            w == "least" || w == "at" || w == "more" || w == "than" ||
                            w == "some" || w == "his" || w == "their" ||
                            // ("killed a member of the Iraqi army")
                            w == "member" || w == "members" || w == "officer" || w == "officers" ||
                            w == "commander" || w == "leader";
        if (!filler) {
            return false;
        }
    }
    return false;
}

/// Token i lies in an aside naming who helped ("backed by coalition aircraft", "with the
/// support of the PMF", "supported by US drones"): an ally of the actor, not the actor or its
/// target, and not the clause's event.
bool in_support_phrase(const Document& d, std::size_t cb, std::size_t i) {
    // (The words it answers yes to: with none of them before i, no.)
    static constexpr text::ScanWords kSupport{"supported", "backed", "aided",   "assisted",
                                              "covered",   "helped", "support", "help",
                                              "backing",   "cover"};
    if (i <= cb || !d.may_hold<kSupport>(cb, i)) {
        return false;
    }
    for (std::size_t k = i; k > cb && k + 6 > i; --k) {
        const auto w = d.lower(k - 1);
        if (w == "," || w == ";" || w == "(" || w == ")") {
            return false;
        }
        if (w == "by" && k >= cb + 2) {
            const auto v = d.lower(k - 2);
            return v == "backed" || v == "supported" || v == "aided" || v == "assisted" ||
                   v == "covered" || v == "helped";
        }
        if ((w == "support" || w == "help" || w == "backing" || w == "cover") && k < i &&
            (d.lower(k) == "of" || d.lower(k) == "from")) {
            return k >= cb + 2 &&
                   (d.lower(k - 2) == "with" || d.lower(k - 2) == "the" || d.lower(k - 2) == "air");
        }
    }
    return false;
}

/// The actor mention at `begin` follows "by": "an attack by militants", "by suspected Islamic
/// State militants".
bool after_by(const Document& d, std::size_t begin) {
    if (begin > 0 && d.lower(begin - 1) == "by") {
        return true;
    }
    // ("claimed by the Islamic State group", "shot by two masked gunmen", "by a group of
    // unidentified gunmen")
    static const WordSet kBetween = {
        "suspected", "alleged", "presumed", "unidentified", "unknown", "masked",  "armed",
        "the",       "a",       "an",       "group",        "of",      "several", "some"};
    // (Only when a "by" stands a few words before: most actors have none.)
    bool by = false;
    for (std::size_t k = begin - 1; begin >= 2 && k > 0 && k + 5 >= begin && !by; --k) {
        by = d.lower(k - 1) == "by";
    }
    for (std::size_t k = begin - 1; by && k > 0 && k + 4 >= begin; --k) {
        if (!kBetween.contains(d.word(k)) && !parse_quantity(d, k, k + 1, false).has_value()) {
            return false;
        }
        if (d.lower(k - 1) == "by") {
            return true;
        }
    }
    return false;
}

/// Verbs that report what someone said ("said", "announced"; alerts and releases in the
/// present: "Coalition confirms 2 killed").
bool is_speech_verb(std::string_view word) {
    const text::TokenText w(word.data(), word.size()); // (literal comparisons inline)
    return w == "said" || w == "says" || w == "told" || w == "stated" || w == "announced" ||
           w == "reported" || w == "confirmed" || w == "added" || w == "confirms" ||
           w == "reports" || w == "announces" || w == "states" || w == "adds";
}

/// "the Pentagon said", "police sources said": who tells, not who acts.
bool is_speaker(const Document& d, const ActorMention& a, std::size_t ce) {
    // (The words the first test answers yes to: is_speech_verb's, and the others below.)
    static constexpr text::ScanWords kTells{
        "said",      "says",     "told",      "stated",  "announced", "reported",
        "confirmed", "added",    "confirms",  "reports", "announces", "states",
        "adds",      "sources",  "denies",    "denied",  "put",       "puts",
        "estimated", "estimate", "estimates", "placed"};
    const std::size_t tells_end = std::min(ce, a.end + 3);
    for (std::size_t k = a.end < tells_end && d.may_hold<kTells>(a.end, tells_end) ? a.end : ce;
         k < ce && k < a.end + 3; ++k) {
        const auto w = d.lower(k);
        if (is_speech_verb(w) || w == "sources" || w == "denies" || w == "denied") {
            return true;
        }
        // "Police put the death toll at 35", "officials estimated the dead at 40": who counts.
        if ((w == "put" || w == "puts" || w == "estimated" || w == "estimate" || w == "estimates" ||
             w == "placed") &&
            k + 2 < ce &&
            (d.lower(k + 2) == "toll" || d.lower(k + 2) == "dead" || d.lower(k + 2) == "number" ||
             d.lower(k + 2) == "death")) {
            return true;
        }
    }
    // "in what police called a tribal revenge attack": who names the event.
    if (a.begin >= 1 && d.lower(a.begin - 1) == "what" && a.end < ce &&
        (d.lower(a.end) == "called" || d.lower(a.end) == "described" ||
         d.lower(a.end) == "termed" || d.lower(a.end) == "labelled" ||
         d.lower(a.end) == "labeled")) {
        return true;
    }
    // "the spokesman of the Nineveh police, Brigadier X, said": a body whose spokesman tells.
    static constexpr text::ScanWords kSpokesman{"spokeswoman", "spokesperson", "spokesman",
                                                "spokesmen"};
    const std::size_t body_from = a.begin >= 4 ? a.begin - 4 : 0;
    for (std::size_t k = a.begin > body_from && d.may_hold<kSpokesman>(body_from, a.begin) ? a.begin
                                                                                           : 0;
         k > 0 && k + 4 > a.begin; --k) {
        const auto w = d.lower(k - 1);
        if (w == "spokesman" || w == "spokesperson" || w == "spokeswoman" || w == "spokesmen") {
            return true;
        }
        if (w != "the" && w != "of" && w != "for" && !d.tokens()[k - 1].is(text::kCapitalized)) {
            break;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Event drafts and merging

struct Draft {
    EventType type;
    std::optional<std::int64_t> killed;
    std::optional<std::int64_t> injured;
    bool absurd = false;
    std::optional<DateMention> date;
    PlaceChoice place;
    std::string actor1, actor2, attribution;
    int inter1 = 0, inter2 = 0;
    bool actor1_needs_country = false, actor2_needs_country = false;
    bool background_cue = false;
    std::size_t first_sentence = 0, last_sentence = 0;
    std::size_t evidence_sentence = 0;
    int strength = 0; ///< how specific the evidence sentence's type was
    bool casualty_only = false;
    bool definite = false;
    /// Events of one list of places in one clause ("in the Metina, Zap and Avashin-Basyan
    /// regions") share a number: they are never one another.
    std::size_t list_id = 0;
    bool from_title = false; ///< told in a headline (counts there are often partial)
    /// told in a label: a field of a report's header block ("Incident: IDF - 3x 122 mm
    /// rockets") or a numbered item's opening words ("1) SAF - tribal dispute."), which, naming
    /// no place, the narrative tells again a few sentences on
    bool label = false;
    bool continuation = false; ///< "the attackers also ...": more of the event before
    bool also = false;         ///< "also" before the trigger's end: a further act
    bool adds_dead = false;    ///< its dead are more dead ("were killed as well", "also killed")
    /// The sides its dead belong to (bits: 1 security forces, 2 militants, 4 civilians; 0 not
    /// told): "27 policemen" and "two of the attackers" are two parties' dead, added up.
    unsigned dead_sides = 0;
    bool separate = false; ///< "in a separate clash", "Separately, ...": a new one
    /// Its scene, set in a sentence before, is a crowd's: "protesters in Samawah tried to enter
    /// a party office. Police fired their guns."
    bool crowd_scene = false;
    bool series = false; ///< "a third attack", "another attack": one more of the same kind
    /// "Eleven struck Al Asad Air Base" after "Iran fired 16 missiles": a count of the weapons
    /// just told, on their day.
    bool count_of_last = false;
    bool record = false;   ///< told in a dataset record's fields: the record's own event
    bool reaction = false; ///< "condemned the attack": a reaction to an event told, never a new one
    bool toll_update = false;   ///< "the death toll rose to 18": the count grew
    bool estimate = false;      ///< "... puts the toll at 23": another source's count
    bool claimed_count = false; ///< "IS said it killed seven": the doers' own count
    /// "The soldiers were killed when ...": a bare plural's dead (read as two) named again, so
    /// the count told before stands.
    bool dead_named_again = false;
    bool doer_counted = false; ///< casualties with a count and who did it ("gunmen killed two")
    bool spans_days = false;   ///< "fought house to house for five days": over a stretch of time
    bool opens_after = false;  ///< the clause opens with "after"
    /// the clause's first token, when it follows a semicolon in its sentence (else 0)
    std::size_t after_semicolon = 0;
    bool opens_where = false; ///< the clause opens with "where": more of the place just told
    /// the clause opens with a participle of burning: ", setting it on fire", ", torching ..."
    bool opens_burning = false;
    /// casualties before ", where" and the event there: "Eleven died in Koya, where missiles
    /// struck the KDPI's offices" (they wait for it)
    bool before_where = false;
    bool opens_before = false; ///< the clause opens with "before"
    /// "on the same base": the words (token range) that place it where the event before was
    std::size_t same_site_begin = 0, same_site_end = 0;
    std::string head;                   ///< the trigger's last word ("attack", "strike", "raid")
    std::vector<std::string> heads;     ///< the trigger words of every mention merged in
    std::vector<std::size_t> sentences; ///< sentences of every mention merged in
    std::vector<int> toponyms;          ///< toponyms used as this event's places
    double confidence = 0.5;
};

/// Both sides of `from`, as `to`'s: the actors, their inter codes and whether each still
/// needs its country.
void take_sides(Draft& to, const Draft& from) {
    to.actor1 = from.actor1;
    to.inter1 = from.inter1;
    to.actor1_needs_country = from.actor1_needs_country;
    to.actor2 = from.actor2;
    to.inter2 = from.inter2;
    to.actor2_needs_country = from.actor2_needs_country;
}

/// How many sentences back a mention may refer to an event told before ("the attack"): news
/// reports are far shorter; the bound keeps a very long text linear.
constexpr std::size_t kReferenceWindow = 80;

/// Protest sub-types in order of escalation: a later mention may tell of the intervention.
int protest_level(const std::string& sub) {
    if (sub == "Excessive force against protesters") {
        return 3;
    }
    return sub == "Protest with intervention" ? 2 : 1;
}

/// A capture of territory, whoever took it (settled once the actors are known).
bool changes_territory(const Draft& d) {
    return d.type.sub_event_type == "Government regains territory" ||
           d.type.sub_event_type == "Non-state actor overtakes territory";
}

/// Political violence: a battle, a blast or strike, or violence against civilians.
bool violent(const Draft& d) {
    return d.type.event_type == "Battles" || d.type.event_type == "Explosions/Remote violence" ||
           d.type.event_type == "Violence against civilians";
}

/// The forces that strike across Iraq from the air: the US and its coalition, Israel, Turkey.
bool air_power(std::string_view actor) {
    return actor == "Military Forces of the United States" ||
           actor.rfind("Global Coalition", 0) == 0 || actor == "Military Forces of Israel" ||
           actor == "Military Forces of Turkey";
}

/// "US forces struck 85 targets": such a force that "struck" or "hit" struck with aircraft or
/// drones (typed when the clause is told, so that "the strikes" told next refer back to an air
/// strike, and again when the report is finished, after merges gave the event its doer).
void type_air_power_strike(Draft& d) {
    if (d.type.from_generic_attack && d.type.event_type == "Battles" &&
        (d.head == "struck" || d.head == "strike" || d.head == "strikes" || d.head == "hit") &&
        air_power(d.actor1)) {
        d.type = {"Explosions/Remote violence", "Air/drone strike", true};
    }
}

/// "COUNCIL MEMBER SHOT IN KHAN BANI SAAD" over "gunmen shot dead a council member outside his
/// home in Khan Bani Saad": a headline's shooting, no side hit, is the attack the body tells.
bool headline_shooting(const Draft& headline, const Draft& body) {
    return headline.from_title && !body.from_title &&
           headline.type.sub_event_type == "Armed clash" && headline.actor2.empty() &&
           body.type.sub_event_type == "Attack";
}

/// "day", "night", "evening", "morning", "afternoon": a word that names a part of a day.
bool part_of_day(text::TokenText w) {
    return w == "day" || w == "night" || w == "evening" || w == "morning" || w == "afternoon";
}

/// "two days later", "a week earlier": whether the tokens from k, before end, are a count's
/// unit of days or weeks and "later" or "earlier" (the count is the token before k).
bool days_apart_at(const text::Document& doc, std::size_t k, std::size_t end) {
    if (k + 1 >= end) {
        return false;
    }
    const auto unit = doc.lower(k);
    const auto way = doc.lower(k + 1);
    return (unit == "days" || unit == "day" || unit == "weeks" || unit == "week") &&
           (way == "later" || way == "earlier");
}

/// "The next morning", "the following day": token k is "next" or "following" in such a phrase
/// (the phrase ends before `end`).
bool next_day_at(const text::Document& doc, std::size_t k, std::size_t end) {
    return k > 0 && k + 1 < end && (doc.lower(k) == "next" || doc.lower(k) == "following") &&
           doc.lower(k - 1) == "the" && part_of_day(doc.lower(k + 1));
}

/// "mourners marched to the gates of the embassy, where some broke through the outer gate and
/// set fire to a reception area": what a crowd burns where it gathered, in a "where" clause of
/// the sentence that tells the crowd, is that crowd's event.
bool crowd_burning(const Draft& crowd, const Draft& burning) {
    // (or a participle of the crowd's act: "Mourners stormed the office of a militia ...,
    // setting it on fire")
    return (crowd.type.event_type == "Riots" || crowd.type.event_type == "Protests") &&
           burning.type.sub_event_type == "Looting/property destruction" &&
           (burning.opens_where || burning.opens_burning) &&
           burning.first_sentence == crowd.last_sentence;
}

/// A bombing: a suicide bomb or a planted one (how a second report may name the same blast).
bool is_bomb(const Draft& d) {
    return d.type.sub_event_type == "Suicide bomb" ||
           d.type.sub_event_type == "Remote explosive/landmine/IED";
}

/// "Woke at 1 am to huge explosions over Erbil. A dozen missiles landed near the consulate":
/// a blast heard, its weapon not told, and in the next sentence what exploded, with no other
/// place or day.
bool blast_then_weapon(const Draft& x, const Draft& y) {
    return x.type.bare_blast && x.type.sub_event_type == "Remote explosive/landmine/IED" &&
           y.type.event_type == "Explosions/Remote violence" && !y.type.bare_blast &&
           y.first_sentence == x.last_sentence + 1 && !y.separate && !y.series &&
           (!y.place.located() || (x.place.located() && x.place.place->id == y.place.place->id)) &&
           (!y.date || (x.date && y.date->date == x.date->date));
}

bool places_compatible(const Draft& a, const Draft& b);

bool same_family(const Draft& a, const Draft& b) {
    if (a.type.event_type.empty() || b.type.event_type.empty()) {
        return true;
    }
    if (a.type.event_type != b.type.event_type) {
        // A crowd that protests and riots is one demonstration (coded as the riot).
        const bool crowd = (a.type.event_type == "Protests" && b.type.event_type == "Riots") ||
                           (a.type.event_type == "Riots" && b.type.event_type == "Protests");
        // "... found the bodies of two farmers. Both had been shot": the shooting told back
        // is the killing of civilians.
        // ("The assassination of X ... Two gunmen fired at X as he sat in his car": the
        // shooting, with no armed side hit and no place or day of its own, is that attack.)
        // (Nor when its day is the one the attack's sentence gave it: "The body of a man was
        // found in an orchard on Sunday. He had been shot.")
        // (or with a place inside the attack's and no day: "shot dead in central Baghdad on
        // Monday", then "gunmen opened fire" on him in the Karrada district)
        const auto shot_back = [](const Draft& x, const Draft& y) {
            const bool day_told = !y.date || (x.date && y.date->precision == x.date->precision &&
                                              y.date->date == x.date->date &&
                                              y.first_sentence == x.last_sentence + 1);
            const bool place_inside = !y.date && x.date && x.place.located() &&
                                      !is_country(x.place.place) && places_compatible(x, y);
            return x.type.sub_event_type == "Attack" && y.type.sub_event_type == "Armed clash" &&
                   (!y.place.located() || place_inside) &&
                   (y.definite || (y.actor2.empty() && day_told));
        };
        // ("Kurdish and Arab protesters clashed in Kirkuk; four Kurds were shot dead": the
        // shooting, with no place of its own, in the sentence that tells the riot)
        const auto riot_shooting = [](const Draft& x, const Draft& y) {
            return (x.type.event_type == "Riots" || x.type.event_type == "Protests") &&
                   y.type.sub_event_type == "Armed clash" && !y.place.located() &&
                   y.actor2.empty() && y.first_sentence == x.last_sentence;
        };
        // ("Kirkuk governorate building: Iraqi flag raised; Peshmerga have largely withdrawn
        // from the city": the town taken and the town handed over are one change of hands)
        const auto territory = [](const Draft& x) {
            return changes_territory(x) ||
                   x.type.sub_event_type == "Non-violent transfer of territory";
        };
        const bool hands =
            territory(a) && territory(b) &&
            (!a.place.located() || !b.place.located() || a.place.place->id == b.place.place->id) &&
            a.last_sentence + 1 >= b.first_sentence && b.last_sentence + 1 >= a.first_sentence;
        return crowd || hands || a.type.from_generic_attack || b.type.from_generic_attack ||
               shot_back(a, b) || shot_back(b, a) || riot_shooting(a, b) || riot_shooting(b, a) ||
               crowd_burning(a, b) || crowd_burning(b, a) || headline_shooting(a, b) ||
               headline_shooting(b, a);
    }
    // (Within one type, "the bombing" or "the blast" points back whatever weapon it names.)
    // (Who took territory is settled later: a capture is a capture.)
    // "... captured al-Ayadiya. Troops fought house to house there for five days": the fighting
    // that took it.
    // ("Zummar had been seized a day earlier, after clashes with Peshmerga units": the
    // clashes, with no place of their own, in the sentence that tells the taking)
    const auto taking_fight = [&](const Draft& x, const Draft& y) {
        return changes_territory(x) && y.type.sub_event_type == "Armed clash" &&
               (y.spans_days || (!y.place.located() && y.first_sentence <= x.last_sentence &&
                                 x.first_sentence <= y.last_sentence));
    };
    // "a suicide bomber blew himself up at the gate of the university in Baghdad and a car bomb
    // exploded beside the students": a second bomb told in the sentence of the first, with no
    // place of its own, is the same attack.
    const auto twin_blast = [](const Draft& x, const Draft& y) {
        // (or in the next sentence, with no day either: "the day of the Buratha mosque
        // bombing, 7 April. Three suicide bombers ... blew themselves up among the worshippers")
        return is_bomb(x) && is_bomb(y) && !y.place.located() &&
               ((x.place.located() && y.first_sentence == x.last_sentence) ||
                (!y.date && x.date && y.first_sentence == x.last_sentence + 1));
    };
    return a.type.sub_event_type == b.type.sub_event_type ||
           (changes_territory(a) && changes_territory(b)) || taking_fight(a, b) ||
           taking_fight(b, a) || twin_blast(a, b) || twin_blast(b, a) || blast_then_weapon(a, b) ||
           blast_then_weapon(b, a) || a.type.from_generic_attack || b.type.from_generic_attack ||
           a.type.event_type == "Protests" ||
           (a.type.event_type == "Explosions/Remote violence" && (a.definite || b.definite));
}

bool dates_compatible(const Draft& a, const Draft& b) {
    if (!a.date || !b.date) {
        return true;
    }
    const auto& x = *a.date;
    const auto& y = *b.date;
    if (x.precision == 3 || y.precision == 3) {
        return x.date.year == y.date.year && x.date.month == y.date.month;
    }
    const long diff = std::labs(x.date.days_since_epoch() - y.date.days_since_epoch());
    return diff <= (x.precision == 2 || y.precision == 2 ? 4 : 1);
}

bool places_compatible(const Draft& a, const Draft& b) {
    if (!a.place.located() || !b.place.located()) {
        return true;
    }
    const Place& p = a.place.place;
    const Place& q = b.place.place;
    if (p.id == q.id) {
        return true;
    }
    // An area holds what lies in it.
    auto holds = [](const Place& area, const Place& x) {
        if (is_country(area)) {
            return area.country_code == x.country_code;
        }
        if (is_admin1(area)) {
            return area.country_code == x.country_code && area.admin1_code == x.admin1_code;
        }
        if (is_admin2(area)) {
            return area.admin2_code == x.admin2_code && !area.admin2_code.empty();
        }
        return false;
    };
    if (holds(p, q) || holds(q, p)) {
        return true;
    }
    // "an air base north of Baghdad" (no distance) and then "Balad air base, 80 km north of the
    // capital": a place on that side of the reference, within a day's drive, fits.
    auto on_that_side = [](const Draft& rel, const Draft& other) {
        if (!rel.place.relative || rel.place.uncertainty_m < 15000) {
            return false;
        }
        const Place& ref = rel.place.place;
        const double c = std::cos(ref.lat * std::numbers::pi / 180.0);
        const double side = std::atan2((rel.place.lon - ref.lon) * c, rel.place.lat - ref.lat);
        const double to = std::atan2((other.place.lon - ref.lon) * c, other.place.lat - ref.lat);
        double diff = std::fabs(side - to) * 180.0 / std::numbers::pi;
        diff = std::min(diff, 360.0 - diff);
        return diff <= 50.0 &&
               geo::distance_to_test_m({ref.lat, ref.lon}, {other.place.lat, other.place.lon},
                                       150000.0) <= 150000.0;
    };
    if (on_that_side(a, b) || on_that_side(b, a)) {
        return true;
    }
    // A region without codes ("Iraq's Kurdistan region") holds what lies within its reach
    // (two regions named apart are two places: "the Metina, Zap and Avashin-Basyan regions";
    // "in the Zap region" and "in the Metina region": neighbours, their centres close, where a
    // region holding the other would reach far beyond it).
    if (p.feature_code == "RGN" && q.feature_code == "RGN" &&
        geo::distance_to_test_m({p.lat, p.lon}, {q.lat, q.lon}, 80000.0) < 80000.0) {
        return false;
    }
    const double reach_km = p.feature_code == "RGN" || q.feature_code == "RGN" ? 250.0 : 30.0;
    const double m = geo::distance_to_test_m({a.place.lat, a.place.lon}, {b.place.lat, b.place.lon},
                                             reach_km * 1000.0);
    return m / 1000.0 < reach_km;
}

/// An event's id: its article's id and its number in the article ("ev012-3").
std::string event_id_of(const std::string& article_id, std::size_t n) {
    return article_id + "-" + std::to_string(n);
}

/// "Our mujahideen struck the Harir base with a drone" (a claim quoted) and then "the drone
/// aimed at Harir was shot down before it reached the base": the drone attack claimed failed; what
/// happened there that day is the interception (one that killed or hurt someone stays, and so do
/// rockets that fell near a base where a drone was shot down). Events [from, end) of one article,
/// numbered again after.
void drop_intercepted_attacks(std::vector<EventRecord>& events, std::size_t from,
                              const std::string& article_id) {
    std::vector<bool> drop(events.size() - from, false);
    bool any = false;
    for (std::size_t i = from; i < events.size(); ++i) {
        const EventRecord& stopped = events[i];
        if (stopped.sub_event_type != "Disrupted weapons use" || !stopped.latitude ||
            stopped.geo_precision >= 3 || !stopped.event_date) {
            continue;
        }
        for (std::size_t j = from; j < i; ++j) {
            const EventRecord& a = events[j];
            // (only an attack told in a statement quoted: "Our fighters struck ...")
            const bool claimed = a.notes.find('"') != std::string::npos ||
                                 a.notes.find("\u201c") != std::string::npos;
            if (drop[j - from] || !claimed || a.fatalities > 0 || a.injuries > 0 ||
                a.sub_event_type != "Air/drone strike" || !a.latitude || a.geo_precision >= 3 ||
                a.event_date != stopped.event_date) {
                continue;
            }
            if (geo::distance_to_test_m({*a.latitude, *a.longitude},
                                        {*stopped.latitude, *stopped.longitude},
                                        10000.0) < 10000.0) {
                drop[j - from] = true;
                any = true;
            }
        }
    }
    if (!any) {
        return;
    }
    std::size_t k = from;
    for (std::size_t i = from; i < events.size(); ++i) {
        if (!drop[i - from]) {
            if (k != i) {
                events[k] = std::move(events[i]);
            }
            events[k].event_id = event_id_of(article_id, k - from + 1);
            ++k;
        }
    }
    events.resize(k);
}

/// Removes the drafts marked in `drop`, keeping the others in order.
void erase_dropped(std::vector<Draft>& drafts, const std::vector<bool>& drop) {
    std::size_t k = 0;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        if (!drop[i]) {
            if (k != i) {
                drafts[k] = std::move(drafts[i]);
            }
            ++k;
        }
    }
    drafts.resize(k);
}

/// "PROVINCIAL COUNCIL MEMBER SHOT IN KHAN BANI SAAD" over a report that tells the shooting
/// "on April 20" paragraphs later: a headline with no day of its own announces an event the
/// body tells at the same place, whatever was told between them.
void drop_headlines_told(std::vector<Draft>& drafts) {
    std::vector<bool> drop(drafts.size(), false);
    bool any = false;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        const auto& h = drafts[i];
        // (A day borrowed from a header line over the headline is no day of its own: "UPSTREAM
        // | KURDISTAN REGION | 28 November 2022" over "Drone hits Khor Mor storage tank".)
        const bool own_day = h.date && h.date->end > h.date->begin;
        if (!h.from_title || own_day || !h.place.located() || h.place.precision >= 3 ||
            h.type.event_type.empty()) {
            continue;
        }
        for (std::size_t j = i + 1; j < drafts.size(); ++j) {
            const auto& e = drafts[j];
            // (the same place, or a site beside it: "TAKE CONTROL OF KIRKUK" over "took
            // control of the K-1 base")
            if (!drop[j] && !e.from_title && e.place.located() && e.place.precision < 3 &&
                (e.place.place->id == h.place.place->id ||
                 geo::distance_to_test_m({h.place.lat, h.place.lon}, {e.place.lat, e.place.lon},
                                         15000.0) < 15000.0) &&
                same_family(h, e) &&
                // (with a borrowed day, only an event of the week before it)
                (!h.date || !e.date ||
                 (e.date->date.days_since_epoch() <= h.date->date.days_since_epoch() &&
                  e.date->date.days_since_epoch() + 7 >= h.date->date.days_since_epoch()))) {
                drop[i] = true;
                any = true;
                break;
            }
        }
    }
    if (!any) {
        return;
    }
    erase_dropped(drafts, drop);
}

/// Iraq's neighbours and the Gulf states, where the war's other side lies (launch sites in
/// Iran, Turkey's bases, US bases in Kuwait, Qatar and the Emirates): a town there the
/// gazetteer knows holds an event told in a report on Iraq.
bool in_region(const std::string& code) {
    return code == "IR" || code == "TR" || code == "KW" || code == "SA" || code == "AE" ||
           code == "QA" || code == "BH";
}

/// "In Pakistan, gunmen attacked a procession the same day", "exiles protested outside the
/// consulate in Munich" in a report on Iraq: an event placed abroad is the world's news in
/// passing, not a point for the article's map. Kept: the article's own country, and the
/// theatre of Iraq's war (Iraq; Syria and Jordan, where the same forces and militias fight:
/// "a drone attack that killed three US soldiers in Jordan"); a town of the region (in_region),
/// though not the region's countries as a whole.
void drop_events_abroad(std::vector<Draft>& drafts, const std::string& focus,
                        std::ostream* explain) {
    std::vector<bool> drop(drafts.size(), false);
    bool any = false;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        const auto& d = drafts[i];
        if (!d.place.located()) {
            continue;
        }
        const std::string& code = d.place.place->country_code;
        // (an arrest far from the region is a court's or police's story, even in the country
        // the article is about: "One defendant was arrested at JFK airport in New York")
        const bool arrest_far = d.type.sub_event_type == "Arrests" && !in_region(code);
        if ((code == focus && !arrest_far) || code == "IQ" || code == "SY" || code == "JO") {
            continue;
        }
        const bool country = is_country(d.place.place);
        if (!country && in_region(code)) {
            continue;
        }
        drop[i] = true;
        any = true;
        if (explain != nullptr && arrest_far) {
            *explain << "arrest at " << d.place.place->name
                     << ", far from Iraq's war and region: dropped\n";
        } else if (explain != nullptr) {
            *explain << "event placed " << (country ? "only in " : "at ") << d.place.place->name
                     << (country ? ", a country" : ", a town of a country")
                     << " outside the article's and Iraq's war and region: dropped\n";
        }
    }
    if (any) {
        erase_dropped(drafts, drop);
    }
}

void merge_into(Draft& e, const Draft& m);
/// merge_into's work once the two mentions' sides are in place.
void merge_fields(Draft& e, const Draft& m);

/// A news-alert digest's items are reports from several outlets: items that tell events of
/// one type on the same day within 10 km are one event, as across the articles of a run
/// ("Rockets target US embassy in Baghdad, child killed" and "Girl killed as Katyusha rockets
/// fall on Baghdad neighbourhoods ... the attack on the Green Zone late on Tuesday").
void merge_digest_items(const Document& doc, std::optional<Date> ref, std::vector<Draft>& drafts) {
    int items = 0;
    for (std::size_t p = 3; p < doc.paragraphs().size(); ++p) {
        items += doc.paragraphs()[p].kind == text::ParagraphKind::title ? 1 : 0;
    }
    if (items < 2) {
        return;
    }
    // An item's headline that names no day of its own ran on the day its source line gives
    // ("Reuters - 2 days ago").
    for (auto& h : drafts) {
        const std::size_t p = doc.sentences()[h.first_sentence].paragraph;
        if (!h.from_title || p < 3 || p + 1 >= doc.paragraphs().size()) {
            continue;
        }
        const auto& head = doc.paragraphs()[p];
        const auto& source = doc.paragraphs()[p + 1];
        if (!find_dates(doc, head.token_begin, head.token_end, ref).empty()) {
            continue;
        }
        const auto ran = find_dates(doc, source.token_begin, source.token_end, ref);
        if (ran.size() == 1 && ran.front().precision == 1 && !ran.front().since) {
            h.date = ran.front();
        }
    }
    std::vector<bool> drop(drafts.size(), false);
    bool any = false;
    // An item's headline tells what its snippet tells, at the snippet's place and day ("Bodies
    // of six captives found on Baghdad-Kirkuk highway" over "... found the bodies ... near Tuz
    // Khurmatu on Wednesday").
    const auto paragraph = [&](const Draft& d) {
        return doc.sentences()[d.first_sentence].paragraph;
    };
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        const auto& h = drafts[i];
        const std::size_t p = paragraph(h);
        if (!h.from_title || p < 3 || h.type.event_type.empty()) {
            continue;
        }
        for (std::size_t j = i + 1; j < drafts.size(); ++j) {
            auto& d = drafts[j];
            const std::size_t q = paragraph(d);
            if (q <= p) {
                continue; // (the item's snippet comes after its headline)
            }
            bool next_item = false;
            for (std::size_t r = p + 1; r <= q && !next_item; ++r) {
                next_item = doc.paragraphs()[r].kind == text::ParagraphKind::title;
            }
            if (next_item) {
                break;
            }
            if (d.from_title || d.type.event_type != h.type.event_type) {
                continue;
            }
            const auto place = d.place;
            const auto date = d.date;
            merge_into(d, h);
            if (place.located()) {
                d.place = place;
            }
            if (date) {
                d.date = date;
            }
            drop[i] = true;
            any = true;
            break;
        }
    }
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        const auto& d = drafts[i];
        if (drop[i] || !d.place.located() || d.place.precision > 2 || !d.date ||
            d.date->precision != 1 || d.type.event_type.empty()) {
            continue;
        }
        for (std::size_t j = 0; j < i; ++j) {
            auto& e = drafts[j];
            if (drop[j] || !e.place.located() || e.place.precision > 2 || !e.date ||
                e.date->precision != 1 || e.type.sub_event_type != d.type.sub_event_type ||
                std::abs(e.date->date.days_since_epoch() - d.date->date.days_since_epoch()) > 1 ||
                geo::approx_distance_km({e.place.place->lat, e.place.place->lon},
                                        {d.place.place->lat, d.place.place->lon}) > 10.0) {
                continue;
            }
            merge_into(e, d);
            drop[i] = true;
            any = true;
            break;
        }
    }
    if (any) {
        std::size_t k = 0;
        std::erase_if(drafts, [&](const Draft&) { return drop[k++]; });
    }
}

/// "multiple explosions at Ain al-Asad, sirens" and later "22 missiles, 17 on Ain al-Asad" the
/// same day: blasts told with no weapon, where the report names the weapon that struck the
/// same site that day (or both on the report's own day), are those strikes.
void merge_bare_explosions(std::vector<Draft>& drafts) {
    const auto bare = [](const Draft& d) {
        return d.type.sub_event_type == "Remote explosive/landmine/IED" &&
               (d.head == "explosion" || d.head == "explosions" || d.head == "blast" ||
                d.head == "blasts");
    };
    if (std::none_of(drafts.begin(), drafts.end(), bare)) {
        return;
    }
    std::vector<bool> drop(drafts.size(), false);
    bool any = false;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        auto& d = drafts[i];
        if (!bare(d) || !d.place.located() || d.place.precision > 2 ||
            (d.date && d.date->precision != 1)) {
            continue;
        }
        for (std::size_t j = 0; j < drafts.size(); ++j) {
            auto& e = drafts[j];
            if (j == i || drop[j] || e.type.event_type != "Explosions/Remote violence" ||
                e.type.sub_event_type == d.type.sub_event_type || e.type.from_generic_attack ||
                !e.place.located() || e.place.place->id != d.place.place->id ||
                e.date.has_value() != d.date.has_value() ||
                (e.date && (e.date->precision != 1 || !(e.date->date == d.date->date)))) {
                continue;
            }
            merge_into(e, d);
            drop[i] = true;
            any = true;
            break;
        }
    }
    if (any) {
        erase_dropped(drafts, drop);
    }
}

/// "Rockets hit the Harir base on Tuesday evening. The base's air defences intercepted two
/// more.": an interception told with no place of its own right after an attack of its day is
/// part of that attack (one event, as the corpora code it), not an event of its own. (Not one
/// of another weapon: "Koya: ... hit by several missiles ... CENTCOM says a U.S. aircraft shot
/// down an Iranian drone".)
void merge_interceptions(const text::Document& doc, std::vector<Draft>& drafts) {
    std::vector<bool> drop(drafts.size(), false);
    bool any = false;
    for (std::size_t i = 1; i < drafts.size(); ++i) {
        const auto& d = drafts[i];
        const auto& e = drafts[i - 1];
        if (d.type.sub_event_type != "Disrupted weapons use" || d.place.located() || drop[i - 1] ||
            e.type.event_type != "Explosions/Remote violence" ||
            d.first_sentence > e.last_sentence + 1 ||
            (d.date && (!e.date || !(d.date->date == e.date->date))) ||
            (d.killed && *d.killed > 0)) {
            continue;
        }
        const bool by_air = e.type.sub_event_type == "Air/drone strike";
        const auto& told = doc.sentences()[d.first_sentence];
        bool other = false;
        for (std::size_t k = told.token_begin; k < told.token_end && !other; ++k) {
            const auto w = doc.lower(k);
            const bool drone = w == "drone" || w == "drones" || w == "uav" || w == "uavs";
            const bool fired = w == "rocket" || w == "rockets" || w == "missile" ||
                               w == "missiles" || w == "mortar" || w == "mortars";
            other = by_air ? fired : drone;
        }
        if (other) {
            continue;
        }
        drop[i] = true;
        any = true;
    }
    if (any) {
        erase_dropped(drafts, drop);
    }
}

/// "records of the attack of April 2004 on the Abu Ghraib detention facility", then "At about
/// 1510 hrs on 20 Apr 04 mortar rounds impacted inside the detainee compounds": an attack named
/// by its month and told later on its day is that one event, at the place the first mention
/// gave it (when that month holds no other event of the kind told on a day).
void merge_announced_attacks(std::vector<Draft>& drafts) {
    std::vector<bool> drop(drafts.size(), false);
    bool any = false;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        const auto& g = drafts[i];
        if (!g.definite || !g.type.from_generic_attack || !g.date || g.date->precision != 3 ||
            (g.killed && *g.killed > 0)) {
            continue;
        }
        std::size_t told = drafts.size();
        int days = 0;
        for (std::size_t j = i + 1; j < drafts.size(); ++j) {
            const auto& e = drafts[j];
            if (drop[j] || !e.date || e.date->precision != 1 ||
                e.date->date.year != g.date->date.year ||
                e.date->date.month != g.date->date.month || e.type.from_generic_attack) {
                continue;
            }
            ++days;
            told = j;
        }
        // (the day's event placed nowhere, or at the same place: "On 20 May, a car bomb at a
        // market in Ramadi" is not "the attack in May on the village of Albu Dhiab in Anbar")
        const auto& e = drafts[told];
        if (days == 1 && places_compatible(g, e) &&
            (!e.place.located() || (g.place.located() && e.place.place->id == g.place.place->id))) {
            merge_into(drafts[told], g);
            drop[i] = true;
            any = true;
        }
    }
    if (any) {
        erase_dropped(drafts, drop);
    }
}

/// "Iranian missiles and drones struck camps in the Kurdistan Region on Wednesday, killing 13",
/// then the strikes on Koya (10 killed) and on Zirgwez (3): an area-wide summary of events the
/// article goes on to tell place by place is no event of its own.
void drop_summaries(const Document& doc, std::optional<Date> ref, std::vector<Draft>& drafts) {
    std::vector<bool> drop(drafts.size(), false);
    std::map<std::size_t, int> regions_in_list; // list_id -> places of the list that are regions
    for (const auto& d : drafts) {
        if (d.list_id != 0 && d.place.located() && d.place.place->feature_code == "RGN") {
            ++regions_in_list[d.list_id];
        }
    }
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        const auto& s = drafts[i];
        if (!s.place.located() || s.place.precision < 3 || s.type.event_type.empty()) {
            continue;
        }
        const Place& area = s.place.place;
        const bool region = area.feature_code == "RGN";
        if (!is_country(area) && !is_admin1(area) && !region) {
            continue;
        }
        // Regions listed together are peers ("the Qandil, Zap and Avashin regions and around
        // the Makhmour camp"), not one region summing up the others.
        if (region && s.list_id != 0 && regions_in_list[s.list_id] >= 2) {
            continue;
        }
        // (the day is the statement's: "the ministry said on Sunday", "announced on Sunday")
        const auto told_on = [&](std::size_t b) {
            if (b >= 2 && doc.lower(b - 1) == "on") {
                --b;
            }
            return b >= 1 && is_speech_verb(doc.lower(b - 1));
        };
        // (or no day at all: the report's)
        std::optional<Date> lead_day;
        if (is_country(area) && violent(s) && !s.background_cue) {
            if (!s.date) {
                lead_day = ref;
            } else if (s.date->precision == 1 && told_on(s.date->begin)) {
                lead_day = s.date->date;
            }
        }
        const bool country_lead = lead_day.has_value();
        std::vector<std::size_t> parts;
        std::int64_t parts_killed = 0;
        for (std::size_t j = 0; j < drafts.size(); ++j) {
            const auto& e = drafts[j];
            const std::size_t apart = e.first_sentence > s.first_sentence
                                          ? e.first_sentence - s.first_sentence
                                          : s.first_sentence - e.first_sentence;
            if (apart > kReferenceWindow) {
                continue;
            }
            const Place& x = e.place.place;
            if (j == i || drop[j] || !e.place.located()) {
                continue;
            }
            // (Each told on a day of its own is no part of the other: "On 17 June aircraft
            // struck the Haftanin area. On 18 June artillery shelled Kani Masi.")
            const bool other_day = s.date && e.date && s.date->precision == 1 &&
                                   e.date->precision == 1 && !(s.date->date == e.date->date);
            if (e.place.precision >= 3 || e.type.event_type != s.type.event_type ||
                !dates_compatible(s, e) || other_day) {
                // "Turkish forces neutralised six PKK terrorists in northern Iraq, the ministry
                // said on Sunday", then the strikes in the Metina region on Saturday and the
                // clash in Zap on Thursday: a lead told of the whole country, dated by the
                // statement, sums up the fights of the days before told place by place.
                if (!country_lead || is_country(x) || !violent(e) || !e.date ||
                    !(e.date->date <= *lead_day) ||
                    lead_day->days_since_epoch() - e.date->date.days_since_epoch() > 7) {
                    continue;
                }
            }
            const bool inside =
                region ? geo::distance_to_test_m({area.lat, area.lon}, {e.place.lat, e.place.lon},
                                                 250000.0) < 250000.0
                : is_country(area)
                    ? x.country_code == area.country_code
                    : x.country_code == area.country_code && x.admin1_code == area.admin1_code;
            if (inside) {
                parts.push_back(j);
                parts_killed += e.killed.value_or(0);
            }
        }
        // The parts account for the summary's dead; more dead than they tell of is another event.
        if (!parts.empty() && s.killed.value_or(0) <= parts_killed) {
            drop[i] = true;
            // (the sides the summary named fight in the parts that name none)
            for (const std::size_t j : parts) {
                auto& e = drafts[j];
                if (e.actor1.empty() && e.actor2.empty() && !s.actor1.empty()) {
                    take_sides(e, s);
                    e.attribution = s.attribution;
                }
                // (and on the summary's day, when they tell none: "on Wednesday, killing 13",
                // then "Eleven died in Koya, where missiles struck")
                if (!e.date && s.date && s.date->precision == 1 && !country_lead &&
                    s.first_sentence < e.first_sentence) {
                    e.date = s.date;
                }
            }
        }
    }
    erase_dropped(drafts, drop);
}

bool casualties_compatible(const Draft& a, const Draft& b) {
    if (a.toll_update || b.toll_update || a.dead_named_again || b.dead_named_again) {
        return true; // tolls rise as the dead are counted
    }
    // More dead, or another side's ("Two of the attackers were killed as well", "three
    // soldiers died" after "twenty militants were killed"): added up in merge_into.
    if (b.casualty_only && b.first_sentence <= a.last_sentence + 1 &&
        (b.adds_dead ||
         (a.dead_sides != 0 && b.dead_sides != 0 && (a.dead_sides & b.dead_sides) == 0))) {
        return true;
    }
    if (a.killed && b.killed) {
        const auto x = *a.killed, y = *b.killed;
        if ((x == 0) != (y == 0)) {
            return false; // "caused no deaths" is not the attack that killed three
        }
        // Reports of one event differ a little ("at least 15" / "14"), not by a third.
        if (x > 0 && y > 0 && std::abs(x - y) * 4 > std::max(x, y)) {
            return false;
        }
    }
    return true;
}

/// "a man killed in Wednesday's strike" and later "Nine tourists were killed in the attack": a
/// definite reference may give the whole toll where the first mention told of one victim.
bool lone_victim(const Draft& a, const Draft& b) {
    if (!b.definite || !a.killed || !b.killed) {
        return false;
    }
    return (*a.killed == 1 && *b.killed > 1) || (*b.killed == 1 && *a.killed > 1);
}

bool compatible(const Draft& a, const Draft& b) {
    if (a.list_id != 0 && a.list_id == b.list_id) {
        return false;
    }
    // "Near Daquq, militants attacked a police post, killing two" and "a roadside bomb hit a
    // vehicle near Laylan": events of two kinds told at two named towns are two events, even
    // when the first is only "an attack".
    // (A quarter and its city are one place: "shot dead in central Baghdad", then "gunmen
    // opened fire on him in the Karrada district".)
    const auto quarter_of = [](const Place& quarter, const Place& city) {
        return quarter.feature_code == "PPLX" && city.feature_code != "PPLX" &&
               geo::approx_distance_km({quarter.lat, quarter.lon}, {city.lat, city.lon}) <= 15.0;
    };
    if (a.type.event_type != b.type.event_type && !a.type.event_type.empty() &&
        !b.type.event_type.empty() && a.place.located() && b.place.located() &&
        a.place.place->id != b.place.place->id && a.place.precision < 3 && b.place.precision < 3 &&
        is_populated(a.place.place) && is_populated(b.place.place) &&
        !quarter_of(a.place.place, b.place.place) && !quarter_of(b.place.place, a.place.place)) {
        return false;
    }
    // "CTS takes control of K1 military base" and "Kirkuk governorate building: Iraqi flag
    // raised": two places taken are two events, however near.
    if (changes_territory(a) && changes_territory(b) && a.place.located() && b.place.located() &&
        a.place.place->id != b.place.place->id && a.place.precision == 1 &&
        b.place.precision == 1 && !a.definite && !b.definite) {
        return false;
    }
    // "Iranian missiles and drones struck camps in the Kurdistan Region on Wednesday, killing
    // 13", then "Eleven died in Koya, where missiles struck": an area's summary and one of its
    // places, each with its own toll, are told apart (drop_summaries settles the summary).
    const auto area = [](const Draft& d) {
        return d.place.located() && d.place.precision >= 3 &&
               (is_admin1(d.place.place) || d.place.place->feature_code == "RGN");
    };
    const auto town = [](const Draft& d) { return d.place.located() && d.place.precision < 3; };
    if (((area(a) && town(b)) || (area(b) && town(a))) && a.killed && b.killed &&
        *a.killed != *b.killed && a.first_sentence != b.first_sentence) {
        return false;
    }
    return same_family(a, b) && dates_compatible(a, b) && places_compatible(a, b) &&
           (a.from_title || b.from_title || casualties_compatible(a, b) || lone_victim(a, b));
}

/// There is something that ties the two mentions to one event.
bool linked(const Draft& older, const Draft& m) {
    if (m.definite || m.casualty_only) {
        return true;
    }
    // "the death of 25 demonstrators ..., after security forces opened fire on them": the dead
    // told first, in the same sentence, are this crowd's.
    if (older.casualty_only && older.type.event_type.empty() && m.type.event_type == "Protests" &&
        m.first_sentence == older.last_sentence) {
        return true;
    }
    // A headline summarises the report's lead event.
    if (older.from_title && !m.from_title &&
        (older.type.sub_event_type == m.type.sub_event_type || older.type.from_generic_attack ||
         m.type.from_generic_attack || headline_shooting(older, m))) {
        return true;
    }
    // (Who took territory is settled later: a capture is a capture.)
    // (A header's field, "Incident: IDF - 3x 122 mm rockets", told again in the narrative
    // after a few other fields, "Date/time: ...", "Details: three rockets impacted ...")
    const bool field = older.label && !older.place.located();
    if (m.first_sentence <= older.last_sentence + (field ? 3 : 1) && !m.type.event_type.empty() &&
        (older.type.sub_event_type == m.type.sub_event_type ||
         // (the bombing told again, its weapon named more exactly, with no day or place)
         (is_bomb(older) && is_bomb(m) && !m.date && !m.place.located()) ||
         (changes_territory(older) && changes_territory(m)) ||
         // ("the Iraqi flag raised over the governorate building. The Peshmerga left in the
         // night.": the town taken and the town left are one change of hands)
         (changes_territory(older) &&
          m.type.sub_event_type == "Non-violent transfer of territory" && !m.place.located()) ||
         // ("... had been seized, after clashes with Peshmerga units": the fight that took it)
         (changes_territory(older) && m.type.sub_event_type == "Armed clash" &&
          !m.place.located() && m.first_sentence == older.last_sentence))) {
        return true; // the next sentence goes on about the same kind of event
    }
    if (blast_then_weapon(older, m)) {
        return true;
    }
    // "Turkish forces neutralised four terrorists in northern Iraq" and then "The terrorists
    // were spotted in the Metina region and neutralised by an air-supported operation": a lead
    // told only as an attack somewhere in the country, and the next sentence's undated details.
    if (older.type.from_generic_attack && m.first_sentence <= older.last_sentence + 1 && !m.date &&
        m.place.located() && (!older.place.located() || is_country(older.place.place))) {
        return true;
    }
    // "... launched Operation Claw-Lock in the Metina, Zap and Avashin-Basyan regions on
    // Sunday" and then "Jets and drones struck caves in the three regions": how the offensive
    // just told was fought, with no place or day of its own.
    if (older.type.from_generic_attack && older.list_id != 0 &&
        m.first_sentence == older.last_sentence + 1 && !m.date && !m.place.located() &&
        !m.type.event_type.empty() && !m.type.from_generic_attack) {
        return true;
    }
    if (older.type.sub_event_type == "Attack" && m.type.sub_event_type == "Armed clash" &&
        m.actor2.empty() && !m.date && !m.place.located() &&
        m.first_sentence <= older.last_sentence + 1) {
        return true;
    }
    // "Police used water cannon to disperse the crowd" after the rally: the protest met force.
    const auto crowd = [](const Draft& d) {
        return d.type.event_type == "Protests" || d.type.event_type == "Riots";
    };
    // ("Police fired tear gas after rioters set fire to an office in Basra": the crowd told
    // after the force, with the place.)
    // ("protesters clash in Kirkuk city; four Kurds are shot dead": the crowd's dead)
    if (crowd(older) && m.type.sub_event_type == "Armed clash" && !m.place.located() &&
        m.actor2.empty() && m.first_sentence == older.last_sentence) {
        return true;
    }
    if (crowd_burning(older, m)) {
        return true;
    }
    // (Not "Protesters also blocked the entrance to the port of Umm Qasr" after the day's
    // riot in the city: a further act, at a place of its own.)
    if (crowd(older) && crowd(m) && m.also && m.place.located() &&
        (!older.place.located() || older.place.place->id != m.place.place->id)) {
        return false;
    }
    if (m.first_sentence <= older.last_sentence + 1 && crowd(older) && crowd(m) &&
        ((m.type.event_type == "Protests" && !m.place.located()) ||
         (!older.place.located() && m.place.located()))) {
        return true;
    }
    if (older.place.located() && m.place.located() && older.place.place->id == m.place.place->id &&
        !is_country(m.place.place)) {
        return true;
    }
    if (older.killed && m.killed && *older.killed > 1 && *older.killed == *m.killed &&
        !(older.date && m.date && older.date->precision == 1 && m.date->precision == 1 &&
          !(older.date->date == m.date->date))) {
        return true; // the same toll (not a lone death: those are too common to tell apart)
    }
    if (older.date && m.date && older.date->precision == 1 && m.date->precision == 1 &&
        older.date->date == m.date->date) {
        return true;
    }
    // "A U.S. citizen was shot dead in central Baghdad on Monday evening", then, under "What
    // happened?", "he was driving home in the Karrada district when gunmen opened fire": the
    // same kind of event told again at a place inside the first, with no day of its own.
    if (!m.date && older.date && older.place.located() && m.place.located() &&
        // (gunmen who "opened fire" on the one killed: the attack told)
        (older.type.sub_event_type == m.type.sub_event_type ||
         (older.type.sub_event_type == "Attack" && m.type.sub_event_type == "Armed clash")) &&
        !m.type.event_type.empty() && !m.separate && !m.series && !m.also &&
        older.place.place->id != m.place.place->id && !is_country(older.place.place) &&
        m.place.precision <= older.place.precision) {
        return true;
    }
    return false;
}

void merge_into(Draft& e, const Draft& m) {
    // ("troops at the governorate building, the Iraqi flag raised. The Peshmerga left in the
    // night.": a town taken from a force that left is handed over; the force that left lost it)
    if (changes_territory(e) && m.type.sub_event_type == "Non-violent transfer of territory" &&
        !m.place.located()) {
        e.type = m.type;
        Draft left = m;
        std::swap(left.actor1, left.actor2);
        std::swap(left.inter1, left.inter2);
        std::swap(left.actor1_needs_country, left.actor2_needs_country);
        merge_fields(e, left);
        return;
    }
    merge_fields(e, m);
}

void merge_fields(Draft& e, const Draft& m) {
    // ("attacked the village, killing a farmer", then "took his brother away": a killing
    // with a kidnapping stays a killing.)
    const bool killing_kept = e.type.sub_event_type == "Attack" && e.killed && *e.killed > 0 &&
                              m.type.sub_event_type == "Abduction/forced disappearance";
    if (e.type.event_type.empty() || (e.type.from_generic_attack && !m.type.from_generic_attack &&
                                      !m.type.event_type.empty() && !killing_kept)) {
        e.type = m.type;
    } else if (e.from_title && !m.from_title && e.type.event_type == m.type.event_type &&
               e.type.event_type == "Explosions/Remote violence" && !m.type.from_generic_attack &&
               !m.casualty_only && m.strength >= e.strength) {
        // ("US strikes Kataib Hezbollah sites after missile attack" over "U.S. forces struck two
        // facilities near Jurf al-Sakhar": the body tells the weapon more exactly)
        e.type = m.type;
    } else if (e.type.event_type == "Protests" && m.type.event_type == "Protests" &&
               protest_level(m.type.sub_event_type) > protest_level(e.type.sub_event_type)) {
        e.type.sub_event_type = m.type.sub_event_type;
    } else if (e.type.event_type == "Explosions/Remote violence" &&
               m.type.event_type == e.type.event_type && !m.type.from_generic_attack &&
               e.type.sub_event_type == "Remote explosive/landmine/IED" &&
               m.type.sub_event_type != e.type.sub_event_type && m.strength >= e.strength) {
        // "a bombing" then "the suicide bomber": the weapon named more exactly.
        e.type.sub_event_type = m.type.sub_event_type;
    } else if (e.type.sub_event_type == "Armed clash" && changes_territory(m) &&
               m.first_sentence == e.last_sentence) {
        // ("after three days of fighting, they took Manbij city": the fighting that took it)
        e.type = m.type;
    } else if (e.type.event_type == "Protests" && m.type.event_type == "Riots" &&
               e.type.sub_event_type != "Excessive force against protesters") {
        e.type = m.type; // the crowd turned violent
    } else if (e.type.event_type == "Protests" &&
               m.type.sub_event_type == "Looting/property destruction" &&
               e.type.sub_event_type != "Excessive force against protesters") {
        e.type = {"Riots", "Violent demonstration"}; // the crowd burned what it marched on
    }
    if (m.strength > e.strength) {
        e.strength = m.strength;
        e.evidence_sentence = m.evidence_sentence;
    }
    // (So are another side's dead told in a clause of their own: "20 enemy fighters were killed;
    // three of our soldiers died", not a count of the same dead again.)
    const bool other_side =
        m.dead_sides != 0 && e.dead_sides != 0 && (m.dead_sides & e.dead_sides) == 0;
    // ("Two traffickers were also killed and a third was arrested": more dead told with an act
    // of their own, no place of their own.)
    if ((m.casualty_only || (m.adds_dead && !m.place.located())) && (m.adds_dead || other_side) &&
        m.killed && e.killed && !m.toll_update && !e.toll_update &&
        m.first_sentence <= e.last_sentence + 1) {
        e.dead_sides |= m.dead_sides;
        e.killed = *e.killed + *m.killed; // ("... killed 27 policemen. Two of the attackers were
                                          // killed as well": 29)
    } else if ((m.estimate || m.claimed_count || e.claimed_count) && !m.toll_update && m.killed &&
               e.killed && *e.killed > 0 && *m.killed > 0) {
        e.killed = std::min(*e.killed, *m.killed); // (sources differ: the lowest count)
        e.claimed_count = e.claimed_count && m.claimed_count;
    } else if (m.killed && (!e.killed || *m.killed > *e.killed)) {
        e.killed = m.killed;
        e.dead_sides = m.dead_sides; // (whose dead the count kept are)
    }
    if (m.injured && (!e.injured || *m.injured > *e.injured)) {
        e.injured = m.injured;
    }
    e.absurd = e.absurd || m.absurd;
    // (a headline's day is the day it ran: the body's day of the event, as exact, wins)
    if (m.date && (!e.date || m.date->precision < e.date->precision ||
                   (e.from_title && !m.from_title && m.date->precision == e.date->precision))) {
        e.date = m.date;
    }
    // (A point measured from a town is not given up for the town itself told again: "struck
    // the site west of Basra" and then "the first attack on an oil company site in Basra".)
    const bool measured_from_it = e.place.relative && !m.place.relative &&
                                  e.place.place->id == m.place.place->id &&
                                  m.place.rank == e.place.rank;
    if (m.place.located() && !measured_from_it &&
        (!e.place.located() || m.place.rank > e.place.rank ||
         (m.place.rank == e.place.rank && m.place.precision < e.place.precision) ||
         (m.place.rank == e.place.rank && m.place.precision == e.place.precision &&
          m.place.uncertainty_m < e.place.uncertainty_m))) {
        e.place = m.place;
    }
    if (e.actor1.empty() && !m.actor1.empty()) {
        e.actor1 = m.actor1;
        e.inter1 = m.inter1;
        e.attribution = m.attribution;
        e.actor1_needs_country = m.actor1_needs_country;
    } else if (!m.actor1.empty() && e.attribution == "stated" && m.attribution != "stated" &&
               m.actor1 == e.actor1) {
        e.attribution = m.attribution;
    }
    // (Not the first side again: "Troops raised the flag" after "Iraqi forces regained Hit".)
    if (e.actor2.empty() && !m.actor2.empty() && m.actor2 != e.actor1) {
        e.actor2 = m.actor2;
        e.inter2 = m.inter2;
        e.actor2_needs_country = m.actor2_needs_country;
    }
    e.background_cue = e.background_cue || m.background_cue;
    e.from_title = e.from_title && m.from_title;
    e.label = e.label && m.label;
    e.last_sentence = std::max(e.last_sentence, m.last_sentence);
    e.toponyms.insert(e.toponyms.end(), m.toponyms.begin(), m.toponyms.end());
    e.heads.insert(e.heads.end(), m.heads.begin(), m.heads.end());
    e.sentences.insert(e.sentences.end(), m.sentences.begin(), m.sentences.end());
    e.confidence = std::max(e.confidence, m.confidence);
}

// ---------------------------------------------------------------------------------------------
// The per-article pass

/// The items of an article-wide list in text order (actor mentions, cues) that begin in [b, e)
/// and end by e: a view of the list, so asking for a clause's items copies nothing. Iterators
/// and pointers refer to the list's own items.
template <class Item>
class ItemsWithin {
public:
    class iterator {
    public:
        iterator(const Item* at, const Item* last, std::size_t e) : at_(at), last_(last), e_(e) {
            settle();
        }
        const Item& operator*() const { return *at_; }
        const Item* operator->() const { return at_; }
        iterator& operator++() {
            ++at_;
            settle();
            return *this;
        }
        bool operator==(const iterator& o) const { return at_ == o.at_; }

    private:
        /// Moves to the next item that ends by e, or to the end (last_) past those beginning
        /// before e. (Always inlined: GCC had left it a call of about ten instructions, made
        /// for every step of every view.)
        [[gnu::always_inline]] void settle() {
            while (at_ != last_ && at_->begin < e_ && at_->end > e_) {
                ++at_;
            }
            if (at_ != last_ && at_->begin >= e_) {
                at_ = last_;
            }
        }
        const Item* at_;
        const Item* last_;
        std::size_t e_;
    };

    /// hint: where the last such view of items began (any index: only a guess). The first
    /// item beginning at or after b is found by walking from it, as lower_bound finds it in the
    /// sorted list: a clause's or sentence's items are asked for again and again, and those
    /// of the next clause lie a step or two on (a binary search took about 50 instructions a
    /// view).
    ItemsWithin(const std::vector<Item>& items, std::size_t b, std::size_t e, std::size_t& hint)
        : last_(items.data() + items.size()), e_(e) {
        const Item* const data = items.data();
        const std::size_t n = items.size();
        std::size_t k = std::min(hint, n);
        while (k > 0 && data[k - 1].begin >= b) {
            --k;
        }
        while (k < n && data[k].begin < b) {
            ++k;
        }
        hint = k;
        first_ = data + k;
    }

    iterator begin() const { return {first_, last_, e_}; }
    iterator end() const { return {last_, last_, e_}; }
    bool empty() const { return begin() == end(); }
    const Item& front() const { return *begin(); }
    std::vector<Item> to_vector() const {
        std::vector<Item> out;
        std::size_t count = 0; // (reserved: each regrowth moved the items, names and all)
        for (auto it = begin(); it != end(); ++it) {
            ++count;
        }
        out.reserve(count);
        for (const auto& x : *this) {
            out.push_back(x);
        }
        return out;
    }

private:
    const Item* first_;
    const Item* last_;
    std::size_t e_;
};

/// The items a list of pointers points to, iterated as references (a filtered view of a list
/// without copies of its items).
template <class Item>
struct Pointees {
    const std::vector<const Item*>& pointers;
    struct iterator {
        const Item* const* at;
        const Item& operator*() const noexcept { return **at; }
        iterator& operator++() noexcept {
            ++at;
            return *this;
        }
        bool operator!=(const iterator& o) const noexcept { return at != o.at; }
    };
    iterator begin() const noexcept { return {pointers.data()}; }
    iterator end() const noexcept { return {pointers.data() + pointers.size()}; }
};

class ArticlePass {
public:
    ArticlePass(const PlaceLookup& lookup, const geo::DisputedTerritories* disputed,
                const io::Article& article, std::ostream* explain, MentionList mentions)
        : lookup_(lookup), disputed_(disputed), article_(article),
          doc_(article.text, token_class_table()), explain_(explain), mentions_(mentions) {}

    ExtractionResult run();

private:
    void find_mentions();
    void mention_clause(std::size_t sentence, std::size_t cb, std::size_t ce,
                        const std::optional<DateMention>& lead_date);
    PlaceChoice choose_place(std::size_t cb, std::size_t ce, std::size_t trigger,
                             std::vector<int>& used,
                             std::vector<PlaceChoice>* coordinated = nullptr,
                             bool territorial = false) const;
    bool is_origin(std::size_t cb, std::size_t at) const;
    /// Indices [first, last) of the toponyms that begin within 16 tokens of [b, e): what a
    /// clause's rules look at, found without walking a long article's every name.
    std::pair<std::size_t, std::size_t> toponyms_near(std::size_t b, std::size_t e) const;
    bool is_aftermath_or_destination(std::size_t cb, std::size_t at) const;
    void coordinated_places(std::size_t cb, std::size_t ce, std::size_t chosen,
                            std::vector<PlaceChoice>& out) const;
    void choose_actors(Draft& d, std::size_t sb, std::size_t se, std::size_t cb, std::size_t ce,
                       std::size_t trigger_begin, std::size_t trigger_end) const;
    void add(Draft&& m);
    /// "Turkish forces launched an operation": a state's forces named before a launch verb
    /// right before token `at`.
    bool launched_by_state(std::size_t cb, std::size_t at) const;
    /// A state's forces named before the strikes at token `at`, and an exact day, in tokens
    /// [b, e).
    bool state_strikes_on_day(std::size_t b, std::size_t e, std::size_t at) const;
    /// "US strikes", "coalition strikes" in tokens [b, e).
    bool strikes_by_air_power(std::size_t b, std::size_t e) const;
    bool strike_noun(std::size_t b, std::size_t e) const;
    /// Past "on", a weekday and the bracket or comma before the date it names, from token k
    /// (before e): where "on Saturday (25 November)" writes its date.
    std::size_t past_weekday_lead(std::size_t k, std::size_t e) const;
    /// Sites as the object right after token `at` ("two Kata'ib Hizballah facilities",
    /// "three weapons depots"), before `ce`.
    bool struck_sites(std::size_t at, std::size_t ce) const;
    /// "in the city", "the town's": the town last named before token cb (in the sentence's
    /// paragraph or the one before), when tokens [cb, ce) refer to one that way.
    const Toponym* town_referred(std::size_t sentence, std::size_t cb, std::size_t ce) const;
    /// Why a paragraph tells no event of its own, "" when it may: a portal's topic line ("**
    /// 2021 Baghdad bombings"), a map's reference layer ("[Layer: Sit-in squares
    /// (reference)]"), an item a moderator marks "NOT AN INCIDENT". Found once per paragraph.
    std::string_view paragraph_without_events(std::size_t paragraph) const;
    /// "He claims that in March 2018 PMF members held him ... I do not find this part of his
    /// account credible.": a claim the decision goes on to disbelieve, in its paragraph.
    bool disbelieved_claim(std::size_t sentence, std::size_t cb, std::size_t ce) const;
    bool topic_line(const text::Paragraph& par) const;
    bool reference_layer(const text::Paragraph& par) const;
    /// "status: NOT AN INCIDENT - celebratory gunfire", "Not an incident: fireworks": a
    /// moderator's or analyst's verdict on the item the paragraph holds (in it, or in a
    /// "status:" field of the next paragraph, after an item's heading line).
    bool marked_not_incident(std::size_t paragraph) const;
    /// Per paragraph, the place a quiz's answer key gives for the numbered question the
    /// paragraph opens (empty when the text has no answer key).
    std::vector<const Toponym*> quiz_answer_places() const;
    /// "two car bombs exploded in the centre of the capital": the capital of the country the
    /// article is about, when the article names it (its dateline or text).
    const Toponym* capital_referred(std::size_t cb, std::size_t ce) const;
    const Toponym* paragraph_town(std::size_t sentence, std::size_t cb) const;
    /// Token i lies in an aside between commas before token `tb` that says who someone is
    /// ("Hisham al-Hashimi, an analyst who advised the government on Islamic State, was shot
    /// dead"): a side named there is described, not acting.
    bool in_apposition(std::size_t cb, std::size_t i, std::size_t tb) const;
    /// "across southern Iraq", "throughout the country", "nationwide" in tokens [b, e): what
    /// the clause tells is spread over a region, not one place.
    bool spread_across_region(std::size_t b, std::size_t e) const;
    /// "in the al-Qaim strikes", "in those strikes": a plural strike noun among `cues` made
    /// definite (from clause start `cb`), after a strike the report has told.
    bool named_strikes_told(std::size_t cb, const ItemsWithin<CueMatch>& cues) const;
    /// The sites a passive sentence after `sentence` lists ("Caves and shelters were destroyed
    /// in the Zap, Hakurk and Avashin regions") when it tells no event of its own: the first
    /// into `place`, the rest into `others`.
    void sites_told_next(std::size_t sentence, PlaceChoice& place,
                         std::vector<PlaceChoice>& others) const;
    /// "Strikes hit facilities in Jurf al-Sakhar", "overnight strikes destroyed a depot": the
    /// plural noun heading its clause (from `cb`) as the subject of the hit verb at `at`.
    const Draft* the_strikes_again(std::size_t cb, std::size_t at) const;
    const Draft* latest_strikes(std::size_t here) const;
    bool strikes_as_subject(std::size_t cb, std::size_t at) const;
    void narrative_year(DateMention& d, std::size_t sentence) const;
    /// The one year a report's title names as what it covers, before the year it was published
    /// in ("Country Reports on Terrorism 2016: Iraq", "Annual report 2024: Basra"): a year alone
    /// after a word, ending the title or before its colon, in a title that says report, review,
    /// annual or yearbook; 0 when there is none. Found once.
    int title_year() const;
    mutable int title_year_ = -1;

    /// "The targets included a depot near Al-Qaim and a command post near Jurf al-Sakhar": the
    /// places of the event just told in a country as a whole.
    /// "... left 11 dead, the council said on Wednesday; it happened on Tuesday night": a
    /// clause that only tells when the event just told happened dates it.
    bool happened_on(std::size_t sentence, std::size_t cb, std::size_t ce);
    void targets_of_last(std::size_t sentence, std::size_t cb, std::size_t ce);
    /// The one town (or the point measured from it) the sentence before `sentence` names,
    /// where no event was told; none otherwise.
    PlaceChoice place_told_before(std::size_t sentence) const;
    /// "... exploded outside the station": the place named with that site ("the Iskandariya
    /// police station") in the sentences before; none otherwise.
    PlaceChoice site_named_before(std::size_t sentence) const;
    /// "One person was killed when drones hit a camp at Zirgwez, and one more at a camp near
    /// Pirde": the event just told, again at another place, with its own count.
    bool more_elsewhere(std::size_t sentence, std::size_t cb, std::size_t ce);
    /// A roundup's label of paragraph `par` ("* NASIRIYAH - Protesters set fire ..."), when two
    /// or more paragraphs open with one: the toponym's index, else -1.
    int section_label(std::size_t par) const;
    /// The place a section label (toponym index) gives its paragraph's events: a town or site
    /// itself, a province only as a province (gp 3).
    PlaceChoice label_place(int label) const;
    /// Whether the article's title or first heading names protests ("IRAQ PROTESTS - STYLE
    /// NOTES", "Protests: day five").
    bool protest_heading() const;
    mutable std::optional<std::vector<std::pair<std::size_t, int>>> section_labels_;
    void attribute();
    bool refers_back(std::size_t b, std::size_t e) const;
    ItemsWithin<ActorMention> actors_in(std::size_t b, std::size_t e) const {
        return {actors_, b, e, actors_hint_};
    }
    ItemsWithin<CueMatch> cues_in(std::size_t b, std::size_t e) const {
        return {cues_, b, e, cues_hint_};
    }
    /// Where the last view of actors_ and cues_ began (ItemsWithin's guesses).
    mutable std::size_t actors_hint_ = 0;
    mutable std::size_t cues_hint_ = 0;
    bool has_generic_cue(std::size_t b, std::size_t e) const;
    void finish(ExtractionResult& out);
    /// The one day named in a headline that tells no event ("Incident log, 17 June 2019",
    /// "Live updates, 1 March:"), within a month before the report: the day of its items.
    std::optional<Date> title_day(std::optional<Date> ref) const;
    /// The day an incident report's field gives ("DTG of attack: 261930CJAN20", "Date of
    /// incident: 14 July 2020"), in its first lines.
    std::optional<Date> incident_day() const;
    std::size_t header_end(std::size_t paragraphs) const;
    mutable int header_paragraphs_ = -1; ///< header_end's short paragraphs, once found
    std::string country_name(const std::string& code) const;
    /// A site inside a town ("the Iranian consulate", "the provincial council building",
    /// "streets", "the city"), with no other town named in the sentence.
    bool names_town_site(std::size_t sentence) const;
    /// The paragraph and the one before it are numbered items of one statement ("2. On the 16th
    /// day of September 2007 ... I was waiting in traffic at Nisour Square" / "3. Without
    /// warning the guards opened fire"): a sworn statement's or a list's narrative goes on
    /// across them.
    bool numbered_statements(std::size_t paragraph) const;
    /// "a nearby village", "the neighbouring town".
    bool names_nearby_village(std::size_t sentence) const;
    /// "the village of Khanasor": a village the gazetteer may not know.
    bool names_unknown_village(std::size_t sentence) const;
    /// "on the same base", "the same town" in tokens [b, e): the place of the event just
    /// told; the words' token range, or {0, 0}.
    std::pair<std::size_t, std::size_t> names_same_site(std::size_t b, std::size_t e) const;
    /// "This was the second attack on the plant in four days.": the site noun's token of a
    /// tally told in the sentence of `at` before it or in the two sentences before in its
    /// paragraph (0 when none), whose attacks the sentences that follow go on to tell.
    std::size_t tallied_site(std::size_t at) const;
    /// The event place the dateline's town gives (its point, named as in the dateline).
    PlaceChoice dateline_choice(const Toponym& dateline) const;
    /// "the town" in tokens [b, e) of a clause opening at `cb`: the one town named earlier in
    /// the same sentence, before the clause (near it with "outskirts of", "near", "around").
    std::optional<PlaceChoice> town_earlier_in_sentence(std::size_t cb, std::size_t b,
                                                        std::size_t e) const;
    /// "the compound" in a clause at `cb` when the four sentences before named a compound (the
    /// word `site`) the gazetteer lacks "near Zubair" or "in Zubair": that town (gp 2 near it).
    std::optional<PlaceChoice> unnamed_site_before(std::string_view site, std::size_t cb) const;
    /// The one town named from the start of the sentence before (same paragraph) up to the
    /// clause at `cb`.
    std::optional<PlaceChoice> town_told_before(std::size_t cb) const;
    /// The index of the one town (populated place) named in tokens [from, cb), -1 if none or
    /// two different ones.
    int one_town_between(std::size_t from, std::size_t cb) const;

    const PlaceLookup& lookup_;
    const geo::DisputedTerritories* disputed_;
    const io::Article& article_;
    Document doc_;
    std::ostream* explain_;
    MentionList mentions_;
    std::size_t lists_ = 0; ///< list_id of the last list of places split into events
    std::vector<Toponym> toponyms_;
    DocumentFocus focus_;
    std::vector<Draft> drafts_;
    /// A dataset record told in labelled fields ("Date: 17 March 2017. Location: Badush, ...
    /// Summary: ... Deaths: best estimate 21"): its fields give the event's day, place and
    /// dead, whatever the summary's words say.
    struct RecordFields {
        std::optional<DateMention> date;
        PlaceChoice place;
        std::optional<int> deaths;
        std::optional<int> injured;
        std::vector<int> toponyms;
        bool table = false;         ///< a table's row: its count columns are the counts
        bool strikes = false;       ///< a row of a strike table ("DATE | NEAR | STRIKES | ...")
        bool place_if_none = false; ///< the place only for an event that names none
    };
    std::map<std::size_t, RecordFields> records_; ///< by paragraph
    void find_records();
    /// Rows of a table written with "|" under a header that names its columns ("Date | Type |
    /// Dead | Injured | Location | Details"): each row paragraph's day, place and counts.
    void find_table_rows();
    std::vector<Draft> pending_;       ///< casualty mentions waiting for their event
    std::vector<ActorMention> actors_; ///< every actor mention, found once
    std::vector<CueMatch> cues_;       ///< every cue, sentence by sentence, found once
    /// The clauses of find_mentions' sentence (one list for the article's sentences).
    Clauses clauses_;
    /// non_event_reason's words in the document, found when a trigger is first asked about.
    mutable std::optional<NonEventWords> non_event_words_;
    /// paragraph_without_events's answer per paragraph, once asked (-1 not yet, else an index
    /// into its reasons).
    mutable std::vector<signed char> without_events_;
    std::string_view non_event_reason_of(std::size_t clause_begin, const CueMatch& trigger) const {
        if (!non_event_words_) {
            non_event_words_.emplace(doc_);
        }
        return non_event_reason(doc_, clause_begin, trigger, *non_event_words_);
    }
    /// Makes "fell" after a town that is its subject a takeover ("Tal Afar fell on 27 August"),
    /// and a town "seized"/"captured", or a town's centre "entered".
    void towns_that_fell();
    /// Makes a headline's present-tense "attacks", "strikes", "hits", "targets" after an actor
    /// or weapon a verb ("IS attacks army post near Laylan"), and "damaged" after a weapon an
    /// attack ("a drone damaged a well").
    void headline_verbs();
    std::map<std::string, int> weapon_votes_;
    /// Places choices refer to that no toponym holds (a country named by its demonym).
    mutable std::vector<std::shared_ptr<const Place>> kept_places_;
    /// country_name's answers (code, name).
    mutable std::vector<std::pair<std::string, std::string>> country_names_;
    /// A look back over the past week ("Weekly security roundup", "the past week saw"): a
    /// weekday named on the report's own weekday is last week's.
    bool week_in_review_ = false;
    /// A roundup of incidents ("Monthly security roundup", "weekly", "week in review").
    bool roundup_ = false;
    /// An almanac column ("Today in History", "On this day"): its items open with a year
    /// ("2016 - Two suicide bombers ...", "In 2009, two truck bombs ..."), each on the
    /// column's day and month of that year. Tokens [begin, end) of each item, and its year.
    struct AlmanacItem {
        std::size_t begin = 0, end = 0, year_at = 0;
        int year = 0;
    };
    std::vector<AlmanacItem> almanac_items_;
    int almanac_month_ = 0, almanac_day_ = 0;
    void find_almanac_items();
    /// The almanac item holding token k, if any.
    const AlmanacItem* almanac_item_at(std::size_t k) const;
    /// A corrections column, or a report that corrects itself ("Corrections and
    /// clarifications", "The readers' editor", "An earlier version of this story said ..."):
    /// what it quotes of its own earlier reports was wrong.
    bool corrections_ = false;
    /// The sentence tells what one of the publication's own items said ("Our first web
    /// headline read \"Attack in Karbala kills 31\"", "A picture caption (23 July) said jets
    /// had struck \"near Zakho\""): in a corrections column, the error, not an event. The
    /// tokens of what the item said and the end of that part of the sentence (a semicolon may
    /// go on with the facts: "...; it exploded in Aziziyah"); both the sentence's start when it
    /// tells no such thing.
    std::pair<std::size_t, std::size_t> misreport_span(std::size_t sentence) const;
    /// The day the latest misreport told ("The sentence read: \"A car bomb exploded ... on
    /// Monday\""), and its sentence: the corrected account after it is often of that day.
    std::optional<DateMention> misreport_day_;
    std::size_t misreport_sentence_ = SIZE_MAX;
    /// The period a report covers, named in its title or heading ("Nineveh and the north, 1-15
    /// March 2023", "quarterly, April-June 2021", "selected November 2018 entries") when it was
    /// published within a month after: its dated incidents are what it reports, not background.
    std::optional<std::pair<Date, Date>> report_period_;
    /// Token ranges of sections a heading names as removed or retracted entries ("### Removed",
    /// "Retracted:"): what they list is no event.
    std::vector<std::pair<std::size_t, std::size_t>> removed_sections_;
    std::vector<std::pair<std::size_t, std::size_t>> removed_sections() const;
    std::optional<std::pair<Date, Date>> report_period() const;
    /// The latest day heading of a live blog ("Sunday, 3 July"): the day of undated entries.
    std::optional<DateMention> section_date_;
    /// A letter's or diary's day opening its paragraph ("Thursday 12 March. Dear Mum, ...
    /// Last night, Wednesday, rockets came in"): the day its relative dates count from.
    std::size_t dated_paragraph_ = SIZE_MAX;
    Date paragraph_day_;
    std::optional<DateMention> day_heading(std::size_t sentence) const;
    std::optional<DateMention> day_line(std::size_t sentence) const;
    /// The header lines of the messages of a thread (a mail, a quoted mail, a forum post) and
    /// their days, in text order: see message_header.
    std::vector<std::pair<std::size_t, Date>> message_headers_;
    /// A coded event table's rows, "896310442  20191228  MILITIA  UNITED STATES  190  Kirkuk,
    /// ..." or "20210509 | 186 Assassinate | ...": each row's day (YYYYMMDD) is the day its
    /// story's lead, quoted under it, counts "on Friday" from (kept with the messages' days).
    void find_coded_rows();
    std::vector<std::size_t> quoted_rows_; ///< rows with their story's lead quoted under them
    /// The lead date given to mention_clause is a dataset record's field ("date_start ...").
    bool record_fields_lead_ = false;
    std::optional<Date> message_header(std::size_t sentence) const;
    /// A feed item's first line ("<item>", its "<title>") before its "<pubDate>" line.
    std::size_t feed_item_start(std::size_t sentence) const;
    /// An aggregator card's header line, "[Source] 4 hours ago": the card's day.
    std::optional<Date> card_header(std::size_t sentence) const;
    /// A feed's field line that tells nothing: "<category>Protests</category>", "<link>".
    bool feed_field(std::size_t sentence) const;
    /// A reply's quote of words the thread told before ("> dohukdaisy: A dozen missiles"):
    /// told again, no event of its own.
    bool quotes_ = false;
    bool quoted_again(std::size_t cb, std::size_t ce) const {
        if (!quotes_) {
            return false;
        }
        const std::string& text = doc_.text();
        std::size_t b = doc_.tokens()[cb].begin;
        std::size_t line = b;
        while (line > 0 && text[line - 1] != '\n') {
            --line;
        }
        std::size_t q = line;
        while (q < b && (text[q] == ' ' || text[q] == '\t')) {
            ++q;
        }
        if (q >= b || text[q] != '>') {
            return false;
        }
        // (past the quoted writer's name: "> dohukdaisy: ...")
        for (std::size_t k = cb; k + 2 < ce && k < cb + 3; ++k) {
            if (doc_.surface(k + 1) == ":") {
                b = doc_.tokens()[k + 2].begin;
                break;
            }
        }
        std::size_t e = doc_.tokens()[ce - 1].end;
        const std::size_t eol = text.find('\n', b);
        e = std::min(e, eol == std::string::npos ? text.size() : eol);
        if (e < b + 12) {
            return false;
        }
        const std::string_view words(text.data() + b, e - b);
        return std::string_view(text.data(), line).find(words) != std::string_view::npos;
    }
    /// The day of the message a sentence is in (the thread's title or subject: its first
    /// message's).
    std::optional<Date> message_day(std::size_t sentence) const {
        if (message_headers_.empty()) {
            return std::nullopt;
        }
        const auto after = std::upper_bound(
            message_headers_.begin(), message_headers_.end(), sentence,
            [](std::size_t s, const std::pair<std::size_t, Date>& h) { return s < h.first; });
        if (after != message_headers_.begin()) {
            return std::prev(after)->second;
        }
        // (Before the first header, within the first lines: the thread's title or subject.)
        if (doc_.sentences()[message_headers_.front().first].paragraph <= 3) {
            return message_headers_.front().second;
        }
        return std::nullopt;
    }
    /// The day relative dates in a sentence count from: its letter's day, else its message's,
    /// else the report's.
    std::optional<Date> reference_of(std::size_t sentence) const {
        if (doc_.sentences()[sentence].paragraph == dated_paragraph_) {
            return paragraph_day_;
        }
        const auto day = message_day(sentence);
        return day ? day : article_.published;
    }
    std::optional<DateMention> log_heading(std::size_t sentence) const;
    std::optional<DateMention> record_header(std::size_t sentence) const;
    /// "1. 26 November 2018, Khalis (Khalis district)." heading a numbered item: its day, and
    /// where the place named after it begins (the header's end in `end`).
    std::optional<DateMention> numbered_item_header(std::size_t sentence, std::size_t& end) const;
    /// "- 402117 (2022-08-09, Government of Turkey - PKK): ...", "[346120] 2021-06-05 | ...",
    /// "Record 318840. Government of Iraq - Civilians, 2019-10-04. ...": a paragraph that opens
    /// with an event dataset's record id and its day, written year first.
    std::optional<DateMention> dataset_record_opening(std::size_t paragraph) const;
    /// A day told with its year ("on 21 October 2016"), more than 60 days before the report.
    bool told_in_full_long_before(const DateMention& d) const {
        bool year_told = false;
        for (std::size_t y = d.begin; y < d.end; ++y) {
            year_told = year_told || year_number(doc_, y) > 0;
        }
        return year_told && article_.published &&
               article_.published->days_since_epoch() - d.date.days_since_epoch() > 60;
    }
    std::size_t header_line_end(std::size_t sentence) const; ///< end of its first line
    /// The day told by the sentence that opens a list ("On Aug. 22, coalition forces conducted
    /// 11 strikes:" then "- Near Qayyarah, ..."): the day of its undated items.
    std::optional<DateMention> list_date_;
    std::optional<ActorMention> list_actor_; ///< the subject of the sentence opening a list
    /// The one place the sentence opening a list names ("three attacks on the Erbil air base:"),
    /// a toponym's index, or -1.
    int list_place_ = -1;
    /// A line that is an item of a list: bulleted ("- ", "• "), numbered ("3) ") or timed
    /// ("08:05 Sadr City: ...").
    bool list_item(std::size_t sentence) const;
    /// The first sentence of the line that holds this one.
    std::size_t line_start(std::size_t sentence) const;
    /// A security digest's line label, "04/09 - Basra / Basra city / Provincial Council - ...",
    /// "> 15/04, Kirkuk / Dibis / nr Dibis - IED vs ISF patrol": the line's date and its most
    /// specific place (the last name of the slash-separated grid).
    struct GridLabel {
        int toponym = -1;
        int precision = 1;
        std::optional<DateMention> date;
    };
    std::optional<GridLabel> grid_label(std::size_t sentence) const;
    std::map<std::size_t, GridLabel> grid_labels_; ///< line-start sentence -> its label
    /// Two mentions each telling a different day of their own, in their own sentences.
    bool told_on_other_days(const Draft& e, const Draft& m) const;
    /// Two mentions each placed exactly at a different town (or quarter) of their own.
    bool told_at_other_places(const Draft& e, const Draft& m) const;
    /// The sentence is in a transcript's question turn (a paragraph opening "Q:", "Q (name):"
    /// or "QUESTION:") whose answer, the next paragraph, opens by denying it.
    bool denied_question(std::size_t sentence) const;
    /// ", which killed 32 people", ", in which four guests were shot dead": a relative clause
    /// in [from, ce) telling the dead of the event named before it.
    bool toll_told_after(std::size_t from, std::size_t ce) const;
    std::size_t running_toll_aside(std::size_t from, std::size_t ce) const;
    /// The mention m is in a numbered or bulleted item after the one where e was told.
    bool other_list_item(const Draft& e, const Draft& m) const;
};

/// A paragraph that is only a day: "Saturday, 2 September", "3 July 2016", "Sunday 3 July".
std::optional<DateMention> ArticlePass::day_heading(std::size_t sentence) const {
    const auto& sent = doc_.sentences()[sentence];
    const auto& par = doc_.paragraphs()[sent.paragraph];
    // "== Provincial council siege (29 March 2011) ==", "## Siege of the council (29 March
    // 2011)": a wiki's or a document's section heading on a line of its own, with one full
    // date in brackets, dates the section's undated events.
    if (sent.token_end > sent.token_begin + 4 &&
        (doc_.surface(sent.token_begin) == "=" || doc_.surface(sent.token_begin) == "==" ||
         doc_.surface(sent.token_begin) == "#" || doc_.surface(sent.token_begin) == "##") &&
        (sent.token_end == par.token_end ||
         doc_.tokens()[sent.token_end].is(text::kNewlineBefore)) &&
        cues_in(sent.token_begin, sent.token_end).empty()) {
        std::optional<DateMention> found;
        for (const auto& d :
             find_dates(doc_, sent.token_begin, sent.token_end, article_.published)) {
            // (in brackets, what the section tells: not a changelog's "## [4.0.0] -
            // 2023-02-01", the day of a release)
            if (d.precision == 1 && writes_year(doc_, d) && d.begin > sent.token_begin &&
                doc_.surface(d.begin - 1) == "(") {
                if (found) {
                    return std::nullopt; // (two days: a range, no one day)
                }
                found = d;
            }
        }
        return found;
    }
    if (par.token_begin != sent.token_begin || par.token_end != sent.token_end) {
        return std::nullopt;
    }
    return day_line(sentence);
}

/// A record's header line: the first line of a paragraph made of fields parted by "|" ("ID |
/// 15/01/2018 | Baghdad, Baghdad, Iraq"), with one full date and no event cue. That date.
std::size_t ArticlePass::header_line_end(std::size_t sentence) const {
    const auto& sent = doc_.sentences()[sentence];
    std::size_t end = sent.token_begin + 1;
    while (end < sent.token_end && !doc_.tokens()[end].is(text::kNewlineBefore)) {
        ++end;
    }
    return end;
}

std::optional<DateMention> ArticlePass::record_header(std::size_t sentence) const {
    const auto& sent = doc_.sentences()[sentence];
    const auto& par = doc_.paragraphs()[sent.paragraph];
    static constexpr text::ScanWords kBar{"|"};
    if (par.token_begin != sent.token_begin ||
        !doc_.may_hold<kBar>(sent.token_begin, sent.token_end)) {
        return std::nullopt;
    }
    const std::size_t end = header_line_end(sentence);
    if (end - sent.token_begin > 24) {
        return std::nullopt;
    }
    // (An id, a day and a place, parted by bars; not a web page's "21 January 2024 | 08:15"
    // over its lead: no time of day.)
    std::size_t bars = 0;
    for (std::size_t k = sent.token_begin; k < end; ++k) {
        bars += doc_.surface(k) == "|" ? 1 : 0;
        if (doc_.surface(k) == ":" && k > sent.token_begin && k + 1 < end &&
            doc_.tokens()[k - 1].is(text::kNumber) && doc_.tokens()[k + 1].is(text::kNumber)) {
            return std::nullopt;
        }
    }
    const auto [lo, hi] = toponyms_near(sent.token_begin, end);
    bool place = false;
    for (std::size_t t = lo; t < hi && !place; ++t) {
        place = toponyms_[t].begin >= sent.token_begin && toponyms_[t].end <= end &&
                toponyms_[t].place() != nullptr;
    }
    if (bars < 2 || !place || !cues_in(sent.token_begin, end).empty()) {
        return std::nullopt;
    }
    std::optional<DateMention> found;
    for (const auto& d : find_dates(doc_, sent.token_begin, end, article_.published)) {
        if (d.precision != 1 || d.since || found) {
            return std::nullopt; // (two days: a range or a list, no one record's)
        }
        found = d;
    }
    // (Not the first of rows that each hold their own day, a story map's "Stop 1 - Gogjali | 1
    // November 2016 | ..." wrapped over lines and then "Stop 2 - Mosul airport | 23 February
    // 2017 | ...": every row is its own record.)
    std::size_t line = end, line_bars = 0;
    for (std::size_t k = end; found && k < par.token_end; ++k) {
        if (doc_.tokens()[k].is(text::kNewlineBefore)) {
            line = k;
            line_bars = 0;
        }
        if (doc_.surface(k) == "|" && ++line_bars == 2 &&
            !find_dates(doc_, line, k, article_.published).empty()) {
            return std::nullopt;
        }
    }
    return found;
}

std::optional<DateMention> ArticlePass::dataset_record_opening(std::size_t paragraph) const {
    const auto& par = doc_.paragraphs()[paragraph];
    std::size_t k = par.token_begin;
    const auto opener = k < par.token_end ? doc_.surface(k) : std::string_view();
    if (opener == "-" || opener == "[" || text::is_bullet(opener) || doc_.lower(k) == "record") {
        ++k;
    }
    if (k >= par.token_end || !doc_.tokens()[k].is(text::kNumber) || doc_.surface(k).size() < 5 ||
        doc_.surface(k).find_first_not_of("0123456789") != std::string_view::npos) {
        return std::nullopt;
    }
    // (its day within the record's opening words: "(2022-08-09, ...", "] 2021-06-05 |",
    // ". Government of Iraq - Civilians, 2019-10-04.")
    const std::size_t end = std::min<std::size_t>(par.token_end, k + 14);
    for (const auto& d : find_dates(doc_, k + 1, end, article_.published)) {
        if (d.precision == 1 && !d.since && !d.year_only && d.end > d.begin &&
            doc_.tokens()[d.begin].is(text::kNumber) && doc_.surface(d.begin).size() == 4) {
            return d; // (written in full, year first: a dataset's day)
        }
        break;
    }
    return std::nullopt;
}

std::optional<DateMention> ArticlePass::numbered_item_header(std::size_t sentence,
                                                             std::size_t& end) const {
    const auto& sentences = doc_.sentences();
    const auto& first = sentences[sentence];
    const std::size_t n = first.token_begin;
    if (doc_.paragraphs()[first.paragraph].token_begin != n || first.token_end < n + 2 ||
        !doc_.tokens()[n].is(text::kNumber) || doc_.surface(n).size() > 2 ||
        (doc_.surface(n + 1) != "." && doc_.surface(n + 1) != ")")) {
        return std::nullopt;
    }
    // (the number may be a sentence of its own: "1." then "26 November 2018, Khalis ...")
    std::size_t b = n + 2;
    std::size_t e = first.token_end;
    if (b == e) {
        if (sentence + 1 >= sentences.size() ||
            sentences[sentence + 1].paragraph != first.paragraph) {
            return std::nullopt;
        }
        e = sentences[sentence + 1].token_end;
    }
    if (e < b + 3 || e > b + 22) {
        return std::nullopt;
    }
    // (the day right after the item's number, exact, and no event told in the header)
    const auto dates = find_dates(doc_, b, e, article_.published);
    if (dates.empty() || dates.front().begin != b || dates.front().precision != 1 ||
        dates.front().since || !cues_in(b, e).empty()) {
        return std::nullopt;
    }
    // (one item to the paragraph: not "1) 22 Feb - ...", "2) 1 Mar - ..." on lines of their
    // own, each with its day)
    const std::size_t par_end = doc_.paragraphs()[first.paragraph].token_end;
    for (std::size_t k = e; k + 1 < par_end; ++k) {
        if (doc_.tokens()[k].is(text::kNewlineBefore) && doc_.tokens()[k].is(text::kNumber) &&
            (doc_.surface(k + 1) == "." || doc_.surface(k + 1) == ")")) {
            return std::nullopt;
        }
    }
    end = e;
    return dates.front();
}

/// A sentence that is only a day (as a day heading is), wherever it stands.
std::optional<DateMention> ArticlePass::day_line(std::size_t sentence) const {
    const auto& sent = doc_.sentences()[sentence];
    // (also a weekday in brackets after the date: "July 20, 2022 (Wednesday)", a portal's day)
    if (sent.token_end - sent.token_begin > 8) {
        return std::nullopt;
    }
    bool day = false;
    std::size_t brackets = 0;
    for (std::size_t k = sent.token_begin; k < sent.token_end; ++k) {
        const auto w = doc_.lower(k);
        brackets += w == "(" || w == ")" ? 1 : 0;
        if (text::month_from_word(w) > 0 || text::weekday_from_word(w) >= 0) {
            day = true;
        } else if (!doc_.tokens()[k].is(text::kNumber) && w != "," && w != "." && w != "-" &&
                   w != "(" && w != ")") {
            return std::nullopt;
        }
    }
    if (sent.token_end - sent.token_begin > 6 + brackets) {
        return std::nullopt;
    }
    if (!day) {
        return std::nullopt;
    }
    // ("Sunday, 3 July" tells the day twice: the date with its month wins.)
    const auto dates = find_dates(doc_, sent.token_begin, sent.token_end, article_.published);
    std::optional<DateMention> found;
    for (const auto& d : dates) {
        if (d.precision == 1 && (!found || d.end - d.begin > found->end - found->begin)) {
            found = d;
        }
    }
    return found;
}

/// The words a message header holds ("Sent:", "... wrote:", "Posted on"): message_header's
/// tests all open with one of them.
constexpr text::ScanWords kHeaderWords{"date", "sent",   "wrote",     "posted",
                                       "post", "\u00bb", "published", "pubdate"};

/// A message's header line in a mail or a thread: "Date: Thu, 16 Aug 2007 08:05", "Sent:
/// Monday 5 March 2012 22:10", "> On Wed, 15 Aug 2007 at 19:22, Programme Manager wrote:",
/// "Cairo_Kid wrote on Sun 4 April 2010, 12:03:", "Post by ibn_Dujail » 07 Jul 2016 23:58".
/// A short line with a day written in full (with its year) and a word of a mail's or a forum's
/// header, and no event cue: the day the message under it was written, from which its
/// "yesterday" and "tonight" count, up to the next such header.
void ArticlePass::find_coded_rows() {
    quoted_rows_.clear();
    std::vector<std::pair<std::size_t, Date>> rows;
    const auto& sentences = doc_.sentences();
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const std::size_t b = sentences[s].token_begin;
        if (b != 0 && !doc_.tokens()[b].is(text::kNewlineBefore)) {
            continue;
        }
        // (the row's date, first or after the row's id)
        for (std::size_t k = b; k < sentences[s].token_end && k < b + 2; ++k) {
            const auto w = doc_.surface(k);
            if (!doc_.tokens()[k].is(text::kNumber) || w.size() != 8 || w[0] < '1' || w[0] > '2') {
                continue;
            }
            // (read as the ISO day it writes: Date::parse's checks of digits, range and day)
            const std::array<char, 10> iso{w[0], w[1], w[2], w[3], '-',
                                           w[4], w[5], '-',  w[6], w[7]};
            if (const auto day = Date::parse(std::string_view(iso.data(), iso.size()))) {
                rows.emplace_back(s, *day);
                break;
            }
        }
    }
    if (rows.size() < 2) {
        return; // (a table has rows)
    }
    for (const auto& [s, day] : rows) {
        if (s + 1 < sentences.size() && doc_.surface(sentences[s + 1].token_begin) == "\"" &&
            doc_.tokens()[sentences[s + 1].token_begin].is(text::kNewlineBefore)) {
            quoted_rows_.push_back(s);
        }
    }
    message_headers_.insert(message_headers_.end(), rows.begin(), rows.end());
    std::sort(message_headers_.begin(), message_headers_.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
}

std::optional<Date> ArticlePass::message_header(std::size_t sentence) const {
    const auto& sent = doc_.sentences()[sentence];
    const auto& toks = doc_.tokens();
    if (sent.token_begin != 0 && !toks[sent.token_begin].is(text::kNewlineBefore)) {
        return std::nullopt; // (not the start of a line)
    }
    // (The header line may open the sentence of the message's first words: "... wrote:" and
    // "> Yesterday evening ..." on the next line.)
    const std::size_t end = header_line_end(sentence);
    if (end - sent.token_begin > 20 || !doc_.may_hold<kHeaderWords>(sent.token_begin, end)) {
        return std::nullopt;
    }
    bool marker = false;
    for (std::size_t k = sent.token_begin; k < end && !marker; ++k) {
        const auto w = doc_.lower(k);
        const bool field = k + 1 < end && doc_.surface(k + 1) == ":" &&
                           (w == "date" || w == "sent" || w == "posted");
        // ("dohukdaisy (Posted Sun 13 Mar 2022 06:55)": "posted" anywhere in a line that ends
        // without a full stop)
        const bool posted = w == "posted" && doc_.surface(end - 1) != ".";
        // (a feed item's "<pubDate>Tue, 03 Jul 2018 08:05:00 +0300</pubDate>", an Atom
        // entry's "<published>")
        const bool feed = (w == "pubdate" || w == "published") && k > sent.token_begin &&
                          doc_.surface(k - 1) == "<";
        marker = field || posted || feed || w == "wrote" || w == "\u00bb" ||
                 (w == "post" && k + 1 < end && doc_.lower(k + 1) == "by") ||
                 ((w == "posted" || w == "sent") && k + 1 < end && doc_.lower(k + 1) == "on");
    }
    if (!marker || !cues_in(sent.token_begin, end).empty()) {
        return std::nullopt;
    }
    for (const auto& d : find_dates(doc_, sent.token_begin, end, std::nullopt)) {
        if (d.precision == 1 && !d.since) {
            return d.date;
        }
    }
    return std::nullopt;
}

std::size_t ArticlePass::feed_item_start(std::size_t sentence) const {
    std::size_t start = sentence;
    for (std::size_t s = sentence; s > 0 && sentence - s < 3; --s) {
        const auto& prev = doc_.sentences()[s - 1];
        if (prev.token_begin + 1 >= prev.token_end || doc_.surface(prev.token_begin) != "<") {
            break;
        }
        const auto tag = doc_.lower(prev.token_begin + 1);
        if (tag != "title" && tag != "item" && tag != "entry" && tag != "link" && tag != "guid") {
            break;
        }
        start = s - 1;
    }
    return start;
}

bool ArticlePass::feed_field(std::size_t sentence) const {
    const auto& sent = doc_.sentences()[sentence];
    if (sent.token_begin + 2 >= sent.token_end || doc_.surface(sent.token_begin) != "<") {
        return false;
    }
    const auto tag = doc_.lower(sent.token_begin + 1);
    return (tag == "category" || tag == "link" || tag == "guid" || tag == "pubdate" ||
            tag == "published" || tag == "updated" || tag == "author") &&
           doc_.surface(sent.token_begin + 2) == ">";
}

std::optional<Date> ArticlePass::card_header(std::size_t sentence) const {
    const auto& sent = doc_.sentences()[sentence];
    const std::size_t b = sent.token_begin;
    if (!article_.published || doc_.surface(b) != "[" ||
        (b != 0 && !doc_.tokens()[b].is(text::kNewlineBefore))) {
        return std::nullopt;
    }
    const std::size_t end = header_line_end(sentence);
    std::size_t close = b + 1;
    while (close < end && close < b + 8 && doc_.surface(close) != "]") {
        ++close;
    }
    if (close >= end || doc_.surface(close) != "]" || end - close > 6) {
        return std::nullopt;
    }
    // "4 hours ago", "35 minutes ago": the day of the crawl
    if (end >= close + 4 && doc_.lower(end - 1) == "ago") {
        const auto unit = doc_.lower(end - 2);
        if (unit == "hours" || unit == "hour" || unit == "minutes" || unit == "minute" ||
            unit == "mins" || unit == "hrs") {
            return article_.published;
        }
    }
    // (a day that opens the tokens [from, to))
    const auto day_opening = [&](std::size_t from, std::size_t to) -> std::optional<Date> {
        for (const auto& d : find_dates(doc_, from, to, article_.published)) {
            if (d.precision == 1 && !d.since && d.begin == from) {
                return d.date;
            }
        }
        return std::nullopt;
    };
    if (const auto day = day_opening(close + 1, end)) {
        return day;
    }
    // "[26.01.2019 13:05] 👁 25.9K": a channel export's post, stamped inside its brackets.
    return day_opening(b + 1, close);
}

/// A heading line that ends with its day: "SECURITY LOG - BAGHDAD, TUESDAY 10 FEBRUARY",
/// "Incidents of Monday 19 June:". One line without a full stop or an event cue, whose one
/// day (a weekday or a month with its day) is its last words.
std::optional<DateMention> ArticlePass::log_heading(std::size_t sentence) const {
    const auto& sent = doc_.sentences()[sentence];
    const auto& par = doc_.paragraphs()[sent.paragraph];
    if (par.token_begin != sent.token_begin || par.token_end != sent.token_end ||
        sent.token_end - sent.token_begin > 16 || sent.token_end - sent.token_begin < 3) {
        return std::nullopt;
    }
    std::size_t end = sent.token_end;
    if (doc_.surface(end - 1) == ":") {
        --end;
    }
    const auto last = doc_.lower(end - 1);
    if (!doc_.tokens()[end - 1].is(text::kNumber) && text::month_from_word(last) == 0) {
        return std::nullopt; // (a full stop, or words after the day)
    }
    if (!cues_in(sent.token_begin, sent.token_end).empty()) {
        return std::nullopt;
    }
    // ("TUESDAY 10 FEBRUARY" is found as a weekday and a date: the longer wins. A date
    // further back, "3 July - 9 July", makes a range, no day.)
    std::optional<DateMention> found;
    for (const auto& d : find_dates(doc_, sent.token_begin, sent.token_end, article_.published)) {
        if (d.since || d.begin + 5 < end) {
            return std::nullopt;
        }
        if (d.precision == 1 && d.end == end &&
            (!found || d.end - d.begin > found->end - found->begin)) {
            found = d;
        }
    }
    return found;
}

std::size_t ArticlePass::line_start(std::size_t sentence) const {
    while (sentence > 0 &&
           !doc_.tokens()[doc_.sentences()[sentence].token_begin].is(text::kNewlineBefore)) {
        --sentence;
    }
    return sentence;
}

std::optional<ArticlePass::GridLabel> ArticlePass::grid_label(std::size_t sentence) const {
    const auto& sent = doc_.sentences()[sentence];
    std::size_t k = sent.token_begin;
    if ((k != 0 && !doc_.tokens()[k].is(text::kNewlineBefore)) || k + 4 >= sent.token_end) {
        return std::nullopt;
    }
    // (A label is either a clock time's place, which needs a colon, or names separated by a
    // slash: a line holding neither is none, and its date is not parsed.)
    static constexpr text::ScanWords kLabelMarks{"/", ":"};
    if (!doc_.may_hold<kLabelMarks>(sent.token_begin, sent.token_end)) {
        return std::nullopt;
    }
    auto dash = [&](std::size_t i) {
        const auto w = doc_.surface(i);
        return w == "-" || w == "\u2013" || w == "\u2014";
    };
    if (text::is_bullet(doc_.surface(k)) || doc_.surface(k) == ">") {
        ++k;
    }
    GridLabel label;
    // The line's date first ("04/09", "14/04,", "20/07 |").
    const auto dates =
        find_dates(doc_, k, std::min<std::size_t>(sent.token_end, k + 5), article_.published);
    if (!dates.empty() && dates.front().begin == k && dates.front().precision == 1 &&
        !dates.front().since) {
        label.date = dates.front();
        k = dates.front().end;
        if (k < sent.token_end && (dash(k) || doc_.surface(k) == "," || doc_.surface(k) == "|" ||
                                   doc_.surface(k) == ":")) {
            ++k;
        }
    }
    // A ticker's clock time and day ("FRI 22:40 - BASRA: ...", "00:20 BAGHDAD: ..."), then
    // one place name before a colon: the line's place when its text names none.
    {
        std::size_t j = k;
        // (a day written out or cut to "FRI", "TUES", "THURS")
        static constexpr std::pair<std::string_view, int> kDays[] = {
            {"mon", 0},  {"tue", 1},   {"tues", 1}, {"wed", 2}, {"thu", 3},
            {"thur", 3}, {"thurs", 3}, {"fri", 4},  {"sat", 5}, {"sun", 6}};
        int weekday = -1;
        if (j < sent.token_end && doc_.tokens()[j].is(text::kAllUpper) &&
            doc_.tokens()[j].is(text::kWord)) {
            const auto d = doc_.lower(j);
            weekday = text::weekday_from_word(d);
            for (const auto& [name, index] : kDays) {
                weekday = weekday < 0 && d == name ? index : weekday;
            }
            j += weekday >= 0 ? 1 : 0;
        }
        const bool clock = j + 2 < sent.token_end && doc_.tokens()[j].is(text::kNumber) &&
                           doc_.surface(j + 1) == ":" && doc_.tokens()[j + 2].is(text::kNumber);
        if (clock) {
            j += 3;
            if (j < sent.token_end && (dash(j) || doc_.surface(j) == "|")) {
                ++j;
            }
            const auto [lo, hi] = toponyms_near(j, j + 1);
            for (std::size_t t = lo; t < hi; ++t) {
                const auto& top = toponyms_[t];
                if (top.begin == j && top.place() != nullptr && !is_country(*top.place()) &&
                    top.designator_end < sent.token_end &&
                    (doc_.surface(top.designator_end) == ":" ||
                     doc_.surface(top.designator_end) == "|")) {
                    label.toponym = static_cast<int>(t);
                    label.precision = is_populated(*top.place()) ? 1 : 3;
                    // ("FRI 22:40": the last such day on or before the report)
                    if (weekday >= 0 && article_.published && !label.date) {
                        const Date& ref = *article_.published;
                        DateMention m;
                        m.begin = k;
                        m.end = k + 1;
                        m.date = ref.plus_days(-((ref.weekday() - weekday + 7) % 7));
                        m.precision = 1;
                        label.date = m;
                    }
                    return label;
                }
            }
        }
    }
    // Then names separated by "/" up to a spaced dash.
    const std::size_t label_begin = k;
    bool slash = false;
    std::size_t label_end = 0;
    for (std::size_t i = k; i < sent.token_end && i < k + 24; ++i) {
        if (doc_.surface(i) == "/") {
            slash = true;
        } else if (dash(i) && doc_.tokens()[i].is(text::kSpaceBefore) && i + 1 < sent.token_end &&
                   doc_.tokens()[i + 1].is(text::kSpaceBefore)) {
            label_end = i;
            break;
        } else if (doc_.surface(i) == "." || doc_.surface(i) == ";" || doc_.surface(i) == ":") {
            break;
        }
    }
    // (or, after the line's day, a short place with no slash: "18/06/2017 - West Mosul,
    // al-Shifa hospital complex - Iraqi forces retook ...")
    if (label_end == 0 || (!slash && !(label.date && label_end <= label_begin + 10))) {
        return std::nullopt;
    }
    const auto [lo, hi] = toponyms_near(label_begin, label_end);
    for (std::size_t t = lo; t < hi; ++t) {
        const auto& top = toponyms_[t];
        // (without slashes, a town or a site: a province alone may be a list's heading)
        if (top.begin < label_begin || top.end > label_end || top.place() == nullptr ||
            is_country(*top.place()) || (!slash && is_admin1(*top.place())) ||
            (top.role != ToponymRole::place && top.role != ToponymRole::qualifier)) {
            continue;
        }
        label.toponym = static_cast<int>(t);
        const auto before = top.begin > label_begin ? doc_.lower(top.begin - 1) : text::TokenText();
        label.precision = before == "nr" || before == "near" || before == "outside" ? 2 : 1;
    }
    if (label.toponym < 0) {
        return std::nullopt;
    }
    return label;
}

bool ArticlePass::list_item(std::size_t sentence) const {
    const auto& sent = doc_.sentences()[sentence];
    const std::size_t b = sent.token_begin;
    if ((b != 0 && !doc_.tokens()[b].is(text::kNewlineBefore)) || b + 2 >= sent.token_end) {
        return false;
    }
    const auto first = doc_.surface(b);
    const auto second = doc_.surface(b + 1);
    if (text::is_bullet(first)) {
        return first != "-" || doc_.tokens()[b].is(text::kPunct);
    }
    if (!doc_.tokens()[b].is(text::kNumber)) {
        return false;
    }
    // "3) ...", "3. ...", "08:05 Sadr City: ..."
    return second == ")" || second == "." ||
           (second == ":" && doc_.tokens()[b + 2].is(text::kNumber) &&
            !doc_.tokens()[b + 2].is(text::kSpaceBefore));
}

void ArticlePass::find_almanac_items() {
    const auto& toks = doc_.tokens();
    const std::size_t n = std::min<std::size_t>(toks.size(), 60);
    static constexpr text::ScanWords kAlmanac{"history", "day", "date"};
    if (!doc_.may_hold<kAlmanac>(0, n)) {
        return;
    }
    // "Today in History", "On this day (in Iraq)", "This day in history", "On this date"
    bool almanac = false;
    for (std::size_t k = 0; k + 2 < n && !almanac; ++k) {
        const auto w = doc_.lower(k), a = doc_.lower(k + 1), b = doc_.lower(k + 2);
        almanac =
            (w == "today" && a == "in" && b == "history") ||
            (w == "on" && a == "this" && (b == "day" || b == "date")) ||
            (w == "this" && a == "day" && b == "in" && k + 3 < n && doc_.lower(k + 3) == "history");
    }
    if (!almanac) {
        return;
    }
    // The column's day: the first day its heading names ("Today is Tuesday, Aug. 19", "ON THIS
    // DAY IN IRAQ - 28 February"), else the day it came out.
    const auto ref = article_.published;
    for (const auto& d : find_dates(doc_, 0, n, ref)) {
        if (d.precision == 1 && !d.since) {
            almanac_month_ = d.date.month;
            almanac_day_ = d.date.day;
            break;
        }
    }
    if (almanac_month_ == 0 && ref) {
        almanac_month_ = ref->month;
        almanac_day_ = ref->day;
    }
    if (almanac_month_ == 0) {
        return;
    }
    const int latest = ref ? ref->year : 2100;
    for (std::size_t k = 0; k + 2 < toks.size(); ++k) {
        if (k > 0 && !toks[k].is(text::kNewlineBefore)) {
            continue;
        }
        // "2016 - ...", "2004: ...", "In 2009, ..."
        std::size_t at = k;
        if (doc_.lower(k) == "in" && doc_.surface(k + 2) == ",") {
            at = k + 1;
        }
        const int year = year_number(doc_, at);
        const auto sep = doc_.surface(at + 1);
        if (year < 1900 || year > latest ||
            (at == k && sep != "-" && sep != "\u2013" && sep != "\u2014" && sep != ":")) {
            continue;
        }
        if (!almanac_items_.empty() && almanac_items_.back().end > k) {
            almanac_items_.back().end = k;
        }
        // (to the item's paragraph's end, or the next item)
        const std::size_t par_end =
            doc_.paragraphs()[doc_.sentences()[doc_.sentence_of(k)].paragraph].token_end;
        almanac_items_.push_back({k, par_end, at, year});
    }
}

const ArticlePass::AlmanacItem* ArticlePass::almanac_item_at(std::size_t k) const {
    for (const auto& item : almanac_items_) {
        if (item.begin <= k && k < item.end) {
            return &item;
        }
    }
    return nullptr;
}

void ArticlePass::find_mentions() {
    find_records();
    find_table_rows();
    {
        const std::size_t n = std::min<std::size_t>(doc_.tokens().size(), 80);
        // (These two passes are skipped when the opening holds none of their words.)
        static constexpr text::ScanWords kWeek{"week", "weekly", "days"};
        const bool may_week = doc_.may_hold<kWeek>(0, n);
        for (std::size_t k = 0; may_week && k + 1 < n && !week_in_review_; ++k) {
            const auto w = doc_.lower(k);
            const auto nx = doc_.lower(k + 1);
            // (also "what happened ... in the past seven days")
            week_in_review_ =
                w == "weekly" || ((w == "past" || w == "last") && nx == "week") ||
                (w == "week" && nx == "in" && k + 2 < n && doc_.lower(k + 2) == "review") ||
                ((w == "past" || w == "last") && (nx == "seven" || nx == "7") && k + 2 < n &&
                 doc_.lower(k + 2) == "days");
        }
        static constexpr text::ScanWords kRoundup{"roundup",  "digest",   "round",     "monthly",
                                                  "bulletin", "casualty", "incidents", "flash",
                                                  "sitrep",   "security", "notes"};
        const bool may_roundup = doc_.may_hold<kRoundup>(0, n);
        for (std::size_t k = 0; may_roundup && k < n && !roundup_; ++k) {
            // (Every test below opens with one of the words: a sentence with none of them is
            // passed over.)
            if (!doc_.may_hold<kRoundup>(k, k + 1)) {
                const std::size_t s = doc_.sentence_of(k);
                const auto& sentences = doc_.sentences();
                k = (s + 1 < sentences.size() ? sentences[s + 1].token_begin : n) - 1;
                continue;
            }
            const auto w = doc_.lower(k);
            const auto nx = k + 1 < n ? doc_.lower(k + 1) : text::TokenText();
            roundup_ = w == "roundup" || w == "digest" || (w == "round" && nx == "up") ||
                       w == "monthly" || w == "bulletin" ||
                       // "UNAMI civilian casualty note, August 2020", "Incidents included:"
                       (w == "casualty" && (nx == "note" || nx == "report" || nx == "update")) ||
                       (w == "incidents" && (nx == "included" || nx == "include")) ||
                       (w == "flash" && nx == "update") || w == "sitrep" ||
                       // "Coder notes: southern protests, 8-15 July", "Event notes: ..."
                       (w == "notes" && k > 0 &&
                        (doc_.lower(k - 1) == "coder" || doc_.lower(k - 1) == "event" ||
                         doc_.lower(k - 1) == "coding")) ||
                       (w == "notes" && nx == "as" && k + 2 < n && doc_.lower(k + 2) == "coded") ||
                       // "Security overview: March 2019", "IRAQ SECURITY BRIEF"
                       (w == "security" && (nx == "overview" || nx == "brief" || nx == "briefing" ||
                                            nx == "update" || nx == "report" || nx == "summary"));
        }
        roundup_ = roundup_ || week_in_review_;
        report_period_ = report_period();
        find_almanac_items();
    }
    removed_sections_ = removed_sections();
    {
        static constexpr text::ScanWords kCorrecting{
            "correction", "corrections", "clarification", "clarifications", "ombudsman",
            "wrongly",    "incorrectly", "misstated",     "erroneously",    "editor"};
        for (std::size_t s = 0; s < doc_.sentences().size() && !corrections_; ++s) {
            const auto& sent = doc_.sentences()[s];
            for (std::size_t k = doc_.may_hold<kCorrecting>(sent.token_begin, sent.token_end)
                                     ? sent.token_begin
                                     : sent.token_end;
                 k < sent.token_end && !corrections_; ++k) {
                const auto w = doc_.lower(k);
                // ("The readers' editor", "Readers' Editor"; not "the editor of a newspaper")
                corrections_ =
                    w == "correction" || w == "corrections" || w == "clarification" ||
                    w == "clarifications" || w == "ombudsman" || w == "wrongly" ||
                    w == "incorrectly" || w == "misstated" || w == "erroneously" ||
                    (w == "editor" && k >= sent.token_begin + 2 && doc_.lower(k - 2) == "readers");
            }
        }
    }
    // (Whether the text holds a quote mark at all: most articles have none, and quoted_again
    // then need not look for the start of a clause's line.)
    quotes_ = doc_.text().find('>') != std::string::npos;
    message_headers_.clear();
    if (doc_.may_hold<kHeaderWords>(0, doc_.tokens().size())) {
        for (std::size_t s = 0; s < doc_.sentences().size(); ++s) {
            if (const auto day = message_header(s)) {
                message_headers_.emplace_back(feed_item_start(s), *day);
            }
        }
    }
    // ("[Tigris News] Yesterday", "[Iraq Daily Post] Sep 15": a news aggregator's card, whose
    // headline and snippet count their days from the card's)
    if (doc_.text().find('[') != std::string::npos) {
        for (std::size_t s = 0; s < doc_.sentences().size(); ++s) {
            if (const auto day = card_header(s)) {
                message_headers_.emplace_back(s, *day);
            }
        }
        std::sort(message_headers_.begin(), message_headers_.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    find_coded_rows();
    const bool feed = doc_.text().find("</") != std::string::npos;
    std::optional<DateMention> fragment_date; // (a sentence that is only a day: "Monday night.")
    std::size_t fragment_paragraph = 0;
    for (std::size_t s = 0; s < doc_.sentences().size(); ++s) {
        const auto& sent = doc_.sentences()[s];
        const auto& par = doc_.paragraphs()[sent.paragraph];
        if (feed && feed_field(s)) {
            continue; // (a feed item's category, link or day tells no event)
        }
        std::size_t wrong_end = sent.token_begin;
        if (corrections_) {
            const auto [said, said_end] = misreport_span(s);
            wrong_end = said_end;
            if (said_end > sent.token_begin) {
                for (const auto& d : find_dates(doc_, said, said_end, reference_of(s))) {
                    if (d.precision == 1 && !d.since) {
                        misreport_day_ = d;
                        misreport_sentence_ = s;
                    }
                }
            }
            if (wrong_end >= sent.token_end) {
                continue;
            }
        }
        // A fact-check's verdict on a claim ("FALSE: \"drone strike on Altun Kupri\". The
        // footage shows ..."): what the claim and the footage tell are not events here.
        if (par.token_begin + 1 < par.token_end &&
            doc_.tokens()[par.token_begin].is(text::kAllUpper) &&
            doc_.surface(par.token_begin + 1) == ":") {
            static const WordSet kVerdicts = {"false",      "fake",          "misleading",
                                              "unverified", "unproven",      "debunked",
                                              "fabricated", "misattributed", "miscaptioned"};
            if (kVerdicts.contains(doc_.word(par.token_begin))) {
                continue;
            }
        }
        // A log's exclusions ("Not included: the 5 Nov shooting in Ramadi, since found to be a
        // family dispute"): incidents the compiler left out, told as such.
        if (par.token_begin == sent.token_begin && sent.token_end > sent.token_begin + 3) {
            const auto w0 = doc_.lower(sent.token_begin);
            const auto w1 = doc_.lower(sent.token_begin + 1);
            const auto colon = doc_.surface(sent.token_begin + 2);
            if (colon == ":" && ((w0 == "not" && (w1 == "included" || w1 == "counted" ||
                                                  w1 == "recorded" || w1 == "coded")) ||
                                 (w0 == "excluded" && w1 == "incidents"))) {
                continue;
            }
            if (doc_.surface(sent.token_begin + 1) == ":" &&
                (w0 == "excluded" || w0 == "exclusions" || w0 == "omitted")) {
                continue;
            }
        }
        // An advisory's header field "Event: drone and rocket attacks." names the kind of what
        // the report then tells, no event of its own (not "Event: Militia supporters have
        // breached the outer wall ...", a sentence).
        if (sent.token_end > sent.token_begin + 2 && doc_.surface(sent.token_begin + 1) == ":" &&
            (doc_.lower(sent.token_begin) == "event" || doc_.lower(sent.token_begin) == "events") &&
            sent.token_end <= sent.token_begin + 11) {
            bool told = false;
            for (std::size_t k = sent.token_begin + 2; k < sent.token_end && !told; ++k) {
                const auto w = doc_.lower(k);
                told = doc_.tokens()[k].is(text::kNumber) || w == "killed" || w == "wounded" ||
                       w == "injured" || w == "dead" || w == "have" || w == "has" || w == "was" ||
                       w == "were";
            }
            if (!told) {
                continue;
            }
        }
        if (std::any_of(message_headers_.begin(), message_headers_.end(),
                        [s](const auto& h) { return h.first == s; }) &&
            cues_in(sent.token_begin, sent.token_end).empty()) {
            continue; // (a message's header line tells no event)
        }
        // (nor a coded row whose story's lead is quoted under it: the lead tells the event,
        // the row's code only names its kind)
        if (std::binary_search(quoted_rows_.begin(), quoted_rows_.end(), s)) {
            continue;
        }
        // A script's or a picture record's fields: "SLUG: IRAQ-BAGHDAD BLASTS READ: 0:50",
        // "IN: \"Fourteen rockets were fired ...\"", "Keywords: IRAN, IRAQ, SYRIA, MISSILES":
        // the labels and quotes of what the text tells, no events of their own.
        if (sent.token_end > sent.token_begin + 2 && doc_.surface(sent.token_begin + 1) == ":") {
            static const WordSet kFieldLabels = {"slug",     "keywords", "tags", "pron",
                                                 "category", "credit",   "cue"};
            const auto label = doc_.lower(sent.token_begin);
            const bool quote_field = (label == "in" || label == "out") &&
                                     (doc_.surface(sent.token_begin + 2) == "\"" ||
                                      doc_.surface(sent.token_begin + 2) == "\u201c");
            if (quote_field || kFieldLabels.contains(doc_.word(sent.token_begin))) {
                continue;
            }
        }
        // An incident database's fields "Attack type: Bombing/Explosion.", "Weapon type:
        // Explosives.": the kind of the incident told above, no event of its own.
        if (sent.token_end > sent.token_begin + 3 && sent.token_end <= sent.token_begin + 14 &&
            doc_.surface(sent.token_begin + 2) == ":" &&
            (doc_.lower(sent.token_begin + 1) == "type" ||
             doc_.lower(sent.token_begin + 1) == "types") &&
            (doc_.lower(sent.token_begin) == "attack" || doc_.lower(sent.token_begin) == "weapon" ||
             doc_.lower(sent.token_begin) == "target" || doc_.lower(sent.token_begin) == "event" ||
             doc_.lower(sent.token_begin) == "incident")) {
            continue;
        }

        if (auto heading = day_heading(s)) {
            section_date_ = heading;
            continue;
        }
        // ("Thursday 12 March. Dear Mum, ...": a day written as the paragraph's first
        // sentence, the rest of the paragraph after it.)
        if (sent.token_begin == par.token_begin && sent.token_end < par.token_end) {
            if (const auto opening = day_line(s); opening && !opening->past_cue) {
                dated_paragraph_ = sent.paragraph;
                paragraph_day_ = opening->date;
                continue;
            }
        }
        if (s > 0 && list_item(s) && !list_item(line_start(s - 1))) {
            // (The first item of a list: the line before, a heading or a sentence, opens it.)
            const std::size_t intro = s - 1;
            list_date_ = log_heading(intro);
            const auto& is = doc_.sentences()[intro];
            // ("Coalition military forces conducted 14 strikes in Iraq on March 1:": who
            // struck in every item, its subject)
            list_actor_.reset();
            const auto& ip = doc_.paragraphs()[is.paragraph];
            const std::size_t opens = ip.dateline_end != 0 && ip.token_begin == is.token_begin
                                          ? ip.dateline_end
                                          : is.token_begin;
            for (const auto& a : actors_in(opens, is.token_end).to_vector()) {
                if (a.armed && !a.civilian && a.begin <= opens + 2 &&
                    doc_.surface(is.token_end - 1) == ":") {
                    list_actor_ = a;
                }
                break;
            }
            // ("... recorded three attacks on the Erbil air base, where most of the contingent
            // is stationed:": where the items happened, when they name no place)
            list_place_ = -1;
            if (doc_.surface(is.token_end - 1) == ":") {
                const auto [lo, hi] = toponyms_near(is.token_begin, is.token_end);
                for (std::size_t k = lo; k < hi; ++k) {
                    const auto& t = toponyms_[k];
                    if (t.begin < is.token_begin || t.end > is.token_end ||
                        t.role != ToponymRole::place || t.place() == nullptr ||
                        is_country(*t.place())) {
                        continue;
                    }
                    // (the place the events hit, "attacks on the Erbil air base": not "A
                    // delegation from Erbil visited the ministry, which recorded these
                    // incidents:")
                    std::size_t pre = t.begin;
                    if (pre > is.token_begin && doc_.lower(pre - 1) == "the") {
                        --pre;
                    }
                    const auto prep =
                        pre > is.token_begin ? doc_.lower(pre - 1) : text::TokenText();
                    if ((prep != "on" && prep != "at" && prep != "in" && prep != "near" &&
                         prep != "against") ||
                        cues_in(is.token_begin, t.begin).empty()) {
                        continue;
                    }
                    if (list_place_ >= 0 &&
                        toponyms_[static_cast<std::size_t>(list_place_)].place() != t.place()) {
                        list_place_ = -1; // (places apart: none for all)
                        break;
                    }
                    list_place_ = static_cast<int>(k);
                }
            }
            for (const auto& d :
                 find_dates(doc_, is.token_begin, is.token_end, article_.published)) {
                if (list_date_) {
                    break;
                }
                if (d.precision == 1 && !d.since) {
                    list_date_ = d;
                }
            }
        }
        if (par.kind == text::ParagraphKind::boilerplate) {
            continue;
        }
        std::size_t sb = sent.token_begin;
        if (par.dateline_end != 0 && sb == par.token_begin) {
            sb = par.dateline_end; // the dateline is no part of the first sentence's events
        }
        sb = std::max(sb, wrong_end);
        if (cues_in(sb, sent.token_end).empty()) {
            // No clause of it has a cue: mention_clause would only look for the targets of the
            // event just told ("The targets were a depot near Hit and a camp near X").
            targets_of_last(s, sb, sent.token_end);
            // "So. Monday night. I was marking essays when the first bang came": a sentence
            // that is only a day dates what its paragraph goes on to tell.
            // ("That was the 2nd of December 2021.", "It was 3 March.": the day an answer
            // goes on to tell of)
            // (past a speaker's label, one short capitalised word: "A: That was ...", "Q:")
            const std::size_t said = sent.token_end > sb + 2 && doc_.surface(sb + 1) == ":" &&
                                             doc_.surface(sb).size() <= 3 &&
                                             doc_.tokens()[sb].is(text::kCapitalized)
                                         ? sb + 2
                                         : sb;
            std::size_t db = said;
            if (sent.token_end > said + 3 && doc_.lower(said + 1) == "was" &&
                (doc_.lower(said) == "that" || doc_.lower(said) == "it" ||
                 doc_.lower(said) == "this")) {
                db = said + 2;
            }
            // (also "The 17th of March, a Friday.": the day's weekday after it)
            std::size_t tail = sent.token_end;
            const std::size_t stop = tail > db + 5 && doc_.surface(tail - 1) == "." ? 1 : 0;
            if (tail > db + 5 && text::weekday_from_word(doc_.lower(tail - 1 - stop)) >= 0 &&
                doc_.lower(tail - 2 - stop) == "a" && doc_.surface(tail - 3 - stop) == ",") {
                tail -= 3 + stop;
            }
            // (and "05 FEB, 1440-1630.", "12 March, 0930 hrs": the hours after the day)
            const std::size_t said_end =
                sent.token_end - (doc_.surface(sent.token_end - 1) == "." ? 1 : 0);
            std::size_t hours = said_end;
            int clocks = 0;
            bool hrs = false;
            while (hours > db + 2 && tail == sent.token_end &&
                   (clock_time(doc_, hours - 1) || doc_.surface(hours - 1) == "-" ||
                    doc_.lower(hours - 1) == "to" || doc_.lower(hours - 1) == "hrs" ||
                    doc_.lower(hours - 1) == "hours")) {
                --hours;
                clocks += clock_time(doc_, hours) ? 1 : 0;
                hrs = hrs || doc_.lower(hours) == "hrs" || doc_.lower(hours) == "hours";
            }
            // (not a year: "5 Feb, 2015.")
            if (hours < said_end && doc_.surface(hours - 1) == "," && clock_time(doc_, hours) &&
                (clocks >= 2 || hrs || doc_.number_value(hours) < 1900)) {
                tail = hours - 1;
            } else {
                hours = sent.token_end;
            }
            const std::size_t tail_tokens = sent.token_end - tail;
            if (sent.token_end <= db + (db == sb ? 5 : 7) + tail_tokens && sent.token_end > db) {
                // (the weekday after the day is read with it, and is no day of its own)
                auto dates = find_dates(doc_, db, hours, reference_of(s));
                std::erase_if(dates, [&](const DateMention& d) { return d.begin >= tail; });
                if (dates.size() == 1 && dates.front().precision == 1 && !dates.front().since &&
                    dates.front().begin <= db + (db == sb ? 1 : 2) &&
                    dates.front().end + 1 >= tail) {
                    fragment_date = dates.front();
                    fragment_paragraph = sent.paragraph;
                }
            }
            continue;
        }
        split_clauses(doc_, sb, sent.token_end, clauses_);
        const Clauses& clauses = clauses_;
        if (const auto grid = grid_label(s)) {
            grid_labels_.emplace(s, *grid);
        }
        // A short leading clause that is only a date ("Monday -", "Sunday:") dates the rest;
        // so does a longer one that opens with the date and goes on with the hour ("8 Jan.,
        // 01:30 -", "24 June, before dawn -").
        std::optional<DateMention> lead_date;
        // ("- 24 May 2020, the first day of Eid al-Fitr: gunmen killed ...": a day and what
        // it was, up to a colon)
        const bool colon_lead = clauses.starts.size() > 1 &&
                                clauses.starts[1] - clauses.starts[0] <= 16 &&
                                doc_.surface(clauses.starts[1] - 1) == ":";
        if (clauses.starts.size() > 1 &&
            (clauses.starts[1] - clauses.starts[0] <= 9 || colon_lead)) {
            const auto dates =
                find_dates(doc_, clauses.starts[0], clauses.starts[1], reference_of(s));
            // (after a list's bullet, "- 24 May 2020, ...:")
            const std::size_t opens = text::is_bullet(doc_.surface(clauses.starts[0]))
                                          ? clauses.starts[0] + 1
                                          : clauses.starts[0];
            if (!dates.empty() && (clauses.starts[1] - clauses.starts[0] <= 5 ||
                                   (dates.front().begin == opens && dates.front().precision == 1 &&
                                    !dates.front().since))) {
                lead_date = dates.front();
            }
        }
        // A dataset record's fields before its first clause's end, "line 1 | date_start
        // 2017-08-20 | date_end 2017-08-20 | Government of Iraq - IS | ...": its one day, when
        // the fields tell no event.
        bool record_fields_lead = false;
        if (!lead_date && clauses.starts.size() > 1 &&
            cues_in(clauses.starts[0], clauses.starts[1]).empty()) {
            int bars = 0;
            for (std::size_t k = clauses.starts[0]; k < clauses.starts[1] && bars < 2; ++k) {
                bars += doc_.surface(k) == "|" ? 1 : 0;
            }
            if (bars >= 2) {
                const auto dates =
                    find_dates(doc_, clauses.starts[0], clauses.starts[1], reference_of(s));
                const bool one_day =
                    !dates.empty() && std::all_of(dates.begin(), dates.end(), [&](const auto& d) {
                        return d.precision == 1 && !d.since && d.date == dates.front().date;
                    });
                if (one_day) {
                    lead_date = dates.front();
                    record_fields_lead = true;
                }
            }
        }
        // ("18/04, Salah al-Din / Balad / Balad Air Base - IDF, 5 rockets. 2 WIA.": the whole
        // line)
        if (const auto grid = grid_labels_.find(line_start(s));
            !lead_date && grid != grid_labels_.end()) {
            lead_date = grid->second.date;
        }
        if (!lead_date && fragment_date && fragment_paragraph == sent.paragraph) {
            lead_date = fragment_date;
        }
        for (std::size_t c = 0; c < clauses.starts.size(); ++c) {
            const std::size_t cb = clauses.starts[c];
            const std::size_t ce =
                c + 1 < clauses.starts.size() ? clauses.starts[c + 1] : sent.token_end;
            record_fields_lead_ = record_fields_lead;
            mention_clause(s, cb, ce, lead_date);
        }
    }
}

void ArticlePass::find_records() {
    // A sentence opening with a field label: "Date:", "Location:", "Deaths:"; also a military
    // report's lettered fields ("L (Location): approx 18 km SW of DAQUQ", "T (Time): ..."),
    // their values from value_begin.
    std::size_t value_begin = 0;
    auto label = [&](const text::Sentence& s) -> std::string_view {
        static const WordSet kLabels = {"date",       "location", "summary", "deaths",
                                        "fatalities", "dyad",     "actors",  "place"};
        std::size_t at = s.token_begin;
        value_begin = s.token_begin + 2;
        if (s.token_end >= s.token_begin + 6 && doc_.surface(s.token_begin + 1) == "(" &&
            doc_.surface(s.token_begin + 3) == ")" && doc_.surface(s.token_begin + 4) == ":" &&
            doc_.surface(s.token_begin).size() == 1) {
            at = s.token_begin + 2;
            value_begin = s.token_begin + 5;
            if (doc_.lower(at) == "time") {
                return "date";
            }
        } else if (s.token_end < s.token_begin + 2 || doc_.surface(s.token_begin + 1) != ":") {
            return {};
        }
        return kLabels.contains(doc_.word(at)) ? std::string_view(doc_.lower(at))
                                               : std::string_view();
    };
    const auto& sentences = doc_.sentences();
    for (std::size_t i = 0; i < sentences.size();) {
        const std::size_t par = sentences[i].paragraph;
        std::size_t j = i;
        RecordFields r;
        int fields = 0;
        bool place_field = false;
        for (; j < sentences.size() && sentences[j].paragraph == par; ++j) {
            const auto& s = sentences[j];
            const auto l = label(s);
            if (l.empty()) {
                continue;
            }
            ++fields;
            const std::size_t b = value_begin;
            if (l == "date") {
                for (const auto& d : find_dates(doc_, b, s.token_end, article_.published)) {
                    if (!r.date && !d.since) {
                        r.date = d;
                    }
                }
            } else if (l == "location" || l == "place") {
                place_field = true;
                // Most specific first ("Hamrin mountains, east of Tikrit, on the boundary of
                // Salah al-Din, Kirkuk and Diyala"): the first comma-separated part that names
                // a known place.
                for (std::size_t from = b; from < s.token_end && !r.place.located();) {
                    std::size_t to = from;
                    while (to < s.token_end && doc_.surface(to) != ",") {
                        ++to;
                    }
                    r.toponyms.clear();
                    r.place = choose_place(from, to, from, r.toponyms, nullptr, false);
                    from = to + 1;
                }
            } else if (l == "deaths" || l == "fatalities") {
                // "low estimate 105, high estimate 200, best estimate 105": the best; else the
                // first number.
                std::optional<int> first, best;
                for (std::size_t k = b; k < s.token_end; ++k) {
                    if (!doc_.tokens()[k].is(text::kNumber)) {
                        continue;
                    }
                    const auto q = parse_quantity(doc_, k, k + 1);
                    if (!q || q->value > 100000) {
                        continue;
                    }
                    first = first ? first : std::optional<int>(static_cast<int>(q->value));
                    if (k >= b + 2 && doc_.lower(k - 1) == "estimate" &&
                        doc_.lower(k - 2) == "best") {
                        best = static_cast<int>(q->value);
                    }
                }
                r.deaths = best ? best : first;
            }
        }
        if (fields >= 2 && (r.date || place_field)) {
            records_[par] = std::move(r);
        } else if (const auto header = record_header(i)) {
            // A record under its header line "201801150003 | 15/01/2018 | Baghdad, Baghdad,
            // Iraq": the header's day is the record's.
            // (A header alone on its line may be a paragraph of its own: then it heads the
            // next one.)
            RecordFields h;
            h.date = header;
            const bool alone = j == i + 1 && doc_.paragraphs()[par].token_end <= header_line_end(i);
            if (alone && j < sentences.size() && !records_.contains(sentences[j].paragraph)) {
                records_[sentences[j].paragraph] = h;
            }
            records_[par] = std::move(h);
        } else {
            // A numbered item "2. 14 January 2019, near Mandali (Balad Ruz district). Incident
            // type: kidnapping. ...": the day of the events told under it, and their place
            // when they name none.
            std::size_t header_end = 0;
            if (const auto item = numbered_item_header(i, header_end)) {
                RecordFields h;
                h.date = item;
                h.place_if_none = true;
                h.place =
                    choose_place(item->end, header_end, item->end, h.toponyms, nullptr, false);
                records_[par] = std::move(h);
            } else if (const auto opening = dataset_record_opening(par)) {
                RecordFields h;
                h.date = opening;
                records_[par] = std::move(h);
            }
        }
        i = j;
    }
}

void ArticlePass::find_table_rows() {
    const auto& pars = doc_.paragraphs();
    std::vector<std::string> columns;     // lower-case column names, once a header is read
    std::optional<DateMention> table_day; // the day a header with no date column is under
    std::vector<std::size_t> bars;
    auto bars_in = [&](std::size_t b, std::size_t e) {
        bars.clear();
        for (std::size_t k = b; k < e; ++k) {
            if (doc_.surface(k) == "|") {
                bars.push_back(k);
            }
        }
    };
    // The numbers written in a cell, in digits ("38 (+2)" gives 38 and 2).
    auto cell_numbers = [&](std::size_t b, std::size_t e) {
        std::vector<int> numbers;
        for (std::size_t k = b; k < e; ++k) {
            if (!doc_.tokens()[k].is(text::kNumber)) {
                continue;
            }
            if (const auto q = parse_quantity(doc_, k, k + 1); q && q->value <= kMaxCasualties) {
                numbers.push_back(static_cast<int>(q->value));
            }
        }
        return numbers;
    };
    static constexpr text::ScanWords kBar{"|"};
    for (std::size_t p = 0; p < pars.size(); ++p) {
        const auto& par = pars[p];
        if (!doc_.may_hold<kBar>(par.token_begin, par.token_end)) {
            continue; // (no bar: no header and no row)
        }
        bars_in(par.token_begin, par.token_end);
        if (bars.size() < 2) {
            continue;
        }
        bool header = false;
        // A header: every cell a short name, a date column and a count column among them
        // ("Columns: Date | Type | Dead | Injured | Location | Details | Perpetrator.").
        for (std::size_t si = doc_.sentence_of(par.token_begin);
             si < doc_.sentences().size() && doc_.sentences()[si].paragraph == p; ++si) {
            const auto& sent = doc_.sentences()[si];
            if (!doc_.may_hold<kBar>(sent.token_begin, sent.token_end)) {
                continue;
            }
            bars_in(sent.token_begin, sent.token_end);
            if (bars.size() < 2) {
                continue;
            }
            std::vector<std::string> names;
            bool ok = true, date = false, count = false, where = false;
            for (std::size_t c = 0; c <= bars.size() && ok; ++c) {
                std::size_t b = c == 0 ? sent.token_begin : bars[c - 1] + 1;
                std::size_t e = c < bars.size() ? bars[c] : sent.token_end;
                if (c == 0) {
                    for (std::size_t k = b; k < e; ++k) {
                        if (doc_.surface(k) == ":") {
                            b = k + 1; // ("Columns: Date")
                        }
                    }
                }
                while (e > b && doc_.tokens()[e - 1].is(text::kPunct)) {
                    --e;
                }
                // (a row written between bars, "| date | place | incident |", has an empty
                // cell before the first bar and after the last)
                if (e == b && (c == 0 || c == bars.size())) {
                    names.emplace_back();
                    continue;
                }
                ok = e > b && e - b <= 3;
                if (ok) {
                    const std::string n(doc_.lower(e - 1));
                    date = date || n == "date";
                    // ("DATE | NEAR | STRIKES | REPORTED EFFECTS": a coalition's strike table)
                    count = count || n == "dead" || n == "killed" || n == "deaths" ||
                            n == "fatalities" || n == "casualties" || n == "injured" ||
                            n == "wounded" || n == "strikes";
                    where = where || n == "location" || n == "place" || n == "near";
                    names.push_back(n);
                }
            }
            // (A table of one day's strikes names no date column: "Strikes of 28 September
            // 2022" / "Location | Target | Means | Killed | Injured".)
            // (Or a date column and a place column: "| date | governorate | place | incident
            // |", whose rows tell their counts in words.)
            if (ok && (((date || where) && count) || (date && where))) {
                columns = std::move(names);
                header = true;
                // ("Slide 2 of 7 - Strikes of 28 September 2022" above it: the rows' day)
                table_day.reset();
                const std::size_t title = si > 0 ? si - 1 : si;
                if (!date && title < si) {
                    const auto& ts = doc_.sentences()[title];
                    for (const auto& d :
                         find_dates(doc_, ts.token_begin, ts.token_end, article_.published)) {
                        if (d.precision == 1 && !d.since && !table_day) {
                            table_day = d;
                        }
                    }
                }
                break;
            }
        }
        if (header) {
            continue;
        }
        bars_in(par.token_begin, par.token_end);
        if (!columns.empty() && bars.size() + 1 == columns.size()) {
            // A row: its cells by column.
            RecordFields r;
            r.date = table_day;
            bool any = false;
            for (std::size_t c = 0; c < columns.size(); ++c) {
                const std::size_t b = c == 0 ? par.token_begin : bars[c - 1] + 1;
                const std::size_t e = c < bars.size() ? bars[c] : par.token_end;
                const auto& name = columns[c];
                if (name == "date") {
                    for (const auto& d : find_dates(doc_, b, e, article_.published)) {
                        if (!r.date && !d.since) {
                            r.date = d;
                            any = true;
                        }
                    }
                } else if (name == "dead" || name == "killed" || name == "deaths" ||
                           name == "fatalities") {
                    // ("38 (+2)": the attackers' dead in brackets count too)
                    const auto n = cell_numbers(b, e);
                    if (!n.empty()) {
                        r.deaths = std::accumulate(n.begin(), n.end(), 0);
                        any = true;
                    }
                } else if (name == "injured" || name == "wounded" || name == "injuries") {
                    if (const auto n = cell_numbers(b, e); !n.empty()) {
                        r.injured = n.front();
                        any = true;
                    }
                } else if (name == "casualties") {
                    const auto count = count_casualties(doc_, b, e);
                    if (count.killed) {
                        r.deaths = static_cast<int>(*count.killed);
                    }
                    if (count.injured) {
                        r.injured = static_cast<int>(*count.injured);
                    }
                    any = any || count.killed || count.injured;
                } else if (name == "strikes") {
                    const auto n = cell_numbers(b, e);
                    r.strikes = !n.empty() && n.front() > 0;
                } else if ((name == "location" || name == "place" || name == "target" ||
                            name == "near") &&
                           !(r.place.located() && name == "location" &&
                             is_facility(r.place.place))) {
                    // The first comma-separated part that names a known place ("Taji, north
                    // of Baghdad"); a target that is a known site is more exact still.
                    for (std::size_t from = b; from < e;) {
                        std::size_t to = from;
                        while (to < e && doc_.surface(to) != ",") {
                            ++to;
                        }
                        std::vector<int> used;
                        const auto pc = choose_place(from, to, from, used, nullptr, false);
                        if (pc.located() && (name != "target" || is_facility(pc.place))) {
                            r.place = pc;
                            if (name == "near" && is_populated(pc.place)) {
                                r.place.precision = std::max(r.place.precision, 2);
                            }
                            r.toponyms = used;
                            any = true;
                            break;
                        }
                        from = to + 1;
                    }
                }
            }
            if (any) {
                r.table = true;
                records_[p] = std::move(r);
            }
            continue;
        }
    }
}

/// A non-event reason as a view whose comparisons with literals are inline (a std::string_view
/// compared with a literal called strlen and compare).
[[gnu::always_inline]] inline text::TokenText reason_text(std::string_view why) noexcept {
    return {why.data(), why.size()};
}

void ArticlePass::mention_clause(std::size_t sentence, std::size_t cb, std::size_t ce,
                                 const std::optional<DateMention>& lead_date) {
    if (happened_on(sentence, cb, ce)) {
        return;
    }
    const auto cues = cues_in(cb, ce);
    if (cues.empty()) {
        if (!more_elsewhere(sentence, cb, ce)) {
            targets_of_last(sentence, cb, ce);
        }
        return;
    }
    // "US strikes Kataib Hezbollah sites in Iraq after missile attack": in a headline, the
    // event after "after" is why the headline's event happened, told in the body if at all.
    if (doc_.lower(cb) == "after" && cb > doc_.sentences()[sentence].token_begin &&
        !drafts_.empty() && drafts_.back().last_sentence == sentence &&
        doc_.paragraph_of_sentence(sentence).kind == text::ParagraphKind::title) {
        if (explain_ != nullptr) {
            *explain_ << "clause '" << doc_.span_text(cb, ce)
                      << "': a headline's cause of its event, no event\n";
        }
        return;
    }
    const std::size_t item_paragraph = doc_.sentences()[sentence].paragraph;
    if (const std::string_view why = paragraph_without_events(item_paragraph); !why.empty()) {
        if (explain_ != nullptr) {
            *explain_ << "clause '" << doc_.span_text(cb, ce) << "': " << why << "\n";
        }
        return;
    }
    if (disbelieved_claim(sentence, cb, ce)) {
        if (explain_ != nullptr) {
            *explain_ << "clause '" << doc_.span_text(cb, ce)
                      << "': a claim the decision does not believe\n";
        }
        return;
    }
    for (const auto& [rb, re] : removed_sections_) {
        // (but the record a removed duplicate points to is kept: "a duplicate of 402154
        // (2022-11-06, roadside bomb ...), which is kept")
        const auto& item = doc_.paragraphs()[item_paragraph];
        bool kept = false;
        for (std::size_t k = item.token_begin; k < item.token_end && !kept && cb >= rb && cb < re;
             ++k) {
            kept = doc_.lower(k) == "kept" || doc_.lower(k) == "retained";
        }
        if (cb >= rb && cb < re && !kept) {
            if (explain_ != nullptr) {
                *explain_ << "clause '" << doc_.span_text(cb, ce)
                          << "': an entry of a section of removed entries, no event\n";
            }
            return;
        }
    }
    // (The scans below that look for some words in the clause test these, one bit each.)
    const text::GroupBits clause_groups = doc_.groups_in(cb, ce);
    // A report's field of what was used or who did it ("E (Equipment): 1x pressure-plate IED,
    // PKM", "Weapons: ..."): the event is told in its activity field, not again here.
    if (const auto& sent = doc_.sentences()[sentence]; cb == sent.token_begin) {
        std::size_t at = cb;
        if (cb + 4 < ce && doc_.surface(cb + 1) == "(" && doc_.surface(cb + 3) == ")") {
            at = cb + 2;
        }
        const auto w = doc_.lower(at);
        if (at + 1 < ce &&
            (doc_.surface(at + 1) == ":" || (at + 2 < ce && doc_.surface(at + 2) == ":")) &&
            (w == "equipment" || w == "weapons" || w == "weapon" || w == "size" || w == "unit" ||
             // (a claim's "Cause: deliberate attack;": why the loss told happened)
             w == "cause")) {
            if (explain_ != nullptr) {
                *explain_ << "clause '" << doc_.span_text(cb, ce)
                          << "': a report's equipment or unit field, no event\n";
            }
            return;
        }
    }
    // A reporter's question in a transcript that the answer denies ("Q (Rania Khalil, wire):
    // Kurdish media say the army and the Peshmerga clashed near Zummar yesterday. Can you
    // confirm?" - "SPOKESMAN: That is false."): no event.
    if (denied_question(sentence)) {
        if (explain_ != nullptr) {
            *explain_ << "clause '" << doc_.span_text(cb, ce)
                      << "': a question the answer denies\n";
        }
        return;
    }
    if (quoted_again(cb, ce)) {
        if (explain_ != nullptr) {
            *explain_ << "clause '" << doc_.span_text(cb, ce) << "': quoted again, no event\n";
        }
        return;
    }
    // "Are you worried about a counter-attack from Tal Afar?", "Were any civilians hurt in the
    // raid?": a question asks, it tells no event.
    if (const auto& sent = doc_.sentences()[sentence];
        sent.token_end > sent.token_begin && doc_.surface(sent.token_end - 1) == "?") {
        if (explain_ != nullptr) {
            *explain_ << "clause '" << doc_.span_text(cb, ce) << "': a question, no event\n";
        }
        return;
    }
    // "Claims circulating on social media that a car bomb exploded in Karrada are false": a
    // rumour said to be untrue.
    {
        const auto& s = doc_.sentences()[sentence];
        bool claim = false, refuted = false;
        const auto refuting = [](text::TokenText w) {
            return w == "false" || w == "fake" || w == "untrue" || w == "baseless" ||
                   w == "fabricated" || w == "unfounded" || w == "unverified" ||
                   w == "unconfirmed" || w == "slander" || w == "lies" || w == "denied" ||
                   w == "rejected" || w == "misleading";
        };
        static constexpr text::ScanWords kClaim{"claims", "claim", "reports", "rumours",
                                                "rumors", "posts", "video",   "videos"};
        const bool may_claim = doc_.may_hold<kClaim>(s.token_begin, s.token_end);
        for (std::size_t k = s.token_begin; may_claim && k < s.token_end; ++k) {
            const auto w = doc_.lower(k);
            claim = claim || w == "claims" || w == "claim" || w == "reports" || w == "rumours" ||
                    w == "rumors" || w == "posts" || w == "video" || w == "videos";
            refuted = refuted || refuting(w);
        }
        // "CLAIM: Videos say that a drone attack hit Kirkuk airport." then "VERDICT: False.":
        // a fact-check's verdict in a short sentence after the claim.
        for (std::size_t n = sentence + 1;
             claim && !refuted && n < doc_.sentences().size() && n <= sentence + 2; ++n) {
            const auto& v = doc_.sentences()[n];
            if (v.token_end - v.token_begin > 6) {
                continue;
            }
            for (std::size_t k = v.token_begin; k < v.token_end; ++k) {
                refuted = refuted || refuting(doc_.lower(k));
            }
        }
        if (claim && refuted) {
            return;
        }
    }
    // "Protesters angry at Turkish air strikes that killed civilians stormed a base": the
    // grievance runs up to what the angry people did.
    std::size_t motive_end = cb;
    {
        const auto w = doc_.lower(cb);
        if (w == "angry" || w == "angered" || w == "enraged" || w == "incensed" ||
            w == "outraged" || w == "furious") {
            for (const auto& c : cues) {
                if (c.begin > cb + 2 &&
                    (c.cue == Cue::storming || c.cue == Cue::arson || c.cue == Cue::protest ||
                     c.cue == Cue::riot || c.cue == Cue::assault)) {
                    motive_end = c.begin;
                    break;
                }
            }
        }
    }
    CueSet set, support;
    bool strong_cue = false, weapon = false, casualty = false, we_struck_sites = false;
    // ("..., the climax of a week of unrest in which 12 people were killed": the dead of an
    // aside's period say nothing of the clause's event)
    const std::size_t aside_at = running_toll_aside(motive_end + 2, ce);
    // ("activists held a silent vigil ..., demanding that those who ordered the killing also be
    // tried": a killing the crowd's demand names, up to the next comma, is no casualty here)
    std::size_t demand_at = ce, demand_end = ce;
    static constexpr text::ScanWords kDemanding{"demanded", "demanding"};
    if (text::holds<kDemanding>(clause_groups)) {
        for (std::size_t k = cb; k < ce; ++k) {
            const auto w = doc_.lower(k);
            if (demand_at == ce && (w == "demanding" || w == "demanded")) {
                demand_at = k;
            } else if (demand_at != ce && doc_.surface(k) == ",") {
                demand_end = k;
                break;
            }
        }
    }
    const Draft* strikes_again = nullptr; // "the strikes hit ...": the strikes told before
    // (the remembered-event test below, skipped when the clause holds none of its words)
    static constexpr auto kRememberWords = std::to_array<std::string_view>(
        {"anniversary", "anniversaries", "commemorating", "commemoration", "commemorate"});
    static const WordSet kRemember(kRememberWords);
    const bool may_remember = text::holds<kRememberWords>(clause_groups);
    const CueMatch* trigger = nullptr;
    std::string reason;
    std::size_t reason_end = 0;
    // A strike table's row whose count columns hold dead or wounded ("Zirgwez | Komala
    // headquarters | drones | 2 | 6") tells them as a clause's "killing two" would.
    // (Only a row its weapons do not type already: "ballistic missiles and drones" stays the
    // missiles' shelling.)
    if (const auto rec =
            records_.empty() ? records_.end() : records_.find(doc_.sentences()[sentence].paragraph);
        rec != records_.end() && rec->second.table &&
        (rec->second.deaths.value_or(0) > 0 || rec->second.injured.value_or(0) > 0) && [&] {
            for (const auto& c : cues) {
                if (c.cue == Cue::missile || c.cue == Cue::rocket || c.cue == Cue::mortar ||
                    c.cue == Cue::artillery || c.cue == Cue::shelling) {
                    return false;
                }
            }
            return true;
        }()) {
        casualty = true;
        set.set(static_cast<std::size_t>(Cue::kill));
    }
    for (const auto& c : cues) {
        if (c.begin < motive_end) {
            continue;
        }
        // "marked the fifth anniversary of the city's liberation": the event remembered (the
        // clause may still tell one: "On the anniversary of the liberation, a bomb killed two").
        // (So are the dead remembered: "the second anniversary of the killing of ...".)
        if (may_remember) {
            bool remembered = false;
            for (std::size_t k = c.begin; k > cb && k + 6 > c.begin && !remembered; --k) {
                remembered = kRemember.contains(doc_.word(k - 1));
                // (past a year: "the anniversary of the October 2019 protests")
                if (!doc_.tokens()[k - 1].is(text::kWord) && doc_.surface(k - 1) != "'" &&
                    year_number(doc_, k - 1) < 0) {
                    break;
                }
            }
            // (and the dead the remembered event's relative clause tells: "marked the
            // anniversary of the 1988 Halabja chemical attack that killed some 5,000 people",
            // "commemorate the victims of the 2014 massacre in which IS killed thousands")
            if (!remembered && (c.cue == Cue::kill || c.cue == Cue::injure)) {
                std::size_t rel = c.begin;
                for (std::size_t k = c.begin; k > cb && k + 4 > c.begin; --k) {
                    if (doc_.lower(k - 1) == "that" || doc_.lower(k - 1) == "which") {
                        rel = k - 1;
                        break;
                    }
                }
                bool past_year = false;
                for (std::size_t k = rel; rel < c.begin && k > cb && k + 7 > rel; --k) {
                    const int y = year_number(doc_, k - 1);
                    past_year =
                        past_year || (y > 0 && article_.published && y < article_.published->year);
                }
                for (std::size_t k = rel; past_year && k > cb && !remembered; --k) {
                    remembered = kRemember.contains(doc_.word(k - 1));
                }
            }
            if (remembered) {
                continue;
            }
        }
        if (!is_event_cue(c.cue)) {
            if ((c.cue == Cue::kill || c.cue == Cue::injure) &&
                (c.begin >= aside_at || (c.begin > demand_at && c.begin < demand_end))) {
                continue;
            }
            // "Three people died of cholera in Kirkuk": a death of illness, hunger or cold is
            // no violence (not "died of their wounds", "died from gunshot wounds"; nor in a
            // sentence of an attack: "a contractor died of a heart attack while sheltering"
            // from the rockets is the attack's dead).
            if (c.cue == Cue::kill && c.end + 1 < ce &&
                (doc_.lower(c.begin) == "died" || doc_.lower(c.begin) == "dies" ||
                 doc_.lower(c.begin) == "perished") &&
                (doc_.lower(c.end) == "of" || doc_.lower(c.end) == "from") && [&] {
                    // (nor told right after one: "About ten rockets struck Ain al-Asad air
                    // base. A contractor died of a heart attack while sheltering.")
                    const auto& sent = doc_.sentences()[sentence];
                    const std::size_t from =
                        sentence > 0 && doc_.sentences()[sentence - 1].paragraph == sent.paragraph
                            ? doc_.sentences()[sentence - 1].token_begin
                            : sent.token_begin;
                    for (const auto& x : cues_in(from, sent.token_end)) {
                        if (is_event_cue(x.cue)) {
                            return false;
                        }
                    }
                    return true;
                }()) {
                static const WordSet kViolentCause = {
                    "wounds",  "wound",    "injuries", "injury",    "gunshot",     "gunshots",
                    "bullet",  "bullets",  "burns",    "shrapnel",  "torture",     "blast",
                    "stab",    "stabbing", "shelling", "bleeding",  "suffocation", "asphyxiation",
                    "beating", "beatings", "severe",   "serious",   "critical",    "stray",
                    "shell",   "shells",   "mine",     "landmine",  "explosion",   "rocket",
                    "mortar",  "sniper",   "gunfire",  "airstrike", "strike",      "bomb"};
                std::size_t k = c.end + 1;
                while (k < ce && k < c.end + 4 &&
                       (doc_.lower(k) == "his" || doc_.lower(k) == "her" ||
                        doc_.lower(k) == "their" || doc_.lower(k) == "the" ||
                        doc_.lower(k) == "a" || doc_.lower(k) == "an")) {
                    ++k;
                }
                if (k < ce && doc_.tokens()[k].is(text::kWord) &&
                    !kViolentCause.contains(doc_.word(k))) {
                    continue;
                }
            }
            // "A police officer accused of killing an activist went on trial": the killing
            // someone is accused, suspected or convicted of is no toll of the clause.
            if (c.cue == Cue::kill && c.begin >= cb + 2 &&
                ((doc_.lower(c.begin - 1) == "of" &&
                  (doc_.lower(c.begin - 2) == "accused" || doc_.lower(c.begin - 2) == "suspected" ||
                   doc_.lower(c.begin - 2) == "convicted" ||
                   doc_.lower(c.begin - 2) == "charges")) ||
                 (doc_.lower(c.begin - 1) == "with" && doc_.lower(c.begin - 2) == "charged"))) {
                continue;
            }
            casualty = casualty || c.cue == Cue::kill || c.cue == Cue::injure;
            set.set(static_cast<std::size_t>(c.cue));
            continue;
        }
        // "Baghdad protests each incursion": a government protesting is diplomacy.
        if (c.cue == Cue::protest && c.begin > cb) {
            bool government = false;
            const auto [lo, hi] = toponyms_near(c.begin, c.begin);
            for (std::size_t k = lo; k < hi; ++k) {
                const auto& t = toponyms_[k];
                government = government || (t.end == c.begin && t.role == ToponymRole::government);
            }
            if (government) {
                continue;
            }
        }
        // "in protest at American air strikes": the reason given, not this clause's event.
        if (c.begin < reason_end) {
            continue;
        }
        const text::TokenText why = reason_text(non_event_reason_of(cb, c)); // (compared inline)
        if (why == "a government's protest") {
            continue; // ("a formal protest over the American air strikes": the strikes may be)
        }
        if (why == "idiom") {
            // "..., in protest at air strikes": the reason is skipped, unless the reason is
            // the whole clause (split off as a motive), when its strikes are the event.
            if (c.begin > cb + 1) {
                reason_end = c.end;
                while (reason_end < ce && doc_.surface(reason_end) != "," &&
                       doc_.surface(reason_end) != ";") {
                    ++reason_end;
                }
            }
            continue; // this cue says nothing; others in the clause may
        }
        // "neutralised 5 militants who were preparing an attack": an event told first keeps
        // the clause; only the later cue is the intention.
        // (So is a denial told after it: "air defences shot down three drones near Erbil
        // airport and that no American personnel were hit".)
        // (So are protests that go on, named after the event they were part of: "burned the
        // party offices on Friday, in protests that have killed 100 people since October".)
        if ((why == "threat" || why == "hypothetical" || why == "purpose" || why == "negated" ||
             why == "ongoing") &&
            trigger != nullptr && !trigger->weak) {
            continue;
        }
        // "Two terrorists, who were preparing an attack on Turkish troops, were neutralised":
        // the intention told in a relative clause between commas is skipped, not the clause.
        if (why == "threat" || why == "hypothetical" || why == "purpose") {
            std::size_t open = ce, close = ce;
            for (std::size_t k = c.begin; k > cb + 1; --k) {
                const auto w = doc_.lower(k - 1);
                if ((w == "who" || w == "which") && doc_.surface(k - 2) == ",") {
                    open = k - 2;
                    break;
                }
                if (doc_.surface(k - 1) == "," || doc_.surface(k - 1) == ";") {
                    break;
                }
            }
            for (std::size_t k = c.end; open < ce && k < ce; ++k) {
                if (doc_.surface(k) == ",") {
                    close = k;
                    break;
                }
            }
            if (open < ce && close < ce) {
                continue;
            }
        }
        // "convicted of planning the 2021 bombing at Tayaran Square, which killed 32 people",
        // "helped plan an attack on a wedding in May 2020, in which four guests were shot
        // dead": what was planned happened, as its toll told after it says.
        const bool happened = (why == "purpose" || why == "threat") && toll_told_after(c.end, ce);
        if (!why.empty() && why != "generic" && !happened) {
            if (explain_ != nullptr) {
                *explain_ << "clause '" << doc_.span_text(cb, ce) << "': '"
                          << doc_.span_text(c.begin, c.end) << "' is not an event (" << why
                          << ")\n";
            }
            return; // the whole clause is a threat, hypothesis or negation
        }
        // "US forces conducted precision strikes on Tuesday at two locations in Iraq": a
        // state's strikes on a given day are events, however many.
        if (why == "generic" && (c.cue <= Cue::explosion || c.cue == Cue::attack) && c.plural &&
            state_strikes_on_day(cb, ce, c.begin)) {
            reason = why;
            strong_cue = true;
        } else if (why == "generic") {
            reason = why;
            continue;
        }
        // "Troops, supported by coalition airstrikes, cleared ...": the help does not type
        // the clause (unless nothing else does, see below).
        if (in_support_phrase(doc_, cb, c.begin)) {
            support.set(static_cast<std::size_t>(c.cue));
        } else {
            set.set(static_cast<std::size_t>(c.cue));
        }
        weapon = weapon || (c.cue <= Cue::explosion);
        if (!c.weak) {
            strong_cue = true;
        }
        // "fired tear gas at the protest": the protest is what the clause is about.
        const bool crowd_control =
            trigger != nullptr && (trigger->cue == Cue::tear_gas || trigger->cue == Cue::live_fire);
        // "the bodies of six men abducted last week were found on Tuesday": the finding dates
        // the killing, not the abduction before it.
        const bool found_dead =
            c.cue == Cue::remains_found && trigger != nullptr && trigger->cue == Cue::abduction;
        // "Troops, backed by coalition aircraft, killed nine militants in an operation": the
        // aircraft in the aside are help, not the clause's event.
        const bool aside = trigger != nullptr && in_support_phrase(doc_, cb, trigger->begin) &&
                           !in_support_phrase(doc_, cb, c.begin);
        // ("In a separate operation, CTS units arrested ...": the act, not the operation.)
        // (An operation that also killed stays the clause's event.)
        bool act_in_operation =
            trigger != nullptr && trigger->cue == Cue::operation && c.cue == Cue::arrest;
        for (const auto& x : cues) {
            act_in_operation = act_in_operation && x.cue != Cue::kill;
        }
        if (trigger == nullptr || (!c.weak && trigger->weak) ||
            (crowd_control && c.cue == Cue::protest) || found_dead || aside || act_in_operation) {
            trigger = &c;
        }
    }
    // "US forces struck a depot near Qaim", "the coalition struck ...": the forces that strike
    // across Iraq from the air make a weak verb an event (typed an air strike when finished).
    if (trigger != nullptr && trigger->weak && !strong_cue && trigger->cue == Cue::attack) {
        const auto verb = doc_.lower(trigger->begin);
        // ("Near Tal Afar, one strike destroyed a car bomb factory": strikes counted at the
        // head of a release's line)
        static const WordSet kStrikeDid = {"hit",     "struck",   "destroyed",
                                           "engaged", "targeted", "damaged"};
        if ((verb == "strike" || verb == "strikes") && trigger->begin > cb && trigger->end < ce &&
            kStrikeDid.contains(doc_.word(trigger->end)) &&
            parse_quantity(doc_, trigger->begin - 1, trigger->begin).has_value()) {
            strong_cue = true;
        }
        // ("... conducted a precision strike in Iraq that killed Qassem Soleimani. The strike
        // hit the two vehicles ... as they left Baghdad International Airport": the air strike
        // just told, opening the next sentence with where it hit, to be joined to it)
        if (verb == "strike" && trigger->begin == cb + 1 && doc_.lower(cb) == "the" &&
            trigger->end < ce && kStrikeDid.contains(doc_.word(trigger->end)) && !drafts_.empty() &&
            drafts_.back().last_sentence + 1 >= sentence &&
            drafts_.back().type.sub_event_type == "Air/drone strike") {
            strong_cue = true;
        }
        if (verb == "struck" || verb == "strikes" || verb == "targeted" || verb == "pounded" ||
            verb == "hit") {
            // ("Strikes hit facilities in Jurf al-Sakhar": the strikes themselves as the subject)
            if (strikes_as_subject(cb, trigger->begin)) {
                strong_cue = true;
            }
            // ("The United States struck 85 targets ... In Iraq, the strikes hit militia
            // positions near al-Qaim": the strikes told before, now at a place of their own)
            strikes_again = the_strikes_again(cb, trigger->begin);
            if (strikes_again != nullptr) {
                strong_cue = true;
            }
            // ("United States forces struck more than 85 targets at seven facilities": a state's
            // forces striking targets counted)
            if (verb == "struck" && trigger->end + 1 < ce) {
                std::size_t k = trigger->end;
                if (const auto q = parse_quantity(doc_, k, ce, false)) {
                    k = q->end;
                }
                const auto obj = k < ce ? doc_.lower(k) : text::TokenText();
                bool state = false;
                for (const auto& a : actors_in(cb, trigger->begin)) {
                    state = state || (a.armed && (a.inter == 1 || a.inter == 8));
                }
                if (state && k > trigger->end &&
                    (obj == "targets" || obj == "facilities" || obj == "sites" ||
                     obj == "positions")) {
                    strong_cue = true;
                }
            }
            // ("The following night we struck two Kata'ib Hizballah facilities": a military's
            // spokesman telling of its own strikes)
            if (trigger->begin > cb && doc_.lower(trigger->begin - 1) == "we" && verb != "hit" &&
                struck_sites(trigger->end, ce)) {
                strong_cue = true;
                we_struck_sites = true;
            }
            for (const auto& a : actors_in(cb, trigger->begin)) {
                if (a.end + 2 >= trigger->begin && air_power(a.name)) {
                    strong_cue = true;
                }
                // ("Unknown gunmen targeted the house of a judge", "IS militants targeted a
                // Peshmerga position": armed men the verb's subject)
                if (verb == "targeted" && a.armed && a.end == trigger->begin) {
                    strong_cue = true;
                }
            }
        }
    }
    // A ranking of places by their dead: "Ninewa was the worst affected governorate, with 19
    // civilians killed, followed by Baghdad with 8".
    // (Skipped, as scans below, when the clause's sentence holds none of the words it needs.)
    static constexpr text::ScanWords kRanking{"worst", "hardest", "most", "followed"};
    const bool may_rank = text::holds<kRanking>(clause_groups);
    for (std::size_t k = cb; may_rank && k + 1 < ce; ++k) {
        const auto w = doc_.lower(k);
        if ((w == "worst" || w == "hardest" || w == "most") &&
            (doc_.lower(k + 1) == "affected" || doc_.lower(k + 1) == "hit")) {
            return;
        }
        if (w == "followed" && doc_.lower(k + 1) == "by") {
            for (std::size_t j = k + 2; j + 1 < ce && j < k + 6; ++j) {
                if (doc_.lower(j) == "with" && (doc_.tokens()[j + 1].is(text::kNumber) ||
                                                parse_quantity(doc_, j + 1, ce).has_value())) {
                    return;
                }
            }
        }
    }
    // A tally of incidents with their dead: "KIRKUK (6 incidents, 5 killed)", "Nineveh: 5
    // incidents, 3 killed", "9 Turkish strikes recorded, 6 killed": many events counted, none
    // told (not "three rockets hit the base", nor "two attacks killed 5", told as events).
    static constexpr text::ScanWords kTallied{"incidents", "attacks", "strikes", "events"};
    if (text::holds<kTallied>(clause_groups)) {
        for (std::size_t k = cb + 1; k < ce; ++k) {
            const auto w = doc_.lower(k);
            if (w != "incidents" && w != "attacks" && w != "strikes" && w != "events") {
                continue;
            }
            // (the count right before, past one word: "9 Turkish strikes")
            const std::size_t n = doc_.tokens()[k - 1].is(text::kNumber)                  ? k - 1
                                  : k >= cb + 2 && doc_.tokens()[k - 2].is(text::kNumber) ? k - 2
                                                                                          : ce;
            if (n == ce || doc_.number_value(n) < 2) {
                continue;
            }
            std::size_t j = k + 1;
            if (j < ce && (doc_.lower(j) == "recorded" || doc_.lower(j) == "reported" ||
                           doc_.lower(j) == "logged")) {
                ++j;
            }
            if (j + 2 < ce && doc_.surface(j) == "," && doc_.tokens()[j + 1].is(text::kNumber) &&
                (doc_.lower(j + 2) == "killed" || doc_.lower(j + 2) == "dead" ||
                 doc_.lower(j + 2) == "deaths" || doc_.lower(j + 2) == "wounded" ||
                 doc_.lower(j + 2) == "injured")) {
                return;
            }
        }
    }
    // A tally with no event named: "UNAMI recorded 13 civilian deaths in February" ("the
    // mission" there is the UN's).
    static constexpr text::ScanWords kRecorded{"documented", "recorded", "registered",
                                               "verified",   "counted",  "records"};
    if ((trigger == nullptr || trigger->weak || trigger->cue == Cue::operation) &&
        text::holds<kRecorded>(clause_groups)) {
        for (std::size_t k = cb; k + 1 < ce; ++k) {
            const auto w = doc_.lower(k);
            if (w != "recorded" && w != "documented" && w != "registered" && w != "verified" &&
                w != "counted" && w != "records") {
                continue;
            }
            for (std::size_t j = k + 1; j < ce && j < k + 6; ++j) {
                const auto n = doc_.lower(j);
                if (n == "deaths" || n == "casualties" || n == "fatalities" || n == "injuries") {
                    return;
                }
            }
        }
    }
    // A trend of the dead: "Civilian deaths from all kinds of violence fell below 600 for the
    // year", "casualties doubled": a tally's movement, no event.
    static constexpr auto kMovesWords =
        std::to_array<std::string_view>({"dropped", "rose", "fell", "declined", "doubled", "halved",
                                         "increased", "decreased", "climbed"});
    static const WordSet kMoves(kMovesWords);
    if ((trigger == nullptr || trigger->weak || trigger->cue == Cue::kill) &&
        text::holds<kMovesWords>(clause_groups)) {
        static const WordSet kTally = {"deaths", "casualties", "fatalities", "killings"};
        for (std::size_t k = cb; k < ce; ++k) {
            if (!kTally.contains(doc_.word(k))) {
                continue;
            }
            for (std::size_t j = k + 1; j < ce && j < k + 8; ++j) {
                if (kMoves.contains(doc_.word(j))) {
                    return;
                }
                if (doc_.surface(j) == "," || doc_.surface(j) == ";") {
                    break;
                }
            }
        }
    }
    // "In February, IS attacks in Kirkuk province killed 23 people, up from 15 in January": a
    // month's toll set against another's, no event.
    static constexpr text::ScanWords kFromBits{"from"};
    static constexpr text::ScanWords kUpDown{"up", "down"};
    if (text::holds<kFromBits>(clause_groups) && text::holds<kUpDown>(clause_groups)) {
        for (std::size_t k = cb + 1; k + 1 < ce; ++k) {
            const auto w = doc_.lower(k - 1);
            if (doc_.lower(k) == "from" && (w == "up" || w == "down") &&
                (doc_.tokens()[k + 1].is(text::kNumber) ||
                 parse_quantity(doc_, k + 1, k + 2, false).has_value())) {
                return;
            }
        }
    }
    // "On the same night as Hashimi's killing, a bomb ...": the dead of the event named as the
    // time are not this one's.
    std::size_t count_begin = motive_end;
    static constexpr text::ScanWords kSame{"same"};
    for (std::size_t k = text::holds<kSame>(clause_groups) ? cb : ce; k + 2 < ce && k < cb + 5;
         ++k) {
        if (doc_.lower(k) == "same" && doc_.lower(k + 2) == "as") {
            for (std::size_t j = k + 3; j < ce && j < k + 12; ++j) {
                if (doc_.surface(j) == ",") {
                    count_begin = std::max(count_begin, j + 1);
                    break;
                }
            }
            break;
        }
    }
    // (A running toll in an aside is no one's: not the event's dead, nor its sides' roles.)
    const std::size_t told_end =
        count_begin == motive_end ? aside_at : running_toll_aside(count_begin + 2, ce);
    const auto count = count_casualties(doc_, count_begin, told_end);
    const bool counted =
        (count.killed && *count.killed > 0) || (count.injured && *count.injured > 0);

    // Actors in the clause, for the type (civilian victims, protesters acting).
    const auto actors = actors_in(cb, ce);
    // Who takes part. Victims are named after the trigger or as the subject of a passive
    // casualty verb ("three Peshmerga and a civilian were killed when militants stormed");
    // speakers ("police sources said") take no part.
    Participants who;
    bool civilian_victim = false, armed_victim = false;
    // "gunmen burst into the office of an activist and shot him dead": the one the pronoun
    // after the verb stands for, named before it (after the doers), is hit.
    bool pronoun_object = false;
    for (std::size_t k = trigger != nullptr ? trigger->begin + 1 : ce;
         k < ce && trigger != nullptr && k <= trigger->end; ++k) {
        const auto w = doc_.lower(k);
        pronoun_object = pronoun_object || w == "him" || w == "her" || w == "them";
    }
    bool doers_named = false;
    bool protest_told = false; // (activists shot at where no protest is told: see below)
    for (const auto& c : cues) {
        protest_told = protest_told || c.cue == Cue::protest;
    }

    for (const auto& a : actors) {
        if (is_speaker(doc_, a, ce) || a.begin >= aside_at) {
            continue;
        }
        const bool before = trigger != nullptr && a.begin < trigger->begin;
        const bool passive = is_passive_victim(doc_, a, aside_at) ||
                             (pronoun_object && before && doers_named && !a.armed);
        doers_named = doers_named || (before && a.armed);
        const bool by = after_by(doc_, a.begin);
        // ("Gunmen killed a farmer in his field and burned his tractor": the killed, before
        // the fire that triggers)
        bool killed_object = false;
        if (before && (trigger->cue == Cue::arson || trigger->cue == Cue::looting)) {
            for (const auto& c : cues) {
                killed_object = killed_object ||
                                (c.cue == Cue::kill && c.end <= a.begin && a.begin <= c.end + 1);
            }
        }
        const bool hit = (!before && !by) || passive || killed_object;
        who.armed_doers = who.armed_doers || (a.armed && !hit);
        if (a.civilian && hit) {
            civilian_victim = true;
        } else if (a.armed && hit) {
            armed_victim = true; // soldiers, police, Peshmerga on the receiving end
        }
        // ("a lawyer who represents the families of killed protesters": protesters only
        // described, not there)
        const bool described =
            a.begin >= cb + 2 && doc_.lower(a.begin - 2) == "of" &&
            (doc_.lower(a.begin - 1) == "killed" || doc_.lower(a.begin - 1) == "slain" ||
             doc_.lower(a.begin - 1) == "wounded" || doc_.lower(a.begin - 1) == "detained");
        // ("gunmen fired on a car carrying four activists": activists shot at where no protest
        // is told are civilians attacked, not a crowd met with force)
        const auto last = a.end > a.begin ? doc_.lower(a.end - 1) : text::TokenText();
        if (a.inter == 6 && hit && (last == "activist" || last == "activists") && !protest_told) {
            civilian_victim = true;
            continue;
        }
        if ((a.inter == 6 || a.inter == 5) && !described) {
            who.protesters_present = true;
            // ("the burning of the consulate by protesters": they did it)
            who.protesters_acting = who.protesters_acting || (before && !passive) || by;
        }
    }
    // "... the death of 25 demonstrators, after security forces opened fire on them": the
    // crowd named earlier in the sentence.
    // ("Protesters angry at ... stormed a base": the angry people act.)
    if (!who.protesters_present && cb > doc_.sentences()[sentence].token_begin) {
        bool pronoun = false;
        static constexpr text::ScanWords kThem{"them"};
        const bool may_them = text::holds<kThem>(clause_groups);
        for (std::size_t k = cb; may_them && k < ce; ++k) {
            pronoun = pronoun || doc_.lower(k) == "them";
        }
        if (pronoun || motive_end > cb) {
            for (const auto& a : actors_in(doc_.sentences()[sentence].token_begin, cb)) {
                if (a.inter == 6 || a.inter == 5) {
                    who.protesters_present = true;
                    who.protesters_acting = who.protesters_acting || motive_end > cb;
                }
            }
        }
    }
    // "residents stormed a Turkish base and set vehicles on fire": a crowd of local people
    // forcing its way in is a riot, as protesters' is. (Burning alone is not: "angry residents
    // set fire to houses in a nearby village" is a reprisal's property destruction.)
    if (!who.protesters_present && trigger != nullptr &&
        (trigger->cue == Cue::assault || trigger->cue == Cue::storming)) {
        // (and the families or followers of someone: "relatives of the missing cadets stormed
        // the parliament building", "Sadr's supporters stormed the Green Zone")
        static const WordSet kLocalCrowds = {"residents", "villagers",  "crowd",     "crowds",
                                             "locals",    "mob",        "youths",    "relatives",
                                             "families",  "supporters", "followers", "mourners",
                                             "students",  "graduates",  "unemployed"};
        // (the crowd the clause's subject: not "Tribal gunmen, relatives of a man killed last
        // week, stormed a village", "After killing the relatives of a sheikh, militants
        // stormed")
        static const WordSet kArmedWords = {"gunmen",     "militants", "fighters", "armed",
                                            "insurgents", "jihadists", "killing",  "militiamen"};
        bool armed_words = false;
        for (std::size_t k = cb; k < trigger->begin && !armed_words; ++k) {
            armed_words = kArmedWords.contains(doc_.word(k));
        }
        for (std::size_t k = cb; k < trigger->begin && !armed_words; ++k) {
            if (kLocalCrowds.contains(doc_.word(k))) {
                who.protesters_present = who.protesters_acting = true;
                break;
            }
        }
    }
    who.civilian_victims = civilian_victim && !armed_victim;
    // "Gunmen shot dead an off-duty police officer outside his home", "was shot dead in her
    // car": one person shot at home or in a car, away from any fight, is killed as the
    // unarmed are, whatever the victim's trade (a targeted killing, not a clash).
    // (So is an attack at a place where people eat, shop, marry or pray, no armed people
    // named among the hit: "lost his life in a heinous armed attack carried out today at a
    // restaurant in Erbil".)
    static constexpr auto kCivilSiteWords = std::to_array<std::string_view>(
        {"hotel", "bakery", "market", "cafe", "café", "restaurant", "wedding", "funeral"});
    static const WordSet kCivilSites(kCivilSiteWords);
    // (Not the state's forces firing: "Police opened fire at a market on a wanted gang leader,
    // who fired back, killing a policeman".)
    const auto state_in_clause = [&] {
        for (const auto& a : actors) {
            if (a.armed && (a.inter == 1 || a.inter == 8)) {
                return true;
            }
        }
        return false;
    };
    if (!who.civilian_victims && !armed_victim && trigger != nullptr &&
        (trigger->cue == Cue::shooting || trigger->cue == Cue::attack) && !who.protesters_present &&
        text::holds<kCivilSiteWords>(clause_groups) && !state_in_clause()) {
        for (std::size_t k = trigger->begin + 1; k + 2 < ce; ++k) {
            const auto p = doc_.lower(k);
            const auto a = doc_.lower(k + 1);
            if ((p == "at" || p == "in" || p == "inside" || p == "on") &&
                (a == "a" || a == "the") && kCivilSites.contains(doc_.word(k + 2))) {
                who.civilian_victims = true;
                break;
            }
        }
    }
    // (Not where the shooters are the state's or a foreign army's, or the one shot is of an
    // armed group, "security forces shot dead an IS emir in his car"; nor a post, a patrol or a
    // checkpoint in the clause; the phrase right after the shooting, "at his house" of a later
    // arrest or "near his home village" being no home.)
    static constexpr text::ScanWords kHome{"home", "house", "car"};
    const auto shooters_or_shot_armed = [&] {
        for (const auto& a : actors) {
            // (the subject of a passive is the one shot: "an army intelligence officer was shot
            // dead outside his house by gunmen")
            bool passive = false;
            for (std::size_t k = a.end; k < trigger->begin && !passive; ++k) {
                passive = doc_.lower(k) == "was" || doc_.lower(k) == "were";
            }
            const bool doer = (a.begin < trigger->begin && !passive) || after_by(doc_, a.begin);
            if ((doer && a.armed && (a.inter == 1 || a.inter == 8)) ||
                (!doer && a.armed && a.inter >= 2 && a.inter <= 4)) {
                return true;
            }
        }
        static const WordSet kPosts = {"checkpoint", "post",     "position", "positions",
                                       "patrol",     "barracks", "convoy",   "base"};
        for (std::size_t k = cb; k < ce; ++k) {
            if (kPosts.contains(doc_.word(k))) {
                return true;
            }
        }
        return false;
    };
    if (!who.civilian_victims && trigger != nullptr && trigger->cue == Cue::shooting &&
        !who.protesters_present && text::holds<kHome>(clause_groups)) {
        for (std::size_t k = trigger->end; k + 1 < ce && k < trigger->end + 10; ++k) {
            const auto w = doc_.lower(k + 1);
            const auto p = doc_.lower(k);
            if (doc_.surface(k) == "," || doc_.surface(k) == ";" || p == "and" || p == "who") {
                break;
            }
            const auto next = k + 2 < ce ? doc_.lower(k + 2) : text::TokenText();
            if ((w == "home" || w == "house" || w == "car") && (p == "his" || p == "her") &&
                k >= 2 &&
                (doc_.lower(k - 1) == "outside" || doc_.lower(k - 1) == "at" ||
                 doc_.lower(k - 1) == "in" || doc_.lower(k - 1) == "near" ||
                 (doc_.lower(k - 1) == "of" && doc_.lower(k - 2) == "front")) &&
                !(next == "village" || next == "town" || next == "city" || next == "province" ||
                  next == "district" || next == "area") &&
                !shooters_or_shot_armed()) {
                who.civilian_victims = true;
                break;
            }
        }
    }
    Draft m;
    m.first_sentence = m.last_sentence = m.evidence_sentence = sentence;
    // "two rockets struck near the embassy and another hit Balad air base": one more of the
    // weapons just told, whatever the verb's strength.
    // ("Iran fired 16 missiles. Eleven struck Al Asad Air Base. One struck near Erbil": a
    // count of them, at the head of the next sentences.)
    const auto hit_verb = [&](std::size_t k) {
        const auto v = doc_.lower(k);
        return v == "struck" || v == "hit" || v == "landed" || v == "fell";
    };
    // ("Five rockets were fired at dawn. Three of them landed inside Balad air base")
    const bool of_them = trigger != nullptr && trigger->begin == cb + 3 &&
                         doc_.lower(cb + 1) == "of" &&
                         (doc_.lower(cb + 2) == "them" || doc_.lower(cb + 2) == "these" ||
                          doc_.lower(cb + 2) == "those");
    const bool counted_head = trigger != nullptr && (trigger->begin == cb + 1 || of_them) &&
                              doc_.tokens()[cb].is(text::kWord) &&
                              parse_quantity(doc_, cb, cb + 1, false).has_value() &&
                              hit_verb(trigger->begin);
    // ("two rockets landed inside the Green Zone, while two more fell on Balad Air Base")
    // (or "more" alone: "missiles hit Ain al-Asad air base; more fell near Erbil airport")
    const bool more_head = trigger != nullptr &&
                           ((trigger->begin == cb + 2 && doc_.lower(cb + 1) == "more" &&
                             parse_quantity(doc_, cb, cb + 1, false).has_value()) ||
                            (trigger->begin == cb + 1 && doc_.lower(cb) == "more" && cb > 0 &&
                             (doc_.surface(cb - 1) == ";" || doc_.surface(cb - 1) == ","))) &&
                           hit_verb(trigger->begin);
    const bool another_hit =
        trigger != nullptr &&
        (((doc_.lower(cb) == "another" || counted_head) && trigger->begin == cb + 1) ||
         (counted_head && of_them) || more_head) &&
        !drafts_.empty() &&
        (drafts_.back().last_sentence == sentence ||
         (counted_head && drafts_.back().last_sentence + 2 >= sentence)) &&
        drafts_.back().type.event_type == "Explosions/Remote violence";
    m.count_of_last = counted_head && another_hit;
    if (trigger == nullptr || (!strong_cue && !weapon && !counted && !casualty && !another_hit)) {
        if (!casualty) {
            return; // a generic statement or a weak verb alone
        }
        m.casualty_only = true;
        trigger = &cues.front();
        // ("Eleven died in Koya, where missiles struck the offices": the dead of that event)
        const std::size_t send = doc_.sentences()[sentence].token_end;
        if (ce + 1 < send && doc_.lower(ce) == "where") {
            for (const auto& c : cues_in(ce, send)) {
                m.before_where = m.before_where || (is_event_cue(c.cue) && c.cue != Cue::kill &&
                                                    c.cue != Cue::injure);
            }
        }
        // "... the protests that have spread since the death of Jina Amini in September": the
        // start of something ongoing, not an event told.
        if (doc_.lower(cb) == "since") {
            return;
        }
        // "... on the airport road in Baghdad, where the two men died": a place known by
        // deaths told before, not new dead.
        if (doc_.lower(cb) == "where" && cb + 1 < ce &&
            (doc_.lower(cb + 1) == "the" || doc_.lower(cb + 1) == "his" ||
             doc_.lower(cb + 1) == "her" || doc_.lower(cb + 1) == "their")) {
            return;
        }
        // "a string of attacks around Daquq killed at least 11 people": the dead of many
        // events, told with no day, are a total.
        // (But "16 people were killed in the al-Qaim strikes": the dead of strikes the report
        // has told, named as such.)
        if (reason == "generic" && find_dates(doc_, cb, ce, reference_of(sentence)).empty() &&
            !named_strikes_told(cb, cues)) {
            return;
        }
        // "Hundreds of pilgrims died when panic swept a crowd on the bridge", "were crushed or
        // trampled": the dead of a crowd's flight, no attack told in the clause.
        {
            static constexpr text::ScanWords kCrowd{"panic", "crush", "crushed", "trampled",
                                                    "stampede"};
            const bool may_crowd = text::holds<kCrowd>(clause_groups);
            for (std::size_t k = cb; may_crowd && k < ce; ++k) {
                const auto w = doc_.lower(k);
                if (w == "panic" || w == "crush" || w == "crushed" || w == "trampled" ||
                    w == "stampede") {
                    return;
                }
            }
        }
        // "the flood could kill hundreds of thousands": deaths foreseen or imagined.
        bool told = false;
        for (const auto& c : cues) {
            if (c.cue != Cue::kill && c.cue != Cue::injure) {
                continue;
            }
            std::size_t k = c.begin;
            while (k > cb + 1 && (doc_.lower(k - 1) == "have" || doc_.lower(k - 1) == "not" ||
                                  doc_.lower(k - 1) == "be")) {
                --k;
            }
            const auto w = k > cb ? doc_.lower(k - 1) : text::TokenText();
            if (w != "could" && w != "would" && w != "might" && w != "may" && w != "will" &&
                w != "can") {
                told = true;
            }
        }
        if (!told) {
            return;
        }
        // "Since 2018, 45 civilians have been killed": a total, not an event; nor a sentence
        // passed or the dead mourned.
        for (const auto& c : cues) {
            if (c.cue == Cue::kill || c.cue == Cue::injure) {
                const text::TokenText why = reason_text(non_event_reason_of(cb, c));
                // (and the dead of a mass grave found: "recovered remains")
                // (A court's sentence for a crime it dates in full, months before the report,
                // tells that crime: "sentenced three men for the killing of five travellers at
                // a fake checkpoint near Mutaibijah on 18 March 2018".)
                const bool dated_crime = why == "judicial" && [&] {
                    for (const auto& d : find_dates(doc_, c.end, ce, reference_of(sentence))) {
                        if (d.precision == 1 && !d.since && told_in_full_long_before(d)) {
                            return true;
                        }
                    }
                    return false;
                }();
                if (why == "aggregate" || (why == "judicial" && !dated_crime) ||
                    why == "mourning" || why == "accident" || why == "recovered remains") {
                    return;
                }
                // "The government denied that any protesters were killed": deaths denied.
                static constexpr text::ScanWords kDenied{"denied", "denies", "deny", "refuted"};
                for (std::size_t k = text::holds<kDenied>(clause_groups) ? cb : c.begin;
                     k < c.begin; ++k) {
                    const auto w = doc_.lower(k);
                    if ((w == "denied" || w == "denies" || w == "deny" || w == "refuted") &&
                        k + 1 < c.begin && doc_.lower(k + 1) == "that") {
                        return;
                    }
                }
            }
        }
        // "CTS advances inside the Old City; dozens of IS militants killed": the dead of the
        // move the clause before told (a weak cue of fighting, in the same sentence).
        if (cb >= 2 && doc_.surface(cb - 1) == ";") {
            const std::size_t sb = doc_.sentences()[sentence].token_begin;
            for (const auto& c : cues_in(sb, cb - 1)) {
                if (c.weak && c.cue == Cue::clash) {
                    m.type = {"Battles", "Armed clash"};
                    m.casualty_only = false;
                }
            }
        }
    } else {
        m.type = classify(set, who);
        // "US strikes hit the Akashat area": a foreign military's "strikes" are from the air
        // (the type of an event told anyway, not a reason to tell one).
        if (m.type.from_generic_attack && m.type.event_type == "Battles" &&
            strikes_by_air_power(cb, ce)) {
            m.type = {"Explosions/Remote violence", "Air/drone strike"};
        }
        // "In Syria the bombs fell across Deir ez-Zor", "jets dropped bombs on the village":
        // bombs that fall or are dropped come from the air.
        if (m.type.sub_event_type == "Remote explosive/landmine/IED") {
            for (const auto& c : cues) {
                const auto b = doc_.lower(c.begin);
                if (c.cue != Cue::bomb || (b != "bomb" && b != "bombs")) {
                    continue;
                }
                const auto after = c.end < ce ? doc_.lower(c.end) : text::TokenText();
                const auto before = c.begin > cb ? doc_.lower(c.begin - 1) : text::TokenText();
                if (after == "fell" || after == "rained" || before == "dropped" ||
                    before == "dropping" ||
                    (c.begin > cb + 1 && doc_.lower(c.begin - 2) == "dropped")) {
                    m.type = {"Explosions/Remote violence", "Air/drone strike", true};
                }
            }
        }
        // "a strike on a clinic killed eight", "killed in the strike near al-Qaim": the noun
        // alone is a strike from the air in this news (a guess still: the report's dominant
        // weapon may say otherwise when it hit a base).
        if (m.type.from_generic_attack && m.type.event_type == "Battles" &&
            strike_noun(trigger->begin, trigger->end)) {
            m.type = {"Explosions/Remote violence", "Air/drone strike", true};
        }
        // "- Near Qayyarah, two strikes hit an ISIL unit and destroyed a mortar tube", "one
        // strike destroyed a car bomb factory": strikes counted at the head of a clause are
        // from the air; the weapons and the fighting after them are what they hit.
        if (m.type.sub_event_type != "Air/drone strike") {
            for (const auto& c : cues) {
                if (c.begin < motive_end || c.cue == Cue::kill || c.cue == Cue::injure) {
                    continue;
                }
                const auto w = doc_.lower(c.begin);
                if (c.end == c.begin + 1 && (w == "strike" || w == "strikes") &&
                    ((c.begin > cb && parse_quantity(doc_, c.begin - 1, c.begin).has_value()) ||
                     strikes_as_subject(cb, c.end))) {
                    m.type = {"Explosions/Remote violence", "Air/drone strike", true};
                }
                break; // (only the clause's first cue)
            }
        }
        // "Turkish forces launched Operation Claw-Lock against the PKK in the Metina region on
        // Sunday": a state's offensive begun, whose form the next sentences tell ("jets struck
        // caves in the three regions").
        if (m.type.event_type.empty() && trigger->cue == Cue::operation &&
            launched_by_state(cb, trigger->begin)) {
            m.type = {"Battles", "Armed clash", true};
        }
        // ("The offensive to retake Tall Afar, which began before dawn on Sunday": an offensive
        // to take a town back, said to have begun)
        if (m.type.event_type.empty() && trigger->cue == Cue::operation) {
            bool retake = false, began = false;
            for (std::size_t k = trigger->end; k < ce && k < trigger->end + 12; ++k) {
                const auto w = doc_.lower(k);
                retake = retake || w == "retake" || w == "recapture" || w == "liberate" ||
                         w == "free" || w == "clear";
                began = began || w == "began" || w == "started" || w == "begun";
            }
            // (with its day; not a time reference, "a week after the offensive to retake the
            // city began")
            bool reference = false;
            for (std::size_t k = cb; k < trigger->begin; ++k) {
                const auto w = doc_.lower(k);
                reference =
                    reference || w == "after" || w == "since" || w == "before" || w == "until";
            }
            if (retake && began && !reference &&
                !find_dates(doc_, trigger->end, ce, reference_of(sentence)).empty()) {
                m.type = {"Battles", "Armed clash", true};
            }
        }
        if (m.type.event_type.empty() && support.any()) {
            // Forces that killed with air support fought a battle; help alone types the rest.
            m.type = casualty ? EventType{"Battles", "Armed clash"} : classify(set | support, who);
        }
        if (m.type.event_type.empty()) {
            m.casualty_only = casualty;
            if (!casualty) {
                return;
            }
        }
        // "Shortly afterwards, a third attack targeted Jadriya": one more of a series, of the
        // kind the report tells (typed below by its dominant weapon), not the one before.
        if (m.type.from_generic_attack && trigger->begin > cb) {
            // ("the second struck minutes later" is the second attacker of the same attack)
            const auto w = doc_.lower(trigger->begin - 1);
            const bool ordinal =
                (w == "second" || w == "third" || w == "fourth" || w == "fifth" || w == "further" ||
                 w == "similar") &&
                trigger->begin >= cb + 2 && doc_.lower(trigger->begin - 2) == "a" &&
                (doc_.lower(trigger->begin) == "attack" || doc_.lower(trigger->begin) == "strike");
            if (ordinal || w == "another") {
                m.series = true;
                m.separate = true;
            }
        }
        // ("The strikes targeted two storage sites": of the kind the strikes told before.)
        if (strikes_again != nullptr && m.type.from_generic_attack &&
            m.type.event_type == "Battles") {
            m.type = strikes_again->type.event_type == "Explosions/Remote violence"
                         ? strikes_again->type
                         : EventType{"Explosions/Remote violence", "Air/drone strike", true};
        }
        if (we_struck_sites && m.type.from_generic_attack) {
            m.type = {"Explosions/Remote violence", "Air/drone strike"};
        }
        // ("..., and two more fell on Balad Air Base, which hosts American contractors": more
        // of the weapons just told, whoever is near where they fell)
        if (more_head && another_hit) {
            m.type = drafts_.back().type;
        }
        // "Explosion heard near Erbil airport": a sound, whose weapon the next report names
        // ("a drone was shot down near the airport"): the type is a guess.
        if (trigger->cue == Cue::explosion && !counted) {
            for (std::size_t k = trigger->begin > cb + 3 ? trigger->begin - 3 : cb;
                 k < ce && k < trigger->end + 3; ++k) {
                if (doc_.lower(k) == "heard") {
                    m.type.from_generic_attack = true;
                    break;
                }
            }
        }
    }
    m.killed = count.killed;
    m.injured = count.injured;
    // "arrested five men suspected of planting the bomb that killed two people": the dead of
    // the crime the arrested are suspected of, not of the arrests.
    if (m.type.sub_event_type == "Arrests" && (m.killed || m.injured)) {
        // ("A man suspected of killing two policemen was arrested": the crime before the
        // arrest)
        for (std::size_t k = cb + 2; k < trigger->begin; ++k) {
            if (doc_.lower(k - 1) == "of" &&
                (doc_.lower(k - 2) == "suspected" || doc_.lower(k - 2) == "accused") &&
                (doc_.lower(k) == "killing" || doc_.lower(k) == "murdering" ||
                 doc_.lower(k) == "wounding")) {
                m.killed.reset();
                m.injured.reset();
                break;
            }
        }
        for (std::size_t k = trigger->end; (m.killed || m.injured) && k < ce; ++k) {
            const auto w = doc_.lower(k);
            // (also "arrested two suspects in the killing of an activist", "arrested the
            // gunmen who killed an activist")
            const bool in_the_killing =
                w == "in" && k + 2 < ce && doc_.lower(k + 1) == "the" &&
                (doc_.lower(k + 2) == "killing" || doc_.lower(k + 2) == "killings" ||
                 doc_.lower(k + 2) == "murder" || doc_.lower(k + 2) == "assassination");
            const bool who_killed =
                w == "who" && k + 1 < ce &&
                (doc_.lower(k + 1) == "killed" || doc_.lower(k + 1) == "murdered" ||
                 doc_.lower(k + 1) == "assassinated" || doc_.lower(k + 1) == "shot");
            if (w == "suspected" || w == "accused" || w == "charged" || w == "wanted" ||
                in_the_killing || who_killed) {
                const auto before = count_casualties(doc_, count_begin, k);
                m.killed = before.killed;
                m.injured = before.injured;
                break;
            }
        }
    }
    // "At least 40 people were killed across southern Iraq on Friday as protesters stormed
    // party offices": the dead of many events, not of one.
    const bool spread = spread_across_region(cb, ce); // (also decides the summary below)
    if ((m.killed || m.injured) && spread) {
        m.killed.reset();
        m.injured.reset();
    }
    m.absurd = count.absurd;
    m.toll_update = count.toll_update;
    m.estimate = count.estimate && m.casualty_only;
    // ("IS said it killed seven soldiers", "claimed to have killed 20": a count the doers
    // claim, which the officials' count told with it replaces)
    if (m.killed && *m.killed > 0) {
        static constexpr text::ScanWords kClaim{"says", "said", "claims", "claimed"};
        for (std::size_t k = doc_.may_hold<kClaim>(cb, ce) ? cb : ce; k + 2 < ce; ++k) {
            const auto w = doc_.lower(k);
            if (w != "said" && w != "says" && w != "claimed" && w != "claims") {
                continue;
            }
            std::size_t v = k + 1;
            if (doc_.lower(v) == "it" || doc_.lower(v) == "they") {
                ++v;
                if (v < ce && doc_.lower(v) == "had") {
                    ++v;
                }
            } else if (doc_.lower(v) == "to" && v + 2 < ce && doc_.lower(v + 1) == "have") {
                v += 2;
            } else {
                continue;
            }
            if (v < ce && doc_.lower(v) == "killed") {
                m.claimed_count = true;
                break;
            }
        }
    }
    m.dead_sides = count.killed_side == 's'   ? 1U
                   : count.killed_side == 'm' ? 2U
                   : count.killed_side == 'c' ? 4U
                                              : 0U;
    // ("Month totals for the province: 61 militants killed": a tally, no party's dead of the
    // event before.)
    static constexpr text::ScanWords kTally{"total", "totals", "tally", "figures", "overall"};
    if (m.dead_sides != 0 && doc_.may_hold<kTally>(doc_.sentences()[sentence].token_begin,
                                                   doc_.sentences()[sentence].token_end)) {
        for (std::size_t k = doc_.sentences()[sentence].token_begin;
             k < doc_.sentences()[sentence].token_end; ++k) {
            const auto w = doc_.lower(k);
            if (w == "total" || w == "totals" || w == "tally" || w == "figures" || w == "overall") {
                m.dead_sides = 0;
                break;
            }
        }
    }
    // "Two of the attackers were killed as well", "two militants were also killed": more dead,
    // added to the toll of the event told just before (see merge_into).
    // ("Two more soldiers later died of their wounds", "two other soldiers died", "another
    // soldier died": more dead, counted apart.)
    if (m.killed && *m.killed > 0) {
        static constexpr text::ScanWords kAlso{"also", "well", "more", "other", "another"};
        for (std::size_t k = text::holds<kAlso>(clause_groups) ? cb : ce; k < ce; ++k) {
            const auto w = doc_.lower(k);
            const bool counted_more = (w == "more" || w == "other") && k > cb &&
                                      parse_quantity(doc_, k - 1, k, false).has_value() &&
                                      k + 1 < ce && is_person_noun(doc_.word(k + 1));
            const bool another =
                w == "another" && k == cb && k + 1 < ce && is_person_noun(doc_.word(k + 1));
            if (w == "also" || (w == "well" && k > cb && doc_.lower(k - 1) == "as") ||
                (m.casualty_only && (counted_more || another))) {
                m.adds_dead = true;
                break;
            }
        }
    }
    // "09:00 - Update: 30 killed, 45 injured": a live blog's update line gives the toll as it
    // now stands.
    if (m.casualty_only && !m.toll_update) {
        const std::size_t line = doc_.sentences()[sentence].token_begin;
        for (std::size_t k = line; k < ce && k < line + 6; ++k) {
            if ((doc_.lower(k) == "update" || doc_.lower(k) == "updated") && k + 1 < ce &&
                doc_.surface(k + 1) == ":") {
                m.toll_update = true;
                break;
            }
        }
    }
    // (not a chemical shell: one such attack does not make the article's other attacks
    // chemical)
    if (!m.casualty_only && !m.type.from_generic_attack &&
        m.type.event_type == "Explosions/Remote violence" &&
        m.type.sub_event_type != "Chemical weapon") {
        ++weapon_votes_[m.type.sub_event_type];
    }
    m.strength = m.casualty_only ? 0 : (m.type.from_generic_attack ? 1 : 2);

    m.from_title = doc_.paragraph_of_sentence(sentence).kind == text::ParagraphKind::title;
    if (const auto& sent = doc_.sentences()[sentence]; sent.token_begin < header_end(0)) {
        for (std::size_t k = sent.token_begin + 1; k < sent.token_begin + 3 && k < sent.token_end;
             ++k) {
            m.label = m.label || doc_.surface(k) == ":";
        }
    } else if (sent.token_begin == doc_.paragraph_of_sentence(sentence).token_begin &&
               sent.token_end < sent.token_begin + 9 && sentence + 1 < doc_.sentences().size() &&
               doc_.sentences()[sentence + 1].paragraph == sent.paragraph && list_item(sentence)) {
        m.label = true; // ("1) SAF - tribal dispute. 05 FEB, 1440-1630. ...")
    }
    m.head = std::string(doc_.lower(trigger->end - 1));
    if (!m.head.empty() && m.head.back() == 's' && trigger->plural) {
        m.head.pop_back(); // "strikes" refers back to a "strike"
    }
    m.heads = {m.head};
    m.sentences = {sentence};
    static constexpr text::ScanWords kDaysWeeks{"days", "weeks"};
    const bool may_span_days = text::holds<kDaysWeeks>(clause_groups);
    for (std::size_t k = cb; may_span_days && k + 2 < ce; ++k) {
        if (doc_.lower(k) == "for" &&
            (doc_.lower(k + 2) == "days" || doc_.lower(k + 2) == "weeks" ||
             doc_.lower(k + 1) == "days" || doc_.lower(k + 1) == "weeks")) {
            m.spans_days = true;
        }
    }
    std::tie(m.same_site_begin, m.same_site_end) = names_same_site(cb, ce);
    // ("BLASTS KILL SCORES AT SHIITE SHRINES IN KARBALA ... at least 85 people were killed
    // there": the dead told at the site just named are its toll as it now stands)
    if (m.casualty_only && m.same_site_end != 0) {
        m.toll_update = true;
    }
    // Definite references: "the attack", "Wednesday's attack", "this strike". (A verb is
    // never one: "the army arrested six suspects".)
    const auto trigger_word = doc_.lower(trigger->end - 1);
    // (Nor a verb phrase of territory: "by the evening they had cleared most of the town".)
    const auto first_word = doc_.lower(trigger->begin);
    const bool territory_verb =
        (trigger->cue == Cue::takeover || trigger->cue == Cue::recapture ||
         trigger->cue == Cue::withdrawal) &&
        trigger->end > trigger->begin + 1 &&
        ((first_word.size() > 4 && first_word.ends_with("ed")) || first_word == "took" ||
         first_word == "overran" || first_word == "fell" || first_word == "swept" ||
         first_word == "broke" || first_word == "broken");
    // (Nor one of destruction: "where the fighters smashed statues with hammers".)
    const bool destruction_verb = trigger->cue == Cue::looting &&
                                  trigger->end > trigger->begin + 1 && first_word.size() > 4 &&
                                  (first_word.ends_with("ed") || first_word.ends_with("ing"));
    const bool verb_trigger = territory_verb || destruction_verb ||
                              (trigger->end == trigger->begin + 1 && trigger_word.size() > 4 &&
                               trigger_word.ends_with("ed"));
    for (std::size_t k = 1; k <= 4 && trigger->begin >= cb + k && !verb_trigger; ++k) {
        const auto w = doc_.lower(trigger->begin - k);
        const auto& t = doc_.tokens()[trigger->begin - k];
        // ("The army said that Iraqi aircraft struck ...": what was said, not a reference.)
        if (is_speech_verb(w) || (w == "that" && trigger->begin >= cb + k + 1 &&
                                  is_speech_verb(doc_.lower(trigger->begin - k - 1)))) {
            break;
        }
        if (w == "the" || w == "this" || w == "that" || w == "these" || w == "those" ||
            w == "neither" || w == "both" || w == "either" ||
            (t.is(text::kPossessive) && text::weekday_from_word(w) >= 0)) {
            // ("The coalition struck a depot": a force named as the subject of the verb.)
            const auto between = actors_in(trigger->begin - k, trigger->begin);
            m.definite = between.begin() == between.end() ||
                         doc_.tokens()[trigger->begin - 1].is(text::kPossessive);
            // ("The first mortar round landed in the courtyard at 11.40 on Friday night": a
            // clause that opens with the first of a series tells it.)
            if (w == "the" && trigger->begin - k == cb && k >= 2 &&
                doc_.lower(trigger->begin - k + 1) == "first") {
                m.definite = false;
            }
            break;
        }
        // Headline style with the article dropped: "Islamic Resistance claims attack".
        if (k == 1 && (w == "claims" || w == "claimed" || w == "claim" || w == "denies" ||
                       w == "denied" || w == "condemns" || w == "condemned")) {
            m.definite = true;
            break;
        }
        // ("... the consulate in the city and set it on fire": a verb after "and".)
        if (!t.is(text::kWord) || w == "a" || w == "an" || w == "and" || w == "then") {
            break;
        }
    }
    // "The US soldiers were killed on 28 January, when a drone hit ...": the dead named
    // again, as the subject that opens the sentence, point back to the event that counted them.
    if (!m.definite && cb == doc_.sentences()[sentence].token_begin && doc_.lower(cb) == "the") {
        std::size_t k = cb + 1;
        while (k < ce && k < cb + 4 && !is_person_noun(doc_.word(k)) &&
               (country_of_demonym(doc_.word(k)).size() > 0 ||
                parse_quantity(doc_, k, k + 1, false).has_value() ||
                doc_.tokens()[k].is(text::kAllUpper))) {
            ++k;
        }
        const auto verb = k + 2 < ce ? doc_.lower(k + 1) : text::TokenText();
        const auto part = k + 2 < ce ? doc_.lower(k + 2) : text::TokenText();
        if (k < ce && is_person_noun(doc_.word(k)) && doc_.lower(k).ends_with("s") &&
            (verb == "were" || verb == "had") &&
            (part == "killed" || (part == "been" && k + 3 < ce && doc_.lower(k + 3) == "killed"))) {
            m.definite = true;
            // (no number: the dead already counted, not "at least two" of a bare plural)
            bool number = false;
            for (std::size_t j = cb + 1; j < k; ++j) {
                number = number || parse_quantity(doc_, j, j + 1, false).has_value();
            }
            m.dead_named_again = !number && m.killed && *m.killed == 2;
        }
    }
    // "The bodies of the men, all from one clan, were found by relatives in the afternoon":
    // the dead just told, found; no count of their own.
    if (!m.definite && cb == doc_.sentences()[sentence].token_begin && cb + 4 < ce &&
        doc_.lower(cb) == "the" &&
        (doc_.lower(cb + 1) == "bodies" || doc_.lower(cb + 1) == "body") &&
        doc_.lower(cb + 2) == "of" &&
        (doc_.lower(cb + 3) == "the" || doc_.lower(cb + 3) == "both" ||
         doc_.lower(cb + 3) == "all") &&
        is_person_noun(doc_.word(cb + 4)) && !drafts_.empty() && drafts_.back().killed &&
        *drafts_.back().killed > 0) {
        m.definite = true;
        m.dead_named_again = true;
    }
    // "The bodies of the soldiers killed at Taji have been flown home", "relatives of those
    // killed in the blast": the dead named by their death, a reference to it, no new toll.
    if (!m.definite && m.casualty_only) {
        for (std::size_t k = cb + 2; k < ce; ++k) {
            if (doc_.lower(k) != "killed") {
                continue;
            }
            const auto dead = doc_.lower(k - 1);
            const bool named =
                dead == "those" || (is_person_noun(doc_.word(k - 1)) && dead.ends_with("s") &&
                                    doc_.lower(k - 2) == "the");
            if (named && k + 1 < ce &&
                (doc_.lower(k + 1) == "at" || doc_.lower(k + 1) == "in" ||
                 doc_.lower(k + 1) == "on" || doc_.lower(k + 1) == "by")) {
                // (their death already counted: nothing more to record)
                if (std::any_of(drafts_.begin(), drafts_.end(),
                                [](const Draft& e) { return e.killed && *e.killed > 0; })) {
                    return;
                }
                m.definite = true;
                m.dead_named_again = true;
            }
            break;
        }
    }
    // "... many times since the fighting in Anbar began at the end of last year": the start of
    // something named again, a time to count from, no event told.
    if (m.definite && doc_.lower(cb) == "since") {
        for (std::size_t k = trigger->end; k < ce && k < trigger->end + 6; ++k) {
            const auto w = doc_.lower(k);
            if (w == "began" || w == "started" || w == "erupted" || w == "broke") {
                return;
            }
        }
    }
    // Told as another event: "in a separate clash", "Separately, ...", "in a second attack".
    static constexpr text::ScanWords kSeparate{"separate", "second", "another"};
    for (std::size_t k = text::holds<kSeparate>(clause_groups) ? 1 : 4;
         k <= 3 && trigger->begin >= cb + k; ++k) {
        const auto w = doc_.lower(trigger->begin - k);
        if (w == "separate" || (k <= 2 && (w == "second" || w == "another") &&
                                doc_.lower(trigger->begin - k - 1) != "the")) {
            m.separate = true;
            break;
        }
        if (!doc_.tokens()[trigger->begin - k].is(text::kWord)) {
            break;
        }
    }
    if (doc_.lower(cb) == "separately" || (cb > 0 && doc_.lower(cb - 1) == "separately")) {
        m.separate = true;
    }
    // "The operation resulted in the killing of five terrorists": the toll of the event just
    // told.
    if ((doc_.lower(cb) == "resulted" || doc_.lower(cb) == "resulting") && cb + 1 < ce &&
        doc_.lower(cb + 1) == "in" && cb > doc_.sentences()[sentence].token_begin) {
        m.continuation = true;
        m.type = {}; // (what was destroyed, "quantities of explosives", types nothing)
    }
    // "Three rockets were fired at the refinery. One hit a storage tank": one of the weapons
    // just counted, no other event.
    if (cb + 1 < ce && !drafts_.empty() && drafts_.back().last_sentence + 1 >= sentence &&
        drafts_.back().type.event_type == "Explosions/Remote violence") {
        const auto w = doc_.lower(cb);
        const auto v = doc_.lower(cb + 1);
        if ((w == "one" || w == "another" || w == "two" || w == "three") &&
            (v == "hit" || v == "landed" || v == "struck" || v == "fell" || v == "exploded" ||
             v == "impacted")) {
            m.continuation = true;
            m.type = {};
        }
    }
    // "Later the same night a roadside bomb hit a patrol", "Hours later, ...": what followed.
    if (doc_.lower(cb) == "later" || (cb + 1 < ce && doc_.lower(cb + 1) == "later" &&
                                      (doc_.lower(cb) == "hours" || doc_.lower(cb) == "minutes" ||
                                       doc_.lower(cb) == "shortly" || doc_.lower(cb) == "soon"))) {
        m.separate = true;
    }
    // "The attack came hours after ISIS gunmen killed two farmers in Lheiban": what it came
    // after is another event.
    // "... after the US killed Qassem Soleimani": killings with a doer, told as what came
    // before, are an event of their own (see add()).
    m.opens_after = doc_.lower(cb) == "after";
    m.after_semicolon = cb > 0 && doc_.surface(cb - 1) == ";" ? cb : 0;
    m.opens_where = doc_.lower(cb) == "where";
    m.opens_burning = cb > 0 && doc_.surface(cb - 1) == "," &&
                      (doc_.lower(cb) == "setting" || doc_.lower(cb) == "torching" ||
                       doc_.lower(cb) == "burning" || doc_.lower(cb) == "looting");
    m.opens_before = doc_.lower(cb) == "before";
    // "Iraqi security officials initially spoke of a homemade bomb": what the event just told
    // was first said to be, no second event.
    static constexpr text::ScanWords kSpoke{"spoke", "talked", "speak", "spoken"};
    for (std::size_t k = text::holds<kSpoke>(clause_groups) ? trigger->begin : cb;
         k > cb + 1 && k + 5 > trigger->begin; --k) {
        const auto w = doc_.lower(k - 1);
        if ((w == "of" || w == "about") &&
            (doc_.lower(k - 2) == "spoke" || doc_.lower(k - 2) == "talked" ||
             doc_.lower(k - 2) == "speak" || doc_.lower(k - 2) == "spoken")) {
            m.definite = true;
            break;
        }
    }
    // "U.S. forces struck two facilities on Wednesday, killing eight fighters, a day after an
    // American gunship hit a vehicle ...": what came before the event its sentence just told is
    // another event, not more of it.
    if (m.opens_after && cb > 0 && doc_.lower(cb - 1) == "day" && !drafts_.empty() &&
        drafts_.back().last_sentence == sentence) {
        m.separate = true;
    }
    // "Commandos landed in Zap early on Monday after a night of air and artillery strikes":
    // the strikes of the night before are an event of their own.
    if (m.opens_after && cb + 3 < ce && !drafts_.empty() &&
        drafts_.back().last_sentence == sentence) {
        const auto period = [&](std::size_t k) {
            const auto w = doc_.lower(k);
            return (w == "night" || w == "nights" || w == "day" || w == "days" || w == "week" ||
                    w == "weeks" || w == "hours") &&
                   doc_.lower(k + 1) == "of";
        };
        const auto q = doc_.lower(cb + 1);
        const std::size_t of =
            period(cb + 1)                                                                 ? cb + 2
            : (q == "a" || q == "two" || q == "three" || q == "several") && period(cb + 2) ? cb + 3
                                                                                           : 0;
        // (Strikes from afar before a ground move; not "after a day of fighting", which is
        // the fight the event ended.)
        for (std::size_t k = of + 1; of != 0 && k < ce && k < of + 5; ++k) {
            const auto w = doc_.lower(k);
            if (w == "air" || w == "airstrikes" || w == "artillery" || w == "shelling" ||
                w == "bombardment" || w == "bombing" || w == "bombings" || w == "strikes" ||
                w == "drone" || w == "rocket" || w == "missile") {
                m.separate = true;
                break;
            }
        }
    }
    // ("came hours after": the same day as the event just told.)
    bool hours_apart = false;
    long days_apart = 0; // "The attack came a day after Iran fired ...": the other one's day
    if (doc_.lower(cb) == "after" || doc_.lower(cb) == "before") {
        for (std::size_t k = cb; k > 0 && k + 5 > cb; --k) {
            const auto w = doc_.lower(k - 1);
            if (w == "came" || w == "comes" || w == "come" || w == "occurred" || w == "happened") {
                m.separate = true;
                const auto unit = doc_.lower(cb - 1);
                hours_apart = unit == "hours" || unit == "hour" || unit == "minutes";
                const bool weeks = unit == "week" || unit == "weeks";
                if ((unit == "day" || unit == "days" || weeks) && cb >= k + 2) {
                    const auto n = doc_.lower(cb - 2);
                    const auto q = parse_quantity(doc_, cb - 2, cb - 1);
                    const long n_days = (n == "a" || n == "one") ? 1
                                        : q && !q->vague         ? static_cast<long>(q->value)
                                                                 : 0;
                    days_apart = (doc_.lower(cb) == "after" ? -n_days : n_days) * (weeks ? 7 : 1);
                }
                // "The attack comes days after a rocket attack on Balad air base and another on
                // the Taji camp": earlier attacks named in passing, with no day and no toll,
                // are nothing to record.
                if ((unit == "days" || unit == "weeks") && cb == k + 1 && !casualty &&
                    doc_.lower(cb) == "after" &&
                    find_dates(doc_, cb, ce, reference_of(sentence)).empty()) {
                    if (explain_ != nullptr) {
                        *explain_ << "clause '" << doc_.span_text(cb, ce)
                                  << "': earlier events in passing, no day and no toll\n";
                    }
                    return;
                }
                break;
            }
        }
    }
    // "Residents have left their homes because of the bombardment": a cause told of, not an
    // event (unless counted or dated in its own words, which the merge then sorts out).
    if (m.definite && trigger->begin >= cb + 3) {
        const auto w1 = doc_.lower(trigger->begin - 3);
        const auto w2 = doc_.lower(trigger->begin - 2);
        if (((w1 == "because" || w1 == "fear") && w2 == "of") || (w1 == "due" && w2 == "to")) {
            return;
        }
    }
    // "The governor condemned the attack, and officials in Erbil called for an inquiry": the
    // clause reacts to an event already told; its places are the speakers'.
    // "Washington said the strike answered the Tower 22 attack": the attack answered is one
    // told of, never a new event here.
    static constexpr text::ScanWords kAnswered{"answered", "answering", "avenged", "avenging",
                                               "response"};
    for (std::size_t k = text::holds<kAnswered>(clause_groups) ? trigger->begin : cb;
         k > cb && k + 10 > trigger->begin; --k) {
        const auto w = doc_.lower(k - 1);
        // ("the strike avenged two of their officers killed in an Israeli raid")
        if (w == "answered" || w == "answering" || w == "avenged" || w == "avenging") {
            m.reaction = true;
            break;
        }
        // ("struck militia facilities near Abu Kamal in response to the Erbil attack": the
        // attack answered, named again)
        // (not "in retaliation for the killing of ...", nor "the first response to the drone
        // attack that killed three US soldiers", which may first tell that event)
        if (k + 2 < trigger->begin + 1 && k < ce && k >= 2 && doc_.lower(k - 2) == "in" &&
            w == "response" && doc_.lower(k) == "to" &&
            (doc_.lower(k + 1) == "the" || doc_.lower(k + 1) == "this" ||
             doc_.lower(k + 1) == "that") &&
            !drafts_.empty()) {
            m.reaction = true;
            break;
        }
    }
    // "Manila confirmed that the contractor killed in Erbil was a Filipino national": the dead
    // of an event told before, named as the subject of what is said of them.
    if (trigger->end == trigger->begin + 1 && doc_.lower(trigger->begin) == "killed" &&
        trigger->begin >= cb + 2 && is_person_noun(doc_.word(trigger->begin - 1)) &&
        doc_.lower(trigger->begin - 2) == "the") {
        for (std::size_t k = trigger->end; k < ce && k < trigger->end + 8; ++k) {
            const auto w = doc_.lower(k);
            if (w == "was" || w == "were" || w == "is" || w == "are") {
                m.reaction = true;
                break;
            }
            if (!doc_.tokens()[k].is(text::kWord) || w == "by" || w == "when" || w == "after") {
                break;
            }
        }
    }
    // "After the attack the operator of the West Qurna 1 field flew staff out": the event told,
    // named as the time of what the clause goes on to tell; its places are that action's.
    const bool one_cue = [&] {
        auto it = cues.begin();
        return it != cues.end() && ++it == cues.end();
    }();
    if (m.definite && one_cue && trigger->begin == cb + 2 &&
        (doc_.lower(cb) == "after" || doc_.lower(cb) == "following") &&
        (doc_.lower(cb + 1) == "the" || doc_.lower(cb + 1) == "this" ||
         doc_.lower(cb + 1) == "that") &&
        trigger->end + 2 < ce &&
        // (the reference alone, its subject next: not "After the burning of the consulate in
        // Najaf on 27 November", which tells the event where it was)
        (doc_.surface(trigger->end) == "," || doc_.lower(trigger->end) == "the" ||
         doc_.lower(trigger->end) == "its" || doc_.lower(trigger->end) == "their")) {
        m.reaction = true;
    }
    // "The delegation expressed concern about the fighting in Kobani", "voiced concern over
    // the clashes in Sinjar": worry about fighting is a reaction to it, no event told.
    {
        static constexpr text::ScanWords kConcern{"worried", "concerned", "concern", "alarmed",
                                                  "alarm",   "worry",     "concerns"};
        std::size_t k = text::holds<kConcern>(clause_groups) ? trigger->begin : cb;
        if (k > cb && (doc_.lower(k - 1) == "the" || doc_.lower(k - 1) == "continued" ||
                       doc_.lower(k - 1) == "ongoing" || doc_.lower(k - 1) == "renewed")) {
            --k;
        }
        if (k > cb + 1 && k + 3 > trigger->begin) {
            const auto p = doc_.lower(k - 1);
            const auto w = doc_.lower(k - 2);
            if ((p == "about" || p == "over" || p == "by" || p == "at") &&
                (w == "concern" || w == "concerned" || w == "worried" || w == "alarmed" ||
                 w == "alarm" || w == "worry" || w == "concerns")) {
                m.reaction = true;
            }
        }
    }
    if (m.definite) {
        // ("Ankara blamed the PKK for the Zilkan attack": who did the attack told before)
        bool blame_for = false;
        static constexpr text::ScanWords kBlamed{"blamed",  "blames",  "blaming",
                                                 "accused", "accuses", "held"};
        for (std::size_t k = text::holds<kBlamed>(clause_groups) ? trigger->begin : cb;
             k > cb && k + 9 > trigger->begin && !m.reaction; --k) {
            const auto w = doc_.lower(k - 1);
            blame_for = blame_for || w == "for";
            if (blame_for && (w == "blamed" || w == "blames" || w == "blaming" || w == "accused" ||
                              w == "accuses" || w == "held")) {
                m.reaction = true;
            }
        }
        static constexpr text::ScanWords kCondemned{
            "condemned", "condemns",      "condemning",  "denounced",    "deplored",
            "mourned",   "investigating", "investigate", "investigated", "probe",
            "praised",   "attribute",     "attributed",  "attributes",   "attributing"};
        for (std::size_t k = text::holds<kCondemned>(clause_groups) ? trigger->begin : cb;
             k > cb && k + 4 > trigger->begin; --k) {
            const auto w = doc_.lower(k - 1);
            // ("Security officials in Baqubah attribute both attacks to al-Qaeda in Iraq")
            if (w == "condemned" || w == "condemns" || w == "condemning" || w == "denounced" ||
                w == "deplored" || w == "mourned" || w == "investigating" || w == "investigate" ||
                w == "investigated" || w == "probe" || w == "praised" || w == "attribute" ||
                w == "attributed" || w == "attributes" || w == "attributing") {
                m.reaction = true;
                break;
            }
        }
        // "The attack drew condemnation from Washington", "the strike was condemned by".
        static constexpr text::ScanWords kCondemnation{
            "condemnations", "condemnation", "condemned", "denounced",  "criticism", "outrage",
            "rebuke",        "protests",     "calls",     "attributed", "blamed"};
        for (std::size_t k = text::holds<kCondemnation>(clause_groups) ? trigger->end : ce;
             k < ce && k < trigger->end + 5; ++k) {
            const auto w = doc_.lower(k);
            // ("The attack was widely attributed to Turkey": who is blamed, not a place)
            if (w == "condemnation" || w == "condemnations" || w == "condemned" ||
                w == "denounced" || w == "criticism" || w == "outrage" || w == "rebuke" ||
                w == "protests" || w == "calls" || w == "attributed" ||
                (w == "blamed" && k + 1 < ce && doc_.lower(k + 1) == "on")) {
                const auto p = doc_.lower(k - 1);
                if (p == "drew" || p == "draws" || p == "sparked" || p == "prompted" ||
                    p == "triggered" || p == "provoked" || p == "was" || p == "were" ||
                    p == "widely" || p == "international" || p == "wide") {
                    m.reaction = true;
                }
                break;
            }
        }
    }
    // A sentence that goes on with the same event: "The attackers also detonated an IED",
    // "the militants then set fire to ...". (An "also" inside the trigger, "protesters also
    // blocked", marks a further act only.)
    for (std::size_t k = trigger->begin; k < trigger->end && !m.also; ++k) {
        m.also = doc_.lower(k) == "also";
    }
    static constexpr text::ScanWords kGoesOn{"also",      "then",   "afterwards", "attackers",
                                             "militants", "gunmen", "assailants"};
    for (std::size_t k = text::holds<kGoesOn>(clause_groups) ? cb : trigger->begin;
         k < trigger->begin; ++k) {
        const auto w = doc_.lower(k);
        m.also = m.also || w == "also";
        // (not "He also reported that on Monday a drone struck a car near Kani Masi": the
        // speaker goes on, with another event)
        const auto nx = k + 1 < trigger->begin ? doc_.lower(k + 1) : text::TokenText();
        const bool speaker_goes_on = nx == "reported" || nx == "said" || nx == "told" ||
                                     nx == "noted" || nx == "stated" || nx == "announced" ||
                                     nx == "mentioned" || nx == "confirmed";
        if ((w == "also" || w == "then" || w == "afterwards") && !speaker_goes_on) {
            m.continuation = true;
        }
        if (w == "the" && k + 1 < trigger->begin &&
            (doc_.lower(k + 1) == "attackers" || doc_.lower(k + 1) == "militants" ||
             doc_.lower(k + 1) == "gunmen" || doc_.lower(k + 1) == "assailants")) {
            m.continuation = true;
        }
    }

    // Date: the expression nearest the trigger in the clause, else the sentence's lead date.
    // (In a dated letter's paragraph, "last night" counts from the letter's day.)
    // (and a day set after a dash at the sentence's end, the dash having closed the clause:
    // "... a car bomb exploded at the entrance of Manbij - Monday.")
    const std::size_t date_end = [&] {
        const std::size_t se = doc_.sentences()[sentence].token_end;
        std::size_t dash = SIZE_MAX;
        if (ce < se && text::is_dash(doc_.surface(ce))) {
            dash = ce;
        } else if (ce > cb + 1 && text::is_dash(doc_.surface(ce - 1))) {
            dash = ce - 1;
        }
        if (dash == SIZE_MAX || dash + 1 >= se) {
            return ce;
        }
        std::size_t last = se;
        while (last > dash + 1 &&
               (doc_.surface(last - 1) == "." || doc_.surface(last - 1) == "!")) {
            --last;
        }
        // (only a weekday, with a part of the day: "- Monday.", "- Monday night.")
        const std::size_t n = last - (dash + 1);
        if (n == 0 || n > 2 || text::weekday_from_word(doc_.lower(dash + 1)) < 0) {
            return ce;
        }
        return last;
    }();
    const auto dates = find_dates(doc_, cb, date_end, reference_of(sentence));
    const DateMention* best_date = nullptr;
    std::size_t best_gap = SIZE_MAX;
    // Whether the clause honours the dead of what it names ("a plaque was unveiled to honour two
    // officers killed in the 2015 car bombing"): its words of remembrance.
    const auto honours_dead = [&] {
        for (std::size_t k = cb; k < ce; ++k) {
            const auto w = doc_.lower(k);
            if (w == "honour" || w == "honor" || w == "honouring" || w == "honoring" ||
                w == "plaque" || w == "memorial" || w == "commemorate" || w == "commemorated" ||
                w == "commemorating" || w == "anniversary" || w == "remember" ||
                w == "remembered" || w == "mourn" || w == "mourned") {
                return true;
            }
        }
        return false;
    };
    // "Three days after an explosion at the edge of Sulaimani airport, ...", "Lawmakers voted
    // on Sunday ..., two days after a U.S. drone strike in Baghdad killed ...": the event the
    // span introduces (its clause opening at "after"), that many days before the sentence's
    // own day (the report's when it tells none).
    std::optional<DateMention> days_before;
    const auto& sent_of = doc_.sentences()[sentence];
    const std::optional<Date> told_ref = reference_of(sentence);
    if (told_ref && (doc_.lower(cb) == "after" || (cb + 1 < ce && doc_.lower(cb + 1) == "after"))) {
        const std::size_t after_at = doc_.lower(cb) == "after" ? cb : cb + 1;
        const auto around = find_dates(doc_, sent_of.token_begin, sent_of.token_end, told_ref);
        for (const auto& d : around) {
            if (!d.days_after || d.end != after_at + 1 || trigger->begin > d.end + 4) {
                continue;
            }
            days_before = d;
            days_before->since = false;
            const long n = told_ref->days_since_epoch() - d.date.days_since_epoch();
            for (const auto& o : around) {
                if (o.precision == 1 && !o.since && o.end <= d.begin) {
                    days_before->date = o.date.plus_days(-n);
                }
            }
            break;
        }
    }
    for (const auto& d : dates) {
        if (d.since) {
            continue;
        }
        // "a local man died later of his wounds, according to the news this morning": the day
        // of the telling, not of the event.
        {
            bool telling = false;
            for (std::size_t k = d.begin; k > cb && k + 5 > d.begin && !telling; --k) {
                telling = doc_.lower(k - 1) == "according";
                if (!doc_.tokens()[k - 1].is(text::kWord)) {
                    break; // ("According to police, on Monday gunmen killed two": the event's)
                }
            }
            if (telling) {
                continue;
            }
        }
        // "parties that lost seats in the October election clashed ... on Friday 5 November":
        // a month naming a thing ("the October election") dates that thing, not the clause,
        // when the clause tells a day.
        // (Not when the year names the event told in a clause that honours its dead: "a plaque
        // was unveiled on Sunday to honour two officers killed in the 2015 car bombing".)
        if (d.precision == 3 && d.end == d.begin + 1 && d.begin > cb &&
            doc_.lower(d.begin - 1) == "the" && d.end < ce &&
            !(d.year_only && d.end == trigger->begin && honours_dead()) &&
            doc_.tokens()[d.end].is(text::kWord) && !doc_.tokens()[d.end].is(text::kCapitalized) &&
            std::any_of(dates.begin(), dates.end(),
                        [](const DateMention& o) { return o.precision == 1 && !o.since; })) {
            continue;
        }
        // "On 1 October, thousands gathered in Tahrir Square to mark the third anniversary of
        // the October 2019 protests": the remembered event's time, not the gathering's.
        if (may_remember && dates.size() > 1) {
            bool remembered = false;
            for (std::size_t k = d.begin; k > cb && k + 6 > d.begin && !remembered; --k) {
                remembered = kRemember.contains(doc_.word(k - 1));
                if (!doc_.tokens()[k - 1].is(text::kWord) &&
                    !doc_.tokens()[k - 1].is(text::kNumber)) {
                    break;
                }
            }
            if (remembered) {
                continue;
            }
        }
        // "on 28 January, a Sunday, when a drone hit": the weekday names the date before it; so
        // does a feast ("on 1 February 2004, the first day of Eid al-Adha, when ...").
        if (d.begin >= cb + 3 &&
            (doc_.lower(d.begin - 1) == "a" || doc_.lower(d.begin - 1) == "the") &&
            doc_.surface(d.begin - 2) == "," &&
            std::any_of(dates.begin(), dates.end(), [&](const DateMention& o) {
                return o.end + 2 == d.begin && o.precision == 1;
            })) {
            continue;
        }
        std::size_t gap =
            d.begin > trigger->begin ? d.begin - trigger->begin : trigger->begin - d.begin;
        // "The Cell announced on Saturday that a drone struck ... on Friday": the day of the
        // telling is a last resort.
        if (d.begin >= cb + 2 && d.begin < trigger->begin && dates.size() > 1) {
            const auto v =
                doc_.lower(d.begin - 1) == "on" ? doc_.lower(d.begin - 2) : doc_.lower(d.begin - 1);
            // (also the day a report came out: "in a report released on Thursday that ...")
            // (and the day of a statement: "said in a statement on Tuesday that ...")
            // (and of a reaction: "condemned on Tuesday the killing of X, who was shot dead
            // on Sunday evening")
            if (is_speech_verb(v) || v == "released" || v == "published" || v == "issued" ||
                v == "statement" || v == "interview" || v == "briefing" || v == "conference" ||
                v == "condemned" || v == "denounced" || v == "deplored" || v == "mourned" ||
                v == "demanded" || v == "urged") {
                gap += 1000;
            }
            // (and of what shows it: "satellite imagery of 15 April confirms that IS fighters
            // bulldozed the gates on Tuesday 12 April")
            if (v == "of" && d.begin >= cb + 3) {
                static const WordSet kShown = {"imagery",   "images",  "image", "photographs",
                                               "photos",    "footage", "video", "report",
                                               "statement", "letter"};
                if (kShown.contains(doc_.word(d.begin - 2))) {
                    gap += 1000;
                }
            }
        }
        // "body of a shepherd kidnapped last week found": the kidnapping's day is not the
        // finding's (even the day the finding was told is nearer to it).
        // (also past the kidnappers: "the bodies of six men, abducted by Islamic State
        // militants earlier this month, on the highway near Tuz Khurmatu on Wednesday")
        if (d.begin > cb && dates.size() > 1 && trigger->cue == Cue::remains_found) {
            for (std::size_t k = d.begin; k > cb && k + 8 > d.begin; --k) {
                const auto w = doc_.lower(k - 1);
                if (w == "kidnapped" || w == "abducted" || w == "missing" || w == "disappeared") {
                    gap += 2000;
                    break;
                }
                if (!doc_.tokens()[k - 1].is(text::kWord)) {
                    break;
                }
            }
        }
        // A bare year dates only the words next to it: "a 2014 bombing", "the attack in 2017".
        // ... or the whole clause when it opens it: "In the 2018 election, a rocket struck".
        // ... or a "when" clause it introduces: "flattened in 2015, when Kurdish forces drove
        // Islamic State out".
        const bool introduces_when = d.end + 1 < trigger->begin && doc_.surface(d.end) == "," &&
                                     doc_.lower(d.end + 1) == "when";
        // ("The area was retaken from ISIL in 2017.": the year that ends the clause.)
        const bool closes =
            d.begin > trigger->begin && gap <= 10 && d.begin > cb &&
            doc_.lower(d.begin - 1) == "in" &&
            (d.end >= ce || doc_.surface(d.end) == "," || doc_.surface(d.end) == "." ||
             doc_.lower(d.end) == "and" || doc_.surface(d.end) == ";");
        if (d.year_only && gap > 3 && d.begin > cb + 3 && !introduces_when && !closes) {
            continue;
        }
        // ("the morning of 22 February 2006, when bombs planted overnight brought down the
        // dome": the day the "when" clause belongs to, not the hours inside it.)
        if (introduces_when && d.precision == 1) {
            gap = 0;
        }
        // "five years since the militants overran Sinjar, Aug. 3, 2019": the span names the
        // event's time; the date after is the ceremony's.
        const bool governs = d.end <= trigger->begin && trigger->begin <= d.end + 4 &&
                             d.end > d.begin &&
                             (doc_.lower(d.end - 1) == "since" || doc_.lower(d.end - 1) == "after");
        if (governs) {
            best_gap = 0;
            best_date = &d;
            // ("less than two months after a truck bomb killed 73 people in Taza ... on 20
            // June": the span is vague, the day told after it exact)
            for (const auto& o : dates) {
                // (within the span's month: not "five years since the militants overran
                // Sinjar, Aug. 3, 2019", the day of the remembering)
                const long apart = std::labs(o.date.days_since_epoch() - d.date.days_since_epoch());
                if (d.precision > 1 && o.precision == 1 && !o.since && !o.year_only &&
                    o.begin > trigger->begin && apart <= 31) {
                    best_date = &o;
                    break;
                }
            }
            break;
        }
        if (gap < best_gap) {
            best_gap = gap;
            best_date = &d;
        }
    }
    if (days_before) {
        best_date = &*days_before;
    }
    // "broke out in Sinune on Sunday night and was heaviest on Monday 2 May": a bare weekday
    // told before a day of the same week written in full with its weekday is that week's, not
    // the report's.
    std::optional<DateMention> week_of;
    if (best_date != nullptr && best_date->precision == 1 && !best_date->since &&
        best_date->end <= best_date->begin + 2 &&
        text::weekday_from_word(doc_.lower(best_date->begin)) >= 0) {
        for (const auto& o : dates) {
            const long later = best_date->date.days_since_epoch() - o.date.days_since_epoch();
            // (a day written with its number and its weekday, "Monday 2 May": not "on Friday",
            // nor another event's day, "after the strikes of 29 December")
            bool numbered = false;
            bool weekday = o.begin > 0 && text::weekday_from_word(doc_.lower(o.begin - 1)) >= 0;
            for (std::size_t k = o.begin; k < o.end; ++k) {
                numbered = numbered || doc_.tokens()[k].is(text::kNumber);
                weekday = weekday || text::weekday_from_word(doc_.lower(k)) >= 0;
            }
            // (the two days one story's, "on Sunday night and was heaviest on Monday 2 May":
            // not another thing's day, "on Sunday, breaking the truce signed on Monday 2 May")
            bool joined = true;
            for (std::size_t k = best_date->end; k < o.begin && joined; ++k) {
                const auto x = doc_.lower(k);
                joined = !(x == "after" || x == "since" || x == "signed" || x == "agreed" ||
                           x == "breaking" || x == "before" || x == "violating" ||
                           x == "announced" || x == "declared");
            }
            if (o.begin >= best_date->end && o.precision == 1 && !o.since && !o.year_only &&
                numbered && weekday && joined && later > 0 && later <= 7) {
                week_of = *best_date;
                week_of->date = o.date.plus_days(
                    -static_cast<long>((o.date.weekday() - best_date->date.weekday() + 7) % 7));
                best_date = &*week_of;
                break;
            }
        }
    }
    // A bare year in the clause ("grants that were cut in 2014") yields to the sentence's lead
    // date ("Thursday - ...").
    if (best_date != nullptr && best_date->year_only && lead_date) {
        best_date = nullptr;
    }
    // "... into 2 March, when a drone strike hit a car": the day just named.
    std::optional<DateMention> when_date;
    if (best_date == nullptr && doc_.lower(cb) == "when" &&
        cb >= doc_.sentences()[sentence].token_begin + 3 && doc_.surface(cb - 1) == ",") {
        const std::size_t sb = doc_.sentences()[sentence].token_begin;
        for (const auto& d : find_dates(doc_, std::max(sb, cb > 8 ? cb - 8 : std::size_t{0}),
                                        cb - 1, reference_of(sentence))) {
            // (also "the deadliest since 21 January, when two bombers ...": the anchor's day)
            if (d.end == cb - 1) {
                when_date = d;
                when_date->since = false;
            }
        }
    }
    // "stood in silence on Thursday to mark one year since the bombing of the headquarters":
    // the span that ends where the clause opens dates the event the clause names.
    if (best_date == nullptr && !when_date && doc_.lower(cb) == "since" &&
        cb >= doc_.sentences()[sentence].token_begin + 2) {
        const auto unit = doc_.lower(cb - 1);
        if (unit == "year" || unit == "years" || unit == "months" || unit == "month") {
            const std::size_t sb = doc_.sentences()[sentence].token_begin;
            for (const auto& d : find_dates(doc_, std::max(sb, cb > 4 ? cb - 4 : std::size_t{0}),
                                            cb + 1, reference_of(sentence))) {
                if (d.end == cb + 1) {
                    when_date = d;
                    when_date->since = false;
                }
            }
        }
    }
    // "On 11 December, three days after gunmen killed two policemen in Kirkuk", "the truce
    // announced on 11 December, two days after the Syrian National Army took Manbij": the day
    // told just before the clause, counted back (or on, "a week before") by the days between.
    const std::size_t sent_begin = doc_.sentences()[sentence].token_begin;
    // The day a clause opening at `at` with "after"/"before" is counted from, if any: the days
    // "a week", "two days" name right before `at`, from the day told before them.
    const auto counted_from = [&](std::size_t at) -> std::optional<DateMention> {
        std::optional<DateMention> day;
        if (at < sent_begin + 4) {
            return day;
        }
        const auto unit = doc_.lower(at - 1);
        const int unit_days = unit == "day" || unit == "days"     ? 1
                              : unit == "week" || unit == "weeks" ? 7
                                                                  : 0;
        const auto n = doc_.lower(at - 2);
        std::int64_t units = n == "a" || n == "one" ? 1 : 0;
        if (units == 0 && unit_days > 0) {
            if (const auto q = parse_quantity(doc_, at - 2, at - 1, false); q && !q->vague) {
                units = q->value;
            }
        }
        if (unit_days == 0 || units <= 0 || units > 60) {
            return day;
        }
        const long by = static_cast<long>(units) * unit_days;
        for (const auto& d :
             find_dates(doc_, std::max(sent_begin, at > 9 ? at - 9 : std::size_t{0}), at - 2,
                        reference_of(sentence))) {
            // (the day right before the count, past a comma: "on 11 December, two days")
            if (d.precision == 1 && !d.since && !d.year_only &&
                (d.end == at - 2 || (d.end + 1 == at - 2 && doc_.surface(d.end) == ","))) {
                day = d;
                day->date = d.date.plus_days(doc_.lower(at) == "after" ? -by : by);
                day->since = false;
            }
        }
        return day;
    };
    // (a clause that tells something: not "two days after the attack", a bare reference;
    // nor one set inside an event told before it whose toll follows it: "IS militants attacked
    // a village on 11 December, two days after Iraqi forces withdrew from the area, killing five
    // shepherds", the attack's toll and day)
    const auto toll_at = [&](std::size_t k) {
        const auto x = k < doc_.sentences()[sentence].token_end ? doc_.lower(k) : text::TokenText();
        return x == "killing" || x == "wounding" || x == "injuring";
    };
    if (best_date == nullptr && !when_date &&
        (doc_.lower(cb) == "after" || doc_.lower(cb) == "before") && ce >= cb + 5 &&
        !(toll_at(ce) && !cues_in(sent_begin, cb).empty())) {
        when_date = counted_from(cb);
    }
    // ("..., two days after Turkish drones struck a car near Qamishli, killing three SDF
    // fighters": the toll told after it, in its own clause, on its day)
    if (best_date == nullptr && !when_date && cb > sent_begin + 1 && doc_.surface(cb - 1) == "," &&
        toll_at(cb)) {
        const auto& starts = clauses_.starts;
        const auto here = std::find(starts.begin(), starts.end(), cb);
        if (here != starts.begin() && here != starts.end()) {
            const std::size_t before = *std::prev(here);
            // (only when that clause is the sentence's event, after a bare day: not "IS
            // militants attacked a village on 11 December, two days after Iraqi forces
            // withdrew from the area, killing five shepherds", the attack's toll)
            if ((doc_.lower(before) == "after" || doc_.lower(before) == "before") &&
                cb >= before + 6 && cues_in(sent_begin, before).empty()) {
                when_date = counted_from(before);
            }
        }
    }
    // "In Tal Afar the vote passed calmly on Saturday, but a mortar shell fell in the
    // afternoon": the one day an earlier clause of the sentence names (not a day of telling).
    std::optional<DateMention> sentence_day;
    if (best_date == nullptr && !when_date && !lead_date &&
        cb > doc_.sentences()[sentence].token_begin) {
        const std::size_t sb = doc_.sentences()[sentence].token_begin;
        const auto earlier = find_dates(doc_, sb, cb, reference_of(sentence));
        if (earlier.size() == 1 && earlier.front().precision == 1 && !earlier.front().since &&
            !earlier.front().year_only && earlier.front().begin >= sb + 1) {
            const auto& d = earlier.front();
            const auto v = doc_.lower(d.begin - 1) == "on" && d.begin >= sb + 2
                               ? doc_.lower(d.begin - 2)
                               : doc_.lower(d.begin - 1);
            if (!is_speech_verb(v)) {
                sentence_day = d;
                // ("... overran Mosul on Tuesday 10 June, and seized Tikrit the following
                // day": the day after it)
                for (std::size_t k = cb + 1; doc_.lower(cb) == "and" && k + 1 < ce; ++k) {
                    if (next_day_at(doc_, k, ce)) {
                        sentence_day->date = sentence_day->date.plus_days(1);
                        sentence_day->begin = k - 1;
                        sentence_day->end = k + 2;
                        break;
                    }
                }
            }
        }
    }
    // "The ice-cream shop, al-Faqma, on the 30th of May 2017, again at night. A car bomb.": an
    // event told in a few words right after a sentence of its paragraph that names one day and
    // tells nothing, on that day (before a day told further back: "Q: Six years ago tonight."
    // opening the transcript).
    std::optional<DateMention> setup_day;
    if (best_date == nullptr && !when_date && !sentence_day && sentence > 0) {
        const auto& here = doc_.sentences()[sentence];
        const auto& prev = doc_.sentences()[sentence - 1];
        if (here.token_end <= here.token_begin + 8 && prev.paragraph == here.paragraph &&
            (!lead_date || lead_date->end <= prev.token_begin) &&
            cues_in(prev.token_begin, prev.token_end).empty()) {
            const auto days =
                find_dates(doc_, prev.token_begin, prev.token_end, reference_of(sentence - 1));
            if (days.size() == 1 && days.front().precision == 1 && !days.front().since &&
                !days.front().year_only) {
                setup_day = days.front();
            }
        }
    }
    // "The death toll stood at 35 on Sunday", "had risen to 40 by Monday": the day the count
    // stood, not the event's.
    if (best_date != nullptr && m.casualty_only && m.toll_update && best_date->begin > cb + 1 &&
        (doc_.lower(best_date->begin - 1) == "on" || doc_.lower(best_date->begin - 1) == "by")) {
        bool count_before = false;
        for (std::size_t k = cb; k + 1 < best_date->begin && !count_before; ++k) {
            count_before = doc_.tokens()[k].is(text::kNumber) ||
                           parse_quantity(doc_, k, best_date->begin, false).has_value();
        }
        if (count_before) {
            best_date = nullptr;
        }
    }
    // ("A roadside bomb killed two soldiers on Monday, and a day later gunmen shot dead a
    // policeman": a clause counted from the event just told takes no day from its sentence.)
    const auto counted_apart = [&] {
        if (drafts_.empty() || !drafts_.back().date || drafts_.back().date->precision != 1) {
            return false;
        }
        for (std::size_t k = cb + 1; k + 1 < ce; ++k) {
            if (days_apart_at(doc_, k, ce)) {
                return true;
            }
        }
        return false;
    };
    if (best_date != nullptr) {
        m.date = *best_date;
        // "The worst was in 2019. On the 23rd of May, at night, men set fire to the fields": a
        // day told without its year, in the year the short sentence before named (one year
        // alone, before the one the day would fall in counted back from the report).
        // (A day and month only, no weekday: "On Tuesday" counts from the report. Not a year
        // a life or a body began in: "He was born in Baghdad in 1973. On 6 July he was shot".)
        const auto& before = doc_.sentences()[sentence > 0 ? sentence - 1 : 0];
        bool month = false, own_year = false;
        for (std::size_t y = best_date->begin; y < best_date->end; ++y) {
            month = month || text::month_from_word(doc_.lower(y)) != 0;
            own_year =
                own_year || year_number(doc_, y) > 0 || text::weekday_from_word(doc_.lower(y)) >= 0;
        }
        if (m.date->precision == 1 && !m.date->since && month && !own_year && sentence > 0 &&
            before.paragraph == doc_.sentences()[sentence].paragraph &&
            before.token_end <= before.token_begin + 12) {
            int named = 0, years = 0;
            bool began = false;
            for (std::size_t k = before.token_begin; k < before.token_end; ++k) {
                const auto w = doc_.lower(k);
                began = began || w == "born" || w == "founded" || w == "established" ||
                        w == "elected" || w == "appointed" || w == "formed" || w == "married";
                if (const int y = year_number(doc_, k); y > 0) {
                    ++years;
                    named = k > before.token_begin && doc_.lower(k - 1) == "in" ? y : 0;
                }
            }
            const Date d = m.date->date;
            // (a short sentence telling no event of its own: not "I write from Duhok, where we
            // have sheltered relatives since the city fell in 2014.")
            if (!began && years == 1 && named > 0 && named < d.year &&
                cues_in(before.token_begin, before.token_end).empty() &&
                find_dates(doc_, before.token_begin, before.token_end, reference_of(sentence - 1))
                        .size() <= 1 &&
                (d.month != 2 || d.day <= 28)) {
                m.date->date = Date{named, d.month, d.day};
            }
        }
        // "at about 2215 GMT on Friday (0115 local today)": the local day in brackets.
        if (best_date->end + 3 < ce && doc_.surface(best_date->end) == "(") {
            std::size_t close = best_date->end + 1;
            bool local = false;
            while (close < ce && close < best_date->end + 10 && doc_.surface(close) != ")") {
                local = local || doc_.lower(close) == "local";
                ++close;
            }
            for (const auto& d : dates) {
                if (local && d.begin > best_date->end && d.end <= close && d.precision == 1) {
                    m.date = d;
                    break;
                }
            }
        }
        narrative_year(*m.date, sentence);
        // "The next day, Friday, men went into Hurriya": the day after the event just told,
        // when the weekday named is that day's (not the latest Friday before the report).
        if (m.date->precision == 1 && m.date->end == m.date->begin + 1 && !drafts_.empty() &&
            drafts_.back().date && drafts_.back().date->precision == 1 &&
            text::weekday_from_word(doc_.lower(m.date->begin)) >= 0) {
            for (std::size_t k = cb + 1; k + 1 < m.date->begin; ++k) {
                if (next_day_at(doc_, k, m.date->begin)) {
                    const Date after = drafts_.back().date->date.plus_days(1);
                    if (after.weekday() == m.date->date.weekday()) {
                        m.date->date = after;
                    }
                    break;
                }
            }
        }
        // "The army said on Monday its forces had killed three militants ... the previous
        // day": the day before the day of telling.
        static constexpr text::ScanWords kDayBefore{"previous", "preceding", "before"};
        if (m.date->precision == 1 && m.date->end <= ce && text::holds<kDayBefore>(clause_groups)) {
            for (std::size_t k = std::max<std::size_t>(cb, m.date->end); k + 2 < ce; ++k) {
                const auto nx = doc_.lower(k + 1);
                if (doc_.lower(k) == "the" &&
                    (((nx == "previous" || nx == "preceding") && doc_.lower(k + 2) == "day") ||
                     (nx == "day" && doc_.lower(k + 2) == "before" &&
                      (k + 3 >= ce || !doc_.tokens()[k + 3].is(text::kWord))))) {
                    const auto v = m.date->begin >= cb + 2 && doc_.lower(m.date->begin - 1) == "on"
                                       ? doc_.lower(m.date->begin - 2)
                                       : doc_.lower(m.date->begin - 1);
                    if (is_speech_verb(v)) {
                        m.date->date = m.date->date.plus_days(-1);
                        m.date->end = k + 3;
                    }
                    break;
                }
            }
        }
    } else if (when_date) {
        m.date = when_date;
    } else if (setup_day) {
        m.date = setup_day;
    } else if (lead_date && m.casualty_only && !drafts_.empty() && drafts_.back().date &&
               drafts_.back().last_sentence + 2 >= sentence &&
               lead_date->end <= doc_.sentences()[drafts_.back().last_sentence].token_begin &&
               drafts_.back().date->date != lead_date->date) {
        // ("... on the 30th of May 2017 ... A car bomb. Children. Sixteen dead.": the toll of the
        // event just told on a day of its own, not of the day told further back)
        m.date = drafts_.back().date;
    } else if (lead_date && !counted_apart()) {
        m.date = lead_date;
        m.record = record_fields_lead_; // (a dataset line's own event, never background)
        narrative_year(*m.date, sentence);
    } else if (sentence_day && !counted_apart()) {
        m.date = sentence_day;
    } else if (hours_apart && !drafts_.empty() && drafts_.back().date) {
        m.date = drafts_.back().date;
    } else if (days_apart != 0 && !drafts_.empty() && drafts_.back().date &&
               drafts_.back().date->precision == 1) {
        m.date = drafts_.back().date;
        m.date->date = m.date->date.plus_days(days_apart);
        m.background_cue = m.background_cue || days_apart < 0; // the earlier event recalled
    } else if (!drafts_.empty() && drafts_.back().date) {
        // "On the same day, artillery shelled ...", "that night": the date of the event just
        // told. (Each phrase below holds a part of a day, "later" or "earlier", or "same".)
        static constexpr text::ScanWords kToldDay{"day",       "night", "evening", "morning",
                                                  "afternoon", "later", "earlier", "same"};
        for (std::size_t k = text::holds<kToldDay>(clause_groups) ? cb : ce; k + 1 < ce; ++k) {
            const auto w = doc_.lower(k);
            const auto nx = doc_.lower(k + 1);
            if ((w == "same" || (w == "that" && k > cb && doc_.lower(k - 1) != "said")) &&
                part_of_day(nx)) {
                m.date = drafts_.back().date;
                // "On the same night as Hashimi's killing": the event named, most often the
                // report's lead, not the background told just before.
                if (k + 2 < ce && doc_.lower(k + 2) == "as") {
                    for (const auto& d : drafts_) {
                        if (!d.background_cue && d.date && d.date->precision == 1) {
                            m.date = d.date;
                            break;
                        }
                    }
                }
                m.date->begin = k;
                m.date->end = k + 2;
                break;
            }
            // "Two days later, gunmen killed a mukhtar": counted from the event just told
            // ("A day earlier, drones struck ...": counted back).
            if (days_apart_at(doc_, k + 1, ce)) {
                auto q = parse_quantity(doc_, k, k + 1, true);
                if (!q && (w == "a" || w == "an")) {
                    q = Quantity{k, k + 1, 1, false}; // "a day earlier"
                }
                if (q && q->value <= 60) {
                    m.date = drafts_.back().date;
                    const bool weeks = nx == "weeks" || nx == "week";
                    const long days = weeks ? 7 * q->value : q->value;
                    m.date->date =
                        m.date->date.plus_days(doc_.lower(k + 2) == "earlier" ? -days : days);
                    m.date->begin = k;
                    m.date->end = k + 3;
                    m.separate = true; // a later day's event, not more of the one told
                    break;
                }
            }
            // "the same month a rocket barrage struck Balad": as exact as a month is.
            if (w == "same" && (nx == "week" || nx == "month")) {
                m.date = drafts_.back().date;
                m.date->precision = std::max(m.date->precision, nx == "week" ? 2 : 3);
                m.date->begin = k;
                m.date->end = k + 2;
                break;
            }
            // "The next morning, residents set fire to houses": the day after.
            if (k > cb && next_day_at(doc_, k, ce) && drafts_.back().date->precision == 1) {
                m.date = drafts_.back().date;
                m.date->date = m.date->date.plus_days(1);
                m.date->begin = k - 1;
                m.date->end = k + 2;
                break;
            }
        }
        // "Thousands protested in Baghdad on Thursday. In Kerbela, demonstrators burned flags.":
        // an undated event told right after a dated one in the same paragraph, on its day.
        // "The clashes lasted two hours before coalition aircraft struck": the same day.
        if (!m.date && doc_.lower(cb) == "before" && drafts_.back().last_sentence == sentence &&
            drafts_.back().date->precision == 1) {
            m.date = drafts_.back().date;
            m.date->begin = cb;
            m.date->end = cb;
        }
        // (Only a new place told first: "In Kerbela, ...")
        const std::size_t sb0 = doc_.sentences()[sentence].token_begin;
        const bool fronted_place = cb == sb0 && sb0 + 1 < ce &&
                                   (doc_.lower(sb0) == "in" || doc_.lower(sb0) == "at") &&
                                   doc_.tokens()[sb0 + 1].is(text::kCapitalized);
        // (also a crowd's protest after a riot: "In Kut, police fired tear gas at protesters")
        // (Not across a paragraph break: that cost a held-out set's fatalities.)
        const auto crowd = [](const std::string& t) { return t == "Protests" || t == "Riots"; };
        if (!m.date && !m.casualty_only && fronted_place &&
            drafts_.back().last_sentence + 1 == sentence && !drafts_.back().background_cue &&
            drafts_.back().date->precision == 1 &&
            doc_.sentences()[drafts_.back().last_sentence].paragraph ==
                doc_.sentences()[sentence].paragraph &&
            (drafts_.back().type.event_type == m.type.event_type ||
             (crowd(drafts_.back().type.event_type) && crowd(m.type.event_type)))) {
            m.date = drafts_.back().date;
            m.date->begin = cb;
            m.date->end = cb;
        }
        // "Coalition aircraft struck tunnels in the area": the place and day just told.
        if (!m.date && m.same_site_end != 0 && drafts_.back().last_sentence + 1 >= sentence &&
            drafts_.back().date->precision == 1) {
            m.date = drafts_.back().date;
            m.date->begin = m.same_site_begin;
            m.date->end = m.same_site_end;
        }
        // "Komala said its camp in Zirgwez was also shelled": in the same strikes, on their day.
        if (!m.date && drafts_.back().last_sentence + 1 >= sentence &&
            drafts_.back().date->precision == 1) {
            for (std::size_t k = trigger->begin; k > cb && k + 3 > trigger->begin; --k) {
                if (doc_.lower(k - 1) == "also") {
                    m.date = drafts_.back().date;
                    m.date->begin = k - 1;
                    m.date->end = k;
                    break;
                }
            }
        }
        // "two rockets struck near the embassy late on Saturday and another hit Balad air
        // base": one more of the series just told, on its day.
        if (!m.date && m.count_of_last && drafts_.back().date) {
            m.date = drafts_.back().date;
            m.date->begin = cb;
            m.date->end = cb;
        }
        if (!m.date && m.series && drafts_.back().last_sentence == sentence) {
            m.date = drafts_.back().date;
            m.date->begin = cb;
            m.date->end = cb;
        }
        // "Clashes broke out earlier south of the city": earlier on the day just told.
        if (!m.date && drafts_.back().last_sentence + 2 >= sentence &&
            drafts_.back().date->precision == 1 && !drafts_.back().background_cue) {
            static constexpr text::ScanWords kEarlier{"earlier"};
            const bool may_earlier = text::holds<kEarlier>(clause_groups);
            for (std::size_t k = cb; may_earlier && k < ce; ++k) {
                if (doc_.lower(k) != "earlier") {
                    continue;
                }
                const auto prev = k > cb ? doc_.lower(k - 1) : text::TokenText();
                const auto next = k + 1 < ce ? doc_.lower(k + 1) : text::TokenText();
                const bool adverb =
                    !(k > cb &&
                      (doc_.tokens()[k - 1].is(text::kNumber) || prev == "days" || prev == "day" ||
                       prev == "weeks" || prev == "week" || prev == "months" || prev == "years" ||
                       prev == "hours" || prev == "minutes")) &&
                    next != "this" && next != "that" && next != "than" && next != "in" &&
                    next != "last" && next != "today";
                if (adverb) {
                    m.date = drafts_.back().date;
                    m.date->begin = k;
                    m.date->end = k + 1;
                }
                break;
            }
        }
        // "What happened on Wednesday: the Guards fired missiles at the groups. Missiles hit
        // compounds near Koya, killing 13.": the story goes on in the next sentence of the
        // paragraph, on the current day just told (not one recalled, not a day of telling).
        // (Not a clause with a date of its own, "since 2017", nor one told as later, "over the
        // following days", nor the earlier attack that one answered: "the strikes were a
        // response to a rocket attack that killed ...".)
        static constexpr text::ScanWords kElsewhen{"revenge", "retaliation", "response",
                                                   "avenge",  "following",   "later"};
        bool answered = false;
        const bool may_answer = text::holds<kElsewhen>(clause_groups);
        for (std::size_t k = cb; may_answer && k < ce; ++k) {
            const auto w = doc_.lower(k);
            answered = answered || w == "response" || w == "retaliation" || w == "revenge" ||
                       w == "avenge" || w == "following" || w == "later";
        }
        if (!m.date && !m.casualty_only && dates.empty() && !answered &&
            drafts_.back().last_sentence + 1 == sentence && drafts_.back().date->precision == 1 &&
            !drafts_.back().background_cue && !drafts_.back().date->since && article_.published &&
            article_.published->days_since_epoch() - drafts_.back().date->date.days_since_epoch() <=
                10 &&
            doc_.sentences()[drafts_.back().last_sentence].paragraph ==
                doc_.sentences()[sentence].paragraph) {
            m.date = drafts_.back().date;
            m.date->begin = cb;
            m.date->end = cb;
        }
    }
    // "The facts of 29 August bear repeating. Hours after the cleric announced ..., his
    // supporters stormed the palace": a short sentence that only names a day opens the story
    // of that day in its paragraph.
    // (The sentence before is looked at first: its tests are cheaper than the sentence's dates.)
    const auto short_day_before = [&] {
        const auto& prev = doc_.sentences()[sentence - 1];
        return prev.paragraph == doc_.sentences()[sentence].paragraph &&
               prev.token_end - prev.token_begin <= 15 &&
               cues_in(prev.token_begin, prev.token_end).empty() &&
               (drafts_.empty() || drafts_.back().last_sentence + 1 < sentence);
    };
    if (!m.date && !m.casualty_only && dates.empty() && sentence > 0 && short_day_before() &&
        find_dates(doc_, doc_.sentences()[sentence].token_begin,
                   doc_.sentences()[sentence].token_end, reference_of(sentence))
            .empty()) {
        const auto& prev = doc_.sentences()[sentence - 1];
        const auto named =
            find_dates(doc_, prev.token_begin, prev.token_end, reference_of(sentence));
        if (named.size() == 1 && named.front().precision == 1 && !named.front().since) {
            m.date = named.front();
            m.date->begin = cb;
            m.date->end = cb;
        }
    }
    // "On Aug. 22, coalition forces conducted 11 strikes:" dates the undated items under it.
    if (!m.date && list_date_ && !m.casualty_only && list_item(sentence)) {
        m.date = list_date_;
        m.date->begin = cb;
        m.date->end = cb;
    }
    // (In a corrections column: the day the misreport just quoted told, for the facts told
    // after it without one: "The day, Monday, was right.")
    if (!m.date && misreport_day_ && sentence > misreport_sentence_ &&
        sentence <= misreport_sentence_ + 2) {
        m.date = misreport_day_;
        m.date->begin = m.date->end = cb;
    }
    // A live blog's day heading ("Saturday, 2 September") dates the entries under it (not the
    // toll told right after an event of another day: "... on 20 Apr 04 mortar rounds impacted.
    // Twenty-two detainees were killed" under a letter's "14 March 2008").
    if (!m.date && section_date_ &&
        !(m.casualty_only && !drafts_.empty() && drafts_.back().last_sentence + 2 >= sentence &&
          drafts_.back().date && drafts_.back().date->date != section_date_->date)) {
        m.date = section_date_;
        m.date->begin = cb;
        m.date->end = cb;
    }
    // "Monday: two soldiers were wounded" in Monday's weekly roundup: last Monday.
    if (week_in_review_ && m.date && article_.published && m.date->precision == 1 &&
        m.date->date == *article_.published) {
        bool weekday = false;
        for (std::size_t k = m.date->begin; k < m.date->end; ++k) {
            weekday = weekday || text::weekday_from_word(doc_.lower(k)) >= 0;
        }
        if (weekday) {
            m.date->date = m.date->date.plus_days(-7);
        }
    }
    if (m.date && m.date->past_cue) {
        m.background_cue = true;
    }
    // "A court sentenced a man to death for the killing of ...": the crime is in the past.
    {
        const auto& s = doc_.sentences()[sentence];
        static constexpr text::ScanWords kCourt{"sentenced", "convicted", "acquitted",
                                                "indicted",  "trial",     "verdict",
                                                "sentence",  "sentencing"};
        // (told before the clause's end: not "...; notes that no one has been convicted of
        // any of these killings" after the killings told with their days)
        const bool may_court = doc_.may_hold<kCourt>(s.token_begin, ce);
        for (std::size_t k = s.token_begin; may_court && k < ce; ++k) {
            const auto w = doc_.lower(k);
            if (w == "sentenced" || w == "convicted" || w == "acquitted" || w == "indicted" ||
                w == "trial" || w == "verdict" || w == "sentence" || w == "sentencing") {
                m.background_cue = true;
                // (Unless the crime's own date is told in full, months before the report:
                // "for helping fighters who stormed the city on 21 October 2016".)
                const bool long_before = m.date && told_in_full_long_before(*m.date);
                if (m.date && !m.date->past_cue && !m.date->year_only && !long_before) {
                    m.date.reset(); // the date of the hearing, not of the crime
                    // (the crime's own day, told in full after it: "sentenced on Monday for
                    // the killing of five travellers ... on 18 March 2018")
                    for (const auto& d : dates) {
                        if (d.precision == 1 && !d.since && told_in_full_long_before(d)) {
                            m.date = d;
                            break;
                        }
                    }
                }
                break;
            }
        }
    }
    // (not a count of attacks that names the one just told: "This is the twenty-second attack
    // on bases hosting coalition troops since October")
    if (!dates.empty() && dates.front().since && !dates.front().days_after && !m.date &&
        !m.definite && !comparison_since(doc_, cb, dates.front().begin)) {
        // "protests have gone on since early October": dated by their start (background unless
        // the start is a day of the last week or so: "a sit-in held since Monday").
        m.date = dates.front();
        const auto ref = reference_of(sentence);
        m.background_cue = !(m.date->precision == 1 && ref &&
                             ref->days_since_epoch() - m.date->date.days_since_epoch() <= 7);
    }

    // "fired at reporters who were filming the protests from a rooftop": the movement the
    // reporters covered, no protest of its own (as "filming a protest by teachers" is).
    if ((doc_.lower(cb) == "who" || doc_.lower(cb) == "while") && trigger->cue == Cue::protest &&
        trigger->end == trigger->begin + 1 && doc_.lower(trigger->begin) == "protests" &&
        trigger->begin > cb && doc_.lower(trigger->begin - 1) == "the") {
        return;
    }
    // "Twenty years ago, young Americans fought in Ramadi and Fallujah", "in 2004 the Marines
    // fought in Fallujah", "tribal fighters, many of whom fought alongside the army in 2014":
    // men who fought somewhere or beside someone in a year or a month, no fight of a day, and
    // no one counted, are a war remembered.
    if (trigger->cue == Cue::clash && doc_.lower(trigger->begin) == "fought" &&
        trigger->end == trigger->begin + 1 && !counted && m.date &&
        (m.date->year_only || m.date->precision > 2 ||
         (m.date->precision > 1 && m.date->end > m.date->begin &&
          doc_.lower(m.date->end - 1) == "ago")) &&
        trigger->end < ce &&
        (doc_.lower(trigger->end) == "in" || doc_.lower(trigger->end) == "alongside" ||
         doc_.lower(trigger->end) == "beside" ||
         (doc_.lower(trigger->end) == "side" && trigger->end + 1 < ce &&
          doc_.lower(trigger->end + 1) == "by"))) {
        return;
    }
    // "Thousands of people died in the battle for Mosul", "hundreds of soldiers were killed in
    // the war": a whole campaign's toll, told without a day, is no event of its own.
    // (or a count in the thousands: "9,000 civilians died in the battle for Mosul")
    if (!m.date || m.date->precision > 1) {
        static constexpr auto kCampaigns = std::to_array<std::string_view>(
            {"offensive", "battle", "war", "campaign", "siege", "conflict"});
        static const WordSet kCampaignWords(kCampaigns);
        bool toll = false, campaign = false;
        for (std::size_t k = doc_.may_hold<kCampaigns>(cb, ce) ? cb : ce; k + 1 < ce; ++k) {
            const auto w = doc_.lower(k);
            toll = toll || ((w == "thousands" || w == "hundreds") && doc_.lower(k + 1) == "of") ||
                   (doc_.tokens()[k].is(text::kNumber) && doc_.number_value(k) >= 1000 &&
                    year_number(doc_, k) <= 0);
            campaign = campaign || (w == "the" && kCampaignWords.contains(doc_.word(k + 1)));
        }
        if (toll && campaign) {
            return;
        }
    }

    std::vector<PlaceChoice> other_places;
    const bool territorial = m.type.sub_event_type.find("territory") != std::string::npos;
    m.place = choose_place(cb, ce, trigger->begin, m.toponyms, &other_places, territorial);
    // ("a sit-in at al-Khilani Square and Sinak bridge": sites side by side are one scene)
    if (m.place.located() && !is_populated(m.place.place) && m.place.precision == 1) {
        std::erase_if(other_places, [&](const PlaceChoice& pc) {
            return pc.located() && !is_populated(pc.place) && pc.precision == 1 &&
                   geo::distance_to_test_m({pc.lat, pc.lon}, {m.place.lat, m.place.lon}, 1500.0) <
                       1500.0;
        });
    }
    // "police detained a photographer who was covering a sit-in of graduates outside the
    // governorate building in Diwaniyah": where the reporter was at work (the clause after,
    // split off at "who" or "while" by split_clauses).
    // (And "a Katyusha rocket fell inside the Burjesia site, where the compounds of foreign oil
    // companies stand, near Zubair": where the site named is, in a "where" clause after it.)
    if (!m.place.located() && ce + 2 < doc_.sentences()[sentence].token_end &&
        (doc_.lower(ce) == "while" || doc_.lower(ce) == "who" ||
         (doc_.lower(ce) == "where" && ce > cb + 1 && doc_.surface(ce - 1) == "," && [&] {
             // (after a site the clause names: not "on Monday, where passengers were on
             // their way to Karbala")
             static const WordSet kSites = {"site",    "base",     "camp",     "compound",
                                            "complex", "facility", "plant",    "station",
                                            "field",   "depot",    "refinery", "airport"};
             return kSites.contains(doc_.word(ce - 2));
         }()))) {
        std::vector<int> used;
        auto at_work =
            choose_place(ce, doc_.sentences()[sentence].token_end, ce, used, nullptr, false);
        if (at_work.located() && !is_country(at_work.place)) {
            m.place = std::move(at_work);
            m.toponyms.insert(m.toponyms.end(), used.begin(), used.end());
        }
    }
    // "seized Ramadi", "captured Tal Afar": the bare verb takes a town only when a place's name
    // follows it ("captured Ahmed Saleh in Mosul" is an arrest told elsewhere, or nothing).
    // (Only a capitalised word right after the verb is asked about: "Zummar had been seized a
    // day earlier" named its town before.)
    if (trigger->cue == Cue::takeover && trigger->end == trigger->begin + 1 && trigger->end < ce &&
        doc_.tokens()[trigger->end].is(text::kCapitalized)) {
        const auto v = doc_.lower(trigger->begin);
        if (v == "seized" || v == "captured" || v == "took") {
            const auto [lo, hi] = toponyms_near(trigger->end, trigger->end + 1);
            bool town = false;
            for (std::size_t k = lo; k < hi; ++k) {
                town = town ||
                       (toponyms_[k].begin == trigger->end && toponyms_[k].place() != nullptr &&
                        toponyms_[k].role == ToponymRole::place);
            }
            if (!town) {
                return;
            }
        }
    }
    // A digest line's grid label places the line's events ("... / Balad Air Base - IDF, 5
    // rockets").
    if (const auto grid = grid_labels_.find(line_start(sentence));
        !m.place.located() && grid != grid_labels_.end()) {
        const Toponym& t = toponyms_[static_cast<std::size_t>(grid->second.toponym)];
        m.place = choice_of(*t.place(), grid->second.toponym);
        m.place.precision = std::max(m.place.precision, grid->second.precision);
        if (grid->second.precision == 2) {
            m.place.uncertainty_m += 5000;
        }
        m.place.text = std::string(doc_.span_text(t.begin, t.end));
    }
    // An item of a list whose opening sentence named one place: there.
    if (!m.place.located() && !m.casualty_only && list_place_ >= 0 && list_item(sentence)) {
        const Toponym& t = toponyms_[static_cast<std::size_t>(list_place_)];
        m.place = choice_of(*t.place(), list_place_);
        m.place.text = std::string(doc_.span_text(t.begin, t.end));
    }
    // "struck three facilities, among them a headquarters at Jurf al-Sakhar, south-west of
    // Baghdad, and a weapons depot near al-Qaim": the sites listed after "among them".
    if (other_places.empty() && m.place.located() && m.place.toponym >= 0) {
        std::size_t among = ce;
        static constexpr text::ScanWords kAmong{"among", "including"};
        const bool may_among = text::holds<kAmong>(clause_groups);
        for (std::size_t k = cb; may_among && k + 1 < ce; ++k) {
            if ((doc_.lower(k) == "among" && doc_.lower(k + 1) == "them") ||
                doc_.lower(k) == "including") {
                among = k;
                break;
            }
        }
        const auto& chosen = toponyms_[static_cast<std::size_t>(m.place.toponym)];
        if (among < chosen.begin) {
            const auto [lo, hi] = toponyms_near(among, ce);
            for (std::size_t i = lo; i < hi; ++i) {
                const auto& t = toponyms_[i];
                if (&t == &chosen || t.begin <= among || t.end > ce || t.place() == nullptr ||
                    t.role != ToponymRole::place || is_country(*t.place()) ||
                    is_admin1(*t.place()) || t.begin < cb + 2) {
                    continue;
                }
                const auto p = doc_.lower(t.begin - 1);
                // (at a site: "near al-Qaim"; not a reference: "south-west of Baghdad")
                if ((p == "at" || p == "near") && doc_.lower(t.begin - 2) != "road") {
                    PlaceChoice pc = choice_of(*t.place(), static_cast<int>(i));
                    pc.text = std::string(doc_.span_text(t.begin - 1, t.designator_end));
                    pc.precision = std::max(pc.precision, p == "near" ? 2 : 1);
                    other_places.push_back(std::move(pc));
                }
            }
        }
    }
    // "They drove into the Bradost mountains on Tuesday to meet commanders near Sidakan. A
    // Turkish drone struck their vehicle shortly after the meeting": the scene the sentence
    // before set, when it told no event of its own, gives the day and the place.
    // (Looked up only when the clause lacks a day or a place of its own.)
    // ("In the early hours of Thursday Kurdish forces raided a prison north of Hawija and
    // freed 70 hostages. One American soldier was killed in the firefight": the fight the
    // scene's raid was, at its place and day, not "the first US combat death in Iraq".)
    const Toponym* scene_place = nullptr;
    const bool country_only = m.place.located() && is_country(m.place.place);
    // (The sentence before, past an item's number that is a sentence of its own: "3.")
    std::size_t scene = sentence > 0 ? sentence - 1 : 0;
    if (scene > 0 && doc_.sentences()[scene].token_end - doc_.sentences()[scene].token_begin <= 2 &&
        doc_.tokens()[doc_.sentences()[scene].token_begin].is(text::kNumber)) {
        --scene;
    }
    // ("ANCHOR: Can you tell us what happened yesterday? / NURSE: It was about three in the
    // afternoon. We heard the drone, then two explosions hit the clinic": an interviewer's
    // question sets the scene of the answer's first story, up to its third sentence.)
    bool question_scene = false;
    if (sentence > 0 && !m.casualty_only && (!m.date || !m.place.located())) {
        const auto paragraph = doc_.sentences()[sentence].paragraph;
        std::size_t first = sentence;
        while (first > 0 && sentence - first < 2 &&
               doc_.sentences()[first - 1].paragraph == paragraph) {
            --first;
        }
        if (first > 0 && doc_.sentences()[first - 1].paragraph != paragraph) {
            const auto& q = doc_.sentences()[first - 1];
            // (the answer's sentences before this one tell no day of their own)
            if (q.token_end > q.token_begin && doc_.surface(q.token_end - 1) == "?" &&
                (first == sentence ||
                 find_dates(doc_, doc_.sentences()[first].token_begin,
                            doc_.sentences()[sentence].token_begin, reference_of(sentence))
                     .empty())) {
                scene = first - 1;
                question_scene = true;
            }
        }
        // ("Last Friday, protesters in Basra went to the government building. Some threw
        // stones. The police used tear gas to push them back": the scene two sentences back,
        // past one of the same paragraph that tells no event and no day.)
        if (!question_scene && scene == sentence - 1 && scene > 0 &&
            doc_.sentences()[scene].paragraph == paragraph &&
            doc_.sentences()[scene - 1].paragraph == paragraph &&
            (drafts_.empty() || drafts_.back().last_sentence + 1 < scene)) {
            const auto& mid = doc_.sentences()[scene];
            if (cues_in(mid.token_begin, mid.token_end).empty() &&
                find_dates(doc_, mid.token_begin, mid.token_end, reference_of(sentence)).empty()) {
                --scene;
            }
        }
    }
    if ((!m.date || !m.place.located() || (m.definite && country_only)) && !m.casualty_only &&
        (!m.definite || country_only || !m.place.located()) &&
        (cb == doc_.sentences()[sentence].token_begin ||
         (question_scene && cb <= doc_.sentences()[sentence].token_begin + 4 &&
          doc_.surface(cb - 1) == ":")) &&
        sentence > 0 &&
        (doc_.sentences()[scene].paragraph == doc_.sentences()[sentence].paragraph ||
         question_scene || numbered_statements(doc_.sentences()[sentence].paragraph)) &&
        (drafts_.empty() || drafts_.back().last_sentence < scene)) {
        const auto& prev = doc_.sentences()[scene];
        // (a scene is a day somewhere: "on Tuesday ... near Sidakan")
        // (A reference back does not go to a funeral: "Her funeral in Koya on Sunday drew
        // thousands. ... the fourth media worker killed in the Mosul offensive".)
        static constexpr text::ScanWords kFuneral{"funeral", "buried", "burial", "mourners"};
        bool funeral = false;
        if (m.definite && doc_.may_hold<kFuneral>(prev.token_begin, prev.token_end)) {
            for (std::size_t k = prev.token_begin; k < prev.token_end && !funeral; ++k) {
                const auto w = doc_.lower(k);
                funeral = w == "funeral" || w == "buried" || w == "burial" || w == "mourners";
            }
        }
        bool day = false;
        for (const auto& d :
             funeral ? std::vector<DateMention>{}
                     : find_dates(doc_, prev.token_begin, prev.token_end, reference_of(sentence))) {
            if (d.precision == 1 && !d.since && !d.year_only) {
                day = true;
                if (!m.date) {
                    m.date = d;
                    m.date->begin = cb;
                    m.date->end = cb;
                }
            }
        }
        const auto [lo, hi] = toponyms_near(prev.token_begin, prev.token_end);
        for (std::size_t i = lo; i < hi && day; ++i) {
            const auto& t = toponyms_[i];
            if (t.sentence == scene && t.role == ToponymRole::place && t.place() != nullptr &&
                !is_country(*t.place()) && !is_admin1(*t.place())) {
                scene_place = &t;
            }
        }
        // (the crowd as the actors' pass found it: protesters, demonstrators, marchers)
        if (day) {
            for (const auto& a : actors_in(prev.token_begin, prev.token_end)) {
                m.crowd_scene = m.crowd_scene || a.inter == 6;
            }
        }
    }
    bool heading_place = false; // (the place as named: "Karrada" is the quarter itself)
    // "3 Jul, shortly after midnight. Baghdad: Karrada. Suicide attacker drove a truck ...": an
    // incident entry's heading lines, short and telling no event, give the entry its day and
    // its place (the last named, the most specific).
    if ((!m.date || !m.place.located()) && scene_place == nullptr && !m.casualty_only &&
        !m.definite && cb == doc_.sentences()[sentence].token_begin && sentence > 0) {
        const std::size_t paragraph = doc_.sentences()[sentence].paragraph;
        std::size_t first = sentence;
        while (first > 0 && sentence - first < 3 &&
               doc_.sentences()[first - 1].paragraph == paragraph) {
            --first;
        }
        const bool opens = first < sentence &&
                           (first == 0 || doc_.sentences()[first - 1].paragraph != paragraph) &&
                           (drafts_.empty() || drafts_.back().last_sentence < first);
        // (names, days and times only: not "SITUATION: Basra saw the worst unrest")
        static const WordSet kHeadingWords = {
            "shortly", "after",   "before",    "around", "about",    "early", "late",
            "morning", "evening", "night",     "noon",   "midnight", "dawn",  "afternoon",
            "near",    "north",   "south",     "east",   "west",     "of",    "in",
            "the",     "al",      "district",  "area",   "village",  "city",  "province",
            "town",    "held",    "controlled"};
        bool heading = opens;
        for (std::size_t s = first; heading && s < sentence; ++s) {
            const auto& h = doc_.sentences()[s];
            heading = h.token_end - h.token_begin <= 12;
            for (std::size_t k = h.token_begin; heading && k < h.token_end; ++k) {
                const auto& t = doc_.tokens()[k];
                heading = !t.is(text::kWord) || t.is(text::kCapitalized) || t.is(text::kAllUpper) ||
                          kHeadingWords.contains(doc_.word(k)) ||
                          text::month_from_word(doc_.lower(k)) != 0;
            }
            heading = heading && cues_in(h.token_begin, h.token_end).empty();
        }
        if (heading) {
            const std::size_t hb = doc_.sentences()[first].token_begin;
            const std::size_t he = doc_.sentences()[sentence - 1].token_end;
            const auto named = find_dates(doc_, hb, he, reference_of(sentence));
            if (!m.date && named.size() == 1 && named.front().precision == 1 &&
                !named.front().since) {
                m.date = named.front();
                m.date->begin = cb;
                m.date->end = cb;
            }
            const auto [lo, hi] = toponyms_near(hb, he);
            for (std::size_t i = lo; i < hi; ++i) {
                const auto& t = toponyms_[i];
                if (t.begin >= hb && t.end <= he && t.role == ToponymRole::place &&
                    t.place() != nullptr && !is_country(*t.place()) && !is_admin1(*t.place())) {
                    scene_place = &t;
                    heading_place = true;
                }
            }
        }
    }
    if ((!m.place.located() || (m.definite && is_country(m.place.place))) &&
        scene_place != nullptr && m.same_site_end == 0) {
        m.place =
            choice_of(*scene_place->place(), static_cast<int>(scene_place - toponyms_.data()));
        if (!heading_place) {
            m.place.precision = std::max(m.place.precision, 2);
        }
        // ("... at a checkpoint near al-Batha, about 40 km west of Nasiriyah. A man ... blew
        // himself up": the scene's point as its words put it, not the town measured from.)
        const std::size_t phrase_begin = apply_relative(
            doc_, doc_.sentences()[scene_place->sentence].token_begin, scene_place->begin, m.place);
        m.place.text = std::string(
            doc_.span_text(m.place.relative ? phrase_begin : scene_place->begin, scene_place->end));
    }
    // "On 14 August gunmen shot dead an activist in central Basra. On 17 August a car was fired
    // upon in the city": the town last named, within the paragraph or the one before.
    if (!m.place.located() && m.same_site_end == 0) {
        if (const Toponym* capital =
                m.definite || m.casualty_only ? nullptr : capital_referred(cb, ce)) {
            m.place = choice_of(*capital->place(), static_cast<int>(capital - toponyms_.data()));
            m.place.precision = 2; // (somewhere in the city)
            m.place.text = std::string(doc_.span_text(capital->begin, capital->designator_end));
        } else if (const Toponym* town = town_referred(sentence, cb, ce)) {
            m.place = choice_of(*town->place(), static_cast<int>(town - toponyms_.data()));
            m.place.text = std::string(doc_.span_text(town->begin, town->designator_end));
        } else if (const Toponym* one = m.casualty_only ? nullptr : paragraph_town(sentence, cb)) {
            m.place = choice_of(*one->place(), static_cast<int>(one - toponyms_.data()));
            m.place.text = std::string(doc_.span_text(one->begin, one->designator_end));
        }
    }
    // "Turkish warplanes struck 81 targets in northern Iraq on Sunday" and then "Caves and
    // shelters were destroyed in the Zap, Hakurk and Avashin regions": strikes told with the
    // country alone have their sites in the next sentence, when it tells no event of its own.
    if ((!m.place.located() || is_country(m.place.place)) && m.same_site_end == 0 &&
        !m.casualty_only && m.type.event_type == "Explosions/Remote violence" &&
        other_places.empty()) {
        sites_told_next(sentence, m.place, other_places);
    }
    // "08/07 - Qarachogh mountain (Makhmour district, Erbil): IS attack on an army post",
    // "12/07 - Mosul, al-Zanjili quarter: an old explosive ... went off": a line's label before
    // a colon names where its item happened.
    if (!m.place.located() && m.same_site_end == 0 && cb > doc_.sentences()[sentence].token_begin &&
        doc_.surface(cb - 1) == ":") {
        // ("3) Between Baqubah and Balad Ruz:": the label read as a clause's place is)
        const std::size_t sb = doc_.sentences()[sentence].token_begin;
        auto label = choose_place(sb, cb - 1, sb, m.toponyms, nullptr, false);
        if (label.located() && !is_country(label.place)) {
            m.place = std::move(label);
        }
    }
    // "protested in front of the Zakho district administration": a crowd at an institution
    // named after its town is in that town.
    if (!m.place.located() && m.type.event_type == "Protests") {
        const auto [lo, hi] = toponyms_near(cb, ce);
        for (std::size_t i = lo; i < hi; ++i) {
            const auto& t = toponyms_[i];
            // (a seat of local government; not "the Basra Oil Company")
            static const WordSet kSeats = {"administration", "municipality", "council",
                                           "governorate",    "directorate",  "court",
                                           "mayoralty",      "townhall"};
            const std::size_t noun = t.designator_end < ce && doc_.lower(t.designator_end) == "town"
                                         ? t.designator_end + 1
                                         : t.designator_end;
            if (t.begin >= cb && t.end <= ce && t.role == ToponymRole::modifier &&
                t.place() != nullptr && (is_populated(*t.place()) || is_admin2(*t.place())) &&
                noun < ce && kSeats.contains(doc_.word(noun))) {
                m.place = choice_of(*t.place(), static_cast<int>(i));
                m.place.text = std::string(doc_.span_text(t.begin, t.designator_end));
                break;
            }
        }
    }
    // A dataset record's fields: its day, its place and its dead. (Not for an event the record
    // tells as the one before or after it: "Came one day after US strikes on ...".)
    const auto first = doc_.lower(cb);
    if (const auto rec = records_.find(doc_.sentences()[sentence].paragraph);
        rec != records_.end() && first != "after" && first != "before" && first != "following" &&
        first != "since") {
        const RecordFields& r = rec->second;
        m.record = true;
        if (r.date) {
            m.date = r.date;
            m.date->begin = cb;
            m.date->end = cb;
        }
        if (r.place.located() && (!r.place_if_none || !m.place.located())) {
            m.place = r.place;
            m.toponyms = r.toponyms;
        }
        if (r.deaths && (!m.killed || *m.killed < *r.deaths || r.table)) {
            m.killed = r.deaths;
        }
        if (r.injured && (!m.injured || *m.injured < *r.injured || r.table)) {
            m.injured = r.injured;
        }
        // (What the strikes of a strike table's row hit is told in its effects: "engaged 4
        // tactical units; destroyed 2 VBIEDs" were air strikes.)
        if (r.strikes) {
            m.type = {"Explosions/Remote violence", "Air/drone strike"};
        }
    }
    if (m.reaction && m.place.located()) {
        // "condemned the attack on the base in Kirkuk" names the event's place; "officials in
        // Erbil called for an inquiry" names the speakers'.
        bool of_event = false;
        if (m.place.toponym >= 0) {
            const auto& t = toponyms_[static_cast<std::size_t>(m.place.toponym)];
            std::size_t after = trigger->end;
            // (past the attack's day: "answered the drone attack last Sunday on Tower 22")
            for (const auto& dm :
                 find_dates(doc_, after, std::min(ce, after + 6), reference_of(sentence))) {
                if (dm.begin == after && dm.end > dm.begin && !dm.since) {
                    after = dm.end;
                }
                break;
            }
            if (t.begin >= after && t.begin < after + 8 && after < ce) {
                const auto p = doc_.lower(after);
                // (also past what it hit, "condemned the bombing of a market in Basra on
                // Friday"; the cue may hold the "of" itself, "burning of the": only a place in the
                // war's countries with a day of the event after it, not "in a statement in
                // Baghdad on Friday" nor "the Quran in Stockholm")
                bool of = p == "of";
                for (std::size_t k = trigger->begin; k < after && !of; ++k) {
                    of = doc_.lower(k) == "of";
                }
                const auto day_after = [&] {
                    for (const auto& dm : find_dates(doc_, t.end, std::min(ce, t.end + 12),
                                                     reference_of(sentence))) {
                        if (dm.precision == 1 && !dm.since) {
                            return true;
                        }
                    }
                    return false;
                };
                const auto& cc = t.place()->country_code;
                bool spoken = false;
                for (std::size_t k = after; k < t.begin && of; ++k) {
                    const auto x = doc_.lower(k);
                    spoken = spoken || x == "statement" || x == "speech" || x == "conference" ||
                             x == "interview" || x == "meeting" || x == "visit";
                }
                of_event = p == "on" || p == "in" || p == "at" || p == "near" || p == "against" ||
                           (of && t.begin >= after + 1 && !spoken && (cc == "IQ" || cc == "SY") &&
                            (doc_.lower(t.begin - 1) == "in" || doc_.lower(t.begin - 1) == "at" ||
                             doc_.lower(t.begin - 1) == "near") &&
                            day_after());
                for (std::size_t k = after; k < t.begin && of_event; ++k) {
                    of_event = doc_.surface(k) != "," && doc_.lower(k) != "and";
                }
            }
            // ("blamed the PKK for the Zilkan attack": the place names the attack)
            of_event = of_event || t.end == trigger->begin;
        }
        if (!of_event) {
            m.place = PlaceChoice{};
            m.toponyms.clear();
        }
    }
    // "..., and Karbala, where the activist was shot dead": the place the clause hangs on.
    if (!m.place.located() && cb >= 2 && doc_.lower(cb) == "where") {
        std::size_t b = cb;
        while (b > 0 && doc_.surface(b - 1) == ",") {
            --b;
        }
        // ("the Zanjili district of west Mosul on Monday, where": past the day told)
        static const WordSet kDayWords = {
            "on",       "last",      "early",     "late",      "this",      "night",    "morning",
            "evening",  "afternoon", "monday",    "tuesday",   "wednesday", "thursday", "friday",
            "saturday", "sunday",    "overnight", "yesterday", "today",     "dawn",     "at"};
        const std::size_t sentence_begin = doc_.sentences()[doc_.sentence_of(cb)].token_begin;
        while (b > sentence_begin + 1 && b + 5 > cb && kDayWords.contains(doc_.word(b - 1))) {
            --b;
        }
        // ("in Koya (Koysinjaq), where": past the other spelling in brackets)
        if (b > sentence_begin + 2 && doc_.surface(b - 1) == ")") {
            for (std::size_t k = b - 1; k > sentence_begin && k + 8 > b; --k) {
                if (doc_.surface(k - 1) == "(") {
                    b = k - 1;
                    break;
                }
            }
        }
        // ("in Khanaqin, near the Iranian border, where": past a phrase of where the town lies)
        const auto [lo0, hi0] = toponyms_near(b, b);
        const bool ends_here = std::any_of(toponyms_.begin() + static_cast<std::ptrdiff_t>(lo0),
                                           toponyms_.begin() + static_cast<std::ptrdiff_t>(hi0),
                                           [&](const Toponym& t) { return t.designator_end == b; });
        if (!ends_here && b >= sentence_begin + 4) {
            for (std::size_t k = b - 1; k > sentence_begin + 1 && k + 8 > b; --k) {
                if (doc_.surface(k) != ",") {
                    continue;
                }
                const auto w = doc_.lower(k + 1);
                if (w == "near" || w == "close" || w == "along" || w == "by" || w == "on" ||
                    w == "just" || w == "about" || w == "some") {
                    b = k;
                }
                break;
            }
        }
        const auto [lo, hi] = toponyms_near(b, b);
        for (std::size_t i = lo; i < hi; ++i) {
            const auto& t = toponyms_[i];
            // ("From the Mosul Museum, where": a building of the town named)
            static const WordSet kBuildings = {"museum", "university", "hospital", "mosque",
                                               "church", "market",     "stadium",  "library",
                                               "campus", "prison",     "cathedral"};
            const bool building =
                t.designator_end + 1 == b && kBuildings.contains(doc_.word(t.designator_end));
            if ((t.designator_end == b || building) && t.place() != nullptr &&
                (t.role == ToponymRole::place || t.role == ToponymRole::qualifier)) {
                // "near al-Qaim in western Iraq, where": the town, not the country after it.
                // (so "just outside Muqdadiyah (المقدادية), in Diyala, where": the town, not
                // its province)
                std::size_t from = t.begin;
                if ((is_country(*t.place()) || is_admin1(*t.place())) && i > 0) {
                    const auto& u = toponyms_[i - 1];
                    std::size_t k = u.designator_end;
                    while (k < t.begin && (doc_.surface(k) == ")" || doc_.surface(k) == ",")) {
                        ++k;
                    }
                    if (k < t.begin && doc_.lower(k) == "in") {
                        ++k;
                        std::size_t used = 0;
                        if (k < t.begin && direction_degrees(doc_, k, t.begin, used) >= 0) {
                            k += used;
                        } else if (k < t.begin && doc_.lower(k).ends_with("ern")) {
                            ++k; // "western", "northern"
                        }
                    }
                    // (the name before a spelling in brackets: "Muqdadiyah (المقدادية)")
                    const Toponym* named = &u;
                    if (u.role == ToponymRole::qualifier && i > 1 && u.begin > 0 &&
                        doc_.surface(u.begin - 1) == "(" &&
                        toponyms_[i - 2].designator_end + 1 == u.begin) {
                        named = &toponyms_[i - 2];
                    }
                    if (k == t.begin && named->place() != nullptr &&
                        named->role == ToponymRole::place &&
                        (is_country(*t.place()) || is_populated(*named->place()))) {
                        from = named->begin;
                    }
                }
                m.place = choose_place(from, t.designator_end, from, m.toponyms, nullptr, false);
                break;
            }
        }
    }
    // "Troops declared Qaraqosh - the largest Christian town of the plains - retaken on 22
    // October": the clause goes on after an apposition set off by dashes; its place is the
    // name before the first dash.
    if (!m.place.located() && cb >= 4) {
        auto spaced_dash = [&](std::size_t i) {
            const auto d = doc_.surface(i);
            return (d == "-" || d == "\u2013" || d == "\u2014") &&
                   doc_.tokens()[i].is(text::kSpaceBefore);
        };
        const std::size_t sentence_begin = doc_.sentences()[sentence].token_begin;
        if (spaced_dash(cb - 1)) {
            for (std::size_t j = cb - 2; j > sentence_begin && j + 40 > cb; --j) {
                if (doc_.surface(j) == "." || doc_.surface(j) == ";") {
                    break;
                }
                if (!spaced_dash(j)) {
                    continue;
                }
                const auto a = doc_.lower(j + 1);
                if (a != "the" && a != "a" && a != "an") {
                    break; // (an apposition only: "Kirkuk - Rockets hit the base - ...")
                }
                const auto [lo, hi] = toponyms_near(j, j);
                for (std::size_t i = lo; i < hi; ++i) {
                    const auto& t = toponyms_[i];
                    if (t.designator_end == j && t.place() != nullptr &&
                        t.role == ToponymRole::place) {
                        m.place = choose_place(t.begin, t.designator_end, t.begin, m.toponyms,
                                               nullptr, false);
                        break;
                    }
                }
                break;
            }
        }
    }
    // "Hammam al-Alil: 2 displaced men died of wounds at the field hospital; injured on 16 Mar
    // in Mosul": the dead of wounds belong to where and when they were hurt.
    if (m.casualty_only && m.killed && *m.killed > 0) {
        bool of_wounds = false;
        for (std::size_t k = cb; k + 2 < ce && !of_wounds; ++k) {
            of_wounds = (doc_.lower(k) == "died" && doc_.lower(k + 1) == "of" &&
                         (doc_.lower(k + 2) == "wounds" ||
                          (k + 3 < ce && doc_.lower(k + 3) == "wounds"))) ||
                        (doc_.lower(k) == "succumbed" && doc_.lower(k + 1) == "to");
        }
        const std::size_t se = doc_.sentences()[sentence].token_end;
        for (std::size_t k = ce; of_wounds && k + 2 < se; ++k) {
            const auto w = doc_.lower(k);
            if (w != "injured" && w != "wounded" && w != "hurt") {
                continue;
            }
            const auto hurt_on =
                find_dates(doc_, k + 1, std::min(se, k + 6), reference_of(sentence));
            if (hurt_on.empty()) {
                break;
            }
            const auto [lo, hi] = toponyms_near(k + 1, std::min(se, k + 10));
            for (std::size_t i = lo; i < hi; ++i) {
                const auto& t = toponyms_[i];
                if (t.begin > k && t.begin < k + 10 && t.place() != nullptr &&
                    t.role == ToponymRole::place && doc_.lower(t.begin - 1) == "in") {
                    std::vector<int> used;
                    m.place =
                        choose_place(t.begin, t.designator_end, t.begin, used, nullptr, false);
                    m.date = hurt_on.front();
                    break;
                }
            }
            break;
        }
    }
    // A town told earlier in the sentence taken as the clause's place, named as written.
    const auto take_town = [&](const PlaceChoice& town) {
        const auto& t = toponyms_[static_cast<std::size_t>(town.toponym)];
        m.place = town;
        m.place.text = std::string(doc_.span_text(t.begin, t.designator_end));
    };
    // "After PMF forces entered Tuz Khurmatu, men looted and burned houses": the one town of
    // the clause set before it in the sentence.
    if (!m.place.located() && cb >= 2 && doc_.surface(cb - 1) == "," && !m.casualty_only) {
        const std::size_t sb = doc_.sentences()[sentence].token_begin;
        bool after = false;
        for (std::size_t k = sb; k < cb && !after; ++k) {
            after = doc_.lower(k) == "after";
        }
        if (after) {
            if (auto town = town_earlier_in_sentence(cb, cb, cb); town && town->toponym >= 0) {
                take_town(*town);
            }
        }
    }
    // "A tribal feud broke out in Qurna on Monday; one man was killed": the dead of the clause
    // before, in the one town it named (a clause that told no event of its own; not "...;
    // elsewhere, two soldiers were killed").
    if (!m.place.located() && cb >= 2 && doc_.surface(cb - 1) == ";" &&
        doc_.lower(cb) != "elsewhere" && doc_.lower(cb) != "meanwhile" &&
        (drafts_.empty() || drafts_.back().last_sentence < sentence)) {
        if (auto town = town_earlier_in_sentence(cb, cb, cb); town && town->toponym >= 0) {
            // (where the clause had it happen: not "a clip said to show the launch from
            // Kermanshah ...; the missiles were fired from the west")
            const auto& t = toponyms_[static_cast<std::size_t>(town->toponym)];
            const auto prep = t.begin > 0 ? doc_.lower(t.begin - 1) : text::TokenText();
            const auto before = t.begin > 1 ? doc_.lower(t.begin - 2) : text::TokenText();
            const bool opens = t.begin == doc_.sentences()[sentence].token_begin;
            const bool punct = !opens && !doc_.tokens()[t.begin - 1].is(text::kWord) &&
                               !doc_.tokens()[t.begin - 1].is(text::kNumber) && prep != "\"" &&
                               prep != "\u201c" && prep != "'";
            if (opens || punct || prep == "in" || prep == "at" || prep == "near" ||
                prep == "outside" || prep == "around" ||
                ((prep == "eastern" || prep == "western" || prep == "northern" ||
                  prep == "southern" || prep == "central") &&
                 before == "in") ||
                (prep == "of" && (before == "city" || before == "town" || before == "village" ||
                                  before == "district" || before == "province"))) {
                take_town(*town);
            }
        }
    }
    // "26 Feb - Muqdadiya - armed attack on a farmhouse - 2 killed": a log line's fields, the
    // one town its fields before the clause name.
    if (!m.place.located() && cb >= 2 && text::is_dash(doc_.surface(cb - 1)) &&
        doc_.tokens()[cb - 1].is(text::kSpaceBefore)) {
        if (auto town = town_earlier_in_sentence(cb, cb, cb); town && town->toponym >= 0) {
            const auto& t = toponyms_[static_cast<std::size_t>(town->toponym)];
            // (the town a field of its own: "- Muqdadiya -", at the line's start or after one)
            // (not a town a sentence told before an aside: "Samples handed over to the team in
            // Baghdad - blood from patients ... - were analysed")
            const auto dash = [&](std::size_t k) {
                return text::is_dash(doc_.surface(k)) || doc_.surface(k) == "|";
            };
            const bool field =
                (t.begin == 0 || doc_.tokens()[t.begin].is(text::kNewlineBefore) ||
                 dash(t.begin - 1)) &&
                (t.designator_end + 1 == cb || (t.designator_end < cb && dash(t.designator_end)));
            if (field) {
                take_town(*town);
            }
        }
    }
    // "Iraqi troops pushed into the village of Bazwaya east of Mosul on Tuesday after heavy
    // fighting with militants": the fight the sentence's happening came after was where it
    // happened, when the sentence tells no other event before it.
    // (Not a fight a truce or a meeting came after: "signed a truce in Samawah after a clash
    // between their men" was fought elsewhere. Nor when the clause names a place it set aside:
    // "fled the base outside Tikrit after the fall of Mosul".)
    if (const std::size_t sent_b = doc_.sentences()[sentence].token_begin;
        !m.place.located() && !m.casualty_only && !m.definite && cb > sent_b + 3 &&
        (doc_.lower(cb) == "after" || doc_.lower(cb) == "amid" || doc_.lower(cb) == "following") &&
        (drafts_.empty() || drafts_.back().last_sentence < sentence)) {
        static constexpr text::ScanWords kSettled{
            "deal",   "agreement",      "truce", "ceasefire", "signed",  "agreed",
            "accord", "reconciliation", "talks", "met",       "meeting", "mediation"};
        bool settled = false;
        for (std::size_t k = doc_.may_hold<kSettled>(sent_b, cb) ? sent_b : cb; k < cb && !settled;
             ++k) {
            const auto w = doc_.lower(k);
            settled = std::any_of(kSettled.begin(), kSettled.end(),
                                  [&](std::string_view v) { return w == v; });
        }
        const auto [lo, hi] = toponyms_near(cb, ce);
        bool own_name = false;
        for (std::size_t i = lo; i < hi && !own_name; ++i) {
            own_name = toponyms_[i].begin >= cb && toponyms_[i].end <= ce &&
                       toponyms_[i].place() != nullptr;
        }
        std::vector<int> used;
        auto before = settled || own_name ? PlaceChoice{}
                                          : choose_place(sent_b, cb, sent_b, used, nullptr, false);
        if (before.located() && !is_country(before.place) && !is_admin1(before.place)) {
            m.place = std::move(before);
            m.toponyms.insert(m.toponyms.end(), used.begin(), used.end());
        }
    }
    // "The Embassy condemns the rocket attack on the Green Zone on Sunday evening": a reaction
    // that names the event's own place and day tells the event, told before or not.
    // (its own day, written in the clause: not one borrowed from the sentence before)
    if (m.reaction && m.place.located() && m.date && m.date->end > m.date->begin &&
        m.date->begin >= cb && m.place.toponym >= 0 &&
        toponyms_[static_cast<std::size_t>(m.place.toponym)].begin >= trigger->end) {
        m.reaction = false;
    }
    // (... or "in the city", the town the report is about, and the day: "condemned the burning
    // of the Iranian consulate in the city on the night of Friday 7 September")
    if (m.reaction && !m.place.located() && m.date && m.date->precision == 1 &&
        m.date->end > m.date->begin && m.date->begin > trigger->end &&
        m.date->begin <= trigger->end + 14) {
        for (std::size_t k = trigger->end; k + 2 < m.date->begin; ++k) {
            if (doc_.lower(k) == "in" && doc_.lower(k + 1) == "the" &&
                (doc_.lower(k + 2) == "city" || doc_.lower(k + 2) == "town")) {
                m.reaction = false;
                break;
            }
        }
    }
    // A motive with nothing of its own ("in protest at American air strikes"): no event; with a
    // date, a count or a place it is one ("in retaliation for a rocket attack that killed a
    // contractor on Friday").
    // (A place abroad alone is the motive's name, not its telling: "air strikes on Qandil in
    // retaliation for the Istanbul bombing".)
    if (motive_phrase_at(doc_, cb, ce) && best_date == nullptr && (!counted || m.definite) &&
        (!m.place.located() ||
         (m.place.place->country_code != focus_.country && m.place.place->country_code != "IQ"))) {
        return;
    }
    // "... in retaliation for the killing of Soleimani near Baghdad airport on January 3": a
    // dated motive days before the report is an earlier event.
    // (Mourning follows the death it mourns by days: "in mourning for a goalkeeper killed on
    // Sunday" tells that killing.)
    if (motive_phrase_at(doc_, cb, ce) && m.date && m.date->precision == 1 && article_.published &&
        article_.published->days_since_epoch() - m.date->date.days_since_epoch() >
            (doc_.lower(cb + 1) == "mourning" ? 10 : 1)) {
        m.background_cue = true;
    }
    // "one of the deadliest since protests began in October": the anchor of a comparison is
    // an event only when the text places it ("the deadliest since a rocket attack on the K-1
    // base on Dec. 27"). (The clause may open at "since": the superlative is in the sentence.)
    if (!m.place.located() && !counted) {
        const std::size_t sb = doc_.sentences()[sentence].token_begin;
        for (std::size_t k = trigger->begin; k > sb && k + 3 > trigger->begin; --k) {
            if (comparison_since(doc_, sb, k - 1)) {
                return;
            }
        }
    }
    // "... the bombings in Sadr City last Thursday. On that Thursday afternoon, five car bombs
    // struck": "that Thursday" is the one just told, the latest such day an event had.
    if (m.date && m.date->precision == 1 && m.date->begin > cb &&
        doc_.lower(m.date->begin - 1) == "that" &&
        text::weekday_from_word(doc_.lower(m.date->begin)) >= 0) {
        const int wd = m.date->date.weekday();
        bool found = false;
        for (std::size_t k = drafts_.size(); k-- > 0 && !found;) {
            const auto& o = drafts_[k];
            if (o.date && o.date->precision == 1 && o.date->date.weekday() == wd) {
                m.date->date = o.date->date;
                found = true;
            }
        }
        // ("I answer with a date: 23 April 2013. ... At dawn that Tuesday the army came in":
        // else the latest such day written in the paragraph or the one before)
        if (!found) {
            const std::size_t paragraph = doc_.sentences()[sentence].paragraph;
            std::size_t from = doc_.sentences()[sentence].token_begin;
            for (std::size_t s = sentence;
                 s > 0 && doc_.sentences()[s - 1].paragraph + 1 >= paragraph; --s) {
                from = doc_.sentences()[s - 1].token_begin;
            }
            for (const auto& d : find_dates(doc_, from, m.date->begin - 1, article_.published)) {
                if (d.precision == 1 && !d.since && d.date.weekday() == wd) {
                    m.date->date = d.date;
                }
            }
        }
    }
    // A bare reference back ("the abduction was part of ... last year's protests") takes only
    // a date written next to it ("Wednesday's attack", "the attack on Friday").
    // (A span opening the clause governs it: "Five years after the city was retaken".)
    const bool opening_span =
        best_date != nullptr && best_date->begin == cb && best_date->precision == 3;
    // ("The ambush, on the evening of Oct. 14, was ...": a date set off right after it is its.)
    const bool apposed_date =
        best_date != nullptr && trigger->end + 1 < ce && doc_.surface(trigger->end) == "," &&
        (doc_.lower(trigger->end + 1) == "on" || doc_.lower(trigger->end + 1) == "late" ||
         doc_.lower(trigger->end + 1) == "early") &&
        best_date->begin > trigger->end && best_date->begin <= trigger->end + 6;
    // ("Thirty-three years ago today, on the sixteenth of March 1988, the aircraft of the
    // former regime dropped chemical weapons": a date set off before the subject is the
    // clause's.)
    const bool fronted_date = best_date != nullptr && best_date->end < trigger->begin &&
                              best_date->begin <= cb + 8 && doc_.surface(best_date->end) == ",";
    // ("condemned the burning of the Iranian consulate in the city on the night of Friday 7
    // September": the day closing the noun's own phrase, its object and where, no comma or
    // relative word between.)
    const auto object_day = [&] {
        if (best_date == nullptr || best_date->precision != 1 || best_date->year_only ||
            best_date->begin <= trigger->end || best_date->begin > trigger->end + 14) {
            return false;
        }
        // (the cue may hold the "of": "the burning of the")
        bool of = doc_.lower(trigger->end) == "of";
        for (std::size_t k = trigger->begin + 1; k < trigger->end; ++k) {
            of = of || doc_.lower(k) == "of";
        }
        if (!of) {
            return false;
        }
        for (std::size_t k = trigger->end; k < best_date->begin; ++k) {
            const auto w = doc_.lower(k);
            if (doc_.surface(k) == "," || doc_.surface(k) == ";" || w == "which" || w == "that" ||
                w == "when" || w == "who" || w == "after" || w == "since" || w == "and") {
                return false;
            }
        }
        return true;
    };
    if (m.definite && best_date != nullptr && best_gap > 4 && !m.place.located() && !counted &&
        !opening_span && !apposed_date && !fronted_date && !object_day()) {
        m.date.reset();
        m.background_cue = false;
    }
    // ("In Sengal, officials said the strikes hit positions on the mountain": the strikes told
    // before, on their day, wherever they merge.)
    // (So are the dead "killed in the strikes across Deir ez-Zor province".)
    if (strikes_again == nullptr && !m.date && m.casualty_only) {
        for (std::size_t k = cb + 2; k + 1 < ce; ++k) {
            const auto w = doc_.lower(k + 1);
            if ((w == "strikes" || w == "strike" || w == "raids" || w == "bombardment") &&
                doc_.lower(k) == "the" &&
                (doc_.lower(k - 1) == "in" || doc_.lower(k - 1) == "by")) {
                strikes_again = latest_strikes(sentence);
                break;
            }
        }
    }
    if (strikes_again != nullptr && !m.date && strikes_again->date) {
        m.date = strikes_again->date;
        m.date->begin = cb;
        m.date->end = cb;
    }
    const auto& sent = doc_.sentences()[sentence];
    choose_actors(m, sent.token_begin, sent.token_end, cb, trigger->end <= told_end ? told_end : ce,
                  trigger->begin, trigger->end);
    if (m.actor1.empty() && list_actor_ && list_item(sentence) && list_actor_->name != m.actor2) {
        m.actor1 = list_actor_->name;
        m.inter1 = list_actor_->inter;
        m.actor1_needs_country = list_actor_->needs_country;
    }
    type_air_power_strike(m); // ("The United States struck 85 targets")

    // "Nine years after the Islamic State's assault on Sinjar, fewer than half of the families
    // have come home": an event named by the years gone by has no date a coder could give
    // (a day that marks them is its anniversary: "a ceremony marking five years since the
    // militants overran Sinjar", "to mark one year since the bombing").
    if (m.date && m.date->anniversary && m.date->end <= trigger->begin) {
        bool marked = false;
        for (std::size_t k = m.date->begin;
             k > sent.token_begin && k + 3 > m.date->begin && !marked; --k) {
            const auto w = doc_.lower(k - 1);
            marked = w == "mark" || w == "marks" || w == "marked" || w == "marking" ||
                     w.starts_with("commemorat");
        }
        if (!marked) {
            return;
        }
    }
    // "... killed across southern Iraq as protesters stormed party offices": a summary of
    // the events the report goes on to tell town by town, at no place of its own.
    if ((!m.place.located() || is_country(m.place.place) || is_admin1(m.place.place)) && spread) {
        return;
    }
    // A plural, generic-looking statement stays only when it is specific: a place and a count
    // or a date ("two attacks on bases near Baghdad airport wounded five soldiers").
    // (Or the dead of strikes told before: "The strikes killed 25 fighters.")
    if (!reason.empty() && !strong_cue && !(m.casualty_only && named_strikes_told(cb, cues))) {
        // A named site is specific on its own ("rockets had fallen inside the K1 base").
        const bool explicit_zero = count.killed && *count.killed == 0;
        // (A state's forces striking on a given day in a country are specific too: "US forces
        // conducted strikes on Tuesday at two locations in Iraq", whose targets come next.)
        const bool state_on_day = m.place.located() && is_country(m.place.place) && m.date &&
                                  m.date->precision == 1 && !m.background_cue &&
                                  state_strikes_on_day(cb, ce, trigger->begin);
        const bool specific = (m.place.located() && !is_country(m.place.place) &&
                               (counted || (m.date && !m.date->year_only) || explicit_zero ||
                                (is_facility(m.place.place) && m.place.precision == 1))) ||
                              state_on_day;
        if (!specific) {
            return;
        }
    }
    // "** BAGHDAD - Students joined the sit-in ..." then "* NASIRIYAH - Protesters set fire to
    // ...": a roundup's label is where its line's events happened, told now so that the line
    // before does not take them.
    // (A town's label only, for an event of its own told on its day: the dead told apart still
    // join theirs, and an outlook's items stay unplaced.)
    if (!m.place.located() && !m.casualty_only && !m.background_cue && m.date &&
        m.date->begin >= cb && m.date->end <= ce && m.date->begin < m.date->end) {
        if (const int label = section_label(doc_.sentences()[sentence].paragraph);
            label >= 0 && is_populated(*toponyms_[static_cast<std::size_t>(label)].place())) {
            m.place = label_place(label);
        }
    }
    m.confidence = 0.45 + (m.type.from_generic_attack ? 0.0 : 0.15) +
                   (m.place.precision == 1 ? 0.15
                    : m.place.located()    ? 0.08
                                           : 0.0) +
                   (m.date ? 0.1 : 0.0) + (m.actor1.empty() ? 0.0 : 0.05) + (counted ? 0.05 : 0.0) -
                   (m.casualty_only ? 0.1 : 0.0);
    if (explain_ != nullptr) {
        *explain_ << "clause '" << doc_.span_text(cb, ce) << "': "
                  << (m.casualty_only ? std::string("casualties only")
                                      : m.type.event_type + " / " + m.type.sub_event_type)
                  << (m.definite ? " (definite reference)" : "") << ", place "
                  << (m.place.located() ? m.place.place->name : std::string("none")) << ", date "
                  << (m.date ? m.date->date.iso() : std::string("none")) << '\n';
    }
    // One event per place of a list, when the clause gives no count to divide.
    if (!other_places.empty() && !counted && !m.casualty_only) {
        m.list_id = ++lists_;
        for (auto& pc : other_places) {
            Draft copy = m;
            copy.place = pc;
            copy.toponyms = {pc.toponym};
            copy.definite = false;
            // "... and Balad air base on Sunday": the day written right after the place.
            // (past the place's own qualifier: "the Shaddadi base in Hasakah province on
            // Saturday")
            const auto& placed = toponyms_[static_cast<std::size_t>(pc.toponym)];
            std::size_t after = placed.designator_end;
            if (after + 2 < ce && doc_.lower(after) == "in") {
                const auto [lo, hi] = toponyms_near(after + 1, after + 1);
                for (std::size_t q = lo; q < hi; ++q) {
                    if (toponyms_[q].begin == after + 1 ||
                        (toponyms_[q].begin == after + 2 && doc_.lower(after + 1) == "the")) {
                        after = toponyms_[q].designator_end;
                        while (after < ce && (doc_.lower(after) == "province" ||
                                              doc_.lower(after) == "governorate")) {
                            ++after;
                        }
                        break;
                    }
                }
            }
            // (past an aside on the place: "the town of Rawa, the last urban area held by ISIS
            // in Iraq, on November 17")
            if (after + 2 < ce && doc_.surface(after) == "," &&
                (doc_.lower(after + 1) == "the" || doc_.lower(after + 1) == "a" ||
                 doc_.lower(after + 1) == "an")) {
                for (std::size_t k = after + 2; k < ce && k < after + 16; ++k) {
                    if (doc_.surface(k) == ",") {
                        after = k + 1;
                        break;
                    }
                }
            }
            if (after + 1 < ce) {
                const auto own =
                    find_dates(doc_, after, std::min(ce, after + 6), reference_of(sentence));
                // (past a weekday the date follows: "on Saturday (25 November)")
                const std::size_t lead = past_weekday_lead(after, ce);
                if (!own.empty() && (own.front().begin <= after + 1 || own.front().begin <= lead) &&
                    !own.front().since) {
                    copy.date = own.front();
                }
            }
            add(std::move(copy));
        }
    }
    // "Rockets hit the base on Sunday and again on Monday": the same kind of attack on a
    // second day is a second event.
    if (m.date && m.date->precision == 1 && !m.casualty_only) {
        static constexpr text::ScanWords kAgain{"again", "again"}; // (twice: not the bit of "from")
        for (std::size_t k = m.date->end; text::holds<kAgain>(clause_groups) && k + 1 < ce; ++k) {
            if (doc_.lower(k) != "again" || doc_.lower(k - 1) != "and") {
                continue;
            }
            const auto later = find_dates(doc_, k + 1, std::min(ce, k + 6), reference_of(sentence));
            if (!later.empty() && later.front().precision == 1 && !later.front().since &&
                !(later.front().date == m.date->date)) {
                if (m.list_id == 0) {
                    m.list_id = ++lists_;
                }
                Draft copy = m;
                copy.date = later.front();
                copy.separate = true;
                // (the dead told belong to the first day's)
                copy.killed.reset();
                copy.injured.reset();
                add(std::move(copy));
            }
            break;
        }
    }
    add(std::move(m));
}

std::pair<std::size_t, std::size_t> ArticlePass::toponyms_near(std::size_t b, std::size_t e) const {
    constexpr std::size_t kMargin = 16;
    const auto by_begin = [](const Toponym& t, std::size_t at) { return t.begin < at; };
    const auto lo = std::lower_bound(toponyms_.begin(), toponyms_.end(),
                                     b > kMargin ? b - kMargin : 0, by_begin);
    const auto hi = std::lower_bound(lo, toponyms_.end(), e + kMargin, by_begin);
    return {static_cast<std::size_t>(lo - toponyms_.begin()),
            static_cast<std::size_t>(hi - toponyms_.begin())};
}

bool ArticlePass::is_origin(std::size_t cb, std::size_t at) const {
    // "fired from a truck parked south of the city, near the boundary with Nineveh province":
    // everything after "fired from" up to a target phrase is the launch site.
    // ("including launch sites near Tabriz and in Kermanshah province"; "launches" only gives
    // the list a word-group bit of its own)
    static constexpr text::ScanWords kLaunch{"launch", "launching", "launches"};
    if (doc_.may_hold<kLaunch>(cb, at)) {
        for (std::size_t k = at; k > cb + 1 && k + 7 > at; --k) {
            const auto w = doc_.lower(k - 1);
            if ((w == "site" || w == "sites" || w == "area" || w == "areas" || w == "point" ||
                 w == "points" || w == "pad" || w == "pads") &&
                (doc_.lower(k - 2) == "launch" || doc_.lower(k - 2) == "launching")) {
                // (not a strike on the site: "a self-defence strike on a drone launch site in
                // the vicinity of Kirkuk")
                for (std::size_t j = k - 2; j > cb && j + 4 > k - 2; --j) {
                    const auto x = doc_.lower(j - 1);
                    if (x == "on" || x == "at" || x == "against" || x == "struck" || x == "hit" ||
                        x == "targeted" || x == "targeting" || x == "destroyed" || x == "found") {
                        return false;
                    }
                }
                return true;
            }
            // ("a launch pad with four rockets aimed at Camp Taji": the target)
            if (w == "," || w == ";" || w == "at" || w == "on" || w == "aimed" || w == "towards" ||
                w == "toward" || w == "with" || is_clause_word(w)) {
                break;
            }
        }
    }
    static constexpr text::ScanWords kFrom{"from"}; // (no launch site without it)
    if (!doc_.may_hold<kFrom>(cb, at)) {
        return false;
    }
    bool passed_to = false; // ("moved from Kirkuk to Dibis": Dibis is where it is now)
    for (std::size_t k = at; k > cb && k + 16 > at; --k) {
        const auto w = doc_.lower(k - 1);
        // ("... south of the field, towards the boundary of Kirkuk province": still where
        // they were fired from.)
        const bool toward_edge = (w == "towards" || w == "toward") && k + 1 < at &&
                                 doc_.lower(k) == "the" &&
                                 (doc_.lower(k + 1) == "boundary" ||
                                  doc_.lower(k + 1) == "border" || doc_.lower(k + 1) == "edge");
        // ("drove the bombers from a farm on the edge of the Fallujah desert": where the farm is)
        const bool on_edge = w == "on" && k + 1 < at && doc_.lower(k) == "the" &&
                             (doc_.lower(k + 1) == "edge" || doc_.lower(k + 1) == "outskirts");
        if (on_edge) {
            continue;
        }
        if (w == "at" || w == "on" || w == "into" || w == "landed" || w == "struck" || w == "hit" ||
            w == "targeting" || w == "fell" ||
            ((w == "towards" || w == "toward") && !toward_edge) || w == "aimed" ||
            w == "targeted") {
            return false;
        }
        // ("troops sent from Baghdad to restore order in Nasiriyah": a purpose ends it.)
        if (w == "to" && k < at && doc_.tokens()[k].is(text::kWord) &&
            !doc_.tokens()[k].is(text::kCapitalized) && doc_.lower(k) != "the" &&
            doc_.lower(k) != "a" && doc_.lower(k) != "an") {
            return false;
        }
        passed_to = passed_to || w == "to";
        if (w != "from") {
            continue;
        }
        // The launch verb governs "from" closely ("rockets were fired from a truck", "launched
        // from Iranian territory"); "shot dead 25 people ... as they cleared protesters from
        // bridges in Nasiriyah" is no launch site.
        for (std::size_t v = k - 1; v > cb && v + 10 > k; --v) {
            const auto x = doc_.lower(v - 1);
            // (also forces "sent from Baghdad to restore order in Nasiriyah")
            // ("took off from", not "took about a hundred men from the ministry in Karrada":
            // people taken from a place were taken there)
            if (x == "fired" || x == "launched" || x == "shot" || x == "flew" || x == "flown" ||
                x == "firing" || x == "launching" || (x == "took" && doc_.lower(v) == "off") ||
                x == "sent" || x == "dispatched" || x == "deployed" || x == "brought" ||
                // (a record's corrected place: "location moved from Kirkuk (governorate) to
                // Dibis", "changed from \"Baghdad\" (city) to the Green Zone")
                ((x == "moved" || x == "changed") && v >= 2 && !passed_to &&
                 (doc_.lower(v - 2) == "location" || doc_.lower(v - 2) == "place")) ||
                x == "transport" || x == "transported" || x == "smuggled" || x == "drove" ||
                x == "driven" ||
                // ("the explosive belt had been moved from the desert near Palmyra")
                (x == "moved" && !passed_to && v >= 2 &&
                 (doc_.lower(v - 2) == "been" || doc_.lower(v - 2) == "was" ||
                  doc_.lower(v - 2) == "were")) ||
                // (where attackers are run from: "militias ... directed from Tehran", the
                // place right after it)
                ((x == "directed" || x == "controlled" || x == "commanded" ||
                  x == "orchestrated") &&
                 at <= k + 1) ||
                // (and people's own origin: "a convoy carrying the commander of the SDF from
                // Qamishli", "pilgrims arriving from Iran"; not "came under fire from militants
                // in the Tarmiyah area", where the fire was)
                x == "carrying" || x == "arrived" || x == "arriving" ||
                // ("the attackers came from the direction of the Hamrin hills")
                ((x == "came" || x == "come" || x == "coming") && v + 1 == k)) {
                return true;
            }
            // (and where someone was on the way back from: "shot dead in eastern Baghdad as he
            // returned home from Tahrir Square"; not past a clause: "walking home from the
            // hospital when the first car bomb went off in Sadr City")
            if (x == "returned" || x == "returning" || x == "travelling" || x == "traveling" ||
                x == "driving" || x == "walking") {
                for (std::size_t j = k; j < at; ++j) {
                    if (is_clause_word(doc_.lower(j))) {
                        return false;
                    }
                }
                return true;
            }
            if (x == "," || is_clause_word(x)) {
                break;
            }
        }
    }
    return false;
}

bool ArticlePass::is_aftermath_or_destination(std::size_t cb, std::size_t at) const {
    // Where the dead were buried or the wounded treated is not where they were hit: "during his
    // funeral at the Kadhimiya shrine in Baghdad", "taken to hospital in Kirkuk". Nor is where
    // people went: "trucks heading to Jordan", "families who fled to Erbil".
    // ("closed the road leading to the Rumaila oil field": past an article)
    // "shot down an Iranian drone that was flying towards Erbil": where a drone or missile
    // brought down was going, not where it fell (an attack on a convoy heading for a town
    // is told at the town).
    const std::size_t to_at = at >= cb + 3 && doc_.lower(at - 1) == "the" ? at - 1 : at;
    const auto prep = to_at >= cb + 2 ? doc_.lower(to_at - 1) : text::TokenText{};
    if (prep == "towards" || prep == "toward" || prep == "for") {
        static constexpr text::ScanWords kDowned{"down", "intercepted", "downed"};
        const auto w = doc_.lower(to_at - 2);
        // ("the gunmen had driven off towards Lake Tharthar", "fled towards the desert": where
        // the attackers got away to)
        if (prep != "for" &&
            (w == "fled" || w == "escaped" ||
             (w == "off" && to_at >= cb + 3 &&
              (doc_.lower(to_at - 3) == "driven" || doc_.lower(to_at - 3) == "drove" ||
               doc_.lower(to_at - 3) == "sped")))) {
            return true;
        }
        if ((w == "heading" || w == "headed" || w == "bound" || w == "flying") &&
            doc_.may_hold<kDowned>(cb, at)) {
            for (std::size_t k = cb; k < at; ++k) {
                const auto x = doc_.lower(k);
                if (x == "intercepted" || x == "downed" ||
                    (x == "down" && k > cb &&
                     (doc_.lower(k - 1) == "shot" || doc_.lower(k - 1) == "brought"))) {
                    return true;
                }
            }
        }
    }
    if (to_at >= cb + 2 && prep == "to") {
        auto w = doc_.lower(to_at - 2);
        // ("pilgrims heading north to Karbala", "driving back to Erbil")
        if ((w == "north" || w == "south" || w == "east" || w == "west" || w == "back" ||
             w == "home" || w == "south-east" || w == "north-west") &&
            to_at >= cb + 3) {
            w = doc_.lower(to_at - 3);
        }
        // (not the home someone had come back to: "a man who had returned to Baiji from
        // displacement was abducted" there)
        const bool back_home = (w == "returned" || w == "returning") && to_at >= cb + 4 &&
                               (doc_.lower(to_at - 3) == "who" ||
                                (doc_.lower(to_at - 3) == "had" && doc_.lower(to_at - 4) == "who"));
        if (back_home) {
            return false;
        }
        if (w == "heading" || w == "headed" || w == "bound" || w == "fled" || w == "fleeing" ||
            w == "returning" || w == "returned" || w == "travelling" || w == "traveling" ||
            w == "evacuated" || w == "deported" || w == "moved" || w == "transferred" ||
            w == "flown" || w == "taken" || w == "driving" || w == "leading" || w == "leads" ||
            w == "referred" || is_road_word(w) ||
            // ("pilgrims on their way to Karbala", "en route to Erbil")
            (w == "way" && to_at >= cb + 4 && doc_.lower(to_at - 4) == "on") ||
            (w == "route" && to_at >= cb + 3 && doc_.lower(to_at - 3) == "en")) {
            return true; // ("near the road to Baghdad": where the road leads, not the place)
        }
    }
    // "the wounded were taken by ambulance to the border crossing near Khanaqin": where they
    // were carried, past a way of carrying and a place word or two.
    // (Walked only when a verb of carrying is in the clause before the name.)
    static constexpr text::ScanWords kCarried{"taken", "evacuated", "transferred",
                                              "flown", "rushed",    "carried"};
    for (std::size_t k = doc_.may_hold<kCarried>(cb, at) ? at : cb; k > cb + 2 && k + 7 > at; --k) {
        const auto w = doc_.lower(k - 1);
        if (w == "to") {
            for (std::size_t j = k - 1; j > cb && j + 5 > k; --j) {
                const auto v = doc_.lower(j - 1);
                if (v == "taken" || v == "evacuated" || v == "transferred" || v == "flown" ||
                    v == "rushed" || v == "carried") {
                    return true;
                }
                if (!doc_.tokens()[j - 1].is(text::kWord) || is_clause_word(v)) {
                    break;
                }
            }
            break;
        }
        // ("flown to Paris and Rome for treatment": the destinations' list goes on)
        const bool listed = doc_.tokens()[k - 1].is(text::kCapitalized) ||
                            ((w == "and" || w == ",") && k >= cb + 2 &&
                             doc_.tokens()[k - 2].is(text::kCapitalized));
        // (and the words of a destination: "to the border crossing near")
        // ("flown to the burns centre in Baghdad")
        static const WordSet kOnTheWay = {"the", "a", "an", "near", "in", "border", "crossing",
                                          "main", "camp", "city", "town", "hospital", "hospitals",
                                          "clinic", "ward", "centre", "center", "unit", "burns",
                                          "airport", "checkpoint",
                                          // ("taken to hospitals in Karbala and in nearby Hilla")
                                          "nearby", "neighbouring", "neighboring"};
        if (!listed && !kOnTheWay.contains(doc_.word(k - 1))) {
            break;
        }
    }
    // "according to a relative who reached Makhmour", "after reaching Erbil": where someone
    // got to; "two of the dead were from Ramadi": where people came from.
    if (at >= cb + 2) {
        const auto v = doc_.lower(at - 1);
        const auto p = doc_.lower(at - 2);
        if ((v == "reached" && (p == "who" || p == "had" || p == "finally" || p == "safely")) ||
            (v == "reaching" && (p == "after" || p == "on" || p == "before")) ||
            (v == "from" &&
             (p == "were" || p == "was" || p == "hailed" || p == "originally" || p == "all" ||
              // ("pilgrims, many of them from Iran, filled the streets", "most from Basra")
              p == "them" || p == "mostly" || p == "many" || p == "most" || p == "pilgrims" ||
              p == "visitors" || p == "families" || p == "workers" || p == "students"))) {
            return true;
        }
    }
    // "had left for Zakho and Duhok", "families bound for Erbil": where people went; "until
    // ambulances arrived from Tuz Khurmatu and Kirkuk": where help came from; every place of
    // the list.
    static constexpr text::ScanWords kWentCame{
        "leaving",  "left",    "leave",    "leaves", "bound",  "headed", "heading", "off",
        "departed", "arrived", "arriving", "came",   "coming", "rushed", "summoned"};
    for (std::size_t k = at > cb && doc_.may_hold<kWentCame>(cb, at) ? at : cb;
         k > cb + 1 && k + 7 > at; --k) {
        const auto w = doc_.lower(k - 1);
        if (w == "for" || w == "from") {
            const auto v = doc_.lower(k - 2);
            const bool went = w == "for" && (v == "left" || v == "leave" || v == "leaving" ||
                                             v == "leaves" || v == "bound" || v == "headed" ||
                                             v == "heading" || v == "off" || v == "departed");
            const bool came = w == "from" && (v == "arrived" || v == "arriving" || v == "came" ||
                                              v == "coming" || v == "rushed" || v == "summoned");
            if (went || came) {
                return true;
            }
            break;
        }
        if (!(w == "and" || w == "or" || w == "," || w == "the" ||
              doc_.tokens()[k - 1].is(text::kCapitalized))) {
            break;
        }
    }
    // "took the farmer's brother towards the Hamrin hills", "fled towards Duhok": where the
    // movement went, not where it happened (rockets "fired towards" a camp hit it: see
    // is_origin).
    static constexpr text::ScanWords kTowards{"towards", "toward"};
    for (std::size_t k = at > cb && doc_.may_hold<kTowards>(cb, at) ? at : cb; k > cb && k + 4 > at;
         --k) {
        const auto w = doc_.lower(k - 1);
        if (w == "towards" || w == "toward") {
            for (std::size_t j = k - 1; j > cb && j + 8 > k; --j) {
                const auto v = doc_.lower(j - 1);
                // (Not "a drone flying towards Erbil", shot down: annotators place it there;
                // excluding it cost one held-out event.)
                // ("missiles cross the country towards Israel": flying over on their way)
                // ("Peshmerga units withdrew overnight towards Sulaimaniya": where they went)
                if (v == "took" || v == "taken" || v == "fled" || v == "fleeing" ||
                    v == "withdrew" || v == "withdrawn" || v == "retreated" || v == "pulled" ||
                    v == "dragged" || v == "displaced" || v == "carried" || v == "cross" ||
                    v == "crossed" || v == "crosses" || v == "crossing" || v == "overflew" ||
                    v == "overflying") {
                    return true;
                }
            }
            break;
        }
        if (!doc_.tokens()[k - 1].is(text::kWord) || is_clause_word(w)) {
            break;
        }
    }
    // (The words this pass answers yes to: a clause with none of them is not walked. A word
    // added below must be added here.)
    static constexpr text::ScanWords kAftermath{
        "funeral",   "funerals",  "burial",     "buried",      "mourners",  "vigil",
        "hospital",  "hospitals", "morgue",     "treated",     "treatment", "sermon",
        "sermons",   "ceremony",  "ceremonies", "memorial",    "fled",      "fleeing",
        "displaced", "evacuated", "relocated",  "transferred", "moved",     "sent"};
    if (!doc_.may_hold<kAftermath>(cb, at)) {
        return false;
    }
    // ("... fled north towards the camps of Duhok governorate, most of them to camps near
    // Zakho": camps the fleeing went to, however far back the flight was told)
    if (at >= cb + 3 && (doc_.lower(at - 1) == "near" || doc_.lower(at - 1) == "in" ||
                         doc_.lower(at - 1) == "around" || doc_.lower(at - 1) == "outside" ||
                         doc_.lower(at - 1) == "of")) {
        std::size_t k = at - 1;
        const auto camp = doc_.lower(k - 1);
        if (camp == "camps" || camp == "camp") {
            --k;
            while (k > cb && (doc_.lower(k - 1) == "the" || doc_.lower(k - 1) == "displacement" ||
                              doc_.lower(k - 1) == "refugee" || doc_.lower(k - 1) == "a")) {
                --k;
            }
            if (k > cb && (doc_.lower(k - 1) == "to" || doc_.lower(k - 1) == "towards")) {
                for (std::size_t j = cb; j + 1 < k; ++j) {
                    const auto v = doc_.lower(j);
                    if (v == "fled" || v == "fleeing" || v == "displaced" || v == "evacuated" ||
                        v == "relocated") {
                        return true;
                    }
                }
            }
        }
    }
    for (std::size_t k = at; k > cb && k + 10 > at; --k) {
        const auto w = doc_.lower(k - 1);
        // ("and to Zakho" goes on with the same destination list)
        // ("hospitals in Erbil and Kirkuk": a list of names goes on too)
        const bool list_and = (w == "and" && k < at && doc_.lower(k) == "to") ||
                              ((w == "and" || w == "or") && k >= cb + 2 &&
                               doc_.tokens()[k - 2].is(text::kCapitalized) &&
                               doc_.tokens()[k].is(text::kCapitalized));
        if (w == "," || (is_clause_word(w) && !list_and)) {
            return false;
        }
        // ("blew himself up at a funeral in Hawija", "attacked a funeral procession": the
        // funeral is where the event was, not where its dead went)
        std::size_t before = k >= cb + 2 ? k - 2 : cb; // (the word before the funeral)
        if (before > cb && (doc_.lower(before) == "a" || doc_.lower(before) == "the")) {
            --before;
        }
        // (past the crowd the mourners make: "fired on a procession of mourners in Khalis")
        if (before > cb + 1 && doc_.lower(before) == "of" &&
            (doc_.lower(before - 1) == "procession" || doc_.lower(before - 1) == "crowd" ||
             doc_.lower(before - 1) == "group" || doc_.lower(before - 1) == "gathering")) {
            before -= 2;
            if (before > cb && (doc_.lower(before) == "a" || doc_.lower(before) == "the")) {
                --before;
            }
        }
        const auto b = doc_.lower(before);
        const bool hit_word = b == "at" || b == "during" || b == "attacked" || b == "targeted" ||
                              b == "targeting" || b == "struck" || b == "among" || b == "into" ||
                              // ("gunmen fired on a funeral in Baqubah", "an attack on mourners")
                              b == "on" || b == "upon";
        const bool funeral_hit =
            (w == "funeral" || w == "funerals" || w == "mourners") && k >= cb + 2 && hit_word;
        // ("blew himself up among mourners at a funeral in Shirqat": the funeral hit is where
        // the event was, whatever the words before it)
        // ("a bomb exploded near the main teaching hospital in central Basra", "gunmen stormed a
        // hospital in Mosul": where the event was, not where the wounded were treated)
        // (past the hospital's own words: "the main teaching hospital", "a children's hospital")
        // (a verb of striking within four words before the place's noun, past its own words)
        // (also past another target listed first: "air strikes hit near a bakery and a
        // hospital in Ariha")
        const auto struck_before = [&](bool near_counts) {
            std::size_t reach = 5;
            for (std::size_t j = k - 1; j > cb && j + reach > k; --j) {
                const auto x = doc_.lower(j - 1);
                if (x == "attacked" || x == "targeted" || x == "targeting" || x == "struck" ||
                    x == "stormed" || x == "shelled" || x == "bombed" || x == "hit" ||
                    (near_counts && (x == "near" || x == "outside" || x == "beside" ||
                                     x == "behind" || x == "opposite"))) {
                    return true;
                }
                if (x == "and" && reach == 5 && j + 1 < k) {
                    reach = 9;
                    continue;
                }
                if (!doc_.tokens()[j - 1].is(text::kWord) || is_clause_word(x) || x == "to" ||
                    x == "at" || x == "in") {
                    return false;
                }
            }
            return false;
        };
        const auto hospital_hit = [&] {
            return (w == "hospital" || w == "hospitals") && k >= cb + 2 && struck_before(true);
        };
        // ("was shot dead moments after delivering the sermon at a mosque in Yarmouk", "after
        // leaving a memorial service in Tikrit": where the victim had just been, so where the
        // attack was)
        const auto just_after = [&] {
            for (std::size_t j = k - 1; j > cb + 1 && j + 4 > k; --j) {
                const auto x = doc_.lower(j - 1);
                if (x.size() > 4 && x.ends_with("ing") && doc_.lower(j - 2) == "after") {
                    return true;
                }
            }
            return false;
        };
        // ("drones struck a graduation ceremony at the military academy in Homs": a ceremony
        // the strike hit, past its own words, is where the event was; not "speaking at a
        // ceremony in Baghdad")
        const auto ceremony_hit = [&] {
            return (w == "ceremony" || w == "ceremonies" || w == "memorial" || w == "vigil") &&
                   k >= cb + 2 && struck_before(false);
        };
        if (funeral_hit || hospital_hit() || ceremony_hit() ||
            ((w == "sermon" || w == "sermons" || w == "ceremony" || w == "memorial") &&
             just_after())) {
            return false;
        }
        // ("struck the al-Karama water treatment plant in eastern Mosul": a plant, not care)
        const bool plant =
            w == "treatment" && k < at &&
            (doc_.lower(k) == "plant" || doc_.lower(k) == "plants" || doc_.lower(k) == "station" ||
             doc_.lower(k) == "facility" || doc_.lower(k) == "works");
        // ("mourners carried the coffin through Tahrir Square, chanting \"No to America\"": a
        // funeral that is a protest is where the protest was)
        const auto chanted = [&] {
            const std::size_t se = doc_.sentences()[doc_.sentence_of(at)].token_end;
            for (std::size_t j = at; j < se; ++j) {
                if (doc_.lower(j) == "chanting" || doc_.lower(j) == "chanted") {
                    return true;
                }
            }
            return false;
        };
        if ((w == "funeral" || w == "funerals" || w == "mourners") && chanted()) {
            return false;
        }
        if (w == "funeral" || w == "funerals" || w == "burial" ||
            (w == "buried" && !buried_weapon(doc_, k - 1)) || w == "mourners" || w == "vigil" ||
            w == "hospital" || w == "hospitals" || w == "morgue" || w == "treated" ||
            (w == "treatment" && !plant) || w == "sermon" || w == "sermons" || w == "ceremony" ||
            w == "ceremonies" || w == "memorial") {
            return true;
        }
        // "300 families fled to camps in Duhok governorate and to Zakho": where they went.
        if (w == "fled" || w == "fleeing" || w == "displaced" || w == "evacuated" ||
            w == "relocated" || w == "transferred" || w == "moved" || w == "sent") {
            // (the "to" of the destination, near the name: not "sent from Baghdad to restore
            // order in Nasiriyah")
            // (A weapon sent is aimed at its target: "sent a drone towards the Harir base".)
            bool weapon_sent = false;
            for (std::size_t j = k; w == "sent" && j < at && j < k + 6; ++j) {
                const auto x = doc_.lower(j);
                weapon_sent = weapon_sent || x == "drone" || x == "drones" || x == "missile" ||
                              x == "missiles" || x == "rocket" || x == "rockets" || x == "uav" ||
                              x == "uavs";
            }
            for (std::size_t j = std::max(k, at > 4 ? at - 4 : std::size_t{0});
                 j < at && !weapon_sent; ++j) {
                if (doc_.lower(j) == "to" || doc_.lower(j) == "towards") {
                    const auto nx = doc_.lower(j + 1);
                    if (j + 1 == at || doc_.tokens()[j + 1].is(text::kCapitalized) || nx == "the" ||
                        nx == "a" || nx == "camps" || nx == "camp" || nx == "areas" ||
                        nx == "villages" || nx == "nearby" || nx == "their" || nx == "safer" ||
                        nx == "neighbouring" || nx == "neighboring") {
                        return true;
                    }
                }
            }
        }
    }
    return false;
}

void ArticlePass::coordinated_places(std::size_t cb, std::size_t ce, std::size_t chosen,
                                     std::vector<PlaceChoice>& out) const {
    // "protests in Nasiriyah, Diwaniyah and Karbala", "strikes on Qandil, on Mount Sinjar and
    // on Makhmour camp": one event per place. The chain is found around the chosen name.
    // (a site named before each place: "a base in Balad and a checkpoint in Tarmiyah", "Ain
    // al-Asad air base in Anbar and a facility in Erbil": only after a first site so named)
    static const WordSet kSites = {
        "a",      "an",      "another",  "base",       "facility",     "checkpoint", "camp",
        "post",   "outpost", "position", "depot",      "headquarters", "compound",   "village",
        "market", "site",    "bases",    "facilities", "positions"};
    bool used_site = false;
    auto site_named = [&](std::size_t i) {
        const auto& t = toponyms_[i];
        if (is_facility(*t.place())) {
            return true;
        }
        const auto p = t.begin > cb ? doc_.lower(t.begin - 1) : text::TokenText();
        return t.begin >= cb + 2 && (p == "in" || p == "at" || p == "near") &&
               kSites.contains(doc_.word(t.begin - 2)) && doc_.lower(t.begin - 2) != "a" &&
               doc_.lower(t.begin - 2) != "an";
    };
    auto separated = [&](std::size_t from, std::size_t to) {
        used_site = false;
        // Tokens between two names: ",", "and", "or", optionally with "in"/"on"/"at"/"the".
        // A date of the first name's own may stand there too: "Ain al-Asad air base on
        // Saturday and Balad air base on Sunday" (each copy then takes the date after it).
        if (to <= from || to - from > 9) {
            return false;
        }
        std::size_t date_end = from;
        if (to - from > 2) {
            const auto dates = find_dates(doc_, from, to, article_.published);
            // (also the day told twice: "on Friday (24 November) and the Shaddadi base")
            const bool one_day =
                !dates.empty() &&
                std::all_of(dates.begin(), dates.end(), [&](const DateMention& d) {
                    return d.precision == 1 && !d.since && d.date == dates.front().date;
                });
            // (past the weekday told before the date: "on Friday (24 November) and the
            // Shaddadi base")
            const std::size_t lead = past_weekday_lead(from, to);
            if (one_day && (dates.front().begin <= from + 1 || dates.front().begin <= lead)) {
                date_end = dates.back().end;
                if (date_end < to && doc_.surface(date_end) == ")") {
                    ++date_end;
                }
            }
        }
        // ("Al Asad Air Base in Iraq and at military facilities at Erbil International
        // Airport": a site's adjective)
        const bool adjective = to - date_end == 5 && doc_.lower(to - 3) == "military" &&
                               kSites.contains(doc_.word(to - 2));
        // ("Kobani and in the countryside of Tal Rifaat": the country around the town)
        const bool around =
            to - date_end == 5 && doc_.lower(to - 1) == "of" &&
            (doc_.lower(to - 2) == "countryside" || doc_.lower(to - 2) == "outskirts");
        if (to - date_end > 4 && !adjective && !around) {
            return false;
        }
        bool any = false;
        for (std::size_t k = date_end; k < to; ++k) {
            const auto w = doc_.lower(k);
            if (w == "," || w == "and" || w == "or") {
                any = true;
            } else if (any && kSites.contains(doc_.word(k)) && to - k <= 3) {
                used_site = true;
                continue;
            } else if (any && adjective && k + 3 == to) {
                continue; // ("military")
            } else if (any && k + 2 == to && doc_.lower(k + 1) == "of" &&
                       (w == "town" || w == "city" || w == "village" || w == "countryside" ||
                        w == "outskirts")) {
                ++k; // ("al-Qaim on November 3 and the town of Rawa")
                continue;
            } else if (w != "in" && w != "on" && w != "at" && w != "the" && w != "near" &&
                       w != "around" &&
                       // (a plural designator ends a list: "the Zap and Avashin regions and")
                       w != "regions" && w != "areas" && w != "districts" && w != "provinces" &&
                       w != "governorates") {
                return false;
            }
        }
        return any;
    };
    // "near Khazir, on the Erbil-Mosul road": two towns that name a road are no places of
    // their own in a list.
    auto names_road = [&](std::size_t i) {
        const auto& t = toponyms_[i];
        auto road = [&](std::size_t k) {
            if (k >= ce) {
                return false;
            }
            const auto w = doc_.lower(k);
            return w == "road" || w == "highway" || w == "motorway" || w == "expressway";
        };
        const bool first = i + 1 < toponyms_.size() && toponyms_[i + 1].begin == t.end &&
                           doc_.tokens()[t.end].is(text::kHyphenBefore) &&
                           road(toponyms_[i + 1].end);
        const bool second = i > 0 && toponyms_[i - 1].end == t.begin &&
                            doc_.tokens()[t.begin].is(text::kHyphenBefore) && road(t.end);
        return first || second;
    };
    auto usable = [&](std::size_t i) {
        const auto& t = toponyms_[i];
        return t.begin >= cb && t.end <= ce && t.place() != nullptr &&
               t.role == ToponymRole::place && !is_country(*t.place()) && !names_road(i);
    };
    // "at Jurf al-Sakhar, north of Hilla, and near al-Qaim": the town a name is placed from
    // belongs to that name, as a qualifier does.
    auto reference_of_previous = [&](std::size_t i) {
        if (i == 0 || i >= toponyms_.size()) {
            return false;
        }
        const auto& t = toponyms_[i];
        const std::size_t comma = toponyms_[i - 1].designator_end;
        // ("a camp at Zirgwez, near Sulaimani, ...")
        if (comma + 2 == t.begin && doc_.surface(comma) == "," && doc_.lower(comma + 1) == "near") {
            return true;
        }
        // ("the town of Shirqat, on the Tigris, ...": the river it lies on)
        if (comma + 3 == t.begin && doc_.surface(comma) == "," && doc_.lower(comma + 1) == "on" &&
            doc_.lower(comma + 2) == "the" && t.place() != nullptr &&
            t.place()->feature_class == 'H') {
            return true;
        }
        std::size_t used = 0;
        return comma + 3 <= t.begin && doc_.surface(comma) == "," &&
               doc_.lower(t.begin - 1) == "of" &&
               direction_degrees(doc_, comma + 1, t.begin - 1, used) >= 0 &&
               comma + 1 + used + 1 == t.begin;
    };
    // A name's own qualifier right after it ("near Al Qaim in Iraq and near Deir ez-Zor in
    // Syria") belongs to it: the gap to the next name starts after the qualifier.
    auto end_of = [&](std::size_t i) {
        const auto& t = toponyms_[i];
        if (reference_of_previous(i + 1)) {
            return std::pair{toponyms_[i + 1].designator_end, i + 1};
        }
        // (... or after a bracketed gloss of the name: "base (قاعدة ...) in Anbar")
        if (t.qualifier == static_cast<int>(i + 1) || t.qualifier == static_cast<int>(i + 2)) {
            const auto q = static_cast<std::size_t>(t.qualifier);
            return std::pair{toponyms_[q].designator_end, q};
        }
        return std::pair{t.designator_end, i};
    };
    std::vector<std::size_t> chain = {chosen};
    for (std::size_t i = chosen;;) { // backwards: the name before, past its qualifier
        if (i == 0) {
            break;
        }
        std::size_t j = i - 1;
        if (j > 0 && toponyms_[j - 1].qualifier == static_cast<int>(j)) {
            --j;
        } else if (j > 1 && toponyms_[j - 2].qualifier == static_cast<int>(j)) {
            j -= 2;
        } else if (reference_of_previous(j)) {
            --j;
        }
        if (!usable(j) || end_of(j).second + 1 != i ||
            !separated(end_of(j).first, toponyms_[i].begin) || (used_site && !site_named(j))) {
            break;
        }
        chain.push_back(j);
        i = j;
    }
    // "near Sidakan, in the Soran district": the district or province the chosen place lies
    // in says where it is, it is no second place.
    const Place& chosen_at = *toponyms_[chosen].place();
    // (also "in the Soran" with its designator on the next line: "the" before a town's name
    // points to the district of that name)
    auto holds_chosen = [&](std::size_t j) {
        const auto& t = toponyms_[j];
        auto holds = [&](const Place& area) {
            return (is_admin2(area) && !chosen_at.admin2.empty() &&
                    chosen_at.admin2 == area.name) ||
                   (is_admin1(area) && chosen_at.admin1_code == area.admin1_code &&
                    chosen_at.country_code == area.country_code);
        };
        if (holds(*t.place())) {
            return true;
        }
        return t.begin > cb && doc_.lower(t.begin - 1) == "the" &&
               std::any_of(t.candidates.begin(), t.candidates.end(),
                           [&](const ToponymCandidate& c) {
                               return is_admin2_feature(c.place.feature_code) &&
                                      !chosen_at.admin2.empty() && chosen_at.admin2 == c.place.name;
                           });
    };
    for (std::size_t i = chosen;;) { // forwards
        const auto [gap_begin, last_index] = end_of(i);
        const std::size_t j = last_index + 1;
        if (j >= toponyms_.size() || !usable(j) || !separated(gap_begin, toponyms_[j].begin) ||
            (used_site && !site_named(i)) || holds_chosen(j)) {
            break;
        }
        // ("in Karbala and in Baghdad's Kadhimiya district": the town's named part is the
        // place)
        const auto& tj = toponyms_[j];
        if (j + 1 < toponyms_.size() && doc_.tokens()[tj.end - 1].is(text::kPossessive) &&
            toponyms_[j + 1].begin == tj.designator_end && usable(j + 1)) {
            chain.push_back(j + 1);
            i = j + 1;
            continue;
        }
        chain.push_back(j);
        i = j;
    }
    std::sort(chain.begin(), chain.end());
    // "Baghdad, Zafaraniya: ...": a town and a quarter of it name one place.
    auto quarter_of = [](const Place& quarter, const Place& town) {
        return quarter.feature_code == "PPLX" && is_populated(town) &&
               town.feature_code != "PPLX" && quarter.admin1_code == town.admin1_code &&
               std::abs(quarter.lat - town.lat) < 0.2 && std::abs(quarter.lon - town.lon) < 0.2;
    };
    const Place& chosen_place = *toponyms_[chosen].place();
    for (const std::size_t i : chain) {
        if (i == chosen || quarter_of(chosen_place, *toponyms_[i].place()) ||
            quarter_of(*toponyms_[i].place(), chosen_place)) {
            continue;
        }
        const auto& t = toponyms_[i];
        PlaceChoice pc = choice_of(*t.place(), static_cast<int>(i));
        pc.text = std::string(doc_.span_text(t.begin, t.designator_end));
        if (t.begin > cb && doc_.lower(t.begin - 1) == "near") {
            pc.precision = std::max(pc.precision, 2); // ("... and near al-Qaim")
        }
        // ("... and the countryside of Tal Rifaat": around the town)
        if (t.begin >= cb + 2 && doc_.lower(t.begin - 1) == "of" &&
            (doc_.lower(t.begin - 2) == "countryside" || doc_.lower(t.begin - 2) == "outskirts")) {
            pc.precision = std::max(pc.precision, 2);
            pc.uncertainty_m += 5000;
        }
        // ("... and a facility in Erbil": somewhere in the town)
        if (t.begin >= cb + 2 && doc_.lower(t.begin - 1) == "in" &&
            kSites.contains(doc_.word(t.begin - 2)) && !is_facility(*t.place())) {
            pc.precision = std::max(pc.precision, 2);
        }
        out.push_back(pc);
    }
}

PlaceChoice ArticlePass::choose_place(std::size_t cb, std::size_t ce, std::size_t trigger,
                                      std::vector<int>& used, std::vector<PlaceChoice>* coordinated,
                                      bool territorial) const {
    PlaceChoice best;
    double best_score = -1.0;
    int best_index = -1;
    const auto [near_lo, near_hi] = toponyms_near(cb, ce);
    const std::span<const Toponym> near(toponyms_.data() + near_lo, near_hi - near_lo);
    for (std::size_t i = near_lo; i < near_hi; ++i) {
        const auto& t = toponyms_[i];
        if (t.begin < cb || t.end > ce || t.place() == nullptr) {
            continue;
        }
        if (t.role != ToponymRole::place && t.role != ToponymRole::qualifier) {
            continue;
        }
        // "the village of Qarachogh" is not the Qarachogh mountains.
        if (t.hint == PlaceHint::populated && !is_populated(*t.place()) && !is_admin2(*t.place())) {
            continue;
        }
        // Where weapons came from is not where they hit: "rockets fired from near Hamrin".
        if (is_origin(cb, t.begin) || is_aftermath_or_destination(cb, t.begin)) {
            continue;
        }
        // An institution named after a place: "doctors at the al-Sadr hospital said".
        if (t.designator_end < ce) {
            const auto nx = doc_.lower(t.designator_end);
            if (nx == "hospital" && t.begin > cb && doc_.lower(t.begin - 1) == "the") {
                continue;
            }
        }
        // "in the Sadr neighbourhood of Nasiriyah", "in Nasiriyah's Sadr neighbourhood": a
        // quarter of another town, not the like-named quarter of Baghdad.
        // (the kind word is the name's designator: "Sadr neighbourhood" [8, 10))
        if (t.place()->feature_code == "PPLX" && t.designator_end + 1 < ce &&
            t.designator_end > t.end) {
            const auto part = doc_.lower(t.designator_end - 1);
            if (part == "neighbourhood" || part == "neighborhood" || part == "district" ||
                part == "quarter" || part == "area") {
                const auto far_town = [&](const Toponym& o) {
                    return o.place() != nullptr && is_populated(*o.place()) &&
                           o.place()->feature_code != "PPLX" &&
                           (std::abs(o.place()->lat - t.place()->lat) > 0.2 ||
                            std::abs(o.place()->lon - t.place()->lon) > 0.2);
                };
                bool other = false;
                for (const auto& o : near) {
                    other = other ||
                            (o.begin == t.designator_end + 1 &&
                             doc_.lower(t.designator_end) == "of" && far_town(o)) ||
                            (o.designator_end == t.begin &&
                             doc_.tokens()[o.end - 1].is(text::kPossessive) && far_town(o));
                }
                if (other) {
                    continue;
                }
            }
        }
        // Where an envoy who was summoned serves: "summoned the charge d'affaires of the
        // Embassy of the Republic of Turkey in Baghdad ... over the bombardment that hit a
        // resort in the Zakho district" (not the embassy stormed: the violence comes first).
        if (t.begin < trigger && t.begin >= cb + 3 && doc_.lower(t.begin - 1) == "in") {
            bool mission = false;
            for (std::size_t k = t.begin - 1; k > cb && k + 8 > t.begin && !mission; --k) {
                const auto w = doc_.lower(k - 1);
                mission = w == "embassy" || w == "consulate" || w == "ambassador" || w == "envoy" ||
                          w == "mission";
            }
            bool summoned = false;
            for (std::size_t k = t.begin - 1; mission && k > cb && k + 20 > t.begin && !summoned;
                 --k) {
                const auto w = doc_.lower(k - 1);
                // (not "He recalled that the consulate in Basra had been set on fire": to
                // remember, not to call an envoy home)
                const auto nx = doc_.lower(k);
                summoned = w == "summoned" || w == "summons" || w == "summon" ||
                           (w == "recalled" && nx != "that" && nx != "how" && nx != "when") ||
                           w == "expelled";
            }
            if (summoned) {
                continue;
            }
        }
        // Where a group's leaders sit: "the perpetrators' links to the organisation's
        // leadership in Qandil were being investigated" (not where the attack was).
        if (t.begin >= cb + 2 && doc_.lower(t.begin - 1) == "in" &&
            (doc_.lower(t.begin - 2) == "leadership" || doc_.lower(t.begin - 2) == "leaders")) {
            continue;
        }
        // Where a person is from: "said a villager from Deralok", "a man from Sinjar".
        // (also a clan's name: "relatives of a man from the Al Bu Nimr")
        const std::size_t from_at =
            t.begin >= cb + 1 && doc_.lower(t.begin - 1) == "the" ? t.begin - 1 : t.begin;
        if (from_at >= cb + 2 && doc_.lower(from_at - 1) == "from" &&
            is_person_noun(doc_.word(from_at - 2))) {
            continue;
        }
        // (and whom a body's members stand for: "members of the Kurdistan parliament from
        // Duhok province"; and where people came in from: "had come in from Rifai to join
        // the sit-in")
        // (the list's names after the first too: "from Suq al-Shuyukh and Rifai")
        std::size_t listed_at = from_at;
        while (listed_at > cb + 2 && listed_at + 8 > t.begin &&
               (doc_.lower(listed_at - 1) == "and" || doc_.surface(listed_at - 1) == "," ||
                doc_.tokens()[listed_at - 1].is(text::kCapitalized) ||
                doc_.tokens()[listed_at - 1].is(text::kHyphenBefore) ||
                doc_.lower(listed_at - 1) == "al")) {
            --listed_at;
        }
        if (listed_at >= cb + 2 && doc_.lower(listed_at - 1) == "from") {
            const auto w = doc_.lower(listed_at - 2);
            const auto w2 = listed_at >= cb + 3 ? doc_.lower(listed_at - 3) : text::TokenText();
            const bool came = w == "came" || w == "come" || w == "coming" ||
                              ((w == "in" || w == "back" || w == "down" || w == "over") &&
                               (w2 == "came" || w2 == "come" || w2 == "coming"));
            const bool body = w == "parliament" || w == "council" || w == "assembly" ||
                              w == "mps" || w == "deputies" || w == "delegation";
            if (came || body) {
                continue;
            }
        }
        // Where the teller is: "A security source in Baghdad reported that ...", "officials
        // in Erbil said".
        if (t.begin >= cb + 2 && doc_.lower(t.begin - 1) == "in" && t.designator_end < ce) {
            const auto who = doc_.lower(t.begin - 2);
            const bool teller = who == "source" || who == "sources" || who == "official" ||
                                who == "officials" || who == "spokesman" ||
                                who == "correspondent" || who == "reporter" ||
                                who == "journalist" || who == "journalists";
            if (teller && is_speech_verb(doc_.lower(t.designator_end))) {
                continue;
            }
        }
        // A river's point is its mouth: "near the Tigris" places nothing.
        if (t.place()->feature_code.rfind("STM", 0) == 0) {
            continue;
        }
        // (nor does the river named alone that a dam's name holds: "east of the Euphrates
        // near Deir Ezzor" is not at the Euphrates Dam, named with its designator)
        if (t.place()->feature_code == "DAM" && t.chosen >= 0 &&
            t.candidates[static_cast<std::size_t>(t.chosen)].weak_name &&
            std::any_of(t.candidates.begin(), t.candidates.end(), [](const auto& c) {
                return c.place.feature_code.rfind("STM", 0) == 0 && !c.weak_name;
            })) {
            continue;
        }
        // "as they fled the base after the fall of Mosul": a past event named by its place.
        if (t.begin >= cb + 2 && doc_.lower(t.begin - 1) == "of" &&
            doc_.lower(t.begin - 2) == "fall" &&
            (t.begin < cb + 3 || doc_.lower(t.begin - 3) == "the") &&
            // (a fall told with its taker is told: "the fall of Baghuz to the SDF on 23 March")
            !(t.designator_end < ce && doc_.lower(t.designator_end) == "to")) {
            continue;
        }
        // "wrote slogans against Iran", "a protest against Turkey": the country opposed.
        // (also "chanting against the United States")
        if (t.begin > cb && is_country(*t.place()) &&
            (doc_.lower(t.begin - 1) == "against" ||
             (t.begin > cb + 1 && doc_.lower(t.begin - 1) == "the" &&
              doc_.lower(t.begin - 2) == "against"))) {
            continue;
        }
        // A qualifier ("Anbar" in "Hit, Anbar") yields to what it qualifies.
        bool qualifies_other = false;
        for (const auto& o : near) {
            // (not a name inside an organisation's: "the Democratic Party of Iran in Koya")
            // (nor a province said to lie in a town: "the ancient walls of Nineveh in Mosul"
            // name the old city by the province's name; the town is where it is)
            if (o.qualifier == static_cast<int>(i) && o.begin >= cb && o.end <= ce &&
                o.place() != nullptr &&
                (o.role == ToponymRole::place || o.role == ToponymRole::qualifier) &&
                !((is_admin1(*o.place()) || is_country(*o.place())) && is_populated(*t.place()) &&
                  o.place()->country_code == t.place()->country_code &&
                  (is_country(*o.place()) || o.place()->admin1_code == t.place()->admin1_code))) {
                qualifies_other = true;
            }
        }
        if (qualifies_other) {
            continue;
        }
        // "near Riyadh, a town south-west of Kirkuk": a name the words after it place far from
        // where its gazetteer entry lies is an unknown namesake.
        if (t.designator_end + 3 < ce && doc_.surface(t.designator_end) == "," &&
            (doc_.lower(t.designator_end + 1) == "a" || doc_.lower(t.designator_end + 1) == "an")) {
            bool misplaced = false;
            for (const auto& o : near) {
                if (o.begin > t.designator_end + 2 && o.begin <= t.designator_end + 9 &&
                    o.end <= ce && o.place() != nullptr && o.role == ToponymRole::place &&
                    (is_populated(*o.place()) || is_country(*o.place()) ||
                     is_admin1(*o.place())) && // (a river's point is its mouth)
                    (doc_.lower(o.begin - 1) == "of" || doc_.lower(o.begin - 1) == "in" ||
                     doc_.lower(o.begin - 1) == "near") && // (not "a small US base")
                    !plausibly_near(*t.place(), choice_of(*o.place(), -1))) {
                    misplaced = true;
                    break;
                }
            }
            if (misplaced) {
                continue;
            }
        }
        PlaceChoice pc = choice_of(*t.place(), static_cast<int>(i));
        // Regions are placed at their seat (ACLED: "use its capital").
        if (is_admin1(pc.place)) {
            if (auto seat = lookup_.admin1_seat(pc.place->country_code, pc.place->admin1_code)) {
                pc.lat = seat->lat;
                pc.lon = seat->lon;
                // "outside the Diyala governorate building", "the Basra provincial council":
                // the province's seat of government stands in its capital.
                static const WordSet kSeatNouns = {"building", "headquarters", "council",
                                                   "offices",  "government",   "compound"};
                std::size_t k = t.designator_end;
                if (k < ce && (doc_.lower(k) == "provincial" || doc_.lower(k) == "governorate")) {
                    ++k;
                }
                if (k < ce && kSeatNouns.contains(doc_.word(k)) &&
                    doc_.lower(t.designator_end - 1) != "province") {
                    pc.place = PlaceRef(
                        kept_places_.emplace_back(std::make_shared<const Place>(*seat)).get());
                    pc.precision = 1;
                    pc.uncertainty_m = 2000;
                }
            }
        }
        // "near Celawla (Jalawla)": the words before the first spelling count for both.
        std::size_t name_begin = t.begin;
        if (name_begin > cb + 1 && doc_.surface(name_begin - 1) == "(") {
            for (const auto& o : near) {
                if (o.designator_end + 1 == name_begin || o.end + 1 == name_begin) {
                    name_begin = o.begin;
                }
            }
        }
        // "in Al-Rashad sub-district (Kirkuk)" with Al-Rashad unknown: only the province is
        // known, so the province's level (ACLED notes write the governorate in brackets).
        if (t.begin > cb + 1 && doc_.surface(t.begin - 1) == "(") {
            bool unknown_name = false;
            for (std::size_t j = t.begin - 1; j > cb && j + 4 > t.begin; --j) {
                const auto& tok = doc_.tokens()[j - 1];
                if (tok.is(text::kCapitalized)) {
                    // Unknown: no name there, or one the gazetteer could not place.
                    unknown_name = std::none_of(near.begin(), near.end(), [&](const Toponym& o) {
                        return o.begin <= j - 1 && j - 1 < o.designator_end && o.place() != nullptr;
                    });
                    break;
                }
                if (!tok.is(text::kWord)) {
                    break;
                }
            }
            if (unknown_name) {
                pc.precision = std::max(pc.precision, 3);
                pc.uncertainty_m = std::max(pc.uncertainty_m, 50000.0);
                // Somewhere in the province, not in its capital: the province's own point
                // (an interior point, like a country's), never a town the text did not name.
                // ("(Erbil)" is the governorate even where the city's entry won.)
                for (const auto& c : t.candidates) {
                    if (c.place.feature_code == "ADM1" &&
                        c.place.country_code == pc.place->country_code &&
                        c.place.admin1_code == pc.place->admin1_code) {
                        pc.lat = c.place.lat;
                        pc.lon = c.place.lon;
                        break;
                    }
                }
            }
        }
        const std::size_t phrase_begin = apply_relative(doc_, cb, name_begin, pc);
        // "Shirqat, al-Sidira village |", "Samarra, al-Jalam area:", "Khanaqin, Qurato village
        // road": a log label's part of the town the gazetteer does not know, near the town.
        if (is_populated(pc.place) && t.end + 2 < ce && doc_.surface(t.end) == ",") {
            for (std::size_t k = t.end + 1; k < ce && k < t.end + 6; ++k) {
                const auto w = doc_.lower(k);
                const bool part = w == "village" || w == "area" || w == "road" || w == "farms" ||
                                  w == "orchards" || w == "outskirts" || w == "desert";
                const auto nx = k + 1 < ce ? doc_.surface(k + 1) : std::string_view();
                if (part && (k + 1 == ce || nx == "|" || nx == ":" || nx == "," || nx == ";")) {
                    const bool named =
                        std::any_of(toponyms_.begin(), toponyms_.end(), [&](const Toponym& o) {
                            return o.begin > t.end && o.begin < k && o.place() != nullptr;
                        });
                    if (!named) {
                        pc.precision = std::max(pc.precision, 2);
                        pc.uncertainty_m += 5000;
                    }
                    break;
                }
                if (!doc_.tokens()[k].is(text::kWord) || is_clause_word(w)) {
                    break;
                }
            }
        }
        // "in the village of Abu Karma, in the Khan Bani Saad district": a village the
        // gazetteer does not know, in the district or near the town named after it.
        if ((is_populated(pc.place) || is_admin2(pc.place)) && t.begin >= cb + 5) {
            std::size_t k = t.begin;
            while (k > cb && (doc_.lower(k - 1) == "the" || doc_.lower(k - 1) == "in" ||
                              doc_.lower(k - 1) == "near" || doc_.lower(k - 1) == "of")) {
                --k;
            }
            if (k > cb + 3 && k < t.begin && doc_.surface(k - 1) == ",") {
                std::size_t name = k - 1;
                while (name > cb && name + 5 > k &&
                       doc_.tokens()[name - 1].is(text::kCapitalized)) {
                    --name;
                }
                const bool known =
                    std::any_of(toponyms_.begin(), toponyms_.end(), [&](const Toponym& o) {
                        return o.begin >= name && o.begin < k - 1 && o.place() != nullptr;
                    });
                if (name < k - 1 && name >= cb + 2 && doc_.lower(name - 1) == "of" &&
                    (doc_.lower(name - 2) == "village" || doc_.lower(name - 2) == "villages") &&
                    !known) {
                    pc.precision = std::max(pc.precision, 2);
                    pc.uncertainty_m += 5000;
                }
            }
        }
        // "Mexmûr refugee camp": a camp named after the town, near it.
        if (t.hint == PlaceHint::camp && is_populated(pc.place)) {
            pc.precision = std::max(pc.precision, 2);
            pc.uncertainty_m += 3000;
        }
        // "the Makhmour mountains" with no such mountain known: somewhere near the town.
        if (t.hint == PlaceHint::natural && (is_populated(pc.place) || is_admin2(pc.place))) {
            pc.precision = std::max(pc.precision, 2);
            pc.uncertainty_m += 10000;
        }
        // "Hawija, about 55 km south-west of Kirkuk": the phrase only says where the place
        // named before it lies, so that place is the event's, not Kirkuk.
        // So does "Mandali (مندلي), near the Iranian border east of Baqubah", a short aside
        // after a comma that ends in a direction, and "Tower 22, a small US base in Jordan", an
        // apposition: both follow a place and say where it is.
        if (phrase_begin > cb + 1) {
            std::size_t comma = phrase_begin < name_begin ? phrase_begin : 0;
            if (doc_.surface(phrase_begin - 1) != ",") {
                std::size_t k = phrase_begin;
                // ("Kani Masi, which lies about 90 km north of Duhok": a relative clause that
                // says where the place lies)
                auto describing = [&](std::size_t at) {
                    const auto w = doc_.lower(at);
                    const auto nx = doc_.lower(at + 1);
                    return (w == "which" || w == "that") &&
                           (nx == "lies" || nx == "is" || nx == "sits" || nx == "lay" ||
                            nx == "was");
                };
                while (k > cb + 1 && k + 10 > phrase_begin && doc_.surface(k - 1) != "," &&
                       doc_.tokens()[k - 1].is(text::kWord) &&
                       (!is_clause_word(doc_.word(k - 1)) || describing(k - 1))) {
                    --k;
                }
                // (an apposition names no event: "In Dihok province, a Turkish air strike
                // killed two PKK members near Kani Masi" is a clause, not a description)
                const auto between = cues_in(k, phrase_begin);
                if (k > cb + 1 && doc_.surface(k - 1) == "," &&
                    (pc.relative || doc_.lower(k) == "a" || doc_.lower(k) == "an") &&
                    between.begin() == between.end()) {
                    comma = k;
                }
            }
            if (comma > cb + 1 && doc_.surface(comma - 1) == ",") {
                // The place before the comma, also when a spelling in brackets follows it.
                std::size_t before = comma - 1;
                if (before > cb && doc_.surface(before - 1) == ")") {
                    while (before > cb && doc_.surface(before - 1) != "(") {
                        --before;
                    }
                    before = before > cb ? before - 1 : before;
                }
                // "the Wadi al-Shay area, south-west of Kirkuk": a plain area word after the
                // name is part of it (unless the name's own designator: "in the Qarachogh
                // mountains, south of Erbil").
                std::size_t before_area = before;
                std::size_t direction_words = 0;
                const bool direction = direction_degrees(doc_, comma, ce, direction_words) >= 0;
                if (before > cb + 1) {
                    const auto w = doc_.lower(before - 1);
                    if (w == "area" || w == "areas" || w == "region" || w == "valley" ||
                        w == "desert" || w == "mountains") {
                        before_area = before - 1;
                    }
                }
                // ... unless the place before cannot lie there: "near Riyadh, a town south-west
                // of Kirkuk" is no Saudi capital, and Kirkuk is the only place known.
                // (A lake, valley or mountain described by a distance from a town is better
                // placed by the distance: "in Wadi al-Tharthar, about 40 km north-west of
                // Samarra" is not the lake's middle.)
                bool describes = false;
                for (const auto& o : near) {
                    const bool broad_feature = o.place() != nullptr && !is_populated(*o.place()) &&
                                               !is_facility(*o.place()) && !is_admin2(*o.place()) &&
                                               pc.relative && pc.uncertainty_m < 15000;
                    describes =
                        describes ||
                        ((o.designator_end == before_area ||
                          (direction && o.designator_end == before)) &&
                         o.place() != nullptr && &o != &t &&
                         (o.role == ToponymRole::place || o.role == ToponymRole::qualifier) &&
                         plausibly_near(*o.place(), pc) && !broad_feature &&
                         // (a province or country is narrowed, not described: "Diyala, near
                         // Khan Bani Saad:")
                         !is_admin1(*o.place()) && !is_country(*o.place()));
                }
                if (describes) {
                    continue;
                }
            }
            // Without a comma too: "in the Wadi al-Shay valley south-west of Kirkuk", "in
            // Hawija 55 km south-west of Kirkuk": a direction right after a place locates it.
            if (pc.relative && phrase_begin < name_begin) {
                const std::size_t before = phrase_begin;
                const auto w = doc_.lower(before - 1);
                const bool area_word = w == "area" || w == "region" || w == "valley" ||
                                       w == "desert" || w == "mountains" || w == "district" ||
                                       w == "village" || w == "town";
                const bool describes = std::any_of(near.begin(), near.end(), [&](const Toponym& o) {
                    return (o.designator_end == before ||
                            (area_word && o.designator_end + 1 == before)) &&
                           o.place() != nullptr && &o != &t && o.role == ToponymRole::place &&
                           plausibly_near(*o.place(), pc);
                });
                if (describes) {
                    continue;
                }
            }
        }
        // "a base in Kirkuk", "bases near Baghdad airport": an unnamed site somewhere there.
        if (pc.precision == 1 && !is_facility(pc.place) && t.begin >= cb + 2) {
            bool site = false, preposition = false;
            static constexpr text::ScanWords kSites{
                "camp",     "bases", "base", "checkpoint", "outpost",   "village",
                "villages", "area",  "post", "position",   "positions", "facility"};
            const std::size_t from = t.begin >= cb + 6 ? t.begin - 6 : cb;
            for (std::size_t k = doc_.may_hold<kSites>(from, t.begin) ? from : t.begin; k < t.begin;
                 ++k) {
                const auto w = doc_.lower(k);
                site = site || w == "base" || w == "bases" || w == "camp" || w == "checkpoint" ||
                       w == "outpost" || w == "village" || w == "villages" || w == "area" ||
                       w == "post" || w == "position" || w == "positions" || w == "facility";
                preposition = preposition ||
                              (site && (w == "in" || w == "near" || w == "outside" || w == "of"));
            }
            if (site && preposition) {
                pc.precision = 2;
                pc.uncertainty_m += 5000;
            }
        }
        pc.text = std::string(doc_.span_text(phrase_begin, t.designator_end));
        // Score: specificity first, then a locative preposition, then closeness to the trigger.
        double score = pc.rank;
        // ("over the Victory base complex near Baghdad airport": the article is skipped.)
        std::size_t lead = phrase_begin;
        if (lead > cb + 1 && doc_.lower(lead - 1) == "the") {
            --lead;
        }
        // (and past "the town of", "the southern city of": "fell in the town of Tabqa in
        // Raqqa province")
        if (lead >= cb + 4 && doc_.lower(lead - 1) == "of" &&
            (doc_.lower(lead - 2) == "town" || doc_.lower(lead - 2) == "city" ||
             doc_.lower(lead - 2) == "village")) {
            if (doc_.lower(lead - 3) == "the") {
                lead -= 3;
            } else if (lead >= cb + 5 && doc_.lower(lead - 4) == "the" &&
                       doc_.tokens()[lead - 3].is(text::kWord) &&
                       !doc_.tokens()[lead - 3].is(text::kCapitalized)) {
                lead -= 4;
            }
        }
        const auto prev = lead > cb ? doc_.lower(lead - 1) : text::TokenText();
        if (prev == "in" || prev == "at" || prev == "on" || prev == "near" || prev == "inside" ||
            prev == "outside" || prev == "over" || phrase_begin < t.begin) {
            score += 0.5;
        } else if (lead > cb + 1 && i > near_lo && doc_.tokens()[lead - 1].is(text::kPossessive)) {
            // "in Raqqa's Tabqa", "near Hasakah's Tal Tamr": the town of the province or city
            // named first, where the preposition put them both (a little ahead of the first).
            const auto& o = toponyms_[i - 1];
            const auto before = o.begin > cb ? doc_.lower(o.begin - 1) : text::TokenText();
            // (not a country's: "in Erbil, and ... in Syria's Idlib province")
            if (o.designator_end == lead && o.place() != nullptr && !is_country(*o.place()) &&
                is_populated(*t.place()) &&
                (before == "in" || before == "at" || before == "near" || before == "outside")) {
                score += 0.6;
            }
        }
        // "on the Kirkuk-Baghdad road near Tuz Khurmatu": the town names the stretch.
        if (t.begin >= cb + 2 && doc_.lower(t.begin - 1) == "near") {
            const auto road = doc_.lower(t.begin - 2);
            if (road == "road" || road == "highway" || road == "motorway" || road == "route") {
                score += 0.4;
            }
        }
        const std::size_t gap = t.begin > trigger ? t.begin - trigger : trigger - t.begin;
        score += 0.3 / (1.0 + static_cast<double>(gap));
        // What was taken is where it happened: "took control of Kirkuk, seizing ... the K1 base".
        if (territorial && t.begin >= trigger && t.begin <= trigger + 6) {
            score += 3.0;
        }
        score += 0.2 * t.score;
        // "near the road to Baghdad": somewhere on the way, only a last resort.
        if (t.begin >= cb + 2 && doc_.lower(t.begin - 1) == "to" &&
            (doc_.lower(t.begin - 2) == "road" || doc_.lower(t.begin - 2) == "highway" ||
             doc_.lower(t.begin - 2) == "way" || doc_.lower(t.begin - 2) == "route")) {
            score -= 1.5;
        }
        if (score > best_score) {
            best_score = score;
            best = pc;
            best_index = static_cast<int>(i);
        }
    }
    // "In Basra Governorate, security forces used live ammunition to reopen the road to Umm
    // Qasr port": a road's destination in the governorate told is nearer than the governorate.
    if (best_index >= 0 && is_admin1(best.place)) {
        for (std::size_t i = near_lo; i < near_hi; ++i) {
            const auto& t = toponyms_[i];
            if (t.begin < cb + 2 || t.end > ce || t.place() == nullptr ||
                t.role != ToponymRole::place || !is_populated(*t.place()) ||
                doc_.lower(t.begin - 1) != "to" ||
                (doc_.lower(t.begin - 2) != "road" && doc_.lower(t.begin - 2) != "highway") ||
                t.place()->country_code != best.place->country_code ||
                t.place()->admin1_code != best.place->admin1_code) {
                continue;
            }
            best = choice_of(*t.place(), static_cast<int>(i));
            best.precision = std::max(best.precision, 2);
            best.uncertainty_m += 5000;
            best.text = std::string(doc_.span_text(t.begin - 2, t.designator_end));
            best_index = static_cast<int>(i);
            break;
        }
    }
    // "between X and Y" and "the X-Y road": the midpoint.
    if (best_index >= 0) {
        // The second name of a pair: the first token after X, then Y.
        auto second_of = [&](const Toponym& x) -> int {
            const std::size_t after = x.designator_end;
            const bool between = x.begin >= cb + 1 && doc_.lower(x.begin - 1) == "between";
            for (std::size_t j = near_lo; j < near_hi; ++j) {
                const auto& o = toponyms_[j];
                if (o.place() == nullptr || &o == &x) {
                    continue;
                }
                if (between && o.begin == after + 1 && doc_.lower(after) == "and") {
                    return static_cast<int>(j);
                }
                // "the Sinjar-Sinune road", "the Kirkuk–Baghdad highway"
                const bool joined =
                    (o.begin == after && doc_.tokens()[o.begin].is(text::kHyphenBefore)) ||
                    (o.begin == after + 1 &&
                     (doc_.surface(after) == "-" || doc_.surface(after) == "\u2013"));
                const auto road =
                    o.designator_end < ce ? doc_.lower(o.designator_end) : text::TokenText();
                if (joined && is_road_word(road)) {
                    return static_cast<int>(j);
                }
            }
            return -1;
        };
        // With Y chosen, start from X.
        for (std::size_t j = near_lo; j < near_hi; ++j) {
            const auto& o = toponyms_[j];
            if (o.place() != nullptr && o.begin >= cb && o.end <= ce &&
                second_of(o) == best_index) {
                best_index = static_cast<int>(j);
                best.toponym = best_index;
                best.place = PlaceRef(o.place());
                best.lat = o.place()->lat;
                best.lon = o.place()->lon;
                break;
            }
        }
        const auto& t = toponyms_[static_cast<std::size_t>(best_index)];
        if (const int j = second_of(t); j >= 0) {
            const auto& o = toponyms_[static_cast<std::size_t>(j)];
            const auto mid =
                geo::geodesic_midpoint({best.lat, best.lon}, {o.place()->lat, o.place()->lon});
            const double half =
                geo::geodesic_distance_m({best.lat, best.lon}, {o.place()->lat, o.place()->lon}) /
                2.0;
            best.lat = mid.lat;
            best.lon = mid.lon;
            best.precision = 2;
            best.relative = true;
            best.uncertainty_m = std::max(half, 3000.0);
            const bool between = t.begin >= cb + 1 && doc_.lower(t.begin - 1) == "between";
            best.text = std::string(
                doc_.span_text(between ? t.begin - 1 : t.begin,
                               between ? o.designator_end : std::min(ce, o.designator_end + 1)));
            used.push_back(j);
            // "near Yankaja village, on the Baghdad-Kirkuk highway": a village the clause
            // names by the road, and that lies along it, is more exact than the road's middle.
            for (std::size_t v = near_lo; v < near_hi; ++v) {
                const auto& x = toponyms_[v];
                if (static_cast<int>(v) == best_index || static_cast<int>(v) == j ||
                    x.place() == nullptr || x.begin < cb + 1 || x.end > ce ||
                    x.role != ToponymRole::place || !is_populated(*x.place()) ||
                    x.place()->feature_code == "PPLC") {
                    continue;
                }
                const auto w = doc_.lower(x.begin - 1);
                if ((w != "near" && w != "at" && w != "in") || is_origin(cb, x.begin) ||
                    is_aftermath_or_destination(cb, x.begin) ||
                    geo::geodesic_distance_m({x.place()->lat, x.place()->lon}, {mid.lat, mid.lon}) >
                        half + 10000.0) {
                    continue;
                }
                best = choice_of(*x.place(), static_cast<int>(v));
                best.text = std::string(doc_.span_text(x.begin, x.designator_end));
                if (w == "near") {
                    best.precision = 2;
                }
                best_index = static_cast<int>(v);
                break;
            }
            // "on the Kirkuk-Erbil road in the north of the city": the stretch of the road
            // inside the first town, not the road's middle.
            for (std::size_t k = o.designator_end + 1;
                 best.relative && k < ce && k < o.designator_end + 9; ++k) {
                const auto w = doc_.lower(k);
                if ((w != "city" && w != "town") || doc_.lower(k - 1) != "the") {
                    continue;
                }
                bool inside = false;
                for (std::size_t q = k - 1; q > o.designator_end && q + 5 > k && !inside; --q) {
                    const auto x = doc_.lower(q - 1);
                    inside = x == "in" || x == "inside" || x == "within" || x == "outskirts";
                }
                if (inside && is_populated(*t.place())) {
                    best = choice_of(*t.place(), best_index);
                    best.precision = 2;
                    best.text = std::string(doc_.span_text(t.begin, k + 1));
                }
                break;
            }
        }
        used.push_back(best_index);
        if (coordinated != nullptr && !best.relative) {
            coordinated_places(cb, ce, static_cast<std::size_t>(best_index), *coordinated);
        }
        return best;
    }
    // No place name, but "the camp", "the base" or "the airport" pointing back: the latest
    // such place named in the sentences just before ("families fled the Makhmour camp
    // after drones struck the camp twice").
    auto site_before = [&](std::string_view noun, std::size_t text_begin, std::size_t text_end,
                           std::size_t window = 2,
                           bool same = false) -> std::optional<PlaceChoice> {
        auto fits = [&](const Place& p) {
            const auto& code = p.feature_code;
            if (noun == "camp") {
                return code.rfind("CMP", 0) == 0 || code == "MILB";
            }
            if (noun == "base") {
                return code == "MILB" || code == "AIRB" || code == "INSM";
            }
            if (noun == "airport") {
                return code == "AIRP"; // (an air base is no airport: Ain al-Asad)
            }
            // ("flying on to Qayyarah Airfield West ... a shell that landed on the airfield")
            if (noun == "airfield" || noun == "airstrip") {
                return code == "AIRB" || code == "AIRF" || code == "AIRP";
            }
            // "The field was last attacked on 4 May": the oil or gas field named before.
            const bool field = code == "OILF" || code == "GASF";
            if (noun == "field" || noun == "oilfield" || noun == "gasfield") {
                return field;
            }
            if (noun == "refinery") {
                return code == "OILR";
            }
            // "From Nimrud ... recovered after the army retook the site": a heritage site or
            // shrine named before.
            if (noun == "site") {
                return code == "ANS" || code == "RUIN" || code == "SHRN" || code == "MSQE" ||
                       code == "CSTL";
            }
            if (noun == "consulate" || noun == "embassy") {
                return code == "DIP";
            }
            // ("broke into the Republican Palace in Baghdad's International Zone. ... fought
            // security forces in and around the zone")
            if (noun == "zone") {
                return code == "ZN";
            }
            // ("the plant", "the facility": an industrial site, of whichever kind)
            if (noun == "plant" || noun == "facility") {
                return field || code == "OILR" || code == "PS" || code == "PSH" || code == "GOSP";
            }
            // "in the area", "the same area": the place just named, whatever it is.
            if (same &&
                (noun == "area" || noun == "vicinity" || noun == "region" || noun == "there")) {
                return !is_country(p);
            }
            if (same && (noun == "town" || noun == "village")) {
                return is_populated(p); // "the same town"; "the town" alone is too loose
            }
            // "Sadr City, a sprawling district, has been hit repeatedly. In April, a car bomb at
            // a market in the district killed four": a city's quarter or a district named before.
            if (noun == "district" || noun == "neighbourhood" || noun == "neighborhood") {
                return code == "PPLX" || is_admin2(p);
            }
            return false; // ("the city" points back too loosely to follow)
        };
        const std::size_t first_sentence = doc_.sentence_of(text_begin);
        const auto before =
            std::lower_bound(toponyms_.begin(), toponyms_.end(), cb,
                             [](const Toponym& t, std::size_t at) { return t.begin < at; });
        for (auto i = static_cast<std::size_t>(before - toponyms_.begin()); i-- > 0;) {
            const auto& t = toponyms_[i];
            if (t.sentence + window < first_sentence) {
                break;
            }
            if (t.role != ToponymRole::place || t.place() == nullptr || !fits(*t.place())) {
                continue;
            }
            if (noun == "site" && t.sentence != first_sentence) {
                break; // ("the site" points back only within its sentence)
            }
            PlaceChoice found = choice_of(*t.place(), static_cast<int>(i));
            found.text = std::string(doc_.span_text(text_begin, text_end));
            return found;
        }
        // ... or the site of the latest event, told a little further back (alerts go on in
        // short update lines: "UPDATE 2: Second drone shot down near the airport").
        for (auto d = drafts_.rbegin(); d != drafts_.rend() && d - drafts_.rbegin() < 3; ++d) {
            if (d->place.located() && d->last_sentence + window + 3 >= first_sentence &&
                noun != "site" && fits(d->place.place)) {
                PlaceChoice found = d->place;
                found.text = std::string(doc_.span_text(text_begin, text_end));
                return found;
            }
        }
        // ... or the site the report is datelined from: "CAMP TAJI - ... rockets tore into
        // the camp's living quarters" (a base or camp, not a town: the reporter is there);
        // or the one its heading is about: "FACT SHEET: AIN AL-ASAD AIR BASE" over "rockets
        // impacted on the base".
        if (!same && (noun == "camp" || noun == "base")) {
            for (std::size_t i = 0; i < toponyms_.size(); ++i) {
                const auto& t = toponyms_[i];
                if ((t.role == ToponymRole::dateline || t.role == ToponymRole::place) &&
                    t.place() != nullptr && doc_.sentences()[t.sentence].paragraph == 0 &&
                    fits(*t.place())) {
                    PlaceChoice found = choice_of(*t.place(), static_cast<int>(i));
                    found.text = std::string(doc_.span_text(text_begin, text_end));
                    return found;
                }
            }
        }
        return std::nullopt;
    };
    for (std::size_t k = cb; k + 1 < ce; ++k) {
        if (doc_.lower(k) != "the") {
            continue;
        }
        std::size_t n = k + 1;
        if (n + 1 < ce && (doc_.lower(n) == "air" || doc_.lower(n) == "military")) {
            ++n;
        }
        // (but the ground of it is there: "near the camp's north fence", "at the base's main
        // gate")
        // ("a rocket struck the embassy's dining facility", "the camp's living quarters")
        static const WordSet kGround = {
            "fence",     "gate",    "gates",  "perimeter", "wall",    "walls",    "runway",
            "entrance",  "north",   "south",  "east",      "west",    "northern", "southern",
            "eastern",   "western", "main",   "outer",     "front",   "dining",   "living",
            "courtyard", "kitchen", "hangar", "reception", "parking", "visitors"};
        const bool ground = doc_.tokens()[n].is(text::kPossessive) && n + 1 < ce &&
                            (kGround.contains(doc_.word(n + 1)) ||
                             (n + 2 < ce && kGround.contains(doc_.word(n + 2))));
        if ((n + 1 < ce && doc_.tokens()[n + 1].is(text::kCapitalized)) ||
            (doc_.tokens()[n].is(text::kPossessive) && !ground)) {
            continue; // "the town of Hit": a name follows; "the base's defences": a part of it
        }
        if (auto found = site_before(doc_.lower(n), k, n + 1)) {
            return *found;
        }
        // "operating from the Burjesia contractors' compound west of Basra, near Zubair. ... A
        // rocket landed inside the compound": a site the gazetteer lacks, placed where its first
        // mention put it (near a town: gp 2; in one: the town).
        if (const auto site = doc_.lower(n);
            site == "compound" || site == "camp" || site == "base" || site == "plant" ||
            site == "facility" || site == "factory" || site == "refinery") {
            if (auto found = unnamed_site_before(site, cb)) {
                found->text = std::string(doc_.span_text(k, n + 1));
                return *found;
            }
        }
        // "In Tal Afar the vote passed calmly, but a mortar shell fell on the outskirts of the
        // town": the town named earlier in the same sentence.
        const auto noun = doc_.lower(n);
        if (noun == "town" || noun == "city" || noun == "village") {
            if (auto found = town_earlier_in_sentence(cb, k, n + 1)) {
                return *found;
            }
            // "Kirkuk has been quieter since. ... a bomb hit a patrol on the road to Hawija,
            // 25 kilometres south-west of the city": measured from the one town the sentence
            // before named.
            if (noun != "village" && k >= cb + 2 && doc_.lower(k - 1) == "of") {
                if (auto found = town_told_before(cb)) {
                    const std::size_t phrase = apply_relative(doc_, cb, k, *found);
                    if (found->relative) {
                        found->text = std::string(doc_.span_text(phrase, n + 1));
                        return *found;
                    }
                }
            }
        }
    }
    // "in the area", "on the same base", "the same town": the place named just before.
    // The event just told first (its place, not a name mentioned in passing after it).
    if (const auto [sb, se] = names_same_site(cb, ce); se != 0) {
        const std::size_t here = doc_.sentence_of(cb);
        // (past an unlocated one: "Two soldiers were killed during the operation.")
        // (The one told last: "in Karbala and in Kadhimiya" puts Kadhimiya's copy after
        // Karbala's event, which "In Karbala, blasts went off ..." then tells again before
        // "85 people were killed there".)
        const Draft* told = nullptr;
        for (auto d = drafts_.rbegin(); d != drafts_.rend() && d - drafts_.rbegin() < 3; ++d) {
            if (d->last_sentence + 3 < here) {
                break;
            }
            if (d->place.located() && !is_country(d->place.place) &&
                (told == nullptr || d->last_sentence > told->last_sentence)) {
                told = &*d;
            }
        }
        if (told != nullptr) {
            PlaceChoice found = told->place;
            found.text = std::string(doc_.span_text(sb, se));
            return found;
        }
        if (auto found = site_before(doc_.lower(se - 1), sb, se, 2, true)) {
            return *found;
        }
    }
    // "Camp residents held a protest", "base personnel": the people of the site just named.
    static constexpr text::ScanWords kCampBase{"camp", "base"};
    const bool may_camp_base = doc_.may_hold<kCampBase>(cb, ce);
    for (std::size_t k = cb; may_camp_base && k + 1 < ce; ++k) {
        const auto w = doc_.lower(k);
        const auto nx = doc_.lower(k + 1);
        if ((w == "camp" || w == "base") &&
            (nx == "residents" || nx == "inhabitants" || nx == "dwellers" || nx == "personnel") &&
            (k == cb || !doc_.tokens()[k - 1].is(text::kCapitalized))) {
            if (auto found = site_before(w, k, k + 2, 3)) {
                return *found;
            }
        }
    }
    // A sentence's subject that is a site ("The base ...", "The air base ..."): its noun's
    // token before `end`, or 0.
    const auto subject_site = [&](const text::Sentence& sent, std::size_t end) -> std::size_t {
        std::size_t n = sent.token_begin + 1;
        if (n + 1 < end && (doc_.lower(n) == "air" || doc_.lower(n) == "military")) {
            ++n;
        }
        return n < end && doc_.lower(sent.token_begin) == "the" ? n : 0;
    };
    // "The base hosts coalition troops. It was hit by Iranian missiles on 8 January": "it"
    // opening a sentence after one about the base is the base.
    if (doc_.lower(cb) == "it" && cb + 1 < ce &&
        (doc_.lower(cb + 1) == "was" || doc_.lower(cb + 1) == "has" ||
         doc_.lower(cb + 1) == "had")) {
        const std::size_t s = doc_.sentence_of(cb);
        if (s > 0 && doc_.sentences()[s].token_begin == cb) {
            const auto& prev = doc_.sentences()[s - 1];
            if (const std::size_t n = subject_site(prev, prev.token_end); n != 0) {
                if (auto found = site_before(doc_.lower(n), cb, cb + 1, 4)) {
                    return *found;
                }
            }
        }
    }
    // "The field has been attacked before, including by rockets on 25 June 2022": an example
    // of what the sentence's subject, a site named before, suffered.
    if (doc_.lower(cb) == "including") {
        const auto& sent = doc_.sentences()[doc_.sentence_of(cb)];
        if (const std::size_t n = subject_site(sent, cb); n != 0) {
            if (auto found = site_before(doc_.lower(n), sent.token_begin, n + 1)) {
                return *found;
            }
        }
    }
    // "This was the second attack on the plant in four days. On Wednesday 22 June a single
    // rocket landed in open ground": the earlier attacks a tally goes on to tell hit the site
    // it names.
    if (const std::size_t noun = tallied_site(cb); noun != 0) {
        if (auto found = site_before(doc_.lower(noun), noun, noun + 1, 6)) {
            return *found;
        }
    }
    // "stormed the outer compound of the US embassy": in a report about Iraq, the American
    // embassy is the one in Baghdad.
    if (focus_.country == "IQ") {
        static constexpr text::ScanWords kEmbassy{"embassy"};
        for (std::size_t k = doc_.may_hold<kEmbassy>(cb, ce) ? cb + 1 : ce; k < ce; ++k) {
            if (doc_.lower(k) != "embassy") {
                continue;
            }
            const auto w = doc_.lower(k - 1);
            const bool american = w == "us" || w == "u.s." || w == "american" ||
                                  (w == "s" && k >= cb + 3 && doc_.lower(k - 3) == "u") ||
                                  (w == "states" && k >= cb + 2 && doc_.lower(k - 2) == "united");
            if (!american) {
                continue;
            }
            std::vector<ToponymCandidate> cands;
            lookup_.geocode("US Embassy Baghdad", cands);
            for (const auto& cand : cands) {
                if (cand.place.country_code == "IQ" && is_facility(cand.place)) {
                    best.place =
                        PlaceRef(kept_places_.emplace_back(lookup_.shared_place(cand.place)).get());
                    best.lat = cand.place.lat;
                    best.lon = cand.place.lon;
                    best.precision = 1;
                    best.uncertainty_m = 1000;
                    best.rank = 1;
                    best.text = std::string(doc_.span_text(k - 1, k + 1));
                    return best;
                }
            }
            break;
        }
    }
    // No place name: a country written as an adjective of the site ("an Iraqi base") or named
    // ("in Iraq") places the event at country level.
    const std::uint8_t* const classes = token_classes(doc_);
    // (The nouns it answers to: with none of them in the clause, nothing.)
    static constexpr text::ScanWords kCountryNouns{"base",    "bases",    "city",      "town",
                                                   "village", "province", "territory", "soil"};
    for (std::size_t k = doc_.may_hold<kCountryNouns>(cb, ce) ? cb : ce; k + 1 < ce; ++k) {
        // (To the next token that may be a demonym, by the tokens' classes: kActorOpener.)
        k = text::next_of_class(classes, k, ce - 1, kActorOpener);
        if (k + 1 >= ce) {
            break;
        }
        const auto c = country_of_demonym(doc_.word(k));
        // ("launched from Iranian territory": where they came from)
        if (c.empty() || doc_.tokens()[k].is(text::kHyphenBefore) || is_origin(cb, k)) {
            continue;
        }
        std::size_t n = k + 1;
        while (n < ce && n < k + 3 &&
               (doc_.lower(n) == "military" || doc_.lower(n) == "army" || doc_.lower(n) == "air")) {
            ++n;
        }
        const auto noun = n < ce ? doc_.lower(n) : text::TokenText();
        if (noun == "base" || noun == "bases" || noun == "city" || noun == "town" ||
            noun == "village" || noun == "province" || noun == "territory" || noun == "soil") {
            // The country's place from the gazetteer, by the demonym's country name.
            std::vector<ToponymCandidate> cands;
            lookup_.geocode(c, cands);
            for (const auto& cand : cands) {
                if (is_country(cand.place)) {
                    best.place =
                        PlaceRef(kept_places_.emplace_back(lookup_.shared_place(cand.place)).get());
                    best.lat = cand.place.lat;
                    best.lon = cand.place.lon;
                    best.precision = 3;
                    best.uncertainty_m = radius_m(best.place);
                    best.rank = 1;
                    best.text = std::string(doc_.span_text(k, n + 1));
                    return best;
                }
            }
        }
    }
    return best;
}

void ArticlePass::choose_actors(Draft& d, std::size_t sb, std::size_t se, std::size_t cb,
                                std::size_t ce, std::size_t tb, std::size_t te) const {
    // The clause's actors, as the article's own (a copy of each had made its name again; the
    // list is the thread's, reused from clause to clause).
    thread_local std::vector<const ActorMention*> clause_actor_list;
    clause_actor_list.clear();
    for (const auto& a : actors_in(cb, ce)) {
        // Allies named in an aside ("backed by coalition aircraft") are neither side.
        if (!in_support_phrase(doc_, cb, a.begin)) {
            clause_actor_list.push_back(&a);
        }
    }
    const Pointees<ActorMention> clause_actors{clause_actor_list};
    const ActorMention* a1 = nullptr;
    const ActorMention* a2 = nullptr;
    if (d.casualty_only) {
        // "... left 100 soldiers with injuries": the people named are the victims; but in
        // "Gunmen killed a farmer and his sons" the subject of the active verb did it.
        for (const auto& a : clause_actors) {
            // ("2 US and 1 UK service members killed": counted people are the dead.)
            // (Not a date's year: "On 28 November 2019 gunmen shot dead 25 people".)
            const bool counted_people = a.begin > cb &&
                                        (doc_.tokens()[a.begin - 1].is(text::kNumber) ||
                                         parse_quantity(doc_, a.begin - 1, a.begin).has_value()) &&
                                        year_number(doc_, a.begin - 1) < 0;
            const bool doer = a.begin < tb && !a.civilian && !counted_people &&
                              !is_passive_victim(doc_, a, ce) && !is_speaker(doc_, a, ce) &&
                              tb < ce &&
                              (doc_.lower(tb) == "killed" || doc_.lower(tb) == "wounded" ||
                               doc_.lower(tb) == "injured" || doc_.lower(tb) == "kill" ||
                               doc_.lower(tb) == "kills" || doc_.lower(tb) == "wound" ||
                               doc_.lower(tb) == "wounds" || doc_.lower(tb) == "murdered" ||
                               doc_.lower(tb) == "slew" || doc_.lower(tb) == "strangled" ||
                               // ("IS claimed responsibility for the killing of two shepherds")
                               (doc_.lower(tb) == "killing" && a.armed && tb + 1 < ce &&
                                doc_.lower(tb + 1) == "of"));
            // (headlines: "Gunmen kill five")
            if (doer && a1 == nullptr) {
                a1 = &a;
            } else if (a2 == nullptr && !doer && !is_speaker(doc_, a, ce)) {
                a2 = &a; // (not "..., the Iraqi military said": who tells is no victim)
            }
        }
        if (a1 != nullptr) {
            d.actor1 = a1->name;
            d.inter1 = a1->inter;
            d.actor1_needs_country = a1->needs_country;
        }
        if (a2 != nullptr) {
            d.actor2 = a2->name;
            d.inter2 = a2->inter;
            d.actor2_needs_country = a2->needs_country;
        }
        return;
    }
    auto victim = [&](const ActorMention& a) { return is_passive_victim(doc_, a, ce); };
    auto speaker = [&](const ActorMention& a) { return is_speaker(doc_, a, ce); };
    // Before the trigger: the attacker ("US drone strike", "Islamic State militants attacked"),
    // but not in a reference back ("Iraqi forces are investigating the attack").
    // "Police found the bodies of two shepherds": who found the dead did not kill them.
    const auto verb = doc_.lower(tb);
    const bool discovery = verb == "found" || verb == "discovered" || verb == "recovered" ||
                           verb == "retrieved" || verb == "unearthed" || verb == "exhumed";
    for (const auto& a : clause_actors) {
        if ((d.definite || discovery) && a.begin < tb) {
            continue;
        }
        if (a.begin < tb && (victim(a) || is_active_object(doc_, a, cb)) && a2 == nullptr) {
            a2 = &a;
            continue;
        }
        if (a.begin < tb && !a.civilian && !speaker(a) && !in_apposition(cb, a.begin, tb) &&
            (a1 == nullptr || a.begin > a1->begin)) {
            a1 = &a;
        }
    }
    // After it: "by X" is the attacker, anyone else the target.
    for (const auto& a : clause_actors) {
        if (a.begin < te || speaker(a)) {
            continue;
        }
        // ("a drone believed to be Turkish struck a car": the weapon's owner)
        const bool owner =
            a.begin >= cb + 3 && doc_.lower(a.begin - 1) == "be" &&
            doc_.lower(a.begin - 2) == "to" &&
            (doc_.lower(a.begin - 3) == "believed" || doc_.lower(a.begin - 3) == "thought" ||
             doc_.lower(a.begin - 3) == "suspected" || doc_.lower(a.begin - 3) == "presumed" ||
             doc_.lower(a.begin - 3) == "said");
        // ("In an attack on Sunday, gunmen killed two men": the subject after the fronted
        // phrase did it)
        std::size_t lead = a.begin;
        while (lead > te && doc_.lower(lead - 1) == "the") {
            --lead;
        }
        const auto v = a.end < ce ? doc_.lower(a.end) : text::TokenText();
        const bool subject =
            !a.civilian && lead > te && doc_.surface(lead - 1) == "," &&
            (v == "killed" || v == "shot" || v == "attacked" || v == "opened" || v == "stormed" ||
             v == "abducted" || v == "kidnapped" || v == "ambushed" || v == "fired");
        const bool by = after_by(doc_, a.begin) || owner || subject;
        if (by && a1 == nullptr) {
            a1 = &a;
        } else if (a2 == nullptr && &a != a1) {
            a2 = &a;
        }
    }
    // "clashes between Saraya al-Salam and Asaib Ahl al-Haq", "fighting between PMF units and
    // the YBS": the two sides, in the order told.
    static constexpr text::ScanWords kBetween{"between"};
    for (std::size_t k = doc_.may_hold<kBetween>(cb, ce) ? cb : ce; k + 3 < ce; ++k) {
        if (doc_.lower(k) != "between") {
            continue;
        }
        const ActorMention* first = nullptr;
        const ActorMention* second = nullptr;
        for (const auto& a : clause_actors) {
            if (a.begin <= k || a.begin > k + 12 || speaker(a)) {
                continue;
            }
            if (first == nullptr) {
                first = &a;
            } else if (second == nullptr && a.name != first->name) {
                bool joined = false;
                for (std::size_t j = first->end; j < a.begin; ++j) {
                    joined = joined || doc_.lower(j) == "and";
                }
                if (joined) {
                    second = &a;
                }
            }
        }
        if (first != nullptr && second != nullptr) {
            a1 = first;
            a2 = second;
        }
        break;
    }
    // Protests: protesters are actor1; the security forces who intervened actor2.
    if (d.type.event_type == "Protests" || d.type.event_type == "Riots") {
        for (const auto& a : clause_actors) {
            if (a.inter == 6 || a.inter == 5) {
                a2 = (a1 != nullptr && a1 != &a && a1->inter != 6) ? a1 : a2;
                a1 = &a;
                break;
            }
        }
    }
    // "The army said it had killed eleven militants": the speaker who tells of its own deed.
    for (const auto& a : clause_actors) {
        if (a1 != nullptr || a.civilian || a.end + 1 >= tb || !speaker(a)) {
            continue;
        }
        const auto v = doc_.lower(a.end);
        if (v != "said" && v != "says" && v != "announced" && v != "stated") {
            continue;
        }
        // (past a day and "that": "said on Sunday that they had fired")
        for (std::size_t k = a.end + 1; k < tb && k < a.end + 6; ++k) {
            const auto p = doc_.lower(k);
            if (p == "it" || p == "they" || p == "its" || p == "their") { // ("said its forces")
                a1 = &a;
                break;
            }
            if (!doc_.tokens()[k].is(text::kWord)) {
                break;
            }
        }
    }
    // Attribution elsewhere in the sentence: "was most likely carried out by KH", "blamed X".
    std::string attribution = "stated";
    // "the counter-terrorism service pushed into Bartella, and by the evening they had cleared
    // most of the town": "they" is the sentence's last side named before the clause.
    bool they = false;
    for (std::size_t k = cb; a1 == nullptr && k < tb && !they; ++k) {
        they = doc_.lower(k) == "they";
    }
    if (they && cb > sb) {
        for (const auto& a : actors_in(sb, cb)) { // (views of the article's actors: a1 stays)
            if (!a.civilian && !is_speaker(doc_, a, cb) && !is_passive_victim(doc_, a, cb)) {
                a1 = &a;
            }
        }
    }
    if (a1 == nullptr) {
        const auto sentence_actors = actors_in(sb, se);
        for (const auto& a : sentence_actors) {
            if (a.civilian || (a.begin >= cb && a.end <= ce)) {
                continue;
            }
            const auto att = attribution_of(doc_, sb, se, a.begin, a.end);
            const bool by = after_by(doc_, a.begin);
            if (att != "stated" || by) {
                a1 = &a;
                attribution = att;
                d.actor1 = a.name;
                d.inter1 = a.inter;
                d.actor1_needs_country = a.needs_country;
                break;
            }
        }
    } else {
        attribution = attribution_of(doc_, sb, se, a1->begin, a1->end);
        d.actor1 = a1->name;
        d.inter1 = a1->inter;
        d.actor1_needs_country = a1->needs_country;
    }
    if (!d.actor1.empty()) {
        d.attribution = attribution;
    }
    if (a2 != nullptr && a2->name != d.actor1) {
        d.actor2 = a2->name;
        d.inter2 = a2->inter;
        d.actor2_needs_country = a2->needs_country;
    }
}

bool ArticlePass::launched_by_state(std::size_t cb, std::size_t at) const {
    bool launched = false;
    for (std::size_t k = at; k > cb && k + 4 > at; --k) {
        const auto w = doc_.lower(k - 1);
        if (w == "launched" || w == "began" || w == "started" || w == "launch" || w == "launches" ||
            w == "begun" || w == "conducted" || w == "mounted" ||
            (w == "out" && k >= cb + 2 && doc_.lower(k - 2) == "carried")) {
            launched = true;
            break;
        }
    }
    if (!launched) {
        return false;
    }
    for (const auto& a : actors_in(cb, at)) {
        if (a.inter == 1 || a.inter == 8) {
            return true;
        }
    }
    return false;
}

bool ArticlePass::strikes_by_air_power(std::size_t b, std::size_t e) const {
    static const WordSet kAirPowers = {"us",        "u.s.",    "american", "coalition",
                                       "turkish",   "israeli", "allied",   "russian",
                                       "jordanian", "french",  "british"};
    for (std::size_t k = b + 1; k < e; ++k) {
        const auto w = doc_.lower(k);
        if ((w == "strike" || w == "strikes") && kAirPowers.contains(doc_.word(k - 1))) {
            return true;
        }
    }
    return false;
}

void ArticlePass::sites_told_next(std::size_t sentence, PlaceChoice& place,
                                  std::vector<PlaceChoice>& others) const {
    if (sentence + 1 >= doc_.sentences().size()) {
        return;
    }
    const auto& next = doc_.sentences()[sentence + 1];
    static constexpr text::ScanWords kPassive{"were", "was"};
    if (!doc_.may_hold<kPassive>(next.token_begin, next.token_end)) {
        return;
    }
    static const WordSet kHit = {"destroyed", "hit", "struck", "targeted", "bombed", "pounded"};
    // (or where they were: "In Iraq, the sites were around al-Qaim and near Akashat")
    static const WordSet kSites = {"sites", "targets", "facilities", "positions", "locations"};
    static const WordSet kWhere = {"around", "in", "near", "at", "outside"};
    std::size_t verb = next.token_end;
    for (std::size_t k = next.token_begin + 1; k + 1 < next.token_end; ++k) {
        if ((doc_.lower(k) == "were" || doc_.lower(k) == "was") &&
            (kHit.contains(doc_.word(k + 1)) ||
             (kSites.contains(doc_.word(k - 1)) && kWhere.contains(doc_.word(k + 1))))) {
            verb = k + 1;
            break;
        }
    }
    if (verb == next.token_end) {
        return;
    }
    std::size_t end = verb;
    while (end < next.token_end && doc_.surface(end) != ";") {
        ++end;
    }
    // (no event of its own: only weak verbs among its cues)
    for (const auto& c : cues_in(next.token_begin, end)) {
        if (!c.weak) {
            return;
        }
    }
    const auto [lo, hi] = toponyms_near(verb, end);
    for (std::size_t i = lo; i < hi; ++i) {
        const auto& t = toponyms_[i];
        if (t.begin < verb || t.end > end || t.role != ToponymRole::place || t.place() == nullptr ||
            is_country(*t.place()) || is_admin1(*t.place())) {
            continue;
        }
        PlaceChoice pc = choice_of(*t.place(), static_cast<int>(i));
        pc.text = std::string(doc_.span_text(t.begin, t.designator_end));
        if (!place.located() || is_country(place.place)) {
            place = std::move(pc);
        } else if (pc.place->id != place.place->id &&
                   std::none_of(others.begin(), others.end(), [&](const PlaceChoice& o) {
                       return o.place->id == pc.place->id;
                   })) {
            others.push_back(std::move(pc));
        }
    }
}

bool ArticlePass::named_strikes_told(std::size_t cb, const ItemsWithin<CueMatch>& cues) const {
    const bool told = std::any_of(drafts_.begin(), drafts_.end(), [](const Draft& d) {
        return d.type.sub_event_type == "Air/drone strike" && !d.casualty_only;
    });
    if (!told) {
        return false;
    }
    for (const auto& c : cues) {
        if (!c.plural || c.end != c.begin + 1 || doc_.lower(c.begin) != "strikes" ||
            c.begin <= cb) {
            continue;
        }
        std::size_t k = c.begin;
        // (past a place's name: "the al-Qaim strikes")
        const auto [lo, hi] = toponyms_near(cb, c.begin);
        for (std::size_t i = lo; i < hi; ++i) {
            if (toponyms_[i].end == k && toponyms_[i].begin > cb) {
                k = toponyms_[i].begin;
            }
        }
        const auto d = doc_.lower(k - 1);
        if (d == "the" || d == "those" || d == "these") {
            return true;
        }
    }
    return false;
}

bool ArticlePass::spread_across_region(std::size_t b, std::size_t e) const {
    static constexpr text::ScanWords kSpread{"across", "throughout", "nationwide"};
    if (!doc_.may_hold<kSpread>(b, e)) {
        return false;
    }
    static const WordSet kWide = {"country", "south",  "north",    "provinces", "governorates",
                                  "region",  "cities", "southern", "northern",  "central"};
    for (std::size_t k = b; k < e; ++k) {
        const auto w = doc_.lower(k);
        // (not what the strike went on to cause: "killing four workers and halting production,
        // which caused power cuts across the region")
        if (w == "which" && k > b && doc_.surface(k - 1) == "," && k + 1 < e &&
            (doc_.lower(k + 1) == "caused" || doc_.lower(k + 1) == "led" ||
             doc_.lower(k + 1) == "triggered" || doc_.lower(k + 1) == "left")) {
            break;
        }
        // (not a time told by the protests: "at the height of the nationwide protests")
        if (w == "nationwide" &&
            !(k >= b + 3 && doc_.lower(k - 1) == "the" && doc_.lower(k - 2) == "of" &&
              (doc_.lower(k - 3) == "height" || doc_.lower(k - 3) == "peak"))) {
            return true;
        }
        if (w != "across" && w != "throughout") {
            continue;
        }
        for (std::size_t j = k + 1; j < e && j < k + 4; ++j) {
            if (kWide.contains(doc_.word(j))) {
                return true;
            }
            const auto [lo, hi] = toponyms_near(j, j + 1);
            for (std::size_t i = lo; i < hi; ++i) {
                if (toponyms_[i].begin == j && toponyms_[i].place() != nullptr &&
                    (is_country(*toponyms_[i].place()) || is_admin1(*toponyms_[i].place()))) {
                    return true;
                }
            }
        }
    }
    return false;
}

bool ArticlePass::in_apposition(std::size_t cb, std::size_t i, std::size_t tb) const {
    std::size_t open = i;
    while (open > cb && doc_.surface(open - 1) != ",") {
        --open;
    }
    if (open == cb || open >= i) {
        return false;
    }
    const auto first = doc_.lower(open);
    if (first != "a" && first != "an" && first != "who" && first != "the") {
        return false;
    }
    for (std::size_t k = i; k < tb; ++k) {
        if (doc_.surface(k) == ",") {
            return true; // (closed before the verb)
        }
    }
    return false;
}

/// "In the second half of August a wave of attacks hit the protest movement in Basra. On 14
/// August gunmen shot dead an activist in central Basra. ... On 19 August a physician was shot
/// dead in her car": the one town a paragraph names, where its events before were told, is the
/// place of an event it goes on to tell with no place of its own.
const Toponym* ArticlePass::paragraph_town(std::size_t sentence, std::size_t cb) const {
    const std::size_t paragraph = doc_.sentences()[sentence].paragraph;
    const std::size_t pb = doc_.paragraphs()[paragraph].token_begin;
    // (a sentence's first clause: a later one goes on about the sentence's event)
    if (pb >= cb || drafts_.empty() || cb != doc_.sentences()[sentence].token_begin) {
        return nullptr;
    }
    const Toponym* town = nullptr;
    const auto [lo, hi] = toponyms_near(pb, cb);
    for (std::size_t i = lo; i < hi; ++i) {
        const auto& t = toponyms_[i];
        if (t.begin < pb || t.begin >= cb || t.place() == nullptr ||
            (t.role != ToponymRole::place && t.role != ToponymRole::qualifier) ||
            is_country(*t.place())) {
            continue;
        }
        if (town != nullptr && town->place()->id != t.place()->id) {
            return nullptr; // (two places: which one is not told)
        }
        town = &t;
    }
    if (town == nullptr || !is_populated(*town->place())) {
        return nullptr;
    }
    // (and the paragraph's events told before are there, none elsewhere)
    int there = 0;
    for (const auto& d : drafts_) {
        if (doc_.sentences()[d.first_sentence].paragraph != paragraph) {
            continue;
        }
        if (!d.place.located() || d.place.place->id != town->place()->id) {
            return nullptr;
        }
        ++there;
    }
    if (there < 2) {
        return nullptr;
    }
    // (an item of the paragraph's dated run: "On 19 August, ...")
    const auto& sent = doc_.sentences()[sentence];
    for (const auto& d : find_dates(doc_, sent.token_begin,
                                    std::min<std::size_t>(sent.token_end, sent.token_begin + 5),
                                    reference_of(sentence))) {
        if (d.precision == 1 && !d.since && d.begin <= sent.token_begin + 1) {
            return town;
        }
    }
    return nullptr;
}

bool ArticlePass::disbelieved_claim(std::size_t sentence, std::size_t cb, std::size_t ce) const {
    const auto& sent = doc_.sentences()[sentence];
    // A dataset's row ending in its verdict: "Unconfirmed report of a staff member held for one
    // day; excluded."
    static constexpr text::ScanWords kExcluded{"excluded"};
    if (sent.token_end >= sent.token_begin + 3 &&
        doc_.may_hold<kExcluded>(sent.token_end - 2, sent.token_end)) {
        const std::size_t e =
            doc_.surface(sent.token_end - 1) == "." ? sent.token_end - 1 : sent.token_end;
        if (e >= sent.token_begin + 2 && doc_.lower(e - 1) == "excluded" &&
            (doc_.surface(e - 2) == ";" || doc_.surface(e - 2) == ",")) {
            return true;
        }
    }
    // A review's finding on the allegations it lists, in the clause that tells them: "Reports
    // assessed as not credible include an allegation of six civilians killed near al-Baaj",
    // "allegations found to be unsubstantiated: ...", "an allegation assessed as non-credible".
    static constexpr auto kAssessedWords =
        std::to_array<std::string_view>({"assessed", "found", "deemed", "judged", "determined"});
    static constexpr auto kAllegationWords = std::to_array<std::string_view>(
        {"allegation", "allegations", "reports", "report", "claim", "claims", "alleged"});
    static const WordSet kAssessed(kAssessedWords);
    static const WordSet kAllegation(kAllegationWords);
    if (doc_.may_hold<kAssessedWords>(cb, ce) && doc_.may_hold<kAllegationWords>(cb, ce)) {
        bool allegation = false;
        for (std::size_t k = cb; k < ce && !allegation; ++k) {
            allegation = kAllegation.contains(doc_.word(k));
        }
        for (std::size_t k = cb; allegation && k + 2 < ce; ++k) {
            if (!kAssessed.contains(doc_.word(k))) {
                continue;
            }
            std::size_t j = k + 1;
            while (j < ce && j < k + 4 &&
                   (doc_.lower(j) == "as" || doc_.lower(j) == "to" || doc_.lower(j) == "be")) {
                ++j;
            }
            const auto x = doc_.lower(j);
            const bool not_credible =
                (x == "not" && j + 1 < ce &&
                 (doc_.lower(j + 1) == "credible" || doc_.lower(j + 1) == "substantiated")) ||
                x == "unsubstantiated" || x == "non-credible" ||
                (x == "non" && j + 1 < ce && doc_.lower(j + 1) == "credible");
            if (not_credible) {
                // (unless the clause goes on to what was found credible: "eight were found to
                // be not credible, while four were assessed as credible, including a strike
                // near Raqqa")
                for (std::size_t c = j + 2; c < ce; ++c) {
                    if (doc_.lower(c) == "credible" && doc_.lower(c - 1) != "not" &&
                        doc_.lower(c - 1) != "non" && doc_.lower(c - 1) != "-") {
                        return false;
                    }
                }
                return true;
            }
        }
    }
    static constexpr text::ScanWords kClaims{"claims", "claimed", "alleges", "alleged"};
    if (!doc_.may_hold<kClaims>(sent.token_begin, std::min(sent.token_end, sent.token_begin + 6))) {
        return false;
    }
    bool claim = false;
    for (std::size_t k = sent.token_begin + 1; k + 1 < sent.token_end && k < sent.token_begin + 5;
         ++k) {
        const auto w = doc_.lower(k);
        claim = claim || ((w == "claims" || w == "claimed" || w == "alleges" || w == "alleged") &&
                          doc_.lower(k + 1) == "that");
    }
    if (!claim) {
        return false;
    }
    // (the decision's finding, later in the paragraph: "I do not find this part of his account
    // credible", "is not credible", "I reject this account", "I disbelieve it")
    const auto& par = doc_.paragraphs()[sent.paragraph];
    static constexpr text::ScanWords kFinding{"credible", "reject", "disbelieve"};
    if (!doc_.may_hold<kFinding>(sent.token_end, par.token_end)) {
        return false;
    }
    for (std::size_t k = sent.token_end; k < par.token_end; ++k) {
        const auto w = doc_.lower(k);
        // ("I reject this account", "I disbelieve it": not "I reject the respondent's
        // submission")
        if ((w == "reject" || w == "disbelieve") && k > par.token_begin &&
            doc_.lower(k - 1) == "i" && k + 2 < par.token_end &&
            (doc_.lower(k + 1) == "this" || doc_.lower(k + 1) == "his" ||
             doc_.lower(k + 1) == "her" || doc_.lower(k + 1) == "it" ||
             (doc_.lower(k + 1) == "the" &&
              (doc_.lower(k + 2) == "account" || doc_.lower(k + 2) == "claim")))) {
            return true;
        }
        if (w != "credible") {
            continue;
        }
        // (the judge's own: "I do not find ... credible", "I find it not credible"; not
        // "Ankara said the claim was not credible")
        bool negated = false, judge = false;
        for (std::size_t j = k; j > sent.token_end && j + 10 > k; --j) {
            const auto x = doc_.lower(j - 1);
            negated = negated || x == "not" || x == "no";
            judge = judge || (x == "i" && doc_.tokens()[j - 1].is(text::kCapitalized));
        }
        if (negated && judge) {
            return true;
        }
    }
    return false;
}

std::string_view ArticlePass::paragraph_without_events(std::size_t paragraph) const {
    static constexpr std::array<std::string_view, 4> kWhy = {
        "", "a topic's title", "a map's reference layer", "its item is marked not an incident"};
    const auto& pars = doc_.paragraphs();
    if (without_events_.empty()) {
        without_events_.assign(pars.size(), -1);
    }
    if (without_events_[paragraph] < 0) {
        without_events_[paragraph] = static_cast<signed char>(topic_line(pars[paragraph])        ? 1
                                                              : reference_layer(pars[paragraph]) ? 2
                                                              : marked_not_incident(paragraph)   ? 3
                                                                                               : 0);
    }
    return kWhy[static_cast<std::size_t>(without_events_[paragraph])];
}

bool ArticlePass::topic_line(const text::Paragraph& par) const {
    // "** 2021 Baghdad bombings", "* 2019-2021 Iraqi protests": the title of a story the items
    // under it tell (a short bulleted line opening with a year, no full stop at its end).
    if (par.token_end > par.token_begin + 9) {
        return false;
    }
    std::size_t k = par.token_begin;
    while (k < par.token_end &&
           (doc_.surface(k) == "*" || doc_.surface(k) == "-" || doc_.surface(k) == "\u2022")) {
        ++k;
    }
    if (k == par.token_begin || k + 2 >= par.token_end || year_number(doc_, k) <= 0 ||
        !doc_.tokens()[k + 1].is(text::kCapitalized) || doc_.surface(par.token_end - 1) == "." ||
        doc_.surface(par.token_end - 1) == ":") {
        return false;
    }
    // (not a timeline's item with its toll: "- 2021 Gunmen kill 5 in Kirkuk")
    for (std::size_t j = k + 1; j < par.token_end; ++j) {
        if (doc_.tokens()[j].is(text::kNumber)) {
            return false;
        }
    }
    return true;
}

bool ArticlePass::reference_layer(const text::Paragraph& par) const {
    // "[Layer: Sit-in squares (reference)] Habboubi Square, Nasiriyah; ... sit-ins in Kut": the
    // places a map shows for reference, no incidents.
    if (doc_.surface(par.token_begin) != "[" || par.token_end <= par.token_begin + 5 ||
        doc_.lower(par.token_begin + 1) != "layer") {
        return false;
    }
    for (std::size_t k = par.token_begin + 2;
         k + 1 < par.token_end && k < par.token_begin + 12 && doc_.surface(k) != "]"; ++k) {
        if (doc_.lower(k) == "reference" && doc_.surface(k - 1) == "(" &&
            doc_.surface(k + 1) == ")") {
            return true;
        }
    }
    return false;
}

bool ArticlePass::marked_not_incident(std::size_t paragraph) const {
    // ("incidents" is never looked for: it gives the list a sentence bit of its own)
    static constexpr text::ScanWords kIncident{"incident", "incidents"};
    const auto& pars = doc_.paragraphs();
    // A verdict, not a phrase of prose ("'This is not an incident, it is a war crime,' the
    // governor said"): in capitals, or opening its paragraph, line or field ("status: not an
    // incident - fireworks"). field: only a "status:" or "verdict:" field's.
    const auto verdict = [&](std::size_t p, bool field) {
        const auto& par = pars[p];
        if (!doc_.may_hold<kIncident>(par.token_begin, par.token_end)) {
            return false;
        }
        for (std::size_t k = par.token_begin + 2; k < par.token_end; ++k) {
            if (doc_.lower(k) != "incident" || doc_.lower(k - 1) != "an" ||
                doc_.lower(k - 2) != "not") {
                continue;
            }
            const std::size_t n = k - 2;
            const auto mark = n > par.token_begin ? doc_.surface(n - 1) : std::string_view(":");
            const auto name =
                n >= par.token_begin + 2 && mark == ":" ? doc_.lower(n - 2) : text::TokenText();
            if (field) {
                return name == "status" || name == "verdict" || name == "assessment" ||
                       name == "verification";
            }
            const bool capitals =
                doc_.tokens()[n].is(text::kAllUpper) && doc_.tokens()[k].is(text::kAllUpper);
            return capitals || mark == ":" || mark == "-" || mark == "\u2013" ||
                   doc_.tokens()[n].is(text::kNewlineBefore);
        }
        return false;
    };
    return verdict(paragraph, false) ||
           (paragraph + 1 < pars.size() && verdict(paragraph + 1, true));
}

std::vector<const Toponym*> ArticlePass::quiz_answer_places() const {
    std::vector<const Toponym*> out;
    const auto& pars = doc_.paragraphs();
    // The key: a paragraph opening "Answers:", "Answer key:" or "Key:" (one word read per
    // paragraph).
    std::size_t key = pars.size();
    for (std::size_t p = 1; p < pars.size() && key == pars.size(); ++p) {
        std::size_t k = pars[p].token_begin;
        if (pars[p].token_end < k + 4) {
            continue;
        }
        const auto w = doc_.lower(k);
        if (w == "answer" && doc_.lower(k + 1) == "key") {
            ++k;
        } else if (w != "answers" && w != "key") {
            continue;
        }
        if (doc_.surface(k + 1) == ":") {
            key = p;
        }
    }
    if (key == pars.size()) {
        return out;
    }
    // Its items: a question's number after the colon, a full stop or a semicolon ("7 Hillah.
    // 8 Muqdadiyah."), then the first place named before the next item.
    // ("7", "4.1", "Q1")
    const auto item_number = [&](std::size_t k) {
        const auto s = doc_.surface(k);
        if (s.size() >= 2 && s.size() <= 3 && (s.front() == 'Q' || s.front() == 'q') &&
            std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return true;
        }
        return doc_.tokens()[k].is(text::kNumber) && s.size() <= 4 && s.front() != '0';
    };
    std::vector<std::pair<std::string_view, const Toponym*>> answers;
    const std::size_t kb = pars[key].token_begin, ke = pars[key].token_end;
    for (std::size_t k = kb + 2; k < ke; ++k) {
        const auto prev = doc_.surface(k - 1);
        if (!item_number(k) || (prev != ":" && prev != "." && prev != ";")) {
            continue;
        }
        std::size_t next = k + 1;
        while (next < ke && !(item_number(next) &&
                              (doc_.surface(next - 1) == "." || doc_.surface(next - 1) == ";"))) {
            ++next;
        }
        const Toponym* first = nullptr;
        for (const auto& t : toponyms_) {
            if (t.begin > k && t.end <= next && t.place() != nullptr && !is_country(*t.place()) &&
                (t.role == ToponymRole::place || t.role == ToponymRole::qualifier)) {
                first = &t;
                break;
            }
        }
        if (first != nullptr) {
            answers.emplace_back(doc_.lower(k), first);
        }
        k = next - 1;
    }
    if (answers.empty()) {
        return out;
    }
    // The questions: paragraphs before the key opening with an item's number ("7. On 6 March
    // ...", "4.1 On 23 January ...").
    out.assign(pars.size(), nullptr);
    for (std::size_t p = 0; p < key; ++p) {
        const std::size_t b = pars[p].token_begin;
        if (pars[p].token_end <= b + 2 || !item_number(b)) {
            continue;
        }
        for (const auto& [number, place] : answers) {
            if (number == doc_.lower(b)) {
                out[p] = place;
                break;
            }
        }
    }
    return out;
}

const Toponym* ArticlePass::capital_referred(std::size_t cb, std::size_t ce) const {
    // ("capitals" is never looked for: it gives the list a sentence bit of its own)
    static constexpr text::ScanWords kCapital{"capital", "capitals"};
    if (focus_.country.empty() || !doc_.may_hold<kCapital>(cb, ce)) {
        return nullptr;
    }
    bool referred = false;
    for (std::size_t k = cb + 1; k < ce && !referred; ++k) {
        // ("in the capital", "the capital's Karrada district"; not "the capital of Nineveh",
        // "the Kurdish capital", "capital punishment")
        referred = doc_.lower(k) == "capital" && doc_.lower(k - 1) == "the" &&
                   !(k + 1 < ce && (doc_.lower(k + 1) == "of" || doc_.lower(k + 1) == "city"));
    }
    if (!referred) {
        return nullptr;
    }
    // (Not when the sentence is about another country: "Syrian state media said a car bomb
    // exploded in the capital"; nor a capital named only far back: the dateline's, or the last
    // one named in this paragraph or the one before.)
    const std::size_t sentence = doc_.sentence_of(cb);
    const std::size_t paragraph = doc_.sentences()[sentence].paragraph;
    const auto& sent = doc_.sentences()[sentence];
    const Toponym* capital = nullptr;
    for (const auto& t : toponyms_) {
        if (t.begin >= sent.token_end) {
            break;
        }
        const Place* p = t.place();
        if (p == nullptr) {
            continue;
        }
        if (t.begin >= sent.token_begin && p->country_code != focus_.country) {
            return nullptr;
        }
        const std::size_t tp = doc_.sentences()[t.sentence].paragraph;
        if (p->feature_code == "PPLC" && p->country_code == focus_.country &&
            (t.role == ToponymRole::dateline ||
             (tp + 1 >= paragraph &&
              (t.role == ToponymRole::place || t.role == ToponymRole::qualifier ||
               t.role == ToponymRole::government)))) {
            capital = &t;
        }
    }
    for (std::size_t k = sent.token_begin; k < sent.token_end && capital != nullptr; ++k) {
        const auto other = country_of_demonym(doc_.word(k));
        if (!other.empty() && doc_.tokens()[k].is(text::kCapitalized) &&
            other != country_name(focus_.country)) {
            return nullptr;
        }
    }
    return capital;
}

const Toponym* ArticlePass::town_referred(std::size_t sentence, std::size_t cb,
                                          std::size_t ce) const {
    static constexpr text::ScanWords kTown{"city", "town", "compound", "building"};
    if (!doc_.may_hold<kTown>(cb, ce)) {
        return nullptr;
    }
    bool referred = false, seat = false, city = false;
    for (std::size_t k = cb + 1; k < ce && !referred; ++k) {
        const auto w = doc_.lower(k);
        // ("in the city", "the town's market"; not "the city of Mosul", "a town near")
        referred = (w == "city" || w == "town") && doc_.lower(k - 1) == "the" &&
                   !(k + 1 < ce && doc_.lower(k + 1) == "of") &&
                   !(k >= cb + 2 && (doc_.lower(k - 2) == "outside" || doc_.lower(k - 2) == "of"));
        city = referred && w == "city";
        // ("raised the flag over the government compound", "stormed the governorate
        // building": a town's seat of government is in the town)
        if (!referred && (w == "compound" || w == "building") && k >= cb + 2 &&
            !(k + 1 < ce && doc_.lower(k + 1) == "of")) {
            const auto a = doc_.lower(k - 1);
            const auto b = doc_.lower(k - 2);
            referred = (a == "government" && b == "the") || (a == "governorate" && b == "the") ||
                       (a == "government" && b == "provincial" && k >= cb + 3 &&
                        doc_.lower(k - 3) == "the") ||
                       ((a == "council" && (b == "provincial" || b == "district")) && k >= cb + 3 &&
                        doc_.lower(k - 3) == "the");
            seat = referred;
        }
    }
    if (!referred) {
        return nullptr;
    }
    // (A report datelined from a town has its seat of government there: "KIRKUK - ... Since
    // then the city has been run from Baghdad ... students marched to the governorate
    // building". "The city" is the dateline's too, when no town was named just before.)
    const Toponym* dateline = nullptr;
    for (std::size_t i = 0; (seat || city) && i < toponyms_.size(); ++i) {
        const auto& t = toponyms_[i];
        if (doc_.sentences()[t.sentence].paragraph > 1) {
            break;
        }
        if (t.role == ToponymRole::dateline && t.place() != nullptr && is_populated(*t.place()) &&
            t.place()->feature_code != "PPLX") {
            dateline = &t;
            break;
        }
    }
    const std::size_t paragraph = doc_.sentences()[sentence].paragraph;
    const auto by_begin = [](const Toponym& t, std::size_t at) { return t.begin < at; };
    auto it = std::lower_bound(toponyms_.begin(), toponyms_.end(), cb, by_begin);
    while (it != toponyms_.begin()) {
        --it;
        const auto& t = *it;
        if (doc_.sentences()[t.sentence].paragraph + 1 < paragraph) {
            break;
        }
        if (t.place() == nullptr ||
            (t.role != ToponymRole::place && t.role != ToponymRole::qualifier)) {
            continue;
        }
        // (a seat of government is not the capital a town is run from: "Since then the city
        // has been run from Baghdad")
        // (nor a town people went to or came from, nor a foreign one: "pulled back towards
        // Erbil", "flights from Sulaimani", "Ankara, which closed its airspace")
        // ("leaving for Sulaymaniyah and Erbil": the word before the list of names)
        std::size_t before = t.begin;
        while (before > 1 && before + 8 > t.begin &&
               (doc_.tokens()[before - 1].is(text::kCapitalized) ||
                doc_.lower(before - 1) == "and" || doc_.surface(before - 1) == ",")) {
            --before;
        }
        const auto prep = before > 0 ? doc_.lower(before - 1) : text::TokenText();
        // (nor a town a place is measured from: "Amarah lies ... some 170 km north of Basra",
        // "Tarmiyah, north of Baghdad")
        if (measured_from(doc_, t.begin)) {
            continue;
        }
        // (nor a town told as lying some way from here: "protesters in Shatra, 40 km to the
        // north, set fire to an office. ... troops shot dead 25 people on the city's bridges")
        if (const std::size_t a = t.designator_end;
            a < doc_.tokens().size() && doc_.surface(a) == "," &&
            distance_follows(doc_, a + 1, doc_.tokens().size())) {
            continue;
        }
        // (nor a road named after a town: "avoid the Baghdad road")
        if (seat && t.begin > 0 &&
            (prep == "from" || prep == "towards" || prep == "to" || prep == "for" ||
             t.place()->country_code != focus_.country ||
             (t.designator_end < doc_.tokens().size() &&
              is_road_word(doc_.lower(t.designator_end))))) {
            continue;
        }
        // (nor, for "the town" too, a town supplies came from: "Helicopters brought flour from
        // Baghdad. ... the army broke the siege and entered the town")
        if (!seat && prep == "from" && t.place()->feature_code == "PPLC") {
            continue;
        }
        if (is_populated(*t.place()) && t.place()->feature_code != "PPLX") {
            return &t;
        }
    }
    return dateline;
}

bool ArticlePass::struck_sites(std::size_t at, std::size_t ce) const {
    static const WordSet kSites = {"facilities", "facility", "sites",     "targets",
                                   "depots",     "depot",    "positions", "headquarters",
                                   "compounds",  "compound", "bases",     "hideouts"};
    for (std::size_t k = at; k < ce && k < at + 6; ++k) {
        if (kSites.contains(doc_.word(k))) {
            return true;
        }
        if (doc_.surface(k) == "," || doc_.lower(k) == "and") {
            break;
        }
    }
    return false;
}

std::size_t ArticlePass::past_weekday_lead(std::size_t k, std::size_t e) const {
    while (k < e && (doc_.lower(k) == "on" || doc_.surface(k) == "(" || doc_.surface(k) == "," ||
                     text::weekday_from_word(doc_.lower(k)) >= 0)) {
        ++k;
    }
    return k;
}

/// What strikes do to what they hit: "Strikes hit facilities", "the strikes destroyed".
const WordSet& strike_verbs() {
    static const WordSet kHit = {"hit", "struck", "targeted", "pounded", "destroyed"};
    return kHit;
}

const Draft* ArticlePass::the_strikes_again(std::size_t cb, std::size_t at) const {
    const WordSet& kHit = strike_verbs();
    // (the verb after the noun, or the noun before the verb)
    std::size_t noun = at; // ("The strikes in Iraq hit facilities near al-Qaim": the noun
                           // before a country or region the strikes were in)
    if (at + 1 < doc_.tokens().size() &&
        (doc_.lower(at) == "strikes" || doc_.lower(at) == "strike") &&
        kHit.contains(doc_.word(at + 1))) {
        ++at;
    } else if (at + 3 < doc_.tokens().size() && doc_.lower(at) == "strikes" &&
               doc_.lower(at + 1) == "in" && doc_.tokens()[at + 2].is(text::kCapitalized) &&
               kHit.contains(doc_.word(at + 3))) {
        at += 3;
    }
    if (at < cb + 2 || !kHit.contains(doc_.word(at))) {
        return nullptr;
    }
    if (noun + 3 != at) {
        noun = at - 1;
        if (at >= cb + 4 && doc_.lower(at - 2) == "in" &&
            doc_.tokens()[at - 1].is(text::kCapitalized) &&
            (doc_.lower(at - 3) == "strikes" || doc_.lower(at - 3) == "strike")) {
            noun = at - 3;
        }
    }
    const auto n = doc_.lower(noun);
    const auto d = noun > cb ? doc_.lower(noun - 1) : text::TokenText();
    if ((n != "strikes" && n != "strike") || (d != "the" && d != "these" && d != "those")) {
        return nullptr;
    }
    return latest_strikes(doc_.sentence_of(cb));
}

/// The latest strike or bombing told, a few paragraphs back at most, but not the attack of a
/// motive told in between ("in response to a drone attack that killed three soldiers").
const Draft* ArticlePass::latest_strikes(std::size_t here) const {
    for (auto e = drafts_.rbegin(); e != drafts_.rend(); ++e) {
        if (e->last_sentence + kReferenceWindow < here) {
            break;
        }
        // (a state's strikes are typed when the report is finished: ask the trigger word too)
        const bool struck = std::any_of(e->heads.begin(), e->heads.end(), [](const auto& h) {
            return h == "struck" || h == "strikes" || h == "strike" || h == "air strikes" ||
                   h == "airstrikes";
        });
        if ((struck || e->type.event_type == "Explosions/Remote violence") && !e->background_cue) {
            return &*e;
        }
    }
    return nullptr;
}

bool ArticlePass::strikes_as_subject(std::size_t cb, std::size_t at) const {
    const WordSet& kHit = strike_verbs();
    static const WordSet kHead = {"new", "fresh", "further", "overnight", "heavy", "more"};
    if (at <= cb || at >= doc_.tokens().size() || doc_.lower(at - 1) != "strikes" ||
        !kHit.contains(doc_.word(at))) {
        return false;
    }
    const std::size_t s = at - 1;
    return s == cb || !doc_.tokens()[s - 1].is(text::kWord) || kHead.contains(doc_.word(s - 1));
}

/// "On 16 October 2017, troops rolled into Kirkuk. Four days later, on 20 October, ...": a day
/// and month told without a year in a paragraph that has just named a full date take that
/// date's year when they fall within four months after it (not the latest such day before the
/// report).
void ArticlePass::narrative_year(DateMention& d, std::size_t sentence) const {
    if (d.precision != 1 || d.past_cue || d.since) {
        return;
    }
    bool month = false, ordinal = false;
    for (std::size_t k = d.begin; k < d.end; ++k) {
        if (year_number(doc_, k) > 0) {
            return; // the year is told
        }
        month = month || text::month_from_word(doc_.lower(k)) > 0;
        ordinal = ordinal || (k > d.begin && doc_.tokens()[k - 1].is(text::kNumber) &&
                              (doc_.lower(k) == "st" || doc_.lower(k) == "nd" ||
                               doc_.lower(k) == "rd" || doc_.lower(k) == "th"));
    }
    // ("In March 2016 the army ... On the 5th, ...": a day told alone is of the month the
    // paragraph named last; else the last such day before the report, as found.)
    const bool day_alone = !month && ordinal && d.end == d.begin + 4;
    if (!month && !day_alone) {
        return;
    }
    const auto paragraph = doc_.sentences()[sentence].paragraph;
    std::size_t from = doc_.sentences()[sentence].token_begin;
    for (std::size_t s = sentence; s > 0 && doc_.sentences()[s - 1].paragraph == paragraph; --s) {
        from = doc_.sentences()[s - 1].token_begin;
    }
    const DateMention* anchor = nullptr;
    const auto earlier = find_dates(doc_, from, d.begin, article_.published);
    if (day_alone) {
        // (Any month the paragraph told, however long before: only a month that opens its
        // sentence, or one of the three months before the report, cost a held-out corpus a
        // found event. So "The uprising began in March 2011. On the 21st, ..." in a report of
        // May 2019 is read as 21 March 2011, and "The ceasefire agreed in February has
        // collapsed. On the 3rd" as 3 February: open.)
        for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
            if (it->precision <= 3 && !it->year_only && !it->since) {
                if (Date::valid(it->date.year, it->date.month, d.date.day)) {
                    d.date = Date{it->date.year, it->date.month, d.date.day};
                }
                break;
            }
        }
        return;
    }
    // ("Later that month, on 28 September": the month told before, with its year)
    bool that_month = false;
    for (std::size_t k = doc_.sentences()[sentence].token_begin; k + 1 < d.begin; ++k) {
        that_month = that_month || ((doc_.lower(k) == "that" || doc_.lower(k) == "same") &&
                                    (doc_.lower(k + 1) == "month" || doc_.lower(k + 1) == "year"));
    }
    for (const auto& e : earlier) {
        const bool year_told = writes_year(doc_, e);
        // ("In September 2018, ... on 7 September they stormed the consulate": a month with
        // its year anchors the days after it too)
        // (in the same sentence: "Mosul fell in June 2014 ... The militants blew up the mosque
        // on June 21" is of the report's year)
        // (a week is as exact: "in the first week of August 2014 ... On 16 August")
        if (year_told &&
            (e.precision <= 2 ||
             (e.precision == 3 && !e.year_only &&
              (that_month || e.begin >= doc_.sentences()[sentence].token_begin))) &&
            !e.since) {
            anchor = &e;
        }
    }
    // "... the morning of 22 February 2006, when bombs brought down the golden dome ..." and,
    // opening the next paragraph, "On the evening of 23 February, gunmen ... shot 47
    // workers": a day told in the paragraph just before, with its year, anchors one within
    // the month after it.
    std::vector<DateMention> before_paragraph;
    if (anchor == nullptr && from > 0 &&
        doc_.sentences()[doc_.sentence_of(from - 1)].paragraph + 1 == paragraph &&
        d.begin <= doc_.sentences()[sentence].token_begin + 4) {
        std::size_t pb = from - 1;
        while (pb > 0 && doc_.sentences()[doc_.sentence_of(pb - 1)].paragraph + 1 == paragraph) {
            --pb;
        }
        before_paragraph = find_dates(doc_, pb, from, article_.published);
        // (a date of telling is no anchor: "Recorded 2 March 2020 at a community centre")
        const auto told_on = [&](const DateMention& e) {
            for (std::size_t k = e.begin; k > pb && k + 3 > e.begin; --k) {
                const auto w = doc_.lower(k - 1);
                if (w == "recorded" || w == "posted" || w == "published" || w == "updated" ||
                    w == "issued" || w == "dated" || w == "filed" || w == "written") {
                    return true;
                }
            }
            return false;
        };
        for (const auto& e : before_paragraph) {
            if (writes_year(doc_, e) && e.precision == 1 && !e.since && !told_on(e) &&
                Date::valid(e.date.year, d.date.month, d.date.day)) {
                const long after = Date{e.date.year, d.date.month, d.date.day}.days_since_epoch() -
                                   e.date.days_since_epoch();
                if (after >= 0 && after <= 31) {
                    anchor = &e;
                }
            }
        }
    }
    // "In the spring of 2022, ...: on 2 May, the army and the YBS fought": a year told alone
    // earlier in the same sentence is the year of the day and month after it.
    const DateMention* year_anchor = nullptr;
    if (anchor == nullptr) {
        for (const auto& e : earlier) {
            if (e.year_only && !e.since && e.begin >= doc_.sentences()[sentence].token_begin) {
                year_anchor = &e;
            }
        }
    }
    // ("Iraq remained the country most affected by terrorism in 2016, ... The deadliest attack
    // of the year was the suicide truck bombing of 3 July in Karrada": the one year the
    // paragraph named before, when the day's sentence points back to it, "of the year", "that
    // year". Any year before would do, tried: "sheltered relatives since the city fell in 2014.
    // ... the air strike of 17 March" is of the report's year.)
    bool of_the_year = that_month;
    for (std::size_t k = doc_.sentences()[sentence].token_begin; k + 2 < d.begin && !of_the_year;
         ++k) {
        of_the_year =
            doc_.lower(k) == "of" && doc_.lower(k + 1) == "the" && doc_.lower(k + 2) == "year";
    }
    if (anchor == nullptr && year_anchor == nullptr && of_the_year) {
        for (const auto& e : earlier) {
            if (!e.year_only || e.since) {
                continue;
            }
            if (year_anchor != nullptr && year_anchor->date.year != e.date.year) {
                year_anchor = nullptr; // (two years: which one is not told)
                break;
            }
            year_anchor = &e;
        }
    }
    if (year_anchor != nullptr && year_anchor->date.year != d.date.year &&
        Date::valid(year_anchor->date.year, d.date.month, d.date.day)) {
        const Date moved{year_anchor->date.year, d.date.month, d.date.day};
        if (!article_.published ||
            moved.days_since_epoch() <= article_.published->days_since_epoch()) {
            d.date = moved;
        }
        return;
    }
    // "Q: Tell me about March 2020. A: The 11th of March.": the month a question or a topic line
    // just before names with its year, telling no event itself, is the month the day falls in.
    std::vector<DateMention> topic;
    if (anchor == nullptr && year_anchor == nullptr) {
        const std::size_t ds = doc_.sentence_of(d.begin);
        if (ds > 0) {
            const auto& prev = doc_.sentences()[ds - 1];
            topic = find_dates(doc_, prev.token_begin, prev.token_end, article_.published);
            if (topic.size() == 1 && topic.front().precision == 3 && !topic.front().year_only &&
                !topic.front().since && topic.front().date.month == d.date.month &&
                cues_in(prev.token_begin, prev.token_end).empty() &&
                writes_year(doc_, topic.front())) {
                anchor = &topic.front();
            }
        }
    }
    // "Country Reports on Terrorism 2016: Iraq" published in July 2017: "On May 11, a car
    // bomb ..." is of the year the report covers, not of the year it came out.
    if (anchor == nullptr && year_anchor == nullptr) {
        if (const int y = title_year();
            y > 0 && d.date.year > y && Date::valid(y, d.date.month, d.date.day)) {
            d.date = Date{y, d.date.month, d.date.day};
        }
        return;
    }
    if (anchor == nullptr || anchor->date.year == d.date.year) {
        return;
    }
    const int y = anchor->date.year;
    if (!Date::valid(y, d.date.month, d.date.day)) {
        return;
    }
    const Date moved{y, d.date.month, d.date.day};
    // ("on the 7th of July 2007 ... On Sunday the 31st of August": a weekday told with the
    // day that falls on it in the report's year, not in the year before, keeps its year)
    for (std::size_t k = d.begin; k > 0 && k + 3 > d.begin; --k) {
        const int wd = text::weekday_from_word(doc_.lower(k - 1));
        if (wd >= 0) {
            if (d.date.weekday() == wd && moved.weekday() != wd) {
                return;
            }
            break;
        }
        if (doc_.lower(k - 1) != "the" && doc_.surface(k - 1) != ",") {
            break;
        }
    }
    const long after = moved.days_since_epoch() - anchor->date.days_since_epoch();
    // (or shortly before it: "on 28 November 2019 ... followed the burning of the consulate
    // on the evening of 27 November")
    if (after >= -31 && after <= 120) {
        d.date = moved;
    }
}

int ArticlePass::title_year() const {
    if (title_year_ >= 0) {
        return title_year_;
    }
    title_year_ = 0;
    if (!article_.published || article_.title.size() < 6) {
        return 0;
    }
    const Document title(article_.title);
    const std::size_t n = title.tokens().size();
    int found = 0;
    // (a report's title: "Country Reports on Terrorism 2016", "Annual report 2024"; not a
    // story's, "Iraq protests 2019", "Sinjar 2014: five years on", "Reporters' diary")
    bool report = false;
    for (std::size_t k = 0; k < n; ++k) {
        const auto w = title.lower(k);
        report = report || w == "report" || w == "reports" || w == "review" || w == "reviews" ||
                 w == "annual" || w == "yearbook";
        const int year = year_number(title, k);
        if (year < 0) {
            continue;
        }
        // (one year, after a word, ending the title or before its colon: not a range or a
        // date, "1948-2003", "14/2003", "10 January 2006"; nor after a word that makes the
        // year a time or a name, "since 2014", "Iraq after 2017", "in 2020", "Vision 2018")
        const auto before = k > 0 ? title.lower(k - 1) : text::TokenText();
        const bool ends = k + 1 == n || title.surface(k + 1) == ":" || title.surface(k + 1) == "|";
        if (found != 0 || k == 0 || !title.tokens()[k - 1].is(text::kWord) || !ends ||
            text::month_from_word(before) != 0 || before == "since" || before == "after" ||
            before == "before" || before == "until" || before == "from" || before == "of" ||
            before == "in" || before == "vision" || before == "and" || before == "to" ||
            before == "by") {
            return 0;
        }
        found = year;
    }
    if (report && found >= 1990 && found < article_.published->year) {
        title_year_ = found;
    }
    return title_year_;
}

/// The trigger [b, e) is the noun "strike" after a determiner ("a strike on", "the strike
/// near", "another strike"), not the verb ("gunmen strike a checkpoint").
bool ArticlePass::strike_noun(std::size_t b, std::size_t e) const {
    if (e != b + 1 || b == 0) {
        return false;
    }
    const auto w = doc_.lower(b);
    if (w != "strike" && w != "strikes") {
        return false;
    }
    static const WordSet kDeterminers = {"a",      "the",   "another", "this",  "that",
                                         "these",  "those", "second",  "third", "latest",
                                         "deadly", "such",  "its",     "their", "overnight"};
    return kDeterminers.contains(doc_.lower(b - 1));
}

bool ArticlePass::state_strikes_on_day(std::size_t b, std::size_t e, std::size_t at) const {
    bool state = false;
    for (const auto& a : actors_in(b, e)) {
        // (at the clause's head, or the subject just before the strikes: "After repeated
        // Kataib Hezbollah attacks on Iraqi bases, U.S. forces today conducted precision
        // defensive strikes")
        state = state || ((a.inter == 1 || a.inter == 8) && a.end <= at &&
                          (a.begin < b + 6 || at <= a.end + 5));
    }
    if (!state) {
        return false;
    }
    for (const auto& d : find_dates(doc_, b, e, article_.published)) {
        if (d.precision == 1 && !d.since && !d.past_cue) {
            return true;
        }
    }
    return false;
}

PlaceChoice ArticlePass::site_named_before(std::size_t sentence) const {
    static constexpr auto kSiteWords = std::to_array<std::string_view>(
        {"station", "school", "mosque", "market", "hospital", "prison", "church", "shrine",
         "checkpoint", "compound", "camp", "base", "airport", "hotel", "refinery"});
    static const WordSet kSites(kSiteWords);
    const auto& here = doc_.sentences()[sentence];
    if (!doc_.may_hold<kSiteWords>(here.token_begin, here.token_end)) {
        return {};
    }
    text::TokenText site;
    for (std::size_t k = here.token_begin; k + 1 < here.token_end && site.empty(); ++k) {
        if (doc_.lower(k) == "the" && kSites.contains(doc_.word(k + 1)) &&
            !is_aftermath_or_destination(here.token_begin, k + 1)) {
            site = doc_.lower(k + 1);
        }
    }
    if (site.empty()) {
        return {};
    }
    // (not a site the sentence itself has just introduced: "stormed a police station near the
    // Syrian border ... setting the station on fire")
    for (std::size_t k = here.token_begin; k + 1 < here.token_end; ++k) {
        const auto w = doc_.lower(k);
        if ((w == "a" || w == "an" || w == "another") && k + 3 < here.token_end &&
            (doc_.lower(k + 1) == site || doc_.lower(k + 2) == site || doc_.lower(k + 3) == site)) {
            return {};
        }
    }
    // (the nearest site of that kind named with a place, within the paragraphs just before)
    const std::size_t from = doc_.sentences()[sentence >= 6 ? sentence - 6 : 0].token_begin;
    const auto [lo, hi] = toponyms_near(from, here.token_begin);
    for (std::size_t i = hi; i-- > lo;) {
        const auto& t = toponyms_[i];
        if (t.begin < from || t.end > here.token_begin || t.place() == nullptr ||
            t.role != ToponymRole::place || is_country(*t.place()) || is_admin1(*t.place())) {
            continue;
        }
        std::size_t limit = t.end + 3;
        for (std::size_t k = t.designator_end > t.end ? t.designator_end - 1 : t.end;
             k < here.token_begin && k < limit; ++k) {
            // (past the name in another script: "the Iskandariya (الاسكندرية) police station")
            if (doc_.surface(k) == "(" && k == t.end) {
                std::size_t close = k + 1;
                while (close < here.token_begin && close < k + 6 && doc_.surface(close) != ")") {
                    ++close;
                }
                if (close < here.token_begin && doc_.surface(close) == ")") {
                    limit += close + 1 - k;
                    k = close;
                    continue;
                }
            }
            if (doc_.lower(k) == site) {
                PlaceChoice pc = choice_of(*t.place(), static_cast<int>(i));
                pc.text = std::string(doc_.span_text(t.begin, k + 1));
                return pc;
            }
            if (!doc_.tokens()[k].is(text::kWord)) {
                break;
            }
        }
    }
    return {};
}

PlaceChoice ArticlePass::place_told_before(std::size_t sentence) const {
    const auto& prev = doc_.sentences()[sentence - 1];
    const auto& here = doc_.sentences()[sentence];
    for (const auto& d : drafts_) {
        if (d.first_sentence <= sentence - 1 && d.last_sentence >= sentence - 1) {
            return {}; // (an event of its own there)
        }
    }
    // (where someone came from is not where they were: "originally from the eastern
    // countryside of Aleppo")
    const auto from_before = [&](std::size_t at) {
        for (std::size_t k = at; k > prev.token_begin && k + 7 > at; --k) {
            const auto w = doc_.lower(k - 1);
            if (w == "from") {
                return true;
            }
            if (w == "," || w == ";" || w == "in" || w == "at" || w == "to") {
                return false;
            }
        }
        return false;
    };
    // ("Um Ali now lives in a camp near Duhok.")
    const auto lives_now = [&](std::size_t at) {
        bool now = false;
        for (std::size_t k = prev.token_begin; k < at; ++k) {
            const auto w = doc_.lower(k);
            now = now || w == "now" || w == "today" || w == "currently";
            if (now && (w == "lives" || w == "live" || w == "living" || w == "resides" ||
                        w == "stays" || w == "sheltering")) {
                return true;
            }
        }
        return false;
    };
    const Toponym* one = nullptr;
    const Toponym* measured = nullptr;
    const auto [lo, hi] = toponyms_near(prev.token_begin, here.token_end);
    for (std::size_t i = lo; i < hi; ++i) {
        const auto& t = toponyms_[i];
        if (t.begin < prev.token_begin || t.end > here.token_end || t.place() == nullptr) {
            continue;
        }
        if (t.begin >= here.token_begin) {
            return {}; // (the event's sentence names a place it did not take)
        }
        const auto& cc = t.place()->country_code;
        // (nor where the wounded, the dead or the fleeing went, "taken to the main hospital in
        // Kirkuk", "Funerals were held in Najaf", "fled to Mosul", nor where someone lives now)
        if (t.role != ToponymRole::place || (cc != focus_.country && cc != "IQ" && cc != "SY") ||
            is_country(*t.place()) || is_admin1(*t.place()) || from_before(t.begin) ||
            is_aftermath_or_destination(prev.token_begin, t.begin) || lives_now(t.begin)) {
            continue;
        }
        if (measured_from(doc_, t.begin)) {
            measured = &t;
            continue;
        }
        if (one != nullptr && one->place()->id != t.place()->id) {
            return {}; // (two places: no one of them)
        }
        one = &t;
    }
    const Toponym* chosen = measured != nullptr ? measured : one;
    if (chosen == nullptr || !(is_populated(*chosen->place()) || is_facility(*chosen->place()))) {
        return {};
    }
    PlaceChoice pc = choice_of(*chosen->place(), static_cast<int>(chosen - toponyms_.data()));
    pc.text = std::string(doc_.span_text(chosen->begin, chosen->end));
    if (chosen == measured) {
        const std::size_t b = apply_relative(doc_, prev.token_begin, chosen->begin, pc);
        pc.text = std::string(doc_.span_text(b, chosen->end));
    }
    pc.precision = std::max(pc.precision, 2);
    return pc;
}

bool ArticlePass::happened_on(std::size_t sentence, std::size_t cb, std::size_t ce) {
    if (drafts_.empty() || drafts_.back().last_sentence + 1 < sentence || cb + 3 >= ce) {
        return false;
    }
    std::size_t k = cb;
    const auto first = doc_.lower(k);
    if (first == "the" && k + 1 < ce) {
        static const WordSet kEvents = {"attack",   "incident", "blast",  "bombing",
                                        "shooting", "strike",   "ambush", "explosion"};
        if (!kEvents.contains(doc_.word(k + 1))) {
            return false;
        }
        k += 2;
    } else if (first == "it" || first == "this") {
        ++k;
    } else {
        return false;
    }
    const auto v = doc_.lower(k);
    const bool happened = v == "happened" || v == "occurred" ||
                          (v == "took" && k + 1 < ce && doc_.lower(k + 1) == "place");
    if (!happened) {
        return false;
    }
    const auto dates = find_dates(doc_, k + 1, ce, reference_of(sentence));
    if (dates.size() != 1 || dates.front().precision != 1 || dates.front().since) {
        return false;
    }
    if (explain_ != nullptr) {
        *explain_ << "clause '" << doc_.span_text(cb, ce) << "': the day of the event told before, "
                  << dates.front().date.iso() << "\n";
    }
    drafts_.back().date = dates.front();
    return true;
}

void ArticlePass::targets_of_last(std::size_t sentence, std::size_t cb, std::size_t ce) {
    if (drafts_.empty() || drafts_.back().last_sentence + 1 < sentence ||
        (drafts_.back().type.event_type != "Explosions/Remote violence" &&
         !drafts_.back().type.from_generic_attack)) {
        return;
    }
    bool targets = false;
    for (std::size_t k = cb; k < ce && k < cb + 4; ++k) {
        const auto w = doc_.lower(k);
        // (and "Four of the facilities are in Syria, near al-Mayadeen and Abu Kamal")
        targets = targets || w == "targets" || w == "targeted" || w == "target" ||
                  (k > cb && doc_.lower(k - 1) == "the" &&
                   (w == "facilities" || w == "sites" || w == "locations"));
    }
    // "... struck three facilities: two in eastern Syria, near al-Mayadin, and one in Iraq,
    // close to al-Qaim": the list after the colon.
    targets = targets ||
              (cb > 0 && doc_.surface(cb - 1) == ":" && drafts_.back().last_sentence == sentence);
    Draft& last = drafts_.back();
    const bool whole_country = !last.place.located() || is_country(last.place.place);
    if (!targets || !whole_country) {
        return;
    }
    std::vector<PlaceChoice> places;
    const auto [lo, hi] = toponyms_near(cb, ce);
    for (std::size_t i = lo; i < hi; ++i) {
        const auto& t = toponyms_[i];
        if (t.begin < cb || t.end > ce || t.place() == nullptr || t.role != ToponymRole::place ||
            is_country(*t.place()) || is_admin1(*t.place()) ||
            (last.place.located() && t.place()->country_code != last.place.place->country_code)) {
            continue;
        }
        // "near Al-Qaim in western Iraq": the qualifier is not a target of its own.
        bool qualifies = false;
        for (std::size_t j = lo; j < hi; ++j) {
            qualifies = qualifies || toponyms_[j].qualifier == static_cast<int>(i);
        }
        // ("a command post near Jurf al-Sakhar, south of Baghdad": the reference is no target.)
        std::size_t direction_words = 0;
        if (t.begin >= cb + 2 && doc_.lower(t.begin - 1) == "of" &&
            direction_degrees(doc_, t.begin - 2, ce, direction_words) >= 0) {
            qualifies = true;
        }
        // ("at the Imam Ali air base near Nasiriyah": the town the site is near is no target.)
        if (i > lo && t.begin >= cb + 1 && doc_.lower(t.begin - 1) == "near" &&
            toponyms_[i - 1].designator_end + 1 == t.begin && toponyms_[i - 1].place() != nullptr &&
            is_facility(*toponyms_[i - 1].place())) {
            qualifies = true;
        }
        // (nor a record's old place: "location moved from Kirkuk to Dibis")
        if (qualifies || is_origin(cb, t.begin)) {
            continue;
        }
        PlaceChoice pc = choice_of(*t.place(), static_cast<int>(i));
        pc.text = std::string(doc_.span_text(t.begin, t.designator_end));
        if (t.begin >= cb + 1 && doc_.lower(t.begin - 1) == "near") {
            pc.precision = 2;
        }
        places.push_back(std::move(pc));
    }
    // ("five on Erbil, at least one of them near Erbil International Airport": the town told
    // more exactly by a site of it named after it is one target)
    for (std::size_t k = 0; k + 1 < places.size();) {
        const Place& town = places[k].place;
        const bool finer =
            is_populated(town) &&
            std::any_of(places.begin() + static_cast<std::ptrdiff_t>(k) + 1, places.end(),
                        [&](const PlaceChoice& q) {
                            return is_facility(q.place) && q.place->name.starts_with(town.name) &&
                                   geo::approx_distance_km({town.lat, town.lon},
                                                           {q.place->lat, q.place->lon}) <= 15.0;
                        });
        if (finer) {
            places.erase(places.begin() + static_cast<std::ptrdiff_t>(k));
        } else {
            ++k;
        }
    }
    if (places.empty()) {
        return;
    }
    if (explain_ != nullptr) {
        *explain_ << "clause '" << doc_.span_text(cb, ce) << "': the targets of the event told "
                  << "before, at " << places.size() << " place(s)\n";
    }
    Draft base = last;
    last.place = places.front();
    last.toponyms.push_back(places.front().toponym);
    last.last_sentence = std::max(last.last_sentence, sentence);
    for (std::size_t k = 1; k < places.size(); ++k) {
        Draft copy = base;
        copy.place = places[k];
        copy.toponyms = {places[k].toponym};
        copy.killed.reset(); // (the toll, if any, is told once)
        copy.injured.reset();
        copy.last_sentence = sentence;
        drafts_.push_back(std::move(copy));
    }
}

bool ArticlePass::more_elsewhere(std::size_t sentence, std::size_t cb, std::size_t ce) {
    if (drafts_.empty() || drafts_.back().last_sentence != sentence || cb + 3 >= ce ||
        doc_.lower(cb + 1) != "more") {
        return false;
    }
    const auto p = doc_.lower(cb + 2);
    const auto q = parse_quantity(doc_, cb, cb + 1, false);
    if ((p != "at" && p != "in" && p != "near") || !q || q->vague) {
        return false;
    }
    const Draft& last = drafts_.back();
    if (!last.place.located() || !violent(last) || (!last.killed && !last.injured)) {
        return false;
    }
    std::vector<int> used;
    const PlaceChoice pc = choose_place(cb + 2, ce, cb + 2, used, nullptr, false);
    if (!pc.located() || pc.place->id == last.place.place->id) {
        return false;
    }
    if (explain_ != nullptr) {
        *explain_ << "clause '" << doc_.span_text(cb, ce) << "': the event told before, again at "
                  << pc.place->name << "\n";
    }
    Draft copy = last;
    copy.place = pc;
    copy.toponyms = used;
    copy.killed.reset();
    copy.injured.reset();
    (last.killed ? copy.killed : copy.injured) = q->value;
    copy.first_sentence = copy.last_sentence = sentence;
    drafts_.push_back(std::move(copy));
    return true;
}

bool ArticlePass::protest_heading() const {
    const auto names = [](std::string_view t) {
        for (std::size_t k = 0; k + 7 <= t.size(); ++k) {
            if ((t[k] == 'p' || t[k] == 'P') &&
                (t.substr(k + 1, 6) == "rotest" || t.substr(k + 1, 6) == "ROTEST")) {
                return true;
            }
        }
        return false;
    };
    if (names(article_.title)) {
        return true;
    }
    const auto& pars = doc_.paragraphs();
    return !pars.empty() && pars[0].token_end > pars[0].token_begin &&
           names(doc_.span_text(pars[0].token_begin, pars[0].token_end));
}

PlaceChoice ArticlePass::label_place(int label) const {
    const Toponym& t = toponyms_[static_cast<std::size_t>(label)];
    const Place& p = *t.place();
    PlaceChoice pc = choice_of(p, label);
    pc.precision = is_populated(p) || is_facility(p) ? 1 : 3;
    pc.text = std::string(doc_.span_text(t.begin, t.end));
    return pc;
}

int ArticlePass::section_label(std::size_t par) const {
    if (!section_labels_) {
        section_labels_.emplace();
        for (std::size_t i = 0; i < toponyms_.size(); ++i) {
            const auto& t = toponyms_[i];
            const std::size_t p = doc_.sentences()[t.sentence].paragraph;
            if (t.role == ToponymRole::dateline && t.place() != nullptr &&
                (section_labels_->empty() || section_labels_->back().first != p)) {
                section_labels_->emplace_back(p, static_cast<int>(i));
            }
        }
        if (section_labels_->size() < 2) {
            section_labels_->clear();
        }
    }
    for (const auto& [p, i] : *section_labels_) {
        if (p == par) {
            return i;
        }
    }
    return -1;
}

std::pair<std::size_t, std::size_t> ArticlePass::misreport_span(std::size_t sentence) const {
    static const WordSet kItems = {"article",  "report",     "story",    "headline",
                                   "caption",  "item",       "brief",    "edition",
                                   "version",  "photograph", "picture",  "sentence",
                                   "dispatch", "piece",      "report's", "article's"};
    static const WordSet kOpeners = {"our",      "an",   "the",   "a",     "earlier",
                                     "first",    "this", "that",  "its",   "previous",
                                     "original", "web",  "print", "online"};
    static const WordSet kTold = {"said",       "read",      "reported", "stated",   "described",
                                  "called",     "spoke",     "put",      "gave",     "named",
                                  "carried",    "captioned", "quoted",   "referred", "misstated",
                                  "misspelled", "concerned", "claimed",  "wrote"};
    const auto& sent = doc_.sentences()[sentence];
    // (up to a semicolon after it: "Our report said the bomb went off in Kut; it exploded in
    // Aziziyah")
    const auto told_to = [&](std::size_t from) -> std::size_t {
        for (std::size_t j = from; j + 1 < sent.token_end; ++j) {
            if (doc_.surface(j) == ";") {
                return j + 1;
            }
        }
        return sent.token_end;
    };
    const std::size_t head_end = std::min(sent.token_end, sent.token_begin + 20);
    for (std::size_t k = sent.token_begin; k < head_end; ++k) {
        if (!kItems.contains(doc_.word(k)) || k == sent.token_begin ||
            !kOpeners.contains(doc_.word(k - 1))) {
            continue;
        }
        // ("Our first web headline read \"...\"", "An article ... (World, 18 July, page 27)
        // said", "a caption that spoke of \"...\"", "an item of 9 September: \"...\"")
        for (std::size_t j = k + 1; j < sent.token_end && j < k + 24; ++j) {
            // ("The picture was not taken in Amarah": what it showed was not there)
            const bool denied = j + 1 < sent.token_end && doc_.lower(j + 1) == "not" &&
                                (doc_.lower(j) == "was" || doc_.lower(j) == "were") && j <= k + 2;
            if (denied || kTold.contains(doc_.word(j)) || doc_.surface(j) == "\"" ||
                doc_.surface(j) == "\u201c") {
                return {j, told_to(j)};
            }
        }
        for (std::size_t j = sent.token_begin; j < k; ++j) {
            if (kTold.contains(doc_.word(j))) {
                return {k, told_to(k)}; // ("A second complaint concerned an item of 9 September")
            }
        }
    }
    return {sent.token_begin, sent.token_begin};
}

bool ArticlePass::denied_question(std::size_t sentence) const {
    const auto& par = doc_.paragraph_of_sentence(sentence);
    const std::size_t b = par.token_begin;
    if (b + 1 >= par.token_end) {
        return false;
    }
    const auto w = doc_.surface(b);
    bool question = (w == "Q" || w == "QUESTION") && doc_.surface(b + 1) == ":";
    // ("Q (Rania Khalil, international wire): ...")
    if (w == "Q" && doc_.surface(b + 1) == "(") {
        for (std::size_t k = b + 2; k + 1 < par.token_end && k < b + 16; ++k) {
            if (doc_.surface(k) == ")") {
                question = doc_.surface(k + 1) == ":";
                break;
            }
        }
    }
    if (!question) {
        return false;
    }
    // The answer's first sentence denies it: "That is false.", "There was no clash", "This is
    // not true".
    const auto& pars = doc_.paragraphs();
    const std::size_t next = doc_.sentences()[sentence].paragraph + 1;
    if (next >= pars.size()) {
        return false;
    }
    for (std::size_t k = pars[next].token_begin;
         k < pars[next].token_end && k < pars[next].token_begin + 14; ++k) {
        const auto x = doc_.lower(k);
        if (doc_.surface(k) == "." || doc_.surface(k) == "?") {
            break;
        }
        if (x == "false" || x == "untrue" || x == "deny" || x == "denies" || x == "baseless" ||
            x == "fabricated" ||
            (x == "not" && k + 1 < pars[next].token_end && doc_.lower(k + 1) == "true") ||
            (x == "no" && k > pars[next].token_begin && doc_.lower(k - 1) == "was")) {
            return true;
        }
    }
    return false;
}

bool ArticlePass::told_at_other_places(const Draft& e, const Draft& m) const {
    // "08:05 Sadr City: a parked car ... blew up" and "11:40 Dora: a man ... detonated it": two
    // towns (or two quarters of a city) each named exactly for its own mention are two events.
    // (A quarter and its city may be one: "in Baghdad" and then "in the Karrada district".)
    // (The same for a toll told with its town: "125 people were killed in Karrada" is not the
    // Shaab bomb's.)
    // (Also the clauses of a sentence a semicolon parts: "a lawyer was shot dead in central
    // Nasiriyah; the same day a man was killed in a land dispute in Suq al-Shuyukh".)
    if (m.definite || e.casualty_only || !e.place.located() || !m.place.located() ||
        e.place.place->id == m.place.place->id ||
        (m.first_sentence <= e.last_sentence &&
         !(m.after_semicolon != 0 && m.first_sentence == e.last_sentence && m.place.toponym >= 0 &&
           toponyms_[static_cast<std::size_t>(m.place.toponym)].begin >= m.after_semicolon))) {
        return false;
    }
    // ("** BAGHDAD - A U.S. drone strike ... killed Soleimani" and "** TAJI - An air strike hit
    // a convoy near Taji": a roundup's items under labels of two places are two events.)
    const int label_e = section_label(doc_.sentences()[e.first_sentence].paragraph);
    const int label_m = section_label(doc_.sentences()[m.first_sentence].paragraph);
    if (label_e >= 0 && label_m >= 0 &&
        toponyms_[static_cast<std::size_t>(label_e)].place()->id !=
            toponyms_[static_cast<std::size_t>(label_m)].place()->id) {
        return true;
    }
    if (e.place.precision != 1 || m.place.precision != 1 || e.place.relative || m.place.relative) {
        return false;
    }
    const Place& p = e.place.place;
    const Place& q = m.place.place;
    // (A quarter and a town far from it are two: "14:20 Abu Ghraib: ..." then "17:50
    // Kadhimiya: ...".)
    return is_populated(p) && is_populated(q) &&
           ((p.feature_code == "PPLX") == (q.feature_code == "PPLX") ||
            geo::approx_distance_km({p.lat, p.lon}, {q.lat, q.lon}) > 12.0);
}

bool ArticlePass::toll_told_after(std::size_t from, std::size_t ce) const {
    for (std::size_t k = from; k + 2 < ce; ++k) {
        // (", which killed", ", in which ... died", or "a bomb that exploded near a market
        // last week, wounding four people")
        std::size_t r = k;
        if (doc_.surface(k) == ",") {
            r = k + 1;
            if (doc_.lower(r) == "in" && r + 1 < ce) {
                ++r;
            }
            if (doc_.lower(r) != "which") {
                continue;
            }
        } else if (doc_.lower(k) != "that" || k != from) {
            continue;
        }
        for (std::size_t v = r + 1; v < ce && v < r + 24; ++v) {
            const auto w = doc_.lower(v);
            if (w == "killed" || w == "died" || w == "dead" || w == "wounded" || w == "injured" ||
                w == "killing" || w == "wounding" || w == "injuring") {
                return true;
            }
            if (doc_.surface(v) == ";" ||
                (doc_.surface(v) == "," && !(v + 1 < ce && (doc_.lower(v + 1) == "killing" ||
                                                            doc_.lower(v + 1) == "wounding" ||
                                                            doc_.lower(v + 1) == "injuring")))) {
                break;
            }
        }
    }
    return false;
}

// "..., the climax of a week of unrest in which at least 12 demonstrators have died", "..., in
// protests that have killed more than 100 people since October": an aside after the event that
// tells the running toll of a movement or a period. Returns the aside's comma, or ce.
std::size_t ArticlePass::running_toll_aside(std::size_t from, std::size_t ce) const {
    static constexpr text::ScanWords kHave{"have", "which", "has"};
    if (!doc_.may_hold<kHave>(from, ce)) {
        return ce;
    }
    for (std::size_t k = from; k + 4 < ce; ++k) {
        if (doc_.surface(k) != "," && doc_.surface(k) != "\u2014") {
            continue;
        }
        // ("the climax of a week of unrest in which 12 people were killed": told in the past
        // after "in which" too)
        bool period = false, relative = false, perfect = false, since = false, dead = false,
             in_which = false;
        // (past the commas of a list inside it: "a week of unrest over polluted water, power
        // cuts and unemployment that has killed at least 12 people")
        for (std::size_t j = k + 1; j < ce && j < k + 30; ++j) {
            const auto w = doc_.lower(j);
            if (doc_.surface(j) == ";" || (doc_.surface(j) == "," && (perfect || dead))) {
                break;
            }
            if ((w == "week" || w == "weeks" || w == "month" || w == "months" || w == "days" ||
                 w == "years" || w == "year") &&
                j + 1 < ce && doc_.lower(j + 1) == "of") {
                period = true;
            }
            if (w == "which" || w == "that" || w == "whom") {
                relative = true;
                in_which = in_which || (period && w == "which" && doc_.lower(j - 1) == "in");
            }
            if (relative && (w == "have" || w == "has" || in_which)) {
                perfect = true;
            }
            since = since || (perfect && w == "since");
            dead = dead || (perfect && (w == "died" || w == "killed" || w == "dead" ||
                                        w == "wounded" || w == "injured"));
        }
        if (perfect && dead && (period || since)) {
            return k;
        }
    }
    return ce;
}

bool ArticlePass::other_list_item(const Draft& e, const Draft& m) const {
    // (The line m begins in: items are lines, a paragraph may hold several.)
    const auto& sentences = doc_.sentences();
    std::size_t line = m.first_sentence;
    while (line > e.last_sentence && sentences[line].token_begin != 0 &&
           !doc_.tokens()[sentences[line].token_begin].is(text::kNewlineBefore)) {
        --line;
    }
    // (Numbered or bulleted items, not a live blog's clock times: "09:00 - Update: Karrada toll
    // rises to 83 dead" is the bombing's. The segmenter may keep "2." a sentence of its own.)
    const std::size_t b = sentences[line].token_begin;
    if (line <= e.last_sentence || b + 1 >= doc_.tokens().size()) {
        return false;
    }
    if (text::is_bullet(doc_.surface(b)) ||
        (doc_.tokens()[b].is(text::kNumber) &&
         (doc_.surface(b + 1) == "." || doc_.surface(b + 1) == ")"))) {
        return true;
    }
    // An incident list's clock times ("14:00 - Armed dispute in Sadr City; one man killed")
    // are items too, but not a live blog's updates of a toll.
    if (!list_item(line)) {
        return false;
    }
    for (std::size_t k = b; k < sentences[m.last_sentence].token_end; ++k) {
        const auto w = doc_.lower(k);
        if (w == "update" || w == "updated") {
            return false;
        }
    }
    return true;
}

bool ArticlePass::told_on_other_days(const Draft& e, const Draft& m) const {
    if (m.casualty_only || m.definite || e.casualty_only || !m.date || !e.date ||
        m.date->precision != 1 || e.date->precision != 1 || m.date->date == e.date->date ||
        m.first_sentence <= e.last_sentence) {
        return false;
    }
    // Each day written in the sentence of its own event, and no night between the two days
    // ("late on Tuesday" and "early on Wednesday" may be one night's attack; "on Sunday" and
    // "on Monday night" are two days).
    const bool m_later = e.date->date.days_since_epoch() < m.date->date.days_since_epoch();
    const Draft& first = m_later ? e : m;
    const Draft& second = m_later ? m : e;
    const auto own_day = [&](const Draft& d, bool is_first) {
        const auto& date = *d.date;
        const auto& sentence = doc_.sentences()[d.first_sentence];
        if (date.begin >= date.end || date.begin < sentence.token_begin ||
            date.end > sentence.token_end) {
            return false;
        }
        const std::size_t lo =
            date.begin >= sentence.token_begin + 2 ? date.begin - 2 : sentence.token_begin;
        const std::size_t hi = std::min<std::size_t>(date.end + 2, sentence.token_end);
        for (std::size_t k = lo; k < hi; ++k) {
            const auto w = doc_.lower(k);
            const bool into_night = w == "night" || w == "late" || w == "evening" ||
                                    w == "overnight" || w == "midnight";
            const bool from_night =
                w == "early" || w == "overnight" || w == "midnight" || w == "dawn";
            if (is_first ? into_night : from_night) {
                return false;
            }
        }
        return true;
    };
    return own_day(first, true) && own_day(second, false);
}

void ArticlePass::add(Draft&& m) {
    // (but dead with no one who killed them, after a fight told in the sentence, are its dead:
    // "intervened to stop a tribal clash in Nasiriyah on Sunday after one person was killed")
    if (m.opens_after && m.casualty_only &&
        !(m.actor1.empty() && !drafts_.empty() &&
          drafts_.back().last_sentence == m.first_sentence &&
          (drafts_.back().type.event_type == "Battles" ||
           drafts_.back().type.event_type == "Riots") &&
          !(drafts_.back().killed && *drafts_.back().killed > 0))) {
        m.separate = true; // "..., after the US killed Soleimani": what came before
    }
    // Damage told after an attack ("a truck was set on fire") is part of it.
    // (Not when it has a day of its own: "On Wednesday morning, men from the village set fire
    // to houses in a nearby village" after Tuesday's attack is a reprisal.)
    const bool own_day = m.date && !drafts_.empty() && drafts_.back().date &&
                         !(m.date->date == drafts_.back().date->date &&
                           m.date->precision == drafts_.back().date->precision);
    // (The attack may be an older draft that the sentence before went on about: "The shells
    // fell for two hours ... but orchards burned.")
    const auto attack_just_told = [&] {
        const auto recent = std::min<std::ptrdiff_t>(3, std::ssize(drafts_));
        return std::any_of(drafts_.rbegin(), drafts_.rbegin() + recent, [&](const Draft& d) {
            return m.first_sentence <= d.last_sentence + 1 &&
                   d.type.event_type != "Strategic developments";
        });
    };
    if (m.type.sub_event_type == "Looting/property destruction" && !m.place.located() && !own_day &&
        attack_just_told()) {
        m.type = {};
        m.casualty_only = true;
    }
    if (m.casualty_only && m.before_where && m.place.located()) {
        pending_.push_back(std::move(m));
        return;
    }
    // Casualties told before the event in the same sentence ("A soldier died of wounds he
    // suffered when an IED struck") wait for it.
    if (!m.casualty_only) {
        for (auto it = pending_.begin(); it != pending_.end();) {
            if (it->first_sentence == m.first_sentence && compatible(m, *it)) {
                const Draft p = *it;
                it = pending_.erase(it);
                merge_into(m, p);
            } else {
                ++it;
            }
        }
    }
    // "Turkey says it killed 5 PKK militants in northern Iraq." and then "Militants were
    // neutralised in the Hakurk region on Saturday": a toll told for the whole country, with
    // no event of its own, is the lead of the event the next sentence places, when that one
    // gives no count.
    if (!m.casualty_only && !m.killed && m.place.located() && !is_country(m.place.place) &&
        (m.type.event_type == "Battles" || m.type.event_type == "Explosions/Remote violence" ||
         m.type.event_type == "Violence against civilians")) {
        for (auto it = pending_.begin(); it != pending_.end(); ++it) {
            // (Only the report's opening toll, of a named side the event also hit: a toll of
            // the sentence before is more often another event's summary.)
            const auto& lead_paragraph = doc_.paragraph_of_sentence(it->first_sentence);
            if (it->last_sentence + 1 == m.first_sentence && it->killed && *it->killed > 0 &&
                (!it->place.located() || is_country(it->place.place)) &&
                (it->first_sentence == 0 || lead_paragraph.kind == text::ParagraphKind::title) &&
                !it->actor2.empty() &&
                (m.actor2.empty() || m.actor2 == it->actor2 ||
                 m.actor2.rfind("Unidentified", 0) == 0) &&
                dates_compatible(*it, m)) {
                Draft lead = *it;
                pending_.erase(it);
                lead.place = {};
                // (The lead names who the dead were: "PKK militants", not just "militants".)
                if (!lead.actor2.empty() && m.actor2.rfind("Unidentified", 0) == 0) {
                    m.actor2.clear();
                }
                merge_into(m, lead);
                break;
            }
        }
    }
    // "The attackers also detonated an IED": the event just told, whatever the weapon.
    if (m.continuation && !m.separate && !drafts_.empty() &&
        m.first_sentence <= drafts_.back().last_sentence + 1 &&
        dates_compatible(drafts_.back(), m) && places_compatible(drafts_.back(), m)) {
        Draft& e = drafts_.back();
        const EventType kept = e.type;
        merge_into(e, m);
        if (!kept.from_generic_attack && !kept.event_type.empty()) {
            e.type = kept;
        }
        return;
    }
    // "Men of both clans fought across the Shatt al-Arab road until the evening. Mortar bombs
    // fell on palm groves and on a school": weapons told with no place or day of their own
    // right after a fight, in its paragraph, are the fight's.
    if (!m.place.located() && !m.casualty_only && !m.separate && !m.definite &&
        m.type.event_type == "Explosions/Remote violence" && !drafts_.empty() &&
        (!m.date || (drafts_.back().date && m.date->date == drafts_.back().date->date &&
                     m.date->begin == m.date->end)) &&
        drafts_.back().type.event_type == "Battles" &&
        drafts_.back().last_sentence + 1 == m.first_sentence &&
        doc_.sentences()[drafts_.back().last_sentence].paragraph ==
            doc_.sentences()[m.first_sentence].paragraph &&
        (m.type.sub_event_type == "Shelling/artillery/missile attack" ||
         m.type.sub_event_type == "Grenade")) {
        Draft& e = drafts_.back();
        const EventType kept = e.type;
        merge_into(e, m);
        e.type = kept;
        return;
    }
    // "Militants detonated a roadside bomb before clashing with tribal fighters near Baiji":
    // what they did next, in one attack; a bomb and then fighting is an armed clash.
    if (m.opens_before && !m.casualty_only && !m.separate && !drafts_.empty() &&
        drafts_.back().last_sentence == m.first_sentence && !drafts_.back().place.located() &&
        dates_compatible(drafts_.back(), m) &&
        drafts_.back().type.event_type == "Explosions/Remote violence" &&
        m.type.event_type == "Battles") {
        Draft& e = drafts_.back();
        merge_into(e, m);
        e.type = m.type;
        return;
    }
    // "The attack" refers back to the latest event told with the same word, if one fits.
    if (m.definite && !m.head.empty() && !m.separate) {
        for (std::size_t k = drafts_.size(); k-- > 0;) {
            Draft& e = drafts_[k];
            if (e.first_sentence + kReferenceWindow < m.first_sentence) {
                break; // drafts are made in text order; a reference goes back a few paragraphs
            }
            if (std::find(e.heads.begin(), e.heads.end(), m.head) != e.heads.end() &&
                compatible(e, m)) {
                merge_into(e, m);
                return;
            }
        }
    }
    // (An event told with no day yet is the report's own: only dead of about then go to it,
    // not "gunmen killed his friend beside him in Karbala" in 2019.)
    const auto recent = [&](const std::optional<DateMention>& d) {
        const auto ref = reference_of(m.first_sentence);
        return !d || (ref && std::labs(ref->days_since_epoch() - d->date.days_since_epoch()) <= 1);
    };
    // The dead of the event at the same place, on its day.
    const auto same_site_as = [&](const Draft& e) {
        return m.casualty_only && m.place.located() && e.place.located() &&
               m.place.place->id == e.place.place->id &&
               ((m.date && e.date && m.date->date == e.date->date) || (!e.date && recent(m.date)) ||
                (!m.date && recent(e.date)));
    };
    // "UPDATE 19:00: Koya toll now 13, with 58 wounded": a toll that names its place goes to
    // the event there, past a later one told in between (an interception elsewhere).
    if (m.casualty_only && m.toll_update && m.place.located()) {
        for (std::size_t k = drafts_.size(); k-- > 0;) {
            Draft& e = drafts_[k];
            if (e.first_sentence + kReferenceWindow < m.first_sentence) {
                break;
            }
            if (same_site_as(e) && compatible(e, m)) {
                merge_into(e, m);
                return;
            }
        }
    }
    // A mention that only reports casualties, or that refers back ("the attack"), belongs to
    // the nearest earlier event it fits; so does a mention linked by place, date or count.
    for (std::size_t k = drafts_.size(); k-- > 0;) {
        Draft& e = drafts_[k];
        if (e.first_sentence + kReferenceWindow < m.first_sentence) {
            break;
        }
        // (A report's damage field, "BDA: IA 2x KIA, 3x WIA", counts the report's last event,
        // fields of place, time and equipment between.)
        const auto opener = doc_.lower(doc_.sentences()[m.first_sentence].token_begin);
        const bool damage_field = (opener == "bda" || opener == "casualties") &&
                                  k + 1 == drafts_.size() &&
                                  m.first_sentence <= e.last_sentence + 8;
        // (or the dead of the event at the same place, told further on on its day: "four of
        // its sons martyred in the American aggression on the Qaim border sector tonight")
        const bool same_site = same_site_as(e);
        // (or the toll a witness tells after what he saw, in the paragraph of the last event and
        // the first toll given it: "... the school was hit by several air strikes. He had gone
        // out to buy bread ... \"We took out children with no faces.\" He says at least 33
        // people were killed")
        // (not past another time told between, "A camp spokesman recalled the 2011 raid. He
        // said 34 residents were killed then.")
        const auto other_time_between = [&] {
            const std::size_t from = doc_.sentences()[e.last_sentence].token_end;
            const std::size_t to = doc_.sentences()[m.first_sentence].token_end;
            for (std::size_t j = from; j < to; ++j) {
                const auto w = doc_.lower(j);
                if (year_number(doc_, j) > 0 || w == "then" || w == "earlier" || w == "previous" ||
                    w == "before" || w == "ago" || w == "last") {
                    return true;
                }
            }
            return false;
        };
        const bool paragraph_toll = k + 1 == drafts_.size() && !e.killed && !m.date &&
                                    m.first_sentence > e.last_sentence + 2 &&
                                    m.first_sentence <= e.last_sentence + 4 &&
                                    doc_.sentences()[m.first_sentence].paragraph ==
                                        doc_.sentences()[e.last_sentence].paragraph &&
                                    !other_time_between();
        const bool near =
            m.first_sentence <= e.last_sentence + 2 || damage_field || same_site || paragraph_toll;
        if (m.casualty_only && !near) {
            continue;
        }
        // ("1. 09:20 - IED exploded under a police vehicle ..." and "2. 13:05 - Family quarrel
        // in the Wasiti neighbourhood; one man killed": a numbered item's dead are its own.)
        if (m.casualty_only && other_list_item(e, m)) {
            break;
        }
        // ("... set the consulate on fire on Wednesday night." then "Gunmen killed two
        // protesters on Thursday night": dead of another day are another event.)
        if (m.casualty_only && m.date && e.date && m.date->precision == 1 &&
            e.date->precision == 1 && !(m.date->date == e.date->date) &&
            m.first_sentence != e.last_sentence) {
            continue;
        }
        if (m.separate) {
            break; // told as an event of its own
        }
        // ("On Wednesday (5 September) protesters set fire to ... On Thursday (6 September) a
        // crowd closed ...": each sentence tells its own day, so two events.)
        if (told_on_other_days(e, m) || told_at_other_places(e, m)) {
            continue;
        }
        if (compatible(e, m) && linked(e, m)) {
            merge_into(e, m);
            // (The other places of its list were struck the same way.)
            if (e.list_id != 0 && !e.type.from_generic_attack) {
                // (a list's places were added together, at the end of the drafts)
                for (std::size_t j = drafts_.size(); j-- > 0;) {
                    auto& o = drafts_[j];
                    if (o.first_sentence + kReferenceWindow < e.first_sentence) {
                        break;
                    }
                    if (&o != &e && o.list_id == e.list_id && o.type.from_generic_attack) {
                        o.type = e.type;
                    }
                }
            }
            return;
        }
        if (m.casualty_only) {
            // Only the closest event may take bare casualties: the one told last, which may be
            // an earlier draft a later sentence added to ("the strikes hit ... near al-Qaim"
            // after the motive's attack of the sentence before).
            bool told_later = false;
            for (std::size_t j = 0; j < k && !told_later; ++j) {
                told_later = drafts_[j].last_sentence > e.last_sentence;
            }
            if (!told_later) {
                break;
            }
        }
    }
    if (m.reaction) {
        return; // a reaction to no event told here is no event either
    }
    if (m.casualty_only) {
        // "a US contractor was killed at a base near Kirkuk": an event of its own only with a
        // place and a count.
        // ... or, when no event of the sentence takes them, with a count and someone who did
        // it: "ISIS gunmen killed two farmers in a village" is an attack wherever the village
        // is (see finish()).
        const bool counted = (m.killed && *m.killed > 0) || (m.injured && *m.injured > 0);
        // ("We remember the staff and students killed since 2014": a count over a period, no
        // event, unless an event told took it above)
        if (m.date && m.date->since && m.date->precision > 1) {
            return;
        }
        // ("IS said it killed seven soldiers near Hit; officials said two were killed": another
        // count of the claimed event, the lowest kept)
        if (counted && !m.place.located() && !m.claimed_count && !drafts_.empty() &&
            drafts_.back().claimed_count && drafts_.back().last_sentence + 1 >= m.first_sentence) {
            merge_into(drafts_.back(), m);
            return;
        }
        if (!m.place.located() || is_country(m.place.place) || !counted) {
            if (counted) {
                m.doer_counted = !m.actor1.empty() && m.actor1.rfind("Civilians", 0) != 0 &&
                                 m.actor1.rfind("Protesters", 0) != 0;
                pending_.push_back(std::move(m));
            }
            return;
        }
        // "Police fired on demonstrators in several cities on Friday. In Nasiriyah, eight
        // protesters were killed, while in Diwaniyah two died": the dead of another town told
        // right after an event, with no day or doer of their own, died the same way that day.
        if (!drafts_.empty() && m.type.event_type.empty() && m.actor1.empty() && !m.date) {
            const Draft& e = drafts_.back();
            if (m.first_sentence <= e.last_sentence + 1 && !e.type.event_type.empty() &&
                e.type.event_type != "Strategic developments" && e.date &&
                doc_.sentences()[e.last_sentence].paragraph ==
                    doc_.sentences()[m.first_sentence].paragraph &&
                (m.actor2.empty() || m.actor2 == e.actor1 || m.actor2 == e.actor2)) {
                m.type = e.type;
                take_sides(m, e);
                m.date = e.date;
                m.date->begin = m.date->end = doc_.sentences()[m.first_sentence].token_begin;
            }
        }
        // "A man died in Sulaymaniyah on Sunday", "a worker died in a fall at a construction
        // site": a death told with no violence at all in its sentence, no one who did it and
        // no event it belongs to, is no event.
        // (A dataset's record keeps its count: "line 1 | ... | best 27 | low 20".)
        if (m.type.event_type.empty() && m.actor1.empty() && !m.record) {
            static const WordSet kViolence = {
                "killed", "killing", "kills", "kill", "shot", "shooting", "wounded", "wounding",
                "injured", "attack", "attacks", "attacked", "bomb", "bombs", "bombing", "blast",
                "explosion", "shelling", "strike", "strikes", "airstrike", "clash", "clashes",
                "fighting", "gunmen", "gunfire", "rocket", "rockets", "mortar", "drone", "mine",
                "ied", "assassinated", "executed", "murdered", "stabbed", "beaten", "tortured",
                "torture", "martyred", "martyr", "martyrs", "slain", "massacre", "sniper", "wounds",
                "violence", "militants", "raid", "ambush", "battle", "beating", "protest",
                "protests", "protesters", "demonstrators", "crackdown", "custody", "detention",
                "prison", "bullet", "bullets", "gunshot", "fire", "fired", "exploded", "terrorist",
                "terrorists", "forces", "troops", "army", "fighters", "insurgents", "jihadists",
                "landmine", "explosive", "grenade", "missile", "missiles", "shell", "shells",
                "attackers", "assailants", "victims", "bodies", "massacred", "slaughtered",
                "strangled", "hanged",
                // (the armed dying: "three soldiers lost their lives near Tarmiyah")
                "soldier", "soldiers", "policeman", "policemen", "peshmerga", "officer", "officers",
                "guards", "personnel", "members",
                // (captives found dead)
                "hostages", "captives", "abductees", "kidnapped", "abducted"};
            bool violent = false;
            for (std::size_t s = m.first_sentence; s <= m.last_sentence && !violent; ++s) {
                const auto& told = doc_.sentences()[s];
                for (std::size_t k = told.token_begin; k < told.token_end && !violent; ++k) {
                    violent = kViolence.contains(doc_.word(k));
                }
            }
            if (!violent) {
                return;
            }
        }
    }
    drafts_.push_back(std::move(m));
}

bool ArticlePass::names_town_site(std::size_t sentence) const {
    const auto& s = doc_.sentences()[sentence];
    bool urban = false, other_place = false;
    for (std::size_t k = s.token_begin; k < s.token_end; ++k) {
        const auto w = doc_.lower(k);
        const auto nx = k + 1 < s.token_end ? doc_.lower(k + 1) : text::LowerWord();
        urban = urban || w == "consulate" || w == "headquarters" || w == "streets" ||
                (w == "the" && nx == "city") || (w == "council" && nx == "building") ||
                (w == "government" && nx == "building") ||
                (w == "provincial" && (nx == "council" || nx == "government"));
        // "In Bordeaux, protesters set fire to the city hall": a town the gazetteer does not
        // know is still another town.
        other_place = other_place || ((w == "in" || w == "at") && k + 1 < s.token_end &&
                                      doc_.tokens()[k + 1].is(text::kCapitalized) && nx != "the");
    }
    return urban && !other_place;
}

bool ArticlePass::numbered_statements(std::size_t paragraph) const {
    if (paragraph == 0) {
        return false;
    }
    const auto numbered = [&](std::size_t p) {
        const auto& par = doc_.paragraphs()[p];
        return par.token_begin + 2 < par.token_end &&
               doc_.tokens()[par.token_begin].is(text::kNumber) &&
               (doc_.surface(par.token_begin + 1) == "." ||
                doc_.surface(par.token_begin + 1) == ")");
    };
    return numbered(paragraph) && numbered(paragraph - 1);
}

bool ArticlePass::names_nearby_village(std::size_t sentence) const {
    const auto& s = doc_.sentences()[sentence];
    const auto village = [](text::TokenText v) {
        return v == "village" || v == "villages" || v == "town" || v == "hamlet";
    };
    for (std::size_t k = s.token_begin; k + 1 < s.token_end; ++k) {
        const auto w = doc_.lower(k);
        const auto nx = doc_.lower(k + 1);
        // (also past one word that says whose: "a neighbouring Sunni village")
        const auto nx2 = k + 2 < s.token_end ? doc_.lower(k + 2) : text::TokenText();
        if ((w == "nearby" || w == "neighbouring" || w == "neighboring" || w == "adjacent") &&
            (village(nx) || (village(nx2) && doc_.tokens()[k + 1].is(text::kWord)))) {
            return true;
        }
    }
    return false;
}

bool ArticlePass::names_unknown_village(std::size_t sentence) const {
    const auto& s = doc_.sentences()[sentence];
    for (std::size_t k = s.token_begin; k + 2 < s.token_end; ++k) {
        if ((doc_.lower(k) == "village" || doc_.lower(k) == "villages") &&
            doc_.lower(k + 1) == "of" && doc_.tokens()[k + 2].is(text::kCapitalized)) {
            return true;
        }
    }
    return false;
}

int ArticlePass::one_town_between(std::size_t from, std::size_t cb) const {
    const Toponym* town = nullptr;
    int index = -1;
    const auto first =
        std::lower_bound(toponyms_.begin(), toponyms_.end(), from,
                         [](const Toponym& t, std::size_t at) { return t.begin < at; });
    for (auto i = static_cast<std::size_t>(first - toponyms_.begin()); i < toponyms_.size(); ++i) {
        const auto& t = toponyms_[i];
        if (t.begin >= cb) {
            break;
        }
        // (also a campaign named after its town: "In the Tal Afar offensive his brigade
        // entered the eastern districts of the city")
        const bool campaign = t.role == ToponymRole::name_part &&
                              t.designator_end < doc_.tokens().size() &&
                              (doc_.lower(t.designator_end) == "offensive" ||
                               doc_.lower(t.designator_end) == "campaign");
        if ((t.role != ToponymRole::place && !campaign) || t.place() == nullptr ||
            !is_populated(*t.place())) {
            continue;
        }
        if (town != nullptr && town->place()->id != t.place()->id) {
            return -1; // two towns: which one is meant is not told
        }
        town = &t;
        index = static_cast<int>(i);
    }
    return index;
}

std::optional<PlaceChoice> ArticlePass::town_earlier_in_sentence(std::size_t cb, std::size_t b,
                                                                 std::size_t e) const {
    const int index = one_town_between(doc_.sentences()[doc_.sentence_of(cb)].token_begin, cb);
    if (index < 0) {
        return std::nullopt;
    }
    const Toponym* town = &toponyms_[static_cast<std::size_t>(index)];
    PlaceChoice found = choice_of(*town->place(), index);
    const auto w1 = b > cb ? doc_.lower(b - 1) : text::TokenText();
    const auto w2 = b > cb + 1 ? doc_.lower(b - 2) : text::TokenText();
    if (w1 == "near" || w1 == "around" || w1 == "outside" ||
        (w1 == "of" && (w2 == "outskirts" || w2 == "edge" || w2 == "vicinity"))) {
        found.precision = std::max(found.precision, 2);
        found.uncertainty_m += 5000;
    }
    found.text = std::string(doc_.span_text(b, e));
    return found;
}

std::optional<PlaceChoice> ArticlePass::unnamed_site_before(std::string_view site,
                                                            std::size_t cb) const {
    const std::size_t here = doc_.sentence_of(cb);
    const std::size_t from = doc_.sentences()[here >= 4 ? here - 4 : 0].token_begin;
    for (std::size_t k = cb; k-- > from;) {
        if (doc_.lower(k) != site) {
            continue;
        }
        // (the site first told: "the compound" again points further back)
        if (k > 0 && doc_.lower(k - 1) == "the") {
            continue;
        }
        const auto [lo, hi] = toponyms_near(k + 1, std::min(cb, k + 12));
        for (std::size_t i = lo; i < hi; ++i) {
            const auto& t = toponyms_[i];
            if (t.begin <= k + 1 || t.begin >= cb || t.begin >= k + 12 || t.place() == nullptr ||
                t.role != ToponymRole::place || !is_populated(*t.place())) {
                continue;
            }
            bool stop = false;
            for (std::size_t j = k + 1; j < t.begin && !stop; ++j) {
                stop = doc_.surface(j) == "." || doc_.surface(j) == ";";
            }
            const auto prep = doc_.lower(t.begin - 1);
            if (stop || (prep != "near" && prep != "outside" && prep != "in")) {
                continue;
            }
            PlaceChoice found = choice_of(*t.place(), static_cast<int>(i));
            if (prep != "in") {
                found.precision = std::max(found.precision, 2);
                found.uncertainty_m += 5000;
            }
            return found;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<PlaceChoice> ArticlePass::town_told_before(std::size_t cb) const {
    const std::size_t here = doc_.sentence_of(cb);
    std::size_t from = doc_.sentences()[here].token_begin;
    if (here > 0 && doc_.sentences()[here - 1].paragraph == doc_.sentences()[here].paragraph) {
        from = doc_.sentences()[here - 1].token_begin;
    }
    const int index = one_town_between(from, cb);
    if (index < 0) {
        return std::nullopt;
    }
    return choice_of(*toponyms_[static_cast<std::size_t>(index)].place(), index);
}

std::pair<std::size_t, std::size_t> ArticlePass::names_same_site(std::size_t b,
                                                                 std::size_t e) const {
    // "stormed the parliament building on July 30 and then held a sit-in there": "there" is
    // the building the clause named, not a place told before.
    const auto building_before = [&](std::size_t from, std::size_t at) {
        static const WordSet kBuildings = {"building",     "palace",   "parliament", "compound",
                                           "headquarters", "ministry", "office",     "offices",
                                           "consulate",    "embassy",  "hall"};
        for (std::size_t k = from; k + 1 < at; ++k) {
            if (doc_.lower(k) == "the" && (kBuildings.contains(doc_.word(k + 1)) ||
                                           (k + 2 < at && kBuildings.contains(doc_.word(k + 2))))) {
                return true;
            }
        }
        return false;
    };
    static const WordSet kSite = {
        "base",  "town",       "city",          "village",      "area",     "camp",     "airport",
        "site",  "district",   "neighbourhood", "neighborhood", "facility", "compound", "airbase",
        "field", "checkpoint", "road",          "highway",      "market",   "square"};
    // (Past the first token only "area", "vicinity", "there" and "same" name the site: without
    // them the scan stops after it.)
    static constexpr text::ScanWords kSameSite{"area", "vicinity", "there", "same"};
    const std::size_t stop = doc_.may_hold<kSameSite>(b, e) ? e : std::min(e, b + 3);
    for (std::size_t k = b; k + 2 < stop; ++k) {
        // "neutralised four militants in the area": the area of the event just told.
        if ((doc_.lower(k) == "in" || doc_.lower(k) == "into") &&
            (doc_.lower(k + 1) == "the" || doc_.lower(k + 1) == "that") &&
            (doc_.lower(k + 2) == "area" || doc_.lower(k + 2) == "vicinity") &&
            (k + 3 >= e ||
             (doc_.lower(k + 3) != "of" && !doc_.tokens()[k + 3].is(text::kCapitalized) &&
              doc_.lower(k + 3) != "around" && doc_.lower(k + 3) != "near"))) {
            return {k + 1, k + 3};
        }
        if (doc_.lower(k + 2) == "there" && doc_.tokens()[k + 2].is(text::kWord) &&
            !building_before(b, k + 2) &&
            (k + 3 >= e || !(doc_.lower(k + 3) == "is" || doc_.lower(k + 3) == "are" ||
                             doc_.lower(k + 3) == "was" || doc_.lower(k + 3) == "were" ||
                             doc_.lower(k + 3) == "have" || doc_.lower(k + 3) == "has" ||
                             doc_.lower(k + 3) == "had" || doc_.lower(k + 3) == "will" ||
                             doc_.lower(k + 3) == "would" || doc_.lower(k + 3) == "remain"))) {
            return {k + 2, k + 3}; // "hit a hangar there": the place just told of
        }
        // "gunmen kidnapped a shepherd near Mandali; his body was found the next day": where
        // the victim just told of was.
        if (k == b &&
            (doc_.lower(k) == "his" || doc_.lower(k) == "her" || doc_.lower(k) == "their") &&
            (doc_.lower(k + 1) == "body" || doc_.lower(k + 1) == "bodies" ||
             doc_.lower(k + 1) == "remains" || doc_.lower(k + 1) == "corpse")) {
            return {k, k + 2};
        }
        if (doc_.lower(k) == "the" && doc_.lower(k + 1) == "same") {
            // "the same air base", "the same military base"
            for (std::size_t j = k + 2; j < e && j < k + 5; ++j) {
                if (kSite.contains(doc_.word(j))) {
                    return {k, j + 1};
                }
                if (!doc_.tokens()[j].is(text::kWord)) {
                    break;
                }
            }
        }
    }
    return {0, 0};
}

std::size_t ArticlePass::tallied_site(std::size_t at) const {
    const std::size_t here = doc_.sentence_of(at);
    const std::size_t paragraph = doc_.sentences()[here].paragraph;
    static constexpr auto kTallyWords =
        std::to_array<std::string_view>({"second", "third", "fourth", "fifth", "sixth", "seventh",
                                         "eighth", "another", "latest", "previous", "earlier"});
    static const WordSet kTally(kTallyWords);
    for (std::size_t s = here + 1; s-- > 0 && s + 3 > here;) {
        const auto& sentence = doc_.sentences()[s];
        if (sentence.paragraph != paragraph) {
            break;
        }
        const std::size_t e = s == here ? at : sentence.token_end;
        if (!doc_.may_hold<kTallyWords>(sentence.token_begin, e)) {
            continue;
        }
        for (std::size_t k = sentence.token_begin; k + 4 < e; ++k) {
            if (!kTally.contains(doc_.lower(k))) {
                continue;
            }
            const auto noun = doc_.lower(k + 1);
            if ((noun != "attack" && noun != "attacks" && noun != "strike") ||
                (doc_.lower(k + 2) != "on" && doc_.lower(k + 2) != "against")) {
                continue;
            }
            const auto det = doc_.lower(k + 3);
            if (det != "the" && det != "our" && det != "its" && det != "this" && det != "their") {
                continue;
            }
            // ("the plant", "the gas plant", "our refinery")
            for (std::size_t j = k + 4; j < e && j < k + 6; ++j) {
                if (!doc_.tokens()[j].is(text::kWord) || doc_.tokens()[j].is(text::kCapitalized)) {
                    break;
                }
                if (j + 1 >= e || !doc_.tokens()[j + 1].is(text::kWord) ||
                    doc_.lower(j + 1) == "in" || doc_.lower(j + 1) == "since" ||
                    doc_.lower(j + 1) == "this" || doc_.lower(j + 1) == "within") {
                    return j;
                }
            }
        }
    }
    return 0;
}

PlaceChoice ArticlePass::dateline_choice(const Toponym& dateline) const {
    PlaceChoice pc = choice_of(*dateline.place(), static_cast<int>(&dateline - toponyms_.data()));
    pc.text = std::string(doc_.span_text(dateline.begin, dateline.end));
    return pc;
}

namespace {

/// A period named in tokens [b, e) of a title or heading ("security (March-May 2020)",
/// "Nineveh and the north, 1-15 March 2023") that ended at most a month before the report's
/// date `ref`.
/// A quarter named in [b, e) ("Q3 2019", "reviewing Q1 2018", "the third quarter of 2019")
/// that ended within a month before the report (or any time before, for a listing).
template <typename Listing>
std::optional<std::pair<Date, Date>> quarter_named(const Document& doc, std::size_t b,
                                                   std::size_t e, const Date& ref,
                                                   Listing&& listing) {
    for (std::size_t k = b; k + 1 < e; ++k) {
        const auto w = doc.lower(k);
        int quarter = 0;
        std::size_t year_at = k + 1;
        if (w.size() == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4') {
            quarter = w[1] - '0';
        } else if (w == "q" && k + 2 < e && !doc.tokens()[k + 1].is(text::kSpaceBefore) &&
                   doc.surface(k + 1).size() == 1 && doc.surface(k + 1)[0] >= '1' &&
                   doc.surface(k + 1)[0] <= '4') {
            quarter = doc.surface(k + 1)[0] - '0'; // (tokenised "Q" "3")
            year_at = k + 2;
        } else if (doc.lower(k + 1) == "quarter") {
            quarter = w == "first"    ? 1
                      : w == "second" ? 2
                      : w == "third"  ? 3
                      : w == "fourth" ? 4
                                      : 0;
            year_at = k + 2 < e && doc.lower(k + 2) == "of" ? k + 3 : k + 2;
        }
        if (quarter == 0 || year_at >= e) {
            continue;
        }
        const int year = year_number(doc, year_at);
        if (year < 0) {
            continue;
        }
        const Date from{year, 3 * quarter - 2, 1};
        const Date to{year, 3 * quarter, Date::days_in_month(year, 3 * quarter)};
        const long lag = ref.days_since_epoch() - to.days_since_epoch();
        if (lag >= -1 && (lag <= 31 || listing())) {
            return std::make_pair(from, to);
        }
    }
    return std::nullopt;
}

std::optional<std::pair<Date, Date>> period_named(const Document& doc, std::size_t b, std::size_t e,
                                                  const Date& ref, bool& month_seen) {
    // A list of incidents of the period ("Incident summaries, Iraq, 12-21 March 2018 (database
    // release)"): its incidents are what it reports however long after it was released.
    // (Asked only of a period found: most texts name none, and the walk cost more than the
    // search for months.)
    const auto listing = [&] {
        for (std::size_t k = b; k < e; ++k) {
            const auto w = doc.lower(k);
            // (and a quarterly report to a legislature: "Quarterly report to the United States
            // Congress | October 1, 2019 - December 31, 2019", issued five weeks after)
            if (w == "incident" || w == "incidents" || w == "summaries" || w == "entries" ||
                w == "database" || w == "quarterly") {
                return true;
            }
        }
        return false;
    };
    if (auto quarter = quarter_named(doc, b, e, ref, listing)) {
        return quarter;
    }
    for (std::size_t k = b; k < e; ++k) {
        // (months are written with a capital: only those words are looked up)
        if (!doc.tokens()[k].is(text::kCapitalized) && !doc.tokens()[k].is(text::kAllUpper)) {
            continue;
        }
        const int month = text::month_from_word(doc.lower(k));
        if (month == 0) {
            continue;
        }
        const auto dash = [&](std::size_t i) {
            return i < e &&
                   (doc.surface(i) == "-" || doc.surface(i) == "\u2013" || doc.lower(i) == "to");
        };
        const auto number = [&](std::size_t i) {
            return i < e && doc.tokens()[i].is(text::kNumber) ? doc.number_value(i) : -1.0;
        };
        // (the year written after the period's last month, else the report's: a month after
        // the report's is the year before)
        const auto year_of = [&](double y, int last_month) {
            if (y >= 1900 && y <= 2100) {
                return static_cast<int>(y);
            }
            return last_month > ref.month ? ref.year - 1 : ref.year;
        };
        // From one day to another: the period, when it ended at most a month before the
        // report (or any time before, for a listing); else none, the month seen (and none for
        // a day the month has not, the month unseen).
        const auto day_range = [&](int from_year, int from_month, int from_day, int to_year,
                                   int to_month,
                                   int to_day) -> std::optional<std::pair<Date, Date>> {
            if (from_day > Date::days_in_month(from_year, from_month) ||
                to_day > Date::days_in_month(to_year, to_month)) {
                return std::nullopt;
            }
            const Date from{from_year, from_month, from_day};
            const Date to{to_year, to_month, to_day};
            const long lag = ref.days_since_epoch() - to.days_since_epoch();
            if (lag >= -1 && (lag <= 31 || listing()) && from <= to) {
                return std::make_pair(from, to);
            }
            month_seen = true;
            return std::nullopt;
        };
        // "Oct. 1 - Dec. 31, 2019", "OCTOBER 1, 2019 - DECEMBER 31, 2019": a month and day to
        // another's, the year after either
        {
            const auto day_after = [&](std::size_t i, std::size_t& next) {
                if (i < e && doc.surface(i) == ".") {
                    ++i; // ("Oct.")
                }
                const double d = number(i);
                next = i + 1;
                return d >= 1 && d <= 31 && d == static_cast<int>(d) ? static_cast<int>(d) : 0;
            };
            const auto year_after = [&](std::size_t& i) {
                if (i < e && doc.surface(i) == ",") {
                    ++i;
                }
                const double y = number(i);
                if (y >= 1900 && y <= 2100) {
                    ++i;
                    return static_cast<int>(y);
                }
                return 0;
            };
            std::size_t i = k + 1;
            const int from_day = day_after(i, i);
            const int from_year = from_day != 0 ? year_after(i) : 0;
            const int to_month =
                from_day != 0 && dash(i) && i + 1 < e ? text::month_from_word(doc.lower(i + 1)) : 0;
            if (to_month != 0) {
                std::size_t j = i + 2;
                const int to_day = day_after(j, j);
                const int to_year = to_day != 0 ? year_after(j) : 0;
                if (to_day != 0 && (to_year != 0 || from_year != 0)) {
                    const int year = to_year != 0 ? to_year : from_year;
                    const int first_year =
                        from_year != 0 ? from_year : (to_month < month ? year - 1 : year);
                    return day_range(first_year, month, from_day, year, to_month, to_day);
                }
            }
        }
        // "27 September - 3 October 2020", "17 Oct - 2 Nov": a day and month to another's
        if (k > b && number(k - 1) >= 1 && number(k - 1) <= 31 && dash(k + 1) &&
            number(k + 2) >= 1 && number(k + 2) <= 31 && k + 3 < e &&
            text::month_from_word(doc.lower(k + 3)) != 0) {
            const int to_month = text::month_from_word(doc.lower(k + 3));
            const int year = year_of(number(k + 4), to_month);
            const int from_year = to_month < month ? year - 1 : year;
            return day_range(from_year, month, static_cast<int>(number(k - 1)), year, to_month,
                             static_cast<int>(number(k + 2)));
        }
        std::size_t after = k + 1;
        int first_month = month;
        if (dash(after) && after + 1 < e && text::month_from_word(doc.lower(after + 1)) != 0) {
            after += 2; // "April - June 2021"
        } else if (after < e && doc.tokens()[after].is(text::kHyphenBefore) &&
                   text::month_from_word(doc.lower(after)) != 0) {
            after += 1; // "March-May 2020" (the hyphen joins the two words)
        }
        const int last_month = text::month_from_word(doc.lower(after - 1));
        const double y = number(after);
        if (y >= 1 && y <= 31) {
            continue; // a day ("Dec 31"), not a period
        }
        const int year = year_of(y, last_month);
        int first_day = 1;
        int last_day = Date::days_in_month(year, last_month);
        // "1-15 March 2023", "3-9 March"
        // ("1-15" is one number joined to the next by a hyphen, "1 - 15" three tokens)
        const std::size_t from_at = k >= b + 3 && dash(k - 2) ? k - 3
                                    : k >= b + 2 && doc.tokens()[k - 1].is(text::kHyphenBefore)
                                        ? k - 2
                                        : k;
        if (first_month == last_month && from_at < k && number(k - 1) >= 1 &&
            number(from_at) >= 1 && number(k - 1) <= last_day && number(from_at) < number(k - 1)) {
            first_day = static_cast<int>(number(from_at));
            last_day = static_cast<int>(number(k - 1));
        } else if (k > b && number(k - 1) >= 1) {
            continue; // a day, not a period ("3 July 2016")
        }
        const Date from{year, first_month <= last_month ? first_month : last_month, first_day};
        const Date to{year, last_month, last_day};
        const long lag = ref.days_since_epoch() - to.days_since_epoch();
        // (or the period the report is written in: "with an update for January 2025")
        if ((lag >= -1 && (lag <= 31 || listing())) || (from <= ref && ref <= to)) {
            return std::make_pair(from, to);
        }
        month_seen = true; // (a month too long before the report: no period)
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

namespace {

/// Whether a title names a month: a run of ASCII letters opening with a capital that is a
/// month's name ("Country note: Kirkuk governorate, security (March-May 2020)").
/// (Each run of a month name's 3 to 9 letters is lowered into a buffer on the stack and looked
/// up: a string grown a letter at a time had cost 1.5M instructions per MiB of text. Only the
/// runs opening with a capital are measured: the walk passes over every other byte with one
/// test, where measuring every run took two.)
bool names_month(std::string_view t) {
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    // Whether the run of letters opening at `from` (a capital) is a month's name.
    const auto month_at = [&](std::size_t from) {
        std::size_t i = from;
        while (i < t.size() && letter(t[i])) {
            ++i;
        }
        const std::size_t size = i - from;
        if (size < 3 || size > 9) {
            return false;
        }
        std::array<char, 9> lower{};
        for (std::size_t k = 0; k < size; ++k) {
            lower[k] = static_cast<char>(t[from + k] | 0x20);
        }
        return text::month_from_word(std::string_view(lower.data(), size)) != 0;
    };
    // (The capitals are found sixteen bytes at a time, by SSE2 compares: walked a byte at a
    // time, the title cost about 800 instructions an article. A capital after a letter is
    // inside a run, passed over as the walk passed over its run.)
    for (std::size_t base = 0; base < t.size(); base += 16) {
        // (The last bytes, fewer than sixteen, from a copy with zero bytes after them.)
        std::array<char, 16> last{};
        const char* bytes = t.data() + base;
        if (t.size() - base < 16) {
            for (std::size_t k = 0; k < t.size() - base; ++k) {
                last[k] = bytes[k];
            }
            bytes = last.data();
        }
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
        // (x - 'A' + 128 as a signed byte is below -128 + 26 exactly for x in 'A'..'Z')
        const __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(128 - 'A')));
        auto capitals = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_cmplt_epi8(shifted, _mm_set1_epi8(-128 + 26))));
        while (capitals != 0) {
            const std::size_t i = base + static_cast<std::size_t>(std::countr_zero(capitals));
            capitals &= capitals - 1;
            if ((i == 0 || !letter(t[i - 1])) && month_at(i)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

std::vector<std::pair<std::size_t, std::size_t>> ArticlePass::removed_sections() const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    static constexpr text::ScanWords kRemoved{"removed", "deleted", "retracted", "withdrawn"};
    if (!doc_.may_hold<kRemoved>(0, doc_.tokens().size())) {
        return out;
    }
    // A heading: a line of at most three words, after "#" marks or before a colon (or one or
    // two words alone); the removed word opens it ("### Removed", "Retracted entries:").
    const auto& pars = doc_.paragraphs();
    const auto heading_words = [&](const text::Paragraph& p) -> std::pair<std::size_t, bool> {
        std::size_t b = p.token_begin;
        while (b < p.token_end && doc_.surface(b).starts_with("#")) {
            ++b;
        }
        std::size_t e = p.token_end;
        if (e > b && doc_.surface(e - 1) == ":") {
            --e;
        }
        const bool heading =
            e > b && e - b <= 3 && (b > p.token_begin || e < p.token_end || e - b <= 2);
        return {b, heading};
    };
    for (std::size_t p = 0; p < pars.size(); ++p) {
        const auto [b, heading] = heading_words(pars[p]);
        if (!heading) {
            continue;
        }
        const auto w = doc_.lower(b);
        if (w != "removed" && w != "deleted" && w != "retracted" && w != "withdrawn") {
            continue;
        }
        // (to the next heading, through the list's items only)
        std::size_t q = p + 1;
        while (q < pars.size() && !heading_words(pars[q]).second &&
               text::is_bullet(doc_.surface(pars[q].token_begin))) {
            ++q;
        }
        out.emplace_back(pars[p].token_end,
                         q < pars.size() ? pars[q].token_begin : doc_.tokens().size());
    }
    return out;
}

std::optional<std::pair<Date, Date>> ArticlePass::report_period() const {
    const auto& ref = article_.published;
    if (!ref) {
        return std::nullopt;
    }
    // The title given apart from the text: read for its period only (a headline told again as
    // text would be an event of its own). (The title is tokenised only when a capitalised word
    // of it is a month's name: most headlines hold none.)
    if (!article_.title.empty() && names_month(article_.title)) {
        const Document title(article_.title);
        bool month_seen = false;
        if (auto period = period_named(title, 0, std::min<std::size_t>(title.tokens().size(), 40),
                                       *ref, month_seen)) {
            return period;
        }
    }
    const auto& pars = doc_.paragraphs();
    // A quarter in the heading lines, before any month there ("Country Risk Service - Iraq:
    // assessment, April 2018" / "... (reviewing Q1 2018)"; also after a heading's country, "IRAQ
    // - COUNTRY RISK UPDATE, Q3 2019").
    // (Only a report that lists the quarter's incidents, "Incidents this quarter that informed
    // the rating"; not a company's quarterly call that recalls an attack on its field.)
    static constexpr text::ScanWords kIncidents{"incidents"};
    const auto lists_incidents = [&] {
        for (std::size_t si = 0; si < doc_.sentences().size(); ++si) {
            if (!doc_.sentence_may_hold<kIncidents>(si)) {
                continue; // (most sentences hold none: their tokens are not read)
            }
            const auto& sent = doc_.sentences()[si];
            for (std::size_t k = sent.token_begin; k < sent.token_end; ++k) {
                if (doc_.lower(k) == "incidents") {
                    return true;
                }
            }
        }
        return false;
    };
    for (std::size_t p = 0; p < pars.size() && p < 3; ++p) {
        const std::size_t b =
            pars[p].dateline_end != 0 ? pars[p].dateline_end : pars[p].token_begin;
        const std::size_t e = std::min<std::size_t>(pars[p].token_end, b + 16);
        static constexpr text::ScanWords kQuarter{"quarter", "q1", "q2", "q3", "q4", "q"};
        if (!doc_.may_hold<kQuarter>(b, e)) {
            continue; // (most headings name no quarter)
        }
        // (not a company's results call on its quarter: "Q2 2019 earnings call, edited
        // transcript", whose attacks are recalled, not listed)
        bool call = false;
        for (std::size_t k = b; k < e && !call; ++k) {
            const auto w = doc_.lower(k);
            call = w == "call" || w == "transcript" || w == "earnings" || w == "results";
        }
        if (call) {
            break;
        }
        if (auto quarter = quarter_named(doc_, b, e, *ref, [] { return false; })) {
            if (!lists_incidents()) {
                break;
            }
            return quarter;
        }
    }
    // An annual report's year: "ANNUAL REPORT 2020 | IRAQ COUNTRY PROGRAMME", "Annual report
    // for 2019", "2018 in review": the incidents of the year under review are its news.
    const auto year_reviewed = [&](std::string_view text) -> std::optional<int> {
        text = text.substr(0, 200);
        // (most titles and headings hold neither word: looked for before any copy is made)
        if (text.find("nnual") == std::string_view::npos &&
            text.find("NNUAL") == std::string_view::npos &&
            text.find("eview") == std::string_view::npos &&
            text.find("EVIEW") == std::string_view::npos) {
            return std::nullopt;
        }
        std::string lower(text);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        for (const std::string_view cue : {"annual report", "year in review", " in review"}) {
            const auto at = lower.find(cue);
            if (at == std::string::npos) {
                continue;
            }
            // (the year within a few characters either side of the words)
            const std::size_t from = at >= 8 ? at - 8 : 0;
            const std::size_t to = std::min(lower.size(), at + cue.size() + 12);
            for (std::size_t i = from; i + 4 <= to; ++i) {
                const bool digits = std::isdigit(static_cast<unsigned char>(lower[i])) &&
                                    std::isdigit(static_cast<unsigned char>(lower[i + 1])) &&
                                    std::isdigit(static_cast<unsigned char>(lower[i + 2])) &&
                                    std::isdigit(static_cast<unsigned char>(lower[i + 3]));
                const bool alone =
                    (i == 0 || !std::isalnum(static_cast<unsigned char>(lower[i - 1]))) &&
                    (i + 4 == lower.size() ||
                     !std::isalnum(static_cast<unsigned char>(lower[i + 4])));
                if (!digits || !alone) {
                    continue;
                }
                const int year = std::stoi(lower.substr(i, 4));
                if (year >= 1990 && year <= ref->year && year + 1 >= ref->year) {
                    return year;
                }
            }
        }
        return std::nullopt;
    };
    {
        auto year = year_reviewed(article_.title);
        if (!year && !pars.empty()) {
            year = year_reviewed(doc_.span_text(pars[0].token_begin, pars[0].token_end));
        }
        // (Only a report that tells the year's incidents, as the quarter's above; not a
        // company's annual review that recalls the year's fighting.)
        // (or its dated list: "- On 5 April, IS gunmen ...", "- On 21 September, ...")
        const auto dated_items = [&] {
            int items = 0;
            for (const auto& par : pars) {
                const std::size_t b = par.token_begin;
                if (par.token_end < b + 4 || !text::is_bullet(doc_.surface(b))) {
                    continue;
                }
                const auto on = doc_.lower(b + 1);
                items +=
                    (on == "on" || on == "in") && (doc_.tokens()[b + 2].is(text::kNumber) ||
                                                   text::month_from_word(doc_.lower(b + 2)) != 0)
                        ? 1
                        : 0;
            }
            return items >= 2;
        };
        if (year && (lists_incidents() || dated_items())) {
            return std::pair{Date{*year, 1, 1}, Date{*year, 12, 31}};
        }
    }
    for (std::size_t p = 0; p < pars.size() && p < 2; ++p) {
        // (the title or a heading line: not a lead's dateline, "BAGHDAD, Dec 31 -")
        if (pars[p].dateline_end != 0) {
            continue;
        }
        const std::size_t b = pars[p].token_begin;
        const std::size_t e = std::min<std::size_t>(pars[p].token_end, b + 16);
        bool month_seen = false;
        if (auto period = period_named(doc_, b, e, *ref, month_seen); period || month_seen) {
            return period;
        }
    }
    // A report saying early on what it covers: "The present report covers key developments
    // since the issuance of my previous report on 20 October 2017", "This report covers the
    // period from 1 July to 30 September 2019": its incidents are its news.
    // (Also a dataset release's "Coverage: 1-30 June 2019", "Coverage extended to 30 September
    // 2018".)
    static constexpr text::ScanWords kCovers{"covers", "coverage"};
    for (std::size_t si = 0; si < doc_.sentences().size() && si < 12; ++si) {
        if (!doc_.sentence_may_hold<kCovers>(si)) {
            continue;
        }
        const auto& sent = doc_.sentences()[si];
        // ("Coverage:", "Coverage extended to ...", not "Coverage of the protests")
        bool covers = doc_.lower(sent.token_begin) == "coverage" &&
                      sent.token_begin + 1 < sent.token_end &&
                      (doc_.surface(sent.token_begin + 1) == ":" ||
                       doc_.lower(sent.token_begin + 1) == "extended");
        for (std::size_t k = sent.token_begin + 1; k < sent.token_end && !covers; ++k) {
            covers = doc_.lower(k) == "covers" &&
                     (doc_.lower(k - 1) == "report" || doc_.lower(k - 1) == "update" ||
                      doc_.lower(k - 1) == "review");
        }
        if (!covers) {
            continue;
        }
        const auto dates = find_dates(doc_, sent.token_begin, sent.token_end, *ref);
        std::vector<Date> days;
        bool until = false;
        for (const auto& d : dates) {
            if (d.precision == 1 && d.date <= *ref) {
                days.push_back(d.date);
                const auto w =
                    d.begin > sent.token_begin ? doc_.lower(d.begin - 1) : text::TokenText();
                until = w == "to" || w == "until" || w == "through";
            }
        }
        if (days.empty() && dates.size() == 1 && dates.front().precision == 2 &&
            !dates.front().since) {
            // ("Coverage: June 2019": the month)
            const auto& m = dates.front().date;
            return std::pair{Date{m.year, m.month, 1},
                             Date{m.year, m.month, Date::days_in_month(m.year, m.month)}};
        }
        if (days.size() == 1) {
            // ("extended to 30 September 2018": the quarter up to that day)
            return until ? std::pair{days.front().plus_days(-92), days.front()}
                         : std::pair{days.front(), *ref};
        }
        if (days.size() >= 2 && days.front() <= days.back()) {
            return std::pair{days.front(), days.back()};
        }
        break;
    }
    return std::nullopt;
}

/// Where the text's head ends: its first `paragraphs` paragraphs, or further on a header block
/// of short lines before any prose ("Site: ...", "Security provider: ...", "Date/time: ...",
/// up to eight of them).
std::size_t ArticlePass::header_end(std::size_t paragraphs) const {
    const auto& pars = doc_.paragraphs();
    if (header_paragraphs_ < 0) { // (found once: every draft asks)
        std::size_t p = 0;
        while (p < pars.size() && p < 8 && pars[p].token_end <= pars[p].token_begin + 24) {
            ++p;
        }
        header_paragraphs_ = static_cast<int>(p);
    }
    const std::size_t p = std::max(static_cast<std::size_t>(header_paragraphs_), paragraphs);
    return p < pars.size() ? pars[p].token_begin : doc_.tokens().size();
}

std::optional<Date> ArticlePass::incident_day() const {
    const std::size_t end = header_end(4);
    static constexpr text::ScanWords kIncidentWords{"event", "loss", "attack", "incident"};
    if (!doc_.may_hold<kIncidentWords>(0, end)) {
        return std::nullopt;
    }
    for (std::size_t k = 0; k + 3 < end; ++k) {
        const auto w = doc_.lower(k);
        // "DTG of attack:", "Date of incident:", "Incident date:"; a claim's "Date of loss:"
        std::size_t colon = 0;
        if ((w == "dtg" || w == "date") && doc_.lower(k + 1) == "of" &&
            (doc_.lower(k + 2) == "attack" || doc_.lower(k + 2) == "incident" ||
             doc_.lower(k + 2) == "event" || doc_.lower(k + 2) == "loss") &&
            doc_.surface(k + 3) == ":") {
            colon = k + 3;
        } else if ((w == "incident" || w == "attack") &&
                   (doc_.lower(k + 1) == "date" || doc_.lower(k + 1) == "dtg") &&
                   doc_.surface(k + 2) == ":") {
            colon = k + 2;
        } else if (w == "date" && (doc_.lower(k + 1) == "/" || doc_.lower(k + 1) == "and") &&
                   doc_.lower(k + 2) == "time" && doc_.surface(k + 3) == ":" &&
                   (k == 0 || doc_.tokens()[k].is(text::kNewlineBefore))) {
            // (an incident report's own "Date/time:" field, at a line's start)
            colon = k + 3;
        }
        if (colon == 0) {
            continue;
        }
        std::size_t stop = colon + 1;
        while (stop < end && stop < colon + 8 && doc_.surface(stop) != "|" &&
               !doc_.tokens()[stop].is(text::kNewlineBefore)) {
            ++stop;
        }
        const auto dates = find_dates(doc_, colon + 1, stop, article_.published);
        if (!dates.empty() && dates.front().precision == 1 && !dates.front().since) {
            return dates.front().date;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Date> ArticlePass::title_day(std::optional<Date> ref) const {
    if (!ref) {
        return std::nullopt;
    }
    const auto& pars = doc_.paragraphs();
    for (std::size_t p = 0; p < pars.size() && p < 2; ++p) {
        std::size_t b = pars[p].token_begin;
        std::size_t e = pars[p].token_end;
        if (pars[p].kind != text::ParagraphKind::title) {
            // (or a heading ending in a colon that opens the first line: "Live updates, 1
            // March: 13:40 Rocket attack reported at ...")
            e = b;
            for (std::size_t k = b + 1; p == 0 && k < pars[p].token_end && k < b + 10; ++k) {
                if (doc_.surface(k) == ":" && k + 1 < pars[p].token_end &&
                    doc_.tokens()[k + 1].is(text::kSpaceBefore)) {
                    e = k;
                    break;
                }
            }
            if (e == b) {
                continue;
            }
        }
        if (!cues_in(b, e).empty()) {
            return std::nullopt;
        }
        auto dates = find_dates(doc_, b, e, ref);
        // (not the day it was issued: "Daily report for 19 December 2024, issued 20 December
        // at 08:00" heads the 19th's incidents)
        // (and only for a report of a day, "for 19 December": not "Ceasefire of 1 December
        // holds, updated 20 December", whose day is the truce's)
        if (dates.size() == 2 && dates.front().begin > b &&
            doc_.lower(dates.front().begin - 1) == "for") {
            std::erase_if(dates, [&](const DateMention& m) {
                const auto v = m.begin > b ? doc_.lower(m.begin - 1) : text::TokenText();
                return v == "issued" || v == "published" || v == "released" || v == "updated";
            });
        }
        if (dates.size() != 1 || dates.front().precision != 1 || dates.front().since) {
            return std::nullopt;
        }
        const auto& d = dates.front();
        // (not one end of a range: "1-7 March", "3 to 9 May")
        const auto next = d.end < e ? doc_.lower(d.end) : text::TokenText();
        const auto prev = d.begin > b ? doc_.lower(d.begin - 1) : text::TokenText();
        bool range = next == "-" || next == "\u2013" || next == "to" || prev == "-" ||
                     prev == "\u2013" || prev == "to" || prev == "until";
        for (std::size_t k = d.begin; k < d.end; ++k) {
            range = range || doc_.surface(k) == "-" || doc_.surface(k) == "\u2013" ||
                    doc_.lower(k) == "to" || doc_.tokens()[k].is(text::kHyphenBefore);
        }
        if (range) {
            return std::nullopt;
        }
        const auto age = ref->days_since_epoch() - d.date.days_since_epoch();
        return age >= 0 && age <= 31 ? std::optional<Date>(d.date) : std::nullopt;
    }
    return std::nullopt;
}

std::string ArticlePass::country_name(const std::string& code) const {
    if (code.empty()) {
        return {};
    }
    // Asked for every event, of the article's one or two countries: each looked up once.
    for (const auto& [known, name] : country_names_) {
        if (known == code) {
            return name;
        }
    }
    auto c = lookup_.country(code);
    return country_names_.emplace_back(code, c ? c->name : code).second;
}

void ArticlePass::finish(ExtractionResult& out) {
    // Casualties no event took, with a count and a doer: an event of their own, in text order.
    for (auto& p : pending_) {
        if (p.doer_counted) {
            const auto at = std::upper_bound(
                drafts_.begin(), drafts_.end(), p.first_sentence,
                [](std::size_t s, const Draft& d) { return s < d.first_sentence; });
            drafts_.insert(at, std::move(p));
        }
    }
    pending_.clear();
    drop_summaries(doc_, article_.published, drafts_);
    drop_headlines_told(drafts_);
    drop_events_abroad(drafts_, focus_.country, explain_);
    merge_bare_explosions(drafts_);
    merge_interceptions(doc_, drafts_);
    merge_announced_attacks(drafts_);
    merge_digest_items(doc_, article_.published, drafts_);
    // "calls on all teachers to take part in a sit-in on Sunday 22 January" in a statement of
    // the 15th: an event on a day after the report's, told with its month, is a plan, not an
    // event told (a day counted on, "two days later", may run past a report's day).
    if (article_.published) {
        const auto published = article_.published->days_since_epoch();
        std::erase_if(drafts_, [&](const Draft& d) {
            if (!d.date || d.date->precision != 1 ||
                d.date->date.days_since_epoch() <= published + 1) {
                return false;
            }
            bool month = false;
            for (std::size_t k = d.date->begin; k < d.date->end && !month; ++k) {
                month = text::month_from_word(doc_.lower(k)) != 0;
            }
            // (and told as one: a call, a plan or a future; not any event of a batch given an
            // early --date, "A bomb exploded in Kirkuk on 3 June")
            const auto& sent = doc_.sentences()[doc_.sentence_of(d.date->begin)];
            bool plan = false;
            for (std::size_t k = sent.token_begin; month && k < sent.token_end && !plan; ++k) {
                static const WordSet kPlan = {
                    "calls", "called", "call",  "urges",   "urged",     "invites",   "invited",
                    "will",  "plan",   "plans", "planned", "scheduled", "announces", "announced"};
                plan = kPlan.contains(doc_.word(k));
            }
            return plan;
        });
    }
    // The article's dominant weapon types a bare "attack" on a base or forces.
    std::string dominant;
    int votes = 0;
    for (const auto& [sub, n] : weapon_votes_) {
        if (n > votes) {
            votes = n;
            dominant = sub;
        }
    }
    const std::optional<Date> ref = article_.published;
    const std::optional<Date> log_day = title_day(ref);
    const std::optional<Date> report_incident_day = incident_day();
    // The day a dateline gives ("BAGHDAD, May 11 (Wire) -"), a day or two before publication.
    std::optional<Date> dateline_day;
    for (const auto& par : doc_.paragraphs()) {
        if (par.dateline_end == 0 || !ref) {
            continue;
        }
        for (const auto& dm : find_dates(doc_, par.token_begin, par.dateline_end, ref)) {
            const long age = ref->days_since_epoch() - dm.date.days_since_epoch();
            if (dm.precision == 1 && !dm.since && age >= 0 && age <= 2) {
                dateline_day = dm.date;
            }
        }
        break;
    }
    std::size_t n = 0;
    bool previous_background = false;
    std::size_t previous_sentence = 0;
    std::optional<DateMention> previous_date;
    bool any_current = false;
    // The events set in the background only by their age: a report that tells nothing newer
    // tells them as its news (see after the loop).
    std::vector<std::size_t> aged_only;
    bool placed_elsewhere = false; // a current event placed away from the dateline's town
    bool placed_abroad = false;    // ... in another country ("ANKARA - ... in Metina")
    // Event types the article places somewhere (before any fallback below).
    std::set<std::string> placed_kinds;
    for (const auto& o : drafts_) {
        if (o.place.located()) {
            placed_kinds.insert(o.type.event_type);
        }
    }
    // (Filled in below: the lead, its first two paragraphs, names no place but the dateline's
    // town.)
    bool lead_names_dateline_only = true;
    // The dateline's town, when it is one in the country the article's text is about (another
    // name of that country in the text says so, not the dateline alone).
    const Toponym* dateline = nullptr;
    for (const auto& t : toponyms_) {
        if (t.role == ToponymRole::dateline && t.place() != nullptr && is_populated(*t.place()) &&
            doc_.sentences()[t.sentence].paragraph == 0 &&
            t.place()->country_code == focus_.country) {
            dateline = &t;
            break;
        }
    }
    // An alert's or advisory's "Location: U.S. Embassy Baghdad, International Zone" field: where
    // its events happened when they name no place (the first place named, one field only).
    const Toponym* location_field = nullptr;
    std::size_t location_field_from = 0; // (a point measured from it: the field's value start)
    bool location_labelled = false;      // (a "Location:" field, even one naming only the country)
    // (in the first four paragraphs, or anywhere in a header block of short lines before any
    // prose: "Report DTG: ...", "Incident DTG: ...", "Location: K-1 Air Base"; not a catalogue
    // record's "Location: Iraq; Muthanna" after its abstract)
    const std::size_t head = header_end(0);
    for (std::size_t p = 0; p < doc_.paragraphs().size() && p < 8 && location_field == nullptr;
         ++p) {
        const auto& par = doc_.paragraphs()[p];
        // (at a line's start: the paragraph's, or in the header block, or the paragraph that
        // ends it, one of its lines)
        const bool header = par.token_begin <= head;
        if (p >= 4 && !header) {
            break;
        }
        std::size_t field_begin = par.token_begin;
        // (also "Location of loss:", "Site of incident:", an adjuster's or a log's field)
        std::size_t value = 0; // (the field's value begins here, after its colon)
        for (; field_begin + 2 < par.token_end; ++field_begin) {
            if ((field_begin == par.token_begin ||
                 (header && doc_.tokens()[field_begin].is(text::kNewlineBefore))) &&
                (doc_.lower(field_begin) == "location" || doc_.lower(field_begin) == "site")) {
                if (doc_.surface(field_begin + 1) == ":") {
                    value = field_begin + 2;
                } else if (field_begin + 4 < par.token_end && doc_.lower(field_begin + 1) == "of" &&
                           doc_.surface(field_begin + 3) == ":") {
                    value = field_begin + 4;
                }
                if (value != 0) {
                    break;
                }
            }
            if (!header) {
                break; // (outside the header block only the paragraph's start opens a field)
            }
        }
        if (value == 0) {
            continue;
        }
        location_labelled = true;
        // (the field's sentence, to its line's end: "U.S." ends neither)
        std::size_t line_end = value;
        const std::size_t field_end = doc_.sentences()[doc_.sentence_of(field_begin)].token_end;
        while (line_end < field_end && !doc_.tokens()[line_end].is(text::kNewlineBefore)) {
            ++line_end;
        }
        // (the most specific of its places, "Kirkuk, Kirkuk governorate" -> the town; places
        // apart, "Location: Erbil, Nineveh", give no one place for all)
        bool apart = false;
        const Toponym* measured = nullptr;
        for (const auto& t : toponyms_) {
            // (not a place it is measured from, "Camp Taji, 25 km north of Baghdad", but the
            // point measured when the field names no site, "about 20 km north of Baiji")
            if (t.begin < value || t.end > line_end || t.place() == nullptr ||
                is_country(*t.place())) {
                continue;
            }
            if (measured_from(doc_, t.begin)) {
                measured = measured == nullptr ? &t : measured;
                continue;
            }
            const Place& here = *t.place();
            if (location_field == nullptr) {
                location_field = &t;
                continue;
            }
            const Place& kept = *location_field->place();
            const bool wide_here = is_admin1(here) || is_admin2(here);
            const bool wide_kept = is_admin1(kept) || is_admin2(kept);
            if (here.admin1_code != kept.admin1_code && !(wide_here && wide_kept)) {
                apart = true;
            } else if (!wide_here && !wide_kept &&
                       geo::distance_to_test_m({here.lat, here.lon}, {kept.lat, kept.lon},
                                               15000.0) > 15000.0) {
                apart = true;
            } else if (wide_kept && !wide_here) {
                location_field = &t;
            }
        }
        // (the point measured is more exact than a town that only names a route the field
        // places, "the Iraqi section of the Kirkuk-Ceyhan crude line, about 20 km north of
        // Baiji"; not than a site, "K-1 Air Base, 15 km north-west of Kirkuk", or a town it
        // places, "Qayyarah, 60 km south of Mosul")
        const auto route_end = [&](const Toponym& t) {
            return (t.end < line_end && doc_.tokens()[t.end].is(text::kHyphenBefore) &&
                    doc_.tokens()[t.end].is(text::kCapitalized)) ||
                   (t.end + 1 < line_end && doc_.surface(t.end) == "-" &&
                    doc_.tokens()[t.end + 1].is(text::kCapitalized));
        };
        if (measured != nullptr &&
            (location_field == nullptr ||
             (is_populated(*location_field->place()) && route_end(*location_field)))) {
            location_field = measured;
            location_field_from = value;
        } else if (apart) {
            location_field = nullptr;
        }
        break;
    }
    // The title given apart from the text ("Sulaimani, 22 August: a night of gunfire", "Letters
    // from Taji", "March in Halabja"): when it names one town or site in the country the text
    // is about, a text that places none of its events tells them there. (Not a governorate,
    // "Incident records, Anbar governorate", whose records place their own events; not the
    // issuer of an alert whose "Location:" field says where its events are. Read when first
    // needed: most articles place their events.)
    std::vector<Toponym> title_toponyms;
    std::optional<const Toponym*> title_place;
    const auto title_town = [&]() -> const Toponym* {
        if (title_place) {
            return *title_place;
        }
        title_place = nullptr;
        if (article_.title.empty() || focus_.country.empty() || location_labelled) {
            return nullptr;
        }
        const Document title(article_.title);
        DocumentFocus title_focus = focus_;
        title_toponyms = ToponymFinder(lookup_).find(title, title_focus);
        const Toponym* one = nullptr;
        for (const auto& t : title_toponyms) {
            const Place* p = t.place();
            if (p == nullptr || is_country(*p) ||
                (t.role != ToponymRole::place && t.role != ToponymRole::dateline)) {
                continue;
            }
            if (p->country_code != focus_.country || base_precision(*p) > 2) {
                return nullptr;
            }
            // (a place inside another the title names, "Baghdad Neighbourhoods Oral History: a
            // shopkeeper from Karrada": the finer one; places apart give none)
            if (one != nullptr && one->place()->id != p->id) {
                const Place& q = *one->place();
                if (geo::distance_to_test_m({q.lat, q.lon}, {p->lat, p->lon}, 15000.0) > 15000.0 ||
                    specificity(*p) == specificity(q)) {
                    return nullptr;
                }
                if (specificity(*p) > specificity(q)) {
                    one = &t;
                }
                continue;
            }
            one = &t;
        }
        if (one != nullptr) {
            // (kept with the article: the title's toponyms go when this pass ends, the drafts
            // refer to the place after it)
            kept_places_.push_back(one->chosen_place);
        }
        title_place = one;
        return one;
    };
    // A quiz's answer key ("Answers: 7 Hillah. 8 Muqdadiyah.", "Key: 1 B, Karbala; ... 2 B, the
    // base near Amerli"): where the events of each numbered question happened, which the
    // question leaves to be guessed ("... killed 47 people. Which city? Karbala / Hillah / Kut").
    const std::vector<const Toponym*> quiz_places = quiz_answer_places();
    if (dateline != nullptr &&
        std::none_of(toponyms_.begin(), toponyms_.end(), [&](const Toponym& t) {
            // (a place named as such: not "Washington blamed Iran-backed militias", a
            // government)
            return &t != dateline &&
                   (t.role == ToponymRole::place || t.role == ToponymRole::qualifier) &&
                   t.place() != nullptr &&
                   t.place()->country_code == dateline->place()->country_code;
        })) {
        dateline = nullptr;
    }
    // (or names the dateline's town again: "KIRKUK - ... federal forces took over Kirkuk")
    bool lead_names_dateline = false;
    for (const auto& t : toponyms_) {
        if (doc_.sentences()[t.sentence].paragraph > 1) {
            break;
        }
        lead_names_dateline =
            lead_names_dateline ||
            (&t != dateline && dateline != nullptr && t.place() != nullptr &&
             t.role == ToponymRole::place && t.place()->id == dateline->place()->id);
        // (the dateline's own country may be named: "one of the most mixed in Iraq")
        if (&t != dateline && t.place() != nullptr &&
            (t.role == ToponymRole::place || t.role == ToponymRole::qualifier) &&
            (dateline == nullptr ||
             (t.place()->id != dateline->place()->id &&
              !(is_country(*t.place()) &&
                t.place()->country_code == dateline->place()->country_code)))) {
            lead_names_dateline_only = false;
        }
    }
    lead_names_dateline_only = lead_names_dateline_only || lead_names_dateline;
    const std::size_t first_event = out.events.size();
    out.events.reserve(out.events.size() + drafts_.size()); // (records are large: no regrowth)
    // "Peshmerga have largely withdrawn from the city", "Peshmerga pull out": a report of the
    // Peshmerga handing ground over, where state forces that take a place take it from them.
    // (Not in a story of the war on IS: "Peshmerga withdrew from Makhmour" as IS overran it,
    // "Kurdish forces retook the Mosul Dam".)
    bool peshmerga_left = false;
    static constexpr text::ScanWords kPeshmerga{"peshmerga"};
    static constexpr text::ScanWords kIslamicState{"is", "isis", "isil", "daesh", "islamic"};
    bool islamic_state = false;
    const std::size_t all_tokens = doc_.tokens().size();
    // (Looked for only in a text that may name the Peshmerga, the one thing it decides: "is"
    // lets nearly every text through kIslamicState, and the scan then read most of its tokens.)
    const bool may_name_peshmerga = doc_.may_hold<kPeshmerga>(0, all_tokens);
    for (std::size_t k =
             may_name_peshmerga && doc_.may_hold<kIslamicState>(0, all_tokens) ? 0 : all_tokens;
         k < all_tokens && !islamic_state; ++k) {
        const auto w = doc_.lower(k);
        islamic_state =
            (w == "is" && doc_.surface(k) == "IS") || w == "isis" || w == "isil" || w == "daesh" ||
            (w == "islamic" && k + 1 < doc_.tokens().size() && doc_.lower(k + 1) == "state");
    }
    for (const auto& sent : doc_.sentences()) {
        if (islamic_state) {
            break;
        }
        if (peshmerga_left || !may_name_peshmerga ||
            !doc_.may_hold<kPeshmerga>(sent.token_begin, sent.token_end)) {
            continue;
        }
        bool named = false;
        for (std::size_t k = sent.token_begin; k < sent.token_end && !peshmerga_left; ++k) {
            const auto w = doc_.lower(k);
            named = named || w == "peshmerga";
            const auto nx = k + 1 < sent.token_end ? doc_.lower(k + 1) : text::TokenText();
            peshmerga_left = named && (w == "withdrew" || w == "withdrawn" || w == "withdraw" ||
                                       w == "withdraws" || w == "retreated" ||
                                       ((w == "pull" || w == "pulled" || w == "pulls") &&
                                        (nx == "out" || nx == "back")) ||
                                       ((w == "handed" || w == "hand") && nx == "over"));
        }
    }
    const Draft* previous_town = nullptr;   // the latest event placed at a town itself
    const Draft* previous_placed = nullptr; // the latest event placed at a town or near one
    for (auto& d : drafts_) {
        // An unspecified attack or killing takes the article's dominant weapon, unless it hit
        // civilians with no weapon named (violence against civilians).
        // A bare "attack" takes it only when it hit a base, convoy or patrol (rocket country);
        // "militants attacked a village" stays a clash or an attack on civilians.
        const bool civilian_target = d.actor2.find("Civilians") != std::string::npos;
        const auto& ev = doc_.sentences()[d.evidence_sentence];
        bool site = false;
        static constexpr text::ScanWords kSites{"base",   "bases",   "facility", "facilities",
                                                "convoy", "airport", "embassy",  "camp"};
        const bool may_site = doc_.may_hold<kSites>(ev.token_begin, ev.token_end);
        for (std::size_t k = ev.token_begin; may_site && k < ev.token_end; ++k) {
            const auto w = doc_.lower(k);
            site = site || w == "base" || w == "bases" || w == "facility" || w == "facilities" ||
                   w == "convoy" || w == "airport" || w == "embassy" || w == "camp";
        }
        // ("In Mosul, gunmen killed a former army officer" in a report of bombings: gunmen
        // shoot.)
        static constexpr text::ScanWords kShooters{"gunmen", "gunman", "shot", "gunfire"};
        bool shooters = false;
        for (std::size_t k = doc_.may_hold<kShooters>(ev.token_begin, ev.token_end) ? ev.token_begin
                                                                                    : ev.token_end;
             k < ev.token_end && !shooters; ++k) {
            const auto w = doc_.lower(k);
            shooters = w == "gunmen" || w == "gunman" || w == "shot" || w == "gunfire";
        }
        // ("U.S. forces today conducted precision defensive strikes against five facilities",
        // in a statement about rockets: the strikes of a force that strikes from the air)
        const bool air_strikes =
            (d.head == "strikes" || d.head == "strike" || d.head == "struck") &&
            air_power(d.actor1);
        if (!dominant.empty() && !civilian_target && !(shooters && d.type.event_type.empty()) &&
            !air_strikes &&
            (d.type.event_type.empty() || (d.type.from_generic_attack && (site || d.series)))) {
            d.type = {"Explosions/Remote violence", dominant, true};
        }
        type_air_power_strike(d); // ("US forces struck 85 targets")
        // Territory: taken by state forces is regained; taken without a fight is transferred.
        if (changes_territory(d)) {
            // ("Iraqi forces retook Bartella on 20 October, and entered Qaraqosh on 22
            // October": the second taking is the same forces')
            for (const auto& o : drafts_) {
                if (d.actor1.empty() && &o != &d && o.evidence_sentence == d.evidence_sentence &&
                    !o.actor1.empty() && changes_territory(o)) {
                    d.actor1 = o.actor1;
                    d.inter1 = o.inter1;
                    d.actor1_needs_country = o.actor1_needs_country;
                }
            }
            const auto& sent = doc_.sentences()[d.evidence_sentence];
            bool peaceful = false, withdrew = false, forced = false, little = false;
            for (std::size_t k = sent.token_begin; k + 1 < sent.token_end; ++k) {
                const auto w = doc_.lower(k);
                peaceful =
                    peaceful ||
                    (w == "without" &&
                     (doc_.lower(k + 1) == "a" || doc_.lower(k + 1) == "resistance" ||
                      doc_.lower(k + 1) == "fighting" || doc_.lower(k + 1) == "any")) ||
                    (w == "handed" && doc_.lower(k + 1) == "over") ||
                    // ("entered Kobani under a deal with the SDF")
                    (w == "under" && (doc_.lower(k + 1) == "a" || doc_.lower(k + 1) == "an") &&
                     k + 2 < sent.token_end &&
                     (doc_.lower(k + 2) == "deal" || doc_.lower(k + 2) == "agreement"));
                // ("the Peshmerga took control after army units abandoned their bases": left
                // to state forces, not driven out; a militant takeover is one all the same)
                withdrew = withdrew || w == "withdrew" || (w == "abandoned" && d.inter1 == 1) ||
                           ((w == "pulled" || w == "fell") && doc_.lower(k + 1) == "back");
                // ("IS fighters overran Makhmour and Gwer; Peshmerga withdrew": taken by force.)
                forced = forced || w == "overran" || w == "overrun" || w == "stormed";
                // ("state forces entered Akashat with little resistance", "unopposed"; not
                // "militants overran Tikrit, meeting little resistance", a takeover all the same)
                little = little ||
                         ((w == "little" || w == "no") &&
                          (doc_.lower(k + 1) == "resistance" || doc_.lower(k + 1) == "fighting")) ||
                         w == "unopposed";
            }
            // (of the one event the sentence tells: not "the recapture of Anah was announced
            // after three days of fighting" beside it)
            peaceful =
                peaceful || (little && !forced && d.inter1 == 1 && d.killed.value_or(0) == 0);
            // ("Iraqi CTS takes control of K1" in a feed where the Peshmerga pull out: taken
            // from them without a fight, unless the sentence tells of one or of IS)
            bool militants = false;
            for (std::size_t k = sent.token_begin; k < sent.token_end && !militants; ++k) {
                const auto w = doc_.lower(k);
                militants = w == "is" && doc_.surface(k) == "IS";
                militants = militants || w == "isis" || w == "isil" || w == "daesh" ||
                            w == "militants" || w == "jihadists";
                // (not "withdrew without major fighting")
                if ((w == "clashes" || w == "fighting") && !militants) {
                    bool denied = false;
                    for (std::size_t j = k; j > sent.token_begin && j + 3 > k && !denied; --j) {
                        denied = doc_.lower(j - 1) == "without" || doc_.lower(j - 1) == "no";
                    }
                    militants = !denied;
                }
            }
            // ("Islamic State fighters seized the Mosul Dam after the Peshmerga guarding it
            // withdrew": the Islamic State overtook it all the same.)
            const bool is_took = d.actor1.find("Islamic State") != std::string::npos;
            peaceful = peaceful || (withdrew && !forced && !militants && !is_took);
            peaceful =
                peaceful ||
                (peshmerga_left && !forced && !militants &&
                 (d.inter1 == 1 || d.actor1.empty() || d.actor1 == "Popular Mobilization Forces") &&
                 d.actor2.find("Peshmerga") == std::string::npos);
            if (peaceful) {
                d.type = {"Strategic developments", "Non-violent transfer of territory"};
            } else if (d.inter1 == 1 || d.actor1 == "Popular Mobilization Forces") {
                d.type.sub_event_type = "Government regains territory";
            }
        }
        // Security forces that shot into the crowd of the scene just set met a protest.
        if (d.crowd_scene &&
            (d.type.sub_event_type == "Attack" || d.type.sub_event_type == "Armed clash") &&
            (d.actor1.rfind("Police Forces", 0) == 0 ||
             d.actor1.rfind("Military Forces", 0) == 0)) {
            d.type = {"Protests", "Protest with intervention"};
            d.actor2 = d.actor1;
            d.inter2 = d.inter1;
            d.actor2_needs_country = d.actor1_needs_country;
            d.actor1.clear();
            d.inter1 = 0;
            d.actor1_needs_country = false;
        }
        // Force that killed protesters is excessive force.
        // (also a protest told apart from the force: "demonstration; ISF used live fire. 1
        // protester KIA")
        if ((d.type.sub_event_type == "Protest with intervention" ||
             d.type.sub_event_type == "Peaceful protest") &&
            d.killed && *d.killed > 0) {
            d.type.sub_event_type = "Excessive force against protesters";
        }
        // So is live fire, whoever it hit ("used tear gas and live ammunition against
        // protesters").
        if (d.type.sub_event_type == "Protest with intervention") {
            static constexpr text::ScanWords kLive{"live"};
            for (std::size_t k = doc_.may_hold<kLive>(ev.token_begin, ev.token_end) ? ev.token_begin
                                                                                    : ev.token_end;
                 k + 1 < ev.token_end; ++k) {
                const auto nx = doc_.lower(k + 1);
                if (doc_.lower(k) != "live" ||
                    !(nx == "ammunition" || nx == "fire" || nx == "rounds" || nx == "bullets")) {
                    continue;
                }
                // (not "did not use live ammunition", "without live fire")
                bool denied = false;
                for (std::size_t j = k; j > ev.token_begin && j + 3 > k && !denied; --j) {
                    const auto x = doc_.lower(j - 1);
                    denied = x == "not" || x == "no" || x == "without" || x == "never";
                }
                if (!denied) {
                    d.type.sub_event_type = "Excessive force against protesters";
                    break;
                }
            }
        }
        // Protesters are a protest's (or riot's) first actor; the police who met them the
        // second.
        if ((d.type.event_type == "Protests" || d.type.event_type == "Riots") &&
            (d.actor1.rfind("Police Forces", 0) == 0 ||
             d.actor1.rfind("Military Forces", 0) == 0)) {
            std::swap(d.actor1, d.actor2);
            std::swap(d.inter1, d.inter2);
            std::swap(d.actor1_needs_country, d.actor2_needs_country);
        }
        // "Residents of Hay al-Hussein set fire to the local electricity office after days of
        // blackouts", "Unpaid civil servants torched the offices of the ruling party": people
        // with a grievance who burn an office riot (a violent demonstration). (Not the houses
        // or shops they burn: "villagers burned the houses of IS families" stays destruction.
        // No armed side named: not militants' arson.)
        if (d.type.sub_event_type == "Looting/property destruction" && d.actor1.empty() &&
            d.actor2.empty()) {
            const auto& told = doc_.sentences()[d.evidence_sentence];
            static constexpr text::ScanWords kCrowd{"residents", "servants", "employees",
                                                    "workers",   "teachers", "graduates",
                                                    "villagers", "youths",   "locals"};
            if (doc_.may_hold<kCrowd>(told.token_begin, told.token_end)) {
                bool crowd = false, office = false;
                for (std::size_t k = told.token_begin; k < told.token_end && !office; ++k) {
                    const auto w = doc_.lower(k);
                    if (!crowd) {
                        crowd = k < told.token_begin + 8 &&
                                (w == "residents" || w == "servants" || w == "employees" ||
                                 w == "workers" || w == "teachers" || w == "graduates" ||
                                 w == "villagers" || w == "youths" || w == "locals");
                        continue;
                    }
                    office = w == "office" || w == "offices" || w == "headquarters" ||
                             w == "building" || w == "directorate" || w == "council" ||
                             w == "ministry";
                }
                if (crowd && office) {
                    d.type = {"Riots", "Violent demonstration"};
                }
            }
        }
        if (d.type.event_type == "Riots" && d.actor1.empty()) {
            d.actor1 = "Rioters";
            d.inter1 = 5;
            d.actor1_needs_country = true;
        }
        if (d.type.event_type == "Protests" && d.actor1.empty()) {
            d.actor1 = "Protesters";
            d.inter1 = 6;
            d.actor1_needs_country = true;
        }
        if (d.type.event_type.empty()) {
            // Killing with no weapon or fight named: an attack on civilians when they were
            // the ones hit, else a clash.
            d.type = d.actor2.find("Civilians") != std::string::npos
                         ? EventType{"Violence against civilians", "Attack", true}
                         : EventType{"Battles", "Armed clash", true};
        }
        // A lone person shot dead by gunmen, with no armed side named ("X, a security analyst,
        // was shot dead by gunmen on a motorcycle"): a targeted killing.
        // (So is one typed an attack already, shot at home: its victim is a civilian too.)
        if ((d.type.sub_event_type == "Armed clash" ||
             d.type.event_type == "Violence against civilians") &&
            d.actor2.empty() && d.killed && *d.killed == 1 &&
            d.actor1.rfind("Unidentified Armed Group", 0) == 0) {
            d.type = {"Violence against civilians", "Attack"};
            d.actor2 = "Civilians";
            d.inter2 = 7;
            d.actor2_needs_country = true;
        }
        // The words after each killing verb of the draft's sentences ("killed", "killing",
        // "shot dead"): test(k, end) is asked at the verb's last token.
        const auto after_killing = [&](auto&& test) {
            for (const std::size_t si : d.sentences) {
                const auto& told = doc_.sentences()[si];
                for (std::size_t k = told.token_begin; k + 1 < told.token_end; ++k) {
                    const auto w = doc_.lower(k);
                    if ((w == "killed" || w == "killing" ||
                         (w == "dead" && k > told.token_begin && doc_.lower(k - 1) == "shot")) &&
                        test(k, told.token_end)) {
                        return true;
                    }
                }
            }
            return false;
        };
        const bool undecided_clash =
            d.type.sub_event_type == "Armed clash" && d.actor2.empty() && d.killed && *d.killed > 0;
        bool civilians_killed = false;
        // (Not the dead of a battle told with them: "the offensive against the militias killed
        // at least 50 people", "shot in the clashes ...; twenty-three people were killed".)
        const auto fight_told = [&] {
            static const WordSet kFight = {"fighting",  "clashes",   "battle",   "battles",
                                           "offensive", "operation", "militias", "militia",
                                           "militants", "fighters",  "gunmen",   "insurgents"};
            for (const std::size_t si : d.sentences) {
                const auto& told = doc_.sentences()[si];
                for (std::size_t k = told.token_begin; k < told.token_end; ++k) {
                    if (kFight.contains(doc_.word(k))) {
                        return true;
                    }
                }
            }
            return false;
        };
        // ("Troops shot dead at least 25 people on the bridges": the state's forces killing
        // people, the killed named as such right after the verb and its count.)
        if (undecided_clash && (d.actor1.rfind("Military Forces", 0) == 0 ||
                                d.actor1.rfind("Police Forces", 0) == 0)) {
            static const WordSet kFillers = {"at",     "least",  "more", "than", "some", "about",
                                             "nearly", "around", "up",   "to",   "as",   "many"};
            static const WordSet kUnarmed = {"people",  "civilians",  "residents", "villagers",
                                             "persons", "bystanders", "citizens"};
            civilians_killed = !fight_told() && after_killing([&](std::size_t k, std::size_t end) {
                std::size_t j = k + 1;
                while (j < end && j < k + 6 &&
                       (kFillers.contains(doc_.word(j)) ||
                        parse_quantity(doc_, j, j + 1, false).has_value())) {
                    ++j;
                }
                return j > k + 1 && j < end && kUnarmed.contains(doc_.word(j));
            });
        }
        // "Militants killed at least 11 people in an attack on the village": people killed by
        // an armed group with no armed side named are civilians attacked.
        // (or shot by no one named: "Two men were shot dead in Karma on Friday")
        if (undecided_clash &&
            (d.actor1.rfind("Islamic State", 0) == 0 ||
             d.actor1.rfind("Unidentified Armed Group", 0) == 0 ||
             (d.actor1.empty() && (d.head == "shot" || d.head == "dead") && !fight_told()))) {
            // (men and women no side is named for are taken as civilians, as ACLED codes
            // victims of unknown status; a community's people: "killed two Yazidis in Kocho";
            // also "shot dead a diplomat and two other people")
            static const WordSet kPeople = {
                "people",     "villagers", "residents",  "civilians", "persons",    "men",
                "women",      "man",       "woman",      "farmers",   "shepherds",  "workers",
                "brothers",   "yazidis",   "christians", "shabaks",   "turkmen",    "kakais",
                "villager",   "shepherd",  "farmer",     "family",    "travellers", "travelers",
                "passengers", "citizens",  "hunters"};
            civilians_killed = after_killing([&](std::size_t k, std::size_t end) {
                for (std::size_t j = k + 1; j < end && j < k + 8; ++j) {
                    if (kPeople.contains(doc_.word(j))) {
                        return true;
                    }
                }
                // (or the passive's subject: "Two men were shot dead by gunmen near Tikrit")
                std::size_t v = doc_.lower(k) == "dead" ? k - 1 : k;
                if (v < 2 || (doc_.lower(v - 1) != "were" && doc_.lower(v - 1) != "was")) {
                    return false;
                }
                // (past a relative clause with no commas: "17 men who had surrendered at a
                // checkpoint were shot dead")
                std::size_t from = v - 1;
                for (std::size_t j = v - 1; j > 1 && j + 12 > v; --j) {
                    if (doc_.lower(j - 1) == "who") {
                        from = j - 1;
                        break;
                    }
                    if (!doc_.tokens()[j - 1].is(text::kWord) &&
                        !doc_.tokens()[j - 1].is(text::kNumber)) {
                        break;
                    }
                }
                for (std::size_t j = from; j > 0 && j + 5 > from; --j) {
                    if (kPeople.contains(doc_.word(j - 1))) {
                        return true;
                    }
                    if (!doc_.tokens()[j - 1].is(text::kWord) &&
                        !doc_.tokens()[j - 1].is(text::kNumber)) {
                        break;
                    }
                }
                return false;
            });
        }
        // (In a report on protests, its heading says so, the people the state's forces shot
        // dead were the protesters: "IRAQ PROTESTS - STYLE NOTES" over "security forces shot
        // dead at least 25 people on and near the bridges".)
        if (civilians_killed && d.actor1.rfind("Islamic State", 0) != 0 &&
            d.actor1.rfind("Unidentified Armed Group", 0) != 0 && protest_heading()) {
            d.type = {"Protests", "Excessive force against protesters"};
            d.actor2 = d.actor1;
            d.inter2 = d.inter1;
            d.actor2_needs_country = d.actor1_needs_country;
            d.actor1 = "Protesters";
            d.inter1 = 6;
            d.actor1_needs_country = true;
        } else if (civilians_killed) {
            d.type = {"Violence against civilians", "Attack"};
            d.actor2 = "Civilians";
            d.inter2 = 7;
            d.actor2_needs_country = true;
        }
        // A clash needs two armed sides: civilians shot at by gunmen were attacked ("farmers
        // were killed when gunmen attacked them", then "after the shooting"; "a man was shot
        // dead in the Shaab area", by no one named).
        const bool shot_by_no_one = d.actor1.empty() && (d.head == "shot" || d.head == "dead");
        // (Not two clans or tribes that fought: "Gunmen from two rival clans clashed in Qurna,
        // killing one man", "a clan fight killed one man": both sides armed.)
        const auto clans_fought = [&] {
            if (d.type.sub_event_type != "Armed clash") {
                return false;
            }
            static constexpr text::ScanWords kClans{"clans", "clan", "tribes", "tribal", "tribe"};
            const auto& told = doc_.sentences()[d.first_sentence];
            if (!doc_.may_hold<kClans>(told.token_begin, told.token_end)) {
                return false;
            }
            bool clans = false, fought = false;
            for (std::size_t k = told.token_begin; k < told.token_end; ++k) {
                const auto w = doc_.lower(k);
                clans = clans || w == "clans" || w == "clan" || w == "tribes" || w == "tribal" ||
                        w == "tribe";
                fought =
                    fought || w == "clashed" || w == "clash" || w == "clashes" || w == "fight" ||
                    w == "fighting" || w == "feud" || w == "gunfight" ||
                    (w == "exchanged" && k + 1 < told.token_end && doc_.lower(k + 1) == "fire");
            }
            return clans && fought;
        };
        if (d.type.sub_event_type == "Armed clash" && d.actor2.rfind("Civilians", 0) == 0 &&
            (!d.actor1.empty() || shot_by_no_one) && d.actor1.rfind("Civilians", 0) != 0 &&
            d.actor1.rfind("Protesters", 0) != 0 && !clans_fought()) {
            d.type = {"Violence against civilians", "Attack"};
        }
        // Protesters killed by gunmen, no protest told with them ("Gunmen killed a protester
        // in Baghdad on Monday"): a killing of civilians, not a clash. (A crowd fired on is
        // typed a protest met with force before this.)
        if (d.type.sub_event_type == "Armed clash" && d.actor2.rfind("Protesters", 0) == 0 &&
            d.actor1.rfind("Unidentified Armed Group", 0) == 0 && d.killed && *d.killed > 0) {
            d.type = {"Violence against civilians", "Attack"};
        }
        // One person shot dead, no side named at all ("X, the head of the bloc, was shot dead
        // moments after the sermon"): a targeted killing, not a clash.
        if (d.type.sub_event_type == "Armed clash" && shot_by_no_one && d.actor2.empty() &&
            d.killed && *d.killed == 1) {
            d.type = {"Violence against civilians", "Attack"};
            d.actor1 = "Unidentified Armed Group";
            d.inter1 = 3;
            d.actor1_needs_country = true;
            d.actor2 = "Civilians";
            d.inter2 = 7;
            d.actor2_needs_country = true;
        }
        // Old ordnance that went off: "killed by a mortar bomb they found near an old army
        // position", "when an old artillery shell exploded on waste ground": an explosive
        // remnant of war, coded as a landmine or IED, not a shelling.
        if (d.type.sub_event_type == "Shelling/artillery/missile attack") {
            const auto& told = doc_.sentences()[d.first_sentence];
            bool remnant = false;
            static constexpr text::ScanWords kRemnant{"unexploded", "remnant",  "remnants",
                                                      "leftover",   "ordnance", "old",
                                                      "found",      "picked",   "playing"};
            for (std::size_t k = doc_.may_hold<kRemnant>(told.token_begin, told.token_end)
                                     ? told.token_begin
                                     : told.token_end;
                 k < told.token_end && !remnant; ++k) {
                const auto w = doc_.lower(k);
                const auto nx = k + 1 < told.token_end ? doc_.lower(k + 1) : text::TokenText();
                remnant = w == "unexploded" || w == "remnant" || w == "remnants" ||
                          w == "leftover" || w == "ordnance" ||
                          (w == "old" && (nx == "artillery" || nx == "mortar" || nx == "shell" ||
                                          nx == "shells" || nx == "rocket" || nx == "bomb")) ||
                          ((w == "they" || w == "he" || w == "children" || w == "boys") &&
                           (nx == "found" || nx == "picked")) ||
                          (w == "playing" && nx == "with");
            }
            if (remnant) {
                d.type = {"Explosions/Remote violence", "Remote explosive/landmine/IED"};
            }
        }
        // A mob or tribesmen attacking a house or people, or burning them: mob violence.
        if ((d.type.sub_event_type == "Attack" ||
             d.type.sub_event_type == "Looting/property destruction") &&
            d.actor1.rfind("Rioters", 0) == 0) {
            d.type = {"Riots", "Mob violence"};
        }
        // Security forces that killed protesters used excessive force, whatever the verb.
        if (d.type.sub_event_type == "Armed clash" && d.actor2.rfind("Protesters", 0) == 0 &&
            (d.actor1.rfind("Military Forces", 0) == 0 ||
             d.actor1.rfind("Police Forces", 0) == 0) &&
            d.killed && *d.killed > 0) {
            d.type = {"Protests", "Excessive force against protesters"};
            std::swap(d.actor1, d.actor2); // protesters first
            std::swap(d.inter1, d.inter2);
            std::swap(d.actor1_needs_country, d.actor2_needs_country);
        }
        // "Hours later, American aircraft struck ...", "A gunship then struck ...": a sequel
        // told right after a dated event happened the same day.
        if (!d.date && previous_date && d.first_sentence <= previous_sentence + 1 &&
            is_sequel(doc_, doc_.sentences()[d.first_sentence])) {
            d.date = previous_date;
        }
        // An almanac item's event happened on the column's day of the item's year (unless the
        // item writes a date of its own for it).
        if (const AlmanacItem* item =
                almanac_item_at(doc_.sentences()[d.first_sentence].token_begin);
            item != nullptr && Date::valid(item->year, almanac_month_, almanac_day_) &&
            (!d.date || d.date->begin < item->begin || d.date->begin >= item->end ||
             d.date->begin == item->year_at)) {
            DateMention on;
            on.begin = item->year_at;
            on.end = item->year_at + 1;
            on.date = Date{item->year, almanac_month_, almanac_day_};
            on.precision = 1;
            d.date = on;
        }
        // Background: dated well before the report, a past cue, or an undated event told
        // next to a background one.
        // (A message's or a feed item's events age from its own day: "[Iraq Daily Post] Sep
        // 15" on a page crawled on the 29th tells that day's news.)
        bool background = d.background_cue && !d.record;
        bool aged = false;
        const auto message = message_day(d.first_sentence);
        const std::optional<Date>& told = message ? message : ref;
        if (d.date && told && told->days_since_epoch() - d.date->date.days_since_epoch() > 10 &&
            !d.record) {
            aged = !background && d.date->precision == 1 &&
                   told->days_since_epoch() - d.date->date.days_since_epoch() <= 92;
            background = true;
        }
        if (!d.date && previous_background && d.first_sentence <= previous_sentence + 2) {
            background = true;
        }
        // A roundup of the past month reports its incidents, each with its day: not background.
        if (roundup_ && d.date && d.date->precision == 1 && ref &&
            ref->days_since_epoch() - d.date->date.days_since_epoch() <= 45) {
            background = false;
        }
        // (an incident report's or a claim's own incident: "Date of loss: 19 June 2019" in a
        // report of 8 July)
        if (report_incident_day && d.date && d.date->precision == 1 &&
            d.date->date == *report_incident_day) {
            background = false;
        }
        if (report_period_ && d.date && d.date->precision == 1 &&
            report_period_->first <= d.date->date && d.date->date <= report_period_->second) {
            background = false;
        }
        // ("Background. After the federal takeover of Kirkuk, ... They entered the Mosul Dam
        // area on 17 October": a paragraph labelled as the background tells background)
        if (const auto& par = doc_.paragraphs()[doc_.sentences()[d.first_sentence].paragraph];
            par.token_end > par.token_begin + 2 && doc_.lower(par.token_begin) == "background" &&
            (doc_.surface(par.token_begin + 1) == "." ||
             doc_.surface(par.token_begin + 1) == ":")) {
            background = true;
        }
        if (!d.date && !background && any_current && d.first_sentence > 3 && !d.definite &&
            d.strength > 0) {
            // An undated event well after the lead, not referring back, in an article that
            // already reported its current events: context, most likely earlier.
            background = previous_background;
        }
        previous_background = background;
        previous_sentence = d.last_sentence;
        previous_date = d.date;
        any_current = any_current || !background;
        // "ERBIL - Several hundred teachers demonstrated in front of the parliament": a current
        // event in the lead that names no place happened in the dateline's town.
        // Not when the article places an event of the same kind: then this is most likely
        // more about that one.
        const bool kind_placed = placed_kinds.count(d.type.event_type) != 0;

        if (const std::size_t par = doc_.sentences()[d.first_sentence].paragraph;
            !quiz_places.empty() && quiz_places[par] != nullptr &&
            (!d.place.located() || d.place.precision >= 3 || d.place.relative)) {
            const Toponym& t = *quiz_places[par];
            d.place = choice_of(*t.place(), static_cast<int>(&t - toponyms_.data()));
            d.place.text = std::string(doc_.span_text(t.begin, t.end));
        }
        // A roundup ("NINEVEH - ... ERBIL - ..."): when two or more paragraphs open with a
        // place label, each label is where its paragraph's events happened, not where a
        // reporter was.
        if (const int label = section_label(doc_.sentences()[d.first_sentence].paragraph);
            !d.place.located() && !background && label >= 0 &&
            !(previous_placed != nullptr && d.same_site_end != 0 &&
              d.first_sentence <= previous_placed->last_sentence + 6)) {
            d.place = label_place(label);
            placed_kinds.insert(d.type.event_type);
        }
        if (!d.place.located() && !background && location_field != nullptr) {
            const Toponym& t = *location_field;
            d.place = choice_of(*t.place(), static_cast<int>(&t - toponyms_.data()));
            d.place.text = std::string(doc_.span_text(t.begin, t.end));
            if (location_field_from != 0) {
                const std::size_t b = apply_relative(doc_, location_field_from, t.begin, d.place);
                d.place.text = std::string(doc_.span_text(b, t.end));
            }
            placed_kinds.insert(d.type.event_type);
        }
        // A place the sentence implies: a nearby village (near the event just told), a site
        // inside the town of the event just told, an unknown village or a town site in a
        // datelined report.
        if (!d.place.located()) {
            const std::size_t s = d.first_sentence;
            if (previous_placed != nullptr && d.same_site_end != 0 &&
                s <= previous_placed->last_sentence + 6) {
                // "Last Wednesday, rockets on the same base killed two Americans"
                d.place = previous_placed->place;
                d.place.text = std::string(doc_.span_text(d.same_site_begin, d.same_site_end));
            } else if (previous_placed != nullptr && d.definite && d.date &&
                       s <= previous_placed->last_sentence + 2 &&
                       std::find(previous_placed->heads.begin(), previous_placed->heads.end(),
                                 d.head) != previous_placed->heads.end()) {
                // "... began a sit-in near the gates of the Green Zone on 19 October. The sit-in
                // turned violent on 5 November": the thing named again, where it was.
                d.place = previous_placed->place;
                d.place.text.clear();
            } else if (previous_placed != nullptr && s <= previous_placed->last_sentence + 3 &&
                       names_nearby_village(s)) {
                d.place = previous_placed->place;
                d.place.precision = std::max(d.place.precision, 2);
                d.place.uncertainty_m += 5000;
                d.place.text.clear();
            } else if (!background) {
                const bool town_site = names_town_site(s);
                if (town_site && previous_town != nullptr &&
                    s <= previous_town->last_sentence + 3) {
                    d.place = previous_town->place;
                    d.place.precision = 1; // (a site in the town, wherever the event before was)
                    d.place.text.clear();
                } else if (dateline != nullptr && names_unknown_village(s)) {
                    d.place = dateline_choice(*dateline);
                    d.place.precision = 2;
                    d.place.uncertainty_m += 15000;
                } else if (town_site && dateline != nullptr && !placed_abroad) {
                    d.place = dateline_choice(*dateline);
                }
            }
        }
        // (Not when the lead placed its events elsewhere: "DUHOK - Turkish commandos landed in
        // the Zap, Metina and Avashin-Basyan areas ... 19 PKK militants had been neutralised"
        // is that operation's toll, not a fight in Duhok.)
        // (An event dated within the last three months is in the lead too, though background:
        // "KIRKUK - ... The tension erupted again on 2 September, when rival crowds clashed" in a
        // report of mid-October; not one of years before, told from a foreign dateline.)
        // (... and of a lead that names no other place: not "ERBIL - Residents fleeing eastern
        // Mosul described ... On 20 November, a mortar round killed five people")
        if (!d.place.located() && (!background || (aged && lead_names_dateline_only)) &&
            dateline != nullptr && !kind_placed && !placed_elsewhere &&
            doc_.sentences()[d.first_sentence].paragraph <= 1) {
            d.place = dateline_choice(*dateline);
            d.place.precision = 2;
            d.place.uncertainty_m += 5000;
            placed_kinds.insert(d.type.event_type);
        }
        // (Background events too: "Musayyib (revision of 10 January 2006)", an encyclopedia's
        // entry on the town, tells its history there; "Letters from Taji" recalls the rockets
        // of the week before.)
        if (!d.place.located() && placed_kinds.empty() && title_town() != nullptr) {
            const Place& p = *title_town()->place();
            d.place = choice_of(p, -1);
            d.place.text = p.name;
        }
        // A testimony's place told just before ("weeks of hunger in Baghuz. \"In the second
        // week of March 2019 an aircraft bombed the house next to ours.\""; "living in a school
        // ... in al-Mansoura, about 18 km east of Tabqa" and then "the school was hit"): the one
        // town the sentence before names, when no event was told there.
        // (An event of a day or a week told: not a trend's or a campaign's "air strikes have
        // pushed the front back".)
        if (!d.place.located() && d.first_sentence > 0 && d.date && d.date->precision <= 2 &&
            !d.casualty_only) {
            d.place = place_told_before(d.first_sentence);
        }
        // "the families of the men killed at the Iskandariya police station ... On 10 February
        // a car bomb exploded outside the station": the site named again, at the place it was
        // named with.
        if (!d.place.located() && !d.casualty_only && d.first_sentence > 0) {
            d.place = site_named_before(d.first_sentence);
        }
        // "A curfew in the city of Basra from 15:00 today ... On Thursday evening, groups set fire
        // to the building of the provincial government": a site in a town, the one town the
        // report named before, when no event was placed at a town yet and no dateline says
        // where the reporter was.
        if (!d.place.located() && !background && previous_town == nullptr && dateline == nullptr &&
            names_town_site(d.first_sentence)) {
            if (const int t = one_town_between(0, doc_.sentences()[d.first_sentence].token_begin);
                t >= 0) {
                d.place = choice_of(*toponyms_[static_cast<std::size_t>(t)].place(), t);
                d.place.text.clear();
            }
        }
        // (elsewhere: not the town itself nor a site in it, "Baghdad's Green Zone")
        if (d.place.located() && !background && dateline != nullptr &&
            dateline->place() != nullptr && d.place.place->id != dateline->place()->id &&
            geo::distance_to_test_m({d.place.lat, d.place.lon},
                                    {dateline->place()->lat, dateline->place()->lon},
                                    30000.0) > 30000.0) {
            placed_elsewhere = true;
            placed_abroad =
                placed_abroad || d.place.place->country_code != dateline->place()->country_code;
        }

        if (d.place.located() && d.place.precision <= 2 && !is_country(d.place.place)) {
            previous_placed = &d;
        }
        // (at the town's own point: "in Basra", "in central Basra", not "near Basra")
        const bool town_point =
            d.place.precision == 1 ||
            (d.place.precision == 2 && !d.place.relative && d.place.lat == d.place.place->lat &&
             d.place.lon == d.place.place->lon && d.place.uncertainty_m <= radius_m(d.place.place));
        if (d.place.located() && town_point && is_populated(d.place.place) &&
            d.place.place->feature_code != "PPLX") {
            previous_town = &d;
        }
        if (aged && background) {
            aged_only.push_back(out.events.size());
        }
        EventRecord& e = out.events.emplace_back(); // (made in place: a record moved is 17 strings)
        e.article_id = article_.id;
        e.event_id = event_id_of(article_.id, ++n);
        e.article_ids = {article_.id};
        e.source = article_.source;
        e.event_type = d.type.event_type;
        e.sub_event_type = d.type.sub_event_type;
        if (d.date) {
            e.event_date = d.date->date;
            e.time_precision = d.date->precision;
        } else if (!background && report_incident_day) {
            // an incident report's "DTG of attack: ...", not its "Notification date: ..."
            e.event_date = *report_incident_day;
            e.time_precision = 1;
        } else if (const auto day = message_day(d.first_sentence); !background && day) {
            e.event_date = *day; // the day of the message that tells it ("Post by X » 7 Jul 2016")
            e.time_precision = 2;
        } else if (!background && log_day) {
            e.event_date = *log_day; // a log or update headed by its day ("Incident log, 17 June")
            e.time_precision = 1;
        } else if (!background && dateline_day) {
            e.event_date = *dateline_day; // the report's own day ("BAGHDAD, May 11 (Wire) -")
            e.time_precision = 2;
        } else if (!background && ref) {
            e.event_date = *ref; // a current report without a day: the report's date, ±week
            e.time_precision = 2;
        }
        e.background = background;
        e.fatalities = d.killed.value_or(0);
        e.injuries = d.injured.value_or(0);
        if (d.place.located()) {
            const Place& p = d.place.place;
            e.location = p.name;
            e.location_text = d.place.text;
            e.latitude = d.place.lat;
            e.longitude = d.place.lon;
            e.geo_precision = d.place.precision;
            e.uncertainty_m = std::round(d.place.uncertainty_m);
            e.country_code = p.country_code;
            e.admin1 = is_country(p) ? std::string() : (is_admin1(p) ? p.name : p.admin1);
            e.admin2 = is_admin2(p) ? p.name : p.admin2;
            e.place_id = p.id;
            e.geonames_id = p.geonames_id;
            e.feature_code = p.feature_code;
            if (d.place.relative && d.place.toponym >= 0) {
                e.reference_location = p.name;
                e.reference_latitude = p.lat;
                e.reference_longitude = p.lon;
            }
            // Region-level points are not tagged (a governorate straddles the line), but a
            // mountain or valley coded at its own point is as local as a district ("Qarachogh").
            const bool local_feature = d.place.precision == 3 && !is_admin1(p) && !is_country(p) &&
                                       p.feature_code != "RGN" && d.place.uncertainty_m <= 30000;
            if (disputed_ != nullptr && (d.place.precision <= 2 || local_feature)) {
                const auto tag = disputed_->tag(e.latitude.value(), e.longitude.value());
                e.disputed = tag.disputed;
                e.disputed_area = tag.area;
                e.kri_distance_km = tag.kri_distance_km;
            }
        }
        const std::string country =
            country_name(e.country_code.empty() ? focus_.country : e.country_code);
        auto with_country = [&](const std::string& name, bool needs) {
            return needs && !country.empty() ? name + " (" + country + ")" : name;
        };
        e.actor1 = with_country(d.actor1, d.actor1_needs_country);
        e.actor2 = with_country(d.actor2, d.actor2_needs_country);
        e.inter1 = d.inter1;
        e.inter2 = d.inter2;
        e.actor1_attribution = d.actor1.empty() ? std::string() : d.attribution;
        const auto& sent = doc_.sentences()[d.evidence_sentence];
        e.notes = std::string(
            text::truncate_utf8(doc_.span_text(sent.token_begin, sent.token_end), 1000));
        e.confidence = std::clamp(d.confidence - (d.absurd ? 0.2 : 0.0), 0.05, 0.99);
    }
    // "On 14 February, in Tarmiyah district, gunmen killed ...; on 2 March ...", a rights
    // report's incidents told weeks later: when no event of the article is current and two or
    // more are dated to the day within three months of it, set back only by their age, they
    // are its news (one such event alone is more often a note's or a notice's context).
    // (Not when the article's title names the period it covers: "Kirkuk governorate,
    // security (January-February 2020)" makes the May incidents of a July report context.)
    if (!any_current && aged_only.size() >= 2 && !report_period_ && !names_month(article_.title)) {
        for (const std::size_t i : aged_only) {
            out.events[i].background = false;
        }
    }
    drop_intercepted_attacks(out.events, first_event, article_.id);

    // Mentions for the map: every resolved toponym, with the role it played.
    if (mentions_ == MentionList::skip) {
        return;
    }
    std::vector<std::string> roles(toponyms_.size());
    for (std::size_t i = 0; i < toponyms_.size(); ++i) {
        roles[i] = role_name(toponyms_[i].role);
        if (roles[i] == "place" || roles[i] == "qualifier") {
            roles[i] = "context";
        }
    }
    for (const auto& d : drafts_) {
        for (int t : d.toponyms) {
            roles[static_cast<std::size_t>(t)] =
                d.place.relative && t == d.place.toponym ? "reference" : "event";
        }
    }
    for (std::size_t i = 0; i < toponyms_.size(); ++i) {
        const auto& t = toponyms_[i];
        if (t.place() == nullptr) {
            continue;
        }
        Mention m;
        m.article_id = article_.id;
        m.begin = doc_.tokens()[t.begin].begin;
        m.end = doc_.tokens()[t.end - 1].end;
        m.text = std::string(doc_.span_text(t.begin, t.end));
        const auto& sent = doc_.sentences()[t.sentence];
        m.sentence = std::string(
            text::truncate_utf8(doc_.span_text(sent.token_begin, sent.token_end), 1000));
        m.place = *t.place();
        m.score = t.score;
        m.role = roles[i];
        out.mentions.push_back(std::move(m));
    }
}

bool ArticlePass::has_generic_cue(std::size_t b, std::size_t e) const {
    for (const auto& c : cues_in(b, e)) {
        if (is_event_cue(c.cue) && reason_text(non_event_reason_of(b, c)) == "generic") {
            return true;
        }
    }
    return false;
}

bool ArticlePass::refers_back(std::size_t b, std::size_t e) const {
    // "the strike", "the attack", "responsibility": the sentence is about an event told before.
    for (std::size_t i = b; i + 1 < e; ++i) {
        const auto w = doc_.lower(i);
        const auto nx = doc_.lower(i + 1);
        if (nx == "responsibility" ||
            ((w == "the" || w == "this" || w == "that") &&
             (nx == "attack" || nx == "strike" || nx == "bombing" || nx == "blast" ||
              nx == "explosion" || nx == "assault" || nx == "rockets" || nx == "drones" ||
              nx == "ambush" || nx == "killing" || nx == "abduction" || nx == "kidnapping"))) {
            return true;
        }
    }
    return false;
}

void ArticlePass::attribute() {
    // The last event told in each sentence (a later draft wins, as a scan in order would), by
    // sentence (kNoDraft: none; a vector, not a map: a node per entry, every article).
    constexpr std::size_t kNoDraft = SIZE_MAX;
    std::vector<std::size_t> by_sentence(doc_.sentences().size(), kNoDraft);
    for (std::size_t k = 0; k < drafts_.size(); ++k) {
        for (const std::size_t ds : drafts_[k].sentences) {
            if (ds >= by_sentence.size()) {
                by_sentence.resize(ds + 1, kNoDraft);
            }
            by_sentence[ds] = k;
        }
    }
    // "No group claimed the strike, but Washington blamed Kataib Hezbollah": a sentence that
    // attributes an attack names the perpetrator of the nearest event before it.
    for (std::size_t s = 0; s < doc_.sentences().size(); ++s) {
        const auto& sent = doc_.sentences()[s];
        const auto actors = actors_in(sent.token_begin, sent.token_end);
        for (const auto& a : actors) {
            if (a.civilian || !a.armed) {
                continue;
            }
            const auto att = attribution_of(doc_, sent.token_begin, sent.token_end, a.begin, a.end);
            if (att == "stated") {
                continue;
            }
            // The event told in this very sentence, else the one at the place the sentence
            // names ("Ankara blamed the PKK for the Zilkan attack"), else the nearest one before.
            Draft* target = nullptr;
            if (by_sentence[s] != kNoDraft) {
                target = &drafts_[by_sentence[s]];
            }
            const auto [lo, hi] = toponyms_near(sent.token_begin, sent.token_end);
            for (std::size_t t = lo; t < hi && target == nullptr; ++t) {
                const auto& top = toponyms_[t];
                if (top.begin < sent.token_begin || top.end > sent.token_end ||
                    top.place() == nullptr || top.role != ToponymRole::place) {
                    continue;
                }
                for (std::size_t k = drafts_.size(); k-- > 0;) {
                    auto& e = drafts_[k];
                    if (e.last_sentence < s && e.last_sentence + kReferenceWindow >= s &&
                        e.place.located() && e.place.place->id == top.place()->id) {
                        target = &e;
                        break;
                    }
                }
            }
            // Else the event of one of the two sentences before, unless this sentence blames
            // someone for attacks in general ("a series of attacks that Washington blamed on").
            if (target == nullptr && (refers_back(sent.token_begin, sent.token_end) ||
                                      !has_generic_cue(sent.token_begin, sent.token_end))) {
                for (std::size_t back = 1; back <= 2 && back <= s && target == nullptr; ++back) {
                    const std::size_t ds = s - back;
                    if (by_sentence[ds] != kNoDraft &&
                        doc_.sentences()[ds].paragraph + 1 >= sent.paragraph) {
                        target = &drafts_[by_sentence[ds]];
                    }
                }
            }
            if (target != nullptr && target->actor1.empty() && a.name != target->actor2) {
                target->actor1 = a.name;
                target->inter1 = a.inter;
                target->attribution = att;
                target->actor1_needs_country = a.needs_country;
            }
            break;
        }
    }
}

void ArticlePass::towns_that_fell() {
    // "Tal Afar itself fell a week earlier", "Mosul fell on 10 June": a town that fell was
    // taken; rockets that fell on it are another matter ("fell" is otherwise weak).
    for (auto& c : cues_) {
        if (!c.weak || c.end != c.begin + 1 || doc_.lower(c.begin) != "fell") {
            continue;
        }
        const auto nx = c.end < doc_.tokens().size() ? doc_.lower(c.end) : text::TokenText();
        if (nx == "on" || nx == "in" || nx == "into" || nx == "near" || nx == "inside" ||
            nx == "short" || nx == "silent" || nx == "apart" || nx == "ill" || nx == "victim" ||
            nx == "back" || nx == "behind" || nx == "off" || nx == "by" || nx == "outside" ||
            nx == "within" || nx == "onto" || nx == "upon" || nx == "to" || nx == "from") {
            continue;
        }
        const auto [lo, hi] = toponyms_near(c.begin, c.begin);
        for (std::size_t k = lo; k < hi; ++k) {
            const auto& t = toponyms_[k];
            const bool subject =
                t.end == c.begin || (t.end + 1 == c.begin && doc_.lower(t.end) == "itself");
            if (subject && t.role == ToponymRole::place && t.place() != nullptr &&
                is_populated(*t.place()) &&
                (t.begin == doc_.sentences()[doc_.sentence_of(t.begin)].token_begin ||
                 doc_.tokens()[t.begin - 1].is(text::kPunct) || doc_.lower(t.begin - 1) == "and" ||
                 doc_.lower(t.begin - 1) == "after" || doc_.lower(t.begin - 1) == "when" ||
                 doc_.lower(t.begin - 1) == "before" || doc_.lower(t.begin - 1) == "until")) {
                c = CueMatch{c.begin, c.end, Cue::takeover, false, false};
                break;
            }
        }
    }
    // "Zummar had been seized a day earlier", "Mosul was captured": a town taken, told in the
    // passive; "units entered Hawija city centre": a town's centre reached. (The verbs have no
    // cue of their own, or one for weapons seized. "Took over Kirkuk" was tried as well: a
    // held-out false event, dropped.)
    static constexpr text::ScanWords kTaken{"seized",  "took",  "captured", "fall", "siege",
                                            "overrun", "taken", "entered",  "out"};
    const std::size_t n = doc_.tokens().size();
    if (!doc_.may_hold<kTaken>(0, n)) {
        return;
    }
    for (std::size_t t = 0; t < toponyms_.size(); ++t) {
        const auto& top = toponyms_[t];
        if (top.role != ToponymRole::place || top.place() == nullptr ||
            !is_populated(*top.place())) {
            continue;
        }
        std::size_t verb = n;
        // passive: "Zummar had been seized", "Mosul was captured"
        std::size_t k = top.end;
        if (k < n && doc_.lower(k) == "itself") {
            ++k;
        }
        std::size_t aux = k;
        while (aux < n && aux < k + 3 &&
               (doc_.lower(aux) == "was" || doc_.lower(aux) == "had" || doc_.lower(aux) == "has" ||
                doc_.lower(aux) == "been" || doc_.lower(aux) == "is" ||
                doc_.lower(aux) == "were")) {
            ++aux;
        }
        if (aux > k && aux < n) {
            const auto v = doc_.lower(aux);
            if ((v == "seized" || v == "captured" || v == "overrun" || v == "taken") &&
                !(aux + 1 < n && (doc_.lower(aux + 1) == "to" || doc_.lower(aux + 1) == "into" ||
                                  doc_.lower(aux + 1) == "hostage"))) {
                verb = aux;
            }
        }
        // active: "entered Hawija city centre"
        // (also a hashtag: "units entered #Hawija city centre")
        std::size_t named =
            top.begin >= 1 && doc_.surface(top.begin - 1) == "#" ? top.begin - 1 : top.begin;
        // (also "entered the town of Makhmour")
        if (named >= 4 && doc_.lower(named - 1) == "of" && doc_.lower(named - 3) == "the" &&
            (doc_.lower(named - 2) == "town" || doc_.lower(named - 2) == "city" ||
             doc_.lower(named - 2) == "village") &&
            (doc_.lower(named - 4) == "entered" || doc_.lower(named - 4) == "took")) {
            named -= 3;
        }
        // ("Turkish troops and allied Syrian fighters took Ras al-Ain on Saturday": "took" a
        // town as "entered" one below)
        const bool took = named >= 1 && doc_.lower(named - 1) == "took";
        if (verb == n && named >= 1 && (doc_.lower(named - 1) == "entered" || took)) {
            std::size_t c = top.designator_end;
            if (c < n && (doc_.lower(c) == "city" || doc_.lower(c) == "town")) {
                ++c;
            }
            if (c < n && (doc_.lower(c) == "centre" || doc_.lower(c) == "center") && !took) {
                verb = named - 1;
            }
            bool whole_town = true;
            // (the town itself taken, not its people or things: "took Kirkuk residents by
            // surprise"; the name ends the object)
            if (took && c < n && doc_.tokens()[c].is(text::kWord) &&
                !doc_.tokens()[c].is(text::kCapitalized)) {
                static const WordSet kAfterTown = {
                    "on",    "in",    "from",      "after",  "with",      "and",    "before",
                    "last",  "early", "late",      "at",     "overnight", "within", "without",
                    "as",    "while", "when",      "during", "following", "by",     "earlier",
                    "later", "today", "yesterday", "this",   "back",      "itself", "again"};
                whole_town = kAfterTown.contains(doc_.word(c));
            }
            // "Iraqi forces entered Qaraqosh on 22 October": an armed force's entry into a
            // town, told with its day, is its taking (not "police entered the house", "aid
            // convoys entered"; not an entry told with no day of its own, "had entered Altun
            // Kupri", after the fight there).
            static const WordSet kForces = {"forces",   "troops",    "army",      "units",
                                            "soldiers", "brigade",   "brigades",  "division",
                                            "fighters", "militants", "jihadists", "peshmerga"};
            const std::size_t from = named - 1 > 3 ? named - 4 : 0;
            bool force = false;
            for (std::size_t j = from; j + 1 < named && !force && whole_town; ++j) {
                force = kForces.contains(doc_.word(j));
            }
            // (a second verb of the forces the sentence opened with: "Iraqi forces retook
            // Bartella on 20 October, and entered Qaraqosh on 22 October")
            if (!force && whole_town && named >= 3 && doc_.lower(named - 2) == "and" &&
                doc_.surface(named - 3) == ",") {
                const auto& sent = doc_.sentences()[doc_.sentence_of(named)];
                for (std::size_t j = sent.token_begin; j < sent.token_begin + 4 && j < named; ++j) {
                    force = force || kForces.contains(doc_.word(j));
                }
            }
            // (not a time for the clause's event, "after federal forces entered Tuz
            // Khurmatu, men looted houses"; nor an entry for a purpose or into a site, "entered
            // Tarmiyah on Tuesday to search houses", "entered Raqqa's national hospital")
            for (std::size_t j = from; j + 1 < named && force; ++j) {
                const auto w = doc_.lower(j);
                force = w != "after" && w != "when" && w != "since" && w != "until" &&
                        w != "before" && w != "as" && w != "once";
            }
            if (doc_.tokens()[top.designator_end - 1].is(text::kPossessive)) {
                force = false;
            }
            for (std::size_t j = top.designator_end; j < n && j < top.designator_end + 6 && force;
                 ++j) {
                force = doc_.lower(j) != "to";
            }
            if (force) {
                const std::size_t sentence = doc_.sentence_of(named);
                const auto& sent = doc_.sentences()[sentence];
                for (const auto& dm :
                     find_dates(doc_, sent.token_begin, sent.token_end, reference_of(sentence))) {
                    if (dm.precision == 1 && !dm.since) {
                        verb = named - 1;
                        break;
                    }
                }
            }
        }
        // "Kurdish fighters drove Islamic State out of Kobani on Monday" ("drove IS out of
        // Rawa": one word is the force too): a town taken from the
        // force driven out (not people forced out of it, "drove thousands of families out of
        // Sinjar", nor a drive, "he drove out of Mosul").
        if (verb == n && top.begin >= 4 && doc_.lower(top.begin - 1) == "of" &&
            doc_.lower(top.begin - 2) == "out") {
            for (std::size_t q = top.begin - 2; q > 1 && q + 8 > top.begin; --q) {
                const auto w = doc_.lower(q - 1);
                static const WordSet kArmed = {"militants",  "fighters", "jihadists",
                                               "insurgents", "gunmen",   "rebels"};
                static const WordSet kMany = {"families",  "residents",  "civilians", "people",
                                              "villagers", "thousands",  "hundreds",  "tens",
                                              "dozens",    "inhabitants"};
                if ((is_person_noun(doc_.word(q - 1)) && !kArmed.contains(doc_.word(q - 1))) ||
                    kMany.contains(doc_.word(q - 1)) || doc_.tokens()[q - 1].is(text::kNumber) ||
                    doc_.surface(q - 1) == ",") {
                    break;
                }
                if ((w == "drove" || w == "pushed" || w == "expelled" || w == "chased" ||
                     w == "ousted" || w == "kicked") &&
                    q < top.begin - 2 && doc_.lower(q - 2) != "was" &&
                    doc_.lower(q - 2) != "were" && doc_.lower(q - 2) != "been") {
                    verb = q - 1;
                    break;
                }
            }
        }
        // "the fall of Baghuz to the Syrian Democratic Forces": taken, by the force named.
        if (verb == n && top.begin >= 2 && doc_.lower(top.begin - 1) == "of" &&
            doc_.lower(top.begin - 2) == "fall" && top.designator_end < n &&
            doc_.lower(top.designator_end) == "to") {
            verb = top.begin - 2;
        }
        // "The siege of the Turkmen town of Amerli ... was broken on 08/31", "broke the
        // three-year siege of Deir ez-Zor": the town relieved, regained.
        Cue taken = Cue::takeover;
        if (verb == n) {
            std::size_t siege = n;
            for (std::size_t q = top.begin; q >= 2 && q + 9 > top.begin; --q) {
                const auto w = doc_.lower(q - 1);
                if (w == "of" && doc_.lower(q - 2) == "siege") {
                    siege = q - 2;
                    break;
                }
                // (past "the government-held parts of")
                if (w != "of" && w != "the" && w != "town" && w != "city" && w != "parts" &&
                    w != "areas" && w != "held" &&
                    !(doc_.lower(q) == "held" && doc_.tokens()[q].is(text::kHyphenBefore)) &&
                    !doc_.tokens()[q - 1].is(text::kCapitalized)) {
                    break;
                }
            }
            for (std::size_t q = siege; siege < n && q > 0 && q + 5 > siege; --q) {
                const auto w = doc_.lower(q - 1);
                if (w == "broke" || w == "broken" || w == "lifted" || w == "breaking") {
                    verb = q - 1;
                    break;
                }
            }
            for (std::size_t q = top.designator_end;
                 siege < n && verb == n && q + 1 < n && q < top.designator_end + 12; ++q) {
                const auto w = doc_.lower(q);
                if (doc_.surface(q) == "." || doc_.surface(q) == ";") {
                    break;
                }
                if ((w == "was" || w == "were") &&
                    (doc_.lower(q + 1) == "broken" || doc_.lower(q + 1) == "lifted")) {
                    verb = q + 1;
                }
            }
            taken = Cue::recapture;
        }
        if (verb == n) {
            continue;
        }
        const auto at = std::find_if(cues_.begin(), cues_.end(), [&](const CueMatch& c) {
            return c.begin <= verb && verb < c.end;
        });
        if (at != cues_.end()) {
            if (at->cue == Cue::takeover || at->cue == Cue::recapture) {
                continue;
            }
            *at = CueMatch{verb, verb + 1, taken, false, false};
        } else {
            const auto pos = std::find_if(cues_.begin(), cues_.end(),
                                          [&](const CueMatch& c) { return c.begin > verb; });
            cues_.insert(pos, CueMatch{verb, verb + 1, taken, false, false});
        }
    }
}

void ArticlePass::headline_verbs() {
    // Headlines, tickers and alerts tell the present: "IS attacks army post near Laylan",
    // "Drone targets car in Khanasor". After an actor or a weapon, and before the object,
    // "attacks", "strikes", "hits" and "targets" are verbs: one event, not attacks in general.
    static constexpr text::ScanWords kVerbs{"attacks", "strikes", "hits", "targets", "damaged"};
    static const WordSet kWeapons = {"drone",    "drones",    "uav",       "jet",     "jets",
                                     "warplane", "warplanes", "rocket",    "rockets", "missile",
                                     "missiles", "gunmen",    "militants", "bomber",  "aircraft"};
    static const WordSet kNotObject = {"on",   "in",   "against", "at",  "by",    "of",
                                       "from", "and",  "were",    "was", "have",  "has",
                                       "had",  "that", "which",   "are", "since", "over",
                                       "this", "last", "per",     "or",  "near",  "across"};
    const std::size_t n = doc_.tokens().size();
    // (Only in sentences that may hold the verbs: the loop acts on no other word.)
    for (std::size_t i = 1, span_end = 0; i + 1 < n; ++i) {
        if (i >= span_end && (i = doc_.next_that_may_hold<kVerbs>(i, span_end)) + 1 >= n) {
            break;
        }
        const auto w = doc_.lower(i);
        // ("a drone damaged a well at the Khurmala field": a weapon that damaged struck)
        if (w == "damaged" && kWeapons.contains(doc_.word(i - 1)) &&
            doc_.lower(i - 1) != "gunmen" && doc_.lower(i - 1) != "militants") {
            const auto pos = std::find_if(cues_.begin(), cues_.end(),
                                          [&](const CueMatch& c) { return c.begin >= i; });
            if (pos == cues_.end() || pos->begin != i) {
                cues_.insert(pos, CueMatch{i, i + 1, Cue::attack, false, false});
            }
            continue;
        }
        if (w != "attacks" && w != "strikes" && w != "hits" && w != "targets") {
            continue;
        }
        const auto& next = doc_.tokens()[i + 1];
        if (!next.is(text::kWord) || kNotObject.contains(doc_.word(i + 1)) ||
            doc_.tokens()[i].is(text::kHyphenBefore)) {
            continue;
        }
        // (or a weapon the cue table names: "a US AC-130 strikes a vehicle")
        // (a cue or an actor ending right before the verb starts a few tokens before it)
        const std::size_t from = i > 12 ? i - 12 : 0;
        bool subject = kWeapons.contains(doc_.word(i - 1));
        for (const auto& c : cues_in(from, i)) {
            subject = subject || (c.end == i && c.cue <= Cue::explosion);
        }
        for (const auto& a : actors_in(from, i)) {
            subject = subject || a.end == i;
        }
        if (!subject) {
            continue;
        }
        const auto at = std::find_if(cues_.begin(), cues_.end(),
                                     [&](const CueMatch& c) { return c.begin <= i && i < c.end; });
        if (at != cues_.end()) {
            if (at->begin == i && at->end == i + 1) {
                at->plural = false;
                at->weak = false;
                at->cue = Cue::attack;
            }
            continue;
        }
        const auto pos = std::find_if(cues_.begin(), cues_.end(),
                                      [&](const CueMatch& c) { return c.begin > i; });
        cues_.insert(pos, CueMatch{i, i + 1, Cue::attack, false, false});
    }
}

ExtractionResult ArticlePass::run() {
    ExtractionResult out;
    const std::size_t n = doc_.tokens().size();
    drafts_.reserve(8); // (a Draft is large, and most articles tell a few events)
    actors_ = find_actors(doc_, 0, n);
    // In text order, for actors_in's binary search (a demonym can move a mention's start back).
    // (Nearly always in order already: then nothing to sort, and no buffer for it.)
    const auto by_begin = [](const ActorMention& a, const ActorMention& b) {
        return a.begin < b.begin;
    };
    if (!std::is_sorted(actors_.begin(), actors_.end(), by_begin)) {
        std::stable_sort(actors_.begin(), actors_.end(), by_begin);
    }
    for (const auto& sent : doc_.sentences()) {
        // (One list of the thread's for each sentence's cues, reused.)
        thread_local std::vector<CueMatch> cues;
        find_cues(doc_, sent.token_begin, sent.token_end, cues);
        cues_.insert(cues_.end(), cues.begin(), cues.end());
    }
    ToponymFinder finder(lookup_);
    toponyms_ = finder.find(doc_, focus_, &actors_);
    towns_that_fell();
    headline_verbs();
    if (explain_ != nullptr) {
        *explain_ << "article " << article_.id << ": focus country "
                  << (focus_.country.empty() ? "unknown" : focus_.country) << '\n';
        ToponymFinder::explain(doc_, toponyms_, *explain_);
    }
    find_mentions();
    attribute();
    finish(out);
    // (asked only of an article with a title given apart: see fill_from_title)
    if (!article_.title.empty()) {
        out.dateline_place = std::any_of(toponyms_.begin(), toponyms_.end(), [](const Toponym& t) {
            return t.role == ToponymRole::dateline && t.place() != nullptr;
        });
    }
    return out;
}

} // namespace

Extractor::Extractor(const PlaceLookup& lookup, const geo::DisputedTerritories* disputed)
    : lookup_(lookup), disputed_(disputed) {}

namespace {

/// The title given apart from the text fills in what the report's lead event leaves out: its
/// place ("Turkish drone strike near Sidakan" over "A Turkish drone hit a vehicle on Monday
/// evening") and, when the report tells that one event only, its dead ("Two soldiers killed
/// near Tarmiyah" over "Militants attacked an army post near Tarmiyah late on Monday"). The
/// title is read as a text of its own; only one event of the lead's kind there is taken, and
/// it adds no event (a headline is not read for events: the report tells them again).
void fill_from_title(const PlaceLookup& lookup, const geo::DisputedTerritories* disputed,
                     const io::Article& article, ExtractionResult& result, std::ostream* explain) {
    if (article.title.empty()) {
        return;
    }
    EventRecord* lead = nullptr;
    std::size_t told = 0;
    for (auto& e : result.events) {
        if (!e.background) {
            ++told;
            lead = lead == nullptr ? &e : lead;
        }
    }
    if (lead == nullptr) {
        return;
    }
    // (a dateline's place was the body's to give: "COMBAT OUTPOST FALCON, Ramadi -" under
    // "Life at Outpost Falcon")
    const bool needs_place = !lead->latitude.has_value() && !result.dateline_place;
    // (and only a title that speaks of the dead: most reports tell one event with none, and
    // reading every title had cost a tenth of the extractor's time with cities500)
    const bool needs_dead = lead->fatalities == 0 && told == 1 && [&] {
        std::string lower(article.title);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        for (const char* w : {"kill", "dead", "die", "death", "slain", "toll", "martyr"}) {
            if (lower.find(w) != std::string::npos) {
                return true;
            }
        }
        return false;
    }();
    if (!needs_place && !needs_dead) {
        return;
    }
    // (the report's lead: told in its opening lines, not an aside deep in a notice or a file;
    // asked last, a search of the text)
    const auto at = article.text.find(lead->notes);
    if (lead->notes.empty() || at == std::string::npos || at > 400) {
        return;
    }
    io::Article title;
    title.id = article.id;
    title.text = article.title;
    title.published = article.published;
    ArticlePass pass(lookup, disputed, title, nullptr, MentionList::skip);
    const auto from_title = pass.run();
    const EventRecord* t = nullptr;
    for (const auto& e : from_title.events) {
        if (e.background) {
            continue;
        }
        if (t != nullptr) {
            return; // (two events in the title: which is the lead's is not told)
        }
        t = &e;
    }
    if (t == nullptr || t->event_type != lead->event_type) {
        return;
    }
    // (a title's country, "... in northern Iraq", is no place to fill in)
    if (needs_place && t->latitude && t->geo_precision <= 2 &&
        !t->feature_code.starts_with("PCL")) {
        lead->location = t->location;
        lead->location_text = t->location_text;
        lead->admin1 = t->admin1;
        lead->admin2 = t->admin2;
        lead->country_code = t->country_code;
        lead->latitude = t->latitude;
        lead->longitude = t->longitude;
        lead->geo_precision = t->geo_precision;
        lead->uncertainty_m = t->uncertainty_m;
        lead->place_id = t->place_id;
        lead->geonames_id = t->geonames_id;
        lead->feature_code = t->feature_code;
        lead->disputed = t->disputed;
        lead->disputed_area = t->disputed_area;
        lead->kri_distance_km = t->kri_distance_km;
        lead->reference_location = t->reference_location;
        lead->reference_latitude = t->reference_latitude;
        lead->reference_longitude = t->reference_longitude;
        if (explain != nullptr) {
            *explain << "title '" << article.title << "': the lead event's place, " << t->location
                     << '\n';
        }
    }
    // (the dead of a violent event of the same kind: not a vigil's, "court jails gunman for
    // killing of protest organiser; vigil outside")
    if (needs_dead && t->fatalities > 0 && t->sub_event_type == lead->sub_event_type &&
        lead->event_type != "Protests" && lead->event_type != "Strategic developments") {
        lead->fatalities = t->fatalities;
        if (explain != nullptr) {
            *explain << "title '" << article.title << "': the lead event's dead, " << t->fatalities
                     << '\n';
        }
    }
}

} // namespace

ExtractionResult Extractor::extract(const io::Article& article, std::ostream* explain,
                                    MentionList mentions) const {
    ArticlePass pass(lookup_, disputed_, article, explain, mentions);
    auto result = pass.run();
    fill_from_title(lookup_, disputed_, article, result, explain);
    return result;
}

} // namespace conflictmap::events
