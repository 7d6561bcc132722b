"""What the window does for the Feedback tab: filling it, saving its edits, imports and reports."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.cli.errors import CliError
from peerdesk.domain import CheckIn, Person, Program, Session, Shoutout
from peerdesk.impact.feedback_csv import plan_feedback_import
from peerdesk.impact.report import Impact
from peerdesk.plural import count
from peerdesk.roster.csv_io import CsvFileError
from peerdesk.schedule.service import ScheduleChange
from peerdesk.storage.impact import ImpactRepository
from peerdesk.ui import prompts

if TYPE_CHECKING:  # opened on demand, so start-up does not load them
    pass
from peerdesk.ui.commands import (
    CallbackCommand,
    ChangeCommand,
)


class FeedbackActions:
    """Feedback-tab behaviour of the main window (a mixin: it uses the window's services)."""

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
            previous = [
                (names.get(email, email), commitment)
                for email, commitment, _day in self.feedback.previous_commitments(record.session)
            ]
        tab.record.show_record(record, people, previous)
        program_id, week = self._dashboard
        program = next((p for p in programs if p.id == program_id), programs[-1] if programs else None)
        impact = Impact(self.workspace)
        tab.dashboard.show_choices(
            programs, program.id if program else None, program.weeks if program else 0, week
        )
        check_ins = impact.repo.check_ins()
        kpis = (
            impact.kpis(program, through_week=week or None, people=people, check_ins=check_ins)
            if program
            else None
        )
        tab.dashboard.show_kpis(kpis)
        tab.competency.show_data(program, people, check_ins, [s.name for s in self.roster.skills()])
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
                self.tr("{0}: {1}; nothing was imported.").format(path.name, count(len(lines), "problem")),
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
        from peerdesk.cli.impact import write_report
        from peerdesk.printing.templates import TemplateProblem

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
