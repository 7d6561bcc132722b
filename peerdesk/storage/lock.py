"""An advisory lock beside the workspace so two PeerDesks never write one file.

The lock file records who holds it (process, host, user, start time). A lock
whose process is gone on this host is stale and is taken over; a lock from
another host cannot be checked and is reported with its owner.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import psutil

from peerdesk.storage.errors import WorkspaceInUse


@dataclass(frozen=True)
class LockOwner:
    """Who holds a workspace lock, as written in the lock file."""

    pid: int
    host: str
    user: str
    since: str
    process_started: float

    def describe(self) -> str:
        """One phrase naming the holder, for error messages."""
        return f"process {self.pid} of {self.user} on {self.host} (since {self.since})"


def lock_path_for(db_path: Path) -> Path:
    """The lock file that guards `db_path`."""
    return db_path.with_name(db_path.name + ".lock")


def _me() -> LockOwner:
    pid = os.getpid()
    return LockOwner(
        pid=pid,
        host=socket.gethostname(),
        user=_user(),
        since=datetime.now(UTC).isoformat(timespec="seconds"),
        process_started=psutil.Process(pid).create_time(),
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
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(owner: LockOwner | None) -> bool:
    """True when the holder is known to be gone: same host, process not running.

    A reused PID is told apart by the process start time recorded in the lock.
    """
    if owner is None:
        return True
    if owner.host != socket.gethostname():
        return False
    try:
        process = psutil.Process(owner.pid)
        return abs(process.create_time() - owner.process_started) > 1.0
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return not psutil.pid_exists(owner.pid)


class WorkspaceLock:
    """Holds the lock file for one workspace until `release` is called."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path_for(db_path)
        self._held = False

    def acquire(self) -> None:
        """Take the lock, replacing a stale one; raise WorkspaceInUse otherwise."""
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                owner = read_owner(self.path)
                if not is_stale(owner):
                    assert owner is not None
                    raise WorkspaceInUse(
                        f"{self.path.with_suffix('').name} is in use by PeerDesk, "
                        f"{owner.describe()}. Close it there first. If that PeerDesk is "
                        f"no longer running, delete {self.path}."
                    ) from None
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(_me().__dict__, handle)
            self._held = True
            return
        raise WorkspaceInUse(f"could not take the lock {self.path}; another PeerDesk raced for it")

    def release(self) -> None:
        """Remove the lock file if we hold it."""
        if self._held:
            owner = read_owner(self.path)
            if owner is not None and owner.pid == os.getpid():
                self.path.unlink(missing_ok=True)
            self._held = False
