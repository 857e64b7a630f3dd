#include "gazetteer/name_forms.hpp"

#include "text/toponym_key.hpp"

#include <algorithm>

namespace conflictmap::gazetteer {

namespace {

bool is_digits(std::string_view t) noexcept {
    return !t.empty() &&
           std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_letters(std::string_view t) noexcept {
    return !t.empty() &&
           std::all_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::vector<std::string_view> split_key(std::string_view key) {
    std::vector<std::string_view> tokens;
    std::size_t b = 0;
    while (b < key.size()) {
        std::size_t e = key.find(' ', b);
        if (e == std::string_view::npos) {
            e = key.size();
        }
        tokens.push_back(key.substr(b, e - b));
        b = e + 1;
    }
    return tokens;
}

std::string join(const std::vector<std::string_view>& tokens, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end; ++i) {
        if (!out.empty()) {
            out += ' ';
        }
        out += tokens[i];
    }
    return out;
}

void add(std::vector<KeyForm>& out, std::size_t first, std::string key, NameKind kind,
         PlaceType implied) {
    if (key.empty()) {
        return;
    }
    for (std::size_t i = first; i < out.size(); ++i) {
        if (out[i].key == key) {
            if (kind < out[i].kind) {
                out[i].kind = kind;
                out[i].implied = implied;
            }
            return;
        }
    }
    out.push_back({std::move(key), kind, implied});
}

/// "k 1" -> "k1" and "k1" -> "k 1": short letter codes beside numbers; "u s" -> "us".
void add_code_forms(const KeyForm& form, std::vector<KeyForm>& out, std::size_t first) {
    // Every form below needs a digit or two one-letter tokens: most names have neither.
    bool digit = false;
    std::size_t one_letter = 0;
    for (std::size_t i = 0; i < form.key.size(); ++i) {
        const char c = form.key[i];
        digit = digit || (c >= '0' && c <= '9');
        if (c != ' ' && (i == 0 || form.key[i - 1] == ' ') &&
            (i + 1 == form.key.size() || form.key[i + 1] == ' ')) {
            ++one_letter;
        }
    }
    if (!digit && one_letter < 2) {
        return;
    }
    const auto tokens = split_key(form.key);
    const NameKind kind = weaker(form.kind, NameKind::code_form);
    // Join: a letter token of at most two letters followed by a number, or the reverse.
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        const auto a = tokens[i];
        const auto b = tokens[i + 1];
        if ((is_letters(a) && a.size() <= 2 && is_digits(b)) ||
            (is_digits(a) && is_letters(b) && b.size() <= 2)) {
            std::string key = join(tokens, 0, i);
            if (!key.empty()) {
                key += ' ';
            }
            key += a;
            key += b;
            const std::string rest = join(tokens, i + 2, tokens.size());
            if (!rest.empty()) {
                key += ' ' + rest;
            }
            add(out, first, std::move(key), kind, form.implied);
        }
    }
    // Initials: "u s embassy" (U.S. Embassy) -> "us embassy".
    for (std::size_t i = 0; i < tokens.size();) {
        std::size_t j = i;
        while (j < tokens.size() && tokens[j].size() == 1 && is_letters(tokens[j])) {
            ++j;
        }
        if (j - i >= 2) {
            std::string key = join(tokens, 0, i);
            if (!key.empty()) {
                key += ' ';
            }
            for (std::size_t k = i; k < j; ++k) {
                key += tokens[k];
            }
            const std::string rest = join(tokens, j, tokens.size());
            if (!rest.empty()) {
                key += ' ' + rest;
            }
            add(out, first, std::move(key), kind, form.implied);
        }
        i = j > i ? j : i + 1;
    }
    // Split: a short token made of letters then digits (or digits then letters).
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto t = tokens[i];
        if (t.size() < 2 || t.size() > 5) {
            continue;
        }
        std::size_t cut = 0;
        while (cut < t.size() && t[cut] >= 'a' && t[cut] <= 'z') {
            ++cut;
        }
        bool split = cut > 0 && cut <= 2 && is_digits(t.substr(cut));
        if (!split) {
            cut = 0;
            while (cut < t.size() && t[cut] >= '0' && t[cut] <= '9') {
                ++cut;
            }
            split = cut > 0 && t.size() - cut <= 2 && is_letters(t.substr(cut));
        }
        if (split) {
            std::string key = join(tokens, 0, i);
            if (!key.empty()) {
                key += ' ';
            }
            key += t.substr(0, cut);
            key += ' ';
            key += t.substr(cut);
            const std::string rest = join(tokens, i + 1, tokens.size());
            if (!rest.empty()) {
                key += ' ' + rest;
            }
            add(out, first, std::move(key), kind, form.implied);
        }
    }
}

} // namespace

NameKind weaker(NameKind a, NameKind b) noexcept {
    return a > b ? a : b;
}

void append_key_forms(std::string_view key, NameKind kind, std::vector<KeyForm>& out) {
    const std::size_t first = out.size();
    add(out, first, std::string(key), kind, PlaceType::any);
    const auto tokens = split_key(key);
    if (tokens.size() > 1 && (text::is_article_token(tokens[0]) || tokens[0] == "the")) {
        add(out, first, join(tokens, 1, tokens.size()), weaker(kind, NameKind::article_dropped),
            PlaceType::any);
    }
    const DesignatorSplit split = find_designators(tokens);
    if (split.found()) {
        const std::size_t b = split.prefix_tokens;
        const std::size_t e = tokens.size() - split.suffix_tokens;
        const NameKind dropped = weaker(kind, NameKind::designator_dropped);
        add(out, first, join(tokens, b, e), dropped, split.type);
        if (e - b > 1 && text::is_article_token(tokens[b])) {
            add(out, first, join(tokens, b + 1, e), dropped, split.type);
        }
    }
    const std::size_t base_end = out.size();
    for (std::size_t i = first; i < base_end; ++i) {
        const KeyForm form = out[i];
        add_code_forms(form, out, first);
    }
}

} // namespace conflictmap::gazetteer
