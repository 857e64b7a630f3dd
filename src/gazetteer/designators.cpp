#include "gazetteer/designators.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <unordered_set>

namespace conflictmap::gazetteer {

namespace {

enum class Where : unsigned char { prefix, suffix };

struct Designator {
    std::string_view phrase; ///< exact-key tokens joined by spaces
    Where where;
    PlaceType type;
};

// Exact-key spellings (lower case, no diacritics, ة written ه, hamza dropped). Longer phrases
// come before their own tails so the longest match wins.
constexpr std::array kDesignators = {
    // Air bases and airfields.
    Designator{"air force base", Where::suffix, PlaceType::air_base},
    Designator{"air base", Where::suffix, PlaceType::air_base},
    Designator{"airbase", Where::suffix, PlaceType::air_base},
    Designator{"afb", Where::suffix, PlaceType::air_base},
    Designator{"air station", Where::suffix, PlaceType::air_base},
    Designator{"air field", Where::suffix, PlaceType::air_base},
    Designator{"airfield", Where::suffix, PlaceType::air_base},
    Designator{"airstrip", Where::suffix, PlaceType::air_base},
    Designator{"الجويه", Where::suffix, PlaceType::air_base},
    // Airports.
    Designator{"international airport", Where::suffix, PlaceType::airport},
    Designator{"intl airport", Where::suffix, PlaceType::airport},
    Designator{"airport", Where::suffix, PlaceType::airport},
    Designator{"international", Where::suffix, PlaceType::airport},
    Designator{"الدولي", Where::suffix, PlaceType::airport},
    Designator{"مطار", Where::prefix, PlaceType::airport},
    // Military bases and camps.
    Designator{"forward operating base", Where::prefix, PlaceType::military_base},
    Designator{"contingency operating base", Where::prefix, PlaceType::military_base},
    Designator{"contingency operating site", Where::prefix, PlaceType::military_base},
    Designator{"joint base", Where::prefix, PlaceType::military_base},
    Designator{"patrol base", Where::prefix, PlaceType::military_base},
    Designator{"fob", Where::prefix, PlaceType::military_base},
    Designator{"cob", Where::prefix, PlaceType::military_base},
    Designator{"military base", Where::suffix, PlaceType::military_base},
    Designator{"military camp", Where::suffix, PlaceType::military_base},
    Designator{"base", Where::suffix, PlaceType::military_base},
    Designator{"العسكريه", Where::suffix, PlaceType::military_base},
    Designator{"قاعده", Where::prefix, PlaceType::military_base},
    Designator{"camp", Where::prefix, PlaceType::camp},
    Designator{"camp", Where::suffix, PlaceType::camp},
    Designator{"معسكر", Where::prefix, PlaceType::camp},
    Designator{"مخيم", Where::prefix, PlaceType::camp},
    // Administrative areas.
    Designator{"province of", Where::prefix, PlaceType::admin1},
    Designator{"governorate of", Where::prefix, PlaceType::admin1},
    Designator{"muhafazat", Where::prefix, PlaceType::admin1},
    Designator{"muhafazah", Where::prefix, PlaceType::admin1},
    Designator{"muhafaza", Where::prefix, PlaceType::admin1},
    Designator{"province", Where::suffix, PlaceType::admin1},
    Designator{"governorate", Where::suffix, PlaceType::admin1},
    Designator{"محافظه", Where::prefix, PlaceType::admin1},
    Designator{"region", Where::suffix, PlaceType::region},
    Designator{"district of", Where::prefix, PlaceType::admin2},
    Designator{"qadha", Where::prefix, PlaceType::admin2},
    Designator{"qada", Where::prefix, PlaceType::admin2},
    Designator{"qadaa", Where::prefix, PlaceType::admin2},
    Designator{"kaza", Where::prefix, PlaceType::admin2},
    Designator{"district", Where::suffix, PlaceType::admin2},
    Designator{"qadha", Where::suffix, PlaceType::admin2},
    Designator{"qada", Where::suffix, PlaceType::admin2},
    Designator{"قضا", Where::prefix, PlaceType::admin2},
    Designator{"sub district of", Where::prefix, PlaceType::admin3},
    Designator{"nahiyat", Where::prefix, PlaceType::admin3},
    Designator{"nahiyah", Where::prefix, PlaceType::admin3},
    Designator{"nahiya", Where::prefix, PlaceType::admin3},
    Designator{"nahia", Where::prefix, PlaceType::admin3},
    Designator{"sub district", Where::suffix, PlaceType::admin3},
    Designator{"subdistrict", Where::suffix, PlaceType::admin3},
    Designator{"nahiya", Where::suffix, PlaceType::admin3},
    Designator{"ناحيه", Where::prefix, PlaceType::admin3},
    // Settlements.
    Designator{"the city of", Where::prefix, PlaceType::populated},
    Designator{"city of", Where::prefix, PlaceType::populated},
    Designator{"town of", Where::prefix, PlaceType::populated},
    Designator{"city", Where::suffix, PlaceType::populated},
    Designator{"town", Where::suffix, PlaceType::populated},
    Designator{"village", Where::suffix, PlaceType::populated},
    Designator{"مدينه", Where::prefix, PlaceType::populated},
    // Landmarks and natural features.
    Designator{"mountains", Where::suffix, PlaceType::mountain},
    Designator{"mountain", Where::suffix, PlaceType::mountain},
    Designator{"mts", Where::suffix, PlaceType::mountain},
    Designator{"range", Where::suffix, PlaceType::mountain},
    Designator{"mount", Where::prefix, PlaceType::mountain},
    Designator{"mt", Where::prefix, PlaceType::mountain},
    Designator{"jabal", Where::prefix, PlaceType::mountain},
    Designator{"jebel", Where::prefix, PlaceType::mountain},
    Designator{"jabel", Where::prefix, PlaceType::mountain},
    Designator{"جبل", Where::prefix, PlaceType::mountain},
    Designator{"جبال", Where::prefix, PlaceType::mountain},
    Designator{"river", Where::suffix, PlaceType::river},
    Designator{"wadi", Where::prefix, PlaceType::river},
    Designator{"نهر", Where::prefix, PlaceType::river},
    Designator{"lake", Where::prefix, PlaceType::lake},
    Designator{"lake", Where::suffix, PlaceType::lake},
    Designator{"بحيره", Where::prefix, PlaceType::lake},
    Designator{"dam", Where::suffix, PlaceType::dam},
    Designator{"سد", Where::prefix, PlaceType::dam},
    Designator{"bridge", Where::suffix, PlaceType::bridge},
    Designator{"جسر", Where::prefix, PlaceType::bridge},
    Designator{"square", Where::suffix, PlaceType::square},
    Designator{"ساحه", Where::prefix, PlaceType::square},
    Designator{"oil field", Where::suffix, PlaceType::oil_field},
    Designator{"oilfield", Where::suffix, PlaceType::oil_field},
    Designator{"حقل", Where::prefix, PlaceType::oil_field},
    Designator{"border crossing", Where::suffix, PlaceType::border_crossing},
    Designator{"border post", Where::suffix, PlaceType::border_crossing},
    Designator{"crossing", Where::suffix, PlaceType::border_crossing},
    Designator{"منفذ", Where::prefix, PlaceType::border_crossing},
    // An English article before a name implies nothing.
    Designator{"the", Where::prefix, PlaceType::any},
};

/// The designators split into words once, with the words that can start a prefix phrase or
/// end a suffix phrase, so most names (which have none) are rejected at a glance.
struct DesignatorTable {
    struct Entry {
        std::vector<std::string_view> words;
        Where where;
        PlaceType type;
    };
    std::vector<Entry> entries;
    std::unordered_set<std::string_view> prefix_starts;
    std::unordered_set<std::string_view> suffix_ends;

    DesignatorTable() {
        for (const auto& d : kDesignators) {
            Entry e{{}, d.where, d.type};
            std::size_t pos = 0;
            while (pos <= d.phrase.size()) {
                const std::size_t space = d.phrase.find(' ', pos);
                const std::size_t stop = space == std::string_view::npos ? d.phrase.size() : space;
                e.words.push_back(d.phrase.substr(pos, stop - pos));
                pos = stop + 1;
            }
            (d.where == Where::prefix ? prefix_starts : suffix_ends)
                .insert(d.where == Where::prefix ? e.words.front() : e.words.back());
            entries.push_back(std::move(e));
        }
    }
};

const DesignatorTable& table() {
    static const DesignatorTable t;
    return t;
}

/// The longest designator of kind `where` at the start (or end) of tokens[begin, end) that
/// leaves at least one token; n = 0 when none.
struct Found {
    std::size_t n = 0;
    PlaceType type = PlaceType::any;
};

Found find_prefix(const std::vector<std::string_view>& tokens, std::size_t begin, std::size_t end) {
    Found best;
    const auto& t = table();
    if (begin >= end || t.prefix_starts.count(tokens[begin]) == 0) {
        return best;
    }
    for (const auto& d : t.entries) {
        const std::size_t n = d.words.size();
        if (d.where != Where::prefix || n <= best.n || begin + n >= end) {
            continue;
        }
        if (std::equal(d.words.begin(), d.words.end(),
                       tokens.begin() + static_cast<std::ptrdiff_t>(begin))) {
            best = {n, d.type};
        }
    }
    return best;
}

Found find_suffix(const std::vector<std::string_view>& tokens, std::size_t begin, std::size_t end) {
    Found best;
    const auto& t = table();
    if (begin >= end || t.suffix_ends.count(tokens[end - 1]) == 0) {
        return best;
    }
    for (const auto& d : t.entries) {
        const std::size_t n = d.words.size();
        if (d.where != Where::suffix || n <= best.n || n >= end - begin) {
            continue;
        }
        if (std::equal(d.words.begin(), d.words.end(),
                       tokens.begin() + static_cast<std::ptrdiff_t>(end - n))) {
            best = {n, d.type};
        }
    }
    return best;
}

bool code_in(std::string_view code, std::initializer_list<std::string_view> codes) noexcept {
    for (auto c : codes) {
        if (code == c) {
            return true;
        }
    }
    return false;
}

} // namespace

std::string_view place_type_name(PlaceType type) noexcept {
    switch (type) {
    case PlaceType::any:
        return "any";
    case PlaceType::airport:
        return "airport";
    case PlaceType::air_base:
        return "air_base";
    case PlaceType::military_base:
        return "military_base";
    case PlaceType::camp:
        return "camp";
    case PlaceType::admin1:
        return "admin1";
    case PlaceType::admin2:
        return "admin2";
    case PlaceType::admin3:
        return "admin3";
    case PlaceType::region:
        return "region";
    case PlaceType::populated:
        return "populated";
    case PlaceType::mountain:
        return "mountain";
    case PlaceType::river:
        return "river";
    case PlaceType::lake:
        return "lake";
    case PlaceType::dam:
        return "dam";
    case PlaceType::bridge:
        return "bridge";
    case PlaceType::square:
        return "square";
    case PlaceType::oil_field:
        return "oil_field";
    case PlaceType::border_crossing:
        return "border_crossing";
    }
    return "any";
}

bool place_type_accepts(PlaceType type, char fclass, std::string_view code) noexcept {
    const bool camp_code = code.substr(0, 3) == "CMP";
    switch (type) {
    case PlaceType::any:
        return true;
    case PlaceType::airport:
        return code_in(code, {"AIRP", "AIRF", "AIRB", "AIRH"});
    case PlaceType::air_base:
        return code_in(code, {"AIRB", "AIRF", "MILB", "INSM", "AIRP", "AIRH"});
    case PlaceType::military_base:
        return code_in(code, {"MILB", "INSM", "AIRB", "AIRF", "FT", "BLDO"}) || camp_code;
    case PlaceType::camp:
        return code_in(code, {"MILB", "INSM", "AIRB", "FT"}) || camp_code;
    case PlaceType::admin1:
        return code_in(code, {"ADM1", "ADM1H"});
    case PlaceType::admin2:
        return code_in(code, {"ADM2", "ADM2H"});
    case PlaceType::admin3:
        return code_in(code, {"ADM3", "ADM3H", "ADMD"});
    case PlaceType::region:
        return code_in(code, {"ADM1", "RGN", "RGNE", "ADMD", "ZN", "AREA"});
    case PlaceType::populated:
        return fclass == 'P';
    case PlaceType::mountain:
        return code_in(code, {"MT", "MTS", "HLL", "HLLS", "RDGE", "PK", "PKS", "MTSU"});
    case PlaceType::river:
        return code_in(code, {"STM", "STMI", "STMS", "WAD", "WADS", "CNL"});
    case PlaceType::lake:
        return code_in(code, {"LK", "LKS", "RSV", "LKI", "LKN"});
    case PlaceType::dam:
        return code_in(code, {"DAM", "RSV"});
    case PlaceType::bridge:
        return code_in(code, {"BDG"});
    case PlaceType::square:
        return code_in(code, {"SQR"});
    case PlaceType::oil_field:
        return code_in(code, {"OILF", "GASF", "OILW"});
    case PlaceType::border_crossing:
        return code_in(code, {"PSTB", "PSTC"});
    }
    return true;
}

DesignatorSplit find_designators(const std::vector<std::string_view>& tokens) {
    DesignatorSplit split;
    std::size_t begin = 0;
    std::size_t end = tokens.size();
    PlaceType prefix_type = PlaceType::any;
    PlaceType suffix_type = PlaceType::any;
    // Up to two phrases at each end: "the city of", "Camp ... Air Base".
    for (int round = 0; round < 2; ++round) {
        const Found p = find_prefix(tokens, begin, end);
        if (p.n > 0) {
            begin += p.n;
            if (prefix_type == PlaceType::any) {
                prefix_type = p.type;
            }
        }
        const Found s = find_suffix(tokens, begin, end);
        if (s.n > 0) {
            end -= s.n;
            if (suffix_type == PlaceType::any) {
                suffix_type = s.type;
            }
        }
        if (p.n == 0 && s.n == 0) {
            break;
        }
    }
    split.prefix_tokens = begin;
    split.suffix_tokens = tokens.size() - end;
    split.type = suffix_type != PlaceType::any ? suffix_type : prefix_type;
    return split;
}

} // namespace conflictmap::gazetteer
