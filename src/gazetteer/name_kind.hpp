// What kind of name of a place a key came from. Stored in compiled indexes (the values are part
// of the .cmidx format) and returned with every lookup hit, so callers can trust a preferred
// name more than a designator-less form of it. Lower values are stronger.
#pragma once

#include <cstdint>
#include <string_view>

namespace conflictmap::gazetteer {

enum class NameKind : std::uint8_t {
    preferred = 0,          ///< the place's name (GeoNames "name")
    ascii = 1,              ///< its ASCII spelling ("asciiname")
    alternate = 2,          ///< an alternate name (other spelling, language or script)
    code = 3,               ///< a code: ICAO/IATA/FAA, abbreviation (ORBI, BIAP)
    historic = 4,           ///< a historic name (At-Ta'mim for Kirkuk)
    article_dropped = 5,    ///< a name without its leading article ("Anbar" for "Al Anbar")
    code_form = 6,          ///< a code written joined or split ("K1" for "K-1")
    designator_dropped = 7, ///< a name without its designator ("Ain al-Asad" for "... Air Base")
};

/// Name of a kind for output ("designator_dropped").
std::string_view name_kind_name(NameKind kind) noexcept;

/// How much a match on a name of this kind is worth, in (0, 1]: 1 for the preferred name down
/// to 0.9 for a designator-less form (see Gazetteer::geocode for the score it feeds).
double name_kind_weight(NameKind kind) noexcept;

} // namespace conflictmap::gazetteer
