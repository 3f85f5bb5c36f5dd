"""The pipeline on a Dask cluster (two local worker processes) gives the timeline a single process gives."""

import datetime as dt

import pytest

import chrono
from chrono.models import Document

distributed = pytest.importorskip("distributed")


def test_a_local_cluster_extracts_and_merges_like_one_process(tmp_path):
    from chrono.distributed import extract_with_dask

    texts = [
        "The third round of talks between Iran and Oman opened on Monday in Muscat.",
        "Iran and Oman held the third round of talks on Monday in Muscat, officials said.",
        "Russia launched a missile attack on Kharkiv on Sunday, officials said.",
    ]
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number, text in enumerate(texts):
        (folder / f"article{number}.txt").write_text(text, "utf-8")
    (folder / "empty.txt").write_text("", "utf-8")
    documents = [Document(id=f"wire-{n}", text=t, published=dt.date(2026, 3, 12)) for n, t in enumerate(texts)]
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        timeline, errors = extract_with_dask([str(folder), *documents], published="2026-03-12", partitions=3)
    expected = chrono.extract(
        [*(Document(id=f"article{n}", text=t, published=dt.date(2026, 3, 12)) for n, t in enumerate(texts)), *documents]
    )
    assert [e.id for e in timeline.events] == [e.id for e in expected.events]
    assert sorted(d.id for d in timeline.documents) == sorted(d.id for d in expected.documents)
    assert len(errors) == 1 and "empty.txt: file is empty" in errors[0]
    talks = next(e for e in timeline.events if e.type == "talks")
    assert talks.source_count == 4  # two files and two records report the same round
