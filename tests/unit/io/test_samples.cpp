// samples/ holds each report twice, as text/NAME.txt and as a line of articles.jsonl; the demo
// reads the folder, so the two must stay identical (or the run would double every event).
#include "io/article_reader.hpp"

#include <doctest/doctest.h>
#include <sstream>

using namespace conflictmap;
using namespace conflictmap::io;

TEST_CASE("samples/articles.jsonl and samples/text/*.txt hold the same reports") {
    std::ostringstream err;
    Diagnostics diag(err);
    std::istringstream empty;
    ArticleReader reader(expand_inputs({CONFLICTMAP_SOURCE_DIR "/samples"}), empty, diag);
    Article a;
    std::size_t dated = 0;
    while (reader.next(a)) {
        CHECK_MESSAGE(a.origin_file.find("articles.jsonl") != std::string::npos, a.id);
        dated += a.published ? 1 : 0;
        CHECK(a.title == a.text.substr(0, a.text.find('\n')));
    }
    CHECK(reader.articles_read() >= 8);
    CHECK(dated == reader.articles_read());
    CHECK(reader.duplicates_skipped() == reader.articles_read());
    CHECK(reader.records_skipped() == 0);
    CHECK(err.str().empty());
}
