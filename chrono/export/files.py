"""Writing output files: atomically, and with a timestamp that does not change between runs."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from chrono.errors import OutputError
from chrono.models import Timeline


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    A reader never sees a half-written file, and an error leaves any old file intact.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{target}: output directory {directory} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual mode
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write ({error.strerror or error})") from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def timeline_timestamp(timeline: Timeline) -> dt.datetime:
    """When the output was "made", reproducibly: SOURCE_DATE_EPOCH, else the latest publication day.

    Using the clock would make every export differ byte for byte; the latest
    publication date is the newest information the timeline holds.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    days = [d.publication.date for d in timeline.documents]
    latest = max(days) if days else dt.date(1970, 1, 1)
    return dt.datetime(latest.year, latest.month, latest.day, tzinfo=dt.timezone.utc)
