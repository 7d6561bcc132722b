"""The Feedback tab driven with qtbot: a paper sign-in sheet typed in without a mouse, the dashboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from peerdesk import clock
from peerdesk.storage import open_workspace
from peerdesk.ui import prompts
from peerdesk.ui.main_window import MainWindow


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    """The demo window, on its tab 2."""
    demo_window.tabs.setCurrentIndex(2)
    return demo_window


@pytest.mark.dates
def test_default_session_is_the_most_recent_due(window: MainWindow, clock_day: date) -> None:
    record = window.feedback_tab.record.record
    assert record is not None
    if clock_day.weekday() == 3:  # the demo's Thursday, 10:00: week 4's session has just begun
        assert record.session.week == 4 and record.session.status == "planned"
    else:
        assert record.session.week == 3 and record.session.status == "held"
    assert "Report back" in window.feedback_tab.record.previous.text()


def test_type_in_a_sign_in_sheet_from_the_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.feedback_tab.record
    # yesterday's extra session with the eight engineers, not yet recorded
    from datetime import datetime, time, timedelta

    from peerdesk.domain import Session

    series = next(s for s in window.schedule.list_sessions() if s.week == 3)
    yesterday = datetime.combine(clock.today() - timedelta(days=1), time(15, 0))
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
    # the dashboard is filled when it comes to the front, not while the sheet is typed
    assert window.feedback_tab.dashboard.tile_labels["participation"].text() == dashboard_before
    window.feedback_tab.setCurrentWidget(window.feedback_tab.dashboard)
    assert window.feedback_tab.dashboard.tile_labels["participation"].text() != dashboard_before
    window.feedback_tab.setCurrentWidget(page)
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
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    dashboard = window.feedback_tab.dashboard
    window.feedback_tab.setCurrentWidget(dashboard)
    qtbot.wait(10)  # the charts take their size once shown
    assert "met" in dashboard.tile_labels["participation"].text()
    assert dashboard.charts.count() == 4
    sizes = [slot.height() for slot in dashboard.chart_slots.values()]
    assert min(sizes) >= 200
    for week in (1, 2, 0, 3, 1):  # changing the period many times never shrinks the charts
        dashboard.week.setCurrentIndex(dashboard.week.findData(week))
        qtbot.wait(10)
    assert dashboard.charts.count() == 4
    assert [slot.height() for slot in dashboard.chart_slots.values()] == sizes
    assert dashboard.kpis is not None and dashboard.kpis.week == 1
    # the tooltip is the report's definition, word for word
    from peerdesk.impact.kpis import DEFINITIONS

    assert DEFINITIONS["participation_rate"] in dashboard.tile_labels["participation"].toolTip()
    # Leadership Report asks which program and which week, and previews before saving
    dashboard.report_button.click()
    dialog = window.dialog
    assert dialog.program.currentText() == window.schedule.list_programs()[0].name
    weeks = [dialog.week.itemText(i) for i in range(dialog.week.count())]
    assert weeks == ["Week 1", "Week 2", "Week 3", "Week 4 (running: a draft)"] or weeks[-1].endswith(
        "draft)"
    )
    assert dialog.week.currentData() == 1  # the dashboard's period
    assert "WEEK 1 OF 6" in dialog.view.toPlainText()
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a, **k: tmp_path / "report.pdf")
    dialog.save_button.click()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()
    window.actions["report"].trigger()
    dialog = window.dialog
    dialog.week.setCurrentIndex(dialog.week.count() - 1)  # the running week: a draft
    assert "DRAFT" in dialog.note.text() and "DRAFT" in dialog.view.toPlainText()
    dialog.shape.setCurrentIndex(dialog.shape.findData("slack"))
    assert "| --- |" not in dialog.text.toPlainText() and dialog.text.toPlainText().startswith(":warning:")
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a, **k: tmp_path / "report.txt")
    dialog.save_button.click()
    assert "DRAFT" in (tmp_path / "report.txt").read_text()
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert "DRAFT" in QGuiApplication.clipboard().text()


def test_led_by_lists_everyone_or_says_how_many_more(window: MainWindow) -> None:
    from collections import Counter

    from peerdesk.ui.feedback.tab import led_by_text

    window.feedback_tab.setCurrentWidget(window.feedback_tab.dashboard)
    kpis = window.feedback_tab.dashboard.kpis
    assert kpis is not None
    assert led_by_text(kpis) in window.feedback_tab.dashboard.details.text()
    for name in kpis.facilitators:
        assert name in window.feedback_tab.dashboard.details.text()  # five people led: all shown
    many = Counter({f"Person {i}": 10 - i for i in range(9)})
    kpis.facilitators = many
    assert led_by_text(kpis).endswith("Person 5 5 and 3 more")


def test_future_session_and_superscript_rating_are_refused(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.feedback_tab.record
    week6 = next(s for s in window.schedule.list_sessions() if s.week == 6)
    page.session.setCurrentIndex(page.session.findData(week6.id))
    assert page.record.session.id == week6.id
    assert "has not started yet" in page.problem.text() and f"{week6.start:%d %b %Y}" in page.problem.text()
    assert not page.table.isEnabled() and not page.held.isEnabled()
    before = window.feedback.record(week6.id)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 3))
    qtbot.keyClick(page.table, "5")
    qtbot.wait(20)
    # even if the page were bypassed, the service refuses and nothing is stored
    from dataclasses import replace

    from peerdesk.impact.feedback import SessionRecord

    page.record_changed.emit(SessionRecord(replace(week6, status="held"), before.attendance))
    qtbot.wait(20)
    assert window.feedback.record(week6.id) == before and window.undo_stack.count() == 0
    assert "nothing was changed" in page.problem.text()
    # a superscript two typed into a held session's rating is refused with a message
    week3 = next(s for s in window.schedule.list_sessions() if s.week == 3)
    page.session.setCurrentIndex(page.session.findData(week3.id))
    stored = window.feedback.record(week3.id)
    assert page.model.setData(page.model.index(1, 3), "\u00b2") is False
    assert "not a rating" in page.problem.text()
    qtbot.wait(20)
    assert window.feedback.record(week3.id) == stored


def test_import_check_ins_end_of_pilot_and_compare(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk.ui.feedback import impact_actions

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "show_error", lambda parent, title, text, details="": shown.append((text, details))
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("date,email,skill,level,assessor\n2026-01-01,nobody@x.org,SQL,9,boss\n", encoding="utf-8")
    assert impact_actions.import_check_ins(window, bad) is None
    assert "nothing was imported" in shown[0][0] and "row 2, email: unknown email" in shown[0][1]
    good = tmp_path / "good.csv"
    good.write_text(
        "date,email,skill,level,assessor\n2026-01-01,priya.raman@northwind.example,SQL,2,peer\n",
        encoding="utf-8",
    )
    window.feedback_tab.setCurrentWidget(window.feedback_tab.competency)
    rows = window.feedback_tab.competency.table.rowCount()
    assert impact_actions.import_check_ins(window, good)
    assert window.feedback_tab.competency.table.rowCount() == rows + 1
    window.actions["undo"].trigger()
    assert window.feedback_tab.competency.table.rowCount() == rows
    window.actions["end_report"].trigger()
    end = window.dialog
    assert "still running" in end.message.text() and not end.save_button.isEnabled()
    end.close()
    window.actions["compare"].trigger()
    compare = window.dialog
    assert compare.table.rowCount() >= 10
    assert compare.table.horizontalHeaderItem(2).text() == "before the pilot"
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a, **k: tmp_path / "compare.md")
    assert compare.save() == tmp_path / "compare.md"
    assert "| Participation rate |" in (tmp_path / "compare.md").read_text()


def test_check_ins_shoutouts_and_baseline_with_undo(window: MainWindow) -> None:
    competency = window.feedback_tab.competency
    window.feedback_tab.setCurrentWidget(competency)  # the lead adds check-ins on their page
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
    window.feedback_tab.setCurrentWidget(window.feedback_tab.dashboard)
    assert "faster" in window.feedback_tab.dashboard.tile_labels["faster_onboarding"].text()
    recognition = window.feedback_tab.recognition
    window.feedback_tab.setCurrentWidget(recognition)
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
