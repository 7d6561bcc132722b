"""Every sentence of a report true: one as-of date per report, inclusion rules, status words.

Each test here failed before its fix (issue 23); the pilots are built in real workspaces.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from peerdesk.domain import AttendanceRecord, CheckIn, LearnGoal, Person, Program
from peerdesk.impact.end_of_pilot import end_of_pilot
from peerdesk.impact.feedback import Feedback, SessionRecord
from peerdesk.impact.report import Impact
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace
from peerdesk.storage.impact import ImpactRepository

START = date(2026, 3, 2)  # a Monday; the series meets on Tuesdays from 3 March


def people(ws: Workspace, names: list[str], wants: tuple[LearnGoal, ...] = (LearnGoal("SQL", 3),)) -> None:
    """Add people called `names` (email name@x.org) who want `wants`."""
    roster = Roster(ws)
    for name in names:
        roster.apply(roster.plan_add(Person(name=name, email=f"{name.lower()}@x.org", wants=wants)))


def program(ws: Workspace, names: list[str], weeks: int = 6, **extra: object) -> tuple[Program, list]:  # type: ignore[type-arg]
    """A weekly pilot of `weeks` weeks for these members (the first organises)."""
    return Schedule(ws).create_program(
        Program(
            name="Pilot",
            start=START,
            weeks=weeks,
            weekday=1,
            time=time(10),
            members=tuple(f"{n.lower()}@x.org" for n in names),
            organizer_email=f"{names[0].lower()}@x.org",
            **extra,  # type: ignore[arg-type]
        )
    )


def hold(ws: Workspace, session_id: int, rows: list[AttendanceRecord], status: str = "held") -> None:
    """Record a session as held (or skipped) with these attendance rows."""
    feedback = Feedback(ws)
    current = feedback.record(session_id)
    feedback.apply(feedback.plan(SessionRecord(replace(current.session, status=status), tuple(rows))))


def reach(ws: Workspace, name: str, day: date, skill: str = "SQL", level: int = 3) -> None:
    """`name` starts at level 1 on the pilot's start and reaches `level` on `day`."""
    email = f"{name.lower()}@x.org"
    ImpactRepository(ws.db).add_check_ins(
        [CheckIn(email, skill, 1, START, "self"), CheckIn(email, skill, level, day, "lead")]
    )


# -- one as-of date per report -------------------------------------------------------------


def test_week_six_and_end_of_pilot_reports_of_a_finished_pilot_agree(empty_ws: Workspace) -> None:
    """Five learners reach SQL 3 during the pilot, a sixth a week after its last Sunday: both
    reports say 5 reached (the end-of-pilot report used to count the late check-in: 6)."""
    names = ["Ana", "Ben", "Cy", "Dee", "Eli", "Fay"]
    people(empty_ws, names)
    prog, _sessions = program(empty_ws, names)
    for i, name in enumerate(names[:5]):
        reach(empty_ws, name, START + timedelta(days=10 + i))
    last_sunday = date(2026, 4, 12)  # week 6 ends on Sunday 12 April
    reach(empty_ws, "Fay", last_sunday + timedelta(days=7))
    impact = Impact(empty_ws, today=date(2026, 5, 1))
    week6 = impact.report(prog, 6)
    summary = end_of_pilot(impact, prog)
    weekly = impact.kpis(prog, through_week=6, as_of=impact.pilot_as_of(prog))
    assert summary.kpis.competency.reached == weekly.competency.reached == 5
    assert summary.kpis.period_end == weekly.period_end == last_sunday
    assert summary.kpis.competency == weekly.competency
    sample = dict(summary.samples)["Learners (time-to-competency)"]
    assert "5 reached, 1 still learning, 0 left" in sample
    assert sample in week6.markdown


def test_a_person_deactivated_today_is_still_learning_in_week_two(empty_ws: Workspace, set_clock) -> None:  # type: ignore[no-untyped-def]
    names = ["Ana", "Ben", "Cy"]
    people(empty_ws, names)
    prog, _ = program(empty_ws, names)
    roster = Roster(empty_ws)
    set_clock(date(2026, 11, 25))
    roster.apply(roster.plan_set_active([roster.repo.id_for_email("ben@x.org")], False))
    impact = Impact(empty_ws, today=date(2026, 11, 25))
    week2 = impact.kpis(prog, through_week=2)
    assert (week2.competency.still_learning, week2.competency.left) == (3, 0)
    set_clock(date(2026, 3, 12))  # Cy left in week 2 (his change is dated 12 March)
    roster.apply(roster.plan_set_active([roster.repo.id_for_email("cy@x.org")], False))
    assert (
        impact.kpis(prog, through_week=1).competency.left,
        impact.kpis(prog, through_week=2).competency.left,
    ) == (
        0,
        1,
    )
    # reactivated later: left in week 2 still, active again from 1 April
    set_clock(date(2026, 4, 1))
    roster.apply(roster.plan_set_active([roster.repo.id_for_email("cy@x.org")], True))
    assert impact.kpis(prog, through_week=2).competency.left == 1
    assert impact.kpis(prog, through_week=5).competency.left == 0
    history = roster.repo.activation_changes()
    assert history["cy@x.org"] == [(date(2026, 3, 12), False), (date(2026, 4, 1), True)]


def test_activation_history_goes_and_comes_back_with_the_person(empty_ws: Workspace) -> None:
    people(empty_ws, ["Ana"])
    roster = Roster(empty_ws)
    ana = roster.repo.id_for_email("ana@x.org")
    roster.apply(roster.plan_set_active([ana], False))
    assert roster.repo.activation_changes() == {"ana@x.org": [(date(2026, 11, 25), False)]}
    deleted = roster.apply(roster.plan_delete([ana]))
    assert roster.repo.activation_changes() == {}
    roster.revert(deleted)
    assert roster.repo.activation_changes() == {"ana@x.org": [(date(2026, 11, 25), False)]}
    roster.revert(roster.apply(roster.plan_set_active([ana], True)))  # undoing a reactivation is a change
    assert [a for _d, a in roster.repo.activation_changes()["ana@x.org"]] == [False, True, False]
