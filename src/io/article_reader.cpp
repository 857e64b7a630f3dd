#include "io/article_reader.hpp"

#include "core/error.hpp"
#include "text/utf8.hpp"

#include <algorithm>
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

Article parse_article_json(std::string_view line, const std::string& file, std::uint64_t line_no,
                           const ArticleReaderOptions& options, Diagnostics& diag) {
    const ErrorContext where{file, line_no, 0, {}};
    nlohmann::json obj;
    try {
        obj = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
        // nlohmann reports the byte offset; turn it into a column.
        throw InputError("malformed JSON: " +
                             std::string(e.what()).substr(std::string(e.what()).find(':') + 2),
                         ErrorContext{file, line_no, e.byte, {}});
    }
    if (!obj.is_object()) {
        throw InputError("expected a JSON object with at least \"id\" and \"text\"", where);
    }
    Article a;
    a.origin_file = file;
    a.origin_line = line_no;
    a.id = get_string_field(obj, "id", where, true);
    auto text_it = obj.find("text");
    if (text_it == obj.end() || !text_it->is_string()) {
        ErrorContext c = where;
        c.field = "text";
        throw InputError(text_it == obj.end() ? "missing" : "expected a string", c);
    }
    a.text = text_it->get<std::string>();
    a.title = get_string_field(obj, "title", where);
    a.url = get_string_field(obj, "url", where);
    a.source = get_string_field(obj, "source", where);
    const auto published = get_string_field(obj, "published", where);
    if (!published.empty()) {
        a.published = Date::parse(published);
        if (!a.published) {
            ErrorContext c = where;
            c.field = "published";
            diag.warn("'" + published +
                          "' is not a date (YYYY-MM-DD or RFC 3339, 1900-2100); using --date",
                      c, "bad-date");
        }
    }
    if (!a.published) {
        a.published = options.default_date;
    }
    if (a.id.empty()) {
        a.id = fs::path(file).stem().string() + "-" + std::to_string(line_no);
        ErrorContext c = where;
        c.field = "id";
        diag.warn("missing; using '" + a.id + "'", c, "missing-id");
    }
    return a;
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
            skip(InputError("cannot open file", ErrorContext{in.path.string(), 0, 0, {}}),
                 "unreadable-file");
            continue;
        }
        file_ = std::move(f);
        current_ = file_.get();
        return true;
    }
    current_ = nullptr;
    current_input_ = nullptr;
    return false;
}

bool ArticleReader::next_text(Article& article) {
    const std::string name = current_input_->path.string();
    std::string raw((std::istreambuf_iterator<char>(*current_)), std::istreambuf_iterator<char>());
    current_ = nullptr; // one article per .txt file
    std::size_t replaced = 0;
    article = Article{};
    article.text = text::sanitize_utf8(raw, &replaced);
    if (replaced != 0) {
        diag_.warn(std::to_string(replaced) + " invalid UTF-8 byte sequence(s) replaced",
                   ErrorContext{name, 0, 0, {}}, "invalid-utf8");
    }
    article.id = current_input_->path.stem().string();
    article.origin_file = name;
    article.published = options_.default_date;
    return true;
}

bool ArticleReader::next_jsonl(Article& article) {
    const std::string name = current_input_->path.string();
    std::string line;
    while (std::getline(*current_, line)) {
        ++line_;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.find_first_not_of(" \t") == std::string::npos) {
            continue;
        }
        std::size_t replaced = 0;
        if (!text::is_valid_utf8(line)) {
            line = text::sanitize_utf8(line, &replaced);
            diag_.warn(std::to_string(replaced) + " invalid UTF-8 byte sequence(s) replaced",
                       ErrorContext{name, line_, 0, {}}, "invalid-utf8");
        }
        try {
            article = parse_article_json(line, name, line_, options_, diag_);
        } catch (const InputError& e) {
            skip(e, "malformed-line");
            continue;
        }
        return true;
    }
    current_ = nullptr;
    return false;
}

bool ArticleReader::first_of_its_id(const Article& article) {
    const std::uint64_t id_hash = std::hash<std::string>{}(article.id);
    const std::uint64_t text_hash = std::hash<std::string>{}(article.text);
    const auto [it, inserted] = seen_ids_.emplace(id_hash, text_hash);
    if (inserted) {
        return true;
    }
    if (it->second == text_hash) {
        ++duplicates_;
        return false;
    }
    skip(InputError("article id '" + article.id + "' was already used by another article",
                    ErrorContext{article.origin_file, article.origin_line, 0, "id"}),
         "duplicate-id");
    return false;
}

bool ArticleReader::next(Article& article) {
    for (;;) {
        if (current_ == nullptr && !open_next_file()) {
            return false;
        }
        const bool ok =
            current_input_->kind == InputKind::text ? next_text(article) : next_jsonl(article);
        if (ok && first_of_its_id(article)) {
            ++read_;
            return true;
        }
    }
}

} // namespace conflictmap::io
