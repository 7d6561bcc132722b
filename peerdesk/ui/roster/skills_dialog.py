"""The Skills dialog: the one shared skill list, renamed, merged and categorised in place."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import Person, Skill


class SkillsDialog(QDialog):
    """Editing a name renames the skill (into an existing one: merges); edits are undoable."""

    def __init__(
        self,
        load: Callable[[], tuple[list[Skill], list[Person]]],
        rename: Callable[[str, str], None],
        set_category: Callable[[str, str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("skills_dialog")
        self.setWindowTitle(self.tr("Skills"))
        self._load, self._rename, self._set_category = load, rename, set_category
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Skills"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Skill"), self.tr("Category"), self.tr("Teachers"), self.tr("Learners")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._edited)
        hint = QLabel(
            self.tr(
                "Double-click a name to rename it. Renaming a skill to the name of "
                "another merges the two. Edit > Undo reverses either."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list (after any change, here or elsewhere)."""
        skills, people = self._load()
        teachers = Counter(t.skill.casefold() for p in people for t in p.teaches)
        learners = Counter(w.skill.casefold() for p in people for w in p.wants)
        self.table.blockSignals(True)
        self.table.setRowCount(len(skills))
        for row, skill in enumerate(skills):
            name = QTableWidgetItem(skill.name)
            name.setData(Qt.ItemDataRole.UserRole, skill.name)
            category = QTableWidgetItem(skill.category)
            category.setData(Qt.ItemDataRole.UserRole, skill.category)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, category)
            for column, count in ((2, teachers[skill.name.casefold()]), (3, learners[skill.name.casefold()])):
                item = QTableWidgetItem(str(count))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _edited(self, item: QTableWidgetItem) -> None:
        old = item.data(Qt.ItemDataRole.UserRole)
        new = item.text().strip()
        if new == old:
            return
        if item.column() == 0:
            if new:
                self._rename(old, new)
        elif item.column() == 1:
            skill = self.table.item(item.row(), 0).text()
            self._set_category(skill, old, new)
        self.refresh()
