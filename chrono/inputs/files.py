"""Reading input files into Documents, with errors that name the file and the problem."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import NamedTuple

from chrono.dates import parse_date
from chrono.errors import ChronoError, InputError
from chrono.inputs.markup import html_text, markdown_text
from chrono.models import Document

_SNIFF = 8192
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")


class InputFailure(NamedTuple):
    """An input that could not become a Document: reported, skipped, and the batch goes on."""

    name: str
    message: str


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Text of a file: UTF-8 (BOM allowed), else Windows-1252 with a warning; binary is refused."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: marked as UTF-16 but not valid UTF-16 ({error.reason})") from error
            if not text.strip():
                raise InputError(f"{name}: file is empty")
            return text, [f"{name}: read as UTF-16 (byte order mark)"]
    if b"\x00" in data[:_SNIFF]:
        raise InputError(f"{name}: looks like a binary file (contains NUL bytes), not text")
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


def read_document(path: str | Path, *, published: str | None = None) -> tuple[Document, list[str]]:
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
    text, warnings = decode(data, str(file))
    meta = {key: value for key, value in _metadata(file).items() if isinstance(value, str)}
    suffix = file.suffix.lower()
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
