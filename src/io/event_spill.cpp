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

/// Numbers as their bytes (the file is read back by the same process), strings and lists with
/// a length in front, optionals with a presence byte.
struct Encoder {
    std::string& out;

    template <class T>
    requires std::is_arithmetic_v<T>
    void operator()(const T& value) {
        char bytes[sizeof(T)];
        std::memcpy(bytes, &value, sizeof(T));
        out.append(bytes, sizeof(T));
    }
    void operator()(const std::string& s) {
        (*this)(static_cast<std::uint64_t>(s.size()));
        out += s;
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
            T v{};
            (*this)(v);
            value = std::move(v);
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
    Encoder encoder{out};
    each_field(encoder, event);
}

EventRecord decode_event(std::string_view bytes) {
    EventRecord event;
    Decoder decoder{bytes};
    each_field(decoder, event);
    if (!decoder.in.empty()) {
        throw Error(ErrorKind::internal, "the temporary event file has a malformed record");
    }
    return event;
}

namespace {

/// Appended bytes are written to the file in pieces of about this size; readers read as much.
constexpr std::size_t kBufferBytes = 1 << 20;
/// Each record is preceded by its length.
using RecordLength = std::uint64_t;

} // namespace

EventSpill::EventSpill() {
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
    pending_.reserve(kBufferBytes + 4096);
}

EventSpill::~EventSpill() {
    ::close(fd_);
}

std::uint64_t EventSpill::append(const EventRecord& event) {
    const std::uint64_t offset = written_ + pending_.size();
    const std::size_t start = pending_.size();
    pending_.append(sizeof(RecordLength), '\0');
    encode_event(event, pending_);
    const RecordLength n = pending_.size() - start - sizeof(RecordLength);
    std::memcpy(pending_.data() + start, &n, sizeof n);
    ++count_;
    if (pending_.size() >= kBufferBytes) {
        flush();
    }
    return offset;
}

void EventSpill::flush() {
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

void EventSpill::read_file(std::uint64_t offset, char* out, std::size_t n) const {
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

void EventSpill::read_at(std::uint64_t offset, EventRecord& event) {
    RecordLength n = 0;
    if (offset >= written_) { // still in memory
        const std::size_t at = offset - written_;
        if (at + sizeof n > pending_.size()) {
            throw Error(ErrorKind::internal, "no record at this offset of the temporary file");
        }
        std::memcpy(&n, pending_.data() + at, sizeof n);
        event = decode_event(std::string_view(pending_).substr(at + sizeof n, n));
        return;
    }
    char length[sizeof n];
    read_file(offset, length, sizeof n);
    std::memcpy(&n, length, sizeof n);
    record_.resize(n);
    read_file(offset + sizeof n, record_.data(), n);
    event = decode_event(record_);
}

EventSpill::Reader EventSpill::read() {
    flush();
    return Reader(*this, count_);
}

void EventSpill::Reader::fill(std::size_t n) {
    if (buffer_.size() - at_ >= n) {
        return;
    }
    // Keep what is left, read on from where the buffer ends.
    buffer_.erase(0, at_);
    position_ += at_;
    at_ = 0;
    const std::uint64_t from = position_ + buffer_.size();
    const std::uint64_t available = spill_->written_ - from;
    const std::size_t want = std::max(n - buffer_.size(), kBufferBytes);
    const std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(want, available));
    if (buffer_.size() + take < n) {
        throw Error(ErrorKind::internal, "the temporary event file is truncated");
    }
    const std::size_t old = buffer_.size();
    buffer_.resize(old + take);
    spill_->read_file(from, buffer_.data() + old, take);
}

bool EventSpill::Reader::read_bytes(std::string& bytes) {
    if (left_ == 0) {
        return false;
    }
    RecordLength n = 0;
    fill(sizeof n);
    std::memcpy(&n, buffer_.data() + at_, sizeof n);
    at_ += sizeof n;
    fill(n);
    bytes.assign(buffer_.data() + at_, n);
    at_ += n;
    --left_;
    return true;
}

bool EventSpill::Reader::next(EventRecord& event) {
    if (!read_bytes(bytes_)) {
        return false;
    }
    event = decode_event(bytes_);
    return true;
}

bool EventSpill::Reader::next_bytes(std::string& bytes) {
    return read_bytes(bytes);
}

bool EventSpill::Reader::skip() {
    return read_bytes(bytes_);
}

} // namespace conflictmap::io
