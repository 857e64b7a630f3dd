// OrderedWork: batches worked on by several threads come back in the order they were given,
// and an error thrown on one batch surfaces in that batch's turn.
#include "core/ordered_work.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <doctest/doctest.h>
#include <memory>
#include <random>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace conflictmap;

namespace {

struct Batch {
    int number = 0;
    std::vector<int> values;
    std::thread::id worker;
};

/// Squares the values after a random pause, so batches finish out of order.
void square_slowly(Batch& b) {
    thread_local std::mt19937 rng(std::hash<std::thread::id>{}(std::this_thread::get_id()));
    std::this_thread::sleep_for(std::chrono::microseconds(rng() % 2000));
    for (auto& v : b.values) {
        v *= v;
    }
    b.worker = std::this_thread::get_id();
    if (b.number == 13) {
        throw std::runtime_error("batch 13");
    }
}

} // namespace

TEST_CASE("batches come back in the order given, whichever thread finished first") {
    for (const unsigned threads : {1U, 2U, 4U}) {
        CAPTURE(threads);
        OrderedWork<Batch> work(threads, square_slowly);
        std::vector<int> taken;
        std::vector<std::thread::id> workers;
        Batch b;
        const auto take_one = [&] {
            CHECK(b.values ==
                  std::vector<int>{b.number * b.number, (b.number + 1) * (b.number + 1)});
            taken.push_back(b.number);
            workers.push_back(b.worker);
        };
        for (int n = 20; n < 60; ++n) { // never 13, the throwing batch
            work.submit(Batch{n, {n, n + 1}, {}});
            while (work.in_flight() >= 6 && work.take(b, true)) {
                take_one();
            }
            while (work.take(b, false)) {
                take_one();
            }
        }
        while (work.take(b, true)) {
            take_one();
        }
        std::vector<int> expected;
        for (int n = 20; n < 60; ++n) {
            expected.push_back(n);
        }
        CHECK(taken == expected);
        CHECK(work.in_flight() == 0);
        CHECK_FALSE(work.take(b, false));
        std::sort(workers.begin(), workers.end());
        const auto distinct = std::unique(workers.begin(), workers.end()) - workers.begin();
        CHECK(distinct <= threads);
        CHECK(workers.front() != std::this_thread::get_id()); // worked on the threads
    }
}

TEST_CASE("an error on one batch is thrown when that batch's turn comes, not before") {
    OrderedWork<Batch> work(2, square_slowly);
    for (int n = 10; n < 16; ++n) {
        work.submit(Batch{n, {n}, {}});
    }
    Batch b;
    for (int n = 10; n < 13; ++n) {
        REQUIRE(work.take(b, true));
        CHECK(b.number == n);
    }
    CHECK_THROWS_WITH_AS(work.take(b, true), "batch 13", std::runtime_error);
    REQUIRE(work.take(b, true)); // the batches after it are still there
    CHECK(b.number == 14);
}

TEST_CASE("work left in flight is dropped when the work is destroyed, without hanging") {
    std::atomic<int> started{0};
    {
        OrderedWork<Batch> work(2, [&](Batch&) {
            ++started;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        });
        for (int n = 0; n < 50; ++n) {
            work.submit(Batch{n, {}, {}});
        }
    }
    CHECK(started.load() < 50);
}

namespace {

/// Notes which thread destroys it.
struct DestroyedOn {
    std::thread::id* where;
    ~DestroyedOn() { *where = std::this_thread::get_id(); }
};

struct Tracked {
    int number = 0;
    std::thread::id worker;
    std::unique_ptr<DestroyedOn> probe;
};

} // namespace

TEST_CASE("a batch popped from the front is destroyed by the thread that worked on it") {
    constexpr int kBatches = 40;
    std::vector<std::thread::id> destroyed(kBatches);
    std::vector<std::thread::id> worked(kBatches);
    {
        OrderedWork<Tracked> work(2, [](Tracked& t) {
            t.worker = std::this_thread::get_id();
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        });
        int next = 0;
        for (int n = 0; n < kBatches; ++n) {
            work.submit(Tracked{n, {}, std::make_unique<DestroyedOn>(DestroyedOn{&destroyed[n]})});
            while (work.in_flight() >= 4) {
                Tracked* t = work.front(true);
                REQUIRE(t != nullptr);
                CHECK(t->number == next++);
                worked[static_cast<std::size_t>(t->number)] = t->worker;
                work.pop_front();
            }
        }
        while (Tracked* t = work.front(true)) {
            CHECK(t->number == next++);
            worked[static_cast<std::size_t>(t->number)] = t->worker;
            work.pop_front();
        }
        CHECK(next == kBatches);
    } // what the threads had no next batch to free first is freed here
    int on_worker = 0;
    for (int n = 0; n < kBatches; ++n) {
        CHECK(destroyed[n] != std::thread::id());
        if (destroyed[n] == worked[n]) {
            ++on_worker;
        } else {
            CHECK(destroyed[n] == std::this_thread::get_id()); // left over at the end
        }
    }
    CHECK(on_worker >= kBatches - 8);
}
