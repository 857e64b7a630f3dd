#include "core/error.hpp"

namespace conflictmap {

std::string format_location(const ErrorContext& context) {
    std::string out;
    if (!context.file.empty()) {
        out += context.file;
        if (context.line != 0) {
            out += ':' + std::to_string(context.line);
            if (context.column != 0) {
                out += ':' + std::to_string(context.column);
            }
        }
        out += ": ";
    }
    if (!context.field.empty()) {
        out += "field '" + context.field + "': ";
    }
    return out;
}

Error::Error(ErrorKind kind, const std::string& message, ErrorContext context)
    : std::runtime_error(format_location(context) + message), kind_(kind), message_(message),
      context_(std::move(context)) {}

LibraryError::LibraryError(const std::string& library, const std::string& message,
                           const std::string& detail, ErrorContext context)
    : Error(ErrorKind::library,
            message + (detail.empty() ? std::string() : " (" + library + ": " + detail + ")"),
            std::move(context)) {}

int exit_code(ErrorKind kind) noexcept {
    return kind == ErrorKind::usage ? kExitUsage : kExitFailure;
}

} // namespace conflictmap
