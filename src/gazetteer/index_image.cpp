#include "gazetteer/index_image.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <tuple>

namespace conflictmap::gazetteer {

namespace fmt = format;

namespace {

template <class T>
std::span<const T> records_at(std::string_view bytes, const fmt::Section& s) {
    return {reinterpret_cast<const T*>(bytes.data() + s.offset), static_cast<std::size_t>(s.count)};
}

std::uint32_t expected_record_size(fmt::SectionId id) {
    switch (id) {
    case fmt::SectionId::strings:
    case fmt::SectionId::info:
        return 1;
    case fmt::SectionId::places:
        return sizeof(fmt::PlaceRecord);
    case fmt::SectionId::exact_entries:
    case fmt::SectionId::loose_entries:
        return sizeof(fmt::KeyEntry);
    case fmt::SectionId::exact_slots:
    case fmt::SectionId::loose_slots:
        return sizeof(std::uint32_t);
    case fmt::SectionId::exact_postings:
        return sizeof(fmt::ExactPosting);
    case fmt::SectionId::loose_postings:
        return sizeof(fmt::LoosePosting);
    case fmt::SectionId::geonames_ids:
        return sizeof(fmt::GeonamesIdRecord);
    case fmt::SectionId::spatial:
        return sizeof(fmt::SpatialRecord);
    case fmt::SectionId::countries:
        return sizeof(fmt::CountryRecord);
    case fmt::SectionId::admins:
        return sizeof(fmt::AdminRecord);
    case fmt::SectionId::exact_filter:
    case fmt::SectionId::loose_filter:
        return sizeof(std::uint64_t);
    }
    return 0;
}

const fmt::KeyEntry* probe(std::span<const fmt::KeyEntry> entries,
                           std::span<const std::uint32_t> slots, std::string_view strings,
                           std::span<const std::uint64_t> filter, std::string_view key,
                           std::uint64_t hash) noexcept {
    if (slots.empty()) {
        return nullptr;
    }
    if (!filter.empty()) {
        const std::uint64_t bits = fmt::filter_bits(hash);
        if ((filter[fmt::filter_word(hash, filter.size())] & bits) != bits) {
            return nullptr;
        }
    }
    const std::size_t mask = slots.size() - 1;
    const auto h32 = static_cast<std::uint32_t>(hash);
    std::size_t i = hash & mask;
    for (std::size_t probes = 0; probes < slots.size(); ++probes, i = (i + 1) & mask) {
        const std::uint32_t s = slots[i];
        if (s == 0) {
            return nullptr;
        }
        if (s > entries.size()) {
            continue; // damaged slot: never follow it
        }
        const fmt::KeyEntry& e = entries[s - 1];
        if (e.hash != h32 || e.key_length != key.size()) {
            continue;
        }
        if (static_cast<std::uint64_t>(e.key) + e.key_length < strings.size() &&
            std::memcmp(strings.data() + e.key, key.data(), key.size()) == 0) {
            return &e;
        }
    }
    return nullptr;
}

void prefetch_probe(std::span<const std::uint32_t> slots, std::span<const std::uint64_t> filter,
                    std::uint64_t hash) noexcept {
    if (slots.empty()) {
        return;
    }
    if (!filter.empty()) {
        __builtin_prefetch(&filter[fmt::filter_word(hash, filter.size())]);
    }
    __builtin_prefetch(&slots[hash & (slots.size() - 1)]);
}

bool is_power_of_two(std::uint64_t n) {
    return n != 0 && (n & (n - 1)) == 0;
}

} // namespace

IndexImage IndexImage::open_file(const std::filesystem::path& path) {
    auto file = std::make_shared<MappedFile>(path, MappedFile::Access::random);
    IndexImage image;
    image.label_ = path.string();
    image.bytes_ = file->bytes();
    image.owner_ = std::move(file);
    image.validate();
    return image;
}

IndexImage IndexImage::from_bytes(std::string_view bytes, std::string label) {
    IndexImage image;
    image.label_ = std::move(label);
    image.bytes_ = bytes;
    image.validate();
    return image;
}

IndexImage IndexImage::from_buffer(ImageBuffer buffer, std::string label) {
    auto owned = std::make_shared<ImageBuffer>(std::move(buffer));
    IndexImage image;
    image.label_ = std::move(label);
    image.bytes_ = std::string_view(reinterpret_cast<const char*>(owned->data()),
                                    owned->size() * sizeof(std::uint64_t));
    image.owner_ = std::move(owned);
    image.validate();
    return image;
}

void IndexImage::validate() {
    auto fail = [&](const std::string& why) {
        throw InputError("not a usable conflictmap index: " + why, ErrorContext{label_, 0, 0, {}});
    };
    const std::uint64_t size = bytes_.size();
    if (size < sizeof(fmt::Header)) {
        if (size >= 8 && std::memcmp(bytes_.data(), fmt::kMagic, 8) == 0) {
            fail("truncated (" + std::to_string(size) + " bytes, smaller than its header)");
        }
        fail("too small to be an index (" + std::to_string(size) + " bytes)");
    }
    if (reinterpret_cast<std::uintptr_t>(bytes_.data()) % 8 != 0) {
        fail("image is not 8-byte aligned in memory");
    }
    fmt::Header h{};
    std::memcpy(&h, bytes_.data(), sizeof h);
    if (std::memcmp(h.magic, fmt::kMagic, sizeof h.magic) != 0) {
        fail("wrong magic number (not a .cmidx file written by 'conflictmap gazetteer build')");
    }
    if (h.endian_mark != fmt::kEndianMark) {
        fail("written on a machine of the other byte order");
    }
    if (h.version != fmt::kVersion) {
        fail("format version " + std::to_string(h.version) + ", this conflictmap reads version " +
             std::to_string(fmt::kVersion) + ": rebuild it with 'conflictmap gazetteer build'");
    }
    if (h.header_size != sizeof(fmt::Header)) {
        fail("unexpected header size " + std::to_string(h.header_size));
    }
    if (h.file_size != size) {
        fail(h.file_size > size
                 ? "truncated: the header declares " + std::to_string(h.file_size) +
                       " bytes, the file has " + std::to_string(size)
                 : "the header declares " + std::to_string(h.file_size) + " bytes, the file has " +
                       std::to_string(size) + " (trailing data)");
    }
    if (h.section_count != fmt::kSectionCount) {
        fail("expected " + std::to_string(fmt::kSectionCount) + " sections, found " +
             std::to_string(h.section_count));
    }
    const std::uint64_t table_end =
        sizeof(fmt::Header) + static_cast<std::uint64_t>(h.section_count) * sizeof(fmt::Section);
    if (table_end > size) {
        fail("section table extends past the end of the file");
    }
    if (h.max_name_tokens > 64) {
        fail("implausible maximum name length of " + std::to_string(h.max_name_tokens) + " tokens");
    }
    std::array<fmt::Section, fmt::kSectionCount + 1> by_id{};
    std::array<bool, fmt::kSectionCount + 1> seen{};
    for (std::uint32_t i = 0; i < h.section_count; ++i) {
        fmt::Section s{};
        std::memcpy(&s, bytes_.data() + sizeof(fmt::Header) + i * sizeof(fmt::Section), sizeof s);
        if (s.id == 0 || s.id > fmt::kSectionCount) {
            fail("unknown section id " + std::to_string(s.id));
        }
        if (seen[s.id]) {
            fail("section " + std::to_string(s.id) + " appears twice");
        }
        seen[s.id] = true;
        const auto id = static_cast<fmt::SectionId>(s.id);
        if (s.record_size != expected_record_size(id)) {
            fail("section " + std::to_string(s.id) + " has records of " +
                 std::to_string(s.record_size) + " bytes, expected " +
                 std::to_string(expected_record_size(id)));
        }
        if (s.offset % 8 != 0 || s.offset < table_end || s.offset > size) {
            fail("section " + std::to_string(s.id) + " starts at an invalid offset");
        }
        if (s.count > (size - s.offset) / s.record_size) {
            fail("section " + std::to_string(s.id) + " extends past the end of the file");
        }
        by_id[s.id] = s;
    }
    auto section = [&](fmt::SectionId id) -> const fmt::Section& {
        return by_id[static_cast<std::uint32_t>(id)];
    };
    const auto& strings = section(fmt::SectionId::strings);
    strings_ = bytes_.substr(strings.offset, strings.count);
    if (strings_.empty() || strings_.front() != '\0' || strings_.back() != '\0') {
        fail("string pool is not NUL-terminated");
    }
    const auto& info = section(fmt::SectionId::info);
    info_ = bytes_.substr(info.offset, info.count);
    places_ = records_at<fmt::PlaceRecord>(bytes_, section(fmt::SectionId::places));
    exact_entries_ = records_at<fmt::KeyEntry>(bytes_, section(fmt::SectionId::exact_entries));
    exact_slots_ = records_at<std::uint32_t>(bytes_, section(fmt::SectionId::exact_slots));
    exact_postings_ =
        records_at<fmt::ExactPosting>(bytes_, section(fmt::SectionId::exact_postings));
    loose_entries_ = records_at<fmt::KeyEntry>(bytes_, section(fmt::SectionId::loose_entries));
    loose_slots_ = records_at<std::uint32_t>(bytes_, section(fmt::SectionId::loose_slots));
    loose_postings_ =
        records_at<fmt::LoosePosting>(bytes_, section(fmt::SectionId::loose_postings));
    geonames_ids_ =
        records_at<fmt::GeonamesIdRecord>(bytes_, section(fmt::SectionId::geonames_ids));
    spatial_ = records_at<fmt::SpatialRecord>(bytes_, section(fmt::SectionId::spatial));
    countries_ = records_at<fmt::CountryRecord>(bytes_, section(fmt::SectionId::countries));
    admins_ = records_at<fmt::AdminRecord>(bytes_, section(fmt::SectionId::admins));
    exact_filter_ = records_at<std::uint64_t>(bytes_, section(fmt::SectionId::exact_filter));
    loose_filter_ = records_at<std::uint64_t>(bytes_, section(fmt::SectionId::loose_filter));
    for (const auto filter : {exact_filter_, loose_filter_}) {
        if (!filter.empty() && !is_power_of_two(filter.size())) {
            fail("a key filter has an invalid size");
        }
    }
    for (const auto& [slots, entries, what] : {std::tuple{exact_slots_, exact_entries_, "exact"},
                                               std::tuple{loose_slots_, loose_entries_, "loose"}}) {
        if ((!slots.empty() && !is_power_of_two(slots.size())) || slots.size() < entries.size() ||
            (slots.empty() && !entries.empty())) {
            fail(std::string(what) + " key table has an invalid size");
        }
    }
    max_name_tokens_ = h.max_name_tokens;
}

std::string_view IndexImage::string_at(std::uint32_t offset) const noexcept {
    if (offset >= strings_.size()) {
        return {};
    }
    return std::string_view(strings_.data() + offset); // the pool ends with NUL: bounded
}

const fmt::KeyEntry* IndexImage::find_exact(std::string_view key,
                                            std::uint64_t hash) const noexcept {
    return probe(exact_entries_, exact_slots_, strings_, exact_filter_, key, hash);
}

const fmt::KeyEntry* IndexImage::find_loose(std::string_view key,
                                            std::uint64_t hash) const noexcept {
    return probe(loose_entries_, loose_slots_, strings_, loose_filter_, key, hash);
}

void IndexImage::prefetch_exact(std::uint64_t hash) const noexcept {
    prefetch_probe(exact_slots_, exact_filter_, hash);
}

void IndexImage::prefetch_loose(std::uint64_t hash) const noexcept {
    prefetch_probe(loose_slots_, loose_filter_, hash);
}

std::span<const fmt::ExactPosting>
IndexImage::exact_postings(const fmt::KeyEntry& e) const noexcept {
    if (static_cast<std::uint64_t>(e.first_posting) + e.posting_count > exact_postings_.size()) {
        return {};
    }
    return exact_postings_.subspan(e.first_posting, e.posting_count);
}

std::span<const fmt::LoosePosting>
IndexImage::loose_postings(const fmt::KeyEntry& e) const noexcept {
    if (static_cast<std::uint64_t>(e.first_posting) + e.posting_count > loose_postings_.size()) {
        return {};
    }
    return loose_postings_.subspan(e.first_posting, e.posting_count);
}

const fmt::KeyEntry* IndexImage::exact_entry(std::uint32_t i) const noexcept {
    return i < exact_entries_.size() ? &exact_entries_[i] : nullptr;
}

std::string_view IndexImage::key_text(const fmt::KeyEntry& e) const noexcept {
    if (static_cast<std::uint64_t>(e.key) + e.key_length >= strings_.size()) {
        return {};
    }
    return strings_.substr(e.key, e.key_length);
}

std::optional<std::uint32_t> IndexImage::find_id(std::int64_t id) const noexcept {
    const auto it = std::lower_bound(places_.begin(), places_.end(), id,
                                     [](const auto& r, std::int64_t v) { return r.id < v; });
    if (it == places_.end() || it->id != id) {
        return std::nullopt;
    }
    return static_cast<std::uint32_t>(it - places_.begin());
}

std::optional<std::uint32_t> IndexImage::find_geonames_id(std::int64_t gid) const noexcept {
    const auto it =
        std::lower_bound(geonames_ids_.begin(), geonames_ids_.end(), gid,
                         [](const auto& r, std::int64_t v) { return r.geonames_id < v; });
    if (it == geonames_ids_.end() || it->geonames_id != gid || it->place >= places_.size()) {
        return std::nullopt;
    }
    return it->place;
}

std::optional<std::uint32_t> IndexImage::find_country(std::string_view code) const noexcept {
    if (code.size() != 2) {
        return std::nullopt;
    }
    const auto it = std::lower_bound(
        countries_.begin(), countries_.end(), code,
        [](const auto& r, std::string_view c) { return std::string_view(r.country, 2) < c; });
    if (it == countries_.end() || std::string_view(it->country, 2) != code ||
        it->place >= places_.size()) {
        return std::nullopt;
    }
    return it->place;
}

std::optional<std::uint32_t> IndexImage::find_admin(std::string_view country,
                                                    std::string_view admin1,
                                                    std::string_view admin2) const noexcept {
    if (country.size() != 2) {
        return std::nullopt;
    }
    auto compare = [&](const fmt::AdminRecord& r) {
        if (const int c = std::string_view(r.country, 2).compare(country); c != 0) {
            return c;
        }
        if (const int c = string_at(r.admin1_code).compare(admin1); c != 0) {
            return c;
        }
        return string_at(r.admin2_code).compare(admin2);
    };
    const auto it = std::lower_bound(admins_.begin(), admins_.end(), 0,
                                     [&](const auto& r, int) { return compare(r) < 0; });
    if (it == admins_.end() || compare(*it) != 0 || it->place >= places_.size()) {
        return std::nullopt;
    }
    return it->place;
}

std::span<const fmt::SpatialRecord> IndexImage::cell(std::uint32_t c) const noexcept {
    const auto lo = std::lower_bound(spatial_.begin(), spatial_.end(), c,
                                     [](const auto& r, std::uint32_t v) { return r.cell < v; });
    auto hi = lo;
    while (hi != spatial_.end() && hi->cell == c) {
        ++hi;
    }
    return {lo, hi};
}

void IndexImage::verify() const {
    auto fail = [&](const std::string& why) {
        throw InputError("damaged conflictmap index: " + why, ErrorContext{label_, 0, 0, {}});
    };
    const std::uint64_t n_places = places_.size();
    auto check_string = [&](std::uint32_t offset, const char* what, std::uint64_t i) {
        if (offset >= strings_.size()) {
            fail(std::string(what) + " of record " + std::to_string(i) +
                 " points outside the pool");
        }
    };
    std::int64_t previous_id = 0;
    for (std::uint64_t i = 0; i < n_places; ++i) {
        const auto& p = places_[i];
        for (const auto offset :
             {p.name, p.feature_code, p.admin1_code, p.admin2_code, p.admin1_name, p.admin2_name}) {
            check_string(offset, "a string", i);
        }
        if (i > 0 && p.id <= previous_id) {
            fail("places are not sorted by id at record " + std::to_string(i));
        }
        previous_id = p.id;
    }
    auto check_table = [&](std::span<const fmt::KeyEntry> entries,
                           std::span<const std::uint32_t> slots,
                           std::span<const std::uint64_t> filter, std::uint64_t postings,
                           const char* what) {
        for (std::uint64_t i = 0; i < entries.size(); ++i) {
            const auto& e = entries[i];
            if (static_cast<std::uint64_t>(e.key) + e.key_length >= strings_.size()) {
                fail(std::string(what) + " key " + std::to_string(i) + " points outside the pool");
            }
            if (static_cast<std::uint64_t>(e.first_posting) + e.posting_count > postings) {
                fail(std::string(what) + " key " + std::to_string(i) +
                     " has postings out of range");
            }
            const auto key = strings_.substr(e.key, e.key_length);
            if (static_cast<std::uint32_t>(fmt::key_hash(key)) != e.hash ||
                probe(entries, slots, strings_, filter, key, fmt::key_hash(key)) != &e) {
                fail(std::string(what) + " key " + std::to_string(i) + " is not reachable by hash");
            }
        }
        for (const auto s : slots) {
            if (s > entries.size()) {
                fail(std::string(what) + " hash slot out of range");
            }
        }
    };
    check_table(exact_entries_, exact_slots_, exact_filter_, exact_postings_.size(), "exact");
    check_table(loose_entries_, loose_slots_, loose_filter_, loose_postings_.size(), "loose");
    for (const auto& p : exact_postings_) {
        if (p.place >= n_places || p.kind > 7) {
            fail("an exact posting is out of range");
        }
    }
    for (const auto& p : loose_postings_) {
        if (p.place >= n_places || p.exact_entry >= exact_entries_.size() || p.kind > 7) {
            fail("a loose posting is out of range");
        }
    }
    for (const auto& r : geonames_ids_) {
        if (r.place >= n_places) {
            fail("a GeoNames id record is out of range");
        }
    }
    for (const auto& r : spatial_) {
        if (r.place >= n_places || r.cell >= fmt::kGridRows * fmt::kGridColumns) {
            fail("a spatial record is out of range");
        }
    }
    for (const auto& r : countries_) {
        if (r.place >= n_places) {
            fail("a country record is out of range");
        }
    }
    for (const auto& r : admins_) {
        if (r.place >= n_places) {
            fail("an admin record is out of range");
        }
        check_string(r.admin1_code, "an admin code", 0);
        check_string(r.admin2_code, "an admin code", 0);
    }
}

} // namespace conflictmap::gazetteer
