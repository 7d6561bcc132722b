"""The week view as assistive technology sees it: a list whose items are the week's sessions.

Qt cannot look inside a painted widget, so the week view gets an accessible interface of
its own (through a factory): a list with one item per session, in the order the arrow keys
visit them. Each item says its session in words (title, time, who leads, place, conflicts),
stands where its block is drawn, and is focused while the view has focus and it is the
current session; moving to another session sends a focus event naming that item, so a
screen reader reads the block the lead moved to.

Item interfaces are registered with Qt's accessibility cache, which keeps raw pointers to
them: they stay alive in Python for as long as they are registered and are removed from the
cache when their view is destroyed or the program ends, never freed behind its back.
"""

from __future__ import annotations

import atexit
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget
from shiboken6 import Shiboken

if TYPE_CHECKING:
    from peerdesk.domain import Session
    from peerdesk.ui.schedule.week_view import WeekView

_registered: dict[int, QAccessibleInterface] = {}  # cache id -> item, kept alive while registered
_installed = False


def install() -> None:
    """Make Qt ask this module for the week view's interface (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        atexit.register(_forget_all)
        _installed = True


def _factory(class_name: str, widget: QObject) -> QAccessibleInterface | None:
    from peerdesk.ui.schedule.week_view import WeekView

    return WeekAccessible(widget) if isinstance(widget, WeekView) else None


def _forget(ids: list[int]) -> None:
    """Take these items out of Qt's cache (which deletes them) and let Python drop them."""
    for key in ids:
        item = _registered.pop(key, None)
        if item is not None and Shiboken.isValid(item):
            QAccessible.deleteAccessibleInterface(key)
    ids.clear()


def _forget_all() -> None:
    """At the end of the program: every item out of the cache before Python frees it."""
    _forget(list(_registered))


def _alive(widget: QWidget) -> bool:
    return Shiboken.isValid(widget)


class SessionItem(QAccessibleInterface):
    """One session of the week view: a list item named by the session's words."""

    def __init__(self, view: WeekView, session_id: int) -> None:
        super().__init__()
        self.view = view
        self.session_id = session_id

    def session(self) -> Session | None:
        """The session this item stands for, while it is in the week shown."""
        if not _alive(self.view):
            return None
        return next((s for s in self.view.sessions if s.id == self.session_id), None)

    def isValid(self) -> bool:
        return self.session() is not None

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        return self.view.window().windowHandle() if _alive(self.view) else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return None

    def parent(self) -> QAccessibleInterface | None:
        return QAccessible.queryAccessibleInterface(self.view) if _alive(self.view) else None

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        session = self.session()
        if session is None:
            return ""
        if kind == QAccessible.Text.Name:
            return self.view.describe(session)
        if kind == QAccessible.Text.Help:
            return self.view.tr("Enter opens the session.")
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        return None

    def rect(self) -> QRect:
        """Where the block is drawn on the screen (a session folded into "+N more": that box)."""
        session = self.session()
        if session is None:
            return QRect()
        drawn = self.view.block_rect(session)
        if drawn.isEmpty():
            drawn = next((box for box, hidden in self.view.more_boxes() if session in hidden), drawn)
        local = drawn.toAlignedRect()
        return QRect(self.view.mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        session = self.session()
        if session is None:
            state.invalid = True
            return state
        current = self.view.selected_id == self.session_id
        state.selected = current
        state.focused = current and self.view.hasFocus()
        state.invisible = not self.view.isVisible()
        return state


class WeekAccessible(QAccessibleWidget):
    """The week view as a list of its sessions (item i = the i-th session the arrow keys reach)."""

    def __init__(self, view: QObject) -> None:
        super().__init__(view, QAccessible.Role.List)  # type: ignore[arg-type]
        self.view: WeekView = view  # type: ignore[assignment]

    def items(self) -> list[SessionItem]:
        """The week's sessions as items, made and registered the first time each is asked for."""
        return [self._item(s.id) for s in self.view.ordered() if s.id is not None]

    def _item(self, session_id: int) -> SessionItem:
        known: dict[int, SessionItem] = self.view.accessible_items
        item = known.get(session_id)
        if item is None or not Shiboken.isValid(item):
            item = SessionItem(self.view, session_id)
            key = QAccessible.registerAccessibleInterface(item)
            _registered[key] = item
            known[session_id] = item
            self.view.accessible_ids.append(key)
        return item

    def childCount(self) -> int:
        return sum(1 for s in self.view.sessions if s.id is not None)

    def child(self, index: int) -> QAccessibleInterface | None:
        items = self.items()
        return items[index] if 0 <= index < len(items) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if not isinstance(child, SessionItem):
            return -1
        ids = [s.id for s in self.view.ordered() if s.id is not None]
        return ids.index(child.session_id) if child.session_id in ids else -1

    def focusChild(self) -> QAccessibleInterface | None:
        current = self.view.current()
        if current is None or current.id is None or not self.view.hasFocus():
            return None
        return self._item(current.id)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        session = self.view.session_at(self.view.mapFromGlobal(QPoint(x, y)))
        return self._item(session.id) if session is not None and session.id is not None else None


def watch(view: WeekView) -> None:
    """Remove `view`'s items (its `accessible_ids`) from Qt's cache when it is destroyed."""
    install()
    view.destroyed.connect(partial(_forget, view.accessible_ids))


def announce(view: WeekView) -> None:
    """Tell assistive technology which session is current: a focus event naming its item."""
    current = view.current()
    if not QAccessible.isActive() or current is None or current.id is None:
        return
    iface = QAccessible.queryAccessibleInterface(view)
    if not isinstance(iface, WeekAccessible):
        return
    index = iface.indexOfChild(iface._item(current.id))
    kinds = [QAccessible.Event.Selection] + ([QAccessible.Event.Focus] if view.hasFocus() else [])
    for kind in kinds:
        event = QAccessibleEvent(view, kind)
        event.setChild(index)
        QAccessible.updateAccessibility(event)


def reordered(view: WeekView) -> None:
    """Tell assistive technology the week's items changed (another week, sessions moved)."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.ObjectReorder))
