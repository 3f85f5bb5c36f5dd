"""Infer a document's publication date from the text when none is given.

News reports events up to the day they are written, so the latest day the text
names in the past bounds the publication day from below, and the weekdays it
names fall on that day or in the week before it (on the TimeML corpus: the
same day for half of them, the day before for a quarter). A day named without
a year is taken in the most recent year that fits: writers add the year to
older dates. Only a day that states the day of writing ("as of February 5", a
dateline "TEHRAN, August 8 (Xinhua) --") or a date written with its weekday
("Tuesday, Feb. 6") lets the weekdays choose an earlier year, because only then
do the weekdays and the day belong to the same week. Every step is written down
as evidence, and the result is flagged as inferred.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from calendar import isleap
from dataclasses import dataclass
from functools import lru_cache

from chrono.models import PublicationDate, Sentence, TimexMatch
from chrono.temporal import calendar as cal
from chrono.temporal import numeric
from chrono.temporal.lexicon import tense_markers, word_classes
from chrono.temporal.tense import detect_tense

_FULL_DATE_RULES = ("iso_date", "month_day_year", "day_month_year", "numeric_date_year_first")
_MONTH_DAY_RULES = ("month_day", "day_month", "month_day_range", "weekday_date")
_CUE_RULES = frozenset((*_FULL_DATE_RULES, *_MONTH_DAY_RULES, "weekday", numeric.RULE))
_SEARCH_DAYS = 7  # a report is written on the day of its latest dated event or within the week after
_YEARS_BACK = 60  # how far back a date without a year is searched when nothing else bounds it
_WEEK_AFTER = tuple(k * cal.DAY for k in range(_SEARCH_DAYS))  # a named day and the days a report may follow it
# How well a publication day fits a weekday named in the past, by the days from that weekday to
# it. On the TimeML corpus, 289 such weekdays fell 0-6 days before the document's date: 49%, 23%,
# 10%, 13%, 4%, 1%, 0%.
_WEEKDAY_LAG_FIT = (2, 1, 0, 0, -1, -2, -2)
_WRONG_WEEKDAY = -5  # "Tuesday, Feb. 6" in a year where 6 February is no Tuesday
_AFTER_THE_REPORT = -3  # a report does not describe days after it was written
# A point of fit is worth a week: the report is dated on the first day after the latest day it
# names that fits its weekdays best, not on that day itself. (The gap between a document's date and
# the latest day it names is mostly weeks: 0-1 days for 18% of the TimeML documents that name one,
# 2-6 days for 2%, 7-30 days for 34%, more for the rest.)
_DAYS_PER_POINT = 7
_A_WEEK = dt.timedelta(days=7)
_DATELINE_REACH = 48  # characters of place name a dateline may put before its date
_DATELINE_TOP = 300  # characters of headline a dateline may follow
_WORD = re.compile(r"[a-z]+")


def today() -> dt.date:
    """Today, or the day SOURCE_DATE_EPOCH names, so that builds can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    return dt.date.today()


@dataclass(frozen=True)
class _Cue:
    """A weekday (``weekday`` alone), or a day: ``full`` with its year, or ``month`` and ``day``
    without one (and ``weekday`` when written with it, "Tuesday, Feb. 6")."""

    text: str
    sentence: int
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    full: dt.date | None = None
    as_of: bool = False
    future: bool = False
    dateline: bool = False
    other_reading: dt.date | None = None  # "12/05/2024": the day ``full`` would be read the other way

    @property
    def states_the_day(self) -> bool:
        """Whether the writer gives this day as the day of writing."""
        return self.as_of or self.dateline

    @property
    def fixes_the_year(self) -> bool:
        """Whether the weekdays around this day may choose its year (see the module's docstring)."""
        return self.month is not None and (self.states_the_day or self.weekday is not None)


def _month(groups: dict[str, str]) -> int:
    if "month_num" in groups:
        return int(groups["month_num"])
    return int(word_classes()["month"].lookup(groups.get("month") or groups["month_after"]))


def _is_dateline(text: str, match: TimexMatch) -> bool:
    """ "TEHRAN, August 8 (Xinhua) --": a day at the top of the story (its first line, or the line
    after a headline) after nothing on its line but a place name in capitals."""
    line_start = text.rfind("\n", 0, match.start) + 1
    if line_start > _DATELINE_TOP or match.start - line_start > _DATELINE_REACH:
        return False
    place = text[line_start : match.start].strip().rstrip(",").strip()
    words = place.split()
    return bool(words) and words[0].isupper() and not any(character.isdigit() for character in place)


# "Posted on 12/05/2024", "Updated 4:12 PM GMT+3, September 14, 2023" opening a line: the page's
# own stamp. (Inside a sentence, "a study published on March 3" is another text's day.)
_STAMP = re.compile(r"(?:published|posted|updated)(?:\s+on)?[\s:]+(?:[^\n]{0,24},\s+)?", re.IGNORECASE)


def _stamp(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 40 and _STAMP.fullmatch(text, line_start, start) is not None


def _cues(text: str, sentences: list[Sentence], matches: list[TimexMatch]) -> list[_Cue]:
    cues = []
    order = numeric.text_order(matches)
    for match in matches:
        if match.rule not in _CUE_RULES:
            continue  # only dates and weekdays say when the article was written
        sentence = sentences[match.sentence]
        lead = text[max(0, match.start - 24) : match.start].lower()
        words = _WORD.findall(lead)
        scheduled = bool(words) and words[-1] in tense_markers()["scheduled"]  # "payable Dec. 15"
        future = scheduled or detect_tense(text, sentence, match.start, match.end) == "future"
        # "Published: 14.02.2026" stamps this text; "a study published March 3" is another text's day.
        as_of = lead.rstrip().endswith(("as of", "as at", "dated", "published:", "posted:")) or _stamp(
            text, match.start
        )
        groups = match.groups
        try:
            if match.rule in _FULL_DATE_RULES or (match.rule == "weekday_date" and "year" in groups):
                year = int(groups["year"])
                full = dt.date(year, _month(groups), int(groups.get("day") or groups["day_first"]))
                cues.append(_Cue(match.text, match.sentence, full=full, as_of=as_of, future=future))
            elif match.rule == numeric.RULE and len(groups["year"]) == 4:
                # A date whose order of day and month is in doubt is read as the resolver reads it (the
                # text's own order, else the separator's), and the other reading is kept.
                readings = numeric.readings(int(groups["first"]), int(groups["second"]), int(groups["year"]))
                chosen = readings.get(order or numeric.default_order(groups["sep"])) or next(iter(readings.values()))
                other = next((day for day in readings.values() if day != chosen), None)
                cues.append(
                    _Cue(match.text, match.sentence, full=chosen, as_of=as_of, future=future, other_reading=other)
                )
            elif match.rule in _MONTH_DAY_RULES:
                day = int(groups.get("day2") or groups.get("day") or groups["day_first"])
                named = groups.get("named_weekday")
                weekday = int(word_classes()["weekday"].lookup(named)) if named else None
                cues.append(
                    _Cue(
                        match.text,
                        match.sentence,
                        weekday=weekday,
                        month=_month(groups),
                        day=day,
                        as_of=as_of,
                        future=future,
                        dateline=_is_dateline(text, match),
                    )
                )
            elif match.rule == "weekday" and "modifier" not in groups and not future:
                weekday = int(word_classes()["weekday"].lookup(groups["weekday"]))
                cues.append(_Cue(match.text, match.sentence, weekday=weekday))
        except (ValueError, KeyError):  # "30 February", a two-digit year
            continue
    return cues


_MAX_CUES = 24  # enough to date any article; bounds the work on huge inputs


def _distinct(cues: list[_Cue]) -> list[_Cue]:
    """One cue per distinct date or weekday, earliest mention first (keeps scoring bounded)."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for cue in cues:
        key = (cue.weekday, cue.month, cue.day, cue.full, cue.as_of, cue.future, cue.dateline)
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
        where = f"'{cue.text}' (sentence {cue.sentence + 1})"
        if cue.month is None and cue.full is None:
            lag = (weekday - (cue.weekday or 0)) % 7
            score += _WEEKDAY_LAG_FIT[lag]
            if explain and lag <= 1:
                reasons.append(f"{where} " + ("falls on that day" if lag == 0 else "is the day before"))
            continue
        day = cue.full or _safe(candidate.year, cue.month, cue.day)
        if day is None:
            continue
        if cue.weekday is not None and day.weekday() != cue.weekday:
            score += _WRONG_WEEKDAY
            continue
        if day == candidate:
            if cue.states_the_day:
                score += 3 if cue.as_of else 2
            if explain:
                reasons.append(
                    f"{where} names that day"
                    + (" as the day of writing ('as of', 'dated', 'published')" if cue.as_of else "")
                )
        elif day > candidate and not cue.future:
            score += _AFTER_THE_REPORT
    return score, reasons


def _certainty(best: dt.date, cues: list[_Cue], tied: bool) -> float:
    """How far to trust the inferred date: a day stated "as of" and agreeing weekdays count most."""
    certainty = 0.3
    stating = [c for c in cues if c.states_the_day and (c.full or _safe(best.year, c.month, c.day)) == best]
    if stating:
        # "as of February 5", a dateline: the writer states the day of writing (if "12/05/2024"
        # is read the right way round).
        certainty += 0.3 if any(c.other_reading is None for c in stating) else 0.2
    if any(c.full == best and c.other_reading is None for c in cues):
        certainty += 0.2  # a full date with its year
    elif any(c.full == best for c in cues):
        certainty += 0.1  # "12/05/2024": a full date, if its day and month are read the right way round
    if any(c.month is None and c.full is None and c.weekday == best.weekday() for c in cues):
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
    """The cues' score for ``candidate`` (a point a week), less the days since the latest named day before it."""
    score, _ = _score(candidate, cues)
    return score * _DAYS_PER_POINT - (_days_since(candidate, anchors) or 0)


def _days_since(candidate: dt.date, anchors: list[_Cue]) -> int | None:
    days = (_cue_day(c, candidate) for c in anchors)
    return min(((candidate - day).days for day in days if day is not None and day <= candidate), default=None)


def _scored(candidates: set[dt.date], cues: list[_Cue], anchors: list[_Cue]) -> list[tuple[int, dt.date]]:
    return [(_fit(c, cues, anchors), c) for c in candidates]


def _best(scored: list[tuple[int, dt.date]]) -> tuple[dt.date, list[dt.date]]:
    """The best-fitting candidate (the latest of equals) and the others that fit as well, latest first."""
    ordered = sorted(set(scored), reverse=True)  # a day two cues propose is one candidate
    best_score, best = ordered[0]
    return best, [c for s, c in ordered[1:] if s == best_score]


def _scored_by_shape(
    month_days: list[_Cue], cues: list[_Cue], anchors: list[_Cue], years: range, latest_allowed: dt.date
) -> list[tuple[int, dt.date]]:
    """What :func:`_scored` gives the days month-day cues name in ``years`` and the week after
    each, without scoring them one by one: every candidate whose fit is the best of its group.

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
                fit = fits[candidate_shape] = _fit(candidate, cues, anchors)
            found.append((fit, days, offset))
    if not found:
        return []
    best_score = max(fit for fit, _, _ in found)
    return [
        (fit, d + offset)
        for fit, days, offset in found
        if fit == best_score
        for d in days
        if d + offset <= latest_allowed
    ]


def _most_recent(cue: _Cue, latest_allowed: dt.date) -> dt.date | None:
    """The day a cue without a year names in the latest year that puts it on or before ``latest_allowed``."""
    for year in (latest_allowed.year, latest_allowed.year - 1, latest_allowed.year - 2):
        day = _safe(year, cue.month, cue.day)
        if day is not None and day <= latest_allowed:
            return day
    return None  # 29 February, and no leap year among them


def _week_after(day: dt.date, latest_allowed: dt.date) -> set[dt.date]:
    return {day + offset for offset in _WEEK_AFTER if day + offset <= latest_allowed}


def _candidates(cues: list[_Cue], latest_allowed: dt.date) -> tuple[list[tuple[int, dt.date]], list[_Cue]]:
    """Every publication day worth scoring, with its fit, and the named days it is measured from."""
    dated = [c for c in cues if c.full is not None and not c.future and c.full <= latest_allowed]
    month_days = [c for c in cues if c.month is not None and not c.future]
    anchors = dated + month_days
    latest_full = max((c.full for c in dated if c.full is not None), default=None)
    named_weekdays = {c.weekday for c in cues if c.month is None and c.full is None}
    scored: list[tuple[int, dt.date]] = []
    stated = any(c.as_of and c.full == latest_full for c in dated)  # "Published: 14.02.2026"
    if latest_full is not None and (not named_weekdays or latest_full.weekday() in named_weekdays or stated):
        # A date written with its year beside weekdays that do not fall on it is history: it
        # bounds the publication day, but the weekdays name the days around it. A date stated
        # as the day of writing is no history: the weekdays are of the week before it.
        scored += _scored(_week_after(latest_full, latest_allowed), cues, anchors)
    recent: set[dt.date] = set()
    for cue in month_days:
        if cue.fixes_the_year or (day := _most_recent(cue, latest_allowed)) is None:
            continue
        # Reports name the days of the past week by their weekdays, so a day named by its date
        # beside them is a week old or more.
        week_later = day + _A_WEEK if named_weekdays else day
        recent |= _week_after(week_later, latest_allowed) or _week_after(day, latest_allowed)
    scored += _scored(recent, cues, anchors)
    fixing = [c for c in month_days if c.fixes_the_year]
    if fixing:
        lowest_year = latest_full.year if latest_full else latest_allowed.year - _YEARS_BACK
        years = range(lowest_year, latest_allowed.year + 1)
        if latest_full is None:
            scored += _scored_by_shape(fixing, cues, anchors, years, latest_allowed)
        else:
            candidates: set[dt.date] = set()
            for cue in fixing:
                for year in years:
                    if (day := _safe(year, cue.month, cue.day)) is not None:
                        candidates |= _week_after(day, latest_allowed)
            scored += _scored(candidates, cues, anchors)
    return scored, anchors


def infer_publication_date(
    text: str, sentences: list[Sentence], matches: list[TimexMatch], *, now: dt.date | None = None
) -> PublicationDate:
    """The most likely publication date, with evidence; today with low certainty if no cue."""
    latest_allowed = now or today()
    cues = _distinct(_cues(text, sentences, matches))
    scored, anchors = _candidates(cues, latest_allowed)
    if not scored:
        evidence = [f"no date in the text fixes the publication day; using today, {latest_allowed}"]
        if anchors:  # only a full date that no weekday named falls on
            named = ", ".join(f"'{c.text}' (sentence {c.sentence + 1})" for c in anchors)
            evidence.append(f"{named}: history, since no weekday the text names falls on it")
        return PublicationDate(date=latest_allowed, inferred=True, certainty=0.1, evidence=evidence)
    best, ties = _best(scored)
    _, reasons = _score(best, cues, explain=True)
    evidence = list(reasons)
    since = _days_since(best, anchors)
    if since:
        latest = next(c for c in anchors if _cue_day(c, best) == best - since * cal.DAY)
        where = f"'{latest.text}' (sentence {latest.sentence + 1})"
        line = f"{where} is the latest day named before it, {since} days before"
        if since >= _A_WEEK.days and any(c.month is None and c.full is None for c in cues):
            line += "; a report names the days of its last week by their weekdays"
        evidence.append(line)
    if ties:
        evidence.append(
            "the same cues fit "
            + ", ".join(str(t) for t in ties[:4])
            + f"; chose the most recent not after {latest_allowed}"
        )
    if any(c.weekday is not None for c in cues):
        evidence.append(f"{best} is a {cal.WEEKDAY_NAMES[best.weekday()]}")
    certainty = _certainty(best, cues, bool(ties))
    alternatives = list(ties[:4])
    for cue in cues:
        if cue.full == best and cue.other_reading is not None and cue.other_reading <= latest_allowed:
            evidence.append(f"'{cue.text}' read the other way round is {cue.other_reading}")
            alternatives.append(cue.other_reading)
    return PublicationDate(
        date=best, inferred=True, certainty=round(certainty, 2), evidence=evidence, alternatives=alternatives[:4]
    )


def _cue_day(cue: _Cue, candidate: dt.date) -> dt.date | None:
    return cue.full or _safe(candidate.year, cue.month, cue.day)
