"""Small factories for the questions the window asks: confirmations, file pickers, errors.

Message boxes open window-modal and non-blocking (`open()`), and call back with
the answer. Tests replace these functions to answer without a person.

File pickers start in Documents, or in the folder last used for that kind of file
(remembered in the window's settings), never in PeerDesk's hidden data folder.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget

WORKSPACE_FILTER = "PeerDesk workspaces (*.peerdesk *.sqlite *.db);;All files (*)"
CSV_FILTER = "CSV files (*.csv *.txt);;All files (*)"
REPLIES_FILTER = "Mails and calendar answers (*.eml *.ics *.mbox);;All files (*)"
FOLDERS_KEY = "folders"

_settings: QSettings | None = None
_folders: dict[str, str] = {}


def remember_folders_in(settings: QSettings | None) -> None:
    """Keep the last-used folders in `settings` (the window's), or only in memory when None."""
    global _settings
    _settings = settings


def documents_folder() -> Path:
    """The user's Documents folder (or home when the system has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def kind_of(file_filter: str) -> str:
    """A name for the kind of file a filter asks for: its first pattern's extension."""
    found = re.search(r"\*\.(\w+)", file_filter)
    return found[1].lower() if found else "any"


def start_folder(kind: str) -> Path:
    """Where a picker for `kind` files opens: the folder last used for them, else Documents."""
    value = _settings.value(f"{FOLDERS_KEY}/{kind}") if _settings is not None else _folders.get(kind)
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return documents_folder()


def remember_folder(kind: str, folder: Path) -> None:
    """Note `folder` as the last one used for `kind` files."""
    if _settings is not None:
        _settings.setValue(f"{FOLDERS_KEY}/{kind}", str(folder))
    else:
        _folders[kind] = str(folder)


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


def confirm_with_choice(
    parent: QWidget,
    title: str,
    text: str,
    on_yes: Callable[[bool], None],
    yes_text: str,
    choice: str | None = None,
) -> QMessageBox:
    """`confirm` with an optional check box (ticked) whose state `on_yes` receives."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    if choice:  # made before the buttons, so Tab reads it first, as the eye does
        check = QCheckBox(choice)
        check.setChecked(True)
        box.setCheckBox(check)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(cancel)
    if box.checkBox() is not None:
        QWidget.setTabOrder(box.checkBox(), cancel)
        QWidget.setTabOrder(cancel, yes)

    def answered(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes(bool(box.checkBox() and box.checkBox().isChecked()))

    box.finished.connect(answered)
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
    """Pick an existing file, or None if cancelled; starts in `start` or the kind's last folder."""
    kind = kind_of(file_filter)
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start or start_folder(kind)), file_filter)
    if not name:
        return None
    remember_folder(kind, Path(name).parent)
    return Path(name)


def choose_save_path(parent: QWidget, title: str, file_filter: str, suggested: Path) -> Path | None:
    """Pick where to write a file, or None if cancelled.

    Only `suggested`'s name is used: the picker opens in the folder last used for this kind
    of file, or in Documents.
    """
    kind = kind_of(file_filter)
    start = start_folder(kind) / suggested.name
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    if not name:
        return None
    remember_folder(kind, Path(name).parent)
    return Path(name)


def choose_folder(parent: QWidget, title: str, kind: str, current: Path | None = None) -> Path | None:
    """Pick a folder, or None if cancelled; starts in `current` or the kind's last folder."""
    start = current if current is not None and current.is_dir() else start_folder(kind)
    name = QFileDialog.getExistingDirectory(parent, title, str(start))
    if not name:
        return None
    remember_folder(kind, Path(name))
    return Path(name)
