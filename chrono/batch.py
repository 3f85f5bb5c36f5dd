"""Many documents through the pipeline, in parallel, one result per document as it is ready.

Work goes to worker processes in chunks (a few documents per message, so the
cost of passing data between processes stays small next to the extraction) and
at most a few chunks per worker are in flight, so a million inputs never sit
in memory at once. Results come back in input order. A document that cannot be
read or extracted becomes a result with an error; the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from chrono.errors import ChronoError
from chrono.inputs import InputFailure, Unit, read_unit
from chrono.models import Document, Timeline, whole_characters
from chrono.pipeline import document_id, extract_document

logger = logging.getLogger(__name__)

_CHUNK = 8  # documents per message to a worker
_AHEAD = 4  # chunks in flight per worker


class DocumentResult(BaseModel):
    """What became of one input: its timeline (whose document carries any warnings), or the error."""

    model_config = ConfigDict(frozen=True)

    name: str = Field(description="the file, record or document id the input is known by")
    timeline: Timeline | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.timeline is not None


Item = Document | str | os.PathLike[str] | InputFailure
_Task = tuple[Unit | InputFailure, str]  # the unit and the id its document gets


def _unit(item: Item) -> Unit | InputFailure:
    if isinstance(item, Document | InputFailure):
        return item
    if isinstance(item, str):
        return Document(text=item)
    return Path(item)


def _name(unit: Unit | InputFailure) -> str:
    if isinstance(unit, InputFailure):
        return unit.name
    if isinstance(unit, Path):
        return str(unit)
    return unit.id or document_id(unit.text)


def _wanted_id(unit: Unit | InputFailure) -> str:
    if isinstance(unit, Path):
        return unit.stem
    return _name(unit)


def numbered_tasks(items: Iterable[Item]) -> Iterator[_Task]:
    """Units with ids made unique across the batch (two "report.txt" become report and report-2)."""
    used: set[str] = set()
    for item in items:
        unit = _unit(item)
        wanted = whole_characters(_wanted_id(unit))  # a file name need not be valid text: "caf\udce9.txt"
        candidate, number = wanted, 1
        while candidate in used:
            number += 1
            candidate = f"{wanted}-{number}"
        used.add(candidate)
        yield unit, candidate


def extract_task(
    task: _Task, published: str | None, now: dt.date | None, encoding: str | None = None
) -> DocumentResult:
    unit, identifier = task
    name = _name(unit)
    if isinstance(unit, InputFailure):
        return DocumentResult(name=name, error=f"{unit.name}: {unit.message}")
    try:
        document, warnings = read_unit(unit, published=published, encoding=encoding)
        if isinstance(unit, Document) and published:
            from chrono.dates import parse_date

            document = document.model_copy(update={"published": parse_date(published, what="--published")})
        document = document.model_copy(update={"id": identifier})
        return DocumentResult(name=name, timeline=extract_document(document, now=now, warnings=warnings))
    except ChronoError as error:
        return DocumentResult(name=name, error=str(error))
    except Exception as error:  # a bug must cost one document, not the batch
        logger.exception("%s: internal error while extracting", name)
        return DocumentResult(
            name=name, error=f"{name}: internal error ({type(error).__name__}: {error}); please report"
        )


def _extract_chunk(
    chunk: list[_Task], published: str | None, now: dt.date | None, encoding: str | None
) -> list[DocumentResult]:
    return [extract_task(task, published, now, encoding) for task in chunk]


def _chunks(tasks: Iterator[_Task], size: int) -> Iterator[list[_Task]]:
    chunk: list[_Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_many(
    items: Iterable[Item],
    *,
    jobs: int = 1,
    published: str | None = None,
    now: dt.date | None = None,
    encoding: str | None = None,
) -> Iterator[DocumentResult]:
    """One :class:`DocumentResult` per item, in order, as soon as it is ready.

    Items are Documents, texts (``str``), paths of .txt/.md/.html files (``Path``),
    or InputFailures from :func:`chrono.inputs.collect` (passed through as errors).
    ``jobs`` > 1 extracts in that many worker processes; ``published``
    (YYYY-MM-DD) dates every document; ``now`` bounds publication-date inference;
    ``encoding`` is how text files are written when not UTF-8 (HTML pages say it themselves).
    Merge the timelines with :meth:`Timeline.merge`.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if isinstance(items, Sized) and len(items) <= _CHUNK:
        jobs = 1  # starting workers (about a second each) would cost more than they save
    tasks = numbered_tasks(items)
    if jobs == 1:
        for task in tasks:
            yield extract_task(task, published, now, encoding)
        return
    # spawn, not fork: a forked child inherits the parent's threads' locks; start-up costs ~1 s per worker.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    try:
        pending: deque[Future[list[DocumentResult]]] = deque()
        for chunk in _chunks(tasks, _CHUNK):
            pending.append(pool.submit(_extract_chunk, chunk, published, now, encoding))
            while len(pending) >= jobs * _AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool as error:
        raise ChronoError(
            "a worker process died: out of memory or killed (try fewer jobs), or, in a script, "
            "extract_many(jobs > 1) is not called under 'if __name__ == \"__main__\":'"
        ) from error
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # also when the caller stops reading early
