#include "gazetteer/mapped_file.hpp"

#include "core/error.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace conflictmap::gazetteer {

MappedFile::MappedFile(const std::filesystem::path& path, Access access) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        throw InputError(std::string("cannot open: ") + std::strerror(errno),
                         ErrorContext{path.string(), 0, 0, {}});
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int e = errno;
        ::close(fd);
        throw InputError(std::string("cannot read: ") + std::strerror(e),
                         ErrorContext{path.string(), 0, 0, {}});
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        throw InputError("is a folder, not a gazetteer file",
                         ErrorContext{path.string(), 0, 0, {}});
    }
    size_ = static_cast<std::size_t>(st.st_size);
    if (size_ > 0) {
        void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) {
            const int e = errno;
            ::close(fd);
            throw InputError(std::string("cannot map: ") + std::strerror(e),
                             ErrorContext{path.string(), 0, 0, {}});
        }
        // An index is read where lookups jump (only the pages they touch), a dump end to end.
        ::madvise(p, size_, access == Access::random ? MADV_RANDOM : MADV_SEQUENTIAL);
        data_ = static_cast<const char*>(p);
    }
    ::close(fd);
}

MappedFile::~MappedFile() {
    if (data_ != nullptr) {
        ::munmap(const_cast<char*>(data_), size_);
    }
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        if (data_ != nullptr) {
            ::munmap(const_cast<char*>(data_), size_);
        }
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

} // namespace conflictmap::gazetteer
