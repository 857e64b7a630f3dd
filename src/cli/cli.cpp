#include "cli/cli.hpp"

#include "core/error.hpp"
#include "core/version.hpp"

#include <gdal.h>
#include <geos_c.h>
#include <new>
#include <proj.h>
#include <sstream>

namespace conflictmap::cli {

namespace {

constexpr const char* kExitCodesText =
    "Exit codes: 0 done, 1 data or runtime error, 2 usage error.\n";

void print_main_help(std::ostream& out) {
    out << "conflictmap " << kVersion
        << " - conflict events from news text, as map layers and reports\n\n"
           "Usage: conflictmap COMMAND [options] [ARGS...]\n"
           "       conflictmap COMMAND --help\n\n"
           "Commands:\n";
    for (const auto& c : command_table()) {
        std::string name = c.name;
        name.resize(12, ' ');
        out << "  " << name << c.summary << '\n';
    }
    out << "\nOptions:\n"
           "  -h [ --help ]         this help\n"
           "  --version             version of conflictmap and of GDAL, PROJ and GEOS\n\n"
           "Every command takes -q/--quiet and --gazetteer PATH (repeatable; also\n"
           "CONFLICTMAP_GAZETTEER, ':'-separated). Data goes to stdout, diagnostics to stderr.\n"
        << kExitCodesText;
}

void print_version(std::ostream& out) {
    const PJ_INFO pj = proj_info();
    out << "conflictmap " << kVersion << '\n'
        << "GDAL " << GDALVersionInfo("RELEASE_NAME") << ", PROJ " << pj.version << ", GEOS "
        << GEOSversion() << '\n';
}

std::vector<std::string> split_paths(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string item;
    while (std::getline(ss, item, ':')) {
        if (!item.empty()) {
            out.push_back(item);
        }
    }
    return out;
}

/// Closest command name, for "did you mean" (edit distance <= 2).
std::string suggest(const std::string& word) {
    std::string best;
    std::size_t best_d = 3;
    for (const auto& c : command_table()) {
        const std::string name = c.name;
        std::vector<std::size_t> prev(name.size() + 1), cur(name.size() + 1);
        for (std::size_t j = 0; j <= name.size(); ++j) {
            prev[j] = j;
        }
        for (std::size_t i = 1; i <= word.size(); ++i) {
            cur[0] = i;
            for (std::size_t j = 1; j <= name.size(); ++j) {
                cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                                   prev[j - 1] + (word[i - 1] == name[j - 1] ? 0 : 1)});
            }
            prev.swap(cur);
        }
        if (prev[name.size()] < best_d) {
            best_d = prev[name.size()];
            best = name;
        }
    }
    return best;
}

int run_command(const CommandInfo& info, const std::vector<std::string>& args, Streams& io,
                const std::string& env_gazetteer) {
    auto command = info.make();
    po::options_description own("Options");
    po::positional_options_description positional;
    command->add_options(own, positional);

    CommonOptions common;
    po::options_description shared("Common options");
    shared.add_options()("help,h", "this help")("quiet,q", po::bool_switch(&common.quiet),
                                                "no warnings, notes or progress on stderr")(
        "gazetteer", po::value<std::vector<std::string>>()->composing(),
        "add a gazetteer source: GeoNames dump, conflictmap TSV or compiled .cmidx "
        "(repeatable)");
    po::options_description all;
    all.add(own).add(shared);

    po::variables_map vm;
    try {
        po::store(po::command_line_parser(command->normalize_arguments(args))
                      .options(all)
                      .positional(positional)
                      .run(),
                  vm);
        if (vm.count("help") != 0U) {
            io.out << "Usage: conflictmap " << info.name << ' ' << command->usage() << "\n\n"
                   << info.summary << ".\n\n"
                   << all << '\n';
            const auto desc = command->description();
            if (!desc.empty()) {
                io.out << desc << (desc.back() == '\n' ? "" : "\n") << '\n';
            }
            io.out << kExitCodesText;
            return kExitOk;
        }
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(std::string(info.name) + ": " + e.what());
    }
    if (vm.count("gazetteer") != 0U) {
        common.gazetteers = vm["gazetteer"].as<std::vector<std::string>>();
    }
    for (auto& p : split_paths(env_gazetteer)) {
        common.gazetteers.push_back(std::move(p));
    }
    command->configure(vm);
    return command->run(io, common);
}

} // namespace

int run_cli(const std::vector<std::string>& args, Streams& io, const std::string& env_gazetteer) {
    try {
        if (args.empty()) {
            print_main_help(io.err);
            return kExitUsage;
        }
        const std::string& first = args.front();
        if (first == "--help" || first == "-h" || first == "help") {
            print_main_help(io.out);
            return kExitOk;
        }
        if (first == "--version" || first == "-V") {
            print_version(io.out);
            return kExitOk;
        }
        for (const auto& info : command_table()) {
            if (first == info.name) {
                return run_command(info, {args.begin() + 1, args.end()}, io, env_gazetteer);
            }
        }
        std::string message = "unknown command '" + first + "'";
        if (const auto s = suggest(first); !s.empty()) {
            message += " (did you mean '" + s + "'?)";
        }
        throw UsageError(message + "; see 'conflictmap --help'");
    } catch (const Error& e) {
        io.err << "conflictmap: error: " << e.what() << '\n';
        if (e.kind() == ErrorKind::usage) {
            io.err << "Try 'conflictmap --help'.\n";
        }
        return exit_code(e.kind());
    } catch (const std::bad_alloc&) {
        io.err << "conflictmap: error: out of memory\n";
        return kExitFailure;
    } catch (const std::exception& e) {
        io.err << "conflictmap: internal error: " << e.what() << '\n';
        return kExitFailure;
    }
}

} // namespace conflictmap::cli
