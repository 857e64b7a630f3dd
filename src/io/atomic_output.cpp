#include "io/atomic_output.hpp"

#include "core/error.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <system_error>
#include <unistd.h>

namespace fs = std::filesystem;

namespace conflictmap::io {

namespace {
std::atomic<unsigned> g_counter{0};

OutputError output_error(const fs::path& target, const std::string& what) {
    return OutputError(what, ErrorContext{target.string(), 0, 0, {}});
}

fs::path parent_or_dot(const fs::path& p) {
    return p.has_parent_path() ? p.parent_path() : fs::path(".");
}
} // namespace

fs::path temporary_sibling(const fs::path& target) {
    const fs::path name = target.filename();
    return parent_or_dot(target) / ("." + name.string() + ".tmp-" + std::to_string(::getpid()) +
                                    "-" + std::to_string(g_counter++));
}

void check_output_target(const fs::path& target, bool overwrite) {
    std::error_code ec;
    if (target.empty()) {
        throw output_error(target, "empty output path");
    }
    if (fs::exists(target, ec) && !overwrite) {
        throw output_error(target, "output exists; use --overwrite to replace it");
    }
    const fs::path dir = parent_or_dot(target);
    if (!fs::is_directory(dir, ec)) {
        throw output_error(target, "folder '" + dir.string() + "' does not exist");
    }
}

AtomicFile::AtomicFile(fs::path target, bool overwrite)
    : target_(std::move(target)), overwrite_(overwrite) {
    check_output_target(target_, overwrite_);
    if (fs::is_directory(target_)) {
        throw output_error(target_, "output is a folder, expected a file");
    }
    temp_ = temporary_sibling(target_);
}

AtomicFile::~AtomicFile() {
    if (!committed_) {
        if (stream_.is_open()) {
            stream_.close();
        }
        std::error_code ec;
        fs::remove(temp_, ec);
    }
}

std::ofstream& AtomicFile::stream() {
    if (!stream_.is_open()) {
        stream_.open(temp_, std::ios::binary | std::ios::trunc);
        if (!stream_) {
            throw output_error(target_, std::string("cannot write: ") + std::strerror(errno));
        }
    }
    return stream_;
}

void AtomicFile::commit() {
    if (stream_.is_open()) {
        stream_.flush();
        if (!stream_) {
            throw output_error(target_, "write failed (disk full?)");
        }
        stream_.close();
    }
    // Re-check: another process may have created the target meanwhile.
    std::error_code ec;
    if (!overwrite_ && fs::exists(target_, ec)) {
        throw output_error(target_, "output appeared while writing; use --overwrite to replace it");
    }
    fs::rename(temp_, target_, ec);
    if (ec) {
        throw output_error(target_, "cannot move the finished file into place: " + ec.message());
    }
    committed_ = true;
}

AtomicDirectory::AtomicDirectory(fs::path target, bool overwrite)
    : target_(std::move(target)), overwrite_(overwrite) {
    while (!target_.empty() && target_.filename().empty()) {
        target_ = target_.parent_path(); // "out/" -> "out"
    }
    check_output_target(target_, overwrite_);
    std::error_code ec;
    if (fs::exists(target_, ec) && !fs::is_directory(target_, ec)) {
        throw output_error(target_, "output is a file, expected a folder");
    }
    temp_ = temporary_sibling(target_);
    if (!fs::create_directory(temp_, ec) || ec) {
        throw output_error(target_, "cannot create a folder beside it: " + ec.message());
    }
}

AtomicDirectory::~AtomicDirectory() {
    if (!committed_) {
        std::error_code ec;
        fs::remove_all(temp_, ec);
    }
}

void AtomicDirectory::commit() {
    std::error_code ec;
    fs::path old;
    if (fs::exists(target_, ec)) {
        if (!overwrite_) {
            throw output_error(target_, "output appeared while writing; use --overwrite");
        }
        old = temporary_sibling(target_);
        fs::rename(target_, old, ec);
        if (ec) {
            throw output_error(target_, "cannot move the previous output aside: " + ec.message());
        }
    }
    fs::rename(temp_, target_, ec);
    if (ec) {
        if (!old.empty()) {
            std::error_code ec2;
            fs::rename(old, target_, ec2);
        }
        throw output_error(target_, "cannot move the finished folder into place: " + ec.message());
    }
    committed_ = true;
    if (!old.empty()) {
        fs::remove_all(old, ec);
    }
}

} // namespace conflictmap::io
