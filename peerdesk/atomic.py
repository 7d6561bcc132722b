"""Writing files so they are whole or absent: a temp file beside the target, then a rename.

Every export (CSV, invites, printouts, reports) goes through here, so an
interrupted write never leaves half a file and never replaces a good one.
Temp files are named `.<target>.<pid>-<random>.tmp`; one left behind by a
killed process is removed the next time the same target is written.

An export never replaces an SQLite database (a workspace or its backup):
`temp_beside` refuses unless the caller writes databases on purpose.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil

SQLITE_MAGIC = b"SQLite format 3\x00"
# A temp file whose writer cannot be identified is debris once it is this old.
ORPHAN_AGE = 3600.0


class RefusedTarget(OSError):
    """The chosen output file must not be replaced (it is a database, for instance)."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def is_sqlite_file(path: Path) -> bool:
    """True when `path` is an existing file that starts with SQLite's header."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened, e.g. Windows)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_TEMP_PID = re.compile(r"\.(\d+)-[0-9a-f]+\.tmp$")


def remove_stale_temps(path: Path) -> None:
    """Delete temp files a killed writer of `path` left beside it."""
    prefix = f".{path.name}."
    try:
        names = [n for n in os.listdir(path.parent) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        temp = path.parent / name
        match = _TEMP_PID.search(name[len(prefix) - 1 :])
        if match:
            pid = int(match.group(1))
            if pid == os.getpid() or psutil.pid_exists(pid):
                continue
        else:
            try:
                if time.time() - temp.stat().st_mtime < ORPHAN_AGE:
                    continue
            except OSError:
                continue
        with contextlib.suppress(OSError):
            temp.unlink()


@contextmanager
def temp_beside(path: Path, *, replace_database: bool = False) -> Iterator[Path]:
    """A temp file in the target's folder, renamed onto `path` if the block succeeds.

    Refuses (RefusedTarget) to replace an SQLite database unless `replace_database`.
    """
    path = Path(path)
    if not replace_database and is_sqlite_file(path):
        raise RefusedTarget(
            errno.EEXIST,
            "it is a database (a PeerDesk workspace or a backup of one); an export never "
            "replaces it - choose another file name",
            str(path),
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        yield temp
        os.chmod(temp, 0o666 & ~_umask())  # made 0600; exports are ordinary files
        os.replace(temp, path)
        fsync_folder(path.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write bytes to `path` atomically."""
    with temp_beside(path) as temp, temp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def write_text_atomically(path: Path, write: Callable[[object], object]) -> None:
    """Write text (UTF-8, newlines as given) through `write(handle)`, atomically."""
    with temp_beside(path) as temp, temp.open("w", encoding="utf-8", newline="") as handle:
        write(handle)
        handle.flush()
        os.fsync(handle.fileno())
