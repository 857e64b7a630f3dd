#include "core/diagnostics.hpp"

namespace conflictmap {

Diagnostics::Diagnostics(std::ostream& err, bool quiet, bool progress)
    : err_(err), quiet_(quiet), progress_enabled_(progress && !quiet) {}

void Diagnostics::warn(const std::string& message, const ErrorContext& where,
                       const std::string& category) {
    ++warnings_;
    const auto n = ++counts_[category];
    if (quiet_) {
        return;
    }
    end_progress();
    if (n <= kMaxPrintedPerCategory) {
        err_ << "conflictmap: warning: " << format_location(where) << message << '\n';
    } else if (n == kMaxPrintedPerCategory + 1) {
        err_ << "conflictmap: warning: further '" << category
             << "' warnings are counted but not shown\n";
    }
}

void Diagnostics::skipped(const Error& error, const std::string& category) {
    warn(error.message() + " (skipped)", error.context(), category);
}

void Diagnostics::note(const std::string& message) {
    if (quiet_) {
        return;
    }
    end_progress();
    err_ << "conflictmap: " << message << '\n';
}

void Diagnostics::progress(std::uint64_t done, std::uint64_t total, const std::string& what) {
    if (!progress_enabled_) {
        return;
    }
    err_ << '\r' << what << ' ' << done;
    if (total != 0) {
        err_ << '/' << total << " (" << (100 * done / total) << "%)";
    }
    err_ << "\x1b[K" << std::flush;
    progress_shown_ = true;
}

void Diagnostics::end_progress() {
    if (progress_shown_) {
        err_ << "\r\x1b[K" << std::flush;
        progress_shown_ = false;
    }
}

void DeferredWarnings::warn(const std::string& message, const ErrorContext& where,
                            const std::string& category) {
    warnings_.push_back({message, where, category});
}

void DeferredWarnings::replay(Diagnostics& diag) {
    for (const auto& w : warnings_) {
        diag.warn(w.message, w.where, w.category);
    }
    warnings_.clear();
}

} // namespace conflictmap
