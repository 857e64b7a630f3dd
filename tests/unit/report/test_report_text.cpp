#include "markup_checker.hpp"
#include "report/markup_text.hpp"
#include "report/number_format.hpp"

#include <doctest/doctest.h>
#include <locale>
#include <sstream>

using namespace conflictmap::report;

TEST_CASE("xml_escape neutralises markup and keeps Arabic") {
    CHECK(xml_escape("a < b & \"c\" > 'd'") == "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;");
    CHECK(xml_escape("\xD8\xB7\xD9\x88\xD8\xB2") == "\xD8\xB7\xD9\x88\xD8\xB2"); // طوز
    CHECK(xml_escape("tab\tok\nline") == "tab\tok\nline");
}

TEST_CASE("xml_escape replaces what XML forbids: controls, U+FFFE, invalid UTF-8") {
    CHECK(xml_escape(std::string("a\x01"
                                 "b")) == "a\xEF\xBF\xBD"
                                          "b");
    CHECK(xml_escape("x\xEF\xBF\xBEy") == "x\xEF\xBF\xBDy"); // U+FFFE
    CHECK(xml_escape("bad \xC3 byte") == "bad \xEF\xBF\xBD byte");
    // The result always parses as XML text.
    const std::string hostile = "<script>alert('x')</script> & \x02 \xFF";
    CHECK_FALSE(conflictmap::test::check_well_formed_xml("<p>" + xml_escape(hostile) + "</p>"));
}

TEST_CASE("markdown_escape keeps a table cell one cell") {
    CHECK(markdown_escape("a|b") == "a\\|b");
    CHECK(markdown_escape("*bold* _it_ [link](x) `code` #h") ==
          "\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` \\#h");
    CHECK(markdown_escape("line\r\nbreak") == "line break");
    CHECK(markdown_escape("<b>&") == "&lt;b&gt;&amp;");
}

TEST_CASE("numbers: grouping, fixed decimals, percentages, SVG coordinates") {
    CHECK(format_count(0) == "0");
    CHECK(format_count(999) == "999");
    CHECK(format_count(1000) == "1,000");
    CHECK(format_count(1234567) == "1,234,567");
    CHECK(format_count(-1234) == "-1,234");
    CHECK(format_fixed(2.345, 1) == "2.3");
    CHECK(format_fixed(2.35, 1) == "2.4");
    CHECK(format_fixed(-0.04, 1) == "0.0");
    CHECK(format_fixed(35.5125, 6) == "35.512500");
    CHECK(format_percent(11.0 / 23.0) == "47.8%");
    CHECK(format_percent(0.0) == "0.0%");
    CHECK(svg_number(12.0) == "12");
    CHECK(svg_number(12.46) == "12.5");
    CHECK(svg_number(-3.04) == "-3");
    CHECK(svg_number(-0.04) == "0");
    CHECK(svg_number(-7.25) == "-7.3");
}

namespace {
struct CommaDecimals : std::numpunct<char> {
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return '.'; }
    std::string do_grouping() const override { return "\3"; }
};
} // namespace

TEST_CASE("number formats ignore the global C++ locale") {
    const std::locale previous = std::locale::global(
        std::locale(std::locale::classic(), new CommaDecimals)); // owned by the locale
    const std::string a =
        format_fixed(1234.5, 1) + format_count(1234567) + svg_number(3.25) + format_percent(0.5);
    std::locale::global(previous);
    CHECK(a == "1234.51,234,5673.350.0%");
}

TEST_CASE("the checkers fail on broken input") {
    using conflictmap::test::check_well_formed_xml;
    using conflictmap::test::parse_csv;
    CHECK(check_well_formed_xml("<a><b></a></b>"));
    CHECK(check_well_formed_xml("<a>x & y</a>"));
    CHECK(check_well_formed_xml("<a x=1/>"));
    CHECK(check_well_formed_xml("<a x=\"1\" x=\"2\"/>"));
    CHECK(check_well_formed_xml("<a/><b/>"));
    CHECK(check_well_formed_xml("<a>"));
    CHECK_FALSE(check_well_formed_xml("<?xml version=\"1.0\"?>\n<a b='&amp;&#233;'><c/>t</a>\n"));
    CHECK_THROWS(parse_csv("a,\"b\r\n"));
    CHECK_THROWS(parse_csv("a,b\n"));
    CHECK_THROWS(parse_csv("a,b"));
    const auto rows = parse_csv("a,\"b,\"\"c\"\"\r\nd\"\r\n,\r\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0][1] == "b,\"c\"\r\nd");
    CHECK(rows[1].size() == 2);
}
