"""What every resolver shares: the Context it reads, the registry it joins, and the calendar arithmetic.

A rule in ``rules.json`` names its resolver (``"resolve": "weekday"``); a
function joins the registry with ``@resolves("weekday")``, so adding a rule
family is a new function here, not a new branch in the engine. Every resolver
is a pure function of the words the rule captured and a Context: the same
words and context always give the same TimeValue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from chrono.models import Anchor, Precision, Reading, TimeValue
from chrono.temporal import calendar as cal
from chrono.temporal.calendar import DAY
from chrono.temporal.lexicon import word_classes
from chrono.temporal.numeric import Order
from chrono.temporal.tense import Tense


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
    firm_future: bool = False  # a modal or schedule phrase in its clause puts it ahead ("will take effect on Jan. 1")
    firm_past: bool = False  # the past perfect in its clause puts it behind ("had withdrawn by April")
    numeric_order: Order | None = None  # where this text's digit-only dates settle which number is the day
    # The story's time is a month the text named with no day of it since ("in mid-December"): a day
    # counted from it ("a week later") is known only to the month.
    month_story: bool = False
    # The last day the text named, even once the story moved to another month: hours count from a
    # day ("Hours later, a drone struck"), never from a month.
    last_day: Anchor | None = None
    # The sentence's words just before the expression: whose "its Independence Day" is, or the
    # whole name a rule's capture cuts short ("the Republic of the Congo's").
    before: str = ""

    def reference_for(self, unit: str) -> Anchor:
        """ "The previous day" counts from the last *day* named, not from "this month"'s first day;
        "the following year" from the last year named ("in 2019"), which moves no day or month.

        A clause in the past cannot count from a day still ahead of the writer: in "He meets the
        envoy on Sunday. Earlier in the day, Hamas said ...", the day is the writer's.
        """
        if unit in _CLOCK_UNITS and self.last_day is not None:
            reference = self.last_day
        elif unit in _DAY_UNITS and self.day_reference is not None:
            reference = self.day_reference
        elif unit == "year" and self.year_reference is not None:
            reference = self.year_reference
        else:
            reference = self.reference
        if (
            unit in _DAY_UNITS
            and self.tense == "past"
            and reference.source == "text"
            and reference.date > self.anchor.date
        ):
            return self.anchor
        return reference

    def counts_days_from_a_month(self, unit: str, base: Anchor) -> bool:
        """Whether a day counted in ``unit`` from ``base`` can only be placed in a month."""
        return self.month_story and unit in _DAY_UNITS and base is self.reference


_DAY_UNITS = frozenset({"day", "week", "hour", "minute", "morning", "night", "evening", "afternoon"})
_CLOCK_UNITS = frozenset({"hour", "minute"})


Resolver = Callable[[dict[str, str], Context], TimeValue | None]


RESOLVERS: dict[str, Resolver] = {}


def resolves(name: str) -> Callable[[Resolver], Resolver]:
    """Register a function as the resolver of rules whose ``resolve`` is ``name``; one per name."""

    def register(function: Resolver) -> Resolver:
        if name in RESOLVERS:
            raise ValueError(f"two resolvers for '{name}': {RESOLVERS[name].__qualname__} and {function.__qualname__}")
        RESOLVERS[name] = function
        return function

    return register


def anchor_words(anchor: Anchor) -> str:
    if anchor.source == "text":
        return f"{anchor.date} (narrative time, from '{anchor.text}')"
    names = {"given": "publication date", "inferred": "inferred publication date", "default": "default date"}
    return f"{anchor.date} ({names.get(anchor.source, anchor.source)})"


def lookup(class_name: str, word: str) -> object:
    return word_classes()[class_name].lookup(word)


def number_of(class_name: str, word: str) -> int:
    """A word's number in a class whose values are numbers: a month (1-12), a weekday (0-6), an ordinal."""
    return int(lookup(class_name, word))  # type: ignore[call-overload]


def season_of(word: str) -> tuple[str, int]:
    """A season's TIMEX3 code and the month it begins: "spring" is ("SP", 3)."""
    pair = lookup("season", word)
    assert isinstance(pair, list | tuple), f"season '{word}': {pair!r} is no (code, month) pair"
    code, first_month = pair
    return str(code), int(first_month)


def whole_day(
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


def whole_days(first: dt.date, last: dt.date, certainty: float, rationale: str, anchor: Anchor) -> TimeValue:
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


def whole_years(first: int, last: int, certainty: float, rationale: str, anchor: Anchor) -> TimeValue:
    """A year ("2024") or a run of years ("1980/1988"), from 1 January of the first to 31 December of the last."""
    return TimeValue(
        value=f"{first:04d}" if first == last else f"{first:04d}/{last:04d}",
        start=dt.date(first, 1, 1),
        end=dt.date(last, 12, 31),
        precision=Precision.YEAR,
        certainty=certainty,
        rationale=rationale,
        anchor=anchor,
    )


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def unit_interval(day: dt.date, unit: str) -> tuple[str, dt.date, dt.date, Precision]:
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


def shift(day: dt.date, unit: str, amount: int) -> dt.date:
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


def unit_name(word: str) -> str:
    return word.lower().rstrip("s") if word.lower() not in ("century", "centuries") else "century"


PART_MODS = {
    "early": "START",
    "mid": "MID",
    "late": "END",
    "the end of": "END",
    "the start of": "START",
    "the beginning of": "START",
    "the middle of": "MID",
    "the first half of": "START",
    "the second half of": "END",
    "the latter half of": "END",
}


def with_part(value: TimeValue, part: str | None) -> TimeValue:
    """Narrow an interval to its early, middle or late third ("early February"), or to a half
    ("the second half of January")."""
    if part is None or value.start is None or value.end is None:
        return value
    words = " ".join(part.lower().split())
    modifier = PART_MODS.get(words)
    if modifier is None:
        return value
    if "half" in words:
        start, end = cal.halves(value.start, value.end, modifier)
        kept = "first half" if modifier == "START" else "second half"
    else:
        start, end = cal.thirds(value.start, value.end, modifier)
        kept = f"{modifier.lower()} third"
    return value.model_copy(
        update={
            "start": start,
            "end": end,
            "modifier": modifier,
            "rationale": f"{value.rationale}; '{part}' keeps the {kept}",
        }
    )
