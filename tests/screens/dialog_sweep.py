"""Open the main window and every dialog the action registry reaches, on a screen of a given size.

Run by tests/test_window_manners.py in a child process, because Qt's offscreen
screen has one size per process (QT_QPA_PLATFORM=offscreen:configfile=...). It
prints JSON: for the main window and each dialog, what a person at that screen
would meet that is wrong (buttons off-screen, a dialog larger than the screen,
a label whose Alt+letter moves focus nowhere, a Notes field Tab cannot leave,
an input without an accessible name).

Usage: python dialog_sweep.py WORKSPACE SETTINGS.ini [SHOTS_FOLDER]
(with SHOTS_FOLDER, each window is also saved there as a PNG named for its action:
docs/screenshots.py uses this for the README's laptop-screen pictures)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# actions that open no dialog of ours, or that would end the run
SKIPPED = {"quit", "undo", "redo", "close", "whats_this"}
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def describe(widget: QWidget) -> str:
    """A widget as a person would name it: its accessible name, object name or class."""
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


def rect_in(widget: QWidget, top: QWidget) -> QRect:
    """`widget`'s rectangle in `top`'s coordinates."""
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def problems_of(top: QWidget, available: QRect) -> list[str]:
    """What is wrong with one window or dialog as shown on `available`."""
    found = []
    frame = top.frameGeometry()
    if frame.width() > available.width() or frame.height() > available.height():
        found.append(
            f"{frame.width()}x{frame.height()} does not fit the {available.width()}x{available.height()} screen"
        )
    hint = top.minimumSizeHint()
    if hint.width() > available.width() or hint.height() > available.height():
        found.append(f"needs at least {hint.width()}x{hint.height()}")
    if not available.contains(frame):
        found.append(f"placed at {frame.x()},{frame.y()} partly off the screen")
    inside = top.rect()
    for button in top.findChildren(QAbstractButton):
        shown = button.window() is top and button.isVisibleTo(top) and button.text()
        if shown and not inside.contains(rect_in(button, top)):
            found.append(f"button {button.text()!r} is cut off")
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.isVisibleTo(top):
            continue
        if not buddy.focusPolicy() & Qt.FocusPolicy.TabFocus or type(buddy) is QWidget:
            found.append(f"label {label.text()!r}: its Alt+letter moves focus to a wrapper, not the field")
    for field in top.findChildren(QPlainTextEdit) + top.findChildren(QTextEdit):
        if field.isVisibleTo(top) and not field.isReadOnly() and not field.tabChangesFocus():
            found.append(f"multi-line field {describe(field)!r}: Tab types a tab and cannot leave it")
    for field in top.findChildren(QWidget):
        if (
            isinstance(field, INPUTS)
            and field.isVisibleTo(top)
            and field.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not field.accessibleName()
            and not isinstance(field.parent(), QComboBox | QAbstractSpinBox)  # their own inner edits
        ):
            found.append(f"input {describe(field)} ({type(field).__name__}) has no accessible name")
    return found


def main() -> int:
    """Print the problems of the main window and of every dialog, as JSON."""
    from peerdesk.storage import open_workspace
    from peerdesk.ui import prompts
    from peerdesk.ui.actions import SPECS
    from peerdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    available = app.primaryScreen().availableGeometry()
    settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
    csv = Path(sys.argv[1]).with_name("team.csv")
    prompts.choose_open_path = lambda *a, **k: csv  # type: ignore[assignment]
    prompts.choose_save_path = lambda *a, **k: None  # type: ignore[assignment]
    window = MainWindow(open_workspace(Path(sys.argv[1])), settings=settings)
    window.show()
    app.processEvents()
    shots = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(shots / "main-window.png"))
    report: dict[str, list[str]] = {"main window": problems_of(window, available)}
    window.roster_tab.select_ids({window.roster.people()[0].id})
    for spec in SPECS:
        if spec.name in SKIPPED or spec.name not in window.actions:
            continue
        if spec.name in ("edit_session", "export_session"):
            window.tabs.setCurrentIndex(1)
            app.processEvents()
            window.schedule_tab.select_session(window.schedule.list_sessions()[0].id)
        before = window.dialog
        window.actions[spec.name].trigger()
        app.processEvents()
        dialog = window.dialog
        shown = [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        if dialog is None or dialog is before:
            dialog = shown[-1] if shown else None
        if dialog is None or not dialog.isVisible():
            continue
        report[f"{spec.name}: {dialog.windowTitle()}"] = problems_of(dialog, available)
        if shots is not None:
            dialog.grab().save(str(shots / f"{spec.name.replace('_', '-')}.png"))
        dialog.close()
        app.processEvents()
        window.tabs.setCurrentIndex(0)
    print(json.dumps(report, ensure_ascii=False))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
