"""Event lexicons (triggers, speakers, gazetteer, people) loaded once and compiled to matchers.

The words live in ``lexicons/*.json``; this module only turns them into
case-aware alternations. Alternations of literal words cannot backtrack
catastrophically, and each is compiled once per process.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from chrono.text.wordlist import WordList


def _read(name: str) -> dict[str, Any]:
    text = resources.files("chrono.events.lexicons").joinpath(name).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _words_pattern(words: list[str] | set[str], *, case_sensitive: bool) -> WordList:
    return WordList(words, case_sensitive=case_sensitive)


@dataclass(frozen=True)
class Trigger:
    event_type: str
    subtype: str


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    kind: str  # country | city | region (of a country) | water (of none: country "")
    latitude: float | None
    longitude: float | None
    capital: bool = False


@dataclass(frozen=True)
class Triggers:
    pattern: WordList
    by_phrase: dict[str, Trigger]
    exclude_before: frozenset[str]
    exclude_after: tuple[str, ...]
    wishes: Wishes
    called_off: re.Pattern[str]  # "... planned for Monday were cancelled": starts right after a trigger
    postponed: re.Pattern[str]  # "... planned for Monday were postponed": the same, moving it off its day
    infrastructure: WordList
    casualty: WordList
    nature_subjects: WordList  # "earthquake", "storm": what strikes without being an attack
    armed_subjects: WordList  # "rebels", "gunmen": unnamed attackers that make a strike an event
    dated_strikes: frozenset[str]  # strike subtypes that a day in their clause makes an event
    nature_verbs: frozenset[str]  # "struck", "strike": the verbs they share with attacks
    verb_objects: VerbObjects


@dataclass(frozen=True)
class VerbObject:
    """A verb and its object a few words apart: "launched 120 drones at", "exchanged 175 prisoners"."""

    objects: WordList
    trigger_of: dict[str, Trigger]  # object (lower case) -> the event it makes
    reach: int  # words that may stand between verb and object ("a wave of", "more than 1,000")
    passive_after: frozenset[str]  # the word after the verb in "drones launched by Russia"
    not_after: frozenset[str]  # "drone delivery": the object word names a thing, not what the verb acts on


@dataclass(frozen=True)
class VerbObjects:
    """The families by verb; the verbs are in the trigger list, so one search finds both."""

    families_of: dict[str, tuple[VerbObject, ...]]  # verb (lower case) -> the families it opens


# A verb that makes an event only with its object: in the trigger list, but no trigger by itself.
VERB_ONLY = Trigger("verb", "")


def _verb_objects(data: list[dict[str, Any]]) -> VerbObjects:
    families = [_verb_object(family) for family in data]
    families_of: dict[str, tuple[VerbObject, ...]] = {}
    for family, raw in zip(families, data, strict=True):
        for verb in raw["verbs"]:
            families_of[verb.lower()] = (*families_of.get(verb.lower(), ()), family)
    return VerbObjects(families_of=families_of)


def _verb_object(data: dict[str, Any]) -> VerbObject:
    trigger_of: dict[str, Trigger] = {}
    for kind, objects in data["objects"].items():
        event_type, subtype = kind.split("/")
        for phrase in objects:
            trigger_of[" ".join(phrase.lower().split())] = Trigger(event_type, subtype)
    return VerbObject(
        objects=_words_pattern(set(trigger_of), case_sensitive=False),
        trigger_of=trigger_of,
        reach=int(data["reach"]),
        passive_after=frozenset(data["passive_after"]),
        not_after=frozenset(data["not_after"]),
    )


@dataclass(frozen=True)
class Wishes:
    """Words before a trigger that make it no happening: wished for ("open to talks"), undone
    ("cancelled a planned visit"), stopped ("halts its offensive"), or framed ("ready to send a
    delegation to Minsk for talks"). Looked up word by word, not by a regex tried at every
    character before each trigger."""

    phrases: frozenset[str]  # wished_before and undone_before, right before the trigger past the gap
    halting: frozenset[str]  # halted_before: the same for attacks and other happenings only
    frames: frozenset[str]  # wished_frame: a few words back in the clause
    gap: frozenset[str]  # wish_gap: words between a phrase and the trigger
    frame_starts: frozenset[str]  # the first words of the frames: only there is a frame read
    failing: frozenset[str]  # failed_before: "failed to", "refused to" right before what did not happen

    def _phrase_before(self, words: list[str], phrases: frozenset[str]) -> bool:
        rest = len(words)
        while rest and words[rest - 1] in self.gap and len(words) - rest < _MAX_GAP:
            rest -= 1
        return any(" ".join(words[max(0, rest - n) : rest]) in phrases for n in (1, 2, 3) if rest >= n)

    def wished(self, words: list[str]) -> bool:
        """``words``: the lower-case words of the trigger's clause before it, nearest last."""
        if self._phrase_before(words, self.phrases):
            return True
        tail = words[-_FRAME_REACH:]
        return any(word in self.frame_starts and self._frame_at(tail, i) for i, word in enumerate(tail))

    def _frame_at(self, tail: list[str], index: int) -> bool:
        """A frame of two or three words at ``tail[index]``, its last word ("to") perhaps a few words
        on: "vowed on Wednesday to press ahead with an offensive", "offered again to host talks"."""
        for length in (2, 3):
            head = tail[index : index + length - 1]
            for gap in range(_FRAME_GAP + 1):
                last = tail[index + length - 1 + gap : index + length + gap]
                if " ".join(head + last) in self.frames:
                    return True
        return False

    def halted(self, words: list[str]) -> bool:
        return self._phrase_before(words, self.halting)

    def failed(self, words: list[str]) -> bool:
        """ "failed on Tuesday to agree on new", "refused to join the": a "to" at most
        _FAILED_REACH words back, after a verb of failing (a day may stand between them)."""
        for back in range(1, min(_FAILED_REACH, len(words)) + 1):
            if words[-back] == "to":
                head = words[max(0, len(words) - back - 1 - _FRAME_GAP) : len(words) - back]
                return any(word in self.failing for word in head)
        return False


_MAX_GAP = 4  # words between a wish and its trigger: "called for a new round of talks"
_FRAME_REACH = 11  # words back from the trigger in which a frame ("ready to send a delegation to Minsk for") stands
_FRAME_GAP = 2  # words before a frame's last word: "vowed on Wednesday to"
_FAILED_REACH = 5  # words from "failed to" to the trigger: "to agree on new sanctions"


def _alternation(phrases: list[str]) -> str:
    return "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True))


def _phrases(values: list[str]) -> frozenset[str]:
    return frozenset(" ".join(v.lower().split()) for v in values)


# Between a trigger and the passive that undoes it: a few words ("planned for Monday", ", set for
# Friday,") but no conjunction that would start another clause.
# The parties of the trigger may stand there too, their "and" no conjunction of clauses: "talks
# between Kinshasa and M23 had been set for April 9 but were postponed".
_CALLED_OFF_GAP = r"(?:(?!\b(?:and|but|while|as|after|when|because)\b)[\w ,’'-]|\bbetween\s+[\w’'-]+\s+and\b){0,60}?"


def _undone(phrases: list[str]) -> re.Pattern[str]:
    body = _alternation(phrases)
    auxiliary = r"(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)"
    # "had been scheduled for April 9 but was postponed": a verb joined with no subject of its own
    # is the trigger's, so "but" or "and" right before the auxiliary opens no other clause.
    joined = r"(?:\s*,?\s+(?:but|and))?"
    return re.compile(rf"{_CALLED_OFF_GAP}{joined}\s{auxiliary}\s+(?:{body})\b", re.IGNORECASE)


@cache
def triggers() -> Triggers:
    data = _read("triggers.json")
    by_phrase: dict[str, Trigger] = {}
    for event_type in ("talks", "strike", "statement", "other"):
        for subtype, phrases in data[event_type].items():
            for phrase in phrases:
                by_phrase.setdefault(" ".join(phrase.lower().split()), Trigger(event_type, subtype))
    verb_objects = _verb_objects(data["verb_objects"])
    for verb in verb_objects.families_of:
        by_phrase.setdefault(verb, VERB_ONLY)
    return Triggers(
        pattern=_words_pattern(set(by_phrase), case_sensitive=False),
        by_phrase=by_phrase,
        exclude_before=frozenset(data["exclude_before"]),
        exclude_after=tuple(data["exclude_after"]),
        wishes=Wishes(
            phrases=_phrases([*data["wished_before"], *data["undone_before"]]),
            halting=_phrases(data["halted_before"]),
            frames=_phrases(data["wished_frame"]),
            gap=_phrases(data["wish_gap"]),
            frame_starts=frozenset(frame.split()[0] for frame in _phrases(data["wished_frame"])),
            failing=frozenset(data["failed_before"]),
        ),
        called_off=_undone(data["called_off"]),
        postponed=_undone(data["postponed"]),
        infrastructure=_words_pattern(data["infrastructure_targets"], case_sensitive=False),
        casualty=_words_pattern(data["casualty_words"], case_sensitive=False),
        nature_subjects=_words_pattern(data["nature_subjects"], case_sensitive=False),
        armed_subjects=_words_pattern(data["armed_subjects"], case_sensitive=False),
        dated_strikes=frozenset(data["dated_strikes"]),
        nature_verbs=frozenset(data["nature_verbs"]),
        verb_objects=verb_objects,
    )


@dataclass(frozen=True)
class Speakers:
    body_nouns: frozenset[str]
    body_modifiers: frozenset[str]
    party_qualifiers: tuple[str, ...]
    unnamed: frozenset[str]
    pronouns: dict[str, str]
    gendered_words: dict[str, str]  # word -> the pronoun ("he" or "she") it allows
    titles: WordList
    title_words: frozenset[str]
    honorifics: frozenset[str]
    name_particles: frozenset[str]  # "bin", "von": lower-case words inside a name
    company_suffixes: frozenset[str]
    discourse: frozenset[str]
    organisations: dict[str, str]  # alias -> canonical name
    organisation_pattern: WordList
    organisation_words: frozenset[str]  # "Observatory", "Rights": a capitalised run with one names a body
    quantity_units: tuple[str, ...]


@cache
def speakers() -> Speakers:
    data = _read("speakers.json")
    organisations = {alias: name for name, aliases in data["organisations"].items() for alias in aliases}
    return Speakers(
        body_nouns=frozenset(data["body_nouns"]),
        body_modifiers=frozenset(data["body_modifiers"]),
        party_qualifiers=tuple(data["party_qualifiers"]),
        unnamed=frozenset(data["unnamed"]),
        pronouns=dict(data["pronouns"]),
        gendered_words={word: pronoun for pronoun, words in data["gendered_words"].items() for word in words},
        titles=_words_pattern(data["titles"], case_sensitive=True),
        title_words=frozenset(w.lower() for title in data["titles"] for w in title.split()),
        honorifics=frozenset(data["honorifics"]),
        name_particles=frozenset(data["name_particles"]),
        company_suffixes=frozenset(data["company_suffixes"]),
        discourse=frozenset(data["discourse_words"]),
        organisations=organisations,
        organisation_pattern=_words_pattern(set(organisations), case_sensitive=True),
        organisation_words=frozenset(data["organisation_words"]),
        quantity_units=tuple(data["quantity_units"]),
    )


@dataclass(frozen=True)
class Gazetteer:
    places: dict[str, Place]  # surface form -> place
    demonyms: dict[str, str]  # demonym -> country
    capitals: dict[str, Place]  # country -> its capital
    pattern: WordList  # places and demonyms
    demonym_capital: re.Pattern[str]  # "the Emirati capital"
    # Large cities from GeoNames (``cities.json``, built by scripts/build_cities.py);
    # used only where a preposition marks a place ("in Porto Alegre"), since many city names
    # are also people's names.
    cities: dict[str, Place]
    cities_by_first_word: dict[str, tuple[str, ...]]  # longest name first
    # Seas, gulfs and straits: places of no country, so never a side ("Red Sea shipping").
    waters: dict[str, Place]
    waters_pattern: WordList

    def city_at(self, text: str, position: int) -> str | None:
        """The GeoNames city whose name starts at ``position`` and ends a word, longest first."""
        end = position
        while end < len(text) and (text[end].isalpha() or text[end] in "-'’."):
            end += 1
        for name in self.cities_by_first_word.get(text[position:end].rstrip("."), ()):
            after = position + len(name)
            if text.startswith(name, position) and not (after < len(text) and text[after].isalnum()):
                return name
        return None


@cache
def gazetteer() -> Gazetteer:
    places: dict[str, Place] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, Place] = {}
    for country in _read("gazetteer.json")["countries"]:
        name = country["name"]
        capital = country["capital"]
        country_place = Place(name, name, "country", None, None)
        for alias in [name, *country["aliases"]]:
            places.setdefault(alias, country_place)
        capital_place = Place(capital["name"], name, "city", capital["latitude"], capital["longitude"], True)
        capitals[name] = capital_place
        places.setdefault(capital["name"], capital_place)
        for city in country["cities"]:
            city_place = Place(city["name"], name, "city", city["latitude"], city["longitude"])
            for alias in [city["name"], *city.get("aliases", [])]:  # "El Fasher", "El-Fasher"
                places.setdefault(alias, city_place)
        for region in country.get("regions", []):
            region_place = Place(region["name"], name, "region", region["latitude"], region["longitude"])
            for alias in [region["name"], *region["aliases"]]:
                places.setdefault(alias, region_place)
        for demonym in country["demonyms"]:
            demonyms[demonym] = name
    cities = _cities(places, {c["iso2"]: c["name"] for c in _read("gazetteer.json")["countries"]})
    waters: dict[str, Place] = {}
    for water in _read("gazetteer.json")["waters"]:
        water_place = Place(water["name"], "", "water", water["latitude"], water["longitude"])
        for alias in [water["name"], *water["aliases"]]:
            waters[alias] = water_place
    all_words = set(places) | set(demonyms)
    demonym_body = "|".join(re.escape(d) for d in sorted(demonyms, key=lambda d: (-len(d), d)))
    return Gazetteer(
        places=places,
        demonyms=demonyms,
        capitals=capitals,
        pattern=_words_pattern(all_words, case_sensitive=True),
        demonym_capital=re.compile(rf"(?<![\w.])(?P<demonym>{demonym_body})\s+capital(?!\w)"),
        cities=cities,
        cities_by_first_word=_by_first_word(cities),
        waters=waters,
        waters_pattern=_words_pattern(set(waters), case_sensitive=True),
    )


@dataclass(frozen=True)
class Person:
    """A public figure of ``people.json``: the side they belong to is what their name gives a text."""

    name: str
    side: str  # a country of the gazetteer or an organisation of speakers.json
    side_kind: str  # "country" | "organisation"


@dataclass(frozen=True)
class People:
    by_name: dict[str, Person]  # full names and their spellings
    by_surname: dict[str, tuple[Person, ...]]  # words that name them standing alone ("Putin")
    pattern: WordList  # both, case-sensitive

    def side_of(self, surface: str) -> Person | None:
        """The person a name stands for, or, for a surname two people share, one of them when
        both are of one side (what a party to talks needs); None when their sides differ."""
        if surface in self.by_name:
            return self.by_name[surface]
        known = self.by_surname.get(surface, ())
        return known[0] if known and len({p.side for p in known}) == 1 else None

    def one_named(self, surface: str) -> Person | None:
        """The one person ``surface`` names, as a speaker needs; None for a shared surname."""
        if surface in self.by_name:
            return self.by_name[surface]
        known = self.by_surname.get(surface, ())
        return known[0] if len(known) == 1 else None


@cache
def people() -> People:
    countries = {country["name"] for country in _read("gazetteer.json")["countries"]}
    organisations = set(_read("speakers.json")["organisations"])
    by_name: dict[str, Person] = {}
    by_surname: dict[str, list[Person]] = {}
    for entry in _read("people.json")["people"]:
        side = entry["of"]
        if side not in countries and side not in organisations:
            raise ValueError(f"people.json: {entry['name']!r} is of {side!r}, no country or organisation")
        person = Person(entry["name"], side, "country" if side in countries else "organisation")
        for spelling in [entry["name"], *entry.get("spellings", [])]:
            by_name[spelling] = person
        for surname in entry.get("alone", []):
            by_surname.setdefault(surname, []).append(person)
    return People(
        by_name=by_name,
        by_surname={surname: tuple(known) for surname, known in by_surname.items()},
        pattern=_words_pattern(set(by_name) | set(by_surname), case_sensitive=True),
    )


def _by_first_word(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for name in names:
        grouped.setdefault(name.split()[0].rstrip("."), []).append(name)
    return {word: tuple(sorted(group, key=lambda n: (-len(n), n))) for word, group in grouped.items()}


def _cities(known: dict[str, Place], country_names: dict[str, str]) -> dict[str, Place]:
    """The large cities of ``cities.json`` (built from GeoNames by scripts/build_cities.py), less the known places."""
    data = _read("cities.json")
    countries: dict[str, str] = data["countries"]
    cities: dict[str, Place] = {}
    for name, code, latitude, longitude in data["cities"]:
        if name in known:
            continue
        country = country_names.get(code) or countries.get(code, code)
        cities[name] = Place(name, country, "city", float(latitude), float(longitude))
    return cities


@cache
def ordinals() -> dict[str, int]:
    lexicon = json.loads(resources.files("chrono.temporal.rules").joinpath("lexicon.json").read_text("utf-8"))
    return {k.lower(): int(v) for k, v in lexicon["ordinal"]["values"].items()}
