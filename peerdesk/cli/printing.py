"""The `print` command: a printout to PDF, HTML, Markdown or text, without a display."""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli.errors import CliError
from peerdesk.printing.printouts import Printouts
from peerdesk.printing.templates import Rendered, TemplateLibrary
from peerdesk.printing.wording import plural
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace, check_output_path, open_workspace


def run_print_command(args: argparse.Namespace, db: Path) -> int:
    """Render one printout and write it in the format its file name asks for."""
    library = TemplateLibrary(args.templates) if args.templates else TemplateLibrary()
    if args.templates and not Path(args.templates).is_dir():
        raise CliError(f"--templates {args.templates}: not a folder")
    check_output_path(args.out, db)
    with open_workspace(db, read_only=True) as workspace:
        printouts = Printouts(workspace, library)
        rendered = printouts.render(
            args.kind,
            session_id=args.session,
            program=args.program,
            format_key=args.format_key,
            person=args.person,
        )
        text = printouts.follow_up_text(args.session) if args.kind == "follow-up" and args.session else ""
    pages = write_rendered(rendered, args.out, page=args.page, plain_text=text)
    print(f"Wrote {args.out}" + (f" ({plural(pages, 'page')})" if pages else ""))
    return 0


def write_rendered(rendered: Rendered, out: Path, *, page: str | None = None, plain_text: str = "") -> int:
    """Write by extension: .pdf (pages, returns their count), .html, .md or .txt (returns 0)."""
    from peerdesk.atomic import write_bytes_atomically

    suffix = out.suffix.lower()
    if suffix == ".pdf":
        from peerdesk.ui.printing.pdf import page_size_from_name, write_pdf  # Qt only when a PDF is wanted

        return write_pdf(rendered, out, page_size_from_name(page))
    if suffix in (".html", ".htm"):
        from peerdesk.ui.printing.pdf import html_for_export

        write_bytes_atomically(out, html_for_export(rendered).encode("utf-8"))
        return 0
    if suffix in (".md", ".txt") and not rendered.is_html:
        write_bytes_atomically(
            out, (plain_text if suffix == ".txt" and plain_text else rendered.text).encode()
        )
        return 0
    kinds = ".pdf or .html" + (", .md or .txt" if not rendered.is_html else "")
    raise CliError(f"--out {out}: the file name must end in {kinds}")


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
