#!/usr/bin/env python3
"""Builds the second, fully held-out evaluation corpus (tests/data/eval2) from source/.

    python3 tests/data/eval2/build_corpus2.py     # writes articles.jsonl, gold.jsonl,
                                                  # traps.jsonl, split.tsv, styles.tsv here

Authoring tool only (python3-yaml and PROJ's `geod`). The annotated sources have the same shape
as those of the first corpus (tests/data/eval/source), so the date expressions, event type
codes and place forms (named key, {from, bearing, km}, {between}, {lat, lon}, country:XX) are
resolved by that corpus's builder, imported here rather than duplicated; only what differs is
here: other styles, every article in the test set, longer texts, and one more check (two
counted gold events of one article that an extractor would have to merge).
"""
import datetime as dt
import glob
import importlib.util
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "build_corpus", os.path.join(HERE, "..", "eval", "build_corpus.py"))
first = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(first)

# style -> (min words, max words)
STYLES = {
    "feature": (300, 900),     # long wire or magazine pieces, several events, much context
    "kurdish": (60, 900),      # Kurdish outlets, Kurdish spellings
    "arabic": (60, 900),       # translated Arabic outlets, Arabic-script names in parentheses
    "turkish": (60, 900),      # Turkish outlets and ministry statements on northern Iraq
    "sitrep": (100, 900),      # OCHA-like situation reports, IOM displacement notes
    "release": (40, 900),      # CTS, PMF media, Peshmerga ministry, CJTF-OIR, Turkish MoD
    "acled": (15, 400),        # ACLED-notes one-liners
    "alert": (10, 300),        # social-media-derived alerts
    "roundup": (150, 900),     # weekly roundups with many dated incidents
    "nonevent": (150, 900),    # politics, economy, courts: mostly no event
}


def fail(where, msg):
    sys.exit(f"build_corpus2: {where}: {msg}")


def main():
    with open(os.path.join(HERE, "source", "places.yaml"), encoding="utf-8") as f:
        places = yaml.safe_load(f)
    for key, p in places.items():
        for field in ("name", "lat", "lon", "cc", "basis"):
            if field not in p:
                fail(f"places.yaml:{key}", f"missing {field}")
    articles, gold, traps = [], [], []
    seen = set()
    for path in sorted(glob.glob(os.path.join(HERE, "source", "batch*.yaml"))):
        with open(path, encoding="utf-8") as f:
            batch = yaml.safe_load(f)
        for a in batch:
            aid = a["id"]
            where = f"{os.path.basename(path)}:{aid}"
            if aid in seen:
                fail(where, "duplicate id")
            seen.add(aid)
            if a["style"] not in STYLES:
                fail(where, f"unknown style {a['style']}")
            published = a["published"]
            published = published.isoformat() if isinstance(published, dt.date) else published
            if not "2017-01-01" <= published <= "2024-12-31":
                fail(where, f"published {published} outside 2017-2024")
            text = a["text"].strip()
            words = len(text.split())
            lo, hi = STYLES[a["style"]]
            if not lo <= words <= hi:
                fail(where, f"{words} words, style {a['style']} wants {lo}-{hi}")
            articles.append(dict(id=aid, title=a["title"], published=published,
                                 source=a["source"], text=text, _style=a["style"],
                                 _words=words))
            mine = []
            for i, e in enumerate(a.get("events") or []):
                ew = f"{where}#{i + 1}"
                if e["type"] not in first.TYPES:
                    fail(ew, f"unknown type {e['type']}")
                et, st = first.TYPES[e["type"]]
                date, tp = first.resolve_date(e.get("date"), published, ew)
                if "tp" in e:
                    tp = e["tp"]
                if date is not None and date > published:
                    fail(ew, f"event date {date} after publication {published}")
                place = first.resolve_place(e.get("at"), places, ew)
                gp = e.get("gp")
                if place["lat"] is None and place["location"] is None:
                    gp = None
                elif place["lat"] is None:
                    gp = 3
                elif gp not in (1, 2, 3):
                    fail(ew, "located event needs gp 1-3")
                disputed = e["disp"] if "disp" in e else place["disputed"]
                for field in ("fat", "note"):
                    if field not in e:
                        fail(ew, f"missing {field}")
                g = dict(
                    article_id=aid, event_type=et, sub_event_type=st, event_date=date,
                    time_precision=tp, location=place["location"], lat=place["lat"],
                    lon=place["lon"], geo_precision=gp, country=place["country"],
                    fatalities=int(e["fat"]), injuries=int(e.get("inj", 0)),
                    actor1=e.get("a1", ""), actor2=e.get("a2", ""), disputed=disputed,
                    background=bool(e.get("bg", False)), optional=bool(e.get("opt", False)),
                    note=e["note"].strip(), location_basis=place["basis"])
                # A counted event the ACLED dedup rule (same type, within a day and 10 km)
                # would merge with another counted event of the article is an authoring error.
                for h in mine:
                    if (not g["optional"] and not h["optional"] and h["event_type"] == et and
                            g["lat"] is not None and h["lat"] is not None and
                            date is not None and h["event_date"] is not None and
                            abs((dt.date.fromisoformat(date) -
                                 dt.date.fromisoformat(h["event_date"])).days) <= 1 and
                            first.near_km(g["lat"], g["lon"], h["lat"], h["lon"]) <= 10.0):
                        fail(ew, f"would merge with the event at {h['location']}")
                mine.append(g)
                gold.append(g)
            for t in a.get("traps") or []:
                p = places.get(t["key"]) or fail(where, f"unknown trap place {t['key']!r}")
                name = t.get("name", p["name"])
                if name not in text:
                    fail(where, f"trap name {name!r} is not in the text")
                for g in mine:
                    if (g["lat"] is not None and
                            first.near_km(g["lat"], g["lon"], p["lat"], p["lon"]) <= 10.5):
                        fail(where, f"trap {name!r} lies within 10 km of gold {g['location']!r}")
                traps.append(dict(article_id=aid, name=name, lat=p["lat"], lon=p["lon"],
                                  why=t["why"]))
    out = lambda name: open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n")
    with out("articles.jsonl") as f:
        for a in articles:
            f.write(json.dumps({k: v for k, v in a.items() if not k.startswith("_")},
                               ensure_ascii=False) + "\n")
    with out("gold.jsonl") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    with out("traps.jsonl") as f:
        for t in traps:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with out("split.tsv") as f:
        for a in articles:
            f.write(f"{a['id']}\ttest\n")
    with out("styles.tsv") as f:
        for a in articles:
            f.write(f"{a['id']}\t{a['_style']}\n")
    words = sorted(a["_words"] for a in articles)
    print(f"{len(articles)} articles ({sum(words)} words, median {words[len(words) // 2]}), "
          f"{len(gold)} gold events ({sum(g['optional'] for g in gold)} optional), "
          f"{len(traps)} traps", file=sys.stderr)


if __name__ == "__main__":
    main()
