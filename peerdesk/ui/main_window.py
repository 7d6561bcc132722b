"""The main window: one workspace, three tabs, menus from the action registry, undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from peerdesk import APP_NAME, __version__
from peerdesk.cli_errors import CliError
from peerdesk.conflicts import conflicts_by_session, find_conflicts
from peerdesk.domain import CheckIn, Format, Person, Program, Session, Shoutout
from peerdesk.feedback import Feedback
from peerdesk.feedback_csv import plan_feedback_import
from peerdesk.impact import Impact
from peerdesk.paths import data_dir
from peerdesk.roster import Roster, import_change
from peerdesk.roster_csv import CsvFileError, read_table, write_roster_csv
from peerdesk.schedule import Schedule, ScheduleChange, next_monday, program_problems
from peerdesk.storage import Workspace, WorkspaceError, open_workspace
from peerdesk.storage.impact import ImpactRepository
from peerdesk.ui import prompts

if TYPE_CHECKING:  # opened on demand, so start-up does not load them
    from peerdesk.ui.matching_dialog import MatchingDialog
    from peerdesk.ui.print_dialog import PrintDialog
from peerdesk.ui.actions import MENU_ORDER, SPECS, create_actions
from peerdesk.ui.commands import (
    CallbackCommand,
    ChangeCommand,
    CreateProgramCommand,
    FormatCommand,
    RenameSkillCommand,
    SkillCategoryCommand,
)
from peerdesk.ui.feedback_tab import FeedbackTab
from peerdesk.ui.formats_dialog import FormatsDialog
from peerdesk.ui.import_dialog import ImportDialog
from peerdesk.ui.invites_dialog import InvitesDialog
from peerdesk.ui.person_dialog import PersonDialog
from peerdesk.ui.pilot_dialog import PilotDialog
from peerdesk.ui.roster_tab import RosterTab
from peerdesk.ui.schedule_tab import ScheduleTab, first_week_with_sessions
from peerdesk.ui.session_dialog import SessionDialog
from peerdesk.ui.skills_dialog import SkillsDialog

MAX_RECENT = 8


class MainWindow(QMainWindow):
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
        else:
            self.refresh_feedback(people, programs, sessions)

    def refresh_feedback(
        self, people: list[Person], programs: list[Program], sessions: list[Session]
    ) -> None:
        """Fill the Feedback tab: the session being recorded, the dashboard, check-ins, recognition."""
        tab = self.feedback_tab
        live = [s for s in sessions if s.status != "cancelled"]
        if self._feedback_session not in {s.id for s in live}:
            default = self.feedback.default_session()
            self._feedback_session = default.id if default else None
        tab.record.show_sessions(live, self._feedback_session)
        record = self.feedback.record(self._feedback_session) if self._feedback_session else None
        previous = []
        if record is not None:
            names = {p.email: p.name for p in people}
            from peerdesk.printouts import Printouts

            previous = [
                (names.get(c["name"], c["name"]), c["commitment"])
                for c in Printouts(self.workspace).previous_commitments(record.session)
            ]
        tab.record.show_record(record, people, previous)
        program_id, week = self._dashboard
        program = next((p for p in programs if p.id == program_id), programs[-1] if programs else None)
        impact = Impact(self.workspace)
        tab.dashboard.show_choices(
            programs, program.id if program else None, program.weeks if program else 0, week
        )
        kpis = impact.kpis(program, through_week=week or None) if program else None
        tab.dashboard.show_kpis(kpis)
        tab.competency.show_data(
            program, people, impact.repo.check_ins(), [s.name for s in self.roster.skills()]
        )
        tab.recognition.show_data(program, people, kpis, impact.repo.shoutouts(program.id) if program else [])

    def _connect_feedback(self) -> None:
        tab = self.feedback_tab

        def chosen(session_id: int) -> None:
            self._feedback_session = session_id
            self.refresh()

        def dashboard() -> None:
            self._dashboard = (tab.dashboard.program.currentData(), tab.dashboard.week.currentData() or 0)
            self.refresh()

        tab.record.session_chosen.connect(chosen)
        tab.record.record_changed.connect(
            lambda record: self.push(ChangeCommand(self.feedback, self.feedback.plan(record), self.refresh))
        )
        tab.dashboard.program.currentIndexChanged.connect(dashboard)
        tab.dashboard.week.currentIndexChanged.connect(dashboard)
        tab.dashboard.report_requested.connect(self.export_report)
        repo = ImpactRepository(self.workspace.db)

        def add_check_in(check_in: CheckIn) -> None:
            saved: list[CheckIn] = []

            def do() -> None:
                saved[:] = ImpactRepository(self.workspace.db).add_check_ins(
                    [replace(check_in, id=saved[0].id) if saved else check_in]
                )

            self.push(
                CallbackCommand(
                    self.tr("Add check-in"),
                    do,
                    lambda: ImpactRepository(self.workspace.db).delete_check_ins(
                        [c.id for c in saved if c.id is not None]
                    ),
                    self.refresh,
                )
            )

        def delete_check_ins(ids: list[int]) -> None:
            gone = [c for c in ImpactRepository(self.workspace.db).check_ins() if c.id in ids]
            if gone:
                self.push(
                    CallbackCommand(
                        self.tr("Delete check-ins"),
                        lambda: ImpactRepository(self.workspace.db).delete_check_ins(ids),
                        lambda: ImpactRepository(self.workspace.db).add_check_ins(gone),
                        self.refresh,
                    )
                )

        def add_shoutout(shoutout: Shoutout) -> None:
            saved: list[Shoutout] = []

            def do() -> None:
                target = replace(shoutout, id=saved[0].id) if saved else shoutout
                saved[:] = [ImpactRepository(self.workspace.db).add_shoutout(target)]

            self.push(
                CallbackCommand(
                    self.tr("Add shout-out"),
                    do,
                    lambda: ImpactRepository(self.workspace.db).delete_shoutout(saved[0].id or 0),
                    self.refresh,
                )
            )

        def delete_shoutout(shoutout_id: int) -> None:
            gone = next(
                (s for s in ImpactRepository(self.workspace.db).shoutouts() if s.id == shoutout_id), None
            )
            if gone is not None:
                self.push(
                    CallbackCommand(
                        self.tr("Remove shout-out"),
                        lambda: ImpactRepository(self.workspace.db).delete_shoutout(shoutout_id),
                        lambda: ImpactRepository(self.workspace.db).add_shoutout(gone),
                        self.refresh,
                    )
                )

        def baseline(program: Program) -> None:
            before = self.schedule.programs.get(program.id or 0)
            self.push(
                ChangeCommand(
                    self.schedule,
                    ScheduleChange(
                        self.tr("Change baseline of {0}").format(program.name), (), (), before, program
                    ),
                    self.refresh,
                )
            )

        del repo
        tab.competency.check_in_added.connect(add_check_in)
        tab.competency.check_ins_deleted.connect(delete_check_ins)
        tab.competency.baseline_changed.connect(baseline)
        tab.recognition.shoutout_added.connect(add_shoutout)
        tab.recognition.shoutout_deleted.connect(delete_shoutout)
        tab.recognition.record_requested.connect(lambda email: self.open_print("record", person=email))

    def import_feedback(self, path: Path | None = None) -> None:
        """Import date,email,attended,rating,answer rows into a program (all or nothing, undoable)."""
        programs = self.schedule.list_programs()
        if not programs:
            prompts.show_info(self, self.tr("Import Feedback"), self.tr("There is no program yet."))
            return
        path = path or prompts.choose_open_path(self, self.tr("Import Feedback CSV"), prompts.CSV_FILTER)
        if path is None:
            return
        program_id = self.feedback_tab.dashboard.program.currentData()
        program = next((p for p in programs if p.id == program_id), programs[-1])
        try:
            plan = plan_feedback_import(self.feedback, program, path)
        except CsvFileError as exc:
            prompts.show_error(self, self.tr("Import Feedback"), str(exc))
            return
        if not plan.ok or plan.change is None:
            lines = [str(p) for p in plan.problems]
            prompts.show_error(
                self,
                self.tr("Import Feedback"),
                self.tr("{0}: {1} problem(s); nothing was imported.").format(path.name, len(lines)),
                "\n".join(lines),
            )
            return
        self.push(ChangeCommand(self.feedback, plan.change, self.refresh))
        self.statusBar().showMessage(
            self.tr("Imported {0} into {1}: {2}").format(path.name, program.name, plan.summary()), 10000
        )

    def export_report(self, program_id: int | None = None, week: int = 0) -> Path | None:
        """Write the leadership report for a week as PDF, HTML or Markdown (by the file name)."""
        programs = self.schedule.list_programs()
        program = next((p for p in programs if p.id == program_id), programs[-1] if programs else None)
        if program is None:
            prompts.show_info(self, self.tr("Leadership Report"), self.tr("There is no program yet."))
            return None
        from peerdesk.impact_cli import write_report
        from peerdesk.templates import TemplateProblem

        impact = Impact(self.workspace)
        week = week or impact.current_week(program)
        path = prompts.choose_save_path(
            self,
            self.tr("Leadership Report"),
            "PDF (*.pdf);;HTML (*.html);;Markdown (*.md)",
            self.workspace.path.parent / f"{program.name}-week-{week}-report.pdf",
        )
        if path is None:
            return None
        try:
            write_report(self.workspace, impact, program, week, path)
        except (CliError, TemplateProblem, OSError, ValueError) as exc:
            prompts.show_error(self, self.tr("Leadership Report"), str(exc))
            return None
        self.statusBar().showMessage(self.tr("Wrote the week {0} report to {1}").format(week, path), 10000)
        return path

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

    def edit_person(self, person_id: int | None) -> PersonDialog:
        """Open the person dialog (non-blocking) to add or edit someone."""
        person = self.roster.repo.get(person_id) if person_id is not None else None
        dialog = PersonDialog(
            person,
            people=self.roster.people(),
            skills=[s.name for s in self.roster.skills()],
            validate=self.roster.validate,
            parent=self,
        )

        def done() -> None:
            result = dialog.result_person
            if result is None:
                return
            change = self.roster.plan_update(result) if person else self.roster.plan_add(result)
            command = ChangeCommand(self.roster, change, self.refresh)
            self.push(command)
            saved_id = command.change.after[0].id
            if saved_id is not None:
                self.roster_tab.select_ids({saved_id})

        dialog.accepted.connect(done)
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_person_by_id(self, person_id: int) -> None:
        """Edit one person (double-click or Enter on the table)."""
        self.edit_person(person_id)

    def _edit_selected(self) -> None:
        selected = self.roster_tab.selected_ids()
        if len(selected) == 1:
            self.edit_person(selected[0])

    def set_active(self, active: bool) -> None:
        """Deactivate or reactivate the selected people."""
        ids = self.roster_tab.selected_ids()
        if ids:
            self.push(ChangeCommand(self.roster, self.roster.plan_set_active(ids, active), self.refresh))

    def delete_selected(self) -> None:
        """Delete the selected people after confirmation (undoable)."""
        ids = self.roster_tab.selected_ids()
        if not ids:
            return
        change = self.roster.plan_delete(ids)
        names = [p.name for p in change.before if p.id in ids]
        text = (
            self.tr("Delete {0} from the roster?").format(names[0])
            if len(names) == 1
            else self.tr("Delete these {0} people from the roster?\n{1}").format(
                len(names), ", ".join(names[:10]) + ("..." if len(names) > 10 else "")
            )
        )
        text += "\n\n" + self.tr(
            "Edit > Undo brings them back. Deactivate keeps them but leaves them out of matching."
        )
        self.dialog = prompts.confirm(
            self,
            self.tr("Delete people"),
            text,
            lambda: self.push(ChangeCommand(self.roster, change, self.refresh)),
            yes_text=self.tr("Delete"),
        )

    def open_skills(self) -> None:
        """Show the shared skill list for renaming, merging and categorising."""
        dialog = SkillsDialog(
            load=lambda: (self.roster.skills(), self.roster.people()),
            rename=lambda old, new: self.push(RenameSkillCommand(self.roster, old, new, self.refresh)),
            set_category=lambda skill, before, after: self.push(
                SkillCategoryCommand(self.roster, skill, before, after, self.refresh)
            ),
            parent=self,
        )
        self.dialog = dialog
        dialog.show()

    def import_roster(self, path: Path | None = None) -> ImportDialog | None:
        """Pick a CSV, preview and map it, and import it as one undoable change."""
        path = path or prompts.choose_open_path(self, self.tr("Import Roster CSV"), prompts.CSV_FILTER)
        if path is None:
            return None
        try:
            table = read_table(path)
        except CsvFileError as exc:
            prompts.show_error(self, self.tr("Import Roster CSV"), str(exc))
            return None
        dialog = ImportDialog(path, table, self.roster.people(), parent=self)

        def done() -> None:
            plan = dialog.plan
            if plan.ok:
                self.push(
                    ChangeCommand(
                        self.roster,
                        import_change(plan.new, plan.updated, f"Import {path.name}"),
                        self.refresh,
                    )
                )
                self.statusBar().showMessage(
                    self.tr("Imported {0}: {1}").format(path.name, plan.summary()), 8000
                )

        dialog.accepted.connect(done)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_roster(self) -> None:
        """Write the roster as CSV (formulas neutralised)."""
        path = prompts.choose_save_path(
            self,
            self.tr("Export Roster CSV"),
            prompts.CSV_FILTER,
            self.workspace.path.with_name(f"{self.workspace.name}-roster.csv"),
        )
        if path is None:
            return
        try:
            people = self.roster.people()
            write_roster_csv(people, path)
        except OSError as exc:
            prompts.show_error(
                self,
                self.tr("Export Roster CSV"),
                self.tr("{0} was not written: {1}").format(path, exc.strerror),
            )
            return
        self.statusBar().showMessage(self.tr("Wrote {0} people to {1}").format(len(people), path), 8000)

    # -- schedule actions -----------------------------------------------------

    def new_pilot(self) -> PilotDialog:
        """Open the New Pilot dialog; Create saves the program and its series (undoable)."""
        people = self.roster.people()
        formats = self.schedule.formats()
        dialog = PilotDialog(
            people=people,
            formats=formats,
            default_start=next_monday(date.today()),
            preview=self.schedule.plan_series,
            problems=lambda p: program_problems(
                p,
                {x.email for x in people},
                {f.key for f in formats},
                {x.name.casefold() for x in self.schedule.list_programs()},
            ),
            parent=self,
        )

        def done() -> None:
            if dialog.result_program is not None:
                command = CreateProgramCommand(self.schedule, dialog.result_program, self.refresh)
                self.push(command)
                if command.created and command.created[1]:
                    self.tabs.setCurrentIndex(1)
                    self.schedule_tab.go_to(command.created[1][0].start.date())

        dialog.accepted.connect(done)
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_program(self, program_id: int | None = None) -> PilotDialog | None:
        """Edit a program; future planned sessions follow (one undoable step)."""
        programs = self.schedule.list_programs()
        chosen = program_id or (int(self.schedule_tab.program.currentData() or 0) or None)
        program = next((p for p in programs if p.id == chosen), programs[-1] if programs else None)
        if program is None:
            prompts.show_info(self, self.tr("Edit Program"), self.tr("There is no program yet."))
            return None
        people = self.roster.people()
        formats = self.schedule.formats()
        others = {p.name.casefold() for p in programs if p.id != program.id}
        today = date.today()

        def preview(edited: Program) -> list[Session]:
            change = self.schedule.plan_program_edit(edited, today)
            changed = {s.id for s in change.after}
            kept = [
                s
                for s in self.schedule.list_sessions(program.id)
                if s.id not in changed
                and s.status == "planned"
                and s.start.date() >= today
                and s.id not in {b.id for b in change.before}
            ]
            return sorted([*change.after, *kept], key=lambda s: s.start)

        dialog = PilotDialog(
            people=people,
            formats=formats,
            default_start=program.start,
            preview=preview,
            problems=lambda p: program_problems(
                p, {x.email for x in people}, {f.key for f in formats}, others
            ),
            program=program,
            parent=self,
        )

        def done() -> None:
            if dialog.result_program is not None:
                change = self.schedule.plan_program_edit(dialog.result_program, today)
                self.push(ChangeCommand(self.schedule, change, self.refresh))

        dialog.accepted.connect(done)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_matching(self) -> MatchingDialog | None:
        """Open the Matching view on the programs of this workspace."""
        programs = self.schedule.list_programs()
        if not programs:
            prompts.show_info(
                self,
                self.tr("Match Peers"),
                self.tr("Matching works on a program's members: create a pilot first."),
            )
            return None
        from peerdesk.match_service import Matcher
        from peerdesk.ui.matching_dialog import MatchingDialog

        matcher = Matcher(self.workspace)

        def apply(program: Program, run_id: int) -> None:
            change = matcher.plan_apply(program, matcher.stored(run_id))
            self.push(ChangeCommand(self.schedule, change, self.refresh))
            matcher.runs.mark_applied(run_id)
            self.statusBar().showMessage(
                self.tr("Added {0} session(s) to {1}").format(len(change.after), program.name), 8000
            )

        dialog = MatchingDialog(matcher, programs, self.roster.people(), apply, parent=self)
        self.dialog = dialog
        dialog.show()
        return dialog

    def open_print(
        self, kind: str = "agenda", session_id: int | None = None, person: str | None = None
    ) -> PrintDialog:
        """Open the Print dialog (on the selected session, if any)."""
        from peerdesk.printouts import Printouts
        from peerdesk.ui.print_dialog import PrintDialog

        sessions = self.schedule.list_sessions()
        chosen = session_id or self.schedule_tab.selected_session_id()
        if chosen is None:
            upcoming = [s for s in sessions if s.start.date() >= date.today() and s.status == "planned"]
            chosen = upcoming[0].id if upcoming else (sessions[0].id if sessions else None)
        dialog = PrintDialog(
            Printouts(self.workspace),
            sessions,
            self.schedule.formats(),
            self.schedule.list_programs(),
            kind=kind,
            session_id=chosen,
            people=self.roster.people(),
            person=person,
            parent=self,
        )
        self.dialog = dialog
        dialog.show()
        return dialog

    def open_templates_folder(self) -> Path:
        """Open the lead's templates folder in the file manager."""
        from peerdesk.templates import TemplateLibrary

        folder = TemplateLibrary().ensure_user_dir()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self.statusBar().showMessage(self.tr("Templates folder: {0}").format(folder), 10000)
        return folder

    def reset_templates(self) -> None:
        """Move the lead's own templates aside after confirmation."""

        def reset() -> None:
            from peerdesk.templates import TemplateLibrary

            backup = TemplateLibrary().reset_to_builtin()
            self.statusBar().showMessage(
                self.tr("Built-in templates restored; yours are kept in {0}").format(backup)
                if backup
                else self.tr("You have no templates of your own; the built-in ones are in use."),
                10000,
            )

        self.dialog = prompts.confirm(
            self,
            self.tr("Reset templates"),
            self.tr(
                "Use PeerDesk's built-in templates again? Your own templates are moved to a backup "
                "folder beside them, not deleted."
            ),
            reset,
            yes_text=self.tr("Reset"),
        )

    def open_formats(self) -> FormatsDialog:
        """Show the format library for adding and editing formats."""
        repo = self.schedule.formats_repo

        def save(before: Format | None, after: Format) -> None:
            self.push(FormatCommand(repo, after.key, before, after, self.refresh))

        def reset(key: str) -> None:
            before = next((f for f in self.schedule.formats() if f.key == key), None)
            self.push(FormatCommand(repo, key, before, None, self.refresh))

        dialog = FormatsDialog(self.schedule.formats, save, reset, parent=self)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _with_session(self, action: Callable[[int], object]) -> None:
        session_id = self.schedule_tab.selected_session_id()
        if session_id is None:
            self.statusBar().showMessage(self.tr("Select a session first (click a block or a row)."), 5000)
            return
        action(session_id)

    def _conflicts_for(self, session: Session) -> list[str]:
        others = [s for s in self.schedule.list_sessions() if s.id != session.id or session.id is None]
        found = find_conflicts([*others, session], self.roster.people(), self.schedule.list_programs())
        return [c.message for c in found if c.session_id == session.id]

    def _session_dialog(self, session: Session, on_done: Callable[[Session], None]) -> SessionDialog:
        dialog = SessionDialog(
            session,
            people=self.roster.people(),
            formats=self.schedule.formats(),
            skills=[s.name for s in self.roster.skills()],
            conflicts_for=self._conflicts_for,
            on_print=lambda session_id: self.open_print("agenda", session_id),
            parent=self,
        )
        dialog.accepted.connect(lambda: on_done(dialog.result_session) if dialog.result_session else None)
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_session(self, session_id: int) -> SessionDialog | None:
        """Open the session editor on one session (changes are one undoable step)."""
        session = self.schedule.sessions.get(session_id)
        if session is None:
            return None
        return self._session_dialog(
            session,
            lambda edited: self.push(
                ChangeCommand(self.schedule, self.schedule.plan_edit(edited), self.refresh)
            ),
        )

    def add_session(self) -> SessionDialog | None:
        """Add a one-off session to a program."""
        programs = self.schedule.list_programs()
        if not programs:
            prompts.show_info(
                self, self.tr("Add Session"), self.tr("Create a pilot first (Schedule > New Pilot).")
            )
            return None
        chosen = self.schedule_tab.program.currentData()
        program = next((p for p in programs if str(p.id) == chosen), programs[-1])
        start = datetime.combine(self.schedule_tab.week_start + timedelta(days=program.weekday), program.time)
        draft = Session(
            program_id=program.id or 0,
            title=self.tr("New session"),
            start=start,
            minutes=program.minutes,
            timezone=program.timezone,
            format_key=program.format_key,
        )
        return self._session_dialog(
            draft,
            lambda s: self.push(
                ChangeCommand(self.schedule, self.schedule.plan_add_one_off(s), self.refresh)
            ),
        )

    def move_session(self, session_id: int, new_start: datetime) -> None:
        """Move a session (dragged in the week view); undoable."""
        self.push(ChangeCommand(self.schedule, self.schedule.plan_move(session_id, new_start), self.refresh))

    def set_status(self, session_id: int, status: str) -> None:
        """Skip, cancel or restore one session; undoable."""
        self.push(ChangeCommand(self.schedule, self.schedule.plan_status(session_id, status), self.refresh))

    def cancel_rest(self, session_id: int) -> None:
        """Cancel a session and the rest of its series, after confirmation."""
        change = self.schedule.plan_cancel_rest(session_id)
        if not change.before:
            self.statusBar().showMessage(self.tr("No planned weekly sessions from here on."), 5000)
            return
        self.dialog = prompts.confirm(
            self,
            self.tr("Cancel the rest of the series"),
            self.tr(
                "Cancel {0} planned session(s) from {1:%d %b %Y} on? Export invites afterwards so "
                "attendees' calendars remove them."
            ).format(len(change.before), change.before[0].start),
            lambda: self.push(ChangeCommand(self.schedule, change, self.refresh)),
            yes_text=self.tr("Cancel sessions"),
        )

    def export_invites(self) -> InvitesDialog | None:
        """Choose a program and folder, then write its invites atomically."""
        programs = self.schedule.list_programs()
        if not programs:
            prompts.show_info(self, self.tr("Export Invites"), self.tr("There is no program to export yet."))
            return None
        dialog = InvitesDialog(
            programs,
            self.roster.people(),
            self.workspace.path.parent / f"{self.workspace.name}-invites",
            parent=self,
        )

        def done() -> None:
            program = self.schedule.programs.get(dialog.program.currentData())
            if program is None:
                return
            person = dialog.person.currentData() or None
            from peerdesk.schedule_cli import write_program_invites

            try:
                written = write_program_invites(
                    self.workspace,
                    program,
                    Path(dialog.folder.text()),
                    person=person,
                    eml=dialog.eml.isChecked() and not person,
                )
            except (CliError, OSError) as exc:
                prompts.show_error(self, self.tr("Export Invites"), str(exc))
                return
            self.statusBar().showMessage(
                self.tr("Wrote {0} file(s) to {1}").format(len(written), dialog.folder.text()), 10000
            )

        dialog.accepted.connect(done)
        self.dialog = dialog
        dialog.open()
        return dialog

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
