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

Nothing at the lock's path can trap a writer: it is looked at with lstat
before it is read and opened with O_NOFOLLOW and O_NONBLOCK, so a symlink, a
FIFO, a folder, a socket or a device there is reported with what to do
(never followed, waited on or removed); only the first 4 kB are read, any
content is parsed without an exception escaping; and every wait has a
deadline, so taking the lock takes at most a few seconds whatever is there.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import secrets
import socket
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from peerdesk import clock
from peerdesk.failures import explain_os_error
from peerdesk.i18n import _
from peerdesk.storage.errors import WorkspaceError, WorkspaceInUse

# A lock file that cannot be read (being written, or left empty by a crash) is
# held until it is this old; a takeover marker likewise.
UNREADABLE_LOCK_GRACE = 10.0
# How long to wait for a lock that is being written or taken over.
ACQUIRE_WAIT = 3.0
# A lock file PeerDesk writes is about 250 bytes; more than this is not ours.
MAX_LOCK_BYTES = 4096
# Process ids are below 2**22 on Linux and 2**32 elsewhere; anything else is not a process.
MAX_PID = 2**32


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
        return _("process {pid} of {user} on {host} (since {since})").format(
            pid=self.pid, user=self.user, host=self.host, since=self.since
        )


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
        return _("unknown user")


class LockPathProblem(WorkspaceError):
    """Something that is not a lock file sits where the lock belongs (a link, a FIFO, a folder...)."""


def what_is_there(path: Path) -> str | None:
    """None when `path` is a regular file or absent; otherwise what it is, in words (without following it)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return _("unreadable ({reason})").format(reason=explain_os_error(exc))
    mode = st.st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        gone = "" if os.path.exists(path) else _(", which does not exist")
        return _("a symbolic link to {target}{gone}").format(target=target, gone=gone)
    kinds = (
        (stat.S_ISDIR, _("a folder")),
        (stat.S_ISFIFO, _("a named pipe (FIFO)")),
        (stat.S_ISSOCK, _("a socket")),
        (stat.S_ISCHR, _("a device")),
        (stat.S_ISBLK, _("a device")),
    )
    return next((words for test, words in kinds if test(mode)), _("not a regular file"))


def _not_a_lock(path: Path, what: str) -> LockPathProblem:
    workspace = path.name.removesuffix(".takeover").removesuffix(".lock")
    remove = "rmdir" if what == _("a folder") else "rm"
    return LockPathProblem(
        _(
            "PeerDesk cannot lock {workspace}: {path} is {what}, not a lock file "
            "PeerDesk wrote, so PeerDesk neither uses nor removes it. Remove it "
            '({remove} "{path}") and open the workspace again; nothing was changed.'
        ).format(workspace=workspace, path=path, what=what, remove=remove)
    )


def read_lock_bytes(path: Path) -> bytes | None:
    """The first MAX_LOCK_BYTES + 1 bytes of a lock file; None if there is none.

    Never follows a link, never waits on a FIFO or a device: anything but a
    regular file raises LockPathProblem naming what it is.
    """
    what = what_is_there(path)
    if what is not None:
        raise _not_a_lock(path, what)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # became a link between the look and the open
            raise _not_a_lock(path, _("a symbolic link")) from exc
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else meanwhile
            raise _not_a_lock(path, what_is_there(path) or _("not a regular file"))
        return os.read(fd, MAX_LOCK_BYTES + 1)
    finally:
        os.close(fd)


def parse_owner(raw: bytes) -> LockOwner | None:
    """The holder a lock file's bytes name, or None for anything else (never an exception)."""
    if len(raw) > MAX_LOCK_BYTES:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        pid = int(data["pid"])
        owner = LockOwner(
            pid=pid,
            host=str(data["host"])[:255],
            user=str(data.get("user", ""))[:255],
            since=str(data.get("since", ""))[:64],
            process_started=float(data.get("process_started", 0.0)),
            device=int(data.get("device", 0)),
            inode=int(data.get("inode", 0)),
            token=str(data.get("token", ""))[:64],
        )
    except Exception:  # any shape of garbage: not JSON, deep nesting, inf, lists, huge numbers
        return None
    return owner if 0 < pid < MAX_PID else None


def read_owner(lock_path: Path) -> LockOwner | None:
    """The holder recorded in a lock file, or None if it is unreadable (or not a regular file)."""
    try:
        raw = read_lock_bytes(lock_path)
    except (OSError, WorkspaceError):
        return None
    return parse_owner(raw) if raw is not None else None


def file_age(path: Path) -> float:
    """Seconds since `path` was last written, by the clock of the file system that holds it.

    A network share's server, or a computer whose clock was just corrected, can disagree with
    this process's clock by minutes: a lock written a moment ago must not look old. The file
    system's "now" is the time it stamps on a file we create beside it (this process's clock
    only when the folder takes no new file).
    """
    try:
        written = path.stat().st_mtime
    except OSError:
        return 0.0
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".peerdesk-clock.", suffix=".tmp") as probe:
            now = os.fstat(probe.fileno()).st_mtime
    except OSError:
        now = time.time()
    return now - written


def is_stale(owner: LockOwner | None, lock_path: Path | None = None) -> bool:
    """True when the holder is known to be gone: same host, process not running.

    A reused PID is told apart by the process start time recorded in the lock.
    An unreadable lock (empty or half-written) is stale only once it is old.
    """
    if owner is None:
        return lock_path is None or file_age(lock_path) > UNREADABLE_LOCK_GRACE
    if owner.host != socket.gethostname():
        return False
    try:
        process = psutil.Process(owner.pid)
        return abs(process.create_time() - owner.process_started) > 1.0
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        try:
            return not psutil.pid_exists(owner.pid)
        except (ValueError, OverflowError, OSError):
            return True  # not a process number this system can have
    except (ValueError, OverflowError, OSError):
        return True


def _in_use(db_name: str, lock: Path, owner: LockOwner | None, raw: bytes = b"") -> WorkspaceInUse:
    if owner is None and raw.strip():
        return WorkspaceInUse(
            _(
                "{db_name} is locked by {lock}, which holds something PeerDesk did not "
                "write. If no other PeerDesk is running, delete {lock}; otherwise "
                "PeerDesk replaces it once it is {unreadable_lock_grace:g} s old. "
                "Nothing was changed."
            ).format(db_name=db_name, lock=lock, unreadable_lock_grace=UNREADABLE_LOCK_GRACE)
        )
    if owner is None:
        return WorkspaceInUse(
            _(
                "{db_name} is being opened by another PeerDesk right now. Try again in "
                "a moment; if no other PeerDesk is running, delete {lock}."
            ).format(db_name=db_name, lock=lock)
        )
    return WorkspaceInUse(
        _(
            "{db_name} is in use by PeerDesk, {description}. Close it there first. If "
            "that PeerDesk is no longer running, delete {lock}."
        ).format(db_name=db_name, description=owner.describe(), lock=lock)
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
            raw = self._read_raw()  # anything but a regular file is reported here, never waited on
            if time.monotonic() > deadline + ACQUIRE_WAIT:  # a last bound: this loop never runs for ever
                raise _in_use(self.db_path.name, self.path, None, raw or b"")
            if raw is None:
                time.sleep(0.01)  # removed between our try and our look: try again
                continue
            owner = parse_owner(raw)
            if not is_stale(owner, self.path):
                if owner is None and not raw.strip() and time.monotonic() < deadline:
                    time.sleep(0.05)  # being written right now: wait for it to say who
                    continue
                raise _in_use(self.db_path.name, self.path, owner, raw)
            if not self._take_over(raw, deadline):
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
            return read_lock_bytes(self.path)
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
                what = what_is_there(marker)
                if what is not None:  # a link, FIFO or folder would make every taker wait in vain
                    raise _not_a_lock(marker, what) from None
                if time.monotonic() > deadline:
                    return False
                if file_age(marker) > UNREADABLE_LOCK_GRACE:
                    remove_quietly(marker)
                    continue
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
            _(
                "PeerDesk cannot change {name}: the folder {folder} is read-only for "
                "you. Copy the workspace to a folder you can write to, or use the "
                "read-only commands (roster list, sessions, kpis, print, report)."
            ).format(name=lock.with_suffix("").name, folder=folder)
        )
    return WorkspaceError(
        _("PeerDesk cannot lock {name}: {reason}; nothing was changed").format(
            name=lock.with_suffix("").name, reason=explain_os_error(exc)
        )
    )


def remove_quietly(path: Path) -> None:
    """Delete a file if it is there, ignoring errors (debris clean-up)."""
    with contextlib.suppress(OSError):
        path.unlink()
