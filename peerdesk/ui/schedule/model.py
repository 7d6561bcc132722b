"""The schedule's list view as a Qt model over `Session` values, with filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from peerdesk.domain import Session
from peerdesk.ui import dates, theme
from peerdesk.ui.row_diff import diff_rows, repaint_rows
from peerdesk.ui.words import status_word

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Date", "Time", "Program", "Title", "Format", "Led by", "People", "Status", "Warnings", "Answers")
ANSWERS = HEADERS.index("Answers")


class SessionTableModel(QAbstractTableModel):
    """Rows are sessions passing the program, person, format and status filters."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Session] = []
        self._rows: list[Session] = []
        self._programs: dict[int, str] = {}
        self._names: dict[str, str] = {}
        self._conflicts: dict[int | None, list[str]] = {}
        self._answers: dict[int, str] = {}  # invitees' answers in words, by session id
        self.format_names: dict[str, str] = {}  # format key -> its name in the window's language
        self.filters: dict[str, str] = {"program": "", "person": "", "format": "", "status": ""}

    def set_sessions(
        self,
        sessions: list[Session],
        programs: dict[int, str],
        names: dict[str, str],
        conflicts: dict[int | None, list[str]],
    ) -> None:
        """Replace the sessions shown (after any change)."""
        self.beginResetModel()
        self._all = sorted(sessions, key=lambda s: s.start_utc())
        self._programs, self._names, self._conflicts = programs, names, conflicts
        self._apply()
        self.endResetModel()

    def update_sessions(
        self,
        changed: list[Session],
        removed: set[int | None],
        programs: dict[int, str],
        names: dict[str, str],
        conflicts: dict[int | None, list[str]],
        repaint: set[int | None],
    ) -> None:
        """Show one edit: changed sessions repaint (and move if their time did), new ones are
        inserted, removed ones taken out, and sessions in `repaint` (their warnings changed) repaint."""
        by_id = {s.id: s for s in self._all if s.id not in removed}
        by_id.update((s.id, s) for s in changed)
        self._all = sorted(by_id.values(), key=lambda s: s.start_utc())
        self._programs, self._names, self._conflicts = programs, names, conflicts
        old_rows = self._rows
        old_keys = [s.id for s in old_rows]
        self._apply()
        new_rows = self._rows
        self._rows = list(old_rows)  # rows still shown keep their data until they repaint
        if not diff_rows(self, self._rows, old_keys, [s.id for s in new_rows], by_id.__getitem__):
            self.beginResetModel()
            self._rows = new_rows
            self.endResetModel()
            return
        self._rows = new_rows
        touched = {s.id for s in changed} | repaint
        repaint_rows(self, [row for row, s in enumerate(new_rows) if s.id in touched])

    def set_answers(self, answers: dict[int, str], *, replace_all: bool = False) -> None:
        """Show invitees' answers ('2 accepted, 1 no answer') for these sessions (or for all)."""
        if replace_all:
            self._answers = dict(answers)
        else:
            self._answers.update(answers)
        if self._rows:
            self.dataChanged.emit(self.index(0, ANSWERS), self.index(len(self._rows) - 1, ANSWERS))

    def answers(self, session_id: int | None) -> str:
        """The answers shown for a session ('' before any is known)."""
        return self._answers.get(session_id or 0, "")

    def set_filter(self, key: str, value: str) -> None:
        """Filter by program id, person email, format key or status ('' for all)."""
        self.beginResetModel()
        self.filters[key] = value
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        f = self.filters
        self._rows = [
            s
            for s in self._all
            if (not f["program"] or str(s.program_id) == f["program"])
            and (not f["person"] or any(a.email == f["person"] for a in s.attendees))
            and (not f["format"] or s.format_key == f["format"])
            and (not f["status"] or s.status == f["status"])
        ]

    def all_sessions(self) -> list[Session]:
        """Every session, filtered or not, by start."""
        return list(self._all)

    def session_at(self, row: int) -> Session:
        """The session on `row`."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        warnings = self._conflicts.get(s.id, []) if s.status in ("planned", "held") else []
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                dates.day(s.start),
                f"{s.start:%H:%M}-{s.end:%H:%M} {s.timezone}",
                self._programs.get(s.program_id, ""),
                s.title,
                self.format_names.get(s.format_key, s.format_key),
                ", ".join(self._names.get(e, e) for e in s.facilitators),
                str(len(s.attendees)),
                status_word(s.status),
                f"\u26a0 {len(warnings)}: {warnings[0]}" if warnings else "",
                self._answers.get(s.id or 0, ""),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and warnings:
            return "\n".join(warnings)
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == 8 and warnings:
                return QBrush(theme.colour("error"))
            if s.status in ("cancelled", "skipped"):
                return QBrush(theme.colour("muted"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SessionTableModel", HEADERS[section])
        return None
