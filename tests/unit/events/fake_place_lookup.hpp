// A small made-up gazetteer for extractor tests: exact keys are lower-case words, the loose key
// drops vowels. Enough to test the extractor's rules without the real gazetteer.
#pragma once

#include "events/place_lookup.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace conflictmap::events::testing {

class FakePlaceLookup final : public PlaceLookup {
public:
    /// names: comma-separated names, the first preferred.
    void add(std::int64_t id, const std::string& names, double lat, double lon,
             const std::string& feature_code, const std::string& cc, const std::string& admin1,
             std::int64_t population = 0, double prior = 0.8) {
        Place p;
        p.id = id;
        p.lat = lat;
        p.lon = lon;
        p.feature_code = feature_code;
        p.feature_class = feature_code.rfind("PPL", 0) == 0 ? 'P'
                          : feature_code.rfind("ADM", 0) == 0 || feature_code.rfind("PCL", 0) == 0
                              ? 'A'
                          : feature_code == "MTS"                           ? 'T'
                          : feature_code == "RGN" || feature_code == "OILF" ? 'L'
                                                                            : 'S';
        p.country_code = cc;
        p.admin1_code = admin1;
        p.population = population;
        // The candidates view the place's strings: it is kept in place (moving the lookup
        // keeps it there too).
        const auto handle = static_cast<std::uint64_t>(store_.size());
        store_.push_back(std::make_unique<Place>(p));
        const auto stored = [&]() -> Place& { return *store_.back(); };
        std::size_t pos = 0;
        bool first = true;
        while (pos <= names.size()) {
            const auto comma = names.find(',', pos);
            const std::string name =
                names.substr(pos, comma == std::string::npos ? names.npos : comma - pos);
            if (first) {
                stored().name = name;
                first = false;
            }
            const CandidatePlace c = candidate_of(stored(), handle);
            const std::string key = key_of(name);
            places_[key].push_back({c, prior, false, false});
            loose_[loose(key)].push_back({c, prior * 0.9, false, true});
            for (std::size_t sp = key.find(' '); sp != std::string::npos;
                 sp = key.find(' ', sp + 1)) {
                prefixes_[key.substr(0, sp)] = true;
            }
            max_tokens_ = std::max<std::size_t>(
                max_tokens_, 1 + static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')));
            if (comma == std::string::npos) {
                break;
            }
            pos = comma + 1;
        }
        if (feature_code == "PCLI") {
            countries_[cc] = stored();
        }
    }

    static CandidatePlace candidate_of(const Place& p, std::uint64_t handle) {
        CandidatePlace c;
        c.id = p.id;
        c.name = p.name;
        c.lat = p.lat;
        c.lon = p.lon;
        c.feature_class = p.feature_class;
        c.feature_code = p.feature_code;
        c.country_code = p.country_code;
        c.admin1_code = p.admin1_code;
        c.admin2_code = p.admin2_code;
        c.population = p.population;
        c.handle = handle;
        return c;
    }

    static std::string key_of(const std::string& s) {
        std::string out;
        for (char c : s) {
            if (std::isalnum(static_cast<unsigned char>(c))) {
                out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            } else if (c == '\'') {
            } else if (!out.empty() && out.back() != ' ') {
                out += ' ';
            }
        }
        while (!out.empty() && out.back() == ' ') {
            out.pop_back();
        }
        return out;
    }
    static std::string loose(const std::string& key) {
        std::string out;
        std::string_view k(key);
        if (k.rfind("al ", 0) == 0) {
            k.remove_prefix(3);
        }
        for (char c : k) {
            if (std::string_view("aeiou ").find(c) == std::string_view::npos &&
                (out.empty() || out.back() != c)) {
                out += c;
            }
        }
        return out;
    }

    void append_token_key(std::string_view token, std::string& key) const override {
        key += key_of(std::string(token));
    }
    unsigned key_status(std::string_view key) const override {
        unsigned s = kNone;
        if (places_.count(std::string(key)) != 0) {
            s |= kName;
        }
        if (prefixes_.count(std::string(key)) != 0) {
            s |= kPrefix;
        }
        return s;
    }
    std::size_t max_name_tokens() const override { return max_tokens_; }
    void candidates(std::string_view key, std::vector<ToponymCandidate>& out) const override {
        if (auto it = places_.find(std::string(key)); it != places_.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
        }
    }
    void loose_candidates(std::string_view key, std::vector<ToponymCandidate>& out) const override {
        if (auto it = loose_.find(loose(std::string(key))); it != loose_.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
        }
    }
    void geocode(std::string_view query, std::vector<ToponymCandidate>& out) const override {
        // Designators: "X airport" -> X's airports, "X province" -> X's ADM1; else exact names.
        std::string key = key_of(std::string(query));
        for (const char* suffix : {" international airport", " airport", " air base", " base",
                                   " province", " governorate"}) {
            const std::string s(suffix);
            if (key.size() > s.size() && key.compare(key.size() - s.size(), s.size(), s) == 0) {
                const std::string core = key.substr(0, key.size() - s.size());
                for (const auto& [k, cands] : places_) {
                    for (const auto& c : cands) {
                        const bool airport = s.find("airport") != std::string::npos;
                        if (k.rfind(core, 0) == 0 &&
                            ((airport && c.place.feature_code == "AIRP") ||
                             (!airport && s.find("base") != std::string::npos &&
                              c.place.feature_code == "AIRB") ||
                             (s.find("prov") != std::string::npos &&
                              c.place.feature_code == "ADM1"))) {
                            out.push_back(c);
                        }
                    }
                }
                return;
            }
        }
        candidates(key, out);
    }
    Place place(const CandidatePlace& c) const override { return *store_.at(c.handle); }
    std::optional<Place> country(std::string_view cc) const override {
        if (auto it = countries_.find(std::string(cc)); it != countries_.end()) {
            return it->second;
        }
        return std::nullopt;
    }
    std::optional<Place> admin1_seat(std::string_view cc, std::string_view admin1) const override {
        for (const auto& [k, cands] : places_) {
            for (const auto& c : cands) {
                if (c.place.country_code == cc && c.place.admin1_code == admin1 &&
                    c.place.feature_code == "PPLA") {
                    return place(c.place);
                }
            }
        }
        return std::nullopt;
    }

    /// Iraq and a few places around it, with the facts of DOMAIN.md.
    static FakePlaceLookup iraq() {
        FakePlaceLookup g;
        g.add(1, "Iraq", 33.3406, 44.4009, "PCLI", "IQ", "00", 40000000, 0.9);
        g.add(2, "Iran", 35.6944, 51.4215, "PCLI", "IR", "00", 85000000, 0.9);
        g.add(3, "Syria", 33.5102, 36.2913, "PCLI", "SY", "00", 20000000, 0.9);
        g.add(4, "United Kingdom,Britain", 51.5085, -0.1257, "PCLI", "GB", "00", 66000000, 0.9);
        g.add(5, "United States,US", 38.8951, -77.0364, "PCLI", "US", "00", 330000000, 0.9);
        g.add(10, "Kirkuk,Kerkuk", 35.4681, 44.3922, "PPLA", "IQ", "13", 1031000, 0.95);
        g.add(11, "Kirkuk Governorate,Kirkuk", 35.3, 44.1, "ADM1", "IQ", "13", 0, 0.6);
        g.add(12, "K-1 Air Base,K1,K 1", 35.5125, 44.2842, "AIRB", "IQ", "13", 0, 0.9);
        g.add(13, "Baghdad", 33.3406, 44.4009, "PPLC", "IQ", "07", 7200000, 0.95);
        g.add(14, "Baghdad International Airport,BIAP", 33.2620, 44.2338, "AIRP", "IQ", "07", 0,
              0.9);
        g.add(15, "Ain al-Asad Air Base,Ain al-Asad,Al Asad", 33.7812, 42.4369, "AIRB", "IQ", "01",
              0, 0.9);
        g.add(16, "Anbar,Al Anbar", 33.4, 42.0, "ADM1", "IQ", "01", 0, 0.8);
        g.add(17, "Ramadi", 33.4258, 43.2992, "PPLA", "IQ", "01", 274000, 0.9);
        g.add(18, "Makhmour,Makhmur", 35.7762, 43.5797, "PPLA2", "IQ", "11", 20000, 0.9);
        g.add(19, "Dover", 39.1582, -75.5244, "PPLA", "US", "DE", 38000, 0.8);
        g.add(20, "Dover Air Force Base", 39.1295, -75.4657, "AIRB", "US", "DE", 0, 0.9);
        g.add(21, "Delaware,DE", 39.0, -75.5, "ADM1", "US", "DE", 0, 0.7);
        g.add(22, "Washington", 38.8951, -77.0364, "PPLC", "US", "DC", 700000, 0.9);
        g.add(23, "Tehran", 35.6944, 51.4215, "PPLC", "IR", "26", 8700000, 0.9);
        g.add(24, "Hit", 33.6416, 42.8251, "PPLA2", "IQ", "01", 60000, 0.7);
        g.add(25, "Tuz Khurmatu,Tuz Khurmatu", 34.8842, 44.6327, "PPLA2", "IQ", "18", 40000, 0.9);
        g.add(26, "Erbil,Arbil", 36.1926, 44.0106, "PPLA", "IQ", "11", 900000, 0.9);
        g.add(27, "Erbil International Airport", 36.2372, 43.9592, "AIRP", "IQ", "11", 0, 0.9);
        g.add(28, "Camp Taji,Taji", 33.5294, 44.2775, "MILB", "IQ", "07", 0, 0.85);
        g.add(29, "Sinjar", 36.3209, 41.8754, "PPLA2", "IQ", "15", 30000, 0.9);
        g.add(30, "Basra", 30.5085, 47.7804, "PPLA", "IQ", "02", 2000000, 0.95);
        g.add(31, "Jordan", 31.3456, 36.2712, "PCLI", "JO", "00", 11000000, 0.9);
        g.add(32, "Tower 22", 33.322, 38.7, "MILB", "JO", "MA", 0, 0.9);
        g.add(33, "Al-Omar Oil Field,Omar oil field", 35.1517, 40.5758, "OILF", "SY", "DZ", 0, 0.9);
        g.add(34, "Mandali", 33.7481, 45.5550, "PPLA3", "IQ", "10", 30000, 0.85);
        g.add(35, "Baqubah,Baquba", 33.7540, 44.6052, "PPLA", "IQ", "10", 470000, 0.9);
        g.add(36, "Balad Ruz", 33.6963, 45.0778, "PPLA2", "IQ", "10", 40000, 0.85);
        g.add(37, "Kurdistan Region", 36.1926, 44.0106, "RGN", "IQ", "", 0, 0.8);
        g.add(38, "Koya,Koye", 36.0829, 44.6287, "PPLA2", "IQ", "11", 40000, 0.85);
        g.add(39, "Zirgwez", 35.5648, 45.5984, "PPL", "IQ", "05", 0, 0.8);
        g.add(40, "London", 51.5085, -0.1257, "PPLC", "GB", "ENG", 8900000, 0.9);
        g.add(41, "Al-Taqaddum Air Base,Taqaddum", 33.338, 43.5971, "AIRB", "IQ", "01", 0, 0.8);
        g.add(42, "Jurf al-Sakhar", 32.8667, 44.2139, "PPL", "IQ", "06", 0, 0.85);
        g.add(43, "Duhok Governorate,Duhok", 36.8671, 42.9885, "ADM1", "IQ", "08", 0, 0.8);
        g.add(44, "Duhok", 36.8671, 42.9885, "PPLA", "IQ", "08", 340000, 0.9);
        g.add(45, "Uman", 48.7484, 30.2218, "PPLA2", "UA", "04", 80000, 0.85);
        g.add(46, "Ukraine", 49.0, 32.0, "PCLI", "UA", "00", 41000000, 0.9);
        g.add(47, "Sadr City,Sadr", 33.385, 44.465, "PPLX", "IQ", "07", 0, 0.7);
        g.add(48, "Wadi al-Shay", 35.2, 44.15, "VAL", "IQ", "13", 0, 0.7);
        return g;
    }

private:
    std::vector<std::unique_ptr<Place>> store_;
    std::map<std::string, std::vector<ToponymCandidate>> places_;
    std::map<std::string, std::vector<ToponymCandidate>> loose_;
    std::map<std::string, bool> prefixes_;
    std::map<std::string, Place> countries_;
    std::size_t max_tokens_ = 1;
};

} // namespace conflictmap::events::testing
