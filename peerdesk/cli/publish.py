"""`peerdesk publish`: put a program on a shared calendar server (CalDAV) and keep it in step."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from peerdesk.cli.errors import CliError
from peerdesk.i18n import _, nformat

ENV_PASSWORD = "PEERDESK_CALDAV_PASSWORD"  # the same name as peerdesk.publishing.credentials (tested)


def add_publish_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The `publish` command's arguments."""
    publish = commands.add_parser("publish", help=_("publish a program to a shared calendar server (CalDAV)"))
    publish.add_argument("program", help=_("program name or id"))
    publish.add_argument(
        "--url", required=True, help=_("the server's address, or a calendar's own URL copied from the server")
    )
    publish.add_argument("--user", required=True, help=_("your user name on the calendar server"))
    publish.add_argument(
        "--calendar",
        help=_("with a server address: the calendar to use, made if missing (default: program name)"),
    )
    publish.add_argument("--dry-run", action="store_true", help=_("say what would change; change nothing"))
    publish.add_argument(
        "--keep",
        choices=("mine", "theirs"),
        help=_(
            "when someone changed a published event in the calendar: overwrite it "
            "with PeerDesk's version (mine) or leave their version (theirs)"
        ),
    )


def url_problem(url: str) -> str | None:
    """Why `url` is no web address (a bad IPv6 host, a port out of range), or None."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
        host = parts.hostname
    except ValueError as exc:
        return _("not a web address ({exc}); write it like https://calendar.example.com/dav/").format(exc=exc)
    if host and port == 0:
        return _("port 0 is not a port a server can listen on")
    return None


def _password(url: str, user: str) -> str:
    from peerdesk.publishing.credentials import password_for

    try:
        password = password_for(url, user)
    except Exception as exc:  # a keychain misconfigured in a way keyring itself does not catch
        print(
            _("peerdesk: note: this computer's keychain could not be read ({exc})").format(exc=exc),
            file=sys.stderr,
        )
        password = os.environ.get(ENV_PASSWORD)
    if password:
        return password
    if sys.stdin.isatty():
        return getpass.getpass(_("Password (or app password) for {user}: ").format(user=user))
    raise CliError(
        _(
            "no password for {user}: save it once in Schedule > Publish to "
            "Calendar (it is kept in this computer's keychain), or set the "
            "environment variable {env_password}"
        ).format(user=user, env_password=ENV_PASSWORD)
    )


def _progress(done: int, total: int, label: str) -> None:
    if total >= 50 and sys.stderr.isatty() and (done % 25 == 0 or done == total):
        print(
            "\r" + _("{done}/{total} published").format(done=done, total=total),
            end="\n" if done == total else "",
            file=sys.stderr,
        )


def run_publish_command(args: argparse.Namespace, db: Path) -> int:
    """Publish (or with --dry-run, describe publishing) one program.

    The workspace is not held while the server is being talked to: the program
    is read first (under the lock, so a read-only or busy workspace is refused
    before anything reaches the server), the lock is let go for the network,
    and what the server now holds is recorded under the lock at the end.
    """
    # caldav and its HTTP stack load only when publishing, so start-up stays quick
    from peerdesk.publishing.client import CalDavConnection, PublishError, check_url
    from peerdesk.publishing.trust import verification
    from peerdesk.storage import open_workspace

    problem = url_problem(args.url)
    if problem:
        raise CliError(_("--url {url}: {problem}").format(url=args.url, problem=problem))
    try:
        url = check_url(args.url)
    except PublishError as exc:
        raise CliError(_("--url {url}: {exc}").format(url=args.url, exc=exc)) from exc
    with open_workspace(db, read_only=args.dry_run) as workspace:
        program = _program(workspace, args.program)
    password = _password(url, args.user)
    conn = CalDavConnection(url, args.user, password, verify=verification(url))
    try:
        if args.dry_run:
            return _dry_run(args, db, program, conn, url)
        return _publish(args, db, program, conn, url)
    except PublishError as exc:
        raise CliError(str(exc), _("nothing more was changed; the workspace is as it was")) from exc
    finally:
        conn.close()


def _program(workspace, wanted: str):  # type: ignore[no-untyped-def]
    from peerdesk.schedule.service import Schedule

    schedule = Schedule(workspace)
    program = schedule.find_program(wanted)
    if program is None:
        names = ", ".join(f"{p.id} {p.name}" for p in schedule.list_programs()) or _("none yet")
        raise CliError(
            _("there is no program '{wanted}' (programs: {names})").format(wanted=wanted, names=names)
        )
    return program


def _dry_run(args, db, program, conn, url) -> int:  # type: ignore[no-untyped-def]
    from peerdesk.publishing.client import PublishError
    from peerdesk.publishing.plan import plan_sync
    from peerdesk.publishing.service import Publisher, find_or_create_calendar, plan_publish
    from peerdesk.storage import open_workspace

    name = args.calendar or program.name
    try:
        calendar = find_or_create_calendar(conn, url, name, create=False)
    except PublishError as exc:
        if exc.kind != "no-calendar":
            raise
        calendar = None
    if calendar is None:
        with open_workspace(db, read_only=True) as workspace:
            plan = plan_sync(url, Publisher(workspace).desired(program), {}, {})
        print(
            _("Would create the calendar '{name}' and publish '{name2}': {summary}").format(
                name=name, name2=program.name, summary=plan.summary(True)
            )
        )
    else:
        with open_workspace(db, read_only=True) as workspace:
            prepared = Publisher(workspace).prepare(program, calendar, args.user)
        plan = plan_publish(prepared, conn, args.keep)
        print(
            _("Would publish '{name}' to '{name2}' ({url}): {summary}").format(
                name=program.name, name2=calendar.name, url=calendar.url, summary=plan.summary(True)
            )
        )
    for action in plan.actions:
        print(f"  {action.kind}: {action.label}")
    for conflict in plan.conflicts:
        print("  " + _("conflict: {description}").format(description=conflict.describe()))
    return 0


def _publish(args, db, program, conn, url) -> int:  # type: ignore[no-untyped-def]
    from peerdesk.publishing.service import Publisher, execute, find_or_create_calendar, plan_publish
    from peerdesk.storage import open_workspace

    calendar = find_or_create_calendar(conn, url, args.calendar or program.name)
    with open_workspace(db, read_only=True) as workspace:  # no lock: only read
        prepared = Publisher(workspace).prepare(program, calendar, args.user)
    plan = plan_publish(prepared, conn, args.keep)
    outcome = execute(plan, conn, _progress)
    done = len(outcome.saved) + len(outcome.removed)
    answered = _record(db, prepared, plan, outcome, done)
    if outcome.error is not None:
        raise CliError(
            str(outcome.error),
            nformat(
                "{done} of {n} change reached the calendar and are recorded; publish again to finish",
                "{done} of {n} changes reached the calendar and are recorded; publish again to finish",
                len(plan.actions),
                done=done,
            ),
        )
    conflicts = [*plan.conflicts, *outcome.conflicts]
    problems = outcome.refused + [c.describe() for c in conflicts]
    if problems:
        hint = (
            [_("run again with --keep mine to overwrite their change, or --keep theirs to leave it")]
            if conflicts
            else []
        )
        raise CliError(
            *problems,
            *hint,
            nformat(
                "{n} other change was published to '{calendar}'",
                "{n} other changes were published to '{calendar}'",
                done,
                calendar=calendar.name,
            ),
        )
    print(
        _("Published '{name}' to '{name2}' ({url}): {summary}").format(
            name=program.name, name2=calendar.name, url=calendar.url, summary=plan.summary()
        )
    )
    if answered:
        print(
            nformat(
                "{n} answer from attendees was read from the calendar and stored",
                "{n} answers from attendees were read from the calendar and stored",
                answered,
            )
        )
    return 0


def _record(db, prepared, plan, outcome, done: int) -> int:  # type: ignore[no-untyped-def]
    """Write what the server now holds, under the workspace's lock (taken only now); answers stored."""
    from peerdesk.publishing.service import Publisher
    from peerdesk.storage import WorkspaceError, open_workspace

    try:
        with open_workspace(db) as workspace:
            publisher = Publisher(workspace)
            publisher.record(prepared, plan, outcome)
            return len(publisher.answers.stored)
    except WorkspaceError as exc:
        raise CliError(
            nformat(
                "{n} change reached the calendar, but could not be recorded in the workspace: {reason}",
                "{n} changes reached the calendar, but could not be recorded in the workspace: {reason}",
                done,
                reason=exc,
            ),
            _(
                "publish again once the workspace can be changed: the next publish "
                "recognises what is already in the calendar and records it"
            ),
        ) from exc
