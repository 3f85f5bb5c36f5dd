"""The command line as a user runs it: a separate process, exit codes, files."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

EPOCH_2026_11_24 = "1795478400"


def chrono(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH_2026_11_24}
    return subprocess.run(
        [sys.executable, "-m", "chrono", *args], input=stdin, capture_output=True, cwd=cwd, env=env, timeout=120
    )


def test_extract_seed_to_stdout_infers_the_publication_date():
    result = chrono("extract", str(SEED), "-o", "-")
    assert result.returncode == 0, result.stderr
    timeline = json.loads(result.stdout)
    assert timeline["documents"][0]["publication"]["date"] == "2026-02-05"
    assert timeline["documents"][0]["publication"]["inferred"] is True
    assert len(timeline["events"]) == 8
    assert b"inferred 2026-02-05" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX passes arguments as bytes")
def test_a_title_in_another_encoding_keeps_a_replacement_character_not_a_crash():
    result = chrono("extract", str(SEED), "--format", "ics", "--title", "caf\udce9")  # the bytes caf\xe9
    assert result.returncode == 0, result.stderr
    assert "\r\nNAME:caf\ufffd\r\n".encode() in result.stdout


def test_published_overrides_inference():
    result = chrono("extract", str(SEED), "--published", "2015-02-05")
    timeline = json.loads(result.stdout)
    assert timeline["documents"][0]["publication"] == {
        "date": "2015-02-05",
        "inferred": False,
        "certainty": 1.0,
        "evidence": ["given with the document"],
        "alternatives": [],
    }
    assert {e["date"]["start"][:4] for e in timeline["events"] if e["date"]} == {"2015"}


def test_output_directory_gets_the_three_formats(tmp_path):
    result = chrono("extract", str(SEED), "-o", f"{tmp_path}/out/")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["timeline.ics", "timeline.json", "timeline.xlsx"]


def test_output_format_from_extension_and_same_bytes_twice(tmp_path):
    for run in (1, 2):
        assert chrono("extract", str(SEED), "-o", str(tmp_path / f"t{run}.ics")).returncode == 0
        assert chrono("extract", str(SEED), "-o", str(tmp_path / f"t{run}.xlsx")).returncode == 0
    assert (tmp_path / "t1.ics").read_bytes() == (tmp_path / "t2.ics").read_bytes()
    assert (tmp_path / "t1.xlsx").read_bytes() == (tmp_path / "t2.xlsx").read_bytes()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("extract", "missing.txt"), 3, b"missing.txt: no such file"),
        (("extract", str(SEED), "--published", "2026-02-30"), 2, b"not a real day"),
        (("extract", str(SEED), "-o", "out.pdf"), 4, b"cannot tell the format"),
        (("extract", str(SEED), "-o", "/nonexistent-dir/t.json"), 4, b"does not exist"),
    ],
)
def test_errors_are_one_line_with_a_documented_exit_code(args, code, message, tmp_path):
    result = chrono(*args, cwd=tmp_path)
    assert result.returncode == code
    assert message in result.stderr
    assert b"Traceback" not in result.stderr


def test_empty_and_binary_inputs_are_refused(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    assert b"file is empty" in chrono("extract", str(tmp_path / "empty.txt")).stderr
    result = chrono("extract", str(tmp_path / "blob.txt"))
    assert (result.returncode, b"binary" in result.stderr) == (3, True)


def test_output_equal_to_input_is_refused(tmp_path):
    article = tmp_path / "a.json"
    article.write_text("The talks between Iran and Oman ended on Monday.", "utf-8")
    result = chrono("extract", str(article), "--published", "2026-03-12", "-o", str(article))
    assert result.returncode == 4
    assert b"overwrite an input" in result.stderr


def test_timex_json_and_timeml_from_stdin():
    text = b"The envoys met on Monday and will meet again next week."
    rows = json.loads(chrono("timex", "-", "--dct", "2026-03-12", stdin=text).stdout)
    assert [(r["text"], r["value"]) for r in rows] == [("Monday", "2026-03-09"), ("next week", "2026-W12")]
    assert all(text.decode()[r["start"] : r["end"]] == r["text"] for r in rows)
    tagged = chrono("timex", "-", "--dct", "2026-03-12", "--format", "timeml", stdin=text).stdout.decode()
    assert '<TIMEX3 tid="t1" type="DATE" value="2026-03-09">Monday</TIMEX3>' in tagged


def test_timex_takes_the_publication_date_as_extract_does():
    """--published, as for extract; --dct, TimeML's name for it, is the same option."""
    text = b"The envoys met on Monday."
    for option in ("--published", "--dct"):
        rows = json.loads(chrono("timex", "-", option, "2026-03-12", stdin=text).stdout)
        assert [r["value"] for r in rows] == ["2026-03-09"]


def test_timex_json_shows_the_interval_a_range_opens():
    text = b"Fighting raged from Monday to Wednesday."
    opening, closing = json.loads(chrono("timex", "-", "--dct", "2026-03-12", stdin=text).stdout)
    assert opening["range"]["value"] == "2026-03-09/2026-03-11"
    assert opening["range"]["interval"] == ["2026-03-09", "2026-03-11"]
    assert closing["range"] is None


def test_timex_json_shows_the_day_a_length_counts_a_date_to():
    text = b"Protests began two days after the March 3 vote."
    length, date = json.loads(chrono("timex", "-", "--dct", "2026-03-12", stdin=text).stdout)
    assert (length["value"], length["shifted"]) == ("P2D", None)
    assert (date["value"], date["shifted"]["value"]) == ("2026-03-03", "2026-03-05")


def test_version_and_help():
    version = chrono("--version").stdout.decode()
    assert re.fullmatch(r"chrono-timeline \S+ \((pure Python|compiled by mypyc: \d+ modules)\)\n", version), version
    assert b"exit codes" in chrono("extract", "--help").stdout


@pytest.fixture(scope="module")
def saved_timeline(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("saved") / "timeline.json"
    assert chrono("extract", str(SEED), "--published", "2026-02-05", "-o", str(path)).returncode == 0
    return path


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("t.xlsx", b"PK"),
        ("t.ics", b"BEGIN:VCALENDAR"),
        ("t.csv", b"start,end"),
        ("t.html", b"<!DOCTYPE html>"),
        ("t.jsonl", b'{"id":'),
        ("t.timelinejs.json", b'{\n  "title"'),
    ],
)
def test_export_converts_a_saved_timeline_by_extension(saved_timeline, tmp_path, name, starts):
    result = chrono("export", str(saved_timeline), "-o", str(tmp_path / name))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / name).read_bytes().startswith(starts)


def test_export_from_json_lines_and_to_stdout(saved_timeline, tmp_path):
    lines = tmp_path / "events.jsonl"
    assert chrono("export", str(saved_timeline), "-o", str(lines)).returncode == 0
    assert chrono("export", str(lines), "-o", str(tmp_path / "from-lines.xlsx")).returncode == 0
    result = chrono("export", str(lines), "--format", "csv", "--excel-bom")
    assert result.returncode == 0 and result.stdout.startswith(b"\xef\xbb\xbfstart,end")
    assert len(result.stdout.splitlines()) == 9  # header and eight events, one undated
    titled = chrono("export", str(saved_timeline), "--format", "ics", "--title", "Ukraine talks")
    assert b"\r\nNAME:Ukraine talks\r\n" in titled.stdout


def test_extract_streams_events_as_json_lines():
    result = chrono("extract", str(SEED), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["type"] for line in result.stdout.splitlines()].count("talks") == 2


def test_export_refuses_what_it_cannot_read(tmp_path):
    (tmp_path / "other.json").write_text('{"title": "not a timeline"}')
    result = chrono("export", str(tmp_path / "other.json"), "-o", str(tmp_path / "t.xlsx"))
    assert result.returncode == 3
    assert b"not a chrono timeline JSON file (title: Extra inputs are not permitted)" in result.stderr
    assert not (tmp_path / "t.xlsx").exists()
    (tmp_path / "bad.jsonl").write_text('{"id": 1}\n')
    result = chrono("export", str(tmp_path / "bad.jsonl"), "-o", str(tmp_path / "t.xlsx"))
    assert result.returncode == 3 and b"line 1 is not an event" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl", "other.json"]  # no temporary left


def test_a_folder_in_two_processes_with_a_summary_and_no_progress_bar_when_piped(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "wire").mkdir(parents=True)
    (corpus / "one.txt").write_text("The third round of talks between Iran and Oman opened on Monday in Muscat.")
    (corpus / "wire" / "two.md").write_text("# Talks\n\nIran and Oman held the third round of talks on Monday.")
    (corpus / "wire" / "records.jsonl").write_text(
        '{"text": "Russia launched a missile attack on Kharkiv on Sunday.", "published": "2026-03-10"}\n'
        '{"text": "Russia shelled Kherson on Saturday.", "published": "2026-03-10"}\n'
    )
    (corpus / "empty.txt").write_text("")
    out = tmp_path / "timeline.xlsx"
    result = chrono("extract", str(corpus), "--published", "2026-03-12", "--jobs", "2", "-o", str(out))
    assert result.returncode == 3  # one input failed; the others are written
    assert out.read_bytes()[:2] == b"PK"
    stderr = result.stderr.decode()
    assert "empty.txt: file is empty" in stderr
    assert "\r" not in stderr  # no progress bar on a pipe
    summary = stderr.strip().splitlines()[-1]
    assert summary.startswith("chrono: 4 documents, 1 failed; 3 events (strike 2, talks 1)")
    assert "0 publication dates inferred" in summary and "documents/s" in summary


def test_the_summary_counts_in_words_a_reader_expects(tmp_path):
    (tmp_path / "one.txt").write_text("Iran and Oman held talks on Monday in Muscat.")
    result = chrono("extract", str(tmp_path / "one.txt"), "--published", "2026-03-12", "-o", str(tmp_path / "t.json"))
    stderr = result.stderr.decode()
    assert result.returncode == 0
    assert "(1 event)" in stderr and "chrono: 1 document; 1 event (talks 1); 0 warnings" in stderr


def test_stdin_and_quiet():
    result = chrono(
        "extract", "-", "--published", "2026-03-12", "-q", stdin=b"Talks between Iran and Oman opened on Monday."
    )
    assert result.returncode == 0 and result.stderr == b""
    assert json.loads(result.stdout)["documents"][0]["id"] == "stdin"


def test_merge_combines_timelines_and_validate_checks_them(tmp_path):
    for name, day in (("monday", "2026-03-12"), ("tuesday", "2026-03-13")):
        (tmp_path / f"{name}.txt").write_text("The third round of talks between Iran and Oman opened on Monday.")
        done = chrono(
            "extract", str(tmp_path / f"{name}.txt"), "--published", day, "-o", str(tmp_path / f"{name}.json")
        )
        assert done.returncode == 0, done.stderr
    merged = tmp_path / "week.json"
    result = chrono("merge", str(tmp_path / "monday.json"), str(tmp_path / "tuesday.json"), "-o", str(merged))
    assert result.returncode == 0, result.stderr
    assert b"merged 2 events from 2 files into 1" in result.stderr
    assert json.loads(merged.read_text())["events"][0]["source_count"] == 2
    assert chrono("validate", str(merged)).returncode == 0
    broken = json.loads(merged.read_text())
    broken["events"][0]["type"] = "picnic"
    del broken["events"][0]["sources"]
    (tmp_path / "broken.json").write_text(json.dumps(broken))
    result = chrono("validate", str(merged), str(tmp_path / "broken.json"))
    assert result.returncode == 3
    lines = result.stderr.decode().splitlines()
    assert lines[0].endswith("week.json: valid")
    assert "broken.json: invalid: events/0: 'sources' is a required property" in lines[1]
    assert "events/0/type: 'picnic' is not one of" in lines[1]
    # Valid means readable: a half character the reader refuses is refused by validate too.
    halved = json.loads(merged.read_text())
    halved["documents"][0]["id"] = "caf\udce9"
    (tmp_path / "halved.json").write_text(json.dumps(halved))  # ASCII JSON with the escape \udce9
    assert chrono("merge", str(tmp_path / "halved.json"), "-o", str(tmp_path / "m.json")).returncode == 3
    result = chrono("validate", str(tmp_path / "halved.json"))
    assert result.returncode == 3 and b"lone leading surrogate" in result.stderr


def test_help_shows_examples_for_every_subcommand():
    for command in ("extract", "export", "merge", "validate"):
        result = chrono(command, "--help")
        assert result.returncode == 0 and b"examples:" in result.stdout and b"exit codes" in result.stdout


def test_encoding_option(tmp_path):
    (tmp_path / "pl.txt").write_bytes("Rozmowy w Łodzi zakończyły się w poniedziałek.".encode("iso-8859-2"))
    result = chrono("extract", str(tmp_path / "pl.txt"), "--published", "2026-03-12", "--encoding", "iso-8859-2")
    assert result.returncode == 0 and b"Windows-1252" not in result.stderr
    result = chrono("extract", str(tmp_path / "pl.txt"), "--encoding", "klingon")
    assert result.returncode == 2 and b"unknown encoding 'klingon'" in result.stderr


@pytest.mark.skipif(shutil.which("script") is None, reason="util-linux 'script' (a terminal for the test) is absent")
def test_a_progress_bar_on_a_terminal(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(12):
        (corpus / f"a{number}.txt").write_text("The third round of talks between Iran and Oman opened on Monday.")
    log = tmp_path / "terminal.log"
    extract = f"{sys.executable} -m chrono extract {corpus} --published 2026-03-12 -o {tmp_path / 't.json'}"
    command = f"stty cols 100 rows 30; {extract}"  # a terminal with a width, as a user's has
    subprocess.run(["script", "-qc", command, str(log)], check=True, capture_output=True, timeout=120, cwd=ROOT)
    shown = log.read_text("utf-8", errors="replace")
    assert "12/12" in shown and "doc/s" in shown


def test_writing_into_the_corpus_folder_does_not_feed_the_next_run(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The third round of talks between Iran and Oman opened on Monday in Muscat.")
    for _ in range(2):
        result = chrono("extract", str(corpus), "--published", "2026-03-12", "-o", f"{corpus}/out/")
        assert result.returncode == 0, result.stderr
        assert b"1 document;" in result.stderr


def test_stream_writes_each_documents_events_without_merging(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(3):
        (corpus / f"a{number}.txt").write_text(
            "The third round of talks between Iran and Oman opened on Monday in Muscat."
        )
    out = tmp_path / "events.jsonl"
    result = chrono("extract", str(corpus), "--published", "2026-03-12", "--stream", "-o", str(out))
    assert result.returncode == 0, result.stderr
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 3  # one event per document: not merged
    assert b"3 events, not merged" in result.stderr
    merged = chrono("merge", str(out), "--format", "json")
    assert len(json.loads(merged.stdout)["events"]) == 1  # merging later gives the one round
    refused = chrono("extract", str(corpus), "--stream", "-o", str(tmp_path / "t.xlsx"))
    assert refused.returncode == 2 and b"--stream writes JSON Lines" in refused.stderr


def test_the_command_freezes_what_it_loaded_and_a_program_calling_main_keeps_its_collector():
    probe = (
        "import gc, sys\n"
        "from chrono.cli import main, run\n"
        "assert main(['extract', 'no-such-file.txt']) == 3 and gc.get_freeze_count() == 0\n"
        "sys.argv = ['chrono', 'extract', 'no-such-file.txt']\n"
        "try:\n"
        "    run()\n"
        "except SystemExit as done:\n"
        "    print(done.code, gc.get_freeze_count() > 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["3", "True"]
