"""Invites that converge: a newer add-to-calendar file removes what was cancelled, the organizer
is never asked to reply to her own invite, titles from names, counts in words."""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from datetime import datetime

import icalendar
import pytest
import test_invites
from calendar_consumers import import_over, live_starts_everywhere, parse_everywhere
from hypothesis import given
from hypothesis import strategies as st
from test_invites import expected, files_for, one

from peerdesk.domain import Attendee, Person, Session
from peerdesk.matching.service import Matcher
from peerdesk.roster.service import Roster
from peerdesk.storage import Workspace

CALENDAR = "sales-clinic-spring-pilot-calendar.ics"
dst_program = test_invites.dst_program  # the fixture: a weekly New York series over a clock change


def test_a_newer_add_to_calendar_file_removes_skipped_and_cancelled_sessions(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    one_off = Session(
        program_id=program.id,
        title="Kick-off",
        start=datetime(2026, 2, 20, 9, 30),
        minutes=45,
        timezone="America/Chicago",
        format_key="lunch-and-learn",
        attendees=(Attendee("zoe@example.com", "facilitator"),),
    )
    schedule.apply(schedule.plan_add_one_off(one_off))
    old = files_for(schedule, program)[CALENDAR]
    sessions = schedule.list_sessions(program.id)
    weekly = [s for s in sessions if s.week is not None]
    schedule.apply(schedule.plan_status(weekly[1].id, "skipped"))
    schedule.apply(schedule.plan_status(weekly[3].id, "cancelled"))
    schedule.apply(schedule.plan_status(next(s for s in sessions if s.week is None).id, "cancelled"))
    moved_to = weekly[4].start.replace(hour=10)
    schedule.apply(schedule.plan_move(weekly[4].id, moved_to))
    new = files_for(schedule, program)[CALENDAR]
    cal = parse_everywhere(new)
    gone = [e for e in cal.walk("VEVENT") if e["STATUS"] == "CANCELLED"]
    assert len(gone) == 3 and all(str(e["SUMMARY"]).startswith("Cancelled: ") for e in gone)
    assert all("VALARM" not in [c.name for c in e.subcomponents] for e in gone)
    old_sequence = {
        str(e["UID"]): int(e["SEQUENCE"]) for e in icalendar.Calendar.from_ical(old).walk("VEVENT")
    }
    assert all(int(e["SEQUENCE"]) > old_sequence[str(e["UID"])] for e in gone)
    merged = import_over(old, new)
    parse_everywhere(merged)
    want = [start for start, _ in expected(schedule.list_sessions(program.id))]
    assert len(want) == 4
    for consumer, starts in live_starts_everywhere(merged).items():
        assert starts == want, consumer


def test_a_fully_cancelled_program_still_writes_its_add_to_calendar_file(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    old = files_for(schedule, program)[CALENDAR]
    schedule.apply(schedule.plan_cancel_rest(schedule.list_sessions(program.id)[0].id))
    files = files_for(schedule, program, person="marcus@example.com")
    mine = next(data for name, data in files.items() if "marcus" in name)
    new = files_for(schedule, program)[CALENDAR]
    for data in (new, mine):
        assert all(starts == [] for starts in live_starts_everywhere(import_over(old, data)).values())


def test_the_organizer_leading_a_week_is_not_asked_to_reply(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    week2 = schedule.list_sessions(program.id)[1]
    led = (Attendee("rachel@example.com", "facilitator"), Attendee("marcus@example.com"))
    schedule.apply(schedule.plan_edit(replace(week2, attendees=led)))
    one_off = replace(week2, id=None, uid="", week=None, series_start=None, title="Rachel's clinic")
    schedule.apply(schedule.plan_add_one_off(replace(one_off, start=datetime(2026, 3, 20, 10, 0))))
    files = files_for(schedule, program, eml=True)
    for ics_name in ("sales-clinic-spring-pilot-series.ics", "rachel-s-clinic"):
        data = files[ics_name] if ics_name in files else one(files, ics_name)
        cal = parse_everywhere(data)
        for event in cal.walk("VEVENT"):
            assert str(event["ORGANIZER"]) == "mailto:rachel@example.com"
            assert "mailto:rachel@example.com" not in [str(a) for a in event.attendees]
        led_by = [e for e in cal.walk("VEVENT") if "RECURRENCE-ID" in e or ics_name == "rachel-s-clinic"]
        assert "Led by: Rachel Kim" in str(led_by[0]["DESCRIPTION"])
    for name, raw in files.items():
        if name.endswith(".eml"):
            message = email.message_from_bytes(raw, policy=email.policy.strict)
            assert "rachel@example.com" not in [a.addr_spec for a in message["To"].addresses], name


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Ana Silva", "Ana"),
        ("Smith, Jo", "Jo"),
        ('"Z" O\'Brien', "Z"),
        ("Smith,", "Smith"),
        ("  Zoë   Ng ", "Zoë"),
        ("Jean-Luc Picard", "Jean-Luc"),
        ("李 小龙", "李"),
        ("???", "???"),
    ],
)
def test_first_names_leave_out_separators(name: str, first: str) -> None:
    assert Person(name=name, email="x@example.com").first_name == first


@given(st.text(min_size=1, max_size=220))
def test_a_first_name_is_never_empty_and_one_line(name: str) -> None:
    first = Person(name=name, email="x@example.com").first_name
    assert first and "\n" not in first and first == first.strip()


def test_skill_swap_titles_are_built_from_names(demo_ws: Workspace) -> None:
    roster = Roster(demo_ws)
    matcher = Matcher(demo_ws)
    program = matcher.schedule.list_programs()[0]
    renamed = {}
    for person in roster.people():
        if person.email in program.members:
            family, given_name = person.name.split()[-1], person.name.split()[0]
            roster.apply(roster.plan_update(replace(person, name=f"{family}, {given_name}")))
            renamed[person.email] = given_name
    run_id, _ = matcher.run(program, matcher.request(program, "rotation", rounds=2, seed=3))
    change = matcher.apply(program, matcher.stored(run_id))
    assert change.after
    for session in change.after:
        names = session.title.split(": ", 1)[1]
        assert sorted(names.split(" & ")) == sorted(renamed[a.email] for a in session.attendees), (
            session.title
        )
        assert "," not in names


def test_program_list_counts_in_words(empty_ws: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date, time

    from peerdesk.cli.main import main
    from peerdesk.domain import Program
    from peerdesk.schedule.service import Schedule

    Roster(empty_ws).apply(Roster(empty_ws).plan_add(Person(name="Lead", email="lead@example.com")))
    Schedule(empty_ws).create_program(
        Program(
            name="Solo",
            start=date(2026, 12, 7),
            weeks=1,
            weekday=0,
            time=time(10, 0),
            timezone="Europe/Berlin",
            format_key="micro-lesson",
            organizer_email="lead@example.com",
            members=("lead@example.com",),
        )
    )
    db = str(empty_ws.path)
    empty_ws.close()
    assert main(["--db", db, "program", "list"]) == 0
    line = capsys.readouterr().out.splitlines()[-1]
    assert line.endswith("1 member") and "1 week," in line
