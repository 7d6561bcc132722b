"""The main window: it assembles the tabs, their controllers, the menus and the status bar.

Behaviour lives in the controllers (`ui/roster`, `ui/schedule`, `ui/feedback`,
`ui/printing`); the window connects each action of the registry to the method
it names, and hands every announced change to the tabs. The visible tab
refreshes at once; the others collect the changes and catch up when shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from peerdesk import APP_NAME, __version__, clock, runtime_versions
from peerdesk.changes import EVERYTHING, NOTHING, OpChanges
from peerdesk.impact.feedback import Feedback
from peerdesk.paths import (
    WORKSPACE_SUFFIX,
    data_dir,
    is_temporary_demo,
    new_demo_folder,
    remove_demo_folder,
    with_workspace_suffix,
)
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace, WorkspaceError, open_workspace
from peerdesk.ui import first_run, manners, prompts, theme, translation
from peerdesk.ui import help as help_windows
from peerdesk.ui.actions import MENU_ORDER, SPECS, attach_context_menu, create_actions
from peerdesk.ui.context import WindowContext
from peerdesk.ui.geometry import place_window
from peerdesk.ui.preferences_dialog import load_preferences
from peerdesk.ui.printing.controller import PrintController
from peerdesk.ui.roster.controller import RosterController
from peerdesk.ui.roster.tab import RosterTab
from peerdesk.ui.settings_check import set_aside_unreadable
from peerdesk.ui.widgets.elided import ElidedLabel

if TYPE_CHECKING:  # built when first shown, so start-up does not load them
    from peerdesk.ui.feedback.controller import FeedbackController
    from peerdesk.ui.feedback.tab import FeedbackTab
    from peerdesk.ui.schedule.controller import ScheduleController
    from peerdesk.ui.schedule.tab import ScheduleTab

MAX_RECENT = 8
ROSTER, SCHEDULE, FEEDBACK = range(3)
SCHEDULE_TOOLBAR = ("new_pilot", "edit_program", "add_session", "match_peers", "export_invites", "print")


class MainWindow(QMainWindow):
    """The PeerDesk window over one open workspace."""

    def __init__(self, workspace: Workspace, settings: QSettings | None = None) -> None:
        translation.ensure_installed()
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings or QSettings()
        settings_problem = set_aside_unreadable(self.settings)  # before anything reads them
        prompts.remember_folders_in(self.settings)
        manners.install()  # every dialog fits the screen, with labels that reach their fields
        theme.install()  # PeerDesk's own colours follow a change of theme while it runs
        self._shown_once = False
        self._demo_folders: list[Path] = []
        self.ctx = WindowContext(workspace, self)
        self.undo_stack = self.ctx.undo_stack

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("PeerDesk tabs"))
        self.roster_tab = RosterTab()
        self.roster_ctl = RosterController(self.ctx, self.roster_tab)
        # the Schedule and Feedback tabs (and their modules) are built when first shown
        self._pages = [self.roster_tab, _page("schedule_page"), _page("feedback_page")]
        self._built: dict[int, RosterController | ScheduleController | FeedbackController] = {
            ROSTER: self.roster_ctl
        }
        for page, title in zip(
            self._pages, (self.tr("R&oster"), self.tr("Sched&ule"), self.tr("Feed&back")), strict=True
        ):
            self.tabs.addTab(page, title)
        self.setCentralWidget(self.tabs)
        self.print_ctl = PrintController(self.ctx, self._selected_session)
        # changes each tab has not shown yet (it is filled when it is next visible)
        self._pending: list[OpChanges] = [EVERYTHING, EVERYTHING, EVERYTHING]

        self.actions = create_actions(self)
        self._add_undo_actions()
        self._build_menus()
        self._connect()
        self.path_label = ElidedLabel()  # a long path is shortened in the middle, not cut off
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        place_window(self, self.settings)  # fitted to the screen, or where it was if still on one
        clock.set_zone(load_preferences(self.settings).zone())  # "today" is the lead's today
        self._workspace_changed()
        self._update_session_actions()
        self.setAcceptDrops(True)  # invitees' answers (mails, .ics, a mailbox) dropped on the window
        if settings_problem:
            self.statusBar().showMessage(settings_problem, 30000)

    # -- the tabs, built on first use -------------------------------------------------

    def controller(self, index: int) -> RosterController | ScheduleController | FeedbackController:
        """The controller of tab `index`, building the tab the first time it is needed."""
        if index not in self._built:
            self._built[index] = self._build(index)
        return self._built[index]

    def _build(self, index: int) -> ScheduleController | FeedbackController:
        if index == SCHEDULE:
            from peerdesk.ui.schedule.controller import ScheduleController
            from peerdesk.ui.schedule.tab import ScheduleTab

            tab = ScheduleTab()
            tab.use_settings(self.settings)
            controller: ScheduleController | FeedbackController = ScheduleController(self.ctx, tab)
            for name in SCHEDULE_TOOLBAR:
                tab.toolbar.addAction(self.actions[name])
            tab.toolbar.insertAction(self.actions["print"], self.actions["publish_calendar"])
            tab.selection_changed.connect(self._update_session_actions)
            attach_context_menu(tab.table, self.actions, "session_table")
            attach_context_menu(tab.week_view, self.actions, "week_view")
        else:
            from peerdesk.ui.feedback.controller import FeedbackController
            from peerdesk.ui.feedback.tab import FeedbackTab

            tab = FeedbackTab()
            controller = FeedbackController(self.ctx, tab)
        self._pages[index].layout().addWidget(tab)
        tab.show()  # at once: a layout shows a new child only on the next turn of the event loop
        return controller

    @property
    def controllers(self) -> tuple[RosterController, ScheduleController, FeedbackController]:
        """Every tab's controller (building the tabs not built yet)."""
        return (self.roster_ctl, self.schedule_ctl, self.feedback_ctl)

    @property
    def schedule_ctl(self) -> ScheduleController:
        """The Schedule tab's controller."""
        return self.controller(SCHEDULE)  # type: ignore[return-value]

    @property
    def feedback_ctl(self) -> FeedbackController:
        """The Feedback tab's controller."""
        return self.controller(FEEDBACK)  # type: ignore[return-value]

    @property
    def schedule_tab(self) -> ScheduleTab:
        """The Schedule tab."""
        return self.schedule_ctl.tab

    @property
    def feedback_tab(self) -> FeedbackTab:
        """The Feedback tab."""
        return self.feedback_ctl.tab

    def _selected_session(self) -> int | None:
        built = self._built.get(SCHEDULE)
        return built.tab.selected_session_id() if built is not None else None  # type: ignore[union-attr]

    # -- what the controllers share ------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        """The open workspace."""
        return self.ctx.workspace

    @property
    def roster(self) -> Roster:
        """The roster service of the open workspace."""
        return self.ctx.roster

    @property
    def schedule(self) -> Schedule:
        """The schedule service of the open workspace."""
        return self.ctx.schedule

    @property
    def feedback(self) -> Feedback:
        """The feedback service of the open workspace."""
        return self.ctx.feedback

    @property
    def dialog(self) -> QWidget | None:
        """The dialog opened last (tests answer it)."""
        return self.ctx.dialog

    @dialog.setter
    def dialog(self, dialog: QWidget | None) -> None:
        self.ctx.dialog = dialog

    # -- building ------------------------------------------------------------

    def _add_undo_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
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
        for spec in SPECS:
            target, method = spec.handler.split(".")
            self.actions[spec.name].triggered.connect(
                lambda _checked=False, t=target, m=method: getattr(self._target(t), m)()
            )
        self.ctx.changed.connect(self.announce_changes)
        self.ctx.tab_requested.connect(self.tabs.setCurrentIndex)
        self.tabs.currentChanged.connect(self._catch_up)
        self.roster_tab.person_activated.connect(self.roster_ctl.edit_person)
        matrix = self.roster_tab.matrix
        matrix.load_skills = lambda: self.roster.skills()
        matrix.load_second_holders = lambda people, held=None: _second_holders(self.workspace, people, held)
        matrix.plan_requested.connect(lambda risk: _matrix_actions().plan_for_risk(self, risk))
        matrix.export_requested.connect(lambda: _matrix_actions().export_matrix(self))
        matrix.print_requested.connect(lambda: _matrix_actions().print_matrix(self))
        self.roster_tab.selection_changed.connect(self._update_enabled)
        for name in ("edit_person", "delete_person"):
            self.actions[name].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.roster_tab.table.addAction(self.actions[name])
        attach_context_menu(self.roster_tab.table, self.actions, "roster_table")
        attach_context_menu(self.roster_tab.table.frozen, self.actions, "roster_table")

    def _target(self, name: str) -> object:
        """The object an action's handler belongs to (see `ui/actions.py`)."""
        if name == "window":
            return self
        if name == "print":
            return self.print_ctl
        return self.controller({"roster": ROSTER, "schedule": SCHEDULE, "feedback": FEEDBACK}[name])

    # -- following changes ---------------------------------------------------------

    def announce_changes(self, changes: OpChanges) -> None:
        """Show an edit: the visible tab at once, the others when next shown."""
        if not changes:
            return
        for index in range(len(self._pending)):
            self._pending[index] = self._pending[index] | changes
        self._catch_up(self.tabs.currentIndex())
        if changes.everything or changes.roster or changes.schedule:
            self._show_counts()
        if self.dialog is not None and self.dialog.isVisible() and hasattr(self.dialog, "refresh"):
            self.dialog.refresh()  # a non-modal list (skills, formats, matching) shows the change
        self._update_enabled()
        self._update_session_actions()

    def refresh(self) -> None:
        """Re-read the whole workspace (the visible tab now, the others when shown)."""
        clock.set_zone(load_preferences(self.settings).zone())
        self.announce_changes(EVERYTHING)

    def _catch_up(self, index: int) -> None:
        pending = self._pending[index]
        if not pending:
            return
        self._pending[index] = NOTHING
        controller = self.controller(index)
        if pending.everything:
            controller.reload()
        else:
            controller.refresh(pending)

    def _show_counts(self) -> None:
        people, active, teams = self.roster.repo.counts()
        programs = self.schedule.count_programs()
        self.counts_label.setText(
            self.tr("{0} ({1} active) · {2} · {3}").format(
                self.tr("%n person(s)", "", people),
                active,
                self.tr("%n team(s)", "", teams),
                self.tr("%n program(s)", "", programs),
            )
        )

    def _workspace_changed(self) -> None:
        self.setWindowTitle(f"{APP_NAME} - {self.workspace.name}")
        self.path_label.set_full_text(str(self.workspace.path))
        self.path_label.setToolTip(self.tr("The workspace file: every change is saved to it as you make it"))
        self._remember_recent(self.workspace.path)
        for controller in self._built.values():
            controller.forget()
        self.refresh()
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

    def _update_session_actions(self) -> None:
        """Skip, Cancel, Restore... only for a selected session whose state they apply to."""
        built = self._built.get(SCHEDULE)
        status = None
        if built is not None:
            tab = built.tab  # type: ignore[union-attr]
            chosen = tab.selected_session_id()
            status = next((s.status for s in tab.model.all_sessions() if s.id == chosen), None)
        from peerdesk.ui.schedule.session_actions import session_action_states

        for name, enabled in session_action_states(status).items():
            self.actions[name].setEnabled(enabled)

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
        self.ctx.set_workspace(new)
        if self.dialog is not None:  # a dialog about the previous workspace must not act on this one
            self.dialog.close()
            self.dialog = None
        for controller in self._built.values():
            controller.tab.reset()
        self._workspace_changed()
        return True

    def new_workspace(self) -> None:
        """Ask where, then create and open an empty workspace there."""
        path = prompts.choose_save_path(
            self, self.tr("New Workspace"), prompts.WORKSPACE_FILTER, data_dir() / "new-workspace.peerdesk"
        )
        if path is None:
            return
        path = with_workspace_suffix(path)
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
        suggested = self.workspace.path.with_name(f"{self.workspace.path.stem}-copy{WORKSPACE_SUFFIX}")
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
        recent = [
            p
            for p in self.settings.value("recent", [], type=list)
            if p != str(path) and not is_temporary_demo(p)
        ]
        if not is_temporary_demo(path):  # a --demo copy is deleted on exit: not worth listing
            recent.insert(0, str(path))
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.recent_menu.clear()
        for number, entry in enumerate(recent[:MAX_RECENT], start=1):
            # "&1 team.sqlite" with the folder in the tooltip and the status bar
            action = self.recent_menu.addAction(f"&{number} {Path(entry).name.replace('&', '&&')}")
            action.setToolTip(entry)
            action.setStatusTip(entry)
            action.triggered.connect(lambda _=False, e=entry: self.switch_workspace(Path(e)))
        self.recent_menu.setToolTipsVisible(True)

    # -- window-wide actions -------------------------------------------------------

    def show_roster(self) -> None:
        """Show the Roster tab."""
        self.tabs.setCurrentIndex(ROSTER)

    def show_schedule(self) -> None:
        """Show the Schedule tab."""
        self.tabs.setCurrentIndex(SCHEDULE)

    def show_feedback(self) -> None:
        """Show the Feedback tab."""
        self.tabs.setCurrentIndex(FEEDBACK)

    def show_matrix(self) -> None:
        """The Roster tab's skills matrix view."""
        self.show_roster()
        self.roster_tab.show_matrix()

    def user_guide(self) -> None:
        """The guide for team leads, shipped with PeerDesk (offline)."""
        help_windows.open_guide(self)

    def keyboard_shortcuts(self) -> None:
        """Every keyboard shortcut, from the action registry."""
        help_windows.open_shortcuts(self, self.actions)

    def whats_this(self) -> None:
        """Click on any part of the window to hear what it is for."""
        QWhatsThis.enterWhatsThisMode()

    def find(self) -> None:
        """Search the roster."""
        self.show_roster()
        self.roster_ctl.find()

    def about(self) -> None:
        """Version, purpose, where the data lives, and the versions a bug report needs."""
        versions = "<br>".join(f"{name} {number}" for name, number in about_versions())
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About PeerDesk"),
            self.tr(
                "<h3>{0} {1}</h3><p>Plan, run and measure peer-to-peer learning at work. "
                "Everything stays in one file on this computer.</p><p>Open workspace:<br>{2}</p>"
                "<p><small>{3}</small></p>"
            ).format(APP_NAME, __version__, self.workspace.path, versions),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("about_box")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copied into bug reports
        self.ctx.show_dialog(box)

    def publish_to_calendar(self) -> QWidget | None:
        """Schedule > Publish to Calendar (the dialog loads the CalDAV client only when opened)."""
        from peerdesk.ui.schedule.publish_dialog import open_publish_dialog

        return open_publish_dialog(self)

    # -- closing -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: keep the whole frame (title bar included) on the screen."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            manners.fit_to_screen(self)
            if first_run.is_first_run(self.settings) and not self.roster.repo.count():
                QTimer.singleShot(0, self.welcome)

    def welcome(self) -> QWidget:
        """The first-start questions (who the lead is), then the demo, an import or an empty start."""
        dialog = first_run.WelcomeDialog(self.settings, self._first_choice, parent=self)
        return self.ctx.show_dialog(dialog)

    def _first_choice(self, choice: str) -> None:
        clock.set_zone(load_preferences(self.settings).zone())
        if choice == "demo":
            self.open_demo()
        elif choice == "import":
            self.roster_ctl.import_roster()
        else:
            self.statusBar().showMessage(
                self.tr("Add people with Roster > Add Person, or File > Import Roster CSV"), 10000
            )

    def open_demo(self) -> None:
        """A fresh copy of the demo workspace, to look around in (removed when PeerDesk closes)."""
        from peerdesk.demo import DEMO_FILENAME, build_demo  # the matcher and its solver load only here

        folder = new_demo_folder()
        self._demo_folders.append(folder)
        try:
            path = build_demo(folder / DEMO_FILENAME)
        except (WorkspaceError, OSError) as exc:
            prompts.show_error(
                self, self.tr("Open Demo"), self.tr("The demo could not be built: {0}").format(exc)
            )
            return
        self.switch_workspace(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept mails, .ics files and mail folders: they may hold answers to invitations."""
        if _reply_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Read the answers in what was dropped (as File > Import Replies does)."""
        paths = _reply_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self._target("schedule").import_replies(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's place and release the workspace."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.workspace.close()
        for folder in self._demo_folders:  # demos opened from Help > Open Demo were throw-away copies
            remove_demo_folder(folder)
        super().closeEvent(event)


def about_versions() -> list[tuple[str, str]]:
    """PeerDesk's, Qt's, PySide6's, Python's and SQLite's versions, as Help > About lists them."""
    import PySide6
    from PySide6.QtCore import qVersion

    return [
        (APP_NAME, __version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        *runtime_versions(),
    ]


def _reply_paths(mime: QMimeData) -> list[Path]:
    """The dropped files and folders that can hold answers to invitations."""
    from peerdesk.schedule.replies import is_reply_source

    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if is_reply_source(p)]


def _page(name: str) -> QWidget:
    """An empty tab page that its tab is put into when first shown."""
    page = QWidget()
    page.setObjectName(name)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page


def _matrix_actions():  # type: ignore[no-untyped-def]
    """The skills matrix's plan, export and print actions (loaded when first used)."""
    from peerdesk.ui.roster import matrix_actions

    return matrix_actions


def _second_holders(workspace, people, held=None):  # type: ignore[no-untyped-def]
    """When each skill with one holder gets a second (loaded when the matrix is first shown)."""
    from peerdesk.impact.second_holders import projected_second_holders

    return projected_second_holders(workspace, people, held=held)
