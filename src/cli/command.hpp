// The shape of a subcommand: declare options, take the parsed values (no I/O), then run.
// Commands never touch std::cout/std::cerr directly: run() gets the streams, so tests drive
// the whole CLI in-process and stdout stays data-only.
#pragma once

#include <boost/program_options.hpp>
#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace conflictmap::cli {

namespace po = boost::program_options;

struct Streams {
    std::istream& in;
    std::ostream& out; ///< data only
    std::ostream& err; ///< diagnostics
    bool err_is_terminal = false;
};

/// Options every subcommand has.
struct CommonOptions {
    bool quiet = false;
    /// --gazetteer PATH (repeatable) followed by CONFLICTMAP_GAZETTEER entries (':'-separated).
    std::vector<std::string> gazetteers;
};

class Command {
public:
    virtual ~Command() = default;

    /// "[options] [QUERY...]": what follows "conflictmap NAME" in the usage line.
    virtual std::string usage() const = 0;
    /// Paragraphs after the option list: behaviour, examples.
    virtual std::string description() const { return {}; }
    /// Rewrites the arguments before they are parsed, for spellings Boost.Program_options does
    /// not take (GDAL's single-dash long options: "-lco" for "--lco"). Default: unchanged.
    virtual std::vector<std::string> normalize_arguments(std::vector<std::string> args) const {
        return args;
    }
    /// Declare options and positional arguments.
    virtual void add_options(po::options_description& options,
                             po::positional_options_description& positional) = 0;
    /// Validate and store parsed values; throw UsageError for bad combinations. No I/O.
    virtual void configure(const po::variables_map& vm) = 0;
    /// Do the work. Returns the exit code; throws conflictmap::Error for failures.
    virtual int run(Streams& io, const CommonOptions& common) = 0;
};

struct CommandInfo {
    const char* name;
    const char* summary;
    std::unique_ptr<Command> (*make)();
};

/// Every subcommand, in the order --help lists them.
const std::vector<CommandInfo>& command_table();

} // namespace conflictmap::cli
