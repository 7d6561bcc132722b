"""A small table for editing the skills someone teaches or wants to learn."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import MAX_LEVEL, MIN_LEVEL
from peerdesk.ui.words import level_names


class SkillListEditor(QWidget):
    """Rows of (skill, level); `optional_level` allows 'no target' for wants."""

    def __init__(
        self, skills: list[str], *, level_label: str, optional_level: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._skills = skills
        self._optional = optional_level
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Skill"), level_label])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        add = QPushButton(self.tr("Add"), self)
        self.add_button = add
        add.clicked.connect(lambda: self.add_row("", 3 if not optional_level else None, focus=True))
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self._remove_selected)
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep focus on the row to remove
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, skill: str, level: int | None, *, focus: bool = False) -> None:
        """Append one (skill, level) row."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QLineEdit(skill)
        name.setFrame(False)
        completer = QCompleter(self._skills, name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        name.setCompleter(completer)
        name.setAccessibleName(self.tr("Skill name"))
        self.table.setCellWidget(row, 0, name)
        spin = QSpinBox()
        spin.setFrame(False)
        spin.setRange(MIN_LEVEL - (1 if self._optional else 0), MAX_LEVEL)
        if self._optional:
            spin.setSpecialValueText(self.tr("any"))
        spin.setValue(level if level is not None else MIN_LEVEL - 1)
        spin.setToolTip(", ".join(f"{i} {n}" for i, n in enumerate(level_names())))
        spin.setAccessibleName(self.tr("Level"))
        self.table.setCellWidget(row, 1, spin)
        # Tab goes through the rows in order, then to Add (not back up from the next field)
        before = self.table.cellWidget(row - 1, 1) if row else self.table
        QWidget.setTabOrder(before, name)
        QWidget.setTabOrder(name, spin)
        QWidget.setTabOrder(spin, self.add_button)
        if focus:
            name.setFocus()

    def set_entries(self, entries: list[tuple[str, int | None]]) -> None:
        """Show exactly these entries."""
        self.table.setRowCount(0)
        for skill, level in entries:
            self.add_row(skill, level)

    def entries(self) -> list[tuple[str, int | None]]:
        """The non-empty rows as (skill, level); level None means 'any'."""
        result = []
        for row in range(self.table.rowCount()):
            name = self.table.cellWidget(row, 0)
            spin = self.table.cellWidget(row, 1)
            assert isinstance(name, QLineEdit) and isinstance(spin, QSpinBox)
            if name.text().strip():
                value = spin.value()
                result.append((name.text().strip(), None if value < MIN_LEVEL else value))
        return result

    def _remove_selected(self) -> None:
        """Remove the row being edited, else the selected row, else the last one."""
        count = self.table.rowCount()
        if not count:
            return
        focused = [
            r
            for r in range(count)
            for c in (0, 1)
            if (w := self.table.cellWidget(r, c)) is not None and w.hasFocus()
        ]
        current = self.table.currentRow()
        row = focused[0] if focused else (current if current >= 0 else count - 1)
        self.table.removeRow(row)
