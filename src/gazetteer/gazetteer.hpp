// The gazetteer as the rest of the program uses it: loaded once per run from the embedded
// regional gazetteer plus extra sources (compiled .cmidx files, GeoNames dumps, our TSV files),
// then queried by the text scanner (exact-key lookups), the resolver (geocode) and reverse
// lookups. Every query method is const and touches no shared mutable state, so one Gazetteer
// can serve many threads at once.
//
// Sources are kept as separate images and merged at query time. A place that appears in more
// than one source (same GeoNames id) is reported once, as the record of the first source that
// has it: the embedded gazetteer first, then the sources in the order given.
//
// For a text scanner (see text/toponym_key.hpp for the key rules):
//
//     std::vector<text::TokenSpan> tokens;           // of the article, once
//     text::split_toponym_tokens(article, tokens);
//     // token keys k[i] = text::token_key(...); an n-gram key is k[i] + " " + k[i+1] + ...
//     std::vector<NameHit> hits;                     // reused: no allocation on a miss
//     for (n = 1; n <= gazetteer.max_name_tokens(); ++n) {
//         const KeyLookup r = gazetteer.lookup_key(ngram_key, hits);
//         if (r.found) { ... rank hits with gazetteer.facts(hit.place) ... }
//         if (!r.has_longer) break;                  // no name continues this n-gram
//     }
#pragma once

#include "core/diagnostics.hpp"
#include "gazetteer/designators.hpp"
#include "gazetteer/index_image.hpp"
#include "gazetteer/name_kind.hpp"
#include "gazetteer/place.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::gazetteer {

/// A place of a loaded Gazetteer: which source image, which record. Valid while the Gazetteer
/// lives; compare refs to compare places (duplicates across sources are merged first).
struct PlaceRef {
    std::uint32_t source = 0;
    std::uint32_t index = 0;
    friend bool operator==(const PlaceRef&, const PlaceRef&) = default;
};

/// One candidate of a key lookup: a place, and the kind of its name that has the key.
struct NameHit {
    PlaceRef place;
    NameKind kind = NameKind::preferred;
    /// The name is a later source's, for a place an earlier source holds (cities500's
    /// alternates of an embedded row: "The" for Teresina): the place's record is curated, the
    /// name is not.
    bool borrowed = false;
};

/// What a key lookup found.
struct KeyLookup {
    bool found = false;      ///< some place has a name with exactly this key
    bool has_longer = false; ///< some name's key starts with this key followed by a space
};

/// Facts about a place for ranking in context. Views point into the gazetteer (no allocation).
struct PlaceFacts {
    std::int64_t id = 0;
    std::int64_t geonames_id = 0; ///< 0 when none
    std::string_view name;
    double lat = 0.0;
    double lon = 0.0;
    char feature_class = '\0';
    std::string_view feature_code;
    std::string_view country_code; ///< "" when unknown
    std::string_view admin1_code;
    std::string_view admin2_code;
    std::int64_t population = 0;
    double importance = 0.0; ///< [0, 1], see index_builder.hpp
    bool curated = false;    ///< from the curated embedded gazetteer (ids >= 1e9)
};

struct GeocodeOptions {
    std::size_t limit = 10;             ///< most matches returned (at most 1000)
    std::vector<std::string> countries; ///< bias towards these ISO 3166-1 alpha-2 codes
    bool fuzzy = true;                  ///< spelling-distance fallback (see geocode)
};

enum class MatchTier : std::uint8_t {
    exact, ///< the query's exact key (or a derived form of it) is a key of the place
    loose, ///< equal loose keys: the same name in another transliteration
    fuzzy, ///< one edit away in loose-key space, verified by spelling similarity
};

std::string_view match_tier_name(MatchTier tier) noexcept;

struct GeocodeMatch {
    PlaceRef place;
    double score = 0.0;
    MatchTier tier = MatchTier::exact;
    NameKind kind = NameKind::preferred; ///< kind of the place's name that matched
    std::string_view matched_key;        ///< exact key of that name (points into the gazetteer)
};

struct NearbyPlace {
    PlaceRef place;
    double distance_km = 0.0; ///< geodesic distance on WGS84
};

/// An administrative area around a point.
struct AdminArea {
    int level = 1;                 ///< 1 = governorate/province/state, 2 = district
    std::string name;              ///< "" when only the code is known
    std::string code;              ///< GeoNames admin code ("13"; "94786" for an Iraqi district)
    std::string country_code;      ///< ISO 3166-1 alpha-2
    std::optional<PlaceRef> place; ///< the area's own gazetteer entry, when there is one
    std::string method;            ///< "polygon" (point in the area's polygon) or "nearest_place"
};

struct GazetteerOptions {
    bool embedded = true;               ///< include the gazetteer compiled into the binary
    std::vector<std::string> sources;   ///< .cmidx files, GeoNames dumps, conflictmap TSVs
    bool skip_bad = false;              ///< skip and count malformed rows (else InputError)
    Diagnostics* diagnostics = nullptr; ///< warnings while loading (may be null)
};

class Gazetteer {
public:
    /// Loads the embedded gazetteer (unless options.embedded is false) and the sources:
    /// .cmidx files are memory-mapped and validated; text sources are indexed in memory
    /// together (admin and alternate-name files beside them are read too). Throws InputError
    /// naming the file (and line:column for a malformed row) when a source is unusable.
    static Gazetteer open(const GazetteerOptions& options = {});
    /// Images already built or opened (tests, benchmarks); the first wins on duplicates.
    static Gazetteer from_images(std::vector<IndexImage> images);
    /// The image compiled into the binary (empty when the build had no gazetteer files).
    static IndexImage embedded_image();

    Gazetteer(Gazetteer&&) noexcept;
    Gazetteer& operator=(Gazetteer&&) noexcept;
    ~Gazetteer();

    std::size_t source_count() const noexcept;
    const IndexImage& source(std::size_t i) const;
    /// Places over all sources, duplicates included.
    std::uint64_t place_count() const noexcept;

    // ---- text scanning --------------------------------------------------------------------

    /// The places with a name whose exact key is `key` (token keys joined by single spaces),
    /// strongest kind per place, in no particular order. `out` is cleared first; nothing is
    /// allocated when the key is absent or out has enough capacity.
    KeyLookup lookup_key(std::string_view key, std::vector<NameHit>& out) const;
    /// lookup_key's answer without collecting the places: what a scanner extending n-grams
    /// asks for nearly every token, most of them no name at all.
    KeyLookup key_status(std::string_view key) const noexcept;
    /// True when some name's key starts with `key` followed by a space: keep extending.
    bool has_longer(std::string_view key) const noexcept;
    /// As lookup_key for a loose key (text::loose_key of an exact key): the second tier.
    KeyLookup lookup_loose_key(std::string_view loose_key, std::vector<NameHit>& out) const;
    /// Most tokens in any indexed key: the longest n-gram worth looking up.
    std::size_t max_name_tokens() const noexcept;

    // ---- places ---------------------------------------------------------------------------

    /// The place with admin1/admin2 names filled in.
    Place place(PlaceRef ref) const;
    PlaceFacts facts(PlaceRef ref) const noexcept;
    /// A hint that facts(ref) comes soon: starts loading its record, or with `strings` (once
    /// the record is loaded) its name (no effect on results).
    void prefetch(PlaceRef ref, bool strings = false) const noexcept;
    /// The place with this id (embedded ids 1e9 + GeoNames id / 2e9 + n, dump ids as given).
    std::optional<PlaceRef> find_id(std::int64_t id) const noexcept;
    std::optional<PlaceRef> find_geonames_id(std::int64_t geonames_id) const noexcept;
    /// The country itself ("IQ" -> Iraq, a PCLI place); code is case-insensitive.
    std::optional<PlaceRef> country(std::string_view code) const noexcept;
    /// The ADM1 place of (country, admin1) or, with admin2, the ADM2 place.
    std::optional<PlaceRef> admin_area(std::string_view country, std::string_view admin1,
                                       std::string_view admin2 = {}) const noexcept;

    // ---- resolving ------------------------------------------------------------------------

    /// Ranked matches for a place name as a user writes it: "Kirkuk", "Ain al-Asad air base",
    /// "Hit, Anbar", "Dover DE", "K-1 base near Kirkuk", "مطار بغداد", "K1". At most 1024
    /// bytes of the query are used; invalid UTF-8 is replaced. Designators both match and imply
    /// a feature type. Parts after commas are qualifiers (unless only the whole text, commas
    /// and all, is a name); when nothing matches exactly, so are the words after near / in /
    /// outside / at / by, or trailing words that name a country or admin area or are a
    /// country or state code ("DE").
    ///
    /// score in [0, 1]:
    ///   0.5 + 0.5 * name * context    for exact and loose matches (always >= 0.5)
    ///   0.49 * name * context         for fuzzy matches (always < 0.5)
    /// name: the weight of the place's name that matched (1 preferred, 0.98 alternate, 0.97
    ///   code, 0.96 historic and derived forms, 0.9 without its designator unless the query had
    ///   one too), times 0.96-0.98 when the query itself was reduced (possessive, article,
    ///   modifier such as "western"); for loose matches times 0.5 + 0.6 * (s - 0.5) and for
    ///   fuzzy ones times s, where s is the transliteration similarity of the two phonetic keys
    ///   (text::transliteration_similarity; loose below 0.5 and fuzzy below 0.6 are dropped);
    /// context = type * qualifiers * country * prior: type is 0.6 when the query's designator
    ///   names another kind of place (0.9 if the name matched with the designator in it), each
    ///   qualifier the place does not satisfy halves it, a place outside the --country bias
    ///   gets 0.75, and prior is 0.7 + 0.3 * importance for exact matches, 0.85 + 0.15 *
    ///   importance for loose and fuzzy ones (famous places have so many alternate names that
    ///   they meet far more queries by coincidence).
    /// So 0.95-1.0 is a clean match of an important place of the asked type, 0.5-0.9 a match
    /// of a minor place or a transliteration, < 0.5 a spelling guess. Fuzzy matches are looked
    /// for only when no name matches exactly, and are never ranked above a clean match.
    std::vector<GeocodeMatch> geocode(std::string_view query,
                                      const GeocodeOptions& options = {}) const;

    // ---- reverse --------------------------------------------------------------------------

    /// Up to k places nearest to (lat, lon) within max_km, nearest first.
    std::vector<NearbyPlace> nearest(double lat, double lon, std::size_t k,
                                     double max_km = 100.0) const;
    /// The places `keep` accepts among nearest(lat, lon, k, max_km), nearest first. When all
    /// the places in reach are among the k nearest, only the kept ones are measured (a geodesic
    /// distance is the costly part of a search over hundreds of places).
    std::vector<NearbyPlace> nearest(double lat, double lon, std::size_t k, double max_km,
                                     const std::function<bool(PlaceRef)>& keep) const;
    /// The admin areas containing a point: Iraq's governorates from the polygon layer
    /// (geo::iraq_admin1) when it has features, otherwise the admin1/admin2 of the nearest
    /// populated place within 50 km. Level 1 first.
    std::vector<AdminArea> admin_areas_at(double lat, double lon) const;

    /// The first source's record of the same place (same GeoNames id); every PlaceRef this
    /// class returns is already canonical.
    PlaceRef canonical(PlaceRef ref) const noexcept;

private:
    /// lookup_key (exact tier) and lookup_loose_key (loose tier) in one.
    KeyLookup lookup_in_tier(std::string_view key, std::vector<NameHit>& out, bool loose) const;

    struct Impl;
    explicit Gazetteer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

/// Geodesic distance in km between two WGS84 points (PROJ's geodesic routines).
double geodesic_distance_km(double lat1, double lon1, double lat2, double lon2) noexcept;

} // namespace conflictmap::gazetteer
