"""The Feedback tab driven with qtbot: a paper sign-in sheet typed in without a mouse, the dashboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from peerdesk.storage import open_workspace
from peerdesk.ui import prompts
from peerdesk.ui.main_window import MainWindow


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    """The demo window, on its tab 2."""
    demo_window.tabs.setCurrentIndex(2)
    return demo_window


def test_default_session_is_the_most_recent_due(window: MainWindow) -> None:
    record = window.feedback_tab.record.record
    assert record is not None and record.session.week == 3 and record.session.status == "held"
    assert "Report back" in window.feedback_tab.record.previous.text()


def test_type_in_a_sign_in_sheet_from_the_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.feedback_tab.record
    # yesterday's extra session with the eight engineers, not yet recorded
    from datetime import datetime, time, timedelta

    from peerdesk.domain import Session

    series = next(s for s in window.schedule.list_sessions() if s.week == 3)
    yesterday = datetime.combine(datetime.now().date() - timedelta(days=1), time(15, 0))
    extra = Session(
        program_id=series.program_id,
        title="Extra clinic",
        start=yesterday,
        minutes=30,
        timezone=series.timezone,
        format_key="problem-clinic",
        attendees=series.attendees,
    )
    change = window.schedule.apply(window.schedule.plan_add_one_off(extra))
    week4 = change.after[0]
    window.refresh()
    page.session.setCurrentIndex(page.session.findData(week4.id))
    assert page.record.session.id == week4.id and page.record.session.status == "planned"
    dashboard_before = window.feedback_tab.dashboard.tile_labels["participation"].text()
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, 3))
    # the paper sheet: ratings for everyone but row 4 (absent) and row 7 (present, no rating)
    for key in "54":
        qtbot.keyClick(table, key)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # row 3 -> absent stays absent; move on
    qtbot.keyClick(table, Qt.Key.Key_Down)
    for key in "35":
        qtbot.keyClick(table, key)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # row 7: present without a rating
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, "4")
    qtbot.wait(20)  # let the queued saves run
    rows = page.model.rows()
    assert [r.present for r in rows] == [True, True, False, False, True, True, True, True]
    assert [r.rating for r in rows] == [5, 4, None, None, 3, 5, None, 4]
    # the answer column is typed into directly
    table.setCurrentIndex(page.model.index(0, 4))
    qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the cell, as a user would
    from PySide6.QtWidgets import QApplication

    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Try it on Monday")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rows()[0].answer == "Try it on Monday")  # Qt commits on the next turn
    qtbot.wait(20)  # and PeerDesk saves on the turn after
    with open_workspace(window.workspace.path, read_only=True) as other:
        from peerdesk.impact.feedback import Feedback

        stored = Feedback(other).record(week4.id)
    assert stored.session.status == "held"  # recording attendance marks it held
    assert [r.rating for r in stored.attendance] == [5, 4, None, None, 3, 5, None, 4]
    assert stored.attendance[0].answer == "Try it on Monday"
    assert window.feedback_tab.dashboard.tile_labels["participation"].text() != dashboard_before
    # a walk-in, then undo everything back to the start
    page.walk_in.setCurrentIndex(page.walk_in.findData("aisha.bello@northwind.example"))
    page.add_walk_in.click()
    qtbot.wait(20)
    assert page.model.rows()[-1].walk_in and "(walk-in)" in page.model.index(8, 1).data()
    while window.undo_stack.canUndo() and window.undo_stack.undoText().startswith("Record"):
        window.undo_stack.undo()
    with open_workspace(window.workspace.path, read_only=True) as other:
        from peerdesk.impact.feedback import Feedback

        restored = Feedback(other).record(week4.id)
    assert restored.session.status == "planned" and not any(r.present for r in restored.attendance)


def test_dashboard_period_and_report_export(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dashboard = window.feedback_tab.dashboard
    assert "met" in dashboard.tile_labels["participation"].text()
    assert dashboard.charts.count() == 4
    dashboard.week.setCurrentIndex(dashboard.week.findData(1))
    assert dashboard.kpis is not None and dashboard.kpis.week == 1
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a, **k: tmp_path / "report.pdf")
    dashboard.report_button.click()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a, **k: tmp_path / "report.md")
    window.actions["report"].trigger()
    assert "week 1 of 6" in (tmp_path / "report.md").read_text()


def test_check_ins_shoutouts_and_baseline_with_undo(window: MainWindow) -> None:
    competency = window.feedback_tab.competency
    rows_before = competency.table.rowCount()
    competency.person.setCurrentIndex(competency.person.findData("priya.raman@northwind.example"))
    competency.skill.setCurrentText("SQL")
    competency.level.setValue(4)
    competency.add.click()
    assert competency.table.rowCount() == rows_before + 1
    window.actions["undo"].trigger()
    assert competency.table.rowCount() == rows_before
    competency.baseline.setValue(60)
    competency.baseline.editingFinished.emit()
    program = window.schedule.list_programs()[0]
    assert program.baseline_days == 60
    assert "faster" in window.feedback_tab.dashboard.tile_labels["faster_onboarding"].text()
    recognition = window.feedback_tab.recognition
    count = recognition.shoutouts.count()
    recognition.text.setText("Samuel ran his first demo")
    recognition.add.click()
    assert recognition.shoutouts.count() == count + 1
    window.actions["undo"].trigger()
    assert recognition.shoutouts.count() == count
    assert recognition.contributors.rowCount() >= 3
    assert recognition.balance.rowCount() == 8  # every member: sessions led and attended as a learner


def test_import_feedback_with_a_bad_row_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "show_error", lambda parent, title, text, details="": shown.append((text, details))
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("date,email,attended,rating,answer\n2026-01-01,nobody@x.org,yes,7,\n", encoding="utf-8")
    window.feedback_ctl.import_feedback(bad)
    assert shown and "nothing was imported" in shown[0][0] and "unknown email" in shown[0][1]
    assert not window.undo_stack.canRedo() and window.undo_stack.count() == 0
