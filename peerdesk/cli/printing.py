"""The `print` command: a printout to PDF, HTML, Markdown or text, without a display."""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.atomic import is_stdout, write_stdout
from peerdesk.cli.errors import CliError
from peerdesk.i18n import _
from peerdesk.printing.output import OutputRefused
from peerdesk.printing.output import write_rendered as _write_rendered
from peerdesk.printing.printouts import Printouts
from peerdesk.printing.templates import Rendered, TemplateLibrary
from peerdesk.printing.wording import plural
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace, check_output_path, open_workspace


def run_print_command(args: argparse.Namespace, db: Path) -> int:
    """Render one printout and write it in the format its file name asks for."""
    library = TemplateLibrary(args.templates) if args.templates else TemplateLibrary()
    if args.templates and not Path(args.templates).is_dir():
        raise CliError(_("--templates {templates}: not a folder").format(templates=args.templates))
    check_output_path(args.out, db)
    with open_workspace(db, read_only=True) as workspace:
        printouts = Printouts(workspace, library)
        rendered = printouts.render(
            args.kind,
            session_id=args.session,
            program=args.program,
            format_key=args.format_key,
            person=args.person,
            zone=args.timezone,
        )
        text = printouts.follow_up_text(args.session) if args.kind == "follow-up" and args.session else ""
    if is_stdout(args.out):
        write_stdout((text or rendered.text).encode("utf-8"))  # the template's own Markdown or HTML
        return 0
    pages = write_rendered(rendered, args.out, page=args.page, plain_text=text)
    print(_("Wrote {out}").format(out=args.out) + (f" ({plural(pages, 'page')})" if pages else ""))
    return 0


def write_rendered(rendered: Rendered, out: Path, *, page: str | None = None, plain_text: str = "") -> int:
    """Write a printout by its file name's extension (a refusal becomes a command-line error)."""
    try:
        return _write_rendered(rendered, out, page=page, plain_text=plain_text)
    except OutputRefused as exc:
        raise CliError(str(exc)) from exc


def write_demo_printouts(workspace: Workspace, folder: Path) -> list[Path]:
    """Every printout for the demo program, as PDF (and the follow-up as Markdown)."""
    printouts = Printouts(workspace)
    schedule = Schedule(workspace)
    program = schedule.list_programs()[0]
    first = next(s for s in schedule.list_sessions(program.id) if s.week == 1)
    written = []
    jobs = [
        ("agenda", {"session_id": first.id}),
        ("feedback-form", {"session_id": first.id}),
        ("sign-in", {"session_id": first.id}),
        ("handout", {"program": program.name}),
        ("kickoff", {"program": program.name}),
        ("calendar", {"program": program.name}),
    ]
    jobs += [("guide", {"format_key": f.key}) for f in schedule.formats()]
    for kind, options in jobs:
        rendered = printouts.render(kind, **options)  # type: ignore[arg-type]
        name = f"{kind}-{options.get('format_key', '')}".rstrip("-") + ".pdf"
        write_rendered(rendered, folder / name)
        written.append(folder / name)
    follow = printouts.render("follow-up", session_id=first.id)
    write_rendered(follow, folder / "follow-up.md")
    written.append(folder / "follow-up.md")
    return written
