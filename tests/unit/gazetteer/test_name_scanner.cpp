#include "fixture_gazetteer.hpp"
#include "gazetteer/name_scanner.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace conflictmap;
using namespace conflictmap::gazetteer;

namespace {

std::vector<std::string> mentioned(std::string_view text, const std::vector<NameMention>& m) {
    std::vector<std::string> out;
    for (const auto& x : m) {
        out.emplace_back(text.substr(x.begin, x.end - x.begin));
    }
    return out;
}

} // namespace

TEST_CASE("the scanner reports every longest name match, left to right") {
    const auto& g = testing::fixture_gazetteer();
    const std::string text =
        "Rockets hit K-1 Air Base near Kirkuk's airport on Friday, officials in Baghdad said; "
        "Camp Taji and Ain al-Asad were quiet. Hit, Anbar.";
    const auto m = scan_names(g, text);
    CHECK(mentioned(text, m) == std::vector<std::string>{"hit", "K-1 Air Base", "Kirkuk's",
                                                         "Baghdad", "Camp Taji", "Ain al-Asad",
                                                         "Hit", "Anbar"});
    REQUIRE(m.size() == 8);
    CHECK(m[1].key == "k 1 air base");
    CHECK(m[1].token_count == 4);
    CHECK(m[2].key == "kirkuk"); // the possessive dropped
    REQUIRE(m[1].hits.size() == 1);
    CHECK(g.facts(m[1].hits[0].place).id == 2000000010);
    CHECK(g.facts(m[5].hits[0].place).id == 2000000011);
    CHECK(m[5].hits[0].kind == NameKind::designator_dropped);
}

TEST_CASE("the scanner reads Arabic script and stops at sentence punctuation") {
    const auto& g = testing::fixture_gazetteer();
    const std::string text = "سقطت صواريخ على قاعدة عين الأسد الجوية، ثم على كركوك.";
    const auto m = scan_names(g, text);
    REQUIRE(m.size() == 2);
    CHECK(m[0].token_count == 4);
    CHECK(g.facts(m[0].hits[0].place).id == 2000000011);
    CHECK(g.facts(m[1].hits[0].place).geonames_id == 94787);
    // "Kirkuk. Air Base" is not the name "Kirkuk Air Base" unless asked to cross punctuation.
    const std::string split = "Kirkuk. Air Base";
    CHECK(scan_names(g, split).front().token_count == 1);
    ScanOptions across;
    across.cross_punctuation = true;
    CHECK(scan_names(g, split, across).front().token_count == 3);
}

TEST_CASE("the scanner finds the places of the sample articles in the embedded gazetteer") {
    const Gazetteer g = Gazetteer::open();
    const auto dir = std::filesystem::path(CONFLICTMAP_SOURCE_DIR) / "samples" / "text";
    auto read = [&](const char* name) {
        std::ifstream in(dir / name);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    };
    const std::string taji = read("01_taji_rockets.txt");
    const auto m1 = mentioned(taji, scan_names(g, taji));
    CHECK(std::find(m1.begin(), m1.end(), "Camp Taji") != m1.end());
    CHECK(std::find(m1.begin(), m1.end(), "BAGHDAD") != m1.end());
    const std::string tuz = read("11_tuz_mortar_arabic.txt");
    const auto m2 = mentioned(tuz, scan_names(g, tuz));
    CHECK(std::find(m2.begin(), m2.end(), "Tuz Khurmatu") != m2.end());
}
