#include "events/date_expressions.hpp"

#include <doctest/doctest.h>

using namespace conflictmap;
using namespace conflictmap::events;

namespace {
std::vector<DateMention> dates(const std::string& text, std::optional<Date> ref) {
    const text::Document d(text);
    return find_dates(d, 0, d.tokens().size(), ref);
}
DateMention one(const std::string& text, Date ref) {
    const auto ds = dates(text, ref);
    REQUIRE(ds.size() == 1);
    return ds.front();
}
} // namespace

TEST_CASE("weekdays resolve to the most recent such day on or before the report") {
    const Date sat{2019, 12, 28};
    CHECK(one("Rockets fell on Friday evening.", sat).date == Date{2019, 12, 27});
    CHECK(one("Rockets fell on Friday evening.", sat).precision == 1);
    const Date thu{2020, 3, 12};
    CHECK(one("Wednesday\u2019s attack was deadly.", thu).date == Date{2020, 3, 11});
    CHECK(one("in Sunday's operation", thu).date == Date{2020, 3, 8});
    CHECK(one("It happened on Thursday.", thu).date == thu);
    CHECK(one("It happened last Thursday.", thu).date == Date{2020, 3, 5});
    CHECK(one("It happened last Wednesday.", thu).date == Date{2020, 3, 4});
    CHECK(one("It happened last Tuesday.", thu).date == Date{2020, 3, 10});
    CHECK(dates("They meet next Friday.", thu).empty());
}

TEST_CASE("absolute dates, with and without a year") {
    const Date ref{2020, 3, 12};
    CHECK(one("at Dover on March 11, 2020 in Delaware", ref).date == Date{2020, 3, 11});
    CHECK(one("on 11 March the base was hit", ref).date == Date{2020, 3, 11});
    CHECK(one("on December 29 the strikes began", ref).date == Date{2019, 12, 29});
    CHECK(one("on 2021-06-27 jets struck", ref).date == Date{2021, 6, 27});
    CHECK(one("on the 3rd of January", ref).date == Date{2020, 1, 3});
    CHECK(dates("on December 29 the strikes began", std::nullopt).empty());
    CHECK(one("on December 29, 2019", Date{2030, 1, 1}).date == Date{2019, 12, 29});
}

TEST_CASE("months alone give month precision, early/late pick the first/last day") {
    const Date ref{2020, 3, 12};
    const auto late = one("The last fatality was in late December.", ref);
    CHECK(late.date == Date{2019, 12, 31});
    CHECK(late.precision == 3);
    CHECK(late.past_cue);
    CHECK(one("as was shown in January", ref).date == Date{2020, 1, 15});
    const auto since = one("protests since early October", Date{2019, 12, 28});
    CHECK(since.date == Date{2019, 10, 1});
    CHECK(since.since);
    CHECK(one("in December 2019", ref).date == Date{2019, 12, 15});
    CHECK(dates("Militants may attack.", ref).empty());
    CHECK(one("in May the dam was seized", ref).date == Date{2019, 5, 15});
}

TEST_CASE("relative expressions") {
    const Date ref{2019, 12, 28}; // a Saturday
    const auto month = one("earlier this month Pompeo accused", ref);
    CHECK(month.date == Date{2019, 12, 15});
    CHECK(month.precision == 3);
    CHECK(month.past_cue);
    const auto week = one("an IED struck his vehicle last week", ref);
    CHECK(week.date == Date{2019, 12, 19});
    CHECK(week.precision == 2);
    CHECK(one("yesterday", ref).date == Date{2019, 12, 27});
    CHECK(one("fighting overnight", ref).date == Date{2019, 12, 27});
    const auto ago = one("lost its last foothold two years ago", ref);
    CHECK(ago.date.year == 2017);
    CHECK(ago.precision == 3);
    CHECK(one("three days ago", ref).date == Date{2019, 12, 25});
    // Monday 23 to Saturday 28: the middle of the week so far, within a week.
    const auto earlier_week = one("Earlier in the week, a bomb struck a patrol", ref);
    CHECK(earlier_week.date == Date{2019, 12, 25});
    CHECK(earlier_week.precision == 2);
    CHECK(earlier_week.past_cue);
    CHECK(one("earlier in the month", ref).date == Date{2019, 12, 15});
    // Seasons: the middle month; "last summer" in December is this year's.
    const auto summer = one("protests erupted last summer", ref);
    CHECK(summer.date == Date{2019, 7, 15});
    CHECK(summer.precision == 3);
    CHECK(summer.past_cue);
    CHECK(one("protests erupted last summer", Date{2022, 7, 1}).date == Date{2021, 7, 15});
    CHECK(one("fighting last winter", Date{2022, 7, 1}).date == Date{2022, 1, 15});
    // Years or months after an event, told from today: that many before the report.
    const auto anniversary = one("Five years after the city was retaken", ref);
    CHECK(anniversary.date.year == 2014);
    CHECK(anniversary.date.month == 12);
    CHECK(anniversary.precision == 3);
    CHECK(anniversary.past_cue);
    CHECK(dates("Two days after the attack police arrested him", ref).empty());
}

TEST_CASE("numeric dates day first unless only the other reading fits, and 'overnight Thursday'") {
    const Date ref{2020, 3, 14}; // a Saturday
    CHECK(one("rockets hit the base on 12/03/2020", ref).date == Date{2020, 3, 12});
    CHECK(one("rockets hit the base on 03/13/2020", ref).date == Date{2020, 3, 13});
    // 03/12 read day first (3 December) would lie after the report: 12 March.
    CHECK(one("rockets hit the base on 03/12/2020", ref).date == Date{2020, 3, 12});
    CHECK(one("rockets hit the base overnight Thursday", ref).date == Date{2020, 3, 12});
    CHECK(one("rockets hit the base overnight", ref).date == Date{2020, 3, 13});
}

TEST_CASE("impossible dates are ignored") {
    CHECK(dates("on February 30, 2020", Date{2020, 3, 1}).empty());
    CHECK(dates("on March 3, 1850", Date{2020, 3, 1}).empty());
}

TEST_CASE("a year alone dates an event to that year, only where it reads as a date") {
    const Date ref{2020, 5, 20};
    const auto bombing = one("sentenced for a 2017 bombing in the city", ref);
    CHECK(bombing.date == Date{2017, 7, 1});
    CHECK(bombing.precision == 3);
    CHECK(bombing.year_only);
    CHECK(bombing.past_cue);
    CHECK(one("the town fell in 2014", ref).date.year == 2014);
    CHECK(one("protests that have gone on since 2019", ref).since);
    // A count of people is no year; a year after a month is part of that date.
    CHECK(dates("in 2000 people were displaced", ref).empty());
    const auto march = one("in March 2018 the square was hit", ref);
    CHECK(march.date == Date{2018, 3, 15});
    CHECK_FALSE(march.year_only);
}

TEST_CASE("days spelled out in words, as transcripts write them") {
    const Date ref{2024, 2, 10};
    CHECK(one("the line was crossed on twenty-eight January", ref).date == Date{2024, 1, 28});
    CHECK(one("on the second of February", ref).date == Date{2024, 2, 2});
    CHECK(one("on the thirty-first of January", ref).date == Date{2024, 1, 31});
    // A count before a month is no day.
    CHECK(one("Two March protests turned violent.", ref).precision == 3);
}

TEST_CASE("'two weeks before this report' counts back from the report, as 'ago'") {
    const auto d =
        one("Two weeks before this report, an activist was abducted.", Date{2020, 10, 20});
    CHECK(d.date == Date{2020, 10, 6});
    CHECK(d.precision == 2);
}

TEST_CASE("a two-digit day and month without a year: the report's year, day first") {
    const Date ref{2024, 7, 15};
    CHECK(one("08/07 - Qarachogh mountain: IS attack on an army post", ref).date ==
          Date{2024, 7, 8});
    // (month first only when day first is impossible, "07/13", or far back; a day after the
    // report falls in the year before: "20/12" told in July)
    CHECK(one("07/13 - a drone strike near Sinuni", ref).date == Date{2024, 7, 13});
    CHECK(one("20/12 - rockets on the airport", ref).date == Date{2023, 12, 20});
    CHECK(dates("open 24/7 and 3/4 of the staff", ref).empty());
}

TEST_CASE("a date written with full stops is day first, month first only when it must be") {
    const Date ref{2022, 6, 30};
    CHECK(one("22.06.2022 - a drone struck", ref).date == Date{2022, 6, 22});
    CHECK(one("on 3.1.2020 a convoy was hit", ref).date == Date{2020, 1, 3});
    CHECK(one("on 12.30.2019 rockets fell", ref).date == Date{2019, 12, 30});
    CHECK(one("22.06.2022 - a drone struck", ref).precision == 1);
    // (Numbers that are no such date: a decimal, a figure with thousands points, a day after
    // the report.)
    CHECK(dates("a 3.5 magnitude tremor", ref).empty());
    CHECK(dates("1.250.000 people", ref).empty());
    CHECK(dates("on 29.07.2022 a drone", ref).empty());
}

TEST_CASE("fixed feasts: New Year's Eve, Christmas Day, Nowruz") {
    const Date ref{2020, 1, 10};
    CHECK(one("supporters stormed the compound on New Year's Eve", ref).date == Date{2019, 12, 31});
    CHECK(one("on New Year's Day the streets were calm", ref).date == Date{2020, 1, 1});
    CHECK(one("a bomb on Christmas Day 2017", ref).date == Date{2017, 12, 25});
    CHECK(one("crowds gathered at Nowruz", Date{2021, 4, 2}).date == Date{2021, 3, 21});
    CHECK(dates("a new year of violence", ref).empty());
}

TEST_CASE("Hijri dates and the feasts of the Hijri year are read on the tabular calendar") {
    CHECK(one("on 15 Ramadan 1441", Date{2023, 7, 25}).date == Date{2020, 5, 8});
    CHECK(one("on 2 Muharram 1445 AH", Date{2023, 7, 25}).date == Date{2023, 7, 20});
    // (no year: the last such day on or before the report)
    CHECK(one("on the 27th of Ramadan", Date{2023, 7, 25}).date == Date{2023, 4, 18});
    CHECK(one("on the evening of 9 Dhu al-Hijja", Date{2021, 7, 23}).date == Date{2021, 7, 19});
    CHECK(one("in Rabi al-Awwal: on 12 Rabi al-Awwal 1443", Date{2022, 1, 1}).date ==
          Date{2021, 10, 19});
    CHECK(one("on the first day of Eid", Date{2021, 7, 23}).date == Date{2021, 7, 20});
    CHECK(one("on the third day of Eid al-Adha", Date{2021, 7, 23}).date == Date{2021, 7, 22});
    CHECK(one("on the eve of Eid al-Fitr", Date{2020, 6, 1}).date == Date{2020, 5, 23});
    // (a feast still to come this year is last year's)
    CHECK(one("during Eid al-Adha", Date{2021, 7, 1}).date == Date{2020, 7, 31});
}

TEST_CASE("an ordinal day before the month") {
    CHECK(one("on 4th October", Date{2020, 10, 6}).date == Date{2020, 10, 4});
    CHECK(one("on 21st March 2019", Date{2020, 10, 6}).date == Date{2019, 3, 21});
}

TEST_CASE("a span of days is dated by its first") {
    for (const char* text : {"On 2-3 September 2023, protesters clashed.",
                             "On 2 and 3 September 2023, protesters clashed.",
                             "Between 2 and 3 September 2023, protesters clashed."}) {
        const conflictmap::text::Document d(text);
        const auto dates = find_dates(d, 0, d.tokens().size(), Date{2024, 1, 10});
        REQUIRE_FALSE(dates.empty());
        CHECK(dates.front().date == Date{2023, 9, 2});
        CHECK(dates.front().precision == 1);
    }
    // (A single day stays itself.)
    const conflictmap::text::Document one("On 13 September 2023, protesters clashed.");
    const auto dates = find_dates(one, 0, one.tokens().size(), Date{2024, 1, 10});
    REQUIRE_FALSE(dates.empty());
    CHECK(dates.front().date == Date{2023, 9, 13});
}

TEST_CASE("a military date-time group gives its day") {
    const Date ref{2018, 7, 8};
    CHECK(one("020930CJUL18 | IED strike on a convoy.", ref).date == Date{2018, 7, 2});
    CHECK(one("T (Time): 142215CMAY21.", ref).date == Date{2021, 5, 14});
    CHECK(one("At 261000ZAUG2017 the flag was raised.", ref).date == Date{2017, 8, 26});
    // (Not a group: no zone letter, a month that is none, a day that does not exist.)
    CHECK(dates("Batch 020930 CJUL18 arrived.", ref).empty());
    CHECK(dates("Code 020930CXYZ18 only.", ref).empty());
    CHECK(dates("Code 320930CJUL18 only.", ref).empty());
}

TEST_CASE("'Mar' before a name is a saint's title, not March") {
    const Date ref{2017, 6, 25};
    CHECK(dates("the monastery of Mar Behnam was blown up", ref).empty());
    CHECK(one("the shrine of Mar Behnam was blown up in March 2015", ref).date.year == 2015);
    CHECK(one("It reopened on 3 Mar 2019.", ref).date == Date{2019, 3, 3});
}

TEST_CASE("a weekday before an ordinal day and month is that day and the month may come first") {
    const Date ref{2012, 3, 21};
    CHECK(one("On Thursday the 5th of January he was on duty.", ref).date == Date{2012, 1, 5});
    CHECK(one("On Thursday, the 5th of January, he was on duty.", ref).date == Date{2012, 1, 5});
    CHECK(one("On January the 5th he was on duty.", ref).date == Date{2012, 1, 5});
    CHECK(one("In January the 3 men were on duty.", ref).precision == 3);
}

TEST_CASE("a weekday before an ordinal day without a month is the last such weekday and day") {
    const Date ref{2018, 7, 24}; // a Tuesday
    CHECK(one("On Sunday the 15th a crowd broke into the camp.", ref).date == Date{2018, 7, 15});
    CHECK(one("On Tuesday, the 3rd, the field was hit.", ref).date == Date{2018, 7, 3});
    // (no Wednesday of the last weeks was a 31st: the year's last one, in January)
    CHECK(one("On Wednesday the 31st the field was hit.", ref).date == Date{2018, 1, 31});
    // A day of another calendar's month is not a Gregorian day of this one.
    for (const auto& d : dates("On Monday, the 15th of Ramadan, they met.", Date{2019, 5, 23})) {
        CHECK(d.date != Date{2019, 4, 15});
    }
    // "Sunday 15 people were killed": a count, not a day.
    CHECK(one("On Sunday 15 people were killed.", ref).date == Date{2018, 7, 22});
}

TEST_CASE("a military record's day with an abbreviated month and a two-digit year") {
    const Date ref{2008, 3, 14};
    CHECK(one("At 1510 hrs on 20 Apr 04 mortar rounds impacted.", ref).date == Date{2004, 4, 20});
    CHECK(one("Compare the attack of 16 AUG 03, in which six died.", ref).date ==
          Date{2003, 8, 16});
    // (the century that puts the day not after the report)
    CHECK(one("Logged 2 Feb 98 by the desk.", ref).date == Date{1998, 2, 2});
    // a count after the day, or an hour, is no year
    CHECK(one("On 20 Apr 15 people were killed.", ref).date == Date{2007, 4, 20});
    CHECK(one("Posted 11 Mar 19:42", ref).date == Date{2008, 3, 11});
    // (a full month's name is read as before: "20 June 14 Iraqi soldiers")
    CHECK(one("On 20 June 14 Iraqi soldiers died.", ref).date == Date{2007, 6, 20});
}

TEST_CASE("a day or month without a year opening a span takes the year that closes it") {
    const Date ref{2017, 9, 1};
    const auto span = dates("the month between late May and 26 June 2016", ref);
    REQUIRE(span.size() == 2);
    CHECK(span[0].date.year == 2016);
    CHECK(span[0].date.month == 5);
    const auto days = dates("from 2 March to 5 March 2015", ref);
    REQUIRE(days.size() == 2);
    CHECK(days[0].date == Date{2015, 3, 2});
    // (a span across the new year opens in the year before)
    const auto across = dates("from 20 December to 3 January 2016", ref);
    REQUIRE(across.size() == 2);
    CHECK(across[0].date == Date{2015, 12, 20});
}

TEST_CASE("a weekday said to be tomorrow is no past day") {
    const Date thu{2021, 1, 21};
    CHECK(dates("declared tomorrow, Friday, a day of national mourning", thu).empty());
    CHECK(dates("the funerals are tomorrow Friday", thu).empty());
    // (this morning is the report's day)
    const auto ds = dates("declared tomorrow, Friday, a day of mourning for the victims of the "
                          "bombings this morning",
                          thu);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].date == thu);
}

TEST_CASE("the first day of a period declared is no event's day") {
    const Date thu{2023, 10, 5};
    CHECK(
        dates("declares official mourning for three days, starting on Friday, for the victims", thu)
            .empty());
    CHECK(dates("a curfew will be imposed beginning Saturday", thu).empty());
    // (fighting that began on a day did)
    CHECK(one("clashes starting on Monday killed five", thu).date == Date{2023, 10, 2});
}

TEST_CASE("the day before yesterday, nights ago and the morning of a day of the month") {
    const Date fri{2022, 9, 16};
    CHECK(one("A bomb went off in Zubair the day before yesterday.", fri).date ==
          Date{2022, 9, 14});
    CHECK(one("Two nights ago gunmen threw a grenade at a shop.", fri).date == Date{2022, 9, 14});
    CHECK(one("A bomb exploded on the morning of the 14th, wounding three.", fri).date ==
          Date{2022, 9, 14});
    CHECK(one("A rocket hit a house on the evening of the 30th, wounding two.", fri).date ==
          Date{2022, 8, 30});
    CHECK(one("A mortar round hit a house in Khanaqin on the 15th", fri).date == Date{2022, 9, 15});
    CHECK(one("A bomb went off yesterday.", fri).date == Date{2022, 9, 15});
}
