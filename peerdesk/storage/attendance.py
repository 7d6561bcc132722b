"""Reading and writing attendance, ratings, answers and commitments."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlite_utils import Database

from peerdesk.domain import AttendanceRecord


class AttendanceRepository:
    """The attendance table."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def for_sessions(self, session_ids: Iterable[int]) -> dict[int, list[AttendanceRecord]]:
        """Attendance records by session id."""
        ids = list(session_ids)
        result: dict[int, list[AttendanceRecord]] = defaultdict(list)
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            for sid, email, present, rating, answer, commitment, walk_in in self.db.execute(
                "SELECT a.session_id, p.email, a.present, a.rating, a.answer, a.commitment, a.walk_in"
                " FROM attendance a JOIN people p ON p.id = a.person_id"
                f" WHERE a.session_id IN ({','.join('?' * len(chunk))}) ORDER BY a.session_id, p.name",
                chunk,
            ):
                result[sid].append(
                    AttendanceRecord(
                        email, bool(present), rating, answer or "", commitment or "", bool(walk_in)
                    )
                )
        return result

    def replace(self, session_id: int, records: Iterable[AttendanceRecord]) -> None:
        """Set a session's attendance to exactly these records."""
        person_ids = {email: pid for pid, email in self.db.execute("SELECT id, email FROM people")}
        with self.db.atomic():
            self.db.execute("DELETE FROM attendance WHERE session_id = ?", [session_id])
            self.db["attendance"].insert_all(
                {
                    "session_id": session_id,
                    "person_id": person_ids[r.email],
                    "present": int(r.present),
                    "rating": r.rating,
                    "answer": r.answer,
                    "commitment": r.commitment,
                    "walk_in": int(r.walk_in),
                }
                for r in records
                if r.email in person_ids
            )
