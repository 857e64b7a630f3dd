#include "io/jsonl_fields.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace conflictmap::io;

namespace {

/// What nlohmann::json gives for a field: its string, "" when absent or null.
std::string tree_field(const nlohmann::json& obj, const char* name) {
    const auto it = obj.find(name);
    return it == obj.end() || it->is_null() ? std::string() : it->get<std::string>();
}

/// scan_article_fields took the line: check it read what nlohmann::json reads.
void check_same_as_tree(const std::string& line) {
    ArticleLineFields f;
    REQUIRE(scan_article_fields(line, f));
    const auto obj = nlohmann::json::parse(line);
    CHECK(f.text == tree_field(obj, "text"));
    CHECK(f.id == tree_field(obj, "id"));
    CHECK(f.title == tree_field(obj, "title"));
    CHECK(f.url == tree_field(obj, "url"));
    CHECK(f.source == tree_field(obj, "source"));
    CHECK(f.published == tree_field(obj, "published"));
}

bool scanned(const std::string& line) {
    ArticleLineFields f;
    return scan_article_fields(line, f);
}

} // namespace

TEST_CASE("an article line's fields are read as nlohmann::json reads them") {
    ArticleLineFields f;
    REQUIRE(scan_article_fields(R"({"id": "a1", "title": "T", "published": "2020-03-12", )"
                                R"("source": "Wire", "url": "https://x.org/1?a=1", )"
                                R"("text": "Rockets hit \"Camp Taji\".\nTwo died."})",
                                f));
    CHECK(f.id == "a1");
    CHECK(f.title == "T");
    CHECK(f.published == "2020-03-12");
    CHECK(f.source == "Wire");
    CHECK(f.url == "https://x.org/1?a=1");
    CHECK(f.text == "Rockets hit \"Camp Taji\".\nTwo died.");

    // Escapes (surrogate pairs, \u0000, upper-case hex), UTF-8 as it is, whitespace anywhere,
    // null fields, members of any type that hold no field.
    for (const std::string line : {
             R"({"id":"e1","text":"Caf\u00e9 \uD83D\ude00 \/ \\ \b\f\r\t \u0000 end"})",
             "{\"id\":\"e2\",\"text\":\"Mexm\xC3\xBBr \xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF "
             "\xF0\x9F\x98\x80\"}",
             " \t{ \"text\" : \"x\" , \"title\" : null , \"url\" : null }\r ",
             R"({"n":[1,-0,0.5,2e10,-1.25E-3,{"a":[[],{}]},true,false,null,"s"],"text":"x"})",
             R"({"te\u0078t":"escaped key","id":"k"})",
         }) {
        CAPTURE(line);
        check_same_as_tree(line);
    }
}

TEST_CASE("lines the scanner cannot vouch for are left to nlohmann::json") {
    for (const std::string line : {
             R"({"id":"a"})",                         // no text
             R"({"id":"a","text":5})",                // text not a string
             R"({"id":"a","text":null})",             // text null
             R"({"id":42,"text":"x"})",               // a number id (nlohmann gives "42")
             R"({"id":"a","title":7,"text":"x"})",    // a field of the wrong type
             R"({"text":"one","text":"two"})",        // a field given twice
             R"({"text":"x"} trailing)",              // bytes after the object
             R"({"text":"x",})",                      // a trailing comma
             R"([{"text":"x"}])",                     // not an object
             R"({"text":"lone \ud83d"})",             // surrogates
             R"({"text":"lone \udc00"})",             //
             R"({"text":"bad \x"})",                  // escapes
             R"({"text":"short \u00"})",              //
             "{\"text\":\"ctrl \x01\"}",              // a raw control character
             "{\"text\":\"bad \xFF byte\"}",          // invalid UTF-8
             "{\"text\":\"overlong \xC0\xAF\"}",      //
             "{\"text\":\"surrogate \xED\xA0\x80\"}", //
             "\xEF\xBB\xBF{\"text\":\"x\"}",          // a byte-order mark (nlohmann skips it)
             R"({"text":"x","n":1e400})",             // nlohmann: number overflow
             R"({"text":"x","n":01})",                // numbers
             R"({"text":"x","n":1.})",                //
             R"({"text":"x","n":-})",                 //
             R"({"text":"x","n":+1})",                //
             R"({"text":"x","n":tru})",               // literals
             R"({"text":"x","n":[1,]})",              // containers
             R"({"text":"x","n":{"a" 1}})",           //
             R"({"text":"unterminated)",              //
             R"({})",                                 //
             "",                                      //
         }) {
        CAPTURE(line);
        CHECK_FALSE(scanned(line));
    }
}
