#include "core/diagnostics.hpp"

#include <doctest/doctest.h>
#include <sstream>

using namespace conflictmap;

TEST_CASE("warnings name their location and are counted by category") {
    std::ostringstream err;
    Diagnostics d(err);
    d.warn("bad row", ErrorContext{"g.tsv", 4, 2, {}}, "malformed-row");
    d.warn("bad row", ErrorContext{"g.tsv", 9, 1, {}}, "malformed-row");
    d.warn("odd date", {}, "bad-date");
    CHECK(err.str().find("conflictmap: warning: g.tsv:4:2: bad row\n") != std::string::npos);
    CHECK(d.warning_count() == 3);
    CHECK(d.counts().at("malformed-row") == 2);
    CHECK(d.counts().at("bad-date") == 1);
}

TEST_CASE("quiet counts warnings but prints nothing") {
    std::ostringstream err;
    Diagnostics d(err, true, true);
    d.warn("x");
    d.note("y");
    d.progress(1, 2, "articles");
    CHECK(err.str().empty());
    CHECK(d.warning_count() == 1);
}

TEST_CASE("a flood of one warning is capped, not lost from the counts") {
    std::ostringstream err;
    Diagnostics d(err);
    for (int i = 0; i < 100; ++i) {
        d.warn("again", {}, "same");
    }
    std::size_t lines = 0;
    for (char c : err.str()) {
        lines += c == '\n' ? 1 : 0;
    }
    CHECK(lines == Diagnostics::kMaxPrintedPerCategory + 1);
    CHECK(d.counts().at("same") == 100);
}

TEST_CASE("progress is drawn only when enabled") {
    std::ostringstream err;
    Diagnostics off(err, false, false);
    off.progress(5, 10, "articles");
    CHECK(err.str().empty());
    Diagnostics on(err, false, true);
    on.progress(5, 10, "articles");
    CHECK(err.str().find("articles 5/10 (50%)") != std::string::npos);
}

TEST_CASE("deferred warnings are printed and counted when replayed, in the order noted") {
    std::ostringstream err;
    Diagnostics d(err);
    DeferredWarnings later;
    later.warn("first", ErrorContext{"a.jsonl", 3, 0, {}}, "bad-date");
    later.warn("second", ErrorContext{"a.jsonl", 3, 0, "id"}, "missing-id");
    CHECK_FALSE(later.empty());
    d.warn("before", {}, "bad-date");
    CHECK(d.warning_count() == 1); // nothing counted until replayed
    later.replay(d);
    CHECK(later.empty());
    CHECK(err.str() == "conflictmap: warning: before\n"
                       "conflictmap: warning: a.jsonl:3: first\n"
                       "conflictmap: warning: a.jsonl:3: field 'id': second\n");
    CHECK(d.counts().at("bad-date") == 2);
    CHECK(d.counts().at("missing-id") == 1);
}

TEST_CASE("the cap on one category applies where deferred warnings are replayed") {
    std::ostringstream err;
    Diagnostics d(err);
    std::vector<DeferredWarnings> records(Diagnostics::kMaxPrintedPerCategory + 2);
    for (std::size_t i = 0; i < records.size(); ++i) {
        records[i].warn("w" + std::to_string(i), {}, "malformed-line");
    }
    for (auto& r : records) {
        r.replay(d);
    }
    CHECK(err.str().find("w19\n") != std::string::npos);
    CHECK(err.str().find("w20\n") == std::string::npos);
    CHECK(err.str().find("further 'malformed-line' warnings are counted but not shown") !=
          std::string::npos);
    CHECK(d.counts().at("malformed-line") == records.size());
}
