"""The exceptions library users can catch, one family per kind of failure.

Every error the package raises on purpose derives from :class:`ChronoError`, so
``except chrono.errors.ChronoError`` separates "your input or output is wrong"
from bugs. The CLI maps each class to a documented exit code.
"""

from __future__ import annotations

from pydantic import ValidationError


class ChronoError(Exception):
    """Base class: something about the input, options or output prevents an answer."""

    exit_code = 1


class InputError(ChronoError):
    """An input cannot be read or is not text (missing, empty, binary, undecodable)."""

    exit_code = 3


class DateError(ChronoError):
    """A date given by the user is impossible or malformed (e.g. ``--published 2026-02-30``)."""

    exit_code = 2


class UsageError(ChronoError):
    """An option the package cannot act on (e.g. an unknown ``--encoding``)."""

    exit_code = 2


class OutputError(ChronoError):
    """An output cannot be written (unknown format, missing directory, would overwrite an input)."""

    exit_code = 4


def first_problem(error: ValidationError) -> str:
    """The first thing pydantic found wrong, as "where: what", for a one-line error message."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "top level"
    return f"{where}: {first['msg']}"
