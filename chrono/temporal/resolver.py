"""Turn tagged expressions into TimeValues against an anchor.

One small function per rule family, chosen by the rule's ``resolve`` name in
``rules.json``. Each returns the chosen reading with its interval, precision,
certainty and a one-line rationale, plus the readings it passed over. The
narrative reference time (the last day the text pinned down) is threaded
through in reading order, so "the day before" follows the story, not the
publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from chrono.models import (
    Anchor,
    Precision,
    PublicationDate,
    Reading,
    Sentence,
    TemporalExpression,
    TimeValue,
    TimexMatch,
    TimexType,
)
from chrono.temporal import calendar as cal
from chrono.temporal.counted import counted_days
from chrono.temporal.lexicon import count_of, is_approximate_count, word_classes
from chrono.temporal.tense import Tense, detect_tense, past_verb_before

DAY = cal.DAY


@dataclass(frozen=True)
class Context:
    """What a resolver function may look at besides the captured words."""

    anchor: Anchor  # the publication date
    reference: Anchor  # narrative time: the last day (or month) the text pinned down
    tense: Tense | None
    signal: str | None
    day_reference: Anchor | None = None  # the last day the text pinned down, if any
    year_reference: Anchor | None = None  # the last year the text pinned down (by a year or anything finer)
    written_year: Anchor | None = None  # a date with its year written out, earlier in this sentence
    past_verb: bool = False  # a past verb right before the expression governs it ("began in late February")

    def reference_for(self, unit: str) -> Anchor:
        """ "The previous day" counts from the last *day* named, not from "this month"'s first day;
        "the following year" from the last year named ("in 2019"), which moves no day or month."""
        if unit in _DAY_UNITS and self.day_reference is not None:
            return self.day_reference
        if unit == "year" and self.year_reference is not None:
            return self.year_reference
        return self.reference


_DAY_UNITS = frozenset({"day", "week", "hour", "minute", "morning", "night", "evening", "afternoon"})


Resolver = Callable[[dict[str, str], Context], TimeValue | None]
_RESOLVERS: dict[str, Resolver] = {}


def _resolver(name: str) -> Callable[[Resolver], Resolver]:
    def register(function: Resolver) -> Resolver:
        _RESOLVERS[name] = function
        return function

    return register


def _anchor_words(anchor: Anchor) -> str:
    if anchor.source == "text":
        return f"{anchor.date} (narrative time, from '{anchor.text}')"
    names = {"given": "publication date", "inferred": "inferred publication date", "default": "default date"}
    return f"{anchor.date} ({names.get(anchor.source, anchor.source)})"


def _lookup(class_name: str, word: str) -> object:
    return word_classes()[class_name].lookup(word)


def _day(
    day: dt.date,
    certainty: float,
    rationale: str,
    anchor: Anchor,
    alternatives: list[Reading] | None = None,
    modifier: str | None = None,
) -> TimeValue:
    return TimeValue(
        value=day.isoformat(),
        start=day,
        end=day,
        precision=Precision.DAY,
        modifier=modifier,
        certainty=certainty,
        rationale=rationale,
        anchor=anchor,
        alternatives=alternatives or [],
    )


def _unit_interval(day: dt.date, unit: str) -> tuple[str, dt.date, dt.date, Precision]:
    """The calendar unit (week, month, ...) containing ``day``, as value and bounds."""
    if unit == "week":
        monday = cal.week_start(day)
        return cal.week_value(day), monday, monday + 6 * DAY, Precision.WEEK
    if unit == "weekend":
        saturday = cal.week_start(day) + 5 * DAY
        return f"{cal.week_value(day)}-WE", saturday, saturday + DAY, Precision.WEEK
    if unit == "month":
        first, last = cal.month_bounds(day.year, day.month)
        return f"{day.year:04d}-{day.month:02d}", first, last, Precision.MONTH
    if unit == "quarter":
        quarter = (day.month - 1) // 3 + 1
        first, last = cal.quarter_bounds(day.year, quarter)
        return f"{day.year:04d}-Q{quarter}", first, last, Precision.QUARTER
    if unit == "year":
        return f"{day.year:04d}", dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), Precision.YEAR
    if unit == "decade":
        first_year = day.year - day.year % 10
        return f"{first_year // 10:03d}", dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), Precision.DECADE
    if unit == "century":
        first_year = day.year - day.year % 100
        return (
            f"{first_year // 100:02d}",
            dt.date(max(first_year, 1), 1, 1),
            dt.date(first_year + 99, 12, 31),
            Precision.CENTURY,
        )
    return day.isoformat(), day, day, Precision.DAY


def _shift(day: dt.date, unit: str, amount: int) -> dt.date:
    if unit in ("day", "night", "morning", "evening", "afternoon"):
        return day + amount * DAY
    if unit in ("week", "weekend"):
        return day + 7 * amount * DAY
    if unit == "fortnight":
        return day + 14 * amount * DAY
    if unit == "month":
        return cal.add_months(day, amount)
    if unit == "quarter":
        return cal.add_months(day, 3 * amount)
    if unit == "year":
        return cal.add_years(day, amount)
    if unit == "decade":
        return cal.add_years(day, 10 * amount)
    if unit == "century":
        return cal.add_years(day, 100 * amount)
    raise ValueError(f"cannot shift by {unit}")


def _unit_name(word: str) -> str:
    return word.lower().rstrip("s") if word.lower() not in ("century", "centuries") else "century"


_NEAR_DAYS = 30
_TENSE_REACH_DAYS = 240


def _year_for(month: int, day: int | None, ctx: Context) -> tuple[int, list[Reading], float, str]:
    """Pick the year of a month (and day) named without one.

    Right after a date with its year written out ("began on Dec. 31, 2025 and ended
    on Jan. 2"), the story is in that year's neighbourhood: the nearest such date to
    it wins. Otherwise the publication date decides, with the tense.
    """
    by_publication = _year_near_publication(month, day, ctx)
    written = ctx.written_year
    if written is None:
        return by_publication
    reference = written.date if day is not None else written.date.replace(day=1)
    readings = [
        (year, date)
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if (date := _safe_date(year, month, day or 1)) is not None
    ]
    if not readings:
        return by_publication
    year, date = min(readings, key=lambda reading: abs((reading[1] - reference).days))
    published = ctx.anchor.date
    if year == by_publication[0] or (date < published if ctx.tense == "future" else date > published):
        return by_publication  # "invited in July 1997, will join on March 12": the tense wins
    other = Reading(value=str(by_publication[0]), reason=f"year {by_publication[0]} if read from the publication date")
    return year, [other], 0.8, f"year of the nearest such date to {_anchor_words(written)}, written just before"


def _year_near_publication(month: int, day: int | None, ctx: Context) -> tuple[int, list[Reading], float, str]:
    """The year of a month (and day) named without one, by tense, nearest the publication date."""
    anchor = ctx.anchor.date

    def candidate(year: int) -> dt.date:
        return dt.date(year, month, day if day is not None else 1)

    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    valid = []
    for year in years:
        try:
            valid.append((year, candidate(year)))
        except ValueError:
            continue
    if not valid:
        raise ValueError("no such day in any nearby year")

    # Compare whole months when no day is given: "in February" said on 5 February is this one.
    def key(item: tuple[int, dt.date]) -> dt.date:
        return item[1] if day is not None else dt.date(item[0], month, 1)

    reference = anchor if day is not None else dt.date(anchor.year, anchor.month, 1)
    past = [item for item in valid if key(item) <= reference]
    future = [item for item in valid if key(item) >= reference]
    nearest = min(valid, key=lambda item: abs((key(item) - reference).days))
    latest_past = max(past, key=key) if past else None
    next_future = min(future, key=key) if future else None
    # A date without a year is usually the one nearest the article. Tense overrides that only
    # when the nearest lies well the other way ("the Oct. 23 slaying", said in May) and the
    # reading in the tense's direction is within eight months; "was extended to Nov. 16",
    # written on 30 October, stays in November.
    towards = latest_past if ctx.tense == "past" else next_future if ctx.tense == "future" else None
    gap_nearest = abs((key(nearest) - reference).days)
    if ctx.signal == "since" and latest_past is not None:
        # "since Oct. 23": what has lasted since a day began on it, so the day is behind the writer.
        chosen, why, certainty = latest_past, "'since': the latest such date on or before", 0.85
    elif (
        towards is not None
        and towards != nearest
        and gap_nearest > _NEAR_DAYS
        and (
            abs((key(towards) - reference).days) <= _TENSE_REACH_DAYS
            # "began in late February", written in November: a past verb of its own puts it behind
            # however far; a reporting verb further away may govern a plan ("agreed to buy in May").
            or (ctx.past_verb and gap_nearest > _NEAR_DAYS * 2)
        )
    ):
        chosen, why, certainty = towards, f"{ctx.tense} tense: the {ctx.tense} such date nearest", 0.75
    elif (
        ctx.tense is None
        and ctx.signal not in ("until", "by")
        and latest_past is not None
        and nearest != latest_past
        and gap_nearest > _NEAR_DAYS * 2
    ):
        # News tells what happened: with no verb to say otherwise, a date more than two months
        # ahead ("in April", written in October) is last April; a deadline ("by February") is not.
        chosen, why, certainty = latest_past, "no tense cue, news default past: the latest such date before", 0.7
    else:
        chosen, why, certainty = nearest, "nearest such date to", 0.9 if gap_nearest <= _NEAR_DAYS * 3 else 0.75
    others = [latest_past, next_future]
    alternatives = [
        Reading(value=str(year), reason=f"year {year} if the date is read the other way in time")
        for year, _ in {item for item in others if item is not None and item[0] != chosen[0]}
    ]
    return chosen[0], alternatives, certainty, f"year from {why} {_anchor_words(ctx.anchor)}"


def _year_number(text: str, ctx: Context) -> int:
    """A written year; a two-digit one ("'98") takes the century that puts it nearest the anchor."""
    if text[0] in "'’":
        two_digits = int(text[1:])
        century = ctx.anchor.date.year // 100 * 100
        candidates = [c + two_digits for c in (century - 100, century, century + 100) if 1 <= c + two_digits <= 9999]
        return min(candidates, key=lambda y: (abs(y - ctx.anchor.date.year), -y))
    return int(text)


@_resolver("explicit_date")
def explicit_date(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    if "day_first" in groups:  # "Tuesday 3 February": the same date written day first
        groups = {**groups, "day": groups["day_first"], "month": groups["month_after"]}
    month = int(groups["month_num"]) if "month_num" in groups else int(_lookup("month", groups["month"]))  # type: ignore[call-overload]
    day = int(groups["day"])
    if "year" in groups:
        try:
            value = dt.date(_year_number(groups["year"], ctx), month, day)
        except ValueError:
            return None  # "30 February 2026" is not a date; the tagger hit is dropped
        return _day(value, 1.0, "explicit date with year", ctx.anchor)
    if "named_weekday" in groups:
        # "Saturday, April 25": the weekday picks the year among the nearby ones.
        weekday_number = int(_lookup("weekday", groups["named_weekday"]))  # type: ignore[call-overload]
        fitting = [
            d
            for y in (ctx.anchor.date.year, ctx.anchor.date.year - 1, ctx.anchor.date.year + 1)
            if (d := _safe_date(y, month, day)) is not None and d.weekday() == weekday_number
        ]
        if fitting:
            return _day(
                fitting[0],
                0.95,
                f"month and day with weekday {groups['named_weekday']}: year {fitting[0].year}",
                ctx.anchor,
            )
    try:
        year, alternatives, certainty, why = _year_for(month, day, ctx)
    except ValueError:
        return None
    alternatives = [
        Reading(value=f"{r.value}-{month:02d}-{day:02d}", start=d, end=d, reason=r.reason)
        for r in alternatives
        for d in [_safe_date(int(r.value), month, day)]
        if d is not None
    ]
    return _day(dt.date(year, month, day), certainty, f"month and day; {why}", ctx.anchor, alternatives)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_MONTH_STEPS = {"last": -1, "this": 0, "next": 1}


def _days_numbered(number: int, steps: list[int], around: dt.date) -> list[dt.date]:
    """Day ``number`` of the months ``steps`` away from ``around``'s, where that month has it."""
    first = around.replace(day=1)
    months = [cal.add_months(first, step) for step in steps]
    return [d for month in months if (d := _safe_date(month.year, month.month, number)) is not None]


@_resolver("day_of_month")
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
        end_day = _safe_date(following.year, following.month, second)
        if end_day is None:
            return None
        end = end_day
    why = f"day {number} of {chosen:%B %Y}, " + (
        f"'{rel} month' from {_anchor_words(base)}"
        if rel
        else f"the month of {_anchor_words(base)}"
        if chosen.month == base.date.month
        else f"the month {'before' if chosen < base.date else 'after'} that of {_anchor_words(base)}, "
        f"as the {ctx.tense} tense asks"
    )
    alternatives = [
        Reading(value=d.isoformat(), start=d, end=d, reason=f"day {number} of {d:%B %Y}, if the month is that one")
        for d in readings
        if d != chosen
    ][:1]
    certainty = 0.9 if rel else 0.75 if base.source == "text" else 0.7
    if end == chosen:
        return _day(chosen, certainty, why, base, alternatives)
    return _days(chosen, end, certainty, f"range of days; {why}", base)


def _days(first: dt.date, last: dt.date, certainty: float, rationale: str, anchor: Anchor) -> TimeValue:
    """A run of whole days, TIMEX3 value 'first/last'."""
    return TimeValue(
        value=f"{first.isoformat()}/{last.isoformat()}",
        start=first,
        end=last,
        precision=Precision.DAY,
        certainty=certainty,
        rationale=rationale,
        anchor=anchor,
    )


@_resolver("date_range")
def date_range(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    first = explicit_date({k: v for k, v in groups.items() if k != "day2"}, ctx)
    if first is None or first.start is None:
        return None
    last = _safe_date(first.start.year, first.start.month, int(groups["day2"]))
    if last is None or last < first.start:
        return None
    return _days(first.start, last, first.certainty, f"range of days in one month; {first.rationale}", ctx.anchor)


_PART_MODS = {
    "early": "START",
    "mid": "MID",
    "late": "END",
    "the end of": "END",
    "the start of": "START",
    "the beginning of": "START",
    "the middle of": "MID",
}


def _with_part(value: TimeValue, part: str | None) -> TimeValue:
    """Narrow an interval to its early, middle or late third ("early February")."""
    if part is None or value.start is None or value.end is None:
        return value
    modifier = _PART_MODS.get(" ".join(part.lower().split()))
    if modifier is None:
        return value
    start, end = cal.thirds(value.start, value.end, modifier)
    return value.model_copy(
        update={
            "start": start,
            "end": end,
            "modifier": modifier,
            "rationale": f"{value.rationale}; '{part}' keeps the {modifier.lower()} third",
        }
    )


@_resolver("month")
def month(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    number = int(_lookup("month", groups["month"]))  # type: ignore[call-overload]
    modifier = (groups.get("modifier") or "").lower()
    alternatives: list[Reading] = []
    if "year" in groups:
        year, certainty, why = _year_number(groups["year"], ctx), 1.0, "explicit month and year"
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
        certainty, why = 0.9, f"'{modifier}' month relative to {_anchor_words(ctx.anchor)}"
    else:
        try:
            year, alternatives, certainty, why = _year_for(number, None, ctx)
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
    return _with_part(value, modifier if modifier in _PART_MODS else None)


@_resolver("year")
def year(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    number = _year_number(groups["year"], ctx)
    value = TimeValue(
        value=f"{number:04d}",
        start=dt.date(number, 1, 1),
        end=dt.date(number, 12, 31),
        precision=Precision.YEAR,
        certainty=1.0,
        rationale="explicit year",
        anchor=ctx.anchor,
    )
    # "early 2024", "mid-1996", "the end of 2026": a third of the year, TIMEX3 mod START/MID/END.
    part = (groups.get("modifier") or "").lower() or (
        f"the {groups['position'].lower()} of" if "position" in groups else ""
    )
    return _with_part(value, part or None)


@_resolver("decade")
def decade(groups: dict[str, str], ctx: Context) -> TimeValue | None:
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
    return _with_part(value, groups.get("modifier"))


_RELATIVE_DAYS = {
    "the day before yesterday": (-2, None),
    "the day after tomorrow": (2, None),
    "yesterday": (-1, None),
    "today": (0, None),
    "tomorrow": (1, None),
    "tonight": (0, "NI"),
    "last night": (-1, "NI"),
    "overnight": (-1, "NI"),  # in a report, the night just gone: "drones struck overnight"
    "this morning": (0, "MO"),
    "this afternoon": (0, "AF"),
    "this evening": (0, "EV"),
}


@_resolver("relative_day")
def relative_day(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    word = " ".join(groups["word"].lower().split())
    offset, part = _RELATIVE_DAYS[word]
    if groups.get("part") or groups.get("lead_part"):  # "yesterday afternoon", "mid-afternoon yesterday"
        part = str(_lookup("part_of_day", groups.get("part") or groups["lead_part"]))
    day = ctx.anchor.date + offset * DAY
    certainty = 0.8 if word == "overnight" else 0.95  # "overnight" may be the story's night, not the writer's
    value = _day(day, certainty, f"'{word}' is {offset:+d} day(s) from {_anchor_words(ctx.anchor)}", ctx.anchor)
    if part:
        value = value.model_copy(update={"value": f"{day.isoformat()}T{part}", "timex_type": TimexType.TIME})
    return value


@_resolver("weekday")
def weekday(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    target = int(_lookup("weekday", groups["weekday"]))  # type: ignore[call-overload]
    name = cal.WEEKDAY_NAMES[target]
    modifier = (groups.get("modifier") or "").lower()
    anchor = ctx.anchor.date
    back = (anchor.weekday() - target) % 7  # days back to the latest such weekday, 0 = today
    ahead = (target - anchor.weekday()) % 7
    on_or_before, on_or_after = anchor - back * DAY, anchor + ahead * DAY
    this_week = cal.week_start(anchor) + target * DAY
    where = _anchor_words(ctx.anchor)
    alternatives: list[Reading] = []

    def reading(day: dt.date, reason: str) -> Reading:
        return Reading(value=day.isoformat(), start=day, end=day, reason=reason)

    if modifier in ("last", "previous", "past"):
        latest = anchor - (back or 7) * DAY
        previous_week = this_week - 7 * DAY
        if modifier == "past" or latest == previous_week:
            chosen, certainty = latest, 0.9
            why = f"'{modifier} {name}': the latest {name} before {where}"
        else:
            # The latest Wednesday is in the anchor's own week: a writer naming that day says
            # "on Wednesday"; "last Wednesday" then points to the week before.
            chosen, certainty = previous_week, 0.7
            why = f"'last {name}': {name} of the previous calendar week, before {where}"
            alternatives.append(reading(latest, f"the latest {name} before the anchor, in the same week"))
    elif modifier == "next":
        soonest = anchor + (ahead or 7) * DAY
        next_week = this_week + 7 * DAY
        if soonest == next_week:
            chosen, certainty, why = soonest, 0.9, f"'next {name}': the first {name} after {where}"
        else:
            chosen, certainty = next_week, 0.6
            why = f"'next {name}': {name} of the next calendar week after {where}"
            alternatives.append(reading(soonest, f"the first {name} after the anchor, in the same week"))
    elif modifier == "coming":
        chosen, certainty, why = anchor + (ahead or 7) * DAY, 0.9, f"'coming {name}': first {name} after {where}"
    elif modifier == "this":
        chosen, certainty, why = this_week, 0.85, f"'this {name}': {name} of the week of {where}"
    elif ctx.tense == "future" and not groups.get("poss"):
        chosen, certainty = on_or_after, 0.85
        why = f"{name}, future tense: the next {name} on or after {where}"
        alternatives.append(reading(on_or_before, f"the latest {name} on or before the anchor, if past"))
    elif ctx.tense is None and ctx.signal in ("until", "by") and not groups.get("poss"):
        # "have until Tuesday to sign": a deadline with no verb in the past is still ahead.
        chosen, certainty = on_or_after, 0.7
        why = f"'{ctx.signal} {name}', no tense cue: a deadline, the next {name} on or after {where}"
        alternatives.append(reading(on_or_before, f"the latest {name} on or before the anchor, if past"))
    else:
        chosen = on_or_before
        certainty = 0.9 if ctx.tense else 0.7
        tense_words = f"{ctx.tense} tense" if ctx.tense else "no tense cue, news default past"
        why = f"{name}, {tense_words}: the latest {name} on or before {where}"
        if on_or_after != on_or_before:
            alternatives.append(reading(on_or_after, f"the next {name} on or after the anchor, if planned"))
    value = _day(chosen, certainty, why, ctx.anchor, alternatives)
    if groups.get("part") or groups.get("lead_part"):  # "Tuesday morning", "mid-morning Tuesday"
        part = str(_lookup("part_of_day", groups.get("part") or groups["lead_part"]))
        value = value.model_copy(update={"value": f"{chosen.isoformat()}T{part}", "timex_type": TimexType.TIME})
    return value


_FORWARD = {"later": 1, "after": 1, "from now": 1, "hence": 1, "on": 1, "ago": -1, "earlier": -1, "before": -1}


@_resolver("offset")
def offset(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    amount, vague = count_of(groups["number"])
    unit = _unit_name(groups["unit"])
    direction = " ".join(groups["direction"].lower().split())
    sign = _FORWARD[direction]
    # "ago" and "from now" count from the moment of writing; "later"/"earlier" from the story.
    base = ctx.anchor if direction in ("ago", "from now", "hence") else ctx.reference_for(unit)
    try:
        day = _shift(base.date, unit, sign * amount)
    except (ValueError, OverflowError):
        return None
    value, start, end, precision = _unit_interval(day, unit)
    if vague:  # "several years ago": some time in the past, roughly then
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
    roughly = is_approximate_count(groups["number"])  # "a couple of days ago": about two
    certainty = 0.6 if vague else 0.75 if roughly else 0.9
    about = vague or roughly or groups.get("approx_word") or groups.get("or_so")
    modifier = "APPROX" if about else None
    if base.source == "text":
        certainty -= 0.1
    elif direction not in ("ago", "from now", "hence"):
        certainty = min(certainty, 0.5)  # no earlier date in the text to count from
    return TimeValue(
        value=value,
        start=start,
        end=end,
        precision=precision,
        modifier=modifier,
        certainty=certainty,
        anchor=base,
        rationale=f"{amount} {unit}(s) {direction} {_anchor_words(base)}",
    )


_ORDER = {
    "next": 1,
    "following": 1,
    "after": 1,
    "later": 1,
    "previous": -1,
    "preceding": -1,
    "before": -1,
    "earlier": -1,
    "same": 0,
    "that": 0,
}


@_resolver("narrative")
def narrative(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    unit = _unit_name(groups.get("unit") or groups.get("unit_after") or "day")
    order_word = (groups.get("order") or groups.get("direction") or "same").lower()
    step = _ORDER[order_word]
    base = ctx.reference_for(unit)
    part_of_day = unit in ("morning", "night", "evening", "afternoon")
    day = _shift(base.date, "day" if part_of_day else unit, step)  # "the next morning": the next day's
    value, start, end, precision = _unit_interval(day, "day" if part_of_day else unit)
    certainty = 0.85 if base.source == "text" else 0.4
    note = "" if base.source == "text" else "; no earlier date in the text, so counted from the publication date"
    return TimeValue(
        value=value,
        start=start,
        end=end,
        precision=precision,
        certainty=certainty,
        anchor=base,
        rationale=f"'{order_word}' {unit} relative to {_anchor_words(base)}{note}",
    )


@_resolver("within_unit")
def within_unit(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    unit = (groups.get("unit") or groups.get("modifier_end") or "year").lower()
    modifier = (groups.get("modifier") or "the").lower()
    position = " ".join((groups.get("position") or "the end of").lower().split())
    step = {"last": -1, "this": 0, "the": 0, "next": 1}[modifier]
    anchor = ctx.anchor.date
    value, start, end, precision = _unit_interval(_shift(anchor, unit, step), unit)
    mod: str | None
    if position == "earlier" and step == 0:
        end, mod = anchor, "START"
    elif position in ("later", "the rest of") and step == 0:
        start, mod = anchor, "END"
    else:
        mod = {"earlier": "START", "later": "END", "early": "START", "late": "END", "mid": "MID", **_PART_MODS}.get(
            position
        )
        if mod:
            start, end = cal.thirds(start, end, mod)
    return TimeValue(
        value=value,
        start=start,
        end=end,
        precision=precision,
        modifier=mod,
        certainty=0.85,
        anchor=ctx.anchor,
        rationale=f"'{position}' part of {modifier} {unit}, from {_anchor_words(ctx.anchor)}",
    )


_UNIT_STEPS = {
    "before last": -2,
    "last": -1,
    "this past": -1,  # American for the last one: "this past weekend"
    "previous": -1,
    "this": 0,
    "the current": 0,
    "next": 1,
    "coming": 1,
}


@_resolver("relative_unit")
def relative_unit(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    unit = groups["unit"].lower()
    modifier = " ".join(groups["modifier"].lower().split())
    step = _UNIT_STEPS[modifier]
    value, start, end, precision = _unit_interval(_shift(ctx.anchor.date, unit, step), unit)
    return TimeValue(
        value=value,
        start=start,
        end=end,
        precision=precision,
        certainty=0.95,
        anchor=ctx.anchor,
        rationale=f"'{modifier} {unit}': the calendar {unit} {step:+d} from {_anchor_words(ctx.anchor)}",
    )


@_resolver("the_weekend")
def the_weekend(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'over the weekend': the latest weekend begun by the anchor; in a plan, the next one."""
    anchor = ctx.anchor.date
    if ctx.tense == "future" or groups.get("ahead"):
        saturday = anchor + ((5 - anchor.weekday()) % 7) * DAY if anchor.weekday() != 6 else anchor + 6 * DAY
        cue = "'ahead of'" if groups.get("ahead") else "future tense"
        why = f"'the weekend', {cue}: the next weekend from {_anchor_words(ctx.anchor)}"
    else:
        saturday = anchor - ((anchor.weekday() - 5) % 7) * DAY
        why = f"'the weekend': the latest weekend begun by {_anchor_words(ctx.anchor)}"
    value, start, end, precision = _unit_interval(saturday, "weekend")
    return TimeValue(
        value=value, start=start, end=end, precision=precision, certainty=0.85, anchor=ctx.anchor, rationale=why
    )


_WEEK_OF_MONTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


@_resolver("week_of_month")
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


_DURATION_LETTERS = {
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "fortnight": "W",
    "quarter": "Q",  # TimeML's P2Q: "two quarters" is no six months in a quarterly report
    "hour": "H",
    "minute": "M",
    "weekend": "WE",
}


_UNIT_MULTIPLES = {"fortnight": ("week", 2), "decade": ("year", 10), "century": ("year", 100)}


_SMALLER_UNIT = {"year": ("M", 12), "day": ("TH", 24), "hour": ("TM", 60), "minute": ("TS", 60)}


def _duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration; decades and centuries are spelled in years (P20Y), as TimeBank does.

    A fraction goes into the next smaller unit when it comes out whole, as TimeML
    writes it ("2 1/2 years" P2Y6M, "an hour and a half" PT1H30M, "1.5 weeks"
    P10DT12H); otherwise the count keeps its decimals (P1.5M).
    """
    if unit in _UNIT_MULTIPLES and amount is not None:
        unit, factor = _UNIT_MULTIPLES[unit]
        amount *= factor
    time = unit in ("hour", "minute")
    if amount is None or amount == int(amount):
        count = "X" if amount is None else str(int(amount))
        return f"{'PT' if time else 'P'}{count}{_DURATION_LETTERS[unit]}"
    if unit == "week":
        unit, amount = "day", amount * 7
    whole, rest = int(amount), amount - int(amount)
    smaller = _SMALLER_UNIT.get(unit)
    if smaller is not None and (rest * smaller[1]).is_integer():
        letter, factor = smaller
        first = f"{whole}{_DURATION_LETTERS[unit]}" if whole else ""
        second = f"{int(rest * factor)}{letter[-1]}"
        if time:
            return f"PT{first}{second}"
        return f"P{first}{'T' if letter.startswith('T') else ''}{second}"
    return f"{'PT' if time else 'P'}{amount:g}{_DURATION_LETTERS[unit]}"


@_resolver("fuzzy_span")
def fuzzy_span(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    unit = _unit_name(groups.get("unit") or groups["unit_single"])
    direction = groups["direction"].lower()
    if "unit_single" in groups:
        amount, vague = 1, False  # "the past year": exactly one
    else:
        amount, vague = count_of(groups["number"]) if groups.get("number") else (3, True)
    anchor = ctx.anchor.date
    forward = direction in ("coming", "next", "following")
    try:
        far = _shift(anchor, unit, amount if forward else -amount) if unit != "hour" else anchor
    except (ValueError, OverflowError):
        return None
    start, end = (anchor, far) if forward else (far, anchor)
    precision = {
        "day": Precision.DAY,
        "week": Precision.WEEK,
        "month": Precision.MONTH,
        "year": Precision.YEAR,
        "decade": Precision.DECADE,
    }.get(unit, Precision.DAY)
    words = "a few" if not groups.get("number") else groups["number"]
    # A counted span is a length, exactly ("the past three weeks", P3W) or vaguely ("the past few
    # weeks", PXW); an uncounted one ("recent days", "the coming weeks") is a vague reference to
    # the past or future. Vague ones keep an approximate interval, which dates events.
    reference_value = "FUTURE_REF" if forward else "PAST_REF"
    counted = not vague or bool(groups.get("number"))  # "the next few days": a length, vaguely counted
    return TimeValue(
        value=reference_value if not counted else _duration_value(None if vague else amount, unit),
        timex_type=TimexType.DURATION if counted else TimexType.DATE,
        start=start,
        end=end,
        precision=precision,
        modifier="APPROX" if vague or is_approximate_count(groups.get("number") or "") else None,
        certainty=0.6 if vague else 0.8,
        anchor=ctx.anchor,
        rationale=f"'{direction}' {words} {unit}s: a span {'starting' if forward else 'ending'} at "
        f"{_anchor_words(ctx.anchor)}" + (f", {words} read as about {amount}" if vague else ""),
    )


_FRACTIONS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "½": 0.5, "¼": 0.25, "¾": 0.75}


def _duration_amount(groups: dict[str, str]) -> tuple[float, bool]:
    """How many units: "half an hour" 0.5, "2.5 years", "5 1/2 hours", "a year and a half" 1.5."""
    if "half" in groups:
        return 0.5, False
    if "decimal" in groups:
        return float(groups["decimal"]), False
    count, vague = count_of(groups["number"])
    amount = float(count)
    if not vague:
        amount += _FRACTIONS.get(groups.get("fraction") or groups.get("fraction_sign") or "", 0.0)
        amount += 0.5 if "number_and_half" in groups or "and_half" in groups else 0.0
    return amount, vague


@_resolver("duration")
def duration(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    amount, vague = _duration_amount(groups)
    unit = _unit_name(groups["unit"])
    hedge = groups.get("approx_word")
    about = vague or ("number" in groups and is_approximate_count(groups["number"]))
    modifier = str(_lookup("approx", hedge)) if hedge else ("APPROX" if about else None)
    return TimeValue(
        value=_duration_value(None if vague else amount, unit),
        timex_type=TimexType.DURATION,
        precision=Precision.UNKNOWN,
        modifier=modifier,
        certainty=0.9 if not vague else 0.6,
        anchor=ctx.anchor,
        rationale=f"a length of time, {amount:g} {unit}(s)" + (f", hedged by '{hedge}'" if hedge else ""),
    )


_REFERENCES = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "these days": "PRESENT_REF",
    # "will one day be", "could someday": after a modal, some time ahead (not a length of a day)
    "one day": "FUTURE_REF",
    "someday": "FUTURE_REF",
    "some day": "FUTURE_REF",
}


@_resolver("reference")
def reference(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    word = " ".join(groups["ref"].lower().split())
    value = _REFERENCES[word]
    anchor = ctx.anchor.date
    start, end = {"PRESENT_REF": (anchor, anchor), "PAST_REF": (None, anchor), "FUTURE_REF": (anchor, None)}[value]
    return TimeValue(
        value=value,
        start=start,
        end=end,
        precision=Precision.UNKNOWN,
        certainty=0.8,
        anchor=ctx.anchor,
        rationale=f"'{word}' refers to the time around {_anchor_words(ctx.anchor)}",
    )


_YEAR_STEPS = {"this": 0, "current": 0, "same": 0, "last": -1, "previous": -1, "next": 1, "following": 1}


def _named_year(groups: dict[str, str], ctx: Context) -> tuple[int, str] | None:
    """The year that "of last year" or "of the following year" names, and why.

    "Last year" counts from the publication date; "the following year" from the
    narrative, as "the following day" does.
    """
    if "year_rel" in groups:
        word, anchor = groups["year_rel"].lower(), ctx.anchor
        return anchor.date.year + _YEAR_STEPS[word], f"'{word} year' from {_anchor_words(anchor)}"
    if "year_narrative" in groups:
        word, anchor = groups["year_narrative"].lower(), ctx.reference_for("year")
        return anchor.date.year + _YEAR_STEPS[word], f"'the {word} year' from {_anchor_words(anchor)}"
    return None


def _quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _shift_quarter(year: int, quarter: int, by: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + by
    return index // 4, index % 4 + 1


@_resolver("quarter")
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
            number = int(_lookup("ordinal", groups["qnum"]))  # type: ignore[call-overload]
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
            year, why = anchor_year - 1, f"quarter {number} has not begun by {_anchor_words(ctx.anchor)}: last year's"
        else:
            year, why = anchor_year, f"quarter {number} of the year of {_anchor_words(ctx.anchor)}"
        quarter_number = number
    else:
        # "The quarter" in a report is the one just reported: the last one completed.
        det = det or (groups.get("det_owned") or "the").lower()
        step = {"this": 0, "current": 0, "next": 1}.get(det, -1)
        if rel == "current":
            step = 0
        year, quarter_number = _shift_quarter(anchor_year, anchor_quarter, step)
        why = f"'{det} quarter': quarter {step:+d} from {_anchor_words(ctx.anchor)}"
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


@_resolver("season")
def season(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    code, first_month = _lookup("season", groups["season"])  # type: ignore[misc]
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
        why = f"'{modifier or 'the'} {groups['season'].lower()}' relative to {_anchor_words(ctx.anchor)}"
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
    return _with_part(value, modifier if modifier in ("early", "late", "mid") else None)


@_resolver("set")
def recurring(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    if "weekday" in groups:
        number = int(_lookup("weekday", groups["weekday"]))  # type: ignore[call-overload]
        value, words = f"XXXX-WXX-{number + 1}", f"every {cal.WEEKDAY_NAMES[number]}"
    elif "month" in groups:  # "each July": every year's July, no particular one
        month = int(_lookup("month", groups["month"]))  # type: ignore[call-overload]
        value, words = f"XXXX-{month:02d}", f"every {groups['month']}"
    elif "season" in groups:
        code, _ = _lookup("season", groups["season"])  # type: ignore[misc]
        value, words = f"XXXX-{code}", f"every {groups['season'].lower()}"
    elif "unit" in groups:  # "every two weeks": the interval
        amount, vague = count_of(groups["number"])
        value = _duration_value(None if vague else amount, _unit_name(groups["unit"]))
        words = f"every {groups['number']} {groups['unit']}s"
    else:
        value, words = str(_lookup("set", groups["word"])), groups["word"].lower()
    return TimeValue(
        value=value,
        timex_type=TimexType.SET,
        precision=Precision.UNKNOWN,
        certainty=0.85,
        anchor=ctx.anchor,
        rationale=f"'{words}' recurs",
    )


_CLOCK_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}


@_resolver("clock_time")
def clock_time(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    if "word" in groups:
        hour, minute = _CLOCK_WORDS[groups["word"].lower()]
    elif "ampm" in groups:
        hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
        hour = (hour % 12) + (12 if groups["ampm"].lower().startswith("p") else 0)
    else:
        # The 24-hour clock ("at 14:30", "0600 GMT"): a bare "3:16" is a verse or a score, not a time.
        if "minute_joined" not in groups and not (groups.get("zone") or groups.get("prep")):
            return None
        hour, minute = int(groups["hour"]), int(groups.get("minute") or groups["minute_joined"])
    day_word = groups.get("day_word")
    day_value: TimeValue | None = None
    if "month" in groups:
        day_value = explicit_date({"month": groups["month"], "day": groups["day"]}, ctx)
    elif day_word and day_word.lower() in _RELATIVE_DAYS:
        day_value = relative_day({"word": day_word}, ctx)
    elif day_word:
        day_value = weekday({"weekday": day_word}, ctx)
    base = day_value.start if day_value is not None and day_value.start else ctx.reference_for("day").date
    why = day_value.rationale if day_value is not None else f"clock time on {_anchor_words(ctx.reference_for('day'))}"
    return TimeValue(
        value=f"{base.isoformat()}T{hour:02d}:{minute:02d}",
        timex_type=TimexType.TIME,
        start=base,
        end=base,
        precision=Precision.TIME,
        certainty=day_value.certainty if day_value is not None else 0.7,
        anchor=ctx.anchor,
        rationale=why,
    )


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


@_resolver("holiday")
def holiday(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    spec: dict[str, int] = _lookup("holiday", groups["holiday"])  # type: ignore[assignment]
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
    why = f"{groups['holiday']}, by {by}, from {_anchor_words(ctx.anchor)}"
    if groups.get("week"):  # "Easter week", "Thanksgiving week": the week the holiday falls in
        value, start, end, precision = _unit_interval(day, "week")
        return TimeValue(
            value=value,
            start=start,
            end=end,
            precision=precision,
            certainty=0.8,
            anchor=ctx.anchor,
            rationale=f"the week of {why}",
        )
    return _day(day, 0.85, why, ctx.anchor)


@_resolver("comparison")
def comparison(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'the year-ago period': a year before the period under discussion (refined when a quarter is named).

    "The year-earlier quarter" (or "three months") is a quarter even when no quarter is named
    near it: the one a report discusses, the last completed ("the quarter"), a year before.
    """
    if " ".join((groups.get("period") or "").lower().split()) in ("quarter", "three months"):
        anchor_year, anchor_quarter = _quarter_of(ctx.anchor.date)
        year, number = _shift_quarter(anchor_year - 1, anchor_quarter, -1)
        why = f"the comparable quarter: the last completed before {_anchor_words(ctx.anchor)}, a year earlier"
        return _quarter_value(year, number, 0.6, why, ctx)
    year_before = ctx.anchor.date.year - 1
    return TimeValue(
        value=f"{year_before:04d}",
        start=dt.date(year_before, 1, 1),
        end=dt.date(year_before, 12, 31),
        precision=Precision.YEAR,
        certainty=0.6,
        anchor=ctx.anchor,
        rationale=f"the comparable period a year before {_anchor_words(ctx.anchor)}",
    )


@_resolver("vague_duration")
def vague_duration(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'for years', 'over several weeks': a length whose count the text does not give."""
    unit = _unit_name(groups["unit"]) if groups["unit"].lower() != "centurie" else "century"
    return TimeValue(
        value=_duration_value(None, unit if unit not in _UNIT_MULTIPLES else "year"),
        timex_type=TimexType.DURATION,
        precision=Precision.UNKNOWN,
        modifier="APPROX",
        certainty=0.6,
        anchor=ctx.anchor,
        rationale=f"an unstated number of {unit}s",
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


@_resolver("spelled_year")
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


@_resolver("half_year")
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


@_resolver("century")
def century(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'the 20th century' is 1900-1999, TIMEX3 value 19."""
    word = groups.get("ordinal_word")
    number = int(_lookup("ordinal", word)) if word else int(groups["ordinal"][:-2])  # type: ignore[call-overload]
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
    return _with_part(value, groups.get("modifier"))


@_resolver("week_of")
def week_of(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """'the week of March 6': the calendar week containing that day."""
    day_value = explicit_date({k: v for k, v in groups.items() if k in ("month", "day", "year")}, ctx)
    if day_value is None or day_value.start is None:
        return None
    value, start, end, precision = _unit_interval(day_value.start, "week")
    return TimeValue(
        value=value,
        start=start,
        end=end,
        precision=precision,
        certainty=day_value.certainty,
        anchor=ctx.anchor,
        rationale=f"the week containing {day_value.start}; {day_value.rationale}",
    )


_SIGNAL = re.compile(r"\b(as of|since|until|till|by|before|after|on|in|from|through)\s+$", re.IGNORECASE)


# "Since it began last Wednesday": a clause opened by "since" whose time comes a few words later.
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:it|they|he|she|the\s+\w+)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _signal(text: str, start: int) -> str | None:
    found = _SIGNAL.search(text, max(0, start - 12), start)
    if found:
        return str(_lookup("signal", found.group(1)))
    if _SINCE_CLAUSE.search(text, max(0, start - 40), start):
        return "since"
    return None


def resolve_one(match: TimexMatch, ctx: Context) -> TimeValue | None:
    """The TimeValue of one tagger hit, or None when its words name no real date."""
    try:
        value = _RESOLVERS[match.resolve](match.groups, ctx)
    except (ValueError, OverflowError):
        return None  # impossible dates ("31 April") and out-of-range years are not expressions
    edge = match.groups.get("edge", "").lower()
    if value is not None and edge and value.modifier is None:
        # "late Tuesday", "early yesterday": the same day, its start or end (TIMEX3 mod).
        value = value.model_copy(update={"modifier": _PART_MODS[edge], "rationale": f"{edge}: {value.rationale}"})
    return value


def _publication_anchor(publication: PublicationDate) -> Anchor:
    return Anchor(date=publication.date, source="inferred" if publication.inferred else "given")


def resolve_matches(
    text: str, sentences: list[Sentence], matches: list[TimexMatch], publication: PublicationDate
) -> list[TemporalExpression]:
    """Resolve every hit in reading order, carrying the narrative reference time along."""
    anchor = _publication_anchor(publication)
    reference_time = anchor
    day_reference: Anchor | None = None
    year_reference: Anchor | None = None
    written: tuple[int, Anchor] | None = None  # the sentence and anchor of the last date with a written year
    resolved: list[TemporalExpression] = []
    for match in matches:
        sentence = (
            sentences[match.sentence]
            if sentences
            else Sentence(index=0, start=0, end=len(text), text=text, paragraph=0)
        )
        tense = detect_tense(text, sentence, match.start, match.end)
        signal = _signal(text, match.start)
        ctx = Context(
            anchor=anchor,
            reference=reference_time,
            tense=tense,
            signal=signal,
            day_reference=day_reference,
            year_reference=year_reference,
            written_year=written[1] if written is not None and match.sentence == written[0] else None,
            past_verb=tense == "past" and past_verb_before(text, sentence, match.start),
        )
        value = resolve_one(match, ctx)
        if value is None:
            continue
        if signal == "as of" and value.precision == Precision.DAY:
            value = value.model_copy(update={"rationale": f"{value.rationale}; 'as of' marks a state on that day"})
        resolved.append(
            TemporalExpression(
                text=match.text,
                start=match.start,
                end=match.end,
                rule=match.rule,
                sentence=match.sentence,
                tense=tense,
                signal=signal,
                value=value,
            )
        )
        if (
            value.start is not None
            and value.timex_type in (TimexType.DATE, TimexType.TIME)
            and not value.value.endswith("_REF")
        ):
            pinned = Anchor(date=value.start, source="text", text=match.text)
            if _pins_year(match, value):
                year_reference = pinned
            if value.precision in _WRITTEN_YEAR_PRECISIONS and _WRITTEN_YEAR.search(match.text):
                written = (match.sentence, pinned)
            if value.precision in (Precision.DAY, Precision.MONTH):
                reference_time = pinned
                if value.precision == Precision.DAY:
                    day_reference = pinned
    return refine(text, resolved)


_YEARS_NAMED = frozenset({Precision.SEASON, Precision.QUARTER, Precision.YEAR})
# A date with a written year that places the story near a day: a day or a month of that year.
_WRITTEN_YEAR_PRECISIONS = frozenset({Precision.DAY, Precision.MONTH, Precision.TIME})
_WRITTEN_YEAR = re.compile(r"(?<![0-9])(?:1[0-9]|20)[0-9]{2}(?![0-9])")


def _pins_year(match: TimexMatch, value: TimeValue) -> bool:
    """Whether "the following year" may count from this expression's year.

    A day or a month always pins its year. A year, season or quarter does when its
    year is written out ("in 2019", "the spring of 2023") or counted from the story
    ("the following year"), not when it is counted from the publication date: in a
    quarterly report "a year earlier" after "a year ago" is the same year.
    """
    if value.precision in (Precision.DAY, Precision.MONTH):
        return True
    if value.precision not in _YEARS_NAMED:
        return False
    from_story = match.resolve == "narrative" and value.anchor is not None and value.anchor.source == "text"
    return from_story or _WRITTEN_YEAR.search(match.text) is not None


def refine(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """Cross-expression checks that a single rule cannot see (chrono-node's refiners)."""
    return counted_days(text, _ranges(text, _year_ago_quarters(_last_weekday_context(expressions))))


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def _ranges(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """'from Monday to Wednesday', 'between 2022 and 2024': the first expression gets the whole interval.

    Both expressions stay (TimeML tags them apart); the range is what an event dated by them spans.
    """
    refined = list(expressions)
    for index in range(len(expressions) - 1):
        first, second = expressions[index], expressions[index + 1]
        joiner = _RANGE_JOIN.fullmatch(text, first.end, second.start)
        opener = _RANGE_OPEN.search(text, max(0, first.start - 10), first.start)
        if joiner is None or first.sentence != second.sentence:
            continue
        if opener is None:
            # Two days joined by a dash need no "from": "Jan. 30-Feb. 2", "30 January – 2 February".
            dashed = joiner.group().strip() in ("-", "–", "—")
            if not (dashed and first.value.precision == second.value.precision == Precision.DAY):
                continue
        elif joiner.group().strip().lower() == "and" and not opener.group().lower().startswith("between"):
            continue
        start, end = first.value.start, second.value.end
        if start is not None and end is not None and end < start:
            # "between March and May", each side read on its own, crossed: in a past clause the
            # start moves back ("rose between ..."), else the end moves on.
            if "past" in (first.tense, second.tense):
                earlier = _shifted(first, back=True)
                if earlier is not None and earlier.start is not None and earlier.start <= end:
                    first = refined[index] = replace_value(first, earlier)
                    start = earlier.start
            else:
                later = _shifted(second, back=False)
                if later is not None and later.end is not None and later.end >= start:
                    second = refined[index + 1] = replace_value(second, later)
                    end = later.end
        if start is None or end is None or end < start:
            continue
        span = TimeValue(
            value=f"{start.isoformat()}/{end.isoformat()}",
            start=start,
            end=end,
            precision=first.value.precision,
            certainty=round(min(first.value.certainty, second.value.certainty), 2),
            anchor=first.value.anchor,
            rationale=f"range from '{first.text}' to '{second.text}'",
        )
        refined[index] = first.model_copy(update={"range": span})
    return refined


# Expressions whose year (or week) the resolver chose, so that a range's end may move after its start.
_YEARLESS_RULES = frozenset({"month_alone", "month_after_preposition", "month_range_end", "month_day", "day_month"})


def _shifted(expression: TemporalExpression, *, back: bool) -> TimeValue | None:
    """The expression a year (a weekday: a week) earlier or later, when its year or week was a guess.

    Each side of "between March and May" or "from Monday to Friday" is resolved
    on its own, and the two may cross; a range's sides are then brought in order
    by moving the one whose year or week the text left open.
    """
    value = expression.value
    if value.start is None or value.end is None:
        return None
    sign = -1 if back else 1
    if expression.rule == "weekday":
        step = dt.timedelta(days=7 * sign)
        first, last = value.start + step, value.end + step
        why = "a week earlier" if back else "a week later"
    elif expression.rule in _YEARLESS_RULES:
        try:
            first = value.start.replace(year=value.start.year + sign)
            last = value.end.replace(year=value.end.year + sign)
        except ValueError:
            return None  # 29 February a year away
        why = "a year earlier" if back else "a year later"
    else:
        return None
    shown = first.isoformat()[: 7 if value.precision == Precision.MONTH else 10]
    return value.model_copy(
        update={
            "value": shown + value.value[len(shown) :],
            "start": first,
            "end": last,
            "certainty": round(min(value.certainty, 0.7), 2),
            "rationale": f"{value.rationale}; {why}, so that the range it bounds runs forward",
        }
    )


_YEAR_AGO = re.compile(r"(?:a|one)\s+year\s+(?:ago|earlier)|year-(?:ago|earlier)", re.IGNORECASE)
_QUARTER_CONTEXT_SENTENCES = 2


def _year_ago_quarters(expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """In a report on a quarter, "a year ago" is that quarter a year earlier, not the whole year."""
    refined = []
    quarter: TemporalExpression | None = None
    for expression in expressions:
        value = expression.value
        if value.precision == Precision.QUARTER and expression.rule != "comparison_period":
            quarter = expression
        elif (
            quarter is not None
            and expression.sentence - quarter.sentence <= _QUARTER_CONTEXT_SENTENCES
            and (expression.rule == "comparison_period" or _YEAR_AGO.fullmatch(expression.text))
            and quarter.value.start is not None
        ):
            year, number = int(quarter.value.value[:4]) - 1, int(quarter.value.value[-1])
            first, last = cal.quarter_bounds(year, number)
            expression = replace_value(
                expression,
                value.model_copy(
                    update={
                        "value": f"{year:04d}-Q{number}",
                        "start": first,
                        "end": last,
                        "precision": Precision.QUARTER,
                        "timex_type": TimexType.DATE,
                        "certainty": 0.75,
                        "rationale": f"compared with '{quarter.text}' (sentence {quarter.sentence + 1}): "
                        f"the same quarter a year earlier",
                    }
                ),
            )
        refined.append(expression)
    return refined


def _last_weekday_context(expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """'last Wednesday' is surer to mean the week before when a bare 'Wednesday' names the day before."""
    bare_weekdays = {
        e.value.start: e.text
        for e in expressions
        if e.rule == "weekday"
        and e.value.start is not None
        and e.text.split()[0].lower() not in ("last", "next", "this", "coming", "past", "previous")
    }
    refined = []
    for expression in expressions:
        value = expression.value
        if (
            expression.rule == "weekday"
            and value.alternatives
            and expression.text.lower().startswith("last ")
            and value.alternatives[0].start in bare_weekdays
        ):
            other = value.alternatives[0]
            value = value.model_copy(
                update={
                    "certainty": 0.85,
                    "rationale": f"{value.rationale}; the text names {other.value} with a bare "
                    f"'{bare_weekdays[other.start]}', so 'last' means the week before",
                }
            )
            expression = replace_value(expression, value)
        refined.append(expression)
    return refined


def replace_value(expression: TemporalExpression, value: TimeValue) -> TemporalExpression:
    return expression.model_copy(update={"value": value})


__all__ = ["Context", "refine", "resolve_matches", "resolve_one"]
