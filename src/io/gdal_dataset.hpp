// A thin RAII layer over GDAL/OGR's C++ API for writing vector data: GDAL's messages captured
// into our errors (nothing printed by GDAL itself), thread-local configuration options set for a
// scope, vector drivers looked up with their capabilities and checked creation options, spatial
// references with traditional GIS axis order, and datasets that close (and report) on purpose.
// Callers see conflictmap errors only: UsageError, OutputError, LibraryError carrying GDAL's
// own message.
#pragma once

#include <filesystem>
#include <gdal_priv.h>
#include <memory>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace conflictmap::io::gdal {

/// GDALAllRegister(), once per process.
void register_drivers();

/// While alive, GDAL's messages on this thread are collected here instead of being printed
/// (a CPLErrorHandler pushed on construction, popped on destruction). Debug messages are
/// dropped. Nested captures are fine: the innermost one receives.
class ErrorCapture {
public:
    struct Message {
        CPLErr level;
        int code;
        std::string text;
    };

    ErrorCapture();
    ~ErrorCapture();
    ErrorCapture(const ErrorCapture&) = delete;
    ErrorCapture& operator=(const ErrorCapture&) = delete;

    bool has_failure() const noexcept { return failed_; }
    /// Failure messages joined with "; " (empty when none).
    std::string failures() const;
    /// Warnings collected so far (at most kMaxWarnings, then "... N more"), and forget them.
    std::vector<Message> take_warnings();
    void clear() noexcept {
        messages_.clear();
        failed_ = false;
        warnings_ = 0;
    }

    static constexpr std::size_t kMaxWarnings = 100;

    /// Throws LibraryError("what", GDAL's failure messages) when a failure was captured, or
    /// when `ok` is false (then with GDAL's last message, or "unknown error").
    void check(bool ok, const std::string& what, const std::string& file = {});

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum code, const char* text);
    std::vector<Message> messages_;
    bool failed_ = false;
    std::size_t warnings_ = 0; ///< received since the last take_warnings(), stored or not
};

/// GDAL configuration options for this thread during a scope (CPLSetThreadLocalConfigOption),
/// restored on destruction. Later set() calls for the same key win.
class ScopedConfig {
public:
    ScopedConfig() = default;
    ~ScopedConfig();
    ScopedConfig(const ScopedConfig&) = delete;
    ScopedConfig& operator=(const ScopedConfig&) = delete;

    void set(const std::string& key, const std::string& value);

private:
    std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

/// NAME=VALUE list as GDAL wants it (char**, NULL-terminated), owning its strings.
class OptionList {
public:
    OptionList() = default;
    explicit OptionList(std::vector<std::string> options);
    /// Sets NAME=VALUE, replacing an earlier value of NAME (names compare case-insensitively).
    void set(const std::string& name, const std::string& value);
    /// Value of NAME, or nullptr.
    const char* get(const std::string& name) const;
    const std::vector<std::string>& items() const noexcept { return items_; }
    char** get() const;

private:
    std::vector<std::string> items_;
    mutable std::vector<const char*> pointers_;
};

/// "NAME=VALUE" -> {"NAME", "VALUE"}; throws UsageError for text without '=' or without name.
std::pair<std::string, std::string> split_option(const std::string& text, const char* flag);

/// What a creation-option list (a driver's DMD_CREATIONOPTIONLIST or
/// DS_LAYER_CREATIONOPTIONLIST XML) says about the given NAME=VALUE options: one message per
/// unknown name or bad value ("unknown layer creation option FOO"). Empty when all are fine or
/// when the driver publishes no list.
std::vector<std::string> check_creation_options(const char* option_list_xml,
                                                const std::vector<std::string>& options,
                                                const std::string& kind);

/// A GDAL driver that can create vector datasets.
class VectorDriver {
public:
    /// Throws UsageError naming some valid formats when `name` (case-insensitive) is not a
    /// GDAL driver that can create vector data.
    static VectorDriver find(const std::string& name);
    /// Short names of every driver that can create vector datasets, sorted.
    static std::vector<std::string> writable_names();

    const char* name() const { return driver_->GetDescription(); }
    GDALDriver& get() const noexcept { return *driver_; }
    /// DCAP_MULTIPLE_VECTOR_LAYERS: one dataset holds many layers (GeoPackage, KML, ...).
    bool multiple_layers() const;
    /// DMD_CREATIONFIELDDATATYPES / DMD_CREATIONFIELDDATASUBTYPES.
    bool supports_field_type(OGRFieldType type) const;
    bool supports_field_subtype(OGRFieldSubType subtype) const;
    /// DMD_EXTENSIONS (or DMD_EXTENSION), lower case, without dots.
    std::vector<std::string> extensions() const;
    const char* metadata(const char* key) const { return driver_->GetMetadataItem(key); }

private:
    explicit VectorDriver(GDALDriver* driver) : driver_(driver) {}
    GDALDriver* driver_;
};

/// A CRS from anything GDAL's SetFromUserInput knows (EPSG:3857, WKT, PROJ strings, a .prj
/// file; no network access), with OAMS_TRADITIONAL_GIS_ORDER. Throws LibraryError.
OGRSpatialReference spatial_reference(const std::string& text);
/// EPSG:4326 in longitude, latitude order.
OGRSpatialReference wgs84();
/// "EPSG:3857" when the CRS has an authority code, else its name, else `fallback` (the text
/// the user gave, say: PROJ strings make CRSs without either).
std::string describe(const OGRSpatialReference& srs, const std::string& fallback = "custom CRS");

struct CoordinateTransformationDeleter {
    void operator()(OGRCoordinateTransformation* ct) const noexcept {
        OGRCoordinateTransformation::DestroyCT(ct);
    }
};
using CoordinateTransformationPtr =
    std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDeleter>;

/// nullptr when source and target are the same CRS; throws LibraryError when PROJ has no way.
CoordinateTransformationPtr transformation(const OGRSpatialReference& source,
                                           const OGRSpatialReference& target);

/// A dataset being written. Layers belong to it; close() flushes and reports GDAL's errors
/// (the destructor closes too, but silently: call close() on the success path).
class Dataset {
public:
    /// Creates `path` with the driver; throws LibraryError (with GDAL's message) on failure.
    Dataset(const VectorDriver& driver, const std::filesystem::path& path,
            const OptionList& options, ErrorCapture& errors);
    ~Dataset();
    Dataset(const Dataset&) = delete;
    Dataset& operator=(const Dataset&) = delete;

    OGRLayer& create_layer(const std::string& name, const OGRSpatialReference* srs,
                           OGRwkbGeometryType type, const OptionList& options);
    /// A transaction when the driver has them (GeoPackage, SQLite); a no-op otherwise.
    void start_transaction();
    void commit_transaction();
    void close();

    const std::filesystem::path& path() const noexcept { return path_; }
    GDALDataset& get() const noexcept { return *dataset_; }

private:
    std::filesystem::path path_;
    ErrorCapture& errors_;
    GDALDatasetUniquePtr dataset_;
    bool in_transaction_ = false;
};

} // namespace conflictmap::io::gdal
