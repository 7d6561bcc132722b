"""The Export Invites dialog: which program, everyone or one member, which folder, email drafts.

It warns before writing when sessions being sent have conflicts, writes on
Export (the dialog stays open with what was written and any notes), and then
offers Show in Folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.collation import sort_key
from peerdesk.domain import Person, Program, Session
from peerdesk.ui import dates, prompts, theme
from peerdesk.ui.widgets.form import buddy_label

if TYPE_CHECKING:  # the export code (and icalendar) loads when the lead exports, not at start-up
    from peerdesk.schedule.invite_files import ExportResult

SHOWN_CONFLICTS = 3

Export = Callable[[int, Path, "str | None", bool], "ExportResult"]
ExportSession = Callable[[int, Path, bool], "ExportResult"]
Conflicts = Callable[[int, "str | None"], list[str]]


class InvitesDialog(QDialog):
    """Collects what to export, writes it through `export`, then offers Show in Folder."""

    exported = Signal(str)  # the one-line summary, for the status bar

    def __init__(
        self,
        programs: list[Program],
        people: list[Person],
        folder: Path,
        *,
        export: Export,
        conflicts: Conflicts,
        parent: QWidget | None = None,
        lead: str = "",
        session: Session | None = None,
        export_session: ExportSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invites_dialog")
        self.setWindowTitle(self.tr("Export Invites"))
        self._programs = {p.id: p for p in programs}
        self._people = {p.email: p for p in people}
        self._export, self._conflicts = export, conflicts
        self._lead = lead.strip().lower()  # my email (Preferences): invites in anyone else's name warn
        self.organizer_warning: QMessageBox | None = None
        self.export_result: ExportResult | None = None
        self.program = QComboBox()
        for p in programs:
            self.program.addItem(p.name, p.id)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("For"))
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
        self._session, self._export_session = session, export_session
        self.only_session = QCheckBox()
        self.only_session.setObjectName("only_session")
        if session is not None and export_session is not None:
            self.only_session.setText(
                self.tr("Only this &session: {0}, {1}").format(session.title, dates.day_time(session.start))
            )
            self.only_session.setChecked(True)
            form.addRow("", self.only_session)
        else:
            self.only_session.hide()
        form.addRow(buddy_label(self.tr("F&older"), self.folder), row)
        note = QLabel(
            self.tr(
                "Invitations open in Outlook, Google Calendar, Apple Calendar and Thunderbird. "
                "Export again after changes: calendars update the same events, and the folder keeps "
                "only the current files."
            )
        )
        note.setWordWrap(True)
        self.conflicts = QLabel()
        self.conflicts.setObjectName("invite_conflicts")
        theme.tint(self.conflicts, "warning")
        self.conflicts.setWordWrap(True)
        self.organizer_note = QLabel()
        self.organizer_note.setObjectName("invite_organizer")
        theme.tint(self.organizer_note, "warning")
        self.organizer_note.setWordWrap(True)
        self.organizer_note.hide()
        self.outcome = QLabel()
        self.outcome.setObjectName("invite_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = box.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.show_folder = box.addButton(self.tr("Show in Folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_folder.setEnabled(False)
        self.show_folder.clicked.connect(self.open_folder)
        box.accepted.connect(self.export)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.organizer_note)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.outcome)
        layout.addWidget(box)
        self.resize(660, 300)
        self.program.currentIndexChanged.connect(self._program_changed)
        self.person.currentIndexChanged.connect(self._person_changed)
        self.only_session.toggled.connect(self._only_session_changed)
        self._program_changed()
        self._only_session_changed()

    def _program_changed(self) -> None:
        """The For: list holds the chosen program's members."""
        program = self._programs.get(self.program.currentData())
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone: invitations (.ics) for the organizer to send"), "")
        members = [self._people[e] for e in (program.members if program else ()) if e in self._people]
        for p in sorted(members, key=lambda p: sort_key(p.name)):
            self.person.addItem(self.tr("{0}: 'all my sessions' calendar file").format(p.name), p.email)
        self.person.blockSignals(False)
        self.organizer_note.setText(self.organizer_problem() or "")
        self.organizer_note.setVisible(bool(self.organizer_note.text()))
        self._person_changed()

    def organizer_problem(self) -> str | None:
        """What to say when the chosen program's invites go out in someone else's name than mine."""
        program = self._programs.get(self.program.currentData())
        if program is None or not self._lead or program.organizer_email == self._lead:
            return None
        if not program.organizer_email:
            return self.tr("{0} has no organizer: the invites go out without a sender.").format(program.name)
        known = self._people.get(program.organizer_email)
        name = (known.name if known else program.organizer_name) or program.organizer_email
        return self.tr(
            "\u26a0 These invites go out in the name of {0} <{1}>, not yours ({2}): replies go to them. "
            "Schedule > Edit Program changes the organizer."
        ).format(name, program.organizer_email, self._lead)

    def _only_session_changed(self) -> None:
        """One session: its program, for everyone; otherwise the program and person are free."""
        only = self.only_session.isChecked() and self._session is not None
        if only and self._session is not None:
            self.program.setCurrentIndex(max(self.program.findData(self._session.program_id), 0))
            self.person.setCurrentIndex(0)
        self.program.setEnabled(not only)
        self.person.setEnabled(not only)

    def _person_changed(self) -> None:
        self.eml.setEnabled(not self.person.currentData())
        self.refresh_conflicts()

    def refresh_conflicts(self) -> None:
        """Warn (without blocking) when sessions being sent have conflicts."""
        program_id = self.program.currentData()
        lines = self._conflicts(program_id, self.person.currentData() or None) if program_id else []
        self.conflicts.setToolTip("\n".join(lines))
        if not lines:
            self.conflicts.hide()
            self._fit()
            return
        shown = "\n".join(f"\u26a0 {line}" for line in lines[:SHOWN_CONFLICTS])
        more = len(lines) - SHOWN_CONFLICTS
        self.conflicts.setText(
            self.tr("{0} in the sessions you are sending; they go out as planned:").format(
                self.tr("%n conflict(s)", "", len(lines))
            )
            + "\n"
            + shown
            + ("\n" + self.tr("... and {0} more (see the Warnings column)").format(more) if more > 0 else "")
        )
        self.conflicts.show()
        self._fit()

    def _fit(self) -> None:
        """Grow (or shrink) to show the warnings and the outcome without clipping."""
        self.resize(self.width(), max(self.sizeHint().height(), 240))

    def export(self) -> None:
        """Write the files, after the lead accepted that they go out in someone else's name (if so)."""
        problem = self.organizer_problem() if not self.person.currentData() else None
        if problem:
            self.organizer_warning = prompts.confirm(
                self, self.tr("Export Invites"), problem, self.write, self.tr("Export in Their Name")
            )
            return
        self.write()

    def write(self) -> None:
        """Write the files; the dialog stays open with what was written and Show in Folder."""
        self.organizer_warning = None
        program_id = self.program.currentData()
        if not program_id:
            return
        person = self.person.currentData() or None
        folder = Path(self.folder.text().strip())
        try:
            if self.only_session.isChecked() and self._session is not None and self._export_session:
                result = self._export_session(self._session.id or 0, folder, self.eml.isChecked())
            else:
                result = self._export(program_id, folder, person, self.eml.isChecked() and not person)
        except (ValueError, OSError) as exc:  # InviteExportError is a ValueError
            theme.tint(self.outcome, "error")
            self.outcome.setText(str(exc))
            self.outcome.show()
            self._fit()
            return
        self.export_result = result
        prompts.remember_folder("invites", result.folder.parent)
        self.outcome.setStyleSheet("")
        self.outcome.setText("\n".join([result.summary() + ".", *result.notes]))
        self.outcome.show()
        self._fit()
        self.show_folder.setEnabled(True)
        self.show_folder.setFocus()
        self.exported.emit(result.summary())

    def open_folder(self) -> None:
        """Open the export folder in the system's file manager (no shell)."""
        folder = self.export_result.folder if self.export_result else Path(self.folder.text().strip())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder.resolve())))

    def _browse(self) -> None:
        current = Path(self.folder.text().strip() or ".")
        chosen = prompts.choose_folder(self, self.tr("Folder for invites"), "invites", current)
        if chosen is not None:
            self.folder.setText(str(chosen))
