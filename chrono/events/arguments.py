"""Who, where, what was said and how many: the arguments of an event mention.

Each function reads one sentence (with its offset in the document) and returns
models; none of them decides whether there is an event. Names are normalised
through the gazetteer and organisation list, so "Kyiv officials" and
"Ukrainian President" both point to Ukraine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from chrono.events.lexicon import Place, gazetteer, ordinals, speakers
from chrono.models import Actor, ActorKind, ActorRole, Location, Quantity, Sentence

_TOKEN = re.compile(r"[\w’'.-]+|[,;:()—–“”\"]")
_QUOTE = re.compile(r"“([^“”]{1,400})”|\"([^\"]{1,400})\"")
_ORDINAL_WORDS = "|".join(sorted((re.escape(k) for k in ordinals()), key=len, reverse=True))
_ROUND = re.compile(rf"\b(?:(?P<ord>{_ORDINAL_WORDS})\s+round|round\s+(?P<num>[0-9]{{1,2}})\b)", re.IGNORECASE)
_DAY_NUMBER = re.compile(rf"\b(?P<ord>{_ORDINAL_WORDS})\s+day\b", re.IGNORECASE)
_NUMBER = r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?"
_VAGUE_AMOUNTS = {
    "hundreds of thousands": 100_000,
    "tens of thousands": 10_000,
    "thousands": 1_000,
    "hundreds": 100,
    "dozens": 12,
    "millions": 1_000_000,
}
_CLAUSE_END = re.compile(r"[;:]|\s[—–]\s")
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?$")
_CLAUSE_MARK = re.compile(r"[,;:()]|\s[—–]\s")
_MEDIATOR = re.compile(r"\b(?:mediated|brokered|facilitated|hosted|chaired)\s+by\b", re.IGNORECASE)
# "talks between Russia and Ukraine", "talks with Iran": the parties follow the trigger.
_PARTIES_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:between|with|among)\s", re.IGNORECASE)


@dataclass(frozen=True)
class Entity:
    """A named place, demonym or organisation found in the text."""

    start: int
    end: int
    text: str
    name: str  # the country or organisation it stands for
    kind: ActorKind
    place: Place | None


def entities(text: str, start: int, end: int) -> list[Entity]:
    """Places, demonyms and organisations in ``text[start:end]``, in order, none overlapping."""
    gaz = gazetteer()
    spk = speakers()
    found: list[Entity] = []
    for match in spk.organisation_pattern.finditer(text, start, end):
        name = spk.organisations[match.group()]
        found.append(Entity(match.start(), match.end(), match.group(), name, "organisation", None))
    for match in gaz.pattern.finditer(text, start, end):
        surface = match.group()
        if any(e.start < match.end() and match.start() < e.end for e in found):
            continue
        if surface in gaz.places:
            place = gaz.places[surface]
            found.append(Entity(match.start(), match.end(), surface, place.country, "country", place))
        else:
            found.append(Entity(match.start(), match.end(), surface, gaz.demonyms[surface], "country", None))
    return sorted(found, key=lambda e: e.start)


def _actor(entity: Entity, role: ActorRole) -> Actor:
    return Actor(
        name=entity.name,
        role=role,
        kind=entity.kind,
        country=entity.name if entity.kind == "country" else None,
        text=entity.text,
    )


def _is_name_token(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


def speaker_phrase(
    text: str, sentence: Sentence, verb_start: int, blocked: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Span of the noun phrase right before a speech verb, or None when there is none.

    Walks back over capitalised words, connectors ("of", "for", "the", "from") and
    body nouns ("officials"); an apposition before a comma ("Ukrainian President,
    Volodymyr Zelenskyy, said") is included. Time expressions (``blocked``) stop it.
    """
    spk = speakers()
    connectors = {"of", "for", "the", "from", "both", "two", "de", "al", "and", "’s", "'s"}
    qualifier_words = {w for q in spk.party_qualifiers for w in q.split()}
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, sentence.start, verb_start)]
    phrase_start: int | None = None
    phrase_end: int | None = None
    index = len(tokens) - 1
    # Allow a trailing comma before the verb ("Volodymyr Zelenskyy, said").
    while index >= 0 and tokens[index][2] == ",":
        index -= 1
    while index >= 0:
        start, end, token = tokens[index]
        lower = token.lower()
        if any(s <= start < e for s, e in blocked):
            break
        if token == ",":
            # Continue through an apposition only if the part before it is a title or demonym.
            before = index - 1
            if before >= 0 and (
                spk.titles.fullmatch(tokens[before][2])
                or tokens[before][2] in gazetteer().demonyms
                or tokens[before][2].lower() in spk.title_words
            ):
                index -= 1
                continue
            break
        if lower in spk.discourse or lower in ("which", "who", "that", "whom", "as", "while"):
            break
        acceptable = (
            _is_name_token(token)
            or lower in connectors
            or lower in spk.body_nouns
            or lower in qualifier_words
            or lower in spk.pronouns
        )
        if not acceptable:
            break
        phrase_start = start
        if phrase_end is None:
            phrase_end = end
        index -= 1
        if lower in spk.pronouns:
            break
    if phrase_start is None or phrase_end is None:
        return None
    # Drop leading connectors ("the Institute" keeps "Institute ..."; "and Kyiv" keeps "Kyiv").
    phrase = text[phrase_start:phrase_end]
    lead = re.match(r"(?:(?:the|and|of|for|from)\s+)+", phrase, re.IGNORECASE)
    if lead:
        phrase_start += lead.end()
    return (phrase_start, phrase_end) if phrase_start < phrase_end else None


def speaker_actor(text: str, start: int, end: int, sentence_start: int) -> Actor | None:
    """Normalise a speaker phrase to an Actor, or None when it names no one."""
    spk = speakers()
    phrase = text[start:end]
    words = phrase.split()
    lower_words = [w.lower().strip(",") for w in words]
    if len(words) == 1 and lower_words[0] in spk.pronouns:
        return Actor(name=phrase, role="speaker", kind="unknown", text=phrase)
    if all(w in spk.unnamed or w in ("the", "some", "many") for w in lower_words):
        return None
    found = entities(text, start, end)
    title_match = spk.titles.search(phrase)
    title = title_match.group() if title_match else None
    covered = {i for e in found for i in range(e.start - start, e.end - start)}
    if title_match:
        covered |= set(range(title_match.start(), title_match.end()))
    # A person's name: capitalised words not explained as place, organisation or title.
    name_words = []
    position = 0
    for word in phrase.replace(",", " ").split():
        at = phrase.find(word, position)
        position = at + len(word)
        if at in covered or not word[:1].isupper() or word.lower() in spk.body_nouns:
            if name_words:
                break
            continue
        if word.lower() in ("the", "of", "for") or word.lower() in spk.discourse:
            continue
        name_words.append(word.strip("’'s") if word.endswith(("’s", "'s")) else word)
    has_body = any(w in spk.body_nouns for w in lower_words)
    has_party = any(q in phrase.lower() for q in spk.party_qualifiers)
    organisation = next((e for e in found if e.kind == "organisation"), None)
    country = next((e for e in found if e.kind == "country"), None)
    if organisation:
        return Actor(name=organisation.name, role="speaker", kind="organisation", text=phrase)
    if len(name_words) >= 2 or (len(name_words) == 1 and title is not None):
        return Actor(
            name=" ".join(name_words),
            role="speaker",
            kind="person",
            country=country.name if country else None,
            title=title,
            text=phrase,
        )
    if country:
        return Actor(name=country.name, role="speaker", kind="country", country=country.name, title=title, text=phrase)
    if has_body and has_party:
        return Actor(name=phrase, role="speaker", kind="group", text=phrase)
    if name_words and start > sentence_start and (has_body or len(name_words) >= 1):
        # A single capitalised word that is not sentence-initial: a name we do not know.
        return Actor(
            name=" ".join(name_words),
            role="speaker",
            kind="organisation" if has_body else "person",
            title=title,
            text=phrase,
        )
    return None


def _clause_bounds(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: up to the nearest comma, semicolon or dash."""
    left = sentence.start
    for match in _CLAUSE_MARK.finditer(text, sentence.start, start):
        left = match.end()
    right_match = _CLAUSE_MARK.search(text, end, sentence.end)
    return left, right_match.start() if right_match else sentence.end


def talks_actors(text: str, sentence: Sentence, trigger_start: int, trigger_end: int) -> list[Actor]:
    """Participants ("talks between X and Y", "X and Y met", "talks with Z") and mediators ("mediated by M").

    Only the trigger's own clause and a "between" or "with" phrase right after it
    count: a country named elsewhere in the sentence is rarely a party to the talks.
    """
    actors: list[Actor] = []
    mediator_at = _MEDIATOR.search(text, sentence.start, sentence.end)
    if mediator_at:
        stop = _CLAUSE_MARK.search(text, mediator_at.end(), sentence.end)
        role: ActorRole = "host" if mediator_at.group().lower().startswith("hosted") else "mediator"
        for entity in entities(text, mediator_at.end(), stop.start() if stop else sentence.end)[:2]:
            actors.append(_actor(entity, role))
    clause_start, _ = _clause_bounds(text, sentence, trigger_start, trigger_end)
    spans = [(clause_start, trigger_start)]
    after = _PARTIES_AFTER.match(text, trigger_end)
    if after:
        stop = _CLAUSE_MARK.search(text, after.end(), sentence.end)
        spans.append((after.end(), stop.start() if stop else sentence.end))
    for span_start, span_end in spans:
        for entity in entities(text, span_start, span_end):
            if mediator_at and mediator_at.start() <= entity.start:
                continue
            if _is_location(text, entity) or (entity.place is not None and entity.place.kind == "city" and not after):
                continue  # "talks in Istanbul": a venue, not a party
            if all(a.name != entity.name for a in actors):
                actors.append(_actor(entity, "participant"))
    return actors


def _is_location(text: str, entity: Entity) -> bool:
    before = text[max(0, entity.start - 12) : entity.start].lower()
    return bool(re.search(r"\b(?:in|at|near|outside|inside|to|across)\s+(?:the\s+)?$", before))


def strike_actors(text: str, sentence: Sentence, trigger_start: int) -> list[Actor]:
    """Attacker (the subject before the trigger, or "by X") and target (after it)."""
    actors: list[Actor] = []
    before = [e for e in entities(text, sentence.start, trigger_start) if not _is_location(text, e)]
    after = entities(text, trigger_start, sentence.end)
    for entity in after:
        lead = text[max(0, entity.start - 8) : entity.start].lower()
        if _BY_AGENT.search(lead):
            actors.append(_actor(entity, "attacker"))
            break
    if not actors and before:
        actors.append(_actor(before[-1], "attacker"))
    attacker = actors[0].name if actors else None
    for entity in after:
        if attacker is None and _is_location(text, entity):
            continue  # "drones struck plants in Aleppo": a place, not a party, when no attacker is named
        if entity.name != attacker and all(a.name != entity.name for a in actors):
            actors.append(_actor(entity, "target"))
            break
    return actors


def location(text: str, sentence: Sentence, trigger_start: int) -> Location | None:
    """The place the event happened: "in the UAE", "held in the Emirati capital", "in Kyiv"."""
    gaz = gazetteer()
    candidates: list[tuple[int, Location]] = []
    for match in gaz.demonym_capital.finditer(text, sentence.start, sentence.end):
        capital = gaz.capitals[gaz.demonyms[match.group("demonym")]]
        candidates.append(
            (
                match.start(),
                Location(
                    name=capital.name,
                    country=capital.country,
                    kind="city",
                    latitude=capital.latitude,
                    longitude=capital.longitude,
                    text=match.group(),
                ),
            )
        )
    for entity in entities(text, sentence.start, sentence.end):
        if entity.place is None or not _is_location(text, entity):
            continue
        place = entity.place
        candidates.append(
            (
                entity.start,
                Location(
                    name=place.name,
                    country=place.country,
                    kind="city" if place.kind == "city" else "country",
                    latitude=place.latitude,
                    longitude=place.longitude,
                    text=entity.text,
                ),
            )
        )
    if not candidates:
        return None
    # The nearest place after the trigger, else the nearest before it.
    after = [c for c in candidates if c[0] >= trigger_start]
    chosen = min(after, key=lambda c: c[0]) if after else max(candidates, key=lambda c: c[0])
    return chosen[1]


def quotes(sentence: Sentence) -> list[str]:
    return [m.group(1) or m.group(2) for m in _QUOTE.finditer(sentence.text)]


def claim(text: str, sentence: Sentence, verb_end: int) -> str | None:
    """What a statement asserts: the rest of the clause after the speech verb."""
    rest = text[verb_end : sentence.end].strip()
    rest = re.sub(r"^(?:that|on\s+\w+\s+that)\s+", "", rest, flags=re.IGNORECASE)
    rest = rest.rstrip(".")
    return rest[:400] or None


@cache
def _quantity_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    units = "|".join(re.escape(u) for u in speakers().quantity_units)
    vague = "|".join(re.escape(v) for v in sorted(_VAGUE_AMOUNTS, key=len, reverse=True))
    counted = re.compile(
        rf"(?:(?P<num>{_NUMBER})|(?P<vague>{vague}))(?:\s+of)?(?:\s+[A-Za-z-]+)?\s+(?P<unit>{units})\b"
        rf"|(?P<pct>{_NUMBER})\s*(?:per\s?cent|percent|%)",
        re.IGNORECASE,
    )
    # Bounded gap ({0,60}) keeps this linear: at most 60 steps per starting amount.
    without_power = re.compile(
        rf"(?P<vague>{vague})\s[^.;]{{0,60}}?\bwithout\s(?:electricity|power|heating|water)", re.IGNORECASE
    )
    return counted, without_power


def quantities(sentence: Sentence) -> list[Quantity]:
    """Counts a reader wants on a timeline: casualties, people affected, percentages."""
    found: list[Quantity] = []
    pattern, without_power = _quantity_patterns()
    for match in pattern.finditer(sentence.text):
        if match.group("pct"):
            found.append(Quantity(value=float(match.group("pct").replace(",", "")), unit="percent", text=match.group()))
        elif match.group("num"):
            found.append(
                Quantity(
                    value=float(match.group("num").replace(",", "")),
                    unit=match.group("unit").lower(),
                    text=match.group(),
                )
            )
        else:
            low = _VAGUE_AMOUNTS[" ".join(match.group("vague").lower().split())]
            found.append(
                Quantity(
                    value=None, low=float(low), unit=match.group("unit").lower(), text=match.group(), approximate=True
                )
            )
    # "hundreds of thousands in Ukrainian cities without electricity": people left without power.
    for match in without_power.finditer(sentence.text):
        low = _VAGUE_AMOUNTS[" ".join(match.group("vague").lower().split())]
        if not any(q.text.startswith(match.group("vague")) for q in found):
            found.append(
                Quantity(value=None, low=float(low), unit="people without power", text=match.group(), approximate=True)
            )
    return found


def round_number(sentence: Sentence, trigger_start: int) -> int | None:
    """The round a talks trigger belongs to: "the second round of talks", "round 3"."""
    best: tuple[int, int] | None = None
    for match in _ROUND.finditer(sentence.text):
        distance = abs(sentence.start + match.start() - trigger_start)
        value = ordinals()[match.group("ord").lower()] if match.group("ord") else int(match.group("num"))
        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1] if best else None


def day_number(sentence: Sentence) -> int | None:
    """Day N of a multi-day event: "entered its second day"."""
    match = _DAY_NUMBER.search(sentence.text)
    return ordinals()[match.group("ord").lower()] if match else None
