"""Where the main window opens: fitted to the screen the first time, then where it was - if still there.

A 1280x800 window does not fit a 1080p screen at 150% scaling (1280x720
logical pixels), and a geometry remembered from an unplugged monitor would put
the window out of sight. So the first size is a share of the available screen,
and a remembered geometry is used only when it lands on a connected screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
SHARE = 0.9  # of the available screen, at most
GEOMETRY_KEY = "window/geometry"


def first_size(available: QRect) -> QSize:
    """The preferred size, shrunk to fit `available` (the screen less task bars and docks)."""
    return QSize(
        min(PREFERRED.width(), int(available.width() * SHARE)),
        min(PREFERRED.height(), int(available.height() * SHARE)),
    )


def on_a_screen(frame: QRect, screens: list[QRect]) -> bool:
    """True when the window's title bar area is on one of the screens (enough to grab and move it)."""
    title = QRect(frame.left(), frame.top(), max(frame.width(), 1), min(max(frame.height(), 1), 40))
    for screen in screens:
        overlap = screen.intersected(title)
        if overlap.width() >= min(100, title.width()) and overlap.height() > 0:
            return True
    return False


def place_window(window: QWidget, settings: QSettings) -> bool:
    """Restore the remembered geometry if on a connected screen, else fit and centre; True if restored."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    saved = settings.value(GEOMETRY_KEY)
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        screens = [s.availableGeometry() for s in QGuiApplication.screens()]
        if on_a_screen(window.frameGeometry(), screens):
            current = window.screen() or screen
            room = current.availableGeometry()
            if window.width() > room.width() or window.height() > room.height():
                window.resize(min(window.width(), room.width()), min(window.height(), room.height()))
            return True
    size = first_size(available)
    window.resize(size)
    frame = QRect(0, 0, size.width(), size.height())
    frame.moveCenter(available.center())
    window.move(frame.topLeft())
    return False
