#include "report/markdown_report.hpp"

#include "report/markup_text.hpp"
#include "report/number_format.hpp"

#include <algorithm>

namespace conflictmap::report {

namespace {

constexpr std::size_t kTopActors = 20;
constexpr std::size_t kTopPlaces = 20;

std::string md(std::string_view s) {
    return markdown_escape(s);
}

/// A GFM table: header cells (a trailing ':' in a name right-aligns that column) and rows of
/// already-escaped cells.
std::string table(const std::vector<std::string>& header,
                  const std::vector<std::vector<std::string>>& rows) {
    std::string out = "|";
    std::string rule = "|";
    for (const auto& h : header) {
        const bool right = !h.empty() && h.back() == ':';
        out += " " + (right ? h.substr(0, h.size() - 1) : h) + " |";
        rule += right ? " ---: |" : " --- |";
    }
    out += "\n" + rule + "\n";
    for (const auto& row : rows) {
        out += "|";
        for (const auto& cell : row) {
            out += " " + cell + " |";
        }
        out += "\n";
    }
    return out;
}

std::string governorate_name(const std::string& name) {
    return name.empty() ? std::string("Not known") : name;
}

} // namespace

std::string render_markdown(const ReportContent& c) {
    const ReportFigures& f = c.figures;
    std::string out = "# " + md(c.title) + "\n\n";
    out += (f.events == 0 ? std::string("No events")
                          : format_count(f.events) + (f.events == 1 ? " event, " : " events, ") +
                                date_range_text(f)) +
           (c.window.bounded() ? " \u00B7 " + window_text(c.window) : std::string()) + "\n\n";

    out += "## Summary\n\n";
    if (f.events == 0) {
        out += "**No events to report.**\n\n";
    }
    {
        std::vector<std::vector<std::string>> rows;
        for (const auto& k : key_figures(c)) {
            rows.push_back({md(k.label), md(k.value), md(k.detail)});
        }
        out += table({"Figure", "Value:", "Detail"}, rows) + "\n";
    }
    for (const auto& n : coverage_notes(c)) {
        out += "- " + md(n) + "\n";
    }
    out += coverage_notes(c).empty() ? "" : "\n";

    out += "## Map\n\n![Map of the events](map.svg)\n\n";

    out += "## Timeline\n\n";
    if (f.timeline.bins.empty()) {
        out += "No dated events.\n\n";
    } else {
        const char* period = f.timeline.unit == TimelineUnit::week    ? "Week starting"
                             : f.timeline.unit == TimelineUnit::month ? "Month"
                                                                      : "Day";
        std::vector<std::string> header{period, "Events:"};
        for (const auto& t : f.timeline.types) {
            header.push_back(md(t) + ":");
        }
        std::vector<std::vector<std::string>> rows;
        for (const auto& b : f.timeline.bins) {
            if (b.events == 0) {
                continue; // a table of empty rows helps no reader; the chart shows the gaps
            }
            std::vector<std::string> row{
                f.timeline.unit == TimelineUnit::month ? b.start.iso().substr(0, 7) : b.start.iso(),
                format_count(b.events)};
            for (const auto n : b.events_by_type) {
                row.push_back(format_count(n));
            }
            rows.push_back(std::move(row));
        }
        out += table(header, rows) + "\n" +
               (f.timeline.unit == TimelineUnit::day    ? "Days"
                : f.timeline.unit == TimelineUnit::week ? "Weeks"
                                                        : "Months") +
               std::string(" without events are left out of this table.\n\n");
    }

    out += "## Events by type\n\n";
    {
        std::vector<std::vector<std::string>> rows;
        for (const auto& t : f.event_types) {
            if (t.total.events == 0) {
                continue;
            }
            std::string subs;
            for (const auto& s : t.sub_event_types) {
                subs += (subs.empty() ? "" : "; ") +
                        md(s.name.empty() ? std::string("(none given)") : s.name) + " " +
                        format_count(s.events);
            }
            rows.push_back({md(t.total.name), format_count(t.total.events),
                            format_share(t.total.events, f.events),
                            format_count(t.total.fatalities), format_count(t.total.injuries),
                            format_count(t.total.disputed_events), subs});
        }
        out += rows.empty() ? "None.\n\n"
                            : table({"Type", "Events:", "Share:", "Killed:", "Injured:",
                                     "In disputed territories:", "Sub-types"},
                                    rows) +
                                  "\n";
    }

    out += "## By governorate\n\n";
    {
        std::vector<std::vector<std::string>> rows;
        for (const auto& g : f.governorates) {
            rows.push_back({md(governorate_name(g.name)), format_count(g.events),
                            format_share(g.events, f.events), format_count(g.fatalities),
                            format_count(g.injuries), format_count(g.disputed_events)});
        }
        out += rows.empty()
                   ? "None.\n\n"
                   : table({"Governorate", "Events:", "Share:", "Killed:", "Injured:", "Disputed:"},
                           rows) +
                         "\n";
    }

    out += "## Disputed territories\n\n";
    if (f.events == 0) {
        out += "None.\n\n";
    } else {
        const std::uint64_t elsewhere = f.located - f.disputed_events;
        std::vector<std::vector<std::string>> rows{
            {"In the disputed territories", format_count(f.disputed_events),
             format_share(f.disputed_events, f.located), format_count(f.disputed_fatalities)},
            {"Elsewhere", format_count(elsewhere), format_share(elsewhere, f.located),
             format_count([&] {
                 std::int64_t n = 0;
                 for (const auto& e : c.selection.events) {
                     n += (e.latitude && e.longitude && !e.disputed) ? e.fatalities : 0;
                 }
                 return n;
             }())}};
        if (f.events != f.located) {
            std::int64_t n = 0;
            for (const auto& e : c.selection.events) {
                n += (e.latitude && e.longitude) ? 0 : e.fatalities;
            }
            rows.push_back(
                {"Not located", format_count(f.events - f.located), "", format_count(n)});
        }
        out += table({"Where", "Events:", "Share of located:", "Killed:"}, rows) + "\n";
        if (!f.disputed_areas.empty()) {
            std::vector<std::vector<std::string>> areas;
            for (const auto& a : f.disputed_areas) {
                areas.push_back({md(a.name.empty() ? std::string("(area not named)") : a.name),
                                 format_count(a.events), format_count(a.fatalities),
                                 format_count(a.injuries)});
            }
            out += table({"Disputed area", "Events:", "Killed:", "Injured:"}, areas) + "\n";
        }
    }

    out += "## By actor\n\n";
    {
        std::vector<std::vector<std::string>> rows;
        for (std::size_t i = 0; i < f.actors.size() && i < kTopActors; ++i) {
            const auto& a = f.actors[i];
            rows.push_back({md(a.actor), format_count(a.events), format_count(a.as_actor1),
                            format_count(a.as_actor2), format_count(a.fatalities)});
        }
        out +=
            rows.empty()
                ? "None.\n\n"
                : table({"Actor", "Events:", "As actor 1:", "As actor 2:", "Killed:"}, rows) + "\n";
        if (f.actors.size() > kTopActors) {
            out += "The " + format_count(kTopActors) + " most active of " +
                   format_count(f.actors.size()) + " actors.\n\n";
        }
    }

    out += "## Top places\n\n";
    {
        std::vector<std::vector<std::string>> rows;
        for (std::size_t i = 0; i < f.places.size() && i < kTopPlaces; ++i) {
            const auto& p = f.places[i];
            rows.push_back({md(p.location), md(governorate_name(p.admin1)), format_count(p.events),
                            format_count(p.fatalities), format_count(p.injuries),
                            p.disputed ? "yes" : ""});
        }
        out += rows.empty()
                   ? "None.\n\n"
                   : table({"Place", "Governorate", "Events:", "Killed:", "Injured:", "Disputed"},
                           rows) +
                         "\n";
    }

    out += "## Events\n\n";
    const auto& events = c.selection.events;
    if (events.empty()) {
        out += "None.\n";
    } else {
        const std::string cap = table_cap_note(c);
        if (!cap.empty()) {
            out += md(cap) + "\n\n";
        }
        std::vector<std::vector<std::string>> rows;
        const std::size_t n = std::min(events.size(), c.max_table_rows);
        for (std::size_t i = 0; i < n; ++i) {
            const EventRecord& e = events[i];
            std::string type = md(e.event_type);
            if (!e.sub_event_type.empty()) {
                type += " (" + md(e.sub_event_type) + ")";
            }
            std::string place = e.location.empty() ? std::string("not located") : md(e.location);
            if (!e.admin1.empty()) {
                place += ", " + md(e.admin1);
            }
            if (e.disputed) {
                place += " (disputed" + (e.disputed_area ? ": " + md(*e.disputed_area) : "") + ")";
            }
            std::string actors = md(e.actor1);
            if (!e.actor2.empty()) {
                actors += " vs. " + md(e.actor2);
            }
            rows.push_back({e.event_date ? e.event_date->iso() : std::string("undated"), type,
                            place, actors, format_count(e.fatalities), format_count(e.injuries),
                            md(e.notes), md(e.source)});
        }
        out += table(
            {"Date", "Type", "Place", "Actors", "Killed:", "Injured:", "Evidence", "Source"}, rows);
    }
    out += "\n---\n\nFiles: [map.svg](map.svg), [events.csv](events.csv) (every event, ACLED "
           "column order), [summary.json](summary.json) (the figures), "
           "[index.html](index.html).\n";
    return out;
}

} // namespace conflictmap::report
