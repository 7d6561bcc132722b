"""The window's impact actions: the report dialogs and the check-in import.

Kept beside the Feedback tab so the main window only hooks them in.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from peerdesk.changes import OpChanges
from peerdesk.domain import CheckIn, Program
from peerdesk.impact.competency_csv import plan_competency_import
from peerdesk.impact.report import Impact
from peerdesk.printing.templates import TemplateProblem
from peerdesk.roster.csv_io import CsvFileError
from peerdesk.storage.impact import ImpactRepository
from peerdesk.ui import prompts
from peerdesk.ui.commands import CallbackCommand
from peerdesk.ui.feedback.report_dialogs import CompareDialog, EndOfPilotDialog, ReportDialog


def _programs(window: Any, title: str) -> list[Program] | None:
    programs = window.schedule.list_programs()
    if not programs:
        prompts.show_info(window, title, window.tr("There is no program yet."))
        return None
    return programs


def open_report_dialog(window: Any, program_id: int | None = None, week: int = 0) -> ReportDialog | None:
    """Ask which program and week, show the preview, save on request."""
    programs = _programs(window, window.tr("Leadership Report"))
    if programs is None:
        return None
    impact = Impact(window.workspace)

    def save(program: Program, chosen: int, path: Path, slack: bool) -> Path | None:
        from peerdesk.ui.printing.output import write_report

        try:
            write_report(window.workspace, impact, program, chosen, path, slack=slack)
        except (TemplateProblem, OSError, ValueError) as exc:
            prompts.show_error(window, window.tr("Leadership Report"), str(exc))
            return None
        window.statusBar().showMessage(
            window.tr("Wrote the week {0} report to {1}").format(chosen, path), 10000
        )
        return path

    default = program_id if program_id in {p.id for p in programs} else programs[-1].id
    return window.ctx.show_dialog(ReportDialog(impact, programs, default, week, save, window))


def open_end_of_pilot(window: Any) -> EndOfPilotDialog | None:
    """The end-of-pilot summary dialog."""
    return _open_over_programs(window, window.tr("End-of-Pilot Report"), EndOfPilotDialog)


def open_compare(window: Any) -> CompareDialog | None:
    """Two programs side by side."""
    return _open_over_programs(window, window.tr("Compare Pilots"), CompareDialog)


def _open_over_programs(window: Any, title: str, make: Any) -> Any:
    """Open a dialog over the workspace's programs (or say there are none yet)."""
    programs = _programs(window, title)
    if programs is None:
        return None
    return window.ctx.show_dialog(make(Impact(window.workspace), programs, window))


def import_check_ins(window: Any, path: Path | None = None) -> list[CheckIn] | None:
    """Import date,email,skill,level,assessor rows: all or nothing, undoable."""
    title = window.tr("Import Check-ins")
    path = path or prompts.choose_open_path(window, window.tr("Import Check-ins CSV"), prompts.CSV_FILTER)
    if path is None:
        return None
    try:
        plan = plan_competency_import(window.workspace, path)
    except CsvFileError as exc:
        prompts.show_error(window, title, str(exc))
        return None
    if not plan.ok:
        lines = [str(p) for p in plan.problems]
        prompts.show_error(
            window,
            title,
            window.tr("{0}: {1}; nothing was imported.").format(
                path.name, window.tr("%n problem(s)", "", len(lines))
            ),
            "\n".join(lines),
        )
        return None
    saved: list[CheckIn] = []

    def do() -> None:
        repo = ImpactRepository(window.workspace.db)
        again = [replace(c, id=s.id) for c, s in zip(plan.check_ins, saved, strict=True)] if saved else None
        saved[:] = repo.add_check_ins(again or plan.check_ins)

    def undo() -> None:
        ImpactRepository(window.workspace.db).delete_check_ins([c.id for c in saved if c.id is not None])

    window.ctx.push(
        CallbackCommand(
            window.tr("Import check-ins {0}").format(path.name),
            do,
            undo,
            window.ctx.announce,
            OpChanges(checkins=True),
        )
    )
    window.statusBar().showMessage(window.tr("Imported {0}: {1}").format(path.name, plan.summary()), 10000)
    return saved
