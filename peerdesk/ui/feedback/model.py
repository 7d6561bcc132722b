"""The attendance table of one session as a Qt model over `AttendanceRecord` values.

Edits call back with the new list of records, so the window can save each one
as an undoable change right away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from peerdesk import i18n
from peerdesk.domain import AttendanceRecord
from peerdesk.printing.printouts import FEEDBACK_QUESTION, OPEN_QUESTION

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("#", "Name", "Present", "Rating", OPEN_QUESTION, "Will practise", "Reported back", "Invitation")
HEADER_TIPS = {
    2: "Someone who declined the invitation and stays away is expected absent, not absent without notice",
    7: "Their answer to the invitation (File > Import Replies): accepted, declined, tentative or no answer",
    3: "1-5: the answer to the feedback form's question \u201c{0}\u201d",
    4: "The answer to the feedback form's open question \u201c{0}\u201d",
    6: "Ticked when the person reported back on what they committed to practise at their last session",
}
PRESENT, RATING, ANSWER, COMMITMENT, REPORTED, INVITATION = 2, 3, 4, 5, 6, 7


class AttendanceModel(QAbstractTableModel):
    """Rows in sign-in-sheet order, walk-ins last."""

    def __init__(self, on_change: Callable[[list[AttendanceRecord]], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AttendanceRecord] = []
        self._names: dict[str, str] = {}
        self._answers: dict[str, str] = {}
        self._on_change = on_change
        self.on_refused: Callable[[str], None] | None = None  # told why an edit was refused

    def set_rows(
        self, rows: list[AttendanceRecord], names: dict[str, str], answers: dict[str, str] | None = None
    ) -> None:
        """Show a session's records, with each invitee's answer to the invitation."""
        self.beginResetModel()
        self._rows, self._names, self._answers = list(rows), names, dict(answers or {})
        self.endResetModel()

    def expected_absent(self, row: int) -> bool:
        """Whether the person on `row` declined and is not there: absent, but with notice."""
        r = self._rows[row]
        return not r.present and self._answers.get(r.email) == "declined"

    def rows(self) -> list[AttendanceRecord]:
        """The records as shown."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == PRESENT:
            return Qt.CheckState.Checked if r.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.CheckStateRole and column == REPORTED:
            return Qt.CheckState.Checked if r.reported_back else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            name = self._names.get(r.email, r.email) + (" (walk-in)" if r.walk_in else "")
            absent = "no, expected (declined)" if self.expected_absent(index.row()) else "no"
            return (
                str(index.row() + 1),
                name,
                "yes" if r.present else absent,
                "" if r.rating is None else str(r.rating),
                r.answer,
                r.commitment,
                {None: "", True: "yes", False: "no"}[r.reported_back],
                "" if r.walk_in else self._answers.get(r.email, "no answer"),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, RATING):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (PRESENT, RATING):
            return "Space: present/absent \u00b7 1-5: rating (marks present) \u00b7 0 or Delete: clear rating"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (PRESENT, REPORTED):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (RATING, ANSWER, COMMITMENT):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        r = self._rows[index.row()]
        column = index.column()
        if column == PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            updated = replace(r, present=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif column == REPORTED and role == Qt.ItemDataRole.CheckStateRole:
            updated = replace(r, reported_back=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif column == RATING and role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if text in ("", "0"):
                updated = replace(r, rating=None)
            elif text in ("1", "2", "3", "4", "5"):  # ASCII digits only: not '\u00b2' or '\uff15'
                updated = replace(r, rating=int(text), present=True)
            else:
                if self.on_refused is not None:
                    self.on_refused(f"'{text}' is not a rating: type one of the digits 1-5 (0 clears it)")
                return False
        elif column == ANSWER and role == Qt.ItemDataRole.EditRole:
            updated = replace(r, answer=str(value))
        elif column == COMMITMENT and role == Qt.ItemDataRole.EditRole:
            updated = replace(r, commitment=str(value))
        else:
            return False
        return self.update_row(index.row(), updated)

    def update_row(self, row: int, record: AttendanceRecord) -> bool:
        """Change one record and report the new list."""
        if record == self._rows[row]:
            return False
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self._on_change(self.rows())
        return True

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            header = HEADERS[section]
            if header == OPEN_QUESTION:  # the printed question: the printouts' catalogue has it
                return i18n._(header)
            return QCoreApplication.translate("AttendanceTableModel", header)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(section)
            if tip is None:
                return None
            question = {RATING: FEEDBACK_QUESTION, ANSWER: OPEN_QUESTION}.get(section, "")
            return QCoreApplication.translate("AttendanceTableModel", tip).format(i18n._(question))
        return None
