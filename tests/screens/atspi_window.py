"""The demo window as a screen reader meets it, for tests/test_atspi_external.py.

Usage: python atspi_window.py WORKSPACE SETTINGS.ini VIEW, VIEW one of
  person - the Roster tab with Edit Person open on the first person beside it
  record - the Feedback tab's Record a session page
  week   - the Schedule tab with the keyboard in the week view (its first session current)
Shows the window on the real (Xvfb) display with Qt's AT-SPI bridge on, prints 'ready'
and runs until it is killed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def main() -> int:
    """Show the asked view and keep running."""
    from peerdesk.storage import open_workspace
    from peerdesk.ui.app import application
    from peerdesk.ui.main_window import MainWindow

    app: QApplication = application()
    settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
    window = MainWindow(open_workspace(Path(sys.argv[1])), settings=settings)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    if sys.argv[3] == "person":
        first = window.roster.people()[0]
        window.roster_tab.select_ids({first.id})
        window.actions["edit_person"].trigger()
    elif sys.argv[3] == "week":
        window.tabs.setCurrentIndex(1)
        app.processEvents()
        schedule = window.schedule_tab
        # the pilot's first week, whatever today is
        schedule.go_to(
            min(schedule.model.session_at(r).start.date() for r in range(schedule.model.rowCount()))
        )
        window.activateWindow()  # no window manager gives it the keyboard under Xvfb
        schedule.week_view.setFocus()
    else:
        window.tabs.setCurrentIndex(2)
        window.feedback_tab.setCurrentIndex(0)
    app.processEvents()
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
