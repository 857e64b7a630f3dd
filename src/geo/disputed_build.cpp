#include "geo/disputed_build.hpp"

#include "core/error.hpp"
#include "geo/area_layer_io.hpp"
#include "geo/disputed_catalog.hpp"
#include "geo/geos_bridge.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

namespace conflictmap::geo {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

std::string trimmed_upper(std::string s) {
    const auto b = s.find_first_not_of(" \t");
    const auto e = s.find_last_not_of(" \t");
    s = b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
    for (auto& c : s) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return s;
}

// Field names (lower case) of the usual sources: OCHA COD-AB (ADM2_EN, ADM2_PCODE, and the
// older admin2Name_en / admin2Pcode), geoBoundaries (shapeName), GADM (NAME_2, VARNAME_2).
const std::vector<std::string_view> kPcodeFields2 = {"adm2_pcode", "admin2pcode", "pcode",
                                                     "p_code"};
const std::vector<std::string_view> kPcodeFields3 = {"adm3_pcode", "admin3pcode", "pcode",
                                                     "p_code"};
const std::vector<std::string_view> kNameFields2 = {
    "adm2_en",    "adm2_ar",    "adm2_ref",      "adm2alt1en",    "adm2alt2en",
    "adm2alt1ar", "adm2alt2ar", "admin2name_en", "admin2name_ar", "admin2refname",
    "admin2name", "shapename",  "name_2",        "varname_2",     "nl_name_2",
    "name",       "name_en",    "name_ar",       "district",      "district_name"};
const std::vector<std::string_view> kNameFields3 = {
    "adm3_en",    "adm3_ar",    "adm3_ref",      "adm3alt1en",    "adm3alt2en",
    "adm3alt1ar", "adm3alt2ar", "admin3name_en", "admin3name_ar", "admin3refname",
    "admin3name", "shapename",  "name_3",        "varname_3",     "nl_name_3",
    "name",       "name_en",    "name_ar",       "subdistrict",   "subdistrict_name"};
const std::vector<std::string_view> kGovernorateFields = {
    "adm1_en",    "adm1_ar", "adm1_ref",    "admin1name_en", "admin1name_ar",
    "admin1name", "name_1",  "governorate", "province"};

const std::vector<std::string_view> kKriGovernorates = {
    "Duhok",        "Dahuk",        "Dohuk",       "Dihok",           "Dahok",
    "دهوك",         "Erbil",        "Arbil",       "Irbil",           "Hawler",
    "أربيل",        "Sulaymaniyah", "Sulaymaniya", "As-Sulaymaniyah", "Sulaimaniya",
    "Sulaimaniyah", "Suleimaniyah", "Slemani",     "Al-Sulaymaniyah", "السليمانية",
    "Halabja",      "Halabjah",     "حلبجة"};

/// Attribute names of a layer (its first feature's: OGR gives every feature the same schema).
std::vector<std::string> field_names(const AreaLayer& layer) {
    std::vector<std::string> out;
    if (!layer.features.empty()) {
        for (const auto& [k, v] : layer.features.front().attributes) {
            out.push_back(k);
        }
    }
    return out;
}

/// The source's fields among the known ones (matched case-insensitively).
std::vector<std::string> known_fields(const std::vector<std::string>& fields,
                                      const std::vector<std::string_view>& known) {
    std::vector<std::string> out;
    for (const auto& k : known) {
        for (const auto& f : fields) {
            if (lower(f) == k) {
                out.push_back(f);
            }
        }
    }
    return out;
}

std::string require_field(const std::vector<std::string>& fields, const std::string& wanted,
                          const std::string& option, const std::string& path) {
    for (const auto& f : fields) {
        if (lower(f) == lower(wanted)) {
            return f;
        }
    }
    std::string list;
    for (const auto& f : fields) {
        list += (list.empty() ? "" : ", ") + f;
    }
    throw UsageError(option + " " + wanted + ": no such field in " + path + " (fields: " + list +
                     ")");
}

std::string choose_layer(const std::string& path, const std::string& wanted,
                         std::string_view level) {
    const auto names = ogr_layer_names(path);
    if (!wanted.empty()) {
        if (std::find(names.begin(), names.end(), wanted) == names.end()) {
            throw UsageError("no layer '" + wanted + "' in " + path);
        }
        return wanted;
    }
    for (const auto& n : names) {
        if (lower(n).find(level) != std::string::npos) {
            return n;
        }
    }
    if (names.empty()) {
        throw InputError("no layer in the data source", ErrorContext{path, 0, 0, {}});
    }
    return names.front();
}

struct Source {
    std::string path;
    std::string label; // file name, for messages and the method attribute
    AreaLayer layer;
    std::vector<std::string> pcode_fields;
    std::vector<std::string> name_fields;
    std::vector<std::string> governorate_fields;
};

Source open_source(const std::string& path, const std::string& layer_name, int level,
                   const DisputedBuildOptions& options) {
    Source s;
    s.path = path;
    s.label = std::filesystem::path(path).filename().string();
    std::size_t skipped = 0;
    s.layer = read_ogr_layer(path, choose_layer(path, layer_name, level == 2 ? "adm2" : "adm3"),
                             &skipped);
    const auto fields = field_names(s.layer);
    s.pcode_fields =
        options.id_field.empty()
            ? known_fields(fields, level == 2 ? kPcodeFields2 : kPcodeFields3)
            : std::vector<std::string>{require_field(fields, options.id_field, "--id-field", path)};
    s.name_fields = options.name_field.empty()
                        ? known_fields(fields, level == 2 ? kNameFields2 : kNameFields3)
                        : std::vector<std::string>{
                              require_field(fields, options.name_field, "--name-field", path)};
    s.governorate_fields = known_fields(fields, kGovernorateFields);
    if (s.pcode_fields.empty() && s.name_fields.empty()) {
        throw InputError("no P-code or name field found (use --id-field or --name-field)",
                         ErrorContext{path, 0, 0, {}});
    }
    return s;
}

bool governorate_ok(const Source& s, const AreaFeature& f, const DisputedAreaSpec& spec) {
    bool any_value = false;
    for (const auto& field : s.governorate_fields) {
        const std::string v = f.text(field);
        if (v.empty()) {
            continue;
        }
        any_value = true;
        if (matches_governorate(spec, v)) {
            return true;
        }
    }
    return !any_value; // a source that does not say the governorate cannot contradict it
}

/// Indices of the features of s that are spec, and how they were found.
std::vector<std::size_t> find_by_name(const Source& s, const DisputedAreaSpec& spec,
                                      DisputedMatch& match) {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < s.layer.features.size(); ++i) {
        const auto& f = s.layer.features[i];
        for (const auto& field : s.name_fields) {
            const std::string v = f.text(field);
            if (matches_area_name(spec, v) && governorate_ok(s, f, spec)) {
                found.push_back(i);
                match.matched_by = "name";
                match.value = v;
                break;
            }
        }
    }
    return found;
}

/// The feature has names and none of them is one of spec's.
bool names_disagree(const Source& s, const AreaFeature& f, const DisputedAreaSpec& spec) {
    bool any = false;
    for (const auto& field : s.name_fields) {
        const std::string v = f.text(field);
        if (!v.empty()) {
            any = true;
            if (matches_area_name(spec, v)) {
                return false;
            }
        }
    }
    return any;
}

/// Indices of the features of s that are spec, and how they were found: by P-code, unless
/// the P-code's feature is named otherwise and a feature of spec's name exists (a source with
/// other P-codes than the ones we know); else by name.
std::vector<std::size_t> find_area(const Source& s, const DisputedAreaSpec& spec,
                                   DisputedMatch& match, Diagnostics& diag) {
    std::vector<std::size_t> found;
    if (!spec.pcode.empty()) {
        const std::string code = trimmed_upper(std::string(spec.pcode));
        for (std::size_t i = 0; i < s.layer.features.size(); ++i) {
            for (const auto& field : s.pcode_fields) {
                if (trimmed_upper(s.layer.features[i].text(field)) == code) {
                    found.push_back(i);
                    match.matched_by = "pcode";
                    match.value = s.layer.features[i].text(field);
                    break;
                }
            }
        }
        if (!found.empty() && names_disagree(s, s.layer.features[found.front()], spec)) {
            const std::string other = s.layer.features[found.front()].text(s.name_fields.front());
            DisputedMatch by_name;
            auto named = find_by_name(s, spec, by_name);
            if (!named.empty()) {
                diag.warn("P-code " + std::string(spec.pcode) + " is '" + other + "' in " +
                              s.label + "; " + std::string(spec.name) + " matched by name ('" +
                              by_name.value + "') instead",
                          {}, "pcode-name-mismatch");
                match.matched_by = by_name.matched_by;
                match.value = by_name.value;
                return named;
            }
            diag.warn("P-code " + std::string(spec.pcode) + " is named '" + other + "' in " +
                          s.label + ", not " + std::string(spec.name) + "; kept by P-code",
                      {}, "pcode-name-mismatch");
        }
        if (!found.empty()) {
            return found;
        }
    }
    return find_by_name(s, spec, match);
}

bool is_kri_governorate(std::string_view name) {
    const std::string n = normalise_area_name(name);
    return !n.empty() &&
           std::any_of(kKriGovernorates.begin(), kKriGovernorates.end(),
                       [&n](std::string_view k) { return normalise_area_name(k) == n; });
}

} // namespace

DisputedLayers build_disputed_from_boundaries(const DisputedBuildOptions& options,
                                              Diagnostics& diag, DisputedBuildReport& report) {
    Source admin2 = open_source(options.admin2, options.admin2_layer, 2, options);
    std::optional<Source> admin3;
    if (!options.admin3.empty()) {
        admin3 = open_source(options.admin3, options.admin3_layer, 3, options);
    }

    DisputedLayers layers;
    GeosContext ctx;
    for (const auto& spec : disputed_area_catalog()) {
        if (spec.extended_claim && !options.extended_claims) {
            continue;
        }
        const std::string label = std::string(spec.name) +
                                  (spec.pcode.empty() ? "" : " (" + std::string(spec.pcode) + ")");
        const Source* source = spec.subdistrict ? (admin3 ? &*admin3 : nullptr) : &admin2;
        if (source == nullptr) {
            report.unmatched.push_back(label + ": a sub-district; give --admin3");
            diag.warn("not built: " + report.unmatched.back(), {}, "unmatched-area");
            continue;
        }
        DisputedMatch match;
        match.area = std::string(spec.name);
        const auto found = find_area(*source, spec, match, diag);
        if (found.empty()) {
            report.unmatched.push_back(label + ": not found in " + source->label);
            diag.warn("not built: " + report.unmatched.back(), {}, "unmatched-area");
            continue;
        }
        std::vector<GeomPtr> parts;
        std::vector<const GEOSGeometry*> raw;
        for (const std::size_t i : found) {
            const auto* mp = std::get_if<MultiPolygon>(&source->layer.features[i].geometry);
            if (mp == nullptr) {
                continue;
            }
            bool repaired = false;
            parts.push_back(make_valid_polygonal(ctx, to_geos(ctx, *mp).get(), &repaired));
            raw.push_back(parts.back().get());
            if (repaired) {
                ++report.repaired;
                diag.warn("repaired an invalid polygon of " + std::string(spec.name) +
                              " (feature " + std::to_string(i + 1) + " of " + source->label +
                              ") with GEOSMakeValid",
                          ErrorContext{source->path, 0, 0, {}}, "invalid-polygon");
            }
        }
        MultiPolygon geometry;
        if (!raw.empty()) {
            auto u = union_of(ctx, raw);
            geometry = polygons_from_geos(ctx, u.get());
        }
        if (geometry.empty()) {
            report.unmatched.push_back(label + ": matched polygons have no area");
            diag.warn("not built: " + report.unmatched.back(), {}, "unmatched-area");
            continue;
        }
        match.features = raw.size();
        report.matched.push_back(match);
        layers.areas.features.push_back(
            make_area_feature(spec, std::move(geometry),
                              std::string(kMethodAuthoritative) + " (" + source->label + ", " +
                                  match.matched_by + " " + match.value + ")"));
    }
    if (layers.areas.features.empty()) {
        throw InputError("none of the disputed areas was found (fields searched: P-code " +
                             std::to_string(admin2.pcode_fields.size()) + ", name " +
                             std::to_string(admin2.name_fields.size()) +
                             "; try --id-field / --name-field)",
                         ErrorContext{options.admin2, 0, 0, {}});
    }

    // The Kurdistan Region from the source's districts when it says their governorate.
    std::vector<MultiPolygon> kri, others;
    if (!admin2.governorate_fields.empty()) {
        for (const auto& f : admin2.layer.features) {
            const auto* mp = std::get_if<MultiPolygon>(&f.geometry);
            if (mp == nullptr) {
                continue;
            }
            bool in_kri = false;
            for (const auto& field : admin2.governorate_fields) {
                in_kri = in_kri || is_kri_governorate(f.text(field));
            }
            (in_kri ? kri : others).push_back(*mp);
        }
    }
    if (!kri.empty()) {
        complete_disputed_layers(layers, kri, others);
        report.kri_from_source = true;
    } else {
        complete_disputed_layers(layers, {}, {});
        layers.kri_region =
            embedded_geojson_layer("gazetteer/kri_region.geojson", std::string(kKriRegionLayer));
        layers.kri_boundary = embedded_geojson_layer("gazetteer/kri_boundary.geojson",
                                                     std::string(kKriBoundaryLayer));
    }
    return layers;
}

} // namespace conflictmap::geo
