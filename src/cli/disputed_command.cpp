// `conflictmap disputed`: not implemented yet (its issue has not landed).
#include "cli/commands.hpp"

namespace conflictmap::cli {

namespace {

class DisputedCommand final : public Command {
public:
    std::string usage() const override { return "build --admin2 FILE [--admin3 FILE] -o OUTPUT"; }
    void add_options(po::options_description& options,
                     po::positional_options_description& positional) override {
        options.add_options()("args", po::value<std::vector<std::string>>(&args_),
                              "subcommand and its arguments");
        positional.add("args", -1);
    }
    void configure(const po::variables_map&) override {}
    int run(Streams&, const CommonOptions&) override { not_implemented("disputed"); }

private:
    std::vector<std::string> args_;
};

} // namespace

std::unique_ptr<Command> make_disputed_command() {
    return std::make_unique<DisputedCommand>();
}

} // namespace conflictmap::cli
