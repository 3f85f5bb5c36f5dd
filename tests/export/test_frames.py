"""Timeline.to_pandas: one row per event with typed columns."""

import pytest

pd = pytest.importorskip("pandas")


def test_one_typed_row_per_event(crafted_timeline):
    frame = crafted_timeline.to_pandas()
    assert len(frame) == len(crafted_timeline.events)
    assert str(frame["start"].dtype) == "datetime64[s]"
    assert frame["start"].min() == pd.Timestamp("1066-10-14")  # second resolution reaches old dates
    assert frame["start"].isna().sum() == 1  # the undated event
    assert list(frame["type"].cat.categories) == ["talks", "strike", "statement", "other"]
    assert frame.loc[frame["event_id"] == "week0000000000001", "precision"].item() == "week"
    assert frame["confidence"].between(0, 1).all()
