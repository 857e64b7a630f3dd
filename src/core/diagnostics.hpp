// Diagnostics go to stderr, never stdout (stdout carries data). Warnings are counted so the
// end-of-run summary can say how much was skipped; -q silences everything but errors.
// Progress is drawn only when stderr is a terminal.
#pragma once

#include "core/error.hpp"

#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace conflictmap {

class Diagnostics {
public:
    /// err: where messages go; quiet: drop warnings, notes and progress;
    /// progress: draw a progress line (callers pass "stderr is a terminal").
    explicit Diagnostics(std::ostream& err, bool quiet = false, bool progress = false);

    /// "conflictmap: warning: <location>message". category groups counts in the summary.
    void warn(const std::string& message, const ErrorContext& where = {},
              const std::string& category = "warning");
    /// A warning built from an error that was skipped (not fatal).
    void skipped(const Error& error, const std::string& category);
    /// Informational line ("wrote 12 events to out.gpkg").
    void note(const std::string& message);
    /// Progress of a long job: done of total (total 0 = unknown). Overwrites one line.
    void progress(std::uint64_t done, std::uint64_t total, const std::string& what);
    /// Clear the progress line, if one is shown.
    void end_progress();

    std::uint64_t warning_count() const noexcept { return warnings_; }
    /// Count of warnings by category, e.g. {"malformed-line": 2}.
    const std::map<std::string, std::uint64_t>& counts() const noexcept { return counts_; }
    bool quiet() const noexcept { return quiet_; }
    std::ostream& stream() noexcept { return err_; }

    /// At most this many warnings of one category are printed; the rest are only counted.
    static constexpr std::uint64_t kMaxPrintedPerCategory = 20;

private:
    std::ostream& err_;
    bool quiet_;
    bool progress_enabled_;
    bool progress_shown_ = false;
    std::uint64_t warnings_ = 0;
    std::map<std::string, std::uint64_t> counts_;
};

/// Warnings noted where they cannot be printed yet (on a worker thread, for a record whose
/// turn has not come) and handed to Diagnostics later, in the order they were noted, so what
/// is printed and counted does not depend on the thread count.
class DeferredWarnings {
public:
    /// As Diagnostics::warn.
    void warn(const std::string& message, const ErrorContext& where = {},
              const std::string& category = "warning");
    /// Gives every warning noted to diag, in order, and forgets them.
    void replay(Diagnostics& diag);
    bool empty() const noexcept { return warnings_.empty(); }

private:
    struct Warning {
        std::string message;
        ErrorContext where;
        std::string category;
    };
    std::vector<Warning> warnings_;
};

} // namespace conflictmap
