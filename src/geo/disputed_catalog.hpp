// The disputed territories as a list: the 14 districts and one sub-district on UNAMI's 2009
// list (DOMAIN.md) and the wider claims of the 2009 draft KRG constitution, with their names,
// OCHA COD-AB P-codes, governorate, the GeoNames district they lie in, and the spellings used
// to recognise them in other people's boundary files.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::geo {

struct DisputedAreaSpec {
    std::string_view name;        ///< English, as analysts write it ("Tuz Khurmatu")
    std::string_view name_ar;     ///< Arabic script
    std::string_view name_ku;     ///< Kurdish, Latin script (Hawar alphabet)
    std::string_view governorate; ///< English governorate name, as in iraq_admin1()
    std::string_view pcode;       ///< OCHA COD-AB P-code; "" when we do not know it
    bool subdistrict = false;     ///< a sub-district (nahiya), matched in --admin3 sources
    bool extended_claim = false;  ///< wider KRG claim, not on UNAMI's list
    std::string_view admin1_code; ///< GeoNames admin1 code of the governorate ("15")
    std::int64_t district_id = 0; ///< GeoNames id of the district (admin2 code)
    /// Sub-district key in our seed list ("Mandali"); "" = the district's centre sub-district.
    std::string_view subdistrict_key;
    /// Other spellings (Latin and Arabic script) accepted when matching by name.
    std::vector<std::string_view> variants;
};

/// Every area, UNAMI's list first (in DOMAIN.md's order), then the extended claims.
const std::vector<DisputedAreaSpec>& disputed_area_catalog();

/// Spellings of a governorate accepted when matching ("Nineveh": Ninewa, Ninawa, نينوى, ...).
std::vector<std::string_view> governorate_variants(std::string_view governorate);

/// A name reduced for comparison: Latin letters folded to lower-case ASCII (ê -> e, ş -> s),
/// Arabic script normalised (alef forms, ta marbuta, alef maqsura; harakat and tatweel
/// dropped); the article (al-, el-, ad-, ash-, ..., ال), designators (district, qadha,
/// sub-district, nahiya, markaz, centre, governorate, قضاء, ناحية) and everything that is not a
/// letter or digit removed; doubled letters collapsed. "Al-Hamdaniyya District" -> "hamdaniya".
std::string normalise_area_name(std::string_view name);

/// True when candidate is one of spec's names after normalisation.
bool matches_area_name(const DisputedAreaSpec& spec, std::string_view candidate);
/// True when candidate names spec's governorate after normalisation.
bool matches_governorate(const DisputedAreaSpec& spec, std::string_view candidate);

} // namespace conflictmap::geo
