// eval_extract: scores what `conflictmap extract` found against the held-out evaluation corpus
// (tests/data/eval: gold events, trap places, dev/test split) and prints issue 4's quality
// figures next to their targets. --verbose explains every miss, false positive, field mismatch
// and trap hit, for dev articles only, so that whoever tunes the extractor stays blind to the
// test texts. --self-test checks the matching rules on tiny hand-made cases, optionally the
// hand-written fixture in tests/data/eval/selftest and that the real gold scores 100% against
// itself (exit 1 on any failure).
//
// Usage: eval_extract --gold G --traps T --split S [--set dev|test|all] [--verbose] PREDICTIONS
//        eval_extract --self-test [--selftest-dir DIR] [--gold G --traps T --split S]
#include "core/date.hpp"
#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "events/event_record.hpp"
#include "geo/geodesy.hpp"
#include "io/event_io.hpp"

#include <algorithm>
#include <boost/program_options.hpp>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using conflictmap::Date;
using conflictmap::ErrorContext;
using conflictmap::EventRecord;
using conflictmap::InputError;
using conflictmap::UsageError;

// ---------------------------------------------------------------------------------------------
// The corpus

enum class Split { dev, test };
enum class SetChoice { dev, test, all };

struct GoldEvent {
    std::string article_id;
    std::string event_type;
    std::string sub_event_type;
    std::optional<Date> event_date;
    std::string location;
    std::optional<double> lat; ///< null: unlocated or country level
    std::optional<double> lon;
    std::optional<int> geo_precision;
    std::string country; ///< ISO 3166-1 alpha-2, "" when unknown
    std::int64_t fatalities = 0;
    std::optional<bool> disputed;
    bool background = false;
    bool optional = false; ///< a careful coder might or might not record it: not in recall
    std::string note;
    std::uint64_t line = 0; ///< line in gold.jsonl, for messages
};

struct TrapPlace {
    std::string article_id;
    std::string name;
    double lat = 0.0;
    double lon = 0.0;
    std::string why;
};

struct Corpus {
    std::vector<GoldEvent> gold;
    std::vector<TrapPlace> traps;
    std::map<std::string, Split> split; ///< every article of the corpus
};

/// Calls line_handler(json, line number) for each non-blank line of a JSONL stream.
template <typename Handler>
void for_each_jsonl(std::istream& in, const std::string& name, Handler line_handler) {
    std::string line;
    std::uint64_t line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            continue;
        }
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(line);
        } catch (const nlohmann::json::parse_error& e) {
            throw InputError(std::string("malformed JSON: ") + e.what(),
                             ErrorContext{name, line_no, 0, {}});
        }
        if (!j.is_object()) {
            throw InputError("expected a JSON object", ErrorContext{name, line_no, 0, {}});
        }
        line_handler(j, line_no);
    }
}

/// Typed access to one JSONL record's fields, with errors naming file, line and field.
class RecordReader {
public:
    RecordReader(const nlohmann::json& j, const std::string& file, std::uint64_t line)
        : j_(j), file_(file), line_(line) {}

    [[noreturn]] void fail(const char* field, const std::string& what) const {
        throw InputError(what, ErrorContext{file_, line_, 0, field});
    }
    const nlohmann::json* find(const char* field) const {
        auto it = j_.find(field);
        return (it == j_.end() || it->is_null()) ? nullptr : &*it;
    }
    std::string str(const char* field, bool required) const {
        const auto* v = find(field);
        if (v == nullptr) {
            if (required) {
                fail(field, "missing");
            }
            return {};
        }
        if (!v->is_string()) {
            fail(field, "expected a string");
        }
        return v->get<std::string>();
    }
    std::optional<double> number(const char* field) const {
        const auto* v = find(field);
        if (v == nullptr) {
            return std::nullopt;
        }
        if (!v->is_number()) {
            fail(field, "expected a number or null");
        }
        return v->get<double>();
    }
    std::optional<std::int64_t> integer(const char* field) const {
        const auto* v = find(field);
        if (v == nullptr) {
            return std::nullopt;
        }
        if (!v->is_number_integer()) {
            fail(field, "expected an integer or null");
        }
        return v->get<std::int64_t>();
    }
    std::optional<bool> boolean(const char* field) const {
        const auto* v = find(field);
        if (v == nullptr) {
            return std::nullopt;
        }
        if (!v->is_boolean()) {
            fail(field, "expected true, false or null");
        }
        return v->get<bool>();
    }

private:
    const nlohmann::json& j_;
    const std::string& file_;
    std::uint64_t line_;
};

std::vector<GoldEvent> read_gold(std::istream& in, const std::string& name) {
    std::vector<GoldEvent> gold;
    for_each_jsonl(in, name, [&](const nlohmann::json& j, std::uint64_t line) {
        RecordReader r(j, name, line);
        GoldEvent g;
        g.line = line;
        g.article_id = r.str("article_id", true);
        g.event_type = r.str("event_type", true);
        g.sub_event_type = r.str("sub_event_type", true);
        if (const auto d = r.str("event_date", false); !d.empty()) {
            g.event_date = Date::parse(d);
            if (!g.event_date) {
                r.fail("event_date", "'" + d + "' is not a date YYYY-MM-DD");
            }
        }
        g.location = r.str("location", false);
        g.lat = r.number("lat");
        g.lon = r.number("lon");
        if (g.lat.has_value() != g.lon.has_value()) {
            r.fail("lat", "lat and lon must both be numbers or both be null");
        }
        if (const auto gp = r.integer("geo_precision")) {
            if (*gp < 1 || *gp > 3) {
                r.fail("geo_precision", "expected 1, 2, 3 or null");
            }
            g.geo_precision = static_cast<int>(*gp);
        }
        g.country = r.str("country", false);
        g.fatalities = r.integer("fatalities").value_or(0);
        g.disputed = r.boolean("disputed");
        g.background = r.boolean("background").value_or(false);
        g.optional = r.boolean("optional").value_or(false);
        g.note = r.str("note", false);
        gold.push_back(std::move(g));
    });
    return gold;
}

std::vector<TrapPlace> read_traps(std::istream& in, const std::string& name) {
    std::vector<TrapPlace> traps;
    for_each_jsonl(in, name, [&](const nlohmann::json& j, std::uint64_t line) {
        RecordReader r(j, name, line);
        TrapPlace t;
        t.article_id = r.str("article_id", true);
        t.name = r.str("name", true);
        const auto lat = r.number("lat");
        const auto lon = r.number("lon");
        if (!lat || !lon) {
            r.fail("lat", "a trap needs lat and lon");
        }
        t.lat = *lat;
        t.lon = *lon;
        t.why = r.str("why", false);
        traps.push_back(std::move(t));
    });
    return traps;
}

std::map<std::string, Split> read_split(std::istream& in, const std::string& name) {
    std::map<std::string, Split> split;
    std::string line;
    std::uint64_t line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.empty() || line[0] == '#') {
            continue;
        }
        const auto tab = line.find('\t');
        const ErrorContext where{name, line_no, 0, {}};
        if (tab == std::string::npos) {
            throw InputError("expected ARTICLE_ID<TAB>dev|test", where);
        }
        const std::string id = line.substr(0, tab);
        const std::string which = line.substr(tab + 1);
        if (which != "dev" && which != "test") {
            throw InputError("split must be 'dev' or 'test', not '" + which + "'", where);
        }
        if (!split.emplace(id, which == "dev" ? Split::dev : Split::test).second) {
            throw InputError("article '" + id + "' listed twice", where);
        }
    }
    return split;
}

/// Every gold event and trap must belong to an article of the split: a typo there would
/// silently drop it from every figure.
void check_corpus(const Corpus& c) {
    for (const auto& g : c.gold) {
        if (c.split.count(g.article_id) == 0) {
            throw InputError("gold event of article '" + g.article_id + "' not in the split",
                             ErrorContext{"gold", g.line, 0, "article_id"});
        }
        if (!conflictmap::is_acled_event_type(g.event_type, g.sub_event_type)) {
            throw InputError("'" + g.event_type + " / " + g.sub_event_type +
                                 "' is not an ACLED event type",
                             ErrorContext{"gold", g.line, 0, "sub_event_type"});
        }
    }
    for (const auto& t : c.traps) {
        if (c.split.count(t.article_id) == 0) {
            throw InputError("trap of article '" + t.article_id + "' not in the split",
                             ErrorContext{"traps", 0, 0, "article_id"});
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Matching

/// The tolerances of the issue's quality bar.
struct Rules {
    double place_km = 25.0;   ///< both located: a place match within this distance
    long date_days = 3;       ///< a date match within this many days (or either date null)
    long date_right_days = 1; ///< "date within a day"
    double trap_km = 10.0;    ///< a prediction this close to a trap place is a trap hit
};

/// Geodesic distance on WGS84 in km.
double distance_km(double lat1, double lon1, double lat2, double lon2) {
    return conflictmap::geo::geodesic_distance_m({lat1, lon1}, {lat2, lon2}) / 1000.0;
}

bool located(const EventRecord& p) {
    return p.latitude.has_value() && p.longitude.has_value();
}

std::string upper(std::string s) {
    for (auto& c : s) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return s;
}

/// A prediction as it counts for one article: a merged prediction counts for every article
/// in its article_ids.
struct Instance {
    std::size_t prediction = 0;
    std::string article_id;
};

/// The cost of pairing a gold event with a prediction instance of the same article, or
/// nothing when they cannot be the same event. Lower is better; each term is in [0, 1].
std::optional<double> pair_cost(const GoldEvent& g, const EventRecord& p, const Rules& rules) {
    double cost = 0.0;
    if (g.lat) {
        if (!located(p)) {
            return std::nullopt;
        }
        const double d = distance_km(*g.lat, *g.lon, *p.latitude, *p.longitude);
        if (d > rules.place_km) {
            return std::nullopt;
        }
        cost += d / rules.place_km;
    } else if (located(p)) {
        // Gold unlocated or country level: a country-level prediction (geo_precision 3) in the
        // same country is the right answer; any more precise point is not.
        if (p.geo_precision != 3) {
            return std::nullopt;
        }
        if (!g.country.empty() && !p.country_code.empty() &&
            upper(g.country) != upper(p.country_code)) {
            return std::nullopt;
        }
    }
    if (g.event_date && p.event_date) {
        const long diff =
            std::labs(g.event_date->days_since_epoch() - p.event_date->days_since_epoch());
        if (diff > rules.date_days) {
            return std::nullopt;
        }
        cost += static_cast<double>(diff) / static_cast<double>(rules.date_days + 1);
    } else if (g.event_date.has_value() != p.event_date.has_value()) {
        cost += 0.5;
    }
    if (g.event_type != p.event_type) {
        cost += 1.0;
    } else if (g.sub_event_type != p.sub_event_type) {
        cost += 0.25;
    }
    return cost;
}

struct MatchedPair {
    std::size_t gold = 0;     ///< index into Corpus::gold
    std::size_t instance = 0; ///< index into Scores::instances
};

/// What scoring found, with the indices --verbose needs.
struct Scores {
    std::vector<Instance> instances;    ///< prediction instances in the chosen set
    std::vector<std::size_t> gold_used; ///< gold events of the chosen set
    std::vector<MatchedPair> pairs;
    std::vector<std::size_t> misses;          ///< non-optional gold events not found
    std::vector<std::size_t> false_positives; ///< located instances matched to nothing
    std::vector<std::pair<std::size_t, std::size_t>> trap_hits; ///< (instance, trap)
    std::size_t articles = 0;
    std::size_t predictions_outside_corpus = 0; ///< article ids the split does not know

    std::size_t gold_counted = 0, gold_found = 0;
    std::size_t located_instances = 0, located_real = 0;
    std::size_t type_right = 0, subtype_right = 0, fatalities_right = 0, date_right = 0;
    std::size_t geo_precision_right = 0, background_right = 0;
    std::size_t disputed_judged = 0, disputed_right = 0;
};

bool in_set(Split s, SetChoice set) {
    return set == SetChoice::all || (set == SetChoice::dev) == (s == Split::dev);
}

bool date_right(const GoldEvent& g, const EventRecord& p, const Rules& rules) {
    if (!g.event_date) {
        return !p.event_date;
    }
    if (!p.event_date) {
        return false;
    }
    return std::labs(g.event_date->days_since_epoch() - p.event_date->days_since_epoch()) <=
           rules.date_right_days;
}

bool geo_precision_right(const GoldEvent& g, const EventRecord& p) {
    if (!g.geo_precision) {
        return !located(p); // gold unlocated: the prediction must be unlocated too
    }
    return located(p) && p.geo_precision == *g.geo_precision;
}

Scores score(const Corpus& corpus, const std::vector<EventRecord>& predictions, SetChoice set,
             const Rules& rules = {}) {
    Scores s;
    std::set<std::string> articles;
    for (const auto& [id, which] : corpus.split) {
        if (in_set(which, set)) {
            articles.insert(id);
        }
    }
    s.articles = articles.size();

    std::map<std::string, std::vector<std::size_t>> instances_of; // article -> instances
    for (std::size_t i = 0; i < predictions.size(); ++i) {
        std::vector<std::string> ids = predictions[i].article_ids;
        if (ids.empty()) {
            ids.push_back(predictions[i].article_id);
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (const auto& id : ids) {
            if (corpus.split.count(id) == 0) {
                ++s.predictions_outside_corpus;
                continue;
            }
            if (articles.count(id) == 0) {
                continue;
            }
            instances_of[id].push_back(s.instances.size());
            s.instances.push_back({i, id});
        }
    }
    std::map<std::string, std::vector<std::size_t>> gold_of;
    for (std::size_t g = 0; g < corpus.gold.size(); ++g) {
        if (articles.count(corpus.gold[g].article_id) != 0) {
            gold_of[corpus.gold[g].article_id].push_back(g);
            s.gold_used.push_back(g);
        }
    }

    std::vector<bool> gold_matched(corpus.gold.size(), false);
    std::vector<bool> instance_matched(s.instances.size(), false);
    for (const auto& id : articles) {
        const auto& golds = gold_of[id];
        const auto& insts = instances_of[id];
        // Greedy one-to-one pairing by cost, non-optional gold events first so that an
        // optional one never takes the prediction a counted event needed.
        for (const bool optional_pass : {false, true}) {
            struct Candidate {
                double cost;
                std::size_t gold;
                std::size_t instance;
            };
            std::vector<Candidate> candidates;
            for (const auto g : golds) {
                if (corpus.gold[g].optional != optional_pass) {
                    continue;
                }
                for (const auto i : insts) {
                    if (instance_matched[i]) {
                        continue;
                    }
                    const auto& p = predictions[s.instances[i].prediction];
                    if (const auto cost = pair_cost(corpus.gold[g], p, rules)) {
                        candidates.push_back({*cost, g, i});
                    }
                }
            }
            std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
                if (a.cost != b.cost) {
                    return a.cost < b.cost;
                }
                return a.gold != b.gold ? a.gold < b.gold : a.instance < b.instance;
            });
            for (const auto& c : candidates) {
                if (gold_matched[c.gold] || instance_matched[c.instance]) {
                    continue;
                }
                gold_matched[c.gold] = true;
                instance_matched[c.instance] = true;
                s.pairs.push_back({c.gold, c.instance});
            }
        }
    }

    for (const auto g : s.gold_used) {
        if (corpus.gold[g].optional) {
            continue;
        }
        ++s.gold_counted;
        if (gold_matched[g]) {
            ++s.gold_found;
        } else {
            s.misses.push_back(g);
        }
    }
    for (std::size_t i = 0; i < s.instances.size(); ++i) {
        const auto& p = predictions[s.instances[i].prediction];
        if (!located(p)) {
            continue; // precision is over located predictions only
        }
        ++s.located_instances;
        if (instance_matched[i]) {
            ++s.located_real;
        } else {
            s.false_positives.push_back(i);
        }
    }
    for (const auto& pair : s.pairs) {
        const auto& g = corpus.gold[pair.gold];
        const auto& p = predictions[s.instances[pair.instance].prediction];
        s.type_right += g.event_type == p.event_type;
        s.subtype_right += g.event_type == p.event_type && g.sub_event_type == p.sub_event_type;
        s.fatalities_right += g.fatalities == p.fatalities;
        s.date_right += date_right(g, p, rules);
        s.geo_precision_right += geo_precision_right(g, p);
        s.background_right += g.background == p.background;
        if (g.disputed) {
            ++s.disputed_judged;
            s.disputed_right += *g.disputed == p.disputed;
        }
    }

    // Trap hits: a located prediction near a place that must not be an event place, unless
    // a gold event of the same article lies near that place too.
    for (std::size_t i = 0; i < s.instances.size(); ++i) {
        const auto& p = predictions[s.instances[i].prediction];
        if (!located(p)) {
            continue;
        }
        for (std::size_t t = 0; t < corpus.traps.size(); ++t) {
            const auto& trap = corpus.traps[t];
            if (trap.article_id != s.instances[i].article_id ||
                distance_km(trap.lat, trap.lon, *p.latitude, *p.longitude) > rules.trap_km) {
                continue;
            }
            bool near_gold = false;
            for (const auto g : gold_of[trap.article_id]) {
                const auto& ge = corpus.gold[g];
                if (ge.lat && distance_km(*ge.lat, *ge.lon, trap.lat, trap.lon) <= rules.trap_km) {
                    near_gold = true;
                    break;
                }
            }
            if (!near_gold) {
                s.trap_hits.emplace_back(i, t);
                break; // one hit per prediction
            }
        }
    }
    return s;
}

// ---------------------------------------------------------------------------------------------
// Output

const char* set_name(SetChoice set) {
    switch (set) {
    case SetChoice::dev:
        return "dev";
    case SetChoice::test:
        return "test";
    case SetChoice::all:
        return "all";
    }
    return "?";
}

std::string ratio(std::size_t n, std::size_t d) {
    char buf[64];
    if (d == 0) {
        std::snprintf(buf, sizeof buf, "%4zu/%-4zu     -  ", n, d);
    } else {
        std::snprintf(buf, sizeof buf, "%4zu/%-4zu %6.1f%%", n, d,
                      100.0 * static_cast<double>(n) / static_cast<double>(d));
    }
    return buf;
}

/// target < 0: informational figure without a target.
void figure_line(std::ostream& out, const char* label, std::size_t n, std::size_t d,
                 double target) {
    char buf[160];
    std::string verdict;
    if (target >= 0.0) {
        const bool met =
            d != 0 && 100.0 * static_cast<double>(n) >= target * static_cast<double>(d);
        char t[48];
        std::snprintf(t, sizeof t, "target >= %.0f%%  %s", target, met ? "met" : "NOT MET");
        verdict = t;
    }
    std::snprintf(buf, sizeof buf, "  %-34s %s   %s", label, ratio(n, d).c_str(), verdict.c_str());
    std::string line = buf;
    while (!line.empty() && line.back() == ' ') {
        line.pop_back();
    }
    out << line << '\n';
}

void print_figures(std::ostream& out, const Scores& s, SetChoice set) {
    out << "eval_extract: set " << set_name(set) << ": " << s.articles << " articles, "
        << s.gold_used.size() << " gold events (" << s.gold_counted << " counted, "
        << s.gold_used.size() - s.gold_counted << " optional), " << s.instances.size()
        << " predictions (" << s.located_instances << " located), " << s.pairs.size()
        << " matched pairs\n";
    figure_line(out, "gold events found (recall)", s.gold_found, s.gold_counted, 90.0);
    figure_line(out, "located predictions real", s.located_real, s.located_instances, 85.0);
    figure_line(out, "event_type right", s.type_right, s.pairs.size(), 85.0);
    figure_line(out, "sub_event_type right", s.subtype_right, s.pairs.size(), -1.0);
    figure_line(out, "fatalities exact", s.fatalities_right, s.pairs.size(), 85.0);
    figure_line(out, "date within a day", s.date_right, s.pairs.size(), 90.0);
    figure_line(out, "geo_precision right", s.geo_precision_right, s.pairs.size(), -1.0);
    figure_line(out, "disputed right (gold known)", s.disputed_right, s.disputed_judged, -1.0);
    figure_line(out, "background flag right", s.background_right, s.pairs.size(), -1.0);
    char buf[120];
    std::snprintf(buf, sizeof buf, "  %-34s %4zu              target 0  %s",
                  "events at trap places", s.trap_hits.size(),
                  s.trap_hits.empty() ? "met" : "NOT MET");
    out << buf << '\n';
}

std::string date_text(const std::optional<Date>& d) {
    return d ? d->iso() : std::string("null");
}

std::string place_text(const std::optional<double>& lat, const std::optional<double>& lon) {
    if (!lat || !lon) {
        return "unlocated";
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "(%.4f, %.4f)", *lat, *lon);
    return buf;
}

std::string gold_text(const GoldEvent& g) {
    std::ostringstream o;
    o << g.event_type << " / " << g.sub_event_type << ", " << date_text(g.event_date) << ", "
      << (g.location.empty() ? std::string("-") : g.location) << ' '
      << (!g.lat && g.geo_precision ? "(country level)" : place_text(g.lat, g.lon)) << " gp "
      << (g.geo_precision ? std::to_string(*g.geo_precision) : std::string("null"))
      << ", fatalities " << g.fatalities << (g.background ? ", background" : "");
    return o.str();
}

std::string prediction_text(const EventRecord& p) {
    std::ostringstream o;
    o << p.event_type << " / " << p.sub_event_type << ", " << date_text(p.event_date) << ", "
      << (p.location.empty() ? std::string("-") : p.location) << ' '
      << place_text(p.latitude, p.longitude) << " gp "
      << (located(p) ? std::to_string(p.geo_precision) : std::string("null")) << ", fatalities "
      << p.fatalities << (p.background ? ", background" : "");
    return o.str();
}

/// Lists every miss, false positive, mismatch and trap hit of dev articles: test articles are
/// never described, whatever the set.
void print_details(std::ostream& out, const Corpus& c, const Scores& s,
                   const std::vector<EventRecord>& predictions, const Rules& rules) {
    auto is_dev = [&](const std::string& id) { return c.split.at(id) == Split::dev; };
    std::size_t hidden = 0;
    out << "\ndetails (dev articles only):\n";
    for (const auto g : s.misses) {
        if (!is_dev(c.gold[g].article_id)) {
            ++hidden;
            continue;
        }
        out << "MISS   " << c.gold[g].article_id << "  gold: " << gold_text(c.gold[g]) << '\n'
            << "       why: " << c.gold[g].note << '\n';
    }
    for (const auto i : s.false_positives) {
        const auto& inst = s.instances[i];
        if (!is_dev(inst.article_id)) {
            ++hidden;
            continue;
        }
        const auto& p = predictions[inst.prediction];
        out << "FALSE  " << inst.article_id << "  " << p.event_id << ": " << prediction_text(p)
            << '\n'
            << "       evidence: " << p.notes << '\n';
    }
    for (const auto& pair : s.pairs) {
        const auto& inst = s.instances[pair.instance];
        if (!is_dev(inst.article_id)) {
            continue;
        }
        const auto& g = c.gold[pair.gold];
        const auto& p = predictions[inst.prediction];
        std::vector<std::string> wrong;
        if (g.event_type != p.event_type) {
            wrong.push_back("event_type");
        } else if (g.sub_event_type != p.sub_event_type) {
            wrong.push_back("sub_event_type");
        }
        if (g.fatalities != p.fatalities) {
            wrong.push_back("fatalities");
        }
        if (!date_right(g, p, rules)) {
            wrong.push_back("date");
        }
        if (!geo_precision_right(g, p)) {
            wrong.push_back("geo_precision");
        }
        if (g.disputed && *g.disputed != p.disputed) {
            wrong.push_back("disputed");
        }
        if (g.background != p.background) {
            wrong.push_back("background");
        }
        if (wrong.empty()) {
            continue;
        }
        out << "WRONG  " << inst.article_id << "  " << p.event_id << ":";
        for (const auto& w : wrong) {
            out << ' ' << w;
        }
        out << "\n       gold: " << gold_text(g) << ", disputed "
            << (g.disputed ? (*g.disputed ? "true" : "false") : "unknown") << '\n'
            << "       pred: " << prediction_text(p) << ", disputed "
            << (p.disputed ? "true" : "false") << '\n'
            << "       evidence: " << p.notes << '\n'
            << "       why: " << g.note << '\n';
    }
    for (const auto& [i, t] : s.trap_hits) {
        const auto& inst = s.instances[i];
        if (!is_dev(inst.article_id)) {
            ++hidden;
            continue;
        }
        const auto& p = predictions[inst.prediction];
        out << "TRAP   " << inst.article_id << "  " << p.event_id << " at "
            << place_text(p.latitude, p.longitude) << " is within "
            << static_cast<int>(rules.trap_km) << " km of '" << c.traps[t].name
            << "': " << c.traps[t].why << '\n'
            << "       evidence: " << p.notes << '\n';
    }
    if (hidden != 0) {
        out << "(not listed: " << hidden
            << " misses, false positives and trap hits in test articles, counted above)\n";
    }
}

// ---------------------------------------------------------------------------------------------
// Self-test: the matching rules on tiny hand-made cases.

std::vector<EventRecord> predictions_from(const std::string& geojsonseq) {
    std::vector<EventRecord> out;
    std::istringstream in(geojsonseq);
    std::ostringstream sink;
    conflictmap::Diagnostics diag(sink, true);
    conflictmap::io::read_events(in, "self-test", diag, true,
                                 [&](EventRecord&& e) { out.push_back(std::move(e)); });
    return out;
}

Corpus corpus_from(const std::string& gold, const std::string& traps, const std::string& split) {
    Corpus c;
    std::istringstream g(gold), t(traps), s(split);
    c.gold = read_gold(g, "gold");
    c.traps = read_traps(t, "traps");
    c.split = read_split(s, "split");
    check_corpus(c);
    return c;
}

/// One prediction line; lat/lon < -900 means unlocated.
std::string feature(const std::string& article_ids, const std::string& date, double lat, double lon,
                    int gp, const std::string& type, const std::string& sub, int fatalities,
                    const std::string& country = "IQ", bool disputed = false) {
    nlohmann::json props = {{"event_id", "p"},         {"event_type", type},
                            {"sub_event_type", sub},   {"fatalities", fatalities},
                            {"country_code", country}, {"disputed", disputed},
                            {"notes", "self-test"}};
    props["article_ids"] = nlohmann::json::parse(article_ids);
    props["article_id"] = props["article_ids"].at(0);
    if (!date.empty()) {
        props["event_date"] = date;
        props["time_precision"] = 1;
    }
    nlohmann::json f = {{"type", "Feature"}, {"properties", props}};
    if (lat > -900.0) {
        f["geometry"] = {{"type", "Point"}, {"coordinates", {lon, lat}}};
        f["properties"]["geo_precision"] = gp;
    } else {
        f["geometry"] = nullptr;
    }
    return f.dump() + "\n";
}

int self_test(std::ostream& out) {
    int failures = 0;
    auto check = [&](bool ok, const std::string& what) {
        if (!ok) {
            ++failures;
            out << "FAILED: " << what << '\n';
        }
    };
    const std::string ERV = "Explosions/Remote violence";
    const std::string SHELL = "Shelling/artillery/missile attack";
    const std::string AIR = "Air/drone strike";
    // Gold: a1 has a K-1 rocket attack (dated, located, disputed) and an optional arrest;
    // a2 has a country-level event and an unlocated one; a3 (test) has one event.
    const std::string gold =
        R"({"article_id":"a1","event_type":"Explosions/Remote violence","sub_event_type":"Shelling/artillery/missile attack","event_date":"2019-12-27","time_precision":1,"location":"K-1","lat":35.5125,"lon":44.2842,"geo_precision":1,"country":"IQ","fatalities":1,"disputed":true,"background":false,"optional":false})"
        "\n"
        R"({"article_id":"a1","event_type":"Strategic developments","sub_event_type":"Arrests","event_date":"2019-12-28","time_precision":1,"location":"Baghdad","lat":33.34058,"lon":44.40088,"geo_precision":1,"country":"IQ","fatalities":0,"disputed":false,"background":false,"optional":true})"
        "\n"
        R"({"article_id":"a2","event_type":"Explosions/Remote violence","sub_event_type":"Air/drone strike","event_date":"2019-12-29","time_precision":1,"location":"Iraq","lat":null,"lon":null,"geo_precision":3,"country":"IQ","fatalities":0,"disputed":null,"background":false,"optional":false})"
        "\n"
        R"({"article_id":"a2","event_type":"Explosions/Remote violence","sub_event_type":"Shelling/artillery/missile attack","event_date":null,"time_precision":null,"location":null,"lat":null,"lon":null,"geo_precision":null,"country":"IQ","fatalities":1,"disputed":null,"background":true,"optional":false})"
        "\n"
        R"({"article_id":"a3","event_type":"Protests","sub_event_type":"Peaceful protest","event_date":"2020-01-01","time_precision":1,"location":"Basra","lat":30.50852,"lon":47.7804,"geo_precision":1,"country":"IQ","fatalities":0,"disputed":false,"background":false,"optional":false})"
        "\n";
    const std::string traps =
        R"({"article_id":"a1","name":"Kirkuk","lat":35.46806,"lon":44.39222,"why":"city, not the base"})"
        "\n"
        R"({"article_id":"a1","name":"Washington","lat":38.89511,"lon":-77.03637,"why":"government"})"
        "\n"
        R"({"article_id":"a2","name":"Baghdad","lat":33.34058,"lon":44.40088,"why":"government"})"
        "\n";
    const std::string split = "a1\tdev\na2\tdev\na3\ttest\n";
    const Corpus c = corpus_from(gold, traps, split);

    { // A perfect prediction set: every figure 100%, no trap hit.
        const auto p = predictions_from(
            feature(R"(["a1"])", "2019-12-27", 35.5125, 44.2842, 1, ERV, SHELL, 1, "IQ", true) +
            feature(R"(["a1"])", "2019-12-28", 33.34058, 44.40088, 1, "Strategic developments",
                    "Arrests", 0) +
            feature(R"(["a2"])", "2019-12-29", 33.0, 44.0, 3, ERV, AIR, 0) +
            feature(R"(["a2"])", "", -999, -999, 0, ERV, SHELL, 1));
        auto s = score(c, p, SetChoice::dev);
        check(s.gold_counted == 3 && s.gold_found == 3, "perfect: recall 3/3");
        check(s.located_instances == 3 && s.located_real == 3, "perfect: precision 3/3");
        check(s.pairs.size() == 4, "perfect: optional gold matched too");
        check(s.type_right == 4 && s.subtype_right == 4 && s.fatalities_right == 4,
              "perfect: fields right");
        check(s.date_right == 4, "perfect: dates right (null with null)");
        check(s.geo_precision_right == 4, "perfect: geo_precision right");
        check(s.disputed_judged == 2 && s.disputed_right == 2, "perfect: disputed");
        check(s.trap_hits.empty(), "perfect: no trap hit");
        // Counting unlocated predictions in precision would make this 3/4.
        check(s.instances.size() == 4, "perfect: unlocated prediction is an instance");
    }
    { // Distance: 24 km from K-1 matches, 26 km does not; Kirkuk city (11 km) matches but is
        // a trap hit; Washington is a trap far from any gold place.
        const double north24 = 35.5125 + 24.0 / 110.95; // ~24 km north
        const double north26 = 35.5125 + 26.0 / 110.95;
        check(std::fabs(distance_km(35.5125, 44.2842, north24, 44.2842) - 24.0) < 0.2,
              "distance: 24 km north");
        auto s1 = score(c,
                        predictions_from(
                            feature(R"(["a1"])", "2019-12-27", north24, 44.2842, 1, ERV, SHELL, 1)),
                        SetChoice::dev);
        check(s1.gold_found == 1, "24 km: matched");
        auto s2 = score(c,
                        predictions_from(
                            feature(R"(["a1"])", "2019-12-27", north26, 44.2842, 1, ERV, SHELL, 1)),
                        SetChoice::dev);
        check(s2.gold_found == 0 && s2.false_positives.size() == 1, "26 km: a false positive");
        auto s3 =
            score(c,
                  predictions_from(
                      feature(R"(["a1"])", "2019-12-27", 35.46806, 44.39222, 1, ERV, SHELL, 1) +
                      feature(R"(["a1"])", "2019-12-27", 38.9, -77.0, 1, ERV, SHELL, 0)),
                  SetChoice::dev);
        check(s3.gold_found == 1, "Kirkuk city still matches K-1 (11 km)");
        check(s3.trap_hits.size() == 2, "Kirkuk city and Washington are trap hits");
        check(s3.located_real == 1 && s3.false_positives.size() == 1, "Washington is false");
    }
    { // Trap next to a gold place does not count: a2's Baghdad trap has no gold near it, but
        // a1's optional arrest in Baghdad neutralises nothing in a2 (traps are per article).
        auto s = score(c,
                       predictions_from(
                           feature(R"(["a2"])", "2019-12-29", 33.34058, 44.40088, 1, ERV, AIR, 0)),
                       SetChoice::dev);
        check(s.trap_hits.size() == 1, "a2: Baghdad prediction is a trap hit");
        check(s.gold_found == 0, "a2: a precise point does not match a country-level event");
    }
    { // Dates: 3 days off matches (date wrong), 4 days off does not; a null date matches.
        auto s1 = score(c,
                        predictions_from(
                            feature(R"(["a1"])", "2019-12-30", 35.5125, 44.2842, 1, ERV, SHELL, 1)),
                        SetChoice::dev);
        check(s1.gold_found == 1 && s1.date_right == 0, "3 days: matched, date wrong");
        auto s2 = score(c,
                        predictions_from(
                            feature(R"(["a1"])", "2019-12-31", 35.5125, 44.2842, 1, ERV, SHELL, 1)),
                        SetChoice::dev);
        check(s2.gold_found == 0, "4 days: not matched");
        auto s3 = score(c,
                        predictions_from(
                            feature(R"(["a1"])", "2019-12-28", 35.5125, 44.2842, 1, ERV, SHELL, 1)),
                        SetChoice::dev);
        check(s3.date_right == 1, "1 day: date right");
        auto s4 =
            score(c, predictions_from(feature(R"(["a1"])", "", 35.5125, 44.2842, 1, ERV, SHELL, 1)),
                  SetChoice::dev);
        check(s4.gold_found == 1 && s4.date_right == 0, "null date: matched, date wrong");
    }
    { // Country level: gp 3 in Iraq matches, gp 3 in Syria does not, unlocated matches.
        auto s1 = score(
            c,
            predictions_from(feature(R"(["a2"])", "2019-12-29", 34.8, 38.9, 3, ERV, AIR, 0, "SY")),
            SetChoice::dev);
        check(s1.gold_found == 0, "country level: other country not matched");
        auto s2 = score(
            c, predictions_from(feature(R"(["a2"])", "2019-12-29", -999, -999, 0, ERV, AIR, 0)),
            SetChoice::dev);
        check(s2.gold_found == 1 && s2.geo_precision_right == 0,
              "country level: unlocated prediction matched, geo_precision wrong");
        check(s2.located_instances == 0, "unlocated predictions are outside precision");
    }
    { // Type is a cost, not a condition: the cheaper pairing wins, one to one.
        auto s = score(
            c,
            predictions_from(feature(R"(["a1"])", "2019-12-27", 35.5125, 44.2842, 1, "Battles",
                                     "Armed clash", 1) +
                             feature(R"(["a1"])", "2019-12-27", 35.52, 44.29, 1, ERV, SHELL, 1)),
            SetChoice::dev);
        check(s.gold_found == 1 && s.type_right == 1, "greedy: same type preferred");
        check(s.false_positives.size() == 1, "one to one: the other prediction is false");
    }
    { // A merged prediction counts for each of its articles; sets filter articles.
        const auto p = predictions_from(
            feature(R"(["a1","a3"])", "2019-12-27", 35.5125, 44.2842, 1, ERV, SHELL, 1) +
            feature(R"(["a3"])", "2020-01-01", 30.5, 47.78, 1, "Protests", "Peaceful protest", 0) +
            feature(R"(["zz"])", "2020-01-01", 30.5, 47.78, 1, "Protests", "Peaceful protest", 0));
        auto dev = score(c, p, SetChoice::dev);
        check(dev.instances.size() == 1 && dev.gold_found == 1, "merged: counts in a1 (dev)");
        check(dev.predictions_outside_corpus == 1, "unknown article counted");
        auto test = score(c, p, SetChoice::test);
        check(test.instances.size() == 2 && test.gold_found == 1 && test.gold_counted == 1,
              "merged: counts in a3 (test)");
        check(test.false_positives.size() == 1, "merged: K-1 event is false in a3");
        auto all = score(c, p, SetChoice::all);
        check(all.instances.size() == 3 && all.gold_counted == 4, "all: both sets");
    }
    { // Optional gold: not in recall, but a prediction matching it is real.
        auto s = score(c,
                       predictions_from(feature(R"(["a1"])", "2019-12-28", 33.34, 44.40, 1,
                                                "Strategic developments", "Arrests", 0)),
                       SetChoice::dev);
        check(s.gold_counted == 3 && s.gold_found == 0, "optional: not counted in recall");
        check(s.located_real == 1, "optional: the prediction is real");
    }
    { // Bad input is reported with its place.
        bool thrown = false;
        try {
            corpus_from(R"({"article_id":"a9","event_type":"Battles","sub_event_type":"x"})"
                        "\n",
                        "", "a1\tdev\n");
        } catch (const InputError& e) {
            thrown = std::string(e.what()).find("a9") != std::string::npos;
        }
        check(thrown, "gold of an unknown article is an error");
        thrown = false;
        try {
            corpus_from("", "", "a1\tmaybe\n");
        } catch (const InputError& e) {
            thrown = std::string(e.what()).find("split:1") != std::string::npos;
        }
        check(thrown, "bad split value names file:line");
    }
    out << "eval_extract self-test: " << (failures == 0 ? "all checks passed" : "FAILED") << '\n';
    return failures == 0 ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------

Corpus load_corpus(const std::string& gold, const std::string& traps, const std::string& split) {
    auto open = [](const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            throw InputError("cannot open", ErrorContext{path, 0, 0, {}});
        }
        return in;
    };
    Corpus c;
    {
        auto in = open(gold);
        c.gold = read_gold(in, gold);
    }
    {
        auto in = open(traps);
        c.traps = read_traps(in, traps);
    }
    {
        auto in = open(split);
        c.split = read_split(in, split);
    }
    check_corpus(c);
    return c;
}

/// Loads the corpus and the predictions, scores them and prints the figures (and, with
/// verbose, the dev details) to out; warnings go to err.
void evaluate_files(const std::string& gold_path, const std::string& traps_path,
                    const std::string& split_path, const std::string& predictions_path,
                    SetChoice set, bool verbose, std::ostream& out, std::ostream& err) {
    const Corpus corpus = load_corpus(gold_path, traps_path, split_path);
    conflictmap::Diagnostics diag(err);
    std::vector<EventRecord> predictions;
    const auto stats =
        conflictmap::io::read_event_file(predictions_path, diag, false, [&](EventRecord&& e) {
            predictions.push_back(std::move(e));
        });
    if (stats.skipped != 0) {
        err << "eval_extract: " << stats.skipped
            << " malformed predictions skipped (they count as nothing found)\n";
    }
    const Rules rules;
    const Scores s = score(corpus, predictions, set, rules);
    if (s.predictions_outside_corpus != 0) {
        err << "eval_extract: " << s.predictions_outside_corpus
            << " prediction references to articles outside the corpus ignored\n";
    }
    print_figures(out, s, set);
    if (verbose) {
        if (set == SetChoice::test) {
            err << "eval_extract: --verbose is ignored for --set test (test articles stay "
                   "unseen)\n";
        } else {
            print_details(out, corpus, s, predictions, rules);
        }
    }
}

/// The hand-written fixture in DIR (gold.jsonl, traps.jsonl, split.tsv, predictions.geojsons):
/// the printed output for each set must equal DIR/expected_<set>.txt (dev and all verbose).
int self_test_files(const std::string& dir, std::ostream& out) {
    int failures = 0;
    for (const SetChoice set : {SetChoice::dev, SetChoice::test, SetChoice::all}) {
        std::ostringstream got, err;
        evaluate_files(dir + "/gold.jsonl", dir + "/traps.jsonl", dir + "/split.tsv",
                       dir + "/predictions.geojsons", set, set != SetChoice::test, got, err);
        const std::string expected_path = dir + "/expected_" + set_name(set) + ".txt";
        std::ifstream in(expected_path, std::ios::binary);
        if (!in) {
            throw InputError("cannot open", ErrorContext{expected_path, 0, 0, {}});
        }
        const std::string expected((std::istreambuf_iterator<char>(in)),
                                   std::istreambuf_iterator<char>());
        if (got.str() != expected) {
            ++failures;
            out << "FAILED: output for --set " << set_name(set) << " differs from " << expected_path
                << "; got:\n"
                << got.str();
        }
    }
    out << "eval_extract self-test of " << dir << ": "
        << (failures == 0 ? "all outputs as expected" : "FAILED") << '\n';
    return failures == 0 ? 0 : 1;
}

/// The gold events themselves, as an extractor would write them: a country-level event becomes
/// a geo_precision 3 point (any point: only the country is compared).
std::vector<EventRecord> gold_as_predictions(const Corpus& c) {
    std::vector<EventRecord> out;
    for (std::size_t i = 0; i < c.gold.size(); ++i) {
        const auto& g = c.gold[i];
        EventRecord e;
        e.event_id = "gold-" + std::to_string(g.line);
        e.article_id = g.article_id;
        e.article_ids = {g.article_id};
        e.event_date = g.event_date;
        e.time_precision = g.event_date ? 1 : 0;
        e.event_type = g.event_type;
        e.sub_event_type = g.sub_event_type;
        e.fatalities = g.fatalities;
        e.country_code = g.country;
        e.disputed = g.disputed.value_or(false);
        e.background = g.background;
        if (g.lat) {
            e.latitude = g.lat;
            e.longitude = g.lon;
            e.geo_precision = g.geo_precision.value_or(1);
        } else if (g.geo_precision) {
            e.latitude = 0.0;
            e.longitude = 0.0;
            e.geo_precision = 3;
        }
        out.push_back(std::move(e));
    }
    return out;
}

/// A perfect extractor must score 100% on every figure of the real corpus, with no trap hit:
/// this catches gold events the matching cannot pair (duplicates, bad country codes).
int self_test_oracle(const std::string& gold, const std::string& traps, const std::string& split,
                     std::ostream& out) {
    const Corpus c = load_corpus(gold, traps, split);
    const auto s = score(c, gold_as_predictions(c), SetChoice::all);
    const std::size_t n = s.pairs.size();
    const bool ok = s.gold_found == s.gold_counted && s.located_real == s.located_instances &&
                    n == c.gold.size() && s.type_right == n && s.subtype_right == n &&
                    s.fatalities_right == n && s.date_right == n && s.geo_precision_right == n &&
                    s.disputed_right == s.disputed_judged && s.background_right == n &&
                    s.trap_hits.empty();
    if (!ok) {
        print_figures(out, s, SetChoice::all);
    }
    out << "eval_extract self-test of the corpus (gold as predictions): "
        << (ok ? "every figure 100%, no trap hit" : "FAILED") << '\n';
    return ok ? 0 : 1;
}

int run(int argc, char** argv) {
    namespace po = boost::program_options;
    po::options_description opts("eval_extract options");
    std::string gold_path, traps_path, split_path, set_text = "dev";
    opts.add_options()("help,h", "this help")("gold", po::value(&gold_path), "gold events (JSONL)")(
        "traps", po::value(&traps_path), "trap places (JSONL)")(
        "split", po::value(&split_path), "article split (TSV: id<TAB>dev|test)")(
        "set", po::value(&set_text), "dev (default), test or all")(
        "verbose,v", "list misses, false positives, mismatches and trap hits (dev only)")(
        "self-test",
        "check the matching rules on built-in cases and exit; with --gold, --traps and --split "
        "also check that the gold scores 100% against itself")(
        "selftest-dir", po::value<std::string>(),
        "with --self-test: also check the fixture in this folder against its expected outputs")(
        "predictions", po::value<std::vector<std::string>>(), "events from conflictmap extract");
    po::positional_options_description positional;
    positional.add("predictions", -1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(opts).positional(positional).run(),
                  vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    if (vm.count("help") != 0) {
        std::cout << "Usage: eval_extract --gold G --traps T --split S [--set dev|test|all] "
                     "[--verbose] PREDICTIONS.geojsons\n       eval_extract --self-test "
                     "[--selftest-dir DIR] [--gold G --traps T --split S]\n\n"
                  << opts
                  << "\nExit codes: 0 scored (targets are reported, not enforced), 1 bad input, "
                     "2 usage error.\n";
        return 0;
    }
    if (vm.count("self-test") != 0) {
        int rc = self_test(std::cout);
        if (vm.count("selftest-dir") != 0) {
            rc |= self_test_files(vm["selftest-dir"].as<std::string>(), std::cout);
        }
        if (!gold_path.empty() && !traps_path.empty() && !split_path.empty()) {
            rc |= self_test_oracle(gold_path, traps_path, split_path, std::cout);
        }
        return rc;
    }
    if (gold_path.empty() || traps_path.empty() || split_path.empty()) {
        throw UsageError("--gold, --traps and --split are required");
    }
    SetChoice set;
    if (set_text == "dev") {
        set = SetChoice::dev;
    } else if (set_text == "test") {
        set = SetChoice::test;
    } else if (set_text == "all") {
        set = SetChoice::all;
    } else {
        throw UsageError("--set must be dev, test or all, not '" + set_text + "'");
    }
    if (vm.count("predictions") == 0 ||
        vm["predictions"].as<std::vector<std::string>>().size() != 1) {
        throw UsageError("give exactly one predictions file");
    }
    const std::string predictions_path = vm["predictions"].as<std::vector<std::string>>()[0];

    evaluate_files(gold_path, traps_path, split_path, predictions_path, set,
                   vm.count("verbose") != 0, std::cout, std::cerr);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const conflictmap::Error& e) {
        std::cerr << "eval_extract: "
                  << (e.kind() == conflictmap::ErrorKind::usage ? "" : "error: ") << e.what()
                  << '\n';
        return conflictmap::exit_code(e.kind());
    } catch (const std::exception& e) {
        std::cerr << "eval_extract: error: " << e.what() << '\n';
        return 1;
    }
}
