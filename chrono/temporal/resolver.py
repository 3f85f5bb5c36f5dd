"""Turn tagged expressions into TimeValues against an anchor.

One small function per rule family (in :mod:`chrono.temporal.resolvers`), chosen
by the rule's ``resolve`` name in ``rules.json``. Each returns the chosen reading
with its interval, precision, certainty and a one-line rationale, plus the
readings it passed over. This module reads the text in order and threads the
narrative reference time through, so "the day before" follows the story, not
the publication date; refiners (:mod:`chrono.temporal.refiners`) then look
across expressions.
"""

from __future__ import annotations

import re

from chrono.models import (
    Anchor,
    Precision,
    PublicationDate,
    Sentence,
    TemporalExpression,
    TimeValue,
    TimexMatch,
    TimexType,
)
from chrono.temporal.numeric import text_order
from chrono.temporal.refiners import refine
from chrono.temporal.resolvers import PART_MODS, RESOLVERS, Context, lookup
from chrono.temporal.tense import clause_tense, past_verb_before

_SIGNAL = re.compile(r"\b(as of|since|until|till|by|before|after|on|in|from|through)\s+$", re.IGNORECASE)
# "the first talks since the July 26 coup": a day that names a happening still follows "since".
# (Other signals before "the" do not carry over: "by the Tuesday deadline" is no deadline of Tuesday's.)
_SINCE_THE = re.compile(r"\bsince\s+the\s+$", re.IGNORECASE)


# "Since it began last Wednesday": a clause opened by "since" whose time comes a few words later.
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:it|they|he|she|the\s+\w+)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _signal(text: str, start: int) -> str | None:
    found = _SIGNAL.search(text, max(0, start - 12), start)
    if found:
        return str(lookup("signal", found.group(1)))
    if _SINCE_THE.search(text, max(0, start - 12), start):
        return "since"
    if _SINCE_CLAUSE.search(text, max(0, start - 40), start):
        return "since"
    return None


def resolve_one(match: TimexMatch, ctx: Context) -> TimeValue | None:
    """The TimeValue of one tagger hit, or None when its words name no real date."""
    try:
        value = RESOLVERS[match.resolve](match.groups, ctx)
    except (ValueError, OverflowError):
        return None  # impossible dates ("31 April") and out-of-range years are not expressions
    edge = match.groups.get("edge", "").lower()
    if value is not None and edge and value.modifier is None:
        # "late Tuesday", "early yesterday": the same day, its start or end (TIMEX3 mod).
        value = value.model_copy(update={"modifier": PART_MODS[edge], "rationale": f"{edge}: {value.rationale}"})
    return value


_BEFORE_REACH = 200  # characters of the sentence before an expression that its resolver may read


def _publication_anchor(publication: PublicationDate) -> Anchor:
    return Anchor(date=publication.date, source="inferred" if publication.inferred else "given")


def resolve_matches(
    text: str, sentences: list[Sentence], matches: list[TimexMatch], publication: PublicationDate
) -> list[TemporalExpression]:
    """Resolve every hit in reading order, carrying the narrative reference time along."""
    anchor = _publication_anchor(publication)
    reference_time = anchor
    day_reference: Anchor | None = None
    last_day: Anchor | None = None
    year_reference: Anchor | None = None
    written: tuple[int, Anchor] | None = None  # the sentence and anchor of the last date with a written year
    resolved: list[TemporalExpression] = []
    numeric_order = text_order(matches)
    for match in matches:
        sentence = (
            sentences[match.sentence]
            if sentences
            else Sentence(index=0, start=0, end=len(text), text=text, paragraph=0)
        )
        reading = clause_tense(text, sentence, match.start, match.end)
        tense = reading.tense
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
            firm_future=reading.firm_future,
            firm_past=reading.firm_past,
            numeric_order=numeric_order,
            month_story=day_reference is None and reference_time.source == "text",
            last_day=last_day,
            before=text[max(sentence.start, match.start - _BEFORE_REACH) : match.start],
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
                    day_reference = last_day = pinned
                elif day_reference is not None and (day_reference.date.year, day_reference.date.month) != (
                    value.start.year,
                    value.start.month,
                ):
                    # "seized it in mid-December; retook it a week later": the story has moved to
                    # another month, so a day named before it no longer counts days.
                    day_reference = None
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


__all__ = ["Context", "resolve_matches", "resolve_one"]
