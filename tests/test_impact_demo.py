"""The demo tells one consistent story, and the report charts are fit to print."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from itertools import pairwise

import pytest

from peerdesk import clock
from peerdesk.demo import CLASH_EXAMPLE, DEMO_PROGRAM
from peerdesk.impact.kpis import is_peer_meeting
from peerdesk.impact.report import Impact
from peerdesk.schedule.conflicts import find_conflicts
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace
from peerdesk.storage.attendance import AttendanceRepository

pytestmark = pytest.mark.dates  # also run at every day of the date sweep


def test_demo_has_no_conflict_but_the_labelled_example(demo_ws: Workspace) -> None:
    schedule = Schedule(demo_ws)
    sessions = schedule.list_sessions()
    conflicts = find_conflicts(sessions, schedule.people.list_people(), schedule.list_programs())
    clash = next(s for s in sessions if CLASH_EXAMPLE in s.title)
    assert "deliberate clash" in clash.notes
    assert conflicts and all(c.kind == "double-booked" for c in conflicts)
    involved = {c.session_id for c in conflicts}
    assert clash.id in involved and len(involved) == 2  # the example and the session it overlaps
    assert all(clash.title in c.message or c.session_id == clash.id for c in conflicts)


def test_demo_peer_meetings_say_when_they_meet_and_people_are_in_one_place(demo_ws: Workspace) -> None:
    sessions = Schedule(demo_ws).list_sessions()
    attendance = AttendanceRepository(demo_ws.db).for_sessions([s.id for s in sessions])
    for s in sessions:
        if is_peer_meeting(s) and "matching" in s.notes:
            assert f"Meets {s.start:%a %H:%M}-{s.end:%H:%M}" in s.notes
            assert "both free" not in s.notes
    present: dict[str, list] = {}  # type: ignore[type-arg]
    for s in sessions:
        for r in attendance.get(s.id, []):
            if r.present:
                present.setdefault(r.email, []).append(s)
    for email, booked in present.items():
        booked.sort(key=lambda s: s.start)
        for a, b in pairwise(booked):
            assert b.start >= a.end, f"{email} present at two sessions at once"
        for s in booked:
            if email in s.facilitators:
                assert any(r.email == email and r.present for r in attendance[s.id])


def test_demo_content_is_varied_and_fits_any_season(demo_ws: Workspace) -> None:
    assert not any(season in DEMO_PROGRAM for season in ("Spring", "Summer", "Autumn", "Winter"))
    sessions = Schedule(demo_ws).list_sessions()
    attendance = AttendanceRepository(demo_ws.db).for_sessions([s.id for s in sessions])
    commitments = [r.commitment for rows in attendance.values() for r in rows if r.commitment]
    answers = [r.answer for rows in attendance.values() for r in rows if r.answer]
    assert len(commitments) >= 8 and Counter(commitments).most_common(1)[0][1] <= 2
    assert len(set(answers)) >= 0.8 * len(answers)
    notes = [s.notes for s in sessions if s.status == "held" and s.week]
    assert len(set(notes)) == len(notes)  # each held week has its own notes
    for s in sessions:  # a facilitator gives no rating to their own session
        for r in attendance.get(s.id, []):
            assert not (r.email in s.facilitators and r.rating)


def test_demo_numbers_hold_together(demo_ws: Workspace) -> None:
    impact = Impact(demo_ws)
    program = impact.schedule.list_programs()[0]
    k = impact.kpis(program)
    assert k.sessions_per_month <= max(n for _, n in k.monthly_sessions)
    members = len(program.members)
    assert all(taught < members for _name, _led, taught in k.contributors)
    assert k.competency.reached < 5 and k.targets[-1].status == "too early to tell"
    assert k.baseline is not None and k.baseline.median is not None
    shoutouts = impact.repo.shoutouts(program.id)
    assert all(s.day <= clock.today() for s in shoutouts)
    first = min(s.start.date() for s in impact.schedule.list_sessions(program.id) if s.week == 1)
    assert all(s.day > first - timedelta(days=1) for s in shoutouts)  # thanks come after the session


def test_report_charts_are_print_sharp_with_whole_ticks_and_empty_states(demo_ws: Workspace) -> None:
    from PySide6.QtCharts import QValueAxis
    from PySide6.QtGui import QImage

    from peerdesk.printing.paint.pdf import ensure_gui
    from peerdesk.ui.feedback.charts import Empty, all_charts, chart_png, nice_step

    ensure_gui()
    impact = Impact(demo_ws)
    program = impact.schedule.list_programs()[0]
    charts = all_charts(impact.kpis(program))
    for kind, chart in charts.items():
        assert not isinstance(chart, Empty), kind
        for axis in chart.axes():
            if isinstance(axis, QValueAxis) and axis.isVisible():
                assert axis.labelFormat() == "%d" and axis.tickInterval() == int(axis.tickInterval())
                assert axis.titleText(), f"{kind} has an axis without a title"
        png = QImage.fromData(chart_png(chart))
        assert png.width() >= 1400 and round(png.dotsPerMeterX() * 0.0254) == 300
    legend = [m.label() for m in charts["participation"].legend().markers()]
    assert any(label.startswith("Target") for label in legend)
    assert [nice_step(m) for m in (0, 1, 4, 7, 15, 100, 240)] == [1, 1, 1, 2, 5, 20, 50]
    empty = all_charts(_nothing(impact, program))
    assert all(isinstance(c, Empty) for k, c in empty.items() if k != "competency")
    assert QImage.fromData(chart_png(empty["ratings"])).width() >= 1400


def _nothing(impact: Impact, program):  # type: ignore[no-untyped-def]
    """The program's KPIs before anything happened."""
    early = Impact(impact.workspace, today=program.start - timedelta(days=30))
    return early.kpis(program)


def test_cli_end_report_and_compare(demo_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.cli.main import main

    out = tmp_path / "end.pdf"
    assert main(["--db", str(demo_db), "end-report", "1", "--out", str(out)]) == 1
    assert "is still running: its last session is on" in capsys.readouterr().err and not out.exists()
    assert main(["--db", str(demo_db), "compare", "1"]) == 0
    text = capsys.readouterr().out
    assert "before the pilot" in text and "Time-to-competency" in text and "median 56.5 days" in text
    md = tmp_path / "compare.md"
    assert main(["--db", str(demo_db), "compare", DEMO_PROGRAM, "1", "--out", str(md)]) == 0
    assert "| Participation rate |" in md.read_text()
    assert main(["--db", str(demo_db), "compare", "1", "nope"]) == 1
    assert "there is no program 'nope'" in capsys.readouterr().err
