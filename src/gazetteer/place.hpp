// A place of the gazetteer as the rest of the pipeline sees it: one resolved toponym target.
#pragma once

#include <cstdint>
#include <string>

namespace conflictmap {

struct Place {
    /// Stable id. Embedded entries: 1,000,000,000 + GeoNames id when the place is in GeoNames,
    /// 2,000,000,000 + n when it is not; places read from a GeoNames dump keep their GeoNames id.
    std::int64_t id = 0;
    std::int64_t geonames_id = 0; ///< 0 when the place has no GeoNames counterpart
    std::string name;             ///< preferred English name
    double lat = 0.0;             ///< WGS84 degrees
    double lon = 0.0;
    char feature_class = 'P'; ///< GeoNames feature class: A, H, L, P, R, S, T, U, V
    std::string feature_code; ///< GeoNames feature code: PPLA, ADM1, AIRB, MILB, ...
    std::string country_code; ///< ISO 3166-1 alpha-2
    std::string admin1_code;  ///< GeoNames admin1 code (FIPS for Iraq: "13" = Kirkuk)
    std::string admin2_code;
    std::string admin1; ///< admin1 name ("Kirkuk"), empty when unknown
    std::string admin2; ///< admin2 name ("Kirkuk District"), empty when unknown
    std::int64_t population = 0;

    /// From the embedded (curated) gazetteer rather than a GeoNames dump read at run time.
    bool curated() const noexcept { return id >= kCuratedIdBase; }
    static constexpr std::int64_t kCuratedIdBase = 1'000'000'000;
};

} // namespace conflictmap
