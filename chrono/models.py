"""The pydantic contracts between pipeline stages.

Every stage takes and returns these models, so a stage can be run, tested and
replaced alone, and the JSON Schema published in ``schemas/`` is generated
from exactly the classes the code uses (``chrono schema``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from enum import Enum
from typing import Any, Literal, overload

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1.1"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def whole_characters(text: str) -> str:
    """``text`` with each lone surrogate (half a character, e.g. from an undecodable file name) as U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


class _Model(BaseModel):
    # Frozen: a stage never mutates what an earlier stage produced; it returns new objects.
    model_config = ConfigDict(frozen=True, extra="forbid")


class TimexType(str, Enum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Precision(str, Enum):
    """How fine a resolved interval is, from a single day to a century."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    UNKNOWN = "unknown"


AnchorSource = Literal["given", "inferred", "text", "default"]


class Anchor(_Model):
    """The date an expression was resolved against, and where that date came from."""

    date: dt.date
    source: AnchorSource = Field(
        description="given: publication date passed in; inferred: guessed from the text; "
        "text: an earlier expression in the text (narrative time); default: no cue at all"
    )
    text: str | None = Field(default=None, description="the expression that set a narrative anchor")


class Reading(_Model):
    """A competing interpretation of an expression, kept so a person can overrule the choice."""

    value: str
    start: dt.date | None = None
    end: dt.date | None = None
    reason: str


class TimeValue(_Model):
    """A resolved time: a TIMEX3 value plus the calendar interval it covers and why."""

    value: str = Field(description="TimeML TIMEX3 value, e.g. 2026-02-05, 2026-W06, P4Y, PAST_REF")
    timex_type: TimexType = TimexType.DATE
    start: dt.date | None = Field(default=None, description="first day covered (inclusive)")
    end: dt.date | None = Field(default=None, description="last day covered (inclusive)")
    precision: Precision = Precision.DAY
    modifier: str | None = Field(default=None, description="TIMEX3 mod: APPROX, START, MID, END, BEFORE, AFTER, ...")
    frequency: str | None = Field(
        default=None, description="TIMEX3 freq of a SET: how often in each period, e.g. 2X in 'twice a week'"
    )
    certainty: float = Field(default=1.0, ge=0.0, le=1.0)
    rationale: str = ""
    anchor: Anchor | None = None
    alternatives: list[Reading] = Field(default_factory=list)


class TemporalExpression(_Model):
    """A time expression found in a text, with its character span and resolved value."""

    text: str
    start: int = Field(ge=0, description="character offset of the first character")
    end: int = Field(ge=0, description="character offset just past the last character")
    rule: str = Field(description="the tagger rule that found it")
    sentence: int = Field(ge=0, description="index of the sentence it lies in")
    tense: Literal["past", "present", "future"] | None = None
    signal: str | None = Field(default=None, description="a preposition that shifts meaning, e.g. 'as of'")
    value: TimeValue
    range: TimeValue | None = Field(
        default=None, description="the whole interval when this expression opens a range ('from Monday to Friday')"
    )
    shifted: TimeValue | None = Field(
        default=None,
        description="the day a length written before this date counts to ('two days after March 3': March 5)",
    )

    def with_value(self, value: TimeValue) -> TemporalExpression:
        """The same words, read anew by a refiner."""
        return self.model_copy(update={"value": value})


class Sentence(_Model):
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    boilerplate: bool = Field(default=False, description="navigation lines such as 'Also Read: ...', never events")
    headline: bool = Field(
        default=False, description="a text's title line: it names a happening its body tells again, with its day"
    )


class Document(_Model):
    """An input article. Only ``text`` is required; ``published`` anchors relative dates."""

    text: str
    id: str | None = Field(default=None, description="defaults to a hash of the text")
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    language: str = "en"

    @field_validator("text", "id", "url", "title", "outlet")
    @classmethod
    def _whole_characters(cls, value: str | None) -> str | None:
        """A lone surrogate (half a character, e.g. from a mis-decoded file) becomes U+FFFD.

        No output can encode it, so it would fail every export; one code point for
        one keeps every offset into the text where it was.
        """
        return whole_characters(value) if value else value


class PublicationDate(_Model):
    """The anchor of a document: given by the user or inferred, with the evidence."""

    date: dt.date
    inferred: bool
    certainty: float = Field(ge=0.0, le=1.0)
    evidence: list[str] = Field(default_factory=list)
    alternatives: list[dt.date] = Field(default_factory=list)


ActorRole = Literal["speaker", "participant", "mediator", "attacker", "target", "host", "subject", "other"]
ActorKind = Literal["country", "person", "organisation", "group", "unknown"]


class Actor(_Model):
    name: str = Field(description="normalised name: 'Ukraine' for 'Kyiv officials'")
    role: ActorRole
    kind: ActorKind = "unknown"
    country: str | None = Field(default=None, description="the country the actor belongs to")
    title: str | None = Field(default=None, description="office held, e.g. 'President'")
    text: str = Field(description="the words in the source that name the actor")


class Location(_Model):
    name: str
    country: str | None = None
    kind: Literal["country", "city", "region", "unknown"] = "unknown"
    latitude: float | None = None
    longitude: float | None = None
    text: str = Field(description="the words in the source that name the place")


class Quantity(_Model):
    value: float | None = Field(default=None, description="None for vague amounts like 'hundreds'")
    low: float | None = None
    unit: str
    text: str
    approximate: bool = False


class EventAttributes(_Model):
    round: int | None = Field(default=None, description="negotiation round number")
    day: int | None = Field(
        default=None, description="day number within a multi-day round, or of a strike repeated day after day"
    )
    quotes: list[str] = Field(
        default_factory=list, description="distinct quotes of the mentions, the first ten of a merged event"
    )
    claim: str | None = Field(default=None, description="what a statement asserts, in its words")
    quantities: list[Quantity] = Field(
        default_factory=list, description="distinct counts of the mentions, the first ten of a merged event"
    )
    planned: bool = False


class Source(_Model):
    """One mention of an event: every field a user sees can be traced back to this text."""

    document_id: str
    url: str | None = None
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    time_text: str | None = None
    time_start: int | None = None
    time_end: int | None = None


EventType = Literal["talks", "strike", "statement", "other"]


class EventCodes(_Model):
    """The event's category in other coding schemes, for analysts who merge with their data."""

    cameo: str | None = Field(default=None, description="CAMEO event code, e.g. 046 (engage in negotiation)")
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None


class Event(_Model):
    id: str = Field(description="stable hash of type, date and key arguments")
    type: EventType
    subtype: str
    title: str
    summary: str
    date: TimeValue | None = Field(default=None, description="None when the text gives no date")
    actors: list[Actor] = Field(default_factory=list)
    location: Location | None = None
    attributes: EventAttributes = Field(default_factory=EventAttributes)
    confidence: float = Field(ge=0.0, le=1.0)
    codes: EventCodes | None = Field(default=None, description="CAMEO and ACLED categories of the subtype")
    source_count: int = Field(default=1, ge=1, description="how many documents report the event")
    sources: list[Source] = Field(min_length=1)


class DocumentInfo(_Model):
    """What the timeline keeps of an input: provenance and the dating audit trail, not the text."""

    id: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    characters: int
    sha256: str
    publication: PublicationDate
    temporal_expressions: list[TemporalExpression] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class Timeline(_Model):
    """Events across documents, sorted by date; the object every exporter takes."""

    schema_version: str = SCHEMA_VERSION
    documents: list[DocumentInfo] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    def to_json(self, *, indent: int | None = 2) -> str:
        from chrono.export.json import timeline_to_json

        return timeline_to_json(self, indent=indent)

    def to_jsonl(self) -> bytes:
        """One event per line (JSON Lines)."""
        from chrono.export.jsonl import timeline_to_jsonl

        return timeline_to_jsonl(self)

    def to_ical(self, *, name: str = "chrono-timeline") -> bytes:
        from chrono.export.ical import timeline_to_ical

        return timeline_to_ical(self, name=name)

    @overload
    def to_excel(self, path: None = None) -> bytes: ...
    @overload
    def to_excel(self, path: str | os.PathLike[str]) -> None: ...
    def to_excel(self, path: str | os.PathLike[str] | None = None) -> bytes | None:
        """Stream the workbook atomically to ``path``; without a path, return its bytes."""
        if path is None:
            from chrono.export.excel import timeline_to_xlsx

            return timeline_to_xlsx(self)
        self.save(path, "xlsx")
        return None

    def to_csv(self, *, excel_bom: bool = False) -> bytes:
        from chrono.export.csv import timeline_to_csv

        return timeline_to_csv(self, excel_bom=excel_bom)

    def to_html(self, *, title: str = "Timeline") -> bytes:
        from chrono.export.html import timeline_to_html

        return timeline_to_html(self, title=title)

    def to_timelinejs(self, *, title: str = "Timeline") -> dict[str, Any]:
        """Knight Lab TimelineJS data (``json.dumps`` it, or ``save("t.timelinejs.json")``)."""
        from chrono.export.timelinejs import timeline_to_timelinejs

        return timeline_to_timelinejs(self, title=title)

    def save(self, path: str | os.PathLike[str], fmt: str | None = None, *, title: str | None = None) -> None:
        """Write atomically in the format named by ``fmt`` or by the file's extension."""
        from chrono.export import ExportOptions, write_timeline

        write_timeline(self, path, fmt, ExportOptions() if title is None else ExportOptions(title=title))

    def to_pandas(self):  # -> pandas.DataFrame
        """One row per event, columns as in the CSV and the workbook (needs the ``pandas`` extra)."""
        from chrono.export.frames import timeline_to_pandas

        return timeline_to_pandas(self)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Timeline:
        """Read a timeline JSON file (or JSON Lines of events) written by this package."""
        from chrono.export import read_timeline

        return read_timeline(path)

    @classmethod
    def merge(cls, timelines: list[Timeline]) -> Timeline:
        """One timeline from several, with the same event reported twice merged into one."""
        from chrono.events.merge import merge_timelines

        return merge_timelines(timelines)


class TimexMatch(_Model):
    """A tagger hit before resolution: where it is and what the rule captured."""

    text: str
    start: int
    end: int
    rule: str
    resolve: str = Field(description="name of the resolver function for this rule")
    timex_type: TimexType
    sentence: int
    groups: dict[str, str] = Field(default_factory=dict)


class EventMention(_Model):
    """One sentence's evidence for an event, before mentions are merged into Events."""

    type: EventType
    subtype: str
    sentence: int
    source: Source
    actors: list[Actor] = Field(default_factory=list)
    location: Location | None = None
    attributes: EventAttributes = Field(default_factory=EventAttributes)
    anaphoric: bool = Field(default=False, description="'the talks': refers back to an event already named")
    continues: int | None = Field(
        default=None,
        description=(
            "index of the earlier mention whose time this one shares: the statement a pronoun "
            "continues, or the act a ', saying ...' clause accompanies"
        ),
    )
    detection: float = Field(ge=0.0, le=1.0, description="how sure the detector is that this is an event")
    time: TemporalExpression | None = None
    date: TimeValue | None = None
