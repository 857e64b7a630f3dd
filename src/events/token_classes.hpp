// The token classes the extractor's token loops pass over tokens by: for each of the loops that
// act only on the words of one dictionary (cue phrases' first words, actor openers, date
// openers, the words split_clauses and count_casualties act on), the words its filter lets
// through, as one byte per token made once per document (text::TokenClassTable), so that each
// loop jumps to its next token by text::next_of_class, eight tokens a step.
#pragma once

#include "events/phrase_table.hpp"
#include "text/segmenter.hpp"

#include <cstdint>

namespace conflictmap::events {

enum TokenClass : std::uint8_t {
    kCueOpener = 1U << 0,    ///< may open a cue phrase (cue_opener_filter)
    kActorOpener = 1U << 1,  ///< may open an actor phrase, or is a demonym, "u" or "united"
    kDateOpener = 1U << 2,   ///< may open a date expression (with a word)
    kClauseWord = 1U << 3,   ///< may be a word split_clauses acts on
    kCasualtyWord = 1U << 4, ///< may be a word count_casualties acts on
    kNumberToken = 1U << 5,  ///< a number (text::kNumber)
    kNotWord = 1U << 6,      ///< no word (punctuation or a number)
    kPersonWord = 1U << 7,   ///< may open a person's name or be the role word before one
};

/// The classes above (a token is in a word class when the class's filter lets it through).
/// (Inline, the table made once out of line: the rules ask for it in every clause.)
const text::TokenClassTable& make_token_class_table();
[[gnu::always_inline]] inline const text::TokenClassTable& token_class_table() {
    static const text::TokenClassTable& table = make_token_class_table();
    return table;
}

/// doc's tokens' classes (made by doc's constructor when it was given token_class_table(), else
/// on the first call).
[[gnu::always_inline]] inline const std::uint8_t* token_classes(const text::Document& doc) {
    return doc.token_classes(token_class_table());
}

// The filters of the word classes, each defined beside the loop that uses it.
const WordFilter& cue_opener_filter();    ///< event_cues.cpp (find_cues)
const WordFilter& clause_word_filter();   ///< event_cues.cpp (split_clauses)
const WordFilter& actor_opener_filter();  ///< actors.cpp (find_actors)
const WordFilter& date_opener_filter();   ///< date_expressions.cpp (find_dates)
const WordFilter& casualty_word_filter(); ///< casualties.cpp (count_casualties)
const WordFilter& person_word_filter();   ///< toponyms.cpp (ToponymFinder::scan's persons)

} // namespace conflictmap::events
