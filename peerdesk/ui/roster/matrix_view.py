"""The Roster's second view: the skills matrix, with the knowledge at risk above it.

People are rows (names in the row header, so they stay in view while the
skills scroll), skills are columns. One model and one delegate paint every
cell - no widget per cell - so 5,000 people and 200 skills scroll smoothly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPalette, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import Person, Skill
from peerdesk.i18n import _
from peerdesk.roster.matrix import (
    EXPERT_LEVEL,
    LEVEL_COLOURS,
    NO_GROUP,
    Cell,
    MatrixMemory,
    Risk,
    SkillsMatrix,
    build_matrix,
)
from peerdesk.roster.risk_plans import risk_action_text
from peerdesk.roster.skill_index import SkillIndex
from peerdesk.roster.truck_factor import Projection, truck_factor, what_if_leaves
from peerdesk.ui import theme
from peerdesk.ui.words import level_names, level_word

Index = QModelIndex | QPersistentModelIndex
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
EMPTY_CELL = Cell()


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SkillsMatrixView", text)


def level_words(level: int) -> str:
    """'3 advanced'."""
    return f"{level} {level_word(level)}"


def cell_tip(person: Person, skill: str, cell: Cell) -> str:
    """The tooltip of one cell: the level's name and any wish to learn."""
    parts = []
    if cell.level is not None:
        parts.append(_tr("level {0}").format(level_words(cell.level)))
    if cell.wants:
        parts.append(
            _tr("wants to learn it, aiming for {0}").format(level_words(cell.target))
            if cell.target is not None
            else _tr("wants to learn it")
        )
    return f"{person.name} · {skill}: " + ("; ".join(parts) if parts else _tr("not held"))


class MatrixModel(QAbstractTableModel):
    """Rows are people (and a label row before each group), columns are skills."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix = build_matrix([])
        self._rows: list[int] = []  # person row in the matrix, or -1 - group index
        self._group_word = ""

    def set_matrix(self, matrix: SkillsMatrix, group_word: str = "") -> None:
        """Show another matrix (after a change of people, filter or grouping): the rows that
        differ, when the people, skills and groups stay where they were (the selection and the
        place in a matrix of thousands stay too), else the whole matrix again."""
        old = self.matrix
        if (
            group_word == self._group_word
            and (matrix.skills, matrix.categories, matrix.groups) == (old.skills, old.categories, old.groups)
            and len(matrix.people) == len(old.people)
            and all(a.email == b.email for a, b in zip(old.people, matrix.people, strict=True))
        ):
            changed = [
                r
                for r, (a, b) in enumerate(zip(old.people, matrix.people, strict=True))
                if (a is not b or old.cells[r] is not matrix.cells[r])
                and (a != b or old.cells[r] != matrix.cells[r])
            ]
            self.matrix = matrix
            if changed:
                view_row = {r: row for row, r in enumerate(self._rows) if r >= 0}
                last = len(matrix.skills) - 1
                for r in changed:
                    row = view_row[r]
                    if last >= 0:
                        self.dataChanged.emit(self.index(row, 0), self.index(row, last))
                    self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
            return
        self.beginResetModel()
        self.matrix = matrix
        self._group_word = group_word
        starts = {g.first: i for i, g in enumerate(matrix.groups)}
        rows: list[int] = []
        for r in range(len(matrix.people)):
            if r in starts:
                rows.append(-1 - starts[r])
            rows.append(r)
        self._rows = rows
        self.endResetModel()

    def row_names(self, *, as_inactive: bool = False) -> list[str]:
        """Each row's name as the vertical header shows it (without asking headerData row by row);
        `as_inactive`: each person's as if they were inactive (the longer of the two)."""
        people, inactive = self.matrix.people, _tr("{0} (inactive)")
        return [
            self._group_label(r)
            if r < 0
            else people[r].name
            if people[r].active and not as_inactive
            else inactive.format(people[r].name)
            for r in self._rows
        ]

    def person_at(self, row: int) -> Person | None:
        """The person on a view row (None on a group label row)."""
        r = self._rows[row]
        return self.matrix.people[r] if r >= 0 else None

    def row_of_person(self, email: str) -> int | None:
        """The view row showing this person."""
        for row, r in enumerate(self._rows):
            if r >= 0 and self.matrix.people[r].email == email:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.skills)

    def _group_label(self, r: int) -> str:
        label = self.matrix.groups[-1 - r].label
        if label == NO_GROUP:
            return _tr("No {0}").format(self._group_word) if self._group_word else label
        return label

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if r < 0:
            return True if role == GROUP_ROLE else None
        cell = self.matrix.cells[r].get(index.column(), EMPTY_CELL)
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_tip(self.matrix.people[r], self.matrix.skills[index.column()], cell)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.matrix.skills[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                category = self.matrix.categories[section]
                skill = self.matrix.skills[section]
                return f"{skill} ({category})" if category else skill
            return None
        if section >= len(self._rows):
            return None
        r = self._rows[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if r < 0:
                return self._group_label(r)
            person = self.matrix.people[r]
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{person.name} <{person.email}> · {person.role} · {person.team}".strip(" ·")
            return person.name if person.active else _tr("{0} (inactive)").format(person.name)
        if role == Qt.ItemDataRole.FontRole and r < 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and r >= 0 and not self.matrix.people[r].active:
            return QBrush(theme.colour("muted"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


class LevelPainter:
    """Paints cells: a level's colour and digit, and an amber mark with the target for a wish.

    A level's fill has the digit on it in black or white, whichever reads better; the other
    colours come from the theme (`use_palette`), so the marks, bands, lines and the focus frame
    stand out in dark and high-contrast themes too. The digit and the tooltip's words carry the
    level; the colour only repeats it."""

    def __init__(self, font: QFont) -> None:
        self.fills = [QColor(c) for c in LEVEL_COLOURS]
        self.texts = [theme.best_text(fill) for fill in self.fills]
        self.use_palette(theme.palette())
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.centre = int(Qt.AlignmentFlag.AlignCenter)

    def use_palette(self, palette: QPalette) -> None:
        """Take the theme's colours for the wish mark, group bands, grid lines and focus frame."""
        self.want = theme.colour("want", palette)
        self.group = theme.band_fill(palette)
        self.grid = theme.faint_line(palette)
        self.highlight = theme.focus_colour(palette)

    def cell(self, painter: QPainter, rect: QRect, cell: Cell) -> None:
        """One non-empty cell inside `rect` (the grid line is left alone)."""
        inner = rect.adjusted(1, 1, -1, -1)
        if cell.level is not None:
            painter.fillRect(inner, self.fills[cell.level])
            painter.setPen(self.texts[cell.level])
            painter.drawText(inner, self.centre, str(cell.level))
        if not cell.wants:
            return
        if cell.level is None:
            font = painter.font()
            painter.setPen(self.want)
            painter.setFont(self.bold)
            painter.drawText(inner, self.centre, "◆" if cell.target is None else f"◆{cell.target}")
            painter.setFont(font)
            return
        size = max(6, inner.height() // 3)  # teaches it and wants more: a corner mark
        top_right = inner.topRight()
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.want)
        painter.drawPolygon(QPolygon([top_right, top_right - _point(size, 0), top_right + _point(0, size)]))
        painter.restore()


class MatrixTable(QTableView):
    """The matrix grid. Every section has the same fixed size, so one paint call lays out the
    visible cells by arithmetic and draws only the non-empty ones (a few in a hundred) - no
    per-cell delegate call, which alone would cost ~20 ms a screenful in Python."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = LevelPainter(self.font())

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        if not isinstance(model, MatrixModel) or not model.rowCount() or not model.columnCount():
            super().paintEvent(event)
            return
        viewport = self.viewport()
        self.cells.use_palette(self.palette())
        painter = QPainter(viewport)
        area = event.rect()
        painter.fillRect(area, self.palette().base())
        rows, columns = model.rowCount(), model.columnCount()
        height = self.verticalHeader().defaultSectionSize()
        width = self.horizontalHeader().defaultSectionSize()
        first_row = max(self.rowAt(area.top()), 0)
        last_row = self.rowAt(area.bottom())
        last_row = rows - 1 if last_row < 0 else last_row
        first_column = max(self.columnAt(area.left()), 0)
        last_column = self.columnAt(area.right())
        last_column = columns - 1 if last_column < 0 else last_column
        x0 = self.columnViewportPosition(first_column)
        y0 = self.rowViewportPosition(first_row)
        right = x0 + (last_column - first_column + 1) * width
        bottom = y0 + (last_row - first_row + 1) * height
        paint = self.cells
        for offset, row in enumerate(range(first_row, last_row + 1)):
            r = model._rows[row]
            if r < 0:
                painter.fillRect(QRect(x0, y0 + offset * height, right - x0, height), paint.group)
        painter.setPen(paint.grid)
        for i in range(last_column - first_column + 2):
            x = x0 + i * width - 1
            painter.drawLine(x, y0, x, bottom - 1)
        for i in range(last_row - first_row + 2):
            y = y0 + i * height - 1
            painter.drawLine(x0, y, right - 1, y)
        for offset, row in enumerate(range(first_row, last_row + 1)):
            r = model._rows[row]
            if r < 0:
                continue
            y = y0 + offset * height
            for column, cell in model.matrix.cells[r].items():
                if first_column <= column <= last_column:
                    rect = QRect(x0 + (column - first_column) * width, y, width - 1, height - 1)
                    paint.cell(painter, rect, cell)
        current = self.currentIndex()
        if current.isValid() and first_row <= current.row() <= last_row:
            rect = self.visualRect(current)
            painter.setPen(paint.highlight)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -2, -2))
            painter.drawRect(rect.adjusted(1, 1, -3, -3))
        painter.end()


def _point(x: int, y: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(x, y)


class RotatedHeader(QHeaderView):
    """A horizontal header that writes skill names upwards, so columns stay narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.sorted_column = -1  # people ordered by their level in this skill

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        model = self.model()
        longest = 0
        if model is not None:
            metrics = self.fontMetrics()
            for c in range(min(model.columnCount(), 400)):
                longest = max(
                    longest, metrics.horizontalAdvance(str(model.headerData(c, self.orientation())))
                )
        return QSize(hint.width(), min(max(longest + 16, 40), int(self.fontMetrics().height() * 11)))

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        painter.save()
        painter.fillRect(rect, self.palette().button())
        painter.setPen(self.palette().mid().color())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setPen(self.palette().buttonText().color())
        text = str(self.model().headerData(logical, self.orientation()))
        if logical == self.sorted_column:
            text = "▼ " + text
        painter.translate(rect.left(), rect.bottom())
        painter.rotate(-90)
        box = QRect(6, 0, rect.height() - 10, rect.width())
        text = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()


def _one_apart(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> bool:
    """True when `new` is `old` with one item inserted or removed (anywhere)."""
    if abs(len(old) - len(new)) != 1:
        return False
    short, long = (old, new) if len(old) < len(new) else (new, old)
    at = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    return short[at:] == long[at + 1 :]


class RiskPanel(QWidget):
    """Knowledge at risk: one line a skill, with the one action that plans what to do about it."""

    plan_requested = Signal(object)  # a Risk

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[str, str]] | None = None  # the "what if" list as shown
        self.title = QLabel()
        self.title.setObjectName("risk_title")
        self.title.setWhatsThis(
            self.tr(
                "Knowledge at risk: a skill only one active person holds at level 3 (advanced) or "
                "more - if they leave, it leaves with them - and a skill several people want that "
                "nobody teaches."
            )
        )
        self.list = QTreeWidget()
        self.list.setObjectName("risk_list")
        self.list.setHeaderLabels([self.tr("Skill"), self.tr("Risk"), self.tr("Next step")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Knowledge at risk"))
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(False)
        self.list.setMaximumHeight(self.fontMetrics().height() * 10)
        self.empty = QLabel()
        self.empty.setObjectName("risk_empty")
        self.empty.setWordWrap(True)
        self.risks: list[Risk] = []
        self.buttons: list[QPushButton] = []
        self.truck = QLabel()
        self.truck.setObjectName("risk_truck_factor")
        self.truck.setWordWrap(True)
        self.truck.setWhatsThis(
            self.tr(
                "The truck factor (Avelino et al.): how many of the people holding the most skills "
                "could leave before more than half the skills held at level 3+ have nobody left. "
                "The arrows show how many skills stay covered as each one leaves."
            )
        )
        self.what_if = QComboBox()
        self.what_if.setObjectName("risk_what_if")
        self.what_if.setAccessibleName(self.tr("What if this person leaves?"))
        self.what_if.currentIndexChanged.connect(self._show_what_if)
        self.what_if_answer = QLabel()
        self.what_if_answer.setObjectName("risk_what_if_answer")
        self.what_if_answer.setWordWrap(True)
        self.second = QLabel()
        self.second.setObjectName("risk_second_holders")
        self.second.setWordWrap(True)
        # one line a skill, scrolling: a long list must not make the window taller
        self.second_list = QListWidget()
        self.second_list.setObjectName("risk_second_holder_list")
        self.second_list.setAccessibleName(self.tr("When skills held by one person get a second holder"))
        self.second_list.setWordWrap(True)
        self.second_list.setMaximumHeight(self.fontMetrics().height() * 5)
        self.second.setBuddy(self.second_list)
        self.second.setWhatsThis(
            self.tr(
                "For each skill only one active person holds at level 3 or more: who shadows them on it "
                "(their first planned or held shadow shift on the skill) and when a second holder is "
                "expected, that day plus the time-to-competency your newest pilot measured."
            )
        )
        self.people: list[Person] = []
        what_if_row = QHBoxLayout()
        caption = QLabel(self.tr("&What if this person leaves?"))
        caption.setBuddy(self.what_if)
        what_if_row.addWidget(caption)
        what_if_row.addWidget(self.what_if)
        what_if_row.addWidget(self.what_if_answer, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.truck)
        layout.addLayout(what_if_row)
        layout.addWidget(self.second)
        layout.addWidget(self.second_list)

    def show_truck_factor(self, people: list[Person], held: dict[str, set[str]] | None = None) -> None:
        """The truck factor of the active people shown, its curve, and a fresh "what if" list
        (`held`: their holders, when known)."""
        self.people = [p for p in people if p.active]
        names = {p.email: p.name for p in self.people}
        result = truck_factor(self.people, held=held)
        self.truck.setText("\n".join(result.lines(names)) if result.skills else "")
        self.truck.setVisible(bool(result.skills))
        choices = [(p.name, p.email) for p in sorted(self.people, key=lambda p: p.name.casefold())[:2000]]
        if self._choices is not None and _one_apart(self._choices, choices):  # one (de)activated
            self._change_one_choice(choices)
        elif choices != self._choices:  # thousands of names: filled again only when they change
            self._choices = choices
            chosen = self.what_if.currentData()
            self.what_if.blockSignals(True)
            self.what_if.clear()
            self.what_if.addItem(self.tr("(choose someone)"), None)
            for name, email in choices:
                self.what_if.addItem(name, email)
            self.what_if.setCurrentIndex(max(0, self.what_if.findData(chosen)))
            self.what_if.blockSignals(False)
        self._show_what_if()

    def _change_one_choice(self, choices: list[tuple[str, str]]) -> None:
        """The "what if" list gains or loses the one person it differs by (after the first item)."""
        old, self._choices = self._choices or [], choices
        at = next(
            (i for i, (a, b) in enumerate(zip(old, choices, strict=False)) if a != b),
            min(len(old), len(choices)),
        )
        self.what_if.blockSignals(True)
        if len(choices) > len(old):
            self.what_if.insertItem(at + 1, choices[at][0], choices[at][1])
        else:
            chosen = self.what_if.currentData()
            self.what_if.removeItem(at + 1)
            self.what_if.setCurrentIndex(max(0, self.what_if.findData(chosen)))
        self.what_if.blockSignals(False)

    def show_second_holders(self, days: float | None, projections: list[Projection]) -> None:
        """When each skill with one holder is expected to get a second, from the planned shadow shifts."""
        names = {p.email: p.name for p in self.people}
        self.second.setVisible(bool(projections))
        self.second_list.setVisible(bool(projections))
        self.second_list.clear()
        if not projections:
            self.second.setText("")
            return
        # the command line's words (skills truck-factor), so both say the same
        title = _("When skills held by one person get a second holder") + (
            _(" (time-to-competency {days:g} days):").format(days=days) if days is not None else ":"
        )
        self.second.setText(title)
        self.second_list.addItems([p.text(names) for p in projections[:500]])

    def _show_what_if(self) -> None:
        email = self.what_if.currentData()
        if not email:
            self.what_if_answer.setText("")
            return
        names = {p.email: p.name for p in self.people}
        self.what_if_answer.setText(" ".join(what_if_leaves(self.people, email).lines(names)))

    def show_risks(self, risks: list[Risk], active: int) -> None:
        """List the risks among `active` active people shown."""
        self.risks = risks
        self.list.clear()
        self.buttons = []
        self.title.setText(
            self.tr("<b>Knowledge at risk</b> ({0}, among %n active person(s) shown)", "", active).format(
                len(risks)
            )
        )
        self.list.setVisible(bool(risks))
        self.empty.setVisible(not risks)
        self.empty.setText(
            self.tr(
                "Nothing at risk: every skill held at level {0} or more has at least two holders, "
                "and every skill several people want has a teacher."
            ).format(EXPERT_LEVEL)
            if active
            else self.tr("No active people shown: clear the search or filters to see the risks.")
        )
        for risk in risks[:200]:
            if risk.kind == "single-holder":
                what = self.tr("only {0} holds it at level {1}+").format(risk.holders[0].name, EXPERT_LEVEL)
            else:
                what = self.tr("nobody teaches it")
            if risk.wanted_by:
                what += self.tr("; wanted by {0}").format(", ".join(p.name for p in risk.wanted_by[:4]))
                if len(risk.wanted_by) > 4:
                    what += self.tr(" and {0} more").format(len(risk.wanted_by) - 4)
            item = QTreeWidgetItem([risk.skill, what, ""])
            item.setToolTip(1, risk.summary())
            self.list.addTopLevelItem(item)
            button = QPushButton(risk_action_text(risk).replace("&", "&&") + "...")  # a name's & stays an &
            button.setObjectName("risk_plan")
            button.setToolTip(
                self.tr("Opens New Pilot with this prepared; nothing is saved until you create it")
            )
            button.clicked.connect(lambda _=False, r=risk: self.plan_requested.emit(r))
            self.list.setItemWidget(item, 2, button)
            self.buttons.append(button)


class SkillsMatrixView(QWidget):
    """The matrix of the people the Roster's search and filters show, and their risks."""

    plan_requested = Signal(object)  # a Risk
    export_requested = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skills_matrix_view")
        self.load_skills: Callable[[], list[Skill]] = list
        # planned shadow shifts and the measured time-to-competency (set by the window; none alone)
        self.load_second_holders: Callable[
            [list[Person], dict[str, set[str]] | None], tuple[float | None, list[Projection]]
        ] = lambda _people, _held: (None, [])
        self._index = SkillIndex()  # experts, teachers and learners per skill, kept edit by edit
        self.people: list[Person] = []
        self.risks = RiskPanel()
        self.risks.plan_requested.connect(self.plan_requested)
        self.group = QComboBox()
        self.group.setObjectName("matrix_group")
        for text, key in ((self.tr("nothing"), ""), (self.tr("team"), "team"), (self.tr("role"), "role")):
            self.group.addItem(text, key)
        self.order = QComboBox()
        self.order.setObjectName("matrix_order")
        self.order.addItem(self.tr("name"), "name")
        self.order.addItem(self.tr("category"), "category")
        group_label = QLabel(self.tr("&Group people by:"))
        group_label.setBuddy(self.group)
        order_label = QLabel(self.tr("Order s&kills by:"))
        order_label.setBuddy(self.order)
        self.export_button = QPushButton(self.tr("E&xport Matrix..."))
        self.export_button.setObjectName("matrix_export")
        self.export_button.setToolTip(self.tr("Save the matrix as .xlsx (Excel), .csv or .pdf"))
        self.print_button = QPushButton(self.tr("Pri&nt Matrix..."))
        self.print_button.setObjectName("matrix_print")
        self.print_button.setToolTip(
            self.tr("Landscape pages with the names and skills repeated, and a legend")
        )
        self.export_button.clicked.connect(self.export_requested)
        self.print_button.clicked.connect(self.print_requested)
        legend = QLabel(self._legend_text())
        self.legend = legend
        legend.setObjectName("matrix_legend")
        legend.setWordWrap(True)
        legend.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)
        controls = QHBoxLayout()
        controls.addWidget(group_label)
        controls.addWidget(self.group)
        controls.addWidget(order_label)
        controls.addWidget(self.order)
        controls.addStretch(1)
        legend_row = QHBoxLayout()
        legend_row.addWidget(legend, 1)
        legend_row.addWidget(self.export_button)
        legend_row.addWidget(self.print_button)

        self.model = MatrixModel(self)
        self.table = MatrixTable()
        self.table.setObjectName("skills_matrix")
        self.table.setHorizontalHeader(RotatedHeader(self.table))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentChanged.connect(lambda *_: self.table.viewport().update())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)  # drawn by MatrixTable.paintEvent
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setAccessibleName(self.tr("Skills matrix"))
        self.table.setWhatsThis(
            self.tr(
                "Each cell is a person's level in a skill: 0 aware, 1 beginner, 2 practitioner, "
                "3 advanced, 4 expert (darker is higher). An amber ◆ marks a skill the person wants "
                "to learn, with the level they aim for. Hover a cell for its words."
            )
        )
        metrics = self.fontMetrics()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(int(metrics.height() * 2.2))
        header.setMinimumSectionSize(int(metrics.height() * 1.5))
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(int(metrics.height() * 1.6))
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.empty = QLabel()
        self.empty.setObjectName("matrix_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        # the risks above the matrix, in a scrolling pane the lead can drag smaller or larger: a long
        # list of risks or second holders must never squeeze the matrix itself out of sight
        risk_pane = QScrollArea()
        risk_pane.setObjectName("matrix_risk_pane")
        risk_pane.setWidgetResizable(True)
        risk_pane.setFrameShape(QFrame.Shape.NoFrame)
        risk_pane.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        risk_pane.setWidget(self.risks)
        grid = QWidget()
        grid_layout = QVBoxLayout(grid)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addLayout(controls)
        grid_layout.addLayout(legend_row)
        grid_layout.addWidget(self.empty)
        grid_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("matrix_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(risk_pane)
        self.splitter.addWidget(grid)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.sort_skill: str | None = None
        self._memory = MatrixMemory()  # each person's row, kept for the next rebuild
        self._widths: dict[str, int] = {}  # each row name's width in the header's font
        self._widths_font: QFont | None = None
        header.sectionClicked.connect(self._sort_by_column)
        header.setToolTip(
            self.tr("Click a skill to order people by their level in it; click again for names")
        )
        self.group.currentIndexChanged.connect(self.rebuild)
        self.order.currentIndexChanged.connect(self.rebuild)

    def _legend_text(self) -> str:
        """The levels on their fills, and the wish mark, in the theme's colours."""
        levels = " ".join(
            f'<span style="background-color:{fill}; color:{theme.best_text(QColor(fill)).name()};">'
            f"&nbsp;{i} {name}&nbsp;</span>"
            for i, (fill, name) in enumerate(zip(LEVEL_COLOURS, level_names(), strict=True))
        )
        want = theme.hex_of("want", self.palette())
        return f'{levels} &nbsp;<b style="color:{want};">◆N</b> ' + self.tr("wants to learn, target N")

    def changeEvent(self, event: QEvent) -> None:
        """A change of theme: the legend takes its colours (the grid reads them as it paints)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "legend"):
            self.legend.setText(self._legend_text())

    def _sort_by_column(self, column: int) -> None:
        skill = self.model.matrix.skills[column]
        self.sort_by_skill(None if self.sort_skill == skill else skill)

    def sort_by_skill(self, skill: str | None) -> None:
        """Order people by their level in `skill` (None: by name)."""
        self.sort_skill = skill
        self.rebuild()

    def show_people(self, people: list[Person]) -> None:
        """Show these people (the Roster's search and filters already applied)."""
        self.people = people
        self.rebuild()

    def refresh_second_holders(self) -> None:
        """When each skill with one holder gets a second: read again from the plans."""
        self.risks.show_second_holders(
            *self.load_second_holders([p for p in self.people if p.active], self._index.holders())
        )

    def rebuild(self) -> None:
        """Lay the matrix out again (people, grouping or skill order changed)."""
        group = self.group.currentData() or ""
        matrix = build_matrix(
            self.people,
            self.load_skills(),
            group_by=group,
            skill_order=self.order.currentData() or "name",
            sort_skill=self.sort_skill,
            memory=self._memory,
        )
        self.model.set_matrix(matrix, self.group.currentText() if group else "")
        header = self.table.horizontalHeader()
        header.sorted_column = matrix.column_of(self.sort_skill) if self.sort_skill else -1  # type: ignore[attr-defined]
        if header.sorted_column is None:  # type: ignore[attr-defined]
            header.sorted_column, self.sort_skill = -1, None  # type: ignore[attr-defined]
        # each name as if inactive: (de)activating someone leaves the header's width, and so the
        # whole matrix's layout, as it was
        names = self.model.row_names(as_inactive=True)
        metrics = self.table.verticalHeader().fontMetrics()
        font = self.table.verticalHeader().font()
        if font != self._widths_font:  # each name is measured once per font
            self._widths, self._widths_font = {}, font
        widths = self._widths
        for name in names[:20000]:
            if (text := str(name)) not in widths:
                widths[text] = metrics.horizontalAdvance(text)
        widest = max((widths[str(n)] for n in names[:20000]), default=80)
        if len(widths) > 4 * max(len(names), 1000):  # names long gone
            self._widths = {str(n): widths[str(n)] for n in names[:20000]}
        width = min(max(widest + 24, 120), 320)
        if self.table.verticalHeader().width() != width:  # (setting it again lays the view out again)
            self.table.verticalHeader().setFixedWidth(width)
        self.table.horizontalHeader().updateGeometry()
        self._index.update(self.people)
        self.risks.show_risks(self._index.knowledge_at_risk(), sum(p.active for p in self.people))
        self.risks.show_truck_factor(self.people, self._index.holders())
        self.refresh_second_holders()
        has_skills = bool(matrix.skills)
        self.table.setVisible(bool(matrix.people) and has_skills)
        self.empty.setVisible(not (matrix.people and has_skills))
        if not matrix.people:
            self.empty.setText(
                self.tr(
                    "<p><b>No one to show.</b></p><p>Clear the search or choose All teams and All roles.</p>"
                )
            )
        elif not has_skills:
            self.empty.setText(
                self.tr(
                    "<p><b>No skills yet.</b></p><p>Open a person (F2) and add what they teach and "
                    "want to learn, or import a roster CSV with <i>teaches</i> and <i>wants</i> "
                    "columns (File &gt; Import Roster CSV).</p>"
                )
            )

    def matrix(self) -> SkillsMatrix:
        """The matrix as shown (for export and print)."""
        return self.model.matrix

    def export_path_hint(self, folder: Path, name: str) -> Path:
        """Where the export dialog starts."""
        return folder / f"{name}-skills-matrix.xlsx"
