"""The Schedule tab's controller: pilots, sessions, formats, matching and invites, and keeping the
tab current edit by edit (only changed sessions are read again; conflicts are checked again only
where an edit can cause or clear one)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from peerdesk import clock
from peerdesk.changes import OpChanges
from peerdesk.domain import Format, Person, Program, Session
from peerdesk.schedule.conflicts import ConflictIndex, find_conflicts
from peerdesk.schedule.proposals import Proposal
from peerdesk.schedule.replies import answer_summaries, import_replies
from peerdesk.schedule.service import ScheduleChange, next_monday, program_problems
from peerdesk.ui import prompts

if TYPE_CHECKING:  # opened on demand, so start-up does not load them
    from peerdesk.schedule.deletion import Deletion
    from peerdesk.ui.schedule.matching_dialog import MatchingDialog
from peerdesk.ui import dates
from peerdesk.ui.commands import (
    ChangeCommand,
    CreateProgramCommand,
    DeleteCommand,
    FormatCommand,
)
from peerdesk.ui.context import WindowContext
from peerdesk.ui.preferences_dialog import PreferencesDialog, load_preferences
from peerdesk.ui.schedule.formats_dialog import FormatsDialog
from peerdesk.ui.schedule.invites_dialog import InvitesDialog
from peerdesk.ui.schedule.pilot_dialog import PilotDialog, preview_warnings
from peerdesk.ui.schedule.session_dialog import SessionDialog
from peerdesk.ui.schedule.tab import ScheduleTab, first_week_with_sessions


class ScheduleController(QObject):
    """What the window does for the schedule, and keeping the Schedule tab current."""

    def __init__(self, ctx: WindowContext, tab: ScheduleTab) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.tab = tab
        self.index: ConflictIndex | None = None  # built when the tab is first shown
        self._programs: list[Program] = []
        self._publications: dict[int, object] = {}  # program id -> PublishStatus
        self._opened = False
        tab.edit_requested.connect(self.edit_session)
        tab.move_requested.connect(self.move_session)

    # -- keeping the tab current ------------------------------------------------

    def reload(self) -> None:
        """Fill the tab from the file (a new workspace, or first shown)."""
        schedule = self.ctx.schedule
        people = self.ctx.roster.people()
        self._programs = schedule.list_programs()
        sessions = schedule.list_sessions()
        self.index = ConflictIndex(sessions, people, self._programs)
        self.tab.show_schedule(self._programs, sessions, people, schedule.formats(), self.index.messages())
        answers = answer_summaries(self.ctx.workspace, sessions, self._programs)
        self.tab.model.set_answers(answers, replace_all=True)
        self._show_publications()
        if not self._opened:  # a workspace opens on this week if it has sessions, else the next that does
            self._opened = True
            self.tab.go_to(first_week_with_sessions(sessions, clock.today()))

    def forget(self) -> None:
        """Drop what was shown of the previous workspace."""
        self.index = None
        self._opened = False

    def refresh(self, changes: OpChanges) -> None:
        """Show what an edit changed, reading only the sessions and people it touched."""
        index = self.index
        wide = changes.everything or changes.formats or (changes.schedule and not changes.sessions)
        if index is None or wide or (changes.roster and not changes.people):
            self.reload()
            return
        if not (changes.schedule or changes.roster):
            return
        schedule = self.ctx.schedule
        sessions: list[Session] = []
        removed: set[int] = set()
        if changes.schedule:
            sessions = schedule.sessions.list_sessions(ids=changes.sessions)
            removed = set(changes.sessions) - {s.id for s in sessions if s.id is not None}
            known = {p.id for p in self._programs}
            self._programs = self._programs_now(changes.programs_edited | (changes.programs - known))
        people = None
        gone: set[str] = set()
        if changes.roster:
            people_changed = self.ctx.roster.repo.list_people(changes.people)
            by_id = {p.id: p.email for p in index.people.values()}
            if any(by_id.get(p.id, p.email) != p.email for p in people_changed) or len(people_changed) < len(
                changes.people
            ):
                self.reload()  # an email changed or someone left: attendee lists change too
                return
            people = list(index.people.values())
            fresh = {p.email: p for p in people_changed}
            people = [fresh.get(p.email, p) for p in people] + [
                p for p in people_changed if p.email not in index.people
            ]
        repaint = index.update(
            sessions=sessions,
            removed_sessions=removed,
            people=[p for p in (people or []) if p.id in changes.people],
            removed_people=gone,
            programs=self._programs,
        )
        self.tab.update_sessions(self._programs, sessions, set(removed), index.messages(), repaint, people)
        if sessions:
            self.tab.model.set_answers(answer_summaries(self.ctx.workspace, sessions, self._programs))
        touched = {s.program_id for s in sessions} | set(changes.programs)
        if touched & set(self._publications):
            self._show_publications(touched & set(self._publications))

    def _programs_now(self, changed: frozenset[int] | set[int]) -> list[Program]:
        """The programs after an edit: those it changed read again, the others as they were (a
        session edit reads no program: a program of thousands has thousands of members)."""
        fresh = {p.id: p for p in self.ctx.schedule.programs.list_programs(ids=changed)} if changed else {}
        kept = [fresh.pop(p.id, p) for p in self._programs if p.id not in changed or p.id in fresh]
        return sorted([*kept, *fresh.values()], key=lambda p: (p.start, p.id or 0))

    def new_pilot(self) -> PilotDialog:
        """Open the New Pilot dialog; Create saves the program and its series (undoable)."""
        people = self.ctx.roster.people()
        formats = self.ctx.schedule.formats()
        prefs = load_preferences(self.ctx.settings)
        dialog = PilotDialog(
            people=people,
            formats=formats,
            default_start=next_monday(clock.today()),
            preview=lambda p, on_holiday: self.ctx.schedule.plan_series(p, on_holiday, prefs.working_days),
            problems=lambda p: program_problems(
                p,
                {x.email for x in people},
                {f.key for f in formats},
                {x.name.casefold() for x in self.ctx.schedule.list_programs()},
            ),
            parent=self.ctx.window,
            warnings=self._preview_warnings,
            defaults=prefs,
            organizer=default_organizer(prefs.email, people, self.ctx.schedule.list_programs()),
            proposals=self._weekly_proposals(prefs.working_days),
            lead=(prefs.name, prefs.email),
        )

        def done() -> None:
            if dialog.result_program is not None:
                command = CreateProgramCommand(
                    self.ctx.schedule, dialog.result_program, self.ctx.announce, dialog.holiday_choice()
                )
                self.ctx.push(command)
                if command.created and command.created[1]:
                    self.ctx.request_tab(1)
                    self.tab.go_to(command.created[1][0].start.date())

        dialog.accepted.connect(done)
        self.ctx.dialog = dialog
        dialog.open()
        return dialog

    def edit_program(self, program_id: int | None = None) -> PilotDialog | None:
        """Edit a program; future planned sessions follow (one undoable step)."""
        programs = self.ctx.schedule.list_programs()
        chosen = program_id or (int(self.tab.program.currentData() or 0) or None)
        program = next((p for p in programs if p.id == chosen), programs[-1] if programs else None)
        if program is None:
            prompts.show_info(self.ctx.window, self.tr("Edit Program"), self.tr("There is no program yet."))
            return None
        people = self.ctx.roster.people()
        formats = self.ctx.schedule.formats()
        others = {p.name.casefold() for p in programs if p.id != program.id}
        today = clock.today()

        def preview(edited: Program, on_holiday: str = "keep") -> list[Session]:
            change = self.ctx.schedule.plan_program_edit(edited, today, on_holiday)
            changed = {s.id for s in change.after}
            kept = [
                s
                for s in self.ctx.schedule.list_sessions(program.id)
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
            parent=self.ctx.window,
            warnings=self._preview_warnings,
            proposals=self._weekly_proposals(load_preferences(self.ctx.settings).working_days),
            lead=(load_preferences(self.ctx.settings).name, load_preferences(self.ctx.settings).email),
        )

        def done() -> None:
            if dialog.result_program is not None:
                change = self.ctx.schedule.plan_program_edit(
                    dialog.result_program, today, dialog.holiday_choice()
                )
                self.ctx.push(ChangeCommand(self.ctx.schedule, change, self.ctx.announce))

        dialog.accepted.connect(done)
        self.ctx.dialog = dialog
        dialog.open()
        return dialog

    def _weekly_proposals(self, working_days: tuple[int, ...]) -> Callable[[Program], list[Proposal]]:
        """The best weekly times for a program's members, as New Pilot and Edit Program list them."""
        return lambda program: self.ctx.schedule.propose_weekly(
            program, now=clock.now(), working_days=working_days
        )

    def _preview_warnings(self, program: Program, planned: list[Session]) -> list[list[str]]:
        return preview_warnings(
            self.ctx.schedule.list_sessions(),
            self.ctx.roster.people(),
            self.ctx.schedule.list_programs(),
            program,
            planned,
        )

    def open_preferences(self) -> PreferencesDialog:
        """Edit my name, email, timezone, paper size and working days; the week view follows."""
        dialog = PreferencesDialog(self.ctx.settings, lambda _: self.reload(), parent=self.ctx.window)
        self.ctx.dialog = dialog
        dialog.open()
        return dialog

    def open_matching(self) -> MatchingDialog | None:
        """Open the Matching view on the programs of this workspace."""
        programs = self.ctx.schedule.list_programs()
        if not programs:
            prompts.show_info(
                self.ctx.window,
                self.tr("Match Peers"),
                self.tr("Matching works on a program's members: create a pilot first."),
            )
            return None
        from peerdesk.matching.service import Matcher
        from peerdesk.ui.schedule.matching_dialog import MatchingDialog

        matcher = Matcher(self.ctx.workspace)

        def apply(program: Program, run_id: int) -> ScheduleChange:
            days = load_preferences(self.ctx.settings).working_days
            change = matcher.plan_apply(program, matcher.stored(run_id), days, not_before=clock.now())
            self.ctx.push(ChangeCommand(self.ctx.schedule, change, self.ctx.announce))
            matcher.runs.mark_applied(run_id)
            self.ctx.message(
                self.tr("Added {0} to {1}").format(
                    self.tr("%n session(s)", "", len(change.after)), program.name
                ),
                8000,
            )
            return change

        def place(draft: Session) -> SessionDialog:
            add = self.ctx.schedule.plan_add_one_off
            found = self.proposed_times(draft)
            best = replace(draft, start=found[0].start, timezone=found[0].zone) if found else draft
            return self._session_dialog(
                best,
                lambda s: self.ctx.push(ChangeCommand(self.ctx.schedule, add(s), self.ctx.announce)),
                proposals=found,
            )

        def repair(person: Person) -> None:
            roster = self.ctx.roster
            self.ctx.push(ChangeCommand(roster, roster.plan_update(person), self.ctx.announce))
            self.ctx.message(
                self.tr("Added free time to {0}: {1}").format(
                    person.name, ", ".join(str(w) for w in person.availability)
                ),
                8000,
            )

        dialog = MatchingDialog(
            matcher,
            programs,
            self.ctx.roster.people(),
            apply,
            parent=self.ctx.window,
            place=place,
            repair=repair,
        )
        self.ctx.dialog = dialog
        dialog.show()
        return dialog

    def proposed_times(self, draft: Session) -> list[Proposal]:
        """The best times for the draft's attendees (Pick a Time opens on the first): never past,
        never when one of them is booked (their own weekly session included)."""
        program = self.ctx.schedule.programs.get(draft.program_id)
        if program is None:
            return []
        return self.ctx.schedule.propose_times(
            program,
            [a.email for a in draft.attendees],
            draft.minutes,
            now=clock.now(),
            working_days=load_preferences(self.ctx.settings).working_days,
        )

    def open_formats(self) -> FormatsDialog:
        """Show the format library for adding and editing formats."""
        repo = self.ctx.schedule.formats_repo

        def save(before: Format | None, after: Format) -> None:
            self.ctx.push(FormatCommand(repo, after.key, before, after, self.ctx.announce))

        def reset(key: str) -> None:
            before = next((f for f in self.ctx.schedule.formats() if f.key == key), None)
            self.ctx.push(FormatCommand(repo, key, before, None, self.ctx.announce))

        dialog = FormatsDialog(self.ctx.schedule.formats, save, reset, parent=self.ctx.window)
        self.ctx.dialog = dialog
        dialog.show()
        return dialog

    def publish_to_calendar(self) -> QWidget | None:
        """Schedule > Publish to Calendar (the dialog loads the CalDAV client only when opened)."""
        from peerdesk.ui.schedule.publish_dialog import open_publish_dialog

        return open_publish_dialog(self.ctx.window)

    def _show_publications(self, program_ids: set[int] | None = None) -> None:
        """Where each program is published and whether local changes wait (only `program_ids`'
        figures are worked out again; building their calendar objects is the costly part)."""
        from peerdesk.publishing.status import publish_statuses

        fresh = publish_statuses(self.ctx.workspace, program_ids)
        if program_ids is None:
            self._publications = fresh
        else:
            for program_id in program_ids:
                self._publications.pop(program_id, None)
            self._publications.update(fresh)
        self.tab.show_publications(self._programs, self._publications)

    def edit_selected_session(self) -> None:
        """Edit the session selected in the week or list view."""
        self._with_session(self.edit_session)

    def skip_week(self) -> None:
        """Skip the selected session (a holiday): removed from the series."""
        self._with_session(lambda i: self.set_status(i, "skipped"))

    def cancel_session(self) -> None:
        """Cancel the selected session; attendees get a cancellation."""
        self._with_session(lambda i: self.set_status(i, "cancelled"))

    def cancel_rest_selected(self) -> None:
        """Cancel the selected session and every later planned one of its series."""
        self._with_session(self.cancel_rest)

    def restore_session(self) -> None:
        """Plan a skipped or cancelled session again."""
        self._with_session(lambda i: self.set_status(i, "planned"))

    def previous_week(self) -> None:
        """Show the week before."""
        self.tab.go_to(self.tab.week_start - timedelta(days=7))

    def next_week(self) -> None:
        """Show the week after."""
        self.tab.go_to(self.tab.week_start + timedelta(days=7))

    def this_week(self) -> None:
        """Show this week."""
        self.tab.go_to(clock.today())

    def _with_session(self, action: Callable[[int], object]) -> None:
        session_id = self.tab.selected_session_id()
        if session_id is None:
            self.ctx.message(self.tr("Select a session first (click a block or a row)."), 5000)
            return
        action(session_id)

    def _conflicts_for(self, session: Session) -> list[str]:
        others = [s for s in self.ctx.schedule.list_sessions() if s.id != session.id or session.id is None]
        found = find_conflicts(
            [*others, session], self.ctx.roster.people(), self.ctx.schedule.list_programs()
        )
        return [c.message for c in found if c.session_id == session.id]

    def _session_dialog(
        self,
        session: Session,
        on_done: Callable[[Session], None],
        programs: list[Program] | None = None,
        proposals: list[Proposal] | None = None,
    ) -> SessionDialog:
        dialog = SessionDialog(
            session,
            people=self.ctx.roster.people(),
            formats=self.ctx.schedule.formats(),
            skills=[s.name for s in self.ctx.roster.skills()],
            conflicts_for=self._conflicts_for,
            on_print=lambda session_id: self.ctx.request_print("agenda", session_id),
            parent=self.ctx.window,
            programs=programs,
            proposals=proposals,
        )
        dialog.accepted.connect(lambda: on_done(dialog.result_session) if dialog.result_session else None)
        self.ctx.dialog = dialog
        dialog.open()
        return dialog

    def edit_session(self, session_id: int) -> SessionDialog | None:
        """Open the session editor on one session (changes are one undoable step)."""
        session = self.ctx.schedule.sessions.get(session_id)
        if session is None:
            return None
        return self._session_dialog(
            session,
            lambda edited: self.ctx.push(
                ChangeCommand(self.ctx.schedule, self.ctx.schedule.plan_edit(edited), self.ctx.announce)
            ),
        )

    def add_session(self) -> SessionDialog | None:
        """Add a one-off session to a program."""
        programs = self.ctx.schedule.list_programs()
        if not programs:
            prompts.show_info(
                self.ctx.window,
                self.tr("Add Session"),
                self.tr("Create a pilot first (Schedule > New Pilot)."),
            )
            return None
        chosen = self.tab.program.currentData()
        program = next((p for p in programs if str(p.id) == chosen), programs[-1])
        start = datetime.combine(self.tab.week_start + timedelta(days=program.weekday), program.time)
        first_day = max(self.tab.week_start, clock.today() + timedelta(days=1))
        start = self.ctx.schedule.suggest_start(program, program.members, first_day, program.minutes) or start
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
            lambda s: self.ctx.push(
                ChangeCommand(self.ctx.schedule, self.ctx.schedule.plan_add_one_off(s), self.ctx.announce)
            ),
            programs,
        )

    def move_session(self, session_id: int, new_start: datetime) -> None:
        """Move a session (dragged in the week view); undoable."""
        try:
            change = self.ctx.schedule.plan_move(session_id, new_start)
        except ValueError as exc:  # a time in the spring-forward gap
            self.ctx.remember(prompts.show_error(self.ctx.window, self.tr("Move Session"), str(exc)))
            return
        self.ctx.push(ChangeCommand(self.ctx.schedule, change, self.ctx.announce))

    def set_status(self, session_id: int, status: str) -> None:
        """Skip, cancel or restore one session; undoable."""
        self.ctx.push(
            ChangeCommand(
                self.ctx.schedule, self.ctx.schedule.plan_status(session_id, status), self.ctx.announce
            )
        )

    def cancel_rest(self, session_id: int) -> None:
        """Cancel a session and the rest of its series, after confirmation."""
        change = self.ctx.schedule.plan_cancel_rest(session_id)
        if not change.before:
            self.ctx.message(self.tr("No planned weekly sessions from here on."), 5000)
            return
        self.ctx.dialog = prompts.confirm(
            self.ctx.window,
            self.tr("Cancel the rest of the series"),
            self.tr(
                "Cancel {0} from {1} on? Export invites afterwards so attendees' calendars remove them."
            ).format(
                self.tr("%n planned session(s)", "", len(change.before)),
                dates.date_text(change.before[0].start),
            ),
            lambda: self.ctx.push(ChangeCommand(self.ctx.schedule, change, self.ctx.announce)),
            yes_text=self.tr("Cancel sessions"),
        )

    # -- deleting -------------------------------------------------------------------

    def delete_selected_session(self) -> None:
        """Delete the session selected in the week or list view, after confirmation."""
        self._with_session(self.delete_session)

    def delete_session(self, session_id: int) -> QWidget | None:
        """Ask, naming what goes, then delete one session (undoable)."""
        from peerdesk.schedule.deletion import Deletions

        try:
            deletion = Deletions(self.ctx.workspace).plan_session(session_id)
        except ValueError as exc:
            self.ctx.message(str(exc), 5000)
            return None
        session = deletion.sessions[0]
        question = self.tr("Delete {0} ({1})? This removes {2}.").format(
            session.title, dates.day_time(session.start), deletion.what_goes()
        )
        return self._confirm_deletion(deletion, self.tr("Delete Session"), question)

    def delete_program(self, program_id: int | None = None) -> QWidget | None:
        """Ask, naming what goes, then delete a program with everything in it (undoable).

        The program is the one chosen in the Program filter, else the selected session's,
        else the only one; with several and none chosen, the lead is asked to choose."""
        from peerdesk.schedule.deletion import Deletions

        programs = self.ctx.schedule.list_programs()
        chosen = program_id or int(self.tab.program.currentData() or 0) or None
        selected = self.tab.selected_session_id()
        if chosen is None and selected is not None:
            session = self.ctx.schedule.sessions.get(selected)
            chosen = session.program_id if session else None
        if chosen is None and len(programs) == 1:
            chosen = programs[0].id
        if chosen is None:
            text = (
                self.tr("There is no program to delete.")
                if not programs
                else self.tr(
                    "Choose the program in the Schedule tab's Program filter "
                    "(or select one of its sessions) first."
                )
            )
            return self.ctx.remember(prompts.show_info(self.ctx.window, self.tr("Delete Program"), text))
        deletion = Deletions(self.ctx.workspace).plan_program(chosen)
        question = self.tr("Delete the program “{0}”? This removes {1}.").format(
            deletion.program.name, deletion.what_goes()
        )
        return self._confirm_deletion(deletion, self.tr("Delete Program"), question)

    def _confirm_deletion(self, deletion: Deletion, title: str, question: str) -> QWidget:
        coming = deletion.to_cancel()
        folder = prompts.start_folder("invites") / f"{self.ctx.workspace.name}-invites"
        choice = None
        if coming:
            # the folder goes in the text, which wraps; a check box never wraps
            choice = self.tr("Write cancellations for the {0} still to come").format(
                self.tr("%n session(s)", "", len(coming))
            )
        text = question + "\n\n" + self.tr("Edit > Undo brings everything back.")
        if coming:
            text += "\n\n" + self.tr(
                "Invites were sent for {0}: cancellations written into {1} "
                "make attendees' calendars drop them."
            ).format(self.tr("%n session(s)", "", len(coming)), folder)
        return self.ctx.remember(
            prompts.confirm_with_choice(
                self.ctx.window,
                title,
                text,
                lambda cancel: self._delete(deletion, folder if cancel and coming else None),
                yes_text=title,
                choice=choice,
            )
        )

    def _delete(self, deletion: Deletion, cancellations: Path | None) -> None:
        """Write the cancellations (if asked), then delete; when writing fails nothing is deleted."""
        from peerdesk.schedule.deletion import Deletions, cancellation_files, write_cancellations
        from peerdesk.storage import WorkspaceError

        written: list[Path] = []
        if cancellations is not None:
            try:
                files = cancellation_files(self.ctx.workspace, deletion)
                written = write_cancellations(self.ctx.workspace, cancellations, files)
            except (WorkspaceError, OSError) as exc:
                self.ctx.remember(
                    prompts.show_error(
                        self.ctx.window,
                        self.tr("Delete"),
                        self.tr("Could not write the cancellations, so nothing was deleted: {0}").format(exc),
                    )
                )
                return
            prompts.remember_folder("invites", cancellations.parent)

        def undo_failed(reason: str) -> None:
            self.ctx.remember(prompts.show_error(self.ctx.window, self.tr("Undo"), reason))

        self.ctx.push(DeleteCommand(Deletions(self.ctx.workspace), deletion, self.ctx.announce, undo_failed))
        what = (
            self.tr("program {0}").format(deletion.program.name)
            if deletion.whole_program
            else deletion.sessions[0].title
        )
        done = self.tr("Deleted {0}: {1}").format(what, deletion.what_goes())
        if written:
            done += self.tr("; wrote {0} to {1}").format(
                self.tr("%n cancellation file(s)", "", len(written)), cancellations
            )
        self.ctx.message(done, 10000)

    def import_replies(self, paths: list[Path] | None = None) -> None:
        """Read invitees' answers (File > Import Replies, or files dropped on the window) and show them."""
        if paths is None:
            chosen = prompts.choose_open_path(
                self.ctx.window, self.tr("Import Replies"), prompts.REPLIES_FILTER
            )
            if chosen is None:
                return
            paths = [chosen]
        result = import_replies(self.ctx.workspace, paths)
        self.ctx.announce(result.changes)
        self.ctx.message(result.summary(), 10000)
        if result.notes:
            self.ctx.remember(
                prompts.show_error(
                    self.ctx.window,
                    self.tr("Import Replies"),
                    self.tr("{0}. Left out:").format(result.summary()),
                    "\n".join(result.notes),
                )
            )

    def export_selected_session(self) -> None:
        """Export Invites for the selected session only (its context menu's Export Session Invite)."""
        self._with_session(self.export_invites)

    def export_invites(self, session_id: int | None = None) -> InvitesDialog | None:
        """Choose a program (or one session) and folder, then write its invites atomically."""
        programs = self.ctx.schedule.list_programs()
        if not programs:
            prompts.show_info(
                self.ctx.window, self.tr("Export Invites"), self.tr("There is no program to export yet.")
            )
            return None
        from peerdesk.schedule.invite_files import export_invites, sending_conflicts
        from peerdesk.schedule.session_invites import export_session_invite

        people = self.ctx.roster.people()
        dialog = InvitesDialog(
            programs,
            people,
            prompts.start_folder("invites") / f"{self.ctx.workspace.name}-invites",
            export=lambda pid, folder, person, eml: export_invites(
                self.ctx.workspace, self.ctx.schedule.programs.get(pid), folder, person=person, eml=eml
            ),
            conflicts=lambda pid, person: sending_conflicts(
                self.ctx.schedule.programs.get(pid),
                self.ctx.schedule.list_sessions(),
                people,
                programs,
                person,
            ),
            parent=self.ctx.window,
            lead=load_preferences(self.ctx.settings).email,
            session=self.ctx.schedule.sessions.get(session_id) if session_id else None,
            export_session=lambda sid, folder, eml: export_session_invite(
                self.ctx.workspace, sid, folder, eml=eml
            ),
        )
        dialog.exported.connect(lambda text: self.ctx.message(text, 10000))
        self.ctx.dialog = dialog
        dialog.open()
        return dialog


def default_organizer(lead_email: str, people: list[Person], programs: list[Program]) -> str | None:
    """Who New Pilot proposes as organizer: the lead (Preferences), on the roster or not; without a
    lead, the one person who organizes every existing pilot (the demo's lead, a colleague's
    workspace), else nobody: the lead chooses, rather than invites going out in whoever sorts first's
    name."""
    if lead_email:
        return lead_email
    active = {p.email for p in people if p.active}
    organizers = {p.organizer_email for p in programs if p.organizer_email}
    if len(organizers) == 1 and (only := organizers.pop()) in active:
        return only
    return None
