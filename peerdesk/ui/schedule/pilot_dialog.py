"""The New Pilot dialog: a program's cadence, with the sessions it will create shown live.

The preview names each week's facilitator and any conflict (someone booked
twice, not free, a public holiday) before Create Pilot; a holiday calendar
offers to skip those weeks or move them to the next working day.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from email.utils import parseaddr

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk import i18n
from peerdesk.collation import sort_key
from peerdesk.domain import WEEKDAYS, Format, Person, Program, Session, normalise_email, timezone_problem
from peerdesk.i18n import LANGUAGES
from peerdesk.schedule.formats import display_name
from peerdesk.schedule.holidays import calendar_problem, holiday_name
from peerdesk.schedule.proposals import Proposal, describe
from peerdesk.schedule.timezones import local_time_notes
from peerdesk.ui import dates, theme
from peerdesk.ui.preferences_dialog import Preferences
from peerdesk.ui.widgets.day_edit import DayEdit
from peerdesk.ui.widgets.timezone_field import TimezoneField
from peerdesk.ui.words import status_word

OUTCOMES = ("Close onboarding gaps", "Spread product knowledge", "Raise code quality")


class PilotDialog(QDialog):
    """Collects a Program; `preview` turns it into the sessions that would be created."""

    def __init__(
        self,
        *,
        people: list[Person],
        formats: list[Format],
        default_start: date,
        preview: Callable[[Program, str], list[Session]],
        problems: Callable[[Program], list[str]],
        program: Program | None = None,
        parent: QWidget | None = None,
        warnings: Callable[[Program, list[Session]], list[list[str]]] | None = None,
        defaults: Preferences | None = None,
        organizer: str | None = None,
        proposals: Callable[[Program], list[Proposal]] | None = None,
        lead: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pilot_dialog")
        self.setWindowTitle(self.tr("Edit Program") if program else self.tr("New Pilot"))
        self._editing = program
        self._preview, self._problems, self._warnings = preview, problems, warnings
        self._proposals = proposals
        self._proposed_for: tuple[object, ...] | None = None
        self.proposed: list[Proposal] = []
        self._by_email = {p.email: p for p in people}
        self._people = sorted((p for p in people if p.active), key=lambda p: sort_key(p.name))
        self._names = {p.email: p.name for p in people}
        self._roster = set(self._names)
        self.result_program: Program | None = None
        self.preview_sessions: list[Session] = []
        self.preview_warnings: list[list[str]] = []

        self.name = QLineEdit()
        self.outcome = QComboBox()
        self.outcome.setEditable(True)
        self.outcome.addItems(list(OUTCOMES))
        self.organizer = self._organizer_field(lead)
        self.timezone = TimezoneField()
        # the invites go out in the organizer's name: the lead (Preferences), never whoever sorts first
        self.organizer.setCurrentIndex(self.organizer.findData(organizer) if organizer else -1)
        if organizer and self.organizer.currentIndex() < 0:
            self.organizer.setEditText(organizer)
        if defaults is not None:
            self.timezone.setCurrentText(defaults.zone())
        else:
            self.timezone.setCurrentText(self._people[0].timezone if self._people else "UTC")
        self.holidays = QLineEdit()
        self.holidays.setObjectName("pilot_holidays")
        self.holidays.setPlaceholderText(self.tr("country[-region], e.g. DE-BY, US-CA, GB"))
        self.holidays.setAccessibleName(self.tr("Public holidays"))
        if defaults is not None and defaults.country:
            self.holidays.setText(defaults.country)  # my country from Preferences
        self.on_holiday = QComboBox()
        self.on_holiday.setObjectName("pilot_on_holiday")
        self.on_holiday.addItem(self.tr("keep the session"), "keep")
        self.on_holiday.addItem(self.tr("skip that week"), "skip")
        self.on_holiday.addItem(self.tr("move to the next working day"), "move")
        self.holiday_weeks = QLabel()
        self.holiday_weeks.setObjectName("pilot_holiday_weeks")
        self.holiday_weeks.setWordWrap(True)
        self.start = DayEdit(QDate(default_start.year, default_start.month, default_start.day))
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 52)
        self.weeks.setValue(6)
        self.weekday = QComboBox()
        self.weekday.addItems([QLocale().dayName(d + 1) for d in range(len(WEEKDAYS))])
        self.weekday.setCurrentIndex(1)
        self.time = QTimeEdit(QTime(10, 0))
        self.time.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.format = QComboBox()
        for fmt in formats:
            self.format.addItem(display_name(fmt), fmt.key)
        self.reminder = QSpinBox()
        self.reminder.setRange(0, 1440)
        self.reminder.setValue(15)
        self.reminder.setSuffix(self.tr(" min before"))
        self.members = QListWidget()
        self.members.setObjectName("pilot_members")
        for p in self._people:
            item = QListWidgetItem(f"{p.name} ({p.team or 'no team'})")
            item.setData(Qt.ItemDataRole.UserRole, p.email)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.team = QComboBox()
        self.team.addItem(self.tr("Pick a whole team..."), "")
        for team in sorted({p.team for p in self._people if p.team}):
            self.team.addItem(team, team)
        self.team.currentIndexChanged.connect(self._pick_team)
        self.participation = QDoubleSpinBox()
        self.participation.setRange(0, 100)
        self.participation.setValue(60)
        self.participation.setSuffix(" %")
        self.per_month = QDoubleSpinBox()
        self.per_month.setRange(0, 31)
        self.per_month.setValue(4)
        self.faster = QDoubleSpinBox()
        self.faster.setRange(0, 100)
        self.faster.setValue(20)
        self.faster.setSuffix(" %")

        self.format.setWhatsThis(
            self.tr(
                "The session format: micro-lesson (10-20 min, one person teaches one thing), "
                "peer coaching, skill-swap, problem clinic, shadow shift (watch a peer do the real "
                "work), lunch-and-learn, learning pod or demo-and-discuss. Schedule > Formats "
                "edits their lengths and agendas."
            )
        )
        for spin in (self.participation, self.per_month, self.faster):
            spin.setWhatsThis(
                self.tr(
                    "Targets the Feedback tab measures the pilot against: the share of members at "
                    "each session, sessions per month, and how much faster people reach their "
                    "target level than before the pilot."
                )
            )
        self.weekday.setAccessibleName(self.tr("Weekday"))
        self.time.setAccessibleName(self.tr("Time of day"))
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        self.on_holiday.setAccessibleName(self.tr("On a public holiday"))
        self.members.setAccessibleName(self.tr("Members"))
        self.participation.setAccessibleName(self.tr("Target participation"))
        self.per_month.setAccessibleName(self.tr("Target sessions per month"))
        self.faster.setAccessibleName(self.tr("Target: how much faster to competency"))
        cadence = QHBoxLayout()
        for widget in (self.weekday, self.time, self.minutes):
            cadence.addWidget(widget)
        targets = QHBoxLayout()
        for label, widget in (
            (self.tr("participation"), self.participation),
            (self.tr("sessions/month"), self.per_month),
            (self.tr("faster onboarding"), self.faster),
        ):
            targets.addWidget(widget)
            word = QLabel(label)
            word.setWordWrap(True)  # a longer word (German, French) takes two lines, not more width
            targets.addWidget(word, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("Or&ganizer"), self.organizer)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&Starts"), self.start)
        form.addRow(self.tr("&Weeks"), self.weeks)
        form.addRow(self.tr("Every"), cadence)
        self.language = QComboBox()
        self.language.setObjectName("pilot_language")
        self.language.setAccessibleName(self.tr("Language of its printouts, reports and invites"))
        self.language.setToolTip(
            self.tr(
                "Agendas, sign-in sheets, reports, invites and email drafts of this pilot use this language"
            )
        )
        self.language.addItem(
            self.tr("as PeerDesk ({0})").format(LANGUAGES.get(i18n.current(), i18n.current())), ""
        )
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.timezone, 1)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        zone_row.addWidget(language_label)
        zone_row.addWidget(self.language)
        zone_label = QLabel(self.tr("Time&zone"))
        zone_label.setBuddy(self.timezone)
        form.addRow(zone_label, zone_row)
        holidays = QHBoxLayout()
        holidays.addWidget(self.holidays, 1)
        holidays.addWidget(QLabel(self.tr("on a holiday:")))
        holidays.addWidget(self.on_holiday)
        holidays_label = QLabel(self.tr("Public &holidays"))
        holidays_label.setBuddy(self.holidays)
        form.addRow(holidays_label, holidays)
        form.addRow("", self.holiday_weeks)
        form.addRow(self.tr("&Reminder"), self.reminder)
        form.addRow(self.tr("Targets"), targets)
        form.addRow(self.tr("&Members"), self.team)
        form.addRow("", self.members)
        self.sessions = QListWidget()
        self.sessions.setAccessibleName(self.tr("Sessions this pilot would create"))
        self.sessions.setObjectName("pilot_preview")
        self.sessions.setWordWrap(True)
        self.problems_label = QLabel()
        theme.tint(self.problems_label, "error")
        self.problems_label.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = box.addButton(
            self.tr("Save Changes") if program else self.tr("Create Pilot"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        box.accepted.connect(self.try_accept)
        box.rejected.connect(self.reject)
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("pilot_proposals")
        self.suggestions.setAccessibleName(self.tr("Suggested times, best first"))
        self.suggestions.setToolTip(self.tr("Click a time to use it for the pilot"))
        self.suggestions.setWordWrap(True)
        self.suggestions.setMaximumHeight(self.fontMetrics().lineSpacing() * 11)
        self.suggestions.setAlternatingRowColors(True)
        self.suggestions.itemClicked.connect(self.use_proposal)
        self.suggestions.itemActivated.connect(self.use_proposal)
        self.suggestions_label = QLabel(self.tr("<b>Suggested &times</b> (best first; click one to use it)"))
        self.suggestions_label.setBuddy(self.suggestions)
        self.suggestions_label.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.suggestions_label)
        right.addWidget(self.suggestions)
        right.addWidget(
            QLabel(
                self.tr("<b>Future sessions after this change</b>")
                if program
                else self.tr("<b>Sessions this creates</b>")
            )
        )
        right.addWidget(self.sessions, 1)
        self.conflict_label = QLabel()
        self.conflict_label.setObjectName("pilot_conflicts")
        self.conflict_label.setWordWrap(True)
        right.addWidget(self.conflict_label)
        right.addWidget(self.problems_label)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(box)
        self.resize(1180, 660)
        for signal in (
            self.name.textChanged,
            self.start.dateChanged,
            self.weeks.valueChanged,
            self.weekday.currentIndexChanged,
            self.time.timeChanged,
            self.minutes.valueChanged,
            self.format.currentIndexChanged,
            self.timezone.currentTextChanged,
            self.members.itemChanged,
            self.organizer.currentTextChanged,
            self.holidays.textChanged,
            self.on_holiday.currentIndexChanged,
        ):
            signal.connect(self.refresh)
        if program is not None:
            self._load(program)
        self.refresh()

    def _organizer_field(self, lead: tuple[str, str] | None) -> QComboBox:
        """The lead first, then the roster; any name and address may be typed (not only roster people)."""
        field = QComboBox()
        field.setObjectName("pilot_organizer")
        field.setEditable(True)
        field.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        field.setAccessibleName(self.tr("Organizer"))
        field.lineEdit().setPlaceholderText(
            self.tr("Choose, or type a name and address: Name <name@example.com>")
        )
        field.setToolTip(self.tr("The invites go out in this person's name; they need not be on the roster"))
        lead_email = lead[1].strip().lower() if lead and lead[1] else ""
        if lead and lead_email:
            mine = next((p.name for p in self._people if p.email == lead_email), "") or lead[0].strip()
            self._names.setdefault(lead_email, mine)
            field.addItem(
                self.tr("{0} <{1}> (you)").format(mine, lead_email) if mine else lead_email, lead_email
            )
        for p in self._people:
            if p.email != lead_email:
                field.addItem(f"{p.name} <{p.email}>", p.email)
        return field

    def organizer_choice(self) -> tuple[str | None, str]:
        """(email, name) of the organizer: a listed person, or what was typed (Name <address>, an
        address, or a roster name); (None, "") when empty. A typed text that is no address comes
        back as it is, so the problems line can say what is wrong with it."""
        text = self.organizer.currentText().strip()
        if not text:
            return None, ""
        index = self.organizer.findText(text)
        if index >= 0:
            email = str(self.organizer.itemData(index))
            return email, self._names.get(email, "")
        name, address = parseaddr(text)
        if "@" in address:
            address = normalise_email(address)
            return address, name.strip() or self._names.get(address, "")
        named = [p for p in self._people if p.name.casefold() == text.casefold()]
        if len(named) == 1:
            return named[0].email, named[0].name
        return text, ""

    def _load(self, program: Program) -> None:
        """Fill the fields from an existing program."""
        self.name.setText(program.name)
        self.outcome.setCurrentText(program.outcome)
        self.organizer.setCurrentIndex(self.organizer.findData(program.organizer_email))
        if self.organizer.currentIndex() < 0 and program.organizer_email:  # someone not on the roster
            shown = f"{program.organizer_name} <{program.organizer_email}>" if program.organizer_name else ""
            self.organizer.setEditText(shown or program.organizer_email)
        self.timezone.setCurrentText(program.timezone)
        self.holidays.setText(program.holidays)
        self.language.setCurrentIndex(max(0, self.language.findData(program.language)))
        self.start.setDate(QDate(program.start.year, program.start.month, program.start.day))
        self.weeks.setValue(program.weeks)
        self.weekday.setCurrentIndex(program.weekday)
        self.time.setTime(QTime(program.time.hour, program.time.minute))
        self.minutes.setValue(program.minutes)
        self.format.setCurrentIndex(max(self.format.findData(program.format_key), 0))
        self.reminder.setValue(program.reminder_minutes)
        self.participation.setValue(program.target_participation * 100)
        self.per_month.setValue(program.target_sessions_per_month)
        self.faster.setValue(program.target_faster_onboarding * 100)
        for i in range(self.members.count()):
            item = self.members.item(i)
            member = item.data(Qt.ItemDataRole.UserRole) in program.members
            item.setCheckState(Qt.CheckState.Checked if member else Qt.CheckState.Unchecked)

    def _pick_team(self) -> None:
        team = self.team.currentData()
        if not team:
            return
        names = {p.email for p in self._people if p.team == team}
        self.members.blockSignals(True)  # one preview and one set of proposals, not one per person
        for i in range(self.members.count()):
            item = self.members.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in names:
                item.setCheckState(Qt.CheckState.Checked)
        self.members.blockSignals(False)
        self.members.viewport().update()
        self.refresh()

    def program(self) -> Program:
        """The program the fields describe."""
        d, t = self.start.date(), self.time.time()
        keep = self._editing
        organizer_email, organizer_name = self.organizer_choice()
        if organizer_email in self._roster:  # as stored: the roster's name is used for them
            organizer_name = ""
        members = tuple(
            self.members.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        )
        return Program(
            name=self.name.text().strip(),
            outcome=self.outcome.currentText().strip(),
            organizer_email=organizer_email,
            organizer_name=organizer_name,
            timezone=self.timezone.currentText().strip(),
            start=date(d.year(), d.month(), d.day()),
            weeks=self.weeks.value(),
            weekday=self.weekday.currentIndex(),
            time=time(t.hour(), t.minute()),
            minutes=self.minutes.value(),
            format_key=self.format.currentData(),
            members=members,
            reminder_minutes=self.reminder.value(),
            target_participation=self.participation.value() / 100,
            target_sessions_per_month=self.per_month.value(),
            target_faster_onboarding=self.faster.value() / 100,
            holidays=self.holidays.text().strip().upper(),
            language=self.language.currentData() or "",
            id=keep.id if keep else None,
            uid=keep.uid if keep else "",
            sequence=keep.sequence if keep else 0,
        )

    def refresh_proposals(self, program: Program) -> None:
        """List the weekday-and-time proposals for the members (only when what they depend on changed)."""
        if self._proposals is None:
            self.suggestions.hide()
            self.suggestions_label.hide()
            return
        key = (program.members, program.start, program.weeks, program.minutes, program.timezone)
        key += (program.holidays,)
        if key == self._proposed_for:
            return
        self._proposed_for = key
        self.suggestions.clear()
        self.proposed = self._proposals(program) if program.members else []
        for proposal in self.proposed:
            item = QListWidgetItem(describe(proposal, self._by_email, weekly=True))
            item.setToolTip(item.text())
            self.suggestions.addItem(item)
        if not program.members:
            self.suggestions.addItem(self.tr("Tick the members to see the times that suit them best."))
        elif not self.proposed:
            self.suggestions.addItem(
                self.tr("No weekly time is free of the members' other sessions in these weeks.")
            )

    def use_proposal(self, item: QListWidgetItem) -> None:
        """Set the weekday and time (and a start no later than that day) from a clicked proposal."""
        row = self.suggestions.row(item)
        if not 0 <= row < len(self.proposed):
            return
        proposal = self.proposed[row]
        self.weekday.setCurrentIndex(proposal.weekday)
        self.time.setTime(QTime(proposal.time.hour, proposal.time.minute))

    def holiday_choice(self) -> str:
        """What happens to weekly sessions on a public holiday: keep, skip or move."""
        return str(self.on_holiday.currentData())

    def refresh(self) -> None:
        """Recompute the preview (dates, facilitators, conflicts, holidays) and the problems."""
        program = self.program()
        problems = self._problems(program)
        if program.holidays and (problem := calendar_problem(program.holidays)):
            problems.append(problem)
        zone_wrong = bool(timezone_problem(program.timezone))  # the zone itself, in any language
        if not zone_wrong and not (program.holidays and calendar_problem(program.holidays)):
            self.refresh_proposals(program)
        self.sessions.clear()
        self.preview_sessions, self.preview_warnings = [], []
        if not zone_wrong and not (program.holidays and calendar_problem(program.holidays)):
            self.preview_sessions = self._preview(program, self.holiday_choice())
            self.preview_warnings = (
                self._warnings(program, self.preview_sessions)
                if self._warnings
                else [[] for _ in self.preview_sessions]
            )
        holidays_hit = []
        for s, warnings in zip(self.preview_sessions, self.preview_warnings, strict=True):
            week = self.tr("Week {0}").format(s.week) if s.week else self.tr("One-off")
            leaders = ", ".join(self._names.get(e, e) for e in s.facilitators) or "-"
            text = self.tr("{0}: {1}, led by {2}").format(week, dates.day_time(s.start), leaders)
            if s.status != "planned":
                text += f" - {status_word(s.status)}"
            origin = s.series_start or s.start
            holiday = holiday_name(program.holidays, origin.date()) if program.holidays else None
            if holiday:
                holidays_hit.append(
                    self.tr("week {0} ({1}, {2})").format(s.week, dates.short_day(origin), holiday)
                )
                if s.moved:
                    text += self.tr(" - moved from {0} ({1})").format(dates.short_day(origin), holiday)
            more = self.tr("... and {0} more").format(len(warnings) - 2)
            shown = warnings[:2] + ([more] if len(warnings) > 2 else [])
            if warnings and s.status == "planned":
                text = "\u26a0 " + text + "\n      " + "\n      ".join(shown)
            item = QListWidgetItem(text)
            item.setToolTip("\n".join([text.splitlines()[0], *warnings]))
            self.sessions.addItem(item)
        self.holiday_weeks.setText(
            self.tr("On a public holiday: {0}").format("; ".join(holidays_hit)) if holidays_hit else ""
        )
        warned = sum(
            1
            for s, w in zip(self.preview_sessions, self.preview_warnings, strict=True)
            if w and s.status == "planned"
        )
        still = (
            self.tr("Save Changes still keeps every session")
            if self._editing
            else self.tr("Create Pilot still creates every session")
        )
        self.conflict_label.setText(
            self.tr(
                "\u26a0 {0} would have conflicts (see the list). They are warnings: {1}, "
                "and you can move them later."
            ).format(self.tr("%n session(s)", "", warned), still)
            if warned
            else ""
        )
        notes = list(problems)
        for s in self.preview_sessions:
            notes += [self.tr("Note: {0}").format(w) for w in local_time_notes([s.start], s.timezone)[1]]
        suggestion = self.timezone.suggestion()
        if suggestion and timezone_problem(program.timezone):
            notes.append(self.tr("Did you mean {0}? Pick it from the list.").format(suggestion))
        self.problems_label.setText("\n".join(notes))
        self.create_button.setEnabled(not problems)

    def try_accept(self) -> None:
        """Accept only a program without problems."""
        program = self.program()
        if self._problems(program) or (program.holidays and calendar_problem(program.holidays)):
            self.refresh()
            return
        self.result_program = program
        self.accept()


def preview_warnings(
    existing: list[Session],
    people: list[Person],
    programs: list[Program],
    program: Program,
    planned: list[Session],
) -> list[list[str]]:
    """The conflicts each planned session would have among the existing ones (same order as `planned`).

    Holidays and double bookings come first, someone's availability last.
    """
    from peerdesk.schedule.conflicts import find_conflicts

    program_id = program.id if program.id is not None else -1
    drafts = [
        replace(s, id=s.id if s.id is not None else -(k + 2), program_id=program_id)
        for k, s in enumerate(planned)
    ]
    replaced = {s.id for s in drafts}
    others = [s for s in existing if s.id not in replaced]
    shown = [p for p in programs if p.id != program.id] + [replace(program, id=program_id)]
    found = find_conflicts([*others, *drafts], people, shown)
    first = ("holiday", "double-booked", "facilitator-twice", "outside-program", "unavailable")
    found.sort(key=lambda c: first.index(c.kind) if c.kind in first else len(first))
    by_id: dict[int | None, list[str]] = {}
    for conflict in found:
        by_id.setdefault(conflict.session_id, []).append(conflict.message)
    return [by_id.get(s.id, []) for s in drafts]
