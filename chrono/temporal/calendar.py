"""Calendar arithmetic and TIMEX3 value spelling, shared by the resolver and the anchor.

Weeks are ISO weeks (Monday to Sunday), as in TimeML values like 2026-W06.
"""

from __future__ import annotations

import calendar
import datetime as dt

DAY = dt.timedelta(days=1)


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, month_last_day(year, month))


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise OverflowError("date out of range")
    return dt.date(year, month, min(day.day, month_last_day(year, month)))


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first_month = 3 * (quarter - 1) + 1
    return dt.date(year, first_month, 1), month_bounds(year, first_month + 2)[1]


def halves(start: dt.date, end: dt.date, part: str) -> tuple[dt.date, dt.date]:
    """First or second half of an interval, for "the first half of" (START) and "the second half of" (END)."""
    first_half_end = start + dt.timedelta(days=((end - start).days + 1) // 2 - 1)
    return (start, first_half_end) if part == "START" else (first_half_end + dt.timedelta(days=1), end)


def thirds(start: dt.date, end: dt.date, part: str) -> tuple[dt.date, dt.date]:
    """First, middle or last third of an interval, for 'early', 'mid' and 'late'."""
    length = (end - start).days + 1
    third = max(length // 3, 1)
    if part == "START":
        return start, start + dt.timedelta(days=third - 1)
    if part == "END":
        return end - dt.timedelta(days=third - 1), end
    return start + dt.timedelta(days=third), end - dt.timedelta(days=third)


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
