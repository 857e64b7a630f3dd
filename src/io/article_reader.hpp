// Reads news articles from the inputs of `extract`, `map` and `report`: .txt files (id = file
// name without extension), .jsonl files (one JSON object per line), folders (recursively, in
// sorted order) and "-" (JSONL on stdin). Streams one article at a time so memory stays flat.
// Bad records are skipped with a warning naming file:line unless strict is set.
// Reading is split in three so that the middle can run on worker threads: records are read in
// input order (next_record: the bytes of a .txt file or a JSONL line), decoded anywhere
// (decode_article: UTF-8 repair, JSON), and accepted in input order (accept: warnings printed,
// bad records skipped or fatal, ids checked), which gives what next() gives on one thread.
#pragma once

#include "core/date.hpp"
#include "core/diagnostics.hpp"
#include "core/error.hpp"

#include <cstdint>
#include <filesystem>
#include <istream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace conflictmap::io {

struct Article {
    std::string id;
    std::string title;
    std::string text; ///< valid UTF-8 (invalid bytes replaced)
    std::optional<Date> published;
    std::string url;
    std::string source;
    std::string origin_file;       ///< where it came from, for messages ("-" for stdin)
    std::uint64_t origin_line = 0; ///< JSONL line number; 0 for .txt
};

enum class InputKind { text, jsonl, events, unknown };

struct InputFile {
    std::filesystem::path path; ///< "-" for stdin
    InputKind kind;
};

/// Classify by extension: .txt/.text -> text; .jsonl/.ndjson -> jsonl; .geojsons/.geojsonl/
/// .geojson/.json -> events; "-" -> jsonl.
InputKind classify_input(const std::filesystem::path& path);

/// Expand folders recursively (sorted, hidden files skipped, unknown extensions skipped); keep
/// files named explicitly whatever their extension (unknown ones read as text).
/// Throws InputError for a path that does not exist.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths);

struct ArticleReaderOptions {
    bool strict = false;              ///< first bad record is fatal
    std::optional<Date> default_date; ///< --date: reference date for articles without one
};

/// One record as read, before it is decoded.
struct ArticleRecord {
    InputKind kind = InputKind::text; ///< text or jsonl
    std::string bytes;                ///< the .txt file's content or the JSONL line (no line end)
    std::string file;                 ///< the file's name for messages ("-" for stdin)
    std::string stem;                 ///< text: the article id (file name without extension)
    std::uint64_t line = 0;           ///< jsonl: the line number
    std::optional<InputError> unreadable; ///< the file could not be opened (no bytes)
};

/// What decoding a record gave: the article, or the error that skips the record; the warnings
/// it gave, in order; and the hashes accept() checks ids with.
struct DecodedArticle {
    Article article;
    std::optional<InputError> error;
    std::string error_category; ///< "malformed-line" or "unreadable-file"
    DeferredWarnings warnings;
    std::uint64_t id_hash = 0;
    std::uint64_t text_hash = 0;
};

/// Decodes a record (any thread): invalid UTF-8 replaced, JSONL parsed. Never throws for bad
/// input: the error is in the result.
DecodedArticle decode_article(ArticleRecord&& record, const ArticleReaderOptions& options);

class ArticleReader {
public:
    /// inputs: expanded input files of kind text or jsonl (others are ignored by the caller).
    ArticleReader(std::vector<InputFile> inputs, std::istream& stdin_stream, Diagnostics& diag,
                  ArticleReaderOptions options = {});
    ~ArticleReader();
    ArticleReader(const ArticleReader&) = delete;
    ArticleReader& operator=(const ArticleReader&) = delete;

    /// The next article, or false at the end. Throws InputError only in strict mode.
    bool next(Article& article);

    /// The next record in input order, or false at the end. Throws nothing for bad input (an
    /// unreadable file is a record that decodes to its error).
    bool next_record(ArticleRecord& record);
    /// Takes a decoded record, in input order (the order of next_record): prints its warnings,
    /// skips it with a warning (throws InputError in strict mode) when it is bad or its id was
    /// read before, counts it; true when the article is to be used.
    bool accept(DecodedArticle& decoded);
    /// Whether an article with this id hash was accepted or skipped for its id already, so a
    /// later one with the id will not be accepted: a hint for threads that decode ahead (an
    /// extraction they can spare). Safe to call from any thread.
    bool id_used(std::uint64_t id_hash) const;

    std::uint64_t articles_read() const noexcept { return read_; }
    /// Records that could not be read (malformed lines, unreadable files, clashing ids).
    std::uint64_t records_skipped() const noexcept { return skipped_; }
    /// Articles skipped because the same id with the same text was read before (a folder that
    /// holds both the .txt files and a .jsonl of the same articles).
    std::uint64_t duplicates_skipped() const noexcept { return duplicates_; }

private:
    bool open_next_file();
    /// False (and counted or warned) when an article of this id was read before.
    bool first_of_its_id(const DecodedArticle& decoded);
    void skip(const InputError& error, const std::string& category);

    std::vector<InputFile> inputs_;
    std::size_t next_input_ = 0;
    std::istream& stdin_;
    Diagnostics& diag_;
    ArticleReaderOptions options_;
    std::istream* current_ = nullptr;
    const InputFile* current_input_ = nullptr;
    std::uint64_t line_ = 0;
    std::uint64_t read_ = 0;
    std::uint64_t skipped_ = 0;
    std::uint64_t duplicates_ = 0;
    std::unique_ptr<std::istream> file_;
    std::optional<InputError> unreadable_; ///< the file just found unreadable, next record
    /// Hash of each id read so far -> hash of its text (ids must be unique within a run).
    std::unordered_map<std::uint64_t, std::uint64_t> seen_ids_;
    mutable std::mutex seen_ids_mutex_; ///< id_used() reads seen_ids_ from other threads
};

/// Parse one JSONL article line; throws InputError naming file:line and the field. Warnings
/// (a bad date, a missing id) are noted in warnings.
Article parse_article_json(std::string_view line, const std::string& file, std::uint64_t line_no,
                           const ArticleReaderOptions& options, DeferredWarnings& warnings);

} // namespace conflictmap::io
