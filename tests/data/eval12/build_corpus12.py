#!/usr/bin/env python3
"""Builds the twelfth evaluation corpus from the annotated sources in source/.

    python3 tests/data/eval12/build_corpus12.py      # writes articles.jsonl, gold.jsonl,
                                                     # traps.jsonl, split.tsv, styles.tsv here

It runs tests/data/eval4/build_corpus4.py's build_seeded(): the first corpus's formats, date
expressions, type codes and place rules, the third corpus's dedup check and a split seeded with
SPLIT_SEED, with this corpus's styles.

Authoring tool only (needs python3-yaml and PROJ's `geod`, from proj-bin); the build and the
tests read the generated files, which are committed. Edit source/*.yaml, never the outputs.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for corpus in ("eval", "eval3", "eval4"):
    sys.path.insert(0, os.path.join(HERE, "..", corpus))
import build_corpus  # noqa: E402  (the first corpus's builder)
import build_corpus4  # noqa: E402  (the fourth corpus's build_seeded)

STYLES = ["wireupdate", "kurdmedia", "regional", "aviation", "displacement", "newsletter",
          "scraped", "condemnation"]
SPLIT_SEED = 20261122

if __name__ == "__main__":
    build_corpus.COUNTRY_NAMES.setdefault("YE", "Yemen")
    build_corpus4.build_seeded(HERE, STYLES, 60, SPLIT_SEED)
