#include "report/html_report.hpp"

#include "report/event_style.hpp"
#include "report/markup_text.hpp"
#include "report/number_format.hpp"

#include <algorithm>

namespace conflictmap::report {

namespace {

constexpr std::size_t kTopActors = 20;
constexpr std::size_t kTopPlaces = 20;

// No '<', '>' or '&' in the style sheet: the page must stay well-formed XML.
constexpr const char* kStyleSheet = R"css(
:root{--ink:#1f2328;--muted:#57606a;--rule:#d0d7de;--panel:#f6f8fa;--accent:#0b4f8a;--disputed:#f3e6cf}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","DejaVu Sans",Arial,sans-serif}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 20px}
header{padding-top:28px}
header h1{font-size:28px;line-height:1.2;margin:0 0 4px;overflow-wrap:anywhere}
header .period{color:var(--muted);margin:0 0 12px}
nav{display:flex;flex-wrap:wrap;gap:2px 16px;border-top:3px solid var(--ink);border-bottom:1px solid var(--rule);padding:6px 0;font-size:13.5px}
nav a{color:var(--accent);text-decoration:none;white-space:nowrap}
h2{font-size:19px;margin:32px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--rule)}
h3{font-size:15px;margin:18px 0 6px}
a{color:var(--accent)}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:10px;margin:0}
.figure{background:var(--panel);border:1px solid var(--rule);border-radius:6px;padding:10px 12px}
.figure dt{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.figure dd{margin:2px 0 0;font-size:24px;font-weight:700;font-variant-numeric:tabular-nums;line-height:1.25}
.figure dd .detail{display:block;font-size:12.5px;font-weight:400;color:var(--muted)}
.nw{white-space:nowrap}
.notes{color:var(--muted);font-size:13.5px;margin:10px 0 0;padding-left:18px}
.empty{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:10px 14px;font-weight:600}
figure{margin:0}
svg.map,svg.timeline{display:block;width:100%;height:auto;max-width:100%}
figcaption{color:var(--muted);font-size:13px;margin-top:4px}
.scroll-x{overflow-x:auto;-webkit-overflow-scrolling:touch}
.legend{margin:8px 0 4px;color:var(--ink)}
.legend-group{display:flex;flex-wrap:wrap;align-items:center;gap:4px 18px;margin:4px 0;font-size:13.5px}
.legend-heading{font-weight:600;color:var(--muted);min-width:10.5em}
.legend-item{display:inline-flex;align-items:center;gap:6px}
.legend svg{flex:none}
.map-notes{margin:6px 0 0;padding-left:18px}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{padding:5px 8px;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
thead th{background:var(--panel);font-weight:600;white-space:nowrap;border-bottom:2px solid var(--rule)}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.evidence{min-width:16em;max-width:34em}
td.date{white-space:nowrap}
.sub,.muted{color:var(--muted);font-size:12.5px}
.icon{vertical-align:-2px;margin-right:5px}
.tag{display:inline-block;font-size:11.5px;line-height:1.5;padding:0 5px;border-radius:3px;background:var(--disputed);color:#6b4a1f;white-space:nowrap}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:28px}
.bar{display:inline-block;height:9px;background:#8c96a0;border-radius:1px;vertical-align:middle}
footer{margin-top:36px;padding-top:10px;padding-bottom:28px;border-top:1px solid var(--rule);color:var(--muted);font-size:13px}
@media (max-width:760px){
body{font-size:14px}
.scroll-x svg{min-width:600px}
.legend-heading{min-width:0;width:100%}
header,main,footer{padding:0 12px}
header h1{font-size:22px}
.pair{grid-template-columns:1fr;gap:0}
.figures{grid-template-columns:repeat(2,1fr)}
.figure dd{font-size:20px}
th,td{padding:4px 6px}
}
@media print{
@page{margin:14mm}
body{font-size:9.5pt}
header,main,footer{max-width:none;padding:0}
nav{display:none}
h2{break-after:avoid;page-break-after:avoid}
figure,tr,.figure{break-inside:avoid;page-break-inside:avoid}
.table-wrap{overflow:visible}
a{color:inherit;text-decoration:none}
thead{display:table-header-group}
.figures{grid-template-columns:repeat(6,1fr);gap:6px}
.figure{border-color:#999;padding:6px 8px}
.figure dd{font-size:15pt}
svg.map{width:auto;max-width:100%;max-height:170mm;margin:0 auto}
svg.timeline{max-height:60mm}
.scroll-x{overflow:visible}
}
)css";

std::string esc(std::string_view s) {
    return xml_escape(s);
}

/// A numeric cell.
std::string num(const std::string& text) {
    return "<td class=\"num\">" + text + "</td>";
}

/// A cell of free text (names, evidence) in any script: the browser picks the direction.
std::string text_cell(std::string_view text, const char* css_class = nullptr) {
    std::string out = "<td dir=\"auto\"";
    if (css_class != nullptr) {
        out += std::string(" class=\"") + css_class + "\"";
    }
    return out + ">" + esc(text) + "</td>";
}

std::string header_row(std::initializer_list<std::pair<const char*, bool>> columns) {
    std::string out = "<thead><tr>";
    for (const auto& [name, numeric] : columns) {
        out += numeric ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">";
        out += name;
        out += "</th>";
    }
    return out + "</tr></thead>";
}

std::string wrap_table(const std::string& table) {
    return "<div class=\"table-wrap\"><table>" + table + "</table></div>";
}

std::string governorate_name(const std::string& name) {
    return name.empty() ? std::string("Not known") : name;
}

std::string summary_section(const ReportContent& c) {
    std::string out = "<section id=\"summary\"><h2>Summary</h2>";
    if (c.figures.events == 0) {
        out += "<p class=\"empty\">No events to report.</p>";
    }
    out += "<dl class=\"figures\">";
    for (const auto& k : key_figures(c)) {
        out += "<div class=\"figure\"><dt>" + esc(k.label) + "</dt><dd>" + esc(k.value);
        if (!k.detail.empty()) {
            // "A to B" breaks between the dates, never inside one.
            const auto to = k.detail.find(" to ");
            out += "<span class=\"detail\">" +
                   (to == std::string::npos ? esc(k.detail)
                                            : "<span class=\"nw\">" + esc(k.detail.substr(0, to)) +
                                                  "</span> to <span class=\"nw\">" +
                                                  esc(k.detail.substr(to + 4)) + "</span>") +
                   "</span>";
        }
        out += "</dd></div>";
    }
    out += "</dl>";
    const auto notes = coverage_notes(c);
    if (!notes.empty()) {
        out += "<ul class=\"notes\">";
        for (const auto& n : notes) {
            out += "<li>" + esc(n) + "</li>";
        }
        out += "</ul>";
    }
    return out + "</section>";
}

std::string types_section(const ReportContent& c) {
    const ReportFigures& f = c.figures;
    std::string out = "<section id=\"types\"><h2>Events by type</h2>";
    std::string rows;
    for (const auto& t : f.event_types) {
        if (t.total.events == 0) {
            continue;
        }
        std::string subs;
        for (const auto& s : t.sub_event_types) {
            subs += (subs.empty() ? "" : "; ") +
                    esc(s.name.empty() ? std::string("(none given)") : s.name) + " " +
                    format_count(s.events);
        }
        rows += "<tr><td>" + symbol_icon_svg(t.total.name) + esc(t.total.name) +
                "<div class=\"sub\">" + subs + "</div></td>" + num(format_count(t.total.events)) +
                num(format_share(t.total.events, f.events)) +
                num(format_count(t.total.fatalities)) + num(format_count(t.total.injuries)) +
                num(format_count(t.total.disputed_events)) + "</tr>";
    }
    if (rows.empty()) {
        return out + "<p>None.</p></section>";
    }
    out += wrap_table(header_row({{"Type and sub-types", false},
                                  {"Events", true},
                                  {"Share", true},
                                  {"Killed", true},
                                  {"Injured", true},
                                  {"In disputed territories", true}}) +
                      "<tbody>" + rows + "</tbody>");
    return out + "</section>";
}

std::string governorates_section(const ReportContent& c) {
    const ReportFigures& f = c.figures;
    std::string out = "<section id=\"governorates\"><h2>By governorate</h2>";
    if (f.governorates.empty()) {
        return out + "<p>None.</p></section>";
    }
    std::string rows;
    for (const auto& g : f.governorates) {
        rows += "<tr>" + text_cell(governorate_name(g.name)) + num(format_count(g.events)) +
                num(format_share(g.events, f.events)) + num(format_count(g.fatalities)) +
                num(format_count(g.injuries)) + num(format_count(g.disputed_events)) + "</tr>";
    }
    out += wrap_table(header_row({{"Governorate", false},
                                  {"Events", true},
                                  {"Share", true},
                                  {"Killed", true},
                                  {"Injured", true},
                                  {"Disputed", true}}) +
                      "<tbody>" + rows + "</tbody>");
    return out + "</section>";
}

std::string disputed_section(const ReportContent& c) {
    const ReportFigures& f = c.figures;
    std::string out = "<section id=\"disputed\"><h2>Disputed territories</h2>";
    if (f.events == 0) {
        return out + "<p>None.</p></section>";
    }
    // Elsewhere = located and not disputed; figures of the unlocated by subtraction.
    std::int64_t unlocated_fatalities = 0;
    std::int64_t unlocated_injuries = 0;
    std::int64_t elsewhere_fatalities = 0;
    std::int64_t elsewhere_injuries = 0;
    for (const auto& e : c.selection.events) {
        if (!(e.latitude && e.longitude)) {
            unlocated_fatalities += e.fatalities;
            unlocated_injuries += e.injuries;
        } else if (!e.disputed) {
            elsewhere_fatalities += e.fatalities;
            elsewhere_injuries += e.injuries;
        }
    }
    const std::uint64_t elsewhere = f.located - f.disputed_events;
    std::string rows =
        "<tr><td><span class=\"tag\">disputed</span> In the disputed territories</td>" +
        num(format_count(f.disputed_events)) + num(format_share(f.disputed_events, f.located)) +
        num(format_count(f.disputed_fatalities)) + num(format_count(f.disputed_injuries)) + "</tr>";
    rows += "<tr><td>Elsewhere</td>" + num(format_count(elsewhere)) +
            num(format_share(elsewhere, f.located)) + num(format_count(elsewhere_fatalities)) +
            num(format_count(elsewhere_injuries)) + "</tr>";
    if (f.events != f.located) {
        rows += "<tr><td class=\"muted\">Not located</td>" +
                num(format_count(f.events - f.located)) + num("") +
                num(format_count(unlocated_fatalities)) + num(format_count(unlocated_injuries)) +
                "</tr>";
    }
    out += wrap_table(header_row({{"Where", false},
                                  {"Events", true},
                                  {"Share of located", true},
                                  {"Killed", true},
                                  {"Injured", true}}) +
                      "<tbody>" + rows + "</tbody>");
    if (!f.disputed_areas.empty()) {
        std::string area_rows;
        for (const auto& a : f.disputed_areas) {
            area_rows += "<tr>" +
                         text_cell(a.name.empty() ? std::string("(area not named)") : a.name) +
                         num(format_count(a.events)) + num(format_count(a.fatalities)) +
                         num(format_count(a.injuries)) + "</tr>";
        }
        out += "<h3>By disputed area</h3>" +
               wrap_table(
                   header_row(
                       {{"Area", false}, {"Events", true}, {"Killed", true}, {"Injured", true}}) +
                   "<tbody>" + area_rows + "</tbody>");
    }
    return out + "</section>";
}

std::string actors_section(const ReportContent& c) {
    const ReportFigures& f = c.figures;
    std::string out = "<section id=\"actors\"><h2>By actor</h2>";
    if (f.actors.empty()) {
        return out + "<p>None.</p></section>";
    }
    std::string rows;
    const std::uint64_t top = f.actors.front().events;
    for (std::size_t i = 0; i < f.actors.size() && i < kTopActors; ++i) {
        const auto& a = f.actors[i];
        const double bar = 60.0 * static_cast<double>(a.events) / static_cast<double>(top);
        rows += "<tr>" + text_cell(a.actor) + num(format_count(a.events)) +
                num(format_count(a.as_actor1)) + num(format_count(a.as_actor2)) +
                num(format_count(a.fatalities)) +
                "<td><span class=\"bar\" style=\"width:" + format_fixed(bar, 0) +
                "px\"></span></td></tr>";
    }
    out += wrap_table(header_row({{"Actor", false},
                                  {"Events", true},
                                  {"As actor 1", true},
                                  {"As actor 2", true},
                                  {"Killed", true},
                                  {"", false}}) +
                      "<tbody>" + rows + "</tbody>");
    if (f.actors.size() > kTopActors) {
        out += "<p class=\"muted\">The " + format_count(kTopActors) + " most active of " +
               format_count(f.actors.size()) + " actors.</p>";
    }
    return out + "</section>";
}

std::string places_section(const ReportContent& c) {
    const ReportFigures& f = c.figures;
    std::string out = "<section id=\"places\"><h2>Top places</h2>";
    if (f.places.empty()) {
        return out + "<p>None.</p></section>";
    }
    std::string rows;
    for (std::size_t i = 0; i < f.places.size() && i < kTopPlaces; ++i) {
        const auto& p = f.places[i];
        rows += "<tr><td dir=\"auto\">" + esc(p.location) +
                (p.disputed ? " <span class=\"tag\">disputed</span>" : "") + "</td>" +
                text_cell(governorate_name(p.admin1)) + num(format_count(p.events)) +
                num(format_count(p.fatalities)) + num(format_count(p.injuries)) + "</tr>";
    }
    out += wrap_table(header_row({{"Place", false},
                                  {"Governorate", false},
                                  {"Events", true},
                                  {"Killed", true},
                                  {"Injured", true}}) +
                      "<tbody>" + rows + "</tbody>");
    if (f.places.size() > kTopPlaces) {
        out += "<p class=\"muted\">The " + format_count(kTopPlaces) + " busiest of " +
               format_count(f.places.size()) + " places.</p>";
    }
    return out + "</section>";
}

std::string map_section(const ReportContent& c) {
    // The frame as SVG; legend and notes as HTML so they stay legible on a phone.
    std::string out = "<section id=\"map\"><h2>Map</h2><figure><div class=\"scroll-x\">" +
                      c.map.frame_svg + "</div><figcaption><div class=\"legend\">";
    for (const auto& group : c.map.legend) {
        out += "<div class=\"legend-group\"><span class=\"legend-heading\">" + esc(group.heading) +
               "</span>";
        for (const auto& item : group.items) {
            out += "<span class=\"legend-item\"><svg xmlns=\"http://www.w3.org/2000/svg\" "
                   "width=\"" +
                   svg_number(item.width) + "\" height=\"" + svg_number(item.height) +
                   "\" viewBox=\"0 0 " + svg_number(item.width) + " " + svg_number(item.height) +
                   "\" aria-hidden=\"true\">" + item.icon + "</svg>" + esc(item.label) + "</span>";
        }
        out += "</div>";
    }
    out += "</div><ul class=\"map-notes\">";
    for (const auto& note : c.map.notes) {
        out += "<li>" + esc(note) + "</li>";
    }
    out += "<li>The map with its legend is also in this folder as <a href=\"map.svg\">map.svg"
           "</a>. Hover over a symbol to see its event.</li></ul></figcaption></figure>"
           "</section>";
    return out;
}

std::string date_cell(const EventRecord& e) {
    if (!e.event_date) {
        return "<td class=\"date muted\">undated</td>";
    }
    std::string out = "<td class=\"date\">" + e.event_date->iso();
    if (e.time_precision == 2) {
        out += "<div class=\"sub\">within a week</div>";
    } else if (e.time_precision == 3) {
        out += "<div class=\"sub\">month only</div>";
    }
    return out + "</td>";
}

std::string place_cell(const EventRecord& e) {
    std::string out = "<td dir=\"auto\">";
    out += e.location.empty() ? std::string("<span class=\"muted\">not located</span>")
                              : esc(e.location);
    std::string detail = e.admin1;
    if (e.geo_precision == 2) {
        detail += detail.empty() ? "near the place" : ", near the place";
    } else if (e.geo_precision == 3) {
        detail += detail.empty() ? "region only" : ", region only";
    }
    if (!detail.empty()) {
        out += "<div class=\"sub\" dir=\"auto\">" + esc(detail) + "</div>";
    }
    if (e.disputed) {
        out += "<span class=\"tag\" dir=\"auto\">disputed" +
               (e.disputed_area ? ": " + esc(*e.disputed_area) : std::string()) + "</span>";
    }
    return out + "</td>";
}

std::string events_section(const ReportContent& c) {
    const auto& events = c.selection.events;
    std::string out = "<section id=\"events\"><h2>Events</h2>";
    if (events.empty()) {
        return out + "<p>None.</p></section>";
    }
    const std::string cap = table_cap_note(c);
    if (!cap.empty()) {
        out += "<p class=\"muted\">" + esc(cap) + "</p>";
    }
    std::string rows;
    const std::size_t n = std::min(events.size(), c.max_table_rows);
    for (std::size_t i = 0; i < n; ++i) {
        const EventRecord& e = events[i];
        rows += "<tr>" + date_cell(e);
        rows += "<td>" + symbol_icon_svg(e.event_type, 12) + esc(e.event_type);
        if (!e.sub_event_type.empty()) {
            rows += "<div class=\"sub\">" + esc(e.sub_event_type) + "</div>";
        }
        rows += "</td>" + place_cell(e);
        rows += "<td dir=\"auto\">" + esc(e.actor1);
        if (!e.actor2.empty()) {
            rows += "<div class=\"sub\" dir=\"auto\">vs. " + esc(e.actor2) + "</div>";
        }
        rows += "</td>" + num(format_count(e.fatalities)) + num(format_count(e.injuries));
        rows += text_cell(e.notes, "evidence");
        rows += "<td dir=\"auto\">" + esc(e.source) + "<div class=\"sub\" dir=\"auto\">" +
                esc(e.article_id) + "</div></td></tr>";
    }
    out += wrap_table(header_row({{"Date", false},
                                  {"Type", false},
                                  {"Place", false},
                                  {"Actors", false},
                                  {"Killed", true},
                                  {"Injured", true},
                                  {"Evidence", false},
                                  {"Source", false}}) +
                      "<tbody>" + rows + "</tbody>");
    return out + "</section>";
}

} // namespace

std::string render_html(const ReportContent& c) {
    std::string out;
    out.reserve(c.map.svg.size() + c.timeline_svg.size() + 64 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
           "<meta name=\"generator\" content=\"conflictmap report\"/>\n<title>";
    out += esc(c.title) + "</title>\n<style>" + kStyleSheet + "</style>\n</head>\n<body>\n";
    out += "<header><h1 dir=\"auto\">" + esc(c.title) + "</h1><p class=\"period\">" +
           esc(c.figures.events == 0 ? std::string("No events")
                                     : format_count(c.figures.events) +
                                           (c.figures.events == 1 ? " event, " : " events, ") +
                                           date_range_text(c.figures)) +
           (c.window.bounded() ? " \u00B7 " + esc(window_text(c.window)) : std::string()) +
           "</p>\n<nav><a href=\"#summary\">Summary</a><a href=\"#map\">Map</a>"
           "<a href=\"#timeline\">Timeline</a><a href=\"#types\">Types</a>"
           "<a href=\"#governorates\">Governorates</a><a href=\"#disputed\">Disputed</a>"
           "<a href=\"#actors\">Actors</a><a href=\"#places\">Places</a>"
           "<a href=\"#events\">Events</a></nav></header>\n<main>\n";
    out += summary_section(c) + "\n";
    out += map_section(c) + "\n";
    out += "<section id=\"timeline\"><h2>Timeline</h2><figure>" + c.timeline_svg +
           "<figcaption>Events per " + std::string(timeline_unit_name(c.figures.timeline.unit)) +
           (c.figures.timeline.unit == TimelineUnit::week ? " (weeks start on Monday)" : "") +
           ", stacked by type.</figcaption></figure></section>\n";
    out += types_section(c) + "\n";
    out += "<div class=\"pair\">" + governorates_section(c) + disputed_section(c) + "</div>\n";
    out += places_section(c) + "\n" + actors_section(c) + "\n";
    out += events_section(c) + "\n</main>\n";
    out += "<footer><p>Made with conflictmap from event records coded to ACLED conventions; "
           "fatalities are the lowest figures reported. Files in this report: "
           "<a href=\"report.md\">report.md</a>, <a href=\"map.svg\">map.svg</a>, "
           "<a href=\"events.csv\">events.csv</a> (every event, ACLED column order), "
           "<a href=\"summary.json\">summary.json</a> (the figures).</p></footer>\n";
    out += "</body>\n</html>\n";
    return out;
}

} // namespace conflictmap::report
