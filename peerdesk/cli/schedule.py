"""The schedule's command-line face: program create/list, sessions, session changes, invites."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
from datetime import date, datetime
from email.utils import parseaddr
from pathlib import Path

from peerdesk import clock
from peerdesk.cli.errors import CliError
from peerdesk.domain import WEEKDAYS, Program
from peerdesk.i18n import _, nformat
from peerdesk.roster.service import Roster
from peerdesk.schedule.conflicts import find_conflicts
from peerdesk.schedule.dates import local_date
from peerdesk.schedule.deletion import Deletions, cancellation_files, write_cancellations
from peerdesk.schedule.holidays import calendar_problem
from peerdesk.schedule.invite_files import ExportResult, InviteExportError, export_invites, sending_conflicts
from peerdesk.schedule.service import WEEKDAY_KEYS, Schedule, program_problems
from peerdesk.schedule.timezones import local_time_notes
from peerdesk.storage import Workspace, WorkspaceError, open_workspace


def run_schedule_command(args: argparse.Namespace, db: Path) -> int:
    """Dispatch `program`, `sessions`, `session` and `invites`."""
    if args.command == "program" and args.program_command == "create":
        return _create(args, db)
    if (args.command, getattr(args, "program_command", None) or getattr(args, "session_command", None)) in (
        ("program", "delete"),
        ("session", "delete"),
    ):
        return _delete(args, db)
    if args.command == "session":
        return _session(args, db)
    with open_workspace(db, read_only=True) as workspace:
        schedule = Schedule(workspace)
        if args.command == "program":
            programs = schedule.list_programs()
            if args.json:
                print(json.dumps([_program_json(p) for p in programs], indent=2, ensure_ascii=False))
            for p in [] if args.json else programs:
                weeks = nformat("{n} week", "{n} weeks", p.weeks)
                members = nformat("{n} member", "{n} members", len(p.members))
                print(
                    f"{p.id}\t{p.name}\t{p.start}\t{weeks}, {WEEKDAYS[p.weekday]} "
                    f"{p.time:%H:%M} {p.timezone}, {p.minutes} min, {p.format_key}, {members}"
                )
            return 0
        program = _program(schedule, args.program)
        if args.command == "sessions":
            sessions = schedule.list_sessions(program.id)
            if args.json:
                print(json.dumps([_session_json(s) for s in sessions], indent=2, ensure_ascii=False))
            for s in [] if args.json else sessions:
                week = _("week {week}").format(week=s.week) if s.week else _("one-off")
                led = _("led by {names}").format(names=", ".join(s.facilitators) or "-")
                print(
                    f"{s.id}\t{s.start:%a %Y-%m-%d %H:%M} {s.timezone}\t{s.minutes} min\t{week}\t"
                    f"{s.status}\t{s.title}\t{led}"
                )
            return 0
        if args.session is not None:
            return _export_session(workspace, program, args)
        result = _export(workspace, program, args.out, person=args.person, eml=args.eml)
        for path in result.written:
            print(path)
        people = Roster(workspace).people()
        sessions, programs = schedule.list_sessions(), schedule.list_programs()
        clashes = sending_conflicts(
            program, sessions, people, programs, args.person.lower() if args.person else None
        )
        for line in [*result.notes, *(_("conflict: {c}").format(c=c) for c in clashes)]:
            print(_("note: {line}").format(line=line), file=sys.stderr)
        print(result.summary())
        return 0


def _export(
    workspace: Workspace, program: Program | None, folder: Path, *, person: str | None, eml: bool
) -> ExportResult:
    try:
        return export_invites(workspace, program, folder, person=person, eml=eml)
    except InviteExportError as exc:
        raise CliError(
            str(exc) if not person or "roster" not in str(exc) else _("--person {exc}").format(exc=exc)
        ) from exc


def _export_session(workspace: Workspace, program: Program, args: argparse.Namespace) -> int:
    """`invites PROGRAM --session ID`: one session's invitation."""
    from peerdesk.schedule.session_invites import export_session_invite

    session = Schedule(workspace).sessions.get(args.session)
    if session is None or session.program_id != program.id:
        raise CliError(
            _("--session {session}: {name} has no such session (`peerdesk sessions` lists them)").format(
                session=args.session, name=program.name
            )
        )
    if args.person:
        raise CliError(_("--person and --session do not go together: choose one"))
    try:
        result = export_session_invite(workspace, args.session, args.out, eml=args.eml)
    except InviteExportError as exc:
        raise CliError(str(exc)) from exc
    for path in result.written:
        print(path)
    for line in result.notes:
        print(_("note: {line}").format(line=line), file=sys.stderr)
    print(result.summary())
    return 0


def write_program_invites(
    workspace: Workspace,
    program: Program | None,
    folder: Path,
    *,
    person: str | None = None,
    eml: bool = False,
) -> list[Path]:
    """Write the invites of `program` (or of every program) into `folder`; the paths written."""
    return _export(workspace, program, folder, person=person, eml=eml).written


def _program(schedule: Schedule, name: str) -> Program:
    program = schedule.find_program(name)
    if program is None:
        names = ", ".join(f"{p.id} {p.name}" for p in schedule.list_programs()) or _("none yet")
        raise CliError(_("there is no program '{name}' (programs: {names})").format(name=name, names=names))
    return program


def _create(args: argparse.Namespace, db: Path) -> int:
    problems = []
    try:
        start = clock.check_year(date.fromisoformat(args.start))
    except clock.ClockError as exc:
        problems.append(_("--start {start}: {exc}").format(start=args.start, exc=exc))
        start = clock.today()
    except ValueError:
        problems.append(_("--start {start}: not a date that exists (YYYY-MM-DD)").format(start=args.start))
        start = clock.today()
    weekday_key = args.weekday.strip().lower()[:3]
    if weekday_key not in WEEKDAY_KEYS:
        problems.append(
            _("--weekday {weekday}: use one of {list}").format(
                weekday=args.weekday, list=", ".join(WEEKDAY_KEYS)
            )
        )
    try:
        at = datetime.strptime(args.time, "%H:%M").time()
    except ValueError:
        problems.append(_("--time {time}: not a time like 10:00").format(time=args.time))
        at = datetime.min.time()
    with open_workspace(db) as workspace:
        schedule = Schedule(workspace)
        people = [p for p in Roster(workspace).people()]
        emails = {p.email for p in people}
        members = (
            [p.email for p in people if p.active]
            if args.members.strip().lower() == "all"
            else [e.strip().lower() for e in args.members.split(",") if e.strip()]
        )
        organizer_name, organizer_email = parseaddr(args.organizer)
        organizer_email = (organizer_email or args.organizer).strip().lower()
        program = Program(
            name=args.name.strip(),
            start=start,
            weeks=args.weeks,
            weekday=WEEKDAY_KEYS.index(weekday_key) if weekday_key in WEEKDAY_KEYS else 0,
            time=at,
            minutes=args.minutes,
            timezone=args.tz,
            format_key=args.format,
            outcome=args.outcome,
            organizer_email=organizer_email,
            organizer_name=organizer_name,
            members=tuple(members),
        )
        problems += program_problems(
            program,
            emails,
            {f.key for f in schedule.formats()},
            {p.name.casefold() for p in schedule.list_programs()},
        )
        if args.holidays and (problem := calendar_problem(args.holidays)):
            problems.append(
                _("--holidays {holidays}: {problem}").format(holidays=args.holidays, problem=problem)
            )
        if args.skip_holidays and not args.holidays:
            problems.append(_("--skip-holidays needs --holidays CC[-REGION] (e.g. DE-BY)"))
        if problems:
            raise CliError(*problems, _("no program was created"))
        program = replace(program, holidays=args.holidays.strip().upper())
        saved, sessions = schedule.create_program(program, "skip" if args.skip_holidays else "keep")
        hit = schedule.holiday_weeks(saved)
        found = find_conflicts(schedule.list_sessions(), people, schedule.list_programs())
        notes = local_time_notes([s.start for s in sessions], saved.timezone)[1]
    for warning in notes:
        print(_("note: {warning}").format(warning=warning), file=sys.stderr)
    print(
        nformat(
            "Created program {id} '{name}' with {n} session, {first} to {last} ({zone})",
            "Created program {id} '{name}' with {n} sessions, {first} to {last} ({zone})",
            len(sessions),
            id=saved.id,
            name=saved.name,
            first=local_date(sessions[0].start, "%a %d %b %Y %H:%M", "EEE dd MMM y HH:mm"),
            last=local_date(sessions[-1].start, "%a %d %b %Y", "EEE dd MMM y"),
            zone=saved.timezone,
        )
    )
    for week, day, name in hit:
        what = _("skipped") if args.skip_holidays else _("kept (use --skip-holidays to skip it)")
        print(
            "  "
            + _("week {week}, {day}, is a public holiday ({name}): {what}").format(
                week=week, day=local_date(day, "%a %d %b %Y", "EEE dd MMM y"), name=name, what=what
            )
        )
    ids = {s.id for s in sessions}
    for conflict in (c for c in found if c.session_id in ids):
        print(
            "  "
            + _("conflict in session {session_id}: {message}").format(
                session_id=conflict.session_id, message=conflict.message
            )
        )
    return 0


def _delete(args: argparse.Namespace, db: Path) -> int:
    """`program delete` / `session delete`: say what goes; with --yes delete it (after writing the
    cancellations when --cancellations names a folder)."""
    with open_workspace(db) as workspace:
        deletions = Deletions(workspace)
        if args.command == "program":
            program = _program(Schedule(workspace), args.program)
            assert program.id is not None
            deletion = deletions.plan_program(program.id)
            what = _("program {id} '{name}'").format(id=program.id, name=program.name)
        else:
            if Schedule(workspace).sessions.get(args.id) is None:
                raise CliError(
                    _("there is no session {id} (`peerdesk sessions PROGRAM` lists the ids)").format(
                        id=args.id
                    )
                )
            deletion = deletions.plan_session(args.id)
            what = _("session {id} '{title}'").format(id=args.id, title=deletion.sessions[0].title)
        coming = deletion.to_cancel()
        if not args.yes:
            lines = [_("deleting {what} would remove {value}").format(what=what, value=deletion.what_goes())]
            if coming and not args.cancellations:
                lines.append(
                    nformat(
                        "{n} session still to come: add --cancellations FOLDER to write cancellations "
                        "for invites already sent",
                        "{n} sessions still to come: add --cancellations FOLDER to write cancellations "
                        "for invites already sent",
                        len(coming),
                    )
                )
            raise CliError(*lines, _("nothing was deleted (add --yes to delete)"))
        written = []
        if args.cancellations:
            try:
                written = write_cancellations(
                    workspace, args.cancellations, cancellation_files(workspace, deletion)
                )
            except WorkspaceError as exc:
                raise CliError(_("--cancellations {exc}").format(exc=exc), _("nothing was deleted")) from exc
        deletions.apply(deletion)
    for path in written:
        print(path)
    print(_("Deleted {what}: {value}").format(what=what, value=deletion.what_goes()))
    if coming and not args.cancellations:
        print(
            nformat(
                "note: {n} session still to come may be in attendees' calendars "
                "(--cancellations FOLDER writes their cancellations before deleting)",
                "note: {n} sessions still to come may be in attendees' calendars "
                "(--cancellations FOLDER writes their cancellations before deleting)",
                len(coming),
            ),
            file=sys.stderr,
        )
    return 0


def _session(args: argparse.Namespace, db: Path) -> int:
    with open_workspace(db) as workspace:
        schedule = Schedule(workspace)
        session = schedule.sessions.get(args.id)
        if session is None:
            raise CliError(
                _("there is no session {id} (`peerdesk sessions PROGRAM` lists the ids)").format(id=args.id)
            )
        people = Roster(workspace).people()
        if args.session_command == "move":
            try:
                to = datetime.strptime(args.to, "%Y-%m-%dT%H:%M")
                clock.check_year(to.date())
            except clock.ClockError as exc:
                raise CliError(f"--to {args.to}: {exc}") from None
            except ValueError:
                raise CliError(
                    _("--to {to}: not a date and time like 2026-11-24T10:30").format(to=args.to)
                ) from None
            try:
                change = schedule.plan_move(args.id, to)
            except ValueError as exc:  # a local time that does not exist (the spring-forward gap)
                raise CliError(f"--to {args.to}: {exc}") from None
        else:
            status = {"skip": "skipped", "cancel": "cancelled", "restore": "planned"}[args.session_command]
            change = schedule.plan_status(args.id, status)
        moved = change.after[0]
        others = [s for s in schedule.list_sessions() if s.id != moved.id]
        before = {
            c.message for c in find_conflicts(schedule.list_sessions(), people, schedule.list_programs())
        }
        new = [
            c.message
            for c in find_conflicts([*others, moved], people, schedule.list_programs())
            if c.session_id == moved.id and c.message not in before
        ]
        if new and args.session_command == "move" and not args.anyway:
            raise CliError(
                *[
                    _("session {id} at {start}: {m}").format(
                        id=moved.id,
                        start=local_date(moved.start, "%a %d %b %Y %H:%M", "EEE dd MMM y HH:mm"),
                        m=m,
                    )
                    for m in new
                ],
                _("nothing was moved (add --anyway to move it all the same)"),
            )
        schedule.apply(change)
    when = local_date(moved.start, "%a %d %b %Y %H:%M", "EEE dd MMM y HH:mm")
    print(f"{change.description} ({when} {moved.timezone}): {moved.status}")
    for message in new:
        print("  " + _("warning: {message}").format(message=message))
    return 0


def _program_json(p: Program) -> dict[str, object]:
    data = asdict(p)
    data.update(
        start=p.start.isoformat(),
        time=p.time.strftime("%H:%M"),
        weekday=WEEKDAY_KEYS[p.weekday],
        members=list(p.members),
    )
    return data


def _session_json(s: object) -> dict[str, object]:
    data = asdict(s)  # type: ignore[call-overload]
    data["start"] = s.start.isoformat(timespec="minutes")  # type: ignore[attr-defined]
    data["end"] = s.end.isoformat(timespec="minutes")  # type: ignore[attr-defined]
    data["series_start"] = (
        s.series_start.isoformat(timespec="minutes")  # type: ignore[attr-defined]
        if s.series_start
        else None
    )  # type: ignore[attr-defined]
    data["attendees"] = [{"email": a.email, "role": a.role} for a in s.attendees]  # type: ignore[attr-defined]
    data["id"] = s.id  # type: ignore[attr-defined]
    return data
