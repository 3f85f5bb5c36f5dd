"""What a batch is made of: arguments (files, folders, globs, ``-``) expanded into work units.

A unit is either a Document already in memory (a record from a JSON or JSON
Lines file, or stdin) or the path of a single-document file (.txt, .md, .html),
read by :func:`read_unit` where it is extracted. Whatever cannot become a unit
is yielded as an :class:`InputFailure` in its place, so the batch reports it
and goes on. Order is stable: arguments as given, folder contents sorted.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from chrono.dates import parse_date
from chrono.errors import ChronoError
from chrono.inputs.files import InputFailure, decode, read_document
from chrono.inputs.records import read_records
from chrono.models import Document

# Suffixes a folder or glob is searched for, and how each is read.
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "records",
    ".jsonl": "record lines",
    ".ndjson": "record lines",
}
_GLOB_CHARACTERS = set("*?[")

Unit = Document | Path


def _is_input(path: Path) -> bool:
    """A file a folder scan takes: a known suffix, not hidden, not a ``.meta.json`` sidecar."""
    name = path.name
    return (
        path.suffix.lower() in SUFFIXES
        and not name.startswith(".")
        and not name.lower().endswith(".meta.json")
        and path.is_file()
    )


def _files(argument: str) -> list[Path] | InputFailure:
    path = Path(argument)
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if _is_input(p))
        if not found:
            return InputFailure(argument, f"folder has no {', '.join(sorted(SUFFIXES))} files")
        return found
    if path.exists() or not _GLOB_CHARACTERS & set(argument):
        return [path]  # a named file is read whatever its suffix (a missing one fails when read)
    matches = sorted(Path(m) for m in glob.glob(argument, recursive=True))
    found = [p for p in matches if _is_input(p)]
    if not found:
        return InputFailure(argument, "no input file matches this pattern")
    return found


def _records(file: Path, published: str | None) -> Iterator[Unit | InputFailure]:
    try:
        with file.open("rb") as stream:
            yield from read_records(
                stream, str(file), file.stem, jsonl=SUFFIXES[file.suffix.lower()] == "record lines", published=published
            )
    except OSError as error:
        yield InputFailure(str(file), f"cannot read ({error.strerror or error})")


def _stdin(stream: BinaryIO, published: str | None, encoding: str | None) -> Iterator[Unit | InputFailure]:
    """Standard input: JSON Lines records when it starts with "{" or "[", else one article."""
    data = stream.read()
    if data.lstrip()[:1] in (b"{", b"["):
        jsonl = data.lstrip()[:1] == b"{"
        yield from read_records(
            data.splitlines() if jsonl else [data], "<stdin>", "stdin", jsonl=jsonl, published=published
        )
        return
    try:
        text, _ = decode(data, "<stdin>", encoding=encoding)
        date = parse_date(published, what="--published") if published else None
        yield Document(text=text, id="stdin", published=date)
    except ChronoError as error:
        yield InputFailure("<stdin>", str(error))


def collect(
    arguments: Iterable[str],
    *,
    published: str | None = None,
    stdin: BinaryIO | None = None,
    encoding: str | None = None,
    exclude: Iterable[str | Path] = (),
) -> Iterator[Unit | InputFailure]:
    """Every unit the arguments name, in order; ``-`` reads standard input (in ``encoding`` if given).

    Records (.json, .jsonl) are always UTF-8, as JSON is. Files in ``exclude`` (the run's own
    outputs, say a timeline.json written into the corpus folder) are never taken from a folder or glob.
    """
    skipped = {Path(path).resolve() for path in exclude}
    for argument in arguments:
        if argument == "-":
            yield from _stdin(stdin or sys.stdin.buffer, published, encoding)
            continue
        files = _files(argument)
        if isinstance(files, InputFailure):
            yield files
            continue
        for file in files:
            if skipped and file.resolve() in skipped and Path(argument) != file:
                continue
            if SUFFIXES.get(file.suffix.lower()) in ("records", "record lines"):
                yield from _records(file, published)
            else:
                yield file


def read_unit(unit: Unit, *, published: str | None = None, encoding: str | None = None) -> tuple[Document, list[str]]:
    """The Document of a unit and the warnings from reading it; InputError if it cannot be read."""
    if isinstance(unit, Document):
        return unit, []
    return read_document(unit, published=published, encoding=encoding)
