"""Huge, hostile and edge-case inputs: a clear error or a correct answer, never a crash."""

from __future__ import annotations

import datetime as dt
import logging
import os
import subprocess
import sys

import pytest

import chrono
from chrono.errors import ChronoError, DateError, InputError, OutputError
from chrono.export import render
from chrono.export.files import write_atomic
from tests.conftest import ROOT

PUBLISHED = dt.date(2026, 3, 12)


def consistent(text: str) -> chrono.Timeline:
    timeline = chrono.extract(text, published=PUBLISHED)
    for expression in timeline.documents[0].temporal_expressions:
        assert text[expression.start : expression.end] == expression.text
    for event in timeline.events:
        for source in event.sources:
            assert text[source.sentence_start : source.sentence_end] == source.sentence
            assert text[source.trigger_start : source.trigger_end] == source.trigger
    return timeline


@pytest.mark.parametrize(
    "text",
    [
        "x" * 200_000,  # no spaces, no newlines
        "7" * 200_000,  # digits only
        "(" * 150_000 + ")" * 150_000,  # 300,000 nested parentheses
        "Monday March May Tuesday June last Friday " * 3000,  # runs of weekday and month words
        "talks\u200b on\u200f Monday \u202eyadnoM\u202c said\u200d. " * 2000,  # zero-width and right-to-left
        "Talks began on Monday.\r\nThey ended Tuesday.\rAnd\n" * 2000,  # mixed line endings
    ],
    ids=["no-spaces", "digits", "nested-parentheses", "weekday-runs", "zero-width-rtl", "mixed-line-endings"],
)
def test_hostile_shapes_give_a_consistent_answer(text):
    consistent(text)


def test_a_megabyte_sentence_quotes_only_around_each_trigger():
    text = "Russia launched a missile attack on Ukraine on Monday, " * 20_000
    timeline = consistent(text)
    assert all(len(s.sentence) <= 2000 for e in timeline.events for s in e.sources)


def test_zero_width_characters_do_not_hide_a_date():
    (found,) = chrono.resolve("The talks\u200b ended on Monday\u200b.", PUBLISHED)
    assert found.value.value == "2026-03-09"


@pytest.mark.parametrize(
    "text",
    ["It happened on February 30.", "It happened on 31 April 2025.", "It happened on Feb. 29, 2023.", "In year 0."],
)
def test_impossible_dates_are_not_expressions(text):
    assert chrono.resolve(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("It ended last December.", dt.date(2026, 1, 1), "2025-12"),
        ("It starts next month.", dt.date(2026, 12, 31), "2027-01"),
        ("It ended last Thursday.", dt.date(2026, 2, 5), "2026-01-29"),  # said on a Thursday
        ("It began in '98.", dt.date(2026, 2, 5), "1998"),
        ("It was signed on Feb. 5, '26.", dt.date(2026, 2, 5), "2026-02-05"),
        ("The castle fell in 1066.", dt.date(2026, 2, 5), "1066"),
        ("The bond matures on March 3, 2150.", dt.date(2026, 2, 5), "2150-03-03"),
        ("It ended yesterday.", dt.date(1, 1, 1), None),  # no day before the first day
        ("It starts tomorrow.", dt.date(9999, 12, 31), None),  # no day after the last day
    ],
)
def test_edge_dates(text, dct, expected):
    values = [e.value.value for e in chrono.resolve(text, dct)]
    assert values == ([expected] if expected else [])


def test_last_weekday_said_on_that_weekday_is_a_week_back_with_one_reading():
    (found,) = chrono.resolve("It ended last Thursday.", dt.date(2026, 2, 5))
    assert found.value.alternatives == []


def test_empty_text_is_an_input_error():
    with pytest.raises(InputError):
        chrono.extract("   \n ", published=PUBLISHED)


def test_the_exception_hierarchy():
    for error in (InputError, DateError, OutputError):
        assert issubclass(error, ChronoError)
    with pytest.raises(ChronoError):
        chrono.extract("Talks on Monday.", published="2026-02-30")


def test_logging_is_quiet_by_default_and_informative_when_asked(capsys, caplog):
    chrono.extract("The talks between Iran and Oman ended on Monday.", published=PUBLISHED)
    assert capsys.readouterr().err == ""
    with caplog.at_level(logging.INFO, logger="chrono"):
        chrono.extract("The talks between Iran and Oman ended on Monday.", published=PUBLISHED)
    assert any("events" in record.getMessage() for record in caplog.records)


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "timeline.json"
    target.write_bytes(b"old")

    def broken_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="No space left"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.json"]


def chrono_cli(*args: str, cwd=ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "chrono", *args], capture_output=True, cwd=cwd, timeout=120)


def test_a_batch_reports_bad_files_and_writes_the_rest(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The talks between Iran and Oman ended on Monday.", "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "t.json"
    result = chrono_cli(
        "extract",
        str(tmp_path / "empty.txt"),
        str(good),
        str(tmp_path / "blob.txt"),
        str(tmp_path / "missing.txt"),
        "--published",
        "2026-03-12",
        "-o",
        str(out),
    )
    assert result.returncode == 3
    errors = result.stderr.decode().splitlines()
    reported = [line for line in errors if line.startswith("chrono: error:")]
    assert len(reported) == 3  # the empty, the binary and the missing file, one line each
    assert all(name in " ".join(reported) for name in ("empty.txt", "blob.txt", "missing.txt"))
    assert out.exists() and b'"good"' in out.read_bytes()
    assert b"Traceback" not in result.stderr


def test_encodings(tmp_path):
    (tmp_path / "latin.txt").write_bytes("The talks in Zürich ended on Monday – calm.".encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes("\ufeffThe talks ended on Monday.".encode("utf-16-le"))
    (tmp_path / "bom.txt").write_bytes("\ufeffThe talks ended on Monday.".encode("utf-8"))
    for name, warning in (("latin.txt", b"Windows-1252"), ("utf16.txt", b"UTF-16"), ("bom.txt", b"")):
        result = chrono_cli("extract", str(tmp_path / name), "--published", "2026-03-12")
        assert result.returncode == 0, result.stderr
        assert warning in result.stderr
        assert b"Monday" in result.stdout


def test_a_folder_without_articles_is_a_clear_error(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = chrono_cli("extract", str(tmp_path))
    assert (result.returncode, b"folder has no .htm, .html" in result.stderr) == (3, True)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_is_a_clear_error(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("The talks ended on Monday.", "utf-8")
    locked.chmod(0)
    result = chrono_cli("extract", str(locked))
    assert (result.returncode, b"cannot read" in result.stderr) == (3, True)


def test_a_read_failure_is_an_input_error_naming_the_file(tmp_path, monkeypatch):
    from pathlib import Path

    from chrono.inputs import read_document

    article = tmp_path / "denied.txt"
    article.write_text("The talks ended on Monday.", "utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(InputError, match=r"denied\.txt: cannot read \(Permission denied\)"):
        read_document(article)


def test_half_a_character_does_not_break_any_output():
    timeline = chrono.extract(
        "Iran and Oman held talks on Monday in Muscat \ud800 officials said.", published=dt.date(2026, 3, 12)
    )
    sentence = timeline.events[0].sources[0].sentence
    assert "\ufffd" in sentence and "\ud800" not in sentence
    for fmt in ("json", "jsonl", "ics", "xlsx", "csv", "html", "timelinejs"):
        assert render(timeline, fmt)
