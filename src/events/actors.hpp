// The actor dictionary: who fights, shoots, protests or is hit, named the way ACLED names
// actors ("Islamic State (Iraq)", "Military Forces of Turkey", "Civilians (United States)") with
// ACLED's inter codes (1 state forces .. 8 external forces), plus how an attribution is made
// ("claimed by" = claim, "blamed on" = blame, "most likely" = suspicion).
#pragma once

#include "text/segmenter.hpp"

#include <string>
#include <vector>

namespace conflictmap::events {

struct ActorMention {
    std::size_t begin = 0; ///< tokens
    std::size_t end = 0;
    std::string name;           ///< canonical name; "(COUNTRY)" is appended later where it applies
    int inter = 0;              ///< ACLED inter code 1-8
    bool needs_country = false; ///< a domestic actor: name gets " (Iraq)" etc. from the event
    bool civilian = false;
    bool armed = false;
};

/// Actor mentions in tokens [begin, end), longest first, in text order.
std::vector<ActorMention> find_actors(const text::Document& doc, std::size_t begin,
                                      std::size_t end);

/// "United States" for "us", "american", "u.s."; "" when not a demonym or country word.
std::string_view country_of_demonym(std::string_view lower_word);
/// The same for a token's lower form with its hash (Document::word), not hashed again. (Every
/// demonym is in the kActorOpener class of token_classes: a loop over tokens may pass over the
/// others.)
std::string_view country_of_demonym(const text::HashedWord& lower_word);

/// Attribution of the actor at token range [b, e) within its sentence [sb, se): "claim",
/// "blame", "suspicion", or "stated" when the text just says so.
std::string attribution_of(const text::Document& doc, std::size_t sb, std::size_t se, std::size_t b,
                           std::size_t e);

} // namespace conflictmap::events
