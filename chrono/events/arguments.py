"""Who, where, what was said and how many: the arguments of an event mention.

Each function reads one sentence (with its offset in the document) and returns
models; none of them decides whether there is an event. Names are normalised
through the gazetteer and organisation list, so "Kyiv officials" and
"Ukrainian President" both point to Ukraine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from chrono.events.lexicon import Person, Place, gazetteer, ordinals, people, speakers, triggers
from chrono.models import Actor, ActorKind, ActorRole, Location, Quantity, Sentence
from chrono.temporal.lexicon import count_of, word_classes
from chrono.temporal.refiners.weekdays import SPEECH_VERBS
from chrono.temporal.tense import is_past_verb
from chrono.text.wordlist import WordList

_TOKEN = re.compile(r"[\w’'.-]+|[,;:()—–“”\"]")
_QUOTE = re.compile(r"“([^“”]{1,400})”|\"([^\"]{1,400})\"")
_ORDINAL_WORDS = "|".join(sorted((re.escape(k) for k in ordinals()), key=len, reverse=True))
_ROUND = re.compile(rf"\b(?:(?P<ord>{_ORDINAL_WORDS})\s+round|round\s+(?P<num>[0-9]{{1,2}})\b)", re.IGNORECASE)
_DAY_NUMBER = re.compile(
    rf"\b(?P<ord>{_ORDINAL_WORDS})\s+(?:(?:consecutive|straight|successive)\s+)?day\b", re.IGNORECASE
)
# "shelled the city for a third consecutive day": what went on day after day, up to this one.
_DAYS_RUNNING = re.compile(
    rf"\bfor\s+(?:a|the)\s+(?P<ord>{_ORDINAL_WORDS})\s+(?:(?:consecutive|straight|successive)\s+)?day\b",
    re.IGNORECASE,
)
# The word each of those needs. Most sentences lack it, and looking for one word is several
# times cheaper than letting an alternation of every ordinal scan the sentence.
_ROUND_WORD = re.compile("round", re.IGNORECASE)
_DAY_WORD = re.compile("day", re.IGNORECASE)
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
# A word of a place's name: "Kamenka", "Kiryat", "Ivano-Frankivsk", and with an Arabic article,
# "al-Bab", "el-Balah" ("Deir el-Balah", "Ras al-Ain").
_PLACE_WORD = r"(?:[A-Z][a-z]+|(?:al|el|ad|ar|as|ash|at|az|an|ed|ud|ul)-[A-Z][a-z]+)(?:-[A-Z][a-z]+)?"
# A place the gazetteer does not know: "near Kyaung Lae Village", "in Banmauk Township".
_UNKNOWN_PLACE = re.compile(
    r"\b(?:in|near|at|outside)\s+(?:the\s+)?" rf"(?P<place>{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,3}})"
)
# "the port of", "the town of": what may stand before a place's name, like a preposition.
_PLACE_NOUN_OF = r"\b(?:port|city|town|village)\s+of\s+"
# "the town of Walikale", "the village of Kyaung Lae": a named place the gazetteer does not know.
_PLACE_OF = re.compile(_PLACE_NOUN_OF + rf"(?P<place>{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}})")
_PLACE_KINDS = frozenset(
    {"Village", "Township", "Town", "City", "Province", "District", "Region", "State", "County", "Camp", "Square"}
)
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?$")
_CLAUSE_MARK = re.compile(r"[,;:()]|\s[—–]\s")
_MEDIATOR = re.compile(r"\b(?:mediated|brokered|facilitated|hosted|chaired|(?:co-)?sponsored)\s+by\b", re.IGNORECASE)
# "EU-mediated talks", "Qatari-brokered negotiations": the mediator written before the trigger.
_MEDIATOR_BEFORE = re.compile(
    r"(?P<mediator>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})-(?:mediated|brokered|facilitated|hosted|led|sponsored)\s+(?:[\w-]+\s+){0,3}$"
)
_MEDIATED_AFTER = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){0,2}?(?P<mediator>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})-"
    r"(?P<how>mediated|brokered|facilitated|hosted|sponsored)\s"
)
# "talks between Russia and Ukraine", "talks with Iran": the parties follow the trigger.
_PARTIES_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:between|with|among)\s", re.IGNORECASE)
# "met Egyptian President X": the object of a transitive "meet" is the other party.
_MEET_VERBS = frozenset({"met", "meet", "meets", "meeting"})
_MEDIATOR_NOUN_AFTER = re.compile(
    r"(?:,?\s{1,3}(?:and\s{1,3})?[A-Z][\w-]{1,30}){0,3}\s{1,3}(?:mediators?|go-betweens?)\b"
)
# The verb of a "hosted <guest>" or "summoned <envoy>" trigger: whom it takes is a party.
_HOSTED = re.compile(r"(?i:host(?:ed|s|ing)?|summon(?:ed|s|ing)?)\s+")
_MET_OBJECT = re.compile(r"\s+(?=[A-Z])")
# "Egypt hosted a summit", "Qatar will host the next round": the subject of "host" is the host.
_HOSTS_BEFORE = re.compile(
    r"\s+(?:(?:will|would|is|was|has|had|to)\s+)?host(?:ed|s|ing)?\s+(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)
# "met his Omani counterpart": the other party is named by its country's adjective.
_COUNTERPART_AFTER = re.compile(
    r"\s+(?:with\s+)?(?:his|her|their|its)\s+(?P<party>(?:[\w-]+\s+){1,2}?)counterparts?\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Entity:
    """A named place, demonym or organisation found in the text."""

    start: int
    end: int
    text: str
    name: str  # the country or organisation it stands for
    kind: ActorKind
    place: Place | None
    person: bool = False  # a known person's name, standing for their side ("Putin": Russia)


def entities(text: str, start: int, end: int) -> list[Entity]:
    """Places, demonyms, organisations and the sides of known people in ``text[start:end]``, in
    order, none overlapping: "Putin" stands for Russia as "Russian" does."""
    gaz = gazetteer()
    spk = speakers()
    found: list[Entity] = []
    for match in spk.organisation_pattern.finditer(text, start, end):
        name = spk.organisations[match.group()]
        found.append(Entity(match.start(), match.end(), match.group(), name, "organisation", None))
    for match in people().pattern.finditer(text, start, end):
        person = known_person(text, match, shared=True)
        if person is None or any(e.start < match.end() and match.start() < e.end for e in found):
            continue
        kind: ActorKind = "country" if person.side_kind == "country" else "organisation"
        found.append(Entity(match.start(), match.end(), match.group(), person.side, kind, None, person=True))
    for match in _ELLIPTIC_PAIR.finditer(text, start, end):
        # "South and North Korea": two countries sharing one noun ("North Korea" is found below)
        first = f"{match.group('first')} {match.group('noun')}"
        if first in gaz.places and gaz.places[first].kind == "country":
            place = gaz.places[first]
            found.append(Entity(match.start(), match.end("first"), first, place.country, "country", place))
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


_ELLIPTIC_PAIR = re.compile(
    r"\b(?P<first>North|South|East|West)\s+and\s+(?:North|South|East|West)\s+(?P<noun>[A-Z][a-z]+)\b"
)
# A capitalised word right before a surname that is no title makes it another person's
# ("Michael Gallant"); "President Putin", "On Monday Putin", "Russia's Putin" keep it.
_WORD_BEFORE_NAME = re.compile(r"(?<![\w.’'-])([A-Z][\w’'-]*)[ ]$")
# "Xi'an": a letter after an apostrophe, other than a possessive's, continues the word.
_APOSTROPHE_WORD = re.compile(r"['’][a-rt-z]")


def known_person(text: str, match: re.Match[str], *, shared: bool) -> Person | None:
    """The person of ``people.json`` a found name stands for. A full name always; a surname
    alone unless a capitalised word that is no title stands right before it, or the word goes on
    ("Xi'an"). ``shared``: a surname two people of one side share gives one of them (for a side)."""
    known = people()
    surface = match.group()
    if surface in known.by_name:
        return known.by_name[surface]
    if _APOSTROPHE_WORD.match(text, match.end()):
        return None
    before = _WORD_BEFORE_NAME.search(text, max(0, match.start() - 40), match.start())
    if before is not None:
        word = before.group(1)
        spk, places = speakers(), gazetteer()
        is_title = spk.titles.fullmatch(word) or word.lower() in spk.title_words or word in spk.honorifics
        other_name = not (is_title or word in places.demonyms or word in places.places or word in _NOT_GIVEN_NAMES)
        # "Tayyip Erdogan" is Recep Tayyip Erdogan: a word of the known full name is no other person's
        theirs = all(word in person.name.split() for person in known.by_surname.get(surface, ()))
        if other_name and not theirs and word not in _calendar_names() and not word.endswith(("'s", "’s")):
            return None
    return known.side_of(surface) if shared else known.one_named(surface)


def _actor(entity: Entity, role: ActorRole) -> Actor:
    return Actor(
        name=entity.name,
        role=role,
        kind=entity.kind,
        country=entity.name if entity.kind == "country" else None,
        text=entity.text,
    )


# "al-Ansari", "el-Sisi", "bin-Salman": a name after a lower-case particle.
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")


def _is_name_token(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit() or _PARTICLE_NAME.match(token) is not None


# Words that stand between a subject and its speech verb ("has also warned").
_AUXILIARIES = frozenset(
    {
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "also",
        "separately",
        "later",
        "previously",
        "reportedly",
        "officially",
        "publicly",
        "again",
        "then",
        "first",
        "further",
        "repeatedly",
        "earlier",
        "initially",
    }
)
_INVERTED_VERBS = frozenset({"said", "says", "added", "wrote", "noted"})  # not "told X": X is told


@cache
def _inverted_speaker_pattern() -> re.Pattern[str]:
    """ "..., said Chip Allen", "said Philippe de Cholet": the name's particles are in speakers.json."""
    particles = "|".join(sorted(re.escape(p) for p in speakers().name_particles))
    inner = rf"(?:(?:{particles})\s+){{0,2}}"
    return re.compile(
        rf"\s+(?:the\s+)?(?P<speaker>(?:[A-Z][\w’'.-]*\s+{inner}){{0,4}}[A-Z][\w’'.-]*"
        r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'.-]*){0,3})"
    )


_BY_AFTER_TRIGGER = re.compile(r"(?:the|a)\s+statement(?:\s+issued)?\s+by", re.IGNORECASE)
_STATEMENT_BY = re.compile(r"\b(?:statement|communique|communiqué|release)\s+(?:issued\s+)?by\s+$", re.IGNORECASE)


_RELATIVE_REACH = 40  # tokens of a ", who ..." or ", which ..." clause between a speaker and the verb


def _relative_clause_start(tokens: list[tuple[int, int, str]], comma: int) -> int | None:
    """Index of "who", "which" or a participle when ``comma`` closes such a clause, else None.

    A "who" clause may hold commas of its own ("who lived in London from 1968, when ..."); a
    "which" clause is taken only without them, since "which" also opens clauses about the
    last noun of a quotation or a list ("abortion, which he called ...,'' X, a spokesman, said").
    """
    crossed_comma = False
    for index in range(comma - 1, max(1, comma - _RELATIVE_REACH) - 1, -1):
        token = tokens[index][2]
        if token in (";", ":", "“", "”", '"', "''", "—", "–"):
            return None
        crossed_comma = crossed_comma or token == ","
        lower = token.lower()
        if lower == "who" or (lower in _ASIDE_OPENERS and not crossed_comma):
            return index if tokens[index - 1][2] == "," else None
    return None


# Participles that open an aside between a speaker and the verb ("Zelenskyy, speaking on
# Wednesday evening, said"); like "which", taken only without commas of their own.
ASIDE_PARTICIPLES = frozenset(
    {"speaking", "writing", "addressing", "talking", "responding", "commenting", "asked", "interviewed"}
)
_ASIDE_OPENERS = ASIDE_PARTICIPLES | {"which"}


def speaker_phrase(
    text: str, sentence: Sentence, verb_start: int, blocked: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Span of the noun phrase that says something, or None when there is none.

    Walks back from the verb over auxiliaries ("has warned"), a time adjunct ("on
    Thursday announced") and a relative "who" ("X, who has announced"), then over
    the noun phrase: capitalised words, connectors ("of", "for", "the"), body nouns
    and their modifiers ("defense ministry"). An apposition before a comma
    ("Ukrainian President, Volodymyr Zelenskyy, said") is included. With nothing
    before the verb, an inverted speaker after it counts ("said Chip Allen").
    """
    spk = speakers()
    connectors = {"of", "for", "the", "from", "both", "two", "and", "’s", "'s", "by", *spk.name_particles}
    qualifier_words = {w for q in spk.party_qualifiers for w in q.split()}
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, sentence.start, verb_start)]
    index = len(tokens) - 1

    nearby = [(s, e) for s, e in blocked if e > sentence.start and s < verb_start]

    def in_time_expression(position: int) -> bool:
        return any(s <= position < e for s, e in nearby)

    # Between subject and verb: commas, auxiliaries, adverbs and a time adjunct.
    through_which = False
    while index >= 0:
        start, _, token = tokens[index]
        lower = token.lower()
        preposition_of_time = (
            lower in ("on", "in", "at") and index + 1 < len(tokens) and in_time_expression(tokens[index + 1][0])
        )
        if token == "," and (who := _relative_clause_start(tokens, index)) is not None:
            through_which = through_which or tokens[who][2].lower() == "which"
            index = who - 2  # "X, who has announced aid to the victims, said": X is the speaker
        elif token == "," or lower in _AUXILIARIES or in_time_expression(start) or preposition_of_time:
            index -= 1
        elif lower == "who" and index >= 1 and tokens[index - 1][2] == ",":
            index -= 2  # "Chief Minister X, who has announced": X is the speaker
        else:
            break
    phrase_start: int | None = None
    phrase_end: int | None = None
    described = False  # "Amara Okafor, the health minister, said": the name before the description
    while index >= 0:
        start, end, token = tokens[index]
        lower = token.lower()
        if in_time_expression(start):
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
            if (
                not described
                and phrase_start is not None
                and "," in text[phrase_end:verb_start]  # set off on both sides: ", the minister, said"
                and _describes(text[phrase_start:phrase_end], before, tokens)
            ):
                described, phrase_start, phrase_end = True, None, None
                index -= 1
                continue
            break
        if (
            lower == "by"
            and not described
            and phrase_start is not None
            and index >= 2
            and tokens[index - 2][2] == ","
            and tokens[index - 1][2].lower().endswith("ed")
            and "," in text[phrase_end:verb_start]
        ):
            # "Gonzalez, backed by Castro, has demanded": an aside set off by commas; who
            # speaks is the name before it.
            described, phrase_start, phrase_end = True, None, None
            index -= 3
            continue
        if lower in spk.discourse or lower in ("which", "who", "that", "whom", "as", "while"):
            break
        possessor = re.sub(r"[’']s$", "", lower)  # "the Angolan president’s office"
        acceptable = (
            _is_name_token(token)
            # "the group's leader", "the ministry's spokeswoman": a body or title owning the speaker
            or (
                possessor != lower
                and phrase_start is not None
                and (possessor in spk.title_words or possessor in spk.body_nouns)
            )
            or lower in connectors
            or lower in spk.body_nouns
            or lower in spk.body_modifiers
            or lower in qualifier_words
            or lower in spk.pronouns
            or (lower in ("statement", "a", "an") and phrase_start is not None)
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
        return _inverted_speaker(text, sentence, verb_start)
    if through_which and text[sentence.start : phrase_start].strip()[-1:] not in ("", ",", ";", ":"):
        return None  # "operators who travel in Kenya and Tanzania, which boast ..., said": not the subject
    phrase = text[phrase_start:phrase_end]
    by = _STATEMENT_BY.search(text, phrase_start, phrase_end + 1)
    if by is None:
        by_index = max(phrase.lower().rfind("statement by "), -1)
        if by_index >= 0:
            phrase_start += by_index + len("statement by ")
    # Drop leading connectors ("the Institute" keeps "Institute ..."; "and Kyiv" keeps "Kyiv"),
    # but keep a lone "the" before a body noun ("the company"), which the speaker test needs.
    phrase = text[phrase_start:phrase_end]
    lead = re.match(r"(?:(?:and|of|for|from|by|a|an)\s+)+", phrase, re.IGNORECASE)
    if lead:
        phrase_start += lead.end()
    return (phrase_start, phrase_end) if phrase_start < phrase_end else None


_DESCRIPTION = re.compile(r"(?:the|a|an|its|their)\s+[a-z][a-z\s'’-]*")  # "the group's leader" too


def _describes(phrase: str, before: int, tokens: list[tuple[int, int, str]]) -> bool:
    """Whether ``phrase`` ("the health minister") is a lower-case description set off after a name."""
    if before < 0 or not _DESCRIPTION.fullmatch(phrase):
        return False
    spk = speakers()
    if not any(word in spk.title_words or word in spk.body_nouns for word in phrase.split()):
        return False
    name = tokens[before][2]
    if not name[:1].isupper() or name.lower() in spk.discourse or name in gazetteer().places:
        return False
    # A name of two words or more ("Amara Okafor"), not "released by the Kremlin".
    return before >= 1 and tokens[before - 1][2][:1].isupper()


def _inverted_speaker(text: str, sentence: Sentence, verb_start: int) -> tuple[int, int] | None:
    """'..., said Chip Allen' and 'the statement by the Foreign Ministry': the speaker follows."""
    by = _BY_AFTER_TRIGGER.match(text, verb_start, sentence.end)
    if by is not None:
        after = _inverted_speaker_pattern().match(text, by.end(), sentence.end)
        return _without_full_stop(text, after.span("speaker")) if after else None
    verb = re.match(r"\w+", text[verb_start : verb_start + 12])
    if verb is None or verb.group().lower() not in _INVERTED_VERBS:
        return None
    after = _inverted_speaker_pattern().match(text, verb_start + len(verb.group()), sentence.end)
    if after is None or _CLAUSE_VERB_AFTER.match(text, after.end("speaker"), sentence.end):
        return None  # "..., said Syria had agreed": the subject of what was said, not who said it
    return _without_full_stop(text, after.span("speaker"))


# A verb after the name that follows "said": the name is the subject of a clause with no "that".
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|can|should|may|might|must|did|does|do)\b"
)


_INITIAL = re.compile(r"(?:\b[A-Z]|\bJr|\bSr|\bSt)\.$")


def _without_full_stop(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """'..., said Ana Lopez.' ends the sentence, not the name; 'John Smith Jr.' keeps its dot."""
    start, end = span
    if text[end - 1] == "." and not _INITIAL.search(text, start, end):
        end -= 1
    return start, end


def _capitalised_runs(words: list[str]) -> list[list[str]]:
    """Runs of capitalised words, allowing 'of', 'for', 'the' inside ("Institute for the Study of War")
    and a name's particles ("Mohammed bin Salman", "Ursula von der Leyen")."""
    runs: list[list[str]] = []
    current: list[str] = []
    particles = speakers().name_particles
    for index, word in enumerate(words):
        following = words[index + 1 : index + 3]
        inner = (
            (word.lower() in ("of", "for", "the", "and") or word in particles)
            and current
            and bool(following)
            and (
                following[0][:1].isupper()
                or (
                    word in particles
                    and following[0] in particles
                    and len(following) > 1
                    and following[1][:1].isupper()
                )
            )
        )
        if word[:1].isupper() or inner or (current and _PARTICLE_NAME.match(word)):
            current.append(word)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _clean(word: str) -> str:
    word = word.strip(",")
    return word[:-2] if word.endswith(("’s", "'s")) else word


def speaker_actor(text: str, start: int, end: int, sentence_start: int) -> Actor | None:
    """Normalise a speaker phrase to an Actor, or None when it names no one.

    A person is the capitalised run at the end of the phrase ("... spokeswoman
    Jennifer Donnals"); else an organisation from the list; else a country the
    phrase points to ("Seoul's defense ministry"); else a named body ("Occupy
    Nashville protesters"); else a definite body noun ("the company"), which in
    news always refers back to a body named earlier.
    """
    spk = speakers()
    phrase = text[start:end]
    words = [w for w in re.split(r"[\s,]+", phrase) if w]
    lower_words = [_clean(w).lower() for w in words]
    if len(words) == 1 and lower_words[0] in spk.pronouns:
        return Actor(name=phrase, role="speaker", kind="unknown", text=phrase)
    if all(w in spk.unnamed or w in ("the", "some", "many", "a", "an") for w in lower_words):
        return None
    # A known person's name is theirs, not a country's ("Clinton said", of two Clintons).
    found = [e for e in entities(text, start, end) if not e.person]
    title_match = spk.titles.search(phrase)
    title = title_match.group() if title_match else None
    organisation = next((e for e in found if e.kind == "organisation"), None)
    country = next((e for e in found if e.kind == "country"), None)
    known = _speaker_known(text, start, end)
    if known is not None:  # "Russian President Vladimir Putin", "President Putin", "Zelensky"
        side = known.side if known.side_kind == "country" else country.name if country else None
        return Actor(name=known.name, role="speaker", kind="person", country=side, title=title, text=phrase)
    entity_words = {w for e in found for w in e.text.split()}
    runs = _capitalised_runs(words)

    def plain(run: list[str]) -> list[str]:
        """A run without titles, places and demonyms: what is left is a name."""
        kept = [
            _clean(w)
            for w in run
            if not (
                spk.titles.fullmatch(w)
                or w.lower() in spk.title_words
                or w in spk.honorifics
                or _clean(w) in entity_words
            )
        ]
        while kept and kept[0].lower() in ("the", "of", "for", "and"):
            kept.pop(0)
        return kept

    def after_possessor(run: list[str]) -> list[str]:
        """ "Hewlett-Packard's Mr. Archuleta", "Navigation Mixte Chairman Marc Fournier": the
        person's name follows the last possessive, title or honorific of the run."""
        cut = 0
        for index, word in enumerate(run[:-1]):
            possessive = _clean(word) != word.strip(",")
            title_word = word[:1].isupper() and (spk.titles.fullmatch(word) or word.lower() in spk.title_words)
            if possessive or title_word or word in spk.honorifics:
                cut = index + 1
        return run[cut:]

    last = plain(after_possessor(runs[-1])) if runs and words[-1] in runs[-1] else []
    if runs and words[-1] in runs[-1] and words[-1] in spk.company_suffixes:
        name = " ".join(runs[-1][1:] if runs[-1][0].lower() == "the" else runs[-1])
        return Actor(
            name=name, role="speaker", kind="organisation", country=country.name if country else None, text=phrase
        )
    addressed = title is not None or any(w in spk.honorifics for w in words)  # "Mr. Edelman": a person
    if len(last) >= 2 and not addressed and spk.organisation_words.intersection(runs[-1]):
        # "the Syrian Observatory for Human Rights said": a body's name, demonym and all
        body = after_possessor(runs[-1])
        body = body[1:] if body and body[0].lower() == "the" else body
        name = " ".join(_clean(w) for w in body)
        return Actor(
            name=name, role="speaker", kind="organisation", country=country.name if country else None, text=phrase
        )
    if len(last) >= 2 or (len(last) == 1 and addressed and lower_words[-1] not in spk.body_nouns):
        return Actor(
            name=" ".join(last),
            role="speaker",
            kind="person",
            country=country.name if country else None,
            title=title,
            text=phrase,
        )
    if organisation:  # "Ukraine's General Staff": the organisation, of that country
        country_name = country.name if country else None
        return Actor(name=organisation.name, role="speaker", kind="organisation", country=country_name, text=phrase)
    has_body = any(w in spk.body_nouns for w in lower_words)
    if country:
        return Actor(name=country.name, role="speaker", kind="country", country=country.name, title=title, text=phrase)
    named = [plain(run) for run in runs if start + phrase.find(run[0]) > sentence_start or len(run) > 1]
    named = [run for run in named if run]
    longest = max(named, key=lambda run: len(run)) if named else []
    if longest and has_body:
        return Actor(name=" ".join(longest), role="speaker", kind="organisation", title=title, text=phrase)
    if longest and (len(longest) >= 2 or start > sentence_start):
        return Actor(name=" ".join(longest), role="speaker", kind="organisation", text=phrase)
    if has_body and any(q in phrase.lower() for q in spk.party_qualifiers):
        return Actor(name=phrase, role="speaker", kind="group", text=phrase)
    if has_body and lower_words[0] == "the" and lower_words[-1] in spk.body_nouns:
        return Actor(
            name=phrase[4:] if phrase.lower().startswith("the ") else phrase,
            role="speaker",
            kind="organisation",
            text=phrase,
        )
    return None


def _speaker_known(text: str, start: int, end: int) -> Person | None:
    """The known person a speaker phrase ends with, unless the text named someone else of that
    surname in full before ("Anna Clinton ... Clinton said" is Anna)."""
    phrase_end = len(text[start:end].rstrip(" ,")) + start
    last = next(reversed(list(people().pattern.finditer(text, start, phrase_end))), None)
    if last is None or last.end() != phrase_end:
        return None
    person = known_person(text, last, shared=False)
    if person is None or last.group() in people().by_name:
        return person
    named = person_named_in_full(text, start, last.group())
    if named is not None and not set(named.name.split()) <= set(person.name.split()):
        return None  # (but "Tayyip Erdogan" in the text is Recep Tayyip Erdogan)
    return person


_NAME_REACH = 4000  # characters back in which a surname finds the full name it stands for
# Capitalised words that open a sentence or a place, never a given name: "On Wednesday Peskov", "In Amherst".
_NOT_GIVEN_NAMES = frozenset(
    {"On", "In", "At", "An", "A", "The", "By", "For", "From", "If", "When", "As", "After", "Before", "Because"}
    | {"But", "And"}
)


def person_named_in_full(text: str, position: int, surname: str) -> Actor | None:
    """ "Pashinyan said", after "Armenian Prime Minister Nikol Pashinyan visited Paris": the person
    the text named in full before ``position`` (a capitalised run on one line that ends in the
    surname), without titles, demonyms and places, and without a first word that ends a title
    phrase ("Secretary of State Antony Blinken": not "State"). None when no such name of two
    words or more stands within reach, or when two people of that surname do."""
    if not surname[:1].isupper() or surname.isupper():  # "IBM said": an acronym, no surname
        return None
    pattern = re.compile(
        rf"(?<![\w.’'-])((?:(?:[A-Z][\w’'-]*|[A-Z]\.)[ ]+){{1,4}}){re.escape(surname)}(?![\w’'-]|[ ]+[A-Z])"
    )
    named = {
        name_and_country
        for found in pattern.finditer(text, max(0, position - _NAME_REACH), position)
        if (name_and_country := _person_name(text, found)) is not None
    }
    names = {name for name, _ in named}
    if len(names) != 1:
        return None  # none, or two people of that surname ("Anna Berg", "Tom Berg"): it says neither
    # "Omani Foreign Minister Badr Albusaidi": the country the full name was given with
    countries = sorted({country for _, country in named if country is not None})
    country = countries[0] if len(countries) == 1 else None
    return Actor(name=names.pop(), role="speaker", kind="person", country=country, text=surname)


def _person_name(text: str, found: re.Match[str]) -> tuple[str, str | None] | None:
    """The name in a capitalised run ending in a surname, if it keeps two words or more, and the
    country a demonym or place in the run gives ("Omani Foreign Minister Badr Albusaidi")."""
    words = found.group(0).split()
    if text[max(0, found.start() - 4) : found.start()] == " of ":
        words = words[1:]
    spk, places = speakers(), gazetteer()
    country = next(
        (
            places.demonyms.get(word) or places.places[word].country
            for word in words[:-1]
            if word in places.demonyms or (word in places.places and places.places[word].country)
        ),
        None,
    )
    cut = 0
    for index, word in enumerate(words[:-1]):  # the name follows the last title or honorific
        if spk.titles.fullmatch(word) or word.lower() in spk.title_words or word in spk.honorifics:
            cut = index + 1
    words = words[cut:]
    while words and (
        words[0] in places.demonyms
        or words[0].endswith(("'s", "’s"))  # "Syria's Sharaa": the owner, no given name
        or words[0] in places.places
        or words[0] in _NOT_GIVEN_NAMES
        or words[0] in _calendar_names()  # "On Wednesday Peskov"
        or _SUPPORTER_AFTER.search(words[0])  # "California-based Chiron": a company's home
    ):
        words.pop(0)
    return (" ".join(words), country) if len(words) >= 2 else None


def _clause_bounds(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: up to the nearest comma, semicolon or dash."""
    left = sentence.start
    for match in _CLAUSE_MARK.finditer(text, sentence.start, start):
        left = match.end()
    right_match = _CLAUSE_MARK.search(text, end, sentence.end)
    return left, right_match.start() if right_match else sentence.end


_LIST_COMMA = re.compile(r",\s*")
_NAME_NEXT = re.compile(r"\s+(?:and\s+)?[A-Z]")
_AND = re.compile(r"\sand\s")


def _list_end(text: str, start: int, end: int) -> int:
    """Where the clause from ``start`` ends, read on across the commas of a list of names that
    closes with "and" ("will meet King Abdullah, Egyptian President el-Sisi and Mahmoud Abbas");
    "met Abbas, Israel said" ends at its comma."""
    stop = _CLAUSE_MARK.search(text, start, end)
    while stop is not None and stop.group() == ",":
        following = _CLAUSE_MARK.search(text, stop.end(), end)
        item_end = following.start() if following else end
        if not _NAME_NEXT.match(text, stop.end(), item_end):
            break
        if _AND.search(text, stop.end(), item_end):
            return item_end  # the list's last item
        if following is None or following.group() != ",":
            break
        stop = following
    return stop.start() if stop is not None else end


def _list_start(text: str, sentence: Sentence, clause_start: int, trigger_start: int) -> int:
    """Where a clause starts when the comma before it only separates names of a list
    ("ministers from Egypt, Qatar and Turkey held a call"): at the list's first name."""
    if text[sentence.start : clause_start].rstrip()[-1:] != ",":
        return clause_start  # no comma before the clause: nothing to read back across
    if _AND.search(text, clause_start, trigger_start) is None:
        return clause_start  # "the fight against Islamic State, Erdogan told": no "and" closes a list
    found = entities(text, sentence.start, trigger_start)
    starts = {e.start for e in found}
    while True:
        first_word = clause_start
        while first_word < trigger_start and text[first_word].isspace():
            first_word += 1
        earlier = next((e for e in reversed(found) if e.end < clause_start), None)
        if first_word not in starts or earlier is None or not _LIST_COMMA.fullmatch(text, earlier.end, clause_start):
            return clause_start
        clause_start = earlier.start


def talks_actors(
    text: str, sentence: Sentence, trigger_start: int, trigger_end: int, *, speaker_side: bool = True
) -> list[Actor]:
    """Participants ("talks between X and Y", "X and Y met", "talks with Z") and mediators ("mediated by M").

    Only the trigger's own clause and a "between" or "with" phrase right after it
    count: a country named elsewhere in the sentence is rarely a party to the talks.
    ``speaker_side``: whether the side of who speaks of talks that name no side of their own is
    theirs ("Peskov said that talks would resume").
    """
    actors: list[Actor] = []
    before = _MEDIATOR_BEFORE.search(text, max(sentence.start, trigger_start - 80), trigger_start)
    if before:
        role_before: ActorRole = "host" if "-hosted" in before.group() else "mediator"
        if _LED_PARTY.search(before.group()):
            role_before = "participant"  # "a U.S.-led delegation met": the leader's side takes part
        for entity in entities(text, before.start("mediator"), before.end("mediator"))[:1]:
            actors.append(_actor(entity, role_before))
    # "a third round of U.S.-mediated talks": the trigger is the round, its mediator after it.
    of_mediated = _MEDIATED_AFTER.match(text, trigger_end)
    if of_mediated and not before:
        role_after: ActorRole = "host" if of_mediated.group("how") == "hosted" else "mediator"
        for entity in entities(text, of_mediated.start("mediator"), of_mediated.end("mediator"))[:1]:
            actors.append(_actor(entity, role_after))
    mediator_at = _MEDIATOR.search(text, sentence.start, sentence.end)
    if mediator_at:
        role: ActorRole = "host" if mediator_at.group().lower().startswith("hosted") else "mediator"
        # "mediated by Egypt, Qatar and the United States": the go-betweens listed together, not
        # "brokered by Angola aimed at ending the conflict in eastern Congo".
        found = entities(text, mediator_at.end(), _list_end(text, mediator_at.end(), sentence.end))
        listed, closed = found[:1], False
        for entity in found[1:4]:
            joiner = _LISTED_WITH.fullmatch(text, listed[-1].end, entity.start)
            if joiner is None:
                break
            listed.append(entity)
            closed = "and" in joiner.group() or "well" in joiner.group()
            if closed:
                break  # the list's last item
        if not closed:
            listed = listed[:1]  # "mediated by Qatar, Israel said,": no "and" closes it, so no list
        for entity in listed:
            actors.append(_actor(entity, role))
    # "with Omani Foreign Minister Badr Albusaidi shuttling between the two delegations": a go-between
    shuttle = _SHUTTLING.search(text, sentence.start, sentence.end)
    if shuttle is not None:
        shuttler = entities(text, max(sentence.start, shuttle.start() - 60), shuttle.start())
        if shuttler and all(a.name != shuttler[-1].name for a in actors):
            actors.append(_actor(shuttler[-1], "mediator"))
    clause_start, _ = _clause_bounds(text, sentence, trigger_start, trigger_end)
    clause_start = _list_start(text, sentence, clause_start, trigger_start)
    # "The Kremlin said on Monday that Russian and Chinese leaders would meet": who speaks of the
    # talks is no party to them; the parties are in what was said.
    speech = next(reversed(list(SPEECH_VERB.finditer(text, clause_start, trigger_start))), None)
    # (But "police said on Tuesday they had arrested": the speaker did it; and "Peskov said that talks
    # would resume", naming no side, is most likely about the speaker's own.)
    if speech is not None and not speaker_side:
        clause_start = speech.end()
    elif speech is not None and not _SPEAKER_AGAIN.match(text, speech.end()):
        said = entities(text, speech.end(), trigger_start)
        if any(
            not _is_location(text, e) and (e.place is None or e.place.kind == "country" or e.place.capital)
            for e in said
        ):
            clause_start = speech.end()
    # "Blinken expressed his support ahead of the meeting": talks the clause's act comes before take
    # their parties from their own words ("ahead of the meeting between X and Y"), not from the clause;
    # "X and Y agreed to a truce during talks" (or "after talks") were at them.
    if _TIME_PHRASE_BEFORE.search(text, max(clause_start, trigger_start - 60), trigger_start):
        clause_start = trigger_start
    spans = [(clause_start, trigger_start)]
    hosted = _HOSTED.match(text, trigger_start, trigger_end)
    after = _PARTIES_AFTER.match(text, trigger_end) or (
        _MET_OBJECT.match(text, trigger_end) if text[trigger_start:trigger_end].lower() in _MEET_VERBS else None
    )
    if hosted:  # "hosted Ukrainian President Volodymyr Zelenskyy", "summoned the British ambassador"
        after = hosted
    # "spoke with French President Emmanuel Macron by phone": the other side inside the trigger
    inside = text.find(" with ", trigger_start, trigger_end)
    if inside >= 0:
        spans.append((inside + len(" with "), trigger_end))
    if after:
        # "talks with Turkey over grain exports from Ukraine": the parties end where the topic begins.
        list_end = _list_end(text, after.end(), sentence.end)
        # "meets Erdogan in Ankara as Israeli jets strike": another clause begins
        other = _CLAUSE_OPENING.search(text, after.end(), list_end)
        list_end = other.start() if other else list_end
        topic = _TOPIC.search(text, after.end(), list_end)
        spans.append((after.end(), topic.start() if topic else list_end))
    counterpart = _COUNTERPART_AFTER.match(text, trigger_end, sentence.end) if after is None else None
    if counterpart:
        spans.append(counterpart.span("party"))
    for span_start, span_end in spans:
        for entity in entities(text, span_start, span_end):
            if mediator_at and mediator_at.start() <= entity.start:
                continue
            governing = (
                entity.place is not None
                and entity.place.capital
                and _VENUE_NOUN_AFTER.match(text, entity.end) is None
                and _AND_CAPITAL.search(text, span_start, span_end) is not None
            )
            if _is_location(text, entity) or (
                entity.place is not None and entity.place.kind in ("city", "region") and not after and not governing
            ):
                continue  # "talks in Istanbul", "the Istanbul talks": a venue, not a party
            if _SUPPORTER_AFTER.match(text, entity.end):
                continue  # "the Rwanda-backed group agreed": its backer, not a party
            if all(a.name != entity.name for a in actors):
                # "Qatari and Egyptian mediators are expected to host a new round": go-betweens.
                mediating = _MEDIATOR_NOUN_AFTER.match(text, entity.end) is not None
                hosting = entity.end <= trigger_start and _HOSTS_BEFORE.fullmatch(text, entity.end, trigger_start)
                role = "mediator" if mediating else "host" if hosting else "participant"
                actors.append(_actor(entity, role))
    return actors


# "Kyiv and Moscow swapped 84 prisoners": capitals joined as subjects stand for their governments,
# unless they name the talks ("the Doha talks").
_VENUE_NOUN_AFTER = re.compile(
    r"[’']?s?\s+(?:talks|meeting|meetings|summit|round|negotiations|process|format|accords?|agreement|declaration|conference)\b"
)
_AND_CAPITAL = re.compile(r"\b[A-Z][\w-]+\s+and\s+[A-Z][\w-]+\b")
_SHUTTLING = re.compile(r"\bshuttl(?:ing|ed|es|e)\s+between\b", re.IGNORECASE)
SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_CLAUSE_OPENING = re.compile(r"\s(?:as|while|when|after|before|because|although|whereas|amid|since|but)\s")
_TOPIC = re.compile(r"\s(?:on|over|about|regarding|concerning|aimed\s+at|to\s+end|to\s+discuss)\s")
_TIME_PHRASE_BEFORE = re.compile(r"\b(?:ahead\s+of|before|prior\s+to|on\s+the\s+eve\s+of)\s+(?:[a-z][\w-]*\s+){0,3}$")
_SPEAKER_AGAIN = re.compile(r"\s+(?:[\w.]+\s+){0,3}?(?:that\s+)?(?:it|they|we|he|she)\s", re.IGNORECASE)
_LISTED_WITH = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")


# "-led" before a side, not before the talks: "a U.S.-led delegation", "the Saudi-led coalition".
_LED_PARTY = re.compile(r"-led\s+(?:[\w-]+\s+)?(?:delegation|coalition|team|forces|government|bloc|alliance)\b")
# A name that only qualifies the party: "the Rwanda-backed group", "a London-based monitor".
_SUPPORTER_AFTER = re.compile(r"-(?:backed|supported|allied|aligned|funded|armed|trained|based|born)\b")


# "in Kyiv", "near the Kherson ...", and "the port of Odesa", "the city of Mariupol".
_PLACE_WORDS = "in|at|near|outside|inside|to|across|into|off"
# "in northern Syria", "near north-eastern Kharkiv": a part of a country or city is still that place.
_COMPASS = r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern|central)\s+"
_PLACE_PREPOSITION = re.compile(rf"(?:\b(?:{_PLACE_WORDS})\s+(?:the\s+)?(?:{_COMPASS})?|{_PLACE_NOUN_OF})$")
# The same looking forward, to where a capitalised place name may start.
_BEFORE_PLACE = re.compile(
    rf"(?:\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Tt]o|[Aa]cross|[Ii]nto|[Oo]ff)\s+(?:the\s+)?(?:{_COMPASS})?|{_PLACE_NOUN_OF})"
    r"(?=[A-Z])"
)


_LEAD = 30  # characters before a name in which its preposition stands ("in north-western ")
_REGION_BEFORE = re.compile(rf"\b{_COMPASS}$", re.IGNORECASE)


def _is_location(text: str, entity: Entity) -> bool:
    """ "in Kyiv", "near northern Gaza"; not "in UAE-brokered talks" or "at Ukraine's request", where
    the name qualifies a noun."""
    if _COMPOUND_AFTER.match(text, entity.end):
        return False
    before = text[max(0, entity.start - _LEAD) : entity.start].lower()
    if entity.place is not None and entity.place.capital and _GOVERNMENT_IN.search(before):
        return False  # "the government in Kinshasa": the capital stands for its government
    return bool(_PLACE_PREPOSITION.search(before))


_GOVERNMENT_IN = re.compile(r"\b(?:government|authorities|regime|leadership|rulers)\s+in\s+$")
# "in UAE-brokered talks", "at Ukraine's request": the name qualifies a noun, which is what the
# preposition governs.
_COMPOUND_AFTER = re.compile(
    r"-[a-z]|[’']s\s+(?:request|invitation|behest|urging|initiative|suggestion)\b"
    # "outside the U.S. embassies in the Kenyan and Tanzanian capitals": a mission abroad, not the country
    r"|\s+(?:embassy|embassies|consulate|consulates|diplomatic\s+missions?)\b"
)


# Before a country, the words that make it no subject of what follows: "cooperation from Kenya",
# "embassies in Kenya", "the province of Surin" (the place prepositions), "a deal with Iran".
_OBJECT_PREPOSITION = re.compile(
    rf"(?:\b(?:{_PLACE_WORDS}|from|with|for|into|against|opposite|toward|towards|between)\s+(?:the\s+)?(?:{_COMPASS})?"
    rf"|{_PLACE_NOUN_OF})$"
)
_CONJUNCT_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _not_subjects(text: str, found: list[Entity]) -> set[int]:
    """Indexes of the entities that follow a preposition, alone or in a list after one
    ("in Kenya and Tanzania", "Poland, Hungary and the Czech Republic" after "of")."""
    objects: set[int] = set()
    for index, entity in enumerate(found):
        lead = text[max(0, entity.start - _LEAD) : entity.start].lower()
        listed = index - 1 in objects and _CONJUNCT_GAP.fullmatch(text, found[index - 1].end, entity.start)
        if _OBJECT_PREPOSITION.search(lead) or listed:
            objects.add(index)
    return objects


# Between a country and the strike it modifies: "U.S. missile attacks", "Russia's massive drone strikes".
_MODIFIER_GAP = re.compile(r"(?:['’]s)?(?:\s+[a-z][a-z-]*){0,2}\s+")


# A strike told by a noun ("the bombings", "attacks") has its attacker next to it ("U.S. missile
# attacks") or as the subject of a verb that does it ("Russia carried out strikes"); a country
# further back is where, or who speaks, or who suffered.
_NOUN_TRIGGER = re.compile(
    r"(?:attacks?|strikes?|bombings?|raids?|assaults?|offensive|barrage|bombardment|ambush|shelling|fire)\b",
    re.IGNORECASE,
)
_DOING_VERB = re.compile(
    r"\b(?:launched|launch|launches|carried\s+out|carries\s+out|carry\s+out|conducted|conducts|conduct|"
    r"staged|stages|stage|mounted|mounts|mount|unleashed|unleashes|stepped\s+up|intensified|continued|resumed|"
    r"ordered|orders|authorized|authorised|approved|"
    r"began|started|responded\s+with|retaliated\s+with|answered\s+with|(?:claimed|claims|took|takes)\s+(?:responsibility|credit)\s+for|has\s+been|have\s+been|were|was)\s+(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)


_VERB_BEFORE = re.compile(r"\b(?:to|would|will|could|can|may|might|should|must|did|not|they|we)\s+$", re.IGNORECASE)


def _acted(text: str, trigger_start: int) -> bool:
    """Whether the strike trigger at ``trigger_start`` is a verb, or a noun a doing verb takes."""
    if _NOUN_TRIGGER.match(text, trigger_start) is None or _VERB_BEFORE.search(
        text, max(0, trigger_start - 12), trigger_start
    ):
        return True  # "struck", "shelled", "would strike": the subject before did it
    return _DOING_VERB.search(text, max(0, trigger_start - 60), trigger_start) is not None


# Where a strike's own clause ends: another clause joined by a conjunction, or a dash or semicolon.
# Not ", when": "since Jan. 11, when the U.S. struck targets in Yemen" tells the same strike.
_NEXT_CLAUSE = re.compile(
    r",\s+(?:as|while|whereas|although|but|because|since|amid|despite|even\s+as|when)\b|[;:]|\s[—–]\s"
    r"|\s(?:after|before|following)\s(?!(?:the\s+)?(?:midnight|dawn|noon|nightfall|sunset|sunrise)\b)",
    re.IGNORECASE,
)


def strike_clause_end(text: str, sentence: Sentence, trigger_start: int) -> int:
    """ "Israeli strikes killed 12, medics said, as talks in Cairo went on": what the strike hit
    is named in its own clause, before who told of it and before the clause joined after it."""
    end = sentence.end
    joined = _NEXT_CLAUSE.search(text, trigger_start, end)
    if joined is not None:
        end = joined.start()
    tail = _attribution_tail(text, sentence, trigger_start)
    return min(end, tail[0]) if tail is not None else end


_FIRST_WORD = re.compile(r"[\w’'-]+")
_SUBORDINATE_OPENING = re.compile(r",\s+(?:when|after|before|because|as|while|until|since|if)\s", re.IGNORECASE)


def subordinate_clause_start(text: str, sentence: Sentence, trigger_start: int) -> int:
    """Where the clause of a past-tense strike verb starts when it is a subordinate one: in "who
    lived in London from 1968, when the Soviets invaded", the subject, and the place, of
    "invaded" are inside "when ..."."""
    verb = _FIRST_WORD.match(text, trigger_start)
    if verb is None or not is_past_verb(verb.group()):
        return sentence.start
    openings = _SUBORDINATE_OPENING.finditer(text, sentence.start, trigger_start)
    return max((m.end() for m in openings), default=sentence.start)


_PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|been|being)\s+$", re.IGNORECASE)
_PERSON_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}[A-Z][a-z]+\s+(?:[a-z]+\s+)?[A-Z]"
)  # "Saudi terrorist Osama bin Laden"
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}")


def _names_its_forces(text: str, entity: Entity) -> bool:
    """Whether a name right before a strike noun says who struck: "U.S. missile attacks", "Russian
    strikes", "Russia's drone strikes", "Hamas rocket fire"; a country's own name there says
    where: "the Kenya bombing", "the Kenya embassy bombing"."""
    if entity.kind != "country" or text.startswith(("'s", "’s"), entity.end):
        return True
    return entity.text in gazetteer().demonyms or _ABBREVIATION.fullmatch(entity.text) is not None


def strike_actors(text: str, sentence: Sentence, trigger_start: int) -> list[Actor]:
    """Attacker (the subject before the trigger, a country that modifies it: "U.S. missile
    attacks", or "by X") and target (after it)."""
    actors: list[Actor] = []
    found = entities(text, subordinate_clause_start(text, sentence, trigger_start), trigger_start)
    objects = _not_subjects(text, found)
    before = [
        e
        for index, e in enumerate(found)
        if index not in objects or _MODIFIER_GAP.fullmatch(text, e.end, trigger_start) is not None
    ]
    after = entities(text, trigger_start, strike_clause_end(text, sentence, trigger_start))
    gaz = gazetteer()
    # "plotted by Saudi terrorist Osama bin Laden": a person's nationality, neither attacker nor target.
    after = [e for e in after if not (e.text in gaz.demonyms and _PERSON_AFTER.match(text, e.end))]
    for entity in after:
        lead = text[max(0, entity.start - 8) : entity.start].lower()
        if _BY_AGENT.search(lead):
            actors.append(_actor(entity, "attacker"))
            break
    # "Odesa was struck by missiles": the subject of a passive is what was struck.
    passive = _PASSIVE_AUXILIARY.search(text, max(sentence.start, trigger_start - 12), trigger_start) is not None
    if passive and before:
        struck = before[-1]
        before = []
        if not actors or actors[0].name != struck.name:
            after = [struck, *after]
    if (
        not actors
        and before
        and (
            _acted(text, trigger_start)
            or (_MODIFIER_GAP.fullmatch(text, before[-1].end, trigger_start) and _names_its_forces(text, before[-1]))
        )
    ):
        actors.append(_actor(before[-1], "attacker"))
        # "U.S. and British warplanes", "Russia and Belarus launched": the others of the list strike too.
        for earlier, later in zip(before[-2::-1], before[:0:-1], strict=False):
            if not _CONJUNCT_GAP.fullmatch(text, earlier.end, later.start) or earlier.name == later.name:
                break
            actors.insert(0, _actor(earlier, "attacker"))
    attacker = actors[0].name if actors else None
    for entity in after:
        if attacker is None and _is_location(text, entity):
            continue  # "drones struck plants in Aleppo": a place, not a party, when no attacker is named
        if entity.name != attacker and all(a.name != entity.name for a in actors):
            actors.append(_actor(entity, "target"))
            break
    return actors


def host_country(actors: list[Actor]) -> Location | None:
    """Where talks are when the text names no place but a host country: "Egypt hosted a summit"."""
    gaz = gazetteer()
    host = next((a for a in actors if a.role == "host" and a.kind == "country"), None)
    place = gaz.places.get(host.name) if host is not None else None
    return _location(place, host.text or host.name) if place is not None and host is not None else None


def _location(place: Place, words: str) -> Location:
    kinds: dict[str, Literal["country", "city", "region"]] = {"city": "city", "region": "region", "water": "region"}
    return Location(
        name=place.name,
        country=place.country or None,
        kind=kinds.get(place.kind, "country"),
        latitude=place.latitude,
        longitude=place.longitude,
        text=words,
    )


def _attribution_tail(text: str, sentence: Sentence, trigger_start: int) -> tuple[int, int] | None:
    """Where the clause that says who told of the event stands, when it follows the event.

    In "A third round will start next month, a spokesperson told reporters in Washington",
    Washington is where the spokesperson spoke: from the speech verb after a comma to the end
    of its clause.
    """
    comma = text.find(",", trigger_start, sentence.end)
    if comma < 0:
        return None
    table = triggers()
    for match in table.pattern.finditer(text, comma, sentence.end):
        trigger = table.by_phrase.get(" ".join(match.group().lower().split()))
        if trigger is not None and trigger.event_type == "statement":
            stop = _CLAUSE_MARK.search(text, match.end(), sentence.end)
            return match.start(), stop.start() if stop else sentence.end
    return None


# Right after a verb: "struck Odesa", "shelled the city of Kherson", "will visit Moscow".
_OBJECT_PLACE = re.compile(rf"\s+(?:the\s+)?(?:{_PLACE_NOUN_OF})?(?=[A-Z])")


def object_place(text: str, sentence: Sentence, trigger_end: int) -> Location | None:
    """The city a verb takes as its object: where a strike fell ("drones struck Odesa"), where
    a visit goes ("will visit Moscow")."""
    gap = _OBJECT_PLACE.match(text, trigger_end, sentence.end)
    return _city_starting(text, gap.end(), sentence.end) if gap is not None else None


def _city_starting(text: str, start: int, end: int, *, whole: bool = False) -> Location | None:
    """The city whose name starts at ``start`` (from the gazetteer's places or GeoNames'), and,
    with ``whole``, takes all of ``text[start:end]``."""
    first = next(iter(entities(text, start, end)), None)
    if first is not None and first.start == start and first.place is not None and first.place.kind == "city":
        return _location(first.place, first.text) if not whole or first.end == end else None
    gaz = gazetteer()
    name = gaz.city_at(text, start) if gaz.cities else None
    if name is None or (whole and start + len(name) != end):
        return None
    return _location(gaz.cities[name], name)


# "Kyiv was hit by Russian drones": the city a passive strike verb has as its subject.
_PASSIVE_SUBJECT = re.compile(
    r"(?:^|(?<=[\s,;:]))(?P<place>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})\s+(?:was|were|has\s+been|had\s+been)\s+$"
)


def subject_place(text: str, sentence: Sentence, trigger_start: int) -> Location | None:
    """The city a passive strike verb has as its subject: "Kyiv was hit by Russian drones"."""
    found = _PASSIVE_SUBJECT.search(text, max(sentence.start, trigger_start - 60), trigger_start)
    return _city_starting(text, found.start("place"), found.end("place"), whole=True) if found else None


# "talks in Istanbul", "a strike at the port": a preposition of place right after an event's word.
_PREPOSITION_BEFORE = re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?$")


# A meeting or round told as another one, between a trigger and a place: the place is that one's.
_ANOTHER_MEETING = re.compile(
    r"\b(?:another|(?:a|the)\s+(?:further|new|next|follow-up|second|third|fourth|fifth))\s+(?:[\w-]+\s+)?"
    r"(?:meeting|meetings|round|session|summit|talks)\b",
    re.IGNORECASE,
)


def _not_of_other_events(
    text: str, sentence: Sentence, trigger_start: int, candidates: list[tuple[int, Location]]
) -> list[tuple[int, Location]]:
    """Places after the trigger that belong to the word of another kind of event: in "the first
    swap since talks in Istanbul", Istanbul is where the talks were, not the swap."""
    table = triggers()

    def event_type_of(match: re.Match[str]) -> str | None:
        trigger = table.by_phrase.get(" ".join(match.group().lower().split()))
        return trigger.event_type if trigger is not None else None

    own: str | None = None
    kept = []
    for start, place in candidates:
        if start > trigger_start and _ANOTHER_MEETING.search(text, trigger_start + 1, start):
            continue  # "met on Tuesday and agreed to hold a further meeting on Aug. 4 in Phnom Penh"
        # Before the trigger the other event sets the scene ("ministers meeting in the Ethiopian
        # capital agreed"): its place is this event's too.
        lead = (
            _PREPOSITION_BEFORE.search(text, max(sentence.start, start - 16), start) if start > trigger_start else None
        )
        if lead is not None:
            window = max(trigger_start, lead.start() - 40)
            word = next(
                (m for m in table.pattern.finditer(text, window, lead.start()) if m.end() == lead.start()), None
            )
            if word is not None and word.start() != trigger_start:
                if own is None:
                    mine = next(table.pattern.finditer(text, trigger_start, sentence.end), None)
                    own = (event_type_of(mine) if mine is not None and mine.start() == trigger_start else None) or ""
                if event_type_of(word) not in (None, own):
                    continue
        kept.append((start, place))
    return kept


def location(text: str, sentence: Sentence, trigger_start: int) -> Location | None:
    """The place the event happened: "in the UAE", "held in the Emirati capital", "in Kyiv"."""
    gaz = gazetteer()
    candidates: list[tuple[int, Location]] = []
    for match in gaz.demonym_capital.finditer(text, sentence.start, sentence.end):
        capital = gaz.capitals[gaz.demonyms[match.group("demonym")]]
        candidates.append((match.start(), _location(capital, match.group())))
    for entity in entities(text, sentence.start, sentence.end):
        if entity.place is not None and _is_location(text, entity):
            candidates.append((entity.start, _location(entity.place, entity.text)))
    for water in gaz.waters_pattern.finditer(text, sentence.start, sentence.end):
        if _PLACE_PREPOSITION.search(text[max(0, water.start() - _LEAD) : water.start()].lower()) or _AT_SEA.search(
            text, max(0, water.start() - _LEAD), water.start()
        ):
            candidates.append((water.start(), _location(gaz.waters[water.group()], water.group())))
    if gaz.cities:
        # Cities only right after a place preposition: looked up there, not searched for everywhere.
        for preposition in _BEFORE_PLACE.finditer(text, sentence.start, sentence.end):
            start = preposition.end()
            name = gaz.city_at(text, start)
            if name is not None and all(c[0] != start for c in candidates):
                candidates.append((start, _location(gaz.cities[name], name)))
    for match in _UNKNOWN_PLACE.finditer(text, sentence.start, sentence.end):
        name = match.group("place")
        if (
            name.split()[0] in gaz.places
            or name.split()[0] in gaz.demonyms
            or any(c[0] == match.start("place") for c in candidates)
        ):
            continue
        if name.split()[-1] in _PLACE_KINDS:
            candidates.append((match.start("place"), Location(name=name, kind="unknown", text=name)))
    for match in _PLACE_OF.finditer(text, sentence.start, sentence.end):
        if all(c[0] != match.start("place") for c in candidates):
            name = match.group("place")
            candidates.append((match.start("place"), Location(name=name, kind="unknown", text=name)))
    tail = _attribution_tail(text, sentence, trigger_start)
    if tail is not None:
        candidates = [c for c in candidates if not tail[0] <= c[0] < tail[1]]
    if candidates:
        candidates = _not_of_other_events(text, sentence, trigger_start, candidates)
    # "in eastern Congo" names a region, often of the wider story ("the conflict in eastern
    # Congo"): it places the event only when no other place does.
    precise = [c for c in candidates if not _REGION_BEFORE.search(text, max(0, c[0] - _LEAD), c[0])]
    candidates = precise or candidates
    # The nearest place after the trigger, else the nearest before it; but a place after it that
    # the gazetteer does not know ("met for a second day in Florida") is no reason to take one
    # from before ("the port of Odesa"): no place is better than the wrong one.
    # A place after a semicolon is not the trigger's either: another clause, often another story,
    # begins there ("arrives in Cairo for ceasefire talks; Israeli strikes kill 20 in Gaza").
    semicolon = text.find(";", trigger_start, sentence.end)
    after_end = semicolon if semicolon >= 0 else sentence.end
    candidates = [c for c in candidates if c[0] < after_end]
    if not candidates:
        return None
    after = sorted((c for c in candidates if c[0] >= trigger_start), key=lambda c: c[0])
    if after:
        first = after[0][1]
        # "in the U.S. capital Washington", "in Sudan's city of El Fasher": the town the country's
        # name leads to, a few words on.
        if first.kind == "country":
            reach = min(sentence.end, after[0][0] + len(first.text) + _APPOSITION_REACH)
            for entity in entities(text, after[0][0] + len(first.text), reach):
                if _CLAUSE_MARK.search(text, after[0][0], entity.start):
                    break  # "met in Ukraine, Kyiv officials said": another clause's name
                if entity.place is not None and entity.place.kind != "country" and entity.place.country == first.name:
                    return _location(entity.place, entity.text)
        return first
    _, clause_end = _clause_bounds(text, sentence, trigger_start, trigger_start)
    unknown = _IN_NAME.search(text, trigger_start, clause_end)
    if unknown is not None and unknown.group("name") not in _LANGUAGES | _calendar_names():
        return None
    return max(candidates, key=lambda c: c[0])[1]


_APPOSITION_REACH = 24  # characters from a country's name to a town of it named in apposition
_IN_NAME = re.compile(r"\bin\s+(?P<name>[A-Z][a-z]+)\b")
# Besides the place prepositions: "crossing the Black Sea", "transiting the Red Sea".
_AT_SEA = re.compile(r"\b(?:crossing|transiting|through|over)\s+(?:the\s+)?$", re.IGNORECASE)
_LANGUAGES = frozenset(
    {"English", "Arabic", "French", "Russian", "Spanish", "Ukrainian", "Hebrew", "Persian", "Turkish"}
)


@cache
def _calendar_names() -> frozenset[str]:
    """Weekday and month names as written in a sentence ("Monday", "March"), from the lexicon."""
    classes = word_classes()
    return frozenset(
        word
        for name in ("weekday", "month_full")
        for word in classes[name].values
        if word[:1].isupper() and word[1:].islower()
    )


def quotes(sentence: Sentence) -> list[str]:
    return [m.group(1) or m.group(2) for m in _QUOTE.finditer(sentence.text)]


def claim(text: str, sentence: Sentence, verb_end: int) -> str | None:
    """What a statement asserts: the rest of the clause after the speech verb."""
    rest = text[verb_end : sentence.end].strip()
    rest = re.sub(r"^(?:that|on\s+\w+\s+that)\s+", "", rest, flags=re.IGNORECASE)
    rest = rest.rstrip(".")
    return rest[:400] or None


@cache
def _quantity_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
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
    # Where an amount can begin: a digit or a vague amount. Scanning for these alone and trying
    # the whole pattern only there is about a third faster than letting the pattern scan.
    starts = re.compile(rf"(?=[0-9]|{vague})", re.IGNORECASE)
    return counted, without_power, starts


_WITHOUT = re.compile("without", re.IGNORECASE)  # the word the "left without power" pattern needs: cheap to look for


def _counted(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying the pattern only where ``starts`` says it can begin."""
    last = 0
    for start in starts.finditer(text):
        if start.start() < last:
            continue
        match = pattern.match(text, start.start())
        if match is not None:
            last = match.end()
            yield match


@cache
def _worded_count() -> tuple[WordList, re.Pattern[str]]:
    """A count in words before a unit ("three soldiers", "twenty-five Ukrainian civilians"): a list
    that finds the words it can begin with, and the pattern, tried only where one stands."""
    number = word_classes()["number"]
    exact = [w for w, n in number.values.items() if n >= 2 and " " not in w and not number.is_vague(w)]
    tens = "|".join(number.tens)
    simple = "|".join(sorted(exact, key=len, reverse=True))
    units = "|".join(re.escape(u) for u in speakers().quantity_units)
    pattern = re.compile(
        rf"(?P<word>(?:{tens})[- ](?:{'|'.join(number.units)})|{simple})(?:\s+[A-Za-z-]+)?\s+(?P<unit>{units})\b",
        re.IGNORECASE,
    )
    return WordList(exact, case_sensitive=False), pattern


# Characters around a count in words in which a casualty word must stand: "two people familiar
# with the talks said" is no count a timeline wants; "killed three soldiers" is.
_CASUALTY_REACH = 40


_TOLL_VERB = re.compile(r"\b(?:kill|wound|injur)", re.IGNORECASE)  # cheap to look for before the pattern
_BARE_TOLL = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+"
    r"(?:(?:at\s+least|more\s+than|about|some|nearly|around|over)\s+)?"
    r"(?P<num>[1-9][0-9]{0,2}(?:,[0-9]{3})*|[1-9][0-9]*)"
    # not a decimal or a share, nor a count of some noun ("killing 20 soldiers" is counted as such)
    r"(?![0-9]|[.,][0-9]|\s*%|\s*(?:per\s?cent|percent)\b"
    r"|(?-i:\s+(?!(?:and|or|in|on|at|as|after|when|while|across|near|during|since|last|this)\b)[a-z]))",
    re.IGNORECASE,
)


def _worded_casualties(text: str, start: int, end: int) -> Iterator[tuple[int, Quantity]]:
    """Casualty counts in words in ``text[start:end]``, with their offsets from ``start``.

    Searching the document's own text, not a copy of the sentence, lets the word lists use the
    document's words, listed once (see :mod:`chrono.text.wordlist`).
    """
    words, pattern = _worded_count()
    last = start
    for word in words.finditer(text, start, end):
        match = pattern.match(text, word.start(), end) if word.start() >= last else None
        if match is None:
            continue
        last = match.end()
        around = (max(start, match.start() - _CASUALTY_REACH), min(end, match.end() + _CASUALTY_REACH))
        if triggers().casualty.search(text, *around) is None:
            continue
        count, _ = count_of(match.group("word"))
        yield match.start() - start, Quantity(value=float(count), unit=match.group("unit").lower(), text=match.group())


def quantities(sentence: Sentence, document: str | None = None) -> list[Quantity]:
    """Counts a reader wants on a timeline: casualties, people affected, percentages.

    ``document``, the text the sentence's offsets point into, makes the search cheaper.
    """
    placed: list[tuple[int, Quantity]] = []
    pattern, without_power, starts = _quantity_patterns()
    for match in _counted(pattern, starts, sentence.text):
        if match.group("pct"):
            quantity = Quantity(value=float(match.group("pct").replace(",", "")), unit="percent", text=match.group())
        elif match.group("num"):
            quantity = Quantity(
                value=float(match.group("num").replace(",", "")), unit=match.group("unit").lower(), text=match.group()
            )
        else:
            low = _VAGUE_AMOUNTS[" ".join(match.group("vague").lower().split())]
            quantity = Quantity(
                value=None, low=float(low), unit=match.group("unit").lower(), text=match.group(), approximate=True
            )
        placed.append((match.start(), quantity))
    # "killing 20", "wounded at least 14": a toll whose count stands alone after its verb.
    if _TOLL_VERB.search(sentence.text):
        for match in _BARE_TOLL.finditer(sentence.text):
            if not any(start <= match.start("num") < start + len(q.text) for start, q in placed):
                count = float(match.group("num").replace(",", ""))
                placed.append((match.start("num"), Quantity(value=count, unit="people", text=match.group())))
    if document is None:
        placed += _worded_casualties(sentence.text, 0, len(sentence.text))
    else:
        placed += _worded_casualties(document, sentence.start, sentence.end)
    found = [quantity for _, quantity in sorted(placed, key=lambda item: item[0])]
    # "hundreds of thousands in Ukrainian cities without electricity": people left without power.
    matches = without_power.finditer(sentence.text) if _WITHOUT.search(sentence.text) else ()
    for match in matches:
        low = _VAGUE_AMOUNTS[" ".join(match.group("vague").lower().split())]
        if not any(q.text.startswith(match.group("vague")) for q in found):
            found.append(
                Quantity(value=None, low=float(low), unit="people without power", text=match.group(), approximate=True)
            )
    return found


def _round_value(match: re.Match[str]) -> int:
    return ordinals()[match.group("ord").lower()] if match.group("ord") else int(match.group("num"))


def named_round(phrase: str) -> int | None:
    """The round a phrase names by itself ("second round", "round 3"), else None."""
    match = _ROUND.fullmatch(" ".join(phrase.split()))
    return _round_value(match) if match else None


_ROUND_BREAK = re.compile(r"[;:]|\b(?:but|while|whereas|although)\b", re.IGNORECASE)


def round_number(sentence: Sentence, trigger_start: int) -> int | None:
    """The round a talks trigger belongs to: "the second round of talks", "round 3"."""
    best: tuple[int, int] | None = None
    matches = _ROUND.finditer(sentence.text) if _ROUND_WORD.search(sentence.text) else ()
    for match in matches:
        position = sentence.start + match.start()
        between = sentence.text[
            min(position, trigger_start) - sentence.start : max(position, trigger_start) - sentence.start
        ]
        if _ROUND_BREAK.search(between):
            continue  # "ended a third round ..., but said they would meet again": the next round
        distance = abs(position - trigger_start)
        value = _round_value(match)
        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1] if best else None


def day_number(sentence: Sentence) -> int | None:
    """Day N of a multi-day event: "entered its second day", "for a third straight day"."""
    match = _DAY_NUMBER.search(sentence.text) if _DAY_WORD.search(sentence.text) else None
    return ordinals()[match.group("ord").lower()] if match else None


def days_running(text: str, sentence: Sentence, start: int, end: int) -> int | None:
    """Day N of something done day after day: "shelled the city for a third consecutive day".

    A strike "on the second day of the offensive" fell on that one day; only "for" says it
    went on each day up to this one. Only the trigger's own clause counts: in "a drone attack
    killed two overnight, ..., as negotiators met for a second day", the second day is the talks'."""
    if not _DAY_WORD.search(sentence.text):
        return None
    clause_start, clause_end = _clause_bounds(text, sentence, start, end)
    match = _DAYS_RUNNING.search(text, clause_start, clause_end)
    return ordinals()[match.group("ord").lower()] if match else None


def places_agree(a: Location | None, b: Location | None) -> bool:
    """Talks in Istanbul and a meeting in Brussels are two events; Istanbul and Turkey can be one."""
    if a is None or b is None or a.name == b.name:
        return True
    if a.kind == "country" or b.kind == "country":
        city, country = (b, a) if a.kind == "country" else (a, b)
        return city.kind != "country" and city.country == country.name
    return False
