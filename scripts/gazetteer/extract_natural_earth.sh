#!/usr/bin/env bash
# Extracts the few Natural Earth facts the gazetteer build needs (country names, ISO codes,
# an interior point per country; US state names with an interior point) from the
# world_map.gpkg that Debian's qgis-common ships, into small CSV files under data/ that are
# committed, so build_gazetteer.py runs without QGIS data. Natural Earth is public domain.
# Usage: scripts/gazetteer/extract_natural_earth.sh [path/to/world_map.gpkg]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
gpkg="${1:-/work/data/qgis/usr/share/qgis/resources/data/world_map.gpkg}"
[ -f "$gpkg" ] || gpkg=/usr/share/qgis/resources/data/world_map.gpkg
[ -f "$gpkg" ] || { echo "world_map.gpkg not found (apt-get download qgis-common; dpkg -x)" >&2; exit 1; }
command -v ogr2ogr >/dev/null || { echo "ogr2ogr (gdal-bin) is required" >&2; exit 1; }
ogr2ogr -f CSV "$here/data/ne_countries.csv" "$gpkg" -dialect SQLite -lco LINEFORMAT=LF -sql \
  "SELECT iso_a2, NAME AS name, ISO_A3 AS iso_a3,
          round(ST_Y(ST_PointOnSurface(geom)), 4) AS lat,
          round(ST_X(ST_PointOnSurface(geom)), 4) AS lon
   FROM countries ORDER BY iso_a2, NAME"
ogr2ogr -f CSV "$here/data/ne_us_states.csv" "$gpkg" -dialect SQLite -lco LINEFORMAT=LF -sql \
  "SELECT name, fips,
          round(ST_Y(ST_PointOnSurface(geom)), 4) AS lat,
          round(ST_X(ST_PointOnSurface(geom)), 4) AS lon
   FROM states_provinces WHERE iso_a2 = 'US' ORDER BY name"
echo "wrote $here/data/ne_countries.csv and $here/data/ne_us_states.csv"
