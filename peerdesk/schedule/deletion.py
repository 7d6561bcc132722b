"""Deleting a program or a session, undoably, and the cancellations for invites already sent.

`Deletions.plan_program` / `plan_session` describe what goes (in words for the
confirmation: so many sessions, so many attendance records) without changing
anything; `apply` removes it and `revert` puts back the same rows, ids
included (storage/removal.py). `cancellation_files` writes METHOD:CANCEL
invitations (and email drafts) for the sessions still to come, with the same
builders as an export of cancelled sessions, so attendees' calendars drop them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from peerdesk import clock
from peerdesk.changes import OpChanges
from peerdesk.domain import Program, Session
from peerdesk.i18n import _, nformat
from peerdesk.schedule.slots import to_utc
from peerdesk.storage import Workspace
from peerdesk.storage.programs import ProgramRepository
from peerdesk.storage.removal import Snapshot, program_snapshot, remove, restore, sessions_snapshot
from peerdesk.storage.sessions import SessionRepository

# what else goes with a program, as the confirmation names it: table, one, many
_ALSO: tuple[tuple[str, Callable[[int], str]], ...] = (
    ("replies", lambda n: nformat("{n} invitee answer", "{n} invitee answers", n)),
    ("match_runs", lambda n: nformat("{n} matching run", "{n} matching runs", n)),
    ("shoutouts", lambda n: nformat("{n} shout-out", "{n} shout-outs", n)),
    ("transfer_checks", lambda n: nformat("{n} follow-up answer", "{n} follow-up answers", n)),
    ("publications", lambda n: nformat("{n} calendar publication", "{n} calendar publications", n)),
)


@dataclass(frozen=True)
class Deletion:
    """One deletion: the program (whole, or the one whose session goes), the sessions that go,
    and the snapshot of every row removed."""

    description: str
    program: Program
    sessions: tuple[Session, ...]
    snapshot: Snapshot
    whole_program: bool

    def changes(self) -> OpChanges:
        """What the deletion (or its undo) touches: a whole program reloads every screen's schedule."""
        count_of = self.snapshot.count
        return OpChanges(
            schedule=True,
            attendance=count_of("attendance") > 0 or count_of("transfer_checks") > 0,
            recognition=count_of("shoutouts") > 0,
            matches=count_of("match_runs") > 0,
            sessions=frozenset() if self.whole_program else frozenset(s.id for s in self.sessions if s.id),
            programs=frozenset([self.program.id]) if self.program.id else frozenset(),
            programs_edited=frozenset([self.program.id]) if self.program.id else frozenset(),
        )

    def what_goes(self) -> str:
        """'6 sessions and 14 attendance records' (and whatever else goes with them)."""
        parts = [
            nformat("{n} session", "{n} sessions", len(self.sessions)),
            nformat("{n} attendance record", "{n} attendance records", self.snapshot.count("attendance")),
        ]
        parts += [words(n) for table, words in _ALSO if (n := self.snapshot.count(table))]
        return _("{items} and {last}").format(items=", ".join(parts[:-1]), last=parts[-1])

    def to_cancel(self, now: datetime | None = None) -> list[Session]:
        """The sessions still to come whose invitations may be in attendees' calendars."""
        moment = now or clock.now()
        return [s for s in self.sessions if s.status == "planned" and to_utc(s.start, s.timezone) > moment]


class Deletions:
    """Plans, applies and reverts deletions in one workspace (an `Applier` for the undo stack)."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.programs = ProgramRepository(workspace.db)
        self.sessions = SessionRepository(workspace.db)

    def plan_program(self, program_id: int) -> Deletion:
        """Deleting a program with everything that belongs to it (nothing changes yet)."""
        program = self.programs.get(program_id)
        if program is None:
            raise ValueError(_("there is no program {program_id}").format(program_id=program_id))
        return Deletion(
            _("Delete program {name}").format(name=program.name),
            program,
            tuple(self.sessions.list_sessions(program_id)),
            program_snapshot(self.workspace.db, program_id),
            whole_program=True,
        )

    def plan_session(self, session_id: int) -> Deletion:
        """Deleting one session with its attendee list, attendance and replies (nothing changes yet)."""
        session = self.sessions.get(session_id)
        if session is None:
            raise ValueError(_("there is no session {session_id}").format(session_id=session_id))
        program = self.programs.get(session.program_id)
        if program is None:
            raise ValueError(_("session {session_id} belongs to no program").format(session_id=session_id))
        return Deletion(
            _("Delete {title}").format(title=session.title),
            program,
            (session,),
            sessions_snapshot(self.workspace.db, [session_id]),
            whole_program=False,
        )

    def apply(self, deletion: Deletion) -> Deletion:
        """Remove the deletion's rows in one transaction; returns it with the snapshot of exactly
        the rows removed (taken again now: rows put back by an undo have new rowids)."""
        db = self.workspace.db
        with db.atomic():
            if deletion.whole_program and deletion.program.id is not None:
                fresh = program_snapshot(db, deletion.program.id)
            else:
                fresh = sessions_snapshot(db, [s.id for s in deletion.sessions if s.id is not None])
            remove(db, fresh)
        return replace(deletion, snapshot=fresh)

    def revert(self, deletion: Deletion) -> None:
        """Put every removed row back as it was (RestoreError when that is no longer possible)."""
        restore(self.workspace.db, deletion.snapshot)


def cancellation_files(
    workspace: Workspace, deletion: Deletion, *, eml: bool = True, now: datetime | None = None
) -> dict[str, bytes]:
    """METHOD:CANCEL files (and email drafts) for the deleted sessions still to come, by file name.

    Built while the sessions are still in the file (before `apply`), as an export of the
    same sessions marked cancelled: a whole program's series is cancelled as a series,
    one week of it as that week, a one-off as itself. Empty when nothing is still to come.
    """
    from peerdesk.schedule.invite_files import build_program_invites, program_bases
    from peerdesk.schedule.invites import InviteContext
    from peerdesk.schedule.service import Schedule
    from peerdesk.storage.people import PeopleRepository

    going = {s.id for s in deletion.to_cancel(now)}
    if not going:
        return {}
    schedule = Schedule(workspace)
    program = deletion.program
    every = schedule.list_sessions(program.id)
    if deletion.whole_program:
        series_live = any(s.week is not None for s in every if s.id in going)
        sessions = [
            replace(s, status="cancelled")
            for s in every
            if (s.week is not None and series_live) or (s.week is None and s.id in going)
        ]
    else:
        # only the deleted week is cancelled; weeks cancelled earlier count as skipped here, so
        # their cancellations (sent before) are not written again
        sessions = [
            replace(s, status="cancelled" if s.id in going else "skipped")
            if s.id in going or s.status == "cancelled"
            else s
            for s in every
            if s.week is not None or s.id in going
        ]
    ctx = InviteContext.build(PeopleRepository(workspace.db).list_people(), schedule.formats(), now)
    base = program_bases(schedule.list_programs()).get(program.id)
    built = build_program_invites(ctx, program, sessions, eml=eml, base=base)
    return {name: data for name, data in built.files.items() if name.rsplit(".", 1)[0].endswith("-cancel")}


def write_cancellations(workspace: Workspace, folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write cancellation files into `folder` (never over the workspace); the paths written.

    Raises WorkspaceError for a folder an export may not use, OSError when it cannot be written.
    """
    from peerdesk.schedule.invite_files import write_files
    from peerdesk.storage import check_output_folder

    check_output_folder(folder, workspace.path)
    Path(folder).mkdir(parents=True, exist_ok=True)
    return write_files(Path(folder), files)
