"""The year of a month or day written without one ("on March 3", "in February").

This is where most wrong dates in news come from: the year is left to the
reader, who takes the one nearest the article unless the tense or a year
written just before says otherwise. One function decides it for every rule
that needs it, so that "March 3" and "early March" can never disagree.
"""

from __future__ import annotations

import datetime as dt

from chrono.models import Reading
from chrono.temporal.resolvers.base import Context, anchor_words, safe_date

_NEAR_DAYS = 30
_TENSE_REACH_DAYS = 240


def year_for(month: int, day: int | None, ctx: Context) -> tuple[int, list[Reading], float, str]:
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
        if (date := safe_date(year, month, day or 1)) is not None
    ]
    if not readings:
        return by_publication
    year, date = min(readings, key=lambda reading: abs((reading[1] - reference).days))
    published = ctx.anchor.date
    if year == by_publication[0] or (date < published if ctx.tense == "future" else date > published):
        return by_publication  # "invited in July 1997, will join on March 12": the tense wins
    other = Reading(value=str(by_publication[0]), reason=f"year {by_publication[0]} if read from the publication date")
    return year, [other], 0.8, f"year of the nearest such date to {anchor_words(written)}, written just before"


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
    elif (ctx.past_verb or ctx.firm_past) and latest_past is not None and key(nearest) > reference:
        # "the war began on 15 April", written on 12 March: what a past verb of its own (or the
        # past perfect, "had withdrawn by April") tells has happened, however near the coming 15 April is.
        verb = "a past verb of its own" if ctx.past_verb else "the past perfect"
        chosen, why, certainty = latest_past, f"{verb}: the latest such date before", 0.75
    elif (
        towards is not None
        and towards != nearest
        # "will be held in February", written in March, is next February; a day just gone may be
        # a story written days before it was printed ("will meet on March 18", printed on the 20th).
        and (gap_nearest > _NEAR_DAYS or (ctx.firm_future and day is None))
        and (
            abs((key(towards) - reference).days) <= _TENSE_REACH_DAYS
            or ctx.firm_future  # "will take effect on Jan. 1", written in March
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
    return chosen[0], alternatives, certainty, f"year from {why} {anchor_words(ctx.anchor)}"


def year_number(text: str, ctx: Context) -> int:
    """A written year; a two-digit one ("'98") takes the century that puts it nearest the anchor."""
    if text[0] in "'’":
        two_digits = int(text[1:])
        century = ctx.anchor.date.year // 100 * 100
        candidates = [c + two_digits for c in (century - 100, century, century + 100) if 1 <= c + two_digits <= 9999]
        return min(candidates, key=lambda y: (abs(y - ctx.anchor.date.year), -y))
    return int(text)
