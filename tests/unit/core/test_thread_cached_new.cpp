// The program's operator new (src/core/thread_cached_new.cpp, when built): blocks of every size
// keep their bytes while freed blocks are handed out again, blocks may be freed on another
// thread, and an impossible size still throws std::bad_alloc.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <doctest/doctest.h>
#include <new>
#include <thread>
#include <vector>

namespace {

struct Block {
    unsigned char* p;
    std::size_t n;
};

unsigned char pattern(std::size_t n, std::size_t k) {
    return static_cast<unsigned char>((n * 31 + k * 7) & 0xFFU);
}

Block make(std::size_t n) {
    auto* p = static_cast<unsigned char*>(::operator new(n));
    for (std::size_t k = 0; k < n; ++k) {
        p[k] = pattern(n, k);
    }
    return {p, n};
}

bool intact(const Block& b) {
    for (std::size_t k = 0; k < b.n; ++k) {
        if (b.p[k] != pattern(b.n, k)) {
            return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("blocks of every size keep their bytes while others come and go") {
    std::vector<Block> blocks;
    for (int round = 0; round < 3; ++round) {
        for (std::size_t n = 0; n <= 600; ++n) {
            blocks.push_back(make(n));
        }
        // (The large lists' sizes, powers of two up to 16 KB, their neighbours and beyond.)
        for (const std::size_t n :
             {1000, 1023, 1024, 1025, 2048, 3000, 4096, 8191, 8192, 16383, 16384, 16385, 40000}) {
            blocks.push_back(make(n));
        }
        // Free every other one (sized and unsized deletes, as C++ code and libraries use them),
        // then make more of the same sizes: none may land on a block still in use.
        for (std::size_t i = 0; i < blocks.size(); i += 2) {
            CHECK(intact(blocks[i]));
            if (i % 4 == 0) {
                ::operator delete(blocks[i].p, blocks[i].n);
            } else {
                ::operator delete(blocks[i].p);
            }
            blocks[i] = make(blocks[i].n);
        }
        CHECK(std::all_of(blocks.begin(), blocks.end(), intact));
    }
    for (const auto& b : blocks) {
        ::operator delete(b.p, b.n);
    }
    // Arrays as well.
    auto* a = new std::uint64_t[40];
    std::fill(a, a + 40, 0x0123456789ABCDEFULL);
    CHECK(std::count(a, a + 40, 0x0123456789ABCDEFULL) == 40);
    delete[] a;
}

TEST_CASE("blocks made on one thread may be freed on another") {
    std::vector<Block> made;
    std::thread maker([&] {
        for (std::size_t n = 1; n <= 2000; n += 7) {
            made.push_back(make(n));
        }
    });
    maker.join();
    std::thread freer([&] {
        for (const auto& b : made) {
            CHECK(intact(b));
            ::operator delete(b.p, b.n);
        }
        // (and this thread's own, kept on its lists until it ends)
        for (std::size_t n = 1; n <= 300; ++n) {
            const auto b = make(n);
            ::operator delete(b.p, b.n);
        }
    });
    freer.join();
    const auto b = make(100);
    CHECK(intact(b));
    ::operator delete(b.p, b.n);
}

// (Not under AddressSanitizer, whose operator new aborts on such a size by default.)
#if !defined(__SANITIZE_ADDRESS__)
TEST_CASE("a size no memory can hold throws std::bad_alloc") {
    CHECK_THROWS_AS(static_cast<void>(::operator new(static_cast<std::size_t>(-1) / 2)),
                    std::bad_alloc);
}
#endif
