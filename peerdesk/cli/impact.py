"""The impact commands: `feedback import`, `competency import`, `kpis`, `report` and `compare`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from peerdesk.atomic import is_stdout, write_bytes_atomically, write_stdout
from peerdesk.cli.errors import CliError
from peerdesk.domain import Program
from peerdesk.i18n import _, nformat
from peerdesk.impact.competency_csv import plan_competency_import
from peerdesk.impact.feedback import Feedback
from peerdesk.impact.feedback_csv import plan_feedback_import
from peerdesk.impact.kpis import ProgramKpis, groups_text
from peerdesk.impact.report import Impact
from peerdesk.impact.survival import describe
from peerdesk.storage import Workspace, check_output_path, open_workspace
from peerdesk.storage.impact import ImpactRepository


def _program(impact: Impact, name: str) -> Program:
    program = impact.schedule.find_program(name)
    if program is None:
        raise CliError(_("there is no program '{name}'").format(name=name))
    return program


def run_impact_command(args: argparse.Namespace, db: Path) -> int:
    """Dispatch `feedback import`, `competency import`, `kpis`, `report` and `compare`."""
    if args.command == "feedback":
        return _import(args, db)
    if args.command == "competency":
        return _import_competency(args, db)
    with open_workspace(db, read_only=True) as workspace:
        impact = Impact(workspace)
        if args.command == "compare":
            return _compare(args, workspace, impact)
        program = _program(impact, args.program)
        if args.week is not None and not 1 <= args.week <= program.weeks:
            raise CliError(
                _("--week {week}: {name} has weeks 1-{weeks}").format(
                    week=args.week, name=program.name, weeks=program.weeks
                )
            )
        if args.command == "kpis":
            kpis = impact.kpis(program, through_week=args.week)
            if args.json:
                print(json.dumps(kpis.as_json(), indent=2, ensure_ascii=False))
            else:
                for target in kpis.targets:
                    print(
                        _("{name}: {display} (target {target_display}): {status}").format(
                            name=target.name,
                            display=target.display,
                            target_display=target.target_display,
                            status=target.status,
                        )
                    )
                print(_("Time-to-competency: {description}").format(description=describe(kpis.competency)))
                print(
                    _("Before the pilot: {description}; {groups}").format(
                        description=describe(kpis.baseline), groups=groups_text(kpis)
                    )
                )
            return 0
        check_output_path(args.out, db)
        if is_stdout(args.out):
            return _report_to_stdout(args, impact, program)
        if args.command == "end-report":
            pages = write_end_report(workspace, impact, program, args.out, args.page, args.recommendation)
            print(_("Wrote {out}").format(out=args.out) + _pages(pages))
            return 0
        week = args.week or impact.default_week(program)
        pages = write_report(
            workspace, impact, program, week, args.out, args.page, slack=getattr(args, "slack", False)
        )
    draft = _(" (DRAFT: the week is not over)") if impact.week_state(program, week) == "running" else ""
    print(_("Wrote the week {week} report to {out}").format(week=week, out=args.out) + _pages(pages) + draft)
    return 0


def _report_to_stdout(args: argparse.Namespace, impact: Impact, program: Program) -> int:
    """`--out -`: the report as Markdown (Slack mrkdwn with --slack) on standard output."""
    from peerdesk.impact.end_of_pilot import EndOfPilotRefused, end_of_pilot
    from peerdesk.impact.report import ReportRefused

    try:
        if args.command == "end-report":
            text = end_of_pilot(impact, program, recommendation=args.recommendation).markdown
        else:
            week = args.week or impact.default_week(program)
            impact.check_week(program, week)
            report = impact.report(program, week)
            text = report.slack if getattr(args, "slack", False) else report.markdown
    except (ReportRefused, EndOfPilotRefused) as exc:
        raise CliError(str(exc)) from exc
    write_stdout(text.encode("utf-8"))
    return 0


def _import(args: argparse.Namespace, db: Path) -> int:
    with open_workspace(db, read_only=args.dry_run) as workspace:
        feedback = Feedback(workspace)
        impact = Impact(workspace)
        program = _program(impact, args.program)
        plan = plan_feedback_import(feedback, program, args.file, session_id=getattr(args, "session", None))
        if plan.problems:
            raise CliError(
                *(f"{args.file}: {p}" for p in plan.problems),
                _nothing_imported(len(plan.problems)),
            )
        if not args.dry_run and plan.change is not None:
            feedback.apply(plan.change)
    print(f"{'Would import' if args.dry_run else 'Imported'} {args.file.name}: {plan.summary()}")
    return 0


def _import_competency(args: argparse.Namespace, db: Path) -> int:
    with open_workspace(db, read_only=args.dry_run) as workspace:
        plan = plan_competency_import(workspace, args.file)
        if plan.problems:
            raise CliError(
                *(f"{args.file}: {p}" for p in plan.problems),
                _nothing_imported(len(plan.problems)),
            )
        if not args.dry_run and plan.check_ins:
            ImpactRepository(workspace.db).add_check_ins(plan.check_ins)
    print(f"{'Would import' if args.dry_run else 'Imported'} {args.file.name}: {plan.summary()}")
    return 0


def _compare(args: argparse.Namespace, workspace: Workspace, impact: Impact) -> int:
    from peerdesk.impact.compare import compare_programs

    first = _program(impact, args.program)
    second = _program(impact, args.other) if args.other else None
    comparison = compare_programs(impact, first, second)
    if args.out is None:
        print(comparison.text())
        return 0
    check_output_path(args.out, workspace.path)
    if is_stdout(args.out):
        write_stdout(comparison.markdown().encode("utf-8"))
        return 0
    if args.out.suffix.lower() == ".md":
        write_bytes_atomically(args.out, comparison.markdown().encode("utf-8"))
        print(_("Wrote {out}").format(out=args.out))
        return 0
    from peerdesk.cli.printing import write_rendered

    pages = write_rendered(comparison.rendered(), args.out, page=args.page)
    print(_("Wrote {out}").format(out=args.out) + _pages(pages))
    return 0


def _pages(pages: int) -> str:
    """' (3 pages)' after a file written on more than one page, else nothing."""
    return " " + nformat("({n} page)", "({n} pages)", pages) if pages > 1 else ""


def _nothing_imported(problems: int) -> str:
    return nformat("nothing was imported ({n} problem)", "nothing was imported ({n} problems)", problems)


def write_report(
    workspace: Workspace,
    impact: Impact,
    program: Program,
    week: int | None,
    out: Path,
    page: str | None = None,
    *,
    slack: bool = False,
) -> int:
    """The weekly report to `out` (a refusal becomes a command-line error)."""
    from peerdesk.printing.output import OutputRefused
    from peerdesk.printing.output import write_report as _write_report

    def charts(kpis: ProgramKpis) -> dict[str, str]:
        from peerdesk.ui.feedback.charts import report_charts  # Qt Charts, only for a PDF or HTML report

        return report_charts(kpis)

    try:
        return _write_report(workspace, impact, program, week, out, page, slack=slack, charts=charts)
    except OutputRefused as exc:
        raise CliError(str(exc)) from exc


def write_end_report(
    workspace: Workspace,
    impact: Impact,
    program: Program,
    out: Path,
    page: str | None = None,
    recommendation: str | None = None,
) -> int:
    """The end-of-pilot report to `out` (a refusal becomes a command-line error)."""
    from peerdesk.printing.output import OutputRefused
    from peerdesk.printing.output import write_end_report as _write_end_report

    try:
        return _write_end_report(workspace, impact, program, out, page, recommendation)
    except OutputRefused as exc:
        raise CliError(str(exc)) from exc


def prepare_charts() -> None:
    """Start Qt as the report's charts need it (a QApplication), before any PDF is painted."""
    from peerdesk.ui.feedback.charts import ensure_widgets

    ensure_widgets()


def write_demo_report(workspace: Workspace, folder: Path) -> list[Path]:
    """The demo's last completed week's report as PDF, HTML, Markdown and Slack text."""
    impact = Impact(workspace)
    program = impact.schedule.list_programs()[0]
    week = impact.default_week(program)
    written = []
    for suffix in (".pdf", ".html", ".md", ".txt"):
        path = folder / f"week-{week}-report{suffix}"
        write_report(workspace, impact, program, week, path)
        written.append(path)
    return written
