"""Opening, checking, migrating and copying the workspace file.

The file is the lead's only copy, so nothing is written to it until it has
been recognised as a healthy PeerDesk workspace of a generation we know, and
an existing file is backed up (and the backup verified) before a migration.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from peerdesk.atomic import temp_beside
from peerdesk.storage.errors import WorkspaceError
from peerdesk.storage.lock import WorkspaceLock
from peerdesk.storage.schema import MIGRATION_NAMES, SCHEMA_GENERATION, migrations

SQLITE_HEADER = b"SQLite format 3\x00"


class Workspace:
    """An open, locked, migrated workspace. Close it to release the lock."""

    def __init__(self, path: Path, db: Database, lock: WorkspaceLock | None) -> None:
        self.path = path
        self.db = db
        self._lock = lock
        self.backup_path: Path | None = None

    @property
    def name(self) -> str:
        """The name shown in the window title: the file name without extension."""
        return self.path.stem

    def save_copy(self, destination: Path) -> None:
        """Write a consistent copy of the workspace to `destination`, atomically."""
        destination = Path(destination)
        if destination.resolve() == self.path.resolve():
            raise WorkspaceError("choose another file: a copy cannot replace the open workspace")
        _backup_to(self.db.conn, destination)

    def close(self) -> None:
        """Close the database and release the lock."""
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workspace(
    path: str | os.PathLike[str], *, create: bool = False, read_only: bool = False
) -> Workspace:
    """Open (or, when `create`, make) the workspace at `path`.

    Refuses a missing file unless `create`, anything that is not a healthy
    SQLite file, a file written by a newer PeerDesk, and a file another
    PeerDesk holds. `read_only` opens without the lock and never writes.
    """
    path = Path(path).expanduser().absolute()
    exists = path.exists()
    if not exists and not create:
        raise WorkspaceError(f"there is no workspace at {path}")
    if exists:
        _check_header(path)
    if not exists:
        path.parent.mkdir(parents=True, exist_ok=True)
    lock = None if read_only else WorkspaceLock(path)
    if lock is not None:
        lock.acquire()
    try:
        workspace = _open_checked(path, exists=exists, read_only=read_only, lock=lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return workspace


def _open_checked(path: Path, *, exists: bool, read_only: bool, lock: WorkspaceLock | None) -> Workspace:
    mode = "ro" if read_only else ("rw" if exists else "rwc")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode={mode}", uri=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"{path} cannot be opened: {exc}") from exc
    try:
        _configure(conn)
        db = Database(conn, execute_plugins=False)
        if exists:
            _check_health(conn, path)
            _check_generation(db, path)
        workspace = Workspace(path, db, lock)
        pending = migrations.pending(db)
        if pending and read_only:
            raise WorkspaceError(
                f"{path} was written by an older PeerDesk and must be upgraded first; "
                "open it once in the window or with a command that changes it"
            )
        if pending and exists and migrations.applied(db):
            workspace.backup_path = _backup_before_migration(conn, path)
        if pending:
            migrations.apply(db)
        return workspace
    except BaseException:
        conn.close()
        raise


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise WorkspaceError(f"{path} cannot be read: {exc.strerror}") from exc
    if header != SQLITE_HEADER:
        raise WorkspaceError(
            f"{path} is not a PeerDesk workspace (it is not an SQLite database); it was left unchanged"
        )


def _check_health(conn: sqlite3.Connection, path: Path) -> None:
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"{path} is damaged ({exc}); it was left unchanged") from exc
    if result != ["ok"]:
        raise WorkspaceError(
            f"{path} is damaged ({'; '.join(result[:3])}); it was left unchanged. "
            "Open your most recent copy instead."
        )


def _check_generation(db: Database, path: Path) -> None:
    generation = db.execute("PRAGMA user_version").fetchone()[0]
    if generation > SCHEMA_GENERATION:
        raise WorkspaceError(
            f"{path} was written by a newer PeerDesk (workspace generation {generation}, "
            f"this PeerDesk knows up to {SCHEMA_GENERATION}); update PeerDesk to open it"
        )
    applied = {m.name for m in migrations.applied(db)}
    if applied - set(MIGRATION_NAMES):
        raise WorkspaceError(f"{path} has changes from a newer PeerDesk; update PeerDesk to open it")
    if db.table_names() and not applied:
        raise WorkspaceError(
            f"{path} is an SQLite database but not a PeerDesk workspace; it was left unchanged"
        )


def _backup_to(conn: sqlite3.Connection, destination: Path) -> None:
    """Copy the live database into `destination` through a temp file and a rename."""
    with temp_beside(destination) as temp:
        target = sqlite3.connect(temp)
        try:
            conn.backup(target)
            check = [row[0] for row in target.execute("PRAGMA integrity_check")]
        finally:
            target.close()
        if check != ["ok"]:
            raise WorkspaceError(f"the copy at {destination} failed its check: {check[:3]}")


def _backup_before_migration(conn: sqlite3.Connection, path: Path) -> Path:
    generation = conn.execute("PRAGMA user_version").fetchone()[0]
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.before-upgrade-g{generation}-{stamp}{path.suffix or '.sqlite'}")
    _backup_to(conn, backup)
    return backup
