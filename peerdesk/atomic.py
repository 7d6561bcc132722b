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
import stat
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil

from peerdesk.failures import explain_os_error

SQLITE_MAGIC = b"SQLite format 3\x00"
# A temp file whose writer cannot be identified is debris once it is this old.
ORPHAN_AGE = 3600.0


class RefusedTarget(OSError):
    """The chosen output file must not be replaced (a database, a device, a pipe...)."""


class WriteFailed(OSError):
    """Writing an output file failed; the file that was there (if any) is unchanged.

    `strerror` is the reason in a lead's words ("the disk is full: 2 MB needed, 0 MB free").
    """

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}; nothing was written (any earlier file is unchanged)"


STDOUT = "-"
# What stat calls a file that is not a regular one, in a lead's words.
_SPECIAL_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a disk device"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def is_sqlite_file(path: Path) -> bool:
    """True when `path` is an existing regular file that starts with SQLite's header.

    Pipes and devices are never opened (reading a FIFO would wait for ever).
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except (OSError, ValueError):
        return False
    try:
        return os.read(fd, len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False
    finally:
        os.close(fd)


def special_kind(mode: int) -> str | None:
    """'a folder', 'a device', 'a named pipe (FIFO)'... for a stat mode that is not a regular file."""
    for test, words in _SPECIAL_KINDS:
        if test(mode):
            return words
    return None if stat.S_ISREG(mode) else "not an ordinary file"


def output_target(path: str | os.PathLike[str]) -> Path:
    """The regular file that writing `path` replaces (a symlink is followed), or `path` if new.

    Raises RefusedTarget, without opening anything, for a folder, a device, a FIFO, a
    socket, or a symlink that leads to one of those or to nothing.
    """
    given = Path(path)
    try:
        info = os.lstat(given)
    except FileNotFoundError:
        return given
    except OSError as exc:
        raise failed(given, exc) from exc
    target = given
    if stat.S_ISLNK(info.st_mode):
        target = Path(os.path.realpath(given))
        try:
            info = os.stat(target)
        except OSError as exc:
            raise RefusedTarget(
                errno.ENOENT,
                f"it is a link to {target}, which does not exist; PeerDesk follows a link only to "
                "an existing file - choose a file name",
                str(given),
            ) from exc
    kind = special_kind(info.st_mode)
    if kind is not None:
        link = f"a link to {target}, which is " if target != given else ""
        raise RefusedTarget(
            errno.EISDIR if stat.S_ISDIR(info.st_mode) else errno.EINVAL,
            f"it is {link}{kind}; PeerDesk writes only ordinary files - choose a file name",
            str(given),
        )
    return target


def failed(path: Path, exc: OSError, *, needed: int | None = None) -> WriteFailed:
    """A WriteFailed for `path` with the reason for `exc` in words."""
    if isinstance(exc, WriteFailed):
        exc.filename = str(path)
        return exc
    if exc.filename is None:
        exc.filename = str(path)
    return WriteFailed(exc.errno or errno.EIO, explain_os_error(exc, needed=needed), str(path))


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
def temp_beside(
    path: Path,
    *,
    replace_database: bool = False,
    check: Callable[[Path], None] | None = None,
    needed: int | None = None,
) -> Iterator[Path]:
    """A temp file in the target's folder, fsynced, checked and renamed onto `path` if the block succeeds.

    Refuses (RefusedTarget) a target that is not a regular file or a new name, and an SQLite
    database unless `replace_database`. `check(temp)` may raise WriteFailed to refuse the
    result. Any OSError becomes WriteFailed with the reason in words; the old file stays.
    """
    given = Path(path)
    path = output_target(given)
    if not replace_database and is_sqlite_file(path):
        raise RefusedTarget(
            errno.EEXIST,
            "it is a database (a PeerDesk workspace or a backup of one); an export never "
            "replaces it - choose another file name",
            str(given),
        )
    temp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(path)
        mode = _mode_for(path)
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise failed(given, exc, needed=needed) from exc
    try:
        yield temp
        _fsync_file(temp)
        if check is not None:
            check(temp)
        os.chmod(temp, mode)  # made 0600; exports are ordinary files
        os.replace(temp, path)
        fsync_folder(path.parent)
    except RefusedTarget:
        temp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise failed(given, exc, needed=needed) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or an ordinary file's for a new one."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes_atomically(path: Path, data: bytes, *, check: Callable[[Path], None] | None = None) -> None:
    """Write bytes to `path` atomically (see temp_beside), checking the size read back."""

    def whole(temp: Path) -> None:
        size = temp.stat().st_size
        if size != len(data):
            raise WriteFailed(errno.EIO, f"only {size:,} of {len(data):,} bytes reached the disk", str(path))
        if check is not None:
            check(temp)

    with temp_beside(path, check=whole, needed=len(data)) as temp, temp.open("wb") as handle:
        handle.write(data)
        handle.flush()


def write_text_atomically(path: Path, write: Callable[[object], object]) -> None:
    """Write text (UTF-8, newlines as given) through `write(handle)`, atomically."""
    with temp_beside(path) as temp, temp.open("w", encoding="utf-8", newline="") as handle:
        write(handle)
        handle.flush()


def output_reason(exc: OSError) -> str:
    """Why writing failed, in words (WriteFailed and RefusedTarget carry theirs already)."""
    return exc.strerror if isinstance(exc, (WriteFailed, RefusedTarget)) else explain_os_error(exc)


def is_stdout(path: str | os.PathLike[str] | None) -> bool:
    """True for `-`, the explicit name for standard output."""
    return path is not None and os.fspath(path) == STDOUT


def write_stdout(data: bytes) -> None:
    """Write bytes to standard output, the one output that is not a file (a broken pipe raises)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
