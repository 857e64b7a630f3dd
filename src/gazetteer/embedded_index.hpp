// The embedded gazetteer, compiled from gazetteer/*.tsv at build time into one index image
// (src/gazetteer/CMakeLists.txt runs conflictmap_compile_gazetteer, then embeds its output), so
// the program starts without parsing any text.
#pragma once

#include <string_view>

namespace conflictmap::gazetteer {

/// The bytes of the embedded index image (8-byte aligned, valid for the life of the program).
std::string_view embedded_index_bytes() noexcept;

} // namespace conflictmap::gazetteer
