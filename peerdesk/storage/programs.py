"""Reading and writing pilot programs and who is in them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, time
from typing import TYPE_CHECKING

from peerdesk.collation import sort_key
from peerdesk.domain import Program, normalise_email
from peerdesk.storage.people import PeopleRepository

if TYPE_CHECKING:  # sqlite-utils loads on the first write (see storage/database.py)
    from sqlite_utils import Database


class ProgramRepository:
    """The programs and program_members tables."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._people = PeopleRepository(db)

    def save(self, program: Program, *, reread: bool = True) -> Program:
        """Insert or update a program and replace its member list; returns it as stored (with
        `reread` False: as given, with its id - a session edit raising the series' SEQUENCE needs
        no second read of a program of thousands)."""
        address = normalise_email(program.organizer_email) if program.organizer_email else ""
        organizer = self._people.id_for_email(address) if address else None
        row = {
            "name": program.name.strip(),
            "outcome": program.outcome,
            "organizer_id": organizer,
            "organizer_name": program.organizer_name.strip() if organizer is None else "",
            "organizer_address": address if organizer is None else "",
            "timezone": program.timezone,
            "start_date": program.start.isoformat(),
            "weeks": program.weeks,
            "weekday": program.weekday,
            "start_time": program.time.strftime("%H:%M"),
            "minutes": program.minutes,
            "format_key": program.format_key,
            "reminder_minutes": program.reminder_minutes,
            "target_participation": program.target_participation,
            "target_sessions_per_month": program.target_sessions_per_month,
            "target_faster_onboarding": program.target_faster_onboarding,
            "uid": program.uid or f"program-{uuid.uuid4()}@peerdesk",
            "sequence": program.sequence,
            "baseline_days": program.baseline_days,
            "competency_from": program.competency_from,
            "holidays": program.holidays,
            "language": program.language,
        }
        with self.db.atomic():
            if program.id is None:
                program_id = int(self.db["programs"].insert(row).last_pk)
            else:
                program_id = program.id
                self.db["programs"].upsert({"id": program_id, **row}, pk="id")
            # one lookup for everyone, and no rewrite when the members are as stored (a session
            # edit saves its program to raise the series' SEQUENCE; a department has thousands)
            ids = {email.casefold(): pid for pid, email in self.db.execute("SELECT id, email FROM people")}
            wanted = [ids.get(normalise_email(email).casefold()) for email in program.members]
            member_ids = [pid for pid in dict.fromkeys(wanted) if pid is not None]
            stored = [
                r[0]
                for r in self.db.execute(
                    "SELECT person_id FROM program_members WHERE program_id = ? ORDER BY rowid", [program_id]
                )
            ]
            if set(stored) != set(member_ids) or len(stored) != len(member_ids):  # order is the reader's
                self.db.execute("DELETE FROM program_members WHERE program_id = ?", [program_id])
                self.db.conn.executemany(
                    "INSERT INTO program_members (program_id, person_id) VALUES (?, ?)",
                    [(program_id, pid) for pid in member_ids],
                )
        if not reread:
            return replace(program, id=program_id)
        return self.get(program_id)  # type: ignore[return-value]

    def raise_sequence(self, program_id: int) -> None:
        """Raise a program's series SEQUENCE (a weekly session changed): calendars must see it."""
        self.db.execute("UPDATE programs SET sequence = sequence + 1 WHERE id = ?", [program_id])

    def count(self) -> int:
        """How many programs there are (without reading their members)."""
        return int(self.db.execute("SELECT COUNT(*) FROM programs").fetchone()[0])

    def list_programs(self, ids: Iterable[int] | None = None) -> list[Program]:
        """All programs (or those with these ids), by start date."""
        members: dict[int, list[str]] = {}
        where, params = "", []
        if ids is not None:
            params = list(ids)
            if not params:
                return []
            where = f" WHERE {{}} IN ({','.join('?' * len(params))})"
        found = self.db.execute(
            "SELECT m.program_id, p.email, p.name FROM program_members m JOIN people p ON p.id = m.person_id"
            + where.format("m.program_id")
            + " ORDER BY p.id",
            params,
        ).fetchall()
        found.sort(key=lambda r: sort_key(r[2]))  # members by name, as a reader sorts them
        for program_id, email, _name in found:
            members.setdefault(program_id, []).append(email)
        rows = self.db.execute(
            "SELECT g.*, o.email AS organizer_email FROM programs g"
            " LEFT JOIN people o ON o.id = g.organizer_id"
            + where.format("g.id")
            + " ORDER BY g.start_date, g.id",
            params,
        )
        names = [d[0] for d in rows.description]
        result = []
        for values in rows.fetchall():
            r = dict(zip(names, values, strict=True))
            hours, minutes = (int(x) for x in r["start_time"].split(":"))
            result.append(
                Program(
                    id=r["id"],
                    name=r["name"],
                    outcome=r["outcome"] or "",
                    organizer_email=r["organizer_email"] or r["organizer_address"] or None,
                    organizer_name=r["organizer_name"] or "",
                    timezone=r["timezone"],
                    start=date.fromisoformat(r["start_date"]),
                    weeks=r["weeks"],
                    weekday=r["weekday"],
                    time=time(hours, minutes),
                    minutes=r["minutes"],
                    format_key=r["format_key"] or "",
                    reminder_minutes=r["reminder_minutes"],
                    target_participation=r["target_participation"],
                    target_sessions_per_month=r["target_sessions_per_month"],
                    target_faster_onboarding=r["target_faster_onboarding"],
                    uid=r["uid"],
                    sequence=r["sequence"],
                    baseline_days=r["baseline_days"],
                    competency_from=r["competency_from"] or "program",
                    holidays=r.get("holidays") or "",
                    language=r.get("language") or "",
                    members=tuple(members.get(r["id"], [])),
                )
            )
        return result

    def get(self, program_id: int) -> Program | None:
        """One program by id, or None."""
        found = self.list_programs(ids=[program_id])
        return found[0] if found else None

    def find(self, name_or_id: str) -> Program | None:
        """A program by its id or its name (any case), as the command line names it."""
        programs = self.list_programs()
        if name_or_id.strip().isdigit():
            found = next((p for p in programs if p.id == int(name_or_id)), None)
            if found:
                return found
        return next((p for p in programs if p.name.casefold() == name_or_id.strip().casefold()), None)

    def delete(self, program_id: int) -> None:
        """Remove a program with its members and sessions."""
        with self.db.atomic():
            for table in ("attendance", "session_attendees"):
                self.db.execute(
                    f"DELETE FROM {table} WHERE session_id IN (SELECT id FROM sessions WHERE program_id = ?)",
                    [program_id],
                )
            self.db.execute("DELETE FROM match_runs WHERE program_id = ?", [program_id])
            self.db.execute("DELETE FROM shoutouts WHERE program_id = ?", [program_id])
            self.db.execute("DELETE FROM transfer_checks WHERE program_id = ?", [program_id])
            self.db.execute("DELETE FROM sessions WHERE program_id = ?", [program_id])
            self.db.execute("DELETE FROM program_members WHERE program_id = ?", [program_id])
            self.db.execute("DELETE FROM programs WHERE id = ?", [program_id])
