#include "report/markup_text.hpp"

#include "text/utf8.hpp"

namespace conflictmap::report {

namespace {

/// True for code points that may not appear in an XML 1.0 document.
bool forbidden_in_xml(char32_t cp) {
    if (cp < 0x20) {
        return cp != 0x09 && cp != 0x0A && cp != 0x0D;
    }
    return cp == 0xFFFE || cp == 0xFFFF;
}

/// Calls emit(cp, bytes) for every code point of text, bytes being its UTF-8 form, with
/// invalid sequences and XML-forbidden characters replaced by U+FFFD.
template <typename Emit>
void for_each_safe_code_point(std::string_view text, Emit&& emit) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        char32_t cp = text::decode_utf8(text, pos);
        std::string_view bytes = text.substr(start, pos - start);
        std::string replacement;
        if (forbidden_in_xml(cp) || (cp == text::kReplacementChar && bytes != "\xEF\xBF\xBD")) {
            cp = text::kReplacementChar;
            text::append_utf8(replacement, cp);
            bytes = replacement;
        }
        emit(cp, bytes);
    }
}

} // namespace

void append_xml_escaped(std::string& out, std::string_view text) {
    for_each_safe_code_point(text, [&](char32_t cp, std::string_view bytes) {
        switch (cp) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += bytes;
        }
    });
}

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    append_xml_escaped(out, text);
    return out;
}

std::string markdown_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for_each_safe_code_point(text, [&](char32_t cp, std::string_view bytes) {
        switch (cp) {
        case '\r':
            break;
        case '\n':
        case '\t':
            out += ' ';
            break;
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '#':
            out += '\\';
            out += bytes;
            break;
        default:
            out += bytes;
        }
    });
    return out;
}

std::size_t code_point_count(std::string_view text) {
    std::size_t n = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        text::decode_utf8(text, pos);
        ++n;
    }
    return n;
}

} // namespace conflictmap::report
