"""Importing a roster CSV: map the file's columns, see what would change, then import.

The preview is the dry run: nothing is written until Import is pressed, and
Import stays disabled while any row has a problem.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import Person
from peerdesk.roster.csv_io import ALL_COLUMNS, REQUIRED, CsvTable, ImportPlan, plan_import, suggest_mapping


class ImportDialog(QDialog):
    """Shows the column mapping and the import plan for one CSV file."""

    def __init__(
        self, path: Path, table: CsvTable, roster: list[Person], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import {0}").format(path.name))
        self.path = path
        self._table = table
        self._roster = roster
        self.plan = ImportPlan()
        suggested = suggest_mapping(table.headers)
        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns: which column of the file holds each field"))
        form = QFormLayout(mapping_box)
        for fieldname in ALL_COLUMNS:
            combo = QComboBox()
            combo.addItem(self.tr("(not in this file)"), -1)
            for i, header in enumerate(table.headers):
                combo.addItem(header or self.tr("(column {0})").format(i + 1), i)
            combo.setCurrentIndex(combo.findData(suggested.get(fieldname, -1)))
            combo.currentIndexChanged.connect(self.refresh)
            required = " *" if fieldname in REQUIRED else ""
            form.addRow(f"{fieldname}{required}", combo)
            self.combos[fieldname] = combo
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.details = QListWidget()
        self.details.setObjectName("import_details")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(620, 720)
        self.refresh()

    def mapping(self) -> dict[str, int]:
        """The chosen field -> column index mapping."""
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData() >= 0}

    def set_column(self, fieldname: str, header: str) -> None:
        """Map `fieldname` to the file column named `header`."""
        combo = self.combos[fieldname]
        combo.setCurrentIndex(combo.findData(self._table.headers.index(header)))

    def refresh(self) -> None:
        """Re-plan the import with the current mapping and show the result."""
        self.plan = plan_import(self._table, self.mapping(), self._roster)
        self.details.clear()
        if self.plan.problems:
            self.summary.setText(
                self.tr(
                    "<b style='color:#b3261e'>{0} problem(s): nothing will be imported until they are "
                    "fixed in the file.</b>"
                ).format(len(self.plan.problems))
            )
            self.details.addItems([str(p) for p in self.plan.problems])
        else:
            self.summary.setText(self.tr("<b>Ready:</b> {0}.").format(self.plan.summary()))
            self.details.addItems([self.tr("new: {0} <{1}>").format(p.name, p.email) for p in self.plan.new])
            self.details.addItems(
                [self.tr("update: {0} <{1}>").format(a.name, a.email) for _, a in self.plan.updated]
            )
        self.import_button.setEnabled(self.plan.ok and bool(self.plan.new or self.plan.updated))
