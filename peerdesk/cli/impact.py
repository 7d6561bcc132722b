"""The impact commands: `feedback import`, `kpis` and `report`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from peerdesk.atomic import write_bytes_atomically
from peerdesk.cli.errors import CliError
from peerdesk.domain import Program
from peerdesk.impact.feedback import Feedback
from peerdesk.impact.feedback_csv import plan_feedback_import
from peerdesk.impact.report import Impact
from peerdesk.plural import count
from peerdesk.storage import Workspace, open_workspace


def _program(impact: Impact, name: str) -> Program:
    program = impact.schedule.find_program(name)
    if program is None:
        raise CliError(f"there is no program '{name}'")
    return program


def run_impact_command(args: argparse.Namespace, db: Path) -> int:
    """Dispatch `feedback import`, `kpis` and `report`."""
    if args.command == "feedback":
        return _import(args, db)
    with open_workspace(db, read_only=True) as workspace:
        impact = Impact(workspace)
        program = _program(impact, args.program)
        if args.week is not None and not 1 <= args.week <= program.weeks:
            raise CliError(f"--week {args.week}: {program.name} has weeks 1-{program.weeks}")
        if args.command == "kpis":
            kpis = impact.kpis(program, through_week=args.week)
            if args.json:
                print(json.dumps(kpis.as_json(), indent=2, ensure_ascii=False))
            else:
                for target in kpis.targets:
                    print(
                        f"{target.name}: {target.display} (target {target.target_display}): {target.status}"
                    )
            return 0
        pages = write_report(workspace, impact, program, args.week, args.out, args.page)
    print(f"Wrote {args.out}" + (f" ({pages} pages)" if pages else ""))
    return 0


def _import(args: argparse.Namespace, db: Path) -> int:
    with open_workspace(db) as workspace:
        feedback = Feedback(workspace)
        impact = Impact(workspace)
        program = _program(impact, args.program)
        plan = plan_feedback_import(feedback, program, args.file)
        if plan.problems:
            raise CliError(
                *(f"{args.file}: {p}" for p in plan.problems),
                f"nothing was imported ({count(len(plan.problems), 'problem')})",
            )
        if not args.dry_run and plan.change is not None:
            feedback.apply(plan.change)
    print(f"{'Would import' if args.dry_run else 'Imported'} {args.file.name}: {plan.summary()}")
    return 0


def write_report(
    workspace: Workspace,
    impact: Impact,
    program: Program,
    week: int | None,
    out: Path,
    page: str | None = None,
) -> int:
    """Write the report as .md (no Qt), or .html/.pdf with charts drawn by Qt Charts."""
    suffix = out.suffix.lower()
    if suffix == ".md":
        write_bytes_atomically(out, impact.report(program, week).markdown.encode("utf-8"))
        return 0
    if suffix not in (".pdf", ".html", ".htm"):
        raise CliError(f"--out {out}: the file name must end in .pdf, .html or .md")
    from peerdesk.cli.printing import write_rendered
    from peerdesk.ui.feedback.charts import report_charts  # Qt only for the charts

    week = week or impact.current_week(program)
    charts = report_charts(impact.kpis(program, through_week=week))
    return write_rendered(impact.report(program, week, charts).html, out, page=page)


def write_demo_report(workspace: Workspace, folder: Path) -> list[Path]:
    """The demo's week-3 report as PDF, HTML and Markdown."""
    impact = Impact(workspace)
    program = impact.schedule.list_programs()[0]
    written = []
    for suffix in (".pdf", ".html", ".md"):
        path = folder / f"week-3-report{suffix}"
        write_report(workspace, impact, program, 3, path)
        written.append(path)
    return written
