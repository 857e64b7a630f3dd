// `conflictmap gazetteer`: not implemented yet (its issue has not landed).
#include "cli/commands.hpp"

namespace conflictmap::cli {

namespace {

class GazetteerCommand final : public Command {
public:
    std::string usage() const override { return "build SOURCES... -o FILE.cmidx | info [FILE]"; }
    void add_options(po::options_description& options,
                     po::positional_options_description& positional) override {
        options.add_options()("args", po::value<std::vector<std::string>>(&args_),
                              "subcommand and its arguments");
        positional.add("args", -1);
    }
    void configure(const po::variables_map&) override {}
    int run(Streams&, const CommonOptions&) override { not_implemented("gazetteer"); }

private:
    std::vector<std::string> args_;
};

} // namespace

std::unique_ptr<Command> make_gazetteer_command() {
    return std::make_unique<GazetteerCommand>();
}

} // namespace conflictmap::cli
