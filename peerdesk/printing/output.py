"""Writing a rendered printout or report to the file a lead chose, in the format its name asks for.

Shared by the window and the command line: Markdown and text are written
without Qt; PDF and HTML (and the report's charts) load Qt only when asked for.
Every file is written atomically and never over the open workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peerdesk.atomic import write_bytes_atomically
from peerdesk.domain import Program
from peerdesk.impact.kpis import ProgramKpis
from peerdesk.impact.report import Impact, ReportRefused
from peerdesk.printing.templates import Rendered
from peerdesk.storage import Workspace, WorkspaceError, check_output_path


class OutputRefused(ValueError):
    """The file cannot be written as asked (its kind, its place, or what it would hold), in words."""


def write_rendered(rendered: Rendered, out: Path, *, page: str | None = None, plain_text: str = "") -> int:
    """Write by extension: .pdf (pages, returns their count), .html, .md or .txt (returns 0)."""
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        from peerdesk.printing.paint.pdf import page_size_from_name, write_pdf  # Qt only when a PDF is wanted

        return write_pdf(rendered, out, page_size_from_name(page))
    if suffix in (".html", ".htm"):
        from peerdesk.printing.paint.pdf import html_for_export

        write_bytes_atomically(out, html_for_export(rendered).encode("utf-8"))
        return 0
    if suffix in (".md", ".txt") and not rendered.is_html:
        write_bytes_atomically(
            out, (plain_text if suffix == ".txt" and plain_text else rendered.text).encode()
        )
        return 0
    kinds = ".pdf or .html" + (", .md or .txt" if not rendered.is_html else "")
    raise OutputRefused(f"--out {out}: the file name must end in {kinds}")


def write_report(
    workspace: Workspace,
    impact: Impact,
    program: Program,
    week: int | None,
    out: Path,
    page: str | None = None,
    *,
    slack: bool = False,
    charts: Callable[[ProgramKpis], dict[str, str]] | None = None,
) -> int:
    """Write the report as .md (Markdown, or Slack mrkdwn with `slack`; no Qt), .txt (Slack),
    or .html/.pdf, with the charts `charts` draws from the KPIs (the window's Qt Charts, passed in
    by the caller so printing never loads the window)."""
    try:
        check_output_path(out, workspace.path)
    except WorkspaceError as exc:
        raise OutputRefused(str(exc)) from exc
    suffix = out.suffix.lower()
    week = week or impact.default_week(program)
    try:
        if suffix in (".md", ".txt"):
            report = impact.report(program, week)
            text = report.slack if slack or suffix == ".txt" else report.markdown
            write_bytes_atomically(out, text.encode("utf-8"))
            return 0
        if suffix not in (".pdf", ".html", ".htm"):
            raise OutputRefused(f"--out {out}: the file name must end in .pdf, .html, .md or .txt (Slack)")
        impact.check_week(program, week)
    except ReportRefused as exc:
        raise OutputRefused(str(exc)) from exc
    drawn = charts(impact.kpis(program, through_week=week)) if charts is not None else None
    return write_rendered(impact.report(program, week, drawn).html, out, page=page)


def write_end_report(
    workspace: Workspace,
    impact: Impact,
    program: Program,
    out: Path,
    page: str | None = None,
    recommendation: str | None = None,
) -> int:
    """Write the one-page end-of-pilot report (PDF, HTML or Markdown)."""
    from peerdesk.impact.end_of_pilot import EndOfPilotRefused, end_of_pilot

    try:
        summary = end_of_pilot(impact, program, recommendation=recommendation)
    except EndOfPilotRefused as exc:
        raise OutputRefused(str(exc)) from exc
    suffix = out.suffix.lower()
    if suffix == ".md":
        write_bytes_atomically(out, summary.markdown.encode("utf-8"))
        return 0
    if suffix not in (".pdf", ".html", ".htm"):
        raise OutputRefused(f"--out {out}: the file name must end in .pdf, .html or .md")
    return write_rendered(summary.html, out, page=page)
