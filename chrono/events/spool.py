"""Documents and event mentions of a large merge, kept on disk instead of in memory.

Until a merged timeline is written, the merge used to hold every document's
dating audit trail (about 20 KB each) and every mention of every event (about
2 KB each): memory grew by some 42 MB per thousand documents. While it runs,
the merge needs little of that: a document's hash, to tell two texts under one
id apart, and the mentions only when each event is written. A ``MergeSpool``
keeps them in a private temporary SQLite database (standard library, deleted
when closed) and hands them back a document, or an event's mentions, at a time.
Document bodies are stored as zlib-compressed JSON (fast level): a third of the
disk, for some 20 microseconds each. Mentions are stored as plain JSON: each is
small, so compressing it saved only a third of its bytes, at about 11
microseconds apiece in the main process of a parallel batch (whose core it shares
with a worker). They are inserted a few hundred at a time. The spool is also the
``Documents`` the writers read (:mod:`chrono.views`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import zlib
from collections.abc import Iterable, Iterator

from chrono.errors import OutputError
from chrono.models import DocumentInfo, PublicationDate, Source

_SCHEMA = """
CREATE TABLE documents (
    id BLOB PRIMARY KEY, sha256 TEXT NOT NULL, outlet TEXT, publication TEXT NOT NULL, body BLOB NOT NULL
);
CREATE TABLE sources (
    event INTEGER NOT NULL, key BLOB NOT NULL, document_id BLOB NOT NULL, trigger_start INTEGER NOT NULL,
    body BLOB NOT NULL, PRIMARY KEY (event, key)
);
"""
_PENDING_SOURCES = 512  # mentions inserted at once: one statement for a few hundred rows
_CACHED_PUBLICATIONS = 4096  # lookups by id come in runs (an event's mentions), so a small cache serves most


@contextlib.contextmanager
def _spool_errors() -> Iterator[None]:
    """SQLite's failures as the error a user can act on (a full disk, a closed merger)."""
    try:
        yield
    except sqlite3.ProgrammingError as error:
        raise OutputError(f"the merge is closed; write its view before closing it ({error})") from error
    except sqlite3.Error as error:
        raise OutputError(
            f"the merge's temporary file failed ({error}); if the disk is full, point TMPDIR at one with room"
        ) from error


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 1)


def _unpack(body: object) -> bytes:
    assert isinstance(body, bytes)
    return zlib.decompress(body)


def _key(text: str) -> bytes:
    # Ids are stored as UTF-8 bytes, which SQLite compares as Python compares the strings (by code point).
    return text.encode("utf-8")


class MergeSpool:
    """Where a merge keeps documents (first of an id wins) and each event's mentions (first of a place wins)."""

    def __init__(self) -> None:
        with _spool_errors():
            self._db = sqlite3.connect("")  # "": a private temporary database on disk, removed on close
            self._db.executescript(
                "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -8192;" + _SCHEMA
            )
        self._count = 0
        self._inferred = 0
        self._expressions = 0
        self._latest: dt.date | None = None
        self._publications: dict[str, PublicationDate | None] = {}
        self._publications_by_text: dict[str, PublicationDate] = {}
        # The document of the mention :meth:`sources` gave last (id, publication JSON, outlet): a
        # writer asks for exactly that one next, and a large merge's lookups miss every cache.
        self._at_hand: tuple[str, str, str | None] | None = None
        self._pending: list[tuple[int, bytes, bytes, int, bytes]] = []  # mentions not yet inserted
        self._ordered = False  # whether the index that reads mentions in order is made

    def close(self) -> None:
        self._db.close()

    def _execute(self, sql: str, parameters: tuple[object, ...] = ()) -> sqlite3.Cursor:
        with _spool_errors():
            return self._db.execute(sql, parameters)

    def _one(self, sql: str, parameters: tuple[object, ...]) -> tuple[object, ...] | None:
        with _spool_errors():
            row: tuple[object, ...] | None = self._db.execute(sql, parameters).fetchone()
            return row

    def _rows(self, sql: str, parameters: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
        with _spool_errors():
            yield from self._db.execute(sql, parameters)

    # Documents -------------------------------------------------------------------------

    def add_document(self, document: DocumentInfo) -> None:
        """Keep ``document`` unless one with its id is already kept."""
        cursor = self._execute(
            "INSERT OR IGNORE INTO documents VALUES (?, ?, ?, ?, ?)",
            (
                _key(document.id),
                document.sha256,
                document.outlet,
                document.publication.model_dump_json(),
                _pack(document.model_dump_json()),
            ),
        )
        if cursor.rowcount:
            self._count += 1
            self._inferred += document.publication.inferred
            self._expressions += len(document.temporal_expressions)
            day = document.publication.date
            self._latest = day if self._latest is None or day > self._latest else self._latest

    def document_hash(self, document_id: str) -> str | None:
        row = self._one("SELECT sha256 FROM documents WHERE id = ?", (_key(document_id),))
        return str(row[0]) if row else None

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[DocumentInfo]:
        """The documents in id order, one at a time."""
        for (body,) in self._rows("SELECT body FROM documents ORDER BY id"):
            yield DocumentInfo.model_validate_json(_unpack(body))

    def publication(self, document_id: str) -> PublicationDate | None:
        if document_id in self._publications:
            return self._publications[document_id]
        if self._at_hand is not None and self._at_hand[0] == document_id:
            stored: object = self._at_hand[1]
        else:
            row = self._one("SELECT publication FROM documents WHERE id = ?", (_key(document_id),))
            stored = row[0] if row else None
        found = self._parsed(stored) if isinstance(stored, str) else None
        if len(self._publications) >= _CACHED_PUBLICATIONS:
            self._publications.clear()
        self._publications[document_id] = found
        return found

    def _parsed(self, stored: str) -> PublicationDate:
        """The publication a stored JSON text holds; documents dated alike share one (it is frozen).

        A large merge asks for more documents than the cache by id keeps, event after
        event, but its documents often share a publication (a day given with --published).
        """
        found = self._publications_by_text.get(stored)
        if found is None:
            found = PublicationDate.model_validate_json(stored)
            if len(self._publications_by_text) >= _CACHED_PUBLICATIONS:
                self._publications_by_text.clear()
            self._publications_by_text[stored] = found
        return found

    def outlet(self, document_id: str) -> str | None:
        if self._at_hand is not None and self._at_hand[0] == document_id:
            return self._at_hand[2]
        row = self._one("SELECT outlet FROM documents WHERE id = ?", (_key(document_id),))
        return str(row[0]) if row and row[0] is not None else None

    def latest_publication(self) -> dt.date | None:
        return self._latest

    def inferred(self) -> int:
        return self._inferred

    def expressions(self) -> int:
        return self._expressions

    # Mentions --------------------------------------------------------------------------

    def add_sources(self, event: int, sources: Iterable[tuple[tuple[object, ...], Source]]) -> None:
        """Keep each (place, mention) of event number ``event`` unless a mention at that place is kept."""
        self._pending.extend(
            (
                event,
                _key(repr(place)),
                _key(source.document_id),
                source.trigger_start,
                source.model_dump_json().encode("utf-8"),
            )
            for place, source in sources
        )
        if len(self._pending) >= _PENDING_SOURCES:
            self._insert_pending()

    def _insert_pending(self) -> None:
        """Insert the mentions kept back, in the order they came (the first of a place wins)."""
        if self._pending:
            with _spool_errors():
                self._db.executemany("INSERT OR IGNORE INTO sources VALUES (?, ?, ?, ?, ?)", self._pending)
            self._pending = []

    def _ready_to_read(self) -> None:
        """Insert what is pending and, on the first read, index the mentions in reading order.

        Without the index every event's mentions, bodies and all, were sorted when read:
        a second of the workbook's time for 110,000 mentions. Made once, after the
        merge, the index sorts only the keys (a tenth of that) and serves every event;
        mentions added later are indexed as they come.
        """
        self._insert_pending()
        if not self._ordered:
            self._execute("CREATE INDEX sources_in_order ON sources (event, document_id, trigger_start)")
            self._ordered = True

    def sources(self, event: int, *, limit: int = -1) -> Iterator[Source]:
        """The mentions of event number ``event`` (the first ``limit``), by document and position,
        the first kept first on a tie: one at a time, however many there are."""
        self._ready_to_read()
        rows = self._rows(
            "SELECT s.body, d.publication, d.outlet FROM sources s LEFT JOIN documents d ON d.id = s.document_id"
            " WHERE s.event = ? ORDER BY s.document_id, s.trigger_start, s.rowid LIMIT ?",
            (event, limit),
        )
        for body, publication, outlet in rows:
            assert isinstance(body, bytes)
            source = Source.model_validate_json(body)
            if isinstance(publication, str):  # the mention's document is kept (it always is in a merge)
                self._at_hand = (source.document_id, publication, outlet if isinstance(outlet, str) else None)
            yield source

    def counts(self, event: int) -> tuple[int, int]:
        """How many mentions event number ``event`` has, and from how many documents."""
        self._ready_to_read()
        row = self._one("SELECT COUNT(*), COUNT(DISTINCT document_id) FROM sources WHERE event = ?", (event,))
        assert row is not None  # an aggregate always gives a row
        return int(row[0]), int(row[1])  # type: ignore[call-overload]
