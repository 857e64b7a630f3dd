// The options of every command that reads articles (extract, map, report): --strict, --date,
// --disputed and --extended-claims, declared, checked and turned into pipeline options in one
// place, so the three commands take them alike.
#pragma once

#include "cli/command.hpp"
#include "core/date.hpp"
#include "events/pipeline.hpp"
#include "geo/areas.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::cli {

/// A date option's value: YYYY-MM-DD, else a UsageError naming the command and the option.
Date parse_date_option(std::string_view command, std::string_view option, const std::string& text);

class SourceOptions {
public:
    /// Declares --strict, --date, --disputed and --extended-claims.
    void add_to(po::options_description& options);
    /// Checks the values (after parsing); `command` names the command in errors.
    void configure(std::string_view command);

    /// The pipeline's options for these inputs (threads, mentions and merging stay default).
    events::PipelineOptions pipeline(const std::vector<std::string>& inputs,
                                     const CommonOptions& common) const;
    /// The disputed-territories layer asked for: --disputed FILE, else the embedded one.
    geo::DisputedTerritories disputed_territories() const;

private:
    bool strict_ = false;
    std::string date_text_;
    std::optional<Date> date_;
    std::string disputed_;
    bool extended_claims_ = false;
};

} // namespace conflictmap::cli
