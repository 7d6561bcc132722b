"""Publishing a program to a calendar: prepare (workspace), plan and execute (server), record (workspace).

The steps are separate so the window can run the network part in a worker
thread while the workspace is only read and written on its own thread.
Nothing of the program or its sessions is ever changed by publishing; only the
publish records are written, in one transaction at the end, and they always
say what the server really holds - so an interrupted publish is finished by
the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from peerdesk import clock
from peerdesk.domain import Program
from peerdesk.i18n import _
from peerdesk.publishing.client import (
    CalDavConnection,
    CalendarInfo,
    ChangedOnServer,
    PublishError,
    PublishStopped,
    RefusedObject,
)
from peerdesk.publishing.objects import CalendarObject, answers_only, keep_answers, program_objects
from peerdesk.publishing.plan import Action, Conflict, SyncPlan, plan_sync
from peerdesk.roster.service import Roster
from peerdesk.schedule.invites import InviteContext
from peerdesk.schedule.replies import ReplyImport, record_answers, server_answers
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace
from peerdesk.storage.publications import Publication, PublicationRepository, PublishedObject

Progress = Callable[[int, int, str], None]


@dataclass
class Prepared:
    """What the workspace says before a publish: the objects wanted and the ones last published."""

    program: Program
    calendar: CalendarInfo
    user: str
    desired: dict[str, CalendarObject]
    stored: dict[str, PublishedObject]
    publication: Publication | None


@dataclass
class Outcome:
    """What the server did: objects now there, objects gone, late conflicts, refusals, the stopping error."""

    saved: list[PublishedObject] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    error: PublishError | None = None
    stopped: bool = False

    @property
    def complete(self) -> bool:
        """True when the calendar is fully in step with the program."""
        return not (self.conflicts or self.refused or self.error or self.stopped)


def find_or_create_calendar(
    conn: CalDavConnection, url: str, name: str | None, *, create: bool = True
) -> CalendarInfo:
    """The calendar to publish to: the URL itself if it is a calendar, else `name` in the account."""
    try:
        own = conn.is_calendar(url)
    except PublishError as exc:
        if exc.kind != "not-found" or not name:
            raise
        own = None  # a server's root may hold nothing (sabre/dav): discovery goes on from there
    if own is not None:
        return own
    if not name:
        raise PublishError(
            _("{url} is a server address, not a calendar; name the calendar to use or create").format(
                url=url
            ),
            "not-found",
        )
    calendars = conn.calendars()
    for calendar in calendars:
        if calendar.name.strip().casefold() == name.strip().casefold():
            return calendar
    if not create:
        names = ", ".join(c.name for c in calendars) or "none"
        raise PublishError(
            _("there is no calendar called '{name}' (calendars: {names})").format(name=name, names=names),
            "no-calendar",
        )
    return conn.create_calendar(name.strip())


class Publisher:
    """Publishing the programs of one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.schedule = Schedule(workspace)
        self.roster = Roster(workspace)
        self.records = PublicationRepository(workspace.db)
        self.answers = ReplyImport()  # what the last `record` stored from attendees' answers on the server

    def _context(self) -> InviteContext:
        return InviteContext.build(self.roster.people(), self.schedule.formats())

    def desired(self, program: Program, ctx: InviteContext | None = None) -> dict[str, CalendarObject]:
        """The calendar objects the program should have on a server now."""
        return program_objects(ctx or self._context(), program, self.schedule.list_sessions(program.id))

    def prepare(self, program: Program, calendar: CalendarInfo, user: str) -> Prepared:
        """Read everything a publish needs from the workspace (changes nothing)."""
        assert program.id is not None
        program = self.schedule.programs.get(program.id) or program  # as it is now, not as the caller saw it
        publication = self.records.find(program.id, calendar.url)
        stored = self.records.objects(publication.id) if publication and publication.id else {}
        return Prepared(program, calendar, user, self.desired(program), stored, publication)

    def record(
        self, prepared: Prepared, plan: SyncPlan, outcome: Outcome, when: datetime | None = None
    ) -> bool:
        """Write what the server now holds, in one transaction (the program itself is never changed).

        A publish that changed nothing on the server and did not finish writes
        nothing at all: a failed attempt leaves the workspace exactly as it was.
        False when there was nothing to record, or the program was deleted while
        the server was being written (the command line records after the network).
        """
        assert prepared.program.id is not None
        changed = outcome.saved or outcome.removed or plan.accept or plan.forget
        if not changed and not (outcome.complete and not plan.conflicts):
            return False
        if self.schedule.programs.get(prepared.program.id) is None:
            return False
        problems = [str(outcome.error)] if outcome.error else []
        problems += outcome.refused + [c.describe() for c in [*plan.conflicts, *outcome.conflicts]]
        with self.workspace.db.atomic():
            publication = self.records.ensure(
                prepared.program.id, prepared.calendar.url, prepared.calendar.name, prepared.user
            )
            assert publication.id is not None
            self.records.record(
                publication.id,
                [*plan.accept, *outcome.saved],
                [*plan.forget, *outcome.removed],
                attempted_at=when or clock.now(),
                completed=outcome.complete and not plan.conflicts,
                error=" / ".join(problems)[:2000],
            )
            found = [a for href, data in plan.answered.items() for a in server_answers(href, data)]
            self.answers = record_answers(self.workspace, found) if found else ReplyImport()
        return True


def plan_publish(prepared: Prepared, conn: CalDavConnection, keep: str | None = None) -> SyncPlan:
    """Compare with what the server holds now and decide every write.

    One PROPFIND for the ETags, and a GET for each object at one of our names
    that this workspace has no record of (to tell a cut-off publish from
    someone else's version), for each object changed on the server since the
    last publish and for each object to update.

    Attendees answer on the shared calendar (their calendar client adds their
    ATTENDEE with PARTSTAT ACCEPTED, DECLINED or TENTATIVE): a copy that differs
    from ours only by such answers is no conflict; it is kept in
    `SyncPlan.answered` for `Publisher.record` to store the answers, and every
    update carries the answers on (`keep_answers`), so a republish never sets
    them back. A copy with answers and other changes stays a conflict; "keep
    mine" then still stores and carries its answers.
    """
    server = conn.etags(prepared.calendar.url)
    stored = dict(prepared.stored)
    answered: dict[str, bytes] = {}
    for uid, record in prepared.stored.items():
        now = server.get(record.href)
        obj = prepared.desired.get(uid)
        if obj is None or now is None or not record.etag or now == record.etag or record.digest != obj.digest:
            continue
        found = conn.get(record.href)
        if found is not None and answers_only(found[0], obj.data):
            answered[record.href] = found[0]
            stored[uid] = replace(record, etag=now)
    prepared = replace(prepared, stored=stored)
    unseen = {}
    for uid, obj in prepared.desired.items():
        href = prepared.calendar.url + obj.filename
        if uid not in prepared.stored and href in server:
            found = conn.get(href)  # usually none: only a copy, a backup or a cut-off publish has these
            if found is not None:
                unseen[href] = found[0]
    plan = plan_sync(prepared.calendar.url, prepared.desired, prepared.stored, server, keep, unseen)
    plan.answered = answered
    plan.accept += [
        stored[uid] for uid in prepared.stored if stored[uid].href in answered and uid not in _written(plan)
    ]
    for number, action in enumerate(plan.actions):
        if action.kind != "update":
            continue
        theirs = answered.get(action.href)
        if theirs is None:
            found = conn.get(action.href)
            theirs = found[0] if found is not None else None
        if theirs is not None:
            plan.actions[number] = replace(action, data=keep_answers(action.data, theirs))
            record = prepared.stored.get(action.uid)
            if record is not None and record.etag != action.etag:  # "keep mine": their answers still count
                plan.answered.setdefault(action.href, theirs)
    return plan


def _written(plan: SyncPlan) -> set[str]:
    return {a.uid for a in plan.actions}


def execute(
    plan: SyncPlan,
    conn: CalDavConnection,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Outcome:
    """Carry out the plan on the server (no workspace access: safe in a worker thread).

    Stops at the first error that is not about one object (connection, login,
    server error) and returns what was done so far with that error; an object
    the server refuses, or that changed meanwhile, is reported and skipped.
    """
    outcome = Outcome()
    total = len(plan.actions)
    for done, action in enumerate(plan.actions):
        if should_stop is not None and should_stop():
            outcome.stopped = True
            break
        if progress is not None:
            progress(done, total, action.label)
        try:
            _one(action, conn, outcome)
        except ChangedOnServer:
            outcome.conflicts.append(Conflict(action.uid, action.href, action.label, "changed", ""))
        except RefusedObject as exc:
            outcome.refused.append(str(exc))
        except PublishStopped:
            outcome.stopped = True  # Stop pressed while the server was being asked: it may hold it or not
            break
        except PublishError as exc:
            outcome.error = exc
            break
    else:
        if progress is not None:
            progress(total, total, "")
    return outcome


def _one(action: Action, conn: CalDavConnection, outcome: Outcome) -> None:
    if action.kind == "delete":
        conn.delete(action.href, action.etag or "", action.label)
        outcome.removed.append(action.uid)
        return
    etag = action.etag
    if action.claim:
        # the name is ours (made from our UID), but check the UID before replacing anything
        found = conn.get(action.href)
        if found is not None and f"UID:{action.uid}".encode() not in found[0].replace(b"\r\n ", b""):
            raise RefusedObject(
                _(
                    "{label} was not published: an event PeerDesk did not create uses its "
                    "name ({href}); PeerDesk left that event alone"
                ).format(label=action.label, href=action.href),
                "refused",
            )
        etag = (found[1] or etag) if found is not None else None
    new_etag = conn.put(action.href, action.data, etag, action.label)
    outcome.saved.append(PublishedObject(action.uid, action.href, new_etag, action.digest))


def publish(
    workspace: Workspace,
    program: Program,
    conn: CalDavConnection,
    calendar: CalendarInfo,
    *,
    keep: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> tuple[SyncPlan, Outcome]:
    """Prepare, plan, execute and record in one go (the command line's way)."""
    publisher = Publisher(workspace)
    prepared = publisher.prepare(program, calendar, conn.user)
    plan = plan_publish(prepared, conn, keep)
    if dry_run:
        return plan, Outcome()
    outcome = execute(plan, conn, progress)
    publisher.record(prepared, plan, outcome)
    return plan, outcome
