"""Sessions read from the file share one Attendee per person and role.

A program of a whole department holds thousands of attendees per session, and a
named tuple is never untracked by Python's garbage collector: before the pool,
each read added thousands of tracked objects and a full collection stalled the
Schedule tab for about 130 ms every few edits. The pool must never change what is
read: attendees, their order and roles read back as written, also when the pool
starts again at its limit.
"""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.domain import Attendee, Person, Program
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace, open_workspace
from peerdesk.storage import sessions as session_storage
from peerdesk.storage.sessions import SessionRepository

ROLES = ("facilitator", "learner", "observer")


def _program(path: Path, people: int) -> tuple[Workspace, int]:
    ws = open_workspace(path, create=True)
    roster = Roster(ws)
    for n in range(people):
        roster.apply(roster.plan_add(Person(name=f"Person {n}", email=f"p{n}@x.org")))
    program, _sessions = Schedule(ws).create_program(
        Program(
            name="Everyone",
            start=date(2027, 3, 1),
            weeks=8,
            weekday=2,
            time=time(10),
            timezone="Europe/Berlin",
            members=tuple(f"p{n}@x.org" for n in range(people)),
        )
    )
    return ws, program.id or 0


def test_reading_a_big_program_again_adds_no_tracked_attendees(tmp_path: Path) -> None:
    ws, program_id = _program(tmp_path / "w.sqlite", 600)
    with ws:
        first = SessionRepository(ws.db).list_sessions(program_id)
        gc.collect()
        tracked = len(gc.get_objects())
        again = [SessionRepository(ws.db).list_sessions(program_id) for _ in range(3)]
        gc.collect()
        # 3 reads of 8 sessions of 600: 14,400 attendees; the pool adds none of them
        assert len(gc.get_objects()) - tracked < 500
    assert all(
        a is b
        for read in again
        for s, t in zip(first, read, strict=True)
        for a, b in zip(s.attendees, t.attendees, strict=True)
    )
    assert len(first) == 8 and all(len(s.attendees) == 600 for s in first)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.tuples(st.integers(0, 9), st.sampled_from(ROLES)), max_size=12),
    st.integers(1, 6),
)
def test_attendees_read_back_as_written_whatever_the_pool_holds(
    tmp_path_factory: pytest.TempPathFactory, attendees: list[tuple[int, str]], limit: int
) -> None:
    path = tmp_path_factory.mktemp("pool") / "w.sqlite"
    ws, program_id = _program(path, 10)
    with ws, pytest.MonkeyPatch.context() as patch:
        patch.setattr(session_storage, "POOL_LIMIT", limit)
        schedule = Schedule(ws)
        session = schedule.list_sessions(program_id)[0]
        wanted, seen = [], set()
        for n, role in attendees:
            if n not in seen:  # one row per person
                seen.add(n)
                wanted.append(Attendee(f"p{n}@x.org", role))
        schedule.apply(schedule.plan_edit(replace(session, attendees=tuple(wanted))))
        for _ in range(2):
            read = SessionRepository(ws.db).get(session.id or 0)
            assert read is not None and list(read.attendees) == wanted
            assert all(type(a) is Attendee for a in read.attendees)
