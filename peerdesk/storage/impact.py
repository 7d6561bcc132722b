"""Reading and writing competency check-ins and shout-outs."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from peerdesk.domain import CheckIn, Shoutout, TransferCheck
from peerdesk.i18n import _
from peerdesk.storage.people import PeopleRepository

if TYPE_CHECKING:  # sqlite-utils loads on the first write (see storage/database.py)
    from sqlite_utils import Database


class ImpactRepository:
    """The competency and shoutouts tables."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._people = PeopleRepository(db)

    def check_ins(self) -> list[CheckIn]:
        """Every check-in, oldest first."""
        return [
            CheckIn(email, skill, level, date.fromisoformat(day), assessor, cid)
            for cid, email, skill, level, day, assessor in self.db.execute(
                "SELECT c.id, p.email, s.name, c.level, c.day, c.assessor FROM competency c"
                " JOIN people p ON p.id = c.person_id JOIN skills s ON s.id = c.skill_id"
                " ORDER BY c.day, c.id"
            )
        ]

    def add_check_ins(self, check_ins: list[CheckIn]) -> list[CheckIn]:
        """Store check-ins (one transaction); returns them with ids."""
        saved = []
        with self.db.atomic():
            for c in check_ins:
                person = self._people.id_for_email(c.email)
                if person is None:
                    raise ValueError(_("no one on the roster has the email {email}").format(email=c.email))
                row = {
                    "person_id": person,
                    "skill_id": self._people.skill_id(c.skill),
                    "level": c.level,
                    "day": c.day.isoformat(),
                    "assessor": c.assessor,
                }
                if c.id is not None:
                    row["id"] = c.id
                cid = int(self.db["competency"].insert(row).last_pk)
                saved.append(CheckIn(c.email, c.skill, c.level, c.day, c.assessor, cid))
        return saved

    def delete_check_ins(self, ids: list[int]) -> None:
        """Remove check-ins by id."""
        with self.db.atomic():
            for cid in ids:
                self.db.execute("DELETE FROM competency WHERE id = ?", [cid])

    def transfer_checks(self, program_id: int) -> list[TransferCheck]:
        """A program's transfer follow-up answers, oldest first."""
        return [
            TransferCheck(program_id, email, skill, after, date.fromisoformat(day), bool(used), tid)
            for tid, email, skill, after, day, used in self.db.execute(
                "SELECT t.id, p.email, s.name, t.after_days, t.day, t.used FROM transfer_checks t"
                " JOIN people p ON p.id = t.person_id JOIN skills s ON s.id = t.skill_id"
                " WHERE t.program_id = ? ORDER BY t.day, t.id",
                [program_id],
            )
        ]

    def record_transfer_check(self, check: TransferCheck) -> TransferCheck:
        """Store an answer (a second answer to the same follow-up replaces the first)."""
        person = self._people.id_for_email(check.email)
        if person is None:
            raise ValueError(_("no one on the roster has the email {email}").format(email=check.email))
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT OR REPLACE INTO transfer_checks"
                " (program_id, person_id, skill_id, after_days, day, used) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    check.program_id,
                    person,
                    self._people.skill_id(check.skill),
                    check.after_days,
                    check.day.isoformat(),
                    int(check.used),
                ],
            )
        return TransferCheck(
            check.program_id,
            check.email,
            check.skill,
            check.after_days,
            check.day,
            check.used,
            cursor.lastrowid,
        )

    def shoutouts(self, program_id: int | None = None) -> list[Shoutout]:
        """Shout-outs (of one program), oldest first."""
        where = " WHERE s.program_id = ?" if program_id is not None else ""
        return [
            Shoutout(pid, email, date.fromisoformat(day), text, sid)
            for sid, pid, email, day, text in self.db.execute(
                "SELECT s.id, s.program_id, p.email, s.day, s.text FROM shoutouts s"
                f" LEFT JOIN people p ON p.id = s.person_id{where} ORDER BY s.day, s.id",
                [program_id] if program_id is not None else [],
            )
        ]

    def add_shoutout(self, shoutout: Shoutout) -> Shoutout:
        """Store a shout-out; returns it with its id."""
        person = self._people.id_for_email(shoutout.email) if shoutout.email else None
        row = {
            "program_id": shoutout.program_id,
            "person_id": person,
            "day": shoutout.day.isoformat(),
            "text": shoutout.text,
        }
        if shoutout.id is not None:
            row["id"] = shoutout.id
        sid = int(self.db["shoutouts"].insert(row).last_pk)
        return Shoutout(shoutout.program_id, shoutout.email, shoutout.day, shoutout.text, sid)

    def delete_shoutout(self, shoutout_id: int) -> None:
        """Remove a shout-out."""
        self.db.execute("DELETE FROM shoutouts WHERE id = ?", [shoutout_id])
