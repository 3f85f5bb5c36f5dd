"""A merge spooled to disk keeps what an in-memory merge keeps, and gives it back in the same order."""

import datetime as dt

import pytest

import chrono
from chrono.errors import OutputError
from chrono.events.merge import TimelineMerger
from chrono.events.spool import MergeSpool
from chrono.models import Document, DocumentInfo, PublicationDate, Source

DAY = dt.date(2026, 3, 12)
REPORTS = [
    ("wire", "The second round of talks between Armenia and Azerbaijan opened on Tuesday in Geneva."),
    ("daily", "Armenia and Azerbaijan began the second round of talks on Tuesday in Geneva, officials said."),
    ("radio", "Drones struck a fuel depot in Odesa on Monday, the regional governor said."),
    ("évening", "Foreign Minister Ana Lopez said on Wednesday that the ceasefire was holding."),
]


def document(identifier: str, *, sha: str = "a" * 64, inferred: bool = False, day: dt.date = DAY) -> DocumentInfo:
    publication = PublicationDate(date=day, inferred=inferred, certainty=0.5 if inferred else 1.0, evidence=["test"])
    return DocumentInfo(id=identifier, characters=10, sha256=sha, publication=publication, outlet=f"{identifier} news")


def source(document_id: str, start: int, sentence: str = "Talks opened.") -> Source:
    return Source(
        document_id=document_id,
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
        trigger="Talks",
        trigger_start=start,
        trigger_end=start + 5,
    )


def test_the_first_document_of_an_id_is_kept_and_the_rest_counted_once():
    spool = MergeSpool()
    spool.add_document(document("b", sha="1" * 64, day=dt.date(2026, 3, 1)))
    spool.add_document(document("b", sha="2" * 64))
    spool.add_document(document("a", inferred=True, day=dt.date(2026, 3, 9)))
    assert len(spool) == 2
    assert spool.document_hash("b") == "1" * 64 and spool.document_hash("nope") is None
    assert spool.document_hash("a") is not None and spool.document_hash("c") is None
    assert spool.inferred() == 1
    assert spool.latest_publication() == dt.date(2026, 3, 9)
    assert spool.outlet("a") == "a news" and spool.publication("b").date == dt.date(2026, 3, 1)
    spool.close()


def test_documents_come_back_in_the_order_python_sorts_their_ids():
    ids = ["zeta", "éclair", "alpha", "Zulu", "日本", "emoji-🙂", "ﬀ"]
    spool = MergeSpool()
    for identifier in ids:
        spool.add_document(document(identifier))
    assert [d.id for d in spool] == sorted(ids)
    spool.close()


def test_mentions_keep_the_first_at_each_place_ordered_by_document_and_position():
    spool = MergeSpool()
    first, again = source("b", 40, "First wording."), source("b", 40, "Second wording.")
    spool.add_sources(0, [(("b", 40), first), (("a", 7), source("a", 7)), (("b", 3), source("b", 3))])
    spool.add_sources(0, [(("b", 40), again)])
    spool.add_sources(1, [(("c", 1), source("c", 1))])
    kept = list(spool.sources(0))
    assert [(s.document_id, s.trigger_start) for s in kept] == [("a", 7), ("b", 3), ("b", 40)]
    assert kept[-1].sentence == "First wording."
    assert [s.document_id for s in spool.sources(1)] == ["c"]
    assert spool.counts(0) == (3, 2)
    assert [s.trigger_start for s in spool.sources(0, limit=2)] == [7, 3]
    spool.close()


def test_mentions_read_between_additions_include_every_one_added_so_far():
    # Mentions are inserted a few hundred at a time; a read must still see the ones kept back.
    spool = MergeSpool()
    for number in range(1_200):
        spool.add_sources(number % 3, [((f"d{number:04d}", 1), source(f"d{number:04d}", 1))])
        if number in (0, 700):
            assert spool.counts(0)[0] == number // 3 + 1
    spool.add_sources(0, [(("d0000", 1), source("d0000", 1, "A later wording."))])  # the first at a place stays
    assert spool.counts(0) == (400, 400) and spool.counts(2) == (400, 400)
    assert next(spool.sources(0)).sentence == "Talks opened."
    spool.close()


def reports() -> list:
    return [chrono.extract(Document(id=name, text=text, published=DAY)) for name, text in REPORTS]


def test_a_spooled_merge_gives_the_timeline_an_in_memory_merge_gives():
    timelines = reports()
    in_memory = TimelineMerger()
    with TimelineMerger(spool=True) as spooled:
        for timeline in [*timelines, timelines[0]]:  # a repeated report merges into what it repeats
            in_memory.add(timeline)
            spooled.add(timeline)
        assert spooled.timeline() == in_memory.timeline()
        assert spooled.view().event_types == in_memory.view().event_types
    talks = [e for e in in_memory.timeline().events if e.type == "talks"]
    assert len(talks) == 1 and talks[0].source_count == 2


def test_a_different_text_under_a_known_id_is_renamed_in_a_spooled_merge_too():
    first = chrono.extract(Document(id="report", text=REPORTS[0][1], published=DAY))
    second = chrono.extract(Document(id="report", text=REPORTS[2][1], published=DAY))
    with TimelineMerger(spool=True) as merger:
        merger.add(first)
        merger.add(second)
        merged = merger.timeline()
    assert [d.id for d in merged.documents] == ["report", "report-2"]
    assert {s.document_id for e in merged.events for s in e.sources} == {"report", "report-2"}


def test_a_full_disk_is_an_output_error_that_says_what_to_do():
    spool = MergeSpool()
    spool._db.execute("PRAGMA max_page_count = 8")  # a database of a few pages: as good as a full disk
    with pytest.raises(OutputError, match="TMPDIR"):
        for number in range(10_000):
            spool.add_document(document(f"document-{number:05d}"))
    spool.close()


def test_mentions_that_do_not_fit_on_the_disk_are_an_output_error_too():
    spool = MergeSpool()
    spool._db.execute("PRAGMA max_page_count = 8")
    with pytest.raises(OutputError, match="TMPDIR"):
        for number in range(10_000):
            spool.add_sources(number, [((f"d{number}", 1), source(f"d{number}", 1))])
        spool.counts(0)
    spool.close()


def test_a_view_read_after_its_merger_is_closed_says_so():
    with TimelineMerger(spool=True) as merger:
        for timeline in reports():
            merger.add(timeline)
        view = merger.view()
    with pytest.raises(OutputError, match="merge is closed"):
        list(view.entries())


def test_mentions_at_one_place_under_two_keys_come_back_in_the_order_they_were_added():
    # Reading indexes the mentions once; ties keep the order of arrival (not of their keys), before and after.
    spool = MergeSpool()
    spool.add_sources(0, [(("b", 5, "z"), source("b", 5, "Added first.")), (("a", 9), source("a", 9))])
    spool.add_sources(0, [(("b", 5, "y"), source("b", 5, "Added second."))])
    assert [s.sentence for s in spool.sources(0)] == ["Talks opened.", "Added first.", "Added second."]
    spool.add_sources(0, [(("b", 5, "x"), source("b", 5, "Added after a read."))])
    assert [s.sentence for s in spool.sources(0)][1:] == ["Added first.", "Added second.", "Added after a read."]
    assert spool.counts(0) == (4, 2)
    spool.close()


def test_documents_dated_alike_share_one_publication_and_keep_their_own_outlet():
    spool = MergeSpool()
    for number in range(3):
        spool.add_document(document(f"d{number}"))
    spool.add_document(document("late", day=dt.date(2026, 3, 20)))
    first, second, late = (spool.publication(name) for name in ("d0", "d1", "late"))
    assert first is second and first.date == DAY and late.date == dt.date(2026, 3, 20)
    assert spool.outlet("d2") == "d2 news" and spool.publication("unknown") is None
    spool.close()
