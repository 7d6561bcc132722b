"""The week view: a time grid with sessions as coloured blocks that can be dragged.

The grid is in one timezone, the lead's (Preferences, default the system's);
a session from another timezone is placed at the moment it happens and its
label adds its own local time. Sessions at the same time stand side by side
(GUIDE section 8); when a day is too narrow for all of them, a "+N more" box
names the rest. Blocks are coloured by program (or by format) and show who
leads. A block with a conflict gets a red edge and a warning mark; dragging a
block to another slot asks the window to move the session (which is undoable).

Without a mouse: the view takes focus (Tab), the arrow keys move between the week's
sessions in time order, Enter opens the current one. To a screen reader the view is a list
of the week's sessions (week_access.py): each item says its session (title, time, who leads,
place, conflicts) and the current one is announced each time it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QToolTip, QWidget

from peerdesk import clock
from peerdesk.domain import Session
from peerdesk.schedule.slots import to_local, to_utc
from peerdesk.ui import dates, theme
from peerdesk.ui.schedule import week_access
from peerdesk.ui.schedule.day_layout import Placement, lay_out

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
PROGRAM_COLOURS = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#b07aa1",
    "#e15759",
    "#76b7b2",
    "#9c755f",
    "#edc948",
    "#ff9da7",
    "#bab0ac",
)
FIRST_HOUR, LAST_HOUR = 8, 18  # widened to fit the sessions of the week shown
SNAP_MINUTES = 15
MIN_COLUMN = 46  # narrower than this, overlapping sessions fold into "+N more"


def program_colour(program_id: int) -> QColor:
    """A stable colour per program."""
    return QColor(PROGRAM_COLOURS[(program_id - 1) % len(PROGRAM_COLOURS)])


def zone_label(zone: str) -> str:
    """'America/New_York' -> 'New York'."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def format_colour(key: str) -> QColor:
    """The block colour of a format (a stable colour for the lead's own formats too)."""
    if key in FORMAT_COLOURS:
        return QColor(FORMAT_COLOURS[key])
    return QColor.fromHsv(sum(map(ord, key)) * 37 % 360, 110, 190)


def monday_of(day: date) -> date:
    """The first day of the week holding `day`, as the window's locale counts weeks: Monday in
    Europe, Sunday in the United States (the name stays from when every week began on a Monday)."""
    first = QLocale().firstDayOfWeek().value - 1  # Qt: Monday = 1 ... Sunday = 7
    return day - timedelta(days=(day.weekday() - first) % 7)


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
        self._theme_cache: tuple[int, dict[object, QColor]] = (-1, {})  # see _themed
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.week = monday_of(clock.today())
        self.sessions: list[Session] = []
        self.conflicts: dict[int | None, list[str]] = {}
        self.names: dict[str, str] = {}
        self._drag: _Drag | None = None
        self.selected_id: int | None = None
        self.first_hour, self.last_hour = FIRST_HOUR, LAST_HOUR
        self.zone = "UTC"  # the grid's timezone
        self.colour_by = "program"  # or "format"
        self.placements: dict[int, Placement] = {}
        self.more: list[tuple[QRectF, list[Session]]] = []  # "+N more" boxes and who they hide
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.accessible_items: dict[int, week_access.SessionItem] = {}
        self.accessible_ids: list[int] = []
        week_access.watch(self)
        self.setAccessibleDescription(
            self.tr("Sessions of the week. Arrow keys move between sessions, Enter opens one.")
        )
        self.setWhatsThis(
            self.tr(
                "The week's sessions by day and time, in your timezone. A red edge and a warning "
                "mark show a conflict. Drag a block to move it, or Tab here, move between sessions "
                "with the arrow keys (Home and End: first and last) and press Enter to open one."
            )
        )
        self._name()

    def set_display(self, zone: str, colour_by: str = "program") -> None:
        """Show the grid in `zone`, colouring blocks by program or by format."""
        self.zone, self.colour_by = zone, colour_by
        self.update()

    def shown_start(self, session: Session, start: datetime | None = None) -> datetime:
        """When a session (or its own local `start`) falls on the grid's clock."""
        return to_local(to_utc(start or session.start, session.timezone), self.zone)

    def colour(self, session: Session) -> QColor:
        """The block colour: its program's, or its format's."""
        if self.colour_by == "format":
            return format_colour(session.format_key)
        return program_colour(session.program_id)

    def show_week(
        self,
        monday: date,
        sessions: list[Session],
        conflicts: dict[int | None, list[str]],
        names: dict[str, str],
    ) -> None:
        """Show the week starting `monday` with these sessions."""
        self.week = monday_of(monday)
        end_of_week = self.week + timedelta(days=7)
        self.sessions = [s for s in sessions if self.week <= self.shown_start(s).date() < end_of_week]
        self.conflicts = conflicts
        self.names = names
        shown = [(self.shown_start(s), s.minutes) for s in self.sessions]
        starts = [begin.hour for begin, _ in shown]
        ends = [
            24
            if (e := begin + timedelta(minutes=m)).date() > begin.date()
            else e.hour + (1 if e.minute else 0)
            for begin, m in shown
        ]
        self.first_hour = min([FIRST_HOUR, *starts])
        self.last_hour = min(max([LAST_HOUR, *ends]), 24)
        self.placements = {}
        for day in range(7):
            current = self.week + timedelta(days=day)
            items = [
                (s.id if s.id is not None else -k, begin, begin + timedelta(minutes=s.minutes))
                for k, (s, (begin, _)) in enumerate(zip(self.sessions, shown, strict=True))
                if begin.date() == current
            ]
            self.placements.update(lay_out(items))  # type: ignore[arg-type]
        self._name()
        week_access.reordered(self)
        self.update()

    # -- geometry ----------------------------------------------------------

    def _grid(self) -> QRectF:
        return QRectF(56, 34, max(self.width() - 62, 100), max(self.height() - 40, 100))

    def _day_width(self) -> float:
        return self._grid().width() / 7

    def _mirrored(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _visual(self, rect: QRectF) -> QRectF:
        """A rectangle of the left-to-right layout where it is drawn: mirrored in a right-to-left
        window (the week runs from the right, the hours stand on the right)."""
        if not self._mirrored() or rect.isEmpty():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _x(self, x: float) -> float:
        """An x of the left-to-right layout where it is drawn (and back: mirroring is its own inverse)."""
        return self.width() - x if self._mirrored() else x

    def _align(self, flags: Qt.AlignmentFlag) -> int:
        """Alignment as the layout direction reads it (left becomes right when mirrored)."""
        return int(QStyle.visualAlignment(self.layoutDirection(), flags))

    def _y_of(self, moment: time) -> float:
        grid = self._grid()
        minutes = (moment.hour - self.first_hour) * 60 + moment.minute
        return grid.top() + grid.height() * minutes / ((self.last_hour - self.first_hour) * 60)

    def max_columns(self) -> int:
        """How many sessions fit side by side in one day."""
        return max(1, int(self._day_width() // MIN_COLUMN))

    def block_rect(self, session: Session, start: datetime | None = None) -> QRectF:
        """Where a session's block is drawn (for painting, hit tests and tests).

        `start` is a time in the session's own timezone (while dragging). A
        session folded into "+N more" gets an empty rectangle.
        """
        begin = self.shown_start(session, start)
        grid = self._grid()
        day = (begin.date() - self.week).days
        top = self._y_of(begin.time())
        bottom = top + grid.height() * session.minutes / ((self.last_hour - self.first_hour) * 60)
        left = grid.left() + day * self._day_width() + 2
        width = self._day_width() - 4
        place = self.placements.get(session.id) if session.id is not None and start is None else None
        if place is not None and place.columns > 1:
            columns = min(place.columns, self.max_columns())
            if place.columns > columns and place.column >= columns - 1:
                return QRectF()
            width = (self._day_width() - 4) / columns
            left += place.column * width
        return self._visual(QRectF(left, top, max(width - 1, 4), max(bottom - top, 14)))

    def slot_at(self, point: QPoint) -> datetime | None:
        """The local start time (snapped to 15 minutes) under a point of the grid."""
        grid = self._grid()
        logical = QPointF(self._x(point.x()), point.y())
        if not grid.contains(logical):
            return None
        day = int((logical.x() - grid.left()) // self._day_width())
        minutes = (point.y() - grid.top()) / grid.height() * (self.last_hour - self.first_hour) * 60
        snapped = int(minutes // SNAP_MINUTES) * SNAP_MINUTES
        return datetime.combine(self.week + timedelta(days=day), time(self.first_hour)) + timedelta(
            minutes=snapped
        )

    def session_at(self, point: QPoint) -> Session | None:
        """The session whose block is under a point."""
        for session in reversed(self.sessions):
            rect = self.block_rect(session)
            if not rect.isEmpty() and rect.contains(point.toPointF()):
                return session
        return None

    def hidden_at(self, point: QPoint) -> list[Session]:
        """The sessions a "+N more" box under a point stands for."""
        return next((hidden for rect, hidden in self.more_boxes() if rect.contains(point.toPointF())), [])

    def more_boxes(self) -> list[tuple[QRectF, list[Session]]]:
        """One box per crowded cluster, in its last visible column, over the hidden sessions' times."""
        hidden: dict[tuple[int, int], list[Session]] = {}
        for session in self.sessions:
            place = self.placements.get(session.id) if session.id is not None else None
            if (
                place is not None
                and place.columns > self.max_columns()
                and self.block_rect(session).isEmpty()
            ):
                day = (self.shown_start(session).date() - self.week).days
                hidden.setdefault((day, place.cluster), []).append(session)
        boxes = []
        columns = self.max_columns()
        width = (self._day_width() - 4) / columns
        grid = self._grid()
        for (day, _), sessions in sorted(hidden.items()):
            top = min(self._y_of(self.shown_start(s).time()) for s in sessions)
            bottom = max(
                self._y_of(self.shown_start(s).time())
                + grid.height() * s.minutes / ((self.last_hour - self.first_hour) * 60)
                for s in sessions
            )
            left = grid.left() + day * self._day_width() + 2 + (columns - 1) * width
            boxes.append(
                (self._visual(QRectF(left, top, max(width - 1, 4), max(bottom - top, 16))), sessions)
            )
        return boxes

    # -- painting ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        grid = self._grid()
        line = QPen(theme.faint_line(palette))
        header_font = QFont(self.font())
        header_font.setBold(True)
        today = clock.today()
        for day in range(7):
            x = grid.left() + day * self._day_width()
            current = self.week + timedelta(days=day)
            if current == today:
                painter.fillRect(
                    self._visual(QRectF(x, grid.top(), self._day_width(), grid.height())),
                    theme.today_fill(palette),
                )
            painter.setPen(palette.text().color())
            painter.setFont(header_font)
            painter.drawText(
                self._visual(QRectF(x, 4, self._day_width(), 26)),
                Qt.AlignmentFlag.AlignCenter,
                dates.short_day(current),
            )
            painter.setPen(line)
            painter.drawLine(int(self._x(x)), int(grid.top()), int(self._x(x)), int(grid.bottom()))
        painter.setFont(self.font())
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self._y_of(time(hour)) if hour < 24 else grid.bottom()
            painter.setPen(line)
            painter.drawLine(int(self._x(grid.left())), int(y), int(self._x(grid.right())), int(y))
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                self._visual(QRectF(0, y - 8, grid.left() - 6, 16)),
                self._align(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{hour:02d}:00",
            )
        for session in self.sessions:
            start = self._drag.current if self._drag and self._drag.session.id == session.id else None
            self._paint_block(painter, session, start)
        self.more = self.more_boxes()
        for rect, hidden in self.more:
            painter.setBrush(theme.band_fill(palette))
            painter.setPen(QPen(theme.colour("muted", palette), 1, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(palette.text().color())
            label = self.tr("+%n more", "", len(hidden))
            if QFontMetrics(painter.font()).horizontalAdvance(label) > rect.width() - 4:
                label = f"+{len(hidden)}"
            painter.drawText(
                rect.adjusted(2, 1, -2, -1),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                label,
            )
        painter.setPen(palette.placeholderText().color())
        painter.drawText(
            self._visual(QRectF(0, 4, grid.left() - 4, 26)),
            self._align(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            zone_label(self.zone),
        )
        if self.hasFocus():  # where the keyboard is: a frame in the theme's highlight
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(theme.focus_colour(palette), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def block_lines(self, session: Session, start: datetime | None = None) -> list[str]:
        """A block's text: time and who leads, the title, and its own local time when it differs."""
        shown = self.shown_start(session, start)
        first = f"{shown:%H:%M}"
        if session.status in ("cancelled", "skipped"):
            first += f" {session.status}"
        elif self.conflicts.get(session.id):
            first = "\u26a0 " + first
        leaders = ", ".join(self.names.get(e, e).split()[0] for e in session.facilitators)
        title = session.title
        if session.timezone != self.zone:
            own = start or session.start
            title = f"({own:%H:%M} {zone_label(session.timezone)}) {title}"
        return [f"{first} {leaders}".rstrip(), title]

    def block_colours(self, session: Session) -> tuple[QColor, QColor, QPen]:
        """A block's fill, its text colour (black or white, whichever reads better on the fill) and
        its edge: the theme's text colour, dashed, when selected; red when in conflict; else the
        fill's colour made to stand out 3:1 from the view's background."""
        palette = self.palette()
        colour = self.colour(session)
        inactive = session.status in ("cancelled", "skipped")
        if inactive:
            colour = theme.band_fill(palette)
        fill = colour.lighter(160) if session.status == "held" else colour
        if session.id == self.selected_id:
            edge = QPen(palette.text().color(), 3, Qt.PenStyle.DashLine)
        elif self.conflicts.get(session.id) and not inactive:
            edge = QPen(self._themed(palette, "conflict", lambda: theme.colour("conflict", palette)), 3)
        else:
            darker = colour.darker(130)
            edge = QPen(
                self._themed(
                    palette,
                    ("edge", darker.getRgbF()),
                    lambda: theme.readable(
                        darker, [palette.base().color()], theme.ratio_for(theme.GRAPHIC, palette)
                    ),
                ),
                1,
            )
        text = self._themed(palette, ("text on", fill.getRgbF()), lambda: theme.best_text(fill))
        return fill, text, edge

    def _themed(self, palette: QPalette, key: object, work_out: Callable[[], QColor]) -> QColor:
        """A block colour worked out once for this theme, not once per block (a week of a
        department's programs is hundreds of blocks): `key` names it, `work_out` computes it."""
        if self._theme_cache[0] != palette.cacheKey():
            self._theme_cache = (palette.cacheKey(), {})
        known = self._theme_cache[1]
        if key not in known:
            known[key] = work_out()
        return known[key]

    def _paint_block(self, painter: QPainter, session: Session, start: datetime | None) -> None:
        rect = self.block_rect(session, start)
        if rect.isEmpty():
            return
        fill, text, edge = self.block_colours(session)
        painter.setBrush(fill)
        painter.setPen(edge)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(text)
        lines = self.block_lines(session, start)
        if rect.width() < 110:  # narrow: the time, then who leads (the title is in the tooltip)
            shown = self.shown_start(session, start)
            leaders = ", ".join(self.names.get(e, e).split()[0] for e in session.facilitators)
            lines = [f"{shown:%H:%M}", leaders or lines[1]]
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 6.5))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        inner = rect.adjusted(4, 1, -4, -1)
        room = max(int((inner.height() + 2) // metrics.lineSpacing()), 1)
        text = "\n".join(
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width()))
            for line in lines[:room]
            if line
        )
        painter.drawText(inner, self._align(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)
        painter.setFont(self.font())

    # -- keyboard and assistive technology -----------------------------------------

    def ordered(self) -> list[Session]:
        """The week's sessions in the order the arrow keys visit them: by time as shown, then title."""
        return sorted(self.sessions, key=lambda s: (self.shown_start(s), s.title, s.id or 0))

    def current(self) -> Session | None:
        """The selected session, when it is in this week."""
        return next((s for s in self.sessions if s.id == self.selected_id), None)

    def describe(self, session: Session) -> str:
        """A session in words, as a screen reader says it: title, time, who leads, place, conflicts."""
        shown = self.shown_start(session)
        end = shown + timedelta(minutes=session.minutes)
        parts = [session.title, f"{dates.weekday_day_time(shown)}-{dates.time_text(end)} {self.zone}"]
        if session.timezone != self.zone:
            parts.append(self.tr("{0} in {1}").format(dates.time_text(session.start), session.timezone))
        leaders = ", ".join(self.names.get(e, e) for e in session.facilitators)
        parts.append(self.tr("led by {0}").format(leaders) if leaders else self.tr("no one leads yet"))
        if session.location:
            parts.append(self.tr("at {0}").format(session.location))
        if session.status != "planned":
            parts.append(session.status)
        parts += [self.tr("conflict: {0}").format(c) for c in self.conflicts.get(session.id, [])]
        return ", ".join(parts)

    def select(self, session_id: int | None) -> None:
        """Make `session_id` the current session (None: none), redraw and announce it."""
        self.selected_id = session_id
        self.selection_changed.emit()
        week_access.announce(self)
        self.update()

    def _name(self) -> None:
        """The view's own name: the week and how many sessions it holds (each is an item of it)."""
        count = len(self.sessions)
        name = self.tr("Week of {0}: %n session(s)", "", count).format(dates.long_date(self.week))
        if name != self.accessibleName():
            self.setAccessibleName(name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        order = self.ordered()
        key = event.key()
        steps = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        session = self.current()
        if key in steps and order:
            at = order.index(session) if session in order else (-1 if steps[key] > 0 else len(order))
            self.select(order[min(max(at + steps[key], 0), len(order) - 1)].id)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and order:
            self.select(order[0 if key == Qt.Key.Key_Home else -1].id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and session is not None and session.id is not None:
            self.edit_requested.emit(session.id)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.current() is None and self.sessions:
            self.selected_id = self.ordered()[0].id
            self.selection_changed.emit()
        super().focusInEvent(event)
        week_access.announce(self)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- mouse --------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        session = self.session_at(event.position().toPoint())
        self.select(session.id if session is not None else None)
        if (
            session is not None
            and event.button() == Qt.MouseButton.LeftButton
            and session.status in ("planned",)
        ):
            slot = self.slot_at(event.position().toPoint()) or self.shown_start(session)
            offset = int((slot - self.shown_start(session)).total_seconds() // 60)
            self._drag = _Drag(session, offset, session.start)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag is not None:
            slot = self.slot_at(point)
            if slot is not None:
                shown = slot - timedelta(minutes=self._drag.offset_minutes)
                self._drag.current = to_local(to_utc(shown, self.zone), self._drag.session.timezone)
                self.update()
            return
        hidden = self.hidden_at(point)
        if hidden:
            text = "\n".join(f"{self.shown_start(s):%H:%M} {s.title}" for s in hidden)
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
            return
        session = self.session_at(point)
        if session is not None:
            shown = self.shown_start(session)
            lines = [
                f"{session.title}",
                f"{dates.short_day_time(session.start)}-{dates.time_text(session.end)} {session.timezone}",
                *([f"{dates.short_day_time(shown)} {self.zone}"] if session.timezone != self.zone else []),
                self.tr("Led by {0}").format(
                    ", ".join(self.names.get(e, e) for e in session.facilitators) or "-"
                ),
                self.tr("Status: {0}").format(session.status),
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
