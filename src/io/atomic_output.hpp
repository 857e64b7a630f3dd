// Outputs appear whole or not at all: everything is written under a temporary name beside the
// target and renamed into place on commit(). An existing target is refused unless overwrite is
// set; a failed or abandoned write leaves the previous target untouched.
#pragma once

#include <filesystem>
#include <fstream>

namespace conflictmap::io {

/// Throws OutputError when target exists and overwrite is false, or its folder is missing.
void check_output_target(const std::filesystem::path& target, bool overwrite);

/// A single output file.
class AtomicFile {
public:
    AtomicFile(std::filesystem::path target, bool overwrite);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// The temporary path (for libraries such as GDAL that open files by name).
    const std::filesystem::path& temp_path() const noexcept { return temp_; }
    /// A stream on the temporary file, opened on first use.
    std::ofstream& stream();
    /// Flush, close and rename over the target. Throws OutputError on failure.
    void commit();

private:
    std::filesystem::path target_;
    std::filesystem::path temp_;
    std::ofstream stream_;
    bool overwrite_;
    bool committed_ = false;
};

/// An output directory (report folders, one-file-per-layer formats). Files are written into
/// temp_path(); commit() swaps the whole folder into place.
class AtomicDirectory {
public:
    AtomicDirectory(std::filesystem::path target, bool overwrite);
    ~AtomicDirectory();
    AtomicDirectory(const AtomicDirectory&) = delete;
    AtomicDirectory& operator=(const AtomicDirectory&) = delete;

    const std::filesystem::path& temp_path() const noexcept { return temp_; }
    void commit();

private:
    std::filesystem::path target_;
    std::filesystem::path temp_;
    bool overwrite_;
    bool committed_ = false;
};

/// A fresh name beside target: ".<name>.tmp-<pid>-<n>".
std::filesystem::path temporary_sibling(const std::filesystem::path& target);

} // namespace conflictmap::io
