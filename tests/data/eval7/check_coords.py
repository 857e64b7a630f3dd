#!/usr/bin/env python3
"""Checks that every located gold event (and every trap) of the seventh corpus lies in its country.

    python3 tests/data/eval7/check_coords.py

Runs the fifth corpus's checker (tests/data/eval5/check_coords.py: Natural Earth countries with
a 5 km tolerance, and an informational comparison of `disputed` flags with the project's
approximate district polygons) on this corpus's gold.jsonl and traps.jsonl. Exit status 1 when a
point lies outside its country. Authoring tool only (needs ogr2ogr from gdal-bin).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "eval5"))
import check_coords as eval5_checker  # noqa: E402

if __name__ == "__main__":
    eval5_checker.HERE = HERE  # read this corpus's files; ROOT is the same two levels up
    sys.exit(eval5_checker.main())
