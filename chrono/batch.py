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
from pydantic_core import PydanticSerializationError

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
) -> list[str | DocumentResult]:
    """A chunk's results as JSON, which crosses the process boundary in half the time a pickle takes.

    Rebuilding a pickled timeline costs the main process about 0.9 ms for a seed-sized article,
    validating its JSON about 0.4: on two cores the main process shares a core with a worker.
    A result JSON cannot carry (a file name that is not valid text) travels pickled.
    """
    results: list[str | DocumentResult] = []
    for task in chunk:
        result = extract_task(task, published, now, encoding)
        try:
            results.append(result.model_dump_json())
        except PydanticSerializationError:
            results.append(result)
    return results


def _received(future: Future[list[str | DocumentResult]]) -> list[DocumentResult]:
    return [r if isinstance(r, DocumentResult) else DocumentResult.model_validate_json(r) for r in future.result()]


def _warm_up() -> None:
    """Load the lexicons and compile the rules in a new worker, before its first chunk arrives."""
    try:
        warm = Document(text="Talks resumed in Geneva on Monday, officials said.", published=dt.date(2026, 1, 5))
        extract_document(warm)
    except Exception:  # a failure here shows again, per document, where it can be reported
        logger.debug("warming up a worker failed", exc_info=True)


def _ready() -> bool:
    return True


def _chunks(tasks: Iterator[_Task], size: int) -> Iterator[list[_Task]]:
    chunk: list[_Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class WorkerPool:
    """Worker processes kept for batch after batch.

    Starting a worker costs about a second (imports, lexicons, compiled rules).
    :func:`extract_many` with ``jobs`` > 1 pays it on every call; a service or a
    notebook that extracts many batches keeps a pool and pays it once. The
    workers start, and warm up, as soon as the pool is made, while the caller
    gathers its inputs. Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, jobs: int = 2) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        self.jobs = jobs
        self._closed = False
        # spawn, not fork: a forked child inherits the parent's threads' locks.
        context = multiprocessing.get_context("spawn")
        self._executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_warm_up)
        for _ in range(jobs):  # one task per worker makes the executor start them all now
            self._executor.submit(_ready)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers; work not yet started is dropped."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)

    def extract_many(
        self,
        items: Iterable[Item],
        *,
        published: str | None = None,
        now: dt.date | None = None,
        encoding: str | None = None,
    ) -> Iterator[DocumentResult]:
        """As :func:`extract_many`, in this pool's workers."""
        if self._closed:
            raise ValueError("this WorkerPool is closed; make a new one")
        pending: deque[Future[list[str | DocumentResult]]] = deque()
        try:
            for chunk in _chunks(numbered_tasks(items), _CHUNK):
                pending.append(self._executor.submit(_extract_chunk, chunk, published, now, encoding))
                while len(pending) >= self.jobs * _AHEAD:
                    yield from _received(pending.popleft())
            while pending:
                yield from _received(pending.popleft())
        except BrokenProcessPool as error:
            raise ChronoError(
                "a worker process died: out of memory or killed (try fewer jobs), or, in a script, "
                "extract_many(jobs > 1) is not called under 'if __name__ == \"__main__\":', "
                "or the script has no file (read from standard input): workers start by importing it"
            ) from error
        finally:
            for future in pending:  # the caller stopped reading: chunks not started are dropped
                future.cancel()


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
    ``jobs`` > 1 extracts in that many worker processes, started for this call
    (keep a :class:`WorkerPool` to start them once for many calls); ``published``
    (YYYY-MM-DD) dates every document; ``now`` bounds publication-date inference;
    ``encoding`` is how text files are written when not UTF-8 (HTML pages say it themselves).
    Merge the timelines with :meth:`Timeline.merge`.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if isinstance(items, Sized) and len(items) <= _CHUNK:
        jobs = 1  # starting workers (about a second each) would cost more than they save
    if jobs == 1:
        for task in numbered_tasks(items):
            yield extract_task(task, published, now, encoding)
        return
    with WorkerPool(jobs) as pool:  # closed also when the caller stops reading early
        yield from pool.extract_many(items, published=published, now=now, encoding=encoding)
