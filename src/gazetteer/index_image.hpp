// A validated, read-only view of one gazetteer image (index_format.hpp), whether it was built in
// memory from TSV sources, compiled into the binary, or memory-mapped from a .cmidx file: the
// one reader of all three.
//
// Opening validates the structure fully before anything is read: magic, endianness, version,
// declared size against the real size, the section table (every section present once, 8-byte
// aligned, record sizes as expected, inside the image) and the string pool (NUL-terminated).
// A truncated or foreign file is an InputError saying what is wrong. Record-level references
// (a posting's place, a key's string) are bounds-checked when used, so a damaged file can at
// worst return fewer results, never read out of bounds; verify() checks them all up front.
//
// All methods are const and use no shared mutable state: safe to query from many threads.
#pragma once

#include "gazetteer/index_builder.hpp"
#include "gazetteer/index_format.hpp"
#include "gazetteer/mapped_file.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace conflictmap::gazetteer {

class IndexImage {
public:
    /// Maps and validates a .cmidx file. Throws InputError naming the file.
    static IndexImage open_file(const std::filesystem::path& path);
    /// Validates an image held elsewhere (the embedded one); bytes must outlive the view and be
    /// 8-byte aligned. label names it in messages.
    static IndexImage from_bytes(std::string_view bytes, std::string label);
    /// Takes ownership of a freshly built image.
    static IndexImage from_buffer(ImageBuffer buffer, std::string label);

    const std::string& label() const noexcept { return label_; }
    std::uint64_t size_bytes() const noexcept { return bytes_.size(); }

    std::uint32_t place_count() const noexcept {
        return static_cast<std::uint32_t>(places_.size());
    }
    /// The place record at index i (i < place_count()).
    const format::PlaceRecord& place(std::uint32_t i) const noexcept { return places_[i]; }
    /// A pool string; empty when offset is out of bounds.
    std::string_view string_at(std::uint32_t offset) const noexcept;

    std::uint32_t max_name_tokens() const noexcept { return max_name_tokens_; }
    std::uint64_t exact_key_count() const noexcept { return exact_entries_.size(); }
    std::uint64_t loose_key_count() const noexcept { return loose_entries_.size(); }
    std::uint64_t exact_posting_count() const noexcept { return exact_postings_.size(); }

    /// The exact-key entry of key (hash = format::key_hash(key)), or nullptr.
    const format::KeyEntry* find_exact(std::string_view key, std::uint64_t hash) const noexcept;
    /// The loose-key entry of key, or nullptr.
    const format::KeyEntry* find_loose(std::string_view key, std::uint64_t hash) const noexcept;
    /// Hints that find_exact / find_loose with this hash come soon: starts loading the filter
    /// word and the first slot they read (no effect on results).
    void prefetch_exact(std::uint64_t hash) const noexcept;
    void prefetch_loose(std::uint64_t hash) const noexcept;
    /// Postings of an entry (empty if its range is out of bounds).
    std::span<const format::ExactPosting> exact_postings(const format::KeyEntry& e) const noexcept;
    std::span<const format::LoosePosting> loose_postings(const format::KeyEntry& e) const noexcept;
    /// The exact key entry number i, or nullptr when out of bounds.
    const format::KeyEntry* exact_entry(std::uint32_t i) const noexcept;
    /// The key text of an entry (empty if out of bounds).
    std::string_view key_text(const format::KeyEntry& e) const noexcept;

    /// Index of the place with this id, if any.
    std::optional<std::uint32_t> find_id(std::int64_t id) const noexcept;
    /// Index of the place with this GeoNames id, if any.
    std::optional<std::uint32_t> find_geonames_id(std::int64_t geonames_id) const noexcept;
    /// Index of the country-level place of an ISO code ("IQ"), if any.
    std::optional<std::uint32_t> find_country(std::string_view code) const noexcept;
    /// Index of the ADM1 (admin2 empty) or ADM2 place with these codes, if any.
    std::optional<std::uint32_t> find_admin(std::string_view country, std::string_view admin1,
                                            std::string_view admin2) const noexcept;
    /// All GeoNames id records, sorted by id (for merging sources).
    std::span<const format::GeonamesIdRecord> geonames_ids() const noexcept {
        return geonames_ids_;
    }
    /// Spatial records of one grid cell (format::grid_cell).
    std::span<const format::SpatialRecord> cell(std::uint32_t cell) const noexcept;

    /// The info section: "key=value" lines.
    std::string_view info() const noexcept { return info_; }

    /// Checks every record-level reference (postings, keys, strings, tables). Throws InputError
    /// describing the first problem. O(size of the image).
    void verify() const;

private:
    IndexImage() = default;
    void validate();

    std::string label_;
    std::shared_ptr<const void> owner_; ///< the mapping or buffer behind bytes_
    std::string_view bytes_;
    std::string_view strings_;
    std::string_view info_;
    std::span<const format::PlaceRecord> places_;
    std::span<const format::KeyEntry> exact_entries_;
    std::span<const std::uint32_t> exact_slots_;
    std::span<const format::ExactPosting> exact_postings_;
    std::span<const format::KeyEntry> loose_entries_;
    std::span<const std::uint32_t> loose_slots_;
    std::span<const format::LoosePosting> loose_postings_;
    std::span<const format::GeonamesIdRecord> geonames_ids_;
    std::span<const format::SpatialRecord> spatial_;
    std::span<const format::CountryRecord> countries_;
    std::span<const format::AdminRecord> admins_;
    std::span<const std::uint64_t> exact_filter_;
    std::span<const std::uint64_t> loose_filter_;
    std::uint32_t max_name_tokens_ = 0;
};

} // namespace conflictmap::gazetteer
