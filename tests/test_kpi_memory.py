"""The dashboard's KPIs worked out with what the last call kept equal the KPIs worked out afresh.

`KpiMemory` keeps a tally per held session and the parts only the roster, the
check-ins and the programs change (time-to-competency, its baseline, the members
in name order), so one rating typed into a session of thousands counts that one
session again. Random edits as the window makes them (a session's records or the
session replaced, people's goals, time away or activity changed, check-ins added,
the period changed) go through one long-lived memory; after each, every figure of
`ProgramKpis` equals a fresh computation.
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain import Absence, AttendanceRecord, Attendee, CheckIn, LearnGoal, Person, Program, Session
from peerdesk.impact.kpis import compute_kpis
from peerdesk.impact.tallies import KpiMemory

PEOPLE = 8
EMAILS = [f"p{n}@x.org" for n in range(PEOPLE)]
SKILLS = ["Python", "SQL", "excel"]
TODAY = date(2027, 4, 30)
PROGRAM = Program(
    id=1, name="Pilot", start=date(2027, 3, 1), weeks=6, weekday=0, time=time(10), members=tuple(EMAILS[:6])
)

RECORD = st.builds(
    AttendanceRecord,
    st.sampled_from(EMAILS),
    st.booleans(),
    st.one_of(st.none(), st.integers(1, 5)),
    st.just(""),
    st.sampled_from(["", "try it"]),
    st.booleans(),
    st.one_of(st.none(), st.booleans()),
)
EDIT = st.one_of(
    st.tuples(st.just("records"), st.integers(1, 6), st.lists(RECORD, max_size=PEOPLE)),
    st.tuples(st.just("status"), st.integers(1, 6), st.sampled_from(["held", "planned", "skipped"])),
    st.tuples(st.just("leader"), st.integers(1, 6), st.sampled_from(EMAILS)),
    st.tuples(
        st.just("goal"), st.integers(0, PEOPLE - 1), st.tuples(st.sampled_from(SKILLS), st.integers(1, 4))
    ),
    st.tuples(st.just("away"), st.integers(0, PEOPLE - 1), st.integers(0, 40)),
    st.tuples(st.just("active"), st.integers(0, PEOPLE - 1), st.booleans()),
    st.tuples(
        st.just("check-in"),
        st.integers(0, PEOPLE - 1),
        st.tuples(st.sampled_from(SKILLS), st.integers(-60, 60)),
    ),
    st.tuples(st.just("same again"), st.just(0), st.none()),
    st.tuples(st.just("week"), st.integers(0, 6), st.none()),
)


def _session(week: int) -> Session:
    return Session(
        id=week,
        program_id=1,
        week=week,
        title=f"Week {week}",
        start=datetime(2027, 3, 1, 10) + timedelta(weeks=week - 1),
        minutes=30,
        timezone="Europe/Berlin",
        format_key="micro-lesson",
        attendees=(Attendee(EMAILS[0], "facilitator"), *(Attendee(e) for e in EMAILS[1:6])),
        status="held" if week <= 3 else "planned",
        topic="python" if week == 2 else "",
    )


def _figures(kpis: object) -> str:
    return repr(dataclasses.asdict(kpis))  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(st.lists(EDIT, max_size=20))
def test_kpis_with_what_was_kept_equal_kpis_worked_out_afresh(edits: list) -> None:  # type: ignore[type-arg]
    people = [
        Person(name=f"Person {n}", email=e, wants=(LearnGoal("Python", 3),)) for n, e in enumerate(EMAILS)
    ]
    sessions = [_session(w) for w in range(1, 7)]
    attendance: dict[int, tuple[AttendanceRecord, ...]] = {1: (AttendanceRecord(EMAILS[1], True, 4),)}
    check_ins: list[CheckIn] = []
    activation: dict[str, list[tuple[date, bool]]] = {}
    week: int | None = None
    memory = KpiMemory()
    for kind, n, value in [("start", 0, None), *edits]:
        if kind == "records":
            attendance[n] = tuple({r.email: r for r in value}.values())  # one row per person, as stored
        elif kind == "status":
            sessions[n - 1] = replace(sessions[n - 1], status=value)
        elif kind == "leader":
            session = sessions[n - 1]
            others = tuple(a for a in session.attendees if a.email != value and a.role != "facilitator")
            sessions[n - 1] = replace(session, attendees=(Attendee(value, "facilitator"), *others))
        elif kind in ("goal", "away", "active"):
            person = people[n]
            if kind == "goal":
                person = replace(person, wants=(*person.wants, LearnGoal(value[0], value[1])))
            elif kind == "away":
                day = date(2027, 3, 1) + timedelta(days=value)
                person = replace(person, absences=(Absence(day, day + timedelta(days=3)),))
            else:
                person = replace(person, active=value)
                activation = {**activation, person.email: [(date(2027, 3, 20), value)]}
            people = [*people[:n], person, *people[n + 1 :]]  # a new list, as the window makes one
        elif kind == "check-in":
            day = date(2027, 3, 1) + timedelta(days=value[1])
            check_ins = [*check_ins, CheckIn(EMAILS[n], value[0], 2 + value[1] % 3, day)]
        elif kind == "same again":  # equal lists, new objects: what was kept still serves
            people, check_ins = list(people), list(check_ins)
        elif kind == "week":
            week = n or None
        arguments = dict(today=TODAY, through_week=week, activation=activation, others=[PROGRAM], transfer=[])
        kept = compute_kpis(PROGRAM, sessions, attendance, people, check_ins, memory=memory, **arguments)  # type: ignore[arg-type]
        fresh = compute_kpis(PROGRAM, sessions, attendance, people, check_ins, **arguments)  # type: ignore[arg-type]
        assert _figures(kept) == _figures(fresh), (kind, n, value)


def test_a_learner_who_left_is_censored_where_attendance_last_saw_them_also_with_memory() -> None:
    """Someone who left counts up to the last session they attended: attendance changes that part,
    so it is not kept (the one part of time-to-competency that attendance decides)."""
    people = [
        Person(name=f"Person {n}", email=e, wants=(LearnGoal("Python", 3),)) for n, e in enumerate(EMAILS)
    ]
    people[2] = replace(people[2], active=False)
    activation = {EMAILS[2]: [(date(2027, 3, 20), False)]}
    sessions = [_session(w) for w in range(1, 7)]
    memory = KpiMemory()
    left_after = []
    for last_week in (1, 3):
        attendance = {w: (AttendanceRecord(EMAILS[2], True),) for w in range(1, last_week + 1)}
        kpis = compute_kpis(
            PROGRAM, sessions, attendance, people, [], today=TODAY, activation=activation, memory=memory
        )
        fresh = compute_kpis(PROGRAM, sessions, attendance, people, [], today=TODAY, activation=activation)
        assert _figures(kpis) == _figures(fresh)
        left_after.append(kpis.competency.observations)
    assert left_after[0] != left_after[1]  # seen on 1 March, then on 15 March
