// What the extractor needs from a gazetteer, as an interface: keys for text tokens, exact-key
// lookups while scanning n-grams, and a few direct lookups. The gazetteer implements it
// (gazetteer_lookup.hpp); unit tests give the extractor small made-up gazetteers.
#pragma once

#include "gazetteer/place.hpp"
#include "text/segmenter.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::events {

/// A place as a candidate for a name: the facts the resolution rules read, as views into the
/// lookup's storage (valid as long as the lookup), and the lookup's handle from which it builds
/// the full Place (PlaceLookup::place) once the candidate is chosen. Every name of an article
/// has candidates, often many: they are cheap to make, copy and drop.
struct CandidatePlace {
    std::int64_t id = 0; ///< as Place::id
    std::string_view name;
    double lat = 0.0;
    double lon = 0.0;
    char feature_class = 'P';
    // (Codes compare inline: see text::CodeView.)
    text::CodeView feature_code;
    text::CodeView country_code;
    text::CodeView admin1_code;
    text::CodeView admin2_code;
    std::int64_t population = 0;
    std::uint64_t handle = 0; ///< the lookup's own reference to the place

    bool curated() const noexcept { return id >= Place::kCuratedIdBase; }
};

struct ToponymCandidate {
    CandidatePlace place;
    double prior = 0.0;         ///< context-free likelihood this place is meant by the name, [0,1]
    bool code_name = false;     ///< the name is a code ("K1", "BIAP", "ORBI")
    bool weak_name = false;     ///< a shortened form (article or designator dropped)
    bool borrowed_name = false; ///< a name another source gives a curated place (NameHit)
};

class PlaceLookup {
public:
    virtual ~PlaceLookup() = default;

    /// Appends the index key of one word token of text (its surface form).
    virtual void append_token_key(std::string_view token, std::string& key) const = 0;
    /// True when the key of a token made only of ASCII letters, digits and apostrophes is its
    /// lower-case form without the apostrophes (text::Document::lower): a scanner then takes
    /// that form as the key instead of building one per token.
    virtual bool ascii_key_is_lower_form() const { return false; }

    enum KeyStatus : unsigned { kNone = 0, kPrefix = 1, kName = 2 };
    /// Bit set of KeyStatus: kName when some name has exactly this key, kPrefix when some name
    /// continues it with more tokens. Keys are token keys joined by single spaces.
    virtual unsigned key_status(std::string_view key) const = 0;
    /// key_status(key), given text::HashedWord::hash_of(key) (the scanner has a word's hash from
    /// the tokenizer): a lookup may use it instead of hashing the key again.
    virtual unsigned key_status_hashed(std::string_view key, std::size_t /*hash*/) const {
        return key_status(key);
    }
    virtual std::size_t max_name_tokens() const = 0;

    /// Places named by the key, best prior first.
    virtual void candidates(std::string_view key, std::vector<ToponymCandidate>& out) const = 0;
    /// Places whose loose key (the spelling-variant tier) equals that of this exact key.
    virtual void loose_candidates(std::string_view key,
                                  std::vector<ToponymCandidate>& out) const = 0;
    /// Places for a free-text query with designators ("Baghdad airport", "Anbar province"):
    /// the resolver's ranking, best first. Used when the text adds a designator to a name.
    virtual void geocode(std::string_view query, std::vector<ToponymCandidate>& out) const = 0;

    /// The full place of a candidate this lookup made.
    virtual Place place(const CandidatePlace& candidate) const = 0;
    /// place(candidate), shared: a lookup may hand out the same object again for the same
    /// candidate (the gazetteer's remembers the places it built, per thread), instead of
    /// building and copying the place's strings for every article that names it.
    virtual std::shared_ptr<const Place> shared_place(const CandidatePlace& candidate) const {
        return std::make_shared<const Place>(place(candidate));
    }

    /// The country's own place (feature PCLI) by ISO code.
    virtual std::optional<Place> country(std::string_view country_code) const = 0;
    /// The seat (capital) of an admin-1 area, for region-level events (ACLED: use the capital).
    virtual std::optional<Place> admin1_seat(std::string_view country_code,
                                             std::string_view admin1_code) const = 0;
};

} // namespace conflictmap::events
