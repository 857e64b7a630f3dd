// The small gazetteer of tests/data/resolver (its own admin tables beside it), built once and
// shared by the gazetteer tests; and small helpers to read fixture tables.
#pragma once

#include "gazetteer/gazetteer.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace conflictmap::testing {

inline std::filesystem::path resolver_data() {
    return std::filesystem::path(CONFLICTMAP_TEST_DATA) / "resolver";
}

/// The fixture gazetteer alone (no embedded data).
inline const gazetteer::Gazetteer& fixture_gazetteer() {
    static const gazetteer::Gazetteer g = [] {
        gazetteer::GazetteerOptions options;
        options.embedded = false;
        options.sources = {(resolver_data() / "places.tsv").string()};
        return gazetteer::Gazetteer::open(options);
    }();
    return g;
}

/// Rows of a tab-separated file without its header line.
inline std::vector<std::vector<std::string>> read_table(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (header) {
            header = false;
            continue;
        }
        if (line.empty()) {
            continue;
        }
        std::vector<std::string> fields;
        std::stringstream s(line);
        std::string f;
        while (std::getline(s, f, '\t')) {
            fields.push_back(f);
        }
        rows.push_back(fields);
    }
    return rows;
}

/// Id of the top match of a query, or -1.
inline std::int64_t top_id(const gazetteer::Gazetteer& g, const std::string& query,
                           const gazetteer::GeocodeOptions& options = {}) {
    const auto matches = g.geocode(query, options);
    return matches.empty() ? -1 : g.facts(matches.front().place).id;
}

} // namespace conflictmap::testing
