#!/usr/bin/env python3
"""Recomputes the 'listed' column of tests/data/gazetteer/geocode_variants.tsv.

A query is listed when it is, case-insensitively, literally a name, asciiname or alternate name
of some row of gazetteer/*.tsv; otherwise the resolver must earn it by normalisation or fuzzy
matching. Run with --update after changing the gazetteer or the variant list; without it the
script only reports rows whose column is wrong (exit 1 if any).
"""

import argparse
import os
import sys

from gazetteer_common import VARIANTS, gazetteer_files, names_of

HEADER = ["query", "lat", "lon", "kind", "listed"]


def gazetteer_names():
    names = set()
    for path in gazetteer_files():
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                fields = line.rstrip("\n").split("\t")
                if len(fields) == 19:
                    names.update(n.casefold() for n in names_of(fields))
    return names


def is_listed(query, names):
    return query.casefold() in names


def read_variants(path=VARIANTS):
    rows, problems = [], []
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        problems.append((path, "first line must be the header " + "\t".join(HEADER)))
        return rows, problems
    for number, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            problems.append((f"{path}:{number}", f"expected 5 columns, got {len(fields)}"))
            continue
        if fields[4] not in ("yes", "no"):
            problems.append((f"{path}:{number}", "listed must be yes or no"))
        rows.append((number, fields))
    return rows, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite the listed column")
    args = parser.parse_args()
    rows, problems = read_variants()
    for where, message in problems:
        print(f"error: {where}: {message}")
    if problems:
        return 1
    names = gazetteer_names()
    wrong = 0
    out = ["\t".join(HEADER)]
    for number, fields in rows:
        want = "yes" if is_listed(fields[0], names) else "no"
        if fields[4] != want:
            wrong += 1
            if not args.update:
                print(f"{os.path.relpath(VARIANTS)}:{number}: {fields[0]!r} listed should be {want}")
        out.append("\t".join(fields[:4] + [want]))
    if args.update:
        with open(VARIANTS, "w", encoding="utf-8", newline="\n") as handle:
            handle.write("\n".join(out) + "\n")
        total = len(rows)
        unlisted = sum(1 for line in out[1:] if line.endswith("\tno"))
        print(f"{total} rows, {unlisted} unlisted ({unlisted / max(total, 1):.0%}), "
              f"{wrong} changed")
        return 0
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
