"""Inputs: files, folders, globs, stdin and records turned into Documents, one error per bad input.

What a batch is made of (``collect``) is decided in the calling process and
cheaply; reading a single-document file (decoding it, extracting an HTML page)
is left to whoever extracts it, so that work runs in parallel too.
"""

from chrono.inputs.collect import SUFFIXES, InputFailure, Unit, collect, read_unit
from chrono.inputs.files import decode, read_document
from chrono.inputs.records import Record, read_records

__all__ = [
    "SUFFIXES",
    "InputFailure",
    "Record",
    "Unit",
    "collect",
    "decode",
    "read_document",
    "read_records",
    "read_unit",
]
