// `conflictmap map`: not implemented yet (its issue has not landed).
#include "cli/commands.hpp"

namespace conflictmap::cli {

namespace {

class MapCommand final : public Command {
public:
    std::string usage() const override {
        return "INPUT... -o OUTPUT [-f FORMAT] [--layers L1,L2,...]";
    }
    void add_options(po::options_description& options,
                     po::positional_options_description& positional) override {
        options.add_options()("input", po::value<std::vector<std::string>>(&args_),
                              "articles or extracted event files");
        positional.add("input", -1);
    }
    void configure(const po::variables_map&) override {}
    int run(Streams&, const CommonOptions&) override { not_implemented("map"); }

private:
    std::vector<std::string> args_;
};

} // namespace

std::unique_ptr<Command> make_map_command() {
    return std::make_unique<MapCommand>();
}

} // namespace conflictmap::cli
