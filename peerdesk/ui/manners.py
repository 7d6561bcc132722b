"""Window manners every dialog gets, whoever wrote it: it fits the screen, its labels' Alt+letters
reach the real field, its fields have names a screen reader can say, and Tab leaves a Notes field.

One application-wide event filter applies them when a dialog is first shown, so a dialog
added later is covered without anyone remembering (tests/test_window_manners.py opens every
dialog the action registry reaches, on a 1024x700 and a 1366x768 screen, to keep it so).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

SCREEN_SHARE = 0.95  # of the available screen a dialog may take at most
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)
_DONE = "peerdesk_manners_applied"


def available_rect(widget: QWidget) -> QRect:
    """The screen area (less task bars and docks) the widget is on, or the primary screen's."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, preferred: QSize | None = None) -> None:
    """Size `widget` to `preferred` (default: its current size) but never beyond the screen, and
    move it so that all of it, title bar and buttons included, is on the screen."""
    # QWidget's own methods: a dialog may name a field `size` (Match Peers' pod size does)
    room = available_rect(widget)
    current = QWidget.size(widget)
    wanted = preferred or current
    frame_extra = QWidget.frameGeometry(widget).size() - current
    most = QSize(
        int(room.width() * SCREEN_SHARE) - max(frame_extra.width(), 0),
        int(room.height() * SCREEN_SHARE) - max(frame_extra.height(), 0),
    )
    least = QWidget.minimumSizeHint(widget).boundedTo(most)
    QWidget.resize(widget, wanted.boundedTo(most).expandedTo(least))
    frame = QWidget.frameGeometry(widget)
    x = min(max(frame.x(), room.left()), room.right() - frame.width() + 1)
    y = min(max(frame.y(), room.top()), room.bottom() - frame.height() + 1)
    QWidget.move(widget, max(x, room.left()), max(y, room.top()))


def _focusable_input(widget: QWidget) -> QWidget | None:
    """`widget` itself when it takes focus, else its first child that does (a wrapper's field)."""
    if type(widget) is not QWidget and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if isinstance(child, INPUTS) and child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return child
    return None


def label_text(label: QLabel) -> str:
    """A label's words without its mnemonic marker or trailing colon."""
    return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def connect_labels(top: QWidget) -> None:
    """Point each label's Alt+letter at the field itself (not a wrapper around it) and give that
    field the label's words as its accessible name when it has none."""
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None:
            continue
        field = _focusable_input(buddy)
        if field is None:
            continue
        if field is not buddy:
            label.setBuddy(field)
        if not field.accessibleName() and "<" not in label.text():
            field.setAccessibleName(label_text(label))


def leave_with_tab(top: QWidget) -> None:
    """Tab moves on from multi-line fields (Ctrl+Tab still types a tab)."""
    for field in top.findChildren(QPlainTextEdit) + top.findChildren(QTextEdit):
        if not field.isReadOnly():
            field.setTabChangesFocus(True)


def name_from_hints(top: QWidget) -> None:
    """Inputs with no label get their placeholder or tool tip as accessible name."""
    for field in top.findChildren(QWidget):
        if not isinstance(field, INPUTS) or field.accessibleName():
            continue
        hint = ""
        if isinstance(field, QLineEdit):
            hint = field.placeholderText()
        hint = hint or field.toolTip()
        if hint and "<" not in hint:
            field.setAccessibleName(hint.split("\n")[0][:80])


def apply_manners(dialog: QWidget) -> None:
    """Everything above, once per dialog."""
    if dialog.property(_DONE):
        return
    dialog.setProperty(_DONE, True)
    connect_labels(dialog)
    leave_with_tab(dialog)
    name_from_hints(dialog)
    fit_to_screen(dialog)


class _DialogManners(QObject):
    """Applies the manners to each dialog as it is first shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            try:
                apply_manners(watched)
            except Exception:
                logging.getLogger(__name__).exception(
                    "could not fit %s to the screen", type(watched).__name__
                )
        return False


_filter: _DialogManners | None = None


def install() -> None:
    """Watch every dialog of this application (once; harmless to call again)."""
    global _filter
    app = QApplication.instance()
    if app is None or _filter is not None:
        return
    _filter = _DialogManners(app)
    app.installEventFilter(_filter)
