"""Reading and writing attendance, ratings, answers and commitments."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from peerdesk.domain import AttendanceRecord

if TYPE_CHECKING:  # sqlite-utils loads on the first write (see storage/database.py)
    from sqlite_utils import Database


# One AttendanceRecord per distinct row, shared by every read (see storage/sessions.py's attendee
# pool): a session of a whole department is thousands of records, read again after each rating
# typed into it; a record is immutable and keyed by all its values. Starts again past POOL_LIMIT.
POOL_LIMIT = 200_000
_pool: dict[tuple[object, ...], AttendanceRecord] = {}


def _pooled_record(row: tuple[object, ...]) -> AttendanceRecord:
    email, present, rating, answer, commitment, walk_in, back = row
    record = AttendanceRecord(
        email,  # type: ignore[arg-type]
        bool(present),
        rating,  # type: ignore[arg-type]
        answer or "",  # type: ignore[arg-type]
        commitment or "",  # type: ignore[arg-type]
        bool(walk_in),
        None if back is None else bool(back),
    )
    if len(_pool) >= POOL_LIMIT:
        _pool.clear()
    _pool[row] = record
    return record


class AttendanceRepository:
    """The attendance table."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def for_sessions(self, session_ids: Iterable[int]) -> dict[int, list[AttendanceRecord]]:
        """Attendance records by session id."""
        ids = list(session_ids)
        result: dict[int, list[AttendanceRecord]] = defaultdict(list)
        pool = _pool
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            for row in self.db.execute(
                "SELECT a.session_id, p.email, a.present, a.rating, a.answer, a.commitment, a.walk_in,"
                " a.reported_back"
                " FROM attendance a JOIN people p ON p.id = a.person_id"
                f" WHERE a.session_id IN ({','.join('?' * len(chunk))}) ORDER BY a.session_id, p.name",
                chunk,
            ):
                values = row[1:]
                record = pool.get(values)
                result[row[0]].append(record if record is not None else _pooled_record(values))
        return result

    def replace(self, session_id: int, records: Iterable[AttendanceRecord]) -> None:
        """Set a session's attendance to exactly these records (only rows that differ are written:
        one rating typed into a session of thousands writes one row)."""
        person_ids = {email: pid for pid, email in self.db.execute("SELECT id, email FROM people")}
        wanted = {person_ids[r.email]: _values(r) for r in records if r.email in person_ids}
        stored = {
            row[0]: tuple(row[1:])
            for row in self.db.execute(
                "SELECT person_id, present, rating, answer, commitment, walk_in, reported_back"
                " FROM attendance WHERE session_id = ?",
                [session_id],
            )
        }
        gone = [(session_id, pid) for pid in stored if pid not in wanted]
        write = [(session_id, pid, *values) for pid, values in wanted.items() if stored.get(pid) != values]
        with self.db.atomic():
            self.db.conn.executemany("DELETE FROM attendance WHERE session_id = ? AND person_id = ?", gone)
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO attendance"
                " (session_id, person_id, present, rating, answer, commitment, walk_in, reported_back)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                write,
            )

    def write_changes(
        self,
        session_id: int,
        before: Iterable[AttendanceRecord],
        after: Iterable[AttendanceRecord],
        stored: frozenset[str],
    ) -> None:
        """Turn a session's attendance from `before` (what the file holds; `stored` are the emails
        with a row) into `after`, writing only the rows that differ or are missing."""
        old = {r.email: r for r in before}
        new = {r.email: r for r in after}
        write = [r for email, r in new.items() if email not in stored or old.get(email) != r]
        gone = [email for email in old if email not in new and email in stored]
        person_ids = self._person_ids([r.email for r in write] + gone)
        with self.db.atomic():
            self.db.conn.executemany(
                "DELETE FROM attendance WHERE session_id = ? AND person_id = ?",
                [(session_id, person_ids[e]) for e in gone if e in person_ids],
            )
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO attendance"
                " (session_id, person_id, present, rating, answer, commitment, walk_in, reported_back)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(session_id, person_ids[r.email], *_values(r)) for r in write if r.email in person_ids],
            )

    def _person_ids(self, emails: list[str]) -> dict[str, int]:
        """Person ids of a few emails."""
        found: dict[str, int] = {}
        for start in range(0, len(emails), 900):
            chunk = emails[start : start + 900]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT email, id FROM people WHERE email IN ({marks})"
            found.update(self.db.execute(query, chunk))
        return found


def _values(r: AttendanceRecord) -> tuple[object, ...]:
    """A record's columns after session and person, as stored."""
    return (
        int(r.present),
        r.rating,
        r.answer,
        r.commitment,
        int(r.walk_in),
        None if r.reported_back is None else int(r.reported_back),
    )
