"""What the window does for the schedule: pilots, sessions, formats, matching and invites."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.cli.errors import CliError
from peerdesk.domain import Format, Program, Session
from peerdesk.schedule.conflicts import find_conflicts
from peerdesk.schedule.service import ScheduleChange, next_monday, program_problems
from peerdesk.ui import prompts

if TYPE_CHECKING:  # opened on demand, so start-up does not load them
    from peerdesk.ui.schedule.matching_dialog import MatchingDialog
from peerdesk.ui.commands import (
    ChangeCommand,
    CreateProgramCommand,
    FormatCommand,
)
from peerdesk.ui.preferences_dialog import PreferencesDialog, load_preferences
from peerdesk.ui.schedule.formats_dialog import FormatsDialog
from peerdesk.ui.schedule.invites_dialog import InvitesDialog
from peerdesk.ui.schedule.pilot_dialog import PilotDialog, preview_warnings
from peerdesk.ui.schedule.session_dialog import SessionDialog


class ScheduleActions:
    """Schedule behaviour of the main window (a mixin: it uses the window's services)."""

    def new_pilot(self) -> PilotDialog:
        """Open the New Pilot dialog; Create saves the program and its series (undoable)."""
        people = self.roster.people()
        formats = self.schedule.formats()
        prefs = load_preferences(self.settings)
        dialog = PilotDialog(
            people=people,
            formats=formats,
            default_start=next_monday(date.today()),
            preview=lambda p, on_holiday: self.schedule.plan_series(p, on_holiday, prefs.working_days),
            problems=lambda p: program_problems(
                p,
                {x.email for x in people},
                {f.key for f in formats},
                {x.name.casefold() for x in self.schedule.list_programs()},
            ),
            parent=self,
            warnings=self._preview_warnings,
            defaults=prefs,
        )

        def done() -> None:
            if dialog.result_program is not None:
                command = CreateProgramCommand(
                    self.schedule, dialog.result_program, self.refresh, dialog.holiday_choice()
                )
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

        def preview(edited: Program, on_holiday: str = "keep") -> list[Session]:
            change = self.schedule.plan_program_edit(edited, today, on_holiday)
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
            warnings=self._preview_warnings,
        )

        def done() -> None:
            if dialog.result_program is not None:
                change = self.schedule.plan_program_edit(
                    dialog.result_program, today, dialog.holiday_choice()
                )
                self.push(ChangeCommand(self.schedule, change, self.refresh))

        dialog.accepted.connect(done)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _preview_warnings(self, program: Program, planned: list[Session]) -> list[list[str]]:
        return preview_warnings(
            self.schedule.list_sessions(),
            self.roster.people(),
            self.schedule.list_programs(),
            program,
            planned,
        )

    def open_preferences(self) -> PreferencesDialog:
        """Edit my name, email, timezone, paper size and working days; the week view follows."""
        dialog = PreferencesDialog(self.settings, lambda _: self.refresh(), parent=self)
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
        from peerdesk.matching.service import Matcher
        from peerdesk.ui.schedule.matching_dialog import MatchingDialog

        matcher = Matcher(self.workspace)

        def apply(program: Program, run_id: int) -> ScheduleChange:
            days = load_preferences(self.settings).working_days
            change = matcher.plan_apply(program, matcher.stored(run_id), days, not_before=datetime.now(UTC))
            self.push(ChangeCommand(self.schedule, change, self.refresh))
            matcher.runs.mark_applied(run_id)
            self.statusBar().showMessage(
                self.tr("Added {0} session(s) to {1}").format(len(change.after), program.name), 8000
            )
            return change

        def place(draft: Session) -> SessionDialog:
            add = self.schedule.plan_add_one_off
            return self._session_dialog(
                draft, lambda s: self.push(ChangeCommand(self.schedule, add(s), self.refresh))
            )

        dialog = MatchingDialog(matcher, programs, self.roster.people(), apply, parent=self, place=place)
        self.dialog = dialog
        dialog.show()
        return dialog

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

    def _session_dialog(
        self, session: Session, on_done: Callable[[Session], None], programs: list[Program] | None = None
    ) -> SessionDialog:
        dialog = SessionDialog(
            session,
            people=self.roster.people(),
            formats=self.schedule.formats(),
            skills=[s.name for s in self.roster.skills()],
            conflicts_for=self._conflicts_for,
            on_print=lambda session_id: self.open_print("agenda", session_id),
            parent=self,
            programs=programs,
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
        first_day = max(self.schedule_tab.week_start, date.today() + timedelta(days=1))
        start = self.schedule.suggest_start(program, program.members, first_day, program.minutes) or start
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
            programs,
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
            from peerdesk.cli.schedule import write_program_invites

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
