"""Parsing dates the user types (``--published``, ``--dct``): strict, with clear errors."""

from __future__ import annotations

import datetime as dt

from chrono.errors import DateError


def parse_iso_date(value: str, *, what: str = "date") -> dt.date:
    """A YYYY-MM-DD date, or DateError saying what is wrong with it."""
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    parts = text.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        raise DateError(f"{what} {value!r} is not a real day (check the month length)")
    raise DateError(f"{what} {value!r} is not a date in the form YYYY-MM-DD")
