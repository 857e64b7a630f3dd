#include "gazetteer/name_kind.hpp"

namespace conflictmap::gazetteer {

std::string_view name_kind_name(NameKind kind) noexcept {
    switch (kind) {
    case NameKind::preferred:
        return "preferred";
    case NameKind::ascii:
        return "ascii";
    case NameKind::alternate:
        return "alternate";
    case NameKind::code:
        return "code";
    case NameKind::historic:
        return "historic";
    case NameKind::article_dropped:
        return "article_dropped";
    case NameKind::code_form:
        return "code_form";
    case NameKind::designator_dropped:
        return "designator_dropped";
    }
    return "alternate";
}

double name_kind_weight(NameKind kind) noexcept {
    switch (kind) {
    case NameKind::preferred:
    case NameKind::ascii:
        return 1.0;
    case NameKind::alternate:
        return 0.98;
    case NameKind::code:
        return 0.97;
    case NameKind::historic:
    case NameKind::article_dropped:
    case NameKind::code_form:
        return 0.96;
    case NameKind::designator_dropped:
        return 0.9;
    }
    return 0.9;
}

} // namespace conflictmap::gazetteer
