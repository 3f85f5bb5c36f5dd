"""Calendar dates as written: days, months, years, decades, centuries, weeks of a month.

"Feb. 5", "the 14th", "March 2026", "early 1996", "the 1990s", "the first week
of March", "nineteen ninety-six". The words fix the date but often not its year,
which :mod:`years` chooses.
"""

from __future__ import annotations

import datetime as dt

from chrono.models import Precision, Reading, TimeValue
from chrono.temporal import calendar as cal
from chrono.temporal import numeric
from chrono.temporal.calendar import DAY
from chrono.temporal.resolvers.base import (
    PART_MODS,
    Context,
    anchor_words,
    number_of,
    resolves,
    safe_date,
    unit_interval,
    whole_day,
    whole_days,
    whole_years,
    with_part,
)
from chrono.temporal.resolvers.periods import season
from chrono.temporal.resolvers.years import year_for, year_number


@resolves("explicit_date")
def explicit_date(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    if "day_first" in groups:  # "Tuesday 3 February": the same date written day first
        groups = {**groups, "day": groups["day_first"], "month": groups["month_after"]}
    month = int(groups["month_num"]) if "month_num" in groups else number_of("month", groups["month"])
    day = int(groups["day"]) if "day" in groups else number_of("day_ordinal", groups["day_ordinal"])  # "the third"
    if "year" in groups:
        try:
            value = dt.date(year_number(groups["year"], ctx), month, day)
        except ValueError:
            return None  # "30 February 2026" is not a date; the tagger hit is dropped
        return whole_day(value, 1.0, "explicit date with year", ctx.anchor)
    if "named_weekday" in groups:
        # "Saturday, April 25": the weekday picks the year among the nearby ones.
        weekday_number = number_of("weekday", groups["named_weekday"])
        fitting = [
            d
            for y in (ctx.anchor.date.year, ctx.anchor.date.year - 1, ctx.anchor.date.year + 1)
            if (d := safe_date(y, month, day)) is not None and d.weekday() == weekday_number
        ]
        if fitting:
            return whole_day(
                fitting[0],
                0.95,
                f"month and day with weekday {groups['named_weekday']}: year {fitting[0].year}",
                ctx.anchor,
            )
    try:
        year, alternatives, certainty, why = year_for(month, day, ctx)
    except ValueError:
        return None
    alternatives = [
        Reading(value=f"{r.value}-{month:02d}-{day:02d}", start=d, end=d, reason=r.reason)
        for r in alternatives
        for d in [safe_date(int(r.value), month, day)]
        if d is not None
    ]
    return whole_day(dt.date(year, month, day), certainty, f"month and day; {why}", ctx.anchor, alternatives)


@resolves("numeric_date")
def numeric_date(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'13/02/2026', '2/13/26', '05.02.2026': see :mod:`chrono.temporal.numeric` for the order."""
    separator, written_year = groups["sep"], groups["year"]
    if len(written_year) == 2 and separator != "/":
        return None  # "13.02.26" is as often a version or a score as a date
    year = year_number(written_year if len(written_year) == 4 else f"'{written_year}", ctx)
    first, second = int(groups["first"]), int(groups["second"])
    found = numeric.readings(first, second, year)
    if not found:
        return None  # "31/31/2026"
    days = set(found.values())
    if len(days) == 1:
        (order, day), *_ = found.items()
        why = "a number above 12 can only be the day" if len(found) == 1 else "day and month are the same number"
        return whole_day(day, 1.0, f"numeric date, {order}: {why}", ctx.anchor)
    chosen: numeric.Order
    if ctx.numeric_order is not None:
        chosen = ctx.numeric_order
        certainty, why = 0.85, "as the text's other numeric dates, whose day is above 12, are written"
    else:
        chosen = numeric.default_order(separator)
        certainty = 0.6
        why = (
            "dots: day first, as European writing has it"
            if chosen == "day first"
            else ("slashes or hyphens: month first, as US news writes dates")
        )
    other: numeric.Order = "month first" if chosen == "day first" else "day first"
    alternative = Reading(value=found[other].isoformat(), start=found[other], end=found[other], reason=f"read {other}")
    return whole_day(found[chosen], certainty, f"numeric date read {chosen}: {why}", ctx.anchor, [alternative])


_MONTH_STEPS = {"last": -1, "this": 0, "next": 1}


def _days_numbered(number: int, steps: list[int], around: dt.date) -> list[dt.date]:
    """Day ``number`` of the months ``steps`` away from ``around``'s, where that month has it."""
    first = around.replace(day=1)
    months = [cal.add_months(first, step) for step in steps]
    return [d for month in months if (d := safe_date(month.year, month.month, number)) is not None]


@resolves("day_of_month")
def day_of_month(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'on the 14th', 'the 3rd and 4th', 'the 9th of next month': a day of a month left unsaid.

    The month is the story's (narrative time, else the publication date's); tense
    then moves it: "met on the 28th", written on the 26th, is last month's 28th,
    and "will meet on the 3rd" next month's. Either way the other month is kept
    as an alternative, since the choice rests on a default.
    """
    number = int(groups["dom"])
    rel = (groups.get("month_rel") or "").lower()
    published = ctx.anchor.date
    past = ctx.tense == "past" or ctx.signal == "since"

    def fits(day: dt.date) -> bool:
        if past:
            return day <= published
        return day >= published if ctx.tense == "future" else True

    if rel:
        base = ctx.anchor
        readings = _days_numbered(number, [_MONTH_STEPS[rel]], base.date)
    else:
        # The story's month first; when the tense rules out all of its neighbours too
        # ("will return on the 3rd" after a day of last month), the publication date's.
        base = ctx.reference
        readings = _days_numbered(number, [0, -1, 1], base.date)
        if base is not ctx.anchor and not any(map(fits, readings)):
            base = ctx.anchor
            readings = _days_numbered(number, [0, -1, 1], base.date)
    if not readings:
        return None  # "the 31st of next month" in a month of 30 days
    fitting = [d for d in readings if fits(d)]
    chosen = (fitting or readings)[0]
    end = chosen
    if "dom2" in groups:
        second = int(groups["dom2"])
        following = cal.add_months(chosen.replace(day=1), 1 if second <= number else 0)
        end_day = safe_date(following.year, following.month, second)
        if end_day is None:
            return None
        end = end_day
    why = f"day {number} of {chosen:%B %Y}, " + (
        f"'{rel} month' from {anchor_words(base)}"
        if rel
        else f"the month of {anchor_words(base)}"
        if chosen.month == base.date.month
        else f"the month {'before' if chosen < base.date else 'after'} that of {anchor_words(base)}, "
        f"as the {ctx.tense} tense asks"
    )
    alternatives = [
        Reading(value=d.isoformat(), start=d, end=d, reason=f"day {number} of {d:%B %Y}, if the month is that one")
        for d in readings
        if d != chosen
    ][:1]
    certainty = 0.9 if rel else 0.75 if base.source == "text" else 0.7
    if end == chosen:
        return whole_day(chosen, certainty, why, base, alternatives)
    return whole_days(chosen, end, certainty, f"range of days; {why}", base)


@resolves("date_range")
def date_range(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    first = explicit_date({k: v for k, v in groups.items() if k != "day2"}, ctx)
    if first is None or first.start is None:
        return None
    last = safe_date(first.start.year, first.start.month, int(groups["day2"]))
    if last is None or last < first.start:
        return None
    return whole_days(first.start, last, first.certainty, f"range of days in one month; {first.rationale}", ctx.anchor)


@resolves("month")
def month(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    number = number_of("month", groups["month"])
    modifier = (groups.get("modifier") or "").lower()
    alternatives: list[Reading] = []
    if "year" in groups:
        year, certainty, why = year_number(groups["year"], ctx), 1.0, "explicit month and year"
    elif "year_rel" in groups:
        shift = {"last": -1, "this": 0, "next": 1}[groups["year_rel"].lower()]
        year, certainty, why = ctx.anchor.date.year + shift, 0.95, f"month of '{groups['year_rel']} year'"
    elif modifier in ("last", "next", "this"):
        anchor = ctx.anchor.date
        if modifier == "this":
            year = anchor.year
        elif modifier == "last":
            year = anchor.year if number < anchor.month else anchor.year - 1
        else:
            year = anchor.year if number > anchor.month else anchor.year + 1
        certainty, why = 0.9, f"'{modifier}' month relative to {anchor_words(ctx.anchor)}"
    else:
        try:
            year, alternatives, certainty, why = year_for(number, None, ctx)
        except ValueError:
            return None
        alternatives = [Reading(value=f"{r.value}-{number:02d}", reason=r.reason) for r in alternatives]
    first, last = cal.month_bounds(year, number)
    value = TimeValue(
        value=f"{year:04d}-{number:02d}",
        start=first,
        end=last,
        precision=Precision.MONTH,
        certainty=certainty,
        rationale=why,
        anchor=ctx.anchor,
        alternatives=alternatives,
    )
    return with_part(value, modifier if modifier in PART_MODS else None)


@resolves("year")
def year(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    number = year_number(groups["year"] if "year" in groups else f"'{groups['short_year']}", ctx)  # "FY24"
    value = whole_years(number, number, 1.0, "explicit year", ctx.anchor)
    # "early 2024", "mid-1996", "the end of 2026": a third of the year, TIMEX3 mod START/MID/END.
    part = (groups.get("modifier") or "").lower() or (
        f"the {groups['position'].lower()} of" if "position" in groups else ""
    )
    return with_part(value, part or None)


_YEAR_SPAN_LIMIT = 50  # years a "1980-88" span may cover; a longer one is more likely two other numbers


@resolves("year_span")
def year_span(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """ "the 1980-88 Iran-Iraq war", "the 2023-24 season", "1998-2002": the years from one to the other.

    A two-digit end takes the first year's century, or the next one ("1998-02" is 1998 to
    2002). "2011-12" might be a year and a month; a year and the next is the common reading
    in news (seasons, fiscal years), so only that is taken where the end could be a month.
    """
    first = int(groups["year"])
    written = groups["year_end"]
    if len(written) == 2:
        last = first // 100 * 100 + int(written)
        if last <= first:
            last += 100
        if int(written) <= 12 and last != first + 1:
            return None  # "2025-03": a month more likely than a span
    else:
        last = int(written)
    if not 0 < last - first <= _YEAR_SPAN_LIMIT or last > 9999:
        return None
    return whole_years(first, last, 0.9, f"the years {first} to {last}", ctx.anchor)


@resolves("decade")
def decade(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    if "decade_short" in groups:  # "the '90s": the latest such decade begun by the anchor's year
        tens, year = int(groups["decade_short"]), ctx.anchor.date.year
        first_year = max(y for y in (year // 100 * 100 + tens, year // 100 * 100 - 100 + tens) if y <= year)
    else:
        first_year = int(groups["decade"])
    value = TimeValue(
        value=f"{first_year // 10:03d}",
        start=dt.date(first_year, 1, 1),
        end=dt.date(first_year + 9, 12, 31),
        precision=Precision.DECADE,
        certainty=1.0,
        rationale="explicit decade",
        anchor=ctx.anchor,
    )
    return with_part(value, groups.get("modifier"))


@resolves("century")
def century(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'the 20th century' is 1900-1999, TIMEX3 value 19."""
    word = groups.get("ordinal_word")
    number = number_of("ordinal", word) if word else int(groups["ordinal"][:-2])
    if not 1 <= number <= 30:
        return None
    first_year = (number - 1) * 100
    value = TimeValue(
        value=f"{number - 1:02d}",
        start=dt.date(max(first_year, 1), 1, 1),
        end=dt.date(first_year + 99, 12, 31),
        precision=Precision.CENTURY,
        certainty=0.95,
        anchor=ctx.anchor,
        rationale=f"the {number}th century",
    )
    return with_part(value, groups.get("modifier"))


_WEEK_OF_MONTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


@resolves("week_of_month")
def week_of_month(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'the first week of March': its first seven days; 'the last week of February': its last seven."""
    whole = month({k: v for k, v in groups.items() if k in ("month", "year")}, ctx)
    if whole is None or whole.start is None or whole.end is None:
        return None
    nth = _WEEK_OF_MONTH[groups["nth"].lower()]
    first = whole.end - 6 * DAY if nth < 0 else whole.start + 7 * (nth - 1) * DAY
    last = first + 6 * DAY
    return TimeValue(
        value=f"{first.isoformat()}/{last.isoformat()}",
        start=first,
        end=last,
        precision=Precision.WEEK,
        certainty=whole.certainty,
        anchor=ctx.anchor,
        rationale=f"the {groups['nth'].lower()} seven days of {whole.value}; {whole.rationale}",
        alternatives=whole.alternatives,
    )


@resolves("week_of")
def week_of(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'the week of March 6': the calendar week containing that day."""
    day_value = explicit_date({k: v for k, v in groups.items() if k in ("month", "day", "year")}, ctx)
    if day_value is None or day_value.start is None:
        return None
    value, start, end, precision = unit_interval(day_value.start, "week")
    return TimeValue(
        value=value,
        start=start,
        end=end,
        precision=precision,
        certainty=day_value.certainty,
        anchor=ctx.anchor,
        rationale=f"the week containing {day_value.start}; {day_value.rationale}",
    )


_SPELLED_TENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SPELLED_ONES = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


@resolves("spelled_year")
def spelled_year(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'nineteen ninety-six', 'the year two thousand', 'January nineteen ninety-seven' (transcripts spell years out)."""
    if "century" in groups:
        century = 1900 if groups["century"].lower() == "nineteen" else 2000
        number = (
            century + _SPELLED_TENS[groups["tens"].lower()] + _SPELLED_ONES.get((groups.get("ones") or "").lower(), 0)
        )
    else:
        number = 2000 + _SPELLED_ONES.get((groups.get("ones_2000") or "").lower(), 0)
    if "month" in groups:
        return month({"month": groups["month"], "year": str(number)}, ctx)
    if "season" in groups:
        return season({"season": groups["season"], "year": str(number)}, ctx)
    return year({"year": str(number)}, ctx)
