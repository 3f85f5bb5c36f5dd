"""Named holidays: "Christmas", "Easter week", "last Thanksgiving", computed for the right year."""

from __future__ import annotations

import datetime as dt

from chrono.models import TimeValue
from chrono.temporal import calendar as cal
from chrono.temporal.calendar import DAY
from chrono.temporal.resolvers.base import Context, anchor_words, lookup, resolves, unit_interval, whole_day


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    return dt.date(year, month, (h + weekday_shift - 7 * m + 33 * month + 19) % 32)


def _holiday_date(spec: dict[str, int], year: int) -> dt.date:
    if "easter" in spec:
        return _easter(year) + spec["easter"] * DAY
    if spec.get("election"):
        november = dt.date(year, 11, 1)
        return november + ((0 - november.weekday()) % 7 + 1) * DAY  # the Tuesday after the first Monday
    month = spec["month"]
    if "day" in spec:
        return dt.date(year, month, spec["day"])
    if spec["nth"] > 0:
        first = dt.date(year, month, 1)
        return first + ((spec["weekday"] - first.weekday()) % 7 + 7 * (spec["nth"] - 1)) * DAY
    last = dt.date(year, month, cal.month_last_day(year, month))
    return last - ((last.weekday() - spec["weekday"]) % 7) * DAY


_HOLIDAY_AHEAD_DAYS = 7  # a holiday this close ahead, named bare, is the coming one in any tense


@resolves("holiday")
def holiday(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    spec: dict[str, int] = lookup("holiday", groups["holiday"])  # type: ignore[assignment]
    modifier = (groups.get("modifier") or "").lower()
    anchor = ctx.anchor.date
    this_year = _holiday_date(spec, anchor.year)
    by = modifier or "tense"
    if modifier == "next" or (not modifier and ctx.tense == "future"):
        day = this_year if this_year >= anchor else _holiday_date(spec, anchor.year + 1)
    elif modifier == "this":
        day = this_year
    elif not modifier and anchor < this_year <= anchor + _HOLIDAY_AHEAD_DAYS * DAY:
        # "as Easter week began", "shoppers flocked ahead of Christmas", written days before it:
        # the one at hand, whatever the tense; last year's would be "last Christmas".
        day, by = this_year, f"being {(this_year - anchor).days} day(s) ahead"
    else:  # "last", or a report in the past: the latest one (strictly before, for "last")
        passed = this_year < anchor if modifier == "last" else this_year <= anchor
        day = this_year if passed else _holiday_date(spec, anchor.year - 1)
    why = f"{groups['holiday']}, by {by}, from {anchor_words(ctx.anchor)}"
    if groups.get("week"):  # "Easter week", "Thanksgiving week": the week the holiday falls in
        value, start, end, precision = unit_interval(day, "week")
        return TimeValue(
            value=value,
            start=start,
            end=end,
            precision=precision,
            certainty=0.8,
            anchor=ctx.anchor,
            rationale=f"the week of {why}",
        )
    return whole_day(day, 0.85, why, ctx.anchor)
