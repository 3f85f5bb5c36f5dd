"""Named holidays: "Christmas", "Easter week", "last Thanksgiving", "Ramadan", computed for the right year."""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import cache

from chrono.models import TimeValue
from chrono.temporal import calendar as cal
from chrono.temporal.calendar import DAY
from chrono.temporal.lexicon import NationalDay, independence_days
from chrono.temporal.resolvers.base import (
    Context,
    anchor_words,
    lookup,
    resolves,
    unit_interval,
    whole_day,
    whole_days,
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


# The words that name another calendar's new year before "New Year".
_OTHER_NEW_YEARS = frozenset(
    {"Lunar", "Chinese", "Persian", "Iranian", "Jewish", "Vietnamese", "Korean", "Tibetan", "Islamic", "Hindu"}
    | {"Thai", "Khmer", "Sinhala", "Tamil"}
)
_HOLIDAY_AHEAD_DAYS = 7  # a holiday this close ahead, named bare, is the coming one in any tense


@resolves("holiday")
def holiday(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    spec: dict[str, int] = lookup("holiday", groups["holiday"])  # type: ignore[assignment]
    calendar_word = (groups.get("nation") or "").split()[-1:]
    if groups["holiday"].startswith("New Year") and calendar_word and calendar_word[0] in _OTHER_NEW_YEARS:
        return None  # "Lunar New Year", "the Persian New Year": another calendar's, not 1 January
    whose = ""
    certainty = 0.85
    if spec.get("national"):
        national = _national_day(groups, ctx.before)
        if national is None:
            return None  # "Israel's Independence Day": a country whose day the data does not hold
        day_of, whose, certainty = national
        spec = {"month": day_of.month, "day": day_of.day}
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
    why = f"{whose}{groups['holiday']}, by {by}, from {anchor_words(ctx.anchor)}"
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
    return whole_day(day, certainty, why, ctx.anchor)


# With no country named, "Independence Day" is the default country's, but international news
# names other countries' too: less sure. "its Independence Day" is the country the sentence named
# before it, a guess at the pronoun's antecedent: surer than the default, less than a name.
_DEFAULT_NATIONAL_CERTAINTY = 0.6
_ANTECEDENT_CERTAINTY = 0.75
_PRONOUN_BEFORE = re.compile(r"(?<![\w-])(?:its|their)\s+$", re.IGNORECASE)


@cache
def _country_names() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The listed names, longest first ("Democratic Republic of the Congo" before "Republic of the
    Congo" before "Congo"): one ending where the holiday's words begin, and any name at all."""
    by_name, _ = independence_days()
    names = "|".join(re.escape(name) for name in sorted(by_name, key=len, reverse=True))
    ending = re.compile(rf"(?<![\w-])(?:the\s+)?(?P<name>{names})(?P<possessive>['’]s)?\s+$")
    # "Americans celebrated their Independence Day": a people's plural names its country too.
    anywhere = re.compile(rf"(?<![\w-])(?P<name>{names})s?(?![\w-])")
    return ending, anywhere


def _national_day(groups: dict[str, str], before: str) -> tuple[NationalDay, str, float] | None:
    """The country whose independence day is meant ("Ukraine's", "Ukrainian", "its" after a country,
    or none: the default), with words saying whose it is; None for a possessive of a country the
    data does not list."""
    by_name, default = independence_days()
    ending, anywhere = _country_names()
    named = ending.search(before)
    if named is not None:
        day = by_name[named["name"]]
        return day, f"{day.country}'s ", 0.85
    if groups.get("possessive"):
        return None
    pronoun = _PRONOUN_BEFORE.search(before)
    if pronoun is not None:
        antecedents = list(anywhere.finditer(before, 0, pronoun.start()))
        if antecedents:
            day = by_name[antecedents[-1]["name"]]
            return day, f"{day.country}'s ('{pronoun[0].strip()}' after '{antecedents[-1][0]}') ", _ANTECEDENT_CERTAINTY
    day = by_name[default] if default in by_name else NationalDay(default, 7, 4)
    return day, f"no country named, so {day.country}'s ", _DEFAULT_NATIONAL_CERTAINTY


# Day number (date.toordinal) of 1 Muharram 1 AH in the civil tabular calendar: 16 July 622, Julian.
_HIJRI_EPOCH = 227015
_HIJRI_YEAR_DAYS = 354.367  # the tabular calendar's mean year
_HIJRI_CERTAINTY = 0.6  # the sighted calendar, which news follows, is a day off in some years
# Words before "Ramadan" that make it the holiday, where any other capitalised word makes it a
# surname ("Tariq Ramadan", "Taha Yassin Ramadan").
_HOLIDAY_LEADS = frozenset(
    {
        "During",
        "In",
        "Since",
        "Before",
        "After",
        "Until",
        "Through",
        "Throughout",
        "The",
        "This",
        "Last",
        "Next",
        "By",
        "Holy",
        "For",
        "Of",
        "As",
        "When",
        "Ahead",
        "On",
        "Over",
        "At",
        "Blessed",
        "Happy",
    }
)


def _hijri_date(year: int, month: int, day: int) -> dt.date:
    """A day of the tabular Islamic calendar, an arithmetical rule for the lunar months."""
    ordinal = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + _HIJRI_EPOCH - 1
    return dt.date.fromordinal(ordinal)


def _hijri_spans(spec: dict[str, int], around: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The holiday's first and last day in the Islamic years around a date, in order."""
    year = int((around.toordinal() - _HIJRI_EPOCH) / _HIJRI_YEAR_DAYS) + 1
    spans = []
    for hijri_year in (year - 1, year, year + 1):
        first = _hijri_date(hijri_year, spec["month"], spec["day"])
        if spec.get("whole_month"):
            after = _hijri_date(hijri_year + (spec["month"] == 12), spec["month"] % 12 + 1, 1)
            spans.append((first, after - DAY))
        else:
            spans.append((first, first))
    return spans


@resolves("islamic_holiday")
def islamic_holiday(groups: dict[str, str], ctx: Context) -> TimeValue | None:
    """ "during Ramadan", "ahead of Eid al-Fitr": the one the tense and modifier point to.

    A month-long holiday under way at the anchor is the one meant, as is one that begins
    within a week of it; else the latest begun, or in a plan the next.
    """
    before = (groups.get("before") or "").strip()
    if before and before not in _HOLIDAY_LEADS:
        return None  # "Tariq Ramadan": a name
    spec: dict[str, int] = lookup("islamic_holiday", groups["holiday"])  # type: ignore[assignment]
    modifier = (groups.get("modifier") or "").lower()
    anchor = ctx.anchor.date
    try:
        spans = _hijri_spans(spec, anchor)
    except (ValueError, OverflowError):
        return None  # an anchor near the ends of the calendar
    current = next((s for s in spans if s[0] <= anchor <= s[1]), None)
    coming = next(s for s in spans if s[0] > anchor)
    latest = max((s for s in spans if s[0] <= anchor), default=spans[0])
    if modifier == "next":
        chosen, by = coming, "'next'"
    elif modifier == "last":
        chosen, by = max((s for s in spans if s[1] < anchor), default=spans[0]), "'last'"
    elif modifier == "this" or current is not None:
        chosen, by = current or min(spans, key=lambda s: abs((s[0] - anchor).days)), "being under way or nearest"
    elif ctx.tense == "future" or (coming[0] - anchor).days <= _HOLIDAY_AHEAD_DAYS:
        chosen, by = coming, "tense" if ctx.tense == "future" else f"being {(coming[0] - anchor).days} day(s) ahead"
    else:
        chosen, by = latest, "tense"
    why = (
        f"{groups['holiday']}, by {by}, from {anchor_words(ctx.anchor)}, in the tabular Islamic calendar "
        "(the sighted one may differ by a day)"
    )
    first, last = chosen
    if first == last:
        return whole_day(first, _HIJRI_CERTAINTY, why, ctx.anchor)
    return whole_days(first, last, _HIJRI_CERTAINTY, why, ctx.anchor)
