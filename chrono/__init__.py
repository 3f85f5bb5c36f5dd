"""chrono-timeline: news text in, a dated and sourced timeline of events out.

The public API::

    import chrono
    timeline = chrono.extract(text, published="2026-02-05")
    timeline.to_json(); timeline.to_ical(); timeline.to_excel("out.xlsx")
    chrono.resolve("talks resumed on Monday", dct=datetime.date(2026, 2, 5))
    for result in chrono.extract_many(documents_or_paths, jobs=2): ...
    with chrono.WorkerPool(jobs=2) as pool:  # workers started once for many batches
        for result in pool.extract_many(batch): ...
"""

from __future__ import annotations

import logging

from chrono.batch import DocumentResult, WorkerPool, extract_many
from chrono.models import (
    Actor,
    Document,
    Event,
    Location,
    Source,
    TemporalExpression,
    Timeline,
    TimeValue,
)
from chrono.pipeline import extract, resolve

__version__ = "0.1.0"

# Quiet by default, as a library should be; applications configure logging themselves.
logging.getLogger("chrono").addHandler(logging.NullHandler())

__all__ = [
    "Actor",
    "Document",
    "DocumentResult",
    "Event",
    "Location",
    "Source",
    "TemporalExpression",
    "TimeValue",
    "Timeline",
    "WorkerPool",
    "__version__",
    "extract",
    "extract_many",
    "resolve",
]
