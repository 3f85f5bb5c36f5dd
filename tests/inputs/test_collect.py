"""Arguments become work units: files, folders, globs, records and stdin, in a stable order."""

import io
from pathlib import Path

from chrono.inputs import InputFailure, collect, read_unit
from chrono.models import Document


def make(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "b").mkdir(parents=True)
    (corpus / "a.txt").write_text("The talks ended on Monday.", "utf-8")
    (corpus / "a.meta.json").write_text('{"published": "2026-03-12"}', "utf-8")
    (corpus / "b" / "c.md").write_text("# Headline\n\nThe **talks** ended on Tuesday.", "utf-8")
    (corpus / "b" / "d.html").write_text("<p>The talks ended on Wednesday.</p>", "utf-8")
    (corpus / ".hidden.txt").write_text("never read", "utf-8")
    (corpus / "notes.pdf").write_bytes(b"%PDF")
    (corpus / "e.jsonl").write_text(
        '{"text": "The talks ended on Friday.", "published": "2026-03-13", "id": "wire-1"}\n\n{"text": ""}\n', "utf-8"
    )
    return corpus


def test_a_folder_gives_its_articles_sorted_without_sidecars_hidden_files_or_others(tmp_path):
    corpus = make(tmp_path)
    units = list(collect([str(corpus)]))
    paths = [u.relative_to(corpus).as_posix() for u in units if isinstance(u, Path)]
    assert paths == ["a.txt", "b/c.md", "b/d.html"]
    (record,) = [u for u in units if isinstance(u, Document)]
    assert (record.id, str(record.published)) == ("wire-1", "2026-03-13")
    (failure,) = [u for u in units if isinstance(u, InputFailure)]
    assert failure.name.endswith("e.jsonl:3") and "text" in failure.message


def test_globs_and_named_files_keep_the_order_given(tmp_path):
    corpus = make(tmp_path)
    units = list(collect([str(corpus / "b" / "*.html"), str(corpus / "a.txt"), str(corpus / "**" / "*.md")]))
    assert [u.name for u in units] == ["d.html", "a.txt", "c.md"]
    (nothing,) = collect([str(corpus / "*.docx")])
    assert isinstance(nothing, InputFailure) and "no input file matches" in nothing.message


def test_stdin_is_one_article_or_records(tmp_path):
    (text,) = collect(["-"], stdin=io.BytesIO(b"The talks ended on Monday."), published="2026-03-12")
    assert isinstance(text, Document) and (text.id, str(text.published)) == ("stdin", "2026-03-12")
    lines = b'{"text": "One on Monday."}\n{"text": "Two on Tuesday."}\n'
    assert [u.id for u in collect(["-"], stdin=io.BytesIO(lines))] == ["stdin-1", "stdin-2"]
    array = b'[{"text": "One on Monday."}, {"text": "Two on Tuesday.", "id": 7}]'
    assert [u.id for u in collect(["-"], stdin=io.BytesIO(array))] == ["stdin-1", "7"]


def test_reading_a_unit_applies_sidecar_and_page_metadata(tmp_path):
    corpus = make(tmp_path)
    document, _ = read_unit(corpus / "a.txt")
    assert str(document.published) == "2026-03-12"
    document, _ = read_unit(corpus / "a.txt", published="2026-01-01")
    assert str(document.published) == "2026-01-01"  # --published beats the sidecar
    markdown, _ = read_unit(corpus / "b" / "c.md")
    assert markdown.title == "Headline" and "talks ended on Tuesday" in markdown.text and "#" not in markdown.text


def test_a_saved_timeline_in_the_corpus_is_reported_not_read_as_articles(tmp_path):
    (tmp_path / "timeline.json").write_text('{"schema_version": "1.0", "documents": [], "events": []}', "utf-8")
    (failure,) = collect([str(tmp_path)])
    assert isinstance(failure, InputFailure) and "a chrono timeline, not article records" in failure.message


def test_a_page_gives_its_date_title_and_outlet_unless_told_otherwise(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2026-03-12T08:30:00Z">'
        '<meta property="og:site_name" content="Example Wire"></head><body><article><h1>Talks resume</h1>'
        "<p>The talks between Iran and Oman resumed on Monday in Muscat, officials said.</p></article></body></html>",
        "utf-8",
    )
    document, warnings = read_unit(page)
    assert (str(document.published), document.title, document.outlet) == ("2026-03-12", "Talks resume", "Example Wire")
    assert "resumed on Monday" in document.text and "Talks resume" not in document.text and warnings == []
    (tmp_path / "page.meta.json").write_text('{"published": "2026-03-13", "outlet": "Sidecar"}', "utf-8")
    document, _ = read_unit(page)
    assert (str(document.published), document.outlet) == ("2026-03-13", "Sidecar")  # the sidecar wins
    document, _ = read_unit(page, published="2026-03-14")
    assert str(document.published) == "2026-03-14"  # and --published wins over both


def test_encodings_declared_by_the_user_or_the_page(tmp_path):
    import pytest

    from chrono.errors import UsageError

    polish = "Rozmowy w Łodzi zakończyły się w poniedziałek."
    (tmp_path / "pl.txt").write_bytes(polish.encode("iso-8859-2"))
    document, warnings = read_unit(tmp_path / "pl.txt", encoding="iso-8859-2")
    assert document.text == polish and warnings == []
    _, warnings = read_unit(tmp_path / "pl.txt")
    assert "read as Windows-1252" in warnings[0]  # undeclared: the Western fallback, and a warning
    page = f'<html><head><meta charset="iso-8859-2"></head><body><p>{polish}</p></body></html>'
    (tmp_path / "pl.html").write_bytes(page.encode("iso-8859-2"))
    document, warnings = read_unit(tmp_path / "pl.html")
    assert document.text == polish and warnings == []
    (tmp_path / "wrong.html").write_bytes(page.replace("iso-8859-2", "utf-8").encode("iso-8859-2"))
    _, warnings = read_unit(tmp_path / "wrong.html")
    assert "declares utf-8, which does not fit its bytes" in warnings[0]
    with pytest.raises(UsageError, match="unknown encoding 'klingon'"):
        read_unit(tmp_path / "pl.txt", encoding="klingon")
