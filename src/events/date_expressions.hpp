// Dates as news text writes them, resolved against the article's reference date (its
// publication date or --date): absolute ("March 11, 2020", "11 March", "2020-03-11"), weekdays
// ("on Friday evening", "Wednesday's attack"), relative ("yesterday", "last week", "earlier this
// month", "two years ago") and months ("late December", "in January"). Precision follows ACLED:
// 1 exact day, 2 within a week (midpoint), 3 only the month (mid-month; first/last day for
// "early"/"late").
#pragma once

#include "core/date.hpp"
#include "text/segmenter.hpp"

#include <optional>
#include <vector>

namespace conflictmap::events {

struct DateMention {
    std::size_t begin = 0; ///< token range of the expression
    std::size_t end = 0;
    Date date;
    int precision = 1;
    /// The expression itself says the time is past relative to the report ("last year",
    /// "earlier this month", "two years ago", a month before the report's month).
    bool past_cue = false;
    /// "since October": the start of something ongoing, not the date of one event.
    bool since = false;
    /// "in 2017", "a 2014 bombing": a year and nothing finer.
    bool year_only = false;
    /// "nine years after the assault on Sinjar", "five years since the militants overran it":
    /// an anniversary counted back from the report, a rough date for the event it names.
    bool anniversary = false;
    /// "three days after an explosion at the airport": the event named is that many days before
    /// the report (or the day the sentence tells); dates only the event it introduces (and is
    /// marked `since` for every other use).
    bool days_after = false;
};

/// The year a token writes ("2017": four digits, 1900-2100), -1 when it is none.
int year_number(const text::Document& d, std::size_t i);

/// The expression writes its year ("26 June 2016", "March 2020"; not "late May", "Monday").
bool writes_year(const text::Document& d, const DateMention& m);

/// Date expressions in tokens [begin, end). Relative expressions need a reference date; without
/// one only absolute dates with a year are found. Dates outside 1900-2100 are ignored.
std::vector<DateMention> find_dates(const text::Document& doc, std::size_t begin, std::size_t end,
                                    std::optional<Date> reference);

} // namespace conflictmap::events
