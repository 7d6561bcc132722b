"""Opening another workspace leaves nothing of the previous one on screen; empty states say what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from peerdesk.ui import prompts
from peerdesk.ui.main_window import MainWindow


def test_new_workspace_clears_every_tab_dialog_and_selection(
    qtbot, demo_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    win = demo_window
    qtbot.keyClicks(win.roster_tab.search, "Sales")
    win.roster_tab.select_ids({win.roster_tab.model.person_at(0).id})
    win.tabs.setCurrentIndex(2)
    record = win.feedback_tab.record
    held = next(
        i for i in range(record.session.count()) if "held" in record.session.itemText(i)
    )  # a demo session that was held, with its commitments, notes and link
    record.session.setCurrentIndex(held)
    QApplication.processEvents()
    assert record.held.isChecked() and "present" in record.summary.text()
    assert record.model.rowCount() > 0
    win.actions["skills"].trigger()
    skills_dialog = win.dialog
    assert skills_dialog.isVisible()
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a, **k: tmp_path / "fresh.sqlite")
    win.actions["new_workspace"].trigger()
    assert win.workspace.path == tmp_path / "fresh.sqlite"
    assert not skills_dialog.isVisible()  # nothing left that acts on the old file
    # the Record page: no commitments, counts, notes, link or "held" from the demo
    assert record.model.rowCount() == 0
    assert record.summary.text() == ""
    assert not record.previous.isVisible() and record.previous.text() == ""
    assert record.notes.toPlainText() == "" and record.recording.text() == ""
    assert not record.held.isChecked() and record.actual.value() == 0
    assert "New Pilot" in record.info.text()
    # the dashboard says what to do instead of blank tiles
    win.feedback_tab.setCurrentIndex(1)
    dashboard = win.feedback_tab.dashboard
    assert not any(label.isVisible() for label in dashboard.tile_labels.values())
    assert "No pilot yet" in dashboard.details.text()
    assert not any(slot.isVisibleTo(dashboard) for slot in dashboard.chart_slots.values())
    from PySide6.QtCharts import QChartView

    assert not [v for v in dashboard.findChildren(QChartView) if v.isVisible()]  # no demo charts left
    # the roster: no search, no filters, no selection; the empty state explains
    win.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    assert win.roster_tab.search.text() == "" and win.roster_tab.selected_ids() == []
    assert win.roster_tab.empty.isVisible() and "Import Roster CSV" in win.roster_tab.empty.text()
    assert not win.actions["edit_person"].isEnabled()
    win.tabs.setCurrentIndex(1)
    assert win.schedule_tab.model.rowCount() == 0
    assert win.schedule_tab.empty_hint.isVisible() and "New Pilot" in win.schedule_tab.empty_hint.text()


def test_a_search_with_no_match_and_a_pilot_with_nothing_held_say_what_to_do(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    tab = demo_window.roster_tab
    qtbot.keyClicks(tab.search, "nobody-like-this")
    assert tab.no_match.isVisible()
    assert "No one matches" in tab.no_match.text() and "nobody-like-this" in tab.no_match.text()
    tab.search.clear()
    assert not tab.no_match.isVisible()
    # a new pilot with nothing held yet
    demo_window.actions["new_pilot"].trigger()
    dialog = demo_window.dialog
    dialog.name.setText("Empty pilot")
    dialog.members.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.members.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    program = demo_window.schedule.find_program("Empty pilot")
    demo_window.tabs.setCurrentIndex(2)
    demo_window.feedback_tab.setCurrentIndex(1)
    dashboard = demo_window.feedback_tab.dashboard
    dashboard.program.setCurrentIndex(dashboard.program.findData(program.id))
    QApplication.processEvents()
    assert "Nothing held yet" in dashboard.details.text()
    assert not any(label.isVisible() for label in dashboard.tile_labels.values())
    assert not any(slot.isVisibleTo(dashboard) for slot in dashboard.chart_slots.values())
