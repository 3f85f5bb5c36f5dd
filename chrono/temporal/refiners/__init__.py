"""Refiners: checks across expressions that no single rule can make (as chrono-node's refiners are).

Each is a pure function from the resolved expressions (in reading order) to
refined ones; :func:`refine` runs them in a fixed order.
"""

from __future__ import annotations

from chrono.models import TemporalExpression
from chrono.temporal.refiners.clock import clock_on_date
from chrono.temporal.refiners.counted import counted_days
from chrono.temporal.refiners.quarters import year_ago_quarters
from chrono.temporal.refiners.ranges import ranges
from chrono.temporal.refiners.weekdays import last_weekday_context, reported_weekdays


def refine(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """Weekday certainty and weekdays in reported speech first, then quarters a year ago, ranges,
    days counted from a date, and clock times on the date after them."""
    refined = reported_weekdays(text, last_weekday_context(expressions))
    refined = counted_days(text, ranges(text, year_ago_quarters(refined)))
    return clock_on_date(text, refined)


__all__ = ["refine"]
