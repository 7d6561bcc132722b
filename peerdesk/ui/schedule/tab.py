"""The Schedule tab: a week view and a filtered list of sessions, conflicts visible in both."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from peerdesk import clock
from peerdesk.collation import sort_key
from peerdesk.domain import SESSION_STATUSES, Format, Person, Program, Session
from peerdesk.schedule.formats import display_name
from peerdesk.ui import dates, theme
from peerdesk.ui.preferences_dialog import load_preferences
from peerdesk.ui.schedule.model import SessionTableModel
from peerdesk.ui.schedule.week_view import WeekView, format_colour, monday_of, program_colour
from peerdesk.ui.words import status_word


class ScheduleTab(QWidget):
    """Shows sessions; the main window owns the actions that change them."""

    edit_requested = Signal(int)
    move_requested = Signal(int, object)
    selection_changed = Signal()  # the selected session (block or row) changed, or none is selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_tab")
        self.week_start = monday_of(clock.today())
        self._conflicts: dict[int | None, list[str]] = {}
        self._names: dict[str, str] = {}
        self._filled: dict[str, list[tuple[str, str]]] = {}
        self._formats: list[Format] = []
        self._settings: QSettings | None = None
        self._programs: list[Program] = []

        self.program = self._combo("program_filter", self.tr("Filter by program"))
        self.person = self._combo("person_filter", self.tr("Filter by person"))
        self.format = self._combo("format_filter", self.tr("Filter by format"))
        self.status = self._combo("status_filter", self.tr("Filter by status"))
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("Program:"), self.program),
            (self.tr("Person:"), self.person),
            (self.tr("Format:"), self.format),
            (self.tr("Status:"), self.status),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)

        self.week_view = WeekView()
        self.week_view.move_requested.connect(self.move_requested)
        self.week_view.edit_requested.connect(self.edit_requested)
        self.previous = QPushButton(self.tr("\u25c0 Previous"))
        self.today = QPushButton(self.tr("Today"))
        self.next = QPushButton(self.tr("Next \u25b6"))
        self.previous.clicked.connect(lambda: self.go_to(self.week_start - timedelta(days=7)))
        self.next.clicked.connect(lambda: self.go_to(self.week_start + timedelta(days=7)))
        self.today.clicked.connect(lambda: self.go_to(clock.today()))
        self.week_label = QLabel()
        self.week_label.setObjectName("week_label")
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        nav = QHBoxLayout()
        for widget in (self.previous, self.today, self.next):
            nav.addWidget(widget)
        nav.addWidget(self.week_label, 1)
        week_page = QWidget()
        week_layout = QVBoxLayout(week_page)
        week_layout.addLayout(nav)
        week_layout.addWidget(self.week_view, 1)
        week_layout.addWidget(self.legend)

        self.model = SessionTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("session_table")
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((120, 170, 150, 300, 120, 140, 60, 80)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(
            lambda index: self.edit_requested.emit(self.model.session_at(index.row()).id)
        )

        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.model.modelReset.connect(self.selection_changed.emit)

        self.views = QTabWidget()
        self.views.setObjectName("schedule_views")
        self.views.setAccessibleName(self.tr("Week or list of sessions"))
        self.views.addTab(week_page, self.tr("&Week"))
        self.views.addTab(self.table, self.tr("&List"))
        self.views.currentChanged.connect(lambda _: self.selection_changed.emit())
        self.week_view.selection_changed.connect(self.selection_changed.emit)
        self.warnings = QLabel()
        self.warnings.setObjectName("schedule_warnings")
        theme.tint(self.warnings, "error")
        self.warnings.setWordWrap(True)
        layout = QVBoxLayout(self)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("schedule_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        self.empty_hint = QLabel(
            self.tr(
                "<b>No sessions yet.</b> Plan a pilot with <b>New Pilot</b> (Ctrl+Shift+P): weekly "
                "sessions of one format for 6-8 weeks. <b>Match Peers</b> (Ctrl+M) then pairs its "
                "members; <b>Add One-off Session</b> (Ctrl+Shift+O) adds a single meeting."
            )
        )
        self.empty_hint.setObjectName("schedule_empty")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.warnings)
        self.publications = QLabel()  # where each program is published (Schedule > Publish to Calendar)
        self.publications.setObjectName("publish_status")
        self.publications.setWordWrap(True)
        self.publications.hide()
        layout.addWidget(self.publications)
        for key, combo in (
            ("program", self.program),
            ("person", self.person),
            ("format", self.format),
            ("status", self.status),
        ):
            combo.currentIndexChanged.connect(lambda _=0, k=key, c=combo: self._filter(k, c))

    def use_settings(self, settings: QSettings) -> None:
        """Read the display timezone and colouring from the lead's preferences in `settings`."""
        self._settings = settings
        self.apply_preferences()

    def apply_preferences(self) -> None:
        """Show the week in my timezone, coloured as I chose."""
        if self._settings is not None:
            prefs = load_preferences(self._settings)
            self.week_view.set_display(prefs.zone(), prefs.colour_by)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setMinimumContentsLength(10)
        return combo

    def _fill(self, combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
        if self._filled.get(combo.objectName()) == items:
            return  # a 5,000-name list is not rebuilt when nothing in it changed
        self._filled[combo.objectName()] = items
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, "")
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def show_schedule(
        self,
        programs: list[Program],
        sessions: list[Session],
        people: list[Person],
        formats: list[Format],
        conflicts: dict[int | None, list[str]],
    ) -> None:
        """Show fresh data in both views, keeping filters and the week shown."""
        self._names = {p.email: p.name for p in people}
        self._fill(self.program, self.tr("All programs"), [(p.name, str(p.id)) for p in programs])
        self._fill(
            self.person,
            self.tr("Everyone"),
            [(p.name, p.email) for p in sorted(people, key=lambda p: sort_key(p.name))],
        )
        self._fill(self.format, self.tr("All formats"), [(display_name(f), f.key) for f in formats])
        self._fill(self.status, self.tr("Any status"), [(status_word(s), s) for s in SESSION_STATUSES])
        self._conflicts = conflicts
        self.model.format_names = {f.key: display_name(f) for f in formats}
        self.model.set_sessions(
            sessions, {p.id: p.name for p in programs if p.id is not None}, self._names, conflicts
        )
        self._formats = formats
        self._programs = programs
        self.apply_preferences()
        self._show_summary()

    def update_sessions(
        self,
        programs: list[Program],
        changed: list[Session],
        removed: set[int | None],
        conflicts: dict[int | None, list[str]],
        repaint: set[int | None],
        people: list[Person] | None = None,
    ) -> None:
        """Show one edit without re-reading the schedule: the changed sessions, the warnings
        that changed (`repaint`), and the names when `people` changed."""
        names = {p.email: p.name for p in people} if people is not None else self._names
        if people is not None and names != self._names:  # a (de)activation renames no one
            self._names = names
            self._fill(
                self.person,
                self.tr("Everyone"),
                [(p.name, p.email) for p in sorted(people, key=lambda p: sort_key(p.name))],
            )
        self._fill(self.program, self.tr("All programs"), [(p.name, str(p.id)) for p in programs])
        self._conflicts = conflicts
        self._programs = programs
        self.model.update_sessions(
            changed,
            removed,
            {p.id: p.name for p in programs if p.id is not None},
            self._names,
            conflicts,
            repaint,
        )
        self._show_summary()

    def _show_summary(self) -> None:
        sessions, conflicts, formats = self.model.all_sessions(), self._conflicts, self._formats
        programs = self._programs
        # after the first pilot arrives (or the last session goes), by any path: edit, undo, redo
        self.empty_hint.setVisible(not sessions)
        if self.week_view.colour_by == "format":
            used = sorted({s.format_key for s in sessions})
            names = {f.key: display_name(f) for f in formats}
            keys = [(format_colour(k).name(), names.get(k, k)) for k in used]
        else:
            used_programs = {s.program_id for s in sessions}
            keys = [(program_colour(p.id).name(), p.name) for p in programs if p.id in used_programs and p.id]
        self.legend.setText(
            "  ".join(f"<span style='color:{colour}'>\u25a0</span> {name}" for colour, name in keys)
            + "  \u2014  "
            + self.tr("times in {0}").format(self.week_view.zone)
        )
        live = [s for s in sessions if s.status in ("planned", "held") and conflicts.get(s.id)]
        self.warnings.setText(
            self.tr("\u26a0 {0} with warnings; hover a block or see the Warnings column.").format(
                self.tr("%n session(s)", "", len(live))
            )
            if live
            else ""
        )
        self._show_week()

    def reset(self) -> None:
        """Forget the previous workspace's filters and selection (before another one is shown)."""
        self._filled.clear()
        for key, combo in (
            ("program", self.program),
            ("person", self.person),
            ("format", self.format),
            ("status", self.status),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
            self.model.set_filter(key, "")
        self.table.clearSelection()
        self.week_view.selected_id = None
        self.selection_changed.emit()

    def show_publications(self, programs: list[Program], statuses: dict[int, object]) -> None:
        """One line per published program: where, when, and whether local changes wait."""
        lines = [
            self.tr("{0}: {1}").format(p.name, statuses[p.id].describe())  # type: ignore[attr-defined]
            for p in programs
            if p.id in statuses
        ]
        self.publications.setText("\n".join(lines))
        self.publications.setVisible(bool(lines))

    def _filter(self, key: str, combo: QComboBox) -> None:
        self.model.set_filter(key, combo.currentData() or "")
        self._show_week()

    def _visible_sessions(self) -> list[Session]:
        return [self.model.session_at(r) for r in range(self.model.rowCount())]

    def go_to(self, day: date) -> None:
        """Show the week holding `day`."""
        self.week_start = monday_of(day)
        self._show_week()

    def _show_week(self) -> None:
        end = self.week_start + timedelta(days=6)
        self.week_label.setText(f"<b>{dates.day_month(self.week_start)} \u2013 {dates.date_text(end)}</b>")
        self.week_view.show_week(self.week_start, self._visible_sessions(), self._conflicts, self._names)

    def selected_session_id(self) -> int | None:
        """The session selected in the visible view (clicked block or list row), if any."""
        if self.views.currentIndex() == 0:
            return self.week_view.selected_id
        rows = self.table.selectionModel().selectedRows()
        return self.model.session_at(rows[0].row()).id if rows else None

    def select_session(self, session_id: int) -> None:
        """Select a session in the list view."""
        for row in range(self.model.rowCount()):
            if self.model.session_at(row).id == session_id:
                self.table.selectRow(row)
                return


def first_week_with_sessions(sessions: list[Session], today: date) -> date:
    """The week to open on: this week if it has sessions, else the next that does."""
    upcoming = sorted(s.start.date() for s in sessions if s.start.date() >= monday_of(today))
    return upcoming[0] if upcoming else today
