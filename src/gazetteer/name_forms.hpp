// The forms under which a name is indexed, and under which a query is looked up: the exact key
// plus the derived forms without a leading article, without designators, and with letter-digit
// codes joined or split and initials joined ("U.S." = "US"). Index and resolver share this so
// both sides agree.
#pragma once

#include "gazetteer/designators.hpp"
#include "gazetteer/name_kind.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::gazetteer {

struct KeyForm {
    std::string key;                     ///< exact key (text/toponym_key.hpp)
    NameKind kind = NameKind::preferred; ///< the weakest derivation that produced it
    PlaceType implied = PlaceType::any;  ///< type named by a dropped designator
};

/// The weaker (larger) of two kinds.
NameKind weaker(NameKind a, NameKind b) noexcept;

/// Appends to out the forms of an exact key: the key itself with `kind`, then the derived
/// forms (see the header comment), each once, the strongest kind kept.
void append_key_forms(std::string_view key, NameKind kind, std::vector<KeyForm>& out);

} // namespace conflictmap::gazetteer
