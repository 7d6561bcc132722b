"""An advisory lock beside the workspace so two PeerDesks never write one file.

The lock file records who holds it (process, host, user, start time) and which
file it guards (its resolved path, device and inode). It is keyed on the file's
identity: the lock sits beside the real file (symlinks resolved), and another
lock in that folder naming the same device and inode (a hard link) counts too.

Taking the lock is atomic: the contents are written to a temp file first and
linked into place, so a lock file is never seen half-written (where linking
is not possible, an empty or half-written lock counts as held until it is
old). A lock whose process is gone on this host is stale and is taken over,
one taker at a time; a lock from another host cannot be checked and is
reported with its owner.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import secrets
import socket
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from peerdesk import clock
from peerdesk.failures import explain_os_error
from peerdesk.storage.errors import WorkspaceError, WorkspaceInUse

# A lock file that cannot be read (being written, or left empty by a crash) is
# held until it is this old; a takeover marker likewise.
UNREADABLE_LOCK_GRACE = 10.0
# How long to wait for a lock that is being written or taken over.
ACQUIRE_WAIT = 3.0


@dataclass(frozen=True)
class LockOwner:
    """Who holds a workspace lock, as written in the lock file."""

    pid: int
    host: str
    user: str
    since: str
    process_started: float
    device: int = 0
    inode: int = 0
    token: str = ""

    def describe(self) -> str:
        """One phrase naming the holder, for error messages."""
        return f"process {self.pid} of {self.user} on {self.host} (since {self.since})"


def real_path(db_path: Path) -> Path:
    """The file a path really names: absolute, with every symlink resolved."""
    return Path(os.path.realpath(Path(db_path).expanduser().absolute()))


def lock_path_for(db_path: Path) -> Path:
    """The lock file that guards `db_path` (beside the real file, symlinks resolved)."""
    real = real_path(db_path)
    return real.with_name(real.name + ".lock")


def file_identity(path: Path) -> tuple[int, int]:
    """(device, inode) of an existing file, or (0, 0) when it does not exist yet."""
    try:
        st = os.stat(path)
    except OSError:
        return (0, 0)
    return (st.st_dev, st.st_ino)


def _me(identity: tuple[int, int]) -> LockOwner:
    pid = os.getpid()
    return LockOwner(
        pid=pid,
        host=socket.gethostname(),
        user=_user(),
        since=clock.now().isoformat(timespec="seconds"),
        process_started=psutil.Process(pid).create_time(),
        device=identity[0],
        inode=identity[1],
        token=secrets.token_hex(8),
    )


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown user"


def read_owner(lock_path: Path) -> LockOwner | None:
    """The holder recorded in a lock file, or None if it is unreadable."""
    try:
        data = json.loads(lock_path.read_text(encoding="utf-8"))
        return LockOwner(
            pid=int(data["pid"]),
            host=str(data["host"]),
            user=str(data.get("user", "")),
            since=str(data.get("since", "")),
            process_started=float(data.get("process_started", 0.0)),
            device=int(data.get("device", 0)),
            inode=int(data.get("inode", 0)),
            token=str(data.get("token", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def is_stale(owner: LockOwner | None, lock_path: Path | None = None) -> bool:
    """True when the holder is known to be gone: same host, process not running.

    A reused PID is told apart by the process start time recorded in the lock.
    An unreadable lock (empty or half-written) is stale only once it is old.
    """
    if owner is None:
        return lock_path is None or _age(lock_path) > UNREADABLE_LOCK_GRACE
    if owner.host != socket.gethostname():
        return False
    try:
        process = psutil.Process(owner.pid)
        return abs(process.create_time() - owner.process_started) > 1.0
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return not psutil.pid_exists(owner.pid)


def _in_use(db_name: str, lock: Path, owner: LockOwner | None) -> WorkspaceInUse:
    if owner is None:
        return WorkspaceInUse(
            f"{db_name} is being opened by another PeerDesk right now. Try again in a moment; "
            f"if no other PeerDesk is running, delete {lock}."
        )
    return WorkspaceInUse(
        f"{db_name} is in use by PeerDesk, {owner.describe()}. Close it there first. If that "
        f"PeerDesk is no longer running, delete {lock}."
    )


class WorkspaceLock:
    """Holds the lock file for one workspace until `release` is called."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = real_path(db_path)
        self.path = lock_path_for(self.db_path)
        self._held: LockOwner | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._held is not None

    def acquire(self) -> None:
        """Take the lock, replacing a stale one; raise WorkspaceInUse otherwise."""
        me = _me(file_identity(self.db_path))
        deadline = time.monotonic() + ACQUIRE_WAIT
        while True:
            if self._create(me):
                break
            raw = self._read_raw()
            owner = read_owner(self.path)
            if raw is not None and not is_stale(owner, self.path):
                if owner is None and time.monotonic() < deadline:
                    time.sleep(0.05)  # being written right now: wait for it to say who
                    continue
                raise _in_use(self.db_path.name, self.path, owner)
            if raw is not None and not self._take_over(raw, deadline):
                raise _in_use(self.db_path.name, self.path, read_owner(self.path))
        self._held = me
        other = self._hard_link_holder(me)
        if other is not None:
            lock, owner = other
            self.release()
            raise _in_use(self.db_path.name, lock, owner)

    def _create(self, me: LockOwner) -> bool:
        """Write our lock file atomically; False if a lock file is already there."""
        data = json.dumps(me.__dict__).encode("utf-8")
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{me.token}.tmp")
        try:
            with open(temp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise _cannot_lock(self.path, exc) from exc
        try:
            os.link(temp, self.path)
            return True
        except FileExistsError:
            return False
        except OSError:
            # a file system without hard links (FAT, some network shares): create it exclusively;
            # a real permission problem is reported from there
            return self._create_exclusive(data)
        finally:
            temp.unlink(missing_ok=True)

    def _create_exclusive(self, data: bytes) -> bool:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        except OSError as exc:
            raise _cannot_lock(self.path, exc) from exc
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        return True

    def _read_raw(self) -> bytes | None:
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise _cannot_lock(self.path, exc) from exc

    def _take_over(self, stale: bytes, deadline: float) -> bool:
        """Remove a stale lock, one taker at a time, only if it is still the one judged stale."""
        marker = self.path.with_name(self.path.name + ".takeover")
        while True:
            try:
                fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
                os.close(fd)
                break
            except FileExistsError:
                if _age(marker) > UNREADABLE_LOCK_GRACE:
                    marker.unlink(missing_ok=True)
                    continue
                if time.monotonic() > deadline:
                    return False
                time.sleep(0.05)
            except OSError as exc:
                raise _cannot_lock(self.path, exc) from exc
        try:
            if self._read_raw() == stale:
                self.path.unlink(missing_ok=True)
            return True
        finally:
            marker.unlink(missing_ok=True)

    def _hard_link_holder(self, me: LockOwner) -> tuple[Path, LockOwner | None] | None:
        """Another live lock in this folder that guards the same file under another name."""
        if not me.inode:
            return None
        try:
            candidates = [p for p in self.path.parent.glob("*.lock") if p != self.path]
        except OSError:
            return None
        for lock in candidates:
            owner = read_owner(lock)
            if owner is not None and (owner.device, owner.inode) != (me.device, me.inode):
                continue
            if owner is None:
                target = lock.with_name(lock.name[: -len(".lock")])
                if file_identity(target) != (me.device, me.inode) or is_stale(None, lock):
                    continue
            elif is_stale(owner, lock):
                continue
            return lock, owner
        return None

    def release(self) -> None:
        """Remove the lock file if we hold it (and it is still ours)."""
        if self._held is not None:
            owner = read_owner(self.path)
            if owner is not None and owner.token == self._held.token:
                self.path.unlink(missing_ok=True)
            self._held = None


def _cannot_lock(lock: Path, exc: OSError) -> WorkspaceError:
    folder = lock.parent
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WorkspaceError(
            f"PeerDesk cannot change {lock.with_suffix('').name}: the folder {folder} is read-only "
            "for you. Copy the workspace to a folder you can write to, or use the read-only "
            "commands (roster list, sessions, kpis, print, report)."
        )
    return WorkspaceError(
        f"PeerDesk cannot lock {lock.with_suffix('').name}: {explain_os_error(exc)}; nothing was changed"
    )


def remove_quietly(path: Path) -> None:
    """Delete a file if it is there, ignoring errors (debris clean-up)."""
    with contextlib.suppress(OSError):
        path.unlink()
