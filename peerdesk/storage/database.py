"""The workspace's database handle: plain sqlite3 for reading, sqlite-utils from the first write.

Importing sqlite-utils loads numpy when it is installed (scipy brings it for
matching), and that costs more than the rest of opening the window. Showing the
first screen needs only SELECTs, so `LazyDatabase` answers reads itself and
builds the `sqlite_utils.Database`, used the way its documentation shows, on
the first use of anything else: a write, a table, a transaction, a migration.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

_READS = ("SELECT", "WITH", "EXPLAIN")


class LazyDatabase:
    """A `sqlite_utils.Database` over `conn` that is built only when more than a read is asked for."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._db: Database | None = None
        conn.execute("PRAGMA recursive_triggers = on")  # as sqlite-utils sets it

    @property
    def real(self) -> Database:
        """The sqlite-utils database (imported and built on first use)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement: a read directly, anything else through sqlite-utils (which commits
        a write made outside a transaction, as its documentation says)."""
        head = sql.lstrip()[:8].upper()
        if head.startswith(_READS) or (head.startswith("PRAGMA") and "=" not in sql):
            return self.conn.execute(sql, parameters if parameters is not None else ())
        return self.real.execute(sql, parameters)

    def table_names(self) -> list[str]:
        """The names of the tables in the file."""
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        """Close the connection (an open transaction is rolled back)."""
        if self._db is not None:
            self._db.close()
        else:
            self.conn.close()

    def __getitem__(self, table: str) -> Any:
        return self.real[table]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)
