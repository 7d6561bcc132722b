"""Starting the window: the QApplication, the workspace, and clear messages if either fails."""

from __future__ import annotations

import gc
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from peerdesk import APP_NAME, __version__
from peerdesk.resources import resource_path
from peerdesk.storage import WorkspaceError, open_workspace
from peerdesk.ui import translation
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.single_instance import serve


def application() -> QApplication:
    """The one QApplication, created with PeerDesk's name (for QSettings) and icon."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    translation.install(app)
    translation.apply_direction(app)
    app.setWindowIcon(QIcon(str(resource_path("icons", "peerdesk.svg"))))
    return app  # type: ignore[return-value]


def open_window(path: Path, *, create: bool = False) -> MainWindow:
    """Open the workspace and show the window on it (raises WorkspaceError).

    Python's cycle collector waits until the window is filled: building thousands of rows
    otherwise runs a few hundred collections over what is being built (about 60 ms at 5,000
    people), and nothing made at start-up is garbage yet.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        workspace = open_workspace(path, create=create)
        window = MainWindow(workspace)
        window.show()
    except BaseException:
        if collecting:
            gc.enable()
        raise
    if collecting:  # after the roster's own deferred reload: zero timers run in the order made
        QTimer.singleShot(0, gc.enable)
    return window


def report_unexpected(window: QWidget | None) -> Callable[..., None]:
    """An excepthook: an unexpected error is shown as a message (details folded away), not a crash.

    Every change is its own transaction, so a failed one left the workspace as it was.
    """

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, trace))
        print(details, file=sys.stderr)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            APP_NAME,
            QCoreApplication.translate(
                "app",
                "Something went wrong: {0}. The last change was not saved; everything before it is safe.",
            ).format(error),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setDetailedText(details)
        box.open()

    return hook


def run_window(path: Path, *, create: bool = False) -> int:
    """Run the window until it closes; a workspace problem is shown, not raised."""
    app = application()
    try:
        window = open_window(path, create=create)
    except WorkspaceError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        print(f"peerdesk: {exc}", file=sys.stderr)
        return 1
    sys.excepthook = report_unexpected(window)
    server = serve(window)  # a later `peerdesk FILE` (a double-click) opens FILE here
    code = app.exec()
    server.close()
    release_widgets(app)
    return code


def release_widgets(app: QApplication) -> None:
    """Delete every window and dialog, and collect Python's cycles, while the application exists.

    A dialog that only Python still holds would otherwise be collected as the
    interpreter exits, after the QApplication is gone, and its labels would
    release their Alt-letter shortcuts into the destroyed application: a crash
    on quitting.
    """
    for widget in app.topLevelWidgets():
        if widget.isVisible():  # a window closed by the lead has had its close event once already
            widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
