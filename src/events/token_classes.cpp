#include "events/token_classes.hpp"

namespace conflictmap::events {

const text::TokenClassTable& make_token_class_table() {
    static const text::TokenClassTable table = [] {
        text::TokenClassTable t;
        cue_opener_filter().add_to(t, kCueOpener);
        actor_opener_filter().add_to(t, kActorOpener);
        date_opener_filter().add_to(t, kDateOpener);
        clause_word_filter().add_to(t, kClauseWord);
        casualty_word_filter().add_to(t, kCasualtyWord);
        person_word_filter().add_to(t, kPersonWord);
        t.set_flag_classes(kNumberToken, kNotWord);
        return t;
    }();
    return table;
}

} // namespace conflictmap::events
