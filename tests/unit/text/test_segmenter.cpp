#include "text/segmenter.hpp"

#include <algorithm>
#include <cstdint>
#include <doctest/doctest.h>

using namespace conflictmap::text;

namespace {
std::vector<std::string> sentence_texts(const Document& d) {
    std::vector<std::string> out;
    for (const auto& s : d.sentences()) {
        out.emplace_back(d.span_text(s.token_begin, s.token_end));
    }
    return out;
}
std::vector<std::string> lowers(const Document& d) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < d.tokens().size(); ++i) {
        out.emplace_back(d.lower(i));
    }
    return out;
}
} // namespace

TEST_CASE("words split at hyphens but remember the join, possessives are marked") {
    const Document d("Iran-backed militias hit Ain al-Asad; Iraq\u2019s K-1 base.");
    CHECK(lowers(d) == std::vector<std::string>{"iran", "backed", "militias", "hit", "ain", "al",
                                                "asad", ";", "iraq", "k", "1", "base", "."});
    CHECK(d.tokens()[1].is(kHyphenBefore));
    CHECK(d.tokens()[6].is(kHyphenBefore));
    CHECK(d.tokens()[8].is(kPossessive));
    CHECK(d.surface(8) == "Iraq");
    CHECK(d.tokens()[10].is(kNumber));
    CHECK(d.tokens()[10].is(kHyphenBefore));
}

TEST_CASE("diacritics fold in the lower form, Arabic script is kept, flags are right") {
    const Document d("Mexm\u00fbr \u015eingal KIRKUK K1 \u0645\u062e\u0645\u0648\u0631 5,000");
    CHECK(d.lower(0) == "mexmur");
    CHECK(d.lower(1) == "singal");
    CHECK(d.tokens()[0].is(kCapitalized));
    CHECK(d.tokens()[1].is(kCapitalized));
    CHECK(d.tokens()[2].is(kAllUpper));
    CHECK(d.tokens()[3].is(kHasDigit));
    CHECK(d.tokens()[4].is(kArabicScript));
    CHECK(d.lower(4) == "\u0645\u062e\u0645\u0648\u0631");
    CHECK(d.number_value(5) == 5000.0);
}

TEST_CASE("same_text compares words of any length as operator== does") {
    const std::string long_word = "counter-terrorism-operations"; // (three 8-byte steps, a tail)
    CHECK(same_text("", ""));
    CHECK(same_text("the", "the"));
    CHECK_FALSE(same_text("the", "thy"));
    CHECK_FALSE(same_text("the", "them"));
    CHECK(same_text(long_word, std::string(long_word)));
    for (std::size_t k = 0; k < long_word.size(); ++k) {
        std::string other = long_word;
        other[k] = '_';
        CHECK_FALSE(same_text(long_word, other));
    }
}

TEST_CASE("number values: separators dropped, decimals kept, longer numbers than the buffer") {
    // number_value copies the digits to a 64-byte buffer, or to a string when longer.
    std::string long_number = "1";
    for (int k = 0; k < 30; ++k) {
        long_number += ",000"; // 121 bytes
    }
    const Document d("1,234.5 killed, " + long_number + " and 12");
    REQUIRE(d.tokens().size() == 6);
    CHECK(d.number_value(0) == 1234.5);
    CHECK(d.surface(3).size() == long_number.size());
    CHECK(d.number_value(3) == 1e90);
    CHECK(d.number_value(1) == -1.0); // a word
    CHECK(d.number_value(5) == 12.0);
    // Plain digits (read without a parse), up to nine of them, and past that.
    const Document plain("007 2020 999999999 1000000000 12345678901");
    REQUIRE(plain.tokens().size() == 5);
    CHECK(plain.number_value(0) == 7.0);
    CHECK(plain.number_value(1) == 2020.0);
    CHECK(plain.number_value(2) == 999999999.0);
    CHECK(plain.number_value(3) == 1e9);
    CHECK(plain.number_value(4) == 12345678901.0);
}

TEST_CASE("a word's case flags and lower form across ASCII runs and other letters") {
    // The tokenizer takes runs of ASCII letters and digits whole: the flags must come out as
    // they do character by character, also where a run meets a non-ASCII letter.
    const Document d(
        "aBc \u00c9COLE Ab1 A1 XY2Z na\u00efve M\u00fcNCHEN \u0663\u0664 x\u2019s end");
    CHECK(lowers(d) == std::vector<std::string>{"abc", "ecole", "ab1", "a1", "xy2z", "naive",
                                                "munchen", "34", "x", "end"});
    const auto flags = [&](std::size_t i) { return d.tokens()[i].flags; };
    CHECK(flags(0) ==
          (kWord | kAscii | kSpaceBefore | kNewlineBefore)); // not capitalised: 'a' opens it
    CHECK(flags(1) == (kWord | kCapitalized | kAllUpper | kSpaceBefore));
    CHECK(flags(2) == (kWord | kAscii | kCapitalized | kHasDigit | kSpaceBefore));
    CHECK(flags(3) ==
          (kWord | kAscii | kCapitalized | kHasDigit | kSpaceBefore)); // one letter: not all-upper
    CHECK(flags(4) == (kWord | kAscii | kCapitalized | kAllUpper | kHasDigit | kSpaceBefore));
    CHECK(flags(5) == (kWord | kSpaceBefore));
    CHECK(flags(6) == (kWord | kCapitalized | kSpaceBefore)); // a lower-case letter inside
    CHECK(flags(7) == (kNumber | kSpaceBefore));
    CHECK(flags(8) == (kWord | kAscii | kPossessive | kSpaceBefore)); // (the ’s is not in it)
    CHECK(d.surface(8) == "x");
    CHECK(d.tokens()[9].begin == d.text().size() - 3);
}

TEST_CASE("a token is marked ASCII exactly when all its bytes are") {
    const Document d("Ta'mim K1 5,000 \u0663 Mexm\u00fbr \u2014 - Kata\u2019ib "
                     "\u041a\u0438\u0435\u0432 KIRKUK's");
    std::vector<bool> ascii;
    for (std::size_t i = 0; i < d.tokens().size(); ++i) {
        const auto s = d.surface(i);
        CHECK(d.tokens()[i].is(kAscii) == std::all_of(s.begin(), s.end(), [](char c) {
                  return static_cast<unsigned char>(c) < 0x80U;
              }));
        ascii.push_back(d.tokens()[i].is(kAscii));
    }
    CHECK(ascii ==
          std::vector<bool>{true, true, true, false, false, false, true, false, false, true});
}

TEST_CASE("a lower form compares with literals by its whole length") {
    const Document d("Bases base");
    CHECK(d.lower(0) == "bases");
    CHECK_FALSE(d.lower(0) == "base");
    CHECK_FALSE(d.lower(1) == "bases");
    CHECK(d.lower(1) != "bas");
    CHECK(equals_literal("PCLI", "PCLI"));
    CHECK_FALSE(equals_literal("PCL", "PCLI"));
    CHECK(equals_literal("", ""));
}

TEST_CASE("inner apostrophes stay in the word, not in its lower form") {
    const Document d("At-Ta'mim and Kata\u2019ib Hezbollah");
    CHECK(d.surface(1) == "Ta'mim");
    CHECK(d.lower(1) == "tamim");
    CHECK(d.lower(3) == "kataib");
}

TEST_CASE("sentences end at full stops, not at abbreviations or initials") {
    const Document d("Gen. Qassem Soleimani was killed. Capt. Moises A. Navas died on Sunday. "
                     "About 5,000 U.S. personnel remain!");
    CHECK(sentence_texts(d) == std::vector<std::string>{"Gen. Qassem Soleimani was killed.",
                                                        "Capt. Moises A. Navas died on Sunday.",
                                                        "About 5,000 U.S. personnel remain!"});
    // Every listed abbreviation, of every length, keeps the sentence going; a word that only
    // shares a length or a prefix with one ends it.
    for (const std::string abbreviation : {"Mr", "Gen", "Prof", "Lieut", "Approx", "Sept", "Spc"}) {
        CHECK(Document("He met " + abbreviation + ". Smith today.").sentences().size() == 1);
    }
    for (const std::string word : {"Mrs2", "Ge", "Profs", "Lieuts", "Approxi", "Septs", "Spa"}) {
        CHECK(Document("He met " + word + ". Smith today.").sentences().size() == 2);
    }
}

TEST_CASE("headlines, datelines, captions and boilerplate are told apart") {
    const Document d("Rockets hit base near Kirkuk\n\n"
                     "BAGHDAD, March 11 (Reuters) - Rockets struck a base. Two were hurt.\n\n"
                     "READ ALSO Something else entirely\n\n"
                     "DOVER, DE - MARCH 11: Airmen carry a case at Dover Air Force Base. "
                     "Photo by Staff/Getty Images\n\n"
                     "== FOR NEWSPAPERS ONLY ==\n");
    const auto& ps = d.paragraphs();
    REQUIRE(ps.size() == 5);
    CHECK(ps[0].kind == ParagraphKind::title);
    CHECK(ps[1].kind == ParagraphKind::body);
    CHECK(ps[1].dateline_end > ps[1].dateline_begin);
    CHECK(d.span_text(ps[1].dateline_place_begin, ps[1].dateline_place_end) == "BAGHDAD");
    CHECK(d.span_text(ps[1].dateline_end, ps[1].dateline_end + 1) == "Rockets");
    CHECK(ps[2].kind == ParagraphKind::boilerplate);
    CHECK(ps[3].kind == ParagraphKind::caption);
    CHECK(d.span_text(ps[3].dateline_place_begin, ps[3].dateline_place_end) == "DOVER, DE");
    CHECK(ps[4].kind == ParagraphKind::boilerplate);
}

TEST_CASE("a dateline with a country and dashes") {
    const Document d("ERBIL, Iraq -- A salvo of rockets landed late on Monday.");
    const auto& p = d.paragraphs().at(0);
    CHECK(d.span_text(p.dateline_place_begin, p.dateline_place_end) == "ERBIL, Iraq");
    CHECK(d.span_text(p.dateline_end, p.dateline_end + 1) == "A");
}

TEST_CASE("an all-capitals opening word that is no dateline is not taken for one") {
    const Document d("ISIS militants attacked a village near Hawija on Sunday.");
    CHECK(d.paragraphs().at(0).dateline_end == 0);
}

TEST_CASE("month and weekday words") {
    CHECK(month_from_word("march") == 3);
    CHECK(month_from_word("sept") == 9);
    CHECK(month_from_word("marchs") == 0);
    CHECK(weekday_from_word("sunday") == 6);
    CHECK(weekday_from_word("funday") == -1);
}

TEST_CASE("each bulleted line is a paragraph of its own") {
    const Document d("Highlights:\n\u2022 On 10 April, an airstrike hit a house.\n\u2022 On 11 "
                     "April, shelling damaged a school.\n- Families were displaced.");
    REQUIRE(d.paragraphs().size() == 4);
    CHECK(d.surface(d.paragraphs()[1].token_begin) == "\u2022");
    CHECK(d.surface(d.paragraphs()[2].token_begin) == "\u2022");
    CHECK(d.surface(d.paragraphs()[3].token_begin) == "-");
    CHECK(d.sentences().size() == 4);
}

TEST_CASE("a bullet inside a line after a full stop opens the next sentence") {
    const Document d("Sources: \u2022 Two rockets hit near Ain al-Asad on Saturday. \u2022 A "
                     "drone attack on Harir was foiled on Sunday. \u2022 no group claimed either.");
    REQUIRE(d.sentences().size() == 2);
    CHECK(d.surface(d.sentences()[1].token_begin) == "\u2022");
    CHECK(d.surface(d.sentences()[1].token_begin + 1) == "A");
}

TEST_CASE("a roundup's 'Diyala: On 3 March ...' opens with a section label, 'Monday:' does not") {
    const Document d("Diyala: On 3 March, gunmen killed a farmer.\n\n"
                     "Monday: An IED killed two civilians.\n\n"
                     "Salah al-Din: Two soldiers were wounded.");
    const auto& ps = d.paragraphs();
    REQUIRE(ps.size() == 3);
    CHECK(d.span_text(ps[0].dateline_place_begin, ps[0].dateline_place_end) == "Diyala");
    CHECK(d.span_text(ps[0].dateline_end, ps[0].dateline_end + 1) == "On");
    CHECK(ps[1].dateline_end == 0);
    CHECK(ps[2].dateline_end == 0); // "al" is no name-case word: not taken for a label
}

TEST_CASE(
    "a digest's 'Basra. On Tuesday ...' label may end in a full stop, a title's abbreviation not") {
    const Document d("Basra. On Tuesday gunmen killed a farmer.\n\n"
                     "Brig. Gen. Ali Hassan said two soldiers were wounded.\n\n"
                     "Yes. The talks went on.");
    const auto& ps = d.paragraphs();
    REQUIRE(ps.size() == 3);
    CHECK(d.span_text(ps[0].dateline_place_begin, ps[0].dateline_place_end) == "Basra");
    CHECK(d.span_text(ps[0].dateline_end, ps[0].dateline_end + 1) == "On");
    CHECK(ps[1].dateline_end == 0);
    CHECK(ps[2].dateline_end == 0); // (three letters: no name taken for a label)
}

TEST_CASE("a full stop before a line break ends the sentence whatever opens the next line") {
    const Document d("Curfew announced.\n#Nasiriyah: forces opened fire.\n\u2022 on 3 March a "
                     "bomb went off.");
    REQUIRE(d.sentences().size() == 3);
    CHECK(d.span_text(d.sentences()[1].token_begin, d.sentences()[1].token_begin + 1) == "#");
}

TEST_CASE("sentence_of numbers every token with the last sentence starting at or before it") {
    const Document d("Title line\n\nRockets hit Taji. Two soldiers died! \"Attacks rose,\" he "
                     "said.\n\nA second paragraph here.");
    REQUIRE(d.sentences().size() >= 4);
    for (std::size_t i = 0; i < d.tokens().size(); ++i) {
        // (What a search of the sentences' starts gives.)
        std::size_t expected = 0;
        for (std::size_t s = 0; s < d.sentences().size(); ++s) {
            if (d.sentences()[s].token_begin <= i) {
                expected = s;
            }
        }
        CHECK(d.sentence_of(i) == expected);
    }
    // Past the last token: still the last sentence.
    CHECK(d.sentence_of(d.tokens().size() + 3) == d.sentences().size() - 1);
}

TEST_CASE("every list of words a scan tests has a sentence bit of its own") {
    // (Lists sharing a bit let each other's scans run on their words: reorder the words of the
    // list just added, which gives it another bit.)
    const auto shared = shared_word_group_bits();
    for (const auto& line : shared) {
        MESSAGE("word lists sharing bit " << line);
    }
    CHECK(shared.empty());
}

TEST_CASE("a token's hash is its lower form's, and a sentence's word groups hold its words") {
    const Document d("Mexm\u00fbr was SHELLED daily. K-1 base, Iraq\u2019s north: quiet.");
    static constexpr ScanWords kWords{"was", "mexmur", "shelled", "daily", "base", "iraq", "north"};
    const unsigned words_bit = word_group_bit<kWords>();
    std::size_t in_group = 0;
    for (std::size_t i = 0; i < d.tokens().size(); ++i) {
        CHECK(d.tokens()[i].lower_hash == HashedWord::hash_of(d.lower(i)));
        // (Each of the words is in its group, and its sentence holds the group.)
        if (std::find(kWords.begin(), kWords.end(), std::string_view(d.lower(i))) != kWords.end()) {
            ++in_group;
            CHECK(has_group(word_group_table().groups_of(d.tokens()[i].lower_hash), words_bit));
            CHECK(d.may_hold<kWords>(i, i + 1));
        }
    }
    CHECK(in_group == 7);
    const std::size_t first_end = d.sentences()[0].token_end;
    static constexpr ScanWords kDaily{"daily"};
    static constexpr ScanWords kAbsent{"regularly", "nightly", "rumours"};
    static constexpr ScanWords kQuiet{"quiet"};
    CHECK(d.may_hold<kDaily>(0, first_end));
    CHECK(d.may_hold<kDaily>(0, 1)); // (the whole sentence's words)
    CHECK(d.sentence_may_hold<kDaily>(0));
    CHECK_FALSE(d.may_hold<kAbsent>(0, d.tokens().size()));
    CHECK_FALSE(d.may_hold<kDaily>(3, 3)); // an empty range
    CHECK(d.may_hold<kQuiet>(0, d.tokens().size() + 10));
    // "hostages" has the low bits of "the" (what the Bloom filters before the groups told apart
    // by a second filter): a group's words are matched whole.
    static_assert((HashedWord::hash_of("hostages") & 1023U) ==
                  (HashedWord::hash_of("the") & 1023U));
    static constexpr ScanWords kHostages{"hostages"};
    static constexpr ScanWords kHostagesOrBase{"hostages", "base"};
    const Document the("Rockets hit the base.");
    CHECK_FALSE(the.may_hold<kHostages>(0, the.tokens().size()));
    CHECK(the.may_hold<kHostagesOrBase>(0, the.tokens().size()));
    // A group of an array of words, as a WordSet's.
    static constexpr auto kArray = std::to_array<std::string_view>({"rockets", "mortars"});
    CHECK(the.may_hold<kArray>(0, 1));
    // A range's groups answer as may_hold, empty ranges and ranges past the end included.
    for (std::size_t b = 0; b <= d.tokens().size() + 1; ++b) {
        for (std::size_t e = 0; e <= d.tokens().size() + 2; ++e) {
            const GroupBits groups = d.groups_in(b, e);
            CHECK(holds<kDaily>(groups) == d.may_hold<kDaily>(b, e));
            CHECK(holds<kQuiet>(groups) == d.may_hold<kQuiet>(b, e));
            CHECK(holds<kWords>(groups) == d.may_hold<kWords>(b, e));
            CHECK_FALSE(holds<kAbsent>(groups));
        }
    }
}

TEST_CASE("a word's hash is that of its 16-byte blocks, at compile time and run time alike") {
    // (What hash_of computes, byte by byte: each block's bytes little-endian in two halves,
    // zero bytes after the last.)
    const auto by_bytes = [](std::string_view s) {
        std::uint64_t h = HashedWord::seed(s.size());
        std::size_t at = 0;
        do {
            std::uint64_t half[2] = {0, 0};
            for (std::size_t k = 0; k < 16 && at + k < s.size(); ++k) {
                half[k / 8] |= std::uint64_t{static_cast<unsigned char>(s[at + k])}
                               << (8U * (k % 8));
            }
            h = HashedWord::hash_block(h, half[0], half[1]);
            at += 16;
        } while (at < s.size());
        return static_cast<std::size_t>(h);
    };
    const std::string text = "abcdefghijklmnopqrstuvwxyz0123456789-al \xc3\xa9 ABC.,";
    for (std::size_t from = 0; from < 4; ++from) {
        for (std::size_t n = 0; from + n <= text.size(); ++n) {
            // (a copy of its own, so that no byte past the word is there to be read)
            const std::string word = text.substr(from, n);
            CHECK(HashedWord::hash_of(word) == by_bytes(word));
        }
    }
    static constexpr std::string_view kLong = "improvised explosive device";
    constexpr std::size_t kAtCompileTime = HashedWord::hash_of(kLong);
    CHECK(HashedWord::hash_of(std::string(kLong)) == kAtCompileTime);
    CHECK(HashedWord::hash_of("") != HashedWord::hash_of(std::string_view("\0", 1)));
    // The tokenizer's hash for words it takes whole from a register (under 16 ASCII letters),
    // for longer words and for words of other bytes alike.
    const Document d("Counterinsurgency operations near Mexm\u00fbr; the twenty-two-year-old "
                     "CONSTITUTIONALITY of al-Qa'ida's claims, ABCDEFGHIJKLMNO abcdefghijklmnop.");
    for (std::size_t i = 0; i < d.tokens().size(); ++i) {
        CHECK(d.tokens()[i].lower_hash == HashedWord::hash_of(d.lower(i)));
    }
}

TEST_CASE("a scan for some words goes from one sentence that may hold them to the next") {
    const Document d("Rockets hit the base. Nothing else. A drone hit a car. Calm.");
    REQUIRE(d.sentences().size() == 4);
    static constexpr ScanWords kHit{"hit"};
    static constexpr ScanWords kAbsent{"absent"};
    std::vector<std::size_t> seen;
    for (std::size_t i = 0, span_end = 0; i < d.tokens().size(); ++i) {
        if (i >= span_end && (i = d.next_that_may_hold<kHit>(i, span_end)) >= d.tokens().size()) {
            break;
        }
        seen.push_back(i);
    }
    // The first and third sentences' tokens, every one of them, and no other.
    std::vector<std::size_t> expected;
    for (const std::size_t s : {0, 2}) {
        for (std::size_t i = d.sentences()[s].token_begin; i < d.sentences()[s].token_end; ++i) {
            expected.push_back(i);
        }
    }
    CHECK(seen == expected);
    std::size_t span_end = 0;
    CHECK(d.next_that_may_hold<kAbsent>(0, span_end) == d.tokens().size());
    CHECK(d.next_that_may_hold<kHit>(d.sentences()[2].token_begin + 1, span_end) ==
          d.sentences()[2].token_begin + 1);
    CHECK(span_end == d.sentences()[3].token_begin);
}

TEST_CASE("a line ending in a bracket without a full stop is not continued by the next") {
    const Document alerts("URGENT | 2 IEDS HIT A CONVOY. 3 KIA, 4 WIA (SECURITY SOURCE)\n"
                          "URGENT | CTS RAID IN THE HAMRIN MOUNTAINS OVERNIGHT: 5 KIA\n");
    REQUIRE(alerts.paragraphs().size() == 2);
    CHECK(alerts.span_text(alerts.paragraphs()[1].token_begin,
                           alerts.paragraphs()[1].token_begin + 1) == "URGENT");
    // A bracket after a full stop closes the line's sentence as before.
    const Document wrapped("Two soldiers were killed near Hit. (Reuters)\nThe army said "
                           "the attack was repelled.");
    CHECK(wrapped.sentences().size() >= 2);
}

TEST_CASE(
    "a hard-wrapped line that breaks off after 'the' or a comma goes on, a headline does not") {
    const Document d("Missiles hit two bases\n"
                     "The military said 22 missiles were fired: 17 at the\n"
                     "Ain al-Asad air base in Anbar, two of which did not explode,\n"
                     "Five more hit Erbil.\n");
    const auto s = sentence_texts(d);
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "Missiles hit two bases");
    CHECK(s[1] == "The military said 22 missiles were fired: 17 at the\nAin al-Asad air base in "
                  "Anbar, two of which did not explode,\nFive more hit Erbil.");
    CHECK(d.paragraphs().size() == 2);
}

TEST_CASE("a word hyphenated at a line's end is one word, a compound or name is not joined") {
    const Document d("four Iranian en-\ngineers and the governorate build-\n  ing; anti-\nUS "
                     "slogans, Al-\nQaim, well-known");
    const auto w = lowers(d);
    CHECK(std::find(w.begin(), w.end(), "engineers") != w.end());
    CHECK(std::find(w.begin(), w.end(), "building") != w.end());
    CHECK(std::find(w.begin(), w.end(), "en") == w.end());
    // (a capital after the break: two words, as written)
    CHECK(std::find(w.begin(), w.end(), "anti") != w.end());
    CHECK(std::find(w.begin(), w.end(), "qaim") != w.end());
    CHECK(std::find(w.begin(), w.end(), "well") != w.end());
    // (the joined word holds no line break: the line goes on)
    const Document p("The attack damaged the build-\ning. Police said so.");
    CHECK(p.paragraphs().size() == 1);
    CHECK(sentence_texts(p).size() == 2);
}

TEST_CASE("text wrapped at a fixed width: a line broken off before a name goes on") {
    const Document d(
        "Landmine wounds shepherd\n"
        "DUHOK - Turkish troops began building a new base on a hill above the villages on\n"
        "Sunday, residents said, and put up a checkpoint on the road to the nearby farms.\n"
        "On Saturday, a shepherd was wounded when an old landmine exploded in the hills near Kani\n"
        "Masi, the director of the sub-district added in a statement to local reporters.\n");
    const auto s = sentence_texts(d);
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "Landmine wounds shepherd"); // (the first line: a headline)
    CHECK(s[2].find("near Kani\nMasi, the director") != std::string::npos);
    // (Alert lines of capitals are each their own, wrapped or not.)
    const Document alerts("URGENT | 2 IEDS HIT PMF CONVOY ON SAMARRA-TIKRIT HWY NR ISHAQI. 3 KIA\n"
                          "URGENT | CTS RAID IN HAMRIN MTS OVERNIGHT: 5 IS KIA, 1 CTS WIA, SEIZED\n"
                          "UNCONFIRMED | REPORTS OF AIRSTRIKES IN WADI AL SHAY, NO COMMENT YET\n"
                          "NOTE | FOLLOW US FOR VERIFIED ALERTS ONLY, RUMOURS CAN KILL PEOPLE\n");
    CHECK(alerts.paragraphs().size() == 4);
}

TEST_CASE("a wire story's update notes and reporting credits are boilerplate") {
    const Document d("Missiles hit Erbil\n\n(Adds details of drones shot down near airport, "
                     "paragraph 5)\n\nIran fired missiles at Erbil on Monday.\n\n(Additional "
                     "reporting by Omar Sabah in Baghdad; Editing by Tim Rowe)");
    REQUIRE(d.paragraphs().size() == 4);
    CHECK(d.paragraphs()[1].kind == ParagraphKind::boilerplate);
    CHECK(d.paragraphs()[2].kind == ParagraphKind::body);
    CHECK(d.paragraphs()[3].kind == ParagraphKind::boilerplate);
}

TEST_CASE("a straight quote after a full stop opens the next sentence, or closes this one") {
    const Document opening("Shells fell near the homes. \"We heard them all night,\" he said.");
    CHECK(sentence_texts(opening) ==
          std::vector<std::string>{"Shells fell near the homes.",
                                   "\"We heard them all night,\" he said."});
    const Document closing("He said \"the homes were hit.\" Then he left.");
    CHECK(sentence_texts(closing) ==
          std::vector<std::string>{"He said \"the homes were hit.\"", "Then he left."});
}

TEST_CASE("token classes: by the table's hash and length bytes, numbers and non-words by flags") {
    // A class for the words of two and three bytes whose hash has an even low byte, one for
    // numbers, one for tokens that are no words.
    conflictmap::text::TokenClassTable table;
    for (std::size_t h = 0; h < table.by_hash.size(); h += 2) {
        table.by_hash[h] = 1;
    }
    table.by_length[2] = 1;
    table.by_length[3] = 1;
    table.set_flag_classes(2, 4);
    const std::string text = "On 12 March, 3 rockets hit the base at Al-Asad; two of them "
                             "fell near the runway.\n\nNo one was hurt, an official said.";
    const Document made(text, table); // (made while numbering the sentences)
    const Document asked(text);       // (made when asked)
    REQUIRE(made.tokens().size() > 16);
    REQUIRE(made.sentences().size() >= 2);
    const std::uint8_t* const a = made.token_classes(table);
    const std::uint8_t* const b = asked.token_classes(table);
    for (std::size_t i = 0; i < made.tokens().size(); ++i) {
        const auto& t = made.tokens()[i];
        const bool word_class = (t.lower_hash % 2 == 0) && (t.lower_size == 2 || t.lower_size == 3);
        const std::uint8_t expected = static_cast<std::uint8_t>(
            (word_class ? 1 : 0) | (t.is(conflictmap::text::kNumber) ? 2 : 0) |
            (t.is(conflictmap::text::kWord) ? 0 : 4));
        CHECK(a[i] == expected);
        CHECK(b[i] == expected);
    }
    // Eight zero bytes after the last token.
    for (std::size_t k = 0; k < 8; ++k) {
        CHECK(a[made.tokens().size() + k] == 0);
    }
    // The first number: "12".
    CHECK(made.surface(conflictmap::text::next_of_class(a, 0, made.tokens().size(), 2)) == "12");
    CHECK(conflictmap::text::next_of_class(a, 2, made.tokens().size(), 2) == 4); // "3"
}

TEST_CASE(
    "plain ASCII text's numbers and joining hyphens are read as the general loop reads them") {
    // (A text of fewer than 16 bytes is read by the general loop alone; the same words at the
    // start of a longer text by the plain-ASCII path.)
    for (const std::string piece :
         {"5,000 dead", "1.5 km", "2020-2021", "al-Asad", "x -y", "a - b", "12a b", "3. x", "4, 5",
          "7,5,6.1", "US-led", "K-1", "-5", "(10)", "9-", "a--b", "1,x", "2.b", "0.25"}) {
        REQUIRE(piece.size() < 16);
        const Document alone(piece);
        const Document early(piece + " and then the rest of the text, long enough.");
        REQUIRE(early.tokens().size() > alone.tokens().size());
        for (std::size_t i = 0; i < alone.tokens().size(); ++i) {
            const Token& a = alone.tokens()[i];
            const Token& b = early.tokens()[i];
            CHECK(a.begin == b.begin);
            CHECK(a.end == b.end);
            CHECK(a.flags == b.flags);
            CHECK(std::string_view(alone.lower(i)) == std::string_view(early.lower(i)));
            CHECK(a.lower_hash == b.lower_hash);
        }
    }
}

TEST_CASE("each line of a table's cells is a paragraph but a record wrapped over lines is one") {
    const Document table(
        "Province | Date | Place | Event | Casualties\n"
        "Basra | 7 Nov | Umm Qasr, port entrance | ISF cleared a sit-in | 3 killed\n"
        "Wasit | 10 Nov | Kut, northern entrance | tyres burned, road blocked | none\n"
        "Maysan | 12 Nov | Amarah, city centre | peaceful student march | none\n");
    REQUIRE(table.paragraphs().size() == 4);
    CHECK(table.surface(table.paragraphs()[2].token_begin) == "Wasit");
    // (lines of other widths, the second going on in lower case)
    const Document wrapped(
        "line 1 | date_start 2017-08-20 | date_end 2017-08-20 | Government of Iraq - IS | Tal "
        "Afar\n"
        "and surrounding villages (Tal Afar district, Ninawa) | where_prec 2 | best 27 | low 20\n");
    CHECK(wrapped.paragraphs().size() == 1);
}

TEST_CASE("a line that breaks off before a number goes on into the next") {
    const Document d(
        "UPDATE\nThe number of people killed in the bombing in Baghdad has risen to\n38, "
        "the health ministry now says.");
    REQUIRE(d.paragraphs().size() == 2);
    CHECK(d.sentences().size() == 2);
}

TEST_CASE("a footnote's number glued to a sentence's full stop ends the sentence with it") {
    const Document d("Most of the attacks were attributed to Kata'ib Hizballah.57 On December 27, "
                     "rockets struck K-1. Population 2.5 million.");
    REQUIRE(d.sentences().size() == 3);
    CHECK(d.surface(d.sentences()[0].token_end - 1) == "57");
    CHECK(d.surface(d.sentences()[1].token_begin) == "On");
}

TEST_CASE("a hard-wrapped line may go on with a bracket's aside but not with a list's letter") {
    const std::string wrapped =
        "After the KRG held an independence referendum on September 25, the Iraqi government\n"
        "moved to reassert federal authority in the disputed areas. On October 16, Iraqi Forces\n"
        "(ISF) and Popular Mobilization Forces took control of Kirkuk city and nearby oil fields\n"
        "after most Peshmerga units withdrew, with little resistance, the report said again.";
    const Document d(wrapped);
    REQUIRE(d.paragraphs().size() == 1);
    CHECK(d.sentences().size() == 2);
    const Document list(
        "After the KRG held an independence referendum on September 25, the Iraqi government\n"
        "moved to reassert federal authority in the disputed areas, in three steps as follows\n"
        "(a) federal forces took control of Kirkuk city and nearby oil fields in the morning\n"
        "(b) most Peshmerga units withdrew, with little resistance, the report said again.");
    CHECK(list.paragraphs().size() == 3);
}

TEST_CASE("a bulleted line opens with a wire's dateline but not with a list item's label") {
    const Document d("* NASIRIYAH - Protesters set fire to a party office.\n\n"
                     "* HAWIJA: further attacks on patrols are likely.");
    REQUIRE(d.paragraphs().size() == 2);
    CHECK(d.span_text(d.paragraphs()[0].dateline_place_begin,
                      d.paragraphs()[0].dateline_place_end) == "NASIRIYAH");
    CHECK(d.paragraphs()[1].dateline_end == 0);
}

TEST_CASE("a style note's entry name with a bracket on its spelling labels its paragraph") {
    const Document d("Nasiriyah (not Nassiriya). On Thursday security forces fired on a crowd.\n\n"
                     "Basra (not Basrah). Use the official name only in titles.");
    REQUIRE(d.paragraphs().size() == 2);
    CHECK(d.span_text(d.paragraphs()[0].dateline_place_begin,
                      d.paragraphs()[0].dateline_place_end) == "Nasiriyah");
    CHECK(d.span_text(d.paragraphs()[1].dateline_place_begin,
                      d.paragraphs()[1].dateline_place_end) == "Basra");
    // (a name with a bracket going on in the sentence is no label)
    const Document s("Kirkuk (Kerkuk) was calm on Friday.");
    CHECK(s.paragraphs()[0].dateline_end == 0);
}

TEST_CASE("a short first line and a heading in capitals are read and not boilerplate") {
    const Document d("Report on Diwaniyah\n\nA bomb killed two soldiers in the city.\n\nTags "
                     "Iraq\n\nSee also");
    REQUIRE(d.paragraphs().size() == 4);
    CHECK(d.paragraphs()[0].kind == ParagraphKind::title);
    CHECK(d.paragraphs()[3].kind == ParagraphKind::boilerplate); // (not among the first lines)
    const Document caps("FACT SHEET: CAMP ECHO, DIWANIYAH\n\nMortars hit the base on Tuesday.");
    CHECK(caps.paragraphs()[0].kind != ParagraphKind::boilerplate);
    // (a short line of capitals that names what happened stays a banner)
    const Document banner("BAGHDAD BLASTS\n\nTwo bombs went off in Baghdad on Tuesday.");
    CHECK(banner.paragraphs()[0].kind == ParagraphKind::boilerplate);
}

TEST_CASE("a date broken over two lines stays in its sentence") {
    const Document d("During the Hawija offensive he was wounded on 24 September\n2017, when a "
                     "roadside bomb struck his vehicle near Hawija.");
    CHECK(d.sentences().size() == 1);
    // (a live blog's day over its first clock time is two lines)
    const Document blog("1 May\n18:40 Clashes in Sinune; one soldier killed.\n");
    CHECK(blog.paragraphs().size() == 2);
}

TEST_CASE("a count broken over two lines stays in its sentence with a comma after it") {
    const Document d("- 13/10 Ras al-Ayn: an air strike hit a convoy on the road into the town, "
                     "killing at least\n  10, among them a journalist. Two ambulances were "
                     "damaged.\n");
    CHECK(d.sentences().size() == 2);
    // (as a count with its noun after it already did)
    const Document items("Rockets hit the base, killing at least\n10 people.\n");
    CHECK(items.sentences().size() == 1);
    // (also as the text's last two tokens)
    const Document last("Rockets hit the base, killing at least\n10 people");
    CHECK(last.sentences().size() == 1);
}

TEST_CASE("a wrapped line ending in a compass adjective goes on into its place") {
    const Document d(
        "Unidentified gunmen in pick-up trucks opened fire on anti-government protesters in "
        "central\n"
        "Baghdad late on Friday, in one of the bloodiest nights since the demonstrations began in\n"
        "October, and the attackers struck again at a square that protesters had held for weeks\n"
        "before the police came back and the shooting stopped, witnesses said to reporters there.");
    REQUIRE(d.paragraphs().size() == 1);
    REQUIRE(d.sentences().size() == 1);
}
