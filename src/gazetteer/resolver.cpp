// Gazetteer::geocode: from a place name as a user writes it to ranked places. The score is
// documented in gazetteer.hpp; this file keeps to it.
#include "gazetteer/gazetteer.hpp"
#include "gazetteer/index_format.hpp"
#include "gazetteer/name_forms.hpp"
#include "text/edit_distance.hpp"
#include "text/toponym_key.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace conflictmap::gazetteer {

namespace fmt = format;

namespace {

constexpr std::size_t kMaxQueryBytes = 1024;
constexpr std::size_t kMaxQueryTokens = 24;
constexpr std::size_t kMaxQualifiers = 3;
constexpr std::size_t kMaxCleanPostings = 500; ///< per key: postings are most important first
constexpr std::size_t kMaxFuzzyPostings = 50;
constexpr std::size_t kMinFuzzyKey = 3; ///< loose-key code points below which fuzzy is noise
constexpr std::size_t kMaxFuzzyKey = 40;
constexpr double kMinFuzzySimilarity = 0.6;
constexpr double kNearQualifierKm = 30.0;

/// The key without article tokens and spaces: what spelling similarity compares.
std::string light_form(std::string_view key) {
    std::string out;
    std::size_t b = 0;
    std::size_t tokens = 0;
    std::size_t articles = 0;
    while (b < key.size()) {
        std::size_t e = key.find(' ', b);
        e = e == std::string_view::npos ? key.size() : e;
        ++tokens;
        articles += text::is_article_token(key.substr(b, e - b)) ? 1 : 0;
        b = e + 1;
    }
    const bool drop = articles < tokens;
    b = 0;
    while (b < key.size()) {
        std::size_t e = key.find(' ', b);
        e = e == std::string_view::npos ? key.size() : e;
        const auto t = key.substr(b, e - b);
        if (!(drop && text::is_article_token(t))) {
            out += t;
        }
        b = e + 1;
    }
    return out;
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

/// A candidate being scored.
struct Candidate {
    PlaceRef place;
    double name = 0.0; ///< name weight (see the score documentation)
    MatchTier tier = MatchTier::exact;
    NameKind kind = NameKind::preferred;
    std::string_view matched_key;
    bool full_name = false; ///< matched with the designator still in the query
};

/// Candidates keyed by place, keeping the best name weight.
class CandidateSet {
public:
    void offer(const Candidate& c) {
        const std::uint64_t k = (static_cast<std::uint64_t>(c.place.source) << 32U) | c.place.index;
        const auto [it, inserted] = index_.emplace(k, items_.size());
        if (inserted) {
            items_.push_back(c);
            return;
        }
        Candidate& old = items_[it->second];
        if (c.tier < old.tier || (c.tier == old.tier && c.name > old.name)) {
            old = c;
        }
    }
    bool has_tier(MatchTier tier) const {
        return std::any_of(items_.begin(), items_.end(),
                           [&](const Candidate& c) { return c.tier == tier; });
    }
    bool empty() const { return items_.empty(); }
    bool contains(PlaceRef p) const {
        return index_.count((static_cast<std::uint64_t>(p.source) << 32U) | p.index) != 0;
    }
    const std::vector<Candidate>& items() const { return items_; }
    /// Drops the candidates whose place is also in other.
    void remove_places_of(const CandidateSet& other) {
        std::vector<Candidate> kept;
        for (const auto& c : items_) {
            if (!other.contains(c.place)) {
                kept.push_back(c);
            }
        }
        clear();
        for (const auto& c : kept) {
            offer(c);
        }
    }
    void clear() {
        items_.clear();
        index_.clear();
    }

private:
    std::vector<Candidate> items_;
    std::unordered_map<std::uint64_t, std::size_t> index_;
};

/// A qualifier ("Anbar" in "Hit, Anbar"): what it may name.
struct Qualifier {
    std::string key;
    std::string loose;
    std::string code;              ///< upper-case letters when it could be a country or state code
    std::vector<PlaceFacts> areas; ///< places the qualifier names
    bool resolves = false;         ///< names something we know
};

class Resolver {
public:
    Resolver(const Gazetteer& g, const GeocodeOptions& options) : g_(g), options_(options) {}

    std::vector<GeocodeMatch> run(std::string_view query);

private:
    void collect_clean(const std::string& head_key, CandidateSet& out) const;
    void collect_fuzzy(const std::string& head_key, const CandidateSet& clean,
                       CandidateSet& out) const;
    Qualifier make_qualifier(std::string_view text) const;
    bool satisfies(const PlaceFacts& f, const Place* place, const Qualifier& q) const;
    double context(const Candidate& c, PlaceType type) const;

    const Gazetteer& g_;
    const GeocodeOptions& options_;
    std::vector<Qualifier> qualifiers_;
};

void Resolver::collect_clean(const std::string& head_key, CandidateSet& out) const {
    std::vector<KeyForm> forms;
    append_key_forms(head_key, NameKind::preferred, forms);
    const std::string query_light = light_form(head_key);
    std::string loose;
    for (const auto& form : forms) {
        const bool query_designator = form.kind == NameKind::designator_dropped;
        const double query_weight =
            form.kind == NameKind::preferred || query_designator ? 1.0 : 0.96;
        const std::uint64_t hash = fmt::key_hash(form.key);
        for (std::uint32_t s = 0; s < g_.source_count(); ++s) {
            const auto& image = g_.source(s);
            const fmt::KeyEntry* e = image.find_exact(form.key, hash);
            if (e == nullptr) {
                continue;
            }
            const auto postings = image.exact_postings(*e);
            const std::string_view matched = image.key_text(*e);
            for (std::size_t i = 0; i < postings.size() && i < kMaxCleanPostings; ++i) {
                const auto& p = postings[i];
                if (p.place >= image.place_count()) {
                    continue;
                }
                const auto kind = static_cast<NameKind>(std::min<std::uint8_t>(p.kind, 7));
                // A designator the query had too is no loss ("Baghdad airport").
                double w = name_kind_weight(kind);
                if (kind == NameKind::designator_dropped && query_designator) {
                    w = 1.0;
                }
                out.offer({g_.canonical({s, p.place}), w * query_weight, MatchTier::exact, kind,
                           matched, form.kind == NameKind::preferred});
            }
        }
        loose.clear();
        text::append_loose_key(form.key, loose);
        const std::uint64_t loose_hash = fmt::key_hash(loose);
        for (std::uint32_t s = 0; s < g_.source_count(); ++s) {
            const auto& image = g_.source(s);
            const fmt::KeyEntry* e = image.find_loose(loose, loose_hash);
            if (e == nullptr) {
                continue;
            }
            const auto postings = image.loose_postings(*e);
            for (std::size_t i = 0; i < postings.size() && i < kMaxCleanPostings; ++i) {
                const auto& p = postings[i];
                const fmt::KeyEntry* exact = image.exact_entry(p.exact_entry);
                if (p.place >= image.place_count() || exact == nullptr) {
                    continue;
                }
                const auto kind = static_cast<NameKind>(std::min<std::uint8_t>(p.kind, 7));
                double w = name_kind_weight(kind);
                if (kind == NameKind::designator_dropped && query_designator) {
                    w = 1.0;
                }
                const std::string_view matched = image.key_text(*exact);
                const double sim = text::spelling_similarity(query_light, light_form(matched));
                out.offer({g_.canonical({s, p.place}), (0.75 + 0.1 * sim) * w * query_weight,
                           MatchTier::loose, kind, matched, false});
            }
        }
    }
}

void Resolver::collect_fuzzy(const std::string& head_key, const CandidateSet& clean,
                             CandidateSet& out) const {
    // Fuzzy on the designator-free form of the query when it has one.
    std::vector<KeyForm> forms;
    append_key_forms(head_key, NameKind::preferred, forms);
    const KeyForm* base = &forms.front();
    for (const auto& f : forms) {
        if (f.kind == NameKind::designator_dropped) {
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
        return;
    }
    std::vector<char32_t> alphabet;
    if (arabic) {
        for (char32_t c = 0x0628; c <= 0x064A; ++c) { // ب .. ي, without the dropped vowels
            if ((c >= 0x063B && c <= 0x0640) || c == 0x0648 || c == 0x0629 || c == 0x0649) {
                continue;
            }
            alphabet.push_back(c);
        }
    } else {
        for (char c : std::string_view("bcdfhjklmnrstwxyz")) {
            alphabet.push_back(static_cast<char32_t>(c));
        }
        if (digits) {
            for (char c = '0'; c <= '9'; ++c) {
                alphabet.push_back(static_cast<char32_t>(c));
            }
        }
    }
    const std::string query_light = light_form(base->key);
    const bool query_designator = base->kind == NameKind::designator_dropped;
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
            for (std::size_t i = 0; i < postings.size() && i < kMaxFuzzyPostings; ++i) {
                const auto& p = postings[i];
                const fmt::KeyEntry* exact = image.exact_entry(p.exact_entry);
                if (p.place >= image.place_count() || exact == nullptr) {
                    continue;
                }
                const PlaceRef ref = g_.canonical({s, p.place});
                const std::string_view matched = image.key_text(*exact);
                const double sim = text::spelling_similarity(query_light, light_form(matched));
                if (sim < kMinFuzzySimilarity) {
                    continue;
                }
                const auto kind = static_cast<NameKind>(std::min<std::uint8_t>(p.kind, 7));
                double w = name_kind_weight(kind);
                if (kind == NameKind::designator_dropped && query_designator) {
                    w = 1.0;
                }
                out.offer({ref, sim * w, MatchTier::fuzzy, kind, matched, false});
            }
        }
    };
    std::vector<char32_t> v;
    // Deletions.
    for (std::size_t i = 0; i < cps.size(); ++i) {
        v = cps;
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
        if (encode(v)) {
            look_up();
        }
    }
    // Substitutions and insertions (a leading vowel marker only at the start).
    for (std::size_t i = 0; i <= cps.size(); ++i) {
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
    if (!arabic && cps.front() != 'a') {
        v = cps;
        v.insert(v.begin(), U'a');
        if (encode(v)) {
            look_up();
        }
    } else if (!arabic && cps.front() == 'a') {
        v = cps;
        v.erase(v.begin());
        if (encode(v)) {
            look_up();
        }
    }
    // Transpositions.
    for (std::size_t i = 0; i + 1 < cps.size(); ++i) {
        v = cps;
        std::swap(v[i], v[i + 1]);
        if (encode(v)) {
            look_up();
        }
    }
    // A fuzzy candidate that is also a clean one is not a fuzzy match.
    out.remove_places_of(clean);
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
        return is_country_level(f.feature_code) || f.feature_code == "ADM1" ||
               f.feature_code == "ADM2" || f.feature_class == 'A';
    });
    if (q.code.size() == 2 && g_.country(q.code)) {
        q.resolves = true;
    }
    return q;
}

bool Resolver::satisfies(const PlaceFacts& f, const Place* place, const Qualifier& q) const {
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
    if (place != nullptr) {
        for (const std::string* admin : {&place->admin1, &place->admin2}) {
            if (admin->empty()) {
                continue;
            }
            const std::string k = text::toponym_key(*admin);
            if (k == q.key || text::loose_key(k) == q.loose) {
                return true;
            }
        }
    }
    return false;
}

double Resolver::context(const Candidate& c, PlaceType type) const {
    const PlaceFacts f = g_.facts(c.place);
    double w = 0.7 + 0.3 * f.importance;
    if (type != PlaceType::any && !place_type_accepts(type, f.feature_class, f.feature_code)) {
        w *= c.full_name ? 0.9 : 0.6;
    }
    if (!qualifiers_.empty()) {
        const Place p = g_.place(c.place);
        for (const auto& q : qualifiers_) {
            if (!satisfies(f, &p, q)) {
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
    {
        std::string_view rest = text_query;
        while (true) {
            const std::size_t comma = rest.find(',');
            parts.push_back(trim(rest.substr(0, comma)));
            if (comma == std::string_view::npos) {
                break;
            }
            rest = rest.substr(comma + 1);
        }
    }
    std::string head_key = text::toponym_key(parts.front());
    for (std::size_t i = 1; i < parts.size() && qualifiers_.size() < kMaxQualifiers; ++i) {
        if (!text::toponym_key(parts[i]).empty()) {
            qualifiers_.push_back(make_qualifier(parts[i]));
        }
    }
    if (head_key.empty() || text::key_token_count(head_key) > kMaxQueryTokens) {
        return matches;
    }

    CandidateSet clean;
    collect_clean(head_key, clean);
    // "Dover DE", "Hit Anbar": when the whole query names nothing exactly, trailing words that
    // name a country or admin area (or are a code) may qualify the rest.
    if (!clean.has_tier(MatchTier::exact) && qualifiers_.empty()) {
        const auto tokens = key_tokens(head_key);
        for (std::size_t k = 1; k <= 3 && k < tokens.size(); ++k) {
            const std::string tail = join_tokens(tokens, tokens.size() - k, tokens.size());
            Qualifier q = make_qualifier(tail);
            if (!q.resolves) {
                continue;
            }
            const std::string head = join_tokens(tokens, 0, tokens.size() - k);
            CandidateSet split;
            collect_clean(head, split);
            const bool qualified =
                std::any_of(split.items().begin(), split.items().end(), [&](const Candidate& c) {
                    if (c.tier != MatchTier::exact) {
                        return false;
                    }
                    const Place p = g_.place(c.place);
                    return satisfies(g_.facts(c.place), &p, q);
                });
            if (qualified) {
                head_key = head;
                clean = std::move(split);
                qualifiers_.push_back(std::move(q));
                break;
            }
        }
    }
    const PlaceType type = find_designators(key_tokens(head_key)).type;

    struct Scored {
        Candidate c;
        double score;
        double importance;
        std::int64_t id;
    };
    std::vector<Scored> scored;
    for (const auto& c : clean.items()) {
        const PlaceFacts f = g_.facts(c.place);
        scored.push_back(
            {c, 0.5 + 0.5 * std::min(1.0, c.name * context(c, type)), f.importance, f.id});
    }
    if (options_.fuzzy && scored.size() < limit) {
        CandidateSet fuzzy;
        collect_fuzzy(head_key, clean, fuzzy);
        for (const auto& c : fuzzy.items()) {
            const PlaceFacts f = g_.facts(c.place);
            scored.push_back(
                {c, 0.49 * std::min(1.0, c.name * context(c, type)), f.importance, f.id});
        }
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
