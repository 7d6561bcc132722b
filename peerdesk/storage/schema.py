"""The workspace schema, as an ordered list of migrations.

Each step runs in its own transaction (sqlite-utils `Migrations`) and raises
`PRAGMA user_version` to its generation, so a file written by a newer PeerDesk
is recognised and refused rather than damaged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from peerdesk import clock

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "peerdesk"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' own record of applied steps


class Steps:
    """The ordered migration steps, handed to sqlite-utils' `Migrations` only when one must run.

    Registering a step (`@migrations(name=...)`) needs no sqlite-utils, so a
    workspace that is already up to date opens without importing it (and numpy
    with it); `applied_names` reads sqlite-utils' record with plain SQL.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._steps: list[tuple[str, Callable[[Any], None], bool]] = []
        self._built: Migrations | None = None

    def __call__(self, *, name: str, transactional: bool = True) -> Callable[[Callable], Callable]:
        """Register the decorated function as the next step."""

        def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
            self._steps.append((name, fn, transactional))
            self._built = None
            return fn

        return register

    @property
    def names(self) -> tuple[str, ...]:
        """Every step's name, in order."""
        return tuple(name for name, _fn, _transactional in self._steps)

    def applied_names(self, conn: sqlite3.Connection) -> list[str]:
        """The steps this file records as applied, in order (plain SQL, nothing imported)."""
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
        ).fetchone()
        if not found:
            return []
        return [
            r[0]
            for r in conn.execute(
                f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [self.name]
            )
        ]

    def real(self) -> Migrations:
        """The sqlite-utils `Migrations` holding these steps (imported on first use)."""
        if self._built is None:
            from sqlite_utils import Migrations

            built = Migrations(self.name)
            for name, fn, transactional in self._steps:
                built(name=name, transactional=transactional)(fn)
            self._built = built
        return self._built

    def pending(self, db: Any) -> list[Any]:
        """The steps not applied to `db` yet."""
        return self.real().pending(getattr(db, "real", db))

    def applied(self, db: Any) -> list[Any]:
        """The steps applied to `db`, as sqlite-utils records them."""
        return self.real().applied(getattr(db, "real", db))

    def apply(self, db: Any, **kwargs: Any) -> None:
        """Apply the pending steps, each in its own transaction."""
        self.real().apply(getattr(db, "real", db), **kwargs)


migrations = Steps(MIGRATION_SET)


def _set_generation(db: Database, generation: int) -> None:
    db.execute(f"PRAGMA user_version = {int(generation)}")


@migrations(name="0001_people_and_skills")
def people_and_skills(db: Database) -> None:
    """People, the shared skill list, what each teaches and wants, free time."""
    db["people"].create(
        {
            "id": int,
            "name": str,
            "email": str,
            "role": str,
            "team": str,
            "manager_id": int,
            "timezone": str,
            "joined": str,
            "active": int,
            "notes": str,
        },
        pk="id",
        not_null={"name", "email", "timezone", "active"},
        defaults={"role": "", "team": "", "timezone": "UTC", "active": 1, "notes": ""},
        foreign_keys=[("manager_id", "people", "id")],
    )
    db.execute("CREATE UNIQUE INDEX idx_people_email ON people(email COLLATE NOCASE)")
    db["skills"].create(
        {"id": int, "name": str, "category": str}, pk="id", not_null={"name"}, defaults={"category": ""}
    )
    db.execute("CREATE UNIQUE INDEX idx_skills_name ON skills(name COLLATE NOCASE)")
    for table, level in (("teaches", "level"), ("wants", "target")):
        db[table].create(
            {"person_id": int, "skill_id": int, level: int, "position": int},
            pk=("person_id", "skill_id"),
            not_null={"person_id", "skill_id"} | ({"level"} if level == "level" else set()),
            foreign_keys=[("person_id", "people", "id"), ("skill_id", "skills", "id")],
        )
    db["availability"].create(
        {"id": int, "person_id": int, "weekday": int, "start_minute": int, "end_minute": int},
        pk="id",
        not_null={"person_id", "weekday", "start_minute", "end_minute"},
        foreign_keys=[("person_id", "people", "id")],
    )
    db["availability"].create_index(["person_id"])
    _set_generation(db, 1)


@migrations(name="0002_programs")
def programs(db: Database) -> None:
    """Pilot programs and their members."""
    db["programs"].create(
        {
            "id": int,
            "name": str,
            "outcome": str,
            "organizer_id": int,
            "timezone": str,
            "start_date": str,
            "weeks": int,
            "weekday": int,
            "start_time": str,
            "minutes": int,
            "format_key": str,
            "reminder_minutes": int,
            "target_participation": float,
            "target_sessions_per_month": float,
            "target_faster_onboarding": float,
        },
        pk="id",
        not_null={"name", "timezone", "start_date", "weeks", "weekday", "start_time", "minutes"},
        defaults={
            "outcome": "",
            "reminder_minutes": 15,
            "target_participation": 0.6,
            "target_sessions_per_month": 4.0,
            "target_faster_onboarding": 0.2,
        },
        foreign_keys=[("organizer_id", "people", "id")],
    )
    db.execute("CREATE UNIQUE INDEX idx_programs_name ON programs(name COLLATE NOCASE)")
    db["program_members"].create(
        {"program_id": int, "person_id": int},
        pk=("program_id", "person_id"),
        foreign_keys=[("program_id", "programs", "id"), ("person_id", "people", "id")],
    )
    _set_generation(db, 2)


@migrations(name="0003_sessions_and_formats")
def sessions_and_formats(db: Database) -> None:
    """Sessions with their attendees, lead-edited formats, and invite identities."""
    db["programs"].add_column("uid", str, not_null_default="")
    db["programs"].add_column("sequence", int, not_null_default=0)
    db["formats"].create(
        {"key": str, "name": str, "minutes": int, "max_minutes": int, "description": str, "agenda": str},
        pk="key",
        not_null={"name", "minutes"},
        defaults={"description": "", "agenda": "[]"},
    )
    db["sessions"].create(
        {
            "id": int,
            "program_id": int,
            "week": int,
            "title": str,
            "start": str,
            "series_start": str,
            "minutes": int,
            "timezone": str,
            "format_key": str,
            "topic": str,
            "location": str,
            "video_link": str,
            "notes": str,
            "recording_link": str,
            "status": str,
            "uid": str,
            "sequence": int,
        },
        pk="id",
        not_null={"program_id", "title", "start", "minutes", "timezone", "status", "uid", "sequence"},
        defaults={
            "topic": "",
            "location": "",
            "video_link": "",
            "notes": "",
            "recording_link": "",
            "status": "planned",
            "sequence": 0,
        },
        foreign_keys=[("program_id", "programs", "id")],
    )
    db["sessions"].create_index(["program_id", "start"])
    db["sessions"].create_index(["uid"], unique=True)
    db["session_attendees"].create(
        {"session_id": int, "person_id": int, "role": str, "position": int},
        pk=("session_id", "person_id"),
        not_null={"role"},
        foreign_keys=[("session_id", "sessions", "id"), ("person_id", "people", "id")],
    )
    db["session_attendees"].create_index(["person_id"])
    _set_generation(db, 3)


@migrations(name="0004_matching")
def matching(db: Database) -> None:
    """Matching runs (seed, inputs, result) and the do-not-pair list."""
    db["match_runs"].create(
        {
            "id": int,
            "program_id": int,
            "mode": str,
            "seed": int,
            "params": str,
            "inputs": str,
            "result": str,
            "created_at": str,
            "applied_at": str,
        },
        pk="id",
        not_null={"mode", "seed", "params", "inputs", "result", "created_at"},
        foreign_keys=[("program_id", "programs", "id")],
    )
    db["do_not_pair"].create(
        {"person_a": int, "person_b": int},
        pk=("person_a", "person_b"),
        foreign_keys=[("person_a", "people", "id"), ("person_b", "people", "id")],
    )
    _set_generation(db, 4)


@migrations(name="0005_attendance")
def attendance(db: Database) -> None:
    """Attendance, ratings, the one-question answer and practice commitments per session."""
    db["attendance"].create(
        {
            "session_id": int,
            "person_id": int,
            "present": int,
            "rating": int,
            "answer": str,
            "commitment": str,
            "walk_in": int,
        },
        pk=("session_id", "person_id"),
        not_null={"present", "walk_in"},
        defaults={"present": 0, "walk_in": 0, "answer": "", "commitment": ""},
        foreign_keys=[("session_id", "sessions", "id"), ("person_id", "people", "id")],
    )
    db["attendance"].create_index(["person_id"])
    _set_generation(db, 5)


@migrations(name="0006_impact")
def impact(db: Database) -> None:
    """Competency check-ins, shout-outs, actual session length, and the pilot's baseline."""
    db["competency"].create(
        {"id": int, "person_id": int, "skill_id": int, "level": int, "day": str, "assessor": str},
        pk="id",
        not_null={"person_id", "skill_id", "level", "day", "assessor"},
        foreign_keys=[("person_id", "people", "id"), ("skill_id", "skills", "id")],
    )
    db["competency"].create_index(["person_id", "skill_id", "day"])
    db["shoutouts"].create(
        {"id": int, "program_id": int, "person_id": int, "day": str, "text": str},
        pk="id",
        not_null={"day", "text"},
        foreign_keys=[("program_id", "programs", "id"), ("person_id", "people", "id")],
    )
    db["sessions"].add_column("actual_minutes", int)
    db["programs"].add_column("baseline_days", float)
    db["programs"].add_column("competency_from", str, not_null_default="program")
    _set_generation(db, 6)


@migrations(name="0007_program_holidays")
def program_holidays(db: Database) -> None:
    """Each program's public-holiday calendar (country code and optional region, e.g. DE-BY)."""
    db["programs"].add_column("holidays", str, not_null_default="")
    _set_generation(db, 7)


@migrations(name="0008_publications")
def publications(db: Database) -> None:
    """Where each program is published (calendar, user, when) and what PeerDesk put there.

    Rows go with their program (ON DELETE CASCADE), so deleting a program needs no
    knowledge of publishing. The password is never stored here (it is in the keychain).
    """
    db.execute(
        "CREATE TABLE publications ("
        " id INTEGER PRIMARY KEY,"
        " program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,"
        " calendar_url TEXT NOT NULL,"
        " calendar_name TEXT NOT NULL DEFAULT '',"
        " user TEXT NOT NULL DEFAULT '',"
        " published_at TEXT,"
        " attempted_at TEXT,"
        " last_error TEXT NOT NULL DEFAULT '',"
        " UNIQUE (program_id, calendar_url))"
    )
    db.execute(
        "CREATE TABLE published_objects ("
        " publication_id INTEGER NOT NULL REFERENCES publications(id) ON DELETE CASCADE,"
        " uid TEXT NOT NULL,"
        " href TEXT NOT NULL,"
        " etag TEXT NOT NULL DEFAULT '',"
        " digest TEXT NOT NULL,"
        " PRIMARY KEY (publication_id, uid))"
    )
    _set_generation(db, 8)


@migrations(name="0009_impact_evidence")
def impact_evidence(db: Database) -> None:
    """When each person was deactivated or reactivated, so a report can say who had left by its date;
    whether someone reported back on their last commitment (attendance.reported_back, NULL until
    recorded); and the answers to the 30/60/90-day transfer follow-ups (transfer_checks).

    Nobody knows when people who are inactive already were deactivated: they get a change dated
    the day of this migration (the first day it is known), so earlier reports count them active.
    """
    db.execute(
        "CREATE TABLE activation_changes ("
        " id INTEGER PRIMARY KEY,"
        " person_id INTEGER NOT NULL REFERENCES people(id),"
        " day TEXT NOT NULL,"
        " active INTEGER NOT NULL)"
    )
    db.execute("CREATE INDEX idx_activation_changes_person ON activation_changes (person_id, day)")
    db.execute(
        "INSERT INTO activation_changes (person_id, day, active)"
        " SELECT id, ?, 0 FROM people WHERE active = 0",
        [clock.today().isoformat()],
    )
    db.execute("ALTER TABLE attendance ADD COLUMN reported_back INTEGER")
    db.execute(
        "CREATE TABLE transfer_checks ("
        " id INTEGER PRIMARY KEY,"
        " program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,"
        " person_id INTEGER NOT NULL REFERENCES people(id),"
        " skill_id INTEGER NOT NULL REFERENCES skills(id),"
        " after_days INTEGER NOT NULL,"
        " day TEXT NOT NULL,"
        " used INTEGER NOT NULL,"
        " UNIQUE (program_id, person_id, skill_id, after_days))"
    )
    _set_generation(db, 9)


@migrations(name="0010_replies")
def replies(db: Database) -> None:
    """Each invitee's answer (iTIP REPLY) per session: accepted, declined or tentative.

    One row per session and person, with the reply's SEQUENCE and DTSTAMP so an
    older reply never replaces a newer one; rows go with their session.
    """
    db.execute(
        "CREATE TABLE replies ("
        " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
        " email TEXT NOT NULL,"
        " partstat TEXT NOT NULL,"
        " sequence INTEGER NOT NULL DEFAULT 0,"
        " stamp TEXT NOT NULL,"
        " comment TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (session_id, email))"
    )
    _set_generation(db, 10)


@migrations(name="0011_program_organizer")
def program_organizer(db: Database) -> None:
    """The organizer's name and address on the program itself, so an organizer need not be on the
    roster (the lead, an assistant). `organizer_id` still links one who is; their roster name wins."""
    db.execute("ALTER TABLE programs ADD COLUMN organizer_name TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE programs ADD COLUMN organizer_address TEXT NOT NULL DEFAULT ''")
    _set_generation(db, 11)


@migrations(name="0012_absences")
def absences(db: Database) -> None:
    """Time away: each person's absences, first and last day inclusive, with a private reason.

    Matching, rotations, pod facilitators and the sessions of those days leave an absent
    person out; the rows go with their person.
    """
    db.execute(
        "CREATE TABLE absences ("
        " id INTEGER PRIMARY KEY,"
        " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
        " start TEXT NOT NULL,"
        " end TEXT NOT NULL,"
        " reason TEXT NOT NULL DEFAULT '',"
        " CHECK (start <= end))"
    )
    db.execute("CREATE INDEX idx_absences_person ON absences (person_id, start)")
    _set_generation(db, 12)


@migrations(name="0013_program_language")
def program_language(db: Database) -> None:
    """Each program's language for its printouts, reports, invites and email drafts ('' = the
    lead's own), so a German lead can run an English pilot."""
    db.execute("ALTER TABLE programs ADD COLUMN language TEXT NOT NULL DEFAULT ''")
    _set_generation(db, 13)


@migrations(name="0014_attendee_order")
def attendee_order(db: Database) -> None:
    """Attendees by session in their order, so a session of thousands reads without a sort
    (about 1 ms a read at 5,000, on every edit of such a session)."""
    db.execute("CREATE INDEX idx_session_attendees_order ON session_attendees (session_id, position)")
    _set_generation(db, 14)


SCHEMA_GENERATION = 14
MIGRATION_NAMES = (
    "0001_people_and_skills",
    "0002_programs",
    "0003_sessions_and_formats",
    "0004_matching",
    "0005_attendance",
    "0006_impact",
    "0007_program_holidays",
    "0008_publications",
    "0009_impact_evidence",
    "0010_replies",
    "0011_program_organizer",
    "0012_absences",
    "0013_program_language",
    "0014_attendee_order",
)
