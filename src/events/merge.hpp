// Merging one event reported by several articles into one record (issue 4: the same
// event_type, dates within a day, points within 10 km; every source kept, the earliest-read
// report leads). MergeIndex decides which earlier event a new one folds into from a compact
// state per event, indexed by type, day and 20 km cell, so a run costs a few look-ups per event
// instead of a comparison with every event kept so far. fold_event is the one place that says
// what a merge changes; CrossArticleMerger keeps whole records in memory (map, report) and
// SpillingMerger keeps only the merge state, spilling records to a temporary file (extract).
#pragma once

#include "events/event_record.hpp"
#include "io/event_spill.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace conflictmap::events {

/// Farthest apart two reports of one event may be placed, metres.
inline constexpr double kMergeDistanceM = 10000.0;
/// Farthest apart their dates may be, days.
inline constexpr long kMergeDays = 1;

/// Whether a later report's precision code (geo_precision, time_precision: lower is more
/// precise) replaces the kept one's; on a tie the earlier report stays.
constexpr bool more_precise(int reported, int kept) noexcept {
    return reported < kept;
}

/// The facts of an event that a merge changes: what the streaming extract keeps of an event
/// that later reports fold into, instead of the whole record.
struct MergedFacts {
    std::vector<std::string> article_ids;
    std::string source;
    std::int64_t fatalities = 0;
    std::int64_t injuries = 0;
    std::optional<double> latitude;
    std::optional<double> longitude;
    int geo_precision = 0;
    std::string location;
    std::string location_text;
    std::optional<Date> event_date;
    int time_precision = 0;
    double confidence = 0.0;

    static MergedFacts of(const EventRecord& event);
    /// Writes the facts back into the record they were taken from.
    void apply_to(EventRecord& event) &&;
};

/// Folds `reported` (a later report of the same event) into `kept`, an EventRecord or the
/// MergedFacts of one: every article id and source is kept, the higher casualty figures and
/// confidence, and the more precise place and date.
/// Appends the ids that kept does not list yet, in order: a merged event names each article
/// once.
inline void add_article_ids(std::vector<std::string>& kept, const std::vector<std::string>& ids) {
    for (const auto& id : ids) {
        if (std::find(kept.begin(), kept.end(), id) == kept.end()) {
            kept.push_back(id);
        }
    }
}

template <class Kept>
void fold_event(Kept& kept, const EventRecord& reported) {
    add_article_ids(kept.article_ids, reported.article_ids);
    if (!reported.source.empty() && kept.source.find(reported.source) == std::string::npos) {
        kept.source += kept.source.empty() ? reported.source : "; " + reported.source;
    }
    kept.fatalities = std::max(kept.fatalities, reported.fatalities);
    kept.injuries = std::max(kept.injuries, reported.injuries);
    if (more_precise(reported.geo_precision, kept.geo_precision)) {
        kept.latitude = reported.latitude;
        kept.longitude = reported.longitude;
        kept.geo_precision = reported.geo_precision;
        kept.location = reported.location;
        kept.location_text = reported.location_text;
    }
    if (more_precise(reported.time_precision, kept.time_precision)) {
        kept.event_date = reported.event_date;
        kept.time_precision = reported.time_precision;
    }
    kept.confidence = std::max(kept.confidence, reported.confidence);
}

/// Whether an event can take part in merging: dated, located within geo_precision 2 at a
/// finite point. No report folds into any other event, and no other event folds into one:
/// such events are final as extracted.
bool can_merge(const EventRecord& event) noexcept;

/// Decides merges. Events are numbered in the order they are kept; an article's events are
/// matched only against events kept before that article, and each folds into the first
/// (lowest-numbered) match: a dated event located within geo_precision 2, of the same
/// event_type, first reported by another article, dated at most a day apart and placed at
/// most 10 km away (geodesic). The index follows the date and place a merge moves an event to.
class MergeIndex {
public:
    static constexpr std::size_t kKept = static_cast<std::size_t>(-1);

    /// One article's events in order: into[i] is the number of the kept event that event i
    /// folds into, or kKept when it is kept (it then takes the next number).
    void add_article(const std::vector<EventRecord>& events, std::vector<std::size_t>& into);
    /// Events kept that merged reports cannot change the matching of (no date, no point, or
    /// a point coarser than geo_precision 2), and event files' events: kept as they are.
    void add_unmatched() noexcept { ++kept_; }
    std::size_t kept() const noexcept { return kept_; }

private:
    static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);
    /// What matching reads of a kept event that can be matched.
    struct State {
        double latitude = 0.0;
        double longitude = 0.0;
        std::int64_t day = 0;     ///< event_date as days since 1970-01-01
        std::uint32_t number = 0; ///< in kept order
        std::uint32_t type = 0;
        std::uint32_t article = 0;
        int time_precision = 0;
        int geo_precision = 0;
        std::uint32_t next = kNone; ///< the next state in its bucket, in kept order
    };
    std::uint64_t key_of(const State& s) const noexcept;
    void insert(std::uint32_t state);
    void erase(std::uint32_t state);
    static std::uint32_t intern(std::unordered_map<std::string, std::uint32_t>& table,
                                const std::string& name);

    std::size_t kept_ = 0;
    std::vector<State> states_; ///< in kept order
    /// First state of each bucket (one event_type, one day, one 20 km cube).
    std::unordered_map<std::uint64_t, std::uint32_t> heads_;
    /// A bit per bucket key's top 16 bits, set when a bucket of that key is made (and never
    /// cleared): matching asks heads_ only for keys whose bit is set. Each event asks for 24
    /// buckets (three days, eight cubes), most of them empty, and each question to heads_
    /// cost a division by its bucket count and a scattered read. (8 KB, whatever the count.)
    std::vector<std::uint64_t> head_bits_ = std::vector<std::uint64_t>(std::size_t{1} << 10U);
    std::unordered_map<std::string, std::uint32_t> types_;
    std::unordered_map<std::string, std::uint32_t> articles_;
};

/// Cross-article merging with every record in memory (map and report need them all).
class CrossArticleMerger {
public:
    /// Adds the events of one article; returns how many were merged into earlier events.
    std::size_t add(std::vector<EventRecord>&& events);
    /// Adds an event that is never merged (--no-merge, event files).
    void add_unmerged(EventRecord&& event);
    /// All events, in the order first reported.
    std::vector<EventRecord>& events() noexcept { return events_; }

private:
    MergeIndex index_;
    std::vector<std::size_t> into_;
    std::vector<EventRecord> events_;
};

/// Cross-article merging for a stream: kept events go to a temporary file as they come, and a
/// report is folded in as it comes (it is never written): only MergeIndex's state, the file
/// offset of each kept event and the merged facts of the events that reports fold into stay
/// in memory, but for the reports' article ids, which wait in a second temporary file until
/// finish(). finish() hands the events over in the order and with the content
/// CrossArticleMerger gives.
class SpillingMerger {
public:
    /// rendered: empty, or per event its final bytes as finish's render makes them, for the
    /// events that cannot merge (rendered on the extracting threads; "" for the others).
    std::size_t add(std::vector<EventRecord>&& events, std::vector<std::string>&& rendered = {});
    void add_unmerged(EventRecord&& event, std::string&& rendered = {});
    /// Calls write for every event, in order; returns how many. Call once, and only when no
    /// event was added rendered.
    std::uint64_t finish(const std::function<void(const EventRecord&)>& write);
    /// The same, for output of one piece of bytes per event: render appends an event's bytes
    /// to a string, write takes them in order. With threads > 1, reading the records back and
    /// rendering them is spread over that many threads (render must allow that) while this
    /// one writes: the part of a run that comes after every input is read.
    std::uint64_t finish(const std::function<void(const EventRecord&, std::string&)>& render,
                         const std::function<void(std::string_view)>& write, unsigned threads);

    /// What the reports folded into one kept event change in it.
    struct Folded {
        MergedFacts facts;                    ///< without the reports' article ids
        std::vector<std::string> article_ids; ///< the reports', in order
        void apply_to(EventRecord& event) &&;
    };

private:
    void keep(const EventRecord& event, const std::string& rendered);
    /// Takes the folds of every kept event that reports folded into, by event number.
    std::unordered_map<std::uint32_t, Folded> take_folded();

    MergeIndex index_;
    std::vector<std::size_t> into_;
    io::EventSpill spill_;
    std::vector<std::uint64_t> offsets_; ///< per kept event: where it is in spill_
    /// Per kept event that reports folded into: their facts but for the article ids.
    std::unordered_map<std::uint32_t, MergedFacts> folded_;
    /// The article ids of the reports, each after its event's number: the one part of the
    /// merged facts that grows with every report, so it waits on disk.
    io::SpillFile folded_ids_;
    EventRecord scratch_;
    std::string id_record_;
    bool rendered_ahead_ = false; ///< some events were added rendered
};

} // namespace conflictmap::events
