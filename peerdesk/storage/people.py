"""Reading and writing people, their skills and availability.

Rows go in and `Person` values come out; callers never see SQL. Every public
write is one transaction, so a failure leaves the previous state.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, time
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING

from peerdesk import clock
from peerdesk.collation import sort_key
from peerdesk.domain import Absence, Availability, LearnGoal, Person, Skill, TeachSkill, normalise_email
from peerdesk.i18n import _

if TYPE_CHECKING:  # sqlite-utils loads on the first write (see storage/database.py)
    from sqlite_utils import Database


class UnknownManager(ValueError):
    """A person names a manager whose email is not on the roster."""


def _minute(value: time) -> int:
    return value.hour * 60 + value.minute


def _clock(minute: int) -> time:
    return time(minute // 60, minute % 60)


class PeopleRepository:
    """The people, skills, teaches, wants and availability tables."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading -----------------------------------------------------------

    def list_people(self, ids: Iterable[int] | None = None) -> list[Person]:
        """Everyone (or just `ids`), ordered by name, with skills and free time."""
        where, params = "", []
        if ids is not None:
            id_list = list(ids)
            if not id_list:
                return []
            where = f" WHERE p.id IN ({','.join('?' * len(id_list))})"
            params = id_list
        rows = self.db.execute(
            "SELECT p.id, p.name, p.email, p.role, p.team, m.email, p.timezone, p.joined,"
            " p.active, p.notes FROM people p LEFT JOIN people m ON m.id = p.manager_id"
            f"{where} ORDER BY p.id",
            params,
        ).fetchall()
        rows.sort(key=lambda r: (sort_key(r[1]), r[0]))  # names as a reader sorts them (Ł after L)
        # a few people (an edit's refresh) read only their own skills and free time
        only = f" WHERE person_id IN ({','.join('?' * len(params))})" if params else ""
        teaches = self._grouped("teaches", "level", TeachSkill, only, params)
        wants = self._grouped("wants", "target", LearnGoal, only, params)
        windows: dict[int, list[Availability]] = defaultdict(list)
        for pid, day, start, end in self.db.execute(
            f"SELECT person_id, weekday, start_minute, end_minute FROM availability{only}"
            " ORDER BY person_id, weekday, start_minute",
            params,
        ):
            windows[pid].append(Availability(day, _clock(start), _clock(end)))
        away: dict[int, list[Absence]] = defaultdict(list)
        for pid, start, end, reason in self.db.execute(
            f"SELECT person_id, start, end, reason FROM absences{only} ORDER BY person_id, start, end",
            params,
        ):
            away[pid].append(Absence(date.fromisoformat(start), date.fromisoformat(end), reason or ""))
        empty: tuple[()] = ()
        return [
            Person(
                id=pid,
                name=name,
                email=email,
                role=role or "",
                team=team or "",
                manager_email=manager,
                timezone=tz,
                joined=date.fromisoformat(joined) if joined else None,
                active=bool(active),
                notes=notes or "",
                teaches=teaches.get(pid, empty),  # type: ignore[arg-type]
                wants=wants.get(pid, empty),  # type: ignore[arg-type]
                availability=tuple(windows[pid]) if pid in windows else empty,
                absences=tuple(away[pid]) if pid in away else empty,
            )
            for pid, name, email, role, team, manager, tz, joined, active, notes in rows
        ]

    def first_ids(self, count: int) -> list[int]:
        """The ids of the first `count` people in roster order (a first screenful)."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM people ORDER BY name COLLATE NOCASE, id LIMIT ?", [count]
            )
        ]

    def _grouped(
        self, table: str, level: str, kind: type, only: str = "", params: list[int] | None = None
    ) -> dict[int, tuple[object, ...]]:
        rows = self.db.execute(
            f"SELECT t.person_id, s.name, t.{level} FROM {table} t"
            f" JOIN skills s ON s.id = t.skill_id{only.replace('person_id', 't.person_id')}"
            " ORDER BY t.person_id, t.position",
            params or [],
        ).fetchall()
        make = kind._make  # type: ignore[attr-defined]
        return {pid: tuple(make(r[1:]) for r in group) for pid, group in groupby(rows, key=itemgetter(0))}

    def get(self, person_id: int) -> Person | None:
        """One person by id, or None."""
        found = self.list_people([person_id])
        return found[0] if found else None

    def id_for_email(self, email: str) -> int | None:
        """The id of the person with this email (any case), or None."""
        row = self.db.execute(
            "SELECT id FROM people WHERE email = ? COLLATE NOCASE", [normalise_email(email)]
        ).fetchone()
        return row[0] if row else None

    def reports_of(self, person_ids: Iterable[int]) -> list[int]:
        """Ids of the people whose manager is one of `person_ids`."""
        ids = list(person_ids)
        if not ids:
            return []
        return [
            r[0]
            for r in self.db.execute(
                f"SELECT id FROM people WHERE manager_id IN ({','.join('?' * len(ids))})", ids
            )
        ]

    def manager_emails(self) -> dict[str, str]:
        """Each person's email -> their manager's email ('' for none), in one query."""
        return {
            normalise_email(email): normalise_email(manager or "")
            for email, manager in self.db.execute(
                "SELECT p.email, m.email FROM people p LEFT JOIN people m ON m.id = p.manager_id"
            )
        }

    def count(self) -> int:
        """How many people the roster holds."""
        return int(self.db.execute("SELECT count(*) FROM people").fetchone()[0])

    def counts(self) -> tuple[int, int, int]:
        """People, active people and teams, counted by SQLite (for the status bar)."""
        row = self.db.execute(
            "SELECT count(*), coalesce(sum(active), 0), count(DISTINCT nullif(team, '')) FROM people"
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def list_skills(self) -> list[Skill]:
        """The shared skill list, by name."""
        rows = self.db.execute("SELECT name, category, id FROM skills ORDER BY id").fetchall()
        rows.sort(key=lambda r: sort_key(r[0]))
        return [Skill(name, category or "", skill_id) for name, category, skill_id in rows]

    # -- writing -----------------------------------------------------------

    def save(self, person: Person) -> Person:
        """Insert or update one person (by id) with all their skills and windows."""
        with self.db.atomic():
            return self._save(person, set_manager=True)

    def save_many(
        self, people: list[Person], progress: Callable[[int, int], None] | None = None
    ) -> list[Person]:
        """Save people who may name each other as managers, in one transaction.

        Managers are linked after everyone exists, so order does not matter.
        `progress(done, total)` is called as people are saved; if it raises,
        the whole transaction is rolled back.
        """
        total = len(people)
        with self.db.atomic():
            saved = []
            for done, person in enumerate(people, 1):
                saved.append(self._save(person, set_manager=False))
                if progress is not None:
                    progress(done, total)
            for person in saved:
                self._link_manager(person)
        return saved

    def skill_names(self) -> set[str]:
        """The names of every skill on the shared list."""
        return {r[0] for r in self.db.execute("SELECT name FROM skills")}

    def delete_unused_skills(self, names: Iterable[str]) -> None:
        """Remove these skills if nobody teaches, wants or was checked in on them."""
        for name in names:
            self.db.execute(
                "DELETE FROM skills WHERE name = ? AND id NOT IN (SELECT skill_id FROM teaches)"
                " AND id NOT IN (SELECT skill_id FROM wants)"
                " AND id NOT IN (SELECT skill_id FROM competency)",
                [name],
            )

    def skill_state(self, name: str) -> tuple[int, str, list[int]] | None:
        """(id, category, check-in ids) of a skill, to put it back after a merge."""
        row = self.db.execute(
            "SELECT id, category FROM skills WHERE name = ? COLLATE NOCASE", [name.strip()]
        ).fetchone()
        if row is None:
            return None
        checkins = [r[0] for r in self.db.execute("SELECT id FROM competency WHERE skill_id = ?", [row[0]])]
        return int(row[0]), row[1] or "", checkins

    def move_checkins(self, checkin_ids: Iterable[int], skill_name: str) -> None:
        """Point these competency check-ins at the skill called `skill_name`."""
        ids = list(checkin_ids)
        if ids:
            self.db.execute(
                f"UPDATE competency SET skill_id = ? WHERE id IN ({','.join('?' * len(ids))})",
                [self.skill_id(skill_name), *ids],
            )

    def _save(self, person: Person, *, set_manager: bool) -> Person:
        row = {
            "name": person.name.strip(),
            "email": normalise_email(person.email),
            "role": person.role.strip(),
            "team": person.team.strip(),
            "timezone": person.timezone,
            "joined": person.joined.isoformat() if person.joined else None,
            "active": int(person.active),
            "notes": person.notes,
        }
        columns = ", ".join(row)
        marks = ", ".join("?" * len(row))
        fresh = person.id is None
        was_active = None if fresh else self._active(person.id)
        if person.id is None:
            person_id = self.db.execute(
                f"INSERT INTO people ({columns}) VALUES ({marks})", list(row.values())
            ).lastrowid
        else:
            person_id = person.id
            if self.db.execute("SELECT 1 FROM people WHERE id = ?", [person_id]).fetchone():
                assignments = ", ".join(f"{c} = ?" for c in row)
                self.db.execute(f"UPDATE people SET {assignments} WHERE id = ?", [*row.values(), person_id])
            else:
                self.db.execute(
                    f"INSERT INTO people (id, {columns}) VALUES (?, {marks})", [person_id, *row.values()]
                )
        saved = person.with_id(int(person_id))
        if (was_active is not None and was_active != person.active) or (fresh and not person.active):
            self.db.execute(
                "INSERT INTO activation_changes (person_id, day, active) VALUES (?, ?, ?)",
                [saved.id, clock.today().isoformat(), int(person.active)],
            )
        self._replace_skills(saved, fresh=fresh)
        if set_manager:
            self._link_manager(saved)
        return saved

    def _active(self, person_id: int) -> bool | None:
        row = self.db.execute("SELECT active FROM people WHERE id = ?", [person_id]).fetchone()
        return None if row is None else bool(row[0])

    def activation_changes(self) -> dict[str, list[tuple[date, bool]]]:
        """Each person's deactivations and reactivations (email -> (day, active now)), oldest first."""
        changes: dict[str, list[tuple[date, bool]]] = {}
        for email, day, active in self.db.execute(
            "SELECT p.email, a.day, a.active FROM activation_changes a"
            " JOIN people p ON p.id = a.person_id ORDER BY a.day, a.id"
        ):
            changes.setdefault(email, []).append((date.fromisoformat(day), bool(active)))
        return changes

    def _link_manager(self, person: Person) -> None:
        manager_id = None
        if person.manager_email:
            manager_id = self.id_for_email(person.manager_email)
            if manager_id is None:
                raise UnknownManager(
                    _("manager {manager_email} is not on the roster").format(
                        manager_email=person.manager_email
                    )
                )
        self.db.execute("UPDATE people SET manager_id = ? WHERE id = ?", [manager_id, person.id])

    def _replace_skills(self, person: Person, *, fresh: bool = False) -> None:
        pid = person.id
        if not fresh:
            for table in ("teaches", "wants", "availability", "absences"):
                self.db.execute(f"DELETE FROM {table} WHERE person_id = ?", [pid])
        conn = self.db.conn
        conn.executemany(
            "INSERT INTO teaches (person_id, skill_id, level, position) VALUES (?, ?, ?, ?)",
            [(pid, self.skill_id(t.skill), t.level, i) for i, t in enumerate(person.teaches)],
        )
        conn.executemany(
            "INSERT INTO wants (person_id, skill_id, target, position) VALUES (?, ?, ?, ?)",
            [(pid, self.skill_id(w.skill), w.target, i) for i, w in enumerate(person.wants)],
        )
        conn.executemany(
            "INSERT INTO availability (person_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)",
            [(pid, w.weekday, _minute(w.start), _minute(w.end)) for w in person.availability],
        )
        conn.executemany(
            "INSERT INTO absences (person_id, start, end, reason) VALUES (?, ?, ?, ?)",
            [(pid, a.start.isoformat(), a.end.isoformat(), a.reason) for a in person.absences],
        )

    def skill_id(self, name: str, category: str = "") -> int:
        """The id of a skill by name (any case), creating it if it is new."""
        name = name.strip()
        row = self.db.execute("SELECT id FROM skills WHERE name = ? COLLATE NOCASE", [name]).fetchone()
        if row:
            return int(row[0])
        cursor = self.db.execute("INSERT INTO skills (name, category) VALUES (?, ?)", [name, category])
        return int(cursor.lastrowid)

    def delete(self, person_ids: Iterable[int]) -> None:
        """Remove people, unlinking them as managers and from programs."""
        ids = list(person_ids)
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        with self.db.atomic():
            self.db.execute(f"UPDATE people SET manager_id = NULL WHERE manager_id IN ({marks})", ids)
            # an organizer need not be on the roster: the program keeps their name and address
            self.db.execute(
                "UPDATE programs SET organizer_name = (SELECT name FROM people WHERE id = organizer_id),"
                " organizer_address = (SELECT email FROM people WHERE id = organizer_id)"
                f" WHERE organizer_id IN ({marks})",
                ids,
            )
            self.db.execute(f"UPDATE programs SET organizer_id = NULL WHERE organizer_id IN ({marks})", ids)
            for table in (
                "teaches",
                "wants",
                "availability",
                "absences",
                "program_members",
                "session_attendees",
                "attendance",
                "activation_changes",
                "transfer_checks",
            ):
                self.db.execute(f"DELETE FROM {table} WHERE person_id IN ({marks})", ids)
            self.db.execute(f"DELETE FROM competency WHERE person_id IN ({marks})", ids)
            self.db.execute(f"UPDATE shoutouts SET person_id = NULL WHERE person_id IN ({marks})", ids)
            self.db.execute(
                f"DELETE FROM do_not_pair WHERE person_a IN ({marks}) OR person_b IN ({marks})", ids + ids
            )
            self.db.execute(f"DELETE FROM people WHERE id IN ({marks})", ids)

    def set_skill_category(self, name: str, category: str) -> None:
        """Give a skill a category (created if the skill is new)."""
        with self.db.atomic():
            self.db["skills"].update(self.skill_id(name), {"category": category.strip()})

    def rename_skill(self, old: str, new: str) -> None:
        """Rename a skill; renaming into an existing skill merges the two.

        On a merge, someone who had both keeps the higher teach level and the
        higher learning target.
        """
        new = new.strip()
        with self.db.atomic():
            old_id = self.skill_id(old)
            row = self.db.execute(
                "SELECT id FROM skills WHERE name = ? COLLATE NOCASE AND id != ?", [new, old_id]
            ).fetchone()
            if row is None:
                self.db["skills"].update(old_id, {"name": new})
                return
            new_id = row[0]
            for table, level in (("teaches", "level"), ("wants", "target")):
                self.db.execute(
                    f"UPDATE {table} SET {level} = MAX(COALESCE({level}, -1), COALESCE(("
                    f"SELECT o.{level} FROM {table} o WHERE o.person_id = {table}.person_id"
                    f" AND o.skill_id = ?), -1)) WHERE skill_id = ? AND person_id IN ("
                    f"SELECT person_id FROM {table} WHERE skill_id = ?)",
                    [old_id, new_id, old_id],
                )
                if level == "target":
                    self.db.execute("UPDATE wants SET target = NULL WHERE target = -1")
                self.db.execute(
                    f"DELETE FROM {table} WHERE skill_id = ? AND person_id IN ("
                    f"SELECT person_id FROM {table} WHERE skill_id = ?)",
                    [old_id, new_id],
                )
                self.db.execute(f"UPDATE {table} SET skill_id = ? WHERE skill_id = ?", [new_id, old_id])
            self.db.execute("UPDATE competency SET skill_id = ? WHERE skill_id = ?", [new_id, old_id])
            old_category = self.db["skills"].get(old_id)["category"]
            if old_category and not self.db["skills"].get(new_id)["category"]:
                self.db["skills"].update(new_id, {"category": old_category})
            self.db["skills"].delete(old_id)

    def restore_skill(self, skill: Skill) -> None:
        """Make sure a skill exists with this exact name and category (for undo)."""
        with self.db.atomic():
            skill_id = self.skill_id(skill.name)
            self.db["skills"].update(skill_id, {"name": skill.name, "category": skill.category})


# Rows elsewhere that point at a person: removed with them, put back when a delete is undone.
_REFERENCING_ROWS = (
    ("program_members", ("person_id",)),
    ("session_attendees", ("person_id",)),
    ("attendance", ("person_id",)),
    ("competency", ("person_id",)),
    ("activation_changes", ("person_id",)),
    ("transfer_checks", ("person_id",)),
    ("do_not_pair", ("person_a", "person_b")),
)
_REFERENCING_LINKS = (("programs", "organizer_id"), ("shoutouts", "person_id"), ("people", "manager_id"))


def references_to(db: Database, person_ids: list[int]) -> dict[str, list[dict[str, object]]]:
    """Every row and link that refers to these people (a snapshot for undoing their deletion)."""
    snapshot: dict[str, list[dict[str, object]]] = {}
    if not person_ids:
        return snapshot
    marks = ",".join("?" * len(person_ids))
    for table, columns in _REFERENCING_ROWS:
        where = " OR ".join(f"{c} IN ({marks})" for c in columns)
        snapshot[table] = list(db[table].rows_where(where, person_ids * len(columns)))
    for table, column in _REFERENCING_LINKS:
        snapshot[f"{table}.{column}"] = [
            {"id": row_id, column: value}
            for row_id, value in db.execute(
                f"SELECT id, {column} FROM {table} WHERE {column} IN ({marks})", person_ids
            )
        ]
    return snapshot


def restore_references(db: Database, snapshot: dict[str, list[dict[str, object]]]) -> None:
    """Put back what `references_to` saw (the people themselves must exist again)."""
    with db.atomic():
        for table, _columns in _REFERENCING_ROWS:
            db[table].insert_all(snapshot.get(table, []), ignore=True)
        for table, column in _REFERENCING_LINKS:
            for row in snapshot.get(f"{table}.{column}", []):
                db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [row[column], row["id"]])
