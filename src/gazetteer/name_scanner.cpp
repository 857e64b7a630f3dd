#include "gazetteer/name_scanner.hpp"

#include "text/toponym_key.hpp"

namespace conflictmap::gazetteer {

namespace {

/// True when the bytes between two tokens hold sentence punctuation (names do not run across
/// it: "Hit, Anbar" is two mentions).
bool is_boundary(std::string_view gap) noexcept {
    for (char c : gap) {
        switch (c) {
        case '.':
        case ',':
        case ';':
        case ':':
        case '!':
        case '?':
        case '(':
        case ')':
        case '[':
        case ']':
        case '"':
        case '\n':
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

std::vector<NameMention> scan_names(const Gazetteer& gazetteer, std::string_view text,
                                    const ScanOptions& options) {
    std::vector<text::TokenSpan> tokens;
    text::split_toponym_tokens(text, tokens);
    std::vector<std::string> keys(tokens.size());
    std::vector<std::string> unpossessed(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto token = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
        keys[i] = text::token_key(token);
        if (options.strip_possessives) {
            const auto stripped = text::strip_possessive(token);
            if (stripped.size() != token.size()) {
                unpossessed[i] = text::token_key(stripped);
            }
        }
    }
    const std::size_t max_tokens = gazetteer.max_name_tokens();
    std::vector<NameMention> mentions;
    std::vector<NameHit> hits;
    std::string key;
    std::string alternative;
    std::size_t i = 0;
    while (i < tokens.size()) {
        if (keys[i].empty()) {
            ++i;
            continue;
        }
        NameMention best;
        key.clear();
        for (std::size_t n = 1; n <= max_tokens && i + n <= tokens.size(); ++n) {
            const std::size_t last = i + n - 1;
            if (n > 1 && !options.cross_punctuation &&
                is_boundary(
                    text.substr(tokens[last - 1].end, tokens[last].begin - tokens[last - 1].end))) {
                break;
            }
            if (!keys[last].empty()) {
                if (!key.empty()) {
                    key += ' ';
                }
                const std::size_t before = key.size();
                key += keys[last];
                // "Kirkuk's": the name may end here without the possessive.
                if (!unpossessed[last].empty()) {
                    alternative.assign(key, 0, before);
                    alternative += unpossessed[last];
                    if (gazetteer.lookup_key(alternative, hits).found) {
                        best = {tokens[i].begin, tokens[last].end, i, n, alternative, hits};
                    }
                }
            }
            const KeyLookup r = gazetteer.lookup_key(key, hits);
            if (r.found) {
                best = {tokens[i].begin, tokens[last].end, i, n, key, hits};
            }
            if (!r.has_longer) {
                break;
            }
        }
        if (best.token_count > 0) {
            i += best.token_count;
            mentions.push_back(std::move(best));
        } else {
            ++i;
        }
    }
    return mentions;
}

} // namespace conflictmap::gazetteer
