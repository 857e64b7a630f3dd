// Gazetteer::geocode: from a place name as a user writes it to ranked places. The score is
// documented in gazetteer.hpp; this file keeps to it.
//
// 1. The query becomes query forms: its exact key, the key with possessives dropped
//    ("Kirkuk's airport"), without leading modifiers ("western Anbar", "outskirts of Mosul"),
//    and the derived forms every indexed name also has (name_forms.hpp: articles, designators,
//    codes). Each form carries a weight and whether it dropped a designator.
// 2. Clean candidates: every form is looked up as an exact key and as a loose key; loose hits
//    are weighed by the transliteration similarity of the phonetic keys, so a loose collision
//    with some obscure alternate name of a famous place does not beat a close spelling.
// 3. When nothing matched exactly, the query may be a name plus a qualifier without a comma
//    ("Dover DE", "Hit Anbar", "K-1 base near Kirkuk"), or a name that contains a comma.
// 4. Fuzzy candidates, when no name matched exactly: edit-distance-1 variants of the loose
//    key, verified by transliteration similarity, ranked after every clean candidate.
#include "gazetteer/gazetteer.hpp"
#include "gazetteer/index_format.hpp"
#include "gazetteer/name_forms.hpp"
#include "text/edit_distance.hpp"
#include "text/toponym_key.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <optional>
#include <unordered_map>

namespace conflictmap::gazetteer {

namespace fmt = format;

namespace {

constexpr std::size_t kMaxQueryBytes = 1024;
constexpr std::size_t kMaxQueryTokens = 24;
constexpr std::size_t kMaxQualifiers = 3;
constexpr std::size_t kMaxCleanPostings = 500; ///< per key: postings are most important first
constexpr std::size_t kMaxLoosePostings = 200;
constexpr std::size_t kMaxFuzzyPostings = 16; ///< per variant key, most important first
constexpr std::size_t kMinFuzzyKey = 3;       ///< loose-key code points below which fuzzy is noise
constexpr std::size_t kMaxFuzzyKey = 40;
constexpr double kMinLooseSimilarity = 0.5;
constexpr double kMinFuzzySimilarity = 0.6;
constexpr double kNearQualifierKm = 30.0;

/// Words before a name that narrow it down without naming another place.
constexpr std::array<std::string_view, 28> kModifiers = {
    "north",        "northern",  "south",        "southern",  "east",         "eastern",
    "west",         "western",   "central",      "northeast", "northeastern", "northwest",
    "northwestern", "southeast", "southeastern", "southwest", "southwestern", "upper",
    "lower",        "greater",   "downtown",     "outskirts", "suburbs",      "near",
    "outside",      "of",        "the",          "rural"};

/// Words that join a name to a qualifier: "K-1 base near Kirkuk", "Hit in Anbar".
constexpr std::array<std::string_view, 5> kQualifierLinks = {"near", "in", "outside", "at", "by"};

bool is_one_of(std::string_view t, const auto& words) {
    return std::find(words.begin(), words.end(), t) != words.end();
}

std::vector<std::string_view> key_tokens(std::string_view key) {
    std::vector<std::string_view> out;
    std::size_t b = 0;
    while (b < key.size()) {
        std::size_t e = key.find(' ', b);
        e = e == std::string_view::npos ? key.size() : e;
        out.push_back(key.substr(b, e - b));
        b = e + 1;
    }
    return out;
}

std::string join_tokens(const std::vector<std::string_view>& t, std::size_t b, std::size_t e) {
    std::string out;
    for (std::size_t i = b; i < e; ++i) {
        if (!out.empty()) {
            out += ' ';
        }
        out += t[i];
    }
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())) != 0) {
        s.remove_prefix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())) != 0) {
        s.remove_suffix(1);
    }
    return s;
}

bool is_country_level(std::string_view code) {
    return code.substr(0, 3) == "PCL" || code == "TERR";
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) ==
                      std::toupper(static_cast<unsigned char>(y));
           });
}

/// One way of reading the query.
struct QueryForm {
    std::string key;
    double weight = 1.0;
    bool designator = false; ///< a designator was dropped from the query to make this form
    PlaceType implied = PlaceType::any;
    std::string loose; ///< text::loose_key(key), made by read_query
};

/// How a user's text reads as query forms (step 1 of the header comment).
struct QueryReading {
    std::vector<QueryForm> forms;
    PlaceType type = PlaceType::any; ///< the type a designator in the query asks for
    std::string key;                 ///< the plain exact key
};

void add_form(std::vector<QueryForm>& forms, QueryForm form) {
    for (auto& f : forms) {
        if (f.key == form.key) {
            if (form.weight > f.weight) {
                f = std::move(form);
            }
            return;
        }
    }
    forms.push_back(std::move(form));
}

QueryReading read_query(std::string_view text_value) {
    QueryReading r;
    std::vector<text::TokenSpan> spans;
    text::split_toponym_tokens(text_value, spans);
    std::string plain;
    std::string unpossessed;
    auto append = [](std::string& out, std::string_view token) {
        const std::size_t before = out.size();
        if (before > 0) {
            out += ' ';
        }
        text::append_token_key(token, out);
        if (before > 0 && out.size() == before + 1) {
            out.pop_back(); // the token's key is empty
        }
    };
    for (const auto& s : spans) {
        const auto token = text_value.substr(s.begin, s.end - s.begin);
        append(plain, token);
        append(unpossessed, text::strip_possessive(token));
    }
    r.key = plain;
    if (plain.empty() || text::key_token_count(plain) > kMaxQueryTokens) {
        return r;
    }
    std::vector<std::pair<std::string, double>> bases = {{plain, 1.0}};
    if (unpossessed != plain) {
        bases.emplace_back(unpossessed, 0.98);
    }
    for (std::size_t i = 0, n = bases.size(); i < n; ++i) {
        const auto tokens = key_tokens(bases[i].first);
        std::size_t skip = 0;
        while (skip + 1 < tokens.size() && is_one_of(tokens[skip], kModifiers)) {
            ++skip;
        }
        if (skip > 0) {
            bases.emplace_back(join_tokens(tokens, skip, tokens.size()), bases[i].second * 0.96);
        }
    }
    std::vector<KeyForm> derived;
    for (const auto& [key, weight] : bases) {
        derived.clear();
        append_key_forms(key, NameKind::preferred, derived);
        for (auto& d : derived) {
            const bool designator = d.kind == NameKind::designator_dropped;
            const double w = d.kind == NameKind::preferred || designator ? 1.0 : 0.96;
            if (designator && r.type == PlaceType::any) {
                r.type = d.implied;
            }
            add_form(r.forms, {std::move(d.key), weight * w, designator, d.implied, {}});
        }
    }
    std::stable_sort(r.forms.begin(), r.forms.end(),
                     [](const QueryForm& a, const QueryForm& b) { return a.weight > b.weight; });
    for (auto& f : r.forms) {
        text::append_loose_key(f.key, f.loose);
    }
    return r;
}

/// A candidate being scored.
struct Candidate {
    PlaceRef place;
    double name = 0.0; ///< name weight (see the score documentation)
    MatchTier tier = MatchTier::exact;
    NameKind kind = NameKind::preferred;
    std::string_view matched_key;
    bool full_name = false; ///< matched with the query's designator still in the key
};

/// Candidates; finish() keeps one per place: the best tier, then the best name weight.
class CandidateSet {
public:
    void offer(const Candidate& c) { items_.push_back(c); }
    void finish() {
        std::sort(items_.begin(), items_.end(), [](const Candidate& a, const Candidate& b) {
            if (key_of(a.place) != key_of(b.place)) {
                return key_of(a.place) < key_of(b.place);
            }
            if (a.tier != b.tier) {
                return a.tier < b.tier;
            }
            return a.name > b.name;
        });
        items_.erase(
            std::unique(items_.begin(), items_.end(),
                        [](const Candidate& a, const Candidate& b) { return a.place == b.place; }),
            items_.end());
    }
    bool has_tier(MatchTier tier) const {
        return std::any_of(items_.begin(), items_.end(),
                           [&](const Candidate& c) { return c.tier == tier; });
    }
    /// After finish().
    bool contains(PlaceRef p) const {
        const auto it = std::lower_bound(
            items_.begin(), items_.end(), key_of(p),
            [](const Candidate& c, std::uint64_t k) { return key_of(c.place) < k; });
        return it != items_.end() && it->place == p;
    }
    const std::vector<Candidate>& items() const { return items_; }

private:
    static std::uint64_t key_of(PlaceRef p) {
        return (static_cast<std::uint64_t>(p.source) << 32U) | p.index;
    }
    std::vector<Candidate> items_;
};

/// Transliteration similarity of the query to an indexed exact key, computed once per key;
/// 0 without computing it when the lengths alone keep it below `floor`.
class SimilarityCache {
public:
    SimilarityCache(std::string query_phonetic, double floor)
        : query_(std::move(query_phonetic)), floor_(floor) {}
    double get(std::uint32_t source, std::uint32_t entry, std::string_view exact_key) {
        const std::uint64_t k = (static_cast<std::uint64_t>(source) << 32U) | entry;
        // Mostly a handful of distinct names per key: a linear scan beats hashing.
        if (cache_.size() <= kLinear) {
            for (const auto& [key, value] : cache_) {
                if (key == k) {
                    return value;
                }
            }
        } else {
            if (index_.empty()) {
                for (const auto& [key, value] : cache_) {
                    index_.emplace(key, value);
                }
            }
            if (const auto it = index_.find(k); it != index_.end()) {
                return it->second;
            }
        }
        double value = 0.0;
        scratch_.clear();
        text::append_phonetic_key(exact_key, scratch_);
        // Every byte of length difference is at least one edit (Latin keys are ASCII).
        const double longer = static_cast<double>(std::max(query_.size(), scratch_.size()));
        const double shorter = static_cast<double>(std::min(query_.size(), scratch_.size()));
        if (longer > 0 && 1.0 - (longer - shorter) / longer >= floor_) {
            value = text::transliteration_similarity(query_, scratch_, floor_);
        }
        cache_.emplace_back(k, value);
        if (!index_.empty()) {
            index_.emplace(k, value);
        }
        return value;
    }

private:
    std::string query_;
    double floor_;
    std::string scratch_;
    static constexpr std::size_t kLinear = 24;
    std::vector<std::pair<std::uint64_t, double>> cache_;
    std::unordered_map<std::uint64_t, double> index_; ///< once cache_ outgrows kLinear
};

/// A qualifier ("Anbar" in "Hit, Anbar"): what it may name.
struct Qualifier {
    std::string key;
    std::string loose;
    std::string code;              ///< upper-case letters when it could be a country or state code
    std::vector<PlaceFacts> areas; ///< places the qualifier names
    bool resolves = false;         ///< names a country or an admin area we know
};

class Resolver {
public:
    Resolver(const Gazetteer& g, const GeocodeOptions& options) : g_(g), options_(options) {}

    std::vector<GeocodeMatch> run(std::string_view query);

private:
    /// Postings to visit per key. wide: more, for when context (qualifiers, --country, a
    /// designator) may lift a less important place over more important ones.
    std::size_t posting_cap(bool wide, std::size_t widest, std::size_t per_limit) const;
    CandidateSet collect_exact(const QueryReading& reading, bool wide) const;
    /// Loose candidates not in `exact`, skipping forms that cannot score above floor. With
    /// exact matches found, loose ones only fill the `free` places left in the answer.
    CandidateSet collect_loose(const QueryReading& reading, bool wide, double floor,
                               const CandidateSet& exact, std::size_t free) const;
    CandidateSet collect_fuzzy(const QueryReading& reading, const CandidateSet& clean) const;
    Qualifier make_qualifier(std::string_view text_value) const;
    bool satisfies(const PlaceFacts& f, const Place& place, const Qualifier& q) const;
    bool any_exact_satisfies(const CandidateSet& set, const Qualifier& q) const;
    double context(const Candidate& c, const PlaceFacts& f, PlaceType type) const;

    const Gazetteer& g_;
    const GeocodeOptions& options_;
    std::vector<Qualifier> qualifiers_;
};

/// The name weight of a hit on a name of `kind` through a query form.
double hit_weight(NameKind kind, const QueryForm& form) {
    // A designator the query had too is no loss ("Baghdad airport" for "... International
    // Airport").
    const double w =
        kind == NameKind::designator_dropped && form.designator ? 1.0 : name_kind_weight(kind);
    return w * form.weight;
}

NameKind kind_of(std::uint8_t k) {
    return static_cast<NameKind>(std::min<std::uint8_t>(k, 7));
}

std::size_t Resolver::posting_cap(bool wide, std::size_t widest, std::size_t per_limit) const {
    // Postings come most important first: without context that can reorder places, those
    // beyond a few times the limit cannot reach the answer.
    const std::size_t limit = std::min<std::size_t>(options_.limit, 1000);
    return wide ? widest : std::max<std::size_t>(4 * per_limit, per_limit * limit);
    // (4 * per_limit: a floor for small limits, where ties in importance are common.)
}

CandidateSet Resolver::collect_exact(const QueryReading& reading, bool wide) const {
    const std::size_t cap = posting_cap(wide, kMaxCleanPostings, 8);
    CandidateSet out;
    for (const auto& form : reading.forms) {
        const std::uint64_t hash = fmt::key_hash(form.key);
        for (std::uint32_t s = 0; s < g_.source_count(); ++s) {
            const auto& image = g_.source(s);
            const fmt::KeyEntry* e = image.find_exact(form.key, hash);
            if (e == nullptr) {
                continue;
            }
            const auto postings = image.exact_postings(*e);
            const std::string_view matched = image.key_text(*e);
            for (std::size_t i = 0; i < postings.size() && i < cap; ++i) {
                g_.prefetch({s, postings[i].place}); // canonical() reads them: overlap the reads
            }
            for (std::size_t i = 0; i < postings.size() && i < cap; ++i) {
                const auto& p = postings[i];
                if (p.place >= image.place_count()) {
                    continue;
                }
                const NameKind kind = kind_of(p.kind);
                out.offer({g_.canonical({s, p.place}), hit_weight(kind, form), MatchTier::exact,
                           kind, matched, !form.designator});
            }
        }
    }
    out.finish();
    return out;
}

CandidateSet Resolver::collect_loose(const QueryReading& reading, bool wide, double floor,
                                     const CandidateSet& exact, std::size_t free) const {
    // Beside exact matches, loose ones only fill the list: fewer postings per key will do, and
    // a few more than the free places (each is checked by a costly similarity).
    const bool filling = !exact.items().empty() && !wide;
    std::size_t cap = posting_cap(wide, kMaxLoosePostings, exact.items().empty() ? 4 : 2);
    if (filling) {
        cap = std::min(cap, 2 * free + 2);
    }
    std::size_t offered = 0;
    CandidateSet out;
    std::vector<std::uint64_t> loose_done; // hashes of the loose keys looked up
    loose_done.reserve(reading.forms.size());
    for (const auto& form : reading.forms) { // strongest forms first
        // The best a loose match of this form can score (name <= 0.8 * weight, context <= 1):
        // when `limit` places already score more, this form cannot change the answer.
        if (0.5 + 0.4 * form.weight <= floor) {
            break;
        }
        const std::string& loose = form.loose;
        const std::uint64_t loose_hash = fmt::key_hash(loose);
        if (std::find(loose_done.begin(), loose_done.end(), loose_hash) != loose_done.end()) {
            continue; // a stronger form had the same loose key (64-bit hashes: no collisions)
        }
        loose_done.push_back(loose_hash);
        std::optional<SimilarityCache> similarity;
        for (std::uint32_t s = 0; s < g_.source_count(); ++s) {
            const auto& image = g_.source(s);
            const fmt::KeyEntry* e = image.find_loose(loose, loose_hash);
            if (e == nullptr) {
                continue;
            }
            if (!similarity) {
                similarity.emplace(text::phonetic_key(form.key), kMinLooseSimilarity);
            }
            const auto postings = image.loose_postings(*e);
            const std::size_t n = std::min(postings.size(), cap);
            // Each posting leads to three scattered reads (its name's entry, the name, the
            // place): ask for them all before the first is needed, so they overlap.
            for (std::size_t i = 0; i < n; ++i) {
                if (const fmt::KeyEntry* x = image.exact_entry(postings[i].exact_entry)) {
                    __builtin_prefetch(x);
                }
                if (postings[i].place < image.place_count()) {
                    __builtin_prefetch(&image.place(postings[i].place));
                }
            }
            for (std::size_t i = 0; i < n; ++i) {
                if (const fmt::KeyEntry* x = image.exact_entry(postings[i].exact_entry)) {
                    __builtin_prefetch(image.key_text(*x).data());
                }
            }
            for (std::size_t i = 0; i < n; ++i) {
                const auto& p = postings[i];
                const fmt::KeyEntry* exact_entry = image.exact_entry(p.exact_entry);
                if (p.place >= image.place_count() || exact_entry == nullptr) {
                    continue;
                }
                // The similarity first: it is cached per name, while a place record is a
                // memory access of its own.
                const std::string_view matched = image.key_text(*exact_entry);
                // The query's own name is an exact hit, whatever its phonetic key.
                const double sim =
                    matched == form.key ? 1.0 : similarity->get(s, p.exact_entry, matched);
                if (sim < kMinLooseSimilarity) {
                    continue; // same consonant skeleton, different name
                }
                const PlaceRef ref = g_.canonical({s, p.place});
                if (exact.contains(ref)) {
                    continue;
                }
                const NameKind kind = kind_of(p.kind);
                const double name =
                    (0.5 + 0.6 * (sim - kMinLooseSimilarity)) * hit_weight(kind, form);
                out.offer({ref, name, MatchTier::loose, kind, matched, false});
                ++offered;
            }
        }
        if (filling && offered >= 3 * free + 3) {
            break;
        }
    }
    out.finish();
    return out;
}

CandidateSet Resolver::collect_fuzzy(const QueryReading& reading, const CandidateSet& clean) const {
    CandidateSet out;
    // The designator-free reading when there is one ("Spyker base" -> "spyker").
    const QueryForm* base = &reading.forms.front();
    for (const auto& f : reading.forms) {
        if (f.designator) {
            base = &f;
            break;
        }
    }
    const std::string loose = text::loose_key(base->key);
    std::vector<char32_t> cps;
    bool arabic = false;
    bool digits = false;
    for (std::size_t pos = 0; pos < loose.size();) {
        const char32_t cp = text::decode_utf8(loose, pos);
        cps.push_back(cp);
        arabic = arabic || (cp >= 0x0600 && cp <= 0x06FF);
        digits = digits || (cp >= '0' && cp <= '9');
    }
    if (cps.size() < kMinFuzzyKey || cps.size() > kMaxFuzzyKey) {
        return out;
    }
    std::vector<char32_t> alphabet;
    if (arabic) {
        for (char32_t c = 0x0628; c <= 0x064A; ++c) { // ب .. ي without vowel letters and gaps
            if ((c >= 0x063B && c <= 0x0640) || c == 0x0648 || c == 0x0629 || c == 0x0649) {
                continue;
            }
            alphabet.push_back(c);
        }
    } else {
        for (char c : std::string_view("bdfhjklmnrstwxyz")) {
            alphabet.push_back(static_cast<char32_t>(c));
        }
        if (digits) {
            for (char c = '0'; c <= '9'; ++c) {
                alphabet.push_back(static_cast<char32_t>(c));
            }
        }
    }
    SimilarityCache similarity(text::phonetic_key(base->key), kMinFuzzySimilarity);
    // Per variant key, the most important places only: a fuzzy answer needs both a close
    // spelling and a prior that beats the other guesses.
    const std::size_t fuzzy_cap = std::min<std::size_t>(
        kMaxFuzzyPostings,
        std::max<std::size_t>(4, 2 * std::min<std::size_t>(options_.limit, 1000)));
    std::string variant;
    auto encode = [&](const std::vector<char32_t>& v) {
        variant.clear();
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i > 0 && v[i] == v[i - 1]) {
                return false; // loose keys never hold doubled symbols: cannot match
            }
            text::append_utf8(variant, v[i]);
        }
        return !variant.empty();
    };
    auto look_up = [&]() {
        const std::uint64_t hash = fmt::key_hash(variant);
        for (std::uint32_t s = 0; s < g_.source_count(); ++s) {
            const auto& image = g_.source(s);
            const fmt::KeyEntry* e = image.find_loose(variant, hash);
            if (e == nullptr) {
                continue;
            }
            const auto postings = image.loose_postings(*e);
            for (std::size_t i = 0; i < postings.size() && i < fuzzy_cap; ++i) {
                const auto& p = postings[i];
                const fmt::KeyEntry* exact = image.exact_entry(p.exact_entry);
                if (p.place >= image.place_count() || exact == nullptr) {
                    continue;
                }
                const PlaceRef ref = g_.canonical({s, p.place});
                if (clean.contains(ref)) {
                    continue; // a clean match is never also a fuzzy one
                }
                const std::string_view matched = image.key_text(*exact);
                const double sim = similarity.get(s, p.exact_entry, matched);
                if (sim < kMinFuzzySimilarity) {
                    continue;
                }
                const NameKind kind = kind_of(p.kind);
                out.offer(
                    {ref, sim * hit_weight(kind, *base), MatchTier::fuzzy, kind, matched, false});
            }
        }
    };
    std::vector<char32_t> v;
    for (std::size_t i = 0; i < cps.size(); ++i) { // deletions
        v = cps;
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
        if (encode(v)) {
            look_up();
        }
    }
    for (std::size_t i = 0; i <= cps.size(); ++i) { // substitutions and insertions
        for (const char32_t c : alphabet) {
            if (i < cps.size() && c != cps[i]) {
                v = cps;
                v[i] = c;
                if (encode(v)) {
                    look_up();
                }
            }
            v = cps;
            v.insert(v.begin() + static_cast<std::ptrdiff_t>(i), c);
            if (encode(v)) {
                look_up();
            }
        }
    }
    if (!arabic) { // the leading-vowel marker gained or lost
        v = cps;
        if (cps.front() == 'a') {
            v.erase(v.begin());
        } else {
            v.insert(v.begin(), U'a');
        }
        if (encode(v)) {
            look_up();
        }
    }
    for (std::size_t i = 0; i + 1 < cps.size(); ++i) { // transpositions
        v = cps;
        std::swap(v[i], v[i + 1]);
        if (encode(v)) {
            look_up();
        }
    }
    out.finish();
    return out;
}

Qualifier Resolver::make_qualifier(std::string_view text_value) const {
    Qualifier q;
    q.key = text::toponym_key(text_value);
    q.loose = text::loose_key(q.key);
    const std::string_view t = trim(text_value);
    if (t.size() >= 2 && t.size() <= 3 && std::all_of(t.begin(), t.end(), [](char c) {
            return std::isalpha(static_cast<unsigned char>(c)) != 0;
        })) {
        for (char c : t) {
            q.code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    if (q.key.empty()) {
        return q;
    }
    std::vector<KeyForm> forms;
    append_key_forms(q.key, NameKind::preferred, forms);
    std::vector<NameHit> hits;
    for (const auto& form : forms) {
        g_.lookup_key(form.key, hits);
        for (const auto& h : hits) {
            if (q.areas.size() >= 64) {
                break;
            }
            const PlaceFacts f = g_.facts(h.place);
            if (form.implied != PlaceType::any &&
                !place_type_accepts(form.implied, f.feature_class, f.feature_code)) {
                continue;
            }
            q.areas.push_back(f);
        }
    }
    q.resolves = std::any_of(q.areas.begin(), q.areas.end(), [](const PlaceFacts& f) {
        return is_country_level(f.feature_code) || f.feature_class == 'A';
    });
    if (q.code.size() == 2 && g_.country(q.code)) {
        q.resolves = true;
    }
    return q;
}

bool Resolver::satisfies(const PlaceFacts& f, const Place& place, const Qualifier& q) const {
    if (!q.code.empty() && (equal_ignoring_case(f.country_code, q.code) ||
                            equal_ignoring_case(f.admin1_code, q.code))) {
        return true;
    }
    for (const auto& a : q.areas) {
        if (a.id == f.id) {
            continue; // a place does not qualify itself
        }
        if (is_country_level(a.feature_code)) {
            if (a.country_code == f.country_code) {
                return true;
            }
        } else if (a.feature_code == "ADM1" || a.feature_code == "ADM1H") {
            if (a.country_code == f.country_code && a.admin1_code == f.admin1_code &&
                !f.admin1_code.empty()) {
                return true;
            }
        } else if (a.feature_code == "ADM2") {
            if (a.country_code == f.country_code && a.admin1_code == f.admin1_code &&
                a.admin2_code == f.admin2_code && !f.admin2_code.empty()) {
                return true;
            }
        } else if (geodesic_distance_km(a.lat, a.lon, f.lat, f.lon) <= kNearQualifierKm) {
            return true;
        }
    }
    for (const std::string* admin : {&place.admin1, &place.admin2}) {
        if (admin->empty()) {
            continue;
        }
        const std::string k = text::toponym_key(*admin);
        if (k == q.key || text::loose_key(k) == q.loose) {
            return true;
        }
    }
    return false;
}

bool Resolver::any_exact_satisfies(const CandidateSet& set, const Qualifier& q) const {
    return std::any_of(set.items().begin(), set.items().end(), [&](const Candidate& c) {
        return c.tier == MatchTier::exact && satisfies(g_.facts(c.place), g_.place(c.place), q);
    });
}

double Resolver::context(const Candidate& c, const PlaceFacts& f, PlaceType type) const {
    // A famous place has hundreds of alternate names, so it meets far more queries by loose or
    // fuzzy coincidence: its importance counts for less there.
    double w = c.tier == MatchTier::exact ? 0.7 + 0.3 * f.importance : 0.85 + 0.15 * f.importance;
    if (type != PlaceType::any && !place_type_accepts(type, f.feature_class, f.feature_code)) {
        w *= c.full_name ? 0.9 : 0.6;
    }
    if (!qualifiers_.empty()) {
        const Place p = g_.place(c.place);
        for (const auto& q : qualifiers_) {
            if (!satisfies(f, p, q)) {
                w *= 0.5;
            }
        }
    }
    if (!options_.countries.empty()) {
        const bool inside = std::any_of(
            options_.countries.begin(), options_.countries.end(),
            [&](const std::string& cc) { return equal_ignoring_case(cc, f.country_code); });
        if (!inside) {
            w *= 0.75;
        }
    }
    return w;
}

std::vector<GeocodeMatch> Resolver::run(std::string_view query) {
    std::vector<GeocodeMatch> matches;
    const std::size_t limit = std::min<std::size_t>(options_.limit, 1000);
    if (limit == 0) {
        return matches;
    }
    std::string text_query(text::truncate_utf8(query, kMaxQueryBytes));
    if (!text::is_valid_utf8(text_query)) {
        text_query = text::sanitize_utf8(text_query);
    }
    // "X, Y, Z": X is the name, the rest qualify it.
    std::vector<std::string_view> parts;
    for (std::string_view rest = text_query;;) {
        const std::size_t comma = rest.find(',');
        parts.push_back(trim(rest.substr(0, comma)));
        if (comma == std::string_view::npos) {
            break;
        }
        rest = rest.substr(comma + 1);
    }
    for (std::size_t i = 1; i < parts.size() && qualifiers_.size() < kMaxQualifiers; ++i) {
        if (!text::toponym_key(parts[i]).empty()) {
            qualifiers_.push_back(make_qualifier(parts[i]));
        }
    }
    QueryReading reading = read_query(parts.front());
    if (reading.forms.empty()) {
        return matches;
    }
    const bool wide = !qualifiers_.empty() || !options_.countries.empty();
    // Every lookup below starts with two scattered reads per source: start them all at once.
    for (const auto& form : reading.forms) {
        const std::uint64_t hash = fmt::key_hash(form.key);
        const std::uint64_t loose_hash = fmt::key_hash(form.loose);
        for (std::uint32_t s = 0; s < g_.source_count(); ++s) {
            g_.source(s).prefetch_exact(hash);
            g_.source(s).prefetch_loose(loose_hash);
        }
    }
    CandidateSet exact = collect_exact(reading, wide || reading.type != PlaceType::any);

    if (!exact.has_tier(MatchTier::exact) && parts.size() > 1) {
        // A name with a comma in it ("US Embassy, Baghdad" for "US Embassy Baghdad").
        QueryReading whole = read_query(text_query);
        CandidateSet whole_set = whole.forms.empty() ? CandidateSet() : collect_exact(whole, true);
        if (whole_set.has_tier(MatchTier::exact)) {
            reading = std::move(whole);
            exact = std::move(whole_set);
            qualifiers_.clear();
        }
    }
    if (!exact.has_tier(MatchTier::exact) && qualifiers_.empty()) {
        // A name and a qualifier without a comma: "K-1 base near Kirkuk", "Dover DE".
        const std::string_view head_text = parts.front();
        std::vector<text::TokenSpan> spans;
        text::split_toponym_tokens(head_text, spans);
        auto try_split = [&](std::size_t name_end, std::size_t qualifier_begin, bool linked) {
            const auto name_text = head_text.substr(0, spans[name_end - 1].end);
            QueryReading r = read_query(name_text);
            if (r.forms.empty()) {
                return false;
            }
            CandidateSet set = collect_exact(r, true);
            if (!set.has_tier(MatchTier::exact)) {
                return false;
            }
            Qualifier q = make_qualifier(head_text.substr(spans[qualifier_begin].begin));
            if ((!linked && !q.resolves) || !any_exact_satisfies(set, q)) {
                return false;
            }
            reading = std::move(r);
            exact = std::move(set);
            qualifiers_.push_back(std::move(q));
            return true;
        };
        bool done = false;
        for (std::size_t i = 1; !done && i + 1 < spans.size(); ++i) {
            const auto word =
                text::token_key(head_text.substr(spans[i].begin, spans[i].end - spans[i].begin));
            if (is_one_of(word, kQualifierLinks)) {
                done = try_split(i, i + 1, true);
            }
        }
        for (std::size_t k = 1; !done && k <= 3 && k < spans.size(); ++k) {
            done = try_split(spans.size() - k, spans.size() - k, false);
        }
    }

    struct Scored {
        Candidate c;
        double score;
        double importance;
        std::int64_t id;
    };
    std::vector<Scored> scored;
    auto score_all = [&](const CandidateSet& set, double base, double span) {
        for (const auto& c : set.items()) {
            g_.prefetch(c.place);
        }
        for (const auto& c : set.items()) {
            g_.prefetch(c.place, true);
        }
        for (const auto& c : set.items()) {
            const PlaceFacts f = g_.facts(c.place);
            scored.push_back({c, base + span * std::min(1.0, c.name * context(c, f, reading.type)),
                              f.importance, f.id});
        }
    };
    score_all(exact, 0.5, 0.5);
    double floor = 0.0; // the limit-th best score so far
    if (scored.size() >= limit) {
        std::vector<double> scores;
        for (const auto& x : scored) {
            scores.push_back(x.score);
        }
        std::nth_element(scores.begin(), scores.begin() + static_cast<std::ptrdiff_t>(limit - 1),
                         scores.end(), std::greater<>());
        floor = scores[limit - 1];
    }
    const bool wide_loose = wide || reading.type != PlaceType::any;
    const CandidateSet loose = collect_loose(reading, wide_loose, floor, exact,
                                             limit > scored.size() ? limit - scored.size() : 0);
    score_all(loose, 0.5, 0.5);
    // Fuzzy is the fallback for queries no name matches exactly (misspellings).
    if (options_.fuzzy && !exact.has_tier(MatchTier::exact) && scored.size() < limit) {
        const CandidateSet fuzzy = collect_fuzzy(reading, loose);
        score_all(fuzzy, 0.0, 0.49);
    }
    std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        if (a.importance != b.importance) {
            return a.importance > b.importance;
        }
        return a.id < b.id;
    });
    for (std::size_t i = 0; i < scored.size() && matches.size() < limit; ++i) {
        const auto& s = scored[i];
        matches.push_back({s.c.place, s.score, s.c.tier, s.c.kind, s.c.matched_key});
    }
    return matches;
}

} // namespace

std::vector<GeocodeMatch> Gazetteer::geocode(std::string_view query,
                                             const GeocodeOptions& options) const {
    Resolver resolver(*this, options);
    return resolver.run(query);
}

} // namespace conflictmap::gazetteer
