#include "text/toponym_key.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace conflictmap::text;

namespace {

/// The right-hand side of the compositionality property: non-empty token keys joined by spaces.
std::string joined_token_keys(std::string_view s) {
    std::vector<TokenSpan> spans;
    split_toponym_tokens(s, spans);
    std::string out;
    for (const auto& t : spans) {
        const std::string k = token_key(s.substr(t.begin, t.end - t.begin));
        if (k.empty()) {
            continue;
        }
        if (!out.empty()) {
            out += ' ';
        }
        out += k;
    }
    return out;
}

} // namespace

TEST_CASE("exact keys forgive case, diacritics, punctuation and ayn/hamza signs") {
    CHECK(toponym_key("Kirkuk") == "kirkuk");
    CHECK(toponym_key("KIRKŪK") == "kirkuk");
    CHECK(toponym_key("Mexmûr") == "mexmur");
    CHECK(toponym_key("Şêxan") == "sexan");
    CHECK(toponym_key("Çemçemal") == "cemcemal");
    CHECK(toponym_key("İzmir") == "izmir");
    CHECK(toponym_key("Ḥadītha") == "haditha");
    CHECK(toponym_key("Sāmarrā’") == "samarra");
    CHECK(toponym_key("Tall ‘Afar") == "tall afar");
    CHECK(toponym_key("At-Ta'mim") == "at tamim");
    CHECK(toponym_key("Ta`mim") == "tamim");
    CHECK(toponym_key("ʿAyn al-Asad") == "ayn al asad");
    CHECK(toponym_key("  K-1   Air--Base. ") == "k 1 air base");
    CHECK(toponym_key("St. John's") == "st johns");
    CHECK(toponym_key("Straße") == "strasse");
    CHECK(toponym_key("Øresund") == "oresund");
    CHECK(toponym_key("Київ") == "киів"); // Cyrillic: lower case, marks dropped
    CHECK(toponym_key("---") == "");
    CHECK(toponym_key("") == "");
}

TEST_CASE("exact keys normalise Arabic script") {
    CHECK(toponym_key("أربيل") == toponym_key("اربيل"));   // alef with hamza above
    CHECK(toponym_key("إربيل") == toponym_key("اربيل"));   // alef with hamza below
    CHECK(toponym_key("آمرلي") == toponym_key("امرلي"));   // alef madda
    CHECK(toponym_key("ٱلموصل") == toponym_key("الموصل")); // alef wasla
    CHECK(toponym_key("الفلوجة") == "الفلوجه");            // ta marbuta
    CHECK(toponym_key("ديالى") == "ديالي");                // alef maqsura
    CHECK(toponym_key("كـركـوك") == "كركوك");              // tatweel
    CHECK(toponym_key("كَرْكُوك") == "كركوك");                // harakat
    CHECK(toponym_key("سامراء") == "سامرا");               // hamza on the line
    CHECK(toponym_key("کرکوک") == "كركوك");                // keheh -> kaf
    CHECK(toponym_key("ی") == "ي");                        // Farsi yeh
    CHECK(toponym_key("ﻛﺮﻛﻮﻙ") == "كركوك");                // presentation forms
    CHECK(toponym_key("٢٠٢٠") == "2020");                  // Arabic-Indic digits
    CHECK(toponym_key("مطار بغداد الدولي") == "مطار بغداد الدولي");
}

TEST_CASE("the exact key is token-compositional") {
    // Hand-picked spans with every kind of separator and deletable character.
    for (const char* s :
         {"Ain al-Asad Air Base", "K-1", "  Tall ‘Afar,  Nineveh ", "At-Ta'mim (Kirkuk)",
          "مطار بغداد الدولي", "قاعدة عين الأسد", "Kirkuk’s  ’  airport",
          "a\xFF"
          "b c",
          "\xE2\x80\x94Mosul\xE2\x80\x94", "x'", "'"}) {
        INFO(s);
        CHECK(toponym_key(s) == joined_token_keys(s));
    }
    // Every span of tokens of the sample articles shipped with the project.
    const auto dir = std::filesystem::path(CONFLICTMAP_SOURCE_DIR) / "samples" / "text";
    std::size_t spans_checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::ifstream in(entry.path());
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string text_value = ss.str();
        std::vector<TokenSpan> tokens;
        split_toponym_tokens(text_value, tokens);
        REQUIRE(tokens.size() > 10);
        std::vector<std::string> keys;
        for (const auto& t : tokens) {
            keys.push_back(
                token_key(std::string_view(text_value).substr(t.begin, t.end - t.begin)));
        }
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            std::string joined;
            for (std::size_t n = 0; n < 4 && i + n < tokens.size(); ++n) {
                if (!keys[i + n].empty()) {
                    joined += (joined.empty() ? "" : " ") + keys[i + n];
                }
                const auto span = std::string_view(text_value)
                                      .substr(tokens[i].begin, tokens[i + n].end - tokens[i].begin);
                if (toponym_key(span) != joined) {
                    FAIL_CHECK("not compositional: '" << span << "'");
                }
                ++spans_checked;
            }
        }
    }
    CHECK(spans_checked > 1000);
    // Random strings from a hostile alphabet (invalid bytes included).
    const std::vector<std::string> pieces = {
        "a",    "K",    " ", "-",  "'", "’",  "ʿ", "ـ", "ال",           "ة", "ē",
        "\xFF", "\xC3", ",", "  ", "1", "\t", "ک", "ە", "\xE2\x80\x94", "ً",  "."};
    std::mt19937 rng(42);
    for (int round = 0; round < 2000; ++round) {
        std::string s;
        const int n = static_cast<int>(rng() % 12);
        for (int k = 0; k < n; ++k) {
            s += pieces[rng() % pieces.size()];
        }
        const std::string key = toponym_key(s);
        CHECK(key == joined_token_keys(s));
        CHECK(key.find("  ") == std::string::npos);
        CHECK((key.empty() || (key.front() != ' ' && key.back() != ' ')));
    }
}

TEST_CASE("tokens are spans of the original text") {
    const std::string s = "near Kirkuk’s K-1 base";
    std::vector<TokenSpan> tokens;
    split_toponym_tokens(s, tokens);
    REQUIRE(tokens.size() == 5);
    CHECK(s.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "Kirkuk’s");
    CHECK(s.substr(tokens[2].begin, tokens[2].end - tokens[2].begin) == "K");
    CHECK(strip_possessive("Kirkuk’s") == "Kirkuk");
    CHECK(strip_possessive("Kirkuk's") == "Kirkuk");
    CHECK(strip_possessive("Kirkuk") == "Kirkuk");
    CHECK(strip_possessive("'s") == "'s");
    CHECK(key_token_count("ain al asad") == 3);
    CHECK(key_token_count("") == 0);
    CHECK(is_article_token("al"));
    CHECK(is_article_token("ash"));
    CHECK_FALSE(is_article_token("ala"));
    CHECK_FALSE(is_article_token("of"));
}

TEST_CASE("loose keys meet transliteration variants, one rule at a time") {
    auto same = [](const char* a, const char* b) {
        return loose_key(toponym_key(a)) == loose_key(toponym_key(b));
    };
    CHECK(loose_key("makhmour") == "mxmr");
    CHECK(same("Makhmour", "Mexmûr"));       // kh = x, vowels
    CHECK(same("Al Anbar", "Anbar"));        // article token
    CHECK(same("ad-Diwaniyah", "Diwaniya")); // sun letter, final -ah
    CHECK(same("Tal Afar", "Telafar"));      // tokens joined
    CHECK(same("Tall 'Afar", "Tal Afar"));   // doubled letters
    CHECK(same("Qayyarah", "Gayara"));       // q/g, doubled y, final -ah
    CHECK(same("Khanaqin", "Xaneqîn"));      // kh/x
    CHECK(same("Dhi Qar", "Thi Qar"));       // dh/th
    CHECK(same("Dhi Qar", "Zi Qar"));        // dh/z
    CHECK(same("Pêncwên", "Penjwen"));       // Kurdish c = j
    CHECK(same("Şingal", "Shingal"));        // ş = sh
    CHECK(same("Çemçemal", "Chamchamal"));   // ç = ch
    CHECK(same("Basrah", "Basra"));          // final -ah
    CHECK(same("Erbil", "Irbil"));           // leading vowel kept as one class
    CHECK_FALSE(same("Erbil", "Rbil"));
    CHECK(same("Mosul", "Mawsil")); // w as a vowel
    CHECK(same("Wasit", "Wasit"));
    CHECK_FALSE(same("Wasit", "Asit")); // w starting a word is a consonant
    CHECK_FALSE(same("Kirkuk", "Karbala"));
    CHECK(same("الموصل", "موصل"));     // glued Arabic article
    CHECK(same("بالموصل", "الموصل"));  // with a fused preposition
    CHECK(same("كركوك", "کەرکووک"));   // Sorani spelling
    CHECK(same("الحويجة", "الحويجا")); // final ه / vowel letter
    CHECK(loose_key("al") == "al");    // an article alone is kept
    CHECK(loose_key("") == "");
}

TEST_CASE("phonetic keys keep the vowels that loose keys drop") {
    CHECK(phonetic_key(toponym_key("Al-Saadiyah")) == "sadiya");
    CHECK(phonetic_key(toponym_key("Shingal")) == phonetic_key(toponym_key("Şingal")));
    CHECK(phonetic_key(toponym_key("Sadiya")) != phonetic_key(toponym_key("Saudiya")));
    CHECK(loose_key(toponym_key("Sadiya")) == loose_key(toponym_key("Saudiya")));
}
