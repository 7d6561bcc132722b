"""The roster table as a Qt model over a list of `Person` values.

Filtering and sorting happen here in Python over precomputed search text, so
one keystroke over 10,000 people costs one list comprehension and one reset,
not 10,000 calls back from a proxy model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from peerdesk.collation import sort_key
from peerdesk.domain import Person
from peerdesk.roster.skill_text import format_teaches, format_wants
from peerdesk.ui import theme
from peerdesk.ui.row_diff import diff_rows, repaint_rows
from peerdesk.ui.words import level_names

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PeopleTableModel", text)


COLUMNS: tuple[tuple[str, Callable[[Person], str]], ...] = (
    ("Name", lambda p: p.name),
    ("Email", lambda p: p.email),
    ("Role", lambda p: p.role),
    ("Team", lambda p: p.team),
    ("Manager", lambda p: p.manager_email or ""),  # shown as a name, see data()
    ("Timezone", lambda p: p.timezone),
    ("Teaches", lambda p: teaches_words(p)),
    ("Wants to learn", lambda p: wants_words(p)),
)
TEACHES_COLUMN, WANTS_COLUMN = 6, 7


MANAGER_COLUMN = 4


def teaches_words(person: Person) -> str:
    """'SQL expert, Excel advanced': best first, levels as words (as the gap panel speaks)."""
    ordered = sorted(person.teaches, key=lambda t: (-t.level, sort_key(t.skill)))
    words = level_names()
    return ", ".join(f"{t.skill} {words[t.level]}" for t in ordered)


def wants_words(person: Person) -> str:
    """'Python (to advanced), Public speaking'."""
    if not any(w.target is not None for w in person.wants):
        return ", ".join(w.skill for w in person.wants)
    words, aiming = level_names(), _tr("{0} (to {1})")
    return ", ".join(
        w.skill if w.target is None else aiming.format(w.skill, words[w.target]) for w in person.wants
    )


def search_text(person: Person) -> str:
    """Everything search-as-you-type matches against, folded for case."""
    return " ".join((person.name, person.email, person.role, person.team, *person.skill_names())).casefold()


class PeopleTableModel(QAbstractTableModel):
    """Rows are people that pass the current search and team/role filters."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._haystacks: list[str] = []
        self._visible: list[int] = []
        self._names: dict[str, str] = {}
        self._sorted: list[int] | None = None
        self._filtered_for: tuple[str, str, str] | None = None
        self._text = ""
        self._team = ""
        self._role = ""
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    # -- data in ------------------------------------------------------------

    def set_people(self, people: list[Person]) -> None:
        """Replace the whole roster (after any change), keeping filter and sort."""
        self.beginResetModel()
        self._people = list(people)
        self._haystacks = [search_text(p) for p in self._people]
        self._names = {p.email: p.name for p in self._people}
        self._sorted = None
        self._filtered_for = None
        self._recompute()
        self.endResetModel()

    def update_people(self, changed: list[Person], removed: set[int]) -> None:
        """Apply one edit row by row: changed rows repaint, new people are inserted and removed
        ones taken out, without a reset (selection and scroll position stay)."""
        old_ids = [self._people[i].id for i in self._visible]
        position = {p.id: i for i, p in enumerate(self._people)}
        old_names = {c.id: self._people[position[c.id]].name for c in changed if c.id in position}
        people, hay = self._people, self._haystacks
        for person in changed:
            index = position.get(person.id)
            if index is None:
                position[person.id] = len(people)
                people.append(person)
                hay.append(search_text(person))
            else:
                people[index] = person
                hay[index] = search_text(person)
        # removed people stay in the list (so rows being removed still have data) until the end
        self._names = {p.email: p.name for p in people if p.id not in removed}
        keep = [i for i, p in enumerate(people) if p.id not in removed]
        if any(p.id not in old_names or p.name != old_names[p.id] for p in changed):
            # keep the roster's order (name as a reader sorts it, then id)
            keep.sort(key=lambda i: (sort_key(people[i].name), people[i].id or 0))
        self._sorted = None
        self._filtered_for = None
        alive = self._people
        self._people = [alive[i] for i in keep]
        self._haystacks = [hay[i] for i in keep]
        self._recompute()
        new_ids = [self._people[i].id for i in self._visible]
        new_visible = self._visible
        self._people, self._haystacks = alive, hay
        self._visible = [position[pid] for pid in old_ids]
        if not diff_rows(self, self._visible, old_ids, new_ids, position.__getitem__):
            self.beginResetModel()
            self._finish_update(keep, new_visible)
            self.endResetModel()
            return
        self._finish_update(keep, new_visible)
        changed_ids = {p.id for p in changed}
        repaint_rows(self, [row for row, pid in enumerate(new_ids) if pid in changed_ids])

    def _finish_update(self, keep: list[int], visible: list[int]) -> None:
        self._people = [self._people[i] for i in keep]
        self._haystacks = [self._haystacks[i] for i in keep]
        self._visible = visible

    def set_filter(self, text: str | None = None, team: str | None = None, role: str | None = None) -> None:
        """Show only people matching every word of `text` and the chosen team/role."""
        if text is not None:
            self._text = text
        if team is not None:
            self._team = team
        if role is not None:
            self._role = role
        self.beginResetModel()
        self._recompute()
        self.endResetModel()

    def _order(self) -> list[int]:
        """All row indices in the current sort order (cached until data or sort changes)."""
        if self._sorted is None:
            column, order = self._sort
            key = COLUMNS[column][1]
            keys = [sort_key(key(p)) for p in self._people]
            self._sorted = sorted(
                range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
            )
        return self._sorted

    def _recompute(self) -> None:
        state = (self._text.casefold(), self._team, self._role)
        previous = self._filtered_for
        # Text that extends the previous text can only narrow: every word of the
        # new text contains the matching word of the old one, so search what is shown.
        narrowing = previous is not None and state[1:] == previous[1:] and state[0].startswith(previous[0])
        candidates = self._visible if narrowing else self._order()
        words = state[0].split()
        hay = self._haystacks
        if not words:
            visible = list(candidates)
        elif len(words) == 1:
            word = words[0]
            visible = [i for i in candidates if word in hay[i]]
        else:
            visible = [i for i in candidates if all(w in hay[i] for w in words)]
        team, role, people = self._team, self._role, self._people
        if (team or role) and not narrowing:
            visible = [
                i
                for i in visible
                if (not team or people[i].team == team) and (not role or people[i].role == role)
            ]
        self._visible = visible
        self._filtered_for = state

    # -- data out ----------------------------------------------------------

    def person_at(self, row: int) -> Person:
        """The person shown on `row`."""
        return self._people[self._visible[row]]

    def row_of(self, person_id: int | None) -> int | None:
        """The row showing the person with this id, if visible."""
        for row, index in enumerate(self._visible):
            if self._people[index].id == person_id:
                return row
        return None

    def visible_people(self) -> list[Person]:
        """The people that pass the search and filters, in table order."""
        return [self._people[i] for i in self._visible]

    def all_people(self) -> list[Person]:
        """Everyone, filtered or not."""
        return list(self._people)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._people[self._visible[index.row()]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = COLUMNS[index.column()][1](person)
            if index.column() == MANAGER_COLUMN and text:
                name = self._names.get(text, text)
                return name if role == Qt.ItemDataRole.DisplayRole else f"{name} <{text}>"
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 and not person.active:
                return _tr("{name} (inactive)").format(name=text)
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == TEACHES_COLUMN and text:
                return _tr("Teaches: {0}\n(as typed: {1})").format(text, format_teaches(person.teaches))
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == WANTS_COLUMN and text:
                return _tr("Wants to learn: {0}\n(as typed: {1})").format(text, format_wants(person.wants))
            return text
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QBrush(theme.colour("muted"))
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][0])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sorted = None
        self._filtered_for = None
        self._recompute()
        self.layoutChanged.emit()
