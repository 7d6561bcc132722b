"""KPIs against hand-computed data, the feedback import, the report read back, learning records."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.cli.main import main
from peerdesk.domain import AttendanceRecord, CheckIn, LearnGoal, Person, Program, Shoutout
from peerdesk.impact.feedback import Feedback, SessionRecord
from peerdesk.impact.feedback_csv import plan_feedback_import
from peerdesk.impact.report import Impact
from peerdesk.printing.printouts import Printouts, learning_record
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace, open_workspace
from peerdesk.storage.impact import ImpactRepository

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
    # held: week 1 (3 invited, Ana, Ben and walk-in Dee present) and week 3 (3 invited, Ana and Cy present);
    # the cancelled week 2 is left out entirely
    assert (k.sessions_held, k.invitations, k.attendances) == (2, 6, 5)
    assert k.participation_rate == pytest.approx(5 / 6)
    assert k.mean_rating == pytest.approx((5 + 4 + 3 + 2) / 4)
    assert k.rating_distribution == {1: 0, 2: 1, 3: 1, 4: 1, 5: 1}
    assert k.response_rate == pytest.approx(4 / 5)
    assert k.average_planned_minutes == 30 and k.average_minutes == pytest.approx((40 + 30) / 2)
    assert k.sessions_per_month == pytest.approx(2 * 30 / 21)
    assert k.time_to_competency_days == 14 and k.baseline_days == 28
    assert k.time_to_competency_change == pytest.approx(-0.5)
    statuses = {t.key: t.status for t in k.targets}
    assert statuses == {
        "participation": "met",
        "sessions_per_month": "at risk",
        "satisfaction": "on track",
        "faster_onboarding": "met",
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
    assert data["targets"]["participation"] == {"value": round(5 / 6, 4), "target": 0.6, "status": "met"}


def test_week_figures_and_cumulative(measured: tuple[Workspace, Program]) -> None:
    ws, program = measured
    impact = Impact(ws, today=date(2026, 4, 30))
    week1 = impact.kpis(program, only_week=1)
    assert (week1.invitations, week1.attendances, week1.mean_rating) == (3, 3, 4.0)
    through1 = impact.kpis(program, through_week=1)
    assert through1.sessions_held == 1 and through1.time_to_competency_days is None  # reached on day 14
    assert impact.kpis(program, only_week=2).sessions_held == 0  # cancelled


def test_edge_cases_nothing_held_no_ratings_person_left(empty_ws: Workspace) -> None:
    program, sessions = pilot(empty_ws)
    impact = Impact(empty_ws, today=START)
    k = impact.kpis(program)
    assert k.participation_rate is None and k.mean_rating is None and k.response_rate is None
    assert k.sessions_per_month == 0 and k.time_to_competency_days is None
    assert {t.status for t in k.targets} == {"no data yet"}
    record(
        empty_ws, sessions[0].id, [AttendanceRecord("ben@x.org", True), AttendanceRecord("cy@x.org", True)]
    )
    roster = Roster(empty_ws)
    cy = roster.repo.id_for_email("cy@x.org")
    roster.apply(roster.plan_set_active([cy], False))  # Cy left the team: the history stays
    k = Impact(empty_ws, today=START + timedelta(days=3)).kpis(program)
    assert (k.invitations, k.attendances, k.mean_rating, k.response_rate) == (3, 2, None, 0.0)


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
        "24/03/2026,ana@x.org,no,,\n",
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


def test_cli_feedback_kpis_report(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_workspace(demo_db, read_only=True) as ws:
        week4 = next(s for s in Schedule(ws).list_sessions() if s.week == 4)
    csv_path = tmp_path / "f.csv"
    csv_path.write_text(
        f"date,email,attended,rating,answer\n{week4.start.date()},jonas.becker@northwind.example,"
        "yes,5,Loved it\n",
        encoding="utf-8",
    )
    assert (
        main(
            [
                "--db",
                str(demo_db),
                "feedback",
                "import",
                str(csv_path),
                "--program",
                "Spring skills pilot",
                "--dry-run",
            ]
        )
        == 0
    )
    assert "Would import f.csv: 1 row for 1 session" in capsys.readouterr().out
    assert main(["--db", str(demo_db), "feedback", "import", str(csv_path), "--program", "1"]) == 0
    capsys.readouterr()
    assert main(["--db", str(demo_db), "kpis", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert 0 <= data["participation_rate"] <= 1 and data["sessions_held"] >= 4
    assert data["time_to_competency_change"] < 0
    assert set(data["targets"]) == {
        "participation",
        "sessions_per_month",
        "satisfaction",
        "faster_onboarding",
    }
    md = tmp_path / "r.md"
    assert main(["--db", str(demo_db), "report", "1", "--week", "3", "--out", str(md)]) == 0
    text = md.read_text()
    assert text.startswith("## Spring skills pilot: week 3 of 6")
    assert text.index("**Quick win:**") < text.index("**Targets**")  # week 3 leads with the quick win
    pdf = tmp_path / "r.pdf"
    assert main(["--db", str(demo_db), "report", "1", "--week", "2", "--out", str(pdf)]) == 0
    pages = " ".join(unicodedata.normalize("NFKC", p.extract_text()) for p in PdfReader(str(pdf)).pages)
    pages = " ".join(pages.split())
    assert "WEEK 2 OF 6" in pages and "Participation rate" in pages and "Contributors" in pages
    assert pages.index("Targets") < pages.index("Wins so far")  # only week 3 leads with the win
    assert len(PdfReader(str(pdf)).pages[1].images) + len(PdfReader(str(pdf)).pages[0].images) >= 1
    assert main(["--db", str(demo_db), "report", "1", "--week", "9", "--out", str(md)]) == 1
    assert "has weeks 1-6" in capsys.readouterr().err


def test_learning_record_and_shoutouts(measured: tuple[Workspace, Program], tmp_path: Path) -> None:
    ws, program = measured
    ImpactRepository(ws.db).add_shoutout(Shoutout(program.id, "ana@x.org", date(2026, 3, 18), "Great clinic"))
    rendered = learning_record(Printouts(ws), "ben@x.org")
    assert "Sessions attended (1)" in rendered.text and "SQL" in rendered.text and "level 1" in rendered.text
    cy = learning_record(Printouts(ws), "cy@x.org").text
    assert "Sessions led (1)" in cy and "More examples, please" in cy
    report = Impact(ws, today=date(2026, 3, 30)).report(program, 3)
    assert "Great clinic" in report.markdown and "Ana" in report.markdown
