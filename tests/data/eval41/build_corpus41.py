#!/usr/bin/env python3
"""Builds the forty-first evaluation corpus from the annotated sources in source/.

    python3 tests/data/eval41/build_corpus41.py      # writes articles.jsonl, gold.jsonl,
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
sys.path.insert(0, os.path.join(HERE, "..", "eval4"))
import build_corpus4  # noqa: E402  (the fourth corpus's build_seeded)

STYLES = ["onthisday41", "communique41", "wikidata41", "defencepress41",
          "pricewatch41", "teletext41", "riskfactors41", "councilwatch41"]
SPLIT_SEED = 20270309

if __name__ == "__main__":
    build_corpus4.build_seeded(HERE, STYLES, 60, SPLIT_SEED)
