"""Property: whatever the lead does (create, apply, move, edit, skip...), nobody is booked twice at
once unless the lead placed it by hand after a warning.

Hypothesis drives random sequences of operations on a real workspace. Before each
operation the warning the window would show is computed from the planned change
(the New Pilot and Edit Program previews, the session editor's conflicts);
Apply to Schedule must never book anyone twice, and any other operation may only
do so when that warning named the double booking first.
"""

from __future__ import annotations

import tempfile
from datetime import date, datetime, time, timedelta
from itertools import combinations
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.domain import Availability, LearnGoal, Person, Program, Session, TeachSkill
from peerdesk.matching.service import Matcher
from peerdesk.roster.service import Roster, import_change
from peerdesk.schedule.service import Schedule, ScheduleChange
from peerdesk.storage import open_workspace

ZONES = ("Europe/Berlin", "America/New_York", "Asia/Kolkata")
SKILLS = ("SQL", "Python", "Excel", "Writing")


def roster() -> list[Person]:
    """Nine people in three timezones, most with weekly windows, one with none."""
    people = []
    for i in range(9):
        windows = (
            ()
            if i == 8
            else (Availability(i % 5, time(9), time(13)), Availability((i + 2) % 5, time(13), time(17)))
        )
        people.append(
            Person(
                name=f"Person {i}",
                email=f"p{i}@example.com",
                timezone=ZONES[i % 3],
                manager_email="p0@example.com" if i in (1, 2) else None,
                teaches=(TeachSkill(SKILLS[i % 4], 4),),
                wants=(LearnGoal(SKILLS[(i + 1) % 4], 3),),
                availability=windows,
            )
        )
    return people


def overlaps(sessions: list[Session]) -> set[tuple[int, int, str]]:
    """(session id, session id, email) for every person booked in two overlapping sessions."""
    active = [s for s in sessions if s.status in ("planned", "held")]
    found = set()
    for a, b in combinations(active, 2):
        if a.start_utc() < b.end_utc() and b.start_utc() < a.end_utc():
            for email in {x.email for x in a.attendees} & {x.email for x in b.attendees}:
                found.add((min(a.id or 0, b.id or 0), max(a.id or 0, b.id or 0), email))
    return found


def warned(existing: list[Session], change: ScheduleChange) -> bool:
    """Would the lead see a double booking for the sessions this change writes (as the previews do)?"""
    gone = {s.id for s in change.before if s.id is not None}
    everything = [s for s in existing if s.id not in gone] + list(change.after)
    for session in change.after:
        if session.status not in ("planned", "held"):
            continue
        for other in everything:
            if other is session or other.status not in ("planned", "held"):
                continue
            at_once = session.start_utc() < other.end_utc() and other.start_utc() < session.end_utc()
            if at_once and {a.email for a in session.attendees} & {a.email for a in other.attendees}:
                return True
    return False


create = st.tuples(
    st.just("create"),
    st.integers(0, 4),  # weekday
    st.sampled_from([9, 10, 13, 15]),
    st.sampled_from(ZONES),
    st.sets(st.integers(0, 8), min_size=3, max_size=9),
    st.integers(2, 5),  # weeks
)
apply = st.tuples(
    st.just("apply"), st.integers(0, 5), st.sampled_from(["pairs", "rotation", "pods"]), st.integers(0, 3)
)
move = st.tuples(
    st.just("move"), st.integers(0, 200), st.integers(-3, 3), st.sampled_from([8, 10, 11, 14, 16])
)
edit = st.tuples(st.just("edit"), st.integers(0, 5), st.integers(0, 4), st.sampled_from([9, 11, 14]))
status = st.tuples(
    st.just("status"), st.integers(0, 200), st.sampled_from(["skipped", "cancelled", "planned"])
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(create, st.lists(st.one_of(apply, apply, move, edit, status, create), min_size=1, max_size=8))
def test_nobody_is_double_booked_unless_placed_by_hand_after_a_warning(
    first: tuple, rest: list[tuple]
) -> None:  # type: ignore[type-arg]
    ops = [first, *rest]
    with tempfile.TemporaryDirectory() as folder:
        ws = open_workspace(Path(folder) / "p.sqlite", create=True)
        try:
            Roster(ws).apply(import_change(roster(), [], "roster"))
            schedule, matcher = Schedule(ws), Matcher(ws)
            people = Roster(ws).people()
            for number, op in enumerate(ops):
                existing = schedule.list_sessions()
                before = overlaps(existing)
                programs = schedule.list_programs()
                kind = op[0]
                if kind == "create":
                    _, weekday, hour, zone, members, weeks = op
                    program = Program(
                        name=f"Program {number}",
                        start=date(2027, 3, 1),
                        weeks=weeks,
                        weekday=weekday,
                        time=time(hour),
                        timezone=zone,
                        organizer_email=people[0].email,
                        members=tuple(people[i].email for i in sorted(members)),
                    )
                    preview = ScheduleChange("preview", (), tuple(schedule.plan_series(program)))
                    warning = warned(existing, preview)
                    schedule.create_program(program)
                elif kind == "apply":
                    if not programs:
                        continue
                    program = programs[op[1] % len(programs)]
                    run_id, _ = matcher.run(
                        program, matcher.request(program, op[2], seed=op[3], rounds=2, size=3)
                    )
                    matcher.apply(program, matcher.stored(run_id))
                    warning = False  # Apply must never book anyone twice
                elif kind in ("move", "status"):
                    if not existing:
                        continue
                    session = existing[op[1] % len(existing)]
                    if kind == "move":
                        start = datetime.combine(session.start.date() + timedelta(days=op[2]), time(op[3]))
                        change = schedule.plan_move(session.id, start)  # type: ignore[arg-type]
                    else:
                        change = schedule.plan_status(session.id, op[2])  # type: ignore[arg-type]
                    warning = warned(existing, change)
                    schedule.apply(change)
                else:
                    if not programs:
                        continue
                    program = programs[op[1] % len(programs)]
                    edited = Program(**{**program.__dict__, "weekday": op[2], "time": time(op[3])})
                    change = schedule.plan_program_edit(edited, date(2027, 3, 1))
                    warning = warned(existing, change)
                    schedule.apply(change)
                new = overlaps(schedule.list_sessions()) - before
                assert not new or warning, f"{op} booked someone twice without a warning: {new}"
        finally:
            ws.close()
