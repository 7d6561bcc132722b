"""The Export Invites dialog: which program, everyone or one person, which folder, email drafts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import Person, Program
from peerdesk.ui.widgets.form import buddy_label


class InvitesDialog(QDialog):
    """Collects what to export; the main window writes the files."""

    def __init__(
        self, programs: list[Program], people: list[Person], folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invites_dialog")
        self.setWindowTitle(self.tr("Export Invites"))
        self.program = QComboBox()
        for p in programs:
            self.program.addItem(p.name, p.id)
        self.person = QComboBox()
        self.person.addItem(self.tr("Everyone: invitations (.ics) for the organizer to send"), "")
        for p in sorted(people, key=lambda p: p.name.casefold()):
            self.person.addItem(self.tr("{0}: 'all my sessions' calendar file").format(p.name), p.email)
        self.eml = QCheckBox(self.tr("Also write ready-to-send email drafts (.eml) with Accept/Decline"))
        self.eml.setChecked(True)
        self.folder = QLineEdit(str(folder))
        browse = QPushButton(self.tr("Browse..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Program"), self.program)
        form.addRow(self.tr("&For"), self.person)
        form.addRow("", self.eml)
        form.addRow(buddy_label(self.tr("F&older"), self.folder), row)
        note = QLabel(
            self.tr(
                "Invitations open in Outlook, Google Calendar, Apple Calendar and Thunderbird. "
                "Export again after changes: calendars update the same events."
            )
        )
        note.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = box.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(box)
        self.resize(640, 240)
        self.person.currentIndexChanged.connect(lambda: self.eml.setEnabled(not self.person.currentData()))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for invites"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
