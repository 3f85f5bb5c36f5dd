"""Infer a document's publication date from the text when none is given.

News reports events up to the day they are written: the latest date the text
names, with the weekdays it names falling on that day or just before, is the
best guess. A month and day without a year ("as of February 5") fix the day;
the weekdays that agree with it fix the year, and among the years that agree
equally the most recent one not after today wins (news is read while fresh).
Every step is written down as evidence, and the result is flagged as inferred.
"""

from __future__ import annotations

import datetime as dt
import os
from calendar import isleap
from dataclasses import dataclass
from functools import lru_cache

from chrono.models import PublicationDate, Sentence, TimexMatch
from chrono.temporal import calendar as cal
from chrono.temporal.lexicon import word_classes
from chrono.temporal.tense import detect_tense

_FULL_DATE_RULES = ("iso_date", "month_day_year", "day_month_year")
_MONTH_DAY_RULES = ("month_day", "day_month", "month_day_range")
_CUE_RULES = frozenset((*_FULL_DATE_RULES, *_MONTH_DAY_RULES, "weekday"))
_SEARCH_DAYS = 7  # a report is written on the day of its latest dated event or within the week after
_YEARS_BACK = 60  # how far back a date without a year is searched when nothing else bounds it
_WEEK_AFTER = tuple(k * cal.DAY for k in range(_SEARCH_DAYS))  # a named day and the days a report may follow it


def today() -> dt.date:
    """Today, or the day SOURCE_DATE_EPOCH names, so that builds can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    return dt.date.today()


@dataclass(frozen=True)
class _Cue:
    text: str
    sentence: int
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    full: dt.date | None = None
    as_of: bool = False
    future: bool = False


def _month(groups: dict[str, str]) -> int:
    if "month_num" in groups:
        return int(groups["month_num"])
    return int(word_classes()["month"].lookup(groups["month"]))


def _cues(text: str, sentences: list[Sentence], matches: list[TimexMatch]) -> list[_Cue]:
    cues = []
    for match in matches:
        if match.rule not in _CUE_RULES:
            continue  # only dates and weekdays say when the article was written
        sentence = sentences[match.sentence]
        future = detect_tense(text, sentence, match.start, match.end) == "future"
        lead = text[max(0, match.start - 8) : match.start].lower()
        as_of = lead.rstrip().endswith(("as of", "as at", "dated"))
        groups = match.groups
        try:
            if match.rule in _FULL_DATE_RULES:
                full = dt.date(int(groups["year"]), _month(groups), int(groups["day"]))
                cues.append(_Cue(match.text, match.sentence, full=full, as_of=as_of, future=future))
            elif match.rule in _MONTH_DAY_RULES:
                day = int(groups.get("day2") or groups["day"])
                cues.append(_Cue(match.text, match.sentence, month=_month(groups), day=day, as_of=as_of, future=future))
            elif match.rule == "weekday" and "modifier" not in groups and not future:
                weekday = int(word_classes()["weekday"].lookup(groups["weekday"]))
                cues.append(_Cue(match.text, match.sentence, weekday=weekday))
        except ValueError:  # "30 February", a two-digit year
            continue
    return cues


_MAX_CUES = 24  # enough to date any article; bounds the work on huge inputs


def _distinct(cues: list[_Cue]) -> list[_Cue]:
    """One cue per distinct date or weekday, earliest mention first (keeps scoring bounded)."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for cue in cues:
        key = (cue.weekday, cue.month, cue.day, cue.full, cue.as_of, cue.future)
        if key not in seen:
            seen.add(key)
            kept.append(cue)
    return kept[:_MAX_CUES]


def _score(candidate: dt.date, cues: list[_Cue], *, explain: bool = False) -> tuple[int, list[str]]:
    """How well a publication date fits the cues, and (when ``explain``) the sentences that say why.

    Hundreds of candidates are scored per document; only the winner's reasons are
    ever shown, so they are written out only on request.
    """
    score = 0
    reasons: list[str] = []
    weekday = candidate.weekday()
    for cue in cues:
        if cue.weekday is not None:
            if weekday == cue.weekday:
                score += 2
                if explain:
                    reasons.append(f"'{cue.text}' (sentence {cue.sentence + 1}) falls on that day")
            elif (weekday - 1) % 7 == cue.weekday:
                score += 1
                if explain:
                    reasons.append(f"'{cue.text}' (sentence {cue.sentence + 1}) is the day before")
            continue
        day = cue.full or _safe(candidate.year, cue.month, cue.day)
        if day is None:
            continue
        if day == candidate:
            score += 3 if cue.as_of else 2
            if explain:
                reasons.append(
                    f"'{cue.text}' (sentence {cue.sentence + 1}) names that day"
                    + (" with 'as of'" if cue.as_of else "")
                )
        elif day > candidate and not cue.future:
            score -= 3  # a report does not describe days after it was written
    return score, reasons


def _certainty(best: dt.date, cues: list[_Cue], tied: bool) -> float:
    """How far to trust the inferred date: a day stated "as of" and agreeing weekdays count most."""
    certainty = 0.3
    if any(c.as_of and (c.full or _safe(best.year, c.month, c.day)) == best for c in cues):
        certainty += 0.3  # "as of February 5": the writer states the day of writing
    if any(c.full == best for c in cues):
        certainty += 0.2  # a full date with its year
    if any(c.weekday == best.weekday() for c in cues):
        certainty += 0.15  # a weekday mentioned for that very day
    if tied:
        certainty -= 0.15  # the year rests on "most recent", not on the text
    return round(min(max(certainty, 0.1), 0.9), 2)


@lru_cache(maxsize=8192)  # scoring asks for the same few days of sixty years, hundreds of times
def _safe(year: int, month: int | None, day: int | None) -> dt.date | None:
    if month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _fit(candidate: dt.date, cues: list[_Cue], anchors: list[_Cue]) -> int:
    """The cues' score for ``candidate``, less the days since the latest named day before it."""
    score, _ = _score(candidate, cues)
    days = (_cue_day(c, candidate) for c in anchors)
    distance = min(((candidate - day).days for day in days if day is not None and day <= candidate), default=0)
    return score - distance


def _choose(candidates: set[dt.date], cues: list[_Cue], anchors: list[_Cue]) -> tuple[dt.date, list[dt.date]]:
    """The best-fitting candidate (the latest of equals) and the others that fit as well, latest first."""
    scored = sorted(((_fit(c, cues, anchors), c) for c in candidates), reverse=True)
    best_score, best = scored[0]
    return best, [c for s, c in scored[1:] if s == best_score]


def _choose_by_shape(
    month_days: list[_Cue], cues: list[_Cue], years: range, latest_allowed: dt.date
) -> tuple[dt.date, list[dt.date]] | None:
    """What :func:`_choose` picks among the days month-day cues name in ``years`` and the week
    after each, without scoring them one by one.

    With no full date among the cues, a candidate's fit depends only on its month, day, weekday
    and whether its year is a leap year. Days a cue names in years of the same weekday and leap
    years (this one and the next, for weeks that run into January) give candidates of the same
    shapes, so each group is scored once, seven candidates for sixty years of days.

    Without a weekday among the cues, the weekday changes no fit. Leap years change one only
    through 29 February: a cue on it, or a cue's week after it running past it (from 23
    February). A candidate's distance is to its own cue's day, under a week back, or within
    January, so it never spans the leap day. Otherwise neither tells groups apart.
    """
    weekdays = any(c.weekday is not None for c in cues)
    leap = any(c.month == 2 and c.day is not None and c.day >= 23 for c in cues)
    bases: dict[tuple[int, int, int, bool, bool], list[dt.date]] = {}
    for cue in month_days:
        for year in years:
            day = _safe(year, cue.month, cue.day)
            if day is not None:
                shape = (
                    day.month,
                    day.day,
                    day.weekday() if weekdays else 0,
                    leap and isleap(year),
                    leap and isleap(year + 1),
                )
                bases.setdefault(shape, []).append(day)
    fits: dict[tuple[int, int, int, bool], int] = {}
    found: list[tuple[int, list[dt.date], dt.timedelta]] = []  # (fit, days of a group, days after them)
    for days in bases.values():
        for offset in _WEEK_AFTER:
            # The group's latest day that is not after the latest allowed day stands for all of them.
            candidate = next((d + offset for d in reversed(days) if d + offset <= latest_allowed), None)
            if candidate is None:
                continue
            candidate_shape = (
                candidate.month,
                candidate.day,
                candidate.weekday() if weekdays else 0,
                leap and isleap(candidate.year),
            )
            fit = fits.get(candidate_shape)
            if fit is None:
                fit = fits[candidate_shape] = _fit(candidate, cues, month_days)
            found.append((fit, days, offset))
    if not found:
        return None
    best_score = max(fit for fit, _, _ in found)
    tied = {
        d + offset for fit, days, offset in found if fit == best_score for d in days if d + offset <= latest_allowed
    }
    ordered = sorted(tied, reverse=True)
    return ordered[0], ordered[1:]


def infer_publication_date(
    text: str, sentences: list[Sentence], matches: list[TimexMatch], *, now: dt.date | None = None
) -> PublicationDate:
    """The most likely publication date, with evidence; today with low certainty if no cue."""
    latest_allowed = now or today()
    cues = _distinct(_cues(text, sentences, matches))
    dated = [c for c in cues if c.full is not None and not c.future and c.full <= latest_allowed]
    month_days = [c for c in cues if c.month is not None and not c.future]
    lowest_year = max((c.full.year for c in dated if c.full), default=latest_allowed.year - _YEARS_BACK)
    years = range(lowest_year, latest_allowed.year + 1)
    chosen: tuple[dt.date, list[dt.date]] | None = None
    if not any(c.full for c in cues):  # then dated is empty, and every candidate is a month-day's
        chosen = _choose_by_shape(month_days, cues, years, latest_allowed)
    else:
        candidates: set[dt.date] = set()
        if dated:
            latest = max(c.full for c in dated if c.full is not None)
            candidates |= {latest + k * cal.DAY for k in range(_SEARCH_DAYS) if latest + k * cal.DAY <= latest_allowed}
        for cue in month_days:
            for year in years:
                day = _safe(year, cue.month, cue.day)
                if day is not None:
                    candidates.update(day + offset for offset in _WEEK_AFTER if day + offset <= latest_allowed)
        chosen = _choose(candidates, cues, dated + month_days) if candidates else None
    if chosen is None:
        return PublicationDate(
            date=latest_allowed,
            inferred=True,
            certainty=0.1,
            evidence=[f"no date in the text fixes the publication day; using today, {latest_allowed}"],
        )
    best, ties = chosen
    _, reasons = _score(best, cues, explain=True)
    evidence = list(reasons)
    if ties:
        evidence.append(
            "the same cues fit "
            + ", ".join(str(t) for t in ties[:4])
            + f"; chose the most recent not after {latest_allowed}"
        )
    if any(c.weekday is not None for c in cues):
        evidence.append(f"{best} is a {cal.WEEKDAY_NAMES[best.weekday()]}")
    certainty = _certainty(best, cues, bool(ties))
    return PublicationDate(
        date=best, inferred=True, certainty=round(certainty, 2), evidence=evidence, alternatives=ties[:4]
    )


def _cue_day(cue: _Cue, candidate: dt.date) -> dt.date | None:
    return cue.full or _safe(candidate.year, cue.month, cue.day)
