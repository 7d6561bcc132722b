"""The Formats dialog: the format library, with the lead's own formats and edits of built-ins."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import Format
from peerdesk.schedule.formats import display_name, format_problems, is_builtin, parse_agenda
from peerdesk.ui import theme


class FormatsDialog(QDialog):
    """Pick a format on the left, edit it on the right; Save and Reset are undoable."""

    def __init__(
        self,
        load: Callable[[], list[Format]],
        save: Callable[[Format | None, Format], None],
        reset: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formats_dialog")
        self.setWindowTitle(self.tr("Formats"))
        self._load, self._save, self._reset = load, save, reset
        self._formats: list[Format] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Formats"))
        self.list.setObjectName("format_list")
        self.list.currentRowChanged.connect(self._show)
        self.key = QLineEdit()
        self.name = QLineEdit()
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSuffix(self.tr(" min"))
        self.max_minutes = QSpinBox()
        self.max_minutes.setRange(0, 480)
        self.max_minutes.setSpecialValueText(self.tr("no limit"))
        self.max_minutes.setSuffix(self.tr(" min"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.agenda = QPlainTextEdit()
        self.agenda.setPlaceholderText("5 Check-in\n20 Work through the topic\n5 Feedback")
        self.problems = QLabel()
        self.problems.setObjectName("format_problems")
        theme.tint(self.problems, "error")
        self.problems.setWordWrap(True)
        form = QFormLayout()
        self.key.setToolTip(
            self.tr(
                "A short name for files and the command line (e.g. book-club): "
                "lower-case letters, digits and dashes."
            )
        )
        form.addRow(self.tr("Short name (&ID)"), self.key)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Length"), self.minutes)
        form.addRow(self.tr("&Maximum"), self.max_minutes)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Agenda"), self.agenda)
        form.addRow("", self.problems)
        new = QPushButton(self.tr("New Format"))
        new.clicked.connect(self.new_format)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_current)
        self.reset_button = QPushButton(self.tr("Reset to Built-in"))
        self.reset_button.clicked.connect(self.reset_current)
        buttons = QHBoxLayout()
        for button in (new, self.save_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 1)
        columns.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(close)
        self.resize(820, 520)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Reload the library, keeping (or moving to) a selection."""
        current = select or (
            self._formats[self.list.currentRow()].key
            if 0 <= self.list.currentRow() < len(self._formats)
            else None
        )
        self._formats = self._load()
        self.list.blockSignals(True)
        self.list.clear()
        for fmt in self._formats:
            item = QListWidgetItem(self.tr("{0} ({1} min)").format(display_name(fmt), fmt.minutes))
            item.setData(Qt.ItemDataRole.UserRole, fmt.key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        keys = [f.key for f in self._formats]
        self.list.setCurrentRow(keys.index(current) if current in keys else 0)
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._formats):
            return
        fmt = self._formats[row]
        self.key.setText(fmt.key)
        self.key.setReadOnly(True)
        self.name.setText(fmt.name)
        self.minutes.setValue(fmt.minutes)
        self.max_minutes.setValue(fmt.max_minutes or 0)
        self.description.setPlainText(fmt.description)
        self.agenda.setPlainText("\n".join(f"{s.minutes} {s.text}" for s in fmt.agenda))
        self.reset_button.setEnabled(is_builtin(fmt.key) and not fmt.builtin)
        self.problems.clear()

    def new_format(self) -> None:
        """Clear the form for a new format."""
        self.list.clearSelection()
        self.key.setReadOnly(False)
        for widget in (self.key, self.name):
            widget.clear()
        self.description.clear()
        self.agenda.clear()
        self.minutes.setValue(30)
        self.max_minutes.setValue(0)
        self.reset_button.setEnabled(False)
        self.key.setFocus()

    def collect(self) -> tuple[Format | None, list[str]]:
        """The format in the form, or what is wrong with it."""
        try:
            agenda = parse_agenda(self.agenda.toPlainText())
        except ValueError as exc:
            return None, [str(exc)]
        fmt = Format(
            key=self.key.text().strip(),
            name=self.name.text().strip(),
            minutes=self.minutes.value(),
            description=self.description.toPlainText().strip(),
            agenda=agenda,
            max_minutes=self.max_minutes.value() or None,
        )
        existing = {f.key for f in self._formats} if not self.key.isReadOnly() else set()
        problems = format_problems(fmt, existing)
        return (None if problems else fmt), problems

    def save_current(self) -> None:
        """Save the form (a new format, or the lead's version of an existing one)."""
        fmt, problems = self.collect()
        self.problems.setText("\n".join(problems))
        if fmt is None:
            return
        before = next((f for f in self._formats if f.key == fmt.key), None)
        self._save(before, replace(fmt, builtin=False))
        self.refresh(select=fmt.key)

    def reset_current(self) -> None:
        """Bring back the built-in version of the selected format."""
        key = self.key.text().strip()
        self._reset(key)
        self.refresh(select=key)
