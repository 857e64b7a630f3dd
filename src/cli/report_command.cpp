// `conflictmap report`: not implemented yet (its issue has not landed).
#include "cli/commands.hpp"

namespace conflictmap::cli {

namespace {

class ReportCommand final : public Command {
public:
    std::string usage() const override {
        return "INPUT... -o DIR [--title TEXT] [--from DATE] [--to DATE]";
    }
    void add_options(po::options_description& options,
                     po::positional_options_description& positional) override {
        options.add_options()("input", po::value<std::vector<std::string>>(&args_),
                              "articles or extracted event files");
        positional.add("input", -1);
    }
    void configure(const po::variables_map&) override {}
    int run(Streams&, const CommonOptions&) override { not_implemented("report"); }

private:
    std::vector<std::string> args_;
};

} // namespace

std::unique_ptr<Command> make_report_command() {
    return std::make_unique<ReportCommand>();
}

} // namespace conflictmap::cli
