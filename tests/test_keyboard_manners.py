"""Keys on the main window, pressed as a person would: Ctrl+D deactivates (on Linux too, where
Delete's standard key is also Ctrl+D), Del asks to delete, Tab leaves the Feedback notes, and the
Feedback sub-tabs and the roster's People / Skills matrix switch answer their Alt+letters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QTabBar, QTextEdit

from peerdesk.ui.main_window import MainWindow


def shown(qtbot, window: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def test_ctrl_d_deactivates_and_del_asks_to_delete(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = shown(qtbot, demo_window)
    assert window.actions["deactivate"].shortcuts() == [QKeySequence("Ctrl+D")]
    assert window.actions["delete_person"].shortcuts() == [QKeySequence("Del")]
    tab = window.roster_tab
    person = next(p for p in window.roster.people() if p.active)
    tab.select_ids({person.id})
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert not next(p for p in window.roster.people() if p.id == person.id).active
    assert not isinstance(window.dialog, QMessageBox)  # Ctrl+D did not also ask to delete
    tab.select_ids({person.id})
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    QApplication.processEvents()
    box = window.dialog
    assert isinstance(box, QMessageBox) and person.name in box.text()
    box.reject()


def test_tab_leaves_every_multi_line_field_of_the_main_window(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = shown(qtbot, demo_window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    fields = [
        f for f in window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit) if not f.isReadOnly()
    ]
    assert fields, "the Feedback tab's notes were not built"
    assert [f.objectName() for f in fields if not f.tabChangesFocus()] == []
    notes = window.feedback_tab.record.notes
    window.tabs.setCurrentIndex(2)
    window.feedback_tab.setCurrentWidget(window.feedback_tab.record)
    QApplication.processEvents()
    notes.setEnabled(True)
    notes.setFocus()
    notes.setPlainText("key points")
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert notes.toPlainText() == "key points" and not notes.hasFocus()


def mnemonics(bar: QTabBar) -> list[str]:
    return [bar.tabText(i) for i in range(bar.count())]


def test_feedback_sub_tabs_and_the_roster_view_switch_have_alt_letters(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = shown(qtbot, demo_window)
    assert mnemonics(window.roster_tab.view_bar) == ["&People", "Skills &matrix"]
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    assert window.roster_tab.view_bar.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    assert window.roster_tab.view_bar.currentIndex() == 0
    window.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    feedback = window.feedback_tab
    texts = [feedback.tabText(i) for i in range(feedback.count())]
    assert texts == ["Re&cord a session", "D&ashboard", "Co&mpetency", "Reco&gnition"]
    for key, page in (
        (Qt.Key.Key_M, feedback.competency),
        (Qt.Key.Key_G, feedback.recognition),
        (Qt.Key.Key_A, feedback.dashboard),
        (Qt.Key.Key_C, feedback.record),
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        QApplication.processEvents()
        assert feedback.currentWidget() is page, page.objectName()


def test_keyboard_shortcuts_lists_del_for_delete_and_ctrl_d_for_deactivate_only(
    demo_window: MainWindow,
) -> None:
    from peerdesk.ui.help import shortcut_rows

    rows = {name: keys for keys, name, _menu in shortcut_rows(demo_window.actions)}
    assert rows["Delete"] == QKeySequence("Del").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Deactivate"] == QKeySequence("Ctrl+D").toString(QKeySequence.SequenceFormat.NativeText)
    assert sum(keys == "Ctrl+D" for keys in rows.values()) == 1


def test_del_on_the_schedule_tab_asks_about_the_session_not_the_roster(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Del is one key for the window: on the Schedule tab it meant the people still selected on
    the hidden roster; now it means the selected session, and on the Feedback tab nothing."""
    window = shown(qtbot, demo_window)
    person = next(p for p in window.roster.people() if p.active)
    window.roster_tab.select_ids({person.id})
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    tab = window.schedule_tab
    tab.views.setCurrentIndex(1)  # the session list
    QApplication.processEvents()
    program = window.schedule.list_programs()[0]
    session = next(s for s in window.schedule.list_sessions(program.id) if s.status == "planned")
    tab.select_session(session.id)
    QApplication.processEvents()
    window.actions["delete_person"].trigger()  # what Del does, wherever the focus is
    QApplication.processEvents()
    box = window.dialog
    assert isinstance(box, QMessageBox) and session.title in box.text() and person.name not in box.text()
    box.reject()
    window.dialog = None
    window.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    window.actions["delete_person"].trigger()
    QApplication.processEvents()
    assert window.dialog is None
    assert any(p.id == person.id for p in window.roster.people())
