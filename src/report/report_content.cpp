#include "report/report_content.hpp"

#include "report/number_format.hpp"

namespace conflictmap::report {

std::string date_range_text(const ReportFigures& figures) {
    if (!figures.first_date || !figures.last_date) {
        return "no dated events";
    }
    if (*figures.first_date == *figures.last_date) {
        return figures.first_date->iso();
    }
    return figures.first_date->iso() + " to " + figures.last_date->iso();
}

std::string window_text(const DateWindow& window) {
    if (window.from && window.to) {
        return "events dated " + window.from->iso() + " to " + window.to->iso();
    }
    if (window.from) {
        return "events dated " + window.from->iso() + " or later";
    }
    if (window.to) {
        return "events dated " + window.to->iso() + " or earlier";
    }
    return {};
}

namespace {
std::string plural(std::uint64_t n, const char* one, const char* many) {
    return format_count(n) + " " + (n == 1 ? one : many);
}
} // namespace

std::vector<KeyFigure> key_figures(const ReportContent& c) {
    const ReportFigures& f = c.figures;
    std::vector<KeyFigure> out;
    out.push_back({"Events", format_count(f.events),
                   f.events == 0 ? std::string() : format_count(f.located) + " located"});
    out.push_back({"Fatalities", format_count(f.fatalities),
                   f.events == 0 ? std::string() : "lowest reported figures"});
    out.push_back({"Injuries", format_count(f.injuries), std::string()});
    out.push_back({"Articles", format_count(f.articles),
                   c.stats.articles_read != 0
                       ? "reporting events, of " + format_count(c.stats.articles_read) + " read"
                       : "reporting events"});
    if (f.first_date && f.last_date) {
        const auto days = static_cast<std::uint64_t>(f.last_date->days_since_epoch() -
                                                     f.first_date->days_since_epoch() + 1);
        out.push_back({"Period", plural(days, "day", "days"), date_range_text(f)});
    } else {
        out.push_back({"Period", "\u2014", "no dated events"});
    }
    if (f.disputed_share) {
        out.push_back({"In disputed territories", format_percent(*f.disputed_share),
                       format_count(f.disputed_events) + " of " + format_count(f.located) +
                           " located events"});
    } else {
        out.push_back({"In disputed territories", "\u2014", "no located events"});
    }
    return out;
}

std::vector<std::string> coverage_notes(const ReportContent& c) {
    const ReportFigures& f = c.figures;
    const SelectionCounts& s = c.selection.counts;
    std::vector<std::string> notes;
    if (c.window.bounded()) {
        notes.push_back("This report covers " + window_text(c.window) + ".");
    }
    if (f.events == 0) {
        notes.push_back(s.input == 0 ? "The inputs hold no events."
                                     : "No event in the inputs falls within this report.");
    }
    if (s.outside_window != 0) {
        notes.push_back(plural(s.outside_window, "event", "events") + " dated outside the window " +
                        (s.outside_window == 1 ? "was" : "were") + " left out.");
    }
    if (s.undated_excluded != 0) {
        notes.push_back(plural(s.undated_excluded, "undated event was", "undated events were") +
                        " left out because a date window is set.");
    }
    if (s.background_excluded != 0) {
        notes.push_back(plural(s.background_excluded, "reference", "references") +
                        " to earlier events (background) " +
                        (s.background_excluded == 1 ? "was" : "were") +
                        " left out so that no event is counted twice.");
    }
    if (f.undated != 0) {
        notes.push_back(plural(f.undated, "event has", "events have") +
                        " no date: listed last, not in the timeline.");
    }
    if (f.located != f.events) {
        notes.push_back(plural(f.events - f.located, "event has", "events have") +
                        " no coordinates: counted, not mapped.");
    }
    if (c.stats.events_skipped != 0) {
        notes.push_back(
            plural(c.stats.events_skipped, "malformed event record", "malformed event records") +
            " in the inputs " + (c.stats.events_skipped == 1 ? "was" : "were") + " skipped.");
    }
    if (c.stats.articles_skipped != 0) {
        notes.push_back(
            plural(c.stats.articles_skipped, "unreadable article", "unreadable articles") + " " +
            (c.stats.articles_skipped == 1 ? "was" : "were") + " skipped.");
    }
    return notes;
}

std::string table_cap_note(const ReportContent& c) {
    const std::size_t n = c.selection.events.size();
    if (n <= c.max_table_rows) {
        return {};
    }
    return "Showing the first " + format_count(c.max_table_rows) + " of " + format_count(n) +
           " events in date order; events.csv lists them all.";
}

} // namespace conflictmap::report
