// One conflict event, to ACLED's conventions (see shared DOMAIN.md), plus the fields conflictmap
// adds (uncertainty, disputed territories, evidence). The property names of the output contract
// are the member names; event_json.hpp converts to and from GeoJSON Features.
#pragma once

#include "core/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace conflictmap {

struct EventRecord {
    std::string event_id;   ///< stable: derived from article id and position, e.g. "a17-2"
    std::string article_id; ///< the first article that reports it
    std::optional<Date> event_date;
    int time_precision = 0; ///< 1 exact day, 2 within a week, 3 month; 0 when event_date is null
    std::string event_type; ///< ACLED event_type, e.g. "Explosions/Remote violence"
    std::string sub_event_type; ///< ACLED sub_event_type, e.g. "Air/drone strike"
    std::string actor1;
    std::string actor2;
    /// How actor1 is tied to the event: "stated", "claim", "blame", "suspicion" or "" (unknown).
    std::string actor1_attribution;
    int inter1 = 0; ///< ACLED actor type codes 1-8 (0 unknown)
    int inter2 = 0;
    std::int64_t fatalities = 0;
    std::int64_t injuries = 0;
    std::string location;      ///< gazetteer name of the event place
    std::string location_text; ///< the words in the article
    std::string admin1;
    std::string admin2;
    std::string country_code;
    std::optional<double> latitude; ///< WGS84; null when unlocated
    std::optional<double> longitude;
    int geo_precision = 0;                    ///< 1 site, 2 near / part of region, 3 region; 0 none
    std::optional<double> uncertainty_m;      ///< radius around the point, metres
    std::int64_t place_id = 0;                ///< gazetteer id of the place (0 when none)
    std::int64_t geonames_id = 0;             ///< GeoNames id of the place (0 when none)
    std::string feature_code;                 ///< GeoNames feature code of the place
    bool disputed = false;                    ///< inside Iraq's disputed territories
    std::optional<std::string> disputed_area; ///< district name when disputed
    std::optional<double> kri_distance_km; ///< signed distance to the Kurdistan Region, <0 inside
    bool background = false;               ///< a reference to an earlier event
    std::string notes;                     ///< the evidence sentence
    std::string source;                    ///< publication(s), "; "-joined when merged
    std::vector<std::string> article_ids;  ///< every article that reports it (merged events)
    double confidence = 0.0;               ///< 0-1
    /// Relative locations ("30 km south of Kirkuk"): the reference place the point was derived
    /// from, used by the map's `relations` layer.
    std::optional<std::string> reference_location;
    std::optional<double> reference_latitude;
    std::optional<double> reference_longitude;
};

/// ACLED's event types and their sub-event types (DOMAIN.md); the only values extract emits.
struct EventTypeInfo {
    const char* event_type;
    const char* sub_event_type;
};
const std::vector<EventTypeInfo>& acled_event_types();
bool is_acled_event_type(const std::string& event_type, const std::string& sub_event_type);

} // namespace conflictmap
