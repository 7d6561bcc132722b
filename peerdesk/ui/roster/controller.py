"""What the window does for the roster: the person dialog, deactivate, delete, skills, CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.roster.csv_io import CsvFileError, read_table, write_roster_csv
from peerdesk.storage import WorkspaceError, check_output_path
from peerdesk.ui import prompts

if TYPE_CHECKING:  # opened on demand, so start-up does not load them
    pass
from peerdesk.ui.commands import (
    ChangeCommand,
    RenameSkillCommand,
    SkillCategoryCommand,
)
from peerdesk.ui.roster.import_dialog import ImportDialog
from peerdesk.ui.roster.person_dialog import PersonDialog
from peerdesk.ui.roster.skills_dialog import SkillsDialog


class RosterActions:
    """Roster behaviour of the main window (a mixin: it uses the window's services)."""

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
            command = dialog.import_into(self.roster, self.refresh) if plan.ok else None
            if command is None:
                self.statusBar().showMessage(self.tr("Import cancelled; nothing was imported"), 8000)
            else:
                self.push(command)
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
            check_output_path(path, self.workspace.path)
            people = self.roster.people()
            write_roster_csv(people, path)
        except (OSError, WorkspaceError) as exc:
            prompts.show_error(
                self,
                self.tr("Export Roster CSV"),
                self.tr("{0} was not written: {1}").format(path, getattr(exc, "strerror", None) or exc),
            )
            return
        self.statusBar().showMessage(self.tr("Wrote {0} people to {1}").format(len(people), path), 8000)
