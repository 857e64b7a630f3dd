#include "events/merge.hpp"

#include "core/error.hpp"
#include "core/ordered_work.hpp"
#include "geo/geodesy.hpp"

#include <cmath>
#include <cstring>
#include <limits>
#include <unordered_map>
#include <utility>

namespace conflictmap::events {

namespace {

/// Cube edge of the index: two merge distances and a metre, so the points within the merge
/// distance of a point lie in its own cube or the nearer neighbour on each axis. The straight
/// line between two points is never longer than the geodesic, so Earth-centred coordinates
/// need no care at the poles or the antimeridian.
constexpr double kCubeM = 2.0 * (kMergeDistanceM + 1.0);

struct Cubes {
    std::int64_t own[3];
    std::int64_t near[3];
};

/// The cube of a point on the WGS84 ellipsoid and its nearer neighbours.
Cubes cubes_of(double latitude, double longitude) noexcept {
    constexpr double kA = 6378137.0;
    constexpr double kF = 1.0 / 298.257223563;
    constexpr double kE2 = kF * (2.0 - kF);
    constexpr double kDegToRad = 3.14159265358979323846 / 180.0;
    const double phi = latitude * kDegToRad;
    const double lambda = longitude * kDegToRad;
    const double sin_phi = std::sin(phi);
    const double n = kA / std::sqrt(1.0 - kE2 * sin_phi * sin_phi);
    const double xyz[3] = {n * std::cos(phi) * std::cos(lambda),
                           n * std::cos(phi) * std::sin(lambda), n * (1.0 - kE2) * sin_phi};
    Cubes c{};
    for (int axis = 0; axis < 3; ++axis) {
        const double u = xyz[axis] / kCubeM;
        const double cube = std::floor(u);
        c.own[axis] = static_cast<std::int64_t>(cube);
        c.near[axis] = c.own[axis] + (u - cube < 0.5 ? -1 : 1);
    }
    return c;
}

/// One step of bucket_key: v mixed into h.
[[gnu::always_inline]] inline std::uint64_t mix_key(std::uint64_t h, std::uint64_t v) noexcept {
    h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 31);
}

/// A bucket's key: type, day and cube mixed into 64 bits, in that order (so the keys of one
/// type and day share their first steps). Different buckets may share a key; that only costs
/// time, as every candidate is checked in full.
std::uint64_t bucket_key(std::uint32_t type, std::int64_t day, std::int64_t x, std::int64_t y,
                         std::int64_t z) noexcept {
    std::uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (const std::uint64_t v : {static_cast<std::uint64_t>(type), static_cast<std::uint64_t>(day),
                                  static_cast<std::uint64_t>(x), static_cast<std::uint64_t>(y),
                                  static_cast<std::uint64_t>(z)}) {
        h = mix_key(h, v);
    }
    return h;
}

} // namespace

bool can_merge(const EventRecord& e) noexcept {
    // Points that are not finite never merge (their geodesic distance is not a number).
    return e.event_date && e.latitude && e.longitude && e.geo_precision <= 2 &&
           std::isfinite(*e.latitude) && std::isfinite(*e.longitude);
}

MergedFacts MergedFacts::of(const EventRecord& e) {
    MergedFacts f;
    f.article_ids = e.article_ids;
    f.source = e.source;
    f.fatalities = e.fatalities;
    f.injuries = e.injuries;
    f.latitude = e.latitude;
    f.longitude = e.longitude;
    f.geo_precision = e.geo_precision;
    f.location = e.location;
    f.location_text = e.location_text;
    f.event_date = e.event_date;
    f.time_precision = e.time_precision;
    f.confidence = e.confidence;
    return f;
}

void MergedFacts::apply_to(EventRecord& e) && {
    e.article_ids = std::move(article_ids);
    e.source = std::move(source);
    e.fatalities = fatalities;
    e.injuries = injuries;
    e.latitude = latitude;
    e.longitude = longitude;
    e.geo_precision = geo_precision;
    e.location = std::move(location);
    e.location_text = std::move(location_text);
    e.event_date = event_date;
    e.time_precision = time_precision;
    e.confidence = confidence;
}

std::uint64_t MergeIndex::key_of(const State& s) const noexcept {
    const Cubes c = cubes_of(s.latitude, s.longitude);
    return bucket_key(s.type, s.day, c.own[0], c.own[1], c.own[2]);
}

void MergeIndex::insert(std::uint32_t state) {
    const std::uint64_t key = key_of(states_[state]);
    head_bits_[key >> 54U] |= std::uint64_t{1} << ((key >> 48U) & 63U);
    auto [it, fresh] = heads_.try_emplace(key, state);
    if (fresh) {
        states_[state].next = kNone;
        return;
    }
    // Lists are in kept order: matching wants the lowest number first.
    std::uint32_t* link = &it->second;
    while (*link != kNone && *link < state) {
        link = &states_[*link].next;
    }
    states_[state].next = *link;
    *link = state;
}

void MergeIndex::erase(std::uint32_t state) {
    const auto it = heads_.find(key_of(states_[state]));
    std::uint32_t* link = &it->second;
    while (*link != state) {
        link = &states_[*link].next;
    }
    *link = states_[state].next;
    if (it->second == kNone) {
        heads_.erase(it);
    }
}

std::uint32_t MergeIndex::intern(std::unordered_map<std::string, std::uint32_t>& table,
                                 const std::string& name) {
    return table.try_emplace(name, static_cast<std::uint32_t>(table.size())).first->second;
}

void MergeIndex::add_article(const std::vector<EventRecord>& events,
                             std::vector<std::size_t>& into) {
    into.assign(events.size(), kKept);
    // Only events of earlier articles are matched: this article's new events join the index
    // after it.
    const auto limit = static_cast<std::uint32_t>(states_.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        const EventRecord& e = events[i];
        if (!can_merge(e)) {
            ++kept_;
            continue;
        }
        State s;
        s.latitude = *e.latitude;
        s.longitude = *e.longitude;
        s.day = e.event_date->days_since_epoch();
        s.type = intern(types_, e.event_type);
        // Articles are numbered only when one of their events is kept: a merged report's
        // article need not be remembered.
        const auto article = articles_.find(e.article_id);
        s.article = article != articles_.end() ? article->second : kNone;
        s.time_precision = e.time_precision;
        s.geo_precision = e.geo_precision;

        std::uint32_t best = limit;
        const Cubes c = cubes_of(s.latitude, s.longitude);
        // (The 8 corners' keys of a day as bucket_key makes them, their shared first steps
        // taken once: 15 steps a day and one for the type, where the keys one by one took 40.)
        const std::uint64_t typed = mix_key(0x9E3779B97F4A7C15ULL, s.type);
        for (std::int64_t day = s.day - kMergeDays; day <= s.day + kMergeDays; ++day) {
            const std::uint64_t dated = mix_key(typed, static_cast<std::uint64_t>(day));
            std::uint64_t keys[8];
            for (int x = 0; x < 2; ++x) {
                const std::uint64_t hx =
                    mix_key(dated, static_cast<std::uint64_t>(x != 0 ? c.near[0] : c.own[0]));
                for (int y = 0; y < 2; ++y) {
                    const std::uint64_t hy =
                        mix_key(hx, static_cast<std::uint64_t>(y != 0 ? c.near[1] : c.own[1]));
                    keys[x | (y << 1)] = mix_key(hy, static_cast<std::uint64_t>(c.own[2]));
                    keys[x | (y << 1) | 4] = mix_key(hy, static_cast<std::uint64_t>(c.near[2]));
                }
            }
            for (int corner = 0; corner < 8; ++corner) {
                const std::uint64_t key = keys[corner];
                if ((head_bits_[key >> 54U] >> ((key >> 48U) & 63U) & 1U) == 0) {
                    continue; // (no bucket of this key was ever made)
                }
                const auto head = heads_.find(key);
                if (head == heads_.end()) {
                    continue;
                }
                for (std::uint32_t k = head->second; k != kNone && k < best; k = states_[k].next) {
                    const State& o = states_[k];
                    if (o.type != s.type || o.day != day || o.article == s.article) {
                        continue;
                    }
                    if (geo::distance_to_test_m({o.latitude, o.longitude},
                                                {s.latitude, s.longitude},
                                                kMergeDistanceM) <= kMergeDistanceM) {
                        best = k;
                        break;
                    }
                }
            }
        }
        if (best == limit) {
            s.number = static_cast<std::uint32_t>(kept_++);
            s.article = intern(articles_, e.article_id);
            states_.push_back(s);
            continue;
        }
        State& o = states_[best];
        into[i] = o.number;
        const bool moves = more_precise(s.geo_precision, o.geo_precision) ||
                           more_precise(s.time_precision, o.time_precision);
        if (moves) {
            erase(best);
            if (more_precise(s.geo_precision, o.geo_precision)) {
                o.latitude = s.latitude;
                o.longitude = s.longitude;
                o.geo_precision = s.geo_precision;
            }
            if (more_precise(s.time_precision, o.time_precision)) {
                o.day = s.day;
                o.time_precision = s.time_precision;
            }
            insert(best);
        }
    }
    for (auto k = limit; k < states_.size(); ++k) {
        insert(k);
    }
}

std::size_t CrossArticleMerger::add(std::vector<EventRecord>&& events) {
    index_.add_article(events, into_);
    std::size_t merged = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (into_[i] == MergeIndex::kKept) {
            events_.push_back(std::move(events[i]));
        } else {
            fold_event(events_[into_[i]], events[i]);
            ++merged;
        }
    }
    return merged;
}

void CrossArticleMerger::add_unmerged(EventRecord&& event) {
    index_.add_unmatched();
    events_.push_back(std::move(event));
}

void SpillingMerger::keep(const EventRecord& event, const std::string& rendered) {
    if (offsets_.size() >= std::numeric_limits<std::uint32_t>::max()) {
        throw Error(ErrorKind::internal, "more than 2^32 events in one run");
    }
    if (rendered.empty()) {
        offsets_.push_back(spill_.append(event));
    } else { // final: never read back by offset
        spill_.append_rendered(rendered);
        offsets_.push_back(0);
        rendered_ahead_ = true;
    }
}

std::size_t SpillingMerger::add(std::vector<EventRecord>&& events,
                                std::vector<std::string>&& rendered) {
    index_.add_article(events, into_);
    static const std::string none;
    std::size_t merged = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (into_[i] == MergeIndex::kKept) {
            keep(events[i], i < rendered.size() ? rendered[i] : none);
            continue;
        }
        // The first report folded into an event reads the event back (it was kept by an
        // earlier article, so it is in the file); later ones fold into what is in memory.
        const auto number = static_cast<std::uint32_t>(into_[i]);
        auto [it, first] = folded_.try_emplace(number);
        if (first) {
            spill_.read_at(offsets_[number], scratch_);
            it->second = MergedFacts::of(scratch_);
        }
        for (const auto& id : events[i].article_ids) {
            char prefix[sizeof number];
            std::memcpy(prefix, &number, sizeof number);
            id_record_.assign(prefix, sizeof number);
            id_record_ += id;
            folded_ids_.append(id_record_);
        }
        events[i].article_ids.clear(); // folded in at the end, from folded_ids_
        fold_event(it->second, events[i]);
        ++merged;
    }
    return merged;
}

void SpillingMerger::add_unmerged(EventRecord&& event, std::string&& rendered) {
    index_.add_unmatched();
    keep(event, rendered);
}

void SpillingMerger::Folded::apply_to(EventRecord& event) && {
    std::move(facts).apply_to(event);
    add_article_ids(event.article_ids, article_ids);
}

std::unordered_map<std::uint32_t, SpillingMerger::Folded> SpillingMerger::take_folded() {
    std::unordered_map<std::uint32_t, Folded> folded;
    folded.reserve(folded_.size());
    for (auto& [number, facts] : folded_) {
        folded[number].facts = std::move(facts);
    }
    folded_ = {};
    auto reader = folded_ids_.read();
    std::string record;
    std::uint32_t number = 0;
    while (reader.next(record)) {
        std::memcpy(&number, record.data(), sizeof number);
        folded.at(number).article_ids.push_back(record.substr(sizeof number));
    }
    return folded;
}

std::uint64_t SpillingMerger::finish(const std::function<void(const EventRecord&)>& write) {
    if (rendered_ahead_) {
        throw Error(ErrorKind::internal, "events added rendered can only be written as bytes");
    }
    auto folded = take_folded();
    std::uint64_t written = 0;
    auto reader = spill_.read();
    EventRecord e;
    for (std::uint32_t number = 0; reader.next(e); ++number) {
        if (const auto it = folded.find(number); it != folded.end()) {
            std::move(it->second).apply_to(e);
            folded.erase(it);
        }
        write(e);
        ++written;
    }
    return written;
}

namespace {

/// Kept events on their way through the rendering threads: their records as read back, what
/// was folded into those that reports folded into, then their bytes.
struct RenderBatch {
    std::string records; ///< back to back
    std::vector<std::size_t> record_ends;
    std::vector<bool> rendered; ///< per record: already the event's bytes
    std::vector<std::pair<std::size_t, SpillingMerger::Folded>> folded; ///< by position
    std::string out;                                                    ///< every event's bytes
    std::vector<std::size_t> out_ends;

    /// Empty, keeping the buffers' room for the next batch.
    void clear() noexcept {
        records.clear();
        record_ends.clear();
        rendered.clear();
        folded.clear();
        out.clear();
        out_ends.clear();
    }
};

constexpr std::size_t kRenderBatchEvents = 32;
constexpr std::size_t kRenderBatchBytes = 64 * 1024;

void render_batch(RenderBatch& batch,
                  const std::function<void(const EventRecord&, std::string&)>& render) {
    EventRecord e;
    std::size_t begin = 0;
    auto folded = batch.folded.begin();
    for (std::size_t i = 0; i < batch.record_ends.size(); ++i) {
        const std::size_t end = batch.record_ends[i];
        const auto record = std::string_view(batch.records).substr(begin, end - begin);
        begin = end;
        if (batch.rendered[i]) {
            batch.out += record;
        } else {
            io::decode_event(record, e);
            if (folded != batch.folded.end() && folded->first == i) {
                std::move(folded->second).apply_to(e);
                ++folded;
            }
            render(e, batch.out);
        }
        batch.out_ends.push_back(batch.out.size());
    }
    batch.records.clear(); // (its room kept: a batch is reused or soon gone)
    batch.folded.clear();
}

} // namespace

std::uint64_t
SpillingMerger::finish(const std::function<void(const EventRecord&, std::string&)>& render,
                       const std::function<void(std::string_view)>& write, unsigned threads) {
    auto folded = take_folded();
    auto reader = spill_.read();
    std::uint32_t number = 0;
    std::string bytes;
    bool rendered = false;
    const auto fill = [&](RenderBatch& batch) {
        while (batch.record_ends.size() < kRenderBatchEvents &&
               batch.records.size() < kRenderBatchBytes && reader.next_bytes(bytes, rendered)) {
            if (const auto it = folded.find(number); it != folded.end()) {
                batch.folded.emplace_back(batch.record_ends.size(), std::move(it->second));
                folded.erase(it);
            }
            batch.records += bytes;
            batch.record_ends.push_back(batch.records.size());
            batch.rendered.push_back(rendered);
            ++number;
        }
        return !batch.record_ends.empty();
    };
    const auto emit = [&](const RenderBatch& batch) {
        std::size_t begin = 0;
        for (const std::size_t end : batch.out_ends) {
            write(std::string_view(batch.out).substr(begin, end - begin));
            begin = end;
        }
    };
    RenderBatch batch, done;
    if (threads <= 1) {
        // (One batch, its buffers reused from batch to batch: made anew for each, the records
        // and the events' bytes grew again from nothing, a copy at each doubling.)
        while (fill(batch)) {
            render_batch(batch, render);
            emit(batch);
            batch.clear();
        }
        return number;
    }
    OrderedWork<RenderBatch> work(threads, [&render](RenderBatch& b) { render_batch(b, render); });
    const std::size_t max_in_flight = 2 * static_cast<std::size_t>(threads);
    // (Batches written are emptied and filled again, their buffers' room kept.)
    std::vector<RenderBatch> spare;
    const auto emit_and_keep = [&] {
        emit(done);
        done.clear();
        spare.push_back(std::move(done));
    };
    while (fill(batch)) {
        work.submit(std::move(batch));
        if (spare.empty()) {
            batch = RenderBatch{};
        } else {
            batch = std::move(spare.back());
            spare.pop_back();
        }
        while (work.in_flight() >= max_in_flight && work.take(done, true)) {
            emit_and_keep();
        }
        while (work.take(done, false)) {
            emit_and_keep();
        }
    }
    while (work.take(done, true)) {
        emit(done);
    }
    return number;
}

} // namespace conflictmap::events
