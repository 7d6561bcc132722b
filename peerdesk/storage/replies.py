"""Reading and writing invitees' answers (replies) per session."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from peerdesk.domain import Reply

if TYPE_CHECKING:  # sqlite-utils loads on the first write (see storage/database.py)
    from sqlite_utils import Database


class ReplyRepository:
    """The replies table: one answer per session and person."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def for_sessions(self, session_ids: Iterable[int]) -> dict[int, dict[str, Reply]]:
        """Answers by session id, then by email."""
        ids = list(session_ids)
        result: dict[int, dict[str, Reply]] = defaultdict(dict)
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            for sid, email, partstat, sequence, stamp, comment in self.db.execute(
                "SELECT session_id, email, partstat, sequence, stamp, comment FROM replies"
                f" WHERE session_id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                stamped = datetime.fromisoformat(stamp)
                result[sid][email] = Reply(sid, email, partstat, sequence, stamped, comment)
        return result

    def save_many(self, replies: Iterable[Reply]) -> None:
        """Store each answer, replacing the one the same person gave for the same session."""
        rows = [
            (r.session_id, r.email, r.partstat, r.sequence, r.stamp.isoformat(), r.comment) for r in replies
        ]
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO replies (session_id, email, partstat, sequence, stamp, comment)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )

    def delete(self, replies: Iterable[Reply]) -> None:
        """Forget these answers (to undo an import)."""
        keys = [(r.session_id, r.email) for r in replies]
        with self.db.atomic():
            self.db.conn.executemany("DELETE FROM replies WHERE session_id = ? AND email = ?", keys)
