"""The `peerdesk` command: the window by default, headless subcommands for scripts.

Every subcommand goes through the same services as the window. Problems are
printed one per line on stderr and give a non-zero exit status; the workspace
is left as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path

from peerdesk import APP_NAME, __version__, clock, i18n
from peerdesk.atomic import is_stdout, output_reason, write_stdout
from peerdesk.cli import values
from peerdesk.cli.errors import CliError
from peerdesk.i18n import N_, _, nformat
from peerdesk.paths import WORKSPACE_SUFFIXES, default_workspace, new_demo_folder, remove_demo_folder
from peerdesk.printing.kinds import ALL_KINDS
from peerdesk.roster.csv_io import (
    ALL_COLUMNS,
    CsvFileError,
    CsvProblem,
    plan_import,
    read_table,
    roster_csv_bytes,
    suggest_mapping,
    write_roster_csv,
)
from peerdesk.roster.service import Roster, import_change
from peerdesk.roster.skill_text import format_availability, format_teaches, format_wants
from peerdesk.storage import WorkspaceError, WorkspaceInUse, check_output_path, open_workspace
from peerdesk.storage.workspace import sqlite_problem

HEADLESS_HINT = N_(
    "Without a display you can still use the commands: roster, skills, "
    "program, sessions, invites, match, print, feedback, competency, kpis, "
    "report, end-report, compare and demo (see peerdesk --help)."
)


def build_parser() -> argparse.ArgumentParser:
    """The command line grammar, shared by main() and the README's examples."""
    parser = argparse.ArgumentParser(
        prog="peerdesk",
        description=_("{app_name}: plan, run and measure peer-to-peer learning.").format(app_name=APP_NAME),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        choices=i18n.SELECTABLE,
        help=_(
            "the language of messages, printouts and invites: {codes} (default: the computer's; "
            "anywhere on the line)"
        ).format(codes=", ".join(i18n.SELECTABLE)),
    )
    parser.add_argument("--db", type=Path, help=_("the workspace file (default: your data folder)"))
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help=_("act as if today were this day, for trying things (or set {environment_variable})").format(
            environment_variable=clock.ENVIRONMENT_VARIABLE
        ),
    )
    parser.add_argument(
        "--demo", action="store_true", help=_("open the window on a fresh demo workspace (a temporary copy)")
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=_("check this installation on a fresh demo in a temporary folder (no display needed)"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    roster = commands.add_parser("roster", help=_("import, export or list the roster"))
    roster_cmds = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    imp = roster_cmds.add_parser("import", help=_("import people from a CSV file"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help=_("say what would change; change nothing"))
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=_("read FIELD ({list}) from the file's COLUMN").format(list=", ".join(ALL_COLUMNS)),
    )
    imp.add_argument(
        "--timezone", default="UTC", help=_("timezone for new people whose row has none (default UTC)")
    )
    exp = roster_cmds.add_parser("export", help=_("write the roster as CSV"))
    exp.add_argument("file", type=Path, help=_("FILE.csv, or - for standard output"))
    away = roster_cmds.add_parser("away", help=_("record time away (matching and sessions leave them out)"))
    away.add_argument("person", help=_("email or full name"))
    away.add_argument("first", help=_("first day away, YYYY-MM-DD"))
    away.add_argument("last", nargs="?", help=_("last day away, YYYY-MM-DD (default: the first day)"))
    away.add_argument("--reason", default="", help=_("a private note (never in invites, reports or JSON)"))
    away.add_argument("--remove", action="store_true", help=_("remove the absence holding FIRST instead"))
    lst = roster_cmds.add_parser("list", help=_("print the roster"))
    lst.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))

    program = commands.add_parser("program", help=_("create or list pilot programs"))
    program_cmds = program.add_subparsers(dest="program_command", metavar="ACTION", required=True)
    create = program_cmds.add_parser("create", help=_("create a program and its weekly sessions"))
    create.add_argument("name")
    create.add_argument("--start", required=True, help=_("first week, YYYY-MM-DD"))
    create.add_argument("--weeks", type=values.NUMBER, default=6)
    create.add_argument("--weekday", required=True, help="mon..sun")
    create.add_argument("--time", required=True, help=_("HH:MM, local to --tz"))
    create.add_argument("--minutes", type=values.NUMBER, default=30)
    create.add_argument("--tz", required=True, help=_("IANA timezone, e.g. Europe/Berlin"))
    create.add_argument("--format", default="micro-lesson", help=_("format key, e.g. skill-swap"))
    create.add_argument(
        "--organizer",
        required=True,
        help=_("who sends the invites: an email, or 'Name <email>' (need not be on the roster)"),
    )
    create.add_argument("--members", default="all", help=_("'all' active people, or EMAIL,EMAIL,..."))
    create.add_argument("--outcome", default="", help=_("what the pilot should achieve"))
    create.add_argument("--holidays", default="", help=_("public-holiday calendar, CC[-REGION], e.g. DE-BY"))
    create.add_argument(
        "--skip-holidays", action="store_true", help=_("mark weekly sessions on a public holiday as skipped")
    )
    plist = program_cmds.add_parser("list", help=_("list programs"))
    plist.add_argument("--json", action="store_true")
    pdelete = program_cmds.add_parser("delete", help=_("delete a program with its sessions and attendance"))
    pdelete.add_argument("program", help=_("program name or id"))
    _deletion_options(pdelete)

    sessions = commands.add_parser("sessions", help=_("list a program's sessions with their ids"))
    sessions.add_argument("program", help=_("program name or id"))
    sessions.add_argument("--json", action="store_true")

    session = commands.add_parser("session", help=_("skip, cancel, restore or move one session (by id)"))
    session_cmds = session.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    for verb, text in (
        ("skip", _("skip (e.g. a holiday) one session")),
        ("cancel", _("cancel one session")),
        ("restore", _("plan again one session")),
    ):
        one = session_cmds.add_parser(verb, help=text)
        one.add_argument("id", type=values.ID, help=_("session id, as `sessions` prints it"))
    sdelete = session_cmds.add_parser("delete", help=_("delete one session with its attendance"))
    sdelete.add_argument("id", type=values.ID, help=_("session id, as `sessions` prints it"))
    _deletion_options(sdelete)
    move = session_cmds.add_parser("move", help=_("move one session to another time"))
    move.add_argument("id", type=values.ID, help=_("session id, as `sessions` prints it"))
    move.add_argument("--to", required=True, help=_("new start, YYYY-MM-DDTHH:MM in the session's timezone"))
    move.add_argument("--anyway", action="store_true", help=_("move even though it makes a conflict"))

    invites = commands.add_parser("invites", help=_("write a program's calendar invites (.ics)"))
    invites.add_argument("program", help=_("program name or id"))
    invites.add_argument("--out", type=Path, required=True, help=_("folder for the files"))
    invites.add_argument("--person", help=_("only this person's 'all my sessions' file"))
    invites.add_argument(
        "--session",
        type=values.ID,
        metavar="ID",
        help=_("only this session's invitation (id from `sessions`)"),
    )
    invites.add_argument("--eml", action="store_true", help=_("also write ready-to-send .eml drafts"))

    match = commands.add_parser(
        "match", help=_("match a program's members into pairs, mentor groups or pods")
    )
    match.add_argument(
        "program",
        help=_("program name or id (or: why-not PROGRAM PERSON PERSON, or: notice PROGRAM --out FILE)"),
    )
    match.add_argument(
        "people", nargs="*", metavar="PERSON", help=_("why-not: the two people (email or name)")
    )
    match.add_argument("--mode", choices=("pairs", "mentor", "pods", "rotation"), default="pairs")
    match.add_argument("--size", type=values.NUMBER, default=4, help=_("pod size, 3-6 (pods)"))
    match.add_argument("--rounds", type=values.NUMBER, default=4, help=_("number of rounds (rotation)"))
    match.add_argument("--topic", default="", help=_("the skill mentors teach (mentor)"))
    match.add_argument("--capacity", type=values.CAPACITY, default=2, help=_("learners per mentor (mentor)"))
    match.add_argument("--by", choices=("role", "goal"), default="role", help=_("pods by same role or goal"))
    match.add_argument("--odd", choices=("trio", "sit-out"), default="trio", help=_("odd count (pairs)"))
    match.add_argument("--forbid-repeats", action="store_true", help=_("never re-pair people who met"))
    match.add_argument(
        "--seed", type=values.SEED, default=0, help=_("breaks ties; same inputs and seed, same result")
    )
    match.add_argument("--json", action="store_true", help=_("print the result as one JSON object"))
    match.add_argument("--apply", action="store_true", help=_("add the matches to the program as sessions"))
    match.add_argument(
        "--repair",
        action="store_true",
        help=_(
            "first add to each unpaired person's free time the least that would pair them, and allow "
            "each repeat that alone keeps two unpaired people apart (pairs)"
        ),
    )
    match.add_argument(
        "--allow-repeat",
        nargs=2,
        action="append",
        default=[],
        metavar="PERSON",
        help=_("these two may meet again in this run despite --forbid-repeats (repeatable)"),
    )
    match.add_argument(
        "--skip", action="append", default=[], metavar="PERSON", help=_("sits this round out (repeatable)")
    )
    match.add_argument("--out", type=Path, help=_("notice: the email draft to write (FILE.eml)"))
    match.add_argument("--on", help=_("notice: the day you pair, YYYY-MM-DD (default: the next Monday)"))

    printing = commands.add_parser("print", help=_("write an agenda, guide, sign-in sheet... as PDF or HTML"))
    printing.add_argument(
        "kind",
        choices=ALL_KINDS,
    )
    printing.add_argument(
        "--session", type=values.ID, help=_("session id (agenda, feedback-form, sign-in, follow-up)")
    )
    printing.add_argument("--format", dest="format_key", help=_("format key (guide)"))
    printing.add_argument(
        "--program",
        help=_("program name or id (handout, kickoff, calendar, skip-slip, how-chosen; certificate)"),
    )
    printing.add_argument("--person", help=_("email (record, certificate, thank-you)"))
    printing.add_argument("--timezone", help=_("the timezone a calendar shows (default: the program's)"))
    printing.add_argument(
        "--out",
        type=Path,
        required=True,
        help=_(
            "FILE.pdf or FILE.html (follow-up: .md, .txt), or - for the template's text on standard output"
        ),
    )
    printing.add_argument("--templates", type=Path, help=_("use the templates in this folder first"))
    printing.add_argument("--page", choices=("a4", "letter"), help=_("paper size (default: your locale's)"))

    feedback = commands.add_parser("feedback", help=_("import attendance and ratings"))
    feedback_cmds = feedback.add_subparsers(dest="feedback_command", metavar="ACTION", required=True)
    fimport = feedback_cmds.add_parser("import", help=_("import date,email,attended,rating,answer rows"))
    fimport.add_argument("file", type=Path)
    fimport.add_argument("--program", required=True, help=_("program name or id"))
    fimport.add_argument("--dry-run", action="store_true", help=_("say what would change; change nothing"))
    fimport.add_argument(
        "--session", type=values.ID, help=_("every row is for this session id (see sessions --json)")
    )

    competency = commands.add_parser("competency", help=_("import competency check-ins"))
    competency_cmds = competency.add_subparsers(dest="competency_command", metavar="ACTION", required=True)
    cimport = competency_cmds.add_parser("import", help=_("import date,email,skill,level,assessor rows"))
    cimport.add_argument("file", type=Path)
    cimport.add_argument("--dry-run", action="store_true", help=_("say what would change; change nothing"))

    kpis = commands.add_parser("kpis", help=_("a program's KPIs"))
    kpis.add_argument("program", help=_("program name or id"))
    kpis.add_argument("--week", type=values.NUMBER, help=_("cumulative through this week of the pilot"))
    kpis.add_argument("--json", action="store_true", help=_("print one JSON object"))

    report = commands.add_parser("report", help=_("the weekly leadership report"))
    report.add_argument("program", help=_("program name or id"))
    report.add_argument(
        "--week", type=values.NUMBER, help=_("week of the pilot (default: the last completed week)")
    )
    report.add_argument(
        "--out", type=Path, required=True, help=_("FILE.pdf, FILE.html, FILE.md or FILE.txt, or - (Markdown)")
    )
    report.add_argument("--page", choices=("a4", "letter"), help=_("paper size (default: your locale's)"))
    report.add_argument(
        "--slack", action="store_true", help=_("Slack mrkdwn (no tables) instead of Markdown")
    )

    end = commands.add_parser("end-report", help=_("the one-page end-of-pilot report"))
    end.add_argument("program", help=_("program name or id"))
    end.add_argument(
        "--out", type=Path, required=True, help=_("FILE.pdf, FILE.html or FILE.md, or - (Markdown)")
    )
    end.add_argument(
        "--recommendation", choices=("scale", "extend", "stop"), help=_("instead of the suggested one")
    )
    end.add_argument("--page", choices=("a4", "letter"), help=_("paper size (default: your locale's)"))
    end.set_defaults(week=None)

    compare = commands.add_parser(
        "compare", help=_("two programs (or a pilot and its baseline) side by side")
    )
    compare.add_argument("program", help=_("program name or id"))
    compare.add_argument("other", nargs="?", help=_("the other program (default: the pilot's baseline)"))
    compare.add_argument("--out", type=Path, help=_("FILE.pdf, FILE.html, FILE.md or - (default: print)"))
    compare.add_argument("--page", choices=("a4", "letter"), help=_("paper size (default: your locale's)"))

    from peerdesk.cli.skills import add_skills_parser

    add_skills_parser(commands)

    from peerdesk.cli.transfer import add_transfer_parser

    add_transfer_parser(commands)

    from peerdesk.cli.publish import add_publish_parser

    add_publish_parser(commands)
    from peerdesk.cli.replies import add_replies_parser

    add_replies_parser(commands)

    demo = commands.add_parser("demo", help=_("write the demo workspace into OUTDIR"))
    demo.add_argument("outdir", type=Path)
    return parser


def _deletion_options(parser: argparse.ArgumentParser) -> None:
    """--yes and --cancellations, shared by `program delete` and `session delete`."""
    parser.add_argument("--yes", action="store_true", help=_("delete (without it, only say what would go)"))
    parser.add_argument(
        "--cancellations",
        type=Path,
        metavar="FOLDER",
        help=_("first write cancellations (.ics and .eml) for the invites of sessions still to come"),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (130 after Ctrl-C, quietly)."""
    with _printable_output():
        try:
            given = sys.argv[1:] if argv is None else list(argv)
            try:
                language, given = language_option(given)
            except CliError as exc:
                print(f"peerdesk: {exc}", file=sys.stderr)
                return 2
            i18n.set_default(language)  # before the parser: its help texts are translated too
            parser = build_parser()
            args = parser.parse_args(attach_option_values(parser, open_file_argument(parser, given)))
            args.lang = language
            values.check_text(parser, args)
        except KeyboardInterrupt:
            return 130
        before = _workspace_stamp(args)
        try:
            return _run(args)
        except KeyboardInterrupt:
            _say("")
            return 130
        except OSError as exc:  # standard output closed or full after the work was done
            if exc.filename is not None or not _is_output_error(exc):
                raise
            return _output_failed(args, exc, saved=_workspace_stamp(args) != before)


def language_option(argv: list[str]) -> tuple[str | None, list[str]]:
    """`--lang CODE` (or `--lang=CODE`) taken out of `argv`, wherever it stands before `--`.

    It is read before the parser is built, so that `peerdesk --lang de --help` is German, and
    it may follow a subcommand (`peerdesk demo OUT --lang de`). Raises CliError for a code
    PeerDesk has no language for; returns (None, argv) without the option.
    """
    rest: list[str] = []
    chosen: str | None = None
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--":
            rest += argv[i:]
            break
        if token == "--lang" or token.startswith("--lang="):
            if token == "--lang":
                if i + 1 >= len(argv):
                    raise CliError(_("--lang needs a language code: {codes}").format(codes=_codes()))
                value, i = argv[i + 1], i + 2
            else:
                value, i = token.split("=", 1)[1], i + 1
            if value not in i18n.SELECTABLE:
                raise CliError(
                    _("--lang: '{code}' is not a language PeerDesk speaks; choose one of {codes}").format(
                        code=value, codes=_codes()
                    )
                )
            chosen = value
            continue
        rest.append(token)
        i += 1
    return chosen, rest


def _codes() -> str:
    return ", ".join(f"{code} ({i18n.LANGUAGES.get(code, 'pseudo')})" for code in i18n.SELECTABLE)


def _run(args: argparse.Namespace) -> int:
    """Run one parsed command; every expected problem becomes a message on stderr."""
    try:
        clock.apply_environment()
        if args.today:
            clock.set_from_text(args.today)
    except clock.ClockError as exc:
        print(f"peerdesk: {exc}", file=sys.stderr)
        return 1
    try:
        if args.selftest:
            from peerdesk.cli.selftest import run_selftest

            return run_selftest()
        if args.command == "roster":
            return _roster(args)
        if args.command == "demo":
            return _demo(args.outdir, args.lang or "")
        if args.command == "print":
            from peerdesk.cli.printing import run_print_command

            return run_print_command(args, args.db or default_workspace())
        if args.command in ("feedback", "competency", "kpis", "report", "end-report", "compare"):
            from peerdesk.cli.impact import run_impact_command

            return run_impact_command(args, args.db or default_workspace())
        if args.command == "follow-ups":
            from peerdesk.cli.transfer import run_transfer_command

            return run_transfer_command(args, args.db or default_workspace())
        if args.command == "skills":
            from peerdesk.cli.skills import run_skills_command

            return run_skills_command(args, args.db or default_workspace())
        if args.command == "match":
            from peerdesk.cli.match import run_match_command

            return run_match_command(args, args.db or default_workspace())
        if args.command == "publish":
            from peerdesk.cli.publish import run_publish_command

            return run_publish_command(args, args.db or default_workspace())
        if args.command == "replies":
            from peerdesk.cli.replies import run_replies_command

            return run_replies_command(args, args.db or default_workspace())
        if args.command in ("program", "sessions", "invites", "session"):
            from peerdesk.cli.schedule import run_schedule_command

            return run_schedule_command(args, args.db or default_workspace())
        return _window(args)
    except sqlite3.Error as exc:
        problem = sqlite_problem(Path(args.db or default_workspace()), exc)
        message = _busy_message(args) if isinstance(problem, WorkspaceInUse) else str(problem)
        print(f"peerdesk: {message}", file=sys.stderr)
        return 1
    except _expected_problems() as exc:
        lines = exc.lines if isinstance(exc, CliError) else (str(exc),)
        for line in lines:
            print(f"peerdesk: {line}", file=sys.stderr)
        return 1
    except OSError as exc:  # e.g. an output folder that is read-only or full
        if exc.filename is None and _is_output_error(exc):
            raise  # standard output itself: main() says what was saved
        where = f"{exc.filename}: " if exc.filename else ""
        print(
            _("peerdesk: {where}{reason}; nothing was written").format(
                where=where, reason=output_reason(exc)
            ),
            file=sys.stderr,
        )
        return 1


def _expected_problems() -> tuple[type[Exception], ...]:
    """The problems a command reports as a message (worked out only when one arises: the printing
    modules load Jinja, segno and babel, which the window never needs at start)."""
    from peerdesk.printing.printouts import PrintoutError
    from peerdesk.printing.templates import TemplateProblem

    return (CliError, WorkspaceError, CsvFileError, TemplateProblem, PrintoutError)


_OUTPUT_ERRORS = (BrokenPipeError, ConnectionResetError)


def _is_output_error(exc: OSError) -> bool:
    """An error writing to standard output (closed pipe, full disk, I/O error) rather than a file."""
    return isinstance(exc, _OUTPUT_ERRORS) or exc.errno in (errno.ENOSPC, errno.EIO, errno.EPIPE, errno.EBADF)


def _output_failed(args: argparse.Namespace, exc: OSError, *, saved: bool) -> int:
    """After standard output failed: say on stderr whether the change was saved (it is not undone)."""
    with contextlib.suppress(OSError, ValueError):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stdout must stay open until exit
    db = args.db or default_workspace()
    if saved:
        done = _("the change was saved in {db}, but its report could not be printed").format(db=db)
    else:
        done = _("nothing was changed")
    if isinstance(exc, _OUTPUT_ERRORS):  # e.g. `peerdesk roster list | head`: normal, quiet if nothing saved
        if saved:
            _say(_("peerdesk: {done} (the output was closed)").format(done=done))
        return 0
    _say(
        _("peerdesk: standard output could not be written ({reason}); {done}").format(
            reason=output_reason(exc), done=done
        )
    )
    return 1


def _say(line: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr)


def _workspace_stamp(args: argparse.Namespace) -> tuple[int, int] | None:
    """The workspace file's size and change time, to tell afterwards whether a command saved."""
    try:
        info = os.stat(args.db or default_workspace())
    except (OSError, ValueError):
        return None
    return (info.st_size, info.st_mtime_ns)


@contextlib.contextmanager
def _printable_output() -> Iterator[None]:
    """File names with bytes that are not UTF-8 print as \\xNN escapes instead of failing."""
    changed = []
    for stream in (sys.stdout, sys.stderr):
        errors = getattr(stream, "errors", None)
        if errors == "strict" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(Exception):
                stream.reconfigure(errors="backslashreplace")
                changed.append(stream)
    try:
        yield
    finally:
        for stream in changed:
            with contextlib.suppress(Exception):
                stream.reconfigure(errors="strict")


def attach_option_values(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """`--to -:` as `--to=-:`: a value after an option that takes one is that option's value even
    when it starts with a dash, so a bad value gets its own message (exit 1) rather than argparse's
    "expected one argument" (exit 2), whatever it looks like."""
    takes_value: dict[str, bool] = {}
    for each in _all_parsers(parser):
        for action in each._actions:
            for option in action.option_strings:
                # an option that takes a value in one command and not in another is left alone
                takes_value[option] = takes_value.get(option, True) and action.nargs is None
    out: list[str] = []
    pending = False
    for token in argv:
        if pending and token.startswith("-") and token != "--":
            out[-1] = f"{out[-1]}={token}"
        else:
            out.append(token)
        pending = takes_value.get(token, False) and token == out[-1]
    return out


def _all_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The parser and every sub-command's parser below it."""
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found += _all_parsers(sub)
    return found


def _busy_message(args: argparse.Namespace) -> str:
    name = Path(args.db or default_workspace()).name
    return str(
        WorkspaceInUse(
            _(
                "{name} is in use by another program that is writing to it right now; "
                "nothing was changed. Close it there (or wait a moment) and try again."
            ).format(name=name)
        )
    )


def _roster(args: argparse.Namespace) -> int:
    db = args.db or default_workspace()
    if args.roster_command == "import":
        return _import(db, args)
    if args.roster_command == "away":
        from peerdesk.cli.absences import run_away_command

        return run_away_command(args, db)
    if args.roster_command == "export":
        check_output_path(args.file, db)
    with open_workspace(db, read_only=True) as workspace:
        people = Roster(workspace).people()
    if args.roster_command == "export" and is_stdout(args.file):
        write_stdout(roster_csv_bytes(people))
        return 0
    if args.roster_command == "export":
        try:
            write_roster_csv(people, args.file)
        except OSError as exc:
            reason = output_reason(exc)
            raise CliError(
                _("{file}: cannot be written ({reason}); nothing was written").format(
                    file=args.file, reason=reason
                )
            ) from exc
        print(
            nformat("Wrote {n} person to {file}", "Wrote {n} people to {file}", len(people), file=args.file)
        )
    elif args.json:
        print(json.dumps([_person_json(p) for p in people], indent=2, ensure_ascii=False))
    else:
        for p in people:
            status = "" if p.active else " " + _("(inactive)")
            print(
                _("{name}{status} <{email}> {role}, {team}; teaches: {teaches}; wants: {wants}").format(
                    name=p.name,
                    status=status,
                    email=p.email,
                    role=p.role,
                    team=p.team,
                    teaches=format_teaches(p.teaches) or "-",
                    wants=format_wants(p.wants) or "-",
                )
            )
    return 0


def _person_json(person: object) -> dict[str, object]:
    data = asdict(person)  # type: ignore[call-overload]
    data["joined"] = data["joined"].isoformat() if data["joined"] else None
    data["teaches"] = format_teaches(person.teaches)  # type: ignore[attr-defined]
    data["wants"] = format_wants(person.wants)  # type: ignore[attr-defined]
    data["availability"] = format_availability(person.availability)  # type: ignore[attr-defined]
    # the dates only: the reason for an absence stays private
    data["absences"] = [
        {"start": a.start.isoformat(), "end": a.end.isoformat()}
        for a in person.absences  # type: ignore[attr-defined]
    ]
    return data


def _import(db: Path, args: argparse.Namespace) -> int:
    table = read_table(args.file)
    mapping = suggest_mapping(table.headers)
    for item in args.map:
        column, sep, fieldname = item.partition("=")
        if not sep or fieldname not in ALL_COLUMNS:
            raise CliError(
                _("--map {item}: write COLUMN=FIELD with FIELD one of {list}").format(
                    item=item, list=", ".join(ALL_COLUMNS)
                )
            )
        if column not in table.headers:
            raise CliError(
                _("--map {item}: {file} has no column '{column}'").format(
                    item=item, file=args.file, column=column
                )
            )
        mapping[fieldname] = table.headers.index(column)
    progress = _terminal_progress()
    fresh_plan = None
    if not os.path.lexists(db) or (Path(db).is_symlink() and not Path(db).exists()):
        # a new workspace: check the file first, so that a refused import leaves no file behind
        fresh_plan = plan_import(table, mapping, [], default_timezone=args.timezone, progress=progress)
        if args.dry_run or not fresh_plan.ok:
            return _report_plan(fresh_plan, args, db)
    try:
        with open_workspace(db, create=not args.dry_run, read_only=args.dry_run) as workspace:
            roster = Roster(workspace)
            if fresh_plan is not None and roster.repo.count() == 0:
                plan = fresh_plan  # planned against an empty roster, and the new workspace is empty
            else:
                plan = plan_import(
                    table, mapping, roster.people(), default_timezone=args.timezone, progress=progress
                )
            if plan.ok and not args.dry_run:
                change = import_change(plan.new, plan.updated, _("Import {name}").format(name=args.file.name))
                roster.apply(change, progress=progress)
    except (sqlite3.Error, OSError, WorkspaceError):
        if fresh_plan is not None:
            _remove_new_workspace(Path(db))
        raise
    if progress is not None:
        progress.done()
    return _report_plan(plan, args, db)


def _remove_new_workspace(db: Path) -> None:
    """Delete the workspace this import created, when the import into it failed (it holds nothing)."""
    for leftover in (db, db.with_name(db.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


class _TerminalProgress:
    """'Checking rows: 5,000 of 100,000' on one line of stderr, redrawn in place."""

    def __init__(self) -> None:
        self._shown = False
        self._last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> bool:
        import time

        now = time.monotonic()
        if done < total and now - self._last < 0.2:
            return True
        self._last = now
        print(f"\r{stage}: {done:,} of {total:,}", end="", file=sys.stderr, flush=True)
        self._shown = True
        return True

    def done(self) -> None:
        if self._shown:
            print(file=sys.stderr)
            self._shown = False


def _terminal_progress() -> _TerminalProgress | None:
    """Progress for long imports, only when stderr is a terminal (never in scripts or logs)."""
    try:
        return _TerminalProgress() if sys.stderr.isatty() else None
    except (AttributeError, ValueError):
        return None


def _report_plan(plan: object, args: argparse.Namespace, db: Path) -> int:
    problems: list[CsvProblem] = plan.problems  # type: ignore[attr-defined]
    if problems:
        raise CliError(
            *(f"{args.file}: {p}" for p in problems),
            nformat(
                "nothing was imported ({n} problem)", "nothing was imported ({n} problems)", len(problems)
            ),
        )
    summary = plan.summary()  # type: ignore[attr-defined]
    if args.dry_run:
        print(
            _("Would import {name} into {db}: {summary}").format(name=args.file.name, db=db, summary=summary)
        )
    else:
        print(_("Imported {name} into {db}: {summary}").format(name=args.file.name, db=db, summary=summary))
    return 0


def _demo(outdir: Path, language: str = "") -> int:
    from peerdesk.cli.impact import prepare_charts
    from peerdesk.cli.schedule import write_program_invites

    prepare_charts()  # the report's charts need widgets: before the printouts start Qt without them
    outdir.mkdir(parents=True, exist_ok=True)
    from peerdesk.demo import DEMO_FILENAME, build_demo  # (matching, and numpy with it)

    path = build_demo(outdir / DEMO_FILENAME, language=language)
    print(_("Wrote the demo workspace to {path}").format(path=path))
    with open_workspace(path, read_only=True) as workspace:
        written = write_program_invites(workspace, None, outdir / "invites", eml=True)
        print(
            _("Wrote {written} invite files to {folder}").format(
                written=len(written), folder=outdir / "invites"
            )
        )
        from peerdesk.cli.printing import write_demo_printouts

        printed = write_demo_printouts(workspace, outdir / "print")
        print(
            _("Wrote {printed} printouts to {folder}").format(printed=len(printed), folder=outdir / "print")
        )
        from peerdesk.cli.impact import write_demo_report

        reports = write_demo_report(workspace, outdir / "report")
    print(
        _("Wrote {reports} report files to {folder}").format(reports=len(reports), folder=outdir / "report")
    )
    return 0


def display_available() -> bool:
    """False on Linux/BSD without an X11 or Wayland display (and no Qt platform chosen)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


# Libraries Qt's X11 plugin loads; fresh Ubuntu desktops often lack the first ones.
XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
)


def missing_x11_packages() -> list[str]:
    """Debian/Ubuntu packages Qt's X11 window needs but this machine lacks (Linux on X11 only)."""
    if (
        not sys.platform.startswith("linux")
        or os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("WAYLAND_DISPLAY")
        or not os.environ.get("DISPLAY")
    ):
        return []
    import ctypes

    missing = []
    for library, package in XCB_LIBRARIES:
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    return missing


def _handed_over(path: Path | None) -> bool:
    """True if a PeerDesk already running for this user took `path` (one PeerDesk per user)."""
    from peerdesk.ui.single_instance import hand_over  # QtNetwork only, not the whole window

    if not hand_over(path):
        return False
    where = (
        _("opened {path} in it").format(path=path)
        if path is not None
        else _("brought its window to the front")
    )
    print(_("PeerDesk is already running: {where}.").format(where=where))
    return True


def open_file_argument(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """`peerdesk FILE.peerdesk` (what a double-click runs) as `peerdesk --db FILE.peerdesk`."""
    takes_value = {o for a in parser._actions if a.nargs is None for o in a.option_strings}
    commands = next(
        (set(a.choices) for a in parser._actions if isinstance(a, argparse._SubParsersAction)), set()
    )
    positions, index = [], 0
    while index < len(argv):
        token = argv[index]
        if token == "--":
            positions += range(index + 1, len(argv))
            break
        index += 2 if token in takes_value else 1
        if not token.startswith("-") and token not in takes_value:
            positions.append(index - 1)
    if len(positions) != 1:
        return argv
    at = positions[0]
    token = argv[at]
    looks_like_file = Path(token).suffix.lower() in WORKSPACE_SUFFIXES or Path(token).is_file()
    if token in commands or not looks_like_file:
        return argv
    return [*(t for t in argv[:at] if t != "--"), "--db", token, *argv[at + 1 :]]


def _window(args: argparse.Namespace) -> int:
    if not display_available():
        raise CliError(_("there is no display to open the window on.") + " " + _(HEADLESS_HINT))
    missing = missing_x11_packages()
    if missing:
        raise CliError(
            _(
                "the window needs system libraries this computer lacks; install them "
                "with: sudo apt-get install {value}"
            ).format(value=" ".join(missing))
        )
    if args.lang:
        os.environ[i18n.ENV_LANGUAGE] = args.lang  # the window's language (peerdesk/ui/translation.py)
    if args.demo:
        from peerdesk.demo import DEMO_FILENAME, build_demo  # (matching, and numpy with it)

        path = build_demo(new_demo_folder() / DEMO_FILENAME, language=args.lang or "")
        create = False
    elif args.db is not None:
        path, create = args.db, False
        if not Path(path).exists():
            raise CliError(
                _(
                    "there is no workspace at {path}. Start PeerDesk without --db and use "
                    "File > New Workspace, or import a roster into it: peerdesk --db "
                    "{path} roster import FILE.csv"
                ).format(path=path)
            )
    else:
        path, create = default_workspace(), True
    if not args.demo and _handed_over(None if create else Path(path)):
        return 0
    from peerdesk.ui.app import run_window  # Qt loads only when a window is wanted

    try:
        return run_window(Path(path), create=create)
    finally:
        if args.demo:
            remove_demo_folder(path)  # the demo was a throw-away copy
