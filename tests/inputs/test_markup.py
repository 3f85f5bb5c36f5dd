"""Article text out of HTML (trafilatura, or the standard library) and Markdown."""

import pytest

from chrono.inputs.markup import html_text, html_text_stdlib, markdown_text

PAGE = """<!DOCTYPE html><html><head><title>Site | Talks resume</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2026-03-12T08:30:00+00:00">
<link rel="canonical" href="https://example.invalid/talks"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header>Subscribe now</header>
<article><h1>Talks resume in Muscat</h1>
<p>The third round of talks between Iran and Oman opened on Monday in Muscat, officials said.</p>
<p>Foreign Minister Ana Lopez said on Tuesday that 40 per cent of the border was open &amp; calm.</p></article>
<script>var tracking = "Monday";</script><footer>Copyright</footer></body></html>"""


def test_the_standard_library_keeps_the_visible_text_and_reads_the_metadata():
    page = html_text_stdlib(PAGE)
    assert "opened on Monday in Muscat" in page.text and "open & calm" in page.text
    for noise in ("Home", "Subscribe", "tracking", "Copyright", "Talks resume in Muscat"):
        assert noise not in page.text
    assert page.title == "Talks resume in Muscat"  # the headline, not the site's <title>
    assert (page.outlet, page.url) == ("Example Wire", "https://example.invalid/talks")
    assert page.published.startswith("2026-03-12")


def test_trafilatura_finds_the_article_when_installed():
    pytest.importorskip("trafilatura")
    page = html_text(PAGE)
    assert "opened on Monday in Muscat" in page.text
    assert "Subscribe" not in page.text and "tracking" not in page.text
    assert page.published.startswith("2026-03-12")


def test_trafilatura_before_2_answering_a_dict_is_read_the_same(monkeypatch):
    trafilatura = pytest.importorskip("trafilatura")
    record = {
        "text": "Talks resume\nThe talks opened on Monday.",
        "title": "Talks resume",
        "url": "https://x.invalid/t",
    }
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda html, **options: {**record, "sitename": None})
    page = html_text(PAGE)
    assert (page.text, page.title, page.url, page.outlet) == (
        "The talks opened on Monday.",
        "Talks resume",
        "https://x.invalid/t",
        None,
    )


def test_markdown_loses_its_markup_but_not_its_words():
    page = markdown_text(
        "# Talks resume\n\nThe **third round** of [talks](https://x.invalid) opened on *Monday*.\n\n"
        "---\n\n> Officials said `40 per cent` was open.\n\n- one\n- two\n![map](map.png)\n"
    )
    assert page.title == "Talks resume"
    assert "The third round of talks opened on Monday." in page.text
    assert "Officials said 40 per cent was open." in page.text
    for markup in ("**", "](", "---", "> ", "`", "map.png", "# "):
        assert markup not in page.text
