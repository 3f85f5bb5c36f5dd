"""A timeline as the writers read it: its documents by id, and its events one at a time.

A timeline of ten thousand documents holds each document's dating audit trail
and every mention of every event; kept as one ``Timeline`` object that is
hundreds of megabytes. Writers need much less at any moment: the number of
documents, a document's publication date and outlet by id, one pass over the
documents (the workbook's Dates sheet, the JSON file) and one pass over the
events. A ``TimelineView`` offers exactly that, so the same writers serve a
``Timeline`` in memory and a merge whose documents and mentions wait on disk
(:mod:`chrono.events.spool`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from chrono.models import DocumentInfo, Event, PublicationDate, Source, Timeline


class Documents(Protocol):
    """The documents of a timeline: a count, lookups by id, and one pass in id order."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[DocumentInfo]: ...

    def publication(self, document_id: str) -> PublicationDate | None: ...

    def outlet(self, document_id: str) -> str | None: ...

    def latest_publication(self) -> dt.date | None: ...

    def inferred(self) -> int:
        """How many publication dates were inferred from the text."""
        ...

    def expressions(self) -> int:
        """How many time expressions the documents hold: the rows of a workbook's Dates sheet."""
        ...


class DocumentList:
    """Documents held in memory (those of a ``Timeline``), indexed by id on first lookup."""

    def __init__(self, documents: Sequence[DocumentInfo]) -> None:
        self._documents = documents
        self._by_id: dict[str, DocumentInfo] | None = None

    def __len__(self) -> int:
        return len(self._documents)

    def __iter__(self) -> Iterator[DocumentInfo]:
        return iter(self._documents)

    def _get(self, document_id: str) -> DocumentInfo | None:
        if self._by_id is None:
            self._by_id = {document.id: document for document in self._documents}
        return self._by_id.get(document_id)

    def publication(self, document_id: str) -> PublicationDate | None:
        found = self._get(document_id)
        return found.publication if found else None

    def outlet(self, document_id: str) -> str | None:
        found = self._get(document_id)
        return found.outlet if found else None

    def latest_publication(self) -> dt.date | None:
        return max((d.publication.date for d in self._documents), default=None)

    def inferred(self) -> int:
        return sum(1 for d in self._documents if d.publication.inferred)

    def expressions(self) -> int:
        return sum(len(d.temporal_expressions) for d in self._documents)


FIRST_MENTIONS = 10  # mentions that travel with an event; the rest are read when a writer asks


@dataclass(frozen=True)
class EventEntry:
    """An event as writers read it: the event with its first mentions, and every mention on demand.

    A story reported by ten thousand outlets has tens of thousands of mentions.
    Titles, ids, descriptions and the first source sentence need only the first
    few, so ``event.sources`` may hold just those (at least one); a writer that
    lists them all (JSON, the workbook's Sources sheet) reads ``sources()``, one
    mention at a time.
    """

    event: Event
    mentions: int
    read_sources: Callable[[], Iterator[Source]]

    def sources(self) -> Iterator[Source]:
        return self.read_sources()

    def whole(self) -> Event:
        """The event with all its mentions in memory."""
        if self.mentions == len(self.event.sources):
            return self.event
        return self.event.model_copy(update={"sources": list(self.read_sources())})


def entry_of(event: Event) -> EventEntry:
    return EventEntry(event=event, mentions=len(event.sources), read_sources=lambda: iter(event.sources))


@dataclass(frozen=True)
class TimelineView:
    """Documents, and a way to walk the events (each call a fresh pass, in timeline order)."""

    documents: Documents
    walk: Callable[[], Iterator[EventEntry]]
    event_types: Counter[str]  # events by type, known before the walk (summaries, titles)

    @property
    def event_count(self) -> int:
        return sum(self.event_types.values())

    def entries(self) -> Iterator[EventEntry]:
        return self.walk()

    def events(self) -> Iterator[Event]:
        """Each event whole, all its mentions included."""
        return (entry.whole() for entry in self.walk())

    def timeline(self) -> Timeline:
        """The whole timeline in memory: every document and every mention at once."""
        return Timeline(documents=list(self.documents), events=list(self.events()))


def view_of(timeline: Timeline | TimelineView) -> TimelineView:
    if isinstance(timeline, TimelineView):
        return timeline
    return TimelineView(
        documents=DocumentList(timeline.documents),
        walk=lambda: (entry_of(event) for event in timeline.events),
        event_types=Counter(event.type for event in timeline.events),
    )
