#!/usr/bin/env python3
"""Validates the embedded gazetteer and the geocode variant list. Exit 1 on any error.

Checks every gazetteer/*.tsv: valid UTF-8, 19 columns, numeric ids in the allowed ranges and
unique across files, coordinates in range, Iraqi rows inside Iraq's bounding box with a valid
governorate code, admin1/admin2 codes known to admin1CodesASCII.txt/admin2Codes.txt, feature
class consistent with the feature code, no duplicate rows, no commas inside names. Checks the
admin code files' layout and tests/data/gazetteer/geocode_variants.tsv (columns, kinds, the
'listed' column recomputed, the unlisted share).

Homonyms: an alternate name of one row that is (case, diacritics and Arabic letter forms
folded) the preferred name of another row more than 50 km away is either junk (another
place's name carried by GeoNames, "Jazira" on Suwaira) or a genuine homonym. Each such pair
must be reviewed: genuine ones are listed in scripts/gazetteer/data/homonyms.tsv (and only
counted); any other is a warning, to be fixed in the curated lists.

With --polygons (needs ogr2ogr and Natural Earth's world_map.gpkg) it also warns about Iraqi
points that fall outside the Natural Earth polygon of the governorate their admin1 names: a
cheap way to catch a wrong coordinate (warnings only: Natural Earth borders are coarse).

Usage: check_gazetteer.py [--polygons] [--gpkg PATH]
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

from gazetteer_common import (DATA_DIR, DISTRICTS_MAX, DISTRICTS_MIN, FEATURE_CLASS, GAZ_DIR,
                              GEONAMES_OFFSET, IRAQ_ADMIN1, IRAQ_BBOX, OWN_MAX, OWN_OFFSET,
                              VARIANTS, distance_km, gazetteer_files, name_key)
import variant_listing

DISTRICTS_FILE = "iraq_districts.tsv"
NEIGHBOURS = ["IQ", "SY", "IR", "TR", "KW", "JO", "SA"]
KINDS = {"city", "town", "base", "airport", "governorate", "landmark", "region-abroad"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Natural Earth's admin-1 FIPS codes for Iraq are IZ01..IZ18; Halabja (19) is inside
# Sulaymaniyah there.
NE_FIPS_TO_ADMIN1 = {f"IZ{n:02d}": f"{n:02d}" for n in range(1, 19)}


class Report:
    def __init__(self):
        self.errors = 0
        self.warnings = 0

    def error(self, where, message):
        self.errors += 1
        print(f"error: {where}: {message}")

    def warn(self, where, message):
        self.warnings += 1
        print(f"warning: {where}: {message}")


def load_admin_codes(report):
    admin1, admin2 = set(), set()
    for name, target, parts in (("admin1CodesASCII.txt", admin1, 2),
                                ("admin2Codes.txt", admin2, 3)):
        path = os.path.join(GAZ_DIR, name)
        if not os.path.exists(path):
            report.error(name, "missing")
            continue
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, 1):
                where = f"gazetteer/{name}:{number}"
                try:
                    line = raw.decode("utf-8").rstrip("\n")
                except UnicodeDecodeError:
                    report.error(where, "invalid UTF-8")
                    continue
                fields = line.split("\t")
                if len(fields) != 4:
                    report.error(where, f"expected 4 columns, got {len(fields)}")
                    continue
                code = fields[0]
                if len(code.split(".")) != parts or not fields[1]:
                    report.error(where, f"bad code or empty name: {code!r}")
                if fields[3] and not fields[3].isdigit():
                    report.error(where, f"geonameid not numeric: {fields[3]!r}")
                if code in target:
                    report.error(where, f"duplicate code {code}")
                target.add(code)
    for cc in NEIGHBOURS:
        if not any(c.startswith(cc + ".") for c in admin1):
            report.error("admin1CodesASCII.txt", f"no admin1 codes for {cc}")
    return admin1, admin2


def id_allowed(gid, filename):
    if GEONAMES_OFFSET < gid < OWN_OFFSET:
        return True
    n = gid - OWN_OFFSET
    if filename == DISTRICTS_FILE:
        return DISTRICTS_MIN <= n <= DISTRICTS_MAX
    return 1 <= n <= OWN_MAX


def check_rows(report, admin1_codes, admin2_codes):
    seen_ids = {}
    seen_lines = {}
    seen_places = {}
    iraqi_points = []
    counts = {}
    for path in gazetteer_files():
        filename = os.path.basename(path)
        counts[filename] = 0
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, 1):
                where = f"gazetteer/{filename}:{number}"
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as error:
                    report.error(where, f"invalid UTF-8 at byte {error.start}")
                    continue
                if not line.endswith("\n"):
                    report.error(where, "last line has no newline")
                line = line.rstrip("\n")
                if "\r" in line:
                    report.error(where, "carriage return")
                f = line.split("\t")
                if len(f) != 19:
                    report.error(where, f"expected 19 columns, got {len(f)}")
                    continue
                counts[filename] += 1
                if line in seen_lines:
                    report.error(where, f"duplicate of {seen_lines[line]}")
                seen_lines[line] = where
                if not f[0].isdigit():
                    report.error(where, f"geonameid not numeric: {f[0]!r}")
                    continue
                gid = int(f[0])
                if not id_allowed(gid, filename):
                    report.error(where, f"id {gid} outside the ranges allowed for {filename}")
                if gid in seen_ids:
                    report.error(where, f"id {gid} also used at {seen_ids[gid]}")
                seen_ids[gid] = where
                name, ascii_name, alternates = f[1], f[2], f[3]
                if not name:
                    report.error(where, "empty name")
                if "," in name or "," in ascii_name:
                    report.error(where, "comma inside name")
                if alternates and ("" in alternates.split(",")):
                    report.error(where, "empty alternate name (double or trailing comma)")
                if ascii_name and not ascii_name.isascii():
                    report.error(where, "asciiname is not ASCII")
                try:
                    lat, lon = float(f[4]), float(f[5])
                except ValueError:
                    report.error(where, "latitude/longitude not numeric")
                    continue
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    report.error(where, f"coordinate out of range {lat},{lon}")
                for value in (f[4], f[5]):
                    if "." in value and len(value.split(".")[1]) > 5:
                        report.error(where, f"more than 5 decimals: {value}")
                fclass, fcode, cc = f[6], f[7], f[8]
                expected = FEATURE_CLASS.get(fcode)
                if expected is None:
                    report.warn(where, f"feature code {fcode} not in the known table")
                elif expected != fclass:
                    report.error(where, f"feature class {fclass} does not match code {fcode}")
                if not re.fullmatch(r"[A-Z]{2}", cc):
                    report.error(where, f"bad country code {cc!r}")
                a1, a2 = f[10], f[11]
                if a1 and a1 != "00" and f"{cc}.{a1}" not in admin1_codes:
                    if cc in NEIGHBOURS or cc == "US":
                        report.error(where, f"admin1 {cc}.{a1} not in admin1CodesASCII.txt")
                    else:
                        report.warn(where, f"admin1 {cc}.{a1} not in admin1CodesASCII.txt")
                if cc == "IQ":
                    lat0, lon0, lat1, lon1 = IRAQ_BBOX
                    if not (lat0 <= lat <= lat1 and lon0 <= lon <= lon1):
                        report.error(where, f"Iraqi row outside Iraq's box: {lat},{lon}")
                    if fclass != "A" or fcode == "ADM1":
                        if a1 not in IRAQ_ADMIN1:
                            report.error(where, f"Iraqi row without a valid admin1: {a1!r}")
                    if a2 and f"IQ.{a1}.{a2}" not in admin2_codes:
                        report.error(where, f"admin2 IQ.{a1}.{a2} not in admin2Codes.txt")
                    if fclass in ("P", "S"):
                        iraqi_points.append((where, name, lat, lon, a1))
                if not re.fullmatch(r"-?\d+", f[14] or "x"):
                    report.error(where, f"population not an integer: {f[14]!r}")
                if f[18] and not DATE.match(f[18]):
                    report.error(where, f"bad modification date {f[18]!r}")
                key = (name, fcode, f[4], f[5])
                if key in seen_places:
                    report.error(where, f"same place as {seen_places[key]}")
                seen_places[key] = where
    return counts, iraqi_points


def check_polygons(report, iraqi_points, gpkg):
    try:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "iq.geojson")
            subprocess.run(
                ["ogr2ogr", "-f", "GeoJSON", out, gpkg, "-sql",
                 "SELECT fips, geom FROM states_provinces WHERE iso_a2 = 'IQ'"],
                check=True, capture_output=True)
            with open(out, encoding="utf-8") as handle:
                collection = json.load(handle)
    except (OSError, subprocess.CalledProcessError) as error:
        report.warn("polygons", f"skipped ({error})")
        return
    polygons = {}
    for feature in collection["features"]:
        code = NE_FIPS_TO_ADMIN1.get(feature["properties"]["fips"])
        geometry = feature["geometry"]
        if not geometry:
            continue
        rings = (geometry["coordinates"] if geometry["type"] == "MultiPolygon"
                 else [geometry["coordinates"]])
        polygons.setdefault(code, []).extend(rings)

    def inside(lon, lat, polygon):
        hit = False
        for ring_index, ring in enumerate(polygon):
            odd = False
            j = len(ring) - 1
            for i in range(len(ring)):
                xi, yi = ring[i]
                xj, yj = ring[j]
                if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
                    odd = not odd
                j = i
            if ring_index == 0:
                hit = odd
            elif odd:
                return False
        return hit

    def containing(lat, lon):
        for code, rings in polygons.items():
            if any(inside(lon, lat, polygon) for polygon in rings):
                return code
        return None

    for where, name, lat, lon, a1 in iraqi_points:
        wanted = "05" if a1 == "19" else a1
        found = containing(lat, lon)
        if found != wanted:
            report.warn(where, f"{name} ({lat},{lon}) has admin1 {a1} but lies in "
                               f"Natural Earth governorate {found}")


HOMONYM_KM = 50.0
HOMONYMS_FILE = os.path.join(DATA_DIR, "homonyms.tsv")


def read_reviewed_homonyms(report):
    """(alternate key, row name, other row name) triples reviewed as genuine homonyms."""
    reviewed = set()
    if not os.path.exists(HOMONYMS_FILE):
        return reviewed
    with open(HOMONYMS_FILE, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 4 or not fields[3].strip():
                report.error(f"{os.path.relpath(HOMONYMS_FILE)}:{number}",
                             "expected 4 columns: alternate, place, other place, why")
                continue
            reviewed.add((name_key(fields[0]), fields[1], fields[2]))
    return reviewed


def check_homonyms(report):
    """Alternates equal to another row's preferred name more than HOMONYM_KM away."""
    rows = []
    for path in gazetteer_files():
        with open(path, encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, 1):
                f = line.rstrip("\n").split("\t")
                try:
                    point = (float(f[4]), float(f[5]))
                except (IndexError, ValueError):
                    continue  # reported by check_rows
                rows.append((f"gazetteer/{os.path.basename(path)}:{number}", f, point))
    preferred = {}
    for index, (_, f, _) in enumerate(rows):
        for key in {name_key(f[1]), name_key(f[2])}:
            if key:
                preferred.setdefault(key, []).append(index)
    reviewed = read_reviewed_homonyms(report)
    used = set()
    flagged = 0
    for index, (where, f, point) in enumerate(rows):
        own = {name_key(f[1]), name_key(f[2])}
        done = set()
        for alternate in (f[3].split(",") if f[3] else []):
            key = name_key(alternate)
            if not key or key in own or key in done:
                continue
            done.add(key)
            for other in preferred.get(key, []):
                if other == index:
                    continue
                g, other_point = rows[other][1], rows[other][2]
                km = distance_km(point[0], point[1], other_point[0], other_point[1])
                if km <= HOMONYM_KM:
                    continue
                triple = (key, f[1], g[1])
                if triple in reviewed:
                    used.add(triple)
                    continue
                flagged += 1
                report.warn(where, f"alternate {alternate!r} of {f[1]} ({f[7]}, {f[8]}) is the "
                                   f"name of {g[1]} ({g[7]}, {g[8]}, {rows[other][0]}) "
                                   f"{km:.0f} km away: junk, or a homonym to list in "
                                   f"{os.path.relpath(HOMONYMS_FILE)}")
    for triple in sorted(reviewed - used):
        report.warn(os.path.relpath(HOMONYMS_FILE),
                    f"reviewed homonym {triple[0]!r} ({triple[1]} / {triple[2]}) no longer occurs")
    return flagged, len(used)


def check_variants(report):
    if not os.path.exists(VARIANTS):
        report.error(VARIANTS, "missing")
        return None
    rows, problems = variant_listing.read_variants()
    for where, message in problems:
        report.error(where, message)
    names = variant_listing.gazetteer_names()
    unlisted = 0
    per_kind = {}
    seen = set()
    for number, row in rows:
        where = f"{os.path.relpath(VARIANTS)}:{number}"
        query, lat, lon, kind, listed = row
        if kind not in KINDS:
            report.error(where, f"unknown kind {kind!r}")
        try:
            if not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
                report.error(where, "coordinate out of range")
        except ValueError:
            report.error(where, "coordinate not numeric")
        want = "yes" if variant_listing.is_listed(query, names) else "no"
        if listed != want:
            report.error(where, f"listed is {listed} but should be {want} "
                                "(run scripts/gazetteer/variant_listing.py --update)")
        if query.casefold() in seen:
            report.error(where, f"duplicate query {query!r}")
        seen.add(query.casefold())
        unlisted += listed == "no"
        per_kind[kind] = per_kind.get(kind, 0) + 1
    total = len(rows)
    if total < 350:
        report.error(VARIANTS, f"only {total} rows (at least 350 wanted)")
    if total and unlisted / total < 0.40:
        report.error(VARIANTS, f"only {unlisted / total:.0%} unlisted (at least 40% wanted)")
    return total, unlisted, per_kind


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polygons", action="store_true")
    parser.add_argument("--gpkg", default="/work/data/qgis/usr/share/qgis/resources/data/"
                                          "world_map.gpkg")
    args = parser.parse_args()
    report = Report()
    admin1, admin2 = load_admin_codes(report)
    counts, iraqi_points = check_rows(report, admin1, admin2)
    if args.polygons:
        check_polygons(report, iraqi_points, args.gpkg)
    homonyms = check_homonyms(report)
    variants = check_variants(report)
    for filename, count in counts.items():
        print(f"gazetteer/{filename}: {count} rows")
    print(f"admin1 codes: {len(admin1)}, Iraqi admin2 codes: {len(admin2)}")
    print(f"homonyms (alternate = another place's name > {HOMONYM_KM:.0f} km away): "
          f"{homonyms[0]} to review, {homonyms[1]} reviewed as genuine")
    if variants:
        total, unlisted, per_kind = variants
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(per_kind.items()))
        print(f"variants: {total} rows, {unlisted} unlisted "
              f"({unlisted / max(total, 1):.0%}); {kinds}")
    print(f"{report.errors} errors, {report.warnings} warnings")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
