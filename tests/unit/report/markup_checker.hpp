// Test helpers that parse what the report writes, strictly enough to fail on real defects:
// an XML well-formedness checker (for map.svg, and for index.html, which is written as
// well-formed XHTML-style markup) and an RFC 4180 CSV reader.
#pragma once

#include <cctype>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace conflictmap::test {

/// Checks that text is one well-formed XML element (after an optional XML declaration or
/// <!DOCTYPE ...>, comments and whitespace): names, quoted attributes without duplicates,
/// entity references (the five predefined and numeric ones), matching end tags, one root.
/// Returns the first problem with its byte offset, or nullopt. root_name, if given, receives the
/// root element's name.
inline std::optional<std::string> check_well_formed_xml(const std::string& text,
                                                        std::string* root_name = nullptr) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    std::vector<std::string> stack;
    bool root_seen = false;
    const auto fail = [&](const std::string& what) {
        return std::optional<std::string>(what + " at byte " + std::to_string(i));
    };
    const auto is_name_start = [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_' || c == ':';
    };
    const auto is_name_char = [&](char c) {
        return is_name_start(c) || std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '-' ||
               c == '.';
    };
    const auto read_name = [&]() {
        std::string name;
        if (i < n && is_name_start(text[i])) {
            while (i < n && is_name_char(text[i])) {
                name += text[i++];
            }
        }
        return name;
    };
    const auto skip_space = [&]() {
        while (i < n && std::isspace(static_cast<unsigned char>(text[i])) != 0) {
            ++i;
        }
    };
    const auto check_entity = [&]() -> bool { // at '&'
        const std::size_t semi = text.find(';', i);
        if (semi == std::string::npos || semi - i > 10) {
            return false;
        }
        const std::string ref = text.substr(i + 1, semi - i - 1);
        bool ok = ref == "amp" || ref == "lt" || ref == "gt" || ref == "quot" || ref == "apos";
        if (!ok && ref.size() > 1 && ref[0] == '#') {
            ok = true;
            const bool hex = ref[1] == 'x';
            for (std::size_t k = hex ? 2 : 1; k < ref.size(); ++k) {
                ok = ok && (hex ? std::isxdigit(static_cast<unsigned char>(ref[k])) != 0
                                : std::isdigit(static_cast<unsigned char>(ref[k])) != 0);
            }
            ok = ok && ref.size() > (hex ? 2U : 1U);
        }
        i = semi + 1;
        return ok;
    };
    while (i < n) {
        if (text[i] != '<') {
            if (stack.empty() && std::isspace(static_cast<unsigned char>(text[i])) == 0) {
                return fail("text outside the root element");
            }
            if (text[i] == '&') {
                if (!check_entity()) {
                    return fail("bad entity reference");
                }
                continue;
            }
            ++i;
            continue;
        }
        if (text.compare(i, 4, "<!--") == 0) {
            const std::size_t end = text.find("-->", i + 4);
            if (end == std::string::npos) {
                return fail("unterminated comment");
            }
            i = end + 3;
            continue;
        }
        if (text.compare(i, 9, "<![CDATA[") == 0) {
            const std::size_t end = text.find("]]>", i);
            if (end == std::string::npos || stack.empty()) {
                return fail("bad CDATA section");
            }
            i = end + 3;
            continue;
        }
        if (text.compare(i, 2, "<?") == 0) {
            const std::size_t end = text.find("?>", i);
            if (end == std::string::npos || root_seen) {
                return fail("bad processing instruction");
            }
            i = end + 2;
            continue;
        }
        if (text.compare(i, 9, "<!DOCTYPE") == 0) {
            const std::size_t end = text.find('>', i);
            if (end == std::string::npos || root_seen) {
                return fail("bad DOCTYPE");
            }
            i = end + 1;
            continue;
        }
        if (text.compare(i, 2, "</") == 0) {
            i += 2;
            const std::string name = read_name();
            skip_space();
            if (i >= n || text[i] != '>') {
                return fail("bad end tag");
            }
            ++i;
            if (stack.empty() || stack.back() != name) {
                return fail("end tag </" + name + "> does not match <" +
                            (stack.empty() ? std::string() : stack.back()) + ">");
            }
            stack.pop_back();
            continue;
        }
        ++i; // '<'
        const std::string name = read_name();
        if (name.empty()) {
            return fail("bad start tag");
        }
        if (stack.empty()) {
            if (root_seen) {
                return fail("second root element <" + name + ">");
            }
            root_seen = true;
            if (root_name != nullptr) {
                *root_name = name;
            }
        }
        std::set<std::string> attributes;
        while (true) {
            const std::size_t before = i;
            skip_space();
            if (i >= n) {
                return fail("unterminated tag <" + name + ">");
            }
            if (text[i] == '>') {
                ++i;
                stack.push_back(name);
                break;
            }
            if (text.compare(i, 2, "/>") == 0) {
                i += 2;
                break;
            }
            if (i == before) {
                return fail("no space before attribute in <" + name + ">");
            }
            const std::string attribute = read_name();
            if (attribute.empty() || !attributes.insert(attribute).second) {
                return fail("bad or repeated attribute '" + attribute + "' in <" + name + ">");
            }
            skip_space();
            if (i >= n || text[i] != '=') {
                return fail("attribute without value in <" + name + ">");
            }
            ++i;
            skip_space();
            if (i >= n || (text[i] != '"' && text[i] != '\'')) {
                return fail("unquoted attribute value in <" + name + ">");
            }
            const char quote = text[i++];
            while (i < n && text[i] != quote) {
                if (text[i] == '<') {
                    return fail("'<' in an attribute value");
                }
                if (text[i] == '&') {
                    if (!check_entity()) {
                        return fail("bad entity reference in an attribute");
                    }
                    continue;
                }
                ++i;
            }
            if (i >= n) {
                return fail("unterminated attribute value");
            }
            ++i;
        }
    }
    if (!stack.empty()) {
        return fail("unclosed element <" + stack.back() + ">");
    }
    if (!root_seen) {
        return fail("no root element");
    }
    return std::nullopt;
}

/// RFC 4180 records (CRLF line ends, quoted fields with "" escapes and embedded line breaks).
/// Throws std::runtime_error on malformed input (a bare quote, a bare LF, no final CRLF).
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    std::size_t i = 0;
    bool at_field_start = true;
    while (i < text.size()) {
        const char c = text[i];
        if (at_field_start && c == '"') {
            ++i;
            while (true) {
                if (i >= text.size()) {
                    throw std::runtime_error("unterminated quoted field");
                }
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            at_field_start = false;
            if (i < text.size() && text[i] != ',' && text[i] != '\r') {
                throw std::runtime_error("text after a closing quote");
            }
            continue;
        }
        if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
            at_field_start = true;
            ++i;
        } else if (c == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n') {
                throw std::runtime_error("CR without LF");
            }
            record.push_back(std::move(field));
            field.clear();
            records.push_back(std::move(record));
            record.clear();
            at_field_start = true;
            i += 2;
        } else if (c == '\n' || c == '"') {
            throw std::runtime_error(c == '\n' ? "bare LF outside quotes" : "quote inside a field");
        } else {
            field += c;
            at_field_start = false;
            ++i;
        }
    }
    if (!record.empty() || !field.empty()) {
        throw std::runtime_error("last record does not end with CRLF");
    }
    return records;
}

} // namespace conflictmap::test
