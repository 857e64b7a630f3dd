// The one error hierarchy of conflictmap. Every failure the user can cause or meet is an Error
// of one kind, carrying where it happened (file, line, column, field) and, for library
// failures, the library's own message. The CLI maps kinds to exit codes (see exit_code()).
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace conflictmap {

enum class ErrorKind {
    usage,    ///< bad command line: exit code 2
    input,    ///< bad input data (articles, gazetteer rows, event files, polygons): exit code 1
    output,   ///< cannot write a result (exists, unwritable, driver refused): exit code 1
    library,  ///< GDAL, PROJ or GEOS failed; message carries the library's text: exit code 1
    internal, ///< a bug in conflictmap: exit code 1
};

/// Where an error happened. Every member is optional; what() joins those that are set as
/// "file:line:column: field 'x': message".
struct ErrorContext {
    std::string file;
    std::uint64_t line = 0;   ///< 1-based; 0 = unknown
    std::uint64_t column = 0; ///< 1-based; 0 = unknown
    std::string field;
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message, ErrorContext context = {});

    ErrorKind kind() const noexcept { return kind_; }
    const ErrorContext& context() const noexcept { return context_; }
    /// The message without the location prefix.
    const std::string& message() const noexcept { return message_; }

private:
    ErrorKind kind_;
    std::string message_;
    ErrorContext context_;
};

struct UsageError : Error {
    explicit UsageError(const std::string& message) : Error(ErrorKind::usage, message) {}
};
struct InputError : Error {
    explicit InputError(const std::string& message, ErrorContext context = {})
        : Error(ErrorKind::input, message, std::move(context)) {}
};
struct OutputError : Error {
    explicit OutputError(const std::string& message, ErrorContext context = {})
        : Error(ErrorKind::output, message, std::move(context)) {}
};
struct LibraryError : Error {
    /// library: "GDAL", "PROJ" or "GEOS"; detail: that library's own message.
    LibraryError(const std::string& library, const std::string& message,
                 const std::string& detail = {}, ErrorContext context = {});
};

/// Exit codes documented in --help and the README.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

int exit_code(ErrorKind kind) noexcept;

/// "file:line:column: field 'x': " for the parts that are set (empty when none is).
std::string format_location(const ErrorContext& context);

} // namespace conflictmap
