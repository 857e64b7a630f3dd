#include "report/report_figures.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

namespace conflictmap::report {

namespace {

/// Spans up to this many days are drawn per day, up to kMaxWeeklySpanDays per ISO week.
constexpr long kMaxDailySpanDays = 62;
constexpr long kMaxWeeklySpanDays = 731;

void add(Tally& t, const EventRecord& e) {
    ++t.events;
    t.fatalities += e.fatalities;
    t.injuries += e.injuries;
    if (e.disputed) {
        ++t.disputed_events;
    }
}

/// Busiest first, then by name; the unknown group ("") goes last.
void sort_tallies(std::vector<Tally>& tallies) {
    std::sort(tallies.begin(), tallies.end(), [](const Tally& a, const Tally& b) {
        return std::make_tuple(a.name.empty(), -static_cast<long long>(a.events), a.name) <
               std::make_tuple(b.name.empty(), -static_cast<long long>(b.events), b.name);
    });
}

std::vector<Tally> to_sorted_vector(std::map<std::string, Tally>& groups) {
    std::vector<Tally> out;
    out.reserve(groups.size());
    for (auto& [name, tally] : groups) {
        tally.name = name;
        out.push_back(std::move(tally));
    }
    sort_tallies(out);
    return out;
}

Date bin_start(const Date& d, TimelineUnit unit) {
    switch (unit) {
    case TimelineUnit::week:
        return d.plus_days(-d.weekday());
    case TimelineUnit::month:
        return Date{d.year, d.month, 1};
    case TimelineUnit::day:
        break;
    }
    return d;
}

Date next_bin(const Date& d, TimelineUnit unit) {
    switch (unit) {
    case TimelineUnit::week:
        return d.plus_days(7);
    case TimelineUnit::month:
        return d.month == 12 ? Date{d.year + 1, 1, 1} : Date{d.year, d.month + 1, 1};
    case TimelineUnit::day:
        break;
    }
    return d.plus_days(1);
}

Timeline make_timeline(const std::vector<EventRecord>& events, const std::optional<Date>& first,
                       const std::optional<Date>& last, const std::vector<std::string>& order) {
    Timeline timeline;
    if (!first || !last) {
        return timeline;
    }
    const long span = last->days_since_epoch() - first->days_since_epoch();
    timeline.unit = span <= kMaxDailySpanDays    ? TimelineUnit::day
                    : span <= kMaxWeeklySpanDays ? TimelineUnit::week
                                                 : TimelineUnit::month;
    // Columns: the types that have dated events, in type order.
    std::set<std::string> dated_types;
    for (const auto& e : events) {
        if (e.event_date) {
            dated_types.insert(e.event_type);
        }
    }
    for (const auto& t : order) {
        if (dated_types.count(t) != 0U) {
            timeline.types.push_back(t);
        }
    }
    const Date end = bin_start(*last, timeline.unit);
    for (Date d = bin_start(*first, timeline.unit); d <= end; d = next_bin(d, timeline.unit)) {
        timeline.bins.push_back({d, std::vector<std::uint64_t>(timeline.types.size(), 0), 0});
    }
    for (const auto& e : events) {
        if (!e.event_date) {
            continue;
        }
        const Date start = bin_start(*e.event_date, timeline.unit);
        // Bins are sorted by start date: binary search.
        auto it = std::lower_bound(timeline.bins.begin(), timeline.bins.end(), start,
                                   [](const TimelineBin& b, const Date& d) { return b.start < d; });
        const auto column = static_cast<std::size_t>(
            std::find(timeline.types.begin(), timeline.types.end(), e.event_type) -
            timeline.types.begin());
        ++it->events_by_type[column];
        ++it->events;
    }
    return timeline;
}

} // namespace

const char* timeline_unit_name(TimelineUnit unit) {
    switch (unit) {
    case TimelineUnit::week:
        return "week";
    case TimelineUnit::month:
        return "month";
    case TimelineUnit::day:
        break;
    }
    return "day";
}

EventSelection select_events(std::vector<EventRecord> events, const DateWindow& window) {
    EventSelection selection;
    selection.counts.input = events.size();
    std::vector<std::size_t> kept;
    kept.reserve(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        const EventRecord& e = events[i];
        if (e.background) {
            ++selection.counts.background_excluded;
        } else if (!e.event_date) {
            if (window.bounded()) {
                ++selection.counts.undated_excluded;
            } else {
                kept.push_back(i);
            }
        } else if ((window.from && *e.event_date < *window.from) ||
                   (window.to && *e.event_date > *window.to)) {
            ++selection.counts.outside_window;
        } else {
            kept.push_back(i);
        }
    }
    // Input order breaks the remaining ties, so the order is total and runs are reproducible.
    std::stable_sort(kept.begin(), kept.end(), [&](std::size_t a, std::size_t b) {
        const EventRecord& x = events[a];
        const EventRecord& y = events[b];
        if (x.event_date.has_value() != y.event_date.has_value()) {
            return x.event_date.has_value();
        }
        if (x.event_date && *x.event_date != *y.event_date) {
            return *x.event_date < *y.event_date;
        }
        return x.event_id < y.event_id;
    });
    selection.events.reserve(kept.size());
    for (const std::size_t i : kept) {
        selection.events.push_back(std::move(events[i]));
    }
    return selection;
}

GovernorateLookup::GovernorateLookup(const geo::AreaLayer& layer) : layer_(layer) {
    if (!layer_.features.empty()) {
        index_ = std::make_unique<geo::PointInPolygonIndex>(layer_);
    }
}
GovernorateLookup::GovernorateLookup(GovernorateLookup&&) noexcept = default;
GovernorateLookup::~GovernorateLookup() = default;

std::string GovernorateLookup::name_of(const EventRecord& event) const {
    if (!event.admin1.empty() || !index_ || !event.latitude || !event.longitude) {
        return event.admin1;
    }
    const long i = index_->find(*event.longitude, *event.latitude);
    return i < 0 ? std::string() : layer_.features[static_cast<std::size_t>(i)].text("name");
}

std::vector<std::string> event_type_order(const std::vector<EventRecord>& events) {
    std::vector<std::string> order;
    for (const auto& t : acled_event_types()) {
        if (order.empty() || order.back() != t.event_type) {
            order.emplace_back(t.event_type);
        }
    }
    std::set<std::string> others;
    for (const auto& e : events) {
        if (std::find(order.begin(), order.end(), e.event_type) == order.end()) {
            others.insert(e.event_type);
        }
    }
    order.insert(order.end(), others.begin(), others.end());
    return order;
}

ReportFigures tally_events(const std::vector<EventRecord>& events,
                           const GovernorateLookup& governorates) {
    ReportFigures f;
    const auto order = event_type_order(events);
    f.event_types.resize(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        f.event_types[i].total.name = order[i];
    }
    std::map<std::string, std::map<std::string, Tally>> sub_types;
    std::map<std::string, Tally> by_area, by_governorate;
    std::map<std::string, ActorTally> by_actor;
    std::map<std::pair<std::string, std::string>, PlaceTally> by_place;
    std::set<std::string> articles;
    std::uint64_t located_disputed = 0; // the share's numerator: only located events are tagged

    for (const auto& e : events) {
        ++f.events;
        f.fatalities += e.fatalities;
        f.injuries += e.injuries;
        const bool located = e.latitude && e.longitude;
        if (located) {
            ++f.located;
        }
        if (e.event_date) {
            if (!f.first_date || *e.event_date < *f.first_date) {
                f.first_date = e.event_date;
            }
            if (!f.last_date || *e.event_date > *f.last_date) {
                f.last_date = e.event_date;
            }
        } else {
            ++f.undated;
        }
        if (!e.article_id.empty()) {
            articles.insert(e.article_id);
        }
        articles.insert(e.article_ids.begin(), e.article_ids.end());
        if (e.disputed) {
            located_disputed += located ? 1U : 0U;
            ++f.disputed_events;
            f.disputed_fatalities += e.fatalities;
            f.disputed_injuries += e.injuries;
            add(by_area[e.disputed_area.value_or("")], e);
        }
        const auto type_index = static_cast<std::size_t>(
            std::find(order.begin(), order.end(), e.event_type) - order.begin());
        add(f.event_types[type_index].total, e);
        add(sub_types[e.event_type][e.sub_event_type], e);
        add(by_governorate[governorates.name_of(e)], e);

        if (!e.actor1.empty()) {
            auto& a = by_actor[e.actor1];
            ++a.as_actor1;
            ++a.events;
            a.fatalities += e.fatalities;
        }
        if (!e.actor2.empty()) {
            auto& a = by_actor[e.actor2];
            ++a.as_actor2;
            if (e.actor2 != e.actor1) { // an actor on both sides counts once for the event
                ++a.events;
                a.fatalities += e.fatalities;
            }
        }

        if (!e.location.empty()) {
            auto [it, inserted] = by_place.try_emplace({e.location, e.admin1});
            PlaceTally& p = it->second;
            if (inserted) {
                p.location = e.location;
                p.admin1 = e.admin1;
            }
            if (!p.latitude && located) {
                p.latitude = e.latitude;
                p.longitude = e.longitude;
            }
            ++p.events;
            p.fatalities += e.fatalities;
            p.injuries += e.injuries;
            p.disputed = p.disputed || e.disputed;
        }
    }
    f.articles = articles.size();
    if (f.located != 0) {
        f.disputed_share = static_cast<double>(located_disputed) / static_cast<double>(f.located);
    }
    f.disputed_areas = to_sorted_vector(by_area);
    f.governorates = to_sorted_vector(by_governorate);
    for (auto& t : f.event_types) {
        t.sub_event_types = to_sorted_vector(sub_types[t.total.name]);
    }
    for (auto& [name, a] : by_actor) {
        a.actor = name;
        f.actors.push_back(std::move(a));
    }
    std::sort(f.actors.begin(), f.actors.end(), [](const ActorTally& a, const ActorTally& b) {
        return std::make_tuple(-static_cast<long long>(a.events), a.actor) <
               std::make_tuple(-static_cast<long long>(b.events), b.actor);
    });
    for (auto& [key, p] : by_place) {
        f.places.push_back(std::move(p));
    }
    std::sort(f.places.begin(), f.places.end(), [](const PlaceTally& a, const PlaceTally& b) {
        return std::make_tuple(-static_cast<long long>(a.events), -a.fatalities, a.location,
                               a.admin1) < std::make_tuple(-static_cast<long long>(b.events),
                                                           -b.fatalities, b.location, b.admin1);
    });
    f.timeline = make_timeline(events, f.first_date, f.last_date, order);
    return f;
}

} // namespace conflictmap::report
