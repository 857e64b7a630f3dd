#include "io/article_reader.hpp"

#include "core/error.hpp"
#include "io/jsonl_fields.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

namespace fs = std::filesystem;

namespace conflictmap::io {

namespace {

std::string lower_extension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

void collect_folder(const fs::path& dir, std::vector<InputFile>& out) {
    std::vector<fs::path> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        throw InputError("cannot read folder: " + ec.message(),
                         ErrorContext{dir.string(), 0, 0, {}});
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
            throw InputError("cannot read folder: " + ec.message(),
                             ErrorContext{dir.string(), 0, 0, {}});
        }
        const auto name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
            if (it->is_directory()) {
                it.disable_recursion_pending();
            }
            continue;
        }
        if (it->is_regular_file() && classify_input(it->path()) != InputKind::unknown) {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    for (auto& f : files) {
        out.push_back({f, classify_input(f)});
    }
}

std::string get_string_field(const nlohmann::json& obj, const char* name, const ErrorContext& where,
                             bool allow_number = false) {
    auto it = obj.find(name);
    if (it == obj.end() || it->is_null()) {
        return {};
    }
    if (it->is_string()) {
        return it->get<std::string>();
    }
    if (allow_number && it->is_number_integer()) {
        return std::to_string(it->get<std::int64_t>());
    }
    ErrorContext c = where;
    c.field = name;
    throw InputError("expected a string", c);
}

} // namespace

InputKind classify_input(const fs::path& path) {
    if (path == "-") {
        return InputKind::jsonl;
    }
    const auto ext = lower_extension(path);
    if (ext == ".txt" || ext == ".text") {
        return InputKind::text;
    }
    if (ext == ".jsonl" || ext == ".ndjson") {
        return InputKind::jsonl;
    }
    if (ext == ".geojsons" || ext == ".geojsonl" || ext == ".geojsonseq" || ext == ".geojson" ||
        ext == ".json") {
        return InputKind::events;
    }
    return InputKind::unknown;
}

std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths) {
    std::vector<InputFile> out;
    for (const auto& p : paths) {
        if (p == "-") {
            out.push_back({p, InputKind::jsonl});
            continue;
        }
        std::error_code ec;
        const auto status = fs::status(p, ec);
        if (ec || !fs::exists(status)) {
            throw InputError("no such file or folder", ErrorContext{p, 0, 0, {}});
        }
        if (fs::is_directory(status)) {
            collect_folder(p, out);
        } else {
            const auto kind = classify_input(p);
            out.push_back({p, kind == InputKind::unknown ? InputKind::text : kind});
        }
    }
    return out;
}

namespace {

/// The article a line's fields make: the reference date, a missing id named after the file and
/// line, with their warnings.
Article article_from_fields(ArticleLineFields&& fields, const std::string& file,
                            std::uint64_t line_no, const ArticleReaderOptions& options,
                            DeferredWarnings& warnings) {
    // (The warnings' context is made only for a warning: a copy of the file's name for every
    // article had cost an allocation.)
    const auto where = [&](std::string field) { return ErrorContext{file, line_no, 0, field}; };
    Article a;
    a.origin_file = file;
    a.origin_line = line_no;
    a.id = std::move(fields.id);
    a.text = std::move(fields.text);
    a.title = std::move(fields.title);
    a.url = std::move(fields.url);
    a.source = std::move(fields.source);
    const auto& published = fields.published;
    if (!published.empty()) {
        a.published = Date::parse(published);
        if (!a.published) {
            warnings.warn("'" + published +
                              "' is not a date (YYYY-MM-DD or RFC 3339, 1900-2100); using --date",
                          where("published"), "bad-date");
        }
    }
    if (!a.published) {
        a.published = options.default_date;
    }
    if (a.id.empty()) {
        a.id = fs::path(file).stem().string() + "-" + std::to_string(line_no);
        warnings.warn("missing; using '" + a.id + "'", where("id"), "missing-id");
    }
    return a;
}

/// A line's fields through nlohmann::json's document tree: the lines scan_article_fields does
/// not take, whose errors (malformed JSON, a field of the wrong type) this names.
ArticleLineFields fields_from_json_tree(std::string_view line, const std::string& file,
                                        std::uint64_t line_no) {
    const ErrorContext where{file, line_no, 0, {}};
    nlohmann::json obj;
    try {
        obj = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
        // nlohmann reports the byte offset; turn it into a column.
        throw InputError("malformed JSON: " +
                             std::string(e.what()).substr(std::string(e.what()).find(':') + 2),
                         ErrorContext{file, line_no, e.byte, {}});
    } catch (const nlohmann::json::exception& e) {
        // A number past a double's range ("1e400") is nlohmann's out_of_range, not a parse
        // error: the line is malformed all the same (it had ended the whole run).
        const std::string what = e.what();
        const auto at = what.find("] ");
        throw InputError(
            "malformed JSON: " + (at == std::string::npos ? what : what.substr(at + 2)), where);
    }
    if (!obj.is_object()) {
        throw InputError("expected a JSON object with at least \"id\" and \"text\"", where);
    }
    ArticleLineFields fields;
    fields.id = get_string_field(obj, "id", where, true);
    auto text_it = obj.find("text");
    if (text_it == obj.end() || !text_it->is_string()) {
        ErrorContext c = where;
        c.field = "text";
        throw InputError(text_it == obj.end() ? "missing" : "expected a string", c);
    }
    fields.text = text_it->get<std::string>();
    fields.title = get_string_field(obj, "title", where);
    fields.url = get_string_field(obj, "url", where);
    fields.source = get_string_field(obj, "source", where);
    fields.published = get_string_field(obj, "published", where);
    return fields;
}

/// The hash accept() tells a repeated article from another article under its id by: four lanes
/// of eight bytes, each block into its lane by an xor, a multiply and a rotation (each step
/// one to one, so texts that differ in one block differ in their lane), the last bytes into a
/// fifth lane seeded with the length, and the lanes folded together by a mixing step that is
/// one to one as well. (std::hash of the text, which it was, took 1.6 instructions per byte
/// of every article.)
std::uint64_t text_hash(std::string_view s) noexcept {
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
    const auto load64 = [](const char* p) {
        std::uint64_t v;
        std::memcpy(&v, p, sizeof v);
        return v;
    };
    const auto step = [](std::uint64_t h, std::uint64_t w) {
        return std::rotl((h ^ w) * kMultiplier, 31);
    };
    std::uint64_t lanes[4] = {1, 2, 3, 4};
    const char* p = s.data();
    std::size_t n = s.size();
    for (; n >= 32; p += 32, n -= 32) {
        for (std::size_t k = 0; k < 4; ++k) {
            lanes[k] = step(lanes[k], load64(p + 8 * k));
        }
    }
    std::uint64_t tail = s.size();
    for (; n >= 8; p += 8, n -= 8) {
        tail = step(tail, load64(p));
    }
    if (n != 0) {
        std::uint64_t last = 0;
        std::memcpy(&last, p, n);
        tail = step(tail, last);
    }
    const auto mix = [](std::uint64_t h) { // (splitmix64's finaliser)
        h = (h ^ (h >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        h = (h ^ (h >> 27U)) * 0x94D049BB133111EBULL;
        return h ^ (h >> 31U);
    };
    std::uint64_t h = mix(tail);
    for (const std::uint64_t lane : lanes) {
        h = mix(h ^ lane);
    }
    return h;
}

} // namespace

Article parse_article_json(std::string_view line, const std::string& file, std::uint64_t line_no,
                           const ArticleReaderOptions& options, DeferredWarnings& warnings) {
    ArticleLineFields fields;
    if (!scan_article_fields(line, fields)) {
        fields = fields_from_json_tree(line, file, line_no);
    }
    return article_from_fields(std::move(fields), file, line_no, options, warnings);
}

ArticleReader::ArticleReader(std::vector<InputFile> inputs, std::istream& stdin_stream,
                             Diagnostics& diag, ArticleReaderOptions options)
    : inputs_(std::move(inputs)), stdin_(stdin_stream), diag_(diag), options_(options) {}

ArticleReader::~ArticleReader() = default;

void ArticleReader::skip(const InputError& error, const std::string& category) {
    if (options_.strict) {
        throw error;
    }
    ++skipped_;
    diag_.skipped(error, category);
}

bool ArticleReader::open_next_file() {
    while (next_input_ < inputs_.size()) {
        const InputFile& in = inputs_[next_input_++];
        if (in.kind != InputKind::text && in.kind != InputKind::jsonl) {
            continue;
        }
        line_ = 0;
        current_input_ = &in;
        if (in.path == "-") {
            file_.reset();
            current_ = &stdin_;
            return true;
        }
        auto f = std::make_unique<std::ifstream>(in.path, std::ios::binary);
        if (!*f) {
            // A record of its own, so the warning comes in its place among the others.
            file_.reset();
            current_ = nullptr;
            unreadable_ = InputError("cannot open file", ErrorContext{in.path.string(), 0, 0, {}});
            return true;
        }
        file_ = std::move(f);
        current_ = file_.get();
        return true;
    }
    current_ = nullptr;
    current_input_ = nullptr;
    return false;
}

bool ArticleReader::next_record(ArticleRecord& record) {
    for (;;) {
        if (current_ == nullptr && !unreadable_ && !open_next_file()) {
            return false;
        }
        record.kind = current_input_->kind;
        record.file = current_input_->path.string();
        record.line = 0;
        record.unreadable.reset();
        record.bytes.clear();
        record.stem.clear();
        if (unreadable_) {
            record.unreadable = std::move(unreadable_);
            unreadable_.reset();
            return true;
        }
        if (current_input_->kind == InputKind::text) {
            record.bytes.assign(std::istreambuf_iterator<char>(*current_),
                                std::istreambuf_iterator<char>());
            record.stem = current_input_->path.stem().string();
            current_ = nullptr; // one article per .txt file
            return true;
        }
        while (std::getline(*current_, record.bytes)) {
            ++line_;
            if (!record.bytes.empty() && record.bytes.back() == '\r') {
                record.bytes.pop_back();
            }
            if (record.bytes.find_first_not_of(" \t") == std::string::npos) {
                continue;
            }
            record.line = line_;
            return true;
        }
        current_ = nullptr;
    }
}

DecodedArticle decode_article(ArticleRecord&& record, const ArticleReaderOptions& options) {
    DecodedArticle d;
    if (record.unreadable) {
        d.error = std::move(record.unreadable);
        d.error_category = "unreadable-file";
        return d;
    }
    std::size_t replaced = 0;
    if (record.kind == InputKind::text) {
        d.article.text = text::sanitize_utf8(record.bytes, &replaced);
        if (replaced != 0) {
            d.warnings.warn(std::to_string(replaced) + " invalid UTF-8 byte sequence(s) replaced",
                            ErrorContext{record.file, 0, 0, {}}, "invalid-utf8");
        }
        d.article.id = std::move(record.stem);
        d.article.origin_file = std::move(record.file);
        d.article.published = options.default_date;
    } else {
        // Most lines are read in one pass (valid UTF-8 and plain JSON: no repair, no tree);
        // the others are repaired, then parsed by nlohmann::json.
        ArticleLineFields fields;
        try {
            if (!scan_article_fields(record.bytes, fields)) {
                if (!text::is_valid_utf8(record.bytes)) {
                    record.bytes = text::sanitize_utf8(record.bytes, &replaced);
                    d.warnings.warn(std::to_string(replaced) +
                                        " invalid UTF-8 byte sequence(s) replaced",
                                    ErrorContext{record.file, record.line, 0, {}}, "invalid-utf8");
                }
                fields = fields_from_json_tree(record.bytes, record.file, record.line);
            }
            d.article = article_from_fields(std::move(fields), record.file, record.line, options,
                                            d.warnings);
        } catch (const InputError& e) {
            d.error = e;
            d.error_category = "malformed-line";
            return d;
        }
    }
    d.id_hash = std::hash<std::string>{}(d.article.id);
    d.text_hash = text_hash(d.article.text);
    return d;
}

bool ArticleReader::first_of_its_id(const DecodedArticle& decoded) {
    std::unique_lock<std::mutex> lock(seen_ids_mutex_);
    const auto [it, inserted] = seen_ids_.emplace(decoded.id_hash, decoded.text_hash);
    const bool same_text = it->second == decoded.text_hash;
    lock.unlock();
    if (inserted) {
        return true;
    }
    if (same_text) {
        ++duplicates_;
        return false;
    }
    const Article& article = decoded.article;
    skip(InputError("article id '" + article.id + "' was already used by another article",
                    ErrorContext{article.origin_file, article.origin_line, 0, "id"}),
         "duplicate-id");
    return false;
}

bool ArticleReader::id_used(std::uint64_t id_hash) const {
    std::lock_guard<std::mutex> lock(seen_ids_mutex_);
    return seen_ids_.count(id_hash) != 0;
}

bool ArticleReader::accept(DecodedArticle& decoded) {
    decoded.warnings.replay(diag_);
    if (decoded.error) {
        skip(*decoded.error, decoded.error_category);
        return false;
    }
    if (!first_of_its_id(decoded)) {
        return false;
    }
    ++read_;
    return true;
}

bool ArticleReader::next(Article& article) {
    ArticleRecord record;
    while (next_record(record)) {
        DecodedArticle decoded = decode_article(std::move(record), options_);
        if (accept(decoded)) {
            article = std::move(decoded.article);
            return true;
        }
    }
    return false;
}

} // namespace conflictmap::io
