#!/usr/bin/env python3
"""Writes tests/data/gazetteer/geocode_variants.tsv from data/variant_sources.txt.

variant_sources.txt holds one spelling per line: query|place name|kind. The place name picks
the gazetteer row whose coordinates are the true point (governorate kinds look only at
iraq_governorates.tsv, whose points are the seats). Literal copies of gazetteer names teach
the resolver little, so at most two listed queries per place are kept (the seed queries are
always kept); every unlisted spelling is kept. Then variant_listing decides 'listed'.
"""

import os
import sys

from gazetteer_common import DATA_DIR, GAZ_DIR, VARIANTS
import variant_listing

FILES = ["iraq_places", "iraq_sites", "region_places", "world", "iraq_governorates"]
SEEDS = {"Kirkuk", "K1", "Ain Al Assad", "Makhmour", "Baghdad airport", "Anbar", "Dover, DE"}
LISTED_PER_PLACE = 2


def main():
    rows = {}
    for key in FILES:
        with open(os.path.join(GAZ_DIR, f"{key}.tsv"), encoding="utf-8") as handle:
            for line in handle:
                fields = line.rstrip("\n").split("\t")
                rows.setdefault((key, fields[1]), []).append(fields)
    names = variant_listing.gazetteer_names()
    seen, out, listed_count, problems = set(), [], {}, 0
    with open(os.path.join(DATA_DIR, "variant_sources.txt"), encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            query, place, kind = line.split("|")
            if query.casefold() in seen:
                continue
            seen.add(query.casefold())
            files = ["iraq_governorates"] if kind == "governorate" else FILES
            hit = None
            for key in files:
                if (key, place) in rows:
                    candidates = rows[(key, place)]
                    hit = ([c for c in candidates if c[6] != "A"] or candidates)[0]
                    break
            if hit is None:
                print(f"variant_sources.txt:{number}: no gazetteer row named {place!r}")
                problems += 1
                continue
            listed = "yes" if variant_listing.is_listed(query, names) else "no"
            if listed == "yes" and query not in SEEDS:
                listed_count[place] = listed_count.get(place, 0) + 1
                if listed_count[place] > LISTED_PER_PLACE:
                    continue
            out.append([query, hit[4], hit[5], kind, listed])
    with open(VARIANTS, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\t".join(variant_listing.HEADER) + "\n")
        for row in out:
            handle.write("\t".join(row) + "\n")
    unlisted = sum(1 for row in out if row[4] == "no")
    print(f"{len(out)} rows, {unlisted} unlisted ({unlisted / max(len(out), 1):.0%})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
