"""The window's first size fits the screen; a remembered place is used only if it is on a connected screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication

from peerdesk.storage import open_workspace
from peerdesk.ui.geometry import first_size, on_a_screen
from peerdesk.ui.main_window import MainWindow


def test_first_size_fits_small_and_scaled_screens() -> None:
    # 1080p at 150 %: 1280x720 logical pixels, less a task bar
    assert first_size(QRect(0, 0, 1280, 680)).height() <= 680 * 0.9
    assert first_size(QRect(0, 0, 2560, 1400)) == first_size(QRect(0, 0, 4000, 4000))  # never huge
    assert on_a_screen(QRect(100, 100, 800, 600), [QRect(0, 0, 1920, 1080)])
    assert not on_a_screen(QRect(2500, 100, 800, 600), [QRect(0, 0, 1920, 1080)])  # unplugged monitor
    assert on_a_screen(QRect(2500, 100, 800, 600), [QRect(0, 0, 1920, 1080), QRect(1920, 0, 1920, 1080)])


def test_window_opens_within_the_screen_and_ignores_a_lost_monitor(
    qtbot, demo_db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    available = QGuiApplication.primaryScreen().availableGeometry()
    first = MainWindow(open_workspace(demo_db), settings=settings)
    qtbot.addWidget(first)
    assert first.width() <= max(available.width(), first.minimumSizeHint().width())
    assert first.height() <= available.height()
    assert available.contains(first.geometry().center())
    first.show()
    first.move(available.right() + 3000, available.bottom() + 3000)  # as if on a monitor now unplugged
    first.close()  # remembers that place
    second = MainWindow(open_workspace(demo_db), settings=settings)
    qtbot.addWidget(second)
    assert available.contains(second.geometry().center())  # back on the screen there is
    second.close()
