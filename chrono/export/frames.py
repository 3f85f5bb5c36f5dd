"""Timeline as a pandas DataFrame, for analysts who continue in a notebook (the ``pandas`` extra)."""

from __future__ import annotations

from typing import Any

from chrono.errors import ChronoError
from chrono.export.fields import COLUMNS, event_row
from chrono.models import Timeline


def timeline_to_pandas(timeline: Timeline) -> Any:
    """One row per event; ``start`` and ``end`` are datetime64[s] (second resolution reaches year 1).

    Columns are those of the CSV (``start``, ``end``, ``precision``, ``type``, ...,
    ``event_id``, ``url``); ``type`` is categorical, numbers are floats and ints.
    """
    try:
        import pandas as pd
    except ImportError as error:
        raise ChronoError("Timeline.to_pandas() needs pandas: pip install 'chrono-timeline[pandas]'") from error
    keys = [key for key, _ in COLUMNS]
    frame = pd.DataFrame([event_row(event) for event in timeline.events], columns=keys)
    for key in ("start", "end"):
        frame[key] = pd.Series(
            [pd.NaT if day is None else pd.Timestamp(day.isoformat()).as_unit("s") for day in frame[key]],
            dtype="datetime64[s]",
            index=frame.index,
        )
    frame["type"] = pd.Categorical(frame["type"], categories=["talks", "strike", "statement", "other"])
    frame["documents"] = frame["documents"].astype("int64")
    return frame
