"""Find event mentions sentence by sentence: a trigger word, a type, and its arguments.

Talks, strikes and "other" happenings are found by trigger words; statements
need a speech verb *and* a named speaker, so "witnesses said" is no event
while "Kyiv officials described" is. Dating is left to the linker.
"""

from __future__ import annotations

import re

from chrono.events import arguments as args
from chrono.events.lexicon import Trigger, triggers
from chrono.models import (
    Actor,
    EventAttributes,
    EventMention,
    Sentence,
    Source,
    TemporalExpression,
)

_SUBTYPE_ORDER = {
    "talks": ("negotiation_round", "summit", "call", "visit", "negotiation", "meeting"),
    "strike": ("missile_strike", "drone_strike", "air_strike", "shelling", "ground_assault", "clash", "attack"),
}
_ANAPHORA = re.compile(
    r"\b(?:the|these|those|this|that|such|ongoing|current|its|their|despite|amid|ahead\s+of)\b[\w\s-]{0,40}$",
    re.IGNORECASE,
)
# "bombed the Kyaung Lae Village hospital": a named object right after the trigger.
_NAMED_TARGET = re.compile(r"\s+(?:the\s+|a\s+)?[A-Z][a-z]+")
_PREVIOUS_WORD = re.compile(r"(\w+)\W*$")


def _hits(text: str, sentence: Sentence) -> list[tuple[int, int, Trigger]]:
    table = triggers()
    hits = []
    for match in table.pattern.finditer(text, sentence.start, sentence.end):
        phrase = " ".join(match.group().lower().split())
        trigger = table.by_phrase[phrase]
        if trigger.event_type == "statement" and match.group()[:1].isupper() and match.start() != sentence.start:
            continue  # "States" in "United States" is a name, not the verb
        previous = _PREVIOUS_WORD.search(text, max(sentence.start, match.start() - 30), match.start())
        if previous and previous.group(1).lower() in table.exclude_before:
            continue
        following = text[match.end() : match.end() + 20].lstrip().lower()
        if following.startswith(table.exclude_after):
            continue
        hits.append((match.start(), match.end(), trigger))
    return hits


def _source(document_id: str, url: str | None, text: str, sentence: Sentence, start: int, end: int) -> Source:
    return Source(
        document_id=document_id,
        url=url,
        sentence=sentence.text,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        trigger=text[start:end],
        trigger_start=start,
        trigger_end=end,
    )


def _best(hits: list[tuple[int, int, Trigger]], event_type: str) -> tuple[int, int, Trigger] | None:
    typed = [h for h in hits if h[2].event_type == event_type]
    if not typed:
        return None
    order = _SUBTYPE_ORDER.get(event_type, ())
    return min(typed, key=lambda h: (order.index(h[2].subtype) if h[2].subtype in order else len(order), h[0]))


def _by_nearest_time(
    hits: list[tuple[int, int, Trigger]], times: list[TemporalExpression]
) -> list[list[tuple[int, int, Trigger]]]:
    """Triggers grouped by the time expression nearest to each.

    "Talks began on Wednesday after an opening ceremony on Tuesday" holds two
    happenings: triggers near different times are different mentions.
    """
    groups: dict[int, list[tuple[int, int, Trigger]]] = {}
    for hit in hits:
        nearest = min(
            range(len(times)),
            key=lambda i: max(times[i].start - hit[1], hit[0] - times[i].end, 0),
            default=-1,
        )
        groups.setdefault(nearest, []).append(hit)
    return [groups[key] for key in sorted(groups)]


def _talks(
    document_id: str,
    url: str | None,
    text: str,
    sentence: Sentence,
    hits: list[tuple[int, int, Trigger]],
    times: list[TemporalExpression],
) -> list[EventMention]:
    talks_hits = [h for h in hits if h[2].event_type == "talks"]
    mentions = []
    for group in _by_nearest_time(talks_hits, times):
        best = _best(group, "talks")
        if best is None:
            continue
        mention = _talks_mention(document_id, url, text, sentence, best)
        listed = _listed_dates(text, best, times)
        if len(listed) < 2:
            mentions.append(mention)
            continue
        # "their meetings on Oct. 6 in Prague, and Oct. 31 in Sochi": one event per date.
        for expression in listed:
            source = mention.source.model_copy(
                update={"time_text": expression.text, "time_start": expression.start, "time_end": expression.end}
            )
            mentions.append(
                mention.model_copy(
                    update={"source": source, "location": args.location(text, sentence, expression.start)}
                )
            )
    return mentions


_LIST_GAP = 40  # characters between two listed dates ("Oct. 6 in Prague, and Oct. 31")


def _listed_dates(
    text: str, trigger: tuple[int, int, Trigger], times: list[TemporalExpression]
) -> list[TemporalExpression]:
    """Day dates listed after a plural trigger ("meetings on ... and ..."), else nothing."""
    start, end, _ = trigger
    if not text[start:end].lower().endswith("s"):
        return []
    listed: list[TemporalExpression] = []
    for expression in sorted(times, key=lambda e: e.start):
        if expression.start < end or expression.value.precision.value != "day":
            continue
        previous_end = listed[-1].end if listed else end
        if expression.start - previous_end > _LIST_GAP:
            break
        listed.append(expression)
    return listed


def _talks_mention(
    document_id: str, url: str | None, text: str, sentence: Sentence, best: tuple[int, int, Trigger]
) -> EventMention:
    start, end, trigger = best
    actors = args.talks_actors(text, sentence, start, end)
    round_number = args.round_number(sentence, start)
    # Only the noun phrase before the trigger decides definiteness ("the talks", "despite the talks").
    lead_start = max(sentence.start, start - 40)
    lead = text[lead_start:start]
    lead = lead[lead.rfind(",") + 1 :] if "," in lead else lead
    anaphoric = round_number is None and not actors and bool(_ANAPHORA.search(lead))
    subtype = "negotiation_round" if round_number is not None else trigger.subtype
    detection = 0.9 if (round_number is not None or actors) else 0.6 if anaphoric else 0.75
    return EventMention(
        type="talks",
        subtype=subtype,
        sentence=sentence.index,
        source=_source(document_id, url, text, sentence, start, end),
        actors=actors,
        location=args.location(text, sentence, start),
        attributes=EventAttributes(round=round_number, day=args.day_number(sentence)),
        anaphoric=anaphoric,
        detection=detection,
    )


def _strike(
    document_id: str, url: str | None, text: str, sentence: Sentence, hits: list[tuple[int, int, Trigger]]
) -> EventMention | None:
    best = _best(hits, "strike")
    if best is None:
        return None
    start, end, trigger = best
    actors = args.strike_actors(text, sentence, start)
    place = args.location(text, sentence, start)
    quantities = args.quantities(sentence)
    named_target = _NAMED_TARGET.match(text, end, min(sentence.end, end + 60)) is not None
    casualties = bool(quantities) and triggers().casualty.search(text, sentence.start, sentence.end) is not None
    if not (actors or place or named_target or casualties):
        return None  # "a strike" with no one, nowhere and no toll is too vague to put on a timeline
    subtype = trigger.subtype
    if triggers().infrastructure.search(text, start, sentence.end):
        subtype = "infrastructure_attack"
    attacker = any(a.role == "attacker" for a in actors)
    return EventMention(
        type="strike",
        subtype=subtype,
        sentence=sentence.index,
        source=_source(document_id, url, text, sentence, start, end),
        actors=actors,
        location=place,
        attributes=EventAttributes(quantities=quantities),
        detection=0.85 if attacker else 0.65,
    )


def _statements(
    document_id: str,
    url: str | None,
    text: str,
    sentence: Sentence,
    hits: list[tuple[int, int, Trigger]],
    blocked: list[tuple[int, int]],
    previous: list[EventMention],
) -> list[EventMention]:
    found: list[EventMention] = []
    for start, end, trigger in hits:
        if trigger.event_type != "statement":
            continue
        span = args.speaker_phrase(text, sentence, start, blocked)
        if span is None:
            continue
        speaker = args.speaker_actor(text, span[0], span[1], sentence.start)
        if speaker is None:
            continue
        continues: int | None = None
        detection = {"person": 0.9, "organisation": 0.9, "country": 0.85, "group": 0.75}.get(speaker.kind, 0.8)
        if speaker.kind == "unknown":  # a pronoun: the latest speaker of a matching kind
            wanted = {"person": ("person",), "group": ("group", "country"), "organisation": ("organisation",)}
            kinds = wanted[args.speakers().pronouns[speaker.text.lower()]]
            antecedent = next(
                (
                    i
                    for i in range(len(previous) - 1, -1, -1)
                    if previous[i].type == "statement"
                    and previous[i].actors
                    and previous[i].actors[0].kind in kinds
                    and sentence.index - previous[i].sentence <= 3
                ),
                None,
            )
            if antecedent is None:
                continue
            speaker = previous[antecedent].actors[0].model_copy(update={"text": speaker.text})
            continues = antecedent  # index into the document's mention list
        if any(m.actors[0].name == speaker.name for m in found):
            continue  # one statement per speaker per sentence
        quantities = args.quantities(sentence)
        subtype = trigger.subtype
        if triggers().casualty.search(text, end, sentence.end) and quantities:
            subtype = "casualty_claim"
        found.append(
            EventMention(
                type="statement",
                subtype=subtype,
                sentence=sentence.index,
                source=_source(document_id, url, text, sentence, start, end),
                actors=[Actor(**{**speaker.model_dump(), "role": "speaker"})],
                attributes=EventAttributes(
                    quotes=args.quotes(sentence), claim=args.claim(text, sentence, end), quantities=quantities
                ),
                continues=continues,
                detection=detection,
            )
        )
    return found


def _others(
    document_id: str, url: str | None, text: str, sentence: Sentence, hits: list[tuple[int, int, Trigger]]
) -> list[EventMention]:
    mentions = []
    for start, end, trigger in hits:
        if trigger.event_type != "other":
            continue
        mentions.append(
            EventMention(
                type="other",
                subtype=trigger.subtype,
                sentence=sentence.index,
                source=_source(document_id, url, text, sentence, start, end),
                actors=[
                    a.model_copy(update={"role": "participant"}) for a in args.talks_actors(text, sentence, start, end)
                ],
                location=args.location(text, sentence, start),
                detection=0.7,
            )
        )
    return mentions


def detect(
    document_id: str, url: str | None, text: str, sentences: list[Sentence], expressions: list[TemporalExpression]
) -> list[EventMention]:
    """Event mentions in reading order; boilerplate lines ("Also Read: ...") yield none."""
    blocked: dict[int, list[tuple[int, int]]] = {}
    times: dict[int, list[TemporalExpression]] = {}
    for expression in expressions:
        blocked.setdefault(expression.sentence, []).append((expression.start, expression.end))
        if expression.value.start is not None:
            times.setdefault(expression.sentence, []).append(expression)
    mentions: list[EventMention] = []
    for sentence in sentences:
        if sentence.boilerplate:
            continue
        hits = _hits(text, sentence)
        if not hits:
            continue
        in_sentence = _talks(document_id, url, text, sentence, hits, times.get(sentence.index, []))
        strike = _strike(document_id, url, text, sentence, hits)
        if strike is not None:
            in_sentence.append(strike)
        in_sentence += _others(document_id, url, text, sentence, hits)
        statements = _statements(
            document_id, url, text, sentence, hits, blocked.get(sentence.index, []), mentions + in_sentence
        )
        mentions += in_sentence + statements
    return mentions
