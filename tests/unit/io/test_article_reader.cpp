#include "core/error.hpp"
#include "io/article_reader.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace conflictmap;
using namespace conflictmap::io;

namespace {
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() /
               ("cm-reader-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    fs::path write(const std::string& name, const std::string& content) const {
        const fs::path p = path / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p;
    }
};

std::vector<Article> read_all(const std::vector<std::string>& inputs, Diagnostics& diag,
                              ArticleReaderOptions options = {}, std::istream* in = nullptr) {
    std::istringstream empty;
    ArticleReader reader(expand_inputs(inputs), in != nullptr ? *in : empty, diag, options);
    std::vector<Article> out;
    Article a;
    while (reader.next(a)) {
        out.push_back(a);
    }
    return out;
}
} // namespace

TEST_CASE("a .txt file is one article named after the file") {
    TempDir t;
    const auto p = t.write("k1_attack.txt", "Rockets hit a base near Kirkuk.");
    std::ostringstream err;
    Diagnostics diag(err);
    ArticleReaderOptions o;
    o.default_date = Date{2019, 12, 28};
    const auto articles = read_all({p.string()}, diag, o);
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].id == "k1_attack");
    CHECK(articles[0].text == "Rockets hit a base near Kirkuk.");
    CHECK(articles[0].published == Date{2019, 12, 28});
}

TEST_CASE("JSONL lines carry id, title, date, url and source") {
    TempDir t;
    const auto p = t.write(
        "a.jsonl", "{\"id\":\"x1\",\"title\":\"T\",\"published\":\"2020-03-12\",\"text\":\"one\","
                   "\"url\":\"https://example.org/1\",\"source\":\"Example Wire\"}\n"
                   "\n"
                   "{\"id\":42,\"published\":\"2020-03-13T10:00:00Z\",\"text\":\"two\"}\n");
    std::ostringstream err;
    Diagnostics diag(err);
    const auto articles = read_all({p.string()}, diag);
    REQUIRE(articles.size() == 2);
    CHECK(articles[0].id == "x1");
    CHECK(articles[0].title == "T");
    CHECK(articles[0].source == "Example Wire");
    CHECK(articles[0].url == "https://example.org/1");
    CHECK(articles[0].published == Date{2020, 3, 12});
    CHECK(articles[1].id == "42");
    CHECK(articles[1].published == Date{2020, 3, 13});
    CHECK(articles[1].origin_line == 3);
}

TEST_CASE("a malformed JSONL line is skipped with file:line, the rest still read") {
    TempDir t;
    const auto p = t.write("b.jsonl", "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\n"
                                      "{\"id\":\"3\",\"title\":7,\"text\":\"c\"}\n"
                                      "{\"id\":\"4\",\"text\":\"d\"}\n");
    std::ostringstream err;
    Diagnostics diag(err);
    std::istringstream empty;
    ArticleReader reader(expand_inputs({p.string()}), empty, diag);
    std::vector<std::string> ids;
    Article a;
    while (reader.next(a)) {
        ids.push_back(a.id);
    }
    CHECK(ids == std::vector<std::string>{"1", "4"});
    CHECK(reader.records_skipped() == 2);
    CHECK(reader.articles_read() == 2);
    CHECK(err.str().find("b.jsonl:2:") != std::string::npos);
    CHECK(err.str().find("b.jsonl:3: field 'title': expected a string") != std::string::npos);
}

TEST_CASE("a number too large for a double makes its line malformed, not the run fail") {
    TempDir t;
    const auto p = t.write("n.jsonl", "{\"id\":\"1\",\"text\":\"a\",\"n\":1e400}\n"
                                      "{\"id\":\"2\",\"text\":\"b\"}\n");
    std::ostringstream err;
    Diagnostics diag(err);
    const auto articles = read_all({p.string()}, diag);
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].id == "2");
    CHECK(err.str().find("n.jsonl:1: malformed JSON: number overflow parsing '1e400'") !=
          std::string::npos);
}

TEST_CASE("strict mode makes the first bad line fatal") {
    TempDir t;
    const auto p = t.write("c.jsonl", "{\"id\":\"1\",\"text\":\"a\"}\nnot json\n");
    std::ostringstream err;
    Diagnostics diag(err);
    ArticleReaderOptions o;
    o.strict = true;
    CHECK_THROWS_AS(read_all({p.string()}, diag, o), InputError);
}

TEST_CASE("folders are read recursively in sorted order, hidden and unknown files skipped") {
    TempDir t;
    t.write("b.txt", "B");
    t.write("a/z.txt", "Z");
    t.write("a/y.jsonl", "{\"id\":\"y1\",\"text\":\"Y\"}\n");
    t.write(".hidden.txt", "H");
    t.write("notes.md", "M");
    std::ostringstream err;
    Diagnostics diag(err);
    const auto articles = read_all({t.path.string()}, diag);
    std::vector<std::string> ids;
    for (const auto& a : articles) {
        ids.push_back(a.id);
    }
    CHECK(ids == std::vector<std::string>{"y1", "z", "b"});
}

TEST_CASE("invalid UTF-8 is replaced with a warning naming the file") {
    TempDir t;
    const auto p = t.write("bad.txt", "Kirk\xFFuk");
    std::ostringstream err;
    Diagnostics diag(err);
    const auto articles = read_all({p.string()}, diag);
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].text == "Kirk\xEF\xBF\xBDuk");
    CHECK(err.str().find("bad.txt: 1 invalid UTF-8") != std::string::npos);
}

TEST_CASE("stdin is read as JSONL, a missing path is an input error") {
    std::istringstream in("{\"id\":\"s\",\"text\":\"from stdin\"}\n");
    std::ostringstream err;
    Diagnostics diag(err);
    const auto articles = read_all({"-"}, diag, {}, &in);
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].text == "from stdin");
    CHECK_THROWS_AS(expand_inputs({"/nonexistent/conflictmap/x.txt"}), InputError);
}

TEST_CASE("a bad published date falls back to --date with a warning") {
    std::istringstream in("{\"id\":\"d\",\"published\":\"2020-02-30\",\"text\":\"x\"}\n");
    std::ostringstream err;
    Diagnostics diag(err);
    ArticleReaderOptions o;
    o.default_date = Date{2021, 1, 1};
    const auto articles = read_all({"-"}, diag, o, &in);
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].published == Date{2021, 1, 1});
    CHECK(err.str().find("field 'published'") != std::string::npos);
}

TEST_CASE("an article read twice (same id, same text) is skipped quietly, a clash warns") {
    TempDir t;
    t.write("a.jsonl", "{\"id\":\"one\",\"published\":\"2020-01-02\",\"text\":\"same\"}\n"
                       "{\"id\":\"two\",\"text\":\"first\"}\n");
    t.write("text/one.txt", "same");
    t.write("text/two.txt", "different");
    std::ostringstream err;
    Diagnostics diag(err);
    std::istringstream empty;
    ArticleReader reader(expand_inputs({t.path.string()}), empty, diag);
    std::vector<std::string> ids;
    Article a;
    while (reader.next(a)) {
        ids.push_back(a.id);
        CHECK(a.origin_file.find("a.jsonl") != std::string::npos);
    }
    CHECK(ids == std::vector<std::string>{"one", "two"});
    CHECK(reader.duplicates_skipped() == 1);
    CHECK(reader.records_skipped() == 1);
    CHECK(err.str().find("article id 'two' was already used") != std::string::npos);
    CHECK(err.str().find("'one'") == std::string::npos);
}

namespace {

/// A folder of every kind of bad record among good ones, and what next() makes of it.
struct MixedInputs {
    TempDir t;
    std::vector<std::string> inputs;
    MixedInputs() {
        t.write("a.jsonl", "{\"id\":\"1\",\"text\":\"one\"}\n"
                           "{\"id\":\"2\",\"text\":\n" // malformed
                           "{\"id\":\"3\",\"text\":\"th\xff"
                           "ree\",\"published\":\"soon\"}\r\n" // bad UTF-8, bad date
                           "   \n"
                           "{\"text\":\"no id\"}\n"              // missing id
                           "{\"id\":\"1\",\"text\":\"one\"}\n"   // duplicate
                           "{\"id\":\"1\",\"text\":\"other\"}\n" // id clash
                           "[1]\n"                               // not an object
                           "{\"id\":\"9\",\"text\":\"nine\"}");  // no line end
        t.write("b/c.txt", std::string("bin\0ary\x80", 8));
        t.write("b/d.txt", "");
        inputs = {(t.path / "a.jsonl").string(), (t.path / "b").string()};
    }
};

std::string describe(const Article& a) {
    return a.id + "|" + a.text + "|" + (a.published ? a.published->iso() : "-") + "|" +
           a.origin_file + ":" + std::to_string(a.origin_line);
}

} // namespace

TEST_CASE("records decoded out of order and accepted in order read as next() reads them") {
    MixedInputs m;
    std::istringstream empty;
    ArticleReaderOptions options;
    options.default_date = Date{2020, 3, 12};

    std::ostringstream expected_err;
    Diagnostics expected_diag(expected_err);
    ArticleReader one(expand_inputs(m.inputs), empty, expected_diag, options);
    std::vector<std::string> expected;
    Article a;
    while (one.next(a)) {
        expected.push_back(describe(a));
    }
    REQUIRE(expected.size() == 6); // 1, 3, a-5, 9, c, d
    CHECK(expected_err.str().find("a.jsonl:2:") != std::string::npos);

    // Read every record first, decode them last to first (as worker threads might finish),
    // then accept them in input order.
    std::ostringstream err;
    Diagnostics diag(err);
    ArticleReader split(expand_inputs(m.inputs), empty, diag, options);
    std::vector<ArticleRecord> records;
    ArticleRecord r;
    while (split.next_record(r)) {
        records.push_back(std::move(r));
        r = ArticleRecord{};
    }
    CHECK(err.str().empty()); // reading prints nothing: accept() does, in order
    std::vector<DecodedArticle> decoded(records.size());
    for (std::size_t i = records.size(); i-- > 0;) {
        decoded[i] = decode_article(std::move(records[i]), options);
    }
    CHECK(err.str().empty());
    std::vector<std::string> got;
    for (auto& d : decoded) {
        if (split.accept(d)) {
            got.push_back(describe(d.article));
        }
    }
    CHECK(got == expected);
    CHECK(err.str() == expected_err.str());
    CHECK(split.articles_read() == one.articles_read());
    CHECK(split.records_skipped() == one.records_skipped());
    CHECK(split.duplicates_skipped() == one.duplicates_skipped());
    CHECK(split.records_skipped() == 3);
    CHECK(split.duplicates_skipped() == 1);
}

TEST_CASE("an id already used is known to other threads before the article's turn") {
    MixedInputs m;
    std::istringstream empty;
    std::ostringstream err;
    Diagnostics diag(err);
    ArticleReader reader(expand_inputs(m.inputs), empty, diag);
    ArticleRecord r;
    REQUIRE(reader.next_record(r));
    auto first = decode_article(std::move(r), {});
    CHECK_FALSE(reader.id_used(first.id_hash));
    REQUIRE(reader.accept(first));
    CHECK(reader.id_used(first.id_hash));
}

TEST_CASE("in strict mode the first bad record in input order is the error, whatever was decoded") {
    MixedInputs m;
    std::istringstream empty;
    std::ostringstream err;
    Diagnostics diag(err);
    ArticleReaderOptions options;
    options.strict = true;
    ArticleReader reader(expand_inputs(m.inputs), empty, diag, options);
    std::vector<DecodedArticle> decoded;
    ArticleRecord r;
    while (reader.next_record(r)) {
        decoded.push_back(decode_article(std::move(r), options));
        r = ArticleRecord{};
    }
    REQUIRE(reader.accept(decoded[0]));
    try {
        reader.accept(decoded[1]);
        FAIL("line 2 is malformed");
    } catch (const InputError& e) {
        CHECK(e.context().line == 2);
        CHECK(e.context().file == (m.t.path / "a.jsonl").string());
    }
}
