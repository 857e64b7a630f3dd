// Temporary files of records, so `extract` need not hold every event in memory: EventRecords
// are appended in a compact binary form that keeps every field exactly (doubles bit for bit,
// null and empty apart) and read back in order, as often as needed, or one at a time by the
// offset append gave. A file is unlinked as soon as it is made (in TMPDIR, else /tmp):
// nothing is left behind, even on a crash.
#pragma once

#include "events/event_record.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace conflictmap::io {

/// The binary form of one record (no length prefix), and back. decode_event throws
/// std::runtime_error on a truncated or malformed record.
void encode_event(const EventRecord& event, std::string& out);
EventRecord decode_event(std::string_view bytes);
/// decode_event into a record that may hold an earlier one: every field is set, its strings
/// reusing their buffers.
void decode_event(std::string_view bytes, EventRecord& event);

/// A temporary file of byte records: appended, read back in order as often as needed, or one
/// at a time by the offset append gave.
class SpillFile {
public:
    /// Throws OutputError when no temporary file can be made.
    SpillFile();
    ~SpillFile();
    SpillFile(const SpillFile&) = delete;
    SpillFile& operator=(const SpillFile&) = delete;

    /// Appends a record; returns where it starts, for read_at. Throws OutputError when the
    /// file cannot be written.
    std::uint64_t append(std::string_view record);
    std::uint64_t size() const noexcept { return count_; }
    /// The record appended at offset (what append returned), at any time.
    void read_at(std::uint64_t offset, std::string& record);

    /// Reads the records back from the first. Appending or starting another reader ends a
    /// reader's use.
    class Reader {
    public:
        /// The next record; false after the last.
        bool next(std::string& record);

    private:
        friend class SpillFile;
        Reader(const SpillFile& file, std::uint64_t count) : file_(&file), left_(count) {}
        /// Makes the next n bytes of the file readable at buffer_[at_].
        void fill(std::size_t n);
        const SpillFile* file_;
        std::uint64_t left_;
        std::uint64_t position_ = 0; ///< where the next read from the file starts
        std::string buffer_;         ///< bytes read, [at_, end_) not used yet
        std::size_t at_ = 0;
        std::size_t end_ = 0;
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
    std::uint64_t count_ = 0;
};

/// EventRecords in a SpillFile, in the binary form of encode_event, or already rendered for
/// output when nothing can change them any more (append_rendered).
class EventSpill {
public:
    /// Throws OutputError when no temporary file can be made.
    EventSpill() = default;

    /// Appends a record; returns where it starts, for read_at.
    std::uint64_t append(const EventRecord& event);
    /// Appends an event's final bytes, as the output will have them, instead of the event.
    void append_rendered(std::string_view bytes);
    std::uint64_t size() const noexcept { return file_.size(); }

    /// The record appended at offset (what append returned), at any time: a merge reads back
    /// the event that a later report folds into.
    void read_at(std::uint64_t offset, EventRecord& event);

    /// Reads the records back from the first. Appending or starting another reader ends a
    /// reader's use.
    class Reader {
    public:
        /// The next record, decoded into event; false after the last. Throws Error for a
        /// record appended rendered.
        bool next(EventRecord& event);
        /// The next record's bytes: the event's binary form, for decode_event (on any
        /// thread), or its rendered bytes (rendered is then true); false after the last.
        bool next_bytes(std::string& bytes, bool& rendered);
        /// Passes over the next record without decoding it; false after the last.
        bool skip() { return records_.next(bytes_); }

    private:
        friend class EventSpill;
        explicit Reader(SpillFile::Reader records) : records_(std::move(records)) {}
        SpillFile::Reader records_;
        std::string bytes_;
    };
    Reader read() { return Reader(file_.read()); }

private:
    SpillFile file_;
    std::string bytes_; ///< scratch for encoding and read_at
};

} // namespace conflictmap::io
