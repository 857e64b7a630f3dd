#include "events/gazetteer_lookup.hpp"

#include "gazetteer/gazetteer.hpp"
#include "text/segmenter.hpp"
#include "text/toponym_key.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace conflictmap::events {

namespace {

/// The candidates a lookup gave for a key, remembered per thread: the same names (Baghdad,
/// Kirkuk, Iraq) come back in article after article, and each answer cost an index probe and
/// a ranked list of places (a resolver query, for loose keys and geocode, far more). Answers are
/// plain views of the index, so a remembered answer is the same answer. One table per thread and
/// kind, for one lookup at a time (another lookup's use empties it), cleared when it grows large.
class CandidateMemo {
public:
    enum Kind { exact_key, loose_key, geocode_query, kinds };

    /// A remembered answer: a view of the table's candidates, valid until the next remember.
    using Answer = std::span<const ToponymCandidate>;

    /// The remembered answer for (owner, key), or none.
    static std::optional<Answer> find(std::uint64_t owner, Kind kind, std::string_view key) {
        Table& t = table(owner, kind);
        const std::uint64_t hash = text::HashedWord::hash_of(key);
        for (std::size_t k = hash & (kSlots - 1);; k = (k + 1) & (kSlots - 1)) {
            const Slot& s = t.slots[k];
            if (s.filled == 0) {
                return std::nullopt;
            }
            if (s.hash == hash && s.key_size == key.size() &&
                text::same_hashed_text(std::string_view(t.keys.data() + s.key_at, s.key_size),
                                       key)) {
                return Answer(t.candidates.data() + s.first, s.count);
            }
        }
    }
    static void remember(std::uint64_t owner, Kind kind, std::string_view key, Answer answer) {
        Table& t = table(owner, kind);
        if (t.used >= kLimit || t.candidates.size() >= kCandidateLimit) {
            t.clear(); // (memory stays flat however many articles run)
        }
        const std::uint64_t hash = text::HashedWord::hash_of(key);
        std::size_t k = hash & (kSlots - 1);
        while (t.slots[k].filled != 0) {
            k = (k + 1) & (kSlots - 1);
        }
        t.slots[k] = {hash,
                      static_cast<std::uint32_t>(t.keys.size()),
                      static_cast<std::uint32_t>(key.size()),
                      static_cast<std::uint32_t>(t.candidates.size()),
                      static_cast<std::uint32_t>(answer.size()),
                      1};
        t.keys.append(key);
        t.candidates.insert(t.candidates.end(), answer.begin(), answer.end());
        ++t.used;
    }
    static std::uint64_t next_owner() noexcept {
        static std::atomic<std::uint64_t> next{1};
        return next.fetch_add(1, std::memory_order_relaxed);
    }

private:
    /// At most this many keys and candidates per table (about 2.5 MB of candidates; a world
    /// gazetteer's common names have up to 24 each).
    static constexpr std::size_t kLimit = 8192;
    static constexpr std::size_t kCandidateLimit = 16384;
    /// Open addressing by the key's word hash, at most half full. (It had been a
    /// std::unordered_map of strings to vectors: a division for the bucket, the word hash of
    /// each key met in the bucket made again, and an allocation per answer; about 200
    /// instructions a remembered answer.)
    static constexpr std::size_t kSlots = 2 * kLimit;
    struct Slot {
        std::uint64_t hash;
        std::uint32_t key_at, key_size; ///< in Table::keys
        std::uint32_t first, count;     ///< in Table::candidates
        std::uint32_t filled;           ///< 0: empty
    };
    struct Table {
        std::uint64_t owner = 0;
        std::size_t used = 0; ///< filled slots
        std::vector<Slot> slots = std::vector<Slot>(kSlots, Slot{});
        std::string keys;                         ///< the keys remembered, one after another
        std::vector<ToponymCandidate> candidates; ///< the answers, one after another
        void clear() {
            std::fill(slots.begin(), slots.end(), Slot{});
            used = 0;
            keys.clear();
            candidates.clear();
        }
    };
    static Table& table(std::uint64_t owner, Kind kind) {
        thread_local std::array<Table, kinds> tables;
        Table& t = tables[kind];
        if (t.owner != owner) {
            t.clear();
            t.owner = owner;
        }
        return t;
    }
};

/// GazetteerLookup::key_status_hashed's answers, per thread: two ways per set (see there).
/// (Trivially made, so a thread's first use tests no guard; the keys over eight bytes, strings,
/// are apart in long_status_keys.)
struct KeyStatusMemo {
    static constexpr std::size_t kSets = 4096;
    struct Known {
        std::uint64_t hash = 0;
        std::uint32_t size = 0;
        std::uint16_t status = 0;
        std::uint16_t filled = 0; ///< 0: empty
    };
    std::uint64_t owner = 0; ///< the lookup whose answers these are (0: none yet)
    std::array<std::array<Known, 2>, kSets> sets{};
};
thread_local KeyStatusMemo key_status_memo;
/// The keys over eight bytes of key_status_memo's ways, by set and way.
thread_local std::array<std::array<std::string, 2>, KeyStatusMemo::kSets> long_status_keys;

class GazetteerLookup final : public PlaceLookup {
public:
    explicit GazetteerLookup(gazetteer::Gazetteer g) : g_(std::move(g)) {}

    void append_token_key(std::string_view token, std::string& key) const override {
        text::append_token_key(token, key);
    }
    /// text::append_token_key lower-cases ASCII letters, keeps digits and drops apostrophes.
    bool ascii_key_is_lower_form() const override { return true; }

    unsigned key_status(std::string_view key) const override {
        return key_status_hashed(key, text::HashedWord::hash_of(key));
    }
    unsigned key_status_hashed(std::string_view key, std::size_t hash) const override {
        // Remembered per thread (two ways per set, chosen by the key's hash): the scanner asks
        // this of every capitalised word and its continuations, the same words article after
        // article, and each answer probes every index image (two with a world gazetteer). (One
        // way of 4096 lost a third of its keys to collisions on a few hundred articles.) A way
        // is 16 bytes, a set half a cache line: the hash, the key's size and the answer. A key of
        // up to eight bytes is told by its hash and size alone (text::same_hashed_text); a
        // longer one's bytes are kept apart, read only when its hash and size match. (Each way
        // had held its key as a std::string, 56 bytes: the table's 460 KB missed the caches,
        // and the probe took three times its share of the scanner's time.) A key of up to eight
        // bytes the memo holds, about half the calls, is answered here; the others are
        // key_status_probed's. (With both in one function every call saved and restored six
        // registers and tested the memo's thread-local guard: about 45 instructions an answer
        // found, now about 15.)
        const KeyStatusMemo& memo = key_status_memo;
        if (key.size() <= 8 && memo.owner == memo_owner_) {
            const auto& set = memo.sets[hash & (KeyStatusMemo::kSets - 1)];
            for (const KeyStatusMemo::Known& k : set) {
                if (k.filled != 0 && k.hash == hash && k.size == key.size()) {
                    return k.status;
                }
            }
        }
        return key_status_probed(key, hash);
    }

    /// key_status_hashed of a key over eight bytes, or one its memo may not hold.
    [[gnu::noinline]] unsigned key_status_probed(std::string_view key, std::size_t hash) const {
        KeyStatusMemo& memo = key_status_memo;
        if (memo.owner != memo_owner_) {
            memo.sets = {}; // (another lookup's answers: forgotten)
            memo.owner = memo_owner_;
        }
        const std::size_t at = hash & (KeyStatusMemo::kSets - 1); // (the word hash's low bits)
        auto& set = memo.sets[at];
        const auto holds = [&](std::size_t way) {
            const KeyStatusMemo::Known& k = set[way];
            return k.filled != 0 && k.hash == hash && k.size == key.size() &&
                   (key.size() <= 8 || text::same_text(long_status_keys[at][way], key));
        };
        if (holds(0)) {
            return set[0].status;
        }
        if (holds(1)) {
            return set[1].status;
        }
        const auto r = g_.key_status(key);
        const unsigned status = (r.found ? kName : 0U) | (r.has_longer ? kPrefix : 0U);
        // (the newer key first, the older second, the oldest gone)
        set[1] = set[0];
        if (set[1].size > 8) {
            std::swap(long_status_keys[at][0], long_status_keys[at][1]);
        }
        set[0] = {hash, static_cast<std::uint32_t>(key.size()), static_cast<std::uint16_t>(status),
                  1};
        if (key.size() > 8) {
            long_status_keys[at][0].assign(key);
        }
        return status;
    }

    std::size_t max_name_tokens() const override { return g_.max_name_tokens(); }

    /// The memo's answer of this kind for key, else compute(out)'s, remembered.
    template <class Compute>
    void memoised(CandidateMemo::Kind kind, std::string_view key,
                  std::vector<ToponymCandidate>& out, Compute compute) const {
        if (const auto known = CandidateMemo::find(memo_owner_, kind, key)) {
            out.insert(out.end(), known->begin(), known->end());
            return;
        }
        const std::size_t from = out.size();
        compute(out);
        CandidateMemo::remember(memo_owner_, kind, key,
                                {out.begin() + static_cast<std::ptrdiff_t>(from), out.end()});
    }

    void candidates(std::string_view key, std::vector<ToponymCandidate>& out) const override {
        memoised(CandidateMemo::exact_key, key, out, [&](std::vector<ToponymCandidate>& o) {
            thread_local std::vector<gazetteer::NameHit> hits;
            if (g_.lookup_key(key, hits).found) {
                add_hits(hits, 1.0, o);
            }
        });
    }

    void loose_candidates(std::string_view key, std::vector<ToponymCandidate>& out) const override {
        memoised(CandidateMemo::loose_key, key, out,
                 [&](std::vector<ToponymCandidate>& o) { loose_candidates_uncached(key, o); });
    }

    void loose_candidates_uncached(std::string_view key, std::vector<ToponymCandidate>& out) const {
        thread_local std::vector<gazetteer::NameHit> hits;
        const std::string loose = text::loose_key(key);
        if (loose.size() < 3) {
            return; // "Al", "Ur": too short to trust a transliteration match
        }
        if (!g_.lookup_loose_key(loose, hits).found) {
            return;
        }
        // Equal loose keys are a coarse net ("British" and "Beirut" nearly meet): confirm with
        // the resolver's transliteration similarity and keep only convincing variants.
        gazetteer::GeocodeOptions o;
        o.limit = 8;
        o.fuzzy = false;
        for (const auto& m : g_.geocode(key, o)) {
            if (m.score < 0.72) {
                continue;
            }
            ToponymCandidate c;
            c.place = candidate_place(m.place, g_.facts(m.place));
            c.prior = m.score;
            c.weak_name = true;
            out.push_back(std::move(c));
        }
    }

    void geocode(std::string_view query, std::vector<ToponymCandidate>& out) const override {
        memoised(CandidateMemo::geocode_query, query, out,
                 [&](std::vector<ToponymCandidate>& o) { geocode_uncached(query, o); });
    }

    void geocode_uncached(std::string_view query, std::vector<ToponymCandidate>& out) const {
        gazetteer::GeocodeOptions o;
        o.limit = 8;
        o.fuzzy = false;
        for (const auto& m : g_.geocode(query, o)) {
            ToponymCandidate c;
            c.place = candidate_place(m.place, g_.facts(m.place));
            c.prior = m.score;
            c.code_name =
                m.kind == gazetteer::NameKind::code || m.kind == gazetteer::NameKind::code_form;
            c.weak_name = m.tier != gazetteer::MatchTier::exact;
            out.push_back(std::move(c));
        }
    }

    Place place(const CandidatePlace& candidate) const override {
        return g_.place({static_cast<std::uint32_t>(candidate.handle >> 32U),
                         static_cast<std::uint32_t>(candidate.handle)});
    }

    std::shared_ptr<const Place> shared_place(const CandidatePlace& candidate) const override {
        // Remembered per thread (direct-mapped by the handle): the same places are chosen
        // article after article, and each was built anew, its strings copied from the index.
        struct Known {
            std::uint64_t owner = 0; ///< 0: empty (owners count from 1)
            std::uint64_t handle = 0;
            std::shared_ptr<const Place> place;
        };
        thread_local std::array<Known, 4096> known;
        Known& k = known[(candidate.handle * 0x9E3779B97F4A7C15ULL) >> 52U];
        if (k.owner != memo_owner_ || k.handle != candidate.handle || k.place == nullptr) {
            k.place = std::make_shared<const Place>(place(candidate));
            k.handle = candidate.handle;
            k.owner = memo_owner_;
        }
        return k.place;
    }

    std::optional<Place> country(std::string_view code) const override {
        // Remembered per thread (16 slots by the code's bytes): every article asks for its
        // country, the same few again and again, and each answer searched every index image's
        // countries and built the place.
        struct Known {
            std::uint64_t owner = 0; ///< 0: empty (owners count from 1)
            std::string code;
            std::optional<Place> place;
        };
        thread_local std::array<Known, 16> known;
        const std::size_t slot = code.size() == 2 ? (static_cast<unsigned char>(code[0]) * 31U +
                                                     static_cast<unsigned char>(code[1])) &
                                                        15U
                                                  : 0;
        Known& k = known[slot];
        if (k.owner != memo_owner_ || k.code != code) {
            auto ref = g_.country(code);
            k.place = ref ? std::optional<Place>(g_.place(*ref)) : std::nullopt;
            k.code.assign(code);
            k.owner = memo_owner_;
        }
        return k.place;
    }

    std::optional<Place> admin1_seat(std::string_view cc, std::string_view admin1) const override {
        // Asked again and again for the same few areas: remembered (shared by threads).
        const std::string key = std::string(cc) + "." + std::string(admin1);
        {
            std::lock_guard<std::mutex> lock(seats_mutex_);
            if (auto it = seats_.find(key); it != seats_.end()) {
                return it->second;
            }
        }
        auto seat = find_admin1_seat(cc, admin1);
        std::lock_guard<std::mutex> lock(seats_mutex_);
        seats_.emplace(key, seat);
        return seat;
    }

private:
    static CandidatePlace candidate_place(gazetteer::PlaceRef ref, const gazetteer::PlaceFacts& f) {
        CandidatePlace p;
        p.id = f.id;
        p.name = f.name;
        p.lat = f.lat;
        p.lon = f.lon;
        p.feature_class = f.feature_class;
        p.feature_code = f.feature_code;
        p.country_code = f.country_code;
        p.admin1_code = f.admin1_code;
        p.admin2_code = f.admin2_code;
        p.population = f.population;
        p.handle = (std::uint64_t{ref.source} << 32U) | ref.index;
        return p;
    }

    std::optional<Place> find_admin1_seat(std::string_view cc, std::string_view admin1) const {
        // The most populous seat (PPLA, or the national capital) with the area's admin1 code,
        // among the places around the area's point (asked once per area: see the cache).
        if (auto area = g_.admin_area(cc, admin1)) {
            const auto facts = g_.facts(*area);
            const auto is_seat = [&](gazetteer::PlaceRef ref) {
                const auto f = g_.facts(ref);
                return (f.feature_code == "PPLA" || f.feature_code == "PPLC") &&
                       f.country_code == cc && f.admin1_code == admin1;
            };
            std::optional<Place> best;
            std::int64_t best_pop = -1;
            for (const auto& near : g_.nearest(facts.lat, facts.lon, 5000, 600.0, is_seat)) {
                const auto population = g_.facts(near.place).population;
                if (population > best_pop) {
                    best_pop = population;
                    best = g_.place(near.place);
                }
            }
            return best;
        }
        return std::nullopt;
    }

    void add_hits(const std::vector<gazetteer::NameHit>& hits, double weight,
                  std::vector<ToponymCandidate>& out) const {
        // Ranked by prior (stable: ties keep the index's order) before the candidates are made,
        // so only the kept ones are made and the sort moves small records.
        struct Ranked {
            double prior;
            std::size_t hit;
            CandidatePlace place;
        };
        thread_local std::vector<Ranked> ranked;
        ranked.clear();
        for (std::size_t i = 0; i < hits.size(); ++i) {
            const auto f = g_.facts(hits[i].place);
            ranked.push_back(
                {weight * gazetteer::name_kind_weight(hits[i].kind) * (0.55 + 0.45 * f.importance),
                 i, candidate_place(hits[i].place, f)});
        }
        // (Ties in hit order: std::sort with that as the tie-break is a stable sort that needs
        // no temporary buffer.)
        std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
            return a.prior > b.prior || (a.prior == b.prior && a.hit < b.hit);
        });
        // Long candidate lists (a world gazetteer) are cut: context can only pick among the
        // likeliest.
        if (ranked.size() > 24) {
            ranked.resize(24);
        }
        out.reserve(out.size() + ranked.size());
        for (const auto& r : ranked) {
            const auto& h = hits[r.hit];
            ToponymCandidate c;
            c.place = r.place;
            c.prior = r.prior;
            c.code_name =
                h.kind == gazetteer::NameKind::code || h.kind == gazetteer::NameKind::code_form;
            c.weak_name = h.kind == gazetteer::NameKind::article_dropped ||
                          h.kind == gazetteer::NameKind::designator_dropped;
            c.borrowed_name = h.borrowed;
            out.push_back(std::move(c));
        }
    }

    gazetteer::Gazetteer g_;
    const std::uint64_t memo_owner_ = CandidateMemo::next_owner();
    mutable std::mutex seats_mutex_;
    mutable std::map<std::string, std::optional<Place>> seats_;
};

} // namespace

std::unique_ptr<PlaceLookup> open_place_lookup(const std::vector<std::string>& sources,
                                               Diagnostics& diag) {
    gazetteer::GazetteerOptions o;
    o.sources = sources;
    o.diagnostics = &diag;
    return std::make_unique<GazetteerLookup>(gazetteer::Gazetteer::open(o));
}

} // namespace conflictmap::events
