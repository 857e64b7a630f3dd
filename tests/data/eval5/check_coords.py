#!/usr/bin/env python3
"""Checks that every located gold event (and every trap) of a corpus lies in its country.

    python3 tests/data/eval5/check_coords.py [CORPUS_DIR]     # default: this (the fifth) corpus
    python3 tests/data/eval5/check_coords.py tests/data/eval6

Point-in-polygon against Natural Earth's countries layer (world_map.gpkg, public domain; its
path can be given with WORLD_MAP=...), exported with ogr2ogr. Borders are generalised, so a
point within TOLERANCE_KM of its country's outline is accepted (with a note). Also prints, for
information, gold events whose `disputed` flag differs from the project's approximate district
polygons (gazetteer/disputed_territories.geojson, extended claims excluded). Exit status 1 when a
point lies outside its country. Authoring tool only (needs ogr2ogr from gdal-bin).
"""
import json
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..")
WORLD_MAP = os.environ.get("WORLD_MAP",
                           "/work/data/qgis/usr/share/qgis/resources/data/world_map.gpkg")
TOLERANCE_KM = 5.0


def rings_of(geometry):
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return polys


def inside(lon, lat, polys):
    for poly in polys:
        hit = False
        for ring in poly:  # outer ring then holes: even-odd rule over all rings
            n = len(ring)
            for i in range(n):
                x1, y1 = ring[i][0], ring[i][1]
                x2, y2 = ring[(i + 1) % n][0], ring[(i + 1) % n][1]
                if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
                    hit = not hit
        if hit:
            return True
    return False


def km_to_outline(lon, lat, polys):
    best = float("inf")
    kx = 111.32 * math.cos(math.radians(lat))
    for poly in polys:
        for ring in poly:
            for i in range(len(ring) - 1):
                ax, ay = (ring[i][0] - lon) * kx, (ring[i][1] - lat) * 110.57
                bx, by = (ring[i + 1][0] - lon) * kx, (ring[i + 1][1] - lat) * 110.57
                dx, dy = bx - ax, by - ay
                t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
                best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else HERE
    gold = [json.loads(l) for l in open(os.path.join(corpus, "gold.jsonl"), encoding="utf-8")]
    traps = [json.loads(l) for l in open(os.path.join(corpus, "traps.jsonl"), encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "countries.geojson")
        subprocess.run(["ogr2ogr", "-f", "GeoJSON", out, WORLD_MAP, "countries"], check=True)
        countries = {}
        for f in json.load(open(out, encoding="utf-8"))["features"]:
            countries.setdefault(f["properties"]["iso_a2"], []).extend(rings_of(f["geometry"]))
    disputed = []
    with open(os.path.join(ROOT, "gazetteer", "disputed_territories.geojson"), encoding="utf-8") as f:
        for feat in json.load(f)["features"]:
            if not feat["properties"].get("extended_claim"):
                disputed.extend(rings_of(feat["geometry"]))
    bad = 0
    points = [("gold", g["article_id"], g["location"], g["lat"], g["lon"], g["country"], g)
              for g in gold if g["lat"] is not None]
    for t in traps:
        cc = None
        # Traps carry no country field: find the country that contains them.
        for code, polys in countries.items():
            if inside(t["lon"], t["lat"], polys):
                cc = code
                break
        points.append(("trap", t["article_id"], t["name"], t["lat"], t["lon"], cc, None))
    for kind, aid, name, lat, lon, cc, g in points:
        if cc is None:
            print(f"NOTE {kind} {aid} {name!r} ({lat}, {lon}): in no country polygon")
            continue
        polys = countries.get(cc)
        if polys is None:
            print(f"FAIL {kind} {aid} {name!r}: unknown country {cc}")
            bad += 1
        elif not inside(lon, lat, polys):
            d = km_to_outline(lon, lat, polys)
            if d <= TOLERANCE_KM:
                print(f"note {kind} {aid} {name!r} ({lat}, {lon}): {d:.1f} km outside {cc}'s generalised outline")
            else:
                print(f"FAIL {kind} {aid} {name!r} ({lat}, {lon}): {d:.1f} km outside {cc}")
                bad += 1
        if g is not None and cc == "IQ" and g["disputed"] is not None:
            poly_says = inside(lon, lat, disputed)
            if poly_says != g["disputed"]:
                print(f"info gold {aid} {name!r}: disputed={g['disputed']} but the approximate "
                      f"district polygons say {poly_says}")
    n = sum(1 for p in points if p[0] == "gold")
    print(f"{n} located gold events and {len(traps)} traps checked; {bad} outside their country")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
