"""Reading input files into Documents, with errors that name the file and the problem."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import NamedTuple

from chrono.dates import parse_date
from chrono.errors import ChronoError, InputError, UsageError
from chrono.inputs.markup import html_text, markdown_text
from chrono.models import Document

_SNIFF = 8192
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")
# Control bytes no text file holds but by accident: all of C0 but tab, line ends, form feeds and
# escape. Random bytes are one in ten of them; more than one in sixteen (and at least three, so
# that a stray one in a short note is no verdict) is taken for binary, an image or an archive
# without NUL bytes early on, however it would decode.
_BINARY_CONTROLS = bytes(code for code in range(32) if code not in b"\t\n\x0b\x0c\r\x1b")
_BINARY_ONE_IN = 16
_BINARY_AT_LEAST = 3


class InputFailure(NamedTuple):
    """An input that could not become a Document: reported, skipped, and the batch goes on."""

    name: str
    message: str


def codec_of(encoding: str) -> str:
    """The codec's canonical name; InputError for one Python does not know."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r} (e.g. utf-8, cp1252, iso-8859-2, koi8-r)") from None


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in its first bytes (``<meta charset=...>``), if Python knows it."""
    found = _META_CHARSET.search(data[:_SNIFF])
    if found is None:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode(data: bytes, name: str, *, encoding: str | None = None) -> tuple[str, list[str]]:
    """Text of a file: BOM, else ``encoding`` if given, else UTF-8, else Windows-1252 with a warning.

    Guessing other encodings from the bytes is unreliable on short news texts (a
    KOI8-R article can pass for Shift-JIS), so it is left to the user (``--encoding``)
    or, for HTML, to the page's own declaration.
    """
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    if encoding is not None and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        codec = codec_of(encoding)
        try:
            return data.decode(codec), []
        except UnicodeDecodeError as error:
            raise InputError(f"{name}: not {codec} text (invalid byte at offset {error.start})") from error
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: marked as UTF-16 but not valid UTF-16 ({error.reason})") from error
            if not text.strip():
                raise InputError(f"{name}: file is empty")
            return text, [f"{name}: read as UTF-16 (byte order mark)"]
    head = data[:_SNIFF]
    if b"\x00" in head:
        raise InputError(f"{name}: looks like a binary file (contains NUL bytes), not text")
    controls = len(head) - len(head.translate(None, _BINARY_CONTROLS))
    if controls >= _BINARY_AT_LEAST and controls * _BINARY_ONE_IN > len(head):
        found = f"{controls} control bytes in its first {len(head)}"
        raise InputError(f"{name}: looks like a binary file ({found}), not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        try:
            return data.decode("cp1252"), [f"{name}: not valid UTF-8 at byte {error.start}; read as Windows-1252"]
        except UnicodeDecodeError:
            raise InputError(f"{name}: not UTF-8 text (invalid byte at offset {error.start})") from error


def _metadata(path: Path) -> dict[str, object]:
    """Sidecar metadata ``<name>.meta.json`` (published, url, title, outlet), if present."""
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"{sidecar}: unreadable metadata ({error})") from error
    return data if isinstance(data, dict) else {}


def read_document(
    path: str | Path, *, published: str | None = None, encoding: str | None = None
) -> tuple[Document, list[str]]:
    """A Document from a text, Markdown or HTML file; ``published`` (YYYY-MM-DD) beats every other date.

    Metadata comes from a sidecar ``<name>.meta.json`` first, then (for HTML) from the page.
    """
    file = Path(path)
    if not file.exists():
        raise InputError(f"{file}: no such file")
    if file.is_dir():
        raise InputError(f"{file}: is a directory, not a text file")
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"{file}: cannot read ({error.strerror or error})") from error
    suffix = file.suffix.lower()
    declared = declared_charset(data) if encoding is None and suffix in (".html", ".htm", ".xhtml") else None
    try:
        text, warnings = decode(data, str(file), encoding=encoding or declared)  # a page says how it is written
    except InputError:
        if declared is None:
            raise
        text, warnings = decode(data, str(file))  # the page's declaration is wrong: read it as any file
        warnings.insert(0, f"{file}: the page declares {declared}, which does not fit its bytes; ignored")
    meta = {key: value for key, value in _metadata(file).items() if isinstance(value, str)}
    if suffix in (".html", ".htm", ".xhtml"):
        page = html_text(text)
        text = page.text
        page_meta = {"title": page.title, "url": page.url, "outlet": page.outlet}
        meta = {**{k: v for k, v in page_meta.items() if v}, **meta}
        if page.published and "published" not in meta and not published:
            try:
                meta["published"] = parse_date(
                    page.published[:10] if _ISO_START.match(page.published) else page.published
                ).isoformat()
            except ChronoError:
                warnings.append(f"{file}: the page's date {page.published!r} is not a date; ignored")
    elif suffix in (".md", ".markdown"):
        page = markdown_text(text)
        text = page.text
        if page.title and "title" not in meta:
            meta["title"] = page.title
    if not text.strip():
        raise InputError(f"{file}: no text{' in the page' if suffix in ('.html', '.htm', '.xhtml') else ''}")
    date_text = published or meta.get("published")
    date = parse_date(date_text, what=f"{file}: published") if date_text else None
    return Document(
        text=text,
        id=file.stem,
        published=date,
        url=meta.get("url"),
        title=meta.get("title"),
        outlet=meta.get("outlet"),
    ), warnings
