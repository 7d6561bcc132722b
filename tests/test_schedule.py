"""Schedule services: series generation, rotation, program edits, conflicts, formats."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from peerdesk.domain import Attendee, Availability, Person, Program, Session
from peerdesk.roster.service import Roster
from peerdesk.schedule.conflicts import find_conflicts
from peerdesk.schedule.formats import BUILTIN_FORMATS, all_formats, format_problems, parse_agenda
from peerdesk.schedule.service import Schedule, rotate_facilitators
from peerdesk.storage import Workspace


def people(ws: Workspace, count: int, **kw: object) -> list[Person]:
    roster = Roster(ws)
    for i in range(count):
        roster.apply(roster.plan_add(Person(name=f"P{i}", email=f"p{i}@example.com", **kw)))  # type: ignore[arg-type]
    return roster.people()


def make_program(ws: Workspace, members: list[Person], **kw: object) -> tuple[Program, list[Session]]:
    values = dict(
        name="Pilot",
        start=date(2026, 3, 2),
        weeks=6,
        weekday=1,
        time=time(10),
        minutes=30,
        timezone="Europe/Berlin",
        format_key="micro-lesson",
        organizer_email=members[0].email,
        members=tuple(p.email for p in members),
    )
    values.update(kw)
    return Schedule(ws).create_program(Program(**values))  # type: ignore[arg-type]


def test_series_follows_cadence_and_rotates_leaders(empty_ws: Workspace) -> None:
    program, sessions = make_program(empty_ws, people(empty_ws, 4), start=date(2026, 3, 4))
    assert [s.start for s in sessions] == [datetime(2026, 3, 10, 10) + timedelta(weeks=i) for i in range(6)]
    leaders = [s.facilitators for s in sessions]
    assert all(len(ls) == 1 for ls in leaders)
    assert [ls[0] for ls in leaders] == [
        "p0@example.com",
        "p1@example.com",
        "p2@example.com",
        "p3@example.com",
        "p0@example.com",
        "p1@example.com",
    ]
    assert all(len(s.attendees) == 4 for s in sessions)
    assert len({s.uid for s in sessions}) == 6 and program.uid.startswith("series-")


def test_rotation_starts_with_those_who_led_least() -> None:
    team = [Person(name=n, email=f"{n}@x.org") for n in ("ana", "ben", "cy")]
    history = {"ana@x.org": 3, "ben@x.org": 0, "cy@x.org": 1}
    # whoever has led least so far, never twice in a row: Ana (3 before) waits
    assert rotate_facilitators(team, 4, history) == ["ben@x.org", "cy@x.org", "ben@x.org", "cy@x.org"]  # type: ignore[arg-type]


def test_program_edit_moves_future_planned_sessions_only(empty_ws: Workspace) -> None:
    program, sessions = make_program(empty_ws, people(empty_ws, 3))
    schedule = Schedule(empty_ws)
    schedule.apply(schedule.plan_status(sessions[0].id, "held"))
    schedule.apply(schedule.plan_move(sessions[2].id, sessions[2].start + timedelta(hours=3)))
    today = sessions[1].start.date()
    edited = replace(schedule.programs.get(program.id), weekday=3, time=time(14, 30), weeks=7)
    change = schedule.apply(schedule.plan_program_edit(edited, today))
    after = schedule.list_sessions(program.id)
    assert after[0].start == sessions[0].start  # held: kept
    assert after[1].start == datetime(2026, 3, 12, 14, 30)  # future: Thursday 14:30
    assert after[2].start == sessions[2].start + timedelta(hours=3)  # moved by hand: kept
    assert len(after) == 7 and after[-1].week == 7
    assert schedule.programs.get(program.id).sequence > program.sequence
    schedule.revert(change)
    assert [s.start for s in schedule.list_sessions(program.id)] == [
        sessions[0].start,
        sessions[1].start,
        sessions[2].start + timedelta(hours=3),
        *[s.start for s in sessions[3:]],
    ]


def test_conflicts_of_every_kind(empty_ws: Workspace) -> None:
    free_tue = (Availability(1, time(9), time(12)),)
    team = people(empty_ws, 2, timezone="Europe/Berlin", availability=free_tue)
    roster = Roster(empty_ws)
    roster.apply(
        roster.plan_add(
            Person(
                name="Night owl",
                email="owl@example.com",
                timezone="America/Los_Angeles",
                availability=(Availability(1, time(9), time(17)),),
            )
        )
    )
    program, sessions = make_program(
        empty_ws, [*team, roster.repo.get(roster.repo.id_for_email("owl@example.com"))], weeks=3
    )
    schedule = Schedule(empty_ws)
    clash = Session(
        program_id=program.id,
        title="Clash",
        start=sessions[0].start + timedelta(minutes=15),
        minutes=30,
        timezone="Europe/Berlin",
        format_key="micro-lesson",
        attendees=(Attendee("p0@example.com", "learner"),),
    )
    late = replace(clash, title="After the pilot", start=datetime(2026, 6, 2, 10), uid="")
    schedule.apply(schedule.plan_add_one_off(clash))
    schedule.apply(schedule.plan_add_one_off(late))
    # make p1 lead weeks 2 and 3
    s2, s3 = [s for s in schedule.list_sessions(program.id) if s.week in (2, 3)]
    for s in (s2, s3):
        attendees = tuple(
            Attendee(a.email, "facilitator" if a.email == "p1@example.com" else "learner")
            for a in s.attendees
        )
        schedule.apply(schedule.plan_edit(replace(s, attendees=attendees)))
    found = find_conflicts(schedule.list_sessions(), roster.people(), schedule.list_programs())
    kinds = {(c.kind, c.session_id) for c in found}
    ids = {s.title: s.id for s in schedule.list_sessions()}
    assert ("double-booked", ids["Clash"]) in kinds
    assert ("outside-program", ids["After the pilot"]) in kinds
    assert ("facilitator-twice", s3.id) in kinds
    owl = [c for c in found if c.kind == "unavailable" and "Night owl" in c.message]
    assert owl and "Tue 01:00-01:30 America/Los_Angeles" in owl[0].message
    assert not [c for c in found if c.kind == "unavailable" and "P0" in c.message and c.session_id == s2.id]
    schedule.apply(schedule.plan_status(ids["Clash"], "cancelled"))
    found = find_conflicts(schedule.list_sessions(), roster.people(), schedule.list_programs())
    assert not [c for c in found if c.kind == "double-booked"]


def test_formats_library_and_lead_edits(empty_ws: Workspace) -> None:
    schedule = Schedule(empty_ws)
    keys = [f.key for f in schedule.formats()]
    assert keys[:8] == [
        "micro-lesson",
        "peer-coaching",
        "skill-swap",
        "problem-clinic",
        "shadow-shift",
        "lunch-and-learn",
        "learning-pod",
        "demo-and-discuss",
    ]
    swap = next(f for f in BUILTIN_FORMATS if f.key == "skill-swap")
    assert swap.max_minutes == 60 and sum(s.minutes for s in swap.agenda) <= swap.minutes
    assert all(sum(s.minutes for s in f.agenda) <= f.minutes for f in BUILTIN_FORMATS)
    mine = replace(swap, minutes=50, builtin=False)
    schedule.formats_repo.save(mine)
    assert next(f for f in all_formats(schedule.formats_repo) if f.key == "skill-swap").minutes == 50
    schedule.formats_repo.delete("skill-swap")
    assert (
        next(f for f in all_formats(schedule.formats_repo) if f.key == "skill-swap").minutes == swap.minutes
    )
    assert parse_agenda("5 Check-in\n\n20 min - Work\n") == parse_agenda("5 Check-in\n20 Work")
    with pytest.raises(ValueError, match="agenda line 2"):
        parse_agenda("5 Check-in\nno minutes")
    bad = replace(swap, key="Book Club", minutes=90, builtin=False)
    problems = format_problems(bad, set())
    assert any("lower-case" in p for p in problems) and any("over the maximum" in p for p in problems)
