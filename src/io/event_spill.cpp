#include "io/event_spill.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <type_traits>
#include <unistd.h>

namespace conflictmap::io {

namespace {

/// Every field of a record, in one list for writing and reading (a field added to EventRecord
/// and not here is caught by the round-trip test, which sets every field).
template <class Visit, class Record>
void each_field(Visit& v, Record& e) {
    v(e.event_id);
    v(e.article_id);
    v(e.event_date);
    v(e.time_precision);
    v(e.event_type);
    v(e.sub_event_type);
    v(e.actor1);
    v(e.actor2);
    v(e.actor1_attribution);
    v(e.inter1);
    v(e.inter2);
    v(e.fatalities);
    v(e.injuries);
    v(e.location);
    v(e.location_text);
    v(e.admin1);
    v(e.admin2);
    v(e.country_code);
    v(e.latitude);
    v(e.longitude);
    v(e.geo_precision);
    v(e.uncertainty_m);
    v(e.place_id);
    v(e.geonames_id);
    v(e.feature_code);
    v(e.disputed);
    v(e.disputed_area);
    v(e.kri_distance_km);
    v(e.background);
    v(e.notes);
    v(e.source);
    v(e.article_ids);
    v(e.confidence);
    v(e.reference_location);
    v(e.reference_latitude);
    v(e.reference_longitude);
}

/// The size of a record's binary form (Encoder's bytes), counted first so that the bytes are
/// written through a pointer into room made once.
struct EncodedSize {
    std::size_t size = 0;

    template <class T>
    requires std::is_arithmetic_v<T>
    void operator()(const T&) { size += sizeof(T); }
    void operator()(const std::string& s) { size += sizeof(std::uint64_t) + s.size(); }
    void operator()(const Date& d) {
        (*this)(d.year);
        (*this)(d.month);
        (*this)(d.day);
    }
    template <class T>
    void operator()(const std::optional<T>& value) {
        size += 1;
        if (value) {
            (*this)(*value);
        }
    }
    void operator()(const std::vector<std::string>& list) {
        size += sizeof(std::uint64_t);
        for (const auto& s : list) {
            (*this)(s);
        }
    }
};

/// Numbers as their bytes (the file is read back by the same process), strings and lists with
/// a length in front, optionals with a presence byte. (Written through a pointer into room the
/// EncodedSize made: appended to the string field by field, each took a call to its append.)
struct Encoder {
    char* p;

    template <class T>
    requires std::is_arithmetic_v<T>
    void operator()(const T& value) {
        std::memcpy(p, &value, sizeof(T));
        p += sizeof(T);
    }
    void operator()(const std::string& s) {
        (*this)(static_cast<std::uint64_t>(s.size()));
        std::memcpy(p, s.data(), s.size());
        p += s.size();
    }
    void operator()(const Date& d) {
        (*this)(d.year);
        (*this)(d.month);
        (*this)(d.day);
    }
    template <class T>
    void operator()(const std::optional<T>& value) {
        (*this)(value.has_value());
        if (value) {
            (*this)(*value);
        }
    }
    void operator()(const std::vector<std::string>& list) {
        (*this)(static_cast<std::uint64_t>(list.size()));
        for (const auto& s : list) {
            (*this)(s);
        }
    }
};

struct Decoder {
    std::string_view in;

    void need(std::size_t n) const {
        if (in.size() < n) {
            throw Error(ErrorKind::internal, "the temporary event file is truncated");
        }
    }
    template <class T>
    requires std::is_arithmetic_v<T>
    void operator()(T& value) {
        need(sizeof(T));
        std::memcpy(&value, in.data(), sizeof(T));
        in.remove_prefix(sizeof(T));
    }
    void operator()(std::string& s) {
        std::uint64_t n = 0;
        (*this)(n);
        need(n);
        s.assign(in.data(), n);
        in.remove_prefix(n);
    }
    void operator()(Date& d) {
        (*this)(d.year);
        (*this)(d.month);
        (*this)(d.day);
    }
    template <class T>
    void operator()(std::optional<T>& value) {
        bool present = false;
        (*this)(present);
        if (present) {
            if (!value) {
                value.emplace();
            }
            (*this)(*value); // (into the value there: a string keeps its buffer)
        } else {
            value.reset();
        }
    }
    void operator()(std::vector<std::string>& list) {
        std::uint64_t n = 0;
        (*this)(n);
        list.clear();
        for (std::uint64_t i = 0; i < n; ++i) {
            (*this)(list.emplace_back());
        }
    }
};

std::string system_message() {
    return std::strerror(errno);
}

} // namespace

void encode_event(const EventRecord& event, std::string& out) {
    EncodedSize size;
    each_field(size, event);
    const std::size_t at = out.size();
    out.resize(at + size.size);
    Encoder encoder{out.data() + at};
    each_field(encoder, event);
}

EventRecord decode_event(std::string_view bytes) {
    EventRecord event;
    decode_event(bytes, event);
    return event;
}

void decode_event(std::string_view bytes, EventRecord& event) {
    Decoder decoder{bytes};
    each_field(decoder, event);
    if (!decoder.in.empty()) {
        throw Error(ErrorKind::internal, "the temporary event file has a malformed record");
    }
}

namespace {

/// Appended bytes are written to the file in pieces of about this size; readers read as much.
constexpr std::size_t kBufferBytes = 256 * 1024;
/// Each record is preceded by its length.
using RecordLength = std::uint64_t;

} // namespace

SpillFile::SpillFile() {
    std::error_code ec;
    auto dir = std::filesystem::temp_directory_path(ec);
    if (ec) {
        dir = "/tmp";
    }
    std::string path = (dir / "conflictmap-events-XXXXXX").string();
    fd_ = ::mkstemp(path.data());
    if (fd_ < 0) {
        throw OutputError("cannot make a temporary event file in " + dir.string() + ": " +
                          system_message());
    }
    ::unlink(path.c_str()); // gone when closed, whatever happens
}

SpillFile::~SpillFile() {
    ::close(fd_);
}

std::uint64_t SpillFile::append(std::string_view record) {
    const std::uint64_t offset = written_ + pending_.size();
    const RecordLength n = record.size();
    char length[sizeof n];
    std::memcpy(length, &n, sizeof n);
    pending_.append(length, sizeof n);
    pending_.append(record);
    ++count_;
    if (pending_.size() >= kBufferBytes) {
        flush();
    }
    return offset;
}

void SpillFile::flush() {
    std::size_t done = 0;
    while (done < pending_.size()) {
        const ssize_t n = ::pwrite(fd_, pending_.data() + done, pending_.size() - done,
                                   static_cast<off_t>(written_ + done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            throw OutputError("cannot write the temporary event file: " + system_message());
        }
        done += static_cast<std::size_t>(n);
    }
    written_ += pending_.size();
    pending_.clear();
}

void SpillFile::read_file(std::uint64_t offset, char* out, std::size_t n) const {
    while (n != 0) {
        const ssize_t got = ::pread(fd_, out, n, static_cast<off_t>(offset));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            throw Error(ErrorKind::internal, "the temporary event file is truncated");
        }
        out += got;
        offset += static_cast<std::uint64_t>(got);
        n -= static_cast<std::size_t>(got);
    }
}

void SpillFile::read_at(std::uint64_t offset, std::string& record) {
    RecordLength n = 0;
    if (offset >= written_) { // still in memory
        const std::size_t at = offset - written_;
        if (at + sizeof n > pending_.size()) {
            throw Error(ErrorKind::internal, "no record at this offset of the temporary file");
        }
        std::memcpy(&n, pending_.data() + at, sizeof n);
        record.assign(pending_, at + sizeof n, n);
        return;
    }
    char length[sizeof n];
    read_file(offset, length, sizeof n);
    std::memcpy(&n, length, sizeof n);
    record.resize(n);
    read_file(offset + sizeof n, record.data(), n);
}

SpillFile::Reader SpillFile::read() {
    flush();
    std::string().swap(pending_); // while reading, the reader's buffer is the one in use
    return Reader(*this, count_);
}

void SpillFile::Reader::fill(std::size_t n) {
    const std::size_t have = end_ - at_;
    if (have >= n) {
        return;
    }
    // Keep what is left at the front and read on after it, into one buffer of a fixed size
    // (larger only for a record that does not fit).
    if (buffer_.size() < std::max(n, kBufferBytes)) {
        buffer_.resize(std::max(n, kBufferBytes));
    }
    std::memmove(buffer_.data(), buffer_.data() + at_, have);
    at_ = 0;
    end_ = have;
    const std::uint64_t available = file_->written_ - position_;
    const std::size_t take =
        static_cast<std::size_t>(std::min<std::uint64_t>(buffer_.size() - end_, available));
    if (end_ + take < n) {
        throw Error(ErrorKind::internal, "the temporary event file is truncated");
    }
    file_->read_file(position_, buffer_.data() + end_, take);
    end_ += take;
    position_ += take;
}

bool SpillFile::Reader::next(std::string& record) {
    if (left_ == 0) {
        return false;
    }
    RecordLength n = 0;
    fill(sizeof n);
    std::memcpy(&n, buffer_.data() + at_, sizeof n);
    at_ += sizeof n;
    fill(n);
    record.assign(buffer_.data() + at_, n);
    at_ += n;
    --left_;
    return true;
}

namespace {

/// The first byte of an EventSpill record: what the rest is.
constexpr char kEncoded = 'E';
constexpr char kRendered = 'R';

} // namespace

std::uint64_t EventSpill::append(const EventRecord& event) {
    bytes_.assign(1, kEncoded);
    encode_event(event, bytes_);
    return file_.append(bytes_);
}

void EventSpill::append_rendered(std::string_view bytes) {
    bytes_.assign(1, kRendered);
    bytes_ += bytes;
    file_.append(bytes_);
}

void EventSpill::read_at(std::uint64_t offset, EventRecord& event) {
    file_.read_at(offset, bytes_);
    if (bytes_.empty() || bytes_[0] != kEncoded) {
        throw Error(ErrorKind::internal, "no event at this offset of the temporary file");
    }
    decode_event(std::string_view(bytes_).substr(1), event);
}

bool EventSpill::Reader::next(EventRecord& event) {
    if (!records_.next(bytes_)) {
        return false;
    }
    if (bytes_.empty() || bytes_[0] != kEncoded) {
        throw Error(ErrorKind::internal, "a rendered event was read back as a record");
    }
    decode_event(std::string_view(bytes_).substr(1), event);
    return true;
}

bool EventSpill::Reader::next_bytes(std::string& bytes, bool& rendered) {
    if (!records_.next(bytes)) {
        return false;
    }
    if (bytes.empty() || (bytes[0] != kEncoded && bytes[0] != kRendered)) {
        throw Error(ErrorKind::internal, "the temporary event file has a malformed record");
    }
    rendered = bytes[0] == kRendered;
    bytes.erase(0, 1);
    return true;
}

} // namespace conflictmap::io
