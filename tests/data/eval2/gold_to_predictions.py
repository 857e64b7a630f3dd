#!/usr/bin/env python3
"""Writes the gold events of this corpus as the predictions a perfect extractor would make
(GeoJSONSeq, one Feature per gold event), to check the corpus with the scorer:

    python3 tests/data/eval2/gold_to_predictions.py > /tmp/gold.geojsons
    build/bench/eval_extract --set test --gold tests/data/eval2/gold.jsonl \
        --traps tests/data/eval2/traps.jsonl --split tests/data/eval2/split.tsv /tmp/gold.geojsons

Every figure must be 100% with no trap hit. A country-level gold event becomes a geo_precision 3
point at the country's centroid (only its country is compared); an unlocated one has a null
geometry.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CENTROIDS = {"IQ": (33.0, 43.7), "SY": (35.0, 38.5), "IR": (32.5, 54.3), "TR": (39.0, 35.0),
             "JO": (31.2, 36.5)}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "gold.jsonl")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            g = json.loads(line)
            lat, lon, gp = g["lat"], g["lon"], g["geo_precision"]
            if lat is None and gp is not None:
                lat, lon = CENTROIDS[g["country"]]
                gp = 3
            props = {
                "event_id": f"gold-{n}", "article_id": g["article_id"],
                "article_ids": [g["article_id"]], "event_date": g["event_date"],
                "time_precision": g["time_precision"], "event_type": g["event_type"],
                "sub_event_type": g["sub_event_type"], "actor1": g["actor1"],
                "actor2": g["actor2"], "fatalities": g["fatalities"],
                "injuries": g["injuries"], "location": g["location"],
                "country_code": g["country"], "latitude": lat, "longitude": lon,
                "geo_precision": gp if lat is not None else None,
                "disputed": bool(g["disputed"]), "background": g["background"],
                "notes": g["note"], "source": "gold",
            }
            geometry = None if lat is None else {"type": "Point", "coordinates": [lon, lat]}
            print(json.dumps({"type": "Feature", "geometry": geometry, "properties": props},
                             ensure_ascii=False))


if __name__ == "__main__":
    main()
