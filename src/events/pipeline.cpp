#include "events/pipeline.hpp"

#include "core/error.hpp"
#include "events/extractor.hpp"
#include "events/gazetteer_lookup.hpp"
#include "events/merge.hpp"
#include "geo/areas.hpp"
#include "io/article_reader.hpp"
#include "io/event_io.hpp"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>
#include <utility>
#include <vector>

namespace conflictmap::events {

namespace {

struct Job {
    std::uint64_t seq = 0;
    io::Article article;
};

struct Done {
    ExtractionResult result;
    std::string explain;
    std::size_t text_bytes = 0; ///< the article's size, for the in-flight budget
};

/// One article's extraction, with its --explain log when asked for.
Done extract_one(const Extractor& extractor, const io::Article& article, bool explain,
                 MentionList mentions) {
    Done done;
    done.text_bytes = article.text.size();
    if (explain) {
        std::ostringstream log;
        done.result = extractor.extract(article, &log, mentions);
        done.explain = log.str();
    } else {
        // No stream to build per article.
        done.result = extractor.extract(article, nullptr, mentions);
    }
    return done;
}

/// Extracts articles on worker threads and hands results back in input order. Articles go to
/// the workers in batches (news reports are short: one lock and one wake-up per article would
/// cost a good part of what two threads gain).
class ParallelExtraction {
public:
    ParallelExtraction(const Extractor& extractor, unsigned threads, bool explain,
                       MentionList mentions)
        : extractor_(extractor), explain_(explain), mentions_(mentions) {
        for (unsigned i = 0; i < threads; ++i) {
            workers_.emplace_back([this] { work(); });
        }
    }
    ~ParallelExtraction() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            closing_ = true;
        }
        jobs_ready_.notify_all();
        for (auto& t : workers_) {
            t.join();
        }
    }
    ParallelExtraction(const ParallelExtraction&) = delete;
    ParallelExtraction& operator=(const ParallelExtraction&) = delete;

    /// Queues an article. Callers take results while full(), so memory stays flat.
    void submit(io::Article&& article) {
        pending_bytes_ += article.text.size();
        in_flight_bytes_ += article.text.size();
        pending_.push_back({next_seq_++, std::move(article)});
        if (pending_.size() >= kBatchArticles || pending_bytes_ >= kBatchBytes) {
            flush();
        }
    }

    /// The next result in input order, if it is ready (or, with wait, once it is).
    bool next(Done& out, bool wait) {
        if (wait) {
            flush(); // what is still batched here would never come back
        }
        std::unique_lock<std::mutex> lock(mutex_);
        if (wait) {
            results_ready_.wait(lock, [this] {
                return results_.count(next_out_) != 0 || error_ || next_out_ == next_seq_;
            });
        }
        rethrow_locked();
        auto it = results_.find(next_out_);
        if (it == results_.end()) {
            return false;
        }
        out = std::move(it->second);
        results_.erase(it);
        ++next_out_;
        in_flight_bytes_ -= out.text_bytes;
        return true;
    }

    /// Whether enough is submitted and not yet taken back: 128 articles or 64 MB of text (a
    /// few huge articles must not multiply memory).
    bool full() const {
        return next_seq_ - next_out_ >= kMaxInFlight || in_flight_bytes_ >= kMaxInFlightBytes;
    }
    static constexpr std::size_t kMaxInFlight = 128;
    static constexpr std::size_t kMaxInFlightBytes = 64 * 1024 * 1024;

private:
    static constexpr std::size_t kBatchArticles = 16;
    static constexpr std::size_t kBatchBytes = 256 * 1024;

    void flush() {
        if (pending_.empty()) {
            return;
        }
        {
            std::lock_guard<std::mutex> lock(mutex_);
            rethrow_locked();
            jobs_.push_back(std::move(pending_));
        }
        pending_.clear();
        pending_bytes_ = 0;
        jobs_ready_.notify_one();
    }

    void work() {
        for (;;) {
            std::vector<Job> batch;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                jobs_ready_.wait(lock, [this] { return closing_ || !jobs_.empty(); });
                if (jobs_.empty()) {
                    return;
                }
                batch = std::move(jobs_.front());
                jobs_.pop_front();
            }
            std::vector<std::pair<std::uint64_t, Done>> done;
            done.reserve(batch.size());
            try {
                for (const auto& job : batch) {
                    done.emplace_back(job.seq,
                                      extract_one(extractor_, job.article, explain_, mentions_));
                }
            } catch (...) {
                std::lock_guard<std::mutex> lock(mutex_);
                if (!error_) {
                    error_ = std::current_exception();
                }
                results_ready_.notify_all();
                return;
            }
            {
                std::lock_guard<std::mutex> lock(mutex_);
                for (auto& [seq, d] : done) {
                    results_.emplace(seq, std::move(d));
                }
            }
            results_ready_.notify_all();
        }
    }

    void rethrow_locked() {
        if (error_) {
            std::rethrow_exception(error_);
        }
    }

    const Extractor& extractor_;
    bool explain_;
    MentionList mentions_;
    std::vector<std::thread> workers_;
    std::mutex mutex_;
    std::condition_variable jobs_ready_, results_ready_;
    std::deque<std::vector<Job>> jobs_;
    std::map<std::uint64_t, Done> results_;
    std::vector<Job> pending_; // the batch being filled (caller's thread only)
    std::size_t pending_bytes_ = 0;
    std::size_t in_flight_bytes_ = 0; // caller's thread only
    std::uint64_t next_seq_ = 0;      // caller's thread only
    std::uint64_t next_out_ = 0;      // caller's thread only
    bool closing_ = false;
    std::exception_ptr error_;
};

/// Runs every input through the extractor (event files as they are) and hands the events to
/// a merger (CrossArticleMerger or SpillingMerger) in input order.
template <class Merger>
PipelineStats run_pipeline(const PipelineOptions& options, std::istream& stdin_stream,
                           Diagnostics& diag, Merger& merger, std::vector<Mention>* mentions) {
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
        if (options.merge_across_articles) {
            stats.events_merged += merger.add(std::move(d.result.events));
        } else {
            for (auto& e : d.result.events) {
                merger.add_unmerged(std::move(e));
            }
        }
        ++done_articles;
        diag.progress(done_articles, 0, "articles");
    };

    const MentionList mention_list = mentions != nullptr ? MentionList::keep : MentionList::skip;
    io::Article article;
    if (options.threads <= 1) {
        while (reader.next(article)) {
            take(extract_one(extractor, article, options.explain, mention_list));
        }
    } else {
        ParallelExtraction parallel(extractor, options.threads, options.explain, mention_list);
        Done d;
        while (reader.next(article)) {
            while (parallel.full() && parallel.next(d, true)) {
                take(std::move(d));
            }
            parallel.submit(std::move(article));
            while (parallel.next(d, false)) {
                take(std::move(d));
            }
        }
        while (parallel.next(d, true)) {
            take(std::move(d));
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
