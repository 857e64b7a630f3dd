#include "cli/source_options.hpp"

#include "core/error.hpp"

namespace conflictmap::cli {

Date parse_date_option(std::string_view command, std::string_view option, const std::string& text) {
    const auto date = Date::parse(text);
    if (!date || text.size() != 10) {
        throw UsageError(std::string(command) + ": --" + std::string(option) + " '" + text +
                         "' is not a date YYYY-MM-DD");
    }
    return *date;
}

void SourceOptions::add_to(po::options_description& options) {
    options.add_options()("strict", po::bool_switch(&strict_),
                          "stop at the first bad input record")(
        "date", po::value<std::string>(&date_text_),
        "reference date YYYY-MM-DD for articles that carry none")(
        "disputed", po::value<std::string>(&disputed_),
        "disputed-territories layer written by 'conflictmap disputed build' (default: the "
        "embedded layer)")("extended-claims", po::bool_switch(&extended_claims_),
                           "also count the wider Kurdish claims (Bashiqa, Zummar, Badra, "
                           "Jassan) as disputed");
}

void SourceOptions::configure(std::string_view command) {
    if (!date_text_.empty()) {
        date_ = parse_date_option(command, "date", date_text_);
    }
}

events::PipelineOptions SourceOptions::pipeline(const std::vector<std::string>& inputs,
                                                const CommonOptions& common) const {
    events::PipelineOptions options;
    options.inputs = inputs;
    options.strict = strict_;
    options.default_date = date_;
    options.gazetteers = common.gazetteers;
    if (!disputed_.empty()) {
        options.disputed = disputed_;
    }
    options.extended_claims = extended_claims_;
    return options;
}

geo::DisputedTerritories SourceOptions::disputed_territories() const {
    return disputed_.empty() ? geo::DisputedTerritories::embedded(extended_claims_)
                             : geo::DisputedTerritories::from_file(disputed_, extended_claims_);
}

} // namespace conflictmap::cli
