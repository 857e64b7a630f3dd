#!/usr/bin/env python3
"""Builds the evaluation corpus files from the annotated sources in source/.

    python3 tests/data/eval/build_corpus.py          # writes articles.jsonl, gold.jsonl,
                                                     # traps.jsonl, split.tsv next to this file

Authoring tool only (needs python3-yaml and PROJ's `geod`, from proj-bin); the build and the
tests read the generated files, which are committed. Edit source/*.yaml, never the outputs.

Each source/batch*.yaml is a list of articles; source/places.yaml names every place an event or a
trap refers to. Relative locations ("25 km south-west of Kirkuk") are computed here on the WGS84
ellipsoid with geod's direct problem: distance along the geodesic from the reference place,
bearing = forward azimuth in degrees clockwise from true north at the reference place.
"Between X and Y" is the geodesic midpoint.
"""
import calendar
import datetime as dt
import glob
import json
import math
import os
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = {
    "B/clash": ("Battles", "Armed clash"),
    "B/regain": ("Battles", "Government regains territory"),
    "B/overtake": ("Battles", "Non-state actor overtakes territory"),
    "ERV/shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ERV/air": ("Explosions/Remote violence", "Air/drone strike"),
    "ERV/suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "ERV/ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "ERV/grenade": ("Explosions/Remote violence", "Grenade"),
    "ERV/chemical": ("Explosions/Remote violence", "Chemical weapon"),  # (eval21: Halabja, 1988)
    "VAC/attack": ("Violence against civilians", "Attack"),
    "VAC/abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "P/peaceful": ("Protests", "Peaceful protest"),
    "P/intervention": ("Protests", "Protest with intervention"),
    "P/excessive": ("Protests", "Excessive force against protesters"),
    "R/violent": ("Riots", "Violent demonstration"),
    "R/mob": ("Riots", "Mob violence"),
    "SD/agreement": ("Strategic developments", "Agreement"),
    "SD/arrests": ("Strategic developments", "Arrests"),
    "SD/change": ("Strategic developments", "Change to group/activity"),
    "SD/disrupted": ("Strategic developments", "Disrupted weapons use"),
    "SD/hq": ("Strategic developments", "Headquarters or base established"),
    "SD/looting": ("Strategic developments", "Looting/property destruction"),
    "SD/transfer": ("Strategic developments", "Non-violent transfer of territory"),
    "SD/other": ("Strategic developments", "Other"),
}
COUNTRY_NAMES = {"IQ": "Iraq", "SY": "Syria", "IR": "Iran", "TR": "Turkey", "JO": "Jordan", "SD": "Sudan",
                 "IL": "Israel"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
STYLES = ["wire", "kurdish", "arabic", "analysis", "roundup", "acled", "caption", "release",
          "alert", "nonevent", "outside"]


def fail(where, msg):
    sys.exit(f"build_corpus: {where}: {msg}")


def geod_direct(lat, lon, az, metres):
    out = subprocess.run(["geod", "+ellps=WGS84", "-f", "%.7f"], check=True, text=True,
                         input=f"{lat} {lon} {az} {metres}\n", capture_output=True).stdout
    f = out.split()
    return float(f[0]), float(f[1])


def geod_inverse(lat1, lon1, lat2, lon2):
    out = subprocess.run(["geod", "+ellps=WGS84", "-I", "-f", "%.7f"], check=True, text=True,
                         input=f"{lat1} {lon1} {lat2} {lon2}\n", capture_output=True).stdout
    f = out.split()
    return float(f[0]), float(f[2])  # forward azimuth, distance in metres


BEARINGS = {"N": 0, "NNE": 22.5, "NE": 45, "ENE": 67.5, "E": 90, "ESE": 112.5, "SE": 135,
            "SSE": 157.5, "S": 180, "SSW": 202.5, "SW": 225, "WSW": 247.5, "W": 270,
            "WNW": 292.5, "NW": 315, "NNW": 337.5}


def near_km(lat1, lon1, lat2, lon2):
    """Great-circle distance (a sphere is precise enough for the 10 km trap check)."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))


def resolve_date(expr, published, where):
    """Returns (iso date or None, time_precision or None)."""
    if expr is None:
        return None, None
    if isinstance(expr, dt.date):
        return expr.isoformat(), 1
    s = str(expr).strip()
    pub = dt.date.fromisoformat(published)
    if s == "pub":
        return pub.isoformat(), 1
    if s.startswith("pub-"):
        return (pub - dt.timedelta(days=int(s[4:]))).isoformat(), 1
    if s.startswith("dow:"):  # most recent such weekday on or before the reference date
        wd = WEEKDAYS.index(s[4:].lower())
        back = (pub.weekday() - wd) % 7
        return (pub - dt.timedelta(days=back)).isoformat(), 1
    if s.startswith("dow<:"):  # strictly before the reference date
        wd = WEEKDAYS.index(s[5:].lower())
        back = (pub.weekday() - wd) % 7 or 7
        return (pub - dt.timedelta(days=back)).isoformat(), 1
    if s == "lastweek":  # Thursday of the previous Monday-Sunday week
        monday = pub - dt.timedelta(days=pub.weekday() + 7)
        return (monday + dt.timedelta(days=3)).isoformat(), 2
    if s.startswith("week:"):  # a week given by any of its days: its Thursday
        d = dt.date.fromisoformat(s[5:])
        monday = d - dt.timedelta(days=d.weekday())
        return (monday + dt.timedelta(days=3)).isoformat(), 2
    for prefix, day in (("month:", 15), ("early:", 1), ("late:", None)):
        if s.startswith(prefix):
            y, m = (int(x) for x in s[len(prefix):].split("-"))
            d = day if day is not None else calendar.monthrange(y, m)[1]
            return dt.date(y, m, d).isoformat(), 3
    try:
        return dt.date.fromisoformat(s).isoformat(), 1
    except ValueError:
        fail(where, f"bad date expression {expr!r}")


def resolve_place(at, places, where):
    """Returns dict(location, lat, lon, country, disputed, basis)."""
    if at is None:
        # Unlocated, but the country is clear from the article (all unlocated gold events of
        # this corpus happen in Iraq); it lets a country-level prediction match.
        return dict(location=None, lat=None, lon=None, country="IQ", disputed=None,
                    basis="not in the text")
    if isinstance(at, str) and at.startswith("country:"):
        cc = at[8:]
        return dict(location=COUNTRY_NAMES[cc], lat=None, lon=None, country=cc, disputed=None,
                    basis="country level only")
    if isinstance(at, str):
        if at not in places:
            fail(where, f"unknown place {at!r}")
        p = places[at]
        return dict(location=p["name"], lat=p["lat"], lon=p["lon"], country=p["cc"],
                    disputed=p.get("disp"), basis=p["basis"])
    if "from" in at:
        ref = places.get(at["from"]) or fail(where, f"unknown place {at['from']!r}")
        b = at["bearing"]
        az = BEARINGS[b] if isinstance(b, str) else float(b)
        lat, lon = geod_direct(ref["lat"], ref["lon"], az, float(at["km"]) * 1000.0)
        return dict(location=at["name"], lat=round(lat, 5), lon=round(lon, 5), country=ref["cc"],
                    disputed=ref.get("disp"),
                    basis=f"{at['km']} km at azimuth {az:g} deg from {ref['name']} "
                          f"({ref['lat']}, {ref['lon']}), WGS84 geodesic")
    if "between" in at:
        a, b = (places.get(k) or fail(where, f"unknown place {k!r}") for k in at["between"])
        az, dist = geod_inverse(a["lat"], a["lon"], b["lat"], b["lon"])
        lat, lon = geod_direct(a["lat"], a["lon"], az, dist / 2.0)
        disp = a.get("disp") if a.get("disp") == b.get("disp") else None
        return dict(location=at["name"], lat=round(lat, 5), lon=round(lon, 5), country=a["cc"],
                    disputed=disp,
                    basis=f"geodesic midpoint of {a['name']} and {b['name']}")
    if "lat" in at:
        return dict(location=at["name"], lat=at["lat"], lon=at["lon"], country=at["cc"],
                    disputed=at.get("disp"), basis=at["basis"])
    fail(where, f"bad place {at!r}")


def stratified_split(articles):
    """~40% test, stratified by style (within a style, in id order: dev test dev test dev)."""
    by_style = {}
    for a in articles:
        by_style.setdefault(a["_style"], []).append(a)
    split = {}
    for style, group in by_style.items():
        for i, a in enumerate(sorted(group, key=lambda x: x["id"])):
            split[a["id"]] = a["_split"] or ("test" if i % 5 in (1, 3) else "dev")
    return split


def main():
    build(HERE, STYLES, 60, stratified_split)


def build(here, styles, min_words, assign_split, check=None):
    """Reads here/source and writes the corpus files into here. assign_split(articles) gives
    each article id its set; check(articles, gold), when given, is run before writing (it calls
    fail() on an authoring error). Also used by the third corpus's builder (eval3)."""
    with open(os.path.join(here, "source", "places.yaml"), encoding="utf-8") as f:
        places = yaml.safe_load(f)
    for key, p in places.items():
        for field in ("name", "lat", "lon", "cc", "basis"):
            if field not in p:
                fail(f"places.yaml:{key}", f"missing {field}")
    articles, gold, traps = [], [], []
    seen = set()
    for path in sorted(glob.glob(os.path.join(here, "source", "batch*.yaml"))):
        with open(path, encoding="utf-8") as f:
            batch = yaml.safe_load(f)
        for a in batch:
            aid = a["id"]
            where = f"{os.path.basename(path)}:{aid}"
            if aid in seen:
                fail(where, "duplicate id")
            seen.add(aid)
            if a["style"] not in styles:
                fail(where, f"unknown style {a['style']}")
            published = a["published"]
            published = published.isoformat() if isinstance(published, dt.date) else published
            text = a["text"].strip()
            words = len(text.split())
            if not min_words <= words <= 700:
                fail(where, f"{words} words")
            articles.append(dict(id=aid, title=a["title"], published=published,
                                 source=a["source"], text=text,
                                 _style=a["style"], _split=a.get("split")))
            for i, e in enumerate(a.get("events") or []):
                ew = f"{where}#{i + 1}"
                if e["type"] not in TYPES:
                    fail(ew, f"unknown type {e['type']}")
                et, st = TYPES[e["type"]]
                date, tp = resolve_date(e.get("date"), published, ew)
                if "tp" in e:
                    tp = e["tp"]
                place = resolve_place(e.get("at"), places, ew)
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
                gold.append(dict(
                    article_id=aid, event_type=et, sub_event_type=st, event_date=date,
                    time_precision=tp, location=place["location"], lat=place["lat"],
                    lon=place["lon"], geo_precision=gp, country=place["country"],
                    fatalities=int(e["fat"]), injuries=int(e.get("inj", 0)),
                    actor1=e.get("a1", ""), actor2=e.get("a2", ""), disputed=disputed,
                    background=bool(e.get("bg", False)), optional=bool(e.get("opt", False)),
                    note=e["note"].strip(), location_basis=place["basis"]))
            for t in a.get("traps") or []:
                p = places.get(t["key"]) or fail(where, f"unknown trap place {t['key']!r}")
                name = t.get("name", p["name"])
                if name not in text:
                    fail(where, f"trap name {name!r} is not in the text")
                for g in gold:
                    # The scorer ignores a trap near a gold place of its article: such a trap
                    # tests nothing, so it is an authoring error.
                    if (g["article_id"] == aid and g["lat"] is not None and
                            near_km(g["lat"], g["lon"], p["lat"], p["lon"]) <= 10.5):
                        fail(where, f"trap {name!r} lies within 10 km of gold {g['location']!r}")
                traps.append(dict(article_id=aid, name=name, lat=p["lat"], lon=p["lon"],
                                  why=t["why"]))
    if check is not None:
        check(articles, gold)
    split = assign_split(articles)
    out = lambda name: open(os.path.join(here, name), "w", encoding="utf-8", newline="\n")
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
            f.write(f"{a['id']}\t{split[a['id']]}\n")
    with out("styles.tsv") as f:
        for a in articles:
            f.write(f"{a['id']}\t{a['_style']}\n")
    print(f"{len(articles)} articles, {len(gold)} gold events, {len(traps)} traps, "
          f"{sum(1 for v in split.values() if v == 'test')} test", file=sys.stderr)


if __name__ == "__main__":
    main()
