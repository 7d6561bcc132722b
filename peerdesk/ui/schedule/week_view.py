"""The week view: a time grid with sessions as coloured blocks that can be dragged.

Times are shown as each session's local time (its program's timezone). A
block with a conflict gets a red edge and a warning mark; dragging a block to
another slot asks the window to move the session (which is undoable).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from peerdesk.domain import Session

FORMAT_COLOURS = {
    "micro-lesson": "#4e79a7",
    "peer-coaching": "#59a14f",
    "skill-swap": "#f28e2b",
    "problem-clinic": "#e15759",
    "shadow-shift": "#76b7b2",
    "lunch-and-learn": "#edc948",
    "learning-pod": "#b07aa1",
    "demo-and-discuss": "#9c755f",
}
FIRST_HOUR, LAST_HOUR = 8, 18  # widened to fit the sessions of the week shown
SNAP_MINUTES = 15


def format_colour(key: str) -> QColor:
    """The block colour of a format (a stable colour for the lead's own formats too)."""
    if key in FORMAT_COLOURS:
        return QColor(FORMAT_COLOURS[key])
    return QColor.fromHsv(sum(map(ord, key)) * 37 % 360, 110, 190)


def monday_of(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


@dataclass
class _Drag:
    session: Session
    offset_minutes: int
    current: datetime


class WeekView(QWidget):
    """Seven days by the working hours; emits moves and edit requests."""

    move_requested = Signal(int, object)  # session id, new local start (datetime)
    edit_requested = Signal(int)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week_view")
        self.setMouseTracking(True)
        self.setMinimumSize(480, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.week = monday_of(date.today())
        self.sessions: list[Session] = []
        self.conflicts: dict[int | None, list[str]] = {}
        self.names: dict[str, str] = {}
        self._drag: _Drag | None = None
        self.selected_id: int | None = None
        self.first_hour, self.last_hour = FIRST_HOUR, LAST_HOUR

    def show_week(
        self,
        monday: date,
        sessions: list[Session],
        conflicts: dict[int | None, list[str]],
        names: dict[str, str],
    ) -> None:
        """Show the week starting `monday` with these sessions."""
        self.week = monday_of(monday)
        self.sessions = [s for s in sessions if self.week <= s.start.date() < self.week + timedelta(days=7)]
        self.conflicts = conflicts
        self.names = names
        starts = [s.start.hour for s in self.sessions]
        ends = [s.end.hour + (1 if s.end.minute else 0) for s in self.sessions]
        self.first_hour = min([FIRST_HOUR, *starts])
        self.last_hour = max([LAST_HOUR, *ends]) if max([LAST_HOUR, *ends]) <= 24 else 24
        self.update()

    # -- geometry ----------------------------------------------------------

    def _grid(self) -> QRectF:
        return QRectF(56, 34, max(self.width() - 62, 100), max(self.height() - 40, 100))

    def _day_width(self) -> float:
        return self._grid().width() / 7

    def _y_of(self, moment: time) -> float:
        grid = self._grid()
        minutes = (moment.hour - self.first_hour) * 60 + moment.minute
        return grid.top() + grid.height() * minutes / ((self.last_hour - self.first_hour) * 60)

    def block_rect(self, session: Session, start: datetime | None = None) -> QRectF:
        """Where a session's block is drawn (for painting, hit tests and tests)."""
        begin = start or session.start
        grid = self._grid()
        day = (begin.date() - self.week).days
        top = self._y_of(begin.time())
        bottom = top + grid.height() * session.minutes / ((self.last_hour - self.first_hour) * 60)
        left = grid.left() + day * self._day_width() + 2
        return QRectF(left, top, self._day_width() - 4, max(bottom - top, 14))

    def slot_at(self, point: QPoint) -> datetime | None:
        """The local start time (snapped to 15 minutes) under a point of the grid."""
        grid = self._grid()
        if not grid.contains(point.toPointF()):
            return None
        day = int((point.x() - grid.left()) // self._day_width())
        minutes = (point.y() - grid.top()) / grid.height() * (self.last_hour - self.first_hour) * 60
        snapped = int(minutes // SNAP_MINUTES) * SNAP_MINUTES
        return datetime.combine(self.week + timedelta(days=day), time(self.first_hour)) + timedelta(
            minutes=snapped
        )

    def session_at(self, point: QPoint) -> Session | None:
        """The session whose block is under a point."""
        for session in reversed(self.sessions):
            if self.block_rect(session).contains(point.toPointF()):
                return session
        return None

    # -- painting ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        grid = self._grid()
        line = QPen(QColor("#d0d0d0"))
        header_font = QFont(self.font())
        header_font.setBold(True)
        today = date.today()
        for day in range(7):
            x = grid.left() + day * self._day_width()
            current = self.week + timedelta(days=day)
            if current == today:
                painter.fillRect(QRectF(x, grid.top(), self._day_width(), grid.height()), QColor("#f3f8fd"))
            painter.setPen(palette.text().color())
            painter.setFont(header_font)
            painter.drawText(
                QRectF(x, 4, self._day_width(), 26),
                Qt.AlignmentFlag.AlignCenter,
                current.strftime("%a %d %b"),
            )
            painter.setPen(line)
            painter.drawLine(int(x), int(grid.top()), int(x), int(grid.bottom()))
        painter.setFont(self.font())
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self._y_of(time(hour)) if hour < 24 else grid.bottom()
            painter.setPen(line)
            painter.drawLine(int(grid.left()), int(y), int(grid.right()), int(y))
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                QRectF(0, y - 8, grid.left() - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}:00",
            )
        for session in self.sessions:
            start = self._drag.current if self._drag and self._drag.session.id == session.id else None
            self._paint_block(painter, session, start)
        painter.end()

    def _paint_block(self, painter: QPainter, session: Session, start: datetime | None) -> None:
        rect = self.block_rect(session, start)
        colour = format_colour(session.format_key)
        inactive = session.status in ("cancelled", "skipped")
        if inactive:
            colour = QColor("#bdbdbd")
        painter.setBrush(colour.lighter(160) if session.status == "held" else colour)
        conflicted = bool(self.conflicts.get(session.id)) and not inactive
        if session.id == self.selected_id:
            painter.setPen(QPen(QColor("#111111"), 3, Qt.PenStyle.DashLine))
        else:
            painter.setPen(QPen(QColor("#c62828"), 3) if conflicted else QPen(colour.darker(130), 1))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#1a1a1a") if session.status == "held" else QColor("white"))
        first = f"{(start or session.start):%H:%M}"
        if inactive:
            first += f" {session.status}"
        if conflicted:
            first = "\u26a0 " + first
        leaders = ", ".join(self.names.get(e, e).split()[0] for e in session.facilitators)
        lines = [f"{first}  {session.title}", leaders]
        metrics = QFontMetrics(painter.font())
        inner = rect.adjusted(4, 1, -4, -1)
        room = max(int(inner.height() // metrics.lineSpacing()), 1)
        text = "\n".join(
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width()))
            for line in lines[:room]
            if line
        )
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)

    # -- mouse --------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        session = self.session_at(event.position().toPoint())
        self.selected_id = session.id if session is not None else None
        self.selection_changed.emit()
        self.update()
        if (
            session is not None
            and event.button() == Qt.MouseButton.LeftButton
            and session.status in ("planned",)
        ):
            slot = self.slot_at(event.position().toPoint()) or session.start
            offset = int((slot - session.start).total_seconds() // 60)
            self._drag = _Drag(session, offset, session.start)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag is not None:
            slot = self.slot_at(point)
            if slot is not None:
                self._drag.current = slot - timedelta(minutes=self._drag.offset_minutes)
                self.update()
            return
        session = self.session_at(point)
        if session is not None:
            lines = [
                f"{session.title}",
                f"{session.start:%a %d %b %H:%M}-{session.end:%H:%M} {session.timezone}",
                "Led by " + (", ".join(self.names.get(e, e) for e in session.facilitators) or "-"),
                f"Status: {session.status}",
            ]
            lines += self.conflicts.get(session.id, [])
            QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is not None and drag.current != drag.session.start and drag.session.id is not None:
            self.move_requested.emit(drag.session.id, drag.current)
        self.update()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        session = self.session_at(event.position().toPoint())
        if session is not None and session.id is not None:
            self.edit_requested.emit(session.id)
