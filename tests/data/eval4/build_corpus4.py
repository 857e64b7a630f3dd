#!/usr/bin/env python3
"""Builds the fourth evaluation corpus from the annotated sources in source/.

    python3 tests/data/eval4/build_corpus4.py        # writes articles.jsonl, gold.jsonl,
                                                     # traps.jsonl, split.tsv, styles.tsv here

The formats, date expressions, type codes and place rules are those of the first corpus: this
script runs tests/data/eval/build_corpus.py's build() with this corpus's five styles, 40 to 700
words, the third corpus's check that no two counted gold events of one article would be merged
by the extractor's dedup rule, and a split drawn at random within each style with a fixed seed
(SPLIT_SEED): half of each style (rounded down) is `test`, the rest `dev`.

Authoring tool only (needs python3-yaml and PROJ's `geod`, from proj-bin); the build and the
tests read the generated files, which are committed. Edit source/*.yaml, never the outputs.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "eval"))
sys.path.insert(0, os.path.join(HERE, "..", "eval3"))
import build_corpus  # noqa: E402  (the first corpus's builder)
import build_corpus3  # noqa: E402  (the third corpus's dedup check)

STYLES = ["notes", "news", "variant", "nonevent", "long"]
SPLIT_SEED = 20250704


def seeded_split_by(styles, seed):
    """A split function: within each style (ids sorted), a shuffle seeded with `seed`; the first
    half (rounded down) is test. (build_seeded uses it.)"""
    return lambda articles: _seeded_split(articles, styles, seed)


def _seeded_split(articles, styles, seed):
    rng = random.Random(seed)
    split = {}
    for style in styles:
        ids = sorted(a["id"] for a in articles if a["_style"] == style)
        rng.shuffle(ids)
        for i, aid in enumerate(ids):
            split[aid] = "test" if i < len(ids) // 2 else "dev"
    return split


def build_seeded(here, styles, min_words, seed):
    """Builds the corpus in `here` as this one and every later one is built: the first corpus's
    build() with `styles` and at least `min_words` words an article, the third corpus's check
    that no two counted gold events of one article would be merged, and the split seeded with
    `seed` (half of each style, rounded down, is `test`)."""
    build_corpus.build(here, styles, min_words, seeded_split_by(styles, seed),
                       build_corpus3.no_merged_gold)


if __name__ == "__main__":
    build_seeded(HERE, STYLES, 40, SPLIT_SEED)
