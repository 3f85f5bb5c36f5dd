"""The calendar is read back with vobject, a parser we did not write."""

import datetime as dt

import vobject


def read(timeline):
    return vobject.readOne(timeline.to_ical().decode("utf-8"))


def test_all_day_events_with_exclusive_end(seed_timeline):
    calendar = read(seed_timeline)
    round_two = next(e for e in calendar.vevent_list if "round 2" in e.summary.value)
    assert round_two.dtstart.value == dt.date(2026, 2, 4)
    assert round_two.dtend.value == dt.date(2026, 2, 6)  # covers 4 and 5 February
    assert round_two.categories.value == ["talks", "negotiation_round"]
    assert round_two.location.value == "Abu Dhabi"
    assert "entered its second day on Thursday" in round_two.description.value


def test_every_dated_event_becomes_one_vevent_with_stable_uid_and_dtstamp(seed_timeline):
    calendar = read(seed_timeline)
    dated = [e for e in seed_timeline.events if e.date is not None]
    assert len(calendar.vevent_list) == len(dated)
    assert {v.uid.value for v in calendar.vevent_list} == {f"{e.id}@chrono-timeline" for e in dated}
    assert all(v.dtstamp.value.tzinfo is not None for v in calendar.vevent_list)
    assert calendar.prodid.value.startswith("-//chrono-timeline//")


def test_text_cannot_inject_properties(hostile_timeline):
    raw = hostile_timeline.to_ical().decode("utf-8")
    calendar = vobject.readOne(raw)
    for line in raw.splitlines():
        assert not line.startswith("resume")
    statement = next(v for v in calendar.vevent_list if v.categories.value[0] == "statement")
    assert "talks; would, resume" in statement.description.value
    assert statement.url.value == "https://example.invalid/a"


def test_same_timeline_same_bytes_and_source_date_epoch_sets_dtstamp(seed_timeline, monkeypatch):
    assert seed_timeline.to_ical() == seed_timeline.to_ical()
    assert b"DTSTAMP:20260205T000000Z" in seed_timeline.to_ical()  # the latest publication day
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    assert b"DTSTAMP:20260101T000000Z" in seed_timeline.to_ical()
