"""The Help menu's windows: the user guide (offline) and the keyboard shortcut list.

The guide is the README's guide for team leads, shipped as resources/guide.md
and shown with Qt's own Markdown renderer; the shortcut list is generated from
the action registry, so it can never disagree with the menus.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk import i18n
from peerdesk.resources import resource_path, resources_root
from peerdesk.ui.actions import SPECS


def guide_path(code: str | None = None) -> Path:
    """The guide in the window's language (guide.de.md...), or the English one where none exists."""
    lang = i18n.normalise(code) if code else i18n.current()
    translated = resources_root() / f"guide.{lang}.md"
    return translated if translated.exists() else resource_path("guide.md")


def headings(document: QTextDocument) -> list[tuple[int, str]]:
    """The guide's section headings (level 2 and 3) in order, for its contents list."""
    found = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level in (2, 3) and block.text().strip():
            found.append((level, block.text()))
        block = block.next()
    return found


def plain(text: str) -> str:
    """A menu text without its mnemonic marker and ellipsis: '&Add Person...' -> 'Add Person'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("...")


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str, str]]:
    """(keys, action, menu) for every action with a shortcut, in menu order."""
    menus = {spec.name: plain(QCoreApplication.translate("actions", spec.menu)) for spec in SPECS}
    edit = plain(QCoreApplication.translate("actions", "&Edit"))
    menus.update(undo=edit, redo=edit)
    order = ["undo", "redo", *(spec.name for spec in SPECS)]
    rows = []
    for name in order:
        action = actions.get(name)
        if action is None or not action.shortcuts():
            continue
        keys = " / ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if _typed(k)
        )
        rows.append((keys, plain(action.text()), menus.get(name, "")))
    return rows


def _typed(keys: QKeySequence) -> bool:
    """Keys a person types: with a modifier, or F1-F12 and Delete (not the dedicated Undo/Open keys)."""
    if keys.isEmpty():
        return False
    combo = keys[0]
    key = combo.key()
    if combo.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        return key != Qt.Key.Key_Backspace  # Alt+Backspace: a legacy undo nobody types
    return Qt.Key.Key_F1 <= key <= Qt.Key.Key_F12 or key == Qt.Key.Key_Delete


class GuideWindow(QDialog):
    """The user guide, searchable, offline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_window")
        self.setWindowTitle(self.tr("PeerDesk User Guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_path().read_text(encoding="utf-8"))
        self.find = QLineEdit()
        self.find.setObjectName("guide_find")
        self.find.setPlaceholderText(self.tr("Find in the guide (Enter for the next match)"))
        self.find.setClearButtonEnabled(True)
        self.find.returnPressed.connect(self.find_next)
        self.contents = QListWidget()
        self.contents.setObjectName("guide_contents")
        self.contents.setAccessibleName(self.tr("Contents"))
        for level, title in headings(self.browser.document()):
            item = QListWidgetItem(("    " if level > 2 else "") + title)
            item.setData(Qt.ItemDataRole.UserRole, title)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(
            lambda item, _old: self.go_to(item.data(Qt.ItemDataRole.UserRole)) if item else None
        )
        self.contents.setMaximumWidth(240)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        for button in buttons.buttons():  # Enter in the search box finds; it never closes the guide
            button.setAutoDefault(False)
            button.setDefault(False)
        body = QHBoxLayout()
        body.addWidget(self.contents)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(960, 640)

    def go_to(self, title: str) -> bool:
        """Scroll the guide so the heading `title` is at the top."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text() == title:
                cursor = QTextCursor(block)
                self.browser.moveCursor(QTextCursor.MoveOperation.End)  # so the heading ends up on top
                self.browser.setTextCursor(cursor)
                self.browser.ensureCursorVisible()
                return True
            block = block.next()
        return False

    def find_next(self) -> bool:
        """Move to the next match of the search text (wrapping round once)."""
        text = self.find.text()
        if not text:
            return False
        if self.browser.find(text):
            return True
        self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        return self.browser.find(text)


class ShortcutsWindow(QDialog):
    """Every keyboard shortcut, from the action registry."""

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_window")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Menu")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.6))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 620)


def open_guide(window: QWidget) -> GuideWindow:
    """Show the guide (non-modal, so it can stay open beside the work)."""
    guide = GuideWindow(window)
    window.dialog = guide  # type: ignore[attr-defined]
    guide.show()
    return guide


def open_shortcuts(window: QWidget, actions: dict[str, QAction]) -> ShortcutsWindow:
    """Show the shortcut list."""
    shortcuts = ShortcutsWindow(actions, window)
    window.dialog = shortcuts  # type: ignore[attr-defined]
    shortcuts.show()
    return shortcuts
