"""The pipeline: Document -> segment -> tag -> resolve -> detect -> link -> merge -> Timeline.

Each stage is a pure function of its inputs; this module only wires them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable

from chrono.errors import InputError
from chrono.events.detector import detect
from chrono.events.linker import link
from chrono.events.merge import events_from_mentions, merge_timelines
from chrono.models import (
    Document,
    DocumentInfo,
    PublicationDate,
    Sentence,
    TemporalExpression,
    Timeline,
    TimexMatch,
)
from chrono.temporal.anchor import infer_publication_date
from chrono.temporal.resolver import resolve_matches
from chrono.temporal.tagger import tag
from chrono.text.segment import segment

logger = logging.getLogger(__name__)


def document_id(text: str) -> str:
    return "doc-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def publication_of(
    document: Document, sentences: list[Sentence], matches: list[TimexMatch], *, now: dt.date | None = None
) -> tuple[PublicationDate, list[str]]:
    """The anchor date of a document, with warnings when it had to be inferred."""
    if document.published is not None:
        return PublicationDate(
            date=document.published, inferred=False, certainty=1.0, evidence=["given with the document"]
        ), []
    inferred = infer_publication_date(document.text, sentences, matches, now=now)
    warning = (
        f"publication date not given; inferred {inferred.date} (certainty {inferred.certainty}) "
        "from the text; pass a publication date to override"
    )
    return inferred, [warning]


def resolve(text: str, dct: dt.date | None = None, *, now: dt.date | None = None) -> list[TemporalExpression]:
    """Every temporal expression in ``text``, resolved against ``dct`` (inferred when None)."""
    sentences = segment(text)
    matches = tag(text, sentences)
    if dct is not None:
        publication = PublicationDate(date=dct, inferred=False, certainty=1.0, evidence=["given"])
    else:
        publication = infer_publication_date(text, sentences, matches, now=now)
    return resolve_matches(text, sentences, matches, publication)


def extract_document(document: Document, *, now: dt.date | None = None, warnings: list[str] | None = None) -> Timeline:
    """The timeline of one document; ``warnings`` from reading it are kept with it."""
    if not document.text.strip():
        raise InputError(f"document {document.id or '(unnamed)'} has no text")
    text = document.text
    doc_id = document.id or document_id(text)
    sentences = segment(text)
    matches = tag(text, sentences)
    publication, dating_warnings = publication_of(document, sentences, matches, now=now)
    expressions = resolve_matches(text, sentences, matches, publication)
    mentions = detect(doc_id, document.url, text, sentences, expressions)
    mentions = link(text, sentences, mentions, expressions, publication)
    events = events_from_mentions(mentions, headlines=frozenset(s.index for s in sentences if s.headline))
    logger.info(
        "%s: %d characters, %d time expressions, %d mentions, %d events; published %s%s",
        doc_id,
        len(text),
        len(expressions),
        len(mentions),
        len(events),
        publication.date,
        " (inferred)" if publication.inferred else "",
    )
    info = DocumentInfo(
        id=doc_id,
        url=document.url,
        title=document.title,
        outlet=document.outlet,
        characters=len(text),
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        publication=publication,
        temporal_expressions=expressions,
        warnings=[*(warnings or []), *dating_warnings],
    )
    return Timeline(documents=[info], events=events)


def extract(
    source: str | Document | Iterable[str | Document],
    *,
    published: dt.date | str | None = None,
    now: dt.date | None = None,
) -> Timeline:
    """A timeline from one text, one Document, or many; ``published`` applies to plain texts.

    ``now`` bounds publication-date inference (no article is from the future);
    it defaults to today, or to SOURCE_DATE_EPOCH when that is set.
    """
    if isinstance(published, str):
        from chrono.dates import parse_date

        published = parse_date(published, what="published")
    items = [source] if isinstance(source, (str, Document)) else list(source)
    documents = [item if isinstance(item, Document) else Document(text=item, published=published) for item in items]
    timelines = [extract_document(d, now=now) for d in documents]
    if len(timelines) == 1:
        return timelines[0]
    return merge_timelines(timelines)
