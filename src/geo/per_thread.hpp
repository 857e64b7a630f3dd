// State an object keeps once per calling thread: GEOS contexts with their prepared geometries
// and STRtrees, PROJ contexts with their transformations. Neither library lets two threads
// share a handle (prepared geometries even build their indexes lazily on first use), so each
// thread builds its own copy from the object's immutable data on first use; later calls find
// it through a small thread-local cache without taking a lock.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace conflictmap::geo {

namespace per_thread_detail {
/// A process-unique id, so a cache entry can never match a later object at the same address.
std::uint64_t next_owner_id() noexcept;
/// The state this thread cached for owner, or nullptr.
void* find(std::uint64_t owner) noexcept;
void remember(std::uint64_t owner, void* state) noexcept;
} // namespace per_thread_detail

template <class State>
class PerThread {
public:
    explicit PerThread(std::function<std::unique_ptr<State>()> make)
        : id_(per_thread_detail::next_owner_id()), make_(std::move(make)) {}
    PerThread(const PerThread&) = delete;
    PerThread& operator=(const PerThread&) = delete;

    /// This thread's state, built on first use. States live until the PerThread is destroyed
    /// (a finished thread's state is reused by a later thread that gets the same id).
    State& local() const {
        if (void* cached = per_thread_detail::find(id_)) {
            return *static_cast<State*>(cached);
        }
        std::lock_guard<std::mutex> lock(mutex_);
        auto& slot = states_[std::this_thread::get_id()];
        if (!slot) {
            slot = make_();
        }
        per_thread_detail::remember(id_, slot.get());
        return *slot;
    }

private:
    std::uint64_t id_;
    std::function<std::unique_ptr<State>()> make_;
    mutable std::mutex mutex_;
    mutable std::map<std::thread::id, std::unique_ptr<State>> states_;
};

} // namespace conflictmap::geo
