"""KPIs against hand-computed data, the feedback import, the report read back, learning records."""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from peerdesk import clock
from peerdesk.cli.main import main
from peerdesk.demo import DEMO_PROGRAM
from peerdesk.domain import AttendanceRecord, Attendee, CheckIn, LearnGoal, Person, Program, Session, Shoutout
from peerdesk.impact.compare import compare_programs
from peerdesk.impact.competency_csv import plan_competency_import
from peerdesk.impact.end_of_pilot import RECOMMENDATIONS, EndOfPilotRefused, end_of_pilot
from peerdesk.impact.feedback import Feedback, SessionNotStarted, SessionRecord, not_started_message
from peerdesk.impact.feedback_csv import parse_rating, plan_feedback_import
from peerdesk.impact.kpis import DEFINITIONS
from peerdesk.impact.learning_record import learning_record as gather
from peerdesk.impact.report import Impact, ReportRefused, kpi_rows
from peerdesk.impact.survival import intervals_overlap, kaplan_meier, too_early
from peerdesk.printing.printouts import Printouts, learning_record
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace, open_workspace
from peerdesk.storage.impact import ImpactRepository
from peerdesk.storage.people import PeopleRepository

START = date(2026, 3, 2)  # a Monday; sessions on Tuesdays: 3, 10, 17, 24 March


def pilot(ws: Workspace) -> tuple[Program, list]:  # type: ignore[type-arg]
    roster = Roster(ws)
    for name, wants in (
        ("Ana", ()),
        ("Ben", (LearnGoal("SQL", 3),)),
        ("Cy", (LearnGoal("Figma", 2),)),
        ("Dee", ()),
    ):
        roster.apply(roster.plan_add(Person(name=name, email=f"{name.lower()}@x.org", wants=wants)))
    schedule = Schedule(ws)
    program, sessions = schedule.create_program(
        Program(
            name="Pilot",
            start=START,
            weeks=4,
            weekday=1,
            time=time(10),
            minutes=30,
            organizer_email="ana@x.org",
            members=("ana@x.org", "ben@x.org", "cy@x.org"),
            baseline_days=28,
        )
    )
    return program, sessions


def record(
    ws: Workspace,
    session_id: int,
    rows: list[AttendanceRecord],
    status: str = "held",
    minutes: int | None = None,
) -> None:
    feedback = Feedback(ws)
    current = feedback.record(session_id)
    feedback.apply(
        feedback.plan(
            SessionRecord(replace(current.session, status=status, actual_minutes=minutes), tuple(rows))
        )
    )


@pytest.fixture
def empty_ws_factory(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """New empty workspaces on demand (hypothesis runs one test body many times)."""
    opened: list[Workspace] = []

    def make() -> Workspace:
        ws = open_workspace(tmp_path_factory.mktemp("ws") / "w.sqlite", create=True)
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()


@pytest.fixture
def measured(empty_ws: Workspace) -> tuple[Workspace, Program]:
    program, sessions = pilot(empty_ws)
    week1, week2, week3, _ = sessions
    record(
        empty_ws,
        week1.id,
        [
            AttendanceRecord("ana@x.org", True, 5),
            AttendanceRecord("ben@x.org", True, 4),
            AttendanceRecord("cy@x.org", False),
            AttendanceRecord("dee@x.org", True, 3, walk_in=True),
        ],
        minutes=40,
    )
    record(empty_ws, week2.id, [AttendanceRecord("ana@x.org", True, 1)], status="cancelled")
    record(
        empty_ws,
        week3.id,
        [
            AttendanceRecord("ana@x.org", True),
            AttendanceRecord("ben@x.org", False),
            AttendanceRecord("cy@x.org", True, 2, "More examples, please"),
        ],
    )
    ImpactRepository(empty_ws.db).add_check_ins(
        [
            CheckIn("ben@x.org", "SQL", 1, START, "self"),
            CheckIn("ben@x.org", "SQL", 3, START + timedelta(days=14)),
            CheckIn("cy@x.org", "Figma", 0, START, "self"),
            CheckIn("cy@x.org", "Figma", 1, START + timedelta(days=10)),
        ]
    )
    return empty_ws, program


def test_kpi_formulas_by_hand(measured: tuple[Workspace, Program]) -> None:
    ws, program = measured
    first = date(2026, 3, 3)
    k = Impact(ws, today=first + timedelta(days=20)).kpis(program)
    # held: week 1 (3 invited, Ana and Ben present, walk-in Dee apart) and week 3 (3 invited, Ana and
    # Cy present); the cancelled week 2 is left out entirely
    assert (k.sessions_held, k.peer_meetings_held, k.invitations, k.attendances) == (2, 0, 6, 4)
    assert k.walk_ins == 1 and k.participation_rate == pytest.approx(4 / 6)
    # Ana led week 1 (her 5) and Cy week 3 (his 2): their own ratings are left out, counted apart;
    # Ben's 4 and walk-in Dee's 3 remain, from 3 people present who did not lead (Ben, Dee, Ana in week 3)
    assert k.mean_rating == pytest.approx((4 + 3) / 2) and k.facilitator_ratings == 2
    assert k.rating_distribution == {1: 0, 2: 0, 3: 1, 4: 1, 5: 0}
    assert k.response_rate == pytest.approx(2 / 3)
    assert k.average_planned_minutes == 30 and k.average_minutes == pytest.approx((40 + 30) / 2)
    # 2 held from 3 to 23 March: 21 days, counted as the minimum 30 -> 2.0, and March held 2
    assert k.sessions_per_month == pytest.approx(2.0)
    assert k.monthly_sessions == [("Mar 2026", 2)]
    # Ben reached SQL 3 on day 14; Cy (Figma 2) is still on the way after 21 days: censored.
    # Kaplan-Meier: at day 14, 2 at risk, 1 reaches -> half still learning -> median 14
    assert (k.competency.reached, k.competency.still_learning, k.competency.left) == (1, 1, 0)
    assert k.time_to_competency_days == 14 and k.baseline_days == 28
    assert k.time_to_competency_change == pytest.approx(-0.5)
    statuses = {t.key: t.status for t in k.targets}
    assert statuses == {
        "participation": "met",
        "sessions_per_month": "at risk",
        "satisfaction": "on track",
        "faster_onboarding": "too early to tell",  # one learner at target, not five
    }
    # the rotation gave week 1 to Ana (taught Ben and walk-in Dee) and week 3 to Cy (taught Ana)
    assert k.contributors == [("Ana", 1, 2), ("Cy", 1, 1)]
    assert k.skill_gaps_covered == (0, 2)
    assert k.balance == [("Ana", 1, 1), ("Ben", 0, 1), ("Cy", 1, 0)]  # led, attended as a learner
    data = k.as_json()
    for key in (
        "participation_rate",
        "sessions_held",
        "sessions_per_month",
        "average_minutes",
        "mean_rating",
        "response_rate",
        "time_to_competency_days",
        "baseline_days",
        "time_to_competency_change",
        "targets",
    ):
        assert key in data
    assert data["targets"]["participation"] == {"value": round(4 / 6, 4), "target": 0.6, "status": "met"}
    assert data["time_to_competency_median_days"] == data["time_to_competency_days"] == 14
    assert (data["reached"], data["still_learning"], data["left"]) == (1, 1, 0)
    assert data["baseline_entered"] is True and data["baseline_ci"] == [28, 28]


def test_week_figures_and_cumulative(measured: tuple[Workspace, Program]) -> None:
    ws, program = measured
    impact = Impact(ws, today=date(2026, 4, 30))
    week1 = impact.kpis(program, only_week=1)
    assert (week1.invitations, week1.attendances, week1.walk_ins, week1.mean_rating) == (3, 2, 1, 3.5)
    through1 = impact.kpis(program, through_week=1)
    # through week 1 (to 8 March) nobody has reached a target: both learners still learning
    assert through1.sessions_held == 1 and through1.time_to_competency_days is None
    assert (through1.competency.reached, through1.competency.still_learning) == (0, 2)
    assert impact.kpis(program, only_week=2).sessions_held == 0  # cancelled


def team(ws: Workspace, specs: list[tuple[str, tuple[LearnGoal, ...], bool]]) -> None:
    """People by name (email name@x.org) with their goals and whether they are active."""
    roster = Roster(ws)
    for name, wants, _active in specs:
        roster.apply(roster.plan_add(Person(name=name, email=f"{name.lower()}@x.org", wants=wants)))
    gone = [roster.repo.id_for_email(f"{n.lower()}@x.org") for n, _w, active in specs if not active]
    if gone:
        roster.apply(roster.plan_set_active(gone, False))


def test_time_to_competency_kaplan_meier_by_hand(empty_ws: Workspace, set_clock) -> None:  # type: ignore[no-untyped-def]
    """Seven learners: five reach their target, one is still learning, one left; by hand:

    day 7: 7 at risk, 1 reaches -> S = 6/7; day 10: Gil leaves (censored, 5 at risk);
    day 14: 2 of 5 reach -> S = 6/7 * 3/5 = 18/35 = 0.514; day 21: 1 of 3 -> S = 12/35 = 0.343
    <= 0.5, so the median is day 21 (the mean of the finished learners would say 16.8).
    """
    sql = (LearnGoal("SQL", 3),)
    set_clock(date(2026, 3, 12))  # Gil is deactivated on day 10, when he left
    team(
        empty_ws,
        [
            ("Ann", sql, True),
            ("Bo", sql, True),
            ("Cat", sql, True),
            ("Dan", sql, True),
            ("Eve", sql, True),
            ("Fay", sql, True),  # still learning at day 49
            ("Gil", sql, False),  # left after day 10
            ("Hal", sql, True),  # at level 3 when the pilot began: not a learner
            ("Ivy", (LearnGoal("SQL"),), True),  # no target level: not counted
            ("Out", sql, True),  # not a member
        ],
    )
    start = date(2026, 3, 2)
    members = tuple(f"{n}@x.org" for n in ("ann", "bo", "cat", "dan", "eve", "fay", "gil", "hal", "ivy"))
    program, _ = Schedule(empty_ws).create_program(
        Program(name="KM", start=start, weeks=8, weekday=1, members=members, organizer_email="ann@x.org")
    )
    days = {"ann": 7, "bo": 14, "cat": 14, "dan": 21, "eve": 28}
    check_ins = [
        CheckIn(f"{n}@x.org", "SQL", 1, start, "self")
        for n in ("ann", "bo", "cat", "dan", "eve", "fay", "gil")
    ]
    check_ins += [CheckIn(f"{n}@x.org", "SQL", 3, start + timedelta(days=d)) for n, d in days.items()]
    check_ins += [
        CheckIn("gil@x.org", "SQL", 2, start + timedelta(days=10), "peer"),
        CheckIn("fay@x.org", "SQL", 2, start + timedelta(days=30), "peer"),
        CheckIn("hal@x.org", "SQL", 3, start, "lead"),
        CheckIn("out@x.org", "SQL", 3, start + timedelta(days=3)),
        # before the pilot, the same skill: reached level 3 (the pilot's target) after 30, 40, 50, 60,
        # 70 days; one still at 2 after 45; Go and a series 400 days back are not comparable
        *[
            c
            for i, d in enumerate((30, 40, 50, 60, 70))
            for c in (
                CheckIn(f"{'abcde'[i]}@old.org", "SQL", 1, start - timedelta(days=200)),
                CheckIn(f"{'abcde'[i]}@old.org", "SQL", 3, start - timedelta(days=200 - d)),
            )
        ],
        CheckIn("f@old.org", "SQL", 1, start - timedelta(days=200)),
        CheckIn("f@old.org", "SQL", 2, start - timedelta(days=155)),
        CheckIn("f@old.org", "Go", 1, start - timedelta(days=200)),
        CheckIn("f@old.org", "Go", 3, start - timedelta(days=199)),
        CheckIn("f@old.org", "SQL", 1, start - timedelta(days=400)),
        CheckIn("f@old.org", "SQL", 3, start - timedelta(days=390)),
    ]
    roster = Roster(empty_ws)
    for letter in "abcdef":
        roster.apply(roster.plan_add(Person(name=f"Old {letter}", email=f"{letter}@old.org")))
    ImpactRepository(empty_ws.db).add_check_ins(check_ins)
    k = Impact(empty_ws, today=start + timedelta(days=49)).kpis(program)
    c = k.competency
    assert (c.reached, c.still_learning, c.left) == (5, 1, 1)
    assert c.median == 21
    # shares still learning: 6/7, 18/35, 12/35, 6/35 (as shares at target: 1 - those)
    assert [d for d, _ in c.curve] == [0, 7, 10, 14, 21, 28, 49]
    assert [s for _, s in c.curve] == pytest.approx(
        [0, 1 / 7, 1 / 7, 17 / 35, 23 / 35, 29 / 35, 29 / 35], abs=1e-6
    )
    # 95% log-log band from Greenwood's variance, by hand: at day 7 the lower band is
    # (6/7) ** exp(1.96 * sqrt(1/42) / |ln(6/7)|) = 0.334 <= 0.5, so the interval starts at day 7;
    # the upper band never drops to 0.5 (0.526 at day 28): the interval's end is not known yet
    z = 1.959963984540054
    assert (6 / 7) ** math.exp(z * math.sqrt(1 / 42) / abs(math.log(6 / 7))) == pytest.approx(
        0.33405, abs=1e-4
    )
    assert c.ci == (7, None)
    # baseline: 30 (6 at risk) -> 5/6; 40 -> 4/6; 45 censored; 50 (3 at risk) -> 4/6 * 2/3 = 0.444: median 50
    b = k.baseline
    assert b is not None and (b.reached, b.still_learning, b.left, b.median) == (5, 1, 0, 50)
    assert k.time_to_competency_change == pytest.approx((21 - 50) / 50)
    # five reached, but the intervals overlap (pilot 7-?, baseline 30-?): too early to tell
    target = next(t for t in k.targets if t.key == "faster_onboarding")
    assert target.status == "too early to tell" and target.display == "too early: 5 of 7 reached"
    data = k.as_json()
    assert data["time_to_competency_ci"] == [7, None] and data["baseline_median_days"] == 50
    assert (data["baseline_reached"], data["baseline_still_learning"]) == (5, 1)


def test_clear_difference_is_met_and_slower_is_at_risk() -> None:
    pilot = kaplan_meier([5, 6, 7, 8, 9, 10, 11, 12, 13, 14], [], [])
    before = kaplan_meier([60, 61, 62, 63, 64, 65, 66, 67, 68, 69], [], [])
    # no censoring: the share still learning after the k-th learner is (10 - k) / 10 -> exactly 0.5
    # from the 5th (day 9) to the 6th (day 10): the midpoint, 9.5 (R's rule); 64.5 before
    assert (pilot.median, before.median) == (9.5, 64.5)
    assert not intervals_overlap(pilot, before) and not too_early(pilot, before)
    assert too_early(kaplan_meier([5, 6, 7, 8], [], []), before)  # four at target: too early
    assert too_early(pilot, None)
    nobody = kaplan_meier([], [3, 4], [])
    assert nobody.median is None and nobody.ci is None and (nobody.reached, nobody.still_learning) == (0, 2)
    assert kaplan_meier([], [], []).learners == 0


def test_met_when_faster_beyond_doubt(empty_ws: Workspace) -> None:
    start = date(2026, 3, 2)
    names = [f"L{i}" for i in range(10)]
    team(empty_ws, [(n, (LearnGoal("SQL", 2),), True) for n in names])
    program, _ = Schedule(empty_ws).create_program(
        Program(
            name="Fast",
            start=start,
            weeks=8,
            members=tuple(f"{n.lower()}@x.org" for n in names),
            organizer_email="l0@x.org",
            target_faster_onboarding=0.5,
        )
    )
    check_ins = []
    for i, n in enumerate(names):
        email = f"{n.lower()}@x.org"
        check_ins += [
            CheckIn(email, "SQL", 0, start),
            CheckIn(email, "SQL", 2, start + timedelta(days=5 + i)),
            # history: colleagues before the pilot reached SQL level 2 in 60-69 days
            CheckIn(f"old{i}@x.org", "SQL", 1, start - timedelta(days=300)),
            CheckIn(f"old{i}@x.org", "SQL", 2, start - timedelta(days=300 - 60 - i)),
        ]
    team(empty_ws, [(f"Old{i}", (), True) for i in range(10)])
    ImpactRepository(empty_ws.db).add_check_ins(check_ins)
    k = Impact(empty_ws, today=start + timedelta(days=40)).kpis(program)
    assert (k.time_to_competency_days, k.baseline_days) == (9.5, 64.5)
    target = next(t for t in k.targets if t.key == "faster_onboarding")
    assert target.status == "met" and target.display == f"{(64.5 - 9.5) / 64.5:.0%} faster"


def test_edge_cases_nothing_held_no_ratings_person_left(empty_ws: Workspace, set_clock) -> None:  # type: ignore[no-untyped-def]
    program, sessions = pilot(empty_ws)
    impact = Impact(empty_ws, today=START)
    k = impact.kpis(program)
    assert k.participation_rate is None and k.mean_rating is None and k.response_rate is None
    assert k.sessions_per_month == 0 and k.time_to_competency_days is None and k.sessions_held == 0
    assert {t.status for t in k.targets} == {"no data yet"}
    record(
        empty_ws, sessions[0].id, [AttendanceRecord("ben@x.org", True), AttendanceRecord("cy@x.org", True)]
    )
    roster = Roster(empty_ws)
    cy = roster.repo.id_for_email("cy@x.org")
    set_clock(START + timedelta(days=2))
    roster.apply(roster.plan_set_active([cy], False))  # Cy left the team: the history stays
    k = Impact(empty_ws, today=START + timedelta(days=3)).kpis(program)
    assert (k.invitations, k.attendances, k.mean_rating, k.response_rate) == (3, 2, None, 0.0)
    # Ana led week 1 but was not there: she is not credited; Ben is still learning, Cy left (seen day 1)
    assert k.contributors == [] and k.facilitators == {}
    assert (k.competency.still_learning, k.competency.left) == (1, 1)


def test_only_future_sessions_count_nothing(empty_ws: Workspace) -> None:
    program, _sessions = pilot(empty_ws)
    k = Impact(empty_ws, today=START - timedelta(days=10)).kpis(program)
    assert (k.sessions_held, k.sessions_per_month, k.invitations) == (0, 0.0, 0)
    assert k.monthly_sessions == [] and {t.status for t in k.targets} == {"no data yet"}


def test_skill_swaps_and_absent_facilitator_beside_group_sessions(
    measured: tuple[Workspace, Program],
) -> None:
    ws, program = measured
    schedule = Schedule(ws)
    swap = Session(
        program_id=program.id,
        title="Skill-swap: Ben & Cy",
        start=datetime(2026, 3, 5, 14, 0),
        minutes=45,
        timezone="UTC",
        format_key="skill-swap",
        attendees=(Attendee("ben@x.org", "facilitator"), Attendee("cy@x.org", "learner")),
    )
    clinic = replace(
        swap,
        title="Problem clinic",
        start=datetime(2026, 3, 6, 14, 0),
        format_key="problem-clinic",
        topic="sql",  # Ben wants SQL: one of the members' two wanted skills (SQL, Figma) is covered
        attendees=(Attendee("dee@x.org", "facilitator"), Attendee("ben@x.org"), Attendee("cy@x.org")),
    )
    added = schedule.apply(schedule.plan_add_one_off(swap)).after[0]
    clinic = schedule.apply(schedule.plan_add_one_off(clinic)).after[0]
    record(ws, added.id, [AttendanceRecord("ben@x.org", True), AttendanceRecord("cy@x.org", True, 5)])
    # the clinic's facilitator Dee was absent: held, but nobody is credited with leading it
    record(
        ws,
        clinic.id,
        [
            AttendanceRecord("dee@x.org", False),
            AttendanceRecord("ben@x.org", True, 4),
            AttendanceRecord("cy@x.org", True),
        ],
    )
    k = Impact(ws, today=date(2026, 3, 23)).kpis(program)
    # group sessions: weeks 1 and 3 and the clinic (a one-off) = 3; the swap is a peer meeting
    assert (k.sessions_held, k.peer_meetings_held) == (3, 1)
    assert k.monthly_sessions == [("Mar 2026", 3)] and k.monthly_peer_meetings == [("Mar 2026", 1)]
    assert k.sessions_per_month == pytest.approx(3.0)  # 3 in 21 days -> per 30 days -> 3.0, March held 3
    # participation counts everyone invited to held sessions and meetings: 6 + 2 + 3 invited, 4 + 2 + 2
    # of them present; walk-in Dee (week 1) apart
    assert (k.invitations, k.attendances, k.walk_ins) == (11, 8, 1)
    # Ana taught Ben and Dee (week 1), Cy taught Ana (week 3), Ben taught Cy (the swap); Dee: nothing
    assert k.contributors == [("Ana", 1, 2), ("Ben", 1, 1), ("Cy", 1, 1)]
    assert "Dee" not in k.facilitators
    assert k.skill_gaps_covered == (1, 2) and len(k.facilitators) == 3


def test_sessions_per_month_never_above_the_busiest_month(empty_ws: Workspace) -> None:
    team(empty_ws, [("Ana", (), True), ("Ben", (), True)])
    schedule = Schedule(empty_ws)
    program, sessions = schedule.create_program(
        Program(
            name="Short",
            start=date(2026, 3, 23),
            weeks=4,
            weekday=1,
            members=("ana@x.org", "ben@x.org"),
            organizer_email="ana@x.org",
        )
    )  # Tuesdays 24 and 31 March, 7 and 14 April
    extra = schedule.apply(
        schedule.plan_add_one_off(
            replace(
                sessions[0], start=datetime(2026, 4, 8, 10), week=None, uid="", series_start=None, id=None
            )
        )
    ).after[0]
    for s in [*sessions, extra]:
        record(empty_ws, s.id, [AttendanceRecord("ana@x.org", True), AttendanceRecord("ben@x.org", True)])
    k = Impact(empty_ws, today=date(2026, 4, 14)).kpis(program)
    # 5 held in 22 days (24 March - 14 April): per 30 days that would be 5.0, but no calendar month
    # held more than 3 (April: 7, 8, 14): the figure is 3.0, the months shown 2 and 3
    assert k.sessions_held == 5 and k.monthly_sessions == [("Mar 2026", 2), ("Apr 2026", 3)]
    assert k.sessions_per_month == pytest.approx(3.0)
    assert k.sessions_per_month <= max(n for _, n in k.monthly_sessions)


def test_future_session_attendance_is_refused_everywhere(
    measured: tuple[Workspace, Program], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws, program = measured
    week4 = Feedback(ws).record(4)  # Tuesday 24 March 2026, 10:00 UTC
    before_db = Path(ws.path).read_bytes()
    feedback = Feedback(ws, now=datetime(2026, 3, 24, 9, 59, tzinfo=UTC))
    assert "has not started yet" in (not_started_message(week4.session, feedback.now) or "")
    rows = (AttendanceRecord("ben@x.org", True, 5),)
    with pytest.raises(SessionNotStarted, match=r"on Tue 24 Mar 2026 at 10:00 has not started yet"):
        feedback.plan(SessionRecord(week4.session, rows))
    with pytest.raises(SessionNotStarted):
        feedback.plan(SessionRecord(replace(week4.session, status="held"), week4.attendance))
    # notes may be prepared ahead
    feedback.plan(SessionRecord(replace(week4.session, notes="Bring laptops"), week4.attendance))
    Feedback(ws, now=datetime(2026, 3, 24, 10, 1, tzinfo=UTC)).plan(SessionRecord(week4.session, rows))
    csv_path = tmp_path / "f.csv"
    csv_path.write_text("date,email,attended,rating,answer\n2026-03-24,ben@x.org,yes,5,\n", encoding="utf-8")
    plan = plan_feedback_import(feedback, program, csv_path)
    assert [str(p) for p in plan.problems] == [
        "row 2, date: 'Micro-lesson, week 4 - Pilot' on Tue 24 Mar 2026 at 10:00 has not started yet: "
        "attendance and ratings can be recorded once it has begun; nothing was imported"
    ]
    assert Path(ws.path).read_bytes() == before_db


def test_cli_refuses_future_attendance(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_workspace(demo_db, read_only=True) as ws:
        week6 = next(s for s in Schedule(ws).list_sessions() if s.week == 6)
    before = demo_db.read_bytes()
    csv_path = tmp_path / "f.csv"
    csv_path.write_text(
        f"date,email,attended,rating,answer\n{week6.start.date()},jonas.becker@northwind.example,yes,5,\n",
        encoding="utf-8",
    )
    assert main(["--db", str(demo_db), "feedback", "import", str(csv_path), "--program", "1"]) == 1
    err = capsys.readouterr().err
    assert (
        f"on {week6.start:%a %d %b %Y} at 10:00 has not started yet" in err and "Micro-lesson, week 6" in err
    )
    assert "nothing was imported" in err and demo_db.read_bytes() == before


def test_feedback_import_names_every_bad_row_and_imports_nothing(measured, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws, program = measured
    feedback = Feedback(ws)
    csv_path = tmp_path / "feedback.csv"
    csv_path.write_text(
        "date,email,attended,rating,answer\n"
        "2026-03-24,ben@x.org,yes,4,Good\n"
        "2026-03-25,ben@x.org,yes,4,\n"
        "2026-03-24,nobody@x.org,yes,,\n"
        "2026-03-24,cy@x.org,maybe,9,\n"
        "24/03/2026,ana@x.org,no,,\n"
        "2026-03-24,ana@x.org,yes,\u00b2,\n"
        "2026-03-24,dee@x.org,yes,\uff15,\n",
        encoding="utf-8",
    )
    before = feedback.record(4)
    plan = plan_feedback_import(feedback, program, csv_path)
    assert [str(p) for p in plan.problems] == [
        "row 3, date: Pilot has no session on 2026-03-25",
        "row 4, email: unknown email 'nobody@x.org'",
        "row 5, attended: 'maybe' is not yes/no/true/false/1/0",
        "row 5, rating: rating '9' is out of range 1-5",
        "row 6, date: '24/03/2026' is not a date like 2026-03-05",
        "row 7, rating: rating '\u00b2' is not one of the digits 1-5",
        "row 8, rating: rating '\uff15' is not one of the digits 1-5",
    ]
    assert feedback.record(4) == before
    csv_path.write_text(
        "Date;Email;Attended;Rating;Answer\n2026-03-24;ben@x.org;1;4;Good\n2026-03-24;dee@x.org;true;;\n",
        encoding="utf-8-sig",
    )
    plan = plan_feedback_import(feedback, program, csv_path)
    assert plan.ok, plan.problems
    feedback.apply(plan.change)
    after = feedback.record(4)
    assert after.session.status == "held"
    rows = {r.email: r for r in after.attendance}
    assert rows["ben@x.org"] == AttendanceRecord("ben@x.org", True, 4, "Good")
    assert rows["dee@x.org"].walk_in and rows["dee@x.org"].present
    feedback.revert(plan.change)
    assert feedback.record(4) == before


def test_feedback_import_with_session_column_and_option(measured, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws, program = measured
    schedule = Schedule(ws)
    week3 = schedule.sessions.get(3)
    second = schedule.apply(
        schedule.plan_add_one_off(
            replace(
                week3,
                start=week3.start.replace(hour=15),
                week=None,
                uid="",
                title="Clinic",
                status="planned",
                id=None,
            )
        )
    ).after[0]
    feedback = Feedback(ws)
    csv_path = tmp_path / "f.csv"
    csv_path.write_text("date,email,attended,rating,answer\n2026-03-17,ben@x.org,yes,4,\n", encoding="utf-8")
    plan = plan_feedback_import(feedback, program, csv_path)
    assert [str(p) for p in plan.problems] == [
        f"row 2, date: Pilot has 2 sessions on 2026-03-17 (ids 3, {second.id}); "
        "give the session id in a 'session' column or with --session"
    ]
    csv_path.write_text(
        f"date,email,attended,rating,answer,session\n2026-03-17,ben@x.org,yes,4,,{second.id}\n"
        f",cy@x.org,yes,5,,{second.id}\n2026-03-18,ana@x.org,yes,,,{second.id}\n,ana@x.org,yes,,,99\n",
        encoding="utf-8",
    )
    plan = plan_feedback_import(feedback, program, csv_path)
    assert [str(p) for p in plan.problems] == [
        f"row 4, date: session {second.id} ('Clinic') is on 2026-03-17, not 2026-03-18",
        "row 5, session: Pilot has no session '99' (see peerdesk sessions)",
    ]
    csv_path.write_text("email,attended,rating,answer\nben@x.org,yes,4,\ncy@x.org,no,,\n", encoding="utf-8")
    plan = plan_feedback_import(feedback, program, csv_path, session_id=second.id)
    assert plan.ok and plan.summary() == "2 rows for 1 session, marked held"
    feedback.apply(plan.change)
    rows = {r.email: r for r in feedback.record(second.id).attendance}
    assert rows["ben@x.org"].rating == 4 and not rows["cy@x.org"].present
    assert feedback.record(3).session.status == "held"  # week 3 untouched (it was already held)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=3))
def test_any_rating_text_is_a_rating_or_a_message(text: str) -> None:
    rating, why = parse_rating(text)
    if text.strip() in ("1", "2", "3", "4", "5"):
        assert rating == int(text.strip()) and why is None
    elif text.strip():
        assert rating is None and why and "rating" in why


@pytest.mark.dates
def test_cli_feedback_kpis_report(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], set_clock: Callable[[date], None]
) -> None:
    with open_workspace(demo_db, read_only=True) as ws:
        week3 = next(s for s in Schedule(ws).list_sessions() if s.week == 3)
        week3_monday = Schedule(ws).find_program(DEMO_PROGRAM).start + timedelta(weeks=2)
    csv_path = tmp_path / "f.csv"
    csv_path.write_text(
        f"date,email,attended,rating,answer\n{week3.start.date()},daniel.cohen@northwind.example,"
        "yes,5,Loved it\n",
        encoding="utf-8",
    )
    args = ["--db", str(demo_db), "feedback", "import", str(csv_path), "--program", DEMO_PROGRAM]
    assert main([*args, "--dry-run"]) == 0
    assert "Would import f.csv: 1 row for 1 session, marked held" in capsys.readouterr().out
    assert main([*args[:-2], "--program", "1", "--session", str(week3.id)]) == 0
    capsys.readouterr()
    assert main(["--db", str(demo_db), "kpis", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert 0 <= data["participation_rate"] <= 1 and data["sessions_held"] >= 4
    assert data["targets"]["faster_onboarding"]["status"] == "too early to tell"
    assert data["sessions_per_month"] <= max(data["monthly_sessions"].values())
    assert set(data["targets"]) == {
        "participation",
        "sessions_per_month",
        "satisfaction",
        "faster_onboarding",
    }
    md = tmp_path / "r.md"
    set_clock(week3_monday + timedelta(days=4))  # the Friday of week 3: the week is not over
    assert main(["--db", str(demo_db), "report", "1", "--week", "3", "--out", str(md)]) == 0
    assert "(DRAFT: the week is not over)" in capsys.readouterr().out
    assert md.read_text().startswith("> **DRAFT: week 3 is not over yet")
    set_clock(week3_monday + timedelta(days=7))  # the Monday after: the report is final
    assert main(["--db", str(demo_db), "report", "1", "--week", "3", "--out", str(md)]) == 0
    text = md.read_text()
    assert text.startswith("## Engineering onboarding pilot: week 3 of 6")
    assert text.index("### Quick win") < text.index("### Targets")  # week 3 leads with the quick win
    assert "| Measure | Now | Target | Status |" in text and "**Targets**" not in text
    pdf = tmp_path / "r.pdf"
    assert main(["--db", str(demo_db), "report", "1", "--week", "2", "--out", str(pdf)]) == 0
    pages = " ".join(unicodedata.normalize("NFKC", p.extract_text()) for p in PdfReader(str(pdf)).pages)
    pages = " ".join(pages.split())
    assert "WEEK 2 OF 6" in pages and "Participation rate" in pages and "Contributors" in pages
    assert pages.index("Targets") < pages.index("Wins so far")  # only week 3 leads with the win
    assert "DRAFT" not in pages
    assert sum(len(p.images) for p in PdfReader(str(pdf)).pages) >= 1
    assert main(["--db", str(demo_db), "report", "1", "--week", "9", "--out", str(md)]) == 1
    assert "has weeks 1-6" in capsys.readouterr().err


def test_reports_cover_completed_weeks_draft_and_end(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_workspace(demo_db, read_only=True) as ws:
        impact = Impact(ws)
        program = impact.schedule.list_programs()[0]
        running = impact.current_week(program)
        assert impact.default_week(program) == running - 1  # the last completed week
        assert impact.week_state(program, running) == "running"
        report = impact.report(program, running)
        assert report.draft and report.html.program.startswith("DRAFT")  # the footer of every page
        assert "DRAFT: week" in report.markdown and "DRAFT: week" in report.slack
        with pytest.raises(ReportRefused, match=rf"week {running + 1} of .* has not begun"):
            impact.report(program, running + 1)
        assert "The pilot has ended" not in " ".join(impact.report(program, running - 1).markdown.split())
        # after the last session: the last week is complete and the pilot has ended
        later = Impact(ws, today=clock.today() + timedelta(days=60))
        final = later.report(program, program.weeks)
        assert not final.draft and "The pilot has ended" in final.markdown
        # on the day of the last session, before it is over, it has not
        last = later.last_session(program)
        during = Impact(ws, now=datetime.combine(last.start.date(), time(0), UTC))
        assert not during.pilot_ended(program)
    pdf = tmp_path / "draft.pdf"
    assert main(["--db", str(demo_db), "report", "1", "--week", str(running), "--out", str(pdf)]) == 0
    assert "DRAFT" in capsys.readouterr().out
    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 2 and all("DRAFT" in p.extract_text() for p in reader.pages)
    assert main(["--db", str(demo_db), "report", "1", "--week", str(running + 1), "--out", str(pdf)]) == 1
    assert "has not begun" in capsys.readouterr().err


HOSTILE = st.text(
    alphabet=st.sampled_from(list("ab <>*_#`[]()|{}'\"\\-.!+~&;,\n\u05d0\u00e9\U0001f600")),
    min_size=1,
    max_size=40,
).filter(lambda t: t.strip() and "\n" not in t.strip()[:1])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=HOSTILE, text=HOSTILE)
def test_markdown_and_slack_show_user_text_as_typed(empty_ws_factory, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    from peerdesk.printing.paint.pdf import ensure_gui

    ensure_gui()
    ws = empty_ws_factory()
    program, sessions = pilot(ws)
    roster = Roster(ws)
    person = next(p for p in roster.people() if p.email == "ana@x.org")
    roster.apply(roster.plan_update(replace(person, name=name)))
    record(ws, sessions[0].id, [AttendanceRecord("ana@x.org", True), AttendanceRecord("ben@x.org", True, 5)])
    ImpactRepository(ws.db).add_shoutout(Shoutout(program.id, "ana@x.org", date(2026, 3, 3), text))
    report = Impact(ws, today=date(2026, 3, 10)).report(program, 1)
    document = QTextDocument()
    document.setMarkdown(report.markdown)  # an independent Markdown reader (md4c inside Qt)
    visible = " ".join(document.toPlainText().split())
    typed_name, typed_text = " ".join(name.split()), " ".join(text.split())
    assert f"Shout-out to {typed_name}: {typed_text}" in visible
    assert f"{typed_name}: led 1, taught 1" in visible
    slack = report.slack.replace("\u200b", "")
    ours = slack.replace(typed_text, "").replace(typed_name, "")  # what PeerDesk wrote itself
    assert "| Measure |" not in ours and "| --- |" not in ours  # no tables for Slack
    assert f"Shout-out to {typed_name}: {typed_text}" in " ".join(
        slack.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").split()
    )


def test_learning_record_feedback_received_and_period(measured: tuple[Workspace, Program]) -> None:
    ws, program = measured
    ImpactRepository(ws.db).add_shoutout(Shoutout(program.id, "ana@x.org", date(2026, 3, 18), "Great clinic"))
    ImpactRepository(ws.db).add_check_ins(
        [
            CheckIn("ben@x.org", "SQL", 0, date(2025, 1, 1)),
            CheckIn("ben@x.org", "Go", 1, date(2025, 1, 1)),
            CheckIn("ben@x.org", "Go", 2, date(2025, 6, 1)),
        ]
    )
    rendered = learning_record(Printouts(ws, today=date(2026, 3, 30)), "ben@x.org")
    assert "Sessions attended (1)" in rendered.text and "SQL" in rendered.text and "level 1" in rendered.text
    assert "Go" not in rendered.text  # gained in 2025, before the record's period (from 3 March 2026)
    # Ana led week 1 (present): Ben rated 4, walk-in Dee rated 3; Ana's own 5 is not feedback received
    record_ = gather(
        ws, next(p for p in Roster(ws).people() if p.email == "ana@x.org"), end=date(2026, 3, 30)
    )
    assert [(f.rating, f.answer) for f in record_.feedback] == [(4, ""), (3, "")]
    # Cy led week 3: Ana came (no rating); Cy's own answer "More examples, please" is not feedback received
    cy = learning_record(Printouts(ws, today=date(2026, 3, 30)), "cy@x.org").text
    assert "Sessions led (1)" in cy and "More examples, please" not in cy and "Feedback received (0)" in cy
    report = Impact(ws, today=date(2026, 3, 30)).report(program, 3)
    assert "Great clinic" in report.markdown and "Ana" in report.markdown


def test_compare_programs_and_baseline(
    measured: tuple[Workspace, Program], capsys: pytest.CaptureFixture[str]
) -> None:
    ws, program = measured
    impact = Impact(ws, today=date(2026, 3, 23))
    versus = compare_programs(impact, program)
    rows = {r.key: r for r in versus.rows}
    assert versus.right == "before the pilot"
    assert rows["time_to_competency_days"].right == (
        "28 days (entered by the lead); pilot: 2 learners; before: the lead's figure, no group measured"
    )
    assert rows["participation_rate"].left == "67% (4 of 6 invited; 1 walk-in counted apart)"
    assert all(r.definition == DEFINITIONS[r.key] for r in versus.rows)
    second, _ = Schedule(ws).create_program(
        Program(name="Second", start=START, weeks=2, members=("ben@x.org",), organizer_email="ana@x.org")
    )
    both = compare_programs(impact, program, second)
    assert [r.key for r in both.rows][:3] == ["participation_rate", "sessions_held", "peer_meetings_held"]
    assert {r.key: r for r in both.rows}["logrank"].left.startswith("n too small")
    assert (
        "| Participation rate | 67% (4 of 6 invited; 1 walk-in counted apart) | - (0 of 0 invited) |"
        in both.markdown()
    )
    import html as html_lib

    page = html_lib.unescape(both.rendered().text)
    assert "Second" in page and DEFINITIONS["sessions_per_month"] in page


def test_end_of_pilot_report(measured: tuple[Workspace, Program], tmp_path: Path) -> None:
    ws, program = measured
    with pytest.raises(EndOfPilotRefused, match="is still running: its last session is on Tue 24 Mar 2026"):
        end_of_pilot(Impact(ws, today=date(2026, 3, 20)), program)
    impact = Impact(ws, today=date(2026, 4, 1))
    summary = end_of_pilot(impact, program)
    assert summary.suggested in RECOMMENDATIONS and summary.recommendation == summary.suggested
    # participation met, satisfaction 3.5 and sessions per month (2) at risk: two at risk -> stop
    assert summary.suggested == "stop"
    edited = end_of_pilot(impact, program, recommendation="extend", note="Give it one more month <b>")
    assert "Recommendation: EXTEND" in edited.html.text and "&lt;b&gt;" in edited.html.text
    assert "The figures alone suggest: stop" in edited.html.text
    assert ("Group sessions held", "2") in edited.samples
    assert "### What worked" in edited.markdown and "Give it one more month \\<b\\>" in edited.markdown


def test_competency_import(empty_ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pilot(empty_ws)
    PeopleRepository(empty_ws.db).skill_id("SQL")
    path = tmp_path / "checkins.csv"
    path.write_text(
        "date,email,skill,level,assessor\n"
        "2026-03-02,ben@x.org,sql,1,self\n"
        "2026-03-16,BEN@x.org,SQL,3,Lead\n"
        "2026-03-16,nobody@x.org,SQL,3,lead\n"
        "2026/03/16,ben@x.org,Cobol,5,boss\n"
        "2026-03-16,ben@x.org,SQL,\u00b3,peer\n"
        "2099-01-01,ben@x.org,SQL,2,peer\n",
        encoding="utf-8",
    )
    plan = plan_competency_import(empty_ws, path, today=date(2026, 4, 1))
    assert [str(p) for p in plan.problems] == [
        "row 4, email: unknown email 'nobody@x.org'",
        "row 5, date: '2026/03/16' is not a date like 2026-03-05",
        "row 5, skill: unknown skill 'Cobol' (add it to the skill list first)",
        "row 5, level: '5' is not a level 0-4",
        "row 5, assessor: 'boss' is not one of self, peer, lead",
        "row 6, level: '\u00b3' is not a level 0-4",
        "row 6, skill: ben@x.org, SQL on 2026-03-16 is also on row 3",
        "row 7, date: 2099-01-01 is in the future",
    ]
    assert plan.check_ins == []
    before = Path(empty_ws.path).read_bytes()
    empty_ws.close()
    db = Path(before and path.parent / "empty.sqlite")
    assert main(["--db", str(db), "competency", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "row 4, email: unknown email 'nobody@x.org'" in err and "nothing was imported (8 problems)" in err
    path.write_text(
        "date,email,skill,level,assessor\n2026-03-02,ben@x.org,sql,1,self\n2026-03-16,BEN@x.org,SQL,3,Lead\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db), "competency", "import", str(path), "--dry-run"]) == 0
    assert "Would import checkins.csv: 2 check-ins for 1 person" in capsys.readouterr().out
    assert main(["--db", str(db), "competency", "import", str(path)]) == 0
    with open_workspace(db, read_only=True) as ws:
        assert [(c.skill, c.level, c.assessor) for c in ImpactRepository(ws.db).check_ins()] == [
            ("SQL", 1, "self"),
            ("SQL", 3, "lead"),
        ]
    assert main(["--db", str(db), "competency", "import", str(path)]) == 0
    assert "0 check-ins for 0 people (2 already recorded)" in capsys.readouterr().out


def test_definitions_are_one_text_in_readme_window_and_report(measured: tuple[Workspace, Program]) -> None:
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8").split())
    for key, text in DEFINITIONS.items():
        assert text in readme, f"README lacks the definition of {key}"
    ws, program = measured
    report = Impact(ws, today=date(2026, 3, 23)).report(program, 2)
    flat = " ".join(report.markdown.split())
    for row in kpi_rows(Impact(ws, today=date(2026, 3, 23)).kpis(program), Impact(ws).kpis(program)):
        assert row["definition"] in flat


CELL = st.one_of(
    st.text(
        alphabet=st.sampled_from(list("ab1\u00b2 ,;\"'\n\r\t<>*#`{}|\\-.@\u00e9\u05d0\u200f\U0001f600\x00")),
        max_size=30,
    ),
    st.sampled_from(["2026-03-24", "yes", "SQL", "ben@x.org", "3", "4", "lead", "1" * 200]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL, min_size=0, max_size=7), max_size=4))
def test_hostile_feedback_and_check_in_files_give_messages_not_tracebacks(
    measured: tuple[Workspace, Program], tmp_path: Path, rows: list[list[str]]
) -> None:
    import csv
    import io

    from peerdesk.roster.csv_io import CsvFileError

    ws, program = measured
    before = Path(ws.path).read_bytes()
    for header in ("date,email,attended,rating,answer,session", "date,email,skill,level,assessor"):
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header.split(","))
        writer.writerows(rows)
        path = tmp_path / "hostile.csv"
        path.write_text(buffer.getvalue(), encoding="utf-8")
        try:
            if "skill" in header:
                plan = plan_competency_import(ws, path, today=date(2026, 4, 1))
                problems = plan.problems
            else:
                problems = plan_feedback_import(Feedback(ws), program, path).problems
        except CsvFileError as exc:
            assert str(path) in str(exc)
            continue
        for problem in problems:
            assert problem.row >= 0 and problem.column and problem.message
    assert Path(ws.path).read_bytes() == before


@settings(max_examples=120, deadline=None)
@given(
    events=st.lists(st.integers(0, 60), min_size=1, max_size=25),
    censored=st.lists(st.integers(0, 60), max_size=25),
)
def test_kaplan_meier_agrees_with_scipy(events: list[int], censored: list[int]) -> None:
    import warnings

    import numpy as np
    from scipy import stats

    from peerdesk.impact.survival import survival_table

    ours = survival_table([float(e) for e in events], [float(c) for c in censored])
    result = stats.ecdf(
        stats.CensoredData(uncensored=np.array(events, float), right=np.array(censored, float))
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        band = result.sf.confidence_interval(0.95, method="log-log")
    assert [row[0] for row in ours] == list(result.sf.quantiles)
    assert [row[1] for row in ours] == pytest.approx(list(result.sf.probabilities), abs=1e-12)
    for (_day, share, low, high), s_low, s_high in zip(
        ours, band.low.probabilities, band.high.probabilities, strict=True
    ):
        if not math.isnan(s_low):
            assert low == pytest.approx(s_low, abs=1e-9)
        if not math.isnan(s_high):
            assert high == pytest.approx(s_high, abs=1e-9)
        if math.isnan(s_low):  # undefined in scipy: 1 before anyone reached, 0 after everyone did
            assert low == (1.0 if share >= 1 else 0.0)


def test_report_back_names_the_session_before_this_one_never_this_one(demo_ws) -> None:  # type: ignore[no-untyped-def]
    """A session reports back on sessions before it, never on itself (a time stored without seconds
    once compared as later than itself); each person's own last session: see test_printouts_report_back."""
    from peerdesk.impact.feedback import Feedback
    from peerdesk.schedule.service import Schedule

    everything = Schedule(demo_ws).list_sessions()
    week1 = next(s for s in everything if s.week == 1)
    week2 = next(s for s in everything if s.week == 2)
    feedback = Feedback(demo_ws)
    assert week1.status == "held" and week2.status == "held"
    assert all(day < week1.start.date() for *_rest, day in feedback.previous_commitments(week1))
    previous = feedback.previous_commitments(week2)
    assert previous and all(day < week2.start.date() for *_rest, day in previous)
