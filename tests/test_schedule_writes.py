"""Session edits write only what changed, and the file always reads back as the edit says.

A session edit no longer reads its attendee list back nor rewrites it when it is
unchanged, and raises only its series' SEQUENCE instead of saving its program
again. Random moves, status changes, attendee-list edits, cancellations of the
rest of a series, one-offs, undo and redo are checked after every step: each
session reads back exactly as the change left it, and every SEQUENCE (session
and series) rose whenever calendars must see an update, never fell.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain import Attendee, Person, Program, Session
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule, ScheduleChange
from peerdesk.storage import Workspace, open_workspace

PEOPLE = 6
EDIT = st.one_of(
    st.tuples(st.just("move"), st.integers(0, 3), st.integers(-30, 30)),
    st.tuples(
        st.just("status"), st.integers(0, 3), st.sampled_from(["planned", "held", "skipped", "cancelled"])
    ),
    st.tuples(st.just("people"), st.integers(0, 3), st.lists(st.integers(0, PEOPLE - 1), max_size=PEOPLE)),
    st.tuples(st.just("rest"), st.integers(0, 3), st.none()),
    st.tuples(st.just("one-off"), st.integers(0, 3), st.integers(1, 40)),
    st.tuples(st.just("undo"), st.just(0), st.none()),
    st.tuples(st.just("redo"), st.just(0), st.none()),
)


def _workspace(path: Path) -> tuple[Workspace, int]:
    ws = open_workspace(path, create=True)
    roster = Roster(ws)
    for n in range(PEOPLE):
        roster.apply(roster.plan_add(Person(name=f"Person {n}", email=f"p{n}@x.org")))
    program, _sessions = Schedule(ws).create_program(
        Program(
            name="Pilot",
            start=date(2027, 3, 1),
            weeks=4,
            weekday=2,
            time=time(10),
            timezone="Europe/Berlin",
            organizer_email="p0@x.org",
            members=tuple(f"p{n}@x.org" for n in range(4)),
        )
    )
    return ws, program.id or 0


def _plan(schedule: Schedule, program_id: int, kind: str, n: int, value: object) -> ScheduleChange | None:
    sessions = schedule.list_sessions(program_id)
    if not sessions:
        return None
    session = sessions[n % len(sessions)]
    assert session.id is not None
    if kind == "move":
        return schedule.plan_move(session.id, session.start + timedelta(minutes=15 * int(value)))  # type: ignore[call-overload]
    if kind == "status":
        return schedule.plan_status(session.id, str(value))
    if kind == "people":
        people = tuple(
            Attendee(f"p{i}@x.org", "facilitator" if j == 0 else "learner")
            for j, i in enumerate(dict.fromkeys(value))
        )  # type: ignore[attr-defined]
        return schedule.plan_edit(replace(session, attendees=people))
    if kind == "rest":
        return schedule.plan_cancel_rest(session.id)
    one_off = Session(
        program_id=program_id,
        week=None,
        title="Extra",
        minutes=30,
        timezone="Europe/Berlin",
        format_key="skill-swap",
        start=session.start + timedelta(days=int(value)),  # type: ignore[call-overload]
        attendees=(Attendee("p1@x.org", "facilitator"), Attendee("p5@x.org")),
    )
    return schedule.plan_add_one_off(one_off)


def _series_sequence(ws: Workspace, program_id: int) -> int:
    return int(ws.db.execute("SELECT sequence FROM programs WHERE id = ?", [program_id]).fetchone()[0])


def _without_sequence(sessions: list[Session] | tuple[Session, ...]) -> list[Session]:
    return sorted((replace(s, sequence=0) for s in sessions), key=lambda s: s.id or 0)


@settings(max_examples=50, deadline=None)
@given(st.lists(EDIT, max_size=12))
def test_every_edit_reads_back_as_it_says_and_sequences_only_rise(edits: list) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as folder:
        ws, program_id = _workspace(Path(folder) / "team.sqlite")
        schedule = Schedule(ws)
        done: list[ScheduleChange] = []
        undone: list[ScheduleChange] = []
        try:
            for kind, n, value in edits:
                sequences = {s.id: s.sequence for s in schedule.list_sessions(program_id)}
                series = _series_sequence(ws, program_id)
                if kind == "undo":
                    if not done:
                        continue
                    change = done.pop()
                    schedule.revert(change)
                    undone.append(change)
                    expected, gone = change.before, change.after
                elif kind == "redo":
                    if not undone:
                        continue
                    change = schedule.apply(undone.pop())
                    done.append(change)
                    expected, gone = change.after, change.before
                else:
                    planned = _plan(schedule, program_id, kind, n, value)
                    if planned is None:
                        continue
                    change = schedule.apply(planned)
                    done.append(change)
                    undone.clear()
                    expected, gone = change.after, change.before
                kept = {s.id for s in expected}
                fresh = Schedule(ws).sessions.list_sessions(ids=[s.id for s in expected if s.id is not None])
                assert _without_sequence(fresh) == _without_sequence(
                    [s for s in expected if s.id is not None]
                )
                assert not Schedule(ws).sessions.list_sessions(
                    ids=[s.id for s in gone if s.id is not None and s.id not in kept]
                )
                after = {s.id: s.sequence for s in schedule.list_sessions(program_id)}
                assert all(after[i] >= sequences[i] for i in after.keys() & sequences.keys())
                weekly_changed = any(
                    s.week is not None and (s.id not in sequences or after.get(s.id, -1) > sequences[s.id])
                    for s in fresh
                )
                assert _series_sequence(ws, program_id) >= series
                if weekly_changed:
                    assert _series_sequence(ws, program_id) > series, (kind, n, value)
        finally:
            ws.close()
