"""Importing a roster CSV: map the file's columns, see what would change, then import.

The preview is the dry run: nothing is written until Import is pressed, and
Import stays disabled while any row has a problem (a likely unterminated
quote is reported on the row where it starts). A long file shows a progress
dialog while it is checked and while it is saved; Cancel stops either, and a
cancelled import saves nobody.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import OperationCancelled, Person
from peerdesk.roster.csv_io import (
    ALL_COLUMNS,
    REQUIRED,
    CsvFileError,
    CsvTable,
    ImportPlan,
    plan_import,
    read_table,
    suggest_mapping,
)
from peerdesk.roster.service import Roster, RosterChange, import_change
from peerdesk.ui import theme
from peerdesk.ui.commands import Announce, ChangeCommand

# Files with more rows than this show a progress dialog while checked and saved.
PROGRESS_FROM_ROWS = 2000


def make_progress_dialog(parent: QWidget | None, total: int) -> QProgressDialog:
    """The progress dialog of a long import (tests replace this factory)."""
    dialog = QProgressDialog(parent)
    dialog.setObjectName("import_progress")
    dialog.setWindowTitle(QApplication.translate("ImportDialog", "Importing"))
    dialog.setCancelButtonText(QApplication.translate("ImportDialog", "Cancel"))
    dialog.setRange(0, total)
    dialog.setMinimumDuration(300)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


class ImportedCommand(ChangeCommand):
    """The undo entry of an import that the dialog has already saved (with progress)."""

    def __init__(self, roster: Roster, change: RosterChange, on_change: Announce) -> None:
        super().__init__(roster, change, on_change)
        self._first = True

    def redo(self) -> None:
        if self._first:  # already saved by ImportDialog.import_into
            self._first = False
            self._on_change(self.change.changes())
            return
        super().redo()


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
        self.cancelled = False
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
        self.details.setAccessibleName(self.tr("What the import would do, row by row"))
        self.details.setObjectName("import_details")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.check_again = buttons.addButton(self.tr("Check &Again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_again.setToolTip(
            self.tr("Read {0} again, after you fixed it, and check it again").format(path)
        )
        self.check_again.clicked.connect(self.read_again)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(620, 720)
        self.refresh()

    def read_again(self) -> None:
        """Read the file again (the lead may have fixed it) and re-check it with the same columns."""
        chosen = {f: c.currentText() for f, c in self.combos.items() if c.currentData() >= 0}
        try:
            table = read_table(self.path)
        except CsvFileError as exc:
            self.summary.setText(f"<b style='color:{theme.hex_of('error')}'>{escape(str(exc))}</b>")
            self.import_button.setEnabled(False)
            return
        self._table = table
        suggested = suggest_mapping(table.headers)
        for fieldname, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in this file)"), -1)
            for i, header in enumerate(table.headers):
                combo.addItem(header or self.tr("(column {0})").format(i + 1), i)
            # the column the lead chose stays chosen when the file still has it
            kept = combo.findText(chosen[fieldname]) if fieldname in chosen else -1
            combo.setCurrentIndex(kept if kept >= 0 else combo.findData(suggested.get(fieldname, -1)))
            combo.blockSignals(False)
        self.refresh()

    def mapping(self) -> dict[str, int]:
        """The chosen field -> column index mapping."""
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData() >= 0}

    def set_column(self, fieldname: str, header: str) -> None:
        """Map `fieldname` to the file column named `header`."""
        combo = self.combos[fieldname]
        combo.setCurrentIndex(combo.findData(self._table.headers.index(header)))

    def _with_progress(self, total: int, parent: QWidget | None, job: Callable[..., object]) -> object:
        """Run `job(progress)` showing a cancellable progress dialog when the file is long."""
        if total < PROGRESS_FROM_ROWS:
            return job(None)
        dialog = make_progress_dialog(parent if parent is not None and parent.isVisible() else None, total)

        def progress(stage: str, done: int, of: int) -> bool:
            dialog.setLabelText(self.tr("{0}: {1:n} of {2:n}").format(self.tr(stage), done, of))
            dialog.setMaximum(of)
            dialog.setValue(done)
            QApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            return job(progress)
        finally:
            dialog.close()
            dialog.deleteLater()

    def refresh(self) -> None:
        """Re-plan the import with the current mapping and show the result."""
        self.cancelled = False
        try:
            self.plan = self._with_progress(  # type: ignore[assignment]
                len(self._table.rows),
                self if self.isVisible() else self.parentWidget(),
                lambda progress: plan_import(self._table, self.mapping(), self._roster, progress=progress),
            )
        except OperationCancelled:
            self.plan = ImportPlan()
            self.cancelled = True
        self.details.clear()
        if self.cancelled:
            self.summary.setText(self.tr("<b>Checking was cancelled;</b> nothing will be imported."))
        elif self.plan.problems:
            self.summary.setText(
                self.tr(
                    "<b style='color:{1}'>{0}: nothing will be imported until they are "
                    "fixed in the file. Fix it, save it, then press Check Again.</b>"
                ).format(self.tr("%n problem(s)", "", len(self.plan.problems)), theme.hex_of("error"))
            )
            self.details.addItems([str(p) for p in self.plan.problems])
        else:
            self.summary.setText(self.tr("<b>Ready:</b> {0}.").format(self.plan.summary()))
            self.details.addItems([self.tr("new: {0} <{1}>").format(p.name, p.email) for p in self.plan.new])
            self.details.addItems(
                [self.tr("update: {0} <{1}>").format(a.name, a.email) for _, a in self.plan.updated]
            )
        self.import_button.setEnabled(
            not self.cancelled and self.plan.ok and bool(self.plan.new or self.plan.updated)
        )

    def import_into(self, roster: Roster, on_change: Announce) -> ImportedCommand | None:
        """Save the planned import (with progress); the undo command for it, or None if cancelled."""
        plan = self.plan
        change = import_change(plan.new, plan.updated, f"Import {self.path.name}")
        total = len(plan.new) + len(plan.updated)
        try:
            applied = self._with_progress(
                total, self.parentWidget(), lambda progress: roster.apply(change, progress=progress)
            )
        except OperationCancelled:
            self.cancelled = True
            return None
        return ImportedCommand(roster, applied, on_change)  # type: ignore[arg-type]
