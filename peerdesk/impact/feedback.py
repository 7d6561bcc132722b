"""Recording a session: who came, their rating, answer and commitment; notes; held.

Edits are planned as a `FeedbackChange` (the session and its attendance
before and after), applied in one transaction and reverted exactly, like every
other change in PeerDesk.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from peerdesk import clock
from peerdesk.changes import OpChanges, ids
from peerdesk.collation import sort_key
from peerdesk.domain import AttendanceRecord, Session
from peerdesk.i18n import _
from peerdesk.impact.texts import short_date
from peerdesk.storage import Workspace
from peerdesk.storage.attendance import AttendanceRepository
from peerdesk.storage.people import PeopleRepository
from peerdesk.storage.sessions import SessionRepository


@dataclass(frozen=True)
class SessionRecord:
    """A session with its attendance: what the Feedback tab shows and edits."""

    session: Session
    attendance: tuple[AttendanceRecord, ...]


@dataclass(frozen=True)
class FeedbackChange:
    """One feedback edit, or an import: records before and after."""

    description: str
    before: tuple[SessionRecord, ...]
    after: tuple[SessionRecord, ...]

    def changes(self) -> OpChanges:
        """Attendance of these sessions (and the sessions themselves: held, notes, minutes)."""
        sessions = [r.session for r in (*self.before, *self.after)]
        return OpChanges(
            attendance=True,
            schedule=True,
            sessions=ids(s.id for s in sessions),
            programs=ids(s.program_id for s in sessions),
        )


class SessionNotStarted(ValueError):
    """Attendance for a session that has not begun: refused, nothing changed."""


def not_started_message(session: Session, now: datetime | None = None) -> str | None:
    """Why attendance cannot be recorded for `session` yet, or None once it has started.

    `now` is an aware datetime (default: the current time); the session's own
    timezone decides when it begins.
    """
    now = now or clock.now()
    if session.start_utc() <= now:
        return None
    return _(
        "'{title}' on {day} at {time} has not started yet: "
        "attendance and ratings can be recorded once it has begun"
    ).format(
        title=session.title, day=short_date(session.start.date(), weekday=True), time=f"{session.start:%H:%M}"
    )


def records_something(record: SessionRecord) -> bool:
    """True when a record says the session happened: held, or anyone present, rated or answering."""
    return record.session.status == "held" or any(
        r.present or r.rating is not None or r.answer.strip() or r.commitment.strip()
        for r in record.attendance
    )


def records_of(attendance: AttendanceRepository, session_id: int) -> list[AttendanceRecord]:
    """The stored attendance of one session."""
    return attendance.for_sessions([session_id]).get(session_id, [])


class Feedback:
    """Attendance and feedback of one workspace."""

    def __init__(self, workspace: Workspace, now: datetime | None = None) -> None:
        self.workspace = workspace
        self.now = now  # an aware datetime for tests; None = the clock
        self.sessions = SessionRepository(workspace.db)
        self.attendance = AttendanceRepository(workspace.db)
        self.people = PeopleRepository(workspace.db)
        # the last record read or written of each session, with the file's version it is true of
        # and whose attendance rows the file holds (a default row and no row read back alike)
        self._known: dict[int, tuple[tuple[int, int], SessionRecord, frozenset[str]]] = {}

    def _version(self) -> tuple[int, int]:
        """What changes whenever anything is written to the file: by us (rows changed on this
        connection) or by another connection (SQLite's data version)."""
        conn = self.workspace.db.conn
        return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]

    def _still_true(self, session_id: int) -> tuple[SessionRecord, frozenset[str]] | None:
        """The record last read or written of a session and the emails with a stored row, when
        nothing was written since."""
        known = self._known.get(session_id)
        return known[1:] if known is not None and known[0] == self._version() else None

    def sign_in_order(self, session: Session) -> list[str]:
        """Invitee emails in sign-in-sheet order: facilitators first, then by name."""
        names = self.names_of([a.email for a in session.attendees])
        return [
            a.email
            for a in sorted(
                session.attendees,
                key=lambda a: (a.role != "facilitator", sort_key(names.get(a.email, a.email))),
            )
        ]

    def names_of(self, emails: list[str]) -> dict[str, str]:
        """Display names for a few emails, without loading the whole roster."""
        if not emails:
            return {}
        marks = ",".join("?" * len(emails))
        return dict(
            self.workspace.db.execute(f"SELECT email, name FROM people WHERE email IN ({marks})", emails)
        )

    def previous_commitments(self, session: Session) -> list[tuple[str, str, date]]:
        """(email, commitment, date) to report back on: each person's own commitment from the last
        held session of the program they attended before this one.

        Everyone invited to `session` (and anyone recorded at it) counts; "before" is
        compared in absolute time (UTC), so a 15:00 Berlin session is never reported
        back on a 10:00 Berlin agenda of the same day, whatever zone each is in. A
        person whose last attended session left no commitment has nothing to report.
        """
        start = session.start_utc()
        earlier = [
            s
            for s in self.sessions.list_sessions(session.program_id, attendees=False)  # times, not people
            if s.status == "held" and s.id != session.id and s.start_utc() < start
        ]
        earlier.sort(key=lambda s: (s.start_utc(), s.id or 0))
        records = self.attendance.for_sessions([s.id or 0 for s in earlier])
        last: dict[str, tuple[str, date]] = {}
        for s in earlier:  # oldest first: a later attended session replaces an earlier one
            for r in records.get(s.id or 0, []):
                if r.present:
                    last[r.email] = (r.commitment, s.start.date())
        people = [a.email for a in session.attendees]
        if session.id is not None:
            invited = set(people)
            people += [r.email for r in records_of(self.attendance, session.id) if r.email not in invited]
        return [
            (email, last[email][0], last[email][1])
            for email in people
            if email in last and last[email][0].strip()
        ]

    def record(self, session_id: int) -> SessionRecord:
        """A session's attendance: every invitee (in sign-in order), then walk-ins.

        Read again only when something was written since it was last read or
        written: a session of thousands is not read back for each rating typed.
        """
        known = self._still_true(session_id)
        if known is not None:
            return known[0]
        session = self.sessions.get(session_id)
        if session is None:
            raise ValueError(_("there is no session {id}").format(id=session_id))
        stored = {r.email: r for r in self.attendance.for_sessions([session_id]).get(session_id, [])}
        rows = [stored.get(email, AttendanceRecord(email)) for email in self.sign_in_order(session)]
        invited = {a.email for a in session.attendees}
        rows += [replace(r, walk_in=True) for email, r in stored.items() if email not in invited]
        record = SessionRecord(session, tuple(rows))
        if not self.workspace.db.conn.in_transaction:  # a read inside one may yet be rolled back
            self._known[session_id] = (self._version(), record, frozenset(stored))
        return record

    def default_session(self, now: datetime | None = None) -> Session | None:
        """The most recent session that has started and is not cancelled (else the next one)."""
        now = now or clock.local_now()
        live = [s for s in self.sessions.list_sessions() if s.status in ("planned", "held")]
        started = [s for s in live if s.start <= now]
        if started:
            return max(started, key=lambda s: s.start)
        return min(live, key=lambda s: s.start) if live else None

    def plan(self, after: SessionRecord, description: str | None = None) -> FeedbackChange:
        """Replacing a session's record with `after`.

        Raises SessionNotStarted when `after` records attendance (or marks held) a
        session that has not begun; notes and links may be prepared ahead.
        """
        assert after.session.id is not None
        before = self.record(after.session.id)
        problem = not_started_message(after.session, self.now)
        changed = (after.attendance, after.session.status) != (before.attendance, before.session.status)
        if problem and records_something(after) and changed:
            raise SessionNotStarted(problem + _("; nothing was changed"))
        return FeedbackChange(
            description or _("Record {title}").format(title=after.session.title), (before,), (after,)
        )

    def apply(self, change: FeedbackChange) -> FeedbackChange:
        """Write the records after the change, in one transaction."""
        self._write(change.after, change.before)
        return change

    def revert(self, change: FeedbackChange) -> None:
        """Put the records back as they were."""
        self._write(change.before, change.after)

    def _write(self, records: tuple[SessionRecord, ...], previous: tuple[SessionRecord, ...]) -> None:
        """Write `records`; where the file is known to hold the matching `previous` record, only
        what differs from it (one rating in a session of thousands is one row)."""
        was = {r.session.id: r for r in previous}
        known = {r.session.id: self._still_true(r.session.id or 0) for r in records}
        written = []
        with self.workspace.db.atomic():
            for record in records:
                sid = record.session.id or 0
                old, file = was.get(record.session.id), known[record.session.id]
                if old is None or file is None or file[0] != old:
                    self.sessions.save_many([record.session])
                    self.attendance.replace(sid, record.attendance)
                    continue
                if record.session != old.session:
                    same_people = record.session.attendees == old.session.attendees
                    self.sessions.save_many([record.session], attendees=not same_people)
                self.attendance.write_changes(sid, old.attendance, record.attendance, file[1])
                if _reads_back_as(record, old):
                    written.append(record)
        if self.workspace.db.conn.in_transaction:  # part of a larger write: true only once it commits
            written = []
        version = self._version()
        for record in written:
            emails = frozenset(r.email for r in record.attendance)
            self._known[record.session.id or 0] = (version, record, emails)


def _reads_back_as(record: SessionRecord, old: SessionRecord) -> bool:
    """True when `record`, written over `old` (as it was read), reads back exactly as itself: the
    same people in the same order, walk-ins marked as such, times that survive storage unchanged."""
    invited = {a.email for a in record.session.attendees}
    return (
        record.session.attendees == old.session.attendees
        and record.session.start == old.session.start
        and record.session.series_start == old.session.series_start
        and [r.email for r in record.attendance] == [r.email for r in old.attendance]
        and all(r.walk_in for r in record.attendance if r.email not in invited)
    )
