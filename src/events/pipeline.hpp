// From inputs to events, shared by `extract`, `map` and `report`: articles are read and run
// through the extractor; event files written by `extract` are loaded as they are. Events are
// tagged with the disputed territories and deduplicated across articles.
#pragma once

#include "core/date.hpp"
#include "core/diagnostics.hpp"
#include "events/event_record.hpp"
#include "gazetteer/place.hpp"

#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::events {

/// One resolved toponym occurrence in an article (the map's `mentions` layer).
struct Mention {
    std::string article_id;
    std::size_t begin = 0; ///< byte offsets of the words in the article text
    std::size_t end = 0;
    std::string text;     ///< the words in the article
    std::string sentence; ///< the sentence they are in
    Place place;
    double score = 0.0; ///< resolver score in [0,1]
    /// Why the place is mentioned: "event" (an event's place), "reference" (of a relative
    /// location), "dateline", "government" (metonymy: "Tehran alleges"), "comparison",
    /// "context" (any other mention).
    std::string role;
};

struct PipelineOptions {
    std::vector<std::string> inputs; ///< files, folders, "-"
    bool strict = false;
    std::optional<Date> default_date;    ///< --date
    std::vector<std::string> gazetteers; ///< extra gazetteer sources
    std::optional<std::string> disputed; ///< --disputed FILE (default: embedded layer)
    bool extended_claims = false;
    unsigned threads = 1;
    bool keep_mentions = false; ///< collect Mention records (the map needs them)
    bool merge_across_articles = true;
    bool explain = false; ///< write toponym candidates and event decisions to the diagnostics
};

struct PipelineStats {
    std::uint64_t articles_read = 0;
    std::uint64_t articles_skipped = 0;   ///< malformed or unreadable records
    std::uint64_t duplicate_articles = 0; ///< same id and text read twice
    std::uint64_t event_files = 0;
    std::uint64_t events_read = 0;    ///< from event files
    std::uint64_t events_skipped = 0; ///< bad features in event files
    std::uint64_t events_merged = 0;  ///< folded into an event of another article
};

struct LoadedEvents {
    std::vector<EventRecord> events; ///< stable order: by article input order, then position
    std::vector<Mention> mentions;   ///< empty unless keep_mentions
    PipelineStats stats;
};

/// Reads every input: articles are streamed one at a time through the extractor (on
/// options.threads threads, results in input order, so the output does not depend on the
/// thread count), event files are loaded as they are (first, never merged); events are merged
/// across articles (events/merge.hpp). Every event is kept in memory. Throws InputError
/// (strict, or a missing input) and the errors of the gazetteer and disputed layers.
LoadedEvents load_events(const PipelineOptions& options, std::istream& stdin_stream,
                         Diagnostics& diag);

struct StreamedEvents {
    PipelineStats stats;
    std::uint64_t events = 0; ///< how many were written
};

/// The same events as load_events, in the same order, handed to `write` one at a time once
/// every input is read. Only a small merge state per event stays in memory; the records wait
/// in a temporary file. keep_mentions is ignored. Throws what load_events throws, and
/// OutputError when the temporary file cannot be made or written.
StreamedEvents stream_events(const PipelineOptions& options, std::istream& stdin_stream,
                             Diagnostics& diag,
                             const std::function<void(const EventRecord&)>& write);

/// The same, for output of one piece of bytes per event: render appends an event's bytes to
/// a string and write takes them in order. render is called on the extracting threads for the
/// events no merge can change, and on options.threads threads at once for the others once
/// every input is read (the part of a run that one thread would otherwise do alone).
StreamedEvents stream_events(const PipelineOptions& options, std::istream& stdin_stream,
                             Diagnostics& diag,
                             const std::function<void(const EventRecord&, std::string&)>& render,
                             const std::function<void(std::string_view)>& write);

/// "12 articles read (1 skipped, 12 duplicates), 30 events" for the end-of-run summary.
std::string describe(const PipelineStats& stats, std::size_t events);

} // namespace conflictmap::events
