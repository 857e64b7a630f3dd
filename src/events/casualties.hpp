// Numbers as news text writes them ("5,000", "twenty-five", "a dozen", "dozens", "at least 20")
// and the casualty counts of a clause: who was killed and wounded, summed across parties
// ("two US and one British servicemen" = 3) with ACLED's conservative rules (DOMAIN.md): the
// lowest reported number, "several"/"a number of" = 3, "dozens" = 12, "hundreds" = 100,
// "at least N" = N, "casualties" alone = 0 deaths, explicit "no deaths" = 0.
#pragma once

#include "text/segmenter.hpp"

#include <cstdint>
#include <optional>

namespace conflictmap::events {

struct Quantity {
    std::size_t begin = 0; ///< token range
    std::size_t end = 0;
    std::int64_t value = 0;
    bool vague = false; ///< "several", "dozens", "a number of": a convention, not a count
};

/// A quantity expression starting at token i, or nullopt. Articles "a"/"an" count as 1 only
/// when `articles_count` (before a person noun).
/// unit_word for a word its filter lets through.
int unit_number(std::string_view lower_word);
inline constexpr text::WordOpeners kUnitWordOpeners = text::opener_bits(
    {"zero",     "one",     "two",     "three",     "four",     "five",    "six",
     "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
     "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"});
/// "zero" .. "nineteen" (lower case) as a number, else -1. (Inline, most words ruled out by
/// their length and first byte: asked of most words near a casualty verb.)
[[gnu::always_inline]] inline int unit_word(std::string_view lower_word) {
    return text::may_open(kUnitWordOpeners, lower_word) ? unit_number(lower_word) : -1;
}

std::optional<Quantity> parse_quantity(const text::Document& doc, std::size_t i, std::size_t end,
                                       bool articles_count = false);

/// Numbers larger than this in a casualty phrase are not stored (typos, OCR, absurd claims).
inline constexpr std::int64_t kMaxCasualties = 100000;

struct CasualtyCount {
    std::optional<std::int64_t> killed;  ///< nullopt: not mentioned
    std::optional<std::int64_t> injured; ///< nullopt: not mentioned
    bool absurd = false;                 ///< a number above kMaxCasualties was dropped
    /// The clause mentions deaths without a number ("killing the commander" gives 1; "deaths"
    /// with no count gives this flag).
    bool deaths_mentioned = false;
    /// "the death toll rose to 18": a later count of an event already told.
    bool toll_update = false;
    /// "The Mosul Morning puts the toll at 23": another source's estimate of dead told before
    /// (conflicting figures: the lowest stands, ACLED's conservative rule).
    bool estimate = false;
    /// An event dataset's low estimate of the dead ("best 18, low 14, high 21"): the toll,
    /// whatever else the clause counts.
    std::optional<std::int64_t> dataset_low;
    /// The side the dead belong to, when one count tells them: 's' security forces ("27
    /// policemen"), 'm' militants ("two of the attackers"), 'c' civilians; 0 unknown or mixed.
    char killed_side = 0;
};

/// "best 18, low 14, high 21", "best 4 / low 3 / high 4": token i is an event dataset's "low"
/// estimate of the dead, a number after it and "best" before it or "high" after (within [begin,
/// end)).
bool dataset_low_at(const text::Document& doc, std::size_t i, std::size_t begin, std::size_t end);

/// Casualties reported in tokens [begin, end) (a clause or sentence).
CasualtyCount count_casualties(const text::Document& doc, std::size_t begin, std::size_t end);

/// "bodies", "body", "corpses", "corpse": the dead, as found or recovered. (Inline: the rules
/// ask it of every token.)
inline bool is_remains_noun(std::string_view lower_word) {
    return text::equals_literal(lower_word, "bodies") || text::equals_literal(lower_word, "body") ||
           text::equals_literal(lower_word, "corpses") ||
           text::equals_literal(lower_word, "corpse");
}

namespace detail {
/// remains_found_verb for a token that is a remains noun.
std::optional<std::size_t> remains_noun_found_verb(const text::Document& doc, std::size_t i,
                                                   std::size_t begin, std::size_t end);
} // namespace detail

/// The token at i is "bodies"/"body"/"corpses"/"corpse" of people found in [begin, end) ("the
/// bodies of eight men were found", "police recovered two bodies"): the discovery verb's
/// position, else nullopt. ACLED codes the killing on the date the dead are found.
/// (Asked of every token: any other word is answered inline, without a call.)
inline std::optional<std::size_t> remains_found_verb(const text::Document& doc, std::size_t i,
                                                     std::size_t begin, std::size_t end) {
    if (!is_remains_noun(doc.lower(i))) {
        return std::nullopt;
    }
    return detail::remains_noun_found_verb(doc, i, begin, end);
}

/// Token i is "dead" in "pictures of the dead", "mourned the dead" (from begin on): the dead
/// told about, no count and no killing told.
bool dead_told_about(const text::Document& doc, std::size_t begin, std::size_t i);

/// The count before an alert's "KIA" or "WIA" at token `at` (from begin on): "3 PMF KIA", "1x
/// KIA", "1x US civilian contractor (linguist, not company staff) KIA" (an aside skipped), and
/// people counted apart, "4x US service members and 2x ISF WIA" (6). Not across a clause's
/// punctuation or another abbreviation ("3 PMF KIA, 4 WIA"), nor past other things counted
/// ("2 rockets hit the base and 1 soldier KIA": 1).
std::optional<std::int64_t> abbreviated_count(const text::Document& doc, std::size_t begin,
                                              std::size_t at);

/// True for nouns that denote people ("soldiers", "contractor", "civilians", "Marines").
bool is_person_noun(std::string_view lower);
/// A word for a vehicle ("minibuses", "sedan"): "two KIA minibuses" are cars, not dead.
bool is_vehicle_word(std::string_view lower);
/// is_person_noun of a token's word (Document::word), whose hash is not computed again.
bool is_person_noun(const text::HashedWord& lower);

} // namespace conflictmap::events
