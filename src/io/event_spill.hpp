// A temporary file of EventRecords, so `extract` need not hold every event in memory: records
// are appended in a compact binary form that keeps every field exactly (doubles bit for bit,
// null and empty apart) and read back in order, as often as needed. The file is unlinked as
// soon as it is made (in TMPDIR, else /tmp): nothing is left behind, even on a crash.
#pragma once

#include "events/event_record.hpp"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace conflictmap::io {

/// The binary form of one record (no length prefix), and back. decode_event throws
/// std::runtime_error on a truncated or malformed record.
void encode_event(const EventRecord& event, std::string& out);
EventRecord decode_event(std::string_view bytes);

class EventSpill {
public:
    /// Throws OutputError when no temporary file can be made.
    EventSpill();
    EventSpill(const EventSpill&) = delete;
    EventSpill& operator=(const EventSpill&) = delete;

    void append(const EventRecord& event);
    std::uint64_t size() const noexcept { return count_; }

    /// Reads the records back from the first. Appending or starting another reader ends a
    /// reader's use.
    class Reader {
    public:
        /// The next record, decoded into event; false after the last.
        bool next(EventRecord& event);
        /// Passes over the next record without decoding it; false after the last.
        bool skip();

    private:
        friend class EventSpill;
        explicit Reader(std::FILE* file, std::uint64_t count) : file_(file), left_(count) {}
        bool read_bytes();
        std::FILE* file_;
        std::uint64_t left_;
        std::string bytes_;
    };
    Reader read();

private:
    struct Close {
        void operator()(std::FILE* f) const noexcept;
    };
    std::unique_ptr<std::FILE, Close> file_;
    std::string buffer_;
    std::uint64_t count_ = 0;
    bool reading_ = false;
};

} // namespace conflictmap::io
