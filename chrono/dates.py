"""Parsing dates that users and metadata give us (``--published``, ``published`` fields).

ISO dates (YYYY-MM-DD) take a fast, strict path. Anything else, such as the
"Thu, 05 Feb 2026 10:00:00 GMT" of a feed or "February 5, 2026" from a page,
goes to dateparser, which knows far more formats and languages than we would
write, but only when a four-digit year is present (so "yesterday" is refused)
and never for all-numeric day/month orders that could be read both ways.
"""

from __future__ import annotations

import datetime as dt
import re

from chrono.errors import DateError

_ISO_SHAPE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.]\d{4}")
_DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_LOCALE_DATE_ORDER": False,
}


def parse_date(value: str, *, what: str = "date") -> dt.date:
    """A date from ``value``: ISO first, then common written forms; DateError says what is wrong."""
    text = value.strip()
    if _ISO_SHAPE.fullmatch(text):
        try:
            return dt.date.fromisoformat("-".join(part.zfill(2) for part in text.split("-")))
        except ValueError:
            month = int(text.split("-")[1])
            problem = f"there is no month {month}" if not 1 <= month <= 12 else "check the month length"
            raise DateError(f"{what} {value!r} is not a real day ({problem})") from None
    if not _YEAR.search(text):
        raise DateError(f"{what} {value!r} is not a date with a year (use YYYY-MM-DD)")
    numeric = _NUMERIC.fullmatch(text)
    if numeric and int(numeric.group(1)) <= 12 and int(numeric.group(2)) <= 12 and numeric.group(1) != numeric.group(2):
        raise DateError(f"{what} {value!r} is ambiguous (day/month or month/day?); use YYYY-MM-DD")
    import dateparser  # imported here: only non-ISO dates pay for it

    parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)  # type: ignore[arg-type]
    if parsed is None:
        raise DateError(f"{what} {value!r} is not a date (use YYYY-MM-DD)")
    return parsed.date()
