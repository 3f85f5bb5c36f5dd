"""Merge mentions of the same happening into one Event, in a document and across documents.

Two mentions are the same event when they have the same type, dates that
overlap, and arguments that do not contradict each other (same round, same
speaker, same attacker). "The talks" without a date of its own refers back to
the current talks: the talks event with the latest date named so far.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator
from functools import lru_cache, partial
from typing import TypeVar

from chrono.events import taxonomy
from chrono.events.arguments import places_agree
from chrono.events.lexicon import speakers
from chrono.events.linker import FALLBACK_CERTAINTY
from chrono.events.spool import MergeSpool
from chrono.models import (
    Actor,
    DocumentInfo,
    Event,
    EventAttributes,
    EventMention,
    Location,
    Precision,
    Quantity,
    Source,
    Timeline,
    TimeValue,
)
from chrono.views import FIRST_MENTIONS, DocumentList, Documents, EventEntry, TimelineView, entry_of, view_of

_T = TypeVar("_T", bound=Hashable)

_SUMMARY_LIMIT = 300
_MERGE_WINDOW = 200  # recent groups of a type a new mention is compared with


def _source_key(source: Source) -> tuple[object, ...]:
    return (source.document_id, source.trigger_start, source.trigger_end, source.time_start, source.sentence_start)


def _overlap(a: TimeValue | None, b: TimeValue | None) -> bool:
    if a is None or b is None or a.start is None or b.start is None:
        return a is None and b is None
    a_end, b_end = a.end or a.start, b.end or b.start
    return a.start <= b_end and b.start <= a_end


def _same_days(a: TimeValue | None, b: TimeValue | None) -> bool:
    """Readings of one sitting overlap; a coarser one holds the finer ("talks next week" and "on
    Tuesday"), not only touches it ("met a week ago" is not "met on Sunday and Monday")."""
    if a is None or b is None or a.precision == b.precision or not _overlap(a, b):
        return _overlap(a, b)
    finer, coarser = (a, b) if _PRECISION_RANK[a.precision.value] < _PRECISION_RANK[b.precision.value] else (b, a)
    assert finer.start is not None and coarser.start is not None
    return coarser.start <= finer.start and (finer.end or finer.start) <= (coarser.end or coarser.start)


_PRECISION_RANK = {
    "time": 0,
    "day": 1,
    "week": 2,
    "month": 3,
    "quarter": 4,
    "season": 4,
    "year": 5,
    "decade": 6,
    "century": 7,
    "unknown": 8,
}


def _better_date(candidate: TimeValue, current: TimeValue) -> bool:
    """Of two readings of one event, the finer one wins ("Tuesday" over "next week"), then the surer;
    but a day given for want of any reading (the publication date) loses to every reading, however
    coarse ("held in Istanbul earlier this month" over a mention with no time of its own)."""
    guess_candidate, guess_current = candidate.certainty <= FALLBACK_CERTAINTY, current.certainty <= FALLBACK_CERTAINTY
    if guess_candidate != guess_current:
        return guess_current
    rank_candidate, rank_current = _PRECISION_RANK[candidate.precision.value], _PRECISION_RANK[current.precision.value]
    if rank_candidate != rank_current:
        return rank_candidate < rank_current
    return candidate.certainty > current.certainty


def best_date(dates: list[TimeValue]) -> TimeValue | None:
    best: TimeValue | None = None
    for date in dates:
        if best is None or _better_date(date, best):
            best = date
    return best


def _names(actors: list[Actor], roles: tuple[str, ...]) -> set[str]:
    return {a.name for a in actors if a.role in roles}


def _body(actor: Actor) -> str | None:
    """The body of a country that speaks ("Israel's military", "Netanyahu's office"), if its words name one."""
    if actor.kind != "country" or not actor.text:
        return None
    nouns = speakers().body_nouns
    return next((w for w in reversed(actor.text.lower().split()) if w in nouns), None)


def _same_bodies(a: list[Actor], b: list[Actor]) -> bool:
    """ "Netanyahu's office said" and "the Israeli military said" on one day are two statements of
    Israel; "Seoul's defense ministry" and "the ministry" one; a country named bare agrees with any."""
    left = {_body(actor) for actor in a if actor.role == "speaker"} - {None}
    right = {_body(actor) for actor in b if actor.role == "speaker"} - {None}
    return not left or not right or bool(left & right)


class _Group:
    """Mentions of one event while merging; turned into an Event at the end.

    The best date, round and actors are kept up to date as mentions arrive, so
    checking a new mention against a group costs the same however long it is.
    """

    def __init__(self, mention: EventMention) -> None:
        self.mentions: list[EventMention] = []
        self.date: TimeValue | None = None
        self.round: int | None = None
        self.actors: list[Actor] = []
        self.location: Location | None = None
        self.days: tuple[dt.date, dt.date] | None = None  # all the days its readings of a day give
        self._actor_keys: set[tuple[str, str]] = set()
        self.add(mention)

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    def add(self, mention: EventMention) -> None:
        self.mentions.append(mention)
        if mention.date is not None and (self.date is None or _better_date(mention.date, self.date)):
            self.date = mention.date
        day = mention.date
        if (
            day is not None
            and day.start is not None
            and day.precision in (Precision.DAY, Precision.TIME)
            and day.certainty > FALLBACK_CERTAINTY
        ):
            first, last = day.start, day.end or day.start
            self.days = (min(first, self.days[0]), max(last, self.days[1])) if self.days else (first, last)
        if self.round is None:
            self.round = mention.attributes.round
        if self.location is None:
            self.location = mention.location
        for actor in mention.actors:
            if (actor.name, actor.role) not in self._actor_keys:
                self._actor_keys.add((actor.name, actor.role))
                self.actors.append(actor)

    def names(self, mention: EventMention) -> bool:
        """Could a headline's ``mention`` name this group's event? Undated, on any day; dated ("talks
        next week"), on a day it covers."""
        first = self.first
        if mention.type == "statement":
            speakers = _names(mention.actors, ("speaker",))
            if bool(speakers) and speakers == _names(self.actors, ("speaker",)):
                return True
            # "Oman says progress made" over "..., Omani Foreign Minister Badr Albusaidi wrote": a
            # country speaks in a headline through the person of it the story quotes.
            countries = {a.name for a in mention.actors if a.role == "speaker" and a.kind == "country"}
            theirs = {a.country for a in self.actors if a.role == "speaker" and a.kind == "person"}
            return bool(countries) and countries == speakers and countries <= theirs
        if mention.time is not None and self.date is not None and not _overlap(self.date, mention.date):
            return False  # "talks in Cairo next week" names no round told for another week
        if mention.type == "talks":
            # "Envoys to resume Gaza truce talks in Cairo": the city the body names says it, whatever
            # the headline makes of its parties.
            same_city = (
                self.location is not None
                and mention.location is not None
                and self.location.kind == mention.location.kind == "city"
                and self.location.name == mention.location.name
            )
            return places_agree(self.location, mention.location) and (
                same_city or _compatible(self.actors, mention.actors, ("participant",))
            )
        if mention.type == "strike":
            kinds = {first.subtype, mention.subtype} - {"attack"}
            return len(kinds) <= 1 and _compatible(self.actors, mention.actors, ("attacker",))
        return mention.subtype == first.subtype

    def accepts(self, mention: EventMention) -> bool:
        first = self.first
        if mention.type != first.type:
            return False
        if mention.type == "talks":
            if not places_agree(self.location, mention.location):
                return False
            if self.round is not None and mention.attributes.round is not None:
                return self.round == mention.attributes.round
            # "the negotiations" on the day of round 2 is round 2: one side has no round number.
            if (self.date is None) != (mention.date is None):
                # "after leaders of Thailand and Cambodia met in Malaysia" (told as earlier, on no
                # day) and "talks between them in Putrajaya on Monday": one event when both name
                # the same party, in agreeing places, both held or both planned. A visit is an
                # act of its own ("after Tshisekedi visited Luanda"), not the talks it led to.
                shared = _names(self.actors, ("participant",)) & _names(mention.actors, ("participant",))
                return (
                    bool(shared)
                    and self.first.attributes.planned == mention.attributes.planned
                    and "visit" not in (self.first.subtype, mention.subtype)
                )
            # "... for talks in Geneva. The meeting would take place on Sunday": talks dated only
            # for want of a reading take the day of a mention that refers back to them.
            guessed = self.date is not None and self.date.certainty <= FALLBACK_CERTAINTY and mention.anaphoric
            coarse = mention.date is not None and mention.date.precision not in (Precision.DAY, Precision.TIME)
            if coarse and self.days is not None and mention.date is not None and mention.date.start is not None:
                # "met a week ago" holds Sunday but not Sunday and Monday, the days this sitting ran
                end = mention.date.end or mention.date.start
                if not (mention.date.start <= self.days[0] and self.days[1] <= end):
                    return False
            return (guessed or _same_days(self.date, mention.date)) and _compatible(
                self.actors, mention.actors, ("participant",)
            )
        if mention.type == "statement":
            same_speaker = _names(self.actors, ("speaker",)) == _names(mention.actors, ("speaker",)) and _same_bodies(
                self.actors, mention.actors
            )
            return (
                same_speaker
                and self.date is not None
                and mention.date is not None
                and ((self.date.start, self.date.end) == (mention.date.start, mention.date.end))
            )
        if mention.type == "strike":
            # Different kinds of attack on overlapping days are different attacks, unless told apart
            # only by a generic word ("attacks" beside "missile strikes").
            kinds = {first.subtype, mention.subtype} - {"attack"}
            # A series ("near daily strikes since Wednesday") and one strike in it are two events:
            # strikes merge only when their intervals are the same.
            same_interval = (self.date is None and mention.date is None) or (
                self.date is not None
                and mention.date is not None
                and (self.date.start, self.date.end) == (mention.date.start, mention.date.end)
            )
            return len(kinds) <= 1 and same_interval and _compatible(self.actors, mention.actors, ("attacker",))
        # Other happenings (arrests, captures) recur: only the same day, or the same sentence, is one event.
        same_dates = (
            self.date is not None
            and mention.date is not None
            and ((self.date.start, self.date.end) == (mention.date.start, mention.date.end))
        )
        same_sentence = any(m.sentence == mention.sentence for m in self.mentions)
        return mention.subtype == first.subtype and (same_dates or same_sentence)


def _compatible(a: list[Actor], b: list[Actor], roles: tuple[str, ...]) -> bool:
    """Actors agree when one side names none, or they share at least one."""
    left, right = _names(a, roles), _names(b, roles)
    return not left or not right or bool(left & right)


def _antecedent(groups: list[_Group], planned: bool) -> _Group | None:
    """The talks "the talks" refers to: the latest held, or, for talks still ahead ("the talks
    will focus on borders"), the latest planned; "the talks opened" is not next month's round."""
    talks = [g for g in groups if g.first.type == "talks" and g.date is not None and g.date.end is not None]
    alike = [g for g in talks if g.first.attributes.planned == planned] or talks
    if not alike:
        return None
    return max(enumerate(alike), key=lambda pair: (pair[1].date.end, pair[0]))[1]  # type: ignore[union-attr]


_STRIKE_ANAPHORA_REACH = 2  # sentences back in which "the attack" finds the strike it refers to


def _told_just_before(groups: list[_Group], sentence: int) -> _Group | None:
    """The strike last told, if its latest mention is a sentence or two before."""
    if not groups or sentence - groups[-1].mentions[-1].sentence > _STRIKE_ANAPHORA_REACH:
        return None
    return groups[-1]


def group_mentions(mentions: list[EventMention], headlines: frozenset[int] = frozenset()) -> list[list[EventMention]]:
    """Mentions of one document gathered per event, in order of first mention.

    A headline names the happening its story tells ("Israel and Hamas agree to extend
    truce", "Envoys to resume talks in Cairo next week"): its mention joins the first like
    event of the body (on a day the headline's own time covers, if it has one), adding its
    actors but not its date, and stands alone only when the body tells no such event.
    """
    groups: list[_Group] = []
    groups_by_type: dict[str, list[_Group]] = {}
    titled = [m for m in mentions if m.sentence in headlines]
    set_aside = {id(m) for m in titled}
    for mention in mentions:
        if id(mention) in set_aside:
            continue
        if mention.anaphoric and mention.date is None and mention.type == "strike":
            told = _told_just_before(groups_by_type.get("strike", []), mention.sentence)
            if told is not None:
                told.add(mention)
                continue  # else "the attack" is one the story has not told: an event of its own
        elif mention.anaphoric and mention.date is None:
            if mention.type == "talks":
                antecedent = _antecedent(groups_by_type.get("talks", [])[-_MERGE_WINDOW:], mention.attributes.planned)
            else:  # "since the ceasefire began": the latest such happening told
                same = [
                    g
                    for g in groups_by_type.get(mention.type, [])[-_MERGE_WINDOW:]
                    if g.first.subtype == mention.subtype
                ]
                antecedent = same[-1] if same else None
            if antecedent is not None:
                if mention.attributes.planned != antecedent.first.attributes.planned:
                    # referring to it does not make a held event planned, or a planned one held
                    planned = antecedent.first.attributes.planned
                    mention = mention.model_copy(
                        update={"attributes": mention.attributes.model_copy(update={"planned": planned})}
                    )
                antecedent.add(mention)
                continue
            if not (mention.actors and mention.time is not None) and mention.location is None:
                continue  # background talk of "the negotiations" with nothing to attach to
            # "The talks, mediated by Egypt, opened in Cairo on Sunday", told first: an event of
            # its own, dated by the time its sentence gives (see build_event).
        # The same event is mentioned near itself: the latest groups of the type are enough,
        # and bounding them keeps documents with thousands of events linear.
        same_type = [g for g in groups_by_type.get(mention.type, [])[-_MERGE_WINDOW:]]
        target = next((g for g in same_type if g.accepts(mention)), None)
        if target is None:
            group = _Group(mention)
            groups.append(group)
            groups_by_type.setdefault(mention.type, []).append(group)
        else:
            target.add(mention)
    alone: list[_Group] = []
    for mention in titled:
        # "... after Istanbul meeting": a headline telling what was held names a held event before a planned one.
        naming = [g for g in groups_by_type.get(mention.type, []) if g.names(mention)]
        alike = [g for g in naming if g.first.attributes.planned == mention.attributes.planned]
        told = next(iter(alike or naming), None)
        if told is not None:
            told.add(mention.model_copy(update={"anaphoric": True}))  # its actors count, its default date not
        else:
            alone.append(_Group(mention))
    groups = alone + groups  # the headline comes first
    _share_series_participants(groups)
    return [g.mentions for g in groups]


def _share_series_participants(groups: list[_Group]) -> None:
    """Rounds of one series ("the first round", "the second round") share their parties."""
    rounds = [g for g in groups if g.first.type == "talks" and g.round is not None]
    donors = [g for g in rounds if _names(g.actors, ("participant", "mediator"))]
    if not donors:
        return
    donor_actors = [a for a in donors[0].actors if a.role in ("participant", "mediator", "host")]
    for group in rounds:
        if not _names(group.actors, ("participant",)):
            first = group.mentions[0]
            group.mentions[0] = first.model_copy(update={"actors": [*first.actors, *donor_actors]})
            for actor in donor_actors:
                if (actor.name, actor.role) not in group._actor_keys:
                    group._actor_keys.add((actor.name, actor.role))
                    group.actors.append(actor)


def _title(
    event_type: str, subtype: str, actors: list[Actor], attributes: EventAttributes, location: Location | None
) -> str:
    label = taxonomy.label(event_type, subtype)
    if event_type == "talks":
        parties = " – ".join(sorted(_names(actors, ("participant",))))
        head = f"{label}, round {attributes.round}" if attributes.round else label
        title = f"{head}: {parties}" if parties else head
        for role in ("mediator", "host"):
            names = sorted(_names(actors, (role,)))
            if names:
                title += f" ({role}: {', '.join(names)})"
        return title + (f" in {location.name}" if location else "")
    if event_type == "strike":
        attackers = sorted(_names(actors, ("attacker",)))
        targets = sorted(_names(actors, ("target",)))
        title = f"{label} by {', '.join(attackers)}" if attackers else label
        if location:
            title += f" in {location.name}"
        elif targets:
            title += f" on {', '.join(targets)}"
        return title
    if event_type == "statement":
        # "Kyiv officials" says more than "Ukraine": countries keep the words of the text.
        speakers = sorted({_speaker_words(a) for a in actors if a.role == "speaker"})
        return f"{label} by {', '.join(speakers)}" if speakers else label
    names = sorted(_names(actors, ("participant",)))
    return f"{label}: {', '.join(names)}" if names else label


def _speaker_words(actor: Actor) -> str:
    if actor.kind == "organisation" and actor.text[:4].lower() == "the " and actor.text[4:] == actor.name:
        return "the " + actor.name  # "The Kremlin said": "Statement by the Kremlin", as the text names it
    if actor.kind != "country":
        return actor.name
    if actor.text[:4].lower() in ("his ", "her ", "its ") or actor.text[:6].lower() == "their ":
        return f"{actor.name}'s {actor.title}" if actor.title else actor.name  # "Israel's defence minister"
    # "The Israel Defense Forces said", opening its sentence: "Statement by the Israel Defense Forces".
    return "the " + actor.text[4:] if actor.text.startswith("The ") else actor.text


def _summary(mentions: list[EventMention]) -> str:
    first = mentions[0]
    if first.type == "statement" and first.attributes.claim:
        actor = first.actors[0] if first.actors else None
        speaker = (actor.text if actor.kind == "country" else actor.name) if actor else "A speaker"
        text = f"{speaker} {first.source.trigger} {first.attributes.claim}"
    else:
        text = first.source.sentence
    return text if len(text) <= _SUMMARY_LIMIT else text[: _SUMMARY_LIMIT - 1].rstrip() + "…"


def event_id(
    event_type: str, subtype: str, date: TimeValue | None, actors: list[Actor], round_number: int | None
) -> str:
    """Stable across runs and documents: re-exports update calendar entries instead of duplicating."""
    span = f"{date.start}/{date.end}" if date is not None else "undated"
    key_actors = ",".join(sorted({f"{a.role}:{a.name}" for a in actors if a.role != "target"}))
    key = "|".join([event_type, subtype, span, str(round_number or ""), key_actors])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# A story reported by thousands of outlets gathers thousands of distinct quotes and figures; the
# event keeps the first of each (every sentence stays in its sources), so merging stays linear.
MAX_QUOTES = 10
MAX_QUANTITIES = 10


def _merge_attributes(items: list[EventAttributes]) -> EventAttributes:
    quotes: list[str] = []
    quantities: list[Quantity] = []
    for item in items:
        for quote in item.quotes:
            if len(quotes) < MAX_QUOTES and quote not in quotes:
                quotes.append(quote)
        for quantity in item.quantities:
            if len(quantities) < MAX_QUANTITIES and quantity not in quantities:
                quantities.append(quantity)
    return EventAttributes(
        round=next((i.round for i in items if i.round is not None), None),
        day=max((i.day for i in items if i.day is not None), default=None),
        quotes=quotes,
        claim=next((i.claim for i in items if i.claim), None),
        quantities=quantities,
        planned=any(i.planned for i in items),
    )


def _adds_nothing(kept: EventAttributes, new: EventAttributes) -> bool:
    """Whether merging ``new`` into ``kept`` gives ``kept`` again (:func:`_merge_attributes`)."""
    return (
        (kept.round is not None or new.round is None)
        and (new.day is None or (kept.day is not None and new.day <= kept.day))
        and (bool(kept.claim) or (kept.claim is None and not new.claim))
        and (kept.planned or not new.planned)
        and _holds_all(kept.quotes, new.quotes, MAX_QUOTES)
        and _holds_all(kept.quantities, new.quantities, MAX_QUANTITIES)
    )


def _holds_all(kept: list[_T], new: list[_T], limit: int) -> bool:
    """Whether keeping the first ``limit`` distinct items of ``kept + new`` gives ``kept``."""
    if len(kept) > limit or len(set(kept)) < len(kept):
        return False  # a merge would drop some of ``kept`` (only an unmerged event can be like this)
    return len(kept) == limit or all(item in kept for item in new)


def _subtype(mentions: list[EventMention]) -> str:
    # The most specific subtype wins: a casualty claim is more than a plain statement.
    generic = ("statement", "attack", "negotiation", "meeting")
    specific = [m.subtype for m in mentions if m.subtype not in generic]
    return specific[0] if specific else mentions[0].subtype


def _refined(date: TimeValue | None, mentions: list[EventMention]) -> TimeValue | None:
    """A later "the talks ... at 10 a.m. on Tuesday" narrows "talks next week" to that Tuesday.

    Only a strictly finer time that lies inside the event's interval counts.
    """
    if date is None or date.start is None or date.end is None:
        return date
    for mention in mentions:
        if not mention.anaphoric or mention.date is not None or mention.time is None:
            continue
        hint = mention.time.value
        if hint.start is None or hint.end is None or not (date.start <= hint.start and hint.end <= date.end):
            continue
        if _PRECISION_RANK[hint.precision.value] < _PRECISION_RANK[date.precision.value]:
            date = hint.model_copy(
                update={
                    "rationale": f"{hint.rationale}; narrows '{date.value}' named earlier for the same event",
                }
            )
    return date


def _days_told_together(best: TimeValue | None, dates: list[TimeValue]) -> TimeValue | None:
    """ "Agreed on Tuesday ... after two days of talks": one mention gives the day, another the
    days around it; the event is all the days its mentions give that overlap the best reading."""
    if best is None or best.certainty <= FALLBACK_CERTAINTY:
        return best
    for date in dates:
        if date is not best and date.certainty > FALLBACK_CERTAINTY:
            best = _days_together(best, date) or best
    return best


def _most_specific(places: list[Location], told: list[Location]) -> Location | None:
    """The first of ``places``, unless it is a country any mention (``told``) names a city or region
    of ("in Ecuador", and "The talks, held in Quito,"): the place a reader would pin on a map."""
    first = places[0] if places else None
    if first is not None and first.kind == "country":
        inside = next((p for p in told if p.kind != "country" and p.country == first.name), None)
        return inside or first
    return first


def build_event(mentions: list[EventMention]) -> Event:
    """One Event from the mentions of one happening, the best-supported values first."""
    primary = [m for m in mentions if not m.anaphoric] or mentions
    first = primary[0]
    dates = [m.date for m in primary if m.date is not None]
    best = best_date(dates)
    if best is None or best.certainty <= FALLBACK_CERTAINTY:
        # "... travel to Geneva for talks. ... the meeting would take place on Sunday": a mention
        # that refers back still dates the event when no other mention has more than a guess.
        referring = [m.date for m in mentions if m.anaphoric and m.date is not None]
        best = best_date([d for d in referring if d.certainty > FALLBACK_CERTAINTY]) or best
    if best is None:
        # Only mentions referring back, their sentences' times a hint each, less sure than a reading.
        hints = [m.time.value for m in mentions if m.anaphoric and m.date is None and m.time is not None]
        best = best_date(hints)
        if best is not None:
            best = best.model_copy(
                update={
                    "certainty": round(best.certainty * 0.8, 2),
                    "rationale": f"{best.rationale}; the time of a sentence that refers back to the event",
                }
            )
    date = _refined(_days_told_together(best, dates), mentions)
    actors: list[Actor] = []
    for mention in primary + [m for m in mentions if m.anaphoric]:
        for actor in mention.actors:
            if all((a.name, a.role) != (actor.name, actor.role) for a in actors):
                actors.append(actor)
    # "Oman says" in the headline, "Omani Foreign Minister Badr Albusaidi wrote" in the story: the person speaks.
    voiced = {a.country for a in actors if a.role == "speaker" and a.kind == "person"}
    actors = [a for a in actors if not (a.role == "speaker" and a.kind == "country" and a.name in voiced)]
    # "talks mediated by Turkey", and elsewhere "the Turkish foreign ministry said": a mediator is no party.
    mediators = {a.name for a in actors if a.role == "mediator"}
    actors = [a for a in actors if not (a.role == "participant" and a.name in mediators)]
    told = [m.location for m in mentions if m.location]
    location = _most_specific([m.location for m in primary if m.location] or told, told)
    attributes = _merge_attributes([m.attributes for m in mentions])
    subtype = _subtype(primary)
    detection = max(m.detection for m in primary)
    certainty = date.certainty if date is not None else 0.5
    confidence = round(min(1.0, detection * (0.6 + 0.4 * certainty) + 0.03 * (len(mentions) - 1)), 2)
    sources = sorted(
        {_source_key(m.source): m.source for m in mentions}.values(),
        key=lambda s: (s.document_id, s.trigger_start),
    )
    return Event(
        id=event_id(first.type, subtype, date, actors, attributes.round),
        type=first.type,
        subtype=subtype,
        title=_title(first.type, subtype, actors, attributes, location),
        summary=_summary(primary),
        date=date,
        actors=actors,
        location=location,
        attributes=attributes,
        confidence=confidence,
        codes=taxonomy.codes(first.type, subtype),
        source_count=len({source.document_id for source in sources}),
        sources=sources,
    )


def _order(event: Event) -> tuple[dt.date, dt.date, str, str]:
    far = dt.date.max
    date = event.date
    return ((date.start or far) if date else far, (date.end or far) if date else far, event.type, event.id)


def sort_events(events: list[Event]) -> list[Event]:
    """Chronological, undated last; ties by type and id so the order never depends on input order."""
    return sorted(events, key=_order)


def _unique_id(event: Event, seen: set[str]) -> Event:
    """Two distinct events that hash alike (same speaker, same day) get a suffix from their evidence."""
    if event.id in seen:
        digest = hashlib.sha256(event.sources[0].sentence.encode("utf-8")).hexdigest()[:6]
        event = event.model_copy(update={"id": f"{event.id}-{digest}"})
    seen.add(event.id)
    return event


def _unique_ids(events: list[Event]) -> list[Event]:
    seen: set[str] = set()
    return [_unique_id(event, seen) for event in events]


def events_from_mentions(mentions: list[EventMention], *, headlines: frozenset[int] = frozenset()) -> list[Event]:
    """The events of one document; ``headlines`` are the indices of its title sentences."""
    return _unique_ids(sort_events([build_event(group) for group in group_mentions(mentions, headlines)]))


def _party_roles(event_type: str) -> tuple[str, ...]:
    """The actors whose names tell two reports of an event apart: who talks, who strikes."""
    return {"talks": ("participant",), "strike": ("attacker",)}.get(event_type, ("participant",))


def _same_undated(a: Event, b: Event) -> bool:
    """Two reports of an event neither dates ("Kyiv has rejected these insistences", "agreed to
    meet again") are one when they tell the same: the kind, who took part in which role, the
    place, whether it is planned, and for a statement what was said."""
    return (
        a.subtype == b.subtype
        and {(x.name, x.role) for x in a.actors} == {(x.name, x.role) for x in b.actors}
        and (a.location.name if a.location else None) == (b.location.name if b.location else None)
        and a.attributes.planned == b.attributes.planned
        and a.attributes.round == b.attributes.round
        and (a.type != "statement" or a.attributes.claim == b.attributes.claim)
    )


def _same_event(a: Event, b: Event) -> bool:
    if a.type != b.type or not _overlap(a.date, b.date):
        return False
    if a.date is None:
        return b.date is None and _same_undated(a, b)
    if a.type == "talks" and not places_agree(a.location, b.location):
        return False
    if a.type == "talks" and a.attributes.round and b.attributes.round:
        return a.attributes.round == b.attributes.round and _compatible(a.actors, b.actors, ("participant",))
    if a.type == "statement":
        return _names(a.actors, ("speaker",)) == _names(b.actors, ("speaker",)) and a.subtype == b.subtype
    roles = _party_roles(a.type)
    if a.subtype != b.subtype:
        return False
    left, right = _names(a.actors, roles), _names(b.actors, roles)
    if left or right:
        return bool(left & right)
    # Neither report names who did it ("Drones struck a depot in Odesa on Monday"): the same kind
    # of happening on the same days at the same named place is one event; anything less is two.
    return (
        a.location is not None
        and b.location is not None
        and a.location.name == b.location.name
        and (a.date.start, a.date.end) == (b.date.start, b.date.end)  # type: ignore[union-attr]
    )


def _merge_keys(event: Event) -> set[tuple[object, ...]]:
    """What two reports of one event always share, by the tests of :func:`_same_event`.

    A merge compares a new event only with kept events sharing one of these, not with every
    event of its week: ten thousand distinct statements in one week stay linear to merge.
    """
    if event.type == "statement":
        return {("speakers", event.subtype, frozenset(_names(event.actors, ("speaker",))))}
    roles = _party_roles(event.type)
    names = _names(event.actors, roles)
    keys: set[tuple[object, ...]] = {("name", name) for name in names}
    if not names and event.location is not None:
        keys.add(("place", event.location.name))
    if event.type == "talks" and event.attributes.round:
        keys.add(("round", event.attributes.round))
    return keys


def _combine(a: Event, b: Event, *, canonical_id: bool = False) -> Event:
    """``a`` with what ``b`` adds: the better date, more actors and attributes; sources are kept apart.

    A story reported by ten thousand outlets merges ten thousand times, so the
    sources are gathered per group by the caller and attached once at the end
    (rebuilding the list at every merge would make the whole merge quadratic).
    ``canonical_id`` says ``a.id`` is known to be the one :func:`event_id` gives it
    (an event read from a file may carry another).
    """
    chosen = best_date([d for d in (a.date, b.date) if d is not None])
    best = b if chosen is not None and chosen is b.date and chosen is not a.date else a
    spanned = _days_together(a.date, b.date) if a.type == "talks" else None
    added = [x for x in b.actors if all((y.name, y.role) != (x.name, x.role) for y in a.actors)]
    confidence = round(min(1.0, max(a.confidence, b.confidence) + 0.05), 2)
    if (
        best is a
        and spanned is None
        and not added
        and confidence == a.confidence
        and (a.location is not None or b.location is None)
        and _adds_nothing(a.attributes, b.attributes)
        and (canonical_id or a.id == event_id(a.type, a.subtype, a.date, a.actors, a.attributes.round))
    ):
        return a  # one more report that tells nothing new: what a widely reported story mostly gets
    actors = list(a.actors) + added
    attributes = _merge_attributes([a.attributes, b.attributes])
    date = spanned or best.date
    return best.model_copy(
        update={
            "actors": actors,
            "sources": a.sources,
            "attributes": attributes,
            "location": a.location or b.location,
            "confidence": confidence,
            "date": date,
            "id": event_id(best.type, best.subtype, date, actors, attributes.round),
        }
    )


_MAX_SPANNED_DAYS = 14  # talks longer than two weeks are no one round's sittings


def _days_together(a: TimeValue | None, b: TimeValue | None) -> TimeValue | None:
    """The days two reports of one round give together: "began on Monday" and "wrapped up three
    days of talks on Wednesday" are Monday to Wednesday (the wider report's own reading when it
    holds the other). None when they give the same days, or when either is not a run of days."""
    if a is None or b is None or a.precision != Precision.DAY or b.precision != Precision.DAY:
        return None
    if a.start is None or b.start is None or not _overlap(a, b):
        return None
    a_end, b_end = a.end or a.start, b.end or b.start
    first, last = min(a.start, b.start), max(a_end, b_end)
    if (a.start, a_end) == (b.start, b_end) or (last - first).days >= _MAX_SPANNED_DAYS:
        return None
    for wider, end in ((a, a_end), (b, b_end)):
        if (wider.start, end) == (first, last):
            return wider
    return a.model_copy(
        update={
            "value": f"{first.isoformat()}/{last.isoformat()}",
            "start": first,
            "end": last,
            "certainty": round(min(a.certainty, b.certainty), 2),
            "rationale": f"the days the reports give together: {a.value} ({a.rationale}) and {b.value} ({b.rationale})",
            "alternatives": [],
        }
    )


def _with_sources(event: Event, sources: Iterable[Source]) -> Event:
    ordered = sorted(sources, key=lambda s: (s.document_id, s.trigger_start))
    return event.model_copy(
        update={"sources": ordered, "source_count": len({source.document_id for source in ordered})}
    )


_MAX_INDEXED_WEEKS = 60


_UNDATED_WEEK = ((0, 0),)  # where undated events are indexed: with each other, apart from every week


def _weeks(event: Event) -> tuple[tuple[int, int], ...]:
    """ISO (year, week) pairs the event's interval covers; an undated event has a bucket of its own."""
    if event.date is None or event.date.start is None:
        return _UNDATED_WEEK
    return _weeks_between(event.date.start, event.date.end or event.date.start)


@lru_cache(maxsize=4096)  # a story's reports share their days: each new report asks again
def _weeks_between(day: dt.date, last: dt.date) -> tuple[tuple[int, int], ...]:
    weeks: list[tuple[int, int]] = []
    while day <= last and len(weeks) < _MAX_INDEXED_WEEKS:
        year, week, _ = day.isocalendar()
        weeks.append((year, week))
        day += dt.timedelta(days=7 - day.weekday())
    return tuple(weeks)


class TimelineMerger:
    """Merges timelines one at a time, so a batch need not hold every document's timeline at once.

    Events that can be the same overlap in time, so each kept event is indexed
    under the weeks it covers and a new one is compared only with those sharing
    a week: linear in the number of events instead of quadratic.

    With ``spool=True`` the documents and the mentions wait in a temporary file
    (:class:`~chrono.events.spool.MergeSpool`) instead of memory, and
    :meth:`view` hands them to the writers one at a time: memory then depends
    on the number of distinct events, not on the number of documents. Close the
    merger (or use it in a ``with`` block) when the outputs are written.
    """

    def __init__(self, *, spool: bool = False) -> None:
        self._spool = MergeSpool() if spool else None
        self.documents: dict[str, DocumentInfo] = {}  # when not spooled
        self.events: list[Event] = []
        self.sources: list[dict[tuple[object, ...], Source]] = []  # each event's mentions by place, when not spooled
        # (type, ISO year, week) -> the kept events covering it, each with its place in that week's order
        self.by_week: dict[tuple[str, int, int], dict[int, int]] = {}
        # (type, ISO year, week, merge key) -> the kept events of that week with that key
        self.by_key: dict[tuple[object, ...], set[int]] = {}
        self.added: list[Timeline] = []  # the first timeline, kept whole while it is the only one
        self._seen_documents = 0
        self._canonical: set[int] = set()  # kept events whose id is known to be event_id's

    def __enter__(self) -> TimelineMerger:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()

    def add(self, timeline: Timeline) -> None:
        first = not self._seen_documents and not self.events
        # One document's timeline is kept as extracted; events without their documents (JSON Lines) merge.
        self.added = [timeline] if first and len(timeline.documents) == 1 else []
        timeline = self._distinct_ids(timeline)
        for document in timeline.documents:
            self._seen_documents += 1
            if self._spool is not None:
                self._spool.add_document(document)
            else:
                self.documents.setdefault(document.id, document)
        for event in timeline.events:
            self._add_event(event)

    def _known_hash(self, document_id: str) -> str | None:
        if self._spool is not None:
            return self._spool.document_hash(document_id)
        known = self.documents.get(document_id)
        return known.sha256 if known else None

    def _distinct_ids(self, timeline: Timeline) -> Timeline:
        """Timelines made apart can both hold a "stdin" or a "report": a different text under a
        known id gets a new one ("report-2"), here and in its sources, so mentions stay traceable."""
        renamed: dict[str, str] = {}
        for document in timeline.documents:
            known = self._known_hash(document.id)
            if known is None or known == document.sha256:
                continue
            number = 2
            while self._known_hash(f"{document.id}-{number}") is not None:
                number += 1
            renamed[document.id] = f"{document.id}-{number}"
        if not renamed:
            return timeline
        documents = [d.model_copy(update={"id": renamed.get(d.id, d.id)}) for d in timeline.documents]
        events = [
            e.model_copy(
                update={
                    "sources": [
                        s.model_copy(update={"document_id": renamed.get(s.document_id, s.document_id)})
                        for s in e.sources
                    ]
                }
            )
            for e in timeline.events
        ]
        return timeline.model_copy(update={"documents": documents, "events": events})

    def _add_event(self, event: Event) -> None:
        seen: set[int] = set()
        match = None
        keys = _merge_keys(event)
        for week in _weeks(event):
            order = self.by_week.get((event.type, *week))
            if not order:
                continue
            # Only events sharing a merge key can be the same; they are tried in the week's order.
            candidates = set().union(*(self.by_key.get((event.type, *week, key), ()) for key in keys))
            for index in sorted(candidates, key=order.__getitem__):
                if index not in seen and _same_event(self.events[index], event):
                    match = index
                    break
                seen.add(index)
            if match is not None:
                break
        if match is None:
            self.events.append(event)
            match = len(self.events) - 1
            if self._spool is None:
                self.sources.append({})
            changed = True
        else:
            # The kept event holds the mentions of its first report only; the rest are gathered apart.
            before = self.events[match]
            self.events[match] = _combine(before, event, canonical_id=match in self._canonical)
            changed = self.events[match] is not before
            self._canonical.add(match)  # a combined event's id is made by event_id, or was checked
        if self._spool is not None:
            self._spool.add_sources(match, [(_source_key(source), source) for source in event.sources])
        else:
            for source in event.sources:
                self.sources[match].setdefault(_source_key(source), source)
        if not changed:
            return  # the kept event, and so where it is indexed, is as it was
        kept = self.events[match]
        kept_keys = _merge_keys(kept)
        for week in _weeks(kept):
            order = self.by_week.setdefault((event.type, *week), {})
            order.setdefault(match, len(order))
            for key in kept_keys:
                self.by_key.setdefault((event.type, *week, key), set()).add(match)

    def _walk(self) -> Iterator[EventEntry]:
        """The merged events in timeline order, each with its mentions, one event at a time."""
        order = sorted(range(len(self.events)), key=lambda index: _order(self.events[index]))
        seen: set[str] = set()
        for index in order:
            if self._spool is None:
                event = _unique_id(_with_sources(self.events[index], self.sources[index].values()), seen)
                yield entry_of(event)
                continue
            spool = self._spool
            mentions, documents = spool.counts(index)
            first = list(spool.sources(index, limit=FIRST_MENTIONS))
            event = self.events[index].model_copy(update={"sources": first, "source_count": documents})
            yield EventEntry(
                event=_unique_id(event, seen),
                mentions=mentions,
                read_sources=partial(spool.sources, index),
            )

    def view(self) -> TimelineView:
        """The merged timeline for the writers: documents by id, events one at a time."""
        if self.added:
            return view_of(self.added[0])  # one document: its own events, exactly as extracted
        documents: Documents
        if self._spool is not None:
            documents = self._spool
        else:
            documents = DocumentList(sorted(self.documents.values(), key=lambda d: d.id))
        return TimelineView(documents=documents, walk=self._walk, event_types=Counter(e.type for e in self.events))

    def timeline(self) -> Timeline:
        if self.added:
            return self.added[0]
        return self.view().timeline()


def merge_timelines(timelines: Iterable[Timeline]) -> Timeline:
    """One timeline from several; the same event reported by several documents becomes one."""
    merger = TimelineMerger()
    for timeline in timelines:
        merger.add(timeline)
    return merger.timeline()
