"""Give each event mention its time: the expression that governs it, else a labelled default.

The governing expression is the nearest one in the same clause as the trigger,
else the nearest in the sentence (with less certainty). A statement continued
by a pronoun ("He said ...") keeps the time of the statement it continues.
With nothing to go on, the publication date is used, at low certainty and
saying so, because a reader must be able to tell a guess from a reading.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from chrono.events.arguments import ASIDE_PARTICIPLES, SPEECH_VERB, places_agree
from chrono.events.clauses import (
    CLAUSE_BREAK,
    STRONG_BREAK,
    after_subject_relative,
    counted_from_event,
    describing_aside,
    inside_relative_aside,
    inside_subject_relative,
    moved_by_distance,
    only_before,
    opens_distance_clause,
    spanned_before,
    superlative_since,
    without_relative_asides,
)
from chrono.events.lexicon import triggers
from chrono.models import (
    EventMention,
    Precision,
    PublicationDate,
    Sentence,
    TemporalExpression,
    TimeValue,
    TimexType,
)

# The gap between a time expression and a trigger in a "..., when X struck" clause.
_WHEN_CLAUSE = re.compile(r"(?:\s*,)?\s+when\b[^,;:]*$", re.IGNORECASE)
# "... last Wednesday, which officials described as": a reaction attached to that day's happening.
_ATTACHED = re.compile(r"\s*,\s*(?:which|when)\b[^,;:]*$", re.IGNORECASE)
_FRONT = re.compile(r"(?:(?:on|in|by|late|early|earlier|later|since|last|this|from|as\s+of)\s+){0,2}", re.IGNORECASE)
_POSSESSIVE_TIME = re.compile(r"[’']s\b")
# A phrase that opens the sentence and sets the scene of its main clause, a comma after its time.
_OPENING_PHRASE = re.compile(
    r"(?:(?:in|at|during)\s(?:an?|the|his|her|their|its)\s(?:[\w-]+\s){0,2}(?:post|statement|interview|speech|"
    r"address|briefing|message|letter|video|tweet|conference|meeting|summit|rally|session|call|broadcast|appearance)"
    r"|speaking|writing|addressing|asked|interviewed|answering)\b[^,;:]{0,60}",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(r"[^,;:.]{0,30},")
_OWN_NOUN = re.compile(r"[’']s(?:\s+[\w-]+){0,2}\s+")  # "Monday's (deadly) shelling": up to the trigger
_ACROSS_CLAUSE_PENALTY = 1000
_GOVERNING_REACH = 400  # characters from a trigger within which its time expression stands
_QUOTE_REACH = 3000  # characters back in which an open quotation mark is looked for
_COMPARISON_FRAME = re.compile(r"\bof\s+$")
# A participle after a noun of its own, right before the time: "a truce beginning at", "sanctions
# effective"; the noun ends with a word character, so the trigger itself right before does not count.
_NOUN_PARTICIPLE = re.compile(
    r"\w\s+(?:beginning|starting|ending|expiring|effective|lasting)(?:\s+(?:at|on|from|in|until|as\s+of))?\s+$",
    re.IGNORECASE,
)
# "to return", "to hold": an infinitive, which opens a clause of its own under the verb before it.
# "... extending a ceasefire that took effect on": a restrictive relative clause of another noun,
# past the trigger's own phrase ("The talks in Geneva, which began on Monday," is the talks').
_OBJECT_RELATIVE = re.compile(
    r"(?!\s+(?:in|at|between|with|among|near|of|from|on|over)\b)[^;:]*?\b(?:a|an|the)\s+[\w-]+\s+(?:that|which)\s+\w",
    re.IGNORECASE,
)
_FUTURE_MODAL = re.compile(r"\b(?:would|will|could|might|may|shall|is\s+to|are\s+to)\b")
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)[a-z]+\b")
_SPEAKING_ASIDE = re.compile(rf",\s*(?:{'|'.join(sorted(ASIDE_PARTICIPLES))})\b[^,;:]{{0,30}}$", re.IGNORECASE)
_ASIDE_END = re.compile(r"\s*,\s*")
_SPEECH_TIME_REACH = 16  # characters after a speech verb in which its own time may stand
# What may stand between a speech verb and the day it was said on: to whom, how, where.
# "told reporters in Ankara on Tuesday", "said in a statement released late Thursday",
# "told The Associated Press on Monday", "said at a news conference in Kyiv on Friday".
_ADDRESSEE = (
    r"(?i:reporters|journalists|lawmakers|legislators|parliament|the\s{1,3}press|state\s{1,3}(?:television|tv|media)"
    r"|an?\s{1,3}(?:news|press)\s{1,3}conference|an?\s{1,3}briefing)"
)
_CAPITALISED = r"[A-Z][\w.&'’-]{0,30}(?:\s{1,3}[A-Z][\w.&'’-]{0,30}){0,3}"  # "The Associated Press"
_MEDIUM = (
    r"(?i:\s{1,3}(?:in|on|at|via)\s{1,3}(?:a|an|the|its|their|his|her)\s{1,3}(?:[\w-]{1,20}\s{1,3})?"
    r"(?:statement|news\s{1,3}release|press\s{1,3}release|release|post|interview|briefing|news\s{1,3}conference"
    r"|letter|video|(?:phone|telephone|video)\s{1,3}call|call|speech|address|video\s{1,3}address)"
    r"(?:\s{1,3}(?:released|issued|published|posted|given))?)"
)
# "wrote on Telegram", "said in a post on X": where a statement was posted.
_PLATFORM = (
    r"(?:\s{1,3}on\s{1,3}(?:Telegram|X|Twitter|Facebook|Instagram|YouTube|WhatsApp|(?i:social\s{1,3}media"
    r"|state\s{1,3}(?:television|TV)|television|TV|radio)))"
)
_PLACE = r"\s{1,3}(?i:in|at)\s{1,3}(?:the\s{1,3})?[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Z][\w'’-]{0,30}){0,2}(?!\w)"
_SPEECH_SETTING = re.compile(
    # whom it was told to, warned or assured: "told reporters", "warned Israel on Tuesday that"
    rf"(?:(?:(?<=told)|(?<=tells)|(?<=telling)|(?<=warned)|(?<=warns)|(?<=assured)|(?<=informed)|(?<=reminded))"
    rf"\s{{1,3}}(?:the\s{{1,3}})?(?:{_ADDRESSEE}|{_CAPITALISED})"
    rf"|\s{{1,3}}to\s{{1,3}}{_ADDRESSEE})?(?:{_MEDIUM})?(?:{_PLATFORM})?(?:{_PLACE})?"
)
# Statements whose verb takes a noun object ("condemned the decision", "denied the report") before its day.
_OBJECT_TAKING = frozenset({"criticism", "denial", "appeal", "praise", "warning", "claim", "rejection"})
# "welcomed the agreement (in a statement) late Sunday": the object, how it was said, then the day.
_OBJECT_THEN = re.compile(
    r"\s{1,3}(?:the|a|an|this|that|these|those|his|her|its|their)\s{1,3}(?:[\w’'-]{1,30}\s{1,3}){0,2}[\w’'-]{1,30}"
    rf"(?:{_MEDIUM})?\s{{1,3}}(?i:(?:on|late|early)\s{{1,3}})?"
)
# "called the proposal unacceptable on Monday", "called it a violation of the truce late Sunday":
# what it was called, then the day.
_COMPLEMENT_THEN = re.compile(
    r"\s{1,3}(?:(?:an?|the)\s{1,3})?(?:[\w’'-]{1,30}\s{1,3}){0,4}[\w’'-]{1,30}\s{1,3}(?i:(?:on|late|early)\s{1,3})?"
)
# "announced new sanctions on Thursday": what is announced is a noun phrase, not a clause
# ("announced that talks would resume on Monday" dates the talks).
_ANNOUNCED_THEN = re.compile(
    r"\s{1,3}(?!(?:that|it|they|he|she|plans?|to)\b)(?:(?!(?:would|will|to|that)\b)[\w’'-]{1,30}\s{1,3}){1,3}"
    r"(?i:(?:on|late|early)\s{1,3})?"
)
_NARRATIVE_REACH = 2  # sentences back in which a day still sets the narrative time
# "has warned", "have failed", "has been closed": present perfect, which states no day.
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have)\s+"
    r"(?:(?:also|already|now|long|since|not|never|repeatedly|previously|consistently|publicly|recently|reportedly|often)"
    r"\s+){0,2}(?!been\b)\w+(?:ed|en)\b",
    re.IGNORECASE,
)
FALLBACK_CERTAINTY = 0.3  # a day given for want of a reading: merge lets any reading beat it
# A speech verb in the present tense: what the source says as the story is written.
_PRESENT_SPEECH = re.compile(
    r"\b(?:says|tells|insists|warns|claims|argues|estimates|believes|maintains)$", re.IGNORECASE
)
_REPORTING_WINDOW = 7  # days before publication in which the lead's speech day is the story's day


def _datable(text: str, expression: TemporalExpression) -> bool:
    value = expression.value
    if value.start is None or value.end is None:
        return False
    if value.timex_type == TimexType.DURATION and _COMPARISON_FRAME.search(
        text, max(0, expression.start - 24), expression.start
    ):
        return False  # "its heaviest barrage of the past week": a yardstick, not when it happened
    if value.value == "PRESENT_REF":
        return False  # "now" is the time of writing, not the time of an event
    return value.timex_type != TimexType.DURATION or value.precision != Precision.UNKNOWN


def _fronted(text: str, sentence_start: int, expression: TemporalExpression) -> bool:
    """A time adverbial that opens the sentence ("On Monday,", "Since it began last Wednesday,"),
    or a time in the phrase that opens it ("In a post on X on Tuesday,", "Speaking to CNN on Sunday,")."""
    if _FRONT.fullmatch(text, sentence_start, expression.start) is not None:
        return True
    if _OPENING_PHRASE.fullmatch(text, sentence_start, expression.start) and _PHRASE_END.match(text, expression.end):
        return True
    opening = text[sentence_start : expression.start]
    return expression.signal == "since" and "," not in opening and len(opening) <= 40


def _governing(
    text: str, mention: EventMention, candidates: list[TemporalExpression], speech_times: frozenset[int]
) -> tuple[TemporalExpression, bool] | None:
    trigger_start, trigger_end = mention.source.trigger_start, mention.source.trigger_end
    sentence_start = mention.source.sentence_start
    best: tuple[int, TemporalExpression, bool] | None = None
    in_clause: list[TemporalExpression] = []
    for expression in candidates:
        if expression.end <= trigger_start:
            between = (expression.end, trigger_start)
        else:
            between = (trigger_end, max(trigger_end, expression.start))
        # "adopted late last month and come two days after Ukraine said": the distance opens another clause.
        same_clause = (
            CLAUSE_BREAK.search(text, between[0], between[1]) is None
            and not (expression.end <= trigger_start and opens_distance_clause(text, between[0], between[1]))
        ) or (
            expression.start >= trigger_end
            and (
                after_subject_relative(text, trigger_end, expression.start)
                or describing_aside(text, trigger_end, expression)
            )
        )
        # "Monday's shelling followed a drone strike on Saturday": the possessive dates its own noun.
        possessive_elsewhere = _POSSESSIVE_TIME.match(text, expression.end) is not None and not (
            expression.end <= trigger_start and _OWN_NOUN.fullmatch(text, expression.end, trigger_start)
        )
        if possessive_elsewhere or inside_subject_relative(text, sentence_start, expression, trigger_start):
            same_clause = False
        if (
            same_clause
            and mention.type != "statement"
            and expression.end <= trigger_start
            and expression.start in speech_times
        ):
            # "Peskov said Saturday that a second round could take place in June": Saturday
            # dates the saying; the round it reports keeps a time of its own if it has one.
            same_clause = False
        if (
            same_clause
            and mention.type != "statement"
            and expression.end <= trigger_start
            and _INFINITIVE.search(text, between[0], between[1]) is not None
        ):
            # "agreed on Saturday to return to talks later this month": the day dates the
            # agreeing; the talks, in the infinitive it governs, keep a time of their own.
            same_clause = False
        if (
            same_clause
            and mention.type == "other"
            and expression.start >= trigger_end
            and mention.source.trigger.lower().endswith(" to")
            and _INFINITIVE.match(text, trigger_end - 2) is not None
        ):
            # "have agreed to hold talks next week": the week is the talks', not the agreeing's, even
            # as a less sure bound (which "agreed to a truce on Monday" keeps).
            continue
        if (
            same_clause
            and mention.type != "strike"
            and expression.start >= trigger_end
            and _OBJECT_RELATIVE.match(text, *between)
        ):
            # "are aimed at extending a ceasefire that took effect on Jan. 19": the time is in a
            # relative clause of another noun ("talks that began on Monday" are dated by theirs;
            # "attacked a convoy that was carrying aid on Tuesday" is as likely the attack's day).
            same_clause = False
        if same_clause and expression.start >= trigger_end and _NOUN_PARTICIPLE.search(text, *between):
            # "agreed to a ceasefire beginning at 6 a.m. on Tuesday": the time dates the noun the
            # participle follows, not the agreeing ("talks beginning on Monday" are dated by it).
            same_clause = False
        said_between = (
            mention.type != "statement"
            and expression.end <= trigger_start
            and SPEECH_VERB.search(text, expression.end, trigger_start)
        )
        if (
            said_between
            and not same_clause
            and _FUTURE_MODAL.search(text, said_between.end(), min(mention.source.sentence_end, trigger_end + 40))
        ):
            continue  # "On Monday, the minister said talks would resume": no day of the talks, not even a bound
        if (
            not same_clause
            and not possessive_elsewhere
            and expression.end <= trigger_start
            and _fronted(text, sentence_start, expression)
            # "In a video address late on Tuesday, Zelenskyy said Russia had launched 500 drones": the
            # fronted time is the saying's, not what was said
            and not said_between
        ):
            # "On Wednesday, the minister said": a fronted adverbial governs the main clause.
            same_clause = STRONG_BREAK.search(without_relative_asides(text[between[0] : between[1]])) is None
        distance = between[1] - between[0] + (0 if same_clause else _ACROSS_CLAUSE_PENALTY)
        if same_clause:
            in_clause.append(expression)
        # At equal distance the time after the trigger wins: a time adjunct follows its verb
        # ("met on Tuesday and will meet again on Friday").
        if best is None or distance < best[0] or (distance == best[0] and expression.start >= trigger_end):
            best = (distance, expression, same_clause)
    if best is None:
        return None
    if best[2]:
        day = _day_within(best[1], in_clause)
        if day is not None:
            return day, True
    return best[1], best[2]


_COARSE = frozenset({Precision.WEEK, Precision.MONTH})


def _day_within(nearest: TemporalExpression, in_clause: list[TemporalExpression]) -> TemporalExpression | None:
    """ "The third such attack this week hit Kharkiv on Tuesday": of a week or month and a day
    within it in the trigger's clause, the day dates the event; the week is only its frame."""
    frame = nearest.value
    if frame.precision not in _COARSE or frame.start is None or frame.end is None:
        return None
    for expression in in_clause:
        value = expression.value
        if (
            value.precision == Precision.DAY
            and value.start is not None
            and value.end is not None
            and frame.start <= value.start
            and value.end <= frame.end
        ):
            return expression
    return None


# "wrapped up three days of talks on Wednesday", "opened two days of talks on Monday": a length in
# days right before the trigger, and the verb before it that says whether the day ends or opens it.
_DAYS_OF = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_LENGTH_DAYS = re.compile(r"P([2-9]|1[0-4])D")
_OPENING_WORDS = r"began|begin|begins|opened|opens|open|started|starts|start|launched|kicked\s+off"
_CLOSING_WORDS = r"ended|end|ends|wrapped\s+up|concluded|concludes|closed|closes|finished|completed|after"
_OPENING_VERB = re.compile(rf"\b(?:{_OPENING_WORDS})\s+$")
_CLOSING_VERB = re.compile(rf"\b(?:{_CLOSING_WORDS})\s+$")
# The verb that takes the talks as its object: "ended their latest round of talks".
_OBJECT_GAP = r"\s+(?:[\w’'-]+\s+){0,4}$"
_OPENING_OBJECT = re.compile(rf"\b(?:{_OPENING_WORDS}){_OBJECT_GAP}")
_CLOSING_OBJECT = re.compile(rf"\b(?:{_CLOSING_WORDS.replace('|after', '')}){_OBJECT_GAP}")


_ON_BEFORE = re.compile(r"(?:\s+(?:late|early))?\s+on\s+$", re.IGNORECASE)
_MAX_SPAN_DAYS = 14  # "opened Monday ... ended Wednesday": longer stretches are no one sitting


def _verb_before(text: str, expression: TemporalExpression, verb: re.Pattern[str]) -> bool:
    """Whether ``verb`` stands right before the expression, or before "on" / "late on" and it."""
    lead = text[max(0, expression.start - 30) : expression.start]
    on = _ON_BEFORE.search(lead)
    return verb.search(lead[: on.start() + 1] if on else lead) is not None


def _opened_then_ended(
    text: str, mention: EventMention, time: TemporalExpression, candidates: list[TemporalExpression]
) -> TimeValue | None:
    """ "Talks that opened Monday in Geneva ended on Wednesday": from the day it opened to the day
    it ended, both named in the mention's sentence, the one the trigger took and another."""
    if mention.type != "talks" or time.value.start is None:
        return None
    opened = _verb_before(text, time, _OPENING_VERB)
    if not opened and not _verb_before(text, time, _CLOSING_VERB):
        return None
    for other in candidates:
        value = other.value
        if other is time or other.sentence != mention.sentence or value.precision != Precision.DAY:
            continue
        if value.start is None or value.start != value.end:
            continue
        first, last = (time.value.start, value.start) if opened else (value.start, time.value.start)
        if 0 < (last - first).days <= _MAX_SPAN_DAYS and _verb_before(
            text, other, _CLOSING_VERB if opened else _OPENING_VERB
        ):
            return time.value.model_copy(
                update={
                    "value": f"{first.isoformat()}/{last.isoformat()}",
                    "start": first,
                    "end": last,
                    "rationale": f"opened {first} ('{(time if opened else other).text}') and ended {last}"
                    f" ('{(other if opened else time).text}')",
                }
            )
    return None


def _days_of(
    text: str, mention: EventMention, expressions: list[TemporalExpression], starts: list[int], time: TemporalExpression
) -> tuple[int, bool] | None:
    """How many days the mention's happening lasted, and whether its date is the last of them.

    "Three days of talks" and "the two-day summit" ended on the day the text gives ("wrapped
    up ... late on Wednesday", "the two-day summit ended on Sunday"), or began on it ("opened
    ..."); a length with no such verb before it or before the day tells neither.
    """
    trigger_start = mention.source.trigger_start
    index = bisect_left(starts, trigger_start) - 1
    if index < 0:
        return None
    length = expressions[index]
    days = _LENGTH_DAYS.fullmatch(length.value.value)
    if days is None or length.sentence != mention.sentence:
        return None
    adjective = length.text.lower().endswith("-day") and _ADJECTIVE_GAP.fullmatch(text, length.end, trigger_start)
    if not (adjective or _DAYS_OF.fullmatch(text, length.end, trigger_start)):
        return None
    lead = text[max(0, length.start - 30) : length.start]
    determiner = _DETERMINER_END.search(lead)  # "closed the two-day summit"
    if determiner is not None:
        lead = lead[: determiner.start()]
    if _CLOSING_VERB.search(lead) or (time.start > trigger_start and _verb_before(text, time, _CLOSING_VERB)):
        return int(days.group(1)), True
    if _OPENING_VERB.search(lead) or (time.start > trigger_start and _verb_before(text, time, _OPENING_VERB)):
        return int(days.group(1)), False
    return None


_ADJECTIVE_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}")  # "the two-day (peace) summit"
_PUT_OFF_TO = re.compile(r"\s+(?:indefinitely\s+)?(?:until|till|to|for)\s+(?:the\s+)?", re.IGNORECASE)
_DETERMINER_END = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)\s+)?$", re.IGNORECASE)


def _spanned_days(value: TimeValue, days: int, *, ending: bool, why: str) -> TimeValue:
    """N days that end (or begin) on the date the text gives: day N of a round on date D ran from
    D-(N-1) to D, and so did "three days of talks" that ended on D."""
    assert value.start is not None
    step = dt.timedelta(days=days - 1)
    first, last = (value.start - step, value.start) if ending else (value.start, value.start + step)
    return value.model_copy(
        update={
            "value": f"{first.isoformat()}/{last.isoformat()}",
            "start": first,
            "end": last,
            "rationale": f"{value.rationale}; {why.format(days=days, first=first, last=last)}",
        }
    )


def _as_event_date(value: TimeValue) -> TimeValue:
    """A span such as "the past few weeks" dates an event as an interval, not as a length."""
    is_span = value.timex_type == TimexType.DURATION or value.value in ("PAST_REF", "FUTURE_REF")
    if not is_span or value.start is None or value.end is None:
        return value
    if value.start == value.end:  # "in the past few hours": that day
        return value.model_copy(update={"value": value.start.isoformat(), "timex_type": TimexType.DATE})
    return value.model_copy(
        update={
            "value": f"{value.start.isoformat()}/{value.end.isoformat()}",
            "timex_type": TimexType.DATE,
            "modifier": value.modifier or "APPROX",
        }
    )


def _present_perfect(text: str, mention: EventMention) -> bool:
    """Is the trigger's own verb a present perfect ("has warned", "talks have failed")?"""
    source = mention.source
    if mention.type == "statement":
        start, end = max(source.sentence_start, source.trigger_start - 24), source.trigger_end
    else:
        start, end = source.sentence_start, min(source.sentence_end, source.trigger_end + 40)
    found = _PRESENT_PERFECT.search(text, start, end)
    return found is not None and (mention.type != "statement" or found.end() == end)


# "would be a meeting", "will hold talks", "agreed to resume talks": the trigger is what is to come.
_AHEAD = re.compile(
    r"\b(?:will|would|shall|(?:going|plans?|planning|expected|due|set|scheduled)\s+to"
    # "agreed to resume talks", "agreed on Tuesday to meet again", "decided late on Monday to hold talks"
    r"|(?:agree[sd]?|decide[sd]?|pledged|promised|vowed|resolved|voted)(?:\s+[\w.-]+){0,3}?\s+to)"
    r"\s+(?:[\w-]+\s+){0,2}$"
    # "would travel to Cairo to continue the negotiations": a purpose still ahead of the travel
    r"|\bwould\s+(?:[\w-]+\s+){1,4}[\"“]?to\s+(?:continue|resume|join|attend|hold)\s+(?:the\s+|new\s+|further\s+)?$",
    re.IGNORECASE,
)


# "talks would resume", "the meeting is expected to take place": the trigger's own verb is ahead.
_AHEAD_AFTER = re.compile(
    # after the trigger's own parties, if it names them: "talks with Norway would resume",
    # "talks between Kyiv and Moscow will begin"
    r"(?:\s{1,3}(?:with|between|among|on|over)(?:\s{1,3}the)?\s{1,3}[\w-]+(?:\s{1,3}and\s{1,3}[\w-]+)?)?"
    r"\s{1,3}(?:(?:will|would|could|shall)\s{1,3}(?:be\s{1,3}held|take\s{1,3}place|resume|begin|start|open|convene"
    r"|go\s{1,3}ahead)|(?:is|are)\s{1,3}(?:expected|due|set|scheduled|planned|to\s{1,3}be))\b",
    re.IGNORECASE,
)


# "the talks will", "the negotiations are expected to": a subject whose verb is still ahead.
_MODAL_AFTER = re.compile(r"\s{1,3}(?:will|would|shall|(?:is|are)\s{1,3}(?:expected|due|set|scheduled|to))\b", re.I)
# A trigger that says its own plan: "expected to visit", "would visit".
_AHEAD_TRIGGER = re.compile(
    r"(?:would|will|expected\s+to|plans?\s+to|planned\s+to|planning\s+to|due\s+to)\s", re.IGNORECASE
)


# "agreed on Tuesday to meet", "decided late on Monday to resume talks": a day between a verb of
# deciding and the infinitive the event is in.
_DECIDED = re.compile(r"\b(?:agreed|decided|pledged|promised|vowed|resolved|voted)\s+$", re.IGNORECASE)
_INFINITIVE_TO_TRIGGER = re.compile(r"\s+to(?:\s+[a-z]+){0,2}\s+", re.IGNORECASE)


def _agreed_then(text: str, mention: EventMention, expression: TemporalExpression) -> bool:
    """Does ``expression`` date the deciding whose infinitive holds the mention, not the mention?"""
    return (
        mention.type != "statement"
        and expression.end <= mention.source.trigger_start
        and _INFINITIVE_TO_TRIGGER.fullmatch(text, expression.end, mention.source.trigger_start) is not None
        and _verb_before(text, expression, _DECIDED)
    )


def _ahead(text: str, mention: EventMention) -> bool:
    """Is the trigger the thing a future verb brings ("would be a meeting", "talks would resume")?"""
    if mention.type == "statement":
        return False  # "will say" is rare; a statement is dated by when it was made
    source = mention.source
    return (
        _AHEAD.search(text, max(source.sentence_start, source.trigger_start - 40), source.trigger_start) is not None
        or _AHEAD_TRIGGER.match(source.trigger) is not None
        or _AHEAD_AFTER.match(text, source.trigger_end, source.sentence_end) is not None
    )


def _inside_quote(text: str, sentence_start: int, position: int) -> bool:
    """Is ``position`` inside a quotation that opened earlier in the paragraph?"""
    before = text[max(sentence_start, position - _QUOTE_REACH) : position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_CONTINUES_INTO = re.compile(
    r"\b(?:continue[sd]?|extend(?:s|ed)?|run|ran|runs|go(?:es)?|went|last(?:s|ed)?|stretch(?:es|ed)?)\s+"
    r"(?:on\s+)?(?:into|until|till|through)\s+$",
    re.IGNORECASE,
)


def _continued(text: str, mention: EventMention, candidates: list[TemporalExpression], date: TimeValue) -> TimeValue:
    """'expected to end on Sunday -- will continue into Monday': the event runs to the later day."""
    if mention.type == "statement" or date.start is None or date.end is None:
        return date
    for expression in candidates:
        lead = text[max(mention.source.sentence_start, expression.start - 40) : expression.start]
        later = expression.value.end
        if later is not None and later > date.end and _CONTINUES_INTO.search(lead):
            return date.model_copy(
                update={
                    "value": f"{date.start.isoformat()}/{later.isoformat()}",
                    "end": later,
                    "rationale": f"{date.rationale}; continues into '{expression.text}' ({later})",
                }
            )
    return date


def _since(time: TemporalExpression, publication: PublicationDate) -> TimeValue | None:
    """'since Jan. 11': from that day up to the time of writing."""
    value = time.value
    if time.signal != "since" or value.start is None or value.start > publication.date:
        return None
    return value.model_copy(
        update={
            "value": f"{value.start.isoformat()}/{publication.date.isoformat()}",
            "end": publication.date,
            "modifier": "AFTER",
            "rationale": f"since {value.start} ({value.rationale}), up to the publication date {publication.date}",
        }
    )


# "since the war began on 15 April": the day a span began, in a since-clause of its own.
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;:.]{0,60}$", re.IGNORECASE)


def _flashback(text: str, expression: TemporalExpression) -> bool:
    """ "He met the speaker the previous day", "since the war began on 15 April": a step back
    that the story does not stay at."""
    if expression.signal == "since" or _SINCE_CLAUSE.search(text, max(0, expression.start - 70), expression.start):
        return True
    return (
        expression.rule.startswith("narrative")
        and expression.value.start is not None
        and (expression.value.anchor is not None and expression.value.start < expression.value.anchor.date)
    )


def _narrative_day(
    sentence: int,
    days_by_sentence: dict[int, list[TemporalExpression]],
    publication: PublicationDate,
    spoken: frozenset[int] = frozenset(),
) -> TimeValue | None:
    """The day the story is at: the last day named in the previous sentence or two.

    News tells events in order; a sentence with no date of its own continues the
    day of the sentence before ("On Monday, X attacked. Y responded with ..."). For a
    statement, ``spoken`` (the starts of speech times) picks the day someone spoke over a day
    in what was said: "The army said on Tuesday that troops had fired overnight. Cambodia's
    spokeswoman said ..." is Tuesday's.
    """
    # Plans ("talks on March 18") are not where the story is; only days up to publication count.
    previous = [
        e
        for index in range(sentence - _NARRATIVE_REACH, sentence)
        for e in days_by_sentence.get(index, [])
        if e.value.start is not None and e.value.start <= publication.date
    ]
    if not previous:
        return None
    latest = [e for e in previous if e.sentence == previous[-1].sentence]  # of the nearest sentence with a day
    last = next((e for e in reversed(latest) if e.start in spoken), previous[-1])
    day = last.value
    if day.start is not None and day.timex_type == TimexType.TIME:
        # "said on Tuesday morning": the story is at that day, not at its morning
        day = day.model_copy(update={"value": day.start.isoformat(), "timex_type": TimexType.DATE})
    return day.model_copy(
        update={
            "certainty": round(min(last.value.certainty, 0.6), 2),
            "rationale": f"no time expression of its own; the narrative day of '{last.text}' "
            f"(sentence {last.sentence + 1}): {day.rationale}",
            "alternatives": [],
            "modifier": None,  # the day the story is at, not the early or late part another sentence named
        }
    )


_AFTER_REPORTED_CERTAINTY = 0.5


def _after_what_it_reports(
    mention: EventMention, date: TimeValue, days: list[TemporalExpression], publication: PublicationDate
) -> TimeValue:
    """ "Eleven hostages were freed late on Monday, the military said": said no earlier than Monday.

    A statement dated by default (the story's day, the publication date) cannot come
    before a day its own sentence reports; that day is the likeliest for it.
    """
    if date.start is None:
        return date
    reported = [
        e
        for e in days
        if e.end <= mention.source.trigger_start and e.value.end is not None and e.value.end <= publication.date
    ]
    latest = max(reported, key=lambda e: e.value.end or dt.date.min, default=None)
    if latest is None or latest.value.end is None or latest.value.end <= date.start:
        return date
    day = _default_day(latest.value.end, f"the day of what it reports, '{latest.text}': {latest.value.rationale}")
    return day.model_copy(update={"certainty": _AFTER_REPORTED_CERTAINTY})


def _default_day(day: dt.date, rationale: str) -> TimeValue:
    """A day given for want of a reading, at the certainty that says so."""
    return TimeValue(
        value=day.isoformat(),
        start=day,
        end=day,
        precision=Precision.DAY,
        certainty=FALLBACK_CERTAINTY,
        rationale=f"no time expression governs this mention; dated to {rationale}",
    )


_AT_THE_TIME = re.compile(r"\s+(?:\w+\s+){0,3}?at\s+the\s+time\b", re.IGNORECASE)
_STALE_SPEECH_DAYS = 3  # a day this long before the story's is a flashback, not when the story's sources spoke


def _long_before_the_story(
    mention: EventMention,
    narrative: TimeValue,
    reporting: tuple[TimeValue, TemporalExpression] | None,
    publication: PublicationDate,
    days: list[TemporalExpression],
) -> bool:
    """ "A first round was held in Doha on Oct. 19. The next round is set for Nov. 6, the ministry
    said": what a source says without a day is said as the story is told, not on the day of the
    sentence before when that day lies well back in the story's past (unless its own sentence
    reports a later day, which then dates it: "freed late on Wednesday, the military said")."""
    if mention.type != "statement" or narrative.start is None:
        return False
    if _after_what_it_reports(mention, narrative, days, publication) is not narrative:
        return False
    if _AT_THE_TIME.match(mention.source.sentence, mention.source.trigger_end - mention.source.sentence_start):
        return False  # "local officials said at the time": then, not now
    story_day = reporting[0].start if reporting is not None and reporting[0].start is not None else publication.date
    return (story_day - narrative.start).days > _STALE_SPEECH_DAYS


_STRIKE_STORY_REACH = 4  # sentences back in which a dated strike is the attack an undated one is part of
_STRIKE_STORY_CERTAINTY = 0.6


def _strike_told_before(mention: EventMention, linked: list[EventMention]) -> TimeValue | None:
    """ "Russia launched 52 missiles at Ukraine overnight. ... In Lviv, a missile hit an apartment
    block": a strike told with no time of its own, a few sentences after a dated one, is most
    likely part of that attack, so on its day, less surely."""
    for earlier in reversed(linked):
        if mention.sentence - earlier.sentence > _STRIKE_STORY_REACH:
            return None
        date = earlier.date
        if earlier.type != "strike" or date is None or date.certainty <= FALLBACK_CERTAINTY:
            continue
        if earlier.attributes.planned or date.start is None or date.start != (date.end or date.start):
            return None  # a threatened strike or a series tells no day this one was on
        return date.model_copy(
            update={
                "certainty": round(min(date.certainty, _STRIKE_STORY_CERTAINTY), 2),
                "rationale": f"no time expression of its own; part of the strike told in sentence"
                f" {earlier.sentence + 1} ('{earlier.source.trigger}'): {date.rationale}",
                "alternatives": [],
            }
        )
    return None


def _fallback(publication: PublicationDate) -> TimeValue:
    source = "inferred publication date" if publication.inferred else "publication date"
    return _default_day(publication.date, f"the {source} {publication.date}")


_LEAD_SENTENCES = 2  # sentences at the top of a story in which it says what day it reports
# "said Saturday", "announced on Wednesday", "said in a statement released late Thursday".
_SPEECH_THEN_DAY = re.compile(rf"{_SPEECH_SETTING.pattern}\s+(?i:(?:on|late|early)\s+){{0,2}}$")
_SPEECH_DAY_REACH = 100  # characters back from a day in which the speech verb it dates may stand


def _story_day(
    expressions: list[TemporalExpression], speech_times: frozenset[int], publication: PublicationDate
) -> tuple[TimeValue, TemporalExpression] | None:
    """The day the story reports: its lead's speech day ("a disaster official said yesterday").

    A wire story is written on one day and printed on the next; the speech it
    relays without a day of its own was heard on the lead's day, not on the day
    of printing.
    """
    for expression in expressions:
        if expression.sentence >= _LEAD_SENTENCES:
            break
        value = expression.value
        if value.precision != Precision.DAY or value.start is None or value.value.endswith("_REF"):
            continue
        if not 0 <= (publication.date - value.start).days <= _REPORTING_WINDOW:
            continue
        if expression.start in speech_times:
            return value, expression
    return None


def _speech_times(text: str, expressions: list[TemporalExpression]) -> frozenset[int]:
    """Starts of the expressions that tell when something was said, looked up once per document."""
    return frozenset(e.start for e in expressions if _speech_time(text, e))


def _speech_time(text: str, expression: TemporalExpression) -> bool:
    """Does the expression tell when something was said ("said on Saturday", "announced Wednesday")?"""
    table = triggers()
    window_start = max(0, expression.start - _SPEECH_DAY_REACH)
    for hit in table.pattern.finditer(text, window_start, expression.start):
        phrase = " ".join(hit.group().lower().split())
        if table.by_phrase[phrase].event_type == "statement" and _SPEECH_THEN_DAY.fullmatch(
            text, hit.end(), expression.start
        ):
            return True
    return False


def _said_then(
    text: str, mention: EventMention, found: tuple[TemporalExpression, bool], speech_times: frozenset[int]
) -> bool:
    """Whether the time found is the day of a saying that reports the mention: its speech verb's own
    ("said on Saturday that"), or a fronted day with a speech verb between it and the trigger."""
    expression, same_clause = found
    if not same_clause:
        return expression.start in speech_times
    if mention.type == "statement" or expression.end > mention.source.trigger_start:
        return False
    if not _fronted(text, mention.source.sentence_start, expression):
        return False
    table = triggers()
    between = table.pattern.finditer(text, expression.end, mention.source.trigger_start)
    return any(table.by_phrase[" ".join(m.group().lower().split())].event_type == "statement" for m in between)


def _reported_on(day: TimeValue, lead: TemporalExpression) -> TimeValue:
    assert day.start is not None
    lead_words = f"the lead's '{lead.text}' (sentence {lead.sentence + 1})"
    return _default_day(day.start, f"the day the story reports, {lead_words}: {day.rationale}")


def link(
    text: str,
    sentences: list[Sentence],
    mentions: list[EventMention],
    expressions: list[TemporalExpression],
    publication: PublicationDate,
) -> list[EventMention]:
    """Each mention with ``time`` (the governing expression, if any) and ``date`` set."""
    by_sentence: dict[int, list[TemporalExpression]] = {}
    for expression in expressions:
        if _datable(text, expression):
            by_sentence.setdefault(expression.sentence, []).append(expression)
    paragraph_start: dict[int, int] = {}
    first_of_paragraph: dict[int, int] = {}
    for sentence in sentences:
        first_of_paragraph.setdefault(sentence.paragraph, sentence.start)
        paragraph_start[sentence.index] = first_of_paragraph[sentence.paragraph]
    days_by_sentence: dict[int, list[TemporalExpression]] = {}
    for e in expressions:
        if (
            e.value.precision == Precision.DAY
            and e.value.timex_type != TimexType.DURATION  # "in the past 24 hours" is no day the story is at
            and e.value.start is not None
            and not e.value.value.endswith("_REF")
            and not _flashback(text, e)
            and not _inside_quote(text, paragraph_start[e.sentence], e.start)
            and not inside_relative_aside(text, sentences[e.sentence], e)
        ):
            days_by_sentence.setdefault(e.sentence, []).append(e)
    linked: list[EventMention] = []
    speech_times = _speech_times(text, expressions)
    reporting = _story_day(expressions, speech_times, publication)
    starts_by_sentence = {index: [e.start for e in found] for index, found in by_sentence.items()}
    expression_starts = [e.start for e in expressions]
    for mention in mentions:
        # Only expressions near the trigger can govern it; the bound keeps huge sentences linear.
        in_sentence = by_sentence.get(mention.sentence, [])
        starts = starts_by_sentence.get(mention.sentence, [])
        low = bisect_left(starts, mention.source.trigger_start - _GOVERNING_REACH)
        high = bisect_left(starts, mention.source.trigger_end + _GOVERNING_REACH)
        candidates = in_sentence[low:high]
        if mention.type == "statement":
            # A statement is dated by the time next to its speech verb ("said on Tuesday that ..."),
            # not by a date inside what was said ("... that talks will resume on March 18").
            # "told reporters in Ankara on Tuesday": whom, how and where stand between verb and day.
            setting = _SPEECH_SETTING.match(text, mention.source.trigger_end)
            setting_end = setting.end() if setting else mention.source.trigger_end
            reach = setting_end + _SPEECH_TIME_REACH
            # "... as of February 5" dates the state an assessment reports, so it dates the report too.
            # "condemned the decision on Tuesday": a verb that takes an object is dated past it.
            candidates = [
                e
                for e in candidates
                if (
                    e.end <= mention.source.trigger_start
                    or e.start <= reach
                    or e.signal == "as of"
                    or (mention.subtype in _OBJECT_TAKING and _OBJECT_THEN.fullmatch(text, setting_end, e.start))
                    or (mention.subtype == "announcement" and _ANNOUNCED_THEN.fullmatch(text, setting_end, e.start))
                    or (
                        mention.source.trigger.lower().startswith(("called", "calls", "calling"))
                        and _COMPLEMENT_THEN.fullmatch(text, setting_end, e.start) is not None
                    )
                )
                and not _inside_quote(text, paragraph_start[mention.sentence], e.start)
            ]
        preset = [e for e in candidates if e.start == mention.source.time_start]
        if not preset and mention.type == "statement":
            # "Zelenskyy, speaking on Wednesday evening, said": the aside dates the speaking.
            preset = [
                e
                for e in candidates
                if _SPEAKING_ASIDE.search(text, max(mention.source.sentence_start, e.start - 40), e.start)
                and _ASIDE_END.fullmatch(text, e.end, mention.source.trigger_start)
            ]
        # "the deadliest attack since March 3": a yardstick, not when the attack happened.
        # "agreed on Tuesday to meet again": the day of the agreeing, not of the meeting it plans.
        candidates = [
            e
            for e in candidates
            if (
                not superlative_since(text, mention.source.sentence_start, e)
                # "their first meeting since May, when they met in Tirana": May dates the when-clause
                or (
                    e.end <= mention.source.trigger_start
                    and _WHEN_CLAUSE.match(text, e.end, mention.source.trigger_start)
                )
            )
            and not _agreed_then(text, mention, e)
        ]
        found = (preset[0], True) if preset else _governing(text, mention, candidates, speech_times)
        hint: TemporalExpression | None = None
        attributes_planned = False
        # "All 26 arrested Friday night were charged, a spokeswoman said": the day is in what was
        # said; only the speech verb's own clause dates the speech, or a day the speech is
        # attached to ("concluded last Wednesday, which officials described as ...").
        if (
            found is not None
            and mention.type == "statement"
            and not found[1]
            and _ATTACHED.match(text, found[0].end, mention.source.trigger_start) is None
        ):
            found = None
        if found is not None and _ahead(text, mention) and _said_then(text, mention, found, speech_times):
            # "Peskov said on Saturday that talks would resume", "On Saturday, Peskov said talks
            # would resume": Saturday is the saying's; the talks it announces are ahead of it, on no day yet.
            found = None
        if found is not None and mention.anaphoric and not found[1]:
            # "the talks" takes a date only from its own clause; else it refers back, and the
            # sentence's time is only a hint that may make the event's date finer.
            hint, found = found[0], None
        # "talks planned for Monday were postponed (until next month)": not on Monday; on the day
        # they were put off to, if the clause names one.
        postponed = (
            triggers().postponed.match(text, mention.source.trigger_end, mention.source.sentence_end)
            if mention.type != "statement"
            else None
        )
        if postponed is not None:
            found = next(
                ((e, True) for e in candidates if _PUT_OFF_TO.fullmatch(text, postponed.end(), e.start)),
                None,
            )
            attributes_planned = True
        # "Protests broke out the day after the talks": a day counted from a told event, unless
        # the clause has a day of its own (one in the counted phrase dates the event it counts from).
        counted = (
            counted_from_event(text, mention, linked, candidates)
            if postponed is None and not mention.anaphoric and not preset
            else None
        )
        if counted is not None and found is not None and found[1] and found[0] is not counted.time:
            counted = None
        time: TemporalExpression | None = None
        date: TimeValue | None
        if postponed is not None and found is None:
            date = None  # planned, on no day yet
        elif counted is not None:
            time, date = counted.time, counted.date
        elif found is not None:
            time, same_clause = found
            # "since Jan. 11, when the allies struck": the clause tells what happened on that day.
            when = _WHEN_CLAUSE.match(text, time.end, mention.source.trigger_start) is not None
            # "Since it began last Wednesday, the ceasefire has held": the trigger's own verb is in the
            # since-clause, so the day is when it happened, not where a series starts.
            own_since = mention.source.trigger_start < time.start and _SINCE_CLAUSE.search(
                text,
                max(mention.source.sentence_start, mention.source.trigger_start - 30),
                mention.source.trigger_start,
            )
            since = _since(time, publication) if same_clause and not when and not own_since else None
            date = time.range or time.shifted or since or _as_event_date(time.value)
            date = _continued(text, mention, candidates, date)
            if not same_clause:
                date = date.model_copy(
                    update={
                        "certainty": round(date.certainty * 0.8, 2),
                        "rationale": f"{date.rationale}; the expression is in another clause of the sentence",
                    }
                )
            if mention.attributes.day and mention.attributes.day > 1 and date.precision == Precision.DAY:
                of = "of the round" if mention.type == "talks" else "running"
                date = _spanned_days(
                    date, mention.attributes.day, ending=True, why=f"day {{days}} {of}, so it began {{first}}"
                )
            elif date.precision == Precision.DAY and date.start == date.end:
                lasted = _days_of(text, mention, expressions, expression_starts, time)
                if lasted is not None:
                    how = "ended" if lasted[1] else "began"
                    date = _spanned_days(
                        date, lasted[0], ending=lasted[1], why=f"{{days}} days that {how} then: {{first}} to {{last}}"
                    )
                else:
                    date = _opened_then_ended(text, mention, time, candidates) or date
            if time.value.value == "FUTURE_REF":
                date = None  # "another meeting in coming weeks": planned, but on no day yet
        elif mention.continues is not None and linked[mention.continues].date is not None:
            earlier = linked[mention.continues]
            time = earlier.time
            assert earlier.date is not None
            date = earlier.date.model_copy(
                update={
                    "rationale": (
                        f"continues the statement in sentence {earlier.sentence + 1}"
                        if earlier.type == "statement"
                        else f"said with the {earlier.type} it accompanies ('{earlier.source.trigger}')"
                    )
                    + f"; {earlier.date.rationale}",
                }
            )
        elif mention.anaphoric:
            date = None  # refers back to an event that carries its own date
            time = hint
            # "The talks will focus on borders": the talks referred to are still ahead.
            attributes_planned = (
                _ahead(text, mention) or _MODAL_AFTER.match(text, mention.source.trigger_end) is not None
            )
        elif _present_perfect(text, mention):
            date = None  # "has warned", "have failed": a state of affairs, no day to put it on
        elif mention.attributes.planned or _ahead(text, mention):
            # "the next round would be held after consultations", "agreed to resume talks":
            # planned, on no day yet.
            date = None
            attributes_planned = True
        elif mention.type == "statement" and _PRESENT_SPEECH.search(mention.source.trigger) is not None:
            # "The United Nations says 12,000 people have been killed": said as the story is written,
            # not on the day the sentence before told of.
            date = _fallback(publication).model_copy(
                update={"rationale": f"{_fallback(publication).rationale}; a present-tense speech verb"}
            )
        elif (
            narrative := _narrative_day(
                mention.sentence,
                days_by_sentence,
                publication,
                speech_times if mention.type == "statement" else frozenset(),
            )
        ) is not None and not _long_before_the_story(
            mention, narrative, reporting, publication, days_by_sentence.get(mention.sentence, [])
        ):
            time = None
            date = narrative
        elif mention.type == "strike" and (told := _strike_told_before(mention, linked)) is not None:
            date = told
        elif mention.type == "statement" and reporting is not None:
            date = _reported_on(*reporting)
        else:
            date = _fallback(publication)
        if mention.type == "statement" and time is None and date is not None:
            date = _after_what_it_reports(mention, date, days_by_sentence.get(mention.sentence, []), publication)
        if date is not None and counted is None:
            # Even from a default day the clause's distance holds: "The attack came two days after the
            # delegations met" puts the meeting two days before whatever day the attack is given.
            offset = spanned_before(text, mention, moved_by_distance(text, mention, time, date))
            # Only a day (or an hour of it) is wrong for an earlier act: "took effect at midnight on
            # Monday after leaders met"; "in 1993 after Clinton met ..." is most likely that year.
            if (
                offset is date
                and date.precision in (Precision.DAY, Precision.TIME)
                and only_before(text, mention, time)
            ):
                date, time = None, None
            else:
                date = offset
        planned = bool(time is not None and time.value.value == "FUTURE_REF") or bool(
            date is not None
            and date.start is not None
            and (
                (time is not None and time.tense == "future" and date.start >= publication.date)
                # "decided on Monday to hold talks next month": what is dated after the writing
                # has not happened yet, whatever the tense around it.
                or (date.start > publication.date and mention.type != "statement")
            )
        )
        source = mention.source
        if time is not None:
            source = source.model_copy(update={"time_text": time.text, "time_start": time.start, "time_end": time.end})
        # "the next round" is planned while no day says it has happened ("the next round was held on May 3").
        planned = planned or attributes_planned
        attributes = (
            mention.attributes.model_copy(update={"planned": planned})
            if planned != mention.attributes.planned
            else mention.attributes
        )
        linked.append(
            mention.model_copy(update={"time": time, "date": date, "source": source, "attributes": attributes})
        )
    return _opened_and_ended_apart(text, linked)


_SITTING_REACH = 3  # sentences between "ended on Wednesday" and "began on Monday" of one sitting


def _sitting_day(text: str, mention: EventMention) -> tuple[dt.date, bool] | None:
    """The day a talks mention's own time gives, and whether a verb says the talks opened (True)
    or ended (False) then; None for any other mention. "The meeting, which began on Monday,"
    refers back and carries no date, but its time still says when the sitting opened."""
    time, date = mention.time, mention.date
    if date is None and mention.anaphoric and time is not None:
        date = time.value
    if mention.type != "talks" or time is None or date is None or date.precision != Precision.DAY:
        return None
    if date.start is None or date.start != date.end:
        return None
    lead = text[max(mention.source.sentence_start, mention.source.trigger_start - 60) : mention.source.trigger_start]
    if _verb_before(text, time, _OPENING_VERB) or _OPENING_OBJECT.search(lead):
        return date.start, True
    if _verb_before(text, time, _CLOSING_VERB) or _CLOSING_OBJECT.search(lead):
        return date.start, False
    return None


def _opened_and_ended_apart(text: str, linked: list[EventMention]) -> list[EventMention]:
    """ "The round ended in Brussels on Wednesday. ... The talks began on Monday": one sitting from
    Monday to Wednesday, told in two sentences, as "opened Monday and ended Wednesday" is in one.

    Both mentions take the span, so they merge into one event; talks in other places, or between
    parties that share no one, stay apart. Only mentions a few sentences apart are compared, so
    a document with thousands of rounds stays linear.
    """
    sittings = [(index, day) for index, m in enumerate(linked) if (day := _sitting_day(text, m)) is not None]
    if len(sittings) < 2:
        return linked
    result = list(linked)
    paired: set[int] = set()
    for position, (index, (opened, opens)) in enumerate(sittings):
        if not opens or index in paired:
            continue
        mention = linked[index]
        near = [
            (other_index, day)
            for other_index, day in sittings[max(0, position - 8) : position + 9]
            if abs(linked[other_index].sentence - mention.sentence) <= _SITTING_REACH
        ]
        for other_index, (ended, other_opens) in near:
            closing = linked[other_index]
            if other_opens or other_index in paired or not 0 < (ended - opened).days <= _MAX_SPAN_DAYS:
                continue
            if not _same_talks(mention, closing) or (mention.date is None and closing.date is None):
                continue
            paired.update((index, other_index))
            # A mention that refers back keeps no date of its own: its event's other mention carries the span.
            if mention.date is not None:
                result[index] = _spanning(
                    result[index], opened, ended, f"opened then, and ended on {ended} (sentence {closing.sentence + 1})"
                )
            if closing.date is not None:
                result[other_index] = _spanning(
                    result[other_index],
                    opened,
                    ended,
                    f"ended then, and opened on {opened} (sentence {mention.sentence + 1})",
                )
            break
    return result


def _spanning(mention: EventMention, first: dt.date, last: dt.date, why: str) -> EventMention:
    date = mention.date
    assert date is not None
    span = date.model_copy(
        update={
            "value": f"{first.isoformat()}/{last.isoformat()}",
            "start": first,
            "end": last,
            "rationale": f"{date.rationale}; the talks {why}",
        }
    )
    return mention.model_copy(update={"date": span})


def _same_talks(a: EventMention, b: EventMention) -> bool:
    """Talks told in two sentences may be one sitting: in the same place (Jeddah is in Saudi
    Arabia), if both name one, and between parties that share someone, if both name any."""
    if not places_agree(a.location, b.location):
        return False
    left = {actor.name for actor in a.actors if actor.role == "participant"}
    right = {actor.name for actor in b.actors if actor.role == "participant"}
    return not left or not right or bool(left & right)
