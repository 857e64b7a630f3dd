#include "events/date_expressions.hpp"

#include "events/casualties.hpp"
#include "events/phrase_table.hpp"
#include "events/token_classes.hpp"

#include <cmath>
#include <map>
#include <string_view>

namespace conflictmap::events {

namespace {

using text::Document;
using text::kAllUpper;
using text::kCapitalized;
using text::kNumber;
using text::kPossessive;

int small_number_word(std::string_view w) {
    // "zero" .. "twelve", "a"/"an" (1), "few"/"several" (3).
    using text::equals_literal;
    if (w.size() <= 2) {
        return equals_literal(w, "a") || equals_literal(w, "an") ? 1 : -1;
    }
    if (equals_literal(w, "few") || equals_literal(w, "several")) {
        return 3;
    }
    const int n = unit_word(w);
    return n <= 12 ? n : -1;
}

struct DottedDate {
    int first = 0;  ///< the day, as most outlets write it
    int second = 0; ///< the month
    int year = 0;
};

/// "22.06.2022", "3.1.2020": one or two digits, a full stop, one or two digits, a full stop and
/// a year of four digits; nullopt for any other number ("3.5", "1.250.000").
std::optional<DottedDate> dotted_date(std::string_view s) {
    const auto p1 = s.find('.');
    const auto p2 = p1 == std::string_view::npos ? p1 : s.find('.', p1 + 1);
    if (p2 == std::string_view::npos || s.find('.', p2 + 1) != std::string_view::npos || p1 == 0 ||
        p1 > 2 || p2 - p1 - 1 == 0 || p2 - p1 - 1 > 2 || s.size() - p2 - 1 != 4) {
        return std::nullopt;
    }
    auto digits = [&](std::size_t b, std::size_t e) {
        int v = 0;
        for (std::size_t k = b; k < e; ++k) {
            if (s[k] < '0' || s[k] > '9') {
                return -1;
            }
            v = v * 10 + (s[k] - '0');
        }
        return v;
    };
    DottedDate d{digits(0, p1), digits(p1 + 1, p2), digits(p2 + 1, s.size())};
    if (d.first < 1 || d.second < 1 || d.year < 1900 || d.year > 2100) {
        return std::nullopt;
    }
    return d;
}

/// A military date-time group written without spaces, "020930CJUL18", "261000ZAUG2017": day,
/// hour and minute, a time-zone letter, the month's three letters and the year (two or four
/// digits).
std::optional<Date> date_time_group(std::string_view w) {
    if (w.size() != 12 && w.size() != 14) {
        return std::nullopt;
    }
    for (std::size_t k = 0; k < 6; ++k) {
        if (w[k] < '0' || w[k] > '9') {
            return std::nullopt;
        }
    }
    if (w[6] < 'a' || w[6] > 'z' || w[6] == 'j') {
        return std::nullopt;
    }
    const int month = text::month_from_word(w.substr(7, 3));
    int year = 0;
    for (std::size_t k = 10; k < w.size(); ++k) {
        if (w[k] < '0' || w[k] > '9') {
            return std::nullopt;
        }
        year = year * 10 + (w[k] - '0');
    }
    if (w.size() == 12) {
        year += year < 70 ? 2000 : 1900;
    }
    const int day = (w[0] - '0') * 10 + (w[1] - '0');
    const int hour = (w[2] - '0') * 10 + (w[3] - '0');
    const int minute = (w[4] - '0') * 10 + (w[5] - '0');
    if (month <= 0 || hour > 24 || minute > 59 || !Date::valid(year, month, day)) {
        return std::nullopt;
    }
    return Date{year, month, day};
}

bool capitalized(const Document& d, std::size_t i) {
    return d.tokens()[i].is(kCapitalized) || d.tokens()[i].is(kAllUpper);
}

int day_number(const Document& d, std::size_t i) {
    if (!d.tokens()[i].is(kNumber)) {
        return -1;
    }
    const auto s = d.surface(i);
    // ("on November 17.20 On December 9": the day, a footnote's number glued to it)
    const double v = s.size() > 2 ? d.value_before_footnote(i) : d.number_value(i);
    return v >= 1 && v <= 31 ? static_cast<int>(v) : -1;
}

/// The suffix of an ordinal day written in digits ("4th", "21st"), a token of its own.
bool ordinal_suffix(text::TokenText w) {
    return w == "th" || w == "st" || w == "nd" || w == "rd";
}

/// Julian day numbers of 1 January 1970 and of the Hijri calendar's first day (civil epoch).
constexpr long kJdnOf1970 = 2440588;
constexpr long kHijriEpochJdn = 1948440;

/// The Gregorian day of a date of the tabular Islamic (Hijri) calendar: within a day of the
/// Umm al-Qura calendar Iraq's and Saudi Arabia's authorities announce (1 Shawwal 1441 = 24 May
/// 2020, 10 Dhu al-Hijja 1442 = 20 July 2021).
Date hijri_to_date(int year, int month, int day) {
    const long jdn = day + static_cast<long>(std::ceil(29.5 * (month - 1))) +
                     (static_cast<long>(year) - 1) * 354 + (3 + 11L * year) / 30 + kHijriEpochJdn -
                     1;
    return Date::from_days_since_epoch(jdn - kJdnOf1970);
}

/// The Hijri date (month, day) on or before the reference, in its Hijri year or the one before.
std::optional<Date> latest_hijri(int month, int day, const Date& reference) {
    const long jdn = reference.days_since_epoch() + kJdnOf1970;
    const int year = static_cast<int>((30 * (jdn - kHijriEpochJdn) + 10646) / 10631);
    for (int y = year + 1; y >= year - 1; --y) {
        const Date d = hijri_to_date(y, month, day);
        if (d.days_since_epoch() <= reference.days_since_epoch()) {
            return d;
        }
    }
    return std::nullopt;
}

/// A Hijri month's name at token k ("Muharram", "Rabi al-Awwal", "Sha'ban", "Ramadan", "Dhu
/// al-Hijja"): its number (1-12) and the token after the name, else 0.
std::pair<int, std::size_t> hijri_month(const Document& d, std::size_t k, std::size_t end) {
    if (k >= end || !capitalized(d, k)) {
        return {0, k};
    }
    const auto w = d.lower(k);
    // The second part of a two-word name, a few tokens on ("al-Awwal", "'l-Hijja", "II").
    auto second = [&](auto&& test) -> std::size_t {
        for (std::size_t j = k + 1; j < end && j < k + 5; ++j) {
            const auto x = d.lower(j);
            if (test(x)) {
                return j + 1;
            }
            if (!(x == "al" || x == "ul" || x == "el" || x == "l" || x == "'" || x == "\u2019" ||
                  x == "-" || x == "ath" || x == "as")) {
                break;
            }
        }
        return 0;
    };
    auto starts = [](text::TokenText x, std::string_view p) {
        return std::string_view(x).substr(0, p.size()) == p;
    };
    if (w == "muharram") {
        return {1, k + 1};
    }
    if (w == "safar") {
        return {2, k + 1};
    }
    if (w == "rabi" || w == "rabia" || w == "rabee") {
        if (const auto e = second([&](auto x) {
                return starts(x, "aww") || x == "i" || x == "ula" || x == "first";
            })) {
            return {3, e};
        }
        if (const auto e = second([&](auto x) {
                return starts(x, "than") || starts(x, "akh") || x == "ii" || x == "second";
            })) {
            return {4, e};
        }
        return {0, k};
    }
    if (w == "jumada" || w == "jumadah" || w == "jumadi") {
        if (const auto e =
                second([&](auto x) { return x == "ula" || starts(x, "aww") || x == "i"; })) {
            return {5, e};
        }
        if (const auto e = second(
                [&](auto x) { return starts(x, "akh") || starts(x, "than") || x == "ii"; })) {
            return {6, e};
        }
        return {0, k};
    }
    if (w == "rajab") {
        return {7, k + 1};
    }
    if (w == "shaban" || w == "shaaban") {
        return {8, k + 1};
    }
    if (w == "sha" && k + 2 < end && d.lower(k + 2) == "ban") {
        return {8, k + 3};
    }
    if (w == "ramadan" || w == "ramazan" || w == "ramadhan") {
        return {9, k + 1};
    }
    if (w == "shawwal" || w == "shawal") {
        return {10, k + 1};
    }
    if (w == "dhu" || w == "dhul" || w == "zul" || w == "thul" || w == "dhil" || w == "zu") {
        if (const auto e = second([&](auto x) { return starts(x, "qa") || starts(x, "qi"); })) {
            return {11, e};
        }
        if (const auto e = second([&](auto x) { return starts(x, "hij") || starts(x, "haj"); })) {
            return {12, e};
        }
    }
    return {0, k};
}

/// A day written in words that ends before token p: "twenty-eight", "the second", "third"
/// (transcripts spell numbers out). Returns the day and sets `from` to its first token; -1 if
/// none.
int spelled_day(const Document& d, std::size_t lo, std::size_t p, std::size_t& from) {
    if (p <= lo) {
        return -1;
    }
    static const std::map<std::string_view, int> kDays = {
        {"one", 1},        {"two", 2},          {"three", 3},       {"four", 4},
        {"five", 5},       {"six", 6},          {"seven", 7},       {"eight", 8},
        {"nine", 9},       {"ten", 10},         {"eleven", 11},     {"twelve", 12},
        {"thirteen", 13},  {"fourteen", 14},    {"fifteen", 15},    {"sixteen", 16},
        {"seventeen", 17}, {"eighteen", 18},    {"nineteen", 19},   {"twenty", 20},
        {"thirty", 30},    {"first", 1},        {"second", 2},      {"third", 3},
        {"fourth", 4},     {"fifth", 5},        {"sixth", 6},       {"seventh", 7},
        {"eighth", 8},     {"ninth", 9},        {"tenth", 10},      {"eleventh", 11},
        {"twelfth", 12},   {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},
        {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19},
        {"twentieth", 20}, {"thirtieth", 30}};
    const auto it = kDays.find(std::string_view(d.lower(p - 1)));
    if (it == kDays.end()) {
        return -1;
    }
    int day = it->second;
    from = p - 1;
    // "twenty-eight", "thirty-first"
    if (day < 10 && p >= lo + 2 && d.tokens()[p - 1].is(text::kHyphenBefore) &&
        (d.lower(p - 2) == "twenty" || d.lower(p - 2) == "thirty")) {
        day += d.lower(p - 2) == "twenty" ? 20 : 30;
        from = p - 2;
    }
    // A cardinal only where a day is expected ("on twenty-eight January"; not "two March
    // protests", "after two March rallies"); an ordinal is a day anyway.
    const auto last = d.lower(p - 1);
    const bool ordinal =
        last.ends_with("th") || last == "first" || last == "second" || last == "third";
    if (!ordinal) {
        const auto before = from > lo ? d.lower(from - 1) : text::TokenText();
        if (before != "on" && before != "since" && before != "until" && before != "from") {
            return -1;
        }
    }
    return day <= 31 ? day : -1;
}

/// The most recent date with this month (and day) on or before the reference (a date up to
/// two days after it is allowed: reports are dated in other time zones).
int infer_year(int month, int day, const Date& ref) {
    const int d = std::min(day, Date::days_in_month(ref.year, month));
    Date candidate{ref.year, month, std::max(d, 1)};
    if (candidate.days_since_epoch() > ref.days_since_epoch() + 2) {
        return ref.year - 1;
    }
    return ref.year;
}

Date month_date(int year, int month, std::string_view part) {
    if (part == "early" || part == "beginning") {
        return Date{year, month, 1};
    }
    if (part == "late" || part == "end") {
        return Date{year, month, Date::days_in_month(year, month)};
    }
    return Date{year, month, 15};
}

/// Monday of the week holding d.
Date week_start(const Date& d) {
    return d.plus_days(-d.weekday());
}

bool word_is(const Document& d, std::size_t i, std::size_t end, std::string_view w) {
    return i < end && d.lower(i) == w;
}

/// The words that can open a date expression (with a number): find_dates passes over every
/// other token at once.
const WordSet& date_openers() {
    static const WordSet kOpeners = {
        "january",   "february",  "march",    "april",     "may",      "june",      "july",
        "august",    "september", "october",  "november",  "december", "jan",       "feb",
        "mar",       "apr",       "jun",      "jul",       "aug",      "sep",       "sept",
        "oct",       "nov",       "dec",      "monday",    "tuesday",  "wednesday", "thursday",
        "friday",    "saturday",  "sunday",   "yesterday", "today",    "tonight",   "this",
        "last",      "overnight", "earlier",  "past",      "the",      "at",        "over",
        "recent",    "a",         "an",       "few",       "several",  "one",       "two",
        "three",     "four",      "five",     "six",       "seven",    "eight",     "nine",
        "ten",       "eleven",    "twelve",   "thirteen",  "fourteen", "fifteen",   "sixteen",
        "seventeen", "eighteen",  "nineteen", "twenty",    "thirty",   "forty",     "fifty",
        "sixty",     "seventy",   "eighty",   "ninety",    "some",     "about",     "nearly",
        "almost",    "around",    "more",     "over",      "new",      "christmas", "nowruz",
        "newroz",    "eid"};
    return kOpeners;
}

} // namespace

const WordFilter& date_opener_filter() {
    return date_openers().filter();
}

int year_number(const Document& d, std::size_t i) {
    if (!d.tokens()[i].is(kNumber) || d.surface(i).size() != 4) {
        return -1;
    }
    const double v = d.number_value(i);
    return v >= 1900 && v <= 2100 ? static_cast<int>(v) : -1;
}

bool writes_year(const Document& d, const DateMention& m) {
    for (std::size_t k = m.begin; k < m.end; ++k) {
        if (year_number(d, k) > 0) {
            return true;
        }
    }
    return false;
}

std::vector<DateMention> find_dates(const Document& doc, std::size_t begin, std::size_t end,
                                    std::optional<Date> reference) {
    std::vector<DateMention> out;
    const auto& toks = doc.tokens();
    auto push = [&](std::size_t b, std::size_t e, Date date, int precision, bool past) {
        if (!Date::valid(date.year, date.month, date.day)) {
            return;
        }
        DateMention m;
        m.begin = b;
        m.end = e;
        m.date = date;
        m.precision = precision;
        m.past_cue = past;
        if (b > begin && doc.lower(b - 1) == "since") {
            m.since = true;
            m.begin = b - 1;
        }
        out.push_back(m);
    };

    // (Only a few words can open a date expression: date_openers.)
    static const WordSet& openers = date_openers();
    const std::uint8_t* const classes = token_classes(doc);
    // A word opens a date only with one of these words in the range (a unit, a month, a
    // weekday, a feast: "the" of "the weekend", "two" of "two days ago"), or, for "N units
    // ago", one of the words that count back; without either, only numbers are looked at, and
    // without the second "N units ago" is not parsed. (A branch for a new word must add the
    // word it needs here.)
    static constexpr text::ScanWords kDateWords{
        "march",     "february",  "january", "april",     "may",      "june",      "july",
        "august",    "september", "october", "november",  "december", "jan",       "feb",
        "mar",       "apr",       "jun",     "jul",       "aug",      "sep",       "sept",
        "oct",       "nov",       "dec",     "monday",    "tuesday",  "wednesday", "thursday",
        "friday",    "saturday",  "sunday",  "yesterday", "today",    "tonight",   "morning",
        "afternoon", "evening",   "night",   "overnight", "day",      "days",      "week",
        "weeks",     "weekend",   "month",   "months",    "year",     "years",     "spring",
        "summer",    "autumn",    "fall",    "winter",    "eid",      "christmas", "nowruz",
        "newroz"};
    static constexpr text::ScanWords kCountedBack{"ago", "since", "after", "before"};
    const text::GroupBits groups = doc.groups_in(begin, end);
    const bool counted_back = text::holds<kCountedBack>(groups);
    const bool words_open = counted_back || text::holds<kDateWords>(groups);
    for (std::size_t i = begin; i < end; ++i) {
        // (To the next number or word the openers' filter lets through, by the tokens'
        // classes.)
        i = text::next_of_class(
            classes, i, end,
            static_cast<std::uint8_t>(kNumberToken | (words_open ? kDateOpener : 0)));
        if (i >= end) {
            break;
        }
        // "020930CJUL18 | ROUTE MOBILE ...": a military log's date-time group (the digits and
        // the letters after them are two tokens).
        if (toks[i].is(kNumber) && toks[i].lower_size == 6 && i + 1 < end &&
            !toks[i + 1].is(text::kSpaceBefore) && toks[i + 1].is(text::kHasDigit) &&
            (toks[i + 1].lower_size == 6 || toks[i + 1].lower_size == 8)) {
            std::string group(doc.lower(i));
            group += doc.lower(i + 1);
            if (const auto dtg = date_time_group(group)) {
                push(i, i + 2, *dtg, 1, false);
                ++i;
                continue;
            }
        }
        // (A word here is one the openers' filter let through.)
        if (!toks[i].is(kNumber) && !openers.contains_let_through(doc.word(i))) {
            continue;
        }
        const auto w = doc.lower(i);
        // "Mar Behnam", "Mar Mattai": the Syriac title of a saint (and his monastery), not March.
        if (w == "mar" && i + 1 < end && toks[i + 1].is(text::kCapitalized) &&
            !toks[i + 1].is(kNumber) && text::month_from_word(doc.lower(i + 1)) == 0) {
            continue;
        }

        // ISO 8601: 2020-03-11 (three numbers joined by hyphens).
        if (const int y = year_number(doc, i); y > 0 && i + 2 < end &&
                                               toks[i + 1].is(text::kHyphenBefore) &&
                                               toks[i + 2].is(text::kHyphenBefore)) {
            const double mo = doc.number_value(i + 1), dd = doc.number_value(i + 2);
            if (mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31) {
                push(i, i + 3, Date{y, static_cast<int>(mo), static_cast<int>(dd)}, 1, false);
                i += 2;
                continue;
            }
        }

        // "12/03/2020": day first as Iraqi and most non-US outlets write it, unless only the
        // other reading is possible or the day-first date would lie after the report.
        if (toks[i].is(kNumber) && i + 4 < end && doc.surface(i + 1) == "/" &&
            toks[i + 2].is(kNumber) && doc.surface(i + 3) == "/" && year_number(doc, i + 4) > 0) {
            const int a = static_cast<int>(doc.number_value(i));
            const int b = static_cast<int>(doc.number_value(i + 2));
            const int y = year_number(doc, i + 4);
            auto valid = [&](int day, int month) {
                return month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
                       Date::valid(y, month, day) &&
                       !(reference &&
                         Date{y, month, day}.days_since_epoch() > reference->days_since_epoch());
            };
            // (month first in a text that writes its dates so: "On 06/10/2014" beside
            // "08/31/2014")
            const bool month_first = valid(b, a);
            const bool day_first = valid(a, b) && !(month_first && doc.slash_dates_month_first());
            if (day_first || month_first) {
                push(i, i + 5, day_first ? Date{y, b, a} : Date{y, a, b}, 1, false);
                i += 4;
                continue;
            }
        }
        // Fixed feasts: "on New Year's Eve", "Christmas Day 2019", "at Nowruz" (21 March): the
        // last such day on or before the report, unless a year follows.
        {
            int month = 0, day = 0;
            std::size_t e = i;
            if (w == "new" && capitalized(doc, i) && i + 2 < end && doc.lower(i + 1) == "year" &&
                capitalized(doc, i + 2) &&
                (doc.lower(i + 2) == "eve" || doc.lower(i + 2) == "day")) {
                month = doc.lower(i + 2) == "eve" ? 12 : 1;
                day = doc.lower(i + 2) == "eve" ? 31 : 1;
                e = i + 3;
            } else if (w == "christmas" && capitalized(doc, i) && i + 1 < end &&
                       capitalized(doc, i + 1) &&
                       (doc.lower(i + 1) == "eve" || doc.lower(i + 1) == "day")) {
                month = 12;
                day = doc.lower(i + 1) == "eve" ? 24 : 25;
                e = i + 2;
            } else if ((w == "nowruz" || w == "newroz") && capitalized(doc, i)) {
                month = 3;
                day = 21;
                e = i + 1;
            }
            if (month != 0) {
                if (const int y = e < end ? year_number(doc, e) : -1; y > 0) {
                    push(i, e + 1, Date{y, month, day}, 1, !reference || y < reference->year);
                    i = e;
                    continue;
                }
                if (reference) {
                    int y = reference->year;
                    if (Date{y, month, day}.days_since_epoch() > reference->days_since_epoch()) {
                        --y;
                    }
                    push(i, e, Date{y, month, day}, 1, false);
                    i = e - 1;
                    continue;
                }
            }
        }
        // Hijri dates: "9 Dhu al-Hijja", "15th of Ramadan", "2 Muharram 1445 (AH)".
        if (const int day = day_number(doc, i); day > 0 && day <= 30) {
            std::size_t k = i + 1;
            while (k < end && (ordinal_suffix(doc.lower(k)) || doc.lower(k) == "of")) {
                ++k;
            }
            if (const auto [month, after] = hijri_month(doc, k, end); month != 0) {
                std::size_t e = after;
                int year = -1;
                if (e < end && toks[e].is(kNumber) && doc.number_value(e) >= 1300 &&
                    doc.number_value(e) <= 1500) {
                    year = static_cast<int>(doc.number_value(e));
                    ++e;
                    if (e < end && (doc.lower(e) == "ah" || doc.lower(e) == "h")) {
                        ++e;
                    }
                }
                std::optional<Date> g;
                if (year > 0) {
                    g = hijri_to_date(year, month, day);
                } else if (reference) {
                    g = latest_hijri(month, day, *reference);
                }
                if (g) {
                    push(i, e, *g, 1, false);
                    i = e - 1;
                    continue;
                }
            }
        }
        // The feasts of the Hijri year: "Eid al-Fitr" (1 Shawwal), "Eid al-Adha" (10 Dhu
        // al-Hijja), "the first day of Eid", "the eve of Eid al-Adha": the last such day on or
        // before the report.
        if (w == "eid" && capitalized(doc, i) && reference) {
            std::size_t e = i + 1;
            int which = 0; // 10: al-Fitr, 12: al-Adha, 0: either
            for (std::size_t j = i + 1; j < end && j < i + 4; ++j) {
                const auto x = doc.lower(j);
                if (x == "fitr" || x == "saghir" || x == "sagheer") {
                    which = 10;
                    e = j + 1;
                    break;
                }
                if (x == "adha" || x == "kabir" || x == "kebir" || x == "qurban") {
                    which = 12;
                    e = j + 1;
                    break;
                }
                if (!(x == "al" || x == "ul" || x == "el" || x == "-")) {
                    break;
                }
            }
            long offset = 0;
            std::size_t b = i;
            if (i >= begin + 2 && doc.lower(i - 1) == "of") {
                static const std::map<std::string_view, long> kDays = {
                    {"first", 0}, {"second", 1}, {"third", 2}, {"fourth", 3}};
                if (doc.lower(i - 2) == "eve") {
                    offset = -1;
                    b = i - 2;
                } else if (doc.lower(i - 2) == "day" && i >= begin + 3) {
                    if (const auto it = kDays.find(std::string_view(doc.lower(i - 3)));
                        it != kDays.end()) {
                        offset = it->second;
                        b = i - 3;
                    }
                }
            }
            std::optional<Date> feast;
            for (const int month : {10, 12}) {
                if (which != 0 && which != month) {
                    continue;
                }
                const auto d =
                    latest_hijri(month, month == 10 ? 1 : 10, reference->plus_days(-offset));
                if (d && (!feast || d->days_since_epoch() > feast->days_since_epoch())) {
                    feast = d;
                }
            }
            if (feast) {
                push(b, e, feast->plus_days(offset), 1, false);
                i = e - 1;
                continue;
            }
        }
        // "22.06.2022", "3.1.2020": one number token of day, month and year joined by full
        // stops, day first as European and Turkish outlets write it (month first only when
        // day first is impossible or would lie after the report).
        if (toks[i].is(kNumber) && toks[i].is(text::kAscii)) {
            if (const auto dotted = dotted_date(doc.surface(i))) {
                auto valid = [&](int day, int month) {
                    return Date::valid(dotted->year, month, day) &&
                           !(reference && Date{dotted->year, month, day}.days_since_epoch() >
                                              reference->days_since_epoch());
                };
                const int a = dotted->first, b = dotted->second;
                if (valid(a, b) || valid(b, a)) {
                    push(i, i + 1,
                         valid(a, b) ? Date{dotted->year, b, a} : Date{dotted->year, a, b}, 1,
                         false);
                    continue;
                }
            }
        }
        // "08/07 - Qarachogh mountain: ...": a day and month of two digits each, with no year,
        // in the report's year (or the year before, for a day after the report); day first as
        // above. (Not "24/7" or "3/4": one digit is no such date.)
        // (one digit will do after "on": "On 14/3, a rocket hit a house")
        const bool on_before = i > begin && doc.lower(i - 1) == "on";
        if (reference && toks[i].is(kNumber) && i + 2 < end && doc.surface(i + 1) == "/" &&
            toks[i + 2].is(kNumber) &&
            (doc.surface(i).size() == 2 || (on_before && doc.surface(i).size() == 1)) &&
            (doc.surface(i + 2).size() == 2 || (on_before && doc.surface(i + 2).size() == 1)) &&
            !toks[i + 1].is(text::kSpaceBefore) && !(i + 3 < end && doc.surface(i + 3) == "/") &&
            !(i > begin && doc.surface(i - 1) == "/")) {
            const int a = static_cast<int>(doc.number_value(i));
            const int b = static_cast<int>(doc.number_value(i + 2));
            auto dated = [&](int day, int month) -> std::optional<Date> {
                if (month < 1 || month > 12 || day < 1 || day > 31) {
                    return std::nullopt;
                }
                for (int y = reference->year; y >= reference->year - 1; --y) {
                    if (Date::valid(y, month, day) &&
                        Date{y, month, day}.days_since_epoch() <= reference->days_since_epoch()) {
                        return Date{y, month, day};
                    }
                }
                return std::nullopt;
            };
            // (month first only when day first is impossible, or lies more than two months
            // back and the other reading is nearer the report)
            // (or when the text writes its dates month first: "On 06/10, IS militants overran
            // Mosul" in a review that also has "08/31")
            std::optional<Date> d = dated(a, b);
            if (const auto month_first = dated(b, a);
                month_first && (!d || doc.slash_dates_month_first() ||
                                (month_first->days_since_epoch() > d->days_since_epoch() &&
                                 reference->days_since_epoch() - d->days_since_epoch() > 62))) {
                d = month_first;
            }
            if (d) {
                push(i, i + 3, *d, 1, false);
                i += 2;
                continue;
            }
        }
        // A year alone: "in 2017", "a 2014 bombing", "the 2019 protests" (the middle of the
        // year, month precision: ACLED has no coarser one).
        if (const int y = year_number(doc, i); y > 0 && toks[i].is(kNumber)) {
            static const WordSet kBefore = {"in",     "a",      "the",    "since",  "during",
                                            "of",     "early",  "late",   "mid",    "until",
                                            "summer", "spring", "autumn", "winter", "fall"};
            static const WordSet kEventNouns = {
                "bombing",   "bombings", "attack",     "attacks",    "massacre", "offensive",
                "war",       "battle",   "protests",   "protest",    "uprising", "campaign",
                "operation", "genocide", "invasion",   "referendum", "election", "elections",
                "fall",      "siege",    "liberation", "assault",    "strike",   "strikes"};
            const bool before = i > begin && kBefore.contains(doc.word(i - 1)) &&
                                !(i + 1 < end && toks[i + 1].is(kNumber));
            const bool noun = i + 1 < end && kEventNouns.contains(doc.word(i + 1));
            const bool month_before = i > begin && text::month_from_word(doc.lower(i - 1)) != 0;
            if ((before || noun) && !month_before &&
                !(i + 1 < end && is_person_noun(doc.word(i + 1)))) {
                push(i, i + 1, Date{y, 7, 1}, 3, !reference || y < reference->year);
                out.back().year_only = true;
                continue;
            }
        }

        // Month names (capitalised: "may" and "march" are also an auxiliary and a verb).
        if (const int month = text::month_from_word(w); month != 0 && capitalized(doc, i)) {
            std::size_t b = i, e = i + 1;
            int day = -1, year = -1;
            if (i > begin && day_number(doc, i - 1) > 0) { // "11 March"
                day = day_number(doc, i - 1);
                b = i - 1;
                // "2-3 September", "2 and 3 September", "between 2 and 3 September": a span of
                // days is dated by its first, as datasets code it.
                if (b >= begin + 2 &&
                    (doc.surface(b - 1) == "-" || doc.surface(b - 1) == "\u2013" ||
                     doc.lower(b - 1) == "and" || doc.lower(b - 1) == "to") &&
                    day_number(doc, b - 2) > 0 && day_number(doc, b - 2) < day) {
                    day = day_number(doc, b - 2);
                    b -= 2;
                } else if (b >= begin + 1 && toks[b].is(text::kHyphenBefore) &&
                           day_number(doc, b - 1) > 0 && day_number(doc, b - 1) < day) {
                    day = day_number(doc, b - 1); // ("2-3" read as "2" and "3" joined)
                    b -= 1;
                }
            } else if (i > begin + 1 && ordinal_suffix(doc.lower(i - 1)) &&
                       day_number(doc, i - 2) > 0 && !toks[i - 1].is(text::kSpaceBefore)) {
                day = day_number(doc, i - 2); // "4th October"
                b = i - 2;
            } else if (i > begin + 1 && doc.lower(i - 1) == "of" && day_number(doc, i - 2) > 0) {
                day = day_number(doc, i - 2); // "the 11th of March" -> "11 th of"
                b = i - 2;
            } else if (i > begin + 2 && doc.lower(i - 1) == "of" &&
                       ordinal_suffix(doc.lower(i - 2)) && day_number(doc, i - 3) > 0) {
                day = day_number(doc, i - 3);
                b = i - 3;
            } else if (i > begin + 3 && doc.lower(i - 1) == "of" && doc.lower(i - 2) == "day" &&
                       ordinal_suffix(doc.lower(i - 3)) && day_number(doc, i - 4) > 0) {
                day = day_number(doc, i - 4); // a deed's "the 16th day of September 2007"
                b = i - 4;
            } else if (std::size_t from = 0; spelled_day(doc, begin, i, from) > 0) {
                day = spelled_day(doc, begin, i, from); // "twenty-eight January"
                b = from;
            } else if (i > begin + 1 && doc.lower(i - 1) == "of") {
                if (const int spelled = spelled_day(doc, begin, i - 1, from); spelled > 0) {
                    day = spelled; // "the second of February"
                    b = from;
                }
            }
            if (e + 1 < end && doc.surface(e) == "." && w.size() <= 4 &&
                day_number(doc, e + 1) > 0) {
                ++e; // "Dec. 27", "Jan. 8"
            }
            if (day < 0 && e < end && day_number(doc, e) > 0) { // "March 11"
                day = day_number(doc, e);
                ++e;
                if (e < end && ordinal_suffix(doc.lower(e))) {
                    ++e;
                }
            } else if (day < 0 && e + 2 < end && doc.lower(e) == "the" &&
                       day_number(doc, e + 1) > 0 && ordinal_suffix(doc.lower(e + 2))) {
                day = day_number(doc, e + 1); // "January the 5th" (not "in May the 3 men")
                e += 3;
            }
            std::size_t y = e;
            if (y < end && doc.surface(y) == ",") {
                ++y;
            }
            if (y < end && toks[y].is(kNumber) && doc.surface(y).size() == 4) {
                year = year_number(doc, y);
                if (year < 0) {
                    i = y;
                    continue; // a year outside 1900-2100: not a date we store
                }
                e = y + 1;
            } else if (day > 0 && b + 1 == i && w.size() <= 4 && e == i + 1 && y == e && y < end &&
                       toks[y].is(kNumber) && doc.surface(y).size() == 2 &&
                       doc.surface(y).find_first_not_of("0123456789") == std::string_view::npos &&
                       !toks[y].is(text::kHyphenBefore)) {
                // A military record's "20 Apr 04", "16 AUG 03": the abbreviated month's year in
                // two digits, the century the one that puts it not after the report (not "on
                // 20 Apr 15 people died": a count before what it counts).
                static const WordSet kAfterDay = {
                    "approximately", "at",  "about", "around", "when",   "by",    "in",    "on",
                    "and",           "to",  "from",  "near",   "during", "while", "after", "before",
                    "with",          "hrs", "hours", "local",  "the"};
                const auto after = y + 1 < end ? doc.lower(y + 1) : text::TokenText();
                // (any word after it may be what a count counts, "12 Iraqi soldiers", "10 PM":
                // only a word of the day's own, or none, lets two digits be a year)
                const bool counts = y + 1 < end && doc.tokens()[y + 1].is(text::kWord) &&
                                    !kAfterDay.contains(doc.word(y + 1));
                // (nor the hour of a time, "11 Mar 19:42", "9 Jun 21.30")
                const bool clock = y + 2 < end && (after == ":" || after == ".") &&
                                   doc.tokens()[y + 2].is(kNumber) &&
                                   !doc.tokens()[y + 2].is(text::kSpaceBefore);
                // ("20 Apr 04 mortar rounds": a count is never written with a leading zero; a
                // full month's name, "20 June 14.", needs that zero)
                const bool zero = doc.surface(y)[0] == '0';
                const bool full_name = w == "may" || w == "june" || w == "july";
                if (!clock && (zero || (!counts && !full_name))) {
                    const int yy = static_cast<int>(doc.number_value(y));
                    year = 2000 + yy;
                    if (reference && year > reference->year) {
                        year -= 100;
                    }
                    e = y + 1;
                }
            }
            // "in October last year", "on 3 March of last year", "in May this year"
            if (year < 0 && reference) {
                std::size_t k = e;
                if (word_is(doc, k, end, "of")) {
                    ++k;
                }
                if ((word_is(doc, k, end, "last") || word_is(doc, k, end, "this")) &&
                    word_is(doc, k + 1, end, "year")) {
                    year = word_is(doc, k, end, "last") ? reference->year - 1 : reference->year;
                    e = k + 2;
                }
                // "the 2017 campaign ... In October of that year": the year last written out
                // (within a few sentences before).
                if (word_is(doc, k, end, "that") && word_is(doc, k + 1, end, "year")) {
                    for (std::size_t j = i; j > 0 && j + 120 > i; --j) {
                        if (toks[j - 1].is(kNumber) && doc.surface(j - 1).size() == 4) {
                            if (const int told = year_number(doc, j - 1); told > 0) {
                                year = told;
                                e = k + 2;
                                break;
                            }
                        }
                    }
                }
            }
            if (day < 0 && (w == "may" || (w == "march" && toks[i].is(kAllUpper))) && year < 0) {
                // "May" alone is a month only after a preposition or a part word (and so is
                // "MARCH" in capitals: "THOUSANDS MARCH IN FUNERAL OF PROTESTERS").
                const auto prev = i > begin ? doc.lower(i - 1) : text::TokenText();
                if (prev != "in" && prev != "since" && prev != "early" && prev != "late" &&
                    prev != "mid" && prev != "until" && prev != "of" && prev != "during") {
                    continue;
                }
            }
            if (day > 0) {
                if (year < 0) {
                    if (!reference) {
                        continue;
                    }
                    year = infer_year(month, day, *reference);
                    // "Friday, 17 March", "The 17th of March, a Friday": a weekday written with
                    // the day picks the year it fell on that weekday, within ten years before.
                    // (Only the day's own weekday: right before it, "Friday 17 March", "Friday,
                    // 17 March", or after it as ", a Friday" / ", Friday"; not "on 12 November,
                    // Sunday's statement said".)
                    int wd = -1;
                    if (b > begin) {
                        const std::size_t k =
                            doc.surface(b - 1) == "," && b > begin + 1 ? b - 2 : b - 1;
                        wd = text::weekday_from_word(doc.lower(k));
                    }
                    if (wd < 0 && e + 1 < end && doc.surface(e) == ",") {
                        const std::size_t k = doc.lower(e + 1) == "a" ? e + 2 : e + 1;
                        const bool own =
                            k < end && (k + 1 >= end || doc.surface(k + 1) == "." ||
                                        doc.surface(k + 1) == "," || doc.surface(k + 1) == ";");
                        wd = own ? text::weekday_from_word(doc.lower(k)) : -1;
                    }
                    // (Not a day of the last two months, whose weekday may be a slip: "on
                    // Friday, 17 March" in a March report is this March.)
                    const long age = reference->days_since_epoch() -
                                     Date{year, month, std::min(day, 28)}.days_since_epoch();
                    if (wd >= 0 && age > 62 && Date{year, month, day}.weekday() != wd &&
                        (month != 2 || day <= 28)) {
                        for (int earlier = year - 1; earlier >= year - 10; --earlier) {
                            if (Date{earlier, month, day}.weekday() == wd) {
                                year = earlier;
                                break;
                            }
                        }
                    }
                }
                push(b, e, Date{year, month, day}, 1, false);
            } else {
                std::string_view part;
                if (b > begin) {
                    const auto prev = doc.lower(b - 1);
                    if (prev == "early" || prev == "late" || prev == "mid") {
                        part = prev;
                        --b;
                    } else if (b > begin + 2 && prev == "of" &&
                               (doc.lower(b - 2) == "end" || doc.lower(b - 2) == "beginning" ||
                                doc.lower(b - 2) == "middle")) {
                        part = doc.lower(b - 2);
                        b -= 2;
                    }
                }
                if (year < 0) {
                    if (!reference) {
                        continue;
                    }
                    year = infer_year(month, 1, *reference);
                }
                Date d = month_date(year, month, part);
                // "in the first week of August 2014": a week, as exact as its number says.
                int precision = 3;
                if (part.empty() && b >= begin + 3 && doc.lower(b - 1) == "of" &&
                    doc.lower(b - 2) == "week") {
                    const auto nth = doc.lower(b - 3);
                    const int first_day = nth == "first"    ? 1
                                          : nth == "second" ? 8
                                          : nth == "third"  ? 15
                                          : nth == "fourth" ? 22
                                          : nth == "last"   ? Date::days_in_month(year, month) - 6
                                                            : 0;
                    if (first_day > 0) {
                        d = Date{year, month, first_day + 3};
                        precision = 2;
                        b -= 3;
                    }
                }
                const bool past =
                    reference && (year < reference->year || month != reference->month);
                if (reference && d > *reference && year == reference->year &&
                    month == reference->month) {
                    d = *reference; // "late March" written in March: not after the report
                }
                push(b, e, d, precision, past);
            }
            i = e - 1;
            continue;
        }

        if (!reference) {
            continue;
        }
        const Date ref = *reference;

        // "On the 21st, an explosive device went off": a day of the month with no month, in a
        // report on the month just gone or this one, is the last such day up to the report.
        // (Not "on the 21st of August", nor "on the 5th day of Ramadan", "the 3rd brigade".)
        // (Asked at the day's number: "on" and "the" open no date.)
        // (also "on the morning of the 14th")
        const auto time_of_day = [&](std::size_t k) {
            const auto x = doc.lower(k);
            return x == "morning" || x == "evening" || x == "night" || x == "afternoon";
        };
        const bool day_part = i >= begin + 5 && doc.lower(i - 2) == "of" && time_of_day(i - 3) &&
                              doc.lower(i - 4) == "the" && doc.lower(i - 5) == "on";
        if (toks[i].is(kNumber) && i >= begin + 2 && i + 2 <= end && doc.lower(i - 1) == "the" &&
            (doc.lower(i - 2) == "on" || day_part) && i + 1 < end &&
            ordinal_suffix(doc.lower(i + 1))) {
            const int n = day_number(doc, i);
            const auto after = i + 2 < end ? doc.lower(i + 2) : text::TokenText(".");
            // (a comma or an article after it: a name's number is followed by the name, "the
            // 9th Armoured Division", "the 4th Bridge", "the 7th Street")
            // (or the sentence or clause ends: "a rocket hit a house in Kirkuk on the 24th.",
            // "... on the 24th when ...")
            const bool clause_goes_on =
                i + 2 == end || after == "," || after == "a" || after == "an" || after == "the" ||
                after == "around" || after == "about" || after == "." || after == ";" ||
                after == "when" || after == "after" || after == "as" || after == "near";
            if (n > 0 && clause_goes_on) {
                for (long k = 0; k <= 62; ++k) {
                    if (ref.plus_days(-k).day == n) {
                        push(day_part ? i - 5 : i - 2, i + 2, ref.plus_days(-k), 1, false);
                        break;
                    }
                }
                i += 1;
                continue;
            }
            // ("on the 3rd of this month", "on the 24th of the month": the report's month)
            if (n > 0 && after == "of" && i + 4 < end &&
                (doc.lower(i + 3) == "this" || doc.lower(i + 3) == "the") &&
                doc.lower(i + 4) == "month" && n <= ref.day) {
                push(i - 2, i + 5, Date{ref.year, ref.month, n}, 1, false);
                i += 4;
                continue;
            }
        }

        // Weekdays: "on Friday", "Friday evening", "Wednesday's attack", "last Friday".
        if (const int wd = text::weekday_from_word(w); wd >= 0 && capitalized(doc, i)) {
            std::size_t b = i;
            const auto prev = i > begin ? doc.lower(i - 1) : text::TokenText();
            if (prev == "next" || prev == "coming") {
                continue; // the future is not an event date
            }
            // (nor "declared tomorrow, Friday, a day of mourning")
            if (prev == "tomorrow" ||
                (prev == "," && i >= begin + 2 && doc.lower(i - 2) == "tomorrow")) {
                continue;
            }
            // (nor the start of a period declared: "declares official mourning for three days,
            // starting on Friday", "a curfew beginning Saturday")
            {
                std::size_t k = i;
                if (k > begin && (doc.lower(k - 1) == "on" || doc.lower(k - 1) == "from")) {
                    --k;
                }
                const auto start = k > begin ? doc.lower(k - 1) : text::TokenText();
                if (start == "starting" || start == "beginning" || start == "effective") {
                    bool declared = false;
                    for (std::size_t j = k - 1; j > begin && j + 14 > k && !declared; --j) {
                        const auto x = doc.lower(j - 1);
                        declared = x == "mourning" || x == "curfew" || x == "holiday" ||
                                   x == "closure" || x == "will" || x == "days" ||
                                   x == "declares" || x == "declared";
                    }
                    if (declared) {
                        continue;
                    }
                }
            }
            // "Saturday 11 September", "Saturday, September 11", "Saturday (11 September)": the
            // date written after the weekday is the date.
            // ("Thursday the 5th of January": so is a day written as an ordinal.)
            {
                std::size_t j = i + 1;
                while (j < end && (doc.surface(j) == "," || doc.surface(j) == "(")) {
                    ++j;
                }
                if (j + 1 < end && doc.lower(j) == "the" && day_number(doc, j + 1) > 0) {
                    ++j;
                }
                std::size_t m = j + 1;
                while (m < end && m < j + 3 &&
                       (ordinal_suffix(doc.lower(m)) || doc.lower(m) == "of")) {
                    ++m;
                }
                if (j + 1 < end && ((day_number(doc, j) > 0 && m < end &&
                                     text::month_from_word(doc.lower(m)) != 0) ||
                                    (text::month_from_word(doc.lower(j)) != 0 &&
                                     capitalized(doc, j) && day_number(doc, j + 1) > 0))) {
                    continue;
                }
                // "On Sunday the 15th" with no month: the last Sunday that was a 15th, within
                // the year before the report (or, when none was, the last 15th).
                // (Not a day of another calendar's month: "Monday, the 15th of Ramadan", "the
                // 15th day of Ramadan".)
                if (const int n = j + 1 < end ? day_number(doc, j) : -1;
                    n > 0 && ordinal_suffix(doc.lower(j + 1)) &&
                    !(j + 2 < end && (doc.lower(j + 2) == "of" || doc.lower(j + 2) == "day"))) {
                    std::optional<Date> found;
                    for (long k = 0; k <= 400 && !found; ++k) {
                        const Date c = ref.plus_days(-k);
                        if (c.day == n && c.weekday() == wd) {
                            found = c;
                        }
                    }
                    for (long k = 0; k <= 62 && !found; ++k) {
                        if (ref.plus_days(-k).day == n) {
                            found = ref.plus_days(-k);
                        }
                    }
                    if (found) {
                        push(prev == "last" || prev == "past" ? i - 1 : i, j + 2, *found, 1, false);
                        i = j + 1;
                        continue;
                    }
                }
            }
            int back = (ref.weekday() - wd + 7) % 7;
            if (prev == "last" || prev == "past") {
                // (a Friday's "last Thursday" is the week before: the day before is
                // "yesterday" or plain "Thursday")
                back = back <= 1 ? back + 7 : back;
                b = i - 1;
            }
            std::size_t e = i + 1;
            if (e < end && (doc.lower(e) == "morning" || doc.lower(e) == "evening" ||
                            doc.lower(e) == "night" || doc.lower(e) == "afternoon")) {
                ++e;
            }
            push(b, e, ref.plus_days(-back), 1, false);
            i = e - 1;
            continue;
        }

        if (w == "yesterday") {
            // ("the day before yesterday": two days back)
            if (i >= begin + 2 && doc.lower(i - 1) == "before" && doc.lower(i - 2) == "day") {
                const std::size_t b = i >= begin + 3 && doc.lower(i - 3) == "the" ? i - 3 : i - 2;
                push(b, i + 1, ref.plus_days(-2), 1, false);
                continue;
            }
            push(i, i + 1, ref.plus_days(-1), 1, false);
            continue;
        }
        if (i > begin && doc.lower(i - 1) == "ago") {
            continue; // "twenty years ago tonight": the time of day of an older date
        }
        if (w == "today" || w == "tonight" ||
            (w == "this" &&
             (word_is(doc, i + 1, end, "morning") || word_is(doc, i + 1, end, "afternoon") ||
              word_is(doc, i + 1, end, "evening")))) {
            push(i, w == "this" ? i + 2 : i + 1, ref, 1, false);
            i += w == "this" ? 1 : 0;
            continue;
        }
        // "overnight Thursday" is Thursday night: the weekday dates it.
        if (w == "overnight" && i + 1 < end && text::weekday_from_word(doc.lower(i + 1)) >= 0) {
            continue;
        }
        if ((w == "last" && word_is(doc, i + 1, end, "night")) || w == "overnight") {
            push(i, w == "last" ? i + 2 : i + 1, ref.plus_days(-1), 1, false);
            i += w == "last" ? 1 : 0;
            continue;
        }

        // "last week", "this week", "earlier this week", "last month", "earlier this month",
        // "last year", "this year".
        // "earlier in the week" is "earlier this week".
        const bool earlier_in =
            w == "earlier" && word_is(doc, i + 1, end, "in") && word_is(doc, i + 2, end, "the") &&
            (word_is(doc, i + 3, end, "week") || word_is(doc, i + 3, end, "month"));
        const bool earlier = (w == "earlier" && word_is(doc, i + 1, end, "this")) || earlier_in;
        const std::size_t unit_at = earlier_in ? i + 3 : earlier ? i + 2 : i + 1;
        if ((w == "last" || w == "this" || w == "past" || earlier) && unit_at < end) {
            const auto unit = doc.lower(unit_at);
            const bool last = w == "last" || w == "past";
            if (unit == "week") {
                const Date monday = week_start(ref);
                if (last) {
                    push(i, unit_at + 1, monday.plus_days(-4), 2, false); // Thursday of last week
                } else {
                    const long span = ref.days_since_epoch() - monday.days_since_epoch();
                    push(i, unit_at + 1, monday.plus_days(span / 2), 2, earlier);
                }
                i = unit_at;
                continue;
            }
            if (unit == "month") {
                if (last) {
                    const int m = ref.month == 1 ? 12 : ref.month - 1;
                    const int y = ref.month == 1 ? ref.year - 1 : ref.year;
                    // "late last month", "early last month"
                    const auto part = i > begin ? doc.lower(i - 1) : text::TokenText();
                    std::size_t b = i;
                    Date d{y, m, 15};
                    if (part == "late" || part == "early" || part == "mid") {
                        d = month_date(y, m, part);
                        b = i - 1;
                    }
                    push(b, unit_at + 1, d, 3, true);
                } else {
                    push(i, unit_at + 1, ref.day < 15 ? ref : Date{ref.year, ref.month, 15}, 3,
                         earlier);
                }
                i = unit_at;
                continue;
            }
            if (unit == "year") {
                if (last) {
                    push(i, unit_at + 1, Date{ref.year - 1, 7, 1}, 3, true);
                }
                i = unit_at;
                continue;
            }
            // "last summer", "this winter": the season's middle month, month precision.
            const int season_month = unit == "spring"                     ? 4
                                     : unit == "summer"                   ? 7
                                     : unit == "autumn" || unit == "fall" ? 10
                                     : unit == "winter"                   ? 1
                                                                          : 0;
            if (season_month != 0 && !earlier) {
                int year = ref.year;
                if (last) {
                    // The latest such season that has ended: this year's if it is over (winter
                    // counts from December), else last year's.
                    const bool over =
                        season_month == 1 ? ref.month >= 3 : ref.month > season_month + 1;
                    year = over ? ref.year : ref.year - 1;
                }
                push(i, unit_at + 1, Date{year, season_month, 15}, 3, last);
                i = unit_at;
                continue;
            }
            if (unit == "weekend") {
                const int back = (ref.weekday() - 5 + 7) % 7; // most recent Saturday
                push(i, unit_at + 1, ref.plus_days(-(back == 0 && last ? 7 : back)), 2, false);
                i = unit_at;
                continue;
            }
        }
        if ((w == "the" || w == "at" || w == "over") && word_is(doc, i + 1, end, "weekend")) {
            const int back = (ref.weekday() - 5 + 7) % 7;
            push(i, i + 2, ref.plus_days(-back), 2, false);
            ++i;
            continue;
        }
        // "recent days", "in recent weeks"
        if (w == "recent" && i + 1 < end) {
            const auto unit = doc.lower(i + 1);
            if (unit == "days") {
                push(i, i + 2, ref.plus_days(-3), 2, false);
                ++i;
                continue;
            }
            if (unit == "weeks") {
                push(i, i + 2, ref.plus_days(-14), 3, true);
                ++i;
                continue;
            }
        }

        // "N days ago", "two weeks ago", "a month ago", "twenty years ago".
        if (!counted_back) {
            continue;
        }
        int n = small_number_word(w);
        std::size_t unit_pos = i + 1;
        if (n < 0) {
            if (const auto q = parse_quantity(doc, i, end); q && !q->vague && q->value < 200) {
                n = static_cast<int>(q->value);
                unit_pos = q->end;
            }
        }
        // "five years since the militants overran Sinjar": N units before the report.
        // So is "five years after the city was retaken" (years and months: an anniversary told
        // from today; "two days after the attack" dates something else by the attack).
        const bool long_unit =
            unit_pos < end && (doc.lower(unit_pos) == "years" || doc.lower(unit_pos) == "year" ||
                               doc.lower(unit_pos) == "months" || doc.lower(unit_pos) == "month");
        const bool since_after = n > 0 && unit_pos + 1 < end &&
                                 (doc.lower(unit_pos + 1) == "since" ||
                                  (long_unit && doc.lower(unit_pos + 1) == "after"));
        // "two weeks before this report", "a month before the report was published": counted
        // back from the report, as "ago".
        const bool before_report =
            n > 0 && unit_pos + 3 < end && doc.lower(unit_pos + 1) == "before" &&
            (doc.lower(unit_pos + 2) == "this" || doc.lower(unit_pos + 2) == "the") &&
            (doc.lower(unit_pos + 3) == "report" || doc.lower(unit_pos + 3) == "statement" ||
             doc.lower(unit_pos + 3) == "publication");
        // "three days after an explosion at the airport, ...": a span back from the report to
        // an event told with an indefinite article (a few days at most).
        if (n > 1 && n <= 14 && unit_pos + 2 < end &&
            (doc.lower(unit_pos) == "days" || doc.lower(unit_pos) == "day") &&
            doc.lower(unit_pos + 1) == "after" &&
            (doc.lower(unit_pos + 2) == "a" || doc.lower(unit_pos + 2) == "an")) {
            const std::size_t before = out.size();
            push(i, unit_pos + 2, ref.plus_days(-n), 1, false);
            if (out.size() > before) {
                out.back().days_after = true;
                out.back().since = true; // (no day for anything else told around it)
            }
            i = unit_pos + 1;
            continue;
        }
        if (n > 0 && unit_pos + 1 < end &&
            (doc.lower(unit_pos + 1) == "ago" || since_after || before_report)) {
            const auto unit = doc.lower(unit_pos);
            const std::size_t e = before_report ? unit_pos + 4 : unit_pos + 2;
            // "Fifteen years ago today", "twenty years ago tonight": the same day, years or
            // months back (a day that month lacks, 29 February, is its last, to the week).
            const bool to_the_day =
                !since_after && !before_report && e < end &&
                (unit == "month" || unit == "months" || unit == "year" || unit == "years") &&
                (doc.lower(e) == "today" || doc.lower(e) == "tonight");
            const std::size_t span_end = to_the_day ? e + 1 : e;
            const auto same_day = [&](int y, int m) {
                const int last = Date::days_in_month(y, m);
                push(i, span_end, Date{y, m, std::min(ref.day, last)}, ref.day > last ? 2 : 1,
                     true);
            };
            // ("two nights ago": the night of the day two days back)
            if (unit == "day" || unit == "days" || unit == "night" || unit == "nights") {
                push(i, e, ref.plus_days(-n), w == "few" || w == "several" ? 2 : 1, n > 7);
            } else if (unit == "week" || unit == "weeks") {
                push(i, e, ref.plus_days(-7L * n), 2, true);
            } else if (unit == "month" || unit == "months") {
                int m = ref.month - n, y = ref.year;
                while (m < 1) {
                    m += 12;
                    --y;
                }
                if (to_the_day) {
                    same_day(y, m);
                } else {
                    push(i, e, Date{y, m, 15}, 3, true);
                }
            } else if (unit == "year" || unit == "years") {
                if (to_the_day) {
                    same_day(ref.year - n, ref.month);
                } else {
                    const std::size_t before = out.size();
                    push(i, e, Date{ref.year - n, ref.month, std::min(ref.day, 28)}, 3, true);
                    if (out.size() > before) {
                        out.back().anniversary = since_after;
                    }
                }
            }
            i = span_end - 1;
            continue;
        }
    }
    // "between the start of the offensive in late May and 26 June 2016", "from 2 to 5 March
    // 2019": a day or month told without its year before one with a year that closes the span
    // is in that year.
    for (std::size_t a = 0; a + 1 < out.size(); ++a) {
        auto& x = out[a];
        const auto& y = out[a + 1];
        // (a span's two ends side by side, "late May and 26 June 2016", "2 March to 5 March
        // 2015": not a weekday, nor "the deadliest attack to hit the city since 3 August
        // 2014", nor two events' days, "on Monday and another ... on 12 January 2024")
        if (x.year_only || x.since || y.year_only || y.since || writes_year(doc, x) ||
            !writes_year(doc, y) || y.begin != x.end + 1) {
            continue;
        }
        bool month = false;
        for (std::size_t k = x.begin; k < x.end; ++k) {
            month = month || (text::month_from_word(doc.lower(k)) != 0 &&
                              text::weekday_from_word(doc.lower(k)) < 0);
        }
        const auto w = doc.lower(x.end);
        const bool joined = month && (w == "and" || w == "to" || w == "until" || w == "till" ||
                                      w == "through" || w == "-" || w == "\u2013");
        // (a span across the new year opens in the year before: "from 20 December to 3
        // January 2016")
        const int year = x.date.month <= y.date.month ? y.date.year : y.date.year - 1;
        const Date moved{year, x.date.month,
                         std::min(x.date.day, Date::days_in_month(year, x.date.month))};
        if (joined && moved <= y.date) {
            x.date = moved;
        }
    }
    return out;
}

} // namespace conflictmap::events
