"""Reading and writing sessions, their attendees, and the lead's own formats."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from peerdesk.domain import AgendaStep, Attendee, Format, Session

if TYPE_CHECKING:  # sqlite-utils loads on the first write (see storage/database.py)
    from sqlite_utils import Database


_new_tuple = tuple.__new__

# One Attendee per (role, email) for every read: a session of a whole department has thousands,
# a named tuple is never untracked by the garbage collector, and a full collection over hundreds
# of thousands of copies stalled the window for a seventh of a second every few edits. The values
# are immutable and keyed by their content, so sharing them is safe; each role's pool is as big as
# the roster, and starts again if it ever grows past POOL_LIMIT.
POOL_LIMIT = 200_000
_pool: dict[str, dict[str, Attendee]] = {}


def _pooled_attendee(email: str, role: str) -> Attendee:
    by_email = _pool.setdefault(role, {})
    found = by_email.get(email)
    if found is None:
        if len(by_email) >= POOL_LIMIT:
            by_email.clear()
        # tuple.__new__: a NamedTuple's own __new__ is a Python function
        found = by_email[email] = _new_tuple(Attendee, (email, role))
    return found


class SessionRepository:
    """The sessions and session_attendees tables."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def previous_held(self, program_id: int, before: datetime) -> int | None:
        """The id of the program's last held session that started before `before`, if any."""
        row = self.db.execute(
            "SELECT id FROM sessions WHERE program_id = ? AND status = 'held' AND start < ?"
            " ORDER BY start DESC, id DESC LIMIT 1",
            [program_id, before.isoformat(timespec="minutes")],  # as stored: no seconds
        ).fetchone()
        return row[0] if row else None

    def list_sessions(
        self, program_id: int | None = None, ids: Iterable[int] | None = None, *, attendees: bool = True
    ) -> list[Session]:
        """Sessions (of one program, or by id, or all) in time order, with attendees (or, with
        `attendees` False, without them: a program of thousands reads its times in a blink)."""
        clauses, params = [], []
        if program_id is not None:
            clauses.append("s.program_id = ?")
            params.append(program_id)
        if ids is not None:
            id_list = list(ids)
            if not id_list:
                return []
            clauses.append(f"s.id IN ({','.join('?' * len(id_list))})")
            params.extend(id_list)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.execute(
            "SELECT s.id, s.program_id, s.week, s.title, s.start, s.series_start, s.minutes,"
            " s.timezone, s.format_key, s.topic, s.location, s.video_link, s.notes,"
            f" s.recording_link, s.status, s.uid, s.sequence, s.actual_minutes FROM sessions s{where}"
            " ORDER BY s.start, s.id",
            params,
        ).fetchall()
        people: dict[int, list[Attendee]] = defaultdict(list)
        session_ids = [r[0] for r in rows] if attendees else []
        pool = _pool
        for chunk_start in range(0, len(session_ids), 900):
            chunk = session_ids[chunk_start : chunk_start + 900]
            for sid, email, role in self.db.execute(
                "SELECT a.session_id, p.email, a.role FROM session_attendees a"
                " JOIN people p ON p.id = a.person_id"
                f" WHERE a.session_id IN ({','.join('?' * len(chunk))}) ORDER BY a.session_id, a.position",
                chunk,
            ):
                by_email = pool.get(role)
                found = by_email.get(email) if by_email is not None else None
                people[sid].append(found if found is not None else _pooled_attendee(email, role))
        return [
            Session(
                id=sid,
                program_id=program,
                week=week,
                title=title,
                start=datetime.fromisoformat(start),
                series_start=datetime.fromisoformat(series_start) if series_start else None,
                minutes=minutes,
                timezone=tz,
                format_key=fmt or "",
                topic=topic or "",
                location=location or "",
                video_link=video or "",
                notes=notes or "",
                recording_link=recording or "",
                status=status,
                uid=uid,
                sequence=sequence,
                actual_minutes=actual,
                attendees=tuple(people.get(sid, ())),
            )
            for (
                sid,
                program,
                week,
                title,
                start,
                series_start,
                minutes,
                tz,
                fmt,
                topic,
                location,
                video,
                notes,
                recording,
                status,
                uid,
                sequence,
                actual,
            ) in rows
        ]

    def get(self, session_id: int) -> Session | None:
        """One session by id, or None."""
        found = self.list_sessions(ids=[session_id])
        return found[0] if found else None

    def save_many(self, sessions: Iterable[Session], *, attendees: bool = True) -> list[Session]:
        """Insert or update sessions (by id) with their attendees, in one transaction
        (`attendees=False`: existing sessions whose attendee list is known to be unchanged)."""
        saved = []
        person_ids: dict[str, int] = {}  # read once, on the first attendee list written
        with self.db.atomic():
            for session in sessions:
                row = {
                    "program_id": session.program_id,
                    "week": session.week,
                    "title": session.title,
                    "start": session.start.isoformat(timespec="minutes"),
                    "series_start": (
                        session.series_start.isoformat(timespec="minutes") if session.series_start else None
                    ),
                    "minutes": session.minutes,
                    "timezone": session.timezone,
                    "format_key": session.format_key,
                    "topic": session.topic,
                    "location": session.location,
                    "video_link": session.video_link,
                    "notes": session.notes,
                    "recording_link": session.recording_link,
                    "status": session.status,
                    "uid": session.uid,
                    "sequence": session.sequence,
                    "actual_minutes": session.actual_minutes,
                }
                if session.id is None:
                    sid = int(self.db["sessions"].insert(row).last_pk)
                else:
                    sid = session.id
                    self.db["sessions"].upsert({"id": sid, **row}, pk="id")
                if attendees or session.id is None:
                    person_ids = person_ids or self._person_ids()
                    self._save_attendees(sid, session, person_ids, new=session.id is None)
                saved.append(replace(session, id=sid))
        return saved

    def _person_ids(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT email, id FROM people"))

    def _save_attendees(self, sid: int, session: Session, person_ids: dict[str, int], *, new: bool) -> None:
        """Write a session's attendee list, leaving it alone when it is already so (a held session
        of a whole department is thousands of rows)."""
        rows, seen = [], set()
        for a in session.attendees:
            pid = person_ids.get(a.email)
            if pid is not None and pid not in seen:
                seen.add(pid)
                rows.append((sid, pid, a.role, len(rows)))
        if not new:
            stored = self.db.execute(
                "SELECT session_id, person_id, role, position FROM session_attendees"
                " WHERE session_id = ? ORDER BY position",
                [sid],
            ).fetchall()
            if stored == rows:
                return
            self.db.execute("DELETE FROM session_attendees WHERE session_id = ?", [sid])
        self.db.conn.executemany(
            "INSERT INTO session_attendees (session_id, person_id, role, position) VALUES (?, ?, ?, ?)", rows
        )

    def delete(self, session_ids: Iterable[int]) -> None:
        """Remove sessions and their attendee lists."""
        ids = list(session_ids)
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        with self.db.atomic():
            self.db.execute(f"DELETE FROM attendance WHERE session_id IN ({marks})", ids)
            self.db.execute(f"DELETE FROM session_attendees WHERE session_id IN ({marks})", ids)
            self.db.execute(f"DELETE FROM sessions WHERE id IN ({marks})", ids)


class FormatRepository:
    """Formats the lead added or edited; built-ins live in code and are overridden by key."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list_custom(self) -> list[Format]:
        """The lead's formats."""
        return [
            Format(
                key=r["key"],
                name=r["name"],
                minutes=r["minutes"],
                max_minutes=r["max_minutes"],
                description=r["description"] or "",
                agenda=tuple(AgendaStep(int(m), str(t)) for m, t in json.loads(r["agenda"] or "[]")),
            )
            for r in self.db["formats"].rows_where(order_by="key")
        ]

    def save(self, fmt: Format) -> None:
        """Add or replace a format by key."""
        self.db["formats"].upsert(
            {
                "key": fmt.key,
                "name": fmt.name,
                "minutes": fmt.minutes,
                "max_minutes": fmt.max_minutes,
                "description": fmt.description,
                "agenda": json.dumps([[s.minutes, s.text] for s in fmt.agenda]),
            },
            pk="key",
        )

    def delete(self, key: str) -> None:
        """Forget the lead's version of a format (a built-in comes back)."""
        self.db.execute("DELETE FROM formats WHERE key = ?", [key])
