// The words that signal conflict events ("rocket", "roadside bomb", "clashes", "kidnapped",
// "tear gas") and the rules that turn the cues of one clause into an ACLED event type, plus the
// words that make a clause not an event: threats, hypotheticals, negations, forecasts and
// generic statements ("may exploit", "if attacks increase", "a series of attacks").
#pragma once

#include "text/segmenter.hpp"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::events {

enum class Cue : unsigned {
    // weapons and attack forms
    rocket,
    mortar,
    artillery,
    missile,
    shelling,
    air_strike,
    drone_strike,
    drone,
    warplane,
    suicide,
    ied,
    car_bomb,
    bomb,
    landmine,
    grenade,
    chemical,
    explosion,
    // fighting
    clash,
    ambush,
    raid,
    operation,
    attack,
    shooting,
    assassination,
    execution,
    assault,
    // violence against civilians
    abduction,
    sexual_violence,
    remains_found, ///< "the bodies of eight men were found": a killing, coded when found
    // demonstrations
    protest,
    riot,
    storming,
    arson,
    tear_gas,
    live_fire,
    dispersal,
    // strategic developments
    arrest,
    intercept,
    defuse,
    agreement,
    looting,
    takeover,
    recapture,
    withdrawal,
    seizure, ///< weapons caches found or seized
    // casualties
    kill,
    injure,
    // phrases that look like cues but are none ("protest movement", "attack helicopter")
    ignore,
    count_
};

using CueSet = std::bitset<static_cast<std::size_t>(Cue::count_)>;

struct CueMatch {
    std::size_t begin = 0; ///< tokens
    std::size_t end = 0;
    Cue cue;
    bool plural = false; ///< "attacks", "rockets": may be generic
    bool weak = false;   ///< "struck", "landed", "hit": an event only with other evidence
};

/// Every cue in tokens [begin, end), in text order, longest phrases first.
std::vector<CueMatch> find_cues(const text::Document& doc, std::size_t begin, std::size_t end);
/// The same into `out` (emptied first): a caller that reads sentence after sentence keeps one
/// list.
void find_cues(const text::Document& doc, std::size_t begin, std::size_t end,
               std::vector<CueMatch>& out);

struct EventType {
    text::LiteralString event_type; ///< (compared with literals inline)
    text::LiteralString sub_event_type;
    bool from_generic_attack = false; ///< only "attack"/"killed": the type is a guess
    bool bare_blast = false;          ///< only "explosions"/"a blast": the weapon is not told
};

/// Who takes part in a clause, as far as the type depends on it.
struct Participants {
    bool civilian_victims = false;   ///< the people hit are civilians, no armed people among them
    bool protesters_acting = false;  ///< protesters or rioters do something (storm, burn)
    bool protesters_present = false; ///< protesters are named at all (perhaps as victims)
    bool armed_doers = false;        ///< armed men do it ("masked gunmen broke into ...")
};

/// The ACLED type of a clause's cues; event_type empty when the cues make no event (only
/// casualties, or nothing).
EventType classify(const CueSet& cues, const Participants& who = {});

/// True when the cue is an event-type cue (not only casualties).
bool is_event_cue(Cue c);

/// Why a trigger does not report an event that happened, or "" when it does: "hypothetical"
/// (if, may, could, would), "threat" (threatened, warned, vowed), "negated" (no attack, did not),
/// "purpose" (to mount assaults), "generic" (a series of attacks, attacks such as). (A view of
/// a literal: the rules compare it with several names per trigger, and a std::string made each
/// comparison a call.)
std::string_view non_event_reason(const text::Document& doc, std::size_t clause_begin,
                                  const CueMatch& trigger);

/// The words non_event_reason's tests look for, found once in a document: each token's groups
/// (one table load per token: the tests whose words it may be) and each sentence's. A test
/// none of whose words may be in the tokens it reads is skipped at the cost of an `and` (it
/// had compared the tokens with its words, or tested the sentence's word bits); a document's
/// triggers share one (about two per sentence with a cue, each asking every test).
class NonEventWords {
public:
    explicit NonEventWords(const text::Document& doc);
    /// The groups of tokens [b, e) (e past the last token: up to the last).
    std::uint64_t in(std::size_t b, std::size_t e) const noexcept {
        e = std::min(e, size_);
        std::uint64_t groups = 0;
        for (std::size_t k = b; k < e; ++k) {
            groups |= tokens_[k];
        }
        return groups;
    }
    std::uint64_t in_sentence(std::size_t s) const noexcept { return sentences_[s]; }
    /// The groups of token k.
    std::uint64_t of(std::size_t k) const noexcept { return tokens_[k]; }

private:
    std::size_t size_ = 0;
    /// (Not a vector: a vector's entries are zeroed before they are written.)
    std::unique_ptr<std::uint64_t[]> tokens_;
    std::vector<std::uint64_t> sentences_;
};

/// non_event_reason with the document's words found beforehand (the same reason).
std::string_view non_event_reason(const text::Document& doc, std::size_t clause_begin,
                                  const CueMatch& trigger, const NonEventWords& words);

/// A motive opens at token i: "in retaliation for", "in response to", "revenge for", "to
/// avenge", "in protest at", "angered by": what follows tells another event (with its own dead
/// and date) or why people acted.
bool motive_phrase_at(const text::Document& doc, std::size_t i, std::size_t end);

/// "since" at token i closes a comparison ("the worst fighting since 2017", "one of the
/// deadliest since protests began"): a superlative stands in the few words before it.
bool comparison_since(const text::Document& doc, std::size_t clause_begin, std::size_t i);

/// Metres in one unit of distance ("km", "kms", "kilometres", "miles", "m"); 0 for any other
/// word.
double unit_metres(std::string_view lower_word);

/// "about 40 km west of", "some 30 kilometres north-east of", "15km south of": a distance from
/// a place at token k (before end), set off by commas after the name it places.
bool distance_follows(const text::Document& doc, std::size_t k, std::size_t end);

/// Token i is "buried" qualifying a weapon ("a buried explosive", "buried bombs"), not a burial.
bool buried_weapon(const text::Document& doc, std::size_t i);

/// Clause boundaries inside tokens [begin, end): the token index where each clause starts
/// (the first is `begin`). Clauses split at contrast ("but", "although"), sequence ("after",
/// with a subordinate phrase ending at its comma), consequence (", sparking") and punctuation.
struct Clauses {
    std::vector<std::size_t> starts;
};
Clauses split_clauses(const text::Document& doc, std::size_t begin, std::size_t end);
/// The same into `clauses` (emptied first): a caller that splits sentence after sentence keeps
/// one list.
void split_clauses(const text::Document& doc, std::size_t begin, std::size_t end, Clauses& clauses);

} // namespace conflictmap::events
