"""What the window does for the Feedback tab: filling it, saving its edits, imports and reports."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from peerdesk.changes import OpChanges
from peerdesk.collation import sort_key
from peerdesk.domain import AttendanceRecord, CheckIn, Person, Program, Session, Shoutout
from peerdesk.impact.feedback import SessionNotStarted, SessionRecord
from peerdesk.impact.feedback_csv import plan_feedback_import
from peerdesk.impact.report import Impact
from peerdesk.impact.tallies import KpiMemory
from peerdesk.roster.csv_io import CsvFileError
from peerdesk.schedule.replies import answers_by_session
from peerdesk.schedule.service import ScheduleChange
from peerdesk.storage.impact import ImpactRepository
from peerdesk.ui import prompts

if TYPE_CHECKING:  # opened on demand, so start-up does not load them
    pass
from peerdesk.ui.commands import (
    CallbackCommand,
    ChangeCommand,
)
from peerdesk.ui.context import WindowContext
from peerdesk.ui.feedback.tab import FeedbackTab


class FeedbackController(QObject):
    """What the window does for the Feedback tab, and keeping each of its pages current.

    Each page is filled again only when an edit touched what it shows: the Record
    page when its session (or the names) changed, the dashboard and recognition
    when their program's sessions, attendance or check-ins changed. The program
    pages (dashboard, competency, recognition) are filled when they are in front:
    while the lead types a sign-in sheet on the Record page, an edit only marks
    them stale, and they catch up when one of them is shown.
    """

    def __init__(self, ctx: WindowContext, tab: FeedbackTab) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.tab = tab
        self._feedback_session: int | None = None
        self._dashboard: tuple[int | None, int] = (None, 0)
        self._people: dict[int, Person] = {}
        self._sorted_people: list[Person] | None = None
        self._sessions: dict[int, Session] = {}
        self._programs: list[Program] = []
        # of the dashboard program's sessions (replaced, never changed in place: see KpiMemory)
        self._attendance: dict[int, tuple[AttendanceRecord, ...]] = {}
        self._memory = KpiMemory()  # each held session's counts, for the KPIs after the next edit
        self._check_ins: list[CheckIn] | None = None
        self._typed: SessionRecord | None = None  # a record being saved from the Record page
        self._stale: bool | None = None  # program pages to fill when shown (True: check-ins too)
        self._record_stale = False  # the Record page, to fill when shown
        self._loaded = False
        self._connect_feedback()

    def forget(self) -> None:
        """Drop what was shown of the previous workspace."""
        self._feedback_session, self._dashboard = None, (None, 0)
        self._stale = None
        self._record_stale = False
        self._loaded = False
        self._memory.clear()

    # -- keeping the tab current ------------------------------------------------

    def reload(self) -> None:
        """Fill every page from the file."""
        self._people = {p.id: p for p in self.ctx.roster.people() if p.id is not None}
        self._sorted_people = None
        self._sessions = {s.id: s for s in self.ctx.schedule.list_sessions() if s.id is not None}
        self._programs = self.ctx.schedule.list_programs()
        self._attendance, self._check_ins = {}, None
        self._loaded = True
        self._show_record()
        self._show_program_pages(checkins=True)

    def refresh(self, changes: OpChanges) -> None:
        """Fill again only the pages that show something this edit changed."""
        wide = changes.everything or (changes.roster and not changes.people)
        if not self._loaded or wide or (changes.schedule and not changes.sessions):
            self.reload()
            return
        # what the pages show of people: the Record page names and active people (walk-ins),
        # the program pages names, skills and start dates
        record_people = program_people = False
        walk_ins: list[tuple[Person, Person]] = []  # only their walk-in offer changes (activated or not)
        if changes.roster:
            fresh = {p.id: p for p in self.ctx.roster.repo.list_people(changes.people)}
            self._sorted_people = None
            for pid in changes.people:
                old, new = self._people.pop(pid, None), fresh.get(pid)
                if new is not None:
                    self._people[pid] = new
                if _on_record(old) != _on_record(new):
                    if old is not None and new is not None and _only_active_changed(old, new):
                        walk_ins.append((old, new))
                    else:
                        record_people = True
                program_people = program_people or _on_program(old) != _on_program(new)
        record_affected = False  # the Record page's session, or one its report-back may come from
        if changes.schedule:
            shown = self._sessions.get(self._feedback_session or -1)
            before = [self._sessions[sid] for sid in changes.sessions if sid in self._sessions]
            fresh_sessions = self.ctx.schedule.sessions.list_sessions(ids=changes.sessions)
            record_affected = (
                shown is None
                or shown.id in changes.sessions
                or any(
                    s.program_id == shown.program_id and s.start <= shown.start
                    for s in (*before, *fresh_sessions)
                )
            )
            for sid in changes.sessions:
                self._sessions.pop(sid, None)
                self._attendance.pop(sid, None)
            self._sessions.update((s.id, s) for s in fresh_sessions if s.id is not None)
            if (
                changes.programs_edited
                or changes.programs - {p.id for p in self._programs}
                or not changes.sessions
            ):
                self._programs = self.ctx.schedule.list_programs()
        if changes.checkins:
            self._check_ins = None
        typed = self._typed
        page = self.tab.record
        shows_typed = (
            typed is not None
            and page.model.rows() == list(typed.attendance)
            and page.held.isChecked() == (typed.session.status == "held")
        )
        if shows_typed and not record_people and changes.sessions == {typed.session.id}:
            self._show_sessions()  # the page shows what was just typed; only the list's status changes
        elif record_people or record_affected:
            self._show_record_when_seen()
        elif changes.schedule:  # only the session list (titles, statuses) can have changed
            shown_before = self._feedback_session
            self._show_sessions()
            if self._feedback_session != shown_before:
                self._show_record_when_seen()
        if walk_ins and not (record_people or record_affected or self._record_stale):
            for old, new in walk_ins:  # one row of the walk-in list, not the whole page again
                page.update_walk_in(old, new)
        program = self._program()
        touched = program is not None and (
            program_people or changes.checkins or changes.recognition or program.id in changes.programs
        )
        if touched or changes.skills:
            self._show_program_pages(checkins=changes.checkins or program_people or changes.skills)

    def _record_typed(self, record: SessionRecord) -> None:
        """Save what was typed on the Record page (one undoable step); the page already shows it."""
        try:
            change = self.ctx.feedback.plan(record)
        except SessionNotStarted as exc:  # refused: nothing changes, the page says why
            self._show_record()
            self.tab.record.show_problem(str(exc))
            return
        self._typed = record
        try:
            self.ctx.push(ChangeCommand(self.ctx.feedback, change, self.ctx.announce))
        finally:
            self._typed = None

    def _people_list(self) -> list[Person]:
        """Everyone in name order; the same list until a person changes (the KPIs keep what
        they worked out from it: see KpiMemory)."""
        if self._sorted_people is None:
            self._sorted_people = sorted(self._people.values(), key=lambda p: (sort_key(p.name), p.id))
        return self._sorted_people

    def _program(self) -> Program | None:
        programs = self._programs
        program_id = self._dashboard[0]
        return next((p for p in programs if p.id == program_id), programs[-1] if programs else None)

    def _show_sessions(self) -> None:
        sessions = sorted(self._sessions.values(), key=lambda s: (s.start_utc(), s.id))
        live = [s for s in sessions if s.status != "cancelled"]
        if self._feedback_session not in {s.id for s in live}:
            default = self.ctx.feedback.default_session()
            self._feedback_session = default.id if default else None
        self.tab.record.show_sessions(live, self._feedback_session)

    def _show_record_when_seen(self) -> None:
        """The Record page again: now if it is in front, else when it is next shown (a session of
        thousands, and the commitments of every earlier one, are read for a page no one sees)."""
        if self.tab.currentWidget() is self.tab.record:
            self._show_record()
        else:
            self._record_stale = True
            self._show_sessions()  # which session the page will show, as it would have

    def _show_record(self) -> None:
        self._record_stale = False
        tab = self.tab
        self._show_sessions()
        feedback = self.ctx.feedback
        record = feedback.record(self._feedback_session) if self._feedback_session else None
        previous = []
        people = self._people_list()
        if record is not None:
            names = {p.email: p.name for p in people}
            previous = [
                (names.get(email, email), commitment)
                for email, commitment, _day in feedback.previous_commitments(record.session)
            ]
        answers = (
            answers_by_session(self.ctx.workspace, [record.session.id]).get(record.session.id, {})
            if record is not None and record.session.id is not None
            else {}
        )
        tab.record.show_record(record, people, previous, answers)

    def _show_program_pages(self, *, checkins: bool) -> None:
        """The dashboard, check-ins and recognition of the program the dashboard shows: now if one of
        them is in front, else when one is next shown."""
        self._stale = bool(self._stale) or checkins
        if self.tab.currentWidget() is self.tab.record:
            return
        self._catch_up_pages()

    def _catch_up_pages(self) -> None:
        """Fill the program pages that an edit made stale (see `_show_program_pages`)."""
        if self._stale is None:
            return
        checkins, self._stale = self._stale, None
        tab = self.tab
        programs, people = self._programs, self._people_list()
        program = self._program()
        week = self._dashboard[1]
        impact = Impact(self.ctx.workspace)
        tab.dashboard.show_choices(
            programs, program.id if program else None, program.weeks if program else 0, week
        )
        if self._check_ins is None:
            self._check_ins = impact.repo.check_ins()
        check_ins = self._check_ins
        kpis = None
        if program is not None:
            sessions = sorted(
                (s for s in self._sessions.values() if s.program_id == program.id),
                key=lambda s: (s.start, s.id),
            )
            missing = [s.id for s in sessions if s.id is not None and s.id not in self._attendance]
            if missing:
                fetched = impact.attendance.for_sessions(missing)
                self._attendance.update((sid, tuple(fetched.get(sid, ()))) for sid in missing)
            kpis = impact.kpis(
                program,
                through_week=week or None,
                people=people,
                check_ins=check_ins,
                sessions=sessions,
                attendance={s.id: self._attendance[s.id] for s in sessions if s.id is not None},
                programs=programs,
                memory=self._memory,
            )
        tab.dashboard.show_kpis(kpis)
        if checkins:
            tab.competency.show_data(program, people, check_ins, [s.name for s in self.ctx.roster.skills()])
        shoutouts = impact.repo.shoutouts(program.id) if program else []
        tab.recognition.show_data(program, people, kpis, shoutouts)

    def _catch_up_record(self) -> None:
        if self._record_stale and self.tab.currentWidget() is self.tab.record:
            self._show_record()

    def _connect_feedback(self) -> None:
        tab = self.tab

        def chosen(session_id: int) -> None:
            self._feedback_session = session_id
            self._show_record()

        def dashboard() -> None:
            self._dashboard = (tab.dashboard.program.currentData(), tab.dashboard.week.currentData() or 0)
            self._show_program_pages(checkins=True)

        tab.currentChanged.connect(lambda _index: self._catch_up_pages())
        tab.currentChanged.connect(lambda _index: self._catch_up_record())
        tab.record.session_chosen.connect(chosen)
        tab.record.record_changed.connect(self._record_typed)
        tab.dashboard.program.currentIndexChanged.connect(dashboard)
        tab.dashboard.week.currentIndexChanged.connect(dashboard)
        tab.dashboard.report_requested.connect(self.export_report)
        repo = ImpactRepository(self.ctx.workspace.db)

        def add_check_in(check_in: CheckIn) -> None:
            saved: list[CheckIn] = []

            def do() -> None:
                saved[:] = ImpactRepository(self.ctx.workspace.db).add_check_ins(
                    [replace(check_in, id=saved[0].id) if saved else check_in]
                )

            self.ctx.push(
                CallbackCommand(
                    self.tr("Add check-in"),
                    do,
                    lambda: ImpactRepository(self.ctx.workspace.db).delete_check_ins(
                        [c.id for c in saved if c.id is not None]
                    ),
                    self.ctx.announce,
                    OpChanges(checkins=True),
                )
            )

        def delete_check_ins(ids: list[int]) -> None:
            gone = [c for c in ImpactRepository(self.ctx.workspace.db).check_ins() if c.id in ids]
            if gone:
                self.ctx.push(
                    CallbackCommand(
                        self.tr("Delete check-ins"),
                        lambda: ImpactRepository(self.ctx.workspace.db).delete_check_ins(ids),
                        lambda: ImpactRepository(self.ctx.workspace.db).add_check_ins(gone),
                        self.ctx.announce,
                        OpChanges(checkins=True),
                    )
                )

        def add_shoutout(shoutout: Shoutout) -> None:
            saved: list[Shoutout] = []

            def do() -> None:
                target = replace(shoutout, id=saved[0].id) if saved else shoutout
                saved[:] = [ImpactRepository(self.ctx.workspace.db).add_shoutout(target)]

            self.ctx.push(
                CallbackCommand(
                    self.tr("Add shout-out"),
                    do,
                    lambda: ImpactRepository(self.ctx.workspace.db).delete_shoutout(saved[0].id or 0),
                    self.ctx.announce,
                    OpChanges(recognition=True),
                )
            )

        def delete_shoutout(shoutout_id: int) -> None:
            gone = next(
                (s for s in ImpactRepository(self.ctx.workspace.db).shoutouts() if s.id == shoutout_id), None
            )
            if gone is not None:
                self.ctx.push(
                    CallbackCommand(
                        self.tr("Remove shout-out"),
                        lambda: ImpactRepository(self.ctx.workspace.db).delete_shoutout(shoutout_id),
                        lambda: ImpactRepository(self.ctx.workspace.db).add_shoutout(gone),
                        self.ctx.announce,
                        OpChanges(recognition=True),
                    )
                )

        def baseline(program: Program) -> None:
            before = self.ctx.schedule.programs.get(program.id or 0)
            self.ctx.push(
                ChangeCommand(
                    self.ctx.schedule,
                    ScheduleChange(
                        self.tr("Change baseline of {0}").format(program.name), (), (), before, program
                    ),
                    self.ctx.announce,
                )
            )

        del repo
        tab.competency.check_in_added.connect(add_check_in)
        tab.competency.check_ins_deleted.connect(delete_check_ins)
        tab.competency.baseline_changed.connect(baseline)
        tab.recognition.shoutout_added.connect(add_shoutout)
        tab.recognition.shoutout_deleted.connect(delete_shoutout)
        tab.recognition.record_requested.connect(lambda email: self.ctx.request_print("record", person=email))

    def import_feedback(self, path: Path | None = None) -> None:
        """Import date,email,attended,rating,answer rows into a program (all or nothing, undoable)."""
        programs = self.ctx.schedule.list_programs()
        if not programs:
            prompts.show_info(
                self.ctx.window, self.tr("Import Feedback"), self.tr("There is no program yet.")
            )
            return
        path = path or prompts.choose_open_path(
            self.ctx.window, self.tr("Import Feedback CSV"), prompts.CSV_FILTER
        )
        if path is None:
            return
        program_id = self.tab.dashboard.program.currentData()
        program = next((p for p in programs if p.id == program_id), programs[-1])
        try:
            plan = plan_feedback_import(self.ctx.feedback, program, path)
        except CsvFileError as exc:
            prompts.show_error(self.ctx.window, self.tr("Import Feedback"), str(exc))
            return
        if not plan.ok or plan.change is None:
            lines = [str(p) for p in plan.problems]
            prompts.show_error(
                self.ctx.window,
                self.tr("Import Feedback"),
                self.tr("{0}: {1}; nothing was imported.").format(
                    path.name, self.tr("%n problem(s)", "", len(lines))
                ),
                "\n".join(lines),
            )
            return
        self.ctx.push(ChangeCommand(self.ctx.feedback, plan.change, self.ctx.announce))
        self.ctx.message(
            self.tr("Imported {0} into {1}: {2}").format(path.name, program.name, plan.summary()), 10000
        )

    def leadership_report(self) -> object:
        """The leadership report: asks which program and week (the dashboard's to start with)."""
        return self.export_report(*self._dashboard)

    def export_report(self, program_id: int | None = None, week: int = 0) -> object:
        """Ask which program and week, show a preview, then save it (PDF, HTML, Markdown or Slack)."""
        from peerdesk.ui.feedback.impact_actions import open_report_dialog

        return open_report_dialog(self.ctx.window, program_id, week)

    def import_check_ins(self, path: Path | None = None) -> object:
        """Import competency check-ins from a spreadsheet (all or nothing, undoable)."""
        from peerdesk.ui.feedback.impact_actions import import_check_ins

        return import_check_ins(self.ctx.window, path)

    def end_of_pilot_report(self) -> object:
        """The one-page end-of-pilot report with the lead's recommendation."""
        from peerdesk.ui.feedback.impact_actions import open_end_of_pilot

        return open_end_of_pilot(self.ctx.window)

    def compare_pilots(self) -> object:
        """Two programs (or a pilot and its baseline) side by side."""
        from peerdesk.ui.feedback.impact_actions import open_compare

        return open_compare(self.ctx.window)


def _on_record(person: Person | None) -> tuple[object, ...] | None:
    """What the Record page shows of a person (names; active people are offered as walk-ins)."""
    return None if person is None else (person.name, person.email, person.active)


def _only_active_changed(old: Person, new: Person) -> bool:
    """Deactivated or activated and nothing else the Record page shows: only the walk-in list
    changes (someone the page names is never offered as a walk-in, active or not)."""
    return (old.name, old.email) == (new.name, new.email)


def _on_program(person: Person | None) -> tuple[object, ...] | None:
    """What the dashboard, check-ins and recognition show of a person."""
    if person is None:
        return None
    return (person.name, person.email, person.teaches, person.wants, person.joined)
