// Spellings of the variant sweep (session 35): forms news, NGO reports and Kurdish or Arabic
// outlets write that geocode used to give to a look-alike abroad (Missan -> Masan in Korea,
// Guwair -> Yuksekova, Akra -> Accra, Shuaibah -> Suva) or to the district instead of its town
// (Nassiriya -> Nassriya District). Each must find its own row.
#include "gazetteer/gazetteer.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace conflictmap;
using namespace conflictmap::gazetteer;

namespace {

const Gazetteer& embedded() {
    static const Gazetteer g = Gazetteer::open();
    return g;
}

} // namespace

TEST_CASE("spellings of the variant sweep find their own row, not a look-alike or a district") {
    const Gazetteer& g = embedded();
    struct Spelling {
        const char* query;
        const char* name;
        const char* feature_code;
    };
    for (const Spelling& s : {
             Spelling{"Missan", "Maysan", "ADM1"},
             Spelling{"Maisan", "Maysan", "ADM1"},
             Spelling{"Meysan", "Maysan", "ADM1"},
             Spelling{"Di Qar", "Dhi Qar", "ADM1"},
             Spelling{"Guwair", "Gwer", "PPLA3"},
             Spelling{"Gwair", "Gwer", "PPLA3"},
             Spelling{"Nassiriya", "Nasiriyah", "PPLA"},
             Spelling{"Al-Nassiriya", "Nasiriyah", "PPLA"},
             Spelling{"Akra", "Akre", "PPLA2"},
             Spelling{"Hamdaniyah", "Hamdaniya", "PPLA2"},
             Spelling{"Telkaif", "Tel Keppe", "PPLA2"},
             Spelling{"Souk al-Shuyukh", "Suq al-Shuyukh", "PPLA2"},
             Spelling{"Sayed Sadiq", "Said Sadiq", "PPLA2"},
             Spelling{"Al-Dor", "Daur", "PPLA2"},
             Spelling{"Saqlawia", "Saqlawiyah", "PPLA3"},
             Spelling{"Shuaibah", "Shaibah", "PPL"},
             Spelling{"Badouch", "Badush", "PPL"},
             Spelling{"Shoula", "Shula", "PPLX"},
             Spelling{"Khadimiya", "Kadhimiya", "PPLX"},
             Spelling{"Himreen", "Hamrin Mountains", "MTS"},
             Spelling{"Chanaqin", "Khanaqin", "PPLA2"},
             Spelling{"Sindschar", "Sinjar", "PPLA2"},
             Spelling{"Dschalula", "Jalawla", "PPLA3"},
             Spelling{"Shino", "Oshnavieh", "PPLA2"},
             Spelling{"بارزان", "Barzan", "PPLA3"},
             Spelling{"ناحية الملتقى", "Multaqa", "PPLA3"},
         }) {
        INFO(s.query);
        const auto m = g.geocode(s.query);
        REQUIRE_FALSE(m.empty());
        const auto f = g.facts(m[0].place);
        CHECK(f.name == s.name);
        CHECK(f.feature_code == s.feature_code);
    }
}

TEST_CASE("Accra keeps its English name but not Akre's spelling 'Akra'") {
    const Gazetteer& g = embedded();
    const auto accra = g.geocode("Accra");
    REQUIRE_FALSE(accra.empty());
    CHECK(g.facts(accra[0].place).country_code == "GH");
}
