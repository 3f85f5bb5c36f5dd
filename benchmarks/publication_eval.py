"""Score publication-date inference: each document's own date hidden, inferred from its text.

Usage: python benchmarks/publication_eval.py [--timeml DIR] [--news DIR] [--read-after 0,30]

Run on a TimeML corpus (e.g. ../shared/data/timeml/tbaq: the document creation times) and on
the news development set (e.g. ../shared/data/news-dev: the ``published`` of each meta.json).
"Today" is set some days after each document's real date (--read-after): 0 is a reader who
runs chrono on the day's news, 30 one who runs it on a month-old archive. A document that names
no day is dated today, so it is only right when read the same day.

Printed for each corpus and reading day: the share of documents dated exactly, within 1, 7
and 31 days and within a year, and the median error in days, over all documents and over those
that name a day of a month, beside the baseline of dating every document today. For the TimeML corpus,
also what the user sees: the value accuracy of the resolved expressions (of those that overlap
a gold TIMEX3) against the inferred date, beside the same against today and against the real date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chrono.evaluation.timeml import Score, Timex, read_corpus, score_document
from chrono.models import Document, PublicationDate
from chrono.pipeline import publication_of, resolve_matches, segment, tag

# Rules that name a day of a month: documents with one are scored apart (the same documents
# whatever the inference makes of them).
_DAY_RULES = frozenset(
    ("iso_date", "month_day_year", "day_month_year", "month_day", "day_month", "month_day_range", "weekday_date")
)


@dataclass(frozen=True)
class Dated:
    name: str
    text: str
    date: dt.date
    gold: tuple[Timex, ...] = ()


def timeml_documents(directory: Path) -> list[Dated]:
    return [Dated(d.name, d.text, d.dct, d.gold) for d in read_corpus(directory)]


def news_documents(directory: Path) -> list[Dated]:
    documents = []
    for meta in sorted(directory.glob("*.meta.json")):
        text = meta.with_name(meta.name.replace(".meta.json", ".txt")).read_text(encoding="utf-8")
        published = dt.date.fromisoformat(json.loads(meta.read_text(encoding="utf-8"))["published"])
        documents.append(Dated(meta.name.removesuffix(".meta.json"), text, published))
    return documents


def _shares(errors: list[int]) -> str:
    if not errors:
        return "(none)"
    n = len(errors)
    within = [sum(e <= limit for e in errors) / n for limit in (0, 1, 7, 31, 366)]
    return "".join(f"{share:>8.2f}" for share in within) + f"{statistics.median(errors):>9.1f}"


def evaluate(name: str, documents: list[Dated], read_after: int) -> None:
    inferred_errors: list[int] = []
    named_errors: list[int] = []
    today_errors: list[int] = []
    named_today_errors: list[int] = []
    real, guessed, dated_today = {"ALL": Score()}, {"ALL": Score()}, {"ALL": Score()}
    for document in documents:
        today = document.date + dt.timedelta(days=read_after)
        sentences = segment(document.text)
        matches = tag(document.text, sentences)
        publication, _ = publication_of(Document(text=document.text, id=document.name), sentences, matches, now=today)
        error = abs((publication.date - document.date).days)
        inferred_errors.append(error)
        today_errors.append(read_after)
        if any(match.rule in _DAY_RULES for match in matches):
            named_errors.append(error)
            named_today_errors.append(read_after)
        if document.gold:
            given = PublicationDate(date=document.date, inferred=False, certainty=1.0, evidence=["given"])
            on_today = PublicationDate(date=today, inferred=True, certainty=0.1, evidence=["today"])
            for anchor, scores in ((given, real), (publication, guessed), (on_today, dated_today)):
                expressions = resolve_matches(document.text, sentences, matches, anchor)
                system = [Timex(e.start, e.end, e.text, e.value.timex_type.value, e.value.value) for e in expressions]
                score_document(document.gold, system, scores)
    print(f"\n{name}: {len(documents)} documents, read {read_after} days after publication")
    print(f"   {'':<34}{'exact':>8}{'±1 d':>8}{'±7 d':>8}{'±31 d':>8}{'±1 y':>8}{'median d':>9}")
    print(f"   {'chrono, all documents':<34}{_shares(inferred_errors)}")
    print(f"   {'baseline (today), all documents':<34}{_shares(today_errors)}")
    print(f"   {f'chrono, the {len(named_errors)} naming a day':<34}{_shares(named_errors)}")
    print(f"   {'baseline (today), the same':<34}{_shares(named_today_errors)}")
    if real["ALL"].gold:
        print(
            f"   value accuracy of the resolved expressions: {guessed['ALL'].value_accuracy:.3f} against the"
            f" inferred date, {dated_today['ALL'].value_accuracy:.3f} against today,"
            f" {real['ALL'].value_accuracy:.3f} against the real date"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--timeml", type=Path, help="TimeML corpus folder (e.g. ../shared/data/timeml/tbaq)")
    parser.add_argument("--news", type=Path, help="news-dev folder (e.g. ../shared/data/news-dev)")
    parser.add_argument("--read-after", default="0,30", help="days after publication the reader runs chrono")
    args = parser.parse_args()
    if args.timeml is None and args.news is None:
        parser.error("give --timeml DIR, --news DIR or both")
    corpora = []
    if args.timeml is not None:
        corpora.append((f"TimeML ({args.timeml})", timeml_documents(args.timeml)))
    if args.news is not None:
        corpora.append((f"news-dev ({args.news})", news_documents(args.news)))
    for days in (int(part) for part in args.read_after.split(",")):
        for name, documents in corpora:
            evaluate(name, documents, days)


if __name__ == "__main__":
    main()
