// `conflictmap disputed build`: the disputed-territories layers from authoritative district
// (and sub-district) polygons the user has, such as OCHA COD-AB's irq_admbnda_adm2/adm3 or
// geoBoundaries' ADM2. Areas are matched by P-code when the source has one, else by name
// (any of many spellings, Arabic script included), checked against the governorate when the
// source names it.
#pragma once

#include "core/diagnostics.hpp"
#include "geo/disputed_layers.hpp"

#include <string>
#include <vector>

namespace conflictmap::geo {

struct DisputedBuildOptions {
    std::string admin2;       ///< districts: any OGR source
    std::string admin2_layer; ///< "" = a layer named like *adm2*, else the first
    std::string admin3;       ///< sub-districts (Mandali, the extended claims); optional
    std::string admin3_layer; ///< "" = a layer named like *adm3*, else the first
    std::string id_field;     ///< P-code field; "" = ADM2_PCODE / ADM3_PCODE / admin2Pcode / ...
    std::string name_field;   ///< name field; "" = ADM2_EN, ADM2_AR, shapeName, NAME_2, name, ...
    bool extended_claims = false;
};

struct DisputedMatch {
    std::string area;       ///< our name ("Tel Kaif")
    std::string matched_by; ///< "pcode" or "name"
    std::string value;      ///< the source's P-code or name that matched
    std::size_t features = 0;
};

struct DisputedBuildReport {
    std::vector<DisputedMatch> matched;
    std::vector<std::string> unmatched; ///< "Mandali (IQG10Q03N01): no --admin3 source"
    std::size_t repaired = 0;           ///< invalid source polygons repaired (make-valid)
    bool kri_from_source = false;       ///< false: the embedded Kurdistan Region was used
};

/// Build the layers. Unmatched areas are warned about (category "unmatched-area") and listed in
/// the report; none matched at all is an InputError. A --id-field or --name-field that the
/// source lacks is a UsageError.
DisputedLayers build_disputed_from_boundaries(const DisputedBuildOptions& options,
                                              Diagnostics& diag, DisputedBuildReport& report);

inline constexpr std::string_view kMethodAuthoritative = "from authoritative boundaries";

} // namespace conflictmap::geo
