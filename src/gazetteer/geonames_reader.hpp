// Readers of the GeoNames text layouts our gazetteer uses (so GeoNames tooling reads our files
// and we read theirs): the 19-column place rows of allCountries.txt, cities500.txt, country
// extracts and our gazetteer/*.tsv; admin1CodesASCII.txt / admin2Codes.txt; and
// alternateNamesV2.txt (or the older alternateNames.txt).
//
// A malformed row is an InputError naming file:line:column and the field, or, with
// RowPolicy::skip_bad, a counted warning ("malformed-gazetteer-row") and the row is skipped.
// Blank lines and lines starting with '#' are ignored, and so is a header line starting with
// "geonameid".
#pragma once

#include "core/diagnostics.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace conflictmap::gazetteer {

/// One place row. Views point into the content passed to the reader.
struct GeonamesRow {
    std::int64_t id = 0;
    std::string_view name;
    std::string_view ascii_name;
    std::string_view alternate_names; ///< comma-separated
    double lat = 0.0;
    double lon = 0.0;
    char feature_class = '\0'; ///< '\0' when the row leaves it empty (GeoNames has a few)
    std::string_view feature_code;
    std::string_view country_code;
    std::string_view admin1_code;
    std::string_view admin2_code;
    std::int64_t population = 0;
};

/// One row of admin1CodesASCII.txt ("IQ.13", ...) or admin2Codes.txt ("IQ.13.94786", ...).
struct AdminCodeRow {
    std::string_view code;
    std::string_view name;
    std::string_view ascii_name;
    std::int64_t geonames_id = 0;
};

/// One row of alternateNamesV2.txt / alternateNames.txt.
struct AlternateNameRow {
    std::int64_t geonames_id = 0;
    std::string_view language; ///< ISO 639 code, or "icao", "iata", "abbr", "link", "post", ...
    std::string_view name;
    bool preferred = false;
    bool short_name = false;
    bool colloquial = false;
    bool historic = false;
};

struct RowPolicy {
    bool skip_bad = false;              ///< skip and count malformed rows instead of failing
    Diagnostics* diagnostics = nullptr; ///< where skipped rows are reported (may be null)
};

struct ReadCounts {
    std::uint64_t rows = 0;    ///< rows delivered
    std::uint64_t skipped = 0; ///< malformed rows skipped (skip_bad only)
};

/// Reads place rows from content (a whole file); file names it in messages.
ReadCounts read_geonames_rows(std::string_view content, const std::string& file,
                              const RowPolicy& policy,
                              const std::function<void(const GeonamesRow&)>& on_row);

/// Reads admin1CodesASCII.txt or admin2Codes.txt rows (4 tab-separated columns).
ReadCounts read_admin_codes(std::string_view content, const std::string& file,
                            const RowPolicy& policy,
                            const std::function<void(const AdminCodeRow&)>& on_row);

/// Reads alternateNamesV2.txt (10 columns) or alternateNames.txt (8 columns) rows.
ReadCounts read_alternate_names(std::string_view content, const std::string& file,
                                const RowPolicy& policy,
                                const std::function<void(const AlternateNameRow&)>& on_row);

} // namespace conflictmap::gazetteer
