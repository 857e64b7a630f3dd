// The event extractor: one article in, ACLED-style event records out. Clause by clause it finds
// event cues, drops what is not an event that happened (threats, hypotheticals, negations,
// generic statements), and fills each event from its clause: type, casualties, date, actors and
// the most specific place tied to it (with relative locations such as "30 km south of Kirkuk"
// computed geodesically). Mentions of one event across an article are merged into one record
// (across articles: events/merge.hpp).
#pragma once

#include "core/date.hpp"
#include "events/event_record.hpp"
#include "events/pipeline.hpp"
#include "events/place_lookup.hpp"
#include "io/article_reader.hpp"

#include <optional>
#include <ostream>
#include <vector>

namespace conflictmap::geo {
class DisputedTerritories;
}

namespace conflictmap::events {

struct ExtractionResult {
    std::vector<EventRecord> events;
    std::vector<Mention> mentions; ///< every resolved toponym with its role
    /// the text opens with a dateline that names a place (set only for an article with a
    /// title given apart, which is all that asks)
    bool dateline_place = false;
};

/// Whether extract() lists the article's toponym mentions (ExtractionResult::mentions): the
/// map's mentions layer needs them, event outputs do not (each is a copy of a resolved place).
enum class MentionList { keep, skip };

class Extractor {
public:
    /// disputed may be null (no tagging). The lookup and layer must outlive the extractor;
    /// extract() is const and may run on several threads at once.
    Extractor(const PlaceLookup& lookup, const geo::DisputedTerritories* disputed);

    /// Events of one article. reference: the date relative expressions count from (the
    /// article's publication date, else --date); without one only absolute dates resolve.
    /// explain: where to write every toponym candidate and event decision (may be null).
    ExtractionResult extract(const io::Article& article, std::ostream* explain = nullptr,
                             MentionList mentions = MentionList::keep) const;

private:
    const PlaceLookup& lookup_;
    const geo::DisputedTerritories* disputed_;
};

} // namespace conflictmap::events
