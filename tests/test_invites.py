"""Invites: parsed back by icalendar, recurring-ical-events, the strict `ical` parser and vobject."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
import vobject
from ical.calendar_stream import IcsCalendarStream

from peerdesk.domain import Attendee, Person, Program, Session, TeachSkill
from peerdesk.roster.service import Roster
from peerdesk.schedule.invites import InviteContext, program_invites
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace

NOW = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
NY = ZoneInfo("America/New_York")


def parse_everywhere(data: bytes) -> icalendar.Calendar:
    """Parse with all four parsers; fail on any error. Returns the icalendar object."""
    text = data.decode("utf-8")
    assert "\r\n" in text
    cal = icalendar.Calendar.from_ical(data)
    assert [(c.name, c.errors) for c in cal.walk() if c.errors] == []
    IcsCalendarStream.calendar_from_ics(text)
    vobject.readOne(text, validate=True)
    return cal


def occurrences(cal: icalendar.Calendar) -> list[tuple[datetime, datetime]]:
    events = recurring_ical_events.of(cal).between(date(2025, 1, 1), date(2029, 1, 1))
    return sorted((e["DTSTART"].dt.astimezone(UTC), e["DTEND"].dt.astimezone(UTC)) for e in events)


def expected(sessions: list[Session]) -> list[tuple[datetime, datetime]]:
    return sorted((s.start_utc(), s.end_utc()) for s in sessions if s.status in ("planned", "held"))


@pytest.fixture
def dst_program(empty_ws: Workspace) -> tuple[Schedule, Program]:
    """A weekly Tuesday 16:00 New York series that crosses the March 2026 clock change."""
    roster = Roster(empty_ws)
    people = [
        Person(name="Rachel Kim", email="rachel@example.com", timezone="America/New_York"),
        Person(
            name='Zoë "Z" O\'Brien, Jr.; sales',
            email="zoe@example.com",
            timezone="America/New_York",
            teaches=(TeachSkill("Négociation", 3),),
        ),
        Person(name="Marcus Johnson", email="marcus@example.com", timezone="America/Chicago"),
    ]
    for person in people:
        roster.apply(roster.plan_add(person))
    schedule = Schedule(empty_ws)
    program, _ = schedule.create_program(
        Program(
            name='Sales clinic, spring; "pilot"',
            start=date(2026, 2, 23),
            weeks=6,
            weekday=1,
            time=time(16, 0),
            minutes=30,
            timezone="America/New_York",
            format_key="problem-clinic",
            organizer_email="rachel@example.com",
            members=tuple(p.email for p in people),
        )
    )
    return schedule, program


def files_for(schedule: Schedule, program: Program, **kw: object) -> dict[str, bytes]:
    program = schedule.programs.get(program.id)  # type: ignore[arg-type,assignment]
    ctx = InviteContext.build(Roster(schedule.workspace).people(), schedule.formats(), NOW)
    return program_invites(ctx, program, schedule.list_sessions(program.id), **kw)  # type: ignore[arg-type]


def test_series_request_survives_daylight_saving(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    files = files_for(schedule, program)
    cal = parse_everywhere(files["sales-clinic-spring-pilot-series.ics"])
    assert cal["METHOD"] == "REQUEST"
    local_times = [start.astimezone(NY).time() for start, _ in occurrences(cal)]
    assert local_times == [time(16, 0)] * 6  # 16:00 before and after 8 March
    utc_hours = {start.hour for start, _ in occurrences(cal)}
    assert utc_hours == {21, 20}  # UTC shifts by an hour; local time does not
    assert occurrences(cal) == expected(schedule.list_sessions(program.id))
    vtimezone = cal.walk("VTIMEZONE")[0]
    assert vtimezone["TZID"] == "America/New_York"
    assert len(vtimezone.subcomponents) <= 6  # compact, not every transition since 1970


def test_request_has_organizer_and_attendees_with_rsvp(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    cal = parse_everywhere(files_for(schedule, program)["sales-clinic-spring-pilot-series.ics"])
    events = list(cal.walk("VEVENT"))
    assert len({str(e["UID"]) for e in events}) == 1
    master = events[0]
    assert str(master["ORGANIZER"]) == "mailto:rachel@example.com"
    assert master["ORGANIZER"].params["CN"] == "Rachel Kim"
    attendees = master.get("ATTENDEE")
    # the organizer is the ORGANIZER, not also an ATTENDEE of the series
    assert {str(a) for a in attendees} == {"mailto:zoe@example.com", "mailto:marcus@example.com"}
    for attendee in attendees:
        assert attendee.params["PARTSTAT"] == "NEEDS-ACTION"
        assert attendee.params["RSVP"] == "TRUE"
        assert attendee.params["ROLE"] in ("REQ-PARTICIPANT", "CHAIR")
        assert '"' not in attendee.params["CN"]
    zoe = next(a for a in attendees if "zoe" in str(a))
    assert zoe.params["CN"] == "Zoë  Z  O'Brien, Jr.; sales"
    assert master["DTSTAMP"].dt == NOW
    assert master["RRULE"]["COUNT"] == [6]
    alarms = list(master.walk("VALARM"))
    assert len(alarms) == 1 and alarms[0]["TRIGGER"].dt == timedelta(minutes=-15)
    assert "Agenda:" in master["DESCRIPTION"] and "Clarifying questions only" in master["DESCRIPTION"]


def test_skipped_week_and_moved_occurrence(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    sessions = schedule.list_sessions(program.id)
    schedule.apply(schedule.plan_status(sessions[1].id, "skipped"))
    moved_to = sessions[3].start + timedelta(days=2, hours=-2)  # Thursday 14:00
    schedule.apply(schedule.plan_move(sessions[3].id, moved_to))
    after = schedule.list_sessions(program.id)
    cal = parse_everywhere(files_for(schedule, program)["sales-clinic-spring-pilot-series.ics"])
    assert occurrences(cal) == expected(after)
    assert len(occurrences(cal)) == 5
    master = cal.walk("VEVENT")[0]
    exdates = [d.dt for d in master["EXDATE"].dts]
    assert exdates == [sessions[1].start.replace(tzinfo=ZoneInfo("America/New_York"))]
    override = [e for e in cal.walk("VEVENT") if "RECURRENCE-ID" in e]
    assert len(override) == 1
    assert override[0]["RECURRENCE-ID"].dt.replace(tzinfo=None) == sessions[3].start
    assert override[0]["DTSTART"].dt.replace(tzinfo=None) == moved_to
    strict = IcsCalendarStream.calendar_from_ics(
        files_for(schedule, program)["sales-clinic-spring-pilot-series.ics"].decode()
    )
    assert sorted(e.dtstart.astimezone(UTC) for e in strict.timeline) == [s for s, _ in expected(after)]


def test_update_raises_sequence_and_cancel_keeps_uid(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program

    def master() -> icalendar.Event:
        cal = parse_everywhere(files_for(schedule, program)["sales-clinic-spring-pilot-series.ics"])
        return cal.walk("VEVENT")[0]

    first = master()
    session = schedule.list_sessions(program.id)[2]
    schedule.apply(schedule.plan_edit(replace(session, location="Room 4, 2nd floor")))
    second = master()
    assert second["SEQUENCE"] > first["SEQUENCE"] and second["UID"] == first["UID"]
    schedule.apply(schedule.plan_edit(replace(schedule.list_sessions(program.id)[2], notes="bring laptops")))
    assert master()["SEQUENCE"] == second["SEQUENCE"]  # notes are not time, place or people
    schedule.apply(schedule.plan_status(session.id, "cancelled"))
    files = files_for(schedule, program)
    cancel = parse_everywhere(files["sales-clinic-spring-pilot-week-3-cancel.ics"])
    assert cancel["METHOD"] == "CANCEL"
    event = cancel.walk("VEVENT")[0]
    assert event["UID"] == first["UID"] and event["STATUS"] == "CANCELLED"
    assert event["RECURRENCE-ID"].dt.replace(tzinfo=None) == session.start
    assert event["SEQUENCE"] >= second["SEQUENCE"]
    schedule.apply(schedule.plan_cancel_rest(schedule.list_sessions(program.id)[0].id))
    files = files_for(schedule, program)
    whole = parse_everywhere(files["sales-clinic-spring-pilot-series-cancel.ics"])
    event = whole.walk("VEVENT")[0]
    assert whole["METHOD"] == "CANCEL" and event["UID"] == first["UID"] and "RECURRENCE-ID" not in event
    assert "sales-clinic-spring-pilot-series.ics" not in files


def test_one_off_request_and_eml_draft(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    one_off = Session(
        program_id=program.id,
        title='Kick-off: "why", what & how;\nQ&A',
        start=datetime(2026, 2, 20, 9, 30),
        minutes=45,
        timezone="America/Chicago",
        format_key="lunch-and-learn",
        location="HQ, Room 1; (north)",
        video_link="https://meet.example.com/kick-off",
        attendees=(Attendee("zoe@example.com", "facilitator"), Attendee("marcus@example.com", "observer")),
    )
    schedule.apply(schedule.plan_add_one_off(one_off))
    files = files_for(schedule, program, eml=True)
    ics_name = next(n for n in files if n.endswith(".ics") and "kick-off" in n)
    cal = parse_everywhere(files[ics_name])
    event = cal.walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == 'Kick-off: "why", what & how;\nQ&A'
    assert str(event["LOCATION"]) == "HQ, Room 1; (north)"
    assert "Join: https://meet.example.com/kick-off" in event["DESCRIPTION"]
    roles = {str(a): a.params["ROLE"] for a in event["ATTENDEE"]}
    assert roles == {"mailto:zoe@example.com": "CHAIR", "mailto:marcus@example.com": "OPT-PARTICIPANT"}
    assert event["DTSTART"].params["TZID"] == "America/Chicago"
    message = email.message_from_bytes(files[ics_name.replace(".ics", ".eml")])
    assert "zoe@example.com" in message["To"] and "rachel@example.com" in message["From"]
    parts = {p.get_content_type(): p for p in message.walk()}
    calendar_part = parts["text/calendar"]
    assert calendar_part.get_param("method") == "REQUEST"
    parse_everywhere(calendar_part.get_payload(decode=True))
    assert "invited to" in parts["text/plain"].get_payload(decode=True).decode()


def test_import_files_have_no_method_or_people(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    for files in (files_for(schedule, program), files_for(schedule, program, person="marcus@example.com")):
        name = next(n for n in files if n.endswith("-calendar.ics") or "marcus" in n)
        cal = parse_everywhere(files[name])
        assert "METHOD" not in cal
        for event in cal.walk("VEVENT"):
            assert "ORGANIZER" not in event and "ATTENDEE" not in event
        assert occurrences(cal) == expected(schedule.list_sessions(program.id))


def test_demo_invites_written_by_cli(tmp_path: Path) -> None:
    from peerdesk.cli.main import main

    assert main(["demo", str(tmp_path / "out")]) == 0
    written = sorted((tmp_path / "out" / "invites").iterdir())
    assert any(p.name.endswith("series.ics") for p in written)
    assert any(p.suffix == ".eml" for p in written)
    for path in written:
        if path.suffix == ".ics":
            parse_everywhere(path.read_bytes())
    assert not [p for p in written if p.name.endswith(".tmp")]
