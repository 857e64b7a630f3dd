#include "io/event_spill.hpp"

#include "core/error.hpp"

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

void EventSpill::Close::operator()(std::FILE* f) const noexcept {
    std::fclose(f);
}

EventSpill::EventSpill() {
    std::error_code ec;
    auto dir = std::filesystem::temp_directory_path(ec);
    if (ec) {
        dir = "/tmp";
    }
    std::string path = (dir / "conflictmap-events-XXXXXX").string();
    const int fd = ::mkstemp(path.data());
    if (fd < 0) {
        throw OutputError("cannot make a temporary event file in " + dir.string() + ": " +
                          system_message());
    }
    ::unlink(path.c_str()); // gone when closed, whatever happens
    file_.reset(::fdopen(fd, "w+b"));
    if (!file_) {
        ::close(fd);
        throw OutputError("cannot open the temporary event file: " + system_message());
    }
    std::setvbuf(file_.get(), nullptr, _IOFBF, 1 << 20);
}

void EventSpill::append(const EventRecord& event) {
    if (reading_) { // a read moved the position; C wants a seek between reading and writing
        std::fseek(file_.get(), 0, SEEK_END);
        reading_ = false;
    }
    buffer_.clear();
    encode_event(event, buffer_);
    const std::uint64_t n = buffer_.size();
    if (std::fwrite(&n, sizeof n, 1, file_.get()) != 1 ||
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_.get()) != buffer_.size()) {
        throw OutputError("cannot write the temporary event file: " + system_message());
    }
    ++count_;
}

EventSpill::Reader EventSpill::read() {
    if (std::fflush(file_.get()) != 0) {
        throw OutputError("cannot write the temporary event file: " + system_message());
    }
    std::rewind(file_.get());
    reading_ = true;
    return Reader(file_.get(), count_);
}

bool EventSpill::Reader::read_bytes() {
    if (left_ == 0) {
        return false;
    }
    std::uint64_t n = 0;
    if (std::fread(&n, sizeof n, 1, file_) != 1) {
        throw Error(ErrorKind::internal, "the temporary event file is truncated");
    }
    bytes_.resize(n);
    if (std::fread(bytes_.data(), 1, n, file_) != n) {
        throw Error(ErrorKind::internal, "the temporary event file is truncated");
    }
    --left_;
    return true;
}

bool EventSpill::Reader::next(EventRecord& event) {
    if (!read_bytes()) {
        return false;
    }
    event = decode_event(bytes_);
    return true;
}

bool EventSpill::Reader::skip() {
    return read_bytes();
}

} // namespace conflictmap::io
