#include "geo/per_thread.hpp"

#include <array>
#include <atomic>

namespace conflictmap::geo::per_thread_detail {

namespace {
struct Entry {
    std::uint64_t owner = 0;
    void* state = nullptr;
};
// A few owners per thread are enough (a DisputedTerritories uses two or three); when more are
// in use the oldest entry is replaced and found again through the owner's locked map.
constexpr std::size_t kEntries = 8;
thread_local std::array<Entry, kEntries> t_cache{};
thread_local std::size_t t_next = 0;
std::atomic<std::uint64_t> g_next_id{1};
} // namespace

std::uint64_t next_owner_id() noexcept {
    return g_next_id.fetch_add(1, std::memory_order_relaxed);
}

void* find(std::uint64_t owner) noexcept {
    for (const auto& e : t_cache) {
        if (e.owner == owner) {
            return e.state;
        }
    }
    return nullptr;
}

void remember(std::uint64_t owner, void* state) noexcept {
    t_cache[t_next] = Entry{owner, state};
    t_next = (t_next + 1) % kEntries;
}

} // namespace conflictmap::geo::per_thread_detail
