"""Opening, checking, migrating and copying the workspace file.

The file is the lead's only copy, so nothing is written to it until it has
been recognised as a healthy PeerDesk workspace of a generation we know, and
an existing file is backed up (and the backup verified) before a migration.

What `open_workspace` guarantees:

- a path that is not a regular file (a folder, a FIFO, a device), a file that
  is not SQLite, a damaged or cut-off file, another application's database
  (with or without tables, whatever its version number) and a workspace from
  a newer PeerDesk are refused with a message, and left byte for byte as they
  were (no journal, -wal or -shm file appears beside them);
- a new workspace is built beside its final name and moved into place only
  when its schema is complete, so a crash never leaves a half-made workspace;
- a workspace interrupted in the middle of a save (a hot journal) is rolled
  back under the lock before it is read, also by read-only commands;
- a read-only open never writes: an older workspace is upgraded in memory;
- temp files left by killed backups or creations beside the workspace are
  removed on the next open that holds the lock.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sqlite3
import stat
from pathlib import Path

import psutil

from peerdesk import clock
from peerdesk.atomic import WriteFailed, fsync_folder, temp_beside
from peerdesk.failures import (
    SQLITE_BUSY,
    SQLITE_CORRUPT,
    SQLITE_LOCKED,
    SQLITE_NOTADB,
    SQLITE_READONLY,
    explain,
    explain_sqlite_error,
    free_space,
    is_disk_full,
    size_text,
    sqlite_code,
)
from peerdesk.i18n import _
from peerdesk.storage.database import LazyDatabase
from peerdesk.storage.errors import WorkspaceError, WorkspaceInUse
from peerdesk.storage.lock import UNREADABLE_LOCK_GRACE, LockPathProblem, WorkspaceLock, file_age, real_path
from peerdesk.storage.schema import MIGRATION_NAMES, MIGRATION_SET, SCHEMA_GENERATION, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
# The tables every PeerDesk workspace has had since its first generation.
OWN_TABLES = frozenset({"people", "skills", "teaches", "wants", "availability", "_sqlite_migrations"})
BUSY_TIMEOUT_MS = 5000


class Workspace:
    """An open, locked, migrated workspace. Close it to release the lock."""

    def __init__(self, path: Path, db: LazyDatabase, lock: WorkspaceLock | None) -> None:
        self.path = path
        self.db = db
        self._lock = lock
        self.backup_path: Path | None = None
        self.read_only = lock is None

    @property
    def name(self) -> str:
        """The name shown in the window title: the file name without extension."""
        return self.path.stem

    def save_copy(self, destination: Path) -> None:
        """Write a consistent copy of the workspace to `destination`, atomically.

        Refuses the open workspace itself, a workspace another PeerDesk has open
        (its lock is held: by any name, symlink or hard link), and an existing
        workspace of another name (only an earlier copy of this one, named after
        it as Save a Copy suggests, is replaced). The target's lock is held
        while the copy is written, so no PeerDesk opens it half-way.
        """
        destination = Path(destination)
        if is_workspace_file(destination, self.path):
            raise WorkspaceError(_("choose another file: a copy cannot replace the open workspace"))
        from peerdesk.storage.guard import check_output_path

        check_output_path(destination, self.path, allow_database=True)
        _refuse_another_workspace(destination, self.path)
        _make_folder(destination.absolute().parent)
        lock = WorkspaceLock(destination)
        try:
            lock.acquire()
        except WorkspaceInUse as exc:
            raise WorkspaceError(
                _(
                    "{destination} is open in another PeerDesk, so a copy must not replace "
                    "it (that PeerDesk would lose every change it makes afterwards). Close "
                    "it there, or choose another name. ({exc})"
                ).format(destination=destination, exc=exc)
            ) from exc
        except LockPathProblem:
            raise  # says itself what sits in the lock's place and what to do
        except WorkspaceError as exc:  # the folder is read-only, full...: said for a copy, not an open
            why = explain(exc.__cause__) if isinstance(exc.__cause__, OSError) else str(exc)
            raise WorkspaceError(
                _("the copy cannot be written in {parent}: {why}").format(parent=destination.parent, why=why)
            ) from exc
        try:
            _backup_to(self.db.conn, destination)
        finally:
            lock.release()

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


def _refuse_another_workspace(destination: Path, workspace: Path) -> None:
    """Raise WorkspaceError when `destination` is an existing database not named as a copy of `workspace`."""
    from peerdesk.atomic import is_sqlite_file

    target = real_path(destination)
    if not is_sqlite_file(target):
        return
    own = real_path(workspace).stem.casefold()
    if target.stem.casefold().startswith(own):
        return  # an earlier copy (Save a Copy suggests NAME-copy): replacing it is what the lead asked
    raise WorkspaceError(
        _(
            "{destination} is another workspace (or a copy of one), not a copy of "
            "{name}; Save a Copy never replaces another workspace. Choose a new "
            "name (the suggested {stem}-copy is fine), or remove that file "
            "yourself first."
        ).format(destination=destination, name=workspace.name, stem=workspace.stem)
    )


def is_workspace_file(candidate: Path, workspace: Path) -> bool:
    """True when `candidate` names the same file as `workspace` (symlinks, hard links, case)."""
    candidate, workspace = Path(candidate), Path(workspace)
    if real_path(candidate) == real_path(workspace):
        return True
    try:
        return os.path.samefile(candidate, workspace)
    except OSError:
        return False


def open_workspace(
    path: str | os.PathLike[str], *, create: bool = False, read_only: bool = False
) -> Workspace:
    """Open (or, when `create`, make) the workspace at `path`.

    Refuses a missing file unless `create`, anything that is not a healthy
    PeerDesk workspace, a file written by a newer PeerDesk, and a file another
    PeerDesk holds. `read_only` opens without the lock and never writes (an
    older workspace is upgraded in memory only).
    """
    given = Path(path).expanduser().absolute()
    if given.is_symlink() and not given.exists():
        raise WorkspaceError(
            _(
                "{given} is a link to {value}, which does not exist; PeerDesk did not "
                "create anything there. Point the link at your workspace, or choose "
                "another file."
            ).format(given=given, value=os.readlink(given))
        )
    real = real_path(given)
    exists = os.path.lexists(real)
    if not exists and not create:
        raise WorkspaceError(_("there is no workspace at {given}").format(given=given))
    if exists:
        _check_regular_file(real)
        _check_header(real)
    lock: WorkspaceLock | None = None
    try:
        if not exists:
            _make_folder(real.parent)
            lock = WorkspaceLock(real)
            _acquire(lock)
            if not os.path.lexists(real):
                _create_beside(real)
            _check_regular_file(real)
            _check_header(real)
        elif not read_only:
            if not _writable(real):
                raise WorkspaceError(
                    _(
                        "{real} is read-only, so PeerDesk cannot change it. Use the read-only "
                        "commands (roster list, sessions, kpis, print, report), or make the "
                        "file writable."
                    ).format(real=real)
                )
            lock = WorkspaceLock(real)
            _acquire(lock)
        _recover_hot_journal(real, lock)
        _check_header(real, size_too=True)
        _recognise(real)
        if lock is not None:
            _remove_debris(real)
        return _open_checked(given, real, read_only=read_only, lock=lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _writable(path: Path) -> bool:
    """Whether this process may write `path` (by its effective user, where the OS says)."""
    return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def _acquire(lock: WorkspaceLock) -> None:
    lock.acquire()


def _open_checked(given: Path, real: Path, *, read_only: bool, lock: WorkspaceLock | None) -> Workspace:
    mode = "ro" if read_only else "rw"
    conn = _connect(real, mode)
    try:
        # plain SQL decides whether a step is due, so an up-to-date workspace opens without
        # importing sqlite-utils (and numpy with it): see storage/database.py
        applied = set(migrations.applied_names(conn))
        pending = [name for name in migrations.names if name not in applied]
        db = LazyDatabase(conn)
        if pending and read_only:
            db = _upgraded_in_memory(conn)
            conn.close()
            conn = db.conn
        workspace = Workspace(given, db, lock)
        if pending and not read_only:
            workspace.backup_path = _backup_before_migration(conn, real)
            try:
                migrations.apply(db)
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc) or "readonly" in str(exc):
                    raise sqlite_problem(real, exc) from exc
                raise _upgrade_failed(real, workspace.backup_path, exc) from exc
            except sqlite3.Error as exc:
                raise _upgrade_failed(real, workspace.backup_path, exc) from exc
        return workspace
    except BaseException:
        conn.close()
        raise


def _connect(real: Path, mode: str) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(f"{real.as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise WorkspaceError(_("{real} cannot be opened: {exc}").format(real=real, exc=exc)) from exc
    try:
        _configure(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise sqlite_problem(real, exc) from exc
    return conn


def _upgraded_in_memory(conn: sqlite3.Connection) -> LazyDatabase:
    """A copy of an older workspace, upgraded in memory, for reading without writing."""
    memory = sqlite3.connect(":memory:")
    try:
        conn.backup(memory)
        memory.execute("PRAGMA foreign_keys = ON")
        db = LazyDatabase(memory)
        migrations.apply(db)
    except sqlite3.Error as exc:
        memory.close()
        raise WorkspaceError(
            _(
                "this workspace is from an older PeerDesk and could not be upgraded "
                "({exc}); it was left unchanged"
            ).format(exc=exc)
        ) from exc
    return db


def _upgrade_failed(path: Path, backup: Path | None, exc: sqlite3.Error) -> WorkspaceError:
    copy = backup.name if backup else _("the backup beside it")
    if is_disk_full(exc):
        return WorkspaceError(
            _(
                "{path} could not be upgraded: {reason}{value2}. Nothing was lost: the "
                "workspace is as it was, and {copy} holds the same data."
            ).format(path=path, reason=explain_sqlite_error(exc), value2=_free_hint(path, exc), copy=copy)
        )
    return WorkspaceError(
        _(
            "{path} could not be upgraded ({reason}). Your data as it was before is "
            "in {copy}; open that copy or ask for help."
        ).format(path=path, reason=explain_sqlite_error(exc), copy=copy)
    )


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")


def sqlite_problem(path: Path, exc: sqlite3.Error) -> WorkspaceError:
    """SQLite's own complaint about the file, by its result code, in words the lead can act on."""
    code = sqlite_code(exc)
    text = str(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or (code is None and ("locked" in text or "busy" in text)):
        return WorkspaceInUse(
            _(
                "{name} is in use by another program that is writing to it right now. "
                "Close it there (or wait a moment) and try again."
            ).format(name=path.name)
        )
    if code == SQLITE_READONLY or (code is None and ("readonly" in text or "read-only" in text)):
        return WorkspaceError(
            _(
                "{path} cannot be changed: the file or its folder is read-only for "
                "you. Copy the workspace to a folder you can write to."
            ).format(path=path)
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return WorkspaceError(
            _("{path} is damaged ({exc}); it was left unchanged. Open your most recent copy.").format(
                path=path, exc=exc
            )
        )
    return WorkspaceError(
        _("{path}: {reason}{value2}; nothing was changed, the workspace is as it was.").format(
            path=path, reason=explain_sqlite_error(exc), value2=_free_hint(path, exc)
        )
    )


def _free_hint(path: Path, exc: BaseException) -> str:
    """': 12 KB free - make room and try again' for a full disk, else nothing."""
    if not is_disk_full(exc):
        return ""
    free = free_space(path.parent)
    return (_(": {value} free").format(value=size_text(free)) if free is not None else "") + _(
        " - make room and try again"
    )


def _check_regular_file(path: Path) -> None:
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise WorkspaceError(
            _("{path} cannot be read: {strerror}").format(path=path, strerror=exc.strerror)
        ) from exc
    if stat.S_ISDIR(mode):
        raise WorkspaceError(
            _("{path} is a folder, not a PeerDesk workspace; choose the workspace file in it").format(
                path=path
            )
        )
    if not stat.S_ISREG(mode):
        raise WorkspaceError(
            _(
                "{path} is not a regular file (a pipe or a device), so it cannot be a "
                "PeerDesk workspace; it was left alone"
            ).format(path=path)
        )


def _check_header(path: Path, *, size_too: bool = False) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise WorkspaceError(
            _("{path} cannot be read: {strerror}").format(path=path, strerror=exc.strerror)
        ) from exc
    if header[:16] != SQLITE_HEADER:
        raise WorkspaceError(
            _(
                "{path} is not a PeerDesk workspace (it is not an SQLite database); it was left unchanged"
            ).format(path=path)
        )
    if len(header) < 100:
        raise _damaged(path, _("it is cut off"))
    if not size_too or any(os.path.lexists(f"{path}{side}") for side in ("-journal", "-wal")):
        return  # the size is checked once no save is under way or left to roll back
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    if page_size < 512 or (page_size & (page_size - 1)):
        raise _damaged(path, _("its header is broken"))
    if counter_valid and pages and size < pages * page_size:
        raise _damaged(
            path, _("it is cut off: {size:,} bytes of {value:,}").format(size=size, value=pages * page_size)
        )
    if size % page_size:
        raise _damaged(
            path, _("it is cut off: {size:,} bytes is not a whole number of pages").format(size=size)
        )


def _damaged(path: Path, why: str) -> WorkspaceError:
    return WorkspaceError(
        _("{path} is damaged ({why}); it was left unchanged. Open your most recent copy.").format(
            path=path, why=why
        )
    )


def _is_wal(path: Path) -> bool:
    with path.open("rb") as handle:
        header = handle.read(20)
    return header[18:20] == b"\x02\x02"


def _recognise(path: Path) -> None:
    """Refuse anything that is not a healthy PeerDesk workspace of a generation we know.

    Read through a connection that writes nothing (for a WAL-mode file, one that
    does not even create -wal/-shm files), before anything else touches the file.
    """
    immutable = "&immutable=1" if _is_wal(path) else ""
    try:
        conn = sqlite3.connect(
            f"{path.as_uri()}?mode=ro{immutable}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as exc:
        raise WorkspaceError(_("{path} cannot be opened: {exc}").format(path=path, exc=exc)) from exc
    try:
        try:
            _recognise_on(conn, path)
        except sqlite3.Error as exc:
            raise sqlite_problem(path, exc) from exc
    finally:
        conn.close()


def _recognise_on(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    generation = conn.execute("PRAGMA user_version").fetchone()[0]
    applied: set[str] = set()
    if "_sqlite_migrations" in tables:
        applied = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
    if not tables:
        raise WorkspaceError(
            _(
                "{path} is an empty SQLite database, not a PeerDesk workspace; it was "
                "left unchanged. If PeerDesk was interrupted while creating it, delete "
                "it and create the workspace again."
            ).format(path=path)
        )
    if not applied or not tables >= OWN_TABLES:
        raise WorkspaceError(
            _(
                "{path} is an SQLite database but not a PeerDesk workspace (another "
                "program's file); it was left unchanged"
            ).format(path=path)
        )
    if generation > SCHEMA_GENERATION or applied - set(MIGRATION_NAMES):
        raise WorkspaceError(
            _(
                "{path} was written by a newer PeerDesk (workspace generation "
                "{generation}, this PeerDesk knows up to {schema_generation}); update "
                "PeerDesk to open it"
            ).format(path=path, generation=generation, schema_generation=SCHEMA_GENERATION)
        )
    result = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if result != ["ok"]:
        raise WorkspaceError(
            _(
                "{path} is damaged ({value}); it was left unchanged. Open your most recent copy instead."
            ).format(path=path, value="; ".join(result[:3]))
        )


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _recover_hot_journal(path: Path, lock: WorkspaceLock | None) -> None:
    """Roll back a save that a crash interrupted, so that readers see the last good state.

    SQLite does this by itself on the first read, but only through a connection
    that may write; a read-only command does it here, holding the lock briefly.
    """
    journal = _journal(path)
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:
        return
    own_lock = None
    if lock is None:
        own_lock = WorkspaceLock(path)
        try:
            own_lock.acquire()
        except WorkspaceInUse:
            return  # a live PeerDesk holds the file: its journal is its own business
        except LockPathProblem:
            raise  # says itself what is in the lock's place and what to do
        except WorkspaceError as exc:
            raise WorkspaceError(
                _(
                    "{path} was interrupted in the middle of a save and must be repaired "
                    "before it can be read, but PeerDesk cannot write beside it. Copy the "
                    "file together with {name} to a folder you can write to and open it "
                    "there."
                ).format(path=path, name=journal.name)
            ) from exc
    try:
        if not _writable(path):
            raise WorkspaceError(
                _(
                    "{path} was interrupted in the middle of a save and must be repaired "
                    "before it can be read, but the file is read-only. Make it writable "
                    "and open it again; keep {name} beside it, it holds the data to put "
                    "back."
                ).format(path=path, name=journal.name)
            )
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls the journal back
        except sqlite3.Error as exc:
            raise sqlite_problem(path, exc) from exc
        finally:
            conn.close()
    finally:
        if own_lock is not None:
            own_lock.release()


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(
            _("PeerDesk cannot create the folder {folder}: {reason}").format(
                folder=folder, reason=explain(exc)
            )
        ) from exc


def _create_beside(real: Path) -> None:
    """Build a new workspace beside `real` and move it into place once it is complete."""
    temp = real.with_name(f".{real.name}.{os.getpid()}-{secrets.token_hex(4)}.creating.tmp")
    try:
        conn = sqlite3.connect(temp)
        try:
            _configure(conn)
            migrations.apply(LazyDatabase(conn))
        finally:
            conn.close()
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        try:
            os.link(temp, real)  # never replaces a file that appeared meanwhile
        except FileExistsError:
            return
        except OSError:
            if os.path.lexists(real):
                return
            os.replace(temp, real)
        fsync_folder(real.parent)
    except sqlite3.Error as exc:
        raise sqlite_problem(real, exc) from exc
    except OSError as exc:
        raise WorkspaceError(
            _("PeerDesk cannot create {real}: {reason}; nothing was created").format(
                real=real, reason=explain(exc)
            )
        ) from exc
    finally:
        for leftover in (temp, _journal(temp)):
            with contextlib.suppress(OSError):
                leftover.unlink()


_LOCK_TEMP_PID = re.compile(r"\.lock\.(\d+)\.[0-9a-f]+\.tmp$")
_DEBRIS_PID = re.compile(r"\.(\d+)-[0-9a-f]+\.(?:creating\.)?tmp(?:-journal)?$")


def _remove_debris(real: Path) -> None:
    """Delete temp files that killed creations and pre-upgrade backups left beside the workspace."""
    try:
        names = os.listdir(real.parent)
    except OSError:
        return
    marker = real.with_name(real.name + ".lock.takeover")
    with contextlib.suppress(OSError):
        if marker.exists() and file_age(marker) > UNREADABLE_LOCK_GRACE:
            marker.unlink()  # left by a PeerDesk killed while taking over a stale lock
    prefixes = (f".{real.name}.", f".{real.stem}.before-upgrade-")
    for name in names:
        if not name.startswith(prefixes) or not (name.endswith(".tmp") or name.endswith(".tmp-journal")):
            continue
        if name.startswith(f".{real.name}.lock."):
            # the lock's temp files (.NAME.lock.PID.TOKEN.tmp) belong to whoever is locking now
            match = _LOCK_TEMP_PID.search(name)
        else:
            match = _DEBRIS_PID.search(name)
        if match and int(match.group(1)) != os.getpid() and psutil.pid_exists(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            (real.parent / name).unlink()


def _backup_to(conn: sqlite3.Connection, destination: Path) -> None:
    """Copy the live database into `destination` through a temp file and a rename."""
    with temp_beside(destination, replace_database=True) as temp:
        target = sqlite3.connect(temp)
        try:
            conn.backup(target)
            check = [row[0] for row in target.execute("PRAGMA integrity_check")]
        finally:
            target.close()
        if check != ["ok"]:
            raise WorkspaceError(
                _("the copy at {destination} failed its check: {value}").format(
                    destination=destination, value=check[:3]
                )
            )


def _backup_before_migration(conn: sqlite3.Connection, path: Path) -> Path:
    generation = conn.execute("PRAGMA user_version").fetchone()[0]
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.before-upgrade-g{generation}-{stamp}{path.suffix or '.sqlite'}")
    try:
        _backup_to(conn, backup)
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, WriteFailed) else explain(exc)
        raise WorkspaceError(
            _(
                "{path} needs an upgrade, but PeerDesk could not write its backup "
                "{name} first ({reason}{value}); nothing was changed"
            ).format(
                path=path,
                name=backup.name,
                reason=reason,
                value=_free_hint(path, exc) if not isinstance(exc, WriteFailed) else "",
            )
        ) from exc
    return backup
