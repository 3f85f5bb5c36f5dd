"""Dates written in digits only ("13/02/2026", "2/13/26", "13.02.2026"): which number is the month.

The digits fix a day and a month but not which is which. A number above 12 can
only be the day, and then the order is settled; a text writes all its dates one
way, so a date settled that way settles the others in the same text. Otherwise
the separator is the best hint there is: slashes and hyphens are read month
first, as US news writes them, dots day first, as European writing does; the
other order is always kept as an alternative.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from chrono.models import TimexMatch

Order = Literal["month first", "day first"]
RULE = "numeric_date"  # the rules.json rule whose order of day and month is open


def readings(first: int, second: int, year: int) -> dict[Order, dt.date]:
    """The real dates the two numbers make in ``year``, by the order read (one, two or none)."""
    orders: tuple[tuple[Order, int, int], ...] = (("month first", first, second), ("day first", second, first))
    found: dict[Order, dt.date] = {}
    for order, month, day in orders:
        try:
            found[order] = dt.date(year, month, day)
        except ValueError:
            continue
    return found


def settled_order(first: int, second: int) -> Order | None:
    """The order one date's numbers force on their own: only a number above 12 forces one."""
    if first > 12 >= second:
        return "day first"
    if second > 12 >= first:
        return "month first"
    return None


def default_order(separator: str) -> Order:
    return "day first" if separator == "." else "month first"


def text_order(matches: Iterable[TimexMatch]) -> Order | None:
    """The order this text's own numeric dates show, where they show one and only one."""
    seen = {
        order
        for match in matches
        if match.rule == RULE
        and (order := settled_order(int(match.groups["first"]), int(match.groups["second"]))) is not None
    }
    return seen.pop() if len(seen) == 1 else None
