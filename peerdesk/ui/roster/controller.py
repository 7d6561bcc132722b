"""The Roster tab's controller: its actions (person dialog, deactivate, delete, skills, CSV) and
how the tab follows each change.

It is given the window context (services, undo stack, announcements) and the tab;
it never reaches into the window or another tab.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from peerdesk.changes import OpChanges
from peerdesk.roster.csv_io import CsvFileError, read_table, write_roster_csv
from peerdesk.storage import WorkspaceError, check_output_path
from peerdesk.ui import prompts
from peerdesk.ui.commands import ChangeCommand, RenameSkillCommand, SkillCategoryCommand
from peerdesk.ui.context import WindowContext
from peerdesk.ui.roster.import_dialog import ImportDialog
from peerdesk.ui.roster.person_dialog import PersonDialog
from peerdesk.ui.roster.skills_dialog import SkillsDialog
from peerdesk.ui.roster.tab import RosterTab

FIRST_PAGE = 100  # people read before the window first shows; the rest follow at once


class RosterController(QObject):
    """What the window does for the roster, and keeping the Roster tab current."""

    def __init__(self, ctx: WindowContext, tab: RosterTab) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.tab = tab
        self._first_page = True

    # -- keeping the tab current ------------------------------------------------

    def reload(self) -> None:
        """Fill the tab from the file (a new workspace, or first shown).

        A big roster shows its first screenful at once and the rest on the next turn of the
        event loop, so the window appears populated without waiting for thousands of rows.
        """
        repo = self.ctx.roster.repo
        if self._first_page and repo.count() > FIRST_PAGE:
            self._first_page = False
            self.tab.show_first_page(repo.list_people(repo.first_ids(FIRST_PAGE)))
            QTimer.singleShot(0, self.reload)
            return
        self.tab.show_people(self.ctx.roster.people())

    def forget(self) -> None:
        """A newly opened workspace shows its first screenful first again."""
        self._first_page = True

    def refresh(self, changes: OpChanges) -> None:
        """Show what an edit changed: only the people it touched are read again."""
        if changes.everything or (changes.roster and not changes.people):
            self.reload()
        elif changes.roster:
            changed = self.ctx.roster.repo.list_people(changes.people)
            removed = set(changes.people) - {p.id for p in changed if p.id is not None}
            self.tab.update_people(changed, removed)
        if not changes.everything and (changes.schedule or changes.attendance or changes.checkins):
            self.tab.plans_changed()  # shadow shifts and time-to-competency: the second-holder projection

    # -- actions ------------------------------------------------------------------

    def add_person(self) -> PersonDialog:
        """Open the person dialog on a new person."""
        return self.edit_person(None)

    def edit_selected(self) -> PersonDialog | None:
        """Edit the one selected person."""
        selected = self.tab.selected_ids()
        return self.edit_person(selected[0]) if len(selected) == 1 else None

    def edit_person(self, person_id: int | None) -> PersonDialog:
        """Open the person dialog (non-blocking) to add or edit someone."""
        roster = self.ctx.roster
        person = roster.repo.get(person_id) if person_id is not None else None
        dialog = PersonDialog(
            person,
            people=roster.people(),
            skills=[s.name for s in roster.skills()],
            validate=roster.validate,
            parent=self.ctx.window,
        )

        def done() -> None:
            result = dialog.result_person
            if result is None:
                return
            change = roster.plan_update(result) if person else roster.plan_add(result)
            command = ChangeCommand(roster, change, self.ctx.announce)
            self.ctx.push(command)
            saved_id = command.change.after[0].id
            if saved_id is not None:
                self.tab.select_ids({saved_id})

        dialog.accepted.connect(done)
        self.ctx.show_dialog(dialog)
        return dialog

    def deactivate(self) -> None:
        """Mark the selected people inactive (kept, but left out of matching)."""
        self._set_active(False)

    def reactivate(self) -> None:
        """Mark the selected people active again."""
        self._set_active(True)

    def _set_active(self, active: bool) -> None:
        ids = self.tab.selected_ids()
        if ids:
            roster = self.ctx.roster
            self.ctx.push(ChangeCommand(roster, roster.plan_set_active(ids, active), self.ctx.announce))

    def delete_selected(self) -> None:
        """Delete the selected people after confirmation (undoable).

        Del on the Schedule tab means its selected session, never people chosen earlier
        on a roster that is out of sight."""
        if not self.tab.isVisible():
            if self.ctx.window.tabs.currentIndex() == 1:  # type: ignore[attr-defined]
                self.ctx.window.actions["delete_session"].trigger()  # type: ignore[attr-defined]
            return
        ids = self.tab.selected_ids()
        if not ids:
            return
        roster = self.ctx.roster
        change = roster.plan_delete(ids)
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
        self.ctx.remember(
            prompts.confirm(
                self.ctx.window,
                self.tr("Delete people"),
                text,
                lambda: self.ctx.push(ChangeCommand(roster, change, self.ctx.announce)),
                yes_text=self.tr("Delete"),
            )
        )

    def open_skills(self) -> SkillsDialog:
        """Show the shared skill list for renaming, merging and categorising."""
        roster = self.ctx.roster
        dialog = SkillsDialog(
            load=lambda: (self.ctx.roster.skills(), self.ctx.roster.people()),
            rename=lambda old, new: self.ctx.push(RenameSkillCommand(roster, old, new, self.ctx.announce)),
            set_category=lambda skill, before, after: self.ctx.push(
                SkillCategoryCommand(roster, skill, before, after, self.ctx.announce)
            ),
            parent=self.ctx.window,
        )
        self.ctx.show_dialog(dialog, modeless=True)
        return dialog

    def import_roster(self, path: Path | None = None) -> ImportDialog | None:
        """Pick a CSV, preview and map it, and import it as one undoable change."""
        window = self.ctx.window
        path = path or prompts.choose_open_path(window, self.tr("Import Roster CSV"), prompts.CSV_FILTER)
        if path is None:
            return None
        try:
            table = read_table(path)
        except CsvFileError as exc:
            self.ctx.remember(prompts.show_error(window, self.tr("Import Roster CSV"), str(exc)))
            return None
        roster = self.ctx.roster
        dialog = ImportDialog(path, table, roster.people(), parent=window)

        def done() -> None:
            plan = dialog.plan
            try:
                command = dialog.import_into(roster, self.ctx.announce) if plan.ok else None
            except (sqlite3.Error, OSError, WorkspaceError) as exc:  # e.g. the disk is full
                self.ctx.not_saved(self.tr("The import of {0}").format(path.name), exc)
                return
            if command is None:
                self.ctx.message(self.tr("Import cancelled; nothing was imported"))
            else:
                self.ctx.push(command)
                self.ctx.message(self.tr("Imported {0}: {1}").format(path.name, plan.summary()))

        dialog.accepted.connect(done)
        self.ctx.show_dialog(dialog)
        return dialog

    def export_roster(self) -> None:
        """Write the roster as CSV (formulas neutralised)."""
        workspace = self.ctx.workspace
        path = prompts.choose_save_path(
            self.ctx.window,
            self.tr("Export Roster CSV"),
            prompts.CSV_FILTER,
            workspace.path.with_name(f"{workspace.name}-roster.csv"),
        )
        if path is None:
            return
        try:
            check_output_path(path, workspace.path)
            people = self.ctx.roster.people()
            write_roster_csv(people, path)
        except (OSError, WorkspaceError) as exc:
            prompts.show_error(
                self.ctx.window,
                self.tr("Export Roster CSV"),
                self.tr("{0} was not written: {1}").format(path, getattr(exc, "strerror", None) or exc),
            )
            return
        self.ctx.message(self.tr("Wrote {0} to {1}").format(self.tr("%n person(s)", "", len(people)), path))

    def find(self) -> None:
        """Put the cursor in the roster search (the window shows the tab first)."""
        self.tab.search.setFocus()
        self.tab.search.selectAll()
