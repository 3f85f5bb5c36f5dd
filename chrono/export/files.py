"""Writing output files: atomically, and with a timestamp that does not change between runs."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from chrono.errors import OutputError
from chrono.models import Timeline
from chrono.views import DocumentList, Documents


@contextlib.contextmanager
def replace_atomic(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary stream to a temporary file beside ``path``, renamed into place when the block ends.

    A reader never sees a half-written file, and an error inside the block (or
    while writing) leaves any old file intact and no temporary file behind.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{target}: output directory {directory} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise OutputError(f"{target}: cannot write ({error.strerror or error})") from error
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual mode
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write ({error.strerror or error})") from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through :func:`replace_atomic`."""
    with replace_atomic(path) as stream:
        stream.write(data)


def timeline_timestamp(timeline: Timeline) -> dt.datetime:
    """When the output was "made", reproducibly: see :func:`output_timestamp`."""
    return output_timestamp(DocumentList(timeline.documents))


def output_timestamp(documents: Documents, latest_event_day: dt.date | None = None) -> dt.datetime:
    """When the output was "made", reproducibly: SOURCE_DATE_EPOCH, else the latest publication day.

    Using the clock would make every export differ byte for byte; the latest
    publication date is the newest information the timeline holds. Events
    without their documents (JSON Lines) fall back on the latest day an event covers.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    latest = documents.latest_publication() or latest_event_day or dt.date(1970, 1, 1)
    return dt.datetime(latest.year, latest.month, latest.day, tzinfo=dt.timezone.utc)
