#!/usr/bin/env python3
"""Builds the third evaluation corpus (our own dev material) from the annotated sources in source/.

    python3 tests/data/eval3/build_corpus3.py        # writes articles.jsonl, gold.jsonl,
                                                     # traps.jsonl, split.tsv, styles.tsv here

The formats, date expressions, type codes and place rules are those of the first corpus: this
script runs tests/data/eval/build_corpus.py's build() with the differences of this corpus: the
styles of the second corpus, every article `dev`, 40 to 700 words, and a check that no two
counted gold events of one article would be merged by the extractor's dedup rule (same
event_type, dates within a day, places within 10 km).

Authoring tool only (needs python3-yaml and PROJ's `geod`, from proj-bin); the build and the
tests read the generated files, which are committed. Edit source/*.yaml, never the outputs.
"""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "eval"))
import build_corpus  # noqa: E402  (the first corpus's builder)

STYLES = ["feature", "kurdish", "arabic", "turkish", "sitrep", "release", "acled", "alert",
          "roundup", "nonevent"]


def no_merged_gold(articles, gold):
    """The extractor merges events of one type within a day and 10 km, so two such counted gold
    events of one article could never both be found."""
    counted = [g for g in gold if not g["optional"] and g["lat"] is not None and g["event_date"]]
    for i, g in enumerate(counted):
        for h in counted[i + 1:]:
            if (g["article_id"] == h["article_id"] and g["event_type"] == h["event_type"] and
                    abs((dt.date.fromisoformat(g["event_date"]) -
                         dt.date.fromisoformat(h["event_date"])).days) <= 1 and
                    build_corpus.near_km(g["lat"], g["lon"], h["lat"], h["lon"]) <= 10.5):
                build_corpus.fail(g["article_id"], f"gold {g['location']!r} and "
                                                   f"{h['location']!r} would be merged by dedup")


def all_dev(articles):
    """Every article of this corpus is dev material."""
    return {a["id"]: "dev" for a in articles}


if __name__ == "__main__":
    build_corpus.build(HERE, STYLES, 40, all_dev, no_merged_gold)
