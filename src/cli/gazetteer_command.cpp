// `conflictmap gazetteer`: compile gazetteer sources into a .cmidx index (build) and describe an
// index (info): counts by country and feature class, after a full integrity check.
#include "cli/commands.hpp"
#include "core/diagnostics.hpp"
#include "core/embedded.hpp"
#include "core/error.hpp"
#include "gazetteer/gazetteer.hpp"
#include "gazetteer/index_builder.hpp"
#include "gazetteer/index_image.hpp"
#include "io/atomic_output.hpp"

#include <iomanip>
#include <map>

namespace conflictmap::cli {

namespace {

namespace gz = gazetteer;

std::string megabytes(std::uint64_t bytes) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(1) << static_cast<double>(bytes) / (1024.0 * 1024.0)
      << " MiB";
    return s.str();
}

class GazetteerCommand final : public Command {
public:
    std::string usage() const override {
        return "build SOURCES... -o FILE.cmidx [--skip-bad] [--overwrite] | info [FILE]";
    }
    std::string description() const override {
        return "build: compile GeoNames dumps (allCountries.txt, cities500.txt, country files)\n"
               "and conflictmap TSV files into one index that opens in milliseconds by memory\n"
               "mapping. admin1CodesASCII.txt, admin2Codes.txt and alternateNamesV2.txt beside a\n"
               "dump are read too. A malformed row is an error naming file:line:column, unless\n"
               "--skip-bad (then it is skipped, counted and reported). Use the index with\n"
               "--gazetteer FILE.cmidx or CONFLICTMAP_GAZETTEER.\n\n"
               "info: check an index (the embedded gazetteer when no FILE is given) and print\n"
               "its counts by feature class and by country.\n\n"
               "Examples:\n"
               "  conflictmap gazetteer build data/geonames/cities500.txt -o cities500.cmidx\n"
               "  conflictmap gazetteer info cities500.cmidx\n";
    }
    void add_options(po::options_description& options,
                     po::positional_options_description& positional) override {
        options.add_options()("output,o", po::value<std::string>(&output_),
                              "build: the index to write (FILE.cmidx)")(
            "skip-bad", po::bool_switch(&skip_bad_),
            "build: skip and count malformed rows instead of failing")(
            "overwrite", po::bool_switch(&overwrite_), "build: replace an existing output")(
            "args", po::value<std::vector<std::string>>(&args_), "build SOURCES... | info [FILE]");
        positional.add("args", -1);
    }
    void configure(const po::variables_map&) override {
        if (args_.empty()) {
            throw UsageError(
                "gazetteer: expected 'build SOURCES... -o FILE.cmidx' or 'info [FILE]'");
        }
        action_ = args_.front();
        args_.erase(args_.begin());
        if (action_ == "build") {
            if (args_.empty()) {
                throw UsageError("gazetteer build: no sources given");
            }
            if (output_.empty()) {
                throw UsageError("gazetteer build: -o FILE.cmidx is required");
            }
        } else if (action_ == "info") {
            if (args_.size() > 1) {
                throw UsageError("gazetteer info: at most one FILE");
            }
            if (!output_.empty() || skip_bad_ || overwrite_) {
                throw UsageError("gazetteer info: -o, --skip-bad and --overwrite belong to build");
            }
        } else {
            throw UsageError("gazetteer: unknown action '" + action_ +
                             "' (expected build or info)");
        }
    }
    int run(Streams& io, const CommonOptions& common) override {
        Diagnostics diagnostics(io.err, common.quiet, io.err_is_terminal);
        return action_ == "build" ? build(diagnostics) : info(io);
    }

private:
    int build(Diagnostics& diagnostics) const {
        io::check_output_target(output_, overwrite_);
        gz::IndexBuilder builder({skip_bad_, &diagnostics});
        for (const char* name : {"gazetteer/admin1CodesASCII.txt", "gazetteer/admin2Codes.txt"}) {
            if (const auto table = embedded_resource(name)) {
                builder.add_admin_codes(*table, name, true);
            }
        }
        for (const auto& source : args_) {
            builder.add_file(source);
        }
        const gz::ImageBuffer image = builder.build();
        io::AtomicFile file(output_, overwrite_);
        file.stream().write(reinterpret_cast<const char*>(image.data()),
                            static_cast<std::streamsize>(image.size() * sizeof(image[0])));
        file.commit();
        const auto& c = builder.counts();
        diagnostics.note("wrote " + output_ + ": " + std::to_string(c.places) + " places, " +
                         std::to_string(c.exact_keys) + " name keys, " +
                         megabytes(image.size() * sizeof(image[0])));
        if (c.duplicate_ids > 0) {
            diagnostics.note(std::to_string(c.duplicate_ids) +
                             " rows repeated an earlier row's id and were dropped");
        }
        if (c.skipped_rows > 0) {
            diagnostics.note(std::to_string(c.skipped_rows) + " malformed rows skipped");
        }
        return kExitOk;
    }

    int info(Streams& io) const {
        const gz::IndexImage image = args_.empty() ? gz::Gazetteer::embedded_image()
                                                   : gz::IndexImage::open_file(args_.front());
        image.verify();
        std::map<char, std::uint64_t> by_class;
        std::map<std::string, std::uint64_t> by_country;
        for (std::uint32_t i = 0; i < image.place_count(); ++i) {
            const auto& p = image.place(i);
            ++by_class[p.feature_class == '\0' ? '-' : p.feature_class];
            ++by_country[p.country[0] == '\0' ? "--" : std::string(p.country, 2)];
        }
        auto& out = io.out;
        out << "index: " << image.label() << '\n'
            << "format: conflictmap gazetteer index version " << gz::format::kVersion << ", "
            << image.size_bytes() << " bytes\n"
            << "check: ok\n"
            << "places: " << image.place_count() << '\n'
            << "name keys: " << image.exact_key_count() << " exact (with prefixes), "
            << image.loose_key_count() << " loose\n"
            << "name postings: " << image.exact_posting_count() << '\n'
            << "longest name: " << image.max_name_tokens() << " tokens\n";
        std::string_view info = image.info();
        while (!info.empty()) {
            const auto nl = info.find('\n');
            const auto line = info.substr(0, nl);
            if (const auto eq = line.find('='); eq != std::string_view::npos) {
                out << line.substr(0, eq) << ": " << line.substr(eq + 1) << '\n';
            }
            info = nl == std::string_view::npos ? std::string_view() : info.substr(nl + 1);
        }
        out << "\nfeature class\tplaces\n";
        for (const auto& [c, n] : by_class) {
            out << c << '\t' << n << '\n';
        }
        out << "\ncountry\tplaces\n";
        for (const auto& [c, n] : by_country) {
            out << c << '\t' << n << '\n';
        }
        return kExitOk;
    }

    std::vector<std::string> args_;
    std::string action_;
    std::string output_;
    bool skip_bad_ = false;
    bool overwrite_ = false;
};

} // namespace

std::unique_ptr<Command> make_gazetteer_command() {
    return std::make_unique<GazetteerCommand>();
}

} // namespace conflictmap::cli
