// `conflictmap extract`: not implemented yet (its issue has not landed).
#include "cli/commands.hpp"

namespace conflictmap::cli {

namespace {

class ExtractCommand final : public Command {
public:
    std::string usage() const override { return "[options] INPUT..."; }
    void add_options(po::options_description& options,
                     po::positional_options_description& positional) override {
        options.add_options()("input", po::value<std::vector<std::string>>(&args_),
                              "articles: .txt, .jsonl, folders, - for stdin");
        positional.add("input", -1);
    }
    void configure(const po::variables_map&) override {}
    int run(Streams&, const CommonOptions&) override { not_implemented("extract"); }

private:
    std::vector<std::string> args_;
};

} // namespace

std::unique_ptr<Command> make_extract_command() {
    return std::make_unique<ExtractCommand>();
}

} // namespace conflictmap::cli
