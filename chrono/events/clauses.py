"""How a clause's place in its sentence moves or removes the date the linker found for it.

The linker finds the expression that governs a trigger; these checks read the
words that join the trigger's clause to the rest of the sentence. "a day after
Angola announced" moves the announcement a day back from the main clause's day;
"after President X visited" and "X first proposed" tell an earlier act on no day;
"the deadliest attack since March" measures a record and dates nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from chrono.events.lexicon import VERB_ONLY, Trigger, triggers
from chrono.models import EventMention, Precision, Sentence, TemporalExpression, TimeValue
from chrono.temporal.lexicon import count_of, expand, word_classes
from chrono.temporal.tense import is_past_verb

CLAUSE_BREAK = re.compile(r"[,;:()]|\s[—–]\s|\b(?:which|who|while|whereas|although|but)\b")
# A break a fronted adverbial does not reach across: a comma alone is no such break.
STRONG_BREAK = re.compile(r"[;:()]|\s[—–]\s|\b(?:which|who|while|whereas|although|but)\b")

_OFFSET_REACH = 160  # characters between "a day after" and the trigger of the clause it opens
_OFFSET_DAYS = {"D": 1, "W": 7}
_BOUND_BEFORE = re.compile(r"\b(?:than|about|some|around|nearly|almost|roughly)\s+$", re.IGNORECASE)


def _days(found: re.Match[str]) -> int | None:
    """The exact number of days a "{count} {unit}" phrase measures, else None ("a few days", "hours")."""
    count, vague = count_of(found.group("count"))
    unit = word_classes()["unit"].lookup(found.group("unit").lower().removesuffix("s"))
    if vague or unit not in _OFFSET_DAYS:
        return None
    return count * _OFFSET_DAYS[unit]


@cache
def _offset_phrase() -> re.Pattern[str]:
    """ "a day after", "two weeks before": an exact distance from the main clause's day."""
    return re.compile(
        r"\b" + expand(r"{number:count}\s+{unit:unit}") + r"\s+(?P<direction>after|before)\s+", re.IGNORECASE
    )


def opens_distance_clause(text: str, start: int, end: int) -> bool:
    """Does "two days after" (an exact distance) stand in ``text[start:end]``, opening a clause of its own?

    "a package adopted late last month, and come two days after Ukraine said": the
    time before the distance is not the time of the clause it opens.
    """
    return _offset_phrase().search(text, start, end) is not None


def moved_by_distance(text: str, mention: EventMention, time: TemporalExpression | None, date: TimeValue) -> TimeValue:
    """'The date was set a day after Angola announced ...': the announcement is a day earlier.

    The clause opened by an exact distance tells of a happening that far from the main
    clause's day; a bound ("less than 24 hours after") or a vague count ("a few days
    after") gives no day, so only exact counts of days and weeks move the date.
    """
    source = mention.source
    if date.precision != Precision.DAY or date.start is None or date.start != date.end:
        return date
    window_start = max(source.sentence_start, source.trigger_start - _OFFSET_REACH)
    phrases = list(_offset_phrase().finditer(text, window_start, source.trigger_start))
    found = phrases[-1] if phrases else None  # the nearest opens the trigger's clause
    toward = -1  # the trigger's clause lies that far before ("after") the main clause's day
    if found is not None and CLAUSE_BREAK.search(text, found.end(), source.trigger_start) is not None:
        found = None
    if found is not None and time is not None and time.start >= found.end():
        return date  # the clause has a day of its own ("a day after Angola announced on Tuesday")
    if found is None and time is not None and time.start >= source.trigger_end and time.shifted is None:
        # "The ceremony came three weeks after the deal was signed on June 27": the day is the other
        # clause's, and the trigger's lies that distance from it ("two days after Jan. 20" is counted
        # by the resolver already).
        found = _offset_phrase().search(text, source.trigger_end, time.start)
        if found is not None and CLAUSE_BREAK.search(text, source.trigger_end, found.start()) is not None:
            found = None
        toward = 1
    if found is None:
        return date
    days = _days(found)
    if days is None:
        return date
    if _BOUND_BEFORE.search(text, max(source.sentence_start, found.start() - 12), found.start()):
        return date
    sign = toward if found.group("direction").lower() == "after" else -toward
    whose = "the main clause's day" if toward < 0 else "the day of the clause it opens,"
    try:
        day = date.start + dt.timedelta(days=sign * days)
    except OverflowError:
        return date  # "9999999 weeks after": no calendar day
    return date.model_copy(
        update={
            "value": day.isoformat(),
            "start": day,
            "end": day,
            "certainty": round(min(date.certainty, 0.6), 2),
            "rationale": f"'{found.group().strip()}' {whose} {date.start} ({date.rationale}): {day}",
        }
    )


@cache
def _span_phrase() -> re.Pattern[str]:
    """ "after a week of", "following three days of": a stretch that ended as the main clause began."""
    return re.compile(
        r"\b(?:after|following)\s+" + expand(r"{number:count}\s+{unit:unit}") + r"\s+of\s+(?:[\w-]+\s+){0,3}$",
        re.IGNORECASE,
    )


_SPAN_REACH = 80  # characters between "after a week of" and the trigger it names


def spanned_before(text: str, mention: EventMention, date: TimeValue) -> TimeValue:
    """ "The arrests came after a week of crackdowns": the crackdowns fill the week before that day."""
    source = mention.source
    if date.precision != Precision.DAY or date.start is None or date.start != date.end:
        return date
    found = _span_phrase().search(
        text, max(source.sentence_start, source.trigger_start - _SPAN_REACH), source.trigger_start
    )
    if found is None:
        return date
    days = _days(found)
    if days is None:
        return date  # "after days of fighting": how long is not said
    try:
        last = date.start - dt.timedelta(days=1)
        first = date.start - dt.timedelta(days=days)
    except OverflowError:
        return date  # "after 9999999 weeks of": no calendar day
    return date.model_copy(
        update={
            "value": f"{first.isoformat()}/{last.isoformat()}",
            "start": first,
            "end": last,
            "modifier": "APPROX",
            "certainty": round(min(date.certainty, 0.5), 2),
            "rationale": f"'{' '.join(found.group().split()[:4])}' before the main clause's day {date.start} "
            f"({date.rationale}): {first} to {last}",
        }
    )


# "after Congolese President Felix Tshisekedi visited Luanda": a named subject's act, told only as earlier.
_DISTANCE_BEFORE = re.compile(
    r"\b(?:\d+|seconds?|minutes?|hours?|days?|weeks?|months?|years?|shortly|soon|long|just|moments?)\s+$",
    re.IGNORECASE,
)
_AFTER_SUBJECT = re.compile(r"\bafter\s{1,3}(?:[\w’'.-]{1,30}\s{1,3}){1,6}$", re.IGNORECASE)
_AFTER_NAMED = re.compile(r"\bafter\s{1,3}(?:(?:the|his|her|its|their)\s{1,3})?(?:[A-Z][\w’'.-]{0,30}\s{1,3}){1,6}$")


# "Pyongyang first proposed the talks": the act that started what is reported, on no given day.
_FIRST_ACT = re.compile(r"\bfirst\s{1,3}$", re.IGNORECASE)


def only_before(text: str, mention: EventMention, time: TemporalExpression | None) -> bool:
    """Is the trigger an act told only as earlier, without a day of its own?

    "after <Name> <verb>" says the act came before the main clause's; "X first
    proposed" says it began what the story reports. Neither says when: the main
    clause's day (or the publication date) would put a guess on the timeline.
    """
    source = mention.source
    window_start = max(source.sentence_start, source.trigger_start - _OFFSET_REACH)
    found = _AFTER_NAMED.search(text, window_start, source.trigger_start)
    if found is None and is_past_verb(source.trigger.split()[0]):
        # "took effect at midnight on Monday after leaders of the two countries met": a verb after
        # "after" and its subject, named or not; "two days after rebels shelled" is a distance,
        # which moves the date instead (moved_by_distance), or, vague, leaves it.
        found = _AFTER_SUBJECT.search(text, window_start, source.trigger_start)
        if found is not None and _DISTANCE_BEFORE.search(text, max(0, found.start() - 30), found.start()):
            found = None
    if found is not None and (time is None or time.end <= found.start()):
        return True
    verb = source.trigger.split()[0].lower()
    return (
        time is None
        and verb.endswith("ed")
        and _FIRST_ACT.search(text, max(source.sentence_start, source.trigger_start - 12), source.trigger_start)
        is not None
    )


# "that arrived in Cairo", "who had flown in": a relative clause with its own verb, up to the time.
# "sent to Cairo": a reduced one, a participle right after its noun ("the delegation sent to Cairo");
# its verb is named, so that the words after the noun are not read as one.
_RELATIVE_OPENING = re.compile(
    r"(?:\b(?:that|who|which)\s{1,3}(?:(?:had|has|have|was|were)\s{1,3})?"
    r"|\b(?:the|a|an)\s{1,3}(?:[\w-]{1,30}\s{1,3}){1,2})(?P<verb>[A-Za-z]+ed|sent|held)\b[^,;:()]{0,80}$",
    re.IGNORECASE,
)
_RELATIVE_REACH = 120  # characters before the time expression in which the relative pronoun stands
_MAIN_VERB_GAP = re.compile(r"\s{1,3}(?:(?:also|then|later|finally|only)\s{1,3})?")


def inside_subject_relative(text: str, sentence_start: int, expression: TemporalExpression, trigger_start: int) -> bool:
    """ "A delegation that arrived in Cairo on Saturday held talks on Monday": Saturday is the arrival's.

    A time at the end of a relative clause with a verb of its own, right before the
    main verb (the trigger), dates the clause, not the main verb.
    """
    if expression.end > trigger_start or not _MAIN_VERB_GAP.fullmatch(text, expression.end, trigger_start):
        return False
    opening = _RELATIVE_OPENING.search(text, max(sentence_start, expression.start - _RELATIVE_REACH), expression.start)
    return opening is not None and is_past_verb(opening.group("verb"))


# "(in Geneva), which began on Monday, ended (late) on": a relative clause set off by commas, then
# the main verb.
_RELATIVE_THEN_VERB = re.compile(
    r"(?:\s+(?:in|at|with|between)\s[^,;:()]{1,40})?\s*,\s*(?:which|who|that)\s[^,;:()]{1,80},"
    r"\s*(?P<verb>[A-Za-z]+)\s+(?:(?:late|early)\s+)?(?:on\s+|in\s+)?"
)


def after_subject_relative(text: str, trigger_end: int, expression_start: int) -> bool:
    """ "The talks, which began on Monday, ended late on Wednesday": Wednesday is in the trigger's
    own clause; the relative clause between them is an aside with a verb of its own."""
    found = _RELATIVE_THEN_VERB.fullmatch(text, trigger_end, expression_start)
    return found is not None and is_past_verb(found.group("verb"))


# ", held in Istanbul earlier this month,": a participle set off by commas right after a noun.
# ", which ended on Friday,": a relative aside of the same noun, its verb in the past, tells the same.
_PARTICIPLE_ASIDE = re.compile(r"\s*,\s*(?:(?:which|that)\s+(?:had\s+)?)?(?P<verb>[a-z]+)\s[^,;:()]{0,60}")
_ASIDE_CLOSES = re.compile(r"[^,;:()]{0,30},")


def describing_aside(text: str, trigger_end: int, expression: TemporalExpression) -> bool:
    """ "The previous round, held in Istanbul earlier this month, had produced a deal", "The talks,
    which ended on Friday, produced no deal": the aside right after the trigger's noun tells when
    that round was held."""
    found = _PARTICIPLE_ASIDE.fullmatch(text, trigger_end, expression.start)
    if found is None or _ASIDE_CLOSES.match(text, expression.end) is None:
        return False
    verb = found.group("verb")
    return verb == "begun" or is_past_verb(verb)


# ", which brokered the truce,": a relative clause set off by commas, an aside in its sentence.
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\s[^,;:()]{1,80},")


def inside_relative_aside(text: str, sentence: Sentence, expression: TemporalExpression) -> bool:
    """ "The talks, which began on Tuesday, focused on borders": the aside's day is background."""
    return any(
        aside.start() < expression.start and expression.end < aside.end()
        for aside in _RELATIVE_ASIDE.finditer(
            text, max(sentence.start, expression.start - 90), min(sentence.end, expression.end + 90)
        )
    )  # an aside is at most 83 characters: the windows keep long sentences linear


def without_relative_asides(stretch: str) -> str:
    """ "On Monday, Qatar, which brokered the truce, urged": the stretch with its relative asides cut,
    so that a fronted time reaches the main verb across them."""
    return _RELATIVE_ASIDE.sub(",", stretch)


_SUPERLATIVE = re.compile(
    r"\b(?:worst|best|deadliest|bloodiest|biggest|largest|heaviest|highest|lowest|strongest|fiercest|"
    r"longest|greatest|first|most\s+\w+)\b[^,;:]{0,40}$",
    re.IGNORECASE,
)


def superlative_since(text: str, sentence_start: int, expression: TemporalExpression) -> bool:
    """ "the deadliest bombardment since March", "the first such call since April": a record, not a date."""
    if expression.signal != "since":
        return False
    return _SUPERLATIVE.search(text, max(sentence_start, expression.start - 60), expression.start) is not None


_DETERMINER = r"(?:the|this|that|these|those|its|their|his|her|our)"


@cache
def _from_event_phrase() -> re.Pattern[str]:
    """ "two days after the meeting", "the day before the strike": a distance counted from a told event."""
    return re.compile(
        r"\b(?:" + expand(r"{number:count}\s+{unit:unit}") + r"|(?P<the_day>the\s+day))"
        rf"\s+(?P<direction>after|before)\s+{_DETERMINER}\s+",
        re.IGNORECASE,
    )


_HEAD_GAP = re.compile(r"(?:[\w’'-]{1,30}\s+){0,2}")  # "the (first) (Geneva) meeting": words before the head
_HEAD_REACH = 70  # characters from the determiner in which the event noun stands
_EVENT_TIME_GAP = re.compile(r"\s{0,3}(?:(?:on|in|of)\s{1,3})?")  # "the meeting (on) Monday"
_COUNTED_CERTAINTY = 0.7
_DIRECTION = re.compile(r"after|before", re.IGNORECASE)


@dataclass(frozen=True)
class CountedDay:
    """A day counted from a told event, and the expression that dated that event if it stood in
    the phrase ("two days after the meeting on Monday")."""

    date: TimeValue
    time: TemporalExpression | None


def _phrase_governs(text: str, mention: EventMention, phrase_start: int, head_end: int) -> bool:
    """Does "two days after the meeting" at ``text[phrase_start:head_end]`` stand in the trigger's clause?

    Before the trigger it may be set off by a comma ("Two days after the talks, rebels
    shelled"); after it, only a comma right before the phrase may part them ("shelled
    Goma, two days after the talks").
    """
    source = mention.source
    if head_end <= source.trigger_start:
        return (
            source.trigger_start - head_end <= _OFFSET_REACH
            and phrase_start >= source.sentence_start
            and STRONG_BREAK.search(text, head_end, source.trigger_start) is None
        )
    if phrase_start < source.trigger_end or phrase_start - source.trigger_end > _OFFSET_REACH:
        return False
    gap = text[source.trigger_end : phrase_start].rstrip()
    return CLAUSE_BREAK.search(gap.removesuffix(",")) is None


def _event_day(
    text: str,
    noun_phrase: tuple[int, int],
    kind: Trigger,
    linked: list[EventMention],
    candidates: list[TemporalExpression],
) -> tuple[TimeValue, TemporalExpression | None, str] | None:
    """The day of the event a phrase counts from: a time in its own noun phrase ("the Monday
    meeting", "the meeting on Monday"), else the nearest earlier mention of that kind with a day."""
    start, head_end = noun_phrase
    for expression in candidates:
        inside = start <= expression.start and expression.end < head_end
        after = expression.start >= head_end and _EVENT_TIME_GAP.fullmatch(text, head_end, expression.start)
        if (inside or after) and expression.value.precision == Precision.DAY and expression.value.start is not None:
            return expression.value, expression, f"'{expression.text}'"
    for earlier in reversed(linked):
        date = earlier.date
        if earlier.source.trigger_start >= start or date is None or date.precision != Precision.DAY:
            continue
        if earlier.type != kind.event_type or (kind.event_type == "other" and earlier.subtype != kind.subtype):
            continue
        if date.start is None or date.end is None:
            continue
        return date, None, f"the {earlier.type} '{earlier.source.trigger}' in sentence {earlier.sentence + 1}"
    return None


def counted_from_event(
    text: str,
    mention: EventMention,
    linked: list[EventMention],
    candidates: list[TemporalExpression],
) -> CountedDay | None:
    """ "Protests broke out the day after the talks": the day after the talks' own day.

    The distance is counted from an event the story has told (the nearest earlier
    mention of the same kind with a day) or from the day its noun phrase names ("two
    days after the Monday meeting"). Only exact days and weeks count: "days after
    the strike" says no day.
    """
    source = mention.source
    window_start = max(source.sentence_start, source.trigger_start - _OFFSET_REACH - _HEAD_REACH)
    window_end = min(source.sentence_end, source.trigger_end + _OFFSET_REACH)
    if _DIRECTION.search(text, window_start, window_end) is None:
        return None  # the phrase's word, looked for first: most clauses count from nothing
    best: tuple[int, CountedDay] | None = None
    for phrase in _from_event_phrase().finditer(text, window_start, window_end):
        head = _event_head(text, phrase.end(), source.sentence_end)
        if head is None or head.start() == source.trigger_start:
            continue  # no event noun, or the phrase names this very mention ("a day after the talks")
        if not _phrase_governs(text, mention, phrase.start(), head.end()):
            continue
        if phrase.group("the_day") is not None:
            days: int | None = 1
        elif _BOUND_BEFORE.search(text, max(source.sentence_start, phrase.start() - 12), phrase.start()):
            continue  # "less than two days after the talks": a bound, not a day
        else:
            days = _days(phrase)
        if days is None:
            continue
        kind = triggers().by_phrase[" ".join(head.group().lower().split())]
        found = _event_day(text, (phrase.end(), head.end()), kind, linked, candidates)
        if found is None:
            continue
        event_date, time, what = found
        after = phrase.group("direction").lower() == "after"
        assert event_date.start is not None and event_date.end is not None
        try:
            day = event_date.end + dt.timedelta(days=days) if after else event_date.start - dt.timedelta(days=days)
        except OverflowError:
            continue
        words = " ".join(text[phrase.start() : head.end()].split())
        counted = CountedDay(
            date=TimeValue(
                value=day.isoformat(),
                start=day,
                end=day,
                precision=Precision.DAY,
                certainty=round(min(event_date.certainty, _COUNTED_CERTAINTY), 2),
                rationale=f"'{words}': {what} is dated {event_date.value} ({event_date.rationale}), so {day}",
            ),
            time=time,
        )
        distance = abs(phrase.start() - source.trigger_start)
        if best is None or distance < best[0]:
            best = (distance, counted)
    return best[1] if best else None


def _event_head(text: str, start: int, end: int) -> re.Match[str] | None:
    """The event noun after "two days after the": "meeting" in "the first Geneva meeting"."""
    table = triggers()
    gap = _HEAD_GAP.match(text, start, end)
    hit = table.pattern.search(text, start, min(end, start + _HEAD_REACH))
    if hit is None or gap is None or hit.start() > gap.end():
        return None
    return None if table.by_phrase[" ".join(hit.group().lower().split())] is VERB_ONLY else hit
