"""extract_many: every input gets a result, in order, the same with one process or two."""

import datetime as dt

import pytest

import chrono
from chrono.batch import extract_many
from chrono.inputs import InputFailure
from chrono.models import Document

DAY = dt.date(2026, 3, 12)
TEXTS = [
    "The third round of talks between Iran and Oman opened on Monday in Muscat.",
    "Foreign Minister Ana Lopez said on Tuesday that 40 per cent of the border was open.",
    "Russia launched a missile attack on Kharkiv on Sunday, officials said.",
]


def documents(count: int) -> list[Document]:
    return [Document(id=f"d{n}", text=TEXTS[n % 3], published=DAY) for n in range(count)]


def test_results_come_in_input_order_with_errors_in_place():
    items = [*documents(2), InputFailure("broken.txt", "file is empty"), "   ", documents(3)[2]]
    results = list(extract_many(items))
    assert [r.name for r in results[:3]] == ["d0", "d1", "broken.txt"]
    assert [r.ok for r in results] == [True, True, False, False, True]
    assert results[2].error == "broken.txt: file is empty"
    assert "has no text" in results[3].error


def test_two_processes_give_what_one_gives():
    items = documents(20)
    one = [r.timeline for r in extract_many(items, jobs=1)]
    two = [r.timeline for r in extract_many(items, jobs=2)]
    assert one == two
    assert chrono.Timeline.merge(two).events == chrono.Timeline.merge(one).events


def test_ids_are_made_unique_across_the_batch(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(TEXTS[0], "utf-8")
    results = list(extract_many([tmp_path / "a" / "report.txt", tmp_path / "b" / "report.txt"], published="2026-03-12"))
    assert [r.timeline.documents[0].id for r in results] == ["report", "report-2"]
    assert {s.document_id for r in results for e in r.timeline.events for s in e.sources} == {"report", "report-2"}


def test_a_file_name_that_is_not_valid_text_still_gives_an_id_every_output_can_write(tmp_path):
    try:
        (tmp_path / "caf\udce9.txt").write_text(TEXTS[0], "utf-8")  # the bytes caf\xe9.txt, not UTF-8
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    (result,) = extract_many([tmp_path / "caf\udce9.txt"], published="2026-03-12")
    assert result.timeline.documents[0].id == "caf\ufffd"
    merged = chrono.Timeline.merge([result.timeline, *[r.timeline for r in extract_many(documents(1))]])
    assert "caf\ufffd" in merged.to_json()


def test_published_dates_every_document_and_bad_jobs_are_refused():
    (result,) = extract_many([Document(text=TEXTS[0])], published="2026-03-12")
    assert result.timeline.documents[0].publication.date == DAY
    with pytest.raises(ValueError, match="at least 1"):
        list(extract_many(documents(1), jobs=0))


def test_stopping_early_stops_the_workers():
    results = extract_many(documents(200), jobs=2)
    first = next(results)
    results.close()  # the pool shuts down; nothing hangs
    assert first.ok


def test_an_internal_error_costs_one_document_not_the_batch(monkeypatch):
    import chrono.batch

    real = chrono.batch.extract_document

    def flaky(document, **options):
        if document.id == "d1":
            raise RuntimeError("boom")
        return real(document, **options)

    monkeypatch.setattr(chrono.batch, "extract_document", flaky)
    results = list(extract_many(documents(3)))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error == "d1: internal error (RuntimeError: boom); please report"


def test_a_script_without_the_main_guard_gets_a_clear_error(tmp_path):
    import subprocess
    import sys

    script = tmp_path / "unguarded.py"
    script.write_text(
        "import chrono\n"
        "from chrono.models import Document\n"
        "documents = [Document(id=f'd{n}', text='Russia shelled Kherson on Saturday.') for n in range(20)]\n"
        "try:\n"
        "    list(chrono.extract_many(documents, jobs=2))\n"
        "except chrono.errors.ChronoError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert "is not called under 'if __name__ == \"__main__\":'" in result.stdout


def test_a_pool_serves_batch_after_batch_as_one_process_would():
    items = documents(20)
    one = [r.timeline for r in extract_many(items, jobs=1)]
    with chrono.WorkerPool(jobs=2) as pool:
        first = [r.timeline for r in pool.extract_many(items)]
        second = [r.timeline for r in pool.extract_many(items[:5])]
    assert first == one
    assert second == one[:5]


def test_a_batch_stopped_early_leaves_the_pool_working():
    with chrono.WorkerPool(jobs=2) as pool:
        results = pool.extract_many(documents(100))
        assert next(results).ok
        results.close()  # chunks not started are dropped
        assert [r.name for r in pool.extract_many(documents(3))] == ["d0", "d1", "d2"]


def test_a_pool_needs_a_worker_and_refuses_work_once_closed():
    with pytest.raises(ValueError, match="at least 1"):
        chrono.WorkerPool(jobs=0)
    pool = chrono.WorkerPool(jobs=1)
    pool.close()
    with pytest.raises(ValueError, match="closed"):
        list(pool.extract_many(documents(1)))


def test_a_result_json_cannot_carry_crosses_to_the_main_process_all_the_same():
    """An error naming a file whose name is not valid text (half a character) still arrives."""
    failure = InputFailure("caf\udce9.txt", "file is empty")
    with chrono.WorkerPool(jobs=1) as pool:
        (result,) = pool.extract_many([failure])
    assert result.error == "caf\udce9.txt: file is empty"


def test_a_script_read_from_standard_input_is_told_why_workers_cannot_start():
    import subprocess
    import sys

    script = (
        "import chrono\n"
        "from chrono.models import Document\n"
        "documents = [Document(id=f'd{n}', text='Russia shelled Kherson on Saturday.') for n in range(20)]\n"
        "if __name__ == '__main__':\n"
        "    try:\n"
        "        list(chrono.extract_many(documents, jobs=2))\n"
        "    except chrono.errors.ChronoError as error:\n"
        "        print(error)\n"
    )
    result = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=120)
    assert "read from standard input" in result.stdout
