#include "geo/disputed_catalog.hpp"

#include <doctest/doctest.h>
#include <stdexcept>

using namespace conflictmap::geo;

namespace {
const DisputedAreaSpec& spec(std::string_view name) {
    for (const auto& s : disputed_area_catalog()) {
        if (s.name == name) {
            return s;
        }
    }
    throw std::logic_error("no such area");
}
} // namespace

TEST_CASE("the catalogue: UNAMI's 15 areas with P-codes, then 4 extended claims") {
    const auto& c = disputed_area_catalog();
    REQUIRE(c.size() == 19);
    std::size_t listed = 0;
    for (const auto& s : c) {
        if (!s.extended_claim) {
            ++listed;
            CHECK_FALSE(s.pcode.empty());
        }
    }
    CHECK(listed == 15);
    CHECK(spec("Tuz Khurmatu").pcode == "IQG16Q07");
    CHECK(spec("Mandali").pcode == "IQG10Q03N01");
    CHECK(spec("Mandali").subdistrict);
    CHECK(spec("Makhmour").governorate == "Erbil");
    CHECK(spec("Akre").pcode == "IQG15Q01");
    CHECK(spec("Bashiqa").extended_claim);
    CHECK(spec("Jassan").governorate == "Wasit");
}

TEST_CASE("normalisation folds articles, designators, diacritics and doubled letters") {
    CHECK(normalise_area_name("Al-Hamdaniya") == "hamdaniya");
    CHECK(normalise_area_name("Al-Hamdaniyya District") == "hamdaniya");
    CHECK(normalise_area_name("Qeza-î Mêrgasur") == "mergasur");
    CHECK(normalise_area_name("Tuz Khurmātū") == "tuzkhurmatu");
    CHECK(normalise_area_name("Ba'shiqa") == "bashiqa");
    CHECK(normalise_area_name("Markaz Badra") == "badra");
    CHECK(normalise_area_name("Mandali sub-district") == "mandali");
    CHECK(normalise_area_name("قضاء الحمدانية") == normalise_area_name("حمدانيه"));
    CHECK(normalise_area_name("أربيل") == normalise_area_name("اربيل"));
    CHECK(normalise_area_name("Markaz") == "markaz"); // a designator alone is kept
    CHECK(normalise_area_name("") == "");
}

TEST_CASE("the spellings analysts and data sets use are recognised") {
    for (const char* n : {"Tel Kaif", "Tilkaef", "Telkaif", "Tel Keppe", "تلكيف"}) {
        CHECK_MESSAGE(matches_area_name(spec("Tel Kaif"), n), n);
    }
    for (const char* n : {"Hamdaniya", "Al-Hamdaniya", "AL-HAMDANIYA", "Al Hamdaniyah"}) {
        CHECK_MESSAGE(matches_area_name(spec("Hamdaniya"), n), n);
    }
    for (const char* n : {"Hawija", "Al-Hawiga", "Al-Hawija", "الحويجة"}) {
        CHECK_MESSAGE(matches_area_name(spec("Hawija"), n), n);
    }
    for (const char* n : {"Tuz Khurmatu", "Tooz", "Tooz District", "Touz", "طوز خورماتو"}) {
        CHECK_MESSAGE(matches_area_name(spec("Tuz Khurmatu"), n), n);
    }
    for (const char* n : {"Akre", "Aqra", "Akra", "Aqrah", "عقرة"}) {
        CHECK_MESSAGE(matches_area_name(spec("Akre"), n), n);
    }
    for (const char* n : {"Sheikhan", "Al-Shikhan", "Shekhan", "Shaykhan"}) {
        CHECK_MESSAGE(matches_area_name(spec("Sheikhan"), n), n);
    }
    CHECK(matches_area_name(spec("Sinjar"), "Shingal"));
    CHECK(matches_area_name(spec("Makhmour"), "Makhmur"));
    CHECK(matches_area_name(spec("Dibis"), "Dabes"));
    CHECK(matches_governorate(spec("Tel Kaif"), "Ninewa"));
    CHECK(matches_governorate(spec("Tuz Khurmatu"), "Salah Al-Din"));
    CHECK(matches_governorate(spec("Makhmour"), "Arbil"));
    CHECK_FALSE(matches_governorate(spec("Makhmour"), "Ninewa"));
}

TEST_CASE("no spelling of one area matches another") {
    const auto& c = disputed_area_catalog();
    for (const auto& a : c) {
        for (const auto& b : c) {
            if (a.name == b.name) {
                continue;
            }
            for (const auto v : a.variants) {
                CHECK_MESSAGE(!matches_area_name(b, v), v, " matches ", b.name);
            }
        }
    }
    CHECK_FALSE(matches_area_name(spec("Kirkuk"), "Mosul"));
    CHECK_FALSE(matches_area_name(spec("Kirkuk"), ""));
    CHECK_FALSE(matches_area_name(spec("Kirkuk"), "District"));
}
