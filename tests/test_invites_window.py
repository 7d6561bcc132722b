"""The Export Invites dialog and the clock-change checks, driven in the real window."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QObject, QTime, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from peerdesk.plural import count
from peerdesk.ui.main_window import MainWindow


class UrlCatcher(QObject):
    """Stands in for the file manager: Qt hands it the URL instead of opening a window."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    demo_window.tabs.setCurrentIndex(1)
    return demo_window


def test_for_lists_the_programs_members_only(window: MainWindow) -> None:
    dialog = window.schedule_ctl.export_invites()
    program = window.schedule.programs.get(dialog.program.currentData())
    emails = [dialog.person.itemData(i) for i in range(1, dialog.person.count())]
    assert sorted(emails) == sorted(program.members)
    assert len(window.roster.people()) > len(emails)  # the roster has more people than the program
    dialog.person.setCurrentIndex(1)
    assert not dialog.eml.isEnabled()


def test_conflicts_are_warned_before_sending(window: MainWindow) -> None:
    dialog = window.schedule_ctl.export_invites()
    assert dialog.conflicts.isVisibleTo(dialog)
    text = dialog.conflicts.text()
    assert " in the sessions you are sending; they go out as planned" in text and "(s)" not in text
    assert "(clash example)" in text or "is also in" in text  # the demo's one deliberate clash
    assert "more (see the Warnings column)" in text  # long lists are cut


def test_export_then_show_in_folder(window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        dialog = window.schedule_ctl.export_invites()
        assert not dialog.show_folder.isEnabled()
        folder = tmp_path / "out"
        dialog.folder.setText(str(folder))
        dialog.export_button.click()
        assert dialog.isVisible()  # stays open with the outcome and Show in Folder
        assert dialog.outcome.text().startswith(
            f"Wrote {count(len(dialog.export_result.written), 'file')} to {folder}"
        )
        assert "Wrote" in window.statusBar().currentMessage()
        assert dialog.show_folder.isEnabled()
        dialog.show_folder.click()
        assert [u.toLocalFile() for u in catcher.urls] == [str(folder.resolve())]
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_export_into_a_file_says_why(window: MainWindow, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    dialog = window.schedule_ctl.export_invites()
    dialog.folder.setText(str(blocker / "sub"))
    dialog.export_button.click()
    assert dialog.outcome.isVisibleTo(dialog) and str(blocker) in dialog.outcome.text()
    assert not dialog.show_folder.isEnabled()


def test_session_editor_refuses_a_time_that_does_not_exist(window: MainWindow) -> None:
    before = len(window.schedule.list_sessions())
    dialog = window.schedule_ctl.add_session()
    dialog.title.setText("Night shift handover")
    dialog.start.setDateTime(QDateTime(QDate(2027, 3, 28), QTime(2, 30)))
    if dialog.start.dateTime().time() != QTime(2, 30):
        pytest.skip("this machine's own clock skips 02:30 on that day")
    assert "does not exist in Europe/Berlin" in dialog.warnings.text()
    dialog.try_accept()
    assert dialog.isVisible() and "does not exist in Europe/Berlin" in dialog.error.text()
    assert len(window.schedule.list_sessions()) == before
    dialog.start.setDateTime(QDateTime(QDate(2027, 10, 31), QTime(2, 30)))
    assert "happens twice" in dialog.warnings.text()
    dialog.try_accept()
    assert dialog.isVisible() and "happens twice in Europe/Berlin" in dialog.error.text()
    assert len(window.schedule.list_sessions()) == before  # refused like the gap
    dialog.start.setDateTime(QDateTime(QDate(2027, 10, 31), QTime(3, 30)))
    dialog.try_accept()
    assert len(window.schedule.list_sessions()) == before + 1


def test_dragging_into_the_gap_is_refused(window: MainWindow) -> None:
    session = window.schedule.list_sessions()[0]
    window.schedule_ctl.move_session(session.id, datetime(2027, 3, 28, 2, 15))
    assert isinstance(window.dialog, QMessageBox) and "does not exist" in window.dialog.text()
    assert window.schedule.sessions.get(session.id).start == session.start


def test_pilot_dialog_refuses_the_gap_and_the_autumn_hour(window: MainWindow) -> None:
    dialog = window.schedule_ctl.new_pilot()
    dialog.name.setText("Sunday night ops")
    dialog.team.setCurrentIndex(1)
    dialog.timezone.setCurrentText("Europe/Berlin")
    dialog.weekday.setCurrentIndex(6)
    dialog.time.setTime(QTime(2, 30))
    dialog.start.setDate(QDate(2027, 3, 1))
    dialog.refresh()
    assert "does not exist in Europe/Berlin" in dialog.problems_label.text()
    assert not dialog.create_button.isEnabled()
    dialog.start.setDate(QDate(2027, 10, 18))
    dialog.refresh()
    assert "Sun 31 Oct 2027 02:30 happens twice" in dialog.problems_label.text()
    assert not dialog.create_button.isEnabled()
    dialog.time.setTime(QTime(3, 30))
    dialog.refresh()
    assert dialog.create_button.isEnabled()
