#include "gazetteer/index_builder.hpp"

#include "core/error.hpp"
#include "gazetteer/geonames_reader.hpp"
#include "gazetteer/index_format.hpp"
#include "gazetteer/mapped_file.hpp"
#include "gazetteer/name_forms.hpp"
#include "gazetteer/place.hpp"
#include "text/toponym_key.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

namespace conflictmap::gazetteer {

namespace fmt = format;

namespace {

constexpr std::int64_t kCuratedIdBase = conflictmap::Place::kCuratedIdBase;
constexpr std::int64_t kUnlistedIdBase = 2'000'000'000;
constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kMaxNameTokens = 16;
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

/// A string held in the builder's text arena.
struct Str {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

struct BuildPlace {
    std::int64_t id = 0;
    std::int64_t geonames_id = 0;
    std::int64_t population = 0;
    double lat = 0.0;
    double lon = 0.0;
    Str name;
    Str feature_code;
    Str admin1_code;
    Str admin2_code;
    char feature_class = '\0';
    char country[2] = {0, 0};
    std::uint8_t flags = 0;
};

struct BuildName {
    std::uint32_t place = 0;
    Str text;
    NameKind kind = NameKind::alternate;
};

/// Distinct keys with stable ids, hashed with the image's key_hash (open addressing).
class KeySet {
public:
    std::uint32_t intern(std::string_view key, std::uint64_t hash) {
        if ((keys_.size() + 1) * 2 > slots_.size()) {
            grow();
        }
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const std::uint32_t s = slots_[i];
            if (s == 0) {
                const auto id = static_cast<std::uint32_t>(keys_.size());
                keys_.push_back(store(key));
                hashes_.push_back(hash);
                flags_.push_back(0);
                slots_[i] = id + 1;
                return id;
            }
            if (hashes_[s - 1] == hash && keys_[s - 1] == key) {
                return s - 1;
            }
        }
    }
    std::size_t size() const noexcept { return keys_.size(); }
    std::string_view key(std::uint32_t id) const noexcept { return keys_[id]; }
    std::uint64_t hash(std::uint32_t id) const noexcept { return hashes_[id]; }
    std::uint32_t& flags(std::uint32_t id) noexcept { return flags_[id]; }
    std::uint32_t flags(std::uint32_t id) const noexcept { return flags_[id]; }

private:
    void grow() {
        const std::size_t n = std::max<std::size_t>(1024, slots_.size() * 2);
        std::vector<std::uint32_t> slots(n, 0);
        for (std::uint32_t id = 0; id < keys_.size(); ++id) {
            for (std::size_t i = hashes_[id] & (n - 1);; i = (i + 1) & (n - 1)) {
                if (slots[i] == 0) {
                    slots[i] = id + 1;
                    break;
                }
            }
        }
        slots_.swap(slots);
    }
    std::string_view store(std::string_view key) {
        constexpr std::size_t kChunk = 1U << 22U;
        if (chunks_.empty() || chunk_used_ + key.size() > kChunk) {
            chunks_.push_back(std::make_unique<char[]>(std::max(kChunk, key.size())));
            chunk_used_ = 0;
        }
        char* p = chunks_.back().get() + chunk_used_;
        std::memcpy(p, key.data(), key.size());
        chunk_used_ += key.size();
        return {p, key.size()};
    }

    std::vector<std::uint32_t> slots_;
    std::vector<std::string_view> keys_;
    std::vector<std::uint64_t> hashes_;
    std::vector<std::uint32_t> flags_;
    std::vector<std::unique_ptr<char[]>> chunks_;
    std::size_t chunk_used_ = 0;
};

/// The image's string pool, sharing repeated strings (codes, admin names).
class StringPool {
public:
    StringPool() { data_.push_back('\0'); }
    std::uint32_t add(std::string_view s, bool share) {
        if (s.empty()) {
            return 0;
        }
        if (share) {
            if (const auto it = shared_.find(std::string(s)); it != shared_.end()) {
                return it->second;
            }
        }
        if (data_.size() + s.size() + 1 > std::numeric_limits<std::uint32_t>::max()) {
            throw InputError("the sources are too large for one index (more than 4 GiB of names "
                             "and keys): split them into several .cmidx files");
        }
        const auto offset = static_cast<std::uint32_t>(data_.size());
        data_.append(s);
        data_.push_back('\0');
        if (share) {
            shared_.emplace(std::string(s), offset);
        }
        return offset;
    }
    const std::string& data() const noexcept { return data_; }

private:
    std::string data_;
    std::unordered_map<std::string, std::uint32_t> shared_;
};

bool looks_like_code(std::string_view name) noexcept {
    if (name.size() < 2 || name.size() > 5) {
        return false;
    }
    bool letter = false;
    for (char c : name) {
        if (c >= 'A' && c <= 'Z') {
            letter = true;
        } else if (!(c >= '0' && c <= '9')) {
            return false;
        }
    }
    return letter;
}

bool code_starts(std::string_view code, std::string_view prefix) noexcept {
    return code.substr(0, prefix.size()) == prefix;
}

/// Rank of a country-level feature code: lower is the better country record.
int country_rank(std::string_view code) noexcept {
    if (code == "PCLI") {
        return 0;
    }
    if (code == "PCLD" || code == "PCLF" || code == "PCLS" || code == "PCLIX") {
        return 1;
    }
    if (code == "PCL") {
        return 2;
    }
    if (code == "TERR") {
        return 3;
    }
    return 9;
}

} // namespace

float place_importance(char feature_class, std::string_view code, std::int64_t population,
                       bool curated) noexcept {
    double base = 0.35;
    if (country_rank(code) < 9) {
        base = 1.0;
    } else if (code == "PPLC") {
        base = 0.95;
    } else if (code == "PPLA" || code == "PPLG") {
        base = 0.85;
    } else if (code == "ADM1") {
        base = 0.8;
    } else if (code == "PPLA2") {
        base = 0.7;
    } else if (code == "ADM2") {
        base = 0.65; // a bare district name means its seat ("Makhmour" the town)
    } else if (code == "PPLA3") {
        base = 0.55;
    } else if (code == "ADM3") {
        base = 0.5;
    } else if (code == "ADM4" || code == "PPLA4" || code == "ADMD" || code == "RGN") {
        base = 0.45;
    } else if (code == "AIRP" || code == "AIRB" || code == "AIRF" || code == "MILB" ||
               code == "INSM" || code_starts(code, "CMP")) {
        base = curated ? 0.7 : 0.5;
    } else if (feature_class == 'P') {
        base = 0.3;
    } else if (curated) {
        base = 0.5;
    }
    double from_population = 0.0;
    if (population > 1) {
        from_population = std::min(1.0, std::log10(static_cast<double>(population)) / 7.0) * 0.95;
    }
    return static_cast<float>(std::max(base, from_population));
}

struct IndexBuilder::Impl {
    BuildOptions options;
    BuildCounts counts;
    std::string text; ///< arena of place strings and names
    std::vector<BuildPlace> places;
    std::vector<BuildName> names;
    std::unordered_map<std::string, std::string> admin_names;          ///< "IQ.13" -> name
    std::unordered_map<std::string, std::string> fallback_admin_names; ///< used last
    std::vector<std::pair<std::string, std::string>> info;
    std::unordered_set<std::string> side_files_read;

    Str store(std::string_view s) {
        if (text.size() + s.size() > std::numeric_limits<std::uint32_t>::max()) {
            throw InputError("the sources are too large for one index (more than 4 GiB of "
                             "names): split them into several .cmidx files");
        }
        const Str r{static_cast<std::uint32_t>(text.size()), static_cast<std::uint32_t>(s.size())};
        text.append(s);
        return r;
    }
    std::string_view view(Str s) const { return std::string_view(text).substr(s.offset, s.length); }

    void add_name(std::uint32_t place, std::string_view name, NameKind kind) {
        if (name.empty()) {
            return;
        }
        ++counts.names;
        names.push_back({place, store(name), kind});
    }

    void add_row(const GeonamesRow& row) {
        BuildPlace p;
        p.id = row.id;
        if (row.id >= kUnlistedIdBase) {
            p.geonames_id = 0;
        } else if (row.id >= kCuratedIdBase) {
            p.geonames_id = row.id - kCuratedIdBase;
        } else {
            p.geonames_id = row.id;
        }
        if (row.id >= kCuratedIdBase) {
            p.flags |= fmt::kPlaceCurated;
        }
        p.population = row.population;
        p.lat = row.lat;
        p.lon = row.lon;
        p.name = store(row.name);
        p.feature_code = store(row.feature_code);
        p.admin1_code = store(row.admin1_code);
        p.admin2_code = store(row.admin2_code);
        p.feature_class = row.feature_class;
        if (row.country_code.size() == 2) {
            p.country[0] = row.country_code[0];
            p.country[1] = row.country_code[1];
        }
        const auto index = static_cast<std::uint32_t>(places.size());
        places.push_back(p);
        add_name(index, row.name, NameKind::preferred);
        if (row.ascii_name != row.name) {
            add_name(index, row.ascii_name, NameKind::ascii);
        }
        std::string_view rest = row.alternate_names;
        while (!rest.empty()) {
            const std::size_t comma = rest.find(',');
            const std::string_view alt = rest.substr(0, comma);
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
            if (alt.empty() || alt == row.name || alt == row.ascii_name) {
                continue;
            }
            add_name(index, alt, looks_like_code(alt) ? NameKind::code : NameKind::alternate);
        }
    }

    RowPolicy policy() const { return {options.skip_bad, options.diagnostics}; }

    void read_rows(std::string_view content, const std::string& label) {
        const auto c = read_geonames_rows(content, label, policy(),
                                          [&](const GeonamesRow& row) { add_row(row); });
        counts.rows += c.rows;
        counts.skipped_rows += c.skipped;
    }

    void read_admin(std::string_view content, const std::string& label, bool fallback) {
        auto& table = fallback ? fallback_admin_names : admin_names;
        const auto c = read_admin_codes(content, label, policy(), [&](const AdminCodeRow& row) {
            table.emplace(std::string(row.code), std::string(row.name));
        });
        counts.skipped_rows += c.skipped;
    }

    void read_alternates(std::string_view content, const std::string& label, std::size_t first) {
        std::unordered_map<std::int64_t, std::uint32_t> by_geonames_id;
        for (std::size_t i = first; i < places.size(); ++i) {
            if (places[i].geonames_id != 0) {
                by_geonames_id.emplace(places[i].geonames_id, static_cast<std::uint32_t>(i));
            }
        }
        if (by_geonames_id.empty()) {
            return;
        }
        const auto c =
            read_alternate_names(content, label, policy(), [&](const AlternateNameRow& row) {
                const auto it = by_geonames_id.find(row.geonames_id);
                if (it == by_geonames_id.end()) {
                    return;
                }
                const std::string_view lang = row.language;
                NameKind kind = NameKind::alternate;
                if (lang == "iata" || lang == "icao" || lang == "faac" || lang == "abbr") {
                    kind = NameKind::code;
                } else if (lang == "link" || lang == "wkdt" || lang == "post" || lang == "unlc" ||
                           lang == "tcid" || lang == "phon" || lang.size() > 3) {
                    return; // links, ids, postcodes, pronunciations, dated French names
                } else if (row.historic) {
                    kind = NameKind::historic;
                }
                ++counts.alternate_names;
                add_name(it->second, row.name, kind);
            });
        counts.skipped_rows += c.skipped;
    }

    ImageBuffer build();
};

IndexBuilder::IndexBuilder(BuildOptions options) : impl_(std::make_unique<Impl>()) {
    impl_->options = options;
}

IndexBuilder::~IndexBuilder() = default;

const BuildCounts& IndexBuilder::counts() const noexcept {
    return impl_->counts;
}

void IndexBuilder::add_rows(std::string_view content, const std::string& label) {
    impl_->read_rows(content, label);
}

void IndexBuilder::add_admin_codes(std::string_view content, const std::string& label,
                                   bool fallback) {
    impl_->read_admin(content, label, fallback);
}

void IndexBuilder::add_alternate_names(std::string_view content, const std::string& label) {
    impl_->read_alternates(content, label, 0);
}

void IndexBuilder::add_info(std::string_view key, std::string_view value) {
    impl_->info.emplace_back(std::string(key), std::string(value));
}

void IndexBuilder::add_file(const std::filesystem::path& path) {
    const MappedFile file(path);
    const std::string label = path.string();
    const std::string_view bytes = file.bytes();
    if (bytes.substr(0, 8) == std::string_view(fmt::kMagic, 8)) {
        throw InputError("is a compiled index (.cmidx); it cannot be a build source: pass the "
                         "text sources it was built from, or use it directly with --gazetteer",
                         ErrorContext{label, 0, 0, {}});
    }
    if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
        throw InputError("is a zip archive: unzip it and pass the .txt inside",
                         ErrorContext{label, 0, 0, {}});
    }
    const auto name = path.filename().string();
    if (name.rfind("alternateNames", 0) == 0 || name.rfind("admin1Codes", 0) == 0 ||
        name.rfind("admin2Codes", 0) == 0) {
        throw InputError("is a side file of a GeoNames dump: put it beside the dump and pass "
                         "the dump; it is read automatically",
                         ErrorContext{label, 0, 0, {}});
    }
    const std::size_t first = impl_->places.size();
    impl_->read_rows(bytes, label);
    impl_->info.emplace_back("source", name);

    const auto dir = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    for (const char* side : {"admin1CodesASCII.txt", "admin2Codes.txt"}) {
        const auto p = dir / side;
        std::error_code ec;
        if (!std::filesystem::is_regular_file(p, ec)) {
            continue;
        }
        const auto canonical = std::filesystem::weakly_canonical(p, ec).string();
        if (!impl_->side_files_read.insert(canonical).second) {
            continue;
        }
        const MappedFile admin(p);
        impl_->read_admin(admin.bytes(), p.string(), false);
    }
    for (const char* side : {"alternateNamesV2.txt", "alternateNames.txt"}) {
        const auto p = dir / side;
        std::error_code ec;
        if (!std::filesystem::is_regular_file(p, ec)) {
            continue;
        }
        const MappedFile alternates(p);
        impl_->read_alternates(alternates.bytes(), p.string(), first);
        break;
    }
}

ImageBuffer IndexBuilder::build() {
    return impl_->build();
}

ImageBuffer IndexBuilder::Impl::build() {
    // 1. Places in id order; the first row of an id wins.
    std::vector<std::uint32_t> order(places.size());
    std::iota(order.begin(), order.end(), 0U);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return places[a].id < places[b].id; });
    std::vector<std::uint32_t> new_index(places.size(), kNone);
    std::vector<std::uint32_t> kept;
    kept.reserve(places.size());
    for (const auto i : order) {
        if (!kept.empty() && places[kept.back()].id == places[i].id) {
            ++counts.duplicate_ids;
            continue;
        }
        new_index[i] = static_cast<std::uint32_t>(kept.size());
        kept.push_back(i);
    }
    counts.places = kept.size();

    // 2. Admin names: the admin tables, then the ADM1/ADM2 rows themselves, then fallbacks.
    std::unordered_map<std::string, std::string> from_rows;
    auto admin_key = [&](const BuildPlace& p, int level) {
        std::string k(p.country, p.country[0] == 0 ? 0 : 2);
        k += '.';
        k += view(p.admin1_code);
        if (level == 2) {
            k += '.';
            k += view(p.admin2_code);
        }
        return k;
    };
    for (const auto i : kept) {
        const auto& p = places[i];
        const auto code = view(p.feature_code);
        if (code == "ADM1" && p.admin1_code.length > 0) {
            from_rows.emplace(admin_key(p, 1), std::string(view(p.name)));
        } else if (code == "ADM2" && p.admin2_code.length > 0) {
            from_rows.emplace(admin_key(p, 2), std::string(view(p.name)));
        }
    }
    auto admin_name = [&](const std::string& key) -> std::string_view {
        for (const auto* table : {&admin_names, &from_rows, &fallback_admin_names}) {
            if (const auto it = table->find(key); it != table->end()) {
                return it->second;
            }
        }
        return {};
    };

    // 3. Place records.
    StringPool pool;
    std::vector<fmt::PlaceRecord> records(kept.size());
    std::vector<float> importance(kept.size());
    std::uint32_t max_tokens = 0;
    for (std::size_t n = 0; n < kept.size(); ++n) {
        const auto& p = places[kept[n]];
        auto& r = records[n];
        std::memset(&r, 0, sizeof r);
        r.id = p.id;
        r.geonames_id = p.geonames_id;
        r.lat = p.lat;
        r.lon = p.lon;
        r.population = p.population;
        r.name = pool.add(view(p.name), false);
        r.feature_code = pool.add(view(p.feature_code), true);
        r.admin1_code = pool.add(view(p.admin1_code), true);
        r.admin2_code = pool.add(view(p.admin2_code), true);
        if (p.admin1_code.length > 0) {
            r.admin1_name = pool.add(admin_name(admin_key(p, 1)), true);
        }
        if (p.admin2_code.length > 0) {
            r.admin2_name = pool.add(admin_name(admin_key(p, 2)), true);
        }
        r.importance = place_importance(p.feature_class, view(p.feature_code), p.population,
                                        (p.flags & fmt::kPlaceCurated) != 0);
        importance[n] = r.importance;
        r.feature_class = p.feature_class;
        r.country[0] = p.country[0];
        r.country[1] = p.country[1];
        r.flags = p.flags;
    }

    // 4. Keys: every form of every name, its token prefixes and its loose key.
    struct ExactHit {
        std::uint32_t key;
        std::uint32_t place;
        NameKind kind;
    };
    struct LooseHit {
        std::uint32_t key;
        std::uint32_t place;
        std::uint32_t exact;
        NameKind kind;
    };
    KeySet exact_keys;
    KeySet loose_keys;
    std::vector<ExactHit> exact_hits;
    std::vector<LooseHit> loose_hits;
    std::vector<KeyForm> forms;
    std::string key;
    std::string loose;
    for (const auto& name : names) {
        const std::uint32_t place = new_index[name.place];
        if (place == kNone) {
            continue;
        }
        const std::string_view text_name = view(name.text);
        if (text_name.size() > kMaxNameBytes) {
            ++counts.overlong_names;
            continue;
        }
        key.clear();
        text::append_toponym_key(text_name, key);
        if (key.empty()) {
            continue;
        }
        if (text::key_token_count(key) > kMaxNameTokens) {
            ++counts.overlong_names;
            continue;
        }
        forms.clear();
        append_key_forms(key, name.kind, forms);
        for (const auto& form : forms) {
            const std::uint32_t id = exact_keys.intern(form.key, fmt::key_hash(form.key));
            exact_hits.push_back({id, place, form.kind});
            max_tokens =
                std::max(max_tokens, static_cast<std::uint32_t>(text::key_token_count(form.key)));
            for (std::size_t space = form.key.find(' '); space != std::string::npos;
                 space = form.key.find(' ', space + 1)) {
                const std::string_view prefix = std::string_view(form.key).substr(0, space);
                exact_keys.flags(exact_keys.intern(prefix, fmt::key_hash(prefix))) |=
                    fmt::kKeyHasLonger;
            }
            loose.clear();
            text::append_loose_key(form.key, loose);
            if (!loose.empty()) {
                const std::uint32_t lid = loose_keys.intern(loose, fmt::key_hash(loose));
                loose_hits.push_back({lid, place, id, form.kind});
            }
        }
    }
    names.clear();
    names.shrink_to_fit();
    counts.exact_keys = exact_keys.size();
    counts.loose_keys = loose_keys.size();

    // 5. Postings: one per (key, place), its best kind, most important places first.
    auto by_key_place_kind = [](const auto& a, const auto& b) {
        if (a.key != b.key) {
            return a.key < b.key;
        }
        if (a.place != b.place) {
            return a.place < b.place;
        }
        return a.kind < b.kind;
    };
    auto by_key_importance = [&](const auto& a, const auto& b) {
        if (a.key != b.key) {
            return a.key < b.key;
        }
        if (importance[a.place] != importance[b.place]) {
            return importance[a.place] > importance[b.place];
        }
        return a.place < b.place;
    };
    auto same_key_place = [](const auto& a, const auto& b) {
        return a.key == b.key && a.place == b.place;
    };
    std::sort(exact_hits.begin(), exact_hits.end(), by_key_place_kind);
    exact_hits.erase(std::unique(exact_hits.begin(), exact_hits.end(), same_key_place),
                     exact_hits.end());
    std::sort(exact_hits.begin(), exact_hits.end(), by_key_importance);
    std::sort(loose_hits.begin(), loose_hits.end(), by_key_place_kind);
    loose_hits.erase(std::unique(loose_hits.begin(), loose_hits.end(), same_key_place),
                     loose_hits.end());
    std::sort(loose_hits.begin(), loose_hits.end(), by_key_importance);

    auto make_table = [&](const KeySet& keys, const auto& hits, std::vector<fmt::KeyEntry>& entries,
                          std::vector<std::uint32_t>& slots) {
        entries.assign(keys.size(), fmt::KeyEntry{});
        for (std::uint32_t id = 0; id < keys.size(); ++id) {
            auto& e = entries[id];
            e.key = pool.add(keys.key(id), false);
            e.key_length = static_cast<std::uint32_t>(keys.key(id).size());
            e.hash = static_cast<std::uint32_t>(keys.hash(id));
            e.flags = keys.flags(id);
        }
        for (std::size_t i = 0; i < hits.size(); ++i) {
            auto& e = entries[hits[i].key];
            if (e.posting_count == 0) {
                e.first_posting = static_cast<std::uint32_t>(i);
            }
            ++e.posting_count;
        }
        std::size_t n = 8;
        while (n < keys.size() + keys.size() / 2 + 1) {
            n *= 2;
        }
        slots.assign(keys.size() == 0 ? 0 : n, 0);
        for (std::uint32_t id = 0; id < keys.size(); ++id) {
            for (std::size_t i = keys.hash(id) & (n - 1);; i = (i + 1) & (n - 1)) {
                if (slots[i] == 0) {
                    slots[i] = id + 1;
                    break;
                }
            }
        }
    };
    std::vector<fmt::KeyEntry> exact_entries;
    std::vector<std::uint32_t> exact_slots;
    make_table(exact_keys, exact_hits, exact_entries, exact_slots);
    std::vector<fmt::KeyEntry> loose_entries;
    std::vector<std::uint32_t> loose_slots;
    make_table(loose_keys, loose_hits, loose_entries, loose_slots);
    auto make_filter = [](const KeySet& keys) {
        std::size_t words = 1;
        while (words * 64 < keys.size() * fmt::kFilterBitsPerKey) {
            words *= 2;
        }
        std::vector<std::uint64_t> filter(keys.size() == 0 ? 0 : words, 0);
        for (std::uint32_t id = 0; id < keys.size(); ++id) {
            const std::uint64_t h = keys.hash(id);
            filter[fmt::filter_word(h, words)] |= fmt::filter_bits(h);
        }
        return filter;
    };
    const std::vector<std::uint64_t> exact_filter = make_filter(exact_keys);
    const std::vector<std::uint64_t> loose_filter = make_filter(loose_keys);

    std::vector<fmt::ExactPosting> exact_postings(exact_hits.size());
    for (std::size_t i = 0; i < exact_hits.size(); ++i) {
        exact_postings[i] = {
            exact_hits[i].place, static_cast<std::uint8_t>(exact_hits[i].kind), {}};
    }
    std::vector<fmt::LoosePosting> loose_postings(loose_hits.size());
    for (std::size_t i = 0; i < loose_hits.size(); ++i) {
        loose_postings[i] = {loose_hits[i].place,
                             loose_hits[i].exact,
                             static_cast<std::uint8_t>(loose_hits[i].kind),
                             {}};
    }
    exact_hits = {};
    loose_hits = {};

    // 6. Id, spatial, country and admin tables.
    std::vector<fmt::GeonamesIdRecord> geonames_ids;
    std::vector<fmt::SpatialRecord> spatial(records.size());
    for (std::uint32_t i = 0; i < records.size(); ++i) {
        if (records[i].geonames_id != 0) {
            geonames_ids.push_back({records[i].geonames_id, i, 0});
        }
        spatial[i] = {fmt::grid_cell(records[i].lat, records[i].lon), i};
    }
    std::stable_sort(geonames_ids.begin(), geonames_ids.end(),
                     [](const auto& a, const auto& b) { return a.geonames_id < b.geonames_id; });
    std::sort(spatial.begin(), spatial.end(), [](const auto& a, const auto& b) {
        return a.cell != b.cell ? a.cell < b.cell : a.place < b.place;
    });

    const std::string& strings = pool.data();
    auto str = [&](std::uint32_t offset) { return std::string_view(strings.data() + offset); };
    std::vector<fmt::CountryRecord> countries;
    std::vector<fmt::AdminRecord> admins;
    for (std::uint32_t i = 0; i < records.size(); ++i) {
        const auto& r = records[i];
        if (r.country[0] == 0) {
            continue;
        }
        const auto code = str(r.feature_code);
        if (country_rank(code) < 9) {
            countries.push_back({{r.country[0], r.country[1]}, 0, i});
        } else if ((code == "ADM1" && r.admin1_code != 0) ||
                   (code == "ADM2" && r.admin2_code != 0)) {
            admins.push_back({{r.country[0], r.country[1]},
                              static_cast<std::uint8_t>(code == "ADM1" ? 1 : 2),
                              0,
                              r.admin1_code,
                              code == "ADM1" ? 0U : r.admin2_code,
                              i});
        }
    }
    auto better = [&](std::uint32_t a, std::uint32_t b) {
        const int ra = country_rank(str(records[a].feature_code));
        const int rb = country_rank(str(records[b].feature_code));
        if (ra != rb) {
            return ra < rb;
        }
        if (records[a].importance != records[b].importance) {
            return records[a].importance > records[b].importance;
        }
        return a < b;
    };
    std::sort(countries.begin(), countries.end(), [&](const auto& a, const auto& b) {
        const int c = std::memcmp(a.country, b.country, 2);
        return c != 0 ? c < 0 : better(a.place, b.place);
    });
    countries.erase(std::unique(countries.begin(), countries.end(),
                                [](const auto& a, const auto& b) {
                                    return std::memcmp(a.country, b.country, 2) == 0;
                                }),
                    countries.end());
    auto admin_less = [&](const fmt::AdminRecord& a, const fmt::AdminRecord& b) {
        if (const int c = std::memcmp(a.country, b.country, 2); c != 0) {
            return c < 0;
        }
        if (const int c = str(a.admin1_code).compare(str(b.admin1_code)); c != 0) {
            return c < 0;
        }
        return str(a.admin2_code) < str(b.admin2_code);
    };
    std::sort(admins.begin(), admins.end(), [&](const auto& a, const auto& b) {
        if (admin_less(a, b) || admin_less(b, a)) {
            return admin_less(a, b);
        }
        return better(a.place, b.place);
    });
    admins.erase(std::unique(admins.begin(), admins.end(),
                             [&](const auto& a, const auto& b) {
                                 return !admin_less(a, b) && !admin_less(b, a);
                             }),
                 admins.end());

    std::string info_text;
    for (const auto& [k, v] : info) {
        info_text += k + "=" + v + "\n";
    }

    // 7. The image: sections laid out first, then copied once into the final buffer.
    struct Part {
        fmt::SectionId id;
        std::uint32_t record_size;
        std::uint64_t count;
        const void* data;
    };
    auto part = [](fmt::SectionId id, const auto& v) {
        using Record = typename std::decay_t<decltype(v)>::value_type;
        return Part{id, static_cast<std::uint32_t>(sizeof(Record)), v.size(), v.data()};
    };
    const std::vector<Part> parts = {
        part(fmt::SectionId::strings, strings),
        part(fmt::SectionId::places, records),
        part(fmt::SectionId::exact_entries, exact_entries),
        part(fmt::SectionId::exact_slots, exact_slots),
        part(fmt::SectionId::exact_postings, exact_postings),
        part(fmt::SectionId::loose_entries, loose_entries),
        part(fmt::SectionId::loose_slots, loose_slots),
        part(fmt::SectionId::loose_postings, loose_postings),
        part(fmt::SectionId::geonames_ids, geonames_ids),
        part(fmt::SectionId::spatial, spatial),
        part(fmt::SectionId::countries, countries),
        part(fmt::SectionId::admins, admins),
        part(fmt::SectionId::exact_filter, exact_filter),
        part(fmt::SectionId::loose_filter, loose_filter),
        part(fmt::SectionId::info, info_text),
    };
    auto align8 = [](std::uint64_t n) { return (n + 7) & ~std::uint64_t{7}; };
    std::vector<fmt::Section> sections;
    std::uint64_t size = sizeof(fmt::Header) + parts.size() * sizeof(fmt::Section);
    for (const auto& p : parts) {
        size = align8(size);
        sections.push_back({static_cast<std::uint32_t>(p.id), p.record_size, size, p.count});
        size += p.count * p.record_size;
    }
    size = align8(size);
    ImageBuffer image(size / 8, 0);
    auto* base = reinterpret_cast<unsigned char*>(image.data());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].count > 0) {
            std::memcpy(base + sections[i].offset, parts[i].data,
                        parts[i].count * parts[i].record_size);
        }
    }
    fmt::Header header{};
    std::memcpy(header.magic, fmt::kMagic, sizeof header.magic);
    header.version = fmt::kVersion;
    header.endian_mark = fmt::kEndianMark;
    header.file_size = size;
    header.header_size = sizeof(fmt::Header);
    header.section_count = static_cast<std::uint32_t>(sections.size());
    header.max_name_tokens = max_tokens;
    std::memcpy(base, &header, sizeof header);
    std::memcpy(base + sizeof header, sections.data(), sections.size() * sizeof(fmt::Section));
    places.clear();
    text.clear();
    return image;
}

} // namespace conflictmap::gazetteer
