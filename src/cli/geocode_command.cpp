// `conflictmap geocode`: not implemented yet (its issue has not landed).
#include "cli/commands.hpp"

namespace conflictmap::cli {

namespace {

class GeocodeCommand final : public Command {
public:
    std::string usage() const override {
        return "[--format json|tsv|geojson] [--limit N] [--country CC] [QUERY...]";
    }
    void add_options(po::options_description& options,
                     po::positional_options_description& positional) override {
        options.add_options()("query", po::value<std::vector<std::string>>(&args_),
                              "place names (default: one per line on stdin)");
        positional.add("query", -1);
    }
    void configure(const po::variables_map&) override {}
    int run(Streams&, const CommonOptions&) override { not_implemented("geocode"); }

private:
    std::vector<std::string> args_;
};

} // namespace

std::unique_ptr<Command> make_geocode_command() {
    return std::make_unique<GeocodeCommand>();
}

} // namespace conflictmap::cli
