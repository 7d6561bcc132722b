"""The main window: one workspace, three tabs, menus from the action registry, undo."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from peerdesk import APP_NAME, __version__
from peerdesk.domain import Person, Program
from peerdesk.impact.feedback import Feedback
from peerdesk.paths import data_dir
from peerdesk.publishing.status import publish_statuses
from peerdesk.roster.service import Roster
from peerdesk.schedule.conflicts import conflicts_by_session, find_conflicts
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace, WorkspaceError, open_workspace
from peerdesk.ui import prompts
from peerdesk.ui.feedback.controller import FeedbackActions
from peerdesk.ui.printing.controller import PrintActions
from peerdesk.ui.roster.controller import RosterActions
from peerdesk.ui.schedule.controller import ScheduleActions

if TYPE_CHECKING:  # opened on demand, so start-up does not load them
    pass
from peerdesk.ui.actions import MENU_ORDER, SPECS, create_actions
from peerdesk.ui.commands import (
    ChangeCommand,
    RenameSkillCommand,
    SkillCategoryCommand,
)
from peerdesk.ui.feedback.tab import FeedbackTab
from peerdesk.ui.roster.tab import RosterTab
from peerdesk.ui.schedule.tab import ScheduleTab, first_week_with_sessions

MAX_RECENT = 8


class MainWindow(QMainWindow, RosterActions, ScheduleActions, FeedbackActions, PrintActions):
    """The PeerDesk window over one open workspace."""

    def __init__(self, workspace: Workspace, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings or QSettings()
        self.workspace = workspace
        self.roster = Roster(workspace)
        self.schedule = Schedule(workspace)
        self.undo_stack = QUndoStack(self)
        self.dialog: QWidget | None = None  # the open non-modal dialog, for tests

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.roster_tab = RosterTab()
        self.schedule_tab = ScheduleTab()
        self.feedback_tab = FeedbackTab()
        self.feedback = Feedback(workspace)
        self._feedback_session: int | None = None
        self._dashboard: tuple[int | None, int] = (None, 0)
        self.tabs.addTab(self.roster_tab, self.tr("&Roster"))
        self.tabs.addTab(self.schedule_tab, self.tr("&Schedule"))
        self.tabs.addTab(self.feedback_tab, self.tr("&Feedback"))
        self.setCentralWidget(self.tabs)
        self._stale: set[int] = {0, 1, 2}
        self.tabs.currentChanged.connect(lambda index: self._refresh_tab(index))

        self.actions = create_actions(self)
        self._add_undo_actions()
        self._build_menus()
        self._connect()
        self.path_label = QLabel()
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.resize(1280, 800)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._workspace_changed()

    # -- building ------------------------------------------------------------

    def _add_undo_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(prompts_keys("Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(prompts_keys("Redo"))
        undo.setObjectName("undo")
        redo.setObjectName("redo")
        self.actions["undo"], self.actions["redo"] = undo, redo

    def _build_menus(self) -> None:
        menus = {title: self.menuBar().addMenu(self.tr(title)) for title in MENU_ORDER}
        self.menus = menus
        edit = menus["&Edit"]
        edit.addAction(self.actions["undo"])
        edit.addAction(self.actions["redo"])
        for spec in SPECS:
            menu = menus[spec.menu]
            if spec.separator_before:
                menu.addSeparator()
            menu.addAction(self.actions[spec.name])
            if spec.name == "open_workspace":
                self.recent_menu = QMenu(self.tr("Open &Recent"), self)
                self.recent_menu.setObjectName("recent_menu")
                menu.addMenu(self.recent_menu)

    def _connect(self) -> None:
        a = self.actions
        a["new_workspace"].triggered.connect(self.new_workspace)
        a["open_workspace"].triggered.connect(self.open_workspace_dialog)
        a["save_copy"].triggered.connect(self.save_copy)
        a["import_roster"].triggered.connect(self.import_roster)
        a["export_roster"].triggered.connect(self.export_roster)
        a["quit"].triggered.connect(self.close)
        a["add_person"].triggered.connect(lambda: self.edit_person(None))
        a["edit_person"].triggered.connect(self._edit_selected)
        a["deactivate"].triggered.connect(lambda: self.set_active(False))
        a["reactivate"].triggered.connect(lambda: self.set_active(True))
        a["delete_person"].triggered.connect(self.delete_selected)
        a["skills"].triggered.connect(self.open_skills)
        a["find"].triggered.connect(self._focus_search)
        a["show_roster"].triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        a["show_schedule"].triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        a["show_feedback"].triggered.connect(lambda: self.tabs.setCurrentIndex(2))
        a["about"].triggered.connect(self.about)
        a["new_pilot"].triggered.connect(self.new_pilot)
        a["add_session"].triggered.connect(self.add_session)
        a["edit_program"].triggered.connect(lambda: self.edit_program())
        a["formats"].triggered.connect(self.open_formats)
        a["match_peers"].triggered.connect(self.open_matching)
        a["print"].triggered.connect(lambda: self.open_print())
        a["open_templates"].triggered.connect(self.open_templates_folder)
        a["reset_templates"].triggered.connect(self.reset_templates)
        a["edit_session"].triggered.connect(lambda: self._with_session(self.edit_session))
        a["skip_week"].triggered.connect(lambda: self._with_session(lambda i: self.set_status(i, "skipped")))
        a["cancel_session"].triggered.connect(
            lambda: self._with_session(lambda i: self.set_status(i, "cancelled"))
        )
        a["cancel_rest"].triggered.connect(lambda: self._with_session(self.cancel_rest))
        a["restore_session"].triggered.connect(
            lambda: self._with_session(lambda i: self.set_status(i, "planned"))
        )
        a["export_invites"].triggered.connect(self.export_invites)
        a["publish_calendar"].triggered.connect(self.publish_to_calendar)
        tab = self.schedule_tab
        a["previous_week"].triggered.connect(lambda: tab.go_to(tab.week_start - timedelta(days=7)))
        a["next_week"].triggered.connect(lambda: tab.go_to(tab.week_start + timedelta(days=7)))
        a["this_week"].triggered.connect(lambda: tab.go_to(date.today()))
        tab.edit_requested.connect(self.edit_session)
        tab.move_requested.connect(self.move_session)
        a["import_feedback"].triggered.connect(lambda: self.import_feedback())
        a["report"].triggered.connect(lambda: self.export_report(*self._dashboard))
        self._connect_feedback()
        for name in ("new_pilot", "edit_program", "add_session", "match_peers", "export_invites", "print"):
            tab.toolbar.addAction(a[name])
        tab.toolbar.insertAction(a["print"], a["publish_calendar"])
        self.roster_tab.person_activated.connect(self.edit_person_by_id)
        self.roster_tab.selection_changed.connect(self._update_enabled)
        for name in ("edit_person", "delete_person"):
            a[name].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.roster_tab.table.addAction(a[name])

    # -- refreshing ----------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the workspace into the visible tab (the others follow when shown)."""
        people = self.roster.people()
        programs = self.schedule.list_programs()
        self._stale = {0, 1, 2}
        self._refresh_tab(self.tabs.currentIndex(), people, programs)
        teams = len({p.team for p in people if p.team})
        active = sum(p.active for p in people)
        self.counts_label.setText(
            self.tr("{0} people ({1} active) · {2} teams · {3} program(s)").format(
                len(people), active, teams, len(programs)
            )
        )
        if self.dialog is not None and self.dialog.isVisible() and hasattr(self.dialog, "refresh"):
            self.dialog.refresh()  # a non-modal list (skills, formats, matching) shows the change
        self._update_enabled()

    def _refresh_tab(
        self, index: int, people: list[Person] | None = None, programs: list[Program] | None = None
    ) -> None:
        """Fill one tab from the workspace if it changed since it was last filled."""
        if index not in self._stale:
            return
        self._stale.discard(index)
        people = people if people is not None else self.roster.people()
        if index == 0:
            self.roster_tab.show_people(people)
            return
        programs = programs if programs is not None else self.schedule.list_programs()
        sessions = self.schedule.list_sessions()
        if index == 1:
            conflicts: dict[int | None, list[str]] = {}
            for sid, found in conflicts_by_session(find_conflicts(sessions, people, programs)).items():
                conflicts[sid] = [c.message for c in found]
            self.schedule_tab.show_schedule(programs, sessions, people, self.schedule.formats(), conflicts)
            self.schedule_tab.show_publications(programs, publish_statuses(self.workspace))
        else:
            self.refresh_feedback(people, programs, sessions)

    def _workspace_changed(self) -> None:
        self.setWindowTitle(f"{APP_NAME} - {self.workspace.name}")
        self.path_label.setText(str(self.workspace.path))
        self.path_label.setToolTip(self.tr("The workspace file: every change is saved to it as you make it"))
        self._remember_recent(self.workspace.path)
        self.refresh()
        self.schedule_tab.go_to(first_week_with_sessions(self.schedule.list_sessions(), date.today()))
        if self.workspace.backup_path is not None:
            self.statusBar().showMessage(
                self.tr("Upgraded this workspace; the previous version is kept at {0}").format(
                    self.workspace.backup_path
                ),
                15000,
            )

    def _update_enabled(self) -> None:
        selected = self.roster_tab.selected_ids()
        self.actions["edit_person"].setEnabled(len(selected) == 1)
        for name in ("delete_person", "deactivate", "reactivate"):
            self.actions[name].setEnabled(bool(selected))

    # -- workspace files ---------------------------------------------------

    def switch_workspace(self, path: Path, *, create: bool = False) -> bool:
        """Open another workspace; on failure keep the current one and say why."""
        if Path(path).absolute() == self.workspace.path:
            return True
        try:
            new = open_workspace(path, create=create)
        except WorkspaceError as exc:
            prompts.show_error(self, self.tr("Cannot open workspace"), str(exc))
            return False
        self.workspace.close()
        self.workspace = new
        self.roster = Roster(new)
        self.schedule = Schedule(new)
        self.feedback = Feedback(new)
        self._feedback_session, self._dashboard = None, (None, 0)
        self.undo_stack.clear()
        self._workspace_changed()
        return True

    def new_workspace(self) -> None:
        """Ask where, then create and open an empty workspace there."""
        path = prompts.choose_save_path(
            self, self.tr("New Workspace"), prompts.WORKSPACE_FILTER, data_dir() / "new-workspace.sqlite"
        )
        if path is None:
            return
        if path.exists():
            prompts.show_error(
                self,
                self.tr("New Workspace"),
                self.tr("{0} already exists. Use File > Open to open it, or choose a new name.").format(path),
            )
            return
        self.switch_workspace(path, create=True)

    def open_workspace_dialog(self) -> None:
        """Ask for a workspace file and open it."""
        path = prompts.choose_open_path(
            self, self.tr("Open Workspace"), prompts.WORKSPACE_FILTER, self.workspace.path.parent
        )
        if path is not None:
            self.switch_workspace(path)

    def save_copy(self) -> None:
        """Write a consistent copy of the open workspace somewhere else."""
        suggested = self.workspace.path.with_name(f"{self.workspace.path.stem}-copy.sqlite")
        path = prompts.choose_save_path(self, self.tr("Save a Copy"), prompts.WORKSPACE_FILTER, suggested)
        if path is None:
            return
        try:
            self.workspace.save_copy(path)
        except (WorkspaceError, OSError) as exc:
            prompts.show_error(
                self, self.tr("Save a Copy"), self.tr("The copy was not written: {0}").format(exc)
            )
            return
        self.statusBar().showMessage(self.tr("Saved a copy to {0}").format(path), 8000)

    def _remember_recent(self, path: Path) -> None:
        recent = [p for p in self.settings.value("recent", [], type=list) if p != str(path)]
        recent.insert(0, str(path))
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.recent_menu.clear()
        for entry in recent[:MAX_RECENT]:
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _=False, e=entry: self.switch_workspace(Path(e)))

    # -- roster actions -----------------------------------------------------

    def push(self, command: ChangeCommand | RenameSkillCommand | SkillCategoryCommand) -> None:
        """Run a change through the undo stack (which applies it)."""
        self.undo_stack.push(command)

    # -- schedule actions -----------------------------------------------------

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.roster_tab.search.setFocus()
        self.roster_tab.search.selectAll()

    def about(self) -> None:
        """Version, purpose and where the data lives."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About PeerDesk"),
            self.tr(
                "<h3>{0} {1}</h3><p>Plan, run and measure peer-to-peer learning at work. "
                "Everything stays in one file on this computer.</p><p>Open workspace:<br>{2}</p>"
            ).format(APP_NAME, __version__, self.workspace.path),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.dialog = box
        box.open()

    def publish_to_calendar(self) -> QWidget | None:
        """Schedule > Publish to Calendar (the dialog loads the CalDAV client only when opened)."""
        from peerdesk.ui.schedule.publish_dialog import open_publish_dialog

        return open_publish_dialog(self)

    # -- closing -------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's place and release the workspace."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.workspace.close()
        super().closeEvent(event)


def prompts_keys(name: str) -> list:  # type: ignore[type-arg]
    """Standard key bindings for Undo/Redo on this platform."""
    from PySide6.QtGui import QKeySequence

    return QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, name))
