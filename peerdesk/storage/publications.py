"""Where programs are published on calendar servers, and what PeerDesk put there.

One publication per program and calendar: the calendar's URL and name, the
user, when the last complete publish finished and the last problem. For each
calendar object PeerDesk created: its UID, the href on the server, the ETag the
server gave it and a digest of what was sent. Passwords never come here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database


@dataclass(frozen=True)
class Publication:
    """A program published (or being published) to one calendar collection."""

    program_id: int
    calendar_url: str
    calendar_name: str = ""
    user: str = ""
    published_at: datetime | None = None
    attempted_at: datetime | None = None
    last_error: str = ""
    id: int | None = None


@dataclass(frozen=True)
class PublishedObject:
    """One calendar object PeerDesk created: where it is, its ETag and what was sent.

    An empty `etag` records that someone removed it on the server and the lead
    chose to keep it removed (it comes back only when the session changes).
    """

    uid: str
    href: str
    etag: str
    digest: str


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class PublicationRepository:
    """The publications and published_objects tables."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _rows(self, where: str, params: list[object]) -> list[Publication]:
        rows = self.db.execute(
            "SELECT id, program_id, calendar_url, calendar_name, user, published_at, attempted_at,"
            f" last_error FROM publications {where}",
            params,
        ).fetchall()
        return [
            Publication(
                id=pid,
                program_id=program,
                calendar_url=url,
                calendar_name=name,
                user=user,
                published_at=_when(published),
                attempted_at=_when(attempted),
                last_error=error,
            )
            for pid, program, url, name, user, published, attempted, error in rows
        ]

    def find(self, program_id: int, calendar_url: str) -> Publication | None:
        """The publication of a program to one calendar, if any."""
        found = self._rows("WHERE program_id = ? AND calendar_url = ?", [program_id, calendar_url])
        return found[0] if found else None

    def latest(self) -> dict[int, Publication]:
        """Per program, the publication tried most recently."""
        result: dict[int, Publication] = {}
        for pub in self._rows("ORDER BY COALESCE(attempted_at, published_at, ''), id", []):
            result[pub.program_id] = pub
        return result

    def ensure(self, program_id: int, calendar_url: str, calendar_name: str, user: str) -> Publication:
        """The publication of `program_id` to `calendar_url`, made if new (name and user kept current)."""
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO publications (program_id, calendar_url, calendar_name, user) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (program_id, calendar_url) DO UPDATE SET"
                " calendar_name = excluded.calendar_name, user = excluded.user",
                [program_id, calendar_url, calendar_name, user],
            )
        found = self.find(program_id, calendar_url)
        assert found is not None
        return found

    def objects(self, publication_id: int) -> dict[str, PublishedObject]:
        """What PeerDesk put in that calendar, by UID."""
        return {
            uid: PublishedObject(uid, href, etag, digest)
            for uid, href, etag, digest in self.db.execute(
                "SELECT uid, href, etag, digest FROM published_objects WHERE publication_id = ?",
                [publication_id],
            )
        }

    def record(
        self,
        publication_id: int,
        saved: Iterable[PublishedObject],
        removed: Iterable[str],
        *,
        attempted_at: datetime,
        completed: bool,
        error: str = "",
    ) -> None:
        """Write what a publish did, in one transaction: objects saved and removed, when, any problem."""
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT INTO published_objects (publication_id, uid, href, etag, digest)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (publication_id, uid) DO UPDATE SET"
                " href = excluded.href, etag = excluded.etag, digest = excluded.digest",
                [(publication_id, o.uid, o.href, o.etag, o.digest) for o in saved],
            )
            self.db.conn.executemany(
                "DELETE FROM published_objects WHERE publication_id = ? AND uid = ?",
                [(publication_id, uid) for uid in removed],
            )
            stamp = attempted_at.isoformat(timespec="seconds")
            self.db.execute(
                "UPDATE publications SET attempted_at = ?, last_error = ?,"
                " published_at = CASE WHEN ? THEN ? ELSE published_at END WHERE id = ?",
                [stamp, error, int(completed), stamp, publication_id],
            )
