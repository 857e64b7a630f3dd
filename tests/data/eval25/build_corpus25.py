#!/usr/bin/env python3
"""Builds the twenty-fifth evaluation corpus from the annotated sources in source/.

    python3 tests/data/eval25/build_corpus25.py      # writes articles.jsonl, gold.jsonl,
                                                     # traps.jsonl, split.tsv, styles.tsv here

The formats, date expressions, type codes and place rules are those of the first corpus: this
script runs tests/data/eval/build_corpus.py's build() with this corpus's eight styles, 60 to
700 words, the third corpus's check that no two counted gold events of one article would be
merged by the extractor's dedup rule, and the fourth corpus's seeded split (seeded_split_by)
with this corpus's seed (SPLIT_SEED): half of each style (rounded down) is `test`.

Authoring tool only (needs python3-yaml and PROJ's `geod`, from proj-bin); the build and the
tests read the generated files, which are committed. Edit source/*.yaml, never the outputs.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for corpus in ("eval", "eval3", "eval4"):
    sys.path.insert(0, os.path.join(HERE, "..", corpus))
import build_corpus  # noqa: E402  (the first corpus's builder)
import build_corpus3  # noqa: E402  (the third corpus's dedup check)
import build_corpus4  # noqa: E402  (the fourth corpus's seeded split)

STYLES = ["interview25", "pressconf25", "unsc25", "factbox25", "explainer25", "correction25",
          "wrap25", "preview25"]
SPLIT_SEED = 20261229

if __name__ == "__main__":
    build_corpus.build(HERE, STYLES, 60, build_corpus4.seeded_split_by(STYLES, SPLIT_SEED),
                       build_corpus3.no_merged_gold)
