"""Small factories for the questions the window asks: confirmations, file pickers, errors.

Message boxes open window-modal and non-blocking (`open()`), and call back with
the answer. Tests replace these functions to answer without a person.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

WORKSPACE_FILTER = "PeerDesk workspaces (*.sqlite *.peerdesk *.db);;All files (*)"
CSV_FILTER = "CSV files (*.csv *.txt);;All files (*)"


def confirm(
    parent: QWidget, title: str, text: str, on_yes: Callable[[], None], yes_text: str = "OK"
) -> QMessageBox:
    """Ask before something destructive; calls `on_yes` only on the explicit yes."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _result: on_yes() if box.clickedButton() is yes else None)
    box.open()
    return box


def show_error(parent: QWidget, title: str, text: str, details: str = "") -> QMessageBox:
    """Tell the user what went wrong, in one clear sentence (details optional)."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.open()
    return box


def show_info(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A short, non-blocking notice."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.open()
    return box


def choose_open_path(parent: QWidget, title: str, file_filter: str, start: Path | None = None) -> Path | None:
    """Pick an existing file, or None if cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start or Path.home()), file_filter)
    return Path(name) if name else None


def choose_save_path(parent: QWidget, title: str, file_filter: str, suggested: Path) -> Path | None:
    """Pick where to write a file, or None if cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(name) if name else None
