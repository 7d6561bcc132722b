"""The session editor: every field of one session, its attendees, and its conflicts.

A new one-off session also gets a Program field and starts with that
program's members ticked in a checkable list; the lead ticks people in or out
and picks who leads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.collation import sort_key
from peerdesk.domain import ATTENDEE_ROLES, SESSION_STATUSES, Attendee, Format, Person, Program, Session
from peerdesk.schedule.formats import display_name
from peerdesk.schedule.proposals import Proposal, describe
from peerdesk.schedule.timezones import local_time_notes, local_time_problem
from peerdesk.ui import theme
from peerdesk.ui.widgets.day_edit import DayTimeEdit
from peerdesk.ui.widgets.form import buddy_label


class SessionDialog(QDialog):
    """Edits a copy of a session; `conflicts_for` explains what the edit would clash with."""

    def __init__(
        self,
        session: Session,
        *,
        people: list[Person],
        formats: list[Format],
        skills: list[str],
        conflicts_for: Callable[[Session], list[str]],
        on_print: Callable[[int], object] | None = None,
        parent: QWidget | None = None,
        programs: list[Program] | None = None,
        proposals: list[Proposal] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("session_dialog")
        self.setWindowTitle(self.tr("Session") if session.id else self.tr("New Session"))
        self._session = session
        self._people = sorted(
            (p for p in people if p.active or p.email in {a.email for a in session.attendees}),
            key=lambda p: sort_key(p.name),
        )
        self._conflicts_for = conflicts_for
        self._programs = programs or []
        self._formats = {f.key: f for f in formats}
        self.result_session: Session | None = None
        self.program: QComboBox | None = None
        self.people_list: QListWidget | None = None
        self.led_by: QComboBox | None = None

        self.title = QLineEdit(session.title)
        self.format = QComboBox()
        for fmt in formats:
            self.format.addItem(self.tr("{0} ({1} min)").format(display_name(fmt), fmt.minutes), fmt.key)
        self.format.setCurrentIndex(max(self.format.findData(session.format_key), 0))
        self.topic = QComboBox()
        self.topic.setEditable(True)
        self.topic.addItems(["", *skills])
        self.topic.setCurrentText(session.topic)
        self.start = DayTimeEdit(
            QDateTime(
                QDate(session.start.year, session.start.month, session.start.day),
                QTime(session.start.hour, session.start.minute),
            )
        )
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(session.minutes)
        when = QHBoxLayout()
        when.addWidget(self.start, 2)
        when.addWidget(self.minutes, 1)
        self.zone_label = QLabel(session.timezone)
        when.addWidget(self.zone_label)
        self.location = QLineEdit(session.location)
        self.video = QLineEdit(session.video_link)
        self.video.setPlaceholderText("https://...")
        self.recording = QLineEdit(session.recording_link)
        self.status = QComboBox()
        self.status.addItems(list(SESSION_STATUSES))
        self.status.setCurrentText(session.status)
        self.notes = QPlainTextEdit(session.notes)
        self.notes.setFixedHeight(60)

        self.attendees = QTableWidget(0, 2)
        self.attendees.setObjectName("attendee_table")
        self.attendees.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Role")])
        self.attendees.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attendees.verticalHeader().hide()
        self.attendees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add person"))
        add.clicked.connect(lambda: self.add_attendee("", "learner"))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(
            lambda: (
                self.attendees.removeRow(max(self.attendees.currentRow(), 0))
                if self.attendees.rowCount()
                else None
            )
        )
        buttons_row = QHBoxLayout()
        if self._programs and session.id is None:
            self._build_program_picker(session)
        else:
            for attendee in session.attendees:
                self.add_attendee(attendee.email, attendee.role)
            buttons_row.addWidget(add)
            buttons_row.addWidget(remove)
        buttons_row.addStretch(1)

        self.warnings = QLabel()
        self.warnings.setObjectName("session_warnings")
        theme.tint(self.warnings, "error")
        self.warnings.setWordWrap(True)
        self.error = QLabel()
        theme.tint(self.error, "error")
        self.error.hide()

        form = QFormLayout()
        if self.program is not None:
            form.addRow(self.tr("Pro&gram"), self.program)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("Top&ic"), self.topic)
        form.addRow(buddy_label(self.tr("&When"), self.start), when)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("&Video link"), self.video)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Recording"), self.recording)
        form.addRow(self.tr("&Notes"), self.notes)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.try_accept)
        box.rejected.connect(self.reject)
        if on_print is not None and session.id is not None:
            print_button = box.addButton(self.tr("&Print..."), QDialogButtonBox.ButtonRole.ActionRole)
            print_button.setToolTip(
                self.tr("Agenda, sign-in sheet, feedback form or follow-up for this session")
            )
            print_button.clicked.connect(lambda: on_print(session.id))
        self.buttons = box
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.people_list is not None and self.led_by is not None:
            layout.addWidget(
                QLabel(self.tr("<b>People</b> (ticked people are invited; the program's members first)"))
            )
            layout.addWidget(self.people_list)
            led = QFormLayout()
            led.addRow(self.tr("Le&d by"), self.led_by)
            layout.addLayout(led)
        else:
            layout.addWidget(QLabel(self.tr("<b>People</b> (facilitators lead; observers shadow)")))
            layout.addWidget(self.attendees)
            layout.addLayout(buttons_row)
        self.proposed = list(proposals or [])
        self.suggestions = self._suggestions(people)
        if self.suggestions is not None:
            label = QLabel(self.tr("<b>S&uggested times</b> (best first; click one to use it)"))
            label.setBuddy(self.suggestions)
            layout.addWidget(label)
            layout.addWidget(self.suggestions)
        layout.addWidget(self.warnings)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.resize(620, 720)
        for signal in (
            self.start.dateTimeChanged,
            self.minutes.valueChanged,
            self.status.currentIndexChanged,
        ):
            signal.connect(self.refresh_warnings)
        self.refresh_warnings()

    def _suggestions(self, people: list[Person]) -> QListWidget | None:
        """The proposed times (Pick a Time), each with who would be outside their hours; None without."""
        if not self.proposed:
            return None
        found = QListWidget()
        found.setObjectName("session_proposals")
        found.setAccessibleName(self.tr("Suggested times, best first"))
        found.setWordWrap(True)
        found.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        by_email = {p.email: p for p in people}
        for proposal in self.proposed:
            found.addItem(describe(proposal, by_email))
        found.setCurrentRow(0)
        found.itemClicked.connect(self.use_proposal)
        found.itemActivated.connect(self.use_proposal)
        return found

    def use_proposal(self, item: QListWidgetItem) -> None:
        """Move the session to the clicked proposal's time."""
        assert self.suggestions is not None
        row = self.suggestions.row(item)
        if 0 <= row < len(self.proposed):
            at = self.proposed[row].start
            self.start.setDateTime(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)))

    def _build_program_picker(self, session: Session) -> None:
        """The Program field and the checkable people list of a new one-off session."""
        self.program = QComboBox()
        self.program.setObjectName("session_program")
        for program in self._programs:
            self.program.addItem(program.name, program.id)
        self.program.setCurrentIndex(max(self.program.findData(session.program_id), 0))
        self.people_list = QListWidget()
        self.people_list.setAccessibleName(self.tr("People in this session"))
        self.people_list.setObjectName("session_people")
        self.led_by = QComboBox()
        self.led_by.setObjectName("session_led_by")
        self.led_by.addItem(self.tr("(nobody yet)"), "")
        for person in self._people:
            item = QListWidgetItem(f"{person.name} ({person.team or 'no team'})")
            item.setData(Qt.ItemDataRole.UserRole, person.email)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people_list.addItem(item)
            self.led_by.addItem(person.name, person.email)
        self.program.currentIndexChanged.connect(self.choose_program)
        self.people_list.itemChanged.connect(lambda _item: self.refresh_warnings())
        self.led_by.currentIndexChanged.connect(self.refresh_warnings)
        self.choose_program()

    def choose_program(self) -> None:
        """Switch the new session to the chosen program: its timezone, and its members ticked."""
        if self.program is None or self.people_list is None:
            return
        program = next((p for p in self._programs if p.id == self.program.currentData()), None)
        if program is None:
            return
        self._session = replace(self._session, program_id=program.id or 0, timezone=program.timezone)
        self.zone_label.setText(program.timezone)
        members = set(program.members)
        self.people_list.blockSignals(True)
        for i in range(self.people_list.count()):
            item = self.people_list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in members
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.people_list.blockSignals(False)
        # members first, each part in the order of the roster
        items = [self.people_list.takeItem(0) for _ in range(self.people_list.count())]
        order = {p.email: k for k, p in enumerate(self._people)}
        items.sort(
            key=lambda item: (
                item.checkState() != Qt.CheckState.Checked,
                order.get(item.data(Qt.ItemDataRole.UserRole), 0),
            )
        )
        for item in items:
            self.people_list.addItem(item)
        if hasattr(self, "warnings"):
            self.refresh_warnings()

    def checked_people(self) -> list[str]:
        """Emails ticked in the people list of a new one-off session."""
        if self.people_list is None:
            return []
        return [
            self.people_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people_list.count())
            if self.people_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def add_attendee(self, email: str, role: str) -> None:
        """Append one attendee row (tick them, and make a facilitator lead, in a new one-off session)."""
        if self.people_list is not None and self.led_by is not None:
            for i in range(self.people_list.count()):
                item = self.people_list.item(i)
                if item.data(Qt.ItemDataRole.UserRole) == email:
                    item.setCheckState(Qt.CheckState.Checked)
            if role == "facilitator":
                self.led_by.setCurrentIndex(max(self.led_by.findData(email), 0))
            return
        row = self.attendees.rowCount()
        self.attendees.insertRow(row)
        who = QComboBox()
        who.addItem(self.tr("(choose)"), "")
        for person in self._people:
            who.addItem(f"{person.name} <{person.email}>", person.email)
        who.setCurrentIndex(max(who.findData(email), 0))
        who.currentIndexChanged.connect(self.refresh_warnings)
        role_box = QComboBox()
        role_box.addItems(list(ATTENDEE_ROLES))
        role_box.setCurrentText(role)
        role_box.currentIndexChanged.connect(self.refresh_warnings)
        self.attendees.setCellWidget(row, 0, who)
        self.attendees.setCellWidget(row, 1, role_box)

    def collect(self) -> Session:
        """The session as the fields describe it."""
        when = self.start.dateTime()
        d, t = when.date(), when.time()
        attendees = []
        seen = set()
        if self.people_list is not None and self.led_by is not None:
            leader = self.led_by.currentData()
            ticked = self.checked_people()
            if leader:
                attendees.append(Attendee(leader, "facilitator"))
                seen.add(leader)
            attendees += [Attendee(e, "learner") for e in ticked if e not in seen]
            seen.update(ticked)
        for row in range(self.attendees.rowCount()):
            who = self.attendees.cellWidget(row, 0)
            role = self.attendees.cellWidget(row, 1)
            assert isinstance(who, QComboBox) and isinstance(role, QComboBox)
            email = who.currentData()
            if email and email not in seen:
                seen.add(email)
                attendees.append(Attendee(email, role.currentText()))
        return replace(
            self._session,
            title=self.title.text().strip(),
            format_key=self.format.currentData(),
            topic=self.topic.currentText().strip(),
            start=datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
            minutes=self.minutes.value(),
            location=self.location.text().strip(),
            video_link=self.video.text().strip(),
            recording_link=self.recording.text().strip(),
            status=self.status.currentText(),
            notes=self.notes.toPlainText(),
            attendees=tuple(attendees),
        )

    def refresh_warnings(self) -> None:
        """Show the conflicts the edited session would have."""
        session = self.collect()
        gap, twice = local_time_notes([session.start], session.timezone)
        warnings = self._conflicts_for(session) + gap + twice
        self.warnings.setText("\n".join(f"\u26a0 {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def try_accept(self) -> None:
        """Accept when the session has a title; conflicts are warnings, not blockers."""
        session = self.collect()
        if not session.title:
            self.error.setText(self.tr("A session needs a title."))
            self.error.show()
            self.title.setFocus()
            return
        problem = local_time_problem(session.start, session.timezone)
        if problem and session.status in ("planned", "held"):
            self.error.setText(problem)
            self.error.show()
            self.start.setFocus()
            return
        self.result_session = session
        self.accept()
