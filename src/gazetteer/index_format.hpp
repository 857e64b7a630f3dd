// The binary layout of a compiled gazetteer index: the `.cmidx` file and, byte for byte, the
// in-memory index built from TSV sources (one reader serves both, see index_image.hpp).
//
// A little-endian image made of a Header, a table of Sections, and the sections themselves,
// each 8-byte aligned and holding `count` fixed-size records:
//
//   strings         UTF-8 pool; every string is NUL-terminated; offset 0 is the empty string
//   places          PlaceRecord, sorted by id
//   exact_entries   KeyEntry: one per distinct exact key (see text/toponym_key.hpp), including
//                   keys that are only prefixes of longer names (posting_count 0)
//   exact_slots     uint32 open-addressing hash table over exact_entries (entry index + 1,
//                   0 = empty; power-of-two size, linear probing, hash = key_hash())
//   exact_postings  ExactPosting: places of each exact key, most important first
//   loose_entries / loose_slots / loose_postings: the same for loose keys
//   geonames_ids    GeonamesIdRecord, sorted by GeoNames id (duplicate detection across sources)
//   spatial         SpatialRecord, sorted by cell of a 0.5-degree grid (reverse lookups)
//   countries       CountryRecord, sorted by country code: the country's own place
//   admins          AdminRecord, sorted by (country, admin1 code, admin2 code): admin areas
//   info            UTF-8 text, "key=value" lines describing the sources
//   exact_filter / loose_filter: uint64 words of a blocked Bloom filter over the keys of each
//                   table (power-of-two size, see filter_may_contain), so that the many
//                   lookups that miss (n-grams of running text, fuzzy variants) rarely touch
//                   the tables themselves
//
// Changing anything here (layout, hash, key rules in text/toponym_key.cpp) means a new version.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace conflictmap::gazetteer::format {

inline constexpr char kMagic[8] = {'C', 'M', 'G', 'A', 'Z', 'I', 'D', 'X'};
inline constexpr std::uint32_t kVersion = 1;
inline constexpr std::uint32_t kEndianMark = 0x01020304U;
inline constexpr std::uint32_t kMaxSections = 32;

enum class SectionId : std::uint32_t {
    strings = 1,
    places = 2,
    exact_entries = 3,
    exact_slots = 4,
    exact_postings = 5,
    loose_entries = 6,
    loose_slots = 7,
    loose_postings = 8,
    geonames_ids = 9,
    spatial = 10,
    countries = 11,
    admins = 12,
    info = 13,
    exact_filter = 14,
    loose_filter = 15,
};
inline constexpr std::uint32_t kSectionCount = 15;

struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t endian_mark;
    std::uint64_t file_size;
    std::uint32_t header_size;
    std::uint32_t section_count;
    std::uint32_t max_name_tokens; ///< most tokens in any exact key
    std::uint32_t flags;           ///< reserved, 0
    std::uint64_t reserved[3];
};
static_assert(sizeof(Header) == 64);

struct Section {
    std::uint32_t id;          ///< SectionId
    std::uint32_t record_size; ///< bytes per record (1 for strings and info)
    std::uint64_t offset;      ///< from the start of the image, 8-byte aligned
    std::uint64_t count;       ///< records
};
static_assert(sizeof(Section) == 24);

/// Place flags.
inline constexpr std::uint8_t kPlaceCurated = 1U; ///< from a curated source (ids >= 1e9)

struct PlaceRecord {
    std::int64_t id;
    std::int64_t geonames_id; ///< 0 = none
    double lat;
    double lon;
    std::int64_t population;
    std::uint32_t name; ///< string offsets
    std::uint32_t feature_code;
    std::uint32_t admin1_code;
    std::uint32_t admin2_code;
    std::uint32_t admin1_name;
    std::uint32_t admin2_name;
    float importance; ///< [0, 1], see index_builder.hpp
    char feature_class;
    char country[2]; ///< ISO 3166-1 alpha-2, "\0\0" when unknown
    std::uint8_t flags;
};
static_assert(sizeof(PlaceRecord) == 72);

/// KeyEntry flags.
inline constexpr std::uint32_t kKeyHasLonger = 1U; ///< some key starts with this key + " "

struct KeyEntry {
    std::uint32_t key; ///< string offset
    std::uint32_t key_length;
    std::uint32_t first_posting;
    std::uint32_t posting_count;
    std::uint32_t hash; ///< low 32 bits of key_hash(key)
    std::uint32_t flags;
};
static_assert(sizeof(KeyEntry) == 24);

struct ExactPosting {
    std::uint32_t place;
    std::uint8_t kind; ///< NameKind
    std::uint8_t reserved[3];
};
static_assert(sizeof(ExactPosting) == 8);

struct LoosePosting {
    std::uint32_t place;
    std::uint32_t exact_entry; ///< the exact key this loose key was made from
    std::uint8_t kind;         ///< NameKind
    std::uint8_t reserved[3];
};
static_assert(sizeof(LoosePosting) == 12);

struct GeonamesIdRecord {
    std::int64_t geonames_id;
    std::uint32_t place;
    std::uint32_t reserved;
};
static_assert(sizeof(GeonamesIdRecord) == 16);

/// Grid of the spatial section: cell = row * kGridColumns + column.
inline constexpr double kGridDegrees = 0.5;
inline constexpr std::uint32_t kGridRows = 360;
inline constexpr std::uint32_t kGridColumns = 720;

struct SpatialRecord {
    std::uint32_t cell;
    std::uint32_t place;
};
static_assert(sizeof(SpatialRecord) == 8);

struct CountryRecord {
    char country[2];
    std::uint16_t reserved;
    std::uint32_t place;
};
static_assert(sizeof(CountryRecord) == 8);

struct AdminRecord {
    char country[2];
    std::uint8_t level; ///< 1 or 2
    std::uint8_t reserved;
    std::uint32_t admin1_code; ///< string offsets
    std::uint32_t admin2_code;
    std::uint32_t place;
};
static_assert(sizeof(AdminRecord) == 16);

/// The hash of keys in the slot tables (64-bit multiply-mix over 8-byte words). Stable: part
/// of the format.
std::uint64_t key_hash(std::string_view key) noexcept;

/// Grid cell of a point.
std::uint32_t grid_cell(double lat, double lon) noexcept;

/// Bits per key of the Bloom filters (about 1% false positives with three bits per word).
inline constexpr std::size_t kFilterBitsPerKey = 10;

/// The filter word and bit mask of a key hash. The word index uses high bits, the slot tables
/// the low ones.
inline std::uint64_t filter_word(std::uint64_t hash, std::size_t words) noexcept {
    return (hash >> 40U) & (words - 1);
}
inline std::uint64_t filter_bits(std::uint64_t hash) noexcept {
    return (std::uint64_t{1} << (hash & 63U)) | (std::uint64_t{1} << ((hash >> 6U) & 63U)) |
           (std::uint64_t{1} << ((hash >> 12U) & 63U));
}

} // namespace conflictmap::gazetteer::format
