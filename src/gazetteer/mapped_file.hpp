// A read-only memory mapping of a whole file: how compiled indexes open in milliseconds and
// how large GeoNames dumps are parsed without copying them.
#pragma once

#include <filesystem>
#include <string_view>

namespace conflictmap::gazetteer {

class MappedFile {
public:
    /// How the mapping will be read, for the kernel's read-ahead.
    enum class Access { sequential, random };

    /// Maps path read-only. Throws InputError naming the file when it cannot be opened, is a
    /// folder, or cannot be mapped.
    explicit MappedFile(const std::filesystem::path& path, Access access = Access::sequential);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;

    /// The file's bytes (empty for an empty file), page-aligned, valid while this object lives.
    std::string_view bytes() const noexcept { return {data_, size_}; }

private:
    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

} // namespace conflictmap::gazetteer
