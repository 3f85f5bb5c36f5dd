"""The same pipeline on a Dask cluster, for corpora larger than one machine (the ``dask`` extra).

The driver expands the inputs (files, folders, globs, records) exactly as the
command line does and gives every document its id; a ``dask.bag`` then extracts
the documents on the workers, merges the timelines of each partition there, and
the partial timelines are merged once more into one. Only timelines, not texts,
travel back. Paths must be readable by the workers (a shared file system or
object store mount); records read from JSON travel with their text.

    from dask.distributed import Client
    from chrono.distributed import extract_with_dask

    client = Client("scheduler:8786")  # or Client() for a local cluster
    timeline, failures = extract_with_dask(["corpus/"], published=None, partitions=64)
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable

from chrono.batch import DocumentResult, Item, extract_task, numbered_tasks
from chrono.events.merge import merge_timelines
from chrono.inputs import collect
from chrono.models import Document, Timeline


def _partition(results: Iterable[DocumentResult]) -> tuple[Timeline | None, list[str]]:
    """One partition's timelines merged, and its errors."""
    results = list(results)
    timelines = [r.timeline for r in results if r.timeline is not None]
    errors = [r.error for r in results if r.error is not None]
    return (merge_timelines(timelines) if timelines else None), errors


def _combine(parts: Iterable[tuple[Timeline | None, list[str]]]) -> tuple[Timeline | None, list[str]]:
    parts = list(parts)
    timelines = [timeline for timeline, _ in parts if timeline is not None]
    errors = [error for _, found in parts for error in found]
    return (merge_timelines(timelines) if timelines else None), errors


def _items(inputs: Iterable[str | os.PathLike[str] | Document], published: str | None) -> list[Item]:
    """Strings and paths name files, folders or globs (as on the command line); Documents pass through."""
    items: list[Item] = []
    for item in inputs:
        if isinstance(item, Document):
            items.append(item)
        else:
            items.extend(collect([os.fspath(item)], published=published))
    return items


def extract_bag(
    inputs: Iterable[str | os.PathLike[str] | Document],
    *,
    published: str | None = None,
    now: dt.date | None = None,
    partitions: int | None = None,
):  # -> dask.bag.Bag of DocumentResult
    """A lazy bag with one :class:`~chrono.batch.DocumentResult` per document; compute it, or reduce it."""
    import dask.bag as db

    tasks = list(numbered_tasks(_items(inputs, published)))
    if not tasks:
        raise ValueError("no inputs")
    count = partitions or min(len(tasks), 100)
    return db.from_sequence(tasks, npartitions=count).map(extract_task, published, now)


def extract_with_dask(
    inputs: Iterable[str | os.PathLike[str] | Document],
    *,
    published: str | None = None,
    now: dt.date | None = None,
    partitions: int | None = None,
    scheduler: str | None = None,
) -> tuple[Timeline, list[str]]:
    """One merged timeline and the errors of the documents that failed, computed on the current
    Dask scheduler (a ``distributed.Client`` if one is active) or the one named by ``scheduler``.
    """
    bag = extract_bag(inputs, published=published, now=now, partitions=partitions)
    timeline, errors = bag.reduction(_partition, _combine).compute(scheduler=scheduler)
    return (timeline or Timeline()), errors
