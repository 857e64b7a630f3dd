// Builds the binary gazetteer image (index_format.hpp) from GeoNames-layout sources: the
// embedded gazetteer at build time, `conflictmap gazetteer build`, and --gazetteer text sources
// at run time. The same image is written to .cmidx files or used in memory.
//
// What gets indexed, per place: its name, ASCII name and alternate names (plus the alternate
// names of alternateNamesV2.txt beside a dump, without links, postcodes and such), each under
// its exact key and these derived forms (NameKind):
//   - without a leading article token or "the" ("Anbar" for "Al Anbar")
//   - without designators ("Ain al-Asad" for "Ain al-Asad Air Base", "Taji" for "Camp Taji")
//   - letter-digit codes joined or split ("K1" for "K-1" and back), initials joined ("US" for
//     "U.S.")
// and the loose key of each. Every multi-token key also marks its token prefixes, so a text
// scanner knows when to stop extending an n-gram.
//
// Importance in [0, 1], stored per place for ranking: the larger of a base by feature code
// (countries 1.0, capitals 0.95, seats of first-order divisions 0.85, first-order divisions
// 0.8, seats of second-order divisions 0.7, second-order divisions 0.65, seats of third-order
// 0.55, third-order divisions 0.5 — a division ranks below its seat, so a bare "Makhmour" is the
// town —, facilities such as airports and bases 0.5 or 0.7 when curated, other features 0.35,
// other settlements 0.3) and 0.95 * log10(population) / 7.
#pragma once

#include "core/diagnostics.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap::gazetteer {

struct BuildOptions {
    bool skip_bad = false;              ///< skip and count malformed rows instead of failing
    Diagnostics* diagnostics = nullptr; ///< warnings and notes (may be null)
};

struct BuildCounts {
    std::uint64_t rows = 0;            ///< place rows read
    std::uint64_t skipped_rows = 0;    ///< malformed rows skipped (skip_bad)
    std::uint64_t duplicate_ids = 0;   ///< rows whose id an earlier row already had (dropped)
    std::uint64_t places = 0;          ///< places in the image
    std::uint64_t names = 0;           ///< names read (all kinds, before dedup)
    std::uint64_t overlong_names = 0;  ///< names longer than 200 bytes or 16 tokens (skipped)
    std::uint64_t alternate_names = 0; ///< names taken from alternateNames files
    std::uint64_t exact_keys = 0;      ///< distinct exact keys, prefixes included
    std::uint64_t loose_keys = 0;      ///< distinct loose keys
};

/// The image: 8-byte words so its records are aligned in memory.
using ImageBuffer = std::vector<std::uint64_t>;

class IndexBuilder {
public:
    explicit IndexBuilder(BuildOptions options = {});
    ~IndexBuilder();
    IndexBuilder(const IndexBuilder&) = delete;
    IndexBuilder& operator=(const IndexBuilder&) = delete;

    /// A GeoNames dump or conflictmap TSV (19 columns). admin1CodesASCII.txt, admin2Codes.txt
    /// and alternateNamesV2.txt (or alternateNames.txt) beside it are read too when present.
    /// Throws InputError for unreadable files and (without skip_bad) malformed rows; a .cmidx
    /// file or a zip archive is refused with a message saying what to do instead.
    void add_file(const std::filesystem::path& path);

    /// Place rows held in memory (the embedded gazetteer); label names them in messages.
    void add_rows(std::string_view content, const std::string& label);

    /// Admin names (admin1CodesASCII.txt / admin2Codes.txt layout). Tables given with
    /// fallback=true are used only for codes that no other table names.
    void add_admin_codes(std::string_view content, const std::string& label, bool fallback);

    /// Alternate names (alternateNamesV2.txt layout) for the places added so far.
    void add_alternate_names(std::string_view content, const std::string& label);

    /// A line for the image's info section ("source=cities500.txt").
    void add_info(std::string_view key, std::string_view value);

    /// Builds the image; the builder is spent afterwards. Throws InputError when the sources
    /// are too large for one image (more than 4 GiB of strings).
    ImageBuffer build();

    const BuildCounts& counts() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Importance of a place (see the header comment); curated: from a curated source.
float place_importance(char feature_class, std::string_view feature_code, std::int64_t population,
                       bool curated) noexcept;

} // namespace conflictmap::gazetteer
