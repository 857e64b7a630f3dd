#include "gazetteer/geonames_reader.hpp"

#include "core/error.hpp"
#include "text/utf8.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace conflictmap::gazetteer {

namespace {

constexpr std::size_t kMaxFields = 24;

/// The tab-separated fields of one line with their 1-based columns.
struct Fields {
    std::array<std::string_view, kMaxFields> value{};
    std::array<std::size_t, kMaxFields> column{};
    std::size_t count = 0; ///< may exceed kMaxFields (then only the first are stored)
};

Fields split_tabs(std::string_view line) {
    Fields f;
    std::size_t begin = 0;
    while (true) {
        const std::size_t tab = line.find('\t', begin);
        const std::size_t end = tab == std::string_view::npos ? line.size() : tab;
        if (f.count < kMaxFields) {
            f.value[f.count] = line.substr(begin, end - begin);
            f.column[f.count] = begin + 1;
        }
        ++f.count;
        if (tab == std::string_view::npos) {
            break;
        }
        begin = tab + 1;
    }
    return f;
}

struct LineContext {
    const std::string& file;
    std::uint64_t number;
};

[[noreturn]] void bad(const LineContext& at, std::size_t column, const std::string& field,
                      const std::string& message) {
    throw InputError(message, ErrorContext{at.file, at.number, column, field});
}

void expect_fields(const LineContext& at, std::string_view line, const Fields& f,
                   std::size_t expected_min, std::size_t expected_max, const char* what) {
    if (f.count < expected_min || f.count > expected_max) {
        const std::size_t column = f.count > expected_max && expected_max < kMaxFields
                                       ? f.column[expected_max] - 1
                                       : line.size() + 1;
        std::string expected = std::to_string(expected_min);
        if (expected_max != expected_min) {
            expected += " or " + std::to_string(expected_max);
        }
        bad(at, column, {},
            std::string("expected ") + expected + " tab-separated fields (" + what + "), found " +
                std::to_string(f.count));
    }
}

std::int64_t parse_integer(const LineContext& at, const Fields& f, std::size_t i, const char* field,
                           bool allow_empty, bool allow_negative) {
    const std::string_view s = f.value[i];
    if (s.empty()) {
        if (allow_empty) {
            return 0;
        }
        bad(at, f.column[i], field, "empty, expected an integer");
    }
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || (!allow_negative && v < 0)) {
        bad(at, f.column[i], field,
            "'" + std::string(text::truncate_utf8(s, 40)) + "' is not " +
                (allow_negative ? "an integer" : "a non-negative integer"));
    }
    return v;
}

double parse_coordinate(const LineContext& at, const Fields& f, std::size_t i, const char* field,
                        double limit) {
    const std::string_view s = f.value[i];
    double v = 0.0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) {
        bad(at, f.column[i], field,
            "'" + std::string(text::truncate_utf8(s, 40)) + "' is not a number");
    }
    if (v < -limit || v > limit) {
        bad(at, f.column[i], field,
            std::string(s) + " is out of range [-" + std::to_string(static_cast<int>(limit)) +
                ", " + std::to_string(static_cast<int>(limit)) + "]");
    }
    return v;
}

void check_utf8(const LineContext& at, std::string_view line) {
    if (text::is_valid_utf8(line)) {
        return;
    }
    std::size_t pos = 0;
    while (pos < line.size()) {
        const std::size_t start = pos;
        const char32_t cp = text::decode_utf8(line, pos);
        if (cp == text::kReplacementChar && pos == start + 1 &&
            static_cast<unsigned char>(line[start]) >= 0x80U) {
            bad(at, start + 1, {}, "invalid UTF-8");
        }
    }
    bad(at, 0, {}, "invalid UTF-8");
}

/// Calls parse(line, context) for every meaningful line; handles skip_bad.
template <class Parse>
ReadCounts for_each_row(std::string_view content, const std::string& file, const RowPolicy& policy,
                        Parse parse) {
    ReadCounts counts;
    std::uint64_t number = 0;
    std::size_t begin = 0;
    while (begin < content.size()) {
        std::size_t end = content.find('\n', begin);
        if (end == std::string_view::npos) {
            end = content.size();
        }
        std::string_view line = content.substr(begin, end - begin);
        begin = end + 1;
        ++number;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const LineContext at{file, number};
        try {
            check_utf8(at, line);
            if (parse(line, at)) {
                ++counts.rows;
            }
        } catch (const InputError& e) {
            if (!policy.skip_bad) {
                throw;
            }
            ++counts.skipped;
            if (policy.diagnostics != nullptr) {
                policy.diagnostics->skipped(e, "malformed-gazetteer-row");
            }
        }
    }
    return counts;
}

bool is_feature_code(std::string_view s) {
    if (s.size() > 10) {
        return false;
    }
    for (char c : s) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            return false;
        }
    }
    return true;
}

bool starts_with_header(std::string_view line, std::string_view word) {
    if (line.size() < word.size()) {
        return false;
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = line[i];
        const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        if (lower != word[i]) {
            return false;
        }
    }
    return true;
}

bool parse_flag(const LineContext& at, const Fields& f, std::size_t i, const char* field) {
    if (i >= f.count || f.value[i].empty()) {
        return false;
    }
    if (f.value[i] == "1") {
        return true;
    }
    if (f.value[i] == "0") {
        return false;
    }
    bad(at, f.column[i], field, "expected 1 or empty");
}

} // namespace

ReadCounts read_geonames_rows(std::string_view content, const std::string& file,
                              const RowPolicy& policy,
                              const std::function<void(const GeonamesRow&)>& on_row) {
    return for_each_row(content, file, policy, [&](std::string_view line, const LineContext& at) {
        if (at.number == 1 && starts_with_header(line, "geonameid")) {
            return false;
        }
        const Fields f = split_tabs(line);
        expect_fields(at, line, f, 19, 19, "the GeoNames layout");
        GeonamesRow row;
        row.id = parse_integer(at, f, 0, "geonameid", false, false);
        if (row.id == 0) {
            bad(at, f.column[0], "geonameid", "0 is not a valid id");
        }
        row.name = f.value[1];
        if (row.name.empty()) {
            bad(at, f.column[1], "name", "empty name");
        }
        row.ascii_name = f.value[2];
        row.alternate_names = f.value[3];
        row.lat = parse_coordinate(at, f, 4, "latitude", 90.0);
        row.lon = parse_coordinate(at, f, 5, "longitude", 180.0);
        const std::string_view fclass = f.value[6];
        if (fclass.size() > 1 ||
            (fclass.size() == 1 &&
             std::string_view("ADHLPRSTUV").find(fclass[0]) == std::string_view::npos)) {
            bad(at, f.column[6], "feature class",
                "'" + std::string(text::truncate_utf8(fclass, 20)) +
                    "' is not one of A, H, L, P, R, S, T, U, V");
        }
        row.feature_class = fclass.empty() ? '\0' : fclass[0];
        row.feature_code = f.value[7];
        if (!is_feature_code(row.feature_code)) {
            bad(at, f.column[7], "feature code",
                "'" + std::string(text::truncate_utf8(row.feature_code, 20)) +
                    "' is not a feature code (A-Z, 0-9)");
        }
        row.country_code = f.value[8];
        if (!row.country_code.empty() &&
            (row.country_code.size() != 2 || row.country_code[0] < 'A' ||
             row.country_code[0] > 'Z' || row.country_code[1] < 'A' || row.country_code[1] > 'Z')) {
            bad(at, f.column[8], "country code",
                "'" + std::string(text::truncate_utf8(row.country_code, 20)) +
                    "' is not an ISO 3166-1 alpha-2 code");
        }
        row.admin1_code = f.value[10];
        row.admin2_code = f.value[11];
        row.population = parse_integer(at, f, 14, "population", true, false);
        parse_integer(at, f, 15, "elevation", true, true);
        parse_integer(at, f, 16, "dem", true, true);
        on_row(row);
        return true;
    });
}

ReadCounts read_admin_codes(std::string_view content, const std::string& file,
                            const RowPolicy& policy,
                            const std::function<void(const AdminCodeRow&)>& on_row) {
    return for_each_row(content, file, policy, [&](std::string_view line, const LineContext& at) {
        const Fields f = split_tabs(line);
        expect_fields(at, line, f, 4, 4, "code, name, ASCII name, geonameid");
        AdminCodeRow row;
        row.code = f.value[0];
        if (row.code.size() < 4 || row.code[2] != '.') {
            bad(at, f.column[0], "code",
                "'" + std::string(text::truncate_utf8(row.code, 40)) +
                    "' is not an admin code such as IQ.13 or IQ.13.94786");
        }
        row.name = f.value[1];
        if (row.name.empty()) {
            bad(at, f.column[1], "name", "empty name");
        }
        row.ascii_name = f.value[2];
        row.geonames_id = parse_integer(at, f, 3, "geonameid", true, false);
        on_row(row);
        return true;
    });
}

ReadCounts read_alternate_names(std::string_view content, const std::string& file,
                                const RowPolicy& policy,
                                const std::function<void(const AlternateNameRow&)>& on_row) {
    return for_each_row(content, file, policy, [&](std::string_view line, const LineContext& at) {
        const Fields f = split_tabs(line);
        expect_fields(at, line, f, 8, 10, "the alternateNames layout");
        if (f.count == 9) {
            bad(at, line.size() + 1, {}, "expected 8 or 10 tab-separated fields, found 9");
        }
        AlternateNameRow row;
        parse_integer(at, f, 0, "alternateNameId", false, false);
        row.geonames_id = parse_integer(at, f, 1, "geonameid", false, false);
        row.language = f.value[2];
        row.name = f.value[3];
        row.preferred = parse_flag(at, f, 4, "isPreferredName");
        row.short_name = parse_flag(at, f, 5, "isShortName");
        row.colloquial = parse_flag(at, f, 6, "isColloquial");
        row.historic = parse_flag(at, f, 7, "isHistoric");
        on_row(row);
        return true;
    });
}

} // namespace conflictmap::gazetteer
