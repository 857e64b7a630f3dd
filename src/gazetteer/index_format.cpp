#include "gazetteer/index_format.hpp"

#include <cmath>
#include <cstring>

namespace conflictmap::gazetteer::format {

std::uint64_t key_hash(std::string_view key) noexcept {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
    std::uint64_t h = 0x243F6A8885A308D3ULL ^ (key.size() * kMul);
    std::size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, key.data() + i, 8);
        h = (h ^ w) * kMul;
        h ^= h >> 29U;
    }
    if (const std::size_t tail = key.size() - i; tail != 0) {
        // The last 1-7 bytes as a zero-padded little-endian word, built from loads that may
        // overlap (a memcpy of variable length was a library call for most keys: words are
        // short). Overlapping bytes are the same bytes, so OR-ing them is exact.
        const auto* p = reinterpret_cast<const unsigned char*>(key.data() + i);
        std::uint64_t w = 0;
        if (tail >= 4) {
            std::uint32_t lo = 0, hi = 0;
            std::memcpy(&lo, p, 4);
            std::memcpy(&hi, p + tail - 4, 4);
            w = lo | (std::uint64_t{hi} << ((tail - 4) * 8U));
        } else {
            w = std::uint64_t{p[0]} | (std::uint64_t{p[tail / 2]} << (tail / 2 * 8U)) |
                (std::uint64_t{p[tail - 1]} << ((tail - 1) * 8U));
        }
        h = (h ^ w) * kMul;
        h ^= h >> 29U;
    }
    // Final avalanche (the splitmix64 finaliser) so the low bits index slots well.
    h ^= h >> 30U;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 27U;
    h *= 0x94D049BB133111EBULL;
    h ^= h >> 31U;
    return h;
}

std::uint32_t grid_cell(double lat, double lon) noexcept {
    auto row = static_cast<long>(std::floor((lat + 90.0) / kGridDegrees));
    auto col = static_cast<long>(std::floor((lon + 180.0) / kGridDegrees));
    row = row < 0 ? 0 : (row >= static_cast<long>(kGridRows) ? kGridRows - 1 : row);
    col = col < 0 ? 0 : (col >= static_cast<long>(kGridColumns) ? kGridColumns - 1 : col);
    return static_cast<std::uint32_t>(row) * kGridColumns + static_cast<std::uint32_t>(col);
}

} // namespace conflictmap::gazetteer::format
