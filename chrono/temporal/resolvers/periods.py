"""Quarters, halves and seasons, with the years they belong to.

Quarterly reports are the bulk of business news: "the third quarter", "the
year-ago quarter", "fiscal first quarter" mean the quarter just reported unless
a year is named. Seasons and halves follow the same pattern.
"""

from __future__ import annotations

import datetime as dt

from chrono.models import Precision, TimeValue
from chrono.temporal import calendar as cal
from chrono.temporal.calendar import DAY
from chrono.temporal.resolvers.base import (
    Context,
    anchor_words,
    number_of,
    resolves,
    season_of,
    whole_years,
    with_part,
)

_YEAR_STEPS = {"this": 0, "current": 0, "same": 0, "last": -1, "previous": -1, "next": 1, "following": 1}


def _named_year(groups: dict[str, str], ctx: Context) -> tuple[int, str] | None:
    """The year that "of last year" or "of the following year" names, and why.

    "Last year" counts from the publication date; "the following year" from the
    narrative, as "the following day" does.
    """
    if "year_rel" in groups:
        word, anchor = groups["year_rel"].lower(), ctx.anchor
        return anchor.date.year + _YEAR_STEPS[word], f"'{word} year' from {anchor_words(anchor)}"
    if "year_narrative" in groups:
        word, anchor = groups["year_narrative"].lower(), ctx.reference_for("year")
        return anchor.date.year + _YEAR_STEPS[word], f"'the {word} year' from {anchor_words(anchor)}"
    return None


def _quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _shift_quarter(year: int, quarter: int, by: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + by
    return index // 4, index % 4 + 1


@resolves("quarter")
def quarter(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'the third quarter', 'fourth-quarter', 'the quarter', 'the year-ago quarter', 'fiscal first quarter'."""
    anchor_year, anchor_quarter = _quarter_of(ctx.anchor.date)
    rel = " ".join((groups.get("rel") or "").lower().split())
    det = (groups.get("det") or "").lower()
    owner = (groups.get("owner") or "").lower()
    if "qdigit" in groups and not (groups.get("prep") or groups.get("year")):
        return None  # "Q3:" heads a question; "in Q3", "Q3 2025" name a quarter
    if "qnum" in groups or "qdigit" in groups or "qfinal" in groups:
        if "qfinal" in groups:  # "the final quarter of last year": the rule asks for the year
            number = 4
        elif "qdigit" in groups:
            number = int(groups["qdigit"])
        else:
            number = number_of("ordinal", groups["qnum"])
        if not 1 <= number <= 4:
            return None
        explicit_year = groups.get("year") or groups.get("year_before")
        named = _named_year(groups, ctx)
        if explicit_year:
            year, why = int(explicit_year), "explicit quarter and year"
        elif named:
            year, why = named[0], f"quarter {number} of {named[0]}: {named[1]}"
        elif owner:
            year = anchor_year + {"last": -1, "this": 0, "next": 1}[owner]
            why = f"'{owner} year's' quarter {number}"
        elif number > anchor_quarter and ctx.tense != "future":
            year, why = anchor_year - 1, f"quarter {number} has not begun by {anchor_words(ctx.anchor)}: last year's"
        else:
            year, why = anchor_year, f"quarter {number} of the year of {anchor_words(ctx.anchor)}"
        quarter_number = number
    else:
        # "The quarter" in a report is the one just reported: the last one completed.
        det = det or (groups.get("det_owned") or "the").lower()
        step = {"this": 0, "current": 0, "next": 1}.get(det, -1)
        if rel == "current":
            step = 0
        year, quarter_number = _shift_quarter(anchor_year, anchor_quarter, step)
        why = f"'{det} quarter': quarter {step:+d} from {anchor_words(ctx.anchor)}"
        if owner == "last":
            year -= 1
    if rel in ("year-ago", "year-earlier") or groups.get("ago"):
        year -= 1
        why += ", a year earlier"
    return _quarter_value(year, quarter_number, 0.85, why, ctx)


def _quarter_value(year: int, number: int, certainty: float, rationale: str, ctx: Context) -> TimeValue:
    first, last = cal.quarter_bounds(year, number)
    return TimeValue(
        value=f"{year:04d}-Q{number}",
        start=first,
        end=last,
        precision=Precision.QUARTER,
        certainty=certainty,
        anchor=ctx.anchor,
        rationale=rationale,
    )


@resolves("comparison")
def comparison(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'the year-ago period': a year before the period under discussion (refined when a quarter is named).

    "The year-earlier quarter" (or "three months") is a quarter even when no quarter is named
    near it: the one a report discusses, the last completed ("the quarter"), a year before.
    """
    if " ".join((groups.get("period") or "").lower().split()) in ("quarter", "three months"):
        anchor_year, anchor_quarter = _quarter_of(ctx.anchor.date)
        year, number = _shift_quarter(anchor_year - 1, anchor_quarter, -1)
        why = f"the comparable quarter: the last completed before {anchor_words(ctx.anchor)}, a year earlier"
        return _quarter_value(year, number, 0.6, why, ctx)
    year_before = ctx.anchor.date.year - 1
    why = f"the comparable period a year before {anchor_words(ctx.anchor)}"
    return whole_years(year_before, year_before, 0.6, why, ctx.anchor)


@resolves("season")
def season(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    code, first_month = season_of(groups["season"])
    modifier = " ".join((groups.get("modifier") or "").lower().split())
    modifier = "last" if modifier == "this past" else modifier  # American: "this past summer" is the last one
    anchor = ctx.anchor.date

    def bounds(year: int) -> tuple[dt.date, dt.date]:
        start = dt.date(year, first_month, 1)
        return start, cal.add_months(start, 3) - DAY

    named = _named_year(groups, ctx)
    if "year" in groups:
        year, why = int(groups["year"]), "explicit season and year"
    elif named:
        year, why = named[0], f"the {groups['season'].lower()} of {named[0]}: {named[1]}"
    else:
        current = anchor.year if anchor >= bounds(anchor.year)[0] else anchor.year - 1
        inside = bounds(current)[0] <= anchor <= bounds(current)[1]
        if modifier == "last":
            year = current - 1 if inside else current
        elif modifier == "this":
            # The season of this calendar year; winter in January belongs to last December's.
            year = anchor.year - 1 if code == "WI" and anchor.month < first_month - 9 else anchor.year
        elif modifier == "next" or (ctx.tense == "future" and not inside):
            year = current + 1
        else:
            year = current
        why = f"'{modifier or 'the'} {groups['season'].lower()}' relative to {anchor_words(ctx.anchor)}"
    start, end = bounds(year)
    value = TimeValue(
        value=f"{year:04d}-{code}",
        start=start,
        end=end,
        precision=Precision.SEASON,
        certainty=0.8,
        anchor=ctx.anchor,
        rationale=why,
    )
    # "late summer", or "late last summer": the part of the season, TIMEX3 mod END.
    part = (groups.get("part") or "").lower() or modifier
    return with_part(value, part if part in ("early", "late", "mid") else None)


@resolves("half_year")
def half_year(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'the first half of 2026', 'the second half of this year': H1 or H2."""
    # "H1 2025"; in words, "last"/"latter half" is the second
    words_half = 1 if groups.get("half", "").lower() in ("first", "1st") else 2
    half = int(groups["hdigit"]) if "hdigit" in groups else words_half
    if "year" in groups:
        year_number = int(groups["year"])
    else:
        year_number = ctx.anchor.date.year + {"last": -1, "next": 1}.get((groups.get("modifier") or "").lower(), 0)
    start = dt.date(year_number, 1 if half == 1 else 7, 1)
    end = dt.date(year_number, 6, 30) if half == 1 else dt.date(year_number, 12, 31)
    return TimeValue(
        value=f"{year_number:04d}-H{half}",
        start=start,
        end=end,
        precision=Precision.MONTH,
        certainty=0.9 if "year" in groups else 0.8,
        anchor=ctx.anchor,
        rationale=f"half {half} of {year_number}",
    )
