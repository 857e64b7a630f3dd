#include "events/pipeline.hpp"

#include "core/error.hpp"
#include "core/ordered_work.hpp"
#include "events/extractor.hpp"
#include "events/gazetteer_lookup.hpp"
#include "events/merge.hpp"
#include "geo/areas.hpp"
#include "io/article_reader.hpp"
#include "io/event_io.hpp"

#include <exception>
#include <functional>
#include <sstream>
#include <type_traits>
#include <utility>
#include <vector>

namespace conflictmap::events {

namespace {

/// Turns an event into its output bytes (stream_events' render).
using EventRender = std::function<void(const EventRecord&, std::string&)>;

/// What one article's extraction hands over.
struct Done {
    ExtractionResult result;
    std::string explain;
    /// With a render: per event its output bytes if no merge can change it, else "".
    std::vector<std::string> rendered;
};

/// One article's extraction, with its --explain log when asked for. With render, the events
/// no merge can change are rendered here, on the extracting thread, so little is left to
/// render once every input is read.
Done extract_one(const Extractor& extractor, const io::Article& article, bool explain,
                 MentionList mentions, const EventRender* render, bool merging) {
    Done done;
    if (explain) {
        std::ostringstream log;
        done.result = extractor.extract(article, &log, mentions);
        done.explain = log.str();
    } else {
        // No stream to build per article.
        done.result = extractor.extract(article, nullptr, mentions);
    }
    if (render != nullptr) {
        const auto& events = done.result.events;
        done.rendered.resize(events.size());
        for (std::size_t i = 0; i < events.size(); ++i) {
            if (!merging || !can_merge(events[i])) {
                (*render)(events[i], done.rendered[i]);
            }
        }
    }
    return done;
}

/// One input record on its way through the worker threads: read on the caller's thread,
/// decoded and extracted on a worker, accepted on the caller's thread in input order.
struct Item {
    io::ArticleRecord record;
    io::DecodedArticle decoded;
    Done done;
    bool extracted = false;
    std::exception_ptr error; ///< what extraction threw, rethrown in the record's turn
    std::size_t bytes = 0;    ///< the record's size, for the in-flight budget
};

/// Decodes and extracts records on worker threads and hands them back in input order, so the
/// caller prints, counts and merges exactly as one thread would. Records go to the workers in
/// batches (news reports are short: a lock and a wake-up per article would cost a good part of
/// what two threads gain); the caller's thread only reads lines and merges.
class ParallelExtraction {
public:
    ParallelExtraction(const Extractor& extractor, const io::ArticleReader& reader,
                       const io::ArticleReaderOptions& reader_options, unsigned threads,
                       bool explain, MentionList mentions, const EventRender* render, bool merging)
        : work_(threads, [&extractor, &reader, reader_options, explain, mentions, render,
                          merging](std::vector<Item>& batch) {
              for (auto& item : batch) {
                  item.decoded = io::decode_article(std::move(item.record), reader_options);
                  // An id read before means the article will be skipped: spare its extraction.
                  if (item.decoded.error || reader.id_used(item.decoded.id_hash)) {
                      continue;
                  }
                  try {
                      item.done = extract_one(extractor, item.decoded.article, explain, mentions,
                                              render, merging);
                  } catch (...) {
                      item.error = std::current_exception();
                  }
                  item.extracted = true;
                  std::string().swap(item.decoded.article.text); // only its id is needed now
              }
          }) {}

    /// Queues a record. Callers take results while full(), so memory stays flat.
    void submit(io::ArticleRecord&& record) {
        Item item;
        item.bytes = record.bytes.size();
        item.record = std::move(record);
        filling_bytes_ += item.bytes;
        in_flight_bytes_ += item.bytes;
        ++in_flight_;
        filling_.push_back(std::move(item));
        if (filling_.size() >= kBatchRecords || filling_bytes_ >= kBatchBytes) {
            flush();
        }
    }

    /// The next record in input order, if it is done (or, with wait, once it is); nullptr
    /// when there is none. It is valid until the next call: its batch then goes back to the
    /// worker that made it, to be freed there.
    Item* next(bool wait) {
        if (front_ != nullptr && taken_ == front_->size()) {
            work_.pop_front();
            front_ = nullptr;
        }
        if (front_ == nullptr) {
            if (wait) {
                flush(); // what is still being filled here would never come back
            }
            front_ = work_.front(wait);
            taken_ = 0;
            if (front_ == nullptr) {
                return nullptr;
            }
        }
        Item* item = &(*front_)[taken_++];
        --in_flight_;
        in_flight_bytes_ -= item->bytes;
        item->record = io::ArticleRecord{}; // this thread read it: freed here too
        return item;
    }

    /// Whether enough is submitted and not yet taken back: 256 records (8 batches) or 64 MB
    /// of text (a few huge articles must not multiply memory). That is enough ahead of the
    /// workers for them not to wait while this thread waits for a CPU (perf sched: on 2
    /// cores they slept under 1% of the run, with other programs busy too). Batches of 32
    /// records: with 16, twice the wake-ups for the same work (1050 against 765 voluntary
    /// context switches on 10 MB), with 64 and 512 in flight, 2.6 MB more at the peak.
    bool full() const {
        return in_flight_ >= kMaxInFlight || in_flight_bytes_ >= kMaxInFlightBytes;
    }
    static constexpr std::size_t kMaxInFlight = 256;
    static constexpr std::size_t kMaxInFlightBytes = 64 * 1024 * 1024;

private:
    static constexpr std::size_t kBatchRecords = 32;
    static constexpr std::size_t kBatchBytes = 256 * 1024;

    void flush() {
        if (!filling_.empty()) {
            work_.submit(std::move(filling_));
            filling_.clear();
            filling_bytes_ = 0;
        }
    }

    OrderedWork<std::vector<Item>> work_;
    std::vector<Item> filling_; // the batch being filled
    std::size_t filling_bytes_ = 0;
    std::vector<Item>* front_ = nullptr; // the batch being handed back
    std::size_t taken_ = 0;
    std::size_t in_flight_ = 0;
    std::size_t in_flight_bytes_ = 0;
};

/// Runs every input through the extractor (event files as they are) and hands the events to
/// a merger (CrossArticleMerger or SpillingMerger) in input order.
template <class Merger>
PipelineStats run_pipeline(const PipelineOptions& options, std::istream& stdin_stream,
                           Diagnostics& diag, Merger& merger, std::vector<Mention>* mentions,
                           const EventRender* render = nullptr) {
    PipelineStats stats;
    const auto inputs = io::expand_inputs(options.inputs);

    // Event files are loaded as written (never merged, first in the output); articles go
    // through the extractor.
    std::vector<io::InputFile> article_inputs;
    for (const auto& in : inputs) {
        if (in.kind == io::InputKind::events) {
            const auto file_stats =
                io::read_event_file(in.path, diag, options.strict,
                                    [&](EventRecord&& e) { merger.add_unmerged(std::move(e)); });
            ++stats.event_files;
            stats.events_read += file_stats.read;
            stats.events_skipped += file_stats.skipped;
        } else {
            article_inputs.push_back(in);
        }
    }
    if (article_inputs.empty()) {
        return stats;
    }

    const auto lookup = open_place_lookup(options.gazetteers, diag);
    const auto disputed =
        options.disputed
            ? geo::DisputedTerritories::from_file(*options.disputed, options.extended_claims)
            : geo::DisputedTerritories::embedded(options.extended_claims);
    const Extractor extractor(*lookup, &disputed);

    io::ArticleReaderOptions reader_options;
    reader_options.strict = options.strict;
    reader_options.default_date = options.default_date;
    io::ArticleReader reader(article_inputs, stdin_stream, diag, reader_options);

    std::uint64_t done_articles = 0;
    auto take = [&](Done&& d) {
        if (options.explain && !d.explain.empty()) {
            diag.stream() << d.explain;
        }
        if (mentions != nullptr) {
            for (auto& m : d.result.mentions) {
                mentions->push_back(std::move(m));
            }
        }
        auto& events = d.result.events;
        if constexpr (std::is_same_v<Merger, SpillingMerger>) { // takes rendered events
            if (options.merge_across_articles) {
                stats.events_merged += merger.add(std::move(events), std::move(d.rendered));
            } else {
                for (std::size_t i = 0; i < events.size(); ++i) {
                    merger.add_unmerged(std::move(events[i]), d.rendered.empty()
                                                                  ? std::string()
                                                                  : std::move(d.rendered[i]));
                }
            }
        } else if (options.merge_across_articles) {
            stats.events_merged += merger.add(std::move(events));
        } else {
            for (auto& e : events) {
                merger.add_unmerged(std::move(e));
            }
        }
        ++done_articles;
        diag.progress(done_articles, 0, "articles");
    };

    const MentionList mention_list = mentions != nullptr ? MentionList::keep : MentionList::skip;
    if (options.threads <= 1) {
        io::Article article;
        while (reader.next(article)) {
            take(extract_one(extractor, article, options.explain, mention_list, render,
                             options.merge_across_articles));
        }
    } else {
        ParallelExtraction parallel(extractor, reader, reader_options, options.threads,
                                    options.explain, mention_list, render,
                                    options.merge_across_articles);
        // In input order: the record's warnings, its skip or error, then its events.
        const auto accept = [&](Item& it) {
            if (!reader.accept(it.decoded)) {
                return;
            }
            if (!it.extracted) { // id_used() said the id was read before, accept() did not
                throw Error(ErrorKind::internal, "an article was skipped before its turn");
            }
            if (it.error) {
                std::rethrow_exception(it.error);
            }
            take(std::move(it.done));
        };
        io::ArticleRecord record;
        Item* item = nullptr;
        while (reader.next_record(record)) {
            while (parallel.full() && (item = parallel.next(true)) != nullptr) {
                accept(*item);
            }
            parallel.submit(std::move(record));
            record = io::ArticleRecord{};
            while ((item = parallel.next(false)) != nullptr) {
                accept(*item);
            }
        }
        while ((item = parallel.next(true)) != nullptr) {
            accept(*item);
        }
    }
    diag.end_progress();
    stats.articles_read = reader.articles_read();
    stats.articles_skipped = reader.records_skipped();
    stats.duplicate_articles = reader.duplicates_skipped();
    return stats;
}

} // namespace

LoadedEvents load_events(const PipelineOptions& options, std::istream& stdin_stream,
                         Diagnostics& diag) {
    LoadedEvents result;
    CrossArticleMerger merger;
    result.stats = run_pipeline(options, stdin_stream, diag, merger,
                                options.keep_mentions ? &result.mentions : nullptr);
    result.events = std::move(merger.events());
    return result;
}

StreamedEvents stream_events(const PipelineOptions& options, std::istream& stdin_stream,
                             Diagnostics& diag,
                             const std::function<void(const EventRecord&)>& write) {
    StreamedEvents result;
    SpillingMerger merger;
    result.stats = run_pipeline(options, stdin_stream, diag, merger, nullptr);
    result.events = merger.finish(write);
    return result;
}

StreamedEvents stream_events(const PipelineOptions& options, std::istream& stdin_stream,
                             Diagnostics& diag,
                             const std::function<void(const EventRecord&, std::string&)>& render,
                             const std::function<void(std::string_view)>& write) {
    StreamedEvents result;
    SpillingMerger merger;
    result.stats = run_pipeline(options, stdin_stream, diag, merger, nullptr, &render);
    result.events = merger.finish(render, write, options.threads);
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
                       std::to_string(s.duplicate_articles) + " duplicates skipped";
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
