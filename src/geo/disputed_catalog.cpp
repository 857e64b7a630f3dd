#include "geo/disputed_catalog.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>

namespace conflictmap::geo {

namespace {

// Facts: UNAMI's April 2009 report on the disputed internal boundaries covered these districts
// and the Mandali sub-district; P-codes are OCHA COD-AB's (DOMAIN.md). The extended claims are
// sub-districts named in the 2009 draft constitution of the Kurdistan Region; we do not know
// their P-codes, so they are matched by name.
const std::vector<DisputedAreaSpec> kCatalog = {
    {"Sinjar",
     "سنجار",
     "Şingal",
     "Nineveh",
     "IQG15Q07",
     false,
     false,
     "15",
     9166620,
     "",
     {"Sinjar", "Shingal", "Shengal", "Singal", "Sinjar District", "سنجار", "شنگال"}},
    {"Tal Afar",
     "تلعفر",
     "Til Afer",
     "Nineveh",
     "IQG15Q08",
     false,
     false,
     "15",
     90392,
     "",
     {"Tal Afar", "Telafar", "Tel Afar", "Tall Afar", "Talafar", "Tal Afer", "Tall 'Afar", "تلعفر",
      "تل عفر", "تەلەعفەر"}},
    {"Tel Kaif",
     "تلكيف",
     "Tilkêf",
     "Nineveh",
     "IQG15Q09",
     false,
     false,
     "15",
     9166618,
     "",
     {"Tel Kaif", "Tilkaef", "Telkaif", "Tel Keppe", "Tel Kef", "Tall Kayf", "Tilkaif", "Telkeif",
      "Tel Kayf", "Tallkayf", "Tilkeif", "تلكيف", "تل كيف", "تلکێف"}},
    {"Sheikhan",
     "الشيخان",
     "Şêxan",
     "Nineveh",
     "IQG15Q06",
     false,
     false,
     "15",
     98612,
     "",
     {"Sheikhan", "Al-Shikhan", "Shekhan", "Shikhan", "Shaykhan", "Ash Shaykhan", "Shaikhan",
      "الشيخان", "شێخان"}},
    {"Akre",
     "عقرة",
     "Akrê",
     "Nineveh",
     "IQG15Q01",
     false,
     false,
     "15",
     98820,
     "",
     {"Akre", "Aqra", "Akra", "Aqrah", "Akreh", "'Aqrah", "عقرة", "ئاکرێ"}},
    {"Hamdaniya",
     "الحمدانية",
     "Hemdaniye",
     "Nineveh",
     "IQG15Q03",
     false,
     false,
     "15",
     9166541,
     "",
     {"Hamdaniya", "Al-Hamdaniya", "Al-Hamdaniyah", "Hamdaniyah", "Hamdaniyya", "Al Hamdaniyah",
      "الحمدانية", "حەمدانیە"}},
    {"Makhmour",
     "مخمور",
     "Mexmûr",
     "Erbil",
     "IQG11Q04",
     false,
     false,
     "11",
     93817,
     "",
     {"Makhmour", "Makhmur", "Mexmur", "Makhmoor", "Makhmūr", "مخمور", "مەخموور"}},
    {"Hawija",
     "الحويجة",
     "Hewîce",
     "Kirkuk",
     "IQG13Q01",
     false,
     false,
     "13",
     6770659,
     "",
     {"Hawija", "Al-Hawiga", "Al-Hawija", "Hawijah", "Hawiga", "Huwija", "Al Hawijah", "الحويجة",
      "حەویجە"}},
    {"Dibis",
     "الدبس",
     "Dubz",
     "Kirkuk",
     "IQG13Q03",
     false,
     false,
     "13",
     9171727,
     "",
     {"Dibis", "Dibs", "Al-Dibis", "Dabes", "Debes", "Al-Dibs", "Dubz", "الدبس", "دوبز"}},
    {"Daquq",
     "داقوق",
     "Tawûq",
     "Kirkuk",
     "IQG13Q02",
     false,
     false,
     "13",
     9166581,
     "",
     {"Daquq", "Daqouq", "Daquk", "Daqooq", "Tauq", "Tawuq", "داقوق", "تاووق"}},
    {"Kirkuk",
     "كركوك",
     "Kerkûk",
     "Kirkuk",
     "IQG13Q04",
     false,
     false,
     "13",
     94786,
     "",
     {"Kirkuk", "Kerkuk", "Karkuk", "كركوك", "کەرکووک"}},
    {"Tuz Khurmatu",
     "طوز خورماتو",
     "Duzxurmatû",
     "Salah al-Din",
     "IQG16Q07",
     false,
     false,
     "18",
     9166598,
     "",
     {"Tuz Khurmatu", "Tooz", "Tuz", "Tuz Khormato", "Tuz Khurmato", "Touz", "Tooz Khurmatu",
      "Tuz Khurmatoo", "Duz Khurmatu", "Tuzkhurmatu", "Tuz Khurmātū", "طوز خورماتو", "طوزخورماتو",
      "طوز", "دووزخورماتوو"}},
    {"Kifri",
     "كفري",
     "Kifrî",
     "Diyala",
     "IQG10Q06",
     false,
     false,
     "10",
     94296,
     "",
     {"Kifri", "Kefri", "Kifry", "Kifrī", "كفري", "کفری"}},
    {"Khanaqin",
     "خانقين",
     "Xaneqîn",
     "Diyala",
     "IQG10Q05",
     false,
     false,
     "10",
     94590,
     "",
     {"Khanaqin", "Khanaqeen", "Khaniqin", "Xaneqin", "Khanequin", "Khānaqīn", "خانقين",
      "خانەقین"}},
    {"Mandali",
     "مندلي",
     "Mendelî",
     "Diyala",
     "IQG10Q03N01",
     true,
     false,
     "10",
     9166680,
     "Mandali",
     {"Mandali", "Mendeli", "Mandaly", "Mandalī", "مندلي", "مەندەلی"}},
    {"Bashiqa",
     "بعشيقة",
     "Başîqa",
     "Nineveh",
     "",
     true,
     true,
     "15",
     9166649,
     "Bashiqa",
     {"Bashiqa", "Bashika", "Bashiqah", "Ba'shiqa", "Baashiqa", "بعشيقة"}},
    {"Zummar",
     "زمار",
     "Zimar",
     "Nineveh",
     "",
     true,
     true,
     "15",
     90392,
     "Zummar",
     {"Zummar", "Zumar", "Zimar", "Zimmar", "زمار"}},
    {"Badra",
     "بدرة",
     "Bedre",
     "Wasit",
     "",
     true,
     true,
     "16",
     98197,
     "",
     {"Badra", "Badrah", "Bedre", "Markaz Badra", "بدرة"}},
    {"Jassan",
     "جصان",
     "Cesan",
     "Wasit",
     "",
     true,
     true,
     "16",
     98197,
     "Jassan",
     {"Jassan", "Jessan", "Al-Jassan", "Jasan", "Jisan", "جصان"}},
};

const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> kGovernorates = {
    {"Nineveh", {"Nineveh", "Ninewa", "Ninawa", "Ninevah", "Ninava", "نينوى"}},
    {"Erbil", {"Erbil", "Arbil", "Irbil", "Hawler", "Hewler", "أربيل", "هەولێر"}},
    {"Kirkuk", {"Kirkuk", "Kerkuk", "At-Ta'mim", "Tamim", "Al-Tamim", "كركوك", "التأميم"}},
    {"Salah al-Din",
     {"Salah al-Din", "Salah ad Din", "Salahuddin", "Salah Al-Deen", "Saladin", "Sala ad-Din",
      "Salahaddin", "صلاح الدين"}},
    {"Diyala", {"Diyala", "Diyalah", "Diala", "ديالى"}},
    {"Wasit", {"Wasit", "Wassit", "واسط"}},
};

/// Lower-case ASCII for Latin letters with diacritics; 0 for marks to drop.
char32_t fold_latin(char32_t c) {
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    struct Range {
        char32_t from, to;
        char base;
    };
    static constexpr Range kRanges[] = {
        {0xC0, 0xC5, 'a'},     {0xE0, 0xE5, 'a'},     {0x100, 0x105, 'a'},   {0xC7, 0xC7, 'c'},
        {0xE7, 0xE7, 'c'},     {0x106, 0x10D, 'c'},   {0x10E, 0x111, 'd'},   {0xC8, 0xCB, 'e'},
        {0xE8, 0xEB, 'e'},     {0x112, 0x11B, 'e'},   {0x11C, 0x123, 'g'},   {0x124, 0x127, 'h'},
        {0xCC, 0xCF, 'i'},     {0xEC, 0xEF, 'i'},     {0x128, 0x131, 'i'},   {0xD1, 0xD1, 'n'},
        {0xF1, 0xF1, 'n'},     {0x143, 0x148, 'n'},   {0xD2, 0xD6, 'o'},     {0xF2, 0xF6, 'o'},
        {0x14C, 0x151, 'o'},   {0x154, 0x159, 'r'},   {0x15A, 0x161, 's'},   {0x162, 0x167, 't'},
        {0xD9, 0xDC, 'u'},     {0xF9, 0xFC, 'u'},     {0x168, 0x173, 'u'},   {0x179, 0x17E, 'z'},
        {0x1E0C, 0x1E13, 'd'}, {0x1E24, 0x1E2B, 'h'}, {0x1E5A, 0x1E5F, 'r'}, {0x1E62, 0x1E69, 's'},
        {0x1E6C, 0x1E71, 't'}, {0x1E92, 0x1E95, 'z'}, {0x1E96, 0x1E96, 'h'}, {0x1EA0, 0x1EB7, 'a'},
        {0x1EB8, 0x1EC7, 'e'}, {0x1EC8, 0x1ECB, 'i'}, {0x1ECC, 0x1EE3, 'o'}, {0x1EE4, 0x1EF1, 'u'},
    };
    for (const auto& r : kRanges) {
        if (c >= r.from && c <= r.to) {
            return static_cast<char32_t>(r.base);
        }
    }
    return c;
}

/// Arabic-script letters normalised (Arabic, Persian and Kurdish forms of one letter agree);
/// 0 for harakat and tatweel.
char32_t fold_arabic(char32_t c) {
    switch (c) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
        return 0x0627;
    case 0x0629: // ة
    case 0x06D5: // ە (Kurdish ae)
        return 0x0647;
    case 0x0649: // ى
    case 0x06CC: // ی (Persian/Kurdish yeh)
        return 0x064A;
    case 0x06A9: // ک (keheh)
        return 0x0643;
    case 0x0640: // tatweel
        return 0;
    default:
        if ((c >= 0x064B && c <= 0x065F) || c == 0x0670) {
            return 0;
        }
        return c;
    }
}

bool is_letter_or_digit(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0x0621 && c <= 0x06FF);
}

bool is_dropped_word(const std::u32string& w) {
    static constexpr std::u32string_view kWords[] = {
        U"al",       U"el",        U"ad",      U"adh",    U"an",          U"ar",     U"as",
        U"ash",      U"at",        U"ath",     U"az",     U"district",    U"qadha",  U"qada",
        U"qadaa",    U"qaza",      U"qeza",    U"i",      U"subdistrict", U"sub",    U"nahiya",
        U"nahia",    U"nahiyah",   U"nahiyat", U"markaz", U"center",      U"centre", U"governorate",
        U"province", U"muhafazat", U"قضاء",    U"ناحيه"};
    static constexpr std::u32string_view kArabicWords[] = {U"مركز", U"محافظه", U"مدينه"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords) ||
           std::find(std::begin(kArabicWords), std::end(kArabicWords), w) != std::end(kArabicWords);
}

} // namespace

const std::vector<DisputedAreaSpec>& disputed_area_catalog() {
    return kCatalog;
}

std::vector<std::string_view> governorate_variants(std::string_view governorate) {
    for (const auto& [name, variants] : kGovernorates) {
        if (name == governorate) {
            return variants;
        }
    }
    return {governorate};
}

std::string normalise_area_name(std::string_view name) {
    // Split into words of folded letters; apostrophes and ʿayn/hamza marks vanish inside a word.
    std::vector<std::u32string> words(1);
    std::size_t pos = 0;
    while (pos < name.size()) {
        char32_t c = text::decode_utf8(name, pos);
        if (c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BF || c == 0x02BE || c == 0x02BC ||
            c == 0x0060) {
            continue;
        }
        c = fold_arabic(fold_latin(c));
        if (c == 0) {
            continue;
        }
        if (is_letter_or_digit(c)) {
            words.back().push_back(c);
        } else if (!words.back().empty()) {
            words.emplace_back();
        }
    }
    if (words.back().empty()) {
        words.pop_back();
    }
    std::vector<std::u32string> kept;
    for (auto& w : words) {
        // The Arabic article is written joined to its word.
        if (w.size() > 3 && w[0] == 0x0627 && w[1] == 0x0644) {
            w.erase(0, 2);
        }
        if (!is_dropped_word(w)) {
            kept.push_back(w);
        }
    }
    if (kept.empty() && !words.empty()) {
        kept.push_back(words.back()); // "Markaz" alone is a name, not a designator
    }
    std::string out;
    char32_t previous = 0;
    for (const auto& w : kept) {
        for (const char32_t c : w) {
            if (c != previous) {
                text::append_utf8(out, c);
            }
            previous = c;
        }
    }
    return out;
}

bool matches_area_name(const DisputedAreaSpec& spec, std::string_view candidate) {
    const std::string n = normalise_area_name(candidate);
    if (n.empty()) {
        return false;
    }
    if (n == normalise_area_name(spec.name) || n == normalise_area_name(spec.name_ar) ||
        n == normalise_area_name(spec.name_ku)) {
        return true;
    }
    return std::any_of(spec.variants.begin(), spec.variants.end(),
                       [&n](std::string_view v) { return normalise_area_name(v) == n; });
}

bool matches_governorate(const DisputedAreaSpec& spec, std::string_view candidate) {
    const std::string n = normalise_area_name(candidate);
    const auto variants = governorate_variants(spec.governorate);
    return !n.empty() && std::any_of(variants.begin(), variants.end(), [&n](std::string_view v) {
        return normalise_area_name(v) == n;
    });
}

} // namespace conflictmap::geo
