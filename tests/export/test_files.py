import pytest

from chrono.errors import OutputError
from chrono.export import format_for, write_timeline
from chrono.export.files import write_atomic


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "out.json"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        write_atomic(tmp_path / "nowhere" / "out.json", b"x")


def test_format_by_extension_or_name(tmp_path):
    assert format_for("a.ics") == "ics"
    assert format_for("a.XLSX") == "xlsx"
    assert format_for("a.txt", "json") == "json"
    with pytest.raises(OutputError, match="extension"):
        format_for("a.txt")
    with pytest.raises(OutputError, match="unknown format"):
        format_for("a.json", "pdf")


def test_write_timeline_picks_the_format(seed_timeline, tmp_path):
    for name in ("t.json", "t.ics", "t.xlsx"):
        write_timeline(seed_timeline, tmp_path / name)
    assert (tmp_path / "t.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert (tmp_path / "t.xlsx").read_bytes()[:2] == b"PK"
    assert (tmp_path / "t.json").read_text("utf-8").startswith("{")
