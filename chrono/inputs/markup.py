"""Article text from HTML and Markdown, so offsets and quotes refer to what a reader sees.

HTML goes through trafilatura when the ``html`` extra is installed: it finds the
article body among menus, teasers and comment threads, and reads the page's
title, URL, site name and publication date. Without it, a small standard-library
extractor keeps the text of the page minus scripts, styles, navigation, headers,
footers and forms, and reads the same metadata from the usual ``<meta>`` tags.
Markdown keeps its text and drops its markup (emphasis, link targets). Headings
of either are left out of the text (the first becomes the title when the page
has none): a headline like "Talks" names the story and is not a sentence of it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import NamedTuple


class Extracted(NamedTuple):
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # as the page gives it; parsed later with the other dates


# Elements whose text is never article text.
_SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg", "button"}
# Elements that end a line of text.
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "blockquote", "tr", "table", "figcaption", "pre", "hr", "main", "dd", "dt",
}  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "track"}
_DATE_META = (
    "article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "og:published_time",
)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.in_title = False
        self.title: list[str] = []
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.in_heading = False
        self.headings: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
            if key and "content" in attributes:
                self.meta.setdefault(key, attributes["content"])
        elif tag == "link" and attributes.get("rel", "").lower() == "canonical":
            self.canonical = attributes.get("href") or None
        elif tag == "title":
            self.in_title = True
        elif tag in _HEADINGS:
            self.in_heading = True
            self.headings.append("")
        if tag in _SKIP and tag not in _VOID:
            self.skipping += 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skipping:
            self.skipping -= 1
        if tag == "title":
            self.in_title = False
        if tag in _HEADINGS:
            self.in_heading = False
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif self.in_heading and not self.skipping:
            self.headings[-1] += data  # a headline names the story; it is not a sentence of it
        elif not self.skipping:
            self.parts.append(data)


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def html_text_stdlib(html: str) -> Extracted:
    """The page's visible text and metadata with the standard library alone."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    meta = parser.meta
    published = next((meta[key] for key in _DATE_META if meta.get(key)), None)
    headline = next((_tidy(h) for h in parser.headings if h.strip()), None)
    title = meta.get("og:title") or headline or _tidy("".join(parser.title)) or None
    return Extracted(
        text=_tidy("".join(parser.parts)),
        title=title,
        url=meta.get("og:url") or parser.canonical,
        outlet=meta.get("og:site_name") or None,
        published=published,
    )


def html_text(html: str) -> Extracted:
    """Article text and metadata: trafilatura when installed, else the standard-library extractor."""
    try:
        import trafilatura
    except ImportError:
        return html_text_stdlib(html)
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    # trafilatura 2 answers a Document (with slots), 1.x a dict with the same names.
    names = ("text", "title", "url", "sitename", "date")
    fields = result if isinstance(result, dict) else {name: getattr(result, name, None) for name in names}
    text, title = fields.get("text") or "", fields.get("title") or None
    if not text:
        return html_text_stdlib(html)  # trafilatura found no article; keep what is visible
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        text = rest  # the headline again: a title, not a sentence (as without trafilatura)
    return Extracted(
        text=text,
        title=title,
        url=fields.get("url") or None,
        outlet=fields.get("sitename") or None,
        published=fields.get("date") or None,
    )


_FIRST_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]([^\n]*)$", re.MULTILINE)
_MD_RULES = [
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), ""),  # images
    (re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # links keep their text
    (re.compile(r"^ {0,3}#{1,6}[ \t][^\n]*$", re.MULTILINE), ""),  # headings: titles, not sentences
    (re.compile(r"^ {0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^ {0,3}[-*+][ \t]+", re.MULTILINE), ""),  # bullets
    (re.compile(r"(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\*)"), r"\1"),  # emphasis
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(r"^ {0,3}(?:```|~~~).*$", re.MULTILINE), ""),  # code fences
]


def markdown_text(markdown: str) -> Extracted:
    """The words of a Markdown article without its markup (lines stay lines); the first heading is the title."""
    heading = _FIRST_HEADING.search(markdown)
    lines = ["" if _thematic_break(line) else line for line in markdown.split("\n")]
    text = "\n".join(lines)
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return Extracted(text=text, title=heading.group(1).strip() if heading else None)


def _thematic_break(line: str) -> bool:
    """ "---", "* * *", "___": three or more of one mark and nothing else."""
    marks = line.replace(" ", "").replace("\t", "")
    return len(marks) >= 3 and len(set(marks)) == 1 and marks[0] in "-*_"
