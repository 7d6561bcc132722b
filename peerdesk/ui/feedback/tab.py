"""The Feedback tab: record a session from the keyboard, see the dashboard, check competency,
and recognise contributors. It shows and collects; the main window saves (undoably)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk import clock, i18n
from peerdesk.collation import sort_key
from peerdesk.domain import ASSESSORS, AttendanceRecord, CheckIn, Person, Program, Session, Shoutout
from peerdesk.impact.feedback import SessionRecord, not_started_message
from peerdesk.impact.kpis import (
    DEFINITIONS,
    LABELS,
    TARGET_LEVELS,
    ProgramKpis,
    commitments_text,
    level_text,
    used_on_job_text,
)
from peerdesk.ui import dates, theme
from peerdesk.ui.feedback.charts import CHART_KINDS, CHART_OF, ChartSlot, chart_inputs
from peerdesk.ui.feedback.model import PRESENT, RATING, AttendanceModel
from peerdesk.ui.widgets.day_edit import DayEdit
from peerdesk.ui.widgets.form import buddy_label
from peerdesk.ui.words import and_more, status_word

TILE_DEFINITIONS = {  # the tile's target -> the measures its tooltip defines (the report's words)
    "participation": ("participation_rate",),
    "sessions_per_month": ("sessions_per_month", "sessions_held", "peer_meetings_held"),
    "satisfaction": ("mean_rating", "response_rate"),
    "faster_onboarding": ("time_to_competency_days", "baseline_days", "time_to_competency_change"),
}
LED_BY_SHOWN = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("FeedbackTab", text)


def tile_tooltip(key: str) -> str:
    """The tile's evaluation level, then the definitions behind it, word for word as in the report."""
    level = _tr("Evaluation level: {0}").format(level_text(TILE_DEFINITIONS[key][0]))
    return "\n\n".join([level, *(f"{LABELS[k]}: {DEFINITIONS[k]}" for k in TILE_DEFINITIONS[key])])


def led_by_text(kpis: ProgramKpis, shown: int = LED_BY_SHOWN) -> str:
    """Everyone who led, most first: all of them, or the first few 'and N more'."""
    leaders = kpis.facilitators.most_common()
    text = ", ".join(f"{i18n.isolate(n)} {c}" for n, c in leaders[:shown]) or "-"
    if len(leaders) <= shown:
        return text
    return and_more(text, len(leaders) - shown)


class AttendanceView(QTableView):
    """Keyboard-first: Space toggles present, 1-5 rates (and marks present), 0/Delete clears."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        index = self.currentIndex()
        if (
            not isinstance(model, AttendanceModel)
            or not index.isValid()
            or self.state() == self.State.EditingState
        ):
            super().keyPressEvent(event)
            return
        row, rows = index.row(), model.rows()
        key, text = event.key(), event.text()
        if key == Qt.Key.Key_Space:
            model.update_row(row, replace(rows[row], present=not rows[row].present))
            return
        if text in ("1", "2", "3", "4", "5"):
            model.update_row(row, replace(rows[row], rating=int(text), present=True))
            self._next(index)
            return
        clear = key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and index.column() in (PRESENT, RATING)
        if text == "0" or clear:
            model.update_row(row, replace(rows[row], rating=None))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.column() in (0, 1, PRESENT, RATING):
            self._next(index)
            return
        super().keyPressEvent(event)

    def _next(self, index: object) -> None:
        current = self.currentIndex()
        if current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(current.row() + 1, current.column()))


class RecordPage(QWidget):
    """Recording one session: attendance, ratings, answers, commitments, notes, held."""

    record_changed = Signal(object)  # SessionRecord
    session_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: SessionRecord | None = None
        self._people: list[Person] = []
        self.session = QComboBox()
        self.session.setObjectName("feedback_session")
        self.session.setAccessibleName(self.tr("Session to record"))
        self.session.setMinimumContentsLength(20)
        self.session.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session.currentIndexChanged.connect(
            lambda: (
                self.session_chosen.emit(self.session.currentData()) if self.session.currentData() else None
            )
        )
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("record_problem")
        self.problem.setWordWrap(True)
        theme.tint(self.problem, "error")
        self.problem.hide()
        self.model = AttendanceModel(self._rows_changed, self)
        self.model.on_refused = self.show_problem
        self.table = AttendanceView()
        self.table.setObjectName("attendance_table")
        self.table.setAccessibleName(self.tr("Attendance"))
        self.table.setAccessibleDescription(
            self.tr("One row per invitee: Space marks present, 1 to 5 rates, 0 clears the rating")
        )
        self.table.setWhatsThis(
            self.tr(
                "Who was invited and who came. Space marks a person present or absent; typing 1 to 5 "
                "rates the session for them (and marks them present) and moves down; 0 clears the "
                "rating. Type in the answer and commitment columns to edit them. Walk-ins are added "
                "below the table."
            )
        )
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column, width in enumerate((34, 200, 70, 60, 300)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.walk_in = QComboBox()
        self.walk_in.setObjectName("walk_in_person")
        self.walk_in.setAccessibleName(self.tr("Walk-in to add"))
        self.walk_in.setPlaceholderText(self.tr("Choose someone who came uninvited"))
        self.add_walk_in = QPushButton(self.tr("Add &walk-in"))
        self.add_walk_in.clicked.connect(self._add_walk_in)
        # nobody is pre-selected, so Add does nothing until the lead has chosen someone
        self.walk_in.currentIndexChanged.connect(
            lambda index: self.add_walk_in.setEnabled(index >= 0 and self.walk_in.isEnabled())
        )
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("facilitator_notes")
        self.notes.setPlaceholderText(self.tr("Facilitator's notes and key points"))
        self.notes.setFixedHeight(64)
        self.notes.setTabChangesFocus(True)  # Tab moves on, as in every dialog (Ctrl+Tab types one)
        self.recording = QLineEdit()
        self.recording.setPlaceholderText("https://...")
        self.actual = QSpinBox()
        self.actual.setRange(0, 480)
        self.actual.setSpecialValueText(self.tr("as planned"))
        self.actual.setSuffix(self.tr(" min"))
        self.held = QCheckBox(self.tr("Session was hel&d"))
        self.held.setObjectName("session_held")
        self.summary = QLabel()
        self.summary.setObjectName("attendance_summary")
        self.previous = QLabel()
        self.previous.setWordWrap(True)
        self.previous.setObjectName("previous_commitments")
        for widget in (self.recording,):
            widget.editingFinished.connect(self._details_changed)
        self.actual.editingFinished.connect(self._details_changed)
        self.held.toggled.connect(self._details_changed)
        self.notes.installEventFilter(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sess&ion:")))
        top.itemAt(0).widget().setBuddy(self.session)
        top.addWidget(self.session, 1)
        walk = QHBoxLayout()
        walk.addWidget(self.walk_in, 1)
        walk.addWidget(self.add_walk_in)
        walk.addStretch(1)
        walk.addWidget(self.summary)
        form = QFormLayout()
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.tr("Recording lin&k"), self.recording)
        form.addRow(self.tr("Ac&tual length"), self.actual)
        form.addRow("", self.held)
        hint = QLabel(
            self.tr(
                "Keyboard: type a rating 1-5 on each row (it marks the person present and moves "
                "down), Space toggles present, 0 clears the rating, type in the answer and "
                "commitment columns to edit them."
            )
        )
        hint.setObjectName("keyboard_hint")
        hint.setWordWrap(True)
        theme.tint(hint, "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.problem)
        layout.addWidget(self.previous)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(walk)
        layout.addLayout(form)

    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.notes and getattr(event, "type", lambda: None)() == QEvent.Type.FocusOut:
            self._details_changed()
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def show_problem(self, text: str) -> None:
        """Say why an entry was refused (cleared when another session is shown)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def show_sessions(self, sessions: list[Session], chosen: int | None) -> None:
        """Fill the session picker (keeping `chosen` selected)."""
        self.session.blockSignals(True)
        self.session.clear()
        for s in sessions:
            self.session.addItem(
                f"{dates.day_time(s.start)} \u00b7 {s.title} \u00b7 {status_word(s.status)}", s.id
            )
        index = self.session.findData(chosen)
        self.session.setCurrentIndex(index if index >= 0 else max(self.session.count() - 1, 0))
        self.session.blockSignals(False)

    def show_record(
        self,
        record: SessionRecord | None,
        people: list[Person],
        previous: list[tuple[str, str]],
        answers: dict[str, str] | None = None,
    ) -> None:
        """Show one session's record (keeping the cursor where it was in the same session)."""
        same = record is not None and self.record is not None and record.session.id == self.record.session.id
        cursor = self.table.currentIndex()
        position = (cursor.row(), cursor.column()) if same and cursor.isValid() else None
        self.record = record
        self._people = people
        names = {p.email: p.name for p in people}
        enabled = record is not None
        for widget in (
            self.table,
            self.notes,
            self.recording,
            self.actual,
            self.held,
            self.walk_in,
            self.add_walk_in,
        ):
            widget.setEnabled(enabled)
        if record is None:
            self.reset()
            return
        s = record.session
        if not same:
            self.show_problem("")
        upcoming = not_started_message(s)
        if upcoming:
            self.show_problem(upcoming + ".")
        for widget in (self.table, self.held, self.walk_in, self.add_walk_in):
            widget.setEnabled(upcoming is None)
        self.info.setText(
            f"<b>{s.title}</b> \u00b7 {dates.long_day_time(s.start)} ({s.timezone}) \u00b7 "
            + self.tr("led by {0}").format(", ".join(names.get(e, e) for e in s.facilitators) or "-")
        )
        self.previous.setText(
            self.tr("<b>Report back</b> on last time's commitments: ")
            + "; ".join(f"{n}: {c.strip().rstrip('.;')}" for n, c in previous)
            if previous
            else ""
        )
        self.previous.setVisible(bool(previous))
        self.model.set_rows(list(record.attendance), names, answers)
        if position is not None:
            self.table.setCurrentIndex(
                self.model.index(min(position[0], self.model.rowCount() - 1), position[1])
            )
        self._fill_walk_ins(record)
        for widget, value in ((self.notes, s.notes),):
            if widget.toPlainText() != value:
                widget.setPlainText(value)
        self.recording.setText(s.recording_link)
        self.actual.blockSignals(True)
        self.actual.setValue(s.actual_minutes or 0)
        self.actual.blockSignals(False)
        self.held.blockSignals(True)
        self.held.setChecked(s.status == "held")
        self.held.blockSignals(False)
        self._update_summary()

    def reset(self) -> None:
        """Show no session at all: nothing of a previous workspace's session stays on screen."""
        self.record = None
        self.model.set_rows([], {})
        self.info.setText(
            self.tr(
                "No sessions to record yet: plan a pilot with Schedule > New Pilot (Ctrl+Shift+P), "
                "then come back here after its first session."
            )
        )
        for widget in (self.notes, self.recording):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for widget, value in ((self.actual, 0),):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self.held.blockSignals(True)
        self.held.setChecked(False)
        self.held.blockSignals(False)
        self.summary.setText("")
        self.previous.setText("")
        self.previous.hide()
        self.walk_in.clear()
        for widget in (
            self.table,
            self.notes,
            self.recording,
            self.actual,
            self.held,
            self.walk_in,
            self.add_walk_in,
        ):
            widget.setEnabled(False)

    def _fill_walk_ins(self, record: SessionRecord) -> None:
        present = {r.email for r in record.attendance}
        self.walk_in.clear()
        for p in sorted(self._people, key=lambda p: sort_key(p.name)):
            if p.email not in present and p.active:
                self.walk_in.addItem(p.name, p.email)
        self.walk_in.setCurrentIndex(-1)
        self.add_walk_in.setEnabled(False)

    def update_walk_in(self, old: Person, new: Person) -> None:
        """One person (de)activated: take them off the walk-in list or put them in, in reading
        order, without filling the list again (a department's list holds thousands)."""
        if self.record is None:
            return
        self._people = [new if p.email == old.email else p for p in self._people]
        chosen = self.walk_in.currentData() if self.walk_in.currentIndex() >= 0 else None
        index = self.walk_in.findData(old.email)
        if index >= 0:
            self.walk_in.removeItem(index)
        present = {r.email for r in self.record.attendance}
        if new.active and new.email not in present:
            key = sort_key(new.name)
            low, high = 0, self.walk_in.count()
            while low < high:
                middle = (low + high) // 2
                if sort_key(self.walk_in.itemText(middle)) <= key:
                    low = middle + 1
                else:
                    high = middle
            self.walk_in.insertItem(low, new.name, new.email)
        self.walk_in.setCurrentIndex(self.walk_in.findData(chosen) if chosen is not None else -1)
        self.add_walk_in.setEnabled(self.walk_in.currentIndex() >= 0)

    def _update_summary(self) -> None:
        rows = self.model.rows()
        present = sum(r.present for r in rows)
        rated = sum(1 for r in rows if r.rating)
        self.summary.setText(self.tr("{0} of {1} present, {2} rated").format(present, len(rows), rated))

    def _emit(self, session: Session, rows: list[AttendanceRecord]) -> None:
        record = SessionRecord(session, tuple(rows))
        self.record = record
        self._update_summary()
        # Saved on the next turn of the event loop: an open cell editor finishes committing
        # before the table is refreshed from the workspace.
        QTimer.singleShot(0, lambda: self.record_changed.emit(record))

    def _rows_changed(self, rows: list[AttendanceRecord]) -> None:
        if self.record is not None:
            session = self.record.session
            if any(r.present for r in rows) and session.status == "planned":
                session = replace(session, status="held")  # recording attendance means it happened
            self._emit(session, rows)

    def _details_changed(self) -> None:
        if self.record is None:
            return
        s = self.record.session
        status = "held" if self.held.isChecked() else ("planned" if s.status == "held" else s.status)
        updated = replace(
            s,
            notes=self.notes.toPlainText(),
            recording_link=self.recording.text().strip(),
            actual_minutes=self.actual.value() or None,
            status=status,
        )
        if updated != s:
            self._emit(updated, self.model.rows())

    def _add_walk_in(self) -> None:
        email = self.walk_in.currentData()
        if self.record is None or not email:
            return
        rows = [*self.model.rows(), AttendanceRecord(email, present=True, walk_in=True)]
        self._emit(
            self.record.session
            if self.record.session.status != "planned"
            else replace(self.record.session, status="held"),
            rows,
        )


class DashboardPage(QWidget):
    """KPI tiles with their target status, and the four charts."""

    report_requested = Signal(int, int)  # program id, week

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program = QComboBox()
        self.program.setObjectName("dashboard_program")
        self.week = QComboBox()
        self.week.setObjectName("dashboard_week")
        self.report_button = QPushButton(self.tr("Leadership Re&port..."))
        self.report_button.clicked.connect(
            lambda: self.report_requested.emit(self.program.currentData() or 0, self.week.currentData() or 0)
        )
        self.tiles = QGridLayout()
        self.tile_labels: dict[str, QLabel] = {}
        for i, key in enumerate(("participation", "sessions_per_month", "satisfaction", "faster_onboarding")):
            label = QLabel()
            label.setObjectName(f"tile_{key}")
            theme.frame(label)
            label.setMinimumHeight(86)
            label.setWordWrap(True)  # a long title (German, French) wraps rather than widening the row
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.RichText)
            self.tiles.addWidget(label, 0, i)
            self.tile_labels[key] = label
        self.details = QLabel()
        self.details.setObjectName("dashboard_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.as_tables = QCheckBox(self.tr("Charts as tables"))
        self.as_tables.setObjectName("dashboard_as_tables")
        self.as_tables.setToolTip(
            self.tr("Show each chart's numbers as a table, to read with the keyboard or a screen reader")
        )
        self.as_tables.toggled.connect(self.show_tables)
        self.charts = QGridLayout()
        self.chart_slots = {kind: ChartSlot() for kind in CHART_KINDS}
        self._drawn: dict[str, tuple[object, ...]] = {}  # what each slot's chart was drawn from
        for i, kind in enumerate(CHART_KINDS):
            self.chart_slots[kind].setObjectName(f"chart_{kind}")
            self.charts.addWidget(self.chart_slots[kind], i // 2, i % 2)
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Program:"), self.program))
        top.addWidget(self.program, 1)
        top.addWidget(buddy_label(self.tr("Period:"), self.week))
        top.addWidget(self.week)
        top.addStretch(1)
        top.addWidget(self.as_tables)
        top.addWidget(self.report_button)
        # in a scroll area: longer words (German, large text) make the page taller, never squeezed
        content = QWidget()
        content.setObjectName("dashboard_content")
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addLayout(self.tiles)
        layout.addWidget(self.details)
        layout.addLayout(self.charts, 1)
        scroll = QScrollArea()
        scroll.setObjectName("dashboard_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.kpis: ProgramKpis | None = None

    def show_tables(self, on: bool) -> None:
        """Every chart as its table of numbers (on), or as a chart (off)."""
        for slot in self.chart_slots.values():
            slot.show_as_table(on)

    def show_choices(self, programs: list[Program], chosen: int | None, weeks: int, week: int | None) -> None:
        """Fill the program and period pickers."""
        for combo in (self.program, self.week):
            combo.blockSignals(True)
        self.program.clear()
        for p in programs:
            self.program.addItem(p.name, p.id)
        self.program.setCurrentIndex(max(self.program.findData(chosen), 0))
        self.week.clear()
        self.week.addItem(self.tr("To date"), 0)
        for w in range(1, weeks + 1):
            self.week.addItem(self.tr("Through week {0}").format(w), w)
        self.week.setCurrentIndex(max(self.week.findData(week or 0), 0))
        for combo in (self.program, self.week):
            combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        """A change of theme: the cards' status words take its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.kpis is not None:
            self.show_kpis(self.kpis)

    def show_kpis(self, kpis: ProgramKpis | None) -> None:
        """Show the tiles, the details and the charts for one program and period."""
        self.kpis = kpis
        empty = kpis is None or kpis.sessions_held == 0
        for label in self.tile_labels.values():
            label.setVisible(not empty)  # no blank tiles of "-" and no empty charts
        self.details.setObjectName("dashboard_details")
        if empty:
            for slot in self.chart_slots.values():
                slot.hide()
        if kpis is None:
            self.details.setText(
                self.tr(
                    "<p><b>No pilot yet.</b></p><p>Plan one with <b>Schedule &gt; New Pilot</b> "
                    "(Ctrl+Shift+P). Once a session is held, record who came on the "
                    "<b>Record a session</b> page and the participation, ratings and "
                    "time-to-competency appear here.</p>"
                )
            )
            return
        if kpis.sessions_held == 0:
            self.details.setText(
                self.tr(
                    "Nothing held yet in this pilot. After the first session, open Record a session, "
                    "pick it and tick who was there (Space) and their rating (1-5); the tiles and "
                    "charts fill in from there."
                )
            )
            return
        for target in kpis.targets:
            colour = theme.status_colour(target.status).name()
            self.tile_labels[target.key].setText(
                f"<div style='font-size:10pt'>{target.name}</div>"
                f"<div style='font-size:{18 if len(target.display) <= 12 else 12}pt; font-weight:bold'>"
                f"{target.display}</div>"
                "<div>" + self.tr("target {0}").format(target.target_display) + " \u00b7 "
                f"<b style='color:{colour}'>{target.status_text}</b> \u00b7 "
                f"<span style='color:{theme.hex_of('hint')}'>LTEM {TARGET_LEVELS[target.key]}</span></div>"
            )
            self.tile_labels[target.key].setToolTip(tile_tooltip(target.key))
            self.tile_labels[target.key].setWhatsThis(tile_tooltip(target.key))  # Shift+F1, then a click
            # what a screen reader says for the card: the words, not the markup
            self.tile_labels[target.key].setAccessibleName(
                self.tr("{0}: {1}, target {2}, {3}").format(
                    target.name, target.display, target.target_display, target.status_text
                )
            )
        self.details.setText(
            self.tr(
                "{0} group sessions and {9} peer meetings held \u00b7 {1} present of {2} invited "
                "(+{10} walk-ins) \u00b7 "
                "average {3} min (planned {4}) \u00b7 response rate {5} \u00b7 "
                "skill gaps covered {6} of {7} \u00b7 commitments reported back {11} \u00b7 "
                "used on the job {12} \u00b7 led by: {8}"
            ).format(
                kpis.sessions_held,
                kpis.attendances,
                kpis.invitations,
                "-" if kpis.average_minutes is None else i18n.format_number(round(kpis.average_minutes)),
                "-"
                if kpis.average_planned_minutes is None
                else i18n.format_number(round(kpis.average_planned_minutes)),
                "-" if kpis.response_rate is None else i18n.format_percent(kpis.response_rate),
                kpis.skill_gaps_covered[0],
                kpis.skill_gaps_covered[1],
                led_by_text(kpis),
                kpis.peer_meetings_held,
                kpis.walk_ins,
                commitments_text(kpis),
                used_on_job_text(kpis, kpis.today),
            )
        )
        self.details.setToolTip(led_by_text(kpis, shown=len(kpis.facilitators)))
        for kind, inputs in chart_inputs(kpis).items():
            slot = self.chart_slots[kind]
            slot.show()
            drawn = (inputs, slot.palette().cacheKey())  # a new theme draws every chart again
            if self._drawn.get(kind) != drawn:
                slot.show_chart(CHART_OF[kind](kpis))
                self._drawn[kind] = drawn


BASELINE_HELP = (
    "How many days people took to reach a skill target before the pilot, to compare the pilot "
    "with. Type the number if you know it; at 0 PeerDesk works it out from the check-ins "
    "recorded in the 12 months before the pilot started."
)


class CompetencyPage(QWidget):
    """Competency check-ins and the program's baseline."""

    check_in_added = Signal(object)  # CheckIn
    check_ins_deleted = Signal(list)
    baseline_changed = Signal(object)  # Program

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._program: Program | None = None
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("check_in_table")
        self.table.setAccessibleName(self.tr("Check-ins"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Person"), self.tr("Skill"), self.tr("Level"), self.tr("Assessed by")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.person = QComboBox()
        self.skill = QComboBox()
        self.skill.setEditable(True)
        self.level = QSpinBox()
        self.level.setRange(0, 4)
        self.day = DayEdit(QDate(clock.today()), "yyyy-MM-dd")
        self.assessor = QComboBox()
        self.assessor.addItems(list(ASSESSORS))
        self.add = QPushButton(self.tr("Add chec&k-in"))
        self.add.clicked.connect(self._add)
        self.delete = QPushButton(self.tr("&Delete selected"))
        self.delete.clicked.connect(
            lambda: self.check_ins_deleted.emit(
                [
                    self.table.item(r.row(), 0).data(Qt.ItemDataRole.UserRole)
                    for r in self.table.selectionModel().selectedRows()
                ]
            )
        )
        self.baseline = QSpinBox()
        self.baseline.setObjectName("baseline_days")
        self.baseline.setRange(0, 3650)
        # 0 means "not typed in": the report works it out from the check-ins of the year before
        self.baseline.setSpecialValueText(self.tr("work it out from earlier check-ins"))
        self.baseline.setToolTip(self.tr(BASELINE_HELP))
        self.baseline.setMaximumWidth(300)
        self.baseline.setSuffix(self.tr(" days"))
        self.from_joined = QCheckBox(self.tr("Onboarding pilot: count from each person's joined date"))
        self.baseline.editingFinished.connect(self._baseline)
        self.from_joined.toggled.connect(self._baseline)
        entry = QGridLayout()
        for column, (label, widget) in enumerate(
            ((self.tr("Date"), self.day), (self.tr("Person"), self.person), (self.tr("Skill"), self.skill))
        ):
            entry.addWidget(buddy_label(label, widget), 0, 2 * column)
            entry.addWidget(widget, 0, 2 * column + 1)
        for column, (label, widget) in enumerate(
            ((self.tr("Level"), self.level), (self.tr("By"), self.assessor))
        ):
            entry.addWidget(buddy_label(label, widget), 1, 2 * column)
            entry.addWidget(widget, 1, 2 * column + 1)
        entry.addWidget(self.add, 1, 5)
        # inputs keep their natural width; the space left over goes to an empty last column
        for combo in (self.person, self.skill):
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for widget in (self.day, self.level, self.assessor, self.person, self.skill, self.add):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        entry.setColumnStretch(6, 1)
        box = QGroupBox(self.tr("Before vs after"))
        form = QFormLayout(box)
        form.addRow(self.tr("Da&ys to reach a target before the pilot"), self.baseline)
        self.baseline_help = QLabel(self.tr(BASELINE_HELP))
        self.baseline_help.setObjectName("baseline_help")
        self.baseline_help.setWordWrap(True)
        form.addRow("", self.baseline_help)
        form.addRow("", self.from_joined)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        intro = QLabel(
            self.tr(
                "<b>Check-ins</b>: a level 0-4 per person and skill. Record a baseline "
                "at the start of the pilot and a check-in when someone reaches their target."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.delete, 0, Qt.AlignmentFlag.AlignLeft)

    def show_data(
        self, program: Program | None, people: list[Person], check_ins: list[CheckIn], skills: list[str]
    ) -> None:
        """Show check-ins and the program's baseline settings."""
        self._program = program
        names = {p.email: p.name for p in people}
        current = self.person.currentData()
        self.person.clear()
        for p in sorted(people, key=lambda p: sort_key(p.name)):
            self.person.addItem(p.name, p.email)
        self.person.setCurrentIndex(max(self.person.findData(current), 0))
        text = self.skill.currentText()
        self.skill.clear()
        self.skill.addItems(skills)
        self.skill.setCurrentText(text)
        self.table.setRowCount(len(check_ins))
        for row, c in enumerate(reversed(check_ins)):
            values = (c.day.isoformat(), names.get(c.email, c.email), c.skill, str(c.level), c.assessor)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, column, item)
        for widget in (self.baseline, self.from_joined):
            widget.blockSignals(True)
        self.baseline.setValue(int(program.baseline_days or 0) if program else 0)
        self.from_joined.setChecked(bool(program and program.competency_from == "joined"))
        for widget in (self.baseline, self.from_joined):
            widget.blockSignals(False)
            widget.setEnabled(program is not None)

    def _add(self) -> None:
        if not self.person.currentData() or not self.skill.currentText().strip():
            return
        d = self.day.date()
        self.check_in_added.emit(
            CheckIn(
                self.person.currentData(),
                self.skill.currentText().strip(),
                self.level.value(),
                date(d.year(), d.month(), d.day()),
                self.assessor.currentText(),
            )
        )

    def _baseline(self) -> None:
        if self._program is None:
            return
        updated = replace(
            self._program,
            baseline_days=float(self.baseline.value()) or None,
            competency_from="joined" if self.from_joined.isChecked() else "program",
        )
        if updated != self._program:
            self.baseline_changed.emit(updated)


class RecognitionPage(QWidget):
    """Top contributors, the shout-out log, and learning records."""

    shoutout_added = Signal(object)  # Shoutout
    shoutout_deleted = Signal(int)
    record_requested = Signal(str)  # email

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._program: Program | None = None
        # what the tables, the log and the two name lists show, to change only what differs
        self._rows: dict[QTableWidget, list[tuple[str, str, str]]] = {}
        self._log: list[tuple[str, int | None]] = []
        self._choices: list[tuple[str, str]] | None = None
        self._people_shown: list[Person] | None = None  # the list the name lists were made from
        self.contributors = QTableWidget(0, 3)
        self.contributors.setObjectName("contributors_table")
        self.contributors.setAccessibleName(self.tr("Top contributors"))
        self.contributors.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Sessions led"), self.tr("Colleagues taught")]
        )
        self.contributors.horizontalHeader().setStretchLastSection(True)
        self.contributors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contributors.verticalHeader().hide()
        self.balance = QTableWidget(0, 3)
        self.balance.setObjectName("balance_table")
        self.balance.setAccessibleName(self.tr("Teach/learn balance"))
        self.balance.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Led"), self.tr("Learned")])
        self.balance.horizontalHeader().setStretchLastSection(True)
        self.balance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.balance.verticalHeader().hide()
        self.balance.setToolTip(
            self.tr("Teach/learn balance: held sessions each member led, and attended as a learner")
        )
        self.shoutouts = QListWidget()
        self.shoutouts.setObjectName("shoutout_list")
        self.shoutouts.setAccessibleName(self.tr("Shout-outs"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Shout-out for"))
        self.text = QLineEdit()
        self.text.setObjectName("shoutout_text")
        self.text.setAccessibleName(self.tr("Shout-out"))
        self.text.setPlaceholderText(self.tr("What did they do that others should know about?"))
        self.add = QPushButton(self.tr("Add shou&t-out"))
        self.add.clicked.connect(self._add)
        self.text.returnPressed.connect(self._add)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self._remove)
        self.record_person = QComboBox()
        self.record_button = QPushButton(self.tr("Print &learning record..."))
        self.record_button.clicked.connect(
            lambda: self.record_requested.emit(self.record_person.currentData() or "")
        )
        entry = QHBoxLayout()
        entry.addWidget(self.person)
        entry.addWidget(self.text, 1)
        entry.addWidget(self.add)
        entry.addWidget(self.remove)
        record = QHBoxLayout()
        record.addWidget(buddy_label(self.tr("Learning record for"), self.record_person))
        record.addWidget(self.record_person, 1)
        record.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        people_row = QHBoxLayout()
        for title, table in (
            (self.tr("<b>Top contributors</b> (held sessions)"), self.contributors),
            (self.tr("<b>Teach/learn balance</b> (members)"), self.balance),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(table)
            people_row.addLayout(column)
        layout.addLayout(people_row, 1)
        layout.addWidget(QLabel(self.tr("<b>Shout-outs</b>: they go in the leadership report")))
        layout.addLayout(entry)
        layout.addWidget(self.shoutouts, 1)
        layout.addLayout(record)

    def show_data(
        self,
        program: Program | None,
        people: list[Person],
        kpis: ProgramKpis | None,
        shoutouts: list[Shoutout],
    ) -> None:
        """Show contributors and shout-outs of one program."""
        self._program = program
        names = {p.email: p.name for p in people}
        for table, rows in (
            (self.contributors, kpis.contributors if kpis else []),
            (self.balance, kpis.balance if kpis else []),
        ):
            self._fill(table, [(name, str(first), str(second)) for name, first, second in rows])
        team = self.tr("The team")
        log = [
            (f"{dates.day_month(s.day)} \u00b7 {names.get(s.email or '', team)}: {s.text}", s.id)
            for s in shoutouts
        ]
        if log != self._log:
            self._log = log
            self.shoutouts.clear()
            for text, shoutout_id in log:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, shoutout_id)
                self.shoutouts.addItem(item)
        if people is self._people_shown:  # the same list: the name lists stay as they are
            choices = self._choices
        else:
            choices = [(p.name, p.email) for p in sorted(people, key=lambda p: sort_key(p.name))]
            self._people_shown = people
        if choices != self._choices:  # thousands of names: filled again only when they change
            self._choices = choices
            for combo in (self.person, self.record_person):
                current = combo.currentData()
                combo.clear()
                if combo is self.person:
                    combo.addItem(self.tr("The team"), None)
                for name, email in choices:
                    combo.addItem(name, email)
                combo.setCurrentIndex(max(combo.findData(current), 0))
        self.add.setEnabled(program is not None)

    def _fill(self, table: QTableWidget, rows: list[tuple[str, str, str]]) -> None:
        """Show `rows`, setting only the rows that differ from what the table shows (a program of
        thousands: one rating changes one member's row)."""
        shown = self._rows.get(table, [])
        if len(rows) != len(shown):
            table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            if row < len(shown) and shown[row] == values:
                continue
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        self._rows[table] = rows

    def _add(self) -> None:
        if self._program is None or not self.text.text().strip():
            return
        self.shoutout_added.emit(
            Shoutout(self._program.id, self.person.currentData(), clock.today(), self.text.text().strip())
        )
        self.text.clear()

    def _remove(self) -> None:
        item = self.shoutouts.currentItem()
        if item is not None:
            self.shoutout_deleted.emit(item.data(Qt.ItemDataRole.UserRole))


class FeedbackTab(QTabWidget):
    """Record, Dashboard, Competency and Recognition, as inner tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback_tab")
        self.setAccessibleName(self.tr("Feedback pages"))
        self.record = RecordPage()
        self.dashboard = DashboardPage()
        self.competency = CompetencyPage()
        self.recognition = RecognitionPage()
        self.addTab(self.record, self.tr("Re&cord a session"))
        self.addTab(self.dashboard, self.tr("D&ashboard"))
        self.addTab(self.competency, self.tr("Co&mpetency"))
        self.addTab(self.recognition, self.tr("Reco&gnition"))

    def reset(self) -> None:
        """Forget everything shown from the previous workspace (before another one is shown)."""
        self.record.show_sessions([], None)
        self.record.reset()
        self.dashboard.show_choices([], None, 0, None)
        self.dashboard.show_kpis(None)
        self.competency.show_data(None, [], [], [])
        self.recognition.show_data(None, [], None, [])
