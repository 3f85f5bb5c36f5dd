"""The calendar is read back by parsers we did not write: vobject, ical and, where installed, khal."""

import datetime as dt
import os
import shutil
import subprocess

import icalendar
import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream


def read(timeline):
    return vobject.readOne(timeline.to_ical().decode("utf-8"))


def by_uid(calendar, event_id):
    return next(v for v in calendar.vevent_list if v.uid.value == f"{event_id}@chrono-timeline")


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


def test_calendar_is_named_for_rfc_7986_and_older_clients(seed_timeline):
    raw = seed_timeline.to_ical(name="Ukraine talks").decode("utf-8")
    assert "\r\nNAME:Ukraine talks\r\n" in raw
    assert "\r\nX-WR-CALNAME:Ukraine talks\r\n" in raw
    assert "\r\nVERSION:2.0\r\n" in raw and "\r\nMETHOD:PUBLISH\r\n" in raw


def test_reimport_updates_the_entry(seed_timeline):
    """Same UID, SEQUENCE from the number of mentions, LAST-MODIFIED from the newest source."""
    calendar = read(seed_timeline)
    round_two = next(e for e in seed_timeline.events if e.attributes.round == 2)
    entry = by_uid(calendar, round_two.id)
    assert int(entry.sequence.value) == len(round_two.sources) - 1
    assert entry.last_modified.value == dt.datetime(2026, 2, 5, tzinfo=dt.timezone.utc)
    assert entry.created.value <= entry.last_modified.value


def test_coarse_planned_and_approximate_dates_are_marked(crafted_timeline):
    calendar = read(crafted_timeline)
    week = by_uid(calendar, "week0000000000001")
    assert week.dtstart.value == dt.date(2026, 2, 2) and week.dtend.value == dt.date(2026, 2, 9)
    assert "week of 2 February 2026" in week.summary.value
    month = by_uid(calendar, "month000000000002")
    assert month.dtend.value == dt.date(2026, 4, 1)
    assert "March 2026" in month.summary.value
    planned = by_uid(calendar, "planned0000000003")
    assert planned.status.value == "TENTATIVE" and "planned" in planned.summary.value
    assert by_uid(calendar, "twoday00000000004").status.value == "CONFIRMED"


def test_undated_events_and_unsafe_links_stay_out(crafted_timeline):
    calendar = read(crafted_timeline)
    uids = {v.uid.value for v in calendar.vevent_list}
    assert "undated0000000006@chrono-timeline" not in uids
    old = by_uid(calendar, "old00000000000005")
    assert old.dtstart.value == dt.date(1066, 10, 14)
    assert not hasattr(old, "url")  # javascript: is never a URL property


def test_chrono_properties_carry_what_the_standard_has_no_place_for(seed_timeline):
    calendar = read(seed_timeline)
    event = seed_timeline.events[0]
    entry = by_uid(calendar, event.id)
    assert entry.contents["x-chrono-event-id"][0].value == event.id
    assert float(entry.contents["x-chrono-confidence"][0].value) == event.confidence
    assert entry.contents["x-chrono-date-precision"][0].value == event.date.precision.value
    assert entry.contents["x-chrono-timex-value"][0].value == event.date.value


def test_ical_library_reads_every_event(seed_timeline, crafted_timeline):
    """``ical`` (a strict RFC 5545 parser with its own data model) accepts both calendars."""
    for timeline in (seed_timeline, crafted_timeline):
        calendar = IcsCalendarStream.calendar_from_ics(timeline.to_ical().decode("utf-8"))
        dated = [e for e in timeline.events if e.date is not None]
        assert len(calendar.events) == len(dated)
        for parsed, event in zip(
            sorted(calendar.events, key=lambda e: e.uid), sorted(dated, key=lambda e: e.id), strict=True
        ):
            assert parsed.uid == f"{event.id}@chrono-timeline"
            assert parsed.dtstart == event.date.start
            assert parsed.dtend == (event.date.end or event.date.start) + dt.timedelta(days=1)
    abu_dhabi = next(e for e in IcsCalendarStream.calendar_from_ics(seed_timeline.to_ical().decode()).events if e.geo)
    assert abs(abu_dhabi.geo.lat - 24.45) < 0.1


def test_icalendar_round_trip_keeps_geo_and_categories(seed_timeline):
    calendar = icalendar.Calendar.from_ical(seed_timeline.to_ical())
    events = calendar.walk("VEVENT")
    geo = [e["GEO"] for e in events if "GEO" in e]
    assert geo and abs(geo[0].latitude - 24.45) < 0.1
    assert all(e["TRANSP"] == "TRANSPARENT" for e in events)


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


@pytest.mark.skipif(shutil.which("khal") is None, reason="khal is not installed (Debian package khal)")
def test_khal_imports_the_calendar_and_lists_the_events(seed_timeline, tmp_path):
    calendar_dir, data_dir = tmp_path / "calendar", tmp_path / "data"
    calendar_dir.mkdir()
    config = tmp_path / "config"
    config.write_text(
        f"[calendars]\n[[news]]\npath = {calendar_dir}\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
    )
    ics = tmp_path / "timeline.ics"
    seed_timeline.save(ics)
    env = {**os.environ, "XDG_DATA_HOME": str(data_dir), "XDG_CONFIG_HOME": str(tmp_path)}
    khal = ["khal", "-c", str(config)]
    subprocess.run([*khal, "import", "--batch", "-a", "news", str(ics)], check=True, env=env, timeout=120)
    dated = [e for e in seed_timeline.events if e.date is not None]  # an undated event has no calendar entry
    assert len(list(calendar_dir.glob("*.ics"))) == len(dated)
    listing = subprocess.run(
        [*khal, "list", "--format", "{start-date} {title}", "2026-01-01", "60d"],
        check=True,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "2026-02-04 Talks, round 2" in listing
    # Importing the same file again updates the entries instead of adding copies.
    subprocess.run([*khal, "import", "--batch", "-a", "news", str(ics)], check=True, env=env, timeout=120)
    assert len(list(calendar_dir.glob("*.ics"))) == len(dated)


def test_a_widely_reported_event_quotes_ten_sources_and_counts_the_rest(seed_timeline):
    import chrono

    round_two = next(e for e in seed_timeline.events if e.attributes.round == 2)
    many = round_two.model_copy(update={"sources": [round_two.sources[0].model_copy()] * 25})
    calendar = vobject.readOne(chrono.Timeline(events=[many]).to_ical().decode("utf-8"))
    description = calendar.vevent.description.value
    assert description.count("Source (") == 10
    assert "... and 15 more mentions" in description
