#include "io/gdal_dataset.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cctype>
#include <cpl_error.h>
#include <cpl_minixml.h>
#include <cpl_string.h>
#include <cstdlib>
#include <mutex>
#include <sstream>

namespace conflictmap::io::gdal {

namespace {

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) ==
                      std::toupper(static_cast<unsigned char>(y));
           });
}

std::vector<std::string> split_words(const char* text) {
    std::vector<std::string> out;
    if (text == nullptr) {
        return out;
    }
    std::istringstream in(text);
    std::string word;
    while (in >> word) {
        out.push_back(word);
    }
    return out;
}

bool contains_word(const char* list, const char* word) {
    for (const auto& w : split_words(list)) {
        if (iequals(w, word)) {
            return true;
        }
    }
    return false;
}

/// Owns a parsed CPL XML tree.
struct XmlTree {
    explicit XmlTree(const char* text)
        : root(text != nullptr ? CPLParseXMLString(text) : nullptr) {}
    ~XmlTree() {
        if (root != nullptr) {
            CPLDestroyXMLNode(root);
        }
    }
    XmlTree(const XmlTree&) = delete;
    XmlTree& operator=(const XmlTree&) = delete;
    CPLXMLNode* root;
};

bool valid_boolean(const std::string& v) {
    for (const char* b : {"YES", "NO", "TRUE", "FALSE", "ON", "OFF", "1", "0"}) {
        if (iequals(v, b)) {
            return true;
        }
    }
    return false;
}

bool valid_integer(const std::string& v) {
    if (v.empty()) {
        return false;
    }
    std::size_t i = (v[0] == '-' || v[0] == '+') ? 1 : 0;
    return i < v.size() && std::all_of(v.begin() + static_cast<std::ptrdiff_t>(i), v.end(),
                                       [](unsigned char c) { return std::isdigit(c) != 0; });
}

bool valid_float(const std::string& v) {
    if (v.empty()) {
        return false;
    }
    char* end = nullptr;
    (void)std::strtod(v.c_str(), &end);
    return end != nullptr && *end == '\0';
}

} // namespace

void register_drivers() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

// ---------------------------------------------------------------------------------------------

ErrorCapture::ErrorCapture() {
    CPLPushErrorHandlerEx(&ErrorCapture::handler, this);
}

ErrorCapture::~ErrorCapture() {
    CPLPopErrorHandler();
}

void CPL_STDCALL ErrorCapture::handler(CPLErr level, CPLErrorNum code, const char* text) {
    if (level == CE_Debug || level == CE_None) {
        return;
    }
    auto* self = static_cast<ErrorCapture*>(CPLGetErrorHandlerUserData());
    if (self == nullptr) {
        return;
    }
    if (level >= CE_Failure) {
        self->failed_ = true;
    } else if (++self->warnings_ > kMaxWarnings) {
        return; // a warning per feature of a million features: counted, not kept
    }
    self->messages_.push_back({level, code, text != nullptr ? text : ""});
}

std::string ErrorCapture::failures() const {
    std::string out;
    for (const auto& m : messages_) {
        if (m.level >= CE_Failure) {
            out += (out.empty() ? "" : "; ") + m.text;
        }
    }
    return out;
}

std::vector<ErrorCapture::Message> ErrorCapture::take_warnings() {
    std::vector<Message> out;
    std::vector<Message> keep;
    for (auto& m : messages_) {
        (m.level == CE_Warning ? out : keep).push_back(std::move(m));
    }
    messages_ = std::move(keep);
    if (warnings_ > kMaxWarnings) {
        out.push_back({CE_Warning, CPLE_AppDefined,
                       "... and " + std::to_string(warnings_ - kMaxWarnings) + " more warnings"});
    }
    warnings_ = 0;
    return out;
}

void ErrorCapture::check(bool ok, const std::string& what, const std::string& file) {
    if (ok && !has_failure()) {
        return;
    }
    std::string detail = failures();
    if (detail.empty() && !messages_.empty()) {
        detail = messages_.back().text;
    }
    if (detail.empty()) {
        detail = "unknown error";
    }
    clear();
    throw LibraryError("GDAL", what, detail, ErrorContext{file, 0, 0, {}});
}

// ---------------------------------------------------------------------------------------------

ScopedConfig::~ScopedConfig() {
    for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
        CPLSetThreadLocalConfigOption(it->first.c_str(),
                                      it->second ? it->second->c_str() : nullptr);
    }
}

void ScopedConfig::set(const std::string& key, const std::string& value) {
    const char* old = CPLGetThreadLocalConfigOption(key.c_str(), nullptr);
    saved_.emplace_back(key, old != nullptr ? std::optional<std::string>(old) : std::nullopt);
    CPLSetThreadLocalConfigOption(key.c_str(), value.c_str());
}

// ---------------------------------------------------------------------------------------------

OptionList::OptionList(std::vector<std::string> options) {
    for (const auto& o : options) {
        const auto eq = o.find('=');
        set(o.substr(0, eq), eq == std::string::npos ? std::string() : o.substr(eq + 1));
    }
}

void OptionList::set(const std::string& name, const std::string& value) {
    for (auto& item : items_) {
        if (iequals(item.substr(0, item.find('=')), name)) {
            item = name + "=" + value;
            return;
        }
    }
    items_.push_back(name + "=" + value);
}

const char* OptionList::get(const std::string& name) const {
    for (const auto& item : items_) {
        const auto eq = item.find('=');
        if (iequals(item.substr(0, eq), name)) {
            return item.c_str() + eq + 1;
        }
    }
    return nullptr;
}

char** OptionList::get() const {
    pointers_.clear();
    for (const auto& item : items_) {
        pointers_.push_back(item.c_str());
    }
    pointers_.push_back(nullptr);
    // GDAL's C API takes char** for lists it does not modify.
    return const_cast<char**>(pointers_.data());
}

std::pair<std::string, std::string> split_option(const std::string& text, const char* flag) {
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0) {
        throw UsageError(std::string(flag) + " '" + text + "': expected NAME=VALUE");
    }
    return {text.substr(0, eq), text.substr(eq + 1)};
}

std::vector<std::string> check_creation_options(const char* option_list_xml,
                                                const std::vector<std::string>& options,
                                                const std::string& kind) {
    std::vector<std::string> problems;
    if (option_list_xml == nullptr || options.empty()) {
        return problems;
    }
    XmlTree tree(option_list_xml);
    if (tree.root == nullptr) {
        return problems;
    }
    for (const auto& option : options) {
        const auto eq = option.find('=');
        const std::string name = option.substr(0, eq);
        const std::string value = eq == std::string::npos ? "" : option.substr(eq + 1);
        const CPLXMLNode* found = nullptr;
        for (const CPLXMLNode* n = tree.root->psChild; n != nullptr; n = n->psNext) {
            if (n->eType != CXT_Element || !iequals(n->pszValue, "Option")) {
                continue;
            }
            const char* oname = CPLGetXMLValue(n, "name", "");
            const char* alias = CPLGetXMLValue(n, "deprecated_alias", "");
            if (iequals(oname, name) || (*alias != '\0' && iequals(alias, name))) {
                found = n;
                break;
            }
        }
        if (found == nullptr) {
            problems.push_back("unknown " + kind + " option " + name);
            continue;
        }
        const std::string type = CPLGetXMLValue(found, "type", "string");
        bool ok = true;
        std::string expected;
        if (iequals(type, "boolean")) {
            ok = valid_boolean(value);
            expected = "YES or NO";
        } else if (iequals(type, "int") || iequals(type, "integer")) {
            ok = valid_integer(value);
            expected = "an integer";
        } else if (iequals(type, "float")) {
            ok = valid_float(value);
            expected = "a number";
        } else if (iequals(type, "string-select")) {
            std::vector<std::string> allowed;
            ok = false;
            for (const CPLXMLNode* v = found->psChild; v != nullptr; v = v->psNext) {
                if (v->eType != CXT_Element || !iequals(v->pszValue, "Value")) {
                    continue;
                }
                const char* text = CPLGetXMLValue(v, nullptr, "");
                const char* alias = CPLGetXMLValue(v, "alias", "");
                allowed.emplace_back(text);
                if (iequals(text, value) || (*alias != '\0' && iequals(alias, value))) {
                    ok = true;
                }
            }
            for (const auto& a : allowed) {
                expected += (expected.empty() ? "one of " : ", ") + a;
            }
        }
        if (!ok) {
            problems.push_back(kind + " option " + name + "='" + value + "': expected " + expected);
        }
    }
    return problems;
}

// ---------------------------------------------------------------------------------------------

VectorDriver VectorDriver::find(const std::string& name) {
    register_drivers();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(name.c_str());
    const auto writable = [](GDALDriver* d) {
        return d != nullptr && d->GetMetadataItem(GDAL_DCAP_VECTOR) != nullptr &&
               d->GetMetadataItem(GDAL_DCAP_CREATE) != nullptr;
    };
    if (writable(driver)) {
        return VectorDriver(driver);
    }
    // Say what would work: a close match first, then the common formats.
    std::string message = "unknown output format '" + name + "'";
    if (driver != nullptr) {
        message = "format '" + name + "' cannot write vector data";
    }
    const auto names = writable_names();
    for (const auto& n : names) {
        const std::string a = upper(n), b = upper(name);
        if (!b.empty() && (a.find(b) != std::string::npos || b.find(a) != std::string::npos)) {
            message += " (did you mean '" + n + "'?)";
            break;
        }
    }
    message += "; vector formats include GPKG, GeoJSON, GeoJSONSeq, 'ESRI Shapefile', KML, "
               "CSV, FlatGeobuf (all " +
               std::to_string(names.size()) + ": 'ogrinfo --formats')";
    throw UsageError(message);
}

std::vector<std::string> VectorDriver::writable_names() {
    register_drivers();
    std::vector<std::string> out;
    auto* manager = GetGDALDriverManager();
    for (int i = 0; i < manager->GetDriverCount(); ++i) {
        GDALDriver* d = manager->GetDriver(i);
        if (d->GetMetadataItem(GDAL_DCAP_VECTOR) != nullptr &&
            d->GetMetadataItem(GDAL_DCAP_CREATE) != nullptr) {
            out.emplace_back(d->GetDescription());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool VectorDriver::multiple_layers() const {
    return driver_->GetMetadataItem(GDAL_DCAP_MULTIPLE_VECTOR_LAYERS) != nullptr;
}

bool VectorDriver::supports_field_type(OGRFieldType type) const {
    return contains_word(driver_->GetMetadataItem(GDAL_DMD_CREATIONFIELDDATATYPES),
                         OGRFieldDefn::GetFieldTypeName(type));
}

bool VectorDriver::supports_field_subtype(OGRFieldSubType subtype) const {
    return contains_word(driver_->GetMetadataItem(GDAL_DMD_CREATIONFIELDDATASUBTYPES),
                         OGRFieldDefn::GetFieldSubTypeName(subtype));
}

std::vector<std::string> VectorDriver::extensions() const {
    const char* list = driver_->GetMetadataItem(GDAL_DMD_EXTENSIONS);
    if (list == nullptr) {
        list = driver_->GetMetadataItem(GDAL_DMD_EXTENSION);
    }
    std::vector<std::string> out;
    for (auto& w : split_words(list)) {
        std::transform(w.begin(), w.end(), w.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        out.push_back(w);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

OGRSpatialReference spatial_reference(const std::string& text) {
    register_drivers();
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char* const options[] = {"ALLOW_NETWORK_ACCESS=NO", nullptr};
    ErrorCapture errors;
    const OGRErr err = srs.SetFromUserInput(text.c_str(), options);
    if (err != OGRERR_NONE || srs.IsEmpty()) {
        std::string detail = errors.failures();
        throw LibraryError("GDAL", "unknown CRS '" + text + "'",
                           detail.empty() ? "not a CRS PROJ knows" : detail);
    }
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

OGRSpatialReference wgs84() {
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

namespace {
std::optional<std::string> authority_code(const OGRSpatialReference& srs) {
    const char* authority = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    if (authority == nullptr || code == nullptr) {
        return std::nullopt;
    }
    return std::string(authority) + ":" + code;
}
} // namespace

std::string describe(const OGRSpatialReference& srs, const std::string& fallback) {
    if (auto code = authority_code(srs)) {
        return *code;
    }
    const char* name = srs.GetName();
    return name != nullptr && std::string(name) != "unknown" ? std::string(name) : fallback;
}

CoordinateTransformationPtr transformation(const OGRSpatialReference& source,
                                           const OGRSpatialReference& target) {
    const char* const criteria[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=NO",
                                    "CRITERION=EQUIVALENT", nullptr};
    if (source.IsSame(&target, criteria) != 0) {
        return nullptr;
    }
    ErrorCapture errors;
    CoordinateTransformationPtr ct(OGRCreateCoordinateTransformation(&source, &target));
    if (!ct) {
        throw LibraryError("GDAL",
                           "no coordinate transformation to " + describe(target, "the target CRS"),
                           errors.failures());
    }
    return ct;
}

// ---------------------------------------------------------------------------------------------

Dataset::Dataset(const VectorDriver& driver, const std::filesystem::path& path,
                 const OptionList& options, ErrorCapture& errors)
    : path_(path), errors_(errors) {
    errors_.clear();
    dataset_.reset(driver.get().Create(path.string().c_str(), 0, 0, 0, GDT_Unknown, options.get()));
    errors_.check(dataset_ != nullptr, std::string("cannot create a ") + driver.name() + " dataset",
                  path.string());
}

Dataset::~Dataset() = default;

OGRLayer& Dataset::create_layer(const std::string& name, const OGRSpatialReference* srs,
                                OGRwkbGeometryType type, const OptionList& options) {
    // GDAL 3.6 takes the CRS non-const but only clones it.
    OGRLayer* layer = dataset_->CreateLayer(name.c_str(), const_cast<OGRSpatialReference*>(srs),
                                            type, options.get());
    errors_.check(layer != nullptr, "cannot create layer '" + name + "'", path_.string());
    return *layer;
}

void Dataset::start_transaction() {
    if (dataset_->TestCapability(ODsCTransactions) == 0) {
        return;
    }
    errors_.check(dataset_->StartTransaction() == OGRERR_NONE, "cannot start a transaction",
                  path_.string());
    in_transaction_ = true;
}

void Dataset::commit_transaction() {
    if (!in_transaction_) {
        return;
    }
    in_transaction_ = false;
    errors_.check(dataset_->CommitTransaction() == OGRERR_NONE, "cannot commit the transaction",
                  path_.string());
}

void Dataset::close() {
    if (!dataset_) {
        return;
    }
    commit_transaction();
    errors_.clear();
    // GDAL 3.6's GDALClose reports problems (a failed final write) through CPLError only.
    GDALClose(GDALDataset::ToHandle(dataset_.release()));
    errors_.check(true, "cannot finish writing", path_.string());
}

} // namespace conflictmap::io::gdal
