// Frequent English words that are also place names somewhere (GeoNames has towns called "Of",
// "Police", "Hit", "Mobile"): such a name needs a locative context to count as a place. So do
// the few given names that are also the names of Iraqi villages in the embedded gazetteer
// ("Bashir said" is a person, "in Bashir" the village south of Kirkuk), or that the index
// keeps as a place's name without its designator ("Hajar" for Mosul's Wadi Hajar quarter:
// "Hajar Ahmed said" is a person).
#include "events/phrase_table.hpp"
#include "events/toponyms.hpp"

#include <algorithm>
#include <array>

namespace conflictmap::events {

namespace {
const WordSet kCommonWords = {
    "a",         "about",     "above",    "across",    "after",      "again",        "against",
    "ago",       "air",       "airport",  "all",       "almost",     "alone",        "along",
    "already",   "also",      "although", "always",    "am",         "among",        "an",
    "and",       "another",   "any",      "anyone",    "anything",   "april",        "are",
    "area",      "army",      "around",   "as",        "at",         "attack",       "august",
    "away",      "back",      "bad",      "bank",      "base",       "bath",         "be",
    "bear",      "because",   "been",     "before",    "began",      "behind",       "being",
    "below",     "best",      "better",   "between",   "big",        "bill",         "black",
    "blue",      "body",      "both",     "bottom",    "boy",        "brook",        "burn",
    "but",       "by",        "call",     "came",      "camp",       "can",          "cape",
    "cardinal",  "care",      "carry",    "case",      "cause",      "center",       "central",
    "centre",    "certain",   "chance",   "change",    "charge",     "chief",        "child",
    "city",      "clear",     "close",    "coalition", "cold",       "come",         "common",
    "concord",   "condition", "congress", "could",     "council",    "country",      "course",
    "court",     "cross",     "cut",      "dam",       "day",        "deal",         "december",
    "defence",   "defense",   "deputy",   "did",       "different",  "do",           "does",
    "done",      "door",      "down",     "draw",      "during",     "each",         "eagle",
    "early",     "east",      "eastern",  "easy",      "eight",      "either",       "else",
    "end",       "enough",    "even",     "evening",   "ever",       "every",        "face",
    "fact",      "fair",      "fall",     "far",       "farm",       "fast",         "father",
    "february",  "few",       "field",    "fight",     "fine",       "fire",         "first",
    "five",      "floor",     "florence", "fly",       "for",        "force",        "forces",
    "forest",    "form",      "forward",  "four",      "free",       "freedom",      "friday",
    "from",      "front",     "full",     "game",      "general",    "get",          "give",
    "given",     "glad",      "go",       "going",     "gold",       "good",         "government",
    "grand",     "great",     "green",    "ground",    "group",      "grow",         "guard",
    "had",       "half",      "hall",     "hand",      "happy",      "hard",         "has",
    "have",      "he",        "head",     "hear",      "heart",      "held",         "help",
    "her",       "here",      "high",     "hill",      "him",        "his",          "hit",
    "hold",      "home",      "hope",     "hot",       "hour",       "house",        "how",
    "however",   "hundred",   "i",        "if",        "in",         "independence", "inside",
    "into",      "is",        "island",   "it",        "its",        "january",      "job",
    "july",      "june",      "just",     "justice",   "keep",       "key",          "kind",
    "king",      "know",      "lake",     "land",      "large",      "last",         "late",
    "later",     "law",       "lead",     "left",      "less",       "let",          "liberation",
    "liberty",   "life",      "light",    "like",      "line",       "little",       "live",
    "long",      "look",      "lord",     "love",      "low",        "made",         "main",
    "major",     "make",      "man",      "many",      "march",      "mark",         "market",
    "martyrs",   "may",       "me",       "mean",      "meet",       "mercy",        "middle",
    "might",     "mile",      "miles",    "military",  "mill",       "minister",     "ministry",
    "mission",   "mobile",    "monday",   "more",      "morning",    "most",         "mother",
    "mount",     "move",      "much",     "must",      "my",         "name",         "nation",
    "navy",      "near",      "need",     "never",     "new",        "news",         "next",
    "nice",      "night",     "nine",     "no",        "none",       "north",        "northern",
    "not",       "nothing",   "november", "now",       "number",     "october",      "of",
    "off",       "office",    "officer",  "officials", "old",        "on",           "once",
    "one",       "only",      "open",     "or",        "orange",     "order",        "other",
    "our",       "out",       "over",     "own",       "page",       "park",         "part",
    "party",     "pass",      "past",     "peace",     "people",     "place",        "plain",
    "plant",     "play",      "point",    "police",    "port",       "post",         "power",
    "president", "press",     "prime",    "program",   "providence", "public",       "put",
    "queen",     "question",  "quick",    "race",      "rain",       "range",        "read",
    "reading",   "real",      "red",      "republic",  "rest",       "right",        "ring",
    "river",     "road",      "rock",     "room",      "round",      "rule",         "run",
    "safe",      "said",      "saint",    "sale",      "same",       "saturday",     "say",
    "school",    "sea",       "second",   "security",  "see",        "seen",         "send",
    "sent",      "september", "service",  "set",       "seven",      "shall",        "she",
    "short",     "should",    "show",     "side",      "sign",       "since",        "six",
    "small",     "so",        "some",     "son",       "sources",    "south",        "southern",
    "split",     "spokesman", "spring",   "square",    "stand",      "star",         "start",
    "state",     "states",    "station",  "stay",      "still",      "stone",        "stop",
    "street",    "strong",    "such",     "summer",    "sun",        "sunday",       "sure",
    "table",     "take",      "talk",     "ten",       "than",       "that",         "the",
    "their",     "them",      "then",     "there",     "these",      "they",         "thing",
    "think",     "third",     "this",     "those",     "three",      "through",      "thursday",
    "time",      "to",        "today",    "together",  "told",       "too",          "top",
    "town",      "trade",     "tree",     "true",      "tuesday",    "turn",         "two",
    "under",     "union",     "unit",     "united",    "unity",      "until",        "up",
    "upon",      "us",        "use",      "valley",    "very",       "victoria",     "victory",
    "village",   "voice",     "wait",     "walk",      "wall",       "war",          "was",
    "watch",     "water",     "way",      "we",        "wednesday",  "week",         "well",
    "went",      "were",      "west",     "western",   "what",       "when",         "where",
    "which",     "while",     "white",    "who",       "whole",      "why",          "will",
    "wind",      "winter",    "with",     "within",    "without",    "woman",        "wood",
    "word",      "work",      "world",    "would",     "year",       "yes",          "yesterday",
    "yet",       "you",       "young",    "your",      "zone",
};

/// Given names (and surnames) that are also villages of the embedded gazetteer, or such a
/// place's name without its designator or article: Wadi Hajar, (Imam) Ali Air Base,
/// (Al-)Omar oil field, Saddam (International Airport), (Al-)Walid crossing, Sadr (City).
const WordSet kPersonNamesThatArePlaces = {"ali",  "barzan", "bashir", "hajar", "kanaan",
                                           "omar", "sadr",   "saddam", "walid"};
} // namespace

bool is_common_word(std::string_view lower) {
    return kCommonWords.contains(lower) || kPersonNamesThatArePlaces.contains(lower);
}
bool is_common_word(const text::HashedWord& lower) {
    return kCommonWords.contains(lower) || kPersonNamesThatArePlaces.contains(lower);
}

} // namespace conflictmap::events
