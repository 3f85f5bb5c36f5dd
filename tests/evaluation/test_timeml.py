"""The TimeML reader and the TempEval-3 scorer, on a document written for this test."""

import datetime as dt

import pytest

from chrono.evaluation.timeml import Score, Timex, read_tml, score_document

DOCUMENT = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-05" functionInDocument="CREATION_TIME">20260205</TIMEX3></DCT>
<TEXT>
The envoys <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2026-02-02">Monday</TIMEX3> for
<TIMEX3 tid="t2" type="DURATION" value="PT5H">five hours</TIMEX3> &amp; agreed to meet again
<TIMEX3 tid="t3" type="DATE" value="2026-W07">next week</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "test.tml"
    path.write_text(DOCUMENT, "utf-8")
    return read_tml(path)


def test_reader_gives_plain_text_gold_spans_and_creation_date(document):
    assert document.dct == dt.date(2026, 2, 5)
    assert "<" not in document.text and "&amp;" not in document.text
    assert [(document.text[g.start : g.end], g.value) for g in document.gold] == [
        ("Monday", "2026-02-02"),
        ("five hours", "PT5H"),
        ("next week", "2026-W07"),
    ]


def test_strict_relaxed_and_value_scores(document):
    monday, hours, week = document.gold
    system = [
        Timex(monday.start, monday.end, "Monday", "DATE", "2026-02-02"),  # exact, right value
        Timex(hours.start - 6, hours.end, "about five hours", "DURATION", "PT5H"),  # overlap only
        Timex(week.start, week.end, "next week", "DATE", "2026-W08"),  # exact, wrong value
        Timex(0, 3, "The", "DATE", "2026"),  # no gold there
    ]
    scores: dict[str, Score] = {}
    score_document(document.gold, system, scores)
    overall = scores["ALL"]
    assert overall.strict == pytest.approx((2 / 4, 2 / 3, 2 * (0.5 * 2 / 3) / (0.5 + 2 / 3)))
    assert overall.relaxed[:2] == pytest.approx((3 / 4, 3 / 3))
    assert overall.value_accuracy == pytest.approx(2 / 3)
    assert overall.value_f1 == pytest.approx(overall.relaxed[2] * 2 / 3)
    assert overall.value_errors == {("next week", "2026-W07", "2026-W08"): 1}
