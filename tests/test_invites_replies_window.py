"""Replies in the real window: File > Import Replies and files dropped on it; answers shown per
session on the Schedule page and per person on the Record page (a decline is an expected absence)."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_invites_replies import icalendar_reply, week_slot

from peerdesk.schedule.invite_files import program_invites
from peerdesk.schedule.invites import InviteContext
from peerdesk.ui.feedback.model import HEADERS as RECORD_HEADERS
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.schedule.model import ANSWERS


def decline_shown_week(window: MainWindow, folder: Path) -> tuple[Path, int, str]:
    """A reply file declining the week the Record page shows, by one of its invitees."""
    session = window.feedback_tab.record.record.session
    program = window.schedule.programs.get(session.program_id)
    ctx = InviteContext.build(window.roster.people(), window.schedule.formats())
    files = program_invites(ctx, program, window.schedule.list_sessions(program.id))
    series = next(data for name, data in files.items() if name.endswith("-series.ics"))
    master = next(e for e in icalendar.Calendar.from_ical(series).walk("VEVENT") if "RECURRENCE-ID" not in e)
    record = window.feedback_tab.record.record
    absent = [a.email for a in record.attendance if not a.present and not a.walk_in]
    who = next(e for e in [*absent, *(a.email for a in session.attendees)] if e != program.organizer_email)
    path = folder / "Declined.ics"
    path.write_bytes(icalendar_reply(master, who, "DECLINED", recurrence=week_slot(program, session.week)))
    return path, session.id, who


def record_row(window: MainWindow, who: str) -> list[str]:
    page = window.feedback_tab.record
    model = page.model
    row = next(i for i, r in enumerate(model.rows()) if r.email == who)
    return [model.index(row, c).data() for c in range(len(RECORD_HEADERS))]


def test_dropping_a_reply_on_the_window_shows_it_on_both_pages(
    demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(2)
    path, session_id, who = decline_shown_week(window, tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert window.statusBar().currentMessage() == "Stored 1 answer"
    row = record_row(window, who)
    assert row[-1] == "declined"
    present = next(r.present for r in window.feedback_tab.record.model.rows() if r.email == who)
    assert row[2] == ("yes" if present else "no, expected (declined)")
    window.tabs.setCurrentIndex(1)
    model = window.schedule_tab.model
    rows = [r for r in range(model.rowCount()) if model.session_at(r).id == session_id]
    assert rows and "1 declined" in model.index(rows[0], ANSWERS).data()
    other = next(r for r in range(model.rowCount()) if model.session_at(r).id != session_id)
    assert "declined" not in model.index(other, ANSWERS).data()


def test_file_import_replies_explains_what_it_left_out(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(2)
    path, _, who = decline_shown_week(window, tmp_path)
    stale = tmp_path / "stranger.ics"
    stale.write_bytes(path.read_bytes().replace(who.encode(), b"nobody@example.org"))
    for chosen, stored in ((stale, 0), (path, 1)):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, c=chosen, **k: (str(c), ""))
        window.actions["import_replies"].trigger()
        assert window.statusBar().currentMessage().startswith(f"Stored {stored} answer")
    box = window.dialog
    assert isinstance(box, QMessageBox) and "nobody@example.org is not invited" in box.detailedText()
    assert record_row(window, who)[-1] == "declined"


def test_files_that_cannot_hold_replies_are_not_taken(demo_window: MainWindow, tmp_path: Path) -> None:
    mime = QMimeData()
    (tmp_path / "roster.csv").write_text("name,email\n")
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "roster.csv"))])
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    enter.ignore()
    demo_window.dragEnterEvent(enter)
    assert not enter.isAccepted()
