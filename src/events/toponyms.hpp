// Place names in an article: found by scanning token n-grams against the gazetteer, kept only
// where they are used as places (not "hit" the verb, not inside "Abu Mahdi al-Muhandis" or
// "North Oil Company", not "K1" outside a military sense), given a role (a dateline, a caption's
// photo location, a government as in "Tehran alleges", a comparison as in "the size of
// Britain", or a plain place) and resolved in context: the article's country focus,
// qualifiers ("Hit, Anbar", "Dover, DE", "X in Y"), designators ("Kirkuk airport") and the
// other places of the article.
#pragma once

#include "events/actors.hpp"
#include "events/place_lookup.hpp"
#include "text/segmenter.hpp"

#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::events {

enum class ToponymRole {
    place,      ///< a place in its own right: may be an event place
    qualifier,  ///< qualifies another name ("Anbar" in "Hit, Anbar")
    dateline,   ///< where the reporter was
    caption,    ///< where a photo was taken
    government, ///< metonymy: "Washington accuses", "Baghdad blamed"
    comparison, ///< "the size of Britain"
    name_part,  ///< inside an organisation's name ("Basra Oil Company")
    modifier,   ///< a country used as an adjective ("Iran-backed", "US personnel")
};
const char* role_name(ToponymRole role);

/// What a designator next to a name says the place is.
enum class PlaceHint {
    none,
    military,
    airport,
    admin1,
    region, ///< "the Gara region": a province, a named region or a mountain area
    admin2,
    populated,
    landmark,
    camp,
    natural
};

struct Toponym {
    std::size_t begin = 0; ///< tokens of the name
    std::size_t end = 0;
    std::size_t designator_end = 0; ///< end of a following designator ("air base"), or end
    std::size_t sentence = 0;
    PlaceHint hint = PlaceHint::none;
    std::vector<ToponymCandidate> candidates;
    int chosen = -1;    ///< index into candidates after resolution, -1 = unresolved
    double score = 0.0; ///< resolution score of the chosen candidate, [0,1]
    ToponymRole role = ToponymRole::place;
    int qualifier = -1; ///< index of the toponym qualifying this one ("X, Y" / "X in Y")
    /// For --explain: a literal (a view: set for many toponyms, most reasons longer than a
    /// short string holds, and read only when explaining).
    std::string_view why;
    /// The chosen candidate's full place, built when it is chosen (shared by the toponyms of
    /// an article naming the same place).
    std::shared_ptr<const Place> chosen_place;

    const Place* place() const { return chosen >= 0 ? chosen_place.get() : nullptr; }
};

struct DocumentFocus {
    std::string country; ///< ISO code of the article's main country, "" when unknown
    std::vector<std::pair<std::string, double>> weights; ///< evidence per country
};

class ToponymFinder {
public:
    explicit ToponymFinder(const PlaceLookup& lookup) : lookup_(lookup) {}

    /// Finds, filters, gives roles to and resolves every place name of the document. actors:
    /// the document's actor mentions, when the caller has them (found here otherwise).
    std::vector<Toponym> find(const text::Document& doc, DocumentFocus& focus,
                              const std::vector<ActorMention>* actors = nullptr) const;

    /// Writes every candidate with its score and the reason it won or lost.
    static void explain(const text::Document& doc, const std::vector<Toponym>& toponyms,
                        std::ostream& out);

private:
    void scan(const text::Document& doc, const std::vector<ActorMention>& actors,
              std::vector<Toponym>& out) const;
    void scan_hashtags(const text::Document& doc, std::vector<Toponym>& out) const;
    /// openers: in order, tokens that include every capitalised and all-capitals one, when the
    /// text holds no Arabic script (then only those may open a run; the others are passed
    /// over); nullptr: every token is tested.
    void scan_loose(const text::Document& doc, const std::vector<std::string_view>& keys,
                    const std::vector<char>& in_person, const std::span<const std::size_t>* openers,
                    std::vector<Toponym>& out) const;
    void assign_roles(const text::Document& doc, std::vector<Toponym>& toponyms) const;
    void resolve(const text::Document& doc, std::vector<Toponym>& toponyms,
                 DocumentFocus& focus) const;
    void mark_captions(const text::Document& doc, std::vector<Toponym>& toponyms) const;

    const PlaceLookup& lookup_;
};

/// True for frequent English words that are also the names of places somewhere ("Police",
/// "Of", "Hit", "Mobile"): such a name needs support from its context to count as a place.
bool is_common_word(std::string_view lower);
/// is_common_word of a token's word (Document::word), whose hash is not computed again.
bool is_common_word(const text::HashedWord& lower);

/// Feature class/code tests used across the extractor, on a place's class and code. (Inline,
/// comparing bytes in line: the rules ask them of every candidate and chosen place, and a call
/// and std::string_view::substr's range check cost more than the test.)
inline bool is_facility_feature(char feature_class, std::string_view fc) noexcept {
    return feature_class == 'S' || text::equals_literal(fc, "ZN") ||
           text::equals_literal(fc, "ZNB");
}
/// PCLI, PCLD and the other PCL codes, TERR.
inline bool is_country_feature(std::string_view fc) noexcept {
    return (fc.size() >= 3 && text::same_bytes<3>(fc.data(), "PCL")) ||
           text::equals_literal(fc, "TERR");
}
inline bool is_admin1_feature(std::string_view fc) noexcept {
    return text::equals_literal(fc, "ADM1");
}
inline bool is_admin2_feature(std::string_view fc) noexcept {
    return text::equals_literal(fc, "ADM2") || text::equals_literal(fc, "ADM3");
}

/// Bases, airports, sites (S class and zones).
inline bool is_facility(const Place& p) {
    return is_facility_feature(p.feature_class, p.feature_code);
}
/// PCLI and the like.
inline bool is_country(const Place& p) {
    return is_country_feature(p.feature_code);
}
/// ADM1.
inline bool is_admin1(const Place& p) {
    return is_admin1_feature(p.feature_code);
}
/// ADM2 or ADM3.
inline bool is_admin2(const Place& p) {
    return is_admin2_feature(p.feature_code);
}
/// P class.
inline bool is_populated(const Place& p) {
    return p.feature_class == 'P';
}
/// A word for a road ("road", "highway", "HWY", "route"): "the Kirkuk-Erbil road".
bool is_road_word(std::string_view lower);
/// The same tests on a candidate.
inline bool is_facility(const CandidatePlace& p) {
    return is_facility_feature(p.feature_class, p.feature_code);
}
inline bool is_country(const CandidatePlace& p) {
    return is_country_feature(p.feature_code);
}
inline bool is_admin1(const CandidatePlace& p) {
    return is_admin1_feature(p.feature_code);
}
inline bool is_admin2(const CandidatePlace& p) {
    return is_admin2_feature(p.feature_code);
}
inline bool is_populated(const CandidatePlace& p) {
    return p.feature_class == 'P';
}

} // namespace conflictmap::events
