"""Deleting a program or sessions so that undo puts back exactly what was there.

A deletion first takes a snapshot of every row that goes (the program, its
members, sessions, attendee lists, attendance, replies, matching runs,
shout-outs, transfer follow-ups and calendar publications), then removes just
those rows; restoring inserts the same rows again, ids included, parents first.
Competency check-ins belong to people, not to programs, and are never touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peerdesk.i18n import _

if TYPE_CHECKING:  # sqlite-utils loads on the first write (see storage/database.py)
    from sqlite_utils import Database

_SESSIONS_OF_PROGRAM = "SELECT id FROM sessions WHERE program_id = :program"
# parents first: restoring runs top-down, deleting bottom-up
PROGRAM_ROWS: tuple[tuple[str, str], ...] = (
    ("programs", "id = :program"),
    ("program_members", "program_id = :program"),
    ("sessions", "program_id = :program"),
    ("session_attendees", f"session_id IN ({_SESSIONS_OF_PROGRAM})"),
    ("attendance", f"session_id IN ({_SESSIONS_OF_PROGRAM})"),
    ("replies", f"session_id IN ({_SESSIONS_OF_PROGRAM})"),
    ("match_runs", "program_id = :program"),
    ("shoutouts", "program_id = :program"),
    ("transfer_checks", "program_id = :program"),
    ("publications", "program_id = :program"),
    ("published_objects", "publication_id IN (SELECT id FROM publications WHERE program_id = :program)"),
)
SESSION_ROWS: tuple[tuple[str, str], ...] = (
    ("sessions", "id IN ({ids})"),
    ("session_attendees", "session_id IN ({ids})"),
    ("attendance", "session_id IN ({ids})"),
    ("replies", "session_id IN ({ids})"),
)


class RestoreError(ValueError):
    """The deleted rows cannot go back (something new took their place); nothing was changed."""


@dataclass(frozen=True)
class TableRows:
    """The rows one table loses, with their column names and rowids (to delete exactly these)."""

    table: str
    columns: tuple[str, ...]
    rowids: tuple[int, ...]
    rows: tuple[tuple[object, ...], ...]


@dataclass(frozen=True)
class Snapshot:
    """Every row a deletion removes, table by table, parents first."""

    tables: tuple[TableRows, ...]

    def count(self, table: str) -> int:
        """How many rows of `table` go."""
        return sum(len(t.rows) for t in self.tables if t.table == table)


def _existing(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _take(db: Database, plan: Iterable[tuple[str, str]], params: dict[str, object]) -> Snapshot:
    tables, present = [], _existing(db)
    for table, where in plan:
        if table not in present:
            continue
        cursor = db.execute(f"SELECT rowid, * FROM {table} WHERE {where} ORDER BY rowid", params)
        columns = tuple(d[0] for d in cursor.description[1:])
        found = cursor.fetchall()
        tables.append(
            TableRows(table, columns, tuple(r[0] for r in found), tuple(tuple(r[1:]) for r in found))
        )
    return Snapshot(tuple(tables))


def program_snapshot(db: Database, program_id: int) -> Snapshot:
    """The rows deleting the program `program_id` removes (nothing is removed yet)."""
    return _take(db, PROGRAM_ROWS, {"program": program_id})


def sessions_snapshot(db: Database, session_ids: Iterable[int]) -> Snapshot:
    """The rows deleting these sessions removes (nothing is removed yet)."""
    ids = [int(i) for i in session_ids]
    marks = ",".join(f":s{n}" for n in range(len(ids))) or "NULL"
    plan = [(table, where.format(ids=marks)) for table, where in SESSION_ROWS]
    return _take(db, plan, {f"s{n}": i for n, i in enumerate(ids)})


def remove(db: Database, snapshot: Snapshot) -> None:
    """Delete exactly the snapshot's rows (by rowid: take the snapshot in the same transaction),
    children first, in one transaction."""
    with db.atomic():
        for part in reversed(snapshot.tables):
            for start in range(0, len(part.rowids), 500):
                chunk = part.rowids[start : start + 500]
                db.execute(f"DELETE FROM {part.table} WHERE rowid IN ({','.join('?' * len(chunk))})", chunk)


def restore(db: Database, snapshot: Snapshot) -> None:
    """Insert the snapshot's rows again as they were, parents first, in one transaction.

    Raises RestoreError (and changes nothing) when a row cannot go back, e.g. because
    a new program took the deleted one's name.
    """
    try:
        with db.atomic():
            for part in snapshot.tables:
                if not part.rows:
                    continue
                columns = ", ".join(f'"{c}"' for c in part.columns)
                marks = ", ".join("?" * len(part.columns))
                db.conn.executemany(f"INSERT INTO {part.table} ({columns}) VALUES ({marks})", part.rows)
    except sqlite3.IntegrityError as exc:
        raise RestoreError(_("the deleted rows cannot go back: {exc}").format(exc=exc)) from exc
