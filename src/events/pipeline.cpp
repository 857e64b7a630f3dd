#include "events/pipeline.hpp"

#include "core/error.hpp"
#include "io/article_reader.hpp"
#include "io/event_io.hpp"

namespace conflictmap::events {

LoadedEvents load_events(const PipelineOptions& options, std::istream& stdin_stream,
                         Diagnostics& diag) {
    LoadedEvents result;
    const auto inputs = io::expand_inputs(options.inputs);
    for (const auto& in : inputs) {
        if (in.kind == io::InputKind::events) {
            const auto stats =
                io::read_event_file(in.path, diag, options.strict, [&](EventRecord&& e) {
                    result.events.push_back(std::move(e));
                });
            ++result.stats.event_files;
            result.stats.events_read += stats.read;
            result.stats.events_skipped += stats.skipped;
        } else {
            // Article extraction lands with the event-extraction issue.
            throw Error(ErrorKind::internal,
                        in.path.string() + ": extracting events from articles is not implemented "
                                           "yet; pass event files written by extract");
        }
    }
    (void)stdin_stream;
    return result;
}

std::string describe(const PipelineStats& s, std::size_t events) {
    std::string out;
    if (s.articles_read != 0 || s.articles_skipped != 0) {
        out += std::to_string(s.articles_read) + " articles read";
        if (s.articles_skipped != 0 || s.duplicate_articles != 0) {
            out += " (";
            if (s.articles_skipped != 0) {
                out += std::to_string(s.articles_skipped) + " skipped";
            }
            if (s.duplicate_articles != 0) {
                out += std::string(s.articles_skipped != 0 ? ", " : "") +
                       std::to_string(s.duplicate_articles) + " duplicates";
            }
            out += ")";
        }
        out += ", ";
    }
    if (s.event_files != 0) {
        out += std::to_string(s.events_read) + " events from " + std::to_string(s.event_files) +
               " event file" + (s.event_files == 1 ? "" : "s");
        if (s.events_skipped != 0) {
            out += " (" + std::to_string(s.events_skipped) + " skipped)";
        }
        out += ", ";
    }
    out += std::to_string(events) + " event" + (events == 1 ? "" : "s");
    if (s.events_merged != 0) {
        out += " (" + std::to_string(s.events_merged) + " merged across articles)";
    }
    return out;
}

} // namespace conflictmap::events
