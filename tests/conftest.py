"""Shared fixtures: the seed article and a fixed 'today' so inference never depends on the clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cb6d49b35ae820af.txt"
TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def seed_timeline(seed_text: str):
    import chrono

    return chrono.extract(seed_text, now=TODAY)
