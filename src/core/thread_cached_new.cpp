// The program's operator new and delete: blocks of up to 16 KB freed by a thread are kept on
// that thread's free lists and handed out again without malloc: blocks of up to 256 bytes in 16
// sizes (multiples of 16, at most 256 per size), larger ones in 6 sizes (powers of two from 512
// bytes, at most 32 per size). Extracting an article makes and frees about 230 blocks (strings,
// vectors of its drafts, toponyms and candidates), most of them in bursts that overflow glibc's
// per-thread cache of 7 blocks a size (and that cache holds none above 1 KB): malloc and free
// took about 9% of `conflictmap extract`'s instructions, the small lists alone about a third of
// that, and the large ones (about 30 blocks an article, of 0.3 to 16 KB) half of what was left.
// Everything else (larger blocks, blocks freed once a thread's lists are full or after it has
// begun to exit) goes to malloc and free, so a block may be freed on any thread. Not built with
// the sanitizers (CMakeLists.txt): their own operator new checks what these lists would hide.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <new>

namespace {

constexpr std::size_t kGranule = 16;    ///< small sizes are rounded up to a multiple of this
constexpr std::size_t kSmallSizes = 16; ///< so blocks of up to 256 bytes are small
constexpr std::size_t kLargestSmall = kGranule * kSmallSizes;
constexpr std::size_t kLargeSizes = 6; ///< larger sizes: 512 bytes to 16 KB, powers of two
constexpr std::size_t kSizes = kSmallSizes + kLargeSizes;
constexpr std::size_t kLargest = kLargestSmall << kLargeSizes;
constexpr std::uint32_t kMaxKeptSmall = 256; ///< blocks kept per small size and thread
constexpr std::uint32_t kMaxKeptLarge = 32;  ///< blocks kept per large size and thread

struct FreeBlock {
    FreeBlock* next;
};

/// A thread's free lists. Trivially destructible, so usable until the thread's very end; the
/// lists are emptied by ListsFlush's destructor, after which blocks go to free(). room[k] is
/// how many more blocks list k may keep: none before the thread's first block is kept (which
/// registers the flush and gives each list its room) and none once flushed, so that operator
/// delete's usual path tests that alone.
struct FreeLists {
    FreeBlock* head[kSizes];
    std::uint32_t room[kSizes];
    bool flush_registered;
    bool flushed;
};
thread_local FreeLists lists;

struct ListsFlush {
    ListsFlush() = default;
    ListsFlush(const ListsFlush&) = delete;
    ListsFlush& operator=(const ListsFlush&) = delete;
    ~ListsFlush() {
        FreeLists& l = lists;
        l.flushed = true;
        for (std::size_t k = 0; k < kSizes; ++k) {
            while (l.head[k] != nullptr) {
                FreeBlock* b = l.head[k];
                l.head[k] = b->next;
                std::free(b);
            }
            l.room[k] = 0;
        }
    }
};
thread_local ListsFlush lists_flush;

/// malloc as operator new must call it: the new-handler, then std::bad_alloc.
[[gnu::noinline]] void* allocate_from_malloc(std::size_t n) {
    for (;;) {
        if (void* p = std::malloc(n)) {
            return p;
        }
        const std::new_handler handler = std::get_new_handler();
        if (handler == nullptr) {
            throw std::bad_alloc();
        }
        handler();
    }
}

/// The list of a size (1 to kLargest bytes).
constexpr std::size_t list_of(std::size_t n) noexcept {
    if (n <= kLargestSmall) {
        return (n - 1) / kGranule;
    }
    // (257 to 512 bytes: the first large list; each next one twice the size)
    return kSmallSizes + static_cast<std::size_t>(std::bit_width(n - 1)) - 9;
}
static_assert(list_of(256) == 15 && list_of(257) == 16 && list_of(512) == 16 &&
              list_of(513) == 17 && list_of(kLargest) == kSizes - 1);

/// The size of list k's blocks: any block of the list serves any size it takes.
constexpr std::size_t block_size(std::size_t k) noexcept {
    return k < kSmallSizes ? (k + 1) * kGranule : kLargestSmall << (k - kSmallSizes + 1);
}
static_assert(block_size(15) == 256 && block_size(16) == 512 && block_size(kSizes - 1) == kLargest);

constexpr std::uint32_t max_kept(std::size_t k) noexcept {
    return k < kSmallSizes ? kMaxKeptSmall : kMaxKeptLarge;
}

inline void* allocate(std::size_t n) {
    if (n == 0) {
        n = 1;
    }
    if (n > kLargest) {
        return allocate_from_malloc(n);
    }
    const std::size_t k = list_of(n);
    FreeLists& l = lists;
    if (FreeBlock* b = l.head[k]) {
        l.head[k] = b->next;
        ++l.room[k];
        return b;
    }
    // (The list's full size, so that any block of the list serves any size it takes.)
    return allocate_from_malloc(block_size(k));
}

/// keep's rare cases: the thread's first block kept (which registers the flush and gives the
/// lists their room), a full list, or lists already flushed.
[[gnu::noinline]] void keep_first_or_free(void* p, std::size_t k) noexcept {
    FreeLists& l = lists;
    if (l.flushed || l.flush_registered) { // (flushed, or list k is full)
        std::free(p);
        return;
    }
    l.flush_registered = true;
    static_cast<void>(&lists_flush); // (its first use registers its destructor)
    for (std::size_t j = 0; j < kSizes; ++j) {
        l.room[j] = max_kept(j);
    }
    auto* b = static_cast<FreeBlock*>(p);
    b->next = l.head[k];
    l.head[k] = b;
    --l.room[k];
}

inline void keep(void* p, std::size_t k) noexcept {
    // (The usual case alone inline, with no call in it: operator delete then needs no stack
    // frame nor saved registers, which cost more than the push itself.)
    FreeLists& l = lists;
    if (l.room[k] != 0) {
        auto* b = static_cast<FreeBlock*>(p);
        b->next = l.head[k];
        l.head[k] = b;
        --l.room[k];
        return;
    }
    keep_first_or_free(p, k);
}

} // namespace

void* operator new(std::size_t n) {
    return allocate(n);
}

void* operator new[](std::size_t n) {
    return allocate(n);
}

void operator delete(void* p, std::size_t n) noexcept {
    if (p == nullptr) {
        return;
    }
    if (n == 0) {
        n = 1;
    }
    if (n > kLargest) {
        std::free(p);
        return;
    }
    keep(p, list_of(n));
}

void operator delete[](void* p, std::size_t n) noexcept {
    operator delete(p, n);
}

void operator delete(void* p) noexcept {
    if (p == nullptr) {
        return;
    }
    // Without its size, a block's list is read from what malloc gave it: a list's blocks are
    // malloc(block_size(k)), whose usable size glibc makes block_size(k) + 8. (A larger block
    // that happens to have such a size serves the list as well.)
    const std::size_t usable = malloc_usable_size(p);
    if (usable >= kGranule + 8 && usable <= kLargest + 8) {
        const std::size_t size = usable - 8;
        if (size <= kLargestSmall ? size % kGranule == 0 : (size & (size - 1)) == 0) {
            keep(p, list_of(size));
            return;
        }
    }
    std::free(p);
}

void operator delete[](void* p) noexcept {
    operator delete(p);
}
