"""The Roster tab: the searchable people table, its filters and the skill-gap panel."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from peerdesk.collation import sort_key
from peerdesk.domain import Person
from peerdesk.ui.roster.frozen_table import FrozenFirstColumnTable
from peerdesk.ui.roster.gap_panel import SkillGapPanel
from peerdesk.ui.roster.matrix_view import SkillsMatrixView
from peerdesk.ui.roster.model import PeopleTableModel

# Name, Email, Role, Team, Manager, Timezone, Teaches, Wants: shares of the width, and least widths
COLUMN_WEIGHTS = (15, 17, 12, 8, 11, 10, 17, 16)
COLUMN_MINIMUMS = (130, 130, 90, 70, 90, 90, 130, 130)


class RosterTab(QWidget):
    """Shows people; the main window owns the actions that change them."""

    selection_changed = Signal()
    person_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster_tab")
        self.search = QLineEdit()
        self.search.setObjectName("roster_search")
        self.search.setPlaceholderText(self.tr("Search name, email, role, team or skill"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the roster"))
        self.team = QComboBox()
        self.team.setObjectName("team_filter")
        self.team.setAccessibleName(self.tr("Filter by team"))
        self.role = QComboBox()
        self.role.setObjectName("role_filter")
        self.role.setAccessibleName(self.tr("Filter by role"))
        for combo in (self.team, self.role):  # long team names must not widen the window
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.count = QLabel()

        self.model = PeopleTableModel(self)
        self._matrix_stale = True
        # typing waits for a pause before the matrix is laid out again (5,000 people: ~0.1 s)
        self._matrix_timer = QTimer(self)
        self._matrix_timer.setSingleShot(True)
        self._matrix_timer.setInterval(150)
        self._matrix_timer.timeout.connect(self._update_matrix)
        self.table = FrozenFirstColumnTable(COLUMN_WEIGHTS, COLUMN_MINIMUMS)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setObjectName("roster_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.fit_columns()
        self.table.activated.connect(
            lambda index: self.person_activated.emit(self.model.person_at(index.row()).id)
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.model.modelReset.connect(self.selection_changed.emit)

        self.gaps = SkillGapPanel()
        self.gaps.setWhatsThis(
            self.tr(
                "Skill gaps compare what active people teach with what they want to learn: skills "
                "wanted that nobody teaches, who could teach each wanted skill (best first), and "
                "skills taught that nobody wants."
            )
        )
        gap_box = QWidget()
        gap_layout = QVBoxLayout(gap_box)
        gap_layout.setContentsMargins(0, 0, 0, 0)
        gap_layout.addWidget(QLabel(self.tr("<b>Skill gaps</b> (active people)")))
        gap_layout.addWidget(self.gaps)

        self.view_bar = QTabBar()
        self.view_bar.setObjectName("roster_view_bar")
        self.view_bar.setAccessibleName(self.tr("Roster view"))
        self.view_bar.addTab(self.tr("&People"))
        self.view_bar.addTab(self.tr("Skills &matrix"))
        self.view_bar.setTabToolTip(0, self.tr("The people table: contact, role, team and skills"))
        self.view_bar.setTabToolTip(
            1, self.tr("People as rows, skills as columns, coloured by level; knowledge at risk above")
        )
        self.view_bar.setDrawBase(False)
        self.view_bar.currentChanged.connect(self._show_view)
        filters = QHBoxLayout()
        filters.addWidget(self.view_bar)
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(self.tr("Team:")))
        filters.addWidget(self.team, 1)
        filters.addWidget(QLabel(self.tr("Role:")))
        filters.addWidget(self.role, 1)
        filters.addWidget(self.count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        self.empty = QLabel(
            self.tr(
                "<p><b>No one on the roster yet.</b></p><p>Bring in your team with "
                "<b>File &gt; Import Roster CSV</b> (Ctrl+I; File &gt; Open Templates Folder has a "
                "template), or add people one by one "
                "with <b>Roster &gt; Add Person</b> (Ctrl+Shift+A). To look around first, open the "
                "demo with <b>Help &gt; Open Demo</b>: a made-up team in a copy of its own.</p>"
            )
        )
        self.empty.setObjectName("roster_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding
        )  # filters stay on top
        self.empty.hide()
        left_layout.addWidget(self.empty)
        self.no_match = QLabel()
        self.no_match.setObjectName("roster_no_match")
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        left_layout.addWidget(self.no_match)
        self.matrix = SkillsMatrixView()
        self.views = QStackedWidget()
        self.views.setObjectName("roster_views")
        self.views.addWidget(self.table)
        self.views.addWidget(self.matrix)
        left_layout.addWidget(self.views)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(gap_box)
        self.gap_box = gap_box
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 340])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._apply_filter)
        self.team.currentIndexChanged.connect(self._apply_filter)
        self.role.currentIndexChanged.connect(self._apply_filter)

    def show_people(self, people: list[Person]) -> None:
        """Show a fresh roster, keeping search, filters and the selected people."""
        selected = set(self.selected_ids())
        self._fill_combo(self.team, self.tr("All teams"), {p.team for p in people if p.team})
        self._fill_combo(self.role, self.tr("All roles"), {p.role for p in people if p.role})
        self.model.set_people(people)
        self._show_empty_state(not people)
        self.gaps.show_people(people)
        self._update_count()
        self.select_ids(selected)
        self._matrix_stale = True
        self._update_matrix()

    def reset(self) -> None:
        """Forget the previous workspace's search, filters and selection (before another one is shown)."""
        for widget in (self.search, self.team, self.role):
            widget.blockSignals(True)
        self.search.clear()
        self.team.clear()
        self.role.clear()
        for widget in (self.search, self.team, self.role):
            widget.blockSignals(False)
        self.model.set_filter("", "", "")
        self.table.clearSelection()
        self._matrix_stale = True

    def show_matrix(self, shown: bool = True) -> None:
        """Switch between the people table and the skills matrix."""
        self.view_bar.setCurrentIndex(1 if shown else 0)

    def _show_view(self, index: int) -> None:
        self.views.setCurrentIndex(index)
        self.gap_box.setVisible(index == 0)  # the matrix has its own risk panel; give it the width
        self._update_count()
        self._update_matrix()

    def plans_changed(self) -> None:
        """Sessions or check-ins changed: the matrix's second-holder projection is read again."""
        if self.views.currentIndex() == 1 and not self._matrix_stale:
            self.matrix.refresh_second_holders()
        else:
            self._matrix_stale = True

    def _update_matrix(self) -> None:
        """Rebuild the matrix from the people shown, only while it is on screen."""
        if self.views.currentIndex() == 1 and self._matrix_stale:
            self._matrix_stale = False
            self.matrix.show_people(self.model.visible_people())

    def show_first_page(self, people: list[Person]) -> None:
        """Show the first screenful of a big roster while the rest is read (filters and gaps
        follow with the whole roster)."""
        self.model.set_people(people)
        self._show_empty_state(not people)
        self.count.setText(self.tr("Loading..."))

    def update_people(self, changed: list[Person], removed: set[int]) -> None:
        """Show one edit's people without re-reading the roster: their rows, the filters'
        choices if a team or role appeared or went, the gaps and the count."""
        self.model.update_people(changed, removed)
        people = self.model.all_people()
        teams = {p.team for p in people if p.team}
        roles = {p.role for p in people if p.role}
        if teams != self._choices(self.team):
            self._fill_combo(self.team, self.tr("All teams"), teams)
        if roles != self._choices(self.role):
            self._fill_combo(self.role, self.tr("All roles"), roles)
        self._show_empty_state(not people)
        self.gaps.update_people(changed, removed)
        self._update_count()
        self._matrix_stale = True
        self._update_matrix()

    def _show_empty_state(self, empty: bool) -> None:
        """The "no one yet" page instead of the table and matrix, and back, by whatever path the
        first person arrived or the last one left (import, add, delete, undo, redo, a new file)."""
        self.empty.setVisible(empty)
        self.views.setVisible(not empty)
        self.view_bar.setEnabled(not empty)

    @staticmethod
    def _choices(combo: QComboBox) -> set[str]:
        return {combo.itemData(i) for i in range(1, combo.count())}

    def _fill_combo(self, combo: QComboBox, all_text: str, values: set[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, "")
        for value in sorted(values, key=sort_key):
            combo.addItem(value, value)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _apply_filter(self) -> None:
        self.model.set_filter(
            self.search.text(), self.team.currentData() or "", self.role.currentData() or ""
        )
        self._update_count()
        self._matrix_stale = True
        if self.sender() is self.search:
            self._matrix_timer.start()
        else:
            self._update_matrix()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.all_people())
        nobody = total > 0 and shown == 0
        self.no_match.setVisible(nobody and self.views.currentIndex() == 0)
        if nobody:
            narrowed = [
                text
                for text, on in (
                    (
                        self.tr("the search \u201c{0}\u201d").format(escape(self.search.text())),
                        self.search.text(),
                    ),
                    (self.tr("team {0}").format(escape(self.team.currentText())), self.team.currentData()),
                    (self.tr("role {0}").format(escape(self.role.currentText())), self.role.currentData()),
                )
                if on
            ]
            self.no_match.setText(
                self.tr(
                    "<p><b>No one matches {0}.</b> Clear the search box or choose All teams and "
                    "All roles to see everyone; search looks at names, emails, roles, teams and "
                    "skills, and every word must match.</p>"
                ).format(self.tr(" and ").join(narrowed))
            )
        self.count.setText(
            self.tr("{0} of {1}").format(shown, total)
            if shown != total
            else self.tr("%n person(s)", "", total)
        )

    def selected_ids(self) -> list[int]:
        """Ids of the selected people, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [pid for r in rows if (pid := self.model.person_at(r).id) is not None]

    def select_ids(self, ids: set[int]) -> None:
        """Select the rows of these people (those visible)."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        for pid in ids:
            row = self.model.row_of(pid)
            if row is not None:
                selection.select(
                    self.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                )
