"""Writing files so they are whole or absent: a temp file beside the target, then a rename.

Every export (CSV, invites, printouts, reports) goes through here, so an
interrupted write never leaves half a file and never replaces a good one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def temp_beside(path: Path) -> Iterator[Path]:
    """A temp file in the target's folder, renamed onto `path` if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes 0600; exports are ordinary files
        os.replace(temp, path)
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
