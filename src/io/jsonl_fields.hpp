// Reads the fields of one JSONL article line in a single pass over its bytes, without building a
// document tree: building nlohmann::json's tree of an article line and copying its text out cost
// about as much as a sixth of extracting its events. The scanner takes only lines it can read
// exactly as nlohmann::json::parse would; for any other line (malformed JSON, a field of another
// type than a string, a repeated field, a number it cannot vouch for) it says so and the caller
// parses the line with nlohmann::json, whose errors name what is wrong.
#pragma once

#include <string>
#include <string_view>

namespace conflictmap::io {

/// The string fields of an article line, unescaped (absent or null fields are empty).
struct ArticleLineFields {
    std::string id;
    std::string text;
    std::string title;
    std::string url;
    std::string source;
    std::string published;
};

/// Reads line (a JSON object) into fields. True when the line is an object whose "text" is a
/// string, whose "id", "title", "url", "source" and "published" are strings, null or absent,
/// none of them given twice, whose other members are well-formed JSON, and whose strings are
/// valid UTF-8: then nlohmann::json::parse gives the same values. False for any other line
/// (fields then holds nothing useful): the caller must parse it with nlohmann::json.
bool scan_article_fields(std::string_view line, ArticleLineFields& fields);

} // namespace conflictmap::io
