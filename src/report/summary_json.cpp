#include "report/summary_json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace conflictmap::report {

namespace {

using json = nlohmann::ordered_json;

json optional_date(const std::optional<Date>& d) {
    return d ? json(d->iso()) : json(nullptr);
}

double round_to(double v, double scale) {
    return std::round(v * scale) / scale;
}

json tally_fields(const Tally& t) {
    json j;
    j["events"] = t.events;
    j["fatalities"] = t.fatalities;
    j["injuries"] = t.injuries;
    return j;
}

} // namespace

std::string render_summary_json(const ReportContent& c) {
    const ReportFigures& f = c.figures;
    json j;
    j["schema"] = "conflictmap-report-summary/1";
    j["title"] = c.title;
    j["window"] = {{"from", optional_date(c.window.from)}, {"to", optional_date(c.window.to)}};
    j["events"] = f.events;
    j["events_located"] = f.located;
    j["events_undated"] = f.undated;
    j["fatalities"] = f.fatalities;
    j["injuries"] = f.injuries;
    j["date_range"] = {{"first", optional_date(f.first_date)},
                       {"last", optional_date(f.last_date)}};
    j["articles"] = {{"read", c.stats.articles_read}, {"reporting_events", f.articles}};
    const auto& counts = c.selection.counts;
    j["excluded"] = {{"background", counts.background_excluded},
                     {"outside_window", counts.outside_window},
                     {"undated", counts.undated_excluded}};
    j["input"] = {{"event_files", c.stats.event_files},
                  {"events_read", c.stats.events_read},
                  {"events_skipped", c.stats.events_skipped},
                  {"articles_skipped", c.stats.articles_skipped}};

    json disputed;
    disputed["events"] = f.disputed_events;
    disputed["share_of_located"] =
        f.disputed_share ? json(round_to(*f.disputed_share, 1e4)) : json(nullptr);
    disputed["fatalities"] = f.disputed_fatalities;
    disputed["injuries"] = f.disputed_injuries;
    disputed["by_area"] = json::array();
    for (const auto& a : f.disputed_areas) {
        json area;
        area["area"] = a.name.empty() ? json(nullptr) : json(a.name);
        area.update(tally_fields(a));
        disputed["by_area"].push_back(std::move(area));
    }
    j["disputed"] = std::move(disputed);

    json types = json::object();
    for (const auto& t : f.event_types) {
        json type = tally_fields(t.total);
        type["disputed_events"] = t.total.disputed_events;
        json subs = json::object();
        for (const auto& s : t.sub_event_types) {
            subs[s.name] = s.events;
        }
        type["sub_event_types"] = std::move(subs);
        types[t.total.name] = std::move(type);
    }
    j["by_event_type"] = std::move(types);

    json governorates = json::array();
    for (const auto& g : f.governorates) {
        json row;
        row["admin1"] = g.name.empty() ? json(nullptr) : json(g.name);
        row.update(tally_fields(g));
        row["disputed_events"] = g.disputed_events;
        governorates.push_back(std::move(row));
    }
    j["by_governorate"] = std::move(governorates);

    json actors = json::array();
    for (std::size_t i = 0; i < f.actors.size() && i < kSummaryTopActors; ++i) {
        const auto& a = f.actors[i];
        actors.push_back({{"actor", a.actor},
                          {"events", a.events},
                          {"as_actor1", a.as_actor1},
                          {"as_actor2", a.as_actor2},
                          {"fatalities", a.fatalities}});
    }
    j["by_actor"] = std::move(actors);
    j["actors_total"] = f.actors.size();

    json places = json::array();
    for (std::size_t i = 0; i < f.places.size() && i < kSummaryTopPlaces; ++i) {
        const auto& p = f.places[i];
        json row;
        row["location"] = p.location;
        row["admin1"] = p.admin1.empty() ? json(nullptr) : json(p.admin1);
        row["latitude"] = p.latitude ? json(round_to(*p.latitude, 1e6)) : json(nullptr);
        row["longitude"] = p.longitude ? json(round_to(*p.longitude, 1e6)) : json(nullptr);
        row["events"] = p.events;
        row["fatalities"] = p.fatalities;
        row["injuries"] = p.injuries;
        row["disputed"] = p.disputed;
        places.push_back(std::move(row));
    }
    j["top_places"] = std::move(places);

    json bins = json::array();
    for (const auto& b : f.timeline.bins) {
        json by_type = json::object();
        for (std::size_t k = 0; k < f.timeline.types.size(); ++k) {
            if (b.events_by_type[k] != 0) {
                by_type[f.timeline.types[k]] = b.events_by_type[k];
            }
        }
        bins.push_back(
            {{"start", b.start.iso()}, {"events", b.events}, {"by_event_type", by_type}});
    }
    j["timeline"] = {{"unit", timeline_unit_name(f.timeline.unit)}, {"bins", std::move(bins)}};

    const MapResult& m = c.map;
    json map;
    map["events_drawn"] = m.events_drawn;
    map["events_outside"] = m.events_outside;
    map["symbols"] = m.symbols;
    map["hexagons"] = m.hexagons;
    map["aggregated"] = m.aggregated;
    map["hexagon_km"] = m.aggregated ? json(m.hexagon_km) : json(nullptr);
    map["extent"] = {m.extent_lonlat[0], m.extent_lonlat[1], m.extent_lonlat[2],
                     m.extent_lonlat[3]};
    map["centre"] = {m.centre_lon, m.centre_lat};
    map["scale_bar_km"] = m.scale_bar_km;
    j["map"] = std::move(map);

    const std::size_t rows = std::min(c.selection.events.size(), c.max_table_rows);
    j["events_table"] = {{"rows", rows}, {"capped", rows < c.selection.events.size()}};
    // Replace rather than throw on invalid UTF-8: a report must not fail on one bad byte.
    return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace conflictmap::report
