"""What the resolver tests share: two publication dates and two ways to look at what was found."""

import datetime as dt

import chrono

D = dt.date
THURSDAY = D(2026, 2, 5)  # early in the first quarter
AUTUMN = D(2026, 11, 5)  # a Thursday in the fourth quarter


def only(text: str, dct: dt.date = THURSDAY, expression: str | None = None):
    """The one expression found in ``text`` (or the one with these words)."""
    found = chrono.resolve(text, dct)
    if expression is not None:
        found = [e for e in found if e.text == expression]
    assert len(found) == 1, [e.text for e in found]
    return found[0]


def values(text: str, dct: dt.date = AUTUMN) -> dict[str, str]:
    """Each expression's words and TIMEX3 value."""
    return {e.text: e.value.value for e in chrono.resolve(text, dct)}


def assert_resolves(text: str, expression: str, value: str, start: dt.date, end: dt.date) -> None:
    """``expression`` in ``text`` has this TIMEX3 value and interval, and says why."""
    found = only(text, expression=expression)
    assert (found.value.value, found.value.start, found.value.end) == (value, start, end)
    assert found.value.rationale
