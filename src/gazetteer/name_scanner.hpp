// Finds gazetteer names in running text: the reference use of the exact-key interface
// (Gazetteer::lookup_key, has_longer, max_name_tokens) that the event extractor builds on.
// Each token is normalised once; n-grams are looked up by joining token keys (the key is
// token-compositional, text/toponym_key.hpp) and extended only while some name continues them.
// Deciding which mentions are event places (capitals used for governments, words such as
// "Hit", datelines) is the extractor's job: this reports every longest match.
#pragma once

#include "gazetteer/gazetteer.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::gazetteer {

/// A name found in text.
struct NameMention {
    std::size_t begin = 0; ///< byte offsets of the mention in the text
    std::size_t end = 0;
    std::size_t first_token = 0; ///< index of its first token (text::split_toponym_tokens)
    std::size_t token_count = 0;
    std::string key;           ///< the exact key that matched
    std::vector<NameHit> hits; ///< the places with a name of that key
};

struct ScanOptions {
    /// Accept a final token without its possessive ("Kirkuk's" -> "Kirkuk").
    bool strip_possessives = true;
    /// Let a name run across sentence punctuation (. , ; : ! ? and brackets) between tokens.
    bool cross_punctuation = false;
};

/// Every longest name match in text, left to right; a match is never inside another one.
/// Thread-safe (the gazetteer is only read).
std::vector<NameMention> scan_names(const Gazetteer& gazetteer, std::string_view text,
                                    const ScanOptions& options = {});

} // namespace conflictmap::gazetteer
