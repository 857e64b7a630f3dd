"""Shared definitions for the gazetteer data scripts (build, check, variant listing).

The embedded gazetteer files are in the GeoNames dump layout: 19 tab-separated columns, UTF-8,
no header. This module names the columns, the id ranges and the feature-code table once so the
builder and the checker cannot disagree.
"""

import math
import os
import unicodedata

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GAZ_DIR = os.path.join(REPO, "gazetteer")
DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
VARIANTS = os.path.join(REPO, "tests", "data", "gazetteer", "geocode_variants.tsv")

COLUMNS = [
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
    "feature_class", "feature_code", "country_code", "cc2", "admin1", "admin2", "admin3",
    "admin4", "population", "elevation", "dem", "timezone", "modification_date",
]

# Ids: GeoNames places keep their id offset by GEONAMES_OFFSET; our own places get
# OWN_OFFSET + n with n in 1..OWN_MAX; OWN_OFFSET + 900000.. is the districts helper's range.
GEONAMES_OFFSET = 1_000_000_000
OWN_OFFSET = 2_000_000_000
OWN_MAX = 899_999
DISTRICTS_MIN = 900_000
DISTRICTS_MAX = 999_999

MODIFICATION_DATE = "2026-11-21"

# GeoNames feature code -> feature class, for the codes this gazetteer uses.
FEATURE_CLASS = {
    "ADM1": "A", "ADM2": "A", "ADM3": "A", "PCLI": "A", "PCLD": "A", "PCLS": "A",
    "PCLIX": "A", "PCLF": "A", "TERR": "A", "PCL": "A",
    "PPL": "P", "PPLA": "P", "PPLA2": "P", "PPLA3": "P", "PPLA4": "P", "PPLC": "P",
    "PPLX": "P", "PPLW": "P", "PPLL": "P", "PPLG": "P",
    "AIRB": "S", "AIRP": "S", "AIRF": "S", "AIRH": "S", "MILB": "S", "INSM": "S",
    "DIP": "S", "CSTL": "S", "SQR": "S", "BDG": "S", "DAM": "S", "PSTB": "S", "OILR": "S", "CMP": "S",
    "CMPRF": "S", "RUIN": "S", "ANS": "S", "SHRN": "S", "MSQE": "S", "PRN": "S",
    "PAL": "S", "CTRF": "S", "GOVL": "S", "CMTY": "S", "HSP": "S", "BLDG": "S",
    "NVB": "S", "PRT": "L", "OILF": "L", "GASF": "L", "AREA": "L", "ZN": "L", "RGN": "L",
    "MTS": "T", "MT": "T", "HLL": "T", "HLLS": "T", "RDGE": "T", "PASS": "T", "DSRT": "T",
    "PLN": "T", "VAL": "T",
    "STM": "H", "LK": "H", "RSV": "H", "CNL": "H", "MRSH": "H", "GULF": "H", "STRT": "H",
    "BAY": "H", "LKS": "H",
}

# Iraq, generously: a point outside this box is not in Iraq.
IRAQ_BBOX = (29.0, 38.7, 37.45, 48.7)  # min lat, min lon, max lat, max lon

IRAQ_ADMIN1 = {
    "01": "Anbar", "02": "Basra", "03": "Muthanna", "04": "Qadisiyah", "05": "Sulaymaniyah",
    "06": "Babil", "07": "Baghdad", "08": "Duhok", "09": "Dhi Qar", "10": "Diyala",
    "11": "Erbil", "12": "Karbala", "13": "Kirkuk", "14": "Maysan", "15": "Ninawa",
    "16": "Wasit", "17": "Najaf", "18": "Salah ad Din", "19": "Halabja",
}

_ASCII_FOLD = {
    "ʿ": "'", "ʾ": "'", "’": "'", "‘": "'", "ʼ": "'", "`": "'", "ı": "i", "ə": "e",
    "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l",
    "Ł": "L", "ŧ": "t", "þ": "th", "ð": "d", "œ": "oe", "Œ": "OE", "–": "-", "—": "-",
}


def ascii_name(name):
    """GeoNames-style asciiname: diacritics and letter marks folded to plain ASCII."""
    folded = "".join(_ASCII_FOLD.get(ch, ch) for ch in name)
    decomposed = unicodedata.normalize("NFKD", folded)
    out = "".join(ch for ch in decomposed if ord(ch) < 128 and not unicodedata.combining(ch))
    return " ".join(out.split())


_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي",
                              "ـ": None})


def name_key(name):
    """A comparison key for names: case, Latin diacritics and Arabic letter forms folded
    (alef forms, ta marbuta, alef maqsura, tatweel and harakat), blanks collapsed."""
    folded = "".join(_ASCII_FOLD.get(ch, ch) for ch in name).translate(_ARABIC_FOLD)
    decomposed = unicodedata.normalize("NFKD", folded)
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(out.casefold().split())


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance on a sphere of radius 6371 km (enough for a 50 km threshold)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def gazetteer_files(directory=GAZ_DIR):
    return sorted(
        os.path.join(directory, f) for f in os.listdir(directory) if f.endswith(".tsv"))


def read_rows(path):
    """Yields (line number, list of fields) for each line of a gazetteer file."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            yield number, raw


def names_of(fields):
    """All names of one row: name, asciiname and each alternate name."""
    names = [fields[1], fields[2]]
    if fields[3]:
        names.extend(fields[3].split(","))
    return [n for n in names if n]
