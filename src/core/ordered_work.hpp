// Work spread over threads whose results are taken back in the order it was given: the
// parallel stages whose output must not depend on the thread count (extracting articles,
// rendering events). Work comes in batches, so a thread takes one lock and one wake-up for
// many items; the caller bounds memory by how many batches it leaves in flight. A batch the
// caller is done with can go back to the thread that worked on it to be destroyed there
// (pop_front): memory is best freed by the thread that allocated it, as glibc's free() of
// another thread's memory waits for that thread's arena (perf: two thirds of the main
// thread's sleeps on 2 threads were such waits, each a context switch).
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace conflictmap {

template <class Batch>
class OrderedWork {
public:
    /// threads: how many threads run work (at least one); work is called on one batch at a
    /// time per thread, on batches in no particular order.
    OrderedWork(unsigned threads, std::function<void(Batch&)> work)
        : work_(std::move(work)), garbage_(std::max(threads, 1U)) {
        for (unsigned i = 0; i < std::max(threads, 1U); ++i) {
            threads_.emplace_back([this, i] { run(i); });
        }
    }
    /// Stops the threads: batches being worked on are finished, the others are dropped.
    ~OrderedWork() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            closing_ = true;
        }
        ready_.notify_all();
        for (auto& t : threads_) {
            t.join();
        }
    }
    OrderedWork(const OrderedWork&) = delete;
    OrderedWork& operator=(const OrderedWork&) = delete;

    /// Hands a batch to the threads.
    void submit(Batch&& batch) {
        order_.push_back(std::make_unique<Slot>(std::move(batch)));
        {
            std::lock_guard<std::mutex> lock(mutex_);
            queue_.push_back(order_.back().get());
        }
        ready_.notify_one();
    }

    /// The oldest batch submitted and not taken yet, once its work is done (wait) or if it is
    /// done already (!wait); nullptr when there is none, or none done without waiting. It
    /// stays the front until pop_front(). Rethrows what work threw on that batch (and drops
    /// it), so errors surface in input order.
    Batch* front(bool wait) {
        if (order_.empty()) {
            return nullptr;
        }
        Slot& front = *order_.front();
        {
            std::unique_lock<std::mutex> lock(mutex_);
            if (wait) {
                awaited_ = &front;
                done_.wait(lock, [&] { return front.done; });
                awaited_ = nullptr;
            } else if (!front.done) {
                return nullptr;
            }
        }
        if (front.error) {
            const auto error = front.error;
            order_.pop_front();
            std::rethrow_exception(error);
        }
        return &front.batch;
    }

    /// Done with the front batch: it is destroyed on the thread that worked on it, before
    /// that thread's next batch.
    void pop_front() {
        std::unique_ptr<Slot> slot = std::move(order_.front());
        order_.pop_front();
        const unsigned worker = slot->worker;
        std::lock_guard<std::mutex> lock(mutex_);
        garbage_[worker].push_back(std::move(slot));
    }

    /// The front batch moved out, once its work is done (wait) or if it is done already;
    /// false when there is none (or none done without waiting). Rethrows as front() does.
    bool take(Batch& out, bool wait) {
        Batch* batch = front(wait);
        if (batch == nullptr) {
            return false;
        }
        out = std::move(*batch);
        order_.pop_front();
        return true;
    }

    /// Batches submitted and not taken yet.
    std::size_t in_flight() const noexcept { return order_.size(); }

private:
    struct Slot {
        explicit Slot(Batch&& b) : batch(std::move(b)) {}
        Batch batch;
        bool done = false; // under mutex_
        unsigned worker = 0;
        std::exception_ptr error;
    };

    void run(unsigned me) {
        for (;;) {
            Slot* slot = nullptr;
            std::vector<std::unique_ptr<Slot>> garbage;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                ready_.wait(lock, [this] { return closing_ || !queue_.empty(); });
                if (closing_) {
                    return;
                }
                slot = queue_.front();
                queue_.pop_front();
                garbage.swap(garbage_[me]);
            }
            garbage.clear(); // freed where it was allocated
            slot->worker = me;
            try {
                work_(slot->batch);
            } catch (...) {
                slot->error = std::current_exception();
            }
            bool awaited = false;
            {
                std::lock_guard<std::mutex> lock(mutex_);
                slot->done = true;
                awaited = slot == awaited_;
            }
            if (awaited) { // the caller waits for this batch only: other wake-ups would be
                           // for nothing, and each takes a CPU from a thread at work
                done_.notify_one();
            }
        }
    }

    std::function<void(Batch&)> work_;
    std::deque<std::unique_ptr<Slot>> order_; // submitted, not taken (caller's thread only)
    std::mutex mutex_;
    std::condition_variable ready_, done_;
    std::deque<Slot*> queue_; // submitted, not started
    Slot* awaited_ = nullptr; // the batch the caller waits for
    /// Per thread: batches the caller is done with, to be destroyed by that thread.
    std::vector<std::vector<std::unique_ptr<Slot>>> garbage_;
    bool closing_ = false;
    std::vector<std::thread> threads_; // last: started once the rest is made
};

} // namespace conflictmap
