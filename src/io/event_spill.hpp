// A temporary file of EventRecords, so `extract` need not hold every event in memory: records
// are appended in a compact binary form that keeps every field exactly (doubles bit for bit,
// null and empty apart) and read back in order, as often as needed, or one at a time by the
// offset append gave. The file is unlinked as soon as it is made (in TMPDIR, else /tmp):
// nothing is left behind, even on a crash.
#pragma once

#include "events/event_record.hpp"

#include <cstdint>
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
    ~EventSpill();
    EventSpill(const EventSpill&) = delete;
    EventSpill& operator=(const EventSpill&) = delete;

    /// Appends a record; returns where it starts, for read_at. Throws OutputError when the
    /// file cannot be written.
    std::uint64_t append(const EventRecord& event);
    std::uint64_t size() const noexcept { return count_; }

    /// The record appended at offset (what append returned), at any time: a merge reads back
    /// the event that a later report folds into.
    void read_at(std::uint64_t offset, EventRecord& event);

    /// Reads the records back from the first. Appending or starting another reader ends a
    /// reader's use.
    class Reader {
    public:
        /// The next record, decoded into event; false after the last.
        bool next(EventRecord& event);
        /// The next record's bytes, for decode_event (on any thread); false after the last.
        bool next_bytes(std::string& bytes);
        /// Passes over the next record without decoding it; false after the last.
        bool skip();

    private:
        friend class EventSpill;
        Reader(const EventSpill& spill, std::uint64_t count) : spill_(&spill), left_(count) {}
        /// Makes the next n bytes of the file readable at buffer_[at_]; false at the end.
        void fill(std::size_t n);
        bool read_bytes(std::string& bytes);
        const EventSpill* spill_;
        std::uint64_t left_;
        std::uint64_t position_ = 0; ///< file offset of buffer_[0]
        std::string buffer_;
        std::size_t at_ = 0;
        std::string bytes_;
    };
    Reader read();

private:
    /// Writes the pending bytes to the file.
    void flush();
    /// Reads n bytes at a file offset below written_.
    void read_file(std::uint64_t offset, char* out, std::size_t n) const;

    int fd_ = -1;
    std::string pending_;       ///< appended bytes not yet in the file, from offset written_
    std::uint64_t written_ = 0; ///< bytes in the file
    std::string record_;        ///< scratch for read_at
    std::uint64_t count_ = 0;
};

} // namespace conflictmap::io
