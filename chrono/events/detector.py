"""Find event mentions sentence by sentence: a trigger word, a type, and its arguments.

Talks, strikes and "other" happenings are found by trigger words; statements
need a speech verb *and* a named speaker, so "witnesses said" is no event
while "Kyiv officials described" is. Dating is left to the linker.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from chrono.events import arguments as args
from chrono.events.clauses import CLAUSE_BREAK
from chrono.events.lexicon import VERB_ONLY, Trigger, VerbObject, gazetteer, triggers
from chrono.models import (
    Actor,
    EventAttributes,
    EventMention,
    Precision,
    Sentence,
    Source,
    TemporalExpression,
    TimexType,
)
from chrono.temporal.tense import is_past_verb

_SUBTYPE_ORDER = {
    "talks": ("negotiation_round", "summit", "call", "visit", "negotiation", "meeting"),
    "strike": (
        "missile_strike",
        "drone_strike",
        "air_strike",
        "shelling",
        "ground_assault",
        "suicide_bombing",
        "bombing",
        "clash",
        "attack",
    ),
}
_ANAPHORA = re.compile(
    r"\b(?:the|these|those|this|that|such|ongoing|current|its|their|despite|amid|ahead\s+of)\b[\w\s-]{0,40}$",
    re.IGNORECASE,
)
_INDEFINITE = re.compile(r"\b(?:a|an|another)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_ADJECTIVE_SLOT = re.compile(r"(?:\b(?:the|a|an)\s+(?:\w+ly\s+)?|\b\w+ly\s+)$", re.IGNORECASE)
# "if the talks failed", "unless the negotiations succeed": a condition on talks already told,
# however many parties the sentence names.
_CONDITION_ON = re.compile(r"\b(?:if|unless|should)\s+(?:the|these|those)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "bombed the Kyaung Lae Village hospital": a named object right after the trigger.
_NAMED_TARGET = re.compile(r"\s+(?:the\s+|a\s+)?[A-Z][a-z]+")
_PREVIOUS_WORD = re.compile(r"(\w+)\W*$")
_NATURE_REACH = 40  # characters before "struck" in which an "earthquake" or a "storm" is its subject


_ARGUMENT_REACH = 300  # characters around a trigger in which its arguments are looked for
_MAX_LISTED = 6
_MAX_QUOTED = 2000  # characters of a sentence kept in a source; longer ones are cut around the trigger


def _near(text: str, sentence: Sentence, start: int, end: int) -> Sentence:
    """The part of a sentence around a trigger, where its arguments are.

    Arguments stand close to their trigger; a bounded window also keeps the work
    linear when a "sentence" runs for megabytes (text without full stops).
    """
    first, last = max(sentence.start, start - _ARGUMENT_REACH), min(sentence.end, end + _ARGUMENT_REACH)
    if (first, last) == (sentence.start, sentence.end):
        return sentence
    return sentence.model_copy(update={"start": first, "end": last, "text": text[first:last]})


def _hits(text: str, sentence: Sentence) -> list[tuple[int, int, Trigger]]:
    table = triggers()
    hits = []
    verbs: list[tuple[int, int, str]] = []  # verbs that may make an event with their object
    for match in table.pattern.finditer(text, sentence.start, sentence.end):
        phrase = " ".join(match.group().lower().split())
        trigger = table.by_phrase[phrase]
        verb = phrase.split(" ", 1)[0]
        previous = _PREVIOUS_WORD.search(text, max(sentence.start, match.start() - 30), match.start())
        if previous and previous.group(1).lower() in table.exclude_before:
            continue  # "had not signed a deal", "no strike"
        if verb in table.verb_objects.families_of:
            verbs.append((match.start(), match.start() + len(verb), verb))
        if trigger is VERB_ONLY:
            continue
        if trigger.event_type == "statement" and match.group()[:1].isupper() and match.start() != sentence.start:
            continue  # "States" in "United States" is a name, not the verb
        if previous and previous.group(1).lower() in _DETERMINERS and " " not in phrase and phrase.endswith("ed"):
            continue  # "the bombed embassy", "a shelled town": a participle that describes, no act told
        if trigger.event_type != "statement":
            words = _clause_words_before(text, sentence.start, match.start())
            if table.wishes.wished(words) or table.wishes.failed(words):
                continue  # "open to talks", "cancelled a planned visit", "failed to agree on": not happening
            if trigger.event_type in ("strike", "other") and table.wishes.halted(words):
                continue  # "until Israel halts its offensive", "stopped the strikes": what stops is not told
        if trigger.event_type != "statement" and table.called_off.match(text, match.end(), sentence.end):
            continue  # "talks planned for Monday were cancelled": nothing happened
        following = text[match.end() : match.end() + 20].lstrip().lower()
        if following.startswith(table.exclude_after):
            continue
        if _NOT_PREFIX.search(text, max(sentence.start, match.start() - 6), match.start()):
            continue  # "a pre-attack message", "post-attack checks": a time around it, no attack told
        if phrase == "fired" and _PERSON_DISMISSED.search(text, max(sentence.start, match.start() - 30), match.start()):
            continue  # "if he were fired": dismissed from a job, not shot at
        if phrase in _CLAIM_VERBS and _LIVES_AFTER.match(text, match.end(), sentence.end):
            continue  # "the bombings claimed at least 217 lives": a toll, not a claim anyone made
        if phrase in table.nature_verbs and table.nature_subjects.search(
            text, max(sentence.start, match.start() - _NATURE_REACH), match.start()
        ):
            continue  # "an earthquake of magnitude 6 struck the coast": no attack
        hits.append((match.start(), match.end(), trigger))
    # (A substring test first: a case-blind search of every sentence costs more than the rest of this.)
    cataphora = " it " in sentence.text and _TRUCE_WORD.search(sentence.text) is not None
    truce = _TRUCE_BEGAN.search(text, sentence.start, sentence.end) if cataphora else None
    if truce is not None:
        hits.append((truce.start("verb"), truce.end("verb"), Trigger("other", "ceasefire")))
        hits.sort(key=lambda h: h[0])
    spanning = _verb_object_hits(text, sentence, verbs) if verbs else []
    if not spanning:
        return hits
    # "fired a ballistic missile": the phrase is the one trigger of the words of its type it spans.
    kept = [
        h for h in hits if not any(s <= h[0] and h[1] <= e and t.event_type == h[2].event_type for s, e, t in spanning)
    ]
    return sorted(kept + spanning, key=lambda h: h[0])


_CLAIM_VERBS = frozenset({"claimed", "claims", "claiming"})
_NOT_PREFIX = re.compile(r"\b(?:pre|post|anti|non)-$", re.IGNORECASE)
# A person, not a weapon, is what "was fired" here: "he was fired", "she had been fired".
_PERSON_DISMISSED = re.compile(
    r"\b(?:he|she|I|you|we)\s+(?:(?:was|were|is|be|been|being|has|had|have|got|gets)\s+){1,2}$", re.IGNORECASE
)
_LIVES_AFTER = re.compile(r"(?:\s+[\w,-]+){0,3}?\s+lives\b", re.IGNORECASE)
_WISH_REACH = 90  # characters before a trigger in which the words that make it a wish are read
_WORD_BEFORE = re.compile(r"[\w’'-]+")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()]")


def _clause_words_before(text: str, sentence_start: int, trigger_start: int) -> list[str]:
    """The lower-case words of the trigger's clause before it, up to a comma or semicolon."""
    start = max(sentence_start, trigger_start - _WISH_REACH)
    last_break = max((m.end() for m in _CLAUSE_PUNCTUATION.finditer(text, start, trigger_start)), default=start)
    return [w.lower() for w in _WORD_BEFORE.findall(text, last_break, trigger_start)]


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})  # not "that": "a cyclone that battered"
# "Since it began last Wednesday, the ... 60-day ceasefire has been rattled": the truce named after
# the pronoun that began it.
_TRUCE_WORD = re.compile(r"ceasefire|cease-fire|truce", re.IGNORECASE)
_TRUCE_BEGAN = re.compile(
    r"\b(?:since|after|when|until)\s+it\s+(?P<verb>began|took\s+effect|came\s+into\s+(?:force|effect)"
    r"|went\s+into\s+effect|entered\s+into\s+force)\b[^;:]{0,100}?\b(?:ceasefire|cease-fire|truce)\b",
    re.IGNORECASE,
)
# Between a verb and its object: words, numbers ("1,000") and hyphens, but no clause break.
_OBJECT_GAP = re.compile(r"[\w’',-]+")
# A full stop inside a sentence is an abbreviation's ("host U.S. envoy Steve Witkoff"), not a break.
_OBJECT_BREAK = re.compile(r"[;:!?()\"“”]|,\s")
_PASSIVE_GAP = re.compile(r"\s{1,3}(?:(?:were|was|being|(?:had|has|have)\s{1,3}been)\s{1,3})?", re.IGNORECASE)
_OBJECT_REACH = 80  # characters after a verb in which its object is looked for
_PASSIVE_REACH = 40  # characters before a passive verb in which its object is looked for
_NEXT_WORD = re.compile(r"\s*([\w-]+)")


def _verb_object_hits(
    text: str, sentence: Sentence, verbs: list[tuple[int, int, str]]
) -> list[tuple[int, int, Trigger]]:
    """ "Russia launched 120 drones at Kyiv", "rockets fired from Lebanon", "exchanged 175 prisoners".

    Some verbs make an event only with their object ("launched" a weapon, "exchanged"
    prisoners), which the object's kind types; the words between them are few ("a
    wave of", "more than 1,000") and break no clause.
    """
    families_of = triggers().verb_objects.families_of
    found = []
    for start, end, verb in verbs:
        for family in families_of[verb]:
            hit = _object_after(text, sentence, family, start, end) or _object_before(
                text, sentence, family, start, end, verb
            )
            if hit is not None:
                found.append(hit)
                break
    return found


def _object_after(
    text: str, sentence: Sentence, family: VerbObject, start: int, end: int
) -> tuple[int, int, Trigger] | None:
    found = family.objects.search(text, end, min(sentence.end, end + _OBJECT_REACH))
    if found is None:
        return None
    gap = text[end : found.start()]
    words = _OBJECT_GAP.findall(gap)
    if len(words) > family.reach or _OBJECT_BREAK.search(gap) is not None:
        return None
    if any(word.lower() == "no" for word in words):
        return None  # "reached no agreement", "fired no missiles"
    following = _NEXT_WORD.match(text, found.end(), sentence.end)
    if following is not None and following.group(1).lower() in family.not_after:
        return None
    return start, found.end(), family.trigger_of[" ".join(found.group().lower().split())]


def _object_before(
    text: str, sentence: Sentence, family: VerbObject, start: int, end: int, verb: str
) -> tuple[int, int, Trigger] | None:
    """ "drones launched by Russia", "rockets were fired from Lebanon": the passive."""
    if not verb.endswith("ed"):
        return None
    following = _NEXT_WORD.match(text, end, sentence.end)
    if following is None or following.group(1).lower() not in family.passive_after:
        return None
    before = [
        found
        for found in family.objects.finditer(text, max(sentence.start, start - _PASSIVE_REACH), start)
        if _PASSIVE_GAP.fullmatch(text, found.end(), start)
    ]
    if not before:
        return None
    return before[-1].start(), end, family.trigger_of[" ".join(before[-1].group().lower().split())]


def _source(document_id: str, url: str | None, text: str, sentence: Sentence, start: int, end: int) -> Source:
    # A "sentence" of megabytes (text without full stops) is quoted only around the trigger,
    # so each source stays small; the offsets still point at exactly the quoted text.
    quoted = sentence if sentence.end - sentence.start <= _MAX_QUOTED else _near(text, sentence, start, end)
    return Source(
        document_id=document_id,
        url=url,
        sentence=quoted.text,
        sentence_start=quoted.start,
        sentence_end=quoted.end,
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


_JOINED_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\s")


def _across_clauses(text: str, hit: tuple[int, int, Trigger], time: TemporalExpression) -> bool:
    start, end = (time.end, hit[0]) if time.end <= hit[0] else (hit[1], time.start)
    return _JOINED_CLAUSE.search(text, start, max(start, end)) is not None


def _by_nearest_time(
    text: str, hits: list[tuple[int, int, Trigger]], times: list[TemporalExpression]
) -> list[list[tuple[int, int, Trigger]]]:
    """Triggers grouped by the time expression nearest to each.

    "Talks began on Wednesday after an opening ceremony on Tuesday" holds two
    happenings: triggers near different times are different mentions.
    """
    groups: dict[int, list[tuple[int, int, Trigger]]] = {}
    starts = [t.start for t in times]
    for hit in hits:
        position = bisect_left(starts, hit[0])
        around = [i for i in (position - 1, position) if 0 <= i < len(times)]
        # At equal distance the time after the trigger wins: a time adjunct follows its verb
        # ("met on Tuesday and will meet again on Friday").
        nearest = min(
            around,
            key=lambda i: (
                # "Talks collapsed last month, and a new round is expected in September": a time in
                # another clause is farther than any in the trigger's own
                _across_clauses(text, hit, times[i]),
                max(times[i].start - hit[1], hit[0] - times[i].end, 0),
                times[i].start < hit[0],
            ),
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
    speech_starts = [h[0] for h in hits if h[2].event_type == "statement"]
    mentions = []
    groups = [
        said
        for group in _by_nearest_time(text, talks_hits, times)
        for by_round in _by_round(text, group)
        for part in _by_subordinate_clause(text, by_round)
        for said in _by_speech(part, speech_starts)
    ]
    for group in groups:
        best = _best(_without_topics(text, sentence, group), "talks")
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
                    update={
                        "source": source,
                        "location": args.location(
                            text, _near(text, sentence, expression.start, expression.end), expression.start
                        ),
                    }
                )
            )
    return mentions


# "met ... to discuss a resumption of nuclear talks": talks named as what a meeting is about.
_TOPIC_BEFORE = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|about|resum(?:e|ed|ing|ption\s+of)|reviv(?:e|ed|ing)|return\s+to)\b[\w\s-]{0,30}$",
    re.IGNORECASE,
)


def _without_topics(
    text: str, sentence: Sentence, group: list[tuple[int, int, Trigger]]
) -> list[tuple[int, int, Trigger]]:
    """The group without talks that are only the topic of another happening it names (a meeting, a call)."""
    happening = [h for h in group if h[2].subtype in ("meeting", "call", "visit", "summit")]
    if not happening:
        return group
    kept = [
        h
        for h in group
        if not (
            h[2].subtype == "negotiation"
            and h[0] > happening[0][0]
            and _TOPIC_BEFORE.search(text, max(sentence.start, h[0] - 50), h[0])
        )
    ]
    return kept or group


def _by_round(text: str, group: list[tuple[int, int, Trigger]]) -> list[list[tuple[int, int, Trigger]]]:
    """ "The third round took place on April 26, a week after the second round": two rounds, two events.

    Triggers that name different rounds by ordinal stay apart; the others go with the first.
    """
    by_ordinal: dict[int, list[tuple[int, int, Trigger]]] = {}
    others = []
    for hit in group:
        named = args.named_round(text[hit[0] : hit[1]])
        if named is not None:
            by_ordinal.setdefault(named, []).append(hit)
        else:
            others.append(hit)
    if len(by_ordinal) < 2:
        return [group]
    parts = list(by_ordinal.values())
    parts[0] = sorted(parts[0] + others)
    return parts


# "resumed talks ... four months after the last round collapsed": a clause told as earlier or later.
_SUBORDINATOR = re.compile(r"\b(?:after|before|since|following|until)\b", re.IGNORECASE)


def _by_subordinate_clause(
    text: str, group: list[tuple[int, int, Trigger]], subordinator: re.Pattern[str] = _SUBORDINATOR
) -> list[list[tuple[int, int, Trigger]]]:
    """Triggers after "after", "since", "before" tell another happening than those before it."""
    for index in range(1, len(group)):
        if subordinator.search(text, group[index - 1][1], group[index][0]):
            return [group[:index], *_by_subordinate_clause(text, group[index:], subordinator)]
    return [group]


def _by_speech(group: list[tuple[int, int, Trigger]], speech_starts: list[int]) -> list[list[tuple[int, int, Trigger]]]:
    """ "Envoys met in Geneva and said talks would resume": what a speech verb reports is another
    happening than the one told before the verb."""
    for index in range(1, len(group)):
        if any(group[index - 1][1] <= start < group[index][0] for start in speech_starts):
            return [group[:index], *_by_speech(group[index:], speech_starts)]
    return [group]


# Strikes are told apart only by what came before or after them: "since" mostly looks back at a
# series ("its first volley since the ceasefire began, in response to Israel's strikes").
_STRIKE_SUBORDINATOR = re.compile(r"\b(?:after|before|following)\b", re.IGNORECASE)


_LIST_GAP = 40  # characters between two listed dates ("Oct. 6 in Prague, and Oct. 31")


def _listed_dates(
    text: str, trigger: tuple[int, int, Trigger], times: list[TemporalExpression]
) -> list[TemporalExpression]:
    """Day dates listed after a plural trigger ("meetings on ... and ..."), else nothing."""
    start, end, _ = trigger
    word = text[start:end].lower()
    if not word.endswith("s") or word.endswith(("talks", "negotiations")):
        return []  # "talks" is always plural; only countable plurals list separate events
    listed: list[TemporalExpression] = []
    first = bisect_left([t.start for t in times], end)
    for expression in times[first : first + _MAX_LISTED]:
        if expression.value.precision.value != "day":
            continue
        previous_end = listed[-1].end if listed else end
        if expression.start - previous_end > _LIST_GAP:
            break
        listed.append(expression)
    return listed


# "the talks", "these negotiations": a noun phrase that refers back ("said that talks would resume" does not)
_REFERRING_PHRASE = re.compile(r"\b(?:the|these|those|this)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _talks_mention(
    document_id: str, url: str | None, text: str, sentence: Sentence, best: tuple[int, int, Trigger]
) -> EventMention:
    start, end, trigger = best
    near = _near(text, sentence, start, end)
    actors = args.talks_actors(text, near, start, end)
    round_number = args.round_number(near, start)
    # Only the noun phrase before the trigger decides definiteness ("the talks", "despite the talks").
    lead_start = max(sentence.start, start - 40)
    lead = text[lead_start:start]
    lead = lead[lead.rfind(",") + 1 :] if "," in lead else lead
    # "the next round" is another round to come, never the one being reported; "the previous
    # round" one before it: neither refers back to a round already told.
    first_word = text[start:end].lower().split()[0]
    upcoming = first_word in ("next", "new")
    earlier = first_word in ("previous", "prior")
    # "would be a meeting": an indefinite article introduces a new event, whatever "the" came before.
    indefinite = _INDEFINITE.search(lead) is not None
    # "Khamenei said that he doubted the talks would lead anywhere": the talks told, though the
    # speaker's side would be a party to talks that named none.
    referring = actors and _REFERRING_PHRASE.search(lead)
    own = args.talks_actors(text, near, start, end, speaker_side=False) if referring else actors
    anaphoric = (
        round_number is None
        # "The delegations first met in Geneva": a meeting told, not referred to; but "a negotiated
        # deal", "privately negotiated transactions" use the participle as an adjective
        and not (is_past_verb(first_word) and _ADJECTIVE_SLOT.search(lead) is None)
        # "The talks, mediated by Egypt, ...": a go-between or a host names no new talks
        and (all(a.role in ("mediator", "host") for a in own) or _CONDITION_ON.search(lead) is not None)
        and not upcoming
        and not earlier
        and not indefinite
        and bool(_ANAPHORA.search(lead))
    )
    subtype = "negotiation_round" if round_number is not None else trigger.subtype
    detection = 0.9 if (round_number is not None or actors) else 0.6 if anaphoric else 0.75
    if anaphoric:
        actors = own  # the talks told have their parties; the speaker's side was a guess for new ones
    return EventMention(
        type="talks",
        subtype=subtype,
        sentence=sentence.index,
        source=_source(document_id, url, text, sentence, start, end),
        actors=actors,
        # "will visit Moscow": where a visit goes, before a place the sentence named earlier ("the
        # government in Kinshasa ... after President X visited Luanda")
        location=(args.object_place(text, near, end) if trigger.subtype == "visit" else None)
        or args.location(text, near, start)
        or args.host_country(actors),  # "Egypt hosted a summit": in Egypt
        attributes=EventAttributes(round=round_number, day=args.day_number(near), planned=upcoming),
        anaphoric=anaphoric,
        detection=detection,
    )


def _strike(
    document_id: str,
    url: str | None,
    text: str,
    sentence: Sentence,
    hits: list[tuple[int, int, Trigger]],
    speech_ends: list[int],
    times: list[TemporalExpression],
) -> EventMention | None:
    """The strike the sentence's strike triggers tell; ``speech_ends``: where its speech verbs end,
    ``times``: the sentence's time expressions."""
    best = _best(hits, "strike")
    if best is None:
        return None
    start, end, trigger = best
    near = _near(text, sentence, start, end)
    # "Prime Minister X said the strikes violated the truce", "the Cypriot government condemned
    # two bomb attacks": who speaks of a strike is not who struck ("X said it would strike" and
    # "X claimed responsibility for the attack" are X's).
    # "talks resumed in Doha; the army struck Rafah": the strike's clause starts after the semicolon.
    opened = max((m.end() for m in _CLAUSE_OPENING.finditer(text, near.start, start)), default=None)
    if opened is not None:
        near = near.model_copy(update={"start": opened, "text": text[opened : near.end]})
    spoken = [e for e in speech_ends if near.start < e <= start]
    if spoken and _SPEAKER_STRUCK.search(text, spoken[-1], start) is None:
        near = near.model_copy(update={"start": spoken[-1], "text": text[spoken[-1] : near.end]})
    actors = args.strike_actors(text, near, start)
    # Where it fell is told in its own clause: not "; officials in Moldova condemned it".
    own_start = max(near.start, args.subordinate_clause_start(text, near, start))
    own = args.strike_clause_end(text, near, start)
    clause = (
        near
        if (own_start, own) == (near.start, near.end)
        else near.model_copy(update={"start": own_start, "end": own, "text": text[own_start:own]})
    )
    place = (
        args.location(text, clause, start)
        or args.object_place(text, clause, end)  # "struck Odesa"
        or args.subject_place(text, clause, start)  # "Odesa was hit by drones"
    )
    quantities = args.quantities(near, text)
    named_target = _NAMED_TARGET.match(text, end, min(sentence.end, end + 60)) is not None
    casualties = bool(quantities) and triggers().casualty.search(text, near.start, near.end) is not None
    if not (
        actors
        or place
        or named_target
        or casualties
        or _armed_subject(text, clause, start, end)
        or (trigger.subtype in triggers().dated_strikes and _dated(clause, start, end, times))
    ):
        return None  # "a strike" with no one, nowhere, no toll and no day is too vague to put on a timeline
    subtype = trigger.subtype
    if triggers().infrastructure.search(text, start, near.end):
        subtype = "infrastructure_attack"
    attacker = any(a.role == "attacker" for a in actors)
    # "The attack, the third on the capital this month, injured two people": the attack just told.
    anaphoric = (
        not actors
        and place is None
        and trigger.subtype == "attack"
        and _DEFINITE_BEFORE.search(text, max(sentence.start, start - 8), start) is not None
    )
    return EventMention(
        type="strike",
        subtype=subtype,
        sentence=sentence.index,
        source=_source(document_id, url, text, sentence, start, end),
        actors=actors,
        location=place,
        attributes=EventAttributes(quantities=quantities, day=args.days_running(text, near, start, end)),
        anaphoric=anaphoric,
        detection=0.85 if attacker else 0.65,
    )


# Between unnamed armed men and the strike verb they are the subject of: "Rebels had shelled",
# "Suspected militants reportedly fired", "gunmen on Tuesday attacked".
_SUBJECT_TO_VERB = re.compile(
    r"(?:\s+(?:had|have|has|also|reportedly|allegedly|apparently|then|again|later|on\s+[A-Z][a-z]+day))"
    r"{0,3}\s+"
)
_BY = re.compile(r"\s+by\s+(?:suspected\s+|armed\s+|unidentified\s+)?")  # "was shelled by rebels"


def _armed_subject(text: str, clause: Sentence, start: int, end: int) -> bool:
    """Whether unnamed armed men carried out the strike: "Rebels shelled the town", "shelled by rebels"."""
    armed = triggers().armed_subjects
    before = [m for m in armed.finditer(text, clause.start, start) if _SUBJECT_TO_VERB.fullmatch(text, m.end(), start)]
    if before:
        return True
    by = _BY.match(text, end, clause.end)
    return by is not None and any(m.start() == by.end() for m in armed.finditer(text, by.end(), clause.end))


_DATED_REACH = 60  # characters between a strike trigger and its day ("hit a hospital in the city on Sunday")


def _dated(clause: Sentence, start: int, end: int, times: list[TemporalExpression]) -> bool:
    """Whether a day (or a clock time) near the trigger in its clause dates it: "on Sunday", not "since Monday"."""
    return any(
        max(clause.start, start - _DATED_REACH) <= time.start
        and time.end <= min(clause.end, end + _DATED_REACH)
        and time.value.precision in (Precision.DAY, Precision.TIME)
        and time.signal in (None, "on")
        for time in times
    )


_CLAUSE_OPENING = re.compile(r"[;:]|\s[—–]\s")
_SPEAKER_STRUCK = re.compile(r"\b(?:it|they|we|he|she|responsibility|credit)\b", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)


_PRONOUN_REACH = 3  # sentences back in which "he" or "she" can find the speaker


def _antecedent_statement(
    previous: list[EventMention], sentence: int, kinds: tuple[str, ...], pronoun: str | None = None
) -> int | None:
    """Index of the latest statement whose speaker a pronoun can refer to, within a few sentences."""
    for index in range(len(previous) - 1, -1, -1):
        mention = previous[index]
        if sentence - mention.sentence > _PRONOUN_REACH:
            return None
        if mention.type == "statement" and mention.actors and mention.actors[0].kind in kinds:
            if pronoun is not None and not _may_be(mention.actors[0], pronoun):
                continue  # "Ms. Kolber said ... He said": someone else
            return index
    return None


def _may_be(actor: Actor, pronoun: str) -> bool:
    """Whether "he" or "she" can refer to ``actor``: no word of its phrase or title says otherwise."""
    gendered = args.speakers().gendered_words
    words = [*(actor.text or "").split(), *(actor.title or "").split()]
    told = {
        gendered.get(word) or gendered[word.lower()] for word in words if word in gendered or word.lower() in gendered
    }
    return pronoun not in ("he", "she") or not told or told == {pronoun}


# The name that opens a sentence, up to its first lower-case word: "Foreign Minister Ana Lopez".
_OPENING_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*(?=\s+[a-z])")


_WORD_RUN = re.compile(r"\S+")


def _opening_person(text: str, sentence: Sentence) -> Actor | None:
    """The person a sentence opens with as its subject, if it names exactly one.

    "Foreign Minister Ana Lopez joined the meeting later. She said ...": "she" is Lopez even
    though Lopez said nothing before. Not "X and Y met" (two people), nor "X's visit" (a
    possessive, not the subject).
    """
    found = _OPENING_NAME.match(text, sentence.start, sentence.end)
    if found is None or found.group().endswith(("’s", "'s")):
        return None
    if text[found.end() : found.end() + 5].lstrip().startswith("and "):
        return None
    # "But Mr. Ackerman said": the name starts at the first word that is no connective.
    words = _WORD_RUN.finditer(text, found.start(), found.end())
    start = next((w.start() for w in words if w.group().lower() not in args.speakers().discourse), found.end())
    if start == found.end():
        return None
    actor = args.speaker_actor(text, start, found.end(), sentence.start)
    return actor if actor is not None and actor.kind == "person" else None


_POSSESSIVE_TITLE = re.compile(r"(?:his|her|their|its)\s+(?P<title>[A-Za-z][A-Za-z -]{1,40})", re.IGNORECASE)


def _possessive_official(phrase: str, previous: list[EventMention], sentence: int) -> Actor | None:
    """ "His defence minister warned": an official of the country of the speaker just before.

    Unnamed officials stand for their country, as "Kyiv officials" stand for Ukraine.
    """
    found = _POSSESSIVE_TITLE.fullmatch(phrase)
    if found is None:
        return None
    words = found.group("title").split()
    if not words or words[-1].lower() not in args.speakers().title_words:
        return None
    antecedent = _antecedent_statement(previous, sentence, ("person", "country", "organisation"))
    if antecedent is None:
        return None
    owner = previous[antecedent].actors[0]
    country = owner.country or (owner.name if owner.kind == "country" else None)
    if country is None:
        return None
    return Actor(name=country, role="speaker", kind="country", country=country, title=found.group("title"), text=phrase)


_DEFINITE_BODY = re.compile(r"the\s+(?P<body>[a-z]+(?:\s+[a-z]+)?)", re.IGNORECASE)


def _body_named_before(speaker: Actor, previous: list[EventMention]) -> Actor | None:
    """ "Ukraine's air force said ... the air force said": a body named by "the" alone is the one
    the story named with its owner in the latest speaker before that ends with the same words."""
    found = _DEFINITE_BODY.fullmatch(speaker.text)
    if found is None:
        return None
    body = found.group("body").lower()
    for mention in reversed(previous[-_NAME_REACH:]):
        for actor in mention.actors:
            if actor.role == "speaker" and actor.text != speaker.text and actor.text.lower().endswith(f" {body}"):
                return actor.model_copy(update={"text": speaker.text})
    return None


_SURNAME = re.compile(r"[A-Z][\w'’-]{1,30}")
_NAME_REACH = 200  # mentions back in which a full name is looked for (bounds huge inputs)


def _named_before(phrase: str, previous: list[EventMention]) -> Actor | None:
    """ "Macron said ...": a surname alone, opening its sentence, is a person the story named in
    full in an earlier event ("French President Emmanuel Macron spoke with ..."); otherwise a
    capitalised first word is as likely "Officials" or "Police" as a name, and says no one."""
    if _SURNAME.fullmatch(phrase) is None:
        return None
    for mention in reversed(previous[-_NAME_REACH:]):
        for actor in mention.actors:
            if actor.kind == "person" and " " in actor.name and phrase in _surnames(actor.name.split()):
                # The surname as said; _full_names gives it the full name, unless two people share it.
                return Actor(name=phrase, role="speaker", kind="person", text=phrase)
    return None


_POSSESSIVE_BEFORE = re.compile(r"[’']s\s+$")
_PARTICIPLES = frozenset({"saying", "claiming"})  # speech triggers that can open a participle clause
_CLAUSE_COMMA = re.compile(r",\s*$")


def _accompanied_act(text: str, previous: list[EventMention], sentence: int, start: int) -> int | None:
    """Index of the act in this sentence a ", saying ..." clause accompanies, if it names its actor."""
    if not _CLAUSE_COMMA.search(text, max(0, start - 4), start):
        return None  # "a report saying", "without saying": no act to accompany
    for index in range(len(previous) - 1, -1, -1):
        mention = previous[index]
        if mention.sentence != sentence:
            return None
        if mention.source.trigger_start < start and any(a.role != "target" for a in mention.actors):
            return index  # who did it speaks, not whom it was done to
    return None


_NOT_A_TOLL = frozenset({"percent", "missiles", "drones", "rockets", "homes", "households"})
# "X, who has announced aid, said ...": the verb of a relative clause is an earlier, separate act.
_RELATIVE_VERB = re.compile(r"\s*,\s*who\b[^,;]*$", re.IGNORECASE)


def _statements(
    document_id: str,
    url: str | None,
    text: str,
    sentence: Sentence,
    hits: list[tuple[int, int, Trigger]],
    blocked: list[tuple[int, int]],
    previous: list[EventMention],
    before: Sentence | None,
) -> list[EventMention]:
    """Statements of a sentence; ``before`` is the sentence just before it, where "she" may be named."""
    found: list[EventMention] = []
    said: set[tuple[str, bool]] = set()  # (speaker, in a relative clause) already found
    blocked_starts = [s for s, _ in blocked]  # time expressions, in text order
    blocked_ends = [e for _, e in blocked]
    for start, end, trigger in hits:
        if trigger.event_type != "statement":
            continue
        near = _near(text, sentence, start, end)
        low = bisect_left(blocked_ends, near.start)
        high = bisect_left(blocked_starts, near.end)
        if _POSSESSIVE_BEFORE.search(text, max(sentence.start, start - 4), start):
            continue  # "Saddam Hussein's proposed formula": an adjective, not a speech verb
        continues: int | None = None
        span: tuple[int, int] | None
        speaker: Actor | None
        if text[start:end].lower() in _PARTICIPLES:
            # "Hezbollah fired two rockets, saying it was a warning": the actor of the act the
            # clause accompanies speaks, at the time of that act.
            accompanied = _accompanied_act(text, previous, sentence.index, start)
            if accompanied is None:
                continue
            continues = accompanied
            doer = next(a for a in previous[accompanied].actors if a.role != "target")
            speaker = doer.model_copy(update={"role": "speaker"})
            # "Swiss President Viola Amherd closed the summit, saying ...": the person the
            # sentence opens with did the act, rather than the country the act's actors name.
            opening = _opening_person(text, sentence)
            if opening is not None and opening.country in (speaker.name, speaker.country):
                speaker = opening
            span = (start, start)
        else:
            span = args.speaker_phrase(text, near, start, blocked[low:high])
            if span is None:
                continue
            speaker = args.speaker_actor(text, span[0], span[1], sentence.start)
            phrase = text[span[0] : span[1]]
            if speaker is not None and speaker.kind == "organisation":
                # "..., Peskov said": one capitalised word is a body unless the text named a person so
                speaker = (
                    _body_named_before(speaker, previous)
                    or (args.person_named_in_full(text, span[0], phrase) if " " not in phrase else None)
                    or speaker
                )
            if speaker is None:
                speaker = _possessive_official(phrase, previous, sentence.index)
            if speaker is None:
                speaker = _named_before(phrase, previous) or (
                    args.person_named_in_full(text, span[0], phrase) if _SURNAME.fullmatch(phrase) else None
                )
            if speaker is None:
                continue
        detection = {"person": 0.9, "organisation": 0.9, "country": 0.85, "group": 0.75}.get(speaker.kind, 0.8)
        if speaker.kind == "unknown":  # a pronoun: the latest speaker of a matching kind
            wanted = {"person": ("person",), "group": ("group", "country"), "organisation": ("organisation",)}
            kinds = wanted[args.speakers().pronouns[speaker.text.lower()]]
            pronoun = speaker.text.lower()
            antecedent = _antecedent_statement(previous, sentence.index, kinds, pronoun)
            # The subject of the sentence just before is nearer than a speaker further back.
            subject = None
            if before is not None and "person" in kinds:
                subject = _opening_person(text, before)
                if subject is not None and not _may_be(subject, pronoun):
                    subject = None
                if antecedent is not None and previous[antecedent].sentence >= before.index:
                    subject = None  # that sentence's own speaker is as near, and said something
            if subject is not None:
                speaker = subject.model_copy(update={"text": speaker.text})
            elif antecedent is not None:
                speaker = previous[antecedent].actors[0].model_copy(update={"text": speaker.text})
                continues = antecedent  # index into the document's mention list
            else:
                continue
        relative = _RELATIVE_VERB.match(text, span[1], start) is not None
        if (speaker.name, relative) in said:
            continue  # one statement per speaker per sentence, and one more in a "who" clause
        said.add((speaker.name, relative))
        quantities = args.quantities(near, text)
        subtype = trigger.subtype
        # What was said follows the verb, or comes before the speaker ("At least four people
        # were killed, the governor said").
        casualty = triggers().casualty
        # Funds that "lost 15%" and "180 ballistic missiles" are no toll of lives.
        people = any(q.unit not in _NOT_A_TOLL for q in quantities)
        said_before = people and casualty.search(text, near.start, min(span[0], start)) is not None
        if people and (said_before or casualty.search(text, end, near.end)):
            subtype = "casualty_claim"
        found.append(
            EventMention(
                type="statement",
                subtype=subtype,
                sentence=sentence.index,
                source=_source(document_id, url, text, sentence, start, end),
                actors=_both_speak(text, speaker, previous) or [Actor(**{**speaker.model_dump(), "role": "speaker"})],
                attributes=EventAttributes(
                    quotes=args.quotes(near), claim=args.claim(text, near, end), quantities=quantities
                ),
                continues=continues,
                detection=detection,
            )
        )
    return found


# What "broke out" or "erupted" must follow to be an outbreak of fighting (CAMEO 190, ACLED battles).
_FIGHTING_BEFORE = re.compile(
    r"\b(?:fighting|clash(?:es)?|violence|hostilities|war|battles?|unrest|riots?|gunfire|firefights?)\b[^.]{0,45}$",
    re.IGNORECASE,
)


def _others(
    document_id: str, url: str | None, text: str, sentence: Sentence, hits: list[tuple[int, int, Trigger]]
) -> list[EventMention]:
    mentions = []
    for start, end, trigger in hits:
        if trigger.event_type != "other":
            continue
        if trigger.subtype == "outbreak" and not _FIGHTING_BEFORE.search(text, max(sentence.start, start - 40), end):
            continue  # "a fire broke out", "the volcano erupted": not the fighting this subtype codes
        mentions.append(
            EventMention(
                type="other",
                subtype=trigger.subtype,
                sentence=sentence.index,
                source=_source(document_id, url, text, sentence, start, end),
                # "agreed ... after talks mediated by Turkey and Qatar" (or "hosted by Qatar"): a
                # go-between stays one
                actors=[
                    a if a.role in ("mediator", "host") else a.model_copy(update={"role": "participant"})
                    for a in args.talks_actors(text, _near(text, sentence, start, end), start, end)
                ],
                location=args.location(text, _near(text, sentence, start, end), start),
                # "its first volley since the ceasefire began": the truce the story told of before.
                anaphoric=_SINCE_REFERENCE.search(text, max(sentence.start, start - 30), start) is not None,
                detection=0.7,
            )
        )
    return mentions


_SINCE_REFERENCE = re.compile(r"\bsince\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# "since Jan. 11, when the allies struck ...": the clause that tells what happened on that day.
_WHEN_CLAUSE = re.compile(r"(?:\s*,)?\s+when\b[^,;:]*", re.IGNORECASE)  # (sentence-internal dots: "U.S.")


def _strikes(
    document_id: str,
    url: str | None,
    text: str,
    sentence: Sentence,
    hits: list[tuple[int, int, Trigger]],
    times: list[TemporalExpression],
) -> list[EventMention]:
    """The sentence's strike, and apart from it one told in a "when" clause after a date.

    "They have traded strikes since Jan. 11, when the allies struck Houthi targets"
    reports a series and, on its first day, one strike: two happenings, two dates.
    """
    strike_hits = [h for h in hits if h[2].event_type == "strike"]
    speech_ends = [end for _, end, trigger in hits if trigger.event_type == "statement"]
    for time in times:
        clause = _WHEN_CLAUSE.match(text, time.end, sentence.end)
        if clause is None:
            continue
        inside = [h for h in strike_hits if clause.start() <= h[0] and h[1] <= clause.end()]
        outside = [h for h in strike_hits if h not in inside]
        if not inside or not outside:
            continue
        told = _strike(document_id, url, text, sentence, inside, speech_ends, times)
        if told is not None:
            source = told.source.model_copy(
                update={"time_text": time.text, "time_start": time.start, "time_end": time.end}
            )
            told = told.model_copy(update={"source": source})
        main = _strike(document_id, url, text, sentence, outside, speech_ends, times)
        return [m for m in (main, told) if m is not None]
    # "Monday's shelling followed a drone strike on Saturday": triggers near different times are
    # different attacks, as talks are.
    # "The barrage came hours after Israeli troops launched a ground incursion": a trigger after
    # "after", "before" or "following" tells another attack than those before it, as talks do.
    found = (
        _strike(document_id, url, text, sentence, part, speech_ends, times)
        for group in _by_nearest_time(text, strike_hits, times)
        for part in _by_subordinate_clause(text, group, _STRIKE_SUBORDINATOR)
    )
    return [strike for strike in found if strike is not None]


_SUBJECT_GAP = 30  # characters between "clashes" and the "broke out" it is the subject of


def _clash_that_broke_out(
    text: str, hits: list[tuple[int, int, Trigger]], others: list[EventMention]
) -> tuple[EventMention | None, list[EventMention]]:
    """ "Clashes broke out", "heavy clashes erupted": an armed clash, not an outbreak of something.

    A clash so reported is an event in itself, named or not, so it does not need the
    attacker, place or toll a bare "strike" needs to be kept.
    """
    for index, mention in enumerate(others):
        if mention.subtype != "outbreak":
            continue
        at = mention.source.trigger_start
        clash = next(
            (h for h in hits if h[2].subtype == "clash" and h[1] <= at and at - h[1] <= _SUBJECT_GAP),
            None,
        )
        if clash is None or "." in text[clash[1] : at]:
            continue
        source = mention.source.model_copy(
            update={"trigger": text[clash[0] : clash[1]], "trigger_start": clash[0], "trigger_end": clash[1]}
        )
        strike = mention.model_copy(
            update={"type": "strike", "subtype": "clash", "source": source, "actors": [], "detection": 0.7}
        )
        return strike, others[:index] + others[index + 1 :]
    return None, others


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
    recurring: dict[int, list[tuple[int, int]]] = {}
    for expression in expressions:
        if expression.value.timex_type == TimexType.SET:
            recurring.setdefault(expression.sentence, []).append((expression.start, expression.end))
    mentions: list[EventMention] = []
    swapped = False  # whether the story has told a prisoner exchange yet
    for position, sentence in enumerate(sentences):
        if sentence.boilerplate:
            continue
        if swapped:
            mentions += _other_exchanges(document_id, url, text, sentence)
        hits = _hits(text, sentence)
        if not hits:
            continue
        before = sentences[position - 1] if position else None
        in_sentence = _talks(document_id, url, text, sentence, hits, times.get(sentence.index, []))
        in_sentence = [_with_pronoun_party(text, sentence, before, m) for m in in_sentence]
        strikes = _strikes(document_id, url, text, sentence, hits, times.get(sentence.index, []))
        others = _others(document_id, url, text, sentence, hits)
        if not strikes:
            clash, others = _clash_that_broke_out(text, hits, others)
            strikes = [clash] if clash is not None else []
        in_sentence += strikes
        in_sentence += others
        in_sentence = [
            _with_both_sides(text, m, [*mentions[-_SIDES_BACK:], *in_sentence[:i]]) for i, m in enumerate(in_sentence)
        ]
        swapped = swapped or any(m.subtype == "prisoner_exchange" for m in others)
        if sentence.index in recurring:
            days = times.get(sentence.index, [])
            in_sentence = [m for m in in_sentence if not _habitual(text, m, recurring[sentence.index], days)]
        mentions += in_sentence  # (extended in place: copying the list per sentence would be quadratic)
        mentions += _statements(
            document_id, url, text, sentence, hits, blocked.get(sentence.index, []), mentions, before
        )
    return _full_names(mentions)


# "The last exchange, on Aug. 24,": once a story has told a prisoner exchange, "exchange" and
# "swap" alone name others ("the last prisoner exchange" is a trigger of its own); "the largest
# exchange since May" is the one told.
_OTHER_EXCHANGE = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?P<which>last|previous|earlier|prior|first|next|new)\s+"
    r"(?:exchange|swap)\b(?!\s+(?:of\s+fire|rates?|with\s+(?:reporters|journalists)))",
    re.IGNORECASE,
)


def _other_exchanges(document_id: str, url: str | None, text: str, sentence: Sentence) -> list[EventMention]:
    """Earlier or later prisoner exchanges a story about one names by the noun alone."""
    return [
        EventMention(
            type="other",
            subtype="prisoner_exchange",
            sentence=sentence.index,
            source=_source(document_id, url, text, sentence, found.start("which"), found.end()),
            attributes=EventAttributes(planned=found.group("which").lower() in ("next", "new")),
            detection=0.7,
        )
        for found in _OTHER_EXCHANGE.finditer(text, sentence.start, sentence.end)
    ]


# "He will visit Vienna on Wednesday": a pronoun opening the clause of a talks trigger.
_PRONOUN_SUBJECT = re.compile(r"(?:he|she)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)


def _with_pronoun_party(text: str, sentence: Sentence, before: Sentence | None, mention: EventMention) -> EventMention:
    """ "Indian Prime Minister Narendra Modi arrived in Moscow. He will visit Vienna": the country of
    the person the sentence before opens with takes part in the talks a pronoun subject holds."""
    if before is None:
        return mention
    if not _PRONOUN_SUBJECT.fullmatch(text, sentence.start, mention.source.trigger_start):
        return mention
    person = _opening_person(text, before)
    if person is None or person.country is None:
        return mention
    if any(a.name == person.country for a in mention.actors):
        return mention  # "He will meet Ukraine's ...": the pronoun's side is named already
    # A participant named after the trigger is the other side: "He will meet U.S. envoy Keith Kellogg".
    party = Actor(name=person.country, role="participant", kind="country", country=person.country, text=person.text)
    return mention.model_copy(update={"actors": [*mention.actors, party]})


# "the two sides", "both countries", "the neighbours": the two sides the story has just told of
_BOTH_SIDES = re.compile(
    r"\b(?:the\s+two\s+(?:sides|countries|nations|neighbou?rs|governments|leaders|delegations|armies)"
    r"|both\s+(?:sides|countries|nations|governments|leaders|delegations|armies)|the\s+neighbou?rs)\b",
    re.IGNORECASE,
)
_BOTH_SIDES_REACH = 60  # characters around the trigger in which "the two sides" is its subject or object
_SIDES_BACK = 20  # mentions back in which the two sides were told


def _two_sides(previous: list[EventMention]) -> list[str] | None:
    """The two countries the latest earlier mention naming sides names (parties, or attacker and
    target); None when the latest names more than two."""
    for earlier in reversed(previous[-_SIDES_BACK:]):
        sides = [a for a in earlier.actors if a.kind == "country" and a.role in ("participant", "attacker", "target")]
        names = sorted({a.name for a in sides})
        if len(names) == 2:
            return names
        if len(names) > 2:
            return None  # the latest sides told are more than two: which two is not said
    return None


def _both_speak(text: str, speaker: Actor, previous: list[EventMention]) -> list[Actor] | None:
    """ "Participants from both sides described the talks as productive": the two sides speak."""
    if speaker.kind in ("person", "country") or _BOTH_SIDES.search(speaker.text) is None:
        return None
    names = _two_sides(previous)
    if names is None:
        return None
    return [Actor(name=name, role="speaker", kind="country", country=name, text=name) for name in names]


def _with_both_sides(text: str, mention: EventMention, previous: list[EventMention]) -> EventMention:
    """ "India and Pakistan exchanged fire ... The two sides agreed to halt it": the two countries
    the latest earlier mention names as its two sides (its parties, or attacker and target) are
    the parties of talks or an agreement that names only "the two sides"."""
    if mention.type not in ("talks", "other") or any(a.role == "participant" for a in mention.actors):
        return mention
    if mention.anaphoric:
        return mention  # "the meeting" refers to talks told, which have their parties
    source = mention.source
    window = (max(source.sentence_start, source.trigger_start - _BOTH_SIDES_REACH), source.trigger_start)
    if (
        _BOTH_SIDES.search(text, *window) is None
        and _BOTH_SIDES.search(
            text, source.trigger_end, min(source.sentence_end, source.trigger_end + _BOTH_SIDES_REACH)
        )
        is None
    ):
        return mention
    names = _two_sides(previous)
    if names is None:
        return mention
    parties = [Actor(name=name, role="participant", kind="country", country=name, text=name) for name in names]
    return mention.model_copy(update={"actors": [*mention.actors, *parties]})


_HABIT_REACH = 60  # characters between a trigger and the recurring time of its clause
# "the weekly cabinet meeting", "near daily Israeli strikes": an adjective before the noun.
_ADJECTIVE_GAP = re.compile(r"(?:\s+[\w-]+){0,2}\s+")
_FRONTED_GAP = re.compile(r",\s+")  # "Every Monday, envoys meet": fronted, then the clause


def _habitual(
    text: str, mention: EventMention, recurring: list[tuple[int, int]], times: list[TemporalExpression]
) -> bool:
    """ "The negotiators meet twice a week", "Russia shells the town daily": a habit, not one
    happening to put on a timeline. A recurring word right before the noun ("the weekly cabinet
    meeting on Sunday") names one meeting of a series, which is an event; so does a habit held
    within a period ("shelled Kherson daily in January", "struck every day last week"): a series
    of that period, dated by it."""
    start, end = mention.source.trigger_start, mention.source.trigger_end
    if any(_bounds(text, start, end, time) for time in times):
        return False
    for set_start, set_end in recurring:
        if set_end <= start:
            if text[set_start:set_end].lower().endswith("ly") and _ADJECTIVE_GAP.fullmatch(text, set_end, start):
                continue
            gap_start, gap_end = set_end, start
            fronted = set_start == mention.source.sentence_start and _FRONTED_GAP.match(text, set_end)
            if fronted:
                gap_start = fronted.end()
        else:
            gap_start, gap_end = end, max(end, set_start)
        if gap_end - gap_start <= _HABIT_REACH and CLAUSE_BREAK.search(text, gap_start, gap_end) is None:
            return True
    return False


# Periods that hold a series: "in January", "last week", "on Monday"; not a run from or until a
# day ("have met weekly since January"), which tells the habit, not when it happened.
_HOLDING_SIGNALS = frozenset({"in", "on", "during"})


def _bounds(text: str, start: int, end: int, time: TemporalExpression) -> bool:
    """Whether ``time`` is a period in the trigger's clause that a habit there is held within."""
    if time.value.timex_type not in (TimexType.DATE, TimexType.TIME) or time.value.precision == Precision.UNKNOWN:
        return False
    if time.signal is not None and time.signal not in _HOLDING_SIGNALS:
        return False
    gap_start, gap_end = (time.end, start) if time.end <= start else (end, max(end, time.start))
    return gap_end - gap_start <= _HABIT_REACH and CLAUSE_BREAK.search(text, gap_start, gap_end) is None


def _full_names(mentions: list[EventMention]) -> list[EventMention]:
    """ "Vikram Misri said ... Misri told a briefing": a surname alone is the person the story named
    in full, when it named only one person by that surname; else two speakers would stay apart."""
    by_surname: dict[str, Actor | None] = {}
    particles = args.speakers().name_particles
    for mention in mentions:
        for actor in mention.actors:
            words = actor.name.split()
            if (
                actor.kind == "person"
                and 1 < len(words) <= 5
                and words[0] not in particles
                and all(_NAME_WORD.fullmatch(w) or w in particles for w in words)
            ):
                for surname in _surnames(words):
                    known = by_surname.setdefault(surname, actor)
                    if known is not None and known.name != actor.name:
                        by_surname[surname] = None  # two people of that name: the surname says neither
    if not by_surname:
        return mentions
    gaz = gazetteer()
    resolved = []
    for mention in mentions:
        actors = [
            full.model_copy(update={"role": actor.role, "text": actor.text})
            if actor.kind in _NAMEABLE_KINDS
            and all(w.lower() in particles for w in actor.name.split()[:-1])  # "Misri", "de Cholet"
            and (full := by_surname.get(actor.name)) is not None
            and actor.name not in gaz.places  # a country or a region is no surname
            else actor
            for actor in mention.actors
        ]
        changed = any(a is not b for a, b in zip(actors, mention.actors, strict=True))
        resolved.append(mention.model_copy(update={"actors": actors}) if changed else mention)
    return resolved


def _surnames(words: list[str]) -> tuple[str, ...]:
    """What a person's full name is written as alone: "al-Burhan" is also "Burhan", "Philippe de
    Cholet" is "de Cholet" and "Cholet", "Ursula von der Leyen" is "von der Leyen"."""
    last_word = words[-1]
    particle, _, rest = last_word.partition("-")
    found = [last_word, rest] if rest and particle.islower() else [last_word]
    particles = args.speakers().name_particles
    first = len(words) - 1
    while first > 1 and words[first - 1] in particles:
        first -= 1
    if first < len(words) - 1:
        alone = " ".join(words[first:])
        found += [alone, alone[0].upper() + alone[1:]]  # "Von der Leyen said", opening a sentence
    return tuple(found)


_NAMEABLE_KINDS = frozenset({"person", "organisation", "unknown"})  # a country is never a surname
# A word of a person's name: "Vikram", "McKinnon", "O'Brien", "F.", or a particle joined to it ("al-Burhan").
_NAME_WORD = re.compile(
    r"[A-Z][a-z]{0,30}(?:[A-Z][a-z]{1,30})?(?:['’-][A-Z]?[a-z]{1,30}){0,3}\.?"
    r"|(?:al|el|bin|ibn|de|da|van|von)-?[A-Z][a-z]{1,30}"
)
