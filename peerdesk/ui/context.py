"""What every tab controller is given: the open workspace's services, the undo stack, and a way
to announce what changed.

Controllers never reach into the window or into each other. They read and write
through the services held here, push their edits onto the one undo stack, and
every edit (and its undo) announces an `OpChanges` record through `changed`;
the window hands that record to each tab, which refreshes only what depends on it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from peerdesk.changes import OpChanges
from peerdesk.failures import explain
from peerdesk.impact.feedback import Feedback
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace, WorkspaceError


class WindowContext(QObject):
    """The open workspace's services, the undo stack and the change announcements."""

    changed = Signal(object)  # OpChanges
    print_requested = Signal(str, object, object)  # printout kind, session id, person email
    tab_requested = Signal(int)

    def __init__(self, workspace: Workspace, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack = QUndoStack(self)
        self.dialog: QWidget | None = None  # the open non-modal dialog, for tests
        self.last_saved = True  # whether the last pushed edit was saved
        self.set_workspace(workspace)

    def set_workspace(self, workspace: Workspace) -> None:
        """Serve another workspace from now on (the caller closed the previous one)."""
        self.workspace = workspace
        self.roster = Roster(workspace)
        self.schedule = Schedule(workspace)
        self.feedback = Feedback(workspace)
        self.undo_stack.clear()

    @property
    def settings(self) -> QSettings:
        """The user's settings (preferences, remembered places), as the window holds them."""
        return self.window.settings  # type: ignore[attr-defined,no-any-return]

    def push(self, command: QUndoCommand) -> None:
        """Run an edit through the undo stack (which applies it and announces its changes).

        An edit (or its undo or redo) that could not be saved - a full disk, a read-only
        file - is dropped from the undo stack and the status bar says so; `last_saved` is False then.
        """
        failed: list[BaseException] = []
        for name, verb in (("redo", "The change"), ("undo", "Undoing it")):
            setattr(command, name, self._guarded(command, getattr(command, name), verb, failed))
        self.undo_stack.push(command)
        self.last_saved = not failed

    def _guarded(
        self, command: QUndoCommand, step: Callable[[], None], verb: str, failed: list[BaseException]
    ) -> Callable[[], None]:
        """`step` run so that a failure marks the command obsolete (Qt then drops it from the stack)."""

        def run() -> None:
            try:
                step()
            except (sqlite3.Error, OSError, WorkspaceError) as exc:
                failed.append(exc)
                command.setObsolete(True)
                self.not_saved(verb, exc)
            except Exception:
                failed.append(RuntimeError())
                command.setObsolete(True)
                raise  # the window's error report shows it; the stack no longer holds the edit

        return run

    def not_saved(self, verb: str, exc: BaseException) -> None:
        """Say in the status bar that a change was not saved, and why (a full disk is never 'damage')."""
        reason = explain(exc) if isinstance(exc, (sqlite3.Error, OSError)) else str(exc)
        self.message(
            self.tr(
                "{0} was not saved: {1}. It is not on the undo list; everything before it is safe."
            ).format(verb, reason),
            20000,
        )

    def announce(self, changes: OpChanges) -> None:
        """Tell every screen what an edit (or its undo) touched."""
        self.changed.emit(changes)

    def request_print(
        self, kind: str = "agenda", session_id: int | None = None, person: str | None = None
    ) -> None:
        """Ask for the Print dialog on a printout kind (the print controller opens it)."""
        self.print_requested.emit(kind, session_id, person)

    def request_tab(self, index: int) -> None:
        """Ask the window to show one of its tabs."""
        self.tab_requested.emit(index)

    def message(self, text: str, msecs: int = 8000) -> None:
        """A short message in the status bar."""
        self.window.statusBar().showMessage(text, msecs)

    def show_dialog(self, dialog: QWidget, *, modeless: bool = False) -> QWidget:
        """Open a dialog without blocking (window-modal unless `modeless`) and remember it."""
        self.dialog = dialog
        if modeless:
            dialog.show()
        else:
            dialog.open()  # type: ignore[attr-defined]
        return dialog

    def remember(self, dialog: QWidget) -> QWidget:
        """Keep track of a dialog opened elsewhere (message boxes from `prompts`)."""
        self.dialog = dialog
        return dialog
