"""`peerdesk follow-ups`: the 30/60/90-day transfer follow-ups of a pilot (reminders for the lead
as .ics, printable slips) and recording a learner's answer."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from peerdesk import clock
from peerdesk.atomic import write_bytes_atomically
from peerdesk.cli.errors import CliError
from peerdesk.domain import Program, TransferCheck, normalise_email
from peerdesk.i18n import _
from peerdesk.impact.transfer import FOLLOW_UP_DAYS, follow_ups, reminders_ics, slips_html
from peerdesk.schedule.service import Schedule
from peerdesk.storage import check_output_path, open_workspace
from peerdesk.storage.impact import ImpactRepository

ANSWERS = {"yes": True, "y": True, "no": False, "n": False}


def add_transfer_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `follow-ups write` and `follow-ups record` to the command line."""
    parser = commands.add_parser("follow-ups", help=_("30/60/90-day transfer follow-ups after a pilot"))
    actions = parser.add_subparsers(dest="follow_ups_command", metavar="ACTION", required=True)
    write = actions.add_parser("write", help=_("reminders for the lead (.ics) and printable slips (.html)"))
    write.add_argument("program", help=_("program name or id"))
    write.add_argument("--ics", type=Path, help=_("FILE.ics: one all-day reminder per follow-up day"))
    write.add_argument("--slips", type=Path, help=_("FILE.html: one slip per learner and skill"))
    record = actions.add_parser(
        "record", help=_("record a learner's answer: used the skill at work, yes or no")
    )
    record.add_argument("program", help=_("program name or id"))
    record.add_argument("email")
    record.add_argument("skill")
    record.add_argument("answer", help=_("yes or no"))
    record.add_argument("--after", type=int, choices=FOLLOW_UP_DAYS, default=30, help=_("which follow-up"))
    record.add_argument("--day", help=_("the day it was answered, YYYY-MM-DD (default: today)"))


def run_transfer_command(args: argparse.Namespace, db: Path) -> int:
    """Write the follow-ups' files, or record one answer."""
    if args.follow_ups_command == "write":
        if args.ics is None and args.slips is None:
            raise CliError(_("say what to write: --ics FILE.ics, --slips FILE.html or both"))
        with open_workspace(db, read_only=True) as workspace:
            schedule = Schedule(workspace)
            program = _program(schedule, args.program)
            items = follow_ups(program, schedule.people.list_people())
            for out in (args.ics, args.slips):
                if out is not None:
                    check_output_path(out, db)
            if args.ics is not None:
                write_bytes_atomically(args.ics, reminders_ics(program, items))
            if args.slips is not None:
                write_bytes_atomically(args.slips, slips_html(program, items).encode("utf-8"))
        print(_("Wrote {items} follow-up questions for {name}").format(items=len(items), name=program.name))
        return 0
    answer = ANSWERS.get(args.answer.strip().casefold())
    if answer is None:
        raise CliError(_("answer '{answer}': say yes or no").format(answer=args.answer))
    try:
        day = clock.check_year(date.fromisoformat(args.day)) if args.day else clock.today()
    except clock.ClockError as exc:
        raise CliError(_("--day '{day}': {exc}").format(day=args.day, exc=exc)) from exc
    except ValueError as exc:
        raise CliError(_("--day '{day}': not a date like 2027-02-01").format(day=args.day)) from exc
    if day > clock.today():
        raise CliError(_("--day {day}: an answer cannot come from the future").format(day=day))
    with open_workspace(db) as workspace:
        schedule = Schedule(workspace)
        program = _program(schedule, args.program)
        email = normalise_email(args.email)
        if email not in program.members:
            raise CliError(_("{email} is not a member of {name}").format(email=args.email, name=program.name))
        ImpactRepository(workspace.db).record_transfer_check(
            TransferCheck(program.id or 0, email, args.skill.strip(), args.after, day, answer)
        )
    if answer:
        text = _("Recorded: {email} has used {skill} at work ({days}-day follow-up)")
    else:
        text = _("Recorded: {email} has not used {skill} at work ({days}-day follow-up)")
    print(text.format(email=email, skill=args.skill.strip(), days=args.after))
    return 0


def _program(schedule: Schedule, name: str) -> Program:
    program = schedule.find_program(name)
    if program is None:
        raise CliError(_("there is no program '{name}'").format(name=name))
    return program
